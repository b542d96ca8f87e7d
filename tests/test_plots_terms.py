"""Charts of notebook 02: each draws what its table says, for 5 articles or for many."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.plots_terms import (  # noqa: E402
    plot_dispersion,
    plot_group_keyness,
    plot_keyness,
    plot_paired_bars,
    plot_term_rates,
    plot_top_terms,
)

TOPIC_OF = {"năng_lượng": "energy", "an_ninh": "security", "cứu_hộ": "emergency"}


def overlapping_labels(figure: plt.Figure) -> list[tuple[str, str]]:
    """Pairs of tick labels of one axis, or of panel titles, whose drawn boxes overlap."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    found = []
    groups = [ax.get_yticklabels() for ax in figure.axes]
    groups.append([ax.title for ax in figure.axes if ax.get_visible()])
    for texts in groups:
        drawn = [t for t in texts if t.get_text() and t.get_visible()]
        for a, b in itertools.combinations(drawn, 2):
            if a.get_window_extent(renderer).overlaps(b.get_window_extent(renderer)):
                found.append((a.get_text(), b.get_text()))
    return found


def bar_widths(ax: plt.Axes) -> list[float]:
    return [patch.get_width() for patch in ax.patches]


def test_top_terms_draws_one_panel_per_article_with_its_rates() -> None:
    top = pd.DataFrame({
        "doc_id": ["a", "a", "b"], "term": ["năng_lượng", "hợp_tác", "an_ninh"],
        "rel_per_1000": [30.0, 20.0, 15.0],
    })  # fmt: skip
    titles = {"a": "1 · Việt Nam mong muốn tăng cường (vi)", "b": "2 · Hợp tác quốc phòng (vi)"}
    figure = plot_top_terms(top, titles, TOPIC_OF, 10, 2, True)
    panels = [ax for ax in figure.axes if ax.get_visible()]
    assert len(panels) == 2
    assert sorted(bar_widths(panels[0])) == [20.0, 30.0]
    assert [t.get_text() for t in panels[0].get_yticklabels()] == ["hợp tác", "năng lượng"]
    assert "boilerplate left out" in figure._suptitle.get_text()
    assert overlapping_labels(figure) == []
    plt.close(figure)


def test_keyness_bars_are_log_ratios_hatched_when_unreliable() -> None:
    key = pd.DataFrame({
        "doc_id": "a", "term": ["năng_lượng", "an_ninh", "cứu_hộ", "nga"],
        "g2": [9.0, 5.0, 4.0, 2.0], "log_ratio": [2.0, 1.0, 0.5, -1.5],
        "direction": ["over", "over", "over", "under"],
        "reliable": [True, False, False, True], "significant": [True, True, False, False],
    })  # fmt: skip
    figure = plot_keyness(key, pd.Series({"a": "1 · An article"}), TOPIC_OF, n_over=2, n_under=1)
    ax = figure.axes[0]
    # two over-used (largest G²) and one under-used, sorted by log ratio
    assert bar_widths(ax) == [-1.5, 1.0, 2.0]
    hatched = [bool(patch.get_hatch()) for patch in ax.patches]
    assert hatched == [False, True, False]
    plt.close(figure)


def test_term_rates_heatmap_writes_each_rate() -> None:
    rates = pd.DataFrame({
        "term": ["năng_lượng", "năng_lượng", "an_ninh", "an_ninh"], "doc_id": ["a", "b"] * 2,
        "rel_per_1000": [12.4, 0.0, 3.0, 7.6],
    })  # fmt: skip
    figure = plot_term_rates(rates, {"a": "1 · A", "b": "2 · B"}, "Vietnamese")
    annotations = [t.get_text() for t in figure.axes[0].texts]
    assert annotations == ["12", "0", "3", "8"]
    assert "Vietnamese" in figure.axes[0].get_title()
    plt.close(figure)


def test_paired_bars_keep_forty_concepts_readable() -> None:
    side = pd.DataFrame({
        "concept": [f"khái_niệm_{i}" for i in range(40)],
        "rate_a": np.arange(40.0), "rate_b": np.arange(40.0)[::-1],
    })  # fmt: skip
    figure = plot_paired_bars(side, "1 · Bản tiếng Việt", "2 · English version", "Two versions")
    assert overlapping_labels(figure) == []
    assert len(figure.axes[0].patches) == 80
    plt.close(figure)


