"""Notebook 05 (explore a query) on the seed pipeline: a concordance, figures, an offline table."""

from __future__ import annotations

import re

import nbformat
import pandas as pd

from helpers.concordance import concordance
from helpers.rendering import render_html


def _outputs(notebook) -> list:
    return [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]


def test_the_default_query_has_a_concordance_figures_and_readings(pipeline_run) -> None:
    processed, figures, executed = pipeline_run
    notebook = nbformat.read(executed / "05-explore.ipynb", as_version=4)
    outputs = _outputs(notebook)
    assert not [o for o in outputs if o.output_type == "error"]
    markdown = "\n".join(
        o.data["text/markdown"] for o in outputs if "text/markdown" in o.get("data", {})
    )
    # the reading states the count the helper finds on the same tables
    sentences = pd.read_csv(processed / "sentences.csv", keep_default_na=False)
    lines = concordance(sentences, "hợp tác")
    assert len(lines) >= 1
    assert f"occurs **{len(lines)}** times" in markdown
    html_outputs = "\n".join(
        o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})
    )
    assert "Concordance of «hợp tác»" in html_outputs
    assert {"05-query-over-time.png", "05-query-neighbours.png"} <= {
        p.name for p in figures.iterdir()
    }


def test_the_report_table_needs_no_network(pipeline_run, tmp_path) -> None:
    _, _, executed = pipeline_run
    page = render_html(executed / "05-explore.ipynb", tmp_path / "05.html", hide_code=True)
    text = page.read_text(encoding="utf-8")
    # itables' own scripts are inline; only nbconvert's template links require.js and MathJax
    external = re.findall(r'<script[^>]*src="(https?://[^"]+)"', text)
    assert all("require" in url or "mathjax" in url for url in external), external
    assert "dt_bundle" not in " ".join(external)
    assert "new ITable(" in text
