"""Tenures (kg/graph/tenures.py): the posts of one person, title and organisation summed up."""
from __future__ import annotations

import itertools

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.build import pagework
from kg.graph import tenures
from kg.pipeline import rdf, validate
from kg.graph.tenures import Gatherer, Observation

KG = rdf.KG
BASE = "https://w3id.org/localgov-kg/id/"
P1, P2 = BASE + "person/a", BASE + "person/b"
ORG = BASE + "org/x"


def obs(holder, title, org, day, post):
    return Observation(holder, title, org, day, BASE + "post/" + post)


OBS = [
    obs(P1, "市长", ORG, "2024-03-12", "p3"),
    obs(P1, "市长", ORG, "2024-01-05", "p2"),
    obs(P1, "市长", ORG, "2024-01-05", "p1"),
    obs(P1, "市长", ORG, "2024-06-30", "p5"),
    obs(P1, "市长", ORG, "2024-06-30", "p4"),
    obs(P1, "市长", "", "2023-11-02", "p6"),
    obs(P2, "副市长", ORG, "2024-02-01", "p7"),
]


def test_one_tenure_per_holder_title_and_organisation():
    g = Gatherer()
    g.add(OBS)
    got = {(t.holder, t.title, t.organization, t.first, t.last, t.count, t.first_post[-2:], t.last_post[-2:])
           for t in g.tenures()}
    assert got == {
        (P1, "市长", ORG, "2024-01-05", "2024-06-30", 5, "p1", "p4"),
        (P1, "市长", "", "2023-11-02", "2023-11-02", 1, "p6", "p6"),
        (P2, "副市长", ORG, "2024-02-01", "2024-02-01", 1, "p7", "p7"),
    }
    assert len(g) == 3


def test_the_same_tenures_whatever_the_order_and_the_pages():
    expected = None
    for perm in itertools.islice(itertools.permutations(OBS), 0, 5040, 97):
        g = Gatherer()
        g.add(perm[:3])            # as if from two pages
        g.add(perm[3:])
        got = g.tenures()
        expected = expected or got
        assert got == expected
    assert [t.iri for t in expected] == sorted(t.iri for t in expected)


def _page(*posts):
    g = Graph()
    for node, holder, title, day, former in posts:
        n = URIRef(BASE + "post/" + node)
        g.add((n, RDF.type, KG.Post))
        g.add((n, KG.holder, URIRef(holder)))
        g.add((n, KG.title, rdf.zh(title)))
        if day:
            g.add((n, KG.observedOn, Literal(day, datatype=XSD.date)))
        if former is not None:
            g.add((n, KG.former, Literal(former)))
    return g


def test_observations_leave_out_past_titles_and_undated_posts():
    g = _page(("a", P1, "市长", "2024-01-05", None), ("b", P1, "县长", "2024-01-05", True),
              ("c", P1, "副市长", None, None), ("d", P2, "市长", "2024-02-01", False))
    assert tenures.observations(g) == (
        Observation(P1, "市长", "", "2024-01-05", BASE + "post/a"),
        Observation(P2, "市长", "", "2024-02-01", BASE + "post/d"))


def _checked(t: tenures.Tenure):
    g = tenures.tenure_graph([t])
    context = Graph()
    context.add((URIRef(t.holder), RDF.type, KG.Person))
    context.add((URIRef(t.holder), rdf.RDFS.label, rdf.zh("周立衡")))
    if t.organization:
        context.add((URIRef(t.organization), RDF.type, KG.Organization))
        context.add((URIRef(t.organization), rdf.RDFS.label, rdf.zh("市政府")))
    return pagework.checked(g, context)[0]


def test_a_tenure_conforms_to_its_shape():
    g = Gatherer()
    g.add(OBS)
    for t in g.tenures():
        assert _checked(t) == ()


def test_shacl_rejects_a_tenure_that_ends_before_it_starts_or_names_no_person():
    t = tenures.Tenure(P1, "市长", ORG, "2024-06-30", "2024-01-05", 2, BASE + "post/p1", BASE + "post/p4")
    lines = _checked(t)
    assert len(lines) == 1 and "kg:lastObserved" in lines[0] and "firstObserved" in lines[0]
    g = tenures.tenure_graph([tenures.Tenure(P1, "市长", "", "2024-01-05", "2024-01-05", 1, "p", "p")])
    lines = pagework.checked(g, Graph())[0]          # the holder is not typed kg:Person here
    assert len(lines) == 1 and "kg:Person" in lines[0]


def test_tenure_graph_lies_in_its_own_named_graph():
    g = tenures.tenure_graph([])
    assert str(g.identifier) == tenures.TENURES_GRAPH == BASE + "graph/tenures"
    assert validate.validate(g).conforms


def test_each_tenure_knows_the_next_last_and_the_previous_first_of_its_title_and_organisation():
    P3 = BASE + "person/c"
    g = Gatherer()
    g.add([obs(P1, "县长", ORG, "2020-01-01", "a1"), obs(P1, "县长", ORG, "2021-06-01", "a2"),
           obs(P2, "县长", ORG, "2021-03-01", "b1"), obs(P2, "县长", ORG, "2022-12-01", "b2"),
           obs(P3, "县长", ORG, "2022-12-01", "c1"),            # the same last day as P2's
           obs(P3, "县长", "", "2019-01-01", "c2"),             # another organisation (none named)
           obs(P1, "副县长", ORG, "2023-01-01", "a3")])          # another title
    got = {(t.holder[-1], t.title, t.organization, t.next_last, t.previous_first) for t in g.tenures()}
    assert got == {
        ("a", "县长", ORG, "2022-12-01", ""),
        ("b", "县长", ORG, "", "2020-01-01"),
        ("c", "县长", ORG, "", "2021-03-01"),
        ("c", "县长", "", "", ""),
        ("a", "副县长", ORG, "", ""),
    }
    for t in g.tenures():
        assert _checked(t) == ()
    nodes = tenures.tenure_graph(g.tenures())
    first = next(t for t in g.tenures() if t.holder == P1 and t.title == "县长")
    assert nodes.value(URIRef(first.iri), KG.nextLastObserved) == Literal("2022-12-01", datatype=XSD.date)
    assert nodes.value(URIRef(first.iri), KG.previousFirstObserved) is None


def test_shacl_rejects_neighbours_on_the_wrong_side_of_a_tenure():
    t = tenures.Tenure(P1, "市长", ORG, "2024-01-05", "2024-06-30", 2, BASE + "post/p1", BASE + "post/p4",
                       next_last="2024-06-30", previous_first="2024-02-01")
    lines = _checked(t)
    assert len(lines) == 2
    assert any("nextLastObserved" in x for x in lines) and any("previousFirstObserved" in x for x in lines)
