"""The plotting style renders Vietnamese diacritics with real glyphs, and saves both formats."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from helpers.plots import missing_glyphs, save_figure, set_style  # noqa: E402

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
