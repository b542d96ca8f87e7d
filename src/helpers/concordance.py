"""A concordance (keyword in context) that finds what a researcher types.

Input: ``sentences.csv`` (and optionally ``documents.csv``) as DataFrames. The
query is normalised the way notebook 01 normalised the corpus, so these all find
the same rows as the canonical token query ``năng_lượng``:

* ``"năng lượng"`` — a space or an underscore between syllables is the same thing;
* ``"Năng Lượng"`` — case is folded unless ``case_sensitive=True``;
* the decomposed (NFD) spelling, and the "new" tone placement (``hoà`` for the
  corpus's ``hòa``), through ``helpers.vietnamese.normalize_text``.

Matching rules (AntConc / quanteda ``kwic`` style, adapted to segmented Vietnamese):

* **Whole words at the edges, syllables inside.** A hit is a run of whole tokens
  whose syllables, in order, are the query's syllables. So ``"hợp tác"`` finds
  the token ``hợp_tác`` and also the two tokens ``hợp tác`` when the segmenter
  split them; ``"hợp tác năng lượng"`` finds ``hợp_tác năng_lượng``. But a query
  never matches *part* of a token: ``"năng"`` does not find ``năng_lượng``
  (it would drown the word in its compounds); use a wildcard for that.
* **Wildcards** (glob on tokens): ``*`` is any run of characters within one
  token (``năng_*`` = words of several syllables starting with năng, ``*_khí``,
  ``an*``), ``?`` one character of a syllable. Next to a wildcard ``_`` means
  "in the same token" and a space "the next token" (``hợp_tác *``).
* **Regular expressions** (``regex=True``): the pattern is searched in the
  sentence's tokens as text (tokens separated by one space, syllables by ``_``),
  case-insensitively unless ``case_sensitive``; the hit is widened to whole tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer

from helpers.cooccurrence import _npmi
from helpers.groups import wilson_interval
from helpers.paths import find_project_root, resolve
from helpers.periods import article_periods, choose_period_unit
from helpers.vietnamese import normalize_text

#: Columns of ``documents.csv`` copied onto every concordance line when available.
METADATA_COLUMNS = ["title", "date", "outlet", "language"]
#: Columns every concordance has, even when empty.
CONCORDANCE_COLUMNS = ["doc_id", "sent_id", "position", "left", "hit", "right", "text"]

_SORT_KEY = re.compile(r"^(left|right)(\d+)$")


def normalize_query(query: str, case_sensitive: bool = False) -> str:
    """The query spelled as the corpus spells it.

    Input: what the researcher typed. Output: NFC, traditional tone placement,
    one space between words, case folded unless ``case_sensitive``.
    ``"Hoà  Bình"`` → ``"hòa bình"``.
    """
    text = normalize_text(query)
    return text if case_sensitive else text.lower()


def query_pattern(query: str, case_sensitive: bool = False) -> re.Pattern[str]:
    """The regular expression a plain or wildcard query becomes.

    It is searched in a sentence's tokens joined by spaces. Between two plain
    syllables a space or ``_`` of the query matches either separator, so
    syllables may be joined or split; next to a wildcard the separator is taken
    as typed (``_`` within the token, a space to the next token). The hit
    starts and ends at token edges (lookarounds on spaces). ``*`` matches
    within one token, ``?`` one letter of a syllable.
    """
    normalised = normalize_query(query, case_sensitive).strip(" _")
    if not normalised:
        raise ValueError("the query is empty")
    # syllables at even positions, the separators typed between them at odd ones
    parts = re.split(r"([ _]+)", normalised)
    pieces = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            pieces.append(re.escape(part).replace(r"\*", "[^ ]*").replace(r"\?", "[^ _]"))
            continue
        beside_wildcard = any(ch in parts[index - 1] + parts[index + 1] for ch in "*?")
        if beside_wildcard:
            # a glob works on tokens: "năng_*" is one token starting with năng,
            # "hợp_tác *" is hợp_tác then any next token
            pieces.append("_" if "_" in part else " ")
        else:
            # between two plain syllables the segmenter may have joined or split
            pieces.append("[ _]")
    body = "".join(pieces)
    return re.compile(rf"(?:(?<= )|^){body}(?= |$)")


def _resolve_doc_ids(wanted: Iterable[str], known: Sequence[str]) -> list[str]:
    """Full doc ids for ids or unique prefixes (``"000"`` → ``"000_1970e2b43f7b9bc6"``).

    An exact id always wins. A prefix that fits no id, or several, raises a
    ValueError that names them, so a typo never silently gives an empty table.
    """
    known_set = set(known)
    resolved = []
    for item in wanted:
        item = str(item)
        if item in known_set:
            resolved.append(item)
            continue
        matches = sorted(doc for doc in known_set if doc.startswith(item))
        if not matches:
            raise ValueError(f"no document id starts with {item!r}")
        if len(matches) > 1:
            shown = ", ".join(matches[:10]) + (" …" if len(matches) > 10 else "")
            raise ValueError(f"{item!r} is ambiguous: it starts {len(matches)} ids ({shown})")
        resolved.append(matches[0])
    return resolved


def _filter_mask(table: pd.DataFrame, column: str, condition: object) -> pd.Series:
    """Rows of ``table`` whose ``column`` meets ``condition``.

    A tuple ``(low, high)`` is an inclusive range (either end may be None; empty
    cells, such as an unknown date, are outside every range); a list or set is a
    set of accepted values; anything else must be equal. Values are compared as
    text unless the column is numeric, so ``"2017-02-01"`` ranges work on dates.
    """
    values = table[column]
    numeric = pd.api.types.is_numeric_dtype(values)
    if not numeric:
        values = values.fillna("").astype(str)
    if isinstance(condition, tuple):
        if len(condition) != 2:
            raise ValueError(f"filter on {column!r}: a range is a (low, high) pair")
        low, high = condition
        mask = pd.Series(True, index=table.index) if numeric else values.ne("")
        if low is not None:
            mask &= values >= (low if numeric else str(low))
        if high is not None:
            mask &= values <= (high if numeric else str(high))
        return mask
    if isinstance(condition, list | set | frozenset):
        accepted = list(condition) if numeric else [str(v) for v in condition]
        return values.isin(accepted)
    return values == (condition if numeric else str(condition))


def _select_sentences(
    sentences: pd.DataFrame,
    documents: pd.DataFrame | None,
    filters: Mapping[str, object] | None,
    doc_ids: Sequence[str] | None,
) -> pd.DataFrame:
    """The sentences left after the document filters and the doc id list."""
    selected = sentences
    if filters:
        for column, condition in filters.items():
            if documents is not None and column in documents.columns:
                keep = documents.loc[_filter_mask(documents, column, condition), "doc_id"]
                selected = selected[selected.doc_id.isin(set(keep))]
            elif column in sentences.columns:
                selected = selected[_filter_mask(selected, column, condition)]
            else:
                available = sorted(set(sentences.columns) | set(
                    documents.columns if documents is not None else []))  # fmt: skip
                raise ValueError(f"cannot filter on {column!r}: no such column ({available})")
    if doc_ids is not None:
        known = sorted(set(sentences.doc_id.astype(str)))
        if documents is not None:
            known = sorted(set(known) | set(documents.doc_id.astype(str)))
        wanted = _resolve_doc_ids([doc_ids] if isinstance(doc_ids, str) else doc_ids, known)
        selected = selected[selected.doc_id.astype(str).isin(wanted)]
    return selected


def _token_edges(joined: str) -> tuple[list[int], list[int]]:
    """Start and end character offsets of the space-separated tokens of ``joined``."""
    starts, ends, position = [], [], 0
    for token in joined.split(" "):
        starts.append(position)
        ends.append(position + len(token))
        position += len(token) + 1
    return starts, ends


def _sort_lines(lines: pd.DataFrame, sort_by: str | Sequence[str] | None) -> pd.DataFrame:
    """Order concordance lines; ``left1`` is the word just before the hit, ``right2``
    the second word after it (AntConc's sort levels). Ties keep corpus order."""
    base = ["doc_id", "sent_id", "position"]
    if sort_by is None:
        return lines.sort_values(base, kind="mergesort").reset_index(drop=True)
    keys = [sort_by] if isinstance(sort_by, str) else list(sort_by)
    helper = pd.DataFrame(index=lines.index)
    for key in keys:
        match = _SORT_KEY.match(key)
        if match:
            side, n = match.group(1), int(match.group(2))
            if n < 1:
                raise ValueError(f"sort_by {key!r}: positions count from 1")
            words = lines[side].str.split()
            # left1 is the last word of the left context; right1 the first of the right one.
            index = -n if side == "left" else n - 1
            helper[key] = words.map(
                lambda w, i=index: w[i].lower() if -len(w) <= i < len(w) else ""
            )
        elif key in lines.columns:
            helper[key] = lines[key].astype(str).str.lower() if key == "hit" else lines[key]
        else:
            raise ValueError(f"cannot sort by {key!r}: use leftN, rightN, hit or a column name")
    for column in base:
        helper[f"_{column}"] = lines[column]
    order = helper.sort_values(list(helper.columns), kind="mergesort").index
    return lines.loc[order].reset_index(drop=True)


def concordance(
    sentences: pd.DataFrame,
    query: str,
    documents: pd.DataFrame | None = None,
    *,
    window: int = 8,
    regex: bool = False,
    case_sensitive: bool = False,
    filters: Mapping[str, object] | None = None,
    sort_by: str | Sequence[str] | None = None,
    doc_ids: str | Sequence[str] | None = None,
    max_rows: int | None = None,
) -> pd.DataFrame:
    """Every occurrence of ``query`` in its context, one row per hit.

    Input: sentences (``doc_id``, ``sent_id``, ``tokens``, ``text``), the query
    (see the module doc for what matches), optionally documents.csv for
    ``filters`` and metadata. ``filters`` maps a column (of documents, else of
    sentences) to a value, a list of values or a ``(low, high)`` range;
    ``doc_ids`` takes full ids or unique prefixes; ``sort_by`` is ``"left1"``,
    ``"right2"``, ``"hit"``, a column, or a list of them; ``max_rows`` keeps
    the first rows after sorting.

    Output: a DataFrame with ``doc_id``, ``sent_id``, ``position`` (index of the
    hit's first token), ``left``, ``hit``, ``right`` (tokens as in
    ``sentences.tokens``, syllables joined by ``_``; ``window`` tokens either
    side), ``text`` (the whole sentence as written), plus title, date, outlet
    and language when ``documents`` has them. ``attrs["n_hits"]`` holds the
    number of hits before ``max_rows``. No hit: an empty frame with the columns.
    """
    pattern = (
        re.compile(normalize_text(query), 0 if case_sensitive else re.IGNORECASE)
        if regex
        else query_pattern(query, case_sensitive)
    )
    selected = _select_sentences(sentences, documents, filters, doc_ids)
    rows = []
    for sentence in selected[["doc_id", "sent_id", "tokens", "text"]].itertuples(index=False):
        tokens = normalize_text(str(sentence.tokens)).split(" ")
        joined = " ".join(tokens)
        searched = joined if (regex or case_sensitive) else joined.lower()
        starts, ends = _token_edges(searched)
        for match in pattern.finditer(searched):
            if match.end() == match.start():
                continue  # a regex that matches the empty string finds no word
            first = int(np.searchsorted(ends, match.start(), side="right"))
            last = int(np.searchsorted(starts, match.end(), side="left"))  # one past the end
            first = min(first, len(tokens) - 1)
            last = max(last, first + 1)
            rows.append((
                sentence.doc_id, sentence.sent_id, first,
                " ".join(tokens[max(0, first - window) : first]),
                " ".join(tokens[first:last]),
                " ".join(tokens[last : last + window]),
                sentence.text,
            ))  # fmt: skip
    lines = pd.DataFrame(rows, columns=CONCORDANCE_COLUMNS)
    if documents is not None:
        extra = [c for c in METADATA_COLUMNS if c in documents.columns]
        metadata = documents[["doc_id", *extra]].drop_duplicates("doc_id")
        lines = lines.merge(metadata, on="doc_id", how="left")
    elif "language" in sentences.columns and len(lines):
        language = selected.drop_duplicates("doc_id").set_index("doc_id")["language"]
        lines["language"] = lines.doc_id.map(language)
    lines = _sort_lines(lines, sort_by)
    n_hits = len(lines)
    if max_rows is not None:
        lines = lines.head(max_rows).reset_index(drop=True)
    lines.attrs["n_hits"] = n_hits
    return lines


def readable(tokens: str) -> str:
    """Tokens as a reader writes them: ``hợp_tác năng_lượng`` → ``hợp tác năng lượng``."""
    return tokens.replace("_", " ")


def hits_per_document(lines: pd.DataFrame) -> pd.Series:
    """Number of hits per ``doc_id`` in a concordance (documents without hits absent)."""
    return lines.groupby("doc_id").size().rename("hits")


def in_languages_of_hits(documents: pd.DataFrame, hits: pd.Series) -> pd.DataFrame:
    """The rows of ``documents`` in the languages of the articles with hits (``hits``: per
    ``doc_id``), so that a Vietnamese query's rate is not diluted by English articles, which
    cannot hold it (and the other way round). All rows when nothing is found or
    ``documents`` has no ``language`` column."""
    if "language" not in documents.columns or hits.empty:
        return documents
    languages = set(documents.loc[documents.doc_id.isin(hits.index), "language"])
    return documents[documents.language.isin(languages)]


#: The group of the articles whose ``group_by`` value is empty (an outlet the page does not
#: name, a date it does not print): left blank in documents.csv, never guessed.
UNKNOWN_GROUP = "(unknown)"


def frequency_by_group(
    lines: pd.DataFrame, documents: pd.DataFrame, group_by: str, size_column: str = "n_terms"
) -> pd.DataFrame:
    """Hits of a query per value of a documents.csv column, per 1,000 terms.

    Input: a full concordance (no ``max_rows``), documents.csv and the column to
    group by. Empty cells form the group ``"(unknown)"``. Output, one row per
    value: ``group_by``, ``hits``, ``n_docs`` (articles in the group),
    ``docs_with_hits``, ``n_terms`` (the group's content terms, from
    ``size_column``) and ``per_1000_terms`` (hits per 1,000 of them; for a
    single content term this is term_frequencies' ``rel_per_1000`` pooled),
    sorted by the rate, highest first. Only articles in the languages the query
    is found in count (``in_languages_of_hits``): a group of English articles
    has no rate for a Vietnamese query, rather than a rate of 0.
    """
    if group_by not in documents.columns:
        raise ValueError(f"documents.csv has no column {group_by!r}")
    hits = hits_per_document(lines)
    docs = in_languages_of_hits(documents, hits)[["doc_id", group_by, size_column]].copy()
    docs[group_by] = docs[group_by].fillna("").astype(str).replace("", UNKNOWN_GROUP)
    docs["hits"] = docs.doc_id.map(hits).fillna(0).astype(int)
    table = docs.groupby(group_by, sort=True).agg(
        hits=("hits", "sum"),
        n_docs=("doc_id", "nunique"),
        docs_with_hits=("hits", lambda h: int((h > 0).sum())),
        n_terms=(size_column, "sum"),
    )
    table["per_1000_terms"] = table.hits / table.n_terms.where(table.n_terms > 0) * 1000
    table = table.reset_index()
    return table.sort_values(["per_1000_terms", group_by], ascending=[False, True],
                             kind="mergesort").reset_index(drop=True)  # fmt: skip


def cooccurring_terms(
    sentences: pd.DataFrame, lines: pd.DataFrame, min_count: int = 2
) -> pd.DataFrame:
    """Terms named in the same sentence as a query, with counts and NPMI.

    Input: sentences and a full concordance of the query. A sentence "has the
    query" when it holds at least one hit. Probabilities are sentence shares
    within the languages the hits are in (as in
    ``helpers.cooccurrence.sentence_cooccurrence``): p(query), p(term) and
    p(both). The query's own terms (the hits' tokens, lowercased) are left out.
    Output: ``term``, ``count`` (sentences with both), ``term_sentences``,
    ``query_sentences``, ``npmi``, ``pmi``, for terms seen with the query in at
    least ``min_count`` sentences, strongest NPMI first.
    """
    columns = ["term", "count", "term_sentences", "query_sentences", "npmi", "pmi"]
    if lines.empty:
        return pd.DataFrame(columns=columns)
    hit_keys = set(zip(lines.doc_id, lines.sent_id, strict=True))
    languages = set(sentences[sentences.doc_id.isin(set(lines.doc_id))].language)
    scope = sentences[sentences.language.isin(languages)]
    has_query = np.array([key in hit_keys for key in zip(scope.doc_id, scope.sent_id,
                                                         strict=True)])  # fmt: skip
    vectorizer = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False,
                                 binary=True)  # fmt: skip
    try:
        presence = vectorizer.fit_transform(scope["terms"]).tocsc()
    except ValueError:
        return pd.DataFrame(columns=columns)
    vocabulary = vectorizer.get_feature_names_out()
    n_sentences = presence.shape[0]
    term_sentences = np.asarray(presence.sum(axis=0)).ravel()
    together = np.asarray(presence[has_query].sum(axis=0)).ravel()
    own = {token.lower() for hit in lines.hit for token in hit.split()}
    keep = (together >= max(min_count, 1)) & ~np.isin(vocabulary, list(own))
    query_sentences = int(has_query.sum())
    pmi, npmi = _npmi(together[keep].astype(float), term_sentences[keep] / n_sentences,
                      query_sentences / n_sentences, n_sentences)  # fmt: skip
    table = pd.DataFrame({
        "term": vocabulary[keep], "count": together[keep].astype(int),
        "term_sentences": term_sentences[keep].astype(int), "query_sentences": query_sentences,
        "npmi": npmi, "pmi": pmi,
    })  # fmt: skip
    return table.sort_values(["npmi", "count", "term"], ascending=[False, False, True],
                             kind="mergesort").reset_index(drop=True)  # fmt: skip


