"""The cleaning self-audit: how much of each article survived, and what was taken out.

Input: ``documents.csv`` and ``removed_lines.csv`` as DataFrames (from notebook
01, or from ``helpers.pipeline.describe_folders`` for any folder without segmenting it). Output:
small tables and figures a researcher reads before trusting a crawl. Notebook
01, the index page and ``scripts/audit_corpus.py`` all use these functions, so
they report the same numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from helpers.cleaning import letter_count
from helpers.labels import article_labels

#: Articles keeping less than this share of their letters are listed for review.
DEFAULT_KEPT_SHARE_THRESHOLD = 0.8


@dataclass(frozen=True)
class KeptShareOverview:
    """Corpus-wide figures of the self-audit."""

    n_articles: int
    overall: float  # letters kept over letters read, corpus-wide
    median: float
    minimum: float
    n_below: int
    threshold: float
    n_truncated: int

    @property
    def share_below(self) -> float:
        return self.n_below / self.n_articles if self.n_articles else 0.0


def kept_share_overview(
    documents: pd.DataFrame, threshold: float = DEFAULT_KEPT_SHARE_THRESHOLD
) -> KeptShareOverview:
    """Overall (letter-weighted) and per-article kept shares of ``documents``.

    Needs the columns ``kept_share``, ``n_input_letters`` and ``truncated``.
    """
    if documents.empty:
        return KeptShareOverview(0, 1.0, 1.0, 1.0, 0, threshold, 0)
    letters = documents.n_input_letters.clip(lower=0)
    kept = (documents.kept_share * letters).sum()
    return KeptShareOverview(
        n_articles=len(documents),
        overall=float(kept / letters.sum()) if letters.sum() else 1.0,
        median=float(documents.kept_share.median()),
        minimum=float(documents.kept_share.min()),
        n_below=int((documents.kept_share < threshold).sum()),
        threshold=threshold,
        n_truncated=int(documents.truncated.sum()),
    )


def removed_letters_by_reason(removed: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Letters removed per reason and scope, largest first.

    Output columns: ``reason``, ``scope``, ``n_removals``, ``n_articles``,
    ``n_letters`` and ``share_of_input`` (of all letters read). The headline
    is moved to ``title``, not lost, so it is listed with ``kept_as_title``.
    """
    total = max(1, int(documents.n_input_letters.sum())) if not documents.empty else 1
    if removed.empty:
        columns = ["reason", "scope", "n_removals", "n_articles", "n_letters", "share_of_input"]
        return pd.DataFrame(columns=[*columns, "kept_as_title"])
    table = (
        removed.assign(n_letters=removed.text.fillna("").map(letter_count))
        .groupby(["reason", "scope"], as_index=False)
        .agg(
            n_removals=("doc_id", "size"),
            n_articles=("doc_id", "nunique"),
            n_letters=("n_letters", "sum"),
        )
    )
    table["share_of_input"] = table.n_letters / total
    table["kept_as_title"] = table.reason.eq("headline")
    return table.sort_values(["n_letters", "reason", "scope"], ascending=[False, True, True])


def articles_below_threshold(
    documents: pd.DataFrame,
    removed: pd.DataFrame,
    threshold: float = DEFAULT_KEPT_SHARE_THRESHOLD,
    sample_chars: int = 160,
) -> pd.DataFrame:
    """Articles keeping less than ``threshold`` of their letters, with what was removed.

    Output columns: ``doc_id``, ``source_file``, ``kept_share``, ``removed``
    (the reasons, most letters first, with their letter counts) and
    ``largest_removal`` (the start of the largest removed text, for a look).
    """
    low = documents[documents.kept_share < threshold].sort_values(["kept_share", "doc_id"])
    rows = []
    for doc in low.itertuples():
        own = removed[(removed.doc_id == doc.doc_id) & (removed.reason != "headline")]
        letters = own.text.fillna("").map(letter_count)
        by_reason = letters.groupby(own.reason).sum().sort_values(ascending=False)
        largest = own.text.fillna("").iloc[int(letters.to_numpy().argmax())] if len(own) else ""
        if len(largest) > sample_chars:
            largest = largest[:sample_chars] + "…"
        rows.append(
            {
                "doc_id": doc.doc_id,
                "source_file": doc.source_file,
                "kept_share": doc.kept_share,
                "removed": ", ".join(f"{reason} ({n})" for reason, n in by_reason.items()),
                "largest_removal": largest,
            }
        )
    columns = ["doc_id", "source_file", "kept_share", "removed", "largest_removal"]
    return pd.DataFrame(rows, columns=columns)


