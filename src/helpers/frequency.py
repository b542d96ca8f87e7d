"""Frequency stage: document-term matrices, frequencies, dispersion, keyness, n-grams, KWIC.

Input everywhere is ``sentences.csv`` as a DataFrame (``terms`` are already
segmented and space-separated, so ``năng_lượng`` stays one term: the
vectorisers split on whitespace only and never re-tokenise). Vietnamese and
English are always counted separately; they meet only through the bilingual
concept lexicon (``concept_counts``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.special import xlogy
from scipy.stats import chi2
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from helpers.groups import default_group_by, grouping_columns
from helpers.lexicon import FieldTermMatcher
from helpers.schema import FIELDS, GROUP_KEYNESS_COLUMNS
from helpers.wording import count_noun

#: Expected frequencies below this make G² unreliable (Rayson et al. 2004).
MIN_RELIABLE_EXPECTED = 5.0
#: A group, and the rest it is compared with, hold at least this many articles.
MIN_GROUP_ARTICLES = 2
#: Per-group charts of a big corpus pool by a column only when at least this share of the
#: articles has a value in it; otherwise they pool by language alone.
MIN_KNOWN_TO_POOL = 0.5
#: A group's key term must be used in at least this many of its articles, none holding more
#: than this share of its uses, to be read or drawn as the group's: one article's own
#: vocabulary (a horoscope page's "vượng vận", or its "hướng", 29 of 35 uses) is not.
MIN_ARTICLES_WITH_TERM = 2
MAX_ONE_ARTICLE_SHARE = 0.75
#: The rule in words, for readings and chart notes.
SPREAD_RULE = (
    f"used in at least {MIN_ARTICLES_WITH_TERM} of the group's articles, none holding more than "
    "three quarters of its uses"
)


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


def keyness_statistics(
    a: np.ndarray, b: np.ndarray, c: np.ndarray | float, d: np.ndarray | float
) -> dict[str, np.ndarray]:
    """``g2``, ``log_ratio`` and ``p_value`` (G² against χ² with 1 d.f.) for counts ``a``
    (target of ``c`` terms) and ``b`` (reference of ``d`` terms), element by element."""
    g2 = log_likelihood_g2(a, b, c, d)
    return {"g2": g2, "log_ratio": log_ratio(a, b, c, d), "p_value": chi2.sf(g2, df=1)}


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
    result = pd.DataFrame({
        "doc_id": table["doc_id"].to_numpy(),
        "term": table["term"].to_numpy(),
        "count_target": a.astype(int),
        "count_reference": b.astype(int),
        **keyness_statistics(a, b, c, d),
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
    ``_``). Matching is ``FieldTermMatcher``'s, as the topic tags': longest first, no
    overlaps (``ministry of public security`` is not also ``security``), within each
    sentence; English plurals and hyphen compounds count ("universities",
    "typhoon-hit"). Output: ``doc_id``, ``language``, ``concept``, ``count``,
    ``per_1000_tokens``.
    """
    matchers = {lang: FieldTermMatcher(lexicon, lang) for lang in sentences.language.unique()}
    concepts_of = {lang: lexicon[lexicon.language == lang].concept.unique() for lang in matchers}
    found: Counter = Counter()
    n_tokens: Counter = Counter()
    # One pass over the sentences (a groupby per article cost seconds on thousands of them).
    for doc_id, language, tokens in zip(
        sentences.doc_id, sentences.language, sentences.tokens, strict=True
    ):
        words = tokens.split()
        n_tokens[doc_id, language] += len(words)
        for row in matchers[language].match(words):
            found[doc_id, language, row.concept] += 1
    rows = [
        (doc_id, language, concept, found[doc_id, language, concept],
         found[doc_id, language, concept] / max(n_tokens[doc_id, language], 1) * 1000)
        for doc_id, language in sorted(n_tokens)
        for concept in concepts_of[language]
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=["doc_id", "language", "concept", "count",
                                       "per_1000_tokens"])  # fmt: skip


# --- Tables notebook 02 shows: each one a selection or pooling of the tables above ---


def term_frequency_table(sentences: pd.DataFrame, boilerplate: Iterable[str]) -> pd.DataFrame:
    """``term_frequencies`` plus a ``boilerplate`` column (the term is on the list given).

    The CSV keeps boilerplate terms, flagged, so a reader can put them back.
    """
    table = term_frequencies(sentences)
    table["boilerplate"] = table["term"].isin(set(boilerplate))
    return table


