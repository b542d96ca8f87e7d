"""Translation pairs: given pairs win, found pairs obey language, date and cosine rules."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.pairs import find_translation_pairs


def documents(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["doc_id", "language", "date"])


def cosine(u: list[float], v: list[float]) -> float:
    dot = sum(a * b for a, b in zip(u, v, strict=True))
    return dot / math.sqrt(sum(a * a for a in u) * sum(b * b for b in v))


DOCS = documents([
    ("v1", "vi", "2026-03-05"),
    ("e1", "en", "2026-03-05"),  # same meeting as v1, same day
    ("v2", "vi", "2026-03-10"),
    ("e2", "en", "2026-03-13"),  # same profile as v2 but three days later
    ("v3", "vi", "2026-03-05"),  # same language and day as v1, same profile
    ("e3", "en", ""),  # undated, same profile as v2
    ("e4", "en", "2026-03-06"),  # one day after v1, a slightly worse match than e1
])  # fmt: skip
PROFILES = pd.DataFrame(
    {
        "energy": [10.0, 9.0, 0.0, 0.0, 10.0, 0.0, 8.0],
        "security": [1.0, 1.0, 8.0, 8.0, 1.0, 8.0, 3.0],
        "education": [0.0, 0.0, 2.0, 2.0, 0.0, 2.0, 0.0],
    },
    index=DOCS["doc_id"],
)


def test_found_pair_obeys_language_date_and_cosine() -> None:
    pairs = find_translation_pairs(DOCS, PROFILES)
    # v1–e1 is the best match; v3 and e4 are then left, and they match too
    assert list(zip(pairs["doc_a"], pairs["doc_b"], strict=True)) == [("v1", "e1"), ("v3", "e4")]
    assert (pairs["source"] == "found").all()
    assert (pairs["language_a"] != pairs["language_b"]).all()
    assert (pairs["days_apart"] <= 1).all()
    expected = cosine(PROFILES.loc["v1"].tolist(), PROFILES.loc["e1"].tolist())
    assert pairs.loc[0, "cosine"] == pytest.approx(expected, abs=1e-4)


def test_same_language_three_days_apart_and_undated_are_never_found() -> None:
    pairs = find_translation_pairs(DOCS, PROFILES, min_cosine=0.0)
    found = {frozenset(p) for p in zip(pairs["doc_a"], pairs["doc_b"], strict=True)}
    assert frozenset({"v1", "v3"}) not in found  # identical profiles, same language
    assert frozenset({"v2", "e2"}) not in found  # identical profiles, three days apart
    assert "e3" not in set(pairs["doc_a"]) | set(pairs["doc_b"])  # undated


def test_three_days_found_when_allowed() -> None:
    pairs = find_translation_pairs(DOCS, PROFILES, max_days=3)
    assert ("v2", "e2") in set(zip(pairs["doc_a"], pairs["doc_b"], strict=True))


def test_each_document_in_at_most_one_found_pair() -> None:
    pairs = find_translation_pairs(DOCS, PROFILES, min_cosine=0.0, max_days=10)
    ids = list(pairs["doc_a"]) + list(pairs["doc_b"])
    assert len(ids) == len(set(ids))


def test_threshold_excludes_weak_matches() -> None:
    weak = cosine(PROFILES.loc["v3"].tolist(), PROFILES.loc["e4"].tolist())
    pairs = find_translation_pairs(DOCS, PROFILES, min_cosine=weak + 0.001)
    assert ("v3", "e4") not in set(zip(pairs["doc_a"], pairs["doc_b"], strict=True))
    assert ("v1", "e1") in set(zip(pairs["doc_a"], pairs["doc_b"], strict=True))


def test_given_pairs_win_and_put_the_vietnamese_article_first() -> None:
    # the researcher pairs e1 with v3: e1 is then not available to v1
    pairs = find_translation_pairs(DOCS, PROFILES, given=["e1,v3", "e3, v2"])
    given = pairs[pairs["source"] == "given"]
    assert set(zip(given["doc_a"], given["doc_b"], strict=True)) == {("v3", "e1"), ("v2", "e3")}
    undated = given[given["doc_b"] == "e3"].iloc[0]
    assert pd.isna(undated["days_apart"])
    found = pairs[pairs["source"] == "found"]
    assert list(zip(found["doc_a"], found["doc_b"], strict=True)) == [("v1", "e4")]
    assert list(pairs["doc_a"]) == sorted(pairs["doc_a"])


def test_unknown_given_pair_is_an_error() -> None:
    with pytest.raises(ValueError, match="v9"):
        find_translation_pairs(DOCS, PROFILES, given=["v1,v9"])


def test_no_pairs_gives_an_empty_table_with_the_columns() -> None:
    pairs = find_translation_pairs(DOCS[DOCS["language"] == "vi"], PROFILES)
    assert pairs.empty
    assert list(pairs.columns) == [
        "doc_a", "doc_b", "language_a", "language_b", "days_apart", "cosine", "source",
    ]  # fmt: skip
