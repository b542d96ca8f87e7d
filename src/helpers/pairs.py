"""Translation pairs: the same report published in two languages.

A news agency often publishes one meeting in Vietnamese and in English on the
same day. Comparing the two versions shows what each language's edition
stresses. The researcher can name pairs (they win); otherwise pairs are found:
articles in different languages, dated within ``max_days`` of each other,
whose profiles (concept counts per 1,000 tokens, or topic shares) point the
same way (cosine similarity at least ``min_cosine``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sklearn.metrics.pairwise import cosine_similarity

PAIR_COLUMNS = ("doc_a", "doc_b", "language_a", "language_b", "days_apart", "cosine", "source")


def find_translation_pairs(
    documents: pd.DataFrame,
    profiles: pd.DataFrame,
    given: Sequence[str] | None = None,
    max_days: int = 1,
    min_cosine: float = 0.8,
) -> pd.DataFrame:
    """Pairs of articles that report the same event in two languages.

    Input: documents.csv (``doc_id``, ``language``, ``date``), ``profiles``
    (index ``doc_id``, one column per feature), the researcher's pairs as
    ``"idA,idB"`` strings, the largest date gap in days and the smallest cosine.
    Output: one row per pair with ``doc_a``, ``doc_b`` (``doc_a`` the Vietnamese
    one when the languages are vi and en), ``language_a``, ``language_b``,
    ``days_apart`` (blank when a date is missing), ``cosine`` (blank when a
    profile is missing) and ``source`` (``given`` or ``found``), sorted by
    ``doc_a``, ``doc_b``. Given pairs are kept as they are; a found pair joins
    two dated articles of different languages within ``max_days`` whose cosine
    is at least ``min_cosine``; each article is in at most one found pair and
    none that is in a given pair (best cosine first).
    Raises ``ValueError`` for a given pair that is not two known doc_ids.
    """
    docs = documents.assign(doc_id=documents["doc_id"].astype(str)).set_index("doc_id")
    dates = pd.to_datetime(docs["date"].replace("", None), errors="coerce")
    languages = docs["language"].astype(str)
    vectors = profiles.rename(index=str).reindex(docs.index).fillna(0.0)
    similarity = pd.DataFrame(
        cosine_similarity(vectors.to_numpy(dtype=float)), index=docs.index, columns=docs.index
    )
    has_profile = set(profiles.index.astype(str))

    def row(a: str, b: str, source: str) -> dict[str, object]:
        if languages[b] == "vi" and languages[a] == "en":
            a, b = b, a
        gap = abs((dates[a] - dates[b]).days) if pd.notna(dates[a]) and pd.notna(dates[b]) else None
        known = a in has_profile and b in has_profile
        return {
            "doc_a": a,
            "doc_b": b,
            "language_a": languages[a],
            "language_b": languages[b],
            "days_apart": gap,
            "cosine": round(float(similarity.at[a, b]), 4) if known else None,
            "source": source,
        }

    rows = []
    taken: set[str] = set()
    for text in given or []:
        ids = [part.strip() for part in str(text).split(",")]
        if len(ids) != 2 or any(i not in docs.index for i in ids) or ids[0] == ids[1]:
            raise ValueError(f"translation pair {text!r} is not two known doc_ids 'idA,idB'")
        rows.append(row(ids[0], ids[1], "given"))
        taken.update(ids)

    for a, b, _ in _candidates(docs.index, languages, dates, similarity, has_profile, max_days):
        if similarity.at[a, b] < min_cosine:
            break  # candidates come best first
        if a in taken or b in taken:
            continue
        rows.append(row(a, b, "found"))
        taken.update((a, b))

    table = pd.DataFrame(rows, columns=list(PAIR_COLUMNS))
    table["days_apart"] = table["days_apart"].astype("Int64")
    return table.sort_values(["doc_a", "doc_b"], kind="mergesort").reset_index(drop=True)


def _candidates(
    ids: pd.Index,
    languages: pd.Series,
    dates: pd.Series,
    similarity: pd.DataFrame,
    has_profile: set[str],
    max_days: int,
) -> list[tuple[str, str, float]]:
    """Every dated, profiled pair of different languages within ``max_days``, best cosine first."""
    usable = [i for i in ids if pd.notna(dates[i]) and i in has_profile]
    day = dates[usable].to_numpy(dtype="datetime64[D]").astype(np.int64)
    language = languages[usable].to_numpy()
    close = np.abs(day[:, None] - day[None, :]) <= max_days
    different = language[:, None] != language[None, :]
    upper = np.triu(np.ones_like(close), k=1)
    first, second = np.nonzero(close & different & upper)
    found = [
        (usable[i], usable[j], float(similarity.at[usable[i], usable[j]]))
        for i, j in zip(first, second, strict=True)
    ]
    # ties broken by the ids so the choice does not depend on the input order
    return sorted(found, key=lambda c: (-c[2], min(c[0], c[1]), max(c[0], c[1])))