def dates_overview(documents: pd.DataFrame, period: tuple[str, str] | None = None) -> pd.DataFrame:
    """Articles per ``date_source``, with how many dates fall outside ``period``
    (``(first, last)`` as YYYY-MM-DD, both included) when one is given."""
    table = documents.date_source.value_counts().rename_axis("date_source").reset_index(name="n")
    if period:
        first, last = (dt.date.fromisoformat(day) for day in period)
        dates = pd.to_datetime(documents.date.replace("", pd.NA), errors="coerce").dt.date
        outside = dates.notna() & ((dates < first) | (dates > last))
        counts = outside.groupby(documents.date_source).sum()
        table["outside_period"] = table.date_source.map(counts).fillna(0).astype(int)
    return table


def audit_failures(
    overview: KeptShareOverview,
    min_overall: float,
    max_share_below: float,
    n_dates_outside: int = 0,
) -> list[str]:
    """The thresholds a corpus misses, each as a sentence (empty list: all met)."""
    failures = []
    if overview.overall < min_overall:
        failures.append(f"only {overview.overall:.1%} of letters kept (at least {min_overall:.0%})")
    if overview.share_below > max_share_below:
        failures.append(
            f"{overview.n_below} articles ({overview.share_below:.1%}) keep less than "
            f"{overview.threshold:.0%} of their letters (at most {max_share_below:.0%} may)"
        )
    if n_dates_outside:
        failures.append(f"{n_dates_outside} dates fall outside the expected period")
    return failures


def cleaning_warning(
    documents: pd.DataFrame, threshold: float = DEFAULT_KEPT_SHARE_THRESHOLD
) -> str | None:
    """A one-sentence warning when any article keeps less than ``threshold`` of its
    letters (``None`` when none does, or the table predates ``kept_share``)."""
    if documents.empty or "kept_share" not in documents:
        return None
    low = documents[pd.to_numeric(documents.kept_share, errors="coerce") < threshold]
    if low.empty:
        return None
    # the labels the notebooks use ("#067 · title"), so the reader finds them there
    label_of = article_labels(documents)
    names = ", ".join(low.sort_values("kept_share").doc_id.head(5).map(label_of))
    more = f" and {len(low) - 5} more" if len(low) > 5 else ""
    return (
        f"Cleaning kept less than {threshold:.0%} of the letters of {len(low)} of "
        f"{len(documents)} articles ({names}{more}): check them in notebook 01's self-audit "
        "before trusting their counts."
    )


def kept_share_reading(overview: KeptShareOverview) -> str:
    """The self-audit in two sentences, worded by the numbers (Markdown)."""
    if not overview.n_articles:
        return "No article was analysed."
    below = (
        "no article keeps less than that"
        if not overview.n_below
        else f"**{overview.n_below}** "
        f"{'article keeps' if overview.n_below == 1 else 'articles keep'} less than that "
        f"({overview.share_below:.1%} of the articles), listed below with what was removed"
    )
    truncated = (
        f" {overview.n_truncated} "
        f"{'article ends' if overview.n_truncated == 1 else 'articles end'} mid-sentence "
        "(cut off by the scraper): their last paragraph is kept and `truncated` is 1."
        if overview.n_truncated
        else ""
    )
    return (
        f"Cleaning kept **{overview.overall:.1%}** of all letters read (body and titles); "
        f"the median article keeps {overview.median:.1%}, the lowest {overview.minimum:.1%}. "
        f"The review threshold is {overview.threshold:.0%}: {below}.{truncated}"
    )


