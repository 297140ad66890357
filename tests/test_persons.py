"""Persons resolved from evidence (kg/pipeline/persons.py): same-name officials of one city told
apart or joined by what the text says of them, with the reasons in the graph, and IRIs that do not
depend on pages that do not name the person.  The pages are written for these tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from kg.build import assemble as B
from kg.pipeline import persons as P
from kg.pipeline import resolve as R

KG = Namespace("https://w3id.org/localgov-kg/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
NAME = "栾书衡"

PAGES = {
    # 阳谷县's head, in March and June
    "a.txt": ("2024-03-05", "阳谷县召开安全生产工作会议\n\n本报讯 3月4日，阳谷县委副书记、县长栾书衡主持召开全县安全生产"
                            "工作会议。栾书衡强调，要压实安全生产责任。\n"),
    "c.txt": ("2024-06-03", "阳谷县推进项目建设\n\n本报讯 6月2日，阳谷县县长栾书衡到阳谷县阿城镇调研项目建设。\n"),
    # 莘县's party secretary in the same month as a.txt: another person
    "b.txt": ("2024-03-12", "莘县县委书记到企业调研\n\n本报讯 3月10日，莘县县委书记栾书衡到莘县鸿达机械有限公司调研。"
                            "栾书衡指出，要优化营商环境。\n"),
}


def write(folder: Path, pages: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["file,published,city,newspaper"]
    for name, (day, text) in sorted(pages.items()):
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{day},聊城市,聊城日报")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def resolved(tmp_path: Path, pages: dict) -> R.Entities:
    return R.resolve(B.extract_all(write(tmp_path / "pages", pages))[0])


def holders(ents: R.Entities, name: str = NAME) -> dict[str, str]:
    """page -> the person IRI of the name's first person in its first article."""
    return {k.split("\x1f")[0]: iri for k, iri in ents.persons.items()
            if k.split("\x1f")[2] == name and k.endswith("\x1f0") and k.split("\x1f")[1] == "0"}


def test_two_counties_in_one_month_are_two_persons_and_one_office_is_one(tmp_path):
    ents = resolved(tmp_path, PAGES)
    h = holders(ents)
    assert h["a.txt"] == h["c.txt"] != h["b.txt"]
    apart = [d for d in ents.decisions if d.kind == "apart"]
    assert [d.rule for d in apart] == ["two-counties"]
    assert set(apart[0].persons) == {h["a.txt"], h["b.txt"]}
    assert "阳谷县" in apart[0].text_zh and "莘县" in apart[0].text_zh
    joined = [d for d in ents.decisions if d.kind == "join" and d.persons == (h["a.txt"],)]
    assert {d.rule for d in joined} == {"same-office"}
    # both are persons of the entity index, labelled with the name
    assert ents.by_iri[h["a.txt"]].label == ents.by_iri[h["b.txt"]].label == NAME


def test_a_town_head_and_a_bureau_chief_in_one_month_are_two_persons(tmp_path):
    pages = {
        "t1.txt": ("2023-05-02", "阿城镇推进乡村振兴\n\n本报讯 阳谷县阿城镇镇长栾书衡到村里调研乡村振兴工作。\n"),
        "t2.txt": ("2023-05-20", "阳谷县财政工作会议召开\n\n本报讯 阳谷县财政局局长栾书衡主持召开全县财政工作会议。\n"),
    }
    ents = resolved(tmp_path, pages)
    h = holders(ents)
    assert h["t1.txt"] != h["t2.txt"]
    assert [d.rule for d in ents.decisions if d.kind == "apart"] == ["two-heads"]


def test_a_career_that_moves_between_counties_is_one_person(tmp_path):
    pages = {
        "m1.txt": ("2020-04-01", "阳谷县召开会议\n\n本报讯 阳谷县县长栾书衡主持召开全县农业工作会议。\n"),
        "m2.txt": ("2021-05-01", "阳谷县召开会议\n\n本报讯 阳谷县县长栾书衡主持召开全县工业工作会议。\n"),
        "m3.txt": ("2022-09-01", "莘县召开会议\n\n本报讯 莘县县委书记栾书衡主持召开全县工作会议。\n"),
    }
    ents = resolved(tmp_path, pages)
    h = holders(ents)
    assert h["m1.txt"] == h["m2.txt"] == h["m3.txt"]
    assert not [d for d in ents.decisions if d.kind == "apart"]
    assert any(d.rule == "one-career" for d in ents.decisions)


