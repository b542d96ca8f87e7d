"""An article's title and date, inferred from its header, page text and cleaned text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_EVENT_DATE_EN = re.compile(
    rf"\b(?:(?P<day1>\d{{1,2}})\s+(?P<month1>{_MONTH_NAMES})\.?,?\s+(?P<year1>\d{{4}})"
    rf"|(?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}}))\b",
    re.IGNORECASE,
)
_WEEKDAYS = (
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
#: A full numeric date d/m/yyyy (also d-m-yyyy, d.m.yyyy). The look-arounds keep it out of
#: longer numbers ("115/3/2016", "1.12.10.2017"); a dash before it is allowed, as the end
#: of a range ("16-17/5/2017", "10/10/1945-10/10/2025").
_FULL_DATE_NUMERIC = re.compile(
    r"(?<![\d./])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])"
)
#: A day and month without a year after a word that introduces an event date
#: ("Chiều 5/3", "ngày 4/2", "Sáng 6-1", "hôm 2/2"); a following year makes it a full date,
#: which this pattern leaves alone.
_DAY_MONTH_VI = re.compile(
    r"\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?P<day>\d{1,2})\s*(?P<sep>[/-])\s*(?P<month>\d{1,2})"
    r"(?!\d|\s*[/.-]\s*\d)",
    re.IGNORECASE,
)
#: Stamp shapes, looked for just before a date: a weekday ("Thứ tư, ngày 22/11/2017",
#: "Thursday, 5 March 2026"), a clock time ("10:20 05/03/2026") or a cue word that opens a
#: line or takes a colon ("Cập nhật: 10:20 05/03/2026", "Published March 05, 2026").
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAYS})\.?\s*[,|\-–—]?\s*(?:ngày\s+)?$", re.IGNORECASE)
#: A weekday after these words is prose about an event ("vào thứ Năm 15/6/2017", "on
#: Monday, May 22, 2017"), not the head of a stamp.
_PROSE_BEFORE_WEEKDAY = re.compile(
    r"\b(?:ngày|vào|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|on|last|next|this|since|until|by"
    r"|from)\s*$",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|sa|ch)?\s*[,|\-–—]?\s*$", re.IGNORECASE
)
_CUES = r"(?:cập nhật|đăng|ngày đăng|ngày cập nhật|xuất bản|published|updated|update|posted)"
#: A cue inside a line of labels, capitalised, needs no colon: "Source UN RC/HC Viet Nam Posted
#: 17 Sep 2024 Originally published …" (a lower-case "đăng" there is prose: "báo X đăng ngày").
_CAPITALISED_CUE = r"\b(?-i:Posted|Published|Updated)(?:\s+on)?\s*"
_CUE_BEFORE = re.compile(
    rf"(?:(?:^|\n|[|•·])\s*{_CUES}(?:\s+(?:lúc|ngày|on|at))?\s*:?"
    rf"|\b{_CUES}\s*:|{_CAPITALISED_CUE})\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*[,|\-–—]?\s*)?$",
    re.IGNORECASE,
)
#: Just after a date: a clock time ("22/11/2017 22:34", "08.10.2024 (13:30)") or a GMT/UTC
#: offset.
_STAMP_AFTER = re.compile(
    r"^\s*[,|\-–—]?\s*(?:\(?\d{1,2}:\d{2}\b|\(?\s*(?:gmt|utc)\b)", re.IGNORECASE
)
#: A clock after "lúc"/"at" ("22/11/2024 lúc 10:15"): a stamp only on a short line of its own,
#: since prose dates an event so too ("… vào ngày 20/11/2024 lúc 08:30 …").
_CLOCK_AFTER_WORD = re.compile(r"^\s*[,|\-–—]?\s*(?:lúc|at)\s+\d{1,2}:\d{2}\b", re.IGNORECASE)
#: How many characters around a date are searched for a stamp's weekday, time, offset or
#: cue word: enough for "vào Thứ năm, ngày " or " 10:20:05 (GMT+7)".
_STAMP_CONTEXT = 40
#: A dateline stands at the very top of the first body paragraph: "(Ngày Nay) - Ngày
#: 17/11/2025, tại ...". A full date within this many words of its start counts.
DATELINE_WORDS = 10
#: A byline's stamp may stand this many lines below the article's last body line.
STAMP_LINES_AFTER_BODY = 3
#: A stamp line of its own ("By Staff | March 05, 2026") is short; a date in a longer line
#: is prose and needs a weekday, time, offset or cue word to count as a stamp.
STAMP_LINE_WORDS = 12
#: The lead, where the event date and the full date that completes it must both stand:
#: the first paragraphs, but no more than this many words, because many scraped pages
#: hold the whole body on one line and deep in a body full dates are history (a treaty
#: of 1977, a crime of 2012) that would complete the lead's day and month wrongly.
LEAD_PARAGRAPHS = 3
LEAD_WORDS = 120
#: A date alone on its line ("18/09/2024", "15.09.2024", "21 tháng 6 2024", "18 Tháng Chín
#: 2024", "Cập nhật 22 tháng 6 2024") dates the article when it stands within this many lines
#: of the headline and the page prints no stamp: sites that print the day with no clock or
#: weekday. Further down, such a line is a timeline's or a teaser's; so is one that opens with
#: "Ngày" ("Ngày 30 tháng 1 năm 1950"), and two such lines without a cue word make a timeline or
#: a list of teasers, which date nothing. Below the headline, the lines are read down to the
#: second line of prose (a standfirst, then the lead).
BARE_DATE_LINES_FROM_HEADLINE = 10
#: Within this many lines of the headline a date alone is taken before the lead's dateline.
STAMP_NEXT_TO_HEADLINE = 2
#: A line of prose, for that count: this many words or more, ending a sentence.
PROSE_LINE_WORDS = 12
#: The months named in words after "tháng" ("18 Tháng Chín 2024"), with their numbers; the
#: alternation of their names, longest first ("mười một" before "mười"), for patterns here and
#: in ``furniture``.
VIETNAMESE_MONTHS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip
VIETNAMESE_MONTH_WORDS = "|".join(sorted(VIETNAMESE_MONTHS, key=len, reverse=True))
_DATE_ALONE = re.compile(
    r"^(?P<cue>(?:cập nhật|đăng|ngày đăng|đăng ngày|xuất bản|published|updated)\s*:?\s*)?"
    r"(?:(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})"
    rf"|(?P<vday>\d{{1,2}})\s+tháng\s+(?P<vmonth>\d{{1,2}}|{VIETNAMESE_MONTH_WORDS}),?\s+(?:năm\s+)?"
    r"(?P<vyear>\d{4}))\.?$",
    re.IGNORECASE,
)
#: What joins the two ends of a date range: a dash, possibly spaced.
_RANGE_DASH = re.compile(r"\s*[-–—]\s*")
#: A day-month event date ("Chiều 5/3") is completed only with a year that puts it within
#: this many days of a full date written in the same article. News reports an event and
#: the other dates it spells out in full (the announcement, the previous round, the
#: deadline) within weeks, so six weeks keeps real completions; and since two candidate
#: years are 365 days apart, one full date can never support two different completions.
COMPLETION_WINDOW_DAYS = 45
FIRST_ACCEPTED_YEAR = 1900


def _valid_date(year: int, month: int, day: int, latest_year: int) -> dt.date | None:
    """The date, or ``None`` when it does not exist or its year is outside 1900..latest_year."""
    if not FIRST_ACCEPTED_YEAR <= year <= latest_year:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_dates(text: str, latest_year: int) -> list[tuple[re.Match, dt.date]]:
    """Every valid full numeric date in ``text`` with its match, in text order."""
    found = []
    for match in _FULL_DATE_NUMERIC.finditer(text):
        date = _valid_date(int(match["year"]), int(match["month"]), int(match["day"]), latest_year)
        if date:
            found.append((match, date))
    return found


def _english_dates(text: str, latest_year: int) -> list[tuple[re.Match, dt.date]]:
    """Every valid English month-name date with a year ("March 05, 2026", "5 March 2026")."""
    found = []
    for match in _EVENT_DATE_EN.finditer(text):
        day = match["day1"] or match["day2"]
        month = _MONTHS[(match["month1"] or match["month2"]).lower()]
        year = match["year1"] or match["year2"]
        date = _valid_date(int(year), month, int(day), latest_year)
        if date:
            found.append((match, date))
    return found


def _line_around(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def _is_stamp(text: str, match: re.Match, english: bool) -> bool:
    """Whether the date at ``match`` is shaped like a publication stamp (see ``infer_date``)."""
    before = text[max(0, match.start() - _STAMP_CONTEXT) : match.start()]
    after = text[match.end() : match.end() + _STAMP_CONTEXT]
    weekday = _WEEKDAY_BEFORE.search(before)
    if weekday and not _PROSE_BEFORE_WEEKDAY.search(before[: weekday.start()]):
        return True
    if _TIME_BEFORE.search(before) or _CUE_BEFORE.search(before) or _STAMP_AFTER.search(after):
        return True
    # an English date, or one with its clock after "lúc", on a short line of its own: a byline
    # or dateline, not prose
    short = len(_line_around(text, match.start(), match.end()).split()) <= STAMP_LINE_WORDS
    return short and (english or bool(_CLOCK_AFTER_WORD.search(after)))


def _has_clock(text: str, match: re.Match) -> bool:
    """Whether a clock time or a time zone stands right before or after the date."""
    before = text[max(0, match.start() - _STAMP_CONTEXT) : match.start()]
    after = text[match.end() : match.end() + _STAMP_CONTEXT]
    return bool(_TIME_BEFORE.search(before) or _STAMP_AFTER.search(after))


#: A publication stamp: its line number, its match in the page and its date.
Stamp = tuple[int, re.Match, dt.date]


def _stamps(page_text: str, latest_year: int) -> list[Stamp]:
    """Every publication stamp of the page as ``(line number, match, date)``, in page order."""
    stamps = [
        (page_text.count("\n", 0, match.start()) + 1, match, date)
        for finder, english in ((_numeric_dates, False), (_english_dates, True))
        for match, date in finder(page_text, latest_year)
        if _is_stamp(page_text, match, english)
    ]
    return sorted(stamps, key=lambda stamp: stamp[1].start())


def site_date_of_day(page_text: str, stamps: Sequence[Stamp], headline_line: int) -> str:
    """The date without a clock time above the headline ("Thứ Hai, 24/11/2025" in the
    site's top bar), or ``""``: the day the page was saved as often as the day it was
    written, so ``infer_date`` trusts it last. ``stamps``: ``_stamps(page_text, …)``."""
    for line, match, date in stamps:
        if line < headline_line and not _has_clock(page_text, match):
            return date.isoformat()
    return ""


def page_date(
    page_text: str,
    stamps: Sequence[Stamp],
    date_of_day: str,
    paragraphs: Sequence[str],
    latest_year: int,
    headline_line: int = 0,
    article_end_line: int = 0,
) -> str:
    """The first publication stamp printed in the page, or a dateline date; ``""`` if none.

    Input: the whole decoded page (bylines included), its stamps (``_stamps``) and date of
    the day (``site_date_of_day``), the cleaned body paragraphs, and the line numbers of
    the page's headline and of the article's last line (its body with a byline under it,
    ``pipeline.article_end_line``; 0 when unknown). When the page shows a date of the day,
    only a stamp of the article's own counts (down to the article's last line; above the
    headline only one with a clock, as VnExpress prints it), then the lead's dateline:
    stamps further down belong to other articles (a related box's teasers), and the date
    of the day is left to ``infer_date``. Output: ``YYYY-MM-DD`` or ``""``.
    """
    if not date_of_day:
        if stamps:
            return stamps[0][2].isoformat()
        # right under or over the headline a date alone is the page's stamp, which the lead's
        # dateline (the event's day) may precede by a day; further off, the dateline first
        return (
            _date_alone_near_headline(page_text, headline_line, latest_year, STAMP_NEXT_TO_HEADLINE)
            or _dateline_date(paragraphs, latest_year)
            or _date_alone_near_headline(page_text, headline_line, latest_year)
        )
    last_line = article_end_line or len(page_text)
    own = [
        date for line, match, date in stamps
        if line <= last_line and (line >= headline_line or _has_clock(page_text, match))
    ]  # fmt: skip
    if own:
        return own[0].isoformat()
    return _dateline_date(paragraphs, latest_year)


def _date_alone_near_headline(
    page_text: str, headline_line: int, latest_year: int, reach: int = BARE_DATE_LINES_FROM_HEADLINE
) -> str:
    """The first date alone on its line (``_DATE_ALONE``) within ``reach`` lines of the
    headline (line ``headline_line``, from 1), as ``YYYY-MM-DD``; ``""`` when there is none,
    when two different ones stand within ``BARE_DATE_LINES_FROM_HEADLINE`` lines without a cue
    word, or when the headline is unknown."""
    if not headline_line:
        return ""
    lines = page_text.split("\n")
    start = max(0, headline_line - 1 - reach)
    window = lines[start : headline_line - 1]
    prose_lines = 0
    for text in lines[headline_line - 1 : headline_line + reach]:
        if len(text.split()) >= PROSE_LINE_WORDS and re.search(r"[.!?…\"”]\s*$", text):
            prose_lines += 1
            if prose_lines == 2:
                break
        window.append(text)
    wide = max(0, headline_line - 1 - BARE_DATE_LINES_FROM_HEADLINE)
    around = lines[wide : headline_line + BARE_DATE_LINES_FROM_HEADLINE]
    bare = {
        _date_of(match, latest_year)
        for text in around
        if (match := _DATE_ALONE.match(text.strip())) and not match["cue"]
    }
    if len(bare) > 1:
        return ""  # a timeline's milestones or teasers' dates
    above = ""
    for number, text in enumerate(window, start=start + 1):
        match = _DATE_ALONE.match(text.strip())
        date = _date_of(match, latest_year) if match else None
        # a web page's stamp is no older than the web; over the headline, a date under a
        # teaser's title is the teaser's
        teaser = number < headline_line and _is_teaser_title(above)
        if date and date.year >= FIRST_WEB_STAMP_YEAR and not _labels_a_date(above) and not teaser:
            return date.isoformat()
        above = text.strip() or above
    return ""


#: No online news page was stamped before this year: an older date alone is a milestone.
FIRST_WEB_STAMP_YEAR = 1995


def _is_teaser_title(text: str) -> bool:
    """Whether a line over a date above the headline is another article's title (six words or
    more, no breadcrumb's or menu's separators) rather than the site's breadcrumb."""
    return len(text.split()) >= MAX_DATE_LABEL_WORDS + 1 and not re.search(r"[/›>»|]", text)


