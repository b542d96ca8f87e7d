"""Charts of the fields' shares per group of articles and per period, with their intervals.

``plot_group_topic_profiles`` draws ``group_topic_profiles`` output: one panel
per topic, one bar per group with its 95% interval, the number of articles in
each group's label. ``plot_topic_trends`` draws ``topic_trends`` output: one
panel per topic (a line with a shaded interval) above a bar panel with the
number of articles behind each point. Both take the tidy table and return
the figure; the notebook saves it with ``stage.save``.
"""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd

from helpers.plots import height_for_rows, set_style, topic_colours, wrap_title
from helpers.schema import TOPICS

#: At most this many groups are drawn; the others are named in a note under the chart.
MAX_GROUPS_SHOWN = 12
#: At most this many period labels on the time axis; beyond it every k-th is shown.
MAX_PERIOD_LABELS = 30
#: Counts are written on the article bars up to this many periods.
MAX_COUNT_LABELS = 36


def _empty_figure(title: str, message: str) -> plt.Figure:
    figure, ax = plt.subplots(figsize=(7.5, 2.0))
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, color="0.3")
    return figure


def _hidden_groups_note(hidden: pd.DataFrame, width: int) -> str:
    names = ", ".join(
        f"{group} ({n})" for group, n in zip(hidden.group, hidden.n_articles, strict=True)
    )
    groups_word = "group" if len(hidden) == 1 else "groups"
    return wrap_title(
        f"Not shown, {len(hidden)} more {groups_word} (articles in each): {names}", width
    )


def _group_label(group: str, n_articles: int, width: int = 24) -> str:
    """The group's name wrapped at ``width``, its article count kept whole on the last line."""
    name = wrap_title(str(group), width)
    count = f"({n_articles} art.)"
    last_line = name.rsplit("\n", 1)[-1]
    return f"{name} {count}" if len(last_line) + len(count) < width + 6 else f"{name}\n{count}"


def plot_group_topic_profiles(
    profiles: pd.DataFrame, group_by: str, max_groups: int = MAX_GROUPS_SHOWN
) -> plt.Figure:
    """Bars: each topic's share of a group's sentences, one panel per topic.

    Input: ``helpers.groups.group_topic_profiles`` output and the grouping
    column to draw. Each bar carries its 95% Wilson interval as an error bar;
    each group's label gives its number of articles. The ``max_groups``
    groups with most articles are drawn (largest on top); the others are
    named, with their article counts, in a note under the chart. Panels share
    the x-axis so that fields can be compared as well as groups.
    """
    set_style()
    title = f"Share of sentences per field, by {group_by}"
    table = profiles[profiles.group_by == group_by]
    if table.empty:
        return _empty_figure(title, f"No {group_by} has two or more articles.")
    sizes = (
        table.drop_duplicates("group")[["group", "n_articles"]]
        .sort_values(["n_articles", "group"], ascending=[False, True], kind="mergesort")
        .reset_index(drop=True)
    )
    shown, hidden = sizes.iloc[:max_groups], sizes.iloc[max_groups:]
    labels = [_group_label(g, n) for g, n in zip(shown.group, shown.n_articles, strict=True)]
    n_label_lines = sum(label.count("\n") + 1 for label in labels)
    note = _hidden_groups_note(hidden, 130) if len(hidden) else ""
    n_note_lines = note.count("\n") + 1 if note else 0
    height = height_for_rows(n_label_lines, 0.26, 1.9 + 0.18 * n_note_lines)
    figure, axes = plt.subplots(1, len(TOPICS), figsize=(13.0, height), sharey=True, sharex=True)
    colours = topic_colours()
    positions = np.arange(len(shown))[::-1]  # the largest group on top
    upper = (
        float(np.nanmax(table.ci_high.to_numpy(dtype=float)))
        if table.ci_high.notna().any()
        else 1.0
    )
    for ax, topic in zip(axes, TOPICS, strict=True):
        rows = table[table.topic == topic].set_index("group").reindex(shown.group)
        share = rows.share.to_numpy(dtype=float)
        errors = np.vstack(
            [share - rows.ci_low.to_numpy(float), rows.ci_high.to_numpy(float) - share]
        )
        ax.barh(positions, np.nan_to_num(share), color=colours[topic], height=0.7)
        ax.errorbar(share, positions, xerr=np.nan_to_num(errors), fmt="none", ecolor="0.2",
                    elinewidth=1, capsize=2.5)  # fmt: skip
        ax.set_title(topic)
        ax.set_xlim(0, min(1.0, upper * 1.08))
        ax.xaxis.set_major_formatter(mticker.PercentFormatter(1.0, decimals=0))
        ax.xaxis.set_major_locator(mticker.MaxNLocator(3))
        ax.grid(axis="y", visible=False)
    axes[0].set_yticks(positions, labels)
    axes[0].set_ylabel(group_by)
    axes[0].set_ylim(-0.6, len(shown) - 0.4)
    figure.suptitle(wrap_title(title, 90), fontsize=12, fontweight="bold")
    # the note sits under the x-axis label, so the axes make room for both
    bottom = (0.18 * n_note_lines + 0.12) / height if note else 0.0
    if note:
        figure.text(0.01, 0.01, note, ha="left", va="bottom", fontsize=8, color="0.3")
    figure.supxlabel(
        "share of the group's sentences (bar: 95% Wilson interval)", fontsize=10, y=bottom,
        va="bottom",
    )  # fmt: skip
    figure.tight_layout(rect=(0, bottom, 1, 1))
    return figure