def test_two_divisions_bodies_of_one_kind_are_not_one_organisation(tmp_path):
    # a town's 政府 and a county's 政府 are two organisations: the town head's career goes on in his
    # county's other town, not in the other county's government
    pages = {
        "h1.txt": ("2021-01-05", "河店镇推进项目\n\n本报讯 莘县河店镇镇长栾书衡到项目现场调研。\n"),
        "h2.txt": ("2021-04-01", "河店镇推进项目\n\n本报讯 莘县河店镇镇长栾书衡主持召开项目推进会。\n"),
        "y1.txt": ("2021-05-10", "阳谷县召开会议\n\n本报讯 阳谷县副县长栾书衡主持召开全县农业工作会议。\n"),
        "g1.txt": ("2021-07-03", "樱桃园镇召开会议\n\n本报讯 莘县樱桃园镇党委书记栾书衡主持召开全镇工作会议。\n"),
        "y2.txt": ("2021-08-20", "阳谷县召开会议\n\n本报讯 阳谷县副县长栾书衡主持召开全县工业工作会议。\n"),
    }
    ents = resolved(tmp_path, pages)
    h = holders(ents)
    assert h["h1.txt"] == h["h2.txt"] == h["g1.txt"] != h["y1.txt"] == h["y2.txt"]
    assert [d.rule for d in ents.decisions if d.kind == "apart"] == ["two-counties"]


def test_two_ranks_up_or_down_within_months_are_two_persons(tmp_path):
    # a county bureau's head (正科) is not a county's party secretary (正处) six months later
    pages = {
        "r1.txt": ("2020-03-02", "阳谷县财政工作会议召开\n\n本报讯 阳谷县财政局局长栾书衡主持召开全县财政工作会议。\n"),
        "r2.txt": ("2020-09-15", "莘县召开会议\n\n本报讯 莘县县委书记栾书衡主持召开全县工作会议。\n"),
    }
    ents = resolved(tmp_path, pages)
    h = holders(ents)
    assert h["r1.txt"] != h["r2.txt"]
    apart = [d for d in ents.decisions if d.kind == "apart"]
    assert [d.rule for d in apart] == ["rank-rise"]
    assert "阳谷县财政局局长" in apart[0].text_zh and "不到两年级别相差两级" in apart[0].text_zh
    # nor is a county's party secretary a county bureau's head half a year later
    down = {"s1.txt": ("2020-03-02", pages["r2.txt"][1]), "s2.txt": ("2020-09-15", pages["r1.txt"][1])}
    ents = resolved(tmp_path / "down", down)
    h = holders(ents)
    assert h["s1.txt"] != h["s2.txt"]
    assert [d.rule for d in ents.decisions if d.kind == "apart"] == ["rank-rise"]
    # through the rank between (副县长), the same rise is one career
    pages["r3.txt"] = ("2020-06-01", "阳谷县召开会议\n\n本报讯 阳谷县副县长栾书衡主持召开全县工业工作会议。\n")
    pages["r2.txt"] = ("2020-12-15", "阳谷县召开会议\n\n本报讯 阳谷县县长栾书衡主持召开全县工作会议。\n")
    ents = resolved(tmp_path / "steps", pages)
    h = holders(ents)
    assert h["r1.txt"] == h["r3.txt"] == h["r2.txt"]
    assert not [d for d in ents.decisions if d.kind == "apart"]


def test_ranks_of_offices():
    def office(word, core, place, level):
        return P.Office(word, core, place, level, place, "public", False, word, core)
    assert P.rank(office("镇长", "政府", "阿城镇", "town")) == 2
    assert P.rank(office("局长", "财政局", "阳谷县", "county")) == 2
    assert P.rank(office("副县长", "政府", "阳谷县", "county")) == 3
    assert P.rank(office("常务副县长", "政府", "阳谷县", "county")) == 3
    assert P.rank(office("书记", "委", "阳谷县", "county")) == 4
    assert P.rank(office("局长", "财政局", "聊城市", "city")) == 4
    assert P.rank(office("副市长", "政府", "聊城市", "city")) == 5
    # no rank where the title does not tell it
    assert P.rank(office("主任", "办公室", "阳谷县", "county")) is None
    assert P.rank(P.Office("董事长", "", "", "", "", "enterprise", False)) is None


