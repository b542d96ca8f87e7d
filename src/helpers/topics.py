"""Topic stage: lexicon tagging, sentence clustering, evaluation, profiles, field lists.

Two views that check each other: a transparent bilingual lexicon
(``resources/concept_lexicon.csv``) that tags each sentence with the topics
whose terms it contains when it speaks of a relationship between parties
(``helpers.relations``), and an unsupervised clustering of sentence tf-idf
vectors. Both are scored against hand labels (``resources/hand_labels.csv``,
guideline beside it).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from importlib import resources

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, leaves_list, linkage, optimal_leaf_ordering
from sklearn.cluster import AgglomerativeClustering, KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import (
    adjusted_rand_score,
    normalized_mutual_info_score,
    precision_recall_fscore_support,
    silhouette_score,
)

from helpers.cleaning import comparison_key
from helpers.lexicon import FieldTermMatcher, concept_lexicon
from helpers.relations import (
    COORDINATION,
    RelationCueFinder,
    coordinates_at_home,
    partner_position,
    relation_cues,
)
from helpers.schema import FIELDS, TOPICS
from helpers.validation import align_dev_labels, load_dev_labels
from helpers.vietnamese import is_vietnamese_syllable

#: Words that make an institution name count as evidence of its field (guideline decision 1):
#: cooperation, or help the institution gives (``HELP_WORDS`` after its name: "chuyến bay … Bộ
#: Tình trạng khẩn cấp Nga thực hiện … nhằm hỗ trợ Việt Nam", "the Ministry of Emergency
#: Situations flew in … aid"; not help it gets: "viện trợ … cho Sở Giáo dục và Đào tạo").
COOPERATION_WORDS = {"hợp_tác", "phối_hợp", "cooperation", "collaboration", "cooperate"}
HELP_WORDS = frozenset(
    {"hỗ_trợ", "viện_trợ", "giúp_đỡ", "aid", "assistance", "assist", "help", "helped"}
)
#: The two sides of the relationship the corpus is about, as the lexicon's actor concepts. A
#: sentence naming both speaks of the relationship without a cue word ("Mỗi năm, 30 sinh viên
#: Việt Nam nhận học bổng của Nga", "Việt Nam nhập khẩu từ Nga than đá, xăng dầu").
SIDES: tuple[frozenset[str], ...] = (frozenset({"vietnam"}), frozenset({"russia", "soviet_union"}))
#: A side named as people's nationality is no party to a relationship: "Công an Việt Nam bắt giữ
#: hai du khách Nga", "Vietnamese police arrested two Russian nationals". Vietnamese puts the
#: person before the country, English after it.
NATIONALITY_OF_PEOPLE = {
    "vi": frozenset({"người", "du_khách", "khách", "công_dân", "đối_tượng", "nghi_phạm"}),
    "en": frozenset({"national", "nationals", "tourist", "tourists", "citizen", "citizens",
                     "man", "woman", "men", "women", "suspect", "suspects"}),
}  # fmt: skip
#: What ``relation_cues`` shows for a sentence that names both ``SIDES``.
BOTH_SIDES_CUE = "(both sides named)"
#: Field words with a common sense outside the field ("nghiên cứu" as "consider", "new
#: energy" as vigour): naming both sides is not enough for them, they need a cue word.
TERMS_NEEDING_A_CUE = frozenset(
    {"nghiên_cứu", "khoa_học", "công_nghệ", "năng_lượng", "research", "science", "technology",
     "energy", "trí_tuệ nhân_tạo", "chuyển_đổi số", "dữ_liệu lớn", "điện_toán đám mây",
     "artificial intelligence", "digital transformation"}
)  # fmt: skip


#: A bare "technology" is education only as a sector of cooperation: in a list of sectors
#: ("năng lượng, công nghệ, du lịch", "công nghệ và nông nghiệp") or as information technology.
#: Elsewhere it is the technology of something: a product's ("công nghệ cảm ứng 3D", "taxi công
#: nghệ", "giàn công nghệ") or, by guideline decision 4, another field's equipment ("công nghệ
#: tên lửa", "công nghệ thu hồi dầu"); a sentence whose only education words are such gives no
#: education. Measured on 2026-11-28 over 2,428 labelled sentences (the crawl's and probes
#: 11-19): of 51 whose only education word was a bare technology, 4 were labelled education.
#: Artificial intelligence, digital transformation, big data and cloud computing are read
#: alike: a sector of cooperation ("hợp tác chuyển đổi số, trí tuệ nhân tạo"), not a tool one
#: applies ("ứng dụng trí tuệ nhân tạo để phân tích hình ảnh soi chiếu").
TECHNOLOGY_TERMS = frozenset(
    {"công_nghệ", "technology", "technologies", "trí_tuệ nhân_tạo", "chuyển_đổi số", "dữ_liệu lớn",
     "điện_toán đám mây", "artificial intelligence", "digital transformation"}
)  # fmt: skip
#: Words that make a technology a sector: a field named after it (công nghệ thông tin, cao,
#: số, sinh học; "technology cooperation") or a cooperation, field or domain before it ("hợp
#: tác công nghệ", "lĩnh vực công nghệ", "về công nghệ", "information, high technology").
SECTOR_AFTER_TECHNOLOGY = frozenset(
    {"thông_tin", "cao", "số", "sinh_học", "cooperation", "sector", "sectors"}
)
SECTOR_BEFORE_TECHNOLOGY = frozenset(
    {"hợp_tác", "lĩnh_vực", "ngành", "về", "đổi_mới", "information", "digital", "high",
     "communications", "communication", "space", "in"}
)  # fmt: skip
#: The fields whose equipment a technology may be.
EQUIPPED_FIELDS = frozenset({"energy", "security", "emergency"})
#: How close (in words, no list separator between) a field's word stands to the technology it
#: equips: "công nghệ khai thác tầng móng dầu" is within reach, "công nghệ cao, năng lượng" not.
EQUIPMENT_REACH = 4
_LIST_SEPARATORS = frozenset({",", ";", "và", "and", "or", "hoặc", "cùng"})


#: The two sides' state energy firms name their side ("Novatek đề xuất cung cấp LNG cho Việt
#: Nam", "EVN làm việc với Rosatom"); the joint ventures of the two (Vietsovpetro, Rusvietpetro,
#: Gazpromviet) name both.
FIRM_SIDES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["zarubezhneft", "gazprom", "gazprom neft", "rosatom", "rosneft", "lukoil", "novatek",
         "rushydro", "inter rao", "power machines"],
        frozenset({"russia"}),
    ),
    **dict.fromkeys(
        ["petrovietnam", "pvn", "pv power", "pv gas", "evn", "vietnam electricity", "vinacomin"],
        frozenset({"vietnam"}),
    ),
    **dict.fromkeys(
        ["vietsovpetro", "rusvietpetro", "gazpromviet", "vietgazprom"],
        frozenset({"vietnam", "russia"}),
    ),
}  # fmt: skip


#: The fields in which a firm speaks for its side (``FIRM_SIDES``).
FIRM_FIELDS = frozenset({"energy", "education"})


def _firms_sides(spans: list[tuple[int, int, tuple]]) -> set[str]:
    """The sides the firms of ``spans`` name (``FIRM_SIDES``)."""
    return set().union(*(FIRM_SIDES.get(row.term, frozenset()) for _, _, row in spans))


#: A body of the two sides, named after both: "Trung tâm Nhiệt đới Việt - Nga", "Ngân hàng Liên
#: doanh Việt - Nga", "the Vietnam-Russia Tropical Centre" (not "hợp tác Việt - Nga", whose cue
#: speaks of the relationship already, nor a friendship society or a club, "Hội Hữu nghị Việt -
#: Nga tỉnh …", "Câu lạc bộ Sambo Việt - Nga", which are one side's own).
JOINT_BODY_NAME = re.compile(
    r"(?:^| )(?:trung_tâm|liên_doanh|ngân_hàng|trường|viện|công_ty|tập_đoàn|học_viện"
    r"|đại_học|nhà_máy|xí_nghiệp)(?: [^ .,;]+){0,3} (?:việt (?:-|–) nga"
    r"|nga (?:-|–) việt|việt-nga|nga-việt|xô (?:-|–) việt|việt (?:-|–) xô)(?= |$)"
    r"|(?:^| )(?:vietnam|vietnamese|viet nam)(?: ?[-–] ?)(?:russia|russian)"
    r"(?: [^ .,;]+){0,2} (?:centre|center|venture|bank|institute|university|company)(?= |$)"
    r"|(?:^| )(?:russia|russian)(?: ?[-–] ?)(?:vietnam|vietnamese|viet nam)"
    r"(?: [^ .,;]+){0,2} (?:centre|center|venture|bank|institute|university|company)(?= |$)"
)


#: One side named as a side ("phía Nga đề xuất …", "đề nghị phía bạn tiếp nhận …", "the Russian
#: side proposed …"): a side stands across from the other, whom the sentence need not name.
ONE_SIDE_OF_TWO = re.compile(
    r"(?:^| )(?:phía (?:nga|bạn|liên_bang_nga|việt_nam)|the (?:russian|vietnamese) side)(?= |$)"
)


def _sides_named(words: list[str], spans: list[tuple[int, int, tuple]], language: str) -> set[str]:
    """The actor concepts of ``spans`` that name a party, not people's nationality
    (``NATIONALITY_OF_PEOPLE``); both ``SIDES`` when the sentence names a body of the two
    (``JOINT_BODY_NAME``)."""
    people = NATIONALITY_OF_PEOPLE.get(language, frozenset())
    named = {"vietnam", "russia"} if JOINT_BODY_NAME.search(" ".join(words)) else set()
    for start, end, row in spans:
        if row.topic != "actor":
            continue
        before = words[start - 1] if start else ""
        after = words[end] if end < len(words) else ""
        if (
            (before if language == "vi" else after) not in people
            and not _hosts_a_mission(words, start)
            and not _seat_named_as_a_place(row.term, before, after)
        ):
            named.add(row.concept)
    return named


#: Capitals and seats of government that stand for their state in news prose ("Moscow has
#: offered a state credit", "Hanoi remains cautious", "Moskva và Tehran sẽ tiếp tục hợp tác"):
#: lexicon actor terms of ``SIDES``. The Vietnamese "Hà Nội" is left out: it names the city's own
#: bodies far more often than the state ("Công an Hà Nội", "Đại học Quốc gia Hà Nội").
SEATS_OF_GOVERNMENT = frozenset(
    {"moscow", "moskva", "mát_xcơ_va", "kremlin", "điện_kremlin", "hanoi"}
)
#: Words before a seat that make it a place ("tại Hà Nội", "to Hanoi", "thủ đô Moskva") or part
#: of an institution's name ("Trường Đại học Hà Nội", "Đại học Tổng hợp Moskva"), and words after
#: it that do the latter ("Moscow State University").
_PLACE_BEFORE_A_SEAT = frozenset(
    {"tại", "ở", "đến", "tới", "từ", "sang", "về", "in", "to", "from", "at", "near", "outside",
     "around", "via", "thủ_đô", "capital", "tp", "thành_phố", "city", "đại_học", "tổng_hợp",
     "trường", "viện", "học_viện"}
)  # fmt: skip
_NAME_AFTER_A_SEAT = frozenset({"state", "university", "institute", "-based"})


def _seat_named_as_a_place(term: str, before: str, after: str) -> bool:
    """Whether a seat of government (``SEATS_OF_GOVERNMENT``) between ``before`` and ``after``
    names a place or part of an institution's name, not its state."""
    return term in SEATS_OF_GOVERNMENT and (
        before in _PLACE_BEFORE_A_SEAT or after in _NAME_AFTER_A_SEAT
    )


