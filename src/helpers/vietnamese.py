"""Vietnamese text handling: NFC, one tone-mark convention, hyphen compounds, words.

Tone-mark convention. Vietnamese has two spellings of syllables whose nucleus
is ``oa``, ``oe`` or ``uy`` with no final consonant: the traditional one puts
the tone on the first vowel (``hòa``, ``thỏa``, ``thủy``, ``khỏe``), the
"new" one on the second (``hoà``, ``thoả``, ``thuỷ``, ``khoẻ``). The seeds mix
both. We normalise to the traditional placement because it is what most
Vietnamese newsrooms print and what underthesea's own ``text_normalize`` and
training data use, so the segmenter sees the forms it was trained on.

Hyphen compounds. News prose pairs fields with a bare hyphen ("quốc
phòng-an ninh", "năng lượng-dầu khí"); underthesea then glues the syllables on
either side into one token (``phòng-an``). ``split_hyphen_compounds`` puts
spaces around such hyphens before segmentation. It leaves alone hyphens in
number ranges and codes (``60.000-80.000``, ``Su-30``, ``Covid-19``), in
non-Vietnamese names (``Jean-Pierre``) and in Vietnamese transliterations of
foreign names, whose syllables are hyphen-chained after a capital
(``Xô-viết``, ``Ma-rốc``, ``Ô-xtrây-li-a``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from underthesea import sent_tokenize, word_tokenize
from underthesea.pipeline.word_tokenize import regex_tokenize

#: underthesea's own combined token pattern, compiled as its module does at import.
_UNDERTHESEA_DEFAULT_PATTERN = re.compile(
    regex_tokenize.regex_patterns_combine, re.VERBOSE | re.UNICODE
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
_LETTER = r"[^\W\d_]"


# --------------------------------------------------------------------------- NFC and tones


def _tone_on_first_vowel(first: str, second: str) -> str:
    """``("o", "à")`` → ``"òa"``: move the tone of ``second`` onto ``first``."""
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(ch for ch in decomposed if ch in _TONES)
    bare_second = "".join(ch for ch in decomposed if ch not in _TONES)
    return unicodedata.normalize("NFC", first + tone + bare_second)


# o/O + toned a/e, u/U + toned y, at the end of a syllable, not after q (in "quý" u is
# part of the onset and the tone already sits on y in both conventions).
_NEW_STYLE_TONE = re.compile(
    r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?!" + _LETTER + ")"
    r"|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!" + _LETTER + ")"
)


def _fix_tone(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return _tone_on_first_vowel(match.group(1), match.group(2))
    return _tone_on_first_vowel(match.group(3), match.group(4))


def normalize_tone_marks(text: str) -> str:
    """Rewrite new-style tone placement (``hoà``, ``thuỷ``) to the traditional one (``hòa``).

    Input: NFC or NFD text. Output: NFC text. Only open syllables with the
    nuclei ``oa``, ``oe``, ``uy`` change; every other syllable is already
    spelled the same way in both conventions.
    """
    return _NEW_STYLE_TONE.sub(_fix_tone, unicodedata.normalize("NFC", text))


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalize_text(text: str) -> str:
    """NFC, traditional tone placement, one plain space between words, trimmed ends.

    Idempotent: ``normalize_text(normalize_text(x)) == normalize_text(x)``.
    Non-breaking and zero-width spaces, common in pasted web text, become
    plain spaces (zero-width ones vanish).
    """
    text = unicodedata.normalize("NFC", text).replace("\u200b", "").replace("\ufeff", "")
    text = normalize_tone_marks(text)
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------------- hyphen compounds

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
_NUCLEUS = (
    r"(?:uyê|uya|uyu|oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|"
    r"iê|yê|uô|ươ|ưa|ia|ua|oa|oă|oe|uâ|uê|uy|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|"
    r"[aăâeêioôơuưy])"
)
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE = re.compile(f"^{_ONSET}{_NUCLEUS}{_CODA}$")


def strip_tones(syllable: str) -> str:
    """Lowercase ``syllable`` without its tone mark (vowel quality marks stay)."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True if ``word`` fits Vietnamese syllable structure (onset + nucleus + coda).

    A phonotactic check, not a dictionary: "năng", "Nga", "an" pass; "Jean",
    "mail", "Covid", "Su" + digits fail. It accepts some non-words, which is
    harmless for its one use, deciding whether a hyphen joins Vietnamese words.
    """
    return bool(word) and bool(_SYLLABLE.match(strip_tones(word)))


_HYPHENS = "-\u2010\u2011\u2013\u2014"
_HYPHEN_BETWEEN_WORDS = re.compile(
    rf"(?P<left>{_LETTER}+)(?P<hyphen>[{_HYPHENS}])(?P<right>{_LETTER}+)"
)


def _is_transliteration(text: str, start: int, left: str, right: str) -> bool:
    """``Xô-viết``, ``Ma-rốc``: a capitalised single syllable then lowercase hyphen links."""
    before = text[:start]
    preceded_by_hyphen_chain = bool(re.search(rf"[{_HYPHENS}]$", before))
    if preceded_by_hyphen_chain:
        return right[:1].islower()
    # Pairs of words are either both lowercase ("quốc phòng-an ninh") or both
    # capitalised ("Việt Nam-Liên bang Nga"); capital-then-lowercase is a name.
    return left[:1].isupper() and right[:1].islower()


def split_hyphen_compounds(text: str) -> str:
    """Put spaces around hyphens that join two Vietnamese words or phrases.

    Input: one normalised sentence or paragraph. Output: the same text with
    ``"quốc phòng-an ninh"`` → ``"quốc phòng - an ninh"`` and
    ``"Việt Nam-Liên bang Nga"`` → ``"Việt Nam - Liên bang Nga"``; en and em
    dashes between words are treated the same way. Number ranges, codes,
    foreign names and transliterations keep their hyphen (see module doc).
    """

    def replace(match: re.Match[str]) -> str:
        left, right = match.group("left"), match.group("right")
        if not (is_vietnamese_syllable(left) and is_vietnamese_syllable(right)):
            return match.group(0)
        if _is_transliteration(match.string, match.start(), left, right):
            return match.group(0)
        return f"{left} {match.group('hyphen')} {right}"

    # Overlapping chains ("a-b-c") need a second pass: the first consumes "b".
    previous = None
    while previous != text:
        previous, text = text, _HYPHEN_BETWEEN_WORDS.sub(replace, text)
    return text


# --------------------------------------------------------------------------- resources


def read_word_list(name: str) -> list[str]:
    """Lines of a packaged resource list, without ``#`` comments and blank lines."""
    content = resources.files("helpers.resources").joinpath(name).read_text(encoding="utf-8")
    words = []
    for line in content.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(unicodedata.normalize("NFC", line))
    return words


