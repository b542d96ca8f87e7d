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
from helpers.plots import set_style, topic_colours
from helpers.schema import FIELDS


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
