"""Furniture glued to prose: each rule alone, then all rules on one-line pages.

Every fixture is written here, modelled on the layouts of scraped news pages:
the whole body on one line with credits, links and the author's name glued
into it. Each test checks what is cut and that the prose beside it is kept
character for character.
"""

from __future__ import annotations

import inspect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import cleaning
from helpers.cleaning import CLEANING_RULES, PageState, clean_article, page_lines

S1 = "Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực năng lượng và dầu khí."
S2 = "Bộ trưởng cho biết các dự án chung sẽ được triển khai ngay trong năm tới."
S3 = "Đoàn đại biểu đã thăm một số cơ sở đào tạo nghề tại thành phố."


def run_rule(rule, *lines: str) -> PageState:
    """One rule alone on a page of ``lines`` (after the normalisation every page gets)."""
    page = PageState(page_lines("\n".join(lines)))
    cleaning.strip_html_markup(page)
    rule(page)
    return page


def texts(page: PageState) -> list[str]:
    return [line.text for line in page.lines if line.reason is None]


def cut(page: PageState) -> list[tuple[str, str, str]]:
    return [(r.text, r.reason, r.scope) for r in page.fragments]


def body(result) -> str:
    return " ".join(line.text for line in result.kept)


# --- each rule alone -------------------------------------------------------------------------


#: A photo's caption as flattened pages keep it: one short sentence just before the credit.
CAPTION = "Toàn cảnh buổi hội đàm tại trụ sở Bộ Ngoại giao."


@pytest.mark.parametrize(
    ("line", "credit", "scope"),
    [
        (f"(Ảnh: Minh Tâm/Báo Sáng) {S1}", "(Ảnh: Minh Tâm/Báo Sáng)", "prefix"),
        (f"{S1} {CAPTION} Ảnh: Lê Hà. {S2}", f"{CAPTION} Ảnh: Lê Hà.", "inline"),
        (f"{S1} {CAPTION} Ảnh: Ngọc Lan {S2}", f"{CAPTION} Ảnh: Ngọc Lan", "inline"),
        (f"{S1} {CAPTION} Ảnh: Express Trên đây là hình ảnh mới.",
         f"{CAPTION} Ảnh: Express", "inline"),
        (
            f"{S1} {CAPTION} Ảnh: Hữu Nghĩa - TTXVN Sau đó, hai bên ký kết.",
            f"{CAPTION} Ảnh: Hữu Nghĩa - TTXVN",
            "inline",
        ),
        (f"{S1} {CAPTION[:-1]} (Ảnh: AFP/TTXVN). {S2}", f"{CAPTION[:-1]} (Ảnh: AFP/TTXVN).",
         "inline"),
        (f"{S1[:-1]} (Nguồn: Reuters). {S2}", "(Nguồn: Reuters)", "inline"),
        (f"{S1} {CAPTION} (Nguồn: AFP/TTXVN) {S2}", f"{CAPTION} (Nguồn: AFP/TTXVN)", "inline"),
        (f"Ảnh minh họa. {S1}", "Ảnh minh họa.", "prefix"),
        (f"{S1} Ảnh minh họa. {S2}", "Ảnh minh họa.", "inline"),
        (f"{S1} {CAPTION} Ảnh: Thanh Hà Theo kế hoạch, hai bên gặp lại.",
         f"{CAPTION} Ảnh: Thanh Hà", "inline"),
        # one credit for every photo of the article, a sentence of its own; without a full
        # stop within four words it ends as any credit does, and the prose after it stays
        (f"{S1} Ảnh sử dụng trong bài: Facebook nhân vật. {S2}",
         "Ảnh sử dụng trong bài: Facebook nhân vật.", "inline"),
        (f"{S1} Ảnh sử dụng trong bài: TTXVN {S2}", "Ảnh sử dụng trong bài: TTXVN", "inline"),
    ],
)  # fmt: skip
def test_photo_credit_goes_with_the_caption_sentence_before_it(
    line: str, credit: str, scope: str
) -> None:
    page = run_rule(cleaning.trim_photo_credits, line)
    assert cut(page) == [(credit, "photo_caption", scope)]
    assert texts(page) == [re.sub(r"\s+", " ", line.replace(credit, " ")).strip()]


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Theo ông Nguyễn Văn An (ảnh), hai bên sẽ hợp tác.", "Theo ông Nguyễn Văn An"),
        (f"{S1[:-1]} (Nguồn: Bloomberg). {S2}", S1[:-1]),  # inside a sentence: a fact's source
        (f"{S1} {S2} (Nguồn: TTXVN)", S2),  # after the last sentence: the article's source
    ],
)
def test_a_credit_that_ends_no_caption_keeps_the_sentence_before_it(line: str, prose: str) -> None:
    page = run_rule(cleaning.trim_photo_credits, line)
    assert prose in texts(page)[0]
    assert [removed for removed, _, _ in cut(page) if prose in removed] == []


