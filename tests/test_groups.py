"""Groups: which columns to compare by, and topic shares per group and period, recomputed."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from scipy.stats import binomtest

from helpers.groups import (
    default_group_by,
    group_topic_profiles,
    grouping_columns,
    skipped_articles,
    topic_trends,
    wilson_interval,
)
from helpers.plots_groups import plot_group_topic_profiles, plot_topic_trends
from helpers.readings_groups import group_topic_reading, trend_reading
from helpers.schema import GROUP_TOPIC_PROFILE_COLUMNS, TOPIC_TREND_COLUMNS, TOPICS


def documents(**columns: list[str]) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], **columns})


def test_year_comes_from_the_date_and_stays_blank_when_undated() -> None:
    table = grouping_columns(documents(date=["2017-03-01", "", "2018-01-02"]))
    assert list(table.year) == ["2017", "", "2018"]


def test_columns_with_two_to_twenty_groups_of_two_articles_are_chosen() -> None:
    table = documents(
        date=["2017-01-01", "2017-02-01", "2018-01-01", "2018-05-01", ""],
        language=["vi", "vi", "vi", "vi", "en"],  # one English article: not a group
        outlet=["A", "A", "B", "B", "C"],  # C is too small, A and B count
        region=["north", "north", "north", "north", "north"],  # one group only
        title=["t1", "t2", "t3", "t4", "t5"],  # free text: every group of one
        n_tokens=["10", "10", "20", "20", "30"],  # a computed count, never a group
    )
    assert default_group_by(table) == ["outlet", "year"]


def test_more_than_twenty_groups_is_too_many() -> None:
    outlets = [f"outlet {i // 2}" for i in range(42)]  # 21 groups of two
    assert default_group_by(documents(outlet=outlets)) == []
    assert default_group_by(documents(outlet=outlets[:40])) == ["outlet"]


# --------------------------------------------------------------- topic shares per group and period

#: doc_id, outlet, date: outlet A and B are groups, C has one article, one outlet is blank,
#: one article is undated; February 2021 has no article.
ARTICLES = [
    ("a1", "A", "2021-01-05"), ("a2", "A", "2021-01-20"), ("a3", "A", "2021-03-02"),
    ("b1", "B", "2021-03-15"), ("b2", "B", ""), ("c1", "C", "2021-01-09"),
    ("x1", "", "2021-03-30"),
]  # fmt: skip


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(sentence_topics, sentences, documents) with random tags from a fixed seed."""
    rng = random.Random(3)
    documents = pd.DataFrame(ARTICLES, columns=["doc_id", "outlet", "date"])
    sentence_rows, tag_rows = [], []
    for doc_id, _, _ in ARTICLES:
        for sent_id in range(rng.randint(3, 9)):
            sentence_rows.append((doc_id, sent_id, f"sentence {sent_id} of {doc_id}"))
            flags = [int(rng.random() < 0.35) for _ in TOPICS]
            tag_rows.append((doc_id, sent_id, *flags))
    sentences = pd.DataFrame(sentence_rows, columns=["doc_id", "sent_id", "text"])
    tags = pd.DataFrame(tag_rows, columns=["doc_id", "sent_id", *TOPICS])
    # one sentence was never tagged: it still counts in its group's total, as untagged
    tags = tags.iloc[1:].reset_index(drop=True)
    return tags, sentences, documents


def _loop_counts(tags, sentences, doc_ids):
    """Tagged and total sentences of ``doc_ids`` per topic, by plain loops over rows."""
    flags = {(row.doc_id, row.sent_id): row for row in tags.itertuples()}
    total, tagged = 0, dict.fromkeys(TOPICS, 0)
    for row in sentences.itertuples():
        if row.doc_id not in doc_ids:
            continue
        total += 1
        for topic in TOPICS:
            tag = flags.get((row.doc_id, row.sent_id))
            tagged[topic] += getattr(tag, topic) if tag is not None else 0
    return tagged, total


