"""Co-occurrence counts and NPMI against a brute-force count on a corpus written here."""

from __future__ import annotations

import itertools
import math
from collections import Counter

import pandas as pd
import pytest

from helpers.cooccurrence import rank_pairs, sentence_cooccurrence, window_cooccurrence

TERMS = [
    "năng_lượng dầu_khí hợp_tác",
    "quốc_phòng an_ninh năng_lượng dầu_khí",
    "quốc_phòng an_ninh",
    "giáo_dục đào_tạo năng_lượng",
    "năng_lượng dầu_khí",
]
CORPUS = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c"], "language": "vi", "terms": TERMS})


def brute_force_sentence_counts() -> Counter:
    counts: Counter = Counter()
    for terms in TERMS:
        for a, b in itertools.combinations(sorted(set(terms.split())), 2):
            counts[(a, b)] += 1
    return counts


def test_sentence_counts_match_a_brute_force_count() -> None:
    table = sentence_cooccurrence(CORPUS, min_count=1)
    ours = {(r.term_a, r.term_b): r.count for r in table.itertuples()}
    assert ours == dict(brute_force_sentence_counts())
    assert (table.term_a < table.term_b).all()


def test_npmi_by_hand() -> None:
    table = sentence_cooccurrence(CORPUS, min_count=2).set_index(["term_a", "term_b"])
    # năng_lượng in 4 of 5 sentences, dầu_khí in 3, together in 3:
    # PMI = ln((3/5) / ((4/5)(3/5))) = ln(1.25); NPMI = PMI / -ln(3/5)
    row = table.loc[("dầu_khí", "năng_lượng")]
    assert row["count"] == 3
    assert row.pmi == pytest.approx(math.log(1.25))
    assert row.npmi == pytest.approx(math.log(1.25) / -math.log(3 / 5))
    # an_ninh and quốc_phòng always occur together: NPMI = 1
    assert table.loc[("an_ninh", "quốc_phòng")].npmi == pytest.approx(1.0)
    assert ("giáo_dục", "đào_tạo") not in table.index  # seen once, below min_count


def test_window_counts_match_a_brute_force_count() -> None:
    window = 1
    expected: Counter = Counter()
    for terms in TERMS:
        words = terms.split()
        for i in range(len(words) - window):
            for d in range(1, window + 1):
                a, b = sorted((words[i], words[i + d]))
                expected[(a, b)] += 1
    table = window_cooccurrence(CORPUS, window=window, min_count=1)
    assert {(r.term_a, r.term_b): r.count for r in table.itertuples()} == dict(expected)
    assert set(table.scope) == {"window"}


def test_rank_pairs_keeps_only_the_given_vocabulary() -> None:
    table = sentence_cooccurrence(CORPUS, min_count=1)
    ranked = rank_pairs(table, {"quốc_phòng", "an_ninh", "năng_lượng"})
    assert set(ranked.term_a) | set(ranked.term_b) <= {"quốc_phòng", "an_ninh", "năng_lượng"}
    assert ranked.iloc[0][["term_a", "term_b"]].tolist() == ["an_ninh", "quốc_phòng"]
    assert ranked["rank"].tolist() == list(range(1, len(ranked) + 1))


# The helpers notebook 04 calls, on small tables whose answers are counted by hand.


def test_topic_cooccurrence_counts_sentences_tagged_with_both() -> None:
    from helpers.cooccurrence import strongest_topic_pair, topic_cooccurrence

    tags = pd.DataFrame(
        {"energy": [1, 1, 0, 1], "security": [1, 0, 1, 1], "education": [0, 0, 1, 1]}
    )
    together = topic_cooccurrence(tags, ("energy", "security", "education"))
    assert together.loc["energy", "security"] == 2  # rows 0 and 3
    assert together.loc["security", "education"] == 2  # rows 2 and 3
    assert together.loc["energy", "education"] == 1
    assert together.loc["energy", "energy"] == 3
    assert strongest_topic_pair(together, ("energy", "security", "education")) == (
        "energy", "security", 2,
    )  # fmt: skip


