"""Dev-label validation: matching by file + hash, unmatched labels reported, F1, recovery."""

from __future__ import annotations

import hashlib
import unicodedata

import pandas as pd
import pytest

from helpers.schema import FIELDS, TOPICS
from helpers.validation import (
    FRESH_STRATA,
    TAGGER_CHOSEN_STRATA,
    align_dev_labels,
    f1_by_field,
    load_dev_labels,
    recovered_share,
    sentence_sha256,
)

SENTENCES = pd.DataFrame(
    {
        "doc_id": ["crawl_1", "crawl_1", "crawl_1", "crawl_2"],
        "sent_id": [0, 1, 2, 0],
        # "Hòa" written decomposed (o + combining grave): the hash must be of the NFC form.
        "text": ["Hai bên hợp tác dầu khí.", "Ho\u0300a bình.", "Hai bên hợp tác dầu khí.",
                 "Bão lớn."],
    }
)  # fmt: skip


def label(file: str, text: str, **fields: int) -> dict:
    digest = hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()
    row = {"file": file, "sentence_sha256": digest, "stratum": "random"}
    row.update({topic: fields.get(topic, 0) for topic in TOPICS})
    return row


def test_labels_match_by_file_and_nfc_hash_and_the_rest_are_reported() -> None:
    labels = pd.DataFrame(
        [
            label("crawl_1.txt", "Hai bên hợp tác dầu khí.", energy=1),
            label("crawl_1.txt", "Hòa bình.", other=1),  # precomposed: same NFC text
            label("crawl_2.txt", "Bão lớn!"),  # the sentence changed by one character
            label("crawl_3.txt", "Bão lớn."),  # an article not loaded
            label("crawl_1.txt", "Bão lớn."),  # the text is in another article
        ]
    )
    matched, unmatched = align_dev_labels(labels, SENTENCES)
    assert matched[["doc_id", "sent_id"]].values.tolist() == [["crawl_1", 0], ["crawl_1", 1]]
    assert matched.energy.tolist() == [1, 0]
    assert len(unmatched) == 3
    assert unmatched.file.tolist() == ["crawl_2.txt", "crawl_3.txt", "crawl_1.txt"]
    assert len(matched) + len(unmatched) == len(labels)


def test_sentence_hash_is_of_the_nfc_text() -> None:
    assert sentence_sha256("Ho\u0300a") == sentence_sha256("Hòa")
    assert sentence_sha256("Hòa") == hashlib.sha256("Hòa".encode()).hexdigest()


def test_packaged_dev_labels_load_with_their_strata() -> None:
    labels = load_dev_labels()
    assert set(labels.stratum) == {
        "cooperation", "random", "field_articles", "cooperation_2", "random_2",
        "cooperation_3", "random_3", "cooperation_4", "random_4",
    }  # fmt: skip
    # the fresh strata are drawn from articles no earlier label came from
    fresh = labels.stratum.isin(FRESH_STRATA)
    assert fresh.sum() == 160 and not set(labels.file[fresh]) & set(labels.file[~fresh])
    assert labels.sentence_sha256.str.fullmatch(r"[0-9a-f]{64}").all()
    assert set(labels[list(TOPICS)].stack()) <= {0, 1}


def test_labels_on_sentences_a_tagger_chose_are_left_out_unless_asked_for() -> None:
    everything = load_dev_labels(tagger_chosen=True)
    chosen = everything.stratum.isin(TAGGER_CHOSEN_STRATA)
    assert set(everything.stratum[chosen]) == set(TAGGER_CHOSEN_STRATA) and chosen.sum() == 162
    scored = load_dev_labels()
    assert len(scored) == (~chosen).sum() and not scored.stratum.isin(TAGGER_CHOSEN_STRATA).any()
    # they were drawn from sentences no earlier label covered
    assert not set(everything.sentence_sha256[chosen]) & set(scored.sentence_sha256)


def tags(values: dict[str, list[int]]) -> pd.DataFrame:
    frame = pd.DataFrame({"doc_id": ["d"] * 5, "sent_id": range(5)})
    for field in FIELDS:
        frame[field] = values.get(field, [0] * 5)
    return frame


def test_f1_by_field_counts_by_hand() -> None:
    truth = tags({"energy": [1, 1, 0, 0, 1], "security": [0, 0, 0, 0, 0]})
    predicted = tags({"energy": [1, 0, 1, 0, 1], "security": [1, 0, 0, 0, 0]})
    table = f1_by_field(truth, {"a": predicted, "perfect": truth}).set_index(["tagger", "field"])
    # energy: tp 2, fp 1, fn 1 -> precision 2/3, recall 2/3, F1 2/3
    assert table.loc[("a", "energy"), "precision"] == pytest.approx(2 / 3)
    assert table.loc[("a", "energy"), "recall"] == pytest.approx(2 / 3)
    assert table.loc[("a", "energy"), "f1"] == pytest.approx(2 / 3)
    assert table.loc[("a", "energy"), "support"] == 3
    assert table.loc[("a", "security"), "f1"] == 0
    assert table.loc[("perfect", "energy"), "f1"] == 1