def test_a_long_sentence_before_a_credit_is_prose_and_stays() -> None:
    long_sentence = " ".join([S1[:-1]] * 5) + "."  # more words than a caption has
    page = run_rule(cleaning.trim_photo_credits, f"{long_sentence} Ảnh: Lê Hà. {S2}")
    assert texts(page) == [f"{long_sentence} {S2}"]


def test_a_caption_line_with_its_credit_goes_whole() -> None:
    caption = "Toàn cảnh buổi hội đàm tại trụ sở Bộ Ngoại giao. Ảnh: Quốc Khánh"
    page = run_rule(cleaning.trim_photo_credits, S1, caption, S2)
    assert texts(page) == [S1, S2]
    assert page.lines[1].reason == "photo_caption"


def test_a_one_sentence_line_that_reports_speech_keeps_it_before_its_credit() -> None:
    said = "Đại diện Đại sứ quán cho biết chuyến thăm góp phần thắt chặt hợp tác giữa hai nước."
    page = run_rule(cleaning.trim_photo_credits, S1, f"{said} Ảnh: Quốc Khánh.", S2)
    assert texts(page) == [S1, said, S2]
    assert cut(page) == [("Ảnh: Quốc Khánh.", "photo_caption", "suffix")]


@pytest.mark.parametrize(
    "credit", ["Ảnh: Nhân vật cung cấp.", "Ảnh: Gia đình cung cấp", "Ảnh: chụp màn hình."]
)
def test_a_credit_that_ends_its_line_goes_whole_whatever_its_case(credit: str) -> None:
    page = run_rule(cleaning.trim_photo_credits, f"{S1} {S2} {credit}")
    assert texts(page) == [f"{S1} {S2}"]
    assert cut(page) == [(credit, "photo_caption", "suffix")]


def test_a_photo_story_of_one_photo_per_line_keeps_every_caption() -> None:
    # each paragraph is a photo's caption, one or two sentences, closed by the credit
    captions = [f"{S1} {S3}", CAPTION, "Đoàn công tác thăm nhà máy lọc dầu ở miền Trung.", S3]
    page = run_rule(cleaning.trim_photo_credits, *(f"{c} Ảnh: Hoàng Hà." for c in captions))
    assert texts(page) == captions
    assert {reason for _, reason, _ in cut(page)} == {"photo_caption"}
    # the same captions between long paragraphs of prose go
    prose = " ".join([S1, S2, S3] * 4)
    page = run_rule(cleaning.trim_photo_credits, prose, f"{CAPTION} Ảnh: Hoàng Hà.", prose)
    assert texts(page) == [prose, prose]


def test_a_paragraph_ending_with_a_credit_keeps_its_prose() -> None:
    # nothing follows the credit: the photo may have had no caption, so no sentence goes
    line = f"{S1} {S2} {S3} (Ảnh: Hải Yến)"
    page = run_rule(cleaning.trim_photo_credits, line)
    assert texts(page) == [f"{S1} {S2} {S3}"]


