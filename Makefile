# The only entry points: `make run` and `make test` set everything up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
JS_STAMP := tests/js/node_modules/.installed

.PHONY: run test lint fmt bench eval eval-agreement train-learned eval-replies gallery clean system-packages

APP_STAMP := $(VENV)/.installed-app

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# `make run` needs only what the app itself imports: a first start in seconds, not minutes (#20).
$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $(APP_STAMP)

# Tests, linters, benchmarks and the PostgreSQL driver come with `make test` and `make lint`.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,bench,postgres]'
	touch $(STAMP) $(APP_STAMP)

# The independent JavaScript parsers that some tests read our files back with.
$(JS_STAMP): tests/js/package.json tests/js/package-lock.json | system-packages
	cd tests/js && npm ci --silent --no-audit --no-fund
	touch $(JS_STAMP)

# Debian's Chromium (browser tests), Node.js (the second .eml parser), PostgreSQL (the
# storage tests' second database) and Dovecot (the IMAP server the inbox tests start):
# installed when missing and run as root, named otherwise.
system-packages:
	scripts/system-packages chromium nodejs postgresql dovecot-imapd

run: $(APP_STAMP)
	$(BIN)/secondchance serve

test: system-packages $(STAMP) $(JS_STAMP) lint
	# The CLI must start with only the runtime dependencies' code paths.
	$(BIN)/secondchance --help > /dev/null
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format src tests benchmarks scripts
	$(BIN)/ruff check --fix src tests benchmarks scripts

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_kit.py
	$(BIN)/python benchmarks/bench_review.py
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_web.py
	$(BIN)/python benchmarks/bench_store.py
	$(BIN)/python benchmarks/bench_reply.py

# docs/kits.md: what the composer writes for a dozen situations (a test keeps it current).
gallery: $(STAMP)
	$(BIN)/python scripts/gallery.py

eval: $(STAMP)
	cd tests && ../$(BIN)/python eval_review.py

# Issue 17: two readers' labels side by side, and the reviewer between them.
eval-agreement: $(STAMP)
	cd tests && ../$(BIN)/python eval_agreement.py

# Issue 17: retrain the reviewer's learned layer from tests/data and choose where it may add a
# code, on sealed author batches it was not trained on (under a minute).
train-learned: $(STAMP)
	$(BIN)/pip install --quiet -e '.[learn]'
	cd tests && ../$(BIN)/python train_learned.py

# Issue 18: kind accuracy, offered times found and invented, on the labelled replies.
eval-replies: $(STAMP)
	cd tests && ../$(BIN)/python eval_replies.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
