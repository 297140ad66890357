"""kg graph: the person–meeting–enterprise–division network with networkx."""
from __future__ import annotations

import warnings
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.outputs import network
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"person", "meeting", "enterprise", "division"}


@pytest.fixture(scope="module")
def graph_run(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("network")
    res = CliRunner().invoke(main, ["graph", "--build", str(seed_build[0]), "--out", str(out), "--top", "30"])
    assert res.exit_code == 0, res.output
    return seed_build[0], out, res.output


def sparql_pairs(build: Path, pattern: str) -> set[tuple[str, str]]:
    store = ox.Store.read_only(str(build / "store"))
    q = "PREFIX kg: <https://w3id.org/localgov-kg/ontology#> SELECT DISTINCT ?a ?b WHERE { " + pattern + " }"
    return {(s["a"].value, s["b"].value) for s in store.query(q)}


def test_graphml_and_gexf_parse_back_alike(graph_run):
    _build, out, _ = graph_run
    gml = nx.read_graphml(out / "network.graphml")
    gexf = nx.read_gexf(out / "network.gexf")
    assert gml.number_of_nodes() > 10 and gml.number_of_edges() > 10
    assert set(gml.nodes) == set(gexf.nodes)
    assert {frozenset(e) for e in gml.edges} == {frozenset(e) for e in gexf.edges}
    assert {d["kind"] for _n, d in gml.nodes(data=True)} == KINDS
    for _n, d in gml.nodes(data=True):
        assert d["label"] and "community" in d and "betweenness" in d


def test_edges_are_the_facts_of_the_graph(graph_run):
    build, out, _ = graph_run
    g = nx.read_graphml(out / "network.graphml")
    attendance = sparql_pairs(build, "?b a kg:Meeting ; kg:chair|kg:participant ?a")
    located = sparql_pairs(build, "?a a kg:Enterprise ; kg:locatedIn ?b")
    assert attendance and located
    for a, b in attendance | located:
        assert g.has_edge(a, b), (a, b)
    person_meeting = [e for e in g.edges if {g.nodes[e[0]]["kind"], g.nodes[e[1]]["kind"]} == {"person", "meeting"}]
    assert len(person_meeting) == len(attendance)
    chair = sparql_pairs(build, "?b kg:chair ?a . ?b a kg:Meeting")
    a, b = sorted(chair)[0]
    assert "chair" in g.edges[a, b]["relation"]


def test_printout_names_the_central_officials_and_communities(graph_run):
    build, out, text = graph_run
    g = nx.read_graphml(out / "network.graphml")
    persons = [n for n, d in g.nodes(data=True) if d["kind"] == "person"]
    top = max(persons, key=lambda n: g.degree(n))
    lines = text.splitlines()
    first = lines[lines.index("most central officials (degree, betweenness):") + 1].split()
    assert first[0] == g.nodes[top]["label"] and int(first[1]) == g.degree(top)
    assert any(line.startswith("communities (size") for line in lines)
    communities = {d["community"] for _n, d in g.nodes(data=True)}
    assert f"communities {len(communities)}" in lines[0]


def test_png_exists_and_is_not_blank(graph_run):
    from matplotlib import image
    png = graph_run[1] / "network.png"
    pixels = image.imread(png)
    assert pixels.shape[0] > 500 and pixels.shape[1] > 500
    rgb = pixels[..., :3]
    not_white = (rgb < 0.95).any(axis=-1).mean()
    assert 0.01 < not_white < 0.9
    assert rgb.std() > 0.05


def test_chinese_labels_render_with_the_cjk_font(seed_build, tmp_path):
    g, _ = network.network(seed_build[0] / "store")
    a = network.analyse(g)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        network.draw(a, tmp_path / "n.png", top=20)
    glyph = [w for w in caught if "Glyph" in str(w.message) or "missing from" in str(w.message)]
    assert not glyph, glyph[0].message


def test_betweenness_is_sampled_with_a_fixed_seed_when_large(seed_build):
    g1, _ = network.network(seed_build[0] / "store")
    g2, _ = network.network(seed_build[0] / "store")
    a1 = network.analyse(g1, sample_above=5, seed=7)
    a2 = network.analyse(g2, sample_above=5, seed=7)
    assert a1.betweenness_sampled
    assert a1.officials == a2.officials
    assert a1.communities == a2.communities
    exact = network.analyse(network.network(seed_build[0] / "store")[0])
    assert not exact.betweenness_sampled


def test_outputs_are_deterministic(graph_run, tmp_path):
    build, out, _ = graph_run
    res = CliRunner().invoke(main, ["graph", "--build", str(build), "--out", str(tmp_path), "--top", "30"])
    assert res.exit_code == 0
    for name in ("network.graphml", "network.gexf", "network.png"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_readme_shows_the_png():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "![" in readme and "(docs/network.png)" in readme
    assert (ROOT / "docs" / "network.png").stat().st_size > 10_000
