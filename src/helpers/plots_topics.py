"""Charts of notebook 03 (cooperation topics): each takes a tidy table and returns the Figure.

The notebook computes a table with ``helpers.topics`` and hands it to one of
these functions (the ``textstat_*`` → ``textplot_*`` pattern of quanteda);
saving and showing is ``helpers.stage.Stage.save``. Every chart sizes itself
from the number of rows it draws, so labels do not overlap.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from scipy.cluster.hierarchy import dendrogram

from helpers.labels import label_number
from helpers.plots import height_for_rows, set_style, topic_colours
from helpers.schema import FIELDS
from helpers.topics import article_tree, profile_matrix


def plot_silhouette(silhouettes: pd.DataFrame, chosen_k: int, method: str, n_sentences: int
                    ) -> plt.Figure:  # fmt: skip
    """Line: mean cosine silhouette for each k (``choose_k`` output), the k used marked."""
    set_style()
    figure, ax = plt.subplots(figsize=(6, 3.2))
    ax.plot(silhouettes.k, silhouettes.silhouette, marker="o")
    ax.axvline(chosen_k, color="grey", linestyle="--", linewidth=1)
    ax.set_xlabel("number of clusters k")
    ax.set_ylabel("mean silhouette (cosine)")
    ax.set_title(f"Choosing k for {method} on {n_sentences} sentences")
    return figure


def plot_cluster_confusion(confusion: pd.DataFrame, title: str) -> plt.Figure:
    """Annotated heatmap of sentence counts: clusters (rows) against lexicon first topics.

    Input: ``helpers.topics.cluster_confusion`` output.
    """
    set_style()
    figure, ax = plt.subplots(figsize=(7, 0.5 * len(confusion) + 1.8))
    sns.heatmap(confusion, annot=True, fmt="d", cmap="Blues", cbar=False, ax=ax)
    ax.set_title(title)
    ax.set_xlabel("lexicon: first topic of the sentence")
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
    ax.set_xlabel("cosine distance between sentence profiles")
    ax.set_title("Cooperation terms clustered by the sentences they share")
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
    for date, same_day in numbered.groupby("date"):
        ax.annotate(
            ", ".join(same_day.label.map(label_number)),
            (date, 1.02),
            ha="center",
            fontsize=8,
            xycoords=("data", "axes fraction"),
        )
    ax.set_ylim(0, 1)
    ax.set_ylabel("share of sentences")
    ax.set_xlabel("article date")
    ax.set_title("Cooperation fields over time, one point per article", pad=18)
    ax.legend(ncol=4, loc="upper left", frameon=False)
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
        dendrogram_ratio=(0.18, 0.04),
        cbar_pos=(0.02, 0.84, 0.03, 0.08),
        cbar_kws={"label": "share"},
    )
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
