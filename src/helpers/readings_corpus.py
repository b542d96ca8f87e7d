"""Readings for notebooks 01, 04 and 05: sentences computed from the numbers they describe.

Each function takes the table a notebook has just computed and returns Markdown
whose wording follows the result (a rank says which rank, a comparison says
which way it went), so no sentence states a finding the data might not give.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from helpers.concordance import UNKNOWN_GROUP, normalize_query
from helpers.corpus import MOJIBAKE_REPAIRED
from helpers.groups import MIN_KNOWN_SHARE
from helpers.wording import count_noun, intervals_clause

#: A pair ranked within this share of all ranked pairs counts as one of the tightest bonds.
TOP_SHARE = 0.10
#: Groups or periods resting on fewer articles than this are flagged as thin.
FEW_ARTICLES = 5
#: Communities, articles or ids listed one by one before the rest are only counted.
MAX_LISTED = 8


def _term(term: str) -> str:
    return term.replace("_", " ")


def _listed(items: Sequence[str], limit: int = MAX_LISTED) -> str:
    """``items`` joined by commas, the tail beyond ``limit`` counted ("… and 12 more")."""
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


# notebook 01


def intake_reading(documents: pd.DataFrame, skipped: pd.DataFrame) -> str:
    """How many articles were analysed (by language) and how many files were skipped."""
    return (
        f"**{len(documents)}** articles analysed "
        f"({(documents.language == 'vi').sum()} Vietnamese, "
        f"{(documents.language == 'en').sum()} English); "
        + (
            f"**{count_noun(len(skipped), 'file')}** skipped, each listed above with its reason."
            if len(skipped)
            else "no file skipped."
        )
    )


def mojibake_reading(documents: pd.DataFrame) -> str:
    """Which files held mojibake that was repaired (``corpus.MOJIBAKE_REPAIRED``); blank when
    none did."""
    repaired = documents[documents.encoding.str.endswith(MOJIBAKE_REPAIRED)]
    if repaired.empty:
        return ""
    return (
        f"**{count_noun(len(repaired), 'file')}** held mojibake (UTF-8 read once as "
        f'Windows-1252 and saved again, "nÆ°á»›c" for "nước"), repaired before cleaning: '
        + ", ".join(f"`{name}`" for name in repaired.source_file)
        + ". Their `encoding` in documents.csv says so."
    )


def status_table_note(n_not_shown: int) -> str:
    """What the status table leaves out: analysed files beyond the rows shown."""
    return (
        f"Every skipped file is listed; {count_noun(n_not_shown, 'further analysed file')} "
        f"{'is' if n_not_shown == 1 else 'are'} in `documents.csv`."
    )


def balance_reading(balance: pd.DataFrame, removed: pd.DataFrame) -> str:
    """The line accounting of ``helpers.audit.line_balance`` in one sentence."""
    return (
        f"All {len(balance)} articles balance: {balance.n_input_lines.sum()} non-blank input "
        f"lines = {balance.n_kept_lines.sum()} kept + {balance.n_removed_lines.sum()} removed; "
        f"{(removed.scope != 'line').sum()} further fragments were trimmed off kept lines."
    )


def resources_reading(dictionary: Sequence[str], n_vi: int, n_en: int, n_boilerplate: int
                      ) -> str:  # fmt: skip
    """The domain dictionary's terms and the sizes of the stopword lists."""
    return (
        f"Domain dictionary: **{len(dictionary)}** terms — {', '.join(dictionary)}\n\n"
        f"Stopwords: **{n_vi}** Vietnamese (curated, provenance in "
        f"`helpers/resources/stopwords_vi.txt`), **{n_en}** English "
        f"(scikit-learn); the optional diplomatic-boilerplate list adds "
        f"{n_boilerplate} terms for the later notebooks."
    )


