"""The whole pipeline on the seed pages: files, RDF shape, provenance, store, CLI."""
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

KG = Namespace("https://w3id.org/localgov-kg/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")


def test_build_writes_every_output(seed_build):
    out, s = seed_build
    for name in ("kg.ttl", "kg.nq", "kg.trig", "kg.jsonld", "kg.nt", "validation.ttl", "validation.txt"):
        assert (out / name).stat().st_size > 0, name
    assert (out / "store").is_dir()
    assert s.pages == 5 and s.problems == []
    assert s.violations == 0, s.validation_lines[:5]


def test_meeting_chaired_by_mayor_with_source_sentence_at_right_offsets(seed_graph):
    g = seed_graph
    meetings = [m for m in g.subjects(RDFS.label, Literal("市政府党组会议", lang="zh"))]
    assert len(meetings) == 1
    m = meetings[0]
    assert (m, KG.date, Literal("2026-04-02", datatype=XSD.date)) in g
    chair = next(g.objects(m, KG.chair))
    assert (chair, RDFS.label, Literal("张百顺", lang="zh")) in g
    ev = next(g.objects(m, KG.evidence))
    text = str(next(g.objects(ev, KG.text)))
    start, end = int(next(g.objects(ev, KG.start))), int(next(g.objects(ev, KG.end)))
    raw = (SEEDS / "000_a935477f8b73849c.txt").read_text(encoding="utf-8")
    assert "张百顺主持召开市政府党组会议" in text
    assert raw[start:end].replace("\n", "") == text
    art = next(g.objects(m, PROV.wasDerivedFrom))
    # an xsd:string literal: written plain, as RDF 1.1 allows
    assert [str(f) for f in g.objects(art, KG.sourceFile)] == ["000_a935477f8b73849c.txt"]
    assert [str(f) for f in g.objects(art, KG.fileName)] == ["000_a935477f8b73849c.txt"]
    assert next(g.objects(ev, KG.extractedBy)).startswith("meeting.")


def test_investment_in_yuan(seed_graph):
    g = seed_graph
    values = {Decimal(str(o)) for o in g.objects(None, KG.investment)}
    assert Decimal(350000000) in values
    assert Decimal(46000000) in values


def test_every_fact_has_provenance(seed_graph):
    g = seed_graph
    for cls in (KG.Post, KG.Meeting, KG.Visit, KG.Project):
        for node in g.subjects(RDF.type, cls):
            assert next(g.objects(node, PROV.wasDerivedFrom), None) is not None, node
            assert next(g.objects(node, KG.evidence), None) is not None, node


def test_bylines_and_editor_line_are_not_posts(seed_graph):
    g = seed_graph
    authors = {str(next(g.objects(p, RDFS.label))) for p in g.objects(None, KG.author)}
    editors = {str(next(g.objects(p, RDFS.label))) for p in g.objects(None, KG.editor)}
    assert {"赵琦", "焦阳"} <= authors
    assert "王保东" in editors
    holders = {str(next(g.objects(h, RDFS.label))) for h in g.objects(None, KG.holder)}
    assert not ({"赵琦", "焦阳", "王保东"} & holders)


def test_county_codes_and_named_graphs(seed_build):
    from rdflib import Dataset
    out, _ = seed_build
    ds = Dataset()
    ds.parse(out / "kg.trig", format="trig")
    names = {str(c.identifier) for c in ds.contexts()}
    sources = [n for n in names if "/graph/source/" in n]
    assert len(sources) == 5
    assert "https://w3id.org/localgov-kg/id/graph/entities" in names
    assert "https://w3id.org/localgov-kg/id/graph/ontology" in names
    ent = ds.graph(URIRef("https://w3id.org/localgov-kg/id/graph/entities"))
    yanggu = next(ent.subjects(RDFS.label, Literal("阳谷县", lang="zh")))
    assert (yanggu, KG.adminCode, Literal("371521")) in ent
    assert (yanggu, RDF.type, KG.County) in ent


def test_two_builds_are_byte_identical(tmp_path, seed_build):
    from kg.build.assemble import build
    out, _ = seed_build
    b = tmp_path / "again"
    build(SEEDS, b, formats=("ttl", "nq"))
    assert (b / "kg.ttl").read_bytes() == (out / "kg.ttl").read_bytes()
    assert (b / "kg.nq").read_bytes() == (out / "kg.nq").read_bytes()


def test_shacl_catches_a_broken_graph(tmp_path, seed_build):
    out, _ = seed_build
    g = Graph()
    g.parse(out / "kg.ttl", format="turtle")
    post = next(g.subjects(RDF.type, KG.Post))
    g.remove((post, KG.holder, None))
    county = next(g.subjects(RDF.type, KG.County))
    g.remove((county, KG.adminCode, None))
    g.add((county, KG.adminCode, Literal("37152")))
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    r = CliRunner().invoke(main, ["validate", str(broken)])
    assert r.exit_code == 1
    assert "kg:holder" in r.output and "kg:adminCode" in r.output
    assert "does not conform: 2 violations" in r.output
    ok = CliRunner().invoke(main, ["validate", str(out / "kg.ttl")])
    assert ok.exit_code == 0 and "conforms: 0 violations" in ok.output


