"""Readings of the group and trend tables: one sentence each, computed from the numbers.

``group_topic_reading`` says which group gives a field the largest share of its
sentences and whether its interval clears the runner-up's; ``trend_reading``
says which field moved most between the earlier and the later half of the
dated articles. The wording follows the result (overlap or not, one group or
many, no dated article at all), never a finding fixed in advance.
"""

from __future__ import annotations

import pandas as pd

from helpers.groups import MIN_KNOWN_SHARE, wilson_interval
from helpers.readings_corpus import FEW_ARTICLES
from helpers.schema import FIELDS
from helpers.wording import count_noun, intervals_clause

#: Field names as a sentence says them.
FIELD_NAMES = {
    "energy": "energy",
    "security": "security",
    "education": "education",
    "emergency": "emergency response",
    "other": "other fields",
}


def _percent(value: float) -> str:
    return f"{100 * value:.0f}%"


def _with_interval(share: float, low: float, high: float) -> str:
    return f"{_percent(share)} (95% CI {_percent(low)}–{_percent(high)})"


def group_topic_reading(
    profiles: pd.DataFrame, group_by: str | None = None, skipped: pd.DataFrame | None = None
) -> str:
    """One sentence on the clearest group difference in ``group_topic_profiles`` output.

    Input: the profiles table, the grouping column to read (default: the first
    in the table) and optionally ``skipped_articles`` output, whose blank
    count is mentioned. Output: for the field whose leading group is furthest
    ahead of the runner-up, the two groups' shares with their intervals and
    whether the intervals overlap. Only groups of at least ``FEW_ARTICLES``
    articles are compared.
    """
    if profiles.empty:
        return "No grouping column has two or more groups of at least two articles to compare."
    group_by = group_by or str(profiles.group_by.iloc[0])
    table = profiles[(profiles.group_by == group_by) & profiles.topic.isin(FIELDS)]
    table = table.dropna(subset=["share"])
    groups = table.group.unique()
    left_out = ""
    if skipped is not None and group_by in set(skipped.group_by):
        n_blank = int(skipped.set_index("group_by").at[group_by, "n_blank"])
        if n_blank:
            left_out = f" ({n_blank} articles with no {group_by} are left out.)"
    if len(groups) < 2:
        return f"By {group_by}, fewer than two groups have sentences to compare.{left_out}"
    table = table[table.n_articles >= FEW_ARTICLES]
    if table.group.nunique() < 2:
        return (
            f"By {group_by}, fewer than two groups have at least {FEW_ARTICLES} articles: "
            f"too few to read a difference from, since one article can move a small group's "
            f"share. The table and chart show every group.{left_out}"
        )
    best = None
    for field in FIELDS:
        ranked = table[table.topic == field].sort_values(
            ["share", "group"], ascending=[False, True], kind="mergesort"
        )
        lead, runner = ranked.iloc[0], ranked.iloc[1]
        gap = lead.share - runner.share
        if best is None or gap > best[0]:
            best = (gap, field, lead, runner)
    _, field, lead, runner = best
    first = _with_interval(lead.share, lead.ci_low, lead.ci_high)
    second = _with_interval(runner.share, runner.ci_low, runner.ci_high)
    return (
        f"By {group_by}, {lead.group} gives {FIELD_NAMES[field]} the largest share of its "
        f"sentences: {first} over {count_noun(int(lead.n_articles), 'article')}, against {second} "
        f"for the next group, {runner.group} ({count_noun(int(runner.n_articles), 'article')}); "
        f"{intervals_clause(lead.ci_low, lead.ci_high, runner.ci_low, runner.ci_high)}.{left_out}"
    )


def _undated_clause(n_undated: int) -> str:
    if n_undated == 0:
        return " Every article is dated."
    return f" {n_undated} undated article{'s are' if n_undated != 1 else ' is'} left out."