def test_npmi_matrix_is_symmetric_with_zero_for_unseen_pairs() -> None:
    from helpers.cooccurrence import npmi_matrix

    ranked = rank_pairs(sentence_cooccurrence(CORPUS, min_count=2), set(" ".join(TERMS).split()))
    terms = ["năng_lượng", "dầu_khí", "giáo_dục"]
    matrix = npmi_matrix(ranked, terms)
    expected = ranked.set_index(["term_a", "term_b"]).npmi[("dầu_khí", "năng_lượng")]
    assert matrix.loc["năng_lượng", "dầu_khí"] == matrix.loc["dầu_khí", "năng_lượng"] == expected
    assert matrix.loc["giáo_dục", "dầu_khí"] == 0.0  # never in two sentences together
    assert (matrix.to_numpy().diagonal() == 1.0).all()


def test_pair_ranks_accept_either_order_and_report_missing_pairs() -> None:
    from helpers.cooccurrence import expected_pair_ranks, pair_rank

    ranked = rank_pairs(sentence_cooccurrence(CORPUS, min_count=2), set(" ".join(TERMS).split()))
    assert pair_rank(ranked, "năng_lượng", "dầu_khí") == pair_rank(ranked, "dầu_khí", "năng_lượng")
    assert pair_rank(ranked, "năng_lượng", "dầu_khí")[0] is not None
    checks = expected_pair_ranks(ranked, ["giáo_dục, dầu_khí"])
    assert checks == [("giáo_dục", "dầu_khí", None, None)]
    with pytest.raises(ValueError, match="term_a,term_b"):
        expected_pair_ranks(ranked, ["năng_lượng"])


def test_network_communities_follow_two_separate_cliques() -> None:
    from helpers.cooccurrence import community_agreement, network_tables

    ranked = pd.DataFrame(
        {
            "term_a": ["a", "a", "b", "x", "x", "y"],
            "term_b": ["b", "c", "c", "y", "z", "z"],
            "npmi": [0.9, 0.8, 0.7, 0.9, 0.8, -0.1],
            "count": [3, 3, 3, 3, 3, 3],
        }
    )
    topic_of = {"a": "energy", "b": "energy", "c": "energy", "x": "security", "y": "security",
                "z": "security"}  # fmt: skip
    nodes, edges = network_tables(ranked, topic_of, pd.Series({"a": 5}))
    assert len(edges) == 5  # the negative NPMI pair is no link
    assert nodes.set_index("term").frequency.to_dict()["a"] == 5
    groups = nodes.groupby("community").term.apply(set).tolist()
    assert sorted(map(sorted, groups)) == [["a", "b", "c"], ["x", "y", "z"]]
    assert community_agreement(nodes) == {"ari": 1.0, "nmi": 1.0}
    too_small, _ = network_tables(ranked.head(1), topic_of, pd.Series(dtype=int))
    assert too_small.empty


def test_field_mentions_sum_each_fields_concepts_per_article() -> None:
    from helpers.cooccurrence import field_mentions
    from helpers.lexicon import concept_lexicon

    lexicon = concept_lexicon().drop_duplicates("concept")
    energy = lexicon[lexicon.topic == "energy"].concept.head(2).tolist()
    security = lexicon[lexicon.topic == "security"].concept.iloc[0]
    concepts = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d1", "d2"],
            "language": "vi",
            "concept": [*energy, security, energy[0]],
            "count": [1, 2, 1, 3],
            "per_1000_tokens": [2.0, 3.5, 1.0, 4.0],
        }
    )
    documents = pd.DataFrame({"doc_id": ["d1", "d2"], "language": ["vi", "en"]})
    table = field_mentions(concepts, documents, ("energy", "security")).set_index(
        ["doc_id", "topic"]
    )
    assert table.per_1000_tokens[("d1", "energy")] == 5.5
    assert table.per_1000_tokens[("d1", "security")] == 1.0
    assert table.language[("d2", "energy")] == "en"


