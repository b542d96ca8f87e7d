"""A sentence read in its article: fields taken from the title and the first sentences."""

from __future__ import annotations

import pandas as pd

from helpers.article_context import CONTEXT_FIELDS, sub_headings, with_article_context
from helpers.lexicon import concept_lexicon
from helpers.topics import tag_sentences

# Two articles with the same body sentences, which name relief goods, training and a power plant
# but hold no relation cue; only the first one's headline speaks of cooperation in those fields.
BODY = [
    "Hàng cứu_trợ sẽ được phân_phối tới các tỉnh Lào_Cai và Yên_Bái .",
    "Hiện có 46 học_viên Việt_Nam đang học_tập tại các cơ_sở đào_tạo của nước bạn .",
    "Nhà_máy điện mới sẽ vận_hành từ năm sau .",
]
DOCUMENTS = pd.DataFrame({
    "doc_id": ["coop", "plain"],
    "title": ["Nga viện trợ hàng cứu trợ, hợp tác đào tạo và phát triển năng lượng với Việt Nam",
              "Một ngày ở thủ đô"],
    "language": ["vi", "vi"],
})  # fmt: skip


def sentences() -> pd.DataFrame:
    rows = [
        (doc_id, sent_id, "vi", tokens)
        for doc_id in DOCUMENTS.doc_id
        for sent_id, tokens in enumerate(BODY, start=2)  # past the opening sentences
    ]
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "language", "tokens"])


def paragraphs_of_the_cooperation_article(rows: list[tuple]) -> pd.DataFrame:
    """(sent_id, tokens[, language]) rows → sentences of article "coop", one paragraph each,
    the tokens standing for the text (Vietnamese unless a row says otherwise)."""
    return pd.DataFrame(
        [
            ("coop", row[0], row[2] if len(row) > 2 else "vi", row[1], row[1], row[0])
            for row in rows
        ],
        columns=["doc_id", "sent_id", "language", "tokens", "text", "paragraph_id"],
    )


def one_paragraph_sentences(rows: list[tuple], language: str = "vi") -> pd.DataFrame:
    """(doc_id, sent_id, tokens) rows → sentences, each its own paragraph, the tokens standing
    for the text."""
    return pd.DataFrame(
        [(doc_id, sent_id, sent_id, language, tokens, tokens) for doc_id, sent_id, tokens in rows],
        columns=["doc_id", "sent_id", "paragraph_id", "language", "text", "tokens"],
    )


def test_a_sentence_naming_the_articles_field_takes_it_without_a_cue() -> None:
    assert set(CONTEXT_FIELDS) == {"emergency", "energy", "education"}  # not security
    tags = tag_sentences(sentences(), concept_lexicon())
    assert tags[["emergency", "education", "energy"]].sum().sum() == 0  # no relation cue
    in_context = with_article_context(tags, DOCUMENTS).set_index(["doc_id", "sent_id"])
    # each sentence of the cooperation article takes its field, none of the other article
    assert in_context.emergency.tolist() == [1, 0, 0, 0, 0, 0]
    assert in_context.education.tolist() == [0, 1, 0, 0, 0, 0]
    assert in_context.energy.tolist() == [0, 0, 1, 0, 0, 0]
    assert in_context.loc[("coop", 2), "n_topics"] == 1
    only_emergency = with_article_context(tags, DOCUMENTS, fields=["emergency"])
    assert only_emergency.education.sum() == 0 and only_emergency.energy.sum() == 0


def test_the_first_sentences_open_an_article_like_its_title() -> None:
    opening = "Nga hỗ_trợ Việt_Nam khắc_phục hậu_quả thiên_tai ."
    frame = pd.DataFrame(
        [("plain", 0, "vi", opening), ("plain", 1, "vi", "Lễ bàn_giao diễn ra sáng nay ."),
         ("plain", 2, "vi", BODY[0])],
        columns=["doc_id", "sent_id", "language", "tokens"],
    )  # fmt: skip
    tags = tag_sentences(frame, concept_lexicon())
    assert with_article_context(tags, DOCUMENTS).emergency.tolist() == [1, 0, 1]
    later = frame.assign(sent_id=[5, 6, 7])  # the same sentence deep in the article opens nothing
    tags = tag_sentences(later, concept_lexicon())
    assert with_article_context(tags, DOCUMENTS).emergency.tolist() == [1, 0, 0]


