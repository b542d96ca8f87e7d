"""The plotting style renders Vietnamese diacritics with real glyphs, and saves both formats."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

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
