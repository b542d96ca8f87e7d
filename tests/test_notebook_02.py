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


# --- Readings: the wording follows the numbers (no pipeline run needed) ---


def test_dispersion_reading_says_where_occurrences_fall() -> None:
    from helpers.readings_terms import read_dispersion

    early = pd.DataFrame({"doc_id": "a", "term": "t", "topic": "energy",
                          "position": np.linspace(0, 0.4, 30)})  # fmt: skip
    assert "concentrate in the first half" in read_dispersion(early)
    late = early.assign(position=1 - early.position)
    assert "concentrate in the second half" in read_dispersion(late)
    even = early.assign(position=np.linspace(0, 1, 30))
    text = read_dispersion(even)
    assert "spread over both halves" in text and "50%" in text
    assert "named throughout" not in text


def test_pairs_reading_gives_the_reason_none_was_found() -> None:
    from helpers.pairs import find_translation_pairs
    from helpers.readings_terms import read_pairs_found

    profiles = pd.DataFrame({"x": [1.0, 0.0, 1.0], "y": [0.0, 1.0, 0.0]}, index=["a", "b", "c"])
    one_language = pd.DataFrame({"doc_id": ["a", "b", "c"], "language": "vi",
                                 "date": ["2024-01-01"] * 3})  # fmt: skip
    far = one_language.assign(language=["vi", "en", "en"], date=["2024-01-01", "2024-02-01", ""])
    close = far.assign(date=["2024-01-01", "2024-01-02", ""])
    for documents, reason in [
        (one_language, "one language only"),
        (far, "no two articles in different languages are dated within 1 day"),
        (close, "best cosine 0.00"),
    ]:
        pairs = find_translation_pairs(documents, profiles)
        assert pairs.empty
        assert reason in read_pairs_found(pairs, documents, profiles)
    found = find_translation_pairs(close.assign(date="2024-01-01"), profiles)
    assert read_pairs_found(found, close, profiles).startswith("**1 pair**")


def test_group_reading_without_a_column_says_so() -> None:
    from helpers.readings_terms import read_group_keyness

    text = read_group_keyness(pd.DataFrame(), [], 5, 3.84)
    assert "No documents.csv column" in text and "5 articles" in text
    text = read_group_keyness(pd.DataFrame(), ["year"], 5, 3.84)
    assert "Grouping by year" in text


def test_term_rates_reading_never_calls_an_absent_term_evenly_used() -> None:
    from helpers.readings_terms import read_term_rates

    rates = pd.DataFrame({
        "term": ["nga", "nga", "mỹ", "mỹ", "vấn_đề", "vấn_đề"], "doc_id": ["a", "b"] * 3,
        "rel_per_1000": [40.0, 44.0, 0.0, 46.0, 0.0, 0.0],
    })  # fmt: skip
    text = read_term_rates(rates)
    assert "varies most between articles is *mỹ* (from 0 to 46" in text
    assert "*nga* is the most evenly used" in text and "vấn đề" not in text
    alone = read_term_rates(rates[rates.term != "nga"], unit="group")
    assert "no leading term occurs in every group shown" in alone
