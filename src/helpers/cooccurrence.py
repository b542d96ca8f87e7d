"""Co-occurrence of terms within a sentence or a window, on sparse matrices.

Input: ``sentences.csv`` as a DataFrame. Counting is matrix algebra on
scipy sparse matrices (a binary sentence × term matrix ``X`` gives all
sentence co-occurrence counts as ``XᵀX``), so it scales to thousands of
articles without a Python loop over pairs. Each language is counted on its own.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from helpers.lexicon import concept_lexicon, term_topics
from helpers.schema import FIELDS

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


#: A pair whose two terms stand next to each other in at least this share of the sentences
#: that hold both is a fixed phrase ("cứu hộ, cứu nạn", "tội phạm xuyên quốc gia"): its NPMI
#: measures the phrase, not two terms a writer chose to name together.
FIXED_PHRASE_SHARE = 0.5


def with_side_by_side_share(ranked: pd.DataFrame, sentences: pd.DataFrame, language: str
                            ) -> pd.DataFrame:  # fmt: skip
    """``ranked`` (``rank_pairs`` output, sentence scope) with ``side_by_side``: the share of
    each pair's sentences in which its two terms are neighbours among the sentence's content
    terms (``sentences.terms``, of ``language``), and ``fixed_phrase``: whether that share is
    at least ``FIXED_PHRASE_SHARE``."""
    wanted = {frozenset(pair) for pair in zip(ranked.term_a, ranked.term_b, strict=True)}
    side_by_side: dict[frozenset, int] = dict.fromkeys(wanted, 0)
    for terms in sentences.loc[sentences.language == language, "terms"].fillna(""):
        words = terms.split()
        for pair in {frozenset(p) for p in zip(words, words[1:], strict=False)} & wanted:
            side_by_side[pair] += 1
    counts = [
        side_by_side[frozenset(pair)] for pair in zip(ranked.term_a, ranked.term_b, strict=True)
    ]
    share = np.divide(counts, ranked["count"].to_numpy(float), where=ranked["count"] > 0,
                      out=np.zeros(len(ranked)))  # fmt: skip
    return ranked.assign(side_by_side=share, fixed_phrase=share >= FIXED_PHRASE_SHARE)


def cooccurrence_table(sentences: pd.DataFrame, min_count: int = 2, window: int = 5
                       ) -> pd.DataFrame:  # fmt: skip
    """``cooccurrence.csv``: sentence pairs, then window pairs (``window`` terms apart at most).

    Input: sentences.csv. Output: the rows of ``sentence_cooccurrence`` and
    ``window_cooccurrence``, both with ``min_count``, one below the other.
    """
    by_sentence = sentence_cooccurrence(sentences, min_count=min_count)
    by_window = window_cooccurrence(sentences, window=window, min_count=min_count)
    return pd.concat([by_sentence, by_window], ignore_index=True)


def field_vocabulary(
    fields: tuple[str, ...] | None = None, language: str | None = None
) -> dict[str, str]:
    """``{term: topic}`` for the concept lexicon's single-word terms of ``fields``.

    Input: the fields (default: the four named fields of ``helpers.schema``) and the language
    whose terms count (default: both; an English word inside a Vietnamese sentence, "Staples
    for Students", is no Vietnamese cooperation term). Output: the cooperation vocabulary the
    network and the heatmap are drawn from.
    """
    wanted = set(FIELDS if fields is None else fields)
    return {term: topic for term, topic in term_topics(language).items() if topic in wanted}


def pair_rank(ranked: pd.DataFrame, term_a: str, term_b: str) -> tuple[int | None, float | None]:
    """The rank and NPMI of the pair (``term_a``, ``term_b``) in ``rank_pairs`` output.

    Either order of the two terms is accepted. Output: ``(None, None)`` when the
    pair is not in the table (seen in fewer than ``min_count`` sentences).
    """
    first, second = sorted((term_a, term_b))
    row = ranked[(ranked.term_a == first) & (ranked.term_b == second)]
    if row.empty:
        return None, None
    return int(row["rank"].iloc[0]), float(row.npmi.iloc[0])


def term_counts(sentences: pd.DataFrame, language: str) -> pd.Series:
    """How often each term occurs in the sentences of ``language`` (most frequent first)."""
    part = sentences[sentences.language == language]
    return pd.Series(" ".join(part.terms).split(), dtype=object).value_counts()


def network_tables(
    ranked: pd.DataFrame,
    topic_of: dict[str, str],
    frequency: pd.Series,
    max_terms: int | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the co-occurrence network, with networkx's communities.

    Input: ``rank_pairs`` output (pairs of cooperation terms), each term's topic
    and frequency. Edges are the pairs with positive NPMI. Communities are
    networkx's greedy modularity on NPMI weights (deterministic).
    Output: ``nodes`` (``term``, ``topic``, ``frequency``, ``community``; sorted by
    term) and ``edges`` (``term_a``, ``term_b``, ``npmi``, ``count``). Both are
    empty when fewer than three terms are linked. With ``max_terms``, only links
    between the ``max_terms`` most frequent linked terms are kept, so a large
    corpus still gives a network whose labels can be read.
    """
    edges = ranked.loc[ranked.npmi > 0, ["term_a", "term_b", "npmi", "count"]]
    if max_terms is not None:
        linked = pd.unique(edges[["term_a", "term_b"]].to_numpy().ravel())
        counts = frequency.reindex(linked).fillna(0)
        # most frequent first, ties in term order, so the choice is reproducible
        order = sorted(linked, key=lambda term: (-counts[term], term))
        kept = set(order[:max_terms])
        edges = edges[edges.term_a.isin(kept) & edges.term_b.isin(kept)]
    graph = nx.Graph()
    for row in edges.itertuples():
        graph.add_edge(row.term_a, row.term_b, weight=row.npmi, count=row.count)
    node_columns = ["term", "topic", "frequency", "community"]
    if graph.number_of_nodes() < 3:
        return pd.DataFrame(columns=node_columns), edges.iloc[0:0].reset_index(drop=True)
    communities = nx.community.greedy_modularity_communities(graph, weight="weight")
    community_of = {term: i for i, members in enumerate(communities) for term in members}
    terms = sorted(graph.nodes)
    nodes = pd.DataFrame(
        {
            "term": terms,
            "topic": [topic_of[t] for t in terms],
            "frequency": [int(frequency.get(t, 1)) for t in terms],
            "community": [community_of[t] for t in terms],
        }
    )
    return nodes, edges.reset_index(drop=True)


def community_agreement(nodes: pd.DataFrame) -> dict[str, float]:
    """How far the network's communities follow the lexicon's topics.

    Input: ``network_tables`` nodes. Output: ``{"ari": adjusted Rand index,
    "nmi": normalised mutual information}`` (scikit-learn; 1 = the same partition).
    """
    return {
        "ari": float(adjusted_rand_score(nodes.topic, nodes.community)),
        "nmi": float(normalized_mutual_info_score(nodes.topic, nodes.community)),
    }


def npmi_matrix(ranked: pd.DataFrame, terms: list[str]) -> pd.DataFrame:
    """A symmetric term × term matrix of sentence NPMI for ``terms`` (1 on the diagonal).

    Input: ``rank_pairs`` output and the terms to keep, in order. Pairs not in
    the table (seen together in fewer than ``min_count`` sentences) are 0.
    """
    matrix = pd.DataFrame(0.0, index=terms, columns=terms)
    inside = ranked[ranked.term_a.isin(terms) & ranked.term_b.isin(terms)]
    for row in inside.itertuples():
        matrix.loc[row.term_a, row.term_b] = matrix.loc[row.term_b, row.term_a] = row.npmi
    for term in terms:
        matrix.loc[term, term] = 1.0
    return matrix


def topic_cooccurrence(sentence_topics: pd.DataFrame, topics: tuple[str, ...]) -> pd.DataFrame:
    """Sentences tagged with both topics, for every pair of ``topics`` (diagonal: with the topic).

    Input: ``sentence_topics.csv`` (one 0/1 column per topic). Output: a
    topics × topics DataFrame of integer counts (``XᵀX`` of the indicator matrix).
    """
    indicators = sentence_topics[list(topics)].to_numpy()
    return pd.DataFrame(indicators.T @ indicators, index=list(topics), columns=list(topics))


def strongest_topic_pair(together: pd.DataFrame, fields: tuple[str, ...]
                         ) -> tuple[str, str, int]:  # fmt: skip
    """The two different ``fields`` named together in most sentences, and that number.

    Input: ``topic_cooccurrence`` output. Ties go to the first pair in field order.
    """
    off_diagonal = together.where(~np.eye(len(together), dtype=bool)).loc[list(fields),
                                                                          list(fields)]  # fmt: skip
    pair = off_diagonal.stack().idxmax()
    return pair[0], pair[1], int(off_diagonal.loc[pair])


def field_mentions(
    concepts: pd.DataFrame, documents: pd.DataFrame, fields: tuple[str, ...]
) -> pd.DataFrame:
    """Mentions of each field's lexicon concepts per 1,000 tokens, per article.

    Input: ``helpers.frequency.concept_counts`` output (``doc_id``, ``concept``,
    ``per_1000_tokens``), documents.csv (``doc_id``, ``language``) and the fields.
    Output: ``doc_id``, ``language``, ``topic``, ``per_1000_tokens`` (the field's
    concepts summed), one row per article with sentences and field.
    """
    lexicon = concept_lexicon()
    topic_of = lexicon.drop_duplicates("concept").set_index("concept").topic
    tagged = concepts.assign(topic=concepts.concept.map(topic_of))
    per_field = (
        tagged[tagged.topic.isin(fields)]
        .groupby(["doc_id", "topic"])
        .per_1000_tokens.sum()
        .reset_index()
    )
    per_field.insert(1, "language", per_field.doc_id.map(documents.set_index("doc_id").language))
    return per_field


def expected_pair_ranks(
    ranked: pd.DataFrame, pairs: list[str]
) -> list[tuple[str, str, int | None, float | None]]:
    """Rank and NPMI of each pair the researcher expects to be bound.

    Input: ``rank_pairs`` output and pairs written ``"term_a,term_b"`` (the
    notebook parameter ``expected_pairs``). Output: ``(term_a, term_b, rank, npmi)``
    per pair, ``rank`` and ``npmi`` ``None`` when the pair was not counted.
    Raises ``ValueError`` for an entry that is not two comma-separated terms.
    """
    checks = []
    for entry in pairs:
        terms = [part.strip() for part in str(entry).split(",")]
        if len(terms) != 2 or not all(terms):
            raise ValueError(f"expected pair {entry!r}: write two terms as 'term_a,term_b'")
        checks.append((terms[0], terms[1], *pair_rank(ranked, terms[0], terms[1])))
    return checks
