"""The pipeline, assembled in one place: files -> pages -> records -> RDF -> store.

read -> normalise -> split -> extract (per page, pure) -> resolve (whole build)
-> rdf -> validate -> store / exports.  The build is written into a new folder
beside the target and swapped in when complete, so an interrupted build leaves
the previous one intact.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph
from rdflib.namespace import RDF

from . import rdf, resolve, store, validate
from .extract import extract_page
from .extract.ner import backend as ner_backend
from .normalise import normalise
from .read import InputError, find_pages, read_manifest, read_page, MANIFEST_NAME
from .records import PageRecords, Problem
from .split import split

FORMATS = {"ttl": ("kg.ttl", "turtle"), "nt": ("kg.nt", "nt"), "jsonld": ("kg.jsonld", "json-ld"),
           "trig": ("kg.trig", "trig"), "nq": ("kg.nq", "nquads")}


@dataclass
class Summary:
    pages: int = 0
    articles: int = 0
    persons: int = 0
    posts: int = 0
    meetings: int = 0
    visits: int = 0
    enterprises: int = 0
    projects: int = 0
    triples: int = 0
    violations: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    validation_lines: tuple[str, ...] = ()


def process_page(path: Path, root: Path, manifest, published, city, newspaper, ner: str = "rules") -> PageRecords:
    """One page through read, normalise, split and extract."""
    page = read_page(path, root, manifest, published, city, newspaper)
    return extract_page(split(normalise(page)), ner_backend(ner))


def extract_all(inputs: Path, published: date | None = None, city: str | None = None,
                newspaper: str | None = None, manifest_path: Path | None = None,
                progress: Callable[[Iterable], Iterable] = lambda it: it,
                ner: str = "rules") -> tuple[list[PageRecords], list[Problem]]:
    root = inputs if inputs.is_dir() else inputs.parent
    files = find_pages(inputs)
    mpath = manifest_path or (root / MANIFEST_NAME)
    manifest = read_manifest(mpath) if mpath.exists() else {}
    pages, problems = [], []
    for f in progress(files):
        try:
            pages.append(process_page(f, root, manifest, published, city, newspaper, ner))
        except InputError as exc:
            problems.append(Problem(f.relative_to(root).as_posix(), str(exc).split(": ", 1)[-1]))
    return pages, problems


def graphs(pages: list[PageRecords]) -> tuple[list[Graph], Graph, Graph]:
    ents = resolve.resolve(pages)
    page_graphs = [rdf.page_graph(p, ents) for p in sorted(pages, key=lambda p: p.source.path)]
    return page_graphs, rdf.entities_graph(ents), validate.ontology_graph(resolve.ONTOLOGY_GRAPH)


def build(inputs: Path, out: Path, formats: tuple[str, ...] = ("ttl",), published: date | None = None,
          city: str | None = None, newspaper: str | None = None, manifest_path: Path | None = None,
          progress=lambda it: it, ner: str = "rules") -> Summary:
    t0 = time.perf_counter()
    pages, problems = extract_all(inputs, published, city, newspaper, manifest_path, progress, ner)
    page_graphs, entities, ontology = graphs(pages)
    ds = rdf.dataset(page_graphs, entities, ontology)
    data = Graph()
    rdf.bind(data)
    for g in [*page_graphs, entities]:
        for t in g:
            data.add(t)
    report = validate.validate(data)

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        union = Graph()
        rdf.bind(union)
        for t in data:
            union.add(t)
        for t in ontology:
            union.add(t)
        for fmt in dict.fromkeys(("ttl", *formats)):
            name, rdflib_fmt = FORMATS[fmt]
            target = ds if fmt in ("trig", "nq") else union
            (tmp / name).write_bytes(_serialize(target, rdflib_fmt))
        report.results.serialize(tmp / "validation.ttl", format="turtle")
        (tmp / "validation.txt").write_text(
            ("conforms\n" if report.conforms else "") + "".join(l + "\n" for l in report.lines), encoding="utf-8")
        nq = _serialize(ds, "nquads")
        store.load(tmp / "store", nq)
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    s = Summary(pages=len(pages), problems=problems, validation_lines=report.lines)
    for p in pages:
        for ar in p.articles:
            s.articles += 1
            s.posts += len(ar.posts)
            s.meetings += len(ar.meetings)
            s.visits += len(ar.visits)
    s.persons = len(set(entities.subjects(RDF.type, rdf.KG.Person)))
    s.enterprises = len(set(entities.subjects(RDF.type, rdf.KG.Enterprise)))
    s.meetings = len(set(data.subjects(RDF.type, rdf.KG.Meeting)))
    s.projects = len(set(data.subjects(RDF.type, rdf.KG.Project)))
    s.triples = len(data)
    s.violations = len(report.lines)
    s.seconds = time.perf_counter() - t0
    return s


def _serialize(g, fmt: str) -> bytes:
    if fmt in ("nt", "nquads"):
        text = g.serialize(format=fmt, encoding="utf-8")
        lines = sorted(set(l for l in text.decode("utf-8").splitlines() if l.strip()))
        return ("\n".join(lines) + "\n").encode("utf-8")
    return g.serialize(format=fmt, encoding="utf-8")


def _swap(new: Path, out: Path) -> None:
    """Put the finished build in place; the old one is removed only after."""
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{int(time.time() * 1000)}"
        out.rename(old)
    new.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
