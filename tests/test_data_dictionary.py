"""The data dictionary in docs/ documents every column the notebooks write, and every reason."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from helpers.pipeline import build_corpus
from helpers.schema import REASONS

ROOT = Path(__file__).resolve().parents[1]
DICTIONARY = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")


def documented_columns(file_name: str) -> set[str]:
    """Back-quoted names in the first cell of each table row of ``file_name``'s section."""
    section = DICTIONARY.split(f"## {file_name}")[1].split("\n## ")[0]
    names = set()
    for row in re.findall(r"^\| (.+?) \|", section, flags=re.MULTILINE):
        names.update(re.findall(r"`([a-z_0-9]+)`", row))
    return names


def test_every_removal_reason_is_documented() -> None:
    assert set(REASONS) <= documented_columns("removed_lines.csv")


def test_notebook_01_columns_are_documented(tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Tiêu đề bài báo về hợp tác\nHai bên nhất trí hợp tác. Ảnh: Minh Hà\nNguyễn Văn An",
        encoding="utf-8",
    )
    tables = build_corpus([folder], tmp_path, progress=None)
    for name in ("documents", "removed_lines", "sentences", "skipped_files"):
        written = set(getattr(tables, name).columns)
        missing = written - documented_columns(f"{name}.csv")
        assert not missing, f"{name}.csv columns missing from docs/data-dictionary.md: {missing}"


@pytest.mark.slow
def test_every_written_csv_column_is_documented(pipeline_run: tuple[Path, Path, Path]) -> None:
    """After a full run on the seeds: each CSV's header against its section."""
    processed, _, _ = pipeline_run
    # a researcher's own metadata.csv columns are carried as given ("any other" row)
    researchers = set(pd.read_csv(ROOT / "seeds" / "metadata.csv", nrows=0).columns)
    for path in sorted(processed.glob("*.csv")):
        columns = set(pd.read_csv(path, nrows=0).columns)
        if path.name == "documents.csv":
            columns -= researchers
        missing = columns - documented_columns(path.name)
        assert not missing, f"{path.name}: {missing} not in docs/data-dictionary.md"


def test_every_contract_column_is_documented() -> None:
    """The schema's required columns of every output file appear in its dictionary section."""
    from helpers.schema import TABLE_COLUMNS

    for file_name, columns in TABLE_COLUMNS.items():
        assert f"## {file_name}" in DICTIONARY, f"{file_name} has no section"
        missing = set(columns) - documented_columns(file_name)
        assert not missing, f"{file_name}: {missing} not in docs/data-dictionary.md"
