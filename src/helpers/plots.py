"""One plotting style for every notebook, figure saving, and a glyph check for Vietnamese.

``set_style()`` fixes fonts, sizes and a colour-blind-safe palette;
``save_figure()`` writes each figure to ``reports/figures/`` as PNG and SVG.
``panel_grid()``, ``height_for_rows()`` and ``wrap_title()`` size charts for
article labels ("#01 · title…"), which are much longer than a number.
DejaVu Sans (shipped with matplotlib) covers the whole Vietnamese alphabet,
including stacked diacritics such as ậ, ễ, ự, so no system font is needed.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd
import seaborn as sns
from IPython.display import Image, display
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from PIL import Image as PILImage

from helpers.schema import TOPICS
from helpers.wording import count_noun

FONT_FAMILY = "DejaVu Sans"
#: Colour-blind-safe categorical palette (Okabe–Ito order via seaborn's "colorblind").
PALETTE = "colorblind"


def topic_colours() -> dict[str, tuple[float, float, float]]:
    """A fixed colour per topic (and grey for terms outside the lexicon).

    Security (vermillion) and emergency (reddish purple) are kept apart: in the palette's
    orange, emergency could not be told from security in coloured labels (review).
    """
    colours = sns.color_palette(PALETTE, 10)
    mapping = dict(zip(TOPICS, [colours[0], colours[3], colours[2], colours[4],
                                     colours[5]], strict=True))  # fmt: skip
    mapping["actor"] = colours[9]
    mapping["none"] = (0.72, 0.72, 0.72)
    return mapping


def set_style() -> None:
    """Apply the project's plotting style (call once at the top of a notebook)."""
    sns.set_theme(style="whitegrid", palette=PALETTE, font=FONT_FAMILY)
    matplotlib.rcParams.update(
        {
            "font.family": FONT_FAMILY,
            "figure.dpi": 110,
            "savefig.dpi": 150,
            "savefig.bbox": "tight",
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.labelsize": 10,
            "xtick.labelsize": 9,
            "ytick.labelsize": 9,
            "svg.fonttype": "none",  # text stays text in SVG: searchable, diacritics intact
            "svg.hashsalt": "vn-ru-news",  # deterministic SVG ids
        }
    )


def wrap_title(text: str, width: int = 26) -> str:
    """``text`` broken at spaces into lines of at most ``width`` characters.

    For panel titles and tick labels that hold an article label: narrow
    panels side by side would otherwise run their titles into each other.
    A word longer than ``width`` stays whole on its own line.
    """
    return textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)


def height_for_rows(n_rows: int, inches_per_row: float = 0.32, extra: float = 1.5) -> float:
    """Figure height in inches for a chart with one labelled row (bar, heatmap row) per item.

    Input: the number of rows, the height each needs (0.32 in fits one line of
    9-point tick text with spacing) and room for title, axis label and legend.
    Output: ``inches_per_row * n_rows + extra``, so labels never overlap
    however many articles there are.
    """
    return inches_per_row * max(n_rows, 1) + extra


def panel_grid(
    n_panels: int,
    max_columns: int = 4,
    panel_width: float = 3.2,
    panel_height: float = 4.2,
) -> tuple[plt.Figure, list[plt.Axes]]:
    """A figure with ``n_panels`` axes in rows of at most ``max_columns``.

    One panel per article in a single row grows without bound (12 articles:
    a 38-inch-wide figure); wrapping keeps each panel readable. Output: the
    figure and the used axes in reading order; spare axes of the last row are
    hidden.
    """
    n_columns = max(1, min(n_panels, max_columns))
    n_rows = max(1, math.ceil(n_panels / n_columns))
    figure, axes = plt.subplots(
        n_rows, n_columns, figsize=(panel_width * n_columns, panel_height * n_rows), squeeze=False
    )
    flat = list(axes.flat)
    for spare in flat[n_panels:]:
        spare.set_visible(False)
    return figure, flat[:n_panels]


def colourbar_in_corner(grid: sns.matrix.ClusterGrid, label: str) -> None:
    """Move a seaborn clustermap's colour bar into the empty top-left corner, lying flat.

    Input: the ClusterGrid (made with ``cbar_kws={"orientation": "horizontal"}``) and
    the bar's label. A fixed ``cbar_pos`` in figure fractions lands on the row
    dendrogram once the figure grows (its tick labels or the tree's root run through
    the bar); the corner above the row dendrogram and beside the column dendrogram
    stays empty at any size, so the bar goes there with its label above it. The
    corner must be at least half an inch tall (``dendrogram_ratio``).
    """
    row = grid.ax_row_dendrogram.get_position()
    top = grid.ax_col_dendrogram.get_position()
    inch = 1 / grid.figure.get_figheight()  # one inch as a fraction of the figure's height
    corner_width = row.x1 - row.x0
    # 0.25 in under the bar holds its 8-point tick labels, clear of the tree below
    grid.ax_cbar.set_position(
        [row.x0 + 0.15 * corner_width, top.y0 + 0.25 * inch, 0.7 * corner_width, 0.08 * inch]
    )
    grid.ax_cbar.set_title(label, fontsize=8)
    grid.ax_cbar.tick_params(labelsize=8)


