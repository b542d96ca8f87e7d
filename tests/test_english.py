"""English tokenisation: dashes, possessives and Vietnamese names."""

from __future__ import annotations

from helpers.english import tokenize_english
from helpers.terms import tokens_to_terms


def test_dashes_split_words_but_inner_hyphens_do_not() -> None:
    assert tokenize_english("Defence–security and high-ranking leaders.") == [
        "Defence", "–", "security", "and", "high-ranking", "leaders", ".",
    ]  # fmt: skip


def test_possessives_are_split_off_and_dropped_from_terms() -> None:
    tokens = tokenize_english("the country’s struggle and the ministry's support")
    assert "’s" in tokens and "'s" in tokens
    assert tokens_to_terms(tokens, "en") == ["country", "struggle", "ministry", "support"]


def test_vietnamese_names_become_one_term_like_in_vietnamese() -> None:
    tokens = tokenize_english("Prime Minister Phạm Minh Chính met in Hà Nội with Việt Nam's team")
    assert "Phạm_Minh_Chính" in tokens and "Hà_Nội" in tokens and "Việt_Nam" in tokens
    assert "Prime" in tokens and "Minister" in tokens
    assert "việt_nam" in tokens_to_terms(tokens, "en")


def test_capitalised_english_words_are_not_joined() -> None:
    assert tokenize_english("Mr Ma visited New York") == ["Mr", "Ma", "visited", "New", "York"]