def test_energy_and_education_are_read_from_the_title_alone() -> None:
    # an opening sentence on energy cooperation under a plain title opens nothing for energy,
    # as it does for emergency: on a general crawl such sentences open many other stories
    opening = "Hai bên hợp_tác phát_triển năng_lượng và khắc_phục hậu_quả thiên_tai ."
    frame = pd.DataFrame(
        [("plain", 0, "vi", opening), ("plain", 1, "vi", "Lễ bàn_giao diễn ra sáng nay ."),
         ("plain", 2, "vi", BODY[0]), ("plain", 3, "vi", BODY[2])],
        columns=["doc_id", "sent_id", "language", "tokens"],
    )  # fmt: skip
    tags = tag_sentences(frame, concept_lexicon())
    in_context = with_article_context(tags, DOCUMENTS)
    assert in_context.emergency.tolist() == [1, 0, 1, 0]
    assert in_context.energy.tolist() == [1, 0, 0, 0]


def test_a_headline_naming_both_sides_speaks_of_the_relationship_without_a_cue() -> None:
    documents = pd.DataFrame({
        "doc_id": ["both", "one"],
        "title": ["Nga dành 1.000 suất học bổng cho sinh viên Việt Nam",
                  "Trường đại học dành 1.000 suất học bổng cho sinh viên Việt Nam"],
        "language": ["vi", "vi"],
    })  # fmt: skip
    frame = pd.DataFrame(
        [(doc_id, 3, "vi", BODY[1]) for doc_id in documents.doc_id],
        columns=["doc_id", "sent_id", "language", "tokens"],
    )
    tags = tag_sentences(frame, concept_lexicon())
    assert with_article_context(tags, documents).education.tolist() == [1, 0]


def test_a_word_of_two_senses_lends_no_field_from_the_title() -> None:
    # "nghiên cứu" (consider) in a title naming both sides, "energy" (vigour) in a sentence of
    # an article whose title speaks of energy: they need a cue word of their own
    documents = pd.DataFrame({
        "doc_id": ["consider", "vigour"],
        "title": ["Việt Nam nghiên cứu nhập khẩu thêm xăng dầu từ Nga",
                  "Russia, Vietnam give new energy to comprehensive strategic partnership"],
        "language": ["vi", "en"],
    })  # fmt: skip
    frame = pd.DataFrame(
        [("consider", 3, "vi", "Bộ cũng đang nghiên_cứu phương_án tăng dự_trữ quốc_gia ."),
         ("vigour", 3, "en", "Putin 's energy and charisma impressed the students .")],
        columns=["doc_id", "sent_id", "language", "tokens"],
    )  # fmt: skip
    in_context = with_article_context(tag_sentences(frame, concept_lexicon()), documents)
    assert in_context.education.tolist() == [0, 0]
    assert in_context.energy.tolist() == [0, 0]


