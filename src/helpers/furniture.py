"""What page furniture looks like on Vietnamese (and English) news pages.

Patterns and word lists only; ``helpers.cleaning`` decides where they apply.
Every pattern describes a kind of furniture found across news sites (credits,
bylines, stamps, links to other articles, player and share widgets), never
the strings of one corpus.
"""

from __future__ import annotations

import re

from helpers.metadata import VIETNAMESE_MONTH_WORDS

#: Capital letters, Vietnamese ones included, for character classes. Written out: the range
#: "À-Ỹ" once used here holds the lower-case letters too ("à", "đ", "ộ" …).
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper())
_LOWER = "a-z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.islower())
#: An agency or outlet acronym, alone or joined by slashes: TTXVN, VNA/VNS, AFP/TTXVN.
AGENCY = r"[A-ZĐ]{2,8}(?:/[A-ZĐ]{2,8})*"

METADATA_HEADER = re.compile(
    r"^\s*(?P<key>date|published|url|source|author)\s*:?\s+(?P<value>\S+)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: An audio or video player's clock: "0:00", "1:25 / 4:03".
AUDIO_PLAYER = re.compile(
    r"^(?:(?:Nghe\s+(?:đọc\s+)?bài(?:\s+viết)?|Listen(?:\s+to\s+(?:this\s+)?article)?)\s*:?\s*)?"
    r"(?:0{1,2}:00(?::00)?|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)"
    # the reading voice to choose: "… 00:00 / 03:12 Giọng nữ miền Nam"
    r"(?:\s+Giọng\s+(?:nam|nữ)(?:\s+miền\s+(?:Bắc|Nam|Trung))?)?$"
)
#: A bare time of day or date on its own line: "21:17", "10:05 AM", "22/11/2017 22:34".
BARE_TIME = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[-,|]?\s*)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:AM|PM|SA|CH))?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?$",
    re.IGNORECASE,
)
IMAGE_FILENAME = re.compile(
    r"^(?:[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)"  # name.ext
    r"|[a-z0-9]+(?:[-_][a-z0-9]+){3,})$",  # slug-like file name: a-b-c-d-1234-resize
    re.IGNORECASE,
)
URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
#: A link to the source page with its label: "Nguồn QĐND: http://…", "Source: www.…".
SOURCE_LINK = re.compile(
    r"^(?:Nguồn|NGUỒN|Source|Link gốc|Bài gốc|Xem bài gốc)\b[^:]{0,40}:\s*"
    r"(?:https?://|www\.)\S+$"
)
#: An audio or video file's name opening a line, maybe glued to its player's labels:
#: "06022014-name.mp3Phần âm thanh Tải xuống âm thanh".
MEDIA_FILE_LINE = re.compile(
    r"^[\w.-]+\.(?i:mp3|mp4|m4a|wav|ogg|oga|webm|mov)(?![a-z0-9.])[^.!?]{0,60}$"
)
#: An attached document's name on its line: "Thong bao tuyen sinh di hoc tai LB Nga nam 2025.pdf".
DOCUMENT_FILE_LINE = re.compile(r"^[^.!?\n]{0,120}[^\s.]\.(?i:pdf|docx?|xlsx?|pptx?|zip|rar)$")
#: A short label and a link: "Liên kết cố định https://p.dw.com/p/4kQz7", "Permalink: https://…".
LABELLED_URL = re.compile(
    r"^[^\W\d][^.!?:]{0,30}:?\s*(?:https?://|www\.)\S+$"
    # a link label before a bare domain and path: "Direct link: en.kremlin.ru/events/…"
    r"|^(?:Direct link|Permalink|Short link|Link|Đường dẫn|Liên kết)\s*:\s*[\w-]+(?:\.[\w-]+)+/\S*$"
)
#: A flattened table's cell borders at a line's ends: "| Đại sứ …", "… thương mại | |".
TABLE_BORDER_START = re.compile(r"^\s*\|(?:\s*\|)*\s*")
TABLE_BORDER_END = re.compile(r"\s*\|(?:\s*\|)*\s*$")
#: Page controls that carry a count before them: "0 Bình luận", "12 chia sẻ".
COUNTED_LABELS = frozenset({"bình luận", "chia sẻ", "lượt thích", "thích", "comments", "comment",
                            "shares", "likes"})  # fmt: skip
