"""Run All and save in JupyterLab leave git clean: the nbstripout filter at work."""

from __future__ import annotations

import shutil
import subprocess
import sys

import nbformat
import pytest
from git_repo import ROOT, git, make_filtered_repo
from nbclient import NotebookClient

from helpers.lab import refresh_git_index

NOTEBOOK = "notebooks/01-clean-corpus.ipynb"
# What JupyterLab writes once the venv's kernel is running (language_info comes from the kernel).
LAB_KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def test_make_git_filter_is_idempotent(tmp_path) -> None:
    if shutil.which("make") is None or shutil.which("git") is None:
        pytest.skip("needs git and make")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    git(tmp_path, "init", "--quiet")
    install = ["make", "--no-print-directory", "git-filter", f"FILTER_PYTHON={sys.executable}"]
    subprocess.run(install, cwd=tmp_path, check=True, capture_output=True)
    before = git(tmp_path, "config", "--list", "--local")
    subprocess.run(install, cwd=tmp_path, check=True, capture_output=True)
    assert git(tmp_path, "config", "--list", "--local") == before
    assert b"filter.nbstripout.clean" in before and b"diff.ipynb.textconv" in before


@pytest.mark.slow
def test_a_notebook_run_and_saved_with_outputs_leaves_git_status_empty(tmp_path) -> None:
    repo = make_filtered_repo(tmp_path)
    path = repo / NOTEBOOK
    notebook = nbformat.read(path, as_version=4)
    # As JupyterLab's Run All: the notebook's defaults, from its own folder, into the copy.
    NotebookClient(
        notebook, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    notebook.metadata.kernelspec = LAB_KERNELSPEC
    notebook.cells[2].metadata["scrolled"] = True
    nbformat.write(notebook, path)  # as JupyterLab's save: same JSON layout
    saved = nbformat.read(path, as_version=4)
    assert any(cell.get("outputs") for cell in saved.cells), "the run left no outputs"
    assert saved.metadata.language_info.get("version"), "the kernel wrote no language_info"

    # The file on disk differs from the commit, but git sees it through the filter...
    head_blob = git(repo, "rev-parse", f"HEAD:{NOTEBOOK}").strip()
    assert git(repo, "hash-object", "--no-filters", NOTEBOOK).strip() != head_blob
    assert git(repo, "hash-object", NOTEBOOK).strip() == head_blob
    # ...so there is nothing to commit: not the notebook, nor the tables and figures it wrote.
    git(repo, "diff", "--quiet")  # exit code 1 (a change) fails the test
    # git skips the content check when the size on disk changed, so status could list the
    # notebook as " M"; Lab's post-save hook (installed by make venv) refreshes git's record.
    refresh_git_index({"type": "notebook"}, str(repo / NOTEBOOK))
    assert git(repo, "status", "--porcelain") == b""
    git(repo, "diff", "--cached", "--quiet", "HEAD")
    assert (repo / "data" / "processed" / "documents.csv").is_file()


@pytest.mark.slow  # starts git and the nbstripout filter many times
def test_the_save_hook_never_adds_an_untracked_or_changed_notebook(tmp_path) -> None:
    repo = make_filtered_repo(tmp_path / "repo")
    new = repo / "notebooks" / "scratch.ipynb"
    new.write_text((repo / NOTEBOOK).read_text(encoding="utf-8"), encoding="utf-8")
    refresh_git_index({"type": "notebook"}, str(new))
    assert git(repo, "status", "--porcelain").decode() == "?? notebooks/scratch.ipynb\n"
    notebook = nbformat.read(repo / NOTEBOOK, as_version=4)
    notebook.cells[0].source += "\n\nA real edit."
    nbformat.write(notebook, repo / NOTEBOOK)
    refresh_git_index({"type": "notebook"}, str(repo / NOTEBOOK))
    assert f" M {NOTEBOOK}" in git(repo, "status", "--porcelain").decode()