def test_one_person_of_a_zone_written_two_ways_an_acting_head_and_an_editor_who_writes(tmp_path):
    pages = {
        # the zone's body in full, then by its short form on the city's name
        "z.txt": ("2024-03-05", "示范区项目集中开工\n\n本报讯 3月4日，聊城市城乡一体化示范区党工委书记栾书衡宣布开工。"
                                "聊城市示范区党工委书记栾书衡、副书记宫绍谦出席。\n"),
        # the deputy head who acts as head until elected
        "m.txt": ("2024-03-06", "市政府召开常务会议\n\n本报讯 3月5日，聊城市人民政府副市长、代市长栾书衡主持召开市政府"
                                "常务会议。\n"),
        # the paper's editor-in-chief, credited as its reporter too
        "e.txt": ("2024-03-07", "报社召开会议\n\n本报讯（记者 栾书衡）3月6日，聊城日报社总编辑栾书衡主持召开编委会。\n"),
    }
    for f, page in pages.items():
        ents = resolved(tmp_path / f, {f: page})
        assert len({iri for k, iri in ents.persons.items() if NAME in k}) == 1, f
        assert not [d for d in ents.decisions if d.kind == "apart"], f


def test_two_of_the_name_in_one_article_are_two_persons(tmp_path):
    pages = {"d.txt": ("2024-03-21", "全市农业工作会议召开\n\n本报讯 3月20日，全市农业工作会议召开。阳谷县副县长栾书衡、"
                                     "莘县农业农村局局长栾书衡出席会议并发言。\n")}
    ents = resolved(tmp_path, pages)
    keys = sorted(k for k in ents.persons if NAME in k)
    assert [k[-1] for k in keys] == ["0", "1"]
    assert ents.persons[keys[0]] != ents.persons[keys[1]]
    assert [d.rule for d in ents.decisions if d.kind == "apart"] == ["same-article"]


def test_the_titles_of_one_mention_are_one_person(tmp_path):
    pages = {"z.txt": ("2024-02-01", "开发区召开会议\n\n本报讯 开发区党工委书记、管委会主任栾书衡主持召开工作会议。\n")}
    ents = resolved(tmp_path, pages)
    assert len({iri for k, iri in ents.persons.items() if NAME in k}) == 1
    assert not [d for d in ents.decisions if d.kind == "apart"]


def test_a_bare_name_in_an_article_is_its_titled_person(tmp_path):
    write(tmp_path / "pages", PAGES)
    pages, _ = B.extract_all(tmp_path / "pages")
    page_graphs, _entities, _onto = B.graphs(pages)
    g = Graph()
    for pg in page_graphs:
        for t in pg:
            g.add(t)
    ents = R.resolve(pages)
    h = holders(ents)
    # a.txt names 栾书衡 titled, then bare (栾书衡强调): the article mentions one person, the post's holder
    art = URIRef(R.article_iri("a.txt", 0))
    named = {o for o in g.objects(art, KG.mentions) if str(o).startswith(R.BASE + "person/")}
    assert named == {URIRef(h["a.txt"])}
    held = {o for s in g.subjects(PROV.wasDerivedFrom, art) if (s, RDF.type, KG.Post) in g
            for o in g.objects(s, KG.holder)}
    assert held == {URIRef(h["a.txt"])}
    # the meeting's chair is that person too
    chairs = {o for s in g.subjects(RDF.type, KG.Meeting) for o in g.objects(s, KG.chair)
              if (s, PROV.wasDerivedFrom, art) in g}
    assert chairs <= {URIRef(h["a.txt"])}


