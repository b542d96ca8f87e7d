"""``reports/index.html``: the corpus, key figures, key findings and links to every report.

Every finding is computed from the tables of ``data/processed/`` for whatever
corpus is loaded: the groups and time findings appear when notebooks 02 and 03
wrote ``group_keyness.csv``, ``group_topic_profiles.csv`` and
``topic_trends.csv``, and are left out otherwise. Key figures are thumbnails
of the PNGs in the figures folder, linked by relative paths, so the page works
when the reports folder is sent as a zip. Every value from the data is
HTML-escaped: article text is data, never markup.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from helpers.audit import cleaning_warning, kept_share_overview
from helpers.cooccurrence import field_vocabulary, rank_pairs, with_side_by_side_share
from helpers.frequency import SPREAD_RULE, spread_over_group
from helpers.groups import coverage_caveat, grouping_columns
from helpers.labels import article_labels
from helpers.pairs import find_translation_pairs
from helpers.periods import article_periods
from helpers.readings_corpus import FEW_ARTICLES
from helpers.readings_groups import trend_reading
from helpers.readings_topics import MIN_RELATIONSHIP_SHARE
from helpers.schema import FIELDS, TOPICS
from helpers.terms import boilerplate_terms
from helpers.topics import (
    align_hand_labels,
    leading_fields,
    load_hand_labels,
    relationship_scope,
    sides_named_per_sentence,
)
from helpers.validation import FRESH_LABELS, tagger_scores
from helpers.wording import count_noun, intervals_clause

#: Beyond this many articles (or pairs, or groups) the index counts instead of listing.
MAX_ARTICLES_LISTED = 12
#: A pair of terms is a finding when seen together in at least this many sentences.
MIN_PAIR_SENTENCES = 5
#: Translation pairs: at most this many days apart, and at least this cosine of topic profiles.
PAIR_MAX_DAYS = 1
PAIR_MIN_COSINE = 0.8
#: Groups named per grouping column in a finding.
MAX_GROUPS_LISTED = 4
#: The key figures, in the order shown: (notebook prefix, figure names to try, caption).
KEY_FIGURES = (
    ("03", ("03-topic-profiles-heatmap", "03-topic-profiles-overview"),
     "Which fields the articles' sentences name"),
    ("03", ("03-topic-trends", "03-topic-timeline"), "Each field's share over time"),
    ("02", ("02-group-keyness", "02-keyness-diverging", "02-top-terms-per-article"),
     "Terms that set groups or articles apart"),
    ("04", ("04-cooperation-network", "04-cooccurrence-clustermap"),
     "Cooperation terms named in the same sentence"),
)  # fmt: skip


def _read(processed: Path, name: str) -> pd.DataFrame | None:
    path = processed / name
    return pd.read_csv(path, keep_default_na=False) if path.is_file() else None


def _term(term: str) -> str:
    return str(term).replace("_", " ")


def corpus_findings(documents: pd.DataFrame, removed: pd.DataFrame | None) -> list[str]:
    """The corpus's size and languages, the page furniture removed and the letters kept."""
    languages = documents.language.value_counts()
    dated = documents[documents.date.astype(str) != ""].date.astype(str)
    span = f", dated {dated.min()} to {dated.max()}" if len(dated) else ", none of them dated"
    undated = len(documents) - len(dated)
    findings = [
        f"{len(documents):,} articles ({languages.get('vi', 0)} Vietnamese, "
        f"{languages.get('en', 0)} English){span}"
        + (f" ({undated} undated)" if len(dated) and undated else "")
        + f": {int(documents.n_sentences.sum()):,} sentences and "
        f"{int(documents.n_terms.sum()):,} content terms after cleaning."
    ]
    if removed is not None:
        whole = removed[removed.scope == "line"] if "scope" in removed else removed
        headlines = int((whole.reason == "headline").sum())
        furniture = whole[whole.reason != "headline"]
        findings.append(
            f"{len(furniture):,} of {int(documents.n_input_lines.sum()):,} non-blank input lines "
            "were page furniture"
            + (f", {_mostly(furniture.reason)}" if len(furniture) else "")
            + f"; {count_noun(headlines, 'headline')} "
            + ("was" if headlines == 1 else "were")
            + " moved to the document titles"
            + _fragments_clause(removed)
            + "."
        )
    if "kept_share" in documents:
        overview = kept_share_overview(documents)
        findings.append(
            f"Cleaning kept {overview.overall:.1%} of all letters read; "
            f"{count_noun(overview.n_below, 'article')} keep{'s' if overview.n_below == 1 else ''} "
            f"less than {overview.threshold:.0%} and {overview.n_truncated} "
            f"end{'s' if overview.n_truncated == 1 else ''} mid-sentence (kept, flagged as "
            "truncated)."
        )
    return findings