def test_english_credit_after_the_agency_signoff() -> None:
    prose = "The ministers met on Monday. They signed two agreements. Both sides praised the talks."
    page = run_rule(cleaning.trim_photo_credits, f"{prose} — VNA/VNS Photo Tuấn Minh")
    assert texts(page) == [prose]
    assert cut(page) == [("— VNA/VNS Photo Tuấn Minh", "photo_caption", "suffix")]


def test_english_caption_line_with_its_credit_goes_whole() -> None:
    caption = "The two ministers meet in Hà Nội on Monday. — VNA/VNS Photo Tuấn Minh"
    page = run_rule(cleaning.trim_photo_credits, "The talks went well.", caption, "More text.")
    assert page.lines[1].reason == "photo_caption"


@pytest.mark.parametrize(
    "caption",
    ["Students at the university's research reactor. Picture: The Siberian Times",
     "The station near St Petersburg uses VVER-1200 units. Courtesy Rosatom."],
)  # fmt: skip
def test_english_captions_credited_as_a_picture_or_a_courtesy_go_whole(caption: str) -> None:
    page = run_rule(cleaning.trim_photo_credits, "The talks went well.", caption, "More text.")
    assert page.lines[1].reason == "photo_caption"
    # a courtesy call is prose
    line = "Courtesy calls on the minister followed. The delegation then visited the port."
    assert texts(run_rule(cleaning.trim_photo_credits, line)) == [line]


def test_lower_case_image_in_prose_is_not_a_credit() -> None:
    line = "Triển lãm giới thiệu nhiều bức ảnh: chân dung, phong cảnh và đời sống."
    assert texts(run_rule(cleaning.trim_photo_credits, line)) == [line]


def test_bracketed_link_to_another_article_inside_a_paragraph() -> None:
    link = "[Hai nước ký kết thỏa thuận mới về hợp tác giáo dục]"
    page = run_rule(cleaning.trim_bracketed_links, f"{S1} {link} {S2}")
    assert texts(page) == [f"{S1} {S2}"]
    assert cut(page) == [(link, "related_articles", "inline")]


def test_brackets_inside_a_quote_are_prose() -> None:
    line = 'Ông nói: "Chúng tôi sẽ làm [những việc đã hứa, như giảm thuế] ngay năm nay."'
    assert texts(run_rule(cleaning.trim_bracketed_links, line)) == [line]


def test_link_marker_with_a_teaser_title() -> None:
    page = run_rule(cleaning.trim_link_markers, f"{S1} >> Xem thêm ảnh về chuyến thăm. {S2}")
    assert texts(page) == [f"{S1} {S2}"]
    assert cut(page) == [(">> Xem thêm ảnh về chuyến thăm.", "related_articles", "inline")]


def test_link_marker_before_long_prose_cuts_only_the_marker() -> None:
    prose = " ".join([S1[:-1], "và", S2[:-1], "và", S3])
    page = run_rule(cleaning.trim_link_markers, f">>> {prose}")
    assert texts(page) == [prose]


def test_site_chrome_sentence() -> None:
    chrome = "Mời quý độc giả theo dõi các chương trình đã phát sóng trên trang truyền hình!"
    page = run_rule(cleaning.trim_site_chrome, f"{S1} {chrome}")
    assert texts(page) == [S1]
    assert cut(page) == [(chrome, "site_chrome", "suffix")]


def test_byline_with_a_timestamp_alone_and_glued_to_the_lead() -> None:
    byline = "Minh Châu - Quốc Việt (Đài Phương Nam)-Thứ tư, ngày 15/11/2023 09:12 GMT+7"
    page = run_rule(cleaning.trim_stamped_bylines, byline, f"{byline} {S1}", S2)
    assert page.lines[0].reason == "byline"
    assert texts(page) == [S1, S2]
    assert cut(page) == [(byline, "byline", "prefix")]


def test_a_date_that_the_sentence_goes_on_from_is_prose() -> None:
    line = "Thứ Tư, ngày 15/11/2023, hai bên đã ký biên bản ghi nhớ về hợp tác."
    assert texts(run_rule(cleaning.trim_stamped_bylines, line)) == [line]


