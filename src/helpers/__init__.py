"""Shared code for the Vietnam–Russia cooperation corpus notebooks.

The modules follow the pipeline stages of DESIGN.md:

- ``paths``         where the project, its inputs and outputs live
- ``io``            atomic, deterministic CSV writing and checked reading
- ``corpus``        finding and decoding input files; duplicates and near-duplicates
- ``language``      offline language identification (Vietnamese, English, other)
- ``cleaning``      page-furniture removal with a logged reason for every line
- ``metadata``      title, date and outlet of an article
- ``vietnamese``    NFC, tone-mark convention, hyphen compounds, word segmentation
- ``english``       tokenising the English articles
- ``terms``         stopword lists and token-to-term filtering
- ``cache``         on-disk caches of segmented bodies and whole articles
- ``pipeline``      notebook 01's corpus build: files in, the contract tables out
- ``frequency``     notebook 02: frequencies, dispersion, keyness, n-grams, KWIC
- ``lexicon``       the bilingual concept lexicon and its token matcher
- ``topics``        notebook 03: topic tagging, clustering, evaluation, field lists
- ``cooccurrence``  notebook 04: sentence and window co-occurrence with NPMI
- ``plots``         one plotting style, figure saving, the Vietnamese glyph check
- ``provenance``    what produced a report
- ``rendering``, ``report_index``  the HTML reports and their index page
"""

__version__ = "0.1.0"
