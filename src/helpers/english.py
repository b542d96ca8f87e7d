"""Tokenising the English articles.

Decision: no lemmatisation. The Vietnamese side has no inflection to undo, an
offline English lemmatiser would add a dependency and a model, and for a
handful of wire articles the inflected forms ("Russia"/"Russian") are
informative. Terms are lowercased word tokens minus scikit-learn's English stop
words.
"""

from __future__ import annotations

import re

# Words (with inner apostrophes or ASCII hyphens: "country's", "high-level"),
# numbers with separators, or any single non-space symbol.
_ENGLISH_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\d+(?:[.,/:]\d+)*|[^\w\s]")


def tokenize_english(sentence: str) -> list[str]:
    """Tokens of one English sentence, punctuation included, case preserved.

    En and em dashes separate words ("Defence–security" → three tokens);
    ASCII hyphens inside a word do not ("high-ranking" stays one token).
    """
    return _ENGLISH_TOKEN.findall(sentence)
