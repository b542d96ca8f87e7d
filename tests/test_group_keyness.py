"""Group keyness: each group of articles against the other articles of its language."""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd
import pytest

from helpers.frequency import group_keyness

# doc_id, language, outlet, date, terms (already segmented, space-separated)
ARTICLES = [
    ("v1", "vi", "A", "2024-01-05", "năng_lượng dầu_khí hợp_tác " * 4 + "covid"),
    ("v2", "vi", "A", "2024-02-07", "năng_lượng hợp_tác " * 5 + "điện"),
    ("v3", "vi", "B", "2025-03-01", "an_ninh quốc_phòng hợp_tác " * 4),
    ("v4", "vi", "B", "2025-04-02", "an_ninh hợp_tác " * 6 + "năng_lượng"),
    ("v5", "vi", "C", "", "giáo_dục hợp_tác"),  # outlet C has one article: skipped
    ("e1", "en", "A", "2024-01-05", "energy cooperation covid covid covid"),
    ("e2", "en", "A", "2024-03-03", "energy oil cooperation"),
    ("e3", "en", "B", "2025-01-01", "security cooperation"),
    ("e4", "en", "B", "2024-06-01", "security defence cooperation"),
]  # English by year: 2024 has three articles but its rest (2025) only one: not compared


def corpus() -> tuple[pd.DataFrame, pd.DataFrame]:
    documents = pd.DataFrame(
        [(d, lang, outlet, date) for d, lang, outlet, date, _ in ARTICLES],
        columns=["doc_id", "language", "outlet", "date"],
    )
    # two sentences per article, so the counts must be summed over sentences
    rows = []
    for doc_id, language, _, _, terms in ARTICLES:
        words = terms.split()
        half = len(words) // 2
        for sent_id, part in enumerate([words[:half], words[half:]]):
            rows.append(
                (doc_id, sent_id, 0, language, " ".join(part), " ".join(part), " ".join(part))
            )
    sentences = pd.DataFrame(
        rows, columns=["doc_id", "sent_id", "paragraph_id", "language", "text", "tokens", "terms"]
    )
    return sentences, documents


def expected_cell(members: list[str], language: str, term: str, group_by: str = "outlet"
                  ) -> dict[str, float]:  # fmt: skip
    """Recompute one (group, term) cell from the raw term strings with scalar formulas; the
    rest is the language's articles with a known value (an undated one is in no year)."""
    column = {"outlet": 2, "year": 3}[group_by]
    counts = {
        article[0]: Counter(article[4].split())
        for article in ARTICLES
        if article[1] == language and article[column]
    }
    a = sum(counts[d][term] for d in members)
    b = sum(c[term] for d, c in counts.items() if d not in members)
    c = sum(sum(counts[d].values()) for d in members)
    d = sum(sum(n.values()) for k, n in counts.items() if k not in members)
    n = c + d
    e1, e2 = c * (a + b) / n, d * (a + b) / n
    e3, e4 = c * (n - a - b) / n, d * (n - a - b) / n
    g2 = 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o > 0)
    ratio = math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
    return {
        "count_group": a, "count_rest": b, "rel_group": 1000 * a / c, "rel_rest": 1000 * b / d,
        "log_ratio": ratio, "g2": g2, "reliable": min(e1, e2, e3, e4) >= 5,
    }  # fmt: skip


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    sentences, documents = corpus()
    return group_keyness(sentences, documents, ["outlet", "year"])


def test_columns_are_the_contract(table) -> None:
    assert list(table.columns) == [
        "group_by", "group", "language", "term", "count_group", "count_rest",
        "rel_group", "rel_rest", "log_ratio", "g2", "p_value", "reliable",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("group_by", "group", "members", "language", "term"),
    [
        ("outlet", "A", ["v1", "v2"], "vi", "năng_lượng"),
        ("outlet", "A", ["v1", "v2"], "vi", "hợp_tác"),
        ("outlet", "B", ["v3", "v4"], "vi", "an_ninh"),
        ("outlet", "B", ["v3", "v4"], "vi", "năng_lượng"),
        ("outlet", "A", ["v1", "v2"], "vi", "covid"),  # also English: must not leak
        ("outlet", "A", ["e1", "e2"], "en", "covid"),
        ("outlet", "B", ["e3", "e4"], "en", "security"),
        ("year", "2024", ["v1", "v2"], "vi", "dầu_khí"),
        ("year", "2025", ["v3", "v4"], "vi", "quốc_phòng"),
        # undated v5 uses hợp_tác too, but is no other year: not in the rest
        ("year", "2025", ["v3", "v4"], "vi", "hợp_tác"),
    ],
)
def test_cells_match_a_scalar_recomputation(table, group_by, group, members, language, term):
    row = table[
        (table.group_by == group_by) & (table.group == group) & (table.language == language)
        & (table.term == term)
    ]  # fmt: skip
    assert len(row) == 1
    row = row.iloc[0]
    expected = expected_cell(members, language, term, group_by)
    assert (row.count_group, row.count_rest) == (expected["count_group"], expected["count_rest"])
    for column in ("rel_group", "rel_rest", "log_ratio", "g2"):
        assert row[column] == pytest.approx(expected[column]), column
    assert row.reliable == int(expected["reliable"])


