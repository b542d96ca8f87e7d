"""Readings of notebook 02: sentences computed from the tables, whose wording follows the numbers.

Each function takes a table of ``helpers.frequency`` and returns Markdown text
for ``helpers.stage.show_reading``. None states a finding the numbers might not
give: a sentence that could go either way is chosen from the values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
from scipy.stats import binomtest

from helpers.pairs import find_translation_pairs
from helpers.schema import FIELDS
from helpers.wording import count_noun

LANGUAGE_NAMES = {"vi": "Vietnamese", "en": "English"}
#: Share of occurrences in one half of the articles above which they "concentrate" there.
CONCENTRATED_SHARE = 0.6


def language_name(code: str) -> str:
    """``vi`` → ``Vietnamese``, ``en`` → ``English``; other codes as they are."""
    return LANGUAGE_NAMES.get(code, code)


def _readable(term: str) -> str:
    return term.replace("_", " ")


def corpus_summary(
    documents: pd.DataFrame, n_shown: int, g2_critical: float, significance_level: float
) -> str:
    """How many articles in which language, how many per-article views show, the G² threshold."""
    counts = documents.groupby("language")["doc_id"].count()
    parts = "; ".join(f"{n:,} in {language_name(lang)}" for lang, n in counts.items())
    shown = (
        f" Where articles are shown one by one, these are the {n_shown} that use the four "
        "fields' vocabulary most often (the lexicon's field terms per article, in cooperation "
        "news or domestic news alike: notebook 03 tells which speak of cooperation); the CSV "
        "files hold all."
        if n_shown < len(documents)
        else ""
    )
    return (
        f"{count_noun(len(documents), 'article')}: {parts}.{shown} Significance level "
        f"{significance_level} → G² critical value {g2_critical:.2f} (1 d.f.)."
    )


def read_top_fields(
    top: pd.DataFrame,
    labels: pd.Series,
    topic_of: Mapping[str, str],
    fields: Sequence[str] = FIELDS,
    unit: str = "article",
) -> str:
    """Which cooperation fields reach each article's (or group's) top-term list."""
    lines = []
    for doc_id, rows in top.groupby("doc_id", sort=True):
        named = sorted({topic_of[t] for t in rows["term"] if topic_of.get(t) in fields})
        lines.append(f"**{labels[doc_id]}**: {', '.join(named) or 'no cooperation field'}")
    if not lines:
        return f"**Reading.** No {unit} has a term frequent enough to list."
    return (
        f"**Reading.** Cooperation fields whose terms reach each {unit}'s top list — "
        + "; ".join(lines)
        + ". Bars are coloured by the topic of the concept lexicon; grey terms are not in it."
    )


def read_term_rates(rates: pd.DataFrame, unit: str = "article") -> str:
    """The term whose rate varies most between the articles (or groups), and the most even one.

    Evenness is the coefficient of variation (sd / mean) among the terms used in
    every column; a term missing from one is not "evenly used".
    """
    wide = rates.pivot(index="term", columns="doc_id", values="rel_per_1000")
    spread = wide.std(axis=1).reindex(pd.unique(rates["term"])).sort_values(ascending=False)
    most = spread.index[0]
    text = (
        f"**Reading.** The term whose rate varies most between {unit}s is *{_readable(most)}* "
        f"(from {wide.loc[most].min():.0f} to {wide.loc[most].max():.0f} per 1,000 terms)"
    )
    everywhere = wide[(wide > 0).all(axis=1)]
    if everywhere.empty:
        return text + f"; no leading term occurs in every {unit} shown."
    variation = (everywhere.std(axis=1) / everywhere.mean(axis=1)).sort_values(kind="mergesort")
    least = variation.index[0]
    return text + (
        f"; *{_readable(least)}* is the most evenly used "
        f"(from {wide.loc[least].min():.0f} to {wide.loc[least].max():.0f})."
    )


def no_heatmap(unit: str = "article") -> str:
    """Why there is no heatmap: no language has two articles (or groups) to compare."""
    return f"No language has two {unit}s among those shown: no comparison heatmap."


def read_key_terms(
    over: pd.DataFrame,
    labels: pd.Series,
    topic_of: Mapping[str, str],
    n: int,
    fields: Sequence[str] = FIELDS,
) -> str:
    """The cooperation-field terms among each article's top key terms, by field."""
    lines = []
    for doc_id, rows in over.groupby("doc_id", sort=True):
        per_field = {
            f: [_readable(t) for t in rows["term"] if topic_of.get(t) == f] for f in fields
        }
        found = "; ".join(f"{f}: {', '.join(ts)}" for f, ts in per_field.items() if ts) or "none"
        lines.append(
            f"- **{labels[doc_id]}** — cooperation terms among its top {n} key terms: {found}"
        )
    if not lines:
        return "**Reading.** No language has two articles, so no article has key terms."
    return "**Reading.**\n" + "\n".join(lines)