#: A diplomatic mission and the country that hosts it ("Đại sứ quán Nga tại Việt Nam", "the
#: Russian Embassy in Vietnam", "Russia's ambassador to Vietnam"): the host is where the
#: mission sits, named in an attendance list or a title, not a party to the relationship.
DIPLOMATIC_MISSIONS = frozenset(
    {"đại_sứ_quán", "tổng_lãnh_sự_quán", "lãnh_sự_quán", "đại_sứ", "tổng_lãnh_sự", "embassy",
     "consulate", "consulate-general", "ambassador", "consul"}
)  # fmt: skip
_HOST_PREPOSITIONS = frozenset({"tại", "ở", "in", "to"})
#: How many words may stand between the mission and "tại"/"in": the sending side's name.
MISSION_REACH = 4


def _hosts_a_mission(words: list[str], start: int) -> bool:
    """Whether the side named at ``words[start]`` follows "tại"/"in"/"to" after a diplomatic
    mission (``DIPLOMATIC_MISSIONS``) within ``MISSION_REACH`` words: the mission's host."""
    if not start or words[start - 1] not in _HOST_PREPOSITIONS:
        return False
    return bool(DIPLOMATIC_MISSIONS & set(words[max(0, start - 1 - MISSION_REACH) : start - 1]))


#: A sentence that lists who attended ("Tham dự lễ đón có đại diện Bộ Tư lệnh Vùng 4 Hải quân
#: …", "Dự hội nghị có …", "Attending the meeting were …") is about the meeting alone
#: (guideline decision 5): the field words in its officials' titles give no topic. Matched on
#: a sentence's lowercased tokens.
#: A verb or cue after a delegation's members: the sentence goes on to what they did.
_MEMBERS_THEN_ACT = (
    r"[^.;]*?(?:^| )(?:đã|sẽ|đang|hội_đàm|thảo_luận|trao_đổi|ký|tham_gia|discussed|held|signed"
    r"|will|took|visited|agreed)(?= |$)"
)
ATTENDANCE_LIST = re.compile(
    # "có" then the officials: "… có đại diện …", "… có ông A, bà B …", "… có Thứ trưởng …"
    r"^(?:cùng |đến |tới )?(?:tham_dự|dự|tham_gia|có_mặt tại) "
    # taking part in a project or programme is no meeting: "Tham gia dự án hợp tác … có …"
    r"(?!(?:[^ .;]+ ){0,2}(?:dự_án|chương_trình|đề_tài|khóa_học|khóa))(?:[^ .;]+ ){0,8}?có "
    r"(?:đại_diện|lãnh_đạo|ông|bà|đồng_chí|các đồng_chí|thứ_trưởng|bộ_trưởng|chủ_tịch"
    r"|phó[_ ]\w+|đại_sứ|tổng_lãnh_sự|đại_tá|thiếu_tướng|trung_tướng|thượng_tướng|gần|hơn"
    # academic titles before a name: "PGS.TS Nguyễn Văn A, Hiệu trưởng", "GS. B"
    r"|(?:pgs|gs|ts|ths|tskh)\.?(?:ts\.?)?(?= )|hiệu_trưởng|giám_đốc|tổng_giám_đốc"
    r"|các (?:đại_biểu|vị|lãnh_đạo|quan_chức))"
    r"|^(?:also )?(?:attending|present at) [^.;]{1,60}? (?:were|was|included) "
    # a delegation's members, to the sentence's end: "Thành_phần đoàn gồm có …", "The Russian
    # delegation … included …" (not "Đoàn … gồm … đã hội_đàm về …": the talks' matter follows)
    r"|^(?:thành_phần )?đoàn (?:[^ .;]+ ){0,8}?(?:gồm|gồm có|bao_gồm) "
    rf"(?!{_MEMBERS_THEN_ACT})"
    r"|^(?:the )?(?:[^ .;]+ ){0,3}?delegation (?:[^.;]{0,60} )?(?:included|comprised) "
    rf"(?!{_MEMBERS_THEN_ACT})"
    # a short event's name and who attended it: "Lễ tiếp_nhận có sự tham_dự của Đại_sứ …" (a
    # longer name holds its matter: "Lễ ký_kết ghi_nhớ hợp_tác đào_tạo có sự tham_dự …")
    r"|^(?:lễ|buổi|hội_nghị|hội_thảo|cuộc|sự_kiện|chương_trình)"
    r"(?: (?!(?:hợp_tác|về|ký|ký_kết|ghi_nhớ|thỏa_thuận)(?= ))[^ .;]+){0,3}? (?:có|với) "
    r"sự tham_dự của "
)


def lists_attendance(tokens: str) -> bool:
    """Whether a sentence's ``tokens`` (space-separated) list who attended (``ATTENDANCE_LIST``)."""
    return bool(ATTENDANCE_LIST.match(tokens.lower()))


#: A joint exercise or drill: the guideline's hard case on multinational military training
#: ("decision 2 extended") makes it training too, in whatever field it drills. Its kind may
#: stand between ("a joint search-and-rescue drill", "luyện tập phối hợp tìm kiếm, cứu nạn"),
#: but not a venture ("the joint venture plans to drill new wells"). Measured on 2026-11-28:
#: drills named so add 9 education tags on probes 11–33, all labelled so, and none on the crawl.
JOINT_EXERCISE = re.compile(
    r"(?:^| )(?:(?:tập_trận|diễn_tập|luyện_tập) (?:chung|phối_hợp)"
    r"|(?:joint|bilateral|combined)(?: (?!(?:ventures?|to)(?= ))[^ .;,]+){0,4}? (?:exercises?"
    r"|drills?))(?= |$)"
)
#: The joint act's own cue words, which name no party by themselves.
_JOINT_ACT_CUES = frozenset({"tập_trận chung", "diễn_tập chung", "joint", "phối_hợp", "bilateral"})


#: Any exercise or drill ("hai bên sẽ tổ chức luyện tập thông tin liên lạc", "the drills would
#: deepen practical cooperation … both sides"), held by the two parties a cue of
#: ``EXERCISING_PARTIES`` names. Measured on 2026-11-28: 11 more education tags on probes
#: 11–37, 10 labelled so; on the crawl two (United States–Korea drills).
#: A singular English "drill" or "exercise" only as a noun ("a joint search-and-rescue exercise";
#: not "plans to drill wells", "exercise restraint"); "practice" is left out ("in practice").
EXERCISE_WORDS = re.compile(
    r"(?:^| )(?:diễn_tập|luyện_tập|tập_trận|drills|exercises|practise)(?= |$)"
    r"|(?:^| )(?:a|an|the|joint|naval|military|rescue|annual|bilateral|combined"
    r"|search-and-rescue|communications) (?:drill|exercise)(?= |$)"
)
EXERCISING_PARTIES = frozenset(
    {"hai bên", "hai nước", "hai phía", "two sides", "both sides", "two countries", "joint",
     "bilateral", BOTH_SIDES_CUE}
)  # fmt: skip


def _joint_exercise_between_parties(words: list[str], cues: list[str], sides: set[str]) -> bool:
    """Whether the sentence speaks of a joint exercise (``JOINT_EXERCISE``) between parties: a
    cue besides the joint act's own, or a side named (``sides``: "Hải quân hai nước tập trận
    chung", "Russian and Vietnamese navies held joint drills"); one state's forces drilling
    together are no parties. Or of any exercise (``EXERCISE_WORDS``) with a cue naming the two
    parties (``EXERCISING_PARTIES``: "hai bên sẽ tổ chức luyện tập …")."""
    text = " ".join(words)
    if EXERCISE_WORDS.search(text) and not EXERCISING_PARTIES.isdisjoint(cues):
        return True
    if not JOINT_EXERCISE.search(text):
        return False
    # Vietnam named alone names the drill's own forces ("Hải quân nhân dân Việt Nam diễn tập phối
    # hợp với các lực lượng địa phương")
    return bool(set(cues) - _JOINT_ACT_CUES) or bool(sides - {"vietnam"})


#: Relief, aid or a scholarship given by a side ("Hàng cứu trợ của Nga đến với người dân vùng
#: sạt lở", "học bổng của Chính phủ Liên bang Nga", "học bổng do Chính phủ Nga cấp", "Liên
#: bang Nga tiếp tục dành gần 1.000 suất học bổng cho …"): the giver is one party and the
#: receiver, whom a Vietnamese article need not name, the other. Matched on a sentence's
#: lowercased tokens ("viện trợ" and "hỗ trợ" are relation cues of their own). "do" names the
#: giver only before a verb of giving ("cứu trợ do Nga tiếp tục tấn công" is "because of"), and
#: a giver named before the verb must be Russia, right before it (maybe after "đã", "tiếp tục"
#: …), with only a quantity between the verb and the gift: "Nga từ chối cấp thị thực cho nhân
#: viên cứu trợ", "Phía Nga cho biết đã cấp … cho người dân tỉnh Kursk", "Cô giáo Nga dành tiền
#: lương để cấp học bổng" give nothing to the other side. Thanks to Russia name the giver too.
_GIVING_VERBS = r"(?:dành|cấp|trao|tặng|trao_tặng|tài_trợ)"
_RUSSIA = r"(?:nga|liên_bang_nga|nước_nga|liên_xô)"
_QUANTITY = r"(?:\d[\d.,]*(?:_[^ ]+)?|gần|hơn|khoảng|trên|suất|tấn|hàng|gói|lô|chuyến|phần)"
GIFT_FROM_A_SIDE = re.compile(
    r"(?:^| )(?:cứu_trợ|học_bổng|quà) (?:của|từ) "
    r"(?:(?:chính_phủ|nhà_nước|nhân_dân|phía|bạn_bè|người_dân|đại_sứ_quán|bộ) )?(?:[^ .;,]+ )?"
    r"(?:nga|liên_bang_nga|nước_nga|liên_xô|việt_nam)(?= |$)"
    rf"|(?:^| )(?:cứu_trợ|học_bổng) do (?:chính_phủ |nhà_nước |phía )?{_RUSSIA} {_GIVING_VERBS}"
    r"(?= |$)"
    # Russia as the giver, not a place ("người Việt tại Nga trao …") or a person ("Cô Nga trao")
    rf"|(?:^| )(?<!tại )(?<!ở )(?<!cô )(?<!bà )(?<!ông )(?<!anh )(?<!chị )(?<!em )"
    rf"(?:chính_phủ |nhà_nước |phía )?{_RUSSIA}"
    rf"(?: (?:đã|sẽ|vừa|đang|cũng|tiếp_tục|thường_xuyên|sẵn_sàng|luôn))* {_GIVING_VERBS}"
    rf"(?: {_QUANTITY})*"
    r" (?:học_bổng|cứu_trợ)(?= |$)"
    # the receiver thanking the giver for relief: "Hội cảm ơn phía Nga đã kịp thời gửi hàng
    # cứu trợ", "thanked Russia for the timely aid" (not for past help in general, a formula:
    # "cảm ơn Nga đã giúp xây dựng Nhà máy Thủy điện Hòa Bình")
    r"|(?:^| )(?:cảm_ơn|biết_ơn|tri_ân|thanked|thanks|thank|grateful to)(?: [^ .;]+){0,3}? "
    rf"(?:(?:chính_phủ|nhà_nước|nhân_dân|phía|bạn_bè|the) )?(?:{_RUSSIA}|russia)(?= )"
    r"(?=.*(?:^| )(?:cứu_trợ|viện_trợ|relief|aid|nhu_yếu_phẩm)(?= |$))"
)
#: The cue a gift from a side gives a sentence (in ``relation_cues``).
GIFT_CUE = "(gift from a side)"


