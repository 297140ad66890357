"""Every saved query gives the same rows on every engine, on the seed build.

Engines: the embedded store (pyoxigraph, ``kg query --build``); rdflib's own
SPARQL engine over the exported ``kg.ttl``; and Virtuoso 7 (Debian's
``virtuoso-opensource``, started once for the session with an empty database,
see conftest.py), loaded with ``kg load --store …/sparql-graph-crud --sparql
…/sparql`` and queried with ``kg query NAME --endpoint …/sparql``. (The
Oxigraph server is checked against the embedded store row for row, in order,
by test_remote.py, with the same parameter sets.) Each query runs without
parameters, with its example's parameters, and with each of those alone.
Rows are compared as multisets after writing numbers in one form; a query an
engine refuses fails the test.
"""
from __future__ import annotations

import json

import pytest
import requests
from click.testing import CliRunner
from rdflib import Literal, URIRef

from engines import case_id, cases, rows_multiset
from kg.cli import main
from kg.graph import query
from kg.outputs import remote

KGR = "https://w3id.org/localgov-kg/id/"
CASES = cases()
FAST = remote.Connection(connect_timeout=5, read_timeout=120, retries=0, env={})
INJECTION = 'x" } ?s ?p ?o { "'
QUICK = ("--timeout", "120", "--retries", "0")     # a server that stops answering fails the test, soon
BOOLEAN = URIRef("http://www.w3.org/2001/XMLSchema#boolean")


def params_args(params: dict[str, str]) -> list[str]:
    return [a for k, v in sorted(params.items()) for a in ("--param", f"{k}={v}")]


def cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def graph_triples(endpoint: str) -> int:
    with requests.Session() as s:
        res = remote.sparql_select(s, FAST, endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                                      f'FILTER(STRSTARTS(STR(?g), "{KGR}graph/")) }}')
    return int(res.rows[0][0])


@pytest.fixture(scope="module")
def loaded(virtuoso, seed_build):
    res = cli("load", "--build", str(seed_build[0]), "--store", virtuoso.graph_store,
              "--sparql", virtuoso.sparql, *QUICK)
    assert res.exit_code == 0, res.output
    return seed_build[0]


def embedded(build, name, params):
    res = query.run_local(build / "store", query.bind(query.get(name), params))
    return res.columns, res.rows


def rdflib_rows(graph, name, params):
    def plain(t):
        if t is None:
            return None
        if isinstance(t, Literal) and t.datatype == BOOLEAN:
            return "true" if t.toPython() is True else "false"
        return str(t)
    res = graph.query(query.bind(query.get(name), params))
    columns = tuple(str(v) for v in res.vars)
    return columns, [tuple(plain(row[c]) for c in columns) for row in res]


def virtuoso_rows(virtuoso, name, params):
    res = cli("query", name, "--endpoint", virtuoso.sparql, "--format", "json", *QUICK, *params_args(params))
    assert res.exit_code == 0, f"Virtuoso: {res.output[-600:]}"
    records = json.loads(res.output)
    columns = tuple(records[0]) if records else None
    return columns, [tuple(r.values()) for r in records]


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_same_rows_on_every_engine(case, loaded, seed_graph, virtuoso):
    name, params = case
    columns, rows = embedded(loaded, name, params)
    expected = rows_multiset(rows)
    r_columns, r_rows = rdflib_rows(seed_graph, name, params)
    assert r_columns == columns
    assert rows_multiset(r_rows) == expected, f"rdflib differs on {name} {params}"
    v_columns, v_rows = virtuoso_rows(virtuoso, name, params)
    assert v_columns in (columns, None)
    assert rows_multiset(v_rows) == expected, f"Virtuoso differs on {name} {params}"


def test_every_query_answers_its_example_on_every_engine(loaded, seed_graph, virtuoso):
    """The comparisons above are not between empty answers: each example answers on the seeds."""
    from kg.outputs.query_docs import example_params
    for name in sorted(query.saved_queries()):
        params = example_params(query.get(name))
        assert embedded(loaded, name, params)[1], name
        assert rdflib_rows(seed_graph, name, params)[1], name
        assert virtuoso_rows(virtuoso, name, params)[1], name


