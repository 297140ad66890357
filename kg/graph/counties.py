"""County index: which county-level division each meeting, visit, project and
enterprise lies in, and how much of each a county has, derived from the loaded
store.

The rules are those of the saved queries (queries/meetings-in-county.rq and its
siblings), read once over the whole graph instead of at every question:

- a division lies in the counties it is, or is kg:partOf (transitively);
- a place, organisation or enterprise lies in the counties of the divisions it
  is kg:locatedIn; a division, in its own;
- a meeting lies in the counties of its kg:location; when none of its locations
  lies in a county, it is *reported in* the counties mentioned (kg:mentions) by
  the articles that report it (prov:wasDerivedFrom);
- a visit lies in the counties of what it kg:visited;
- a project lies in the counties of its kg:locatedIn, or, when it has none, in
  those of its enterprise (kg:undertakenBy);
- an enterprise lies in the counties of its kg:locatedIn;
- an article counts for the counties of the divisions it kg:mentions.

The index is a named graph of its own (``graph/counties``): ``kg:inCounty`` and
``kg:reportedInCounty`` links, and per kg:County a kg:CountyActivity node with
the five counts.  It reads the store's default graph (the union of the build's
graphs) and is the same for the same graph, whatever the order of the store.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ..pipeline import rdf
from ..pipeline.resolve import BASE, other_iri

COUNTIES_GRAPH = BASE + "graph/counties"
KG = str(rdf.KG)
PROV = "http://www.w3.org/ns/prov#"
KINDS = ("meetings", "visits", "projects", "enterprises", "articles")


@dataclass(frozen=True)
class CountyIndex:
    in_county: tuple[tuple[str, str], ...]        # (meeting, visit, project or enterprise; county), sorted
    reported_in: tuple[tuple[str, str], ...]      # (meeting; county) by the articles that report it, sorted
    counts: tuple[tuple[str, tuple[int, ...]], ...]  # (county; counts in the order of KINDS), sorted


def activity_iri(county: str) -> str:
    return other_iri("county-activity", county)


_PREFIXES = f"PREFIX kg: <{KG}>\nPREFIX prov: <{PROV}>\n"


def _pairs(store: ox.Store, where: str) -> Iterator[tuple[str, str]]:
    """(?s, ?o) of a graph pattern on the default graph, as the store answers them: the joins run
    in the store, the transitive part (kg:partOf*, over the divisions only) here."""
    for s, o in store.query(_PREFIXES + f"SELECT ?s ?o WHERE {{ {where} }}"):
        yield s.value, o.value


def _subjects(store: ox.Store, cls: str) -> Iterator[str]:
    for r in store.query(_PREFIXES + f"SELECT ?s WHERE {{ ?s a kg:{cls} }}"):
        yield r[0].value


def derive_at(path) -> CountyIndex:
    """The index of the store at ``path`` (closed again when done)."""
    st = ox.Store(str(path))
    try:
        return derive(st)
    finally:
        del st


def derive(store: ox.Store) -> CountyIndex:
    """The index of a store.  What it holds at once grows with the meetings, visits, projects
    and enterprises that lie somewhere, and with the articles of one county; the articles are
    counted county by county from the store's index of kg:mentions."""
    counties = set(_subjects(store, "County"))
    part_of: dict[str, list[str]] = defaultdict(list)
    for s, o in _pairs(store, "?s kg:partOf ?o"):
        part_of[s].append(o)
    located: dict[str, list[str]] = defaultdict(list)
    for s, o in _pairs(store, "?s kg:locatedIn ?o"):
        located[s].append(o)

    up: dict[str, frozenset[str]] = {}

    def county_of(x: str) -> frozenset[str]:
        """The counties x is or is part of (kg:partOf*)."""
        got = up.get(x)
        if got is None:
            seen, todo, found = {x}, [x], set()
            while todo:
                n = todo.pop()
                if n in counties:
                    found.add(n)
                for p in part_of.get(n, ()):
                    if p not in seen:
                        seen.add(p)
                        todo.append(p)
            got = up[x] = frozenset(found)
        return got

    def place(x: str) -> frozenset[str]:
        """kg:locatedIn?/kg:partOf*"""
        out = county_of(x)
        for d in located.get(x, ()):
            out |= county_of(d)
        return out

    def gather(pairs: Iterable[tuple[str, str]], where) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for s, o in pairs:
            out[s].update(where(o))
        return out

    by_location = gather(_pairs(store, "?s a kg:Meeting ; kg:location ?o"), place)
    unplaced = {m for m in _subjects(store, "Meeting") if not by_location.get(m)}
    reports: dict[str, list[str]] = defaultdict(list)      # article -> the unplaced meetings it reports
    for m, a in _pairs(store, "?s a kg:Meeting ; prov:wasDerivedFrom ?o"):
        if m in unplaced:
            reports[a].append(m)
    del unplaced
    # per county, the divisions that lie in it; the articles that mention them (kg:mentions is
    # said of articles only) are read from the store's object index, one county at a time
    members: dict[str, set[str]] = defaultdict(set)
    for d in sorted({*counties, *part_of}):
        for c in county_of(d):
            members[c].add(d)
    mentions, default = ox.NamedNode(KG + "mentions"), ox.DefaultGraph()
    article_counts: dict[str, int] = {}
    by_mention: dict[str, set[str]] = defaultdict(set)
    for c in sorted(members):
        seen_articles: set[str] = set()
        for d in sorted(members[c]):
            for q in store.quads_for_pattern(None, mentions, ox.NamedNode(d), default):
                seen_articles.add(q.subject.value)
        article_counts[c] = len(seen_articles)
        for a in seen_articles & reports.keys():
            for m in reports[a]:
                by_mention[m].add(c)
    del reports
    visits = gather(_pairs(store, "?s a kg:Visit ; kg:visited ?o"), place)
    projects: dict[str, set[str]] = {p: set() for p in _subjects(store, "Project")}
    for p in projects:
        for d in located.get(p, ()):
            projects[p] |= county_of(d)
    for p, e in _pairs(store, "?s a kg:Project ; kg:undertakenBy ?o"):
        if not located.get(p):
            for d in located.get(e, ()):
                projects[p] |= county_of(d)
    enterprises: dict[str, set[str]] = {e: set() for e in _subjects(store, "Enterprise")}
    for e in enterprises:
        for d in located.get(e, ()):
            enterprises[e] |= county_of(d)

    per: dict[str, list[int]] = {c: [0] * len(KINDS) for c in counties}
    in_county: set[tuple[str, str]] = set()
    for i, found in enumerate((by_location, visits, projects, enterprises)):
        for s, where in found.items():
            for c in where:
                per[c][i] += 1
                in_county.add((s, c))
    for c, n in article_counts.items():
        per[c][KINDS.index("articles")] = n
    reported = {(m, c) for m, where in by_mention.items() for c in where}
    for m, where in by_mention.items():
        for c in where:
            per[c][0] += 1
    counts = tuple(sorted((c, tuple(n)) for c, n in per.items()))
    return CountyIndex(tuple(sorted(in_county)), tuple(sorted(reported)), counts)


