"""Charts of notebook 02 (term frequencies and keyness), one function per chart.

As in quanteda's ``textstat_*`` → ``textplot_*`` pairs, each function takes a
tidy table computed by ``helpers.frequency`` (plus a few options) and returns
the matplotlib Figure; the notebook saves and shows it with ``stage.save``.
Terms are drawn with spaces for underscores, and bars are coloured by the
topic the concept lexicon gives the term (grey: not in the lexicon).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from helpers.plots import height_for_rows, panel_grid, set_style, topic_colours, wrap_title
from helpers.schema import FIELDS, TOPICS

#: Legend entries for bars coloured by topic, in the order the legend shows them.
LEGEND_KEYS = (*TOPICS, "actor", "none")
LEGEND_NAMES = (*FIELDS, "other field", "actor", "not in lexicon")


def _readable(term: str) -> str:
    return term.replace("_", " ")


def _term_colours(terms: Sequence[str], topic_of: Mapping[str, str]) -> list:
    colours = topic_colours()
    return [colours[topic_of.get(term, "none")] for term in terms]


def _topic_legend(figure: plt.Figure, inches_below: float = 0.25) -> None:
    """The topic colours as a legend whose lower edge is ``inches_below`` the panels, for any
    number of rows."""
    colours = topic_colours()
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[key]) for key in LEGEND_KEYS]
    figure.legend(
        handles, LEGEND_NAMES, loc="lower center", ncol=len(LEGEND_KEYS), frameon=False,
        bbox_to_anchor=(0.5, -inches_below / figure.get_figheight()),
    )  # fmt: skip


def plot_top_terms(
    top: pd.DataFrame,
    titles: Mapping[str, str],
    topic_of: Mapping[str, str],
    top_n: int,
    min_count: int,
    boilerplate_left_out: bool,
    unit: str = "article",
) -> plt.Figure:
    """One panel per article: its top terms per 1,000 terms, coloured by topic.

    Input: ``helpers.frequency.top_terms`` rows (``doc_id``, ``term``,
    ``rel_per_1000``) for the articles (or groups) to show, each panel's title
    by doc_id, ``{term: topic}``, and the selection (``top_n``, ``min_count``,
    boilerplate left out or not) and what a panel is (``article`` or ``group``)
    for the figure title. Panels wrap four to a row.
    """
    set_style()
    doc_ids = sorted(top["doc_id"].unique())
    figure, axes = panel_grid(len(doc_ids))
    for ax, doc_id in zip(axes, doc_ids, strict=True):
        rows = top[top["doc_id"] == doc_id].iloc[::-1]
        ax.barh(
            rows["term"].map(_readable), rows["rel_per_1000"],
            color=_term_colours(rows["term"].tolist(), topic_of),
        )  # fmt: skip
        ax.set_title(wrap_title(titles[doc_id]))
        ax.set_xlabel("per 1,000 terms")
    _topic_legend(figure)
    left_out = ", diplomatic boilerplate left out" if boilerplate_left_out else ""
    figure.suptitle(f"Top {top_n} terms per {unit} (count ≥ {min_count}{left_out})")
    figure.tight_layout()
    return figure


def plot_term_rates(
    rates: pd.DataFrame, labels: Mapping[str, str], language: str, unit: str = "article"
) -> plt.Figure:
    """Heatmap: terms (rows) × articles or groups (columns), each cell a rate per 1,000 terms.

    Input: ``helpers.frequency.leading_term_rates`` output (``term``,
    ``doc_id``, ``rel_per_1000``; rows and columns keep its order), column
    labels by doc_id, the language's name for the title and what a column is.
    """
    set_style()
    wide = rates.pivot(index="term", columns="doc_id", values="rel_per_1000").reindex(
        index=pd.unique(rates["term"]), columns=pd.unique(rates["doc_id"])
    )
    figure, ax = plt.subplots(
        figsize=(1.4 * wide.shape[1] + 3.5, height_for_rows(len(wide), 0.32, 2.2))
    )
    sns.heatmap(
        wide.rename(columns={d: wrap_title(labels[d], 16) for d in wide.columns}, index=_readable),
        annot=True, fmt=".0f", cmap="mako_r", cbar_kws={"label": "per 1,000 terms"}, ax=ax,
    )  # fmt: skip
    ax.set_title(f"Leading {language} terms, per 1,000 terms of each column")
    ax.set_xlabel(unit)
    ax.set_ylabel("term")
    ax.tick_params(axis="x", labelrotation=0)
    return figure


def plot_keyness(
    key: pd.DataFrame,
    labels: pd.Series,
    topic_of: Mapping[str, str],
    n_over: int = 7,
    n_under: int = 3,
    significance_level: float = 0.05,
) -> plt.Figure:
    """Diverging bars per article: its most over-used terms (right) and under-used (left).

    Input: ``helpers.frequency.keyness_table`` rows of the articles to show
    (``doc_id``, ``term``, ``g2``, ``log_ratio``, ``direction``, ``reliable``,
    ``significant``), labels by doc_id, ``{term: topic}``, how many terms of
    each direction (largest G² first). Bar length is the log ratio; hatched
    bars are unreliable (an expected count below 5), faded bars not significant.
    """
    set_style()
    doc_ids = sorted(key["doc_id"].unique())
    n_rows = n_over + n_under
    # two panels a row: twelve articles stay one page tall
    figure, axes = panel_grid(
        len(doc_ids),
        max_columns=2,
        panel_width=6.2,
        panel_height=height_for_rows(n_rows, 0.28, 1.2),
    )
    for ax, doc_id in zip(axes, doc_ids, strict=True):
        rows = key[key["doc_id"] == doc_id]
        over = rows[rows["direction"] == "over"].nlargest(n_over, "g2")
        under = rows[rows["direction"] == "under"].nlargest(n_under, "g2")
        both = pd.concat([over, under]).sort_values("log_ratio")
        bars = ax.barh(
            both["term"].map(_readable), both["log_ratio"],
            color=_term_colours(both["term"].tolist(), topic_of), edgecolor="black", linewidth=0.4,
        )  # fmt: skip
        for bar, reliable, significant in zip(bars, both.reliable, both.significant, strict=True):
            if not reliable:
                bar.set_hatch("///")
            if not significant:
                bar.set_alpha(0.45)
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_title(wrap_title(f"{labels[doc_id]}: over- (right) and under-used (left)", 48))
        ax.set_xlabel("log ratio (log₂ of relative-frequency ratio)")
    figure.tight_layout()
    # below the panels in inches, not in figure fractions: twelve articles make a tall figure
    figure.text(
        0.5, -0.05 / figure.get_figheight(),
        f"Hatched: an expected count below 5 (unreliable). Faded: p ≥ {significance_level}. "
        "Colour: the term's topic in the concept lexicon.",
        ha="center", va="top", fontsize=9,
    )  # fmt: skip
    _topic_legend(figure, inches_below=0.6)
    return figure


def plot_dispersion(
    positions: pd.DataFrame, labels: Mapping[str, str], max_articles: int = 12
) -> plt.Figure:
    """Where the cooperation-field terms fall in the articles (0 = start, 1 = end).

    Input: ``helpers.frequency.term_positions`` output (``doc_id``, ``term``,
    ``topic``, ``position``), labels by doc_id and the most articles drawn one
    row each. Up to ``max_articles`` articles: one row per article, one mark per
    occurrence, each field on its own lane. More: one panel per field, the share
    of its occurrences in each tenth of the articles (the dotted line is an
    even spread), so the chart reads the same for 20 or 3,000 articles.
    """
    set_style()
    colours = topic_colours()
    fields = [f for f in FIELDS if f in set(positions["topic"])]
    doc_ids = sorted(positions["doc_id"].unique())
    if len(doc_ids) <= max_articles:
        figure, ax = plt.subplots(figsize=(9, height_for_rows(len(doc_ids), 0.55, 1.8)))
        row_of = {doc_id: i for i, doc_id in enumerate(doc_ids)}
        for j, field in enumerate(fields):
            rows = positions[positions["topic"] == field]
            lane = (j - (len(fields) - 1) / 2) * 0.16
            ax.scatter(
                rows["position"], rows["doc_id"].map(row_of) + lane, marker="|", s=90,
                linewidths=1.6, color=colours[field], label=field,
            )  # fmt: skip
        ax.set_yticks(range(len(doc_ids)), [wrap_title(labels[d], 40) for d in doc_ids])
        ax.set_ylim(len(doc_ids) - 0.5, -0.5)
        ax.set_xlim(-0.02, 1.02)
        ax.axvline(0.5, color="0.5", linewidth=0.8, linestyle=":")
        ax.set_xlabel("position in article (0 = start, 1 = end; dotted: midpoint)")
        ax.set_ylabel("article")
        ax.legend(title="field", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        ax.set_title("Where each cooperation-field term occurs in each article")
        figure.tight_layout()
        return figure
    figure, axes = panel_grid(len(fields), max_columns=2, panel_width=4.6, panel_height=3.0)
    bins = np.linspace(0, 1, 11)
    for ax, field in zip(axes, fields, strict=True):
        values = positions.loc[positions["topic"] == field, "position"]
        ax.hist(values, bins=bins, weights=np.full(len(values), 1 / len(values)),
                color=colours[field], edgecolor="white")  # fmt: skip
        ax.axhline(0.1, color="0.4", linewidth=0.8, linestyle=":")
        ax.set_title(f"{field} ({len(values):,} occurrences)")
        ax.set_xlabel("position in article (0 = start, 1 = end)")
        ax.set_ylabel("share of occurrences")
    figure.suptitle(
        f"Where cooperation-field terms occur in {len(doc_ids):,} articles (dotted: an even spread)"
    )
    figure.tight_layout()
    return figure


def plot_paired_bars(
    side: pd.DataFrame, name_a: str, name_b: str, title: str, value: str = "rate"
) -> plt.Figure:
    """Paired horizontal bars: each concept's rate in two articles.

    Input: ``helpers.frequency.paired_concepts`` output (``concept``,
    ``rate_a``, ``rate_b``), the two articles' names for the legend and the
    title. The figure's height grows with the number of concepts.
    """
    set_style()
    data = side.set_index(side["concept"].map(_readable))[[f"{value}_a", f"{value}_b"]]
    data.columns = [name_a, name_b]
    figure, ax = plt.subplots(figsize=(8, height_for_rows(len(data), 0.3)))
    data.plot.barh(ax=ax, width=0.8)
    ax.set_xlabel("mentions per 1,000 tokens")
    ax.set_ylabel("concept")
    ax.set_title(wrap_title(title, 70))
    ax.invert_yaxis()
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    figure.tight_layout()
    return figure


def plot_group_keyness(
    table: pd.DataFrame, top_n: int = 8, max_panels: int = 12, note: str = ""
) -> tuple[plt.Figure, int]:
    """One panel per group and language: the terms the group uses most over the rest.

    Input: ``helpers.frequency.group_keyness`` rows, the terms per panel (largest
    G² among over-used terms), the most panels to draw and a sentence to add under
    the chart (how the caller chose the rows, if it did). When there are more
    groups, the largest (by terms counted) are drawn and the figure says how
    many were left out. Bars are log ratios, longest on top; hatched bars are unreliable.
    Output: the Figure and the number of groups left out.
    """
    set_style()
    over = table[table["log_ratio"] > 0]
    sizes = (
        table.assign(group_terms=table["count_group"] / table["rel_group"] * 1000)
        .groupby(["group_by", "group", "language"])["group_terms"]
        .first()
        .sort_values(ascending=False, kind="mergesort")
    )
    panels = sorted(sizes.index[:max_panels])
    left_out = len(sizes) - len(panels)
    figure, axes = panel_grid(
        len(panels), max_columns=3, panel_width=4.4, panel_height=height_for_rows(top_n, 0.3, 1.3)
    )
    by_panel = dict(list(over.groupby(["group_by", "group", "language"])))
    for ax, (group_by, group, language) in zip(axes, panels, strict=True):
        rows = by_panel.get((group_by, group, language), over.iloc[:0])
        # chosen by G², drawn by log ratio (the bar length): in G² order the bars zigzagged
        rows = rows.nlargest(top_n, "g2").sort_values("log_ratio", kind="mergesort")
        bars = ax.barh(rows["term"].map(_readable), rows["log_ratio"], color=sns.color_palette()[0])
        for bar, reliable in zip(bars, rows["reliable"], strict=True):
            if not reliable:
                bar.set_hatch("///")
                bar.set_alpha(0.6)
        ax.set_title(wrap_title(f"{group_by} = {group} ({language})", 32))
        ax.set_xlabel("log ratio vs. the rest")
    groups_word = "group" if left_out == 1 else "groups"
    rest = f" {left_out} smaller {groups_word} left out (the CSV holds them)." if left_out else ""
    chosen = f" {note}" if note else ""
    figure.text(
        0.5, -0.01, "Hatched: an expected count below 5 (unreliable)." + chosen + rest,
        ha="center", fontsize=9,
    )  # fmt: skip
    figure.suptitle("Terms each group of articles uses more than the rest of its language")
    figure.tight_layout()
    return figure, left_out