def test_a_sub_heading_names_its_sections_field_in_a_cooperation_article() -> None:
    documents = pd.DataFrame({
        "doc_id": ["coop", "plain"],
        "title": ["Việt Nam và Nga đẩy mạnh hợp tác toàn diện", "Một ngày ở thủ đô"],
        "language": ["vi", "vi"],
    })  # fmt: skip
    rows = [
        # (paragraph, text, tokens): a heading, a sentence ending in a full stop, a heading
        # glued to its paragraph's prose, a heading with a word of two senses, a long line
        (1, "Dầu khí vẫn là trụ cột", "Dầu_khí vẫn là trụ_cột"),
        (2, "Dầu khí vẫn là trụ cột.", "Dầu_khí vẫn là trụ_cột ."),
        (3, "Đào tạo cán bộ", "Đào_tạo cán_bộ"),
        (3, "Nhiều kỹ sư đã về nước.", "Nhiều kỹ_sư đã về nước ."),
        (4, "Đào tạo, bồi dưỡng cán bộ", "Đào_tạo , bồi_dưỡng cán_bộ"),
        (5, "Ưu tiên an ninh phi truyền thống", "Ưu_tiên an_ninh phi truyền_thống"),
        (6, "Đào tạo " + "cán bộ " * 7, "Đào_tạo " + "cán_bộ " * 7),
        # a word of two senses names no field in a heading either ("new energy" is vigour)
        (7, "Năng lượng mới cho tình bạn", "Năng_lượng mới cho tình_bạn"),
    ]
    frame = pd.DataFrame(
        [(doc_id, sent_id, paragraph, "vi", text, tokens)
         for doc_id in documents.doc_id
         for sent_id, (paragraph, text, tokens) in enumerate(rows, start=3)],
        columns=["doc_id", "sent_id", "paragraph_id", "language", "text", "tokens"],
    )  # fmt: skip
    assert sub_headings(frame).tolist() == [True, False, False, False, True, True, False, True] * 2
    tags = tag_sentences(frame, concept_lexicon())
    assert tags[["energy", "education", "security"]].sum().sum() == 0  # no cue in any of them
    read = with_article_context(tags, documents, sentences=frame)
    assert read.energy.tolist() == [1, 0, 0, 0, 0, 0, 0, 0] + [0] * 8
    assert read.education.tolist() == [0, 0, 0, 0, 1, 0, 0, 0] + [0] * 8
    assert read.security.tolist() == [0, 0, 0, 0, 0, 1, 0, 0] + [0] * 8
    assert read.n_topics.tolist()[:8] == [1, 0, 0, 0, 1, 1, 0, 0]
    # without the sentences, headings are not read
    assert with_article_context(tags, documents).energy.sum() == 0


def test_a_sub_heading_takes_its_field_when_the_lead_names_the_relationship() -> None:
    # a bare title ("Giữ vững sản lượng"), the relationship named in the lead: the heading
    # ("Dầu khí vẫn là trụ cột") speaks of the cooperation; in an article whose opening names
    # none, it does not
    documents = pd.DataFrame({
        "doc_id": ["lead", "plain", "domestic"],
        "title": ["Giữ vững sản lượng"] * 3,
        "language": ["vi"] * 3,
    })  # fmt: skip
    leads = {
        "lead": "Liên_doanh Việt - Nga ký_kết hợp_đồng mới .",
        "plain": "Công_ty mở_rộng sản_xuất .",
        # a domestic lead's cue names no relationship (a second reader's case)
        "domestic": "Thành_phố sẽ hỗ_trợ 50 % kinh_phí cho các doanh_nghiệp .",
    }
    rows = [
        (doc_id, sent_id, tokens)
        for doc_id, lead in leads.items()
        for sent_id, tokens in enumerate(
            [lead, "Nhiều kỹ_sư đã về nước .", "Dầu_khí vẫn là trụ_cột"]
        )
    ]
    frame = one_paragraph_sentences(rows)
    tags = tag_sentences(frame, concept_lexicon())
    assert tags.energy.sum() == 0
    read = with_article_context(tags, documents, sentences=frame)
    assert read.energy.tolist() == [0, 0, 1, 0, 0, 0, 0, 0, 0]


def test_a_disasters_toll_takes_no_field_from_its_article() -> None:
    # the relief article's own narration of the storm's toll is the event, not the help
    rows = [
        (3, "Bão và mưa_lũ đã làm hơn 300 người chết , hàng nghìn ngôi nhà bị ngập ."),
        (4, "Hàng cứu_trợ sẽ được phân_phối tới các tỉnh Lào_Cai và Yên_Bái ."),
        (5, "Natural disasters killed 56 people in the region last year .", "en"),
    ]
    frame = paragraphs_of_the_cooperation_article(rows)
    tags = tag_sentences(frame, concept_lexicon())
    read = with_article_context(tags, DOCUMENTS, sentences=frame)
    assert read.emergency.tolist() == [0, 1, 0]
    # without the sentences' words the toll cannot be read, and the article lends its field
    assert with_article_context(tags, DOCUMENTS).emergency.tolist()[:2] == [1, 1]


