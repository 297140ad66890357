"""Writing a build's files: the N-Quads dump (streamed part by part), the exports derived from it
by pyoxigraph's streaming serialisers, and the SHACL report.

kg.nq holds the named graphs in a fixed order (each source file's graph in
path order, then the entities graph, then the ontology), the lines of each
graph sorted: the same input gives the same bytes, whichever workers made the
parts.  kg.ttl, kg.nt and kg.jsonld are the union of the graphs, written in
the same order; a triple that two graphs state (a meeting two pages report)
is written once per graph, which is the same RDF graph.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF

from ..pipeline import rdf, resolve
from ..pipeline.validate import SH

FORMATS = {"ttl": ("kg.ttl", ox.RdfFormat.TURTLE), "nt": ("kg.nt", ox.RdfFormat.N_TRIPLES),
           "jsonld": ("kg.jsonld", ox.RdfFormat.JSON_LD), "trig": ("kg.trig", ox.RdfFormat.TRIG),
           "nq": ("kg.nq", ox.RdfFormat.N_QUADS)}
TRIPLE_FORMATS = ("ttl", "nt", "jsonld")


@dataclass(frozen=True)
class Part:
    """One graph or slice of a graph, rendered and validated."""
    nquads: bytes
    violations: tuple[str, ...]
    results: tuple[tuple[str, bytes], ...]
    quads: int


@dataclass
class Written:
    quads: int = 0
    lines: tuple[str, ...] = ()
    results: dict[str, bytes] = field(default_factory=dict)   # violation line -> its SHACL result


def write_nquads(path: Path, parts: Iterable[Part], after: Written | None = None) -> Written:
    """The parts into the N-Quads dump at ``path``, and what was written.  With ``after`` (what an
    earlier call wrote there), they are appended and the answer covers both."""
    w = Written(after.quads, after.lines, dict(after.results)) if after else Written()
    lines: set[str] = set(w.lines)
    with path.open("ab" if after else "wb") as fh:
        for p in parts:
            fh.write(p.nquads)
            w.quads += p.quads
            lines.update(p.violations)
            for line, nt in p.results:
                w.results.setdefault(line, nt)
    w.lines = tuple(sorted(lines))
    return w


def prefixes() -> dict[str, str]:
    return {p: str(ns) for p, ns in rdf.PREFIXES.items()}


def write_formats(folder: Path, nquads: Path, formats: tuple[str, ...]) -> None:
    """Each requested export, streamed from the N-Quads dump."""
    for fmt in formats:
        if fmt == "nq":
            continue
        name, ox_format = FORMATS[fmt]
        quads = ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        items = (q.triple for q in quads) if fmt in TRIPLE_FORMATS else quads
        pre = prefixes() if fmt in ("ttl", "trig", "jsonld") else None
        ox.serialize(items, str(folder / name), ox_format, prefixes=pre)


def write_validation(folder: Path, w: Written) -> None:
    """validation.txt (one line per violation) and validation.ttl (the SHACL report)."""
    (folder / "validation.txt").write_text(
        ("" if w.lines else "conforms\n") + "".join(line + "\n" for line in w.lines), encoding="utf-8")
    g = Graph()
    report = BNode()
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, Literal(not w.lines)))
    for line in w.lines:
        part = Graph()
        part.parse(data=w.results[line].decode("utf-8"), format="nt")
        for t in part:
            g.add(t)
        for r in part.subjects(RDF.type, SH.ValidationResult):
            g.add((report, SH.result, r))
    canon = rdf.bind(Graph())
    canon.bind("sh", SH)
    for t in to_canonical_graph(g):
        canon.add(t)
    (folder / "validation.ttl").write_bytes(canon.serialize(format="turtle", encoding="utf-8"))


def store_counts(path: Path) -> dict[str, int]:
    """Distinct meetings and projects in the built store."""
    st = ox.Store.read_only(str(path))
    out = {}
    for key, cls in (("meetings", "Meeting"), ("projects", "Project")):
        q = (f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <{rdf.KG}{cls}> }} "
             f"FILTER(?g != <{resolve.ONTOLOGY_GRAPH}>) }}")
        out[key] = int(next(iter(st.query(q)))["n"].value)
    return out
