"""Notebook 01's corpus build: input folders in, the three contract tables out.

``build_corpus`` reads, cleans, normalises, splits and segments every article
and returns ``CorpusTables``; ``write_corpus_tables`` writes them to
``data/processed/`` exactly as docs/data-dictionary.md's contracts say (plus
``skipped_files.csv``, the report of files not analysed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from joblib import Parallel, cpu_count, delayed, parallel_config

from helpers.cache import ArticleCache, SegmentationCache
from helpers.cleaning import (
    CleanedArticle,
    clean_article,
    ends_like_sentence,
    kept_letter_share,
    letter_count,
)
from helpers.corpus import (
    MAX_FILE_BYTES,
    InputDocument,
    ProcessedArticle,
    SkippedFile,
    find_near_duplicates,
    minhash_signature,
    read_input_documents,
    shingle_hashes,
)
from helpers.english import tokenize_english
from helpers.input_metadata import KNOWN_COLUMNS, MetadataError, read_folder_metadata
from helpers.io import write_csv_atomic
from helpers.language import detect_language
from helpers.metadata import STAMP_LINES_AFTER_BODY, choose_title, infer_date
from helpers.repeated_lines import find_repeated_lines
from helpers.schema import (
    COMPUTED_DOCUMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    REMOVED_COLUMNS,
    SENTENCE_COLUMNS,
    SKIPPED_COLUMNS,
)
from helpers.terms import tokens_to_terms
from helpers.vietnamese import default_fixed_words, segment_words, split_sentences

#: Modules whose code decides an article's sentences, tokens and terms, and those that
#: decide everything else notebook 01 writes about it. Their source is hashed into the
#: cache keys, so a code change can never serve stale results from the cache.
#: ``tests/test_pipeline.py`` checks that they cover every helpers module the segmentation
#: and this module import, directly or not (``furniture.py`` was once missed, so a change to
#: its patterns alone served cleaned text from the cache).
SEGMENTATION_MODULES = ("vietnamese.py", "english.py", "language.py", "terms.py", "pipeline.py")
ARTICLE_MODULES = (
    *SEGMENTATION_MODULES, "schema.py", "cleaning.py", "furniture.py", "corpus.py",
    "input_metadata.py", "paths.py", "repeated_lines.py", "metadata.py", "io.py", "cache.py",
)  # fmt: skip

SUPPORTED_LANGUAGES = ("vi", "en")


@dataclass
class CorpusTables:
    """The outputs of notebook 01 as DataFrames (column order as in the contracts)."""

    documents: pd.DataFrame
    removed_lines: pd.DataFrame
    sentences: pd.DataFrame
    skipped_files: pd.DataFrame


def tokenize_sentence(sentence: str, language: str, fixed_words: Sequence[str]) -> list[str]:
    """Word tokens of one sentence: underthesea for Vietnamese, a regex for English."""
    if language == "vi":
        return segment_words(sentence, fixed_words)
    return tokenize_english(sentence)


@lru_cache(maxsize=16)
def code_fingerprint(modules: tuple[str, ...], fixed_words: tuple[str, ...]) -> str:
    """A hash of everything that decides the output for a given input text.

    Covers the source of ``modules`` (files of the ``helpers`` package), the
    packaged resource lists, underthesea's version and the domain dictionary
    as passed. Cached per process: it reads a few files once.
    """
    from importlib import metadata, resources

    package = resources.files("helpers")
    digest = hashlib.sha256()
    digest.update(metadata.version("underthesea").encode())
    for name in modules:
        digest.update(package.joinpath(name).read_bytes())
    for name in sorted(p.name for p in package.joinpath("resources").iterdir()):
        if name.endswith((".txt", ".csv")):
            digest.update(package.joinpath("resources", name).read_bytes())
    digest.update("\n".join(fixed_words).encode("utf-8"))
    return digest.hexdigest()


def segment_paragraphs(
    paragraphs: Sequence[str], language: str, fixed_words: Sequence[str]
) -> list[dict]:
    """Sentences of each paragraph with their tokens and terms.

    Output: one dict per sentence with ``paragraph_id``, ``text``, ``tokens``
    and ``terms`` (space-separated), in text order.
    """
    rows = []
    for paragraph_id, paragraph in enumerate(paragraphs):
        for sentence in split_sentences(paragraph, language):
            tokens = tokenize_sentence(sentence, language, fixed_words)
            rows.append({
                "paragraph_id": paragraph_id, "text": sentence, "tokens": " ".join(tokens),
                "terms": " ".join(tokens_to_terms(tokens, language)),
            })  # fmt: skip
    return rows


def removal_rows(document: InputDocument, cleaned: CleanedArticle) -> list[dict]:
    """``removed_lines.csv`` rows of one cleaned article."""
    return [
        {"doc_id": document.doc_id, "line_no": r.line_no, "text": r.text, "reason": r.reason,
         "scope": r.scope}
        for r in cleaned.removed
    ]  # fmt: skip


def unanalysable(
    document: InputDocument, cleaned: CleanedArticle, language: str
) -> SkippedFile | None:
    """Why a cleaned article cannot be analysed (no body left, another language), or None.
    ``language`` is ``article_language(cleaned)``."""
    if not cleaned.kept:
        return SkippedFile(document.source_file, "no_body", "every line is page furniture")
    if language not in SUPPORTED_LANGUAGES:
        return SkippedFile(
            document.source_file,
            "unsupported_language",
            "neither Vietnamese nor English by the language heuristic",
        )
    return None


def article_language(cleaned: CleanedArticle) -> str:
    """The language of an article's body (``""`` when nothing is left)."""
    return detect_language(" ".join(line.text for line in cleaned.kept)) if cleaned.kept else ""