#: An agency's photo credit alone on a line, in any case: "AFP photo", "VNA Photos".
#: News agencies' initials: a site carries their copy under its own masthead, so a lead that
#: names one ("(TTXVN) -") names the source the page reports, kept as the outlet.
NEWS_AGENCY_INITIALS = frozenset(
    "TTXVN VNA VNS AFP AP UPI DPA TASS RIA EFE ANSA PTI KCNA IRNA XINHUA KYODO YONHAP ANTARA "
    "BERNAMA SPUTNIK".split()
)
AGENCY_PHOTO_LINE = re.compile(rf"^{AGENCY}\s+(?i:photos?)\.?$")
#: A line that is a full date and nothing else: "04/06/2024".
BARE_DATE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\.?$")
#: The lines a Vietnamese news site must print in its footer (the press law's masthead: who
#: publishes, the licence, the editor, the right to reprint), and their English equivalents:
#: "Giấy phép số 51/GP-BTTTT …", "Tổng biên tập: …", "Ghi rõ nguồn … khi phát hành lại …",
#: "Editor-in-chief: …". One of them makes a page's tail a footer.
SITE_FOOTER_MASTHEAD = re.compile(
    r"^(?:(?:Phó\s+)?Tổng\s+[Bb]iên\s+[Tt]ập\s*:|Cơ\s+quan\s+chủ\s+quản\s*:"
    r"|Chịu\s+trách\s+nhiệm(?:\s+[^\W\d]+){0,4}\s*:|Giấy\s+phép\s+(?:[^\W\d]+\s+){0,14}số\s+"
    r"[\d/.]+\s*/?\s*GP|Số\s+giấy\s+phép\s*:?\s*[\d/.]+\s*/?\s*GP|Bản\s+quyền\s+thuộc\s+(?:về\s+)?|Ghi\s+rõ\s+nguồn\b.{0,60}\bphát\s+hành\s+lại"
    r"|Editor-in-[Cc]hief\s*:|(?:[^.!?:]{1,60}\s[-–]\s)?Licen[cs]e\s+(?:No\.?|number)\s*\d"
    r"|Giấy\s+chứng\s+nhận\s+đăng\s+ký\s+(?:doanh\s+nghiệp|kinh\s+doanh)\b"
    r"|[A-Z][^.!?:]{0,60}\sunder\s+the\s+Ministry\s+of\s[^.!?:]{1,40}$)"
)
#: A site's masthead with its self-description, at the top of a page saved whole: "Báo Đầu tư
#: - Thông tin kinh tế, tài chính", "Hà Nội Mới - Cơ quan của Đảng bộ …", "Tạp chí X | Trang
#: tin …", "Cơ quan Trung ương của Đảng …". The description is the press's own vocabulary:
#: organ, newspaper, news channel.
_ORGAN_OF = (
    r"^(?:(?:Cơ\s+quan\s+(?:(?:Trung\s+ương|ngôn\s+luận|chủ\s+quản|lý\s+luận(?:\s+và\s+chính\s+trị)?)"
    r"\s+)?|Báo\s+|Tạp\s+chí\s+|Trang\s+tin\s+(?:điện\s+tử\s+)?|Cổng\s+thông\s+tin\s+(?:điện\s+tử\s+)?)của\s"
    # "The Official Magazine of Vietnam Chamber of Commerce and Industry (VCCI)"
    r"|(?i:the\s+)?(?i:official)\s+(?i:magazine|newspaper|news\s+(?:site|portal|agency)|website"
    r"|voice|journal|publication|portal)\s+of\s)"
)
_NAME_THEN_DASH = r"^[^\W\d][^.!?:]{0,40}?\s[-–|]\s"
MASTHEAD_TAGLINE = re.compile(
    rf"{_ORGAN_OF}"
    rf"|{_NAME_THEN_DASH}(?:(?:Cơ\s+quan|Báo|Tạp\s+chí|Trang\s+(?:thông\s+)?tin"
    r"|Kênh\s+thông\s+tin"
    r"|Cổng\s+thông\s+tin|Tiếng\s+nói|Diễn\s+đàn|Thông\s+tin|Tin\s+tức"
    # "Báo điện tử VnExpress - Thuộc Bộ Khoa học và Công nghệ": whose paper it is
    r"|Thuộc\s+(?:Bộ|Ủy\s+ban|Uỷ\s+ban|Tổng|Thông\s+tấn|Đài|Trung\s+ương|Hội|Liên\s+hiệp))\b"
    r"|(?i:the\s+)?(?i:news|latest|daily|voice|official|online)\b"
    # the logo's link text: "Sky News - back to home", "Báo X - về trang chủ"
    r"|(?i:back\s+to\s+home(?:page)?|về\s+trang\s+chủ)\s*$)"
)
#: The site's self-description in the press's own words, never a headline: "Cơ quan của Bộ …",
#: "Báo của Đảng …", "BÁO ĐẦU TƯ - Cơ quan của …", "PetroTimes - Tạp chí điện tử …" (not the
#: English "– the latest …" that ``MASTHEAD_TAGLINE`` also reads as a header sign).
MASTHEAD_SELF_DESCRIPTION = re.compile(
    rf"{_ORGAN_OF}"
    rf"|{_NAME_THEN_DASH}(?:Cơ\s+quan|Báo\s+điện\s+tử|Tạp\s+chí|Trang\s+(?:thông\s+)?tin"
    r"|Cổng\s+thông\s+tin|Kênh\s+thông\s+tin)\b"
)
#: A government portal's label alone on its line, maybe with its owner's name: "Cổng thông tin
#: điện tử", "Trang thông tin điện tử Bộ Chỉ huy Quân sự tỉnh".
PORTAL_LABEL = re.compile(
    r"^(?:Cổng|CỔNG|Trang|TRANG) (?:thông tin|THÔNG TIN) (?:điện tử|ĐIỆN TỬ)"
    r"(?: (?:tổng hợp|TỔNG HỢP))?(?:\s+[A-ZĐ][^.!?]{0,60})?$"
)
#: A footer's contact lines ("Tòa soạn: …", "Điện thoại: …", "Email: …"): two of them, or one
#: with a masthead line, make a page's tail a footer; an address alone may be the article's.
SITE_FOOTER_CONTACT = re.compile(
    r"^(?:Tòa\s+soạn\s*:|Trụ\s+sở(?:\s+chính)?\s*:|Địa\s+chỉ(?:\s+tòa\s+soạn)?\s*:"
    r"|Điện\s+thoại\s*:|Đường\s+dây\s+nóng\s*:|Fax\s*:|E-?mail\s*:|Hotline\s*:"
    r"|Liên\s+hệ\s+quảng\s+cáo\b|Address\s*:|Tel\s*:)"
)
#: A copyright or reprint notice among a footer's lines: "Cấm sao chép dưới mọi hình thức …",
#: "Mọi hình thức sao chép phải được …", "The content of the website … is copyrighted."
COPYRIGHT_NOTICE = re.compile(
    r"(?i:sao\s+chép|phát\s+hành\s+lại|bản\s+quyền|copyright|all\s+rights\s+reserved"
    r"|reproduc)"
)
#: A breadcrumb: "Trang chủ > Tin tức > Thời sự", "Thế giới » Châu Á".
BREADCRUMB = re.compile(r"^[^\W\d]+(?: [^\W\d]+){0,2}(?: [>»›] [^\W\d]+(?: [^\W\d]+){0,2}){2,5}$")
#: What separates a breadcrumb's items: "Tin tức › Hoạt động", "Home > World".
BREADCRUMB_SEPARATOR = re.compile(r"\s[>»›]\s")
#: A breadcrumb whose items a converter set apart by slashes, or from the home page by spaces
#: only: "Kinh doanh / Xuất nhập khẩu", "Home / News", "Trang chủ Mặt trận Đối ngoại nhân dân".
HOME_BREADCRUMB = re.compile(
    r"^(?:Trang chủ|Trang nhất)(?:\s+[^\W\d][\w&-]*){1,8}$"
    # "Home Exploration & Production": capitalised items, no small word of a headline
    r"|^Home(?:\s+(?!(?:And|Of|For|The|With|On|As|At|By|From|Is|Are|Will|To|In)\b)[A-Z][a-z]*"
    r"|\s+&){1,4}$"
    # items of one to four words, a section's own dash allowed: "Kinh tế / Nông nghiệp - Nông thôn"
    rf"|^[{_UPPER}]\w*(?:\s(?:\w+|[-–])){{0,5}}(?:\s/\s[{_UPPER}]\w*(?:\s(?:\w+|[-–])){{0,5}}){{1,4}}$"
    # from the home page, items of any length, set apart by slashes or bars: "Trang chủ / Tin
    # tức - Sự kiện / Hoạt động của các hội thành viên", "Home | News | Nuclear"
    r"|^(?:Trang chủ|Trang nhất|Home)(?:\s/\s[^/.!?]{1,60}){1,5}$"
    r"|^(?:Trang chủ|Trang nhất|Home)(?:\s\|\s[^|.!?]{1,40}){1,4}$"
)
#: The site's name in a removed masthead ("BÁO ĐẦU TƯ - Cơ quan của Bộ …" → "BÁO ĐẦU TƯ") or in
#: a footer's copyright ("© Bản quyền thuộc về Báo Hà Nội Mới." → "Báo Hà Nội Mới").
MASTHEAD_NAME = re.compile(r"^(?P<name>[^\W\d][^.!?:|]{1,40}?)\s+[-–|]\s")
_OUTLET_NAME = rf"(?:Báo|Tạp chí|[{_UPPER}])(?:[^.,;|©\n]|\.(?=\S)){{1,40}}?"
COPYRIGHT_NAME = re.compile(
    rf"[Bb]ản\s+quyền\s+(?:thuộc\s+)?(?:về\s+)?(?P<owner>{_OUTLET_NAME})\s*(?:[.,;|](?:\s|$)|$)"
    rf"|(?:©|Copyright)\s*(?:Copyright\s+)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*[-–]?\s+)?"
    rf"(?!Bản\s+quyền|All\s+rights|Công\s+ty)(?P<name>{_OUTLET_NAME})"
    # the year may follow the name: "Copyright© Mediacorp 2025."
    rf"(?:\s+\d{{4}}(?:\s*[-–]\s*\d{{4}})?)?\s*(?:[.,;|](?:\s|$)|$)"
)
#: A header's weather or market widget: "Nha Trang 27°C Mưa rào", "VN-Index 1.312,40 +5,31
#: (+0,41%) | HNX-Index 221,85".
WEATHER_OR_TICKER = re.compile(
    r"^(?:[^\W\d][\w ]{0,25}\s)?-?\d{1,2}\s*°\s*C\b[^.!?]{0,30}$"
    # several cities' readings: "Hà Nội 29°C TP. Hồ Chí Minh 33°C"
    r"|^(?:[^\W\d][\w .]{0,25}?\s-?\d{1,2}\s*°\s*C\s*){2,}$"
    # the weather run into a ticker by a bar: "Thủ Dầu Một 34°C Nắng nóng | Giá vàng SJC: …"
    r"|^(?:[^\W\d][\w ]{0,25}\s)?-?\d{1,2}\s*°\s*C\b[^|.!?]{0,30}\|.{0,120}$"
    r"|^[\w-]+\s+[\d.,]+\s+[+-][\d.,]+.{0,20}\|\s*[\w-]+\s+[\d.,]+"
    # two quotes or more, each a name, a price, a change and maybe its percentage: "VN-Index
    # 1.242,58 ▲ 3,21 (0,26%) HNX-Index 224,19 ▲ 0,85 (0,38%)", "PVS 34,90 +0,95 (+2,80%) PVD …"
    r"|^(?:[^\W\d][\w-]*\s+[\d.,]+\s*[▲▼↑↓+-]\s*[\d.,]+\s*(?:\([+-]?[\d.,]+\s*%\))?\s*){2,}$"
    # readings set apart by bars, each a label, a colon and a figure: "Mực nước sông Cầu tại Đáp
    # Cầu: 4,12 m | Sông Thương tại Phủ Lạng Thương: 4,85 m | …", "Vàng SJC: 84,5 | USD: 25.450"
    r"|^[^|:]{2,50}:\s*[\d.,]+[^|]{0,30}(?:\|\s*[^|:]{2,50}:\s*[\d.,]+[^|]{0,30}){1,}(?<![.!?])$"
)
#: What opens a site's name on a line of its own: "Báo Nông nghiệp Việt Nam", "Tạp chí Khoa học &
#: Phát triển" (``cleaning.is_site_name_line`` reads the rest).
SITE_NAME_OPENING = re.compile(
    r"^(?:Báo|Thời báo|Tuần báo|Nhật báo|Tạp chí(?: điện tử)?|Trang tin|Trang thông tin điện tử"
    r"|Cổng thông tin điện tử"
    # a broadcaster: "Đài Phát thanh và Truyền hình Hà Nội", "Đài Tiếng nói Việt Nam"
    r"|Đài (?:Phát thanh(?: và| -|,)? )?Truyền hình|Đài Phát thanh|Đài Tiếng nói)\s+"
)
#: An image in markdown left by a converter: "![](…)", "![alt](https://…) |".
MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$")
#: A note that the article ran in print, alone on its line: "(Bài đăng trên Nhịp Cầu Đầu Tư số
#: 853 ra ngày 01/07/2024)", "(Bài viết đăng trên ấn phẩm Tạp chí Kinh tế Việt Nam số 25-2024)",
#: "A version of this article appeared in print on March 5, 2024". In Vietnamese only in
#: brackets: "Bài đăng trên báo Nhân Dân cho biết …" opens a sentence.
PRINT_EDITION_NOTE = re.compile(
    r"^[(\[]\s*Bài (?:viết )?(?:được )?(?:đăng|in) (?:trên|tại|trong)\s[^()\[\]]{3,150}[)\]]\.?$"
    r"|^[(\[]?(?:A version of )?[Tt]his (?:article|story) (?:first |originally )?appeared in"
    r"\b[^.!?]{3,150}[.)\]]?$"
)
#: A publisher's disclaimer on the author's views, alone on its line: "Bài viết thể hiện quan
#: điểm riêng của tác giả", "The views expressed are the author's own", "… do not necessarily
#: reflect the views of …", "ISEAS … accepts no responsibility for facts presented and views
#: expressed". An article quoting such a line would go on to its news in the same line.
VIEWS_DISCLAIMER = re.compile(
    r"^[(\[*]?\s*(?:Bài viết|Nội dung bài viết|Các quan điểm|Quan điểm)"
    r"(?: này| trong bài(?: viết)?)? (?:thể hiện|là|phản ánh) (?:quan điểm|ý kiến) (?:riêng )?"
    r"của (?:tác giả|người viết)"
    r"(?:\s*[.)\]*]*$|, không nhất thiết [^!?]{0,120}$)"
    r"|^[(\[*]?\s*(?:The )?(?:views|opinions) expressed\b[^!?]{0,40}\b(?:are|is) (?:those of "
    r"the (?:author|writer)s?|the (?:author|writer)s?'?s?'? own)[^!?]{0,160}$"
    # a site's notice on its members' or authors' views: "Views expressed are of individual
    # Members …"
    r"|^Views expressed (?:in this (?:article|commentary|piece) )?are (?:of|those of)\b.{0,160}$"
    r"|^[(\[*]?\s*(?:The |These |Any )?(?:views|opinions|content)(?: expressed)?[^.!?]{0,60}"
    r"\b(?:do|does) not necessarily (?:reflect|represent) the (?:views?|positions?"
    r"|opinions?)\b[^!?]{0,120}$"
    r"|^[^.!?]{0,80}\baccepts? no responsibility for (?:the )?(?:facts|views|content)[^!?]{0,300}$"
)
#: A rating widget: "(votes: 11, rating: 4.55)", "Rate this article 1 2 3 4 5", "Đánh giá bài
#: viết: 1 2 3 4 5".
RATING_WIDGET = re.compile(
    r"^\(?\s*(?:votes?|ratings?|lượt bình chọn|lượt đánh giá)\s*:\s*[\d.,]+"
    r"(?:\s*[,;|]\s*(?:votes?|ratings?|điểm)\s*:\s*[\d.,]+)*\s*\)?$"
    r"|^(?:Rate this (?:article|story|post)|Đánh giá bài viết|Bình chọn bài viết)\s*:?"
    r"(?:\s+\d){0,10}$",
    re.IGNORECASE,
)
#: The site's hotline banner: "HOTLINE: 0903.343.439 - … ĐẶT MUA BÁO".
HOTLINE = re.compile(r"^\W*HOTLINE\b[^0-9]{0,20}\d[\d .-]{7,}")
#: The article's tag list: "Từ khóa: viện trợ Nga, lũ lụt Huế", "Tags: Nga, Việt Nam".
TAG_LIST = re.compile(
    r"^(?:Từ khóa|Từ khoá|TỪ KHÓA|Thẻ|Tags?|TAGS?|Keywords?|Filed under|Dòng sự kiện"
    r"|Categor(?:y|ies)|Countries|Topics)"
    r"\s*:\s*"
    # a journal's keyword line may close with a full stop ("Từ khóa: Việt Nam, Liên bang Nga.")
    r"(?:[^.!?]|\.(?=\S)){1,200}\.?$"
)
#: Hashtags alone on a line, three or more: "#tìm kiếm cứu nạn #Vietnam MRCC #vận tải biển"
#: ("#MeToo, #TimesUp và #BlackLivesMatter lan rộng" is a sub-heading: no comma, no "và").
HASHTAG_LIST = re.compile(
    r"^(?!.*(?:,|\svà\s|\sand\s))#[^\W\d][^#.!?]{0,40}(?:#[^\W\d][^#.!?]{0,40}){2,12}$"
)
#: A tag list whose label has lost its colon ("Từ khóa Phạm Tuân vũ trụ"): only read after the
#: last sentence, where no sub-heading stands.
TAG_LIST_WITHOUT_COLON = re.compile(
    r"^(?:Từ khóa|Từ khoá|TỪ KHÓA|Tags?|TAGS?|Keywords?)\s+(?!của\b|of\b)[^.!?,;:]{1,120}$"
)
#: The heading of a page's comment section ("Bình luận (2)", "Ý kiến bạn đọc", "Comments"),
#: compared without its count.
COMMENT_HEADINGS = frozenset(
    {"bình luận", "gửi bình luận", "viết bình luận", "bình luận của bạn", "ý kiến bạn đọc",
     "ý kiến", "ý kiến của bạn", "gửi ý kiến", "comments", "comment", "leave a comment"}
)  # fmt: skip
#: A reader's comment signed with the reader's name before a colon: "Nguyễn Thị Lan: Tự hào về …",
#: "Trần Minh: Cho hỏi …" (two to four capitalised words).
COMMENT_BY_NAME = re.compile(rf"^[{_UPPER}][^\W\d_]+(?: [{_UPPER}][^\W\d_]+){{1,3}}:\s+\S")
#: A reader's comment's signature or controls: "Trần Văn Hùng - 27/10/2020 15:20", "Thích ·
#: Trả lời · 2 giờ trước", "Like · Reply · 3 hours ago".
COMMENT_META = re.compile(
    r"^[^\W\d][^\d\n]{1,40}\s[-–|·]\s*\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}$"
    r"|(?i:\b(?:thích|like)\b.{0,10}\b(?:trả\s+lời|reply)\b)"
    r"|(?i:\b\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước\b)"
    r"|(?i:\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b)"
)
#: A site's name in capitals: a one- to three-word line, or one with the press's vocabulary
#: ("TUỔI TRẺ ONLINE", "BÁO ĐIỆN TỬ CHÍNH PHỦ", "THE DIPLOMAT").
SITE_NAME_CAPS = re.compile(
    r"^\W*\w+(?:\W+\w+){0,2}\W*$|\b(?:BÁO|TẠP CHÍ|ĐIỆN TỬ|THÔNG TẤN|ONLINE|NEWS|TIMES|TV|ĐÀI"
    r"|POST|DAILY|TRANG TIN|CỔNG THÔNG TIN)\b"
)
#: A newsletter or channel prompt, whole line: "Đăng ký nhận bản tin X qua email", "Đăng ký
#: kênh Telegram của X", "Subscribe to our newsletter" (not "Đăng ký nhận tin cảnh báo thiên tai
#: được thực hiện bằng cách …", a sentence: ``cleaning.is_prompt_line`` wants no sentence end).
NEWSLETTER_PROMPT = re.compile(
    r"^(?:Đăng\s+ký\s+(?:nhận\s+(?:bản\s+)?tin(?!\s+nhắn)|kênh\b|theo\s+dõi\b)"
    r"|Nhận\s+bản\s+tin\b"
    r"|(?:Subscribe|Sign\s+up)\s+(?:to|for)\b"
    # "Tải app Dân Việt để đọc tin nhanh hơn", "Tải ứng dụng Báo X trên App Store" (not a
    # sub-heading such as "Tải app ngân hàng vẫn gặp khó")
    rf"|Tải\s+(?:app|ứng\s+dụng)\s+[{_UPPER}].{{0,40}}?"
    r"(?:\sđể\s+(?:đọc|xem|nhận|theo\s+dõi)\b|App\s+Store|Google\s+Play)"
    # the author's name may stand before the follow prompt: "Minh An - Theo dõi Báo X trên …"
    rf"|(?:[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*){{0,3}}\s+[-–]\s+)?"
    rf"(?:Theo\s+dõi|Follow)\s+[{_UPPER}].{{0,40}}\s(?:trên|on)\s+(?:Google\s+News|Facebook|Zalo|YouTube"
    r"|TikTok|Telegram|X|Twitter)\s*$"
    r"|Get\s+(?:the|our)\s.{0,40}(?:stories|news|newsletter).{0,30}inbox"
    # an alerts prompt ("Get WhatsApp alerts from CNA: Stay updated …") and a bare follow
    # prompt over the site's icons ("Follow Al Jazeera English:")
    rf"|Get\s+(?:[{_UPPER}]\w*\s+)?(?:alerts|notifications|updates)\s+(?:from|on)\s"
    rf"|(?:Theo\s+dõi|Follow)\s+[{_UPPER}][^.!?:]{{0,40}}:\s*$"
    # a newsletter's pitch: "Receive essential international news every morning"
    r"|(?:Receive|Get)\s[^.!?]{0,50}\b(?:news|stories|headlines|briefing)\b[^.!?]{0,20}"
    r"\b(?:every\s+(?:morning|day|evening|week)|daily|weekly)\s*$)"
)
#: A messaging channel's pitch, a sentence or not: "Join ST's WhatsApp Channel and get the latest
#: news and must-reads.", "Tham gia kênh Zalo của Báo X để nhận tin nhanh nhất".
CHANNEL_PROMPT = re.compile(
    # the site's own channel ("our", "ST's"), no clause after a comma: "Join our Telegram group,
    # the scammers told her …" is a report
    r"^Join\s+(?:our|the|[A-Z][\w.&-]*(?:'s|’s))\s[^.!?,]{0,30}?\b(?:WhatsApp|Telegram|Zalo"
    r"|Viber|LINE)\s*(?:[Cc]hannel|[Gg]roup|[Cc]ommunity)\b[^!?,]{0,80}$"
    # "Tham gia kênh Zalo của Báo X để nhận tin …", not "Tham gia nhóm Telegram do đối tượng lập,
    # bà H. bị …"
    r"|^Tham gia\s+(?:kênh|nhóm|cộng đồng)\s+(?:WhatsApp|Telegram|Zalo|Viber)\s+(?:của\s+)?"
    r"(?:Báo|Tạp chí|Đài|[A-Z][\w-]*\.(?:vn|com|net))\b[^!?,]{0,80}$"
)
#: A line of topic links under an article: "See more on Singapore-Indonesia relations Vivian
#: Balakrishnan Energy Defence".
TOPIC_LINKS = re.compile(r"^See more on\s[^.!?]{3,150}$")
#: The comment box's own lines, not a comment: "Bạn còn 500/500 ký tự", "Hãy là người đầu tiên
#: bình luận", "Bình luận của bạn sẽ được biên tập trước khi đăng", "Xin vui lòng gõ tiếng Việt
#: có dấu", "Báo X có quyền biên tập ý kiến", "Be the first to comment".
COMMENT_FORM = re.compile(
    r"(?i:\bbạn\s+còn\s+\d+\s*/\s*\d+\s+ký\s+tự"
    r"|\bhãy\s+là\s+người\s+đầu\s+tiên\s+bình\s+luận"
    r"|\b(?:bình\s+luận|ý\s+kiến)\b.{0,30}\b(?:sẽ\s+)?được\s+(?:biên\s+tập|kiểm\s+duyệt|duyệt)"
    r"\s+trước\s+khi\s+(?:đăng|hiển\s+thị)"
    r"|\b(?:gõ|viết|gửi)\b.{0,30}\btiếng\s+Việt\s+có\s+dấu"
    r"|\bcó\s+quyền\s+biên\s+tập\s+(?:ý\s+kiến|bình\s+luận)"
    r"|\bbe\s+the\s+first\s+to\s+comment)"
)
#: A cookie notice: the site uses cookies, for the reader's experience, consent or policy.
COOKIE_NOTICE = re.compile(
    # maybe after a line on privacy: "We value your privacy. We and our partners use cookies …"
    r"(?i:^(?:(?:we\s+value\s+your\s+privacy|your\s+privacy(?:\s+matters|\s+is\s+important"
    r"(?:\s+to\s+us)?)?|chúng\s+tôi\s+tôn\s+trọng\s+quyền\s+riêng\s+tư(?:\s+của\s+bạn)?)[.!:]?\s+)?"
    r"(?:this\s+|our\s+)?(?:website|trang\s+web|chúng\s+tôi|we|site)"
    # "We and our partners use cookies …", "Chúng tôi và các đối tác sử dụng cookie …"
    r"(?:\s+(?:and|và)\s+(?:our|các)\s+(?:partners|vendors|đối\s+tác))?\s+(?:này\s+)?"
    r"(?:sử\s+dụng|dùng|uses?)\s+cookies?\b.*\b(?:trải\s+nghiệm|đồng\s+ý|chấp\s+nhận"
    r"|chính\s+sách|experience|agree|accept|policy|clicking)\b)"
)
#: A cookie notice may run long (purposes, partners, "By clicking …"); it is one all the same.
MAX_COOKIE_NOTICE_WORDS = 90
#: A reading-time note alone on its line: "3 phút đọc", "5 min read".
READING_TIME = re.compile(r"^\d{1,3}\s*(?:phút\s+đọc|min(?:ute)?s?\s+read)$", re.IGNORECASE)
#: A tag list's label alone on its line, the tags on the lines under it.
TAG_LABEL_LINE = re.compile(
    r"^(?:Từ khóa|Từ khoá|TỪ KHÓA|Tags?|TAGS?|Keywords?|Topics|Persons|Geography)\s*:?$"
)
#: Share buttons' networks: a control beside a share or print label on one row, but alone on a
#: line an item of a list ("Các nền tảng bị phạt gồm" / "Facebook" / "Zalo").
SHARE_NETWORKS = frozenset(
    {"facebook", "twitter", "zalo", "linkedin", "telegram", "messenger", "whatsapp", "email",
     "e-mail", "e mail", "youtube", "tiktok", "pinterest", "reddit", "x", "vk", "vkontakte",
     "flipboard", "ok", "odnoklassniki", "viber", "wechat", "weibo", "вконтакте",
     "одноклассники"}
)  # fmt: skip
#: A share box's label alone on its line, the buttons on the lines under it.
SHARE_LABEL_LINE = re.compile(
    r"^(?:Chia sẻ|CHIA SẺ|Chia sẻ bài viết|Share|SHARE|Share this(?: article| story)?"
    r"|You can share this (?:article|story)(?: on social media)?)\s*:?$"
)
#: One hashtag alone on a line ("#Rosatom", "#điện hạt nhân Ninh Thuận 1").
HASHTAG_ITEM = re.compile(r"^#[^\W\d_][^#.!?,]{0,40}$")
#: Hashtags only: "#Nga #học bổng #tiếng Nga".
HASHTAG_LINE = re.compile(r"^#[^#.!?,]{1,40}(?:\s#[^#.!?,]{1,40}){2,}$")
#: An image's alt text that numbers it: "<headline> - Ảnh 1.", "Hình 2", "Photo 3".
NUMBERED_IMAGE_LABEL = re.compile(
    r"(?:^|\s[-–—]\s*)(?:Ảnh|ảnh|Hình|hình|Photo|Image)\s+\d{1,2}\.?$|\sảnh\s+\d{1,2}$"
)
#: A gallery's numbered caption or its heading, alone on its line: "Ảnh 1: Thiếu tướng … hội đàm
#: với …", "Ảnh 2/4: Đại diện hai bên ký biên bản …", "Photo 3 - …", "Một số hình ảnh tại lễ
#: tiếp nhận:".
GALLERY_CAPTION = re.compile(
    r"^(?:(?:Ảnh|ẢNH|Hình|HÌNH|Photo|PHOTO|Image)\s*\d{1,2}(?:\s*/\s*\d{1,2})?\s*[:.\-–—]\s*\S"
    r"|(?:Một số|Những|Một vài|Some)\s+(?:hình ảnh|photos|images|pictures)\b[^.!?]{0,80}:$)"
)
#: An embedded post's parts: the link to its picture and its signature ("pic.twitter.com/xQ2v7",
#: "JRCC North (@JRCC_Nord) May 13, 2024").
EMBEDDED_POST_PART = re.compile(
    r"^(?:pic\.twitter\.com/\S+|[^()\n]{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4})$"
)
#: A site's notice on reprinting: "When using materials of the site, a hyperlink to
#: valdaiclub.com is required.", "Any use of information published on this site requires a
#: hyperlink to interfax.com." (its notice on authors' views is a ``VIEWS_DISCLAIMER``).
REPRINT_NOTICE = re.compile(
    # a plain "link to" only to an address or "the source": "a rail link to Moscow is required"
    # is prose
    r"^(?:.{0,80}\b(?:(?:a\s+)?hyperlink to\s+(?:[\w.-]+\.\w{2,}|[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}"
    r"|the source)|(?:a\s+)?link to\s+(?:[\w.-]+\.\w{2,}|the source))"
    r"\s+is\s+(?:required|mandatory)\b.{0,40}"
    r"|.{0,80}\brequires?\s+a\s+hyperlink to\s+[\w.-]+\.\w{2,}.{0,40})$"
)
#: A site's domain where a dateline's place would be: "VOV.VN", "VnExpress.net".
SITE_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:VN|vn|COM|com|NET|net|ORG|org)")
#: A media player's text for browsers it cannot play in: "Your browser doesn't support HTML5",
#: "Trình duyệt của bạn không hỗ trợ video này".
PLAYER_FALLBACK = re.compile(
    r"^(?:Your browser|This browser|Trình duyệt(?: của bạn)?)\b.{0,40}"
    r"(?:doesn[’']t|does not|không)\s+(?:support|hỗ trợ)\s+(?:the\s+)?"
    r"(?:HTML5|video|audio|âm thanh|phát|thẻ|định dạng|trình phát)[^,;]{0,30}$",
    re.IGNORECASE,
)

