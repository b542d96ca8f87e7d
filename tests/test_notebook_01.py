"""Notebook 01 end to end on the seeds: contracts, accounting and segmentation facts."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from helpers.cleaning import comparison_key
from helpers.io import read_csv_checked
from helpers.pipeline import DOCUMENT_COLUMNS, REMOVED_COLUMNS, SENTENCE_COLUMNS
from helpers.vietnamese import normalize_text

ROOT = Path(__file__).resolve().parents[1]
FURNITURE = {
    "audio_player", "image_filename", "url", "photo_caption", "widget_label", "section_label",
    "end_mark", "agency_signoff", "byline", "metadata_header", "related_articles",
}  # fmt: skip


@pytest.fixture(scope="module")
def outputs(pipeline_run) -> dict[str, pd.DataFrame]:
    out, _, _ = pipeline_run
    return {
        "documents": read_csv_checked(out / "documents.csv", DOCUMENT_COLUMNS),
        "removed": read_csv_checked(out / "removed_lines.csv", REMOVED_COLUMNS),
        "sentences": read_csv_checked(out / "sentences.csv", SENTENCE_COLUMNS),
    }


def test_every_seed_is_analysed_with_its_hash(outputs) -> None:
    documents = outputs["documents"]
    assert sorted(documents.doc_id) == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert documents.set_index("doc_id").language.to_dict()["004_6f8e87100c137f59"] == "en"
    assert (documents.language == "vi").sum() == 4
    assert documents.sha256.str.fullmatch(r"[0-9a-f]{64}").all()
    assert documents.date.str.fullmatch(r"(\d{4}-\d{2}-\d{2})?").all()


def test_kept_plus_removed_is_every_non_blank_input_line(outputs) -> None:
    documents, removed = outputs["documents"], outputs["removed"]
    for row in documents.itertuples():
        raw = (ROOT / row.source_file).read_text(encoding="utf-8-sig").split("\n")
        non_blank = sum(1 for line in raw if line.strip())
        whole = removed[(removed.doc_id == row.doc_id) & (removed.scope == "line")]
        assert row.n_input_lines == non_blank
        assert row.n_kept_lines + len(whole) == non_blank


def test_no_furniture_line_survives(outputs) -> None:
    removed, sentences = outputs["removed"], outputs["sentences"]
    for doc_id, rows in removed[removed.reason.isin(FURNITURE)].groupby("doc_id"):
        body = comparison_key(" ".join(sentences[sentences.doc_id == doc_id].text))
        for text in rows.text:
            key = comparison_key(text)
            if len(key) > 3:
                assert key not in body, (doc_id, text)
    all_text = " ".join(sentences.text)
    for marker in ["Ảnh:", "0:00", "-resize", "Bình luận", "VNA/VNS", "./.", "(Ngày Nay)"]:
        assert marker not in all_text
    # The appended teaser about a Vietnamese firm's defence deal with the UAE is not an article.
    assert "UAE" not in all_text and "Viettel" not in all_text


def test_every_body_line_survives_in_the_sentences(outputs) -> None:
    removed, sentences = outputs["removed"], outputs["sentences"]
    for row in outputs["documents"].itertuples():
        raw = (ROOT / row.source_file).read_text(encoding="utf-8-sig").split("\n")
        gone = set(removed[(removed.doc_id == row.doc_id) & (removed.scope == "line")].line_no)
        own = sentences[sentences.doc_id == row.doc_id]
        for line_no, line in enumerate(raw, start=1):
            if not line.strip() or line_no in gone:
                continue
            kept = comparison_key(" ".join(own[own.line_no == line_no].text))
            original = comparison_key(normalize_text(line))
            assert kept and kept in original, (row.doc_id, line_no)
            assert len(original) - len(kept) < 30, (row.doc_id, line_no)  # only a prefix/suffix


def test_topic_terms_are_single_tokens_and_no_token_spans_a_hyphen(outputs) -> None:
    vi = outputs["sentences"][outputs["sentences"].language == "vi"]
    tokens = set(" ".join(vi.tokens).lower().split())
    for term in ["năng_lượng", "dầu_khí", "quốc_phòng", "an_ninh", "khoa_học", "công_nghệ",
                 "giáo_dục", "đào_tạo", "cứu_hộ", "cứu_nạn"]:  # fmt: skip
        assert term in tokens, term
    glued = [t for t in tokens if re.search(r"[^\W\d_]-[^\W\d_]", t)]
    assert glued == []


def test_sentences_are_normalised(outputs) -> None:
    text = " ".join(outputs["sentences"].text)
    assert "thoả" not in text and "hoá" not in text
    assert "thỏa thuận" in text and "văn hóa" in text
    ids = outputs["sentences"].groupby("doc_id").sent_id.apply(list)
    assert all(list(range(len(v))) == v for v in ids)
