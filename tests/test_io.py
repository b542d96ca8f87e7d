"""Contract CSV writing: sorted, byte-stable, atomic; reading fails clearly."""

from __future__ import annotations

import os
import stat

import pandas as pd
import pytest

from helpers.io import read_csv_checked, write_csv_atomic


def test_rows_are_sorted_and_contract_columns_come_first(tmp_path) -> None:
    table = pd.DataFrame({"extra": [1, 2], "term": ["b", "a"], "doc_id": ["x", "x"]})
    path = write_csv_atomic(table, tmp_path / "t.csv", ["doc_id", "term"], ["doc_id", "term"])
    assert path.read_text(encoding="utf-8") == "doc_id,term,extra\nx,a,2\nx,b,1\n"


def test_missing_contract_column_is_an_error(tmp_path) -> None:
    with pytest.raises(ValueError, match="contract columns missing"):
        write_csv_atomic(pd.DataFrame({"a": [1]}), tmp_path / "t.csv", ["a"], ["a", "b"])


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path, monkeypatch) -> None:
    path = write_csv_atomic(pd.DataFrame({"a": [1, 2]}), tmp_path / "t.csv", ["a"])
    before = path.read_bytes()

    def crash(self, stream, **kwargs):
        stream.write("a\n3\n")  # half a file, then the process dies
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", crash)
    with pytest.raises(KeyboardInterrupt):
        write_csv_atomic(pd.DataFrame({"a": [3, 4]}), path, ["a"])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_reading_a_missing_or_incomplete_table_says_what_to_do(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="run the earlier notebooks"):
        read_csv_checked(tmp_path / "nope.csv", ["a"])
    (tmp_path / "t.csv").write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks the contract columns"):
        read_csv_checked(tmp_path / "t.csv", ["a", "b"])
    empty_cells = tmp_path / "e.csv"
    empty_cells.write_text("date,n\n,1\n", encoding="utf-8")
    assert read_csv_checked(empty_cells, ["date"]).date.tolist() == [""]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_the_csv_file_respects_the_umask_like_a_normally_created_file(
    tmp_path, umask: int, mode: int
) -> None:
    # On a shared server the group must be able to read what a colleague's run wrote.
    # The manifest beside the tables is written the same way (it was left private, 0600).
    from helpers.manifest import record_outputs

    previous = os.umask(umask)
    try:
        path = write_csv_atomic(pd.DataFrame({"doc_id": ["a"]}), tmp_path / "documents.csv",
                                ["doc_id"])  # fmt: skip
        other = write_csv_atomic(pd.DataFrame({"doc_id": ["a"]}), tmp_path / "sentences.csv",
                                 ["doc_id"])  # fmt: skip
        record_outputs(tmp_path, "01-clean-corpus", {}, [path, other], {})
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "manifest.json").stat().st_mode) == mode