#: The label that opens a photo credit. Case matters: "ảnh:" inside a sentence
#: ("bức ảnh: ...") is prose, "Ảnh:" is a credit. "Picture:" and "Courtesy Rosatom" only after a
#: caption's full stop: "The Big Picture: …" and "Courtesy calls …" open prose.
CREDIT_LABEL = re.compile(
    r"(?:^|(?<=[\s(\[\-–—.,;|]))"
    r"(?P<label>(?:Ảnh(?: sử dụng)?(?: trong bài(?: viết)?)?|ẢNH|Hình"
    r"|Nguồn (?:hình )?ảnh(?: sử dụng)?(?: trong bài(?: viết)?)?"
    r"|Đồ họa|Đồ hoạ|Photo(?: [Cc]redit)?|PHOTO|Photograph|Image|Credit)\s*:"
    r"|Ảnh minh (?:họa|hoạ)\s*:?|ẢNH MINH HỌA\s*:?"
    rf"|{AGENCY}\s+Photos?\b:?|Photo\s+by\b"
    r"|(?<=[.!?] )(?:Picture\s*:|(?:Photo )?Courtesy(?: of)?(?= [A-Z])))",
)
#: A credit whose full stop is glued to the next sentence's first word ("TASS.Đây là …"):
#: up to four capitalised words, the last closed by the dot that an upper-then-lower-case word
#: follows. A last word of one to three capitals is an abbreviation ("TP.Hồ Chí Minh"), not a
#: credit's end (checked where it is used).
CREDIT_GLUED_TO_SENTENCE = re.compile(
    rf"^\s*(?:[{_UPPER}][^\s.]*\s+){{0,3}}(?P<last>[{_UPPER}][^\s.]+)\.(?=[{_UPPER}][{_LOWER}])"
)
#: A credit whose last word, an agency's capitals, runs into the next sentence's first word with
#: neither space nor dot ("Ảnh: CATPĐại tá …", "Ảnh: TTXVNHai bên …").
CREDIT_RUN_INTO_SENTENCE = re.compile(
    rf"^\s*(?:[{_UPPER}][^\s]*\s+){{0,3}}(?P<last>[{_UPPER}]{{3,8}})(?=[{_UPPER}][{_LOWER}])"
)
#: A wire's label that opens a caption, not a credit: "FILE PHOTO: Russian rescuers in Bangkok."
CAPTION_LINE_LABEL = re.compile(r"^(?:FILE PHOTO|File photo|FILE IMAGE)\s*[:.–—-]")
#: A photo's caption that shows the scene, alone on its line with no credit: "Toàn cảnh buổi
#: làm việc.", "Quang cảnh buổi hội đàm giữa hai tỉnh." (a headline on the scene has no full
#: stop: "Toàn cảnh vụ các nước Arab 'đóng băng' quan hệ với Qatar").
SCENE_CAPTION = re.compile(
    r"^(?:Toàn cảnh|Quang cảnh)\s(?:buổi|lễ|hội nghị|hội thảo|hội đàm|cuộc|phiên|diễn đàn"
    r"|tọa đàm|toạ đàm|chương trình|sự kiện|lớp|khóa|đoàn|ngày hội)\b[^.!?]{0,120}\.$"
)
#: A scene caption has at most this many words.
MAX_SCENE_CAPTION_WORDS = 16
#: A whole credit in brackets: "(Ảnh: Reuters)", "(Nguồn: AFP)", "(Ảnh minh họa)".
BRACKETED_CREDIT = re.compile(
    r"[(\[](?:Ảnh|ảnh|ẢNH|Nguồn|Source|Photo|Đồ họa|Đồ hoạ|Video|Clip)\b[^()\[\]]{0,80}[)\]]"
)
#: A picture's labels for screen readers, a comma after the label: "Nguồn hình ảnh, Getty Images",
#: "Chụp lại hình ảnh, Ông Putin và ông Tô Lâm …", "Image source, Reuters", "Image caption, …".
ACCESSIBLE_IMAGE_LABEL = re.compile(
    r"^(?:Nguồn hình ảnh|Nguồn ảnh|Chụp lại hình ảnh|Chú thích (?:hình )?ảnh|Chú thích video"
    r"|Image source|Image caption|Video caption|Media caption),\s*\S"
)
#: A byline's parts, each a label, a comma and a capitalised name: "Tác giả, Hoàng Minh Đức",
#: "Vai trò, BBC News Tiếng Việt", "Author, Anna Lee", "Role, BBC News"; or a role, a colon and
#: the name in English: "Reporter: Dewi Kurniasari", "Editor: Bambang Purwanto" (a Vietnamese
#: "Bài, ảnh: …" is read where it stands, under the last sentence).
LABELLED_BYLINE_PART = re.compile(
    rf"^(?:Tác giả|Vai trò|Author|Role|Reporting from)\s*[,:]\s*[{_UPPER}][^.!?,;:]{{1,50}}$"
    rf"|^(?:Reporter|Editor|Writer|Translator|Photographer|Photo editor|Text)\s*:\s*"
    r"[A-Z][\w'.-]+(?:\s+(?:of\s+)?[A-Z][\w'.-]+){0,3}$"
)
#: A date picker or a pager flattened onto a line: "Ngày 1 2 3 … 31 Tháng 1 2 … 12 Năm 2024 …".
DATE_PICKER_OR_PAGER = re.compile(r"(?:^|\s)1 2 3 4 5 6 7 8 9 10(?:\s|$)")
#: A newsroom's address without its label, as a footer prints it under the copyright: "Tầng
#: 17, 19, 20, 21 Tòa nhà Center Building, Số 1 Nguyễn Huy Tưởng, Thanh Xuân, Hà Nội."
UNLABELLED_ADDRESS = re.compile(
    r"^(?:Tầng|Lầu|Số)\s+\d+[^!?]{0,160}?(?:Hà Nội|TP\.?\s?HCM|(?:TP\.?|Thành phố)\s?Hồ Chí Minh"
    r"|Đà Nẵng|Hải Phòng|Cần Thơ)\.?$"
)
#: A page's view counter: "Lượt xem: 3.412", "Số lượt xem: 1.482", "Số lần xem: 512", "Views:
#: 1,204", "1,204 views".
VIEW_COUNT = re.compile(
    r"^(?:(?:Số\s+)?(?:[Ll]ượt|[Ll]ần)\s+(?:xem|đọc)|Views?)\s*:?\s*[\d.,]+$"
    r"|^[\d.,]+\s+(?:views|lượt xem)$"
    # a portal's visitor counter: "Đang truy cập: 215 | Tổng lượt truy cập: 8.104.552"
    r"|^(?:Đang\s+(?:truy\s+cập|online)|Online|Tổng\s+(?:số\s+)?lượt\s+truy\s+cập|Lượt\s+truy\s+cập"
    r"|Hôm\s+nay|Visitors?(?:\s+today)?|Total\s+visits)\s*:\s*[\d.,]+"
    r"(?:\s*[|]\s*[^|:\d]{2,30}:\s*[\d.,]+){0,3}$"
)
#: A wire's source in brackets, alone on its line: "(FRANCE 24 with AFP)", "(Reuters and AP)".
BRACKETED_WIRE_SOURCE = re.compile(
    r"^\((?:[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,3})(?: (?:with|and|/) [A-Z][\w.-]*"
    r"(?: [A-Z0-9][\w.-]*){0,3})+\)$"
)
#: A site's promotion closed by its button: "Have a confidential tip for our reporters? Get in
#: Touch", "Before it's here, it's on the Terminal. LEARN MORE" (a sentence, then the button).
PROMOTION_WITH_BUTTON = re.compile(
    r"^.{3,160}?[.!?]\s+(?=[A-ZĐ])(?i:learn more|get in touch|subscribe now|sign up now"
    r"|find out more|try it free|đăng ký ngay|tìm hiểu thêm|xem ngay)\s*$"
)
#: A promotion with its button is a short line.
MAX_PROMOTION_WORDS = 25
#: A copyright line from its mark to "All rights reserved", whatever full stops stand between
#: ("Copyright © 2024. Argus Media group . All rights reserved."): furniture as a whole.
COPYRIGHT_LINE = re.compile(
    r"^(?i:copyright|©|\(c\))[^\n]{0,120}(?i:all rights reserved|bảo lưu mọi quyền)\.?$"
)
#: A blog's comment form alone on its line (WordPress and the like): "Your email address will not
#: be published. Required fields are marked *", "Save my name, email, and website in this browser
#: for the next time I comment.", "Comment Name * Email * Website", "Bài viết có hữu ích không?
#: Có Không". Unlike ``COMMENT_FORM``, no comment heading need stand above it.
BLOG_COMMENT_FORM = re.compile(
    r"^(?:Your email address will not be published\b.{0,60}"
    r"|Save my name, email, and website in this browser\b.{0,60}"
    r"|(?:Comment\s+)?Name\s*\*\s*Email\s*\*(?:\s*Website)?"
    r"|Bài viết (?:có )?hữu ích (?:không|với bạn không)\??(?:\s+Có\s+Không)?)$"
)
#: A byline with its reading time: "Posted by Written by Vietnam Briefing Reading Time: 5 minutes".
BYLINE_WITH_READING_TIME = re.compile(
    r"^(?:Posted by\s+)?(?:Written by|By)\s+[^.!?]{2,60}?"
    r"\s+Reading Time:\s*\d{1,3}\s*min(?:ute)?s?$"
)
#: A publisher's own offer or feedback address under the story: "Want to learn more about Argus
#: LNG price assessments? Request a free trial of Argus LNG Daily.", "Send comments and request
#: more information at feedback@argusmedia.com".
PUBLISHER_OFFER = re.compile(
    r"^(?:Want to (?:learn|know|read|find out) more\b.{0,120}\?\s+(?:Request|Start|Get|Sign up"
    r"|Subscribe|Try)\b.{0,100}|Send (?:us )?(?:your )?(?:comments|feedback)\b.{0,80}"
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?)$"
)
#: A caption whose credit closes it in square brackets, a slash between its sources, and no
#: sentence end before: "Officials at the signing in Manila [Handout/Presidential Office]",
#: "Troops at a drill near Subic [File: Eloisa Lopez/Reuters]".
CAPTION_WITH_BRACKETED_CREDIT = re.compile(
    rf"^[^.!?\[\]]{{10,200}}\s\[[{_UPPER}][^\[\]/]{{0,40}}/[{_UPPER}][^\[\]/]{{0,60}}\]$"
)
#: A list's labels for screen readers, flattened into a line of linked titles: "Recommended
#: Stories list of 3 items list 1 of 3 Philippines, Japan hold … list 2 of 3 …".
SCREEN_READER_LIST = re.compile(r"\blist of \d+ items?\b.*\blist 1 of \d+\b")
#: Openers of a sentence that carries the story on (a connective) and reporting verbs: a
#: sentence with either is prose, never the caption of the photo whose credit follows it.
CAPTION_NEVER = re.compile(
    r"^(?:Tuy nhiên|Theo đó|Ngoài ra|Bên cạnh đó|Đồng thời|Trong khi đó|Do đó|Vì vậy|Vì thế"
    r"|Mặt khác|Minh chứng|Cụ thể|Trước đó|Sau đó|Hiện nay|Hiện tại|Nhờ đó|Nhờ vậy|Từ đó"
    r"|Thêm vào đó|Không chỉ|Dự kiến|Theo kế hoạch|However|Meanwhile|Moreover|In addition)\b"
    r"|\b(?:cho biết|cho rằng|khẳng định|nhấn mạnh|nói|tuyên bố|said|says|told)\b"
)
#: Words that open a Vietnamese or English sentence and are never part of a name;
#: they end a credit glued to the prose ("Ảnh: Reuters Theo hãng tin ...").
ENGLISH_SENTENCE_OPENERS = frozenset(
    "The In On At According Meanwhile He She It They We This These Those Earlier When While "
    "After Before Since Last".split()
)
SENTENCE_OPENERS = ENGLISH_SENTENCE_OPENERS | frozenset(
    "Tại Theo Trong Trước Sau Khi Ngày Sáng Chiều Tối Trưa Đêm Hôm Năm Tháng Với Về Cũng "
    "Nhưng Tuy Vì Do Để Nếu Đây Đó Các Những Một Hai Ba Ông Bà Hiện Ngoài Bên Cùng Từ Đến "
    "Như Là Được Bị Đã Sẽ Đang Còn Mặc Dù Cụ Đặc Trên Dưới Giữa Qua Nhằm Nhân Thay Tiếp "
    "Lúc Riêng Chỉ Điều Việc Theo Thủ Tổng Phó Bộ Chủ".split()
)
#: The opening of a body's or a rank's name whose next word is capitalised too ("Sở Ngoại vụ",
#: "Cục Cảnh sát", "Viện Hàn lâm", "Chuẩn Đô đốc", "Trường Đại học"). After a credit's name it
#: begins the prose, not the name ("Ảnh: Hữu Thành Trường Đại học Kiểm sát … mong muốn …").
_BODY_OR_RANK_OPENING = (
    rf"(?:Sở|Cục|Viện|Vụ|Ban) [{_UPPER}]"
    # "Chuẩn" and "Trường" are given names too: only before a rank's or a school's next word
    r"|Chuẩn Đô\b|Trường (?:Đại|Cao|Trung|Tiểu|Phổ|THPT|THCS)\b"
)
BODY_OR_RANK_OPENING = re.compile(rf"^(?:{_BODY_OR_RANK_OPENING})")
#: English openers that a name may run into: of three letters or more, for a brand ends in
#: "In" or "On" ("LinkedIn").
_RUN_INTO_ENGLISH_OPENERS = frozenset(w for w in ENGLISH_SENTENCE_OPENERS if len(w) >= 3)
_RUN_INTO_OPENERS = (SENTENCE_OPENERS - ENGLISH_SENTENCE_OPENERS) | _RUN_INTO_ENGLISH_OPENERS
#: A credit whose last name runs into the next sentence's opening word with no space ("Ảnh: Hồ
#: LongPhó Chủ tịch Quốc hội …", "Ảnh: Đình LâmChuẩn Đô đốc …", "Photo: KystvaktenThe Joint
#: …"): the name ends where a word that opens sentences, or a body's or rank's name, begins.
CREDIT_NAME_RUN_INTO_OPENER = re.compile(
    rf"^\s*(?:[{_UPPER}][^\s]*\s+){{0,3}}(?P<last>[{_UPPER}][{_LOWER}]+)"
    rf"(?=(?:{'|'.join(sorted(_RUN_INTO_OPENERS))})\s|{_BODY_OR_RANK_OPENING})"
)
#: A credit's initials run into the next sentence's first word ("Ảnh: T.NTỉnh mong muốn …",
#: "Ảnh: P.PThay mặt …"): capitals set apart by dots, then a capital and a lower-case letter.
CREDIT_INITIALS_RUN_INTO_SENTENCE = re.compile(
    rf"^\s*(?:[{_UPPER}][^\s]*\s+){{0,3}}(?P<last>(?:[{_UPPER}]\.){{1,3}}[{_UPPER}])"
    rf"(?=[{_UPPER}][{_LOWER}])"
)
#: A credit's last word runs into a Vietnamese word ("Ảnh: RosatomLò phản ứng …"): a capitalised
#: Latin word, then a capital opening a word with a Vietnamese letter, which no brand spells
#: inside one word ("LinkedIn", "YouTube" go on in ASCII).
CREDIT_WORD_RUN_INTO_VIETNAMESE = re.compile(
    rf"^\s*(?:[{_UPPER}][^\s]*\s+){{0,3}}(?P<last>[A-Z][a-z]{{2,}})"
    # the sentence goes on in lower case ("Lò phản ứng"): "ThanhNiên Đây là …" is a name
    rf"(?=[{_UPPER}][{_LOWER}]*[^\x00-\x7f\W][{_LOWER}]*\s+[{_LOWER}])"
)
#: How many words a credit name may have ("VGP/Nhật Bắc", "Nguyễn Văn An", "AFP/TTXVN").
MAX_CREDIT_WORDS = 5