#: A label over a date has at most this many words: "Hạn cuối nộp hồ sơ:", "Khai mạc".
MAX_DATE_LABEL_WORDS = 5


def _labels_a_date(text: str) -> bool:
    """Whether the line above a date alone labels it as an event's or a deadline's ("Hạn cuối
    nộp hồ sơ:", "Thời gian tổ chức", "Ngày này năm xưa"): a colon closes it, or it is a few
    words, not all capitalised (a signature is: "Thanh Bình"), that close no sentence."""
    words = text.split()
    if text.endswith(":"):
        return True
    return (
        0 < len(words) <= MAX_DATE_LABEL_WORDS
        and not all(word[:1].isupper() for word in words)
        and not re.search(r"[.!?…]\s*$", text)
    )


def _date_of(match: re.Match, latest_year: int) -> dt.date | None:
    """The date a ``_DATE_ALONE`` match spells, or ``None`` when it does not exist."""
    if match["year"]:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    else:
        month_name = match["vmonth"].lower()
        month = int(month_name) if month_name.isdigit() else VIETNAMESE_MONTHS[month_name]
        year, day = int(match["vyear"]), int(match["vday"])
    return _valid_date(year, month, day, latest_year)


def _dateline_date(paragraphs: Sequence[str], latest_year: int) -> str:
    """A full date at the top of the first paragraph, introduced as a dateline's."""
    if not paragraphs:
        return ""
    opening = " ".join(paragraphs[0].split()[:DATELINE_WORDS])
    datelines = [
        (match, date)
        for match, date in _numeric_dates(opening, latest_year)
        + _english_dates(opening, latest_year)
        if not _is_aside(opening, match) and _opens_dateline(opening[: match.start()])
    ]
    if datelines:
        return min(datelines, key=lambda found: found[0].start())[1].isoformat()
    return ""


