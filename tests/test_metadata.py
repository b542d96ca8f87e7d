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


def test_a_header_date_outside_the_accepted_years_is_ignored() -> None:
    assert infer_date(["Hai bên gặp nhau."], "2031-01-02", TODAY) == ("", "none")
    assert infer_date(["Hai bên gặp nhau."], "not-a-date", TODAY) == ("", "none")


def test_a_stamp_in_a_byline_line_gives_a_page_date() -> None:
    page = (
        "Hợp tác giáo dục được đẩy mạnh\n"
        "Minh Anh | Thứ tư, ngày 22/11/2017 09:15\n"
        "Sáng 21/11, hai trường đại học ký thỏa thuận trao đổi sinh viên.\n"
    )
    paragraphs = ["Sáng 21/11, hai trường đại học ký thỏa thuận trao đổi sinh viên."]
    assert infer_date(paragraphs, "", TODAY, page_text=page) == ("2017-11-22", "page")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("22/11/2017 22:34 GMT+7", "2017-11-22"),
        ("Cập nhật: 10:20 05/03/2026", "2026-03-05"),
        ("Chủ nhật, 6-4-2025", "2025-04-06"),
        ("Published March 05, 2026", "2026-03-05"),
        ("By Lan Hương | March 05, 2026", "2026-03-05"),
        ("Thursday, 5 March 2026", "2026-03-05"),
        # a clock after "lúc"; a byline's date before its update stamp; a capitalised cue
        # inside a line of labels
        ("05/03/2026 lúc 10:15", "2026-03-05"),
        ("Lan Hương |05.03.2026 - Update : 05.03.2026", "2026-03-05"),
        (
            "Format News Source UNICEF Posted 5 Mar 2026 Originally published 4 Mar 2026",
            "2026-03-05",
        ),
    ],
)
def test_stamp_shapes(stamp: str, expected: str) -> None:
    page = f"Tiêu đề bài báo\n{stamp}\nHai bên nhất trí tăng cường hợp tác.\n"
    paragraphs = ["Hai bên nhất trí tăng cường hợp tác."]
    assert infer_date(paragraphs, "", TODAY, page_text=page) == (expected, "page")


def test_a_past_full_date_in_the_body_is_not_a_page_date() -> None:
    paragraphs = [
        "Hai bên nhất trí mở rộng hợp tác đào tạo kỹ sư năng lượng trong thời gian tới.",
        "Hiệp định về hợp tác khoa học được ký ngày 15/3/2016 tại Mát-xcơ-va.",
        "Vào ngày thứ Năm 9.6.2016, hai bên đã họp lần đầu lúc 10:30 ngày 9/6/2016.",
    ]
    page = "Tiêu đề\n" + "\n".join(paragraphs)
    assert infer_date(paragraphs, "", TODAY, page_text=page) == ("", "none")


def test_an_iso_date_inside_a_sentence_is_no_stamp() -> None:
    paragraphs = ["Hiệp định ký ngày 2016-03-15 tại Mát-xcơ-va được hai bên nhắc lại nhiều lần, "
                  "với các cam kết về năng lượng, giáo dục và an ninh."]  # fmt: skip
    page = "Tiêu đề\n" + paragraphs[0]
    assert infer_date(paragraphs, "", TODAY, page_text=page) == ("", "none")


def test_a_full_date_in_the_dateline_gives_a_page_date() -> None:
    paragraphs = ["Ngày 17/11/2025, tại Abu Dhabi, hai bên ký biên bản ghi nhớ."]
    assert infer_date(paragraphs, "", TODAY) == ("2025-11-17", "page")
    for opening in (
        "HÀ NỘI, 17/11/2025 -",
        "Chiều 17/11/2025,",
        "Tại Hà Nội, ngày 17/11/2025,",
        "Hôm thứ Hai 17/11/2025,",
        "Moskva (Nga), đầu tuần 17/11/2025,",
        "Sáng sớm 17/11/2025,",
        "Vào tối muộn ngày 17/11/2025,",
        "Lúc 10h ngày 17/11/2025,",
        "Mới đây, ngày 17/11/2025,",
        "Mát-xcơ-va, ngày 17/11/2025 -",
        "Tại Liên bang Nga, ngày 17/11/2025,",
        "Thủ tướng Phạm Minh Chính chiều 17/11/2025",
        "Báo Quốc tế - Sáng 17/11/2025,",
    ):
        paragraphs = [f"{opening} hai bên ký biên bản ghi nhớ về hợp tác giáo dục."]
        assert infer_date(paragraphs, "", TODAY) == ("2025-11-17", "page"), opening


def test_a_date_in_the_leads_first_clause_is_an_event_not_a_dateline() -> None:
    for opening in (
        "Ra đời ngày 28/5/1918,",
        "Thành lập ngày 28/5/1918,",
        "Từ ngày 28/5/1918,",
        "Trước ngày 28/5/1918,",
        "Sinh ngày 28/5/1918,",
        "Đến ngày 28/5/1918,",
    ):
        paragraphs = [f"{opening} lực lượng biên phòng Nga nay canh giữ biên giới dài nhất."]
        assert infer_date(paragraphs, "", TODAY) == ("", "none"), opening


