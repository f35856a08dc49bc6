"""`make bench`: the large synthetic site on PostgreSQL under gunicorn, measured with wrk.

1. A fresh database (BENCH_DB, default gemeinsam_bench): migrate, demo content, `build_bench_site`.
2. In-process with Django's test client: the SQL queries of each page (warm, page cache off), and each page's HTML
   written below STATIC_ROOT so whitenoise can serve the very same bytes as a static file.
3. gunicorn with the production settings and 2 sync workers (like `make serve`), one server with the page cache off
   and one with it on; wrk measures requests/s and p50/p99 latency of each page uncached, as its static copy and
   cached, one right after the other.
4. One table with each figure's ratio to the static ceiling; JSON in var/bench/bench-<timestamp>.json.

Environment: BENCH_DB, BENCH_PG (server URL, default postgres://postgres@127.0.0.1:5432), BENCH_DURATION (seconds
per measurement, default 8), BENCH_THREADS (2), BENCH_CONNECTIONS (8), BENCH_WORKERS (gunicorn, 2),
BENCH_REUSE_DB=1 (keep an already built database), BENCH_REDIS=1 (cache in Redis instead of local memory),
BENCH_MODES (default uncached,static,cached), BENCH_ROUNDS (1; more repeats every measurement and keeps the median),
BENCH_PAGES (only these pages, by name, comma-separated: "home,search").
PGOPTIONS reaches the app servers, e.g. PGOPTIONS="-c jit=off".
"""

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
OUT_DIR = BASE_DIR / "var" / "bench"
STATIC_ROOT = OUT_DIR / "static"
STATIC_PAGES = "bench-pages"  # below STATIC_ROOT, served as /static/bench-pages/<name>.html
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB = os.environ.get("BENCH_DB", "gemeinsam_bench")
DATABASE_URL = f"{PG}/{DB}"
DURATION = int(os.environ.get("BENCH_DURATION", "8"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
MODES = [m for m in os.environ.get("BENCH_MODES", "uncached,static,cached").split(",") if m]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "1"))
PAGES = [p.strip() for p in os.environ.get("BENCH_PAGES", "").split(",") if p.strip()]
PYTHON = sys.executable

# The reference: Wagtail's demo, uncached, 2 sync workers on this kind of machine, 42-114 requests/s.
DEMO_SLOWEST, DEMO_FASTEST = 42, 114
DETAIL_PAGES = {"project page", "news page", "material page"}
# Not one of the pages: the imprint shows only its text inside the site's layout (header, menu, language
# switcher, footer) in 2 queries, so its speed is about the most any page here can reach uncached.
FLOOR_PAGE = "layout only (imprint)"


def env(**extra) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-" + "x" * 60),
        "SECURE_SSL_REDIRECT": "0",
        "SERVE_MEDIA": "1",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "STATIC_ROOT": str(STATIC_ROOT),
        "REDIS_URL": "redis://127.0.0.1:6379/3" if os.environ.get("BENCH_REDIS") == "1" else "",
        "CACHE_KEY_PREFIX": "gemeinsam-bench",
        "MEDIA_ROOT": str(OUT_DIR / "media"),
        **extra,
    }


def manage(*args, **extra):
    started = time.monotonic()
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env(**extra), check=True)
    return round(time.monotonic() - started, 1)


