"""The hand-made fixture (tests/fixtures/mini.trig) follows the data model:
it conforms to the shapes and every saved query answers on it."""
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.query import bind, saved_queries
from kg.validate import validate

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return s


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
    rows = list(store.query(bind(saved_queries()[name], {}), use_default_graph_as_union=True))
    assert rows, name
