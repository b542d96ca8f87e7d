"""Finding, decoding and vetting the input articles.

Input: one or more folders of ``*.txt`` articles. Output: ``InputDocument``
records for the files that can be read, and ``SkippedFile`` records, each with
the file's path and the reason, for those that cannot (nothing is dropped
silently).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ftfy
import numpy as np

from helpers.cleaning import strip_html
from helpers.input_metadata import METADATA_FILE_NAME
from helpers.paths import relative_to_root

#: Byte-order marks we decode, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

#: Unicode category Cc (C0 and C1 controls) minus the whitespace controls of plain text.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: Near-duplicate threshold: Jaccard similarity of word 5-gram shingles.
NEAR_DUPLICATE_JACCARD = 0.9
#: Files larger than this are not one news article (a dump, a book, a mis-saved binary);
#: they are reported, not segmented for minutes. A long feature article is ~100 kB.
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class InputDocument:
    """One decoded article: its id, where it came from, its text and the raw bytes' hash."""

    doc_id: str
    path: Path
    source_file: str
    text: str
    encoding: str
    sha256: str


@dataclass(frozen=True)
class SkippedFile:
    """A file that was not analysed, and why (``reason`` is a snake_case category)."""

    source_file: str
    reason: str
    detail: str


@dataclass
class ProcessedArticle:
    """One article's rows for documents.csv, removed_lines.csv and sentences.csv, or the
    reason it was not analysed. Produced by ``helpers.pipeline``, stored by ``helpers.cache``;
    it lives here, with the other records of the corpus build, so neither imports the other."""

    document: dict | None
    removed: list[dict]
    sentences: list[dict]
    skipped: SkippedFile | None = None


class UndecodableFileError(ValueError):
    """Raised when bytes are not text in a supported encoding; the message says why."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def decode_article_bytes(raw: bytes) -> tuple[str, str]:
    """Decode raw file bytes into text with LF line ends.

    Input: the bytes of one file. Output: ``(text, encoding_name)``.
    Accepts UTF-8 with or without BOM, UTF-16/32 with a BOM and UTF-16 without one (its
    zero bytes give it away, ``_utf16_without_mark``); CRLF and lone CR
    become LF. Mojibake (UTF-8 once read as Windows-1252 or Latin-1 and saved again:
    "nÆ°á»›c" for "nước") is repaired with ``ftfy.fix_encoding``, and the encoding
    name then ends in ``MOJIBAKE_REPAIRED``. Raises ``UndecodableFileError`` with reason
    ``binary`` (NUL bytes or control characters without a BOM) or ``unknown_encoding``
    (bytes that are not UTF-8: a legacy 8-bit code page such as Windows-1258 or TCVN3
    cannot be identified reliably, so guessing would corrupt the Vietnamese).
    """
    encoding = None
    for mark, name in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            encoding = name
            break
    if encoding is None:
        if b"\x00" in raw:
            encoding = _utf16_without_mark(raw)
            if encoding is None:
                raise UndecodableFileError("binary", "contains NUL bytes and no byte-order mark")
        else:
            encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableFileError(
            "unknown_encoding",
            f"not valid {encoding} (byte {error.start}); legacy 8-bit encodings are not guessed",
        ) from error
    text = text.lstrip("\ufeff")
    controls = len(_CONTROL_CHARACTERS.findall(text))
    if text and controls / len(text) > 0.01:
        raise UndecodableFileError("binary", f"{controls} control characters: not a text file")
    repaired = ftfy.fix_encoding(text)
    if repaired != text:
        text, encoding = repaired, encoding + MOJIBAKE_REPAIRED
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _utf16_without_mark(raw: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text saved without a byte-order mark, else None.

    In UTF-16 every ASCII character (spaces, digits, punctuation, the unaccented letters that
    are most of any Vietnamese or English text) has a zero byte, always on the same side of
    its pair; a binary file's zero bytes fall on both sides. One side must hold more than
    ``UTF16_ZERO_SHARE`` of its bytes as zeros and the other almost none.
    """
    if len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    share_even, share_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if share_odd > UTF16_ZERO_SHARE and share_even < UTF16_OTHER_SIDE_ZEROS:
        return "utf-16-le"
    if share_even > UTF16_ZERO_SHARE and share_odd < UTF16_OTHER_SIDE_ZEROS:
        return "utf-16-be"
    return None