def shown_query(query: str) -> str:
    """The query as a reader writes it, for titles and readings: normalised, ``_`` shown
    as a space, except in a wildcard query, where ``_`` means "within the same word"."""
    normalised = normalize_query(query)
    return normalised if any(mark in normalised for mark in "*?") else readable(normalised)


def query_term(query: str) -> str:
    """The query as one segmented term (``hợp tác`` → ``hợp_tác``), to look up in the
    term tables (which hold single tokens)."""
    return normalize_query(query).replace(" ", "_")


def explore_inputs(processed_dir: str | Path) -> list[str]:
    """The tables notebook 05 reads: documents, sentences and term frequencies, and
    ``cooccurrence.csv`` when notebook 04 has written it (``processed_dir`` relative
    to the project root, or absolute)."""
    processed = resolve(str(processed_dir), find_project_root())
    needed = ["documents.csv", "sentences.csv", "term_frequencies.csv"]
    return needed + (["cooccurrence.csv"] if (processed / "cooccurrence.csv").is_file() else [])


#: Columns of ``term_trends``'s table.
TREND_COLUMNS = [
    "term", "period", "n_articles", "n_terms", "hits", "per_1000_terms", "ci_low", "ci_high",
]  # fmt: skip


def _every_period(dated: pd.Series, unit: str) -> list[str]:
    """Every period label from the first to the last date of ``dated``, empty ones included."""
    parsed = pd.to_datetime(dated, format="%Y-%m-%d")
    frequency = {"month": "M", "quarter": "Q", "year": "Y"}[unit]
    starts = pd.period_range(parsed.min(), parsed.max(), freq=frequency).start_time
    return article_periods(pd.Series(starts.strftime("%Y-%m-%d")), unit).tolist()


