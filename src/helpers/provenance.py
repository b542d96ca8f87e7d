"""What produced a report: versions, resource hashes, parameters and input hashes.

Every notebook ends with ``provenance_html(...)`` so that two reports can be
compared honestly: same inputs, same resources, same code versions?
"""

from __future__ import annotations

import hashlib
import html
import platform
from collections.abc import Mapping
from importlib import metadata, resources
from pathlib import PurePosixPath

import pandas as pd

from helpers.input_metadata import METADATA_FILE_NAME
from helpers.lexicon import LEXICON_ADDITIONS
from helpers.paths import resolve

RESOURCE_FILES = (
    "stopwords_vi.txt",
    "diplomatic_boilerplate.txt",
    "domain_dictionary_vi.txt",
    "concept_lexicon.csv",
    "field_word_senses.csv",
    "relation_cues.csv",
    "hand_labels.csv",
)
PACKAGES = ("underthesea", "scikit-learn", "pandas", "numpy", "scipy", "matplotlib", "seaborn",
            "networkx", "itables", "helpers")  # fmt: skip


def package_versions() -> dict[str, str]:
    """Python and the analysis packages' installed versions."""
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def resource_hashes() -> dict[str, str]:
    """sha256 of each packaged resource list (stopwords, dictionary, lexicon, labels)."""
    folder = resources.files("helpers.resources")
    return {name: hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest()
            for name in RESOURCE_FILES}  # fmt: skip


def researcher_file_hashes(documents: pd.DataFrame | None = None) -> dict[str, str]:
    """sha256 of the files a researcher adds that change the results: ``LEXICON_ADDITIONS``
    and the ``metadata.csv`` of each input folder (from ``documents.source_file``), for those
    that exist; paths as written relative to the project root."""
    candidates = [LEXICON_ADDITIONS]
    if documents is not None and "source_file" in documents:
        folders = {str(PurePosixPath(str(p)).parent) for p in documents.source_file.dropna()}
        candidates += sorted(f"{folder}/{METADATA_FILE_NAME}" for folder in folders)
    hashes = {}
    for name in candidates:
        path = resolve(name)
        if path.is_file():
            hashes[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def provenance_html(parameters: Mapping[str, object], documents: pd.DataFrame | None = None) -> str:
    """An escaped HTML block listing versions, resource hashes, the researcher's own files
    (``researcher_file_hashes``), parameters and input hashes.

    Input: the notebook's parameters and, when available, ``documents.csv``
    (for each input file's sha256). Output: HTML safe to display: every value
    is escaped, so nothing from the data can become markup.
    """

    def table(rows: list[tuple[str, str]], header: tuple[str, str]) -> str:
        body = "".join(
            f"<tr><td>{html.escape(str(k))}</td><td><code>{html.escape(str(v))}</code></td></tr>"
            for k, v in rows
        )
        head = f"<tr><th>{html.escape(header[0])}</th><th>{html.escape(header[1])}</th></tr>"
        return f"<table>{head}{body}</table>"

    parts = ["<h3>Provenance</h3>"]
    parts.append(table(list(package_versions().items()), ("software", "version")))
    parts.append(table(list(resource_hashes().items()), ("resource", "sha256")))
    own = researcher_file_hashes(documents)
    if own:
        parts.append(table(list(own.items()), ("your file (lexicon, metadata)", "sha256")))
    parts.append(table([(k, repr(v)) for k, v in parameters.items()], ("parameter", "value")))
    if documents is not None and not documents.empty:
        rows = list(zip(documents.source_file, documents.sha256, strict=True))
        # folded: a corpus of hundreds of files would end every report with a page of hashes
        parts.append(
            f"<details><summary>sha256 of each of the {len(rows)} input files</summary>"
            f"{table(rows, ('input file', 'sha256'))}</details>"
        )
    return "".join(parts)
