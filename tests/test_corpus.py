"""Reading input files: encodings, line ends, bad files and duplicates are all reported."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest

from helpers.corpus import UndecodableFileError, decode_article_bytes, read_input_documents

ARTICLE = (
    "Việt Nam và Nga thúc đẩy hợp tác năng lượng\n\n"
    "Chiều 5/3, tại Hà Nội, hai bên nhất trí tăng cường hợp tác dầu khí và đào tạo.\n"
    "Hai bên cũng thảo luận về hợp tác khoa học, công nghệ và giáo dục trong thời gian tới.\n"
)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16-be"),
        (ARTICLE.replace("\n", "\r").encode("utf-8"), "utf-8"),
        # saved without a byte-order mark (some Windows tools): its zero bytes give it away
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_supported_encodings_and_line_ends_decode_to_the_same_text(raw, encoding) -> None:
    text, used = decode_article_bytes(raw)
    assert used == encoding
    assert text == ARTICLE


def test_decomposed_text_in_utf16_without_a_mark_is_text_not_binary() -> None:
    # a decomposed grave accent (U+0300) has a zero low byte: the other side is not all clean
    nfd = unicodedata.normalize("NFD", ARTICLE * 3)
    text, used = decode_article_bytes(nfd.encode("utf-16-le"))
    assert used == "utf-16-le" and unicodedata.normalize("NFC", text) == ARTICLE * 3


def test_nfd_text_is_read_and_left_for_the_normaliser() -> None:
    text, _ = decode_article_bytes(unicodedata.normalize("NFD", ARTICLE).encode("utf-8"))
    assert unicodedata.normalize("NFC", text) == ARTICLE


def test_mojibake_is_repaired_and_the_encoding_says_so() -> None:
    from helpers.corpus import MOJIBAKE_REPAIRED
    from helpers.readings_corpus import mojibake_reading

    # one line of the page was UTF-8 read as Windows-1252 and saved again as UTF-8
    source = "Theo Tiếng nói nước Nga\n"
    damaged = source.encode("utf-8").decode("cp1252")
    assert "nÆ°á»›c" in damaged
    text, used = decode_article_bytes((ARTICLE + damaged).encode("utf-8"))
    assert text == ARTICLE + source and used == "utf-8" + MOJIBAKE_REPAIRED
    # clean Vietnamese, quotes and symbols are left as they are
    assert decode_article_bytes(ARTICLE.encode("utf-8")) == (ARTICLE, "utf-8")
    documents = pd.DataFrame({"source_file": ["data/raw/a.txt", "data/raw/b.txt"],
                              "encoding": [used, "utf-8"]})  # fmt: skip
    assert "**1 file** held mojibake" in mojibake_reading(documents)
    assert "`data/raw/a.txt`" in mojibake_reading(documents)
    assert mojibake_reading(documents.iloc[1:]) == ""


def test_binary_and_legacy_encodings_raise_with_a_reason() -> None:
    with pytest.raises(UndecodableFileError) as binary:
        decode_article_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert binary.value.reason == "binary"
    with pytest.raises(UndecodableFileError) as legacy:
        decode_article_bytes("Hợp tác văn hóa".encode("cp1258", errors="replace"))
    assert legacy.value.reason == "unknown_encoding"


def test_raw_lines_are_numbered_as_the_cleaning_numbers_them(tmp_path) -> None:
    # notebook 01 shows the raw file beside removed_lines.csv's line numbers, for any encoding
    from helpers.cleaning import clean_article
    from helpers.corpus import read_raw_lines

    page = "Tiêu đề bài\r\nDòng một\u2028vẫn dòng một\r\nẢnh: TTXVN\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(page.encode("utf-16"))
    lines = read_raw_lines(path)
    credit = next(r for r in clean_article("\n".join(lines)).removed if "TTXVN" in r.text)
    assert lines[credit.line_no - 1] == "Ảnh: TTXVN"


def test_bad_files_are_reported_and_good_ones_still_read(write_article) -> None:
    write_article("good.txt", ARTICLE)
    write_article("empty.txt", "   \n\n")
    write_article("binary.txt", b"\x00\x01\x02\x03binary")
    write_article("legacy.txt", ARTICLE.encode("cp1258", errors="replace"))
    write_article("copy.txt", ARTICLE)
    write_article("near.txt", ARTICLE.replace("\n", "\r\n") + "Bình luận\n")
    write_article("notes.md", ARTICLE)
    documents, skipped = read_input_documents([write_article.folder])
    assert [d.doc_id for d in documents] == ["good"] or [d.doc_id for d in documents] == ["copy"]
    reasons = {s.source_file.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"] == "binary"
    assert reasons["legacy.txt"] == "unknown_encoding"
    assert reasons["notes.md"] == "not_txt"
    # copy.txt sorts before good.txt, so good.txt is the byte-identical duplicate
    assert reasons["good.txt"] == "duplicate_file"
    assert reasons["near.txt"] == "near_duplicate"
    assert all(s.detail for s in skipped)


def test_same_name_in_two_folders_is_reported(tmp_path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    (tmp_path / "a" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text(ARTICLE + "Một đoạn khác hẳn về du lịch.\n", "utf-8")
    documents, skipped = read_input_documents([tmp_path / "a", tmp_path / "b"], tmp_path)
    assert [d.source_file for d in documents] == ["a/x.txt"]
    assert [(s.source_file, s.reason) for s in skipped] == [("b/x.txt", "duplicate_id")]


def test_the_corpus_result_counts_headlines_apart_from_furniture() -> None:
    from helpers.readings_corpus import corpus_result_reading

    documents = pd.DataFrame({
        "doc_id": ["a", "b"], "date_source": ["page", "none"], "n_tokens": [10, 20],
        "n_terms": [5, 8], "truncated": [False, False],
    })  # fmt: skip
    removed = pd.DataFrame({
        "scope": ["line", "line", "line", "fragment"],
        "reason": ["headline", "headline", "byline", "photo_caption"],
    })  # fmt: skip
    reading = corpus_result_reading(documents, pd.DataFrame({"text": ["x"] * 3}), removed, 0.9)
    assert "1 input line was removed as furniture, 2 headlines moved" in reading
