"""Co-occurrence of terms within a sentence or a window, on sparse matrices.

Input: ``sentences.csv`` as a DataFrame. Counting is matrix algebra on
scipy sparse matrices (a binary sentence × term matrix ``X`` gives all
sentence co-occurrence counts as ``XᵀX``), so it scales to thousands of
articles without a Python loop over pairs. Each language is counted on its own.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

COLUMNS = ["term_a", "term_b", "scope", "count", "npmi", "language", "pmi"]


def _npmi(count: np.ndarray, p_a: np.ndarray, p_b: np.ndarray, total: float
          ) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """PMI = log(p(ab) / (p(a) p(b))) and NPMI = PMI / -log p(ab) (Bouma 2009), natural log.

    NPMI is 1 for terms that only ever occur together, 0 for independence and
    -1 in the limit of never co-occurring.
    """
    p_ab = count / total
    pmi = np.log(p_ab / (p_a * p_b))
    with np.errstate(divide="ignore", invalid="ignore"):
        npmi = np.where(p_ab < 1, pmi / -np.log(p_ab), 1.0)
    return pmi, npmi


def _pairs_frame(matrix: sparse.spmatrix, vocabulary: np.ndarray) -> pd.DataFrame:
    """Upper-triangle non-zero cells of a symmetric term × term matrix as a tidy table."""
    upper = sparse.triu(matrix, k=1).tocoo()
    first, second = vocabulary[upper.row], vocabulary[upper.col]
    swap = first > second
    return pd.DataFrame(
        {
            "term_a": np.where(swap, second, first),
            "term_b": np.where(swap, first, second),
            "i": np.where(swap, upper.col, upper.row),
            "j": np.where(swap, upper.row, upper.col),
            "count": upper.data.astype(int),
        }
    )


def sentence_cooccurrence(sentences: pd.DataFrame, min_count: int = 2) -> pd.DataFrame:
    """Pairs of terms that occur in the same sentence, with count, PMI and NPMI.

    ``count`` is the number of sentences containing both terms; probabilities
    are sentence shares (p(a) = sentences with a / all sentences of the
    language). Pairs seen in fewer than ``min_count`` sentences are dropped.
    """
    tables = []
    for language, part in sentences.groupby("language", sort=True):
        vectorizer = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False,
                                     binary=True)  # fmt: skip
        try:
            presence = vectorizer.fit_transform(part["terms"]).tocsc().astype(np.int64)
        except ValueError:
            continue
        vocabulary = vectorizer.get_feature_names_out()
        together = (presence.T @ presence).tocsr()
        frame = _pairs_frame(together, vocabulary)
        frame = frame[frame["count"] >= min_count]
        n_sentences = presence.shape[0]
        p_term = np.asarray(presence.sum(axis=0)).ravel() / n_sentences
        pmi, npmi = _npmi(frame["count"].to_numpy(float), p_term[frame.i], p_term[frame.j],
                          n_sentences)  # fmt: skip
        tables.append(frame.assign(scope="sentence", language=language, pmi=pmi, npmi=npmi))
    return _finish(tables)


def window_cooccurrence(sentences: pd.DataFrame, window: int = 5, min_count: int = 2
                        ) -> pd.DataFrame:  # fmt: skip
    """Pairs of terms at most ``window`` terms apart within a sentence.

    Each (position, position + d) pair for d = 1..window is counted once;
    probabilities are over all such position pairs (p(ab)) and over all term
    occurrences (p(a)). Built from index arrays and one sparse matrix, no
    loop over pairs.
    """
    tables = []
    for language, part in sentences.groupby("language", sort=True):
        term_lists = [terms.split() for terms in part["terms"]]
        vocabulary = np.array(sorted({t for terms in term_lists for t in terms}))
        if len(vocabulary) < 2:
            continue
        index = {term: i for i, term in enumerate(vocabulary)}
        ids = [np.array([index[t] for t in terms], dtype=np.int64) for terms in term_lists]
        rows, cols = [], []
        for d in range(1, window + 1):
            for sequence in ids:
                if len(sequence) > d:
                    rows.append(sequence[:-d])
                    cols.append(sequence[d:])
        if not rows:
            continue
        row, col = np.concatenate(rows), np.concatenate(cols)
        size = len(vocabulary)
        counts = sparse.coo_matrix((np.ones(len(row), dtype=np.int64), (row, col)),
                                   shape=(size, size)).tocsr()  # fmt: skip
        symmetric = counts + counts.T  # the diagonal (a term near itself) is never read
        frame = _pairs_frame(symmetric, vocabulary)
        frame = frame[frame["count"] >= min_count]
        total_pairs = float(len(row))
        occurrences = np.bincount(np.concatenate(ids), minlength=size) / sum(map(len, ids))
        pmi, npmi = _npmi(frame["count"].to_numpy(float), occurrences[frame.i],
                          occurrences[frame.j], total_pairs)  # fmt: skip
        tables.append(frame.assign(scope="window", language=language, pmi=pmi, npmi=npmi))
    return _finish(tables)


def _finish(tables: list[pd.DataFrame]) -> pd.DataFrame:
    if not tables:
        return pd.DataFrame(columns=COLUMNS)
    table = pd.concat(tables, ignore_index=True)[COLUMNS]
    return table.sort_values(["scope", "language", "term_a", "term_b"], kind="mergesort"
                             ).reset_index(drop=True)  # fmt: skip


def rank_pairs(table: pd.DataFrame, terms: set[str], by: str = "npmi") -> pd.DataFrame:
    """Pairs whose two terms are both in ``terms``, ranked by ``by`` (1 = strongest)."""
    subset = table[table.term_a.isin(terms) & table.term_b.isin(terms)].copy()
    subset = subset.sort_values([by, "count", "term_a", "term_b"],
                                ascending=[False, False, True, True])  # fmt: skip
    subset["rank"] = np.arange(1, len(subset) + 1)
    return subset.reset_index(drop=True)
