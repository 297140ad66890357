"""Write queries/README.md: every saved query with its question, parameters, notes
and an example of its output, run on the graph built from the seed pages.

    python -m kg.outputs.query_docs                 # builds seeds/ in a temporary folder
    python -m kg.outputs.query_docs --build build/  # or uses a build already made

Run it again after the extraction changes: the examples are query results,
not text written by hand.
"""
from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
from pathlib import Path

from ..files import atomic_write_bytes
from ..graph.query import QueryError, SavedQuery, bind, run_local, saved_queries
from ..resources import ROOT

IRI_PREFIX = "https://w3id.org/localgov-kg/id/"
ROWS = 5
CELL = 36


def example_params(q: SavedQuery) -> dict[str, str]:
    """The parameters of the query's ``# example:`` line (``kg query NAME --param k=v …``)."""
    if not q.example:
        return {}
    words = shlex.split(q.example)
    if words[:3] != ["kg", "query", q.name]:
        raise QueryError(f"{q.name}.rq: the example does not run this query: {q.example}")
    params = {}
    for flag, value in zip(words[3::2], words[4::2]):
        if flag != "--param" or "=" not in value:
            raise QueryError(f"{q.name}.rq: the example takes only --param KEY=VALUE: {q.example}")
        k, v = value.split("=", 1)
        params[k] = v
    return params


def notes(q: SavedQuery) -> list[str]:
    """The comment paragraphs after the header lines, as Markdown: prose joined into one
    line, a paragraph laid out in columns (runs of spaces) kept as it is in a code block."""
    paragraphs, current = [], []
    for line in q.text.splitlines():
        if not line.startswith("#"):
            if line.strip() and not line.upper().startswith("PREFIX"):
                break
            if current:
                paragraphs.append(current)
                current = []
            continue
        body = line[2:] if line.startswith("# ") else line[1:]
        if body.startswith(("question(", "param ", "example:")):
            continue
        if body.strip():
            current.append(body.rstrip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    out = []
    for p in paragraphs:
        if any("   " in line.strip() or line.startswith(" ") for line in p):
            out.append("```\n" + "\n".join(p) + "\n```")
        else:
            out.append(" ".join(line.strip() for line in p))
    return out


def _cell(v: str | None) -> str:
    s = "" if v is None else str(v)
    s = s.replace(IRI_PREFIX, "kgr:").replace("|", "\\|").replace("\n", " ")
    return s if len(s) <= CELL else s[: CELL - 1] + "…"


def section(q: SavedQuery, store: Path) -> str:
    lines = [f"## {q.name}", "", f"- 问题：{q.question_zh}", f"- Question: {q.question_en}", ""]
    if q.params:
        lines += ["| parameter | type | meaning |", "|---|---|---|"]
        lines += [f"| `{p.name}` | {p.type} | {p.doc.replace('|', chr(92) + '|')} |" for p in q.params]
    else:
        lines.append("No parameters.")
    lines.append("")
    for paragraph in notes(q):
        lines += [paragraph, ""]
    params = example_params(q)
    result = run_local(store, bind(q, params))
    keep = [i for i, c in enumerate(result.columns)
            if not any(isinstance(r[i], str) and r[i].startswith(IRI_PREFIX) for r in result.rows)]
    shown = result.rows[:ROWS]
    count = f"{len(result.rows)} row{'' if len(result.rows) == 1 else 's'}"
    if len(shown) < len(result.rows):
        count += f"; the first {len(shown)}"
    if len(keep) < len(result.columns):
        count += ", columns holding IRIs left out"
    lines += ["Example, on the seed pages (`kg build seeds/`):", "", "```", q.example or f"kg query {q.name}", "```",
              "", count + ":", ""]
    if shown:
        lines.append("| " + " | ".join(result.columns[i] for i in keep) + " |")
        lines.append("|" + "---|" * len(keep))
        lines += ["| " + " | ".join(_cell(r[i]) for i in keep) + " |" for r in shown]
    lines.append("")
    return "\n".join(lines)


def markdown(store: Path) -> str:
    qs = saved_queries()
    head = [
        "# Saved queries",
        "",
        "Each `.rq` file here answers one question. Its header gives the question in",
        "Chinese and English, its typed parameters and an example command. Run one",
        "with `kg query NAME --param KEY=VALUE` on the build's store, or on any SPARQL",
        "endpoint with `--endpoint URL`; `kg queries` lists them. Parameters are bound",
        "as RDF terms in a `VALUES` block, never pasted into the query text; a query",
        "run without a parameter answers for everyone.",
        "",
        "They are standard SPARQL 1.1, written for the union of the build's named",
        "graphs, and give the same rows on the embedded store, the Oxigraph server,",
        "Virtuoso 7 and rdflib (tests/test_engines.py): plain graph patterns in the",
        "vocabulary's words; ORDER BY a total order on plain strings and numbers",
        "(labels and dates through STR, ties broken by IRIs), so that the rows under",
        "LIMIT are fixed by the specification; no LIMIT inside a subquery; no",
        "GROUP_CONCAT (its order is not defined: a list is given as rows); no text",
        "written by the query into its answers besides ASCII keywords; booleans only",
        "as stored or as `COALESCE(?flag, false)`. What a question needs that a plain",
        "pattern would find slowly the build provides (the tenures, the county index;",
        "docs/data-model.md).",
        "",
        "The examples below are real output on the five seed pages, written by",
        "`python -m kg.outputs.query_docs` (run it again after the extraction changes).",
        "",
        "| query | question |",
        "|---|---|",
    ]
    head += [f"| [{q.name}](#{q.name}) | {q.question_en} |" for q in qs.values()]
    head.append("")
    return "\n".join(head) + "\n" + "\n".join(section(q, store) for q in qs.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.outputs.query_docs", description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", type=Path, help="a build folder to use; default: build seeds/ in a temporary folder")
    ap.add_argument("--out", type=Path, default=ROOT / "queries" / "README.md")
    args = ap.parse_args(argv)
    try:
        if args.build:
            text = markdown(args.build / "store")
        else:
            from ..build.assemble import build
            with tempfile.TemporaryDirectory() as tmp:
                build(ROOT / "seeds", Path(tmp) / "build")
                text = markdown(Path(tmp) / "build" / "store")
    except QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    atomic_write_bytes(args.out, text.encode("utf-8"))
    print(f"wrote {args.out} ({len(saved_queries())} queries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
