"""Page-furniture removal as a list of small rules, applied in a declared order.

Input: the decoded text of one page. Output: a ``CleanedArticle`` whose
``kept`` lines are the article body and whose ``removed`` records say, for
every line or part of a line taken out, what it was and why.

Two promises hold for any input (``tests/test_cleaning.py`` checks them on
random text):

* every non-blank input line is either kept or logged as removed whole;
* a line is removed whole only when all of it is furniture: its own pattern
  (a player clock, a credit line, a widget label, a byline ...), an exact or
  near repeat of another line, or a line inside a block opened by an explicit
  "related articles" heading (or a second article lead, see
  ``cut_teaser_block``). Furniture glued to prose (a credit at the start of a
  paragraph, a bracketed link, a byline after the last sentence) is trimmed as
  a fragment, logged with ``scope`` ``prefix``/``suffix``/``inline``, and the
  prose around it is kept character for character.

A page cut off mid-sentence keeps its last paragraph; ``CleanedArticle.truncated``
says so. The patterns themselves live in ``helpers.furniture``.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import zip_longest

from helpers import furniture as f
from helpers.vietnamese import normalize_text

_TERMINAL = re.compile(r"[.!?…:;\"”’)»]\s*$")
_WORDS = re.compile(r"[^\W_]+")
_NON_LETTERS = re.compile(r"[\W\d_]+")
#: A sentence end inside a line: final punctuation (maybe closed by a quote or bracket)
#: followed by a space.
_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’)»\]]*)(?=\s)")
#: The same after a word of two or more characters (not an initial such as "V.", nor the
#: second of a Russian name's joined initials, "V.Ya. Kikot"), or after a closing quote that
#: follows one (Vietnamese print also puts the full stop outside: "hơn”.").
#: A number's abbreviation before its figure ends none: "Flash Update No. 5", "Vol. 3".
_NOT_A_NUMBERS_ABBREVIATION = r"(?:(?<!\bNo)(?<!\bVol)(?<!\bArt)(?<!\bFig)|(?!\.\s\d))"
#: Titles and a city's abbreviation before a name end no sentence: "TP. Hồ Chí Minh", "ThS.
#: Nguyễn", "PGS. Trần", "Mr. Smith".
_NOT_A_TITLES_ABBREVIATION = (
    r"(?<!\bTP)(?<!\bTp)(?<!\bThS)(?<!\bPGS)(?<!\bGS)(?<!\bTS)(?<!\bNXB)(?<!\bMr)(?<!\bMrs)"
    r"(?<!\bMs)(?<!\bDr)"
)
_SENTENCE_END_AFTER_WORD = re.compile(
    rf"(?:(?<=\w\w)(?<!\b[^\W\d]\.[^\W\d]{{2}}){_NOT_A_TITLES_ABBREVIATION}|(?<=\w\w[\"”’»]))"
    rf"{_NOT_A_NUMBERS_ABBREVIATION}"
    r"[.!?…](?:[\"”’)»\]]*)(?=\s)"
)

#: Script/style blocks (content and all) and any other tag; scraped pages sometimes keep them.
_SCRIPT_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(\s[^<>]*)?/?>|<!--.*?-->")

#: A line whose word 3-grams are at least this share contained in a longer line is a repeat.
NEAR_REPEAT_CONTAINMENT = 0.8
#: Lines shorter than this (in words) are never judged near-repeats: too little evidence.
NEAR_REPEAT_MIN_WORDS = 8
#: At most this many words in a linked article's title.
MAX_LINK_TITLE_WORDS = 30
#: At most this many words in one item of a tag list (syllables in Vietnamese: "Đối tác chiến
#: lược toàn diện" is one tag of six).
MAX_TAG_WORDS = 6
#: Paragraphs below a related box's titles that show the article goes on.
MIN_PARAGRAPHS_AFTER_BOX = 2
#: Words from which one sentence is a paragraph, not a teaser's lead.
MIN_PARAGRAPH_WORDS = 30
#: A teaser's title under a related box has at least this many words ("Chia sẻ" has fewer).
MIN_TEASER_WORDS = 6
#: A caption line: at most this many words before its credit, in one sentence.
MAX_CAPTION_WORDS = 40
#: On a photo story or gallery the captions are the story: when at least
#: ``MIN_STORY_CAPTIONS`` caption sentences glued into the prose would take more than this
#: share of the page's letters, they stay (only the credits go). Across the development crawl,
#: caption sentences are a median 3% of an article's letters (three quarters below 5%); the
#: pages above 15% are photo reports, galleries and lists with a photo per item, whose "caption"
#: is often the item's own last sentence.
MAX_CAPTION_SHARE = 0.15
MIN_STORY_CAPTIONS = 3
#: A byline or attribution after the last sentence has at most this many words.
MAX_TRAILING_BYLINE_WORDS = 8


@dataclass(frozen=True)
class KeptLine:
    """A body line: its 1-based line number in the raw file and its (trimmed) text."""

    line_no: int
    text: str


@dataclass(frozen=True)
class Removal:
    """Text taken out of the page. ``scope`` is ``line`` (the whole line) or, for part of a
    kept line, ``prefix``, ``suffix`` or ``inline``."""

    line_no: int
    text: str
    reason: str
    scope: str = "line"


@dataclass
class CleanedArticle:
    """Result of ``clean_article``; ``header`` holds metadata read from removed text."""

    kept: list[KeptLine]
    removed: list[Removal]
    n_input_lines: int
    header: dict[str, str] = field(default_factory=dict)
    headline: str = ""
    outlet: str = ""
    truncated: bool = False


@dataclass
class PageLine:
    """One non-blank input line while the rules run: ``text`` shrinks as fragments are
    trimmed; ``reason`` is set when the whole line is removed."""

    line_no: int
    raw: str
    text: str
    reason: str | None = None


@dataclass
class PageState:
    """What the rules read and change: the page's lines, trimmed fragments, header fields."""

    lines: list[PageLine]
    fragments: list[Removal] = field(default_factory=list)
    header: dict[str, str] = field(default_factory=dict)
    headline: str = ""
    outlet: str = ""

    def body(self) -> list[int]:
        """Indices of the lines not (yet) removed whole, in page order."""
        return [i for i, line in enumerate(self.lines) if line.reason is None]

    def remove_line(self, index: int, reason: str) -> None:
        """Mark the whole line ``index`` as furniture (the first reason given wins)."""
        if self.lines[index].reason is None:
            self.lines[index].reason = reason

    def trim(self, index: int, start: int, end: int, reason: str) -> None:
        """Cut ``text[start:end]`` out of line ``index`` and log it.

        The scope is ``prefix`` when nothing but spaces precede the fragment,
        ``suffix`` when nothing but spaces follow, else ``inline``; the two
        sides are joined by one space. When nothing is left the line goes whole.
        """
        line = self.lines[index]
        before, piece, after = line.text[:start], line.text[start:end], line.text[end:]
        if not piece.strip():
            return
        if not before.strip() and not after.strip():
            line.reason = reason
            return
        scope = "prefix" if not before.strip() else "suffix" if not after.strip() else "inline"
        self.fragments.append(Removal(line.line_no, piece.strip(), reason, scope))
        joiner = " " if before.strip() and after.strip() else ""
        line.text = (before.rstrip() + joiner + after.lstrip()).strip()


def _has_any(text: str, needles: tuple[str, ...]) -> bool:
    """True if any of ``needles`` occurs in ``text`` (the cheap test before a costly pattern)."""
    return any(needle in text for needle in needles)


def word_count(text: str) -> int:
    """Number of words (letter or digit runs) in ``text``."""
    return len(_WORDS.findall(text))


def letter_count(text: str) -> int:
    """Number of letters in ``text`` (digits, punctuation and spaces not counted)."""
    return len(_NON_LETTERS.sub("", text))


def ends_like_sentence(text: str) -> bool:
    """True if ``text`` ends with sentence-final punctuation (or a closing quote/bracket)."""
    return bool(_TERMINAL.search(text))


def comparison_key(text: str) -> str:
    """Text as compared for repeats: NFC, lowercase, words only."""
    return " ".join(_WORDS.findall(unicodedata.normalize("NFC", text).lower()))


def _label_key(text: str) -> str:
    """A label compared without case, punctuation or its count: "Bình luận (3)" → "bình luận"."""
    return re.sub(r"\s*[(\[]?\d+[)\]]?\s*$", "", comparison_key(text)).strip()


def is_widget_label(text: str) -> bool:
    """A known control or section label of a news page, maybe with a count (``Bình luận (3)``)."""
    if len(text) > 40:  # the longest label is a few words: skip the work for prose
        return False
    key = _label_key(text)
    counted = re.match(r"^\d+\s+(?P<label>.+)$", key)  # "0 Bình luận"
    if counted and counted.group("label") in f.COUNTED_LABELS:
        return True
    return key in f.WIDGET_LABELS or ("," not in text and _is_run_of_labels(key.split()))


def _is_run_of_labels(words: list[str]) -> bool:
    """Whether ``words`` split, longest first, into three or more widget labels ("in bài viết
    gửi bài viết quay lại"); two could be a sub-heading ("Sự kiện nổi bật")."""
    n_labels, position = 0, 0
    while position < len(words):
        for end in range(min(len(words), position + 4), position, -1):
            if " ".join(words[position:end]) in f.WIDGET_LABELS:
                n_labels, position = n_labels + 1, end
                break
        else:
            return False
    return n_labels >= 3


def is_name_like(text: str) -> bool:
    """Two to five capitalised words and nothing else: the shape of a byline."""
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    return all(w[:1].isupper() and _WORDS.fullmatch(w.strip("()")) for w in words)


#: What may open a signature line: "By", "Bài:", "Bài và ảnh:", "Tin, ảnh:".
#: An English reporter's credit with the place they filed from: "Michael Tran in Hanoi".
_BYLINE_IN_PLACE = re.compile(
    r"^[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3} in [A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
    # two reporters: "Thu Vo in Hanoi and Daniel Graves in Berlin"
    r"(?: and [A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3} in [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?$"
)
_BYLINE_LEAD = re.compile(
    r"^(?:By|BY|Bài(?:(?:,| và) ảnh)?:|Tin(?:(?:,| và) ảnh)?:|Ảnh và bài:|Văn bản bởi:)\s+"
)
#: What joins the names of a signature: punctuation, or "and" / "và" between two names.
_BYLINE_SEPARATORS = re.compile(r"[\s/,&\-–—]+(?:(?:and|và)\s+)?")


