"""On-disk caches that make reruns cost only new work.

``SegmentationCache`` keeps each body's sentences, tokens and terms, keyed by
the cleaned text, the language and the code fingerprint; ``ArticleCache``
keeps whole-article results keyed by the raw file's bytes. Entries are JSON,
written atomically (temp file, then rename), so parallel workers and killed
runs never leave a half-written entry, and a damaged entry is recomputed.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from helpers.corpus import InputDocument, ProcessedArticle, SkippedFile
from helpers.io import atomic_text_file


class JsonCache:
    """JSON entries on disk, one file per key, written atomically (temp file, then rename)."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str):
        """The stored entry, or ``None`` when it is missing or damaged (then recomputed)."""
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, entry: list[dict] | dict) -> None:
        """Store ``entry``; a failed write leaves neither a partial entry nor a temp file."""
        with atomic_text_file(self._path(key)) as stream:
            json.dump(entry, stream, ensure_ascii=False)


class SegmentationCache(JsonCache):
    """Segmented sentences, one entry per (cleaned text, language, code fingerprint).

    Rerunning on an unchanged corpus, or adding one article, then costs only
    the new articles' segmentation.
    """

    def key(self, paragraphs: Sequence[str], language: str, fingerprint: str) -> str:
        text = "\n".join(paragraphs)
        return hashlib.sha256(f"{fingerprint}\x00{language}\x00{text}".encode()).hexdigest()


class ArticleCache(JsonCache):
    """Whole-article results (table rows and shingle hashes) keyed by the raw file's
    sha256, its id and path, and the code fingerprint: an unchanged file is neither
    cleaned nor segmented again."""

    def article_key(self, document: InputDocument, fingerprint: str, today: dt.date) -> str:
        text = f"{fingerprint}\x00{document.sha256}\x00{document.doc_id}\x00{document.source_file}"
        # the year bounds date inference (no article is dated in the future)
        return hashlib.sha256(f"{text}\x00{today.year}".encode()).hexdigest()

    def get_article(self, key: str) -> tuple[ProcessedArticle, np.ndarray, np.ndarray] | None:
        entry = self.get(key)
        if entry is None:
            return None
        skipped = SkippedFile(**entry["skipped"]) if entry["skipped"] else None
        article = ProcessedArticle(entry["document"], entry["removed"], entry["sentences"], skipped)
        hashes = np.frombuffer(base64.b64decode(entry["shingle_hashes"]), dtype=np.uint32)
        signature = np.frombuffer(base64.b64decode(entry["minhash"]), dtype=np.uint64)
        return article, hashes.astype(np.uint64), signature

    def put_article(
        self, key: str, article: ProcessedArticle, hashes: np.ndarray, signature: np.ndarray
    ) -> None:
        self.put(key, {
            "document": article.document, "removed": article.removed,
            "sentences": article.sentences,
            "skipped": asdict(article.skipped) if article.skipped else None,
            # crc32 values fit in 32 bits; base64 parses far faster than a JSON list
            "shingle_hashes": base64.b64encode(hashes.astype(np.uint32).tobytes()).decode(),
            "minhash": base64.b64encode(signature.astype(np.uint64).tobytes()).decode(),
        })  # fmt: skip
