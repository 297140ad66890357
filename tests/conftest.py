from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    from kg.build.assemble import build
    out = tmp_path_factory.mktemp("seedbuild") / "build"
    summary = build(SEEDS, out, formats=("ttl", "nq", "trig", "jsonld", "nt"))
    return out, summary


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    from rdflib import Graph
    g = Graph()
    g.parse(seed_build[0] / "kg.ttl", format="turtle")
    return g


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso 7 server (Debian's virtuoso-opensource; .ci/run installs it) on free ports of
    127.0.0.1 with an empty database in a temporary folder, started once for the session and
    stopped by its process id. Not installed is a failure, not a skip: every engine is checked."""
    import virtuoso_server
    if not virtuoso_server.installed():
        pytest.fail("virtuoso-t / isql-vt not found: install the Debian package virtuoso-opensource "
                    "(.ci/run does: apt-get install virtuoso-opensource)")
    server = virtuoso_server.start(tmp_path_factory.mktemp("virtuoso"))
    yield server
    virtuoso_server.stop(server)
