"""kg load / kg query --endpoint / kg serve against a real Oxigraph server.

The server is the `oxigraph` binary from PyPI, started on a free port of
127.0.0.1 (``oxigraph serve --location DIR --bind 127.0.0.1:PORT``) and stopped
by its PID after.  A small forwarding proxy in front of it stands for a server
that starts failing in the middle of a load, and records the headers it gets.
"""
from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from click.testing import CliRunner

from kg.graph import query
from kg.outputs import remote
from kg.cli import main
from engines import param_sets
from kg.outputs.query_docs import example_params
from kg.outputs.remote import Connection, RemoteError
from kg.outputs.serve import free_port, start, stop

KGR = "https://w3id.org/localgov-kg/id/"
FAST = Connection(connect_timeout=2, read_timeout=30, retries=1, backoff=0, env={})
INJECTION = 'x" } ?s ?p ?o { "'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A plain read-write Oxigraph server (no union default graph), as a user would run it."""
    port = free_port()
    proc = start(tmp_path_factory.mktemp("oxigraph"), "127.0.0.1", port, read_only=False, union=False)
    yield f"http://127.0.0.1:{port}"
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(10)


@pytest.fixture(scope="module")
def loaded(server, seed_build):
    build = seed_build[0]
    report = remote.load(build / "store", f"{server}/store", conn=FAST)
    return build, report


def graph_counts(endpoint: str) -> dict[str, int]:
    with requests.Session() as s:
        res = remote.sparql_select(s, FAST, endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                                                      "GROUP BY ?g")
    return {g: int(n) for g, n in res.rows}


def local_counts(store_path: Path) -> dict[str, int]:
    store = ox.Store.read_only(str(store_path))
    return {str(g.value): len(list(store.quads_for_pattern(None, None, None, g))) for g in store.named_graphs()}


# ------------------------------------------------------------------ loading

def test_load_puts_every_named_graph_with_its_triples(server, loaded):
    build, report = loaded
    expected = local_counts(build / "store")
    assert f"{KGR}graph/entities" in expected and f"{KGR}graph/ontology" in expected
    assert sum(1 for g in expected if g.startswith(f"{KGR}graph/source/")) == 5    # one per seed page
    assert graph_counts(f"{server}/query") == expected
    assert set(report.replaced) == set(expected)
    assert report.triples_in_store == report.triples_sent == sum(expected.values())
    assert report.dropped == ()


def test_reload_doubles_nothing(server, loaded):
    before = graph_counts(f"{server}/query")
    report = remote.load(loaded[0] / "store", f"{server}/store", conn=FAST)
    assert graph_counts(f"{server}/query") == before
    assert report.triples_in_store == sum(before.values())


def test_graphs_of_removed_pages_are_dropped_and_others_kept(server, loaded):
    stale, mine = f"{KGR}graph/source/0000000000000000", "http://example.org/my-own-graph"
    triple = b'<http://example.org/a> <http://example.org/b> "c" .\n'
    for g in (stale, mine):
        r = requests.put(f"{server}/store", params={"graph": g}, data=triple,
                         headers={"Content-Type": "application/n-triples"})
        assert r.status_code in (201, 204)
    report = remote.load(loaded[0] / "store", f"{server}/store", conn=FAST)
    assert report.dropped == (stale,)
    graphs = graph_counts(f"{server}/query")
    assert stale not in graphs
    assert graphs[mine] == 1
    requests.delete(f"{server}/store", params={"graph": mine})


def test_exported_trig_has_the_graphs_that_were_loaded(server, loaded, tmp_path):
    from rdflib import Dataset
    res = CliRunner().invoke(main, ["export", "--build", str(loaded[0]), "--rdf", str(tmp_path / "kg.trig"),
                                    "--rdf", str(tmp_path / "kg.nq")])
    assert res.exit_code == 0, res.output
    on_server = graph_counts(f"{server}/query")
    for name, fmt in (("kg.trig", "trig"), ("kg.nq", "nquads")):
        ds = Dataset()
        ds.parse(tmp_path / name, format=fmt)
        counts = {str(g.identifier): len(g) for g in ds.graphs() if len(g)}
        assert counts == on_server, name


# ------------------------------------------------------------------ queries

@pytest.mark.parametrize("name", sorted(query.saved_queries()))
def test_saved_query_remote_equals_embedded(server, loaded, name):
    q = query.get(name)
    with requests.Session() as s:
        named = tuple(("default-graph-uri", g) for g in remote.list_graphs(s, FAST, f"{server}/query", KGR))
    assert len(named) == 10         # five pages, the entities, the persons, the tenures, the county index, the ontology
    for params in param_sets(name):
        sparql = query.bind(q, params)
        local = query.run_local(loaded[0] / "store", sparql)
        served = remote.run_remote(f"{server}/query", sparql, FAST)
        assert served.columns == local.columns
        assert served.rows == local.rows, (name, params)
        # the standard way, for servers without Oxigraph's union-default-graph parameter
        with requests.Session() as s:
            assert remote.sparql_select(s, FAST, f"{server}/query", sparql, named).rows == local.rows
    example = query.run_local(loaded[0] / "store", query.bind(q, example_params(q)))
    assert example.rows, f"{name}: the example answers nothing on the seeds"


def test_how_the_union_of_the_graphs_is_asked_for(server, loaded):
    with requests.Session() as s:
        assert remote.graph_dataset(s, FAST, f"{server}/query") == remote.OXIGRAPH_UNION
    # a server that ignores the parameter (as Fuseki does) gets the graphs by name
    proxy = Proxy(server, ok_puts=0, drop_union=True)
    try:
        with requests.Session() as s:
            fields = remote.graph_dataset(s, FAST, f"{proxy.url}/query")
        assert {k for k, _v in fields} == {"default-graph-uri"}
        assert {v for _k, v in fields} == set(graph_counts(f"{server}/query"))
        sparql = query.bind(query.get("officials"), {"name": "刘文强"})
        assert remote.run_remote(f"{proxy.url}/query", sparql, FAST).rows == \
            query.run_local(loaded[0] / "store", sparql).rows
    finally:
        proxy.close()


def test_injection_in_a_remote_parameter_is_a_literal(server, loaded):
    before = graph_counts(f"{server}/query")
    res = CliRunner().invoke(main, ["query", "officials", "--endpoint", f"{server}/query",
                                    "--param", f"name={INJECTION}", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert res.output.strip() == "[]"
    assert graph_counts(f"{server}/query") == before


def test_cli_query_endpoint_gives_the_same_csv(server, loaded):
    args = ["query", "meetings-chaired", "--param", "name=张百顺", "--format", "csv"]
    local = CliRunner().invoke(main, [*args, "--build", str(loaded[0])])
    served = CliRunner().invoke(main, [*args, "--endpoint", f"{server}/query"])
    assert local.exit_code == served.exit_code == 0
    assert served.output == local.output
    assert "张百顺" in served.output


# ------------------------------------------------------------------ failures

def test_error_when_the_server_is_stopped(seed_build, tmp_path):
    port = free_port()
    proc = start(tmp_path / "ox", "127.0.0.1", port, read_only=False, union=False)
    url = f"http://127.0.0.1:{port}"
    remote.load(seed_build[0] / "store", f"{url}/store", conn=FAST)
    stop(proc)
    res = CliRunner().invoke(main, ["load", "--build", str(seed_build[0]), "--store", f"{url}/store",
                                    "--retries", "1", "--timeout", "5"])
    assert res.exit_code == 1
    lines = res.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {url}/store: cannot connect")
    assert "none of the 10 graphs was replaced yet" in lines[0]
    assert "run the load again" in lines[0]
    q = CliRunner().invoke(main, ["query", "officials", "--endpoint", f"{url}/query"])
    assert q.exit_code == 1
    assert q.output.strip() == f"error: {url}/query: cannot connect (server down or unreachable)"


class Proxy:
    """Forwards to the Oxigraph server; after ``ok_puts`` PUTs, answers 503 to every PUT.
    With ``drop_union``, removes Oxigraph's union-default-graph parameter, as a server
    that does not know it would ignore it."""

    def __init__(self, target: str, ok_puts: int, drop_union: bool = False):
        self.target, self.ok_puts, self.puts, self.headers = target, ok_puts, 0, []
        self.drop_union = drop_union
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_a):
                pass

            def _forward(self):
                proxy.headers.append(dict(self.headers))
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.command == "PUT":
                    proxy.puts += 1
                    if proxy.puts > proxy.ok_puts:
                        self.send_response(503, "Service Unavailable")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                if proxy.drop_union and self.command == "POST":
                    body = b"&".join(f for f in body.split(b"&") if not f.startswith(b"union-default-graph"))
                keep = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                r = requests.request(self.command, proxy.target + self.path, data=body, headers=keep)
                self.send_response(r.status_code)
                for k in ("Content-Type",):
                    if k in r.headers:
                        self.send_header(k, r.headers[k])
                self.send_header("Content-Length", str(len(r.content)))
                self.end_headers()
                self.wfile.write(r.content)

            do_GET = do_PUT = do_POST = do_DELETE = _forward

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_failure_midway_names_the_replaced_graphs_and_a_rerun_completes(seed_build, tmp_path):
    port = free_port()
    proc = start(tmp_path / "ox", "127.0.0.1", port, read_only=False, union=False)
    url = f"http://127.0.0.1:{port}"
    proxy = Proxy(url, ok_puts=3)
    try:
        with pytest.raises(RemoteError) as err:
            remote.load(seed_build[0] / "store", f"{proxy.url}/store", conn=FAST)
        msg = str(err.value)
        assert "\n" not in msg
        assert "HTTP 503" in msg
        assert "3 of 10 graphs already replaced (kgr:graph/ontology, kgr:graph/entities, kgr:graph/counties" in msg
        assert "run the load again to complete it" in msg
        assert proxy.puts == 3 + 2        # the failing PUT was retried once
        half = graph_counts(f"{url}/query")
        assert len(half) == 3
        report = remote.load(seed_build[0] / "store", f"{url}/store", conn=FAST)
        assert graph_counts(f"{url}/query") == local_counts(seed_build[0] / "store")
        assert len(report.replaced) == 10
    finally:
        proxy.close()
        stop(proc)


def test_credentials_come_from_the_environment(seed_build, server, loaded):
    proxy = Proxy(server, ok_puts=10**6)
    try:
        token = Connection(retries=0, env={"KG_STORE_TOKEN": "s3cret"})
        remote.load(seed_build[0] / "store", f"{proxy.url}/store", f"{proxy.url}/query", conn=token)
        assert {h.get("Authorization") for h in proxy.headers} == {"Bearer s3cret"}
        proxy.headers.clear()
        basic = Connection(retries=0, env={"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": "pw:1"})
        remote.run_remote(f"{proxy.url}/query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", basic)
        expected = "Basic " + base64.b64encode(b"kg:pw:1").decode()
        assert {h.get("Authorization") for h in proxy.headers} == {expected}
    finally:
        proxy.close()


@pytest.mark.parametrize("env,message", [
    ({"KG_STORE_USER": "kg"}, "KG_STORE_USER is set but KG_STORE_PASSWORD is not"),
    ({"KG_STORE_PASSWORD": "pw"}, "KG_STORE_PASSWORD is set but KG_STORE_USER is not"),
    ({"KG_STORE_TOKEN": "t", "KG_STORE_USER": "kg"}, "both KG_STORE_TOKEN and KG_STORE_USER are set"),
    ({"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": "pw", "KG_STORE_AUTH": "ntlm"}, "KG_STORE_AUTH='ntlm': say basic or digest"),
    ({"KG_STORE_AUTH": "digest"}, "KG_STORE_AUTH=digest but KG_STORE_USER is not set"),
])
def test_credential_mistakes_are_one_line_errors(env, message):
    with pytest.raises(RemoteError, match=message):
        remote.credentials(env)
    assert remote.credentials({}) is None


@pytest.mark.parametrize("store,query_url", [
    ("http://h:7878/store", "http://h:7878/query"),
    ("http://h:3030/kg/data", "http://h:3030/kg/query"),
    ("http://h:7200/repositories/kg/rdf-graphs/service", "http://h:7200/repositories/kg"),
    ("http://h:8890/sparql-graph-crud", "http://h:8890/sparql"),
    ("http://h:8890/sparql-graph-crud-auth", "http://h:8890/sparql-auth"),
])
def test_query_endpoint_of_the_known_stores(store, query_url):
    assert remote.query_endpoint_for(store) == query_url


def test_a_url_without_scheme_is_one_line(seed_build):
    res = CliRunner().invoke(main, ["load", "--build", str(seed_build[0]), "--store", "localhost:7878/store"])
    assert res.exit_code == 1
    assert res.output == "error: localhost:7878/store: not an http:// or https:// URL\n"
    res = CliRunner().invoke(main, ["query", "officials", "--endpoint", "ftp://h/query"])
    assert res.output == "error: ftp://h/query: not an http:// or https:// URL\n"


def test_serve_on_a_busy_port_is_one_line(seed_build, server):
    port = int(server.rsplit(":", 1)[1])
    res = CliRunner().invoke(main, ["serve", "--build", str(seed_build[0]), "--port", str(port)])
    assert res.exit_code == 1
    assert res.output.startswith(f"error: 127.0.0.1:{port}: cannot listen there (Address already in use)")
    assert res.output.count("\n") == 1


def test_unknown_store_layout_asks_for_sparql():
    with pytest.raises(RemoteError, match="give --sparql URL"):
        remote.query_endpoint_for("http://h/whatever")


# ------------------------------------------------------------------ kg serve

def test_serve_answers_saved_queries_and_stops_on_ctrl_c(seed_build):
    build = seed_build[0]
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--build", str(build), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith(f"SPARQL endpoint http://127.0.0.1:{port}/query"), line + proc.stderr.read()
        server_pid = int(line.rsplit("pid ", 1)[1].rstrip(")\n"))
        sparql = query.bind(query.get("officials"), {"name": "刘文强"})
        served = remote.run_remote(f"http://127.0.0.1:{port}/query", sparql, FAST)
        # read-only server: the embedded store still opens beside it
        assert served.rows == query.run_local(build / "store", sparql).rows
        assert served.rows
        r = requests.put(f"http://127.0.0.1:{port}/store", params={"graph": "http://example.org/g"},
                         data=b"", headers={"Content-Type": "application/n-triples"})
        assert r.status_code >= 400
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0
        time.sleep(0.1)
        with pytest.raises(ProcessLookupError):
            os.kill(server_pid, 0)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_serve_without_a_store_is_a_usage_error(tmp_path):
    res = CliRunner().invoke(main, ["serve", "--build", str(tmp_path)])
    assert res.exit_code == 2
    assert f"{tmp_path}/store: no store here" in res.output
