"""Stopword lists and the token → term filter shared by every notebook.

A *token* is anything the segmenter returns (words, numbers, punctuation); a
*term* is a lowercased content word: no punctuation, no number, no stopword.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from helpers.vietnamese import read_word_list

_HAS_LETTER = re.compile(r"[^\W\d_]")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
#: A web or e-mail address: a source line's link, not a word of the text.
_WEB_ADDRESS = re.compile(
    r"^(?:https?:|www\.)|@|^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|gov|edu|io|vn|ru|cn|jp"
    r"|kr|uk|fr|de)(?:[/.:]|$)"
)
#: Initials set apart from a name ("V. Putin", segmented "V._Putin"): the name is the term.
#: Glued ones stay: "V.League", "E.coli" and "C.ty" are words of their own.
_LEADING_INITIALS = re.compile(r"^(?:[^\W\d_]\._)+(?=[^\W\d_]{2})")


@cache
def stopwords(language: str, include_boilerplate: bool = False) -> frozenset[str]:
    """The stopword set for ``"vi"`` or ``"en"``, optionally plus diplomatic boilerplate.

    Vietnamese: the curated ``resources/stopwords_vi.txt`` (provenance in its
    header). English: scikit-learn's ``ENGLISH_STOP_WORDS``. The boilerplate
    list (``resources/diplomatic_boilerplate.txt``) holds both languages.
    """
    if language == "vi":
        words = set(read_word_list("stopwords_vi.txt"))
    elif language == "en":
        words = set(ENGLISH_STOP_WORDS) | {"'s", "’s"}
    else:
        raise ValueError(f"no stopword list for language {language!r} (expected 'vi' or 'en')")
    if include_boilerplate:
        words |= set(read_word_list("diplomatic_boilerplate.txt"))
    return frozenset(words)


def boilerplate_terms() -> frozenset[str]:
    """The optional diplomatic-boilerplate list on its own (both languages)."""
    return frozenset(read_word_list("diplomatic_boilerplate.txt"))


def is_content_token(token: str) -> bool:
    """True for a token with at least one letter that is not a lone initial such as ``V.``."""
    return bool(_HAS_LETTER.search(token)) and not _INITIAL.match(token)


def tokens_to_terms(tokens: Iterable[str], language: str) -> list[str]:
    """Content terms of a token sequence: lowercased, stopwords and non-words removed.

    Input: tokens as ``segment_words`` or ``tokenize_english`` return them.
    Output: terms in text order (``"Năng_lượng"`` → ``"năng_lượng"``; ``","``,
    ``"5/3"``, ``"và"``, ``"https://…"`` → dropped; see ``token_to_term``).
    """
    stop = stopwords(language)
    terms = []
    for token in tokens:
        term = token_to_term(token)
        if term and term not in stop:
            terms.append(term)
    return terms


def token_to_term(token: str) -> str:
    """The term a token counts as, or "" when it is none: lowercased, initials set apart
    from a name dropped ("V._Putin" → "putin"; "V.League" stays), an abbreviation's final
    full stop dropped ("TP." → "tp"); numbers, punctuation, lone initials and web or e-mail
    addresses are no terms."""
    term = token.lower()
    if not is_content_token(term) or _WEB_ADDRESS.search(term):
        return ""
    term = _LEADING_INITIALS.sub("", term)
    return term[:-1] if term.endswith(".") and len(term) > 2 else term
