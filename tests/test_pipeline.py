"""The corpus build on small corpora written here: contracts, accounting, determinism."""

from __future__ import annotations

from helpers.pipeline import build_corpus, write_corpus_tables
from helpers.schema import DOCUMENT_COLUMNS, REMOVED_COLUMNS, SENTENCE_COLUMNS

VI_ARTICLE = """Việt Nam và Nga thúc đẩy hợp tác năng lượng

0:00 / 0:00
HÀ NỘI - Chiều 5/3, hai bên nhất trí tăng cường hợp tác năng lượng-dầu khí và đào tạo.
Hai bên cũng thảo luận về hợp tác khoa học-công nghệ, cứu hộ, cứu nạn trong năm 2026.
Hai bộ trưởng tại buổi hội đàm. Ảnh: TTXVN
Bình luận
"""
EN_ARTICLE = """ date 2026-03-05 HÀ NỘI — Việt Nam and Russia agreed to deepen energy cooperation.
Both sides discussed search and rescue, oil and gas, and training. — VNA/VNS
"""
FR_ARTICLE = "Le président a reçu hier le ministre des affaires étrangères à Paris.\n"


def test_tables_follow_the_contracts_and_account_for_every_line(write_article, tmp_path):
    write_article("vi.txt", VI_ARTICLE)
    write_article("en.txt", EN_ARTICLE)
    write_article("fr.txt", FR_ARTICLE)
    tables = build_corpus([write_article.folder], tmp_path, progress=None)
    assert list(tables.documents.columns[: len(DOCUMENT_COLUMNS)]) == list(DOCUMENT_COLUMNS)
    assert list(tables.removed_lines.columns[: len(REMOVED_COLUMNS)]) == list(REMOVED_COLUMNS)
    assert list(tables.sentences.columns[: len(SENTENCE_COLUMNS)]) == list(SENTENCE_COLUMNS)
    docs = tables.documents.set_index("doc_id")
    assert docs.loc["vi", "language"] == "vi" and docs.loc["en", "language"] == "en"
    assert (docs.n_kept_lines + docs.n_removed_lines == docs.n_input_lines).all()
    assert docs.loc["vi", "title"] == "Việt Nam và Nga thúc đẩy hợp tác năng lượng"
    # "Chiều 5/3" and "năm 2026" alone do not date an article: no year is guessed
    assert (docs.loc["vi", "date"], docs.loc["vi", "date_source"]) == ("", "none")
    assert (docs.loc["en", "date"], docs.loc["en", "date_source"]) == ("2026-03-05", "header")
    assert docs.loc["en", "outlet"] == "VNA/VNS"
    skipped = tables.skipped_files.set_index("source_file").reason.to_dict()
    assert skipped == {"inputs/fr.txt": "unsupported_language"}

    vi = tables.sentences[tables.sentences.doc_id == "vi"]
    tokens = " ".join(vi.tokens).split()
    for term in ["năng_lượng", "dầu_khí", "khoa_học", "công_nghệ", "cứu_hộ", "cứu_nạn"]:
        assert term in tokens
    assert "HÀ NỘI" not in " ".join(vi.text)
    assert "Ảnh" not in " ".join(vi.text)
    terms = " ".join(vi.terms).split()
    assert "," not in terms and "và" not in terms and all(t == t.lower() for t in terms)
    en = tables.sentences[tables.sentences.doc_id == "en"]
    assert "VNA" not in " ".join(en.text)
    assert "the" not in " ".join(en.terms).split()


def test_two_runs_write_byte_identical_files(write_article, tmp_path):
    write_article("vi.txt", VI_ARTICLE)
    write_article("en.txt", EN_ARTICLE)
    outputs = []
    for run in ("first", "second"):
        tables = build_corpus([write_article.folder], tmp_path, progress=None)
        paths = write_corpus_tables(tables, tmp_path / run)
        outputs.append({name: path.read_bytes() for name, path in paths.items()})
    assert outputs[0] == outputs[1]
    assert not list((tmp_path / "first").glob("*.tmp"))


def test_an_empty_input_folder_gives_empty_tables_not_a_crash(tmp_path):
    (tmp_path / "empty").mkdir()
    tables = build_corpus([tmp_path / "empty"], tmp_path, progress=None)
    assert tables.documents.empty and tables.sentences.empty
    written = write_corpus_tables(tables, tmp_path / "out")
    assert written["documents"].read_text(encoding="utf-8").startswith("doc_id,source_file,")


def _helpers_imported(module: str) -> set[str]:
    """The helpers modules (file names) that ``module`` imports, directly or not, itself
    included."""
    import ast
    from importlib import resources

    package = resources.files("helpers")
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        tree = ast.parse(package.joinpath(name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "helpers":
                todo += [f"{alias.name}.py" for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("helpers."):
                todo.append(node.module.split(".")[1] + ".py")
    return seen


def test_the_cache_keys_hash_every_module_that_decides_the_output() -> None:
    # a module left out (furniture.py once was) lets a change to it alone serve stale results
    from helpers.pipeline import ARTICLE_MODULES, SEGMENTATION_MODULES

    assert _helpers_imported("pipeline.py") <= set(ARTICLE_MODULES)
    for module in ("vietnamese.py", "english.py", "terms.py"):
        assert _helpers_imported(module) <= set(SEGMENTATION_MODULES), module