# ------------------------------------------------------------------ Virtuoso as a store

def test_load_into_virtuoso_puts_every_triple_and_reloading_doubles_nothing(virtuoso, loaded):
    import pyoxigraph as ox
    store = ox.Store.read_only(str(loaded / "store"))
    local = sum(len(list(store.quads_for_pattern(None, None, None, g))) for g in store.named_graphs())
    assert graph_triples(virtuoso.sparql) == local
    res = cli("load", "--build", str(loaded), "--store", virtuoso.graph_store, *QUICK)
    assert res.exit_code == 0, res.output        # the query endpoint is derived from …/sparql-graph-crud
    assert graph_triples(virtuoso.sparql) == local


def test_virtuoso_booleans_come_back_as_true_and_false(virtuoso, loaded):
    res = cli("query", "people-by-organization", "--endpoint", virtuoso.sparql, "--format", "json", *QUICK)
    assert res.exit_code == 0, res.output
    assert {r["former"] for r in json.loads(res.output)} == {"false"}
    # a stated xsd:boolean true, as Virtuoso answers it (1)
    graph = "http://example.org/booleans"
    triple = (b'<http://example.org/p> <https://w3id.org/localgov-kg/ontology#former> '
              b'"true"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n')
    r = requests.put(virtuoso.graph_store, params={"graph": graph}, data=triple,
                     headers={"Content-Type": "application/n-triples"})
    assert r.status_code in (200, 201, 204)
    try:
        sparql = ("SELECT ?f (COALESCE(?x, false) AS ?g) WHERE { "
                  "<http://example.org/p> <https://w3id.org/localgov-kg/ontology#former> ?f "
                  "OPTIONAL { <http://example.org/p> <http://example.org/none> ?x } }")
        with requests.Session() as s:
            raw = s.post(virtuoso.sparql, data={"query": sparql},
                         headers={"Accept": "application/sparql-results+json"}).json()
            assert raw["results"]["bindings"][0]["f"]["value"] == "1"      # what Virtuoso sends
            assert remote.sparql_select(s, FAST, virtuoso.sparql, sparql).rows == (("true", "false"),)
    finally:
        requests.delete(virtuoso.graph_store, params={"graph": graph})


def test_parameters_reach_virtuoso_as_rdf_terms(virtuoso, loaded):
    before = graph_triples(virtuoso.sparql)
    res = cli("query", "officials", "--endpoint", virtuoso.sparql, "--param", f"name={INJECTION}",
              "--format", "json", *QUICK)
    assert res.exit_code == 0, res.output
    assert res.output.strip() == "[]"
    assert graph_triples(virtuoso.sparql) == before


def test_virtuoso_digest_endpoint_with_credentials_from_the_environment(virtuoso, loaded):
    crud_auth = f"{virtuoso.url}/sparql-graph-crud-auth"
    refused = cli("load", "--build", str(loaded), "--store", crud_auth, *QUICK,
                  env={"KG_STORE_USER": None, "KG_STORE_PASSWORD": None, "KG_STORE_AUTH": None,
                       "KG_STORE_TOKEN": None})
    assert refused.exit_code == 1
    assert "HTTP 401" in refused.output and len(refused.output.strip().splitlines()) == 1
    digest = {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba", "KG_STORE_AUTH": "digest",
              "KG_STORE_TOKEN": None}
    res = cli("load", "--build", str(loaded), "--store", crud_auth, *QUICK, env=digest)
    assert res.exit_code == 0, res.output
    served = cli("query", "meetings-chaired", "--param", "name=张百顺", "--endpoint",
                 f"{virtuoso.url}/sparql-auth", "--format", "csv", *QUICK, env=digest)
    local = cli("query", "meetings-chaired", "--param", "name=张百顺", "--build", str(loaded), "--format", "csv")
    assert served.exit_code == local.exit_code == 0, served.output
    assert served.output == local.output
