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

from helpers.schema import TOPICS


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


class LexiconMatcher:
    """Find lexicon entries in a token sequence: greedy, longest match first, no overlaps.

    Built once per lexicon and language, then ``match`` is a dictionary lookup
    per token, so tagging hundreds of thousands of sentences stays fast.
    Matching is case-insensitive on whole tokens; a phrase entry
    ("ministry of public security") is matched before any shorter entry at the
    same position ("security" inside it is not counted again).
    """

    def __init__(self, lexicon: pd.DataFrame, language: str) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], tuple]]] = {}
        rows = lexicon[lexicon.language == language]
        for row in rows.itertuples(index=False):
            words = tuple(row.term.split())
            self.by_first.setdefault(words[0], []).append((words, row))
        for entries in self.by_first.values():
            entries.sort(key=lambda entry: (-len(entry[0]), entry[0]))

    def match(self, tokens: list[str] | str) -> list:
        """Lexicon rows (namedtuples with ``concept``, ``topic``, ``term``, …) found in order."""
        words = tokens.split() if isinstance(tokens, str) else tokens
        words = [w.lower() for w in words]
        found = []
        i = 0
        while i < len(words):
            for phrase, row in self.by_first.get(words[i], ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    found.append(row)
                    i += len(phrase)
                    break
            else:
                i += 1
        return found
