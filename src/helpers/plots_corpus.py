"""Charts of notebooks 01, 04 and 05: co-occurrence network, heatmaps, field mentions, trends.

Each function takes a tidy table computed by ``helpers.cooccurrence`` or
``helpers.concordance`` and returns the Figure (quanteda's ``textstat_*`` →
``textplot_*`` split): notebooks save and show it with ``stage.save``. Every
chart is sized from the number of rows it draws, so labels never overlap
whether the corpus holds 5 or 3,000 articles.
"""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib import MatplotlibDeprecationWarning

from helpers.plots import (
    PALETTE,
    colourbar_in_corner,
    height_for_rows,
    plot_npmi_bars,
    set_style,
    topic_colours,
    wrap_title,
)


def readable_term(term: str) -> str:
    """A segmented term as a reader writes it: ``năng_lượng`` → ``năng lượng``."""
    return term.replace("_", " ")


def _node_size(frequency: pd.Series | np.ndarray) -> np.ndarray:
    """Marker areas (points²) from 100 to 900, proportional to frequency over the largest:
    a corpus of 3,000 articles gives the same sizes as one of 5."""
    values = np.asarray(frequency, dtype=float)
    largest = values.max() if len(values) and values.max() > 0 else 1.0
    return 100 + 800 * values / largest


def _place_labels(ax: plt.Axes, anchors: list[tuple[float, float]], radii: np.ndarray,
                  texts: list[str]) -> list:  # fmt: skip
    """Write each text next to its node where it overlaps no placed label and no node.

    Tries above, below, right and left of the node, then the same twice as far,
    and keeps the first free place (else the least crowded one). Labels are
    placed in the order given, so the caller puts the most important first.
    """
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    to_pixels = figure.dpi / 72
    centres = ax.transData.transform(anchors)
    node_boxes = [
        (x - r * to_pixels, y - r * to_pixels, x + r * to_pixels, y + r * to_pixels)
        for (x, y), r in zip(centres, radii, strict=True)
    ]
    placed: list[tuple[float, float, float, float]] = []
    labels = []

    def crowding(box: tuple[float, float, float, float], own: int) -> float:
        area = 0.0
        for index, other in enumerate([*placed, *node_boxes]):
            if index - len(placed) == own:
                continue  # a label may touch its own node
            width = min(box[2], other[2]) - max(box[0], other[0])
            height = min(box[3], other[3]) - max(box[1], other[1])
            if width > 0 and height > 0:
                area += width * height
        return area

    for index, (anchor, radius, text) in enumerate(zip(anchors, radii, texts, strict=True)):
        gap = radius + 3
        # near places first, then twice as far (joined to the node by a thin line)
        options = [
            ((dx * gap * k, dy * gap * k), ha, va, k > 1)
            for k in (1, 2.2)
            for dx, dy, ha, va in (
                (0, 1, "center", "bottom"), (0, -1, "center", "top"),
                (1, 0, "left", "center"), (-1, 0, "right", "center"),
            )
        ]  # fmt: skip
        best = None
        for offset, ha, va, far in options:
            label = ax.annotate(
                text, anchor, xytext=offset, textcoords="offset points", ha=ha, va=va,
                fontsize=9, zorder=5,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
                arrowprops={"arrowstyle": "-", "color": "0.45", "lw": 0.6} if far else None,
            )  # fmt: skip
            extent = label.get_window_extent(renderer)
            box = (extent.x0, extent.y0, extent.x1, extent.y1)
            score = crowding(box, index)
            if best is None or score < best[0]:
                if best is not None:
                    best[1].remove()
                best = (score, label, box)
            else:
                label.remove()
            if score == 0:
                break
        placed.append(best[2])
        labels.append(best[1])
    return labels


