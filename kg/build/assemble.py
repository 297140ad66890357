"""The pipeline, assembled in one place: files -> pages -> records -> RDF -> store.

read -> normalise -> split -> extract (per page, pure) -> resolve (whole build)
-> rdf -> validate -> store / exports.  Pages stream through: extraction runs
per page in workers (a process pool, or a Dask cluster) and writes each page's
records into the build folder; only the part resolve() reads stays in memory,
to build the entity index; then each page's named graph is rendered and
validated (SHACL, with the entities it names) in workers and appended to the
N-Quads dump in page order.  The entities graph is rendered and validated in
slices.  The store is bulk-loaded from the dump, in a process of its own (with
the county index and the compaction), and the exports are streamed from the dump.

A build folder remembers each page (kg/build/cache.py): a rebuild extracts only
new or changed pages and renders only pages whose entities changed; the result
equals a clean build byte for byte.  The build is written into a new folder
beside the target and swapped in when complete, so an interrupted build leaves
the previous one intact.
"""
from __future__ import annotations

import gc
import glob
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph

from . import cache, export, pagework
from ..graph import counties, store, tenures
from ..pipeline import rdf, resolve, validate
from .executors import Dask, Serial, Stopped, executor, in_fresh_process
from ..limits import Limits
from ..pipeline.extract import extract_page
from ..pipeline.extract.ner import backend as ner_backend
from ..pipeline.normalise import normalise
from ..pipeline.read import InputError, MANIFEST_NAME, find_pages, read_manifest, read_page, source_for
from ..records import PageRecords, Problem
from ..pipeline.extract.ner import DEFAULT_BACKEND
from ..pipeline.split import split

FORMATS = export.FORMATS
ENTITY_SLICE = 2000          # entities per slice of the entities graph


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
    tenures: int = 0
    triples: int = 0
    violations: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)     # pages read with a warning (the build goes on, exit 0)
    validation_lines: tuple[str, ...] = ()
    extracted: int = 0           # pages extracted in this build (the others came from the previous one)
    rendered: int = 0            # pages whose graph was rendered and validated in this build
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage (SHACL: summed over workers)


def process_page(path: Path, root: Path, manifest, published, city, newspaper,
                 ner: str = DEFAULT_BACKEND) -> PageRecords:
    """One page through read, normalise, split and extract."""
    page = read_page(path, root, manifest, published, city, newspaper)
    return extract_page(split(normalise(page)), ner_backend(ner))


def extract_all(inputs: Path, published: date | None = None, city: str | None = None,
                newspaper: str | None = None, manifest_path: Path | None = None,
                progress: Callable[[Iterable], Iterable] = lambda it: it,
                ner: str = DEFAULT_BACKEND) -> tuple[list[PageRecords], list[Problem]]:
    """Every page's records in memory (evaluation of small sets; build() streams instead)."""
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


def _no_progress(items, total=None, desc=None):
    return items


@dataclass(frozen=True)
class _Page:
    path: str          # relative
    key: str


