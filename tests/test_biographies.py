"""Biographies (kg/pipeline/extract/biographies.py): the resume sentences of notices and obituaries
give gender, ethnicity, birth, native place, education, party and start of work, each with its
sentence, in the graph (kg:Biography) and in the persons table.  Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.build import assemble as B
from kg.outputs import tables
from kg.pipeline.extract.biographies import biography
from kg.pipeline.extract.text import Sentence
from kg.records import Span

KG = Namespace("https://w3id.org/localgov-kg/ontology#")
SCHEMA = Namespace("https://schema.org/")


def facts(text: str, subject: str | None = None) -> dict | None:
    b = biography(Sentence(Span(0, len(text)), text, 0), subject)
    return dict(b.facts) if b else None


def test_a_resume_sentence_gives_every_field_in_its_own_form():
    assert facts("栾书衡，男，汉族，1970年10月生，山东阳谷人，大学学历，1992年8月参加工作，1995年6月加入中国共产党。") == {
        "gender": "男", "ethnicity": "汉族", "birth": "1970-10", "native_place": "山东阳谷", "education": "大学学历",
        "work_start": "1992-08", "party": "中国共产党", "party_joined": "1995-06"}
    assert facts("宫绍谦，女，回族，1982年3月出生，河北省沧州市人，在职研究生学历，民盟盟员。") == {
        "gender": "女", "ethnicity": "回族", "birth": "1982-03", "native_place": "河北省沧州市",
        "education": "在职研究生学历", "party": "中国民主同盟"}
    # 籍贯 names the native place outright
    assert facts("栾明远，男，1965年1月出生，天津市人，籍贯河北省献县，中共党员。")["native_place"] == "河北省献县"
    # an obituary
    assert facts("栾书衡同志1938年5月出生，山东阳谷人，1958年参加工作，1960年加入中国共产党。") == {
        "birth": "1938-05", "native_place": "山东阳谷", "work_start": "1958", "party": "中国共产党",
        "party_joined": "1960"}


def test_clauses_in_no_field_form_are_left_alone():
    # a speech that opens with a name and 同志: nothing of a biography
    assert facts("栾书衡同志指出，要服务好每一个人，把工作做到群众心坎上。") is None
    # no native place that is not a place
    assert "native_place" not in facts("栾书衡，男，1970年10月生，企业法定代表人，大学学历。")
    # a later sentence of the paragraph gives only dates of birth, work and party
    assert facts("1992年8月参加工作，山东阳谷人。", subject="栾书衡") == {"work_start": "1992-08"}
    assert facts("1992年8月参加工作。") is None


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("bio") / "pages"
    src.mkdir()
    (src / "g.txt").write_text(
        "任前公示\n\n经研究，拟提拔栾书衡同志任职。\n\n栾书衡，男，汉族，1970年10月生，山东阳谷人，大学学历，"
        "1992年8月参加工作，中共党员。现任莘县县委副书记、县长。\n", encoding="utf-8")
    (src / "manifest.csv").write_text("file,published,city,newspaper\ng.txt,2024-04-02,聊城市,聊城日报\n",
                                      encoding="utf-8")
    out = src.parent / "build"
    s = B.build(src, out, jobs=1)
    g = Graph()
    g.parse(out / "kg.ttl", format="turtle")
    return s, g, tables.collect(out / "store").frames


def test_the_graph_holds_the_biography_with_its_sentence_and_person(built):
    s, g, _ = built
    assert s.violations == 0
    bio = next(g.subjects(RDF.type, KG.Biography))
    person = g.value(bio, KG.biographyOf)
    assert str(g.value(person, RDFS.label)) == "栾书衡"
    assert g.value(bio, SCHEMA.gender) == SCHEMA.Male
    assert g.value(bio, SCHEMA.birthDate) == Literal("1970-10", datatype=XSD.gYearMonth)
    assert g.value(bio, KG.nativePlace) == Literal("山东阳谷", lang="zh")
    assert g.value(bio, KG.workStart) == Literal("1992-08", datatype=XSD.gYearMonth)
    ev = g.value(bio, KG.evidence)
    assert str(g.value(ev, KG.text)).startswith("栾书衡，男，汉族，1970年10月生")
    # the person of the biography holds the posts the paragraph gives
    assert any(g.value(p, KG.holder) == person for p in g.subjects(RDF.type, KG.Post))


def test_the_persons_table_has_the_biography(built):
    _, _, frames = built
    p = frames["persons"]
    row = p[p["name"] == "栾书衡"].iloc[0]
    assert (row.gender, row.ethnicity, row.birth, row.native_place, row.education, row.party, row.work_start) == (
        "男", "汉族", "1970-10", "山东阳谷", "大学学历", "中国共产党", "1992-08")
    assert row.biography_sources == "g.txt"
