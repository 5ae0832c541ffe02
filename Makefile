# Etika: the handbook and its checker. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SPHINXOPTS ?= -W --keep-going -n
BUILDDIR := _build

.PHONY: help install test test-fast lint format bench html serve wasm clean system-deps check-rules

help:
	@echo "make install   create .venv and install the project with its test, docs and wasm extras"
	@echo "make test      install everything needed (venv, npm, chromium) and run the whole test suite"
	@echo "make test-fast the edit-test loop: pure Python, no browser, Node or full build (pytest -m 'not slow and not browser and not node')"
	@echo "make lint      ruff (lint and format check), mypy on src/, ESLint on the JavaScript (part of make test)"
	@echo "make format    ruff format and ruff's mechanical fixes (import order, Python 3.11 idioms)"
	@echo "make html      build the handbook: _build/html/ms, _build/html/en, a language chooser and the EPUBs"
	@echo "make serve     build what is missing, then serve the handbook and its checker on http://127.0.0.1:8000"
	@echo "make bench     print performance figures (medians over repeated runs)"
	@echo "make eval      the checker's judgement: recall per function and false alarms on ../shared/eval/"
	@echo "make i18n-status  the English entries that are untranslated or fuzzy, per page"
	@echo "make epub      an EPUB of each language: _build/epub/ms, _build/epub/en"
	@echo "make release   every check, both languages, the EPUBs, the browser bundle:"
	@echo "               dist/etika-handbook-<edition>.zip and its .sha256 (reproducible)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=23"
	$(PY) -m pip install --quiet -e '.[test,docs,wasm]'
	touch $@

install: $(STAMP)

