"""Long tables you can sort and search, in JupyterLab and in the HTML reports.

``show_table(df)`` displays a DataFrame as an interactive table (itables /
DataTables: sort by any column, search box, pages) instead of ``display(df)``.
It works offline: the first call in a kernel embeds the DataTables JavaScript
and CSS in the notebook output (itables' ``connected=False`` mode, about 1 MB
once per report), so a rendered report opened from ``file://`` with no network
still sorts and searches. No ``<script src="http…">`` is ever written.

Safety: article text is data, never markup. itables escapes every cell
(``allow_html=False``), and the fallback, used when itables is not installed, is
pandas' escaped HTML table; either way ``<script>`` in an article shows as text.

Size: at most ``max_rows`` rows are sent (a note says how many were left out),
and itables' ``maxBytes`` guards against very wide tables.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from itertools import count
from typing import Any

import pandas as pd

#: Rows shown by default: enough to browse, small enough to keep a report light.
DEFAULT_MAX_ROWS = 500
#: itables downsamples a table whose data exceeds this (its default is 64KB, which
#: would cut a 200-line concordance with its sentences).
DEFAULT_MAX_BYTES = "1MB"

_table_numbers = count(1)
_offline_mode_ready = False


def itables_available() -> bool:
    """True when the itables package can be imported."""
    try:
        import itables  # noqa: F401
    except ImportError:
        return False
    return True


def _capped(table: pd.DataFrame, max_rows: int | None) -> tuple[pd.DataFrame, str]:
    """The first ``max_rows`` rows and a note saying how many were left out ("" if none)."""
    if max_rows is None or len(table) <= max_rows:
        return table, ""
    note = f"Showing the first {max_rows:,} of {len(table):,} rows."
    return table.head(max_rows), note


def _table_id(table: pd.DataFrame) -> str:
    """An HTML id that is the same on every run (itables' default is a random uuid,
    which would make two renderings of the same notebook differ)."""
    digest = hashlib.sha1(
        pd.util.hash_pandas_object(table.astype(str), index=False).to_numpy().tobytes()
        + "\x1f".join(map(str, table.columns)).encode("utf-8")
    ).hexdigest()[:10]
    return f"table_{next(_table_numbers)}_{digest}"


def static_table_html(table: pd.DataFrame, caption: str | None = None) -> str:
    """An escaped plain HTML table (no JavaScript): every cell and header is text."""
    body = table.to_html(index=False, escape=True, border=0, na_rep="")
    if caption:
        body = f"<p><em>{html.escape(caption)}</em></p>" + body
    return body


def interactive_table_html(
    table: pd.DataFrame,
    caption: str | None = None,
    max_bytes: str | int = DEFAULT_MAX_BYTES,
    align_right: Sequence[str] = (),
) -> str:
    """The itables HTML of ``table`` for the offline mode (needs ``init_tables``'s
    output earlier on the page). Cells are escaped; the index is not shown;
    ``align_right`` columns are right-aligned (a concordance's left context)."""
    from itables import to_html_datatable

    columns = list(table.columns)
    right = [columns.index(c) for c in align_right if c in table.columns]
    # Notebook and report styles right-align every cell; text reads from the left.
    left = [
        i for i, c in enumerate(columns)
        if i not in right and not pd.api.types.is_numeric_dtype(table[c])
    ]  # fmt: skip
    column_defs = [
        {"className": name, "targets": targets}
        for name, targets in (("dt-right", right), ("dt-left", left))
        if targets
    ]

    return to_html_datatable(
        table.reset_index(drop=True),
        caption=caption,
        table_id=_table_id(table),
        connected=False,
        allow_html=False,
        showIndex=False,
        maxBytes=max_bytes,
        classes="display compact",
        lengthMenu=[10, 25, 50, 100, 500],
        pageLength=10,
        display_logo_when_loading=False,
        columnDefs=column_defs,
        # a wide table (documents.csv has 20 columns) scrolls inside the page at 1280 px
        # instead of running off its right edge
        scrollX=True,
    )


def init_tables() -> None:
    """Embed DataTables' JavaScript and CSS in this cell's output (once per kernel).

    itables' ``init_notebook_mode(connected=False, all_interactive=False)``:
    the library travels inside the notebook, so interactive tables work
    offline; ordinary ``display(df)`` keeps pandas' own table. ``show_table``
    calls this itself the first time; call it in the set-up cell to keep the
    1 MB block in one predictable place. Its output must stay in the notebook:
    if you clear it, or rerun cells out of order in JupyterLab, rerun this.
    """
    global _offline_mode_ready
    if not itables_available():
        return
    from itables import init_notebook_mode

    init_notebook_mode(all_interactive=False, connected=False)
    _offline_mode_ready = True


def table_html(
    table: pd.DataFrame,
    *,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    caption: str | None = None,
    interactive: bool | None = None,
    max_bytes: str | int = DEFAULT_MAX_BYTES,
    align_right: Sequence[str] = (),
) -> str:
    """The HTML ``show_table`` displays, without the offline set-up block.

    ``interactive=None`` means "if itables is installed"; ``False`` forces the
    static table. The row note (rows left out) comes first, as escaped text.
    """
    shown, note = _capped(table, max_rows)
    use_itables = itables_available() if interactive is None else interactive
    body = (
        interactive_table_html(shown, caption, max_bytes, align_right)
        if use_itables
        else static_table_html(shown, caption)
    )
    return (f"<p>{html.escape(note)}</p>" if note else "") + body


def show_table(table: pd.DataFrame, *, interactive: bool | None = None, **options: Any) -> None:
    """Display a long table, sortable and searchable, in a notebook.

    Input: a DataFrame (the index is not shown: ``reset_index()`` first to keep
    it) and ``table_html``'s keyword options: ``max_rows`` rows shown at most
    (``None``: all), an optional ``caption``, ``max_bytes``, and columns to
    right-align (``align_right=["left"]`` for a concordance).
    Output: nothing; displays the table. Uses itables offline when it is
    installed (the first call also displays the embedded DataTables library),
    else an escaped static HTML table. Cell text is always escaped.
    """
    from IPython.display import HTML, display

    use_itables = itables_available() if interactive is None else interactive
    if use_itables and not _offline_mode_ready:
        init_tables()
    display(HTML(table_html(table, interactive=use_itables, **options)))
