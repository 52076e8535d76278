# Integrationskompass – the two commands of the README are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
export KOMPASS_DEMO := 1

.PHONY: run test install assets lint test-sqlite test-postgres test-e2e chromium messages clean benchmark

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

assets:
	npm ci --no-audit --no-fund --loglevel=error

## Install, create the SQLite database with the demo data and serve it.
run: install assets
	$(BIN)/python manage.py migrate --no-input -v 0
	$(BIN)/python manage.py collectstatic --no-input -v 0
	$(BIN)/python manage.py load_demo --documents --url http://$(HOST):$(PORT)/
	@# The background worker (large imports, documents) runs beside the web server and stops with it.
	$(BIN)/python manage.py db_worker --no-startup-delay -v 0 & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn kompass.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/python manage.py makemigrations --check --dry-run -v 0

test-sqlite: install assets
	$(BIN)/pytest -p no:cacheprovider

test-postgres: install assets
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -p no:cacheprovider

chromium:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test-e2e: install assets chromium
	$(BIN)/pytest -p no:cacheprovider -m e2e tests/e2e

## Install everything and run all tests: lint, SQLite, PostgreSQL, browser.
test: lint test-sqlite test-postgres test-e2e

messages: install
	cd src/kompass && ../../$(BIN)/django-admin makemessages -l de -l en -l tr -l ar -l uk --settings=kompass.settings --pythonpath=.. --ignore=tests --no-obsolete
	$(BIN)/python manage.py public_catalogues
	cd src/kompass && ../../$(BIN)/django-admin compilemessages --settings=kompass.settings --pythonpath=..

clean:
	rm -rf $(VENV) node_modules var staticfiles

benchmark: install assets
	$(BIN)/python benchmarks/bench_overview.py
	$(BIN)/python benchmarks/bench_import.py
	$(BIN)/python benchmarks/bench_gv100.py