def _mostly(reasons: pd.Series) -> str:
    """``mostly a (n), b (n), c (n)``: the three commonest removal reasons and their counts."""
    top = reasons.value_counts().head(3)
    return "mostly " + ", ".join(f"{reason} ({n})" for reason, n in top.items())


def _fragments_clause(removed: pd.DataFrame) -> str:
    """``; N fragments were cut from kept lines, mostly …`` (empty when nothing was cut)."""
    if "scope" not in removed:
        return ""
    cut = removed[removed.scope != "line"]
    if cut.empty:
        return ""
    return (
        f"; {count_noun(len(cut), 'fragment')} (captions, credits, bylines glued to prose) were "
        f"cut from lines that were kept, {_mostly(cut.reason)}"
    )


def leading_field_finding(documents: pd.DataFrame | None, wide: pd.DataFrame) -> str:
    """The field with the largest share of each article's sentences, listed or counted."""
    label_of = article_labels(documents) if documents is not None else pd.Series(dtype=object)
    leading = {doc_id: leading_fields(row) for doc_id, row in wide.iterrows()}
    if len(leading) <= MAX_ARTICLES_LISTED:
        parts = [
            f"{label_of.get(doc_id, doc_id)}: {'/'.join(fields) or 'none'} ({best:.0%})"
            for doc_id, (fields, best) in leading.items()
        ]
        return "Field with the largest share of each article's sentences: " + "; ".join(parts) + "."
    counts = pd.Series(["/".join(fields) for fields, _ in leading.values()])
    n_none = int((counts == "").sum())
    listed = ", ".join(f"{field} {n}" for field, n in counts[counts != ""].value_counts().items())
    verb = "names" if n_none == 1 else "name"
    without = f"; {count_noun(n_none, 'article')} {verb} no field" if n_none else ""
    return (
        f"Field with the largest share of the sentences, counted over {len(leading)} articles: "
        f"{listed}{without}."
    )


def relationship_scope_finding(tags: pd.DataFrame, sentences: pd.DataFrame) -> str:
    """How many articles name Russia as a party, and what share of the field tags they hold
    (``topics.relationship_scope``), with a warning when most do not name it."""
    scope = relationship_scope(tags, sides_named_per_sentence(sentences))
    n, russia, tagged = scope["articles"], scope["articles_naming_russia"], scope["tagged"]
    text = (
        f"Vietnam–Russia scope: {russia} of the {count_noun(n, 'article')} "
        f"({russia / n:.0%}) name Russia as a party, {scope['articles_naming_both']} both sides"
    )
    if tagged:
        share = scope["tagged_in_russia_articles"] / tagged
        text += f"; {share:.0%} of the {count_noun(tagged, 'field-tagged sentence')} are in them"
    if russia / n < MIN_RELATIONSHIP_SHARE:
        text += (
            ". Most articles do not name Russia, so the field profiles describe the cooperation "
            "of other parties as well"
        )
    return text + "."


def translation_pair_finding(documents: pd.DataFrame, wide: pd.DataFrame) -> str | None:
    """The translation pairs ``helpers.pairs.find_translation_pairs`` finds on topic profiles.

    ``None`` when the corpus has a single language (no pair is possible).
    """
    if documents.language.nunique() < 2:
        return None
    pairs = find_translation_pairs(
        documents, wide, max_days=PAIR_MAX_DAYS, min_cosine=PAIR_MIN_COSINE
    )
    window = f"dated at most {count_noun(PAIR_MAX_DAYS, 'day')} apart"
    if pairs.empty:
        return (
            f"No translation pair was found: no two articles in different languages, {window}, "
            f"have topic profiles with cosine similarity of at least {PAIR_MIN_COSINE}."
        )
    label_of = article_labels(documents)
    if len(pairs) <= MAX_ARTICLES_LISTED:
        listed = "; ".join(
            f"{label_of.get(r.doc_a, r.doc_a)} ({r.language_a}) and "
            f"{label_of.get(r.doc_b, r.doc_b)} ({r.language_b}), cosine similarity {r.cosine:.3f}"
            for r in pairs.itertuples()
        )
    else:
        listed = (
            f"cosine similarity from {pairs.cosine.min():.3f} to {pairs.cosine.max():.3f}, "
            f"median {pairs.cosine.median():.3f}"
        )
    return (
        f"{count_noun(len(pairs), 'translation pair')} (the same report in two languages, "
        f"{window}, "
        f"topic profiles with cosine similarity of at least {PAIR_MIN_COSINE}): {listed}."
    )


