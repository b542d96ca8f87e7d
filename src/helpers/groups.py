"""Groups of articles: which columns to compare by, and the fields' shares per group and period.

A researcher compares groups (outlet against outlet, year against year,
Vietnamese against English, their own metadata categories), not only one
article against the rest. ``grouping_columns`` adds the derived ``year``
column; ``default_group_by`` picks the columns worth comparing;
``group_topic_profiles`` and ``topic_trends`` give each field's share of the
sentences per group and per period, with a 95% Wilson interval
(``wilson_interval``) so that a difference resting on a few sentences shows as one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy.stats import norm

from helpers.periods import article_periods, choose_period_unit
from helpers.schema import (
    COMPUTED_DOCUMENT_COLUMNS,
    GROUP_TOPIC_PROFILE_COLUMNS,
    TOPIC_TREND_COLUMNS,
    TOPICS,
)

#: A column is compared by default when it splits the corpus into this many groups ...
MIN_GROUPS, MAX_GROUPS = 2, 20
#: ... each holding at least this many articles.
MIN_ARTICLES_PER_GROUP = 2
#: Computed columns that can be groups; the others are counts, hashes or free text.
GROUPABLE_COMPUTED = ("language", "outlet", "year", "date_source", "truncated")


def grouping_columns(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` with a ``year`` column (from ``date``; blank when undated) added.

    A researcher's own ``year`` column, if metadata.csv has one, is kept as given.
    """
    table = documents.copy()
    if "year" not in table.columns and "date" in table.columns:
        table["year"] = table["date"].fillna("").astype(str).str[:4]
    return table


#: Below this share of articles with a value in a column, its groups describe those articles,
#: not the corpus: which pages carry a date or an outlet is itself a selection.
MIN_KNOWN_SHARE = 0.5


def coverage_caveat(documents: pd.DataFrame, column: str) -> str:
    """ "year known for only 20 of 605 articles, so the groups describe those, not the corpus"
    when fewer than ``MIN_KNOWN_SHARE`` of the articles have a value in ``column``
    (``grouping_columns`` applied); "" otherwise or for an unknown column."""
    articles = grouping_columns(documents)
    if column not in articles:
        return ""
    known = int((articles[column].fillna("").astype(str).str.strip() != "").sum())
    if known >= MIN_KNOWN_SHARE * len(articles):
        return ""
    return (
        f"{column} known for only {known} of {len(articles)} articles, so the groups describe "
        "those, not the corpus"
    )


def default_group_by(documents: pd.DataFrame, candidates: Sequence[str] | None = None) -> list[str]:
    """The columns to compare groups by when the researcher named none.

    Input: documents.csv (``grouping_columns`` is applied) and optionally the
    columns to consider (default: language, outlet, year and every extra
    metadata column). Output: those with 2–20 groups of at least 2 articles
    each (blank values and smaller groups are not counted), in that order.
    """
    table = grouping_columns(documents)
    if candidates is None:
        extras = [c for c in table.columns if c not in COMPUTED_DOCUMENT_COLUMNS and c != "year"]
        candidates = ["language", "outlet", "year", *extras]
    chosen = []
    for column in candidates:
        if column not in table.columns:
            continue
        values = table[column].fillna("").astype(str)
        sizes = values[values != ""].value_counts()
        if MIN_GROUPS <= (sizes >= MIN_ARTICLES_PER_GROUP).sum() <= MAX_GROUPS:
            chosen.append(column)
    return chosen


