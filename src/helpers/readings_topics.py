"""Readings of notebook 03: sentences whose wording is chosen by the numbers they report.

Each function takes the table a chart or a result came from and returns one
Markdown string for ``helpers.stage.show_reading``. Nothing here states a
finding in advance: a comparison is worded by its sign, a score by its size,
and an empty table says that it is empty.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from helpers.article_context import CONTEXT_FIELDS
from helpers.schema import FIELDS, TOPICS
from helpers.topic_model import CONFIDENT_CUE_KINDS, CONFIDENT_PROBABILITY
from helpers.topics import leading_fields
from helpers.validation import FRESH_LABELS, SECOND_ANNOTATOR
from helpers.wording import count_noun, list_phrase


def corpus_reading(n_sentences: int, n_documents: int, lexicon: pd.DataFrame) -> str:
    """What the notebook works on: sentences, articles and the size of the lexicon, with the
    researcher's additions when ``project_lexicon`` read some (``attrs["n_added"]``)."""
    n_added = int(lexicon.attrs.get("n_added", 0))
    added = f", {n_added} of them from your data/lexicon_additions.csv" if n_added else ""
    return (
        f"{count_noun(n_sentences, 'sentence')} from {count_noun(n_documents, 'article')}; "
        f"the lexicon has {len(lexicon)} entries for {lexicon.concept.nunique()} concepts{added}."
    )


def shown_articles_reading(n_documents: int, max_articles_shown: int) -> str:
    """Whether per-article views show every article or, above ``max_articles_shown``, groups."""
    if n_documents <= max_articles_shown:
        return f"Per-article charts and tables show all {count_noun(n_documents, 'article')}."
    return (
        f"{n_documents} articles are more than the {max_articles_shown} that per-article charts "
        "and tables can show one by one: tables count by language, charts show distributions "
        "and periods instead. The CSV files hold every article."
    )


def multi_topic_reading(tags: pd.DataFrame) -> str:
    """How many sentences name two or more topics, and how many none. The share that decides
    the wording is of the sentences naming any topic: in general news most name none."""
    multi = int((tags.n_topics >= 2).sum())
    none = int((tags.n_topics == 0).sum())
    tagged = len(tags) - none
    share = multi / tagged if tagged else 0.0
    kind = (
        "a sizeable part, as enumerations of fields would give"
        if share >= 0.2
        else "few enough that one topic per sentence would lose little"
    )
    return (
        f"{multi:,} of the {tagged:,} sentences that name a topic ({share:.0%}) name two or more "
        f"— {kind}; {none:,} of all {len(tags):,} sentences name none."
    )


def relation_gate_reading(tags: pd.DataFrame, top_n: int = 5) -> str:
    """How many sentences hold a topic's term but no relation cue (so no topic), and which
    terms go untagged most often: what the relation gate of ``topics.tag_sentences`` holds back."""
    with_terms = tags.matched_terms.fillna("").ne("")
    no_cue = tags.relation_cues.fillna("").eq("")
    held = tags[with_terms & no_cue]
    if not with_terms.any():
        return "No sentence holds a term of the lexicon."
    terms = held.matched_terms.str.split(";").explode().str.split(":").str[1]
    counts = terms.value_counts().head(top_n)
    common = ", ".join(f"«{term.replace('_', ' ')}» ({n:,})" for term, n in counts.items())
    passed = int((with_terms & ~no_cue).sum())
    text = (
        f"{passed:,} of the {int(with_terms.sum()):,} sentences holding a topic's term also speak "
        f"of a relationship between parties (a relation cue: hợp tác, ký kết, hỗ trợ, hai nước, "
        f"talks …) and are tagged; the other {len(held):,} get no topic"
    )
    untagged = f". The terms most often left untagged: {common}." if len(held) else "."
    return (
        "These are the lexicon's own tags, read sentence by sentence; the tags the project "
        "stands behind (section 2b: the model for security, the article for "
        f"{list_phrase(CONTEXT_FIELDS)}) are those of sentence_topics.csv and of notebook 04. "
        f"{text[0].upper()}{text[1:]}{untagged}"
    )


def hand_labels_reading(hand: pd.DataFrame) -> str:
    """How many hand labels still match a sentence of the corpus, from how many articles."""
    return (
        f"{count_noun(len(hand), 'hand-labelled sentence')} matched to the corpus "
        f"({count_noun(hand.attrs.get('unmatched', 0), 'label')} no longer match a sentence), from "
        f"{count_noun(hand.doc_id.nunique(), 'article')}."
    )


