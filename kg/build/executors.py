"""Where the per-page stages run: in this process, in a local process pool, or on a Dask cluster.

Each executor maps ``fn(item, shared)`` over items and yields the results in
the order of the items, so the build writes the same bytes whichever runs it.
``shared`` (the entity index) goes to each worker once, not with every item.
"""
from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

_WORKER: dict[str, Any] = {}


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


def _read_slim(path: str):
    from pathlib import Path

    from .cache import read_slim
    return read_slim(Path(path))


def _run_batch(batch: list, fn: Callable, shared: Any) -> list:
    return [fn(item, shared) for item in batch]


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
        claims = paths.map(_entity_claims, dask.delayed(names, traverse=False)).flatten() \
                      .foldby(R.iri_key, R.merge_entity)
        claims = self.client.compute(claims).result()
        return R.entities_of(names, (c for _iri, c in claims))

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