def test_a_rescue_that_finds_the_dead_is_the_response_not_the_toll() -> None:
    rows = [
        (3, "Đội cứu_hộ Nga tìm thấy thi_thể của hai người thiệt_mạng trong vụ sạt_lở ."),
        (4, "Bão và mưa_lũ đã làm hơn 800 người bị_thương ở các tỉnh phía Bắc ."),
    ]
    frame = paragraphs_of_the_cooperation_article(rows)
    tags = tag_sentences(frame, concept_lexicon())
    assert with_article_context(tags, DOCUMENTS, sentences=frame).emergency.tolist() == [1, 0]


def test_a_list_of_who_attended_takes_no_field_from_its_article() -> None:
    rows = [
        (3, "Tham_dự lễ tiếp_nhận có đại_diện Ban Chỉ_đạo quốc_gia về phòng , chống thiên_tai ."),
        (4, "Hàng cứu_trợ sẽ được phân_phối tới các tỉnh Lào_Cai và Yên_Bái ."),
    ]
    frame = paragraphs_of_the_cooperation_article(rows)
    tags = tag_sentences(frame, concept_lexicon())
    assert with_article_context(tags, DOCUMENTS, sentences=frame).emergency.tolist() == [0, 1]


def test_condolences_in_a_disaster_article_are_emergency_without_naming_the_disaster() -> None:
    # condolences over another loss (a leader's death, an attack) are not over the disaster
    documents = pd.DataFrame({
        "doc_id": ["storm", "trade"],
        "title": ["Nga gửi hàng cứu trợ giúp Việt Nam khắc phục hậu quả bão",
                  "Nga và Việt Nam thúc đẩy thương mại"],
        "language": ["vi", "vi"],
    })  # fmt: skip
    said = [
        "Đại_sứ chuyển lời chia_buồn tới gia_đình các nạn_nhân .",
        "Bộ_trưởng bày_tỏ lời chia_buồn về sự ra_đi của Tổng_Bí_thư .",
        "Thứ_trưởng chia_buồn với nhân_dân Nga về vụ tấn_công khủng_bố .",
    ]
    rows = [(doc_id, sent_id, "vi", tokens, tokens)
            for doc_id in documents.doc_id
            for sent_id, tokens in enumerate(said, start=3)]  # fmt: skip
    frame = pd.DataFrame(rows, columns=["doc_id", "sent_id", "language", "tokens", "text"])
    frame["paragraph_id"] = frame.sent_id
    tags = tag_sentences(frame, concept_lexicon())
    assert tags.emergency.sum() == 0  # cues but no field word
    in_context = with_article_context(tags, documents, sentences=frame)
    assert in_context.emergency.tolist() == [1, 0, 0, 0, 0, 0]


def test_a_states_own_energy_policy_takes_no_energy_from_the_article() -> None:
    # the legislature's decision and the national power plan are the relationship's setting
    documents = pd.DataFrame(
        {"doc_id": ["n"], "title": ["Nga và Việt Nam hợp tác phát triển điện hạt nhân"],
         "language": ["vi"]}
    )  # fmt: skip
    said = [
        "Dự_án điện_hạt_nhân Ninh_Thuận sẽ khởi_công vào năm 2026 .",
        "Quốc_hội đã thông_qua nghị_quyết tiếp_tục dự_án điện_hạt_nhân Ninh_Thuận .",
        "Theo Quy_hoạch điện VIII , điện_hạt_nhân sẽ có 4.000 MW vào năm 2035 .",
    ]
    frame = pd.DataFrame(
        [("n", sent_id, "vi", tokens, tokens, sent_id) for sent_id, tokens in enumerate(said, 3)],
        columns=["doc_id", "sent_id", "language", "tokens", "text", "paragraph_id"],
    )
    tags = tag_sentences(frame, concept_lexicon())
    in_context = with_article_context(tags, documents, sentences=frame)
    assert in_context.energy.tolist() == [1, 0, 0]


def test_the_plan_beside_the_russian_partner_keeps_the_titles_energy() -> None:
    documents = pd.DataFrame(
        {"doc_id": ["n"], "title": ["Nga và Việt Nam hợp tác phát triển điện hạt nhân"],
         "language": ["vi"]}
    )  # fmt: skip
    said = "Dự_án điện_hạt_nhân sẽ dùng lò phản_ứng của Nga , theo Quy_hoạch điện VIII ."
    frame = pd.DataFrame(
        [("n", 3, "vi", said, said, 3)],
        columns=["doc_id", "sent_id", "language", "tokens", "text", "paragraph_id"],
    )
    tags = tag_sentences(frame, concept_lexicon())
    assert with_article_context(tags, documents, sentences=frame).energy.tolist() == [1]


