"""Lines a site prints on many pages go; a story printed by several outlets stays.

The pages are written here: one outlet's four articles with a footer and a "most read"
line that no per-page rule knows, a wire story reprinted by three outlets, and an
article that quotes one of the story's paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.cleaning import letter_count
from helpers.pipeline import build_corpus, describe_folders
from helpers.repeated_lines import MIN_PAGES, find_repeated_lines

#: A footer line no per-page rule knows (a licence line would go page by page).
FOOTER = "Trang tin của Hội Hữu nghị Việt – Nga thành phố"
MOST_READ = "Đọc nhiều nhất trong tuần qua của chuyên mục quốc tế"
TOPICS = ("năng lượng hạt nhân", "đào tạo kỹ sư", "phòng chống thiên tai", "an ninh mạng")
STORY = (
    "Hai bên đã ký kết bản ghi nhớ về hợp tác nghiên cứu khoa học và chuyển giao công nghệ.",
    "Theo thỏa thuận, mỗi năm hai trường sẽ trao đổi hai mươi giảng viên và nghiên cứu sinh.",
    "Lễ ký diễn ra tại Hà Nội với sự chứng kiến của đại diện hai bộ giáo dục.",
)


def outlet_page(n: int, topic: str) -> str:
    body = [
        f"Bộ trưởng hai nước đã thảo luận về hợp tác {topic} trong cuộc gặp lần thứ {n}.",
        f"Theo ông, lĩnh vực {topic} có nhiều tiềm năng và hai bên sẽ lập nhóm công tác chung.",
        f"Nhóm công tác sẽ họp lần đầu vào quý {n} năm sau để bàn kế hoạch cụ thể.",
    ]
    return "\n".join([f"Hai nước bàn hợp tác {topic} lần thứ {n}", *body, MOST_READ, FOOTER])


def reprint_page(n: int) -> str:
    return "\n".join([f"Ký kết hợp tác giáo dục, bản đăng lại số {n}", *STORY])


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, topic in enumerate(TOPICS, start=1):
        (folder / f"outlet_{n}.txt").write_text(outlet_page(n, topic), "utf-8")
    for n in range(1, 4):
        (folder / f"reprint_{n}.txt").write_text(reprint_page(n), "utf-8")
    quoting = [
        "Một trường đại học khác cũng muốn tham gia chương trình trao đổi",
        "Hiệu trưởng trường này nói ông theo dõi sát chương trình từ khi nó bắt đầu.",
        STORY[1],
        "Ông hy vọng trường mình sẽ được mời vào đợt trao đổi thứ hai.",
    ]
    (folder / "quoting.txt").write_text("\n".join(quoting), "utf-8")


def kept(pages: dict[str, list[str]]) -> dict[str, list[tuple[int, str]]]:
    return {doc: list(enumerate(lines, start=1)) for doc, lines in pages.items()}


def test_a_line_on_enough_pages_goes_and_a_reprinted_story_stays() -> None:
    pages = {f"o{n}": outlet_page(n, t).split("\n")[1:] for n, t in enumerate(TOPICS, 1)}
    pages |= {f"r{n}": list(STORY) for n in range(1, 4)}
    pages["q"] = ["Hiệu trưởng nói ông theo dõi sát chương trình.", STORY[1]]
    found = find_repeated_lines(kept(pages))
    # lines 4 and 5 of each outlet page are the "most read" line and the footer
    assert found == {f"o{n}": [4, 5] for n in range(1, 5)}


def test_a_line_on_fewer_pages_stays() -> None:
    pages = {f"o{n}": outlet_page(n, t).split("\n")[1:] for n, t in enumerate(TOPICS, 1)}
    assert find_repeated_lines(kept(dict(list(pages.items())[: MIN_PAGES - 1]))) == {}
    assert set(find_repeated_lines(kept(dict(list(pages.items())[:MIN_PAGES])))) == {
        "o1", "o2", "o3",
    }  # fmt: skip


def test_case_and_punctuation_do_not_hide_a_repeat() -> None:
    pages = {
        f"o{n}": [f"Bài viết riêng số {n} về hợp tác hai nước trong năm nay.", variant]
        for n, variant in enumerate(["Chia sẻ bài viết:", "chia sẻ bài viết", "CHIA SẺ BÀI VIẾT"])
    }
    assert find_repeated_lines(kept(pages)) == {f"o{n}": [2] for n in range(3)}


def test_the_corpus_tables_log_the_lines_and_recount_the_articles(tmp_path: Path) -> None:
    write_corpus(tmp_path / "raw")
    built = build_corpus([tmp_path / "raw"], tmp_path, progress=None)
    repeated = built.removed_lines[built.removed_lines.reason == "repeated_on_other_pages"]
    assert sorted(repeated.text.unique()) == sorted([FOOTER, MOST_READ])
    assert sorted(repeated.doc_id) == sorted([f"outlet_{n}" for n in range(1, 5)] * 2)

    sentences = built.sentences
    assert not sentences.text.isin([FOOTER, MOST_READ]).any()
    assert sentences.text.isin(STORY).sum() == 3 * 3 + 1  # three reprints and the quote
    for doc_id, group in sentences.groupby("doc_id"):
        assert list(group.sent_id) == list(range(len(group))), doc_id
        assert sorted(set(group.paragraph_id)) == list(range(group.paragraph_id.nunique()))

    documents = built.documents.set_index("doc_id")
    outlet = documents.loc["outlet_1"]
    assert outlet.n_kept_lines == 3 and outlet.n_removed_lines == 3  # headline + two repeats
    assert outlet.n_sentences == (sentences.doc_id == "outlet_1").sum()
    body_letters = sentences[sentences.doc_id == "outlet_1"].text.map(letter_count).sum()
    expected_share = (body_letters + letter_count(outlet.title)) / outlet.n_input_letters
    assert outlet.kept_share == round(expected_share, 4)
    assert outlet.truncated == 0
    assert documents.loc["reprint_1", "n_removed_lines"] == 1  # its headline only


def test_the_audit_removes_the_same_lines(tmp_path: Path) -> None:
    write_corpus(tmp_path / "raw")
    audited, removed, _ = describe_folders([tmp_path / "raw"], tmp_path)
    built = build_corpus([tmp_path / "raw"], tmp_path, progress=None)
    pd.testing.assert_frame_equal(
        audited.sort_values("doc_id").reset_index(drop=True),
        built.documents[list(audited.columns)].sort_values("doc_id").reset_index(drop=True),
    )
    pd.testing.assert_frame_equal(removed, built.removed_lines, check_dtype=False)


def test_a_page_left_with_nothing_is_skipped_and_named(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_corpus(raw)
    # a page that is only the site's repeated lines under its headline
    (raw / "empty_shell.txt").write_text(f"Trang lỗi của trang web\n{MOST_READ}\n{FOOTER}", "utf-8")
    built = build_corpus([raw], tmp_path, progress=None)
    skipped = built.skipped_files.set_index("source_file")
    assert skipped.loc["raw/empty_shell.txt", "reason"] == "no_body"
    assert "repeated on other pages" in skipped.loc["raw/empty_shell.txt", "detail"]
    assert "empty_shell" not in set(built.documents.doc_id)


def test_a_sentence_of_prose_on_many_pages_stays() -> None:
    formula = (
        "Hợp tác quốc phòng - an ninh, năng lượng - dầu khí tiếp tục là trụ cột quan trọng "
        "trong quan hệ hai nước."
    )
    pages = {
        f"m{n}": [*outlet_page(n, topic).split("\n")[1:4], formula, MOST_READ]
        for n, topic in enumerate(TOPICS)
    }
    assert find_repeated_lines(kept(pages)) == {f"m{n}": [5] for n in range(4)}
