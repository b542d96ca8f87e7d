"""Small pieces of wording shared by every reading, note and finding."""

from __future__ import annotations

from collections.abc import Sequence


def count_noun(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with its noun in the right number: "1 article", "2,345 articles", "3 analyses".

    ``plural`` is given where adding "s" is wrong. Thousands are separated by commas.
    """
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def intervals_clause(
    low_a: float, high_a: float, low_b: float, high_b: float, unit: str = "sentences"
) -> str:
    """Whether two 95% intervals overlap, said the same way in every reading.

    The project's intervals (Wilson's, on shares of ``unit``: sentences or terms) treat each
    as independent; those of one article are not, so the intervals are narrower than the
    evidence, and a gap between them is worth checking, not proof.
    """
    if high_a >= low_b and high_b >= low_a:
        return "the intervals overlap, so the difference may be chance"
    return (
        f"the intervals do not overlap, though they treat {unit} as independent and so are "
        "narrower than the articles justify"
    )


def readable_ngram(ngram: str) -> str:
    """An n-gram of segmented terms as a reader can see its words: "đánh_giá cao" → "đánh giá ·
    cao" (the syllables of a word joined by spaces, the words by a middle dot)."""
    return " · ".join(word.replace("_", " ") for word in ngram.split())


def list_phrase(items: Sequence[str], last: str = "and") -> str:
    """Items as a phrase: "a", "a and b", "a, b and c" (``last`` "or": "a, b or c")."""
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"