def describe_article(
    document: InputDocument,
    cleaned: CleanedArticle,
    first_sentence: str,
    language: str,
    today: dt.date | None = None,
) -> dict:
    """The ``documents.csv`` row of one article, all but its sentence and token counts.

    Input: the decoded article, its cleaning result and its first body sentence
    (the title when the page has no headline). Output: a dict with title, date
    (never guessed: see ``helpers.metadata.infer_date``), language, outlet, line
    counts, ``kept_share`` and ``truncated``. Metadata from ``metadata.csv`` is
    applied later, by ``apply_metadata``.
    """
    paragraphs = [line.text for line in cleaned.kept]
    # the whole page goes in too: publication stamps sit in bylines that cleaning removes
    headline_line = next((r.line_no for r in cleaned.removed if r.reason == "headline"), 0)
    date, date_source = infer_date(
        paragraphs, cleaned.header.get("date", ""), today, document.text, headline_line,
        article_end_line(cleaned),
    )  # fmt: skip
    title, title_source = choose_title(cleaned.headline, first_sentence)
    n_removed = sum(r.scope == "line" for r in cleaned.removed)
    input_letters = letter_count(document.text)
    return {
        "doc_id": document.doc_id,
        "source_file": document.source_file,
        "title": title,
        "date": date,
        "date_source": date_source,
        "language": language,
        "outlet": cleaned.outlet,
        "n_input_lines": cleaned.n_input_lines,
        "n_kept_lines": len(cleaned.kept),
        "n_removed_lines": n_removed,
        "sha256": document.sha256,
        "kept_share": round(kept_letter_share(cleaned, input_letters), 4),
        "truncated": int(cleaned.truncated),
        "title_source": title_source,
        "n_input_letters": input_letters,
        "encoding": document.encoding,
        "n_trimmed_fragments": len(cleaned.removed) - n_removed,
        "url": cleaned.header.get("url", ""),
    }


#: Removals that mark the end of an article: what follows them is other articles or the site.
_AFTER_THE_ARTICLE = ("related_articles", "site_chrome", "repeated_on_other_pages")


def article_end_line(cleaned: CleanedArticle) -> int:
    """The last line of the article itself: its last body line, or up to
    ``STAMP_LINES_AFTER_BODY`` lines below it (a byline with its stamp) when no related
    box or footer starts sooner; 0 without a body. Stamps below it are other articles'."""
    if not cleaned.kept:
        return 0
    last = cleaned.kept[-1].line_no
    boxes = [
        r.line_no for r in cleaned.removed
        if r.scope == "line" and r.reason in _AFTER_THE_ARTICLE and r.line_no > last
    ]  # fmt: skip
    return min([last + STAMP_LINES_AFTER_BODY, *(line - 1 for line in boxes)])


