"""The index page: findings follow the tables of whatever corpus is loaded; key figures link
to files that exist, relative to the reports folder."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

import helpers.report_index as report_index
from helpers.groups import wilson_interval
from helpers.readings_groups import trend_reading
from helpers.report_index import (
    group_keyness_findings,
    group_topic_findings,
    index_html,
    key_findings,
    topic_trend_finding,
)

TOPICS = ["energy", "security", "education", "emergency", "other"]


def write_corpus(folder: Path) -> None:
    """Three articles: a Vietnamese one and its English version of the next day, and an
    unrelated Vietnamese article a month later."""
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(
        {
            "doc_id": ["alpha", "beta", "gamma"],
            "title": ["Hợp tác năng lượng", "Energy cooperation", "Đào tạo"],
            "date": ["2024-03-01", "2024-03-02", "2024-04-01"],
            "language": ["vi", "en", "vi"],
            "n_sentences": [10, 8, 6],
            "n_terms": [120, 90, 70],
            "n_input_lines": [12, 10, 8],
        }
    ).to_csv(folder / "documents.csv", index=False)
    shares = {"alpha": [0.6, 0.2, 0.0, 0.0, 0.2], "beta": [0.5, 0.25, 0.0, 0.0, 0.25],
              "gamma": [0.0, 0.0, 0.9, 0.0, 0.1]}  # fmt: skip
    rows = [
        (d, t, 1, s) for d, values in shares.items() for t, s in zip(TOPICS, values, strict=True)
    ]
    pd.DataFrame(rows, columns=["doc_id", "topic", "n_sentences", "share"]).to_csv(
        folder / "topic_profiles.csv", index=False
    )


def test_the_translation_pair_is_found_from_the_tables_not_from_ids(tmp_path) -> None:
    write_corpus(tmp_path)
    findings = key_findings(tmp_path)
    a = np.array([0.6, 0.2, 0.0, 0.0, 0.2])
    b = np.array([0.5, 0.25, 0.0, 0.0, 0.25])
    cosine = a @ b / np.linalg.norm(a) / np.linalg.norm(b)
    pair = [f for f in findings if "translation pair" in f]
    assert pair == [
        "1 translation pair (the same report in two languages, dated at most 1 day apart, "
        "topic profiles with cosine similarity of at least 0.8): #1 · Hợp tác năng lượng (vi) "
        f"and #2 · Energy cooperation (en), cosine similarity {cosine:.3f}."
    ]
    assert not any(f.startswith("Grouped by") for f in findings)  # no group tables yet


def test_no_seed_id_is_written_into_the_module() -> None:
    source = Path(report_index.__file__).read_text(encoding="utf-8")
    # a seed id as a literal or a prefix ("000", '004', "000_…"); "1,000" is a number
    assert not re.search(r"[\"'(]00[0-4]|\b00[0-4]_", source)
    assert re.search(r"[\"'(]00[0-4]", 'd.startswith(("000", "004"))')  # the check can fail


def test_group_topic_finding_names_the_widest_field_and_reads_the_intervals() -> None:
    table = pd.DataFrame(
        {
            "group_by": "outlet",
            "group": ["A", "A", "B", "B"],
            "topic": ["energy", "security", "energy", "security"],
            "n_articles": [30, 30, 20, 20],
            "n_sentences": [60, 20, 10, 22],
            "share": [0.40, 0.13, 0.08, 0.15],
            "ci_low": [0.33, 0.09, 0.04, 0.10],
            "ci_high": [0.48, 0.19, 0.14, 0.21],
        }
    )
    (finding,) = group_topic_findings(table)
    assert finding.startswith("Grouped by outlet, the field whose share differs most is energy")
    assert "40% of the sentences of A (30 articles, 95% interval 33%–48%)" in finding
    assert "against 8% of B (20 articles, 4%–14%)" in finding
    assert finding.endswith("narrower than the articles justify.")
    wide = table.assign(ci_high=[0.48, 0.19, 0.35, 0.21])
    assert group_topic_findings(wide)[0].endswith("so the difference may be chance.")
    # a third group of two articles with the widest gap of all is left to the tables
    tiny = pd.DataFrame({"group_by": "outlet", "group": ["C", "C"], "topic": ["energy",
                         "security"], "n_articles": 2, "n_sentences": [9, 0], "share": [0.9, 0.0],
                         "ci_low": [0.6, 0.0], "ci_high": [0.98, 0.3]})  # fmt: skip
    (finding,) = group_topic_findings(pd.concat([table, tiny]))
    assert "of A (30 articles" in finding and " C " not in finding
    assert group_topic_findings(pd.concat([table[table.group == "A"], tiny])) == []


def _trend_rows(period: str, n_articles: int, counts: dict[str, int], total: int) -> list:
    rows = []
    for topic in TOPICS:
        low, high = wilson_interval(counts.get(topic, 0), total)
        rows.append((period, topic, n_articles, counts.get(topic, 0),
                     counts.get(topic, 0) / total, float(low), float(high)))  # fmt: skip
    return rows


def test_topic_trend_finding_says_what_notebook_03_says_from_the_written_table(tmp_path) -> None:
    rows = (_trend_rows("2020", 10, {"energy": 5, "security": 30, "other": 60}, 100)
            + [("2021", t, 0, 0, "", "", "") for t in TOPICS]
            + _trend_rows("2022", 12, {"energy": 6, "security": 3, "other": 80}, 100))  # fmt: skip
    columns = ["period", "topic", "n_articles", "n_sentences", "share", "ci_low", "ci_high"]
    path = tmp_path / "topic_trends.csv"
    pd.DataFrame(rows, columns=columns).to_csv(path, index=False)
    written = pd.read_csv(path, keep_default_na=False)
    finding = topic_trend_finding(written, n_undated=3)
    assert finding.startswith("Over time: Security changes most")
    assert "30% (95% CI 22%–40%) in 2020 (10 articles) to 3% (95% CI 1%–8%) in 2022" in finding
    assert "3 undated articles are left out" in finding
    # the notebook's reading of the same numbers, with the sentence counts it knows
    known = pd.DataFrame(rows, columns=columns).assign(total_sentences=100)
    known = known[known.period != "2021"].astype({"share": float})
    assert finding == "Over time: " + trend_reading(known, 3)


def test_a_trend_on_a_few_articles_is_called_a_lead_not_a_trend() -> None:
    rows = (_trend_rows("2017", 16, {"emergency": 2, "other": 90}, 100)
            + _trend_rows("2026", 2, {"emergency": 8, "other": 17}, 25))  # fmt: skip
    table = pd.DataFrame(rows, columns=["period", "topic", "n_articles", "n_sentences", "share",
                                        "ci_low", "ci_high"])  # fmt: skip
    finding = topic_trend_finding(table)
    assert "(2 articles)" in finding and "a lead to check, not a trend" in finding


def test_group_keyness_finding_takes_the_strongest_reliable_term_per_group() -> None:
    table = pd.DataFrame(
        {
            "group_by": "outlet",
            "group": ["A", "A", "A", "B"],
            "language": "vi",
            "term": ["dầu_khí", "an_ninh", "giáo_dục", "đào_tạo"],
            "count_group": [40, 90, 12, 30],
            "count_rest": [4, 2, 1, 3],
            "rel_group": [8.0, 18.0, 2.4, 6.0],
            "rel_rest": [0.8, 0.4, 0.2, 0.6],
            "log_ratio": [3.3, 5.5, 3.6, 3.3],
            "g2": [40.0, 120.0, 15.0, 30.0],
            "p_value": [1e-6, 1e-9, 1e-4, 1e-5],
            "reliable": [1, 0, 1, 1],  # an_ninh is strongest but not reliable
        }
    )
    (finding,) = group_keyness_findings(table)
    assert "A (vi): dầu khí (8.0 vs 0.8 per 1,000 terms, G² 40.0)" in finding
    assert "B (vi): đào tạo (6.0 vs 0.6 per 1,000 terms, G² 30.0)" in finding
    assert "an ninh" not in finding
    # given the articles, a group of fewer than five (B, three articles) is not read: its
    # terms are a few authors' habits, as the notebooks' readings say
    documents = pd.DataFrame({"outlet": ["A"] * 5 + ["B"] * 3 + ["C"] * 3, "language": "vi"})
    (finding,) = group_keyness_findings(table, documents=documents)
    assert "A (vi): dầu khí" in finding and "B (vi)" not in finding
    assert finding.startswith(
        "Grouped by outlet (2 groups; 1 of them holds at least 5 articles with at least as many "
        "others to compare with), the most "
    )
    # a group compared with fewer than five others is not read either; an outlet known for few
    # articles says so
    few_known = pd.DataFrame({"outlet": ["A"] * 5 + ["B"] * 3 + [""] * 20, "language": "vi"})
    (finding,) = group_keyness_findings(table, documents=few_known)
    assert "A (vi)" not in finding
    assert "outlet known for only 8 of 28 articles, so the groups describe those" in finding


def test_group_and_time_findings_appear_when_their_tables_exist(tmp_path) -> None:
    write_corpus(tmp_path)
    pd.DataFrame(
        {"period": ["2024-03", "2024-03", "2024-04", "2024-04"],
         "topic": ["energy", "other"] * 2, "n_articles": [2, 2, 1, 1],
         "n_sentences": [8, 10, 0, 6], "share": [0.44, 0.56, 0.0, 1.0],
         "ci_low": [0.25, 0.34, 0.0, 0.61], "ci_high": [0.66, 0.75, 0.39, 1.0]}
    ).to_csv(tmp_path / "topic_trends.csv", index=False)  # fmt: skip
    findings = key_findings(tmp_path)
    trend = [f for f in findings if f.startswith("Over time: ")]
    assert trend and "2024-03 (2 articles)" in trend[0] and "2024-04 (1 article)" in trend[0]


def test_thumbnails_link_to_existing_figures_and_reports(tmp_path) -> None:
    processed, reports = tmp_path / "processed", tmp_path / "reports"
    write_corpus(processed)
    figures = reports / "figures"
    figures.mkdir(parents=True)
    for name in ("03-topic-profiles-heatmap", "04-cooperation-network", "04-top-pairs"):
        (figures / f"{name}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    links = [
        ("03-topics", "03-topics.html", "03-topics.reader.html"),
        ("04-cooccurrence", "04-cooccurrence.html", "04-cooccurrence.reader.html"),
    ]
    for _, full, reader in links:
        (reports / full).write_text("report")
        (reports / reader).write_text("report")
    page = index_html(processed, links, figures, reports)
    images = re.findall(r'<img src="([^"]+)"', page)
    assert images == ["figures/03-topic-profiles-heatmap.png", "figures/04-cooperation-network.png"]
    targets = re.findall(r'<figure><a href="([^"]+)"', page)
    assert targets == ["03-topics.html", "04-cooccurrence.html"]
    assert all((reports / href).is_file() for href in images + targets)
    assert "<h2>Key figures</h2>" not in index_html(processed, links)  # no folder, no thumbnails


def test_the_index_puts_the_blind_dev_labels_first_and_calls_the_seed_labels_optimistic(
    monkeypatch,
) -> None:
    import hashlib

    from helpers import validation
    from helpers.schema import FIELDS
    from helpers.schema import TOPICS as ALL_TOPICS

    texts = ["Hai bên hợp tác dầu khí.", "Hợp tác đào tạo."]
    sentences = pd.DataFrame({"doc_id": ["crawl_1", "seed_a"], "sent_id": [0, 0], "text": texts})
    digest = hashlib.sha256("Hai bên hợp tác dầu khí.".encode()).hexdigest()
    dev = pd.DataFrame([{"file": "crawl_1.txt", "sentence_sha256": digest, "stratum": "random",
                         **dict.fromkeys(ALL_TOPICS, 0), "energy": 1}])  # fmt: skip
    seeds = pd.DataFrame([{"doc_id": "seed_a", "sent_id": 0, **dict.fromkeys(ALL_TOPICS, 0),
                           "education": 1}])  # fmt: skip
    zeros = dict.fromkeys(ALL_TOPICS, 0)
    tags = sentences[["doc_id", "sent_id"]].assign(**{**zeros, "energy": [1, 0]})
    monkeypatch.setattr(validation, "load_dev_labels", lambda: dev)
    monkeypatch.setattr(report_index, "align_hand_labels", lambda labels, s: seeds)
    text = report_index.hand_label_finding(tags, sentences)
    assert text.index("1 development-crawl sentences labelled blind, F1 energy 1.00") < text.index(
        "1 seed sentences the lexicon was written from (optimistic), F1 energy (no positive)"
    )
    assert "education 1.00" not in text.split("optimistic")[0]  # the dev labels have none
    assert "energy 1.00 (1 positive)" in text  # an F1 resting on few sentences says so
    assert all(f"{field} " in text for field in FIELDS)
    monkeypatch.setattr(report_index, "align_hand_labels", lambda labels, s: seeds.iloc[:0])
    monkeypatch.setattr(validation, "load_dev_labels", lambda: dev.iloc[:0])
    assert report_index.hand_label_finding(tags, sentences) is None


def test_corpus_finding_counts_lines_removed_whole_and_fragments_cut_from_kept_lines() -> None:
    from helpers.report_index import corpus_findings

    documents = pd.DataFrame({"doc_id": ["a", "b"], "language": "vi", "date": "",
                              "n_sentences": [3, 4], "n_terms": [30, 40],
                              "n_input_lines": [10, 12]})  # fmt: skip
    removed = pd.DataFrame({
        "doc_id": ["a", "a", "b", "b", "b"],
        "reason": ["headline", "byline", "photo_caption", "photo_caption", "byline"],
        "scope": ["line", "line", "inline", "prefix", "suffix"],
    })  # fmt: skip
    finding = corpus_findings(documents, removed)[1]
    assert finding.startswith("1 of 22 non-blank input lines were page furniture, mostly byline")
    assert "; 1 headline was moved to the document titles;" in finding
    assert "3 fragments (captions, credits, bylines glued to prose) were cut" in finding
    assert finding.endswith("mostly photo_caption (2), byline (1).")


def test_the_page_says_which_articles_it_read_instead_of_assuming_the_seeds() -> None:
    from helpers.report_index import corpus_description

    documents = pd.DataFrame({"source_file": ["seeds/a.txt", "data/raw/b.txt", "data/raw/c.txt"]})
    text = corpus_description(documents)
    assert text.startswith("3 news articles (2 articles from data/raw/, 1 article from seeds/)")
    assert corpus_description(documents.iloc[0:0]) == "No article has been processed yet."


def test_an_unreadable_date_counts_as_undated_on_the_index_as_in_notebook_03(tmp_path) -> None:
    write_corpus(tmp_path)
    documents = pd.read_csv(tmp_path / "documents.csv")
    documents.loc[2, "date"] = "không rõ"  # not a date
    documents.to_csv(tmp_path / "documents.csv", index=False)
    rows = (_trend_rows("2024", 2, {"energy": 5, "other": 5}, 10)
            + _trend_rows("2025", 5, {"energy": 1, "other": 9}, 10))  # fmt: skip
    pd.DataFrame(rows, columns=["period", "topic", "n_articles", "n_sentences", "share",
                                "ci_low", "ci_high"]).to_csv(tmp_path / "topic_trends.csv",
                                                             index=False)  # fmt: skip
    trend = [f for f in key_findings(tmp_path) if f.startswith("Over time: ")]
    assert trend and trend[0].endswith("1 undated article is left out.")
    from helpers.report_index import corpus_description

    blank = pd.DataFrame({"source_file": ["a.txt", None]})
    assert corpus_description(blank).startswith("2 news articles (2 articles from an unnamed")


def test_the_index_says_how_many_input_files_were_skipped_and_why(tmp_path) -> None:
    write_corpus(tmp_path)
    assert not any("not analysed" in f for f in key_findings(tmp_path))
    pd.DataFrame(
        {"source_file": ["data/raw/a.txt", "data/raw/b.txt", "data/raw/c.txt"],
         "reason": ["empty", "binary", "empty"], "detail": ["no text", "NUL bytes", "no text"]}
    ).to_csv(tmp_path / "skipped_files.csv", index=False)  # fmt: skip
    skipped = [f for f in key_findings(tmp_path) if "not analysed" in f]
    assert skipped == [
        "3 input files were not analysed (2 empty, 1 binary); skipped_files.csv names each file "
        "and the reason."
    ]


def test_the_index_says_how_much_of_the_corpus_names_russia() -> None:
    from helpers.report_index import relationship_scope_finding

    sentences = pd.DataFrame({
        "doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0], "language": "vi",
        "tokens": ["Nga và Việt_Nam hợp_tác dầu_khí .", "Hai bên ký thỏa_thuận .",
                   "Mỹ hợp_tác an_ninh với Canada ."],
    })  # fmt: skip
    tags = pd.DataFrame({
        "doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0], "energy": [1, 0, 0],
        "security": [0, 0, 1], "education": 0, "emergency": 0,
    })  # fmt: skip
    finding = relationship_scope_finding(tags, sentences)
    assert finding.startswith("Vietnam–Russia scope: 1 of the 2 articles (50%) name Russia")
    assert "50% of the 2 field-tagged sentences are in them." in finding
    assert "Most articles" not in finding
