"""Charts of notebooks 01, 04 and 05: titles and axis labels, one row per item, no overlaps."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402

from helpers.plots_corpus import (  # noqa: E402
    plot_cooccurrence_network,
    plot_field_mentions_distribution,
    plot_field_mentions_per_article,
    plot_top_pairs,
    plot_topic_cooccurrence,
)

FIELDS = ("energy", "security", "education", "emergency")


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _overlapping(texts: list) -> int:
    """Pairs of drawn texts whose boxes intersect."""
    figure = texts[0].figure
    renderer = figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in texts if t.get_text()]
    return sum(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def per_field_table(n_articles: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    rows = [
        (f"doc{i:04d}", "vi" if i % 3 else "en", field, float(rng.gamma(2, 3)))
        for i in range(n_articles)
        for field in FIELDS
    ]
    return pd.DataFrame(rows, columns=["doc_id", "language", "topic", "per_1000_tokens"])


def test_per_article_bars_have_one_readable_row_per_article() -> None:
    table = per_field_table(12)
    labels = pd.Series({d: f"{i + 1:02d} · Việt Nam và Nga hợp tác…" for i, d in
                        enumerate(sorted(table.doc_id.unique()))})  # fmt: skip
    figure = plot_field_mentions_per_article(table, labels, FIELDS)
    ax = figure.axes[0]
    ticks = ax.get_yticklabels()
    assert len(ticks) == 12 and ticks[0].get_text().endswith("(en)")  # doc0000 is English
    assert _overlapping(ticks) == 0
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()


def test_distribution_view_has_one_row_per_field_whatever_the_corpus_size() -> None:
    figure = plot_field_mentions_distribution(per_field_table(3000), FIELDS)
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == list(FIELDS)
    assert "3,000 articles" in ax.get_title()
    # doc i is English when i % 3 == 0: 1,000 English and 2,000 Vietnamese articles
    legend = sorted(t.get_text() for t in ax.get_legend().get_texts())
    assert legend == ["en (1,000 art.)", "vi (2,000 art.)"]


def test_network_labels_every_node_with_its_readable_term() -> None:
    nodes = pd.DataFrame(
        {"term": ["an_ninh", "dầu_khí", "năng_lượng", "quốc_phòng"],
         "topic": ["security", "energy", "energy", "security"],
         "frequency": [4, 3, 5, 4], "community": [0, 1, 1, 0]}
    )  # fmt: skip
    edges = pd.DataFrame({"term_a": ["dầu_khí", "an_ninh"], "term_b": ["năng_lượng", "quốc_phòng"],
                          "npmi": [0.9, 0.8], "count": [3, 3]})  # fmt: skip
    figure = plot_cooccurrence_network(nodes, edges, FIELDS, seed=1)
    ax = figure.axes[0]
    shown = sorted(t.get_text() for t in ax.texts)
    assert shown == ["an ninh", "dầu khí", "năng lượng", "quốc phòng"]
    assert ax.get_title()
    # the legend names the fields drawn, not education or emergency, which have no node
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["energy", "security"]


def test_top_pairs_and_topic_heatmap_show_their_numbers() -> None:
    ranked = pd.DataFrame({"term_a": ["a_b", "c"], "term_b": ["d", "e"], "npmi": [0.9, 0.5],
                           "count": [7, 2], "rank": [1, 2]})  # fmt: skip
    ax = plot_top_pairs(ranked).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["c – e", "a b – d"]
    assert {t.get_text().strip() for t in ax.texts} == {"7 sent.", "2 sent."}
    together = pd.DataFrame([[3, 1], [1, 2]], index=["energy", "security"],
                            columns=["energy", "security"])  # fmt: skip
    heat = plot_topic_cooccurrence(together).axes[0]
    assert sorted(t.get_text() for t in heat.texts) == ["1", "1", "2", "3"]


def test_term_trends_write_at_most_sixteen_period_labels_and_count_articles() -> None:
    from helpers.plots_corpus import plot_term_trends

    periods = [f"{year}-{month:02d}" for year in range(2019, 2024) for month in range(1, 13)]
    trends = pd.DataFrame(
        {"term": "hợp tác", "period": periods, "n_articles": 3, "n_terms": 900, "hits": 4,
         "per_1000_terms": 4 / 0.9, "ci_low": 1.0, "ci_high": 9.0}
    )  # fmt: skip
    figure = plot_term_trends(trends, "month", n_undated=7)
    rates, counts = figure.axes
    labels = [t for t in counts.get_xticklabels() if t.get_text()]
    assert len(labels) <= 16 and labels[0].get_text() == "2019-01"
    assert _overlapping(labels) == 0
    assert "7 undated articles" in counts.get_xlabel()
    assert [round(bar.get_height()) for bar in counts.patches] == [3] * 60
    assert rates.get_ylabel().startswith("hits per 1,000 terms")


def test_network_labels_do_not_overlap_in_a_crowded_network() -> None:
    rng = np.random.default_rng(3)
    terms = [f"thuật_ngữ_{i:02d}" for i in range(30)]
    nodes = pd.DataFrame({"term": terms, "topic": [FIELDS[i % 4] for i in range(30)],
                          "frequency": rng.integers(1, 3000, 30), "community": 0})  # fmt: skip
    pairs = [(a, b) for i, a in enumerate(terms) for b in terms[i + 1 :] if rng.random() < 0.15]
    edges = pd.DataFrame(pairs, columns=["term_a", "term_b"]).assign(npmi=0.5, count=3)
    linked = set(edges.term_a) | set(edges.term_b)
    figure = plot_cooccurrence_network(nodes[nodes.term.isin(linked)], edges, FIELDS)
    labels = figure.axes[0].texts
    assert len(labels) == len(linked)
    assert _overlapping(labels) == 0


def _discs_and_labels(figure: plt.Figure) -> tuple[np.ndarray, np.ndarray, list]:
    """Node centres and radii in pixels, and the label boxes, of a drawn network."""
    ax = figure.axes[0]
    figure.canvas.draw()
    nodes = next(c for c in ax.collections if isinstance(c, PathCollection))
    centres = ax.transData.transform(nodes.get_offsets())
    radii = np.sqrt(nodes.get_sizes()) / 2 * figure.dpi / 72
    renderer = figure.canvas.get_renderer()
    return centres, radii, [t.get_window_extent(renderer) for t in ax.texts]


def _clashes(figure: plt.Figure) -> tuple[int, int]:
    """(pairs of node discs that overlap, labels drawn over a node disc)."""
    centres, radii, boxes = _discs_and_labels(figure)
    discs = sum(
        np.hypot(*(centres[i] - centres[j])) < radii[i] + radii[j]
        for i in range(len(centres))
        for j in range(i + 1, len(centres))
    )
    covered = 0
    for box in boxes:
        for (x, y), radius in zip(centres, radii, strict=True):
            nearest = (min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1))
            covered += np.hypot(x - nearest[0], y - nearest[1]) < radius - 1
    return int(discs), int(covered)


def dense_network(n_terms: int = 30) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A tight community of ten terms all linked to one another, the rest in a loose chain:
    the shape of a crawl where one field's vocabulary names itself in every sentence."""
    rng = np.random.default_rng(11)
    terms = [f"từ_ngữ_{i:02d}" for i in range(n_terms)]
    core = terms[:10]
    pairs = [(a, b) for i, a in enumerate(core) for b in core[i + 1 :]]
    pairs += [(terms[i], terms[i + 1]) for i in range(9, n_terms - 1)]
    pairs += [(core[i % 10], terms[10 + i]) for i in range(0, n_terms - 10, 3)]
    edges = pd.DataFrame(pairs, columns=["term_a", "term_b"]).assign(
        npmi=rng.uniform(0.3, 0.95, len(pairs)), count=3
    )
    nodes = pd.DataFrame(
        {
            "term": terms,
            "topic": [FIELDS[i % 4] for i in range(n_terms)],
            "frequency": rng.integers(50, 3000, n_terms),
            "community": 0,
        }
    )
    return nodes, edges