#: A title of another article in square brackets inside the text, as sites link them.
BRACKETED_LINK = re.compile(
    rf"(?:^|(?<=[.!?…\"”:]\s)|(?<=[.!?…\"”:]\s\s)|(?<=\s\s))"
    rf"\[(?P<title>[{_UPPER}0-9\"“‘'][^\[\]]{{8,200}})\]"
    rf"(?=\s*$|\s+[{_UPPER}0-9\"“(\[])"
)
#: Markers that open a link to another article or a promotion: ">> ", ">>> ", "» ".
LINK_MARKER = re.compile(r"(?:^|(?<=\s))(?:>{2,3}|»|►)\s*")
#: A link that says what it is: "Xem thêm: ...", "Đọc thêm ...", "Read more: ...".
LINK_PHRASE = re.compile(
    r"(?:^|(?<=[.!?…\"”]\s)|(?<=\s\s))"
    r"(?:Xem thêm|Đọc thêm|Xem tiếp|Đọc tiếp|Xem chi tiết|Xem video|Xem clip|Mời xem"
    r"|XEM THÊM|ĐỌC THÊM|Read more|Read also|See also|READ MORE"
    # a label and its colon before one linked title: "READ: Singapore, Indonesia conclude …"
    rf"|(?:ALSO READ|Also read|Also Read|READ|Read|WATCH|Watch)(?=\s*:\s*[{_UPPER}\"“])"
    # a related box's label glued to its one title needs its colon or the title's capital:
    # "Tin liên quan đến …" opens a sentence, "Tin liên quan Học sinh Thủ đô …" a link
    # "Tin liên quan Học sinh Thủ đô …" a link: a title, so no sentence end closes the line
    rf"|(?:Tin|Bài)\s+(?:liên quan|cùng chuyên mục)(?=\s*:|\s+[{_UPPER}][^\n]*[^.!?…\s]\s*$)"
    # the label glued to its title: "Đọc thêmBắc Triều Tiên gửi quân …"
    rf"|Related(?:\s+(?:content|stories|articles?|news|coverage|reading))?(?=\s*:))"
    rf"(?:\s*:?\s+|(?<=[a-zêế])(?=[{_UPPER}][{_LOWER}]))",
)
#: The longest sentence a link or promotion may be (longer: only the marker is cut).
MAX_LINK_WORDS = 30