def trend_reading(trends: pd.DataFrame, n_undated: int) -> str:
    """One sentence on the field that changed most between the earlier and later periods.

    Input: ``topic_trends`` output (with ``total_sentences``) and its count of
    undated articles. The dated articles are split at the period where half
    of them have appeared; each half's sentences are pooled, so a change is
    not read off one thin month. Output: the field with the largest change,
    both halves' shares with 95% Wilson intervals, whether they overlap, and
    the number of undated articles left out.
    """
    undated = _undated_clause(n_undated)
    if "total_sentences" not in trends:
        trends = with_total_sentences(trends)
    per_period = trends.drop_duplicates("period").set_index("period").n_articles
    per_period = per_period[per_period > 0]
    if per_period.empty:
        return "No article is dated, so no trend can be read." + undated
    if len(per_period) == 1:
        return (
            f"Only one period ({per_period.index[0]}) has dated articles: no trend can be read."
            + undated
        )
    # the earlier half ends at the period where half of the dated articles have appeared
    cumulative = per_period.cumsum()
    split = min(int((cumulative < cumulative.iloc[-1] / 2).sum()) + 1, len(per_period) - 1)
    early, late = list(per_period.index[:split]), list(per_period.index[split:])
    best = None
    for field in FIELDS:
        rows = trends[trends.topic == field].set_index("period")
        if rows.empty:
            continue
        halves = []
        for periods in (early, late):
            tagged, total = (
                rows.loc[periods, "n_sentences"].sum(),
                rows.loc[periods, "total_sentences"].sum(),
            )
            low, high = wilson_interval(tagged, total)
            halves.append((tagged / total if total else float("nan"), float(low), float(high)))
        change = abs(halves[1][0] - halves[0][0])
        if pd.notna(change) and (best is None or change > best[0]):
            best = (change, field, halves)
    if best is None:
        return "No field's share can be computed for both halves of the dated articles." + undated
    _, field, (first, second) = best
    direction = "rises" if second[0] > first[0] else "falls" if second[0] < first[0] else "stays"
    span = [
        f"{periods[0]}–{periods[-1]}" if len(periods) > 1 else periods[0]
        for periods in (early, late)
    ]
    n_early, n_late = int(per_period[early].sum()), int(per_period[late].sum())
    n_dated = n_early + n_late
    thin = ""
    if n_dated < MIN_KNOWN_SHARE * (n_dated + n_undated):
        # a few dated pages (the seeds, the leads that name a day) are no sample of the corpus
        return (
            f"Only {n_dated} of {n_dated + n_undated} articles "
            f"({n_dated / (n_dated + n_undated):.0%}) carry a date, so the periods describe "
            f"those {n_dated}, not the corpus, and no trend is read. Among them, "
            f"{FIELD_NAMES[field]}'s share of sentences is {_with_interval(*first)} in "
            f"{span[0]} ({count_noun(n_early, 'article')}) and {_with_interval(*second)} in "
            f"{span[1]} ({count_noun(n_late, 'article')}): a lead to check against dated "
            "sources."
        )
    if min(n_early, n_late) < FEW_ARTICLES:
        thin = (
            f" With fewer than {FEW_ARTICLES} articles on one side, one article can make this "
            "change: read it as a lead to check, not a trend."
        )
    return (
        f"{FIELD_NAMES[field].capitalize()} changes most: its share of sentences {direction} from "
        f"{_with_interval(*first)} in {span[0]} "
        f"({count_noun(n_early, 'article')}) to "
        f"{_with_interval(*second)} in {span[1]} "
        f"({count_noun(n_late, 'article')}); "
        f"{intervals_clause(first[1], first[2], second[1], second[2])}." + thin + undated
    )


def with_total_sentences(trends: pd.DataFrame) -> pd.DataFrame:
    """``topic_trends.csv`` as read back, with each period's ``total_sentences`` recovered.

    The written table keeps ``n_sentences`` and ``share`` per topic; their
    ratio is the period's sentence count for any topic with a share above 0
    (periods where every share is 0 or blank get 0, and add nothing).
    """
    numbers = {c: pd.to_numeric(trends[c], errors="coerce") for c in ("n_articles",
               "n_sentences", "share", "ci_low", "ci_high")}  # fmt: skip
    trends = trends.assign(**numbers)
    shown = trends[trends.share > 0]
    totals = (shown.n_sentences / shown.share).round().groupby(shown.period).max()
    return trends.assign(total_sentences=trends.period.map(totals).fillna(0).astype(int))


def group_columns_reading(columns: list[str], n_articles: int) -> str:
    """Which documents.csv columns the groups were compared by, or why none was.

    Input: the grouping columns used and the number of articles. Output: one
    sentence naming the columns, or saying that no column splits these
    articles into 2–20 groups of at least two and how to name one.
    """
    if columns:
        named = ", ".join(f"`{c}`" for c in columns)
        return f"Groups compared by {named} ({len(columns)} column(s), {n_articles} articles)."
    return (
        f"No column of documents.csv splits these {n_articles} articles into 2–20 groups of at "
        "least two articles, so no group is compared; add an `outlet` or a column of your own "
        "to `metadata.csv`, or name columns in the `group_by` parameter."
    )
