# Two commands: `make report` (run every notebook, write data/processed/ and reports/)
# and `make test`. Both create .venv on first use with Python 3.11 and pip only.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: report test lint venv clean benchmark audit

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	@$(VPY) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version'
	$(VPY) -m pip install --quiet --upgrade pip
	$(VPY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

report: $(STAMP)
	$(VPY) scripts/run_notebooks.py

lint: $(STAMP)
	$(VPY) -m ruff check src tests scripts notebooks
	$(VPY) -m ruff format --check src tests scripts notebooks

test: lint
	$(VPY) -m pytest

# Check a crawl before trusting it: letters kept, removals by reason, dates (no segmentation).
# make audit INPUT=data/raw [ARGS="--period 2017-02-01:2017-07-31 --min-kept 0.97"]
audit: $(STAMP)
	@test -n "$(INPUT)" || { echo 'usage: make audit INPUT=folder [ARGS="--threshold 0.8"]'; exit 2; }
	$(VPY) scripts/audit_corpus.py $(INPUT) $(ARGS)

benchmark: $(STAMP)
	$(VPY) scripts/benchmark.py

clean:
	rm -rf reports/*.html reports/executed reports/figures data/processed/*.csv data/processed/manifest.json data/cache