#: Words that bring a party from abroad into a sentence besides the sides' names: an
#: international body ("Interpol Việt Nam phối hợp với Công an tỉnh", on a request from Moscow),
#: another country's border provinces ("các tỉnh giáp biên của Campuchia"), a visiting
#: delegation ("đoàn sẽ phối hợp với các đơn vị của Vùng 4 Hải quân", "Phái đoàn của Bộ …").
FOREIGN_PARTY_WORDS = frozenset(
    {"interpol", "quốc_tế", "nước_ngoài", "giáp_biên", "đoàn", "phái_đoàn", "đoàn_công_tác",
     "hạm_đội", "xô_viết", "liên_bang"}
)  # fmt: skip
#: The other country named as the friend it is ("Bộ Nội vụ nước bạn", "phía bạn").
FRIENDLY_COUNTRY = re.compile(r"(?:^| )(?:nước|phía) bạn(?= |$)")
_SIDE_CONCEPTS = frozenset().union(*SIDES)
_VIETNAMESE_FIRMS = frozenset(firm for firm, sides in FIRM_SIDES.items() if sides == {"vietnam"})
#: Lexicon concepts of institutions only the other side has: Vietnam has no ministry of
#: emergency situations, so "Bộ Tình trạng khẩn cấp", "EMERCOM" name Russia's.
FOREIGN_INSTITUTIONS = frozenset({"emergency_ministry"})


def _coordination_at_home(
    tokens: str, words: list[str], sides: set[str], spans: list[tuple[int, int, tuple]]
) -> bool:
    """Whether the sentence's "phối hợp" is a state's services working together at home
    (``relations.coordinates_at_home``: "Công an tỉnh phối hợp với Ban Quản lý …", "các lực
    lượng đã phối hợp") and nothing in it names a party from abroad: a side (Vietnam named
    says the partner is Vietnam's, "phối hợp với lực lượng chức năng Việt Nam"), a side's firm
    other than Vietnam's ("Rosatom", ``FIRM_SIDES``), an institution only the other side has
    (``FOREIGN_INSTITUTIONS``), a diplomatic mission, an international body or a delegation
    (``FOREIGN_PARTY_WORDS``), or a foreign name (``names_something_foreign``: "Đại học Bách
    khoa Tomsk", "Học viện … Saint Petersburg"). Such coordination is no relation cue: the
    guideline reads cooperation between parties, and a province's police and its steering
    committee are one."""
    return (
        not _names_a_party_from_abroad(tokens, words, sides, spans)
        and not _coordinates_with_a_country(words)
        and coordinates_at_home(tokens)
    )


#: How far after "phối hợp với" a country may name the partner's state ("phối hợp với Cảnh sát
#: Lào", "phối hợp với lực lượng chức năng Campuchia").
COUNTRY_AFTER_COORDINATION = 4


def _coordinates_with_a_country(words: list[str]) -> bool:
    """Whether a country (``COUNTRIES``) stands within ``COUNTRY_AFTER_COORDINATION`` words
    after a "phối hợp với": the partner is that state's service, not one at home. A country
    named elsewhere is not the partner: the people arrested ("phối hợp bắt giữ 5 người Trung
    Quốc"), the visitors ("nơi có nhiều du khách Trung Quốc")."""
    for place, word in enumerate(words):
        start = partner_position(words, place) if word == COORDINATION else None
        if start is not None and not COUNTRIES.isdisjoint(
            words[start : start + COUNTRY_AFTER_COORDINATION]
        ):
            return True
    return False


def _names_a_party_from_abroad(
    tokens: str, words: list[str], sides: set[str], spans: list[tuple[int, int, tuple]]
) -> bool:
    """Whether the sentence names a party from abroad (see ``_coordination_at_home``). A storm's
    foreign name ("bão số 3 (Yagi)", "Typhoon Yagi") names none."""
    return (
        bool(sides & _SIDE_CONCEPTS)
        # a firm of the other side: "EVN phối hợp với các địa phương" is at home
        or bool(_firms_sides(spans) - {"vietnam"})
        or any(row.concept in FOREIGN_INSTITUTIONS for _, _, row in spans)
        or any(word in DIPLOMATIC_MISSIONS or word in FOREIGN_PARTY_WORDS for word in words)
        or bool(FRIENDLY_COUNTRY.search(" ".join(words)))
        or names_something_foreign(STORM_NAME.sub(" ", tokens))
    )


#: A storm's name, foreign however it is spelled: "bão số 3 ( Yagi )", "bão Yagi", "Typhoon Yagi".
STORM_NAME = re.compile(
    r"(?:(?<= )|^)(?:bão|siêu_bão|Bão|Siêu_bão|typhoon|Typhoon|storm|Storm|cyclone|Cyclone)"
    r"(?: số \d+)?(?: \( [^()]+ \)| [A-Z][\w-]*)"
)


#: Help to one's compatriots ("ủng hộ đồng bào bị thiệt hại do bão", "hỗ trợ bà con vùng lũ"):
#: a country's people and bodies helping their own, no relation between parties unless the
#: sentence names a party from abroad ("Nga hỗ trợ đồng bào vùng lũ").
COMPATRIOTS = frozenset({"đồng_bào", "bà_con"})
#: Donors from abroad whose names Vietnamese syllables spell: countries, the United Nations, the
#: European Union (lowercased tokens; not "quốc_gia", which is also "national": "Ban Chỉ đạo
#: quốc gia").
COUNTRIES = frozenset(
    {"nhật_bản", "hàn_quốc", "trung_quốc", "hoa_kỳ", "mỹ", "lào", "campuchia", "ấn_độ", "pháp",
     "đức", "thái_lan", "liên_hợp_quốc", "châu_âu", "chính_phủ_nhật_bản"}
)  # fmt: skip
_CONDOLENCE_CUES = frozenset({"chia_buồn", "cảm_thông", "condolences", "sympathy", "sympathies"})
#: The relation cues of kind ``assistance`` ("hỗ trợ", "viện trợ", "aid" …).
ASSISTANCE_CUES = frozenset(relation_cues().query("kind == 'assistance'").cue)
#: A state's own levels of government giving help ("UBND tỉnh đề nghị Trung ương hỗ trợ 150 tỷ
#: đồng", "UBND tỉnh đã quyết định hỗ trợ khẩn cấp 500 triệu đồng"): no party from abroad. The
#: giver stands right before the help ("Hà Lan hỗ trợ UBND tỉnh Bến Tre" is a donor's).
DOMESTIC_GIVER = re.compile(
    r"(?:^| )(?:trung_ương|ngân_sách(?: [^ .,;]+){0,3}|(?:ubnd|ủy_ban nhân_dân|uỷ_ban nhân_dân"
    r"|chính_quyền)(?: [^ .,;]+){0,3})"
    r"(?: (?:đã|sẽ|vừa|quyết_định|đề_nghị|tiếp_tục|kịp_thời))* (?:hỗ_trợ|trợ_giúp)(?= |$)"
)
#: How many words may stand between the help and the compatriots ("ủng hộ kịp thời đồng bào").
COMPATRIOTS_REACH = 3


def _helps_compatriots_at_home(
    tokens: str, words: list[str], cues: list[str], sides: set[str], spans: list[tuple]
) -> list[str]:
    """The assistance cues of ``cues`` (kind ``assistance``) that only give to compatriots
    (``COMPATRIOTS`` within ``COMPATRIOTS_REACH`` words after every use of the cue), when the
    sentence names no party from abroad; empty otherwise."""
    # condolences are over the event, whoever offers them ("Putin gửi điện chia buồn tới đồng
    # bào vùng lũ")
    helping = [cue for cue in cues if cue in ASSISTANCE_CUES and cue not in _CONDOLENCE_CUES]
    if (
        not helping
        or _names_a_party_from_abroad(tokens, words, sides, spans)
        or not COUNTRIES.isdisjoint(words)
    ):
        return []
    # a province asking the centre for help, the centre helping a province: one state's bodies
    if DOMESTIC_GIVER.search(" ".join(words)):
        return helping
    at_home = []
    for cue in helping:
        places = [p for p, word in enumerate(words) if word == cue]
        if places and all(
            COMPATRIOTS & set(words[p + 1 : p + 1 + COMPATRIOTS_REACH]) for p in places
        ):
            at_home.append(cue)
    return at_home


#: Field terms that name an act two states do together, so the term is its own relation cue:
#: an extradition ("Người này được dẫn độ về Nga", "was extradited from Thailand") or mutual
#: legal assistance ("Nhiều yêu cầu tương trợ tư pháp phải mất 6 tháng").
ACTS_BETWEEN_STATES = frozenset(
    {"dẫn_độ", "extradition", "extradited", "extradite", "tương_trợ tư_pháp",
     "mutual legal assistance"}
)  # fmt: skip
#: What ``relation_cues`` shows for a sentence whose cue is such a term.
ACT_BETWEEN_STATES_CUE = "(act between states)"
#: Training or study in Russia ("được đào tạo tại các trường mỏ của Nga", "sang Nga thực tập",
#: "học tập ở Liên Xô", "trained in Russia", "studied in the Soviet Union"): a Vietnamese article's
#: trainees are the other side, whom it need not name.
_STUDY = (
    r"(?:đào_tạo|học_tập|du_học|thực_tập|tu_nghiệp|bồi_dưỡng|tập_huấn|theo học|sang học|học"
    r"|trained|studied|educated|study|studying|train|training)"
)
_IN_RUSSIA = (
    r"(?:nga|liên_bang_nga|nước_nga|liên_xô|moskva|mát_xcơ_va|russia|soviet union|moscow"
    r"|saint_petersburg|st petersburg)"
)
TRAINED_IN_RUSSIA = re.compile(
    rf"(?:^| ){_STUDY} (?:[^ .;]+ ){{0,6}}?(?:tại|ở|in|at) (?:[^ .;]+ ){{0,8}}?{_IN_RUSSIA}(?= |$)"
    rf"|(?:^| )sang {_IN_RUSSIA} (?:[^ .;]+ ){{0,2}}?{_STUDY}(?= |$)"
)
#: What ``relation_cues`` shows for such a sentence.
TRAINED_IN_RUSSIA_CUE = "(trained in Russia)"
#: Experience learnt from, shared with or offered by a party from abroad ("học hỏi kinh nghiệm
#: của Bộ Tình trạng khẩn cấp Nga", "quan tâm tới kinh nghiệm của Moskva", "Russia's experience
#: in building e-government"): an exchange between the parties, though no cue word says so.
EXPERIENCE_WORDS = frozenset({"kinh_nghiệm", "experience", "expertise"})
#: Verbs that pass experience from one party to another ("học hỏi", "học tập kinh nghiệm",
#: "tiếp thu", "tham khảo", "giới thiệu", "quan tâm tới", "vận dụng", "có thể đóng góp", "learn
#: from", "draw on"; not "học tập" alone, a profile's study abroad): a party's own experience
#: ("Viettel có 20 năm kinh nghiệm") is no exchange.
LEARNING_WORDS = re.compile(
    r"(?:^| )(?:học_hỏi|học_tập kinh_nghiệm|tiếp_thu|tham_khảo|giới_thiệu|quan_tâm (?:tới|đến)"
    r"|vận_dụng|áp_dụng"
    r"|đóng_góp|sẵn_sàng|giúp|learn|learned|learning|draw on|drawing on|benefit from|apply"
    r"|applied)(?= |$)"
)
#: What ``relation_cues`` shows for such a sentence.
EXPERIENCE_CUE = "(experience from abroad)"


def _learns_from_abroad(
    tokens: str, words: list[str], sides: set[str], spans: list[tuple[int, int, tuple]]
) -> bool:
    """Whether the sentence speaks of experience (``EXPERIENCE_WORDS``) passed on
    (``LEARNING_WORDS``) and names a party from abroad (``_names_a_party_from_abroad``, or a
    country of ``COUNTRIES``) other than Vietnam, whose experience a Vietnamese article may
    praise at home."""
    return (
        not EXPERIENCE_WORDS.isdisjoint(words)
        and bool(LEARNING_WORDS.search(" ".join(words)))
        and (
            _names_a_party_from_abroad(tokens, words, sides - {"vietnam"}, spans)
            or not COUNTRIES.isdisjoint(words)
        )
    )