def hand_label_finding(tags: pd.DataFrame, sentences: pd.DataFrame) -> str | None:
    """F1 per field of the project's tags against the hand labels found in this corpus.

    The development-crawl labels (made blind, on text the lexicon was not written from) come
    first when they match; the seed labels are called optimistic, since the lexicon was
    written from those sentences. ``None`` when no label matches.
    """
    seeds = align_hand_labels(load_hand_labels(), sentences)
    scores = tagger_scores(sentences, {"project": tags}, seed_labels=seeds)
    scores = scores[scores.tagger == "project"]
    described = {
        "dev": "development-crawl sentences labelled blind",
        FRESH_LABELS: "of those drawn last, after the lexicon and model were settled",
        "seeds": "seed sentences the lexicon was written from (optimistic)",
    }
    parts = []
    for labels, part in scores.groupby("labels", sort=False):  # dev first, as tagger_scores
        f1, support = part.set_index("field").f1, part.set_index("field").support
        listed = ", ".join(
            f"{field} (no positive)"
            if not support[field]
            else f"{field} {f1[field]:.2f}"
            + (f" ({count_noun(int(support[field]), 'positive')})" if support[field] < 5 else "")
            for field in FIELDS
        )
        parts.append(f"against the {part.n_labelled.iloc[0]} {described[labels]}, F1 {listed}")
    if not parts:
        return None
    return "The project's field tags, scored " + "; ".join(parts) + "."


def cooccurrence_finding(
    pairs: pd.DataFrame,
    language: str = "vi",
    top_n: int = 3,
    sentences: pd.DataFrame | None = None,
) -> str | None:
    """The ``top_n`` most tightly bound pairs of cooperation terms (sentence NPMI); given the
    sentences, pairs named side by side in most of their sentences (set phrases:
    ``cooccurrence.with_side_by_side_share``) are left out and counted."""
    in_sentences = pairs[(pairs.scope == "sentence") & (pairs.language == language)]
    ranked = rank_pairs(in_sentences, set(field_vocabulary(language=language)))
    if ranked.empty:
        return None
    phrases = ""
    if sentences is not None:
        ranked = with_side_by_side_share(ranked, sentences, language)
        n_fixed = int(ranked.fixed_phrase.sum())
        ranked = ranked[~ranked.fixed_phrase]
        phrases = f", leaving out {n_fixed} named side by side as one phrase" if n_fixed else ""
        if ranked.empty:
            return None
    # a pair seen in two sentences can score as high as one seen in fifty
    top = ranked[ranked["count"] >= MIN_PAIR_SENTENCES].head(top_n)
    if top.empty:
        return None
    return (
        f"Most tightly bound pairs of the cooperation vocabulary ({language}, sentence NPMI, of "
        f"{len(ranked)} pairs{phrases}; pairs seen in at least {MIN_PAIR_SENTENCES} sentences): "
        + "; ".join(
            f"{_term(r.term_a)}–{_term(r.term_b)} {r.npmi:.2f} ({r.count} sentences)"
            for r in top.itertuples()
        )
        + "."
    )


