"""The runner starts a notebook only after the notebooks whose tables it reads."""

from __future__ import annotations

import json
import os
import re
import runpy
from pathlib import Path

import pytest

from helpers.manifest import PRODUCED_BY
from helpers.schema import TABLE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
RUNNER = runpy.run_path(str(ROOT / "scripts" / "run_notebooks.py"))


def code_of(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "code")


def tables_read(notebook: Path) -> set[str]:
    return set(re.findall(r'stage\.read\("([^"]+)"', code_of(notebook)))


def tables_written(notebook: Path) -> set[str]:
    # the first quoted *.csv after "stage.write(", however the table argument is spread over lines
    return set(re.findall(r'stage\.write\([^"]*?"([\w.-]+\.csv)"', code_of(notebook)))


def writer_of_each_table() -> dict[str, str]:
    """Table -> the prefix of the notebook that writes it (``manifest.PRODUCED_BY``)."""
    return {table: notebook[:2] for table, notebook in PRODUCED_BY.items()}


def test_the_manifest_knows_the_writer_of_every_table() -> None:
    assert set(TABLE_COLUMNS) <= set(PRODUCED_BY)
    for notebook in NOTEBOOKS:
        for table in tables_written(notebook):
            assert PRODUCED_BY[table] == notebook.stem, table


def all_prerequisites(notebook: Path, needs: dict[Path, set[Path]]) -> set[str]:
    found, todo = set(), list(needs[notebook])
    while todo:
        earlier = todo.pop()
        if earlier.name[:2] not in found:
            found.add(earlier.name[:2])
            todo.extend(needs[earlier])
    return found


def test_the_notebooks_write_the_tables_the_parser_sees() -> None:
    # Guards the regular expressions below: if the notebooks stop calling stage.write this
    # way, the order test would pass for nothing.
    assert {"term_frequencies.csv", "keyness.csv"} <= tables_written(NOTEBOOKS[1])
    assert "sentence_topics.csv" in tables_read(NOTEBOOKS[3])
    assert "sentence_topics.csv" in tables_written(NOTEBOOKS[2])  # a write over several lines


@pytest.mark.parametrize("notebook", NOTEBOOKS[1:], ids=lambda p: p.name)
def test_every_table_a_notebook_reads_comes_from_a_notebook_it_waits_for(notebook: Path) -> None:
    needs = RUNNER["prerequisites"](NOTEBOOKS)
    waited_for = all_prerequisites(notebook, needs)
    writers = writer_of_each_table()
    for table in tables_read(notebook):
        assert writers[table] in waited_for, (
            f"{notebook.name} reads {table}, written by notebook {writers[table]}, "
            f"but READS_FROM does not make it wait for that notebook"
        )


def test_notebooks_02_and_03_may_run_side_by_side() -> None:
    needs = RUNNER["prerequisites"](NOTEBOOKS)
    by_prefix = {nb.name[:2]: nb for nb in NOTEBOOKS}
    assert by_prefix["02"] not in needs[by_prefix["03"]]
    assert by_prefix["03"] not in needs[by_prefix["02"]]


def test_a_notebook_the_runner_does_not_know_waits_for_every_earlier_one() -> None:
    # A researcher's own notebook, even one sharing a number with the project's, may read
    # anything written before it; the project's 04 still waits for the project's 03.
    extra = NOTEBOOKS[2].with_name("03-extra.ipynb")
    notebooks = sorted([*NOTEBOOKS, extra])
    needs = RUNNER["prerequisites"](notebooks)
    assert needs[extra] == set(notebooks[: notebooks.index(extra)])
    assert NOTEBOOKS[2] in needs[NOTEBOOKS[3]] and extra not in needs[NOTEBOOKS[3]]
    assert needs[NOTEBOOKS[1]] == {NOTEBOOKS[0]}  # 02 is known: it reads 01 only


def test_kernels_side_by_side_get_one_thread_each_and_the_environment_is_restored(
    monkeypatch,
) -> None:
    one_thread = RUNNER["one_thread_per_kernel"]
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")  # the researcher's own setting is kept
    with one_thread(2):
        assert os.environ["OMP_NUM_THREADS"] == "1"
        assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
    assert "OMP_NUM_THREADS" not in os.environ
    with one_thread(1):
        assert "OMP_NUM_THREADS" not in os.environ
