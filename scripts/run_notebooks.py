"""Execute the numbered notebooks in order and render each to self-contained HTML.

Usage: ``python scripts/run_notebooks.py [--only 01] [-p name value ...] [--force]
[--run-name NAME] [--replace-main-report] [--jobs N]``.

"In order" means: a notebook starts once the notebooks whose tables it reads
(``READS_FROM``) have finished; independent notebooks (02 and 03) run side by
side in worker processes, up to ``--jobs`` at once (default: the cores). A
notebook's followers start as soon as it has run; its HTML is rendered beside them.

The main run (no ``-p``) writes executed copies to ``reports/executed/``, a full
HTML report and a code-free "reader" report per notebook to ``reports/``, and
``reports/index.html``. A notebook whose recorded run in
``data/processed/manifest.json`` is still valid (same parameters, notebook,
helpers code and library versions; same inputs; tables, reports and figures as
it left them) is not run again: "up to date, skipped". ``--force`` reruns all.

A parameter run (``-p``, or ``--run-name``) is exploratory: it writes everything
(executed notebooks, HTML, figures and data tables) to ``reports/runs/<name>/``,
starting from a copy of ``data/processed/``, and leaves the main report and the
shared tables alone, unless ``--replace-main-report`` is given.
Exits non-zero, naming the notebook and cell, when a cell fails.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path

import helpers
from helpers.manifest import (
    BUILD_TABLE,
    MANIFEST_NAME,
    code_fingerprint,
    file_sha256,
    read_manifest,
    record_run,
    run_is_current,
)
from helpers.paths import relative_to_root, resolve

# The heavier imports (papermill, pandas through the lexicon and the index page) are made in
# main(): each worker process, started with "spawn", imports this module again before its
# first notebook, and needs none of them but what helpers.rendering imports.

ROOT = Path(__file__).resolve().parents[1]
MAIN_PROCESSED = "data/processed"
#: The parameters through which notebooks read and write tables and figures.
PROCESSED_PARAMETERS = ("output_dir", "processed_dir")
#: The earlier notebooks whose tables each notebook reads (by name). A notebook starts as soon
#: as these have finished, so 02 and 03, which both read only 01's tables, run side by side
#: when there are two cores. A notebook not listed (a researcher's own "03-extra") waits for
#: every earlier one. tests/test_run_order.py checks this against the tables the notebooks read.
READS_FROM: dict[str, tuple[str, ...]] = {
    "02-compare-term-frequencies": ("01-clean-corpus",),
    "03-cluster-cooperation-topics": ("01-clean-corpus",),
    "04-plot-frequency-and-cooccurrence": ("01-clean-corpus", "03-cluster-cooperation-topics"),
    "05-explore": (
        "01-clean-corpus",
        "02-compare-term-frequencies",
        "04-plot-frequency-and-cooccurrence",
    ),
}


#: Thread pools of the numerical libraries. With notebooks side by side, each kernel's OpenMP
#: threads fight the other kernel for the cores: on 2 cores, notebook 03's k-means took 8.4 s
#: beside a busy process with two threads and 3.7 s with one (5.0 s with two, alone).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def one_thread_per_kernel(jobs: int) -> Iterator[None]:
    """Set ``THREAD_VARIABLES`` to 1 for the kernels started inside (when ``jobs`` > 1 and the
    researcher has not set them), and restore the environment afterwards."""
    before = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    if jobs > 1:
        for name in THREAD_VARIABLES:
            os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def prerequisites(notebooks: list[Path]) -> dict[Path, set[Path]]:
    """For each notebook, the notebooks of ``notebooks`` that must finish before it starts."""
    by_name = {notebook.stem: notebook for notebook in notebooks}
    needs = {}
    for position, notebook in enumerate(notebooks):
        declared = READS_FROM.get(notebook.stem)
        if declared is None:
            needs[notebook] = set(notebooks[:position])
        else:
            needs[notebook] = {by_name[name] for name in declared if name in by_name}
    return needs


def run_name(only: str | None, parameters: dict[str, object]) -> str:
    """A folder name for a parameter run, e.g. ``03-n_clusters-4`` (safe on any file system)."""
    parts = [only or "all"]
    for name, value in parameters.items():
        parts += [name, str(value)]
    return re.sub(r"[^A-Za-z0-9._-]+", "_", "-".join(parts)).strip("_")[:120]


def build_of(processed: Path) -> str | None:
    """The corpus build of the tables in ``processed`` (``None``: none recorded)."""
    return read_manifest(processed)["tables"].get(BUILD_TABLE, {}).get("build_id")


def prepare_run_folder(
    run_dir: Path, parameters: dict[str, object], root: Path
) -> dict[str, object]:
    """Point a parameter run's tables and figures into ``run_dir``; return the parameters.

    The shared tables are copied in, so that a later notebook run alone
    (``--only 03``) finds the inputs it checks and reads, and writes its own
    tables beside them, not over ``data/processed/``. A run folder of the same
    corpus build keeps its tables, so ``--only 04 --run-name k4`` after
    ``--only 03 -p n_clusters 4 --run-name k4`` charts the k = 4 topics; after
    a rebuild of the corpus the copy is refreshed. Paths given explicitly are kept.
    """
    parameters = dict(parameters)
    if not any(name in parameters for name in PROCESSED_PARAMETERS):
        processed = run_dir / "processed"
        processed.mkdir(parents=True, exist_ok=True)
        main = root / MAIN_PROCESSED
        if build_of(processed) is None or build_of(processed) != build_of(main):
            for table in sorted(main.glob("*.csv")) + sorted(main.glob(MANIFEST_NAME)):
                shutil.copyfile(table, processed / table.name)
        for name in PROCESSED_PARAMETERS:
            parameters[name] = relative_to_root(processed, root)
    parameters.setdefault("figures_dir", relative_to_root(run_dir / "figures", root))
    return parameters


def processed_dir_of(own: dict[str, object], root: Path) -> Path:
    """Where a notebook with parameters ``own`` writes its tables and manifest."""
    for name in PROCESSED_PARAMETERS:
        if name in own:
            return resolve(str(own[name]), root)
    return root / MAIN_PROCESSED


def artefact_hashes(paths: list[Path], root: Path) -> dict[str, str]:
    """``{path relative to the project: sha256}`` of the files the runner made."""
    return {relative_to_root(p, root): file_sha256(p) for p in paths if p.is_file()}


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    """Run the notebooks of the project at ``root`` (tests give a copy); return the exit code."""
    import joblib
    import papermill

    from helpers.lexicon import LEXICON_ADDITIONS
    from helpers.provenance import package_versions
    from helpers.rendering import execute_notebook, import_rendering_libraries, render_reports

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="run only notebooks whose name starts with this")
    parser.add_argument(
        "-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="papermill parameter (value parsed as YAML), given to each notebook that declares it",
    )  # fmt: skip
    parser.add_argument("--force", action="store_true", help="rerun notebooks that are up to date")
    parser.add_argument("--run-name", help="folder under reports/runs/ for a parameter run")
    parser.add_argument(
        "--replace-main-report", action="store_true",
        help="let a parameter run write to reports/ and data/processed/ like the main run",
    )  # fmt: skip
    parser.add_argument(
        "--jobs", type=int, default=joblib.cpu_count(),
        help="notebooks run at once when their inputs allow (default: the cores; 1: one by one)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    import yaml

    parameters = {name: yaml.safe_load(value) for name, value in args.parameter}
    notebook_dir, main_reports = root / "notebooks", root / "reports"
    notebooks = sorted(notebook_dir.glob("[0-9][0-9]-*.ipynb"))
    if args.only:
        notebooks = [nb for nb in notebooks if nb.name.startswith(args.only)]
    if not notebooks:
        print("No notebooks to run.", file=sys.stderr)
        return 1
    reports = main_reports
    if (parameters or args.run_name) and not args.replace_main_report:
        reports = main_reports / "runs" / (args.run_name or run_name(args.only, parameters))
        parameters = prepare_run_folder(reports, parameters, root)
        print(f"Parameter run: writing to {relative_to_root(reports, root)}/", flush=True)
    executed_dir = reports / "executed"
    executed_dir.mkdir(parents=True, exist_ok=True)
    versions = package_versions()
    helpers_dir = Path(helpers.__file__).resolve().parent  # the code the kernels import
    figures_dir = resolve(str(parameters.get("figures_dir", "reports/figures")), root)
    settings_files = [root / LEXICON_ADDITIONS]  # the researcher's edits feed the next run
    needs = prerequisites(notebooks)
    pending, done, rendered = list(notebooks), set(), {}
    # (job kind, notebook, executed, full, reader, own parameters, fingerprint) per running job
    running: dict[Future, tuple[str, Path, Path, Path, Path, dict[str, object], str]] = {}
    to_render: list[tuple[str, Path, Path, Path, Path, dict[str, object], str]] = []
    started: dict[Path, float] = {}
    ran_for: dict[Path, float] = {}  # seconds from start to the end of execution
    failed = False
    context = multiprocessing.get_context("spawn")  # a fresh interpreter per worker
    with (
        one_thread_per_kernel(args.jobs),
        ProcessPoolExecutor(max_workers=max(1, args.jobs), mp_context=context) as pool,
    ):
        # every worker starts and imports papermill and nbconvert now, so the second one is
        # ready when notebook 01 ends instead of starting then
        for _ in range(max(1, args.jobs)):
            pool.submit(import_rendering_libraries)
        while pending or running or to_render:
            ready = [nb for nb in pending if needs[nb] <= done] if not failed else []
            skipped = False
            for notebook in ready:
                pending.remove(notebook)
                executed = executed_dir / notebook.name
                full = reports / f"{notebook.stem}.html"
                reader = reports / f"{notebook.stem}.reader.html"
                declared = papermill.inspect_notebook(notebook)
                own = {name: value for name, value in parameters.items() if name in declared}
                processed = processed_dir_of(own, root)
                fingerprint = code_fingerprint(notebook, helpers_dir, versions, settings_files)
                stale = "forced" if args.force else run_is_current(
                    processed, notebook.stem, own, fingerprint, root
                )  # fmt: skip
                if stale is None:
                    print(f"{notebook.name}: up to date, skipped", flush=True)
                    rendered[notebook] = (notebook.stem, full, reader)
                    done.add(notebook)
                    skipped = True
                    break  # its followers may be ready now: look again
                print(f"Running {notebook.name} ({stale}) ...", flush=True)
                for old_figure in figures_dir.glob(f"{notebook.stem[:2]}-*"):
                    old_figure.unlink()  # a chart this run does not draw must not outlive it
                job = pool.submit(execute_notebook, notebook, executed, own, notebook_dir)
                running[job] = ("execute", notebook, executed, full, reader, own, fingerprint)
                started[notebook] = time.perf_counter()
            if skipped:
                continue
            # HTML is rendered after the followers are queued, so it never delays them
            for item in to_render:  # item[2:5]: executed, full, reader
                running[pool.submit(render_reports, *item[2:5])] = item
            to_render.clear()
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for job in finished:
                kind, notebook, executed, full, reader, own, fingerprint = running.pop(job)
                try:
                    failure = job.result()
                except Exception as error:  # the worker process itself died
                    failure = f"FAILED: {notebook.name}: {type(error).__name__}: {error}"
                if failure:
                    print(failure, file=sys.stderr, flush=True)
                    failed = True
                    continue
                if kind == "execute":
                    ran_for[notebook] = time.perf_counter() - started[notebook]
                    done.add(notebook)  # its tables are written: its followers may start
                    to_render.append(("render", notebook, executed, full, reader, own,
                                      fingerprint))  # fmt: skip
                    continue
                figures = sorted(figures_dir.glob(f"{notebook.stem[:2]}-*"))
                made = artefact_hashes([executed, full, reader, *figures], root)
                record_run(processed_dir_of(own, root), notebook.stem, own, fingerprint, made)
                rendered[notebook] = (notebook.stem, full, reader)
                print(f"  wrote {relative_to_root(full, root)} and "
                      f"{relative_to_root(reader, root)} ({notebook.name[:2]} ran in "
                      f"{ran_for[notebook]:.0f} s)", flush=True)  # fmt: skip
    if failed or pending:
        return 1
    rendered = [rendered[notebook] for notebook in notebooks]
    if not args.only:
        processed = resolve(str(parameters.get("processed_dir", MAIN_PROCESSED)), root)
        links = [(name, full.name, reader.name) for name, full, reader in rendered]
        from helpers.report_index import write_index

        index = write_index(processed, reports, links, figures_dir)
        print(f"Index: {relative_to_root(index, root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