def test_dispersion_one_row_per_article_then_one_panel_per_field() -> None:
    rng = np.random.default_rng(0)
    few = pd.DataFrame({
        "doc_id": np.repeat([f"d{i:02d}" for i in range(12)], 5),
        "term": "năng_lượng", "topic": np.tile(["energy", "security", "energy", "emergency",
                                                 "energy"], 12),
        "position": rng.random(60),
    })  # fmt: skip
    labels = {d: f"{d} · Một tiêu đề bài báo khá dài về hợp tác" for d in few.doc_id.unique()}
    figure = plot_dispersion(few, labels, max_articles=12)
    assert len(figure.axes) == 1
    assert len(figure.axes[0].get_yticklabels()) == 12
    assert overlapping_labels(figure) == []
    plt.close(figure)
    many = few.assign(doc_id=[f"x{i}" for i in range(60)])
    figure = plot_dispersion(many, {}, max_articles=12)
    panels = [ax for ax in figure.axes if ax.get_visible()]
    assert sorted(ax.get_title().split(" (")[0] for ax in panels) == [
        "emergency", "energy", "security",
    ]  # fmt: skip
    # each panel's bars are shares of that field's occurrences: they sum to 1
    for ax in panels:
        assert sum(p.get_height() for p in ax.patches) == pytest.approx(1.0)
    plt.close(figure)


def test_group_keyness_draws_at_most_the_largest_panels_and_says_how_many_are_left_out() -> None:
    rows = []
    for g in range(15):
        size = 1000 + 100 * g  # group g has c = size terms
        for t in range(4):
            count = 10 + t
            rows.append(("outlet", f"Báo số {g}", "vi", f"từ_{t}", count, 5, count / size * 1000,
                         1.0, 1.0 + t, 5.0 + t, 0.01, t % 2))  # fmt: skip
    table = pd.DataFrame(rows, columns=[
        "group_by", "group", "language", "term", "count_group", "count_rest", "rel_group",
        "rel_rest", "log_ratio", "g2", "p_value", "reliable",
    ])  # fmt: skip
    figure, left_out = plot_group_keyness(table, top_n=3, max_panels=12)
    panels = [ax for ax in figure.axes if ax.get_visible()]
    assert (len(panels), left_out) == (12, 3)
    titles = " ".join(ax.get_title() for ax in panels)
    assert "Báo số 14" in titles and "Báo số 2 " not in titles + " "  # smallest left out
    assert any("3 smaller groups left out" in t.get_text() for t in figure.texts)
    assert all(len(ax.patches) == 3 for ax in panels)  # top 3 of 4 terms by G²
    assert overlapping_labels(figure) == []
    plt.close(figure)


def test_group_keyness_panel_draws_its_terms_longest_bar_on_top() -> None:
    # G² and log ratio disagree: the terms are chosen by G², drawn by log ratio
    log_ratios, g2 = [0.5, 3.0, 1.5, 2.0], [40.0, 12.0, 30.0, 20.0]
    table = pd.DataFrame({
        "group_by": "year", "group": "2017", "language": "vi",
        "term": ["từ_a", "từ_b", "từ_c", "từ_d"], "count_group": 20, "count_rest": 5,
        "rel_group": 20.0, "rel_rest": 1.0, "log_ratio": log_ratios, "g2": g2,
        "p_value": 0.001, "reliable": True,
    })  # fmt: skip
    second = table.assign(group="2025")  # the smaller of the two when one panel is drawn
    second["rel_group"] = 40.0
    figure, left_out = plot_group_keyness(pd.concat([table, second]), top_n=3, max_panels=1)
    assert left_out == 1
    assert any("1 smaller group left out" in t.get_text() for t in figure.texts)
    ax = next(ax for ax in figure.axes if ax.get_visible())
    # top 3 by G²: từ_a, từ_c, từ_d; bottom to top by log ratio
    assert [t.get_text() for t in ax.get_yticklabels()] == ["từ a", "từ c", "từ d"]
    assert bar_widths(ax) == [0.5, 1.5, 2.0]
    plt.close(figure)