def _quality(f1: float) -> str:
    if f1 >= 0.9:
        return "high"
    if f1 >= 0.7:
        return "fair"
    return "low"


def lexicon_f1_reading(scores: pd.DataFrame) -> str:
    """The range of the lexicon's F1 over the four fields, and the F1 of ``other``."""
    if scores.support.sum() == 0:
        return "**Reading.** No hand-labelled sentence matches this corpus: no score to give."
    f1 = scores.set_index("topic").f1
    fields = f1[list(FIELDS)]
    other = float(f1["other"])
    comparison = "below" if other < fields.min() else "within or above"
    return (
        f"**Reading.** The lexicon's F1 on the four cooperation fields ranges from "
        f"{fields.min():.2f} ({fields.idxmin()}) to {fields.max():.2f} ({fields.idxmax()}), "
        f"{_quality(fields.min())} at worst; `other` reaches {other:.2f}, {comparison} that range."
    )


def disagreements_reading(
    disagreements: pd.DataFrame,
    n_labelled: int,
    tagger: str = "the lexicon",
    labels: str = "the hand labels",
) -> str:
    """How many disagreements of each kind ``tagger`` has with ``labels`` (the seed hand labels
    by default; notebook 03 also reads the project's tags against the development-crawl
    labels, and says which when none of them is in the corpus)."""
    if n_labelled == 0:
        return f"No sentence of {labels} is in this corpus, so no disagreement to list."
    if disagreements.empty:
        return (
            f"{tagger[:1].upper()}{tagger[1:]} agrees with {labels} on all {n_labelled} sentences."
        )
    kinds = disagreements.error.value_counts()
    per_topic = disagreements.topic.value_counts()
    worst = " and ".join(f"*{t}*" for t in per_topic[per_topic == per_topic.max()].index)
    return (
        f"{count_noun(int(kinds.get('missed', 0)), 'topic')} missed and "
        f"{count_noun(int(kinds.get('false alarm', 0)), 'false alarm')} over {n_labelled} "
        f"hand-labelled sentences; most errors ({per_topic.max()}) concern {worst}."
    )


def silhouette_reading(silhouettes: pd.DataFrame, best_k: int, chosen_k: int,
                       k_range: Sequence[int]) -> str:  # fmt: skip
    """Where the silhouette peaks, which k is used, and how separated the clusters are."""
    peak = float(silhouettes.silhouette.max())
    edge = ", at the edge of the range searched" if best_k == max(k_range) else ""
    if peak < 0.1:
        separation = "values this close to 0 mean the sentences do not fall into separate groups"
    elif peak < 0.25:
        separation = "a weak structure: the groups overlap a good deal"
    else:
        separation = "a clear structure: sentences fall into distinct groups"
    return (
        f"**Reading.** The silhouette peaks at k = {best_k} ({peak:.3f}{edge}); the analysis "
        f"below uses k = {chosen_k}; {separation}."
    )


def clusters_vs_hand_reading(comparison: pd.DataFrame, lexicon_scores: pd.DataFrame) -> str:
    """The clustering's best field F1 against the lexicon's worst, worded by which is higher."""
    if comparison.support.sum() == 0:
        return "**Reading.** No hand-labelled sentence in this corpus: the clusters are unscored."
    cluster_columns = [c for c in comparison.columns if c.startswith("clusters")]
    best_cluster = float(comparison.loc[list(FIELDS), cluster_columns].max().max())
    worst_lexicon = float(lexicon_scores.set_index("topic").f1[list(FIELDS)].min())
    verdict = (
        "so the lexicon does better on every field than the clustering on its best"
        if worst_lexicon > best_cluster
        else "so on some field the clustering matches or beats the lexicon"
    )
    reach = (
        f"the clustering matches no field (F1 0.00 on each), the lexicon reaches at least "
        f"{worst_lexicon:.2f}"
        if best_cluster == 0
        else f"the clustering reaches at best F1 = {best_cluster:.2f} on a field, the lexicon "
        f"at least {worst_lexicon:.2f}, {verdict}"
    )
    return (
        f"**Reading.** Against the hand labels {reach}. "
        "A cluster gives each sentence one topic, so it cannot recover sentences that list "
        f"several fields; on {int(comparison.support.max())} sentences at most per topic it is "
        "an exploratory check, not a measurement."
    )