#: The share of zero bytes on one side of the pairs that marks UTF-16 text without a mark,
#: and the most the other side may hold (U+0100, U+0300 (a decomposed grave accent) and the
#: like have a zero low byte).
UTF16_ZERO_SHARE = 0.3
UTF16_OTHER_SIDE_ZEROS = 0.1


def read_raw_lines(path: Path) -> list[str]:
    """A page's lines as the cleaning numbered them (``removed_lines.csv``'s ``line_no``):
    the file decoded like the corpus build (``decode_article_bytes``: any supported encoding,
    line ends made LF) and split at LF. Raises ``UndecodableFileError`` as that does."""
    text, _ = decode_article_bytes(Path(path).read_bytes())
    return text.split("\n")


#: Appended to a file's encoding name when mojibake in it was repaired.
MOJIBAKE_REPAIRED = ", mojibake repaired"


def list_input_files(folders: Sequence[Path]) -> list[Path]:
    """Every visible entry of ``folders`` (files, sub-folders, broken links), sorted by
    folder order then name. Hidden names (``.gitkeep``) and the folder's own
    ``metadata.csv`` (read by ``helpers.input_metadata``, not an article) are left out."""
    entries: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        entries.extend(
            sorted(
                p
                for p in folder.iterdir()
                if not p.name.startswith(".") and p.name != METADATA_FILE_NAME
            )
        )
    return entries


def read_input_documents(
    folders: Sequence[Path],
    root: Path | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    deduplicate: bool = True,
) -> tuple[list[InputDocument], list[SkippedFile]]:
    """Read every ``*.txt`` in ``folders``; report every other file with a reason.

    Output: the decoded documents (in folder, then name order) and the skipped
    files. Reasons: ``not_a_file`` (a folder or broken link), ``not_txt``,
    ``too_large`` (over ``max_bytes``), ``unreadable``, ``binary``, ``unknown_encoding``,
    ``empty``, ``duplicate_id`` (same file name in two folders),
    ``duplicate_file`` (byte-identical to an earlier file) and ``near_duplicate``
    (only when ``deduplicate``).
    """
    documents: list[InputDocument] = []
    skipped: list[SkippedFile] = []
    seen_ids: dict[str, str] = {}
    seen_hashes: dict[str, str] = {}
    for path in list_input_files(folders):
        source = relative_to_root(path, root)
        if not path.is_file():
            skipped.append(SkippedFile(source, "not_a_file", "a folder or a broken link"))
            continue
        if path.suffix.lower() != ".txt":
            skipped.append(SkippedFile(source, "not_txt", "only .txt files are read"))
            continue
        try:
            size = path.stat().st_size
            if size > max_bytes:
                detail = f"{size:,} bytes; the limit for one article is {max_bytes:,}"
                skipped.append(SkippedFile(source, "too_large", detail))
                continue
            raw = path.read_bytes()
        except OSError as error:
            skipped.append(SkippedFile(source, "unreadable", f"{type(error).__name__}: {error}"))
            continue
        try:
            text, encoding = decode_article_bytes(raw)
        except UndecodableFileError as error:
            skipped.append(SkippedFile(source, error.reason, error.detail))
            continue
        if not text.strip():
            skipped.append(SkippedFile(source, "empty", "no text after decoding"))
            continue
        doc_id = path.stem
        if doc_id in seen_ids:
            skipped.append(
                SkippedFile(source, "duplicate_id", f"same file name as {seen_ids[doc_id]}")
            )
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest in seen_hashes:
            skipped.append(
                SkippedFile(source, "duplicate_file", f"byte-identical to {seen_hashes[digest]}")
            )
            continue
        seen_ids[doc_id] = source
        seen_hashes[digest] = source
        documents.append(InputDocument(doc_id, path, source, text, encoding, digest))
    if not deduplicate:  # the caller runs find_near_duplicates, e.g. with cached hashes
        return documents, skipped
    kept, near = drop_near_duplicates(documents)
    skipped.extend(near)
    return kept, skipped


_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    """Word ``size``-grams of NFC-lowercased text without HTML markup, the unit of
    near-duplicate detection (the same article saved as HTML is still the same article)."""
    text, _ = strip_html(text)
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


#: MinHash / LSH settings for finding near-duplicate candidates: 16 bands of 8 rows.
#: A pair with Jaccard 0.9 becomes a candidate with probability 1 - (1 - 0.9**8)**16 > 0.9999;
#: one with Jaccard 0.5 (articles sharing a template's furniture) with probability ~0.06,
#: so few exact comparisons are needed even when many articles look alike.
LSH_BANDS, LSH_ROWS = 16, 8
_MERSENNE = (1 << 61) - 1


