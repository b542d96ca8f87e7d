"""Seeded topic model: determinism, seeds in their topics, fallback, output ranges, combination."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.schema import FIELDS, MODEL_TOPIC_COLUMNS, TOPIC_TERM_COLUMNS
from helpers.topic_model import (
    combined_tags,
    fit_seeded_model,
    missed_terms,
    model_is_usable,
    model_sentence_topics,
    run_topic_model,
    seed_words,
    topic_terms,
)

LEXICON = pd.DataFrame(
    [
        ("energy", "energy", "vi", "năng_lượng", "field"),
        ("oil_and_gas", "energy", "vi", "dầu_khí", "field"),
        ("security", "security", "vi", "an_ninh", "field"),
        ("defence", "security", "vi", "quốc_phòng", "field"),
        ("defence_ministry", "security", "vi", "bộ_quốc_phòng", "institution"),
        ("training", "education", "vi", "đào_tạo", "field"),
        ("training", "education", "vi", "giáo_dục", "field"),
        ("search_and_rescue", "emergency", "vi", "cứu_hộ", "field"),
        ("disaster", "emergency", "vi", "thiên_tai", "field"),
        ("economy", "other", "vi", "kinh_tế", "field"),
        ("nuclear_power", "energy", "en", "nuclear power", "field"),
    ],
    columns=["concept", "topic", "language", "term", "evidence"],
)  # fmt: skip

#: Per field: its seed words and words the lexicon does not list but that only occur with them.
VOCABULARY = {
    "energy": (["năng_lượng", "dầu_khí"], ["lọc_dầu", "nhiên_liệu", "điện_gió"]),
    "security": (["an_ninh", "quốc_phòng"], ["tàu_chiến", "tuần_tra", "binh_sĩ"]),
    "education": (["đào_tạo", "giáo_dục"], ["học_bổng", "sinh_viên", "giảng_viên"]),
    "emergency": (["cứu_hộ", "thiên_tai"], ["bão_lũ", "sơ_tán", "cứu_nạn"]),
    "residual": ([], ["bóng_đá", "cầu_thủ", "trận_đấu", "huấn_luyện_viên"]),
}


def corpus(n_per_group: int = 60, seed: int = 0) -> pd.DataFrame:
    """Sentences drawn from one vocabulary group each; half carry a seed word, half do not."""
    rng = np.random.default_rng(seed)
    rows = []
    for group, (seeds, others) in VOCABULARY.items():
        for i in range(n_per_group):
            words = list(rng.choice(others, size=4))
            if seeds and i % 2 == 0:
                words += list(rng.choice(seeds, size=2))
            rows.append((f"{group}_{i // 10}", i % 10, group, " ".join(words)))
    frame = pd.DataFrame(rows, columns=["doc_id", "sent_id", "group", "terms"])
    frame["language"] = "vi"
    frame["tokens"] = frame.terms
    frame["text"] = frame.terms.str.replace("_", " ")
    return frame


def fit(sentences: pd.DataFrame, seed: int = 7):
    return fit_seeded_model(sentences, LEXICON, n_residual=1, seed=seed, remove_top=0)


def test_two_fits_with_the_same_seed_give_identical_output() -> None:
    sentences = corpus()
    first, second = fit(sentences), fit(sentences)
    pd.testing.assert_frame_equal(
        model_sentence_topics(first, sentences), model_sentence_topics(second, sentences)
    )
    pd.testing.assert_frame_equal(topic_terms(first, LEXICON), topic_terms(second, LEXICON))


def test_seed_words_are_field_terms_only() -> None:
    seeds = seed_words(LEXICON)
    assert seeds["security"] == ["an_ninh", "quốc_phòng"]  # the institution is not a seed
    assert seeds["energy"] == ["dầu_khí", "năng_lượng"]  # the English phrase is not either


def test_seed_words_land_in_their_topic_and_bring_their_neighbours() -> None:
    sentences = corpus()
    model = fit(sentences)
    terms = topic_terms(model, LEXICON, top_n=5)
    for field in FIELDS:
        seeds, others = VOCABULARY[field]
        top = set(terms[terms.topic == field].term)
        assert set(seeds) <= top
        # The unlisted words that co-occur with the seeds are learned for the field ...
        assert top - set(seeds) <= set(others)
        # ... and are what missed_terms proposes, never a lexicon term.
        missed = missed_terms(terms)
        assert set(missed[missed.topic == field].term) == top - set(seeds)
    assert (terms[terms.term.isin(["an_ninh", "năng_lượng"])].in_lexicon == 1).all()
    assert (missed_terms(terms).in_lexicon == 0).all()
    # Sentences without any seed word still get their group's field.
    tags = model_sentence_topics(model, sentences)
    no_seed = sentences.index[sentences.sent_id % 2 == 1]
    for field in FIELDS:
        rows = no_seed[sentences.group[no_seed] == field]
        assert (tags.loc[rows, "model_topic"] == field).mean() >= 0.8  # chance: 1 in 5


def test_unseen_sentences_are_inferred() -> None:
    model = fit(corpus())
    new = pd.DataFrame(
        {"doc_id": ["new", "new"], "sent_id": [0, 1],
         "terms": ["sinh_viên học_bổng giảng_viên sinh_viên", "chưa_từng_thấy"]}
    )  # fmt: skip
    tags = model_sentence_topics(model, new)
    assert tags.model_topic.tolist() == ["education", "none"]
    assert tags.model_probability.iloc[1] == 0
    assert tags.model_education.tolist() == [1, 0]


def test_model_columns_are_binary_and_probability_a_probability() -> None:
    sentences = corpus()
    model = fit(sentences)
    tags = model_sentence_topics(model, sentences)
    assert list(tags.columns) == ["doc_id", "sent_id", *MODEL_TOPIC_COLUMNS]
    for field in FIELDS:
        assert set(tags[f"model_{field}"]) <= {0, 1}
    assert tags.model_probability.between(0, 1).all()
    assert set(tags.model_topic) <= set(model.topics)
    # model_<field> is the threshold decision on the field's probability, recomputed here.
    distribution = model.distributions.reset_index(drop=True)
    for field in FIELDS:
        expected = (distribution[field] >= model.thresholds[field]).astype(int)
        assert tags[f"model_{field}"].tolist() == expected.tolist()
    assert list(topic_terms(model, LEXICON).columns) == list(TOPIC_TERM_COLUMNS)


def test_a_tiny_corpus_is_not_modelled() -> None:
    tiny = corpus(n_per_group=14)  # 70 sentences, like the five seed articles
    reason = model_is_usable(tiny)
    assert reason is not None
    assert "70 sentences" in reason and "lexicon's tags are kept" in reason
    assert model_is_usable(tiny, min_sentences=50, min_articles=5) is None
    assert model_is_usable(corpus(), min_sentences=300, min_articles=31) is not None
    model, tags, message = run_topic_model(tiny, LEXICON)
    assert model is None and message == reason
    assert len(tags) == len(tiny)
    assert (tags[[f"model_{f}" for f in FIELDS]] == 0).all(axis=None)
    assert set(tags.model_topic) == {"none"} and (tags.model_probability == 0).all()
    assert topic_terms(model, LEXICON).empty
    assert missed_terms(topic_terms(model, LEXICON)).empty


def test_combined_tags_apply_each_fields_rule() -> None:
    keys = {"doc_id": ["a"] * 4, "sent_id": [0, 1, 2, 3]}
    lexicon_tags = pd.DataFrame(
        {**keys, "energy": [1, 1, 0, 0], "security": [1, 1, 0, 0], "education": [1, 1, 0, 0],
         "emergency": [1, 1, 0, 0], "other": [0, 1, 0, 1]}
    )  # fmt: skip
    model_tags = pd.DataFrame(
        {**keys, **{f"model_{f}": [1, 0, 1, 0] for f in FIELDS},
         "model_topic": "energy", "model_probability": 0.5}
    )  # fmt: skip
    rules = {"energy": "lexicon", "security": "model", "education": "union",
             "emergency": "intersection"}  # fmt: skip
    tags = combined_tags(lexicon_tags, model_tags, rules)
    assert tags.energy.tolist() == [1, 1, 0, 0]
    assert tags.security.tolist() == [1, 0, 1, 0]
    assert tags.education.tolist() == [1, 1, 1, 0]
    assert tags.emergency.tolist() == [1, 0, 0, 0]
    assert tags.other.tolist() == [0, 1, 0, 1]
    assert tags.rule.iloc[0] == "energy=lexicon security=model education=union " \
        "emergency=intersection"  # fmt: skip
    with pytest.raises(ValueError, match="rule"):
        combined_tags(lexicon_tags, model_tags, "both")


def test_the_confident_rule_adds_only_the_models_sure_field_in_a_relation_sentence() -> None:
    from helpers.topic_model import CONFIDENT_PROBABILITY

    keys = {"doc_id": ["a"] * 7, "sent_id": range(7)}
    lexicon_tags = pd.DataFrame(
        {**keys, **{f: [1, 0, 0, 0, 0, 0, 0] for f in FIELDS}, "other": 0,
         "relation_cues": ["", "hợp_tác", "", "hợp_tác", "hai nước", "giữa;quan_hệ", "ký_kết"]}
    )  # fmt: skip
    sure, unsure = CONFIDENT_PROBABILITY, CONFIDENT_PROBABILITY - 0.01
    model_tags = pd.DataFrame(
        {**keys, **{f"model_{f}": 1 for f in FIELDS},
         "model_topic": ["education"] * 4 + ["residual_3", "education", "education"],
         "model_probability": [0.9, sure, 0.95, unsure, 0.99, 0.95, 0.95]}
    )  # fmt: skip
    tags = combined_tags(lexicon_tags, model_tags, "confident")
    # the lexicon's tag stays; the model adds education only where it is the sure top topic of a
    # sentence with a cue of cooperation (row 1) or agreement (6), not without a cue (2), unsure
    # (3), a residual (4) or with only cues that name the parties (5)
    assert tags.education.tolist() == [1, 1, 0, 0, 0, 0, 1]
    assert tags.energy.tolist() == [1, 0, 0, 0, 0, 0, 0]


def test_project_tags_keep_the_evidence_and_recount_topics() -> None:
    from helpers.topic_model import project_tags

    keys = {"doc_id": ["a", "a"], "sent_id": [0, 1]}
    lexicon_tags = pd.DataFrame(
        {**keys, "energy": [0, 1], "security": [0, 0], "education": [0, 0], "emergency": [0, 0],
         "other": [1, 0], "matched_terms": ["other:kinh_tế", "energy:dầu_khí"],
         "relation_cues": ["hợp_tác", "hợp_tác"], "n_topics": [1, 1]}
    )  # fmt: skip
    model_tags = pd.DataFrame(
        {**keys, **{f"model_{f}": [1, 0] for f in FIELDS}, "model_topic": "energy",
         "model_probability": 0.9}
    )  # fmt: skip
    tags = project_tags(lexicon_tags, model_tags, "union")
    assert list(tags.columns) == list(lexicon_tags.columns)
    assert tags.energy.tolist() == [1, 1] and tags.security.tolist() == [1, 0]
    assert tags.n_topics.tolist() == [5, 1]  # four fields from the model plus the lexicon's other
    assert tags.matched_terms.tolist() == lexicon_tags.matched_terms.tolist()
    same = project_tags(lexicon_tags, model_tags, "lexicon")
    pd.testing.assert_frame_equal(same, lexicon_tags)


def test_missed_terms_come_with_a_count_and_a_concordance_line() -> None:
    from helpers.topic_model import missed_terms_in_context

    # each field topic holds two seed words (in the lexicon), so it formed around its field
    terms = pd.DataFrame(
        {"topic": ["energy", "energy", "energy", "security", "security", "security"],
         "term": ["lọc_dầu", "năng_lượng", "dầu_khí", "tàu_chiến", "an_ninh", "quốc_phòng"],
         "weight": [0.3, 0.5, 0.4, 0.2, 0.5, 0.4], "in_lexicon": [0, 1, 1, 0, 1, 1]}
    )  # fmt: skip
    tokens = ["Ăn lọc_dầu mới .", "Hai bên xây nhà_máy lọc_dầu ở Dung_Quất .", "Hợp_tác ."]
    sentences = pd.DataFrame(
        {"doc_id": ["b", "a", "a"], "sent_id": [0, 1, 0], "tokens": tokens,
         "terms": [t.lower().replace(" .", "") for t in tokens],
         "text": [t.replace("_", " ") for t in tokens]}
    )  # fmt: skip
    missed = missed_terms_in_context(terms, sentences, window=2)
    assert missed.term.tolist() == ["lọc_dầu", "tàu_chiến"]
    assert missed.n_sentences.tolist() == [2, 0]
    # without the model: the first use in doc_id, sent_id order, two words either side
    assert missed.example.tolist() == ["… xây nhà máy [lọc dầu] ở Dung Quất …", ""]
    # with it: the use the model gives most surely to the term's field
    model_tags = pd.DataFrame(
        {"doc_id": ["a", "b"], "sent_id": [1, 0], "model_topic": ["residual_1", "energy"],
         "model_probability": [0.9, 0.6]}
    )  # fmt: skip
    missed = missed_terms_in_context(terms, sentences, model_tags=model_tags, window=2)
    assert missed.example.tolist()[0] == "Ăn [lọc dầu] mới ."
    # both uses in the field's topic: the more probable one
    model_tags["model_topic"] = "energy"
    cases = (
        ([0.9, 0.6], "… xây nhà máy [lọc dầu] ở Dung Quất …"),
        ([0.6, 0.9], "Ăn [lọc dầu] mới ."),
    )
    for probabilities, expected in cases:
        model_tags["model_probability"] = probabilities
        missed = missed_terms_in_context(terms, sentences, model_tags=model_tags, window=2)
        assert missed.example.tolist()[0] == expected


def test_a_field_topic_that_drifted_from_its_seed_words_proposes_nothing() -> None:
    from helpers.readings_topics import missed_terms_reading
    from helpers.topic_model import drifted_fields, missed_terms

    # the emergency topic's heaviest words are a conference's, none of them a seed word
    terms = pd.DataFrame({
        "topic": ["emergency"] * 3 + ["energy"] * 3,
        "term": ["hội_nghị", "apec", "cứu_hộ", "năng_lượng", "điện", "lọc_dầu"],
        "weight": [0.5, 0.4, 0.1, 0.5, 0.3, 0.2], "in_lexicon": [0, 0, 1, 1, 1, 0],
    })  # fmt: skip
    assert drifted_fields(terms) == {"emergency": ["hội_nghị", "apec", "cứu_hộ"]}
    assert missed_terms(terms).term.tolist() == ["lọc_dầu"]
    reading = missed_terms_reading(missed_terms(terms), None, drifted_fields(terms))
    assert "The emergency topic did not form around its seed words" in reading
    assert "hội nghị, apec" in reading


def test_model_readings_follow_the_numbers() -> None:
    from helpers.readings_topics import missed_terms_reading, model_reading, rule_reading

    keys = {"doc_id": ["a"] * 4, "sent_id": [0, 1, 2, 3]}
    lexicon_tags = pd.DataFrame({**keys, **{f: [1, 0, 0, 0] for f in FIELDS}})
    model_tags = pd.DataFrame({**keys, **{f"model_{f}": [1, 1, 0, 0] for f in FIELDS}})
    reading = model_reading(None, lexicon_tags, model_tags)
    assert "marks 50.0% of the 4 sentences" in reading and "lexicon 25.0%" in reading
    assert "4 field tags the lexicon does not" in reading
    assert model_reading("Too small.", lexicon_tags, model_tags).endswith("Too small.")
    mixed = rule_reading({"energy": "union", "security": "lexicon", "education": "lexicon",
                          "emergency": "union"})  # fmt: skip
    assert "energy, emergency: union; security, education: lexicon" in mixed
    assert "confident" not in mixed  # the rule is explained only where it is used
    in_article = rule_reading({**dict.fromkeys(FIELDS, "lexicon")}, ("emergency",))
    assert "energy, security, education: lexicon; emergency: lexicon in its article" in in_article
    confident = rule_reading({**dict.fromkeys(FIELDS, "lexicon"), "security": "confident"})
    assert "security: confident" in confident and "at 70% or more" in confident
    assert "cooperation, agreement or assistance" in confident
    missed = pd.DataFrame({"topic": ["energy"], "term": ["lọc_dầu"], "weight": [0.1]})
    assert "1 candidate terms for 1 fields" in missed_terms_reading(missed, None)
    assert "lọc dầu" in missed_terms_reading(missed, None)


def test_a_term_frequent_everywhere_ranks_below_one_particular_to_the_field() -> None:
    from helpers.topic_model import missed_terms_in_context

    # "hội_nghị" is heavier in the energy topic but is in every sentence of the corpus;
    # "lọc_dầu" is lighter and rare elsewhere, so it is the better lexicon candidate
    terms = pd.DataFrame({"topic": "energy", "term": ["hội_nghị", "lọc_dầu", "năng_lượng",
                          "dầu_khí"], "weight": [0.30, 0.20, 0.25, 0.22],
                          "in_lexicon": [0, 0, 1, 1]})  # fmt: skip
    sentences = pd.DataFrame({
        "doc_id": "a", "sent_id": range(10),
        "terms": ["hội_nghị lọc_dầu"] + ["hội_nghị khác"] * 9, "text": "x",
        "tokens": ["Hội_nghị lọc_dầu"] + ["Hội_nghị khác"] * 9,
    })  # fmt: skip
    missed = missed_terms_in_context(terms, sentences)
    assert missed.term.tolist() == ["lọc_dầu", "hội_nghị"]
    assert missed_terms_in_context(terms, sentences, top_n=1).term.tolist() == ["lọc_dầu"]
    expected = 0.6 * np.log(0.2) + 0.4 * np.log(0.2 / (1 / 20))
    assert missed.relevance.iloc[0] == pytest.approx(expected)


def test_without_a_model_every_field_is_the_lexicons() -> None:
    from helpers.topic_model import COMBINATION_RULE, project_rule

    assert project_rule(fitted=True) == COMBINATION_RULE
    assert project_rule(fitted=False) == dict.fromkeys(FIELDS, "lexicon")
