"""The concordance finds what a researcher types, whatever spelling or segmentation."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest

from helpers.concordance import (
    CONCORDANCE_COLUMNS,
    concordance,
    cooccurring_terms,
    frequency_by_group,
    normalize_query,
)
from helpers.frequency import kwic

DOC_A = "000_1970e2b43f7b9bc6"
DOC_B = "001_0a1f5c9754868497"
DOC_C = "002_24b87aa0debcd44f"
DOC_D = "010_ffffffffffffffff"


def make_sentences(rows: list[tuple[str, str]]) -> pd.DataFrame:
    """(doc_id, tokens) → a sentences table; text is the tokens with spaces."""
    frame = pd.DataFrame(rows, columns=["doc_id", "tokens"])
    frame["sent_id"] = frame.groupby("doc_id").cumcount()
    frame["paragraph_id"] = 0
    frame["language"] = "vi"
    frame["text"] = frame.tokens.str.replace("_", " ")
    frame["terms"] = frame.tokens.str.lower().str.replace(r"[.,]", "", regex=True)
    return frame


SENTENCES = make_sentences([
    (DOC_A, "Hai bên thúc_đẩy hợp_tác năng_lượng và dầu_khí ."),
    (DOC_A, "Năng_lượng hạt_nhân là trọng_tâm ."),
    (DOC_A, "Nhà_máy điện năng_động , hòa_bình ."),
    (DOC_B, "Hợp tác năng_lượng - dầu_khí tiếp_tục phát_triển ."),
    (DOC_B, "Vì hòa_bình và an_ninh khu_vực ."),
    (DOC_C, "Hợp_tác giáo_dục và an_ninh mạng ."),
    (DOC_C, "Khí_đốt và dầu khí của Nga ."),
])  # fmt: skip

DOCUMENTS = pd.DataFrame({
    "doc_id": [DOC_A, DOC_B, DOC_C],
    "title": ["Năng lượng", "An ninh", "Giáo dục"],
    "date": ["2017-02-10", "2017-05-03", ""],
    "outlet": ["VNA", "Nhân Dân", "VNA"],
    "language": ["vi", "vi", "vi"],
    "n_terms": [20, 10, 10],
})  # fmt: skip


def keys(lines: pd.DataFrame) -> list[tuple[str, int, int]]:
    return list(zip(lines.doc_id, lines.sent_id, lines.position, strict=True))


def test_canonical_token_query_finds_every_occurrence() -> None:
    lines = concordance(SENTENCES, "năng_lượng")
    # the case of "Năng_lượng" is folded; "năng_động" is another word
    assert keys(lines) == [(DOC_A, 0, 4), (DOC_A, 1, 0), (DOC_B, 0, 2)]
    assert list(lines.hit) == ["năng_lượng", "Năng_lượng", "năng_lượng"]


@pytest.mark.parametrize(
    "query",
    [
        "năng lượng",  # a space instead of the underscore
        "NĂNG LƯỢNG",  # upper case
        unicodedata.normalize("NFD", "năng_lượng"),  # decomposed Unicode
        "  năng   lượng ",  # stray spaces
    ],
)
def test_every_spelling_of_the_query_finds_the_same_rows(query: str) -> None:
    assert keys(concordance(SENTENCES, query)) == keys(concordance(SENTENCES, "năng_lượng"))


def test_the_other_tone_convention_finds_the_corpus_spelling() -> None:
    canonical = keys(concordance(SENTENCES, "hòa_bình"))
    assert len(canonical) == 2
    assert keys(concordance(SENTENCES, "hoà bình")) == canonical
    assert keys(concordance(SENTENCES, unicodedata.normalize("NFD", "Hoà Bình"))) == canonical
    assert normalize_query("Hoà Bình") == "hòa bình"


def test_case_sensitive_search_keeps_capitals_apart() -> None:
    lines = concordance(SENTENCES, "Năng_lượng", case_sensitive=True)
    assert keys(lines) == [(DOC_A, 1, 0)]


def test_a_syllable_never_matches_part_of_a_word_without_a_wildcard() -> None:
    assert concordance(SENTENCES, "năng").empty
    assert concordance(SENTENCES, "lượng").empty
    assert set(concordance(SENTENCES, "năng*").hit) == {"năng_lượng", "Năng_lượng", "năng_động"}


def test_syllables_match_across_different_segmentations() -> None:
    # "dầu_khí" as one token (A, B) and "dầu khí" as two (C) are the same word
    lines = concordance(SENTENCES, "dầu khí")
    assert keys(lines) == [(DOC_A, 0, 6), (DOC_B, 0, 4), (DOC_C, 1, 2)]
    assert list(lines.hit) == ["dầu_khí", "dầu_khí", "dầu khí"]
    # "Hợp tác" as two tokens in B
    assert len(concordance(SENTENCES, "hợp_tác")) == 3


def test_a_phrase_matches_its_words_in_sequence() -> None:
    lines = concordance(SENTENCES, "hợp tác năng lượng", window=2)
    assert keys(lines) == [(DOC_A, 0, 3), (DOC_B, 0, 0)]
    first = lines.iloc[0]
    assert (first.left, first.hit, first.right) == (
        "bên thúc_đẩy",
        "hợp_tác năng_lượng",
        "và dầu_khí",
    )
    assert lines.iloc[1].hit == "Hợp tác năng_lượng"
    assert "text" in lines and lines.iloc[1].text.startswith("Hợp tác năng lượng")


def test_wildcards_glob_on_tokens() -> None:
    # a glob works on tokens: "dầu khí" split in two tokens is not "*_khí"
    assert list(concordance(SENTENCES, "*_khí").hit) == ["dầu_khí", "dầu_khí"]
    assert list(concordance(SENTENCES, "khí_*").hit) == ["Khí_đốt"]
    assert list(concordance(SENTENCES, "dầu *").hit) == ["dầu khí"]
    assert set(concordance(SENTENCES, "an*").hit) == {"an_ninh"}
    assert len(concordance(SENTENCES, "an*")) == 2
    assert set(concordance(SENTENCES, "hợp_tác *").hit) == {
        "hợp_tác năng_lượng", "Hợp tác năng_lượng", "Hợp_tác giáo_dục",
    }  # fmt: skip


def test_regular_expressions_search_the_token_text() -> None:
    lines = concordance(SENTENCES, r"\b(dầu|khí)_\w+", regex=True)
    assert list(lines.hit) == ["dầu_khí", "dầu_khí", "Khí_đốt"]
    widened = concordance(SENTENCES, r"ninh m", regex=True)
    assert list(widened.hit) == ["an_ninh mạng"]


def test_filters_on_document_columns() -> None:
    vna = concordance(SENTENCES, "an_ninh", DOCUMENTS, filters={"outlet": "VNA"})
    assert set(vna.doc_id) == {DOC_C}
    both = concordance(SENTENCES, "an_ninh", DOCUMENTS, filters={"outlet": ["VNA", "Nhân Dân"]})
    assert set(both.doc_id) == {DOC_B, DOC_C}
    spring = concordance(
        SENTENCES, "dầu khí", DOCUMENTS,
        filters={"language": "vi", "date": ("2017-02-01", "2017-06-30")},
    )  # fmt: skip
    # C has no date: outside every date range
    assert set(spring.doc_id) == {DOC_A, DOC_B}
    february = concordance(SENTENCES, "dầu khí", DOCUMENTS, filters={"date": (None, "2017-02-28")})
    assert set(february.doc_id) == {DOC_A}
    assert list(spring.columns[-4:]) == ["title", "date", "outlet", "language"]
    with pytest.raises(ValueError, match="region"):
        concordance(SENTENCES, "dầu khí", DOCUMENTS, filters={"region": "miền Bắc"})


def test_doc_ids_by_prefix() -> None:
    canonical = keys(concordance(SENTENCES, "năng_lượng", doc_ids=[DOC_A]))
    assert keys(concordance(SENTENCES, "năng_lượng", doc_ids=["000"])) == canonical
    assert keys(concordance(SENTENCES, "năng_lượng", doc_ids="000")) == canonical
    with pytest.raises(ValueError, match="ambiguous.*000_1970e2b43f7b9bc6.*001_0a1f"):
        concordance(SENTENCES, "năng_lượng", doc_ids=["00"])
    with pytest.raises(ValueError, match="no document id starts with '9'"):
        concordance(SENTENCES, "năng_lượng", doc_ids=["9"])
    # an exact id wins over being the prefix of another
    extra = pd.concat([SENTENCES, make_sentences([(DOC_D, "năng_lượng")])])
    assert set(concordance(extra, "năng_lượng", doc_ids=["010_ffffffffffffffff"]).doc_id) == {DOC_D}


def test_sorting_by_the_words_around_the_hit() -> None:
    lines = concordance(SENTENCES, "và", sort_by="right1")
    assert [line.split()[0] for line in lines.right] == ["an_ninh", "an_ninh", "dầu", "dầu_khí"]
    # ties (the two "an_ninh") keep corpus order
    assert list(lines.doc_id[:2]) == [DOC_B, DOC_C]
    by_left = concordance(SENTENCES, "và", sort_by="left1")
    assert [line.split()[-1] for line in by_left.left] == [
        "giáo_dục", "hòa_bình", "Khí_đốt", "năng_lượng",
    ]  # fmt: skip
    by_right2 = concordance(SENTENCES, "và", sort_by=["right1", "right2"])
    assert [line.split()[1] for line in by_right2.right[:2]] == ["khu_vực", "mạng"]
    with pytest.raises(ValueError, match="sort by"):
        concordance(SENTENCES, "và", sort_by="middle")


def test_max_rows_caps_the_table_but_counts_every_hit() -> None:
    lines = concordance(SENTENCES, "và", max_rows=2)
    assert len(lines) == 2 and lines.attrs["n_hits"] == 4


def test_no_match_gives_an_empty_frame_with_the_columns() -> None:
    lines = concordance(SENTENCES, "điện_hạt_nhân", DOCUMENTS)
    assert lines.empty
    assert list(lines.columns) == CONCORDANCE_COLUMNS + ["title", "date", "outlet", "language"]
    assert list(concordance(SENTENCES, "không_có").columns)[: len(CONCORDANCE_COLUMNS)] == (
        CONCORDANCE_COLUMNS
    )


def test_frequency_by_group() -> None:
    lines = concordance(SENTENCES, "dầu khí")
    groups = frequency_by_group(lines, DOCUMENTS, "outlet").set_index("outlet")
    assert groups.loc["VNA", "hits"] == 2 and groups.loc["VNA", "n_terms"] == 30
    assert groups.loc["VNA", "per_1000_terms"] == pytest.approx(2 / 30 * 1000)


def test_an_article_in_another_language_does_not_dilute_the_rate() -> None:
    from helpers.concordance import term_trends

    english = make_sentences([(DOC_D, "Cooperation in oil and gas .")]).assign(language="en")
    sentences = pd.concat([SENTENCES, english], ignore_index=True)
    documents = pd.concat([DOCUMENTS, pd.DataFrame({
        "doc_id": [DOC_D], "title": ["Oil"], "date": ["2017-02-11"], "outlet": ["VNA"],
        "language": ["en"], "n_terms": [40],
    })], ignore_index=True)  # fmt: skip
    lines = concordance(sentences, "dầu khí")
    groups = frequency_by_group(lines, documents, "outlet").set_index("outlet")
    assert groups.loc["VNA", "n_terms"] == 30 and groups.loc["VNA", "n_docs"] == 2
    trends, _, _ = term_trends(sentences, documents, ["dầu khí"], unit="month")
    february = trends.set_index("period").loc["2017-02"]
    assert february.n_articles == 1 and february.n_terms == 20  # DOC_A only, not DOC_D


def test_cooccurring_terms_leave_out_the_query_itself() -> None:
    lines = concordance(SENTENCES, "an_ninh")
    table = cooccurring_terms(SENTENCES, lines, min_count=1)
    assert "an_ninh" not in set(table.term)
    assert set(table.term) >= {"hòa_bình", "giáo_dục", "mạng"}
    assert table.npmi.between(-1, 1).all()


def test_kwic_still_reads_like_before() -> None:
    lines = kwic(SENTENCES, "DẦU_KHÍ", window=1)
    assert list(lines.columns) == ["doc_id", "sent_id", "left", "keyword", "right"]
    assert list(lines.keyword) == ["dầu khí"] * 3