def shingle_hashes(text: str) -> np.ndarray:
    """The article's 5-gram shingles as sorted, unique, stable 32-bit hashes (crc32).

    This small array is all near-duplicate detection needs, so it can be cached
    beside an article's results and reused on reruns.
    """
    hashes = {zlib.crc32(" ".join(shingle).encode("utf-8")) for shingle in shingles(text)}
    return np.array(sorted(hashes), dtype=np.uint64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted, unique hash arrays (0 when both are empty)."""
    both = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - both
    return both / union if union else 0.0


@lru_cache(maxsize=4)
def _minhash_coefficients(n_hashes: int) -> tuple[np.ndarray, np.ndarray]:
    """The fixed hash functions (a, b) of MinHash, drawn once per process from a fixed seed
    so that signatures are comparable across runs and with cached ones."""
    rng = np.random.default_rng(20251125)
    a = rng.integers(1, _MERSENNE, size=n_hashes, dtype=np.uint64)
    b = rng.integers(0, _MERSENNE, size=n_hashes, dtype=np.uint64)
    return a % (1 << 32), b


def minhash_signature(hashes: np.ndarray, n_hashes: int = LSH_BANDS * LSH_ROWS) -> np.ndarray:
    """MinHash signature: for each of ``n_hashes`` fixed hash functions, the minimum over
    the shingle hashes. Two sets agree on a position with probability equal to their Jaccard."""
    a, b = _minhash_coefficients(n_hashes)
    if hashes.size == 0:
        return np.full(n_hashes, np.iinfo(np.uint64).max, dtype=np.uint64)
    # a is cut to 32 bits so a * h stays below 2**64; the + b may wrap around, which keeps
    # each hash function deterministic (all that MinHash needs) if not perfectly universal
    values = (np.outer(a, hashes) + b[:, None]) % _MERSENNE
    return values.min(axis=1)


def find_near_duplicates(
    documents: Sequence[InputDocument],
    hashes: Sequence[np.ndarray],
    threshold: float = NEAR_DUPLICATE_JACCARD,
    signatures: Sequence[np.ndarray] | None = None,
) -> tuple[list[int], list[SkippedFile]]:
    """Indices of the documents to keep, and a report line for each near-duplicate.

    The first of any group of articles whose 5-gram Jaccard is >= ``threshold``
    is kept. Candidate pairs come from MinHash locality-sensitive hashing
    (bands of the signature), so thousands of articles are not compared pair by
    pair; every candidate is confirmed with the exact Jaccard. ``signatures``
    (from ``minhash_signature``, e.g. cached) are computed when not given.
    """
    kept: list[int] = []
    buckets: dict[tuple[int, bytes], list[int]] = {}
    skipped: list[SkippedFile] = []
    for index, (document, own) in enumerate(zip(documents, hashes, strict=True)):
        signature = signatures[index] if signatures is not None else minhash_signature(own)
        bands = [
            (band, signature[band * LSH_ROWS : (band + 1) * LSH_ROWS].tobytes())
            for band in range(LSH_BANDS)
        ]
        candidates = sorted({i for key in bands for i in buckets.get(key, [])})
        duplicate_of = next((i for i in candidates if jaccard(own, hashes[i]) >= threshold), None)
        if duplicate_of is not None:
            skipped.append(
                SkippedFile(
                    document.source_file,
                    "near_duplicate",
                    f"same text as {documents[duplicate_of].source_file} "
                    f"(5-gram Jaccard >= {threshold})",
                )
            )
            continue
        for key in bands:
            buckets.setdefault(key, []).append(index)
        kept.append(index)
    return kept, skipped


def drop_near_duplicates(
    documents: Iterable[InputDocument], threshold: float = NEAR_DUPLICATE_JACCARD
) -> tuple[list[InputDocument], list[SkippedFile]]:
    """``find_near_duplicates`` on freshly computed shingle hashes: the kept documents and
    the report. Exact hashing already catches byte-identical files; this catches the same
    article re-saved with other line ends, a BOM, NFD, HTML markup or a changed footer."""
    documents = list(documents)
    kept, skipped = find_near_duplicates(documents, [shingle_hashes(d.text) for d in documents],
                                         threshold)  # fmt: skip
    return [documents[i] for i in kept], skipped
