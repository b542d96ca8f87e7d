"""Notebook 05 (explore a query) on the seed pipeline: a concordance, figures, an offline table."""

from __future__ import annotations

import re

import nbformat
import numpy as np
import pandas as pd
import pytest

from helpers.concordance import concordance
from helpers.rendering import render_html


def _outputs(notebook) -> list:
    return [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]


def test_the_default_query_has_a_concordance_figures_and_readings(pipeline_run) -> None:
    processed, figures, executed = pipeline_run
    notebook = nbformat.read(executed / "05-explore.ipynb", as_version=4)
    outputs = _outputs(notebook)
    assert not [o for o in outputs if o.output_type == "error"]
    markdown = "\n".join(
        o.data["text/markdown"] for o in outputs if "text/markdown" in o.get("data", {})
    )
    # the reading states the count the helper finds on the same tables
    sentences = pd.read_csv(processed / "sentences.csv", keep_default_na=False)
    lines = concordance(sentences, "hợp tác")
    assert len(lines) >= 1
    assert f"occurs **{len(lines)}** times" in markdown
    html_outputs = "\n".join(
        o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})
    )
    assert "Concordance of «hợp tác»" in html_outputs
    assert {"05-term-trends.png", "05-query-neighbours.png"} <= {p.name for p in figures.iterdir()}


def test_the_report_table_needs_no_network(pipeline_run, tmp_path) -> None:
    _, _, executed = pipeline_run
    page = render_html(executed / "05-explore.ipynb", tmp_path / "05.html", hide_code=True)
    text = page.read_text(encoding="utf-8")
    # itables' own scripts are inline; only nbconvert's template links require.js and MathJax
    external = re.findall(r'<script[^>]*src="(https?://[^"]+)"', text)
    assert all("require" in url or "mathjax" in url for url in external), external
    assert "dt_bundle" not in " ".join(external)
    assert "new ITable(" in text


# Term trends (section 3), recomputed by hand on a corpus written here.

TREND_DOCUMENTS = pd.DataFrame(
    {
        "doc_id": ["a", "b", "c", "d"],
        "date": ["2020-01-10", "2020-01-25", "2020-03-02", ""],
        "n_terms": [200, 300, 100, 50],
        "title": "",
    }
)
TREND_SENTENCES = pd.DataFrame(
    {
        "doc_id": ["a", "a", "b", "c", "d"],
        "sent_id": [0, 1, 0, 0, 0],
        "language": "vi",
        "tokens": [
            "hợp_tác năng_lượng",
            "năng lượng dầu_khí",
            "năng_lượng",
            "an_ninh",
            "năng_lượng",
        ],  # fmt: skip
        "text": "",
        "terms": "",
    }
)


def test_a_periods_rate_and_interval_are_its_hits_over_its_terms() -> None:
    from scipy.stats import binomtest

    from helpers.concordance import term_trends

    trends, undated, unit = term_trends(TREND_SENTENCES, TREND_DOCUMENTS, ["năng lượng"])
    assert unit == "month"
    # January: a (2 hits, one of them split over two tokens) and b (1 hit) over 200 + 300 terms
    january = trends.set_index("period").loc["2020-01"]
    assert (january.hits, january.n_articles, january.n_terms) == (3, 2, 500)
    assert january.per_1000_terms == pytest.approx(3 / 500 * 1000)
    wilson = binomtest(3, 500).proportion_ci(0.95, method="wilson")
    assert (january.ci_low, january.ci_high) == pytest.approx((wilson.low * 1000,
                                                               wilson.high * 1000))  # fmt: skip
    # February has no article: a gap, not a zero; March has an article without the term
    assert trends.period.tolist() == ["2020-01", "2020-02", "2020-03"]
    assert trends.set_index("period").loc["2020-02"].n_articles == 0
    assert np.isnan(trends.set_index("period").loc["2020-02"].per_1000_terms)
    assert trends.set_index("period").loc["2020-03"].per_1000_terms == 0
    # the undated article is counted apart, with its hit
    assert undated.to_dict("records") == [{"term": "năng lượng", "n_articles": 1, "hits": 1}]