#: Words that may stand right before a dateline's date: times of day, weekdays and their glue.
_DATELINE_WORDS_BEFORE = frozenset(
    "ngày sáng chiều tối trưa đêm rạng sớm muộn hôm nay qua vào lúc tại thứ hai ba tư năm sáu "
    "bảy chủ nhật đầu cuối giữa tuần tháng h giờ phút khoảng mới đây on at in from".split()
)


def _opens_dateline(before: str) -> bool:
    """Whether a date at the top of the lead is introduced as a dateline's: straight after
    punctuation or a time of day ("HÀ NỘI, 17/11/2025", "Chiều 5/3/2026", "Mát-xcơ-va, ngày
    …", "lúc 10h ngày …"), not after a clause's verb or preposition ("Ra đời ngày
    28/5/1918", "Từ ngày …", "Sinh ngày …"), whose date is an event."""
    tokens = re.findall(r"\w+|[^\w\s]", before)
    if tokens and tokens[-1].lower() in {"ngày", "hôm"}:
        tokens = tokens[:-1]  # "… , ngày 17/11": judge what stands before "ngày"
    if not tokens:
        return True
    last = tokens[-1]
    return not last[:1].isalpha() or last.lower() in _DATELINE_WORDS_BEFORE


def _is_aside(text: str, match: re.Match) -> bool:
    """Whether a date is in parentheses or opens a range ("(10/10/1945-10/10/2025)"): an
    anniversary or a period the sentence mentions, not the dateline of the article."""
    opens_range = re.match(r"\s*[-–—]\s*\d", text[match.end() :])
    before = text[: match.start()]
    return before.rfind("(") > before.rfind(")") or bool(opens_range)


