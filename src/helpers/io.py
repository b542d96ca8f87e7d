"""Deterministic, atomic CSV output for the data contracts in docs/data-dictionary.md."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

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
    ``os.replace`` is atomic on one file system.
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
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            table.to_csv(stream, index=False, lineterminator="\n")
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


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
