"""Remote triple stores, over the W3C protocols only.

Loading uses the SPARQL 1.1 Graph Store Protocol: one ``PUT ?graph=IRI`` per
named graph of the build (a PUT replaces the graph whole, so loading twice
doubles nothing) and one ``DELETE ?graph=IRI`` per graph of a source file the
build no longer has.  Graphs are listed, and saved queries run, through the
SPARQL 1.1 Protocol (``POST`` of a form with ``query`` and, where needed,
``default-graph-uri``).  The same code serves Oxigraph (``…/store`` and
``…/query``), Jena Fuseki (``…/DATASET/data`` and ``…/DATASET/query``),
GraphDB / RDF4J (``…/repositories/ID/rdf-graphs/service`` and
``…/repositories/ID``) and Virtuoso (``…/sparql-graph-crud`` and ``…/sparql``;
``…/sparql-graph-crud-auth`` and ``…/sparql-auth`` with HTTP Digest).

HTTP goes through requests with urllib3's Retry: connection failures, read
timeouts and answers 429/500/502/503/504 are retried with exponential backoff
(honouring Retry-After); credentials come from the environment only.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from ..graph.query import QueryError, Result
from ..pipeline.resolve import BASE, ENTITIES_GRAPH, ONTOLOGY_GRAPH
from ..graph.store import open_build_store

GRAPH_PREFIX = BASE + "graph/"
SOURCE_PREFIX = BASE + "graph/source/"
KG = "https://w3id.org/localgov-kg/ontology#"
NTRIPLES = "application/n-triples"
SPARQL_JSON = "application/sparql-results+json"

ENV_USER, ENV_PASSWORD, ENV_TOKEN = "KG_STORE_USER", "KG_STORE_PASSWORD", "KG_STORE_TOKEN"
ENV_AUTH = "KG_STORE_AUTH"          # how the user and password are sent: basic (default) or digest


class RemoteError(Exception):
    """One line that names the URL and what went wrong."""


@dataclass(frozen=True)
class Connection:
    """How to talk to a server: timeouts in seconds, retries, backoff factor."""
    connect_timeout: float = 10.0
    read_timeout: float = 300.0
    retries: int = 4
    backoff: float = 0.5
    env: Mapping[str, str] | None = None

    def session(self) -> requests.Session:
        s = requests.Session()
        retry = Retry(total=self.retries, connect=self.retries, read=self.retries, status=self.retries,
                      other=0, backoff_factor=self.backoff, status_forcelist=(429, 500, 502, 503, 504),
                      allowed_methods=frozenset({"GET", "HEAD", "PUT", "DELETE", "POST"}),
                      raise_on_status=False, respect_retry_after_header=True)
        adapter = HTTPAdapter(max_retries=retry)
        s.mount("http://", adapter)
        s.mount("https://", adapter)
        s.auth = credentials(os.environ if self.env is None else self.env)
        s.headers["User-Agent"] = "localgov-kg"
        return s

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout, self.read_timeout)


class BearerAuth(requests.auth.AuthBase):
    def __init__(self, token: str):
        self.token = token

    def __call__(self, r):
        r.headers["Authorization"] = f"Bearer {self.token}"
        return r


def credentials(env: Mapping[str, str]):
    """Bearer token (KG_STORE_TOKEN), or KG_STORE_USER + KG_STORE_PASSWORD sent with HTTP Basic, or
    with HTTP Digest when KG_STORE_AUTH=digest (Virtuoso's ``/sparql-graph-crud-auth``), or None."""
    token, user, password = env.get(ENV_TOKEN), env.get(ENV_USER), env.get(ENV_PASSWORD)
    scheme = (env.get(ENV_AUTH) or "basic").strip().lower()
    if scheme not in ("basic", "digest"):
        raise RemoteError(f"{ENV_AUTH}={env.get(ENV_AUTH)!r}: say basic or digest")
    if scheme == "digest" and not user:
        raise RemoteError(f"{ENV_AUTH}=digest but {ENV_USER} is not set")
    if token and user:
        raise RemoteError(f"both {ENV_TOKEN} and {ENV_USER} are set; set one way of signing in")
    if token:
        return BearerAuth(token)
    if user:
        if password is None:
            raise RemoteError(f"{ENV_USER} is set but {ENV_PASSWORD} is not")
        if scheme == "digest":
            return requests.auth.HTTPDigestAuth(user, password)
        return requests.auth.HTTPBasicAuth(user, password)
    if password is not None:
        raise RemoteError(f"{ENV_PASSWORD} is set but {ENV_USER} is not")
    return None


def checked_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RemoteError(f"{url}: not an http:// or https:// URL")
    return url


def query_endpoint_for(store_url: str) -> str:
    """The SPARQL query endpoint beside a Graph Store Protocol endpoint, for the known servers."""
    url = store_url.rstrip("/")
    for gsp, query in (("/rdf-graphs/service", ""), ("/store", "/query"), ("/data", "/query"),
                       ("/sparql-graph-crud", "/sparql"), ("/sparql-graph-crud-auth", "/sparql-auth")):
        if url.endswith(gsp):
            return url[: -len(gsp)] + query
    raise RemoteError(f"{store_url}: cannot tell the SPARQL query endpoint of this store; give --sparql URL")


def short(iri: str) -> str:
    return iri.replace(BASE, "kgr:")


def _why(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.exceptions.RetryError):
        return f"the server kept answering an error ({exc.args[0].reason if exc.args else exc})"
    if isinstance(exc, requests.ConnectionError):
        return "cannot connect (server down or unreachable)"
    if isinstance(exc, requests.Timeout):
        return "no answer within the timeout"
    return type(exc).__name__


def _answer_error(r: requests.Response) -> str:
    body = " ".join(r.text.split())[:200]
    return f"HTTP {r.status_code} {r.reason}" + (f": {body}" if body else "")


# ------------------------------------------------------------------ queries

def sparql_select(session: requests.Session, conn: Connection, endpoint: str, sparql: str,
                  dataset: tuple[tuple[str, str], ...] = ()) -> Result:
    """Run a SELECT (or ASK) on a SPARQL 1.1 Protocol endpoint; JSON results as plain strings.

    ``dataset``: extra form fields that say which graphs the query sees (``default-graph-uri``).
    """
    form = [("query", sparql), *dataset]
    try:
        r = session.post(endpoint, data=form, headers={"Accept": SPARQL_JSON}, timeout=conn.timeout)
    except requests.RequestException as exc:
        raise RemoteError(f"{endpoint}: {_why(exc)}") from None
    if r.status_code != 200:
        raise RemoteError(f"{endpoint}: the query was refused, {_answer_error(r)}")
    try:
        doc = r.json()
        if "boolean" in doc:
            return Result(("boolean",), (("true" if doc["boolean"] else "false",),))
        columns = tuple(doc["head"]["vars"])
        rows = tuple(tuple(_value(b[c]) if c in b else None for c in columns)
                     for b in doc["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        raise RemoteError(f"{endpoint}: the answer is not SPARQL JSON results "
                          f"({r.headers.get('Content-Type', 'no content type')})") from None
    return Result(columns, rows)


XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
BOOLEAN_FORMS = {"true": "true", "1": "true", "false": "false", "0": "false"}


def _value(binding: dict) -> str:
    """A result term's value, booleans in their canonical form.

    xsd:boolean has two lexical forms for each value ("true"/"1", "false"/"0");
    Virtuoso answers "1" and "0". A literal whose declared datatype is
    xsd:boolean is written "true" or "false", as the embedded store writes it."""
    value = binding["value"]
    if binding.get("datatype") == XSD_BOOLEAN and binding.get("type") in ("literal", "typed-literal"):
        return BOOLEAN_FORMS.get(value.strip(), value)
    return value


def _has_articles(session, conn, endpoint: str, dataset: tuple[tuple[str, str], ...] = ()) -> bool:
    ask = f"ASK {{ ?a a <{KG}Article> }}"
    return sparql_select(session, conn, endpoint, ask, dataset).rows == (("true",),)


def list_graphs(session, conn, endpoint: str, prefix: str) -> list[str]:
    """Named graphs of the store whose IRI starts with ``prefix`` (a constant of the tool)."""
    sparql = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
              f'FILTER(STRSTARTS(STR(?g), "{prefix}")) }} ORDER BY ?g')
    return [row[0] for row in sparql_select(session, conn, endpoint, sparql).rows if row[0]]


OXIGRAPH_UNION = (("union-default-graph", ""),)


def graph_dataset(session, conn, endpoint: str) -> tuple[tuple[str, str], ...]:
    """The form fields that make the saved queries see the union of the named graphs.

    A server whose default graph is already the union (GraphDB, Oxigraph with
    --union-default-graph, Fuseki with unionDefaultGraph) needs none. Oxigraph
    takes a ``union-default-graph`` request parameter (probed with an ASK; a
    server that ignores or refuses it fails the probe). Otherwise the graphs
    under kgr:graph/ are named as the default graph with ``default-graph-uri``
    (SPARQL 1.1 Protocol), which every server accepts but some evaluate slowly
    over many graphs.
    """
    if _has_articles(session, conn, endpoint):
        return ()
    try:
        if _has_articles(session, conn, endpoint, OXIGRAPH_UNION):
            return OXIGRAPH_UNION
    except RemoteError:
        pass
    return tuple(("default-graph-uri", g) for g in list_graphs(session, conn, endpoint, GRAPH_PREFIX))


def run_remote(endpoint: str, sparql: str, conn: Connection | None = None) -> Result:
    conn = conn or Connection()
    try:
        checked_url(endpoint)
        with conn.session() as s:
            return sparql_select(s, conn, endpoint, sparql, graph_dataset(s, conn, endpoint))
    except RemoteError as exc:
        raise QueryError(str(exc)) from None


# -------------------------------------------------------------------- loading

@dataclass(frozen=True)
class LoadReport:
    replaced: tuple[str, ...]
    dropped: tuple[str, ...]
    triples_sent: int
    triples_in_store: int


def graph_names(store) -> list[str]:
    """The build's named graphs: ontology, entities, then the source files'."""
    names = sorted(str(g.value) for g in store.named_graphs())
    first = [g for g in (ONTOLOGY_GRAPH, ENTITIES_GRAPH) if g in names]
    return first + [g for g in names if g not in first]


def ntriples(store, graph: str) -> bytes:
    """One named graph as N-Triples (dumped when sent, so a large build is never all in memory)."""
    import pyoxigraph as ox
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))