def plot_cooccurrence_network(
    nodes: pd.DataFrame,
    edges: pd.DataFrame,
    fields: tuple[str, ...],
    seed: int = 42,
    title: str = "Cooperation terms named in the same sentence",
    spread: float = 3.0,
) -> plt.Figure:
    """The network of co-occurring terms: node size = frequency, colour = topic, width = NPMI.

    Input: ``helpers.cooccurrence.network_tables`` output (``nodes``: term,
    topic, frequency; ``edges``: term_a, term_b, npmi), the fields for the legend
    and the layout's random seed (spring layout, reproducible). ``spread`` sets
    the spring layout's ideal edge length (``spread / sqrt(n_terms)``): at 2 a
    dense cluster of 30 terms drew nodes on top of one another and left labels no
    free place. Each label is placed beside its node where it overlaps no other
    label or node; the figure grows with the number of terms.
    """
    set_style()
    colours = topic_colours()
    graph = nx.Graph()
    # edges in rank order, as network_tables gives them: the layout depends on node order
    for row in edges.itertuples():
        graph.add_edge(row.term_a, row.term_b, weight=row.npmi)
    n_terms = max(len(graph), 1)
    position = nx.spring_layout(graph, weight="weight", seed=seed, k=spread / np.sqrt(n_terms))
    side = 8 if n_terms <= 20 else 11
    figure, ax = plt.subplots(figsize=(side * 1.25, side))
    nx.draw_networkx_edges(
        graph,
        position,
        ax=ax,
        alpha=0.35,
        edge_color="#777777",
        width=[3 * graph[u][v]["weight"] for u, v in graph.edges],
    )
    ordered = nodes.sort_values("term")
    sizes = _node_size(ordered.frequency)
    nx.draw_networkx_nodes(
        graph,
        position,
        nodelist=list(ordered.term),
        ax=ax,
        node_size=sizes,
        node_color=[colours[topic] for topic in ordered.topic],
        edgecolors="black",
        linewidths=0.5,
    )
    # only the fields the network draws: a legend entry without a node reads as a finding
    drawn = set(ordered.topic)
    handles = [
        plt.Line2D([], [], marker="o", linestyle="", color=colours[t], label=t)
        for t in fields
        if t in drawn
    ]
    ax.legend(handles=handles, title="lexicon topic", loc="upper left",
              bbox_to_anchor=(1.0, 1.0), frameon=False)  # fmt: skip
    ax.set_title(title)
    ax.axis("off")
    ax.margins(0.12)
    biggest_first = np.argsort(-sizes, kind="stable")
    _place_labels(
        ax,
        [tuple(position[ordered.term.iloc[i]]) for i in biggest_first],
        np.sqrt(sizes[biggest_first]) / 2,
        [readable_term(ordered.term.iloc[i]) for i in biggest_first],
    )
    return figure


#: The colour scale of the NPMI clustermap reaches at least this far from 0.
MIN_NPMI_SCALE = 0.1


def plot_npmi_clustermap(matrix: pd.DataFrame, topic_of: dict[str, str]) -> plt.Figure:
    """A clustered heatmap of term × term NPMI, a side bar giving each term's topic.

    Input: ``helpers.cooccurrence.npmi_matrix`` output and ``{term: topic}``.
    The figure grows with the number of terms (rows of 9-point labels). The diagonal (a
    term with itself, 1 by definition) is left blank and the colour scale runs to the
    strongest pair, so that the pairs are not pale beside it. Output: the clustermap's
    Figure.
    """
    set_style()
    colours = topic_colours()
    labels = [readable_term(t) for t in matrix.index]
    side = max(8.0, height_for_rows(len(labels), 0.3, 2.0))
    # a term with itself is 1 by definition: left blank, so that the scale is the pairs'
    diagonal = np.eye(len(matrix), dtype=bool)
    values = matrix.to_numpy(dtype=float)
    strongest = max(float(np.nanmax(np.abs(values[~diagonal]), initial=0.0)), MIN_NPMI_SCALE)
    grid = sns.clustermap(
        matrix.set_axis(labels, axis=0).set_axis(labels, axis=1),
        mask=diagonal,
        cmap="vlag",
        center=0,
        vmin=-strongest,
        vmax=strongest,
        figsize=(side, side),
        row_colors=[colours[topic_of[t]] for t in matrix.index],
        dendrogram_ratio=0.12,
        # two ticks: three crowd the small bar in the corner ("-0.580.000.58")
        cbar_kws={"orientation": "horizontal", "ticks": [-strongest, strongest],
                  "format": "%.2f"},
    )  # fmt: skip
    colourbar_in_corner(grid, "NPMI (sentence)")
    # the side bar's colours are the terms' lexicon topics: say which is which
    shown = [t for t in colours if t in {topic_of[term] for term in matrix.index}]
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[t], label=t) for t in shown]
    grid.ax_row_dendrogram.legend(handles=handles, title="lexicon topic", loc="upper left",
                                  bbox_to_anchor=(0, -0.01), frameon=False, fontsize=8,
                                  title_fontsize=8)  # fmt: skip
    grid.figure.suptitle("Leading cooperation terms, clustered by co-occurrence", y=1.02)
    grid.ax_heatmap.set_xlabel("term")
    grid.ax_heatmap.set_ylabel("term")
    return grid.figure