def term_trends(
    sentences: pd.DataFrame,
    documents: pd.DataFrame,
    terms: Sequence[str],
    unit: str | None = None,
    size_column: str = "n_terms",
) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Each term's relative frequency per period, with a 95% Wilson interval.

    Input: sentences.csv, documents.csv (``doc_id``, ``date``, ``n_terms``), the
    terms (each found as ``concordance`` finds a query: spellings, split words,
    wildcards) and an optional period unit (month, quarter, year; default
    ``helpers.periods.choose_period_unit`` of the dates). The rate of a period is
    the term's hits per 1,000 content terms of the period's articles; the
    interval is Wilson's on the share hits / terms, times 1,000. A term's periods
    count only the articles in the languages it is found in
    (``in_languages_of_hits``): an English article cannot hold «hợp tác».

    Output: ``(trends, undated, unit)``. ``trends`` has ``TREND_COLUMNS``, one
    row per term and period from the first to the last dated article (periods
    without articles have ``n_articles`` 0 and an empty rate, so a chart shows
    a gap, not a zero). ``undated`` has ``term``, ``n_articles`` and ``hits`` of
    the articles without a date, which are counted here and never placed.
    """
    unit = choose_period_unit(documents["date"], unit)
    docs = documents[["doc_id", size_column]].copy()
    docs["period"] = article_periods(documents["date"], unit).to_numpy()
    dated = documents.loc[docs.period.ne("").to_numpy(), "date"]
    periods = _every_period(dated, unit) if len(dated) else []
    trend_rows, undated_rows = [], []
    for term in terms:
        hits = hits_per_document(concordance(sentences, term, documents))
        docs["hits"] = docs.doc_id.map(hits).fillna(0).astype(int)
        term_docs = docs[docs.doc_id.isin(in_languages_of_hits(documents, hits).doc_id)]
        by_period = (
            term_docs[term_docs.period != ""]
            .groupby("period")
            .agg(
                n_articles=("doc_id", "nunique"), n_terms=(size_column, "sum"), hits=("hits", "sum")
            )
        )
        by_period = by_period.reindex(periods, fill_value=0).rename_axis("period").reset_index()
        trend_rows.append(by_period.assign(term=term))
        without_date = term_docs[term_docs.period == ""]
        undated_rows.append((term, len(without_date), int(without_date.hits.sum())))
    trends = (
        pd.concat(trend_rows, ignore_index=True)
        if trend_rows
        else pd.DataFrame(columns=["term", "period", "n_articles", "n_terms", "hits"])
    )
    size = trends.n_terms.to_numpy(dtype=float)
    hits_array = trends.hits.to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        trends["per_1000_terms"] = np.where(size > 0, hits_array / size * 1000, np.nan)
    low, high = wilson_interval(np.minimum(hits_array, size), size)
    trends["ci_low"], trends["ci_high"] = low * 1000, high * 1000
    undated = pd.DataFrame(undated_rows, columns=["term", "n_articles", "hits"])
    return trends[TREND_COLUMNS], undated, unit