def lead_text(paragraphs: Sequence[str]) -> str:
    """The article's lead: its first ``LEAD_PARAGRAPHS`` paragraphs, cut to ``LEAD_WORDS`` words."""
    words = " ".join(paragraphs[:LEAD_PARAGRAPHS]).split()
    return " ".join(words[:LEAD_WORDS])


def _reference_dates(text: str, latest_year: int) -> list[dt.date]:
    """Full dates of ``text`` that can complete a day-month date.

    The first date of a range written with a dash ("(10/10/1945-10/10/2025)", "từ
    1-3-2016 - 5-3-2016") only opens a span (an anniversary's founding day, the start of
    a period); it says nothing about when the article was written, so it is left out.
    """
    found = _numeric_dates(text, latest_year)
    references = []
    for index, (match, date) in enumerate(found):
        following = found[index + 1][0] if index + 1 < len(found) else None
        if following and _RANGE_DASH.fullmatch(text[match.end() : following.start()]):
            continue
        references.append(date)
    return references


def completed_lead_date(paragraphs: Sequence[str], latest_year: int, date_of_day: str = "") -> str:
    """The first day-month date of the lead, completed from a full date of the lead.

    Input: the cleaned body paragraphs, and the site's date of the day when the page
    shows one (``site_date_of_day``), which counts as one more full date, completing only
    to a day on or before it. The first
    day-month event date of the lead (``lead_text``: "Chiều 5/3") gets the year that puts
    it within ``COMPLETION_WINDOW_DAYS`` of a full d/m/yyyy date also written in the
    lead. Output: ``YYYY-MM-DD``, or ``""`` when there is no such date, no full date
    close enough, or full dates that would complete it differently.
    """
    lead = lead_text(paragraphs)
    event = _DAY_MONTH_VI.search(lead)
    if not event:
        return ""
    day, month = int(event["day"]), int(event["month"])
    window = dt.timedelta(days=COMPLETION_WINDOW_DAYS)
    completions = set()
    references = [(date, False) for date in _reference_dates(lead, latest_year)]
    if date_of_day:
        references.append((dt.date.fromisoformat(date_of_day), True))
    for full_date, saved_on in references:
        for year in (full_date.year - 1, full_date.year, full_date.year + 1):
            candidate = _valid_date(year, month, day, latest_year)
            # a page reports what happened before the day it was saved
            if saved_on and candidate and candidate > full_date:
                continue
            if candidate and abs(candidate - full_date) <= window:
                completions.add(candidate)
    return completions.pop().isoformat() if len(completions) == 1 else ""


