"""List parameters arrive as lists whichever way papermill was given them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import papermill
import pytest

from helpers.io import read_csv_checked
from helpers.params import as_list

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_01 = ROOT / "notebooks" / "01-clean-corpus.ipynb"
SEED = ROOT / "seeds" / "000_1970e2b43f7b9bc6.txt"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (["seeds", "data/raw"], ["seeds", "data/raw"]),
        (("seeds",), ["seeds"]),
        ('["seeds", "data/raw"]', ["seeds", "data/raw"]),  # papermill -p NAME '["a", "b"]'
        ("[seeds, data/raw]", ["seeds", "data/raw"]),  # YAML flow list
        ("[2, 3, 4]", [2, 3, 4]),
        (" [] ", []),
        ("data/raw", ["data/raw"]),  # one folder, no brackets
        (Path("data/raw"), [Path("data/raw")]),
    ],
)
def test_lists_and_list_strings_become_lists(value, expected) -> None:
    assert as_list(value, "input_dirs") == expected


@pytest.mark.parametrize("value", [5, None, {"a": 1}, "", "[unclosed", "[a: 1"])
def test_anything_else_is_an_error_that_shows_the_papermill_syntax(value) -> None:
    with pytest.raises(ValueError) as error:
        as_list(value, "input_dirs")
    message = str(error.value)
    assert message.startswith("parameter input_dirs must be a list")
    assert '-y "input_dirs: [a, b]"' in message
    assert '-p input_dirs \'["a", "b"]\'' in message


@pytest.mark.slow
def test_notebook_01_reads_the_folders_of_a_json_string_given_with_papermill_p(tmp_path) -> None:
    inputs = tmp_path / "my articles"  # a space, as researchers' folders often have
    inputs.mkdir()
    shutil.copy(SEED, inputs / "mine.txt")
    out = tmp_path / "out"
    # The command line, not the Python API: only the CLI turns the value into a string.
    command = [
        sys.executable, "-m", "papermill", str(NOTEBOOK_01), str(tmp_path / "01.ipynb"),
        "-p", "input_dirs", f'["{inputs.as_posix()}"]', "-p", "output_dir", str(out),
        "-p", "cache_dir", "None", "-p", "figures_dir", str(tmp_path / "figures"),
        "-k", "python3", "--cwd", str(ROOT / "notebooks"), "--no-progress-bar",
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, env=os.environ.copy())
    documents = read_csv_checked(out / "documents.csv", ["doc_id"])
    assert documents.doc_id.tolist() == ["mine"]


@pytest.mark.slow
def test_notebook_01_names_the_parameter_and_the_syntax_for_a_bad_value(tmp_path) -> None:
    with pytest.raises(papermill.PapermillExecutionError) as error:
        papermill.execute_notebook(
            NOTEBOOK_01, tmp_path / "01.ipynb",
            parameters={"input_dirs": 5, "output_dir": str(tmp_path / "out"), "cache_dir": None},
            cwd=ROOT / "notebooks", kernel_name="python3", progress_bar=False,
        )  # fmt: skip
    assert error.value.ename == "ValueError"
    assert "parameter input_dirs must be a list" in error.value.evalue
    assert "-y" in error.value.evalue