def missing_glyphs(text: str, family: str = FONT_FAMILY) -> list[str]:
    """Characters of ``text`` that the font matplotlib picks for ``family`` cannot draw."""
    path = font_manager.findfont(
        font_manager.FontProperties(family=family), fallback_to_default=False
    )
    font = FT2Font(path)
    return sorted({ch for ch in text if not ch.isspace() and font.get_char_index(ord(ch)) == 0})


def save_figure(figure: plt.Figure, name: str, figures_dir: str | Path) -> list[Path]:
    """Save ``figure`` as ``<name>.png`` and ``<name>.svg`` in ``figures_dir``.

    ``name`` should describe the chart (``02-top-terms-per-article``). Output:
    the two paths written. PNG metadata is stripped of the software version
    so reruns give identical files.
    """
    folder = Path(figures_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, metadata in (("png", {"Software": None}), ("svg", {"Date": None})):
        path = folder / f"{name}.{suffix}"
        figure.savefig(path, format=suffix, metadata=metadata)
        written.append(path)
    return written


def figure_alt_text(figure: plt.Figure) -> str:
    """The figure's titles (its suptitle, then each panel's), joined: the image's alt text."""
    titles = [figure.get_suptitle(), *(ax.get_title() for ax in figure.axes)]
    return "; ".join(dict.fromkeys(title for title in titles if title)) or "chart"


def saved_figure_image(figure: plt.Figure, png: Path) -> Image:
    """The saved PNG of ``figure``, to display in the notebook at the size the inline backend
    would give it, with the figure's titles as alt text.

    Showing the saved file spares matplotlib another drawing of the figure: with
    ``bbox_inches="tight"`` every drawing is two, and on a corpus of thousands of
    articles drawing charts is a large part of the report's time.
    """
    with PILImage.open(png) as image:
        width = image.width
    scale = figure.dpi / matplotlib.rcParams["savefig.dpi"]
    return Image(filename=str(png), width=round(width * scale), alt=figure_alt_text(figure))


def save_and_show(figure: plt.Figure, name: str, figures_dir: str | Path) -> list[Path]:
    """``save_figure``, then display the saved PNG (``saved_figure_image``) and close the
    figure, so the notebook does not draw it again. Output: the paths written."""
    written = save_figure(figure, name, figures_dir)
    display(saved_figure_image(figure, written[0]))
    plt.close(figure)
    return written


def plot_kept_share(documents: pd.DataFrame, threshold: float) -> plt.Figure:
    """Histogram of ``documents.kept_share`` (share of each article's letters kept by
    cleaning) with the review threshold marked. Input: documents.csv as a DataFrame."""
    set_style()
    figure, ax = plt.subplots(figsize=(7.5, 3.4))
    shares = documents.kept_share.astype(float)
    # start the axis near the lowest share so the bulk near 100% stays readable
    low = min(threshold, float(shares.min()) if len(shares) else threshold)
    bins = np.linspace(max(0.0, np.floor(low * 10 - 0.5) / 10), 1.0, 41)
    ax.hist(shares, bins=bins, color=sns.color_palette(PALETTE)[0], edgecolor="white")
    ax.axvline(threshold, color="0.25", linestyle="--", linewidth=1)
    ax.annotate(
        f"review below {threshold:.0%}", xy=(threshold, 0.95), xycoords=("data", "axes fraction"),
        ha="right", va="top", fontsize=8, color="0.25", xytext=(-4, 0), textcoords="offset points",
    )  # fmt: skip
    ax.set_xlim(bins[0], 1.0)
    ax.xaxis.set_major_formatter(mticker.PercentFormatter(1.0))
    below = shares[shares < threshold]
    if len(below):
        # one article is a bar too thin to see beside hundreds: mark each one below the line
        ax.plot(below, np.zeros(len(below)), "|", color="#c0392b", markersize=14, mew=1.5,
                clip_on=False, zorder=3)  # fmt: skip
        ax.annotate(
            f"{count_noun(len(below), 'article')} below {threshold:.0%} (red marks; listed below)",
            xy=(threshold, 0.84), xycoords=("data", "axes fraction"), ha="right", va="top",
            fontsize=8, color="#c0392b", xytext=(-4, 0), textcoords="offset points",
        )  # fmt: skip
    # counts of articles: whole numbers, and head room above the bars for the two notes
    ax.yaxis.set_major_locator(mticker.MaxNLocator(integer=True))
    ax.set_ylim(0, ax.get_ylim()[1] * 1.45)
    ax.set_xlabel("letters kept after cleaning (body and title, share of the input file)")
    ax.set_ylabel("articles")
    ax.set_title(f"How much of each article cleaning kept ({len(shares)} articles)")
    figure.tight_layout()
    return figure


def _pool_small_groups(table: pd.DataFrame, group_by: str, max_groups: int) -> pd.DataFrame:
    """The ``max_groups - 1`` groups with most articles, the rest summed into one row."""
    if len(table) <= max_groups:
        return table
    by_size = table.sort_values(["n_docs", group_by], ascending=[False, True], kind="mergesort")
    kept, rest = by_size.iloc[: max_groups - 1], by_size.iloc[max_groups - 1 :]
    pooled = {
        group_by: f"{len(rest):,} other {group_by}s",
        "hits": rest.hits.sum(),
        "n_docs": rest.n_docs.sum(),
        "n_terms": rest.n_terms.sum(),
    }
    pooled["per_1000_terms"] = (
        pooled["hits"] / pooled["n_terms"] * 1000 if pooled["n_terms"] > 0 else np.nan
    )
    return pd.concat([kept, pd.DataFrame([pooled])], ignore_index=True)


def plot_query_by_group(
    table: pd.DataFrame, query: str, group_by: str, max_groups: int = 12
) -> plt.Figure:
    """Horizontal bars: a query's hits per 1,000 terms for each value of ``group_by``.

    Input: ``helpers.concordance.frequency_by_group`` output. Each bar is
    labelled with its raw hits and articles, since a rate on a few hundred
    terms can rest on one hit. With more than ``max_groups`` groups (a crawl of
    hundreds of outlets), the groups with most articles are drawn and the rest
    are pooled into one bar, so the chart keeps a page's height.
    """
    set_style()
    shown = _pool_small_groups(table, group_by, max_groups)
    ordered = shown.sort_values("per_1000_terms", ascending=True, kind="mergesort")
    figure, ax = plt.subplots(figsize=(7.5, height_for_rows(len(ordered), 0.45, 1.4)))
    labels = [wrap_title(str(value), 30) for value in ordered[group_by]]
    rates = ordered.per_1000_terms.fillna(0).to_numpy()
    ax.barh(labels, rates, color=sns.color_palette(PALETTE)[0])
    for y, (rate, hits, docs) in enumerate(zip(rates, ordered.hits, ordered.n_docs, strict=True)):
        ax.annotate(
            f" {hits:,} hits, {docs:,} art.", (rate, y), va="center", fontsize=8, color="0.3"
        )
    ax.set_xlim(0, max(rates.max() * 1.35, 0.1) if len(rates) else 1)
    ax.set_xlabel("hits per 1,000 terms")
    ax.set_ylabel(group_by)
    ax.set_title(wrap_title(f"«{query}» by {group_by}", 60))
    figure.tight_layout()
    return figure


def plot_npmi_bars(
    labels: list[str], table: pd.DataFrame, title: str, xlabel: str, ylabel: str, colour: int = 0
) -> plt.Figure:
    """Horizontal bars of NPMI, first row on top, each labelled with its sentence count.

    Input: one label per row of ``table`` (columns ``npmi`` and ``count``),
    the texts of the chart and the palette index of the bars. The axis runs
    from 0 (or the lowest NPMI) to past 1 so the count labels fit.
    """
    set_style()
    labels, top = labels[::-1], table.iloc[::-1]
    figure, ax = plt.subplots(figsize=(7.5, height_for_rows(len(top), 0.34, 1.4)))
    ax.barh(labels, top.npmi, color=sns.color_palette(PALETTE)[colour])
    for y, (value, shared) in enumerate(zip(top.npmi, top["count"], strict=True)):
        ax.annotate(f" {shared:,} sent.", (max(value, 0), y), va="center", fontsize=8, color="0.3")
    ax.set_xlim(min(0.0, float(top.npmi.min()) if len(top) else 0.0), 1.15)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(wrap_title(title, 60))
    figure.tight_layout()
    return figure


def plot_cooccurring_terms(table: pd.DataFrame, query: str, top_n: int = 15) -> plt.Figure:
    """Horizontal bars: the terms sharing most sentences with a query, by NPMI.

    Input: ``helpers.concordance.cooccurring_terms`` output. Bars are NPMI; the
    label gives the number of shared sentences. Underscores become spaces.
    """
    top = table.head(top_n)
    labels = [term.replace("_", " ") for term in top.term]
    return plot_npmi_bars(
        labels, top, f"Terms named in the same sentence as «{query}»",
        "NPMI with the query (sentence; 1 = always together)", "term", colour=2,
    )  # fmt: skip