def domain_dictionary() -> list[str]:
    """Multi-syllable terms underthesea splits wrongly, as space-separated syllables."""
    return [normalize_text(term) for term in read_word_list("domain_dictionary_vi.txt")]


def case_variants(terms: Iterable[str]) -> list[str]:
    """Each term as listed, all lowercase, sentence-initial capital and all capitals.

    underthesea matches ``fixed_words`` case-sensitively, so "cứu nạn" alone
    would miss "Cứu nạn" at the start of a sentence.
    """
    variants: set[str] = set()
    for term in terms:
        lower = term.lower()
        variants.update({term, lower, lower[:1].upper() + lower[1:], term.upper()})
    # Longest first, so that a long name wins over a term it contains.
    return sorted(variants, key=lambda t: (-len(t), t))


# --------------------------------------------------------------------------- sentences and words


#: Where underthesea keeps two sentences as one: an ellipsis before a capital ("khó tuyển…
#: Điểm chuẩn"), a sentence end before a list bullet ("I-ta-li-a. * Hai nước"). The capital
#: is checked in code (``str.isupper``): Vietnamese capitals lie outside any one range.
_MISSED_BOUNDARY = re.compile(r"(?<=\w)(?:…|\.\.\.)(\s+)[\"“]?(\w)|(?<=[.!?])\s+[*•●■▪►]\s")


#: Connectives and prepositions that open Vietnamese sentences and are written in lower case
#: inside one; none opens a name (unlike "Từ", as in "Từ Dũ"). Capitalised after a word, with
#: no punctuation between, one opens a sentence that a flattened page glued to a heading or a
#: caption ("Phản ứng từ Đài Loan Sau cuộc điện đàm"), or to an initial ("anh S. Từ đó").
_GLUED_OPENERS = (
    "Sau|Trong|Theo|Tại|Khi|Đến|Tuy|Nhưng|Để|Nếu|Trước|Ngay|Từ đó|Do đó|Vì vậy|Bên cạnh đó"
)
_GLUED_SENTENCE = re.compile(rf"(?:(?<=[^\W_])|(?<=\s[A-ZĐ]\.))\s+(?=(?:{_GLUED_OPENERS})[\s,])")


