"""Pages saved whole, as a scraper that dumps every visible line writes them: the site's
masthead, menu and date above the headline, share and follow controls under it, tags and
share buttons one per line, a related box under a control-like heading, a footer menu and
the licence lines every Vietnamese site prints. All pages are written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.cleaning import clean_article

HEADLINE = "Việt Nam và Nga ký kế hoạch hợp tác đào tạo kỹ sư năng lượng hạt nhân"
LEAD = (
    "Chiều 12/3, tại Hà Nội, Bộ Giáo dục và Đào tạo cùng tập đoàn năng lượng của Nga đã ký "
    "kế hoạch hợp tác đào tạo kỹ sư năng lượng hạt nhân cho giai đoạn năm năm tới."
)
BODY = [
    LEAD,
    "Theo kế hoạch, mỗi năm hai bên sẽ cử năm mươi sinh viên sang học tại các trường đại học "
    "kỹ thuật của Nga.",
    "Phía Nga cam kết cấp học bổng toàn phần và hỗ trợ chỗ ở cho sinh viên trong suốt khóa học.",
]
MENU = ["Trang chủ", "Thời sự", "Kinh tế", "Giáo dục", "Khoa học", "Thế giới", "Đăng nhập"]


def kept(page: str) -> list[str]:
    return [line.text for line in clean_article(page).kept]


def reasons(page: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_article(page).removed if r.scope == "line"}


def test_the_masthead_menu_and_date_above_the_headline_go_and_the_headline_is_taken() -> None:
    page = "\n".join(
        ["BÁO ĐIỆN TỬ TIN TỨC HỮU NGHỊ", "Thứ Hai, 24/11/2025", *MENU, "Giáo dục > Du học",
         HEADLINE, "Cập nhật: 12/03/2024 - 17:32", "Theo dõi báo trên Google News", *BODY]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY
    removed = reasons(page)
    assert removed["Khoa học"] == "page_header"
    assert removed["Theo dõi báo trên Google News"] == "page_header"


def test_a_headline_naming_a_russian_by_joined_initials_is_one_sentence() -> None:
    # "V.Ya. Kikot": the second initial has two letters, but its full stop ends no sentence
    headline = "Học viện tiếp đoàn đại biểu Trường Đại học mang tên V.Ya. Kikot của Nga"
    page = "\n".join(["BỘ CÔNG AN", "HỌC VIỆN TRUYỀN THÔNG", "Thứ Năm, 17/10/2024", *MENU,
                      headline, "17/10/2024 08:45 | Lượt xem: 312",
                      "Ngày 15/10, Học viện đã tiếp đoàn đại biểu Trường Đại học mang tên V.Ya. "
                      "Kikot của Nga do Phó Hiệu trưởng làm Trưởng đoàn.", *BODY[1:]])  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert "BỘ CÔNG AN" not in [line.text for line in result.kept]


def test_the_headline_is_the_candidate_the_lead_repeats_not_a_longer_menu_item() -> None:
    # a six-word menu item and a six-word tagline stand above the headline too
    page = "\n".join(
        ["Tiêu chuẩn đo lường chất lượng sản phẩm", *MENU,
         "Trang tin điện tử tổng hợp về đời sống", HEADLINE, *BODY]
    )  # fmt: skip
    assert clean_article(page).headline == HEADLINE


def test_the_url_slug_picks_the_headline_when_the_lead_paraphrases_it() -> None:
    banner = "Đại hội đại biểu toàn quốc lần thứ XIV"
    headline = "Hà Nội và Moscow tăng cường hợp tác đô thị"
    lead = (
        "Chiều 14/12, Phó Chủ tịch UBND thành phố đã tiếp đoàn đại biểu thủ đô Liên bang Nga "
        "sang thăm và làm việc."
    )
    url = "url https://bao.example.vn/ha-noi-va-moscow-tang-cuong-hop-tac-do-thi-123.html"
    page = "\n".join([url, banner, *MENU, headline, lead, *BODY[1:]])
    assert clean_article(page).headline == headline
    assert reasons(page)[banner] == "page_header"


def test_a_caption_repeating_the_headline_under_it_does_not_take_its_place() -> None:
    caption = "Việt Nam và Nga ký kế hoạch hợp tác đào tạo kỹ sư năng lượng hạt nhân tại Hà Nội"
    page = "\n".join(["BÁO KHOA HỌC", *MENU, HEADLINE, caption, *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert reasons(page)["BÁO KHOA HỌC"] == "page_header"


def test_nothing_goes_when_no_line_above_the_lead_shares_its_words() -> None:
    # a series label, a kicker and a title that the lead does not repeat
    lines = ["Kỳ 2", "Những người thầy", "Bài học từ những chuyến đi xa nhà và trở về"]
    page = "\n".join([*lines, *BODY])
    assert "page_header" not in set(reasons(page).values())
    assert "Những người thầy" in kept(page)


def test_an_article_whose_headline_is_on_the_first_line_is_left_to_the_usual_rules() -> None:
    page = "\n".join([HEADLINE, "Thế giới", *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert "page_header" not in {r.reason for r in result.removed}


def test_a_stamp_glued_to_the_headline_is_trimmed() -> None:
    page = "\n".join(["BÁO PHÁP LUẬT", *MENU, f"{HEADLINE} 31/05/2025 08:05", *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    # the log keeps the raw line, stamp included
    assert reasons(page)[f"{HEADLINE} 31/05/2025 08:05"] == "headline"


def test_the_site_footer_that_ends_the_page_goes() -> None:
    footer = [
        "BÁO ĐIỆN TỬ TIN TỨC HỮU NGHỊ",
        "Tổng biên tập: Nguyễn Văn An",
        "Giấy phép số 51/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
        "Tòa soạn: Số 10 phố Hàng Bài, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024 3825 1234.",
        "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản của tòa soạn.",
        "Điều khoản sử dụng",
    ]
    page = "\n".join([HEADLINE, *BODY, *footer])
    assert kept(page) == BODY
    assert reasons(page)["Điều khoản sử dụng"] == "site_chrome"


def test_a_licence_or_hotline_line_is_no_footer_when_the_article_goes_on() -> None:
    licence = "Giấy phép số 2045 do Bộ Kế hoạch và Đầu tư cấp cho liên doanh cũng được điều chỉnh."
    page = "\n".join([HEADLINE, *BODY[:2], licence, BODY[2]])
    assert kept(page) == [*BODY[:2], licence, BODY[2]]
    # a top bar's hotline above a two-paragraph brief opens no footer
    brief = "\n".join(["Đường dây nóng: 0903 123 456", "BÁO HỮU NGHỊ", *MENU, HEADLINE, *BODY[:2]])
    assert kept(brief) == BODY[:2]
    # one contact line at the end is the article's (a scholarship call's address)
    address = "Địa chỉ: Phòng Hợp tác quốc tế, số 1 Đại Cồ Việt, Hà Nội."
    assert kept("\n".join([HEADLINE, *BODY, address])) == [*BODY, address]


def test_a_list_under_a_colon_at_the_end_stays_even_above_the_footer() -> None:
    members = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường"]
    intro = "Tham gia đoàn có các đại biểu sau:"
    assert kept("\n".join([HEADLINE, *BODY, intro, *members])) == [*BODY, intro, *members]
    footer = ["Tổng biên tập: Nguyễn Văn An", "Giấy phép số 51/GP-BTTTT do Bộ TT&TT cấp."]
    page = "\n".join([HEADLINE, *BODY, intro, *members, *footer])
    assert kept(page) == [*BODY, intro, *members]


def test_an_address_in_the_article_with_prose_after_it_stays() -> None:
    address = "Địa chỉ: Trung tâm Văn hóa Nga, số 501 đường Kim Mã, Hà Nội."
    more = [
        "Buổi giới thiệu sẽ diễn ra vào sáng thứ Bảy và mở cửa tự do cho mọi người quan tâm.",
        "Các sinh viên đã từng học tại Nga cũng sẽ chia sẻ kinh nghiệm sống và học tập ở đó.",
        "Ban tổ chức dự kiến đón khoảng ba trăm học sinh cùng phụ huynh đến tham dự sự kiện.",
    ]
    page = "\n".join([HEADLINE, *BODY, address, *more])
    assert kept(page) == [*BODY, address, *more]


def test_tags_and_share_buttons_one_per_line_go_and_the_prose_after_a_label_stays() -> None:
    page = "\n".join(
        [HEADLINE, *BODY, "Từ khóa:", "Rosatom", "điện hạt nhân",
         "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Chia sẻ:", "Facebook", "Zalo",
         "Sao chép link", "#Rosatom", "#điện hạt nhân Ninh Thuận 1"]
    )  # fmt: skip
    assert kept(page) == BODY
    removed = reasons(page)
    assert removed["Viện Hàn lâm Khoa học và Công nghệ Việt Nam"] == "widget_label"
    assert removed["Zalo"] == removed["#Rosatom"] == "widget_label"
    # a long line under a tag label is no tag: the run of tags ends there
    sentence = "Sự kiện được tổ chức trong khuôn khổ Năm chéo Việt Nam và Nga lần thứ hai."
    assert sentence in kept("\n".join([HEADLINE, *BODY[:2], "Tags", "Nga", sentence]))


def test_a_related_box_under_a_control_heading_goes_and_a_menu_word_opens_none() -> None:
    teasers = ["Nga sẵn sàng đào tạo nhân lực điện hạt nhân cho Việt Nam",
               "Thủ tướng tiếp Tổng giám đốc tập đoàn năng lượng Nga"]  # fmt: skip
    page = "\n".join([HEADLINE, *BODY, "Đọc thêm", *teasers, "Tin nổi bật", *teasers[:1]])
    assert kept(page) == BODY
    # "Tin mới" as a menu item above the headline opens no block
    page = "\n".join(["BÁO HỮU NGHỊ", "Tin mới", *MENU, HEADLINE, *BODY])
    assert kept(page) == BODY


def test_a_read_more_link_inside_an_article_takes_only_its_title() -> None:
    paragraphs = [
        "Under the plan, Rosatom would help Vietnam prepare the legal framework and regulators.",
        "Vietnam shelved its nuclear plans in 2016 citing low electricity demand and high costs.",
        "Officials now say rising demand from manufacturing has changed the calculation.",
    ]
    body = [
        "Vietnam and Russia have agreed to resume talks on building the first nuclear plant.",
        "The announcement came after a meeting between the two ministers in Moscow on Monday.",
    ]
    title = "Russia offers to train Vietnamese nuclear engineers"
    page = "\n".join(["Vietnam and Russia expand nuclear cooperation", *body, "Read more", title,
                      *paragraphs])  # fmt: skip
    assert kept(page) == [*body, *paragraphs]


def test_a_date_alone_on_its_line_is_a_stamp_unless_a_milestone_or_an_events() -> None:
    page = "\n".join([HEADLINE, LEAD, "04/06/2024", *BODY[1:]])
    assert reasons(page)["04/06/2024"] == "timestamp"
    chronology = [HEADLINE, LEAD, "30/01/1950", BODY[1], "03/11/1978", BODY[2]]
    assert kept("\n".join(chronology)) == chronology[1:]
    notice = [HEADLINE, LEAD, "Thời gian:", "15/03/2025", *BODY[1:]]
    assert kept("\n".join(notice)) == notice[1:]


def test_a_box_before_the_articles_last_paragraph_takes_only_its_titles() -> None:
    closing = (
        "Các thỏa thuận mới được xây dựng trên cơ sở sáng kiến tái khởi động dự án điện hạt "
        "nhân. Dự án có thêm động lực sau chuyến thăm của Thủ tướng Nga đầu năm nay."
    )
    box = ["Xem thêm:", "Việt Nam và Nga thúc đẩy hợp tác năng lượng hạt nhân vì hòa bình"]
    tail = ["Chia sẻ:", "Facebook", "Tin liên quan", "Nga sẵn sàng đào tạo nhân lực điện hạt nhân"]
    page = "\n".join([HEADLINE, *BODY, *box, closing, *tail])
    assert kept(page) == [*BODY, closing]
    # a teaser's lead between teasers is no closing paragraph: the box runs to the end
    teasers = [box[0], box[1], closing, "Thủ tướng tiếp Tổng giám đốc tập đoàn năng lượng Nga"]
    assert kept("\n".join([HEADLINE, *BODY, *teasers])) == BODY


def test_an_interview_question_under_a_mid_article_box_stays() -> None:
    answers = [
        "Năm nay Chính phủ Nga dành cho Việt Nam một nghìn suất học bổng ở mọi bậc học. "
        "Con số này cao nhất từ trước đến nay.",
        "Các ngành kỹ thuật và năng lượng được ưu tiên nhiều nhất. Sinh viên cũng có thể "
        "học ngôn ngữ và văn hóa Nga.",
    ]
    question = "PV: Năm nay Nga dành bao nhiêu suất học bổng cho sinh viên Việt Nam?"
    box = ["Xem thêm:", "Nga tăng học bổng cho sinh viên Việt Nam năm 2025"]
    page = "\n".join([HEADLINE, *BODY, *box, question, answers[0], "PV: Ngành nào được ưu tiên?",
                      answers[1]])  # fmt: skip
    assert kept(page) == [*BODY, question, answers[0], "PV: Ngành nào được ưu tiên?", answers[1]]


def test_a_sentence_on_copyright_above_the_footer_is_the_articles() -> None:
    sentence = "Hai bên cũng ký thỏa thuận bảo hộ bản quyền cho các bộ phim được trình chiếu."
    footer = ["Tổng biên tập: Nguyễn Văn An", "Giấy phép số 51/GP-BTTTT do Bộ TT&TT cấp."]
    assert kept("\n".join([HEADLINE, *BODY, sentence, *footer])) == [*BODY, sentence]


def test_a_headline_ending_with_an_exclamation_mark_is_found_under_a_menu() -> None:
    headline = "Việt Nam thắng Nga hai một trong trận giao hữu tại Moskva!"
    lead = "Tối 21/11, đội tuyển Việt Nam đã thắng đội tuyển Nga trong trận giao hữu tại Moskva."
    page = "\n".join(["BÁO HỮU NGHỊ", *MENU, headline, lead, *BODY[1:]])
    assert clean_article(page).headline == headline


def test_a_poem_or_a_list_between_the_headline_and_the_lead_stays() -> None:
    poem = ["Tôi yêu em đến nay chừng có thể", "Ngọn lửa tình chưa hẳn đã tàn phai",
            "Nhưng không để em bận lòng thêm nữa"]  # fmt: skip
    page = "\n".join(["BÁO HỮU NGHỊ", *MENU, HEADLINE, *poem, *BODY])
    assert kept(page) == [*poem, *BODY]
    # a byline and a stamp standing together under the headline still go
    page = "\n".join(["BÁO HỮU NGHỊ", *MENU, HEADLINE, "By Hoang Ha", "January 15, 2025", *BODY])
    assert kept(page) == BODY


def test_signatures_between_the_headline_and_the_lead_go_and_nothing_below_the_lead() -> None:
    for signature in ("Châu Yên", "Bài và ảnh: TRẦN HẢI", "CQTT VOV tại Lào"):
        page = "\n".join([HEADLINE, "Thứ Năm, 05/09/2024 11:46 (GMT+7)", signature, *BODY])
        assert kept(page) == BODY, signature
        assert reasons(page)[signature] == "byline"
    # a short line under the lead is the article's (a sub-heading, a list), not a signature
    page = "\n".join([HEADLINE, LEAD, "Minh Phong", *BODY[1:]])
    assert "Minh Phong" in kept(page)
    # a line that is neither a name nor prose ends the search: the names below it stay
    page = "\n".join([HEADLINE, "Hai bên cùng ký", "Minh Phong", *BODY])
    assert kept(page)[:2] == ["Hai bên cùng ký", "Minh Phong"]


@pytest.mark.parametrize(
    "lines",
    [
        ["Hà Nội"],  # a place, with no stamp beside it to show a signature block
        ["Hợp Tác Toàn Diện"],  # a title-case sub-heading
        ["Vladimir Putin"],
        ["PV Gas ký hợp đồng LNG với Novatek"],  # PetroVietnam Gas, not a reporter
        ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng"],  # a list
    ],
)
def test_short_lines_under_the_headline_that_are_not_a_signature_block_stay(lines) -> None:
    page = "\n".join([HEADLINE, *lines, *BODY])
    assert kept(page) == [*lines, *BODY]


def test_english_dates_in_a_timeline_below_the_lead_stay() -> None:
    timeline = [
        "The talks opened on Monday in Hanoi with a long session on energy and trade.",
        "Saturday, September 7",
        "The ministers met again.",
        "September 8, 2024 at 10:00",
        "They signed the deal in the morning after a night of talks.",
    ]
    assert kept("\n".join(["Timeline of the talks between Russia and Vietnam", *timeline])) == (
        timeline
    )


def test_english_stamps_with_month_names_alone_on_a_line_go() -> None:
    headline = "Russia to help Vietnam build a nuclear science centre, Putin says"
    body = [
        "HANOI, June 20 (TASS) - A nuclear science and technology centre will be built in "
        "Vietnam with Russia's help, the Russian president said on Thursday.",
        "June 2024",
        "The two sides signed the agreement after talks in Hanoi.",
    ]
    stamps = ["20 JUN, 12:47", "Updated at 13:05", "Thursday, June 20, 2024", "By Minh Thu"]
    page = "\n".join([headline, *stamps, *body])
    # a month and year alone may head a chronology: it stays; the wire dateline goes
    assert kept(page) == [body[0].removeprefix("HANOI, June 20 (TASS) - "), *body[1:]]
    assert [reasons(page)[stamp] for stamp in stamps] == ["timestamp"] * 3 + ["byline"]


# A short header: a menu on one line, a breadcrumb or the masthead's tagline, and the date.
# Four header lines are not needed when a publication stamp is among them and every line
# above the headline looks like a header.
@pytest.mark.parametrize(
    "header",
    [
        ["Trang chủ | Thời sự | Giáo dục | Khoa học | Thế giới", "Thứ Ba, 12/03/2024 - 17:32"],
        ["Tin Hữu Nghị  Thời sự  Giáo dục  Thế giới  Bạn đọc", "Giáo dục ›",
         "12/03/2024 17:32 (GMT+7)"],
        ["Báo Hữu Nghị - Cơ quan của Hội hữu nghị hai nước", "Giáo dục › Du học",
         "Thứ Ba, 12/03/2024 | 17:32"],
        ["TIN HỮU NGHỊ ONLINE", "Thời sự - Giáo dục", "12/03/2024 17:32 GMT+7"],
    ],
)  # fmt: skip
def test_a_short_header_with_the_date_above_the_headline_goes(header: list[str]) -> None:
    page = "\n".join([*header, HEADLINE, *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY
    assert set(reasons(page)) >= {line for line in header if "|" in line or "›" in line}


def test_an_english_page_with_its_menu_date_and_byline_above_the_headline() -> None:
    headline = "Russia and Vietnam agree to train nuclear engineers together"
    lead = (
        "Russia and Vietnam agreed on Tuesday to train nuclear engineers together at a new "
        "centre near Hanoi, officials said."
    )
    second = "The centre will open next year and take fifty students a year."
    header = ["The Daily Wire  News  Opinion  Business  World", "Jan. 10, 2024", "By Anna Petrova"]
    page = "\n".join([*header, headline, lead, second])
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [lead, second]


def test_a_headline_above_its_stamp_and_a_subtitle_is_not_taken_for_a_header() -> None:
    # an article saved alone: the headline, the stamp, a subtitle the lead repeats; the
    # headline above the stamp is no header line, so nothing above the lead goes as one
    subtitle = "Hai bên ký kế hoạch hợp tác đào tạo kỹ sư năng lượng hạt nhân tại Hà Nội"
    page = "\n".join([HEADLINE, "12/03/2024 17:32", subtitle, *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert "page_header" not in set(reasons(page).values())


@pytest.mark.parametrize(
    "controls",
    ["Bình luận (0) | In bài viết | Chia sẻ", "In bài  Gửi email", "Share: Facebook | Twitter",
     "Chia sẻ  Zalo  Facebook"],
)  # fmt: skip
def test_a_row_of_controls_goes_but_a_row_of_names_stays(controls: str) -> None:
    names = "Hà Nội | Moskva | Minsk"
    page = "\n".join([HEADLINE, *BODY[:2], names, BODY[2], controls])
    assert reasons(page)[controls] == "widget_label"
    assert names in kept(page)


def test_newsletter_prompts_go_but_a_text_message_service_stays() -> None:
    service = "Đăng ký nhận tin nhắn kết quả thi qua tổng đài của Bộ trước ngày 20/7."
    prompts = ["Đăng ký nhận bản tin Tin Hữu Nghị qua email", "Đăng ký kênh Telegram của báo"]
    page = "\n".join([HEADLINE, *BODY, service, *prompts])
    assert service in kept(page)
    assert {reasons(page)[prompt] for prompt in prompts} == {"site_chrome"}


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [("MOSKVA/HÀ NỘI (Hữu Nghị) - ", "Hữu Nghị"), ("HANOI, January 15 (Wire) - ", "Wire"),
     ("PARIS, 3/5 (Tin Pháp) – ", "Tin Pháp")],
)  # fmt: skip
def test_a_wire_dateline_opening_the_lead_is_trimmed_and_names_the_outlet(
    dateline: str, outlet: str
) -> None:
    result = clean_article("\n".join([HEADLINE, dateline + LEAD, *BODY[1:]]))
    assert result.kept[0].text == LEAD
    assert result.outlet == outlet


def test_a_signature_with_a_note_and_a_tag_list_without_colon_end_the_page() -> None:
    heading = "Từ khóa của hợp tác giáo dục"  # a sub-heading in the body stays
    signature, tags = "Minh Anh (tổng hợp)", "Từ khóa Nga học bổng kỹ sư hạt nhân"
    page = "\n".join([HEADLINE, BODY[0], heading, *BODY[1:], signature, tags])
    removed = reasons(page)
    assert (removed[signature], removed[tags]) == ("byline", "widget_label")
    assert heading in kept(page)


def test_a_masthead_opening_with_the_sites_name_does_not_make_the_article_a_teaser() -> None:
    # "VOV.VN - " opens both the masthead and the lead: the lead is no second article's
    masthead = "TIN.VN - Báo điện tử của Hội hữu nghị hai nước"
    page = "\n".join(
        [masthead, *MENU, "Thứ Ba, 27/10/2020 | 14:05", HEADLINE, "TIN.VN - " + LEAD, *BODY[1:],
         "Hải Yến/TIN.VN"]
    )  # fmt: skip
    result = clean_article(page)
    assert [line.text for line in result.kept] == BODY
    assert result.headline == HEADLINE
    assert "related_articles" not in set(reasons(page).values())


@pytest.mark.parametrize(
    ("above", "below"),
    [
        # the stamp under the headline, with the byline and a reading time
        (["TIN HỮU NGHỊ", "Thời sự · Thế giới · Kinh doanh · Giáo dục", "Giáo dục"],
         ["Phương Linh", "Thứ sáu, 22/10/2021 17:30 (GMT+7)"]),
        # the masthead's self-description and a date in words above the headline
        (["HỮU NGHỊ", "Cơ quan Trung ương của Hội hữu nghị - Tiếng nói của bạn đọc",
          "Thứ bảy, ngày 12 tháng 11 năm 2022", "Giáo dục › Du học"], []),
        # a site name, a menu, and an ISO stamp under the headline
        (["Hữu Nghị | huunghi.vn", "Home | World | Business | Culture | Photos"],
         ["Source: Hữu Nghị | 2025-01-15 21:36:04 | Editor: hn"]),
    ],
)  # fmt: skip
def test_a_header_whose_stamp_is_under_the_headline_or_in_words_goes(
    above: list[str], below: list[str]
) -> None:
    page = "\n".join([*above, HEADLINE, *below, *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY


def test_a_question_headline_over_a_standfirst_byline_and_date_is_found() -> None:
    # the lead's words are read from its lines of prose, not from the byline and date under
    # the standfirst, which share nothing with the headline
    headline = "Can Vietnam keep its Russian nuclear engineers at home?"
    standfirst = "Sanctions have made the training harder, pushing Hanoi toward new partners."
    body = [
        "For decades, Vietnam has trained its nuclear engineers in Russia, and most of them "
        "came home to teach.",
        "Russian universities still take about sixty Vietnamese engineers a year.",
    ]
    header = ["THE WEEKLY", "Sign in  |  Subscribe", "Regions", "Topics", "Podcasts"]
    page = "\n".join([*header, headline, standfirst, "By Anna Petrova", "October 05, 2023",
                      *body])  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [standfirst, *body]


def test_readers_comments_and_a_footer_on_one_line_end_the_page() -> None:
    comments = ["Bình luận (2)", "Nguyễn Văn An",
                "Mong hai nước tiếp tục hợp tác đào tạo, con tôi cũng muốn sang Nga học.",
                "Thích · Trả lời · 2 giờ trước"]  # fmt: skip
    footer = ("Báo Hữu Nghị điện tử. Tổng Biên tập: Trần Văn Bình. Tòa soạn: 12 Phố Huế, "
              "Hà Nội. Giấy phép số 99/GP-BTTTT.")  # fmt: skip
    tags = "Tags: Nga  học bổng; kỹ sư hạt nhân"
    cookies = "Website sử dụng cookie để cải thiện trải nghiệm người dùng. Đồng ý"
    page = "\n".join([HEADLINE, *BODY, tags, *comments, cookies, footer])
    result = clean_article(page)
    assert [line.text for line in result.kept] == BODY
    removed = reasons(page)
    assert {removed[line] for line in comments[1:]} == {"reader_comments"}
    assert removed[tags] == "widget_label"


def test_a_comment_button_with_no_comment_under_it_cuts_nothing() -> None:
    # the button stands among the controls; the article goes on under it
    page = "\n".join([HEADLINE, BODY[0], "Bình luận", *BODY[1:]])
    assert kept(page) == BODY
    # an article that cites a licence keeps the sentence
    licence = "Bộ đã thu hồi Giấy phép số 53/GP-BTTTT của tạp chí này từ tháng trước."
    assert licence in kept("\n".join([HEADLINE, *BODY, licence]))


def test_a_footer_printed_as_one_line_of_sentences_goes() -> None:
    footer = ("Báo Hữu Nghị - Cơ quan của Hội hữu nghị. Giấy phép số 74/GP-BTTTT. Địa chỉ: 79 "
              "Phố Huế, Hà Nội.")  # fmt: skip
    page = "\n".join([HEADLINE, *BODY, footer])
    assert kept(page) == BODY
    assert reasons(page)[footer] == "site_chrome"


def test_a_related_label_glued_to_its_title_goes_but_a_sentence_on_related_news_stays() -> None:
    glued = BODY[1] + " Tin liên quan: Nga cấp 1.000 suất học bổng cho Việt Nam"
    sentence = "Tin liên quan đến học bổng được đăng trên cổng thông tin của Bộ vào sáng nay."
    page = "\n".join([HEADLINE, BODY[0], glued, sentence, BODY[2]])
    assert kept(page) == [BODY[0], BODY[1], sentence, BODY[2]]


@pytest.mark.parametrize(
    "tail",
    [["Tin, ảnh: HOÀNG VIỆT", "* Tàu Nga thăm cảng Cam Ranh", "* Bộ trưởng Nga thăm Việt Nam"],
     ["Nhóm phóng viên"], ["Bài, ảnh: Bích Huệ (TTXVN)"]],
)  # fmt: skip
def test_credits_and_bulleted_headlines_after_the_last_sentence_go(tail: list[str]) -> None:
    page = "\n".join([HEADLINE, *BODY, *tail])
    assert kept(page) == BODY


def test_a_bulleted_list_opened_by_a_colon_stays() -> None:
    opener = "Hai bên thống nhất ba nội dung hợp tác chính trong năm tới:"
    items = ["* Đào tạo kỹ sư vận hành nhà máy", "* Trao đổi chuyên gia giữa hai trường"]
    page = "\n".join([HEADLINE, *BODY, opener, *items])
    assert kept(page)[-2:] == items


# Pages written to break the rules above (a review of 2026-11-27): every line is the article's.
SAPO = "Hai bên nhất trí đẩy mạnh hợp tác đào tạo kỹ sư và nghiên cứu khoa học trong năm tới."
PARAGRAPH = "Hai bộ trưởng cũng bàn việc mở rộng học bổng cho sinh viên ngành kỹ thuật hạt nhân."


@pytest.mark.parametrize(
    "lines",
    [
        # the article's own dateline under a sapo and a caption is no second article's teaser
        [SAPO, "Bộ trưởng tiếp Đại sứ. Ảnh: Minh Anh", "(Tin Hữu Nghị) - " + LEAD, PARAGRAPH],
        # a sub-heading, then a section opening with capitals and a dash
        [LEAD, SAPO, "Quan hệ ngày càng sâu rộng",
         "ASEAN – Nga trở thành đối tác chiến lược từ năm 2018 theo quyết định của hai bên.",
         PARAGRAPH],
        # a comment button above prose that says "10 ngày trước"
        [LEAD, "Bình luận (0)", "Khoảng 10 ngày trước, phía Nga cũng đã cử chuyên gia sang.",
         PARAGRAPH],
        # a sentence giving a contact address and a telephone, at the end
        [LEAD, "Thí sinh có thể liên hệ Bộ Giáo dục để biết thêm. Địa chỉ: 35 Đại Cồ Việt, Hà "
         "Nội. Điện thoại: 024 3869 4905."],
        # a list under a lead-in that ends with a full stop
        [LEAD, "Dưới đây là các văn kiện quan trọng được ký trong chuyến thăm.",
         "- Hiệp định hợp tác trong lĩnh vực giáo dục và đào tạo",
         "- Bản ghi nhớ về hợp tác năng lượng hạt nhân dân sự"],
        # a sentence whose subject has a bracketed name before a dash
        [LEAD, "IAEA (Cơ quan Năng lượng nguyên tử quốc tế) – cơ quan giám sát của Liên hợp "
         "quốc – đánh giá cao dự án."],
        # sentences about subscribing and cookies that are news, not the site's prompts
        [LEAD, "Đăng ký nhận tin cảnh báo thiên tai được thực hiện bằng cách soạn tin gửi 1022.",
         "We use cookies to track users only with their consent, the company said on Monday."],
        # a cut-off last paragraph that opens like a tag list
        [LEAD, "Từ khóa của quan hệ hai nước trong giai đoạn tới, theo Thứ trưởng, là tin cậy"],
    ],
)  # fmt: skip
def test_prose_that_looks_like_the_new_furniture_stays(lines: list[str]) -> None:
    page = "\n".join([HEADLINE, *lines])
    removed = {r.reason for r in clean_article(page).removed} - {
        "headline",
        "photo_caption",
        "dateline",
        "widget_label",
    }
    assert removed == set()
    kept_text = " ".join(kept(page))
    for line in lines:
        if "Ảnh:" not in line and "Bình luận" not in line:
            assert line.split(" - ")[-1] in kept_text


@pytest.mark.parametrize(
    "headline",
    ["HỢP TÁC DẦU KHÍ VIỆT – NGA BƯỚC SANG GIAI ĐOẠN MỚI", "Dầu khí Việt – Nga",
     "Vietnam And Russia Boost Energy Ties"],
)  # fmt: skip
def test_a_headline_above_its_stamp_and_a_sub_headline_stays_the_headline(headline: str) -> None:
    sub = "Lễ ký kết thỏa thuận thăm dò dầu khí tại thềm lục địa phía Nam của hai nước"
    page = "\n".join([headline, "Thứ Hai, 12/05/2025 10:30", sub, *BODY])
    assert clean_article(page).headline == headline
    assert "page_header" not in set(reasons(page).values())


def test_dates_inside_paragraphs_under_the_lead_stay_on_a_page_with_a_header() -> None:
    header = ["Trang chủ | Thời sự | Thế giới | Kinh tế", "Thứ Hai, 12/05/2025 10:30 GMT+7"]
    dated = ["Thứ Bảy, ngày 10 tháng 5 năm 2025, hai bên đã ký kế hoạch hợp tác mới.",
             "08:00 ngày 20/06/2025: Lễ đón chính thức tại Phủ Chủ tịch"]  # fmt: skip
    page = "\n".join([*header, HEADLINE, LEAD, *dated, *BODY[1:]])
    assert kept(page) == [LEAD, *dated, *BODY[1:]]


def test_a_headline_above_its_longer_deck_stays_the_headline() -> None:
    # the deck paraphrases the lead at more length and shares more words with it
    headline = "Russia ready to help Vietnam build flood early warning system"
    deck = ("The Russian side is also ready to train Vietnamese rescuers and to help Vietnam "
            "build a flood early warning system, a deputy minister said")  # fmt: skip
    lead = ("MOSCOW, October 12. /TASS/. Russia is ready to help Vietnam build a flood early "
            "warning system and to train its rescuers, a minister said on Tuesday.")  # fmt: skip
    second = "The system would cover the central provinces hit by floods every autumn."
    header = ["Wire Agency", "Politics   World   Business   Emergencies   Sport", "Emergencies"]
    page = "\n".join([*header, headline, "12 OCT 2021, 14:25", deck, lead, second])
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [deck, lead.split("/. ")[1], second]
    assert result.outlet == "TASS"


def test_more_forms_of_the_page_tail_go() -> None:
    tail = [
        "Tags: Vietsovpetro | Rosatom | điện hạt nhân",
        "Viết bình luận của bạn...", "Trần Minh Khoa", "Mong hai nước hợp tác lâu dài.",
        "08/05/2025 20:31 · Thích (24) · Trả lời",
        "Bản quyền © Thời báo Hữu Nghị. Giấy phép số 349/GP-BTTTT.",
    ]  # fmt: skip
    page = "\n".join([HEADLINE, *BODY, "Reporting by Anna Petrova; Editing by Ivan Sokolov", *tail])
    assert kept(page) == BODY
    menu = "Chính trị | Thời sự | Kinh doanh | Dân tộc và Tôn giáo | Giáo dục | Pháp luật"
    page = "\n".join(["Hữu Nghị", menu, "08/05/2025 19:12 (GMT+07:00)", HEADLINE, *BODY])
    assert clean_article(page).headline == HEADLINE


# Headers as a converter that joins a menu's items with single spaces writes them.
RUN_TOGETHER_MENU = "Thời sự Kinh tế Xã hội Văn hóa - Giải trí Giáo dục Sức khỏe Quốc tế Video"


@pytest.mark.parametrize(
    "header",
    [
        # masthead with its self-description after a dash, run-together menu, breadcrumb
        ["BÁO TIN HỮU NGHỊ - Cơ quan của Hội Hữu nghị", RUN_TOGETHER_MENU, "Giáo dục > Du học"],
        # site name on its own line (not in capitals), menu, slashed breadcrumb; no stamp
        ["Báo Hữu nghị Việt Nam", RUN_TOGETHER_MENU, "Giáo dục / Du học"],
        # the page's <title> with the site's name, a masthead in capitals, a home breadcrumb
        [f"{HEADLINE} | Báo Hữu Nghị", "HỮU NGHỊ", RUN_TOGETHER_MENU, "Trang chủ Giáo dục"],
        # a masthead tagline line, then a newsletter prompt another rule removes
        ["HỮU NGHỊ", "Cơ quan ngôn luận của Hội Hữu nghị", "Đăng ký nhận bản tin | Tìm kiếm",
         "Giáo dục > Du học"],
        # English: site name, menu of capitalised words, slashed breadcrumb
        ["The Friendship Times", "Home Business Economy Real Estate Society Travel Opinion",
         "Home / Education"],
    ],
)  # fmt: skip
def test_a_header_run_together_by_the_converter_goes_and_the_headline_is_taken(
    header: list[str],
) -> None:
    page = "\n".join([*header, HEADLINE, *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY
    assert set(reasons(page).values()) <= {"page_header", "headline", "site_chrome"}


@pytest.mark.parametrize(
    "headline",
    [
        "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Bộ Tình trạng khẩn cấp Liên bang Nga",
        "Vietnam And Russia Agree To Boost Energy Cooperation Next Year",
        "HỢP TÁC GIÁO DỤC VIỆT NAM LIÊN BANG NGA BƯỚC SANG GIAI ĐOẠN MỚI",
    ],
)
def test_a_headline_of_names_or_capitals_is_no_menu(headline: str) -> None:
    # shaped like items joined by spaces, but a headline: above its stamp and a sub-headline
    # it stays the headline, and nothing goes as a header
    sub = "Lễ ký kết thỏa thuận hợp tác đào tạo kỹ sư tại Hà Nội của hai nước"
    page = "\n".join([headline, "Thứ Hai, 12/05/2025 10:30", sub, *BODY])
    assert clean_article(page).headline == headline
    assert "page_header" not in set(reasons(page).values())


@pytest.mark.parametrize(
    "controls",
    ["Chia sẻ Facebook Zalo Sao chép link", "Thích 12 Chia sẻ", "Print Send to a friend",
     "In bài viết | Gửi email | Cỡ chữ: A A A", "Email | Subscribe"],
)  # fmt: skip
def test_controls_run_together_under_the_article_go(controls: str) -> None:
    page = "\n".join([HEADLINE, *BODY, controls])
    assert kept(page) == BODY


@pytest.mark.parametrize("line", ["Sự kiện nổi bật", "Chia sẻ kinh nghiệm", "Video và ảnh"])
def test_a_sub_heading_of_label_words_without_a_button_stays(line: str) -> None:
    page = "\n".join([HEADLINE, BODY[0], line, *BODY[1:]])
    assert kept(page) == [BODY[0], line, *BODY[1:]]


def test_a_tag_list_set_apart_by_single_spaces_and_a_follow_prompt_go() -> None:
    tags = "Từ khóa: hợp tác giáo dục Liên bang Nga học bổng kỹ sư hạt nhân"
    page = "\n".join([HEADLINE, BODY[0], "Theo dõi Báo Hữu Nghị trên Google News", *BODY[1:], tags])
    assert kept(page) == BODY


@pytest.mark.parametrize(
    "box",
    [
        ["Ý kiến của bạn", "Bạn còn 500/500 ký tự", "Họ tên Email Gửi bình luận"],
        ["Ý kiến bạn đọc (0)", "Bạn đọc hãy gửi ý kiến bằng tiếng Việt có dấu."],
        ["Bình luận", "Hãy là người đầu tiên bình luận về bài viết này."],
    ],
)
def test_an_empty_comment_box_under_the_article_goes(box: list[str]) -> None:
    page = "\n".join([HEADLINE, *BODY, *box])
    assert kept(page) == BODY
    assert set(reasons(page).values()) <= {"headline", "reader_comments", "widget_label"}


def test_a_decree_on_moderating_comments_is_prose() -> None:
    # the comment box's notice, read in an article, is what the article reports
    line = "Theo dự thảo, bình luận trên mạng xã hội sẽ được kiểm duyệt trước khi đăng tải."
    page = "\n".join([HEADLINE, BODY[0], line, *BODY[1:]])
    assert kept(page) == [BODY[0], line, *BODY[1:]]


def test_an_audio_player_with_its_label_goes() -> None:
    page = "\n".join([HEADLINE, BODY[0], "Nghe bài viết 00:00 / 04:12", *BODY[1:]])
    assert kept(page) == BODY


HEADER = ["BÁO TIN HỮU NGHỊ - Cơ quan của Hội Hữu nghị", RUN_TOGETHER_MENU, "Giáo dục > Du học"]


def test_a_related_heading_glued_to_the_last_paragraph_goes_with_its_links_only() -> None:
    last = BODY[-1] + "Bài liên quan"
    links = ["Sinh viên Việt Nam nhận học bổng Nga năm học mới", "Hội chợ giáo dục Nga mở cửa"]
    footer = ["BÁO TIN HỮU NGHỊ - Cơ quan của Hội Hữu nghị", "Giấy phép số 123/GP-BTTTT."]
    page = "\n".join([*HEADER, HEADLINE, *BODY[:-1], last, *links, *footer])
    assert kept(page) == BODY
    trimmed = [r for r in clean_article(page).removed if r.scope == "suffix"]
    assert [(r.text, r.reason) for r in trimmed] == [("Bài liên quan", "related_articles")]


@pytest.mark.parametrize(
    "around",
    [
        (["Minh Khôi"], ["Quang cảnh lễ ký. Ảnh: Minh Khôi", "MINH KHÔI"]),  # signs again
        (["MINH KHÔI", "12/05/2025 10:30"], []),  # beside the stamp
    ],
)
def test_a_bare_name_under_the_standfirst_is_the_byline(
    around: tuple[list[str], list[str]],
) -> None:
    under, tail = around
    page = "\n".join([*HEADER, HEADLINE, "Thứ Hai, 12/05/2025 10:30", BODY[0], *under,
                      *BODY[1:], *tail])  # fmt: skip
    assert kept(page) == BODY
    assert reasons(page)[under[0]] == "byline"


def test_a_name_under_the_standfirst_that_signs_nowhere_else_stays() -> None:
    # a bare name with no stamp beside it and no signature elsewhere may be a sub-heading
    page = "\n".join([*HEADER, HEADLINE, "Thứ Hai, 12/05/2025 10:30", BODY[0], "Minh Khôi",
                      *BODY[1:]])  # fmt: skip
    assert "Minh Khôi" in kept(page)


def test_an_english_stamp_closed_by_its_time_zone_goes_between_headline_and_lead() -> None:
    header = ["The Friendship Times", "Home Business Economy Real Estate Society Travel Opinion",
              "Home / Education"]  # fmt: skip
    page = "\n".join([*header, HEADLINE, "Tuesday, Aug 22, 2023,15:41 (GMT+7)", *BODY])
    assert kept(page) == BODY


@pytest.mark.parametrize(
    ("header", "footer", "outlet"),
    [
        (["BÁO TIN HỮU NGHỊ - Cơ quan của Hội Hữu nghị", RUN_TOGETHER_MENU, "Giáo dục > Du học"],
         [], "BÁO TIN HỮU NGHỊ"),
        (["Báo Hữu nghị Việt Nam", RUN_TOGETHER_MENU, "Giáo dục / Du học"], [],
         "Báo Hữu nghị Việt Nam"),
        (["HỮU NGHỊ", RUN_TOGETHER_MENU, "Giáo dục > Du học"],
         ["© Bản quyền thuộc về Báo Hữu Nghị TP.HCM. Cấm sao chép dưới mọi hình thức."],
         "Báo Hữu Nghị TP.HCM"),
    ],
)  # fmt: skip
def test_the_outlet_is_read_from_the_masthead_or_the_copyright(
    header: list[str], footer: list[str], outlet: str
) -> None:
    result = clean_article("\n".join([*header, HEADLINE, *BODY, *footer]))
    assert result.outlet == outlet
    assert [line.text for line in result.kept] == BODY


def test_a_page_that_names_no_outlet_keeps_it_blank() -> None:
    header = ["Trang chủ", RUN_TOGETHER_MENU, "Tìm kiếm", "Giáo dục > Du học"]
    result = clean_article("\n".join([*header, HEADLINE, *BODY]))
    assert result.outlet == ""
    assert result.headline == HEADLINE


@pytest.mark.parametrize(
    "header",
    [
        # a menu with one long section, a masthead saying whose paper it is
        ["HỮU NGHỊ", "Báo của Hội Hữu nghị Việt Nam, của bạn đọc cả nước",
         "Trang chủ Tin tức Sự kiện Chống tin giả mạo trên mạng Pháp luật Quốc tế Video",
         "Tin tức Sự kiện"],
        # the weather and a market ticker in the header
        ["BÁO HỮU NGHỊ ĐIỆN TỬ", "Hà Nội 27°C Mưa rào", RUN_TOGETHER_MENU, "Giáo dục"],
        ["Hữu Nghị", "Nhịp sống hữu nghị Việt Nam & Thế giới",
         "VN-Index 1.312,40 +5,31 (+0,41%) | HNX-Index 221,85 -0,62", RUN_TOGETHER_MENU,
         "Giáo dục"],
        # the page's <title> with the site glued by a hyphen, then the headline
        ["Friendship", "Home China World Business Sci-Tech Culture Sports Photos Video",
         f"{HEADLINE}-Friendship", "Friendship News Agency"],
    ],
)  # fmt: skip
def test_more_headers_of_pages_saved_whole(header: list[str]) -> None:
    page = "\n".join([*header, HEADLINE, "Thứ Hai, 12/05/2025 10:30", *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY


# An adversarial review of the rules above (2026-11-28): each of these went wrong once.


def test_a_paragraph_opening_with_binh_luan_is_no_comment_heading() -> None:
    comment = ("Bình luận về kết quả hội đàm, Đại sứ Việt Nam tại Nga nhấn mạnh giáo dục luôn là "
               "điểm sáng trong quan hệ hai nước.")  # fmt: skip
    moderation = ("Bình luận của độc giả sẽ được kiểm duyệt trước khi đăng, theo dự thảo quy định "
                  "mà Bộ này vừa công bố.")  # fmt: skip
    for line, after in ((comment, ["Chia sẻ Facebook Zalo Sao chép link"]), (moderation, [])):
        page = "\n".join([HEADLINE, BODY[0], BODY[1], line, *after])
        assert kept(page) == [BODY[0], BODY[1], line]


@pytest.mark.parametrize(
    "last",
    ["Tiếng nói của người dân hai nước là nền tảng vững chắc cho quan hệ hữu nghị.",
     "The roadmap – the latest in a series of agreements – runs until 2030."],
)  # fmt: skip
def test_a_short_last_paragraph_shaped_like_a_tagline_stays(last: str) -> None:
    page = "\n".join([HEADLINE, *BODY, last])
    assert kept(page) == [*BODY, last]


@pytest.mark.parametrize(
    ("first_lines", "outlet"),
    [
        ([f"{HEADLINE} | Báo Hữu Nghị", "HỮU NGHỊ", RUN_TOGETHER_MENU, "Giáo dục > Du học"],
         "Báo Hữu Nghị"),
        (["Thông tấn xã Hữu Nghị", "Báo Tin Hữu Nghị", "Báo Ảnh Hữu Nghị", "HỮU NGHỊ PLUS",
          RUN_TOGETHER_MENU, "Giáo dục > Du học"], ""),
    ],
)  # fmt: skip
def test_the_outlet_is_never_the_headline_nor_a_sister_paper(
    first_lines: list[str], outlet: str
) -> None:
    result = clean_article("\n".join([*first_lines, HEADLINE, "Thứ Hai, 12/05/2025 10:30", *BODY]))
    assert result.headline == HEADLINE
    assert result.outlet == outlet


def test_a_photo_credit_with_a_copyright_sign_names_no_outlet() -> None:
    page = "\n".join([HEADLINE, BODY[0], "Photo: © Reuters", *BODY[1:]])
    assert clean_article(page).outlet == ""


@pytest.mark.parametrize(
    "headline",
    ["Báo Nga ca ngợi phở Việt Nam", "Rosatom To Build Nuclear Research Centre In Vietnam",
     "Tiếng nói của Việt Nam tại Liên hợp quốc ngày càng có trọng lượng"],
)  # fmt: skip
def test_headlines_shaped_like_a_site_name_a_menu_or_a_tagline_stay_headlines(
    headline: str,
) -> None:
    deck = "Bài viết trên tờ báo lớn của Nga dành nhiều lời khen cho ẩm thực và con người Việt Nam"
    page = "\n".join([headline, "Thứ Bảy, 12/10/2024 14:20", deck, *BODY])
    assert clean_article(page).headline == headline


def test_a_source_cited_inside_the_last_sentence_stays_with_it() -> None:
    last = "Xuất khẩu thủy sản sang Nga đạt 170 triệu USD (Theo Tổng cục Hải quan)."
    result = clean_article("\n".join([HEADLINE, *BODY, last]))
    assert [line.text for line in result.kept] == [*BODY, last]
    assert not result.truncated


@pytest.mark.parametrize(
    "sub_heading", ["Lắng nghe, chia sẻ", "Theo dõi tin tức quê nhà trên Telegram"]
)
def test_sub_headings_shaped_like_controls_or_prompts_stay(sub_heading: str) -> None:
    page = "\n".join([HEADLINE, BODY[0], sub_heading, *BODY[1:]])
    assert kept(page) == [BODY[0], sub_heading, *BODY[1:]]


# --- Probes 14-15: layouts of fifteen more outlets (session of 2026-11-28) -------------------


def test_an_agency_credit_glued_before_a_paragraph_takes_only_the_credit() -> None:
    # "© Agency / Photographer" then the next paragraph, on one line; a site's copyright
    # at the foot still goes whole
    paragraph = (
        "Theo Power Machines, sau khi được thay tuabin, công suất mỗi tổ máy tăng thêm 17 MW."
    )
    page = "\n".join([HEADLINE, *BODY, "© Sputnik / Ivan Petrov " + paragraph,
                      "© 2024 Báo Năng Lượng. Bản quyền thuộc về Báo Năng Lượng."])  # fmt: skip
    result = clean_article(page)
    assert [line.text for line in result.kept] == [*BODY, paragraph]
    removed = {r.text: r.reason for r in result.removed}
    assert removed["© Sputnik / Ivan Petrov"] == "photo_caption"
    assert removed["© 2024 Báo Năng Lượng. Bản quyền thuộc về Báo Năng Lượng."] == "site_chrome"


def test_a_credit_run_into_the_next_sentence_without_space_goes_with_its_caption() -> None:
    caption = "Đại tá Nguyễn Văn Nam tặng quà lưu niệm đoàn công tác."
    paragraph = "Đại tá Nguyễn Văn Nam cho biết hai bên đã phối hợp giải quyết 27 vụ việc."
    page = "\n".join([HEADLINE, *BODY, caption + " Ảnh: CATP" + paragraph + " Hai bên sẽ gặp lại."])
    assert kept(page) == [*BODY, paragraph + " Hai bên sẽ gặp lại."]


def test_an_english_menu_from_home_is_no_headline_and_a_wires_stamp_goes() -> None:
    headline = "Russia sends rescuers and relief to quake-hit neighbour"
    lead = ("Moscow has dispatched two aircraft carrying 90 rescuers, sniffer dogs and a field "
            "hospital to the quake-hit region, the emergencies ministry said.")  # fmt: skip
    more = (
        "The rescuers will search for survivors under the rubble in two cities, the ministry added."
    )
    page = "\n".join([
        "RT", "Home Russia & FSU World News Business Op-ed In vision In motion Shows Podcasts",
        "World News", headline,
        "Published time: 29 Mar, 2025 10:12 Edited time: 29 Mar, 2025 13:40",
        lead, "FILE PHOTO: Emergencies ministry rescuers at work. © Sputnik / Ivan Petrov", more,
    ])  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [lead, more]


def test_tail_controls_tags_and_back_links_go_so_the_signature_above_them_goes_too() -> None:
    tails = [
        ["Trần Minh", "Trở lại Thời sự", "Chia sẻ", "Copy link thành công"],
        ["Lê Hà", "#hợp tác Việt Nga #cứu nạn #vận tải biển", "Chia sẻ Bình luận Lưu tin"],
        ["LÊ HÀ", "Tags: Công an TP.HCM Lãnh sự quán Nga du khách", "Facebook Telegram X VK"],
        ["Lê Hà", "Chia sẻ Thích 12 Bình luận"],
    ]  # fmt: skip
    for tail in tails:
        assert kept("\n".join([HEADLINE, *BODY, *tail])) == BODY, tail
    # a sub-heading of hashtags, or of a single one, is the article's
    heading = "#MeToo và #TimesUp lan rộng"
    assert kept("\n".join([HEADLINE, BODY[0], heading, *BODY[1:]])) == [BODY[0], heading, *BODY[1:]]


def test_a_footer_with_its_menu_self_description_licence_and_comment_notice_goes() -> None:
    footer = [
        "Bình luận của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
        "Thời sự Góc nhìn Thế giới Kinh doanh Bất động sản Khoa học Giải trí Thể thao Pháp luật",
        "© 1997-2025. Toàn bộ bản quyền thuộc Tin Mới",
        "Báo điện tử Tin Mới - Thuộc Bộ Khoa học và Công nghệ",
        "Số giấy phép: 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021",
        "Địa chỉ: Tầng 10, số 10 Phạm Văn Bạch, Cầu Giấy, Hà Nội",
    ]
    result = clean_article("\n".join([HEADLINE, *BODY, *footer]))
    assert [line.text for line in result.kept] == BODY
    assert result.outlet == "Tin Mới"  # the footer's copyright names the owner
    english = "Published by a news agency. Licence No. 64/GP-BTTTT. Address: 79 Hàng Bài Street."
    assert kept("\n".join([HEADLINE, *BODY, english])) == BODY


def test_a_sub_heading_that_its_paragraph_repeats_stays_a_long_repeated_lead_goes() -> None:
    heading = "Thực hành trên mô hình đám cháy thật"
    paragraph = ("Trong hai ngày cuối, học viên được thực hành trên mô hình đám cháy kho hóa chất "
                 "do các chuyên gia Nga thiết kế.")  # fmt: skip
    assert kept("\n".join([HEADLINE, *BODY, heading, paragraph])) == [*BODY, heading, paragraph]
    # a crawler's lead printed above the paragraph that repeats it is still a repeat
    lead = (
        "Học viên được thực hành trên mô hình đám cháy kho hóa chất do các chuyên gia Nga thiết kế"
    )
    assert kept("\n".join([HEADLINE, lead, paragraph])) == [paragraph]


def test_a_journals_masthead_tagline_and_long_home_menu_are_a_header() -> None:
    page = "\n".join([
        "Tạp chí Lý Luận",
        "Cơ quan lý luận và chính trị của Ban Chấp hành Trung ương",
        "Tiếng Việt English",
        "Trang chủ Chính trị - Xây dựng Đảng Kinh tế Quốc phòng Thế giới: Vấn đề & Sự kiện",
        "Quốc phòng - An ninh - Đối ngoại",
        HEADLINE,
        *BODY,
    ])  # fmt: skip
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY


def test_a_ticker_is_a_header_line_not_the_lead_and_an_acronym_section_is_no_small_word() -> None:
    ticker = "VN-Index 1.242,58 ▲ 3,21 (0,26%) HNX-Index 224,19 ▲ 0,85 (0,38%) UPCoM 92,1 ▼ 0,07"
    page = "\n".join(["Báo Tài Chính Mới", ticker, "Đăng nhập Đăng ký",
                      "Chứng khoán Doanh nghiệp Tài chính Ngân hàng Bất động sản Quốc tế",
                      "Doanh nghiệp", HEADLINE, *BODY])  # fmt: skip
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY
    headline = "Vietnam's oil money keeps Russian arms flowing"
    lead = ("Profits from a decades-old offshore joint venture are quietly helping Hanoi pay for "
            "Moscow's weapons, leaked documents suggest.")  # fmt: skip
    page = "\n".join(["Asia Weekly", "Sign in Subscribe",
                      "ASEAN China Northeast Asia South Asia Economics Opinion AT Finance",
                      "Southeast Asia", headline, lead,
                      "For four decades the Russian oil venture off Vietnam has shared its money "
                      "with Moscow, which now keeps arms flowing."])  # fmt: skip
    assert clean_article(page).headline == headline


def test_a_credit_name_run_into_the_next_sentence_and_a_river_level_widget() -> None:
    caption = "Phó Chủ tịch tỉnh tiếp Đại sứ Nga."
    paragraph = "Phó Chủ tịch tỉnh chào mừng Đại sứ và đoàn công tác thăm tỉnh lần đầu."
    page = "\n".join([HEADLINE, *BODY, caption + " Ảnh: Hồ Long" + paragraph])
    assert kept(page) == [*BODY, paragraph]
    widget = "Mực nước sông Cầu: 4,12 m | Sông Thương: 4,85 m | Sông Lục Nam: 5,20 m (trên BĐ2)"
    page = "\n".join(["BÁO TỈNH ĐIỆN TỬ", "Đăng nhập | English", "Trang chủ Thời sự Kinh tế Xã hội",
                      widget, "Xã hội", HEADLINE, *BODY])  # fmt: skip
    result = clean_article(page)
    assert result.headline == HEADLINE and [line.text for line in result.kept] == BODY


# --- A review of the day's rules (2026-11-28): text they must leave alone -------------------


def test_the_articles_last_section_above_the_footer_stays() -> None:
    footer = ["Tổng biên tập: Nguyễn Văn A", "Giấy phép số 123/GP-BTTTT do Bộ cấp"]
    last = [
        ["Giao lưu văn hóa", "Phòng Văn hóa - Thông tin huyện sẽ phối hợp với Trung tâm Văn hóa "
         "Nga tổ chức tuần phim Nga vào tháng tới."],
        ["Training engineers", "Rosatom – the official partner of the project – will train 400 "
         "Vietnamese engineers at Russian universities by 2030."],
        ["Theo nghị định mới, mọi bình luận trên mạng phải được kiểm duyệt trước khi đăng tải."],
    ]  # fmt: skip
    for lines in last:
        assert kept("\n".join([HEADLINE, *BODY, *lines, *footer])) == [*BODY, *lines], lines


def test_lines_that_only_look_like_the_days_furniture_stay() -> None:
    for line in [
        "Tải app ngân hàng Nga vẫn gặp khó tại Việt Nam",
        "#MeToo, #TimesUp và #BlackLivesMatter lan rộng khắp thế giới",
        "Trở lại Moskva sau chuyến công tác dài ngày, ông",
    ]:
        assert kept("\n".join([HEADLINE, *BODY, line])) == [*BODY, line], line
    headline = "Trang nhất báo chí Nga đồng loạt đưa tin về chuyến thăm của Tổng Bí thư"
    page = "\n".join(["BÁO ĐIỆN TỬ ĐOÀN KẾT", "Thời sự | Chính trị | Kinh tế | Xã hội",
                      "Thứ Hai, 12/05/2025 08:30", headline,
                      "Báo chí Nga đồng loạt đưa tin trên trang nhất về chuyến thăm chính thức của "
                      "Tổng Bí thư tới Moskva.", *BODY[1:]])  # fmt: skip
    assert clean_article(page).headline == headline


def test_a_credit_takes_no_word_of_the_prose_glued_after_it() -> None:
    paragraph = "Nga sẽ đào tạo thêm 100 kỹ sư Việt Nam trong năm tới."
    assert kept("\n".join([HEADLINE, *BODY, "© Sputnik / Ivan Petrov " + paragraph])) == [
        *BODY, paragraph,
    ]  # fmt: skip
    paragraph = "Hai bên nhất trí mở rộng hợp tác trong lĩnh vực điện lực."
    page = "\n".join([HEADLINE, *BODY, "Lễ ký kết tại Hà Nội. Ảnh: VTCNews " + paragraph])
    assert kept(page) == [*BODY, paragraph]
    # a wire's caption with prose glued after its credit is not taken whole
    line = ("FILE PHOTO: Rescuers unload aid in Hanoi. REUTERS/Thanh Hue The disaster agency "
            "said at least 200 people had died.")  # fmt: skip
    assert any("200 people had died" in text for text in kept("\n".join([HEADLINE, *BODY, line])))


def test_an_agencys_capitals_run_into_a_sentence_that_goes_on_in_lower_case() -> None:
    caption = "Các nghệ sĩ Nga biểu diễn tại lễ khai mạc."
    paragraph = "Tham dự lễ khai mạc có Thứ trưởng Bộ Văn hóa hai nước và đại diện Đại sứ quán."
    page = "\n".join([HEADLINE, *BODY, caption + " Ảnh: BVH" + paragraph])
    assert kept(page) == [*BODY, paragraph]


def test_a_mastheads_self_description_is_never_read_as_the_outlet() -> None:
    page = "\n".join([
        "BÁO TỈNH MỚI ĐIỆN TỬ",
        "Cơ quan của Đảng bộ tỉnh Mới - Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Mới",
        "Thứ Năm, 22/5/2025",
        "Trang chủ | Chính trị | Kinh tế | Xã hội | Giáo dục | Văn hóa | Thể thao",
        HEADLINE, *BODY,
    ])  # fmt: skip
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert result.outlet == "BÁO TỈNH MỚI ĐIỆN TỬ"


def test_an_authors_capitals_and_a_comma_headed_related_box_close_the_article() -> None:
    tail = ["XUÂN HÒA", "Thích Chia sẻ Gửi bài viết In bài viết", "Các tin, bài viết khác",
            "Hải Phòng tổ chức diễn tập khu vực phòng thủ", "Đường bay Vladivostok mở lại",
            "Báo Bình Minh điện tử", "© Copyright Báo Bình Minh."]  # fmt: skip
    page = "\n".join([HEADLINE, *BODY, *tail])
    assert kept(page) == BODY
    assert reasons(page)["Các tin, bài viết khác"] == "related_articles"


def test_a_wire_dateline_after_the_places_full_stop_and_a_sections_more_list_go() -> None:
    lead = "Rosatom and Uzatom have agreed a construction schedule for a small nuclear plant."
    page = "\n".join(
        ["Rosatom, Uzbekistan agree construction timeline for small nuclear plant",
         f"MOSCOW. Oct 7 (Interfax) - {lead}",
         "The plant will have six reactors of 55 MW each, the company said on Monday.",
         "Minh Thu", "(theo Yonhap, Antara)", "More in this section",
         "Novatek says Arctic LNG 2 shipments continue despite sanctions"]
    )  # fmt: skip
    result = clean_article(page)
    assert [line.text for line in result.kept] == [
        lead,
        "The plant will have six reactors of 55 MW each, the company said on Monday.",
    ]
    assert result.outlet == "Interfax"


def test_a_bracketed_source_takes_one_signature_above_it_not_the_articles_list() -> None:
    winners = ["Nguyễn Văn Minh", "Trần Thị Hoa", "Lê Quang Huy"]
    page = "\n".join([HEADLINE, *BODY, "Những người được trao tặng gồm", *winners, "(Theo TTXVN)"])
    # the line right above the source is read as its signature; the rest of the list stays
    assert kept(page)[-3:] == ["Những người được trao tặng gồm", *winners[:2]]
    # a lower-case reference closing a sentence with no full stop is the sentence's own
    last = "Nhà máy đầu tiên dự kiến vận hành năm 2035 (theo Quy hoạch điện VIII)"
    assert kept("\n".join([HEADLINE, *BODY, last]))[-1] == last
    # "More in" opening a sub-heading is no related box
    english = ["Rosatom and Vietnam sign a roadmap for the research centre.",
               "Both sides expect construction to begin in 2026.", "More in store",
               "Rosatom also offered to train Vietnamese engineers in Russia."]  # fmt: skip
    assert kept("\n".join(["Rosatom and Vietnam sign a roadmap", *english])) == english


def test_a_menu_above_the_breadcrumb_and_a_headline_closed_by_a_bracket() -> None:
    headline = "Tăng cường hợp tác giữa tỉnh Bình Minh và thành phố Kazan (Liên bang Nga)"
    lead = ("Chiều 21/5, Phó Chủ tịch UBND tỉnh Bình Minh đã tiếp đoàn công tác thành phố "
            "Kazan (Liên bang Nga) do Phó Thị trưởng làm trưởng đoàn.")  # fmt: skip
    page = "\n".join(
        ["BÁO BÌNH MINH", "Thứ Tư, 22/05/2024",
         "Chính trị Kinh tế Xã hội Văn hóa Du lịch Thể thao Bình Minh và bạn bè Nhịp cầu bạn đọc",
         "Chính trị > Đối ngoại", headline, "VINH ANH | 22/05/2024 07:05", lead, *BODY[1:]]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [lead, *BODY[1:]]


def test_signatures_with_a_unit_or_a_role_a_comment_form_and_a_bulleted_invitation_go() -> None:
    tail = ["TRẦN THANH (Vùng 4 Hải quân)",
            "* Mời bạn đọc vào chuyên mục Quốc phòng - An ninh xem các tin, bài liên quan.",
            "Ý kiến bạn đọc", "Họ tên Email Nội dung Gửi"]  # fmt: skip
    assert kept("\n".join([HEADLINE, *BODY, *tail])) == BODY
    assert (
        kept("\n".join([HEADLINE, *BODY, "Thanh Huyền - Trung tâm Truyền thông Bình Minh"])) == BODY
    )
    # a sentence of the article with a dash stays
    dashed = "Ông Nguyễn Văn A - Giám đốc Sở cho biết kế hoạch sẽ được triển khai trong tháng tới."
    assert kept("\n".join([HEADLINE, *BODY, dashed]))[-1] == dashed


def test_an_english_credit_with_roles_a_double_hyphen_dateline_and_an_authors_note_go() -> None:
    lead = "A Japan-Philippines agreement allowing their troops to train took effect on Thursday."
    rest = "The pact simplifies procedures for joint drills and disaster relief, officials said."
    page = "\n".join(
        ["Japan and Philippines step up defense drills as access pact takes effect",
         "KENJI TAKADA, Nikkei staff writer, and MARIA SANTOS, Contributing writer",
         "September 11, 2025 18:05 JST", f"TOKYO/MANILA -- {lead}", rest,
         "Ethan Cheung is a China news reporter covering defence and diplomacy.",
         "More on this", "Chinese, Russian coastguards hold first joint patrol"]
    )  # fmt: skip
    assert kept(page) == [lead, rest]


def test_the_line_under_the_breadcrumb_is_the_headline_not_a_deck_closer_to_the_lead() -> None:
    headline = "China and Russia begin naval drills"
    deck = "Warships to practise anti-missile defence and maritime search and rescue at sea"
    lead = (
        "Chinese and Russian warships began naval drills on Sunday to practise anti-missile "
        "defence and search and rescue at sea off Guangdong, the navy said."
    )
    page = "\n".join(
        ["South China Morning Post", "News Hong Kong China Asia World Business Tech Opinion",
         "Subscribe Sign in", "China / Military", headline, deck, "Ethan Cheung",
         "Published: 7:45pm, 14 Jul 2024", lead, *BODY[1:]]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline


@pytest.mark.parametrize(
    "header",
    [
        # an electronic edition's masthead, a menu, a ticker and a slashed trail
        ["Báo Bình Minh điện tử", "Thứ Tư, 05/06/2024 Đăng nhập Đăng ký",
         "Chính trị Kinh tế Xã hội Văn hóa Thể thao Du lịch Quốc phòng - An ninh Pháp luật",
         "Tỷ giá: USD 25.255 | Giá vàng SJC: 76,5 - 78,5 triệu đồng/lượng",
         "Trang chủ / Kinh tế"],
        # the weather run into a ticker, a section numbered "4.0", a trail set apart by "»"
        ["Báo Bình Minh", "Thứ Năm, 14/03/2024", "Đăng nhập | Đăng ký",
         "Thủ Dầu Một 34°C Nắng nóng | Giá vàng SJC: 79.800 - 81.800 (nghìn đồng/lượng)",
         "Trang chủ Thời sự Chính trị Kinh tế Xã hội Pháp luật Thể thao Bình Minh 4.0 Media",
         "Trang chủ » Chính trị » Đối ngoại"],
        # a ticker under the menu, a trail whose section holds a dash
        ["BÁO BÌNH MINH ĐIỆN TỬ", "Thứ Tư, 09/08/2023", "Đăng nhập Đăng ký",
         "Tỷ giá USD: 23.550 - 23.920 | Vàng SJC: 66,75 - 67,35 triệu đồng/lượng",
         "Trang chủ Thời sự Chính trị Kinh tế Xã hội Văn hóa - Thể thao Pháp luật Bạn đọc Video",
         "Kinh tế / Nông nghiệp - Nông thôn"],
    ],
    ids=["electronic-edition", "weather-ticker", "ticker-under-menu"],
)  # fmt: skip
def test_a_sites_header_goes_and_its_headline_is_taken(header: list[str]) -> None:
    page = "\n".join([*header, HEADLINE, "09/08/2023 - 08:35", *BODY])
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY


def test_a_scenes_caption_without_a_credit_goes_and_a_headline_on_the_scene_stays() -> None:
    page = "\n".join([HEADLINE, BODY[0], "Toàn cảnh buổi làm việc giữa hai đoàn.", *BODY[1:],
                      "Quang cảnh buổi hội đàm."])  # fmt: skip
    assert kept(page) == BODY
    headline = "Toàn cảnh vụ các nước Arab đóng băng quan hệ với Qatar"
    assert clean_article("\n".join([headline, *BODY])).headline == headline


def test_the_second_reviews_pages_keep_their_prose_and_headlines() -> None:
    # a headline may name a temperature; only a ticker with bars is no headline
    weather = "Nhiệt độ xuống -2°C, Sa Pa xuất hiện băng giá"
    lead = "Sáng nay, nhiệt độ tại Sa Pa xuống -2°C, băng giá xuất hiện trên đỉnh Fansipan."
    page = ["BÁO BÌNH MINH", "Thứ Năm, 14/03/2024", *MENU, "Thời sự › Xã hội", weather,
            "14/03/2024 08:00", lead, *BODY[1:]]  # fmt: skip
    assert clean_article("\n".join(page)).headline == weather
    # a row of linked headlines set apart by "»" is no breadcrumb
    links = "» Rosatom đào tạo kỹ sư cho Việt Nam » Hợp tác dầu khí Việt - Nga"
    assert links not in kept("\n".join([HEADLINE, *BODY, links]))
    # a kicker under the breadcrumb does not beat the headline under it
    kicker = "Thủ tướng thăm chính thức Liên bang Nga và làm việc tại Moskva"
    page = ["BÁO BÌNH MINH", "Thứ Năm, 14/03/2024", *MENU, "Thế giới › Châu Âu", kicker,
            HEADLINE, "14/03/2024 08:00", *BODY]  # fmt: skip
    assert clean_article("\n".join(page)).headline == HEADLINE
    # "Toàn cảnh" opening a sentence of prose, an English note on a journalist, a standfirst
    # that names editors: all prose
    prose = [
        "Toàn cảnh hợp tác Việt - Nga trong lĩnh vực dầu khí đã có nhiều thay đổi.",
        "Pham Doan Trang is a journalist and activist who founded a legal magazine.",
    ]
    assert kept("\n".join([HEADLINE, *BODY, *prose]))[-2:] == prose
    english = ["Vietnam and Russia sign a press exchange deal",
               "Vietnam News Agency, Sputnik editors agree to exchange news and train reporters",
               "The two agencies signed the agreement in Hanoi on Monday, officials said.",
               "They will also exchange photographs and video, the statement added."]  # fmt: skip
    assert kept("\n".join(english)) == english[1:]


def test_a_ticker_of_barred_readings_is_no_headline_and_initials_glued_to_prose_go() -> None:
    # a market ticker of any shape set apart by bars stands above the menu; a caption's credit
    # in initials or a Latin name runs into the next sentence ("Ảnh: T.NTỉnh", "RosatomLò")
    caption = "Đại diện hai bên trao quà lưu niệm. Ảnh: T.N"
    second = "Lò phản ứng mới sẽ phục vụ nghiên cứu cơ bản và đào tạo cán bộ của hai nước."
    ticker = "VN-Index 1.278,45 ▼ 3,21 (-0,25%) | Giá vàng SJC 87,0 - 89,0 | USD/VND 25.180"
    page = "\n".join(
        ["VietTimes", ticker, *MENU, HEADLINE, BODY[0], caption + BODY[1],
         "Mô hình lò. Ảnh: Rosatom" + second, BODY[2]]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == [BODY[0], BODY[1], second, BODY[2]]


def test_a_related_label_glued_to_its_title_a_rule_line_and_wire_credits_go() -> None:
    related = "Tin liên quan Học sinh Thủ đô hào hứng với lớp học tiếng Nga miễn phí"
    prose = "Tin liên quan đến vụ việc đã được hai bên trao đổi trong buổi làm việc hôm qua."
    page = "\n".join(
        [HEADLINE, *BODY[:2], related, prose, BODY[2], "___",
         "Associated Press writer Kenji Sato in Tokyo contributed to this report.",
         "— With assistance from Tom Harris",
         "Share Copy Link copied Email Facebook X Reddit LinkedIn Pinterest Flipboard Print"]
    )  # fmt: skip
    assert kept(page) == [*BODY[:2], prose, BODY[2]]


def test_a_leads_initials_give_way_to_the_masthead_name() -> None:
    body = ["(BL) - " + BODY[0], *BODY[1:]]
    with_masthead = "\n".join(["Báo Bạc Liêu", *MENU, HEADLINE, *body])
    assert clean_article(with_masthead).outlet == "Báo Bạc Liêu"
    assert clean_article("\n".join([HEADLINE, *body])).outlet == "BL"


def test_a_run_together_menu_sharing_the_leads_field_words_loses_to_the_headline() -> None:
    # "Kinh tế … Năng lượng … Quốc phòng" shares more words with a lead on energy than the
    # headline does; it is no headline while another candidate stands below it
    menu = "Thời sự Kinh tế Giáo dục Đào tạo Năng lượng Hạt nhân Kỹ sư Nga Thế giới Đời sống"
    headline = "Nga muốn mở rộng hợp tác với Việt Nam"
    page = "\n".join(["VietTimes", menu, "Đăng nhập", "Năng lượng", headline, *BODY])
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == BODY


SITE_MENU = ["Trang chủ", "Thời sự", "Kinh tế", "Giáo dục", "Khoa học", "Thế giới", "Đăng nhập"]
TALKS_LEAD = [
    "Sáng 20/5, tại Hà Nội, Chủ tịch nước Lương Cường đã hội kiến Tổng thống Liên bang Nga "
    "Vladimir Putin đang thăm cấp nhà nước tới Việt Nam.",
    "Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực năng lượng, giáo dục và đào tạo.",
]


def test_a_protocol_headline_of_names_stays_the_headline_above_a_deck() -> None:
    # "X hội kiến Y" has a run-together menu's shape (capitalised names, few small words)
    headline = "Chủ tịch nước Lương Cường hội kiến Tổng thống Nga Vladimir Putin"
    deck = "Tổng thống Nga Vladimir Putin thăm cấp nhà nước Việt Nam từ ngày 19 đến 20/5"
    stamp = "Thứ Hai, 20/05/2025 10:15 (GMT+7)"
    page = ["Báo Điện tử Chính phủ", *SITE_MENU, headline, stamp, deck, *TALKS_LEAD]
    assert clean_article("\n".join(page)).headline == headline


def test_a_live_updates_barred_headline_is_the_headline_not_a_ticker() -> None:
    headline = (
        "Bão số 3: 9 người chết, 2 người mất tích | Cập nhật 18h ngày 8/9 | Nga gửi hàng cứu trợ"
    )
    page = [
        "Báo Lao Động", *SITE_MENU, headline, "Chủ Nhật, 08/09/2024 18:00 (GMT+7)",
        "Theo Ban Chỉ đạo phòng, chống thiên tai, bão số 3 đã làm 9 người chết, 2 người mất tích.",
        "Bộ Tình trạng khẩn cấp Nga đã gửi 30 tấn hàng cứu trợ tới các tỉnh phía Bắc.",
    ]  # fmt: skip
    result = clean_article("\n".join(page))
    assert result.headline == headline and result.outlet == "Báo Lao Động"


def test_english_sentences_shaped_like_wire_credits_are_prose() -> None:
    body = [
        "Vietnamese and Russian officials marked the anniversary of the hydropower plant.",
        "With assistance from the Soviet Union, Vietnam built the plant in the 1980s.",
        "Dozens of scientists from Vietnam and Russia contributed to this report.",
        "The Russian Government covers tuition for all scholarship holders.",
        "Edited by a Hanoi poet, the anthology features thirty Russian poets.",
    ]
    page = ["Vietnam and Russia mark the anniversary of a hydropower plant", *body]
    assert kept("\n".join(page)) == body


def test_a_sentence_opening_with_tin_lien_quan_is_prose() -> None:
    sentence = "Tin liên quan Việt Nam luôn được báo chí Nga đưa tin đậm nét, nhất là về du lịch."
    page = "\n".join([HEADLINE, BODY[0], sentence, *BODY[1:]])
    assert kept(page) == [BODY[0], sentence, *BODY[1:]]


def test_a_news_agencys_initials_stay_the_outlet_under_a_section_title() -> None:
    page = "\n".join(
        [f"{HEADLINE} | Thế giới", *SITE_MENU, HEADLINE, "(TTXVN) - " + BODY[0], *BODY[1:]]
    )
    assert clean_article(page).outlet == "TTXVN"


@pytest.mark.parametrize(
    "footer",
    [
        "About Us Contact Us Accessibility Statement Terms of Use Privacy Policy Cookie Settings",
        "Giới thiệu | Liên hệ tòa soạn | Điều khoản sử dụng | Chính sách bảo mật",
    ],
)
def test_a_footer_menu_of_legal_and_contact_links_goes(footer: str) -> None:
    # a sentence naming such pages is prose: "Hai bên giới thiệu và liên hệ …"
    prose = "Hai bên giới thiệu và liên hệ với các đối tác về điều khoản sử dụng dữ liệu."
    page = "\n".join([HEADLINE, *BODY, prose, footer])
    assert kept(page) == [*BODY, prose]
    assert reasons(page)[footer] == "site_chrome"


def test_a_donation_appeal_under_disaster_news_goes_and_a_sentence_on_the_aid_stays() -> None:
    appeal = [
        "Mọi sự ủng hộ xin gửi về: Ban Vận động cứu trợ Trung ương",
        "Số tài khoản: 0011 0022 3344 - Ngân hàng TMCP Ngoại thương Việt Nam",
        "Nội dung: Ủng hộ đồng bào bị ảnh hưởng bởi bão số 3",
    ]
    aid = "Mọi sự ủng hộ của Nga đều được chuyển về các tỉnh bị lũ trong tuần này."
    page = "\n".join([HEADLINE, *BODY, aid, *appeal])
    assert kept(page) == [*BODY, aid]
    assert {reasons(page)[line] for line in appeal} == {"site_chrome"}


def test_a_signature_with_the_writers_institution_under_it_goes() -> None:
    # a magazine signs with the writer's title and name, then the institution; a last line
    # naming an institution under prose stays
    signed = [HEADLINE, *BODY, "PGS.TS NGUYỄN VĂN AN", "Học viện Chính trị quốc gia Hồ Chí Minh"]
    assert kept("\n".join(signed)) == BODY
    unsigned = [HEADLINE, *BODY, "Học viện Chính trị quốc gia Hồ Chí Minh"]
    assert kept("\n".join(unsigned))[-1] == "Học viện Chính trị quốc gia Hồ Chí Minh"
    credit = "By Hoang Anh – Translated by Thuy Doan"
    assert credit not in kept("\n".join([HEADLINE, *BODY, credit]))


def test_an_appeal_that_goes_on_to_the_news_a_headline_appeal_and_an_award_list_stay() -> None:
    news = (
        "Mọi sự ủng hộ xin gửi về Ban Vận động cứu trợ Trung ương. Tính đến 17h ngày 12/9, "
        "Ban đã nhận được ủng hộ của Đại sứ quán Nga với 100.000 USD."
    )
    assert news in kept("\n".join([HEADLINE, *BODY, news]))
    appeal = "Mọi sự ủng hộ đồng bào bị thiệt hại do bão số 3 xin gửi về Ủy ban Trung ương MTTQ"
    assert clean_article("\n".join([appeal, *BODY])).headline == appeal
    awards = ["GS.TS Nguyễn Văn Hiệu", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
              "TS Lê Minh Đức", "Viện Nghiên cứu hạt nhân Đà Lạt"]  # fmt: skip
    assert kept("\n".join([HEADLINE, *BODY, "Danh sách các nhà khoa học được trao giải:",
                           *awards])) == [*BODY, "Danh sách các nhà khoa học được trao giải:",
                                          *awards]  # fmt: skip
    heading = ["TRIỂN VỌNG HỢP TÁC", "Bộ Giáo dục và Đào tạo sẽ tăng học bổng cho sinh viên"]
    assert kept("\n".join([HEADLINE, *BODY, *heading]))[-2:] == heading


def test_a_scams_account_quoted_by_a_police_warning_stays() -> None:
    quoted = [
        "Các đối tượng lập trang Facebook giả, đăng lời kêu gọi với nội dung như sau:",
        "Số tài khoản: 0451 0001 23456 - Ngân hàng Vietcombank, chủ tài khoản Nguyễn Văn T.",
        "Nội dung: Ủng hộ đồng bào miền Bắc khắc phục hậu quả bão số 3.",
        "Cơ quan công an đề nghị người dân chỉ chuyển tiền qua các kênh chính thức.",
    ]
    assert kept("\n".join([HEADLINE, *BODY, *quoted])) == [*BODY, *quoted]


ENGLISH_BODY = [
    "Vietnam and Russia on Tuesday signed a plan to train nuclear engineers in Moscow.",
    "Under the plan, two hundred Vietnamese students will study at Russian universities.",
    "Separately, the two research institutes agreed to set up a joint laboratory in Hanoi.",
]


def test_an_english_pages_wire_furniture_goes_and_its_prose_stays() -> None:
    headline = "Vietnam, Russia agree to train nuclear engineers"
    page = [
        "HOME WORLD ASIA OPINION IN-DEPTH BUSINESS SCIENCE SPORT PHOTO VIDEO",
        headline,
        "By News Desk Published: Mar 4, 2025 10:58 PM",
        "Students at a laboratory of a Moscow university [File: Ivan Petrov/Reuters]",
        "Published On 4 Mar 2025 4 Mar 2025",
        "Updated March 4, 2025 6:55pm",
        "Save articles to read later and create your own reading list.",
        "Have a story our reporters should look into? Get in Touch",
        "Bookmark WhatsApp Telegram Facebook",
        ENGLISH_BODY[0],
        "Recommended Stories list of 2 items list 1 of 2 A first title list 2 of 2 Another title",
        ENGLISH_BODY[1],
        ENGLISH_BODY[2] + " READ: Hanoi and Moscow expand student exchanges",
        "Translated by Lan Pham. Edited by Mark Hill.",
        "Source: News Desk/ab(cd)",
        "Related Topics",
        "Vietnam Russia nuclear students",
        "Get WhatsApp alerts from News Desk: Stay updated with the latest news",
        "Also worth reading",
        "Why nuclear power is back on the table in Southeast Asia",
        "About Us Code of Ethics Terms & Conditions Privacy Policy Cookie Policy Work for us",
        "Follow News Desk English:",
        "Copyright© Example Media 2025. All rights reserved.",
    ]
    result = clean_article("\n".join(page))
    assert result.headline == headline
    assert [line.text for line in result.kept] == ENGLISH_BODY
    assert result.outlet == "Example Media"


def test_english_lines_shaped_like_that_furniture_are_prose_or_headlines() -> None:
    body = [
        *ENGLISH_BODY,
        "The company updated its privacy policy, terms of use and cookie policy after the ruling",
        "Diplomats said the talks went well [in a statement to reporters]",
        "Officials will visit the plant next year. Learn more about it from the ministry.",
    ]
    assert kept("\n".join(["Vietnam, Russia agree to train nuclear engineers", *body])) == body
    capitals = "VIETNAM AND RUSSIA SIGN A PLAN TO TRAIN NUCLEAR ENGINEERS IN MOSCOW"
    assert clean_article("\n".join([capitals, *ENGLISH_BODY])).headline == capitals


def test_a_world_service_pages_accessible_labels_byline_parts_and_word_dates_go() -> None:
    extra = "Hai trường cũng sẽ trao đổi giảng viên và cùng biên soạn giáo trình tiếng Nga."
    page = [
        "Chuyển đến nội dung chính",
        "Tin Thế Giới, Tiếng Việt",
        "Mục",
        "Tin chính Việt Nam Thế giới Kinh doanh Khoa học Sức khỏe Video Chuyên đề",
        HEADLINE,
        "Nguồn hình ảnh, Reuters",
        "Chụp lại hình ảnh, Đoàn đại biểu hai nước tại lễ ký kết ở Hà Nội",
        "Thông tin về bài viết",
        "Tác giả, Nguyễn Văn Nam",
        "Vai trò, Tin Thế Giới",
        "12 tháng 3 2024",
        "Cập nhật 13 tháng 3 2024",
        *BODY,
        extra,
        "Chủ đề liên quan",
        "Việt Nam Nga Giáo dục",
    ]
    result = clean_article("\n".join(page))
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == [*BODY, extra]


def test_a_portals_attachments_links_and_signatures_go() -> None:
    page = [
        HEADLINE,
        BODY[0] + " Đọc thêmHọc bổng Nga năm nay tăng mạnh",
        *BODY[1:],
        "Văn bản bởi: Lê Minh",
        "Liên kết cố định https://example.org/p/4kQz7",
        "Tệp đính kèm:",
        "Thong bao tuyen sinh di hoc Nga 2025.pdf",
        "Share: VK Telegram OK",
        "Nhận bản tin tức hằng ngày",
        "Tin tức khác",
        "10.09.2024 Đại sứ chúc mừng Quốc khánh Việt Nam",
        "28.08.2024 Thông báo nhận hồ sơ học bổng năm học mới",
    ]
    assert kept("\n".join(page)) == BODY
    signed = [HEADLINE, *BODY, "Cục Hợp tác quốc tế"]
    assert kept("\n".join(signed)) == BODY
    credited = [HEADLINE, *BODY, "Tin, ảnh: Hoàng Long - Ban Truyền thông"]
    assert kept("\n".join(credited)) == BODY
    # a lead the crawler prints twice, once above its paragraph, still goes once
    lead_twice = [HEADLINE, BODY[0][:80], BODY[0], *BODY[1:]]
    assert kept("\n".join(lead_twice)) == BODY


def test_lines_shaped_like_the_new_furniture_but_the_articles_stay() -> None:
    author = "Tác giả, nhà văn Nguyễn Văn Nam, cho biết cuốn sách sẽ được dịch sang tiếng Nga."
    listing = [
        "Các đơn vị tham gia diễn tập gồm:",
        "Bộ đội Biên phòng tỉnh",
        "Cục Cứu hộ - Cứu nạn",
    ]
    page = [HEADLINE, *BODY, author, *listing]
    assert kept("\n".join(page)) == [*BODY, author, *listing]
    # a timeline's first milestone under the headline, a list of files to send, a lower-case
    # "Read:" that opens a sentence
    milestone = ["Ngày 30 tháng 1 năm 1950", "Việt Nam và Liên Xô thiết lập quan hệ ngoại giao."]
    assert kept("\n".join([HEADLINE, *milestone, *BODY]))[:2] == milestone
    files = [
        "Hồ sơ gồm:",
        "- Phiếu đăng ký dự tuyển, định dạng .pdf",
        "- Bản scan hộ chiếu, định dạng .pdf",
    ]
    assert kept("\n".join([HEADLINE, *BODY, *files]))[-3:] == files
    english = [
        "Vietnam and Russia signed a plan to train nuclear engineers in Moscow on Tuesday.",
        "Read: the full text of the plan was published by the ministry on Wednesday.",
    ]
    assert kept("\n".join(["Vietnam, Russia sign a training plan", *english])) == english


def test_a_date_picker_and_a_footer_with_an_unlabelled_address_go() -> None:
    footer = [
        "Ngày 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 Tháng 1 2 3 4 5 6 Năm 2024 2023 XEM",
        "Trang Tin © Copyright 2007 - 2024 – Công ty Cổ phần Truyền thông Ví Dụ",
        "Tầng 9, Tòa nhà Ví Dụ, Số 12 Phố Huế, Hai Bà Trưng, Hà Nội.",
        "Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số 1234/GP-TTĐT do Sở "
        "Thông tin và Truyền thông Hà Nội cấp",
        "Hotline: 0900 000 000 | Email: info@example.vn",
    ]
    assert kept("\n".join([HEADLINE, *BODY, *footer])) == BODY
    # an address in the article, with more of the article under it, stays
    address = "Trụ sở mới đặt tại Tầng 9, Tòa nhà Ví Dụ, Số 12 Phố Huế, Hà Nội."
    assert kept("\n".join([HEADLINE, BODY[0], address, *BODY[1:]])) == [BODY[0], address, *BODY[1:]]


def test_a_portals_headline_in_capitals_under_its_header_is_the_headline() -> None:
    capitals = "PHÓ CHỦ TỊCH QUỐC HỘI TIẾP ĐOÀN ĐẠI BIỂU HỘI ĐỒNG LIÊN BANG NGA SANG THĂM VIỆT NAM"
    lead = ("Chiều 18/3, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội đã tiếp Đoàn đại biểu Hội đồng "
            "Liên bang Nga do Phó Chủ tịch Hội đồng dẫn đầu sang thăm Việt Nam.")  # fmt: skip
    page = ["CỔNG THÔNG TIN ĐIỆN TỬ QUỐC HỘI", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Trang chủ Giới thiệu Tin tức Hoạt động của Quốc hội Đại biểu Quốc hội Kỳ họp Liên hệ",
            "18/03/2025 17:42", capitals, lead, *BODY[1:]]  # fmt: skip
    result = clean_article("\n".join(page))
    assert result.headline == capitals
    assert [line.text for line in result.kept] == [lead, *BODY[1:]]


def test_an_english_journals_tagline_reading_time_and_wire_box_go() -> None:
    headline = "Vietnam and Russia agree to train nuclear engineers"
    page = [
        "Asia Policy Review",
        "Economics, Politics and Public Policy in Southeast Asia and the Pacific",
        "Home About Regions Topics Authors Quarterly Podcast Subscribe Search",
        "Vietnam–Russia relations",
        headline,
        "Published: 19 August 2024 Reading Time: 5 mins",
        "Share Share on Facebook Share on X Share via Email Print",
        "Officials at the signing in Hanoi on June 20, 2024. © Minh Nguyen, AP " + ENGLISH_BODY[0],
        *ENGLISH_BODY[1:],
        "(Asia Policy Review with AFP)",
        "Daily newsletter",
        "Receive essential international news every morning",
        "Keep reading on these topics",
        "Vietnam Russia Nuclear energy",
    ]
    result = clean_article("\n".join(page))
    assert result.headline == headline
    kept_text = " ".join(line.text for line in result.kept)
    assert all(sentence in kept_text for sentence in ENGLISH_BODY)
    assert "AP" not in kept_text.split() and "newsletter" not in kept_text
    assert "Reading Time" not in kept_text and "AFP" not in kept_text


def test_a_ministry_portals_view_count_unit_and_published_news_box_go() -> None:
    page = [HEADLINE, "Dòng sự kiện: Hợp tác Việt - Nga", "Bình chọn 0 Chia sẻ Bình luận", *BODY,
            "Tin: Vụ Châu Âu", "Số lượt xem: 1.482", "Các tin đã đưa",
            "Thứ trưởng tiếp Đại sứ Nga (15/10/2024)",
            "Tham khảo chính trị Việt Nam - Belarus (04/11/2024)"]  # fmt: skip
    assert kept("\n".join(page)) == BODY


def test_a_banner_in_capitals_over_the_headline_and_lines_shaped_like_tags_stay_apart() -> None:
    banner = "KỶ NIỆM 75 NĂM THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM - LIÊN BANG NGA NĂM 2025"
    headline = ("Lãnh đạo Đảng, Nhà nước Việt Nam gửi điện mừng lãnh đạo Liên bang Nga nhân kỷ "
                "niệm 75 năm thiết lập quan hệ ngoại giao")  # fmt: skip
    lead = ("Nhân kỷ niệm 75 năm thiết lập quan hệ ngoại giao, lãnh đạo Đảng, Nhà nước Việt Nam "
            "đã gửi điện mừng tới lãnh đạo Liên bang Nga.")  # fmt: skip
    page = ["Báo Ví Dụ", "Đăng nhập", "Thứ Năm, 30/01/2025", *MENU, banner, headline, lead]
    assert clean_article("\n".join(page)).headline == headline
    agenda = "Sự kiện: Lễ ký kết thỏa thuận hợp tác đào tạo kỹ sư điện hạt nhân với Đại học MEPhI"
    assert agenda in kept("\n".join([HEADLINE, *BODY, agenda, "Thời gian: 9h ngày 12/3/2025."]))
    footer = "© Vietnam News Agency, VNA Reproduction in any form without permission is prohibited."
    assert kept("\n".join(["Vietnam, Russia sign a training plan", *ENGLISH_BODY, footer])) == (
        ENGLISH_BODY
    )


def test_a_weather_bar_of_two_cities_reader_prompts_and_an_english_licence_go() -> None:
    page = ["THỜI BÁO VÍ DỤ", "Đăng nhập | Đăng ký", "Thứ Sáu, 16/05/2025",
            "Hà Nội 29°C TP. Hồ Chí Minh 33°C", *MENU, "Trang chủ / Hữu nghị", HEADLINE,
            "Minh Châu", "16/05/2025 10:25", *BODY,
            "Bạn đọc có thông tin phản ánh xin gửi về đường dây nóng: 0900.000.000",
            "Nếu bạn phát hiện lỗi chính tả, hãy bôi đen đoạn văn và nhấn Ctrl+Enter"]  # fmt: skip
    result = clean_article("\n".join(page))
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY
    footer = ["Example Online Newspaper - License No. 123/GP-BTTTT",
              "Address: 1 Example Street, Hanoi. Hotline: 0900 000 000"]  # fmt: skip
    english = ["Vietnam, Russia sign a training plan", "Published: August 30, 2024 4.05pm AEST",
               *ENGLISH_BODY, *footer]  # fmt: skip
    assert kept("\n".join(english)) == ENGLISH_BODY


def test_an_english_trade_sites_menu_home_trail_and_category_lines_go() -> None:
    headline = "Russian and Vietnamese partners start up a new gas platform"
    lead = (
        "A joint venture of the two countries has started production from a new platform "
        "offshore southern Vietnam, the operator said on Monday."
    )
    page = [
        "Energy Review",
        "Oil & Gas Power Grids Renewables Business & Finance Exploration & Production Jobs",
        "Home Exploration & Production",
        headline,
        "Exploration & Production",
        "June 2, 2025, by Jane Roe",
        lead,
        "Platform view; Source: operator",
        "The platform has eight well slots and is linked to the central platform by a pipeline.",
        "Related Article",
        "Partners extend field contract",
        "The partners also produce oil together in western Siberia through a second venture.",
        "Output from the new platform is expected to reach its peak by the end of next year.",
        "Categories: Exploration & Production Tags: gas platform partners",
        "© 2025 Review Media. All rights reserved.",
    ]
    result = clean_article("\n".join(page))
    assert result.headline == headline
    kept_text = [line.text for line in result.kept]
    assert kept_text[0] == lead
    assert "Partners extend field contract" not in kept_text
    assert not any(text.startswith(("Categories", "June 2", "Related")) for text in kept_text)
    assert "The partners also produce oil together" in " ".join(kept_text)


def test_a_reports_number_is_no_sentence_end_and_its_posting_date_dates_it() -> None:
    from helpers.metadata import infer_date

    headline = "Viet Nam: Floods - Situation Report No. 3 (As of 4 March 2026)"
    page = "\n".join([
        "Skip to main content",
        "HumanitarianNet",
        "Informing relief workers everywhere — a service of the agency",
        "Updates Countries Disasters Organizations Topics Jobs Training",
        "Log in",
        headline,
        "Format Situation Report Source UN Viet Nam Posted 5 Mar 2026 Originally published 5 "
        "Mar 2026",
        "Floods in Viet Nam's central provinces have affected more than 200,000 people as of 4 "
        "March, the situation report said.",
        "Relief teams from several countries have delivered tents and water purifiers.",
    ])  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    paragraphs = [line.text for line in result.kept]
    assert infer_date(paragraphs, "", dt.date(2026, 11, 28), page_text=page)[0] == "2026-03-05"


def test_a_weeklys_masthead_is_no_headline_and_a_print_edition_note_goes() -> None:
    page = [
        "Thời báo Kinh tế Đối ngoại",
        "Hà Nội 24°C Thứ Hai, 28/10/2024",
        "Kinh tế Tài chính Doanh nghiệp Năng lượng Quốc tế Thị trường Bất động sản Media",
        "Năng lượng",
        HEADLINE,
        "14:05 | 28/10/2024",
        *BODY,
        "(Bài đăng trên Thời báo Kinh tế Đối ngoại số 212 ra ngày 01/07/2024)",
        "Join our WhatsApp channel and get the latest news.",
        "See more on Vietnam-Russia relations Energy Education",
    ]
    result = clean_article("\n".join(page))
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY
    # a sentence that opens with the words stays
    prose = "Bài đăng trên báo Nhân Dân cho biết hai bên đã ký kế hoạch hợp tác đào tạo."
    assert prose in kept("\n".join([HEADLINE, *BODY, prose]))


def test_a_byline_with_its_date_before_an_update_stamp_goes() -> None:
    page = [HEADLINE, "Lan Hương |05.03.2026 - Update : 05.03.2026", *BODY]
    assert reasons("\n".join(page))["Lan Hương |05.03.2026 - Update : 05.03.2026"] == "byline"


def test_a_journals_reference_list_and_a_broadcasters_masthead_go() -> None:
    page = [
        "Đài Phát thanh và Truyền hình Nam Bộ",
        "Trang chủ Tin tức Nghiên cứu lý luận Thực tiễn Thế giới: Vấn đề - Sự kiện Tạp chí in "
        "English",
        "Thế giới",
        HEADLINE,
        "05/07/2024 08:30 | Lượt xem: 1.524",
        *BODY,
        "Tài liệu tham khảo",
        "1. Bộ Ngoại giao: Quan hệ hai nước 30 năm nhìn lại, Nxb Chính trị quốc gia, Hà Nội, 2024.",
        "[2] Tổng cục Hải quan: Số liệu thống kê xuất nhập khẩu năm 2023.",
        "Ngày nhận bài: 12/5/2024; Ngày duyệt đăng: 25/6/2024.",
    ]
    result = clean_article("\n".join(page))
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY
    assert reasons("\n".join(page))["Tài liệu tham khảo"] == "references"
    # a numbered paragraph of the article above no such heading stays
    numbered = "1. Hai bên nhất trí tăng cường hợp tác đào tạo kỹ sư năng lượng hạt nhân."
    assert numbered in kept("\n".join([HEADLINE, *BODY, numbered]))


def test_an_english_sites_credit_first_caption_metadata_box_and_reporter_line_go() -> None:
    headline = "Russian rescuers end their search in the quake zone"
    page = [
        "Skip to main content",
        "Welcome to the News Service",
        "Search",
        "Home Topics In depth Audio hub Podcasts Videos",
        "Africa Americas Asia Pacific Middle East Europe",
        "© UNICEF/Jane Roe A child wades through floodwaters in the province.",
        "Humanitarian Aid",
        headline,
        "Michael Tran in Hanoi",
        "Wed 7 Jun 2023 07.30 BST",
        *ENGLISH_BODY,
        "Topics",
        "Foreign policy",
        "Geography",
        "Vietnam",
        "Publication date: May 10, 2025, 16:00",
        "Direct link: en.example.ru/events/president/transcripts/76912",
        "Text version Send to e-mail Print",
        "Other news on this topic",
        "Russian-Vietnamese talks May 10, 2025",
    ]
    result = clean_article("\n".join(page))
    assert result.headline == headline
    assert [line.text for line in result.kept] == ENGLISH_BODY


def test_a_scam_report_that_opens_with_a_messaging_group_keeps_its_prose() -> None:
    scam = "Tham gia nhóm Telegram do đối tượng lập, bà H. được hướng dẫn nạp tiền vào sàn ảo."
    assert scam in kept("\n".join([HEADLINE, *BODY, scam, BODY[1]]))
    prompt = "Join our WhatsApp channel and get the latest news."
    assert reasons("\n".join([HEADLINE, *BODY, prompt]))[prompt] == "site_chrome"


def test_an_events_date_and_clock_in_the_body_do_not_date_the_page() -> None:
    from helpers.metadata import infer_date

    body = "Lễ ký kết sẽ được tổ chức vào ngày 20/11/2024 lúc 08:30 tại Hà Nội, hai bên cho biết."
    page = "\n".join([HEADLINE, body, "Minh Anh - Cập nhật: 05/11/2024 10:15"])
    assert infer_date([body], "", dt.date(2026, 11, 28), page_text=page)[0] == "2024-11-05"


def test_a_masthead_above_the_sites_menu_is_no_headline_and_a_web_credit_ends_at_its_domain() -> (
    None
):
    from helpers.metadata import infer_date

    headline = "Russian and Vietnamese deputy ministers discuss training of nuclear engineers"
    lead = (
        "Deputy ministers of Russia and Vietnam held talks in Moscow on the training of nuclear "
        "engineers, the ministry said on Tuesday."
    )
    page = "\n".join([
        "Ministry of Science of the Russian Federation",
        "RUS ENG",
        "Ministry Structure Activity Education Science Documents Media Center Contacts",
        "News",
        headline,
        "08.10.2024 (13:30)",
        lead,
        "The talks in Moscow. Photo Credit: Minobrnauki.ru When the talks ended, the two sides "
        "signed a plan for 2025.",
        ENGLISH_BODY[1],
    ])  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    kept_text = [line.text for line in result.kept]
    assert kept_text[0] == lead
    assert "When the talks ended, the two sides signed a plan for 2025." in kept_text[1]
    paragraphs = [line.text for line in result.kept]
    assert infer_date(paragraphs, "", dt.date(2026, 11, 28), page_text=page)[0] == "2024-10-08"


# Pages of probes 42-44 (2026-11-28): a wire's page behind a cookie banner, portals' footers.
EN_HEADLINE = "Vietnam, Russia extend oil venture"
EN_BODY = [
    "HANOI, May 12 (Reuters) - Vietnam's state energy group and Russia's Zarubezhneft have "
    "agreed to extend their oil joint venture until 2045, the two companies said on Monday.",
    "The extension covers new exploration blocks off the southern coast of Vietnam.",
]


def test_a_cookie_banner_above_a_wires_page_goes_and_the_short_headline_is_taken() -> None:
    page = "\n".join(
        ["Skip to main content",
         "We and our partners use cookies and similar technologies to personalize content and "
         "ads, provide social media features and analyze our traffic. By clicking Accept, you "
         "agree to our use of cookies.",
         "Accept", "Manage Preferences", "U.S. News & World Report", "Menu", "Search", "Sign In",
         "Education Health Money Cars Real Estate Travel News Rankings", "Money", "Investing",
         EN_HEADLINE, "May 12, 2025, at 5:47 a.m.", *EN_BODY,
         "(Reporting by Khanh Vu in Hanoi and Gleb Stolyarov in Moscow; Editing by Martin Petty)",
         "--With assistance from Sherry Su.", "Join the Conversation", "Enter your email"]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == EN_HEADLINE
    # the wire's dateline goes too
    assert [line.text for line in result.kept] == [EN_BODY[0].split(" - ", 1)[1], EN_BODY[1]]


def test_a_portals_author_counter_audio_player_and_masthead_lines_go() -> None:
    page = "\n".join(
        ["VIETNAM BUSINESS FORUM",
         "The Official Magazine of Vietnam Chamber of Commerce and Industry (VCCI)",
         "Tiếng Việt | English", "Friday, June 14, 2024",
         "Home Economy Business Investment Finance Trade Localities Law Opinion", "Home > Trade",
         HEADLINE, "Cập nhật lần cuối: 14 Tháng Mười Một, 2024",
         "Nghe đọc bài: 00:00 / 03:12 Giọng nữ miền Nam", *BODY,
         "PV: Hoàng Anh - Quang Huy (Vùng 4 Hải quân)", "Tác giả: Thu Hằng",
         "Lượt xem: 945 | In bài | Gửi email | Chia sẻ",
         "Đang truy cập: 215 | Tổng lượt truy cập: 8.104.552"]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == HEADLINE
    assert [line.text for line in result.kept] == BODY


def test_a_headline_closed_by_quoted_words_is_taken_from_a_crawlers_first_line() -> None:
    headline = 'Khách Nga trở lại, nhiều chuyến bay dịp Tết đến Nha Trang "cháy vé"'
    result = clean_article("\n".join([headline, *BODY]))
    assert result.headline == headline
    # a quotation that closes a sentence is no headline
    quoted = 'Ông Minh nói: "Hai bên sẽ hợp tác lâu dài."'
    assert clean_article("\n".join([quoted, *BODY])).headline == ""
    # an event's long quoted name closes a headline too, a colon inside it
    event = "Hội thảo quốc tế “Tiếng Nga ở Đông Nam Á: truyền thống và triển vọng”"
    assert clean_article("\n".join([event, *BODY])).headline == event


def test_a_labelled_source_and_a_videos_title_alone_on_their_lines_go() -> None:
    page = "\n".join(
        [HEADLINE, BODY[0], "Nguồn: TTXVN", BODY[1],
         "Video: Hàng cứu trợ của Nga được đưa xuống từ máy bay tại sân bay Nội Bài",
         "Nguồn: spiegel.de", BODY[2]]
    )  # fmt: skip
    assert kept(page) == BODY
    # a video page's own headline stays a headline
    video = "Video: Nga và Việt Nam diễn tập cứu hộ cứu nạn chung tại Hà Nội"
    assert clean_article("\n".join([video, *BODY])).headline == video
    # a sentence that opens with its source, or a video the prose describes, stays
    sourced = "Nguồn: Bộ Công Thương cho biết kim ngạch hai chiều tăng 12% trong năm nay."
    described = "Video: đoạn phim do phía Nga gửi cho thấy máy bay hạ cánh an toàn."
    assert kept("\n".join([HEADLINE, BODY[0], sourced, described])) == [BODY[0], sourced, described]


def test_a_publishers_offer_a_split_copyright_line_and_a_related_posts_box_go() -> None:
    page = "\n".join(
        [EN_HEADLINE, *EN_BODY, "By Tran Linh",
         "Send comments and request more information at feedback@argusmedia.com",
         "Copyright © 2024. Argus Media group . All rights reserved.",
         "Want to learn more about Argus LNG price assessments? Request a free trial of Argus LNG "
         "Daily.", "Request more information", "Related news posts", "Filter by",
         "Japan's Jera signs 20-year LNG offtake deal", "24/09/24", "News"]
    )  # fmt: skip
    assert kept(page) == [EN_BODY[0].split(" - ", 1)[1], EN_BODY[1]]


def test_a_blogs_comment_form_a_timed_byline_and_a_keyword_line_with_a_full_stop_go() -> None:
    page = "\n".join(
        [HEADLINE, "Posted by Written by Vietnam Briefing Reading Time: 5 minutes", *BODY,
         "Từ khóa: Việt Nam, Liên bang Nga, Đối tác chiến lược toàn diện, hợp tác song phương.",
         "Bài viết có hữu ích với bạn không?", "Đọc tiếp",
         "Your email address will not be published. Required fields are marked *",
         "Comment Name * Email * Website",
         "Save my name, email, and website in this browser for the next time I comment."]
    )  # fmt: skip
    assert kept(page) == BODY


def test_a_gallerys_captions_an_embedded_post_and_a_reprint_notice_go() -> None:
    page = "\n".join(
        [HEADLINE, *BODY, "Một số hình ảnh tại lễ tiếp nhận:",
         "Ảnh 1/4: Máy bay Il-76 hạ cánh tại Cảng hàng không quốc tế Nội Bài.",
         "Ảnh 2: Quang cảnh buổi hội đàm.", "JRCC North (@JRCC_Nord) May 13, 2024",
         "pic.twitter.com/xQ2v7LrB1s",
         "When using materials of the site, a hyperlink to valdaiclub.com is required.",
         "Cổng Nhân đạo quốc gia 1400: Nhắn tin UH gửi 1400 để ủng hộ 20.000 đồng cho đồng bào."]
    )  # fmt: skip
    assert kept(page) == BODY
    # a sentence on photographs stays
    photos = "Ảnh chụp từ vệ tinh cho thấy con tàu đã cập cảng Cam Ranh sáng nay."
    assert kept("\n".join([HEADLINE, BODY[0], photos])) == [BODY[0], photos]


def test_a_live_pages_logo_link_text_is_its_header_and_two_reporters_in_places_go() -> None:
    page = "\n".join(
        ["Skip to content", "Sky News - back to home", "Watch Live",
         "Home UK World Politics US Climate Science & Tech Business Travel Videos Weather More",
         "Vietnam and Russia extend their oil venture until 2045",
         STANDFIRST, "Thu Vo in Hanoi and Daniel Graves in Berlin", "May 12, 2025", *EN_BODY,
         "Breaking",
         "Related content: Vietnam's parliament approves restart of Ninh Thuan nuclear plans"]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == "Vietnam and Russia extend their oil venture until 2045"
    assert [line.text for line in result.kept] == [
        STANDFIRST,
        EN_BODY[0].split(" - ", 1)[1],
        EN_BODY[1],
    ]


STANDFIRST = "The extension keeps the Soviet-era joint venture pumping oil for two more decades."


def test_a_flattened_tables_rows_and_a_barred_footer_menu_go_but_not_barred_clauses() -> None:
    table = [
        "Năm | RUB | VND | USD | Khác",
        "2021 | 6% | 3% | 84% | 7%",
        "2022 | 28% | 9% | 55% | 8%",
    ]
    menu = "Contact us | Privacy policy | Advertising"
    # a live update's headline-like line has clauses between its bars, and stays
    clauses = (
        "Lũ lụt miền Trung: 12 người chết, 3 người mất tích | Cập nhật 6h | Hà Tĩnh sơ tán dân"
    )
    page = "\n".join([HEADLINE, BODY[0], *table, BODY[1], clauses, BODY[2], menu])
    assert kept(page) == [BODY[0], BODY[1], clauses, BODY[2]]
    assert {reasons(page)[row] for row in table} == {"html_markup"}
    assert reasons(page)[menu] == "site_chrome"
    # a row of names holds no figure: it stays
    names = "Hà Nội | Moskva | Minsk"
    assert names in kept("\n".join([HEADLINE, BODY[0], names, BODY[1]]))


def test_a_researchers_note_a_views_disclaimer_and_a_rating_widget_go() -> None:
    english = [
        "Vietnam and Russia agreed to expand cooperation in disaster relief on Monday.",
        "Closer cooperation would cost little and could save lives when the next typhoon comes.",
    ]
    tail = [
        "(votes: 11, rating: 4.55)",
        "Rate this article 1 2 3 4 5",
        "Nguyen Van An is a Visiting Fellow in the Vietnam Studies Programme at the Institute.",
        "The Institute accepts no responsibility for facts presented and views expressed. "
        "Responsibility rests exclusively with the individual author or authors.",
    ]
    page = "\n".join(["Disaster cooperation: the next step", *english, *tail])
    assert kept(page) == english
    vietnamese = "\n".join([HEADLINE, *BODY, "Bài viết thể hiện quan điểm riêng của tác giả."])
    assert kept(vietnamese) == BODY
    # a sentence of the news that speaks of views stays
    news = "Ông cho biết các ý kiến trái chiều sẽ được tiếp thu trong dự thảo sửa đổi."
    assert kept("\n".join([HEADLINE, *BODY, news])) == [*BODY, news]


def test_an_english_signature_with_its_date_under_the_headline_and_a_bracketed_update_go() -> None:
    headline = "Vietnam's PV Power, Novatek discuss LNG supply for new power plants"
    lead = (
        "Vietnam's PetroVietnam Power and Russia's largest LNG producer Novatek have discussed "
        "long-term supplies of liquefied natural gas for planned power plants."
    )
    rest = "The talks took place on the sidelines of the Russian Energy Week forum in Moscow."
    page = "\n".join(
        ["LNG Prime", "News Americas Asia Europe Middle East Africa Shipping Events Subscribe",
         "Search", headline, "by LNG Prime Staff | October 17, 2024", lead,
         "(Latest Update October 17, 2024)", rest]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [lead, rest]


def test_a_headline_quoting_an_events_name_under_a_slashed_breadcrumb_is_found() -> None:
    headline = "Hội thảo “Phát triển nguồn nhân lực cho chương trình điện hạt nhân Việt Nam”"
    page = "\n".join(
        ["LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM", "Tiếng Việt | English",
         "Trang chủ Giới thiệu Tin tức - Sự kiện Hội thành viên Hợp tác quốc tế", "Tìm kiếm",
         "Trang chủ / Tin tức - Sự kiện / Hoạt động của các hội thành viên", headline,
         "Cập nhật: 15/01/2025 - 10:12 | Lượt xem: 418",
         "Ngày 14/1, tại Hà Nội, Hội Năng lượng nguyên tử Việt Nam tổ chức hội thảo phát triển "
         "nguồn nhân lực cho chương trình điện hạt nhân Việt Nam.", *BODY[1:]]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert len(result.kept) == 3


@pytest.mark.parametrize(
    "credit",
    ["Reporter: Dewi Kurniasari", "Editor: Bambang Purwanto",
     "Share this article: LinkedIn X Facebook Email", "Share: VK Telegram E-mail",
     "Chia sẻ | In trang | Về đầu trang", "Back Print Email to a friend",
     "Share: VK Facebook X Telegram Viber"],
)  # fmt: skip
def test_labelled_credits_and_share_rows_go_wherever_they_stand(credit: str) -> None:
    assert kept("\n".join([HEADLINE, BODY[0], credit, *BODY[1:]])) == BODY


def test_a_portals_label_under_its_owner_in_capitals_is_header_not_the_headline() -> None:
    headline = "Diễn tập bảo vệ an ninh, an toàn công trình dầu khí trên biển năm 2023"
    page = "\n".join(
        ["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH BÀ RỊA - VŨNG TÀU", "Cổng thông tin điện tử",
         "Trang chủ Giới thiệu Tin tức - Sự kiện Quản lý, bảo vệ biên giới biển Liên hệ",
         "Thứ Sáu, 18/08/2023", "Tin tức - Sự kiện", headline, "18/08/2023 10:05", *BODY]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == BODY


def test_the_reviewers_cases_for_the_new_cleaning_rules_keep_their_prose() -> None:
    # a second reader's counter-examples to the disclaimer, author-note, credit, initials,
    # role-credit and quoted-title rules (2026-11-28)
    english_body = [
        "Vietnam and Russia agreed on Monday to expand cooperation in nuclear energy.",
        "Peskov said the article does not necessarily reflect the views of the Russian "
        "leadership, and the cooperation with Hanoi remains on track.",
        "Reporter: Tell us about the Ninh Thuan project",
        "Alexei Likhachev is the Director General of Rosatom, which builds plants in 12 countries.",
    ]
    for headline in ["The Big Picture: Russia's pivot to Asia and what it means for Hanoi",
                     "Courtesy Call On Russian Ambassador To Vietnam"]:  # fmt: skip
        result = clean_article("\n".join([headline, *english_body]))
        assert result.headline == headline
        assert [line.text for line in result.kept] == english_body
    review = ("Bài viết trên trang RIA Novosti thể hiện quan điểm của tác giả rằng Việt Nam là "
              "đối tác chiến lược quan trọng của Nga.")  # fmt: skip
    fire = "Lực lượng PCCC đã có mặt tại hiện trường ở Q.10. Ngọn lửa được dập tắt sau 30 phút."
    kept_lines = kept("\n".join([HEADLINE, BODY[0], review, fire + " Ảnh: Minh Anh", BODY[1]]))
    assert kept_lines == [BODY[0], review, fire, BODY[1]]
    # a lead closing on a long quotation, on a page with no headline, is no headline
    lead = ("Thủ tướng nhấn mạnh “Việt Nam luôn là người bạn tin cậy và đối tác quan trọng "
            "của Nga”")  # fmt: skip
    assert clean_article("\n".join([lead, *BODY])).headline == ""


def test_a_headline_or_masthead_naming_tp_ho_chi_minh_is_one_sentence() -> None:
    # "TP." before the city's name ends no sentence, so neither the masthead below is a lead
    # nor the headline two sentences
    headline = "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Liên bang Nga tại TP. Hồ Chí Minh"
    lead = ("Chiều 14/3, lãnh đạo tỉnh đã tiếp Tổng Lãnh sự Liên bang Nga tại TP. Hồ Chí Minh và "
            "bàn về hợp tác đào tạo.")  # fmt: skip
    page = "\n".join(
        ["Khoa học phổ thông", "Tạp chí của Liên hiệp các Hội Khoa học và Kỹ thuật TP. Hồ Chí Minh",
         "Thứ Năm, 16/11/2023", "Tìm kiếm", *MENU, headline, "16/11/2023 08:45", lead, *BODY[1:]]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [lead, *BODY[1:]]


def test_a_pages_title_line_over_its_header_gives_way_to_the_headline_below() -> None:
    headline = "Russia's Zarubezhneft Doubles Down On Vietnam Despite Sanctions"
    lead = (
        "Zarubezhneft and PetroVietnam have agreed to jointly explore an offshore block, as "
        "Western sanctions have so far left the Russian projects in Vietnam untouched."
    )
    rest = "The Russian company already holds stakes in two joint ventures in the country."
    page = "\n".join(
        [f"{headline} | OilPrice.com", "Oilprice.com", "Menu", "Premium", "Log in", "Register",
         "Crude Oil 2 hours 68.59 +0.22 +0.32%", "Brent Crude 2 hours 72.19 +0.05 +0.07%",
         "Home Energy Crude Oil", headline, "By Daniel Ostrowski - Dec 10, 2024, 5:00 PM CST",
         lead, rest]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [lead, rest]


@pytest.mark.parametrize("heading", ["Bình luận (2)", "Chia sẻ Facebook Zalo | Bình luận (2)"])
def test_readers_comments_signed_name_colon_under_a_counted_heading_go(heading: str) -> None:
    comments = [
        "Nguyễn Văn Nam: Lực lượng công an làm việc rất nhanh, rất tốt!",
        "Trần Thu: Cần kiểm tra chặt người nước ngoài ở các căn hộ cho thuê.",
    ]
    page = "\n".join([HEADLINE, *BODY, heading, *comments])
    assert kept(page) == BODY
    # an interview's answers under a heading that counts nothing stay
    interview = ["Ông Nguyễn Văn A: Hai bên sẽ mở rộng hợp tác đào tạo.",
                 "Bà Trần Thị B: Chúng tôi sẵn sàng tiếp nhận thêm sinh viên."]  # fmt: skip
    assert kept("\n".join([HEADLINE, *BODY, "Ý kiến", *interview]))[-2:] == interview


def test_a_headline_that_asks_then_answers_is_the_headline_not_the_lead() -> None:
    headline = "Vietnam To Train Nuclear Engineers In Russia? Hanoi's Plan Faces A Budget Test"
    lead = (
        "Vietnam plans to send two hundred engineers to Russian universities over five years, "
        "officials said on Monday, as it revives its nuclear power programme."
    )
    more = "The first group will leave for Moscow in September after a year of language study."
    page = "\n".join(
        ["World Energy Weekly", "Friday, September 20, 2024",
         "Home Energy Asia Europe Markets Opinion", "Energy", headline,
         "By Jane Doe - September 20, 2024", lead, more]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == [lead, more]


def test_a_run_together_menu_with_a_plus_item_is_no_headline() -> None:
    headline = "Khách Nga quay lại Nha Trang: đường bay thẳng tăng, khách sạn tuyển nhân viên"
    page = "\n".join(
        ["Dulichviet", "Khám phá Ẩm thực Lưu trú Sự kiện Xu hướng Dulichviet+ Video E-magazine",
         "Đăng ký nhận bản tin | Tìm kiếm", "Xu hướng", headline, "05/12/2024 - 10:20",
         "Hà Linh", "Chia sẻ Facebook Zalo Sao chép link", *BODY]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == BODY


def test_a_headline_closed_by_a_quotation_after_a_colon_is_no_lead() -> None:
    headline = (
        "Nữ sinh 2007 giành học bổng toàn phần sang Nga học kỹ thuật hạt nhân: "
        '"Năm dự bị tiếng Nga là năm vất vả nhất đời em"'
    )
    page = "\n".join(
        ["aGiadinh", "Đăng nhập",
         "Tin tức Đời sống Mẹ & Bé Giáo dục Gia đình Sức khỏe Ăn ngon Nhà đẹp Giải trí Video",
         "Giáo dục", headline, "Ngọc Mai, Theo Gia đình | 14/08/2025 08:05 AM",
         "Chia sẻ Lưu Bình luận (4)", *BODY]
    )  # fmt: skip
    result = clean_article(page)
    assert result.headline == headline
    assert [line.text for line in result.kept] == BODY


def test_a_section_label_before_an_english_stamp_and_a_bar_breadcrumb_are_header() -> None:
    headline = "Vietnam and Rosatom agree to fast-track talks on the first nuclear plant"
    lead = (
        "Hanoi and Moscow will speed up negotiations on an intergovernmental agreement for the "
        "country's first nuclear power plant, officials said on Monday."
    )
    more = "The plant was first agreed in 2010 but was put on hold in 2016 over its cost."
    stamped = "\n".join(
        ["Energy News Agency", "USD 1.7000 EUR 1.8352 RUB 0.0187", "AZ RU EN",
         "Oil&Gas Materials 14 May 2024 15:42 (UTC +04:00)", headline, lead, more]
    )  # fmt: skip
    crumbed = "\n".join(
        ["Power Weekly", "Sectors Nuclear Renewables Oil & Gas Grid Buyer's Guide Events",
         "Sign in Subscribe", "Home | News | Nuclear", headline, "Jane Doe", "17 January 2025",
         lead, more]
    )  # fmt: skip
    for page in (stamped, crumbed):
        result = clean_article(page)
        assert result.headline == headline
        assert [line.text for line in result.kept] == [lead, more]
    assert clean_article(crumbed).outlet != "Home"


def test_a_standfirst_that_names_a_day_and_an_hour_is_no_stamp() -> None:
    headline = "Vietnam and Rosatom agree to fast-track talks on the first nuclear plant"
    standfirst = (
        "Prime ministers Pham Minh Chinh and Mikhail Mishustin discussed the plant in Hanoi on "
        "14 January at 10:30, as both sides pledged to speed up talks"
    )
    lead = (
        "Hanoi and Moscow will speed up negotiations on an intergovernmental agreement for the "
        "country's first nuclear power plant, officials said on Monday."
    )
    page = "\n".join(
        ["Power Weekly", "Sectors Nuclear Renewables Oil & Gas Grid Events", "Sign in Subscribe",
         "Home | News | Nuclear", headline, standfirst, lead]
    )  # fmt: skip
    assert standfirst in [line.text for line in clean_article(page).kept]