def term_pairs_reading(pairs: pd.DataFrame) -> str:
    """The closest pair of terms within one field and across fields (``closest_term_pairs``)."""
    parts = []
    same = pairs[pairs.same_field]
    cross = pairs[~pairs.same_field]
    if len(same):
        first = same.iloc[0]
        parts.append(
            f"the closest pair within one field is *{first.term_a}* – *{first.term_b}* "
            f"(distance {first.distance:.2f})"
        )
    if len(cross):
        first = cross.iloc[0]
        parts.append(
            f"the closest pair across fields is *{first.term_a}* – *{first.term_b}* "
            f"({first.distance:.2f}): they are named in the same sentences"
        )
    if not parts:
        parts.append("no two single terms join before larger groups form")
    return (
        "**Reading.** Label colours show each term's lexicon topic; "
        + "; ".join(parts).replace("_", " ")
        + "."
    )


def leading_fields_reading(shares: pd.DataFrame) -> str:
    """Each article's leading field(s) and their share (rows: articles, columns: topics)."""
    described = []
    for article, row in shares.iterrows():
        fields, best = leading_fields(row)
        described.append(
            f"{article}: **{', '.join(fields)}** ({best:.0%})" if fields else f"{article}: no field"
        )
    return (
        "**Reading.** The field(s) with the largest share of each article's sentences: "
        + "; ".join(described)
        + "."
    )


def timeline_reading(dated: pd.DataFrame, label_of: pd.Series) -> str:
    """The date span of the dated articles and which number is which article."""
    n_dated = dated.doc_id.nunique()
    numbered = sorted(label_of[d] for d in dated.doc_id.unique())
    return (
        f"**Reading.** {count_noun(n_dated, 'dated article')} from {dated.date.min():%d %b %Y} to "
        f"{dated.date.max():%d %b %Y}; one point is one article, so the lines trace which "
        "article was about what, not a trend. Numbers above the chart: " + "; ".join(numbered) + "."
    )


def enumerations_reading(fields: pd.DataFrame, by: str = "article") -> str:
    """How many enumerations and items were found; ``by`` names the rows of the table below."""
    if fields.empty:
        return "No enumeration of fields found."
    n_lists = fields.groupby(["doc_id", "sent_id", "list_no"]).ngroups
    return (
        f"{count_noun(n_lists, 'enumeration')}, {count_noun(len(fields), 'item')}; "
        f"items per {by} and topic:"
    )


def unmapped_items_reading(fields: pd.DataFrame) -> str:
    """The enumerated items the lexicon maps to no topic."""
    unmapped = fields[fields.topic == "unmapped"].item.str.replace("_", " ").tolist()
    return f"Items the lexicon does not map: {', '.join(unmapped) or 'none'}."


def article_clusters_reading(summary: pd.DataFrame, n_articles: int, min_articles: int) -> str:
    """How many article clusters there are and what sets each apart, or why there are none.

    Input: ``helpers.topics.article_cluster_summary`` output (empty when the
    corpus was too small), the number of articles and the clustering threshold.
    Each cluster is described by the topic whose mean share is furthest above
    the corpus mean (or "no field stands out" when none is above it).
    """
    if summary.empty or len(summary) < 2:
        return (
            f"Grouping articles by their profiles is skipped: {count_noun(n_articles, 'article')}, "
            f"fewer than the {min_articles} a grouping needs to mean more than the heatmap "
            "of every article above."
        )
    overall = summary.loc["all"]
    clusters = summary.drop(index="all")
    described = []
    for number, row in clusters.iterrows():
        excess = row[list(TOPICS)] - overall[list(TOPICS)]
        topic = excess.idxmax()
        what = (
            f"more *{topic}* ({row[topic]:.0%} of sentences vs {overall[topic]:.0%} overall)"
            if excess[topic] > 0.005
            else "no topic above the corpus mean"
        )
        described.append(f"cluster {number} ({count_noun(int(row.articles), 'article')}): {what}")
    return (
        f"**Reading.** {len(clusters)} clusters of {int(overall.articles)} articles; "
        + "; ".join(described)
        + "."
    )


