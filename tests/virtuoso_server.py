"""A throw-away Virtuoso 7 server for the tests (Debian's ``virtuoso-opensource``).

``start(folder)`` writes a minimal ``virtuoso.ini`` into ``folder`` (database,
transaction log and temporary database all there, an empty database created on
first start), runs ``virtuoso-t +foreground`` on two free ports of 127.0.0.1
(SQL and HTTP), waits until its SPARQL endpoint answers, and grants the
anonymous ``SPARQL`` user the right to update, as the Graph Store Protocol
endpoint ``/sparql-graph-crud`` needs.  ``stop(server)`` ends it by its process
id.  Nothing outside ``folder`` is written.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from kg.outputs.serve import free_port

BINARY = "virtuoso-t"
ISQL = "isql-vt"

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
MaxQueryMem = 500M
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
"""


@dataclass
class Virtuoso:
    proc: subprocess.Popen
    folder: Path
    sql_port: int
    http_port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        return f"{self.url}/sparql"

    @property
    def graph_store(self) -> str:
        return f"{self.url}/sparql-graph-crud"

    def isql(self, statements: str) -> str:
        """Run SQL statements as the dba (the default password of a new database)."""
        res = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba"], input=statements,
                             capture_output=True, text=True, timeout=60)
        if res.returncode != 0 or "*** Error" in res.stdout:
            raise RuntimeError(f"isql: {res.stdout[-500:]} {res.stderr[-500:]}")
        return res.stdout

    def log(self) -> str:
        path = self.folder / "virtuoso.log"
        return path.read_text(errors="replace") if path.exists() else ""


def installed() -> bool:
    return shutil.which(BINARY) is not None and shutil.which(ISQL) is not None


def start(folder: Path, timeout: float = 120.0) -> Virtuoso:
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    (folder / "virtuoso.ini").write_text(INI.format(dir=folder, sql_port=sql_port, http_port=http_port))
    proc = subprocess.Popen([BINARY, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                            cwd=folder, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    server = Virtuoso(proc, folder, sql_port, http_port)
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"virtuoso-t stopped at once: {server.log()[-1000:]}")
        try:
            r = requests.get(server.sparql, params={"query": "ASK {}"}, timeout=2,
                             headers={"Accept": "application/sparql-results+json"})
            if r.status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            stop(server)
            raise RuntimeError(f"virtuoso-t did not answer within {timeout:.0f} s: {server.log()[-1000:]}")
        time.sleep(0.5)
    server.isql('GRANT SPARQL_UPDATE TO "SPARQL";\n')
    return server


def stop(server: Virtuoso, grace: float = 30.0) -> None:
    """End the server by its process id: SIGTERM (a clean shutdown), SIGKILL after ``grace`` s."""
    if server.proc.poll() is None:
        os.kill(server.proc.pid, signal.SIGTERM)
        try:
            server.proc.wait(grace)
        except subprocess.TimeoutExpired:
            os.kill(server.proc.pid, signal.SIGKILL)
            server.proc.wait(10)
