"""A throw-away git repository holding the project, with the notebook filter installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def git(repo: Path, *args: str, stdin: bytes | None = None, check: bool = True) -> bytes:
    """Run ``git args`` in ``repo`` and return its standard output.

    GIT_* variables are dropped: under a git hook they would point every command at the
    real repository instead of ``repo``.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    result = subprocess.run(
        ["git", *args], cwd=repo, input=stdin, capture_output=True, env=env, check=False
    )
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {result.stderr.decode(errors='replace')}")
    return result.stdout


def in_git_work_tree(folder: Path) -> bool:
    """True when ``folder`` is inside a git work tree and git is installed."""
    if shutil.which("git") is None:
        return False
    return git(folder, "rev-parse", "--is-inside-work-tree", check=False).strip() == b"true"


def make_filtered_repo(destination: Path) -> Path:
    """Copy the project's files as they are on disk into a new git repository.

    Git-ignored files stay out. The filter is installed with the project's own
    ``make git-filter`` (pointing at this Python) before anything is added, as after
    ``git clone`` and ``make venv``. Output: the repository, with one commit. Skips the
    test when git, make or the checkout are missing.
    """
    if shutil.which("make") is None or not in_git_work_tree(ROOT):
        pytest.skip("needs git, make and a git checkout of the project")
    # Tracked and new (not ignored) files: the project as it will be committed.
    tracked = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    tracked = tracked.decode().split("\0")
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is skipped
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    git(destination, "init", "--quiet")
    git(destination, "config", "user.name", "test")
    git(destination, "config", "user.email", "test@example.org")
    subprocess.run(
        ["make", "--no-print-directory", "git-filter", f"FILTER_PYTHON={sys.executable}"],
        cwd=destination, check=True, capture_output=True,
    )  # fmt: skip
    git(destination, "add", "--all")
    git(destination, "commit", "--quiet", "--message", "the project")
    return destination


def what_git_stores(repo: Path, path: str, content: bytes) -> bytes:
    """The blob git would store for ``content`` at ``path`` in ``repo``, filters applied."""
    blob = git(repo, "hash-object", "-w", f"--path={path}", "--stdin", stdin=content)
    return git(repo, "cat-file", "blob", blob.decode().strip())
