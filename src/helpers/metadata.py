"""An article's title, date and outlet, inferred from its header and cleaned text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_EVENT_DATE_VI = re.compile(
    r"\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})"
    r"(?:\s*/\s*(?P<year>\d{4}))?",
    re.IGNORECASE,
)
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
_YEAR = re.compile(r"(?<![\d.,])(?P<year>(?:19|20)\d{2})(?![\d.,]\d)")
#: A year after these words is a target ("đến năm 2030", "by 2030"), not the time of writing.
_TARGET_BEFORE_YEAR = re.compile(r"(?:đến|tới|trước|by|until|to)\s+(?:năm\s+)?$", re.IGNORECASE)
#: How many body paragraphs from the top may hold the event date.
LEAD_PARAGRAPHS = 3


def _valid_date(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def mentioned_years(text: str, latest_allowed: int) -> list[int]:
    """Years 1900-2099 written in ``text``, without targets ("đến năm 2030") or future years."""
    years = []
    for match in _YEAR.finditer(text):
        if _TARGET_BEFORE_YEAR.search(text[: match.start()][-20:]):
            continue
        year = int(match.group("year"))
        if year <= latest_allowed:
            years.append(year)
    return years


def infer_date(
    paragraphs: Sequence[str], header_date: str = "", today: dt.date | None = None
) -> tuple[str, str]:
    """Return ``(YYYY-MM-DD or "", date_source)`` with ``date_source`` in header/text/none.

    Order: a valid ISO date from the file header wins. Otherwise the first
    event date in the lead paragraphs ("Chiều 5/3", "ngày 10/10/2025",
    "on 5 March 2026"); when it has no year, the latest year the article
    mentions (ignoring targets such as "đến năm 2030" and years after
    ``today``) stands in, because Vietnamese news names the day and month of
    the event and the year only in passing ("Năm 2026 là năm ..."). No event
    date, or no year to complete it, gives ``("", "none")``.
    """
    if header_date and _valid_date(*map(int, header_date.split("-"))):
        return header_date, "header"
    today = today or dt.date.today()
    lead = " ".join(paragraphs[:LEAD_PARAGRAPHS])
    body = " ".join(paragraphs)
    english = _EVENT_DATE_EN.search(lead)
    if english:
        day = english.group("day1") or english.group("day2")
        month = english.group("month1") or english.group("month2")
        year = english.group("year1") or english.group("year2")
        found = _valid_date(int(year), _MONTHS[month.lower()], int(day))
        if found:
            return found, "text"
    vietnamese = _EVENT_DATE_VI.search(lead)
    if vietnamese:
        day, month = int(vietnamese.group("day")), int(vietnamese.group("month"))
        if vietnamese.group("year"):
            year = int(vietnamese.group("year"))
        else:
            years = mentioned_years(body, latest_allowed=today.year)
            if not years:
                return "", "none"
            year = max(years)
        found = _valid_date(year, month, day)
        if found:
            return found, "text"
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