def test_a_bare_article_goes_to_the_only_person_and_stays_undecided_among_several(tmp_path):
    bare = {"e.txt": ("2024-04-02", "安全生产检查\n\n本报讯 4月1日，县领导栾书衡、宫绍谦到企业检查安全生产。栾书衡指出，要落实责任。\n")}
    one = resolved(tmp_path / "one", {"a.txt": PAGES["a.txt"], **bare})
    assert one.persons[P.mention_key("e.txt", 0, NAME, "0")] == holders(one)["a.txt"]
    assert any(d.rule == "bare-only-person" for d in one.decisions)
    two = resolved(tmp_path / "two", {**PAGES, **bare})
    # 阳谷县 and 莘县's persons both fit a bare mention of April: it stays with the name's own node
    assert two.persons[P.mention_key("e.txt", 0, NAME, "0")] == R.person_iri(NAME, "聊城市", False)
    assert any(d.kind == "undecided" for d in two.decisions)


def test_an_iri_does_not_change_with_pages_that_do_not_name_the_person(tmp_path):
    base = resolved(tmp_path / "x", {"a.txt": PAGES["a.txt"], "c.txt": PAGES["c.txt"]})
    more = resolved(tmp_path / "y", PAGES)             # 莘县's 栾书衡 added
    assert holders(base)["a.txt"] == holders(more)["a.txt"]
    other = {"o.txt": ("2024-05-05", "冠县召开会议\n\n本报讯 冠县县长宫绍谦主持召开全县工作会议。\n")}
    assert holders(resolved(tmp_path / "z", {**PAGES, **other})) == holders(more)
    # the rule: city, name and the person's first office (division, organisation, title word)
    assert holders(base)["a.txt"] == R.BASE + "person/" + R.h("聊城市", NAME, "阳谷县", "委", "副书记")


def test_compatible_offices():
    def office(word, core, place, level="county", county=None, sector="public", org=None):
        return P.Office(word, core, place, level, county if county is not None else place, sector, False,
                        word, org if org is not None else core)
    secretary = office("书记", "委", "阳谷县")
    head = office("县长", "政府", "阳谷县")
    assert P.compatible(secretary, head) == (True, "")                       # one county's two leaders
    assert P.compatible(head, office("县长", "政府", "莘县")) == (False, "two-counties")
    assert P.compatible(head, office("局长", "财政局", "阳谷县")) == (False, "two-heads")
    assert P.compatible(head, office("副县长", "政府", "阳谷县")) == (False, "head-and-deputy")
    assert P.compatible(office("副县长", "政府", "阳谷县"), office("局长", "财政局", "阳谷县"))[0]
    # a county's party secretary is not at once its deputy head; a town's deputy head not its secretary
    assert P.compatible(secretary, office("副县长", "政府", "阳谷县")) == (False, "two-ranks")
    assert P.compatible(office("副镇长", "政府", "阿城镇", "town", "阳谷县"),
                        office("党委书记", "", "阿城镇", "town", "阳谷县")) == (False, "two-ranks")
    # the 县长 is one of the county's 副书记 (a 副书记 has no rank of its own)
    assert P.compatible(office("副书记", "委", "阳谷县"), head)[0]
    assert P.compatible(head, P.Office("记者", "", "", "", "", P.PRESS, False))[1] == "byline-and-office"
    town = office("镇长", "政府", "阿城镇", "town", "阳谷县")
    assert P.compatible(town, office("镇长", "政府", "燕店镇", "town", "莘县"))[1] == "two-counties"
    assert not P.compatible(town, secretary)[0]                               # a town's head is not the county's
    standing = office("常委", "委", "阳谷县")
    assert P.compatible(office("党委书记", "党委", "阿城镇", "town", "阳谷县"), standing)[0]   # a town of that county
    # a past title (原, 曾任) never conflicts
    assert P.compatible(P.Office("县长", "政府", "莘县", "county", "莘县", "public", True), head)[0]