#: Sentences in which the site talks to its reader instead of reporting.
SITE_CHROME = re.compile(
    r"(?:^(?:[*•]\s*)?|(?<=[.!?…\"”]\s)|(?<=\s\s))"
    r"(?:Mời\s+(?:quý\s+)?(?:độc giả|khán giả|bạn đọc|bạn|quý vị|các bạn)"
    r"|Quý\s+(?:độc giả|khán giả|vị)\s+(?:có thể|vui lòng|hãy)"
    r"|(?:Độc giả|Bạn đọc)\s+(?:có thể|vui lòng)\s+(?:xem|theo dõi|gửi|đặt|tải|bấm|nhấn)"
    r"|(?:Bấm|Nhấn|Click|Kích)\s+(?:vào\s+)?(?:đây|link|liên kết|nút)"
    r"|Click here|Sign up|Subscribe to|Follow us|Like us on|Download (?:our|the) app"
    r"|Save\s+(?:this\s+)?(?:articles?|stories|story)\s+(?:to|for)\s+read(?:ing)?\s+later"
    r"|Dear\s+readers\b|Please\s+support\s+(?:us|our)\b"
    # the reader's hotline and the typo-report prompt: "Bạn đọc có thông tin phản ánh xin gửi
    # về đường dây nóng: …", "Nếu bạn phát hiện lỗi chính tả, hãy bôi đen … và nhấn Ctrl+Enter"
    r"|(?:Bạn đọc|Độc giả)\s+có\s+thông\s+tin[^.!?]{0,40}\bxin\s+gửi\s+về\b"
    r"|Nếu\s+bạn\s+phát\s+hiện\s+lỗi\b[^.!?]{0,80}Ctrl\s*\+\s*Enter"
    # the site's disclaimer on its own article ("(Bài viết chỉ mang tính chất tham khảo ...)")
    r"|[(*]\s*(?:Bài viết|Thông tin|Nội dung)(?: trong bài(?: viết)?| bài viết)?(?: này)?"
    r"\s+chỉ\s+(?:mang\s+)?tính(?:\s+chất)?\s+tham\s+khảo"
    # the site's copyright line; a Vietnamese "không sao chép …" is left alone, as laws and
    # court reports use the same words
    r"|©|Copyright\s+(?:©|\(c\)|\d{4})|All rights reserved)"
)

