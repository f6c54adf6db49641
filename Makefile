# Two commands do all the set-up (see README):
#   make run    set up .venv, install, launch the app on the seed corpus
#   make test   set up .venv, install (non-editable, as users get it), run the tests
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SIZES ?= 1000 10000

.PHONY: run test install dev bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install -q '.[test]'

run: install
	$(BIN)/defect-tui

test: install
	$(BIN)/python -m pytest -q -n 2

# For contributors: the checkout itself on the venv's path (tools/dev_link.py),
# so edits are seen without a reinstall; `make test` installs a copy again.
dev: $(BIN)/python
	$(BIN)/python -m pip install -q '.[test]'
	$(BIN)/python -m pip uninstall -q -y defect-tui
	$(BIN)/python tools/dev_link.py

bench: install
	$(BIN)/python bench/run.py --sizes $(SIZES)
	$(BIN)/python bench/long_documents.py

clean:
	rm -rf $(VENV) build dist
