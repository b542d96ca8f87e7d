"""Notebook 03 end to end on the seeds: contracts, the lexicon's F1 and the profiles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.io import read_csv_checked
from helpers.topics import align_hand_labels, cosine_similarity, load_hand_labels, score_per_topic

TOPICS = ["energy", "security", "education", "emergency", "other"]


@pytest.fixture(scope="module")
def tables(pipeline_run) -> dict[str, pd.DataFrame]:
    out, _, _ = pipeline_run
    return {
        "sentences": read_csv_checked(out / "sentences.csv", ["doc_id", "sent_id", "text"]),
        "topics": read_csv_checked(
            out / "sentence_topics.csv", ["doc_id", "sent_id", *TOPICS, "matched_terms", "cluster"]
        ),
        "profiles": read_csv_checked(
            out / "topic_profiles.csv", ["doc_id", "topic", "n_sentences", "share"]
        ),
        "clusters": read_csv_checked(
            out / "clusters.csv", ["cluster", "size", "top_terms", "topic"]
        ),
    }


def test_every_sentence_is_tagged_and_clustered(tables) -> None:
    topics, sentences = tables["topics"], tables["sentences"]
    assert len(topics) == len(sentences)
    assert set(np.unique(topics[TOPICS].to_numpy())) <= {0, 1}
    assert set(topics.cluster) == set(tables["clusters"].cluster)
    assert tables["clusters"]["size"].sum() == len(sentences)
    assert set(tables["clusters"].topic) <= set(TOPICS)


def test_lexicon_reaches_f1_of_0_9_on_each_field(tables) -> None:
    hand = align_hand_labels(load_hand_labels(), tables["sentences"])
    assert len(hand) >= 40 and hand.attrs["unmatched"] == 0
    scores = score_per_topic(hand, tables["topics"]).set_index("topic").f1
    for topic in ["energy", "security", "education", "emergency"]:
        assert scores[topic] >= 0.9, (topic, scores[topic])


def test_profiles_agree_with_the_sentence_tags(tables) -> None:
    profiles, topics = tables["profiles"], tables["topics"]
    counts = topics.groupby("doc_id")[TOPICS].sum()
    sizes = topics.groupby("doc_id").size()
    for row in profiles.itertuples():
        assert row.n_sentences == counts.loc[row.doc_id, row.topic]
        assert row.share == pytest.approx(row.n_sentences / sizes[row.doc_id])


def test_the_two_versions_of_one_meeting_have_similar_profiles(tables) -> None:
    wide = tables["profiles"].pivot(index="doc_id", columns="topic", values="share")[TOPICS]
    vi = wide[wide.index.str.startswith("000")].iloc[0]
    en = wide[wide.index.str.startswith("004")].iloc[0]
    others = wide[~wide.index.str.startswith(("000", "004"))]
    pair = cosine_similarity(vi, en)
    assert pair > 0.9
    # the pair is closer to each other than 000 is to an article about another meeting
    assert all(pair >= cosine_similarity(vi, row) for _, row in others.iterrows())