def _split_missed_boundaries(paragraph: str, language: str) -> list[str]:
    cuts = []
    for match in _MISSED_BOUNDARY.finditer(paragraph):
        if match.group(2) is not None and not match.group(2).isupper():
            continue
        cuts.append(match.start(1) if match.group(2) else match.start())
    if language == "vi":
        cuts.extend(match.start() for match in _GLUED_SENTENCE.finditer(paragraph))
    chunks, start = [], 0
    for cut in sorted(set(cuts)):
        chunks.append(paragraph[start:cut])
        start = cut
    chunks.append(paragraph[start:])
    return chunks


def split_sentences(paragraph: str, language: str = "vi") -> list[str]:
    """Sentences of one paragraph: underthesea's ``sent_tokenize``, with its slips mended.

    Input: one paragraph of normalised text. Output: its sentences, stripped,
    none empty, each holding a letter or a digit. Repairs, each general to
    Vietnamese news print:

    - no boundary without a space after the full stop, unless a word in lower
      case ends before it and a capital opens after it (a space lost in
      scraping: "tài sản.Theo"): codes and domain names ("MD.450", "Zing.vn",
      "TP.HCM") stay whole;
    - a closing quotation mark that opens a "sentence" belongs to the one
      before (Vietnamese puts the full stop inside the quotes), with the
      punctuation after it, and so does an attribution that follows it in
      lower case ("”- chị Thanh nói."); a straight quote closes when the
      paragraph so far left one open;
    - an ellipsis before a capital and a full stop before a list bullet end a
      sentence;
    - in Vietnamese (``language="vi"``), a capitalised connective after a word
      ("... từ Đài Loan Sau cuộc điện đàm", ``_GLUED_OPENERS``) opens a sentence:
      flattened pages glue sub-headings and captions to the paragraph after them;
    - a piece with no letter or digit (a stray "." or quote) joins the sentence
      before it, and so does a piece after a title's abbreviation ("spokesperson Col.
      Francel Padilla said …", ``_TITLE_BEFORE_NAME``).
    """
    pieces = []
    for chunk in _split_missed_boundaries(paragraph, language):
        pieces.extend(_rejoin_unspaced(chunk, sent_tokenize(chunk)))
    sentences: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if sentences and not any(c.isalnum() for c in piece):
            sentences[-1] += piece
            continue
        head = _closing_quote_head(piece, " ".join(sentences)) if sentences else ""
        if head:
            sentences[-1] += head
            piece = piece[len(head) :].strip()
            if not piece:
                continue
        if sentences and _TITLE_BEFORE_NAME.search(sentences[-1]) and piece[:1].isupper():
            sentences[-1] += " " + piece  # "spokesperson Col. Francel Padilla said …"
            continue
        sentences.append(piece)
    return sentences


#: A title's abbreviation before a name, which underthesea takes for a sentence's end in
#: English wires ("spokesperson Col. Francel Padilla", "Lt. Gen. Ivanov", "H.E. Kim Rithy").
_TITLE_BEFORE_NAME = re.compile(
    r"(?:^|\s)(?:Col|Gen|Lt|Maj|Capt|Adm|Sgt|Cmdr|Brig|Gov|Sen|Rep|Prof|Dr|Mr|Mrs|Ms|Rev|Amb"
    r"|H\.E)\.$"
)


def _rejoin_unspaced(text: str, pieces: list[str]) -> list[str]:
    """Join back a piece that opens with a letter or digit right after the one before, with no
    space between them in ``text`` (a code or a domain name, not a new sentence), unless a
    lower-case word ends the piece before and a capital opens this one ("tài sản.Theo")."""
    joined: list[str] = []
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        glued = found == position and found > 0 and not text[found - 1].isspace()
        lost_space = bool(re.search(r"[^\W\d_]{2}[.!?]$", joined[-1] if joined else "")) and (
            joined[-1][-2].islower() and piece[:1].isupper()
        )
        if joined and glued and piece[:1].isalnum() and not lost_space:
            joined[-1] += piece
        else:
            joined.append(piece)
        if found >= 0:
            position = found + len(piece)
    return joined


