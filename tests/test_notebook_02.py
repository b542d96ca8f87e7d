"""Notebook 02 end to end on the seeds: contracts and the findings the issue asks for."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.io import read_csv_checked
from helpers.lexicon import term_topics


@pytest.fixture(scope="module")
def tables(pipeline_run) -> dict[str, pd.DataFrame]:
    out, figures, _ = pipeline_run
    return {
        "frequencies": read_csv_checked(
            out / "term_frequencies.csv",
            ["doc_id", "term", "count", "rel_per_1000", "doc_freq", "tfidf"],
        ),
        "keyness": read_csv_checked(
            out / "keyness.csv",
            ["doc_id", "term", "count_target", "count_reference", "g2", "log_ratio", "p_value"],
        ),
        "ngrams": read_csv_checked(
            out / "ngrams.csv", ["language", "n", "ngram", "count", "n_docs", "measure", "score"]
        ),
        "figures": sorted(p.name for p in figures.glob("02-*")),
    }


def test_frequencies_are_complete_per_article(tables) -> None:
    frequencies = tables["frequencies"]
    assert frequencies.doc_id.nunique() == 5
    assert np.allclose(frequencies.groupby("doc_id").rel_per_1000.sum(), 1000)
    assert (frequencies.tfidf > 0).all() and (frequencies.tfidf <= 1).all()


def _key_field_terms(keyness: pd.DataFrame, doc_prefix: str, topic: str, top: int) -> list[str]:
    topic_of = term_topics("vi")
    rows = keyness[keyness.doc_id.str.startswith(doc_prefix) & (keyness.log_ratio > 0)]
    rows = rows[rows.term.map(topic_of).notna() & (rows.term.map(topic_of) != "actor")]
    leading = rows.sort_values("g2", ascending=False).head(top)
    return [t for t in leading.term if topic_of[t] == topic]


def test_emergency_vocabulary_is_key_in_000_and_security_in_001(tables) -> None:
    keyness = tables["keyness"]
    assert {"cứu_hộ", "cứu_nạn"} <= set(_key_field_terms(keyness, "000", "emergency", 6))
    assert len(_key_field_terms(keyness, "001", "security", 4)) >= 2
    # the English article has no English reference, hence no keyness rows
    assert not keyness.doc_id.str.startswith("004").any()


def test_formulaic_phrases_recur_across_articles(tables) -> None:
    vi = tables["ngrams"][tables["ngrams"].language == "vi"].set_index("ngram")
    assert vi.loc["đối_tác chiến_lược toàn_diện", "n_docs"] == 4
    assert vi.loc["quan_hệ hữu_nghị truyền_thống", "n_docs"] >= 3


def test_every_chart_is_saved_as_png_and_svg(tables) -> None:
    names = tables["figures"]
    stems = {n.rsplit(".", 1)[0] for n in names}
    assert len(stems) >= 5
    assert all(f"{stem}.png" in names and f"{stem}.svg" in names for stem in stems)
