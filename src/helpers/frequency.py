"""Frequency stage: document-term matrices, frequencies, dispersion, keyness, n-grams, KWIC.

Input everywhere is ``sentences.csv`` as a DataFrame (``terms`` are already
segmented and space-separated, so ``năng_lượng`` stays one term: the
vectorisers split on whitespace only and never re-tokenise). Vietnamese and
English are always counted separately; they meet only through the bilingual
concept lexicon (``concept_counts``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.special import xlogy
from scipy.stats import chi2
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from helpers.lexicon import LexiconMatcher

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
    sizes = np.where(part_sizes > 0, part_sizes, 1)[:, None]
    relative = part_counts / sizes
    n = np.full(part_counts.shape[1], n_parts)
    return _juilland_from_moments(relative.mean(axis=0), relative.var(axis=0), n)


def _juilland_from_moments(mean: np.ndarray, variance: np.ndarray, n_parts: np.ndarray
                           ) -> np.ndarray:  # fmt: skip
    """D = 1 - (sd / mean) / sqrt(n - 1) from the mean and population variance of the
    relative frequencies over n parts, clipped to [0, 1]; NaN where n < 2."""
    with np.errstate(invalid="ignore", divide="ignore"):
        d = 1 - (np.sqrt(np.maximum(variance, 0)) / mean) / np.sqrt(n_parts - 1)
    return np.where(n_parts >= 2, np.clip(d, 0, 1), np.nan)


def dispersion_by_paragraph(sentences: pd.DataFrame) -> pd.DataFrame:
    """Juilland's D of every term across the paragraphs of its own document.

    Vectorised over the whole corpus with sparse matrices: for each document
    and term, the mean and variance of the term's relative frequency over the
    document's n paragraphs (zeros included) give D by the same formula as ``juilland_d``.
    Output columns: ``doc_id``, ``term``, ``dispersion_d``, ``n_paragraphs``.
    """
    columns = ["doc_id", "term", "dispersion_d", "n_paragraphs"]
    paragraphs = (
        sentences.groupby(["doc_id", "paragraph_id"], sort=True)["terms"]
        .apply(" ".join)
        .reset_index()
    )
    if paragraphs.empty:
        return pd.DataFrame(columns=columns)
    vectorizer = _whitespace_vectorizer()
    try:
        counts = vectorizer.fit_transform(paragraphs["terms"]).tocsr().astype(float)
    except ValueError:
        return pd.DataFrame(columns=columns)
    sizes = np.asarray(counts.sum(axis=1)).ravel()
    relative = sparse.diags(1 / np.where(sizes > 0, sizes, 1)) @ counts
    doc_ids, doc_of_paragraph = np.unique(paragraphs["doc_id"].to_numpy(), return_inverse=True)
    group = sparse.csr_matrix(
        (np.ones(len(doc_of_paragraph)), (doc_of_paragraph, np.arange(len(doc_of_paragraph)))),
        shape=(len(doc_ids), len(doc_of_paragraph)),
    )
    n_parts = np.asarray(group.sum(axis=1)).ravel()
    sum_rel = (group @ relative).tocoo()
    sum_sq = (group @ relative.multiply(relative)).tocsr()
    n = n_parts[sum_rel.row]
    mean = sum_rel.data / n
    variance = np.asarray(sum_sq[sum_rel.row, sum_rel.col]).ravel() / n - mean**2
    d = _juilland_from_moments(mean, variance, n)
    return pd.DataFrame({
        "doc_id": doc_ids[sum_rel.row],
        "term": vectorizer.get_feature_names_out()[sum_rel.col],
        "dispersion_d": d,
        "n_paragraphs": n.astype(int),
    })  # fmt: skip


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
    ``direction`` (``over`` or ``under``-used in the target). Rows are the
    terms each document contains (a term absent from the target is not listed
    for it). A document alone in its language has no reference and no rows.
    Computed on the long table at once: b = term total - a, d = language total - c.
    """
    columns = ["doc_id", "term", "count_target", "count_reference", "g2", "log_ratio", "p_value",
               "expected_target", "expected_reference", "reliable", "direction"]  # fmt: skip
    table = term_table[["doc_id", "term", "count", "language"]].copy()
    docs_per_language = table.groupby("language").doc_id.transform("nunique")
    table = table[docs_per_language >= 2]
    if table.empty:
        return pd.DataFrame(columns=columns)
    term_total = table.groupby(["language", "term"])["count"].transform("sum")
    doc_total = table.groupby("doc_id")["count"].transform("sum")
    language_total = table.groupby("language")["count"].transform("sum")
    a = table["count"].to_numpy(float)
    b = (term_total - table["count"]).to_numpy(float)
    c = doc_total.to_numpy(float)
    d = (language_total - doc_total).to_numpy(float)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = log_likelihood_g2(a, b, c, d)
    result = pd.DataFrame({
        "doc_id": table["doc_id"].to_numpy(),
        "term": table["term"].to_numpy(),
        "count_target": a.astype(int),
        "count_reference": b.astype(int),
        "g2": g2,
        "log_ratio": log_ratio(a, b, c, d),
        "p_value": chi2.sf(g2, df=1),
        "expected_target": e1,
        "expected_reference": e2,
        "reliable": (e1 >= MIN_RELIABLE_EXPECTED) & (e2 >= MIN_RELIABLE_EXPECTED),
        "direction": np.where(a / c >= b / np.where(d > 0, d, 1), "over", "under"),
    })[(a + b) >= min_count]  # fmt: skip
    return result.sort_values(["doc_id", "g2", "term"], ascending=[True, False, True],
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

    A thin wrapper over ``helpers.concordance.concordance`` kept for notebook 02:
    matching is case-insensitive and normalised (``năng_lượng``, ``Năng lượng``
    and ``năng lượng`` as two tokens all match). Output columns: ``doc_id``,
    ``sent_id``, ``left``, ``keyword``, ``right`` (``window`` tokens either side,
    underscores shown as spaces for reading).
    """
    # imported here: concordance loads underthesea (query normalisation), which the
    # rest of this module never needs
    from helpers.concordance import concordance

    lines = concordance(sentences, term, window=window)
    return pd.DataFrame({
        "doc_id": lines.doc_id,
        "sent_id": lines.sent_id,
        "left": lines.left.map(_readable_text),
        "keyword": lines.hit.map(_readable_text),
        "right": lines.right.map(_readable_text),
    })  # fmt: skip


def _readable_text(tokens: str) -> str:
    return tokens.replace("_", " ")


def concept_counts(sentences: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """How often each concept of a bilingual lexicon is named in each document.

    Input: sentences and a lexicon with ``concept``, ``language`` and ``term``
    (a token or a phrase of tokens, lowercase, Vietnamese syllables joined by
    ``_``). Matching is ``LexiconMatcher``'s: longest first, no overlaps
    (``ministry of public security`` is not also ``security``), within each
    sentence. Output: ``doc_id``, ``language``, ``concept``, ``count``,
    ``per_1000_tokens``.
    """
    matchers = {lang: LexiconMatcher(lexicon, lang) for lang in sentences.language.unique()}
    rows = []
    for (doc_id, language), doc in sentences.groupby(["doc_id", "language"], sort=True):
        concepts = lexicon[lexicon.language == language].concept.unique()
        found = dict.fromkeys(concepts, 0)
        n_tokens = 0
        for tokens in doc.tokens:
            n_tokens += len(tokens.split())
            for row in matchers[language].match(tokens):
                found[row.concept] += 1
        for concept, count in found.items():
            rows.append((doc_id, language, concept, count, count / max(n_tokens, 1) * 1000))
    return pd.DataFrame(rows, columns=["doc_id", "language", "concept", "count",
                                       "per_1000_tokens"])  # fmt: skip
