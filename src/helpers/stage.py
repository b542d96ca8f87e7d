"""What every analysis notebook does first and last, in one place.

A notebook opens its stage with ``open_stage`` (style, paths, a check that its
input tables belong to the current corpus build), reads tables with
``stage.read``, writes them with ``stage.write``, saves figures with
``stage.save``, and ends with ``stage.finish``, which records what it wrote in
the manifest and shows the provenance block. ``show_reading`` displays a
computed sentence as Markdown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, Markdown, display

from helpers.io import read_csv_checked, write_csv_atomic
from helpers.manifest import check_inputs, notebook_parameters, record_outputs
from helpers.paths import find_project_root, resolve
from helpers.plots import save_and_show, set_style
from helpers.provenance import provenance_html
from helpers.schema import TABLE_COLUMNS


@dataclass
class Stage:
    """One notebook's run: where it reads and writes, its parameters and its inputs' hashes."""

    notebook: str
    root: Path
    processed: Path
    figures: Path
    parameters: dict[str, object]
    input_hashes: dict[str, str]
    written: list[Path] = field(default_factory=list)

    def read(self, file_name: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """A table of ``data/processed``, checked for its schema columns (or ``columns``)."""
        required = TABLE_COLUMNS.get(file_name, ()) if columns is None else columns
        return read_csv_checked(self.processed / file_name, required)

    def write(self, table: pd.DataFrame, file_name: str, sort_by: Sequence[str]) -> Path:
        """Write ``table`` atomically, sorted by ``sort_by``, schema columns first."""
        path = write_csv_atomic(
            table, self.processed / file_name, sort_by, TABLE_COLUMNS.get(file_name)
        )
        self.written.append(path)
        return path

    def save(self, figure: plt.Figure, name: str) -> None:
        """Save ``figure`` as PNG and SVG under the figures folder, then show the saved PNG
        (``plots.saved_figure_image``: one drawing fewer) and close the figure."""
        save_and_show(figure, name, self.figures)

    def finish(self, documents: pd.DataFrame | None = None) -> None:
        """Record the tables written in the manifest and show the provenance block."""
        if self.written:
            record_outputs(
                self.processed, self.notebook, self.parameters, self.written, self.input_hashes
            )
        display(HTML(provenance_html(self.parameters, documents)))


def open_stage(notebook: str, namespace: Mapping[str, object], inputs: Sequence[str]) -> Stage:
    """Start notebook ``notebook`` (e.g. ``"02-compare-term-frequencies"``).

    Input: the notebook's name, its ``globals()`` (the parameters cell must set
    ``processed_dir`` and ``figures_dir``) and the tables it reads. Sets the
    plotting style, resolves the folders from the project root and checks the
    inputs against the manifest (``StaleInputsError`` names the notebook to
    rerun). Output: the ``Stage``.
    """
    set_style()
    root = find_project_root()
    processed = resolve(str(namespace["processed_dir"]), root)
    return Stage(
        notebook=notebook,
        root=root,
        processed=processed,
        figures=resolve(str(namespace["figures_dir"]), root),
        parameters=notebook_parameters(notebook, namespace),
        input_hashes=check_inputs(processed, notebook, inputs),
    )


def show_reading(text: str) -> None:
    """Display a reading (a sentence computed from the numbers) as Markdown."""
    display(Markdown(text))