_WEEKDAY = (
    r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy|2|3|4|5|6|7)|Chủ\s+nhật|Chủ\s+Nhật"
    r"|CN|T[2-7]|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?(?=\s+\d))"
)
_DMY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_CLOCK = (
    r"(?:\d{1,2}[:hg]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH|[ap]\.m\.))?"
    # an English clock with a dot needs its "am"/"pm": "4.05pm"
    r"|\d{1,2}\.\d{2}\s*(?:am|pm|AM|PM)"
    # or its time zone: "07.30 BST"
    r"|\d{1,2}\.\d{2}(?=\s*(?-i:BST|GMT|UTC|ICT|EST|EDT|CET|CEST|MSK)\b))"
)
_OFFSET = r"\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?"
_CUE = (
    r"(?:Cập nhật|Cập nhập|Đăng|Ngày đăng|Đăng lúc|Xuất bản|Published|Updated?|Posted"
    r"|Publication date)"
)
#: A publication stamp: a full date with a weekday, a clock time, a time zone or a
#: cue word ("Thứ tư, ngày 22/11/2017 22:34 GMT+7", "Cập nhật: 10:20 05/03/2026").
STAMP = re.compile(
    rf"{_CUE}\s*(?:lúc|ngày|on|at)?\s*:?\s*(?:{_CLOCK}\s*[-,|]?\s*)?(?:{_WEEKDAY}\s*[,-]?\s*)?"
    rf"(?:ngày\s+)?{_DMY}(?:\s*[-,|]?\s*(?:lúc\s+)?{_CLOCK})?(?:\s*{_OFFSET})?"
    rf"|{_WEEKDAY}\s*[,-]?\s*(?:ngày\s+)?{_DMY}(?:\s*[-,|]?\s*(?:lúc\s+)?{_CLOCK})?"
    rf"(?:\s*{_OFFSET})?"
    rf"|(?:ngày\s+)?{_DMY}\s*[-,|]?\s*(?:lúc\s+)?(?:{_CLOCK}|\({_CLOCK}\))(?:\s*{_OFFSET})?"
    rf"|{_CLOCK}\s*[-,|]?\s*(?:{_WEEKDAY}\s*[,-]?\s*)?(?:ngày\s+)?{_DMY}(?:\s*{_OFFSET})?",
    re.IGNORECASE,
)
#: A publication stamp glued to the end of a line: "… chống tội phạm 31/05/2025 08:05".
TRAILING_STAMP = re.compile(rf"\s+(?:{STAMP.pattern})\s*$", re.IGNORECASE)
#: Substrings without which a rule's pattern cannot match: a cheap test per line that keeps
#: cleaning fast (the patterns open with look-behinds, slow to try at every position).
CREDIT_HINTS = ("Ảnh", "ẢNH", "ảnh", "Hình", "Nguồn", "Đồ h", "Photo", "PHOTO", "Picture",
                "Image", "Courtesy", "Credit", "Source", "Video", "Clip")  # fmt: skip
LINK_HINTS = (">>", "»", "►", "Xem", "Đọc", "XEM", "ĐỌC", "Read", "READ", "See", "liên quan",
              "cùng chuyên mục", "Related", "Watch", "WATCH", "ALSO", "Also")  # fmt: skip
CHROME_HINTS = ("Mời", "Quý", "Độc giả", "Bạn đọc", "Bấm", "Nhấn", "Click", "Kích", "Sign up",
                "Subscribe", "Follow us", "Like us", "Download", "tham khảo", "©", "Copyright",
                "All rights", "Dear", "Please", "Save", "Nếu bạn")  # fmt: skip
_MONTH_EN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_EN = (
    rf"(?:\d{{1,2}}\s+{_MONTH_EN}\.?,?(?:\s+\d{{4}})?"
    rf"|{_MONTH_EN}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
#: A time zone after a clock: an offset, or an abbreviation ("GMT", "ICT", "MSK", "EST").
_ZONE = rf"(?:{_OFFSET}|\(?(?:GMT|UTC|(?-i:[A-Z]{{2,4}}))\)?)"
#: An English date and its clock anywhere in a line: a section's label may stand before it
#: ("Oil&Gas Materials 14 May 2024 15:42 (UTC +04:00)").
DATE_AND_CLOCK_EN = re.compile(rf"{_DATE_EN}\s*[-,|]?\s*(?:at\s+)?{_CLOCK}", re.IGNORECASE)
#: An English publication stamp alone on its line, which needs a clock, a cue word or a
#: weekday besides the month name ("20 JUN, 12:47", "Updated at 13:05", "Published: June 20,
#: 2024", "Thursday, 20 June 2024"). Only looked for between the headline and the lead
#: (``cleaning.remove_leading_bylines``): below it, such a line is a timeline's date.
_CUED_STAMP_EN = (
    rf"(?:(?:last|latest)\s+)?(?:updated?|published|posted|modified|edited|publication)"
    rf"(?:\s+(?:time|date))?"
    rf"(?:\s+(?:at|on))?\s*:?\s*"
    rf"(?:{_WEEKDAY},?\s*)?(?:{_DATE_EN}|{_DMY})?\s*[-,|]?\s*(?:at\s+)?(?:{_CLOCK})?"
    rf"(?:(?<=\d)|(?<=[AaPp][Mm]))\s*{_ZONE}?"
    # the date printed twice, for the page's two layouts: "Published On 8 Jul 2024 8 Jul 2024"
    rf"(?:\s+{_DATE_EN})?"
)
STAMP_LINE_EN = re.compile(
    # one or two cued stamps: "Published time: 29 Mar, 2025 10:12 Edited time: 29 Mar, 2025 13:40",
    # maybe in brackets: "(Latest Update July 15, 2024)"
    rf"^\(?(?:{_CUED_STAMP_EN}(?:\s*[-,|]?\s*{_CUED_STAMP_EN})?\)?"
    rf"|(?:{_WEEKDAY},?\s*)?{_DATE_EN}\s*[-,|]?\s*(?:at\s+)?{_CLOCK}\s*{_ZONE}?"
    rf"|{_WEEKDAY},?\s*{_DATE_EN})\.?"
    # the reading time after the stamp: "Published: 19 August 2024 Reading Time: 5 mins"
    r"(?:\s*[-,|·]?\s*(?:reading|read)\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?(?:\s+read)?)?$",
    re.IGNORECASE,
)
#: A cued English stamp alone on its line ("Publication date: May 10, 2025, 16:00"): the cue
#: makes it a stamp wherever it stands, under the article as above it.
CUED_STAMP_LINE_EN = re.compile(rf"^{_CUED_STAMP_EN}\.?$", re.IGNORECASE)
#: A line that is an English date and nothing else ("Jan. 10, 2024", "Monday, 12 May 2025"):
#: a stamp above a headline, but a timeline's sub-heading in a body, so it is only read there.
#: A signature and the date set apart by a bar, a dot or a dash, maybe with the clock: "by LNG
#: Prime Staff | October 17, 2024", "By Daniel Ostrowski - Dec 10, 2024, 5:00 PM CST".
BYLINE_AND_DATE_EN = re.compile(
    rf"^[Bb]y\s+[^|•·]{{2,60}}?\s+[|•·\-–]\s+(?:{_WEEKDAY},?\s*)?{_DATE_EN}"
    rf"(?:,?\s*(?:at\s+)?{_CLOCK}\s*{_ZONE}?)?\.?$",
    re.IGNORECASE,
)
DATE_LINE_EN = re.compile(rf"^(?:{_WEEKDAY},?\s*)?{_DATE_EN}\.?$", re.IGNORECASE)
#: A Vietnamese date with "tháng" and no weekday, alone on its line, as sites print their stamp:
#: "21 tháng 6 2024", "18 Tháng Chín 2024" (no "năm": "30 tháng 1 năm 1950" is a timeline's
#: milestone), or after a cue word, "Cập nhật 22 tháng 6 năm 2024".
_DAY_AND_MONTH_VI = rf"\d{{1,2}}\s+tháng\s+(?:\d{{1,2}}|{VIETNAMESE_MONTH_WORDS}),?\s+"
DATE_LINE_VI = re.compile(
    rf"^(?:(?:Cập nhật(?:\s+lần\s+cuối)?|Cập nhập|Đăng|Ngày đăng|Đăng ngày|Xuất bản)\s*:?\s*"
    rf"{_DAY_AND_MONTH_VI}"
    rf"(?:năm\s+)?\d{{4}}|{_DAY_AND_MONTH_VI}\d{{4}})\.?$",
    re.IGNORECASE,
)
#: A date line in words or in ISO form, as a site's header prints it: "Thứ bảy, ngày 12 tháng 11
#: năm 2022", "2025-01-15 21:36:04". Only read above the lead (``cleaning._is_stamp_line``).
HEADER_DATE = re.compile(
    rf"{_WEEKDAY},?\s*ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}}"
    r"|\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}"
)
#: An English credit that names the writers' roles: "KENJI TAKADA, Nikkei staff writer, and
#: MARIA SANTOS, Contributing writer", "By Anna Lee, Moscow correspondent".
_CREDIT = (
    r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3},\s+(?:[^,.!?]{0,30}\s)?"
    r"(?i:staff\s+writer|writer|correspondent|reporter|editor|contributor)s?"
)
CREDIT_WITH_ROLE = re.compile(rf"^(?:By\s+)?{_CREDIT}(?:,?\s+and\s+{_CREDIT})?\s*$")
#: An English author's note under the article: "Ethan Cheung is a China news reporter covering
#: defence and diplomacy."
AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3} is an? [^.!?]{0,60}\b(?:reporter|correspondent"
    r"|editor|writer|journalist|columnist)\b[^.!?]{0,40}\b(?:covering|who covers|based in"
    r"|reporting on|writing about|for)\b[^.!?]{0,80}\.$"
    # a researcher's: "Nguyen Minh Khoa is a Visiting Fellow in the Vietnam Studies Programme
    # at ISEAS – Yusof Ishak Institute."
    r"|^[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3} is an? (?:[\w-]+ ){0,3}?(?:[Ff]ellow"
    r"|[Rr]esearcher|[Ll]ecturer|[Pp]rofessor|[Aa]nalyst|[Ss]cholar|PhD candidate)"
    r"\b[^!?,]{0,60}\b(?:at|of|in|with)\b[^!?,]{0,120}\.$"
)
#: A wire's credit line, furniture wherever it stands: "Associated Press writer Kenji Sato in
#: Tokyo contributed to this report.", "— With assistance from Tom Harris", "Translated by Thu
#: Nguyen", "Maria Santos covers the Philippines for The Associated Press."
WIRE_CREDIT_LINE = re.compile(
    # a writer's contribution: "Associated Press writers A and B contributed to this report." (a
    # report's "200 scientists … contributed to this report." is prose)
    r"^[^.!?]{0,60}\b(?:writers?|reporters?|correspondents?|journalists?)\b[^.!?]{1,80}"
    r" contributed (?:reporting(?: to this \w+)?|to this (?:report|story|article))\.$"
    # an agency alone: "Xinhua contributed to this story."
    r"|^[A-Z][\w.]*(?: [A-Z][\w.]*){0,2} contributed to this (?:report|story|article)\.$"
    # a dash opens the credit: "— With assistance from Tom Harris" ("With assistance from the
    # Soviet Union, Vietnam built …" is prose)
    r"|^(?:--|[-–—])\s*(?:With|And) (?:additional )?(?:assistance|reporting) from"
    r" [^.!?,;]{2,80}\.?$"
    # names alone after the label, maybe after the writer's: "Translated by Thu Nguyen", "By
    # Hoang Anh – Translated by Thuy Doan"
    r"|^(?:By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}\s*[–—-]\s*)?"
    r"(?:Translated|Edited|Compiled) by [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}\.?"
    # one credit after another: "Translated by Anna Vu. Edited by Jonathan Reed."
    r"(?: (?:Translated|Edited|Compiled) by [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}\.?){0,2}$"
    # an agency's bio line, the name in capitals: "MARIA SANTOS Santos covers … for The AP."
    r"|^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){1,3} [A-Z][\w'.-]+"
    r" covers [^.!?]{3,80} for [^.!?]{3,60}\.$"
)
#: A writer's institution on the line under the signature at an article's end ("TS. NGUYỄN THỊ
#: THANH HÀ" / "Học viện Chính trị quốc gia Hồ Chí Minh"): an institution's name, no sentence.
#: A signature with the writer's academic or military title: "TS. NGUYỄN THỊ THANH HÀ", "PGS.TS
#: Trần Văn Nam", "Đại tá Lê Minh".
TITLED_SIGNATURE = re.compile(
    r"^(?:(?:GS|PGS|TS|TSKH|ThS|NCS|CN|KS|BS)\.?\s*)+[A-ZĐ]"
    r"|^(?:Nhà báo|Đại tá|Thượng tá|Trung tá|Thiếu tá|Thiếu tướng|Trung tướng|Luật sư)\s+[A-ZĐ]"
)
AFFILIATION = re.compile(
    rf"^(?:Học viện|Trường (?:Đại học|Cao đẳng)|Đại học|Viện|Trung tâm|Khoa|Bộ|Ban|Cục|Vụ"
    rf"|Hội|Tạp chí|Báo)\s+[{_UPPER}][^.!?;:,]{{0,80}}$"
)
#: What separates the items of a site's menu flattened onto one line: " | ", " · ", " • " or
#: a run of spaces ("Thời sự | Xã hội | Kinh tế", "PLO  Thời sự  Pháp luật  Quốc tế").
MENU_ITEM_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s{2,}|\t")
#: A correspondent's or bureau's signature: "CQTT VOV tại Lào" (resident bureau), "PV", "Nhóm
#: PV", "CTV Hà Linh" (a name of capitalised words only: "PV Gas ký …" is a headline about
#: PetroVietnam Gas), a wire's "Reporting by X; Editing by Y".
PRESS_BYLINE = re.compile(
    r"^(?:\(?(?:Reporting|Additional reporting|Writing|Live reporting) by [^.!?()]{2,120}\)?"
    r"|(?:CQTT|PVTT|Phóng viên thường trú|Cơ quan thường trú)(?:\s+[^.!?:;]{1,40})?"
    rf"|(?:PV|CTV|Nhóm PV|Nhóm phóng viên)"
    rf"(?:\s*:\s*[{_UPPER}][^.!?:;]{{1,60}}|(?:\s+[{_UPPER}]\w*){{0,4}}))$"
)
#: Every stamp holds a full day/month/year date: a cheap test before the costly pattern.
FULL_DATE = re.compile(_DMY)
#: A bare date closing a byline before its stamp: "Elif Kavakli |06.12.2024" before
#: "- Update : 06.12.2024".
TRAILING_BARE_DATE = re.compile(rf"(?:^|(?<=[\s|]))(?:{_DMY})$")
#: What makes a date a publication stamp rather than a date in a sentence.
STRONG_STAMP = re.compile(rf"{_CUE}|{_WEEKDAY}|{_OFFSET}", re.IGNORECASE)
#: Words at most in the name part of a byline before its stamp ("Name - Name (Outlet)-").
MAX_BYLINE_WORDS = 12