def wilson_interval(
    successes: np.ndarray | Sequence[float] | float,
    totals: np.ndarray | Sequence[float] | float,
    confidence: float = 0.95,
) -> tuple[np.ndarray, np.ndarray]:
    """The Wilson score interval of ``successes / totals``, element by element.

    Input: counts of successes and of trials (arrays of the same shape, or
    scalars) and the confidence level. Output: ``(low, high)`` arrays of
    floats in [0, 1]; NaN where ``totals`` is 0. Unlike the normal
    approximation it stays inside [0, 1] and is not zero-width at 0 or n,
    which matters for a field absent from a small group.
    """
    k = np.asarray(successes, dtype=float)
    n = np.asarray(totals, dtype=float)
    z = norm.ppf(1 - (1 - confidence) / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denominator = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denominator
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    # At k = 0 and k = n the bound is exactly 0 or 1; the formula leaves rounding dust there.
    low = np.where(n > 0, np.where(k <= 0, 0.0, np.clip(centre - half, 0.0, 1.0)), np.nan)
    high = np.where(n > 0, np.where(k >= n, 1.0, np.clip(centre + half, 0.0, 1.0)), np.nan)
    return low, high


def _sentence_flags(sentence_topics: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of ``sentences`` with its 0/1 topic flags (0 when untagged)."""
    keys = sentences[["doc_id", "sent_id"]].astype({"doc_id": str})
    flags = sentence_topics[["doc_id", "sent_id", *TOPICS]].astype({"doc_id": str})
    merged = keys.merge(flags, on=["doc_id", "sent_id"], how="left", validate="one_to_one")
    merged[list(TOPICS)] = merged[list(TOPICS)].fillna(0).astype(int)
    return merged


def _shares(
    flags: pd.DataFrame, articles: pd.Series, key: str, labels: Sequence[str]
) -> pd.DataFrame:
    """Topic counts, shares and intervals per value of ``articles`` (doc_id -> label).

    Every label of ``labels`` gets five rows, also when none of its articles
    has a sentence (then ``share`` and the interval are NaN).
    """
    label_of = flags.doc_id.map(articles)
    counts = flags[list(TOPICS)].groupby(label_of).sum()
    totals = label_of.value_counts()
    n_articles = articles.value_counts()
    rows = []
    for label in labels:
        total = int(totals.get(label, 0))
        for topic in TOPICS:
            tagged = int(counts.at[label, topic]) if label in counts.index else 0
            rows.append((label, topic, int(n_articles.get(label, 0)), tagged, total))
    table = pd.DataFrame(rows, columns=[key, "topic", "n_articles", "n_sentences", "total"])
    table["share"] = table.n_sentences / table.total.where(table.total > 0)
    table["ci_low"], table["ci_high"] = wilson_interval(table.n_sentences, table.total)
    return table.rename(columns={"total": "total_sentences"})


def skipped_articles(documents: pd.DataFrame, by: str | Sequence[str]) -> pd.DataFrame:
    """Articles that ``group_topic_profiles`` leaves out, per grouping column.

    Input: documents.csv and the grouping column(s). Output: one row per
    column with ``group_by``, ``n_blank`` (articles with no value),
    ``n_in_small_groups`` (articles in groups of fewer than
    ``MIN_ARTICLES_PER_GROUP``) and ``small_groups`` (those groups, ``; ``-joined).
    """
    table = grouping_columns(documents)
    rows = []
    for column in [by] if isinstance(by, str) else list(by):
        values = table[column].fillna("").astype(str).str.strip()
        sizes = values[values != ""].value_counts()
        small = sizes[sizes < MIN_ARTICLES_PER_GROUP]
        rows.append(
            (column, int((values == "").sum()), int(small.sum()), "; ".join(sorted(small.index)))
        )
    return pd.DataFrame(rows, columns=["group_by", "n_blank", "n_in_small_groups", "small_groups"])


def group_topic_profiles(
    sentence_topics: pd.DataFrame,
    sentences: pd.DataFrame,
    documents: pd.DataFrame,
    by: str | Sequence[str],
) -> pd.DataFrame:
    """The ``group_topic_profiles.csv`` table: each field's share of a group's sentences.

    Input: sentence_topics.csv (0/1 per topic), sentences.csv (every sentence
    counts in its group's total, tagged or not), documents.csv and the
    documents column(s) to group by (``year`` is derived from the date).
    Output: one row per grouping column, group and topic (all of
    ``schema.TOPICS``) with ``n_articles``, ``n_sentences`` (the group's
    sentences tagged with the topic), ``share`` (of all the group's
    sentences), the 95% Wilson interval ``ci_low``/``ci_high`` and the extra
    ``total_sentences``. Only groups of at least ``MIN_ARTICLES_PER_GROUP``
    articles are kept; blank values are skipped (``skipped_articles`` counts
    both). The interval treats sentences as independent, which sentences of
    one article are not: read it as a lower bound on the uncertainty.
    """
    table = grouping_columns(documents).astype({"doc_id": str})
    flags = _sentence_flags(sentence_topics, sentences)
    parts = []
    for column in [by] if isinstance(by, str) else list(by):
        values = table[column].fillna("").astype(str).str.strip()
        sizes = values[values != ""].value_counts()
        kept = sorted(sizes[sizes >= MIN_ARTICLES_PER_GROUP].index)
        articles = pd.Series(values.to_numpy(), index=table.doc_id)
        articles = articles[articles.isin(kept)]
        part = _shares(flags[flags.doc_id.isin(articles.index)], articles, "group", kept)
        parts.append(part.assign(group_by=column))
    columns = [*GROUP_TOPIC_PROFILE_COLUMNS, "total_sentences"]
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.concat(parts, ignore_index=True)[columns]


def _all_periods(labels: pd.Series, unit: str) -> list[str]:
    """Every period from the first to the last label, gaps included, in order."""
    dated = sorted(set(labels) - {""})
    if not dated:
        return []
    if unit == "year":
        return [str(year) for year in range(int(dated[0]), int(dated[-1]) + 1)]
    freq = "M" if unit == "month" else "Q"
    span = pd.period_range(dated[0].replace("-Q", "Q"), dated[-1].replace("-Q", "Q"), freq=freq)
    if unit == "month":
        return [period.strftime("%Y-%m") for period in span]
    return [f"{period.year}-Q{period.quarter}" for period in span]


def topic_trends(
    sentence_topics: pd.DataFrame,
    sentences: pd.DataFrame,
    documents: pd.DataFrame,
    unit: str | None = None,
) -> tuple[pd.DataFrame, int]:
    """The ``topic_trends.csv`` table and the number of undated articles left out of it.

    Input: sentence_topics.csv, sentences.csv, documents.csv (its ``date``) and
    an optional period unit (``month``, ``quarter`` or ``year``; by default
    ``helpers.periods.choose_period_unit`` picks one from the date span).
    Output: ``(trends, n_undated)``. ``trends`` has one row per period from the
    first to the last dated article and topic, with ``n_articles``,
    ``n_sentences``, ``share``, the 95% Wilson interval and the extra
    ``total_sentences``; a period without articles is kept with
    ``n_articles`` 0 and a blank share, so a chart shows a gap instead of
    joining its neighbours. Undated articles cannot be placed in a period:
    they are left out and counted in ``n_undated``, for the notebook to report.
    """
    table = documents.astype({"doc_id": str})
    chosen = choose_period_unit(table["date"], unit)
    labels = article_periods(table["date"], chosen)
    n_undated = int((labels == "").sum())
    articles = pd.Series(labels.to_numpy(), index=table.doc_id)
    articles = articles[articles != ""]
    flags = _sentence_flags(sentence_topics, sentences)
    periods = _all_periods(articles, chosen)
    trends = _shares(flags[flags.doc_id.isin(articles.index)], articles, "period", periods)
    trends = trends[[*TOPIC_TREND_COLUMNS, "total_sentences"]]
    return trends, n_undated
