"""The hand-made fixture (tests/fixtures/mini.trig) follows the data model:
it conforms to the shapes and every saved query answers on it."""
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.graph.query import bind, saved_queries
from kg.pipeline.validate import validate

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The fixture loaded as a build loads its store: the named graphs and their union."""
    from kg.graph import store as kg_store
    nquads = ox.serialize(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS)
    path = tmp_path_factory.mktemp("fixture") / "store"
    kg_store.load(path, nquads)
    return ox.Store.read_only(str(path))


def test_fixture_conforms_to_the_shapes():
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    g = Graph()
    for q in ds.quads():
        g.add(q[:3])
    report = validate(g)
    assert report.conforms, report.lines[:5]


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_answers_on_the_fixture(store, name):
    rows = list(store.query(bind(saved_queries()[name], {})))
    assert rows, name


@pytest.mark.parametrize("value,found", [("hzrb/2024-03-12_01.txt", True), ("2024-03-12_01.txt", True),
                                         ("other/2024-03-12_01.txt", False), ("2024-03-12", False)])
def test_article_facts_finds_a_file_by_path_or_file_name(store, value, found):
    q = saved_queries()["article-facts"]
    rows = list(store.query(bind(q, {"file": value})))
    files = {r["sourceFile"].value for r in rows}
    assert files == ({"hzrb/2024-03-12_01.txt"} if found else set())


def test_fixture_tenures_are_those_derived_from_its_posts():
    """graph:tenures holds what the build derives from the fixture's posts (kg/graph/tenures.py)."""
    from kg.graph import tenures
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    facts = Graph()
    for s, p, o, g in ds.quads():
        if str(g) != tenures.TENURES_GRAPH:
            facts.add((s, p, o))
    gathered = tenures.Gatherer()
    gathered.add(tenures.observations(facts))
    derived = set(tenures.tenure_graph(gathered.tenures()))
    written = set(ds.graph(tenures.TENURES_GRAPH))
    assert len(written) == 6 * 9          # six tenures, each with an organisation
    assert written == derived


def test_fixture_county_index_is_the_one_derived_from_it(store):
    """graph:counties holds what the build derives from the fixture (kg/graph/counties.py)."""
    from kg.graph import counties
    from rdflib import URIRef
    derived = set(counties.graph(counties.derive(store)))
    ds = Dataset()
    ds.parse(FIXTURE, format="trig")
    written = set(ds.graph(URIRef(counties.COUNTIES_GRAPH)))
    assert len(written) == 9 + 2 + 2 * 8   # links, reported-in links, two counties' activity
    assert written == derived