def infer_date(
    paragraphs: Sequence[str],
    header_date: str = "",
    today: dt.date | None = None,
    page_text: str = "",
    headline_line: int = 0,
    article_end_line: int = 0,
) -> tuple[str, str]:
    """Return ``(YYYY-MM-DD or "", date_source)``; a date is never guessed.

    Input: the cleaned body paragraphs, the header's ``date`` value (may be empty),
    ``today`` (bounds the year), the whole decoded page text, bylines included, and the
    line numbers of the headline and of the article's last line (0 when unknown).
    Sources, first found wins (``metadata`` from metadata.csv is applied by the
    pipeline, before all of these):

    - ``header``: a valid ISO date in the file's header.
    - ``page``: a full date printed as a publication stamp anywhere in the page: a
      d/m/yyyy (d-m-yyyy, d.m.yyyy) or English month-name date next to a weekday
      ("Thứ tư, ngày 22/11/2017"), a clock time ("22/11/2017 22:34"), a GMT/UTC
      offset or a cue word ("Cập nhật:", "Published"); an English date on a short
      line of its own (for a date without a clock above the headline, the site's date
      of the day, see ``page_date``); a date alone on its line near the headline
      ("18/09/2024", "21 tháng 6 2024", ``BARE_DATE_LINES_FROM_HEADLINE``); or a full date
      within the first ``DATELINE_WORDS`` words of the first paragraph (the dateline). A full
      date elsewhere in the body is an event, not the page's date.
    - ``text``: a day-month date of the lead ("Chiều 5/3") completed from a full
      date written in the article (or the site's date of the day), within
      ``COMPLETION_WINDOW_DAYS`` of it and only when all full dates agree (see
      ``completed_lead_date``).
    - ``page`` again: the site's date of the day above the headline
      (``site_date_of_day``), when nothing else dates the page.
    - otherwise ``("", "none")``. A year alone ("năm 2025", "tháng 9/2017") never
      dates an article. Years outside 1900..``today.year`` are never accepted.
    """
    latest_year = (today or dt.date.today()).year
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", header_date or ""):
        year, month, day = map(int, header_date.split("-"))
        if _valid_date(year, month, day, latest_year):
            return header_date, "header"
    stamps = _stamps(page_text, latest_year)
    date_of_day = site_date_of_day(page_text, stamps, headline_line)
    found = page_date(
        page_text, stamps, date_of_day, paragraphs, latest_year, headline_line, article_end_line
    )
    if found:
        return found, "page"
    found = completed_lead_date(paragraphs, latest_year, date_of_day)
    if found:
        return found, "text"
    if date_of_day:
        return date_of_day, "page"
    return "", "none"


def choose_title(headline: str, first_sentence: str, max_words: int = 30) -> tuple[str, str]:
    """``(title, title_source)``: the headline when the page has one, else the first sentence.

    The first sentence is cut to ``max_words`` words with an ellipsis so a
    lead never masquerades as a full headline in tables.
    """
    if headline:
        return headline, "headline"
    words = first_sentence.split()
    if len(words) > max_words:
        return " ".join(words[:max_words]) + " …", "first_sentence"
    return first_sentence, "first_sentence"
