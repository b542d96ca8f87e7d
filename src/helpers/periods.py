"""Time periods for trends: which unit suits a corpus's date span, and each article's period.

``choose_period_unit`` picks month, quarter or year so that a trend chart has
enough points to show a change but not so many that each rests on a handful of
articles; ``article_periods`` labels each dated article (``2017-06``,
``2017-Q2`` or ``2017``) and leaves undated articles blank, never guessed.
"""

from __future__ import annotations

import pandas as pd

PERIOD_UNITS = ("month", "quarter", "year")
#: Longest date span (in months) shown by month, then by quarter; longer spans go by year.
MAX_MONTHS_BY_MONTH = 24
MAX_MONTHS_BY_QUARTER = 72


def _parsed(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates.fillna("").astype(str), format="%Y-%m-%d", errors="coerce")


def choose_period_unit(dates: pd.Series, unit: str | None = None) -> str:
    """The period unit for ``dates`` (``YYYY-MM-DD`` strings, blanks allowed).

    Input: the dates and an optional unit the researcher chose, which wins
    (``ValueError`` if it is not month, quarter or year). Output: ``month``
    for a span of up to 24 months, ``quarter`` up to 72 months, else ``year``;
    ``month`` when no article is dated.
    """
    if unit is not None:
        if unit not in PERIOD_UNITS:
            raise ValueError(f"period unit {unit!r}: use one of {', '.join(PERIOD_UNITS)}")
        return unit
    parsed = _parsed(dates).dropna()
    if parsed.empty:
        return "month"
    first, last = parsed.min(), parsed.max()
    span_months = (last.year - first.year) * 12 + last.month - first.month + 1
    if span_months <= MAX_MONTHS_BY_MONTH:
        return "month"
    return "quarter" if span_months <= MAX_MONTHS_BY_QUARTER else "year"


def article_periods(dates: pd.Series, unit: str) -> pd.Series:
    """Each date's period label for ``unit``; blank ("") where the date is blank or invalid.

    Month ``2017-06``, quarter ``2017-Q2``, year ``2017``. The index of
    ``dates`` is kept, so the result aligns with the table it came from.
    """
    if unit not in PERIOD_UNITS:
        raise ValueError(f"period unit {unit!r}: use one of {', '.join(PERIOD_UNITS)}")
    parsed = _parsed(dates)
    labels = pd.Series("", index=dates.index, dtype=object)
    dated = parsed.notna()
    if unit == "month":
        labels[dated] = parsed[dated].dt.strftime("%Y-%m")
    elif unit == "quarter":
        labels[dated] = (
            parsed[dated].dt.year.astype(str) + "-Q" + parsed[dated].dt.quarter.astype(str)
        )
    else:
        labels[dated] = parsed[dated].dt.year.astype(str)
    return labels
