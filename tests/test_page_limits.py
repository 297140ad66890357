"""A page that runs too long, grows too large or loses its worker is stopped, reported on one line
and skipped: the build goes on, exits 1, and writes what it writes without that file; a build
that fails leaves the previous one as it was."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.build import assemble as B
from kg.build import pagework
from kg.limits import Limits

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KG = str(Path(sys.executable).parent / "kg")
MARKER = "测试用慢页标记"          # the page that misbehaves says this (and nothing else does)
SLOW_PAGE = "zz_odd.txt"
OUTPUTS = ("kg.ttl", "kg.nq", "validation.txt", "validation.ttl")


def with_odd_page(dest: Path) -> Path:
    """The seed pages and one more page carrying the marker."""
    shutil.copytree(SEEDS, dest)
    text = (SEEDS / "002_76ab324c9e2d9bf0.txt").read_text(encoding="utf-8")
    (dest / SLOW_PAGE).write_text(text + f"\n\n{MARKER}。\n", encoding="utf-8")
    return dest


def misbehave(how: str):
    """extract_page as it is, except on the marked page: ``sleep`` a minute, ``grow`` by 50 MB at a
    time (up to 1 GB, held for a second), or ``die`` (its process kills itself with SIGKILL)."""
    real = pagework.extract_page

    def extract_page(split, ner=None):
        if MARKER in split.text.text:
            if how == "sleep":
                time.sleep(60)          # long enough to be stopped; a limit not applied fails the test
            elif how == "grow":
                held = [bytearray(50 * 2**20) for _ in range(20)]
                time.sleep(1)           # held a while: a limit that samples memory sees it
                del held
            elif how == "die":
                os.kill(os.getpid(), signal.SIGKILL)
        return real(split, ner)
    return extract_page


def same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return with_odd_page(tmp_path_factory.mktemp("odd") / "pages")


def odd_build(how: str, pages: Path, out: Path, *options: str) -> tuple[int, str]:
    """``kg build`` with extract_page misbehaving (``misbehave(how)``), in a fresh interpreter: its
    pool's workers are forked from it and carry the patch (a process with threads, as the test
    process may be after other tests, would start them afresh).  Exit code, stdout + stderr."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_page_limits import misbehave
        from kg.build import pagework
        pagework.extract_page = misbehave({how!r})
        from kg.cli import main
        main({["build", str(pages), "--out", str(out), "--format", "nq", *options]!r})
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    return r.returncode, r.stdout + r.stderr


def errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def test_a_page_past_its_time_is_stopped_reported_and_left_out(pages, seed_build, tmp_path):
    """In the process pool: the worker running the page is replaced, the other pages go on."""
    t0 = time.monotonic()
    rc, output = odd_build("sleep", pages, tmp_path / "build", "--jobs", "2", "--page-timeout", "5")
    assert time.monotonic() - t0 < 120
    assert rc == 1, output
    assert errors(output) == [f"error: {SLOW_PAGE}: stopped after 5 s (--page-timeout)"]
    assert "pages 5 " in output
    same_outputs(tmp_path / "build", seed_build[0])


def test_one_job_runs_pages_in_a_worker_that_can_be_stopped(pages, seed_build, tmp_path):
    rc, output = odd_build("sleep", pages, tmp_path / "build", "--jobs", "1", "--page-timeout", "5",
                           "--page-memory", "0")
    assert rc == 1 and errors(output) == [f"error: {SLOW_PAGE}: stopped after 5 s (--page-timeout)"], output
    same_outputs(tmp_path / "build", seed_build[0])


def test_a_page_past_its_memory_is_stopped_and_its_worker_goes_on(pages, seed_build, tmp_path):
    rc, output = odd_build("grow", pages, tmp_path / "build", "--jobs", "1", "--page-timeout", "0",
                           "--page-memory", "300")
    assert rc == 1 and errors(output) == [f"error: {SLOW_PAGE}: stopped past 300 MB (--page-memory)"], output
    same_outputs(tmp_path / "build", seed_build[0])


def test_without_limits_the_same_page_is_not_stopped(pages, tmp_path):
    """The memory test above fails for want of the limit, not for a page that cannot work."""
    rc, output = odd_build("grow", pages, tmp_path / "build", "--jobs", "1", "--page-timeout", "0",
                           "--page-memory", "0")
    assert rc == 0 and "pages 6 " in output, output


def test_a_killed_worker_loses_its_page_only(pages, seed_build, tmp_path):
    """A pool worker killed mid-build (SIGKILL, as the kernel's OOM killer does): its page is
    reported and left out, a new worker takes the rest."""
    rc, output = odd_build("die", pages, tmp_path / "build", "--jobs", "2")
    assert rc == 1, output
    assert errors(output) == [f"error: {SLOW_PAGE}: stopped: its worker process was killed (SIGKILL)"]
    same_outputs(tmp_path / "build", seed_build[0])