def translation_pairs_reading(pairs: pd.DataFrame, documents: pd.DataFrame, shown: int,
                              max_days: int = 1, min_cosine: float = 0.8) -> str:  # fmt: skip
    """How many translation pairs there are (given, found) or, when none, why none was found.

    Input: ``helpers.pairs.find_translation_pairs`` output, documents.csv, how
    many pairs the notebook shows, and the search's limits (for the sentence).
    """
    languages = documents.language.value_counts()
    if pairs.empty:
        if len(languages) < 2:
            why = f"every article is in one language ({languages.index[0]}), so none can be found"
        else:
            counts = ", ".join(f"{n} in {lang}" for lang, n in languages.sort_index().items())
            why = (
                f"among {counts}, no two articles of different languages dated within "
                f"{count_noun(max_days, 'day')} of each other have topic profiles with cosine "
                f"≥ {min_cosine}"
            )
        return (
            f"No translation pair: none is named in `translation_pairs`, and {why}. Name pairs "
            'as `"idA,idB"` in `translation_pairs` to compare two versions of one report.'
        )
    given = int((pairs.source == "given").sum())
    found = len(pairs) - given
    more = f"; the first {shown} are shown" if len(pairs) > shown else ""
    return (
        f"{count_noun(len(pairs), 'translation pair')} ({given} named in `translation_pairs`, "
        f"{found} found by language, date and profile){more}."
    )


def pair_reading(pair: pd.Series, side: pd.DataFrame, documents: pd.DataFrame) -> str:
    """How alike one pair's topic profiles are, and where they differ most.

    Input: one row of ``find_translation_pairs``, the ``helpers.topics.pair_profiles``
    table and documents.csv (for the sentence counts, since shares of different
    numbers of sentences are not the same evidence).
    """
    names = side.columns[:2]
    gap = side.difference.abs().idxmax()
    if pd.isna(pair.cosine):
        likeness = "one of the two has no profile, so no cosine"
    else:
        word = "nearly the same" if pair.cosine >= 0.95 else (
            "similar" if pair.cosine >= 0.8 else "different")  # fmt: skip
        likeness = f"cosine similarity **{pair.cosine:.3f}** — {word} profiles"
    n_sentences = documents.set_index("doc_id").n_sentences.astype(int)
    n_a, n_b = int(n_sentences[pair.doc_a]), int(n_sentences[pair.doc_b])
    lengths = "the same number of sentences" if n_a == n_b else f"{n_a} vs {n_b} sentences"
    if abs(side.difference[gap]) < 0.005:
        where = "no topic's share differs between them"
    else:
        where = (
            f"the largest gap is *{gap}* ({side.loc[gap, names[0]]:.0%} vs "
            f"{side.loc[gap, names[1]]:.0%} of sentences)"
        )
    source = "named by the researcher" if pair.source == "given" else "found"
    return f"**Reading.** {names[0]} and {names[1]} ({source}): {likeness}; {where}; {lengths}."


def leading_counts_reading(counts: pd.Series) -> str:
    """How many articles lead with each field (``helpers.topics.leading_field_counts``)."""
    fields = counts.drop("no field").sort_values(ascending=False, kind="mergesort")
    parts = [f"{count_noun(int(n), 'article')} with *{field}*" for field, n in fields.items() if n]
    none = int(counts["no field"])
    lead = "; ".join(parts) if parts else "no article leads with a field"
    return (
        f"**Reading.** The field with the largest share of an article's sentences: {lead} "
        f"(an article tied between fields counts for each); {count_noun(none, 'article')} "
        f"{'names' if none == 1 else 'name'} no field."
    )


def model_reading(reason: str | None, lexicon_tags: pd.DataFrame, model_tags: pd.DataFrame) -> str:
    """What the seeded model did on this corpus, or why it was not fitted.

    Input: ``run_topic_model``'s reason (None when fitted), the lexicon's tags
    and the model's columns. Output: one sentence comparing how many sentences
    each marks with a field, and how many field tags the model adds.
    """
    if reason is not None:
        return f"**No topic model on this corpus.** {reason}"
    n = len(lexicon_tags)
    keys = ["doc_id", "sent_id"]
    joined = lexicon_tags[[*keys, *FIELDS]].merge(model_tags, on=keys, how="left")
    model_fields = joined[[f"model_{f}" for f in FIELDS]].fillna(0).to_numpy(dtype=int)
    lexicon_fields = joined[list(FIELDS)].to_numpy(dtype=int)
    added = int(((model_fields == 1) & (lexicon_fields == 0)).sum())
    model_share = (model_fields.max(axis=1) == 1).mean()
    lexicon_share = (lexicon_fields.max(axis=1) == 1).mean()
    return (
        f"The seeded model marks {model_share:.1%} of the {n:,} sentences with at least one "
        f"field, the lexicon {lexicon_share:.1%}; "
        f"the model gives {added:,} field tags the lexicon does not."
    )


