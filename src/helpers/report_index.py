"""``reports/index.html``: the corpus, the key findings (numbers read from
``data/processed/``) and links to every rendered notebook.

Every value from the data is HTML-escaped: article text is data, never markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from helpers.audit import cleaning_warning, kept_share_overview
from helpers.cooccurrence import rank_pairs
from helpers.labels import article_labels
from helpers.lexicon import term_topics
from helpers.schema import FIELDS, TOPICS
from helpers.topics import (
    align_hand_labels,
    cosine_similarity,
    leading_fields,
    load_hand_labels,
    score_per_topic,
)

#: Beyond this many articles the index counts instead of listing them one by one.
MAX_ARTICLES_LISTED = 12


def _read(processed: Path, name: str) -> pd.DataFrame | None:
    path = processed / name
    return pd.read_csv(path, keep_default_na=False) if path.is_file() else None


def key_findings(processed: Path) -> list[str]:
    """Plain-text findings computed from the processed tables (missing tables are skipped)."""
    findings: list[str] = []
    documents = _read(processed, "documents.csv")
    removed = _read(processed, "removed_lines.csv")
    if documents is not None and not documents.empty:
        languages = documents.language.value_counts()
        dated = documents[documents.date != ""].date
        span = f", dated {dated.min()} to {dated.max()}" if len(dated) else ""
        findings.append(
            f"{len(documents)} articles ({languages.get('vi', 0)} Vietnamese, "
            f"{languages.get('en', 0)} English){span}: {int(documents.n_sentences.sum())} "
            f"sentences and {int(documents.n_terms.sum())} content terms after cleaning."
        )
    if removed is not None and documents is not None and not documents.empty:
        whole = removed[removed.scope == "line"] if "scope" in removed else removed
        headlines = int((whole.reason == "headline").sum())
        furniture = whole[whole.reason != "headline"]
        top = furniture.reason.value_counts().head(3)
        findings.append(
            f"{len(furniture)} of {int(documents.n_input_lines.sum())} non-blank input lines were "
            "page furniture, mostly "
            + ", ".join(f"{r} ({n})" for r, n in top.items())
            + f"; {headlines} headlines were moved to the document titles."
        )
        if "kept_share" in documents:
            overview = kept_share_overview(documents)
            findings.append(
                f"Cleaning kept {overview.overall:.1%} of all letters read; "
                f"{overview.n_below} articles keep less than {overview.threshold:.0%} and "
                f"{overview.n_truncated} end mid-sentence (kept, flagged as truncated)."
            )
    profiles = _read(processed, "topic_profiles.csv")
    if profiles is not None and not profiles.empty:
        wide = profiles.pivot(index="doc_id", columns="topic", values="share")
        # The notebooks' labels, so the index names articles as the reports do.
        label_of = article_labels(documents) if documents is not None else pd.Series(dtype=object)
        leading = {doc_id: leading_fields(row) for doc_id, row in wide.iterrows()}
        if len(leading) <= MAX_ARTICLES_LISTED:
            parts = [
                f"{label_of.get(doc_id, doc_id)}: {'/'.join(fields) or 'none'} ({best:.0%})"
                for doc_id, (fields, best) in leading.items()
            ]
            findings.append("Field with the largest share of each article's sentences: "
                            + "; ".join(parts) + ".")  # fmt: skip
        else:
            counts = pd.Series(
                ["/".join(fields) or "none" for fields, _ in leading.values()]
            ).value_counts()
            findings.append(
                f"Field with the largest share of the sentences, counted over {len(leading)} "
                "articles: " + ", ".join(f"{field} {n}" for field, n in counts.items()) + "."
            )
        pair = [d for d in wide.index if d.startswith(("000", "004"))]
        if len(pair) == 2:
            similarity = cosine_similarity(wide.loc[pair[0], list(TOPICS)],
                                           wide.loc[pair[1], list(TOPICS)])  # fmt: skip
            findings.append(f"The Vietnamese report (000) and its English wire version (004) have "
                            f"topic profiles with cosine similarity {similarity:.3f}.")  # fmt: skip
    tags = _read(processed, "sentence_topics.csv")
    sentences = _read(processed, "sentences.csv")
    if tags is not None and sentences is not None and not tags.empty:
        hand = align_hand_labels(load_hand_labels(), sentences)
        if len(hand):
            scores = score_per_topic(hand, tags).set_index("topic").f1
            findings.append(
                f"Against {len(hand)} hand-labelled sentences the topic lexicon reaches F1 "
                + ", ".join(f"{t} {scores[t]:.2f}" for t in FIELDS)
                + "."
            )
    pairs = _read(processed, "cooccurrence.csv")
    if pairs is not None and not pairs.empty:
        vi = pairs[(pairs.scope == "sentence") & (pairs.get("language", "vi") == "vi")]
        fields = {t for t, topic in term_topics().items() if topic in FIELDS}
        ranked = rank_pairs(vi, fields)
        notes = []
        for a, b in (("dầu_khí", "năng_lượng"), ("an_ninh", "quốc_phòng")):
            row = ranked[(ranked.term_a == a) & (ranked.term_b == b)]
            if len(row):
                notes.append(f"{a.replace('_', ' ')}–{b.replace('_', ' ')} ranks "
                             f"{int(row['rank'].iloc[0])} of {len(ranked)}")  # fmt: skip
        if notes:
            findings.append("Strongest bonds of the cooperation vocabulary (sentence NPMI): "
                            + "; ".join(notes) + ".")  # fmt: skip
    return findings


def index_html(processed: Path, reports: Sequence[tuple[str, str, str]]) -> str:
    """The index page. ``reports``: (notebook name, full report file, reader report file)."""
    findings = "".join(f"<li>{html.escape(f)}</li>" for f in key_findings(processed))
    documents = _read(processed, "documents.csv")
    warning = cleaning_warning(documents) if documents is not None else None
    warning_html = (
        f'<p class="warning" role="alert"><b>Check before trusting:</b> {html.escape(warning)}</p>'
        if warning
        else ""
    )
    links = "".join(
        f'<li><b>{html.escape(name)}</b>: <a href="{html.escape(full)}">full report</a> · '
        f'<a href="{html.escape(reader)}">reader version (no code)</a></li>'
        for name, full, reader in reports
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Vietnam–Russia cooperation in the news: reports</title>"
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:52rem;margin:2rem auto;"
        "line-height:1.5;padding:0 1rem}h1{font-size:1.6rem}li{margin:.3rem 0}"
        ".warning{background:#fff4e5;border-left:4px solid #e69f00;padding:.6rem .9rem}"
        "</style></head><body>"
        "<h1>Vietnam–Russia cooperation in the news</h1>"
        "<p>A corpus of Vietnamese and English news articles on Vietnam–Russia cooperation, "
        "cleaned, segmented and analysed for the fields of cooperation each article stresses "
        "(energy, security, education, emergency response). Every number below is read from "
        "<code>data/processed/</code>; each report ends with the versions, resources, "
        "parameters and input hashes that produced it.</p>"
        f"{warning_html}<h2>Key findings</h2><ul>{findings}</ul>"
        f"<h2>Reports</h2><ul>{links}</ul>"
        "</body></html>\n"
    )


def write_index(processed: Path, reports_dir: Path, reports: Sequence[tuple[str, str, str]]
                ) -> Path:  # fmt: skip
    """Write ``index.html`` into ``reports_dir`` and return its path."""
    path = reports_dir / "index.html"
    path.write_text(index_html(processed, reports), encoding="utf-8")
    return path
