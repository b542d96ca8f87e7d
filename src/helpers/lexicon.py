"""The bilingual concept lexicon shared by the frequency and topic stages.

Provenance: written for this project from the topic definitions in DESIGN.md
and the vocabulary of Vietnamese and English diplomatic news (ministry names,
fields listed in cooperation agreements); it is general vocabulary of the
domain, not a list of one article's words.

``resources/concept_lexicon.csv`` maps segmented Vietnamese terms and English
words or phrases to a *concept* (``oil_and_gas``, ``search_and_rescue`` …) and
each concept to a *topic* of DESIGN.md (energy, security, education,
emergency, other) or to ``actor`` for the countries and offices that every
article names.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pandas as pd

TOPICS = ("energy", "security", "education", "emergency", "other")


@cache
def concept_lexicon() -> pd.DataFrame:
    """The lexicon as a DataFrame: ``concept``, ``topic``, ``language``, ``term``, ``evidence``.

    ``evidence`` is ``field`` for words of a field of cooperation and
    ``institution`` for ministries and councils, which the topic tagger counts
    only in sentences that speak of cooperation (hand-label guideline, decision 1).

    Terms are lowercase; Vietnamese syllables of one word are joined by ``_``
    and words of a phrase separated by spaces. Raises ``ValueError`` on an
    unknown topic or language, or a term listed twice for one language.
    """
    path = resources.files("helpers.resources").joinpath("concept_lexicon.csv")
    with path.open(encoding="utf-8") as stream:
        table = pd.read_csv(stream, keep_default_na=False)
    unknown = set(table.topic) - set(TOPICS) - {"actor"}
    if unknown:
        raise ValueError(f"concept_lexicon.csv: unknown topics {sorted(unknown)}")
    if set(table.language) - {"vi", "en"}:
        raise ValueError("concept_lexicon.csv: language must be 'vi' or 'en'")
    if set(table.evidence) - {"field", "institution"}:
        raise ValueError("concept_lexicon.csv: evidence must be 'field' or 'institution'")
    repeated = table[table.duplicated(["language", "term"], keep=False)]
    if not repeated.empty:
        raise ValueError(f"concept_lexicon.csv: terms listed twice: {repeated.term.tolist()}")
    return table


def term_topics(language: str | None = None) -> dict[str, str]:
    """``{term: topic}`` for single-word lexicon entries (phrases are left out)."""
    table = concept_lexicon()
    if language:
        table = table[table.language == language]
    single = table[~table.term.str.contains(" ")]
    return dict(zip(single.term, single.topic, strict=True))
