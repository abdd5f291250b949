# Wegwijzer: `make site` builds the site from the sample data, `make test` runs every test.
# Both set up what they need on a fresh Debian machine with Python 3.11.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site serve test check lint chromium benchmark audit clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium for the browser tests (Playwright never downloads a browser).
chromium:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

check: $(STAMP)
	$(BIN)/wegwijzer check

site: $(STAMP) node_modules/.installed check
	$(BIN)/mkdocs build --strict --quiet
	@chmod -R a+rX site
	@echo "De site staat in site/. Open site/index.html niet direct; start een webserver:"
	@echo "  $(BIN)/python -m http.server -d site 8000   en ga naar http://127.0.0.1:8000/"
	@echo "  (of: make serve voor een voorbeeld dat meeververst)"

serve: $(STAMP) node_modules/.installed
	$(BIN)/mkdocs serve --watch browser

lint: $(STAMP) node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node_modules/.bin/eslint .

test: $(STAMP) node_modules/.installed chromium lint
	$(BIN)/pytest

benchmark: $(STAMP) node_modules/.installed
	$(BIN)/python benchmarks/run.py

# Lighthouse 12.2.3 (npm, pinned) with Debian's Chromium over one page of every kind, served
# with gzip; prints four scores per page. Not part of `make test`.
audit: site chromium
	CHROME_PATH=/usr/bin/chromium $(BIN)/python benchmarks/audit.py

clean:
	rm -rf site .pytest_cache
