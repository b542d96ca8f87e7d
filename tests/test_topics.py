"""Topic stage: lexicon tagger, institution rule, enumerations, cluster mapping, metrics."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.lexicon import concept_lexicon
from helpers.topics import (
    BOTH_SIDES_CUE,
    EXPERIENCE_CUE,
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
            ("e", "en", "Both sides discussed oil and gas and border security ."),
            ("e", "en", "The leaders exchanged greetings ."),
            # energy security is a goal of energy policy, not the security field
            ("e", "en", "Both sides discussed oil and gas and energy security ."),
        ),
        LEXICON,
    )
    assert tags.iloc[0][["energy", "security"]].tolist() == [1, 1]
    assert "energy:oil and gas" in tags.iloc[0].matched_terms
    assert tags.iloc[1][["energy", "security", "education", "emergency", "other"]].sum() == 0
    assert tags.iloc[1].matched_terms == ""
    assert tags.iloc[2][["energy", "security"]].tolist() == [1, 0]


def test_nuclear_power_is_energy_and_nuclear_weapons_are_security() -> None:
    # the guideline: energy is nuclear power and its peaceful use; denuclearisation is security
    from helpers.lexicon import concept_lexicon

    tags = tag_sentences(
        sentences(
            ("n", "vi", "Hai bên hợp_tác xây_dựng nhà_máy điện_hạt_nhân ."),
            ("n", "vi", "Hai nước thảo_luận mục_tiêu phi hạt_nhân_hóa Bán_đảo Triều_Tiên ."),
            ("n", "vi", "Hai bên bàn về vụ thử hạt_nhân và chương_trình hạt_nhân của Triều_Tiên ."),
            ("n", "vi", "Hợp_tác năng_lượng hạt_nhân và nhiên_liệu hạt_nhân ."),
            ("n", "vi", "Nga hỗ_trợ Trung_tâm Khoa_học và Công_nghệ hạt_nhân ."),
            ("e", "en", "Talks on nuclear weapons and civil nuclear power ."),
        ),
        concept_lexicon(),  # the packaged lexicon
    )
    assert tags[["energy", "security"]].values.tolist() == [
        [1, 0], [0, 1], [0, 1], [1, 0], [1, 0], [1, 1]
    ]  # fmt: skip
    # "hạt_nhân" alone names neither field: weapons and power plants both have it
    alone = tag_sentences(sentences(("n", "vi", "Hai bên bàn về hạt_nhân .")), concept_lexicon())
    assert alone[["energy", "security"]].values.tolist() == [[0, 0]]


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


# --------------------------------------------------------------------------- notebook 03 tables


def tagged_corpus() -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    corpus = sentences(
        ("a", "vi", "hợp_tác năng_lượng và an_ninh"),
        ("a", "vi", "hỗ_trợ đào_tạo cán_bộ"),
        ("a", "vi", "hai bên hội_đàm"),
        ("b", "vi", "hợp_tác cứu_hộ và đào_tạo"),
    )
    labels = pd.Series({"a": "1 · A", "b": "2 · B"})
    return corpus, tag_sentences(corpus, LEXICON), labels


def test_tags_per_article_counts_topics_sentences_and_untagged() -> None:
    from helpers.topics import tags_per_article

    _, tags, labels = tagged_corpus()
    table = tags_per_article(tags, labels)
    assert table.loc["1 · A", ["energy", "security", "education", "emergency"]].tolist() == [
        1, 1, 1, 0,
    ]  # fmt: skip
    assert table.loc["1 · A", "sentences"] == 3 and table.loc["1 · A", "no topic"] == 1
    assert table.loc["2 · B", "no topic"] == 0 and table.loc["2 · B", "emergency"] == 1


def test_lexicon_disagreements_name_misses_and_false_alarms() -> None:
    from helpers.topics import lexicon_disagreements

    corpus, tags, labels = tagged_corpus()
    hand = tags[["doc_id", "sent_id", *TOPIC_NAMES]].copy()
    hand["text"] = corpus.text
    hand.loc[2, "security"] = 1  # the reader sees security where the lexicon sees nothing
    hand.loc[3, "emergency"] = 0  # and no emergency where the lexicon tags one
    errors = lexicon_disagreements(hand, tags, labels)
    assert errors[["topic", "error", "doc", "sent_id"]].values.tolist() == [
        ["security", "missed", "1 · A", 2],
        ["emergency", "false alarm", "2 · B", 0],
    ]
    assert ";" not in errors.matched_terms.str.replace("; ", "").str.cat()  # wraps in a browser


TOPIC_NAMES = ["energy", "security", "education", "emergency", "other"]


def test_field_term_tree_joins_terms_of_the_same_sentences_first() -> None:
    from helpers.topics import closest_term_pairs, field_term_tree

    corpus = pd.DataFrame(
        {"terms": ["dầu_khí năng_lượng", "dầu_khí năng_lượng", "an_ninh", "an_ninh cứu_hộ",
                   "cứu_hộ", "năng_lượng dầu_khí"]}
    )  # fmt: skip
    topic_of = {"dầu_khí": "energy", "năng_lượng": "energy", "an_ninh": "security",
                "cứu_hộ": "emergency"}  # fmt: skip
    terms, tree = field_term_tree(corpus, topic_of)
    assert terms.term.tolist() == sorted(topic_of) and terms["count"].tolist() == [2, 2, 3, 3]
    pairs = closest_term_pairs(terms, tree)
    # dầu_khí and năng_lượng share every sentence: distance 0, first merge, same field
    first = pairs.iloc[0]
    assert {first.term_a, first.term_b} == {"dầu_khí", "năng_lượng"}
    assert first.distance == pytest.approx(0.0) and first.same_field
    assert not pairs.iloc[1].same_field  # an_ninh – cứu_hộ share one sentence of four
    assert pairs.iloc[1].distance == pytest.approx(0.5)


def test_field_term_tree_needs_three_terms() -> None:
    from helpers.topics import field_term_tree

    _, tree = field_term_tree(pd.DataFrame({"terms": ["an_ninh an_ninh"]}), {"an_ninh": "security"})
    assert tree.shape == (0, 4)


def test_enumeration_listing_and_matrix() -> None:
    from helpers.topics import enumeration_listing, enumeration_matrix

    fields = pd.DataFrame(
        [("a", 0, 0, "dầu_khí", "energy"), ("a", 0, 0, "an_ninh", "security"),
         ("a", 0, 0, "văn_hoá", "unmapped"), ("b", 3, 0, "cứu_hộ", "emergency")],
        columns=["doc_id", "sent_id", "list_no", "item", "topic"],
    )  # fmt: skip
    labels = pd.Series({"a": "1 · A", "b": "2 · B"})
    listing = enumeration_listing(fields, labels)
    assert listing["items (topic)"].tolist() == [
        "dầu khí [energy] | an ninh [security] | văn hoá [unmapped]",
        "cứu hộ [emergency]",
    ]
    matrix = enumeration_matrix(fields, labels)
    assert matrix.columns.tolist() == ["energy", "security", "emergency", "unmapped"]
    assert matrix.loc["1 · A"].sum() == 3


def test_evidence_table_keeps_only_sentences_with_a_field() -> None:
    from helpers.topics import evidence_table

    corpus, tags, labels = tagged_corpus()
    evidence = evidence_table(corpus, tags, labels)
    assert evidence.fields.tolist() == ["energy, security", "education", "education, emergency"]
    assert evidence.article.tolist() == ["1 · A", "1 · A", "2 · B"]
    assert evidence.terms.iloc[0] == "energy:năng lượng; security:an ninh"


# --------------------------------------------------------------------------- articles by profile


def profile_table(groups: dict[str, list[float]], per_group: int, noise: float = 0.03):
    """A topic_profiles table: ``per_group`` articles around each named profile."""
    rng = np.random.default_rng(7)
    rows = []
    for name, centre in groups.items():
        for i in range(per_group):
            shares = np.clip(np.array(centre) + rng.normal(0, noise, len(centre)), 0, 1)
            rows += [
                (f"{name}{i:02d}", t, 0, float(s)) for t, s in zip(TOPIC_NAMES, shares, strict=True)
            ]
    return pd.DataFrame(rows, columns=["doc_id", "topic", "n_sentences", "share"])


def test_articles_with_different_profiles_land_in_different_clusters() -> None:
    from helpers.topics import cluster_articles

    profiles = profile_table(
        {"energy": [0.8, 0.05, 0.05, 0.0, 0.1], "security": [0.05, 0.7, 0.0, 0.2, 0.1],
         "school": [0.0, 0.05, 0.8, 0.0, 0.2]},
        per_group=8,
    )  # fmt: skip
    clusters = cluster_articles(profiles)
    assert len(clusters) == 24 and clusters.order.tolist() == list(range(24))
    by_group = clusters.assign(group=clusters.doc_id.str.rstrip("0123456789"))
    # each designed group is one cluster, and the three clusters differ
    assert by_group.groupby("group").cluster.nunique().eq(1).all()
    assert by_group.groupby("group").cluster.first().nunique() == 3
    # clusters are numbered in leaf order, so each is one contiguous band
    assert clusters.cluster.tolist() == sorted(clusters.cluster)
    # deterministic, whatever the row order of the input
    shuffled = profiles.sample(frac=1, random_state=3)
    pd.testing.assert_frame_equal(cluster_articles(shuffled), clusters)


def test_too_few_articles_are_not_clustered_and_the_reading_says_why() -> None:
    from helpers.readings_topics import article_clusters_reading
    from helpers.topics import article_cluster_summary, cluster_articles

    profiles = profile_table({"energy": [0.8, 0, 0, 0, 0.1]}, per_group=5)
    clusters = cluster_articles(profiles, min_articles=20)
    assert clusters.empty
    reading = article_clusters_reading(article_cluster_summary(profiles, clusters), 5, 20)
    assert "skipped" in reading and "5 articles" in reading and "20" in reading


def test_cluster_summary_and_reading_name_what_sets_clusters_apart() -> None:
    from helpers.readings_topics import article_clusters_reading
    from helpers.topics import article_cluster_summary, cluster_articles

    profiles = profile_table(
        {"energy": [0.8, 0.05, 0.05, 0.0, 0.1], "security": [0.05, 0.7, 0.0, 0.2, 0.1]},
        per_group=10,
    )  # fmt: skip
    clusters = cluster_articles(profiles)
    summary = article_cluster_summary(profiles, clusters)
    assert summary.loc["all", "articles"] == 20
    wide = profiles.pivot(index="doc_id", columns="topic", values="share")
    for number, members in clusters.groupby("cluster"):
        assert summary.loc[number, "energy"] == pytest.approx(
            wide.loc[members.doc_id].energy.mean()
        )
    reading = article_clusters_reading(summary, 20, 20)
    assert reading.startswith("**Reading.** 2 clusters of 20 articles")
    assert "more *energy*" in reading and "more *security*" in reading


# --------------------------------------------------------------------------- translation pairs


def pair_documents() -> pd.DataFrame:
    return pd.DataFrame(
        {"doc_id": ["v1", "e1", "v2"], "language": ["vi", "en", "vi"],
         "date": ["2025-01-02", "2025-01-02", "2025-03-01"], "n_sentences": [10, 8, 5]}
    )  # fmt: skip


def test_pair_profiles_and_reading_follow_the_numbers() -> None:
    from helpers.readings_topics import pair_reading
    from helpers.topics import pair_profiles

    profiles = pd.DataFrame(
        [("v1", t, 0, s) for t, s in zip(TOPIC_NAMES, [0.5, 0.2, 0.0, 0.0, 0.3], strict=True)]
        + [("e1", t, 0, s) for t, s in zip(TOPIC_NAMES, [0.25, 0.25, 0.0, 0.0, 0.5], strict=True)],
        columns=["doc_id", "topic", "n_sentences", "share"],
    )
    names = pd.Series({"v1": "1 · V (vi)", "e1": "2 · E (en)"})
    side = pair_profiles(profiles, "v1", "e1", names)
    assert side.columns.tolist() == ["1 · V (vi)", "2 · E (en)", "difference"]
    assert side.difference["energy"] == pytest.approx(0.25)
    pair = pd.Series({"doc_a": "v1", "doc_b": "e1", "cosine": 0.85, "source": "found"})
    reading = pair_reading(pair, side, pair_documents())
    # the gap named is the largest absolute difference: energy (+0.25) before other (-0.2)
    assert "*energy* (50% vs 25% of sentences)" in reading
    assert "**0.850** — similar profiles" in reading and "10 vs 8 sentences" in reading
    same = pair_reading(pair.copy().replace({0.85: 0.99}), side.assign(difference=0.0),
                        pair_documents())  # fmt: skip
    assert "nearly the same" in same and "no topic's share differs" in same


def test_translation_pairs_reading_says_why_none_was_found() -> None:
    from helpers.readings_topics import translation_pairs_reading

    empty = pd.DataFrame(columns=["doc_a", "doc_b", "source"])
    documents = pair_documents()
    reading = translation_pairs_reading(empty, documents, shown=3)
    assert reading.startswith("No translation pair") and "1 in en, 2 in vi" in reading
    one_language = translation_pairs_reading(empty, documents[documents.language == "vi"], 3)
    assert "every article is in one language (vi)" in one_language
    pairs = pd.DataFrame({"doc_a": list("abcd"), "doc_b": list("efgh"),
                          "source": ["given", "found", "found", "found"]})  # fmt: skip
    many = translation_pairs_reading(pairs, documents, shown=3)
    assert many.startswith("4 translation pairs (1 named") and "first 3 are shown" in many


# --------------------------------------------------------------------------- large corpora


def test_row_names_switch_from_articles_to_languages_above_the_limit() -> None:
    from helpers.topics import row_names, tags_per_article

    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "language": ["vi", "en", "vi"]})
    labels = pd.Series({"a": "1 · A", "b": "2 · B", "c": "3 · C"})
    assert row_names(documents, labels, 3).equals(labels)
    grouped = row_names(documents, labels, 2)
    assert grouped.to_dict() == {"a": "vi articles", "b": "en articles", "c": "vi articles"}
    tags = pd.DataFrame(
        {"doc_id": ["a", "a", "b", "c"], "energy": [1, 0, 1, 1], "n_topics": [1, 0, 1, 2],
         **{t: [0, 0, 0, 1] for t in TOPIC_NAMES[1:]}}
    )  # fmt: skip
    table = tags_per_article(tags, grouped)
    assert table.loc["vi articles", ["energy", "sentences", "no topic"]].tolist() == [2, 3, 1]
    assert table.loc["en articles", "sentences"] == 1


def test_leading_field_counts_count_ties_for_each_field() -> None:
    from helpers.topics import leading_field_counts

    rows = {"a": [0.5, 0.5, 0, 0, 0.9], "b": [0.2, 0, 0, 0, 0], "c": [0, 0, 0, 0, 1.0]}
    profiles = pd.DataFrame(
        [(d, t, 0, s) for d, v in rows.items() for t, s in zip(TOPIC_NAMES, v, strict=True)],
        columns=["doc_id", "topic", "n_sentences", "share"],
    )
    counts = leading_field_counts(profiles)
    # "other" never leads: c names no field although its other share is 1
    assert counts.to_dict() == {"energy": 2, "security": 1, "education": 0, "emergency": 0,
                                "no field": 1}  # fmt: skip


def test_scores_without_any_hand_label_are_blank_not_an_error() -> None:
    truth = pd.DataFrame(columns=["doc_id", "sent_id", *TOPIC_NAMES])
    _, tags, _ = tagged_corpus()
    scores = score_per_topic(truth, tags)
    assert scores.support.tolist() == [0] * 5 and scores.f1.isna().all()


# --------------------------------------------------------------------------- readings


def test_readings_change_their_wording_with_the_numbers() -> None:
    from helpers.readings_topics import (
        disagreements_reading,
        lexicon_f1_reading,
        multi_topic_reading,
        silhouette_reading,
    )

    flat = pd.DataFrame({"k": [2, 3], "silhouette": [0.02, 0.05]})
    clear = pd.DataFrame({"k": [2, 3], "silhouette": [0.4, 0.3]})
    assert "do not fall into separate groups" in silhouette_reading(flat, 3, 3, [2, 3])
    assert "edge of the range" in silhouette_reading(flat, 3, 3, [2, 3])
    assert "clear structure" in silhouette_reading(clear, 2, 2, [2, 3])
    assert "edge" not in silhouette_reading(clear, 2, 2, [2, 3])

    scores = pd.DataFrame({"topic": TOPIC_NAMES, "f1": [0.95, 0.6, 0.9, 1.0, 0.99],
                           "support": [3] * 5})  # fmt: skip
    reading = lexicon_f1_reading(scores)
    assert "from 0.60 (security) to 1.00 (emergency), low at worst" in reading
    assert "0.99, within or above that range" in reading

    many = pd.DataFrame({"n_topics": [2, 2, 0, 1]})
    few = pd.DataFrame({"n_topics": [1] * 9 + [2]})
    assert "a sizeable part" in multi_topic_reading(many)
    assert "few enough" in multi_topic_reading(few)
    # the share is of the sentences naming a topic: general news names none in most
    mostly_untagged = pd.DataFrame({"n_topics": [2, 1] + [0] * 20})
    assert "1 of the 2 sentences that name a topic (50%)" in multi_topic_reading(mostly_untagged)

    errors = pd.DataFrame({"topic": ["security", "security", "other"],
                           "error": ["missed", "false alarm", "missed"]})  # fmt: skip
    assert disagreements_reading(errors, 40) == (
        "2 topics missed and 1 false alarm over 40 hand-labelled sentences; "
        "most errors (2) concern *security*."
    )
    assert "The lexicon agrees with the hand labels on all 40" in disagreements_reading(
        errors.head(0), 40
    )
    # notebook 03 reads the project's tags against the dev labels too: with none of them in
    # the corpus it must not say the corpus holds no hand-labelled sentence (the seeds do)
    assert disagreements_reading(errors.head(0), 0, "the project's tags", "the dev labels") == (
        "No sentence of the dev labels is in this corpus, so no disagreement to list."
    )


def test_a_clustering_is_fitted_once_for_the_same_vectors_k_and_seed(monkeypatch) -> None:
    from scipy import sparse as sp

    from helpers import topics as topics_module

    fits = []
    original = topics_module._fit_clusters
    monkeypatch.setattr(topics_module, "_FITS", {})
    monkeypatch.setattr(
        topics_module, "_fit_clusters", lambda *args: fits.append(args) or original(*args)
    )
    vectors = sp.csr_matrix(np.eye(6)[[0, 0, 1, 1, 2, 2, 3, 3]])
    labels, _ = topics_module.cluster_sentences(vectors, 3, seed=1)
    labels[:] = -1  # the caller's copy: the kept fit must not change
    again, _ = topics_module.cluster_sentences(vectors, 3, seed=1)
    assert len(fits) == 1 and (again >= 0).all()
    topics_module.cluster_sentences(vectors, 3, seed=2)
    topics_module.cluster_sentences(vectors * 2, 3, seed=1)
    assert len(fits) == 3


def test_the_fit_cache_tells_dtypes_apart_and_never_keeps_an_unseeded_fit(monkeypatch) -> None:
    from helpers import topics as topics_module

    monkeypatch.setattr(topics_module, "_FITS", {})
    values = np.eye(4)[[0, 0, 1, 1, 2, 2, 3, 3]]
    topics_module.cluster_sentences(values, 2, seed=1)
    topics_module.cluster_sentences(values.view(np.int64), 2, seed=1)  # same bytes, not the same
    assert len(topics_module._FITS) == 2
    topics_module.cluster_sentences(values, 2, seed=None)
    assert len(topics_module._FITS) == 2


def test_generic_verbs_of_emergency_news_need_their_object() -> None:
    # "cảnh báo" (to warn), "ứng phó" (to respond to), "khẩn cấp" (urgent) are not the field:
    # politicians warn, countries respond to climate change (guideline: environment, `other`)
    from helpers.lexicon import concept_lexicon

    tags = tag_sentences(
        sentences(
            ("w", "vi", "Ông cảnh_báo Triều_Tiên rằng quan_hệ hai nước xấu đi ."),
            ("w", "vi", "Hai nước hợp_tác ứng_phó với biến_đổi khí_hậu ."),
            ("w", "vi", "Hai bên cần khẩn_cấp khởi_động đàm_phán ."),
            ("w", "vi", "Hai nước hợp_tác về cảnh_báo_sớm thiên_tai và ứng_phó sự_cố ."),
            ("w", "vi", "Nga chia_sẻ những mất_mát do bão gây ra ."),
            ("w", "en", "Both sides agreed on emergency response and storm damage ."),
            ("w", "en", "Both sides held an emergency meeting on trade ."),
            # a storm or a flood that is no weather: a missile's name, a surge of imports
            ("w", "en", "Britain supplied Storm Shadow missiles under the agreement ."),
            ("w", "en", "The two sides discussed a flood of imports ."),
            ("w", "vi", "Cơn bão trừng_phạt làm quan_hệ hai nước xấu đi ."),
        ),
        concept_lexicon(),
    )
    assert tags.emergency.tolist() == [0, 0, 0, 1, 1, 1, 0, 0, 0, 0]


def test_ending_a_war_is_security_but_peace_as_a_formula_is_not() -> None:
    # the guideline: cooperation to end a war or a crisis (a ceasefire, peace talks) is
    # security; "hòa bình, ổn định, hợp tác và phát triển" is a relationship formula
    from helpers.lexicon import concept_lexicon
    from helpers.vietnamese import segment_words

    texts = [
        "Hai nước hợp tác giám sát lệnh ngừng bắn tại Syria.",
        "Ông kêu gọi hợp tác nhằm lập lại hòa bình tại miền Đông Ukraine.",
        "Nga và Ukraine ký thỏa thuận hòa bình.",  # "thỏa thuận" must stay one word
        # the formula: peace alone is no term, and must not become one
        "Hai bên góp phần vào hòa bình, ổn định, hợp tác và phát triển ở khu vực.",
    ]
    rows = [("p", "vi", " ".join(segment_words(text))) for text in texts]
    tags = tag_sentences(sentences(*rows), concept_lexicon())
    assert tags.security.tolist() == [1, 1, 1, 0]


def test_a_research_institute_counts_only_when_the_sentence_cooperates_with_it() -> None:
    # an analyst's affiliation names who speaks (guideline decision 1), cooperation with the
    # institute is research cooperation
    from helpers.lexicon import concept_lexicon

    tags = tag_sentences(
        sentences(
            ("r", "vi", "Ông X ( Trung_tâm nghiên_cứu Chiến_lược ) bàn quan_hệ hai nước ."),
            ("r", "vi", "Nga hợp_tác với Viện nghiên_cứu Thủy_lợi ."),
            ("r", "vi", "Hai nước hợp_tác nghiên_cứu vật_liệu mới ."),
        ),
        concept_lexicon(),
    )
    assert tags.education.tolist() == [0, 1, 1]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the guideline: condolences for storm damage count as emergency; underthesea splits
        # "chia buồn" unless the domain dictionary holds it, and then no cue is found
        ("Tổng thống Nga gửi điện chia buồn về thiệt hại của cơn bão số 12.", "chia_buồn"),
        # "đồng hành cùng" is how Vietnamese diplomacy says a partner stands by the other side
        ("Ông khẳng định Nga sẽ tiếp tục đồng hành cùng Việt Nam trong phòng, chống thiên tai.",
         "đồng_hành"),
        ("Ông bày tỏ sự cảm thông với Việt Nam trước những thiệt hại do mưa bão, lũ lụt gây ra.",
         "cảm_thông"),
    ],
)  # fmt: skip
def test_standing_by_a_country_in_a_disaster_is_emergency(text: str, cue: str) -> None:
    from helpers.lexicon import concept_lexicon
    from helpers.vietnamese import segment_words

    tags = tag_sentences(sentences(("c", "vi", " ".join(segment_words(text)))), concept_lexicon())
    assert tags.relation_cues.tolist() == [cue]
    assert tags.emergency.tolist() == [1]


def test_a_field_word_inside_an_english_compound_counts() -> None:
    # "typhoon-hit" is one token to the tokenizer; the lexicon lists "typhoon". A code such
    # as "Il-76" or a lone dash is not split.
    from helpers.lexicon import concept_lexicon, lexicon_tokens

    assert lexicon_tokens("aid for typhoon-hit il-76 - crews", "en") == (
        "aid for typhoon hit il-76 - crews"
    )
    assert lexicon_tokens("quốc_phòng-an_ninh", "vi") == "quốc_phòng-an_ninh"
    tags = tag_sentences(
        sentences(
            ("t", "en", "Putin ordered that assistance be provided to typhoon-hit Vietnam ."),
            ("t", "en", "Typhoon-hit provinces were cut off for days ."),
        ),
        concept_lexicon(),
    )
    assert tags.emergency.tolist() == [1, 0]


def test_english_plurals_count_like_their_singular_but_securities_are_not_security() -> None:
    from helpers.lexicon import concept_lexicon, english_plural

    assert [english_plural(w) for w in ("university", "typhoon", "crash", "day")] == [
        "universities", "typhoons", "crashes", "days",
    ]  # fmt: skip
    tags = tag_sentences(
        sentences(
            ("p", "en", "Russia signed cooperation frameworks with Vietnamese universities ."),
            ("p", "en", "Vietnam thanked Russia for its support after natural disasters ."),
            ("p", "en", "The two sides agreed to list securities on both exchanges ."),
            ("p", "en", "Both sides , nuclear powers , agreed to talk about non-oil trade ."),
        ),
        concept_lexicon(),
    )
    assert tags.education.tolist() == [1, 0, 0, 0]
    assert tags.emergency.tolist() == [0, 1, 0, 0]
    assert tags.security.tolist() == [0, 0, 0, 0]
    assert tags.energy.tolist() == [0, 0, 0, 0]  # states with the bomb; trade other than oil
    assert "emergency:disasters" in tags.matched_terms[1]


def test_a_field_word_in_another_sense_is_no_evidence_of_its_field() -> None:
    # "tuyên truyền, giáo dục" is political instruction, "khoa học, hợp lý" the adjective
    # "rational", "nghiên cứu, xem xét" "look into", "nông nghiệp công nghệ cao" a kind of
    # farming, "greenhouse gas" an emission: cooperation cues do not make them a field.
    from helpers.lexicon import concept_lexicon

    tags = tag_sentences(
        sentences(
            ("v", "vi", "Hai bên hợp_tác đẩy_mạnh tuyên_truyền , giáo_dục về truyền_thống ."),
            ("v", "vi", "Hai bên hợp_tác đổi_mới phương_pháp giáo_dục truyền_thống ."),
            ("v", "vi", "Hai bên hợp_tác trong lĩnh_vực giáo_dục và đào_tạo ."),
            ("v", "vi", "Viettel hợp_tác với đối_tác theo cách khoa_học , hợp_lý ."),
            ("v", "vi", "Hai bên hợp_tác về khoa_học , hợp_tác y_tế ."),
            ("v", "vi", "Nhật_Bản sẽ nghiên_cứu , xem_xét việc hỗ_trợ dự_án ."),
            ("v", "vi", "Hai bên hợp_tác phát_triển nông_nghiệp công_nghệ cao ."),
            ("v", "vi", "Hai bên hợp_tác phát_triển công_nghệ và nông_nghiệp ."),
            ("v", "vi", "Hai bên hợp_tác phòng_chống tội_phạm công_nghệ cao ."),
            ("g", "en", "The two countries agreed to cooperate on cutting greenhouse gases ."),
            ("g", "en", "The two countries agreed to cooperate on gas and greenhouse farming ."),
            ("o", "en", "The two navies agreed to hold joint drills on oil spill response ."),
        ),
        concept_lexicon(),
    )
    assert tags.education.tolist() == [0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1]  # drills train
    assert tags.security.tolist() == [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]  # the crime still counts
    assert tags.energy.tolist() == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]
    assert tags.emergency.tolist()[-1] == 1  # an oil spill's response is emergency, not energy
    assert "other:nông_nghiệp" in tags.matched_terms[6]  # the farming itself still counts


@pytest.mark.parametrize("phrase", ["tuyên_truyền giáo_dục", "[tuyên_truyền] [giáo_dục]"])
def test_field_word_senses_mark_exactly_one_term(monkeypatch, tmp_path, phrase: str) -> None:
    from helpers import lexicon

    table = pd.DataFrame({"language": ["vi"], "phrase": [phrase], "sense": ["x"]})
    path = tmp_path / "field_word_senses.csv"
    table.to_csv(path, index=False)

    class Folder:
        def joinpath(self, name: str):
            return path

    monkeypatch.setattr(lexicon.resources, "files", lambda package: Folder())
    lexicon.field_word_senses.cache_clear()
    try:
        with pytest.raises(ValueError, match="mark one lowercase term"):
            lexicon.field_word_senses()
    finally:
        monkeypatch.undo()
        lexicon.field_word_senses.cache_clear()


def test_cluster_terms_read_as_words_and_concepts_not_feature_names() -> None:
    from helpers.topics import clusters_for_reading

    raw = pd.DataFrame(
        {"cluster": [0], "size": [3], "top_terms": ["concept:oil_and_gas hợp_tác nga"],
         "topic": ["energy"]}
    )  # fmt: skip
    shown = clusters_for_reading(raw)
    assert shown.top_terms[0] == "[oil and gas] · hợp tác · nga"
    assert raw.top_terms[0] == "concept:oil_and_gas hợp_tác nga"  # the CSV's table unchanged
    assert shown.drop(columns="top_terms").equals(raw.drop(columns="top_terms"))


def test_law_enforcement_and_weapons_words_name_security() -> None:
    from helpers.lexicon import concept_lexicon

    tags = tag_sentences(
        sentences(
            ("s", "vi", "Hai bên đã phối_hợp dẫn_độ 14 đối_tượng truy_nã về nước ."),
            ("s", "vi", "Lực_lượng hai nước tổ_chức 48 đợt tuần_tra song_phương ."),
            ("s", "en", "Russia offered to help Vietnam with air defence and extradition ."),
            ("s", "vi", "Hai bên phối_hợp tổ_chức tuần_lễ văn_hóa ."),
        ),
        concept_lexicon(),
    )
    assert tags.security.tolist() == [1, 1, 1, 0]


def test_a_sentence_naming_both_sides_speaks_of_the_relationship_without_a_cue() -> None:
    frame = sentences(
        *[("d", "vi", "Mỗi năm , 30 sinh_viên Việt_Nam nhận học_bổng toàn_phần của Nga ."),
         ("d", "vi", "Mỗi năm , 30 sinh_viên Việt_Nam nhận học_bổng toàn_phần của Pháp ."),
         ("d", "vi", "Việt_Nam nhập_khẩu từ Liên_Xô than_đá và xăng_dầu ."),
         # a word of two senses is not enough: "năng lượng" here is a young woman's vigour
         ("d", "vi", "Cô gái Việt_Nam mang năng_lượng mới tới nước Nga ."),
         ("d", "en", "Vietnamese students received 1,000 Russian scholarships .")],
    )  # fmt: skip
    tags = tag_sentences(frame, concept_lexicon())
    assert tags.education.tolist() == [1, 0, 0, 0, 1]
    assert tags.energy.tolist() == [0, 0, 1, 0, 0]
    assert tags.relation_cues.tolist()[:2] == [BOTH_SIDES_CUE, ""]
    assert tags.matched_terms[3] == "energy:năng_lượng"  # found, shown, but no field


def test_energy_firms_and_plain_oil_and_coal_words_are_energy_but_not_cooking_oil() -> None:
    frame = sentences(
        *[("d", "vi", "Vietsovpetro ký thỏa_thuận với Zarubezhneft về mỏ Bạch_Hổ ."),
         ("d", "en", "Rosatom signed an agreement to build the research reactor ."),
         ("d", "vi", "Hai bên ký thỏa_thuận tăng sản_lượng dầu và than ."),
         ("d", "vi", "Hai bên ký thỏa_thuận xuất_khẩu dầu ăn và dầu gội ."),
         ("d", "vi", "Người dân kêu than vì mất điện giữa lúc nắng_nóng ."),
         ("d", "vi", "Hai nước hợp_tác phát_triển năng_lượng tái_tạo .")],
    )  # fmt: skip
    tags = tag_sentences(frame, concept_lexicon())
    assert tags.energy.tolist() == [1, 1, 1, 0, 0, 1]
    assert tags.relation_cues[4] == ""  # "giữa lúc" is "amid", not "between"


def test_institutions_senses_and_technology_for_a_fields_equipment() -> None:
    frame = sentences(
        *[# the education ministry names who announced, the fire police are firefighters
         ("d", "vi", "Thông_tin được Bộ Giáo_dục và Đào_tạo công_bố , theo thỏa_thuận ."),
         ("d", "vi", "Bộ Giáo_dục và Đào_tạo hợp_tác với Nga đào_tạo giáo_viên ."),
         ("d", "vi", "Cục Cảnh_sát phòng_cháy , chữa_cháy phối_hợp với Nga tổ_chức diễn_tập ."),
         # "nghiên cứu" + a verb is "look into"; research itself stays education
         ("d", "vi", "Hai bên nhất_trí nghiên_cứu mở thêm đường bay thẳng ."),
         ("d", "vi", "Hai bên nhất_trí hợp_tác nghiên_cứu vật_liệu mới ."),
         # the commission's name gives no field
         ("d", "vi", "Phiên họp Ủy_ban hợp_tác kinh_tế - thương_mại và khoa_học - kỹ_thuật ."),
         # technology for a field's equipment is that field's (guideline decision 4)
         ("d", "vi", "Rosatom sẵn_sàng chia_sẻ công_nghệ xây_dựng nhà_máy điện_hạt_nhân ."),
         ("d", "vi", "Nga hợp_tác đào_tạo kỹ_sư và chuyển giao công_nghệ điện_hạt_nhân ."),
         ("d", "vi", "Hai bên hợp_tác phát_triển công_nghệ thông_tin .")],
    )  # fmt: skip
    tags = tag_sentences(frame, concept_lexicon())
    assert tags.education.tolist() == [0, 1, 0, 0, 1, 0, 0, 1, 1]
    assert tags.emergency[2] == 1 and tags.security[2] == 0
    assert tags.energy[6] == 1


def test_a_bare_technology_is_education_only_as_a_sector_of_cooperation() -> None:
    # a product's technology or a firm's trade is no field; a sector of cooperation is
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Apple hợp_tác với Lumentum để tích_hợp công_nghệ cảm_ứng vào sản_phẩm ."),
            ("d", "vi", "Bộ cấp_phép cho taxi công_nghệ của bảy đơn_vị hợp_tác kinh_doanh ."),
            ("d", "vi", "Tỉnh đề_nghị phía Nga chia_sẻ công_nghệ trong phòng , chống thiên_tai ."),
            ("d", "en", "The sides discussed cooperation on radiation technologies in farming ."),
            ("d", "vi", "Hai bên hợp_tác trong các lĩnh_vực công_nghệ , du_lịch , y_tế ."),
            ("d", "vi", "Hai bên hợp_tác phát_triển công_nghệ thông_tin ."),
            ("d", "vi", "Hai nước hợp_tác trong lĩnh_vực công_nghệ cao , xây_dựng ."),
            ("d", "en", "The two countries will cooperate in digital technology ."),
        ),
        concept_lexicon(),
    )
    assert tags.education.tolist() == [0, 0, 0, 0, 1, 1, 1, 1]
    assert tags.emergency[2] == 1  # the disaster prevention still counts


def test_the_fire_polices_parent_in_its_name_is_no_security_and_energy_as_vigour_no_field() -> None:
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Cục Cảnh_sát phòng_cháy , chữa_cháy và cứu_nạn , cứu_hộ ( Bộ_Công_an ) "
                        "phối_hợp với Nga tổ_chức lớp tập_huấn ."),
            ("d", "vi", "Phòng Cảnh_sát PCCC&CNCH Công_an tỉnh phối_hợp với đoàn Nga diễn_tập ."),
            # a police force named as the next party still counts
            ("d", "vi", "Cảnh_sát PCCC Nga phối_hợp với Công_an tỉnh phòng_chống tội_phạm ."),
            ("d", "vi", "Nga viện_trợ Cảnh_sát PCCC và Bộ_đội Biên_phòng trang_thiết_bị ."),
            ("d", "vi", "Chương_trình hợp_tác tiếp thêm năng_lượng mới cho quan_hệ hai nước ."),
            ("d", "vi", "Tình hữu_nghị là “ nguồn năng_lượng ” cho sự hợp_tác ."),
            ("d", "vi", "Hai nước hợp_tác phát_triển năng_lượng mới ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 1, 1, 0, 0, 0]
    assert tags.emergency[:4].tolist() == [1, 1, 1, 1]
    assert tags.energy[4:].tolist() == [0, 0, 1]


def test_the_two_sides_state_energy_firms_name_their_side() -> None:
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Novatek đề_xuất cung_cấp LNG dài_hạn cho Việt_Nam ."),
            ("d", "vi", "Novatek đề_xuất cung_cấp LNG dài_hạn cho Nhật_Bản ."),
            ("d", "en", "Rosatom offered Vietnam a research reactor ."),
            # a joint venture of the two sides names both
            ("d", "vi", "Năm nay Vietsovpetro khai_thác 3 triệu tấn dầu_thô ."),
            ("d", "vi", "ExxonMobil khai_thác dầu_thô tại Việt_Nam ."),
            # a firm speaks for its side in its trade and training, not in a criminal case
            ("d", "vi", "Công_an tỉnh khởi_tố nguyên Phó Tổng_giám_đốc Vietsovpetro về tội "
                        "tham_ô ."),
            ("d", "vi", "Rosatom đào_tạo 300 kỹ_sư hạt_nhân cho Việt_Nam ."),
            ("d", "vi", "EVN làm_việc với Rosatom về dự_án điện_hạt_nhân Ninh_Thuận ."),
            # a firm's name alone names who met
            ("d", "vi", "Chủ_tịch EVN tiếp Đại_sứ Liên_bang_Nga ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.energy.tolist() == [1, 0, 1, 1, 0, 0, 0, 1, 0]
    assert tags.security[5] == 0 and tags.education[6] == 1
    assert tags.relation_cues[0] == BOTH_SIDES_CUE


def test_the_host_of_a_diplomatic_mission_is_a_place_not_a_party() -> None:
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Dự lễ đón có đại_diện Bộ Tư_lệnh Vùng 4 Hải_quân và Đại_sứ_quán Nga "
                        "tại Việt_Nam ."),
            ("d", "en", "The Russian Embassy in Vietnam sent a navy attache to the ceremony ."),
            # the two sides named as parties still speak of the relationship
            ("d", "vi", "Hải_quân Nga và Hải_quân Việt_Nam diễn_tập tìm_kiếm cứu_nạn ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 1]


def test_a_joint_exercise_between_parties_is_training_as_well_as_its_field() -> None:
    # guideline, decision 2 extended: multinational military training is security and education
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Hải_quân hai nước sẽ tập_trận chung trên biển ."),
            ("d", "vi", "Nga và Trung_Quốc tập_trận chung trên biển Hoa_Đông ."),
            ("d", "en", "Russian and Vietnamese navies held joint drills in search and rescue ."),
            # the two countries' navies exercising are parties, "chung" or not
            ("d", "vi", "Hải_quân hai nước sẽ tập_trận trên biển ."),
            # one state's forces drilling together are no parties
            ("d", "vi", "Cuộc diễn_tập chung có sự tham_gia của công_an , quân_đội và dân_quân ."),
            # the drill's kind may stand between the joint act and the drill
            ("d", "en", "Russian sailors and the Vietnamese navy will hold a joint "
                        "search-and-rescue drill ."),
            ("d", "vi", "Thủy_thủ Nga và Hải_quân Việt_Nam sẽ luyện_tập phối_hợp tìm_kiếm , "
                        "cứu_nạn trên biển ."),
            # a joint venture that plans to drill wells holds no exercise
            ("d", "en", "The Russian-Vietnamese joint venture plans to drill new oil wells ."),
            # any exercise the two sides hold, named as such; a call to restraint is none
            ("d", "vi", "Hai bên sẽ tổ_chức luyện_tập thông_tin liên_lạc và tìm_kiếm , cứu_nạn ."),
            ("d", "en", "The navies of the two countries will practise anti-submarine "
                        "operations ."),
            ("d", "en", "In a joint statement , the two sides urged the navies to exercise "
                        "restraint ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0]
    assert tags.security.tolist() == [1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1]
    assert tags.emergency.tolist() == [0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0]
    assert tags.energy.tolist()[7] == 1  # the venture's oil, with its education left out


def test_a_list_of_who_attended_is_about_the_meeting_alone() -> None:
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Dự buổi làm_việc có đại_diện Cục Đối_ngoại ( Bộ_Công_an ) phụ_trách "
                        "hợp_tác ."),
            ("d", "vi", "Tham_dự phiên họp , phía Petrovietnam có ông A ; phía Zarubezhneft có "
                        "ông B ."),
            ("d", "en", "Attending the talks were officials of the Vietnamese and Russian "
                        "defence ministries ."),
            # a sentence that opens with "dự" and goes on to the field stays
            ("d", "vi", "Dự_án hợp_tác đào_tạo kỹ_sư có tổng vốn 2 triệu USD ."),
            # taking part in a programme is no attendance list
            ("d", "vi", "Tham_gia chương_trình hợp_tác đào_tạo có 50 sinh_viên Việt_Nam ."),
            # academics by their titles, and "đến dự"
            ("d", "vi", "Tham_dự lễ ký_kết có PGS.TS Lê_Văn_A , Hiệu_trưởng Nhà_trường , GS.TS "
                        "B , Phó Hiệu_trưởng trường Đại_học Dầu_khí Nga ."),
            ("d", "vi", "Đến dự có PGS. Trần_Văn_C , Giám_đốc Đại_học Huế và ông D , phụ_trách "
                        "hợp_tác quốc_tế của Đại_học Liên_bang Viễn_Đông ."),
            ("d", "vi", "Tới dự lễ ký có TS Nguyễn_Hồng_Sơn , Chủ_tịch Tổng_hội Khoa_học và "
                        "Công_nghệ ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags[["security", "energy", "education"]].sum(axis=1).tolist() == [
        0,
        0,
        0,
        1,
        1,
        0,
        0,
        0,
    ]
    assert "security:bộ_công_an" in tags.matched_terms[0]  # the evidence is still listed


def test_research_before_a_verb_is_looking_into_and_a_commission_name_no_science() -> None:
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Hai bên nghiên_cứu xây_dựng cơ_chế phối_hợp tuần_tra biên_giới ."),
            ("d", "vi", "Ông đề_xuất nghiên_cứu xây_dựng cơ_chế chia_sẻ dữ_liệu chống buôn_lậu ."),
            ("d", "vi", "Các công_ty Nga nghiên_cứu , tham_gia dự_án dầu_khí với Việt_Nam ."),
            ("d", "vi", "Hai bên hợp_tác nghiên_cứu vắc_xin mới ."),
            # after a word of joint work it is joint research
            ("d", "vi", "Hai viện hợp_tác nghiên_cứu xây_dựng mô_hình dự_báo bão ."),
            ("d", "en", "They agreed to report to the Committee for Economic , Trade , Scientific "
                        "and Technical Cooperation ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [0, 0, 0, 1, 1, 0]
    assert tags.security[:2].tolist() == [1, 1] and tags.energy[2] == 1


def test_a_side_named_as_peoples_nationality_is_no_party() -> None:
    tags = tag_sentences(
        sentences(
            ("d", "vi", "Công_an Việt_Nam bắt_giữ hai du_khách Nga vì tàng_trữ ma_túy ."),
            ("d", "en", "Vietnamese police arrested two Russian nationals for drug trafficking ."),
            ("d", "vi", "Việt_Nam mua tàu_ngầm của Nga ."),
            # the field list of a cooperation is no commission's name
            ("d", "vi", "Hai bên hợp_tác trong các lĩnh_vực kinh_tế , thương_mại và khoa_học ."),
            ("d", "vi", "Hai nước sẽ hợp_tác sản_xuất dầu đậu_nành và dầu cá ."),
        ),
        concept_lexicon(),
    )
    assert tags.security.tolist() == [0, 0, 1, 0, 0]
    assert tags.relation_cues.tolist()[:3] == ["", "", BOTH_SIDES_CUE]
    assert tags.education.tolist() == [0, 0, 0, 1, 0]
    assert tags.energy.tolist() == [0, 0, 0, 0, 0]


def test_training_courses_trainees_and_study_abroad_are_education_but_not_their_look_alikes() -> (
    None
):
    # the words a scholarship or training article is written in ("tập huấn", "học viên",
    # "lưu học sinh"), not only "đào tạo"; a community "living, working and studying" abroad,
    # labour trainees ("thực tập sinh") and a sports team's training camp are not education
    from helpers.lexicon import concept_lexicon

    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai bên thống_nhất tổ_chức lớp tập_huấn cho cán_bộ kỹ_thuật ."),
            ("b", "vi", "Phía Nga hỗ_trợ tiếp_nhận 20 học_viên và nghiên_cứu_sinh ."),
            ("c", "vi", "Hiện có 6.000 lưu_học_sinh Việt_Nam theo học tại Nga ."),
            ("d", "vi", "Hai bên hỗ_trợ bà_con sinh_sống , làm_việc và học_tập tại Nga ."),
            ("e", "vi", "Hai bên hợp_tác đưa thực_tập sinh sang làm_việc ."),
            ("f", "vi", "Nhờ hợp_tác với đối_tác , đội_tuyển sang tập_huấn tại Tokyo ."),
            ("g", "en", "Russia and Vietnam agreed to exchange cadets and trainees ."),
            # other senses: a political campaign, learning from each other, drug-rehab inmates,
            # a sports camp, currents of ideas, trained animals
            ("h", "vi", "Hai bên đẩy_mạnh học_tập và làm theo tư_tưởng Hồ_Chí_Minh ."),
            ("i", "vi", "Hai bên tăng_cường học_tập lẫn nhau về công_tác xây_dựng Đảng ."),
            ("j", "vi", "Hai bên trao_đổi cách quản_lý học_viên tại các cơ_sở cai_nghiện ."),
            ("k", "vi", "Theo lời mời của đối_tác , đội_tuyển sang Nga tập_huấn cho vòng loại ."),
            ("l", "en", "The two sides discussed different schools of thought ."),
            ("m", "en", "Russia will supply Vietnam with trained sniffer dogs ."),
        ),
        concept_lexicon(),
    )
    assert tags.education.tolist() == [1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]


def test_relief_or_a_scholarship_given_by_a_side_speaks_of_the_relationship() -> None:
    # the giver is one party and a Vietnamese article need not name the receiver; the same
    # relief from a province's own fund, or a side named as a place, is no relationship
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hàng cứu_trợ của Nga đến với người_dân vùng sạt_lở Hoàng_Su_Phì"),
            ("b", "vi", "Năm nay có 12 học_sinh nhận học_bổng của Chính_phủ Liên_bang_Nga ."),
            ("c", "vi", "Hàng cứu_trợ của tỉnh đến với người_dân vùng sạt_lở ."),
            ("d", "vi", "Ông từng đi du_lịch ở Nga và nhận học_bổng của tỉnh ."),
        ),
        concept_lexicon(),
    )
    assert tags.emergency.tolist() == [1, 0, 0, 0]
    assert tags.education.tolist() == [0, 1, 0, 0]
    assert tags.relation_cues[0] == "(gift from a side)"


def test_a_suspects_cooperation_with_investigators_and_oil_stocks_are_no_field() -> None:
    # a suspect's attitude, and a kind of stock, are not the field's cooperation; a foreign
    # police force working with the investigators is
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Bị_can tích_cực hợp_tác với Cơ_quan Cảnh_sát điều_tra ."),
            ("b", "vi", "Interpol Nga phối_hợp chặt_chẽ với Cơ_quan Cảnh_sát điều_tra ."),
            ("c", "vi", "Hai bên hợp_tác trao_đổi về nhóm cổ_phiếu dầu_khí ."),
            ("d", "vi", "Cảnh_sát hai nước hợp_tác điều_tra vụ án ."),
        ),
        concept_lexicon(),
    )
    assert tags.security.tolist() == [0, 1, 0, 1]
    assert tags.energy.tolist() == [0, 0, 0, 0]


def test_coordination_between_a_states_own_services_is_no_relation_cue() -> None:
    at_home = [
        "Công_an tỉnh phối_hợp với Ban_Chỉ_huy Phòng_chống thiên_tai diễn_tập chữa_cháy .",
        "Các lực_lượng đã phối_hợp nhịp_nhàng trong công_tác cứu_hộ , cứu_nạn .",
        "Công_ty phối_hợp chặt_chẽ với các địa_phương bảo_đảm cung_cấp điện .",
    ]
    with_a_party_from_abroad = [
        "Tổng_Lãnh_sự_quán Nga phối_hợp với Sở Giáo_dục tổ_chức đào_tạo tiếng Nga .",
        "Cơ_quan này phối_hợp với lực_lượng chức_năng Việt_Nam trong huấn_luyện cứu_hộ .",
        "Interpol Việt_Nam đã phối_hợp với Công_an tỉnh điều_tra đường_dây tội_phạm .",
        # a partner that is no domestic service keeps the cue
        "Viện phối_hợp với Đại_học Gubkin đào_tạo kỹ_sư dầu_khí .",
        # the other side named by a firm, a foreign name, a delegation or its ministry
        "Các chuyên_gia của Rosatom đã phối_hợp với chính_quyền tỉnh về điện_hạt_nhân .",
        "Đại_học Bách_khoa Tomsk phối_hợp với Sở Khoa_học tổ_chức đào_tạo nhân_lực .",
        "Trong thời_gian ở Cam_Ranh , đoàn sẽ phối_hợp với các đơn_vị luyện_tập cứu_nạn .",
        "Máy_bay của EMERCOM hạ_cánh , đội cứu_hộ phối_hợp với các địa_phương phân_phát hàng .",
        "Viện Cuốc-sa-tốp phối_hợp với Sở Khoa_học đào_tạo kỹ_sư điện_hạt_nhân .",
        "Trường Đại_học Tổng_hợp Mátxcơva phối_hợp với Sở Giáo_dục tổ_chức thi tiếng Nga .",
    ]
    rows = [("home", "vi", text) for text in at_home]
    rows += [("abroad", "vi", text) for text in with_a_party_from_abroad]
    tags = tag_sentences(sentences(*rows))
    fields = ["energy", "security", "education", "emergency"]
    assert tags[tags.doc_id == "home"][fields].to_numpy().sum() == 0
    assert (tags[tags.doc_id == "abroad"][fields].sum(axis=1) > 0).all()
    assert not tags[tags.doc_id == "home"].relation_cues.str.contains("phối_hợp").any()


def test_a_scholarship_or_relief_a_side_grants_speaks_of_the_relationship() -> None:
    granted = [
        "Liên_bang_Nga tiếp_tục dành gần 1.000 suất học_bổng cho công_dân Việt_Nam .",
        "Học_bổng do Chính_phủ Nga cấp bao_gồm miễn học_phí và chỗ ở .",
    ]
    no_gift = [
        "Chính_phủ dành 500 tỷ đồng cứu_trợ đồng_bào các tỉnh miền Trung .",
        "Nga từ_chối cấp thị_thực cho nhân_viên cứu_trợ của Liên_Hợp_Quốc .",
        "14 triệu người cần cứu_trợ do Nga tiếp_tục tấn_công hạ_tầng .",
        "Phía Nga cho_biết đã cấp 500 tấn hàng cứu_trợ cho người_dân tỉnh Kursk .",
        "Cô_giáo Nga dành tiền_lương để cấp học_bổng cho học_trò nghèo .",
        "Nga gửi 40 tấn hàng cứu_trợ tới Myanmar sau trận động_đất .",
        "Hội người Việt_Nam tại Nga trao 50 suất học_bổng cho học_sinh nghèo .",
    ]
    rows = [("granted", "vi", text) for text in granted]
    rows += [("none", "vi", text) for text in no_gift]
    tags = tag_sentences(sentences(*rows))
    assert tags[tags.doc_id == "granted"].education.tolist() == [1, 1]
    assert (tags[tags.doc_id == "granted"].relation_cues == "(gift from a side)").all()
    assert not tags[tags.doc_id == "none"].relation_cues.str.contains("gift").any()


def test_the_nuclear_plants_name_and_its_reactor_design_are_energy() -> None:
    rows = [
        ("vi", "vi", "Hai bên thảo_luận về dự_án Ninh_Thuận 1 ."),
        ("vi", "vi", "Nga đề_xuất hợp_tác xây_dựng lò VVER-1200 ."),
        ("en", "en", "vietnam and russia discuss ninh thuan 1 plans"),
        # a stay in the province is no plant (a sense of the two-word term)
        ("vi", "vi", "Sau khi công_tác tại Ninh_Thuận 1 tuần , đoàn hai nước ký hợp_tác du_lịch ."),
        ("en", "en", "the delegation stayed in ninh thuan 2 days before signing an agreement"),
    ]
    assert tag_sentences(sentences(*rows)).energy.tolist() == [1, 1, 1, 0, 0]


def test_a_flood_zone_and_a_flood_are_emergency_words() -> None:
    rows = [
        ("a", "vi", "Nga đã kịp_thời hỗ_trợ người_dân vùng lũ Quảng_Bình ."),
        ("a", "vi", "Sau trận lũ , Nga gửi hỗ_trợ cho các tỉnh miền Trung ."),
        # "lũ" alone is also a gang or a crowd ("lũ trẻ"): no emergency
        ("a", "vi", "Nga hỗ_trợ lũ trẻ mồ_côi ở Hà_Nội ."),
        # fire words: the abbreviations and a fire as an event
        ("a", "vi", "Hai bên hợp_tác đào_tạo cán_bộ PCCC và CNCH ."),
        ("a", "vi", "Nga hỗ_trợ bồi_dưỡng về điều_tra nguyên_nhân vụ cháy ."),
        # figures of speech and a love affair are no emergency and no relationship
        ("a", "vi", "Hai nước hợp_tác khi hàng giá rẻ tràn vào như nước lũ ."),
        ("a", "vi", "Phương Tây đổ thêm dầu vào đám cháy , hai bên trao_đổi quan_điểm ."),
        ("a", "vi", "Nghi_phạm gây ra vụ cháy có quan_hệ tình_cảm với con_gái chủ nhà ."),
    ]
    assert tag_sentences(sentences(*rows)).emergency.tolist() == [1, 1, 0, 1, 1, 0, 0, 0]


def test_law_enforcement_and_armed_forces_words_beyond_the_institutions() -> None:
    # criminal investigation, malware, illegal entry, soldiers, ammunition, terrorists, fraud
    # and troops speak of security with a cue; a suspect who "cooperates" with investigators
    # is still no cooperation, nor is criminal liability a field
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai bên trao_đổi kinh_nghiệm điều_tra hình_sự và phòng_chống mã_độc ."),
            ("b", "vi", "Hai bên phối_hợp xử_lý người xuất_nhập_cảnh trái_phép ."),
            ("c", "vi", "Nga cam_kết hỗ_trợ đạn_dược và huấn_luyện binh_sĩ ."),
            ("d", "en", "The two sides shared information on terrorist groups and fraud rings ."),
            ("e", "en", "The pact allows Japanese troops to train in the Philippines ."),
            ("f", "vi", "Bị_can thành_khẩn khai_báo , tích_cực hợp_tác nên được giảm nhẹ ."),
            ("g", "vi", "Người dân cần bình_tĩnh hợp_tác với cơ_quan điều_tra ."),
            ("h", "vi", "Chúng_tôi hợp_tác để xem_xét trách_nhiệm hình_sự của công_ty ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 1, 1, 1, 1, 0, 0, 0]
    assert tags.relation_cues.tolist()[5:7] == ["", ""]


def test_cyber_and_anti_corruption_words_and_a_banks_name() -> None:
    # information security and anti-corruption work are security; a bank named after the army
    # is no army, and incident response on computers is no emergency
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai bên phối_hợp đào_tạo chuyên_gia an_toàn thông_tin ."),
            ("b", "vi", "Phía Nga muốn trao_đổi kinh_nghiệm phòng , chống tham_nhũng ."),
            ("c", "vi", "Bảo_hiểm PVI và Ngân_hàng TMCP Quân_đội ký thỏa_thuận hợp_tác ."),
            ("d", "vi", "Hai bên sẽ diễn_tập ứng_cứu sự_cố an_ninh_mạng ."),
            ("e", "vi", "Hai bên hợp_tác ứng_cứu sự_cố tràn dầu trên biển ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 1, 0, 1, 0]
    assert tags.emergency.tolist() == [0, 0, 0, 0, 1]


def test_artificial_intelligence_is_education_as_a_sector_not_as_a_tool() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai bên nhất_trí mở_rộng hợp_tác chuyển_đổi số , trí_tuệ nhân_tạo ."),
            ("b", "vi", "Hai bên trao_đổi về ứng_dụng trí_tuệ nhân_tạo trong soi_chiếu hàng_hóa ."),
            ("c", "en", "The two sides agreed to cooperate in artificial intelligence and "
                        "tourism ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [1, 0, 1]


def test_an_events_guest_list_is_about_the_meeting_alone() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Lễ tiếp_nhận hàng viện_trợ có sự tham_dự của Đại_sứ Nga và đại_diện "
                        "Ban Chỉ_đạo phòng , chống thiên_tai ."),
            ("b", "vi", "Hai bên ký thỏa_thuận hợp_tác phòng , chống thiên_tai ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.emergency.tolist() == [0, 1]


def test_nuclear_applications_oil_fields_and_generating_units_are_energy() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai bên hợp_tác sản_xuất đồng_vị phóng_xạ và y_học hạt_nhân ."),
            ("b", "en", "Russia agreed to train nuclear engineers for the plant ."),
            ("c", "vi", "Hai bên phối_hợp bơm ép_khí tại tầng móng mỏ Bạch_Hổ ."),
            ("d", "vi", "Công_ty ký hợp_đồng với đối_tác Nga thay_thế các tổ máy ."),
            # mining is no energy, and nuclear weapons stay security
            ("e", "vi", "Hai bên hợp_tác thăm_dò , khai_thác khoáng_sản ."),
            ("f", "vi", "Hai bên thảo_luận về vũ_khí hạt_nhân ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.energy.tolist() == [1, 1, 1, 1, 0, 0]
    assert tags.security.tolist() == [0, 0, 0, 0, 0, 1]


def test_thanks_to_russia_name_the_giver_and_a_delegations_members_name_who_met() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hội cảm_ơn phía Nga đã kịp_thời gửi hàng cứu_trợ tới người_dân ."),
            ("b", "vi", "Tỉnh cảm_ơn các lực_lượng cứu_hộ đã có_mặt kịp_thời ."),
            ("c", "en", "The Russian delegation at the talks included Energy Minister Sergei "
                        "Tsivilev and Emergencies Minister Alexander Kurenkov ."),
            ("d", "vi", "Thành_phần đoàn gồm có Thứ_trưởng Bộ Năng_lượng Nga và đại_diện "
                        "Rosatom ."),
            # incident response in a cyber-security sentence is no disaster's
            ("e", "vi", "Hai bên ký thỏa_thuận về phân_tích mã_độc và ứng_phó sự_cố ."),
            ("f", "vi", "Hai bên ký thỏa_thuận về ứng_phó sự_cố tràn dầu ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.emergency.tolist() == [1, 0, 0, 0, 0, 1]
    assert tags.energy.tolist()[2:4] == [0, 0]


def test_help_to_ones_compatriots_is_no_relation_unless_a_party_from_abroad_gives_it() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Ban Cứu_trợ phân_bổ kinh_phí ủng_hộ đồng_bào bị thiệt_hại do bão Yagi ."),
            ("b", "vi", "Nga hỗ_trợ đồng_bào bị thiệt_hại do bão Yagi ."),
            ("c", "vi", "Tỉnh hỗ_trợ các nước láng_giềng khắc_phục hậu_quả bão ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.relation_cues.tolist()[0] == ""
    assert tags.emergency.tolist() == [0, 1, 1]


def test_the_reviewers_cases_domestic_crime_soldiers_formulae_and_long_event_names() -> None:
    # a second reader's counter-examples to this change's first rules (2026-11-28)
    tags = tag_sentences(
        sentences(
            # domestic crime and soldiers at home or in war memory are no relationship's field
            ("a", "vi", "Hai bị_cáo bị truy_tố về tội rửa_tiền qua hợp_đồng mua_bán nhà ."),
            ("b", "vi", "Đại_sứ_quán Nga phối_hợp tổ_chức lễ tưởng_niệm các binh_sĩ Liên_Xô ."),
            # condolences and a donor from abroad to one's compatriots stay relationship
            ("c", "vi", "Tổng_thống Putin gửi điện chia_buồn tới đồng_bào vùng lũ ."),
            ("d", "vi", "Liên_hợp_quốc viện_trợ khẩn_cấp cho đồng_bào vùng lũ ."),
            # thanks for past help are a formula; thanks for relief are the relationship
            ("e", "vi", "Ông cảm_ơn Nga đã giúp xây_dựng Nhà_máy Thủy_điện Hòa_Bình ."),
            # a long event's name holds its matter: no guest list
            ("f", "vi", "Lễ ký_kết ghi_nhớ hợp_tác đào_tạo có sự tham_dự của Đại_sứ Nga ."),
            ("g", "vi", "Đoàn công_tác gồm đại_diện Bộ_Quốc_phòng đã hội_đàm với phía Nga về "
                        "hợp_tác chống khủng_bố ."),
            # a manufacturer is no artist; information security with incident response on
            # radiation stays emergency
            ("h", "vi", "Rosatom hợp_tác với nhiều nhà_sản_xuất thiết_bị điện_hạt_nhân ."),
            ("i", "vi", "Hai bên hợp_tác bảo_đảm an_toàn thông_tin và ứng_phó sự_cố bức_xạ ."),
            # one state's navy drilling with its own forces holds no joint exercise
            ("j", "vi", "Hải_quân nhân_dân Việt_Nam diễn_tập phối_hợp với các lực_lượng địa_phương "
                        "về tìm_kiếm cứu_nạn ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist()[:9] == [0, 0, 0, 0, 0, 0, 1, 0, 1]
    assert tags.emergency.tolist()[:9] == [0, 0, 1, 1, 0, 0, 0, 0, 1]
    assert tags.energy.tolist() == [0, 0, 0, 0, 0, 0, 0, 1, 0, 0]
    assert tags.education.tolist() == [0, 0, 0, 0, 0, 1, 0, 0, 0, 0]


def test_experience_from_abroad_is_an_exchange_and_experience_at_home_is_not() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Tỉnh mong_muốn học_hỏi kinh_nghiệm của Bộ Tình_trạng_khẩn_cấp Nga trong "
                        "công_tác cứu_hộ , cứu_nạn ."),
            ("b", "en", "The ministry wished to learn from Russia 's experience in protecting "
                        "critical information infrastructure ."),
            # experience at home names no party from abroad; a party's own experience, even
            # Vietnam's or a firm's with an English name, passes to nobody
            ("c", "vi", "Các tỉnh học_hỏi kinh_nghiệm của Đà_Nẵng trong công_tác cứu_hộ ."),
            ("d", "vi", "Việt_Nam có nhiều kinh_nghiệm trong phòng_chống thiên_tai ."),
            ("e", "vi", "Viettel có hơn 20 năm kinh_nghiệm trong lĩnh_vực an_ninh_mạng ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.emergency.tolist() == [1, 0, 0, 0, 0]
    assert tags.security.tolist() == [0, 1, 0, 0, 0]
    assert tags.relation_cues.tolist()[:2] == [EXPERIENCE_CUE] * 2
    assert tags.relation_cues.tolist()[2:] == ["", "", ""]


def test_experience_learnt_from_another_country_is_an_exchange() -> None:
    # "học tập kinh nghiệm" of a country named by Vietnamese syllables (Nhật Bản) is an exchange
    # as much as Russia's; studying at home is not
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Trường cần học_tập kinh_nghiệm đào_tạo của các đại_học hàng_đầu "
                        "Nhật_Bản ."),
            ("b", "vi", "Sinh_viên học_tập kinh_nghiệm đào_tạo của các thầy_cô trong trường ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [1, 0]
    assert tags.relation_cues.tolist()[0] == EXPERIENCE_CUE


def test_a_capital_stands_for_its_state_but_not_as_a_place_or_in_a_name() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "en", "Hanoi remains cautious about new arms purchases from Russia ."),
            ("b", "en", "Moscow has offered Vietnam a state credit for the power plant ."),
            # "Hà Nội" names the city's own bodies far more often than the state
            ("c", "vi", "Công_an Hà_Nội phối_hợp với Nga triệt_phá đường_dây ma_túy ."),
            # a place, and a university's name, are no party
            ("d", "en", "Russian police officers attended a crime conference in Hanoi ."),
            ("e", "vi", "Giảng_viên Trường Đại_học Hà_Nội tham_gia hội_thảo về tội_phạm ở Nga ."),
            ("f", "en", "Moscow State University hosted a cyber security course for Vietnam ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 0, 1, 0, 0, 0]
    assert tags.energy.tolist() == [0, 1, 0, 0, 0, 0]
    at_home = tag_sentences(
        sentences(("a", "vi", "Công_an Hà_Nội phối_hợp với Công_an tỉnh Bắc_Ninh bắt ma_túy .")),
        concept_lexicon(),
    )
    assert at_home.security.tolist() == [0]


def test_grid_oil_field_and_defence_pact_words_are_their_fields() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai bên trao_đổi về giám_sát trực_tuyến máy biến_áp ."),
            ("b", "vi", "Liên_doanh đẩy_mạnh khoan đan dày với đối_tác Nga ."),
            ("c", "en", "The partners plan to drill two exploration wells next year ."),
            ("d", "en", "Japan and the Philippines signed a reciprocal access agreement ."),
            ("e", "vi", "Hai bên hợp_tác bảo_đảm trật_tự an_toàn xã_hội ."),
            # a transformer of a business is no grid
            ("f", "en", "The partners agreed that the deal would transform the business ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.energy.tolist() == [1, 1, 1, 0, 0, 0]
    assert tags.security.tolist() == [0, 0, 0, 1, 1, 0]


def test_the_relationship_scope_counts_articles_naming_russia_and_their_tags() -> None:
    from helpers.readings_topics import relationship_scope_reading
    from helpers.topics import relationship_scope, sides_named_per_sentence

    frame = sentences(
        ("ru", "vi", "Nga và Việt_Nam hợp_tác đào_tạo kỹ_sư ."),
        ("ru", "vi", "Hai bên ký thỏa_thuận về dầu_khí ."),
        ("us", "vi", "Mỹ và Canada hợp_tác an_ninh ."),
        ("us", "vi", "Hai du_khách Nga đến Hà_Nội ."),  # Russians as people, no party
        ("jp", "vi", "Nhật_Bản hỗ_trợ cứu_trợ ."),
    )
    sides = sides_named_per_sentence(frame, concept_lexicon())
    assert sides.russia.tolist() == [1, 0, 0, 0, 0]
    assert sides.vietnam.tolist() == [1, 0, 0, 0, 0]
    scope = relationship_scope(tag_sentences(frame, concept_lexicon()), sides)
    assert scope == {
        "articles": 3, "articles_naming_russia": 1, "articles_naming_both": 1, "tagged": 4,
        "tagged_in_russia_articles": 2, "tagged_naming_both": 1,
    }  # fmt: skip
    # one side named as a side names that side alone, though the tags read the relationship
    one_side = sentences(("vn", "vi", "Phía Việt_Nam đề_nghị mở_rộng hợp_tác đào_tạo ."))
    assert sides_named_per_sentence(one_side, concept_lexicon())[
        ["vietnam", "russia"]
    ].values.tolist() == [[1, 0]]
    reading = relationship_scope_reading(scope)
    assert "1 of the 3 articles (33%) name Russia" in reading
    assert "Of the 4 sentences tagged with a field, 2 (50%)" in reading
    assert "Most articles here do not name Russia" in reading


def test_an_accusation_of_supporting_terrorism_is_no_assistance() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Các nước vùng Vịnh cắt_đứt quan_hệ , cáo_buộc Qatar ủng_hộ khủng_bố ."),
            ("b", "en", "Four states accused Qatar of supporting terrorism ."),
            # support against terrorism is cooperation in the field
            ("c", "vi", "Nga ủng_hộ Việt_Nam trong cuộc_chiến chống khủng_bố ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 1]


def test_a_cluster_of_general_words_with_one_light_field_word_is_named_other() -> None:
    vocabulary = np.array(["concept:energy", "nước", "lớn", "khiến", "tuổi", "biết"])
    labels = np.array([0, 0, 1, 1])
    centroids = np.array([[0.9, 0.1, 0.0, 0.0, 0.0, 0.0],  # an energy cluster
                          [0.03, 0.3, 0.3, 0.2, 0.2, 0.2]])  # general words  # fmt: skip
    lexicon = pd.DataFrame({"concept": ["energy"], "topic": ["energy"], "language": ["vi"],
                            "term": ["năng_lượng"], "evidence": ["field"]})  # fmt: skip
    described = describe_clusters(labels, centroids, vocabulary, lexicon)
    assert described.topic.tolist() == ["energy", "other"]
    assert described.topic_weight.tolist() == [0.9, 0.03]


def test_an_extradition_is_its_own_cue_and_defence_firms_and_arms_are_security() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Người này sau đó được dẫn_độ về Nga theo đề_nghị của phía bạn ."),
            ("b", "en", "A man wanted for fraud was extradited from Thailand in January ."),
            ("c", "en", "Rosoboronexport is offering Vietnamese partners an overhaul package ."),
            ("d", "vi", "Phía Nga sẽ chuyển_giao cho Việt_Nam quy_trình bảo_quản xe thiết_giáp ."),
            ("e", "vi", "Hai trường thành_lập phòng_thí_nghiệm chung về lưu_trữ năng_lượng ."),
            # arms named with no relation are no cooperation; a suspect escorted at home, and
            # "chung" as "common" name no joint act
            ("f", "vi", "Xe thiết_giáp diễu_hành qua quảng_trường ."),
            ("g", "vi", "Công_an tỉnh đã dẫn_độ bị_can từ trại tạm_giam về trụ_sở ."),
            ("h", "vi", "Học_sinh tham_gia các hoạt_động chung như diễn_tập chữa_cháy ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 1, 1, 1, 0, 0, 0, 0]
    assert tags.emergency.tolist()[-1] == 0 and tags.education.tolist()[-1] == 0
    assert tags.relation_cues.tolist()[:2] == ["(act between states)"] * 2
    assert tags.energy.tolist() == [0, 0, 0, 0, 1, 0, 0, 0]
    assert tags.education.tolist()[:6] == [0, 0, 0, 0, 1, 0]


def test_training_or_study_in_russia_speaks_of_the_relationship() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Nhiều kỹ_sư ngành Than từng được đào_tạo tại các trường mỏ của Nga ."),
            ("b", "vi", "Hàng trăm cán_bộ được gửi sang Nga đào_tạo về phòng_cháy ."),
            ("c", "en", "The crews of the submarines were trained in Russia ."),
            # training at home, or a visit to Russia, is no study there
            ("d", "vi", "Nhiều kỹ_sư ngành Than được đào_tạo tại Quảng_Ninh ."),
            ("e", "vi", "Đoàn cán_bộ ngành Than sang Nga dự hội_chợ ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [1, 1, 1, 0, 0]
    assert tags.relation_cues.tolist()[:3] == ["(trained in Russia)"] * 3


def test_a_speakers_institution_is_not_what_the_sentence_is_about() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Nhà phân_tích chính_trị của Trung_tâm Nghiên_cứu Chiến_lược - ông A tin "
                        "rằng cần duy_trì sự hợp_tác với Nga ở Syria ."),
            # the institution as a party to the cooperation keeps its field
            ("b", "vi", "Trung_tâm Nghiên_cứu Nhiệt_đới hợp_tác với các đối_tác Nga ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [0, 1]


def test_water_and_supply_chain_security_are_no_security_but_ciphers_are() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai đơn_vị sẽ phối_hợp tổ_chức hội_thảo về an_ninh nguồn nước ."),
            ("b", "vi", "Hai bên thống_nhất hợp_tác bảo_đảm an_ninh chuỗi cung_ứng ."),
            ("c", "en", "The two sides agreed to cooperate on water security ."),
            ("d", "vi", "Hai bên ký biên_bản ghi_nhớ thành_lập phòng_thí_nghiệm chung nghiên_cứu "
                        "mật_mã ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 0, 1]


def test_an_institution_giving_help_acts_in_its_field_but_not_in_an_officials_title() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "en", "Russia 's Ministry of Emergency Situations flew in two aircraft with "
                        "some 70 tonnes of aid ."),
            ("b", "vi", "Đây là chuyến bay thứ hai Bộ_Tình_trạng_khẩn_cấp Nga thực_hiện nhằm "
                        "hỗ_trợ Việt_Nam ."),
            # the ministry in a title names who spoke; the help is to a third party
            ("c", "vi", "Thứ_trưởng Bộ Giáo_dục và Đào_tạo Hoàng_Minh_Sơn cảm_ơn Chính_phủ Nga "
                        "đã hỗ_trợ tỉnh ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.emergency.tolist() == [1, 1, 0]
    assert tags.education.tolist() == [0, 0, 0]


def test_an_institutions_staff_in_training_give_its_field_but_not_its_officials() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hiện có gần 200 học_viên của Bộ_Công_an đang theo học tại các "
                        "trường của Nga ."),
            ("b", "en", "Vietnam will send 50 officers of the Ministry of Public Security to "
                        "train at Russian universities ."),
            # an official of the ministry names who met: no staff being trained
            ("c", "vi", "Thứ_trưởng Bộ_Công_an thăm trường đại_học của Nga ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 1, 0]
    assert tags.education.tolist()[:2] == [1, 1]


def test_ships_arriving_for_a_visit_name_who_came_not_a_field() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Sáng 18/6 , biên_đội tàu Hải_quân Nga đã cập_cảng quốc_tế Cam_Ranh ( "
                        "Việt_Nam ) , bắt_đầu chuyến_thăm hữu_nghị ."),
            ("b", "en", "A detachment of the Russian Navy 's Pacific Fleet has arrived at Cam Ranh "
                        "in Vietnam for a four-day friendly visit ."),
            # what the ships do there is the relationship's field
            ("c", "vi", "Trong thời_gian ở Cam_Ranh , hải_quân hai nước sẽ diễn_tập chung ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 1]
    assert tags.relation_cues.tolist()[:2] == ["(both sides named)"] * 2


def test_fire_safety_floods_civil_defence_and_mine_rescue_are_emergency_words() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Phía Nga sẽ hỗ_trợ Việt_Nam xây_dựng quy_chuẩn an_toàn cháy ."),
            ("b", "vi", "Tỉnh đề_nghị phía bạn hỗ_trợ huấn_luyện lực_lượng cấp_cứu mỏ ."),
            ("c", "en", "The two agencies agreed to share data on forest fires and flash flood "
                        "warnings ."),
            ("d", "en", "Russia will train Vietnamese officers at its Civil Defence Academy ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.emergency.tolist() == [1, 1, 1, 1]
    assert tags.security.tolist() == [0, 0, 0, 0]  # civil defence is no army's defence


def test_the_force_in_a_commanders_title_is_no_field_but_a_command_that_cooperates_is() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Đại_tá Trần_Văn_Hùng , Phó_Tư_lệnh Vùng 3 Hải_quân , khẳng_định "
                        "chuyến_thăm góp_phần tăng_cường quan_hệ hữu_nghị giữa hai nước ."),
            # the same title as an older segmentation split it
            ("b", "vi", "Đại_tá Trần_Văn_Hùng , Phó_Tư lệnh kiêm Tham_mưu_trưởng Vùng 3 Hải_quân , "
                        "khẳng_định chuyến_thăm góp_phần tăng_cường quan_hệ giữa hai nước ."),
            # a command that cooperates keeps its field
            ("c", "vi", "Bộ_Tư_lệnh Vùng 4 Hải_quân phối_hợp với Hạm_đội Thái_Bình_Dương của Nga "
                        "tổ_chức diễn_tập ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 1]


def test_a_ministry_coordinating_with_another_ministry_at_home_is_no_relationship() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Bộ Xây_dựng đang phối_hợp với Bộ_Công_an hoàn_thiện quy_chuẩn an_toàn "
                        "cháy cho nhà cao_tầng ."),
            ("b", "vi", "Công_an thành_phố đã phối_hợp với Cục An_ninh_mạng điều_tra vụ lừa_đảo ."),
            # a ministry abroad is named with its country
            ("c", "vi", "Bộ_Công_an phối_hợp với Bộ Nội_vụ Nga triệt_phá đường_dây lừa_đảo ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 1]
    assert tags.emergency.tolist() == [0, 0, 0]


def test_an_international_cooperation_departments_name_is_no_cue() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hồ_sơ nộp qua cổng thông_tin của Cục Hợp_tác quốc_tế , Bộ Giáo_dục và "
                        "Đào_tạo trước ngày 15/3 ."),
            # the department that cooperates still does
            ("b", "vi", "Cục Hợp_tác quốc_tế phối_hợp với Đại_sứ_quán Nga trao học_bổng ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.relation_cues.tolist()[0] == ""
    assert tags.education.tolist() == [0, 1]


def test_terms_the_segmenter_writes_as_one_word_are_found_either_way() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Hai bên hợp_tác phòng_chống tấn_công_mạng ."),
            ("b", "vi", "Hai bên hợp_tác phòng_chống tấn_công mạng ."),
            ("c", "vi", "Nga chia_sẻ kinh_nghiệm về phòng_thủ_dân_sự với Việt_Nam ."),
            # a province's civil-defence command is a body's name
            ("d", "vi", "Ban_Chỉ_huy Phòng_thủ_dân_sự tỉnh phối_hợp với Đại_sứ_quán Nga ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 1, 0, 0]
    assert tags.emergency.tolist() == [0, 0, 1, 0]


def test_a_defence_committee_is_an_institution_and_forces_at_home_coordinate_at_home() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Chủ_nhiệm Ủy_ban Quốc_phòng và An_ninh của Quốc_hội đã tiếp đoàn Ủy_ban "
                        "Quốc_phòng Đuma Quốc_gia Nga ."),
            ("b", "vi", "Các lực_lượng quân_đội , công_an , biên_phòng đã phối_hợp tìm_kiếm "
                        "cứu_nạn 27 vụ trên biển ."),
            # the committees that cooperate still do
            ("c", "vi", "Ủy_ban Quốc_phòng và An_ninh hợp_tác với Ủy_ban Quốc_phòng Đuma Nga ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [0, 0, 1]
    assert tags.emergency.tolist()[1] == 0


def test_forces_coordinating_with_another_countrys_service_coordinate_abroad() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Bộ_đội Biên_phòng đã phối_hợp với Cảnh_sát Lào triệt_phá đường_dây "
                        "ma_túy ."),
            ("b", "vi", "Bộ_đội Biên_phòng tỉnh đã phối_hợp với lực_lượng chức_năng Lào "
                        "bắt_giữ đối_tượng buôn_lậu ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 1]


def test_the_reviewers_cases_for_the_evening_sessions_rules() -> None:
    # a second reader's counter-examples to this session's tag rules (2026-11-28, evening)
    tags = tag_sentences(
        sentences(
            # what arrives brings its field; only a visit's ships name no security
            ("a", "en", "A Russian Emergencies Ministry plane carrying 35 tonnes of humanitarian "
                        "cargo arrived in Hanoi for Vietnam 's flood victims ."),
            ("b", "vi", "Tàu chở 100.000 tấn dầu_thô của Nga đã cập_cảng Nghi_Sơn của Việt_Nam ."),
            # the people arrested are no partner of the coordination
            ("c", "vi", "Các lực_lượng chức_năng đã phối_hợp bắt_giữ 5 người Trung_Quốc "
                        "nhập_cảnh trái_phép ."),
            # the other country's ministry named as the friend it is
            ("d", "vi", "Bộ_Công_an sẽ phối_hợp chặt_chẽ với Bộ Nội_vụ nước bạn phòng_chống "
                        "tội_phạm xuyên_quốc_gia ."),
            # commanders who sign a cooperation name their forces' field
            ("e", "vi", "Tư_lệnh Hải_quân hai nước đã ký Bản ghi_nhớ về hợp_tác giữa hai "
                        "lực_lượng ."),
            # goods flooding a market, tents at a camp
            ("f", "en", "Cheap Russian fertiliser is flooding the Vietnamese market ."),
            ("g", "en", "Russian and Vietnamese students pitched tents at a summer camp ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.emergency.tolist() == [1, 0, 0, 0, 0, 0, 0]
    assert tags.energy.tolist()[1] == 1
    assert tags.security.tolist()[2:5] == [0, 1, 1]


def test_a_football_academy_and_its_coaching_staff_are_sport_not_education() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Đội U17 sẽ tập_huấn 3 tuần tại Nga theo lời_mời của Học_viện bóng_đá "
                        "Zenit ."),
            ("b", "vi", "Ban huấn_luyện sẽ học_hỏi phương_pháp đào_tạo cầu_thủ trẻ của Nga ."),
            # a course that trains coaches is training
            ("c", "vi", "Phía Nga sẽ mở khóa đào_tạo huấn_luyện_viên trẻ cho Việt_Nam ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [0, 0, 1]


def test_a_body_named_after_both_sides_names_them_and_a_suspect_cooperating_is_no_cue() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Đại_diện Trung_tâm Nhiệt_đới Việt - Nga cho_biết sẽ thử_nghiệm độ bền "
                        "của vũ_khí ."),
            # the relationship's name alone is no body; a suspect's cooperation is no relation
            ("b", "vi", "Thời_tiết Việt - Nga khác nhau nên vũ_khí cần được bảo_quản ."),
            ("c", "vi", "Tại cơ_quan Công_an , đối_tượng tỏ ra hợp_tác , thừa_nhận đang bị "
                        "truy_nã ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 0, 0]


def test_one_side_named_as_a_side_speaks_of_the_relationship() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "vi", "Phía Nga đề_xuất mở_rộng thử_nghiệm sang tầng móng mỏ Bạch_Hổ ."),
            ("b", "vi", "Tỉnh đề_nghị phía bạn tiếp_nhận sinh_viên sang học_tập ."),
            ("c", "en", "The Russian side proposed expanding the training of nuclear engineers ."),
            # a country named alone, without its counterpart, is no relationship
            ("d", "vi", "Nga mở_rộng thử_nghiệm tại mỏ dầu ở Siberia ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.energy.tolist() == [1, 0, 1, 0]
    assert tags.education.tolist() == [0, 1, 1, 0]


def test_equipment_handed_over_or_donated_by_a_party_is_assistance() -> None:
    tags = tag_sentences(
        sentences(
            ("a", "en", "Russian military engineers also handed over five sets of mine "
                        "detection equipment to the Lao army ."),
            ("b", "en", "The Russian Red Cross donated tents and relief supplies to flood "
                        "victims ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.security.tolist() == [1, 0]
    assert tags.emergency.tolist() == [0, 1]
    # a case handed over to the police is no help between parties
    case = tag_sentences(
        sentences(("c", "en", "The smuggling case has been handed over to the police .")),
        concept_lexicon(),
    )
    assert case.security.tolist() == [0]


def test_the_reviewers_cases_for_the_new_tag_rules() -> None:
    # a second reader's counter-examples to this session's tag rules (2026-11-28)
    tags = tag_sentences(
        sentences(
            # an institution cited as a source, or before another party's help, gives none
            ("a", "vi", "Theo Trung_tâm Nghiên_cứu Đông_Nam_Á , Nga đã hỗ_trợ Myanmar khí_tài "
                        "quân_sự ."),
            ("b", "en", "According to the Ministry of Science and Technology , Russia provided "
                        "aid to flood-hit provinces ."),
            # a country named in passing makes no coordination abroad
            ("c", "vi", "Công_an tỉnh phối_hợp với Bộ_đội Biên_phòng tuần_tra , bảo_đảm an_ninh "
                        "trật_tự tại cửa_khẩu , nơi có nhiều du_khách Trung_Quốc qua_lại ."),
            # study abroad is a profile, not experience passed on
            ("d", "vi", "Sau 6 năm học_tập tại Nhật_Bản , chị Lan đã tích_lũy nhiều kinh_nghiệm "
                        "về phòng_chống thiên_tai ."),
            # a friendship society or a club named after both sides is one side's own
            ("e", "vi", "Câu_lạc_bộ Sambo Việt - Nga khai_giảng lớp huấn_luyện cho 50 học_viên ."),
            # a researcher "at the" institution is its affiliation in English too
            ("f", "en", "A researcher at the Ministry of Science and Technology said Russia and "
                        "Vietnam would deepen trade cooperation ."),
            # taking part in a project is no attendance list
            ("g", "vi", "Tham_gia dự_án hợp_tác đào_tạo có giám_đốc các trường cao_đẳng nghề của "
                        "Việt_Nam và Nga ."),
        ),
        concept_lexicon(),
    )  # fmt: skip
    assert tags.education.tolist() == [0, 0, 0, 0, 0, 0, 1]
    assert tags.security.tolist() == [1, 0, 0, 0, 0, 0, 0]
    # the aid to flood-hit provinces is Russia's relief, whoever is cited
    assert tags.emergency.tolist() == [0, 1, 0, 0, 0, 0, 0]
