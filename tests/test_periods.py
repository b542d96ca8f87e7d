"""Trend periods: the unit follows the date span, undated articles stay blank."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.periods import article_periods, choose_period_unit


@pytest.mark.parametrize(
    ("dates", "unit"),
    [
        (["2017-02-03", "2017-07-30", ""], "month"),
        (["2016-01-01", "2017-12-31"], "month"),
        (["2016-01-01", "2018-01-01"], "quarter"),
        (["2010-01-01", "2017-06-01"], "year"),
        (["", None], "month"),
    ],
)
def test_unit_follows_the_date_span(dates: list, unit: str) -> None:
    assert choose_period_unit(pd.Series(dates)) == unit


def test_a_chosen_unit_wins_and_a_wrong_one_is_named() -> None:
    assert choose_period_unit(pd.Series(["2017-01-01"]), "year") == "year"
    with pytest.raises(ValueError, match="week"):
        choose_period_unit(pd.Series(["2017-01-01"]), "week")


def test_labels_per_unit_and_blank_for_undated() -> None:
    dates = pd.Series(["2017-05-31", "", "not a date", "2018-11-02"], index=[3, 4, 5, 6])
    assert list(article_periods(dates, "month")) == ["2017-05", "", "", "2018-11"]
    assert list(article_periods(dates, "quarter")) == ["2017-Q2", "", "", "2018-Q4"]
    assert list(article_periods(dates, "year")) == ["2017", "", "", "2018"]
    assert list(article_periods(dates, "year").index) == [3, 4, 5, 6]
