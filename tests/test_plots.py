"""The plotting style renders Vietnamese diacritics with real glyphs, and saves both formats."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from helpers.plots import (  # noqa: E402
    height_for_rows,
    missing_glyphs,
    panel_grid,
    save_figure,
    set_style,
    wrap_title,
)

VIETNAMESE = "Hợp tác năng lượng – dầu khí, quốc phòng, cứu hộ cứu nạn: ậ ễ ự ỹ Đ ơ ư ă"


def test_the_font_has_every_vietnamese_glyph() -> None:
    set_style()
    assert missing_glyphs(VIETNAMESE) == []
    assert missing_glyphs("中") == ["中"]  # the check can fail


def test_rendering_vietnamese_raises_no_missing_glyph_warning(tmp_path) -> None:
    set_style()
    fig, ax = plt.subplots()
    ax.set_title(VIETNAMESE)
    ax.set_xlabel("tần suất trên 1.000 từ")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" would fail here
        written = save_figure(fig, "diacritics", tmp_path)
    plt.close(fig)
    assert [p.suffix for p in written] == [".png", ".svg"]
    svg = (tmp_path / "diacritics.svg").read_text(encoding="utf-8")
    assert "cứu hộ cứu nạn" in svg  # text kept as text, diacritics intact


def test_panel_grid_wraps_many_panels_into_rows_and_hides_the_spares() -> None:
    fig, axes = panel_grid(10, max_columns=4, panel_width=3, panel_height=4)
    assert len(axes) == 10
    assert tuple(fig.get_size_inches()) == (12, 12)  # three rows of four
    assert sum(ax.get_visible() for ax in fig.axes) == 10
    plt.close(fig)
    fig, axes = panel_grid(1)
    assert len(axes) == 1
    plt.close(fig)


def test_wrap_title_breaks_at_spaces_and_keeps_long_words_whole() -> None:
    wrapped = wrap_title("01 · Việt Nam mong muốn tăng… (vi)", width=20)
    assert wrapped == "01 · Việt Nam mong\nmuốn tăng… (vi)"
    assert wrap_title("bộ_tình_trạng_khẩn_cấp", width=10) == "bộ_tình_trạng_khẩn_cấp"


def test_height_for_rows_grows_with_the_rows() -> None:
    assert height_for_rows(10, inches_per_row=0.5, extra=1) == 6
    assert height_for_rows(0) == height_for_rows(1)


def test_query_by_group_pools_the_small_groups_of_a_large_crawl() -> None:
    import pandas as pd

    from helpers.plots import plot_query_by_group

    # 3,000 outlets, outlet i with i + 1 articles of 100 terms each and i % 7 hits
    n = 3000
    table = pd.DataFrame(
        {
            "outlet": [f"Báo số {i:04d}" for i in range(n)],
            "hits": [i % 7 for i in range(n)],
            "n_docs": [i + 1 for i in range(n)],
            "n_terms": [100 * (i + 1) for i in range(n)],
        }
    )
    table["per_1000_terms"] = table.hits / table.n_terms * 1000
    figure = plot_query_by_group(table, "hợp tác", "outlet", max_groups=12)
    ax = figure.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 12 and figure.get_size_inches()[1] < 8
    # the 11 outlets with most articles are drawn; the other 2,989 are one bar
    assert "Báo số 2999" in labels and "Báo số 2988" not in labels
    pooled_hits = sum(i % 7 for i in range(n - 11))
    pooled_terms = sum(100 * (i + 1) for i in range(n - 11))
    pooled = labels.index("2,989 other outlets")
    assert ax.patches[pooled].get_width() == pytest.approx(pooled_hits / pooled_terms * 1000)
    notes = [t.get_text() for t in ax.texts]
    assert f" {pooled_hits:,} hits, {sum(range(1, n - 10)):,} art." in notes
    assert _overlapping_ticks(figure, ax) == 0


def _overlapping_ticks(figure: plt.Figure, ax: plt.Axes) -> int:
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_text()]
    return sum(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_a_saved_figure_is_shown_from_its_png_at_the_inline_size_with_its_titles_as_alt(
    tmp_path,
) -> None:
    from helpers.plots import saved_figure_image

    set_style()
    figure, (left, right) = plt.subplots(1, 2, figsize=(6, 3))
    figure.suptitle("Quan hệ hợp tác")
    left.set_title("năng lượng")
    png = save_figure(figure, "two-panels", tmp_path)[0]
    image = saved_figure_image(figure, png)
    assert image.alt == "Quan hệ hợp tác; năng lượng"
    assert image.data == png.read_bytes()
    # saved at 150 dpi, shown at the 110 dpi the inline backend would use
    from PIL import Image as PILImage

    with PILImage.open(png) as saved:
        assert image.width == round(saved.width * 110 / 150)
    plt.close(figure)


def test_every_article_below_the_review_threshold_is_marked_on_the_histogram() -> None:
    import pandas as pd

    from helpers.plots import plot_kept_share

    shares = [0.99] * 400 + [0.64, 0.76]
    figure = plot_kept_share(pd.DataFrame({"kept_share": shares}), threshold=0.8)
    ax = figure.axes[0]
    marks = [line for line in ax.lines if line.get_marker() == "|"]
    assert len(marks) == 1 and sorted(marks[0].get_xdata()) == [0.64, 0.76]
    assert any(text.get_text().startswith("2 articles below 80%") for text in ax.texts)
    figure_none = plot_kept_share(pd.DataFrame({"kept_share": [0.95, 0.99]}), threshold=0.8)
    assert not [line for line in figure_none.axes[0].lines if line.get_marker() == "|"]
    plt.close("all")