def slices(index: CountyIndex, size: int = 20000) -> list[CountyIndex]:
    """The index in parts of about ``size`` links (the counts go with the first), to validate in parallel."""
    links = [(0, s, c) for s, c in index.in_county] + [(1, s, c) for s, c in index.reported_in]
    out = []
    for i in range(0, max(len(links), 1), size):
        part = links[i:i + size]
        out.append(CountyIndex(tuple((s, c) for k, s, c in part if k == 0),
                               tuple((s, c) for k, s, c in part if k == 1),
                               index.counts if i == 0 else ()))
    return out


def graph(index: CountyIndex) -> Graph:
    """The index as an rdflib graph in graph/counties (what SHACL reads)."""
    kg = rdf.KG
    g = Graph(identifier=URIRef(COUNTIES_GRAPH))
    for s, c in index.in_county:
        g.add((URIRef(s), kg.inCounty, URIRef(c)))
    for s, c in index.reported_in:
        g.add((URIRef(s), kg.reportedInCounty, URIRef(c)))
    for county, counts in index.counts:
        node = URIRef(activity_iri(county))
        g.add((node, RDF.type, kg.CountyActivity))
        g.add((node, kg.county, URIRef(county)))
        for kind, n in zip(KINDS, counts):
            g.add((node, kg[kind[:-1] + "Count"], Literal(n, datatype=XSD.integer)))
        g.add((node, kg.totalCount, Literal(sum(counts), datatype=XSD.integer)))
    return g