def test_a_headline_naming_russia_and_a_school_word_lends_education_but_not_energy() -> None:
    documents = pd.DataFrame({
        "doc_id": ["russia", "home", "oil", "teacher"],
        "title": ["Hơn 1.000 suất học bổng đi Nga: sinh viên cần chuẩn bị gì",
                  "Hơn 1.000 suất học bổng cho sinh viên nghèo: cần chuẩn bị gì",
                  "Giá dầu thô của Nga tăng mạnh trong tháng 5",
                  "Cô giáo Nga và hành trình đưa học sinh vùng cao đến trường"],
        "language": ["vi", "vi", "vi", "vi"],
    })  # fmt: skip
    body = [BODY[1], "Sản_lượng dầu_khí sẽ tăng trong năm sau ."]
    frame = pd.DataFrame(
        [(doc_id, 3 + n, "vi", tokens) for doc_id in documents.doc_id for n, tokens in
         enumerate(body)],
        columns=["doc_id", "sent_id", "language", "tokens"],
    )  # fmt: skip
    tags = with_article_context(tag_sentences(frame, concept_lexicon()), documents)
    assert tags.education.tolist() == [1, 0, 0, 0, 0, 0, 0, 0]
    assert tags.energy.sum() == 0


def test_training_in_a_field_gets_both_topics_once_the_sentence_has_one() -> None:
    # guideline decision 2 read both ways: a relief article's sentence on training rescuers is
    # education as well; a scholarship article's sentence on studying thermal power is energy
    documents = pd.DataFrame({
        "doc_id": ["relief", "scholarships"],
        "title": ["Nga giúp Việt Nam khắc phục hậu quả bão Yagi",
                  "Hơn 1.000 suất học bổng đi Nga năm 2025"],
        "language": ["vi", "vi"],
    })  # fmt: skip
    rows = [
        ("relief", 2, "Các chuyên_gia đã đào_tạo 120 cán_bộ cứu_hộ của tỉnh ."),
        ("relief", 3, "Đội cứu_hộ đã có_mặt tại hiện_trường từ sáng ."),
        # trainees are education; "nghiên cứu" (also "look into") is not enough
        ("relief", 4, "Các học_viên được thực_hành cứu_hộ trên sông ."),
        ("relief", 5, "Tỉnh đang nghiên_cứu phương_án cứu_hộ mới ."),
        ("scholarships", 2, "Em Hòa sẽ theo học chuyên_ngành kỹ_thuật nhiệt_điện tại Kazan ."),
        ("scholarships", 3, "Nhiều sinh_viên đang theo học tại Đại_học Dầu_khí Gubkin ."),
        ("scholarships", 4, "Nhà_máy nhiệt_điện mới sẽ vận_hành từ năm sau ."),
    ]
    frame = one_paragraph_sentences(rows)
    tags = tag_sentences(frame, concept_lexicon())
    assert tags[["emergency", "education", "energy"]].sum().sum() == 0  # no relation cue
    read = with_article_context(tags, documents, sentences=frame)
    assert read.emergency.tolist() == [1, 1, 1, 1, 0, 0, 0]
    assert read.education.tolist() == [1, 0, 1, 0, 1, 1, 0]
    assert read.energy.tolist() == [0, 0, 0, 0, 1, 0, 0]
    assert read.n_topics.tolist() == [2, 1, 2, 1, 2, 1, 0]
    # without the sentences' words, training cannot be read
    assert with_article_context(tags, documents).education.tolist() == [0, 0, 0, 0, 1, 1, 0]