def test_network_nodes_and_labels_keep_clear_of_each_other_in_a_dense_community() -> None:
    nodes, edges = dense_network()
    figure = plot_cooccurrence_network(nodes, edges, FIELDS, seed=42)
    assert _clashes(figure) == (0, 0)


@pytest.mark.parametrize("n_terms", [5, 40])
def test_npmi_clustermap_colour_bar_keeps_clear_of_the_trees(n_terms) -> None:
    from helpers.plots_corpus import plot_npmi_clustermap

    rng = np.random.default_rng(5)
    terms = [f"từ_{i:02d}" for i in range(n_terms)]
    values = rng.uniform(-0.3, 1, (n_terms, n_terms))
    values = (values + values.T) / 2
    np.fill_diagonal(values, 1.0)
    matrix = pd.DataFrame(values, index=terms, columns=terms)
    figure = plot_npmi_clustermap(matrix, {t: FIELDS[i % 4] for i, t in enumerate(terms)})
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    bar = next(ax for ax in figure.axes if ax.get_title() == "NPMI (sentence)")
    bar_box = bar.get_tightbbox(renderer)
    others = [ax.get_tightbbox(renderer) for ax in figure.axes if ax is not bar]
    assert not any(box.overlaps(bar_box) for box in others if box is not None)
    # the side bar's colours are named
    legends = [ax.get_legend() for ax in figure.axes if ax.get_legend() is not None]
    names = [t.get_text() for legend in legends for t in legend.get_texts()]
    assert names == list(FIELDS)
    # a term with itself is left blank, and the scale runs to the strongest pair, not to 1
    mesh = next(ax for ax in figure.axes if ax.get_xlabel() == "term").collections[0]
    assert np.ma.count_masked(mesh.get_array()) == n_terms
    strongest = np.abs(values[~np.eye(n_terms, dtype=bool)]).max()
    assert mesh.get_clim() == pytest.approx((-strongest, strongest))


