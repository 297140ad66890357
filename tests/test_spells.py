"""Spells of office (kg/pipeline/extract/careers.py): appointments, elections, removals,
resignations and dated resume lines give a post's start and end; the tenures keep them and the
career table gives one row per spell with how each date was known.  Pages written for these tests."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, XSD

from kg.build import assemble as B
from kg.outputs import tables

KG = Namespace("https://w3id.org/localgov-kg/ontology#")

NOTICE = ("市人大常委会任免名单\n\n本报讯 3月28日，市十八届人大常委会第九次会议决定任命栾书衡为聊城市财政局局长，"
          "免去宫绍谦的聊城市财政局局长职务。宫绍谦因工作调动，辞去聊城市商务局局长职务。\n")
RESUME = ("干部简历\n\n栾书衡，男，汉族，1970年10月生，山东阳谷人，大学学历，1992年8月参加工作。1992年8月至2001年3月任阳谷县"
          "财政局副局长；2001年3月起任阳谷县财政局局长；2010年3月任莘县副县长。曾任阳谷县阿城镇镇长。\n")
LATER = "财政工作会议召开\n\n本报讯 聊城市财政局局长栾书衡主持召开全市财政工作会议。\n"
PROPOSED = "任前公示\n\n经研究，拟任栾明远为阳谷县阿城镇党委书记。\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("spells") / "pages"
    src.mkdir()
    pages = {"n.txt": ("2024-03-29", NOTICE), "r.txt": ("2024-04-02", RESUME), "l.txt": ("2024-06-10", LATER),
             "p.txt": ("2024-05-01", PROPOSED)}
    rows = ["file,published,city,newspaper"]
    for name, (day, text) in pages.items():
        (src / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{day},聊城市,聊城日报")
    (src / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = src.parent / "build"
    s = B.build(src, out, jobs=1)
    g = Graph()
    g.parse(out / "kg.ttl", format="turtle")
    return s, g, tables.collect(out / "store").frames


def post(g: Graph, holder: str, title: str):
    found = [p for p in g.subjects(RDF.type, KG.Post) if str(g.value(p, KG.title)) == title
             and str(g.value(g.value(p, KG.holder), Namespace("http://www.w3.org/2000/01/rdf-schema#").label)) == holder]
    assert len(found) == 1, (holder, title, found)
    return found[0]


def test_appointment_removal_and_resignation_state_a_start_or_an_end(built):
    s, g, _ = built
    assert s.violations == 0
    # the notice's post states the start (the date its sentence gives); the later report's states nothing
    appointed = [p for p in g.subjects(KG.appointmentAct, Literal("决定任命", lang="zh"))]
    assert len(appointed) == 1 and str(g.value(appointed[0], KG.title)) == "聊城市财政局局长"
    assert g.value(appointed[0], KG.startsOn) == Literal("2024-03-28", datatype=XSD.date)
    removed = post(g, "宫绍谦", "聊城市财政局局长")
    assert g.value(removed, KG.endsOn) == Literal("2024-03-28", datatype=XSD.date)
    assert str(g.value(removed, KG.appointmentAct)) == "免去"
    resigned = post(g, "宫绍谦", "聊城市商务局局长")
    assert str(g.value(resigned, KG.appointmentAct)) == "辞去"
    assert g.value(resigned, KG.endsOn) == Literal("2024-03-29", datatype=XSD.date)   # the page's day
    assert g.value(resigned, KG.former).toPython() is True


def test_resume_lines_give_months(built):
    _, g, _ = built
    deputy = post(g, "栾书衡", "莘县副县长")
    assert g.value(deputy, KG.startsOn) == Literal("2010-03", datatype=XSD.gYearMonth)
    assert g.value(deputy, KG.former).toPython() is True
    chief = post(g, "栾书衡", "阳谷县财政局局长")
    assert g.value(chief, KG.startsOn) == Literal("2001-03", datatype=XSD.gYearMonth)
    vice = [p for p in g.subjects(KG.endsOn, Literal("2001-03", datatype=XSD.gYearMonth))]
    assert len(vice) == 1 and g.value(vice[0], KG.startsOn) == Literal("1992-08", datatype=XSD.gYearMonth)
    # a past title without dates is known, not dated
    town = post(g, "栾书衡", "阳谷县阿城镇镇长")
    assert str(g.value(town, KG.appointmentAct)) == "曾任" and g.value(town, KG.startsOn) is None


def test_a_proposal_is_no_post(built):
    _, g, _ = built
    assert not [p for p in g.subjects(RDF.type, KG.Post) if "阿城镇党委书记" in str(g.value(p, KG.title))]


def test_tenures_keep_the_stated_start_and_the_observed_end(built):
    _, g, _ = built
    t = [t for t in g.subjects(RDF.type, KG.Tenure) if str(g.value(t, KG.tenureTitle)) == "聊城市财政局局长"
         and g.value(t, KG.statedStart) is not None]
    assert len(t) == 1
    assert g.value(t[0], KG.statedStart) == Literal("2024-03-28", datatype=XSD.date)
    assert g.value(t[0], KG.statedEnd) is None


def test_the_career_table_has_one_row_per_spell_with_how_each_date_was_known(built):
    _, _, frames = built
    c = frames["careers"]
    assert list(c.columns[:12]) == ["person", "name", "position", "title", "organization", "organization_name",
                                    "level", "division", "spell_start", "start_known", "spell_end", "end_known"]
    row = lambda name, title: c[(c["name"] == name) & (c["title"] == title)].iloc[0]  # noqa: E731
    r = row("栾书衡", "聊城市财政局局长")
    assert (r.spell_start, r.start_known, r.end_known) == ("2024-03-28", "stated", "observed")
    assert str(r.spell_end) == "2024-06-10" and r.position == "局长" and r.level == "city"
    r = row("宫绍谦", "聊城市财政局局长")
    assert (r.spell_end, r.end_known, r.acts) == ("2024-03-28", "stated", "免去")
    assert pd.isna(r.spell_start) and pd.isna(r.start_known)
    r = row("栾书衡", "莘县副县长")
    assert (r.spell_start, r.start_known, r.level, r.division) == ("2010-03", "stated", "county", "莘县")
    r = row("栾书衡", "阳谷县阿城镇镇长")
    assert pd.isna(r.spell_start) and r.acts == "曾任"
