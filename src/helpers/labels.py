"""Short, unique, readable names for articles in tables and charts.

A doc_id is the file name without ``.txt``: for the seeds (``000_…``) its first
characters happened to be unique, but crawled pages (``crawl_21461756``,
``crawl_21463654`` …) share any prefix. ``article_labels()`` instead numbers the
articles in doc_id order and adds the start of each title, e.g.
``"#01 · Việt Nam mong muốn tăng…"``: the number keeps labels unique even when
titles repeat, the title tells a reader which article it is. The "#" marks it as a
running number, not an id: the seed ``000_…`` is article #1.
"""

from __future__ import annotations

import unicodedata

import pandas as pd

#: Opens every label, so a running number is never read as a doc_id ("000_…" is "#1").
NUMBER_SIGN = "#"
#: Separates the running number from the title in a label.
SEPARATOR = " · "
ELLIPSIS = "…"
#: Characters left dangling at the end of a cut title ("hợp tác," → "hợp tác…").
_TRAILING = " \t,;:.-–—·/|(\"'“‘"


def shorten_at_word(text: str, max_chars: int) -> str:
    """Cut ``text`` to at most ``max_chars`` characters, at a word boundary, ending in "…".

    Input: any string (whitespace runs count as one space) and a positive limit.
    Output: the text unchanged if it fits; otherwise the longest run of whole
    words that leaves room for "…", then "…". A single word longer than the
    limit is cut inside the word, since there is no boundary to cut at.
    """
    if max_chars < 2:
        raise ValueError(f"max_chars must be at least 2, got {max_chars}")
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    room = max_chars - len(ELLIPSIS)
    # text[room] == " " means the first ``room`` characters end on a whole word.
    cut = text[:room] if text[room] == " " else text[:room].rpartition(" ")[0]
    cut = cut.rstrip(_TRAILING)
    if not cut:  # one long first word: cut inside it rather than show only "…"
        cut = text[:room]
    return cut + ELLIPSIS


def article_labels(documents: pd.DataFrame, max_chars: int = 28) -> pd.Series:
    """One unique, readable label per article, for table headers and chart axes.

    Input: a table with a ``doc_id`` column (unique) and, optionally, ``title``
    (as in ``documents.csv``); ``max_chars`` limits the title part of a label.
    Output: a Series indexed by ``doc_id`` (in doc_id order) whose values are
    ``"#<n> · <start of the title>"``, ``n`` the article's position in doc_id
    order, zero-padded to the width of the article count so labels sort like
    the articles. An article without a title shows its doc_id instead.
    The same table always gives the same labels, whatever its row order.
    """
    doc_ids = documents["doc_id"].astype(str)
    if doc_ids.duplicated().any():
        repeated = sorted(set(doc_ids[doc_ids.duplicated()]))
        raise ValueError(f"doc_id must be unique to label articles, repeated: {repeated}")
    if "title" in documents:
        titles = documents["title"].where(documents["title"].notna(), "").astype(str)
    else:
        titles = pd.Series("", index=documents.index)
    title_of = dict(zip(doc_ids, titles, strict=True))
    ordered = sorted(title_of)
    width = len(str(len(ordered)))
    labels = {}
    for number, doc_id in enumerate(ordered, start=1):
        # NFC so that a precomposed "ệ" counts as one character, as it is drawn.
        title = unicodedata.normalize("NFC", title_of[doc_id]).strip()
        name = shorten_at_word(title or doc_id, max_chars)
        labels[doc_id] = f"{NUMBER_SIGN}{number:0{width}d}{SEPARATOR}{name}"
    return pd.Series(labels, name="label", dtype=object).rename_axis("doc_id")


def label_number(label: str) -> str:
    """The running number at the start of an article label: ``"#01 · Việt Nam…"`` → ``"#01"``.

    For charts too crowded for whole labels (points on a time axis); the
    number still matches the article's label in every other chart and table.
    """
    return label.split(SEPARATOR, 1)[0]
