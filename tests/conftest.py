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