def psql(sql: str) -> str:
    result = subprocess.run(
        ["psql", f"{PG}/postgres", "-tAc", sql], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def build_database() -> dict:
    """A fresh database with the demo content and the bench site; timings in seconds."""
    exists = psql(f"SELECT 1 FROM pg_database WHERE datname = '{DB}'") == "1"
    if exists and os.environ.get("BENCH_REUSE_DB") == "1":
        print(f"Reusing the database {DB} (BENCH_REUSE_DB=1).")
        return {"reused": True}
    print(f"Creating the database {DB} …")
    psql(f'DROP DATABASE IF EXISTS "{DB}"')
    psql(f'CREATE DATABASE "{DB}"')
    timings = {"migrate": manage("migrate", "--noinput", "-v0")}
    timings["load_demo_content"] = manage("load_demo_content")
    timings["build_bench_site"] = manage("build_bench_site")
    return timings


# Step 2: the pages, their query counts and their static copies (runs inside Django, in a subprocess) -----------
def prepare_pages() -> None:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    from home.models import ImprintPage
    from projects.models import Theme

    def middle(prefix):
        """The bench page in the middle of its section (German), e.g. project 2500 of 5000."""
        pages = Page.objects.filter(slug__startswith=prefix, locale__language_code="de").order_by("path")
        return pages[pages.count() // 2].url

    theme = Theme.objects.filter(locale__language_code="de").order_by("pk").first()
    pages = {
        "home": "/de/",
        "project index": "/de/projekte/",
        "project index filtered": f"/de/projekte/?status=running&theme={theme.slug if theme else ''}",
        "project page": middle("bench-projekt-"),
        "call index": "/de/ausschreibungen/",
        "news index": "/de/aktuelles/",
        "news page": middle("bench-neuigkeit-"),
        "material page": middle("bench-material-"),
        "search": "/de/search/?q=Netzwerke",
        FLOOR_PAGE: ImprintPage.objects.live().filter(locale__language_code="de").first().url,
    }
    client = Client(HTTP_HOST="127.0.0.1")
    target = STATIC_ROOT / STATIC_PAGES
    target.mkdir(parents=True, exist_ok=True)
    result = {}
    for name, url in pages.items():
        client.get(url)  # warm: site root cache, renditions, first-use imports
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        static_name = re.sub(r"[^a-z]+", "-", name) + ".html"
        (target / static_name).write_bytes(response.content)
        result[name] = {
            "url": url,
            "queries": len(queries),
            "bytes": len(response.content),
            "static_url": f"/static/{STATIC_PAGES}/{static_name}",
        }
    print(json.dumps(result))


def pages_with_queries() -> dict:
    output = subprocess.run(
        [PYTHON, __file__, "--prepare"],
        cwd=BASE_DIR,
        env=env(PAGE_CACHE_SECONDS="0"),
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# Step 3: gunicorn and wrk -------------------------------------------------------------------------------------
def start_server(cache_seconds: int):
    from tests.servers import start_gunicorn, wait_for_port  # the project root is on sys.path (see the end)

    server, port = start_gunicorn(env(PAGE_CACHE_SECONDS=str(cache_seconds)), workers=WORKERS)
    wait_for_port(port, server, seconds=60)
    return server, port


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return round(float(number) * UNITS[unit], 2)


def wrk(url: str, duration: int = DURATION) -> dict:
    output = subprocess.run(
        ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration}s", "--timeout", "20s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": round(float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), 1),
        "p50_ms": _ms(re.search(r"\s50%\s+(\S+)", output).group(1)),
        "p99_ms": _ms(re.search(r"\s99%\s+(\S+)", output).group(1)),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def measure(pages: dict) -> None:
    """Each page in each mode, one after the other: uncached, its static copy, cached. Two servers run side by
    side (page cache off and on; only one is under load at a time), so the three figures of a page are taken
    within half a minute of each other: this VM's speed drifts by 15-25 % over minutes, which skewed the ratios
    when each mode was a separate sweep. BENCH_ROUNDS > 1 repeats the sweep and keeps each figure's median run."""
    servers = {}
    try:
        if {"uncached", "static"} & set(MODES):
            servers["uncached"] = start_server(0)
        if "cached" in MODES:
            servers["cached"] = start_server(300)
        for round_number in range(ROUNDS):
            if ROUNDS > 1:
                print(f"Round {round_number + 1} of {ROUNDS}")
            for name, page in pages.items():
                for mode in MODES:
                    _server, port = servers["cached" if mode == "cached" else "uncached"]
                    path = page["static_url"] if mode == "static" else page["url"]
                    url = f"http://127.0.0.1:{port}{path}"
                    # Warm both workers (imports, templates, connections, their page caches) before measuring.
                    for _ in range(2 * WORKERS):
                        urllib.request.urlopen(url, timeout=60).read()  # noqa: S310
                    wrk(url, duration=2)
                    result = wrk(url)
                    page.setdefault("runs", {}).setdefault(mode, []).append(result)
                    print(f"  {mode:9} {name:24} {result['rps']:>8} req/s")
        for page in pages.values():
            for mode, runs in page["runs"].items():
                page[mode] = sorted(runs, key=lambda run: run["rps"])[len(runs) // 2]
    finally:
        for server, _port in servers.values():
            server.terminate()
            server.wait(timeout=30)


# Step 4: the report -------------------------------------------------------------------------------------------
def targets(name: str, page: dict) -> dict | None:
    """The issue's targets: uncached detail pages >= 3x the demo, listings and search >= 2x; cached >= 50 % of
    static. The demo figure is read two ways: its fastest page (strict) and its slowest (lenient)."""
    if name == FLOOR_PAGE:
        return None
    factor = 3 if name in DETAIL_PAGES else 2
    rps = page["uncached"]["rps"]
    return {
        "uncached_target_strict": factor * DEMO_FASTEST,
        "uncached_target_lenient": factor * DEMO_SLOWEST,
        "uncached_met_strict": rps >= factor * DEMO_FASTEST,
        "uncached_met_lenient": rps >= factor * DEMO_SLOWEST,
        "cached_met": page["cached"]["rps"] >= 0.5 * page["static"]["rps"],
    }


def table(pages: dict) -> str:
    lines = [
        "| page | SQL | uncached req/s | p50 / p99 ms | cached req/s | p50 / p99 ms | static req/s | p50 / p99 ms "
        "| uncached : static | cached : static | targets (uncached strict / lenient, cached) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, page in pages.items():
        u, c, s, t = page["uncached"], page["cached"], page["static"], page["targets"]

        def mark(ok):
            return "yes" if ok else "no"

        verdict = (
            "(reference, no target)"
            if t is None
            else f"≥{t['uncached_target_strict']}: {mark(t['uncached_met_strict'])} / "
            f"≥{t['uncached_target_lenient']}: {mark(t['uncached_met_lenient'])}, {mark(t['cached_met'])}"
        )
        lines.append(
            f"| {name} | {page['queries']} | {u['rps']:.0f} | {u['p50_ms']:.0f} / {u['p99_ms']:.0f} "
            f"| {c['rps']:.0f} | {c['p50_ms']:.1f} / {c['p99_ms']:.0f} | {s['rps']:.0f} "
            f"| {s['p50_ms']:.1f} / {s['p99_ms']:.0f} | {u['rps'] / s['rps']:.1%} | {c['rps'] / s['rps']:.0%} "
            f"| {verdict} |"
        )
    return "\n".join(lines)


def machine() -> dict:
    def run(*cmd):
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()

    meminfo = Path("/proc/meminfo").read_text()
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1))
    return {
        "cpus": os.cpu_count(),
        "cpu_model": (re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text()) or [None, ""])[
            1
        ],
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "postgresql": psql("SHOW server_version"),
        "wrk": run("wrk", "--version").splitlines()[0] if shutil.which("wrk") else "",
        "kernel": platform.release(),
    }


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    report = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "uptime_before": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(),
        "settings": {
            "modes": MODES,
            "pgoptions": os.environ.get("PGOPTIONS", ""),
            "duration_s": DURATION,
            "threads": THREADS,
            "connections": CONNECTIONS,
            "gunicorn_workers": WORKERS,
            "rounds": ROUNDS,
            "cache": "redis" if os.environ.get("BENCH_REDIS") == "1" else "local memory",
        },
    }
    report["build_seconds"] = build_database()
    manage("collectstatic", "--noinput", "-v0")
    pages = pages_with_queries()  # after collectstatic: it writes the static copies into STATIC_ROOT
    if PAGES:
        pages = {name: page for name, page in pages.items() if name in PAGES}
    print(f"Measuring {', '.join(MODES)} page by page …")
    measure(pages)
    if set(MODES) >= {"uncached", "static", "cached"}:
        for name, page in pages.items():
            page["targets"] = targets(name, page)
    report["pages"] = pages
    report["uptime_after"] = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    report["table"] = table(pages) if set(MODES) >= {"uncached", "static", "cached"} else ""
    path = OUT_DIR / f"bench-{datetime.now(UTC):%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print()
    print(report["table"])
    print()
    print(f"Load before: {report['uptime_before']}")
    print(f"Load after:  {report['uptime_after']}")
    print(f"Written to {path.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    sys.path.insert(0, str(BASE_DIR))
    if sys.argv[1:] == ["--prepare"]:
        prepare_pages()
    else:
        main()