def is_byline_like(text: str) -> bool:
    """The shape of a signature after the last sentence: capitalised names, initials or
    agency acronyms joined by ``-``, ``/``, ``,``, ``&``, "and" or "và", maybe opened by
    "By" or "Bài:" and with one bracketed note (``Anh Quân (Tổng hợp)``, ``L.C``,
    ``TTXVN/Tin Tức``, ``Minh Hà - Thu Trang``, ``By Hai Yen and Duc Anh``)."""
    core = re.sub(r"\s*[(\[][^()\[\]]{1,40}[)\]]\s*", " ", text).strip(" .,;-–—")
    core = _BYLINE_LEAD.sub("", core)
    words = [w for w in _BYLINE_SEPARATORS.split(core) if w]
    if not 1 <= len(words) <= MAX_TRAILING_BYLINE_WORDS:
        return False
    return all(w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w.']*", w) for w in words)


def strip_html(text: str) -> tuple[str, list[str]]:
    """Remove HTML markup from one line: script/style blocks whole, other tags alone.

    Output: the text without markup (entities such as ``&amp;`` decoded) and
    the removed pieces, for the log. Text that merely mentions "<" stays.
    """
    removed: list[str] = []

    def take(match: re.Match[str]) -> str:
        removed.append(match.group(0))
        return " "

    text = _SCRIPT_BLOCK.sub(take, text)
    text = _HTML_TAG.sub(take, text)
    if removed:
        text = html.unescape(text)
    return re.sub(r"\s{2,}", " ", text).strip(), removed


def credit_length(words: list[str]) -> int:
    """How many of ``words`` (the text after a credit label) belong to the credit.

    A credit is a short run of capitalised words: a name, an outlet, or both
    ("Quang Hiếu", "AFP/TTXVN", "VGP/Nhật Bắc"). It ends at a word that closes
    with punctuation, after an all-capitals outlet, before a word that opens
    sentences ("Theo", "Tại", "The"), or before a lower-case word, in which case
    the last capitalised word already began the prose ("Linh Hoàng Sôi động").
    """
    taken = _capitalised_credit_length(words)
    if (
        0 < taken < len(words) <= f.MAX_CREDIT_WORDS + 1
        and words[taken][:1].islower()
        and not any(_SENTENCE_END.search(word + " ") for word in words[:-1])
    ):
        # the words after the name run to the line's end in lower case, closing no
        # sentence before it: the credit is all of them ("Ảnh: Nhân vật cung cấp.")
        return len(words)
    return taken


def _capitalised_credit_length(words: list[str]) -> int:
    """``credit_length``'s reading of the capitalised run that opens ``words``."""
    taken = 0
    for position, word in enumerate(words[: f.MAX_CREDIT_WORDS]):
        if word in {"-", "–", "—", "/"} and position and position + 1 < len(words):
            continue  # "Nguyễn Thắng - TTXVN": a name, then its agency
        core = word.strip('()[]"“”,.;:')
        if position == 0 and core[:1].islower():
            # a lower-case credit ("chụp màn hình.", "blogspot.com.") only when a full
            # stop closes it within a few words, or one word before the prose's capital
            # ("Ảnh: internet Điều này ...")
            closing = [k for k, w in enumerate(words[:4]) if w.endswith(".")]
            if closing:
                return closing[0] + 1
            return 1 if len(words) > 1 and words[1][:1].isupper() else 0
        if not core or not core[0].isupper() or (position and core in f.SENTENCE_OPENERS):
            break
        # after a name of two words or more: "Ảnh: Hữu Thành Trường Đại học …"
        if position >= 2 and f.BODY_OR_RANK_OPENING.match(" ".join(words[position : position + 2])):
            break
        taken = position + 1
        # a web address closes the credit: "Photo Credit: Kremlin.ru When …"
        if word.endswith((".", ",", ";", ")", "]")) or re.search(r"\w\.[a-z]{2,4}$", core):
            return taken
        last_part = core.split("/")[-1]
        is_acronym = len(last_part) >= 2 and last_part.isupper()
        following = words[position + 1].strip('()[]"“”,.;:') if position + 1 < len(words) else ""
        if is_acronym and not following.isupper():
            return taken
    else:
        return taken
    if taken >= 2 and position < len(words) and words[position][:1].islower():
        taken -= 1  # the last capitalised word opens the sentence that follows
    return taken


def _span_of_words(text: str, start: int, n_words: int) -> int:
    """End offset of the first ``n_words`` whitespace-separated words from ``start``."""
    end = start
    for match in re.finditer(r"\S+", text[start:]):
        if n_words == 0:
            break
        end = start + match.end()
        n_words -= 1
    return end


def _sentence_or_marker_end(text: str, start: int, max_words: int) -> int:
    """End of the link or promotion that begins at ``start``: through its first sentence
    end, or to the end of the line, if that is within ``max_words`` words; else ``start``
    (only the marker before it is cut)."""
    rest = text[start:]
    stop = _SENTENCE_END.search(rest + " ")
    end = start + (stop.end() if stop else len(rest))
    return end if word_count(text[start:end]) <= max_words else start


# --- The rules -------------------------------------------------------------------------------
# Each takes the page state and changes it; CLEANING_RULES below fixes their order.


def strip_html_markup(page: PageState) -> None:
    """A line of markup only goes whole; tags inside a line are cut out (``inline``)."""
    for line in page.lines:
        text, markup = strip_html(line.text)
        if markup and not text:
            line.reason = "html_markup"
        elif markup:
            page.fragments.append(Removal(line.line_no, " ".join(markup), "html_markup", "inline"))
        line.text = normalize_text(text)


def trim_table_borders(page: PageState) -> None:
    """The cell borders of a flattened HTML table ("| text", "text. | |"): logged as markup."""
    for index in page.body():
        line = page.lines[index]
        border = f.TABLE_BORDER_END.search(line.text)
        if border:
            page.trim(index, border.start(), len(line.text), "html_markup")
        border = f.TABLE_BORDER_START.match(line.text)
        if border and line.reason is None:
            page.trim(index, 0, border.end(), "html_markup")


def read_metadata_header(page: PageState) -> None:
    """Header lines at the very top ("date 2025-12-09 ...") go into ``page.header``."""
    for index in page.body():
        line = page.lines[index]
        match = f.METADATA_HEADER.match(line.text)
        if not match or (
            match.group("key").lower() in {"date", "published"}
            and not f.ISO_DATE.match(match.group("value"))
        ):
            return
        page.header[match.group("key").lower()] = match.group("value")
        rest = match.group("rest").strip()
        if any(character.isalnum() for character in rest):
            page.trim(index, 0, len(line.text) - len(rest), "metadata_header")
            return
        line.reason = "metadata_header"


def classify_line(text: str) -> str | None:
    """The furniture reason of a single line judged on its own, or ``None`` for body text.

    Only shapes that leave no room for prose: a player clock, a bare time, a
    URL or image file name, a credit alone, a widget label, an end mark, an
    agency sign-off, a byline with its publication stamp.
    """
    stripped = text.strip()
    if f.AUDIO_PLAYER.match(stripped):
        return "audio_player"
    if f.BARE_TIME.match(stripped) or f.CUED_STAMP_LINE_EN.match(stripped):
        return "timestamp"
    if f.URL.match(stripped) or f.SOURCE_LINK.match(stripped):
        return "url"
    if (f.PLAYER_FALLBACK.match(stripped) and not ends_like_sentence(stripped)) or (
        f.MEDIA_FILE_LINE.match(stripped)
    ):
        return "audio_player"
    if (
        f.AGENCY_PHOTO_LINE.match(stripped)
        or f.CAPTION_WITH_BRACKETED_CREDIT.match(stripped)
        or f.ACCESSIBLE_IMAGE_LABEL.match(stripped)
    ):
        return "photo_caption"
    if (
        f.LABELLED_BYLINE_PART.match(stripped)
        or f.BYLINE_WITH_READING_TIME.match(stripped)
        or f.BYLINE_AND_DATE_EN.match(stripped)
    ):
        return "byline"
    if f.BLOG_COMMENT_FORM.match(stripped):
        return "reader_comments"
    if (
        f.DATE_PICKER_OR_PAGER.search(stripped) and not ends_like_sentence(stripped)
    ) or f.VIEW_COUNT.match(stripped):
        return "widget_label"
    if (
        f.BRACKETED_WIRE_SOURCE.match(stripped)
        or f.LABELLED_SOURCE_LINE.match(stripped)
        or f.WIRE_EDITORS_INITIALS.match(stripped)
    ):
        return "agency_signoff"
    if f.GALLERY_CAPTION.match(stripped):
        return "photo_caption"
    if f.EMBEDDED_POST_PART.match(stripped):
        return "url"
    if f.REPRINT_NOTICE.match(stripped) or f.VIEWS_DISCLAIMER.match(stripped):
        return "site_chrome"
    if f.DOCUMENT_FILE_LINE.match(stripped):
        return "image_filename"
    if f.LABELLED_URL.match(stripped) and len(stripped.split()) <= MAX_LABELLED_URL_WORDS:
        return "url"
    if f.SCREEN_READER_LIST.search(stripped) or f.TOPIC_LINKS.match(stripped):
        return "related_articles"
    if f.MARKDOWN_IMAGE.match(stripped):
        return "image_filename"
    if (
        f.HOTLINE.search(stripped)
        and word_count(stripped) <= 20
        and not ends_like_sentence(stripped)
    ):
        return "widget_label"
    if _is_tag_list(stripped) or f.HASHTAG_LINE.match(stripped) or f.HASHTAG_ITEM.match(stripped):
        return "widget_label"
    if f.READING_TIME.match(stripped) or f.RATING_WIDGET.match(stripped):
        return "widget_label"
    if f.PRINT_EDITION_NOTE.match(stripped):
        return "site_chrome"
    if (
        is_prompt_line(stripped)
        or f.PUBLISHER_OFFER.match(stripped)
        or (
            f.PROMOTION_WITH_BUTTON.match(stripped)
            and word_count(stripped) <= f.MAX_PROMOTION_WORDS
        )
    ):
        return "site_chrome"
    label = f.NUMBERED_IMAGE_LABEL.search(stripped)
    if label and _is_caption(stripped[: label.start()]):
        return "photo_caption"
    if f.IMAGE_FILENAME.match(stripped):
        return "image_filename"
    if is_widget_label(stripped):
        return "widget_label"
    if f.END_MARK_LINE.match(stripped):
        return "end_mark"
    if f.AGENCY_SIGNOFF_LINE.match(stripped):
        return "agency_signoff"
    if f.WIRE_CREDIT_LINE.match(stripped):
        return "byline"
    if is_footer_menu(stripped):
        return "site_chrome"
    return None


#: A cell of a flattened table's row has at most this many words; such a row has at least
#: ``MIN_ROW_CELLS`` cells.
MAX_CELL_WORDS = 4
MIN_ROW_CELLS = 3


def remove_table_rows(page: PageState) -> None:
    """A flattened table's rows (``table_row_cells`` with figures in half the cells or more:
    "2021 | 6% | 3% | 84% | 7%") and its header, a row of as many cells right above them
    ("Năm | RUB | VND | USD | Khác"), as ``html_markup``: figures in a grid, no sentence. A row
    of names alone ("Hà Nội | Moskva | Minsk") stays."""
    body = page.body()
    cells = [table_row_cells(page.lines[index].text) for index in body]
    for position, index in enumerate(body):
        row = cells[position]
        if row is None or not _holds_figures(row):
            continue
        page.remove_line(index, "html_markup")
        above = cells[position - 1] if position else None
        if above is not None and len(above) == len(row) and not _holds_figures(above):
            page.remove_line(body[position - 1], "html_markup")


def table_row_cells(text: str) -> list[str] | None:
    """The cells of a line set apart by bars when it has ``MIN_ROW_CELLS`` or more, each of
    ``MAX_CELL_WORDS`` words at most and none empty or ending a sentence; else ``None``. A live
    update's headline has bars too, between clauses."""
    row = [cell.strip() for cell in text.strip().split(" | ")]
    if len(row) < MIN_ROW_CELLS or not all(
        cell and word_count(cell) <= MAX_CELL_WORDS and not ends_like_sentence(cell) for cell in row
    ):
        return None
    return row


def _holds_figures(cells: list[str]) -> bool:
    """Whether half the cells or more hold a digit."""
    return 2 * sum(any(ch.isdigit() for ch in cell) for cell in cells) >= len(cells)


#: A link's label ("Liên kết cố định", "Permalink") has at most this many words, the link
#: counted as one.
MAX_LABELLED_URL_WORDS = 5

#: A footer menu has at least this many links.
MIN_FOOTER_MENU_LINKS = 3


def is_footer_menu(text: str) -> bool:
    """A site's footer menu run together on one line: "About Us Code of Ethics Terms and
    Conditions Privacy Policy …", "Giới thiệu Liên hệ Điều khoản sử dụng Chính sách bảo mật":
    its words split wholly into ``furniture.FOOTER_LINKS``, ``MIN_FOOTER_MENU_LINKS`` or more,
    two of them at least links no article prints (``furniture.STRONG_FOOTER_LINKS``); or, with
    the site's own links among them ("Sitemap Work for us"), ``MIN_STRONG_LINKS_AMONG_UNKNOWN``
    strong links, unknown words at most ``MAX_UNKNOWN_FOOTER_SHARE`` of the line's, and no
    sentence end."""
    key = comparison_key(text.replace("&", " and "))
    # every footer menu holds a strong link: a cheap test before the split
    if not any(link in key for link in f.STRONG_FOOTER_LINKS):
        return False
    words = re.findall(r"[^\s|•·]+", key)
    # the split with the fewest unknown words, then the most links, then the most strong ones:
    # counts (links, strong, unknown words)
    last = _best_split(
        words, _footer_link_counts, MAX_FOOTER_LINK_WORDS, key=lambda way: (-way[2], way[0], way[1])
    )
    if last is None:
        return False
    links, strong, unknown = last
    if not unknown:
        return links >= MIN_FOOTER_MENU_LINKS and strong >= 2
    # a site's own links among the known ones ("Sitemap Work for us"): no article runs three
    # legal or contact links together, and the line ends no sentence
    return (
        strong >= MIN_STRONG_LINKS_AMONG_UNKNOWN
        and unknown <= len(words) * MAX_UNKNOWN_FOOTER_SHARE
        and not ends_like_sentence(text)
    )


#: A footer menu with links of the site's own has this many links no article prints at least,
#: and its unknown words are at most this share of its words.
MIN_STRONG_LINKS_AMONG_UNKNOWN = 3
MAX_UNKNOWN_FOOTER_SHARE = 0.25


def _footer_link_counts(piece: str) -> tuple[int, int, int] | None:
    """``(1, 1, 0)`` for a strong footer link, ``(1, 0, 0)`` for another, ``(0, 0, 1)`` for a
    single unknown word, else ``None``."""
    if piece in f.FOOTER_LINKS:
        return (1, int(piece in f.STRONG_FOOTER_LINKS), 0)
    return (0, 0, 1) if " " not in piece else None


#: The longest footer link, in words ("do not sell or share my personal information").
MAX_FOOTER_LINK_WORDS = 8


def _is_tag_list(text: str) -> bool:
    """ "Từ khóa: viện trợ Nga, lũ lụt Huế": a label, then two or more short items; or three or
    more hashtags (``furniture.HASHTAG_LIST``)."""
    if f.HASHTAG_LIST.match(text):
        return True
    match = f.TAG_LIST.match(text)
    if not match:
        return False
    tags = text.split(":", 1)[1]
    # tags are set apart by commas, semicolons, bars or, on the raw line, runs of spaces
    items = [item for item in re.split(r"[,;|]|\s{2,}", tags) if item.strip()]
    if len(items) == 1:  # tags a converter set apart by single spaces: no telling them apart
        return word_count(tags) <= MAX_SPACED_TAG_LIST_WORDS
    return all(word_count(item) <= MAX_TAG_WORDS for item in items)


#: A labelled tag list whose tags only single spaces set apart has at most this many words.
MAX_SPACED_TAG_LIST_WORDS = 30

#: A newsletter prompt or cookie notice is a short line.
MAX_PROMPT_WORDS = 30


def is_prompt_line(text: str) -> bool:
    """A line that is a newsletter or channel prompt (no sentence end, ``NEWSLETTER_PROMPT``)
    or a cookie notice (``COOKIE_NOTICE``), ``MAX_PROMPT_WORDS`` words at most."""
    if f.COOKIE_NOTICE.match(text):
        return word_count(text) <= f.MAX_COOKIE_NOTICE_WORDS
    if word_count(text) > MAX_PROMPT_WORDS:
        return False
    # a prompt's closing colon opens the icons under it ("Follow Al Jazeera English:")
    prompt = f.NEWSLETTER_PROMPT.match(text) and not ends_like_sentence(text.rstrip().rstrip(":"))
    return bool(prompt or f.COOKIE_NOTICE.match(text) or f.CHANNEL_PROMPT.match(text))


def remove_standalone_furniture(page: PageState) -> None:
    """Lines that are furniture from end to end, judged one by one (``classify_line``), and
    rows of controls (``is_control_row``) or tags whose runs of spaces set them apart on the
    raw line ("Tags: Belarus  Bộ Công an"); below the lead (the first line of prose), an
    embedded video's title (``furniture.VIDEO_TITLE_LINE``: a video page's headline above it
    stays)."""
    body = page.body()
    lead = _lead_position([page.lines[index].text for index in body])
    for position, index in enumerate(body):
        raw = page.lines[index].raw.strip()
        reason = classify_line(page.lines[index].text)
        if not reason and (is_control_row(raw) or _is_tag_list(raw)):
            reason = "widget_label"
        # an embedded video's title under the lead; above it, a video page's own headline
        if not reason and lead is not None and position > lead:
            reason = "related_articles" if f.VIDEO_TITLE_LINE.match(raw) else None
        if reason:
            page.remove_line(index, reason)


def is_control_row(raw: str) -> bool:
    """A row of two or more controls set apart as a menu's items are ("Bình luận (0) | In bài
    viết | Chia sẻ", "In bài  Gửi email", "Share: Facebook | Twitter"): every item a widget
    label (``is_widget_label``) or a network's name (``furniture.SHARE_NETWORKS``), and one
    at least a label. Read on the raw line, whose runs of spaces cleaning collapses."""
    separators = rf"{f.MENU_ITEM_SEPARATOR.pattern}|:\s"
    items = [item.strip() for item in re.split(separators, raw.strip()) if item.strip()]
    labels = [is_widget_label(item) for item in items]
    # a count beside its label: "Lượt xem: 945 | In bài"
    networks = [
        comparison_key(item) in f.SHARE_NETWORKS or bool(re.fullmatch(r"[\d.,]+", item))
        for item in items
    ]
    return (
        len(items) >= 2
        and any(labels)
        and all(label or network for label, network in zip(labels, networks, strict=True))
    ) or _is_run_of_controls(raw)


#: The longest control label, in words ("trở lại đầu trang", "send to a friend").
MAX_CONTROL_LABEL_WORDS = 5


def _is_run_of_controls(text: str) -> bool:
    """Controls a converter ran together with single spaces: "Chia sẻ Facebook Zalo Sao chép
    link", "Họ tên Email Gửi bình luận", "Thích 12 Chia sẻ", "Print Send to a friend". The
    words, counts and font-size buttons ("A- A+") left out, split wholly into two or more
    widget labels and networks' names, one at least a label and one a button
    (``CONTROL_ACTIONS`` or a network): "Sự kiện nổi bật" is two labels but a sub-heading."""
    if "," in text:  # "Lắng nghe, chia sẻ": a sub-heading; controls stand side by side
        return False
    words = [
        word for word in re.findall(r"[^\s|:•·()]+", comparison_key(text))
        if not word.isdigit() and word not in {"a-", "a+"}
    ]  # fmt: skip
    buttons = any(word in CONTROL_ACTIONS or word in f.SHARE_NETWORKS for word in words)
    # "Cỡ chữ: A A A" sizes the font; "Send to a friend" needs its "a"
    return buttons and (
        _splits_into_controls(words) or _splits_into_controls([w for w in words if w != "a"])
    )


def _best_split(
    words: list[str],
    counts_of: Callable[[str], tuple[int, ...] | None],
    max_piece_words: int,
    key: Callable[[tuple[int, ...]], object],
) -> tuple[int, ...] | None:
    """The counts of the best split of ``words`` wholly into known pieces of at most
    ``max_piece_words`` words, or ``None`` when they do not split so. ``counts_of`` gives a
    piece's counts (``_control_counts``, ``_footer_link_counts``) or ``None`` for no known
    piece; a split's counts are its pieces' summed, and of two splits the one with the greater
    ``key`` of its counts is best (the first found on a tie)."""
    # ways[i]: the counts of the best split of words[:i], when there is one
    ways: list[tuple[int, ...] | None] = [()] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - max_piece_words), end):
            if ways[start] is None:
                continue
            counts = counts_of(" ".join(words[start:end]))
            if counts is None:
                continue
            way = tuple(map(sum, zip_longest(ways[start], counts, fillvalue=0)))
            if ways[end] is None or key(way) > key(ways[end]):
                ways[end] = way
    return ways[-1]


def _control_counts(piece: str) -> tuple[int, int] | None:
    """``(1, 0)`` for a widget label or a share button ("share on facebook", "share via
    email"), ``(0, 1)`` for a network's name, else ``None``."""
    share = re.fullmatch(r"share (?:on|via) (\S+)", piece)
    if is_widget_label(piece) or (share and share.group(1) in f.SHARE_NETWORKS):
        return (1, 0)
    return (0, 1) if piece in f.SHARE_NETWORKS else None


def _splits_into_controls(words: list[str]) -> bool:
    """Whether ``words`` split wholly into widget labels and networks' names, two or more, one
    at least a label, or three networks' names."""
    # the split into the most pieces: "chia sẻ thích bình luận" is a run of three labels, and
    # three controls
    last = _best_split(words, _control_counts, MAX_CONTROL_LABEL_WORDS, key=sum)
    # networks alone make a share row when there are three: "Facebook Telegram X VK"
    return last is not None and ((last[0] >= 1 and sum(last) >= 2) or last[1] >= 3)


#: Words of a control that does something (share, print, save, send, comment, follow), as
#: opposed to a section's name ("Sự kiện", "Nổi bật").
CONTROL_ACTIONS = frozenset(
    "chia thích in gửi lưu bình sao tweet theo họ lên share like print send save comment "
    "comments copy subscribe follow email".split()
)


def remove_lone_date_line(page: PageState) -> None:
    """A date alone on its line ("04/06/2024") when it is the page's only one: the page's
    stamp (``timestamp``). Several are a chronology's milestones, and one under a label
    ending with a colon is an event's date; they stay."""
    body = page.body()
    dates = [p for p, i in enumerate(body) if f.BARE_DATE.match(page.lines[i].text.strip())]
    # under a label ("Thời gian:") the date is the event's, and stays
    if len(dates) == 1 and not (
        dates[0] > 0 and page.lines[body[dates[0] - 1]].text.rstrip().endswith(":")
    ):
        page.remove_line(body[dates[0]], "timestamp")