def _implied_relation(
    tokens: str, text: str, words: list[str], sides: set[str], spans: list[tuple[int, int, tuple]]
) -> str | None:
    """The marker of a relationship a sentence with no cue word still speaks of, or ``None``:
    experience passed on from abroad (``EXPERIENCE_CUE``), training or study in Russia
    (``TRAINED_IN_RUSSIA_CUE``), an act two states do together (``ACT_BETWEEN_STATES_CUE``; a
    "dẫn độ" needs a party from abroad or "về nước": "dẫn độ bị can về trụ sở" escorts a suspect
    at home). ``text`` is ``words`` joined by spaces."""
    if _learns_from_abroad(tokens, words, sides, spans):
        return EXPERIENCE_CUE
    if TRAINED_IN_RUSSIA.search(text):
        return TRAINED_IN_RUSSIA_CUE
    terms = {row.term for _, _, row in spans}
    if not ACTS_BETWEEN_STATES.isdisjoint(terms) and (
        "dẫn_độ" not in terms
        or _names_a_party_from_abroad(tokens, words, sides, spans)
        or "về nước" in text
    ):
        return ACT_BETWEEN_STATES_CUE
    return None


def names_something_foreign(tokens: str) -> bool:
    """Whether ``tokens`` hold a capitalised name Vietnamese syllables cannot spell: written
    without diacritics ("Tomsk", "Gazprom", "Saint_Petersburg", "Puskin"), a transliteration
    in hyphenated syllables ("Cuốc-sa-tốp", "Pan-tê-lê-ép"), or a long solid word with them
    ("Mátxcơva"). Acronyms in capitals ("UBND", "PCCC"), Vietnamese names ("Ninh_Thuận",
    "Long_An"), the Central Highlands' short ones ("Đắk_Lắk", "Krông") and Vietnam's own firms
    (``FIRM_SIDES``: "Petrovietnam") are not."""
    for token in tokens.split():
        if token.lower() in _VIETNAMESE_FIRMS:
            continue
        if token[:1].isupper() and _TRANSLITERATION.fullmatch(token):
            return True
        for piece in token.split("_"):
            if not (piece[:1].isupper() and piece.isalpha() and not piece.isupper()):
                continue
            if is_vietnamese_syllable(piece):
                continue
            if piece.isascii() or len(piece) >= MIN_FOREIGN_WORD_LETTERS:
                return True
    return False


#: A foreign name in Vietnamese transliteration: a capitalised syllable, then lower-case ones
#: joined by hyphens ("Cuốc-sa-tốp"); a province's compound has capitals ("Bà_Rịa-Vũng_Tàu").
_TRANSLITERATION = re.compile(r"\w[^\W\d_A-ZĐ]*(?:-[^\W\d_A-ZĐ]+)+")
#: A word with diacritics no Vietnamese syllable spells is foreign from this many letters
#: ("Mátxcơva"); shorter ones are the Central Highlands' ("Đắk", "Lắk", "Krông").
MIN_FOREIGN_WORD_LETTERS = 6


def names_both_sides(concepts: set[str]) -> bool:
    """Whether the actor ``concepts`` a sentence names (lexicon ``concept`` values) cover
    every one of ``SIDES``."""
    return all(concepts & side for side in SIDES)


