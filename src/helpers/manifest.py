"""``manifest.json``: which corpus build, notebook and parameters wrote each processed table.

Every table in ``data/processed/`` is recorded with the identity of the corpus
build it belongs to. Notebook 01 starts a build: its ``build_id`` is a hash of
``documents.csv`` and ``sentences.csv``. A later notebook checks, before it reads
anything, that its input tables are recorded, unchanged since, and of the same
build as ``documents.csv`` (``check_inputs``); when it writes, it records its
tables under the build of its inputs (``record_outputs``). So notebook 04 cannot
silently chart notebook 03's topics of a corpus that no longer exists.

The file looks like (keys sorted; only ``written_at`` differs between two runs
on the same inputs)::

    {"format": 1,
     "tables": {"sentence_topics.csv": {"build_id": "…", "notebook": "03-…",
                "parameters": {…}, "written_at": "2026-…Z", "sha256": "…",
                "inputs": {"documents.csv": "…", "sentences.csv": "…"}}, …},
     "runs": {"03-…": {…}}}

``runs`` is written by ``scripts/run_notebooks.py`` (``record_run``) to decide
which notebooks ``make report`` may skip (``run_is_current``).
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from helpers.io import atomic_text_file

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1
#: The table every build is measured against: notebook 01's list of articles.
BUILD_TABLE = "documents.csv"
#: Notebook 01's outputs whose content identifies a corpus build.
BUILD_IDENTITY_TABLES = ("documents.csv", "sentences.csv")
#: Which notebook writes which table, for messages about tables the manifest does not know.
PRODUCED_BY = {
    "documents.csv": "01-clean-corpus",
    "removed_lines.csv": "01-clean-corpus",
    "sentences.csv": "01-clean-corpus",
    "skipped_files.csv": "01-clean-corpus",
    "term_frequencies.csv": "02-compare-term-frequencies",
    "keyness.csv": "02-compare-term-frequencies",
    "ngrams.csv": "02-compare-term-frequencies",
    "group_keyness.csv": "02-compare-term-frequencies",
    "sentence_topics.csv": "03-cluster-cooperation-topics",
    "topic_profiles.csv": "03-cluster-cooperation-topics",
    "clusters.csv": "03-cluster-cooperation-topics",
    "topic_terms.csv": "03-cluster-cooperation-topics",
    "group_topic_profiles.csv": "03-cluster-cooperation-topics",
    "topic_trends.csv": "03-cluster-cooperation-topics",
    "cooccurrence.csv": "04-plot-frequency-and-cooccurrence",
}


class StaleInputsError(RuntimeError):
    """A notebook's input table is missing, changed, or from another corpus build."""


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks (a large table never sits in memory twice)."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _empty_manifest() -> dict:
    return {"format": MANIFEST_FORMAT, "tables": {}, "runs": {}}


def read_manifest(processed_dir: str | Path) -> dict:
    """The manifest of ``processed_dir`` (an empty one when there is none yet).

    A manifest that is not valid JSON is treated as empty: every table is then
    unrecorded, so notebooks ask for a rerun instead of trusting anything.
    """
    path = Path(processed_dir) / MANIFEST_NAME
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return _empty_manifest()
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        return _empty_manifest()
    manifest.setdefault("tables", {})
    manifest.setdefault("runs", {})
    return manifest