def cut_related_block_after_heading(page: PageState) -> None:
    """An explicit "Tin liên quan" / "Related news" heading line below the lead (the first
    line of prose: a site's menu may hold "Tin mới"), and the links under it.

    At the end of a page the block runs to the end: teasers, other widgets, comments and
    the footer follow. Some sites put the box in the middle of the article: when the
    article goes on below the titles (``_article_goes_on``), only the heading and its
    titles go, and the next heading is looked for.
    """
    body = page.body()
    lead_position = _lead_position([page.lines[i].text for i in body])
    if lead_position is None:
        return
    for heading in range(body[lead_position] + 1, len(page.lines)):
        text = page.lines[heading].text
        glued = _GLUED_HEADING.search(text) if page.lines[heading].reason is None else None
        if glued and f.RELATED_HEADING.match(glued.group("heading")):
            # "… của thành phố.Bài liên quan": the heading glued to the last paragraph
            page.trim(heading, glued.start("heading"), len(text), "related_articles")
        elif word_count(text) > 6 or not f.RELATED_HEADING.match(text):
            continue
        # a heading another rule took as a control ("Read more") still opens the block
        elif page.lines[heading].reason not in (None, "widget_label"):
            continue
        body = page.body()
        texts = [page.lines[i].text for i in body]
        position = next((p for p, index in enumerate(body) if index > heading), len(body))
        end = position
        # the titles under the box (a sub-heading right under them cannot be told apart)
        while (
            end < len(body)
            and _is_link_title(texts[end])
            and not f.RELATED_HEADING.match(texts[end])
        ):
            end += 1
        rest = texts[end:]
        next_heading = next((p for p, t in enumerate(rest) if f.RELATED_HEADING.match(t)), None)
        # lines between this box and another heading stay unless the boxes stand together
        goes_on = _article_goes_on(rest) or (next_heading is not None and next_heading > 0)
        if goes_on and end > position and texts[end - 1].rstrip().endswith("?") and rest:
            end -= 1  # a question right above the prose: the interview's, not a link
        if not glued:
            page.lines[heading].reason = "related_articles"
        for later in body[position : end if goes_on else len(body)]:
            page.remove_line(later, "related_articles")
        if not goes_on:
            return


#: A short heading glued after a paragraph's last sentence end, with or without a space.
_GLUED_HEADING = re.compile(r"(?<=\w\w[.!?…])[\"”]?\s*(?P<heading>[^\W\d][^.!?…:]{1,40}?)\s*:?$")


def remove_reference_list(page: PageState) -> None:
    """A scholarly article's reference list: its heading (``furniture.REFERENCES_HEADING``:
    "Tài liệu tham khảo", "References") below the lead, and the entries right under it
    (``furniture.REFERENCE_ENTRY``: numbered citations, the journal's review dates). A
    numbered paragraph of the article itself stands above the heading and stays."""
    body = page.body()
    texts = [page.lines[index].text.strip() for index in body]
    lead = _lead_position(texts)
    if lead is None:
        return
    for position in range(lead + 1, len(body)):
        if not f.REFERENCES_HEADING.match(texts[position]):
            continue
        page.remove_line(body[position], "references")
        for entry in range(position + 1, len(body)):
            if not f.REFERENCE_ENTRY.match(texts[entry]):
                break
            page.remove_line(body[entry], "references")
        return


def _article_goes_on(rest: list[str]) -> bool:
    """Whether the article goes on below a related box's titles, judged on the lines up to
    the next related heading: ``MIN_PARAGRAPHS_AFTER_BOX`` paragraphs stand there, two lines
    of prose stand together (``_could_be_lead``), or one paragraph (``_is_paragraph``: two
    sentences, or ``MIN_PARAGRAPH_WORDS`` words) stands with no teaser title
    (``MIN_TEASER_WORDS`` words or more) after it. Teasers with their one-sentence leads
    alternate titles and leads; the article's paragraphs (an interview's questions and
    answers too) do not. Another box right under the titles means the article has ended."""
    end = next((p for p, text in enumerate(rest) if f.RELATED_HEADING.match(text)), len(rest))
    segment = rest[:end]
    if sum(_is_paragraph(text) for text in segment) >= MIN_PARAGRAPHS_AFTER_BOX:
        return True  # an interview's answers, a feature's paragraphs between sub-headings
    leads = [_could_be_lead(text) for text in segment]
    if any(a and b for a, b in zip(leads, leads[1:], strict=False)):
        return True
    first = next((p for p, text in enumerate(segment) if _is_paragraph(text)), None)
    if first is None:
        return False
    return not any(
        _is_link_title(text) and word_count(text) >= MIN_TEASER_WORDS
        for text in segment[first + 1 :]
    )


def _is_link_title(text: str) -> bool:
    """A linked article's title: at most ``MAX_LINK_TITLE_WORDS`` words, one sentence,
    no closing full stop (a question or a quote may close it)."""
    stripped = text.rstrip()
    return (
        0 < word_count(stripped) <= MAX_LINK_TITLE_WORDS
        and not stripped.endswith((".", "…"))
        and not _holds_two_sentences(stripped, closing=' ?!"”')
    )


def _is_paragraph(text: str) -> bool:
    """An article's paragraph rather than a teaser's lead, a comment or a footer line: two
    sentences or more, or ``MIN_PARAGRAPH_WORDS`` words."""
    return word_count(text) >= MIN_PARAGRAPH_WORDS or _holds_two_sentences(text)


#: A teaser block holds at most this many lines of prose without a dateline of their own (its
#: leads carry one): an article that goes on under a sub-heading opening "ASEAN – Nga …" or
#: under a caption holds more.
MAX_UNMARKED_TEASER_PROSE = 1
#: A teaser's lead comes after this many lines of prose at least (the sapo, a caption and the
#: article's own dateline lead are fewer).
MIN_PROSE_ABOVE_TEASER = 3


def cut_teaser_block(page: PageState) -> None:
    """A run of other articles' teasers appended after the body, without a heading.

    The sign is a second article lead: a line that opens with an outlet or dateline marker
    ("(Báo X) - ...", "HÀ NỘI - ...") under one or more title-like lines (no final
    punctuation), after ``MIN_PROSE_ABOVE_TEASER`` lines of prose at least (a dateline under
    the sapo and a caption or byline is the article's own; a masthead opening with the site's
    name, "VOV.VN - Báo điện tử ...", is above any prose). The block starts at the
    first of those title lines and runs to the end, and holds at most
    ``MAX_UNMARKED_TEASER_PROSE`` lines of prose without a marker of their own.
    """
    body = page.body()
    texts = [page.lines[index].text for index in body]

    def marked(text: str) -> bool:
        # "DOANH NHÂN SÀI GÒN - Cơ quan của …" opens the footer, not a teaser's lead
        if f.MASTHEAD_TAGLINE.match(text):
            return False
        return bool(f.OUTLET_PREFIX.match(text) or f.DATELINE_PREFIX.match(text))

    prose_above = 0
    for position, text in enumerate(texts):
        if marked(text) and prose_above >= MIN_PROSE_ABOVE_TEASER:
            start = position
            while start > 0 and not ends_like_sentence(texts[start - 1]):
                start -= 1
            unmarked = [t for t in texts[position + 1 :] if is_prose_line(t) and not marked(t)]
            if start < position and len(unmarked) <= MAX_UNMARKED_TEASER_PROSE:
                for later in body[start:]:
                    page.remove_line(later, "related_articles")
                return
        prose_above += _could_be_lead(text)


#: A comment section's heading is followed, within this many lines, by a comment's signature
#: or controls.
COMMENT_LOOKAHEAD = 3


def _is_comment_meta(text: str) -> bool:
    """A comment's signature or its row of controls, as a line of its own: short, and
    ``furniture.COMMENT_META`` in it; "Chỉ 2 tháng trước, …" in prose is neither."""
    words = re.findall(r"[^\W\d_]+", text)  # dates and counts are no words here
    return len(words) <= MAX_CONTROL_WORDS and bool(f.COMMENT_META.search(text))


def cut_reader_comments(page: PageState) -> None:
    """Readers' comments under the article (``reader_comments``): from a comment section's
    heading (``furniture.COMMENT_HEADINGS``) below the lead to the end of the page, when a
    comment's signature or controls (``furniture.COMMENT_META``: "Trần Văn Hùng -
    27/10/2020 15:20", "Thích · Trả lời · 2 giờ trước") follow it within
    ``COMMENT_LOOKAHEAD`` lines, or, under a heading that counts its comments ("Bình luận (3)",
    maybe closing a row of controls), ``MIN_SIGNED_COMMENTS`` readers' "Name: text" lines
    (``furniture.COMMENT_BY_NAME``). A "Bình luận" button among the share controls, with no
    comment under it, is only a widget label."""
    body = page.body()
    lead = _lead_position([page.lines[index].text for index in body])
    if lead is None:
        return
    for index in range(body[lead] + 1, len(page.lines)):
        text = page.lines[index].text
        # the heading may close a row of controls: "Chia sẻ Facebook Zalo | Bình luận (2)"
        heading = text.split(" | ")[-1] if is_control_row(page.lines[index].raw) else text
        key = _label_key(heading)
        # "Viết bình luận của bạn...", "Ý kiến bạn đọc (2)": a heading, maybe with more words
        if not any(key == h or key.startswith(h + " ") for h in f.COMMENT_HEADINGS):
            continue
        following = page.lines[index + 1 : index + 1 + COMMENT_LOOKAHEAD]
        # a heading that counts its comments ("Bình luận (3)") over two readers' "Name: text"
        counted = re.search(r"\(\s*[1-9]\d*\s*\)", heading)
        signed = sum(bool(f.COMMENT_BY_NAME.match(line.text.strip())) for line in following)
        if any(_is_comment_meta(line.raw.strip()) for line in following) or (
            counted and signed >= MIN_SIGNED_COMMENTS
        ):
            for line_index in range(index, len(page.lines)):
                if page.lines[line_index].reason is None:
                    page.remove_line(line_index, "reader_comments")
            return
        # the comment box itself ("Bạn còn 500/500 ký tự", "Họ tên Email Gửi bình luận"):
        # it and the lines of the box go; what follows is for the other rules to judge
        if is_prose_line(page.lines[index].text):
            continue  # "Bình luận về kết quả hội đàm, Đại sứ … nhấn mạnh …": a paragraph
        box = []
        for line in page.lines[index + 1 : index + 1 + COMMENT_LOOKAHEAD]:
            if not (_is_comment_box_line(line) or line.reason is not None):
                break
            box.append(line)
        if any(_is_comment_box_line(line) for line in box) or f.COMMENT_FORM.search(
            page.lines[index].text
        ):
            for line in [page.lines[index], *box]:
                if line.reason is None:
                    line.reason = "reader_comments"
            return


#: Under a heading that counts its comments, this many "Name: text" lines make a comment section.
MIN_SIGNED_COMMENTS = 2


def _is_comment_box_line(line: PageLine) -> bool:
    """A line of the comment box under a comment heading: its notice (``furniture.COMMENT_FORM``)
    or its fields and button run together ("Họ tên Email Gửi bình luận")."""
    return bool(f.COMMENT_FORM.search(line.text.strip())) or is_control_row(line.raw)


def trim_photo_credits(page: PageState) -> None:
    """Photo credits: "(Ảnh: Reuters)", "Ảnh: Quang Hiếu", "— VNA/VNS Photo Name".

    A line that is one caption sentence and its credit goes whole as
    ``photo_caption``. Inside a line, where flattened pages keep each photo's
    caption between two paragraphs ("... hai nước. Hai Thủ tướng chứng kiến lễ
    ký. Ảnh: VGP/Quang Hiếu Hai bên nhất trí ..."), the credit goes with the
    caption sentence before it when the prose goes on after the credit
    (``_caption_start``); elsewhere only the credit goes. On a photo story
    (``MIN_STORY_CAPTIONS`` or more such captions, over ``MAX_CAPTION_SHARE`` of
    the page's letters) the captions are the story and only the credits go.
    """
    lines = [replace(line) for line in page.lines]  # to restore if the page is a photo story
    n_fragments = len(page.fragments)
    body = page.body()
    page_letters = sum(letter_count(page.lines[i].text) for i in body)
    n_captions, caption_letters, n_credit_lines = _trim_photo_credits(page, inline_captions=True)
    inline_story = (
        n_captions >= MIN_STORY_CAPTIONS and caption_letters > MAX_CAPTION_SHARE * page_letters
    )
    # one captioned photo per line: three in four lines after the first (a headline) end
    # with a credit
    lines_story = n_credit_lines >= MIN_STORY_CAPTIONS and n_credit_lines >= 0.75 * (len(body) - 1)
    if inline_story or lines_story:
        page.lines, page.fragments[n_fragments:] = lines, []
        _trim_photo_credits(page, inline_captions=False)


def _credit_run_into_sentence(rest: str) -> re.Match | None:
    """The credit at the start of ``rest`` whose last word runs into the next sentence with no
    space: an agency's capitals before a Vietnamese word, a sentence opener or a word the
    sentence goes on from ("CATPĐại tá", "TTXVNHai bên", "BVHTham dự"; not "VTCNews Hai",
    "EVNHanoi Công"), a name before a Vietnamese opener ("Hồ LongPhó Chủ tịch"; not
    "LinkedIn"), initials before any capitalised word ("T.NTỉnh") or a Latin name before a
    Vietnamese word ("RosatomLò")."""
    run_in = f.CREDIT_RUN_INTO_SENTENCE.match(rest)
    if run_in:
        following, *after = rest[run_in.end() :].split(maxsplit=2)[:2]
        goes_on = bool(after) and after[0][:1].islower()  # "BVHTham dự …", not "VTCNews Hai"
        if not following.isascii() or following in f.SENTENCE_OPENERS or goes_on:
            return run_in
    return (
        f.CREDIT_NAME_RUN_INTO_OPENER.match(rest)
        or f.CREDIT_INITIALS_RUN_INTO_SENTENCE.match(rest)
        or f.CREDIT_WORD_RUN_INTO_VIETNAMESE.match(rest)
    )


def _is_caption_line(text: str) -> bool:
    """A wire's caption line ("FILE PHOTO: Russian rescuers at work. © Sputnik / Ilya
    Pitalev"): its label (``furniture.CAPTION_LINE_LABEL``), one sentence and at most a
    credit's words after it; prose glued after the credit keeps the line to the other rules.
    Or a scene's caption with no credit ("Toàn cảnh buổi làm việc.",
    ``furniture.SCENE_CAPTION``)."""
    if f.SCENE_CAPTION.match(text) and word_count(text) <= f.MAX_SCENE_CAPTION_WORDS:
        return True
    if not f.CAPTION_LINE_LABEL.match(text) or word_count(text) > MAX_CAPTION_WORDS:
        return False
    first_end = _SENTENCE_END.search(text + " ")
    after = text[first_end.end() :] if first_end else ""
    return len(after.split()) <= f.MAX_CREDIT_WORDS + 1


#: The rest of a credit for all the article's photos when a full stop closes it within four
#: words ("Facebook nhân vật."); otherwise the credit ends as any other does (``credit_length``)
_ARTICLE_CREDIT = re.compile(r"\s*[^.!?\s]+(?:\s+[^.!?\s]+){0,3}[.!?](?=\s|$)")
#: "(Nguồn: AFP/TTXVN)": a source that passed a photo on to an agency is a photo credit; a bare
#: "(Nguồn: Tổng cục Hải quan)" may source a figure in the sentence before it.
_AGENCY_CHAIN = re.compile(r"[(\[]Nguồn\s*:\s*[^()\[\]]*\w/\w")


