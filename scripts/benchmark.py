"""Benchmark the pipeline on scaled corpora resampled from the seeds; prints figures.

Usage: ``python scripts/benchmark.py [--sizes 100 1000 10000] [--workers 2]``
(``make benchmark`` runs the default sizes). Each size runs in a fresh
process, so peak memory is that size's own. For every size it prints: wall
time, articles/s and tokens/s of the processing stage (notebook 01's
``build_corpus``) with 1 worker and with ``--workers``; the same figures for
bare underthesea ``word_tokenize`` over the same article texts (the ratio is
the figure that matters); the times of the frequency, topic and
co-occurrence stages; the seeded topic model's fit (target: under a third
of processing); peak memory; and the cached rerun time.

The synthetic corpus keeps each seed's page furniture (captions, players,
related-article blocks) and replaces its body paragraphs with paragraphs
drawn at random from the seeds of the same language, so every stage does
realistic work. Figures are from this machine; see README for recorded runs.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(n_articles: int, folder: Path, seed: int = 7) -> None:
    """Write ``n_articles`` resampled articles into ``folder``."""
    from helpers.cleaning import clean_article
    from helpers.corpus import decode_article_bytes
    from helpers.language import detect_language

    templates = []
    pools: dict[str, list[str]] = {}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text, _ = decode_article_bytes(path.read_bytes())
        cleaned = clean_article(text)
        language = detect_language(" ".join(line.text for line in cleaned.kept))
        body_lines = {line.line_no for line in cleaned.kept}
        templates.append((text.split("\n"), body_lines, language))
        pools.setdefault(language, []).extend(line.text for line in cleaned.kept)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_articles):
        lines, body_lines, language = templates[rng.randrange(len(templates))]
        pool = pools[language]
        out = []
        for line_no, line in enumerate(lines, start=1):
            if line_no in body_lines:
                header = line[: len(line) - len(line.lstrip())]
                if line.lstrip().startswith("date "):  # keep the metadata header prefix
                    header = " ".join(line.split()[:2]) + " "
                out.append(header + rng.choice(pool))
            else:
                out.append(line)
        (folder / f"bench_{i:06d}.txt").write_text("\n".join(out), encoding="utf-8")


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its (finished) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_one(n_articles: int, workers: int) -> dict:
    """All measurements for one corpus size (run in its own process)."""
    from underthesea import word_tokenize

    from helpers.cooccurrence import sentence_cooccurrence, window_cooccurrence
    from helpers.frequency import keyness, ngram_table, term_frequencies
    from helpers.pipeline import build_corpus
    from helpers.topics import (
        cluster_sentences,
        concept_features,
        sentence_vectors,
        tag_sentences,
        topic_profiles,
    )  # fmt: skip

    word_tokenize("khởi động mô hình")  # load the model outside the timings
    figures: dict = {"articles": n_articles, "workers": workers}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        make_corpus(n_articles, folder)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        figures["input_mb"] = sum(len(t.encode()) for t in texts) / 1e6

        started = time.perf_counter()
        tables = build_corpus([folder], Path(tmp), progress=None, n_jobs=1)
        figures["process_1_worker_s"] = time.perf_counter() - started
        tokens = int(tables.documents.n_tokens.sum())
        figures["tokens"] = tokens
        figures["analysed"] = len(tables.documents)

        # Cleaning alone, in CPU time: the figure that a change of cleaning rules moves.
        from helpers.cleaning import clean_article

        started = time.process_time()
        for text in texts:
            clean_article(text)
        figures["cleaning_cpu_s"] = time.process_time() - started

        started = time.perf_counter()
        bare_tokens = 0
        for text in texts:
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    bare_tokens += len(word_tokenize(paragraph))
        figures["bare_word_tokenize_s"] = time.perf_counter() - started
        figures["bare_tokens"] = bare_tokens

        started = time.perf_counter()
        for sentence in tables.sentences.text:
            word_tokenize(sentence)
        figures["bare_on_cleaned_s"] = time.perf_counter() - started

        cache = Path(tmp) / "cache"
        started = time.perf_counter()
        build_corpus([folder], Path(tmp), progress=None, n_jobs=workers, cache_dir=cache)
        figures[f"process_{workers}_workers_s"] = time.perf_counter() - started
        started = time.perf_counter()
        build_corpus([folder], Path(tmp), progress=None, n_jobs=workers, cache_dir=cache)
        figures["cached_rerun_s"] = time.perf_counter() - started

        sentences = tables.sentences
        started = time.perf_counter()
        frequencies = term_frequencies(sentences)
        keyness(frequencies)
        ngram_table(sentences)
        figures["frequency_stage_s"] = time.perf_counter() - started

        started = time.perf_counter()
        tags = tag_sentences(sentences)
        topic_profiles(tags)
        vectors, _ = sentence_vectors(concept_features(sentences))
        cluster_sentences(vectors, 4, seed=42)
        figures["topic_stage_s"] = time.perf_counter() - started

        # The seeded topic model: wall and CPU time of one fit on all the corpus's sentences.
        from helpers.topic_model import fit_seeded_model

        started, cpu = time.perf_counter(), time.process_time()
        fit_seeded_model(sentences)
        figures["topic_model_fit_s"] = time.perf_counter() - started
        figures["topic_model_fit_cpu_s"] = time.process_time() - cpu
        figures["sentences"] = len(sentences)

        started = time.perf_counter()
        sentence_cooccurrence(sentences)
        window_cooccurrence(sentences)
        figures["cooccurrence_stage_s"] = time.perf_counter() - started

    own, children = peak_memory_mb()
    figures["peak_memory_mb"] = own
    figures["peak_worker_memory_mb"] = children
    return figures


def report(f: dict, workers: int) -> str:
    one = f["process_1_worker_s"]
    many = f[f"process_{workers}_workers_s"]
    bare = f["bare_word_tokenize_s"]
    all_stages = many + f["frequency_stage_s"] + f["topic_stage_s"] + f["cooccurrence_stage_s"]
    lines = [
        f"== {f['articles']:,} articles ({f['input_mb']:.1f} MB, {f['analysed']:,} analysed, "
        f"{f['tokens']:,} tokens after cleaning)",
        f"processing, 1 worker     {one:9.1f} s  {f['articles'] / one:8.1f} articles/s  "
        f"{f['tokens'] / one:9.0f} tokens/s",
        f"bare word_tokenize       {bare:9.1f} s  {f['articles'] / bare:8.1f} articles/s  "
        f"{f['bare_tokens'] / bare:9.0f} tokens/s (raw text, {f['bare_tokens']:,} tokens)",
        f"  ratio processing / bare, same files (articles/s): {bare / one:.2f}   (target >= 0.8)",
        f"bare word_tokenize on the cleaned sentences only: {f['bare_on_cleaned_s']:.1f} s, "
        f"{f['tokens'] / f['bare_on_cleaned_s']:.0f} tokens/s",
        f"  ratio processing / bare, same cleaned text (tokens/s): "
        f"{f['bare_on_cleaned_s'] / one:.2f}   (the pipeline's own overhead)",
        f"cleaning alone (CPU)     {f['cleaning_cpu_s']:9.1f} s  "
        f"{1000 * f['cleaning_cpu_s'] / f['articles']:8.2f} ms/article  "
        f"= {f['cleaning_cpu_s'] / one:.1%} of processing",
        f"processing, {workers} workers    {many:9.1f} s  {f['articles'] / many:8.1f} articles/s  "
        f"speed-up {one / many:.2f}x   (target >= 1.6x)",
        f"cached rerun             {f['cached_rerun_s']:9.1f} s  "
        f"= {f['cached_rerun_s'] / many:.1%} of the cold run   (target < 10%)",
        f"frequency stage          {f['frequency_stage_s']:9.1f} s",
        f"topic stage              {f['topic_stage_s']:9.1f} s",
        f"topic model fit          {f['topic_model_fit_s']:9.1f} s  "
        f"({f['topic_model_fit_cpu_s']:.1f} s CPU, {f['sentences']:,} sentences) "
        f"= {f['topic_model_fit_s'] / one:.1%} of processing   (target < 33%)",
        f"co-occurrence stage      {f['cooccurrence_stage_s']:9.1f} s",
        f"all stages ({workers} workers)    {all_stages:9.1f} s   (target < 300 s at 10,000)",
        f"peak memory              {f['peak_memory_mb']:9.0f} MB main process, "
        f"{f['peak_worker_memory_mb']:.0f} MB largest worker   (target < 3,000 MB)",
    ]
    return "\n".join(lines)


def time_full_report(n_articles: int, input_dir: Path | None = None) -> str:
    """``make report`` on ``n_articles`` generated pages (or the pages of ``input_dir``) against
    bare underthesea segmentation of the same files.

    The pages come from ``scripts/generate_corpus.py`` (outlets, two languages, two years, a
    metadata.csv; about 190 words a page) unless ``input_dir`` is given: real pages, such as a
    crawl, are about four times longer, which weighs segmentation against the notebooks' fixed
    costs differently. Every notebook runs as ``make report`` runs it (notebook 01 on every
    core from 200 articles, notebooks side by side where their inputs allow, the segmentation
    cache off so nothing is reused), as a parameter run in a temporary folder under
    ``reports/runs/``, removed afterwards. Bare segmentation is ``word_tokenize`` over every
    non-blank line of the same files, in one process. The same run on the five seeds alone
    gives the report's fixed cost, which no corpus size changes.
    """
    from underthesea import word_tokenize

    word_tokenize("khởi động mô hình")
    run_name = f"benchmark-{n_articles if input_dir is None else input_dir.name}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus" if input_dir is None else input_dir
        if input_dir is None:
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "generate_corpus.py"), "--out",
                 str(folder), "--n", str(n_articles), "--seed", "1"],
                check=True, capture_output=True,
            )  # fmt: skip
        files = sorted(folder.glob("*.txt"))
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
        words = sum(len(text.split()) for text in texts)
        started = time.perf_counter()
        for text in texts:
            for line in text.split("\n"):
                if line.strip():
                    word_tokenize(line)
        bare = time.perf_counter() - started
        report_s, result = _timed_report(run_name, folder)
        # The same five notebooks on the five seeds alone: what a report costs before any page
        # of the corpus is read (kernel starts, imports, charts, HTML), the floor under the ratio.
        fixed_s, fixed = _timed_report(f"{run_name}-seeds", ROOT / "seeds")
    what = "generated articles" if input_dir is None else f"pages of {input_dir}"
    for run in (result, fixed):
        if run.returncode != 0:
            return f"== make report on {len(files):,} {what}: FAILED\n{run.stderr[-2000:]}"
    return (
        f"== make report on {len(files):,} {what} ({words / len(files):.0f} words a page; "
        f"all notebooks, no cache)\n"
        f"whole report             {report_s:9.1f} s\n"
        f"bare word_tokenize       {bare:9.1f} s\n"
        f"ratio                    {report_s / bare:9.2f}   (target <= 1.5)\n"
        f"report on the 5 seeds    {fixed_s:9.1f} s   (fixed cost: {fixed_s / bare:.2f} x bare "
        f"before any page is read)"
    )


def _timed_report(run_name: str, folder: Path) -> tuple[float, subprocess.CompletedProcess]:
    """Wall time of every notebook, forced, on the pages of ``folder`` alone, without the
    segmentation cache, as a parameter run under ``reports/runs/`` that is removed afterwards."""
    import shutil

    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_notebooks.py"), "--force",
         "--run-name", run_name, "-p", "input_dirs", json.dumps([str(folder)]),
         "-p", "cache_dir", "null"], cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    shutil.rmtree(ROOT / "reports" / "runs" / run_name, ignore_errors=True)
    return seconds, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--report", type=int, metavar="N",
        help="time the whole make report on N generated articles against bare segmentation",
    )  # fmt: skip
    parser.add_argument(
        "--report-input", type=Path, metavar="FOLDER",
        help="time the whole make report on the pages of FOLDER (e.g. a crawl) instead",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.workers)))
        return 0
    import os
    import platform

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}", flush=True)  # fmt: skip
    if args.report or args.report_input:
        print(time_full_report(args.report or 0, args.report_input), flush=True)
        return 0
    for size in args.sizes:
        result = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--workers", str(args.workers)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode != 0:
            print(f"== {size} articles: FAILED\n{result.stderr[-2000:]}", flush=True)
            return 1
        print(report(json.loads(result.stdout.strip().splitlines()[-1]), args.workers), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