END_MARK_LINE = re.compile(
    # a rule between the story and what follows it: "___", "* * *", "———", "= = ="
    r"^(?:\.?/\.|■|□|\(\s*hết\s*\)|-?\s*hết\s*-?|(?:[_*=~#–—-]\s*){3,})$",
    re.IGNORECASE,
)
#: "./." (the Vietnamese end-of-article mark) at the end of a sentence, anywhere in a line.
END_MARK = re.compile(r"(?<=\S)\./\.(?=\s|$)|(?<=[.!?…\"”])\s*/\.(?=\s|$)")
AGENCY_SIGNOFF_LINE = re.compile(rf"^(?:[-–—]\s*)?\(?(?P<agency>{AGENCY})\)?\.?$")
#: A wire's editors' initials closing its story, alone on a line: "tp-dhc/cwl", "bur-jm/sst".
WIRE_EDITORS_INITIALS = re.compile(
    r"^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}$"
    # an agency's desk codes and filing time: "BSS/SR/MHS/1845"
    r"|^[A-Z]{2,5}(?:/[A-Z]{1,5}){1,4}/\d{3,4}$"
)
AGENCY_SIGNOFF_SUFFIX = re.compile(rf"\s+[-–—]\s*\(?(?P<agency>{AGENCY})\)?\.?\s*$")
#: "Theo TTXVN", "Nguồn: Tuổi Trẻ", "(Theo Reuters)", "Theo chinhphu.vn": a source named after
#: the text. The source starts with a capital or is a web address, and holds no clause
#: punctuation, so "Theo đó, ..." stays prose.
_SOURCE_WORD = r"(?:Theo|THEO|Nguồn|NGUỒN|Source|According to)\s*:?\s+"
_SOURCE_NAME_START = rf"(?:[{_UPPER}0-9]|{SITE_DOMAIN.pattern}\b)"
SOURCE_ATTRIBUTION = re.compile(rf"^\(?{_SOURCE_WORD}{_SOURCE_NAME_START}[^,;:!?]{{0,60}}$")
#: A labelled source alone on its line, anywhere in the article ("Nguồn: TTXVN", "Nguồn:
#: spiegel.de" under a photo or a chart): a short name or a web domain, no sentence.
LABELLED_SOURCE_LINE = re.compile(
    rf"^(?:Nguồn|NGUỒN|Source|SOURCE)\s*:\s*(?:[{_UPPER}0-9][^\s.!?]*|[a-z0-9-]+(?:\.[a-z]{{2,}})+)"
    r"(?:\s+[^\s.!?]+){0,4}$"
)
#: An embedded video's or clip's title alone on its line, no sentence: "Video: Bé 3 tuổi chết bất
#: thường, người nhà quây bệnh viện", "Clip: Trích đoạn phim 'Giao mùa'".
VIDEO_TITLE_LINE = re.compile(r"^(?:Video|VIDEO|Clip|CLIP)\s*:\s*[^.!?…]{3,150}$")
#: A source glued to the end of the article's last line, after its last sentence or after
#: captions run together: "... Nga và Mỹ.\" (Theo Reuters)", "... Tập đoàn Nike Theo VGP".
#: A capitalised "Theo" inside a line opens a new unit; without brackets the source must not
#: end like a sentence ("Theo Lầu Năm Góc." may be the article's own last sentence).
#: In brackets the source word may be lower-case: "(theo Yonhap, Antara)".
_SOURCE_WORD_IN_BRACKETS = r"(?:[Tt]heo|THEO|[Nn]guồn|NGUỒN|Source|According to)\s*:?\s+"
GLUED_SOURCE = re.compile(
    # in brackets, after the last sentence's end ("… Nga và Mỹ." (Theo Reuters)") or closing
    # the line; inside the sentence, before its full stop, it cites the sentence's own figure
    rf"(?:^|(?<=[.!?…\"”])\s*)\({_SOURCE_WORD_IN_BRACKETS}{_SOURCE_NAME_START}[^()]{{0,60}}\)"
    rf"\.?\s*$"
    # closing a line with no full stop, only a capitalised source: "(theo Quy hoạch điện VIII)"
    # there is the sentence's own reference
    rf"|(?<=\s)\({_SOURCE_WORD}{_SOURCE_NAME_START}[^()]{{0,60}}\)\s*$"  # "Đỗ Quyên (Theo AFP)"
    rf"|(?:^|(?<=\s)){_SOURCE_WORD}{_SOURCE_NAME_START}[^,;:!?()]{{0,60}}(?<![.!?…])\s*$"
)
#: "(Outlet) - " or "HÀ NỘI — " at the start of a lead.
OUTLET_PREFIX = re.compile(r"^\((?P<outlet>[^()]{2,40})\)\s*[-–—]\s*")
DATELINE_PREFIX = re.compile(
    # "HÀ NỘI - ", "TOKYO/MANILA -- " (two places, a double hyphen for a dash)
    rf"^(?P<place>[{_UPPER}][{_UPPER}./\s]{{1,30}}[{_UPPER}.])\s*[-–—]{{1,2}}\s+"
)
#: A wire dateline: place(s) in capitals, maybe a date, then the agency in brackets and a dash
#: ("MOSKVA/HÀ NỘI (Sputnik) - ", "HANOI, January 15 (RIA Novosti) - ", "PARIS, 3/5 (AFP) -").
AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}./\s]{{1,40}}[{_UPPER}.])"
    # a comma or the place's own full stop before the date: "MOSCOW. Oct 7 (Interfax) - "
    rf"(?:,?\s*(?:(?i:{_DATE_EN})|\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?))?"
    # the agency's name is short and the lead opens with a capital: "IAEA (Cơ quan Năng lượng
    # nguyên tử quốc tế) – cơ quan giám sát …" is a sentence's subject
    rf"\s*\((?P<outlet>[^()\s]+(?:\s[^()\s]+){{0,3}})\)\s*[-–—]{{1,2}}\s*(?=[\"“{_UPPER}])"
)
#: A wire dateline with the agency between slashes: "MOSCOW, October 12. /TASS/. ".
SLASHED_DATELINE = re.compile(
    rf"^[{_UPPER}][{_UPPER}./\s]{{1,40}}[{_UPPER}],\s*(?i:{_DATE_EN})\.?\s*"
    rf"/(?P<outlet>[^/\s][^/]{{0,30}})/\.?\s*(?=[\"“{_UPPER}])"
)
SECTION_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:]{1,25}):\s*\S.{0,40}$")
RELATED_HEADING = re.compile(
    r"^(?:(?:các\s+)?(?:tin|tin tức|bài|bài viết|tin bài|tin,\s*bài(?:\s+viết)?)\s+"
    r"(?:liên quan|cùng chuyên mục|cùng chủ đề|khác|mới|mới nhất|nổi bật|tiêu điểm|đã đưa"
    r"|(?:đọc|xem) nhiều(?: nhất)?)"
    r"|(?:xem|đọc)\s+thêm|chủ đề liên quan"
    r"|có thể bạn quan tâm|bạn có thể quan tâm|cùng chuyên mục"
    r"|(?:đọc|xem) nhiều(?: nhất)?|(?:tin |bài )?(?:được )?(?:bạn đọc )?quan tâm(?: nhất)?"
    r"|related(?:\s+(?:news|articles?|stor(?:y|ies)|posts?|contents?|coverage)){0,2}"
    r"|read (?:more|also|next)"
    r"|more (?:news|stories)|see (?:also|more)|most (?:read|popular|viewed)|latest news"
    r"|video liên quan|videos? khác"
    r"|top stories|other (?:news|stories|articles)(?: on this (?:topic|subject))?"
    r"|popular (?:news|stories|articles)"
    r"|more from [^.!?:]{1,40}|more in this (?:section|category|series)"
    r"|more on this(?: story| topic)?|explore more(?: on (?:these|this) topics?)?"
    r"|you may also like|recommended(?: for you| stories| articles| reading)?"
    r"|related topics|also (?:worth )?read(?:ing)?|editor'?s'? picks|trending now)\s*:?\s*$",
    re.IGNORECASE,
)

