"""Validation of sentence taggers against the development-crawl hand labels.

``resources/dev_labels.csv`` labels sentences of the 600-page development crawl
(guideline: ``resources/hand_labels_guideline.md``). It holds no text: a label
names its sentence by ``file`` (``doc_id`` + ``.txt``) and ``sentence_sha256``
(SHA-256 of the NFC-normalised sentence text). A label whose sentence changed
(a cleaning rule moved one character) no longer matches: it is reported as
unmatched, never dropped silently.
"""

from __future__ import annotations

import hashlib
import unicodedata
from importlib import resources

import pandas as pd
from sklearn.metrics import precision_recall_fscore_support

from helpers.schema import FIELDS, TOPICS

#: The columns of ``f1_by_field``'s table.
F1_COLUMNS = ("tagger", "field", "precision", "recall", "f1", "support")
#: The columns of ``dev_labels.csv`` besides the five topics.
DEV_LABEL_KEYS = ("file", "sentence_sha256", "stratum")


#: Dev-label strata whose sentences were chosen by a tagger's output (the fifth draw: sentences
#: the project's security rule adds, and sentences the lexicon tags; the sixth: sentences a
#: withdrawn cooperation-article rule added). They measure the
#: precision of those tags; in an F1 table they would over-weight what the tagger marks, so
#: ``load_dev_labels`` leaves them out unless asked.
TAGGER_CHOSEN_STRATA = (
    "security_added_strong_5", "security_added_weak_5", "security_lexicon_5",
    "cooperation_article_added_6",
)  # fmt: skip
#: The fifth draw's strata: the precision of the project's security tags.
SECURITY_PRECISION_STRATA = TAGGER_CHOSEN_STRATA[:3]


def load_dev_labels(tagger_chosen: bool = False) -> pd.DataFrame:
    """The packaged dev labels: ``file``, ``sentence_sha256``, ``stratum`` and one 0/1 per topic.

    The strata of ``TAGGER_CHOSEN_STRATA`` are left out unless ``tagger_chosen`` is true.
    """
    path = resources.files("helpers.resources").joinpath("dev_labels.csv")
    with path.open(encoding="utf-8") as stream:
        table = pd.read_csv(stream, dtype={"file": str, "sentence_sha256": str, "stratum": str})
    missing = set(DEV_LABEL_KEYS) | set(TOPICS)
    missing -= set(table.columns)
    if missing:
        raise ValueError(f"dev_labels.csv lacks columns {sorted(missing)}")
    if tagger_chosen:
        return table
    return table[~table.stratum.isin(TAGGER_CHOSEN_STRATA)].reset_index(drop=True)


def sentence_sha256(text: str) -> str:
    """SHA-256 hex digest of the NFC-normalised text encoded as UTF-8 (the labels' key)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def align_dev_labels(
    labels: pd.DataFrame, sentences: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Attach ``doc_id`` and ``sent_id`` to each label by file and sentence hash.

    Input: the labels (``load_dev_labels``) and a ``sentences.csv`` table
    (``doc_id``, ``sent_id``, ``text``). Output: ``(matched, unmatched)``;
    ``matched`` holds the label columns plus ``doc_id`` and ``sent_id``,
    ``unmatched`` the label rows whose sentence is not in the table (a changed
    sentence, or an article not loaded). When one article holds the same
    sentence twice the label goes to its first occurrence (the text, hence the
    label, is the same).
    """
    keys = pd.DataFrame(
        {
            "file": sentences.doc_id.astype(str) + ".txt",
            "sentence_sha256": sentences.text.map(sentence_sha256),
            "doc_id": sentences.doc_id,
            "sent_id": sentences.sent_id,
        }
    )
    keys = keys.sort_values(["doc_id", "sent_id"]).drop_duplicates(["file", "sentence_sha256"])
    merged = labels.merge(keys, on=["file", "sentence_sha256"], how="left", indicator=True)
    found = merged._merge == "both"
    matched = merged[found].drop(columns="_merge").reset_index(drop=True)
    matched["sent_id"] = matched.sent_id.astype(int)
    unmatched = labels[~found.to_numpy()].reset_index(drop=True)
    return matched, unmatched


def f1_by_field(
    truth: pd.DataFrame,
    predicted_by_tagger: dict[str, pd.DataFrame],
    fields: tuple[str, ...] = FIELDS,
) -> pd.DataFrame:
    """Precision, recall, F1 and support per tagger and field.

    Input: ``truth`` with ``doc_id``, ``sent_id`` and one 0/1 column per field;
    ``{tagger name: table of the same shape}``. Every truth sentence must be in
    each tagger's table (``ValueError`` otherwise: a missing prediction is not a
    zero). Output: ``tagger``, ``field``, ``precision``, ``recall``, ``f1``,
    ``support`` (positives in the truth); scikit-learn's
    ``precision_recall_fscore_support`` with ``zero_division=0``.
    """
    rows = []
    keys = ["doc_id", "sent_id"]
    for tagger, predicted in predicted_by_tagger.items():
        joined = truth[[*keys, *fields]].merge(
            predicted[[*keys, *fields]], on=keys, how="left", suffixes=("_true", "_pred")
        )
        pred_columns = [f"{field}_pred" for field in fields]
        if joined[pred_columns].isna().any(axis=None):
            raise ValueError(f"tagger {tagger!r} has no tags for some labelled sentences")
        precision, recall, f1, support = precision_recall_fscore_support(
            joined[[f"{field}_true" for field in fields]].to_numpy(dtype=int),
            joined[pred_columns].to_numpy(dtype=int),
            average=None,
            zero_division=0,
        )
        for i, field in enumerate(fields):
            rows.append((tagger, field, precision[i], recall[i], f1[i], int(support[i])))
    return pd.DataFrame(rows, columns=list(F1_COLUMNS))


def recovered_share(
    truth: pd.DataFrame,
    lexicon_tags: pd.DataFrame,
    tags: pd.DataFrame,
    fields: tuple[str, ...] = FIELDS,
) -> pd.DataFrame:
    """Per field: labelled positives the lexicon misses, and how many of those ``tags`` find.

    Output columns: ``field``, ``positives``, ``missed_by_lexicon``,
    ``recovered`` (of the missed, tagged by ``tags``), ``recovered_share``
    (``recovered / missed_by_lexicon``, NaN when nothing was missed) and
    ``added_false`` (labelled negatives the lexicon leaves out but ``tags``
    marks: the price of the recovery).
    """
    keys = ["doc_id", "sent_id"]
    joined = (
        truth[[*keys, *fields]]
        .merge(lexicon_tags[[*keys, *fields]].add_prefix("lex_"), left_on=keys,
               right_on=[f"lex_{k}" for k in keys], how="left")
        .merge(tags[[*keys, *fields]].add_prefix("new_"), left_on=keys,
               right_on=[f"new_{k}" for k in keys], how="left")
    )  # fmt: skip
    rows = []
    for field in fields:
        positive = joined[field] == 1
        lexicon_off = joined[f"lex_{field}"].fillna(0) == 0
        tagged = joined[f"new_{field}"].fillna(0) == 1
        missed = int((positive & lexicon_off).sum())
        recovered = int((positive & lexicon_off & tagged).sum())
        rows.append({
            "field": field,
            "positives": int(positive.sum()),
            "missed_by_lexicon": missed,
            "recovered": recovered,
            "recovered_share": recovered / missed if missed else float("nan"),
            "added_false": int((~positive & lexicon_off & tagged).sum()),
        })  # fmt: skip
    return pd.DataFrame(rows)


#: Dev-label strata drawn and labelled last (2026-11-27, the fourth draw), after the lexicon,
#: the relation cues and the project's combination rule were frozen and before any tagger
#: output on their sentences was looked at: the out-of-sample figure. A later change to the
#: lexicon or the model that is judged on them makes them one more development set, and the
#: guideline must say so (it does for the second and third draws, now development labels).
FRESH_STRATA = ("cooperation_4", "random_4")
#: The name under which ``tagger_scores`` reports those strata (a subset of ``dev``).
FRESH_LABELS = "dev, fresh"


