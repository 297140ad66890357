"""The county index (kg/graph/counties.py) on a small hand-made graph."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.build import pagework
from kg.graph import counties, store as kg_store

B = "https://w3id.org/localgov-kg/id/"
TTL = f"""
@prefix kg: <https://w3id.org/localgov-kg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix d: <{B}division/> .
@prefix x: <{B}> .
d:371500 a kg:AdministrativeDivision .
d:371526 a kg:County ; kg:partOf d:371500 .
d:371525 a kg:County ; kg:partOf d:371500 .
d:999999 a kg:County ; kg:partOf d:371500 .
d:town1 a kg:Town ; kg:partOf d:371526 .
x:org1 a kg:Organization ; kg:locatedIn d:town1 .
x:hall a kg:Place .
x:ent1 a kg:Enterprise ; kg:locatedIn d:town1 .
x:ent2 a kg:Enterprise ; kg:locatedIn d:371525 .
x:ent3 a kg:Enterprise .
x:m1 a kg:Meeting ; kg:location x:org1 ; prov:wasDerivedFrom x:a1 .
x:m2 a kg:Meeting ; kg:location x:hall ; prov:wasDerivedFrom x:a1 , x:a2 .
x:m3 a kg:Meeting ; kg:location d:371500 ; prov:wasDerivedFrom x:a3 .
x:v1 a kg:Visit ; kg:visited x:ent2 , d:town1 .
x:p1 a kg:Project ; kg:undertakenBy x:ent1 .
x:p2 a kg:Project ; kg:undertakenBy x:ent1 ; kg:locatedIn d:371525 .
x:p3 a kg:Project ; kg:undertakenBy x:ent3 .
x:a1 a kg:Article ; kg:mentions d:town1 , x:ent1 .
x:a2 a kg:Article ; kg:mentions d:371525 , d:371500 .
x:a3 a kg:Article ; kg:mentions x:ent2 .
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    nq = ox.serialize(ox.parse(TTL.encode(), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_QUADS)
    path = tmp_path_factory.mktemp("counties") / "store"
    kg_store.load(path, nq)
    return counties.derive_at(path)


def short(pairs):
    return {(s.removeprefix(B), c.removeprefix(B + "division/")) for s, c in pairs}


def test_what_lies_in_a_county(index):
    assert short(index.in_county) == {
        ("m1", "371526"),                        # its location is an organisation in a town of the county
        ("v1", "371525"), ("v1", "371526"),      # an enterprise in one county, a town of the other
        ("p1", "371526"),                        # no place of its own: its enterprise's
        ("p2", "371525"),                        # its own place, not its enterprise's
        ("ent1", "371526"), ("ent2", "371525"),
    }


def test_a_meeting_located_in_no_county_is_reported_in_the_counties_its_articles_mention(index):
    # m2's hall lies in no county: its two articles mention a town of 371526 and 371525 itself;
    # m3 lies in the city (no county), and its article mentions no division
    assert short(index.reported_in) == {("m2", "371526"), ("m2", "371525")}


def test_counts_per_county_including_a_county_with_nothing(index):
    assert {c.removeprefix(B + "division/"): n for c, n in index.counts} == {
        #          meetings visits projects enterprises articles
        "371526": (2, 1, 1, 1, 1),
        "371525": (1, 1, 1, 1, 1),
        "999999": (0, 0, 0, 0, 0),
    }


def test_the_index_validates_and_is_written_in_its_own_graph(index):
    parts = [pagework.counties_task(p) for p in counties.slices(index, size=3)]
    assert len(parts) == 3                        # 9 links in parts of 3; the counts go with the first
    assert all(p.part.violations == () for p in parts)
    quads = b"".join(p.part.nquads for p in parts).decode()
    assert quads.count(f"<{counties.COUNTIES_GRAPH}> .\n") == sum(p.part.quads for p in parts) == 9 + 3 * 8
    assert f"<{counties.activity_iri(B + 'division/999999')}> <https://w3id.org/localgov-kg/ontology#totalCount> " \
           f"\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>" in quads


def test_shacl_rejects_a_link_to_something_not_a_division():
    bad = counties.CountyIndex(((B + "meeting/m", B + "org/x"),), (), ())
    (line,) = pagework.counties_task(bad).part.violations
    assert "kg:inCounty" in line and "division" in line
