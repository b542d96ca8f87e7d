"""Shared fixtures: the project root and a helper to write article files."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project_root() -> Path:
    return ROOT


@pytest.fixture
def write_article(tmp_path: Path):
    """Write ``content`` (str, UTF-8 encoded, or bytes) to ``tmp_path/inputs/name``."""
    folder = tmp_path / "inputs"
    folder.mkdir(exist_ok=True)

    def write(name: str, content: str | bytes) -> Path:
        path = folder / name
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    write.folder = folder
    return write