#: A photo's credit before its caption: "© UNICEF/Nguyen Minh Duc A child wades through
#: floodwaters …" (an agency, a slash, the photographer's capitalised name). Such a line is no
#: lead (``cleaning._could_be_lead``); whether the words after the credit are a caption or a
#: paragraph glued to it, other rules judge.
LEADING_PHOTO_CREDIT = re.compile(
    rf"^©\s*[{_UPPER}][\w.&-]*(?:\s[{_UPPER}][\w.&-]*)?\s*/\s*[{_UPPER}][\w.-]*"
    rf"(?:\s[{_UPPER}][\w.-]*){{0,3}}\s+(?=[{_UPPER}])"
)
#: The heading of a scholarly article's reference list, alone on its line.
REFERENCES_HEADING = re.compile(
    r"^(?:Tài liệu tham khảo|TÀI LIỆU THAM KHẢO|References|REFERENCES|Bibliography)\s*:?$"
)
#: An entry of a reference list, numbered ("1. Bộ Ngoại giao: …, Hà Nội, 2024.", "[2] …"), and a
#: journal's review dates under the list ("Ngày nhận bài: 12/5/2024; Ngày bình duyệt: …").
REFERENCE_ENTRY = re.compile(
    r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+\S"
    r"|^(?:Ngày nhận bài|Ngày gửi bài|Ngày duyệt đăng|Received|Accepted)\s*:"
)
#: A donation appeal's lines, which sites print under disaster news: the call to readers ("Mọi
#: sự ủng hộ xin gửi về: …", "Bạn đọc ủng hộ đồng bào … xin gửi về …, số tài khoản …"), the
#: account ("Số tài khoản: 0000 1234 5678 - Ngân hàng …") and the transfer's note ("Nội dung:
#: Ủng hộ đồng bào …").
DONATION_APPEAL = re.compile(
    r"^(?:Mọi sự ủng hộ|Mọi tấm lòng(?: hảo tâm)?|Mọi sự đóng góp|Mọi đóng góp"
    r"|(?:Bạn đọc|Độc giả|Quý độc giả|Quý bạn đọc|Nhà hảo tâm)(?: muốn| có nhu cầu)? ủng hộ)"
    # the reader is asked ("xin gửi về"), or given the address right after the call
    r"(?:\b[^.!?]{0,160}?\bxin (?:gửi|chuyển) về\b|\s+(?:gửi|chuyển) về\s*:)"
    r"|^(?:Số tài khoản|STK|Tài khoản)\s*:\s*\d[\d .-]{5,}"
    # a text-message donation: "Cổng Nhân đạo quốc gia 1400: Nhắn tin UH gửi 1400 để ủng hộ …"
    r"|^[^.!?]{0,40}\bNhắn tin\s+\S{1,12}\s+gửi\s+\d{3,5}\b"
    r"|^Nội dung(?: chuyển khoản| ghi)?\s*:\s*Ủng hộ (?:đồng bào|người dân|bà con|nạn nhân"
    r"|quỹ|miền|vùng|các tỉnh)"
)
#: The links of a site's footer menu, lowercase: its legal, contact and about pages.
#: ``STRONG_FOOTER_LINKS`` are printed by no article: a footer menu holds two of them.
STRONG_FOOTER_LINKS = frozenset(
    {"about us", "contact us", "privacy policy", "privacy notice", "terms of use",
     "terms of service", "terms and conditions", "cookie policy", "cookie settings",
     "cookie preferences", "accessibility statement", "code of ethics", "advertise with us",
     "do not sell or share my personal information", "eu eea regulatory notice",
     "giới thiệu", "liên hệ", "liên hệ quảng cáo", "điều khoản sử dụng", "chính sách bảo mật",
     "chính sách riêng tư", "sơ đồ trang", "liên hệ tòa soạn", "liên hệ toà soạn"}
)  # fmt: skip
FOOTER_LINKS = STRONG_FOOTER_LINKS | frozenset(
    {"about", "contact", "privacy", "accessibility", "advertise", "advertising", "help",
     "user accounts",
     "sitemap", "site map", "careers", "jobs", "newsletters", "rss", "faq", "corrections",
     "ethics", "licensing", "quảng cáo", "tuyển dụng", "đặt báo"}
)  # fmt: skip
WIDGET_LABELS = frozenset(
    {
        # Vietnamese news-site controls and furniture
        "bình luận", "gửi bình luận", "ý kiến", "ý kiến bạn đọc", "chia sẻ", "chia sẻ bài viết",
        "theo dõi", "lưu", "lưu bài viết", "in", "in bài", "in bài viết", "gửi", "thích",
        "báo lỗi", "góp ý", "quay lại", "trở về", "về trang chủ", "trở lại đầu trang",
        "nghe bài viết", "nghe", "đọc bài", "tải ứng dụng", "sao chép liên kết", "copy link",
        "lưu tin", "copy link thành công", "đã sao chép", "đã sao chép liên kết",
        "sao chép thành công",
        "từ khóa", "từ khoá", "tags", "tag", "quảng cáo", "video", "infographic", "mới nhất",
        "nổi bật", "xem nhiều", "đọc nhiều", "tin nóng", "tiêu điểm", "chủ đề", "sự kiện",
        "chuyên mục", "trang chủ", "in trang này", "bản in", "ý kiến của bạn",
        "gửi ý kiến", "multimedia", "đừng bỏ lỡ", "xem bản gốc", "video đang hot",
        "video đang xem nhiều", "video nổi bật", "video hot", "video đang được quan tâm",
        "video được quan tâm", "video xem nhiều",
        "đường dẫn truy cập", "phóng to", "thu nhỏ", "cỡ chữ", "tweet",
        "aa", "a+", "a-", "a a", "gửi bài viết", "bình luận của bạn", "viết bình luận",
        "gửi email", "tất cả tin tức", "xem tất cả", "tin tức khác", "gửi bài",
        # a comment form's fields run together: "Họ tên Email Nội dung Gửi"
        "email", "nội dung", "số điện thoại",
        "xem phiên bản đầy đủ", "xem bản đầy đủ", "phiên bản đầy đủ",
        "sao chép link", "in trang", "lưu bài", "họ tên", "họ và tên", "lên đầu trang",
        "nội dung bình luận",
        "lắng nghe", "lắng nghe bài viết", "nghe đọc bài viết",
        # English
        "comments", "comment", "share", "print", "save", "like", "follow", "advertisement",
        "read more", "back to top", "listen", "listen to this article", "skip to content",
        "skip to main content", "accessibility links", "send to a friend", "subscribe",
        "share this", "email this", "sign in", "log in", "search", "copylink", "copied",
        "bookmark", "article information", "sections", "attachments", "attachment",
        "thông tin về bài viết", "chuyển đến nội dung chính", "mục", "tệp đính kèm",
        "bình chọn", "daily newsletter", "newsletter", "newsletters",
        "file đính kèm", "text version", "send to e mail", "print version",
        "link copied",
        # a cookie banner's and a comment box's buttons
        "accept", "accept all", "accept all cookies", "accept cookies", "reject all",
        "cookie settings", "cookies settings", "manage preferences", "manage cookies",
        "manage consent", "chấp nhận", "chấp nhận tất cả", "cài đặt cookie",
        "join the conversation", "enter your email", "what do you think",
        "gửi cho bạn bè", "gửi bạn bè", "lượt xem", "đăng nhập", "đăng xuất",
        "request more information", "back to the list", "filter by", "about us",
        "add to myft", "follow the topics in this article", "watch live", "more by this author",
        "breaking", "breaking news",
        "please use chrome browser for a more accessible video player",
        "search for", "view all partners", "get the newsletter",
        "keep reading on these topics", "suggested topics", "in case you missed it",
        "mục lục bài viết", "các bài đã đăng", "các tin đã đăng", "purchase licensing rights",
        "quan tâm nhất mới nhất", "want to write",
        "đăng ký nhận bản tin", "request a demo",
        "về đầu trang", "share this article", "share this story", "email to a friend", "back",
        "quay lại danh sách tin", "quay lại danh sách", "trở lại", "trở về danh sách",
        "back to list", "back to news", "send by e mail", "send by email", "related materials",
        "more related", "related companies",
    }
)  # fmt: skip
