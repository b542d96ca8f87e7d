"""Article labels stay unique and readable for any file names and titles."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.labels import article_labels, label_number, shorten_at_word


def _documents(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["doc_id", "title"])


def test_crawled_ids_with_a_shared_prefix_and_repeated_titles_get_unique_labels() -> None:
    # Crawled pages all start "cra…", and aggregators repeat headlines word for word.
    documents = _documents(
        [
            ("crawl_21461756", "Hợp tác năng lượng với Nga"),
            ("crawl_21463654", "Hợp tác năng lượng với Nga"),
            ("crawl_21471189", "Hợp tác năng lượng với Nga"),
        ]
    )
    labels = article_labels(documents)
    assert labels.is_unique
    assert list(labels.index) == ["crawl_21461756", "crawl_21463654", "crawl_21471189"]
    assert list(labels) == [
        "#1 · Hợp tác năng lượng với Nga",
        "#2 · Hợp tác năng lượng với Nga",
        "#3 · Hợp tác năng lượng với Nga",
    ]


def test_numbers_follow_doc_id_order_and_are_zero_padded_to_the_count() -> None:
    documents = _documents([(f"crawl_{n:03d}", f"Bài {n}") for n in range(12)][::-1])
    labels = article_labels(documents)
    assert list(labels.index) == sorted(documents.doc_id)
    assert labels.iloc[0] == "#01 · Bài 0"
    assert labels.iloc[-1] == "#12 · Bài 11"


def test_an_empty_or_missing_title_falls_back_to_the_doc_id() -> None:
    documents = _documents([("000_1970e2b43f7b9bc6", ""), ("crawl_21461756", "   ")])
    documents.loc[2] = ["crawl_21463654", None]
    labels = article_labels(documents)
    assert labels["000_1970e2b43f7b9bc6"] == "#1 · 000_1970e2b43f7b9bc6"
    assert labels["crawl_21461756"] == "#2 · crawl_21461756"
    assert labels["crawl_21463654"] == "#3 · crawl_21463654"
    assert article_labels(documents[["doc_id"]])["crawl_21461756"] == "#2 · crawl_21461756"


def test_long_titles_are_cut_at_a_word_boundary_keeping_diacritics() -> None:
    title = "Việt Nam mong muốn tăng cường hợp tác năng lượng với Liên bang Nga"
    label = article_labels(_documents([("000_a", title)]), max_chars=28)["000_a"]
    assert label == "#1 · Việt Nam mong muốn tăng…"
    assert len(label.split(" · ", 1)[1]) <= 28


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("Hợp tác quốc phòng", 28, "Hợp tác quốc phòng"),  # fits: unchanged
        ("Hợp tác   quốc\nphòng", 28, "Hợp tác quốc phòng"),  # whitespace collapsed
        ("Hợp tác quốc phòng, an ninh và cứu nạn", 20, "Hợp tác quốc phòng…"),  # no dangling ","
        ("năng lượng dầu khí", 11, "năng lượng…"),  # the cut falls exactly on a space
        ("Bộ_Tình_trạng_khẩn_cấp Liên bang Nga", 10, "Bộ_Tình_t…"),  # one long word
    ],
)
def test_shorten_at_word(text: str, max_chars: int, expected: str) -> None:
    shortened = shorten_at_word(text, max_chars)
    assert shortened == expected
    assert len(shortened) <= max_chars


def test_decomposed_diacritics_are_composed_not_counted_twice() -> None:
    decomposed = "Hợp tác".replace("ợ", "o\u031b\u0323")  # o + horn + dot below
    label = article_labels(_documents([("x", decomposed)]), max_chars=7)["x"]
    assert label == "#1 · Hợp tác"


def test_labels_do_not_depend_on_row_order_and_repeat_exactly() -> None:
    documents = _documents(
        [("crawl_2", "Đà Nẵng hợp tác đào tạo"), ("crawl_1", "Thủ tướng tiếp Đại sứ Nga")]
    )
    first = article_labels(documents)
    again = article_labels(documents.iloc[::-1].reset_index(drop=True))
    pd.testing.assert_series_equal(first, again)
    assert first.to_dict() == {
        "crawl_1": "#1 · Thủ tướng tiếp Đại sứ Nga",
        "crawl_2": "#2 · Đà Nẵng hợp tác đào tạo",
    }


def test_repeated_doc_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="crawl_1"):
        article_labels(_documents([("crawl_1", "a"), ("crawl_1", "b")]))


def test_label_number_is_the_running_number() -> None:
    labels = article_labels(_documents([(f"crawl_{n}", "Hợp tác · đầu tư") for n in range(10)]))
    assert [label_number(label) for label in labels] == [f"#{n:02d}" for n in range(1, 11)]