def test_a_research_reactor_is_research_as_well_as_energy() -> None:
    documents = pd.DataFrame(
        {"doc_id": ["centre"], "title": ["Nga và Việt Nam thúc đẩy dự án điện hạt nhân"],
         "language": ["vi"]}
    )  # fmt: skip
    rows = [
        ("centre", 2, "Lò phản_ứng nghiên_cứu công_suất 10 MW sẽ được khởi_công năm nay ."),
        ("centre", 3, "Lò phản_ứng của nhà_máy sẽ được khởi_công năm nay ."),
    ]
    frame = one_paragraph_sentences(rows)
    read = with_article_context(tag_sentences(frame, concept_lexicon()), documents, sentences=frame)
    assert read.energy.tolist() == [1, 1]
    assert read.education.tolist() == [1, 0]
    # the nuclear science centre named in a title lends research to the article's sentences
    documents = pd.DataFrame(
        {"doc_id": ["centre"], "language": ["en"],
         "title": ["Vietnam, Russia agree on nuclear science and technology centre"]}
    )  # fmt: skip
    frame = one_paragraph_sentences(
        [("centre", 3, "The centre will serve research and the training of nuclear specialists .")],
        language="en",
    )
    read = with_article_context(tag_sentences(frame, concept_lexicon()), documents, sentences=frame)
    assert read.education.tolist() == [1]


def test_thanks_for_timely_help_in_a_relief_article_is_emergency() -> None:
    documents = pd.DataFrame(
        {"doc_id": ["relief", "visit"], "language": ["vi", "vi"],
         "title": ["Nga viện trợ hàng cứu trợ cho đồng bào vùng lũ", "Đoàn Nga thăm Hà Nội"]}
    )  # fmt: skip
    thanks = "Thứ_trưởng cảm_ơn Chính_phủ Nga về sự hỗ_trợ kịp_thời , thiết_thực ."
    rows = [
        ("relief", 3, thanks),
        ("relief", 4, "Thứ_trưởng cảm_ơn Chính_phủ Nga về sự hỗ_trợ quý_báu ."),
        ("visit", 3, thanks),
    ]
    frame = one_paragraph_sentences(rows)
    tags = tag_sentences(frame, concept_lexicon())
    assert with_article_context(tags, documents, sentences=frame).emergency.tolist() == [1, 0, 0]
    assert with_article_context(tags, documents).emergency.tolist() == [0, 0, 0]


def test_a_market_report_inside_an_energy_cooperation_article_takes_no_energy() -> None:
    documents = pd.DataFrame(
        {"doc_id": ["deal"], "language": ["vi"],
         "title": ["Petrovietnam và Zarubezhneft hợp tác khai thác dầu khí tại Lô 09-1"]}
    )  # fmt: skip
    frame = one_paragraph_sentences([
        ("deal", 3, "Cổ_phiếu PVS của Tổng_công_ty Dịch_vụ Kỹ_thuật Dầu_khí tăng 3,2 % ."),
        ("deal", 4, "Giá dầu Brent giảm gần 8 % kể từ đầu năm ."),
        ("deal", 5, "Sản_lượng dầu của liên_doanh đạt 3 triệu tấn ."),
    ])  # fmt: skip
    tags = tag_sentences(frame, concept_lexicon())
    read = with_article_context(tags, documents, sentences=frame)
    assert read.energy.tolist() == [0, 0, 1]


def test_the_reviewers_cases_domestic_timely_help_authorities_trains_and_cyber_courses() -> None:
    # a second reader's counter-examples to this change's first rules (2026-11-28)
    documents = pd.DataFrame(
        {"doc_id": ["relief"], "language": ["vi"],
         "title": ["Nga viện trợ hàng cứu trợ cho đồng bào vùng lũ"]}
    )  # fmt: skip
    frame = one_paragraph_sentences([
        # the province's own firms helping in time, in a relief article: no relationship
        ("relief", 3, "Các doanh_nghiệp trong tỉnh chung tay hỗ_trợ người_dân khôi_phục "
                      "sản_xuất ."),
        # an education authority's name is no training
        ("relief", 4, "Nga viện_trợ hàng cứu_trợ cho Sở Giáo_dục và Đào_tạo tỉnh Quảng_Bình ."),
        # a course on a network's incident response is no emergency
        ("relief", 5, "Hai bên hợp_tác đào_tạo về ứng_phó sự_cố an_ninh_mạng ."),
        # a national body is no donor from abroad; many countries are
        ("relief", 6, "Ban Chỉ_đạo quốc_gia đã kịp_thời hỗ_trợ người_dân ."),
        ("relief", 7, "Nhiều quốc_gia chung tay hỗ_trợ"),
    ])  # fmt: skip
    read = with_article_context(tag_sentences(frame, concept_lexicon()), documents, sentences=frame)
    assert read.emergency.tolist() == [0, 1, 0, 0, 1]
    assert read.education.tolist() == [0, 0, 1, 0, 0]