def rule_reading(rule: dict[str, str], in_article: Sequence[str] = ()) -> str:
    """Which tags the project stands behind, per field, and what the ``confident`` rule does
    when a field uses it. Input: the rule per field (``topic_model.project_rule``) and the
    fields whose lexicon tags are read in the article (``article_context.CONTEXT_FIELDS``)."""
    by_rule: dict[str, list[str]] = {}
    for field, name in rule.items():
        shown = f"{name} in its article" if field in in_article and name == "lexicon" else name
        by_rule.setdefault(shown, []).append(field)
    parts = [f"{', '.join(fields)}: {name}" for name, fields in by_rule.items()]
    return (
        "The tags written to `sentence_topics.csv` (`energy` … `emergency`) and used from here "
        f"on are, per field, {'; '.join(parts)} (`helpers.topic_model.COMBINATION_RULE`, whose "
        "comment says on which labels each was chosen); the model's own tags are the `model_*` "
        "columns."
    ) + (
        f" `confident` adds to the lexicon's tags the sentences whose most probable topic is the "
        f"field at {CONFIDENT_PROBABILITY:.0%} or more and which carry a cue of "
        f"{_cue_kinds_in_words()} (not a bare exchange or a naming of the parties)."
        if "confident" in by_rule
        else ""
    )


def context_reading(
    tags: pd.DataFrame, in_context: pd.DataFrame, openings: Mapping[str, int]
) -> str:
    """How many tags the article context adds per field (``article_context``): ``tags`` is
    ``tag_sentences`` output, ``in_context`` the same after ``with_article_context``, and
    ``openings`` the first sentences that open the article with its title, per field
    (``article_context.CONTEXT_OPENINGS``)."""
    added = {
        field: int(((in_context[field] == 1) & (tags[field] == 0)).sum()) for field in openings
    }
    listed = ", ".join(f"{count_noun(n, f'{field} tag')}" for field, n in added.items())
    where = "; ".join(
        f"{field}: its title" + (f" or first {count_noun(n, 'sentence')}" if n else "")
        for field, n in openings.items()
    )
    others = [field for field in FIELDS if field not in openings]
    return (
        f"The article's context adds {listed}: sentences that name the field without a relation "
        f"cue, in an article whose opening is tagged with it ({where}; the guideline reads each "
        'sentence in its article: "hàng cứu trợ sẽ được phân phối tới các tỉnh" under a '
        "headline on Russia's relief flight)."
    ) + (
        f" {' and '.join(others).capitalize()} {'keeps' if len(others) == 1 else 'keep'} the "
        "sentence's own evidence: on a general crawl "
        "the context added tags that were mostly wrong there (`helpers.article_context` gives "
        "the figures)."
        if others
        else ""
    )


def _cue_kinds_in_words() -> str:
    """``CONFIDENT_CUE_KINDS`` as a phrase: "cooperation, agreement or assistance"."""
    return list_phrase(list(CONFIDENT_CUE_KINDS), "or")


def validation_reading(scores: pd.DataFrame) -> str:
    """F1 ranges per tagger on each label set, and the weakest field of the project's tags."""
    if scores.empty:
        return (
            "No labelled sentence is in this corpus (neither the seed hand labels nor the "
            "development-crawl labels match), so the tags cannot be scored here."
        )
    sentences = []
    for labels, part in scores.groupby("labels", sort=False):
        name = {
            "seeds": "seed hand labels (the sentences the lexicon was written from: optimistic)",
            FRESH_LABELS: (
                "of these drawn last, after the lexicon and the model were settled (the "
                "out-of-sample figure)"
            ),
        }.get(labels, "development-crawl labels (blind)")
        human = part[part.tagger == SECOND_ANNOTATOR]
        part = part[part.tagger != SECOND_ANNOTATOR]
        # a field without a labelled positive has no F1 to speak of (it would read as 0.00)
        unscored = sorted(set(part.field[part.support == 0]), key=list(FIELDS).index)
        part = part[part.support > 0]
        if part.empty:
            continue
        ranges = "; ".join(
            f"{tagger} {group.f1.min():.2f}–{group.f1.max():.2f}"
            for tagger, group in part.groupby("tagger", sort=False)
        )
        n_labelled = part.n_labelled.iloc[0]
        fields = "the four fields"
        if unscored:
            verb = "has" if len(unscored) == 1 else "have"
            fields = f"the fields with a labelled positive ({' and '.join(unscored)} {verb} none)"
        sentences.append(f"On the {n_labelled} {name}, F1 across {fields}: {ranges}.")
        if len(human):
            sentences.append(
                f"A second annotation of {human.n_labelled.iloc[0]} of these sentences, made "
                f"blind to the first, agrees with it at F1 {human.f1.min():.2f}–"
                f"{human.f1.max():.2f}: the labels can be reproduced by a reader, so the distance "
                f"from there to the taggers' scores is the taggers'. (An upper bound: the second "
                f"annotators had the guideline's hard cases, which describe some of these "
                f"sentences and how they were decided.)"
            )
    return " ".join(sentences)