def _closing_quote_head(piece: str, before: str) -> str:
    """The closing quote, with the punctuation after it (and a lower-case attribution after
    that), that opens ``piece``, or ``""``.

    A straight ``"`` closes only when ``before`` (the paragraph so far) left one open.
    """
    match = re.match(r"[”’»\"]+[.,;:!?…]*", piece)
    if not match or (match.group().startswith('"') and before.count('"') % 2 == 0):
        return ""
    after = re.match(r"\s*[-–—,]?\s*(\w)", piece[match.end() :])
    return piece if after and after.group(1).islower() else piece[: match.end()]


def split_glued_fixed_words(token: str, fixed_words: frozenset[tuple[str, ...]]) -> list[str]:
    """Split a token in which the segmenter glued a dictionary term to its neighbours.

    underthesea merges a ``fixed_words`` entry with an adjacent word
    (``thực_thi_pháp_luật_Liên_bang_Nga``, ``Liên_bang_Nga_Mishustin``). Input:
    one token and the dictionary as lowercase syllable tuples. Output: the
    token itself when it is a dictionary term or contains none; otherwise the
    longest dictionary term inside it split out, the rest split recursively.
    """
    syllables = token.split("_")
    lowered = tuple(part.lower() for part in syllables)
    if len(syllables) < 2 or lowered in fixed_words:
        return [token]
    for size in range(len(syllables) - 1, 1, -1):
        for start in range(len(syllables) - size + 1):
            if lowered[start : start + size] in fixed_words:
                before = "_".join(syllables[:start])
                term = "_".join(syllables[start : start + size])
                after = "_".join(syllables[start + size :])
                parts = split_glued_fixed_words(before, fixed_words) if before else []
                parts.append(term)
                if after:
                    parts.extend(split_glued_fixed_words(after, fixed_words))
                return parts
    return [token]


#: First syllables of Vietnamese institution names, which capitalise only their
#: first words ("Bộ Y tế", "Đảng Cộng sản"): such tokens are never split as names.
INSTITUTION_HEADS = frozenset(
    "bộ ban sở cục tổng đảng hội viện ủy uỷ học trường tòa toà tập công ngân quỹ "
    "liên quân tỉnh thành huyện xã phường mặt văn đài báo nhà".split()
)


def split_name_from_verb(token: str) -> list[str]:
    """Split a name the segmenter glued to a neighbouring word: ``Tô_Lâm_tiếp``.

    Vietnamese personal names capitalise every syllable, so two or more
    capitalised syllables followed by lowercase ones are a name plus the
    following word, unless the token opens like an institution name (see
    ``INSTITUTION_HEADS``), whose later syllables are lowercase by rule. An
    all-capitals acronym (``NATO_tập``) or one capitalised syllable that cannot
    be Vietnamese (``Washington_đẩy``: a foreign name) followed by lowercase
    Vietnamese syllables is split the same way. A token that opens in lower case
    is a common word, and a capital inside it opens a name glued to it: it is cut
    there first (``đất_Nga`` → ``đất``, ``Nga``; ``ký_kết_Hợp_đồng`` → ``ký_kết``,
    ``Hợp_đồng``), except after the few words that form one word with a name
    (``NAME_FORMING_HEADS``: ``châu_Á``, ``thứ_Sáu``, ``der_Leyen``). Proper names
    keep their lowercase-then-capital inside (``Đảng_Cộng_sản_Việt_Nam``).
    """
    parts = _split_before_capitals(token)
    if len(parts) > 1:
        return [piece for part in parts for piece in split_name_from_verb(part)]
    syllables = token.split("_")
    capitalised = 0
    while capitalised < len(syllables) and syllables[capitalised][:1].isupper():
        capitalised += 1
    tail = syllables[capitalised:]
    if not tail or not all(part[:1].islower() for part in tail):
        return [token]
    first = syllables[0]
    # an acronym or a foreign name glued to the next word is split like a personal name
    is_acronym = capitalised == 1 and len(first) >= 2 and first.isupper()
    is_foreign = (
        capitalised == 1
        and not is_vietnamese_syllable(first)
        and all(is_vietnamese_syllable(part) for part in tail)
    )
    if capitalised < 2 and not (is_acronym or is_foreign):
        return [token]
    if first.lower() in INSTITUTION_HEADS:
        return [token]
    return ["_".join(syllables[:capitalised]), "_".join(tail)]


