"""A researcher's metadata.csv: checked row by row, and winning over what the text says."""

from __future__ import annotations

import pytest

from helpers.corpus import read_input_documents
from helpers.input_metadata import MetadataError, read_folder_metadata
from helpers.pipeline import build_corpus

ARTICLE_A = """Hai trường đại học ký thỏa thuận trao đổi sinh viên
date 2024-05-02
Sáng 2/5, hai trường đại học ký thỏa thuận trao đổi sinh viên và giảng viên.
Hai bên cũng nhất trí hợp tác nghiên cứu về năng lượng tái tạo.
"""
ARTICLE_B = """Diễn tập cứu nạn trên biển
Chiều 9/8, lực lượng cứu hộ hai nước diễn tập tìm kiếm cứu nạn trên biển.
Cuộc diễn tập giúp nâng cao khả năng phối hợp khi có bão lũ.
"""


def write_metadata(folder, text: str) -> None:
    (folder / "metadata.csv").write_text(text, encoding="utf-8")


@pytest.fixture
def two_articles(write_article):
    write_article("a.txt", ARTICLE_A)
    write_article("b.txt", ARTICLE_B)
    return write_article.folder


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("name,date\na.txt,2024-05-01\n", "no 'file' column"),
        ("file,date\na.txt,2024-05-01\nc.txt,2024-05-01\n", "data row 2 .*no file 'c.txt'"),
        ("file,date\na.txt,2024-05-01\nb.txt,9/8/2024\n", "data row 2 .*not a valid YYYY-MM-DD"),
        ("file,date\nb.txt,2024-02-30\n", "data row 1 .*not a valid YYYY-MM-DD"),
        ("file,date\na.txt,\nb.txt,\na.txt,2024-05-01\n", "data row 3 .*already described"),
    ],
)
def test_each_error_names_the_file_and_the_row(two_articles, csv: str, message: str) -> None:
    write_metadata(two_articles, csv)
    with pytest.raises(MetadataError, match=message) as error:
        read_folder_metadata(two_articles)
    assert "metadata.csv" in str(error.value)


def test_a_byte_order_mark_and_empty_cells_are_fine(two_articles) -> None:
    (two_articles / "metadata.csv").write_bytes("\ufefffile,outlet\na.txt,\n".encode())
    table = read_folder_metadata(two_articles)
    assert table.to_dict("records") == [{"file": "a.txt", "outlet": ""}]


def test_metadata_csv_is_not_reported_as_a_skipped_file(two_articles) -> None:
    write_metadata(two_articles, "file,date\na.txt,2024-05-01\n")
    documents, skipped = read_input_documents([two_articles])
    assert [d.doc_id for d in documents] == ["a", "b"]
    assert skipped == []


def test_metadata_wins_and_extra_columns_are_carried(two_articles, tmp_path) -> None:
    write_metadata(
        two_articles,
        "file,date,title,outlet,url,region\n"
        "a.txt,2024-05-01,Tiêu đề của nhà nghiên cứu,Báo Mẫu,https://example.org/a,miền Bắc\n",
    )
    tables = build_corpus([two_articles], tmp_path, progress=None)
    docs = tables.documents.set_index("doc_id")
    a, b = docs.loc["a"], docs.loc["b"]
    # the header says 2024-05-02 and the page has a headline; the researcher's values win
    assert (a.date, a.date_source) == ("2024-05-01", "metadata")
    assert (a.title, a.title_source) == ("Tiêu đề của nhà nghiên cứu", "metadata")
    assert (a.outlet, a.url, a.region) == ("Báo Mẫu", "https://example.org/a", "miền Bắc")
    # a file without a row keeps what the text gives, and blanks in the extra columns
    assert (b.date, b.date_source, b.title_source) == ("", "none", "headline")
    assert (b.url, b.region) == ("", "")


def test_url_column_exists_even_without_metadata(two_articles, tmp_path) -> None:
    tables = build_corpus([two_articles], tmp_path, progress=None)
    assert (tables.documents.url == "").all()


def test_a_pages_url_header_fills_the_url_unless_metadata_gives_one(write_article, tmp_path):
    write_article("a.txt", "url https://example.org/tin/a.htm\n" + ARTICLE_A)
    write_article("b.txt", "url https://example.org/tin/b.htm\n" + ARTICLE_B)
    write_metadata(write_article.folder, "file,url\nb.txt,https://example.org/lưu-trữ/b\n")
    docs = build_corpus([write_article.folder], tmp_path, progress=None).documents
    assert docs.set_index("doc_id").url.to_dict() == {
        "a": "https://example.org/tin/a.htm", "b": "https://example.org/lưu-trữ/b"
    }  # fmt: skip


def test_a_column_that_would_overwrite_a_computed_one_is_refused(two_articles, tmp_path) -> None:
    write_metadata(two_articles, "file,language\na.txt,fr\n")
    with pytest.raises(MetadataError, match="language"):
        build_corpus([two_articles], tmp_path, progress=None)


def test_editing_metadata_changes_a_cached_rerun(two_articles, tmp_path) -> None:
    cache = tmp_path / "cache"
    write_metadata(two_articles, "file,date,note\nb.txt,2024-08-09,first\n")
    first = build_corpus([two_articles], tmp_path, progress=None, cache_dir=cache)
    write_metadata(two_articles, "file,date,note\nb.txt,2023-08-09,second\n")
    second = build_corpus([two_articles], tmp_path, progress=None, cache_dir=cache)
    before = first.documents.set_index("doc_id").loc["b"]
    after = second.documents.set_index("doc_id").loc["b"]
    assert (before.date, before.note) == ("2024-08-09", "first")
    assert (after.date, after.note) == ("2023-08-09", "second")
    (two_articles / "metadata.csv").unlink()
    third = build_corpus([two_articles], tmp_path, progress=None, cache_dir=cache)
    assert third.documents.set_index("doc_id").loc["b", "date_source"] == "none"
    assert "note" not in third.documents.columns