def segmentation_reading(tokens: pd.Series) -> str:
    """Vietnamese tokens: how many are multi-syllable words, which still hold a hyphen,
    and which have three or more syllables (to check by eye)."""
    if tokens.empty:
        return "No Vietnamese token in this corpus."
    multi = tokens[tokens.str.contains("_")]
    glued_hyphen = tokens[tokens.str.contains(r"[^\W\d_]-[^\W\d_]", regex=True)]
    long_tokens = sorted({t for t in multi if t.count("_") >= 2})
    return (
        f"Vietnamese tokens: **{len(tokens)}**, of which **{len(multi)}** "
        f"({len(multi) / len(tokens):.0%}) are multi-syllable words. "
        f"Tokens still holding a hyphen between letters: **{len(glued_hyphen)}** "
        f"({', '.join(sorted(set(glued_hyphen))) or 'none'}). "
        f"Tokens of three or more syllables, to check by eye: {_listed(long_tokens, 40)}."
    )


def corpus_result_reading(
    documents: pd.DataFrame, sentences: pd.DataFrame, removed: pd.DataFrame, overall_kept: float
) -> str:
    """The cleaned corpus in one paragraph: sizes, furniture, kept letters, dates by source."""
    undated = documents[documents.date_source == "none"].doc_id.tolist()
    by_source = documents.date_source.value_counts()
    lines = removed[removed.scope == "line"]
    # a headline leaves the prose for the title column: it is no furniture
    n_headlines = int((lines.reason == "headline").sum())
    n_lines = len(lines) - n_headlines
    return (
        f"**Result.** {len(documents)} articles give {len(sentences)} sentences, "
        f"{documents.n_tokens.sum()} tokens and {documents.n_terms.sum()} content terms; "
        f"{count_noun(n_lines, 'input line')} {'was' if n_lines == 1 else 'were'} removed as "
        f"furniture, {count_noun(n_headlines, 'headline')} moved from the prose to the title "
        f"column, and {overall_kept:.1%} of "
        f"all letters kept; {int(documents.truncated.sum())} articles end mid-sentence. Dates: "
        f"{by_source.get('metadata', 0)} from metadata.csv, {by_source.get('header', 0)} from a "
        f"header, {by_source.get('page', 0)} printed in the page, {by_source.get('text', 0)} "
        f"completed from the text, {len(undated)} unknown "
        f"({_listed(undated, 12) or 'none'})."
    )


def preformatted_html(text: str, wrap: bool = False) -> str:
    """``text`` escaped in a ``<pre>`` block (article text is data, never markup). Lines
    that wrap do so between words: JupyterLab's stylesheet breaks output text anywhere
    (``word-break: break-all``), which split Vietnamese syllables ("khoa h|ọc")."""
    style = "font-size:85%; word-break:normal; overflow-wrap:break-word" + (
        "; white-space:pre-wrap" if wrap else ""
    )
    return f"<pre style='{style}'>{html.escape(text)}</pre>"


def segmentation_table_html(sample: pd.DataFrame, labels: pd.Series) -> str:
    """An HTML table of sample sentences: article label, text, and tokens with every
    multi-syllable word in bold (all text escaped)."""
    rows = []
    for row in sample.itertuples():
        tokens = " ".join(
            f"<b>{html.escape(t)}</b>" if "_" in t else html.escape(t) for t in row.tokens.split()
        )
        rows.append(
            f"<tr><td>{html.escape(labels[row.doc_id])}</td><td>{html.escape(row.text)}</td>"
            f"<td>{tokens}</td></tr>"
        )
    return (
        "<table><tr><th>doc</th><th>sentence</th><th>tokens (multi-syllable words in bold)</th>"
        "</tr>" + "".join(rows) + "</table>"
    )


# notebook 04


