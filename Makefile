# The only entry points: `make run` and `make test` set everything up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fmt bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/secondchance kit --case examples/case.json

test: $(STAMP) lint
	# The CLI must start with only the runtime dependencies' code paths.
	$(BIN)/secondchance --help > /dev/null
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

fmt: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_kit.py
	$(BIN)/python benchmarks/bench_review.py
	$(BIN)/python benchmarks/bench_startup.py

eval: $(STAMP)
	cd tests && ../$(BIN)/python eval_review.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
