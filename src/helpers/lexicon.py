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

A researcher extends it without editing the package: ``data/lexicon_additions.csv``
(``LEXICON_ADDITIONS``; columns ``concept`` or ``topic``, ``language``, ``term``) is
read by ``project_lexicon`` on the next run. Notebook 03's list of terms the topic
model puts with a field but the lexicon lacks (``topic_model.missed_terms``) is
where candidates come from.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from helpers.paths import resolve
from helpers.schema import TOPICS

#: The researcher's additions to the lexicon, relative to the project root.
LEXICON_ADDITIONS = "data/lexicon_additions.csv"


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


def load_lexicon_additions(path: str | Path | None = None) -> pd.DataFrame:
    """The researcher's additions as lexicon rows: ``concept``, ``topic``, ``language``, ``term``,
    ``evidence``.

    Input: a CSV (default ``LEXICON_ADDITIONS`` under the project root) with
    ``language`` (``vi`` or ``en``), ``term`` and ``concept`` or ``topic`` (or
    both). A row naming only a concept takes that concept's topic from the
    packaged lexicon; a row naming only a topic (one of the four fields or
    ``other``) gets the concept ``added_<topic>``. Terms are written as
    ``topic_terms.csv`` shows them: lowercase, a Vietnamese word's syllables
    joined by ``_``, the words of a phrase separated by spaces; they are
    NFC-normalised and lowercased here. Every addition is field evidence.
    A missing file gives an empty table. Raises ``ValueError`` for a missing
    column, an unknown concept, topic or language, an empty term, or a term
    given two topics.
    """
    columns = ["concept", "topic", "language", "term", "evidence"]
    path = resolve(path or LEXICON_ADDITIONS)
    if not path.is_file():
        return pd.DataFrame(columns=columns)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if not {"language", "term"} <= set(table.columns) or not {"concept", "topic"} & set(
        table.columns
    ):
        raise ValueError(f"{path.name}: needs columns language, term and concept or topic")
    table = table.reindex(columns=["concept", "topic", "language", "term"], fill_value="")
    table = table.apply(lambda column: column.str.strip())
    table["term"] = table.term.map(lambda term: unicodedata.normalize("NFC", term).lower())
    table["term"] = table.term.str.split().str.join(" ")
    topic_of_concept = concept_lexicon().drop_duplicates("concept").set_index("concept").topic
    unknown = set(table.concept[table.concept != ""]) - set(topic_of_concept.index)
    if unknown:
        raise ValueError(f"{path.name}: unknown concepts {sorted(unknown)}")
    named = table.concept.map(topic_of_concept).fillna("")
    if ((table.topic != "") & (named != "") & (table.topic != named)).any():
        raise ValueError(f"{path.name}: a topic differs from its concept's topic")
    table["topic"] = table.topic.where(table.topic != "", named)
    if set(table.topic) - set(TOPICS):
        raise ValueError(f"{path.name}: topic must be one of {TOPICS}")
    if set(table.language) - {"vi", "en"}:
        raise ValueError(f"{path.name}: language must be 'vi' or 'en'")
    if (table.term == "").any():
        raise ValueError(f"{path.name}: empty term")
    table["concept"] = table.concept.where(table.concept != "", "added_" + table.topic)
    table = table.drop_duplicates(["topic", "language", "term"])
    twice = table[table.duplicated(["language", "term"], keep=False)]
    if not twice.empty:
        raise ValueError(f"{path.name}: terms given two topics: {sorted(set(twice.term))}")
    return table.assign(evidence="field")[columns].reset_index(drop=True)


def project_lexicon(additions_path: str | Path | None = None) -> pd.DataFrame:
    """The packaged lexicon plus the researcher's additions (``load_lexicon_additions``).

    An addition already in the lexicon under the same topic is skipped; one
    listed there under another topic raises ``ValueError`` (edit the addition:
    the packaged lexicon is the reference). ``attrs["n_added"]`` counts the
    rows added.
    """
    lexicon = concept_lexicon()
    additions = load_lexicon_additions(additions_path)
    known = additions.merge(lexicon, on=["language", "term"], suffixes=("", "_listed"))
    clash = known[known.topic != known.topic_listed]
    if not clash.empty:
        listed = [f"{r.term} ({r.topic_listed})" for r in clash.itertuples()]
        raise ValueError(f"lexicon additions give listed terms another topic: {listed}")
    new = additions[~additions.set_index(["language", "term"]).index.isin(
        lexicon.set_index(["language", "term"]).index
    )]  # fmt: skip
    combined = pd.concat([lexicon, new], ignore_index=True)
    combined.attrs["n_added"] = len(new)
    return combined


