"""Frequency stage: document-term matrices, frequencies, dispersion, keyness, n-grams, KWIC.

Input everywhere is ``sentences.csv`` as a DataFrame (``terms`` are already
segmented and space-separated, so ``năng_lượng`` stays one term: the
vectorisers split on whitespace only and never re-tokenise). Vietnamese and
English are always counted separately; they meet only through the bilingual
concept lexicon (``concept_counts``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.special import xlogy
from scipy.stats import chi2
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

#: Expected frequencies below this make G² unreliable (Rayson et al. 2004).
MIN_RELIABLE_EXPECTED = 5.0


def _whitespace_vectorizer(**kwargs) -> CountVectorizer:
    """A CountVectorizer that takes pre-segmented, space-separated terms as they are."""
    return CountVectorizer(
        tokenizer=str.split, token_pattern=None, lowercase=False, preprocessor=None, **kwargs
    )


def document_term_matrix(
    sentences: pd.DataFrame, min_count: int = 1
) -> tuple[sparse.csr_matrix, list[str], np.ndarray]:
    """Counts of every term in every document.

    Input: sentences of ONE language (``doc_id``, ``terms``). Output: a sparse
    documents × terms count matrix, the doc ids (sorted) and the vocabulary.
    Terms whose corpus count is below ``min_count`` are dropped.
    """
    by_doc = sentences.groupby("doc_id", sort=True)["terms"].apply(" ".join)
    vectorizer = _whitespace_vectorizer()
    matrix = vectorizer.fit_transform(by_doc.tolist()).tocsr()
    vocabulary = vectorizer.get_feature_names_out()
    if min_count > 1:
        keep = np.asarray(matrix.sum(axis=0)).ravel() >= min_count
        matrix, vocabulary = matrix[:, keep], vocabulary[keep]
    return matrix, by_doc.index.tolist(), vocabulary


def juilland_d(part_counts: np.ndarray, part_sizes: np.ndarray) -> np.ndarray:
    """Juilland's D for each column of a parts × terms count matrix.

    D = 1 - V / sqrt(n - 1), where V is the coefficient of variation
    (population standard deviation / mean) of the term's relative frequency
    in each of the n parts; parts of unequal size are compared through their
    relative frequencies (the usual adaptation, as in Gries 2008). D is 1 for
    a perfectly even spread and 0 when the term sits in one part only; it is
    undefined (NaN) with fewer than two parts.
    """
    n_parts = part_counts.shape[0]
    if n_parts < 2:
        return np.full(part_counts.shape[1], np.nan)
    sizes = np.where(part_sizes > 0, part_sizes, 1)[:, None]
    relative = part_counts / sizes
    mean = relative.mean(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        variation = relative.std(axis=0) / mean
        d = 1 - variation / np.sqrt(n_parts - 1)
    return np.clip(d, 0, 1)


def dispersion_by_paragraph(sentences: pd.DataFrame) -> pd.DataFrame:
    """Juilland's D of every term across the paragraphs of its own document.

    Output columns: ``doc_id``, ``term``, ``dispersion_d``, ``n_paragraphs``.
    """
    rows = []
    for doc_id, doc in sentences.groupby("doc_id", sort=True):
        paragraphs = doc.groupby("paragraph_id", sort=True)["terms"].apply(" ".join)
        vectorizer = _whitespace_vectorizer()
        try:
            counts = vectorizer.fit_transform(paragraphs.tolist()).toarray()
        except ValueError:  # a document without any term
            continue
        sizes = counts.sum(axis=1)
        d = juilland_d(counts, sizes)
        for term, value in zip(vectorizer.get_feature_names_out(), d, strict=True):
            rows.append((doc_id, term, value, len(paragraphs)))
    return pd.DataFrame(rows, columns=["doc_id", "term", "dispersion_d", "n_paragraphs"])


def term_frequencies(sentences: pd.DataFrame) -> pd.DataFrame:
    """The ``term_frequencies.csv`` table, each language counted on its own.

    Columns: ``doc_id``, ``term``, ``count``, ``rel_per_1000`` (per 1,000
    terms of the document), ``doc_freq`` (documents of the same language with
    the term), ``tfidf`` (scikit-learn's ``TfidfTransformer`` with the smoothed
    idf ln((1 + n) / (1 + df)) + 1 and l2-normalised document vectors), plus
    ``language``, ``rank`` (1 = most frequent in the document, ties share the
    lowest rank) and ``dispersion_d`` (Juilland's D across paragraphs).
    """
    tables = []
    for language, part in sentences.groupby("language", sort=True):
        if not part["terms"].str.strip().any():
            continue
        counts, doc_ids, vocabulary = document_term_matrix(part)
        tfidf = TfidfTransformer(smooth_idf=True, norm="l2").fit_transform(counts)
        doc_freq = np.asarray((counts > 0).sum(axis=0)).ravel()
        totals = np.asarray(counts.sum(axis=1)).ravel()
        coo = counts.tocoo()
        table = pd.DataFrame(
            {
                "doc_id": np.asarray(doc_ids)[coo.row],
                "term": vocabulary[coo.col],
                "count": coo.data,
                "rel_per_1000": coo.data / totals[coo.row] * 1000,
                "doc_freq": doc_freq[coo.col],
                "tfidf": np.asarray(tfidf[coo.row, coo.col]).ravel(),
                "language": language,
            }
        )
        tables.append(table)
    if not tables:
        return pd.DataFrame(
            columns=[
                "doc_id",
                "term",
                "count",
                "rel_per_1000",
                "doc_freq",
                "tfidf",
                "language",
                "rank",
                "dispersion_d",
            ]  # fmt: skip
        )
    table = pd.concat(tables, ignore_index=True)
    table["rank"] = table.groupby("doc_id")["count"].rank(method="min", ascending=False).astype(int)
    table = table.merge(
        dispersion_by_paragraph(sentences)[["doc_id", "term", "dispersion_d"]],
        on=["doc_id", "term"],
        how="left",
    )
    return table.sort_values(["doc_id", "rank", "term"], kind="mergesort").reset_index(drop=True)


def log_likelihood_g2(a: np.ndarray, b: np.ndarray, c: float, d: float) -> np.ndarray:
    """Dunning's log-likelihood G² for a term seen ``a`` times in a target of ``c`` terms
    and ``b`` times in a reference of ``d`` terms (Rayson & Garside 2000's form).

    E1 = c (a + b) / (c + d), E2 = d (a + b) / (c + d),
    G² = 2 (a ln(a / E1) + b ln(b / E2)), with 0 ln 0 taken as 0.
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    return 2 * (xlogy(a, a) - xlogy(a, e1) + xlogy(b, b) - xlogy(b, e2))


def log_ratio(a: np.ndarray, b: np.ndarray, c: float, d: float) -> np.ndarray:
    """Hardie's log ratio: log2 of (a / c) / (b / d).

    A zero count is replaced by 0.5 (Hardie 2014's recommendation) so a term
    absent from one side gets a finite, conservative value instead of a
    division by zero.
    """
    a = np.where(np.asarray(a, float) == 0, 0.5, a)
    b = np.where(np.asarray(b, float) == 0, 0.5, b)
    return np.log2((a / c) / (b / d))


def keyness(term_table: pd.DataFrame, min_count: int = 1) -> pd.DataFrame:
    """The ``keyness.csv`` table: each document against the rest of its language.

    Input: ``term_frequencies`` output. Output columns: ``doc_id``, ``term``,
    ``count_target``, ``count_reference``, ``g2``, ``log_ratio``, ``p_value``
    (chi-squared, 1 degree of freedom), plus ``expected_target``,
    ``expected_reference``, ``reliable`` (both expected counts >= 5) and
    ``direction`` (``over`` or ``under``-used in the target). A document that
    is alone in its language has no reference and gets no rows.
    """
    rows = []
    for _language, part in term_table.groupby("language", sort=True):
        wide = part.pivot_table(index="term", columns="doc_id", values="count", fill_value=0)
        if wide.shape[1] < 2:
            continue
        totals = wide.sum(axis=0)
        for doc_id in wide.columns:
            a = wide[doc_id].to_numpy(float)
            b = (wide.drop(columns=doc_id).sum(axis=1)).to_numpy(float)
            c = float(totals[doc_id])
            d = float(totals.drop(doc_id).sum())
            keep = (a + b) >= min_count
            g2 = log_likelihood_g2(a, b, c, d)
            e1 = c * (a + b) / (c + d)
            e2 = d * (a + b) / (c + d)
            frame = pd.DataFrame(
                {
                    "doc_id": doc_id,
                    "term": wide.index,
                    "count_target": a.astype(int),
                    "count_reference": b.astype(int),
                    "g2": g2,
                    "log_ratio": log_ratio(a, b, c, d),
                    "p_value": chi2.sf(g2, df=1),
                    "expected_target": e1,
                    "expected_reference": e2,
                    "reliable": (e1 >= MIN_RELIABLE_EXPECTED) & (e2 >= MIN_RELIABLE_EXPECTED),
                    "direction": np.where(a / c >= b / d, "over", "under"),
                }
            )[keep & (a > 0)]
            rows.append(frame)
    columns = ["doc_id", "term", "count_target", "count_reference", "g2", "log_ratio", "p_value",
               "expected_target", "expected_reference", "reliable", "direction"]  # fmt: skip
    if not rows:
        return pd.DataFrame(columns=columns)
    table = pd.concat(rows, ignore_index=True)
    return table.sort_values(["doc_id", "g2", "term"], ascending=[True, False, True],
                             kind="mergesort").reset_index(drop=True)  # fmt: skip


def ngram_table(sentences: pd.DataFrame, n_values: Sequence[int] = (2, 3), min_count: int = 2
                ) -> pd.DataFrame:  # fmt: skip
    """The ``ngrams.csv`` table: term n-grams within sentences, per language.

    An n-gram is n consecutive content terms of one sentence (stopwords are
    already gone, so "quan hệ hữu nghị truyền thống" gives the trigram
    ``quan_hệ hữu_nghị truyền_thống``). Columns: ``language``, ``n``,
    ``ngram``, ``count``, ``n_docs``, ``measure`` (``pmi``) and ``score``:
    pointwise mutual information log2(p(w1..wn) / (p(w1)...p(wn))), with
    probabilities from that language's term and n-gram counts. PMI favours
    rare combinations, hence ``min_count``.
    """
    tables = []
    for language, part in sentences.groupby("language", sort=True):
        unigram = _whitespace_vectorizer()
        try:
            unigram_counts = unigram.fit_transform(part["terms"]).sum(axis=0).A1
        except ValueError:
            continue
        unigram_total = unigram_counts.sum()
        p_unigram = dict(zip(unigram.get_feature_names_out(), unigram_counts / unigram_total,
                             strict=True))  # fmt: skip
        for n in n_values:
            vectorizer = _whitespace_vectorizer(ngram_range=(n, n))
            try:
                per_sentence = vectorizer.fit_transform(part["terms"])
            except ValueError:
                continue
            grams = vectorizer.get_feature_names_out()
            counts = per_sentence.sum(axis=0).A1
            doc_of_row = part["doc_id"].to_numpy()
            docs_with = _documents_per_column(per_sentence, doc_of_row)
            total = counts.sum()
            keep = counts >= min_count
            scores = [
                np.log2((count / total) / np.prod([p_unigram[w] for w in gram.split()]))
                for gram, count in zip(grams[keep], counts[keep], strict=True)
            ]
            tables.append(pd.DataFrame({
                "language": language, "n": n, "ngram": grams[keep], "count": counts[keep],
                "n_docs": docs_with[keep], "measure": "pmi", "score": scores,
            }))  # fmt: skip
    if not tables:
        return pd.DataFrame(columns=["language", "n", "ngram", "count", "n_docs", "measure",
                                     "score"])  # fmt: skip
    table = pd.concat(tables, ignore_index=True)
    return table.sort_values(["language", "n", "count", "score", "ngram"],
                             ascending=[True, True, False, False, True],
                             kind="mergesort").reset_index(drop=True)  # fmt: skip


def _documents_per_column(matrix: sparse.spmatrix, doc_of_row: np.ndarray) -> np.ndarray:
    """Number of distinct documents in which each column (term, n-gram) occurs."""
    docs, row_doc = np.unique(doc_of_row, return_inverse=True)
    indicator = sparse.csr_matrix(
        (np.ones(len(row_doc)), (row_doc, np.arange(len(row_doc)))),
        shape=(len(docs), len(row_doc)),
    )
    per_doc = indicator @ sparse.csr_matrix(matrix)
    return np.asarray((per_doc > 0).sum(axis=0)).ravel()


def kwic(sentences: pd.DataFrame, term: str, window: int = 5) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``term`` among the tokens.

    Matching is case-insensitive on whole tokens (``năng_lượng`` matches
    ``Năng_lượng``). Output columns: ``doc_id``, ``sent_id``, ``left``,
    ``keyword``, ``right`` (``window`` tokens either side, underscores shown as
    spaces for reading).
    """
    wanted = term.lower()
    rows = []
    for sentence in sentences.itertuples(index=False):
        tokens = sentence.tokens.split()
        for position, token in enumerate(tokens):
            if token.lower() == wanted:
                left = tokens[max(0, position - window) : position]
                right = tokens[position + 1 : position + 1 + window]
                rows.append((
                    sentence.doc_id, sentence.sent_id, _readable(left), _readable([token]),
                    _readable(right),
                ))  # fmt: skip
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "left", "keyword", "right"])


def _readable(tokens: list[str]) -> str:
    return " ".join(tokens).replace("_", " ")


def concept_counts(sentences: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """How often each concept of a bilingual lexicon is named in each document.

    Input: sentences and a lexicon with ``concept``, ``language`` and ``term``
    (a token or a phrase of tokens, lowercase, Vietnamese syllables joined by
    ``_``). Phrases are matched on the lowercased token sequence, longest
    first, and a matched span is not counted again for a shorter entry
    (``ministry of public security`` is not also ``security``). Output:
    ``doc_id``, ``language``, ``concept``, ``count``, ``per_1000_tokens``.
    """
    rows = []
    for (doc_id, language), doc in sentences.groupby(["doc_id", "language"], sort=True):
        entries = lexicon[lexicon.language == language].copy()
        entries["length"] = entries.term.str.split().str.len()
        entries = entries.sort_values(["length", "term"], ascending=[False, True])
        text = " " + " ".join(doc.tokens.str.lower()) + " "
        n_tokens = len(text.split())
        found: dict[str, int] = dict.fromkeys(entries.concept.unique(), 0)
        for entry in entries.itertuples():
            pattern = re.compile(r"(?<=\s)" + re.escape(entry.term) + r"(?=\s)")
            text, hits = pattern.subn(" ", text)
            found[entry.concept] += hits
        for concept, count in found.items():
            rows.append((doc_id, language, concept, count, count / n_tokens * 1000))
    return pd.DataFrame(rows, columns=["doc_id", "language", "concept", "count",
                                       "per_1000_tokens"])  # fmt: skip
