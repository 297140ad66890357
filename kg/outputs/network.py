"""The network of officials, meetings, enterprises and divisions (networkx).

Nodes: persons who chair, attend or make visits; meetings; enterprises;
administrative divisions.  Edges (undirected, ``weight`` = how many facts state
them, ``relation`` = what they are):

    person  – meeting     chair / participant
    person  – enterprise  visited          (a kg:Visit with the person as visitor)
    person  – division    visited
    meeting – division    held in          (kg:location is a division)
    enterprise – division located in       (kg:locatedIn)

Centrality: degree centrality, and betweenness (exact up to ``sample_above``
nodes, above that estimated from ``samples`` pivots drawn with a fixed seed).
Communities: Louvain (networkx) with a fixed seed.  Everything is sorted, so
the same build gives the same files.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..graph.store import open_build_store
from ..files import atomic_write, atomic_write_bytes

PREFIXES = """PREFIX kg:   <https://w3id.org/localgov-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

EDGES = PREFIXES + """SELECT ?a ?b ?relation ?fact WHERE {
  { ?fact a kg:Meeting ; kg:chair ?a . BIND(?fact AS ?b) BIND("chair" AS ?relation) }
  UNION
  { ?fact a kg:Meeting ; kg:participant ?a . BIND(?fact AS ?b) BIND("participant" AS ?relation) }
  UNION
  { ?fact a kg:Visit ; kg:visitor ?a ; kg:visited ?b .
    ?b a ?class . VALUES ?class { kg:Enterprise kg:AdministrativeDivision kg:County kg:Town }
    BIND("visited" AS ?relation) }
  UNION
  { ?a a kg:Meeting ; kg:location ?b . BIND(?a AS ?fact)
    ?b a ?class . VALUES ?class { kg:AdministrativeDivision kg:County kg:Town }
    BIND("held in" AS ?relation) }
  UNION
  { ?a a kg:Enterprise ; kg:locatedIn ?b . BIND(?a AS ?fact) BIND("located in" AS ?relation) }
}"""

NODES = PREFIXES + """SELECT ?node ?class ?label WHERE {
  ?node a ?class . VALUES ?class { kg:Person kg:Meeting kg:Enterprise kg:AdministrativeDivision kg:County kg:Town }
  OPTIONAL { ?node rdfs:label ?label }
}"""

LATEST = PREFIXES + "SELECT (MAX(?d) AS ?latest) WHERE { ?a a kg:Article ; kg:published ?d }"

KIND = {"Person": "person", "Meeting": "meeting", "Enterprise": "enterprise",
        "AdministrativeDivision": "division", "County": "division", "Town": "division"}
KIND_RANK = {"enterprise": 0, "meeting": 1, "person": 2, "division": 3}   # the most specific class wins
COLOURS = {"person": "#d62728", "meeting": "#1f77b4", "enterprise": "#2ca02c", "division": "#9467bd"}
FONT_FAMILY = "Noto Sans CJK SC"


class NetworkError(Exception):
    pass



@dataclass(frozen=True)
class Central:
    iri: str
    label: str
    degree: int
    degree_centrality: float
    betweenness: float


@dataclass(frozen=True)
class Analysis:
    graph: nx.Graph
    officials: tuple[Central, ...]          # persons, most central first
    communities: tuple[tuple[str, ...], ...]  # node IRIs, largest community first
    betweenness_sampled: bool


def network(store_path: Path) -> tuple[nx.Graph, str | None]:
    """The network read from the build's store, and the latest publication date."""
    store = open_build_store(store_path)
    nodes: dict[str, tuple[str, str]] = {}
    for sol in store.query(NODES):
        iri, kind = sol["node"].value, KIND[sol["class"].value.rsplit("#", 1)[1]]
        label = sol["label"].value if sol["label"] is not None else iri
        old = nodes.get(iri)
        if old is None or (KIND_RANK[kind], label) < (KIND_RANK[old[0]], old[1]):
            nodes[iri] = (kind, label)
    facts: dict[tuple[str, str, str], set[str]] = {}
    for sol in store.query(EDGES):
        a, b = sol["a"].value, sol["b"].value
        if a in nodes and b in nodes and a != b:
            key = (min(a, b), max(a, b), sol["relation"].value)
            facts.setdefault(key, set()).add(sol["fact"].value)
    latest = next(iter(store.query(LATEST)))["latest"]
    g = nx.Graph()
    used = sorted({n for a, b, _r in facts for n in (a, b)})
    for iri in used:
        kind, label = nodes[iri]
        g.add_node(iri, label=label, kind=kind)
    by_pair: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for (a, b, rel), fs in sorted(facts.items()):
        by_pair.setdefault((a, b), []).append((rel, len(fs)))
    for (a, b), rels in sorted(by_pair.items()):
        g.add_edge(a, b, relation=" / ".join(r for r, _n in rels), weight=sum(n for _r, n in rels))
    return g, None if latest is None else latest.value