def additions_precision_reading(precision: pd.DataFrame, field: str = "security") -> str:
    """What ``validation.additions_precision`` found, in a sentence; blank when nothing matched."""
    if precision.empty or not precision.tagged.sum():
        return ""
    by_source = precision.set_index("source")
    parts = [
        f"{what} were right {count_noun(int(row.correct), 'time')} in {int(row.tagged)} "
        f"({row.precision:.2f})"
        for what, row in (
            (f"the lexicon's {field} tags", by_source.loc["lexicon"]),
            ("the sentences the model adds", by_source.loc["added"]),
        )
        if row.tagged
    ]
    return (
        f"On the labelled sentences chosen by the tags themselves (the guideline's fifth draw, "
        f"world news of the 2017 crawl), {' and '.join(parts)}. Read the model's additions as "
        f"leads to check in their article, not as findings."
    )


def missed_terms_reading(
    missed: pd.DataFrame, reason: str | None, drifted: dict[str, list[str]] | None = None
) -> str:
    """How many candidate terms per field the model proposes, or why there are none; which
    fields' topics drifted from their seed words (``topic_model.drifted_fields``)."""
    if reason is not None:
        return "No model, so no candidate terms: the lexicon is used as it is."
    drift = "".join(
        f" The {field} topic did not form around its seed words (its heaviest terms: "
        f"{', '.join(term.replace('_', ' ') for term in top[:5])}): it proposes no term, and "
        f"its model tags follow that other subject."
        for field, top in (drifted or {}).items()
    )
    if missed.empty:
        return "No field topic proposes a term outside the lexicon." + drift
    counts = missed.groupby("topic", sort=False).size()
    listed = "; ".join(
        f"{field}: {', '.join(missed[missed.topic == field].term.head(3).str.replace('_', ' '))}"
        for field in counts.index
    )
    return (
        f"{len(missed)} candidate terms for {len(counts)} fields; the strongest per field are "
        f"{listed}." + drift
    )


#: Below this share of articles naming Russia, the reading warns that the profiles describe
#: other cooperation as much as the two sides'.
MIN_RELATIONSHIP_SHARE = 0.5


def relationship_scope_reading(scope: Mapping[str, int]) -> str:
    """How much of the corpus, and of its field tags, is about Vietnam and Russia
    (``topics.relationship_scope``), and a warning when most articles do not name Russia: the
    tags read cooperation between any parties, as the guideline does."""
    n, russia = scope["articles"], scope["articles_naming_russia"]
    tagged = scope["tagged"]
    if not n:
        return "No article to read."
    share = russia / n
    text = (
        f"**How much of this is the Vietnam–Russia relationship?** {russia} of the "
        f"{count_noun(n, 'article')} ({share:.0%}) name Russia as a party in their text (by "
        f"name, its capital or a state firm), {scope['articles_naming_both']} name both sides. "
    )
    if tagged:
        in_russia, both = scope["tagged_in_russia_articles"], scope["tagged_naming_both"]
        text += (
            f"Of the {count_noun(tagged, 'sentence')} tagged with a field, {in_russia} "
            f"({in_russia / tagged:.0%}) are in those articles and {both} ({both / tagged:.0%}) "
            "name both sides themselves. "
        )
    if share < MIN_RELATIONSHIP_SHARE:
        text += (
            "*Most articles here do not name Russia:* a field is tagged wherever parties "
            "cooperate, so the profiles below describe whatever cooperation these articles "
            "report (other countries', provinces', firms'), not Vietnam–Russia cooperation "
            "alone. Keep only the articles you mean to study in `data/raw/` to profile them."
        )
    return text.rstrip()
