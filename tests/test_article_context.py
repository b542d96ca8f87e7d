"""A sentence read in its article: fields taken from the title and the first sentences."""

from __future__ import annotations

import pandas as pd

from helpers.article_context import CONTEXT_FIELDS, with_article_context
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


def test_a_sentence_naming_the_articles_field_takes_it_without_a_cue() -> None:
    assert CONTEXT_FIELDS == ("emergency",)
    tags = tag_sentences(sentences(), concept_lexicon())
    assert tags.emergency.sum() == 0  # no relation cue in any sentence
    in_context = with_article_context(tags, DOCUMENTS).set_index(["doc_id", "sent_id"])
    # the relief sentence of the cooperation article, not of the other article
    assert in_context.emergency.tolist() == [1, 0, 0, 0, 0, 0]
    assert in_context.loc[("coop", 2), "n_topics"] == 1
    # education and energy keep the sentence's own evidence though the headline names them
    assert in_context.education.sum() == 0 and in_context.energy.sum() == 0
    everything = with_article_context(tags, DOCUMENTS, fields=["education", "energy"])
    assert everything.education.tolist() == [0, 1, 0, 0, 0, 0]
    assert everything.energy.tolist() == [0, 0, 1, 0, 0, 0]


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
