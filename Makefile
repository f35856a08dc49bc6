# Gemeinsam: `make run` to try it, `make test` to check it. Everything installs into .venv from uv.lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install run serve test test-fast lint format messages migrate demo superuser clean backup restore lighthouse bench

help:
	@echo "make run        install, migrate, load demo content, serve http://$(HOST):$(PORT) (SQLite)"
	@echo "make test       run the whole test suite"
	@echo "make install    dependencies only;  make lint / format: ruff;  make superuser: your own admin"

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv

install: $(BIN)/uv
	$(BIN)/uv sync --frozen --quiet
	$(BIN)/python -m playwright --version >/dev/null
	@# axe-core for the accessibility tests (test-only, never served); skipped where npm is missing.
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent; else echo "npm not found: accessibility tests will fail"; fi

messages: install
	$(MANAGE) compilemessages --ignore=.venv --ignore=var --ignore=node_modules -v0

migrate: install
	$(MANAGE) migrate --noinput -v0

demo: migrate
	$(MANAGE) load_demo_content --demo-superuser

run: messages demo
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/  (German: /de/, English: /en/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/  user: admin  password: gemeinsam-demo  (local demo only)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

superuser: migrate
	$(MANAGE) createsuperuser

test: messages
	$(BIN)/pytest

test-fast: messages
	$(BIN)/pytest --reuse-db -x -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

backup: install
	$(MANAGE) backup_site

# Restore into an EMPTY database: for PostgreSQL `createdb` a new one and point DATABASE_URL at it.
restore: install
	@test -n "$(ARCHIVE)" || (echo "usage: make restore ARCHIVE=var/backups/gemeinsam-....tar.gz" && exit 2)
	$(MANAGE) restore_site $(ARCHIVE)

# Production settings under gunicorn. For a laptop: plain HTTP, media served by Django, a generated secret key.
# In production set SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL yourself and put deploy/nginx.conf in front.
GUNICORN_WORKERS ?= 2
serve: messages migrate
	@mkdir -p var && test -s var/secret-key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(64))" > var/secret-key
	DJANGO_SETTINGS_MODULE=site_config.settings.production SECRET_KEY=$${SECRET_KEY:-$$(cat var/secret-key)} \
		SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} SERVE_MEDIA=$${SERVE_MEDIA:-1} \
		ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} $(MANAGE) collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=site_config.settings.production SECRET_KEY=$${SECRET_KEY:-$$(cat var/secret-key)} \
		SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} SERVE_MEDIA=$${SERVE_MEDIA:-1} \
		ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
		$(BIN)/gunicorn site_config.wsgi --bind $(HOST):$(PORT) --workers $(GUNICORN_WORKERS) --access-logfile -

# Lighthouse scores (mobile) per page type against the production settings; needs Chromium and npm.
lighthouse: messages demo
	$(BIN)/python tests/perf/lighthouse.py

# Large synthetic site on PostgreSQL (database gemeinsam_bench, rebuilt each time) measured with wrk: uncached,
# cached and as a static file. BENCH_DURATION (seconds per measurement, default 8); see tests/perf/bench.py.
bench: messages
	$(BIN)/python tests/perf/bench.py

clean:
	rm -rf var/test-db.sqlite3 var/test-media test-artifacts .pytest_cache
