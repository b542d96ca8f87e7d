"""Tokenising the English articles.

Decision: no lemmatisation. The Vietnamese side has no inflection to undo, an
offline English lemmatiser would add a dependency and a model, and for a
handful of wire articles the inflected forms ("Russia"/"Russian") are
informative. Terms are lowercased word tokens minus scikit-learn's English stop
words.
"""

from __future__ import annotations

import re

from helpers.language import has_vietnamese_marks
from helpers.vietnamese import is_vietnamese_syllable

# A possessive ending as its own token, words (with inner apostrophes or ASCII hyphens:
# "don't", "high-level"), numbers with separators, or any single non-space symbol.
_ENGLISH_TOKEN = re.compile(
    r"['’]s\b|[^\W_]+(?:(?!['’]s\b)['’\-][^\W_]+)*|\d+(?:[.,/:]\d+)*|[^\w\s]"
)


def join_vietnamese_names(tokens: list[str]) -> list[str]:
    """Join runs of capitalised Vietnamese syllables into one ``_``-joined token.

    English news keeps Vietnamese names with their diacritics ("Việt Nam",
    "Hà Nội", "Phạm Minh Chính"); joining them gives the same term as the
    Vietnamese segmenter (``việt_nam``), so the two languages can be compared.
    A run is joined only when at least one syllable carries a Vietnamese mark,
    which leaves English capitalised phrases ("Prime Minister") alone.
    """
    joined: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > 1 and any(has_vietnamese_marks(t) for t in run):
            joined.append("_".join(run))
        else:
            joined.extend(run)
        run.clear()

    for token in tokens:
        if token[:1].isupper() and is_vietnamese_syllable(token):
            run.append(token)
        else:
            flush()
            joined.append(token)
    flush()
    return joined


def tokenize_english(sentence: str) -> list[str]:
    """Tokens of one English sentence, punctuation included, case preserved.

    En and em dashes separate words ("Defence–security" → three tokens);
    ASCII hyphens inside a word do not ("high-ranking" stays one token); a
    possessive "'s" becomes its own token; Vietnamese names are joined
    (``join_vietnamese_names``).
    """
    return join_vietnamese_names(_ENGLISH_TOKEN.findall(sentence))
