"""The cleaning self-audit: figures recomputed by hand on small pages written here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.audit import (
    articles_below_threshold,
    audit_failures,
    cleaning_warning,
    dates_overview,
    kept_share_overview,
    removed_letters_by_reason,
)
from helpers.cleaning import letter_count
from helpers.pipeline import build_corpus, describe_folders

ROOT = Path(__file__).resolve().parents[1]
BODY = (
    "Hai bên nhất trí đẩy mạnh hợp tác trong lĩnh vực năng lượng và dầu khí. "
    "Bộ trưởng cho biết các dự án chung sẽ được triển khai ngay trong năm tới."
)
#: A page that is mostly furniture: a long related-articles block after its heading.
TEASERS = "\n".join(
    f"Bài báo khác số {n} nói về một chủ đề hoàn toàn khác với bài này" for n in range(12)
)


def write_pages(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(
        f"Hai nước thúc đẩy hợp tác năng lượng\n{BODY} Ảnh: Minh Hà\nTùng Dương", "utf-8"
    )
    (folder / "eaten.txt").write_text(
        f"Một tiêu đề khác về hợp tác\n{BODY}\nTin liên quan\n{TEASERS}", "utf-8"
    )


def test_kept_share_is_letters_kept_over_letters_read(tmp_path: Path) -> None:
    write_pages(tmp_path / "raw")
    documents, removed, _ = describe_folders([tmp_path / "raw"])
    good = documents.set_index("doc_id").loc["good"]
    raw = (tmp_path / "raw" / "good.txt").read_text("utf-8")
    kept = letter_count("Hai nước thúc đẩy hợp tác năng lượng") + letter_count(BODY)
    assert good.n_input_letters == letter_count(raw)
    assert good.kept_share == round(kept / letter_count(raw), 4)

    overview = kept_share_overview(documents, threshold=0.8)
    weighted = (documents.kept_share * documents.n_input_letters).sum()
    assert overview.overall == weighted / documents.n_input_letters.sum()
    assert overview.n_below == 1 and overview.share_below == 0.5

    low = articles_below_threshold(documents, removed, 0.8)
    assert low.doc_id.tolist() == ["eaten"]
    assert low.removed.iloc[0].startswith("related_articles (")

    by_reason = removed_letters_by_reason(removed, documents).set_index(["reason", "scope"])
    related = removed[removed.reason == "related_articles"].text.map(letter_count).sum()
    assert by_reason.loc[("related_articles", "line"), "n_letters"] == related
    assert by_reason.loc[("photo_caption", "suffix"), "n_removals"] == 1

    assert "(#1 · " in cleaning_warning(documents, 0.8)  # the label the notebooks use
    assert cleaning_warning(documents[documents.doc_id == "good"], 0.8) is None
    assert audit_failures(overview, min_overall=0.99, max_share_below=0.01) != []
    assert audit_failures(overview, min_overall=0.1, max_share_below=0.6) == []


def test_audit_describes_articles_exactly_as_the_pipeline_does(tmp_path: Path) -> None:
    write_pages(tmp_path / "raw")
    audited, removed, _ = describe_folders([tmp_path / "raw"], tmp_path)
    built = build_corpus([tmp_path / "raw"], tmp_path, progress=None)
    same = [c for c in audited.columns]
    pd.testing.assert_frame_equal(
        audited.sort_values("doc_id").reset_index(drop=True),
        built.documents[same].sort_values("doc_id").reset_index(drop=True),
    )
    pd.testing.assert_frame_equal(removed, built.removed_lines, check_dtype=False)


def test_dates_outside_a_period_are_counted() -> None:
    documents = pd.DataFrame(
        {"date": ["2017-03-01", "2016-12-31", ""], "date_source": ["page", "text", "none"]}
    )
    table = dates_overview(documents, ("2017-02-01", "2017-07-31")).set_index("date_source")
    assert table.outside_period.to_dict() == {"page": 0, "text": 1, "none": 0}


@pytest.mark.slow  # runs the audit script as a program
def test_audit_script_fails_below_its_thresholds_and_passes_above(tmp_path: Path) -> None:
    write_pages(tmp_path / "raw")
    script = [sys.executable, str(ROOT / "scripts" / "audit_corpus.py"), str(tmp_path / "raw")]
    strict = subprocess.run([*script, "--max-below", "0.01"], capture_output=True, text=True)
    assert strict.returncode == 1
    assert "keep less than 80%" in strict.stderr
    assert "eaten" in strict.stdout
    lenient = subprocess.run([*script, "--max-below", "0.6"], capture_output=True, text=True)
    assert lenient.returncode == 0, lenient.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    assert subprocess.run([*script[:2], str(empty)], capture_output=True).returncode == 2


def test_before_and_after_marks_each_line_and_keeps_the_paragraphs() -> None:
    from helpers.audit import before_and_after, line_balance, unbalanced_articles

    raw = ["Tiêu đề", "", "Đoạn một.", "Ảnh: TTXVN", "Đoạn hai."]
    removed = pd.DataFrame({"doc_id": ["d", "d"], "line_no": [1, 4], "text": ["Tiêu đề", "Ảnh"],
                            "reason": ["headline", "photo_caption"], "scope": "line"})  # fmt: skip
    sentences = pd.DataFrame({"doc_id": ["d", "d"], "paragraph_id": [1, 2],
                              "text": ["Đoạn một.", "Đoạn hai."]})  # fmt: skip
    before, after = before_and_after(raw, "d", sentences, removed)
    assert before.splitlines() == [
        "  1 ✗ headline  Tiêu đề",
        "  3 ✓  Đoạn một.",
        "  4 ✗ photo_caption  Ảnh: TTXVN",
        "  5 ✓  Đoạn hai.",
    ]
    assert after == "Đoạn một.\n\nĐoạn hai."
    documents = pd.DataFrame({"doc_id": ["d", "e"], "n_input_lines": [4, 3],
                              "n_kept_lines": [2, 1], "n_removed_lines": [2, 1]})  # fmt: skip
    assert unbalanced_articles(line_balance(documents)).index.tolist() == ["e"]


def test_removals_by_reason_lists_a_reason_its_order_does_not_know() -> None:
    from helpers.audit import removals_by_reason
    from helpers.schema import REASONS

    removed = pd.DataFrame(
        {"doc_id": ["a", "a", "b"], "reason": ["byline", "references", "a_new_reason"]}
    )
    labels = pd.Series({"a": "01 · A", "b": "02 · B"})
    table = removals_by_reason(removed, labels, REASONS, max_articles_shown=12)
    assert "references" in REASONS
    assert list(table.index) == ["references", "byline", "a_new_reason"]
    assert int(table.loc["a_new_reason", "02 · B"]) == 1