def test_a_sub_heading_takes_energy_from_a_section_mostly_about_energy() -> None:
    documents = pd.DataFrame({
        "doc_id": ["coop"], "title": ["Vietsovpetro mở rộng hoạt động"], "language": ["vi"],
    })  # fmt: skip
    rows = [
        # (paragraph, tokens): a heading over two energy sentences, a heading over a section of
        # one energy sentence in three
        (1, "Đào_tạo nhân_lực là khâu then_chốt"),
        (2, "Hai bên hợp_tác đào_tạo kỹ_sư dầu_khí ."),
        (2, "Hai bên ký thỏa_thuận cung_cấp khí_đốt ."),
        (3, "Nhiều hoạt_động giao_lưu"),
        (4, "Hai bên hợp_tác đào_tạo kỹ_sư dầu_khí ."),
        (4, "Đoàn thăm Bảo_tàng Hồ_Chí_Minh ."),
        (4, "Hai bên trao_đổi về du_lịch ."),
    ]
    frame = pd.DataFrame(
        [("coop", sent_id, paragraph, "vi", tokens, tokens)
         for sent_id, (paragraph, tokens) in enumerate(rows)],
        columns=["doc_id", "sent_id", "paragraph_id", "language", "text", "tokens"],
    )  # fmt: skip
    read = with_article_context(tag_sentences(frame, concept_lexicon()), documents, sentences=frame)
    assert read.energy.tolist() == [1, 1, 1, 0, 1, 0, 0]
    # without the sentences, headings are not read
    assert with_article_context(tag_sentences(frame), documents).energy.tolist()[0] == 0


def test_no_comment_a_spot_price_and_a_countrys_own_demand_take_no_energy() -> None:
    documents = pd.DataFrame({
        "doc_id": ["lng"], "title": ["PV Power, Novatek sign LNG supply MoU"], "language": ["en"],
    })  # fmt: skip
    frame = one_paragraph_sentences(
        [("lng", 2, "PV Power declined to comment , while Novatek did not respond ."),
         ("lng", 3, "Asian spot LNG prices were assessed at $ 13.20 / mn Btu ."),
         ("lng", 4, "Vietnam 's power demand will grow , and it needs new LNG plants ."),
         ("lng", 5, "The LNG would be delivered through a floating storage unit .")],
        language="en",
    )  # fmt: skip
    read = with_article_context(tag_sentences(frame), documents, sentences=frame)
    assert read.energy.tolist() == [0, 0, 0, 1]


def test_a_states_own_response_at_home_takes_no_emergency_but_the_relief_it_hands_on_does() -> None:
    documents = pd.DataFrame({
        "doc_id": ["flood"], "title": ["Nga gửi hàng cứu trợ giúp Việt Nam khắc phục lũ lụt"],
        "language": ["vi"],
    })  # fmt: skip
    frame = one_paragraph_sentences(
        [("flood", 2, "UBND tỉnh đề_nghị Trung_ương hỗ_trợ 150 tỷ đồng khắc_phục thiên_tai ."),
         ("flood", 3, "Lực_lượng quân_đội và dân_quân đã sơ_tán người_dân khỏi vùng ngập_lụt ."),
         ("flood", 4, "Số hàng cứu_trợ sẽ được Hội Chữ_thập_đỏ phân_phối cho các địa_phương ."),
         ("flood", 5, "Tỉnh cảm_ơn phía Nga đã gửi hàng cứu_trợ kịp_thời cho người_dân vùng lũ ."),
         # the team from abroad named by its role, a donor helping a province
         ("flood", 6, "Đội cứu_hộ đã phối_hợp với dân_quân sơ_tán người_dân khỏi vùng lũ ."),
         ("flood", 7, "Hà_Lan hỗ_trợ UBND tỉnh Bến_Tre xây_dựng hệ_thống cảnh_báo_sớm lũ ."),
         # the police's own inspections, an official's report on the year's disasters at home
         ("flood", 8, "Công_an thành_phố đã kiểm_tra 400 cơ_sở về phòng_cháy , chữa_cháy ."),
         ("flood", 9, "Công_an tỉnh cho_biết năm nay Việt_Nam chịu 21 loại_hình thiên_tai ."),
         # the police training with the party from abroad keeps it
         ("flood", 10, "Cảnh_sát thành_phố học cách chữa_cháy nhà cao_tầng cùng chuyên_gia Nga .")],
    )  # fmt: skip
    read = with_article_context(tag_sentences(frame), documents, sentences=frame)
    assert read.emergency.tolist() == [0, 0, 1, 1, 1, 1, 0, 0, 1]


