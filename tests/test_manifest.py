"""The manifest: stale inputs stop a notebook, make report skips what is up to date,
and a parameter run writes beside the main report, never over it."""

from __future__ import annotations

import hashlib
import json
import runpy
import shutil
from pathlib import Path

import papermill
import pytest

from helpers.manifest import (
    MANIFEST_NAME,
    StaleInputsError,
    check_inputs,
    read_manifest,
    record_outputs,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
NOTEBOOK_01, NOTEBOOK_03 = "01-clean-corpus", "03-cluster-cooperation-topics"


def write_table(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def build(folder: Path, documents: str) -> dict[str, str]:
    """Notebook 01's part of a build, written by hand; returns what check_inputs returns."""
    written = [write_table(folder, "documents.csv", documents),
               write_table(folder, "sentences.csv", "doc_id,sent_id\na,1\n")]  # fmt: skip
    record_outputs(folder, NOTEBOOK_01, {"input_dirs": ["seeds"]}, written, {})
    return check_inputs(folder, NOTEBOOK_03, ["documents.csv", "sentences.csv"])


def test_a_later_table_of_an_earlier_build_names_the_notebook_to_rerun(tmp_path) -> None:
    inputs = build(tmp_path, "doc_id\na\nb\n")
    topics = write_table(tmp_path, "sentence_topics.csv", "doc_id,sent_id\na,1\n")
    record_outputs(tmp_path, NOTEBOOK_03, {"n_clusters": None}, [topics], inputs)
    check_inputs(tmp_path, "04", ["sentences.csv", "sentence_topics.csv"])  # same build: fine
    build(tmp_path, "doc_id\na\n")  # notebook 01 rerun on fewer articles
    with pytest.raises(StaleInputsError) as error:
        check_inputs(tmp_path, "04-plot", ["sentences.csv", "sentence_topics.csv"])
    message = str(error.value)
    assert "sentence_topics.csv was written by 03-cluster-cooperation-topics" in message
    assert "earlier corpus build" in message and "rerun notebook 03" in message


def test_unrecorded_changed_and_missing_tables_are_refused(tmp_path) -> None:
    build(tmp_path, "doc_id\na\n")
    write_table(tmp_path, "sentence_topics.csv", "doc_id,sent_id\n")  # not recorded
    with pytest.raises(
        StaleInputsError, match=r"sentence_topics.csv is not recorded.*rerun notebook 03"
    ):
        check_inputs(tmp_path, "04", ["sentence_topics.csv"])
    with pytest.raises(StaleInputsError, match=r"keyness.csv does not exist.*rerun notebook 02"):
        check_inputs(tmp_path, "04", ["keyness.csv"])
    write_table(tmp_path, "sentences.csv", "doc_id,sent_id\na,2\n")  # edited by hand
    with pytest.raises(StaleInputsError, match=r"sentences.csv was changed since 01-clean-corpus"):
        check_inputs(tmp_path, "02", ["sentences.csv"])
    (tmp_path / MANIFEST_NAME).unlink()
    with pytest.raises(StaleInputsError, match="rerun notebook 01"):
        check_inputs(tmp_path, "02", ["sentences.csv"])


def test_an_input_rewritten_while_a_notebook_ran_is_not_recorded_as_its_input(tmp_path) -> None:
    inputs = build(tmp_path, "doc_id\na\n")
    build(tmp_path, "doc_id\nb\n")  # notebook 01 again, while notebook 03 computes
    topics = write_table(tmp_path, "sentence_topics.csv", "doc_id,sent_id\n")
    with pytest.raises(StaleInputsError, match="changed while 03-cluster-cooperation-topics ran"):
        record_outputs(tmp_path, NOTEBOOK_03, {}, [topics], inputs)


def test_the_manifest_is_deterministic_but_for_the_time_of_writing(tmp_path) -> None:
    texts = []
    for run in ("first", "second"):
        inputs = build(tmp_path / run, "doc_id\na\n")
        topics = write_table(tmp_path / run, "sentence_topics.csv", "doc_id,sent_id\n")
        record_outputs(tmp_path / run, NOTEBOOK_03, {"k_range": (2, 3)}, [topics], inputs)
        manifest = read_manifest(tmp_path / run)
        for entry in manifest["tables"].values():
            entry.pop("written_at")
        texts.append(json.dumps(manifest, sort_keys=True))
        assert not list((tmp_path / run).glob("*.tmp"))
    assert texts[0] == texts[1]
    assert json.loads(texts[0])["tables"]["sentence_topics.csv"]["parameters"]["k_range"] == [2, 3]


def copy_seeds(folder: Path, prefixes: tuple[str, ...]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        if seed.name.startswith(prefixes):
            shutil.copy(seed, folder / seed.name)
    return folder


@pytest.mark.slow
def test_notebook_04_stops_after_notebook_01_was_rerun_on_fewer_articles(tmp_path, pipeline_run):
    processed = tmp_path / "processed"
    shutil.copytree(pipeline_run[0], processed)  # the shared run stays as it is
    subset = copy_seeds(tmp_path / "four", ("000", "001", "003", "004"))
    common = {"cache_dir": None, "figures_dir": str(tmp_path / "figures")}
    papermill.execute_notebook(
        ROOT / "notebooks" / "01-clean-corpus.ipynb", tmp_path / "01.ipynb",
        parameters={"input_dirs": [str(subset)], "output_dir": str(processed), **common},
        cwd=ROOT / "notebooks", kernel_name="python3", progress_bar=False,
    )  # fmt: skip
    with pytest.raises(papermill.PapermillExecutionError) as error:
        papermill.execute_notebook(
            ROOT / "notebooks" / "04-plot-frequency-and-cooccurrence.ipynb", tmp_path / "04.ipynb",
            parameters={"processed_dir": str(processed), "figures_dir": common["figures_dir"]},
            cwd=ROOT / "notebooks", kernel_name="python3", progress_bar=False,
        )  # fmt: skip
    assert error.value.ename == "StaleInputsError"
    assert "sentence_topics.csv was written by 03-cluster-cooperation-topics" in error.value.evalue
    assert "rerun notebook 03 (or `make report`)" in error.value.evalue
    old = (pipeline_run[0] / "cooccurrence.csv").read_bytes()
    assert (processed / "cooccurrence.csv").read_bytes() == old, "04 stopped before writing"


def run_notebooks(root: Path, *arguments: str) -> int:
    """``scripts/run_notebooks.py`` on the project copy at ``root``."""
    script = runpy.run_path(str(ROOT / "scripts" / "run_notebooks.py"))
    return script["main"](list(arguments), root=root)


def hashes(*folders: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted(folder.glob("*")) if p.is_file()}  # fmt: skip


@pytest.fixture(scope="module")
def reported_project(tmp_path_factory) -> Path:
    """A copy of the project on two seeds, after one `make report`-style run."""
    root = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "pyproject.toml", root)
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    (root / "src").symlink_to(ROOT / "src")  # the kernels import helpers from PYTHONPATH
    copy_seeds(root / "seeds", ("000", "004"))  # no metadata.csv: it names the other seeds
    assert run_notebooks(root) == 0
    return root


@pytest.mark.slow
def test_an_unchanged_second_report_skips_every_notebook(reported_project, capsys) -> None:
    capsys.readouterr()
    assert run_notebooks(reported_project) == 0
    printed = capsys.readouterr().out
    n_notebooks = len(list((reported_project / "notebooks").glob("[0-9][0-9]-*.ipynb")))
    assert printed.count("up to date, skipped") == n_notebooks and "Running" not in printed
    seed = next((reported_project / "seeds").glob("004_*.txt"))
    (reported_project / "reports" / "03-cluster-cooperation-topics.html").unlink()
    original = seed.read_bytes()
    seed.write_bytes(original + b"\n")  # an edited article: notebook 01 is stale
    try:
        assert run_notebooks(reported_project, "--only", "01") == 0
        assert "Running 01-clean-corpus.ipynb (input articles changed)" in capsys.readouterr().out
    finally:
        seed.write_bytes(original)
    assert run_notebooks(reported_project, "--force", "--only", "01") == 0
    assert "Running 01-clean-corpus.ipynb (forced)" in capsys.readouterr().out


@pytest.mark.slow
def test_a_parameter_run_writes_beside_the_main_report(reported_project) -> None:
    reports, processed = reported_project / "reports", reported_project / "data" / "processed"
    before = hashes(reports, reports / "figures", processed)
    assert run_notebooks(reported_project, "--only", "03", "-p", "n_clusters", "4") == 0
    assert hashes(reports, reports / "figures", processed) == before
    run = reports / "runs" / "03-n_clusters-4"
    assert (run / "03-cluster-cooperation-topics.html").is_file()
    assert (run / "executed" / "03-cluster-cooperation-topics.ipynb").is_file()
    assert list((run / "figures").glob("03-*.png"))
    recorded = read_manifest(run / "processed")["tables"]["clusters.csv"]
    assert recorded["parameters"]["n_clusters"] == 4


def test_the_researchers_lexicon_additions_change_the_fingerprint(tmp_path) -> None:
    from helpers.manifest import code_fingerprint

    notebook, helpers_dir = tmp_path / "01-x.ipynb", tmp_path / "helpers"
    notebook.write_text("{}", encoding="utf-8")
    helpers_dir.mkdir()
    (helpers_dir / "a.py").write_text("x = 1\n", encoding="utf-8")
    additions = tmp_path / "lexicon_additions.csv"
    absent = code_fingerprint(notebook, helpers_dir, {}, [additions])
    additions.write_text("topic,language,term\nenergy,vi,lọc_dầu\n", encoding="utf-8")
    present = code_fingerprint(notebook, helpers_dir, {}, [additions])
    additions.write_text("topic,language,term\nenergy,vi,điện_gió\n", encoding="utf-8")
    edited = code_fingerprint(notebook, helpers_dir, {}, [additions])
    assert len({absent, present, edited}) == 3
    without = code_fingerprint(notebook, helpers_dir, {})
    assert without == code_fingerprint(notebook, helpers_dir, {}) and without != absent


def test_the_runner_says_a_rebuilt_corpus_is_why_a_later_notebook_reruns(tmp_path) -> None:
    # after notebook 01 ran on one more article, notebook 03's tables belong to the old build:
    # that is the reason to give, not "sentence_topics.csv rewritten since"
    from helpers.manifest import record_run, run_is_current

    inputs = build(tmp_path, "doc_id\na\n")
    topics = write_table(tmp_path, "sentence_topics.csv", "doc_id,sent_id\na,1\n")
    record_outputs(tmp_path, NOTEBOOK_03, {}, [topics], inputs)
    record_run(tmp_path, NOTEBOOK_03, {}, "code", {})
    assert run_is_current(tmp_path, NOTEBOOK_03, {}, "code", tmp_path) is None
    build(tmp_path, "doc_id\na\nb\n")
    reason = run_is_current(tmp_path, NOTEBOOK_03, {}, "code", tmp_path)
    assert reason == "notebook 01 rebuilt the corpus since"