def test_a_stopped_page_leaves_the_previous_build_as_it_was(pages, tmp_path):
    out = tmp_path / "build"
    B.build(SEEDS, out, formats=("ttl", "nq"), jobs=2)
    before = {name: (out / name).read_bytes() for name in (*OUTPUTS, "pages/index.json")}
    rc, output = odd_build("sleep", pages, out, "--jobs", "2", "--page-timeout", "5")
    assert rc == 1 and len(errors(output)) == 1, output
    assert "(extracted 0, " in output            # the seed pages come from the previous build
    assert {name: (out / name).read_bytes() for name in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]


@pytest.mark.parametrize("how, limits, reason", [
    ("sleep", Limits(5, None), "stopped after 5 s (--page-timeout)"),
    ("grow", Limits(None, 300), "stopped past 300 MB (--page-memory)"),
])
def test_dask_stops_a_page_past_its_limits_and_replaces_its_worker(pages, seed_build, tmp_path, how, limits,
                                                                   reason):
    distributed = pytest.importorskip("distributed")
    import cloudpickle
    cloudpickle.register_pickle_by_value(sys.modules[__name__])

    def patch():
        pagework.extract_page = misbehave(how)
        return os.getpid()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        pids = set(client.run(patch).values())
        s = B.build(pages, tmp_path / "build", formats=("ttl", "nq"), scheduler=cluster.scheduler_address,
                    limits=limits)
        now = set(client.run(os.getpid).values())
    assert [str(p) for p in s.problems] == [f"{SLOW_PAGE}: {reason}"]
    assert len(pids - now) == 1            # the worker that ran it is a new process
    same_outputs(tmp_path / "build", seed_build[0])


# --- a build that fails leaves the previous one --------------------------------------------------

def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture
def previous(tmp_path):
    """A build of the seeds, and its files."""
    out = tmp_path / "build"
    subprocess.run([KG, "build", str(SEEDS), "--out", str(out)], check=True,
                   capture_output=True, cwd=tmp_path)
    return out, _files(out)


def test_a_killed_build_leaves_the_previous_build(pages, previous, tmp_path):
    """The whole build killed (SIGKILL, its workers too) while a page is being extracted."""
    out, before = previous
    started = tmp_path / "started"
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from kg.build import pagework
        real = pagework.extract_page
        def extract_page(split, ner=None):
            if {MARKER!r} in split.text.text:
                Path({str(started)!r}).write_text("x")
                while True:
                    time.sleep(0.05)
            return real(split, ner)
        pagework.extract_page = extract_page
        from kg.cli import main
        main(["build", {str(pages)!r}, "--out", {str(out)!r}, "--jobs", "2"])
    """)
    p = subprocess.Popen([sys.executable, "-c", script], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not started.exists() and time.monotonic() < deadline and p.poll() is None:
            time.sleep(0.1)
        assert started.exists()
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait()
    assert _files(out) == before
    # what it could not clean up is removed by the next build
    assert [q.name.startswith(".build.new-") for q in tmp_path.iterdir() if q.name.startswith(".")] == [True]
    subprocess.run([KG, "build", str(SEEDS), "--out", str(out)], check=True, capture_output=True, cwd=tmp_path)
    assert _files(out)["kg.ttl"] == before["kg.ttl"]
    assert not [q for q in tmp_path.iterdir() if q.name.startswith(".")]


def test_a_swap_cut_short_is_undone_by_the_next_build(previous, tmp_path):
    """Killed between moving the previous build aside and putting the new one in its place."""
    out, before = previous
    aside = tmp_path / ".build.old-1700000000000"
    out.rename(aside)
    B._recover(out)
    assert _files(out) == before and not aside.exists()


def test_a_disk_that_fills_fails_the_build_in_one_line_and_leaves_the_previous_build(previous, tmp_path):
    """Files may grow to 64 kB only (RLIMIT_FSIZE, in the build's process and its children):
    the first write past that fails as on a full disk."""
    import resource
    out, before = previous
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    (pages / "000_a935477f8b73849c.txt").write_text("本报讯 市委书记张三主持召开会议。\n", encoding="utf-8")

    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)       # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
    r = subprocess.run([KG, "build", str(pages), "--out", str(out)],
                       capture_output=True, text=True, preexec_fn=small_files, cwd=tmp_path, timeout=600)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"error: {out}: the build could not be written (File too large); "
                                             "any previous build is left as it was"], r.stderr
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "pages"]
