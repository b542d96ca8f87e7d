"""Each notebook reads as a report: small code cells, prose beside them, no code of its own."""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def cell_texts(notebook: Path, kind: str) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(cell["source"]) for cell in cells if cell["cell_type"] == kind]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_code_cells_are_short_and_outweighed_by_prose(notebook: Path) -> None:
    code = [len(text) for text in cell_texts(notebook, "code")]
    prose = sum(len(text) for text in cell_texts(notebook, "markdown"))
    assert max(code) <= 1500, f"a code cell of {max(code)} characters"
    assert statistics.median(code) < 600
    assert prose >= sum(code) / 2, f"prose {prose} against code {sum(code)} characters"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_no_function_is_defined_in_a_notebook(notebook: Path) -> None:
    for text in cell_texts(notebook, "code"):
        assert not re.search(r"^\s*(def|class)\s", text, flags=re.MULTILINE), text[:200]
        assert "lambda" not in text, text[:200]
