"""Page-furniture removal: every non-blank input line is kept or logged with a reason.

Input: the decoded text of one article. Output: a ``CleanedArticle`` whose
``kept`` lines are the article body (possibly with a dateline, sign-off or end
mark trimmed off) and whose ``removed`` records say, for every line or part of
a line taken out, what it was. ``kept`` + whole-line removals = every non-blank
input line; ``tests/test_cleaning.py`` checks that property on random input.

The rules are patterns of Vietnamese (and English) news pages in general, not
strings of this corpus: audio-player timestamps, image file names and URLs,
photo captions and credits, captions printed twice (alt text + caption),
section and widget labels, bylines, agency sign-offs, end marks, metadata
headers, a headline (moved to the document's title), lines repeated elsewhere
in the article, and "related articles" blocks appended after the body.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from helpers.vietnamese import normalize_text

#: Reasons, in the order the rules run.
REASONS = (
    "html_markup",
    "metadata_header",
    "related_articles",
    "audio_player",
    "image_filename",
    "url",
    "photo_caption",
    "widget_label",
    "section_label",
    "end_mark",
    "agency_signoff",
    "byline",
    "headline",
    "duplicate_line",
    "dateline",
)

#: Script/style blocks (content and all) and any other tag; scraped pages sometimes keep them.
_SCRIPT_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(\s[^<>]*)?/?>|<!--.*?-->")
_TERMINAL = re.compile(r"[.!?…:;\"”’)»]\s*$")
_WORDS = re.compile(r"[^\W_]+")

METADATA_HEADER = re.compile(
    r"^\s*(?P<key>date|published|url|source|author)\s*:?\s+(?P<value>\S+)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AUDIO_PLAYER = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
IMAGE_FILENAME = re.compile(
    r"^(?:[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)"  # name.ext
    r"|[a-z0-9]+(?:[-_][a-z0-9]+){3,})$",  # slug-like file name: a-b-c-d-1234-resize
    re.IGNORECASE,
)
URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
PHOTO_CREDIT = re.compile(
    r"(?:^|[\s(\[\-–—.,])(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|đồ họa|photo|image|"
    r"photo credit|credit)\s*:\s*[^.!?]{1,60}[)\]]?\s*$"
    r"|\((?:ảnh|photo)[^()]{0,60}\)\s*$"
    r"|^(?:ảnh|photo)\s*:",
    re.IGNORECASE,
)
WIDGET_LABELS = {
    # Vietnamese news-site controls and furniture
    "bình luận",
    "gửi bình luận",
    "ý kiến",
    "ý kiến bạn đọc",
    "chia sẻ",
    "chia sẻ bài viết",
    "theo dõi",
    "lưu",
    "lưu bài viết",
    "in",
    "in bài",
    "in bài viết",
    "gửi",
    "thích",
    "báo lỗi",
    "góp ý",
    "quay lại",
    "trở về",
    "về trang chủ",
    "trở lại đầu trang",
    "nghe bài viết",
    "nghe",
    "đọc bài",
    "tải ứng dụng",
    "sao chép liên kết",
    "copy link",
    "từ khóa",
    "từ khoá",
    "tags",
    "tag",
    "quảng cáo",
    "video",
    "infographic",
    "mới nhất",
    "nổi bật",
    "xem nhiều",
    "đọc nhiều",
    "tin nóng",
    "tiêu điểm",
    "chủ đề",
    "sự kiện",
    "chuyên mục",
    "trang chủ",
    # English
    "comments",
    "comment",
    "share",
    "print",
    "save",
    "like",
    "follow",
    "advertisement",
    "read more",
    "back to top",
    "listen",
    "listen to this article",
}
SECTION_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:]{1,25}):\s*\S.{0,40}$")
RELATED_HEADING = re.compile(
    r"^(?:(?:tin|bài|bài viết)\s+(?:liên quan|cùng chuyên mục|khác|mới|đọc nhiều|xem nhiều)"
    r"|(?:xem|đọc)\s+thêm|có thể bạn quan tâm|bạn có thể quan tâm|cùng chuyên mục"
    r"|related(?:\s+(?:news|articles|stories|posts))?|read (?:more|also|next)"
    r"|more (?:news|stories)|see also)\s*:?\s*$",
    re.IGNORECASE,
)
END_MARK_LINE = re.compile(
    r"^(?:\.?/\.|■|□|\(\s*hết\s*\)|-?\s*hết\s*-?|\*\s*\*\s*\*)$", re.IGNORECASE
)
END_MARK_SUFFIX = re.compile(r"(?<=\S)\s*(?P<mark>/\.)\s*$")
AGENCY = r"[A-ZĐ]{2,8}(?:/[A-ZĐ]{2,8})*"
AGENCY_SIGNOFF_LINE = re.compile(rf"^(?:[-–—]\s*)?\(?(?P<agency>{AGENCY})\)?\.?$")
AGENCY_SIGNOFF_SUFFIX = re.compile(rf"\s+[-–—]\s*\(?(?P<agency>{AGENCY})\)?\.?\s*$")
SOURCE_ATTRIBUTION_LINE = re.compile(r"^(?:theo|nguồn|source)\s*:?\s+\S.{0,60}$", re.IGNORECASE)
#: "(Outlet) - " or "HÀ NỘI — " at the start of a lead.
OUTLET_PREFIX = re.compile(r"^\((?P<outlet>[^()]{2,40})\)\s*[-–—]\s*")
DATELINE_PREFIX = re.compile(r"^(?P<place>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.\s]{1,30}[A-ZĐÀ-Ỹ.])\s*[-–—]\s+")

#: A line whose word 3-grams are at least this share contained in a longer line is a repeat.
NEAR_REPEAT_CONTAINMENT = 0.8
#: Lines shorter than this (in words) are never judged near-repeats: too little evidence.
NEAR_REPEAT_MIN_WORDS = 8


@dataclass(frozen=True)
class KeptLine:
    """A body line: its 1-based line number in the raw file and its (trimmed) text."""

    line_no: int
    text: str


@dataclass(frozen=True)
class Removal:
    """Text taken out of the article. ``scope`` is ``line`` or, for part of a kept line,
    ``prefix``/``suffix`` (a dateline, a metadata header, a sign-off, an end mark) or
    ``inline`` (HTML tags inside the line)."""

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


def word_count(text: str) -> int:
    """Number of words (letter or digit runs) in ``text``."""
    return len(_WORDS.findall(text))


def ends_like_sentence(text: str) -> bool:
    """True if ``text`` ends with sentence-final punctuation (or a closing quote/bracket)."""
    return bool(_TERMINAL.search(text))


def comparison_key(text: str) -> str:
    """Text as compared for repeats: NFC, lowercase, words only."""
    return " ".join(_WORDS.findall(unicodedata.normalize("NFC", text).lower()))


def is_widget_label(text: str) -> bool:
    """A known control or section label of a news page, maybe with a count (``Bình luận (3)``)."""
    key = re.sub(r"\s*[(\[]?\d+[)\]]?\s*$", "", comparison_key(text)).strip()
    return key in WIDGET_LABELS


def is_name_like(text: str) -> bool:
    """Two to five capitalised words and nothing else: the shape of a byline."""
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    return all(w[:1].isupper() and _WORDS.fullmatch(w.strip("()")) for w in words)


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


def classify_line(text: str) -> str | None:
    """The furniture reason of a single line judged on its own, or ``None`` for body text.

    Context rules (headline, bylines, repeats, related-article blocks) live in
    ``clean_article``; this covers what a line shows by itself.
    """
    stripped = text.strip()
    if AUDIO_PLAYER.match(stripped):
        return "audio_player"
    if URL.match(stripped):
        return "url"
    if IMAGE_FILENAME.match(stripped):
        return "image_filename"
    if PHOTO_CREDIT.search(stripped):
        return "photo_caption"
    if is_widget_label(stripped):
        return "widget_label"
    if END_MARK_LINE.match(stripped):
        return "end_mark"
    if AGENCY_SIGNOFF_LINE.match(stripped):
        return "agency_signoff"
    return None


def _shingle_set(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = comparison_key(text).split()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _find_related_block_start(lines: list[tuple[int, str]], kept_idx: list[int]) -> int | None:
    """Index (into ``lines``) where an appended block of related-article teasers starts.

    Two signals: a heading such as "Tin liên quan" / "Related news"; or, after
    the article's own lead, a second lead that opens with an outlet or
    dateline marker ("(Báo X) - ...", "HÀ NỘI - ...") right after a title-like
    line. The block then starts at the first title line above that lead and
    runs to the end of the file.
    """
    for i in kept_idx:
        text = lines[i][1].strip()
        if word_count(text) <= 6 and RELATED_HEADING.match(text):
            return i
    lead_seen = False
    for pos, i in enumerate(kept_idx):
        text = lines[i][1].strip()
        has_marker = bool(OUTLET_PREFIX.match(text) or DATELINE_PREFIX.match(text))
        if not has_marker:
            continue
        if not lead_seen:
            lead_seen = True
            continue
        previous = [lines[j][1].strip() for j in kept_idx[:pos]]
        if not previous or ends_like_sentence(previous[-1]):
            continue
        start = pos
        while start > 0 and not ends_like_sentence(lines[kept_idx[start - 1]][1].strip()):
            start -= 1
        return kept_idx[start]
    return None


def clean_article(text: str) -> CleanedArticle:
    """Split an article into body lines and logged removals.

    Input: decoded text (LF line ends). Output: ``CleanedArticle``. Lines are
    judged after NFC normalisation, but ``Removal.text`` keeps the raw line so
    the log shows exactly what was in the file.
    """
    raw_lines = text.split("\n")
    lines = [(n, line) for n, line in enumerate(raw_lines, start=1) if line.strip()]
    result = CleanedArticle(kept=[], removed=[], n_input_lines=len(lines))
    reason: dict[int, str] = {}
    current: dict[int, str] = {}
    partial: list[Removal] = []

    # 0. HTML markup: a line of markup only goes; tags inside a line are cut out and logged.
    for i, (line_no, line) in enumerate(lines):
        text, markup = strip_html(line)
        if markup and not text:
            reason[i] = "html_markup"
        elif markup:
            partial.append(Removal(line_no, " ".join(markup), "html_markup", "inline"))
        current[i] = normalize_text(text)

    # 1. Metadata header lines at the very top ("date 2025-12-09 ...").
    for i, (line_no, _) in enumerate(lines):
        match = METADATA_HEADER.match(current[i])
        if not match or (
            match.group("key").lower() in {"date", "published"}
            and not _ISO_DATE.match(match.group("value"))
        ):
            break
        result.header[match.group("key").lower()] = match.group("value")
        rest = match.group("rest").strip()
        if rest:
            header_text = current[i][: len(current[i]) - len(rest)].strip()
            partial.append(Removal(line_no, header_text, "metadata_header", "prefix"))
            current[i] = rest
            break
        reason[i] = "metadata_header"

    # 2. Lines that show what they are on their own.
    for i in range(len(lines)):
        if i not in reason:
            found = classify_line(current[i])
            if found:
                reason[i] = found

    # 2b. Sign-offs and end marks glued to the end of a body line ("... cứu nạn./.",
    # "... rescue. — VNA/VNS"): trimmed now so the line still reads as a finished sentence.
    for i in range(len(lines)):
        if i in reason:
            continue
        line_no = lines[i][0]
        end_mark = END_MARK_SUFFIX.search(current[i])
        if end_mark:
            partial.append(Removal(line_no, end_mark.group("mark"), "end_mark", "suffix"))
            current[i] = current[i][: end_mark.start()].rstrip() + "."
            current[i] = re.sub(r"\.\.$", ".", current[i])
        signoff = AGENCY_SIGNOFF_SUFFIX.search(current[i])
        if signoff and ends_like_sentence(current[i][: signoff.start()]):
            partial.append(Removal(line_no, signoff.group(0).strip(), "agency_signoff", "suffix"))
            result.outlet = result.outlet or signoff.group("agency")
            current[i] = current[i][: signoff.start()].rstrip()

    # 3. A related-articles block appended after the body.
    remaining = [i for i in range(len(lines)) if i not in reason]
    block_start = _find_related_block_start(
        [(n, current[i]) for i, (n, _) in enumerate(lines)], remaining
    )
    if block_start is not None:
        for i in range(block_start, len(lines)):
            reason[i] = "related_articles"

    # 4. Captions printed twice in a row (image alt text + caption), and exact repeats.
    remaining = [i for i in range(len(lines)) if i not in reason]
    seen: dict[str, int] = {}
    for pos, i in enumerate(remaining):
        key = comparison_key(current[i])
        if key in seen:
            previous = seen[key]
            is_first_line = remaining.index(previous) == 0
            if pos > 0 and remaining[pos - 1] == previous and not is_first_line:
                reason[previous] = "photo_caption"
            reason[i] = "duplicate_line"
        else:
            seen[key] = i

    # 5. Section labels and the headline at the top.
    remaining = [i for i in range(len(lines)) if i not in reason]
    for i in remaining:
        candidate = current[i]
        if SECTION_LABEL.match(candidate) and word_count(candidate) <= 6:
            reason[i] = "section_label"
            continue
        if 3 <= word_count(candidate) <= 30 and not ends_like_sentence(candidate):
            reason[i] = "headline"
            result.headline = candidate
        break

    # 6. Trailing lines after the last sentence: bylines, attributions, teaser titles.
    remaining = [i for i in range(len(lines)) if i not in reason]
    for i in reversed(remaining):
        candidate = current[i]
        if ends_like_sentence(candidate):
            break
        if SOURCE_ATTRIBUTION_LINE.match(candidate):
            reason[i] = "agency_signoff"
        elif is_name_like(candidate) or word_count(candidate) <= 3:
            reason[i] = "byline"
        else:
            reason[i] = "related_articles"

    # 7. Lines whose words are (almost) all repeated in a longer body line.
    remaining = [i for i in range(len(lines)) if i not in reason]
    shingles = {i: _shingle_set(current[i]) for i in remaining}
    words = {i: word_count(current[i]) for i in remaining}
    for i in remaining:
        if words[i] < NEAR_REPEAT_MIN_WORDS or not shingles[i]:
            continue
        for j in remaining:
            if j == i or reason.get(j) or words[j] <= words[i]:
                continue
            contained = len(shingles[i] & shingles[j]) / len(shingles[i])
            if contained >= NEAR_REPEAT_CONTAINMENT:
                reason[i] = "duplicate_line"
                break

    # 8. Trim datelines ("HÀ NỘI - ", "(Báo X) - ") off the kept lines.
    remaining = [i for i in range(len(lines)) if i not in reason]
    for i in remaining:
        line_no = lines[i][0]
        outlet = OUTLET_PREFIX.match(current[i])
        dateline = DATELINE_PREFIX.match(current[i])
        if outlet:
            result.outlet = result.outlet or outlet.group("outlet").strip()
            partial.append(Removal(line_no, outlet.group(0).strip(), "dateline", "prefix"))
            current[i] = current[i][outlet.end() :]
        elif dateline and word_count(dateline.group("place")) <= 4:
            partial.append(Removal(line_no, dateline.group(0).strip(), "dateline", "prefix"))
            current[i] = current[i][dateline.end() :]

    for i, (line_no, raw) in enumerate(lines):
        if i in reason:
            result.removed.append(Removal(line_no, raw.strip(), reason[i]))
        elif current[i].strip():
            result.kept.append(KeptLine(line_no, current[i].strip()))
        else:
            result.removed.append(Removal(line_no, raw.strip(), "empty_after_trimming"))
    result.removed.extend(partial)
    result.removed.sort(key=lambda r: (r.line_no, r.scope != "prefix", r.scope == "suffix"))
    return result