def cooccurrence_counts_reading(cooccurrence: pd.DataFrame, ranked: pd.DataFrame, language: str
                                ) -> str:  # fmt: skip
    """How many sentence and window pairs were kept, and how many join two cooperation terms."""
    n_sentence = int((cooccurrence.scope == "sentence").sum())
    n_window = int((cooccurrence.scope == "window").sum())
    phrases = ""
    if "fixed_phrase" in ranked and len(ranked):
        top = ranked.head(SHOWN_PAIRS)
        fixed = top[top.fixed_phrase.astype(bool)]
        if len(fixed):
            named = ", ".join(
                f"{a.replace('_', ' ')}–{b.replace('_', ' ')}"
                for a, b in zip(fixed.term_a, fixed.term_b, strict=True)
            )
            phrases = (
                f" Of the {len(top)} strongest, {len(fixed)} stand side by side in most of their "
                f"sentences ({named}): one phrase, or a pair joined by a comma or «và», so their "
                "score measures a set expression more than two terms a writer chose to name "
                "together (column `side_by_side`)."
            )
    return (
        f"{n_sentence} sentence pairs and {n_window} window pairs; "
        f"{len(ranked)} pairs join two cooperation terms in language '{language}'."
        + phrases
        + (" The strongest:" if len(ranked) else " No pair to rank.")
    )


#: How many of the strongest pairs notebook 04 shows under its reading.
SHOWN_PAIRS = 12


def rank_position(rank: int, n_ranked: int) -> str:
    """Where ``rank`` of ``n_ranked`` falls: the top tenth, the top quarter, the upper half
    or the lower half of the ranking. A rank is in a share only when rank / n_ranked is
    within it (17 of 163, 10.4%, is not the top tenth), except that rank 1 always counts as
    the top tenth and the top quarter, however few pairs are ranked."""
    if rank <= max(1, math.floor(TOP_SHARE * n_ranked)):
        return "in the top tenth"
    if rank <= max(1, math.floor(n_ranked / 4)):
        return "in the top quarter"
    return "in the upper half" if rank <= n_ranked / 2 else "in the lower half"


def paired_terms_reading(
    checks: Sequence[tuple[str, str, int | None, float | None]], n_ranked: int
) -> str:
    """The rank found for each pair of terms the researcher expects to be bound.

    Input: ``(term_a, term_b, rank, npmi)`` per pair (rank ``None``: below the
    minimum count) and the number of ranked pairs. The closing clause follows
    the ranks found: all in the top tenth, all in the top quarter, or how many are.
    """
    if not checks:
        return "**Reading.** No pair of terms was given to check (`expected_pairs`)."
    parts, positions = [], []
    for a, b, rank, npmi in checks:
        if rank is None:
            parts.append(f"*{_term(a)}* – *{_term(b)}* is below the minimum count")
            positions.append("not ranked")
            continue
        positions.append(rank_position(rank, n_ranked))
        parts.append(
            f"*{_term(a)}* – *{_term(b)}* ranks {rank} of {n_ranked} "
            f"(NPMI {npmi:.2f}, {positions[-1]})"
        )
    n_top = positions.count("in the top tenth")
    n_quarter = n_top + positions.count("in the top quarter")
    if n_top == len(checks):
        verdict = "these pairs are among the tightest bonds of the vocabulary."
    elif n_quarter == len(checks):
        verdict = "these pairs are among the strongest quarter of the bonds, not the very tightest."
    elif n_quarter:
        verdict = (
            f"{n_quarter} of the {len(checks)} pairs rank in the top quarter; the others are "
            "bound no more tightly than most pairs of the vocabulary."
        )
    else:
        verdict = (
            f"none of the {len(checks)} pairs ranks in the top quarter: they are bound no more "
            "tightly than most pairs of the vocabulary."
        )
    return "**Reading.** " + "; ".join(parts) + ": " + verdict


