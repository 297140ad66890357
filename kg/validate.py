"""Stage 7: SHACL validation (pyshacl, core constraints) with one readable line per violation."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from .resources import folder

SH = Namespace("http://www.w3.org/ns/shacl#")


@lru_cache(maxsize=1)
def ontology_text() -> str:
    return folder("ontology").joinpath("kg.ttl").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def shapes_text() -> str:
    return folder("ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")


def ontology_graph(identifier: str | None = None) -> Graph:
    """The ontology, its blank nodes (owl:unionOf lists) labelled canonically so
    that every build writes the same bytes."""
    from rdflib.compare import to_canonical_graph
    parsed = Graph()
    parsed.parse(data=ontology_text(), format="turtle")
    g = Graph(identifier=URIRef(identifier) if identifier else None)
    for t in to_canonical_graph(parsed):
        g.add(t)
    return g


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(data=shapes_text(), format="turtle")
    return g


@dataclass(frozen=True)
class Report:
    conforms: bool
    results: Graph
    lines: tuple[str, ...]


def validate(data: Graph) -> Report:
    import pyshacl
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none",
        advanced=False, abort_on_first=False, allow_warnings=True)
    return Report(bool(conforms), results, tuple(readable(results, data)))


@lru_cache(maxsize=1)
def _shapes_cached() -> Graph:
    return shapes_graph()


@lru_cache(maxsize=1)
def _ontology_cached() -> Graph:
    return ontology_graph()


def validate_part(data: Graph) -> Report:
    """Validate one part of a build (a page's graph with the entities it names, or a slice of the
    entities graph); the shapes and the ontology are parsed once per process."""
    import pyshacl
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=_shapes_cached(), ont_graph=_ontology_cached(), inference="none",
        advanced=False, abort_on_first=False, allow_warnings=True)
    return Report(bool(conforms), results, ())


def result_records(results: Graph, data: Graph) -> list[tuple[str, bytes]]:
    """Per violation: its readable line and the result's description (N-Triples), sorted by line."""
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        out.append((_line(results, data, r), results.cbd(r).serialize(format="nt", encoding="utf-8")))
    return sorted(out)


def _label(g: Graph, node) -> str:
    for o in g.objects(node, RDFS.label):
        return str(o)
    return str(node)


def _msg(results: Graph, r, lang: str) -> str:
    msgs = list(results.objects(r, SH.resultMessage))
    for m in msgs:
        if isinstance(m, Literal) and m.language == lang:
            return str(m)
    return str(msgs[0]) if msgs else ""


def readable(results: Graph, data: Graph) -> list[str]:
    return sorted(_line(results, data, r) for r in results.subjects(RDF.type, SH.ValidationResult))


def _line(results: Graph, data: Graph, r) -> str:
    focus = next(results.objects(r, SH.focusNode), None)
    path = next(results.objects(r, SH.resultPath), None)
    path_s = data.namespace_manager.qname(path) if isinstance(path, URIRef) else str(path)
    return f"{_label(data, focus)} ({focus}) {path_s}: {_msg(results, r, 'en')} / {_msg(results, r, 'zh')}"