def _trim_photo_credits(page: PageState, inline_captions: bool) -> tuple[int, int, int]:
    """``trim_photo_credits``'s work; returns how many caption sentences it took inside lines
    and their letters (none when ``inline_captions`` is false), and how many lines end with a
    credit."""
    n_captions = caption_letters = 0
    credit_lines: set[int] = set()
    for index in page.body():
        line = page.lines[index]
        if not _has_any(line.text, f.CREDIT_HINTS):
            continue
        if _is_caption_line(line.text):
            # "FILE PHOTO: Russian rescuers. © Sputnik / Ilya Pitalev": a caption line
            line.reason = "photo_caption"
            continue
        while True:
            bracketed = f.BRACKETED_CREDIT.search(line.text)
            if bracketed:
                start, end = bracketed.start(), bracketed.end()
                # "(ảnh)" points at the person pictured, "(Nguồn: X)" may source a fact
                names_someone = bool(
                    re.match(r".(?:Ảnh|ảnh|ẢNH|Photo)\s*:", bracketed.group())
                    or _AGENCY_CHAIN.match(bracketed.group())
                )
            else:
                label = f.CREDIT_LABEL.search(line.text)
                if not label:
                    break
                start, end = label.start(), label.end()
                # "Ảnh: X" and "VNA/VNS Photo X" name someone; "Ảnh minh họa" alone is whole
                names_someone = label.group("label").rstrip().endswith(":") or not label.group(
                    "label"
                ).startswith("Ảnh")
                glued = f.CREDIT_GLUED_TO_SENTENCE.match(line.text[end:]) if names_someone else None
                if glued and _ABBREVIATION_BEFORE.search(" " + glued.group("last") + "."):
                    glued = None  # "TP.Hồ Chí Minh", "St.Petersburg": an abbreviation
                if names_someone and not glued:
                    glued = _credit_run_into_sentence(line.text[end:])
                whole_article = "trong bài" in label.group("label")
                if glued:
                    # "Nguồn ảnh: TASS.Đây là …", "Ảnh: CATPĐại tá …", "Ảnh: Hồ LongPhó Chủ tịch
                    # …": the next sentence starts right after the dot, the agency's last
                    # capital or the name
                    end += glued.end()
                elif whole_article and (note := _ARTICLE_CREDIT.match(line.text[end:])):
                    # "Ảnh sử dụng trong bài: Facebook nhân vật." is a sentence of its own
                    end += note.end()
                elif names_someone:
                    end = _span_of_words(line.text, end, credit_length(line.text[end:].split()))
                # an illustration ("Ảnh minh họa: Getty") is a stock photo, mostly uncaptioned,
                # and "Nguồn ảnh sử dụng trong bài:" credits every photo of the article: the
                # sentence before either is the story's
                names_someone = (
                    names_someone
                    and not label.group("label").upper().startswith("ẢNH MINH")
                    and "trong bài" not in label.group("label")
                )
                if line.text[end : end + 1] == ".":
                    end += 1
            # take a separator before the credit ("... Hà Nội - Ảnh: X") with it
            separator = re.search(r"\s[-–—|]\s*$", line.text[:start])
            if separator:
                start = separator.start()
            caption = line.text[:start].strip()
            rest = line.text[end:].strip(" .")
            goes_on = bool(rest) and (rest[0].isupper() or rest[0] in '"“')
            if not rest and names_someone:
                # a paragraph that ends at a photo's credit; on a photo story most of them do
                credit_lines.add(index)
            if not rest and inline_captions and _is_caption(caption):
                line.reason = "photo_caption"
                break
            # the prose goes on after the credit: the sentence before it is the photo's caption
            if inline_captions and names_someone and goes_on:
                caption_start = _caption_start(line.text, start)
                if caption_start < start:
                    if line.text[end : end + 1] == ".":
                        end += 1  # the caption's own full stop, after a bracketed credit
                    n_captions += 1
                    caption_letters += letter_count(line.text[caption_start:start])
                    start = caption_start
            page.trim(index, start, end, "photo_caption")
            if line.reason:
                break
    return n_captions, caption_letters, len(credit_lines)


def _caption_start(text: str, credit_start: int) -> int:
    """Where the caption sentence that ends at a credit inside a line begins.

    The caption is the one sentence before the credit if it is short
    (``MAX_CAPTION_WORDS``) and reads like a caption: not opened by a connective
    and without a reporting verb (``furniture.CAPTION_NEVER``: such a sentence
    carries the story). Otherwise ``credit_start``: only the credit goes.
    Abbreviations ("TP.", "TS.") do not end the sentence before it.
    """
    start = _last_sentence_start(text, credit_start)
    caption = text[start:credit_start].rstrip(" -–—|")
    if not caption or word_count(caption) > MAX_CAPTION_WORDS or f.CAPTION_NEVER.search(caption):
        return credit_start
    return start


def _last_sentence_start(text: str, end: int) -> int:
    """Where the last sentence of ``text[:end]`` begins (0 when it holds one sentence)."""
    before = text[:end].rstrip(" -–—|")
    ends = [
        m.end()
        for m in _SENTENCE_END_AFTER_WORD.finditer(before.rstrip(" .") + " ")
        if not _ABBREVIATION_BEFORE.search(before[: m.start() + 1])
    ]
    start = ends[-1] if ends else 0
    while start < len(before) and before[start].isspace():
        start += 1
    return start


#: A full stop after a run of up to three capitals ("TP.", "TS.", "PGS.", "NXB.") or a
#: mixed-case title ("Tp.", "ThS.", "Mr.") ends no sentence.
_ABBREVIATION_BEFORE = re.compile(r"(?:^|\s)(?:[A-ZĐ]{1,3}|Tp|ThS|Mr|Mrs|Ms|Dr|St)\.$")


def _holds_two_sentences(text: str, closing: str = " .") -> bool:
    """Whether a sentence ends inside ``text`` before its own closing punctuation (the
    characters of ``closing``, stripped first); initials ("V. Putin") end none."""
    return bool(_SENTENCE_END_AFTER_WORD.search(text.rstrip(closing) + " "))


def _is_caption(text: str) -> bool:
    """One short sentence (or nothing): what stands before a credit on a caption line.
    A second sentence means prose ("... V. Putin" initials do not count as an end), and so
    does a connective or a reporting verb (``furniture.CAPTION_NEVER``)."""
    if word_count(text) > MAX_CAPTION_WORDS or f.CAPTION_NEVER.search(text):
        return False
    return not _holds_two_sentences(text)


def trim_bracketed_links(page: PageState) -> None:
    """A title of another article in square brackets between two sentences."""
    for index in page.body():
        if "[" not in page.lines[index].text:
            continue
        while match := f.BRACKETED_LINK.search(page.lines[index].text):
            if word_count(match.group("title")) < 3:
                break
            page.trim(index, match.start(), match.end(), "related_articles")
            if page.lines[index].reason:
                break


#: A deck is at least 1/DECK_LENGTH_RATIO times as long as the headline it follows (SCMP: 10
#: words against 17); a kicker above a headline is about as long as it.
DECK_LENGTH_RATIO = 0.75
#: A section's name in a trail has at most this many words ("Quốc phòng - An ninh").
MAX_TRAIL_ITEM_WORDS = 4


def _is_section_trail(text: str) -> bool:
    """A breadcrumb of sections' names: two or more short items set apart by "»", "›", ">" or
    "/", the first not a marker ("Trang chủ » Chính trị » Đối ngoại"); a run of linked
    headlines ("» Rosatom đào tạo kỹ sư … » Hợp tác …") is none."""
    items = [item.strip() for item in re.split(r"\s[>»›/]\s", text.strip())]
    return (
        len(items) >= 2
        and not re.match(r"[>»›]", text.strip())
        and all(0 < word_count(item) <= MAX_TRAIL_ITEM_WORDS for item in items)
    )


def trim_link_markers(page: PageState) -> None:
    """ ">> Title", "Xem thêm: Title": a link to elsewhere, cut to its sentence end (or the
    line end) when that is short; otherwise only the marker goes and the text stays."""
    for index in page.body():
        line = page.lines[index]
        position = 0
        if _is_section_trail(line.text):
            continue  # "Trang chủ » Chính trị » Đối ngoại": "»" separates, it links nowhere
        while line.reason is None and _has_any(line.text, f.LINK_HINTS):
            match = f.LINK_MARKER.search(line.text, position) or f.LINK_PHRASE.search(
                line.text, position
            )
            if not match:
                break
            end = _sentence_or_marker_end(line.text, match.end(), f.MAX_LINK_WORDS)
            end = max(end, match.end())
            page.trim(index, match.start(), end, "related_articles")
            position = match.start()


def trim_site_chrome(page: PageState) -> None:
    """Sentences in which the site addresses its reader ("Mời quý độc giả theo dõi ...") or
    claims its copyright. A "©" that credits a photo to an agency and its photographer ("©
    Sputnik / Vitaly Ankov Theo Power Machines, …") takes only that credit, as a
    ``photo_caption``: the prose glued after it stays."""
    for index in page.body():
        line = page.lines[index]
        # the whole line, whatever full stops stand in it ("Copyright © 2024. Argus Media group .
        # All rights reserved."); after the footer rule, which reads such a line as its sign
        if f.COPYRIGHT_LINE.match(line.text.strip()):
            page.remove_line(index, "site_chrome")
            continue
        position = 0
        while line.reason is None and _has_any(line.text, f.CHROME_HINTS):
            match = f.SITE_CHROME.search(line.text, position)
            if not match:
                break
            credit = match.group().strip() == "©" and _agency_photo_credit_end(
                line.text, match.end(), after_caption=match.start() > 0
            )
            if credit:
                page.trim(index, match.start(), credit, "photo_caption")
                position = match.start()
                continue
            end = _sentence_or_marker_end(line.text, match.start(), f.MAX_LINK_WORDS)
            if end == match.start():
                position = match.end()
                continue
            page.trim(index, match.start(), end, "site_chrome")
            position = match.start()


def _agency_photo_credit_end(text: str, start: int, after_caption: bool = False) -> int:
    """End of the photo credit that a "©" ending at ``start`` opens ("© Sputnik / Vitaly
    Ankov", "© Minh Hoang, AP"), when it names a source and a person apart by a slash, or,
    after a caption on the same line (``after_caption``), a person and then an agency in
    capitals after a comma ("© Vietnam News Agency, VNA Reproduction …" opening a line is a
    copyright notice); and prose follows it. Else 0."""
    spans = list(re.finditer(r"\S+", text[start:]))
    words = [span.group() for span in spans]
    taken = credit_length(words)
    if (
        after_caption
        and 0 < taken < len(words) - 1
        and words[taken - 1].endswith(",")
        and re.fullmatch(f.AGENCY, words[taken].rstrip(",."))
    ):
        return start + spans[taken].end()  # "© Minh Hoang, AP Putin, who arrived …"
    if not 0 < taken < len(words) or "/" not in "".join(words[:taken]):
        return 0
    if words[taken][:1].islower() and words[taken - 1] != "/" and "/" in words[: taken - 1]:
        # "© Sputnik / Ivan Petrov Nga sẽ …": the last capitalised word began the prose
        taken -= 1
    return start + spans[taken - 1].end()


def trim_stamped_bylines(page: PageState) -> None:
    """A publication stamp with the names before it ("Name (Outlet)-Thứ tư, ngày 22/11/2017
    22:34 GMT+7") at the start of a line, or a stamp with a weekday, cue word or time zone
    between sentences. A date that the sentence goes on from ("Thứ Tư, ngày 22/11/2017,
    hai bên ...") is prose and stays."""
    for index in page.body():
        line = page.lines[index]
        if not f.FULL_DATE.search(line.text):
            continue
        for stamp in f.STAMP.finditer(line.text):
            before = line.text[: stamp.start()].rstrip(" -–—|,")
            published = f.TRAILING_BARE_DATE.search(before)  # "Name |06.12.2024 - Update : …"
            if published:
                before = before[: published.start()].rstrip(" -–—|,")
            after = line.text[stamp.end() :].lstrip(" .")
            if after and not (after[0].isupper() or after[0] in '"“([>»'):
                continue
            if not before or is_byline_like(before):
                page.trim(index, 0, stamp.end(), "byline" if before else "timestamp")
                break
            if f.STRONG_STAMP.search(stamp.group(0)) and re.search(r"[.!?…\"”]$", before):
                page.trim(index, stamp.start(), stamp.end(), "timestamp")
                break


def trim_end_marks(page: PageState) -> None:
    """ "./." after a sentence: the end-of-article mark, cut wherever it stands. What follows it
    to the end of the line, when it is short and no sentence ("./. Thùy Linh/VOV-Trung tâm
    Tin", "./. Xem thêm:"), is the article's signature or a link label and goes too."""
    for index in page.body():
        line = page.lines[index]
        while line.reason is None and "/." in line.text and (match := f.END_MARK.search(line.text)):
            tail = line.text[match.end() :].strip()
            if (
                tail
                and word_count(tail) <= MAX_TRAILING_BYLINE_WORDS
                and not _SENTENCE_END.search(tail + " ")
            ):
                reason = "widget_label" if tail.endswith(":") else "byline"
                page.trim(index, match.end(), len(line.text), reason)
            # keep the sentence's own full stop: cut "/." only
            start = match.end() - 2
            page.trim(index, start, match.end(), "end_mark")


def trim_agency_signoffs(page: PageState) -> None:
    """ "... rescue. — VNA/VNS" at the end of a line: the agency's sign-off."""
    for index in page.body():
        line = page.lines[index]
        signoff = f.AGENCY_SIGNOFF_SUFFIX.search(line.text)
        if signoff and ends_like_sentence(line.text[: signoff.start()]):
            page.outlet = page.outlet or signoff.group("agency")
            page.trim(index, signoff.start(), len(line.text), "agency_signoff")


def remove_exact_repeats(page: PageState) -> None:
    """Lines printed twice: the later copy goes; a caption printed twice in a row (image
    alt text, then caption) goes both times."""
    body = page.body()
    seen: dict[str, int] = {}
    for position, index in enumerate(body):
        key = comparison_key(page.lines[index].text)
        if key in seen:
            previous = seen[key]
            if position > 0 and body[position - 1] == previous and body.index(previous) != 0:
                page.lines[previous].reason = "photo_caption"
            page.remove_line(index, "duplicate_line")
        else:
            seen[key] = index


def remove_near_repeats(page: PageState) -> None:
    """Lines whose word 3-grams are nearly all inside a longer line (a teaser lead that
    the body repeats, a pull quote). A sub-heading that the paragraph right under it repeats
    ("Thực hành trên mô hình đám cháy thật" over "… học viên được thực hành trên mô hình đám
    cháy …") is the section's heading and stays."""
    body = page.body()
    shingles = {i: _shingle_set(page.lines[i].text) for i in body}
    words = {i: word_count(page.lines[i].text) for i in body}
    following = dict(zip(body, body[1:], strict=False))
    for i in body:
        if words[i] < NEAR_REPEAT_MIN_WORDS or not shingles[i]:
            continue
        text = page.lines[i].text
        # words as printed: word_count reads "5.000" as two
        heading = len(text.split()) <= MAX_SUBHEADING_WORDS and not ends_like_sentence(text)
        for j in body:
            if j == i or page.lines[j].reason or words[j] <= words[i]:
                continue
            if heading and following.get(i) == j:
                continue
            if (
                len(shingles[i] & shingles[j]) / len(shingles[i]) >= NEAR_REPEAT_CONTAINMENT
                and _share_repeated_in_order(text, page.lines[j].text) >= NEAR_REPEAT_CONTAINMENT
            ):
                page.remove_line(i, "duplicate_line")
                break


