"""The researcher's lexicon additions: read, checked, added, and used by the tagger."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.lexicon import concept_lexicon, load_lexicon_additions, project_lexicon
from helpers.topics import tag_sentences


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lexicon_additions.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_file_adds_nothing(tmp_path: Path) -> None:
    assert load_lexicon_additions(tmp_path / "none.csv").empty
    lexicon = project_lexicon(tmp_path / "none.csv")
    assert lexicon.attrs["n_added"] == 0
    assert len(lexicon) == len(concept_lexicon())


def test_concept_or_topic_gives_the_topic(tmp_path: Path) -> None:
    concept = concept_lexicon().query("topic == 'energy'").concept.iloc[0]
    path = write(
        tmp_path,
        "concept,topic,language,term\n"
        f"{concept},,vi,Lọc_Dầu\n"  # case and NFC are normalised
        ",emergency,vi,di_tản\n"
        ",security,en, naval   patrol \n",
    )
    additions = load_lexicon_additions(path).set_index("term")
    assert additions.loc["lọc_dầu", ["concept", "topic"]].tolist() == [concept, "energy"]
    assert additions.loc["di_tản", ["concept", "topic"]].tolist() == [
        "added_emergency",
        "emergency",
    ]
    assert additions.loc["naval patrol", "language"] == "en"
    assert set(additions.evidence) == {"field"}


def test_additions_reach_the_tagger(tmp_path: Path) -> None:
    path = write(tmp_path, "topic,language,term\nemergency,vi,di_tản\nemergency,vi,di_tản\n")
    lexicon = project_lexicon(path)
    assert lexicon.attrs["n_added"] == 1
    sentence = pd.DataFrame(
        {"doc_id": ["a"], "sent_id": [0], "language": ["vi"], "tokens": ["Hai bên hỗ_trợ di_tản ."]}
    )
    assert tag_sentences(sentence).emergency.tolist() == [0]
    assert tag_sentences(sentence, lexicon).emergency.tolist() == [1]


def test_a_listed_term_keeps_its_topic(tmp_path: Path) -> None:
    listed = concept_lexicon().query("topic == 'energy' and language == 'vi'").term.iloc[0]
    same = write(tmp_path, f"topic,language,term\nenergy,vi,{listed}\n")
    assert project_lexicon(same).attrs["n_added"] == 0
    other = write(tmp_path, f"topic,language,term\nsecurity,vi,{listed}\n")
    with pytest.raises(ValueError, match="another topic"):
        project_lexicon(other)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("language,term\nvi,x\n", "concept or topic"),
        ("topic,language,term\nweather,vi,x\n", "topic must be"),
        ("concept,language,term\nno_such_concept,vi,x\n", "unknown concepts"),
        ("topic,language,term\nenergy,fr,x\n", "language"),
        ("topic,language,term\nenergy,vi,\n", "empty term"),
        ("topic,language,term\nenergy,vi,x\nsecurity,vi,x\n", "two topics"),
    ],
)
def test_bad_additions_are_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_lexicon_additions(write(tmp_path, text))


def test_the_reports_provenance_names_the_researchers_files(tmp_path: Path, monkeypatch) -> None:
    # a report made with lexicon additions or a metadata.csv must say so: the same corpus
    # gives other tags and dates without them
    import hashlib

    import helpers.provenance as provenance

    monkeypatch.setattr(provenance, "resolve", lambda name: tmp_path / name)
    documents = pd.DataFrame({"source_file": ["data/raw/a.txt", "seeds/b.txt"]})
    assert provenance.researcher_file_hashes(documents) == {}
    (tmp_path / "data" / "raw").mkdir(parents=True)
    additions = write(tmp_path / "data", "language,term,topic\nvi,học_bổng,education\n")
    (tmp_path / "data" / "raw" / "metadata.csv").write_text("file,date\na.txt,2017-02-01\n")
    hashes = provenance.researcher_file_hashes(documents)
    assert list(hashes) == ["data/lexicon_additions.csv", "data/raw/metadata.csv"]
    assert (
        hashes["data/lexicon_additions.csv"] == hashlib.sha256(additions.read_bytes()).hexdigest()
    )
    documents["sha256"] = "0" * 64
    assert "data/raw/metadata.csv" in provenance.provenance_html({}, documents)


def test_notebook_03_says_how_many_entries_came_from_the_researchers_file(tmp_path: Path) -> None:
    from helpers.readings_topics import corpus_reading

    plain = corpus_reading(10, 2, project_lexicon(tmp_path / "none.csv"))
    assert "lexicon_additions" not in plain
    added = project_lexicon(write(tmp_path, "language,term,topic\nvi,học_bổng_mới,education\n"))
    assert "1 of them from your data/lexicon_additions.csv" in corpus_reading(10, 2, added)


def test_the_input_files_hashes_are_folded_under_a_count() -> None:
    from helpers import provenance

    documents = pd.DataFrame({"source_file": ["data/raw/a.txt", "data/raw/b.txt"],
                              "sha256": ["1" * 64, "2" * 64]})  # fmt: skip
    block = provenance.provenance_html({}, documents)
    assert "<details><summary>sha256 of each of the 2 input files</summary>" in block
    assert block.index("data/raw/b.txt") > block.index("<details>")
