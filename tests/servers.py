"""Real server processes for the tests and `make bench`: a free port, gunicorn started with given settings, and
waiting until it listens. (Imported by tests/perf/bench.py too, which runs as a script from the project root.)"""

import socket
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process=None, seconds: float = 30) -> None:
    """Return once something accepts connections on `port`; fail early if `process` has exited."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {port}")


def start_gunicorn(env: dict, workers: int = 1, stdout=subprocess.DEVNULL, extra_args=()):
    """gunicorn serving the project with `env` (settings by environment) on a free port: (process, port)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "site_config.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), *extra_args],
        cwd=BASE_DIR, env=env, stdout=stdout, stderr=subprocess.STDOUT,
    )  # fmt: skip
    return process, port
