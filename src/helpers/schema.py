"""One place for the project's shared facts: topics, removal reasons, output columns.

Everything that names a topic, a removal reason or a column of a file in
``data/processed/`` imports it from here, so a change is made once.
The column lists are the columns each file must hold (the contracts of the
data dictionary, ``docs/data-dictionary.md``); writers may add extra columns
after them. This module imports nothing from the package, so any module can use it.
"""

from __future__ import annotations

#: The cooperation topics of DESIGN.md, in the order charts and tables show them.
TOPICS = ("energy", "security", "education", "emergency", "other")
#: The four named fields of cooperation (every topic but ``other``).
FIELDS = TOPICS[:4]

#: Every reason a removal can carry (the data dictionary documents each one).
REASONS = (
    "html_markup",
    "metadata_header",
    "audio_player",
    "timestamp",
    "url",
    "image_filename",
    "widget_label",
    "end_mark",
    "agency_signoff",
    "related_articles",
    "references",
    "reader_comments",
    "byline",
    "photo_caption",
    "site_chrome",
    "duplicate_line",
    "page_header",
    "section_label",
    "headline",
    "dateline",
    "empty_after_trimming",
    "joined_to_previous_line",
    "repeated_on_other_pages",
)

# notebook 01
DOCUMENT_COLUMNS = (
    "doc_id", "source_file", "title", "date", "date_source", "language", "outlet",
    "n_input_lines", "n_kept_lines", "n_removed_lines", "n_sentences", "n_tokens", "n_terms",
    "sha256", "kept_share", "truncated",
)  # fmt: skip
#: Columns notebook 01 computes; a metadata.csv column may not silently replace them.
COMPUTED_DOCUMENT_COLUMNS = (
    *DOCUMENT_COLUMNS, "title_source", "encoding", "n_trimmed_fragments", "n_input_letters",
)  # fmt: skip
REMOVED_COLUMNS = ("doc_id", "line_no", "text", "reason", "scope")
SENTENCE_COLUMNS = ("doc_id", "sent_id", "paragraph_id", "language", "text", "tokens", "terms")
SKIPPED_COLUMNS = ("source_file", "reason", "detail")

# notebook 02
TERM_FREQUENCY_COLUMNS = ("doc_id", "term", "count", "rel_per_1000", "doc_freq", "tfidf")
KEYNESS_COLUMNS = (
    "doc_id", "term", "count_target", "count_reference", "g2", "log_ratio", "p_value",
)  # fmt: skip
NGRAM_COLUMNS = ("language", "n", "ngram", "count", "n_docs", "measure", "score")
GROUP_KEYNESS_COLUMNS = (
    "group_by", "group", "language", "term", "count_group", "count_rest",
    "rel_group", "rel_rest", "log_ratio", "g2", "p_value", "reliable",
)  # fmt: skip

# notebook 03
MODEL_TOPIC_COLUMNS = (
    *(f"model_{field}" for field in FIELDS), "model_topic", "model_probability",
)  # fmt: skip
SENTENCE_TOPIC_COLUMNS = (
    "doc_id", "sent_id", *TOPICS, "matched_terms", "cluster", *MODEL_TOPIC_COLUMNS,
)  # fmt: skip
TOPIC_PROFILE_COLUMNS = ("doc_id", "topic", "n_sentences", "share")
CLUSTER_COLUMNS = ("cluster", "size", "top_terms", "topic")
GROUP_TOPIC_PROFILE_COLUMNS = (
    "group_by", "group", "topic", "n_articles", "n_sentences", "share", "ci_low", "ci_high",
)  # fmt: skip
TOPIC_TREND_COLUMNS = (
    "period", "topic", "n_articles", "n_sentences", "share", "ci_low", "ci_high",
)  # fmt: skip
TOPIC_TERM_COLUMNS = ("topic", "term", "weight", "in_lexicon")

# notebook 04
COOCCURRENCE_COLUMNS = ("term_a", "term_b", "scope", "language", "count", "npmi")

#: The required columns of every file in data/processed/, by file name.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents.csv": DOCUMENT_COLUMNS,
    "removed_lines.csv": REMOVED_COLUMNS,
    "sentences.csv": SENTENCE_COLUMNS,
    "skipped_files.csv": SKIPPED_COLUMNS,
    "term_frequencies.csv": TERM_FREQUENCY_COLUMNS,
    "keyness.csv": KEYNESS_COLUMNS,
    "ngrams.csv": NGRAM_COLUMNS,
    "group_keyness.csv": GROUP_KEYNESS_COLUMNS,
    "sentence_topics.csv": SENTENCE_TOPIC_COLUMNS,
    "topic_profiles.csv": TOPIC_PROFILE_COLUMNS,
    "clusters.csv": CLUSTER_COLUMNS,
    "group_topic_profiles.csv": GROUP_TOPIC_PROFILE_COLUMNS,
    "topic_trends.csv": TOPIC_TREND_COLUMNS,
    "topic_terms.csv": TOPIC_TERM_COLUMNS,
    "cooccurrence.csv": COOCCURRENCE_COLUMNS,
}
