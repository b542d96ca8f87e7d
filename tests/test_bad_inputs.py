"""Bad input: every file is processed correctly or reported with its path and reason,
and the good articles beside it are still processed."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from helpers.pipeline import build_corpus, write_corpus_tables

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "seeds" / "001_0a1f5c9754868497.txt").read_text(encoding="utf-8")
OTHER = (ROOT / "seeds" / "000_1970e2b43f7b9bc6.txt").read_text(encoding="utf-8")


def run(folder: Path, **kwargs):
    tables = build_corpus([folder], folder.parent, progress=None, **kwargs)
    reasons = {row.source_file.rsplit("/", 1)[-1]: row.reason
               for row in tables.skipped_files.itertuples()}  # fmt: skip
    return tables, reasons


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "raw"
    path.mkdir()
    (path / "good.txt").write_text(GOOD, encoding="utf-8")
    return path


def assert_good_processed(tables) -> None:
    assert "good" in set(tables.documents.doc_id)
    assert (tables.sentences.doc_id == "good").sum() >= 10


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n   \n", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("legacy.txt", OTHER.encode("cp1258", errors="replace"), "unknown_encoding"),
        ("notes.docx", b"PK\x03\x04 not text", "not_txt"),
        ("french.txt", "Le président a reçu hier le ministre des affaires étrangères "
                       "pour discuter de la coopération énergétique entre les deux pays.\n"
                       .encode(), "unsupported_language"),
        ("furniture.txt", "0:00 / 0:00\nBình luận\nẢnh: TTXVN\n".encode(), "no_body"),
    ],
)  # fmt: skip
def test_bad_file_is_reported_and_the_rest_processed(folder, name, content, reason) -> None:
    (folder / name).write_bytes(content)
    tables, reasons = run(folder)
    assert reasons == {name: reason}
    assert tables.skipped_files.detail.str.len().gt(0).all()
    assert_good_processed(tables)


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf16.txt", lambda text: text.encode("utf-16")),
        ("bom_crlf.txt", lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()),
        ("nfd.txt", lambda text: unicodedata.normalize("NFD", text).encode("utf-8")),
    ],
)
def test_odd_but_valid_encodings_are_processed_like_plain_utf8(folder, name, encode) -> None:
    plain, _ = run(folder)
    (folder / name).write_bytes(encode(OTHER))
    (folder / "good.txt").unlink()
    odd, reasons = run(folder)
    assert reasons == {}
    assert plain.documents.empty is False
    reference_folder = folder.parent / "reference"
    reference_folder.mkdir()
    (reference_folder / name).write_text(OTHER, encoding="utf-8")
    reference, _ = run(reference_folder)
    columns = ["sent_id", "text", "tokens", "terms"]
    assert odd.sentences[columns].equals(reference.sentences[columns])


def test_duplicates_under_two_names_are_reported(folder) -> None:
    (folder / "copy_of_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good_resaved.txt").write_text(GOOD.replace("\n", "\r\n") + "\nChia sẻ\n", "utf-8")
    tables, reasons = run(folder)
    assert reasons == {"good.txt": "duplicate_file", "good_resaved.txt": "near_duplicate"}
    assert list(tables.documents.doc_id) == ["copy_of_good"]


def test_the_same_article_saved_as_html_is_a_near_duplicate(folder) -> None:
    tagged = (
        "<html><body>\n"
        + "\n".join(f"<p>{line}</p>" for line in OTHER.splitlines() if line.strip())
        + "\n<script>track();</script>\n</body></html>\n"
    )
    (folder / "tagged.txt").write_text(tagged, encoding="utf-8")
    (folder / "plain.txt").write_text(OTHER, encoding="utf-8")
    tables, reasons = run(folder)
    assert reasons == {"plain.txt": "near_duplicate"} or reasons == {"tagged.txt": "near_duplicate"}


def test_html_article_alone_is_cleaned_to_the_same_sentences(folder, tmp_path) -> None:
    tagged = (
        "<div>\n"
        + "\n".join(f"<p>{line}</p>" for line in OTHER.splitlines() if line.strip())
        + "\n<script>track('<b>');</script>\n</div>\n"
    )
    (folder / "tagged.txt").write_text(tagged, encoding="utf-8")
    tables, reasons = run(folder)
    assert reasons == {}
    reference_folder = tmp_path / "plain"
    reference_folder.mkdir()
    (reference_folder / "tagged.txt").write_text(OTHER, encoding="utf-8")
    reference, _ = run(reference_folder)
    ours = tables.sentences[tables.sentences.doc_id == "tagged"].text.tolist()
    assert ours == reference.sentences.text.tolist()
    removed = tables.removed_lines[tables.removed_lines.doc_id == "tagged"]
    assert {"html_markup"} <= set(removed.reason)
    assert "<" not in " ".join(ours)


def test_a_20_mb_file_is_reported_as_too_large(folder) -> None:
    with open(folder / "huge.txt", "w", encoding="utf-8") as stream:
        paragraph = OTHER + "\n"
        while stream.tell() < 20_000_000:
            stream.write(paragraph)
    tables, reasons = run(folder)
    assert reasons == {"huge.txt": "too_large"}
    assert "20," in tables.skipped_files.detail.iloc[0]
    assert_good_processed(tables)


def test_unreadable_file_is_reported(folder, monkeypatch) -> None:
    locked = folder / "locked.txt"
    locked.write_text(OTHER, encoding="utf-8")
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads anything: simulate the permission error the OS would raise
        original = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return original(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    tables, reasons = run(folder)
    assert reasons == {"locked.txt": "unreadable"}
    assert "Permission denied" in tables.skipped_files.detail.iloc[0]
    assert_good_processed(tables)


def test_folders_and_broken_links_are_reported(folder) -> None:
    (folder / "subfolder.txt").mkdir()
    (folder / "dangling.txt").symlink_to(folder / "does-not-exist.txt")
    tables, reasons = run(folder)
    assert reasons == {"subfolder.txt": "not_a_file", "dangling.txt": "not_a_file"}
    assert_good_processed(tables)


def test_skipped_files_csv_lists_every_skipped_file(folder, tmp_path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.md").write_text("x", encoding="utf-8")
    tables, _ = run(folder)
    written = write_corpus_tables(tables, tmp_path / "out")
    text = written["skipped_files"].read_text(encoding="utf-8")
    assert text.splitlines()[0] == "source_file,reason,detail"
    assert "raw/empty.txt,empty," in text and "raw/notes.md,not_txt," in text