def _write_manifest(processed_dir: Path, manifest: dict) -> Path:
    """Write the manifest via a temp file and a rename: a reader never sees half of it."""
    path = processed_dir / MANIFEST_NAME
    with atomic_text_file(path) as stream:
        stream.write(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return path


@contextlib.contextmanager
def _locked_manifest(processed_dir: Path) -> Iterator[dict]:
    """Read, let the caller change, and write the manifest under an exclusive lock.

    Two notebooks writing at the same time (JupyterLab beside ``make report``)
    would otherwise each read the old manifest and the second would drop the
    first one's entries. The lock is advisory (``fcntl``); where it does not
    exist (Windows) the atomic rename still keeps the file whole.
    """
    processed_dir.mkdir(parents=True, exist_ok=True)
    lock_path = processed_dir / f".{MANIFEST_NAME}.lock"
    with open(lock_path, "a") as lock:
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - not on POSIX
            pass
        manifest = read_manifest(processed_dir)
        yield manifest
        _write_manifest(processed_dir, manifest)


def _jsonable(value: object) -> object:
    """Parameters as JSON values: paths and other objects become strings."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


def parameter_names(notebook_path: str | Path) -> list[str]:
    """Names assigned in the notebook's cell tagged ``parameters``, in order."""
    cells = json.loads(Path(notebook_path).read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            tree = ast.parse("".join(cell["source"]))
            return [
                target.id
                for node in tree.body
                if isinstance(node, ast.Assign)
                for target in node.targets
                if isinstance(target, ast.Name)
            ]
    return []


def notebook_parameters(notebook: str, namespace: Mapping[str, object]) -> dict[str, object]:
    """The current values of ``notebook``'s parameters, read from ``namespace``.

    Input: the notebook's name without ``.ipynb`` and the kernel's ``globals()``
    (after papermill's injected cell). Output: ``{name: value}`` for every name of
    the parameters cell of ``notebooks/<notebook>.ipynb``, as JSON values, so
    the manifest says with which parameters a table was written.
    """
    from helpers.paths import find_project_root

    path = find_project_root() / "notebooks" / f"{notebook}.ipynb"
    names = parameter_names(path) if path.is_file() else []
    return {name: _jsonable(namespace[name]) for name in names if name in namespace}


def input_file_hashes(input_dirs: Iterable[str | Path], root: Path) -> dict[str, str]:
    """sha256 of every file directly in each input folder (articles and metadata.csv).

    Keys are paths relative to ``root`` where possible. A missing folder adds
    nothing, like in ``build_corpus``; a file added, removed or edited changes
    the result, which is what ``make report`` needs to know.
    """
    from helpers.paths import relative_to_root, resolve

    hashes = {}
    for folder in input_dirs:
        folder = resolve(folder, root)
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            hashes[relative_to_root(path, root)] = file_sha256(path)
    return hashes


def build_id_of(paths: Mapping[str, Path]) -> str:
    """The build identity: a hash of the content of ``documents.csv`` and ``sentences.csv``."""
    digest = hashlib.sha256()
    for name in BUILD_IDENTITY_TABLES:
        digest.update(f"{name}:{file_sha256(paths[name])}\n".encode())
    return digest.hexdigest()[:16]


def _rerun_hint(notebook: str) -> str:
    return f"rerun notebook {notebook[:2]} (or `make report`)"


def check_inputs(processed_dir: str | Path, notebook: str, needed: Sequence[str]) -> dict[str, str]:
    """Stop unless every table ``notebook`` needs is recorded, unchanged and of the current build.

    Input: the processed folder, the reading notebook's name (for the message)
    and the table names it reads (``documents.csv`` is always checked: it
    defines the current build). Output: ``{table name: sha256}`` as checked, to
    be passed to ``record_outputs`` as the inputs of what the notebook writes.
    Raises ``StaleInputsError`` naming each table at fault and the notebook to
    rerun, the earliest first.
    """
    processed_dir = Path(processed_dir)
    manifest = read_manifest(processed_dir)
    tables = manifest["tables"]
    names = list(dict.fromkeys([BUILD_TABLE, *needed]))
    problems: list[tuple[str, str]] = []  # (notebook to rerun, why)
    hashes: dict[str, str] = {}
    for name in names:
        path = processed_dir / name
        entry = tables.get(name)
        producer = entry["notebook"] if entry else PRODUCED_BY.get(name, "the notebook writing it")
        if not path.is_file():
            problems.append((producer, f"{name} does not exist in {processed_dir}"))
            continue
        if entry is None:
            problems.append(
                (
                    producer,
                    f"{name} is not recorded in {MANIFEST_NAME} (written by hand, or "
                    "before the manifest existed)",
                )  # fmt: skip
            )
            continue
        hashes[name] = file_sha256(path)
        if hashes[name] != entry["sha256"]:
            problems.append(
                (producer, f"{name} was changed since {producer} wrote it on {entry['written_at']}")
            )
    build = tables.get(BUILD_TABLE, {}).get("build_id")
    if build is not None:
        built_at = tables[BUILD_TABLE]["written_at"]
        for name in names:
            entry = tables.get(name)
            if entry is None or name not in hashes or entry["build_id"] == build:
                continue
            when = "an earlier" if entry["written_at"] <= built_at else "another"
            problems.append(
                (
                    entry["notebook"],
                    f"{name} was written by {entry['notebook']} for {when} corpus "
                    "build than documents.csv",
                )  # fmt: skip
            )
    if problems:
        problems.sort(key=lambda problem: problem[0])
        lines = [f"{why}; {_rerun_hint(producer)}." for producer, why in problems]
        raise StaleInputsError(
            f"{notebook} cannot use its inputs: " + " ".join(lines)
            if len(lines) == 1
            else f"{notebook} cannot use its inputs:\n" + "\n".join(f"- {line}" for line in lines)
        )
    return hashes


def record_outputs(
    processed_dir: str | Path,
    notebook: str,
    parameters: Mapping[str, object],
    written_paths: Iterable[str | Path],
    inputs: Mapping[str, str],
) -> dict:
    """Record the tables ``notebook`` has just written in the manifest, and return it.

    Input: the processed folder (the tables must be in it), the writing
    notebook's name, its parameters, the paths written, and the inputs read:
    for notebook 01 the input files' hashes (``input_file_hashes``), for later
    notebooks what ``check_inputs`` returned. When the written tables include
    ``documents.csv`` and ``sentences.csv`` a new build starts; otherwise the
    tables join the build of ``documents.csv``, provided the inputs are still
    what was read (a table rewritten meanwhile raises ``StaleInputsError``).
    """
    processed_dir = Path(processed_dir)
    paths = {Path(p).name: Path(p) for p in written_paths}
    for path in paths.values():
        if path.resolve().parent != processed_dir.resolve():
            raise ValueError(f"{path} is not in {processed_dir}: the manifest covers one folder")
    with _locked_manifest(processed_dir) as manifest:
        tables = manifest["tables"]
        if all(name in paths for name in BUILD_IDENTITY_TABLES):
            build = build_id_of(paths)
        else:
            changed = [
                name
                for name, digest in inputs.items()
                if name in tables and tables[name]["sha256"] != digest
            ]
            if changed or BUILD_TABLE not in tables:
                raise StaleInputsError(
                    f"{', '.join(changed) or BUILD_TABLE} changed while {notebook} ran; "
                    f"{_rerun_hint(notebook)}."
                )
            build = tables[BUILD_TABLE]["build_id"]
        written_at = _utc_now()
        for name, path in paths.items():
            tables[name] = {
                "build_id": build,
                "notebook": notebook,
                "parameters": _jsonable(dict(parameters)),
                "written_at": written_at,
                "sha256": file_sha256(path),
                "inputs": dict(sorted(inputs.items())),
            }
    return manifest


# --- what scripts/run_notebooks.py needs to skip notebooks that are up to date ---


def code_fingerprint(
    notebook_path: Path,
    helpers_dir: Path,
    versions: Mapping[str, str],
    settings_files: Sequence[Path] = (),
) -> str:
    """A hash of the notebook file, every file of the helpers package, the package versions
    and the researcher's settings files (such as ``data/lexicon_additions.csv``).

    Any edit to the notebook, a helper module or a resource list (stopwords,
    lexicon...), another version of a library, or a settings file created,
    edited or deleted, changes it.
    """
    digest = hashlib.sha256()
    for path in settings_files:
        content = Path(path).read_bytes() if Path(path).is_file() else b"absent"
        digest.update(f"\0{Path(path).name}\0".encode() + content)
    digest.update(b"notebook\0" + Path(notebook_path).read_bytes())
    for path in sorted(p for p in Path(helpers_dir).rglob("*") if p.is_file()):
        if "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(f"\0{path.relative_to(helpers_dir).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(dict(versions), sort_keys=True).encode())
    return digest.hexdigest()


def _table_hashes(processed_dir: Path) -> dict[str, str]:
    """sha256 of every CSV table in ``processed_dir``, by file name."""
    return {path.name: file_sha256(path) for path in sorted(processed_dir.glob("*.csv"))}


def notebook_tables(manifest: dict, notebook: str) -> dict[str, dict]:
    """The manifest entries of the tables ``notebook`` wrote."""
    return {name: e for name, e in manifest["tables"].items() if e["notebook"] == notebook}


def record_run(
    processed_dir: str | Path,
    notebook: str,
    parameters: Mapping[str, object],
    fingerprint: str,
    artefacts: Mapping[str, str],
) -> None:
    """Note that the runner executed ``notebook`` with ``parameters`` and this code.

    The run keeps the hashes of the tables the notebook recorded, so that a later
    edit (a rerun in JupyterLab with other parameters) makes the run stale, and
    of the ``artefacts`` the runner made from it (``{path: sha256}``: the HTML
    reports, the executed notebook, the figures), so that a deleted or
    overwritten report is made again.
    """
    with _locked_manifest(Path(processed_dir)) as manifest:
        outputs = notebook_tables(manifest, notebook)
        manifest["runs"][notebook] = {
            "parameters": _jsonable(dict(parameters)),
            "code_sha256": fingerprint,
            "outputs": {name: entry["sha256"] for name, entry in sorted(outputs.items())},
            "artefacts": dict(sorted(artefacts.items())),
            "written_at": _utc_now(),
        }
        if not outputs:
            # A notebook that writes no table (05-explore) is current while every table it
            # could have read is unchanged.
            manifest["runs"][notebook]["read_tables"] = _table_hashes(Path(processed_dir))


def run_is_current(
    processed_dir: str | Path,
    notebook: str,
    parameters: Mapping[str, object],
    fingerprint: str,
    root: Path,
) -> str | None:
    """Why ``notebook`` must run again, or ``None`` when its recorded run is still valid.

    Valid means: the runner ran it with the same parameters and code; its
    reports and figures are as it left them; each table it wrote is on disk
    unchanged and belongs to the current build; each input table (or, for
    notebook 01, each input file) is unchanged since. When in doubt (anything
    missing or unreadable) the answer is to rerun.
    """
    from helpers.paths import resolve

    processed_dir = Path(processed_dir)
    manifest = read_manifest(processed_dir)
    run = manifest["runs"].get(notebook)
    if run is None:
        return "never run by the runner"
    if run["parameters"] != _jsonable(dict(parameters)):
        return "other parameters"
    if run["code_sha256"] != fingerprint:
        return "notebook or helpers changed"
    for artefact, digest in run.get("artefacts", {}).items():
        path = resolve(artefact, root)
        if not path.is_file() or file_sha256(path) != digest:
            return f"{artefact} missing or changed"
    outputs = notebook_tables(manifest, notebook)
    if not outputs and "read_tables" in run:
        same = run["read_tables"] == _table_hashes(processed_dir)
        return None if same else "tables in data/processed changed"
    if not outputs or set(outputs) != set(run["outputs"]):
        return "outputs not recorded"
    build = manifest["tables"].get(BUILD_TABLE, {}).get("build_id")
    for name, entry in outputs.items():
        path = processed_dir / name
        if not path.is_file() or file_sha256(path) != entry["sha256"]:
            return f"{name} changed"
        if entry["build_id"] != build:
            return "notebook 01 rebuilt the corpus since"
        if entry["sha256"] != run["outputs"][name]:
            return f"{name} rewritten since"
        for input_name, digest in entry["inputs"].items():
            if input_name.endswith(".csv") and "/" not in input_name:
                current = processed_dir / input_name
                if not current.is_file() or file_sha256(current) != digest:
                    return f"input {input_name} changed"
    first = next(iter(outputs.values()))
    if BUILD_TABLE in outputs:  # notebook 01: its inputs are the article folders
        folders = first["parameters"].get("input_dirs", [])
        recorded = outputs[BUILD_TABLE]["inputs"]
        if input_file_hashes(folders, root) != recorded:
            return "input articles changed"
    return None