def test_term_trends_draw_no_line_across_periods_without_articles() -> None:
    from helpers.plots_corpus import plot_term_trends

    periods = ["2017", "2018", "2019", "2020", "2025", "2026"]
    rates = [10.0, 12.0, np.nan, np.nan, 30.0, 20.0]
    trends = pd.DataFrame(
        {"term": "hợp tác", "period": periods, "n_articles": [4, 5, 0, 0, 3, 2],
         "n_terms": 900, "hits": 4, "per_1000_terms": rates,
         "ci_low": [r - 2 for r in rates], "ci_high": [r + 2 for r in rates]}
    )  # fmt: skip
    ax = plot_term_trends(trends, "year").axes[0]
    segments = []
    for line in ax.get_lines():
        if line.get_linestyle() in ("None", ""):
            continue  # markers and error-bar caps join nothing
        x, y = (np.asarray(v, dtype=float) for v in line.get_data())
        drawn = ~np.isnan(y)
        # consecutive drawn points are joined: collect the x spans they cover
        segments += [(x[i], x[i + 1]) for i in range(len(x) - 1) if drawn[i] and drawn[i + 1]]
    # 2018 (index 1) is never joined to 2025 (index 4): no segment spans the empty years
    assert segments and all(b - a <= 1 for a, b in segments)


def test_charts_of_a_large_corpus_stay_page_sized() -> None:
    """3,000 articles over 25 years of months: every chart that may draw them keeps a
    page's size (no 40-inch figure) and writes period labels that do not overlap."""
    from helpers.plots import plot_cooccurring_terms
    from helpers.plots_corpus import plot_term_trends
    from helpers.plots_groups import plot_topic_trends

    periods = [f"{year}-{month:02d}" for year in range(2000, 2025) for month in range(1, 13)]
    term_rows = pd.DataFrame(
        {"term": "hợp tác", "period": periods, "n_articles": 10, "n_terms": 900, "hits": 4,
         "per_1000_terms": 4 / 0.9, "ci_low": 1.0, "ci_high": 9.0}
    )  # fmt: skip
    topic_rows = pd.DataFrame(
        [(p, topic, 10, 40, 0.2, 0.1, 0.3, 200) for p in periods for topic in FIELDS + ("other",)],
        columns=["period", "topic", "n_articles", "n_sentences", "share", "ci_low", "ci_high",
                 "total_sentences"],
    )  # fmt: skip
    ranked = pd.DataFrame(
        {"term_a": [f"từ_{i}" for i in range(3000)], "term_b": "hợp_tác",
         "npmi": np.linspace(0.9, 0.1, 3000), "count": 5, "rank": range(1, 3001)}
    )  # fmt: skip
    neighbours = ranked.rename(columns={"term_a": "term"})
    figures = [
        plot_term_trends(term_rows, "month", n_undated=3),
        plot_topic_trends(topic_rows, n_undated=3),
        plot_field_mentions_distribution(per_field_table(3000), FIELDS),
        plot_top_pairs(ranked, top_n=15),
        plot_cooccurring_terms(neighbours, "hợp tác", top_n=15),
    ]
    for figure in figures:
        width, height = figure.get_size_inches()
        assert 4 <= width <= 16 and 3 <= height <= 14, (figure.axes[0].get_title(), width, height)
        ticks = [t for t in figure.axes[-1].get_xticklabels() if t.get_text()]
        if ticks:
            figure.canvas.draw()
            assert _overlapping(ticks) == 0


def test_a_language_of_one_article_is_drawn_as_points_not_a_bare_line() -> None:
    table = per_field_table(300)
    table = table[(table.language == "vi") | (table.doc_id == "doc0000")]  # one English article
    figure = plot_field_mentions_distribution(table, FIELDS)
    ax = figure.axes[0]
    points = [c.get_offsets()[0] for c in ax.collections if len(c.get_offsets()) == 1]
    english = table[table.language == "en"].set_index("topic").per_1000_tokens
    # one marker per field for the English article, at its value, beside the Vietnamese box
    assert sorted(x for x, _ in points) == sorted(english[list(FIELDS)])
    # in the English slot of each field's row (languages in order: en above vi)
    assert sorted(round(float(y), 2) for _, y in points) == [k - 0.2 for k in range(len(FIELDS))]