def test_bare_time_line() -> None:
    page = run_rule(cleaning.remove_standalone_furniture, "21:17", S1)
    assert page.lines[0].reason == "timestamp"
    assert texts(page) == [S1]


def test_end_mark_inside_a_line_keeps_the_full_stop() -> None:
    page = run_rule(cleaning.trim_end_marks, f"{S1[:-1]}./. {S2}")
    assert texts(page) == [f"{S1} {S2}"]
    assert cut(page) == [("/.", "end_mark", "inline")]


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        ("Hoàng Yến/Đài Tiếng nói", "byline"),
        ("Thùy Linh/Đài PT-Trung tâm Tin", "byline"),
        ("Xem thêm:", "widget_label"),
    ],
)
def test_a_short_tail_after_the_end_mark_is_furniture(tail: str, reason: str) -> None:
    page = run_rule(cleaning.trim_end_marks, f"{S1[:-1]}./. {tail}")
    assert texts(page) == [S1]
    assert sorted(cut(page)) == sorted([(tail, reason, "suffix"), ("/.", "end_mark", "suffix")])


@pytest.mark.parametrize(
    "line",
    [
        f"{S1} (Bài viết chỉ mang tính chất tham khảo, cung cấp nội dung vui cho bạn đọc).",
        f"{S1} *Thông tin trong bài chỉ mang tính tham khảo",
    ],
)
def test_the_sites_disclaimer_on_its_article_goes(line: str) -> None:
    page = run_rule(cleaning.trim_site_chrome, line)
    assert texts(page) == [S1]
    assert [reason for _, reason, _ in cut(page)] == ["site_chrome"]


def test_a_figure_said_to_be_indicative_is_prose() -> None:
    line = f"{S1} Số liệu này chỉ mang tính tham khảo, theo Bộ Tài chính."
    assert texts(run_rule(cleaning.trim_site_chrome, line)) == [line]


def test_a_caption_after_a_quote_closed_before_its_full_stop() -> None:
    quote = "Ông nói: “Hai bên sẽ chung tay thúc đẩy một mô hình tăng trưởng mới”."
    caption = "Chủ tịch nước phát biểu tại phiên họp."
    line = f"{quote} {caption} Ảnh: Nguyễn Khang/TTXVN {S2}"
    page = run_rule(cleaning.trim_photo_credits, line)
    assert texts(page) == [f"{quote} {S2}"]
    assert cut(page) == [(f"{caption} Ảnh: Nguyễn Khang/TTXVN", "photo_caption", "inline")]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (f"{S1} Ảnh minh họa : internet {S2}", "Ảnh minh họa : internet"),
        (f"{S1} Nguồn ảnh sử dụng trong bài: Sina. {S2}", "Nguồn ảnh sử dụng trong bài: Sina."),
    ],
)
def test_credits_without_a_caption_go_alone(line: str, credit: str) -> None:
    page = run_rule(cleaning.trim_photo_credits, line)
    assert cut(page) == [(credit, "photo_caption", "inline")]
    assert texts(page) == [f"{S1} {S2}"]


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        ("Tùng Dương", "byline"),
        ("L.H", "byline"),
        ("Anh Quân (Tổng hợp)", "byline"),
        ("Thu Trang - Minh Đức", "byline"),
        ("Theo Báo Tin Sáng", "agency_signoff"),
        ("TTXVN/Tin Tức", "byline"),
    ],
)
def test_signature_glued_after_the_last_sentence(tail: str, reason: str) -> None:
    page = run_rule(cleaning.trim_trailing_byline, f"{S1} {S2} {tail}")
    assert texts(page) == [f"{S1} {S2}"]
    assert cut(page) == [(tail, reason, "suffix")]


@pytest.mark.parametrize(
    "tail",
    ["Theo đó, hai bên sẽ tiếp tục", "Trong thời gian tới, hai nước sẽ", "Ông cho biết thêm rằng"],
)
def test_an_unfinished_last_sentence_is_not_a_signature(tail: str) -> None:
    line = f"{S1} {tail}"
    assert texts(run_rule(cleaning.trim_trailing_byline, line)) == [line]


