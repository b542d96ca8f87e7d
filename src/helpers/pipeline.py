"""Notebook 01's corpus build: input folders in, the three contract tables out.

``build_corpus`` reads, cleans, normalises, splits and segments every article
and returns ``CorpusTables``; ``write_corpus_tables`` writes them to
``data/processed/`` exactly as DESIGN.md's contracts say (plus
``skipped_files.csv``, the report of files not analysed).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.cleaning import clean_article
from helpers.corpus import InputDocument, SkippedFile, read_input_documents
from helpers.english import tokenize_english
from helpers.io import write_csv_atomic
from helpers.language import detect_language
from helpers.metadata import choose_title, infer_date
from helpers.terms import tokens_to_terms
from helpers.vietnamese import default_fixed_words, segment_words, split_sentences

DOCUMENT_COLUMNS = [
    "doc_id", "source_file", "title", "date", "date_source", "language", "outlet",
    "n_input_lines", "n_kept_lines", "n_removed_lines", "n_sentences", "n_tokens", "n_terms",
    "sha256",
]  # fmt: skip
REMOVED_COLUMNS = ["doc_id", "line_no", "text", "reason"]
SENTENCE_COLUMNS = ["doc_id", "sent_id", "paragraph_id", "language", "text", "tokens", "terms"]
SKIPPED_COLUMNS = ["source_file", "reason", "detail"]
SUPPORTED_LANGUAGES = ("vi", "en")


@dataclass
class CorpusTables:
    """The outputs of notebook 01 as DataFrames (column order as in the contracts)."""

    documents: pd.DataFrame
    removed_lines: pd.DataFrame
    sentences: pd.DataFrame
    skipped_files: pd.DataFrame


@dataclass
class ProcessedArticle:
    """One article's rows for the three tables, or the reason it was not analysed."""

    document: dict | None
    removed: list[dict]
    sentences: list[dict]
    skipped: SkippedFile | None = None


def tokenize_sentence(sentence: str, language: str, fixed_words: Sequence[str]) -> list[str]:
    """Word tokens of one sentence: underthesea for Vietnamese, a regex for English."""
    if language == "vi":
        return segment_words(sentence, fixed_words)
    return tokenize_english(sentence)


def process_article(
    document: InputDocument,
    fixed_words: Sequence[str] | None = None,
    today: dt.date | None = None,
) -> ProcessedArticle:
    """Clean, split and segment one decoded article into table rows.

    Input: an ``InputDocument``. Output: a ``ProcessedArticle`` whose
    ``skipped`` is set (and rows empty) when the body is empty after cleaning
    or in a language the project does not analyse.
    """
    fixed_words = default_fixed_words() if fixed_words is None else fixed_words
    cleaned = clean_article(document.text)
    removed = [
        {
            "doc_id": document.doc_id,
            "line_no": r.line_no,
            "text": r.text,
            "reason": r.reason,
            "scope": r.scope,
        }
        for r in cleaned.removed
    ]
    paragraphs = [line.text for line in cleaned.kept]
    if not paragraphs:
        skipped = SkippedFile(document.source_file, "no_body", "every line is page furniture")
        return ProcessedArticle(None, removed, [], skipped)
    language = detect_language(" ".join(paragraphs))
    if language not in SUPPORTED_LANGUAGES:
        skipped = SkippedFile(
            document.source_file,
            "unsupported_language",
            "neither Vietnamese nor English by the language heuristic",
        )
        return ProcessedArticle(None, removed, [], skipped)

    sentences: list[dict] = []
    for paragraph_id, line in enumerate(cleaned.kept):
        for sentence in split_sentences(line.text):
            tokens = tokenize_sentence(sentence, language, fixed_words)
            terms = tokens_to_terms(tokens, language)
            sentences.append(
                {
                    "doc_id": document.doc_id,
                    "sent_id": len(sentences),
                    "paragraph_id": paragraph_id,
                    "language": language,
                    "text": sentence,
                    "tokens": " ".join(tokens),
                    "terms": " ".join(terms),
                    "line_no": line.line_no,
                }
            )
    date, date_source = infer_date(paragraphs, cleaned.header.get("date", ""), today)
    first_sentence = sentences[0]["text"] if sentences else paragraphs[0]
    title, title_source = choose_title(cleaned.headline, first_sentence)
    n_removed = sum(r["scope"] == "line" for r in removed)
    row = {
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
        "n_sentences": len(sentences),
        "n_tokens": sum(len(s["tokens"].split()) for s in sentences),
        "n_terms": sum(len(s["terms"].split()) for s in sentences),
        "sha256": document.sha256,
        "title_source": title_source,
        "encoding": document.encoding,
        "n_trimmed_fragments": len(removed) - n_removed,
    }
    return ProcessedArticle(row, removed, sentences)


def _print_progress(done: int, total: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    print(f"  processed {done}/{total} articles in {elapsed:.1f} s", file=sys.stdout, flush=True)


def build_corpus(
    input_dirs: Sequence[Path],
    root: Path | None = None,
    fixed_words: Sequence[str] | None = None,
    progress: Callable[[int, int, float], None] | None = _print_progress,
    today: dt.date | None = None,
) -> CorpusTables:
    """Read every article in ``input_dirs`` and return the corpus tables.

    Progress is reported about ten times over the run (and for the last
    article). Files that cannot be analysed end up in ``skipped_files`` with
    their path and reason; the rest of the corpus is processed regardless.
    """
    documents, skipped = read_input_documents(input_dirs, root)
    doc_rows, removed_rows, sentence_rows = [], [], []
    started = time.perf_counter()
    step = max(1, len(documents) // 10)
    for done, document in enumerate(documents, start=1):
        article = process_article(document, fixed_words, today)
        removed_rows.extend(article.removed)
        if article.skipped is not None:
            skipped.append(article.skipped)
        else:
            doc_rows.append(article.document)
            sentence_rows.extend(article.sentences)
        if progress and (done % step == 0 or done == len(documents)):
            progress(done, len(documents), started)
    return CorpusTables(
        documents=pd.DataFrame(doc_rows, columns=_columns(doc_rows, DOCUMENT_COLUMNS)),
        removed_lines=pd.DataFrame(removed_rows, columns=_columns(removed_rows, REMOVED_COLUMNS)),
        sentences=pd.DataFrame(sentence_rows, columns=_columns(sentence_rows, SENTENCE_COLUMNS)),
        skipped_files=pd.DataFrame([vars(s) for s in skipped], columns=SKIPPED_COLUMNS),
    )


def _columns(rows: list[dict], contract: list[str]) -> list[str]:
    """Contract columns first, then any extra columns the rows carry."""
    extra = [c for c in (rows[0] if rows else {}) if c not in contract]
    return contract + extra


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