@pytest.mark.parametrize("k, n", [(0, 1), (1, 1), (0, 10), (10, 10), (3, 10), (57, 400), (1, 3)])
def test_wilson_interval_matches_scipy_binomtest(k: int, n: int) -> None:
    expected = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    low, high = wilson_interval(k, n)
    assert float(low) == pytest.approx(expected.low, abs=1e-9)
    assert float(high) == pytest.approx(expected.high, abs=1e-9)
    low90, high90 = wilson_interval(k, n, confidence=0.9)
    narrower = binomtest(k, n).proportion_ci(confidence_level=0.9, method="wilson")
    assert (float(low90), float(high90)) == pytest.approx((narrower.low, narrower.high))


def test_wilson_interval_is_vectorised_and_blank_for_no_trials() -> None:
    low, high = wilson_interval(np.array([0, 3, 0]), np.array([10, 10, 0]))
    assert low.shape == (3,) and np.isnan(low[2]) and np.isnan(high[2])
    assert low[0] == pytest.approx(0.0, abs=1e-12) and 0 < high[0] < 0.35
    assert low[1] < 0.3 < high[1]


def test_group_profiles_recomputed_by_loops_and_binomtest(corpus) -> None:
    tags, sentences, documents = corpus
    profiles = group_topic_profiles(tags, sentences, documents, "outlet")
    assert list(profiles.columns[: len(GROUP_TOPIC_PROFILE_COLUMNS)]) == list(
        GROUP_TOPIC_PROFILE_COLUMNS
    )
    # C has one article and "" is blank: only A and B, five topics each
    assert sorted(set(profiles.group)) == ["A", "B"]
    assert len(profiles) == 2 * len(TOPICS)
    for outlet, doc_ids in (("A", {"a1", "a2", "a3"}), ("B", {"b1", "b2"})):
        tagged, total = _loop_counts(tags, sentences, doc_ids)
        for topic in TOPICS:
            row = profiles[(profiles.group == outlet) & (profiles.topic == topic)].iloc[0]
            assert row.n_articles == len(doc_ids)
            assert row.n_sentences == tagged[topic]
            assert row.share == pytest.approx(tagged[topic] / total)
            ci = binomtest(tagged[topic], total).proportion_ci(method="wilson")
            assert (row.ci_low, row.ci_high) == pytest.approx((ci.low, ci.high))


def test_blank_and_small_groups_are_skipped_and_counted(corpus) -> None:
    tags, sentences, documents = corpus
    skipped = skipped_articles(documents, ["outlet", "year"]).set_index("group_by")
    assert skipped.at["outlet", "n_blank"] == 1
    assert skipped.at["outlet", "n_in_small_groups"] == 1
    assert skipped.at["outlet", "small_groups"] == "C"
    assert skipped.at["year", "n_blank"] == 1  # b2 is undated
    profiles = group_topic_profiles(tags, sentences, documents, ["outlet", "year"])
    assert list(dict.fromkeys(profiles.group_by)) == ["outlet", "year"]
    year = profiles[(profiles.group_by == "year") & (profiles.topic == "energy")]
    assert list(year.group) == ["2021"] and year.n_articles.iloc[0] == 6


def test_trends_leave_undated_articles_out_and_count_them(corpus) -> None:
    tags, sentences, documents = corpus
    trends, n_undated = topic_trends(tags, sentences, documents)
    assert n_undated == 1
    assert list(trends.columns[: len(TOPIC_TREND_COLUMNS)]) == list(TOPIC_TREND_COLUMNS)
    # three months, the empty February kept as a gap, five topics each
    assert list(dict.fromkeys(trends.period)) == ["2021-01", "2021-02", "2021-03"]
    months = {"2021-01": {"a1", "a2", "c1"}, "2021-03": {"a3", "b1", "x1"}}
    for period, doc_ids in months.items():
        tagged, total = _loop_counts(tags, sentences, doc_ids)
        for topic in TOPICS:
            row = trends[(trends.period == period) & (trends.topic == topic)].iloc[0]
            assert (row.n_articles, row.n_sentences) == (len(doc_ids), tagged[topic])
            assert row.share == pytest.approx(tagged[topic] / total)
            ci = binomtest(tagged[topic], total).proportion_ci(method="wilson")
            assert (row.ci_low, row.ci_high) == pytest.approx((ci.low, ci.high))
    february = trends[trends.period == "2021-02"]
    assert (february.n_articles == 0).all() and february.share.isna().all()
    # the undated article's sentences are in no period
    dated_total = _loop_counts(tags, sentences, set(documents.doc_id) - {"b2"})[1]
    assert trends.drop_duplicates("period").total_sentences.sum() == dated_total