def test_a_heading_on_the_friendship_takes_no_energy_from_its_section() -> None:
    documents = pd.DataFrame({
        "doc_id": ["coop"], "title": ["Vietsovpetro mở rộng hoạt động"], "language": ["vi"],
    })  # fmt: skip
    rows = [(1, "Tình hữu_nghị truyền_thống"), (2, "Hai bên hợp_tác khai_thác dầu_khí ."),
            (2, "Hai bên ký thỏa_thuận cung_cấp khí_đốt .")]  # fmt: skip
    frame = pd.DataFrame(
        [("coop", sent_id, paragraph, "vi", tokens.replace("_", " "), tokens)
         for sent_id, (paragraph, tokens) in enumerate(rows)],
        columns=["doc_id", "sent_id", "paragraph_id", "language", "text", "tokens"],
    )  # fmt: skip
    read = with_article_context(tag_sentences(frame, concept_lexicon()), documents, sentences=frame)
    assert read.energy.tolist() == [0, 1, 1]


def test_a_reception_or_a_tour_takes_no_field_from_its_article_but_a_study_tour_does() -> None:
    documents = pd.DataFrame({
        "doc_id": ["visit"], "title": ["Hai học viện hợp tác đào tạo cán bộ cảnh sát"],
        "language": ["vi"],
    })  # fmt: skip
    frame = one_paragraph_sentences(
        [("visit", 2, "Học_viện Cảnh_sát đã tiếp và làm_việc với đoàn công_tác Đại_học Nga ."),
         ("visit", 3, "Đoàn đã tham_quan Trung_tâm huấn_luyện kỹ chiến_thuật của Học_viện ."),
         ("visit", 4, "Đại_học sẵn_sàng đón các đoàn học_viên sang tham_quan , học_tập ."),
         ("visit", 5, "Học_viện sẽ cử 20 học_viên sang đào_tạo tại trường bạn .")],
    )  # fmt: skip
    read = with_article_context(tag_sentences(frame), documents, sentences=frame)
    assert read.education.tolist() == [0, 0, 1, 1]


def test_an_english_wires_domestic_response_takes_no_emergency_from_the_relief_article() -> None:
    documents = pd.DataFrame({
        "doc_id": ["aid"], "title": ["Russia flies relief aid to flood-hit Vietnam"],
        "language": ["en"],
    })  # fmt: skip
    frame = one_paragraph_sentences(
        [("aid", 2, "In Lao Cai province , soldiers and police carried out the evacuation of "
                    "villagers from the flood zone ."),
         ("aid", 3, "The relief supplies will be distributed by the Vietnam Red Cross .")],
        language="en",
    )  # fmt: skip
    read = with_article_context(tag_sentences(frame), documents, sentences=frame)
    assert read.emergency.tolist() == [0, 1]


def test_an_english_wires_relief_goods_for_residents_keep_their_emergency() -> None:
    documents = pd.DataFrame({
        "doc_id": ["aid"], "title": ["Russia sends relief aid to flood-hit Vietnam"],
        "language": ["en"],
    })  # fmt: skip
    frame = one_paragraph_sentences(
        [("aid", 2, "The relief goods will be distributed to residents in the flood zone .")],
        language="en",
    )  # fmt: skip
    read = with_article_context(tag_sentences(frame), documents, sentences=frame)
    assert read.emergency.tolist() == [1]
