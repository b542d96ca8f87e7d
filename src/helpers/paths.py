"""Where the project's folders are, whatever the working directory.

Notebooks run from ``notebooks/`` under papermill and from the repo root under
pytest; every path parameter is therefore resolved against the project root.
"""

from __future__ import annotations

import os
from pathlib import Path


def find_project_root(start: Path | None = None) -> Path:
    """Return the nearest folder at or above ``start`` that holds ``pyproject.toml``.

    Falls back to the current working directory when none is found (for example
    when the package is installed without the repository).
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "src" / "helpers").is_dir():
            return folder
    return here


def resolve(path: str | Path, root: Path | None = None) -> Path:
    """Resolve ``path`` against the project root unless it is already absolute."""
    path = Path(path)
    if path.is_absolute():
        return path
    return (root or find_project_root()) / path


def relative_to_root(path: Path, root: Path | None = None) -> str:
    """Path as a POSIX string relative to the project root (absolute if outside it).

    Symbolic links are not followed, so a link is reported under its own name.
    """
    root = Path(os.path.abspath(root or find_project_root()))
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return absolute.as_posix()