def network_reading(nodes: pd.DataFrame, edges: pd.DataFrame, agreement: dict[str, float]
                    ) -> str:  # fmt: skip
    """The network's size, each community's topics, and how well communities follow topics."""
    if nodes.empty:
        return "Too few linked cooperation terms for a network."
    composition = pd.crosstab(nodes.community, nodes.topic)
    described = [
        f"community {i}: "
        + ", ".join(f"{n} {t}" for t, n in row[row > 0].sort_values(ascending=False).items())
        for i, row in composition.iterrows()
    ]
    # a community mixes topics when a second topic has at least 2 of its terms: one stray
    # term (a word two fields share) does not make a bridge between fields
    mixed = int(((composition >= 2).sum(axis=1) > 1).sum())
    stray = int((((composition > 0).sum(axis=1) > 1) & ((composition >= 2).sum(axis=1) <= 1)).sum())
    mixing = (
        f"{mixed} of the {len(composition)} communities mix topics (at least 2 terms of each): "
        "the articles name those fields in the same sentences."
        if mixed
        else "No community holds 2 or more terms of more than one topic."
    )
    if stray:
        mixing += f" In {count_noun(stray, 'community', 'communities')}, a "
        mixing += "single term of another topic joins the main one."
    # the chart colours the terms by topic, so the communities are named here by their terms
    members = [
        f"{i}: "
        + ", ".join(
            _term(t)
            for t in group.sort_values(["frequency", "term"], ascending=[False, True]).term.head(
                MEMBERS_LISTED
            )
        )
        for i, group in nodes.groupby("community")
    ]
    return (
        f"**Reading.** {len(nodes)} terms, {len(edges)} links, "
        f"{len(composition)} communities ({'; '.join(described[:MAX_LISTED])}"
        + (f"; and {len(described) - MAX_LISTED} more" if len(described) > MAX_LISTED else "")
        + f"). Agreement of communities with the four topics: adjusted Rand index "
        f"{agreement['ari']:.2f}, NMI {agreement['nmi']:.2f}. {mixing} The chart colours each "
        "term by its lexicon topic; the communities' most frequent terms are, community "
        + "; ".join(members[:MAX_LISTED])
        + "."
    )


#: How many of a community's terms the network reading names.
MEMBERS_LISTED = 6


def clustermap_reading(matrix: pd.DataFrame) -> str:
    """How many of the leading terms' pairs were seen together, and the strongest of them."""
    n = len(matrix)
    rows, columns = np.triu_indices(n, k=1)
    upper = pd.Series(
        matrix.to_numpy()[rows, columns],
        index=pd.MultiIndex.from_arrays([matrix.index[rows], matrix.columns[columns]]),
    )
    seen = upper[upper != 0]
    if seen.empty:
        return (
            f"**Reading.** None of the {n} leading terms is seen with another in enough "
            "sentences: every cell off the diagonal is 0."
        )
    (a, b), best = seen.idxmax(), seen.max()
    return (
        f"**Reading.** {len(seen)} of the {len(upper)} pairs of the {n} leading terms are seen "
        f"together often enough to score; the rest are 0 (white). The tightest is "
        f"*{_term(a)}* – *{_term(b)}* (NPMI {best:.2f}); the side bar gives each term's "
        "lexicon topic."
    )


def topic_pair_reading(pair: tuple[str, str, int], together: pd.DataFrame) -> str:
    """The two fields most often named in one sentence (``strongest_topic_pair`` output)."""
    a, b, n = pair
    if n == 0:
        return "**Reading.** No sentence names two of the fields together."
    return (
        f"**Reading.** The two fields most often named in one sentence are **{a}** and "
        f"**{b}** ({n} sentences; {n / max(int(together.loc[a, a]), 1):.0%} of the "
        f"{together.loc[a, a]} {a} sentences and {n / max(int(together.loc[b, b]), 1):.0%} of "
        f"the {together.loc[b, b]} {b} sentences)."
    )


def field_mentions_reading(per_field: pd.DataFrame, labels: pd.Series) -> str:
    """The field each article mentions most (one article per entry), per 1,000 tokens."""
    if per_field.empty:
        return "**Reading.** No article names a field of the lexicon."
    top = per_field.loc[per_field.groupby("doc_id").per_1000_tokens.idxmax()]
    return (
        "**Reading.** The most-mentioned field per article: "
        + "; ".join(
            f"{labels[r.doc_id]} ({r.language}): **{r.topic}** "
            f"({r.per_1000_tokens:.1f} per 1,000 tokens)"
            for r in top.itertuples()
        )
        + "."
    )


