# Two commands do everything on a fresh machine: `make run` and `make test` (each sets up what is missing).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup bench bundle mutate clean translations

run: $(STAMP)
	$(BIN)/briefing $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check briefing tests packaging
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt packaging/system-deps.sh
	packaging/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $@

# every benchmark: a table against the targets, and build/bench.json (BENCH_ARGS=--quick for a quick look)
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run_all.py $(BENCH_ARGS)

# the PyInstaller bundle (build/dist/fujian-briefing/), then launched and measured against .venv
bundle: $(STAMP)
	packaging/build-bundle.sh
	$(BIN)/python packaging/check_bundle.py

# mutation testing of the provenance, number, import-agreement and atomic-write modules ([tool.mutmut] in
# pyproject.toml; survivors explained in README, "Mutation testing"); not part of make test: it takes minutes
mutate: $(STAMP)
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test,mutate]'
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results

# the interface's Chinese: new or changed texts of briefing/gui into the .ts (translate them there, e.g. with
# pyside6-linguist), then the committed .qm from it; tests/test_i18n.py fails while either is behind the code
translations: $(STAMP)
	$(BIN)/pyside6-lupdate briefing/gui/*.py -ts resources/i18n/briefing_zh_CN.ts -source-language en \
		-target-language zh_CN -locations none -no-obsolete
	$(BIN)/pyside6-lrelease resources/i18n/briefing_zh_CN.ts -qm resources/i18n/briefing_zh_CN.qm

clean:
	rm -rf $(VENV) build dist .pytest_cache mutants