#: English plurals that name something else than their singular's field ("securities" are
#: stocks and bonds, not security; "nuclear powers" are states with the bomb).
PLURALS_OF_ANOTHER_SENSE = frozenset({"securities", "nuclear powers"})


def english_plural(word: str) -> str:
    """The regular English plural of ``word`` ("university" → "universities", "typhoon" →
    "typhoons", "crash" → "crashes"); irregular plurals are not this function's business."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def with_english_plurals(lexicon: pd.DataFrame) -> pd.DataFrame:
    """``lexicon`` plus, for every English term, the term with its last word in the plural
    (``english_plural``) when that form is not listed already: English is not lemmatised, and
    "natural disasters" or "Russian universities" should count like "disaster" and
    "university". ``PLURALS_OF_ANOTHER_SENSE`` are left out."""
    english = lexicon[lexicon.language == "en"]
    words = english.term.str.rsplit(" ", n=1)
    plurals = english.assign(
        term=[" ".join([*parts[:-1], english_plural(parts[-1])]) for parts in words]
    )
    listed = set(english.term) | PLURALS_OF_ANOTHER_SENSE
    plurals = plurals[~plurals.term.isin(listed)].drop_duplicates("term")
    return pd.concat([lexicon, plurals], ignore_index=True)


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
        return [row for _, _, row in self.match_spans(tokens)]

    def match_spans(self, tokens: list[str] | str) -> list[tuple[int, int, tuple]]:
        """``(start, end, row)`` for every entry found: token positions ``[start, end)``."""
        words = tokens.split() if isinstance(tokens, str) else tokens
        words = [w.lower() for w in words]
        found = []
        i = 0
        while i < len(words):
            for phrase, row in self.by_first.get(words[i], ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    found.append((i, i + len(phrase), row))
                    i += len(phrase)
                    break
            else:
                i += 1
        return found


def lexicon_tokens(tokens: str, language: str) -> str:
    """The tokens the lexicon is matched on: English compounds split at their hyphens, and
    names joined by "&" split around it in either language.

    English news writes a field word into a compound ("typhoon-hit provinces",
    "military-technical cooperation", "gas-fired plant"), which the tokenizer keeps as
    one token; the lexicon lists the plain word. Vietnamese hyphens stay (a hyphen there
    joins words the cleaning already split, or a name). An abbreviated unit's name glued by
    "&" ("Cảnh sát PCCC&CNCH") is matched as its parts ("cảnh_sát pccc & cnch").
    """
    if "&" in tokens:
        tokens = _AMPERSAND_JOINED.sub(r"\1 & ", tokens)
    if language != "en" or "-" not in tokens:
        return tokens
    return " ".join(part for token in tokens.split() for part in _hyphen_parts(token))


#: A word glued by "&" to the next: "PCCC&CNCH", "R&D".
_AMPERSAND_JOINED = re.compile(r"([^\W\d_])&(?=[^\W\d_])")


def _hyphen_parts(token: str) -> list[str]:
    """``token``'s parts around inner hyphens; a lone "-", a code such as "il-76" and a
    negated compound ("non-oil", "non-military") stay whole."""
    parts = token.split("-")
    if len(parts) == 1 or not all(part.isalpha() for part in parts) or parts[0] == "non":
        return [token]
    return parts


#: A sense's phrase: the words before, the bracketed term (a word, or a phrase of the lexicon:
#: "[ninh_thuận 1] tuần"), the words after.
_MARKED_TERM = re.compile(r"([^\[\]]*?)\s*\[([^\[\]]+)\]\s*([^\[\]]*)")


@cache
def field_word_senses() -> pd.DataFrame:
    """``resources/field_word_senses.csv``: the contexts in which a field word means something
    else, as ``language``, ``before``, ``term``, ``after`` and ``sense``.

    Each row's ``phrase`` marks the field word (or a lexicon phrase: "[ninh_thuận 1] tuần", a
    week in the province) in brackets among its neighbouring tokens
    ("tuyên_truyền , [giáo_dục]", "[khoa_học] , hợp_lý", "greenhouse [gas]"): "giáo dục"
    after "tuyên truyền" is political instruction, "khoa học , hợp lý" the adjective
    "rational", "greenhouse gas" an emission, not the field. Tokens are lowercase, as
    ``concept_lexicon``'s. Raises ``ValueError`` on a phrase without exactly one bracketed
    term or on an unknown language.
    """
    path = resources.files("helpers.resources").joinpath("field_word_senses.csv")
    with path.open(encoding="utf-8") as stream:
        table = pd.read_csv(stream, keep_default_na=False)
    if set(table.language) - {"vi", "en"}:
        raise ValueError("field_word_senses.csv: language must be 'vi' or 'en'")
    rows = []
    for row in table.itertuples(index=False):
        marked = _MARKED_TERM.fullmatch(row.phrase)
        if not marked or row.phrase != row.phrase.lower():
            raise ValueError(f"field_word_senses.csv: mark one lowercase term in {row.phrase!r}")
        before, term, after = marked.groups()
        rows.append((row.language, tuple(before.split()), " ".join(term.split()),
                     tuple(after.split()), row.sense))  # fmt: skip
    return pd.DataFrame(rows, columns=["language", "before", "term", "after", "sense"])


#: Words after which a field word names the joint activity itself, in its field's sense.
JOINT_WORK = frozenset({"hợp_tác", "phối_hợp", "cùng", "liên_kết", "jointly", "joint"})


class FieldTermMatcher:
    """The concept lexicon matched as every stage reads field words: ``LexiconMatcher`` on the
    lexicon with its English plurals (``with_english_plurals``), over the tokens with English
    hyphen compounds split (``lexicon_tokens``), leaving out a term in a context where it
    means something else (``field_word_senses``: "tuyên truyền, giáo dục", "greenhouse gas").

    Tags, field counts, field lists and the model's "in the lexicon" mark all go through it,
    so "universities" or "typhoon-hit" count alike wherever a field is counted. Built once
    per lexicon and language; ``match`` takes a sentence's tokens (a string or a list) and
    returns the lexicon rows found, in text order.
    """

    def __init__(self, lexicon: pd.DataFrame, language: str) -> None:
        self.language = language
        self._matcher = LexiconMatcher(with_english_plurals(lexicon), language)
        senses = field_word_senses()
        self._other_senses: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for row in senses[senses.language == language].itertuples(index=False):
            self._other_senses.setdefault(row.term, []).append((row.before, row.after))

    def match(self, tokens: list[str] | str) -> list:
        """Lexicon rows (namedtuples with ``concept``, ``topic``, ``term``, …) found in order."""
        return [row for _, _, row in self.words_and_spans(tokens)[1]]

    def words_and_spans(
        self, tokens: list[str] | str
    ) -> tuple[list[str], list[tuple[int, int, tuple]]]:
        """The words matched on (lowercase, English compounds split) and ``(start, end, row)``
        for every lexicon row found there, in order."""
        text = tokens if isinstance(tokens, str) else " ".join(tokens)
        words = lexicon_tokens(text, self.language).lower().split()
        spans = [
            (start, end, row)
            for start, end, row in self._matcher.match_spans(words)
            if not self._in_other_sense(words, start, end, row.term)
        ]
        return words, spans

    def _in_other_sense(self, words: list[str], start: int, end: int, term: str) -> bool:
        """Whether the term at ``words[start:end]`` stands in one of its other-sense contexts;
        never right after a word of joint work (``JOINT_WORK``: "hợp tác nghiên cứu xây dựng
        mô hình" is joint research, where "nghiên cứu xây dựng" alone is "look into")."""
        if start and words[start - 1] in JOINT_WORK:
            return False
        for before, after in self._other_senses.get(term, ()):
            if (
                start >= len(before)
                and tuple(words[start - len(before) : start]) == before
                and (tuple(words[end : end + len(after)]) == after)
            ):
                return True
        return False