def test_the_trend_reading_reports_undated_articles_and_a_corpus_without_dates() -> None:
    from helpers.concordance import term_trends
    from helpers.readings_corpus import term_trends_reading

    trends, undated, unit = term_trends(TREND_SENTENCES, TREND_DOCUMENTS, ["năng lượng"])
    reading = term_trends_reading(trends, undated, unit, len(TREND_DOCUMENTS))
    assert "peaks in **2020-01** (6.00 per 1,000 terms" in reading
    assert "1 of the 4 articles are undated" in reading and "«năng lượng» 1" in reading
    assert "lead to check" not in reading  # 3 of 4 dated
    two_dated = TREND_DOCUMENTS.assign(date=["2020-01-05", "2020-03-02", "", ""])
    trends, undated, unit = term_trends(TREND_SENTENCES, two_dated, ["năng lượng"])
    reading = term_trends_reading(trends, undated, unit, len(two_dated))
    assert "lead to check" not in reading  # half dated is enough
    one_dated = TREND_DOCUMENTS.assign(date=["2020-01-05", "", "", ""])
    trends, undated, unit = term_trends(TREND_SENTENCES, one_dated, ["năng lượng"])
    reading = term_trends_reading(trends, undated, unit, len(one_dated))
    assert "With only 1 of 4 articles (25%) dated" in reading and "lead to check" in reading
    no_dates = TREND_DOCUMENTS.assign(date="")
    trends, undated, unit = term_trends(TREND_SENTENCES, no_dates, ["năng lượng"])
    assert trends.empty
    reading = term_trends_reading(trends, undated, unit, len(no_dates))
    assert reading.startswith("**Reading.** No article is dated: the 4 articles")
    assert "«năng lượng» 4" in reading


def test_the_group_reading_compares_only_groups_of_five_articles_or_more() -> None:
    from helpers.readings_corpus import group_reading

    table = pd.DataFrame({
        "outlet": ["Solo", "Big", "Mid", "Tiny"], "n_docs": [1, 40, 12, 2],
        "hits": [9, 80, 10, 0], "docs_with_hits": [1, 30, 6, 0],
        "per_1000_terms": [45.2, 3.1, 1.4, 0.0],
    })  # fmt: skip
    reading = group_reading(table, "outlet")
    assert "highest for **Big** (3.10" in reading and "lowest for **Mid** (1.40" in reading
    assert "Solo" not in reading and "2 smaller groups are in the table only." in reading
    assert "Only one group" in group_reading(table[table.outlet != "Mid"], "outlet")


def test_the_group_reading_says_how_many_articles_have_no_value_to_group_by() -> None:
    from helpers.readings_corpus import group_reading

    table = pd.DataFrame({
        "outlet": ["(unknown)", "Big", "Mid"], "n_docs": [150, 40, 10],
        "hits": [300, 80, 10], "docs_with_hits": [120, 30, 6],
        "per_1000_terms": [5.0, 3.1, 1.4],
    })  # fmt: skip
    reading = group_reading(table, "outlet")
    assert "150 of the 200 articles (75%) have no `outlet`" in reading
    assert "rests on the other 50" in reading
    assert "have no" not in group_reading(table[table.outlet != "(unknown)"], "outlet")


def test_a_terms_trend_is_read_only_between_periods_of_five_articles_or_more() -> None:
    from helpers.readings_corpus import term_trends_reading

    trends = pd.DataFrame({
        "period": ["2017", "2025", "2026"], "term": "hợp tác", "n_articles": [15, 4, 1],
        "hits": [40, 20, 9], "n_terms": [4000, 900, 200], "per_1000_terms": [10.0, 22.2, 45.0],
        "ci_low": [7.2, 14.0, 22.0], "ci_high": [13.6, 34.0, 85.0],
    })  # fmt: skip
    undated = pd.DataFrame({"term": ["hợp tác"], "n_articles": [0], "hits": [0]})
    reading = term_trends_reading(trends, undated, "year", 20)
    assert "peaks in **2017**" in reading
    assert "fewer than two periods hold 5 articles or more, so no rise or fall" in reading
    assert "rises" not in reading
    solid = trends.assign(n_articles=[15, 8, 6])
    assert "rises from 10.00 in 2017 to 45.00 in 2026" in term_trends_reading(
        solid, undated, "year", 29
    )