def test_a_lead_date_completed_from_a_full_date_ten_days_later() -> None:
    paragraphs = [
        "Chiều 5/3, hai bộ trưởng hội đàm về hợp tác năng lượng.",
        "Hai bên thống nhất ký kế hoạch hành động vào ngày 15/3/2026 tại Hà Nội.",
    ]
    assert infer_date(paragraphs, "", TODAY) == ("2026-03-05", "text")


@pytest.mark.parametrize("full_date", ["20/9/2024", "28/12/2023"])
def test_a_full_date_far_from_the_lead_date_does_not_complete_it(full_date: str) -> None:
    # 5/3 is about six months from 20/9 in any year, and 2024-03-05 is 68 days after
    # 28/12/2023: neither article says which year its "Chiều 5/3" belongs to
    paragraphs = [
        "Chiều 5/3, hai bộ trưởng hội đàm về hợp tác năng lượng.",
        f"Hiệp định khung được ký ngày {full_date} tại Mát-xcơ-va.",
    ]
    assert infer_date(paragraphs, "", TODAY) == ("", "none")


def test_full_dates_that_complete_differently_leave_the_date_blank() -> None:
    paragraphs = [
        "Sáng 6-1, hai bên gặp nhau tại Hà Nội.",
        "Lần gặp trước diễn ra ngày 20/12/2024; lần tới dự kiến ngày 1/2/2026.",
    ]
    assert infer_date(paragraphs, "", TODAY) == ("", "none")


def test_the_first_date_of_an_anniversary_range_does_not_complete() -> None:
    paragraphs = [
        "Nhân kỷ niệm 80 năm Ngày thành lập (10/10/1945-10/10/2025), ngày 10/10 tại "
        "Bình Nhưỡng, hai nhà lãnh đạo gặp nhau."
    ]
    assert infer_date(paragraphs, "", TODAY) == ("2025-10-10", "text")


def test_a_year_alone_never_completes_a_date() -> None:
    paragraphs = [
        "Chiều 5/3, hai bên gặp nhau.",
        "Hai bên triển khai kế hoạch hợp tác đến năm 2030, tiếp nối kết quả từ tháng 9/2017.",
        "Năm 2025 là năm bản lề.",
    ]
    assert infer_date(paragraphs, "", TODAY) == ("", "none")


def test_years_after_today_are_never_accepted() -> None:
    page = "Cập nhật: 10:20 05/03/2031\nSáng 2/3, hai bên gặp nhau."
    paragraphs = ["Sáng 2/3, hai bên gặp nhau.", "Dự án hoàn thành ngày 1/3/2031."]
    assert infer_date(paragraphs, "", TODAY, page_text=page) == ("", "none")


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


@pytest.mark.parametrize(
    "line",
    [
        "Nguồn: https://example.vn/2019-05-09/hoc-bong-nga.html",
        "Hạn nộp hồ sơ: 2026-03-15",
        "Ảnh: anh_2018-07-12.jpg",
        "2018-07-12",
    ],
)
def test_an_iso_date_inside_a_line_is_no_stamp(line: str) -> None:
    paragraphs = ["Hai bên nhất trí tăng cường hợp tác."]
    page = f"Tiêu đề bài báo\n{line}\n{paragraphs[0]}\n"
    assert infer_date(paragraphs, "", TODAY, page_text=page) == ("", "none")


def test_the_sites_date_of_the_day_above_the_headline_yields_to_the_articles_own() -> None:
    lines = [
        "BÁO ĐIỆN TỬ TỈNH",
        "Thứ Hai, 24/11/2025",
        "Lãnh đạo tỉnh tiếp Tổng lãnh sự Liên bang Nga",
        "Cập nhật: 15/11/2018 - 17:32",
        "Sáng 15-11, lãnh đạo tỉnh đã tiếp Tổng lãnh sự Liên bang Nga.",
        "Tin liên quan",
        "Nga cấp thêm học bổng cho sinh viên Việt Nam",
        "15/10/2025 08:30",
    ]
    body = lines[4:5]

    def date(page_lines: list[str]) -> tuple[str, str]:
        return infer_date(body, "", TODAY, "\n".join(page_lines), 3, article_end_line=5)

    assert date(lines) == ("2018-11-15", "page")
    # without a stamp of its own, a related teaser's stamp below the article does not count:
    # the lead's day and month are completed from the site's date of the day
    without = [*lines[:3], *lines[4:]]
    body = ["Chiều 21/11, lãnh đạo tỉnh đã tiếp Tổng lãnh sự Liên bang Nga."]
    assert infer_date(body, "", TODAY, "\n".join(without), 3, 4) == ("2025-11-21", "text")
    # and with nothing else, the date of the day dates the page
    body = ["Lãnh đạo tỉnh đã tiếp Tổng lãnh sự Liên bang Nga."]
    assert infer_date(body, "", TODAY, "\n".join(without), 3, 4) == ("2025-11-24", "page")
    # a date with a clock above the headline is the article's stamp (VnExpress's layout)
    clocked = [lines[0], "Thứ Hai, 24/11/2025, 10:05 (GMT+7)", lines[2], lines[4]]
    assert infer_date(body, "", TODAY, "\n".join(clocked), 3, 4) == ("2025-11-24", "page")
    # a dateline in the lead beats the date of the day
    dated = ["Hà Nội, ngày 12/3/2024 - Lãnh đạo tỉnh đã tiếp Tổng lãnh sự Liên bang Nga."]
    assert infer_date(dated, "", TODAY, "\n".join(without), 3, 4) == ("2024-03-12", "page")


