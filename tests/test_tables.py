"""kg export --tables: CSV and Parquet that read back with pandas and agree with SPARQL."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline.read import decode
from kg.outputs.tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "PREFIX kg: <https://w3id.org/localgov-kg/ontology#> "


@pytest.fixture(scope="module")
def exported(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    res = CliRunner().invoke(main, ["export", "--build", str(seed_build[0]), "--tables", str(out)])
    assert res.exit_code == 0, res.output
    return seed_build[0], out


@pytest.fixture(scope="module")
def frames(exported):
    return {name: pd.read_parquet(exported[1] / f"{name}.parquet") for name in TABLES}


def count(build: Path, where: str) -> int:
    store = ox.Store.read_only(str(build / "store"))
    sol = next(iter(store.query(PREFIX + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))
    return int(sol["n"].value)


def test_every_table_is_written_as_csv_and_parquet(exported, frames):
    for name in TABLES:
        csv = pd.read_csv(exported[1] / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == list(frames[name].columns), name
        assert len(csv) == len(frames[name]), name
    assert not list(exported[1].glob(".*")), "temporary files left behind"


@pytest.mark.parametrize("table,where", [
    ("posts", "SELECT DISTINCT ?x WHERE { ?x a kg:Post }"),
    ("meetings", "SELECT DISTINCT ?x WHERE { ?x a kg:Meeting }"),
    ("visits", "SELECT DISTINCT ?x WHERE { ?x a kg:Visit }"),
    ("projects", "SELECT DISTINCT ?x WHERE { ?x a kg:Project }"),
    ("persons", "SELECT DISTINCT ?x WHERE { ?x a kg:Person }"),
    ("enterprises", "SELECT DISTINCT ?x WHERE { ?x a kg:Enterprise }"),
    ("evidence", "SELECT DISTINCT ?f ?e WHERE { ?f kg:evidence ?e }"),
    ("attendance", "SELECT DISTINCT ?m ?p ?r WHERE { ?m a kg:Meeting ; ?r ?p . VALUES ?r { kg:chair kg:participant } }"),
])
def test_row_counts_agree_with_sparql(exported, frames, table, where):
    n = count(exported[0], "{ " + where + " }")
    assert n > 0
    assert len(frames[table]) == n


def test_one_row_per_fact_with_its_source_and_sentence(exported, frames):
    for table, key in (("posts", "post"), ("meetings", "meeting"), ("visits", "visit"), ("projects", "project")):
        df = frames[table]
        assert df[key].is_unique, table
        with_evidence = df[df["evidence_spans"] > 0]
        assert len(with_evidence) > 0
        for _, r in with_evidence.iterrows():
            text, _encoding = decode((ROOT / "seeds" / r["source_file"]).read_bytes(), r["source_file"])
            span = text[r["start"]:r["end"]]
            assert span.replace("\r", "").replace("\n", "") == r["sentence"], (table, r[key])
            assert pd.isna(r["headline"]) or r["headline"].strip()
    ev = frames["evidence"]
    spans = ev.groupby("fact").size()
    assert (frames["posts"].set_index("post")["evidence_spans"] == spans.reindex(frames["posts"]["post"]).fillna(0)
            .astype(int).values).all()


def test_enterprise_mentions_agree_with_sparql(exported, frames):
    n = count(exported[0], "SELECT DISTINCT ?e ?a WHERE { ?e a kg:Enterprise . ?a kg:mentions ?e }")
    assert frames["enterprises"]["articles"].sum() == n


def test_meetings_list_their_chair_and_participants(frames):
    m = frames["meetings"]
    row = m[m["name"] == "市人大常委会第38次主任会议"].iloc[0]
    assert row["chair"] == "王彤宇"
    for who in ("刘国强", "孙凌云", "杨广平"):
        assert who in row["participants"]
    att = frames["attendance"]
    mine = att[att["meeting"] == row["meeting"]]
    assert set(mine[mine.role == "chair"]["name"]) == {"王彤宇"}
    assert row["participants_count"] == (mine.role == "participant").sum()


def test_projects_carry_investment_in_yuan(frames):
    p = frames["projects"]
    row = p[p["name"] == "年产4亿克拉金刚石和20万片复合片项目"].iloc[0]
    assert row["investment"] == 350_000_000
    assert row["enterprise_name"] == "上海昌润极锐超硬材料有限公司"
    assert "3.5亿元" in row["sentence"]


def test_career_table(exported, frames):
    careers, posts = frames["careers"], frames["posts"]
    assert {"person", "name", "title", "organization_name", "division", "first_observed", "last_observed",
            "observations", "sources"} <= set(careers.columns)
    assert careers["observations"].sum() + careers["former_observations"].sum() == len(posts)
    dated = careers.dropna(subset=["first_observed"])
    assert (dated["first_observed"] <= dated["last_observed"]).all()
    # 刘文强 is 常务副市长 in the 2023-06-26 and the 2024-03-06 pages
    liu = careers[(careers["name"] == "刘文强") & (careers["title"] == "常务副市长")]
    assert len(liu) == 1
    assert str(liu.iloc[0]["first_observed"]) <= "2023-06-26"
    assert str(liu.iloc[0]["last_observed"]) >= "2024-03-06"
    assert {"004_08d67456162df1b8.txt", "002_76ab324c9e2d9bf0.txt"} <= set(liu.iloc[0]["sources"].split("、"))
    # the division of a county body is the county its name starts with
    county_body = careers[careers["organization_name"].fillna("").str.startswith("阳谷县")]
    assert set(county_body["division"]) <= {"阳谷县"}


def test_career_table_agrees_with_the_tenures_of_the_graph(exported, frames):
    """The careers table (pandas over the posts) and the kg:Tenure nodes (folded as the build
    renders the pages) are two derivations of the same thing: for the dated, current posts they
    give the same first and last dates."""
    store = ox.Store.read_only(str(exported[0] / "store"))
    tenures = {(r["h"].value, r["t"].value, r["o"].value if r["o"] else None):
               (r["f"].value, r["l"].value, int(r["n"].value))
               for r in store.query(PREFIX + "SELECT ?h ?t ?o ?f ?l ?n WHERE { ?x a kg:Tenure ; "
                                    "kg:tenureHolder ?h ; kg:tenureTitle ?t ; kg:firstObserved ?f ; "
                                    "kg:lastObserved ?l ; kg:observations ?n . "
                                    "OPTIONAL { ?x kg:tenureOrganization ?o } }")}
    dated = frames["careers"].dropna(subset=["first_observed"])
    careers = {(r.person, r.title, r.organization if isinstance(r.organization, str) else None):
               (str(r.first_observed)[:10], str(r.last_observed)[:10], int(r.observations))
               for r in dated.itertuples()}
    assert len(tenures) >= 30
    assert tenures == careers


def test_export_is_deterministic(exported, tmp_path):
    res = CliRunner().invoke(main, ["export", "--build", str(exported[0]), "--tables", str(tmp_path)])
    assert res.exit_code == 0
    for name in TABLES:
        for suffix in ("csv", "parquet"):
            assert (tmp_path / f"{name}.{suffix}").read_bytes() == (exported[1] / f"{name}.{suffix}").read_bytes()


def test_export_needs_something_to_do(seed_build):
    res = CliRunner().invoke(main, ["export", "--build", str(seed_build[0])])
    assert res.exit_code == 2
    assert "nothing to export" in res.output


def test_export_of_a_missing_build_is_one_line(tmp_path):
    res = CliRunner().invoke(main, ["export", "--build", str(tmp_path / "nope"), "--tables", str(tmp_path / "t")])
    assert res.exit_code == 1
    assert res.output.strip() == f"error: {tmp_path}/nope/store: no store here; run `kg build` first or give --build"
    assert not (tmp_path / "t").exists()
