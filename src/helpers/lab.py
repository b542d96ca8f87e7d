"""JupyterLab integration: after Lab saves a tracked notebook, git sees it as unchanged.

The nbstripout filter (``make git-filter``) already makes git store a saved notebook
without outputs, so ``git diff`` shows nothing after Run All + save. ``git status``
may still list it as modified, because git skips the content check when the file's
size on disk changed. ``refresh_git_index`` is a Jupyter post-save hook that, when the
stripped content equals what git holds, re-adds the notebook: nothing new is stored,
only git's record of the file's size and time. ``make venv`` installs the hook in the
virtual environment's Jupyter configuration (``jupyter_server_config.py``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def _git(folder: Path, *args: str) -> int:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, check=False).returncode


def refresh_git_index(model: dict, os_path: str, contents_manager: object = None, **_: object):
    """Jupyter ``post_save_hook``: re-add a tracked notebook whose stripped content is
    unchanged. Untracked notebooks, real changes and folders outside git are left alone."""
    if model.get("type") != "notebook":
        return
    path = Path(os_path)
    folder = path.parent
    if _git(folder, "ls-files", "--error-unmatch", "--", path.name) != 0:
        return  # not tracked, or not in a git work tree: never add a file by saving it
    if _git(folder, "diff", "--quiet", "--", path.name) == 0:
        _git(folder, "add", "--", path.name)


#: The configuration ``make venv`` writes into ``.venv/etc/jupyter/``.
SERVER_CONFIG = (
    "# Written by `make venv` (helpers.lab): keep git's view of saved notebooks clean.\n"
    "from helpers.lab import refresh_git_index\n\n"
    "c.FileContentsManager.post_save_hook = refresh_git_index  # noqa: F821\n"
)


def install_server_config(prefix: str | Path) -> Path:
    """Write ``SERVER_CONFIG`` to ``<prefix>/etc/jupyter/jupyter_server_config.py``."""
    path = Path(prefix) / "etc" / "jupyter" / "jupyter_server_config.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SERVER_CONFIG, encoding="utf-8")
    return path
