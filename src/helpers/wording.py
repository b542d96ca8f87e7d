"""Small pieces of wording shared by every reading, note and finding."""

from __future__ import annotations


def count_noun(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with its noun in the right number: "1 article", "2,345 articles", "3 analyses".

    ``plural`` is given where adding "s" is wrong. Thousands are separated by commas.
    """
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"