def no_keyness_chart(n_articles: int, n_with_keyness: int, max_shown: int) -> str:
    """Why the per-article keyness chart is not drawn."""
    if n_with_keyness == 0:
        return (
            "No article has another article of its language to be compared with: no keyness chart."
        )
    return (
        f"{n_articles:,} articles are too many for a keyness panel each (at most {max_shown}): "
        "section 7 compares groups of articles; the table above and keyness.csv hold every article."
    )


def read_topic_keyness(
    topic_key: pd.DataFrame, labels: pd.Series, g2_critical: float, unit: str = "article"
) -> str:
    """The field each article (or group) leans on most against the rest of its language."""
    if topic_key.empty:
        return f"**Reading.** No language has two {unit}s naming a field: no topic keyness."
    strongest = topic_key.sort_values(["doc_id", "signed_g2"], ascending=[True, False])
    parts = []
    for row in strongest.groupby("doc_id").head(1).itertuples():
        if row.signed_g2 <= 0:
            parts.append(f"{labels[row.doc_id]}: no field more than the other {unit}s")
            continue
        strength = "significant" if row.g2 >= g2_critical else "not significant"
        parts.append(
            f"{labels[row.doc_id]}: **{row.topic}** (G² = {row.g2:.1f}, {strength}; "
            f"log ratio {row.log_ratio:+.2f})"
        )
    return (
        f"**Reading.** The field each {unit} leans on most, against the other {unit}s of "
        "its language: " + "; ".join(parts) + "."
    )


def read_ngrams(ngrams: pd.DataFrame, shared: pd.DataFrame, min_count: int) -> str:
    """How many n-grams were kept and how many recur across articles."""
    if shared.empty:
        return (
            f"{count_noun(len(ngrams), 'n-gram')} seen at least {min_count} times; none recurs in "
            "two or more articles."
        )
    return (
        f"{count_noun(len(ngrams), 'n-gram')} seen at least {min_count} times; "
        f"{len(shared):,} recur "
        f"in two or more articles (the most widespread, *{_readable(shared['ngram'].iloc[0])}*, "
        f"in {shared['n_docs'].iloc[0]}):"
    )


def kwic_heading(label: str, term: str, n_lines: int) -> str:
    """The heading of an article's concordance: its label, the term and how often it occurs."""
    return f"**{label}** — *{_readable(term)}* ({count_noun(n_lines, 'occurrence')})"


def read_dispersion(positions: pd.DataFrame) -> str:
    """Whether field-term occurrences concentrate in the first or second half of the articles.

    Measured: the share of occurrences before the articles' midpoint, with a
    two-sided binomial test against an even split (each occurrence counted
    once; occurrences of one article are not independent, so the p-value is
    a guide). Also names the field whose occurrences come earliest.
    """
    if positions.empty:
        return "**Reading.** No cooperation-field term occurs in the articles shown."
    n = len(positions)
    first = int((positions["position"] < 0.5).sum())
    share = first / n
    p_value = binomtest(first, n, 0.5).pvalue
    if p_value >= 0.05:
        where = "they are spread over both halves, no more unevenly than an even split would give"
    elif share >= CONCENTRATED_SHARE:
        where = "they concentrate in the first half, near the lead"
    elif share <= 1 - CONCENTRATED_SHARE:
        where = "they concentrate in the second half, after the lead"
    else:
        half = "first" if share > 0.5 else "second"
        where = f"they lean slightly towards the {half} half but are spread over both"
    by_field = positions.groupby("topic")["position"].median().sort_values()
    earliest = (
        f" The field named earliest is **{by_field.index[0]}** (median position "
        f"{by_field.iloc[0]:.2f}); the latest **{by_field.index[-1]}** ({by_field.iloc[-1]:.2f})."
        if len(by_field) > 1
        else ""
    )
    return (
        f"**Reading.** {share:.0%} of the {n:,} cooperation-term occurrences fall in the first "
        f"half of their article (binomial test against 50%: p = {p_value:.2g}): {where}." + earliest
    )


def read_pair(side: pd.DataFrame, name_a: str, name_b: str) -> str:
    """The largest gaps between two articles' concept rates, and how many concepts both name."""
    if side.empty:
        return f"**Reading.** Neither {name_a} nor {name_b} names a concept of the lexicon."
    biggest = side.reindex(side["difference"].abs().sort_values(ascending=False).index).head(3)
    gaps = "; ".join(
        f"*{_readable(r.concept)}* {count_noun(int(r.count_a), 'mention')} in {name_a} vs "
        f"{r.count_b:.0f} in {name_b}"
        for r in biggest.itertuples()
    )
    both = int(((side["count_a"] > 0) & (side["count_b"] > 0)).sum())
    return (
        f"**Reading.** The largest gaps: {gaps}. Both articles name {both} of the "
        f"{len(side)} concepts either names."
    )


