"""Shared code for the Vietnam–Russia cooperation corpus notebooks.

The modules follow the pipeline stages (outputs documented in docs/data-dictionary.md):

- ``paths``         where the project, its inputs and outputs live
- ``io``            atomic, deterministic CSV writing and checked reading
- ``corpus``        finding and decoding input files; duplicates and near-duplicates
- ``language``      offline language identification (Vietnamese, English, other)
- ``furniture``     what page furniture looks like (patterns and word lists)
- ``cleaning``      page-furniture removal as ordered small rules, every removal logged
- ``repeated_lines`` lines a site prints on many pages, found across the corpus
- ``audit``         the cleaning self-audit: letters kept, removals by reason, dates
- ``metadata``      title, date and outlet of an article
- ``vietnamese``    NFC, tone-mark convention, hyphen compounds, word segmentation
- ``english``       tokenising the English articles
- ``terms``         stopword lists and token-to-term filtering
- ``cache``         on-disk caches of segmented bodies and whole articles
- ``pipeline``      notebook 01's corpus build: files in, the contract tables out
- ``frequency``     notebook 02: frequencies, dispersion, keyness, n-grams, KWIC
- ``concordance``   notebook 05: a normalised concordance, a query's frequency and neighbours
- ``tables``        long tables, sortable and searchable (itables, offline), escaped
- ``lexicon``       the bilingual concept lexicon and its token matcher
- ``topics``        notebook 03: topic tagging, clustering, evaluation, field lists
- ``cooccurrence``  notebook 04: sentence and window co-occurrence with NPMI
- ``plots``         one plotting style, figure saving, the Vietnamese glyph check
- ``provenance``    what produced a report
- ``rendering``, ``report_index``  the HTML reports and their index page
"""

__version__ = "0.1.0"
