"""Notebook 03's charts: each draws the rows of the table it is given, titled and labelled."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import plots_topics  # noqa: E402
from helpers.plots import topic_colours  # noqa: E402
from helpers.topics import field_term_tree  # noqa: E402

TOPICS = ["energy", "security", "education", "emergency", "other"]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def shares(n_articles: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame(
        rng.random((n_articles, len(TOPICS))),
        index=[f"{i + 1:02d} · Hợp tác năng lượng {i}" for i in range(n_articles)],
        columns=TOPICS,
    )


def test_profile_heatmap_has_one_row_per_article_and_a_title() -> None:
    figure = plots_topics.plot_profile_heatmap(shares(4), "Topic profile")
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == shares(4).index.tolist()
    assert ax.get_title() == "Topic profile" and ax.get_xlabel() and ax.get_ylabel()
    # one annotation per cell, as percentages
    assert len(ax.texts) == 4 * len(TOPICS) and ax.texts[0].get_text().endswith("%")


def test_term_dendrogram_colours_each_label_by_its_topic() -> None:
    corpus = pd.DataFrame({"terms": ["dầu_khí năng_lượng", "an_ninh cứu_hộ", "an_ninh", "cứu_hộ",
                                     "dầu_khí năng_lượng"]})  # fmt: skip
    topic_of = {"dầu_khí": "energy", "năng_lượng": "energy", "an_ninh": "security",
                "cứu_hộ": "emergency"}  # fmt: skip
    terms, tree = field_term_tree(corpus, topic_of)
    figure = plots_topics.plot_term_dendrogram(terms, tree)
    colours = topic_colours()
    labels = figure.axes[0].get_yticklabels()
    assert sorted(label.get_text() for label in labels) == ["an ninh", "cứu hộ", "dầu khí",
                                                            "năng lượng"]  # fmt: skip
    for label in labels:
        expected = colours[topic_of[label.get_text().replace(" ", "_")]]
        assert matplotlib.colors.to_rgb(label.get_color()) == pytest.approx(expected)
    legend = figure.axes[0].get_legend()  # what the colours mean, for the fields drawn
    assert [t.get_text() for t in legend.get_texts()] == ["energy", "security", "emergency"]


def test_timeline_numbers_articles_of_one_day_together() -> None:
    dated = pd.DataFrame(
        [(doc, topic, 0.2, pd.Timestamp(day)) for doc, day in
         [("a", "2025-01-01"), ("b", "2025-01-01"), ("c", "2025-03-01")] for topic in TOPICS],
        columns=["doc_id", "topic", "share", "date"],
    )  # fmt: skip
    labels = pd.Series({"a": "1 · A", "b": "2 · B", "c": "3 · C"})
    figure = plots_topics.plot_topic_timeline(dated, labels)
    ax = figure.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["1, 2", "3"]
    assert len(ax.get_lines()) == 4  # the four fields, not "other"


def test_confusion_and_silhouette_are_labelled() -> None:
    confusion = pd.DataFrame([[3, 1], [0, 2]], index=["energy (cluster 0)", "other (cluster 1)"],
                             columns=["energy", "none"])  # fmt: skip
    ax = plots_topics.plot_cluster_confusion(confusion, "Clusters").axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["0", "1", "2", "3"]
    silhouettes = pd.DataFrame({"k": [2, 3, 4], "silhouette": [0.1, 0.3, 0.2]})
    ax = plots_topics.plot_silhouette(silhouettes, 3, "kmeans", 70).axes[0]
    assert "70 sentences" in ax.get_title()
    assert ax.get_lines()[0].get_ydata().tolist() == [0.1, 0.3, 0.2]
    # a near-zero silhouette is drawn near the floor of an axis that shows 0, not as a peak
    tiny = pd.DataFrame({"k": [2, 3, 4], "silhouette": [0.003, 0.0057, 0.004]})
    low, high = plots_topics.plot_silhouette(tiny, 3, "kmeans", 70).axes[0].get_ylim()
    assert low < 0 < 0.25 < high


def article_profiles(n_per_group: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    centres = {"e": [0.8, 0.1, 0.0, 0.0, 0.1], "s": [0.1, 0.7, 0.0, 0.2, 0.1]}
    rows = [
        (f"{name}{i:03d}", topic, 0, float(share))
        for name, centre in centres.items()
        for i in range(n_per_group)
        for topic, share in zip(TOPICS, np.clip(centre + rng.normal(0, 0.05, 5), 0, 1),
                                strict=True)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=["doc_id", "topic", "n_sentences", "share"])


@pytest.mark.parametrize("n_per_group, labelled", [(12, True), (40, False)])
def test_article_clusters_label_rows_only_when_they_can_be_read(n_per_group, labelled) -> None:
    from helpers.topics import cluster_articles

    profiles = article_profiles(n_per_group)
    clusters = cluster_articles(profiles)
    labels = pd.Series({d: f"{i + 1:03d} · bài {d}" for i, d in enumerate(sorted(clusters.doc_id))})
    figure = plots_topics.plot_article_clusters(profiles, clusters, labels, max_labels=60)
    heatmap = next(ax for ax in figure.axes if ax.get_xlabel() == "topic")
    ticks = [t.get_text() for t in heatmap.get_yticklabels()]
    if labelled:
        # rows in the tree's order, each with its article label
        assert ticks == [labels[d] for d in clusters.sort_values("order").doc_id]
    else:
        assert ticks == []
    assert "2 clusters" in figure.get_suptitle()


def test_profile_overview_has_one_box_per_topic_whatever_the_corpus_size() -> None:
    profiles = article_profiles(150)  # 300 articles
    ax = plots_topics.plot_profile_overview(profiles).axes[0]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert len(ticks) == 5 and ticks[0].startswith("energy\n")
    named = int((profiles[profiles.topic == "energy"].share > 0).sum())
    assert ticks[0] == f"energy\n{named} of 300 name it"
    assert "300 articles" in ax.get_title()


def test_timeline_numbers_never_overlap_when_articles_crowd_together() -> None:
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta([0, 2, 3, 5, 6, 8, 9, 200, 400], "D")
    ids = [f"d{i}" for i in range(len(days))]
    dated = pd.DataFrame(
        [(doc, topic, 0.3, day) for doc, day in zip(ids, days, strict=True) for topic in TOPICS],
        columns=["doc_id", "topic", "share", "date"],
    )
    labels = pd.Series({doc: f"{i + 1:02d} · bài báo" for i, doc in enumerate(ids)})
    figure = plots_topics.plot_topic_timeline(dated, labels)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    boxes = [text.get_window_extent(renderer) for text in ax.texts]
    assert len(boxes) == len(ids)
    for i, first in enumerate(boxes):
        for second in boxes[i + 1 :]:
            assert not first.overlaps(second)
    # and the title sits above every number
    title = ax.title.get_window_extent(renderer)
    assert all(box.y1 <= title.y0 for box in boxes)


def _colour_bar_clashes(figure: plt.Figure, bar_title: str) -> list[int]:
    """Indices of the axes whose drawn content (trees, bands, tick labels) the colour bar,
    its ticks or its label run into."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    bar = next(ax for ax in figure.axes if ax.get_title() == bar_title)
    bar_box = bar.get_tightbbox(renderer)
    return [
        i
        for i, ax in enumerate(figure.axes)
        if ax is not bar and (box := ax.get_tightbbox(renderer)) and box.overlaps(bar_box)
    ]