def tag_sentences(sentences: pd.DataFrame, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """The lexicon columns of ``sentence_topics.csv`` for every sentence.

    Output: ``doc_id``, ``sent_id``, one 0/1 column per topic, ``matched_terms``
    (``topic:term`` pairs joined by ``;``, sorted), ``relation_cues`` (the
    sentence's relation cues joined by ``;``, in text order) and ``n_topics``.

    A topic is 1 when the sentence holds one of its terms *and* speaks of a
    relationship between parties (a relation cue, ``helpers.relations``): the
    guideline's topic is a field in the relationship between the sides, and a
    field word alone is as common in domestic news. ``matched_terms`` lists the
    terms found either way, so a sentence with terms and no cue shows why it got
    no topic. Institution names (evidence ``institution``) need a cooperation
    word or a word of help it gives (``HELP_WORDS``), not any cue, since otherwise they are a
    participant's title; in a speaker's affiliation or an official's title
    (``SPEAKERS_AFFILIATION``) they count never. ``actor`` entries never give a topic, but a
    sentence that names both ``SIDES`` (as parties, not as people's nationality) speaks of the
    relationship: it counts as having a
    cue (``BOTH_SIDES_CUE`` in ``relation_cues``) for every field term except
    ``TERMS_NEEDING_A_CUE``; so does relief, aid or a scholarship given by a side
    (``GIFT_FROM_A_SIDE``, cue ``GIFT_CUE``: "hàng cứu trợ của Nga"). A bare technology is
    education only as a sector (in a list, or
    information technology); the technology of a product or of an energy, security or
    emergency object ("công nghệ tên lửa", guideline decision 4) is not
    (``_only_technology_of_something``).
    """
    lexicon = concept_lexicon() if lexicon is None else lexicon
    languages = sentences.language.unique()
    matchers = {lang: FieldTermMatcher(lexicon, lang) for lang in languages}
    cue_finders = {lang: RelationCueFinder(lang) for lang in languages}
    rows = []
    for sentence in sentences.itertuples(index=False):
        words, spans = matchers[sentence.language].words_and_spans(sentence.tokens)
        spans = _without_speakers_affiliation(words, _without_fire_polices_parent(words, spans))
        cues = cue_finders[sentence.language].find(sentence.tokens)
        sides = _sides_named(words, spans, sentence.language)
        # one side named as a side stands across from the other, whom it need not name; the
        # relationship is read so, though only the one side is named (sides_named_per_sentence)
        if ONE_SIDE_OF_TWO.search(" ".join(words)):
            sides |= {"vietnam", "russia"}
        if COORDINATION in cues and _coordination_at_home(sentence.tokens, words, sides, spans):
            cues = [cue for cue in cues if cue != COORDINATION]
        at_home = _helps_compatriots_at_home(sentence.tokens, words, cues, sides, spans)
        cues = [cue for cue in cues if cue not in at_home]
        text = " ".join(words)
        if not cues:
            implied = _implied_relation(sentence.tokens, text, words, sides, spans)
            cues = [implied] if implied else []
        speaks_of_cooperation = bool(set(cues) & COOPERATION_WORDS)
        helps = [p for p, word in enumerate(words) if word in HELP_WORDS and word in cues]
        trains = any(row.topic == "education" and row.evidence == "field" for *_, row in spans)
        kept = [
            (row.topic, row.term)
            for start, end, row in spans
            if row.topic in TOPICS
            and (
                row.evidence == "field"
                or speaks_of_cooperation
                or _gives_help(words, spans, start, end, helps)
                or (trains and _names_staff_of(words, start))
            )
            # a commander who speaks or receives names no field, but commanders who sign a
            # cooperation do ("Tư lệnh Hải quân hai nước đã ký … hợp tác")
            and (speaks_of_cooperation or not _in_commanders_title(words, start))
        ]
        if cues:
            topics = {topic for topic, _ in kept}
        elif names_both_sides(sides) or GIFT_FROM_A_SIDE.search(text):
            cues = [BOTH_SIDES_CUE if names_both_sides(sides) else GIFT_CUE]
            topics = {topic for topic, term in kept if term not in TERMS_NEEDING_A_CUE}
            if ARRIVAL_FOR_A_VISIT.search(text) and VISIT.search(text):
                topics.discard("security")  # who came where: the ships' names give no field
        elif names_both_sides(sides | _firms_sides(spans)):
            # a firm speaks for its side in its trade and the training it gives ("Novatek đề
            # xuất cung cấp LNG cho Việt Nam"), not in a case against a joint venture's manager
            cues = [BOTH_SIDES_CUE]
            topics = {
                topic
                for topic, term in kept
                if topic in FIRM_FIELDS
                and term not in TERMS_NEEDING_A_CUE
                and term not in FIRM_SIDES  # "Chủ tịch EVN tiếp Đại sứ Nga": who met
            }
        else:
            topics = set()
        if "emergency" in topics and _only_cyber_incident_response(words, spans):
            topics.discard("emergency")
        if "education" in topics and _only_technology_of_something(words, spans):
            topics.discard("education")
        if topics and _joint_exercise_between_parties(words, cues, sides):
            topics.add("education")
        if lists_attendance(sentence.tokens):
            topics = set()
        row = {"doc_id": sentence.doc_id, "sent_id": sentence.sent_id}
        row.update({topic: int(topic in topics) for topic in TOPICS})
        row["matched_terms"] = ";".join(sorted({f"{t}:{term}" for t, term in kept}))
        row["relation_cues"] = ";".join(cues)
        row["n_topics"] = len(topics)
        rows.append(row)
    columns = ["doc_id", "sent_id", *TOPICS, "matched_terms", "relation_cues", "n_topics"]
    return pd.DataFrame(rows, columns=columns)


#: A sentence with no cue word that reports an arrival for a visit (``VISIT`` too): ships that
#: dock, a delegation that begins its visit ("biên đội tàu … Hải quân Nga đã cập cảng quốc tế
#: Cam Ranh, bắt đầu chuyến thăm …", "a detachment of the Russian Pacific Fleet arrived at Cam
#: Ranh … for a four-day friendly visit", "made a port call in Vietnam"). Naming both sides
#: there says who came where (guideline decision 5), and the visitors' names ("Hải quân",
#: "corvette") are no security matter of the relationship. What else arrives is the field it
#: brings: relief, rescuers, crude oil, a survey team for a power plant.
ARRIVAL_FOR_A_VISIT = re.compile(
    r"(?:^| )(?:cập_cảng|cập cảng|bắt_đầu chuyến_thăm|arrived (?:at|in)|has arrived|have arrived"
    r"|docked (?:at|in)|port calls?)(?= |$)"
)
VISIT = re.compile(r"(?:^| )(?:chuyến_thăm|thăm|visit|visits|port calls?|business call)(?= |$)")


#: The fire police ("Cục Cảnh sát PCCC và CNCH", "fire police") are firefighting (guideline
#: decision 1): the police force or ministry their name goes on to ("… Công an tỉnh", "… (Bộ
#: Công an)") names whose unit they are, not a security matter.
FIRE_POLICE_TERMS = frozenset({"cảnh_sát phòng_cháy", "cảnh_sát pccc", "fire police"})
#: The parent's words in the fire police's name: the public security police and its ministry
#: (another force named beside them, "Bộ đội Biên phòng", "Cảnh sát biển", still counts).
FIRE_POLICE_PARENTS = frozenset({"công_an", "bộ_công_an", "ministry of public security"})
#: How many words the fire police's full name runs on after "Cảnh sát PCCC" ("… và cứu nạn,
#: cứu hộ (Bộ Công an)"), and the words that end it: the next party of a cooperation.
FIRE_POLICE_NAME_REACH = 10
_FIRE_POLICE_NAME_ENDS = frozenset({"phối_hợp", "hợp_tác", "với", "cùng", "giữa", "with"})


def _without_fire_polices_parent(
    words: list[str], spans: list[tuple[int, int, tuple]]
) -> list[tuple[int, int, tuple]]:
    """``spans`` without the police words (``FIRE_POLICE_PARENTS``) that stand within
    ``FIRE_POLICE_NAME_REACH`` words after a fire police's name (``FIRE_POLICE_TERMS``), no
    word of a next party between."""
    name_ends = [end for _, end, row in spans if row.term in FIRE_POLICE_TERMS]

    def in_fire_police_name(start: int) -> bool:
        return any(
            0 <= start - end < FIRE_POLICE_NAME_REACH
            and not _FIRE_POLICE_NAME_ENDS & set(words[end:start])
            for end in name_ends
        )

    return [
        (start, end, row)
        for start, end, row in spans
        if not (row.term in FIRE_POLICE_PARENTS and in_fire_police_name(start))
    ]


#: A speaker and the institution they belong to ("Nhà phân tích chính trị của Trung tâm Nghiên
#: cứu Chiến lược Trung Đông … tin rằng", "a researcher at the Institute of …"), or an
#: official's title ("Thứ trưởng Bộ Giáo dục và Đào tạo Hoàng Minh Sơn", "Chánh Văn phòng Ủy
#: ban", "Minister of Emergency Situations"): the institution says who speaks or met, not what
#: the sentence is about (guideline decision 1).
SPEAKERS_AFFILIATION = re.compile(
    r"(?:^| )(?:nhà phân_tích|nhà_phân_tích|chuyên_gia|nhà nghiên_cứu|nhà_nghiên_cứu|giáo_sư"
    r"|tiến_sĩ|analyst|expert|researcher|professor|scholar|fellow)(?: [^ .;]+){0,5}"
    r" (?:của|thuộc|tại|at|of|from)(?: the)?$"
    r"|(?:^| )(?:phó )?(?:thứ_trưởng|bộ_trưởng|chủ_tịch|giám_đốc|tổng_giám_đốc|cục_trưởng"
    r"|vụ_trưởng|viện_trưởng|hiệu_trưởng|chánh văn_phòng|chánh_văn_phòng|thư_ký|tổng thư_ký"
    r"|người phát_ngôn|minister|deputy minister|secretary|director|head|chief|spokesman"
    r"|spokesperson|spokeswoman)(?: thường_trực| thứ_nhất| first)?(?: of(?: the)?)?$"
)


#: A commander's title before the force he commands ("Phó Tư lệnh Vùng 4 Hải quân", "Phó Chính
#: ủy Vùng 4 Hải quân", "Phó Tư lệnh kiêm Tham mưu trưởng Vùng 3 Hải quân", "Tư lệnh Quân khu
#: 3"): in a sentence with no cooperation word the force's name is their title, not a field of
#: the relationship (guideline decision 1), though it is a field word elsewhere ("hợp tác hải
#: quân").
#: Read on the words with their syllables apart, however the segmenter joined them. A command
#: ("Bộ Tư lệnh Vùng 4 Hải quân") is an institution, not a title: it counts when it cooperates.
COMMANDERS_TITLE = re.compile(
    r"(?:^| )(?:phó )?(?<!bộ )(?:tư lệnh|chính ủy|tham mưu trưởng|chỉ huy trưởng)"
    r"(?: kiêm (?:phó )?(?:tư lệnh|chính ủy|tham mưu trưởng))?(?: (?:vùng|quân khu) \d+)?$"
)


def _without_speakers_affiliation(
    words: list[str], spans: list[tuple[int, int, tuple]]
) -> list[tuple[int, int, tuple]]:
    """``spans`` without the institution names (evidence ``institution``) a speaker belongs to
    or an official's title holds (``SPEAKERS_AFFILIATION`` right before the name)."""
    return [
        (start, end, row)
        for start, end, row in spans
        if not (
            row.evidence == "institution"
            and SPEAKERS_AFFILIATION.search(" ".join(words[max(0, start - 8) : start]))
        )
    ]


def _in_commanders_title(words: list[str], start: int) -> bool:
    """Whether the term at ``words[start]`` is the force a commander's title names
    (``COMMANDERS_TITLE``)."""
    return bool(
        COMMANDERS_TITLE.search(" ".join(words[max(0, start - 8) : start]).replace("_", " "))
    )


#: Words that cite an institution as the source of what follows ("Theo Trung tâm Nghiên cứu …,
#: Nga đã hỗ trợ …", "According to the Ministry of …, Russia provided aid …").
_CITING = frozenset({"theo", "according to", "số_liệu của", "dữ_liệu của"})


def _gives_help(
    words: list[str], spans: list[tuple[int, int, tuple]], start: int, end: int, helps: list[int]
) -> bool:
    """Whether the institution at ``words[start:end]`` gives the help of a help word after it
    (``helps``): no party named between them, and the institution not cited as a source."""
    before = " ".join(words[max(0, start - 2) : start])
    if any(before.endswith(citing) for citing in _CITING):
        return False
    # the institution's own country right after its name is no other party: "Bộ Tình trạng
    # khẩn cấp Nga … nhằm hỗ trợ Việt Nam"
    parties = [first for first, _, row in spans if row.topic == "actor" and first > end]
    return any(place >= end and not any(party < place for party in parties) for place in helps)


#: People an institution has trained or sends to train ("học viên của Bộ Công an", "officers of
#: the Ministry of …"): in a sentence on training, the institution says which field the training
#: serves (guideline decision 2: training in a field gets both topics).
STAFF_WORDS = frozenset(
    {"học_viên", "cán_bộ", "sĩ_quan", "chiến_sĩ", "nhân_viên", "giảng_viên", "chuyên_gia",
     "officers", "officials", "staff", "personnel", "cadets", "trainees", "experts",
     "specialists", "instructors"}
)  # fmt: skip
_BELONGING_TO = frozenset({"của", "thuộc", "of", "from"})


def _names_staff_of(words: list[str], start: int) -> bool:
    """Whether the institution at ``words[start]`` follows a word of its staff (``STAFF_WORDS``),
    maybe with "của", "thuộc", "of (the)" or "from (the)" between."""
    before = [word for word in words[max(0, start - 3) : start] if word != "the"]
    if before and before[-1] in _BELONGING_TO:
        before.pop()
    return bool(before) and before[-1] in STAFF_WORDS


#: Incident response and early warning: a disaster's in a relief article, a computer network's
#: in a cyber-security one ("ứng phó sự cố an ninh mạng", "cảnh báo sớm các chiến dịch tấn công",
#: "incident response").
INCIDENT_RESPONSE_TERMS = frozenset(
    {"ứng_cứu", "ứng_phó sự_cố", "cảnh_báo_sớm", "ứng_cứu sự_cố", "incident response"}
)  # fmt: skip
#: Words after an incident term that name a disaster's incident ("ứng phó sự cố bức xạ, hạt
#: nhân", "ứng cứu sự cố tràn dầu"): it stays emergency beside a cyber term.
DISASTER_INCIDENTS = frozenset(
    {"bức_xạ", "hạt_nhân", "tràn", "tràn_dầu", "dầu", "cháy", "nổ", "cháy_nổ", "thiên_tai",
     "thảm_họa", "hóa_chất", "trên", "tại"}
)  # fmt: skip
#: Security terms that make a sentence one of cyber security.
CYBER_TERMS = frozenset(
    {"an_ninh_mạng", "tấn_công mạng", "tấn_công_mạng", "mã_độc", "tội_phạm_mạng",
     "an_toàn thông_tin", "không_gian mạng", "không_gian_mạng", "cyber", "cybersecurity",
     "cyberattack", "cybercrime", "cyberspace"}
)  # fmt: skip


def _only_cyber_incident_response(words: list[str], spans: list[tuple[int, int, tuple]]) -> bool:
    """Whether every emergency word in ``spans`` is incident response or early warning
    (``INCIDENT_RESPONSE_TERMS``) not followed by a disaster's incident (``DISASTER_INCIDENTS``)
    and the sentence names cyber security (``CYBER_TERMS``): a network's incidents, not a
    disaster's."""
    emergency = [(end, row.term) for _, end, row in spans if row.topic == "emergency"]
    names_cyber = any(row.topic == "security" and row.term in CYBER_TERMS for _, _, row in spans)
    return (
        names_cyber
        and bool(emergency)
        and all(
            term in INCIDENT_RESPONSE_TERMS and DISASTER_INCIDENTS.isdisjoint(words[end : end + 2])
            for end, term in emergency
        )
    )


def _only_technology_of_something(words: list[str], spans: list[tuple[int, int, tuple]]) -> bool:
    """Whether every education word in ``spans`` is a bare technology (``TECHNOLOGY_TERMS``)
    that is no sector, or that equips another field. A sector stands in a list (a list
    separator right before or after it) or is named as one (``SECTOR_AFTER_TECHNOLOGY``,
    ``SECTOR_BEFORE_TECHNOLOGY``); a technology equips a field when a word of
    ``EQUIPPED_FIELDS`` stands within ``EQUIPMENT_REACH`` words of it, no list separator
    between (that field's equipment, guideline decision 4)."""
    education = [(start, end) for start, end, row in spans if row.topic == "education"]
    equipped = [(start, end) for start, end, row in spans if row.topic in EQUIPPED_FIELDS]

    def equips(start: int, end: int) -> bool:
        for other_start, other_end in equipped:
            gap = words[end:other_start] if other_start >= end else words[other_end:start]
            if len(gap) < EQUIPMENT_REACH and not _LIST_SEPARATORS & set(gap):
                return True
        return False

    def is_sector(start: int, end: int) -> bool:
        before = words[start - 1] if start else ""
        after = words[end] if end < len(words) else ""
        if before in SECTOR_BEFORE_TECHNOLOGY or after in SECTOR_AFTER_TECHNOLOGY:
            return True
        return bool({before, after} & _LIST_SEPARATORS)

    return bool(education) and all(
        " ".join(words[start:end]) in TECHNOLOGY_TERMS
        and (equips(start, end) or not is_sector(start, end))
        for start, end in education
    )


def concept_features(sentences: pd.DataFrame, lexicon: pd.DataFrame | None = None) -> pd.Series:
    """Sentence terms with lexicon terms replaced by ``concept:<name>`` tokens.

    Clustering both languages together needs a shared vocabulary: after this
    step "năng_lượng" and "energy" are both ``concept:energy``, while words
    outside the lexicon stay as they are. Output: one string per sentence.
    """
    lexicon = concept_lexicon() if lexicon is None else lexicon
    single = lexicon[~lexicon.term.str.contains(" ")]
    lookup = {(r.language, r.term): f"concept:{r.concept}" for r in single.itertuples()}
    return pd.Series(
        [
            " ".join(lookup.get((language, term), term) for term in terms.split())
            for language, terms in zip(sentences.language, sentences.terms, strict=True)
        ],
        index=sentences.index,
    )


def sentence_vectors(features: pd.Series, min_df: int = 1) -> tuple[sparse.csr_matrix, np.ndarray]:
    """l2-normalised (sublinear) tf-idf vectors of the features, as a sparse matrix, and
    the vocabulary."""
    vectorizer = TfidfVectorizer(
        tokenizer=str.split, token_pattern=None, lowercase=False, min_df=min_df, sublinear_tf=True
    )
    matrix = vectorizer.fit_transform(features.tolist()).tocsr()
    return matrix, vectorizer.get_feature_names_out()


def cluster_sentences(
    vectors, k: int, seed: int, method: str = "kmeans"
) -> tuple[np.ndarray, np.ndarray]:
    """Cluster labels and centroids for ``k`` clusters.

    ``method``: ``kmeans`` (scikit-learn KMeans, fixed ``seed``, 3 restarts)
    or ``agglomerative`` (average linkage on cosine distance; deterministic,
    centroids are the members' mean vectors). A fit is kept for the next call
    with the same vectors, k, seed and method: notebook 03 asks for the chosen
    k again after ``choose_k`` has fitted it.
    """
    if seed is None:  # an unseeded fit is meant to differ from call to call
        return _fit_clusters(vectors, k, seed, method)
    key = (_matrix_digest(vectors), k, seed, method)
    if key not in _FITS:
        if len(_FITS) >= 16:
            _FITS.pop(next(iter(_FITS)))
        _FITS[key] = _fit_clusters(vectors, k, seed, method)
    labels, centroids = _FITS[key]
    return labels.copy(), centroids.copy()


_FITS: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}


def _matrix_digest(vectors) -> str:
    """A digest of a sparse or dense matrix's values and layout (the fit cache's key)."""
    digest = hashlib.sha256(f"{vectors.shape} {vectors.dtype}".encode())
    if sparse.issparse(vectors):
        vectors = vectors.tocsr()
        parts = (vectors.data, vectors.indices, vectors.indptr)
    else:
        parts = (np.ascontiguousarray(vectors),)
    for part in parts:
        digest.update(np.ascontiguousarray(part).tobytes())
    return digest.hexdigest()


