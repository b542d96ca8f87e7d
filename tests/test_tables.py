"""Searchable tables: escaped text, a row cap, offline JavaScript, a fallback without itables."""

from __future__ import annotations

import builtins
import re

import pandas as pd
import pytest

from helpers import tables
from helpers.tables import show_table, static_table_html, table_html

PAYLOAD = "<script>window.__injected = 1</script>"
IMAGE_PAYLOAD = '<img src=x onerror="window.__injected = 2">'
ARTICLES = pd.DataFrame({
    "doc_id": ["a", "b", "c"],
    "text": [f"Hợp tác năng lượng {PAYLOAD}", f"An ninh {IMAGE_PAYLOAD}", "Giáo dục & đào tạo"],
})  # fmt: skip


def assert_no_live_markup(page: str) -> None:
    assert "window.__injected = 1</script>" not in page
    assert "<img src=x" not in page


@pytest.mark.parametrize("interactive", [True, False])
def test_article_markup_is_shown_as_text(interactive: bool) -> None:
    page = table_html(ARTICLES, interactive=interactive)
    assert_no_live_markup(page)
    assert "&lt;script&gt;window.__injected" in page
    assert "Hợp tác năng lượng" in page


def test_the_interactive_table_loads_nothing_from_the_network() -> None:
    page = table_html(ARTICLES, interactive=True)
    assert not re.search(r"""src=["']?https?:""", page)
    assert "import {" not in page  # the connected mode imports the bundle from a CDN


def test_a_wide_table_scrolls_inside_the_page() -> None:
    # documents.csv's twenty columns ran off the right edge of a 1280-pixel window
    assert '"scrollX": true' in table_html(ARTICLES, interactive=True)


def test_table_ids_are_deterministic_apart_from_the_counter() -> None:
    first = re.search(r'id="table_\d+_(\w+)"', table_html(ARTICLES, interactive=True))
    second = re.search(r'id="table_\d+_(\w+)"', table_html(ARTICLES, interactive=True))
    assert first and second and first.group(1) == second.group(1)


def test_rows_are_capped_with_a_note() -> None:
    long_table = pd.DataFrame({"n": range(1234)})
    page = table_html(long_table, max_rows=100, interactive=False)
    assert "Showing the first 100 of 1,234 rows." in page
    assert page.count("<td>") == 100 and "<td>99</td>" in page and "<td>100</td>" not in page
    assert "Showing" not in table_html(long_table, max_rows=None, interactive=False)


def test_static_fallback_when_itables_is_missing(monkeypatch, capsys) -> None:
    real_import = builtins.__import__

    def no_itables(name, *args, **kwargs):
        if name == "itables" or name.startswith("itables."):
            raise ImportError("no itables here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_itables)
    assert not tables.itables_available()
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj.data))
    show_table(ARTICLES, caption="<b>articles</b>")
    assert len(shown) == 1
    page = shown[0]
    assert page == static_table_html(ARTICLES, "<b>articles</b>")
    assert_no_live_markup(page)
    assert "&lt;b&gt;articles&lt;/b&gt;" in page and "<script" not in page
