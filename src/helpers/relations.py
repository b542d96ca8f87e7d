"""Relation cues: the words that make a sentence speak of a relationship between parties.

A cooperation topic, as the hand-label guideline defines it, is a field spoken of
*in the relationship between the sides*: cooperation done or proposed, an
agreement, assistance, an exchange. A field word alone ("năng lượng", "học
sinh", "an ninh") is as common in domestic news (a national power plan, a school's
enrolment, airport security) as in cooperation news, so the topic tagger counts a
field only in a sentence that also carries one of these cues.

``resources/relation_cues.csv`` lists them per language (``language``, ``cue``,
``kind``, ``reporting_verb``), written from Vietnamese and English usage, not from
one corpus's sentences. Kinds: ``cooperation`` (hợp tác, phối hợp, joint …),
``agreement`` (ký kết, thỏa thuận, cam kết …), ``assistance`` (hỗ trợ, viện trợ,
chia buồn …), ``exchange`` (trao đổi, hội đàm, talks …) and ``parties`` (giữa,
quan hệ, hai nước …). Two usages are not relations and do not count:

- a cue right after a negating prefix (``NEGATING_PREFIXES``: "bất hợp tác",
  an uncooperative attitude);
- a cue that is also a verb of saying (``reporting_verb`` = 1: "chia sẻ", "trao
  đổi") used as one: followed by ``REPORTING_FOLLOWERS`` (a comma, a colon,
  "rằng", a quote) or ending the sentence ("… thầy Nguyên chia sẻ."), whereas
  "chia sẻ kinh nghiệm", "chia sẻ những mất mát" (condolences) take an object.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pandas as pd

from helpers.lexicon import LexiconMatcher

#: Syllables that negate the cue after them.
NEGATING_PREFIXES = {"vi": frozenset({"bất"}), "en": frozenset()}
#: Tokens after a reporting verb that show it introduces speech.
REPORTING_FOLLOWERS = frozenset({",", ":", "rằng", "là", "“", '"', "”", ".", "…", "-", "–"})
RELATION_KINDS = ("cooperation", "agreement", "assistance", "exchange", "parties")


@cache
def relation_cues() -> pd.DataFrame:
    """The packaged cues: ``language``, ``cue`` (lowercase tokens, Vietnamese syllables of
    a word joined by ``_``, words of a phrase by spaces), ``kind``, ``reporting_verb`` (0/1).

    Raises ``ValueError`` on an unknown language or kind, or a cue listed twice.
    """
    path = resources.files("helpers.resources").joinpath("relation_cues.csv")
    with path.open(encoding="utf-8") as stream:
        table = pd.read_csv(stream, keep_default_na=False)
    if set(table.language) - set(NEGATING_PREFIXES):
        raise ValueError("relation_cues.csv: language must be 'vi' or 'en'")
    if set(table.kind) - set(RELATION_KINDS):
        raise ValueError(f"relation_cues.csv: kind must be one of {RELATION_KINDS}")
    repeated = table[table.duplicated(["language", "cue"], keep=False)]
    if not repeated.empty:
        raise ValueError(f"relation_cues.csv: cues listed twice: {sorted(set(repeated.cue))}")
    return table


class RelationCueFinder:
    """Find the relation cues of one language in a sentence's tokens.

    Built once per language (``LexiconMatcher`` does the phrase lookup), then
    ``find`` takes the sentence's space-separated ``tokens`` and returns the cues
    that count, in text order, each once.
    """

    def __init__(self, language: str, cues: pd.DataFrame | None = None) -> None:
        cues = relation_cues() if cues is None else cues
        self.negating = NEGATING_PREFIXES.get(language, frozenset())
        self.matcher = LexiconMatcher(cues.rename(columns={"cue": "term"}), language)

    def find(self, tokens: str) -> list[str]:
        """Cues in ``tokens`` that mark a relationship (see the module's two exceptions)."""
        words = tokens.lower().split()
        found: list[str] = []
        for start, end, row in self.matcher.match_spans(words):
            if start and words[start - 1] in self.negating:
                continue
            if row.reporting_verb and (end == len(words) or words[end] in REPORTING_FOLLOWERS):
                continue
            if row.term not in found:
                found.append(row.term)
        return found