def test_reliable_flag_takes_both_values(table) -> None:
    # hợp_tác is frequent everywhere (reliable), dầu_khí is rare (not)
    outlet_a = table[(table.group_by == "outlet") & (table.group == "A") & (table.language == "vi")]
    flags = outlet_a.set_index("term").reliable
    assert flags["hợp_tác"] and not flags["dầu_khí"]


def test_groups_are_compared_only_within_a_language(table) -> None:
    outlets = table[table.group_by == "outlet"]
    assert set(zip(outlets.group, outlets.language, strict=True)) == {
        ("A", "vi"), ("B", "vi"), ("A", "en"), ("B", "en"),
    }  # fmt: skip
    # English terms never appear in a Vietnamese comparison, and vice versa
    english = {t for d, lang, *_, terms in ARTICLES if lang == "en" for t in terms.split()}
    vi_rows = outlets[outlets.language == "vi"]
    assert not (set(vi_rows.term) & english - {"covid"})
    assert set(outlets[outlets.language == "en"].term) <= english


def test_small_and_blank_groups_are_skipped(table) -> None:
    assert "C" not in set(table.group)  # one article
    years = table[table.group_by == "year"]
    assert set(years.group) == {"2024", "2025"}  # v5 is undated: no blank group
    # English 2025 has one article; English 2024 has three but a rest of one: neither compared
    assert not (years.language == "en").any()


def test_no_usable_column_gives_an_empty_table_with_the_columns() -> None:
    sentences, documents = corpus()
    empty = group_keyness(sentences, documents.assign(outlet="same"), ["outlet"])
    # one group holding every article of a language has no rest to be compared with
    assert empty.empty and "reliable" in empty.columns


def test_term_spread_counts_the_groups_articles_and_its_biggest_users_share() -> None:
    from helpers.frequency import term_spread

    sentences, documents = corpus()
    table = group_keyness(sentences, documents, ["outlet", "year"])
    spread = term_spread(table, sentences, documents)
    year = documents.date.str[:4]
    for row, n_articles, top_share in zip(
        table.itertuples(), spread.n_articles, spread.top_share, strict=True
    ):
        column = documents.outlet if row.group_by == "outlet" else year
        uses = [
            Counter(terms.split())[row.term] for d, lang, _, _, terms in ARTICLES
            if lang == row.language and column[documents.doc_id == d].item() == row.group
        ]  # fmt: skip
        uses = [n for n in uses if n]
        assert n_articles == len(uses), row
        assert top_share == pytest.approx(max(uses) / sum(uses)), row
    # "covid" is outlet A's (vi) in one article only: not the group's term
    covid = table[(table.group == "A") & (table.language == "vi") & (table.term == "covid")]
    assert spread.loc[covid.index, "n_articles"].tolist() == [1]


def test_a_term_one_article_holds_most_of_is_not_the_groups() -> None:
    from helpers.frequency import spread_over_group

    # group X: "lá_số" 9 times in x1 and once in x2 (90% in one article); "hợp_tác" 3 and 2
    terms = {"x1": "lá_số " * 9 + "hợp_tác " * 3, "x2": "lá_số hợp_tác hợp_tác", "y1": "khác"}
    sentences = pd.DataFrame({
        "doc_id": list(terms), "language": "vi", "terms": [t.strip() for t in terms.values()],
    })  # fmt: skip
    documents = pd.DataFrame({"doc_id": list(terms), "outlet": ["X", "X", "Y"]})
    rows = pd.DataFrame({
        "group_by": "outlet", "group": "X", "language": "vi", "term": ["lá_số", "hợp_tác"],
    })  # fmt: skip
    assert spread_over_group(rows, sentences, documents).tolist() == [False, True]


def test_the_reading_names_no_term_only_one_article_of_its_group_uses() -> None:
    from helpers.frequency import SPREAD_RULE, spread_over_group
    from helpers.readings_terms import read_group_keyness

    sentences, documents = corpus()
    table = group_keyness(sentences, documents, ["outlet"])
    spread = spread_over_group(table, sentences, documents)
    text = read_group_keyness(table, ["outlet"], 9, 3.84, spread=spread, spread_rule=SPREAD_RULE)
    assert "covid" not in text
    none = pd.Series(False, index=table.index)
    assert "No group uses a term used in at least 2" in read_group_keyness(
        table, ["outlet"], 9, 3.84, spread=none, spread_rule=SPREAD_RULE
    )


def test_the_reading_names_a_reliable_term_before_a_stronger_unreliable_one() -> None:
    from helpers.readings_terms import read_group_keyness

    base = {"group_by": "outlet", "group": "A", "language": "vi", "count_group": 9,
            "count_rest": 1, "rel_group": 9.0, "rel_rest": 1.0, "p_value": 0.001}  # fmt: skip
    table = pd.DataFrame([
        {**base, "term": "hiếm", "log_ratio": 4.0, "g2": 30.0, "reliable": 0},
        {**base, "term": "năng_lượng", "log_ratio": 2.0, "g2": 12.0, "reliable": 1},
    ])  # fmt: skip
    text = read_group_keyness(table, ["outlet"], 10, 3.84)
    assert "*năng lượng*" in text and "hiếm" not in text