def _done(replaced: list[str], total: int) -> str:
    if not replaced:
        return f"none of the {total} graphs was replaced yet"
    shown = ", ".join(short(g) for g in replaced[:5])
    more = f" and {len(replaced) - 5} more" if len(replaced) > 5 else ""
    return f"{len(replaced)} of {total} graphs already replaced ({shown}{more})"


def load(store_path: Path, store_url: str, sparql_url: str | None = None,
         conn: Connection | None = None) -> LoadReport:
    """Replace the build's named graphs on the server, then drop the graphs of sources no longer built.

    Raises RemoteError with one line naming the graph being sent and the graphs
    already replaced; running the load again completes it.
    """
    conn = conn or Connection()
    endpoint = checked_url(sparql_url) if sparql_url else query_endpoint_for(checked_url(store_url))
    store = open_build_store(store_path)
    graphs = graph_names(store)
    replaced: list[str] = []
    sent = 0
    with conn.session() as s:
        for iri in graphs:
            body = ntriples(store, iri)
            try:
                r = s.put(store_url, params={"graph": iri}, data=body,
                          headers={"Content-Type": f"{NTRIPLES}; charset=utf-8"}, timeout=conn.timeout)
            except requests.RequestException as exc:
                raise RemoteError(f"{store_url}: {_why(exc)} while replacing graph {short(iri)}; "
                                  f"{_done(replaced, len(graphs))}; run the load again to complete it") from None
            if r.status_code not in (200, 201, 204):
                raise RemoteError(f"{store_url}: {_answer_error(r)} while replacing graph {short(iri)}; "
                                  f"{_done(replaced, len(graphs))}; run the load again to complete it")
            replaced.append(iri)
            sent += body.count(b"\n")
        where = f"{_done(replaced, len(graphs))}, stale graphs not yet dropped; run the load again to complete it"
        try:
            stale = [g for g in list_graphs(s, conn, endpoint, SOURCE_PREFIX) if g not in graphs]
        except RemoteError as exc:
            raise RemoteError(f"{exc}; {where}") from None
        dropped = []
        for iri in stale:
            try:
                r = s.delete(store_url, params={"graph": iri}, timeout=conn.timeout)
            except requests.RequestException as exc:
                raise RemoteError(f"{store_url}: {_why(exc)} while dropping graph {short(iri)}; {where}") from None
            if r.status_code not in (200, 204, 404):
                raise RemoteError(f"{store_url}: {_answer_error(r)} while dropping graph {short(iri)}; {where}")
            dropped.append(iri)
        count = sparql_select(s, conn, endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                                 f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}")) }}')
    return LoadReport(tuple(replaced), tuple(dropped), sent, int(count.rows[0][0]))
