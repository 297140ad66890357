"""Where the per-page stages run: in this process, in a local process pool, or on a Dask cluster.

Each executor maps ``fn(item, shared)`` over items and yields the results in
the order of the items, so the build writes the same bytes whichever runs it.
``shared`` (the entity index) goes to each worker once, not with every item.

``map_pages`` runs a page's extraction under ``Limits`` (``kg build --page-timeout``,
``--page-memory``): a page whose work runs past them is stopped and yields a
``Stopped`` in its place, and its worker process is replaced.  A page running in
this process cannot be stopped safely (Python cannot kill a thread), so while a
limit is set every executor runs pages in worker processes:

- the local pool (and ``--jobs 1``, with one worker) is pebble's ``ProcessPool``:
  the standard library's pools cannot stop one task (``multiprocessing.Pool``
  has no per-task timeout; ``concurrent.futures`` breaks the whole pool when a
  worker dies), pebble's kills the worker of a task past its timeout, starts a
  new one and reports a worker that died (``ProcessExpired``) on its task alone.
  Memory: each worker lowers its own ``RLIMIT_AS`` to its address space at start
  (what it shares with the main process: dictionaries, models) plus the limit,
  so that an allocation past it raises ``MemoryError`` in the page's work, which
  is reported; the kernel enforces it on every allocation, Python's and native.
- on Dask, a worker runs each page in a thread it watches (time, and the resident
  memory it adds, sampled every 50 ms); a page past a limit is reported and the
  client has the worker's nanny start a new worker process
  (``Client.restart_workers``), the rest of the batch going on.  A Dask worker is
  a daemon process, which may not start processes of its own, and Dask cannot
  cancel a running task: replacing the worker is the only way to stop it.
"""
from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..limits import NO_LIMITS, Limits

_WORKER: dict[str, Any] = {}




@dataclass(frozen=True)
class Stopped:
    """A page whose work was stopped (a limit, or its worker process died); ``reason`` is one line."""
    item: Any
    reason: str


