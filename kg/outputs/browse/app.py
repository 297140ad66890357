"""The browser's web application (Starlette, Jinja2 templates rendered on the server).

Routes
    /                       counts and the search box
    /search?q=TEXT          entities by name or short name, grouped by kind
    /id/{kind}/{key}        the page of kgr:{kind}/{key}: a person, organisation, enterprise,
                            division, place, meeting, visit, project, post or article
                            (an article takes ?ev=KEY: the evidence span to highlight)
    /queries                the saved questions
    /queries/{name}         a question as a form, its table and its SPARQL
    /queries/{name}/csv     the same table as CSV
    /static/...             the style sheet

Every text is escaped by Jinja2's autoescaping; an unknown address is a 404
page; an error is a 500 page without a traceback.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ...graph.query import QueryError, bind, render as render_result, run_on, saved_queries
from . import pages
from .data import BASE, Build, iri_of

HERE = Path(__file__).resolve().parent
ENTITY = {"person": pages.person, "enterprise": pages.enterprise, "org": pages.organisation,
          "division": pages.division, "place": pages.place}


def _short(value) -> str:
    s = "" if value is None else str(value)
    return "kgr:" + s[len(BASE):] if s.startswith(BASE) else s


def _screens(request: Request) -> dict[str, int]:
    """Where each section's screen starts, as the address asks (``?visits=200``); what is not a
    section's anchor and a whole number below a billion is left out."""
    return {k: int(v) for k, v in request.query_params.items()
            if re.fullmatch(r"[a-z][a-z-]{0,19}", k) and re.fullmatch(r"[0-9]{1,9}", v)}


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["short"] = _short
    env.filters["href"] = pages.href
    return Jinja2Templates(env=env)


def create_app(build_dir: Path, warm: bool = False) -> Starlette:
    """The app over the build folder; ``warm`` reads the names search looks in at once, in a thread
    of its own (0.7 s on 10k pages), instead of at the first search."""
    build = Build(Path(build_dir))
    templates = _templates()
    if warm:
        import threading
        threading.Thread(target=build.names, name="browse-names", daemon=True).start()

    def render(request: Request, name: str, status: int = 200, **context) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def home(request: Request) -> Response:
        return render(request, "home.html", counts=pages.home(build), queries=_queries())

    def search(request: Request) -> Response:
        q = request.query_params.get("q", "")[:100]
        groups, partial = pages.search(build, q)
        return render(request, "search.html", q=q, groups=groups, partial=partial)

    def entity(request: Request) -> Response:
        kind, key = request.path_params["kind"], request.path_params["key"]
        iri = iri_of(kind, key)
        if iri is None:
            raise HTTPException(404)
        try:
            if kind == "article":
                ev = request.query_params.get("ev")
                if ev is not None and not re.fullmatch(r"[0-9a-f]{16}", ev):
                    raise pages.NotFound(ev)
                return render(request, "article.html", a=pages.article(build, iri, ev))
            at = _screens(request)
            if kind in ENTITY:
                page = ENTITY[kind](build, iri, at)
            else:
                page = pages.fact(build, iri, kind, at)
        except pages.NotFound:
            raise HTTPException(404) from None
        return render(request, f"{page.kind}.html", page=page)

    def queries(request: Request) -> Response:
        return render(request, "queries.html", queries=_queries())

    def saved(request: Request) -> Response:
        q, values, limit = _form(request)
        result = error = sparql = None
        status = 200
        ran = bool(values) or "run" in request.query_params
        try:
            sparql = bind(q, values, limit)
            if ran:
                result = run_on(build.store(), sparql)
        except QueryError as exc:
            error, status = str(exc), 400
        csv_href = f"/queries/{q.name}/csv?" + urlencode({**values, **({"limit": limit} if limit else {})})
        return render(request, "query.html", status, q=q, values=values, limit=limit, result=result,
                      error=error, sparql=sparql, csv_href=csv_href, default_limit=_default_limit(q))

    def saved_csv(request: Request) -> Response:
        q, values, limit = _form(request)
        try:
            result = run_on(build.store(), bind(q, values, limit))
        except QueryError as exc:
            return Response(str(exc) + "\n", status_code=400, media_type="text/plain; charset=utf-8")
        return Response(render_result(result, "csv"), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{q.name}.csv"'})

    def not_found(request: Request, _exc) -> Response:
        return render(request, "404.html", 404, path=request.url.path)

    def failed(request: Request, _exc) -> Response:
        return render(request, "error.html", 500)

    routes = [Route("/", home), Route("/search", search), Route("/id/{kind}/{key}", entity),
              Route("/queries", queries), Route("/queries/{name}", saved), Route("/queries/{name}/csv", saved_csv),
              Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")]
    return Starlette(routes=routes, exception_handlers={404: not_found, 500: failed})


def _queries():
    return list(saved_queries().values())


def _default_limit(q) -> int | None:
    m = re.search(r"\bLIMIT\s+(\d+)\s*$", q.text, flags=re.IGNORECASE)
    return int(m.group(1)) if m else None


def _form(request: Request):
    """The saved query a form names and the values filled in (empty fields left out)."""
    q = saved_queries().get(request.path_params["name"])
    if q is None:
        raise HTTPException(404)
    known = {p.name for p in q.params}
    values = {k: v.strip() for k, v in request.query_params.items() if k in known and v.strip()}
    limit = request.query_params.get("limit", "").strip()
    return q, values, int(limit) if limit.isdigit() and len(limit) < 9 else None


def url(host: str, port: int) -> str:
    return f"http://{host}:{port}/"



class BrowseError(Exception):
    """One line: why the browser cannot start."""


def serve(build_dir: Path, host: str, port: int, started=None) -> None:
    """Serve the app with uvicorn until Ctrl-C (or SIGTERM); ``started(url)`` is called once the
    store opens and the port is free.  A missing store or a port in use is a one-line BrowseError."""
    import socket

    import uvicorn

    from ...graph.store import StoreError
    try:
        Build(Path(build_dir)).store()
    except (StoreError, FileNotFoundError) as exc:
        raise BrowseError(str(exc) if isinstance(exc, StoreError)
                          else f"{Path(build_dir) / 'store'}: no store here; run `kg build` first or give --build") \
            from None
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise BrowseError(f"{host}:{port}: cannot listen there ({exc.strerror or exc})") from None
    config = uvicorn.Config(create_app(build_dir, warm=True), host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    if started is not None:
        started(url(host, port))
    try:
        server.run()       # shuts down gracefully on SIGINT and SIGTERM, then raises the signal again
    except KeyboardInterrupt:
        pass