def test_every_rule_is_in_the_declared_order() -> None:
    rules = {
        name
        for name, function in inspect.getmembers(cleaning, inspect.isfunction)
        if function.__module__ == cleaning.__name__
        and list(inspect.signature(function).parameters) == ["page"]
    }
    assert rules == {rule.__name__ for rule in CLEANING_RULES}


# --- all rules on whole pages ----------------------------------------------------------------


def test_one_line_page_keeps_its_body_and_loses_only_furniture() -> None:
    headline = "Hai nước thúc đẩy hợp tác năng lượng"
    lead = "Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực năng lượng..."
    body_line = (
        f"{S1} {CAPTION} (Ảnh: Quang Vinh/Báo Mới) {S2} [Hai nước ký thỏa thuận về giáo dục nghề] "
        f"{S3[:-1]}./. Tùng Dương"
    )
    result = clean_article("\n".join([headline, lead, body_line]))
    assert result.headline == headline
    assert kept_texts_equal(result, [f"{S1} {S2} {S3}"])
    assert not result.truncated
    reasons = [(r.reason, r.scope) for r in result.removed]
    assert ("duplicate_line", "line") in reasons  # the lead repeats the body's start
    assert ("byline", "suffix") in reasons


def kept_texts_equal(result, expected: list[str]) -> bool:
    return [line.text for line in result.kept] == expected


def test_one_line_page_cut_off_by_the_scraper_keeps_everything() -> None:
    headline = "Hai nước thúc đẩy hợp tác năng lượng"
    body_line = f"{S1} {S2} Trong thời gian tới, hai bên sẽ tiếp tục"
    result = clean_article("\n".join([headline, body_line]))
    assert body(result) == body_line
    assert result.truncated


# --- property: prose comes out whole ---------------------------------------------------------

WORDS = (
    "hợp tác phát triển kinh tế giáo dục năng lượng quan hệ hai nước nhất trí tăng cường "
    "triển khai dự án chương trình đào tạo nghiên cứu khoa học công nghệ an ninh quốc phòng "
    "thúc đẩy trao đổi đoàn cấp cao thời gian tới mở rộng lĩnh vực đầu tư thương mại"
).split()
OPENERS = ["Hai", "Các", "Trong", "Đồng thời,", "Ngoài ra,", "Phía", "Đoàn", "Bộ"]
NAMES = ["Minh", "Hoàng", "Thu", "Lan", "Quốc", "Hải", "Ngọc", "Anh", "Trung", "Việt"]

sentence = st.builds(
    lambda opener, words, end: " ".join([opener, *words]) + end,
    st.sampled_from(OPENERS),
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=14),
    st.sampled_from([".", ".", "!", "?"]),
)
name = st.lists(st.sampled_from(NAMES), min_size=1, max_size=3).map(" ".join)
title = st.lists(st.sampled_from(WORDS), min_size=4, max_size=10).map(
    lambda w: " ".join(w).capitalize()
)
glued = st.one_of(
    name.map(lambda n: f"{CAPTION} (Ảnh: {n})"),
    name.map(lambda n: f"{CAPTION} Ảnh: {n}."),
    name.map(lambda n: f"{CAPTION} (Nguồn: {n}/TTXVN)"),
    title.map(lambda t: f"[{t}]"),
    title.map(lambda t: f">> {t}."),
    st.just("Mời quý độc giả theo dõi chương trình trên trang của đài!"),
)
signature = st.one_of(name, name.map(lambda n: f"Theo {n}"), name.map(lambda n: f"{n} (TTXVN)"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(sentence, st.one_of(st.none(), glued)), min_size=1, max_size=8),
    st.one_of(st.none(), signature),
    st.booleans(),
)
def test_random_prose_with_random_furniture_glued_on_comes_out_whole(
    pieces: list[tuple[str, str | None]], tail: str | None, with_end_mark: bool
) -> None:
    prose = [text for text, _ in pieces]
    line = " ".join(f"{furniture} {text}" if furniture else text for text, furniture in pieces)
    if with_end_mark and line.endswith("."):
        line += "/."
    if tail:
        line += f" {tail}"
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", line]))
    # every caption goes, or, on a photo story (captions outweighing the prose), every one stays
    with_captions = " ".join(
        f"{CAPTION} {text}" if furniture and furniture.startswith(CAPTION) else text
        for text, furniture in pieces
    )
    assert body(result) in {" ".join(prose), with_captions}