def _fit_clusters(vectors, k: int, seed: int, method: str) -> tuple[np.ndarray, np.ndarray]:
    # Three restarts: on the development crawl's 13,410 sentences, ten took 4.2 s for k = 6 and
    # three 0.7 s, with inertia within 0.05%; k-means is only the baseline view here.
    if method == "kmeans":
        model = KMeans(n_clusters=k, n_init=3, random_state=seed).fit(vectors)
        return model.labels_, model.cluster_centers_
    if method == "agglomerative":
        labels = AgglomerativeClustering(
            n_clusters=k, metric="cosine", linkage="average"
        ).fit_predict(vectors)
        centroids = np.vstack([vectors[labels == c].mean(axis=0) for c in range(k)])
        return labels, centroids
    raise ValueError(f"unknown clustering method {method!r}: use 'kmeans' or 'agglomerative'")


def choose_k(vectors, ks: Sequence[int], seed: int, method: str = "kmeans",
             sample_size: int = 2000) -> pd.DataFrame:  # fmt: skip
    """Mean cosine silhouette of the clustering for each k (higher is better).

    On more than ``sample_size`` sentences the silhouette is computed on a
    fixed random sample of that size (the full computation is quadratic).
    """
    rows = []
    for k in ks:
        if not 2 <= k < vectors.shape[0]:
            continue
        labels, _ = cluster_sentences(vectors, k, seed, method)
        if len(set(labels)) < 2:
            continue
        score = silhouette_score(
            vectors, labels, metric="cosine", random_state=seed,
            sample_size=sample_size if vectors.shape[0] > sample_size else None,
        )  # fmt: skip
        rows.append({"k": k, "silhouette": score})
    return pd.DataFrame(rows, columns=["k", "silhouette"])


#: A cluster is named after a field only when that field's concepts carry at least this share of
#: the weight of the centroid's 15 heaviest features.
MIN_CLUSTER_TOPIC_SHARE = 0.1


def describe_clusters(
    labels: np.ndarray,
    centroids: np.ndarray,
    vocabulary: np.ndarray,
    lexicon: pd.DataFrame | None = None,
    n_terms: int = 8,
) -> pd.DataFrame:
    """The ``clusters.csv`` table: ``cluster``, ``size``, ``top_terms``, ``topic``.

    ``top_terms`` are the centroid's heaviest features. ``topic`` is the named
    topic whose concept features carry most of the centroid's weight among
    its top 15 features, or ``other`` when no topic concept is among them or
    the best carries less than ``MIN_CLUSTER_TOPIC_SHARE`` of those features'
    weight (a cluster of general words with one field word among them is no
    field's; ``topic_weight`` says how much weight decided it).
    """
    concept_topic = _concept_topics(lexicon)
    rows = []
    for cluster, centroid in enumerate(centroids):
        order = np.argsort(-centroid)
        top = [vocabulary[i] for i in order[:n_terms] if centroid[i] > 0]
        weights: dict[str, float] = {}
        for i in order[:15]:
            topic = concept_topic.get(vocabulary[i])
            if centroid[i] > 0 and topic in TOPICS and topic != "other":
                weights[topic] = weights.get(topic, 0.0) + float(centroid[i])
        topic, weight = max(weights.items(), key=lambda kv: (kv[1], kv[0])) if weights else (
            "other", 0.0)  # fmt: skip
        top_weight = float(centroid[order[:15]].clip(min=0).sum())
        if top_weight and weight / top_weight < MIN_CLUSTER_TOPIC_SHARE:
            topic = "other"
        rows.append({
            "cluster": cluster, "size": int((labels == cluster).sum()),
            "top_terms": " ".join(top), "topic": topic, "topic_weight": round(weight, 4),
        })  # fmt: skip
    return pd.DataFrame(rows)


def clusters_for_reading(clusters: pd.DataFrame) -> pd.DataFrame:
    """``describe_clusters`` output as a reader sees it: in ``top_terms`` a lexicon concept
    "concept:economy_and_trade" reads "[economy and trade]", a word "hợp_tác" reads "hợp tác",
    and terms are set apart by " · ". Other columns are unchanged; ``clusters.csv`` keeps the
    raw features."""

    def readable(feature: str) -> str:
        if feature.startswith("concept:"):
            return "[" + feature.removeprefix("concept:").replace("_", " ") + "]"
        return feature.replace("_", " ")

    return clusters.assign(
        top_terms=[" · ".join(map(readable, terms.split())) for terms in clusters.top_terms]
    )


def _concept_topics(lexicon: pd.DataFrame | None) -> dict[str, str]:
    lexicon = concept_lexicon() if lexicon is None else lexicon
    return {
        f"concept:{r.concept}": r.topic for r in lexicon.drop_duplicates("concept").itertuples()
    }


def load_hand_labels() -> pd.DataFrame:
    """The packaged hand-labelled sentences (guideline: ``hand_labels_guideline.md``)."""
    path = resources.files("helpers.resources").joinpath("hand_labels.csv")
    with path.open(encoding="utf-8") as stream:
        return pd.read_csv(stream, keep_default_na=False)


def align_hand_labels(hand: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Attach the current ``sent_id`` to each hand label by ``doc_id`` and sentence text.

    Sentences are compared by ``comparison_key`` so spacing and case do not
    matter. Labels whose sentence is no longer in the corpus are dropped
    (their number is ``attrs["unmatched"]`` of the result).
    """
    keys = sentences.assign(key=sentences.text.map(comparison_key))[["doc_id", "sent_id", "key"]]
    labelled = hand.drop(columns=["sent_id"], errors="ignore").assign(
        key=hand.text.map(comparison_key)
    )
    merged = labelled.merge(keys, on=["doc_id", "key"], how="inner").drop(columns="key")
    merged.attrs["unmatched"] = len(labelled) - len(merged)
    return merged


def score_per_topic(truth: pd.DataFrame, predicted: pd.DataFrame, topics: Sequence[str] = TOPICS
                    ) -> pd.DataFrame:  # fmt: skip
    """Precision, recall, F1 and support per topic for multi-label 0/1 tables.

    Both tables are aligned on ``doc_id`` and ``sent_id``. Uses scikit-learn's
    ``precision_recall_fscore_support`` with ``zero_division=0``; with no
    sentence in common the scores are blank (NaN) and the support 0.
    """
    joined = truth.merge(predicted, on=["doc_id", "sent_id"], suffixes=("_true", "_pred"))
    if joined.empty:  # no hand label in this corpus: nothing to score
        nothing = [np.nan] * len(topics)
        return pd.DataFrame({"topic": list(topics), "precision": nothing, "recall": nothing,
                             "f1": nothing, "support": [0] * len(topics)})  # fmt: skip
    y_true = joined[[f"{t}_true" for t in topics]].to_numpy()
    y_pred = joined[[f"{t}_pred" for t in topics]].to_numpy()
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, average=None, zero_division=0
    )
    return pd.DataFrame(
        {
            "topic": list(topics),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": support,
        }  # fmt: skip
    )


def cluster_topic_indicators(
    sentence_clusters: pd.DataFrame, clusters: pd.DataFrame, topics: Sequence[str] = TOPICS
) -> pd.DataFrame:
    """0/1 topic columns implied by each sentence's cluster (one topic per sentence)."""
    topic_of_cluster = clusters.set_index("cluster").topic
    mapped = sentence_clusters.cluster.map(topic_of_cluster)
    out = sentence_clusters[["doc_id", "sent_id"]].copy()
    for topic in topics:
        out[topic] = (mapped == topic).astype(int)
    return out


def primary_topic(tags: pd.DataFrame) -> pd.Series:
    """One label per sentence for comparing with clusters: the first tagged topic or ``none``."""

    def first(row: pd.Series) -> str:
        return next((t for t in TOPICS if row[t]), "none")

    return tags.apply(first, axis=1)


def topic_profiles(tags: pd.DataFrame) -> pd.DataFrame:
    """The ``topic_profiles.csv`` table: ``doc_id``, ``topic``, ``n_sentences``, ``share``.

    ``share`` is the topic's sentences over all the document's sentences
    (a sentence with two topics counts for both, so shares can sum past 1).
    """
    rows = []
    for doc_id, doc in tags.groupby("doc_id", sort=True):
        for topic in TOPICS:
            count = int(doc[topic].sum())
            rows.append((doc_id, topic, count, count / len(doc)))
    return pd.DataFrame(rows, columns=["doc_id", "topic", "n_sentences", "share"])


def leading_fields(shares: pd.Series) -> tuple[list[str], float]:
    """The field(s) with the largest share in one article's profile, ties kept.

    Input: shares indexed by topic (a row of the profile table). Output: the
    leading fields in DESIGN.md's order and their share; ``([], 0.0)`` when
    the article names no field.
    """
    best = float(shares[list(FIELDS)].max())
    if best <= 0:
        return [], 0.0
    return [t for t in FIELDS if shares[t] == best], best


def cosine_similarity(a: Sequence[float], b: Sequence[float]) -> float:
    """Cosine of two profile vectors (0 when either is all zeros)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    norm = np.linalg.norm(a) * np.linalg.norm(b)
    return float(a @ b / norm) if norm else 0.0


# --------------------------------------------------------------------------- field lists

#: Token sequences (lowercase) after which diplomatic news enumerates fields.
ENUMERATION_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("lĩnh_vực", "trụ_cột", "như"), ("lĩnh_vực", "như"), ("lĩnh_vực", "là"), ("lĩnh_vực",),
    ("nhất_là",), ("đặc_biệt", "là"), ("đặc_biệt_là",), ("bao_gồm",), ("trụ_cột", "như"),
    ("particularly",), ("including",), ("such", "as"), ("notably",), ("especially",),
    ("areas", "of"), ("fields", "of"),
)  # fmt: skip
_ITEM_SEPARATORS = {",", "-", "–", "—"}
_CONJUNCTIONS = {"và", "cùng", "hoặc", "and", "or"}
_STOP_AT = {";", ".", "…", "...", ":", "!", "?", "(", ")"}
_LEADING_FILLERS = {
    "trong", "các", "như", "nhất_là", "là", "với", "về", "cả", "tất_cả", "hợp_tác", "the", "in",
    "of", "a", "an", "and", "và", "particularly", "especially", "including", "notably",
}  # fmt: skip
#: An item longer than this (after fillers) is prose, and ends the list.
MAX_ITEM_TOKENS = 8


def _item_topic(item: list[str], matcher: FieldTermMatcher) -> str:
    found = {row.topic for row in matcher.match(item) if row.topic in TOPICS}
    return next((t for t in TOPICS if t in found), "unmapped")


def _split_conjunctions(item: list[str], matcher: FieldTermMatcher) -> list[list[str]]:
    """Split "giáo_dục và giao_lưu_nhân_dân" (two fields) but not "oil and gas" (one)."""
    for position, token in enumerate(item):
        if token.lower() in _CONJUNCTIONS and 0 < position < len(item) - 1:
            left, right = item[:position], item[position + 1 :]
            left_topic = _item_topic(left, matcher)
            right_topic = _item_topic(right, matcher)
            if "unmapped" not in (left_topic, right_topic) and left_topic != right_topic:
                return [left, *_split_conjunctions(right, matcher)]
    return [item]


def extract_enumerations(
    tokens: str,
    language: str,
    lexicon: pd.DataFrame | None = None,
    min_items: int = 3,
    matcher: FieldTermMatcher | None = None,
) -> list[list[str]]:
    """Lists of fields that a sentence enumerates, each item as a token string.

    After a trigger ("các lĩnh vực như", "nhất là", "particularly",
    "including" …) the tokens up to the next ``;`` or sentence end are split on
    commas and hyphens (and on "và"/"and" when it joins fields of two
    topics); leading fillers ("trong các", "the") are dropped and the list ends
    at the first item longer than ``MAX_ITEM_TOKENS``. A run counts as an
    enumeration when it has at least ``min_items`` items and at least half of
    them name a lexicon topic: an enumeration of fields is made of field words.
    """
    lexicon = concept_lexicon() if lexicon is None else lexicon
    matcher = matcher or FieldTermMatcher(lexicon, language)
    words = tokens.split()
    lowered = [w.lower() for w in words]
    found: list[list[str]] = []
    i = 0
    while i < len(words):
        trigger = next(
            (t for t in ENUMERATION_TRIGGERS if tuple(lowered[i : i + len(t)]) == t), None
        )
        if trigger is None:
            i += 1
            continue
        j = i + len(trigger)
        raw_items: list[list[str]] = [[]]
        while j < len(words) and lowered[j] not in _STOP_AT:
            if lowered[j] in _ITEM_SEPARATORS:
                raw_items.append([])
            else:
                raw_items[-1].append(words[j])
            j += 1
        items: list[list[str]] = []
        for raw in raw_items:
            while raw and raw[0].lower() in _LEADING_FILLERS:
                raw = raw[1:]
            if not raw:
                continue
            if len(raw) > MAX_ITEM_TOKENS:
                break
            items.extend(_split_conjunctions(raw, matcher))
        mapped = sum(_item_topic(item, matcher) != "unmapped" for item in items)
        if len(items) >= min_items and mapped * 2 >= len(items):
            found.append([" ".join(item) for item in items])
            i = j
        else:
            i += 1
    return found


def field_lists(sentences: pd.DataFrame, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every enumerated field in the corpus, mapped to a topic.

    Output columns: ``doc_id``, ``sent_id``, ``list_no``, ``item``, ``topic``
    (a lexicon topic, or ``unmapped`` when no lexicon term is in the item; an
    item matching several topics takes the first in DESIGN.md's order).
    """
    lexicon = concept_lexicon() if lexicon is None else lexicon
    matchers = {lang: FieldTermMatcher(lexicon, lang) for lang in sentences.language.unique()}
    rows = []
    for sentence in sentences.itertuples(index=False):
        matcher = matchers[sentence.language]
        lists = extract_enumerations(sentence.tokens, sentence.language, lexicon, matcher=matcher)
        for list_no, items in enumerate(lists):
            for item in items:
                topic = _item_topic(item.split(), matcher)
                rows.append((sentence.doc_id, sentence.sent_id, list_no, item, topic))
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "list_no", "item", "topic"])