def _share_repeated_in_order(short: str, long: str) -> float:
    """The share of ``short``'s words that ``long`` repeats in the same order. A repeat keeps
    its order; a sub-heading whose words a long lead uses in two places ("2. Kết quả hợp tác
    quốc phòng, an ninh" against "Hợp tác quốc phòng, an ninh là … phân tích kết quả hợp tác
    …") does not."""
    short_words, long_words = comparison_key(short).split(), comparison_key(long).split()
    matcher = difflib.SequenceMatcher(None, short_words, long_words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(short_words) if short_words else 0.0


def _shingle_set(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = comparison_key(text).split()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


#: A sub-heading has at most this many words (a longer line without a full stop above the
#: paragraph that repeats it is the lead a crawler printed twice).
MAX_SUBHEADING_WORDS = 12
#: The first line of prose: it ends like a sentence and has at least this many words.
MIN_LEAD_WORDS = 10
#: A headline with a site's name, menu or date above it has at least this many words.
MIN_HEADLINE_WORDS_BELOW_HEADER = 6
#: A wire's headline may be shorter; over its own publication stamp it is one from this many.
MIN_STAMPED_HEADLINE_WORDS = 4
#: The share of the headline's distinct words that its lead repeats, at the least.
MIN_HEADLINE_OVERLAP = 0.2
#: The lines from the lead on whose words a headline candidate is compared with.
LEAD_LINES = 3
#: Two lines sharing this share of their distinct words (Jaccard) say the same.
SAME_TITLE = 0.7
#: A shorter headline candidate above the best one, scoring this share of its score or more, is
#: the headline, and the best its deck.
DECK_SHARE = 0.5
#: Lines above the headline that must look like a site's header for any to go ...
MIN_HEADER_SIGNS = 4
#: ... or, when a publication stamp is among them, how many lines above it there must be, all
#: looking like a header (a menu or a breadcrumb, and the date).
MIN_HEADER_LINES_WITH_STAMP = 2
#: Lines only a site prints (menu, breadcrumb, masthead) that show a header without a stamp.
MIN_SITE_SIGNS_WITHOUT_STAMP = 2
#: A site's menu flattened onto one line has at least this many items.
MIN_MENU_ITEMS = 3
#: A menu item, a control or a footer link has at most this many words (syllables).
MAX_MENU_ITEM_WORDS = 4
#: Words at most in a tag printed on a line of its own, and in a share button.
MAX_TAG_LINE_WORDS = 10
MAX_SHARE_BUTTON_WORDS = 3
#: Short lines of words standing together that are a poem or a list, not controls.
MIN_VERSE_LINES = 3
#: Contact lines (address, telephone, e-mail) that make a footer without a masthead line.
MIN_CONTACT_LINES = 2
#: Between the headline and the lead, a line this short without a sentence end is a
#: control or a stamp ("Chia sẻ", "Theo dõi X trên Google News", "12-12-2025 | Vĩ mô").
MAX_CONTROL_WORDS = 8


def is_prose_line(text: str) -> bool:
    """A line of prose: it ends like a sentence and has ``MIN_LEAD_WORDS`` words or more, and
    is no market ticker ("VN-Index 1.242,58 ▲ 3,21 (0,26%) …" closes like a sentence)."""
    return (
        ends_like_sentence(text)
        and word_count(text) >= MIN_LEAD_WORDS
        and not f.WEATHER_OR_TICKER.search(text)
    )


def _could_be_lead(text: str) -> bool:
    """The article's first paragraph: a line of prose that is no lone question (a question
    headline), or two sentences whose end a glued signature hides ("… cho đúng. Kỳ Nam")."""
    two_sentences = _holds_two_sentences(text, closing=' .!?…"”»)')
    if two_sentences and _is_title_shaped(text):
        # a question and its answer, with no sentence end after: a headline ("… Via Oil Joint
        # Venture? Hanoi's 'Balancing Act' Faces US Scrutiny", "Vì sao …? Chuyên gia lý giải")
        two_sentences = _holds_two_sentences_past_a_question(text)
        if not two_sentences:
            return False
    lone_question = text.rstrip().endswith(("?", "!")) and not two_sentences
    # "Jan. 10, 2024" and a ticker read as two sentences
    if _is_stamp_only(text) or f.WEATHER_OR_TICKER.search(text):
        return False
    # a headline closed by a bracket or by quoted words, with no sentence end before it: "Tăng
    # cường hợp tác giữa Quảng Nam và thành phố Gimhae (Hàn Quốc)", "Hội thảo “Phát triển nguồn
    # nhân lực cho chương trình điện hạt nhân”"
    if _bracket_closes_a_title(text) or _quoted_words_close_a_title(text):
        return two_sentences
    return (is_prose_line(text) and not lone_question) or two_sentences


def _holds_two_sentences_past_a_question(text: str) -> bool:
    """Whether a sentence ends inside ``text`` elsewhere than at a question mark: a question
    and its answer make one headline ("Vietnam To Fund Russian Arms Via Oil Joint Venture?
    Hanoi's 'Balancing Act' Faces US Scrutiny")."""
    return _holds_two_sentences(text.replace("? ", ", "), closing=' .!?…"”»)')


def _bracket_closes_a_title(text: str) -> bool:
    """A line that ends with a bracket and has no sentence end before it: a headline's
    closing gloss ("… thành phố Gimhae (Hàn Quốc)"), not a sentence's end."""
    stripped = text.rstrip()
    return stripped.endswith(")") and not _SENTENCE_END_INSIDE.search(
        stripped[: stripped.rfind("(")]
    )


#: A sentence's end inside a line: a full stop, "!", "?" or "…" before a space.
_SENTENCE_END_INSIDE = re.compile(rf"{_NOT_A_NUMBERS_ABBREVIATION}[.!?…][\"”’)]?\s")


def _lead_position(texts: list[str]) -> int | None:
    return next((p for p, text in enumerate(texts) if _could_be_lead(text)), None)


def _could_be_headline(
    text: str, right_above_lead: bool = False, over_its_stamp: bool = False
) -> bool:
    """A title-shaped line of ``MIN_HEADLINE_WORDS_BELOW_HEADER`` words or more (of
    ``MIN_STAMPED_HEADLINE_WORDS`` in English over its own stamp, ``over_its_stamp``: "Zarubezhneft,
    PetroVietnam eye Rusvietpetro expansion" over "Published date: 15 January 2025") that is not in
    capitals (a masthead: "CỔNG THÔNG TIN ĐIỆN TỬ …"; a banner: "KỶ NIỆM 75 NĂM …"), a byline, a
    control or a stamp. Right above the lead (``right_above_lead``) a line in capitals of
    ``MIN_CAPS_HEADLINE_WORDS`` words or more that names no newspaper is a portal's headline
    ("PHÓ CHỦ TỊCH QUỐC HỘI … TIẾP ĐOÀN ĐẠI BIỂU HỘI ĐỒNG LIÊN BANG NGA")."""
    capitals_headline = (
        right_above_lead
        and word_count(text) >= MIN_CAPS_HEADLINE_WORDS
        and not f.SITE_NAME_CAPS.search(text)
    )
    return (
        _is_title_shaped(text)
        and word_count(text)
        >= (MIN_STAMPED_HEADLINE_WORDS if over_its_stamp else MIN_HEADLINE_WORDS_BELOW_HEADER)
        and not (over_its_stamp and _BYLINE_IN_PLACE.match(text))  # "Michael Tran in Hanoi"
        and not _holds_two_sentences_past_a_question(text)
        and (not text.isupper() or capitals_headline)
        and not text.rstrip().endswith(":")
        and not is_byline_like(text)
        and not is_widget_label(text)
        and not _is_breadcrumb(text)
        and not f.MASTHEAD_SELF_DESCRIPTION.match(text)
        and not is_site_name_line(text)  # "Thời báo Tài chính Việt Nam" over the headline
        and not _is_menu_line(text)
        and not _is_ticker(text)
    )


#: A line in capitals this long is a headline, not a masthead.
MIN_CAPS_HEADLINE_WORDS = 10


def _is_ticker(text: str) -> bool:
    """A market or weather ticker's readings (``furniture.WEATHER_OR_TICKER`` with bars, arrows
    or percentages, or ``_is_barred_readings``); a headline may name a temperature ("Nhiệt độ
    xuống -2°C, Sa Pa …")."""
    return bool(
        (f.WEATHER_OR_TICKER.search(text) and re.search(r"[|▲▼↑↓%]", text))
        or _is_barred_readings(text)
    )


#: A ticker's reading has at most this many words; of a ticker's words, figures make this share.
MAX_READING_WORDS = 7
MIN_FIGURE_SHARE = 0.35


def _is_barred_readings(text: str) -> bool:
    """Three readings or more of any shape set apart by bars, each short and holding a figure,
    figures making a good share of the words: "VN-Index 1.278,45 ▼ 3,21 (-0,25%) | Giá vàng SJC
    87,0 - 89,0 | USD/VND 25.180". A live update's headline has bars and figures too, but in
    sentences: "Lũ lụt miền Trung: 12 người chết, 3 người mất tích | Cập nhật 6h ngày 30/10 | …"."""
    readings = [part.split() for part in text.split("|")]
    if len(readings) < 3 or ends_like_sentence(text):
        return False
    if any(not words or len(words) > MAX_READING_WORDS for words in readings):
        return False
    if not all(any(ch.isdigit() for ch in " ".join(words)) for words in readings):
        return False
    words = [word for reading in readings for word in reading]
    figures = [word for word in words if any(ch.isdigit() for ch in word)]
    return len(figures) >= MIN_FIGURE_SHARE * len(words)


#: A site's name has at most this many words after "Báo", "Tạp chí" ….
MAX_SITE_NAME_WORDS = 8


def is_site_name_line(text: str) -> bool:
    """A site's name on a line of its own: "Báo Nông nghiệp Việt Nam", "Tạp chí Khoa học &
    Phát triển", "Báo Lao Động", "Báo Đà Nẵng điện tử": after ``furniture.SITE_NAME_OPENING``,
    capitalised words, each maybe followed by one lower-case syllable of its word, "&", "-" or
    "và", maybe closed by "điện tử" or "online". A headline runs lower-case words together
    ("Báo Nga ca ngợi phở Việt Nam")."""
    opening = f.SITE_NAME_OPENING.match(text.strip())
    if not opening:
        return False
    # the electronic edition's masthead: "Báo Quảng Ninh điện tử", "Báo Đà Nẵng Online"
    name = re.sub(r"\s+(?:điện tử|online)$", "", text.strip(), flags=re.IGNORECASE)
    words = name[opening.end() :].split()
    if not 0 < len(words) <= MAX_SITE_NAME_WORDS or not words[0][:1].isupper():
        return False
    for previous, word in zip(words, words[1:], strict=False):
        lower = not word[:1].isupper() and word not in {"&", "-", "và"}
        if lower and not previous[:1].isupper():
            return False
    return True


def _is_breadcrumb(text: str) -> bool:
    """ "Thời sự › Chính trị", "Trang chủ / Kinh tế", "Trang chủ Mặt trận Đối ngoại nhân dân",
    or the site's whole menu from its home page (``_is_home_menu``)."""
    return bool(
        f.BREADCRUMB_SEPARATOR.search(text) or f.HOME_BREADCRUMB.match(text) or _is_home_menu(text)
    )


#: A menu from the home page ("Trang chủ Chính trị - Xây dựng Đảng Kinh tế …") has this many
#: words after "Trang chủ" at least; fewer are a breadcrumb (``furniture.HOME_BREADCRUMB``).
MIN_HOME_MENU_WORDS = 9
#: The share of neighbouring lower-case words a home menu may hold.
MAX_LOWER_PAIR_SHARE = 0.25


def _is_home_menu(text: str) -> bool:
    """The site's menu from its home page, run on with its sections' colons and dashes:
    "Trang chủ Chính trị - Xây dựng Đảng Kinh tế Thế giới: Vấn đề & Sự kiện …". Every
    section opens with a capital, so two lower-case words seldom stand side by side there
    (``MAX_LOWER_PAIR_SHARE``), as they do throughout a headline that opens with the words
    ("Trang nhất báo chí Nga đồng loạt …")."""
    opening = re.match(r"(?:Trang chủ|Trang nhất)\s", text)
    words = [w.rstrip(":") for w in text[opening.end() :].split()] if opening else []
    # a sentence's punctuation; a section's number ("Bình Dương 4.0") is no full stop
    if len(words) < MIN_HOME_MENU_WORDS or re.search(r"[!?,;]|\.(?!\d)", text):
        return False
    words = [w for w in words if w not in {"&", "-", "–"}]
    pairs = list(zip(words, words[1:], strict=False))
    lower_pairs = sum(a[:1].islower() and b[:1].islower() for a, b in pairs)
    # a section of several words ("Nghiên cứu lý luận") or a language link ("Tạp chí in
    # English") leaves a few lower-case pairs; a headline is made of them
    return words[0][:1].isupper() and lower_pairs <= MAX_LOWER_PAIR_SHARE * len(pairs)


#: A site's menu run together with single spaces has at least this many items and words.
MIN_RUN_TOGETHER_ITEMS = 6
MIN_RUN_TOGETHER_WORDS = 8
#: The one longer section a run-together menu may hold.
MAX_LONG_MENU_ITEM_WORDS = 6
#: English small words that are Vietnamese syllables too ("Báo in"): read in English lines only.
_ENGLISH_SMALL_WORDS = frozenset({"to", "in", "a", "an"})
#: Words a sentence or a headline needs and a menu's items do without ("Vietnam And Russia Agree
#: On …" in title case, "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng …").
_HEADLINE_FUNCTION_WORDS = frozenset(
    "và với của cho tại về trong là được đã sẽ đang tiếp gặp khi từ "
    "and of for the with on as at by from is are will".split()
)


def _is_run_together_menu(text: str) -> bool:
    """A menu whose items a converter joined with single spaces: "Thời sự Kinh tế Thị trường
    Doanh nghiệp Năng lượng Quốc tế", "Home Business Economy Real Estate Society". Each item
    opens with a capital and has ``MAX_MENU_ITEM_WORDS`` words at most; there are
    ``MIN_RUN_TOGETHER_ITEMS`` or more, no punctuation but "&", "-", "–" and "+"
    ("Travellive+"), no line in capitals and none of the small words a headline needs
    (``_HEADLINE_FUNCTION_WORDS``). A
    headline of names may still have the shape, so this is a sign of a header, and a reason
    to pass a line over as the headline only for another candidate."""
    words = text.split()
    if (
        len(words) < MIN_RUN_TOGETHER_WORDS
        # a headline may be set in capitals; a menu in capitals opens at its home page
        or (text.isupper() and not re.match(r"(?:HOME|TRANG CHỦ|TRANG NHẤT)\s", text))
        or re.search(r"[^\w\s&–+-]", text)
        # "AT" (Asia Times) is a section's acronym, not "at"; in a line all in capitals ("HOME
        # MINISTRY CHIEF HOLDS TALKS WITH …") the small words are a headline's, but for "VÀ" and
        # "AND", which join a menu's items ("QUỐC PHÒNG VÀ AN NINH")
        or any(
            word.lower() in _HEADLINE_FUNCTION_WORDS
            and (not word.isupper() or (text.isupper() and word.lower() not in {"và", "and"}))
            for word in words
        )
        # "to", "in", "a" are Vietnamese syllables too ("Báo in"): small words only in English,
        # and not in a menu that opens at "Home" ("Home World Business In vision In motion")
        or (
            text.isascii()
            and words[0] != "Home"
            and any(word.lower() in _ENGLISH_SMALL_WORDS for word in words)
        )
    ):
        return False
    items: list[list[str]] = []
    for word in words:
        if word[:1].isupper() or not items:
            items.append([word])
        else:
            items[-1].append(word)
    # as in a menu on one line, one section may be longer: "Chống diễn biến hòa bình"
    lengths = sorted(map(len, items))
    return (
        len(items) >= MIN_RUN_TOGETHER_ITEMS
        and lengths[-2] <= MAX_MENU_ITEM_WORDS
        and lengths[-1] <= MAX_LONG_MENU_ITEM_WORDS
    )


def _overlap(own: set[str], words: set[str]) -> tuple[int, float]:
    """How many of a line's distinct words ``own`` are in ``words``, and the share they make."""
    shared = len(own & words)
    return shared, shared / len(own) if own else 0.0


def _folded_words(text: str) -> list[str]:
    """Lowercase words without diacritics, as a URL slug spells them ("hợp tác" → hop, tac)."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return re.findall(
        r"[a-z0-9]+", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def _url_slug_words(url: str) -> set[str]:
    """The words of a URL's last path segment: most news sites spell the headline there
    ("…/ha-noi-moscow-tang-cuong-hop-tac-post123.html"); empty without a URL."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip().lower()).split("?")[0].rstrip("/")
    return set(_folded_words(path.rsplit("/", 1)[-1])) if path else set()


def _is_header_sign(text: str) -> bool:
    """A line a site's header is made of besides the lines only a site prints
    (``_is_site_sign``): a menu item, login or control (``_is_short_link``), a line in
    capitals, a publication stamp (Vietnamese or English, or an English date alone), a
    signature, or a weather or market widget."""
    return bool(
        _is_short_link(text)
        or text.isupper()
        or _is_stamp_line(text)
        or is_byline_like(text)
        or f.WEATHER_OR_TICKER.search(text)
    )


def _is_stamp_line(text: str) -> bool:
    return bool(
        f.STAMP.search(text)
        or f.STAMP_LINE_EN.match(text)
        or f.DATE_LINE_EN.match(text)
        or f.DATE_LINE_VI.match(text)
        or f.HEADER_DATE.search(text)
        or f.BYLINE_AND_DATE_EN.match(text)
        # a section's label before it, not a standfirst that names a day and an hour
        or (f.DATE_AND_CLOCK_EN.search(text) and word_count(text) <= MAX_LABELLED_STAMP_WORDS)
    )


#: A section's label and an English stamp ("Oil&Gas Materials 14 May 2024 15:42 (UTC +04:00)")
#: have at most this many words.
MAX_LABELLED_STAMP_WORDS = 16


#: A stamp line says nothing but the stamp: at most this many words besides it ("Cập nhật").
MAX_WORDS_BESIDE_STAMP = 3


def _is_site_sign(text: str, raw: str) -> bool:
    """A header line that only a site prints, never an article: a menu (``_is_menu_line``, on
    the raw line too, or run together: ``_is_run_together_menu``), a breadcrumb
    (``_is_breadcrumb``), the masthead's self-description, the site's name on a line of its own
    ("Báo Nông nghiệp Việt Nam") or in capitals (``furniture.SITE_NAME_CAPS``; a headline in
    capitals is longer and names no newspaper)."""
    return bool(
        _is_menu_line(text)
        or _is_menu_line(raw)
        or _is_run_together_menu(text)
        or _is_breadcrumb(text)
        or f.MASTHEAD_TAGLINE.match(text)
        or is_site_name_line(text)
        or (text.isupper() and f.SITE_NAME_CAPS.search(text))
        or f.PORTAL_LABEL.match(text)
    )


def _is_stamp_only(text: str) -> bool:
    """A line that is a publication stamp and little else: "Jan. 10, 2024", "12/03/2024 17:32
    (GMT+7)", not "Theo số liệu cập nhật ngày 10/05/2025, kim ngạch …" or a timeline item."""
    text = text.strip()
    if f.STAMP_LINE_EN.match(text) or f.DATE_LINE_EN.match(text) or f.DATE_LINE_VI.match(text):
        return True
    for pattern in (f.STAMP, f.HEADER_DATE):
        match = pattern.search(text)
        if match:
            rest = text[: match.start()] + " " + text[match.end() :]
            return word_count(rest) <= MAX_WORDS_BESIDE_STAMP
    return False


def _is_menu_line(text: str) -> bool:
    """``MIN_MENU_ITEMS`` or more items, separated as a flattened menu is
    (``furniture.MENU_ITEM_SEPARATOR``), none ending a sentence, all but one of
    ``MAX_MENU_ITEM_WORDS`` words at most (a section may be longer: "Dân tộc và Tôn giáo")."""
    items = [item for item in f.MENU_ITEM_SEPARATOR.split(text.strip()) if item]
    if len(items) < MIN_MENU_ITEMS or any(ends_like_sentence(item) for item in items):
        return False
    return sum(not _is_short_link(item) for item in items) <= 1


def _shows_header(
    page: PageState, texts: list[str], body: list[int], headline: int, lead: int
) -> bool:
    """Whether the lines above the chosen headline are a site's header: ``MIN_HEADER_SIGNS``
    of them look like one (``_is_site_sign`` or ``_is_header_sign``, the page's <title>
    repeating the headline, or
    furniture another rule removed already), or all of them do, at least
    ``MIN_HEADER_LINES_WITH_STAMP``, and either the page's publication stamp stands above the
    headline or between it and the lead (masthead, menu, breadcrumb and date of a page saved
    whole) and one of them at least is a site's own (``_is_site_sign``), or, with no stamp,
    ``MIN_SITE_SIGNS_WITHOUT_STAMP`` are. A line of prose above the headline means it is not a
    header."""
    if (
        headline == 0
        or any(
            is_prose_line(text)
            and not _credited_caption(page.lines[index])
            # a section's label before the stamp: "Oil&Gas Materials 14 May 2024 15:42 (UTC …)"
            and not _is_stamp_line(text)
            # "The Official Magazine of … (VCCI)" closes with a bracket, but describes the site
            and not f.MASTHEAD_SELF_DESCRIPTION.match(text)
            for text, index in zip(texts[:headline], body, strict=False)
        )
    ):
        return False
    above = [
        line
        for line in page.lines[: body[headline]]
        if line.reason != "metadata_header" and line.text.strip()
    ]
    # the raw line: a menu's items are set apart by runs of spaces that cleaning collapses;
    # the page's <title> above it repeats the headline, often with the site's name
    site = [_is_site_sign(line.text.strip(), line.raw) for line in above]
    # a breadcrumb closes the site's header: what stands above it is the header too (a menu
    # whose items run on with single spaces, "Chính trị Kinh tế … Quảng Nam và bạn bè …")
    crumbs = [p for p, line in enumerate(above) if _is_breadcrumb(line.text.strip())]
    signs = [
        own
        or _is_header_sign(line.text.strip())
        or _same_title(line.text, texts[headline])
        or line.reason is not None  # furniture another rule found: "Đăng ký nhận bản tin"
        or bool(crumbs and p < crumbs[-1])
        for p, (own, line) in enumerate(zip(site, above, strict=True))
    ]
    if sum(signs) >= MIN_HEADER_SIGNS:
        return True
    if len(above) < MIN_HEADER_LINES_WITH_STAMP:
        return False
    # a line at least that only a site prints, and the page's stamp above the lead; without
    # a stamp, two such lines (a masthead, a menu, a breadcrumb): a short headline, a stamp
    # and a byline above a sub-headline are an article saved alone
    site_signs = sum(site)
    stamp_zone = page.lines[: body[lead]]
    stamped = any(_is_stamp_line(line.text.strip()) for line in stamp_zone if line.text.strip())
    if not all(signs):
        # one line of no known shape among three signs or more, one the site's own, with the
        # page's stamp: a site's tagline in words no list holds ("Economics, Politics and
        # Public Policy in East Asia and the Pacific")
        one_unknown = sum(signs) == len(signs) - 1
        return stamped and site_signs >= 1 and one_unknown and sum(signs) >= MIN_HEADER_SIGNS - 1
    return site_signs >= (1 if stamped else MIN_SITE_SIGNS_WITHOUT_STAMP)


def _adds_site_name(text: str, headline: str) -> bool:
    """Whether ``text`` is ``headline`` followed by a site's name, as a page's <title> prints
    it: "Cháy xưởng may ở Bình Dương | Báo Lao Động", "Hanoi, Moscow to … - Hanoi Times"."""
    rest = text.strip().removeprefix(headline.strip())
    return rest != text.strip() and bool(re.fullmatch(r"\s*[|–—-]\s*[^\W\d].{0,40}", rest))


def _same_title(text: str, other: str) -> bool:
    """Whether two lines say the same: ``SAME_TITLE`` of their distinct words in common
    (Jaccard), as a caption repeats the headline it stands under."""
    own, theirs = set(_WORDS.findall(text.lower())), set(_WORDS.findall(other.lower()))
    return bool(own | theirs) and len(own & theirs) / len(own | theirs) >= SAME_TITLE


#: A site's control or section name under its menu has at most this many words.
MAX_SECTION_UNDER_MENU_WORDS = 3


def _is_control_or_section(text: str) -> bool:
    """A short line of a site's header: a control or a section's name ("Đăng nhập", "Năng
    lượng"), of ``MAX_SECTION_UNDER_MENU_WORDS`` words at most, without a figure or a sentence end
    (a stamp or a deck stands under a headline)."""
    return (
        word_count(text) <= MAX_SECTION_UNDER_MENU_WORDS
        and not any(ch.isdigit() for ch in text)
        and not ends_like_sentence(text)
    )


def remove_page_header(page: PageState) -> None:
    """A page saved whole: the site's masthead, menu items, login, today's date and
    breadcrumbs above the headline, one per line (``page_header``).

    The lead is the first line of prose (``_could_be_lead``). The headline is, among the
    title-shaped lines above it of six words or more, of one sentence, not in capitals and
    no breadcrumb, the one that shares most words with the lead's first ``LEAD_LINES``
    lines plus, when the page gives its URL, with its slug (most sites spell the headline
    there), each count weighted by the share of the line's words it makes. Only lines of
    which a share of ``MIN_HEADLINE_OVERLAP`` (in the lead plus in the slug) is found
    there compete: a menu item, a tagline or a "follow us" line shares little; with none,
    nothing is removed. When an earlier candidate says the same as the best (a caption
    below the headline repeats it), the earlier one is the headline; the page's <title>, the
    headline plus " | <site>", is not (``_adds_site_name``).

    Only a page that shows a header loses lines: ``MIN_HEADER_SIGNS`` or more lines above
    the headline are menu items, controls, capitals, breadcrumbs or stamps
    (``_header_signs``), and none of them is a line of prose. On an article saved alone
    (headline, byline, stamp, caption, lead) nothing is touched, and ``take_headline``
    takes the first line. Below the headline, the lines before the lead that end without a
    sentence end and are short or hold a publication stamp (share and follow controls,
    "12-12-2025 - 20:52 | Vĩ mô") go too, but not a poem's lines or a list's items
    (``_verse_or_list``); so do a credit that says it is one ("By …") and a stamp between
    the lead (a standfirst) and the next line of prose.
    """
    body = page.body()
    texts = [page.lines[index].text for index in body]
    # a photo's caption after its credit ("© UNICEF/Nguyen Minh Duc A child wades …") may
    # stand above the headline: it is no lead
    lead = next(
        (
            p
            for p, text in enumerate(texts)
            if _could_be_lead(text) and not _credited_caption(page.lines[body[p]])
        ),
        None,
    )
    if lead is None:
        return
    # the lead's first lines of prose: a byline, a date or a control under a standfirst
    # shares no word with the headline
    prose = [text for text in texts[lead:] if _could_be_lead(text)][:LEAD_LINES]
    lead_words = set(_WORDS.findall(" ".join(prose).lower()))
    slug_words = _url_slug_words(page.header.get("url", ""))
    scored = []
    for p in range(lead):
        # an English wire's short headline over its stamp (a Vietnamese line of five syllables
        # over a stamp is an aggregator's source: "Quân đội nhân dân" / "21/03/2025 11:05"); the
        # stamp under it may be gone already, taken by the rule for stamps
        over_its_stamp = (
            texts[p].isascii()
            and p + 1 < len(texts)
            and (
                _is_stamp_only(texts[p + 1])
                or any(line.reason == "timestamp" for line in page.lines[body[p] + 1 : body[p + 1]])
            )
        )
        if not _could_be_headline(texts[p], p == lead - 1, over_its_stamp) or _is_menu_line(
            page.lines[body[p]].raw
        ):
            continue
        in_lead, lead_share = _overlap(set(_WORDS.findall(texts[p].lower())), lead_words)
        in_slug, slug_share = _overlap(set(_folded_words(texts[p])), slug_words)
        if lead_share + slug_share >= MIN_HEADLINE_OVERLAP:
            # words shared, weighted by the share they make: a long line holding the
            # headline and more ("RSS Feed for <headline> | <site>") loses to the headline
            scored.append((lead_share * in_lead + slug_share * in_slug, p))
    # the page's <title> repeats the headline with the site's name: "<headline> | Báo X"
    scored = [
        (score, p) for score, p in scored
        if not any(q != p and _adds_site_name(texts[p], texts[q]) for _, q in scored)
    ]  # fmt: skip
    # a breadcrumb stands between the site's menu and the headline: a candidate above one
    # with another candidate below it is a menu ("Chính trị Kinh tế … Quảng Nam và bạn bè …")
    # so does a site's menu: a candidate above it with another below it is the masthead or its
    # tagline ("Ministry of Defence of the Russian Federation", "A Journal of Analysis and News")
    crumbs = [
        q for q in range(lead)
        if _is_breadcrumb(texts[q])
        or (_is_run_together_menu(texts[q]) and _every_word_capitalised(texts[q]))
    ]  # fmt: skip
    scored = [
        (score, p) for score, p in scored
        if not any(p < q < r for q in crumbs for _, r in scored)
    ]  # fmt: skip
    # a menu run together with single spaces shares the lead's field words ("Kinh tế Năng lượng
    # Quốc phòng …"); a headline of names has its shape too ("Thủ tướng Phạm Minh Chính hội
    # đàm Thủ tướng Nga …"), so it is passed over only with the site's controls under it
    # ("Đăng nhập", a section's name), where no headline stands, and another candidate left
    menus = {
        p for _, p in scored
        if _is_run_together_menu(texts[p]) and p + 1 < lead and _is_control_or_section(texts[p + 1])
    }  # fmt: skip
    if len(menus) < len(scored):
        scored = [(score, p) for score, p in scored if p not in menus]
    if not scored:
        return
    best, headline = max(scored)
    # a headline comes before its deck, which paraphrases the lead at more length and may score
    # higher: a shorter candidate above the best that scores half as much is the headline, and
    # so is one that says the same as the best (a caption repeating it below)
    headline = min(
        p for score, p in scored
        if p == headline
        or _same_title(texts[p], texts[headline])
        or (score >= DECK_SHARE * best and word_count(texts[p]) < word_count(texts[headline]))
    )  # fmt: skip
    # the line right under the breadcrumb is the headline when it shares words with the lead:
    # the deck under it may paraphrase the lead more closely ("China / Military", "China and
    # Russia begin … drills", "Exercise will focus on anti-missile defence …"); a home menu
    # is no breadcrumb here, for a section's line may stand under it
    trails = [q for q in crumbs if not _is_home_menu(texts[q])]
    under_crumb = trails[-1] + 1 if trails else None
    if (
        under_crumb is not None
        and under_crumb < headline
        and under_crumb in {p for _, p in scored}
        and word_count(texts[under_crumb]) <= DECK_LENGTH_RATIO * word_count(texts[headline])
    ):
        headline = under_crumb  # a deck is much longer than its headline; a kicker is not
    # the page's <title> at the top ("<headline> | OilPrice.com") over the headline itself, which
    # a menu-like Title Case kept from competing: the line below is the headline
    headline = next(
        (q for q in range(headline + 1, lead) if _adds_site_name(texts[headline], texts[q])),
        headline,
    )
    if not _shows_header(page, texts, body, headline, lead):
        return
    for index in body[:headline]:
        page.remove_line(index, "page_header")
    stamp = f.TRAILING_STAMP.search(texts[headline])
    if stamp:  # "Việt Nam – Nga đẩy mạnh hợp tác 31/05/2025 08:05"
        page.trim(body[headline], stamp.start(), len(texts[headline]), "timestamp")
    between = list(range(headline + 1, lead))
    verse = _verse_or_list(texts, between)
    for position in between:
        text = texts[position]
        if position in verse:
            continue
        # a stamp alone may end in its time zone's bracket: "Tuesday, Aug 22, 2023, 15:41 (GMT+7)"
        if _is_stamp_only(text) or (
            not ends_like_sentence(text)
            and (word_count(text) <= MAX_CONTROL_WORDS or _is_stamp_line(text))
        ):
            page.remove_line(body[position], "page_header")
        elif f.CREDIT_WITH_ROLE.match(text):
            page.remove_line(body[position], "byline")
    # a standfirst's credit and date: "By Anna Petrova" and "October 05, 2023" under it, or a
    # bare name the page signs with again ("Phạm Hiếu" … "Ảnh: Phạm Hiếu", "PHẠM HIẾU")
    for index in body[lead + 1 :]:
        text = page.lines[index].text.strip()
        if _could_be_lead(text):
            break
        if _is_stamp_only(text):
            page.remove_line(index, "timestamp")
        elif (
            (_BYLINE_LEAD.match(text) and is_byline_like(text))
            or (is_name_like(text) and (_signs_again(page, index) or _beside_stamp(page, index)))
            or (_BYLINE_IN_PLACE.match(text) and _beside_stamp(page, index))
        ):
            page.remove_line(index, "byline")


def _every_word_capitalised(text: str) -> bool:
    """Whether every word of ``text`` opens with a capital (or is "&", "-", "–"): a menu's items,
    not a deck's sentence ("Reciprocal Access Agreement allows larger joint exercises …")."""
    return all(word[:1].isupper() or word in {"&", "-", "–"} for word in text.split())


def _credited_caption(line: PageLine) -> bool:
    """Whether the raw ``line`` opens with a photo's credit (``furniture.LEADING_PHOTO_CREDIT``:
    "© UNICEF/Nguyen Minh Duc …"), which another rule may have trimmed off its text."""
    return bool(f.LEADING_PHOTO_CREDIT.match(line.raw.strip()))


def _beside_stamp(page: PageState, index: int) -> bool:
    """Whether a line right above or below line ``index`` is a publication stamp or a bare
    date alone ("ANNA KOLESNIKOVA" over "NOV 15 2018", "Thanh Bình" over "18/09/2024")."""
    neighbours = page.lines[max(0, index - 1) : index] + page.lines[index + 1 : index + 2]
    return any(
        _is_stamp_only(line.text.strip()) or f.BARE_DATE.match(line.text.strip())
        for line in neighbours
    )


def _signs_again(page: PageState, index: int) -> bool:
    """Whether the name on line ``index`` recurs elsewhere on the page as a credit or a
    signature: after "Ảnh:" or alone on a line, in any case."""
    name = page.lines[index].text.strip().lower()
    for other, line in enumerate(page.lines):
        text = line.raw.strip().lower()
        if other != index and (text == name or re.search(rf"ảnh\s*:\s*{re.escape(name)}", text)):
            return True
    return False


def _is_footer_line(text: str) -> bool:
    """A line a footer is made of: a masthead or contact label, an address without its label
    (``furniture.UNLABELLED_ADDRESS``), a copyright notice, a line
    in capitals (the publisher's name), the site's self-description, a link
    (``_is_short_link``), the site's menu run together (``_is_run_together_menu``) or the
    comment box's notices (``_is_comment_notice``)."""
    return bool(
        _is_footer_label(text)
        or f.UNLABELLED_ADDRESS.match(text)
        or f.COPYRIGHT_NOTICE.search(text)
        or text.isupper()
        or _is_short_link(text)
        # the site's self-description ends with no full stop; a last paragraph may open alike
        # ("Rosatom – the official partner of the project – will train …")
        or (f.MASTHEAD_TAGLINE.match(text) and not ends_like_sentence(text))
        or _is_run_together_menu(text)
        or _is_comment_notice(text)
    )


def _is_comment_notice(text: str) -> bool:
    """A line of the comment box's notices and nothing else ("Bình luận của bạn sẽ được biên
    tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu."): every sentence is one
    (``furniture.COMMENT_FORM``) and the line addresses the reader."""
    sentences = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
    # the box addresses its reader; a sentence on a decree on moderating comments does not
    addresses_reader = re.search(r"(?i)\b(?:bạn|quý vị|vui lòng|độc giả|bạn đọc)\b", text)
    return (
        bool(sentences)
        and bool(addresses_reader)
        and all(f.COMMENT_FORM.search(part) for part in sentences)
    )


#: A one-line footer this short needs only its masthead part.
MAX_SHORT_FOOTER_WORDS = 25


def _is_flattened_footer(text: str) -> bool:
    """A footer printed as one line: two or more of its sentences open as a footer's
    masthead or contact lines do, one of them a masthead line ("Báo X điện tử. Tổng Biên
    tập: … Tòa soạn: … Giấy phép số …/GP-BTTTT"), where an article that mentions a licence
    names one, and a sentence giving a contact address names no masthead."""
    # "Licence No. 64/GP-BTTTT": the abbreviation's dot ends no part
    parts = re.split(r"(?<=[.|])(?<!No\.)\s+", text.strip())
    masthead = [
        part for part in parts
        if (f.SITE_FOOTER_MASTHEAD.match(part.lstrip("© ")) or part.startswith(("©", "Copyright")))
        # not a photo's credit before a paragraph: "© Sputnik / Ivan Petrov Theo …"
        and not (part.startswith("©") and _agency_photo_credit_end(part, 1))
    ]  # fmt: skip
    contact = [part for part in parts if f.SITE_FOOTER_CONTACT.match(part)]
    # the site's self-description ("Soha - Trang thông tin tổng hợp.") is a second part only:
    # alone it may open an article's sentence
    tagline = [part for part in parts if f.MASTHEAD_TAGLINE.match(part) and part not in masthead]
    # a masthead line at least: contacts alone may be the article's ("liên hệ … Địa chỉ: …");
    # a short line needs no second part ("Bản quyền © Báo X. Giấy phép số 349/GP-BTTTT.")
    short = word_count(text) <= MAX_SHORT_FOOTER_WORDS
    return bool(masthead) and (len(masthead) + len(contact) + len(tagline) >= 2 or short)


def _is_footer_label(text: str) -> bool:
    return bool(
        f.SITE_FOOTER_MASTHEAD.match(text)
        or f.SITE_FOOTER_CONTACT.match(text)
        or _is_flattened_footer(text)
    )


def _is_short_link(text: str) -> bool:
    """A menu item, control or footer link: ``MAX_MENU_ITEM_WORDS`` words at most (syllables:
    "Điều khoản sử dụng"), without a sentence end."""
    return word_count(text) <= MAX_MENU_ITEM_WORDS and not ends_like_sentence(text)


def _verse_or_list(texts: list[str], positions: list[int]) -> set[int]:
    """The positions among ``positions`` that belong to a run of ``MIN_VERSE_LINES`` or more
    consecutive short lines of words only (no digit, no name alone, no sentence end): a
    poem's lines or a list's items, which a share control, a byline or a stamp never make."""

    def is_verse(text: str) -> bool:
        return (
            word_count(text) <= MAX_CONTROL_WORDS
            and not ends_like_sentence(text)
            and not any(ch.isdigit() for ch in text)
            and not is_name_like(text)
            and not is_byline_like(text)
        )

    found: set[int] = set()
    run: list[int] = []
    for position in [*positions, None]:
        if position is not None and is_verse(texts[position]):
            run.append(position)
            continue
        if len(run) >= MIN_VERSE_LINES:
            found.update(run)
        run = []
    return found


def remove_site_footer(page: PageState) -> None:
    """The site's footer at the page's end (``site_chrome``): the lines every Vietnamese
    news site prints there (its licence, editor and publisher, ``SITE_FOOTER_MASTHEAD``;
    newsroom address, telephone, e-mail, ``SITE_FOOTER_CONTACT``) with the copyright
    notices, the publisher's name in capitals and the links among them.

    The footer is the run of such lines (``_is_footer_line``) that ends the page, below the
    lead, opening with no line of prose but a label (a sentence on copyright just above the
    footer is the article's), and holding a masthead line or two contact lines. A line of
    any other kind stops it, so an address, a telephone or a licence in an article followed
    by more of the article stays, and so does a page's top bar ("Đường dây nóng: …") above
    its article.
    """
    body = page.body()
    texts = [page.lines[index].text for index in body]
    lead = _lead_position(texts)
    if lead is None:
        return
    start = len(body)
    while start - 1 > lead and _is_footer_line(texts[start - 1]):
        start -= 1
    # a sentence on copyright just above the footer is the article's
    while (
        start < len(body)
        and is_prose_line(texts[start])
        and not _is_footer_label(texts[start])
        and not _is_comment_notice(texts[start])
    ):
        start += 1
    if texts[start - 1].rstrip().endswith(":"):
        # the short lines under "… gồm:" are the list it opens, not the footer's links
        while start < len(body) and _is_short_link(texts[start]) and not texts[start].isupper():
            start += 1
    footer = texts[start:]
    masthead = sum(
        bool(f.SITE_FOOTER_MASTHEAD.match(text) or _is_flattened_footer(text)) for text in footer
    )
    contact = sum(bool(f.SITE_FOOTER_CONTACT.match(text)) for text in footer)
    if masthead >= 1 or contact >= MIN_CONTACT_LINES:
        for index in body[start:]:
            page.remove_line(index, "site_chrome")


def remove_tag_items(page: PageState) -> None:
    """An article's tags or share buttons printed one per line under a label line alone
    ("Từ khóa:", "Tags", "Chia sẻ:"): the short lines right under it without a sentence
    end or comma (``widget_label``): up to ``MAX_TAG_LINE_WORDS`` words under a tag label,
    ``MAX_SHARE_BUTTON_WORDS`` under a share label ("Facebook", "Sao chép link")."""
    max_words = 0
    for index, line in enumerate(page.lines):
        text = line.text.strip()
        if f.TAG_LABEL_LINE.match(text) or f.SHARE_LABEL_LINE.match(text):
            max_words = (
                MAX_TAG_LINE_WORDS if f.TAG_LABEL_LINE.match(text) else MAX_SHARE_BUTTON_WORDS
            )
            page.remove_line(index, "widget_label")
        elif not max_words or not text or line.reason is not None:
            continue
        elif word_count(text) > max_words or ends_like_sentence(text) or "," in text:
            max_words = 0
        else:
            page.remove_line(index, "widget_label")


def take_headline(page: PageState) -> None:
    """The first body line: a section label ("Tiêu điểm: ...", "Thế giới", a breadcrumb) or
    a menu that opens at the home page (``_is_menu_from_home``) goes; a title-shaped line
    (``_is_title_shaped``) becomes the headline."""
    body = page.body()
    for position, index in enumerate(body):
        text = page.lines[index].text
        following = page.lines[body[position + 1]].text if position + 1 < len(body) else ""
        if (f.SECTION_LABEL.match(text) and word_count(text) <= 6) or (
            position < MAX_SECTION_LINES and _is_section_name(text, following)
        ):
            page.remove_line(index, "section_label")
            continue
        if position < MAX_SECTION_LINES and _is_menu_from_home(text):
            page.remove_line(index, "page_header")
            continue
        if _is_title_shaped(text) and len(body) > 1:
            page.remove_line(index, "headline")
            page.headline = text
        return


def _is_menu_from_home(text: str) -> bool:
    """A menu that opens at the site's home page: "Trang chủ Chính trị Kinh tế …"
    (``_is_home_menu``), "HOME CHINA OPINION WORLD LIFE …" (``_is_run_together_menu``)."""
    return _is_home_menu(text) or bool(
        re.match(r"(?:Home|HOME|Trang chủ|TRANG CHỦ)\s", text) and _is_run_together_menu(text)
    )


def remove_donation_appeals(page: PageState) -> None:
    """A donation appeal's lines below the lead (``furniture.DONATION_APPEAL``: "Mọi sự ủng hộ
    xin gửi về: …", "Số tài khoản: 0011 …", "Nội dung: Ủng hộ đồng bào …"), each one sentence
    at most: a paragraph that goes on to report the aid stays, and so does a headline on the
    appeal. Lines a sentence of the article introduces with a colon ("… đăng thông tin kêu gọi
    với nội dung như sau:") are what it quotes, a scam's account in a police warning, and stay."""
    quoted = False
    for index in page.body()[1:]:
        text = page.lines[index].text.strip()
        appeal = (
            f.DONATION_APPEAL.match(text)
            and word_count(text) <= MAX_APPEAL_WORDS
            and not _holds_two_sentences(text)
        )
        if appeal and not quoted:
            page.remove_line(index, "site_chrome")
        elif not appeal:
            quoted = text.endswith(":")


#: A donation appeal's line has at most this many words: a longer one goes on to the news.
MAX_APPEAL_WORDS = 35


def remove_leading_bylines(page: PageState) -> None:
    """Signatures and English stamps between the headline and the lead, one per line.

    Only the short lines right under the headline are looked at, and only when the lead
    follows them (a line of prose of ``MIN_LEAD_WORDS`` words or more ending a sentence), so
    a list of names or a sub-heading is never touched. A credit that says what it is ("Bài
    và ảnh: TRẦN HẢI", "By Hai Yen") or a bureau ("CQTT VOV tại Lào", "CTV Hà Linh") is a
    ``byline``; an English stamp with a month name ("20 JUN, 12:47", "Updated at 13:05") a
    ``timestamp``. A bare name of two to five words ("Châu Yên") is a ``byline`` only when the
    page's stamp stands in the same place, for a place name or a title-case sub-heading has
    the same shape."""
    if not page.headline:
        return
    body = page.body()
    short = []
    for index in body[:MAX_LEADING_BYLINES]:
        text = page.lines[index].text.strip()
        too_long = word_count(text) > MAX_TRAILING_BYLINE_WORDS and not (
            f.CREDIT_WITH_ROLE.match(text) or _SIGNATURE_THEN_STAMP.match(text)
        )
        if too_long or ends_like_sentence(text):
            break
        short.append(index)
    following = body[len(short)] if len(short) < len(body) else None
    if not short or following is None or not is_prose_line(page.lines[following].text):
        return
    kinds = [_leading_line_kind(page.lines[index].text.strip()) for index in short]
    if None in kinds:
        return
    headline_line = next((line.line_no for line in page.lines if line.reason == "headline"), 0)
    stamped = "timestamp" in kinds or any(
        line.reason in {"timestamp", "byline"}
        and headline_line < line.line_no < page.lines[following].line_no
        for line in page.lines
    )
    for index, kind in zip(short, kinds, strict=True):
        if kind == "name" and not stamped:
            continue
        page.remove_line(index, "timestamp" if kind == "timestamp" else "byline")


def _leading_line_kind(text: str) -> str | None:
    """``timestamp``, ``credit`` (says it is a byline), ``name`` (only looks like one) or None."""
    if f.STAMP_LINE_EN.match(text) or f.DATE_LINE_VI.match(text):
        return "timestamp"
    # the signature and the stamp on one line: "By Global Times Published: Jun 20, 2024 10:58 PM"
    signed_stamp = _SIGNATURE_THEN_STAMP.match(text)
    if (
        f.PRESS_BYLINE.match(text)
        or (_BYLINE_LEAD.match(text) and is_byline_like(text))
        or f.CREDIT_WITH_ROLE.match(text)
        or (
            signed_stamp
            and is_byline_like(signed_stamp.group("signature"))
            and f.STAMP_LINE_EN.match(signed_stamp.group("stamp"))
        )
    ):
        return "credit"
    if word_count(text) >= 2 and (is_name_like(text) or is_byline_like(text)):
        return "name"
    return None


#: "By X" and an English stamp after it, which its cue word opens.
_SIGNATURE_THEN_STAMP = re.compile(
    r"^(?P<signature>By\s.+?)\s+(?P<stamp>(?:Published|Updated|Posted)\b.+)$", re.IGNORECASE
)
#: How many signature and stamp lines may stand between the headline and the lead.
MAX_LEADING_BYLINES = 4
#: A one- or two-syllable top line is a section name only above a headline this long.
MIN_HEADLINE_WORDS_BELOW_SECTION = 6
#: How many lines above the headline may be section names or breadcrumbs.
MAX_SECTION_LINES = 3


def _is_title_shaped(text: str) -> bool:
    """3–30 words, one sentence at most, ending without a full stop (a question or
    exclamation mark is a headline's too)."""
    is_question = text.rstrip().endswith(("?", "!")) and not _SENTENCE_END.search(text)
    return 3 <= word_count(text) <= 30 and (
        not ends_like_sentence(text)
        or is_question
        or _bracket_closes_a_title(text)
        or _quoted_words_close_a_title(text)
    )


#: A few words in quotes closing a line: "… đến Nha Trang, Phú Quốc "cháy vé"".
_QUOTED_WORDS_AT_END = re.compile(r"[\"“«][^\"“”«».!?…]{1,30}[\"”»]\s*$")
#: An event's name in quotes after a few words: "Hội thảo quốc tế “Tiếng Nga trong không gian
#: Đông Nam Á: truyền thống và triển vọng”" (a quotation closing a lead has more words before).
_QUOTED_NAME_AFTER_FEW_WORDS = re.compile(
    r"^(?!.*\b(?:nhấn mạnh|khẳng định|cho biết|cho rằng|nói|tuyên bố|phát biểu|said|says|told)\b)"
    r"[^\"“”«».!?…]{1,40}[\"“«][^\"“”«».!?…]{1,90}[\"”»]\s*$"
)


#: A title, a colon and a quotation with no sentence end in it, closing the line: "Nữ sinh 2006
#: giành học bổng … sang Nga học Y: "Năm dự bị tiếng Nga là năm khó nhất đời em"". A quoted
#: speaker's words close a sentence ("Ông nhấn mạnh: "… với Việt Nam."") or follow a verb of
#: saying.
_QUOTATION_AFTER_A_TITLE = re.compile(
    r"^(?!.*\b(?:nhấn mạnh|khẳng định|cho biết|cho rằng|nói|tuyên bố|phát biểu|chia sẻ|said|says"
    r"|told)\b)[^\"“”«».!?…:]{10,120}:\s*[\"“«][^\"“”«».!?…]{5,120}[\"”»]\s*$"
)


def _quoted_words_close_a_title(text: str) -> bool:
    """A line that ends with a few quoted words and has no sentence end before them: a
    headline quoting a phrase ("Phú Quốc "cháy vé""), an event's name or a quotation after a
    colon (``_QUOTATION_AFTER_A_TITLE``), not a quotation's close ("… đã nói.")."""
    quoted = (
        _QUOTED_WORDS_AT_END.search(text)
        or _QUOTED_NAME_AFTER_FEW_WORDS.match(text)
        or _QUOTATION_AFTER_A_TITLE.match(text)
    )
    return bool(quoted) and not _SENTENCE_END_INSIDE.search(text)


def _is_section_name(text: str, following: str) -> bool:
    """A site's section or breadcrumb above the headline: "Trang chủ > Tin tức > Thời sự",
    or one or two syllables ("Thế giới", "Dân Việt") above a title-shaped line of
    ``MIN_HEADLINE_WORDS_BELOW_SECTION`` words or more that is no byline."""
    if ends_like_sentence(text) or text.rstrip().endswith(":"):
        return False
    if f.BREADCRUMB.match(text):
        return True
    return (
        0 < word_count(text) <= 2
        and _is_title_shaped(following)
        and word_count(following) >= MIN_HEADLINE_WORDS_BELOW_SECTION
        and not following.rstrip().endswith((",", ";"))
        and not is_byline_like(following)
    )


def remove_trailing_bylines(page: PageState) -> None:
    """Whole lines after the last sentence that are a signature, a source, a tag list, a link
    back to the section or bulleted headlines under the signature ("Trần Minh Anh", "Theo
    TTXVN", "Nhóm phóng viên", "Từ khóa Nga vũ trụ", "Trở lại Thời sự", "* Tàu Nga thăm Cam
    Ranh"). Anything else there is kept: it may be
    the end of a paragraph the scraper cut off. When the last sentence ends with a
    colon, the short lines under it are the list it opens (the delegation's members,
    the films shown), and all stay."""
    found: list[tuple[int, str]] = []
    # under a source in brackets ("(theo Yonhap, Antara)") only its signature is looked for:
    # the short lines above it may be the article's own list (the award winners)
    lines_left_above_a_bracketed_source: int | None = None
    for index in reversed(page.body()):
        text = page.lines[index].text
        if lines_left_above_a_bracketed_source == 0:
            break
        if lines_left_above_a_bracketed_source is not None:
            lines_left_above_a_bracketed_source -= 1
        # "Minh Anh (tổng hợp)": a signature's bracketed note is no sentence end
        bracketed_source = _is_bracketed_source(text)
        noted_signature = text.rstrip().endswith(")") and bool(
            is_byline_like(text)
            or bracketed_source
            or f.SOURCE_ATTRIBUTION.match(text)
            # "PV: Hoàng Anh (Vùng 4 Hải quân)", "(Reporting by …; Editing by …)"
            or f.PRESS_BYLINE.match(text)
            or _signature_with_unit(text)  # "Minh Hiếu (Trung tâm Thông tin - …)"
        )
        if f.AUTHOR_NOTE.match(text):
            found.append((index, "byline"))
            continue
        if ends_like_sentence(text) and not noted_signature:
            if text.rstrip().endswith(":"):
                return
            break
        if bracketed_source:
            found.append((index, "agency_signoff"))
            lines_left_above_a_bracketed_source = 1
        elif f.SOURCE_ATTRIBUTION.match(text):
            found.append((index, "agency_signoff"))
        elif f.TAG_LIST_WITHOUT_COLON.match(text):
            found.append((index, "widget_label"))
        elif (item := _BULLET.match(text)) and _is_title_shaped(text[item.end() :]):
            found.append((index, "related_articles"))  # "* Other headline" links
        elif f.PRESS_BYLINE.match(text) or _signature_with_unit(_BYLINE_LEAD.sub("", text)):
            found.append((index, "byline"))
        elif not found and f.AFFILIATION.match(text) and _signed_above(page, index):
            found.append((index, "byline"))  # the writer's institution under the signature
        elif (
            not found
            and _UNIT_SIGNATURE.match(text)
            and word_count(text) <= MAX_UNIT_WORDS
            and _under_a_sentence(page, index)
        ):
            found.append((index, "byline"))  # a ministry's department signs its news
        elif _BACK_TO_SECTION.match(text):
            found.append((index, "widget_label"))
        elif is_byline_like(text) or is_name_like(text) or word_count(text) <= 2:
            found.append((index, "byline"))
        else:
            break
    # bulleted headlines are links only under the article's signature ("Tin, ảnh: X" / "* …"):
    # under a sentence or a lead-in they are the article's list
    signed = [p for p, (_, reason) in enumerate(found) if reason in ("byline", "agency_signoff")]
    for position, (index, reason) in enumerate(found):
        if reason != "related_articles" or (signed and position < max(signed)):
            page.remove_line(index, reason)


#: A department that signs a ministry's or a firm's news on the page's last line, under the last
#: sentence: "Cục Hợp tác quốc tế", "Ban Truyền thông", "Văn phòng Bộ".
_UNIT_SIGNATURE = re.compile(r"^(?:Cục|Vụ|Ban|Phòng|Văn phòng|Trung tâm)\s+[^.!?;:,]+$")
MAX_UNIT_WORDS = 6


def _body_above(page: PageState, index: int) -> list[int]:
    """The indexes of the body lines above line ``index``, in page order."""
    return [i for i in page.body() if i < index]


def _under_a_sentence(page: PageState, index: int) -> bool:
    """Whether the body line above ``index`` ends a sentence, not with a colon: a list's last
    item ("Các đơn vị tham gia gồm:" / … / "Cục Cứu hộ - Cứu nạn") is no signature."""
    above = _body_above(page, index)
    if not above:
        return False
    text = page.lines[above[-1]].text.rstrip()
    return ends_like_sentence(text) and not text.endswith(":")


def _signed_above(page: PageState, index: int) -> bool:
    """Whether the body line above ``index`` is a signature with the writer's title
    (``furniture.TITLED_SIGNATURE``: "TS. NGUYỄN THỊ THANH HÀ", "PGS.TS Trần Văn Nam") right
    under a line of prose that ends a sentence: an award list's name-and-institution pairs
    stand under one another, and a sub-heading has no title."""
    above = _body_above(page, index)
    if len(above) < 2:
        return False
    signature, prose = page.lines[above[-1]].text.strip(), page.lines[above[-2]].text.strip()
    return bool(
        f.TITLED_SIGNATURE.match(signature)
        and is_byline_like(signature)
        and ends_like_sentence(prose)
    )


def _signature_with_unit(text: str) -> bool:
    """A signature and the writer's unit: "Thanh Huyền - Trung tâm Truyền thông EVN" (a name,
    a dash, a capitalised name of at most ``MAX_SIGNATURE_UNIT_WORDS`` words), or a unit that
    names itself one (``UNIT_OPENING``) of up to ``MAX_NAMED_UNIT_WORDS``, after a dash or in
    brackets ("Quang Vinh - Trung tâm Văn hóa, Thông tin và Thể thao thành phố", "Minh Hiếu
    (Trung tâm Thông tin - Văn phòng UBND tỉnh)")."""
    text = text.strip()
    bracketed = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<unit>[^()]+)\)", text)
    if bracketed and UNIT_OPENING.match(bracketed["unit"]):
        name, unit = bracketed["name"], bracketed["unit"]
    else:
        name, dash, unit = text.partition(" - ")
        if not dash:
            return False
    longest = MAX_NAMED_UNIT_WORDS if UNIT_OPENING.match(unit) else MAX_SIGNATURE_UNIT_WORDS
    return bool(
        is_name_like(name)
        and unit[:1].isupper()
        and word_count(unit) <= longest
        and not ends_like_sentence(unit)
    )


