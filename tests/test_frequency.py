"""Frequency stage: counts, relative frequencies, tf-idf, dispersion, keyness, n-grams, KWIC."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from helpers.frequency import (
    chart_view,
    concept_counts,
    concept_profiles,
    juilland_d,
    keyness,
    kwic,
    leading_term_rates,
    log_likelihood_g2,
    log_ratio,
    ngram_table,
    paired_concepts,
    term_frequencies,
    term_positions,
    top_terms,
    topic_keyness,
)


def make_sentences(rows: list[tuple[str, int, str, str]]) -> pd.DataFrame:
    """(doc_id, paragraph_id, language, terms) → a sentences table; tokens = terms."""
    frame = pd.DataFrame(rows, columns=["doc_id", "paragraph_id", "language", "terms"])
    frame["sent_id"] = frame.groupby("doc_id").cumcount()
    frame["tokens"] = frame["terms"]
    frame["text"] = frame["terms"].str.replace("_", " ")
    return frame


CORPUS = make_sentences([
    ("a", 0, "vi", "năng_lượng dầu_khí hợp_tác"),
    ("a", 1, "vi", "năng_lượng hợp_tác năng_lượng"),
    ("b", 0, "vi", "quốc_phòng an_ninh hợp_tác"),
    ("b", 1, "vi", "an_ninh quốc_phòng"),
    ("c", 0, "vi", "giáo_dục đào_tạo hợp_tác năng_lượng"),
    ("e", 0, "en", "energy oil gas cooperation"),
])  # fmt: skip


def test_log_likelihood_matches_the_hand_computed_value() -> None:
    # a = 10 in a target of c = 100 terms, b = 5 in a reference of d = 200 terms:
    # E1 = 100 * 15 / 300 = 5, E2 = 200 * 15 / 300 = 10
    # G² = 2 * (10 ln(10/5) + 5 ln(5/10)) = 2 * 5 ln 2 = 6.931...
    assert log_likelihood_g2(np.array([10]), np.array([5]), 100, 200)[0] == pytest.approx(
        10 * math.log(2)
    )
    # log ratio = log2((10/100) / (5/200)) = log2(4) = 2
    assert log_ratio(np.array([10]), np.array([5]), 100, 200)[0] == pytest.approx(2.0)


def test_zero_counts_give_finite_values() -> None:
    # b = 0: E1 = 100 * 3 / 300 = 1, G² = 2 * 3 ln(3 / 1); log ratio uses b = 0.5:
    # log2((3/100) / (0.5/200)) = log2(12)
    assert log_likelihood_g2(np.array([3]), np.array([0]), 100, 200)[0] == pytest.approx(
        6 * math.log(3)
    )
    assert log_ratio(np.array([3]), np.array([0]), 100, 200)[0] == pytest.approx(math.log2(12))
    assert np.isfinite(log_ratio(np.array([0]), np.array([4]), 100, 200)).all()
    assert log_likelihood_g2(np.array([0]), np.array([0]), 100, 200)[0] == 0


def test_relative_frequencies_sum_to_1000_and_languages_stay_apart() -> None:
    table = term_frequencies(CORPUS)
    sums = table.groupby("doc_id").rel_per_1000.sum()
    assert np.allclose(sums, 1000)
    a = table[table.doc_id == "a"].set_index("term")
    assert a.loc["năng_lượng", "count"] == 3
    assert a.loc["năng_lượng", "rel_per_1000"] == pytest.approx(3 / 6 * 1000)
    assert a.loc["năng_lượng", "rank"] == 1
    # doc_freq counts Vietnamese documents only: the English 'energy' is not 'năng_lượng'
    assert a.loc["năng_lượng", "doc_freq"] == 2
    assert a.loc["hợp_tác", "doc_freq"] == 3
    assert set(table[table.doc_id == "e"].doc_freq) == {1}


def test_tfidf_equals_scikit_learn_on_the_same_language() -> None:
    table = term_frequencies(CORPUS)
    vi = CORPUS[CORPUS.language == "vi"].groupby("doc_id").terms.apply(" ".join)
    reference = TfidfVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False)
    matrix = reference.fit_transform(vi.tolist()).toarray()
    vocabulary = reference.get_feature_names_out()
    for i, doc_id in enumerate(vi.index):
        ours = table[table.doc_id == doc_id].set_index("term").tfidf
        for j, term in enumerate(vocabulary):
            if matrix[i, j] > 0:
                assert ours[term] == pytest.approx(matrix[i, j])


def test_juilland_d_extremes() -> None:
    even = juilland_d(np.array([[2.0], [2.0], [2.0]]), np.array([10.0, 10.0, 10.0]))
    concentrated = juilland_d(np.array([[6.0], [0.0], [0.0]]), np.array([10.0, 10.0, 10.0]))
    assert even[0] == pytest.approx(1.0)
    assert concentrated[0] == pytest.approx(0.0)
    assert np.isnan(juilland_d(np.array([[3.0]]), np.array([10.0]))[0])


def test_keyness_compares_within_a_language_only() -> None:
    table = keyness(term_frequencies(CORPUS))
    assert set(table.doc_id) == {"a", "b", "c"}  # 'e' has no other English document
    row = table[(table.doc_id == "b") & (table.term == "an_ninh")].iloc[0]
    assert (row.count_target, row.count_reference) == (2, 0)
    # b has 5 terms, a + c have 10: E1 = 5 * 2 / 15
    assert row.expected_target == pytest.approx(5 * 2 / 15)
    assert row.g2 == pytest.approx(2 * 2 * math.log(2 / (5 * 2 / 15)))
    assert not row.reliable and row.direction == "over"
    assert 0 <= row.p_value <= 1


def test_ngrams_count_within_sentences_and_documents() -> None:
    table = ngram_table(CORPUS, (2,), min_count=1)
    vi = table[table.language == "vi"].set_index("ngram")
    assert vi.loc["quốc_phòng an_ninh", "count"] == 1
    assert vi.loc["an_ninh quốc_phòng", "count"] == 1
    assert vi.loc["năng_lượng hợp_tác", "n_docs"] == 1
    # no bigram across the sentence boundary "hợp_tác" | "năng_lượng" of document a
    assert "hợp_tác năng_lượng" in vi.index  # inside sentence 2 of a
    assert vi.loc["hợp_tác năng_lượng", "count"] == 2  # a (sentence 2) and c
    assert set(table.measure) == {"pmi"}


def test_kwic_returns_tidy_context() -> None:
    lines = kwic(CORPUS, "NĂNG_LƯỢNG", window=1)
    assert list(lines.columns) == ["doc_id", "sent_id", "left", "keyword", "right"]
    assert len(lines) == 4
    first = lines.iloc[0]
    assert (first.left, first.keyword, first.right) == ("", "năng lượng", "dầu khí")


def test_concept_phrases_are_counted_once() -> None:
    sentences = make_sentences([("e", 0, "en", "ministry of public security and security")])
    lexicon = pd.DataFrame({
        "concept": ["law_enforcement", "security"], "topic": ["security", "security"],
        "language": ["en", "en"], "term": ["ministry of public security", "security"],
    })  # fmt: skip
    counts = concept_counts(sentences, lexicon).set_index("concept")["count"]
    assert counts.to_dict() == {"law_enforcement": 1, "security": 1}


def test_concept_counts_read_english_plurals_and_compounds_as_the_tags_do() -> None:
    # The per-article field counts and the topic tags must count the same words: an English
    # article's "universities" and "typhoon-hit" are mentions of their fields.
    sentences = make_sentences([
        ("e", 0, "en", "universities and a typhoon-hit province"),
        ("e", 1, "en", "securities , non-university"),
    ])  # fmt: skip
    lexicon = pd.DataFrame({
        "concept": ["higher_education", "natural_disaster", "security"],
        "topic": ["education", "emergency", "security"], "language": ["en"] * 3,
        "term": ["university", "typhoon", "security"],
    })  # fmt: skip
    counts = concept_counts(sentences, lexicon).set_index("concept")["count"]
    assert counts.to_dict() == {"higher_education": 1, "natural_disaster": 1, "security": 0}


TOPIC_OF = {"năng_lượng": "energy", "dầu_khí": "energy", "an_ninh": "security",
            "quốc_phòng": "security", "giáo_dục": "education", "energy": "energy"}  # fmt: skip


def test_topic_keyness_matches_a_scalar_computation_per_article() -> None:
    frequencies = term_frequencies(CORPUS)
    table = topic_keyness(frequencies, TOPIC_OF).set_index(["doc_id", "topic"])
    # the English article is alone in its language: no rows; every vi article × vi topic
    assert set(table.index.get_level_values("doc_id")) == {"a", "b", "c"}
    assert set(table.index.get_level_values("topic")) == {"energy", "security", "education"}
    vi = frequencies[frequencies.language == "vi"]
    totals = vi.groupby("doc_id")["count"].sum()
    for doc_id in ["a", "b", "c"]:
        for topic in ["energy", "security", "education"]:
            in_topic = vi[vi.term.map(TOPIC_OF) == topic]
            a = int(in_topic[in_topic.doc_id == doc_id]["count"].sum())
            b = int(in_topic[in_topic.doc_id != doc_id]["count"].sum())
            c, d = totals[doc_id], totals.drop(doc_id).sum()
            e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
            g2 = 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o > 0)
            row = table.loc[(doc_id, topic)]
            assert (row["count"], row["count_reference"]) == (a, b)
            assert row["g2"] == pytest.approx(g2)
            assert row["signed_g2"] == pytest.approx(g2 if a / c > b / d else -g2)
            assert row["log_ratio"] == pytest.approx(
                math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
            )


def test_top_terms_keeps_the_most_frequent_with_alphabetical_ties() -> None:
    top = top_terms(term_frequencies(CORPUS), top_n=2, min_count=1)
    a = top[top.doc_id == "a"]
    assert list(a.term) == ["năng_lượng", "hợp_tác"]  # 3 then 2; dầu_khí (1) left out
    assert list(top[top.doc_id == "b"].term) == ["an_ninh", "quốc_phòng"]  # tie of 2: by name
    assert top_terms(term_frequencies(CORPUS), 5, min_count=2).doc_id.unique().tolist() == [
        "a",
        "b",
    ]


def test_leading_term_rates_fill_zeros_and_keep_the_order() -> None:
    frequencies = term_frequencies(CORPUS)
    rates = leading_term_rates(frequencies, frequencies, "vi", ["a", "b"], n_terms=2)
    # corpus counts in vi: năng_lượng 4, hợp_tác 4 → both leading; rows term-major
    assert set(rates.term) == {"năng_lượng", "hợp_tác"}
    cell = rates.set_index(["term", "doc_id"]).rel_per_1000
    assert cell[("năng_lượng", "b")] == 0
    assert cell[("năng_lượng", "a")] == pytest.approx(3 / 6 * 1000)
    assert list(pd.unique(rates.doc_id)) == ["a", "b"]


def test_term_positions_run_from_zero_to_one_in_text_order() -> None:
    positions = term_positions(CORPUS, TOPIC_OF, ["a", "b"])
    a = positions[positions.doc_id == "a"]
    # a's terms: năng_lượng dầu_khí hợp_tác năng_lượng hợp_tác năng_lượng (6 terms)
    assert list(a.term) == ["năng_lượng", "dầu_khí", "năng_lượng", "năng_lượng"]
    assert list(a.position) == pytest.approx([0, 0.2, 0.6, 1.0])
    assert set(positions.doc_id) == {"a", "b"}


def test_paired_concepts_side_by_side() -> None:
    lexicon = pd.DataFrame({
        "concept": ["energy", "energy", "security", "security", "cooperation"],
        "topic": ["energy", "energy", "security", "security", "other"],
        "language": ["vi", "en", "vi", "en", "vi"],
        "term": ["năng_lượng", "energy", "an_ninh", "security", "hợp_tác"],
        "evidence": ["field"] * 5,
    })  # fmt: skip
    concepts = concept_counts(CORPUS, lexicon)
    side = paired_concepts(concepts, lexicon, "a", "e").set_index("concept")
    # cooperation has no English term, security is named by neither: both left out
    assert list(side.index) == ["energy"]
    assert (side.loc["energy", "count_a"], side.loc["energy", "count_b"]) == (3, 1)
    assert side.loc["energy", "rate_a"] == pytest.approx(3 / 6 * 1000)
    assert side.loc["energy", "difference"] == pytest.approx(500 - 250)
    profiles = concept_profiles(concepts)
    assert profiles.loc["e", "energy"] == pytest.approx(250)
    assert profiles.loc["e", "cooperation"] == 0


def test_chart_view_pools_articles_into_groups_beyond_the_limit() -> None:
    frequencies = term_frequencies(CORPUS)
    documents = pd.DataFrame({
        "doc_id": ["a", "b", "c", "e"], "language": ["vi", "vi", "vi", "en"],
        "title": ["A", "B", "C", "E"], "date": "", "outlet": ["X", "X", "Y", "X"],
    })  # fmt: skip
    labels = pd.Series({"a": "1 · A", "b": "2 · B", "c": "3 · C", "e": "4 · E"})
    small = chart_view(frequencies, documents, labels, ["outlet"], max_articles_shown=4)
    assert small.per_article and small.ids == ["a", "b", "c", "e"] and small.note == ""
    assert small.titles["e"] == "4 · E (en)"
    big = chart_view(frequencies, documents, labels, ["outlet"], max_articles_shown=2)
    assert not big.per_article and big.unit == "group"
    # panels: the two largest (group, language) units: X (vi) has 2 articles, then by name
    assert big.ids == ["outlet: X (en)", "outlet: X (vi)"]
    assert "3 smaller" not in big.note and "1 smaller group left out" in big.note
    pooled = big.table.set_index(["doc_id", "term"])
    # X (vi) = articles a and b: hợp_tác 2 + 1 among 6 + 5 terms
    assert pooled.loc[("outlet: X (vi)", "hợp_tác"), "count"] == 3
    assert pooled.loc[("outlet: X (vi)", "hợp_tác"), "rel_per_1000"] == pytest.approx(3 / 11 * 1000)
    assert pooled.loc[("outlet: X (vi)", "hợp_tác"), "n_articles"] == 2
    assert big.language_of["outlet: X (en)"] == "en"


def test_chart_view_without_a_group_column_shows_the_first_articles_with_a_note() -> None:
    frequencies = term_frequencies(CORPUS)
    documents = pd.DataFrame({"doc_id": ["a", "b", "c", "e"], "language": ["vi"] * 3 + ["en"]})
    labels = pd.Series({"a": "1 · A", "b": "2 · B", "c": "3 · C", "e": "4 · E"})
    view = chart_view(frequencies, documents, labels, [], max_articles_shown=2)
    assert view.per_article and view.ids == ["a", "b"]
    assert "first 2" in view.note and "4 articles" in view.note


def test_a_big_corpus_shows_the_articles_that_name_the_fields_most() -> None:
    from helpers.frequency import articles_to_show

    documents = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "language": "vi"})
    sentences = pd.DataFrame({
        "doc_id": ["a", "b", "c", "c", "d"],
        "terms": ["xe bán_tải", "an_ninh hợp_tác", "năng_lượng", "dầu_khí đào_tạo", ""],
    })  # fmt: skip
    topic_of = {"an_ninh": "security", "năng_lượng": "energy", "dầu_khí": "energy",
                "đào_tạo": "education", "hợp_tác": "other"}  # fmt: skip
    assert articles_to_show(documents, sentences, topic_of, 2) == ["b", "c"]
    assert articles_to_show(documents, sentences, topic_of, 4) == ["a", "b", "c", "d"]
    labels = pd.Series({"a": "1 · A", "b": "2 · B", "c": "3 · C", "d": "4 · D"})
    view = chart_view(term_frequencies(CORPUS), documents, labels, [], 2, ["b", "c"])
    assert view.ids == ["b", "c"] and "use the four fields' vocabulary most often" in view.note


def test_a_column_most_articles_lack_does_not_pool_the_charts() -> None:
    frequencies = term_frequencies(CORPUS)
    documents = pd.DataFrame({
        "doc_id": ["a", "b", "c", "e"], "language": ["vi", "vi", "vi", "en"],
        "date": ["2017-01-02", "", "", ""], "outlet": "",
    })  # fmt: skip
    labels = pd.Series({"a": "1 · A", "b": "2 · B", "c": "3 · C", "e": "4 · E"})
    view = chart_view(frequencies, documents, labels, ["year"], max_articles_shown=2)
    # a year is known for 1 article of 4: the panels are the languages, not "year: none known"
    assert view.ids == ["all articles (en)", "all articles (vi)"]
    assert "by language (year known for fewer than 50% of them)" in view.note


def test_an_ngram_is_shown_with_its_word_boundaries() -> None:
    from helpers.wording import readable_ngram

    assert readable_ngram("đánh_giá cao") == "đánh giá · cao"
    assert readable_ngram("quan_hệ hữu_nghị truyền_thống") == "quan hệ · hữu nghị · truyền thống"