#: Lowercase words that make one word with the capitalised name after them: continents
#: ("châu_Á"), weekdays and months ("thứ_Sáu", "tháng_Giêng"), palaces ("điện_Kremlin"), and
#: the particles of foreign names ("von_der_Leyen", "al-Assad").
NAME_FORMING_HEADS = frozenset(
    "châu thứ tháng điện de der van von al bin la le di da du del".split()
)


def _split_before_capitals(token: str) -> list[str]:
    """``token``, if it opens in lower case (a common word, not a name, ``NAME_FORMING_HEADS``
    aside), cut before every capitalised syllable that follows a lowercase one."""
    syllables = token.split("_")
    if not token[:1].islower() or syllables[0] in NAME_FORMING_HEADS:
        return [token]
    parts = [[syllables[0]]]
    for before, syllable in itertools.pairwise(syllables):
        if before[:1].islower() and syllable[:1].isupper():
            parts.append([syllable])
        else:
            parts[-1].append(syllable)
    return ["_".join(part) for part in parts]


_HOA = frozenset({"hóa", "hoá"})
#: Words that "hóa" opens ("hóa chất" chemicals, "hóa dầu" petrochemicals, "khí hóa lỏng"
#: liquefied gas, "hóa ra" it turns out): before one of these "hóa" is no suffix.
_HOA_OPENS = frozenset(
    "chất dầu học lỏng đơn thạch trang giải thân thành ra đá phẩm sinh trị vàng nghiệm".split()
)


def join_hoa_suffix(tokens: list[str]) -> list[str]:
    """Attach the verb-forming suffix "hóa" (-ise) that the segmenter leaves on its own.

    underthesea splits ``toàn_cầu hóa``, ``công_nghiệp hóa``, ``hàng hóa``;
    each is one word (globalisation, industrialisation, goods). "hóa" joins the
    word before it unless it opens a word with the next one (``_HOA_OPENS``:
    "nhà máy hóa chất", "khí hóa lỏng", "hóa ra"). A word ending in "văn" took
    the first syllable of ``văn_hóa`` (culture): ``nhà_văn hóa`` is
    ``nhà văn_hóa``. Input and output: one sentence's tokens.
    """
    out: list[str] = []
    for position, token in enumerate(tokens):
        following = tokens[position + 1].lower() if position + 1 < len(tokens) else ""
        previous = out[-1] if out else ""
        if (
            token.lower() not in _HOA
            or not previous.replace("_", "").isalpha()
            or following in _HOA_OPENS
        ):
            out.append(token)
            continue
        head, _, last = previous.rpartition("_")
        if head and last.lower() == "văn":
            out[-1:] = [head, f"{last}_{token}"]
        else:
            out[-1] = f"{previous}_{token}"
    return out


#: Titles that "phó" (deputy, vice-) makes a title of its own: "Phó Giám đốc", "Phó Bí thư".
DEPUTY_TITLES = frozenset(
    "giám_đốc tổng_giám_đốc bí_thư tổng_bí_thư chủ_tịch chủ_tịch_nước thủ_tướng tổng_thống "
    "trưởng_ban trưởng_phòng trưởng_đoàn trưởng_khoa viện_trưởng hiệu_trưởng cục_trưởng "
    "tổng_cục_trưởng vụ_trưởng chánh_án chánh_văn_phòng tổng_thư_ký thống_đốc tư_lệnh "
    "chỉ_huy_trưởng đại_sứ thị_trưởng giáo_sư tổng_tham_mưu_trưởng bộ_trưởng".split()
)


def join_deputy_prefix(tokens: list[str]) -> list[str]:
    """Join "phó" (deputy) to the title after it, which underthesea leaves apart: "Phó",
    "Giám_đốc" → "Phó_Giám_đốc", so a deputy is not counted as the director
    (``DEPUTY_TITLES``; "phó" before any other word is left as it is)."""
    out: list[str] = []
    for token in tokens:
        if out and out[-1].lower() == "phó" and token.lower() in DEPUTY_TITLES:
            out[-1] = f"{out[-1]}_{token}"
        else:
            out.append(token)
    return out