def build(inputs: Path, out: Path, formats: tuple[str, ...] = ("ttl",), published: date | None = None,
          city: str | None = None, newspaper: str | None = None, manifest_path: Path | None = None,
          progress=_no_progress, jobs: int | None = None, scheduler: str | None = None,
          ner: str = DEFAULT_BACKEND, limits: Limits = Limits()) -> Summary:
    """Build (or rebuild, reusing what ``out`` remembers) the graph of every page under ``inputs``.
    A page whose extraction runs past ``limits`` is stopped and reported with the pages that could
    not be read (kg/build/executors.py); the build goes on without it."""
    t0 = time.perf_counter()
    root = inputs if inputs.is_dir() else inputs.parent
    files = find_pages(inputs)
    mpath = manifest_path or (root / MANIFEST_NAME)
    manifest = read_manifest(mpath) if mpath.exists() else {}

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    old_index = cache.read_index(out)
    old_pages = out / cache.PAGES_DIR
    run = executor(jobs, scheduler)
    _recover(out)
    tmp = Path(tempfile.mkdtemp(prefix=f"{_unfinished(out)}{os.getpid()}-", dir=out.parent))
    try:
        pages_dir = tmp / cache.PAGES_DIR
        pages_dir.mkdir()
        s = Summary()
        clock = _Clock(s.timings)
        # on a cluster the pages are resolved where they are (a reduce by entity key over the
        # records the workers wrote); here, from what this process keeps of each page
        on_cluster = isinstance(run, Dask)
        pages, slims = _extract(files, root, manifest, published, city, newspaper, ner, old_index, old_pages,
                                pages_dir, run, progress, s, keep=not on_cluster, limits=limits)
        clock("extract")
        if on_cluster:
            ents = run.resolve([str(pages_dir / f"{p.key}.rec") for p in pages])
        else:
            ents = resolve.resolve(slims)
        del slims
        clock("resolve")
        parts = _render(pages, ents, pages_dir, run, progress, s)
        results = export.write_nquads(tmp / "kg.nq", parts)
        # the entity index is not needed past the dump: freed before the store's caches grow
        s.persons = sum(1 for e in ents.by_iri.values() if e.kind == "person")
        s.enterprises = sum(1 for e in ents.by_iri.values() if e.kind == "enterprise")
        del parts, ents
        gc.collect()
        clock("render")
        # the store's stages run in a fresh process: RocksDB's caches and compaction buffers are not
        # added to what this process holds after the pages, and go back to the system when it exits
        results, counts, store_timings = in_fresh_process(_store_stage, tmp, results)
        report_lines = results.lines
        clock.add(store_timings)
        export.write_formats(tmp, tmp / "kg.nq", tuple(dict.fromkeys(("ttl", *formats))))
        export.write_validation(tmp, results)
        if "nq" not in formats:
            (tmp / "kg.nq").unlink()
        cache.write_index(tmp, {p.path: p.key for p in pages})
        clock("exports")
        _swap(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        # a write that failed (a full disk) names the build, not a file of its unfinished copy
        raise OSError(exc.errno, exc.strerror or str(exc), str(out)) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        run.close()
    s.pages = len(pages)
    s.meetings, s.projects = counts["meetings"], counts["projects"]
    s.triples = results.quads
    s.validation_lines = report_lines
    s.violations = len(report_lines)
    s.seconds = time.perf_counter() - t0
    return s


class _Shared:
    """One object for equal values: the names, posts, divisions … that many pages repeat are held
    once, so that what the build keeps per page for resolve() stays small."""

    def __init__(self):
        self.seen: dict = {}

    def __call__(self, pr: PageRecords) -> PageRecords:
        c = self.seen.setdefault
        arts = tuple(replace(ar, **{f.name: tuple(c(x, x) for x in getattr(ar, f.name))
                                    for f in fields(ar) if isinstance(getattr(ar, f.name), tuple)})
                     for ar in pr.articles)
        text = pr.split.text
        return replace(pr, split=replace(pr.split, text=replace(text, source=c(text.source, text.source))),
                       articles=arts)


def _extract(files, root, manifest, published, city, newspaper, ner, old_index, old_pages, pages_dir, run,
             progress, s: Summary, keep: bool = True, limits: Limits = Limits()
             ) -> tuple[list[_Page], list[PageRecords]]:
    """Records of every page: the previous build's where the page is unchanged, else extracted.
    With ``keep``, also what resolve() reads of each page, in page order (else an empty list)."""
    pages: list[_Page] = []
    slims: dict[str, PageRecords] = {}
    shared = _Shared()
    tasks = []
    for f in files:
        rel = f.relative_to(root).as_posix() if f != root else f.name
        src = source_for(rel, manifest, published, city, newspaper)
        try:
            data = f.read_bytes()
        except OSError as exc:
            s.problems.append(Problem(rel, f"cannot read ({exc.strerror})"))
            continue
        key = cache.page_key(src, data, ner)
        rec = pages_dir / f"{key}.rec"
        if old_index.get(rel) == key and cache.reuse(old_pages / f"{key}.rec", rec):
            cache.reuse(old_pages / f"{key}.out", rec.with_suffix(".out"))
            pages.append(_Page(rel, key))
            if keep:
                slims[rel] = shared(cache.read_slim(rec))
        else:
            tasks.append((pagework.ExtractTask(str(f), str(root), src, str(rec), ner, keep_slim=keep), key))
    keys = {t.source.path: key for t, key in tasks}
    # the workers forked from this process share what it loaded; on a cluster each worker loads
    # its own before its first page's clock starts (pagework.prepare)
    if not isinstance(run, Dask) and tasks and not (isinstance(run, Serial) and limits.none):
        pagework.warm({t.source.city for t, _ in tasks}, ner)
    for ex in progress(run.map_pages(pagework.extract_task, [t for t, _ in tasks], limits, pagework.prepare),
                       total=len(tasks), desc="extract"):
        if isinstance(ex, Stopped):
            s.problems.append(Problem(ex.item.source.path, ex.reason))
        elif ex.problem is not None:
            s.problems.append(Problem(ex.path, ex.problem))
        else:
            s.notes += [Problem(ex.path, n) for n in ex.notes]
            pages.append(_Page(ex.path, keys[ex.path]))
            if keep:
                slims[ex.path] = shared(ex.slim)
            s.extracted += 1
    pages.sort(key=lambda p: p.path)
    s.problems.sort(key=lambda p: p.path)
    s.notes.sort(key=lambda p: p.path)
    return pages, [slims[p.path] for p in pages] if keep else []


class _Clock:
    def __init__(self, into: dict[str, float]):
        self.into, self.t = into, time.perf_counter()

    def __call__(self, stage: str) -> None:
        """The seconds since the last call are the stage's (added, if it was timed before)."""
        now = time.perf_counter()
        self.into[stage] = self.into.get(stage, 0.0) + now - self.t
        self.t = now

    def add(self, timings: dict[str, float]) -> None:
        """Stages timed elsewhere, in the meantime: added, and the clock starts again from now."""
        for stage, seconds in timings.items():
            self.into[stage] = self.into.get(stage, 0.0) + seconds
        self.t = time.perf_counter()


def _render(pages: list[_Page], ents, pages_dir: Path, run, progress, s: Summary):
    """Every page's output in page order, then the slices of the entities graph and of the tenures
    graph (gathered from the pages' posts as they pass), then the ontology."""
    todo = []
    for p in pages:
        cached = pages_dir / f"{p.key}.out"
        if cached.exists():
            lookups, dig = cache.read_output_deps(cached)
            if pagework.still_valid(ents, lookups, dig):
                continue
            cached.unlink()
        todo.append(p)
    rendered = iter(progress(run.map(pagework.render_task, [str(pages_dir / f"{p.key}.rec") for p in todo], ents),
                             total=len(todo), desc="render"))
    fresh = {p.key for p in todo}
    gathered = tenures.Gatherer()
    s.timings["shacl"] = 0.0
    for p in pages:
        if p.key in fresh:
            s.rendered += 1
            r = next(rendered)
            o = r.output
            s.timings["shacl"] += r.shacl_seconds
        else:
            o = cache.read_output(pages_dir / f"{p.key}.out")
        s.articles += o.articles
        s.posts += o.posts
        s.visits += o.visits
        gathered.add(o.observations)
        yield export.Part(o.nquads, o.violations, o.results, o.quads)
    # the pool that rendered the pages ends here, before the next one starts: a process with the
    # pool's threads still running would start the next pool's workers afresh instead of forking
    if next(rendered, None) is not None:
        raise RuntimeError("more pages rendered than asked for")
    iris = sorted(ents.by_iri)
    slices = [tuple(iris[i:i + ENTITY_SLICE]) for i in range(0, len(iris), ENTITY_SLICE)]
    for e in run.map(pagework.entities_task, slices, ents):
        s.timings["shacl"] += e.shacl_seconds
        yield e.part
    ds = ents.decisions
    for e in run.map(pagework.decisions_task, [tuple(ds[i:i + ENTITY_SLICE]) for i in range(0, len(ds), ENTITY_SLICE)],
                     ents):
        s.timings["shacl"] += e.shacl_seconds
        yield e.part
    t0 = time.perf_counter()
    held = gathered.tenures()
    del gathered
    s.tenures = len(held)
    for e in run.map(pagework.tenures_task,
                     [tuple(held[i:i + ENTITY_SLICE]) for i in range(0, len(held), ENTITY_SLICE)], ents):
        s.timings["shacl"] += e.shacl_seconds
        yield e.part
    s.timings["render: tenures"] = time.perf_counter() - t0   # part of the render stage
    onto = validate.ontology_graph(resolve.ONTOLOGY_GRAPH)
    yield export.Part(pagework.nquads(onto), (), (), 0)


def _store_stage(tmp: Path, results: export.Written) -> tuple[export.Written, dict[str, int], dict[str, float]]:
    """Load the dump into the store, derive the county index (kg/graph/counties.py) from it, validate the
    index, append it to the dump and load it, compact the store and count what it holds.  Returns
    what the dump now holds, the counts and the seconds of each stage (SHACL: of the index)."""
    timings: dict[str, float] = {}
    clock = _Clock(timings)
    store.load(tmp / "store", tmp / "kg.nq")
    clock("store")
    index = counties.derive_at(tmp / "store")
    parts = [pagework.counties_task(part) for part in counties.slices(index)]
    del index
    results = export.write_nquads(tmp / "kg.nq", [p.part for p in parts], after=results)
    store.load(tmp / "store", b"".join(p.part.nquads for p in parts))
    clock("counties")
    timings["shacl"] = sum(p.shacl_seconds for p in parts)
    del parts
    store.optimize(tmp / "store")
    clock("compact")
    counts = export.store_counts(tmp / "store")
    clock("exports")
    return results, counts, timings


def _unfinished(out: Path) -> str:
    """How the folder of an unfinished build into ``out`` is named, up to its process id."""
    return f".{out.name}.new-{socket.gethostname()}-"


def _recover(out: Path) -> None:
    """What a build into ``out`` that was killed left (it could not clean up): its unfinished folder
    is removed once its process is gone (builds of other machines, or still running, are left
    alone), and a previous build moved aside by a swap cut short is put back."""
    prefix = _unfinished(out)
    for p in out.parent.glob(f".{glob.escape(out.name)}.new-*"):
        pid = p.name[len(prefix):].split("-", 1)[0] if p.name.startswith(prefix) else ""
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(p, ignore_errors=True)
    old = sorted(out.parent.glob(f".{glob.escape(out.name)}.old-*"))
    if not out.exists() and old:
        old[-1].rename(out)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _swap(new: Path, out: Path) -> None:
    """Put the finished build in place; the old one is removed only after."""
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{int(time.time() * 1000)}"
        out.rename(old)
    new.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
