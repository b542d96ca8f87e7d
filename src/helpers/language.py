"""Offline language identification for Vietnamese and English news text.

underthesea's ``lang_detect`` downloads a model at run time, so the project
uses a documented heuristic instead. Vietnamese is written in Latin script with
letters no other major language uses (ă â đ ê ô ơ ư and five tone marks), so
the share of words carrying them is a strong signal; English is recognised by
the share of its function words. Anything else is reported as ``other``.
"""

from __future__ import annotations

import re
import unicodedata

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

#: Letters only Vietnamese uses among the Latin-script languages of the news (French and
#: Portuguese share â ê ô, plain acute and grave accents and ã/õ, so those do not count).
_VIETNAMESE_LETTERS = set("ăđơư")
#: Hook above and dot below: tone marks no other major Latin-script language writes.
_VIETNAMESE_ONLY_MARKS = {"\u0309", "\u0323"}
#: Any tone mark; a tone on top of a circumflex or breve (ấ, ằ, ể) is Vietnamese only.
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_HAT_MARKS = {"\u0302", "\u0306"}
_WORD = re.compile(r"[^\W\d_]+")

#: A text is Vietnamese when at least this share of its words has a Vietnamese letter or tone.
VIETNAMESE_WORD_SHARE = 0.15
#: A text is English when at least this share of its words are English function words.
ENGLISH_STOPWORD_SHARE = 0.25


def has_vietnamese_marks(word: str) -> bool:
    """True if ``word`` contains a letter or tone combination that only Vietnamese writes."""
    lowered = unicodedata.normalize("NFC", word.lower())
    if any(ch in _VIETNAMESE_LETTERS for ch in lowered):
        return True
    decomposed = unicodedata.normalize("NFD", lowered)
    marks = set(decomposed) & (_TONE_MARKS | _HAT_MARKS)
    if marks & _VIETNAMESE_ONLY_MARKS:
        return True
    if marks & _HAT_MARKS and marks & _TONE_MARKS:
        return True
    # a tilde on e, i, u or y is Vietnamese (Portuguese writes it on a and o only)
    pairs = zip(decomposed, decomposed[1:], strict=False)
    return any(base in "eiuy" and mark == "\u0303" for base, mark in pairs)


def _vietnamese_only_characters() -> str:
    """Every precomposed letter (U+00C0–U+1EFF) that ``has_vietnamese_marks`` accepts,
    plus the combining marks themselves (for NFD text)."""
    letters = {chr(c) for c in range(0xC0, 0x1F00) if chr(c).isalpha()}
    accepted = sorted(ch for ch in letters if has_vietnamese_marks(ch))
    return "".join(accepted) + "\u0309\u0323"


_VIETNAMESE_WORD = re.compile(r"[^\W\d_]*[" + _vietnamese_only_characters() + r"][^\W\d_]*")
_ALL_WORDS = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """Return ``"vi"``, ``"en"`` or ``"other"`` for a piece of text.

    Input: any text (a whole article works best; a few words are unreliable).
    Output: ``vi`` when >= 15 % of the words carry a letter or tone mark that
    only Vietnamese writes (ă đ ơ ư, hook above, dot below, a tone on ê/ô/â/ă;
    function words such as "của", "được", "với", "đã" do, so news prose scores
    45-55 % on the seeds; French or Portuguese score close to 0), else ``en``
    when >= 25 % of the words are scikit-learn English stop words (English
    news scores 35-50 %), else ``other``. English text quoting Vietnamese names ("Phạm Minh Chính",
    "Hà Nội") stays well below the Vietnamese threshold.
    """
    words = _ALL_WORDS.findall(text)
    if not words:
        return "other"
    # One regex pass counts the words holding a Vietnamese-only letter (same rule as
    # has_vietnamese_marks, precomputed over the Latin letters: much faster per word).
    vietnamese_share = len(_VIETNAMESE_WORD.findall(text)) / len(words)
    if vietnamese_share >= VIETNAMESE_WORD_SHARE:
        return "vi"
    english_share = sum(w.lower() in ENGLISH_STOP_WORDS for w in words) / len(words)
    if english_share >= ENGLISH_STOPWORD_SHARE:
        return "en"
    return "other"