def analyse(g: nx.Graph, seed: int = 42, sample_above: int = 2000, samples: int = 500) -> Analysis:
    """Centrality and communities; writes them onto the nodes as attributes too."""
    n = g.number_of_nodes()
    sampled = n > sample_above
    between = nx.betweenness_centrality(g, k=min(samples, n) if sampled else None, seed=seed, normalized=True)
    degree_c = nx.degree_centrality(g) if n > 1 else {v: 0.0 for v in g}
    comms = nx.community.louvain_communities(g, weight="weight", seed=seed) if n else []
    ordered = sorted((tuple(sorted(c)) for c in comms), key=lambda c: (-len(c), c))
    for k, members in enumerate(ordered):
        for v in members:
            g.nodes[v]["community"] = k
    for v in g:
        g.nodes[v]["degree"] = g.degree(v)
        g.nodes[v]["betweenness"] = round(between[v], 6)
    persons = [Central(v, g.nodes[v]["label"], g.degree(v), degree_c[v], between[v])
               for v in g if g.nodes[v]["kind"] == "person"]
    persons.sort(key=lambda c: (-c.degree, -c.betweenness, c.label, c.iri))
    return Analysis(g, tuple(persons), tuple(ordered), sampled)


def write_files(a: Analysis, out: Path, stamp: str | None) -> dict[str, Path]:
    """network.graphml and network.gexf (for Gephi); the GEXF date is the build's latest publication date."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {"graphml": out / "network.graphml", "gexf": out / "network.gexf"}
    atomic_write_bytes(paths["graphml"], "\n".join(nx.generate_graphml(a.graph)).encode("utf-8") + b"\n")
    gexf = "\n".join(nx.generate_gexf(a.graph))
    gexf = re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{stamp or "1970-01-01"}"', gexf)
    atomic_write_bytes(paths["gexf"], gexf.encode("utf-8") + b"\n")
    return paths


def cjk_font() -> str:
    """Register the Noto Sans CJK collection the project installs; return its family name."""
    from matplotlib import font_manager
    try:
        from noto_cjk_sans_otc import FONT_PATH
    except ImportError:
        raise NetworkError("the CJK font package is missing (pip install noto-cjk-sans-otc)") from None
    font_manager.fontManager.addfont(str(FONT_PATH))
    return FONT_FAMILY


def draw(a: Analysis, target: Path, top: int = 40, seed: int = 42) -> Path:
    """A PNG of the ``top`` nodes of highest degree, coloured by kind, labelled in Chinese."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    g = a.graph
    keep = sorted(g, key=lambda v: (-g.degree(v), g.nodes[v]["label"], v))[:top]
    sub = g.subgraph(keep).copy()
    family = cjk_font()
    fig, ax = plt.subplots(figsize=(12, 9), dpi=120)
    if sub.number_of_nodes():
        pos = _layout(sub, seed)
        nodes = sorted(sub)
        nx.draw_networkx_edges(sub, pos, ax=ax, alpha=0.35, width=[0.8 + 0.6 * sub.edges[e]["weight"]
                                                                    for e in sub.edges])
        nx.draw_networkx_nodes(sub, pos, nodelist=nodes, ax=ax,
                               node_color=[COLOURS[sub.nodes[v]["kind"]] for v in nodes],
                               node_size=[120 + 90 * g.degree(v) for v in nodes], alpha=0.85)
        labels = {v: _short(sub.nodes[v]["label"]) for v in nodes}
        nx.draw_networkx_labels(sub, pos, labels=labels, ax=ax, font_size=9, font_family=family)
    ax.legend(handles=[Line2D([], [], marker="o", ls="", color=c, label=k) for k, c in COLOURS.items()],
              loc="lower right", prop={"family": family})
    ax.set_title(f"人物—会议—企业—行政区网络（度数最高的 {len(keep)} 个节点）", fontfamily=family)
    ax.axis("off")
    fig.tight_layout()
    try:
        atomic_write(target, lambda tmp: fig.savefig(tmp, format="png", metadata={"Software": None}))
    finally:
        plt.close(fig)
    return target


def _layout(g: nx.Graph, seed: int) -> dict:
    """Each connected component laid out on its own (spring layout, fixed seed), components on a grid
    with room in proportion to their size, so that small components do not shrink the large ones."""
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c))
    cols = max(1, math.ceil(math.sqrt(len(comps))))
    pos = {}
    for k, comp in enumerate(comps):
        scale = 0.5 * math.sqrt(len(comp) / len(comps[0]))
        local = nx.spring_layout(g.subgraph(comp), seed=seed, scale=scale, center=(k % cols, -(k // cols)))
        if len(comp) == 1:
            local = {comp[0]: (k % cols, -(k // cols))}
        pos.update(local)
    return pos


def _short(label: str, width: int = 12) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"
