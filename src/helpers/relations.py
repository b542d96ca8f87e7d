"""Relation cues: the words that make a sentence speak of a relationship between parties.

A cooperation topic, as the hand-label guideline defines it, is a field spoken of
*in the relationship between the sides*: cooperation done or proposed, an
agreement, assistance, an exchange. A field word alone ("năng lượng", "học
sinh", "an ninh") is as common in domestic news (a national power plan, a school's
enrolment, airport security) as in cooperation news, so the topic tagger counts a
field only in a sentence that also carries one of these cues.

``resources/relation_cues.csv`` lists them per language (``language``, ``cue``,
``kind``, ``reporting_verb``), written from Vietnamese and English usage, not from
one corpus's sentences. Kinds: ``cooperation`` (hợp tác, phối hợp, tuyên bố
chung, joint …), ``agreement`` (ký kết, thỏa thuận, cam kết …), ``assistance`` (hỗ
trợ, viện trợ, chia buồn …), ``exchange`` (trao đổi, hội đàm, giao lưu, talks …)
and ``parties`` (giữa, quan hệ, hai nước, hai bên …). Rows of kind ``not_a_cue``
are phrases in which a cue word marks no relationship ("công nghiệp hỗ trợ", a
supporting industry; "joint stock", "exchange rate"): matched first, as the longer
phrase, they hide the cue inside them. Three usages are not relations either:

- a cue right after a negating prefix (``NEGATING_PREFIXES``), for a tokeniser that
  leaves "bất" apart ("bất hợp tác", an uncooperative attitude; underthesea writes
  one word, "bất_hợp_tác", which is no cue);
- a cue that is also a verb of saying (``reporting_verb`` = 1: "chia sẻ", "trao
  đổi") used as one: followed by a token of ``REPORTING_FOLLOWERS`` (punctuation,
  "rằng", "là", "thêm", "trên"), ending the sentence ("… thầy Nguyên chia sẻ."), or
  followed by "với" and the press ("trao đổi với phóng viên", "… với Zing.vn") or by
  "với" and a comma at the start of the sentence ("Trao đổi với Reuters, ông A cho biết …"),
  whereas "chia sẻ kinh nghiệm", "chia sẻ những mất mát" (condolences) take an object.
- talks ("hội đàm", ``TALKS``) that the sentence does not follow to their matter
  (``MATTER_OF_TALKS``): they name who met;
- cooperation as a skill or a virtue ("giao tiếp, hợp tác, sáng tạo", ``SOFT_SKILLS``) and
  artists working together ("hợp tác với nhiều ca sĩ", ``ARTISTS``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pandas as pd

from helpers.lexicon import LexiconMatcher

#: Syllables that negate the cue after them.
NEGATING_PREFIXES = {"vi": frozenset({"bất"}), "en": frozenset()}
#: Tokens after a reporting verb that show it introduces speech (or where it was said).
REPORTING_FOLLOWERS = frozenset(
    {",", ":", "rằng", "là", "thêm", "trên", "“", '"', "”", ".", "…", "-", "–"}
)
#: After "với", these words (or a site name, ``NEWS_SITE_ENDINGS``) make a reporting verb an
#: interview: "trao đổi với phóng viên", "chia sẻ với báo …".
PRESS_WORDS = frozenset({"phóng_viên", "pv", "báo", "báo_chí", "nhà_báo", "tờ", "truyền_thông"})
NEWS_SITE_ENDINGS = (".vn", ".com", ".net")
#: Talks ("hội đàm") name who met (guideline decision 5: "đã tiếp và hội đàm với Thứ trưởng
#: …"), unless the sentence goes on to their matter ("hội đàm với Bộ trưởng Nga về phòng chống
#: tội phạm", "Nội dung hội đàm tập trung vào …"): only then are they a cue.
TALKS = frozenset({"hội_đàm"})
MATTER_OF_TALKS = frozenset({"về", "tập_trung", "on", "about"})
#: Words after "với" within which an opening speech frame closes with a comma.
FRAME_WINDOW = 6
#: Coordination ("phối hợp") with one of these right after "với" is a state's services working
#: together at home: the police, a local authority or its department, a steering committee,
#: "the forces", "the localities" ("Công an tỉnh phối hợp với Ban Quản lý Khu kinh tế", "phối
#: hợp chặt chẽ với các địa phương"), a ministry or its department ("Bộ Xây dựng đang phối hợp
#: với Bộ Công an …", "phối hợp với Cục An ninh mạng …"). A foreign ministry is named with its
#: country ("Bộ Quốc phòng Nga"), and a sentence naming a party from abroad keeps its cue (the
#: caller weighs that); the emergency ministry is one word ("Bộ_Tình_trạng_khẩn_cấp").
COORDINATION = "phối_hợp"
DOMESTIC_PARTNERS = frozenset(
    {"công_an", "ubnd", "ủy_ban_nhân_dân", "ban", "ban_chỉ_huy", "phòng", "sở", "chi_cục", "đội",
     "lực_lượng", "chính_quyền", "địa_phương", "ngành", "viện_kiểm_sát", "bộ_đội", "biên_phòng",
     "dân_quân", "đơn_vị", "bộ", "bộ_công_an", "bộ_quốc_phòng", "cục", "tổng_cục", "ủy_ban"}
)  # fmt: skip
#: What may stand between "phối hợp" and "với", and between "với" and the partner.
_COORDINATION_ADVERBS = frozenset(
    {"chặt_chẽ", "nhịp_nhàng", "tốt", "thường_xuyên", "hiệu_quả", "kịp_thời", "cùng"}
)
_DETERMINERS = frozenset({"các", "những"})
#: Before "phối hợp", the forces themselves ("các lực lượng đã phối hợp nhịp nhàng", "các lực
#: lượng quân đội, công an, biên phòng đã phối hợp …").
_FORCES = frozenset(
    {"lực_lượng", "chức_năng", "quân_đội", "công_an", "biên_phòng", "bộ_đội", "dân_quân"}
)
_AUXILIARIES = frozenset({"đã", "sẽ", "đang", "tiếp_tục", "cùng"})
#: Cooperation as a skill or a virtue, not between parties (the guideline's hard case: "'hợp
#: tác' as a skill, a spirit among pupils"): "hợp tác" listed beside another such quality
#: ("giao tiếp, hợp tác, sáng tạo", "tinh thần hợp tác, đoàn kết") or after "kỹ năng".
SKILL_CUES = frozenset({"hợp_tác", "cooperation", "collaboration"})
SOFT_SKILLS = frozenset(
    {"giao_tiếp", "sáng_tạo", "phản_biện", "đoàn_kết", "tự_tin", "tự_học", "lắng_nghe",
     "thuyết_trình", "trung_thực", "kỷ_luật", "communication", "creativity", "teamwork",
     "leadership", "empathy"}
)  # fmt: skip
_LIST_JOINERS = frozenset({",", "và", "and", "or", "hoặc"})
#: Artists working together ("từng hợp tác với nhiều ca sĩ", the guideline's "actors on a
#: film, a singer and a magazine") are people, not parties: "hợp tác với" one of these.
ARTISTS = frozenset(
    {"ca_sĩ", "nghệ_sĩ", "diễn_viên", "nhạc_sĩ", "đạo_diễn", "người_mẫu", "rapper",
     "gương_mặt", "singer", "singers", "actor", "actors", "artists", "artist"}
)  # fmt: skip
RELATION_KINDS = ("cooperation", "agreement", "assistance", "exchange", "parties")
NOT_A_CUE = "not_a_cue"


@cache
def relation_cues() -> pd.DataFrame:
    """The packaged cues: ``language``, ``cue`` (lowercase tokens, Vietnamese syllables of
    a word joined by ``_``, words of a phrase by spaces), ``kind``, ``reporting_verb`` (0/1).

    Raises ``ValueError`` on an unknown language or kind, or a cue listed twice.
    """
    path = resources.files("helpers.resources").joinpath("relation_cues.csv")
    with path.open(encoding="utf-8") as stream:
        table = pd.read_csv(stream, keep_default_na=False)
    if set(table.language) - set(NEGATING_PREFIXES):
        raise ValueError("relation_cues.csv: language must be 'vi' or 'en'")
    if set(table.kind) - {*RELATION_KINDS, NOT_A_CUE}:
        raise ValueError(f"relation_cues.csv: kind must be one of {(*RELATION_KINDS, NOT_A_CUE)}")
    if not set(table.reporting_verb.astype(str)) <= {"0", "1"}:
        raise ValueError("relation_cues.csv: reporting_verb must be 0 or 1 on every row")
    table["reporting_verb"] = table.reporting_verb.astype(int)
    cues = table.cue.astype(str)
    if (cues.str.strip() != cues).any() or (cues == "").any() or (cues.str.lower() != cues).any():
        raise ValueError("relation_cues.csv: a cue must be lowercase, non-empty, unpadded")
    repeated = table[table.duplicated(["language", "cue"], keep=False)]
    if not repeated.empty:
        raise ValueError(f"relation_cues.csv: cues listed twice: {sorted(set(repeated.cue))}")
    return table


class RelationCueFinder:
    """Find the relation cues of one language in a sentence's tokens.

    Built once per language (``LexiconMatcher`` does the phrase lookup), then
    ``find`` takes the sentence's space-separated ``tokens`` and returns the cues
    that count, in text order, each once.
    """

    def __init__(self, language: str, cues: pd.DataFrame | None = None) -> None:
        cues = relation_cues() if cues is None else cues
        self.negating = NEGATING_PREFIXES.get(language, frozenset())
        self.matcher = LexiconMatcher(cues.rename(columns={"cue": "term"}), language)

    def find(self, tokens: str) -> list[str]:
        """Cues in ``tokens`` that mark a relationship (the module docstring says what is not)."""
        words = tokens.lower().split()
        found: list[str] = []
        for start, end, row in self.matcher.match_spans(words):
            if row.kind == NOT_A_CUE or (start and words[start - 1] in self.negating):
                continue
            if row.reporting_verb and _introduces_speech(words, start, end):
                continue
            if row.term in TALKS and not MATTER_OF_TALKS & set(words[end:]):
                continue
            if row.term in SKILL_CUES and (
                _is_a_skill(words, start, end) or _with_artists(words, end)
            ):
                continue
            if row.term not in found:
                found.append(row.term)
        return found


def _is_a_skill(words: list[str], start: int, end: int) -> bool:
    """Whether the cue at ``words[start:end]`` is a quality listed with ``SOFT_SKILLS`` (a list
    joiner between) or a skill ("kỹ năng hợp tác")."""
    before = [w for w in words[max(0, start - 2) : start] if w not in _LIST_JOINERS]
    after = [w for w in words[end : end + 2] if w not in _LIST_JOINERS]
    if before and before[-1] == "kỹ_năng":
        return True
    return bool(before and before[-1] in SOFT_SKILLS) or bool(after and after[0] in SOFT_SKILLS)


def _with_artists(words: list[str], end: int) -> bool:
    """Whether "với" after the cue introduces artists (``ARTISTS``), maybe after "nhiều",
    "các", "những"."""
    rest = words[end : end + 4]
    if not rest or rest[0] not in {"với", "with"}:
        return False
    partner = [w for w in rest[1:] if w not in {"nhiều", "các", "những", "many", "other"}]
    return bool(partner) and partner[0] in ARTISTS


def coordinates_at_home(tokens: str) -> bool:
    """Whether every "phối hợp" in ``tokens`` is coordination at home: with a domestic partner
    right after "với" (``DOMESTIC_PARTNERS``) or by "the forces" before it ("các lực lượng đã
    phối hợp"). ``False`` when the sentence has no "phối hợp". Whether a foreign party is named
    elsewhere in the sentence is for the caller to weigh."""
    words = tokens.lower().split()
    places = [p for p, word in enumerate(words) if word == COORDINATION]
    return bool(places) and all(_at_home(words, p) for p in places)


def _at_home(words: list[str], place: int) -> bool:
    before = [w for w in words[max(0, place - 3) : place] if w not in _AUXILIARIES]
    if before and before[-1] in _FORCES:
        return True
    after = partner_position(words, place)
    if after is None:
        return False
    while after < len(words) and words[after] in _DETERMINERS:
        after += 1
    return after < len(words) and words[after] in DOMESTIC_PARTNERS


def partner_position(words: list[str], place: int) -> int | None:
    """Where the partner of the "phối hợp" at ``words[place]`` begins: the word after "với",
    past the adverbs that may stand before it ("phối hợp chặt chẽ với …"); ``None`` when no
    "với" follows."""
    after = place + 1
    while after < len(words) and words[after] in _COORDINATION_ADVERBS:
        after += 1
    if after >= len(words) or words[after] != "với":
        return None
    return after + 1


def has_cue_of_kind(cues: str, kinds: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether a ``relation_cues`` value (cues joined by ``;``, as ``sentence_topics.csv``
    writes them) holds a cue of one of ``kinds`` (``RELATION_KINDS``), in either language."""
    return any(_cue_kinds().get(cue) in kinds for cue in cues.split(";") if cue)


@cache
def _cue_kinds() -> dict[str, str]:
    """``{cue: kind}`` over both languages; ``ValueError`` if one cue has two kinds."""
    cues = relation_cues().drop_duplicates(["cue", "kind"])
    twice = cues.cue[cues.cue.duplicated()]
    if len(twice):
        raise ValueError(f"relation_cues.csv: cues with two kinds: {sorted(set(twice))}")
    return dict(zip(cues.cue, cues.kind, strict=True))


def _introduces_speech(words: list[str], start: int, end: int) -> bool:
    """Whether the reporting verb at ``words[start:end]`` is used as a verb of saying."""
    if end == len(words) or words[end] in REPORTING_FOLLOWERS:
        return True
    if words[end] != "với" or end + 1 == len(words):
        return False
    if start == 0 and "," in words[end + 1 : end + 1 + FRAME_WINDOW]:
        # the news frame "Trao đổi với <any outlet>, ông A cho biết …", not "Chia sẻ với nhân
        # dân Nga những mất mát …", which opens a sentence too but runs on to its object
        return True
    addressee = words[end + 1]
    return addressee in PRESS_WORDS or addressee.endswith(NEWS_SITE_ENDINGS)