def test_trend_unit_can_be_chosen(corpus) -> None:
    tags, sentences, documents = corpus
    trends, n_undated = topic_trends(tags, sentences, documents, unit="quarter")
    assert list(dict.fromkeys(trends.period)) == ["2021-Q1"] and n_undated == 1
    assert trends.n_articles.iloc[0] == 6


def _profile(group: str, topic: str, n_sentences: int, total: int, n_articles: int = 5) -> dict:
    low, high = wilson_interval(n_sentences, total)
    return {
        "group_by": "outlet", "group": group, "topic": topic, "n_articles": n_articles,
        "n_sentences": n_sentences, "share": n_sentences / total, "ci_low": float(low),
        "ci_high": float(high), "total_sentences": total,
    }  # fmt: skip


def test_group_reading_names_the_leader_and_says_whether_intervals_overlap() -> None:
    def profiles(special: tuple[str, str, int]) -> pd.DataFrame:
        rows = []
        for group in ("A", "B"):
            for topic in TOPICS:
                count = special[2] if (group, topic) == special[:2] else 10
                rows.append(_profile(group, topic, count, 100))
        return pd.DataFrame(rows)

    reading = group_topic_reading(profiles(("B", "security", 60)))
    assert "B gives security" in reading and "do not overlap" in reading
    reading = group_topic_reading(profiles(("A", "energy", 14)))
    assert "A gives energy" in reading and "intervals overlap" in reading
    assert "No grouping column" in group_topic_reading(profiles(("A", "energy", 1)).iloc[0:0])


def test_group_reading_leaves_groups_of_a_few_articles_to_the_table() -> None:
    rows = [_profile(group, topic, 90 if (group, topic) == ("C", "emergency") else 10, 100,
                     n_articles=n)
            for group, n in (("A", 16), ("B", 9), ("C", 2)) for topic in TOPICS]  # fmt: skip
    reading = group_topic_reading(pd.DataFrame(rows))
    assert "C" not in reading.replace("CI", "") and "emergency" not in reading
    thin = pd.DataFrame([r for r in rows if r["group"] != "B"])
    assert "fewer than two groups have at least 5 articles" in group_topic_reading(thin)


def test_trend_reading_follows_the_numbers(corpus) -> None:
    tags, sentences, documents = corpus
    trends, n_undated = topic_trends(tags, sentences, documents)
    reading = trend_reading(trends, n_undated)
    assert "1 undated article is left out" in reading
    assert "2021-01" in reading and "2021-03" in reading
    # a field that jumps from 0% to 90% between two big periods is named, without overlap
    rows = []
    for period, energy in (("2020", 0), ("2021", 180)):
        for topic in TOPICS:
            count = energy if topic == "energy" else 20
            low, high = wilson_interval(count, 200)
            rows.append((period, topic, 30, count, count / 200, low, high, 200))
    jump = pd.DataFrame(rows, columns=[*TOPIC_TREND_COLUMNS, "total_sentences"])
    reading = trend_reading(jump, 0)
    assert reading.startswith("Energy changes most") and "rises" in reading
    assert "do not overlap" in reading and "Every article is dated" in reading
    assert "no trend" in trend_reading(jump[jump.period == "2020"], 4)
    # 60 dated articles among 600: the dated ones are a selection, read as a lead only
    sparse = trend_reading(jump, 540)
    assert sparse.startswith("Only 60 of 600 articles (10%) carry a date")
    assert "no trend is read" in sparse and "changes most" not in sparse


# --------------------------------------------------------------- charts