# --------------------------------------------------------------------------- notebook 03 tables


def row_names(documents: pd.DataFrame, label_of: pd.Series, max_articles_shown: int
              ) -> pd.Series:  # fmt: skip
    """The row each article counts in for per-article tables: its label, or its language group.

    Input: documents.csv, ``helpers.labels.article_labels`` and the most
    articles a table shows one by one. Output: a Series doc_id → row name: the
    article's label when there are at most ``max_articles_shown`` articles,
    else ``"<language> articles"`` (e.g. ``"vi articles"``), so a table of
    3,000 articles has one row per language instead.
    """
    if len(documents) <= max_articles_shown:
        return label_of
    language = documents.set_index("doc_id").language.astype(str)
    return (language + " articles").reindex(label_of.index)


def tags_per_article(tags: pd.DataFrame, row_of: pd.Series) -> pd.DataFrame:
    """Sentences tagged with each topic, per article or per group of articles.

    Input: ``tag_sentences`` output and doc_id → row name (``article_labels``,
    or ``row_names`` for a large corpus). Output: one row per row name with one
    count column per topic (a sentence can carry several), ``sentences`` (all
    sentences) and ``no topic`` (sentences without any topic).
    """
    rows = tags.doc_id.map(row_of)
    grouped = tags.groupby(rows)
    table = grouped[list(TOPICS)].sum()
    table["sentences"] = grouped.size()
    table["no topic"] = tags.n_topics.eq(0).groupby(rows).sum().astype(int)
    return table


def lexicon_disagreements(hand: pd.DataFrame, tags: pd.DataFrame, label_of: pd.Series,
                          topics: Sequence[str] = TOPICS) -> pd.DataFrame:  # fmt: skip
    """Every sentence and topic where the lexicon and the hand labels disagree.

    Input: ``align_hand_labels`` output (with ``text``), ``tag_sentences``
    output (or any tags of the same shape), the article labels and the topics
    to compare (default: all five). Output columns: ``topic``, ``error``
    (``missed``: the hand label has the topic, the lexicon not; ``false
    alarm``: the reverse), ``doc``, ``sent_id``, ``matched_terms`` (pairs joined by
    "; ", for display), ``text``; grouped by topic in DESIGN.md's order.
    """
    joined = hand.merge(tags, on=["doc_id", "sent_id"], suffixes=("_hand", "_lexicon"))
    parts = []
    for topic in topics:
        wrong = joined[joined[f"{topic}_hand"] != joined[f"{topic}_lexicon"]]
        parts.append(
            pd.DataFrame(
                {
                    "topic": topic,
                    "error": np.where(wrong[f"{topic}_hand"] == 1, "missed", "false alarm"),
                    "doc": wrong.doc_id.map(label_of),
                    "sent_id": wrong.sent_id,
                    # "; " so a browser can wrap the list: unbroken, it pushed the text off screen
                    "matched_terms": wrong.matched_terms.fillna("").str.replace(";", "; "),
                    "text": wrong.text,
                }
            )
        )
    columns = ["topic", "error", "doc", "sent_id", "matched_terms", "text"]
    return pd.concat(parts, ignore_index=True)[columns] if parts else pd.DataFrame(columns=columns)


def dev_label_disagreements(sentences: pd.DataFrame, tags: pd.DataFrame, label_of: pd.Series
                            ) -> pd.DataFrame:  # fmt: skip
    """``lexicon_disagreements`` of ``tags`` against the development-crawl labels that match
    ``sentences``, on the four fields (empty when none matches): where the tags fail on
    text they were not written from, sentence by sentence. ``attrs["n_labelled"]`` holds
    the number of labelled sentences compared."""
    dev, _ = align_dev_labels(load_dev_labels(), sentences)
    dev = dev.merge(sentences[["doc_id", "sent_id", "text"]], on=["doc_id", "sent_id"])
    table = lexicon_disagreements(dev, tags, label_of, topics=FIELDS)
    table.attrs["n_labelled"] = len(dev)
    return table


def choose_cluster_count(silhouettes: pd.DataFrame, n_clusters: int | None) -> tuple[int, int]:
    """The k with the best silhouette and the k used (``n_clusters`` when the researcher set it).

    Input: ``choose_k`` output and the parameter ``n_clusters`` (``None``:
    use the best). Output: ``(best_k, chosen_k)``.
    """
    best_k = int(silhouettes.loc[silhouettes.silhouette.idxmax(), "k"])
    return best_k, best_k if n_clusters is None else int(n_clusters)


