"""Each page-furniture rule on article text written here in the shape of other news pages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.cleaning import classify_line, clean_article, is_control_row, is_widget_label

BODY = [
    "Chiều 12/4, tại Hà Nội, Bộ trưởng Bộ Quốc phòng tiếp Đại sứ Ấn Độ tại Việt Nam.",
    "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực công nghiệp quốc phòng và đào tạo.",
    "Bộ trưởng đề nghị hai nước đẩy mạnh trao đổi đoàn các cấp và hợp tác an ninh biển.",
    "Đại sứ cảm ơn sự đón tiếp nồng hậu và khẳng định sẽ thúc đẩy quan hệ song phương.",
]


def reasons(result) -> dict[str, str]:
    return {r.text: r.reason for r in result.removed if r.scope == "line"}


def kept_texts(result) -> list[str]:
    return [line.text for line in result.kept]


def test_body_survives_untouched() -> None:
    result = clean_article("\n".join(BODY))
    assert kept_texts(result) == BODY
    assert result.removed == []


def test_audio_player_timestamps() -> None:
    result = clean_article("\n".join(["1:25 / 4:03", "00:00", BODY[0], BODY[1]]))
    assert reasons(result) == {"1:25 / 4:03": "audio_player", "00:00": "audio_player"}


def test_image_file_names_and_urls() -> None:
    lines = [BODY[0], "bo-truong-tiep-dai-su-an-do-2024-0412-183000.jpg",
             "doan-cong-tac-tham-nha-may-20231105-resize", "https://example.org/anh/1.png",
             BODY[1]]  # fmt: skip
    got = reasons(clean_article("\n".join(lines)))
    assert got[lines[1]] == "image_filename"
    assert got[lines[2]] == "image_filename"
    assert got[lines[3]] == "url"


def test_photo_captions_with_credits() -> None:
    captions = [
        "Bộ trưởng tiếp Đại sứ Ấn Độ. Ảnh: Quang Hùng",
        "Toàn cảnh buổi hội đàm - Ảnh: VGP/Nhật Bắc",
        "Lễ ký kết biên bản ghi nhớ (Ảnh: TTXVN)",
        "Ảnh minh họa: Internet",
        "The two ministers at the talks. Photo: VNA",
    ]
    # an article's worth of prose around them (on a page of mostly captions they are the story)
    more = [
        "Theo kế hoạch, hai bên sẽ tổ chức diễn tập chung vào cuối năm nay tại miền Trung.",
        "Phía Ấn Độ đề xuất mở thêm các khóa đào tạo tiếng Anh cho sĩ quan trẻ của Việt Nam.",
        "Các chuyên gia đánh giá quan hệ quốc phòng giữa hai nước phát triển ổn định nhiều năm.",
        "Năm ngoái, hai nước đã ký thỏa thuận về hợp tác đóng tàu tuần tra cao tốc.",
        "Bộ trưởng cũng đề nghị tăng cường chia sẻ kinh nghiệm trong gìn giữ hòa bình.",
        "Cuộc tiếp diễn ra trong không khí thân mật, cởi mở và hiểu biết lẫn nhau.",
    ]
    result = clean_article("\n".join([BODY[0], *captions, *BODY[1:], *more]))
    assert reasons(result) == {c: "photo_caption" for c in captions}


def test_caption_printed_twice_is_removed_both_times() -> None:
    caption = "Bộ trưởng Bộ Quốc phòng tiếp Đại sứ Ấn Độ tại trụ sở Bộ."
    result = clean_article("\n".join([BODY[0], caption, caption, BODY[1]]))
    removed = [r.reason for r in result.removed]
    assert removed == ["photo_caption", "duplicate_line"]
    assert kept_texts(result) == [BODY[0], BODY[1]]


def test_headline_printed_twice_keeps_one_headline() -> None:
    headline = "Việt Nam và Ấn Độ thúc đẩy hợp tác quốc phòng"
    result = clean_article("\n".join([headline, headline, *BODY]))
    assert result.headline == headline
    assert [r.reason for r in result.removed] == ["headline", "duplicate_line"]
    assert kept_texts(result) == BODY


def test_lead_repeated_as_caption_is_a_duplicate() -> None:
    lead = BODY[1]
    caption = "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực công nghiệp quốc phòng"
    result = clean_article("\n".join([BODY[0], lead, BODY[2], caption, BODY[3]]))
    assert reasons(result) == {caption: "duplicate_line"}


def test_section_and_widget_labels() -> None:
    lines = ["Chuyên mục: Thời sự", "Tiêu đề bài viết về hợp tác quốc phòng Việt Nam",
             *BODY, "Chia sẻ", "Bình luận (12)", "Tags"]  # fmt: skip
    result = clean_article("\n".join(lines))
    got = reasons(result)
    assert got["Chuyên mục: Thời sự"] == "section_label"
    assert got["Chia sẻ"] == "widget_label"
    assert got["Bình luận (12)"] == "widget_label"
    assert got["Tags"] == "widget_label"
    assert kept_texts(result) == BODY


def test_widget_label_matches_only_whole_labels() -> None:
    assert is_widget_label("Bình luận")
    assert not is_widget_label("Bình luận viên quốc tế đánh giá cao kết quả chuyến thăm.")


def test_byline_and_source_attribution_at_the_end() -> None:
    result = clean_article("\n".join([*BODY, "Trần Minh Anh", "Theo TTXVN"]))
    got = reasons(result)
    assert got == {"Trần Minh Anh": "byline", "Theo TTXVN": "agency_signoff"}


@pytest.mark.parametrize(
    "signature", ["By Lan Chi and Bao Ngoc", "Bài và ảnh: Hoàng Yến", "Minh Khôi và Thu Hà"]
)
def test_signatures_opened_by_by_or_joined_by_and_are_bylines(signature: str) -> None:
    result = clean_article("\n".join([*BODY, signature]))
    assert reasons(result) == {signature: "byline"}
    assert not result.truncated


def test_a_short_unfinished_phrase_with_and_stays() -> None:
    result = clean_article("\n".join([*BODY, "Hà Nội và Moskva cùng nhau hợp tác"]))
    assert "Hà Nội và Moskva cùng nhau hợp tác" in kept_texts(result)


@pytest.mark.parametrize(
    ("glued", "removed"),
    [
        (
            " Kim Ngân Theo Trí thức trẻ",
            {"Theo Trí thức trẻ": "agency_signoff", "Kim Ngân": "byline"},
        ),
        (" (Theo Reuters)", {"(Theo Reuters)": "agency_signoff"}),
        (" Theo chinhphu.vn", {"Theo chinhphu.vn": "agency_signoff"}),
        (" Đỗ Quyên (Theo AFP)", {"(Theo AFP)": "agency_signoff", "Đỗ Quyên": "byline"}),
    ],
)
def test_a_source_glued_after_the_last_sentence_is_cut_with_its_signature(
    glued: str, removed: dict[str, str]
) -> None:
    result = clean_article("\n".join([*BODY[:-1], BODY[-1] + glued]))
    assert kept_texts(result) == BODY
    assert {r.text: r.reason for r in result.removed} == removed


def test_a_source_glued_to_run_together_captions_goes_but_a_closing_theo_clause_stays() -> None:
    captions = "Thủ tướng tiếp lãnh đạo Tập đoàn Nike Thủ tướng tiếp Chủ tịch Quỹ"
    result = clean_article("\n".join([*BODY, captions + " Theo VGP"]))
    assert kept_texts(result)[-1] == captions
    # lower-case "theo" continues the sentence: no source, nothing cut
    unfinished = "Hai bên nhất trí tăng cường hợp tác theo Bộ Ngoại giao"
    result = clean_article("\n".join([*BODY, unfinished]))
    assert kept_texts(result)[-1] == unfinished


def test_agency_signoff_and_end_mark_suffixes_are_trimmed() -> None:
    lines = [BODY[0], BODY[1][:-1] + "./.", BODY[2][:-1] + ". — VNA/VNS", "(TTXVN)"]
    result = clean_article("\n".join(lines))
    assert kept_texts(result) == [BODY[0], BODY[1], BODY[2]]
    parts = {(r.reason, r.scope) for r in result.removed}
    assert ("end_mark", "suffix") in parts
    assert ("agency_signoff", "suffix") in parts
    assert ("agency_signoff", "line") in parts


def test_end_mark_on_its_own_line() -> None:
    assert classify_line("./.") == "end_mark"
    assert classify_line("(Hết)") == "end_mark"


def test_metadata_header_alone_or_glued_to_the_lead() -> None:
    alone = clean_article("\n".join(["date 2024-04-12", *BODY]))
    assert alone.header == {"date": "2024-04-12"}
    assert [r.reason for r in alone.removed] == ["metadata_header"]
    glued = clean_article("\n".join([" date 2024-04-12 " + BODY[0], *BODY[1:]]))
    assert glued.header == {"date": "2024-04-12"}
    assert kept_texts(glued) == BODY
    assert [(r.reason, r.scope) for r in glued.removed] == [("metadata_header", "prefix")]


def test_dateline_and_outlet_prefixes() -> None:
    result = clean_article("\n".join(["(Báo Mới) - " + BODY[0], *BODY[1:]]))
    assert result.outlet == "Báo Mới"
    assert kept_texts(result) == BODY
    result = clean_article("\n".join(["ĐÀ NẴNG – " + BODY[0], *BODY[1:]]))
    assert kept_texts(result) == BODY
    assert result.removed[0].reason == "dateline"


def test_related_articles_after_a_heading() -> None:
    teaser = "Việt Nam và Hàn Quốc ký thỏa thuận hợp tác công nghiệp quốc phòng mới."
    result = clean_article("\n".join([*BODY, "Tin liên quan", teaser, "Đọc tiếp"]))
    assert kept_texts(result) == BODY
    assert set(reasons(result).values()) == {"related_articles"}


def test_related_teasers_with_outlet_leads_are_cut() -> None:
    lines = [
        "(Tin Tức) - " + BODY[0], *BODY[1:],
        "Tập đoàn ký kết hợp tác quốc phòng tại Dubai",
        "Tập đoàn ký kết hợp tác quốc phòng tại Dubai",
        "(Tin Tức) - Ngày 3/5, tại Dubai, tập đoàn đã ký biên bản ghi nhớ về quốc phòng.",
        "Lễ hội hoa xuân khai mạc tại thủ đô",
        "(Tin Tức) - Lễ hội thu hút hàng nghìn du khách trong ngày khai mạc.",
    ]  # fmt: skip
    result = clean_article("\n".join(lines))
    assert kept_texts(result) == BODY
    assert [r.reason for r in result.removed] == ["dateline"] + ["related_articles"] * 5


def test_a_last_paragraph_cut_mid_sentence_is_kept_and_flagged() -> None:
    cut = "Thủ tướng dự hội nghị xúc tiến đầu tư vào các tỉnh miền Trung năm nay và"
    result = clean_article("\n".join([*BODY, cut]))
    assert reasons(result) == {}
    assert kept_texts(result) == [*BODY, cut]
    assert result.truncated


def test_a_finished_article_is_not_flagged_truncated() -> None:
    assert not clean_article("\n".join([*BODY, "Trần Minh Anh"])).truncated


line_text = st.one_of(
    st.sampled_from([*BODY, "0:00", "Ảnh: TTXVN", "Bình luận", "date 2024-01-01", "./.",
                     "Nguyễn Văn A", "Tin liên quan", "(Báo X) - Hà Nội hôm nay.", ""]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), max_size=80),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(line_text, max_size=25))
def test_no_input_line_is_lost(lines: list[str]) -> None:
    result = clean_article("\n".join(lines))
    non_blank = [n for n, line in enumerate(lines, start=1) if line.strip()]
    accounted = [k.line_no for k in result.kept] + [
        r.line_no for r in result.removed if r.scope == "line"
    ]
    assert sorted(accounted) == non_blank
    assert result.n_input_lines == len(non_blank)


def test_a_hard_wrapped_paragraph_is_joined_back_and_logged() -> None:
    page = "\n".join([
        "Tiêu đề của bài báo về hợp tác giáo dục",
        "Chính phủ Nga dự kiến tăng số suất học bổng cho Việt Nam.",
        "Thông tin trên được công bố tại buổi họp báo của các trường",
        "đại học Nga đang làm việc",
        "tại Hà Nội.",
        "Các nội dung gồm:",
        "trao đổi sinh viên và giảng viên.",
        "Hai bên nhất trí hợp tác",
        "",
        "và sẽ ký thỏa thuận vào tháng tới.",
    ])  # fmt: skip
    result = clean_article(page)
    assert [line.text for line in result.kept] == [
        "Chính phủ Nga dự kiến tăng số suất học bổng cho Việt Nam.",
        "Thông tin trên được công bố tại buổi họp báo của các trường đại học Nga đang làm việc "
        "tại Hà Nội.",
        # after a colon, or across a blank line, the lines stay apart
        "Các nội dung gồm:", "trao đổi sinh viên và giảng viên.",
        "Hai bên nhất trí hợp tác", "và sẽ ký thỏa thuận vào tháng tới.",
    ]  # fmt: skip
    joined = [(r.line_no, r.reason) for r in result.removed if r.line_no in (4, 5)]
    assert joined == [(4, "joined_to_previous_line"), (5, "joined_to_previous_line")]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Nguồn QĐND: http://www.example.vn/bai-viet-123", "url"),
        ("Your browser doesn’t support HTML5", "audio_player"),
        ("Trình duyệt của bạn không hỗ trợ video này", "audio_player"),
        ("In trang này", "widget_label"),
        ("Đường dẫn truy cập", "widget_label"),
        ("Video đang xem nhiều", "widget_label"),
        ("06022014-ten-bai.mp3Phần âm thanh Tải xuống âm thanh", "audio_player"),
        ("HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO", "widget_label"),
        ("Từ khóa: viện trợ Nga, lũ lụt Huế, cứu trợ quốc tế", "widget_label"),
        ("#Nga #học bổng #tiếng Nga #sinh viên quốc tế", "widget_label"),
        ("![]() |", "image_filename"),
        ("0 Bình luận", "widget_label"),
        ("In bài viết Gửi bài viết Quay lại", "widget_label"),
        ("Số lần xem: 512", "widget_label"),
        ("Quay lại danh sách tin", "widget_label"),
        ("When using materials, a hyperlink to Astana News is required.", "site_chrome"),
        ("tp-dhc/cwl", "agency_signoff"),
        ("BSS/SR/MHS/1845", "agency_signoff"),
        ("Xinhua contributed to this story.", "byline"),
        ("Text: Press Service of UrFU", "byline"),
        ("Countries: Vietnam", "widget_label"),
        ("Related materials", "widget_label"),
        (
            "When using materials from this website, a link to the source is required.",
            "site_chrome",
        ),
        # a link that is no hyperlink to a site is prose
        ("A rail link to Moscow is required by 2030, the minister said.", None),
    ],
)
def test_more_furniture_lines_judged_alone(line: str, reason: str | None) -> None:
    assert classify_line(line) == reason


def test_a_copyright_line_a_credit_alone_and_a_header_remnant_go() -> None:
    page = "\n".join([
        " date 2025-09-04 |", "Tiêu đề của bài báo về hợp tác", *BODY[:2], "AFP photo",
        "© 2025 Báo Mẫu. All rights reserved.",
        BODY[2],
    ])  # fmt: skip
    result = clean_article(page)
    assert result.headline == "Tiêu đề của bài báo về hợp tác"
    assert kept_texts(result) == BODY[:3]
    assert reasons(result)["AFP photo"] == "photo_caption"
    assert {r.reason for r in result.removed} >= {"metadata_header", "site_chrome"}


def test_prose_about_copying_is_not_a_copyright_notice() -> None:
    prose = "Không được sao chép bài thi của bạn là quy định mà sinh viên phải tuân thủ."
    result = clean_article("\n".join(["Tiêu đề của bài báo về giáo dục", prose, BODY[0]]))
    assert kept_texts(result) == [prose, BODY[0]]


def test_a_line_above_a_credit_that_stands_alone_is_kept() -> None:
    # a caption or a sub-heading without a full stop cannot be told apart: the text stays
    subheading = "Năng lượng là trụ cột của quan hệ hai nước"
    page = ["Tiêu đề của bài báo về hợp tác", BODY[0], subheading, "ẢNH: ĐĂNG HẢI", *BODY[1:]]
    result = clean_article("\n".join(page))
    assert kept_texts(result) == [BODY[0], subheading, *BODY[1:]]


def test_a_numbered_image_label_and_a_site_dateline() -> None:
    page = [
        "Tiêu đề của bài báo về hợp tác",
        "VOV.VN - " + BODY[0],
        "Tiêu đề của bài báo về hợp tác - Ảnh 1.",
        *BODY[1:],
    ]
    result = clean_article("\n".join(page))
    assert kept_texts(result) == BODY and result.outlet == "VOV.VN"
    assert reasons(result)["Tiêu đề của bài báo về hợp tác - Ảnh 1."] == "photo_caption"


def test_a_related_box_in_the_middle_of_an_article_takes_only_its_links() -> None:
    links = ["Tin bài liên quan", "Hai nước ký kết thỏa thuận hợp tác giáo dục mới",
             "Sinh viên Việt Nam nhận học bổng tại Nga"]  # fmt: skip
    paragraphs = [f"{BODY[1]} {BODY[2]}", f"{B_MORE[0]} {B_MORE[1]}"]
    page = ["Tiêu đề của bài báo về hợp tác", BODY[0], *links, *paragraphs]
    result = clean_article("\n".join(page))
    assert kept_texts(result) == [BODY[0], *paragraphs]
    assert all(reasons(result)[link] == "related_articles" for link in links)
    # at the end of the page the box runs to the end, leads of the linked articles included
    lead = "Hai trường đại học đã ký kết thỏa thuận trao đổi sinh viên."
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", *BODY, *links, lead]))
    assert kept_texts(result) == BODY


def test_a_credit_glued_to_the_next_sentence_leaves_that_sentence_whole() -> None:
    glued = f"{BODY[0]} Nguồn ảnh: TASS.{BODY[1]}"
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", glued, *BODY[2:]]))
    # the sentence before the credit is its photo's caption; the one after it is kept whole
    assert kept_texts(result) == BODY[1:]
    assert [r.text for r in result.removed if r.line_no == 2] == [f"{BODY[0]} Nguồn ảnh: TASS."]


@pytest.mark.parametrize("above", [["Thế giới"], ["Trang chủ > Tin tức > Thời sự"], ["Kinh doanh"]])
def test_section_names_above_the_headline_are_not_the_title(above: list[str]) -> None:
    headline = "Máy bay Nga chở hàng viện trợ tới Việt Nam sau thiên tai"
    result = clean_article("\n".join([*above, headline, *BODY]))
    assert result.headline == headline and kept_texts(result) == BODY
    assert all(reasons(result)[line] == "section_label" for line in above)


def test_a_short_headline_is_still_the_headline() -> None:
    result = clean_article("\n".join(["Nga viện trợ Việt Nam", *BODY]))
    assert result.headline == "Nga viện trợ Việt Nam" and kept_texts(result) == BODY


def test_table_borders_are_trimmed_and_logged() -> None:
    page = ["Tiêu đề của bài báo về hợp tác", f"| {BODY[0]}", f"{BODY[1]} | |", *BODY[2:]]
    result = clean_article("\n".join(page))
    assert kept_texts(result) == BODY
    assert [(r.reason, r.scope) for r in result.removed if r.line_no in (2, 3)] == [
        ("html_markup", "prefix"), ("html_markup", "suffix")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Công dân cần hỗ trợ có thể gọi hotline bảo hộ công dân +7 985 123 45 67.",
        "Bản quyền thuộc về hãng phim Mosfilm, phía Việt Nam chỉ được chiếu miễn phí.",
        "Cấm sao chép phần mềm khi chưa có sự đồng ý của chủ sở hữu là quy định của luật.",
        "Trình duyệt Chrome không hỗ trợ Windows 7 kể từ đầu năm 2023.",
        "The exhibition features 120 AFP photos of Hanoi taken between 1954 and 1975.",
        "Theo thông báo đăng trên trang www.mid.ru.",
        "Link đăng ký tham gia cuộc thi: https://hocbong.gov.vn/dang-ky",
        "Chủ đề: Đoàn kết, hợp tác vì hòa bình và phát triển bền vững",
        "Sự kiện nổi bật",
    ],
)
def test_prose_that_looks_like_new_furniture_is_kept(line: str) -> None:
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", BODY[0], line, *BODY[1:]]))
    assert kept_texts(result) == [BODY[0], line, *BODY[1:]]


@pytest.mark.parametrize(
    "headline",
    [
        "Novatek - PV Gas ký thỏa thuận cung cấp LNG",
        "Giá vàng hôm nay > 100 triệu đồng/lượng",
        "Báo Nhật ca ngợi Việt Nam",
    ],
)
def test_headlines_that_look_like_new_furniture_stay_headlines(headline: str) -> None:
    result = clean_article("\n".join([headline, *BODY]))
    assert result.headline == headline and result.outlet == ""


def test_a_short_headline_above_a_byline_stays_the_headline() -> None:
    page = ["Putin thăm Việt Nam", "Minh Anh – Phóng viên TTXVN tại Liên bang Nga", *BODY]
    assert clean_article("\n".join(page)).headline == "Putin thăm Việt Nam"


@pytest.mark.parametrize(
    ("glued", "kept_start"),
    [
        ("Ảnh: TTXVN Hai bên ký kết.", "Hai bên ký kết."),
        ("Ảnh: Reuters Tổng thống V.Putin cho biết Nga coi trọng quan hệ.", "Tổng thống V.Putin"),
        ("Ảnh: TTXVN Tại TP.Hồ Chí Minh, hai bên ký kết thỏa thuận.", "Tại TP.Hồ Chí Minh"),
        # a body's or a rank's name of capitalised words opens the sentence after a name
        ("Ảnh: Hữu Thành Trường Đại học Luật mong muốn hợp tác.", "Trường Đại học Luật"),
        ("Ảnh: Minh Khôi Sở Ngoại vụ tỉnh đã chuẩn bị chu đáo.", "Sở Ngoại vụ tỉnh"),
        ("Ảnh: Đình LâmChuẩn Đô đốc Petrov cảm ơn tỉnh.", "Chuẩn Đô đốc Petrov"),
        # an English credit run into an English opener of three letters or more
        ("Photo: KystvaktenThe rescue centre confirmed the daily checks.", "The rescue centre"),
        # "Trường" before no kind of school is a given name, and so is "Chuẩn" before no rank
        ("Ảnh: Nguyễn Xuân Trường Hai bên ký kết.", "Hai bên ký kết."),
        ("Ảnh: Nguyễn Văn Chuẩn Tại buổi làm việc, hai bên ký kết.", "Tại buổi làm việc"),
    ],
)
def test_a_credit_before_a_sentence_takes_none_of_it(glued: str, kept_start: str) -> None:
    caption = "Hai nhà lãnh đạo hội đàm tại Điện Kremlin."
    result = clean_article(
        "\n".join(["Tiêu đề của bài báo về hợp tác", f"{caption} {glued}", *BODY])
    )
    assert kept_texts(result)[0].startswith(kept_start)


def test_teasers_with_leads_after_a_related_heading_at_the_end_all_go() -> None:
    teasers = ["Tin liên quan", "Nga tăng học bổng cho Việt Nam",
               "Bộ Giáo dục Nga thông báo tăng số suất học bổng.",
               "Hai nước diễn tập cứu hộ", "Lực lượng cứu hộ hai nước diễn tập trên biển.",
               "Hợp tác dầu khí mở rộng", "Hai tập đoàn ký thỏa thuận thăm dò mới."]  # fmt: skip
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", *BODY, *teasers]))
    assert kept_texts(result) == BODY


def test_a_name_in_lower_camel_case_does_not_join_the_line_before() -> None:
    page = ["Tiêu đề của bài báo về hợp tác", "- hợp tác giáo dục", "iPhone 17 được bán tại Nga."]
    assert kept_texts(clean_article("\n".join(page))) == page[1:]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Hai nước đã ký kết 10 văn kiện hợp tác quan trọng. Tổng thống Putin đón Tổng Bí thư "
            "tại "
            "Điện Kremlin - Ảnh 1."
        ],
        ["Hotline 1900 9095 của Bộ Y tế đã tiếp nhận hơn 5.000 cuộc gọi trong tuần qua."],
        ["Trình duyệt Safari không hỗ trợ video định dạng WebM, vì vậy người dùng phải cài thêm."],
        ["#MeToo và #TimesUp lan rộng khắp thế giới."],
        ["Báo chí quốc tế đưa tin đậm nét về chuyến thăm.", "Báo Nga", "Đài Loan"],
        ["Những nhà báo được tặng bằng khen gồm", "Nguyễn Văn An, phóng viên Báo Nhân Dân"],
        ["Các nền tảng bị phạt gồm", "Facebook", "Zalo", "1. Đăng ký"],
        ["Từ khóa: hợp tác, phát triển, hòa bình là những điểm nhấn của bài phát biểu"],
        [
            "Luật mới quy định rõ. Không được sao chép tác phẩm dưới mọi hình thức khi chưa có sự "
            "đồng ý của tác giả."
        ],
    ],
)
def test_prose_that_looks_like_new_furniture_is_kept_second_review(lines: list[str]) -> None:
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", BODY[0], *lines, BODY[1]]))
    assert kept_texts(result) == [BODY[0], *lines, BODY[1]] and result.outlet == ""


@pytest.mark.parametrize(
    "page",
    [
        ["Vladimir Putin", "Tổng thống Nga sinh năm 1952 tại Leningrad.", *BODY],
        ["GDP Việt Nam > Thái Lan > Malaysia trong quý III", *BODY],
    ],
)
def test_first_lines_that_are_not_section_names_stay(page: list[str]) -> None:
    result = clean_article("\n".join(page))
    assert not [r for r in result.removed if r.reason == "section_label"]


def test_sub_headings_after_a_mid_article_related_box_keep_their_sections() -> None:
    more = ["Liên doanh dầu khí của hai nước đã khai thác thêm hai mỏ mới trong năm nay.",
            "Hai trường đại học sẽ trao đổi hai trăm sinh viên mỗi năm từ năm tới."]  # fmt: skip
    page = ["Tiêu đề của bài báo về hợp tác", BODY[0], "Tin liên quan",
            "Nga tăng học bổng cho Việt Nam", "Hai nước diễn tập cứu hộ",
            "Hợp tác dầu khí", f"{BODY[1]} {more[0]}", "Hợp tác giáo dục",
            f"{BODY[2]} {more[1]}", "Hợp tác quốc phòng", BODY[3]]  # fmt: skip
    result = clean_article("\n".join(page))
    # the first sub-heading, right under the links, reads as one more link and goes with them
    assert kept_texts(result) == [BODY[0], *page[6:]]


def test_a_joined_line_keeps_the_log_of_what_was_trimmed_from_it() -> None:
    page = ["Tiêu đề của bài báo về hợp tác",
            "Ông Putin cho biết hai nước sẽ tăng cường hợp tác",
            "trong lĩnh vực năng lượng (Ảnh: TTXVN) và giáo dục."]  # fmt: skip
    result = clean_article("\n".join(page))
    assert kept_texts(result) == [
        "Ông Putin cho biết hai nước sẽ tăng cường hợp tác trong lĩnh vực năng lượng và giáo dục."
    ]
    assert ("photo_caption", "inline", "(Ảnh: TTXVN)") in [
        (r.reason, r.scope, r.text) for r in result.removed
    ]


def test_a_glued_credit_stops_at_no_abbreviation() -> None:
    line = "Lễ ký kết tại Điện Kremlin. Ảnh: St.Petersburg Times"
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", BODY[0], line, BODY[1]]))
    assert "Petersburg" not in " ".join(kept_texts(result))


B_MORE = [
    "Đoàn đại biểu Nga đã thăm nhà máy lọc dầu Dung Quất.",
    "Hai trường đại học sẽ trao đổi hai trăm sinh viên mỗi năm từ năm tới.",
    "Chuyến thăm diễn ra từ ngày 10 đến 12 tháng 3.",
]


def test_a_box_of_bare_titles_mid_article_ends_where_the_titles_do() -> None:
    page = ["Tiêu đề của bài báo về hợp tác", BODY[0], "Tin bài liên quan",
            "Nga tăng học bổng cho Việt Nam", "Hai nước diễn tập cứu hộ",
            f"{B_MORE[0]} {BODY[1]}", "Hợp tác giáo dục", f"{B_MORE[1]} {BODY[2]}",
            "Hợp tác quốc phòng", B_MORE[2], "Minh Anh"]  # fmt: skip
    kept = kept_texts(clean_article("\n".join(page)))
    assert kept[:6] == [BODY[0], *page[5:10]]


def test_after_an_end_of_page_box_other_widgets_teasers_and_comments_all_go() -> None:
    tail = ["Tin liên quan", "Nga tăng học bổng cho sinh viên Việt Nam",
            "Hai nước diễn tập cứu hộ trên biển", "Tin mới nhất", "Giá vàng hôm nay tăng mạnh",
            "Giá vàng SJC sáng nay tăng 500.000 đồng mỗi lượng.", "Hà Nội mưa rét kéo dài",
            "Không khí lạnh tăng cường khiến nhiệt độ giảm sâu.",
            "Nguyễn Văn Nam: Bài viết rất hay, cảm ơn tác giả."]  # fmt: skip
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", *BODY, *tail]))
    assert kept_texts(result) == BODY


def test_link_titles_that_end_with_a_question_or_a_quote_go_with_the_box() -> None:
    links = ["Tin liên quan", "Putin: “Việt Nam là đối tác tin cậy”",
             "Vì sao sinh viên Việt chọn du học Nga?"]  # fmt: skip
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", *BODY, *links]))
    assert kept_texts(result) == BODY


def test_captions_between_paragraphs_of_an_ordinary_article_still_go() -> None:
    captions = [
        f"Tổng thống Nga đón Tổng Bí thư tại Điện Kremlin số {n}. Ảnh: TTXVN" for n in "123"
    ]
    paragraphs = [f"{BODY[i]} {BODY[(i + 1) % 4]} {BODY[(i + 2) % 4]}" for i in range(4)]
    page = [paragraphs[0], captions[0], paragraphs[1], captions[1], paragraphs[2], captions[2],
            paragraphs[3]]  # fmt: skip
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", *page]))
    assert kept_texts(result) == paragraphs


@pytest.mark.parametrize(
    "lines",
    [
        ["Các văn kiện được ký kết gồm", "a) Hiệp định hợp tác giáo dục",
         "b) Bản ghi nhớ về năng lượng"],
        ["Hợp tác giáo dục", "sinh viên Việt Nam tại Nga ngày càng đông."],
        ["Key points", "the two sides agreed to expand energy cooperation."],
    ],
)  # fmt: skip
def test_headings_and_lists_do_not_join_the_lower_case_line_below(lines: list[str]) -> None:
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", BODY[0], *lines]))
    assert kept_texts(result) == [BODY[0], *lines]


def test_a_two_syllable_headline_above_a_byline_is_not_a_section_name() -> None:
    result = clean_article("\n".join(["Bão Yagi", "Minh Anh - TTXVN", *BODY]))
    assert not [r for r in result.removed if r.reason == "section_label"]


@pytest.mark.parametrize(
    "line",
    [
        "Hotline 1900 9095 của Bộ Y tế hoạt động 24/24 giờ",
        "#MeToo và #TimesUp lan rộng",
        "Không được sử dụng lại tác phẩm của báo chí khi chưa có sự đồng ý của tác giả.",
        "Thích, chia sẻ, bình luận",
        "Đăng ký",
    ],
)
def test_prose_that_looks_like_new_furniture_is_kept_third_review(line: str) -> None:
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", BODY[0], line, BODY[1]]))
    assert kept_texts(result) == [BODY[0], line, BODY[1]]


@pytest.mark.parametrize(
    "page",
    [
        ["Bão Yagi", "Minh Anh", *BODY],
        ["Bão Yagi", "Theo TTXVN", *BODY],
        ["Nhớ Nga", "Tuyết rơi trắng xóa sân ga cũ,", "Em đứng chờ anh giữa mùa đông."],
    ],
)
def test_a_short_first_line_above_no_headline_stays(page: list[str]) -> None:
    result = clean_article("\n".join(page))
    assert not [r for r in result.removed if r.reason == "section_label"]


def test_short_articles_captions_go_even_when_half_the_lines_are_captions() -> None:
    paragraphs = [f"{BODY[0]} {BODY[1]}", f"{BODY[2]} {BODY[3]}"]
    captions = ["Thủ tướng tiếp Đại sứ Nga. Ảnh: VGP/Nhật Bắc",
                "Quang cảnh buổi tiếp. Ảnh: VGP/Nhật Bắc",
                "Hai bên chụp ảnh lưu niệm. Ảnh: VGP/Nhật Bắc"]  # fmt: skip
    page = [
        "Tiêu đề của bài báo về hợp tác",
        paragraphs[0],
        captions[0],
        paragraphs[1],
        *captions[1:],
    ]
    assert kept_texts(clean_article("\n".join(page))) == paragraphs


def test_a_sentence_about_a_browser_is_not_player_text() -> None:
    line = "Trình duyệt Internet Explorer không hỗ trợ HTML5."
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", BODY[0], line, BODY[1]]))
    assert kept_texts(result) == [BODY[0], line, BODY[1]]


def test_sub_heading_whose_words_the_lead_uses_apart_stays() -> None:
    # the lead holds every three-word run of the heading, but in two places and out of order
    lead = (
        "Hợp tác quốc phòng, an ninh là trụ cột của quan hệ hai nước. Bài viết phân tích "
        "kết quả hợp tác giai đoạn 2012 - 2022 và đề xuất giải pháp cho thời gian tới."
    )
    heading = "2. Kết quả hợp tác quốc phòng, an ninh"
    result = clean_article("\n".join([lead, BODY[0], heading, *BODY[1:]]))
    assert heading in kept_texts(result)


def test_a_teaser_the_body_repeats_in_order_goes() -> None:
    teaser = "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực công nghiệp quốc phòng"
    result = clean_article("\n".join([BODY[0], teaser, BODY[2], BODY[1], BODY[3]]))
    assert reasons(result) == {teaser: "duplicate_line"}


def test_sub_heading_with_a_number_repeated_by_the_paragraph_under_it_stays() -> None:
    # twelve words as printed; "5.000" is two runs of digits
    heading = "Hơn 5.000 lưu học sinh Việt Nam đang học tập tại Nga"
    paragraph = (
        "Theo Cục Hợp tác quốc tế, hiện có hơn 5.000 lưu học sinh Việt Nam đang học tập "
        "tại Liên bang Nga, trong đó khoảng 1.200 người theo diện học bổng Hiệp định."
    )
    result = clean_article("\n".join([*BODY, heading, paragraph]))
    assert kept_texts(result) == [*BODY, heading, paragraph]


def test_a_share_row_with_russian_networks_is_a_control_row() -> None:
    assert is_control_row("Chia sẻ: ВКонтакте Telegram Одноклассники")


@pytest.mark.parametrize(
    "signature",
    [
        "Quang Vinh - Trung tâm Văn hóa, Thông tin và Thể thao thành phố",
        "Minh Hiếu (Trung tâm Thông tin - Văn phòng UBND tỉnh)",
    ],
)
def test_a_signature_with_its_units_long_name_is_a_byline(signature: str) -> None:
    result = clean_article("\n".join([*BODY, signature]))
    assert reasons(result) == {signature: "byline"}
    assert kept_texts(result) == BODY