def test_a_clocked_stamp_above_the_headline_is_the_articles_and_completion_stays_in_the_past() -> (
    None
):
    page = "\n".join(["BÁO", "Thứ Hai, 24/11/2025", "Thời sự > Quân sự",
                      "Thứ Sáu, 21/11/2025, 08:30 (GMT+7)", "Nga và Việt Nam ký kế hoạch đào tạo",
                      "Hai bên đã ký kế hoạch."])  # fmt: skip
    assert infer_date(["Hai bên đã ký kế hoạch."], "", TODAY, page, 5, 6) == (
        "2025-11-21",
        "page",
    )
    # "Chiều 10/12" on a page saved on 24/11/2025 is not completed to a later day, so the
    # date of the day stands; "Chiều 21/11" is completed
    body = ["Chiều 10/12, hai bên đã ký kế hoạch đào tạo."]
    bare = "\n".join(
        ["BÁO", "Thứ Hai, 24/11/2025", "Thời sự", "Nga và Việt Nam ký kế hoạch", *body]
    )
    assert infer_date(body, "", TODAY, bare, 4, 5) == ("2025-11-24", "page")
    body = ["Chiều 21/11, hai bên đã ký kế hoạch đào tạo."]
    assert infer_date(body, "", TODAY, bare.replace("10/12", "21/11"), 4, 5) == (
        "2025-11-21",
        "text",
    )


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [("18/09/2024", "2024-09-18"), ("15.09.2024", "2024-09-15"),
     ("21 tháng 6 2024", "2024-06-21"), ("18 Tháng Chín 2024", "2024-09-18"),
     ("Cập nhật 22 tháng 6 năm 2024", "2024-06-22")],
)  # fmt: skip
def test_a_date_alone_on_its_line_near_the_headline_dates_the_page(
    date_line: str, expected: str
) -> None:
    body = "Hai bên đã ký kế hoạch hợp tác đào tạo kỹ sư năng lượng trong năm năm tới."
    page = "\n".join(["Báo X", "Việt Nam và Nga ký kế hoạch đào tạo kỹ sư", "Minh An", date_line,
                      body])  # fmt: skip
    assert infer_date([body], "", TODAY, page, headline_line=2) == (expected, "page")


def test_a_date_alone_far_below_the_headline_is_a_timelines_not_the_pages() -> None:
    body = [
        f"Đoạn thứ {n} kể lại quá trình hợp tác giữa hai nước qua các thời kỳ." for n in range(12)
    ]
    page = "\n".join(["Hợp tác Việt - Nga qua các mốc", *body, "02/09/1945", "Ngày độc lập."])
    assert infer_date(body, "", TODAY, page, headline_line=1) == ("", "none")


def test_a_date_alone_right_under_the_headline_is_the_stamp_before_the_leads_dateline() -> None:
    lead = "Ngày 25/11/2024, tại Moskva, hai Thứ trưởng Ngoại giao đã đồng chủ trì Đối thoại."
    page = "\n".join(["Đối thoại chiến lược Việt Nam - Nga lần thứ 13", "26/11/2024", lead])
    assert infer_date([lead], "", TODAY, page, headline_line=1) == ("2024-11-26", "page")
    # a timeline's milestones under the headline date nothing: the lead's dateline does
    intro = "Ngày 30/1/2025, hai nước kỷ niệm 75 năm quan hệ ngoại giao với nhiều sự kiện lớn."
    timeline = ["Những dấu mốc 75 năm quan hệ Việt Nam - Nga", intro, "30/01/1950",
                "Liên Xô công nhận Việt Nam Dân chủ Cộng hòa.", "16/06/1994",
                "Hai nước ký Hiệp ước hữu nghị."]  # fmt: skip
    assert infer_date([intro], "", TODAY, "\n".join(timeline), headline_line=1) == (
        "2025-01-30",
        "page",
    )


def test_a_date_under_a_label_or_from_before_the_web_is_no_stamp() -> None:
    body = "Hai bên đã ký kế hoạch hợp tác đào tạo kỹ sư năng lượng trong năm năm tới."
    headline = "Việt Nam và Nga ký kế hoạch đào tạo kỹ sư"
    for label, date in [("Hạn cuối nộp hồ sơ:", "28/02/2025"), ("Thời gian tổ chức", "15/05/2025")]:
        page = "\n".join([headline, body, label, date, body])
        assert infer_date([body, body], "", TODAY, page, headline_line=1) == ("", "none")
    page = "\n".join(["Ngày này năm xưa: Liên Xô công nhận Việt Nam", "30/01/1950", body])
    assert infer_date([body], "", TODAY, page, headline_line=1) == ("", "none")
