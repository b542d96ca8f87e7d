"""Notebook 04 and the reports: co-occurrence findings, clean outputs, provenance, safety."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from helpers.cooccurrence import rank_pairs
from helpers.io import read_csv_checked
from helpers.lexicon import term_topics
from helpers.rendering import render_html
from helpers.report_index import index_html

ROOT = Path(__file__).resolve().parents[1]
FIELDS = {"energy", "security", "education", "emergency"}


def test_paired_fields_are_among_the_strongest_bonds(pipeline_run) -> None:
    processed, figures, _ = pipeline_run
    pairs = read_csv_checked(
        processed / "cooccurrence.csv", ["term_a", "term_b", "scope", "count", "npmi"]
    )
    assert set(pairs.scope) == {"sentence", "window"}
    assert (pairs.term_a < pairs.term_b).all()
    vocabulary = {t for t, topic in term_topics().items() if topic in FIELDS}
    ranked = rank_pairs(pairs[(pairs.scope == "sentence") & (pairs.language == "vi")], vocabulary)
    ranks = {(r.term_a, r.term_b): r.rank for r in ranked.itertuples()}
    assert ranks[("dầu_khí", "năng_lượng")] <= 10
    assert ranks[("an_ninh", "quốc_phòng")] <= 10
    assert {p.name for p in figures.glob("04-*.png")} >= {
        "04-cooperation-network.png",
        "04-cooccurrence-clustermap.png",
    }


def test_executed_notebooks_have_no_noise_and_end_with_provenance(pipeline_run) -> None:
    _, _, executed = pipeline_run
    notebooks = sorted(executed.glob("*.ipynb"))
    assert len(notebooks) == len(list((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")))
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
        assert not [o for o in outputs if o.output_type == "error"], path.name
        stderr = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
        assert stderr == [], (path.name, stderr)
        last = notebook.cells[-1].outputs[0].data["text/html"]
        assert "Provenance" in last and "underthesea" in last and "concept_lexicon.csv" in last


def test_index_pulls_its_numbers_from_the_processed_tables(pipeline_run) -> None:
    processed, _, _ = pipeline_run
    page = index_html(processed, [("01-clean-corpus", "01.html", "01.reader.html")])
    documents = pd.read_csv(processed / "documents.csv")
    assert f"{len(documents)} articles" in page
    assert f"{int(documents.n_sentences.sum())} sentences" in page
    assert "cosine similarity" in page and "F1" in page


PAYLOAD = "<script>window.__injected = 1</script>"
IMAGE_PAYLOAD = '<img src=x onerror="window.__injected = 2">'
MALICIOUS_ARTICLE = f"""Việt Nam và Nga thúc đẩy hợp tác năng lượng {PAYLOAD}

Chiều 3/4, tại Hà Nội, hai bên nhất trí tăng cường hợp tác năng lượng-dầu khí {PAYLOAD}.
Hai bên thảo luận về hợp tác khoa học-công nghệ, giáo dục và đào tạo {IMAGE_PAYLOAD}.
Hai bên cũng nhất trí đẩy mạnh hợp tác quốc phòng, an ninh và cứu hộ, cứu nạn trong năm 2026.
<b>Bình luận</b>
"""


@pytest.mark.slow
def test_markup_in_an_article_never_reaches_a_report_as_markup(tmp_path, pipeline_runner) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for seed in ("000_1970e2b43f7b9bc6.txt", "001_0a1f5c9754868497.txt"):
        (inputs / seed).write_bytes((ROOT / "seeds" / seed).read_bytes())
    (inputs / "injected.txt").write_text(MALICIOUS_ARTICLE, encoding="utf-8")
    processed, _, executed = pipeline_runner([inputs], tmp_path / "run")
    sentences = pd.read_csv(processed / "sentences.csv", keep_default_na=False)
    assert sentences.doc_id.eq("injected").any(), "the article with markup is still analysed"
    pages = []
    for notebook in sorted(executed.glob("*.ipynb")):
        for hide_code in (False, True):
            target = tmp_path / f"{notebook.stem}.{hide_code}.html"
            pages.append(render_html(notebook, target, hide_code).read_text(encoding="utf-8"))
    pages.append(index_html(processed, []))
    for page in pages:
        assert "window.__injected = 1</script>" not in page
        assert "<img src=x" not in page
    assert any("&lt;script&gt;window.__injected" in page for page in pages)


# Readings of notebook 04: the wording follows the rank found.


def test_rank_position_splits_the_ranking_at_a_tenth_a_quarter_and_half() -> None:
    from helpers.readings_corpus import rank_position

    assert rank_position(1, 3) == "in the top tenth"
    assert rank_position(3, 37) == "in the top tenth"  # 8.1%
    assert rank_position(4, 37) == "in the top quarter"  # 10.8%
    assert rank_position(17, 163) == "in the top quarter"  # 10.4%
    assert rank_position(16, 163) == "in the top tenth"
    assert rank_position(9, 37) == "in the top quarter"  # 24.3%
    assert rank_position(10, 37) == "in the upper half"  # 27.0%
    assert rank_position(18, 37) == "in the upper half"
    assert rank_position(19, 37) == "in the lower half"


def test_the_paired_terms_reading_says_the_rank_found() -> None:
    from helpers.readings_corpus import paired_terms_reading

    tight = paired_terms_reading([("năng_lượng", "dầu_khí", 2, 0.9)], 40)
    assert "ranks 2 of 40" in tight and "among the tightest bonds" in tight
    loose = paired_terms_reading(
        [("năng_lượng", "dầu_khí", 2, 0.9), ("quốc_phòng", "an_ninh", 30, 0.1)], 40
    )
    assert "ranks 30 of 40" in loose and "in the lower half" in loose
    assert "1 of the 2 pairs rank in the top quarter" in loose
    assert "tightest" not in loose
    missing = paired_terms_reading([("a", "b", None, None)], 40)
    assert "below the minimum count" in missing and "none of the 1 pairs ranks" in missing


def test_field_distribution_reading_gives_rates_among_the_articles_that_name_a_field() -> None:
    from helpers.readings_corpus import field_distribution_reading

    rows = [("a", "energy", 4.0), ("a", "security", 1.0), ("b", "energy", 2.0),
            ("b", "security", 0.0), ("c", "energy", 0.0), ("c", "security", 0.0)]  # fmt: skip
    per_field = pd.DataFrame(rows, columns=["doc_id", "topic", "per_1000_tokens"])
    reading = field_distribution_reading(per_field)
    assert "**energy** in 2" in reading and "(1 names no field)" in reading
    assert "energy 2 (3.0), security 1 (1.0)." in reading


def test_the_intake_and_status_notes_count_in_words() -> None:
    from helpers.readings_corpus import intake_reading, status_table_note

    documents = pd.DataFrame({"language": ["vi", "vi", "en"]})
    none = intake_reading(documents, pd.DataFrame(columns=["source_file"]))
    assert none.endswith("no file skipped.") and "**3** articles analysed" in none
    one = intake_reading(documents, pd.DataFrame({"source_file": ["x.txt"]}))
    assert "**1 file** skipped, each listed above" in one
    assert status_table_note(1) == (
        "Every skipped file is listed; 1 further analysed file is in `documents.csv`."
    )
    assert "13 further analysed files are in" in status_table_note(13)