def field_distribution_reading(per_field: pd.DataFrame) -> str:
    """For many articles: how many articles each field leads in, how many name it at all, and
    its median rate among those that do (over all articles the median is 0 for any field that
    fewer than half of them name, which says nothing)."""
    if per_field.empty:
        return "**Reading.** No article names a field of the lexicon."
    named = per_field[per_field.per_1000_tokens > 0]
    top = named.loc[named.groupby("doc_id").per_1000_tokens.idxmax()]
    leads = top.topic.value_counts()
    n_naming = named.groupby("topic").doc_id.nunique().sort_values(ascending=False)
    medians = named.groupby("topic").per_1000_tokens.median()
    n_articles = per_field.doc_id.nunique()
    return (
        f"**Reading.** Over {n_articles} articles, the field mentioned most in an article is "
        + ", ".join(f"**{t}** in {n}" for t, n in leads.items())
        + f" ({_name_no_field(n_articles - len(top))}). Articles naming each field, and the "
        "median rate per 1,000 tokens among them: "
        + ", ".join(f"{t} {n} ({medians[t]:.1f})" for t, n in n_naming.items())
        + ". These count every mention of the lexicon's terms (institutions included), whether or"
        " not the sentence speaks of cooperation between parties; notebook 03 counts only the"
        " sentences that do. Domestic news uses a field's words as often as cooperation news, so"
        " the counts here run higher and their leading fields can differ from 03's: read 03 for"
        " cooperation, this chart for vocabulary."
    )


# notebook 05


def concordance_reading(
    lines: pd.DataFrame, n_documents: int, shown_query: str, query: str,
    term_table: pd.DataFrame,
) -> str:  # fmt: skip
    """Hits, sentences and articles of the query, its spellings, and a cross-check with
    ``term_frequencies.csv`` when the query is a single content term."""
    n_hits = len(lines)
    if n_hits == 0:
        reading = (
            f"**Reading.** «{shown_query}» occurs nowhere in the {n_documents} articles. "
            f"Check the spelling, or widen it with a wildcard (`{query}*`)."
        )
    else:
        n_sentences = lines[["doc_id", "sent_id"]].drop_duplicates().shape[0]
        n_docs = lines.doc_id.nunique()
        spellings = lines.hit.str.lower().value_counts()
        top_doc = lines.doc_id.value_counts()
        reading = (
            f"**Reading.** «{shown_query}» occurs **{n_hits}** times in {n_sentences} sentences "
            f"of **{n_docs}** of the {n_documents} articles "
            f"({n_docs / n_documents:.0%}); the article using it most is "
            f"`{top_doc.index[0]}` ({top_doc.iloc[0]} hits). "
            + (
                f"It is written {len(spellings)} ways in the tokens: "
                + ", ".join(f"`{form}` ({n})" for form, n in spellings.head(5).items())
                + "."
                if len(spellings) > 1
                else f"Every hit is the token form `{spellings.index[0]}`."
            )
        )
    single_term = normalize_query(query).replace(" ", "_")
    if "*" not in single_term and single_term in set(term_table.term):
        counted = int(term_table.loc[term_table.term == single_term, "count"].sum())
        reading += (
            f" Cross-check: `term_frequencies.csv` counts `{single_term}` {counted} times "
            + (
                "— the same number."
                if counted == n_hits
                else f"— the concordance's {n_hits} also includes spellings split over two "
                "tokens or case variants the term table lowercases differently."
            )
        )
    return reading


def group_skip_reason(
    documents: pd.DataFrame, group_by: str, n_hits: int, shown_query: str
) -> str | None:
    """Why the by-group comparison cannot be made (``None``: it can)."""
    if group_by not in documents.columns:
        return f"*Skipped: documents.csv has no column `{group_by}`.*"
    if documents[group_by].astype(str).nunique() < 2:
        only = documents[group_by].astype(str).iloc[0] if len(documents) else ""
        return (
            f"*Skipped: every article has the same `{group_by}` (`{only or '(empty)'}`), "
            "so there is nothing to compare.*"
        )
    if n_hits == 0:
        return f"*Nothing to compare: «{shown_query}» has no hits.*"
    return None


