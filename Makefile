# Two commands do all the set-up (see README):
#   make run    set up .venv, install, launch the app on the seed corpus
#   make test   set up .venv, install (non-editable, as users get it), run the tests
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SIZES ?= 1000 10000

.PHONY: run test install bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install -q '.[test]'

run: install
	$(BIN)/defect-tui

test: install
	$(BIN)/python -m pytest -q -n 2

bench: install
	$(BIN)/python bench/run.py --sizes $(SIZES)
	$(BIN)/python bench/long_documents.py

clean:
	rm -rf $(VENV) build dist
