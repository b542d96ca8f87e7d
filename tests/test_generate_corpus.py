"""The generated test corpus: deterministic, fully described by metadata.csv, varied enough."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from helpers.input_metadata import read_folder_metadata
from helpers.language import detect_language

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "generate_corpus.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("generate_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


generate_corpus = _load_script()


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gen")
    generate_corpus.generate(folder, 120, seed=7)
    return folder


def test_the_same_seed_gives_identical_files_and_another_seed_does_not(
    corpus: Path, tmp_path: Path
) -> None:
    # through the command line, as other helpers call it
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path / "a"), "--n", "120", "--seed", "7"],
        check=True, capture_output=True,
    )  # fmt: skip
    assert _files(tmp_path / "a") == _files(corpus)
    generate_corpus.generate(tmp_path / "b", 120, seed=8)
    assert _files(tmp_path / "b") != _files(corpus)


def test_regenerating_fewer_pages_leaves_no_stale_page(corpus: Path, tmp_path: Path) -> None:
    generate_corpus.generate(tmp_path, 30, seed=7)
    generate_corpus.generate(tmp_path, 10, seed=7)
    assert len(list(tmp_path.glob("*.txt"))) == 10


def test_metadata_describes_every_page_and_nothing_else(corpus: Path) -> None:
    metadata = read_folder_metadata(corpus)  # the pipeline's own checks: files exist, ISO dates
    pages = sorted(path.name for path in corpus.glob("*.txt"))
    assert sorted(metadata.file) == pages
    assert list(metadata.columns) == ["file", "date", "outlet"]


def test_outlets_languages_years_and_blanks_vary(corpus: Path) -> None:
    metadata = read_folder_metadata(corpus)
    outlets = metadata.outlet[metadata.outlet != ""]
    assert outlets.nunique() >= 6
    assert set(metadata.date[metadata.date != ""].str[:4]) == {"2022", "2023"}
    assert 1 <= (metadata.date == "").sum() <= 0.1 * len(metadata)
    assert 1 <= (metadata.outlet == "").sum() <= 0.1 * len(metadata)
    languages = pd.Series(
        [detect_language((corpus / name).read_text(encoding="utf-8")) for name in metadata.file]
    )
    assert set(languages) == {"vi", "en"}
    assert 0.08 <= (languages == "en").mean() <= 0.3


def test_pages_carry_prose_and_furniture_in_nfc(corpus: Path) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    assert all(text == unicodedata.normalize("NFC", text) for text in texts)
    joined = "\n".join(texts)
    for furniture in ("Tin liên quan", "Ảnh: ", "./.", "Related news"):
        assert furniture in joined
    # 4–12 body sentences: count sentence ends in lines that are neither title nor furniture
    for text in texts:
        lines = text.splitlines()
        body = [line for line in lines[1:] if line.endswith((".", "./."))]
        ends = sum(
            line.count(". ") + 1 for line in body if "Ảnh:" not in line and "Photo" not in line
        )
        assert 4 <= ends <= 12, text


def test_topic_mix_differs_by_outlet(corpus: Path) -> None:
    metadata = read_folder_metadata(corpus).set_index("file")
    energy = {
        name: ("năng lượng" in text or "dầu khí" in text or "energy" in text)
        for name, text in (
            (path.name, path.read_text(encoding="utf-8")) for path in corpus.glob("*.txt")
        )
    }
    table = metadata.assign(energy=pd.Series(energy))
    by_outlet = table[table.outlet != ""].groupby("outlet").energy.mean()
    assert by_outlet.max() - by_outlet.min() > 0.2
