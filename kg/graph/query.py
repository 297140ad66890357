"""Saved queries: discovery, typed parameter binding, execution, output formats.

Parameters become RDF terms written by rdflib (a @zh literal, an xsd:date …)
and are bound by a VALUES block inserted at the start of every WHERE group
that uses the parameter directly, the outer query's and each subquery's (see
``bind``): user text is never pasted into the query.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from ..resources import folder

PARAM_TYPES = ("zh-literal", "string", "date", "integer", "decimal", "iri")
HEADER_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*([\w-]+)\s*[—-]*\s*(.*)$")


class QueryError(Exception):
    pass


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    doc: str


@dataclass(frozen=True)
class SavedQuery:
    name: str
    text: str
    question_zh: str
    question_en: str
    params: tuple[Param, ...]
    example: str | None


def parse(name: str, text: str) -> SavedQuery:
    zh = en = ""
    example = None
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := re.match(r"^#\s*question\(zh\):\s*(.*)$", line):
            zh = m.group(1).strip()
        elif m := re.match(r"^#\s*question\(en\):\s*(.*)$", line):
            en = m.group(1).strip()
        elif m := HEADER_PARAM.match(line):
            if m.group(2) not in PARAM_TYPES:
                raise QueryError(f"{name}.rq: parameter {m.group(1)} has unknown type {m.group(2)}")
            params.append(Param(m.group(1), m.group(2), m.group(3).strip()))
        elif m := re.match(r"^#\s*example:\s*(.*)$", line):
            example = m.group(1).strip()
    return SavedQuery(name, text, zh, en, tuple(params), example)


def saved_queries() -> dict[str, SavedQuery]:
    out = {}
    for entry in sorted(folder("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse(name, entry.read_text(encoding="utf-8"))
    return out


def get(name: str) -> SavedQuery:
    qs = saved_queries()
    if name not in qs:
        raise QueryError(f"no saved query named {name!r} (kg queries lists them)")
    return qs[name]


def term(p: Param, value: str):
    """The RDF term for a parameter value, or a one-line error."""
    try:
        if p.type == "zh-literal":
            return Literal(value, lang="zh")
        if p.type == "string":
            # a simple literal: the same term as "…"^^xsd:string in RDF 1.1, and the one that
            # engines still telling the two apart (rdflib, Virtuoso) match against stored strings
            return Literal(value)
        if p.type == "date":
            return Literal(date.fromisoformat(value), datatype=XSD.date)
        if p.type == "integer":
            return Literal(int(value), datatype=XSD.integer)
        if p.type == "decimal":
            return Literal(Decimal(value), datatype=XSD.decimal)
        if p.type == "iri":
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", value):
                raise ValueError
            return URIRef(value)
    except (ValueError, InvalidOperation):
        pass
    raise QueryError(f"parameter {p.name}: {value!r} is not a valid {p.type}")


def bind(q: SavedQuery, values: dict[str, str], limit: int | None = None) -> str:
    """The query text with ``values`` bound, and its LIMIT replaced when ``limit`` is given.

    Each value becomes an RDF term (``term``) and is bound by a
    ``VALUES ?name { term }`` block at the start of every WHERE group that
    uses the variable directly (comments, strings and IRIs aside): for each
    use, the innermost ``WHERE {`` group around it, each group once. SPARQL
    evaluates a subquery before it is joined, so a subquery starts from the
    bound value only if the value is bound inside it; a subquery that uses the
    variable without projecting it is restricted to the value too, so a saved
    query uses a parameter's name only where the value is meant.
    """
    known = {p.name: p for p in q.params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise QueryError(f"{q.name}: unknown parameter {unknown[0]!r}; it takes "
                         + (", ".join(sorted(known)) or "none"))
    terms = {n: term(known[n], v).n3() for n, v in sorted(values.items())}
    text = q.text
    if terms:
        groups = _where_groups(text)
        if not groups:
            raise QueryError(f"{q.name}: no WHERE clause to bind parameters in")
        code = _COMMENT.sub(lambda m: " " * len(m.group(0)), text)
        inserts = set()
        for n in terms:
            starts = {max((s for s, e in groups if s <= u < e), default=groups[0][0])
                      for u in (m.start() for m in re.finditer(rf"[?$]{n}(?!\w)", code))}
            for start in starts or {groups[0][0]}:
                inserts.add((start, f"\n  VALUES ?{n} {{ {terms[n]} }}"))
        for pos, block in sorted(inserts, reverse=True):
            text = text[:pos] + block + text[pos:]
    if limit is not None:
        text = _with_limit(text, int(limit))
    return text


def _with_limit(text: str, limit: int) -> str:
    """``text`` with its final LIMIT set to ``limit`` (added when there is none).

    A subquery that picks the first rows' keys before their details are looked up
    (``ORDER BY ... LIMIT 100`` inside) writes the same number as the final LIMIT:
    every LIMIT with that number follows the new one, so ``--limit 500`` gets 500
    rows and not the rows of the first 100 keys."""
    final = re.search(r"\bLIMIT\s+(\d+)\s*$", text, flags=re.IGNORECASE)
    if not final:
        return text.rstrip() + f"\nLIMIT {limit}\n"
    default = final.group(1)
    code = _COMMENT.sub(lambda m: " " * len(m.group(0)), text)
    spans = [m.span() for m in re.finditer(rf"\bLIMIT\s+{default}\b", code, flags=re.IGNORECASE)]
    for start, end in reversed(spans):
        text = text[:start] + f"LIMIT {limit}" + text[end:]
    return text


_SKIPPED = r'#[^\n]*|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>'   # comments, string literals, IRIs
_COMMENT = re.compile(_SKIPPED)
_TOKEN = re.compile(_SKIPPED + r'|\bWHERE\s*\{|[{}]', re.IGNORECASE)


def _where_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of the body of every ``WHERE {`` group, outer first, in text order.

    Comments, string literals and IRIs are skipped, so braces in them do not count."""
    groups, stack = [], []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if tok[0] in '#"<':
            continue
        if tok == "}":
            if stack:
                k = stack.pop()
                if k is not None:
                    groups[k] = (groups[k][0], m.start())
            continue
        if tok == "{":
            stack.append(None)
        else:
            groups.append((m.end(), len(text)))
            stack.append(len(groups) - 1)
    return groups


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


def run_local(store_path: Path, sparql: str) -> Result:
    import pyoxigraph as ox
    if not store_path.exists():
        raise QueryError(f"{store_path}: no store here; run `kg build` first or give --build")
    try:
        store = ox.Store.read_only(str(store_path))
    except OSError as exc:
        raise QueryError(f"{store_path}: cannot open the store ({exc})") from None
    return run_on(store, sparql)


def run_on(store, sparql: str) -> Result:
    """Run a query on an open pyoxigraph store."""
    res = store.query(sparql)
    cols = tuple(v.value for v in res.variables)
    rows = []
    for sol in res:
        rows.append(tuple(_plain(sol[c]) for c in cols))
    return Result(cols, tuple(rows))


def _plain(t) -> str | None:
    if t is None:
        return None
    return t.value


def render(r: Result, fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(r.columns, row)) for row in r.rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(r.columns)
        for row in r.rows:
            w.writerow(["" if v is None else v for v in row])
        return buf.getvalue()
    return table(r)


def table(r: Result, max_width: int = 40) -> str:
    from ..pipeline.normalise import width

    def cell(v):
        s = "" if v is None else str(v)
        s = s.replace("https://w3id.org/localgov-kg/id/", "kgr:")
        while width(s) > max_width:
            s = s[:-2] + "…"
        return s
    cells = [[cell(c) for c in r.columns]] + [[cell(v) for v in row] for row in r.rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(r.columns))]
    lines = []
    for k, row in enumerate(cells):
        lines.append("  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(row)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(r.rows)} rows)")
    return "\n".join(lines) + "\n"
