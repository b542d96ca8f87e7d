"""Check a crawl before trusting it: how much text cleaning keeps, what it removes, which dates.

Usage: ``python scripts/audit_corpus.py FOLDER [FOLDER ...] [--threshold 0.8]
[--min-kept 0.97] [--max-below 0.01] [--period 2017-02-01:2017-07-31]``
(``make audit INPUT=folder``). Reads and cleans every ``*.txt`` exactly as
notebook 01 does, without segmenting, and prints the same figures notebook 01
shows: letters kept overall and per article, the articles below the
threshold with what was removed, removed letters per reason, and dates per
source. Exits 1 when a threshold is missed (so CI can guard it), 2 when no
article could be read.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

from helpers.audit import (
    DEFAULT_KEPT_SHARE_THRESHOLD,
    articles_below_threshold,
    audit_failures,
    dates_overview,
    kept_share_overview,
    removed_letters_by_reason,
)
from helpers.pipeline import describe_folders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of .txt pages")
    parser.add_argument(
        "--threshold", type=float, default=DEFAULT_KEPT_SHARE_THRESHOLD,
        help="list articles keeping less than this share of their letters (default 0.8)",
    )  # fmt: skip
    parser.add_argument(
        "--min-kept", type=float, default=0.0,
        help="fail when less than this share of all letters is kept (e.g. 0.97)",
    )  # fmt: skip
    parser.add_argument(
        "--max-below", type=float, default=1.0,
        help="fail when more than this share of articles is below --threshold (e.g. 0.01)",
    )  # fmt: skip
    parser.add_argument(
        "--period", help="FIRST:LAST (YYYY-MM-DD): fail when a found date falls outside"
    )
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not folder.is_dir():
            print(f"error: {folder} is not a folder", file=sys.stderr)
            return 2
    period = tuple(args.period.split(":")) if args.period else None

    started = time.perf_counter()
    documents, removed, skipped = describe_folders(args.folders)
    elapsed = time.perf_counter() - started
    if documents.empty:
        print(f"error: no article could be read in {', '.join(map(str, args.folders))}")
        print(skipped.to_string(index=False))
        return 2
    pd.set_option("display.width", 160)
    pd.set_option("display.max_colwidth", 90)

    overview = kept_share_overview(documents, args.threshold)
    print(f"{overview.n_articles} articles read in {elapsed:.1f} s; {len(skipped)} files skipped.")
    print(
        f"Letters kept: {overview.overall:.2%} overall; per article median "
        f"{overview.median:.1%}, lowest {overview.minimum:.1%}."
    )
    print(
        f"{overview.n_below} articles ({overview.share_below:.1%}) keep less than "
        f"{args.threshold:.0%}; {overview.n_truncated} end mid-sentence (kept, flagged truncated)."
    )
    below = articles_below_threshold(documents, removed, args.threshold, sample_chars=80)
    if not below.empty:
        print("\nArticles below the threshold:")
        print(below.drop(columns="source_file").to_string(index=False))
    print("\nRemoved letters by reason (headline: moved to the title, not lost):")
    table = removed_letters_by_reason(removed, documents)
    print(table.to_string(index=False, formatters={"share_of_input": "{:.2%}".format}))
    print("\nDates by source:")
    dates = dates_overview(documents, period)
    print(dates.to_string(index=False))
    if not skipped.empty:
        print("\nSkipped files:")
        print(skipped.to_string(index=False))

    n_outside = int(dates.outside_period.sum()) if period else 0
    failures = audit_failures(overview, args.min_kept, args.max_below, n_outside)
    for failure in failures:
        print(f"AUDIT FAILED: {failure}", file=sys.stderr)
    if not failures:
        print("\nAudit passed.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