def keyness_table(
    term_table: pd.DataFrame, boilerplate: Iterable[str], significance_level: float
) -> pd.DataFrame:
    """``keyness`` plus ``boilerplate`` (term on the list) and ``significant`` (p < level)."""
    table = keyness(term_table)
    table["boilerplate"] = table["term"].isin(set(boilerplate))
    table["significant"] = table["p_value"] < significance_level
    return table


def without_boilerplate(table: pd.DataFrame, leave_out: bool) -> pd.DataFrame:
    """The rows of a table with a ``boilerplate`` column, those rows dropped when ``leave_out``."""
    return table[~table["boilerplate"].astype(bool)] if leave_out else table


def articles_to_show(
    documents: pd.DataFrame,
    sentences: pd.DataFrame,
    topic_of: Mapping[str, str],
    max_articles: int,
) -> list[str]:
    """The articles that per-article charts and tables show, in ``doc_id`` order: every article
    when there are at most ``max_articles``; otherwise the ``max_articles`` that name the four
    cooperation fields most often (terms of ``sentences.terms`` whose ``topic_of`` is a field;
    ties by ``doc_id``), so that a crawl shows its cooperation news rather than the first
    files by name."""
    ids = sorted(documents.doc_id)
    if len(ids) <= max_articles:
        return ids
    field_terms = sentences.terms.fillna("").map(
        lambda terms: sum(topic_of.get(term) in FIELDS for term in terms.split())
    )
    per_article = field_terms.groupby(sentences.doc_id).sum().reindex(ids, fill_value=0)
    return sorted(sorted(ids, key=lambda doc_id: (-per_article[doc_id], doc_id))[:max_articles])


def top_terms(term_table: pd.DataFrame, top_n: int, min_count: int = 1) -> pd.DataFrame:
    """The ``top_n`` most frequent terms of each document with ``count >= min_count``.

    Input: rows of ``term_frequencies``. Output: the same columns, sorted by
    doc_id, then count (descending), then term; ties are cut alphabetically.
    """
    kept = term_table[term_table["count"] >= min_count]
    ordered = kept.sort_values(["doc_id", "count", "term"], ascending=[True, False, True])
    return ordered.groupby("doc_id").head(top_n)


def top_terms_wide(top: pd.DataFrame, doc_ids: Sequence[str], labels: pd.Series) -> pd.DataFrame:
    """``top_terms`` as a reading table: one column per article, rank 1, 2 … as rows.

    Cells read ``term (count)``. Only the articles of ``doc_ids`` are shown,
    headed by their labels.
    """
    chosen = top[top["doc_id"].isin(doc_ids)]
    entries = chosen["term"] + " (" + chosen["count"].astype(str) + ")"
    table = entries.groupby(chosen["doc_id"]).apply(list).apply(pd.Series).T
    table.columns = [labels[c] for c in table.columns]
    table.index = range(1, len(table) + 1)
    return table


def articles_by_language(
    doc_ids: Sequence[str], language_of: Mapping[str, str], min_articles: int = 2
) -> dict[str, list[str]]:
    """``{language: its articles among doc_ids}`` for languages with at least ``min_articles``."""
    grouped: dict[str, list[str]] = {}
    for doc_id in doc_ids:
        grouped.setdefault(language_of[doc_id], []).append(doc_id)
    return {lang: ids for lang, ids in sorted(grouped.items()) if len(ids) >= min_articles}


def leading_term_rates(
    term_table: pd.DataFrame,
    shown: pd.DataFrame,
    language: str,
    doc_ids: Sequence[str],
    n_terms: int = 25,
) -> pd.DataFrame:
    """Rates of one language's most frequent terms in each of ``doc_ids``, zeros included.

    Input: ``term_frequencies`` (for the rates), the rows eligible as leading
    terms (e.g. without boilerplate) and the language. Output, long:
    ``term``, ``doc_id``, ``rel_per_1000``, terms in order of their corpus
    count (descending), articles in the order of ``doc_ids``.
    """
    candidates = shown[shown["language"] == language]
    leading = candidates.groupby("term")["count"].sum().sort_values(ascending=False).head(n_terms)
    rows = term_table[term_table["term"].isin(leading.index) & (term_table["language"] == language)]
    wide = rows.pivot_table(
        index="term", columns="doc_id", values="rel_per_1000", fill_value=0
    ).reindex(index=leading.index.tolist(), columns=list(doc_ids), fill_value=0)
    wide.columns.name = "doc_id"
    return wide.stack().rename("rel_per_1000").reset_index()


