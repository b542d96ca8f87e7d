"""Deterministic, atomic CSV output for the data contracts in docs/data-dictionary.md."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

import pandas as pd


def write_csv_atomic(
    table: pd.DataFrame,
    path: str | Path,
    sort_by: Sequence[str],
    columns: Sequence[str] | None = None,
) -> Path:
    """Write ``table`` to ``path`` as UTF-8 CSV, sorted, via a temp file and a rename.

    Input: a DataFrame, the destination, the columns that give a total order
    (so that two runs on the same input give byte-identical files) and,
    optionally, the contract's column order (missing contract columns raise).
    Output: the path written. A reader never sees a half-written file because
    ``os.replace`` is atomic on one file system. The file gets the permissions of
    a normally created file (0666 minus the umask), so colleagues on a shared
    server can read it.
    """
    path = Path(path)
    if columns is not None:
        missing = [c for c in columns if c not in table.columns]
        if missing:
            raise ValueError(f"{path.name}: contract columns missing from the table: {missing}")
        extra = [c for c in table.columns if c not in columns]
        table = table[list(columns) + extra]
    if len(table):
        table = table.sort_values(list(sort_by), kind="mergesort").reset_index(drop=True)
    with atomic_text_file(path, newline="") as stream:
        table.to_csv(stream, index=False, lineterminator="\n")
    return path


@contextlib.contextmanager
def atomic_text_file(path: Path, newline: str = "\n") -> Iterator[TextIO]:
    """A UTF-8 text stream whose content replaces ``path`` only once it is whole.

    Written to a temp file in the same folder and renamed (``os.replace`` is atomic on one
    file system), so a reader never sees half a file; on an error the temp file is removed
    and ``path`` is left as it was. The file gets the permissions of a normally created file
    (0666 minus the umask): ``mkstemp`` would leave it private (0600).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as stream:
            yield stream
        os.chmod(temp_name, 0o666 & ~current_umask())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's file-creation mask (e.g. ``0o022``), read without changing it.

    Linux reports it in /proc (no race with other threads); elsewhere it is set
    and restored at once, the only portable way to read it.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def read_csv_checked(path: str | Path, required: Sequence[str]) -> pd.DataFrame:
    """Read a contract CSV, failing with a clear message if it or a column is missing.

    Empty cells stay ``""`` (not NaN) so that an empty
    ``date`` or ``outlet`` stays empty rather than becoming NaN.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(
            f"{path} does not exist: run the earlier notebooks first (make report)."
        )
    table = pd.read_csv(path, keep_default_na=False, na_values=[])
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{path.name} lacks the contract columns {missing}")
    return table