@pytest.mark.parametrize(
    "line",
    [
        # a figure and its source: the sentence is the story's, not a caption
        f"Kim ngạch thương mại tăng 22%. (Nguồn: Tổng cục Hải quan) {S2}",
        # a sentence that carries the story on, or reports speech, is no caption
        f"{S1} Tuy nhiên, hai bên chưa ký hợp đồng. Ảnh: TTXVN {S2}",
        f"{S1} Bộ trưởng cho biết hai bên sẽ ký hợp đồng. Ảnh: TTXVN {S2}",
        # an illustration is a stock photo without a caption
        f"{S1} Hai bên chưa ký hợp đồng. Ảnh minh họa: Getty {S2}",
    ],
)
def test_a_sentence_before_a_credit_that_is_no_caption_stays(line: str) -> None:
    page = run_rule(cleaning.trim_photo_credits, line)
    kept = texts(page)[0]
    assert "tăng 22%" in kept or "chưa ký" in kept or "cho biết" in kept
    assert all(len(text.split()) <= 6 for text, _, _ in cut(page))  # only the credit went


def test_an_abbreviation_does_not_cut_a_caption_short() -> None:
    caption = "Quang cảnh hội nghị tại TP. Hồ Chí Minh."
    page = run_rule(cleaning.trim_photo_credits, f"{S1} {caption} Ảnh: Minh Đức {S2}")
    assert texts(page) == [f"{S1} {S2}"]


def test_the_source_at_the_end_of_an_article_is_a_signoff_not_a_photo_credit() -> None:
    # on its own line or glued after the last sentence, with a note after the name; a bare
    # "Nguồn:" inside the text may source a figure, and stays
    inside = f"Kim ngạch đạt 4,5 tỷ USD. Nguồn: GSO Trong khi đó, {S1[0].lower()}{S1[1:]}"
    assert body(clean_article(f"Tiêu đề của bài báo về hợp tác\n{inside}")) == inside
    glued = f"{S2} Nguồn: Kiên Giang (ghi)/congluan.vn"
    result = clean_article("\n".join(["Tiêu đề của bài báo về hợp tác", S1, glued]))
    assert body(result) == f"{S1} {S2}"
    assert [(r.text, r.reason) for r in result.removed][-1] == (
        "Nguồn: Kiên Giang (ghi)/congluan.vn",
        "agency_signoff",
    )
    for source in ("VnExpress", "Tổng cục Thống kê"):
        result = clean_article(
            "\n".join(["Tiêu đề của bài báo về hợp tác", S1, f"Nguồn: {source}"])
        )
        assert body(result) == S1
        assert [(r.text, r.reason) for r in result.removed][-1] == (
            f"Nguồn: {source}",
            "agency_signoff",
        )


def test_a_photo_story_keeps_its_captions_and_loses_only_the_credits() -> None:
    # every paragraph a captioned photo, flattened into one line: the captions are the story
    items = [S1, S3, "Đoàn công tác thăm nhà máy lọc dầu ở miền Trung.", CAPTION]
    story = " ".join(f"{text} Ảnh: Quang Hiếu." for text in items)
    page = run_rule(cleaning.trim_photo_credits, story)
    assert texts(page) == [" ".join(items)]
    assert [text for text, _, _ in cut(page)] == ["Ảnh: Quang Hiếu."] * 4
    # one captioned photo in a long article: the caption goes
    article = f"{S1} {S2} {S3} {S1} {S2} {S3} {CAPTION} Ảnh: Quang Hiếu. {S1} {S2}"
    page = run_rule(cleaning.trim_photo_credits, article)
    assert cut(page) == [(f"{CAPTION} Ảnh: Quang Hiếu.", "photo_caption", "inline")]
