"""`make lighthouse`: Lighthouse (npm, mobile profile) against the production settings under gunicorn, one row of
scores per page. Needs Chromium (CHROMIUM_PATH) and npm; installs lighthouse into var/lighthouse on first use."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent.parent
TOOLS = BASE_DIR / "var" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def ensure_lighthouse() -> Path:
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOLS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(TOOLS),
                "--no-audit",
                "--no-fund",
                "--silent",
                "lighthouse@12",
            ],
            check=True,
        )
    return binary


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "lighthouse-" + "x" * 60),
        "SECURE_SSL_REDIRECT": "0",
        "SERVE_MEDIA": "1",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=BASE_DIR, env=env, check=True
    )
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "site_config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("server did not start")


def pages(port: int) -> list[str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/sitemap.xml") as response:  # noqa: S310
        root = ET.fromstring(response.read())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", ns)]
    # One page per URL shape (depth + language) keeps the run short while covering every page type.
    seen, chosen = set(), []
    for path in [*paths, "/de/search/?q=Integration"]:
        shape = (path[:4], path.count("/"), path.split("/")[2] if path.count("/") > 3 else "")
        if shape not in seen:
            seen.add(shape)
            chosen.append(path)
    return chosen


def main():
    binary = ensure_lighthouse()
    port = free_port()
    server = start_server(port)
    rows = []
    try:
        for path in pages(port):
            result = subprocess.run(
                [
                    str(binary),
                    f"http://127.0.0.1:{port}{path}",
                    "--quiet",
                    "--output=json",
                    "--output-path=stdout",
                    f"--only-categories={','.join(CATEGORIES)}",
                    f"--chrome-path={CHROMIUM}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
                ],  # fmt: skip
                capture_output=True,
                text=True,
                env={**os.environ, "CHROME_PATH": CHROMIUM},
            )
            if result.returncode != 0:
                rows.append((path, ["error"] * 4))
                continue
            report = json.loads(result.stdout)
            rows.append((path, [round(report["categories"][c]["score"] * 100) for c in CATEGORIES]))
    finally:
        server.terminate()
    print(f"{'page':48} " + " ".join(f"{c[:13]:>13}" for c in CATEGORIES))
    for path, scores in rows:
        print(f"{path[:48]:48} " + " ".join(f"{s!s:>13}" for s in scores))


if __name__ == "__main__":
    main()
