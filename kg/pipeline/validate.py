"""Stage 7: SHACL validation (pyshacl, core constraints) with one readable line per violation."""
from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from ..resources import folder

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


class _FrozenGraph(Graph):
    """A graph read many times and seldom changed (the shapes): its lookups are memoised.
    pySHACL asks the shapes graph for the same shape's parameters once per focus node."""

    def __init__(self, source: Graph):
        super().__init__()
        self._memo: dict | None = None
        for t in source:
            self.add(t)
        for prefix, ns in source.namespaces():
            self.bind(prefix, ns, override=True)
        self._memo = {}

    def add(self, triple):
        # pySHACL adds its system triples on every run; only a new triple forgets the lookups
        if self._memo and triple not in self:
            self._memo.clear()
        return super().add(triple)

    def triples(self, triple, *args, **kwargs):
        if self._memo is None or args or kwargs:
            return super().triples(triple, *args, **kwargs)
        try:
            hit = self._memo.get(triple)
        except TypeError:           # an unhashable pattern (a path): not memoised
            return super().triples(triple)
        if hit is None:
            hit = self._memo[triple] = list(super().triples(triple))
        return iter(hit)


# the nodes a part of the build answers for (see validate_part); None: every targeted node
_FOCUS: ContextVar[frozenset | None] = ContextVar("focus", default=None)


def _targets_in_focus(original):
    """pySHACL's target selection of a shape (Shape.focus_nodes), keeping only the nodes of the
    part being validated.  It is the selection of the shapes' own targets only: a node reached
    through sh:node, sh:or … from a focus node is still validated, whichever part it belongs to."""
    def focus_nodes(self, data_graph, debug=False):
        found = original(self, data_graph, debug)
        focus = _FOCUS.get()
        return found if focus is None else {n for n in found if n in focus}
    focus_nodes.in_focus = True
    return focus_nodes


@lru_cache(maxsize=1)
def _part_setup() -> tuple[Graph, tuple]:
    """The shapes (memoised) and the ontology's class hierarchy, once per process."""
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    # pySHACL keeps this pair as a lazily set module attribute and tests membership in it for every
    # shape and focus node; a set makes that a hash lookup instead of a scan of a list.
    if not isinstance(getattr(pyshacl.shape, "CONSTRAINT_PARAMS", (None,))[0], frozenset):
        pyshacl.shape.CONSTRAINT_PARAMS = (frozenset(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)
    if not getattr(pyshacl.shape.Shape.focus_nodes, "in_focus", False):
        pyshacl.shape.Shape.focus_nodes = _targets_in_focus(pyshacl.shape.Shape.focus_nodes)
    hierarchy = tuple(ontology_graph().triples((None, RDFS.subClassOf, None)))
    return _FrozenGraph(shapes_graph()), hierarchy


def validate_part(data: Graph, focus: Iterable | None = None) -> Report:
    """Validate one part of a build (a page's graph with the entities it names, or a slice of the
    entities graph).  ``data`` is changed: the ontology's class hierarchy (all that SHACL Core
    reads of the ontology, for sh:class and sh:targetClass) is added to it and it is validated in
    place.

    With ``focus`` (the part's own nodes), a shape's targets are only those nodes: the entities
    added as context are there for the part's class and value checks, and are validated in the
    part they belong to (the entities graph's slice), not again with every page that names them.
    On generated newspaper pages this saves 18% of the SHACL time."""
    import pyshacl
    shapes, hierarchy = _part_setup()
    for t in hierarchy:
        data.add(t)
    token = _FOCUS.set(frozenset(focus) if focus is not None else None)
    try:
        conforms, results, _text = pyshacl.validate(
            data, shacl_graph=shapes, inference="none", advanced=False, abort_on_first=False,
            allow_warnings=True, inplace=True)
    finally:
        _FOCUS.reset(token)
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
