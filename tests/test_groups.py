"""Which documents.csv columns groups are compared by."""

from __future__ import annotations

import pandas as pd

from helpers.groups import default_group_by, grouping_columns


def documents(**columns: list[str]) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], **columns})


def test_year_comes_from_the_date_and_stays_blank_when_undated() -> None:
    table = grouping_columns(documents(date=["2017-03-01", "", "2018-01-02"]))
    assert list(table.year) == ["2017", "", "2018"]


def test_columns_with_two_to_twenty_groups_of_two_articles_are_chosen() -> None:
    table = documents(
        date=["2017-01-01", "2017-02-01", "2018-01-01", "2018-05-01", ""],
        language=["vi", "vi", "vi", "vi", "en"],  # one English article: not a group
        outlet=["A", "A", "B", "B", "C"],  # C is too small, A and B count
        region=["north", "north", "north", "north", "north"],  # one group only
        title=["t1", "t2", "t3", "t4", "t5"],  # free text: every group of one
        n_tokens=["10", "10", "20", "20", "30"],  # a computed count, never a group
    )
    assert default_group_by(table) == ["outlet", "year"]


def test_more_than_twenty_groups_is_too_many() -> None:
    outlets = [f"outlet {i // 2}" for i in range(42)]  # 21 groups of two
    assert default_group_by(documents(outlet=outlets)) == []
    assert default_group_by(documents(outlet=outlets[:40])) == ["outlet"]
