# Wegwijzer: `make site` builds the site from the sample data, `make test` runs every test.
# Both set up what they need on a fresh Debian machine with Python 3.11.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The builder of `make site`: mkdocs (MkDocs with the hooks, the primary path), properdocs or
# zensical. The other two build the tree `wegwijzer generate` writes, each in its own venv
# pinned by requirements-<builder>.lock, so the primary stack stays as it is.
BUILDER ?= mkdocs
BUILDERS := properdocs zensical
ifeq ($(filter $(BUILDER),mkdocs $(BUILDERS)),)
$(error BUILDER moet mkdocs, properdocs of zensical zijn, niet '$(BUILDER)')
endif
BUILDER_STAMP := $(if $(filter $(BUILDER),$(BUILDERS)),.venv-$(BUILDER)/.installed)

.PHONY: site serve test check lint chromium benchmark audit clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

.venv-%/.installed: requirements-%.lock
	$(PYTHON) -m venv .venv-$*
	.venv-$*/bin/pip install --quiet --upgrade pip
	.venv-$*/bin/pip install --quiet -r requirements-$*.lock
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

site: $(STAMP) node_modules/.installed check $(BUILDER_STAMP)
ifeq ($(BUILDER),mkdocs)
	$(BIN)/mkdocs build --strict --quiet
else
	$(BIN)/wegwijzer generate generated/$(BUILDER) --bouwer $(BUILDER)
	rm -rf site
	.venv-$(BUILDER)/bin/$(BUILDER) build $(if $(filter $(BUILDER),zensical),--strict --clean,--strict --quiet) -f mkdocs.$(BUILDER).yml
endif
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

test: $(STAMP) node_modules/.installed chromium lint $(BUILDERS:%=.venv-%/.installed)
	$(BIN)/pytest

benchmark: $(STAMP) node_modules/.installed
	$(BIN)/python benchmarks/run.py

# Lighthouse 12.2.3 (npm, pinned) with Debian's Chromium over one page of every kind, served
# with gzip; prints four scores per page. Not part of `make test`.
audit: site chromium
	CHROME_PATH=/usr/bin/chromium $(BIN)/python benchmarks/audit.py

clean:
	rm -rf site .pytest_cache .cache generated mkdocs.properdocs.yml mkdocs.zensical.yml