def _period_ticks(ax: plt.Axes, periods: list[str]) -> None:
    """Label the period axis without overlaps: every k-th label, rotated when many."""
    step = max(1, math.ceil(len(periods) / MAX_PERIOD_LABELS))
    positions = np.arange(0, len(periods), step)
    rotation = 90 if len(periods) > 12 else 0
    ax.set_xticks(positions, [periods[i] for i in positions], rotation=rotation,
                  ha="center", fontsize=8 if len(periods) > 12 else 9)  # fmt: skip


def _has_dated_neighbour(share: np.ndarray) -> np.ndarray:
    """True where the period before or after also has a share (so a band can be drawn)."""
    finite = np.isfinite(share)
    before = np.concatenate([[False], finite[:-1]])
    after = np.concatenate([finite[1:], [False]])
    return before | after


def plot_topic_trends(trends: pd.DataFrame, n_undated: int) -> plt.Figure:
    """Lines: each topic's share of sentences per period, with the articles behind each point.

    Input: ``helpers.groups.topic_trends`` output and its number of undated
    articles. One panel per topic: the share as a line with its 95% Wilson
    interval shaded (a period without articles is a gap, not a zero); under
    them a bar panel of dated articles per period, counts written on the bars
    when there are at most 36 periods. A note says how many undated articles
    are left out. The width grows with the number of periods.
    """
    set_style()
    title = "Share of sentences per field over time"
    periods = list(dict.fromkeys(trends.period.astype(str)))
    if not periods:
        return _empty_figure(title, f"No dated article ({n_undated} undated).")
    width = min(16.0, max(7.5, 0.34 * len(periods) + 2.5))
    ratios = [1.0] * len(TOPICS) + [0.9]
    figure, axes = plt.subplots(
        len(TOPICS) + 1, 1, figsize=(width, 1.25 * len(TOPICS) + 2.6), sharex=True,
        gridspec_kw={"height_ratios": ratios},
    )  # fmt: skip
    x = np.arange(len(periods))
    colours = topic_colours()
    upper = trends.ci_high.max()
    upper = 1.0 if pd.isna(upper) else min(1.0, float(upper) * 1.1)
    for ax, topic in zip(axes[:-1], TOPICS, strict=True):
        rows = trends[trends.topic == topic].set_index("period").reindex(periods)
        share = rows.share.to_numpy(dtype=float)
        ax.fill_between(x, rows.ci_low.to_numpy(float), rows.ci_high.to_numpy(float),
                        color=colours[topic], alpha=0.22, linewidth=0)  # fmt: skip
        ax.plot(x, share, color=colours[topic], marker="o", markersize=3.5, linewidth=1.6)
        # a point between two gaps has no band to shade: its interval is drawn as a bar
        lone = np.isfinite(share) & ~_has_dated_neighbour(share)
        if lone.any():
            low, high = rows.ci_low.to_numpy(float)[lone], rows.ci_high.to_numpy(float)[lone]
            ax.errorbar(x[lone], share[lone], yerr=[share[lone] - low, high - share[lone]],
                        fmt="none", ecolor=colours[topic], elinewidth=1.2, capsize=2)  # fmt: skip
        ax.set_ylim(0, upper)
        ax.yaxis.set_major_formatter(mticker.PercentFormatter(1.0, decimals=0))
        ax.yaxis.set_major_locator(mticker.MaxNLocator(3))
        ax.set_ylabel(topic, rotation=0, ha="right", va="center")
    counts = trends.drop_duplicates("period").set_index("period").n_articles.reindex(periods)
    bars = axes[-1]
    bars.bar(x, counts.fillna(0).to_numpy(), color="0.55", width=0.7)
    if len(periods) <= MAX_COUNT_LABELS:
        for position, count in zip(x, counts.fillna(0).astype(int), strict=True):
            bars.annotate(str(count), (position, count), ha="center", va="bottom", fontsize=7,
                          color="0.25", xytext=(0, 1), textcoords="offset points")  # fmt: skip
    bars.set_ylim(0, max(1, float(counts.max())) * 1.3)
    bars.set_ylabel("dated\narticles", rotation=0, ha="right", va="center")
    bars.yaxis.set_major_locator(mticker.MaxNLocator(3, integer=True))
    _period_ticks(bars, periods)
    note = (
        f"{n_undated} undated article{'s' if n_undated != 1 else ''} not shown"
        if n_undated
        else "every article is dated"
    )
    bars.set_xlabel(f"publication period ({note}); shading: 95% Wilson interval")
    bars.set_xlim(-0.6, len(periods) - 0.4)
    figure.suptitle(title, fontsize=12, fontweight="bold")
    figure.align_ylabels(axes)
    figure.tight_layout()
    return figure
