"""HTML reports: images carry the charts' titles as alt text."""

from __future__ import annotations

import base64
from html.parser import HTMLParser

import nbformat
import pytest

from helpers.rendering import render_html

PIXEL = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
).decode()


def image_alts(html: str) -> list[str | None]:
    """The alt attribute of every <img> in ``html`` (None where there is none)."""
    found: list[str | None] = []

    class Images(HTMLParser):
        def handle_starttag(self, tag, attrs) -> None:
            if tag == "img":
                found.append(dict(attrs).get("alt"))

    Images().feed(html)
    return found


def notebook_with_image(alt: str | None) -> nbformat.NotebookNode:
    metadata = {"image/png": {"alt": alt, "width": 40}} if alt else {}
    output = nbformat.v4.new_output(
        "display_data", data={"image/png": PIXEL, "text/plain": "<Figure>"}, metadata=metadata
    )
    cell = nbformat.v4.new_code_cell("chart()", outputs=[output])
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Report"), cell])


def test_a_chart_s_alt_text_reaches_both_html_reports(tmp_path) -> None:
    executed = tmp_path / "nb.ipynb"
    nbformat.write(notebook_with_image('Hợp tác "năng lượng" & an ninh'), executed)
    for hide_code in (False, True):
        html = render_html(executed, tmp_path / f"{hide_code}.html", hide_code).read_text()
        assert image_alts(html) == ['Hợp tác "năng lượng" & an ninh']
        assert ("hl-ipython3" in html) is not hide_code  # the highlighted code cell, or not


def test_an_image_without_alt_text_still_gets_nbconvert_s_placeholder(tmp_path) -> None:
    executed = tmp_path / "nb.ipynb"
    nbformat.write(notebook_with_image(None), executed)
    html = render_html(executed, tmp_path / "r.html", hide_code=True).read_text()
    assert image_alts(html) == ["No description has been provided for this image"]


def tiny_notebook(tmp_path, *sources: str):
    notebook = tmp_path / "07-tiny.ipynb"
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), notebook)
    return notebook


@pytest.mark.slow  # starts kernels
def test_a_failed_cell_and_a_dead_kernel_come_back_as_messages_naming_the_notebook(
    tmp_path,
) -> None:
    from helpers.rendering import execute_notebook, render_reports

    def run(notebook):  # as the runner does: execute, then render what ran
        executed = tmp_path / "out.ipynb"
        return execute_notebook(notebook, executed, {}, tmp_path) or render_reports(
            executed, tmp_path / "f.html", tmp_path / "r.html"
        )

    failed_cell = run(tiny_notebook(tmp_path, "x = 1", "raise ValueError('bad input')"))
    assert failed_cell.startswith("FAILED: 07-tiny.ipynb, cell 2")
    assert "ValueError: bad input" in failed_cell
    died = run(tiny_notebook(tmp_path, "import os\nos._exit(3)"))
    assert died.startswith("FAILED: 07-tiny.ipynb: ") and "Kernel" in died
    assert run(tiny_notebook(tmp_path, "print('fine')")) is None
    assert (tmp_path / "f.html").is_file() and (tmp_path / "r.html").is_file()


@pytest.mark.slow  # starts a kernel
def test_the_kernel_log_stays_out_of_the_console_while_the_notebooks_warnings_stay_in_it(
    tmp_path, capfd
) -> None:
    from helpers.rendering import execute_notebook

    notebook = tiny_notebook(tmp_path, "import warnings\nwarnings.warn('check the dates')")
    executed = tmp_path / "out.ipynb"
    assert execute_notebook(notebook, executed, {}, tmp_path) is None
    console = capfd.readouterr()
    assert "Kernel is running" not in console.err + console.out
    outputs = nbformat.read(executed, as_version=4).cells[0].outputs
    assert any("check the dates" in output.get("text", "") for output in outputs)
