"""Determinism, atomic outputs, the segmentation cache, parallel and Dask runs, tiny corpora."""

from __future__ import annotations

import shutil
from pathlib import Path

import papermill
import pytest

import helpers.pipeline as pipeline
from helpers.pipeline import build_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def copy_seeds(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        if seed.name[:3] in names:
            shutil.copy(seed, folder / seed.name)
    return folder


def assert_same_tables(first, second) -> None:
    for name in ("documents", "removed_lines", "sentences", "skipped_files"):
        assert getattr(first, name).equals(getattr(second, name)), name


def test_two_pipeline_runs_write_byte_identical_processed_files(tmp_path, pipeline_runner):
    inputs = copy_seeds(tmp_path / "in", ["000", "001", "004"])
    outputs = []
    for run in ("first", "second"):
        processed, _, _ = pipeline_runner([inputs], tmp_path / run)
        outputs.append({p.name: p.read_bytes() for p in sorted(processed.glob("*.csv"))})
    expected = {"documents.csv", "sentences.csv", "term_frequencies.csv", "keyness.csv",
                "sentence_topics.csv", "cooccurrence.csv"}  # fmt: skip
    assert set(outputs[0]) >= expected
    assert outputs[0] == outputs[1]
    assert not list((tmp_path / "first" / "processed").glob("*.tmp"))


def test_cached_rerun_segments_nothing_and_gives_the_same_tables(tmp_path, monkeypatch):
    inputs = copy_seeds(tmp_path / "in", ["000", "001", "004"])
    cold = build_corpus([inputs], tmp_path, progress=None, cache_dir=tmp_path / "cache")

    def must_not_segment(*args, **kwargs):
        raise AssertionError("segmentation ran although every article is cached")

    monkeypatch.setattr(pipeline, "segment_paragraphs", must_not_segment)
    warm = build_corpus([inputs], tmp_path, progress=None, cache_dir=tmp_path / "cache")
    assert_same_tables(cold, warm)


def test_adding_an_article_segments_only_the_new_one(tmp_path, monkeypatch):
    inputs = copy_seeds(tmp_path / "in", ["000", "001"])
    build_corpus([inputs], tmp_path, progress=None, cache_dir=tmp_path / "cache")
    copy_seeds(inputs, ["002"])
    calls = []
    original = pipeline.segment_paragraphs

    def counting(paragraphs, language, fixed_words):
        calls.append(paragraphs[0])
        return original(paragraphs, language, fixed_words)

    monkeypatch.setattr(pipeline, "segment_paragraphs", counting)
    tables = build_corpus([inputs], tmp_path, progress=None, cache_dir=tmp_path / "cache")
    assert len(calls) == 1 and len(tables.documents) == 3


def test_changed_settings_invalidate_the_cache(tmp_path):
    inputs = copy_seeds(tmp_path / "in", ["001"])
    cache = tmp_path / "cache"
    with_dictionary = build_corpus([inputs], tmp_path, progress=None, cache_dir=cache)
    without = build_corpus([inputs], tmp_path, progress=None, cache_dir=cache, fixed_words=())
    assert with_dictionary.sentences.tokens.tolist() != without.sentences.tokens.tolist()
    assert len(list((cache / "segments").rglob("*.json"))) == 2
    assert len(list((cache / "articles").rglob("*.json"))) == 2


def test_a_changed_footer_reuses_the_segmented_body(tmp_path, monkeypatch):
    inputs = copy_seeds(tmp_path / "in", ["001"])
    build_corpus([inputs], tmp_path, progress=None, cache_dir=tmp_path / "cache")
    article = next(inputs.glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nChia sẻ\n", encoding="utf-8")

    def must_not_segment(*args, **kwargs):
        raise AssertionError("the body did not change, its segmentation should be cached")

    monkeypatch.setattr(pipeline, "segment_paragraphs", must_not_segment)
    tables = build_corpus([inputs], tmp_path, progress=None, cache_dir=tmp_path / "cache")
    assert "widget_label" in set(tables.removed_lines.reason)


@pytest.mark.slow  # starts a process pool
def test_parallel_run_equals_serial_run(tmp_path):
    inputs = copy_seeds(tmp_path / "in", ["000", "001", "002", "003", "004"])
    serial = build_corpus([inputs], tmp_path, progress=None, n_jobs=1)
    parallel = build_corpus([inputs], tmp_path, progress=None, n_jobs=2)
    assert_same_tables(serial, parallel)


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_tables(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    inputs = copy_seeds(tmp_path / "in", ["000", "001", "002", "003", "004"])
    serial = build_corpus([inputs], tmp_path, progress=None)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:  # fmt: skip
        with distributed.Client(cluster):
            on_dask = build_corpus([inputs], tmp_path, progress=None, n_jobs=2, backend="dask")
    assert_same_tables(serial, on_dask)


@pytest.mark.parametrize("seeds", [["000"], ["004"]], ids=["one article", "english only"])
def test_tiny_corpora_run_through_every_notebook(tmp_path, pipeline_runner, seeds):
    inputs = copy_seeds(tmp_path / "in", seeds)
    processed, _, executed = pipeline_runner([inputs], tmp_path / "run")
    assert (processed / "cooccurrence.csv").is_file()
    assert len(list(executed.glob("*.ipynb"))) == len(
        list((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    )


@pytest.mark.slow  # runs notebook 01
def test_no_article_stops_with_a_clear_message(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(papermill.PapermillExecutionError) as error:
        papermill.execute_notebook(
            ROOT / "notebooks" / "01-clean-corpus.ipynb", tmp_path / "01.ipynb",
            parameters={"input_dirs": [str(empty)], "output_dir": str(tmp_path / "out"),
                        "cache_dir": None},
            cwd=ROOT / "notebooks", kernel_name="python3", progress_bar=False,
        )  # fmt: skip
    assert error.value.ename == "SystemExit"
    assert "No article could be analysed" in error.value.evalue
    assert (tmp_path / "out" / "skipped_files.csv").read_text(encoding="utf-8").count("blank.txt")


def test_small_corpora_are_segmented_in_one_process_large_ones_on_every_core(monkeypatch):
    from helpers import pipeline

    monkeypatch.setattr(pipeline, "cpu_count", lambda: 6)
    assert pipeline.automatic_workers(5) == 1
    assert pipeline.automatic_workers(pipeline.PARALLEL_FROM_ARTICLES - 1) == 1
    assert pipeline.automatic_workers(pipeline.PARALLEL_FROM_ARTICLES) == 6
    monkeypatch.setattr(pipeline, "cpu_count", lambda: 1)
    assert pipeline.automatic_workers(10_000) == 1