def test_a_tagger_missing_a_labelled_sentence_is_an_error() -> None:
    truth = tags({"energy": [1, 1, 0, 0, 1]})
    with pytest.raises(ValueError, match="no tags"):
        f1_by_field(truth, {"short": truth.iloc[:3]})


def test_recovered_share_counts_lexicon_misses_found() -> None:
    truth = tags({"energy": [1, 1, 1, 0, 0], "security": [1, 0, 0, 0, 0]})
    lexicon = tags({"energy": [1, 0, 0, 0, 0], "security": [1, 0, 0, 0, 0]})
    model = tags({"energy": [0, 1, 0, 1, 0], "security": [1, 1, 0, 0, 0]})
    table = recovered_share(truth, lexicon, model).set_index("field")
    assert table.loc["energy", ["positives", "missed_by_lexicon", "recovered"]].tolist() == [
        3, 2, 1,
    ]  # fmt: skip
    assert table.loc["energy", "recovered_share"] == pytest.approx(0.5)
    assert table.loc["energy", "added_false"] == 1
    assert table.loc["security", "missed_by_lexicon"] == 0
    assert pd.isna(table.loc["security", "recovered_share"])
    assert table.loc["security", "added_false"] == 1


def test_tagger_scores_cover_each_label_set_found_and_only_those() -> None:
    from helpers.validation import f1_table, tagger_scores

    sentences = pd.DataFrame({"doc_id": ["x"], "sent_id": [0], "text": ["Không có nhãn."]})
    perfect = pd.DataFrame({"doc_id": ["x"], "sent_id": [0], **dict.fromkeys(FIELDS, 0)})
    assert tagger_scores(sentences, {"lexicon": perfect}).empty  # no dev label matches
    seeds = perfect.assign(energy=1)
    scores = tagger_scores(sentences, {"lexicon": perfect, "model": seeds}, seed_labels=seeds)
    assert set(scores.labels) == {"seeds"} and set(scores.n_labelled) == {1}
    energy = scores[scores.field == "energy"].set_index("tagger").f1
    assert energy["model"] == 1.0 and energy["lexicon"] == 0.0
    table = f1_table(scores)
    assert table.loc[("seeds", "model"), "energy F1"] == 1.0


def test_the_second_annotation_is_scored_against_the_first_on_the_dev_labels(monkeypatch) -> None:
    from helpers import validation

    first = pd.DataFrame([
        label("crawl_1.txt", "Hai bên hợp tác dầu khí.", energy=1),
        label("crawl_1.txt", "Hòa bình."),
        label("crawl_2.txt", "Bão lớn.", emergency=1),
    ])  # fmt: skip
    # The second annotator agrees on energy, misses the storm and labels no other sentence.
    second = first.drop(columns="stratum").assign(emergency=0)
    monkeypatch.setattr(validation, "load_dev_labels", lambda: first)
    monkeypatch.setattr(validation, "load_second_annotation", lambda: second)
    tags = SENTENCES[["doc_id", "sent_id"]].assign(**dict.fromkeys(FIELDS, 0))
    scores = validation.tagger_scores(SENTENCES, {"lexicon": tags})
    human = scores[scores.tagger == validation.SECOND_ANNOTATOR].set_index("field")
    assert set(human.labels) == {"dev"} and set(human.n_labelled) == {3}
    assert human.loc["energy", "f1"] == 1.0
    assert human.loc["emergency", "f1"] == 0.0 and human.loc["emergency", "support"] == 1
    assert set(scores.tagger) == {"lexicon", validation.SECOND_ANNOTATOR}


def test_the_packaged_second_annotation_labels_the_first_annotations_sentences() -> None:
    from helpers.validation import load_second_annotation

    first, second = load_dev_labels(tagger_chosen=True), load_second_annotation()
    keys = ["file", "sentence_sha256"]
    # every first label but the one whose sentence a later cleaning change altered, and the
    # sixth draw's, which one annotator labelled
    sixth = (first.stratum == "cooperation_article_added_6").sum()
    assert len(second) == len(first) - 1 - sixth and not second.duplicated(keys).any()
    assert set(map(tuple, second[keys].to_numpy())) <= set(map(tuple, first[keys].to_numpy()))
    assert set(second.columns) == {*keys, *TOPICS}
    assert second[list(TOPICS)].isin([0, 1]).all(axis=None)


def test_the_validation_reading_sets_the_second_annotator_apart_from_the_taggers() -> None:
    from helpers.readings_topics import validation_reading
    from helpers.validation import SECOND_ANNOTATOR

    rows = [("dev", 10 if tagger == "lexicon" else 9, tagger, field, f1, 3) for tagger, f1s in
            (("lexicon", (0.5, 0.7, 0.6, 0.4)), (SECOND_ANNOTATOR, (1.0, 0.95, 0.98, 1.0)))
            for field, f1 in zip(FIELDS, f1s, strict=True)]  # fmt: skip
    columns = ["labels", "n_labelled", "tagger", "field", "f1", "support"]
    scores = pd.DataFrame(rows, columns=columns)
    text = validation_reading(scores)
    assert "lexicon 0.40–0.70." in text and f"{SECOND_ANNOTATOR} 0" not in text
    assert "A second annotation of 9 of these sentences, made blind to the first" in text
    assert "F1 0.95–1.00" in text and "upper bound" in text