def group_reading(group_table: pd.DataFrame, group_by: str) -> str:
    """Which group uses the query most and least per 1,000 terms, among the groups of at least
    ``FEW_ARTICLES`` articles (a group of one article is its author's habit); the smaller
    groups are counted and left to the table."""
    ranked = group_table.dropna(subset=["per_1000_terms"])
    small = ranked[ranked.n_docs < FEW_ARTICLES]
    compared = ranked[ranked.n_docs >= FEW_ARTICLES]
    unknown = _unknown_group_note(group_table, group_by)
    if len(compared) < 2:
        return (
            f"**Reading.** {'No' if compared.empty else 'Only one'} group has at least "
            f"{FEW_ARTICLES} articles, so no group's rate is compared with another's: with "
            "fewer articles a rate follows one author. The table shows every group." + unknown
        )
    high, low = compared.iloc[0], compared.iloc[-1]
    return (
        f"**Reading.** Among the {len(compared)} groups of at least {FEW_ARTICLES} articles, "
        f"the rate is highest for **{high[group_by]}** "
        f"({high.per_1000_terms:.2f} per 1,000 terms: {high.hits} hits in "
        f"{high.docs_with_hits} of its {count_noun(int(high.n_docs), 'article')}) "
        f"and lowest for **{low[group_by]}** ({low.per_1000_terms:.2f}, {low.hits} hits)."
        + (
            f" {count_noun(len(small), 'smaller group')} {'is' if len(small) == 1 else 'are'} "
            "in the table only."
            if len(small)
            else ""
        )
        + unknown
    )


def _unknown_group_note(group_table: pd.DataFrame, group_by: str) -> str:
    """A sentence on the articles without a ``group_by`` value (``UNKNOWN_GROUP``), when there
    are any: how many of all, and that a comparison covers only the others."""
    unknown = group_table[group_table[group_by] == UNKNOWN_GROUP]
    if unknown.empty:
        return ""
    n_unknown, n_all = int(unknown.n_docs.sum()), int(group_table.n_docs.sum())
    return (
        f" {n_unknown} of the {count_noun(n_all, 'article')} ({n_unknown / n_all:.0%}) have no "
        f"`{group_by}`: their pages do not print it, and it is left blank rather than guessed. "
        f"They form the group {UNKNOWN_GROUP}, so a comparison between named groups rests on the "
        f"other {n_all - n_unknown}; a `metadata.csv` with the column `{group_by}` fills the gap."
    )


def neighbours_reading(
    neighbours: pd.DataFrame, pairs: pd.DataFrame | None, single_term: str
) -> str:
    """The query's most frequent and most exclusive companions, and notebook 04's count
    of sentence pairs with the query's term when that table holds it."""
    if neighbours.empty:
        return "*No term shares two or more sentences with the query.*"
    frequent = neighbours.sort_values(["count", "npmi"], ascending=False, kind="mergesort")
    strongest, commonest = neighbours.iloc[0], frequent.iloc[0]
    reading = (
        f"**Reading.** The most frequent companion is *{_term(commonest.term)}* "
        f"({commonest['count']} of {commonest.query_sentences} sentences, NPMI "
        f"{commonest.npmi:.2f}); the most exclusive is *{_term(strongest.term)}* (NPMI "
        f"{strongest.npmi:.2f}, {strongest['count']} sentences)."
    )
    if pairs is not None and single_term in set(pairs.term_a) | set(pairs.term_b):
        in_04 = pairs[
            (pairs.scope == "sentence")
            & ((pairs.term_a == single_term) | (pairs.term_b == single_term))
        ]
        reading += (
            f" Notebook 04's `cooccurrence.csv` lists {len(in_04)} sentence pairs with "
            f"`{single_term}` (it counts the term itself, not the phrase or its split spellings)."
        )
    return reading


