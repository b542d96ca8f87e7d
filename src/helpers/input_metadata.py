"""A researcher's own metadata: an optional ``metadata.csv`` beside the articles.

Any input folder may hold ``metadata.csv`` with a ``file`` column (a file name in
that folder) and any of ``date`` (YYYY-MM-DD), ``outlet``, ``url``, ``title``,
plus any other columns. Its values win over anything inferred from the text;
the other columns are carried into documents.csv.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

METADATA_FILE_NAME = "metadata.csv"
#: Columns with a meaning to the pipeline; every other column is carried as it is.
KNOWN_COLUMNS = ("file", "date", "outlet", "url", "title")


class MetadataError(ValueError):
    """A ``metadata.csv`` that cannot be trusted; the message names the file and the row."""


def _is_iso_date(value: str) -> bool:
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def read_folder_metadata(folder: Path) -> pd.DataFrame | None:
    """The checked rows of ``folder/metadata.csv``, or ``None`` when there is none.

    Input: an input folder. Output: one row per described file, every column a
    string, empty cells as ``""``. The file is UTF-8 (a byte-order mark is
    tolerated). Raises ``MetadataError`` naming the metadata file and the data
    row (1-based, the header not counted) when the ``file`` column is missing, a
    row names a file that is not in the folder, a ``date`` is not a valid
    YYYY-MM-DD, or two rows describe the same file. A file without a row is fine.
    """
    path = Path(folder) / METADATA_FILE_NAME
    if not path.is_file():
        return None
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise MetadataError(f"{path}: cannot be read as a UTF-8 CSV ({error})") from error
    table.columns = [str(column).strip() for column in table.columns]
    if "file" not in table.columns:
        raise MetadataError(f"{path}: no 'file' column (columns: {', '.join(table.columns)})")
    table = table.map(str.strip)
    seen: dict[str, int] = {}
    dates = table["date"] if "date" in table.columns else pd.Series("", index=table.index)
    for row_number, (name, date) in enumerate(zip(table["file"], dates, strict=True), start=1):
        where = f"{path}, data row {row_number} (header not counted)"
        if not name:
            raise MetadataError(f"{where}: the 'file' cell is empty")
        if name in seen:
            raise MetadataError(f"{where}: '{name}' already described in data row {seen[name]}")
        seen[name] = row_number
        if not (Path(folder) / name).is_file():
            raise MetadataError(f"{where}: no file '{name}' in {folder}")
        if date and not _is_iso_date(date):
            raise MetadataError(f"{where}: date '{date}' is not a valid YYYY-MM-DD date")
    return table.reset_index(drop=True)