def tagger_scores(
    sentences: pd.DataFrame,
    taggers: dict[str, pd.DataFrame],
    seed_labels: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """F1 per field of each tagger on every label set that matches this corpus.

    Input: sentences.csv, ``{tagger name: tags}`` (doc_id, sent_id, one 0/1 per
    field) and optionally the seed hand labels already aligned to the corpus
    (``topics.align_hand_labels``). The dev labels are aligned here by file and
    hash. Output: ``f1_by_field`` rows with a ``labels`` column (``dev``,
    ``FRESH_LABELS`` for the dev labels of ``FRESH_STRATA`` again on their own, or
    ``seeds``) and ``n_labelled`` (the label set's matched sentences); empty
    when no label matches (a corpus without the seeds or the dev crawl). On the
    dev labels a row ``second annotator`` scores the second, independent
    annotation (``annotator_agreement``): the ceiling a tagger can be held to.
    """
    parts = []
    dev, _ = align_dev_labels(load_dev_labels(), sentences)
    fresh = dev[dev.stratum.isin(FRESH_STRATA)] if "stratum" in dev else dev.iloc[:0]
    for name, truth in (("dev", dev), (FRESH_LABELS, fresh), ("seeds", seed_labels)):
        if truth is None or truth.empty:
            continue
        scores = f1_by_field(truth, taggers)
        parts.append(scores.assign(labels=name, n_labelled=len(truth)))
    if not dev.empty:
        agreement = annotator_agreement(dev, sentences)
        if len(agreement):
            parts.append(agreement.assign(labels="dev"))
    columns = ["labels", "n_labelled", "tagger", "field", "precision", "recall", "f1", "support"]
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.concat(parts, ignore_index=True)[columns]


def align_tagger_chosen_labels(
    sentences: pd.DataFrame, strata: tuple[str, ...] = TAGGER_CHOSEN_STRATA
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The labels of ``strata`` (tagger-chosen ones) aligned to ``sentences``
    (``align_dev_labels``)."""
    labels = load_dev_labels(tagger_chosen=True)
    return align_dev_labels(labels[labels.stratum.isin(strata)], sentences)


def additions_precision(
    sentences: pd.DataFrame, lexicon_tags: pd.DataFrame, project: pd.DataFrame,
    field: str = "security",
) -> pd.DataFrame:  # fmt: skip
    """How often a field's tags are right on the labels of ``SECURITY_PRECISION_STRATA``.

    Input: sentences.csv, the lexicon's tags and the project's (doc_id, sent_id, one 0/1 per
    field). Output: one row per source of the project's tag, ``lexicon`` (the lexicon tags
    the sentence) and ``added`` (only the project's rule does), with ``tagged`` (labelled
    sentences so tagged), ``correct`` (of those, labelled with the field by the first
    annotator) and ``precision``; empty when no such label matches this corpus. A precision,
    not a recall: these sentences were chosen because a tagger marked them.
    """
    columns = ["source", "tagged", "correct", "precision"]
    chosen, _ = align_tagger_chosen_labels(sentences, SECURITY_PRECISION_STRATA)
    if chosen.empty:
        return pd.DataFrame(columns=columns)
    keys = ["doc_id", "sent_id"]
    joined = (
        chosen[[*keys, field]]
        .merge(lexicon_tags[[*keys, field]].rename(columns={field: "lexicon"}), on=keys)
        .merge(project[[*keys, field]].rename(columns={field: "project"}), on=keys)
    )
    rows = []
    for source, tagged in (
        ("lexicon", joined.lexicon.eq(1)),
        ("added", joined.project.eq(1) & joined.lexicon.eq(0)),
    ):
        correct = int(joined[field][tagged].sum())
        n_tagged = int(tagged.sum())
        rows.append((source, n_tagged, correct, correct / n_tagged if n_tagged else float("nan")))
    return pd.DataFrame(rows, columns=columns)


#: The tagger name under which the second annotator's labels are scored.
SECOND_ANNOTATOR = "second annotator"


def load_second_annotation() -> pd.DataFrame:
    """``dev_labels_second.csv``: the dev-label sentences labelled again, blind, by a second
    annotator (guideline, "Agreement between annotators"). Columns: ``file``,
    ``sentence_sha256`` and one 0/1 per topic."""
    path = resources.files("helpers.resources").joinpath("dev_labels_second.csv")
    with path.open(encoding="utf-8") as stream:
        return pd.read_csv(stream, dtype={"file": str, "sentence_sha256": str})


def annotator_agreement(dev: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """F1 of the second annotation against the first, per field, on the matched dev labels.

    Input: the aligned dev labels (``align_dev_labels``) and sentences.csv.
    Output: ``f1_by_field`` rows for the tagger ``SECOND_ANNOTATOR``, computed
    on the sentences both annotations label (F1 between two annotators is
    symmetric: either may be taken as the truth), with ``n_labelled`` (how many
    sentences that is); empty when no sentence has both.
    """
    second, _ = align_dev_labels(load_second_annotation(), sentences)
    keys = ["doc_id", "sent_id"]
    both = dev.merge(second[keys], on=keys)
    if both.empty:
        return pd.DataFrame(columns=[*F1_COLUMNS, "n_labelled"])
    return f1_by_field(both, {SECOND_ANNOTATOR: second}).assign(n_labelled=len(both))


def f1_table(scores: pd.DataFrame) -> pd.DataFrame:
    """``tagger_scores`` as a table to read: one row per label set and tagger, one F1 column
    per field headed with the field's number of labelled positives."""
    if scores.empty:
        return scores
    support = scores.groupby(["labels", "field"]).support.first()
    # a field without a labelled positive has no F1: blank, not 0
    scored = scores.assign(f1=scores.f1.where(scores.support > 0))
    order = pd.MultiIndex.from_frame(scored[["labels", "tagger"]].drop_duplicates())
    wide = scored.set_index(["labels", "tagger", "field"]).f1.unstack("field")
    wide = wide.reindex(index=order, columns=list(FIELDS))
    wide.columns = [f"{field} F1" for field in FIELDS]
    positives = "; ".join(
        f"{labels}: " + ", ".join(f"{f} {support[labels, f]}" for f in FIELDS)
        for labels in scores.labels.unique()
    )
    wide.attrs["positives"] = positives
    return wide.round(3)