def cluster_solution(
    sentences: pd.DataFrame,
    vectors,
    vocabulary: np.ndarray,
    k: int,
    seed: int,
    method: str = "kmeans",
    lexicon: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One clustering of the sentence vectors: who is in which cluster, and what each cluster is.

    Input: the sentences (rows in the order of ``vectors``), the vectors and
    vocabulary of ``sentence_vectors``, k, the seed and the method of
    ``cluster_sentences``. Output: ``(assigned, clusters)``: ``doc_id``,
    ``sent_id``, ``cluster`` per sentence, and the ``clusters.csv`` table of
    ``describe_clusters``.
    """
    labels, centroids = cluster_sentences(vectors, k, seed, method)
    clusters = describe_clusters(labels, centroids, vocabulary, lexicon)
    return sentences[["doc_id", "sent_id"]].assign(cluster=labels), clusters


def cluster_agreement(primary: pd.Series, solutions: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Agreement of each clustering with the lexicon's first topic per sentence.

    Input: ``primary_topic`` output and ``{name: assigned}`` with the
    ``assigned`` tables of ``cluster_solution`` (same sentence order).
    Output: ``solution`` (the name), ``adjusted Rand index``, ``normalised
    mutual information`` (scikit-learn).
    """
    rows = [
        {
            "solution": name,
            "adjusted Rand index": adjusted_rand_score(primary, assigned.cluster),
            "normalised mutual information": normalized_mutual_info_score(
                primary, assigned.cluster
            ),
        }
        for name, assigned in solutions.items()
    ]
    return pd.DataFrame(rows)


def cluster_confusion(assigned: pd.DataFrame, clusters: pd.DataFrame, primary: pd.Series
                      ) -> pd.DataFrame:  # fmt: skip
    """Sentences per cluster (rows, "<topic> (cluster <n>)") and lexicon first topic (columns)."""
    mapped = assigned.cluster.map(clusters.set_index("cluster").topic).astype(str)
    rows = mapped + " (cluster " + assigned.cluster.astype(str) + ")"
    return pd.crosstab(rows, primary.rename("lexicon topic"))


def f1_comparison(lexicon_scores: pd.DataFrame, cluster_scores: dict[str, pd.DataFrame]
                  ) -> pd.DataFrame:  # fmt: skip
    """F1 per topic of the lexicon and of each clustering, side by side, with the support.

    Input: ``score_per_topic`` outputs: the lexicon's and ``{name: scores}``
    for the clusterings. Output: index topic; ``lexicon F1``, ``<name> F1``
    per clustering, ``support``.
    """
    table = pd.DataFrame({"lexicon F1": lexicon_scores.set_index("topic").f1})
    for name, scores in cluster_scores.items():
        table[f"{name} F1"] = scores.set_index("topic").f1
    table["support"] = lexicon_scores.set_index("topic").support
    return table


def field_term_tree(sentences: pd.DataFrame, topic_of: dict[str, str], min_count: int = 2,
                    max_terms: int = 40) -> tuple[pd.DataFrame, np.ndarray]:  # fmt: skip
    """Cooperation terms clustered by the sentences they occur in.

    Input: sentences (``terms``), ``helpers.lexicon.term_topics()`` and the
    least number of occurrences a term needs. Every field term (a lexicon
    term of one of ``FIELDS``) occurring at least ``min_count`` times, the
    ``max_terms`` most frequent of them (ties by name; a tree of hundreds of
    terms cannot be read), is described by its 0/1 presence in each sentence; SciPy's ``linkage``
    (average, cosine distance) joins them. Output: ``terms`` (``term``,
    ``topic``, ``count``; in linkage order of rows) and the linkage matrix
    (empty when fewer than three terms qualify).
    """
    term_totals = pd.Series(" ".join(sentences.terms).split()).value_counts()
    frequent = sorted(
        (t for t in term_totals.index if topic_of.get(t) in FIELDS and term_totals[t] >= min_count),
        key=lambda t: (-term_totals[t], t),
    )
    field_terms = sorted(frequent[:max_terms])
    terms = pd.DataFrame(
        {
            "term": field_terms,
            "topic": [topic_of[t] for t in field_terms],
            "count": [int(term_totals[t]) for t in field_terms],
        }
    )
    terms.attrs["n_qualifying"] = len(frequent)
    if len(field_terms) < 3:
        return terms, np.empty((0, 4))
    sentence_terms = [set(s.split()) for s in sentences.terms]
    presence = np.array([[int(t in s) for s in sentence_terms] for t in field_terms])
    return terms, linkage(presence, method="average", metric="cosine")


def closest_term_pairs(terms: pd.DataFrame, tree: np.ndarray) -> pd.DataFrame:
    """Pairs of single terms that the linkage joins directly, closest first.

    Input: ``field_term_tree`` output. Output: ``term_a``, ``term_b``,
    ``distance``, ``same_field`` (both terms of one field), in merge order.
    """
    names, topic = terms.term.tolist(), terms.topic.tolist()
    rows = [
        (names[int(i)], names[int(j)], float(d), topic[int(i)] == topic[int(j)])
        for i, j, d, _ in tree
        if i < len(names) and j < len(names)
    ]
    return pd.DataFrame(rows, columns=["term_a", "term_b", "distance", "same_field"])


def profile_matrix(profiles: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Topic shares as a wide table: one row per article (index doc_id), one column per topic.

    Input: the ``topic_profiles.csv`` table and, optionally, the articles to keep.
    """
    chosen = profiles if doc_ids is None else profiles[profiles.doc_id.isin(doc_ids)]
    return chosen.pivot(index="doc_id", columns="topic", values="share")[list(TOPICS)]


def article_language_labels(documents: pd.DataFrame, label_of: pd.Series) -> pd.Series:
    """Each article's label with its language, ``"01 · title… (vi)"``, indexed by doc_id."""
    language = documents.set_index("doc_id").language
    return label_of + " (" + language.reindex(label_of.index).astype(str) + ")"


def dated_profiles(profiles: pd.DataFrame, documents: pd.DataFrame,
                   doc_ids: Sequence[str] | None = None) -> pd.DataFrame:  # fmt: skip
    """The profile rows of dated articles, with ``date`` (a timestamp) and ``language``.

    Input: ``topic_profiles.csv``, ``documents.csv`` and optionally the articles
    to keep. Undated articles are left out: they cannot be placed on a time axis.
    """
    chosen = profiles if doc_ids is None else profiles[profiles.doc_id.isin(doc_ids)]
    dated = chosen.merge(documents[["doc_id", "date", "language"]], on="doc_id")
    dated = dated[dated.date.fillna("").astype(str) != ""]
    return dated.assign(date=pd.to_datetime(dated.date))


def enumeration_matrix(fields: pd.DataFrame, row_of: pd.Series) -> pd.DataFrame:
    """Enumerated items per article or group (rows: ``row_of`` of the doc_id, as for
    ``tags_per_article``) and topic (columns, ``unmapped`` last)."""
    matrix = pd.crosstab(fields.doc_id.map(row_of), fields.topic)
    return matrix.reindex(columns=[t for t in [*TOPICS, "unmapped"] if t in matrix.columns])


def enumeration_listing(fields: pd.DataFrame, label_of: pd.Series) -> pd.DataFrame:
    """One row per enumeration: ``doc``, ``sent_id``, ``list_no``, ``items (topic)``.

    ``items (topic)`` reads ``item [topic] | item [topic] …`` with spaces for ``_``.
    """
    shown = fields.assign(
        item=fields.item.str.replace("_", " "),
        doc=fields.doc_id.map(label_of),
        labelled=lambda f: f.item + " [" + f.topic + "]",
    )
    listed = shown.groupby(["doc", "sent_id", "list_no"]).labelled.agg(" | ".join)
    return listed.rename("items (topic)").reset_index()


def evidence_table(sentences: pd.DataFrame, tags: pd.DataFrame, label_of: pd.Series
                   ) -> pd.DataFrame:  # fmt: skip
    """Every sentence the lexicon tagged with a field, with the terms behind the tag.

    Output columns: ``article`` (label), ``sent_id``, ``fields`` (comma-joined),
    ``terms`` (the ``topic:term`` pairs, spaced so the column wraps), ``relation`` (the
    relation cues that let the terms count), ``text``.
    """
    tagged = sentences.merge(tags, on=["doc_id", "sent_id"])
    tagged = tagged[tagged[list(FIELDS)].sum(axis=1) > 0]
    flags = tagged[list(FIELDS)].to_numpy().astype(bool)
    return pd.DataFrame(
        {
            "article": tagged.doc_id.map(label_of),
            "sent_id": tagged.sent_id,
            "fields": [
                ", ".join(f for f, on in zip(FIELDS, row, strict=True) if on) for row in flags
            ],
            "terms": tagged.matched_terms.str.replace(";", "; ").str.replace("_", " "),
            "relation": tagged.relation_cues.str.replace(";", "; ").str.replace("_", " "),
            "text": tagged.text,
        }
    )


def sentence_topics_table(
    tags: pd.DataFrame, assigned: pd.DataFrame, model_tags: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The ``sentence_topics.csv`` table: the project's tags, each sentence's cluster and,
    when given, the topic model's ``model_*`` columns (``helpers.topic_model``)."""
    table = tags.merge(assigned, on=["doc_id", "sent_id"])
    if model_tags is not None:
        table = table.merge(model_tags, on=["doc_id", "sent_id"], how="left")
    return table


# --------------------------------------------------------------------------- articles by profile


#: Up to this many articles the tree's leaves are put in optimal order (neighbours most alike).
MAX_ORDERED_LEAVES = 400


def article_tree(shares: pd.DataFrame) -> np.ndarray:
    """Ward linkage of articles on their topic shares (SciPy), leaves in optimal order up to
    ``MAX_ORDERED_LEAVES`` articles.

    Input: a wide profile table (rows: articles, columns: topics), rows in the
    order the tree refers to. Euclidean distance on shares keeps articles
    without any topic (all zeros) well defined, which cosine would not.
    """
    values = shares.to_numpy(dtype=float)
    tree = linkage(values, method="ward")
    # optimal ordering grows with the cube of the articles: 3,000 would take minutes
    return optimal_leaf_ordering(tree, values) if len(values) <= MAX_ORDERED_LEAVES else tree


def cluster_articles(profiles: pd.DataFrame, max_clusters: int = 8, min_articles: int = 20
                     ) -> pd.DataFrame:  # fmt: skip
    """Group articles by what they cover: hierarchical clustering of their topic profiles.

    Input: the ``topic_profiles.csv`` table, the largest number of clusters
    to consider and the fewest articles worth clustering. The tree of
    ``article_tree`` is cut into k = 2 … ``max_clusters`` groups and the k
    with the best mean silhouette (Euclidean, the smallest k on a tie) is kept.
    Output: ``doc_id``, ``cluster`` (1 … k, numbered in leaf order, so a
    cluster is one band of the ordered heatmap) and ``order`` (0-based leaf
    position), sorted by ``order``; empty when there are fewer than
    ``min_articles`` articles. The same table always gives the same result.
    """
    columns = ["doc_id", "cluster", "order"]
    shares = profile_matrix(profiles).sort_index()
    if len(shares) < max(min_articles, 3):
        return pd.DataFrame(columns=columns)
    tree = article_tree(shares)
    best_k, best_score = 0, -np.inf
    for k in range(2, min(max_clusters, len(shares) - 1) + 1):
        labels = fcluster(tree, k, criterion="maxclust")
        if len(set(labels)) < 2:
            continue
        score = silhouette_score(shares.to_numpy(dtype=float), labels)
        if score > best_score + 1e-12:
            best_k, best_score = k, score
    labels = fcluster(tree, max(best_k, 1), criterion="maxclust")
    leaves = leaves_list(tree)
    renumber: dict[int, int] = {}
    for leaf in leaves:
        renumber.setdefault(int(labels[leaf]), len(renumber) + 1)
    return pd.DataFrame(
        {
            "doc_id": shares.index[leaves],
            "cluster": [renumber[int(labels[leaf])] for leaf in leaves],
            "order": range(len(leaves)),
        }
    )[columns]


def article_cluster_summary(profiles: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """Each article cluster's size and mean topic shares, with the corpus mean as the last row.

    Input: ``topic_profiles.csv`` and ``cluster_articles`` output. Output: index
    ``cluster`` (1 … k, then ``all``), ``articles``, one mean share per topic.
    """
    shares = profile_matrix(profiles)
    members = shares.join(clusters.set_index("doc_id").cluster, how="inner")
    summary = members.groupby("cluster")[list(TOPICS)].mean()
    summary.insert(0, "articles", members.groupby("cluster").size())
    overall = pd.DataFrame([[len(members), *members[list(TOPICS)].mean()]],
                           index=["all"], columns=summary.columns)  # fmt: skip
    return pd.concat([summary, overall]).rename_axis("cluster")


def pair_profiles(profiles: pd.DataFrame, doc_a: str, doc_b: str, column_of: pd.Series
                  ) -> pd.DataFrame:  # fmt: skip
    """Two articles' topic shares side by side, with their difference.

    Input: ``topic_profiles.csv``, the two doc_ids (as a translation pair gives
    them) and the column name for each doc_id (e.g. ``article_language_labels``).
    Output: index topic; one share column per article, then ``difference``
    (first minus second).
    """
    shares = profile_matrix(profiles, [doc_a, doc_b]).reindex([doc_a, doc_b]).fillna(0.0)
    side = shares.T.rename(columns=column_of)
    side.columns.name = None
    side["difference"] = side.iloc[:, 0] - side.iloc[:, 1]
    return side


def leading_field_counts(profiles: pd.DataFrame) -> pd.Series:
    """How many articles lead with each field (ties count for each field), and with none.

    Input: ``topic_profiles.csv``. Output: a Series indexed by the four fields
    and ``no field``, for a corpus too large to name every article's lead.
    """
    counts = dict.fromkeys([*FIELDS, "no field"], 0)
    for _, row in profile_matrix(profiles).iterrows():
        fields, _ = leading_fields(row)
        for field in fields or ["no field"]:
            counts[field] += 1
    return pd.Series(counts, name="articles")


def sides_named_per_sentence(
    sentences: pd.DataFrame, lexicon: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Which of the two ``SIDES`` each sentence names as a party: by name, capital or state
    firm ("Nga", "Moscow", "Rosatom"), not as people's nationality ("du khách Nga").

    Input: sentences.csv (``doc_id``, ``sent_id``, ``language``, ``tokens``). Output:
    ``doc_id``, ``sent_id`` and one 0/1 column per side, ``vietnam`` and ``russia``.
    """
    lexicon = concept_lexicon() if lexicon is None else lexicon
    matchers = {lang: FieldTermMatcher(lexicon, lang) for lang in sentences.language.unique()}
    rows = []
    for sentence in sentences.itertuples(index=False):
        words, spans = matchers[sentence.language].words_and_spans(sentence.tokens)
        named = _sides_named(words, spans, sentence.language) | _firms_sides(spans)
        rows.append(
            (sentence.doc_id, sentence.sent_id, int(bool(named & SIDES[0])),
             int(bool(named & SIDES[1])))
        )  # fmt: skip
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "vietnam", "russia"])


def relationship_scope(tags: pd.DataFrame, sides: pd.DataFrame) -> dict[str, int]:
    """How much of a corpus, and of its field tags, is about the two sides' relationship.

    Input: a tags table (``doc_id``, ``sent_id`` and the ``FIELDS`` columns: the project's
    tags) and ``sides_named_per_sentence`` of the same sentences. Output: counts of
    ``articles``, ``articles_naming_russia`` (in any sentence), ``articles_naming_both``,
    ``tagged`` sentences (any field), ``tagged_in_russia_articles`` and
    ``tagged_naming_both`` (the sentence itself names both sides).
    """
    merged = tags[["doc_id", "sent_id", *FIELDS]].merge(sides, on=["doc_id", "sent_id"])
    per_article = merged.groupby("doc_id")[["vietnam", "russia"]].max()
    russia_articles = set(per_article.index[per_article.russia == 1])
    tagged = merged[merged[list(FIELDS)].sum(axis=1) > 0]
    return {
        "articles": int(tags.doc_id.nunique()),
        "articles_naming_russia": len(russia_articles),
        "articles_naming_both": int(((per_article.russia == 1) & (per_article.vietnam == 1)).sum()),
        "tagged": len(tagged),
        "tagged_in_russia_articles": int(tagged.doc_id.isin(russia_articles).sum()),
        "tagged_naming_both": int(((tagged.vietnam == 1) & (tagged.russia == 1)).sum()),
    }
