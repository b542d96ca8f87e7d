"""Date inference, title choice and language detection."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.language import detect_language
from helpers.metadata import choose_title, infer_date

TODAY = dt.date(2026, 6, 1)


def test_header_date_wins() -> None:
    assert infer_date(["Chiều 5/3, hai bên gặp nhau."], "2024-01-02", TODAY) == (
        "2024-01-02",
        "header",
    )


def test_full_date_in_the_lead() -> None:
    paragraphs = ["Ngày 17/11/2025, tại Abu Dhabi, hai bên ký biên bản ghi nhớ."]
    assert infer_date(paragraphs, "", TODAY) == ("2025-11-17", "text")


def test_day_and_month_take_the_latest_mentioned_year_but_not_targets() -> None:
    paragraphs = [
        "Chiều 10/10, tại Bình Nhưỡng, hai nhà lãnh đạo gặp nhau.",
        "Lễ kỷ niệm 80 năm (10/10/1945-10/10/2025) diễn ra trọng thể.",
        "Hai bên triển khai Kế hoạch hợp tác đến năm 2030.",
    ]
    assert infer_date(paragraphs, "", TODAY) == ("2025-10-10", "text")


def test_future_years_are_not_taken_as_the_year_of_writing() -> None:
    paragraphs = ["Sáng 2/2, hai bên gặp nhau.", "Dự án sẽ hoàn thành vào năm 2031."]
    assert infer_date(paragraphs, "", TODAY) == ("", "none")


def test_english_dates() -> None:
    assert infer_date(["The talks took place on 5 March 2026 in Hanoi."], "", TODAY) == (
        "2026-03-05",
        "text",
    )


def test_no_date_at_all() -> None:
    assert infer_date(["Hai bên nhất trí tăng cường hợp tác."], "", TODAY) == ("", "none")


def test_title_falls_back_to_a_shortened_first_sentence() -> None:
    assert choose_title("Tiêu đề", "Câu đầu.") == ("Tiêu đề", "headline")
    long_sentence = " ".join(["từ"] * 40) + "."
    title, source = choose_title("", long_sentence)
    assert source == "first_sentence"
    assert title.endswith("…") and len(title.split()) == 31


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thủ tướng đề nghị hai bên tăng cường hợp tác năng lượng và dầu khí.", "vi"),
        (
            "Prime Minister Phạm Minh Chính has called for stronger cooperation with Russia "
            "in emergency response and search and rescue operations in Hà Nội.",
            "en",
        ),  # fmt: skip
        ("Le président a reçu hier le ministre des affaires étrangères à Paris.", "other"),
        ("O presidente recebeu ontem o ministro das relações exteriores.", "other"),
        ("Президент России встретился с премьер-министром Вьетнама.", "other"),
        ("", "other"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language
