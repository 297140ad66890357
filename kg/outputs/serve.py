"""A local SPARQL endpoint on a build's store: the `oxigraph` server from PyPI.

``kg serve`` runs ``oxigraph serve-read-only`` (which opens the store without
taking the writer's lock, so ``kg query`` keeps working beside it).  A build's
store holds the union of its named graphs in its default graph (kg/graph/store.py),
so queries without GRAPH see every page's facts, as the saved queries expect;
``union`` adds ``--union-default-graph`` for a store without that copy.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


class ServeError(Exception):
    pass


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def start(location: Path, host: str, port: int, read_only: bool = True, union: bool = False,
          timeout: float = 15.0) -> subprocess.Popen:
    """Start the server and return once it accepts connections; a one-line ServeError otherwise."""
    with socket.socket() as probe:      # a server already there would answer the readiness check below
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ServeError(f"{host}:{port}: cannot listen there ({exc.strerror or exc})") from None
    cmd = [oxigraph_binary(), "serve-read-only" if read_only else "serve",
           "--location", str(location), "--bind", f"{host}:{port}"]
    if union:
        cmd.append("--union-default-graph")
    log = tempfile.TemporaryFile()      # a file, not a pipe: a chatty server never blocks on it
    # its own session: Ctrl-C in a terminal reaches `kg serve`, which then stops the server by its PID
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            err = log.read().decode("utf-8", "replace").strip().splitlines()
            log.close()
            raise ServeError(f"{host}:{port}: the oxigraph server stopped at once"
                             + (f" ({err[-1][:200]})" if err else ""))
        try:
            with socket.create_connection((host, port), timeout=0.2):
                log.close()
                return proc
        except OSError:
            time.sleep(0.05)
    stop(proc)
    log.close()
    raise ServeError(f"{host}:{port}: the oxigraph server did not start within {timeout:.0f} s")


def stop(proc: subprocess.Popen, grace: float = 5.0) -> int:
    """Stop the server by its PID (SIGTERM, then SIGKILL after ``grace`` seconds)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode
