"""`kg browse`: the web app over the seed build, through HTTP (Starlette's TestClient).

Pages are checked against the store and the seed pages themselves: the
highlighted sentence of the article view is the source file's text at the
evidence's kg:start / kg:end.  A page built from hostile text (script tags,
attribute breakers) through the real pipeline renders it as text.
"""
from __future__ import annotations

import csv
import html
import io
import re
import shutil
import signal
import warnings
from pathlib import Path

import browse_server
import pyoxigraph as ox
import pytest
import requests

from kg.graph import query

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

from kg.outputs.browse.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KGR = "https://w3id.org/localgov-kg/id/"
HOSTILE_PAGE = """市政府常务会议召开<script>alert(1)</script>

本报讯(记者 赵琦 焦阳)4月2日下午，市委副书记、市长张百顺主持召开市政府常务会议"><img src=x onerror=alert(2)>，研究金融工作等。

会议强调，要抓好<script>alert(3)</script>落实。
"""


@pytest.fixture(scope="module")
def client(seed_build):
    return TestClient(create_app(seed_build[0]))


def links(page: str, kind: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(rf'href="(/id/{kind}/[^"]+)"', page)]


def text_of(page: str) -> str:
    """The visible text of a page's main part, tags removed."""
    main = page[page.index("<main>"):page.index("</main>")]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)))


def person_page(client) -> tuple[str, str]:
    found = client.get("/search", params={"q": "张百顺"})
    assert found.status_code == 200
    (href,) = set(links(found.text, "person"))
    return href, client.get(href).text


def test_search_finds_names_simplified_and_traditional_grouped_by_kind(client):
    simp = client.get("/search", params={"q": "张百顺"})
    trad = client.get("/search", params={"q": "張百順"})
    assert set(links(simp.text, "person")) == set(links(trad.text, "person")) != set()
    # the context line: the titles he was last seen with
    assert "市长" in text_of(simp.text) and "2026-04-03" in text_of(simp.text)
    # a short name finds the enterprise, shown with the name that matched
    short = client.get("/search", params={"q": "临磨数控"})
    assert "山东临磨数控机床装备有限公司" in text_of(short.text)
    assert links(short.text, "enterprise")
    # one word finds several kinds, each under its heading, with a county beside the enterprise
    many = text_of(client.get("/search", params={"q": "阳谷"}).text)
    for heading in ("机构 Organisations", "企业 Enterprises", "行政区 Divisions"):
        assert heading in many
    assert "翔临智（阳谷）电缆有限公司 阳谷县" in many
    assert "没有找到" in text_of(client.get("/search", params={"q": "不存在的名字"}).text)


def test_person_page_titles_meetings_sources_and_timeline(client, seed_build):
    _href, page = person_page(client)
    text = text_of(page)
    assert "<h1>张百顺</h1>" in page
    for title in ("市长", "市委副书记", "市政府党组书记"):
        assert title in text
    # meetings chaired, each with its date, the newspaper, the article's headline and the sentence
    chaired = page[page.index('id="chaired"'):page.index('id="attended"')]
    assert text_of("<main>" + chaired + "</main>").count("主持 chair") == 3
    for meeting in ("市政府党组会议", "市政府常务会议", "2025年度市政府党组民主生活会征求意见座谈会"):
        assert meeting in chaired
    assert "2026-04-02" in chaired and "聊城日报 2026-04-03" in text_of("<main>" + chaired + "</main>")
    assert "市政府常务会议召开 传达学习省委书记林武来聊调研工作要求 研究金融工作等" in chaired
    assert "主持召开市政府常务会议，传达学习省委书记林武来聊调研工作要求" in chaired
    # the timeline picture: one bar per title seen
    svg = page[page.index("<svg class=\"timeline\""):page.index("</svg>")]
    assert svg.count("<rect") == 3
    # every fact's sentence links to its article with the span to highlight
    assert all("?ev=" in h for h in links(page, "article") if "#hl" in h)


def test_meeting_then_article_view_highlights_the_sentence_at_its_offsets(client, seed_build):
    _href, page = person_page(client)
    chaired = page[page.index('id="chaired"'):page.index('id="attended"')]
    meeting = next(h for h in links(chaired, "meeting"))
    mpage = client.get(meeting).text
    assert "主持 Chaired by" in text_of(mpage) and "张百顺" in text_of(mpage)
    article = next(h for h in links(mpage, "article") if "?ev=" in h)
    view = client.get(article)
    assert view.status_code == 200
    ev = KGR + "evidence/" + re.search(r"\?ev=([0-9a-f]{16})", article).group(1)
    store = ox.Store.read_only(str(seed_build[0] / "store"))
    (row,) = store.query(
        "PREFIX kg: <https://w3id.org/localgov-kg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT ?ev ?start ?end ?text ?file WHERE { ?ev kg:start ?start ; kg:end ?end ; kg:text ?text ; "
        "prov:wasDerivedFrom ?a . ?a kg:sourceFile ?file }", substitutions={ox.Variable("ev"): ox.NamedNode(ev)})
    start, end = int(row["start"].value), int(row["end"].value)
    m = re.search(r'<mark id="hl" data-start="(\d+)" data-end="(\d+)">(.*?)</mark>', view.text, re.S)
    assert m and (int(m.group(1)), int(m.group(2))) == (start, end)
    source = (SEEDS / row["file"].value).read_text(encoding="utf-8-sig")
    assert html.unescape(m.group(3)) == source[start:end]
    assert html.unescape(m.group(3)).replace("\n", "") == row["text"].value
    # the article's other facts are listed beside, each one click from its own highlight
    facts = view.text[view.text.index('id="facts"'):]
    name = re.search(r"<h1>(.*?)</h1>", mpage).group(1)
    assert facts.count('class="sentence"') >= 5 and f'">{name}</a>' in facts and "Post" in facts
    # the text shown is the article's: its headline and paragraphs, not the whole page
    shown = re.search(r'<div class="text" data-offset="(\d+)">(.*?)</div>', view.text, re.S)
    offset = int(shown.group(1))
    body = html.unescape(re.sub(r"</?mark[^>]*>", "", shown.group(2)))
    assert source[offset:offset + len(body)] == body and len(body) < len(source)


def test_enterprise_county_and_project_pages(client):
    ent = text_of(client.get(links(client.get("/search", params={"q": "临磨数控"}).text, "enterprise")[0]).text)
    assert "也作 also: 临磨数控" in ent and "陈敬峰" in ent and "董事长" in ent
    assert "该公司董事长陈敬峰自豪地说" in ent
    county = client.get("/id/division/371521").text
    ctext = text_of(county)
    assert "县区 county" in ctext and "上级 Part of 聊城市" in ctext
    assert "县图书馆改造提升" in ctext and "翔临智（阳谷）电缆有限公司" in ctext
    assert '<svg class="histogram"' in county
    proj = client.get("/search", params={"q": "金刚石"}).text
    ptext = text_of(client.get(links(proj, "project")[0]).text)
    assert "投资 Investment 3.5亿元" in ptext and "上海昌润极锐超硬材料有限公司" in ptext
    assert "总投资3.5亿元" in ptext


def section_of(page: str, anchor: str) -> str:
    start = page.index(f'<section id="{anchor}">')
    return page[start:page.index("</section>", start)]


def labels_in(page: str, anchor: str) -> list[str]:
    return re.findall(r'class="label" href="[^"]+">([^<]*)</a>', section_of(page, anchor))


BUSY_PAGE = """阳谷县召开项目推进会

本报讯 5月{d}日，市委副书记、市长顾长川到阳谷县调研重点项目建设情况，先后来到山东景阳冈{d}号新材料有限公司、阳谷县祥光工业园。

当天，总投资{d}.5亿元的年产{d}0万吨高端铜箔项目在阳谷县开工建设。

5月{d}日下午，县委书记{name}主持召开县委常委会会议，研究项目建设工作。
"""


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    """A build of five pages on one county: five visits, projects and enterprises there, and five
    county secretaries one after another."""
    from datetime import date

    from kg.build.assemble import build
    pages = tmp_path_factory.mktemp("busy") / "pages"
    pages.mkdir()
    for d, name in enumerate(("闻一鸣", "祁书扬", "邝立群", "蔺晓川", "甄启航"), start=1):
        (pages / f"p{d}.txt").write_text(BUSY_PAGE.format(d=d, name=name), encoding="utf-8")
    build(pages, pages.parent / "build", published=date(2026, 5, 6), city="聊城市")
    return TestClient(create_app(pages.parent / "build"))


@pytest.mark.parametrize("anchor", ["visits", "projects", "enterprises", "people"])
def test_a_long_section_comes_in_screens_that_together_list_it_once_in_order(busy, monkeypatch, anchor):
    from kg.outputs.browse import pages
    path = "/id/division/371521"
    if anchor == "people":
        (path,) = {h for h in links(busy.get("/search", params={"q": "县委"}).text, "org")}
    whole = labels_in(busy.get(path).text, anchor)
    assert len(whole) == 5
    monkeypatch.setattr(pages, "MAX_ITEMS", 2)
    seen, at = [], 0
    while True:
        page = busy.get(path, params={anchor: at}).text
        part = section_of(page, anchor)
        got = labels_in(page, anchor)
        assert len(got) == min(2, len(whole) - at)
        assert f"showing {at + 1}–{at + len(got)} of 5" in text_of("<main>" + part + "</main>")
        assert (f'href="?{anchor}={at - 2}#{anchor}"' in part) == (at > 0)          # ← newer
        # each item shown with its sentence and source, read for the screen alone
        assert part.count('class="evidence"') == (0 if anchor == "enterprises" else len(got))
        seen += got
        if at + 2 >= len(whole):
            assert "older →" not in part
            break
        assert f'href="?{anchor}={at + 2}#{anchor}"' in part                          # older →
        at += 2
    assert seen == whole
    # a start inside a screen shows that screen; a start past the end, none
    assert labels_in(busy.get(path, params={anchor: 3}).text, anchor) == whole[2:4]
    assert labels_in(busy.get(path, params={anchor: 999}).text, anchor) == []


def test_sections_list_latest_first(busy):
    page = busy.get("/id/division/371521").text
    days = re.findall(r"<time>([0-9-]+)</time>", section_of(page, "visits"))
    assert len(days) == 5 and days == sorted(days, reverse=True)


def test_a_body_with_too_many_posts_to_gather_says_so_and_where_to_find_them(client, monkeypatch):
    from kg.outputs.browse import pages
    found = client.get("/search", params={"q": "市政府"}).text
    org = next(h for h in links(found, "org"))
    before = client.get(org).text
    people = labels_in(before, "people")
    assert people and "People and titles" in before
    monkeypatch.setattr(pages, "MAX_POSTS_GATHERED", 1)
    after = client.get(org).text
    # who held which title is still there (from the tenures); the past and undated titles are a line
    assert labels_in(after, "people") == people
    note = text_of("<main>" + section_of(after, "other-titles") + "</main>")
    assert re.search(r"\d+ posts, too many to gather for a page", note)
    link = html.unescape(re.search(r'<a href="(/queries/people-by-organization\?org=[^"]+)"', after).group(1))
    rows = client.get(link, params={"run": "1"})
    assert rows.status_code == 200 and "Past and undated" not in rows.text
    assert int(re.search(r'<span id="row-count">(\d+)</span>', rows.text).group(1)) > 0


def test_a_search_made_while_the_names_are_read_finds_exact_names_and_says_so(seed_build, monkeypatch):
    import threading

    from kg.outputs.browse.data import Build
    go = threading.Event()
    read = Build._read_names

    def slow(store):
        go.wait(30)
        return read(store)
    monkeypatch.setattr(Build, "_read_names", staticmethod(slow))
    c = TestClient(create_app(seed_build[0], warm=True))
    try:
        exact = c.get("/search", params={"q": "張百順"})
        assert exact.status_code == 200 and "exact names only" in exact.text
        assert links(exact.text, "person") and "市长" in text_of(exact.text)
        # a page is served meanwhile
        assert c.get(links(exact.text, "person")[0]).status_code == 200
        part = c.get("/search", params={"q": "百顺"}).text
        assert "exact names only" in part and not links(part, "person")
    finally:
        go.set()
    for _ in range(100):
        full = c.get("/search", params={"q": "百顺"}).text
        if "exact names only" not in full:
            break
        go.wait(0.1)
    assert links(full, "person") == links(exact.text, "person")


@pytest.mark.parametrize("path", [
    "/id/person/0000000000000000", "/id/meeting/0123456789abcdef", "/id/nothing/0123456789abcdef",
    "/id/person/..%2F..%2Fetc", "/id/person/XYZ", "/id/division/999999", "/queries/no-such-question",
    "/no/such/page"])