def plot_topic_cooccurrence(together: pd.DataFrame) -> plt.Figure:
    """Heatmap of the sentences tagged with both topics (diagonal: with the topic).

    Input: ``helpers.cooccurrence.topic_cooccurrence`` output (integer counts).
    """
    set_style()
    figure, ax = plt.subplots(figsize=(6, 5))
    sns.heatmap(
        together, annot=True, fmt="d", cmap="Greens", ax=ax, cbar_kws={"label": "sentences"}
    )
    ax.set_title("Topics named in the same sentence")
    ax.set_xlabel("topic")
    ax.set_ylabel("topic")
    return figure


def plot_field_mentions_per_article(
    per_field: pd.DataFrame, labels: pd.Series, fields: tuple[str, ...]
) -> plt.Figure:
    """Grouped horizontal bars: each field's mentions per 1,000 tokens, one row per article.

    Input: ``helpers.cooccurrence.field_mentions`` output for the articles to
    show and their labels (``helpers.labels.article_labels``). Articles sit on
    the y axis, labelled "#01 · title… (vi)", one row each, so labels never meet.
    """
    set_style()
    colours = topic_colours()
    table = per_field.assign(
        article=per_field.doc_id.map(labels) + " (" + per_field.language.astype(str) + ")"
    )
    n_articles = table.article.nunique()
    figure, ax = plt.subplots(
        figsize=(8, height_for_rows(n_articles, inches_per_row=0.55, extra=1.2))
    )
    sns.barplot(
        data=table,
        y="article",
        x="per_1000_tokens",
        hue="topic",
        hue_order=list(fields),
        palette={t: colours[t] for t in fields},
        ax=ax,
    )
    ax.set_xlabel("mentions per 1,000 tokens")
    ax.set_ylabel("article")
    ax.set_title("Cooperation-field vocabulary per article")
    sns.move_legend(ax, "upper left", bbox_to_anchor=(1.01, 1), title="topic", frameon=False)
    return figure


#: Below this many articles a language's box is drawn as its articles' points instead.
FEW_FOR_A_BOX = 5


def plot_field_mentions_distribution(
    per_field: pd.DataFrame, fields: tuple[str, ...]
) -> plt.Figure:
    """Box plots: how many mentions per 1,000 tokens each field gets, across all articles.

    Input: ``helpers.cooccurrence.field_mentions`` output for every article.
    The view for corpora too large for one row per article: one box per field
    and language, the number of articles in each box in the legend; a language
    with fewer than ``FEW_FOR_A_BOX`` articles shows each article as a point.
    """
    set_style()
    colours = topic_colours()
    languages = sorted(per_field.language.dropna().astype(str).unique())
    figure, ax = plt.subplots(figsize=(8, height_for_rows(len(fields), 0.9, 1.6)))
    with warnings.catch_warnings():
        # seaborn 0.13 passes boxplot's ``vert``, deprecated in matplotlib 3.11: not ours to fix
        warnings.simplefilter("ignore", MatplotlibDeprecationWarning)
        sns.boxplot(
            data=per_field,
            y="topic",
            x="per_1000_tokens",
            hue="language" if len(languages) > 1 else None,
            hue_order=languages if len(languages) > 1 else None,
            order=list(fields),
            color=None if len(languages) > 1 else colours[fields[0]],
            fliersize=2,
            ax=ax,
        )
        # a language with a handful of articles gets no box worth the name: its articles are
        # drawn one by one, in its colour, where its box would be
        per_language = per_field.groupby(per_field.language.astype(str)).doc_id.nunique()
        few = per_language[per_language < FEW_FOR_A_BOX].index
        if len(languages) > 1 and len(few):
            sns.stripplot(
                data=per_field[per_field.language.astype(str).isin(few)],
                y="topic", x="per_1000_tokens", hue="language", hue_order=languages,
                order=list(fields), dodge=True, jitter=False, size=6, linewidth=0.8,
                edgecolor="black", legend=False, ax=ax,
            )  # fmt: skip
    n_articles = per_field.doc_id.nunique()
    ax.set_xlabel("mentions per 1,000 tokens (one point per article)")
    ax.set_ylabel("field")
    ax.set_title(wrap_title(f"Cooperation-field vocabulary across {n_articles:,} articles", 60))
    if len(languages) > 1:
        # a box of one article is a bare line: the count says why
        per_language = per_field.groupby(per_field.language.astype(str)).doc_id.nunique()
        handles, names = ax.get_legend_handles_labels()
        ax.legend(handles, [f"{name} ({per_language.get(name, 0):,} art.)" for name in names],
                  title="language", loc="upper left", bbox_to_anchor=(1.01, 1),
                  frameon=False)  # fmt: skip
    return figure


