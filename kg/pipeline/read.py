"""Stage 1: files -> Page.  Finds pages, decodes them, reads the manifest."""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..records import Page, Source

PAGE_SUFFIXES = (".txt", ".html", ".htm")
MANIFEST_NAME = "manifest.csv"
# Encodings a Chinese newspaper page comes in; the detector chooses among them.
CANDIDATE_ENCODINGS = ["utf_8", "utf_16", "gb18030", "big5"]


class InputError(Exception):
    """Bad input: the message names the file and the problem, on one line."""


def find_pages(folder: Path) -> list[Path]:
    if not folder.exists():
        raise InputError(f"{folder}: no such folder")
    if folder.is_file():
        return [folder]
    pages = [p for p in folder.rglob("*")
             if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES
             and not any(part.startswith(".") for part in p.relative_to(folder).parts)]
    return sorted(pages, key=lambda p: p.relative_to(folder).as_posix())


def parse_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{where}: bad date {value.strip()!r} (expected YYYY-MM-DD)") from None


def read_manifest(path: Path) -> dict[str, Source]:
    """manifest.csv: file,published,city,newspaper (published as YYYY-MM-DD)."""
    out: dict[str, Source] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read manifest ({exc})") from None
    for n, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            raise InputError(f"{path}:{n}: row without a file name")
        published = row.get("published") or ""
        out[name] = Source(
            path=name,
            published=parse_date(published, f"{path}:{n}") if published.strip() else None,
            city=(row.get("city") or "").strip() or None,
            newspaper=(row.get("newspaper") or "").strip() or None,
        )
    return out


def source_for(rel: str, manifest: dict[str, Source], published: date | None,
               city: str | None, newspaper: str | None) -> Source:
    """Manifest rows match the relative path or the file name; options fill the gaps."""
    row = manifest.get(rel) or manifest.get(rel.rsplit("/", 1)[-1])
    base = row or Source(path=rel)
    return replace(base, path=rel,
                   published=base.published or published,
                   city=base.city or city,
                   newspaper=base.newspaper or newspaper)


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Bytes -> (text without BOM, encoding name)."""
    if not data.strip():
        raise InputError(f"{where}: empty page")
    for bom, codec, encoding, name in ((b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig", "UTF-8"),
                                       (b"\xff\xfe", "utf-16", "utf-16", "UTF-16"),
                                       (b"\xfe\xff", "utf-16", "utf-16", "UTF-16")):
        if data.startswith(bom):
            # a byte order mark names the encoding: bytes that break it (a file cut inside a
            # character) are bad input, not something to guess around
            try:
                return _checked(data.decode(codec), encoding, where)
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: not valid {name} after its byte order mark ({exc.reason})") from None
    try:
        return _checked(data.decode("utf-8"), "utf-8", where)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise InputError(f"{where}: not a text file in UTF-8, UTF-16, GB18030 or Big5")
    return _checked(str(best), best.encoding, where)


def _checked(text: str, encoding: str, where: str) -> tuple[str, str]:
    text = text.lstrip("\ufeff")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > max(8, len(text) // 100):
        raise InputError(f"{where}: not a text file (binary content)")
    if not text.strip():
        raise InputError(f"{where}: empty page")
    if not re.search(r"[\u3400-\u9fff]", text):
        raise InputError(f"{where}: no Chinese text on the page")
    return text, encoding


def html_main_text(markup: str, where: str) -> str:
    import trafilatura
    text = trafilatura.extract(markup, include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False)
    if not text or not text.strip():
        raise InputError(f"{where}: no article text found in the HTML page")
    # the credit lines a site prints around the article (作者：记者 …, 责任编辑：…) are left
    # out by main-text extraction: bylines go before the text, the editor line after
    before, after = [], []
    for line in _credit_lines(markup):
        if line not in text and line not in before + after:
            (after if re.match(r"^[(（]?\s*(?:责任编辑|本版编辑|编辑|责编|校对)", line) else before).append(line)
    return "\n\n".join([*before, text.strip(), *after])


CREDIT_LINE = re.compile(r"^[(（]?\s*(?:作者|记者|通讯员|责任编辑|本版编辑|编辑|责编|校对)\s*[:：]?\s*"
                         r"[\u4e00-\u9fff·]{2,4}(?:\s+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4})*\s*[)）]?$")


def _credit_lines(markup: str) -> list[str]:
    import lxml.html
    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return []
    out = []
    for el in root.iter("span", "div", "p", "td", "li", "em"):
        line = " ".join("".join(el.itertext()).split())
        if line and len(line) <= 40 and CREDIT_LINE.match(line):
            out.append(line)
    return out


def read_page(path: Path, root: Path, manifest: dict[str, Source],
              published: date | None = None, city: str | None = None,
              newspaper: str | None = None) -> Page:
    rel = path.relative_to(root).as_posix() if path != root else path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{rel}: cannot read ({exc.strerror})") from None
    text, encoding = decode(data, rel)
    html = path.suffix.lower() in (".html", ".htm")
    if html:
        text = _checked(html_main_text(text, rel), encoding, rel)[0]
    return Page(source=source_for(rel, manifest, published, city, newspaper),
                raw=text, encoding=encoding, html=html)
