"""The project's promises about itself: seeds, environment, notebooks, resources."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from git_repo import git, make_filtered_repo, what_git_stores

from helpers.vietnamese import read_word_list

ROOT = Path(__file__).resolve().parents[1]
SEED_SHA256 = {
    "000_1970e2b43f7b9bc6.txt": "ba384a5c3ee52fbdb12dd2bc6274e8db101336427076b22698915edaba87aa1b",
    "001_0a1f5c9754868497.txt": "f8aa25c6429ae6beb898f76ffaad9470ec861b56cd233af6455b90c53fa0f0de",
    "002_24b87aa0debcd44f.txt": "6d20de6e1a81a53157ff11821d8f2bc5b1d5322397f9e7c8179fc6f7db0c82da",
    "003_0ec35aaa5253da07.txt": "4dfc6895766750c74c215fd6857462cf0570be06a8b4b23b7131c0abd78d7ac2",
    "004_6f8e87100c137f59.txt": "35bc7d86fdb632cc0084dce0c8b99958b6cfbb1ff4890817f6277e33151990d5",
}


def test_seeds_are_byte_identical_to_the_shared_originals() -> None:
    # the articles only: seeds/metadata.csv (the researcher's dates) sits beside them
    seeds = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (ROOT / "seeds").glob("*.txt")
    }
    assert seeds == SEED_SHA256
    others = {p.name for p in (ROOT / "seeds").iterdir()} - set(SEED_SHA256)
    assert others <= {"metadata.csv"}
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():  # beside the checkout on the team's machines and in CI
        for name, digest in SEED_SHA256.items():
            assert hashlib.sha256((shared / name).read_bytes()).hexdigest() == digest


def _requirement_names(requirements: list[str]) -> dict[str, str]:
    return {re.split(r"[<>=!~ \[]", r, maxsplit=1)[0].lower(): r for r in requirements}


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["dev"]
    env_text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    pip_lines = re.findall(r'^\s+- "([^"]+)"\s*$', env_text, flags=re.MULTILINE)
    assert "-e ." in pip_lines, "the conda environment must install the project itself"
    pip_lines.remove("-e .")
    assert _requirement_names(pip_lines) == _requirement_names(wanted)
    assert re.search(r"^\s+- python=3\.11\s*$", env_text, flags=re.MULTILINE)


NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


def test_there_are_numbered_notebooks() -> None:
    assert NOTEBOOKS, "no numbered notebooks in notebooks/"


@pytest.fixture(scope="module")
def filtered_repo(tmp_path_factory) -> Path:
    """A copy of the project in a git repository with the nbstripout filter installed."""
    return make_filtered_repo(tmp_path_factory.mktemp("repo"))


def _assert_stripped_and_parameterised(content: bytes) -> None:
    cells = json.loads(content.decode("utf-8"))["cells"]
    code_cells = [c for c in cells if c["cell_type"] == "code"]
    assert all(c.get("outputs") == [] for c in code_cells), "outputs must be stripped"
    assert all(c.get("execution_count") is None for c in code_cells)
    tagged = [c for c in code_cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged 'parameters'"
    assert cells[0]["cell_type"] == "markdown" and cells[0]["source"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_git_stores_the_notebooks_stripped_and_parameterised(notebook: Path, filtered_repo) -> None:
    # What git sees, not the file on disk: JupyterLab may have saved outputs into it.
    path = notebook.relative_to(ROOT).as_posix()
    _assert_stripped_and_parameterised(what_git_stores(filtered_repo, path, notebook.read_bytes()))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_are_stripped_and_unchanged_by_the_filter(
    notebook: Path, filtered_repo
) -> None:
    # A commit made without the filter would carry outputs; a committed form the filter
    # rewrites would show as modified after every save in JupyterLab.
    path = notebook.relative_to(ROOT).as_posix()
    committed = git(ROOT, "show", f"HEAD:{path}", check=False)
    if not committed:
        pytest.skip(f"{path} is not committed yet")
    _assert_stripped_and_parameterised(committed)
    assert what_git_stores(filtered_repo, path, committed) == committed


def test_the_filter_is_declared_for_notebooks_and_matches_pre_commit(filtered_repo) -> None:
    attributes = (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert "*.ipynb filter=nbstripout" in attributes and "*.ipynb diff=ipynb" in attributes
    clean = git(filtered_repo, "config", "filter.nbstripout.clean").decode().strip()
    assert clean == f'"{sys.executable}" -m nbstripout --keep-id'
    assert git(filtered_repo, "config", "filter.nbstripout.required").strip() == b"true"
    extra_keys = git(filtered_repo, "config", "filter.nbstripout.extrakeys").decode().split()
    hooks = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    nbstripout = next(
        hook for repo in hooks["repos"] for hook in repo["hooks"] if hook["id"] == "nbstripout"
    )
    arguments = nbstripout["args"]
    assert "--keep-id" in arguments
    assert arguments[arguments.index("--extra-keys") + 1].split() == extra_keys


@pytest.mark.parametrize(
    "name", ["stopwords_vi.txt", "diplomatic_boilerplate.txt", "domain_dictionary_vi.txt"]
)
def test_resource_lists_are_clean(name: str) -> None:
    words = read_word_list(name)
    assert len(words) == len(set(words)), "duplicate entries"
    if name != "domain_dictionary_vi.txt":
        assert all(w == w.lower() and " " not in w for w in words), "lowercase, segmented"


def test_stopwords_never_hide_the_topic_terms() -> None:
    from helpers.terms import stopwords

    topic_terms = {"năng_lượng", "dầu_khí", "quốc_phòng", "an_ninh", "giáo_dục", "đào_tạo",
                   "khoa_học", "công_nghệ", "cứu_hộ", "cứu_nạn", "hợp_tác"}  # fmt: skip
    assert not topic_terms & stopwords("vi")
    assert len(stopwords("vi")) > 150