def read_group_keyness(
    table: pd.DataFrame,
    columns: Sequence[str],
    n_articles: int,
    g2_critical: float,
    left_out: int = 0,
    max_listed: int = 6,
    spread: pd.Series | None = None,
    spread_rule: str = "",
) -> str:
    """What the group comparison found: for each column, each group's strongest key term.

    Input: ``group_keyness`` output, the columns it was computed by, the number
    of articles, the G² critical value and the groups the chart left out;
    optionally ``spread``, a True/False per row (``frequency.spread_over_group``),
    in which case only the True rows are read and ``spread_rule`` says what they
    are. Says so in one sentence when no column qualified, no group could be
    compared, or no group has such a term.
    """
    if not columns:
        return (
            "**Reading.** No documents.csv column splits the "
            f"{count_noun(n_articles, 'article')} into "
            "2–20 groups of at least 2 articles (language, outlet, year and any metadata column "
            "were checked): no group comparison; group_keyness.csv holds its header only."
        )
    if table.empty:
        return (
            f"**Reading.** Grouping by {', '.join(columns)} leaves no group of at least 2 articles "
            "with at least 2 other articles of its language to compare with: no group comparison; "
            "group_keyness.csv holds its header only."
        )
    used_by = ""
    if spread is not None:
        table = table[spread.astype(bool)]
        used_by = f", among the terms {spread_rule},"
        if table.empty:
            return (
                f"**Reading.** No group uses a term {spread_rule} more than the rest of its "
                "language: what sets groups apart here is single articles' vocabulary "
                "(group_keyness.csv lists every term)."
            )
    # a reliable term first (as the index picks), the strongest unreliable one only if none is
    over = table[table["log_ratio"] > 0].assign(unreliable=lambda t: ~t["reliable"].astype(bool))
    over = over.sort_values(["unreliable", "g2", "term"], ascending=[True, False, True])
    strongest = over.groupby(["group_by", "group", "language"], sort=True).head(1)
    parts = []
    for column, rows in strongest.groupby("group_by", sort=False):
        listed = rows.sort_values("g2", ascending=False).head(max_listed)
        terms = "; ".join(
            f"{r.group} ({r.language}): *{_readable(r.term)}* (G² {r.g2:.1f}, log ratio "
            f"{r.log_ratio:+.1f}{'' if r.reliable else ', unreliable'})"
            for r in listed.itertuples()
        )
        more = f"; {len(rows) - len(listed)} more in the CSV" if len(rows) > len(listed) else ""
        parts.append(f"by **{column}** ({count_noun(len(rows), 'group')}): {terms}{more}")
    significant = int((strongest["g2"] >= g2_critical).sum())
    reliable = int(strongest["reliable"].astype(bool).sum())
    chart = f" The chart leaves out {left_out} smaller groups." if left_out else ""
    return (
        f"**Reading.** Each group's most distinctive term{used_by} against the other articles "
        "of its language whose value is known — "
        + "; ".join(parts)
        + f". Of these {len(strongest)} terms, {significant} pass the G² threshold and "
        f"{reliable} are reliable (all expected counts at least 5).{chart}"
    )


def read_pairs_found(
    pairs: pd.DataFrame,
    documents: pd.DataFrame,
    profiles: pd.DataFrame,
    shown: int = 3,
    max_days: int = 1,
    min_cosine: float = 0.8,
) -> str:
    """How many pairs of one report in two languages there are, or why none was found.

    Input: ``find_translation_pairs`` output, documents.csv, the profiles it
    compared, how many pairs the notebook shows and the finder's thresholds.
    """
    if not pairs.empty:
        given = int((pairs["source"] == "given").sum())
        source = f" ({given} named by you, {len(pairs) - given} found)" if given else " found"
        limit = f"; the first {shown} are shown" if len(pairs) > shown else ""
        counted = count_noun(len(pairs), "pair")
        return f"**{counted}** of one report in two languages{source}{limit}."
    candidates = find_translation_pairs(documents, profiles, max_days=max_days, min_cosine=-1.0)
    if documents["language"].nunique() < 2:
        why = "the corpus has articles in one language only"
    elif candidates.empty:
        why = f"no two articles in different languages are dated within {max_days} day(s)"
    else:
        why = (
            f"{count_noun(len(candidates), 'pair')} of articles in different languages are dated "
            f"within {max_days} day(s), but their concept profiles differ (best cosine "
            f"{candidates['cosine'].max():.2f}, below {min_cosine})"
        )
    return f"No pair of one report in two languages: {why}. Name pairs with `translation_pairs`."
