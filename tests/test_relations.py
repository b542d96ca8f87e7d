"""The relation gate: a field word gives a topic only in a sentence about a relationship."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.lexicon import concept_lexicon
from helpers.relations import NOT_A_CUE, RELATION_KINDS, RelationCueFinder, relation_cues
from helpers.topics import tag_sentences


def sentences(*rows: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"doc_id": "d", "sent_id": i, "language": language, "tokens": tokens}
            for i, (language, tokens) in enumerate(rows)
        ]
    )


def test_a_field_word_without_a_relationship_gives_no_topic_but_is_listed() -> None:
    tags = tag_sentences(
        sentences(
            ("vi", "Trường có 1.886 học_sinh và 49 lớp ."),  # a school's enrolment
            ("vi", "Quy_hoạch phát_triển điện_lực quốc_gia đến năm 2030 ."),  # a national plan
            ("vi", "Hai nước hợp_tác đào_tạo học_sinh và phát_triển điện_lực ."),
        ),
        concept_lexicon(),
    )
    assert tags[["education", "energy"]].values.tolist() == [[0, 0], [0, 0], [1, 1]]
    assert tags.matched_terms.tolist()[:2] == ["education:học_sinh", "energy:điện_lực"]
    assert tags.relation_cues.tolist() == ["", "", "hai nước;hợp_tác"]
    assert tags.n_topics.tolist() == [0, 0, 2]


@pytest.mark.parametrize(
    ("tokens", "cues"),
    [
        # an uncooperative passenger, if a tokeniser leaves "bất" apart
        ("Hành_khách tỏ thái_độ bất hợp_tác với cơ_quan an_ninh .", []),
        # a person who will not cooperate, or cooperates, with investigators: an attitude
        ("Nhóm bị_hại không chịu hợp_tác với cảnh_sát .", []),
        ("Tài_xế ngồi trên xe không hợp_tác .", []),
        ("Nghi_phạm có thái_độ hợp_tác với cơ_quan điều_tra .", []),
        # agencies of one state coordinating with their local government: no parties
        ("Công_an thành_phố phối_hợp với UBND các quận kiểm_tra phòng_cháy .", []),
        ("Lực_lượng công_an phối_hợp chính_quyền địa_phương sơ_tán dân .", []),
        (
            "Công_an Việt_Nam phối_hợp với các lực_lượng chức_năng của Lào triệt_phá đường_dây .",
            ["phối_hợp"],
        ),
        ("Phần_mềm kết_nối liên_thông giữa các cơ_quan cấp tỉnh .", []),
        ("Công_an tỉnh phối_hợp với Tổng_Lãnh_sự_quán Nga giải_quyết vụ_việc .", ["phối_hợp"]),
        # talks name who met (decision 5); talks about a matter are an exchange
        ("Thứ_trưởng Bộ Công_an đã tiếp và hội_đàm với Thứ_trưởng Bộ Nội_vụ Nga .", []),
        ("Hai đoàn hội_đàm về phòng_chống tội_phạm mạng .", ["hội_đàm"]),
        ("Bộ_trưởng hội_đàm với Bộ_trưởng Nội_vụ Nga về phòng_chống tội_phạm .", ["hội_đàm"]),
        # a state that does not or should not cooperate still speaks of the relationship
        ("Nga không hợp_tác với IAEA về an_ninh hạt_nhân .", ["hợp_tác"]),
        ("Mỹ không nên hợp_tác với Nga về an_ninh .", ["hợp_tác"]),
        # an interview: "trao đổi" with the press, "chia sẻ" with a news site
        ("Ông trao_đổi với phóng_viên về ngành năng_lượng .", []),
        ("Ông có những chia_sẻ với Zing.vn về an_ninh .", []),
        ("Hai bên trao_đổi với nhau về an_ninh .", ["hai bên", "trao_đổi"]),
        # the news frame that opens a sentence: an interview with any outlet
        ("Trao_đổi với Reuters , Bộ Tư_lệnh cho_biết vụ_việc xảy ra .", []),
        ("Chia_sẻ với nhân_dân Nga những mất_mát do bão gây ra .", ["chia_sẻ"]),
        # a cue word inside a phrase that marks no relationship; "chung" only in a joint act
        ("Phát_triển công_nghiệp hỗ_trợ cho ngành năng_lượng .", []),
        ("Quân_ủy phụ_trách chung công_tác quân_sự .", []),
        ("Hai nước ra tuyên_bố chung .", ["hai nước", "tuyên_bố chung"]),
        # "chia sẻ" as a verb of saying, before a colon, a comma or at the end
        ("Hiệu_trưởng chia_sẻ : nhà_trường tuyển_sinh sớm .", []),
        ("Ông chia_sẻ , ngành năng_lượng rất quan_trọng .", []),
        ("“ Chúng_tôi sẽ làm tốt ” , thầy Nguyên chia_sẻ .", []),
        # "chia sẻ" with an object: experience, or condolences for a storm's losses
        ("Hai bên chia_sẻ kinh_nghiệm cứu_hộ .", ["hai bên", "chia_sẻ"]),
        ("Ông chia_sẻ những mất_mát do bão_lũ gây ra .", ["chia_sẻ"]),
        ("Quan_hệ giữa hai nước phát_triển tốt .", ["quan_hệ", "giữa", "hai nước"]),
        # "giữa" of time (the middle of a year, the mid-1990s) and a name holding a cue
        ("Tên_lửa ra_mắt vào giữa những năm 90 và giữa tháng 5 .", []),
        ("Đại_diện Liên_minh châu_Âu phụ_trách an_ninh .", []),
        ("Chấm_dứt hợp_đồng lao_động với lái_xe .", []),
        # learning from another's experience is no cue: provinces learn from one another too
        ("Các tỉnh cần học_hỏi kinh_nghiệm của Quảng_Bình .", []),
        # cooperation as a skill or a virtue, and artists working together: no parties
        ("Học_sinh cần kỹ_năng giao_tiếp , hợp_tác , sáng_tạo .", []),
        ("Nhà_trường xây_dựng tinh_thần hợp_tác , đoàn_kết trong học_sinh .", []),
        ("Học_sinh rèn kỹ_năng hợp_tác khi làm dự_án .", []),
        ("Anh từng hợp_tác với nhiều ca_sĩ trẻ .", []),
        ("Đội cơ_sở đã hợp_tác ăn_ý với lực_lượng chuyên_nghiệp .", []),
        ("Hai trường hợp_tác với nhau và sáng_tạo nhiều chương_trình .", ["hợp_tác"]),
    ],
)
def test_relation_cues_found_and_refused(tokens: str, cues: list[str]) -> None:
    assert RelationCueFinder("vi").find(tokens) == cues


def test_english_cues_and_a_phrase() -> None:
    finder = RelationCueFinder("en")
    assert finder.find("Both sides held talks on energy security .") == ["both sides", "talks"]
    assert finder.find("The plant produces electricity for the region .") == []
    assert finder.find("PetroVietnam Joint Stock Company raised power output .") == []


def test_the_segmenter_keeps_an_uncooperative_attitude_one_word_and_no_cue() -> None:
    from helpers.vietnamese import segment_words

    words = segment_words("Hành khách tỏ thái độ bất hợp tác với cơ quan an ninh.")
    assert RelationCueFinder("vi").find(" ".join(words)) == []
    words = segment_words("Hai bên ký biên bản ghi nhớ về hợp tác an ninh.")
    assert RelationCueFinder("vi").find(" ".join(words)) == ["hai bên", "ký", "ghi_nhớ", "hợp_tác"]


def test_an_institution_still_needs_a_cooperation_word_not_any_cue() -> None:
    tags = tag_sentences(
        sentences(
            # a title names who met: a relation cue ("hội_đàm") is not enough
            ("vi", "Thủ_tướng hội_đàm với Bộ_trưởng Bộ_Quốc_phòng Nga ."),
            ("vi", "Hai bên hợp_tác với Bộ_Quốc_phòng Nga ."),
        ),
        concept_lexicon(),
    )
    assert tags.security.tolist() == [0, 1]


def test_the_packaged_cues_are_well_formed() -> None:
    cues = relation_cues()
    assert set(cues.kind) == {*RELATION_KINDS, NOT_A_CUE}
    assert (cues.cue == cues.cue.str.lower()).all()
    # a Vietnamese word's syllables are joined, words of a phrase spaced, as the segmenter writes
    assert {"hợp_tác", "hai nước", "thỏa_thuận"} <= set(cues[cues.language == "vi"].cue)
    assert set(cues.reporting_verb) == {0, 1}


def test_a_cue_of_a_kind_is_found_in_either_language_in_a_written_cue_list() -> None:
    from helpers.relations import has_cue_of_kind

    strong = ("cooperation", "agreement", "assistance")
    assert has_cue_of_kind("giữa;hợp_tác", strong) and has_cue_of_kind("joint;talks", strong)
    assert not has_cue_of_kind("giữa;quan_hệ;hai nước", strong)
    assert not has_cue_of_kind("", strong) and not has_cue_of_kind("an unknown cue", strong)
    assert has_cue_of_kind("giữa", ("parties",))


def test_the_gate_reading_counts_held_back_sentences_and_their_terms() -> None:
    from helpers.readings_topics import relation_gate_reading

    tags = tag_sentences(
        sentences(
            ("vi", "Trường có nhiều học_sinh giỏi ."),
            ("vi", "Học_sinh trường này đạt giải ."),
            ("vi", "Hai nước hợp_tác đào_tạo học_sinh ."),
            ("vi", "Trời mưa to ."),
        ),
        concept_lexicon(),
    )
    reading = relation_gate_reading(tags)
    assert reading.startswith("These are the lexicon's own tags")
    assert "1 of the 3 sentences holding a topic's term" in reading
    assert "the other 2 get no topic" in reading and "«học sinh» (2)" in reading


@pytest.mark.parametrize("resource", ["relation cues", "concept lexicon"])
def test_every_vietnamese_entry_is_spelled_as_the_segmenter_writes_it(resource: str) -> None:
    # an entry the segmenter never produces can never match ("chia_buồn" while underthesea
    # writes "chia buồn"); a phrase may be listed in several spellings, one must match
    from helpers.vietnamese import segment_words

    if resource == "relation cues":
        entries = relation_cues().query("language == 'vi'").cue
    else:
        lexicon = concept_lexicon()
        entries = lexicon[(lexicon.language == "vi") & (lexicon.topic != "actor")].term
    unmatched = []
    for surface, spellings in entries.groupby(entries.str.replace("_", " ")):
        contexts = ("Hai bên {} với nhau trong năm nay .", "Theo ông , {} là quan_trọng .")
        written = [" ".join(segment_words(c.format(surface))).lower() for c in contexts]
        if not any(f" {s} " in f" {w} " for s in spellings for w in written):
            unmatched.append((surface, written[0]))
    assert unmatched == []


def test_every_vietnamese_other_sense_is_spelled_as_the_segmenter_writes_it() -> None:
    # a context the segmenter never writes ("học_tập và làm_theo" while underthesea writes
    # "làm theo") never excludes anything; a phrase may be listed in several spellings
    from helpers.lexicon import field_word_senses
    from helpers.vietnamese import segment_words

    senses = field_word_senses().query("language == 'vi'")
    phrases = [" ".join([*row.before, row.term, *row.after]) for row in senses.itertuples()]
    unmatched = []
    for surface, spellings in pd.Series(phrases).groupby(lambda i: phrases[i].replace("_", " ")):
        contexts = (
            "Hai bên {} với nhau trong năm nay .",
            "Hai bên sẽ {} của dự án .",
            "Theo ông , {} là quan_trọng .",
            "Các {} Việt_Nam .",
        )
        written = [" ".join(segment_words(c.format(surface))).lower() for c in contexts]
        if not any(f" {s} " in f" {w} " for s in spellings for w in written):
            unmatched.append((surface, written[0]))
    assert unmatched == []


@pytest.mark.parametrize(
    "tokens",
    [
        "Russia has long worked with Vietnam in oil and gas .",
        "Moscow wants to work with Hanoi on energy and security .",
        "The two navies are working together on search and rescue .",
    ],
)
def test_working_with_a_partner_is_english_for_cooperation(tokens: str) -> None:
    tags = tag_sentences(sentences(("en", tokens)), concept_lexicon())
    assert tags.relation_cues[0] and tags[["energy", "emergency"]].to_numpy().sum() >= 1