def group_keyness_findings(
    table: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
) -> list[str]:
    """Per grouping column: each group's most distinctive term (reliable, over-used, p < 0.05,
    largest G² and, given sentences and documents, spread over the group's articles:
    ``frequency.SPREAD_RULE``), for the groups with the strongest. Given documents, only
    groups of at least ``FEW_ARTICLES`` articles of their language are read, as notebook 03
    reads groups (notebook 02 lists every group's): on the front page, a smaller group's
    terms would read as a finding when they are its few authors' habits."""
    findings = []
    reliable = table["reliable"].astype(str).isin(["1", "True", "true"])
    selected = reliable & (table.log_ratio > 0) & (table.p_value < 0.05)
    spread_rule = ""
    if sentences is not None and documents is not None:
        selected &= spread_over_group(table, sentences, documents)
        spread_rule = f", {SPREAD_RULE}"
    # the rows whose group, and the rest it is compared with, hold enough articles to be read
    # (all, without the documents)
    if documents is not None:
        sizes, rests = _group_sizes(table, documents)
        large = (sizes >= FEW_ARTICLES) & (rests >= FEW_ARTICLES)
    else:
        large = pd.Series(True, index=table.index)
    selected &= large
    # as notebook 02 by default: protocol words (titles, "hợp tác") say nothing of a group
    selected &= ~table.term.isin(boilerplate_terms())
    spread_rule += ", diplomatic boilerplate left out"
    over = table[selected]
    for group_by in sorted(set(table.group_by)):
        own = over[over.group_by == group_by]
        rows = table.group_by == group_by
        n_groups = table[rows].group.nunique()
        n_read = table[rows & large].group.nunique()
        groups = count_noun(n_groups, "group") + (
            f"; {n_read} of them {'holds' if n_read == 1 else 'hold'} at least {FEW_ARTICLES} "
            f"articles with at least as many others to compare with"
            if n_read < n_groups
            else ""
        )
        caveat = coverage_caveat(documents, group_by) if documents is not None else ""
        groups += f"; {caveat}" if caveat else ""
        if own.empty:
            findings.append(
                f"Grouped by {group_by} ({groups}): no group "
                + (f"of at least {FEW_ARTICLES} articles " if n_read < n_groups else "")
                + "uses a term reliably more than the other articles of its language whose "
                f"{group_by} is known (p < 0.05{spread_rule})."
            )
            continue
        best = own.sort_values(["g2", "group", "term"], ascending=[False, True, True])
        best = best.drop_duplicates(["group", "language"]).head(MAX_GROUPS_LISTED)
        parts = [
            f"{r.group} ({r.language}): {_term(r.term)} ({r.rel_group:.1f} vs "
            f"{r.rel_rest:.1f} per 1,000 terms, G² {r.g2:.1f})"
            for r in best.itertuples()
        ]
        findings.append(
            f"Grouped by {group_by} ({groups}), the most distinctive term "
            + (
                ("of each group" if n_read == n_groups else "of each of those")
                if len(best) == n_read
                else f"of the {len(best)} most distinct groups"
            )
            + f" (expected counts of at least 5, p < 0.05{spread_rule}): "
            + "; ".join(parts)
            + "."
        )
    return findings