# Debian's chromium drives the browser tests (Playwright cannot download browsers here).
# Debian packages: chromium (the browser tests), wamerican and hunspell-id (the word lists
# tools/typo_guard.py reads; its test checks src/etika_check/typo_guard.py is current).
system-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/dict/american-english ] || [ ! -f /usr/share/hunspell/id_ID.dic ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium wamerican hunspell-id >/dev/null; \
	fi

test: $(STAMP) system-deps lint
	$(PY) -m pytest

# The edit-test loop: what no marker (slow, browser, node; tests/conftest.py) sets apart.
# Needs only the venv; PYTEST_ARGS narrows it (make test-fast PYTEST_ARGS=tests/test_checker_rules.py).
FAST_MARKERS := not slow and not browser and not node
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "$(FAST_MARKERS)" $(PYTEST_ARGS)

# Lint and types: pyproject.toml ([tool.ruff], [tool.mypy]) and wasm/eslint.config.js.
# `ruff format --check` and `ruff check` cover the same paths; `make format` fixes both.
LINTED := src tests tools bench wasm/build.py wasm/bench.py wasm/pycompile.py conf.py
# ESLint: every script the project writes (the browser modules, the service workers, the
# handbook pages' scripts, the Node scripts); the config's paths are from the root.
ESLINTED := wasm/src wasm/node wasm/offline wasm/eslint.config.js docs/_static tests/js
lint: $(STAMP) wasm-deps
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/mypy
	wasm/node_modules/.bin/eslint -c wasm/eslint.config.js $(ESLINTED)

format: $(STAMP)
	$(VENV)/bin/ruff format $(LINTED)
	$(VENV)/bin/ruff check --fix --select I,UP $(LINTED)

check-rules: $(STAMP)
	$(VENV)/bin/etika-check rules --validate

bench: $(STAMP)
	$(PY) bench/checker.py
	$(PY) bench/linearity.py
	$(PY) bench/handbook.py
	$(MAKE) --no-print-directory bench-wasm

clean:
	rm -rf $(BUILDDIR) dist wasm/dist

# --- Browser checker (Pyodide bundle): owned by the wasm side -----------------
# wasm-deps: the Pyodide runtime from npm, pinned by wasm/package-lock.json.
# wasm: docs/_static/wasm/ (runtime files, the project's wheel + python-stdnum,
# compiled to .pyc inside the runtime (wasm/pycompile.py), the worker and page script); Sphinx copies
# it into the site, so `make html` depends on it.
.PHONY: wasm-deps bench-wasm
WASM_NODE_STAMP := wasm/node_modules/.etika-npm-ci-stamp

$(WASM_NODE_STAMP): wasm/package.json wasm/package-lock.json
	cd wasm && npm ci --no-audit --no-fund --loglevel=error
	touch $@

wasm-deps: $(WASM_NODE_STAMP)

# Rebuilt only when its inputs change (the build is reproducible).
WASM_MANIFEST := docs/_static/wasm/manifest.json
WASM_INPUTS := $(shell find src/etika_check -type f -not -name '*.pyc' -not -path '*/__pycache__/*' 2>/dev/null) \
	$(wildcard wasm/src/*) $(wildcard wasm/node/*.mjs) wasm/pycompile.py wasm/build.py wasm/package-lock.json src/etika_tools/reproducible.py src/etika_tools/page_strings.py pyproject.toml

$(WASM_MANIFEST): $(STAMP) $(WASM_NODE_STAMP) $(WASM_INPUTS)
	$(PY) wasm/build.py

wasm: $(WASM_MANIFEST)

html: wasm

# The parity and browser tests need the Pyodide runtime from npm.
test: wasm-deps

# Browser checker figures (first feedback cold/warm, check latency vs CPython,
# bytes loaded); `make bench` may chain it.
bench-wasm: html system-deps
	$(PY) wasm/bench.py

# --- Handbook (Sphinx): html, gettext, i18n-update, serve ----------------------
# Two builds of docs/ with the top-level conf.py: Malay (the source language)
# and English (through locales/en). Each language keeps its own doctrees, so a
# one-page edit rebuilds only that page. _build/html/index.html lets the reader
# choose the language. SPHINXOPTS (-W --keep-going -n) makes every warning fail.
.PHONY: gettext i18n-update i18n-status epub release handbook-browser-deps

# One driver builds the site (etika_handbook.site; the release and the tests' handbook_site
# fixture use it too): both languages, the language chooser, the EPUBs in
# _build/html/muat-turun/ and the offline files (service worker, web app manifest).
SITE := $(PY) -m etika_handbook.site --out $(BUILDDIR) --sphinx-args "$(SPHINXOPTS)"
html: $(STAMP)
	$(SITE)

gettext: $(STAMP)
	$(SITE) --only gettext

i18n-update: gettext
	$(VENV)/bin/sphinx-intl update -p $(BUILDDIR)/gettext -l en -d locales

# The English entries that are untranslated or fuzzy, per page: the .po files
# against the Malay sources (a gettext build), so new Malay text shows too.
i18n-status: gettext
	$(PY) -m etika_handbook.i18n_status --pot $(BUILDDIR)/gettext --locales locales --lang en

epub: $(STAMP)
	$(SITE) --only epub

# The release (tools/release.py): rules --validate, translation status (refuses
# untranslated or fuzzy entries), the browser bundle, both languages with -W,
# the EPUBs, then dist/etika-handbook-<edition>.zip and .sha256, byte for byte
# the same from the same sources (SOURCE_DATE_EPOCH: default the edition date).
RELEASEOPTS ?=
release: $(STAMP) $(WASM_NODE_STAMP)
	$(PY) tools/release.py $(RELEASEOPTS)

# Builds whatever is missing (venv, npm runtime, browser bundle, both
# languages; Sphinx rebuilds only what changed), then serves the site with the
# production headers: the checker page's and the worker's Content-Security-Policy,
# Cache-Control, MIME types (tools/serve.py).
# SERVE_PORT=0 takes any free port (the README's quick-start test).
SERVE_PORT ?= 8000
serve: html
	$(PY) tools/serve.py --dir $(BUILDDIR)/html --bind 127.0.0.1 --port $(SERVE_PORT)

# axe-core for the handbook's accessibility test, pinned by tests/browser/package-lock.json.
HANDBOOK_NODE_STAMP := tests/browser/node_modules/.etika-npm-ci-stamp
$(HANDBOOK_NODE_STAMP): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	touch $@

handbook-browser-deps: $(HANDBOOK_NODE_STAMP)

test: handbook-browser-deps

# Judgement figures: recall per function on the HateCheck-style development set
# beside the repository (../shared/eval/, never copied in), false alarms on its
# neutral and positive mentions, and the project's own labelled drafts.
.PHONY: eval
eval: $(STAMP)
	$(PY) tools/eval.py $(EVALOPTS)