#: The longest unit a signature names after its dash.
MAX_SIGNATURE_UNIT_WORDS = 8
#: A unit that says it is one: a centre, office, department, station or paper.
UNIT_OPENING = re.compile(
    r"(?:Trung tâm|Phòng|Ban|Văn phòng|Đài|Sở|Cổng|Báo|Tạp chí|Hội|Viện|Khoa|Cục|Vụ)\s"
)
#: The longest such unit ("Trung tâm Văn hóa, Thông tin và Thể thao thành phố" is 11 words).
MAX_NAMED_UNIT_WORDS = 14


def _is_bracketed_source(text: str) -> bool:
    """A line that is a source in brackets and nothing else: "(Theo Reuters, AFP)", "(theo
    Yonhap, Antara)" (``furniture.GLUED_SOURCE`` from the line's start)."""
    source = f.GLUED_SOURCE.search(text)
    return bool(source) and source.start() == 0 and text.lstrip().startswith("(")


#: A link back to the article's section under its last sentence: "Trở lại Thời sự", "Back to
#: World".
_BACK_TO_SECTION = re.compile(
    r"^(?:Trở lại|Quay lại|Quay về|Trở về|Back to)(?:\s+[^\W\d][\w-]*){1,3}$"
)
#: A bulleted line ("* ", "• ", "- "): under the article's last sentence, another article's
#: headline.
_BULLET = re.compile(r"^[*•►▪–-]\s")