def test_network_keeps_only_the_most_frequent_terms_when_asked() -> None:
    from helpers.cooccurrence import network_tables

    ranked = pd.DataFrame(
        {"term_a": ["a", "a", "b", "x"], "term_b": ["b", "c", "c", "y"],
         "npmi": [0.9, 0.8, 0.7, 0.9], "count": 3}
    )  # fmt: skip
    topic_of = dict.fromkeys(["a", "b", "c", "x", "y"], "energy")
    frequency = pd.Series({"a": 50, "b": 40, "c": 30, "x": 45, "y": 10})
    nodes, edges = network_tables(ranked, topic_of, frequency, max_terms=3)
    # a, x and b are the three most frequent; only a-b links two of them
    assert nodes.empty and len(edges) == 0  # fewer than three linked terms remain
    nodes, edges = network_tables(ranked, topic_of, frequency, max_terms=4)
    assert set(nodes.term) == {"a", "b", "c"} and len(edges) == 3  # x-y: y is not kept


def test_a_community_mixes_topics_only_with_two_terms_of_each() -> None:
    from helpers.readings_corpus import network_reading

    nodes = pd.DataFrame({
        "term": ["a", "b", "c", "d", "e", "f", "g"],
        "topic": ["security", "security", "education", "education", "security", "security",
                  "energy"],
        "community": [0, 0, 0, 0, 1, 1, 1], "frequency": [5, 9, 1, 1, 3, 4, 2],
    })  # fmt: skip
    text = network_reading(nodes, pd.DataFrame({"a": [1]}), {"ari": 0.5, "nmi": 0.6})
    assert "1 of the 2 communities mix topics" in text
    assert "In 1 community, a single term of another topic joins the main one." in text
    # the chart colours topics, so the reading names each community's terms, most frequent first
    assert "community 0: b, a, c, d; 1: f, e, g." in text


def test_the_cooperation_vocabulary_of_a_language_holds_only_its_terms() -> None:
    from helpers.cooccurrence import field_vocabulary

    vietnamese = field_vocabulary(language="vi")
    assert "học_sinh" in vietnamese and "students" not in vietnamese
    assert "students" in field_vocabulary()


def test_a_pair_named_side_by_side_in_most_of_its_sentences_is_a_set_phrase() -> None:
    from helpers.cooccurrence import with_side_by_side_share
    from helpers.readings_corpus import cooccurrence_counts_reading
    from helpers.report_index import cooccurrence_finding

    rows = (
        ["cứu_hộ cứu_nạn hợp_tác"] * 6  # always side by side: a set phrase
        + ["năng_lượng hợp_tác an_ninh quốc_phòng"] * 6  # năng_lượng, an_ninh apart
        + ["an_ninh đào_tạo năng_lượng"] * 2
    )
    sentences = pd.DataFrame({"terms": rows, "language": "vi"})
    table = sentence_cooccurrence(sentences, min_count=2)
    ranked = with_side_by_side_share(
        rank_pairs(table, {"cứu_hộ", "cứu_nạn", "năng_lượng", "an_ninh"}), sentences, "vi"
    )
    shares = {(r.term_a, r.term_b): r.side_by_side for r in ranked.itertuples()}
    assert shares[("cứu_hộ", "cứu_nạn")] == 1.0
    assert shares[("an_ninh", "năng_lượng")] == 0.0
    assert ranked.fixed_phrase.tolist() == [s >= 0.5 for s in ranked.side_by_side]
    reading = cooccurrence_counts_reading(table, ranked, "vi")
    assert "1 stand side by side in most of their sentences (cứu hộ–cứu nạn)" in reading
    finding = cooccurrence_finding(table.assign(scope="sentence"), sentences=sentences)
    assert "named side by side as one phrase" in finding and "cứu hộ–cứu nạn" not in finding
    assert "an ninh–năng lượng" in finding
