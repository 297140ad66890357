"""`kg browse` started as a user starts it, for the tests that talk to it over HTTP."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from kg.outputs.serve import free_port

ROOT = Path(__file__).resolve().parent.parent


def start(build: Path) -> tuple[subprocess.Popen, str, str]:
    """The process, the first line it printed and its address, once it answers."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "browse", "--build",
                             str(build), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    line = proc.stdout.readline()
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            requests.get(url + "/static/style.css", timeout=5)
            break
        except requests.ConnectionError:
            if proc.poll() is not None:
                break
            time.sleep(0.05)
    return proc, line, url