def trim_trailing_byline(page: PageState) -> None:
    """A signature or source glued after the last sentence of the last line
    ("... với Nga. Tùng Dương", "... hé lộ. Theo Trí Thức", "... của DN. Kim Ngân Theo Trí
    thức trẻ", '... giữa Nga và Mỹ." (Theo Reuters)'), or a source glued to captions run
    together at the end ("... Tập đoàn Nike Theo VGP", ``furniture.GLUED_SOURCE``)."""
    body = page.body()
    if not body:
        return
    index = body[-1]
    text = page.lines[index].text
    source = f.GLUED_SOURCE.search(text)
    if source and word_count(source.group(0)) <= MAX_TRAILING_BYLINE_WORDS:
        page.trim(index, source.start(), len(text), "agency_signoff")
        if page.lines[index].reason:
            return
        text = page.lines[index].text
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return
    tail = text[ends[-1].end() :].strip()
    if not tail:
        return
    if (
        f.SOURCE_ATTRIBUTION.match(tail.rstrip("."))
        and word_count(tail) <= MAX_TRAILING_BYLINE_WORDS
    ):
        page.trim(index, ends[-1].end(), len(text), "agency_signoff")
    elif is_byline_like(tail.rstrip(".")):
        page.trim(index, ends[-1].end(), len(text), "byline")


