"""Topic stage: lexicon tagger, institution rule, enumerations, cluster mapping, metrics."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.topics import (
    align_hand_labels,
    cluster_topic_indicators,
    cosine_similarity,
    describe_clusters,
    extract_enumerations,
    load_hand_labels,
    primary_topic,
    score_per_topic,
    tag_sentences,
    topic_profiles,
)

LEXICON = pd.DataFrame(
    [
        ("energy", "energy", "vi", "năng_lượng", "field"),
        ("oil_and_gas", "energy", "vi", "dầu_khí", "field"),
        ("energy", "energy", "en", "energy", "field"),
        ("oil_and_gas", "energy", "en", "oil and gas", "field"),
        ("security", "security", "vi", "an_ninh", "field"),
        ("security", "security", "en", "security", "field"),
        ("public_security_ministry", "security", "en", "ministry of public security",
         "institution"),
        ("emergency_ministry", "emergency", "vi", "bộ_tình_trạng_khẩn_cấp", "institution"),
        ("search_and_rescue", "emergency", "vi", "cứu_hộ", "field"),
        ("training", "education", "vi", "đào_tạo", "field"),
        ("economy", "other", "vi", "kinh_tế", "field"),
        ("russia", "actor", "vi", "nga", "field"),
    ],
    columns=["concept", "topic", "language", "term", "evidence"],
)  # fmt: skip


def sentences(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """(doc_id, language, tokens) rows → a sentences table."""
    frame = pd.DataFrame(rows, columns=["doc_id", "language", "tokens"])
    frame["sent_id"] = frame.groupby("doc_id").cumcount()
    frame["text"] = frame.tokens.str.replace("_", " ")
    frame["terms"] = frame.tokens.str.lower()
    return frame


def test_vietnamese_sentence_gets_several_topics() -> None:
    tags = tag_sentences(
        sentences(("a", "vi", "Hợp_tác Năng_lượng , dầu_khí , an_ninh và đào_tạo với Nga .")),
        LEXICON,
    )
    row = tags.iloc[0]
    assert (row.energy, row.security, row.education, row.emergency, row.other) == (1, 1, 1, 0, 0)
    assert (
        row.matched_terms == "education:đào_tạo;energy:dầu_khí;energy:năng_lượng;security:an_ninh"
    )
    assert row.n_topics == 3


def test_english_phrases_and_no_match() -> None:
    tags = tag_sentences(
        sentences(
            ("e", "en", "Both sides discussed oil and gas and energy security ."),
            ("e", "en", "The leaders exchanged greetings ."),
        ),
        LEXICON,
    )
    assert tags.iloc[0][["energy", "security"]].tolist() == [1, 1]
    assert "energy:oil and gas" in tags.iloc[0].matched_terms
    assert tags.iloc[1][["energy", "security", "education", "emergency", "other"]].sum() == 0
    assert tags.iloc[1].matched_terms == ""


def test_institutions_count_only_when_the_sentence_speaks_of_cooperation() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Thủ_tướng tiếp Bộ_trưởng Bộ_Tình_trạng_khẩn_cấp Nga ."),
            ("a", "vi", "Bộ_Tình_trạng_khẩn_cấp muốn tăng_cường hợp_tác với Việt_Nam ."),
            ("e", "en", "He met the Ministry of Public Security ."),
            ("e", "en", "Cooperation with the Ministry of Public Security grew ."),
        ),
        LEXICON,
    )
    assert tags.emergency.tolist()[:2] == [0, 1]
    assert tags.security.tolist()[2:] == [0, 1]


def test_actors_never_give_a_topic() -> None:
    tags = tag_sentences(sentences(("a", "vi", "Nga và Việt_Nam .")), LEXICON)
    assert tags.iloc[0].n_topics == 0


@pytest.mark.parametrize(
    ("tokens", "language", "expected"),
    [
        (
            "Hai bên hợp_tác trên các lĩnh_vực như kinh_tế - thương_mại , năng_lượng , "
            "quốc_phòng , giáo_dục và giao_lưu_nhân_dân .",
            "vi",
            [["kinh_tế", "thương_mại", "năng_lượng", "quốc_phòng", "giáo_dục",
              "giao_lưu_nhân_dân"]],
        ),
        (
            "Russia hopes to expand cooperation , particularly energy , oil and gas , "
            "defence and security , and training .",
            "en",
            [["energy", "oil and gas", "defence and security", "training"]],
        ),
        ("Hai bên nhất_trí tăng_cường hợp_tác năng_lượng và dầu_khí .", "vi", []),
        (
            "Bộ_trưởng đánh_giá cao , nhất_là sự ủng_hộ mạnh_mẽ của lãnh_đạo , tình_cảm "
            "của nhân_dân và lời mời của Tổng_thống .",
            "vi",
            [],
        ),
    ],
)  # fmt: skip
def test_enumerations_are_extracted_only_when_they_list_fields(tokens, language, expected) -> None:
    from helpers.lexicon import concept_lexicon

    assert extract_enumerations(tokens, language, concept_lexicon()) == expected


def test_cluster_is_mapped_to_the_topic_carrying_its_centroid() -> None:
    vocabulary = np.array(["concept:energy", "concept:oil_and_gas", "tiếp", "concept:economy"])
    centroids = np.array([[0.6, 0.3, 0.1, 0.0], [0.0, 0.0, 0.9, 0.1]])
    labels = np.array([0, 0, 1])
    table = describe_clusters(labels, centroids, vocabulary, LEXICON, n_terms=2)
    assert table.topic.tolist() == ["energy", "other"]
    assert table["size"].tolist() == [2, 1]
    assert table.top_terms[0] == "concept:energy concept:oil_and_gas"
    indicators = cluster_topic_indicators(
        pd.DataFrame({"doc_id": ["a"] * 3, "sent_id": [0, 1, 2], "cluster": labels}), table
    )
    assert indicators.energy.tolist() == [1, 1, 0] and indicators.other.tolist() == [0, 0, 1]


def test_per_topic_scores_by_hand() -> None:
    truth = pd.DataFrame({"doc_id": "a", "sent_id": [0, 1, 2, 3], "energy": [1, 1, 0, 0],
                          "security": [0, 1, 1, 0]})  # fmt: skip
    predicted = pd.DataFrame({"doc_id": "a", "sent_id": [0, 1, 2, 3], "energy": [1, 0, 1, 0],
                              "security": [0, 1, 1, 1]})  # fmt: skip
    scores = score_per_topic(truth, predicted, ["energy", "security"]).set_index("topic")
    # energy: TP 1, FP 1, FN 1 → P = R = F1 = 0.5; security: TP 2, FP 1 → P 2/3, R 1, F1 0.8
    assert scores.loc["energy", ["precision", "recall", "f1"]].tolist() == [0.5, 0.5, 0.5]
    assert scores.loc["security", "precision"] == pytest.approx(2 / 3)
    assert scores.loc["security", "f1"] == pytest.approx(0.8)
    assert scores.support.tolist() == [2, 2]


def test_profiles_primary_topic_and_cosine() -> None:
    tags = pd.DataFrame(
        {"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0], "energy": [1, 0, 0],
         "security": [1, 0, 1], "education": 0, "emergency": 0, "other": 0}
    )  # fmt: skip
    profiles = topic_profiles(tags).set_index(["doc_id", "topic"]).share
    assert profiles["a", "energy"] == 0.5 and profiles["b", "security"] == 1.0
    assert primary_topic(tags).tolist() == ["energy", "none", "security"]
    assert cosine_similarity([1, 0], [1, 0]) == pytest.approx(1.0)
    assert cosine_similarity([1, 0], [0, 1]) == 0.0
    assert cosine_similarity([0, 0], [1, 1]) == 0.0


def test_hand_labels_cover_all_articles_and_follow_the_schema() -> None:
    hand = load_hand_labels()
    topics = ["energy", "security", "education", "emergency", "other"]
    assert len(hand) >= 40 and hand.doc_id.nunique() == 5
    assert set(np.unique(hand[topics].to_numpy())) <= {0, 1}
    assert (hand[topics].sum() > 0).all()
    aligned = align_hand_labels(hand, hand.assign(text=hand.text.str.upper()))
    assert aligned.attrs["unmatched"] == 0


def test_leading_fields_keeps_ties_and_ignores_other() -> None:
    from helpers.topics import leading_fields

    row = pd.Series({"energy": 0.2, "security": 0.4, "education": 0.4, "emergency": 0.0,
                     "other": 0.9})  # fmt: skip
    assert leading_fields(row) == (["security", "education"], 0.4)
    assert leading_fields(row * 0) == ([], 0.0)