def _group_sizes(table: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """For each row of group_keyness.csv, how many articles of its language its group holds,
    and how many its rest holds (the language's other articles with a known value)."""
    articles = grouping_columns(documents)
    sizes = pd.Series(0, index=table.index)
    rests = pd.Series(0, index=table.index)
    for group_by in set(table.group_by):
        if group_by not in articles:
            continue
        values = articles[group_by].fillna("").astype(str)
        counts = articles.groupby([values, "language"]).size()
        known = articles[values != ""].groupby("language").size()
        rows = table.group_by == group_by
        keys = list(zip(table.group[rows].astype(str), table.language[rows], strict=True))
        sizes[rows] = [int(counts.get(key, 0)) for key in keys]
        rests[rows] = [
            int(known.get(language, 0)) - int(counts.get((group, language), 0))
            for group, language in keys
        ]
    return sizes, rests


def group_topic_findings(table: pd.DataFrame) -> list[str]:
    """Per grouping column: the field whose share differs most between two groups of at least
    ``FEW_ARTICLES`` articles, with both 95% intervals and whether they overlap."""
    findings = []
    for group_by in sorted(set(table.group_by)):
        own = table[(table.group_by == group_by) & table.topic.isin(FIELDS)]
        # a group of a few articles moves with one of them: it is in the tables, not headlined
        own = own[pd.to_numeric(own.n_articles) >= FEW_ARTICLES]
        if own.group.nunique() < 2:
            continue
        spread = own.groupby("topic").share.agg(lambda s: s.max() - s.min())
        topic = spread.sort_values(ascending=False, kind="mergesort").index[0]
        rows = own[own.topic == topic].sort_values(["share", "group"], ascending=[False, True])
        high, low = rows.iloc[0], rows.iloc[-1]
        findings.append(
            f"Grouped by {group_by}, the field whose share differs most is {topic}: "
            f"{high.share:.0%} of the sentences of {high.group} "
            f"({count_noun(int(high.n_articles), 'article')}, "
            f"95% interval {high.ci_low:.0%}–{high.ci_high:.0%}) against {low.share:.0%} of "
            f"{low.group} ({count_noun(int(low.n_articles), 'article')}, "
            f"{low.ci_low:.0%}–{low.ci_high:.0%}); "
            f"{intervals_clause(high.ci_low, high.ci_high, low.ci_low, low.ci_high)}."
        )
    return findings


def topic_trend_finding(table: pd.DataFrame, n_undated: int = 0) -> str | None:
    """Notebook 03's reading of ``topic_trends.csv`` (``readings_groups.trend_reading``): the
    field whose share moved most between the earlier and later half of the dated articles, so
    the index and the notebook say the same thing. ``None`` for an empty table."""
    if table.empty:
        return None
    return "Over time: " + trend_reading(table, n_undated)


def skipped_files_finding(skipped: pd.DataFrame | None) -> str | None:
    """How many input files were not analysed and why (``skipped_files.csv``), or None."""
    if skipped is None or skipped.empty:
        return None
    reasons = skipped.reason.astype(str).str.replace("_", " ").value_counts()
    why = ", ".join(f"{n} {reason}" for reason, n in reasons.items())
    return (
        f"{count_noun(len(skipped), 'input file')} {'was' if len(skipped) == 1 else 'were'} "
        f"not analysed ({why}); skipped_files.csv names each file and the reason."
    )


def key_findings(processed: Path) -> list[str]:
    """Plain-text findings computed from the processed tables (missing tables are skipped)."""
    findings: list[str] = []
    documents = _read(processed, "documents.csv")
    if documents is None or documents.empty:
        return findings
    findings += corpus_findings(documents, _read(processed, "removed_lines.csv"))
    findings.append(skipped_files_finding(_read(processed, "skipped_files.csv")))
    profiles = _read(processed, "topic_profiles.csv")
    if profiles is not None and not profiles.empty:
        wide = profiles.pivot(index="doc_id", columns="topic", values="share")
        wide = wide.reindex(columns=list(TOPICS), fill_value=0.0).fillna(0.0)
        findings.append(leading_field_finding(documents, wide))
        findings.append(translation_pair_finding(documents, wide))
    tags, sentences = _read(processed, "sentence_topics.csv"), _read(processed, "sentences.csv")
    if tags is not None and sentences is not None and not tags.empty:
        findings.append(relationship_scope_finding(tags, sentences))
        findings.append(hand_label_finding(tags, sentences))
    pairs = _read(processed, "cooccurrence.csv")
    if pairs is not None and not pairs.empty:
        findings.append(cooccurrence_finding(pairs, sentences=sentences))
    keyness = _read(processed, "group_keyness.csv")
    if keyness is not None and not keyness.empty:
        findings += group_keyness_findings(keyness, sentences, documents)
    group_profiles = _read(processed, "group_topic_profiles.csv")
    if group_profiles is not None and not group_profiles.empty:
        findings += group_topic_findings(group_profiles)
    trends = _read(processed, "topic_trends.csv")
    if trends is not None and not trends.empty:
        n_undated = 0
        if documents is not None and "date" in documents:
            # as notebook 03 counts them: a date that cannot be read is no date
            n_undated = int((article_periods(documents.date, "year") == "").sum())
        findings.append(topic_trend_finding(trends, n_undated))
    return [finding for finding in findings if finding]


def key_figures(
    figures_dir: Path, reports_dir: Path, reports: Sequence[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Up to four key figures: ``(image href, report href, caption)``, hrefs relative to
    ``reports_dir``. For each entry of ``KEY_FIGURES`` the first PNG that exists is taken;
    it links to its notebook's full report when that report is listed, else to the image."""
    report_of = {name[:2]: full for name, full, _ in reports}
    chosen = []
    for prefix, names, caption in KEY_FIGURES:
        found = [figures_dir / f"{name}.png" for name in names]
        existing = [path for path in found if path.is_file()]
        if not existing:
            continue
        image = Path(os.path.relpath(existing[0], reports_dir)).as_posix()
        chosen.append((image, report_of.get(prefix, image), caption))
    return chosen


def _thumbnails(figures: list[tuple[str, str, str]]) -> str:
    if not figures:
        return ""
    cells = "".join(
        f'<figure><a href="{html.escape(report)}"><img src="{html.escape(image)}" '
        f'alt="{html.escape(caption)}" loading="lazy"></a>'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
        for image, report, caption in figures
    )
    return f'<h2>Key figures</h2><div class="figures">{cells}</div>'


def corpus_description(documents: pd.DataFrame | None) -> str:
    """What was analysed, in words: how many articles from which folder, and for what.

    The lexicon and the labels were written for Vietnam–Russia cooperation news; a
    researcher's own pages may be any news, so the page says what is loaded instead of
    assuming it (``source_file``'s first folder: ``seeds``, ``data`` …).
    """
    purpose = (
        "cleaned, segmented and analysed for the four fields of cooperation the project's "
        "lexicon names (energy, security, education, emergency response), built on "
        "Vietnam–Russia cooperation news. A field counts only in a sentence that speaks of "
        "a relationship between parties (hợp tác, ký kết, hỗ trợ …), since in other news a "
        "field word need not mean cooperation; notebook 03 scores the tags against hand "
        "labels where the corpus holds labelled sentences."
    )
    if documents is None or documents.empty:
        return "No article has been processed yet."
    total = count_noun(len(documents), "news article")
    if "source_file" not in documents:
        return f"{total}, {purpose}"
    folders = (
        documents.source_file.fillna("")
        .astype(str)
        .map(lambda p: f"{Path(p).parent}/" if str(Path(p).parent) != "." else "an unnamed folder")
    )
    parts = [f"{count_noun(n, 'article')} from {folder}" for folder, n in
             folders.value_counts().sort_index().items()]  # fmt: skip
    return f"{total} ({', '.join(parts)}), {purpose}"


def index_html(
    processed: Path,
    reports: Sequence[tuple[str, str, str]],
    figures_dir: Path | None = None,
    reports_dir: Path | None = None,
) -> str:
    """The index page. ``reports``: (notebook name, full report file, reader report file),
    the files relative to ``reports_dir``; ``figures_dir`` holds the PNGs shown as key
    figures (default: ``reports_dir/figures``; no figures when neither is given)."""
    findings = "".join(f"<li>{html.escape(f)}</li>" for f in key_findings(processed))
    documents = _read(processed, "documents.csv")
    warning = cleaning_warning(documents) if documents is not None else None
    warning_html = (
        f'<p class="warning" role="alert"><b>Check before trusting:</b> {html.escape(warning)}</p>'
        if warning
        else ""
    )
    figures = []
    if reports_dir is not None:
        figures = key_figures(figures_dir or reports_dir / "figures", reports_dir, reports)
    links = "".join(
        f'<li><b>{html.escape(name)}</b>: <a href="{html.escape(full)}">full report</a> · '
        f'<a href="{html.escape(reader)}">reader version (no code)</a></li>'
        for name, full, reader in reports
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Fields of cooperation in the news: reports</title>"
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;"
        "line-height:1.5;padding:0 1rem}h1{font-size:1.6rem}li{margin:.3rem 0}"
        ".warning{background:#fff4e5;border-left:4px solid #e69f00;padding:.6rem .9rem}"
        # two figures a row on a laptop screen: four in a row were too small to read
        ".figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));"
        "gap:1rem}figure{margin:0}figure img{width:100%;height:20rem;object-fit:contain;"
        "border:1px solid #ddd;background:#fff}figcaption{font-size:.85rem;color:#444}"
        "</style></head><body>"
        "<h1>Fields of cooperation in the news</h1>"
        f"<p>{html.escape(corpus_description(documents))} Every number below is read from "
        "<code>data/processed/</code>; each report ends with the versions, resources, "
        "parameters and input hashes that produced it.</p>"
        f"{warning_html}{_thumbnails(figures)}<h2>Key findings</h2><ul>{findings}</ul>"
        f"<h2>Reports</h2><ul>{links}</ul>"
        "</body></html>\n"
    )


def write_index(
    processed: Path,
    reports_dir: Path,
    reports: Sequence[tuple[str, str, str]],
    figures_dir: Path | None = None,
) -> Path:
    """Write ``index.html`` into ``reports_dir`` (key figures from ``figures_dir``, default
    ``reports_dir/figures``) and return its path."""
    path = reports_dir / "index.html"
    path.write_text(index_html(processed, reports, figures_dir, reports_dir), encoding="utf-8")
    return path