def _trend_sentence(own: pd.DataFrame, term: str) -> str:
    """One term's trend: the peak, and first against last period with their intervals, among
    the periods of at least ``FEW_ARTICLES`` articles (a period of one article is its author's
    habit); with fewer than two such periods no rise or fall is read."""
    placed = own[own.n_articles > 0]
    if placed.hits.sum() == 0:
        return f"«{_term(term)}» occurs in no dated article."
    solid = placed[placed.n_articles >= FEW_ARTICLES]
    peak = (
        (solid if len(solid) else placed)
        .sort_values("per_1000_terms", ascending=False, kind="mergesort")
        .iloc[0]
    )
    sentence = (
        f"«{_term(term)}» peaks in **{peak.period}** ({peak.per_1000_terms:.2f} per 1,000 terms, "
        f"95% interval {peak.ci_low:.2f}–{peak.ci_high:.2f}, "
        f"{count_noun(int(peak.n_articles), 'article')})"
    )
    if len(placed) < 2:
        return sentence + "; with a single period there is no trend to read."
    if len(solid) < 2:
        return sentence + (
            f"; fewer than two periods hold {FEW_ARTICLES} articles or more, so no rise or fall "
            "is read (the table gives every period)."
        )
    first, last = solid.iloc[0], solid.iloc[-1]
    direction = (
        "rises"
        if last.per_1000_terms > first.per_1000_terms
        else "falls"
        if last.per_1000_terms < first.per_1000_terms
        else "stays level"
    )
    return sentence + (
        f"; it {direction} from {first.per_1000_terms:.2f} in {first.period} to "
        f"{last.per_1000_terms:.2f} in {last.period}; "
        f"{intervals_clause(first.ci_low, first.ci_high, last.ci_low, last.ci_high, 'terms')}."
    )


def term_trends_reading(
    trends: pd.DataFrame, undated: pd.DataFrame, unit: str, n_documents: int
) -> str:
    """The trend of each term (``helpers.concordance.term_trends``), the thin periods, and
    the undated articles, counted apart and never placed on the time axis."""
    n_undated = int(undated.n_articles.iloc[0]) if len(undated) else n_documents
    if trends.empty or trends.n_articles.sum() == 0:
        hits = ", ".join(f"«{_term(r.term)}» {r.hits}" for r in undated.itertuples())
        return (
            f"**Reading.** No article is dated: the {n_documents} articles cannot be placed "
            f"in time" + (f" (hits in them: {hits})." if hits else ".")
        )
    periods = trends.drop_duplicates("period")
    with_articles = periods[periods.n_articles > 0]
    thin = with_articles[with_articles.n_articles < FEW_ARTICLES]
    parts = [
        _trend_sentence(trends[trends.term == term], term) for term in dict.fromkeys(trends.term)
    ]
    coverage = (
        f"{len(periods)} {unit}s from {periods.period.iloc[0]} to {periods.period.iloc[-1]}, "
        f"{len(with_articles)} of them with articles"
        + (
            f" ({len(thin)} with fewer than {FEW_ARTICLES}: their points swing with one article)"
            if len(thin)
            else ""
        )
    )
    if n_undated:
        hits = ", ".join(f"«{_term(r.term)}» {r.hits}" for r in undated.itertuples())
        dates = (
            f"{n_undated} of the {n_documents} articles are undated: counted apart, not placed "
            f"on the axis (hits in them: {hits})."
        )
    else:
        dates = "Every article is dated."
    n_dated = n_documents - n_undated
    if n_dated < MIN_KNOWN_SHARE * n_documents:
        dates += (
            f" With only {n_dated} of {n_documents} articles ({n_dated / n_documents:.0%}) "
            f"dated, the points describe those {n_dated}, not the corpus: read a rise or a "
            "fall as a lead to check, not a trend."
        )
    return f"**Reading.** {coverage}. " + " ".join(p.rstrip(".") + "." for p in parts) + " " + dates


def _name_no_field(n_articles: int) -> str:
    """ "1 names no field", "3 name no field"."""
    return f"{n_articles:,} {'names' if n_articles == 1 else 'name'} no field"