def test_unknown_ids_give_a_404_page(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "404" in r.text and "Traceback" not in r.text and "<header>" in r.text


def test_an_evidence_span_of_another_article_is_a_404(client):
    _href, page = person_page(client)
    arts = [h for h in links(page, "article") if "?ev=" in h]
    a, b = arts[0], next(h for h in arts if h.split("?")[0] != arts[0].split("?")[0])
    wrong = a.split("?")[0] + "?" + b.split("?")[1].split("#")[0]
    assert client.get(wrong).status_code == 404
    assert client.get(a.split("?")[0] + "?ev=not-hex").status_code == 404


def test_saved_question_form_table_sparql_and_csv(client, seed_build):
    form = client.get("/queries/meetings-chaired")
    assert form.status_code == 200 and 'name="name"' in form.text and "SELECT" in form.text
    r = client.get("/queries/meetings-chaired", params={"name": "张百顺", "run": "1"})
    assert r.status_code == 200
    expected = query.run_local(seed_build[0] / "store",
                               query.bind(query.get("meetings-chaired"), {"name": "张百顺"}))
    assert len(expected.rows) >= 3
    assert f'<span id="row-count">{len(expected.rows)}</span>' in r.text
    # the SPARQL shown has the parameter bound as a term
    assert 'VALUES ?name { "张百顺"@zh }' in html.unescape(r.text)
    csv_href = html.unescape(re.search(r'id="csv" href="([^"]+)"', r.text).group(1))
    got = client.get(csv_href)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    assert 'filename="meetings-chaired.csv"' in got.headers["content-disposition"]
    assert got.text == query.render(expected, "csv")
    assert list(csv.reader(io.StringIO(got.text)))[0] == list(expected.columns)


def test_saved_question_with_a_bad_parameter_says_why(client):
    r = client.get("/queries/person-timeline", params={"name": "张百顺", "from": "not-a-date"})
    assert r.status_code == 400 and "is not a valid date" in html.unescape(r.text)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    from kg.build.assemble import build
    pages = tmp_path_factory.mktemp("hostile") / "pages"
    pages.mkdir()
    (pages / "hostile.txt").write_text(HOSTILE_PAGE, encoding="utf-8")
    out = pages.parent / "build"
    from datetime import date
    build(pages, out, published=date(2026, 4, 3), city="聊城市", newspaper='聊城日报"><b>')
    return out


def test_hostile_text_is_escaped_everywhere(hostile_build):
    c = TestClient(create_app(hostile_build))
    pages = [c.get("/search", params={"q": "<script>alert(9)</script>张百顺"}),
             c.get("/search", params={"q": "张百顺"})]
    person = links(pages[1].text, "person")[0]
    pages.append(c.get(person))
    meeting = links(pages[-1].text, "meeting")[0]
    pages.append(c.get(meeting))
    article = next(h for h in links(pages[-1].text, "article") if "?ev=" in h)
    pages.append(c.get(article))
    pages.append(c.get("/queries/article-facts", params={"file": "hostile.txt", "run": "1"}))
    for r in pages:
        assert r.status_code == 200
        assert "<script>" not in r.text and "<img" not in r.text and "<b>" not in r.text
    view = pages[-2].text
    # shown as text: the headline, the highlighted sentence and the paragraphs around it
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in view
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in view
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in view
    assert "&lt;b&gt;" in view
    assert "&lt;script&gt;alert(9)&lt;/script&gt;" in pages[0].text
    assert "onerror=alert(2)" in pages[-1].text and "&lt;img" in pages[-1].text


def test_serves_the_old_store_during_a_rebuild_and_the_new_one_after(seed_build, tmp_path):
    """A build writes a new folder and swaps it in when complete: the browser's read-only handle keeps
    answering while the build runs, and the next request after the swap reads the new store."""
    from kg.build.assemble import build
    live = tmp_path / "build"
    shutil.copytree(seed_build[0], live)
    c = TestClient(create_app(live))
    before = c.get("/search", params={"q": "张百顺"}).text
    pages = tmp_path / "pages"
    shutil.copytree(SEEDS, pages)
    (pages / "000_a935477f8b73849c.txt").unlink()       # the page of 张百顺's latest titles goes
    import threading
    t = threading.Thread(target=build, args=(pages, live))
    t.start()
    while t.is_alive():
        assert c.get("/id/division/371521").status_code == 200
    t.join()
    after = c.get("/search", params={"q": "张百顺"}).text
    assert "2026-04-03" in text_of(before) and "2026-04-03" not in text_of(after)
    assert links(after, "person") == links(before, "person")


def test_picks_up_a_new_build_swapped_in(seed_build, hostile_build, tmp_path):
    live = tmp_path / "build"
    shutil.copytree(seed_build[0], live, ignore=shutil.ignore_patterns("*.ttl", "*.nq", "*.trig", "*.jsonld", "*.nt"))
    c = TestClient(create_app(live))
    assert links(c.get("/search", params={"q": "阳谷"}).text, "division")
    # a build completes: its folder replaces the old one whole
    shutil.rmtree(live)
    shutil.copytree(hostile_build, live)
    assert not links(c.get("/search", params={"q": "阳谷"}).text, "division")
    assert links(c.get("/search", params={"q": "张百顺"}).text, "person")


def test_kg_browse_binds_localhost_prints_its_url_and_stops_on_ctrl_c(seed_build):
    proc, line, url = browse_server.start(seed_build[0])
    try:
        assert line.startswith(f"localgov-kg browser on {url}/")
        assert url.startswith("http://127.0.0.1:")
        r = requests.get(url + "/search", params={"q": "张百顺"}, timeout=10)
        assert r.status_code == 200 and "/id/person/" in r.text
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0 and "stopped" in err and "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_kg_browse_without_a_store_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    res = CliRunner().invoke(main, ["browse", "--build", str(tmp_path)])
    assert res.exit_code == 2 and "no store here" in res.output


def test_a_city_with_too_many_mentions_to_count_draws_its_own(client, monkeypatch):
    from kg.outputs.browse import pages

    def bars(page: str) -> int:
        return sum(int(n) for n in re.findall(r"<title>[0-9-]+: (\d+)</title>", page))
    whole = client.get("/id/division/371500").text
    assert "articles that mention it or a division in it, per month" in whole
    monkeypatch.setattr(pages, "MAX_MENTIONS_COUNTED", 0)
    own = client.get("/id/division/371500").text
    caption = html.unescape(re.search(r"<figcaption>(.*?)</figcaption>", own).group(1))
    assert re.search(r"articles that mention it by name \(with its divisions' \d+ mentions", caption)
    assert 0 < bars(own) < bars(whole)
