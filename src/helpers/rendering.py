"""Rendering executed notebooks to self-contained HTML."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

#: Arguments for each notebook's kernel. Its own log stops at errors: ipykernel 7 warns on
#: every start that its localhost sockets are unencrypted, a line per notebook in the
#: researcher's console about nothing they can act on. Warnings raised by the notebook's
#: code are cell output and stay in the report.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=ERROR"]


def render_html(executed: Path, target: Path, hide_code: bool) -> Path:
    """Render an executed notebook to one self-contained HTML file.

    Images are embedded as data URIs, so the file opens anywhere without the
    figures folder, each with its alt text (template ``resources/nbconvert/report``:
    nbconvert's lab template plus the charts' titles as alt text). ``hide_code=True``
    gives the "reader" version: outputs and Markdown only, no code cells and no prompts.
    """
    templates = resources.files("helpers.resources").joinpath("nbconvert")
    exporter = HTMLExporter(
        embed_images=True, exclude_input=hide_code, template_name="report",
        extra_template_basedirs=[str(templates)],
    )  # fmt: skip
    if hide_code:
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    target.write_text(body, encoding="utf-8")
    return target


def import_rendering_libraries() -> None:
    """Import what ``execute_notebook`` needs (papermill; nbconvert is imported with this
    module): a worker process of ``scripts/run_notebooks.py`` runs this when it starts, so the
    imports are done before a notebook waits for them."""
    import papermill  # noqa: F401


def execute_notebook(notebook: Path, executed: Path, parameters: dict, cwd: Path) -> str | None:
    """Execute ``notebook`` with papermill into ``executed``.

    Meant to run in a worker process of ``scripts/run_notebooks.py``: papermill
    changes the process's working directory while a notebook runs, so two
    notebooks at once need two processes. Output: ``None`` on success, else the
    failure as one line (notebook, cell, error), since a papermill error does
    not always survive the trip back to the parent process. Any other failure (a
    kernel that died, a timeout) is returned the same way, so the runner can
    still record the notebooks that did finish.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        papermill.execute_notebook(
            notebook, executed, parameters=parameters, cwd=cwd,
            kernel_name="python3", progress_bar=False, log_output=False,
            extra_arguments=KERNEL_ARGUMENTS,
        )  # fmt: skip
    except PapermillExecutionError as error:
        return (
            f"FAILED: {notebook.name}, cell {error.exec_count} "
            f"(cell index {error.cell_index}): {error.ename}: {error.evalue}\n"
            f"Executed notebook with the traceback: {executed}"
        )
    except Exception as error:  # a dead kernel (out of memory), a timeout: no cell to name
        return f"FAILED: {notebook.name}: {type(error).__name__}: {error}"
    return None


def render_reports(executed: Path, full: Path, reader: Path) -> str | None:
    """Render an executed notebook to its ``full`` and its code-free ``reader`` HTML.
    Output: ``None``, or the failure as one line (the runner's worker processes return it)."""
    try:
        render_html(executed, full, hide_code=False)
        render_html(executed, reader, hide_code=True)
    except Exception as error:
        return f"FAILED: {executed.name} ran, but rendering its HTML failed: {error!r}"
    return None