def top_key_terms(key: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` terms of each document most over-used against its reference (largest G²)."""
    over = key[key["direction"] == "over"]
    ordered = over.sort_values(["doc_id", "g2", "term"], ascending=[True, False, True])
    return ordered.groupby("doc_id").head(n)


def field_key_terms(
    key: pd.DataFrame,
    topic_of: Mapping[str, str],
    doc_ids: Sequence[str],
    fields: Sequence[str] = FIELDS,
    per_doc: int = 6,
) -> pd.DataFrame:
    """The over-used terms of the lexicon's cooperation fields, ``per_doc`` per article.

    Output: ``doc_id``, ``topic``, ``term``, ``count_target``,
    ``count_reference``, ``g2``, ``log_ratio``, ``reliable``, by doc_id then G².
    """
    topics = key["term"].map(topic_of)
    chosen = key[topics.isin(fields) & (key["direction"] == "over")].assign(topic=topics)
    chosen = chosen.sort_values(["doc_id", "g2", "term"], ascending=[True, False, True])
    columns = ["doc_id", "topic", "term", "count_target", "count_reference", "g2", "log_ratio",
               "reliable"]  # fmt: skip
    return chosen[chosen["doc_id"].isin(doc_ids)].groupby("doc_id").head(per_doc)[columns]


def topic_keyness(
    term_table: pd.DataFrame, topic_of: Mapping[str, str], fields: Sequence[str] = FIELDS
) -> pd.DataFrame:
    """Keyness of each field's pooled vocabulary: each article against the rest of its language.

    Single terms are rare in short articles; pooling the lexicon's terms of a
    topic gives one count per article and topic. Input: ``term_frequencies``
    and ``{term: topic}``. Output: ``doc_id``, ``language``, ``topic``,
    ``count`` (a), ``count_reference`` (b, the other articles of the
    language), ``g2``, ``log_ratio``, ``p_value``, ``over_used`` (a/c > b/d)
    and ``signed_g2`` (G², negative when under-used), for every article of a
    language with at least two articles and every field named in that language.
    Computed for all articles and topics at once.
    """
    table = term_table.assign(topic=term_table["term"].map(topic_of))
    doc_totals = table.groupby(["language", "doc_id"])["count"].sum()
    pooled = table[table["topic"].isin(fields)].groupby(["language", "doc_id", "topic"])["count"]
    pooled = pooled.sum()
    topics_seen = pooled.index.droplevel("doc_id").unique().to_frame(index=False)
    grid = doc_totals.index.to_frame(index=False).merge(topics_seen, on="language")
    grid = grid[grid.groupby("language")["doc_id"].transform("nunique") >= 2]
    keys = pd.MultiIndex.from_frame(grid[["language", "doc_id", "topic"]])
    a = pooled.reindex(keys, fill_value=0).to_numpy(float)
    topic_total = grid.assign(a=a).groupby(["language", "topic"])["a"].transform("sum").to_numpy()
    c = doc_totals.reindex(pd.MultiIndex.from_frame(grid[["language", "doc_id"]])).to_numpy(float)
    language_total = doc_totals.groupby("language").sum().reindex(grid["language"]).to_numpy(float)
    b, d = topic_total - a, language_total - c
    statistics = keyness_statistics(a, b, c, d)
    over_used = a / c > b / d
    return pd.DataFrame({
        "doc_id": grid["doc_id"].to_numpy(),
        "language": grid["language"].to_numpy(),
        "topic": grid["topic"].to_numpy(),
        "count": a.astype(int),
        "count_reference": b.astype(int),
        **statistics,
        "over_used": over_used,
        "signed_g2": np.where(over_used, statistics["g2"], -statistics["g2"]),
    })  # fmt: skip


def shared_ngrams(ngrams: pd.DataFrame, min_docs: int = 2) -> pd.DataFrame:
    """N-grams found in at least ``min_docs`` articles, most widespread first."""
    shared = ngrams[ngrams["n_docs"] >= min_docs]
    return shared.sort_values(["n_docs", "count", "score"], ascending=False)


def term_positions(
    sentences: pd.DataFrame,
    topic_of: Mapping[str, str],
    doc_ids: Sequence[str],
    fields: Sequence[str] = FIELDS,
) -> pd.DataFrame:
    """Where each occurrence of a field term falls in its article.

    Input: sentences, ``{term: topic}`` and the articles to look at. Output:
    ``doc_id``, ``term``, ``topic``, ``position`` (0 = the article's first term,
    1 = its last), one row per occurrence, in text order.
    """
    rows = []
    chosen = sentences[sentences["doc_id"].isin(doc_ids)].sort_values(["doc_id", "sent_id"])
    for doc_id, doc in chosen.groupby("doc_id"):
        terms = " ".join(doc["terms"]).split()
        last = max(1, len(terms) - 1)
        rows.extend(
            (doc_id, term, topic_of[term], i / last)
            for i, term in enumerate(terms)
            if topic_of.get(term) in fields
        )
    return pd.DataFrame(rows, columns=["doc_id", "term", "topic", "position"])


def concept_profiles(concepts: pd.DataFrame) -> pd.DataFrame:
    """``concept_counts`` as wide profiles: index doc_id, one column per concept (per 1,000 tokens).

    Concepts of one language only are 0 in the other's articles, so profiles of
    two languages are compared over the concepts both name.
    """
    return concepts.pivot_table(
        index="doc_id", columns="concept", values="per_1000_tokens", fill_value=0.0
    )


def paired_concepts(
    concepts: pd.DataFrame, lexicon: pd.DataFrame, doc_a: str, doc_b: str
) -> pd.DataFrame:
    """Concepts named by either of two articles, side by side.

    Input: ``concept_counts`` output, the lexicon (for each concept's topic)
    and the two doc_ids. Output, one row per concept that the lexicon lists in
    both articles' languages (others cannot be compared) and that is named at least once:
    ``concept``, ``topic``, ``rate_a``, ``rate_b`` (per 1,000 tokens),
    ``count_a``, ``count_b``, ``difference`` (rate_a - rate_b), sorted by
    topic then concept.
    """
    pair = concepts[concepts["doc_id"].isin([doc_a, doc_b])]
    rates = pair.pivot(index="concept", columns="doc_id", values="per_1000_tokens")
    counts = pair.pivot(index="concept", columns="doc_id", values="count")
    side = pd.DataFrame({
        "rate_a": rates[doc_a], "rate_b": rates[doc_b],
        "count_a": counts[doc_a], "count_b": counts[doc_b],
    }).dropna()  # fmt: skip
    side = side[(side["count_a"] + side["count_b"]) > 0]
    topic = lexicon.drop_duplicates("concept").set_index("concept")["topic"]
    side.insert(0, "topic", side.index.map(topic))
    side["difference"] = side["rate_a"] - side["rate_b"]
    side = side.rename_axis("concept").reset_index()
    return side.sort_values(["topic", "concept"]).reset_index(drop=True)


def group_keyness(
    sentences: pd.DataFrame, documents: pd.DataFrame, by: Sequence[str]
) -> pd.DataFrame:
    """The ``group_keyness.csv`` table: each group of articles against the rest of its language.

    Input: sentences (``doc_id``, ``language``, ``terms``), documents.csv (the
    ``by`` columns; ``year`` is derived from ``date`` by
    ``helpers.groups.grouping_columns``) and the columns to group by. A group
    is compared within each language it has articles in, against the other
    articles of that language whose value is known (an undated article belongs to
    no other year, so it is in neither side); a (group, language) of fewer than 2 articles,
    or whose rest has fewer than 2 (one article is not a group to compare
    with), is skipped, as are blank values.
    Output, one row per group, language and term the group contains:
    ``group_by``, ``group``, ``language``, ``term``, ``count_group`` (a),
    ``count_rest`` (b), ``rel_group`` and ``rel_rest`` (per 1,000 terms of the
    group, c, and of the rest, d), ``log_ratio`` (Hardie), ``g2`` (Dunning),
    ``p_value`` (chi-squared, 1 d.f.) and ``reliable`` (1 when all four expected
    counts of the 2×2 table, e.g. c(a+b)/(c+d), are at least 5, else 0).
    Computed per column in one pass:
    a sparse (group, language) × article indicator times the article × term
    count matrix gives every group's counts at once.
    """
    columns = list(GROUP_KEYNESS_COLUMNS)
    counts, doc_ids, vocabulary = document_term_matrix(sentences)
    if not doc_ids or not len(vocabulary):
        return pd.DataFrame(columns=columns)
    language = sentences.groupby("doc_id")["language"].first().reindex(doc_ids).to_numpy()
    languages, language_index = np.unique(language, return_inverse=True)
    metadata = grouping_columns(documents)
    metadata.index = metadata["doc_id"].astype(str)
    metadata = metadata.reindex([str(d) for d in doc_ids])
    tables = []
    for column in by:
        values = metadata[column].fillna("").astype(str).str.strip().to_numpy()
        # the rest is the articles whose value is known: an undated article is no "other year"
        known = values != ""
        per_language = (
            _indicator(language_index, len(languages))[:, known] @ counts[known]
        ).toarray()  # languages × terms
        language_totals = per_language.sum(axis=1)
        articles_per_language = np.bincount(language_index[known], minlength=len(languages))
        keys = pd.Series(list(zip(values, language_index, strict=True)))
        sizes = keys.value_counts()
        chosen = [
            key for key, n in sizes.items()
            if key[0] and n >= MIN_GROUP_ARTICLES
            and articles_per_language[key[1]] - n >= MIN_GROUP_ARTICLES
        ]  # fmt: skip
        if not chosen:
            continue
        chosen.sort()
        row_of = {key: i for i, key in enumerate(chosen)}
        rows = keys.map(row_of)
        member = rows.notna().to_numpy()
        indicator = sparse.csr_matrix(
            (np.ones(member.sum()), (rows[member].astype(int), np.flatnonzero(member))),
            shape=(len(chosen), len(doc_ids)),
        )
        summed = indicator @ counts
        group_counts = summed.tocoo()
        group_totals = np.asarray(summed.sum(axis=1)).ravel()
        row_language = np.array([key[1] for key in chosen])
        lang = row_language[group_counts.row]
        a = group_counts.data.astype(float)
        b = per_language[lang, group_counts.col] - a
        c = group_totals[group_counts.row].astype(float)
        d = language_totals[lang] - c
        # the four cells of the 2×2 table: the term and every other term, group and rest
        total = c + d
        expected = np.vstack([c * (a + b), d * (a + b), c * (total - a - b), d * (total - a - b)])
        tables.append(pd.DataFrame({
            "group_by": column,
            "group": [chosen[r][0] for r in group_counts.row],
            "language": languages[lang],
            "term": vocabulary[group_counts.col],
            "count_group": a.astype(int),
            "count_rest": b.astype(int),
            "rel_group": a / c * 1000,
            "rel_rest": b / d * 1000,
            **keyness_statistics(a, b, c, d),
            "reliable": (expected / total >= MIN_RELIABLE_EXPECTED).all(axis=0).astype(int),
        }))  # fmt: skip
    if not tables:
        return pd.DataFrame(columns=columns)
    table = pd.concat(tables, ignore_index=True)[columns]
    return table.sort_values(["group_by", "group", "language", "term"], kind="mergesort"
                             ).reset_index(drop=True)  # fmt: skip


def term_spread(
    keyness: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame
) -> pd.DataFrame:
    """How each ``group_keyness`` row's term is spread over its group's articles.

    Input: ``group_keyness`` rows (as computed or read back from the CSV),
    sentences.csv (``doc_id``, ``language``, ``terms``) and documents.csv (the
    ``group_by`` columns; ``year`` derived as ``group_keyness`` derives it).
    Output, on the rows' index: ``n_articles`` (the group's articles, in the
    row's language, that use the term) and ``top_share`` (the share of the
    group's uses that its one biggest user holds; 0 when none uses it).
    """
    columns = ["n_articles", "top_share"]
    if keyness.empty:
        return pd.DataFrame(0, index=keyness.index, columns=columns)
    language = sentences.groupby("doc_id")["language"].first()
    terms = sentences[["doc_id", "terms"]].assign(term=sentences["terms"].fillna("").str.split())
    used = terms.explode("term")[["doc_id", "term"]]
    used = used[used.term.isin(set(keyness.term))]
    per_article = used.groupby(["doc_id", "term"]).size().rename("uses").reset_index()
    per_article["language"] = per_article.doc_id.map(language)
    metadata = grouping_columns(documents).set_index("doc_id")
    parts = []
    for column in keyness.group_by.unique():
        values = metadata[column].fillna("").astype(str).str.strip()
        grouped = (
            per_article.assign(group=per_article.doc_id.map(values))
            .groupby(["group", "language", "term"])
            .uses
        )
        summary = pd.DataFrame({"n_articles": grouped.size(), "top_share": grouped.max()
                                / grouped.sum()})  # fmt: skip
        parts.append(pd.concat({column: summary}, names=["group_by"]))
    per_group = pd.concat(parts)
    keys = pd.MultiIndex.from_arrays([
        keyness.group_by.astype(str), keyness.group.astype(str),
        keyness.language.astype(str), keyness.term.astype(str),
    ])  # fmt: skip
    found = per_group.reindex(keys).fillna(0.0)
    return pd.DataFrame(
        {
            "n_articles": found.n_articles.astype(int).to_numpy(),
            "top_share": found.top_share.to_numpy(),
        },
        index=keyness.index,
    )


def spread_over_group(
    keyness: pd.DataFrame, sentences: pd.DataFrame, documents: pd.DataFrame
) -> pd.Series:
    """True for the ``group_keyness`` rows whose term is the group's, not one article's
    (``SPREAD_RULE``): used in at least ``MIN_ARTICLES_WITH_TERM`` of the group's articles,
    none of which holds more than ``MAX_ONE_ARTICLE_SHARE`` of its uses in the group."""
    spread = term_spread(keyness, sentences, documents)
    return (spread.n_articles >= MIN_ARTICLES_WITH_TERM) & (
        spread.top_share <= MAX_ONE_ARTICLE_SHARE
    )


@dataclass
class ChartView:
    """What per-article charts draw: the articles themselves, or groups of them in a big corpus.

    ``table`` has the columns of ``term_frequencies`` (``doc_id`` is an article
    or a group), ``ids`` are the panels to draw (at most the notebook's
    ``max_articles_shown``), ``labels`` name them in tables, ``titles`` (with
    the language) in chart panels, and ``note`` says what the charts show ("" for
    a per-article view).
    """

    per_article: bool
    unit: str  # what a panel is: "article" or "group"
    table: pd.DataFrame
    ids: list[str]
    labels: pd.Series
    titles: pd.Series
    language_of: pd.Series
    note: str


def article_units(documents: pd.DataFrame, group_columns: Sequence[str]) -> pd.Series:
    """doc_id → the group its article is pooled into for charts of a big corpus.

    The first of ``group_columns`` names the group (``outlet: Báo X``, blank
    values ``outlet: none known``); with no column every article is in ``all articles``.
    """
    table = grouping_columns(documents)
    if not group_columns:
        return pd.Series("all articles", index=table["doc_id"].astype(str))
    column = group_columns[0]
    values = table[column].fillna("").astype(str).str.strip().replace("", "none known")
    return pd.Series((f"{column}: " + values).to_numpy(), index=table["doc_id"].astype(str))


def pool_by_unit(term_table: pd.DataFrame, unit_of: pd.Series) -> pd.DataFrame:
    """``term_frequencies`` rows pooled into groups of articles, each language on its own.

    Output: ``doc_id`` (``"<unit> (<language>)"``), ``language``, ``term``,
    ``count``, ``rel_per_1000`` (per 1,000 terms of the pooled group),
    ``boilerplate`` (when the input has it) and ``n_articles``.
    """
    unit = term_table["doc_id"].astype(str).map(unit_of)
    table = term_table.assign(
        article=term_table["doc_id"], doc_id=unit + " (" + term_table["language"] + ")"
    )
    articles = table.groupby("doc_id")["article"].nunique()
    keys = ["doc_id", "language", "term"] + (["boilerplate"] if "boilerplate" in table else [])
    pooled = table.groupby(keys, sort=True)["count"].sum().reset_index()
    pooled["rel_per_1000"] = (
        pooled["count"] / pooled.groupby("doc_id")["count"].transform("sum") * 1000
    )
    pooled["n_articles"] = pooled["doc_id"].map(articles)
    return pooled


def chart_view(
    term_table: pd.DataFrame,
    documents: pd.DataFrame,
    labels: pd.Series,
    group_columns: Sequence[str],
    max_articles_shown: int,
    article_ids: Sequence[str] | None = None,
) -> ChartView:
    """Per-article charts up to ``max_articles_shown`` articles, group charts beyond.

    Input: ``term_frequencies``, documents.csv, the article labels, the group
    columns (the first that at least ``MIN_KNOWN_TO_POOL`` of the articles have a
    value in pools them, see ``article_units``; with none, they are pooled by
    language alone), the limit and, optionally, the articles to show when they
    are not pooled (``articles_to_show``).
    Output: a ``ChartView``; in the group view the panels are the largest
    groups (by articles), at most ``max_articles_shown``, and its note says so.
    A big corpus with no group column shows ``article_ids`` (by default its first
    ``max_articles_shown`` articles), with a note.
    """
    language_of = documents.set_index(documents["doc_id"].astype(str))["language"]
    if len(documents) <= max_articles_shown or not group_columns:
        first = article_ids is None
        ids = sorted(documents["doc_id"].astype(str))[:max_articles_shown] if first else [
            str(doc_id) for doc_id in article_ids
        ]  # fmt: skip
        titles = labels + " (" + language_of.reindex(labels.index) + ")"
        note = ""
        if len(ids) < len(documents):  # no column to pool by: which articles, said so
            which = (
                f"the first {len(ids)} (in doc_id order)"
                if first
                else f"the {len(ids)} that use the four fields' vocabulary most often (in "
                "cooperation or domestic news alike)"
            )
            note = (
                f"{len(documents):,} articles and no documents.csv column to group them by: the "
                f"per-article charts show {which}; the CSV files hold every article."
            )
        return ChartView(True, "article", term_table, ids, labels, titles, language_of, note)
    # pool by the first column most articles have a value in: by a year known for 20 of 605
    # articles, one "none known" panel would stand for nearly the whole corpus
    known = grouping_columns(documents)
    usable = [
        column for column in group_columns
        if known[column].fillna("").astype(str).str.strip().ne("").mean() >= MIN_KNOWN_TO_POOL
    ]  # fmt: skip
    pooled = pool_by_unit(term_table, article_units(documents, usable[:1]))
    sizes = pooled.groupby("doc_id")["n_articles"].first()
    ranked = sorted(sizes.items(), key=lambda item: (-item[1], item[0]))
    ids = sorted(key for key, _ in ranked[:max_articles_shown])
    names = pd.Series({key: f"{key}, {count_noun(n, 'article')}" for key, n in sizes.items()})
    groups = f"by {usable[0]}" if usable else "by language"
    if not usable:
        groups += (
            f" ({', '.join(group_columns)} known for fewer than {MIN_KNOWN_TO_POOL:.0%} of them)"
        )
    left_out = len(ranked) - len(ids)
    rest = f"; {count_noun(left_out, 'smaller group')} left out of the charts" if left_out else ""
    note = (
        f"{len(documents):,} articles are too many for one panel each (at most "
        f"{max_articles_shown}): the charts pool them {groups}{rest}. The CSV files hold "
        "every article."
    )
    language = pooled.groupby("doc_id")["language"].first()
    return ChartView(False, "group", pooled, ids, names, names, language, note)


def keyness_group_columns(
    documents: pd.DataFrame, requested: Sequence[str] | None = None
) -> list[str]:
    """The documents.csv columns to compute group keyness by.

    Input: documents.csv and the researcher's columns (``None``: the default of
    ``helpers.groups.default_group_by`` without ``language``, since a group is
    compared only within one language and a language is never a group there).
    Output: the column names. Raises ``ValueError`` naming a requested column
    that documents.csv (with the derived ``year``) does not have.
    """
    if requested is None:
        return [c for c in default_group_by(documents) if c != "language"]
    known = set(grouping_columns(documents).columns)
    missing = [c for c in requested if c not in known]
    if missing:
        raise ValueError(f"group_by: documents.csv has no column {missing}; it has {sorted(known)}")
    return list(requested)


def _indicator(row_of_column: np.ndarray, n_rows: int) -> sparse.csr_matrix:
    """A sparse 0/1 matrix with a 1 at (row_of_column[j], j): sums columns into rows."""
    n = len(row_of_column)
    return sparse.csr_matrix((np.ones(n), (row_of_column, np.arange(n))), shape=(n_rows, n))
