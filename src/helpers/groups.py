"""Groups of articles: which documents.csv columns to compare by, and each article's group.

A researcher compares groups (outlet against outlet, year against year,
Vietnamese against English, their own metadata categories), not only one
article against the rest. ``grouping_columns`` adds the derived ``year``
column; ``default_group_by`` picks the columns worth comparing.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from helpers.schema import COMPUTED_DOCUMENT_COLUMNS

#: A column is compared by default when it splits the corpus into this many groups ...
MIN_GROUPS, MAX_GROUPS = 2, 20
#: ... each holding at least this many articles.
MIN_ARTICLES_PER_GROUP = 2
#: Computed columns that can be groups; the others are counts, hashes or free text.
GROUPABLE_COMPUTED = ("language", "outlet", "year", "date_source", "truncated")


def grouping_columns(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` with a ``year`` column (from ``date``; blank when undated) added.

    A researcher's own ``year`` column, if metadata.csv has one, is kept as given.
    """
    table = documents.copy()
    if "year" not in table.columns and "date" in table.columns:
        table["year"] = table["date"].fillna("").astype(str).str[:4]
    return table


def default_group_by(documents: pd.DataFrame, candidates: Sequence[str] | None = None) -> list[str]:
    """The columns to compare groups by when the researcher named none.

    Input: documents.csv (``grouping_columns`` is applied) and optionally the
    columns to consider (default: language, outlet, year and every extra
    metadata column). Output: those with 2–20 groups of at least 2 articles
    each (blank values and smaller groups are not counted), in that order.
    """
    table = grouping_columns(documents)
    if candidates is None:
        extras = [c for c in table.columns if c not in COMPUTED_DOCUMENT_COLUMNS and c != "year"]
        candidates = ["language", "outlet", "year", *extras]
    chosen = []
    for column in candidates:
        if column not in table.columns:
            continue
        values = table[column].fillna("").astype(str)
        sizes = values[values != ""].value_counts()
        if MIN_GROUPS <= (sizes >= MIN_ARTICLES_PER_GROUP).sum() <= MAX_GROUPS:
            chosen.append(column)
    return chosen
