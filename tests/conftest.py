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


def run_pipeline(input_dirs: list[Path], out: Path) -> tuple[Path, Path, Path]:
    """Run every numbered notebook in order into ``out``; return (processed, figures, executed).

    Notebooks see only the parameters they declare; papermill warns about the rest.
    """
    import papermill

    processed, figures, executed = out / "processed", out / "figures", out / "executed"
    executed.mkdir(parents=True, exist_ok=True)
    parameters = {
        "input_dirs": [str(folder) for folder in input_dirs],
        "output_dir": str(processed),
        "processed_dir": str(processed),
        "figures_dir": str(figures),
        "cache_dir": None,
    }
    for notebook in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        papermill.execute_notebook(
            notebook, executed / notebook.name, parameters=parameters, cwd=ROOT / "notebooks",
            kernel_name="python3", progress_bar=False,
        )  # fmt: skip
    return processed, figures, executed


@pytest.fixture(scope="session")
def pipeline_run(tmp_path_factory) -> tuple[Path, Path, Path]:
    """The whole pipeline on the seeds, once per test session."""
    return run_pipeline([ROOT / "seeds"], tmp_path_factory.mktemp("pipeline"))


@pytest.fixture
def pipeline_runner():
    """``run_pipeline`` itself, for tests that need the pipeline on inputs of their own."""
    return run_pipeline


#: Fixtures that execute notebooks or round-trip notebooks through git's nbstripout filter
#: (a program start per file): a test using one belongs to the slow tier.
SLOW_FIXTURES = {"pipeline_run", "pipeline_runner", "filtered_repo"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that runs notebooks or the git filter as ``slow``; ``make test-fast``
    (``-m "not slow"``) leaves them out. Tests that start other programs are marked by hand."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