#: A dateline opens one of the article's first lines of prose (the sapo, the lead): further
#: down, "ASEAN – Nga trở thành đối tác …" opens a sentence whose subject is "ASEAN".
MAX_DATELINE_PROSE_LINE = 2


def trim_datelines(page: PageState) -> None:
    """ "HÀ NỘI - ", "(Báo X) - " and "MOSKVA, 3/5 (Sputnik) - " at the start of a body line
    up to the article's ``MAX_DATELINE_PROSE_LINE``-th line of prose; the outlet is noted."""
    prose_seen = 0
    for index in page.body():
        text = page.lines[index].text
        if prose_seen >= MAX_DATELINE_PROSE_LINE:
            return
        prose_seen += is_prose_line(text)
        outlet = (
            f.AGENCY_DATELINE.match(text)
            or f.SLASHED_DATELINE.match(text)
            or f.OUTLET_PREFIX.match(text)
        )
        dateline = f.DATELINE_PREFIX.match(text)
        if outlet:
            page.outlet = page.outlet or outlet.group("outlet").strip()
            page.trim(index, 0, outlet.end(), "dateline")
        elif dateline and word_count(dateline.group("place")) <= 4:
            # "VOV.VN - ": a site's domain opens the lead, not a place
            if f.SITE_DOMAIN.fullmatch(dateline.group("place").strip()):
                page.outlet = page.outlet or dateline.group("place").strip()
            page.trim(index, 0, dateline.end(), "dateline")


#: A site's name in capitals on a masthead line has at most this many words ("BÁO CÔNG THƯƠNG").
MAX_MASTHEAD_NAME_WORDS = 6
#: An outlet's initials as a lead's tag prints them: "BL", "QBĐT", "NLĐO", "TTO".
OUTLET_ABBREVIATION = re.compile(r"[A-ZĐ]{2,6}")
#: The reasons a footer's lines are removed under: a caption's "© Reuters" names no outlet.
FOOTER_REASONS = frozenset({"site_chrome", "related_articles"})


def read_outlet_from_masthead(page: PageState) -> None:
    """The outlet, when the lead named none: the site's name that the page's removed header
    prints (the page's <title> after the headline, "<headline> | Báo Dân trí"; a masthead with
    its self-description, "BÁO ĐẦU TƯ - Cơ quan của Bộ …"; the one name on a line of its own,
    "Báo Nông nghiệp Việt Nam", or in capitals, "BÁO CÔNG THƯƠNG"), else the owner its footer's
    copyright names ("Bản quyền thuộc về Báo Hà Nội Mới"). Read as printed: a page that shows
    none of them, or a header listing several papers (sister sites), keeps a blank outlet.
    A lead's tag in capitals ("(BL) -", "QBĐT -", ``OUTLET_ABBREVIATION``; not a news agency's,
    "(TTXVN) -", whose copy the site carries) gives way to the masthead's or footer's name when
    the page prints one, so that one site's pages share one outlet; it stays the outlet
    otherwise, and the <title>'s tail, which may be a section ("<headline> | Thế giới"), does
    not replace it."""
    initials = bool(page.outlet) and bool(OUTLET_ABBREVIATION.fullmatch(page.outlet))
    if page.outlet and (not initials or page.outlet.upper() in f.NEWS_AGENCY_INITIALS):
        return
    header = [line.text.strip() for line in page.lines if line.reason == "page_header"]
    headline = comparison_key(page.headline)
    names: list[str] = []
    for text in header:
        if headline and comparison_key(text).startswith(headline):
            if initials:
                continue
            site = re.search(r"\s*[|–—-]\s*(?P<site>[^|–—-]+)$", text)
            if site and word_count(site.group("site")) <= MAX_MASTHEAD_NAME_WORDS:
                page.outlet = site.group("site").strip()
                return
            continue
        if _is_breadcrumb(text):  # "Home | News | Nuclear" names no site
            continue
        tagline = f.MASTHEAD_NAME.match(text) if f.MASTHEAD_TAGLINE.match(text) else None
        if tagline and f.MASTHEAD_SELF_DESCRIPTION.match(tagline.group("name")):
            tagline = None  # "Cơ quan của Đảng bộ tỉnh X - Tiếng nói …": no name before the dash
        if tagline:
            page.outlet = tagline.group("name").strip()
            return
        if is_site_name_line(text) or (
            text.isupper()
            and word_count(text) <= MAX_MASTHEAD_NAME_WORDS
            and re.match(r"(?:BÁO|TẠP CHÍ)\s", text)
        ):
            names.append(text)
    if len(set(names)) == 1:
        page.outlet = names[0]
        return
    if names:
        return  # several papers' names: a group's sister sites, no telling which is this one
    for line in page.lines:
        footer = line.reason in FOOTER_REASONS and not f.CREDIT_LABEL.search(line.raw)
        owner = f.COPYRIGHT_NAME.search(line.text) if footer else None  # not "Photo: © Reuters"
        if owner:
            page.outlet = (owner.group("owner") or owner.group("name")).strip()
            return


#: A line cut by a hard wrap is long; a shorter one above a lower-case line is a heading, a
#: list's lead or a verse.
MIN_WRAPPED_WORDS = 8
#: A list item's marker: "a)", "b.", "i)", "- ", "• ".
_LIST_ITEM = re.compile(r"^(?:[a-zđ]{1,3}[).]\s|[-–•+*]\s)")


def join_wrapped_lines(page: PageState) -> None:
    """A line that stops mid-sentence and the next line of the file that carries it on.

    Hard-wrapped text and pages whose markup broke a paragraph at an inline tag split a
    sentence over lines ("Thông" / "tin trên được công bố …"); read one by one, each line
    would become a fragment sentence. A line joins the body line before it when that one
    ends without a sentence end or a colon, this one begins with a lower-case letter, and
    the two are adjacent in the file. The joined line is logged as
    ``joined_to_previous_line``: its text is kept, at the end of the line before it.
    """
    target = last_line_no = None
    for index in page.body():
        line = page.lines[index]
        if target is not None and line.line_no == last_line_no + 1:
            head = page.lines[target].text.rstrip()
            if (
                head
                and not ends_like_sentence(head)
                and not head.endswith(":")
                and line.text.lstrip()[:1].islower()
                and not line.text.lstrip()[1:2].isupper()  # "iPhone", "eBay": a name
                and not _LIST_ITEM.match(line.text.lstrip())
                and word_count(head) >= MIN_WRAPPED_WORDS
            ):
                page.lines[target].text = f"{head} {line.text.strip()}"
                line.reason = "joined_to_previous_line"
                last_line_no = line.line_no
                continue
        target, last_line_no = index, line.line_no


#: The rules in the order they run. Fragment rules run before repeats are judged (a caption
#: printed twice differs only by its credit), and the headline is taken after repeats.
CLEANING_RULES: tuple[Callable[[PageState], None], ...] = (
    strip_html_markup,
    read_metadata_header,
    trim_table_borders,
    remove_standalone_furniture,
    remove_lone_date_line,
    remove_site_footer,
    cut_related_block_after_heading,
    remove_reference_list,
    cut_teaser_block,
    cut_reader_comments,
    trim_stamped_bylines,
    trim_photo_credits,
    trim_bracketed_links,
    trim_link_markers,
    trim_site_chrome,
    trim_end_marks,
    trim_agency_signoffs,
    remove_exact_repeats,
    remove_tag_items,
    remove_page_header,
    take_headline,
    remove_donation_appeals,
    remove_leading_bylines,
    remove_table_rows,
    remove_near_repeats,
    remove_trailing_bylines,
    trim_trailing_byline,
    trim_datelines,
    read_outlet_from_masthead,
    join_wrapped_lines,
)


def page_lines(text: str) -> list[PageLine]:
    """The non-blank lines of a page, numbered from 1 as in the file."""
    return [
        PageLine(n, line, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()
    ]


def clean_article(text: str) -> CleanedArticle:
    """Split a page into body lines and logged removals by running ``CLEANING_RULES``.

    Input: decoded text (LF line ends). Output: ``CleanedArticle``. Lines are
    judged after NFC normalisation; a whole-line ``Removal.text`` keeps the raw
    line so the log shows exactly what was in the file.
    """
    page = PageState(page_lines(text))
    for rule in CLEANING_RULES:
        rule(page)
    result = CleanedArticle(
        kept=[], removed=[], n_input_lines=len(page.lines), header=page.header,
        headline=page.headline, outlet=page.outlet,
    )  # fmt: skip
    for line in page.lines:
        if line.reason:
            result.removed.append(Removal(line.line_no, line.raw.strip(), line.reason))
        elif line.text.strip():
            result.kept.append(KeptLine(line.line_no, line.text.strip()))
        else:
            result.removed.append(Removal(line.line_no, line.raw.strip(), "empty_after_trimming"))
    # a joined line's text lives on in the line before it, and so do its trimmed fragments
    whole = {
        line.line_no
        for line in page.lines
        if line.reason and line.reason != "joined_to_previous_line"
    }
    result.removed.extend(r for r in page.fragments if r.line_no not in whole)
    result.removed.sort(key=lambda r: (r.line_no, r.scope != "prefix", r.scope == "suffix"))
    result.truncated = bool(result.kept) and not ends_like_sentence(result.kept[-1].text)
    return result


def kept_letter_share(cleaned: CleanedArticle, input_letters: int) -> float:
    """Letters kept (body lines and headline) over the letters of the raw page.

    Input: the result of ``clean_article`` and ``letter_count`` of the text it
    was given. Output: a share in [0, 1] (1.0 for a page without letters). Body
    lines are split into sentences without loss, so this is also the share kept
    in sentences.
    """
    total = input_letters
    if total == 0:
        return 1.0
    kept = sum(letter_count(line.text) for line in cleaned.kept) + letter_count(cleaned.headline)
    return min(1.0, kept / total)
