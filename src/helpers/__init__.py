"""Shared code for the Vietnam–Russia cooperation corpus notebooks.

The modules follow the pipeline stages of DESIGN.md:

- ``paths``       where the project, its inputs and outputs live
- ``io``          atomic, deterministic CSV writing
- ``corpus``      finding and decoding input files, duplicates, language
- ``cleaning``    page-furniture removal with a logged reason for every line
- ``metadata``    title, date and outlet of an article
- ``vietnamese``  NFC, tone-mark convention, hyphen compounds, word segmentation
- ``english``     tokenising the English articles
- ``terms``       stopword lists and token-to-term filtering
- ``pipeline``    notebook 01's corpus build: files in, three tables out
"""

__version__ = "0.1.0"