def _died(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        import signal
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        return f"stopped: its worker process was killed ({name})"
    return f"stopped: its worker process died (exit code {exitcode})"


class Serial:
    """Everything in this process (``--jobs 1``)."""

    def map(self, fn: Callable, items: Iterable, shared: Any = None) -> Iterator:
        # what is alive now (dictionaries, the entity index) lives through the map: the cyclic
        # garbage collector leaves it alone until the map is done (see _init_worker)
        gc.freeze()
        try:
            for item in items:
                yield fn(item, shared)
        finally:
            gc.unfreeze()

    def map_pages(self, fn: Callable, items: Iterable, limits: Limits = NO_LIMITS,
                  prepare: Callable | None = None) -> Iterator:
        """``fn(item)`` under ``limits``: in this process without limits, else in one worker process."""
        if limits.none:
            return self.map(fn, items)
        return Pool(1).map_pages(fn, items, limits, prepare)

    def close(self) -> None:
        pass


def _init_worker(fn: Callable, shared: Any) -> None:
    # Everything the worker starts with (the dictionaries and gazetteers, the entity index) lives
    # as long as it does: kept out of the cyclic garbage collector, which would otherwise walk all
    # of it each time rdflib's and pySHACL's many short-lived objects trigger a full collection.
    gc.freeze()
    _WORKER["fn"], _WORKER["shared"] = fn, shared


def _call(item):
    return _WORKER["fn"](item, _WORKER["shared"])


WORKER_PAGES = 500          # pages a worker of the limited pool extracts before a new one takes over


@dataclass(frozen=True)
class _OverMemory:
    """What a worker answers for a page that ran out of its address space."""


def _init_limited(fn: Callable, memory_mb: int | None, prepare: Callable | None, sample: Any) -> None:
    _init_worker(fn, None)
    if prepare is not None:
        prepare(sample)      # a worker started afresh (spawn) loads its dictionaries before its first page
    if memory_mb is not None:
        _limit_address_space(memory_mb)


def _call_limited(item):
    try:
        return _WORKER["fn"](item, None)
    except MemoryError:
        # the page's objects are gone with the exception's frames: the worker goes on
        return _OverMemory()


def _memory(field: int) -> int | None:
    """This process's virtual (0) or resident (1) memory in bytes, from /proc/self/statm (Linux);
    None where it is not there."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[field]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _limit_address_space(memory_mb: int) -> None:
    """Lower RLIMIT_AS to the address space held now plus ``memory_mb``: an allocation past it
    fails (MemoryError in Python).  Where /proc is not there, no limit is set."""
    import resource
    now = _memory(0)
    if now is None:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = now + memory_mb * 2**20
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    resource.setrlimit(resource.RLIMIT_AS, (want, hard))


class Pool:
    """A local process pool of ``jobs`` workers (``--jobs N``)."""

    def __init__(self, jobs: int, chunksize: int = 4):
        self.jobs, self.chunksize = jobs, chunksize

    def map(self, fn: Callable, items: Iterable, shared: Any = None) -> Iterator:
        import multiprocessing as mp
        import threading
        items = list(items)
        if not items:
            return
        # forked workers share what this process has loaded (dictionaries, the entity index); a
        # process with other threads is not forked (a lock one of them holds would stay held)
        method = "fork" if threading.active_count() == 1 and "fork" in mp.get_all_start_methods() else "spawn"
        with mp.get_context(method).Pool(min(self.jobs, len(items)), initializer=_init_worker,
                                         initargs=(fn, shared)) as pool:
            yield from pool.imap(_call, items, chunksize=self.chunksize)

    def map_pages(self, fn: Callable, items: Iterable, limits: Limits = NO_LIMITS,
                  prepare: Callable | None = None) -> Iterator:
        """``fn(item)`` for each item in pebble's process pool, each under ``limits``; a page past
        them, or whose worker died, gives a ``Stopped``.  Each worker runs ``prepare`` on the first
        item before it takes a page (forked from this process, it has little left to load)."""
        import multiprocessing as mp
        from concurrent.futures import TimeoutError as FutureTimeout

        from pebble import ProcessExpired, ProcessPool
        if limits.none:
            yield from self.map(fn, items)
            return
        items = list(items)
        if not items:
            return
        method = "fork" if threading.active_count() == 1 and "fork" in mp.get_all_start_methods() else "spawn"
        # the memory limit is taken from what a worker holds at its start: a worker is replaced after
        # WORKER_PAGES pages, so that what its caches gather on the way does not count against it
        pool = ProcessPool(min(self.jobs, len(items)), max_tasks=WORKER_PAGES if limits.memory_mb else 0,
                           initializer=_init_limited, initargs=(fn, limits.memory_mb, prepare, items[0]),
                           context=mp.get_context(method))
        try:
            futures = [pool.schedule(_call_limited, (item,), timeout=limits.seconds) for item in items]
            for item, future in zip(items, futures):
                try:
                    value = future.result()
                except FutureTimeout:
                    yield Stopped(item, limits.timed_out())
                except ProcessExpired as exc:
                    yield Stopped(item, _died(exc.exitcode))
                else:
                    yield Stopped(item, limits.over_memory()) if isinstance(value, _OverMemory) else value
        finally:
            pool.stop()
            pool.join()

    def close(self) -> None:
        pass


# what a worker does with the path of one page's records, in each round of resolution
def _national_claims(path: str):
    from ..pipeline import resolve
    return resolve.national_claims(_read_slim(path))


def _form_claims(path: str):
    from ..pipeline import resolve
    return resolve.form_claims(_read_slim(path))


def _entity_claims(path: str, names):
    from ..pipeline import resolve
    return resolve.entity_claims(_read_slim(path), names)


def _person_claims(path: str, names):
    from ..pipeline import resolve
    return resolve.person_claims(_read_slim(path), names)


def _gather(acc: tuple, item) -> tuple:
    return acc + (item,)


def _concat(a: tuple, b: tuple) -> tuple:
    return a + b


def _resolve_persons(kv):
    from ..pipeline import resolve
    return resolve.resolve_persons(kv[1])


def _read_slim(path: str):
    from pathlib import Path

    from .cache import read_slim
    return read_slim(Path(path))


def _run_batch(batch: list, fn: Callable, shared: Any) -> list:
    return [fn(item, shared) for item in batch]


def _watched(fn: Callable, item: Any, limits: Limits) -> Any:
    """``fn(item, None)`` in a thread of this process, watched: a ``Stopped`` when it runs past
    ``limits`` (it is then still running: the caller must replace the process)."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn(item, None)
        except BaseException as exc:       # raised again in the caller's thread
            box["error"] = exc
    base = _memory(1)
    t = threading.Thread(target=work, name="kg-page", daemon=True)
    t0 = time.monotonic()
    t.start()
    while True:
        t.join(0.05)
        if not t.is_alive():
            break
        if limits.seconds is not None and time.monotonic() - t0 > limits.seconds:
            return Stopped(item, limits.timed_out())
        if limits.memory_mb is not None and base is not None and \
                (_memory(1) or 0) - base > limits.memory_mb * 2**20:
            return Stopped(item, limits.over_memory())
    if "error" in box:
        raise box["error"]
    return box["value"]


def _run_watched_batch(batch: list, fn: Callable, limits: Limits, prepare: Callable | None
                       ) -> tuple[list, str | None]:
    """The batch's results up to its first stopped page; with the address of this worker, which
    must then be replaced, when one was stopped."""
    out = []
    for item in batch:
        if prepare is not None:
            prepare(item)            # what a cold worker loads once, outside the page's time
        r = _watched(fn, item, limits)
        out.append(r)
        if isinstance(r, Stopped):
            from distributed import get_worker
            return out, get_worker().address
    return out, None


class Dask:
    """A Dask distributed cluster (``--scheduler ADDRESS``): the items go in batches, the shared
    value is scattered to every worker once.  Workers must see the input and build folders
    (a shared file system, as on a Slurm or PBS cluster)."""

    def __init__(self, address: str, batch: int = 32, window: int = 64):
        from distributed import Client
        self.client = Client(address)
        self.batch, self.window = batch, window

    def map(self, fn: Callable, items: Iterable, shared: Any = None) -> Iterator:
        it = iter(items)
        batches = iter(lambda: list(islice(it, self.batch)), [])
        # a key of its own for each map: a key named by the value's hash would be the one the
        # previous map's release is still dropping from the workers when the next map asks for it
        shared_f = self.client.scatter(shared, broadcast=True, hash=False) if shared is not None else None
        pending = []
        # a bounded window of batches in flight; results are taken in order
        for b in batches:
            pending.append(self.client.submit(_run_batch, b, fn, shared_f, pure=False))
            if len(pending) >= self.window:
                yield from pending.pop(0).result()
        while pending:
            yield from pending.pop(0).result()

    def map_pages(self, fn: Callable, items: Iterable, limits: Limits = NO_LIMITS,
                  prepare: Callable | None = None) -> Iterator:
        """``fn(item)`` on the workers under ``limits``, in batches; a page past them gives a
        ``Stopped``, its worker is restarted by its nanny and the rest of its batch is sent again.
        ``prepare(item)`` runs before the page's clock starts (a cold worker's dictionaries)."""
        if limits.none:
            yield from self.map(fn, items)
            return
        it = iter(items)
        pending: deque = deque()

        def submit(b: list, front: bool = False) -> None:
            f = self.client.submit(_run_watched_batch, b, fn, limits, prepare, pure=False)
            (pending.appendleft if front else pending.append)((f, b))

        def take() -> Iterator:
            f, b = pending.popleft()
            results, stopped_on = f.result()
            if stopped_on is not None:
                self._replace(stopped_on)
                if len(results) < len(b):
                    submit(b[len(results):], front=True)
            yield from results
        for b in iter(lambda: list(islice(it, self.batch)), []):
            submit(b)
            if len(pending) >= self.window:
                yield from take()
        while pending:
            yield from take()

    def _replace(self, worker: str) -> None:
        """A new process for a worker that still runs a stopped page (its nanny starts it)."""
        try:
            self.client.restart_workers([worker], raise_for_error=True)
        except Exception as exc:          # no nanny (dask worker --no-nanny): the page's thread runs on
            print(f"warning: {worker}: the Dask worker could not be restarted ({exc}); "
                  "the stopped page's work goes on there", file=sys.stderr)

    def resolve(self, records: list[str]):
        """The entity index of the pages whose records are at these paths, as a reduce by key on
        the cluster (kg/pipeline/resolve.py): the workers read the records and fold their claims by name
        form, then by entity IRI; only the reduced claims come back."""
        import dask
        import dask.bag as db

        from ..pipeline import resolve as R
        if not records:
            return R.entities_of(R.names_of((), ()), ())
        parts = max(1, min(len(records) // self.batch, 8 * max(1, len(self.client.nthreads()))))
        paths = db.from_sequence(records, npartitions=parts)
        nationals = paths.map(_national_claims).flatten().distinct()
        forms = paths.map(_form_claims).flatten().foldby(R.form_key, R.earlier)
        nationals, forms = self.client.gather(self.client.compute([nationals, forms]))
        names = R.names_of(nationals, (c for _form, c in forms))
        shared = dask.delayed(names, traverse=False)
        claims = paths.map(_entity_claims, shared).flatten().foldby(R.iri_key, R.merge_entity)
        # the persons of each name and city: its groups gathered from every page, resolved where they are
        persons = paths.map(_person_claims, shared).flatten() \
                       .foldby(R.person_key, _gather, (), _concat, ()).map(_resolve_persons)
        claims, persons = self.client.gather(self.client.compute([claims, persons]))
        return R.entities_of(names, (c for _iri, c in claims), persons)

    def close(self) -> None:
        self.client.close()


_FRESH_MAIN = ("import pickle, sys\n"
               "fh = open(sys.argv[1], 'rb')\n"
               "sys.path[:0] = pickle.load(fh)\n"
               "from kg.build.executors import _fresh_process_main\n"
               "_fresh_process_main(fh, sys.argv[2])\n")


def in_fresh_process(fn: Callable, *args):
    """``fn(*args)`` in a new interpreter that exits when it returns (an exception is raised here).
    What ``fn`` allocates goes back to the system at its exit, and the memory of this process is
    neither shared with it nor added to it.

    The interpreter is started with ``python -c``, not by multiprocessing's spawn: spawn runs the
    caller's main script again in the child, which in a script without an ``if __name__ ==
    "__main__"`` guard would start the whole build over.  ``fn`` and ``args`` go by pickle (a
    function by its name), with this process's module path."""
    with tempfile.TemporaryDirectory(prefix="kg-process-") as folder:
        task, answer = Path(folder) / "task", Path(folder) / "answer"
        with task.open("wb") as fh:
            pickle.dump(list(sys.path), fh)
            pickle.dump((fn, args), fh, protocol=pickle.HIGHEST_PROTOCOL)
        rc = subprocess.run([sys.executable, "-c", _FRESH_MAIN, str(task), str(answer)]).returncode
        if not answer.exists():
            raise RuntimeError(f"{getattr(fn, '__name__', fn)}: its process exited with code {rc} "
                               "and no answer (killed for lack of memory?)")
        with answer.open("rb") as fh:
            ok, value = pickle.load(fh)
    if not ok:
        raise value
    return value


def _fresh_process_main(task, answer: str) -> None:
    """In the new interpreter: run the task read from ``task`` and write ``(ok, value)`` to ``answer``."""
    fn, args = pickle.load(task)
    try:
        out = (True, fn(*args))
    except BaseException as exc:       # handed to the caller, which raises it
        out = (False, exc)
    try:
        data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        data = pickle.dumps((False, RuntimeError(repr(out[1]))))
    tmp = answer + ".part"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, answer)


def executor(jobs: int | None = None, scheduler: str | None = None):
    if scheduler:
        return Dask(scheduler)
    jobs = jobs or os.cpu_count() or 1
    return Serial() if jobs <= 1 else Pool(jobs)
