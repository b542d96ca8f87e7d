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
