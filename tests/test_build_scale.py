"""Parallel, incremental, streaming and Dask builds give the bytes of a clean serial build."""
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import assemble as B
from kg.build import cache as buildcache
from kg.graph import store
from kg.pipeline import resolve

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT / "tests" / "devset"
OUTPUTS = ("kg.ttl", "kg.nq", "validation.txt", "validation.ttl")


def corpus(dest: Path) -> Path:
    """The seed pages and the development pages in one folder, with one manifest."""
    dest.mkdir(parents=True)
    rows = []
    for src in (SEEDS, DEVSET):
        lines = (src / "manifest.csv").read_text(encoding="utf-8").splitlines()
        rows += lines[1:]
        for f in src.iterdir():
            if f.is_file() and f.suffix in (".txt", ".html"):
                shutil.copy(f, dest / f.name)
    (dest / "manifest.csv").write_text(lines[0] + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return dest


def dump(out: Path) -> bytes:
    buf = io.BytesIO()
    store.dump_sorted(out / "store", buf)
    assert buf.getvalue().count(b"\n") > 4000
    return buf.getvalue()


def same(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert dump(a) == dump(b)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return corpus(tmp_path_factory.mktemp("corpus") / "pages")


@pytest.fixture(scope="module")
def serial(pages, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial") / "build"
    s = B.build(pages, out, formats=("ttl", "nq"), jobs=1)
    return out, s


def test_serial_build_of_seeds_and_devset(serial):
    out, s = serial
    assert s.pages == 20 and s.extracted == 20 and s.rendered == 20
    assert (out / "pages" / "index.json").exists()
    assert len(list((out / "pages").glob("*.rec"))) == 20
    assert b"graph/entities>" in (out / "kg.nq").read_bytes()


def test_two_jobs_give_the_same_bytes(pages, serial, tmp_path):
    out = tmp_path / "build"
    s = B.build(pages, out, formats=("ttl", "nq"), jobs=2)
    assert s.pages == 20 and s.triples == serial[1].triples
    same(out, serial[0])


def test_two_builds_give_the_same_store_dump(pages, serial, tmp_path):
    out = tmp_path / "build"
    B.build(pages, out, formats=("ttl", "nq"), jobs=1)
    same(out, serial[0])


def test_incremental_build_equals_a_clean_build(pages, tmp_path):
    src = tmp_path / "pages"
    shutil.copytree(pages, src)
    out = tmp_path / "build"
    first = B.build(src, out, formats=("ttl", "nq"), jobs=1)
    assert first.extracted == 20
    # unchanged: nothing extracted, nothing rendered
    again = B.build(src, out, formats=("ttl", "nq"), jobs=1)
    assert (again.extracted, again.rendered) == (0, 0)
    # add a page, change a page (a person the rest of the build knows goes), remove a page
    shutil.copy(SEEDS / "002_76ab324c9e2d9bf0.txt", src / "added.txt")
    changed = src / "000_a935477f8b73849c.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("张百顺", "李百顺"), encoding="utf-8")
    (src / "104_appointments.txt").unlink()
    inc = B.build(src, out, formats=("ttl", "nq"), jobs=2)
    assert inc.pages == 20 and inc.extracted == 2
    assert 2 <= inc.rendered < 20
    clean_out = tmp_path / "clean"
    clean = B.build(src, clean_out, formats=("ttl", "nq"), jobs=1)
    same(out, clean_out)
    assert inc.triples == clean.triples and inc.validation_lines == clean.validation_lines
    nq = (out / "kg.nq").read_text(encoding="utf-8")
    assert "104_appointments.txt" not in nq and "added.txt" in nq
    assert "李百顺" in nq
    # the records of the removed page are not carried on
    assert len(list((out / "pages").glob("*.rec"))) == 20


def test_a_change_of_rules_redoes_every_page(pages, tmp_path, monkeypatch):
    out = tmp_path / "build"
    B.build(pages, out, jobs=1)
    monkeypatch.setattr(buildcache, "fingerprint", lambda: "other rules")
    s = B.build(pages, out, jobs=1)
    assert s.extracted == 20 and s.rendered == 20


def _failed_rebuild_keeps_the_previous_build(pages, tmp_path, monkeypatch, fail, raised, match=None):
    """Build, remove a page, rebuild with ``fail`` applied to monkeypatch: the rebuild raises
    ``raised`` and the previous build is left as it was, with nothing beside it."""
    src = tmp_path / "pages"
    shutil.copytree(pages, src)
    out = tmp_path / "build"
    B.build(src, out, jobs=1)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (src / "101_county_meeting.txt").unlink()
    fail(monkeypatch)
    with pytest.raises(raised, match=match):
        B.build(src, out, jobs=1)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "pages"]


def test_interrupted_incremental_build_leaves_the_previous_build(pages, tmp_path, monkeypatch):
    def boom(*a, **k):
        raise KeyboardInterrupt
    # interrupted while the store is loaded
    _failed_rebuild_keeps_the_previous_build(pages, tmp_path, monkeypatch,
                                             lambda mp: mp.setattr(B, "in_fresh_process", boom), KeyboardInterrupt)


def _store_stage_without_space(tmp, results):
    raise OSError(28, "No space left on device")


def test_a_store_stage_that_fails_in_its_process_fails_the_build_and_keeps_the_previous_one(
        pages, tmp_path, monkeypatch):
    # the store's stages run in a process of their own, which finds this function by its name
    _failed_rebuild_keeps_the_previous_build(
        pages, tmp_path, monkeypatch, lambda mp: mp.setattr(B, "_store_stage", _store_stage_without_space),
        OSError, match="No space left on device")


def test_resolve_input_keeps_what_resolve_reads():
    allp = []
    for folder in (SEEDS, DEVSET, ROOT / "tests" / "heldout"):
        if folder.is_dir():
            allp += B.extract_all(folder)[0]
    assert resolve.resolve([resolve.resolve_input(p) for p in allp]) == resolve.resolve(allp)


def _page(path: str, *articles) -> "resolve.PageRecords":
    from kg.records import Article, ArticleRecords, PageRecords, Source, Split, Text
    text = Text(source=Source(path=path, city="聊城市"), raw="", text="", offsets=(0,))
    return PageRecords(split=Split(text=text, articles=()),
                       articles=tuple(ArticleRecords(article=Article(i, None, (), ()), **a)
                                      for i, a in enumerate(articles)))


def test_a_short_name_two_pages_give_to_different_enterprises_goes_to_the_earlier_page():
    from kg.records import EnterpriseMention, Post
    a = _page("2024/01-02_1.txt", {"enterprises": (EnterpriseMention("山东鲁丰机械有限公司", ("鲁丰公司",)),)})
    b = _page("2024/01-03_1.txt", {"enterprises": (EnterpriseMention("聊城鲁丰化工有限公司", ("鲁丰公司",)),)},
              {"posts": (Post("王建国", "董事长", "鲁丰公司", org_is_enterprise=True),),
               "persons": ("王建国",)})
    for order in ([a, b], [b, a]):
        ents = resolve.resolve(order)
        assert ents.enterprise_forms["鲁丰公司"] == resolve.enterprise_iri("山东鲁丰机械有限公司")
        # the post's organisation is the enterprise the short name stands for, not a node of its own
        assert resolve.enterprise_iri("鲁丰公司") not in ents.by_iri
        assert ents.by_iri[resolve.enterprise_iri("山东鲁丰机械有限公司")].alt == {"鲁丰公司"}
    # a page of its own: the post's enterprise is a node named as the post has it
    ents = resolve.resolve([b.__class__(split=b.split, articles=b.articles[1:])])
    assert ents.by_iri[resolve.enterprise_iri("鲁丰公司")].label == "鲁丰公司"


def test_a_claim_of_altlabels_only_never_decides_the_node_in_any_grouping():
    from itertools import permutations
    iri = resolve.division_iri("袁桥镇", None, "371471")
    node = lambda label: resolve.Entity(iri, "division", label, level="town")  # noqa: E731
    alt_only = resolve.EntityClaim(iri, (0, "2024/01-01_1.txt", 0), None, frozenset({"袁橋鎮"}))
    early = resolve.EntityClaim(iri, (0, "2024/01-02_1.txt", 0), node("袁桥镇"), frozenset({"袁桥"}))
    late = resolve.EntityClaim(iri, (0, "2024/01-03_1.txt", 0), node("袁桥乡"))
    for x, y, z in permutations([alt_only, early, late]):
        for merged in (resolve.merge_entity(resolve.merge_entity(x, y), z),
                       resolve.merge_entity(x, resolve.merge_entity(y, z))):
            assert merged.entity.label == "袁桥镇"
            assert merged.alt == {"袁橋鎮", "袁桥"}


def test_resolution_is_a_reduce_the_order_and_grouping_of_pages_do_not_change():
    allp = []
    for folder in (SEEDS, DEVSET, ROOT / "tests" / "heldout"):
        if folder.is_dir():
            allp += B.extract_all(folder)[0]
    whole = resolve.resolve(allp)
    assert resolve.resolve(list(reversed(allp))) == whole
    # claims folded in two groups and the groups merged, as a cluster's partitions are
    half = len(allp) // 2
    groups = [allp[:half], allp[half:]]
    forms = {}
    for g in groups:
        for k, c in resolve.reduce_claims((c for pr in g for c in resolve.form_claims(pr)), resolve.form_key,
                                    resolve.earlier).items():
            forms[k] = resolve.earlier(forms[k], c) if k in forms else c
    names = resolve.names_of({n for pr in allp for n in resolve.national_claims(pr)}, forms.values())
    claims = {}
    for g in reversed(groups):
        for k, c in resolve.reduce_claims((c for pr in g for c in resolve.entity_claims(pr, names)), resolve.iri_key,
                                    resolve.merge_entity).items():
            claims[k] = resolve.merge_entity(claims[k], c) if k in claims else c
    # the groups of each name's persons gathered group by group, in the other order, then resolved per name
    persons = {}
    for g in reversed(groups):
        for c in (c for pr in g for c in resolve.person_claims(pr, names)):
            persons[resolve.person_key(c)] = persons.get(resolve.person_key(c), ()) + (c,)
    assert resolve.entities_of(names, claims.values(),
                               [resolve.resolve_persons(gs) for gs in persons.values()]) == whole


def test_dask_resolves_as_a_reduce_by_key_to_the_local_index(tmp_path):
    distributed = pytest.importorskip("distributed")
    from kg.build.executors import Dask
    pages = B.extract_all(SEEDS)[0] + B.extract_all(DEVSET)[0]
    paths = []
    for i, pr in enumerate(pages):
        f = tmp_path / f"{i}.rec"
        buildcache.write_records(f, resolve.resolve_input(pr), pr)
        paths.append(str(f))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        run = Dask(cluster.scheduler_address, batch=4)
        try:
            assert run.resolve(paths) == resolve.resolve(pages)
            assert run.resolve([]) == resolve.resolve([])
        finally:
            run.close()


def test_dask_local_cluster_build_equals_the_local_build(pages, serial, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        out = tmp_path / "build"
        s = B.build(pages, out, formats=("ttl", "nq"), scheduler=cluster.scheduler_address)
    assert s.pages == 20 and s.extracted == 20
    same(out, serial[0])


def test_store_load_read_in_small_chunks_gives_the_same_store(serial, tmp_path, monkeypatch):
    monkeypatch.setattr(store, "LOAD_CHUNK", 4096)
    nq = serial[0] / "kg.nq"
    store.load(tmp_path / "store", nq)
    n = len(store.open_build_store(tmp_path / "store"))
    quads = set(nq.read_bytes().splitlines())
    triples = {q[:q.rfind(b" <https://w3id.org/localgov-kg/id/graph/")] for q in quads}
    assert len(triples) < len(quads)          # pages state some facts twice; the default graph once
    assert n == len(quads) + len(triples)     # the named graphs, and their union in the default graph
    assert dump(tmp_path) == dump(serial[0])


def test_a_loading_thread_that_fails_fails_the_load(serial, tmp_path, monkeypatch):
    monkeypatch.setattr(store, "LOAD_CHUNK", 4096)
    lines = serial[0].joinpath("kg.nq").read_bytes().splitlines(keepends=True)
    bad = b"".join(lines[:200]) + b"<https://example.org/s> <https://example.org/p> \"open\n" + b"".join(lines[200:400])
    with pytest.raises(SyntaxError):
        store.load(tmp_path / "store", bad)


def test_the_compacted_store_holds_the_same_quads(serial, tmp_path):
    shutil.copytree(serial[0] / "store", tmp_path / "store")
    store.optimize(tmp_path / "store")
    assert dump(tmp_path) == dump(serial[0])


def test_a_process_with_threads_starts_its_workers_afresh(pages, serial, tmp_path):
    import threading
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        out = tmp_path / "build"
        B.build(pages, out, formats=("ttl", "nq"), jobs=2)
    finally:
        stop.set()
        t.join()
    same(out, serial[0])


def test_an_unreachable_scheduler_is_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg.build import executors
    from kg.cli import main

    class Unreachable:
        def __init__(self, address):
            raise OSError(f"Timed out trying to connect to {address} after 30 s")
    monkeypatch.setattr(executors, "Dask", Unreachable)
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "b"),
                                  "--scheduler", "tcp://127.0.0.1:9"])
    assert r.exit_code == 1
    assert "tcp://127.0.0.1:9: cannot reach the Dask scheduler" in r.output
    assert list(tmp_path.iterdir()) == []


def test_a_build_from_a_script_without_a_main_guard_runs_once(pages, tmp_path):
    """The store's process does not run the caller's main script again (as multiprocessing's spawn
    would: the build would start over inside it)."""
    script = tmp_path / "unguarded.py"
    script.write_text("from pathlib import Path\nfrom kg.build.assemble import build\nprint('build started', flush=True)\n"
                      f"s = build(Path({str(pages)!r}), Path({str(tmp_path / 'out')!r}), jobs=1)\n"
                      "print('pages', s.pages, flush=True)\n", encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.splitlines() == ["build started", "pages 20"]