def _overlapping(labels) -> list[tuple[str, str]]:
    """Pairs of visible tick labels whose drawn boxes intersect."""
    shown = [label for label in labels if label.get_visible() and label.get_text()]
    boxes = [label.get_window_extent() for label in shown]
    return [
        (shown[i].get_text(), shown[j].get_text())
        for i in range(len(boxes))
        for j in range(i + 1, len(boxes))
        if boxes[i].overlaps(boxes[j])
    ]


def _many_groups(n_groups: int) -> pd.DataFrame:
    rows = []
    for index in range(n_groups):
        n_articles = 40 - index  # distinct sizes: the largest twelve are drawn
        for topic in TOPICS:
            rows.append(
                _profile(f"Báo tỉnh Quảng Ngãi số {index:02d}", topic, 5 + index, 80, n_articles)
            )
    return pd.DataFrame(rows)


def test_group_chart_has_a_panel_per_topic_and_labels_with_article_counts(corpus) -> None:
    tags, sentences, documents = corpus
    profiles = group_topic_profiles(tags, sentences, documents, "outlet")
    figure = plot_group_topic_profiles(profiles, "outlet")
    axes = [ax for ax in figure.axes if ax.get_visible()]
    assert [ax.get_title() for ax in axes] == list(TOPICS)
    assert "by outlet" in figure._suptitle.get_text()
    labels = [label.get_text() for label in axes[0].get_yticklabels()]
    assert labels == ["A (3 art.)", "B (2 art.)"]  # the largest group first
    # bar lengths are the shares of the table
    energy = profiles[profiles.topic == "energy"].set_index("group").share
    widths = sorted(round(bar.get_width(), 9) for bar in axes[0].patches)
    assert widths == sorted(round(value, 9) for value in energy)


def test_group_chart_draws_twelve_groups_and_names_the_rest() -> None:
    figure = plot_group_topic_profiles(_many_groups(15), "outlet")
    figure.canvas.draw()
    ticks = figure.axes[0].get_yticklabels()
    assert len(ticks) == 12
    assert _overlapping(ticks) == []
    notes = " ".join(text.get_text() for text in figure.texts)
    assert "3 more groups" in notes and "số 14 (26)" in notes and "số 11" not in notes


def test_trend_chart_has_a_line_per_topic_and_an_article_panel(corpus) -> None:
    tags, sentences, documents = corpus
    trends, n_undated = topic_trends(tags, sentences, documents)
    figure = plot_topic_trends(trends, n_undated)
    axes = figure.axes
    assert len(axes) == len(TOPICS) + 1
    assert figure._suptitle.get_text()
    for ax, topic in zip(axes[:-1], TOPICS, strict=True):
        drawn = ax.get_lines()[0].get_ydata()
        expected = trends[trends.topic == topic].share.to_numpy(dtype=float)
        np.testing.assert_allclose(drawn, expected)  # the empty February stays NaN: a gap
    heights = [bar.get_height() for bar in axes[-1].patches]
    assert heights == [3, 0, 3]
    assert "1 undated article not shown" in axes[-1].get_xlabel()


def test_trend_chart_labels_24_months_without_overlap() -> None:
    rows = []
    for month in range(24):
        period = f"{2020 + month // 12}-{month % 12 + 1:02d}"
        for topic in TOPICS:
            low, high = wilson_interval(10, 60)
            rows.append((period, topic, 12, 10, 10 / 60, low, high, 60))
    trends = pd.DataFrame(rows, columns=[*TOPIC_TREND_COLUMNS, "total_sentences"])
    figure = plot_topic_trends(trends, 0)
    figure.canvas.draw()
    ticks = figure.axes[-1].get_xticklabels()
    assert len([t for t in ticks if t.get_text()]) == 24
    assert _overlapping(ticks) == []
    assert "every article is dated" in figure.axes[-1].get_xlabel()


def test_group_columns_reading_names_the_columns_or_says_why_none() -> None:
    from helpers.readings_groups import group_columns_reading

    assert "`outlet`, `year`" in group_columns_reading(["outlet", "year"], 40)
    assert "No column" in group_columns_reading([], 5) and "5 articles" in group_columns_reading(
        [], 5
    )