def read_status(documents: pd.DataFrame, skipped: pd.DataFrame) -> pd.DataFrame:
    """Every input file with ``status`` (analysed or skipped), ``reason`` and ``detail``.

    Input: documents.csv and skipped_files.csv. Output: ``source_file``,
    ``status``, ``reason``, ``detail``; analysed files first, as read.
    """
    return pd.concat(
        [
            documents[["source_file"]].assign(status="analysed", reason="", detail=""),
            skipped.assign(status="skipped"),
        ],
        ignore_index=True,
    )[["source_file", "status", "reason", "detail"]]


def read_status_shown(status: pd.DataFrame, max_articles_shown: int) -> pd.DataFrame:
    """The rows of ``read_status`` to show: every skipped file, then the first analysed ones."""
    return pd.concat(
        [
            status[status.status == "skipped"],
            status[status.status == "analysed"].head(max_articles_shown),
        ]
    )


def removals_by_reason(
    removed: pd.DataFrame, labels: pd.Series, reasons: tuple[str, ...], max_articles_shown: int
) -> pd.DataFrame:
    """Removals per reason (rows, in ``reasons`` order; a reason not listed there comes last,
    never dropped) and article (columns).

    Input: removed_lines.csv, the article labels and the reasons' order. With
    more than ``max_articles_shown`` articles one column, "all articles", sums them.
    """
    columns = (
        removed.doc_id.map(labels)
        if removed.doc_id.nunique() <= max_articles_shown
        else "all articles"
    )
    found = set(removed.reason)
    order = [r for r in reasons if r in found] + sorted(found - set(reasons))
    table = pd.crosstab(removed.reason, columns).reindex(order)
    table.columns.name = "article"
    return table


def line_balance(documents: pd.DataFrame) -> pd.DataFrame:
    """Per article: input, kept and removed lines and ``kept + removed`` (should equal input)."""
    balance = documents.set_index("doc_id")[["n_input_lines", "n_kept_lines", "n_removed_lines"]]
    return balance.assign(**{"kept + removed": balance.n_kept_lines + balance.n_removed_lines})


def unbalanced_articles(balance: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``line_balance`` whose kept + removed lines differ from the input lines."""
    return balance[balance["kept + removed"] != balance.n_input_lines]


def shorten_line(text: str, width: int = 110) -> str:
    """``text`` cut to ``width`` characters, ending in "…" when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def most_furnished_article(documents: pd.DataFrame) -> pd.Series:
    """The article from which cleaning removed the most lines (ties: the first doc_id)."""
    return documents.sort_values(["n_removed_lines", "doc_id"], ascending=[False, True]).iloc[0]


def before_and_after(
    raw_lines: list[str], doc_id: str, sentences: pd.DataFrame, removed: pd.DataFrame
) -> tuple[str, str]:
    """An article's raw file marked line by line, and its body paragraphs after cleaning.

    Input: the raw file's lines, the article's id, sentences.csv and
    removed_lines.csv. Output: ``(before, after)`` as plain text: before, each
    non-blank line numbered and marked ✓ (kept) or ✗ with the removal reason;
    after, the kept paragraphs separated by blank lines.
    """
    whole = removed[(removed.doc_id == doc_id) & (removed.scope == "line")]
    reason_by_line = dict(zip(whole.line_no, whole.reason, strict=True))
    before = "\n".join(
        f"{n:>3} {'✗ ' + reason_by_line[n] if n in reason_by_line else '✓'}  {shorten_line(line)}"
        for n, line in enumerate(raw_lines, start=1)
        if line.strip()
    )
    kept = sentences[sentences.doc_id == doc_id].groupby("paragraph_id").text.apply(" ".join)
    return before, "\n\n".join(kept.tolist())


def segmentation_sample(
    sentences: pd.DataFrame, words: list[str], size: int, seed: int = 1
) -> pd.DataFrame:
    """Up to ``size`` sentences holding one of ``words`` (any sentence when none does),
    drawn with ``seed`` and in corpus order, for checking segmentation by eye."""
    has_word = sentences.tokens.str.contains("|".join(words))
    if not has_word.any():
        has_word = sentences.tokens.str.len() > 0
    return (
        sentences[has_word]
        .sample(n=min(size, int(has_word.sum())), random_state=seed)
        .sort_values(["doc_id", "sent_id"])
    )
