"""The per-page stages of a build, as plain functions a worker process runs.

extract_task: a page file -> its records (written to the build's page store),
returning the small part that resolve() reads.  render_task: a page's records
+ the entity index -> its named graph as sorted N-Quads, validated with SHACL
together with the entities it names.  entities_task: a slice of the entity
index -> its part of the entities graph, validated.  Every function is pure
in what it returns: the same inputs give the same bytes on any worker.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from ..graph import counties, tenures
from ..pipeline import rdf, resolve, validate
from .export import Part
from .cache import PageOutput, read_full, write_output, write_records
from ..pipeline.extract import extract_page
from ..pipeline.extract.ner import backend as ner_backend
from ..pipeline.normalise import normalise
from ..pipeline.read import InputError, read_page
from ..records import PageRecords, Source
from ..pipeline.extract.ner import DEFAULT_BACKEND
from ..pipeline.split import split


@dataclass(frozen=True)
class ExtractTask:
    path: str                 # the file
    root: str                 # the folder given to the build
    source: Source
    records: str              # where to write the records
    ner: str = DEFAULT_BACKEND        # the person-name backend (kg/pipeline/extract/ner.py)
    keep_slim: bool = True    # return what resolve() reads (False: it is read back from the records)


@dataclass(frozen=True)
class Extracted:
    path: str                 # relative, as in Source.path
    slim: PageRecords | None  # what resolve() reads (None when not kept, or the page could not be read)
    problem: str | None = None  # why the page could not be read
    notes: tuple[str, ...] = ()   # what extraction reports of the page (PageRecords.notes)


def extract_task(t: ExtractTask, _shared=None) -> Extracted:
    try:
        page = read_page(Path(t.path), Path(t.root), {t.source.path: t.source})
    except InputError as exc:
        return Extracted(t.source.path, None, str(exc).split(": ", 1)[-1] or "cannot read")
    full = extract_page(split(normalise(page)), ner_backend(t.ner))
    slim = resolve.resolve_input(full)
    write_records(Path(t.records), slim, full)
    return Extracted(t.source.path, slim if t.keep_slim else None, notes=full.notes)


_WARM: set[tuple[str | None, str]] = set()


def prepare(t: ExtractTask) -> None:
    """What extracting this page loads first (dictionaries, its city's gazetteer), once per
    process: a cold worker does it before the page's time limit starts."""
    if (t.source.city, t.ner) not in _WARM:
        warm({t.source.city}, t.ner)
        _WARM.add((t.source.city, t.ner))


def warm(cities: set[str | None], ner: str = DEFAULT_BACKEND) -> None:
    """Load what extraction loads lazily (dictionaries, the gazetteers of these cities) in this
    process, so that the workers of a process pool forked from it share them instead of each
    loading its own."""
    from ..records import Page
    for city in sorted(cities, key=lambda c: c or ""):
        src = Source(path="warm-up.txt", city=city)
        extract_page(split(normalise(Page(src, "市委书记张三主持召开会议。\n", "utf-8"))), ner_backend(ner))


# --- what rendering a page reads of the entity index -------------------------------------------

TABLES = ("by_iri", "enterprise_forms", "national_names", "persons")


class _Reads:
    def __init__(self):
        self.keys: set[tuple[str, str]] = set()
        self.complete = True        # False when the index was read in a way not recorded


class _RecordedTable:
    """A dict or set of the entity index that notes which keys were looked up."""

    def __init__(self, name: str, data, reads: _Reads):
        self._name, self._data, self._reads = name, data, reads

    def _note(self, key) -> None:
        if isinstance(key, str):
            self._reads.keys.add((self._name, key))
        else:
            self._reads.complete = False

    def __contains__(self, key) -> bool:
        self._note(key)
        return key in self._data

    def __getitem__(self, key):
        self._note(key)
        return self._data[key]

    def get(self, key, default=None):
        self._note(key)
        return self._data.get(key, default)

    def __iter__(self):
        self._reads.complete = False
        return iter(self._data)

    def __len__(self) -> int:
        self._reads.complete = False
        return len(self._data)

    def __getattr__(self, name):
        self._reads.complete = False
        return getattr(self._data, name)


class RecordedEntities:
    """The entity index as rendering sees it, recording every key it looks up."""

    def __init__(self, ents: resolve.Entities):
        self._ents = ents
        self.reads = _Reads()
        for t in TABLES:
            setattr(self, t, _RecordedTable(t, getattr(ents, t), self.reads))

    def __getattr__(self, name):
        self.reads.complete = False
        return getattr(self._ents, name)


def answer(ents: resolve.Entities, table: str, key: str) -> str:
    """What a lookup gives: equal answers mean equal rendering."""
    data = getattr(ents, table)
    if table == "national_names":
        return "1" if key in data else "0"
    v = data.get(key)
    if v is None or isinstance(v, str):
        return repr(v)
    return repr(sorted((k, sorted(x) if isinstance(x, (set, frozenset)) else x) for k, x in vars(v).items()))


def digest(ents: resolve.Entities, lookups: tuple[tuple[str, str], ...]) -> str:
    h = hashlib.sha256()
    for table, key in lookups:
        h.update(f"{table}\x1f{key}\x1f{answer(ents, table, key)}\x1e".encode("utf-8"))
    return h.hexdigest()


def still_valid(ents: resolve.Entities, lookups: tuple[tuple[str, str], ...] | None, old_digest: str) -> bool:
    return lookups is not None and digest(ents, lookups) == old_digest


# --- rendering and validation --------------------------------------------------------------------

def nquads(g: Graph) -> bytes:
    """The graph's triples as N-Quads in its named graph, lines sorted."""
    text = g.serialize(format="nt", encoding="utf-8").decode("utf-8")
    suffix = f" <{g.identifier}> .\n" if isinstance(g.identifier, URIRef) else " .\n"
    lines = sorted({line[:-2].rstrip() + suffix for line in text.splitlines() if line.strip()})
    return "".join(lines).encode("utf-8")


def named_entities(g: Graph, ents) -> list[str]:
    """The entities a graph names, and the divisions they are part of, sorted."""
    seen: set[str] = set()
    todo = [str(t) for triple in g for t in (triple[0], triple[2]) if isinstance(t, URIRef)]
    while todo:
        iri = todo.pop()
        if iri in seen:
            continue
        e = ents.by_iri.get(iri)
        if e is None:
            continue
        seen.add(iri)
        if e.parent:
            todo.append(e.parent)
    return sorted(seen)


def checked(part: Graph, context: Graph) -> tuple[tuple[str, ...], tuple[tuple[str, bytes], ...], float]:
    """SHACL on a part of the graph with the context its shapes need (the entities it names);
    the violations, their SHACL results and the seconds it took.  ``part`` is used up: the
    context is added to it and it is validated in place (copying it would cost a fifth as much
    as validating it), so serialise it first."""
    t0 = time.perf_counter()
    own = set(part.subjects())       # the nodes this part answers for (the context's are checked in theirs)
    data = rdf.bind(part)
    for t in context:
        data.add(t)
    report = validate.validate_part(data, focus=own)
    if report.conforms:
        return (), (), time.perf_counter() - t0
    recs = validate.result_records(report.results, data)
    return tuple(sorted({line for line, _ in recs})), tuple(recs), time.perf_counter() - t0


@dataclass(frozen=True)
class Rendered:
    output: PageOutput
    shacl_seconds: float


def render_task(records: str, ents: resolve.Entities) -> Rendered:
    """A page's named graph and its SHACL result; written beside its records for the next build."""
    pr = read_full(Path(records))
    seen = RecordedEntities(ents)
    g = rdf.page_graph(pr, seen)
    context = rdf.entities_graph(seen, named_entities(g, seen))
    quads, size, seen_posts = nquads(g), len(g), tenures.observations(g)
    violations, results, seconds = checked(g, context)
    lookups = tuple(sorted(seen.reads.keys)) if seen.reads.complete else None
    out = PageOutput(lookups=lookups, digest=digest(ents, lookups) if lookups is not None else "",
                     nquads=quads, violations=violations, results=results, quads=size,
                     articles=len(pr.articles), posts=sum(len(a.posts) for a in pr.articles),
                     visits=sum(len(a.visits) for a in pr.articles), observations=seen_posts)
    write_output(Path(records).with_suffix(".out"), out)
    return Rendered(out, seconds)


@dataclass(frozen=True)
class EntitiesPart:
    part: Part
    shacl_seconds: float


def entities_task(iris: tuple[str, ...], ents: resolve.Entities) -> EntitiesPart:
    """A slice of the entities graph (IRIs in order), validated with the divisions it points to."""
    g = rdf.entities_graph(ents, iris)
    own = set(iris)
    parents = [i for i in named_entities(g, ents) if i not in own]
    return checked_part(g, rdf.entities_graph(ents, parents))


def checked_part(g: Graph, context: Graph) -> EntitiesPart:
    """A graph that is not a page's, as sorted N-Quads, validated with ``context`` (``g`` is used up)."""
    quads, size = nquads(g), len(g)
    violations, results, seconds = checked(g, context)
    return EntitiesPart(Part(quads, violations, results, size), seconds)


def tenures_task(slice_: tuple[tenures.Tenure, ...], ents: resolve.Entities) -> EntitiesPart:
    """A slice of the tenures graph (tenures in IRI order), validated with the entities it names."""
    g = tenures.tenure_graph(slice_)
    return checked_part(g, rdf.entities_graph(ents, named_entities(g, ents)))


def decisions_task(slice_: tuple, ents: resolve.Entities) -> EntitiesPart:
    """A slice of the persons graph (kg/pipeline/persons.py: why persons were joined or kept apart),
    validated with the persons it names."""
    g = rdf.decisions_graph(slice_)
    return checked_part(g, rdf.entities_graph(ents, named_entities(g, ents)))


def counties_task(part: counties.CountyIndex, _shared=None) -> EntitiesPart:
    """A part of the county index (kg/graph/counties.py) as N-Quads, validated."""
    return checked_part(counties.graph(part), Graph())
