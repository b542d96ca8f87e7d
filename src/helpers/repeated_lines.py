"""Lines a site prints on many of its pages, found across the corpus rather than on one page.

A menu, footer, hotline, newsletter prompt or "most read" box that no rule of
``helpers.cleaning`` recognises still gives itself away: it repeats, word for word, on
page after page of the same site. A line kept on ``MIN_PAGES`` pages or more is such
furniture, with two guards. A line of prose (``cleaning.is_prose_line``: a sentence of ten
words or more) never is: a wire report reprinted by several outlets, a formula paragraph
("Hợp tác quốc phòng - an ninh … là trụ cột …") or a quoted lead repeat too, and are
the article's text. And a page whose kept text is mostly repeated lines (more than
``MAX_REPEATED_SHARE`` of its letters) is taken to be a reprint, so its lines (a reprinted
story's sub-headings) are counted only on the other pages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from helpers.cleaning import comparison_key, is_prose_line, letter_count

#: A line kept on this many pages (reprints of one story aside) is the site's furniture.
MIN_PAGES = 3
#: A page whose kept letters are more than this share repeated lines is a reprint.
MAX_REPEATED_SHARE = 0.5


def find_repeated_lines(
    kept_lines: Mapping[str, Sequence[tuple[int, str]]],
) -> dict[str, list[int]]:
    """The lines to remove from each article because other pages print them too.

    Input: every analysed article's kept lines, ``{doc_id: [(line_no, text), ...]}``,
    after the per-page cleaning. Lines are compared by ``comparison_key`` (case,
    punctuation and spacing ignored); lines of prose are never returned. Output:
    ``{doc_id: [line_no, ...]}`` for the articles that lose lines, in line order;
    articles that lose none are absent.
    """
    keys = {
        doc_id: [(line_no, comparison_key(text), letter_count(text)) for line_no, text in lines]
        for doc_id, lines in kept_lines.items()
    }
    prose = {
        key
        for doc_id, lines in kept_lines.items()
        for (_, text), (_, key, _) in zip(lines, keys[doc_id], strict=True)
        if is_prose_line(text)
    }
    pages_of: dict[str, set[str]] = defaultdict(set)
    for doc_id, lines in keys.items():
        for _, key, _ in lines:
            if key:
                pages_of[key].add(doc_id)
    repeated = {key for key, pages in pages_of.items() if len(pages) >= MIN_PAGES}
    if not repeated:
        return {}
    reprints = {
        doc_id
        for doc_id, lines in keys.items()
        if sum(letters for _, key, letters in lines if key in repeated)
        > MAX_REPEATED_SHARE * max(1, sum(letters for *_, letters in lines))
    }
    furniture = {key for key in repeated - prose if len(pages_of[key] - reprints) >= MIN_PAGES}
    found = {
        doc_id: [line_no for line_no, key, _ in lines if key in furniture]
        for doc_id, lines in keys.items()
    }
    return {doc_id: line_nos for doc_id, line_nos in found.items() if line_nos}
