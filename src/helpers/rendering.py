"""Rendering executed notebooks to self-contained HTML."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbconvert import HTMLExporter


def render_html(executed: Path, target: Path, hide_code: bool) -> Path:
    """Render an executed notebook to one self-contained HTML file.

    Images are embedded as data URIs, so the file opens anywhere without the
    figures folder. ``hide_code=True`` gives the "reader" version: outputs and
    Markdown only, no code cells and no prompts.
    """
    exporter = HTMLExporter(embed_images=True, exclude_input=hide_code)
    if hide_code:
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    target.write_text(body, encoding="utf-8")
    return target