def test_shacl_class_checks_follow_the_hierarchy(tmp_path, seed_build):
    """Counties, towns and enterprises pass class checks through rdfs:subClassOf; a wrong class fails."""
    out, _ = seed_build
    g = Graph()
    g.parse(out / "kg.ttl", format="turtle")
    located = [(e, d) for e in g.subjects(RDF.type, KG.Enterprise) for d in g.objects(e, KG.locatedIn)]
    assert any((d, RDF.type, KG.County) in g for _, d in located)      # a subclass value, valid as is
    enterprise, _ = located[0]
    person = next(g.subjects(RDF.type, KG.Person))
    g.add((enterprise, KG.locatedIn, person))
    post = next(p for p in g.subjects(RDF.type, KG.Post) if (p, KG.organization, None) not in g)
    g.add((post, KG.organization, enterprise))                          # an enterprise is an organisation
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    r = CliRunner().invoke(main, ["validate", str(broken)])
    assert r.exit_code == 1
    # the enterprise's shape and, an enterprise being an organisation, the organisation's shape
    assert "does not conform: 2 violations" in r.output
    assert r.output.count("kg:locatedIn:") == 2 and "kg:organization" not in r.output


def test_cli_build_summary_and_query(tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "b")])
    assert r.exit_code == 0, r.output
    assert "pages 5" in r.output and "violations 0" in r.output
    q = runner.invoke(main, ["query", "meetings-chaired", "--build", str(tmp_path / "b"),
                             "--param", "name=张百顺", "--format", "json"])
    assert q.exit_code == 0, q.output
    rows = json.loads(q.output)
    assert any("市政府党组会议" in json.dumps(row, ensure_ascii=False) for row in rows)


def test_bad_inputs_get_one_line_errors_and_do_not_sink_the_build(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "002_76ab324c9e2d9bf0.txt", src / "good.txt")
    (src / "empty.txt").write_text("   \n", encoding="utf-8")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "b"
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--city", "聊城市",
                                  "--published", "2024-03-06"])
    assert r.exit_code == 1
    assert "error: empty.txt: empty page" in r.output
    assert "error: binary.txt: not a text file" in r.output
    assert "pages 1" in r.output
    assert (out / "kg.ttl").exists()


def test_missing_folder_and_bad_option(tmp_path):
    r = CliRunner().invoke(main, ["build", str(tmp_path / "nope")])
    assert r.exit_code == 2 and "no such file or folder" in r.output
    r = CliRunner().invoke(main, ["build", str(SEEDS), "--published", "2024-02-30"])
    assert r.exit_code == 2 and "bad date" in r.output


def test_bad_manifest_date_is_reported(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "002_76ab324c9e2d9bf0.txt", src / "a.txt")
    (src / "manifest.csv").write_text("file,published,city,newspaper\na.txt,2024/03/06,聊城市,聊城日报\n",
                                      encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "b")])
    assert r.exit_code == 1
    assert "manifest.csv:2: bad date '2024/03/06'" in r.output
    assert not (tmp_path / "b").exists()


def test_interrupted_build_leaves_previous_build(tmp_path, monkeypatch):
    from kg.build import assemble as B
    out = tmp_path / "b"
    B.build(SEEDS, out)
    before = (out / "kg.ttl").read_bytes()

    def boom(*a, **k):
        raise KeyboardInterrupt
    monkeypatch.setattr(B.export, "write_formats", boom)   # interrupted as the exports are written
    with pytest.raises(KeyboardInterrupt):
        B.build(SEEDS, out)
    assert (out / "kg.ttl").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b"]


def test_eval_prints_table_and_macro(tmp_path):
    r = CliRunner().invoke(main, ["eval", str(SEEDS)])
    assert r.exit_code == 0, r.output
    lines = r.output.strip().splitlines()
    assert lines[0].split()[:4] == ["category", "tp", "fp", "fn"]
    assert lines[-1].startswith("macro_f1=")
    assert float(lines[-1].split("=")[1]) > 0.5


@pytest.mark.skipif(not (SHARED / "gold" / "score.py").exists(), reason="../shared is not beside the project")
def test_eval_agrees_with_reference_scorer(seed_build):
    out, _ = seed_build
    ours = CliRunner().invoke(main, ["eval", str(SEEDS), "--gold", str(SHARED / "gold")]).output
    ref = subprocess.run([sys.executable, str(SHARED / "gold" / "score.py"), str(out / "kg.ttl"),
                          "--gold", str(SHARED / "gold")], capture_output=True, text=True, check=True).stdout
    strip = lambda s: [l for l in s.strip().splitlines() if not l.startswith("docs with no output")]
    assert strip(ours) == strip(ref)


def test_no_seed_gold_name_in_rules_or_lexicons():
    names = set()
    for f in (SEEDS / "gold").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        names |= {p["name"] for p in d.get("persons", [])}
        names |= {e["name"] for e in d.get("enterprises", [])}
        names |= {a for e in d.get("enterprises", []) for a in e.get("aliases", [])}
        names |= {p["name"] for p in d.get("projects", [])}
    names = {n for n in names if len(n) >= 3}
    hits = []
    for path in (ROOT / "kg").rglob("*"):
        if path.is_file() and path.suffix in {".py", ".txt", ".csv", ".json", ".tsv"}:
            text = path.read_text(encoding="utf-8", errors="ignore")
            hits += [f"{path.name}: {n}" for n in names if n in text]
    assert hits == []


def test_saved_queries_travel_with_the_package(tmp_path):
    r = subprocess.run([sys.executable, "-c", "from kg.graph.query import saved_queries; print(len(saved_queries()))"],
                       cwd=tmp_path, capture_output=True, text=True, check=True)
    assert int(r.stdout) >= 8
