"""Charts of notebook 03 (cooperation topics): each takes a tidy table and returns the Figure.

The notebook computes a table with ``helpers.topics`` and hands it to one of
these functions (the ``textstat_*`` → ``textplot_*`` pattern of quanteda);
saving and showing is ``helpers.stage.Stage.save``. Every chart sizes itself
from the number of rows it draws, so labels do not overlap.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from scipy.cluster.hierarchy import dendrogram

from helpers.labels import label_number
from helpers.plots import colourbar_in_corner, height_for_rows, set_style, topic_colours
from helpers.schema import FIELDS, TOPICS
from helpers.topics import article_tree, profile_matrix


def plot_silhouette(silhouettes: pd.DataFrame, chosen_k: int, method: str, n_sentences: int
                    ) -> plt.Figure:  # fmt: skip
    """Line: mean cosine silhouette for each k (``choose_k`` output), the k used marked.

    The y-axis always shows 0 (and reaches at least 0.25, a weak structure by the usual
    reading): a silhouette of 0.006 must look like no structure, not like a clear peak.
    """
    set_style()
    figure, ax = plt.subplots(figsize=(6, 3.2))
    ax.plot(silhouettes.k, silhouettes.silhouette, marker="o")
    ax.axvline(chosen_k, color="grey", linestyle="--", linewidth=1)
    low, high = float(silhouettes.silhouette.min()), float(silhouettes.silhouette.max())
    ax.set_ylim(min(0.0, low) - 0.01, max(0.25, high) + 0.01)
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel("mean silhouette (cosine)")
    ax.set_title(f"Choosing k for {method} on {n_sentences:,} sentences")
    return figure


def plot_cluster_confusion(confusion: pd.DataFrame, title: str) -> plt.Figure:
    """Annotated heatmap of sentence counts: clusters (rows) against lexicon first topics.

    Input: ``helpers.topics.cluster_confusion`` output. Cells show counts; their
    colour is the count's share of its row, so small clusters stay readable.
    """
    set_style()
    figure, ax = plt.subplots(figsize=(7, 0.5 * len(confusion) + 1.8))
    # colour by the share of the cluster's row: coloured by count, one large cell (7,171
    # sentences in the dev crawl) left every other cell white
    row_share = confusion.div(confusion.sum(axis=1).replace(0, 1), axis=0)
    counts = confusion.apply(lambda column: column.map("{:,}".format))
    sns.heatmap(row_share, annot=counts, fmt="", cmap="Blues", vmin=0, vmax=1, cbar=False,
                ax=ax)  # fmt: skip
    ax.set_title(title)
    ax.set_xlabel("lexicon: first topic of the sentence (colour: share of the row)")
    ax.set_ylabel("cluster (mapped topic)")
    return figure


def plot_term_dendrogram(terms: pd.DataFrame, tree: np.ndarray) -> plt.Figure:
    """Dendrogram of cooperation terms, each label coloured by its lexicon topic.

    Input: ``helpers.topics.field_term_tree`` output (``term``, ``topic``; the
    linkage matrix). Underscores in terms become spaces.
    """
    set_style()
    colours = topic_colours()
    figure, ax = plt.subplots(figsize=(7, 0.28 * len(terms) + 1.5))
    dendrogram(
        tree,
        labels=[t.replace("_", " ") for t in terms.term],
        orientation="right",
        ax=ax,
        link_color_func=lambda _: "#555555",
    )
    topic_of_label = dict(zip(terms.term.str.replace("_", " "), terms.topic, strict=True))
    for label in ax.get_yticklabels():
        label.set_color(colours[topic_of_label[label.get_text()]])
    shown = [topic for topic in colours if topic in set(terms.topic)]
    handles = [plt.Line2D([], [], linestyle="", marker="s", color=colours[t], label=t)
               for t in shown]  # fmt: skip
    ax.legend(handles=handles, title="label colour: lexicon topic", loc="upper left",
              bbox_to_anchor=(1.01, 1), frameon=False)  # fmt: skip
    ax.grid(False, axis="y")  # horizontal grid lines would read as branches of the tree
    ax.set_xlabel("cosine distance between sentence profiles")
    qualifying = terms.attrs.get("n_qualifying", len(terms))
    subset = ""
    if qualifying > len(terms):
        subset = f"\n(the {len(terms)} most frequent of {qualifying})"
    ax.set_title("Cooperation terms clustered by the sentences they share" + subset)
    return figure


def plot_profile_heatmap(shares: pd.DataFrame, title: str) -> plt.Figure:
    """Annotated heatmap of topic shares: one row per article (index: its label), one column
    per topic. Input: ``helpers.topics.profile_matrix`` output with readable row labels."""
    set_style()
    figure, ax = plt.subplots(figsize=(7, 0.5 * len(shares) + 1.6))
    sns.heatmap(
        shares,
        annot=True,
        fmt=".0%",
        cmap="rocket_r",
        vmin=0,
        vmax=1,
        ax=ax,
        cbar_kws={"label": "share of the article's sentences"},
    )
    ax.set_title(title)
    ax.set_xlabel("topic")
    ax.set_ylabel("article")
    return figure


def plot_topic_timeline(dated: pd.DataFrame, label_of: pd.Series) -> plt.Figure:
    """Lines: each field's share of each dated article's sentences, one point per article.

    Input: ``helpers.topics.dated_profiles`` output and the article labels.
    Article numbers (not whole labels, which would run into each other) are
    written above the axis; articles of one day share an annotation.
    """
    set_style()
    colours = topic_colours()
    figure, ax = plt.subplots(figsize=(8, 3.6))
    for topic in FIELDS:
        series = dated[dated.topic == topic].sort_values("date")
        ax.plot(series.date, series.share, marker="o", label=topic, color=colours[topic])
    numbered = dated.drop_duplicates("doc_id").assign(label=lambda d: d.doc_id.map(label_of))
    notes = [
        (date, ", ".join(same_day.label.map(label_number)))
        for date, same_day in numbered.groupby("date")
    ]
    rows = _annotation_rows(ax, notes)
    for (date, text), row in zip(notes, rows, strict=True):
        ax.annotate(text, (date, 1.02 + 0.07 * row), ha="center", fontsize=8,
                    xycoords=("data", "axes fraction"))  # fmt: skip
    ax.set_ylim(0, 1)
    ax.set_ylabel("share of sentences")
    ax.set_xlabel("article date")
    n_rows = max(rows, default=0) + 1
    axis_height = figure.get_size_inches()[1] * ax.get_position().height * 72  # points
    pad = (0.02 + 0.07 * n_rows) * axis_height + 4
    ax.set_title("Cooperation fields over time, one point per article", pad=pad)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    return figure


def plot_article_clusters(
    profiles: pd.DataFrame, clusters: pd.DataFrame, label_of: pd.Series, max_labels: int = 60
) -> plt.Figure:
    """Ordered heatmap of article topic shares with the tree and a band per article cluster.

    Input: ``topic_profiles.csv``, ``helpers.topics.cluster_articles`` output
    and the article labels. A seaborn clustermap draws the rows in the tree's
    leaf order, the dendrogram on the left, a coloured band per cluster. With
    more than ``max_labels`` articles the row labels are left out (they could
    not be read) and the height stops growing; the notebook then shows the
    clusters' mean profiles as a table.
    """
    set_style()
    shares = profile_matrix(profiles).sort_index()
    shares = shares.loc[shares.index.isin(clusters.doc_id)]
    cluster_of = clusters.set_index("doc_id").cluster
    palette = sns.color_palette("tab10", max(int(cluster_of.max()), 1))
    bands = cluster_of.reindex(shares.index).map(lambda c: palette[(int(c) - 1) % 10])
    labelled = len(shares) <= max_labels
    shown = shares.rename(index=label_of) if labelled else shares
    bands.index = shown.index
    height = height_for_rows(len(shares), 0.24, 2.6) if labelled else 9.0
    grid = sns.clustermap(
        shown,
        row_linkage=article_tree(shares),
        col_cluster=False,
        row_colors=bands.rename("cluster"),
        cmap="rocket_r",
        vmin=0,
        vmax=1,
        yticklabels=labelled,
        figsize=(8.5, height),
        # no column tree: the top strip only holds the colour bar
        dendrogram_ratio=(0.18, 0.08),
        cbar_kws={"orientation": "horizontal", "ticks": [0, 0.5, 1]},
    )
    colourbar_in_corner(grid, "share of sentences")
    grid.ax_heatmap.set_xlabel("topic")
    grid.ax_heatmap.set_ylabel("article" if labelled else f"{len(shares)} articles (tree order)")
    ordered = clusters.sort_values("order").cluster.to_numpy()
    for position in np.flatnonzero(ordered[1:] != ordered[:-1]) + 1:
        grid.ax_heatmap.axhline(position, color="white", linewidth=1.5)
    for number in sorted(set(ordered)):
        rows = np.flatnonzero(ordered == number)
        grid.ax_row_colors.annotate(
            str(number), (0.5, rows.mean() + 0.5), ha="center", va="center", fontsize=8,
            xycoords=("axes fraction", "data"), color="white", fontweight="bold",
        )  # fmt: skip
    grid.ax_row_colors.set_xticks([])
    grid.figure.suptitle(
        f"Articles grouped by their topic profiles: {len(set(ordered))} clusters of "
        f"{len(shares)} articles", fontweight="bold", y=1.01,
    )  # fmt: skip
    return grid.figure


def plot_profile_overview(profiles: pd.DataFrame) -> plt.Figure:
    """Box plots of the articles' share of each topic, for a corpus too large for one row each.

    Input: ``topic_profiles.csv``. One box per topic (the middle half of the
    articles, whiskers to 1.5 IQR, dots beyond), the mean as a white diamond;
    the label says how many articles name the topic at all.
    """
    set_style()
    colours = topic_colours()
    shares = profile_matrix(profiles)
    figure, ax = plt.subplots(figsize=(8, height_for_rows(len(TOPICS), 0.55, 1.6)))
    long = shares.melt(var_name="topic", value_name="share")
    sns.boxplot(
        data=long, x="share", y="topic", hue="topic", order=list(TOPICS), palette=colours,
        ax=ax, fliersize=2, showmeans=True, legend=False,
        meanprops={"marker": "D", "markerfacecolor": "white", "markeredgecolor": "0.2"},
    )  # fmt: skip
    ax.set_yticks(
        range(len(TOPICS)),
        [f"{topic}\n{int((shares[topic] > 0).sum())} of {len(shares)} name it" for topic in TOPICS],
    )
    ax.set_xlim(-0.02, 1.02)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel("share of the article's sentences (one value per article; ◇ mean)")
    ax.set_ylabel("topic")
    ax.set_title(f"Topic profiles of {len(shares)} articles")
    figure.tight_layout()
    return figure


def _annotation_rows(ax: plt.Axes, notes: list[tuple[pd.Timestamp, str]]) -> list[int]:
    """A row (0 = lowest) for each date annotation so that no two in one row overlap.

    Greedy, left to right: a note goes in the lowest row whose last note ends
    before it starts (widths estimated from 8-point characters on this axis).
    """
    figure_width = ax.figure.get_size_inches()[0] * ax.get_position().width * 72
    char_fraction = 5.2 / figure_width  # an 8-point DejaVu Sans character is about 5 points
    low, high = ax.get_xlim()
    row_ends: list[float] = []
    rows = []
    for date, text in notes:
        centre = (mdates.date2num(date) - low) / (high - low) if high > low else 0.5
        half = (len(text) + 1) * char_fraction / 2
        row = next((i for i, end in enumerate(row_ends) if end <= centre - half), len(row_ends))
        if row == len(row_ends):
            row_ends.append(0.0)
        row_ends[row] = centre + half
        rows.append(row)
    return rows
