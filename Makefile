# Two commands: `make report` (run every notebook, write data/processed/ and reports/)
# and `make test`. Both create .venv on first use with Python 3.11 and pip only.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# The git filter that keeps notebooks/*.ipynb stripped in git whatever JupyterLab saves
# (.gitattributes names it; README "Working in JupyterLab"). --keep-id: Lab keeps cell ids, so
# renumbering them would only churn the diff. The extra keys are the metadata a kernel, papermill
# or VS Code write that differ between machines; language_info keeps its "name".
FILTER_PYTHON ?= $(abspath $(VPY))
NBSTRIPOUT := "$(FILTER_PYTHON)" -m nbstripout --keep-id
NBSTRIPOUT_EXTRA_KEYS := metadata.language_info.codemirror_mode metadata.language_info.file_extension \
	metadata.language_info.mimetype metadata.language_info.nbconvert_exporter \
	metadata.language_info.pygments_lexer metadata.language_info.version \
	metadata.papermill metadata.vscode cell.metadata.papermill

.PHONY: help report test test-fast lint format venv git-filter clean benchmark audit

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

venv: $(STAMP) git-filter  ## create .venv (Python 3.11), install the project, set the git filter

# Idempotent: `git config` overwrites. Outside a git work tree (a tarball) there is nothing to do.
git-filter:  ## keep notebooks stripped in git (nbstripout filter in .git/config)
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  git config filter.nbstripout.clean '$(NBSTRIPOUT)' && \
	  git config filter.nbstripout.smudge cat && \
	  git config filter.nbstripout.required true && \
	  git config filter.nbstripout.extrakeys '$(strip $(NBSTRIPOUT_EXTRA_KEYS))' && \
	  git config diff.ipynb.textconv '$(NBSTRIPOUT) -t'; \
	fi

$(STAMP): pyproject.toml
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	@$(VPY) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version'
	$(VPY) -m pip install --quiet --upgrade pip
	$(VPY) -m pip install --quiet -e '.[dev]'
	$(VPY) -c 'import sys; from helpers.lab import install_server_config; install_server_config(sys.prefix)'
	@touch $(STAMP)

# make report ARGS="-p input_dirs data/raw --replace-main-report" (see README: runner options)
report: venv  ## run every notebook in order; write data/processed/ and reports/
	$(VPY) scripts/run_notebooks.py $(ARGS)

lint: venv  ## ruff check and format check
	$(VPY) -m ruff check src tests scripts notebooks
	$(VPY) -m ruff format --check src tests scripts notebooks

test: lint  ## the whole suite, notebook runs included (what CI runs)
	$(VPY) -m pytest

test-fast: lint  ## everything but the slow tier: notebook runs, git-filter round trips (< 1 min)
	$(VPY) -m pytest -m "not slow"

format: venv  ## rewrite the code the way `make lint` wants it
	$(VPY) -m ruff format src tests scripts notebooks
	$(VPY) -m ruff check --fix src tests scripts notebooks

# Check a crawl before trusting it: letters kept, removals by reason, dates (no segmentation).
# make audit INPUT=data/raw [ARGS="--period 2017-02-01:2017-07-31 --min-kept 0.97"]
audit: venv  ## check a crawl: make audit INPUT=folder [ARGS=...]
	@test -n "$(INPUT)" || { echo 'usage: make audit INPUT=folder [ARGS="--threshold 0.8"]'; exit 2; }
	$(VPY) scripts/audit_corpus.py $(INPUT) $(ARGS)

# The whole-report ratio on generated pages, then on your own pages in data/raw/ when there are any.
benchmark: venv  ## speed and memory figures (about 20 minutes)
	$(VPY) scripts/benchmark.py
	$(VPY) scripts/benchmark.py --report 3000
	@if ls data/raw/*.txt >/dev/null 2>&1; then $(VPY) scripts/benchmark.py --report-input data/raw; fi

clean:  ## remove reports, processed tables, the manifest and caches (not reports/runs/)
	rm -rf reports/*.html reports/executed reports/figures data/processed/*.csv data/processed/manifest.json data/cache