def plot_top_pairs(ranked: pd.DataFrame, top_n: int = 15) -> plt.Figure:
    """Horizontal bars: the ``top_n`` pairs of cooperation terms with the highest NPMI.

    Input: ``helpers.cooccurrence.rank_pairs`` output. Each bar is labelled
    with the number of sentences holding both terms.
    """
    top = ranked.head(top_n)
    labels = [f"{readable_term(a)} – {readable_term(b)}" for a, b in zip(top.term_a, top.term_b,
                                                                          strict=True)]  # fmt: skip
    return plot_npmi_bars(
        labels, top, f"The {len(top)} most tightly bound pairs of cooperation terms",
        "NPMI (sentence; 1 = always together)", "pair of terms",
    )  # fmt: skip


#: Most terms drawn in one trend chart (one colour each); more would not be told apart.
MAX_TREND_TERMS = 8
#: Most period labels written on a time axis; beyond it every k-th period is labelled.
MAX_PERIOD_LABELS = 16


def plot_term_trends(
    trends: pd.DataFrame, unit: str, n_undated: int = 0, max_terms: int = MAX_TREND_TERMS
) -> plt.Figure:
    """Each term's hits per 1,000 terms per period, its 95% interval, and the articles behind.

    Input: ``helpers.concordance.term_trends`` output, the period unit and the
    number of undated articles (named in the axis label: they cannot be placed).
    Top panel: one series per term (the first ``max_terms`` terms), the Wilson
    interval as error bars, nothing drawn where a period has no article (the line
    stops there too). Bottom panel: the
    number of articles in each period, the same for every term. At most
    ``MAX_PERIOD_LABELS`` period labels are written, so they never overlap.
    """
    set_style()
    terms = list(dict.fromkeys(trends.term))[:max_terms]
    periods = list(dict.fromkeys(trends.period))
    positions = np.arange(len(periods))
    figure, (ax, counts_ax) = plt.subplots(
        2, 1, figsize=(max(7.0, min(0.35 * len(periods) + 3, 16)), 5.2), sharex=True,
        gridspec_kw={"height_ratios": [3, 1]},
    )  # fmt: skip
    colours = sns.color_palette(PALETTE, max(len(terms), 1))
    # terms side by side within a period, so their intervals do not hide one another
    offsets = (np.arange(len(terms)) - (len(terms) - 1) / 2) * min(0.5 / max(len(terms), 1), 0.15)
    for term, colour, offset in zip(terms, colours, offsets, strict=False):
        own = trends[trends.term == term].set_index("period").reindex(periods)
        rate = own.per_1000_terms.to_numpy(dtype=float)
        placed = ~np.isnan(rate)
        # a faint line joins neighbouring periods only (NaN breaks it): drawn across empty
        # periods it read as a trend through years that hold no article
        x = positions + offset
        ax.plot(x, rate, color=colour, alpha=0.5, linewidth=1)
        below = np.clip(rate - own.ci_low.to_numpy(dtype=float), 0, None)
        above = np.clip(own.ci_high.to_numpy(dtype=float) - rate, 0, None)
        ax.errorbar(x[placed], rate[placed], yerr=[below[placed], above[placed]],
                    fmt="o", markersize=4, capsize=3, color=colour,
                    label=readable_term(term))  # fmt: skip
    articles = trends.drop_duplicates("period").set_index("period").reindex(periods).n_articles
    counts_ax.bar(positions, articles.fillna(0).to_numpy(), color="0.6")
    if len(periods) <= MAX_PERIOD_LABELS:
        for x, n in zip(positions, articles.fillna(0).astype(int), strict=True):
            if n == 0:
                continue
            counts_ax.annotate(str(n), (x, n), ha="center", va="bottom", fontsize=7, color="0.3")
    counts_ax.set_ylim(0, max(float(articles.max()) * 1.35, 1.0) if len(articles) else 1.0)
    step = max(1, int(np.ceil(len(periods) / MAX_PERIOD_LABELS)))
    counts_ax.set_xticks(positions[::step], periods[::step], rotation=45 if len(periods) > 8 else 0,
                         ha="right" if len(periods) > 8 else "center")  # fmt: skip
    counts_ax.set_ylabel("articles")
    undated = f" ({n_undated} undated articles not placed)" if n_undated else ""
    counts_ax.set_xlabel(f"publication {unit}{undated}")
    ax.set_ylabel("hits per 1,000 terms\n(bars: 95% interval)")
    ax.set_ylim(bottom=0)
    shown = ", ".join(f"«{readable_term(t)}»" for t in terms)
    more = f" (first {len(terms)} of {trends.term.nunique()} terms)" if trends.term.nunique() > len(
        terms) else ""  # fmt: skip
    ax.set_title(wrap_title(f"{shown} per {unit}{more}", 70))
    ax.legend(title="term", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    figure.tight_layout()
    return figure