def test_a_field_without_a_labelled_positive_is_left_out_of_the_f1_range() -> None:
    from helpers.readings_topics import validation_reading
    from helpers.validation import FRESH_LABELS, f1_table

    f1s, supports = (1.0, 0.6, 0.75, 0.0), (1, 22, 8, 0)
    rows = [(FRESH_LABELS, 160, "lexicon", field, f1, n)
            for field, f1, n in zip(FIELDS, f1s, supports, strict=True)]  # fmt: skip
    scores = pd.DataFrame(
        rows, columns=["labels", "n_labelled", "tagger", "field", "f1", "support"]
    )
    text = validation_reading(scores)
    assert "On the 160 of these drawn last" in text
    assert "(emergency has none)" in text and "lexicon 0.60–1.00." in text
    table = f1_table(scores)
    assert table["emergency F1"].isna().all() and table["energy F1"].iloc[0] == 1.0


def test_no_agreement_row_when_no_sentence_has_both_annotations(monkeypatch) -> None:
    from helpers import validation

    first = pd.DataFrame([label("crawl_1.txt", "Hai bên hợp tác dầu khí.", energy=1)])
    elsewhere = pd.DataFrame([label("crawl_9.txt", "Không có ở đây.")]).drop(columns="stratum")
    monkeypatch.setattr(validation, "load_dev_labels", lambda: first)
    monkeypatch.setattr(validation, "load_second_annotation", lambda: elsewhere)
    tags = SENTENCES[["doc_id", "sent_id"]].assign(**dict.fromkeys(FIELDS, 0))
    scores = validation.tagger_scores(SENTENCES, {"lexicon": tags})
    assert set(scores.tagger) == {"lexicon"}


def test_dev_label_disagreements_list_each_field_error_with_its_sentence(monkeypatch) -> None:
    from helpers import topics

    labels = pd.DataFrame([
        label("crawl_1.txt", "Hai bên hợp tác dầu khí.", energy=1),
        label("crawl_2.txt", "Bão lớn.", emergency=1, other=1),
    ])  # fmt: skip
    monkeypatch.setattr(topics, "load_dev_labels", lambda: labels)
    tags = SENTENCES[["doc_id", "sent_id"]].assign(**dict.fromkeys(TOPICS, 0), matched_terms="")
    tags.loc[1, "security"] = 1  # a tag on a sentence no label covers: not an error
    table = topics.dev_label_disagreements(SENTENCES, tags, pd.Series(dtype=object))
    assert table.attrs["n_labelled"] == 2
    # energy missed in crawl_1 and emergency in crawl_2; "other" is not one of the fields
    assert sorted(zip(table.topic, table.error, table.text, strict=True)) == [
        ("emergency", "missed", "Bão lớn."),
        ("energy", "missed", "Hai bên hợp tác dầu khí."),
    ]


def test_the_precision_of_tags_is_read_on_the_tagger_chosen_labels_only(monkeypatch) -> None:
    from helpers import validation
    from helpers.readings_topics import additions_precision_reading

    chosen = [
        {**label("crawl_1.txt", "Hai bên hợp tác dầu khí.", security=1), "stratum": stratum}
        for stratum in TAGGER_CHOSEN_STRATA[:1]
    ] + [
        {**label("crawl_1.txt", "Hòa bình."), "stratum": TAGGER_CHOSEN_STRATA[0]},
        {**label("crawl_2.txt", "Bão lớn.", security=1), "stratum": TAGGER_CHOSEN_STRATA[2]},
    ]
    # an ordinary label on a tagged sentence: not a tagger-chosen one, so not counted
    ordinary = label("crawl_1.txt", "Hai bên hợp tác dầu khí.", security=0)
    labels = pd.DataFrame([*chosen, ordinary])
    monkeypatch.setattr(
        validation, "load_dev_labels",
        lambda tagger_chosen=False: labels if tagger_chosen else labels.iloc[3:],
    )  # fmt: skip
    keys = SENTENCES[["doc_id", "sent_id"]]
    lexicon = keys.assign(security=[0, 0, 0, 1])
    project = keys.assign(security=[1, 1, 0, 1])  # the model adds sentences 0 and 1
    precision = validation.additions_precision(SENTENCES, lexicon, project).set_index("source")
    assert precision.loc["lexicon"].tolist() == [1, 1, 1.0]
    assert precision.loc["added"].tolist() == [2, 1, 0.5]
    reading = additions_precision_reading(precision.reset_index())
    assert "right 1 time in 1 (1.00)" in reading and "right 1 time in 2 (0.50)" in reading
    # a corpus without those labels gets no table and no reading
    elsewhere = SENTENCES.assign(doc_id="other")
    empty = validation.additions_precision(elsewhere, lexicon, project)
    assert empty.empty and additions_precision_reading(empty) == ""
