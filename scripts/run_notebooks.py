"""Execute the numbered notebooks in order and render each to self-contained HTML.

Usage: ``python scripts/run_notebooks.py [--only 01] [-p name value ...]``.
Writes executed copies to ``reports/executed/``, a full HTML report and a
code-free "reader" report per notebook to ``reports/``, and ``reports/index.html``.
Exits non-zero, naming the notebook and cell, when a cell fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import papermill
from papermill.exceptions import PapermillExecutionError

from helpers.rendering import render_html
from helpers.report_index import write_index

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only notebooks whose name starts with this")
    parser.add_argument(
        "-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="papermill parameter (value parsed as YAML), given to each notebook that declares it",
    )  # fmt: skip
    args = parser.parse_args(argv)
    import yaml

    parameters = {name: yaml.safe_load(value) for name, value in args.parameter}
    notebooks = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    if args.only:
        notebooks = [nb for nb in notebooks if nb.name.startswith(args.only)]
    if not notebooks:
        print("No notebooks to run.", file=sys.stderr)
        return 1
    executed_dir = REPORTS / "executed"
    executed_dir.mkdir(parents=True, exist_ok=True)
    rendered = []
    for notebook in notebooks:
        executed = executed_dir / notebook.name
        print(f"Running {notebook.name} ...", flush=True)
        declared = papermill.inspect_notebook(notebook)
        own = {name: value for name, value in parameters.items() if name in declared}
        try:
            papermill.execute_notebook(
                notebook, executed, parameters=own, cwd=NOTEBOOKS,
                kernel_name="python3", progress_bar=False, log_output=False,
            )  # fmt: skip
        except PapermillExecutionError as error:
            print(
                f"FAILED: {notebook.name}, cell {error.exec_count} "
                f"(cell index {error.cell_index}): {error.ename}: {error.evalue}\n"
                f"Executed notebook with the traceback: {executed}",
                file=sys.stderr,
            )
            return 1
        full = REPORTS / f"{notebook.stem}.html"
        reader = REPORTS / f"{notebook.stem}.reader.html"
        render_html(executed, full, hide_code=False)
        render_html(executed, reader, hide_code=True)
        rendered.append((notebook.stem, full, reader))
        print(f"  wrote {full.relative_to(ROOT)} and {reader.relative_to(ROOT)}", flush=True)
    if not args.only:
        processed = ROOT / parameters.get("processed_dir", "data/processed")
        links = [(name, full.name, reader.name) for name, full, reader in rendered]
        print(f"Index: {write_index(processed, REPORTS, links).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
