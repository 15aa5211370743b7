# Convenience targets; CI runs .ci/run.
PY ?= python3

.PHONY: install test lint eval bench demo ci

install:
	$(PY) -m pip install -e ".[all,dev]"

test:
	$(PY) -m pytest -q

lint:
	ruff check src tests benchmarks
	mypy

eval:
	rasd eval

bench:
	$(PY) benchmarks/bench_analyze.py
	-$(PY) benchmarks/bench_ner.py
	-$(PY) benchmarks/bench_places.py
	-$(PY) benchmarks/bench_ingest.py

demo:
	rasd demo

ci:
	bash .ci/run