@lru_cache(maxsize=8)
def _syllable_tuples(fixed_words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(word.lower().split()) for word in fixed_words)


def segment_words(sentence: str, fixed_words: Sequence[str] | None = None) -> list[str]:
    """Word tokens of one normalised Vietnamese sentence, syllables joined by ``_``.

    Input: a sentence (already through ``normalize_text``). Hyphen compounds are
    split first, then underthesea's ``word_tokenize`` runs with
    ``fixed_words`` (defaults to the packaged domain dictionary in its case
    variants). Output: every token including punctuation, e.g.
    ``["Hợp_tác", "năng_lượng", "-", "dầu_khí"]``.
    """
    fixed = default_fixed_words() if fixed_words is None else tuple(fixed_words)
    # a lower-case-only word is not cut out of a token the segmenter made ("Lê_Thủy điện" is a
    # name before "điện chia buồn"): the glued-term repair compares syllables in lower case
    dictionary = _syllable_tuples(tuple(w for w in fixed if w not in LOWERCASE_FIXED_WORDS))
    lowered_fixed = {"_".join(words) for words in _syllable_tuples(fixed)}
    prepared = split_hyphen_compounds(sentence)
    tokens: list[str] = []
    for token in underthesea_tokens(prepared, fixed):
        token = token.strip().replace(" ", "_")
        if token:
            for part in split_glued_fixed_words(token, dictionary):
                tokens.extend(
                    [part] if part.lower() in lowered_fixed else split_name_from_verb(part)
                )
    return join_deputy_prefix(join_hoa_suffix(tokens))


def underthesea_tokens(text: str, fixed_words: tuple[str, ...]) -> list[str]:
    """underthesea's ``word_tokenize(text, fixed_words=...)``, without its cost per call.

    Given fixed words, underthesea builds and compiles its whole tokenizer
    pattern again on every call. The pattern with all of them, compiled once,
    gives the same tokens (a word absent from the text cannot match; the others
    keep their order): 14% less time on the development crawl's 13,340
    Vietnamese sentences, every one segmented identically. Output: tokens with
    syllables separated by spaces, as underthesea returns them.
    """
    if any(word in text for word in fixed_words):
        regex_tokenize.patterns = _fixed_words_pattern(fixed_words)
    try:
        return word_tokenize(text)
    finally:
        _restore_underthesea_default_pattern()


@lru_cache(maxsize=8)
def _fixed_words_pattern(fixed_words: tuple[str, ...]) -> re.Pattern:
    """underthesea's tokenizer pattern with ``fixed_words`` matched first, built the way its
    ``regex_tokenize.tokenize`` builds it for ``fixed_words``, compiled once."""
    escaped = [re.sub(" ", r"\\ ", word) for word in fixed_words]
    fixed = "(?P<fixed_words>\\b" + "\\b|\\b".join(escaped) + "\\b)"
    combined = r"(" + "|".join([fixed, *regex_tokenize.regex_patterns]) + ")"
    return re.compile(combined, re.VERBOSE | re.UNICODE)


def _restore_underthesea_default_pattern() -> None:
    """Undo underthesea 9.5's global side effect of ``fixed_words``.

    Its ``regex_tokenize.tokenize`` compiles the fixed words into the module's
    global ``patterns`` and never resets it, so every later ``word_tokenize``
    call in the process (ours with other words, or a researcher's own call in
    the same kernel) would silently keep our dictionary. Restoring the default
    pattern after each call keeps results independent of call history.
    """
    regex_tokenize.patterns = _UNDERTHESEA_DEFAULT_PATTERN


#: Fixed words matched in lower case only: capitalised, their first syllable is a given name
#: as often as a word ("bà Nguyễn Thị Thủy điện đàm với …" is a phone call, and "Thủy" +
#: "điện đàm" must stay apart), while in lower case they are always the word.
LOWERCASE_FIXED_WORDS = ("thủy điện",)


@lru_cache(maxsize=1)
def default_fixed_words() -> tuple[str, ...]:
    """The domain dictionary in the case variants underthesea needs, and
    ``LOWERCASE_FIXED_WORDS`` as written (cached); longest first."""
    words = {*case_variants(domain_dictionary()), *LOWERCASE_FIXED_WORDS}
    return tuple(sorted(words, key=lambda t: (-len(t), t)))
