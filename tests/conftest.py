"""Shared fixtures: the project root and a helper to write article files."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project_root() -> Path:
    return ROOT


@pytest.fixture
def write_article(tmp_path: Path):
    """Write ``content`` (str, UTF-8 encoded, or bytes) to ``tmp_path/inputs/name``."""
    folder = tmp_path / "inputs"
    folder.mkdir(exist_ok=True)

    def write(name: str, content: str | bytes) -> Path:
        path = folder / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    write.folder = folder
    return write


@pytest.fixture(scope="session")
def pipeline_run(tmp_path_factory):
    """Run every numbered notebook in order on the seeds into a temporary folder.

    Returns ``(processed_dir, figures_dir)``. Notebooks see only the
    parameters they declare; the rest are ignored by papermill with a warning.
    """
    import papermill

    out = tmp_path_factory.mktemp("pipeline")
    processed, figures = out / "processed", out / "figures"
    parameters = {
        "input_dirs": [str(ROOT / "seeds")],
        "output_dir": str(processed),
        "processed_dir": str(processed),
        "figures_dir": str(figures),
    }
    for notebook in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        papermill.execute_notebook(
            notebook, out / notebook.name, parameters=parameters, cwd=ROOT / "notebooks",
            kernel_name="python3", progress_bar=False, report_mode=False,
        )  # fmt: skip
    return processed, figures