def test_the_graph_says_why_two_persons_of_one_name_are_kept_apart(tmp_path):
    src = write(tmp_path / "pages", PAGES)
    out = tmp_path / "build"
    s = B.build(src, out, jobs=1)
    assert s.violations == 0
    g = Graph()
    g.parse(out / "kg.ttl", format="turtle")
    persons = {p for p in g.subjects(RDFS.label, Literal(NAME, lang="zh")) if (p, RDF.type, KG.Person) in g}
    assert len(persons) == 2
    a, b = sorted(persons)
    assert (a, KG.distinctFrom, b) in g and (b, KG.distinctFrom, a) in g
    d = next(g.subjects(RDF.type, KG.PersonDistinction))
    assert set(g.objects(d, KG.concerns)) == persons
    assert str(g.value(d, KG.resolutionRule)) == "person.two-counties"
    reasons = {r.language: str(r) for r in g.objects(d, KG.reason)}
    assert "一人不能同时在两个县任职" in reasons["zh"] and "two counties" in reasons["en"]
    # the basis is the two posts, each with its evidence sentence
    basis = set(g.objects(d, KG.basis))
    assert len(basis) == 2 and all((p, RDF.type, KG.Post) in g and g.value(p, KG.evidence) for p in basis)
    assert {g.value(p, KG.holder) for p in basis} == persons


def test_incremental_build_with_same_name_pages_equals_a_clean_build(tmp_path):
    src = write(tmp_path / "pages", {"a.txt": PAGES["a.txt"], "c.txt": PAGES["c.txt"]})
    out = tmp_path / "build"
    B.build(src, out, jobs=1)
    write(src, PAGES)                                   # 莘县's 栾书衡 arrives
    inc = B.build(src, out, jobs=1)
    assert inc.extracted == 1
    clean = tmp_path / "clean"
    B.build(src, clean, jobs=1)
    assert (out / "kg.ttl").read_bytes() == (clean / "kg.ttl").read_bytes()
    (src / "b.txt").unlink()                            # and goes
    B.build(src, out, jobs=1)
    shutil.rmtree(clean)
    B.build(src, clean, jobs=1)
    assert (out / "kg.ttl").read_bytes() == (clean / "kg.ttl").read_bytes()


@pytest.mark.parametrize("order", [1, -1])
def test_resolution_of_a_name_does_not_depend_on_the_order_of_its_groups(tmp_path, order):
    pages = B.extract_all(write(tmp_path / "pages", PAGES))[0]
    names = R.names_of(set(), ())
    groups = [g for pr in pages for g in R.person_claims(pr, names)][::order]
    assert R.resolve_persons(groups) == R.resolve_persons(sorted(groups, key=lambda g: g.key))


def test_the_seeds_keep_one_person_per_name(seed_graph):
    """Today's outputs on the seed pages stay right: no name there is two persons, so every saved
    query, table and the network read the persons they read before (by name)."""
    labels: dict[str, set] = {}
    for p in seed_graph.subjects(RDF.type, KG.Person):
        labels.setdefault(str(seed_graph.value(p, RDFS.label)), set()).add(p)
    assert len(labels) > 50 and all(len(v) == 1 for v in labels.values())
    assert not list(seed_graph.subjects(RDF.type, KG.PersonDistinction))
    # every post's holder, chair, participant and visitor is a person of the entities graph
    for prop in (KG.holder, KG.chair, KG.participant, KG.visitor, KG.author, KG.editor):
        for o in seed_graph.objects(None, prop):
            assert (o, RDF.type, KG.Person) in seed_graph, (prop, o)


def test_shacl_checks_the_decisions():
    from kg.build import pagework
    from kg.pipeline import rdf
    a, b = R.BASE + "person/a", R.BASE + "person/b"
    context = Graph()
    for p in (a, b):
        context.add((URIRef(p), RDF.type, KG.Person))
        context.add((URIRef(p), RDFS.label, rdf.zh(NAME)))
    zh, en = P.reason("two-counties", "阳谷县县长", "莘县县委书记")
    good = P.Decision("apart", "two-counties", (a, b), (R.BASE + "post/x",), zh, en)
    assert pagework.checked(rdf.decisions_graph([good]), context)[0] == ()
    # a decision about a node that is no person
    stray = P.Decision("apart", "two-counties", (a, R.BASE + "org/c"), (), zh, en)
    lines = pagework.checked(rdf.decisions_graph([stray]), context)[0]
    assert lines and all("kg:concerns" in line for line in lines)