def process_article(
    document: InputDocument,
    fixed_words: Sequence[str] | None = None,
    today: dt.date | None = None,
    cache_dir: str | os.PathLike | None = None,
) -> ProcessedArticle:
    """Clean, split and segment one decoded article into table rows.

    Input: an ``InputDocument``; optionally a segmentation cache folder.
    Output: a ``ProcessedArticle`` whose ``skipped`` is set (and rows empty)
    when the body is empty after cleaning or in a language the project does
    not analyse.
    """
    fixed_words = default_fixed_words() if fixed_words is None else tuple(fixed_words)
    cleaned = clean_article(document.text)
    removed = removal_rows(document, cleaned)
    language = article_language(cleaned)
    skipped = unanalysable(document, cleaned, language)
    if skipped is not None:
        return ProcessedArticle(None, removed, [], skipped)
    paragraphs = [line.text for line in cleaned.kept]

    cache = SegmentationCache(cache_dir) if cache_dir else None
    segmented = None
    if cache:
        key = cache.key(paragraphs, language, code_fingerprint(SEGMENTATION_MODULES, fixed_words))
        segmented = cache.get(key)
    if segmented is None:
        segmented = segment_paragraphs(paragraphs, language, fixed_words)
        if cache:
            cache.put(key, segmented)
    sentences = [
        {
            "doc_id": document.doc_id,
            "sent_id": sent_id,
            "paragraph_id": row["paragraph_id"],
            "language": language,
            "text": row["text"],
            "tokens": row["tokens"],
            "terms": row["terms"],
            "line_no": cleaned.kept[row["paragraph_id"]].line_no,
        }
        for sent_id, row in enumerate(segmented)
    ]
    first_sentence = sentences[0]["text"] if sentences else paragraphs[0]
    row = describe_article(document, cleaned, first_sentence, language, today)
    row["n_sentences"] = len(sentences)
    row["n_tokens"] = sum(len(s["tokens"].split()) for s in sentences)
    row["n_terms"] = sum(len(s["terms"].split()) for s in sentences)
    return ProcessedArticle(row, removed, sentences)


