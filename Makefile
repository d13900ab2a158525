# Two commands on a fresh machine: `make kb` (set up, build the knowledge base) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= data/processed/kb.sqlite

.PHONY: setup kb rebuild export eval eval-real test bench fuzz datasette clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

setup: $(STAMP)

kb: setup  ## build data/processed/kb.sqlite from data/raw and print the summary
	$(BIN)/c4ir-kb ingest data/raw --db $(DB)
	$(BIN)/c4ir-kb export --db $(DB) -o data/processed/kb.json

rebuild: setup  ## what the nightly job runs: a fresh, atomic, incremental rebuild
	$(BIN)/c4ir-kb rebuild data/raw --db $(DB)
	$(BIN)/c4ir-kb export --db $(DB) -o data/processed/kb.json

eval: kb
	$(BIN)/c4ir-kb eval tests/gold/seeds.gold.json --db $(DB)

test: setup
	$(BIN)/python -m pytest

bench: setup  ## speed and memory; e.g. make bench BENCH_ARGS="--json --stream-articles 100000"
	$(BIN)/python -m c4ir_kb.bench $(BENCH_ARGS)

eval-real: setup  ## score the real-news set (needs the cache, see tests/realnews/README.md)
	-$(BIN)/python -m c4ir_kb.quality.realnews check | tail -2
	$(BIN)/c4ir-kb eval tests/realnews --cached-only --split dev,test-s2,test-s3,val,test-s5,test-s6,test-s7,test-s8,test-s9,test-s10,test-s11
	$(BIN)/c4ir-kb eval tests/realnews --cached-only --split test
	$(BIN)/c4ir-kb eval tests/realnews --cached-only --split test-s12

fuzz: setup  ## 10,000 generated inputs through extract and ingest: counts of tracebacks, failures, lost articles (all 0)
	$(BIN)/python -m c4ir_kb.quality.fuzz

datasette: kb
	$(BIN)/python -m pip install --quiet -e '.[datasette]'
	$(BIN)/datasette $(DB) --metadata c4ir_kb/data/datasette.json

clean:
	rm -rf $(VENV) data/processed/*.sqlite data/processed/*.json