@pytest.mark.parametrize("n_per_group", [12, 300])
def test_article_clusters_colour_bar_keeps_clear_of_the_tree(n_per_group) -> None:
    from helpers.topics import cluster_articles

    profiles = article_profiles(n_per_group)
    clusters = cluster_articles(profiles)
    labels = pd.Series({d: f"{i + 1:03d} · bài {d}" for i, d in enumerate(sorted(clusters.doc_id))})
    figure = plots_topics.plot_article_clusters(profiles, clusters, labels, max_labels=60)
    assert _colour_bar_clashes(figure, "share of sentences") == []
    assert figure.get_size_inches()[1] <= 20  # 600 articles: no 40-inch-tall page


def test_confusion_colours_each_cell_by_its_share_of_the_row() -> None:
    # one cluster of 7,181 sentences, one of 33: by count the small row would be white
    confusion = pd.DataFrame([[7171, 10], [3, 30]], index=["other (cluster 0)",
                             "energy (cluster 1)"], columns=["none", "energy"])  # fmt: skip
    ax = plots_topics.plot_cluster_confusion(confusion, "Clusters").axes[0]
    colours = np.asarray(ax.collections[0].get_array()).ravel()
    assert colours == pytest.approx([7171 / 7181, 10 / 7181, 3 / 33, 30 / 33])
    assert sorted(t.get_text() for t in ax.texts) == ["10", "3", "30", "7,171"]
    silhouette = plots_topics.plot_silhouette(
        pd.DataFrame({"k": [2, 3], "silhouette": [0.1, 0.2]}), 3, "kmeans", 13410
    )
    assert "13,410 sentences" in silhouette.axes[0].get_title()