def describe_folders(
    input_dirs: Sequence[Path], root: Path | None = None, today: dt.date | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``(documents, removed_lines, skipped_files)`` for ``input_dirs`` without segmenting.

    Reading, duplicate checks, cleaning, titles, dates and ``metadata.csv`` exactly
    as ``build_corpus`` does them; ``documents`` lacks only the sentence and token
    counts. This is what ``scripts/audit_corpus.py`` reports on.
    """
    metadata = read_input_metadata(input_dirs)
    extra_columns = metadata_extra_columns(metadata)
    documents, skipped = read_input_documents(input_dirs, root)
    removals: dict[str, list[dict]] = {}
    analysed = []
    for document in documents:
        cleaned = clean_article(document.text)
        removals[document.doc_id] = removal_rows(document, cleaned)
        language = article_language(cleaned)
        reason = unanalysable(document, cleaned, language)
        if reason is not None:
            skipped.append(reason)
            continue
        first_sentence = _first_sentence(cleaned.kept[0].text)
        row = describe_article(document, cleaned, first_sentence, language, today)
        analysed.append((document, row, [(line.line_no, line.text) for line in cleaned.kept]))
    repeated = find_repeated_lines({document.doc_id: kept for document, _, kept in analysed})
    doc_rows = []
    for document, row, kept in analysed:
        if document.doc_id in repeated:
            row, dropped = drop_repeated_lines(row, kept, repeated[document.doc_id], document)
            removals[document.doc_id].extend(dropped)
            if row is None:
                skipped.append(_no_body_left(document))
                continue
        own = metadata.get(document.path.resolve(), {})
        doc_rows.append(apply_metadata(row, own, extra_columns))
    removed_rows = [row for rows in removals.values() for row in rows]
    counts = ["n_sentences", "n_tokens", "n_terms"]
    columns = [c for c in _columns(doc_rows, DOCUMENT_COLUMNS) if c not in counts]
    return (
        pd.DataFrame(doc_rows, columns=columns),
        pd.DataFrame(removed_rows, columns=REMOVED_COLUMNS),
        pd.DataFrame([vars(s) for s in skipped], columns=SKIPPED_COLUMNS),
    )


def _process_and_hash(
    document: InputDocument,
    fixed_words: Sequence[str],
    today: dt.date,
    cache_dir: Path | None,
) -> tuple[ProcessedArticle, np.ndarray, np.ndarray]:
    """``process_article`` plus the shingle hashes and MinHash signature that
    near-duplicate detection needs (one job)."""
    hashes = shingle_hashes(document.text)
    article = process_article(document, fixed_words, today, cache_dir)
    return article, hashes, minhash_signature(hashes)


#: Below this many articles to segment, one process: a worker takes about two seconds to start
#: and load underthesea's model, more than it saves on a small corpus (``make benchmark``, two
#: workers against one: 0.82x the speed at 100 articles, 1.56x at 1,000).
PARALLEL_FROM_ARTICLES = 200


def automatic_workers(n_articles: int) -> int:
    """Worker processes for segmenting ``n_articles``: one below ``PARALLEL_FROM_ARTICLES``,
    else every core this process may use (joblib's count: CPU affinity and container quotas
    included, unlike ``os.cpu_count``)."""
    return 1 if n_articles < PARALLEL_FROM_ARTICLES else max(1, cpu_count())


def _print_progress(done: int, total: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    print(f"  processed {done}/{total} articles in {elapsed:.1f} s", file=sys.stdout, flush=True)


def build_corpus(
    input_dirs: Sequence[Path],
    root: Path | None = None,
    fixed_words: Sequence[str] | None = None,
    progress: Callable[[int, int, float], None] | None = _print_progress,
    today: dt.date | None = None,
    n_jobs: int | None = None,
    cache_dir: str | os.PathLike | None = None,
    backend: str | None = None,
    max_file_bytes: int = MAX_FILE_BYTES,
) -> CorpusTables:
    """Read every article in ``input_dirs`` and return the corpus tables.

    ``n_jobs`` articles are processed in parallel with joblib (``-1``: all
    cores; ``None``: ``automatic_workers``, one process for a small corpus);
    ``backend`` picks joblib's backend (``None``: loky processes; ``"dask"``:
    the workers of the active ``dask.distributed`` client, see
    README). ``cache_dir`` turns on two caches: whole articles keyed by their
    raw bytes and the code (an unchanged file costs a file read), and segmented
    sentences keyed by the cleaned text (a changed footer does not force
    re-segmentation). Results never depend on these settings: articles are
    reassembled in input order. A ``metadata.csv`` in an input folder (see
    ``helpers.input_metadata``) wins over the date, title and outlet inferred from
    the text and adds its other columns (``url`` always). Progress is
    reported about ten times over the run. Files that cannot be analysed end up
    in ``skipped_files`` with their path and reason; the rest is processed.
    """
    # metadata.csv is read first so that a broken one stops the run before any work
    metadata = read_input_metadata(input_dirs)
    documents, skipped = read_input_documents(input_dirs, root, max_file_bytes, deduplicate=False)
    fixed_words = default_fixed_words() if fixed_words is None else tuple(fixed_words)
    today = today or dt.date.today()
    articles = ArticleCache(Path(cache_dir) / "articles") if cache_dir else None
    segments = Path(cache_dir) / "segments" if cache_dir else None
    fingerprint = code_fingerprint(ARTICLE_MODULES, fixed_words)
    results: dict[int, ProcessedArticle] = {}
    hashes: dict[int, np.ndarray] = {}
    signatures: dict[int, np.ndarray] = {}
    keys: list[str] = []
    for index, document in enumerate(documents):
        key = articles.article_key(document, fingerprint, today) if articles else ""
        keys.append(key)
        hit = articles.get_article(key) if articles else None
        if hit is not None:
            results[index], hashes[index], signatures[index] = hit
    todo = [i for i in range(len(documents)) if i not in results]
    n_jobs = automatic_workers(len(todo)) if n_jobs is None else n_jobs

    # Segmentation is the cost, so it runs first and in parallel; near-duplicates are
    # found afterwards from the shingle hashes the workers return (a duplicate's wasted
    # work is rare, and the hashing itself is then parallel too).
    started = time.perf_counter()
    step = max(1, len(todo) // 10)
    batch_size = max(1, min(64, len(todo) // (4 * max(1, abs(n_jobs))) or 1))
    jobs = (delayed(_process_and_hash)(documents[i], fixed_words, today, segments) for i in todo)
    with parallel_config(backend=backend) if backend else nullcontext():
        computed = Parallel(n_jobs=n_jobs, return_as="generator", batch_size=batch_size)(jobs)
        for done, (index, (article, own_hashes, signature)) in enumerate(
            zip(todo, computed, strict=True), 1
        ):
            results[index], hashes[index], signatures[index] = article, own_hashes, signature
            if articles:
                articles.put_article(keys[index], article, own_hashes, signature)
            if progress and (done % step == 0 or done == len(todo)):
                progress(done, len(todo), started)
    if progress and len(documents) > len(todo):
        print(f"  {len(documents) - len(todo)} unchanged articles taken from the cache", flush=True)
    order = range(len(documents))
    keep, near = find_near_duplicates(
        documents, [hashes[i] for i in order], signatures=[signatures[i] for i in order]
    )
    skipped.extend(near)

    # Metadata is applied here, after the article cache, so that editing metadata.csv
    # changes the output on a rerun without touching the cached articles.
    analysed = [i for i in keep if results[i].skipped is None]
    repeated = find_repeated_lines(
        {documents[i].doc_id: kept_lines(results[i].sentences) for i in analysed}
    )
    for index in analysed:
        if documents[index].doc_id in repeated:
            results[index] = without_repeated_lines(
                results[index], repeated[documents[index].doc_id], documents[index]
            )

    extra_columns = metadata_extra_columns(metadata)
    doc_rows, removed_rows, sentence_rows = [], [], []
    for index in keep:
        article = results[index]
        removed_rows.extend(article.removed)
        if article.skipped is not None:
            skipped.append(article.skipped)
        else:
            own = metadata.get(documents[index].path.resolve(), {})
            doc_rows.append(apply_metadata(article.document, own, extra_columns))
            sentence_rows.extend(article.sentences)
    return CorpusTables(
        documents=pd.DataFrame(doc_rows, columns=_columns(doc_rows, DOCUMENT_COLUMNS)),
        removed_lines=pd.DataFrame(removed_rows, columns=_columns(removed_rows, REMOVED_COLUMNS)),
        sentences=pd.DataFrame(sentence_rows, columns=_columns(sentence_rows, SENTENCE_COLUMNS)),
        skipped_files=pd.DataFrame([vars(s) for s in skipped], columns=SKIPPED_COLUMNS),
    )


def _first_sentence(line: str) -> str:
    """The first sentence of a body line, as the title of a page without a headline."""
    return (split_sentences(line) or [line])[0]


def _no_body_left(document: InputDocument) -> SkippedFile:
    return SkippedFile(
        document.source_file,
        "no_body",
        "every line is page furniture (some of it repeated on other pages of the corpus)",
    )


def kept_lines(sentences: Sequence[dict]) -> list[tuple[int, str]]:
    """An article's kept body lines, ``[(line_no, text)]``, put back together from its
    ``sentences.csv`` rows (one body line is one paragraph; splitting loses no letter)."""
    lines: dict[int, list[str]] = {}
    for sentence in sentences:
        lines.setdefault(sentence["line_no"], []).append(sentence["text"])
    return [(line_no, " ".join(texts)) for line_no, texts in lines.items()]


def drop_repeated_lines(
    row: dict, kept: Sequence[tuple[int, str]], line_nos: Sequence[int], document: InputDocument
) -> tuple[dict | None, list[dict]]:
    """An article's documents.csv row once ``line_nos`` are removed as repeated on other pages.

    Input: the row from ``describe_article``, the article's kept lines ``[(line_no, text)]``,
    the lines to remove (``helpers.repeated_lines.find_repeated_lines``) and the document.
    Output: the row with its line counts, ``kept_share``, ``truncated`` and (when it came from
    the first sentence) ``title`` recomputed, or None when no line is left; and the
    ``removed_lines.csv`` rows, each the raw line with reason ``repeated_on_other_pages``.
    """
    drop = set(line_nos)
    raw_lines = document.text.split("\n")
    removals = [
        {"doc_id": document.doc_id, "line_no": line_no, "text": raw_lines[line_no - 1].strip(),
         "reason": "repeated_on_other_pages", "scope": "line"}
        for line_no in sorted(drop)
    ]  # fmt: skip
    remaining = [text for line_no, text in kept if line_no not in drop]
    if not remaining:
        return None, removals
    row = dict(row)
    row["n_kept_lines"] = len(remaining)
    row["n_removed_lines"] += len(drop)
    headline = row["title"] if row["title_source"] == "headline" else ""
    if row["n_input_letters"]:
        kept_letters = sum(map(letter_count, remaining)) + letter_count(headline)
        row["kept_share"] = round(min(1.0, kept_letters / row["n_input_letters"]), 4)
    row["truncated"] = int(not ends_like_sentence(remaining[-1]))
    if not headline:
        row["title"], row["title_source"] = choose_title("", _first_sentence(remaining[0]))
    return row, removals


def without_repeated_lines(
    article: ProcessedArticle, line_nos: Sequence[int], document: InputDocument
) -> ProcessedArticle:
    """A processed article without the body lines ``line_nos`` (repeated on other pages):
    its sentences renumbered, its documents.csv row recomputed (``drop_repeated_lines``),
    the removals logged; skipped as ``no_body`` when nothing is left."""
    row, removals = drop_repeated_lines(
        article.document, kept_lines(article.sentences), line_nos, document
    )
    removed = [*article.removed, *removals]
    if row is None:
        return ProcessedArticle(None, removed, [], _no_body_left(document))
    drop = set(line_nos)
    kept = [s for s in article.sentences if s["line_no"] not in drop]
    paragraph_ids = {
        old: new for new, old in enumerate(dict.fromkeys(s["paragraph_id"] for s in kept))
    }
    sentences = [
        {**s, "sent_id": sent_id, "paragraph_id": paragraph_ids[s["paragraph_id"]]}
        for sent_id, s in enumerate(kept)
    ]
    row["n_sentences"] = len(sentences)
    row["n_tokens"] = sum(len(s["tokens"].split()) for s in sentences)
    row["n_terms"] = sum(len(s["terms"].split()) for s in sentences)
    return ProcessedArticle(row, removed, sentences)


def _columns(rows: list[dict], contract: Sequence[str]) -> list[str]:
    """Contract columns first, then every extra column any row carries (first seen first)."""
    extra = dict.fromkeys(c for row in rows for c in row if c not in contract)
    return [*contract, *extra]


def read_input_metadata(input_dirs: Sequence[Path]) -> dict[Path, dict[str, str]]:
    """Every input folder's ``metadata.csv`` rows, keyed by the described file's resolved path.

    Raises ``MetadataError`` (see ``read_folder_metadata``) for a broken file.
    """
    rows: dict[Path, dict[str, str]] = {}
    for folder in input_dirs:
        table = read_folder_metadata(Path(folder))
        if table is None:
            continue
        for record in table.to_dict("records"):
            rows[(Path(folder) / record["file"]).resolve()] = record
    return rows


def metadata_extra_columns(metadata: dict[Path, dict[str, str]]) -> list[str]:
    """The columns documents.csv gains from metadata: ``url`` always, then every column
    a researcher added (first seen first). Raises ``MetadataError`` when one would
    overwrite a column the pipeline computes."""
    added = dict.fromkeys(c for row in metadata.values() for c in row if c not in KNOWN_COLUMNS)
    clashes = [c for c in added if c in COMPUTED_DOCUMENT_COLUMNS]
    if clashes:
        raise MetadataError(
            f"metadata.csv column(s) {', '.join(clashes)} would overwrite what the pipeline "
            "computes; rename them"
        )
    return ["url", *added]


def apply_metadata(document: dict, metadata: dict[str, str], extra_columns: Sequence[str]) -> dict:
    """One documents.csv row with a researcher's metadata applied.

    Input: the row computed from the text, the file's metadata.csv row (``{}`` when
    it has none) and the extra columns every row must have. Output: a new row where
    non-empty ``date``, ``outlet``, ``title`` and ``url`` values win (``date_source`` and
    ``title_source`` become ``metadata``) and every extra column is present (``""``
    when unknown; ``url`` keeps the page's own ``url`` header).
    """
    row = dict(document)
    if metadata.get("date"):
        row["date"], row["date_source"] = metadata["date"], "metadata"
    if metadata.get("title"):
        row["title"], row["title_source"] = metadata["title"], "metadata"
    if metadata.get("outlet"):
        row["outlet"] = metadata["outlet"]
    for column in extra_columns:
        # metadata wins; the page's own ``url`` header stays when metadata gives none
        row[column] = metadata.get(column) or row.get(column, "")
    return row


def write_corpus_tables(tables: CorpusTables, output_dir: Path) -> dict[str, Path]:
    """Write the four tables atomically and deterministically into ``output_dir``."""
    return {
        "documents": write_csv_atomic(
            tables.documents, output_dir / "documents.csv", ["doc_id"], DOCUMENT_COLUMNS
        ),
        "removed_lines": write_csv_atomic(
            tables.removed_lines,
            output_dir / "removed_lines.csv",
            ["doc_id", "line_no", "scope", "reason", "text"],
            REMOVED_COLUMNS,
        ),
        "sentences": write_csv_atomic(
            tables.sentences, output_dir / "sentences.csv", ["doc_id", "sent_id"], SENTENCE_COLUMNS
        ),
        "skipped_files": write_csv_atomic(
            tables.skipped_files,
            output_dir / "skipped_files.csv",
            ["source_file", "reason"],
            SKIPPED_COLUMNS,
        ),
    }
