"""Each stage on its own, on sentences written for the tests (not the seeds')."""
from datetime import date
from decimal import Decimal

import pytest

from kg.pipeline.extract import extract_page
from kg.pipeline.extract.text import find_dates, parse_money, sentences
from kg.pipeline.normalise import normalise
from kg.pipeline.read import InputError, decode, read_manifest
from kg.records import Page, Source, Span
from kg.pipeline.split import split


def page(text, published=date(2025, 5, 16), city="德州市", path="p.txt"):
    return Page(Source(path, published, city, "德州日报"), text, "utf-8")


def records(text, **kw):
    return extract_page(split(normalise(page(text, **kw))))


def test_line_wrap_joins_names_and_keeps_paragraphs():
    raw = ("本报讯（记者 孟庆林）5月15日上午，县委副书记、县长吴\n"
           "海东主持召开县政府常务会议，研究部署近期重点工作。\n\n"
           "会议强调，要抓好安全生产工作。\n")
    t = normalise(page(raw))
    assert "县长吴海东主持召开" in t.text
    assert "\n\n会议强调" in t.text or "\n会议强调" in t.text
    # every kept character maps back to the same character in the raw text
    i = t.text.index("海东")
    assert raw[t.offsets[i]] == "海"


def test_marks_doubled_by_a_mirror_site_and_credit_words_spaced_out_are_read_single():
    raw = "市领导孙志远,、赵立新,、钱立新参加调研,。\n通 讯 员 周立群\n"
    t = normalise(page(raw))
    assert "孙志远、赵立新、钱立新参加调研。" in t.text and "通讯员 周立群" in t.text
    i = t.text.index("赵立新")
    assert raw[t.offsets[i]:t.offsets[i] + 3] == "赵立新"


def test_links_to_the_sites_other_articles_are_no_part_of_the_article():
    r = records("某某县重点项目观摩团到某乡观摩\n\n本报讯 12月23日，县委书记孙志远到归昌乡调研。\n\n"
                "上一篇:赵立新到花园乡调研指导工作\n下一篇：某某镇综合整治人居环境\n")
    assert {n for a in r.articles for n in a.persons} == {"孙志远"}
    assert [v.visitors for a in r.articles for v in a.visits] == [("孙志远",)]


def test_blank_line_inside_a_sentence_is_joined_but_headlines_are_not():
    raw = ("县政府常务会议召开\n\n本报讯（记者 孟庆林）会议指出，要深入推进营商环境改革，持续优化政务服务，推动相\n\n"
           "关工作取得实效，不断提升群众满意度。\n")
    t = normalise(page(raw))
    assert "推动相关工作" in t.text
    assert t.text.startswith("县政府常务会议召开\n")


def test_a_dateline_printed_on_the_headlines_line_opens_the_body():
    raw = "某某随同考察 某某网讯 (记者 孟庆林) 24日至25日，市委书记吴海东率领党政考察团赴某某州考察。"
    t = normalise(page(raw, published=date(2011, 10, 30)))
    assert t.text.startswith("某某随同考察\n某某网讯")
    assert raw[t.offsets[t.text.index("某某网讯")]] == "某"
    vs = [v for a in records(raw, published=date(2011, 10, 30)).articles for v in a.visits]
    assert [(v.visitors, v.date) for v in vs] == [(("吴海东",), date(2011, 10, 24))]


def test_a_simplified_page_keeps_its_phrases_and_loses_its_stray_traditional_characters():
    t = normalise(page("本报讯（记者 丁傑）市长一行来到沈重机械制造有限公司调研。"))
    assert not t.traditional
    assert "沈重机械制造有限公司" in t.text and "丁杰" in t.text


def test_a_line_that_opens_on_a_comma_goes_on_the_sentence_before():
    raw = "4月26日，市委副书记、市政府党组书记\n、市长孙志远率队到某某公司调研\n。公司负责人陪同。"
    t = normalise(page(raw))
    assert "党组书记、市长孙志远率队到某某公司调研。" in t.text


def test_a_short_line_before_a_stop_and_a_space_before_a_list_mark():
    raw = ("12月8日下午，某某区第二十届人民代表大会第一次会议开幕\n。来自各行各业的区人大代表出席开幕大会，"
           "认真履行宪法和法律赋予的神圣职责，会场气氛隆重热烈\n。大会执行主席孙志远、赵立新 、钱立新在主席台就座。")
    t = normalise(page(raw))
    assert "第一次会议开幕。来自各行各业" in t.text
    assert "孙志远、赵立新、钱立新" in t.text


def test_an_original_title_line_stays_apart_from_the_lead_after_a_blank_line():
    raw = ("市委常委会召开扩大会议\n\n原标题:市委常委会召开扩大会议\n\n"
           "6月10日,市委常委会召开扩大会议。市委书记孙志远主持会议,市长赵立新出席会议。\n")
    t = normalise(page(raw))
    assert "\n6月10日，市委常委会召开扩大会议。" in t.text


def test_a_time_stamp_line_joins_neither_the_headline_nor_the_lead():
    raw = ("【开门红】某某县一季度集中开工项目23个，总投资16.8亿元\n\n2022-02-17 10:51\n\n"
           "2月16日,某某市举行一季度重大项目集中开工活动。县委书记孙志远在分会场参加活动。\n")
    t = normalise(page(raw, published=date(2022, 2, 17)))
    assert "\n2022-02-17 10:51\n" in t.text and "\n2月16日，某某市举行" in t.text
    # (run together, 10:51 and 2月16日 read as 12月16日)
    assert [(m.name, m.date) for a in extract_page(split(t)).articles for m in a.meetings] == \
        [("一季度重大项目集中开工活动", date(2022, 2, 16))]


def test_full_width_folding_and_traditional_conversion():
    t = normalise(page("縣長王大明主持召開會議，研究２０２５年工作。"))
    assert t.traditional
    assert t.text.startswith("县长王大明主持召开会议")
    assert "2025年" in t.text


def test_decode_gb18030_and_errors():
    text, enc = decode("县长主持召开常务会议。".encode("gb18030") * 3, "a.txt")
    assert text.startswith("县长主持召开")
    with pytest.raises(InputError, match=r"^e\.txt: empty page$"):
        decode(b"  \n", "e.txt")
    with pytest.raises(InputError, match="b.bin: not a text file"):
        decode(bytes(range(256)) * 4, "b.bin")


def test_a_page_cut_inside_a_character_after_its_byte_order_mark_is_bad_input():
    """Found by bench/fuzz.py: a UTF-16 file cut at an odd byte raised UnicodeDecodeError."""
    text = "县长主持召开常务会议。"
    assert decode(text.encode("utf-16"), "a.txt") == (text, "utf-16")
    with pytest.raises(InputError, match=r"^a\.txt: not valid UTF-16 after its byte order mark \(truncated data\)$"):
        decode(text.encode("utf-16")[:-1], "a.txt")
    with pytest.raises(InputError, match=r"^a\.txt: not valid UTF-8 after its byte order mark"):
        decode(text.encode("utf-8-sig")[:-1], "a.txt")


def test_a_long_line_that_opens_like_a_byline_is_read_in_linear_time():
    """Found by bench/fuzz.py: a 90-character page took 3 s to split, a line of a few more
    characters hours (the byline patterns repeated names of 2-4 characters: every way of cutting
    a run of characters into names was tried before the comma refused them)."""
    import time

    from kg.pipeline.split import classify, credit_names
    run = "市政府常务会议召开县长办公会议召开市委书记欧阳丽娟强调"
    t0 = time.perf_counter()
    assert classify(f"■ 本报记者 欧阳红 本报通讯员 吴国文{run}，要抓好项目建设。") == "body"
    assert classify(f"本报记者 欧阳红 通讯员 吴国文{run}，要抓好项目建设。") == "body"
    assert credit_names(f"本报讯（记者 赵琦 焦阳{run}，") == []
    assert credit_names(f"本报讯 记者 赵琦 焦阳{run}，") == []
    assert time.perf_counter() - t0 < 1.0
    # what they match is as before
    assert classify("■ 本报记者 欧阳红 本报通讯员 吴国文") == "byline"
    assert classify("本报记者 张三 李四 通讯员 王五 摄") == "byline"
    assert classify("记者 张 三") == "headline"
    assert classify("  • 编辑：罗晓月") == classify("· 审核：黄振中") == "editor"   # a site's bulleted credits
    assert credit_names("本报讯（记者 赵琦 焦阳 通讯员 王芳）今天") == ["赵琦", "焦阳", "王芳"]
    assert credit_names("本报讯 记者 张三 通讯员 李四报道：") == ["张三", "李四"]


def test_manifest_bad_date_names_file_and_row(tmp_path):
    m = tmp_path / "manifest.csv"
    m.write_text("file,published,city,newspaper\na.txt,2024-13-40,德州市,德州日报\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.csv:2: bad date '2024-13-40'"):
        read_manifest(m)


def test_dates_take_year_from_publication_and_ranges():
    ds = find_dates("7月1日—2日，会议召开。", date(2025, 7, 8))
    assert (ds[0].first, ds[0].last) == (date(2025, 7, 1), date(2025, 7, 2))
    ds = find_dates("12月30日上午，座谈会召开。", date(2026, 1, 3))
    assert ds[0].first == date(2025, 12, 30)
    assert find_dates("5月3日，会议召开。", None) == []


def test_money_through_the_library():
    assert parse_money("总投资3.5亿元") == (Decimal(350000000), False)
    assert parse_money("总投资约12亿元") == (Decimal(1200000000), True)
    assert parse_money("总投资4600万元") == (Decimal(46000000), False)


def test_split_headline_byline_dateline_and_editor_line():
    raw = ("县政府常务会议召开\n\n本报讯（记者 孟庆林 通讯员 周立）5月15日上午，县长吴海东主持召开县政府常务会议。\n\n"
           "会议强调，要抓好安全生产。\n\n企业技改提速\n\n■ 本报记者 韩雪\n\n近日，山东恒远新材料有限公司新上生产线投产。\n\n"
           "值班编委：李明 责编：王芳 美编：赵刚 校对：陈立\n")
    sp = split(normalise(page(raw)))
    heads = [a.headline for a in sp.articles]
    assert heads == ["县政府常务会议召开", "企业技改提速"]
    assert sp.articles[0].authors == ("孟庆林", "周立")
    assert sp.articles[1].authors == ("韩雪",)
    assert sp.editors == ("李明", "王芳", "赵刚", "陈立")


def test_names_padded_to_three_characters_are_joined_and_keep_their_offsets():
    raw = "6月3日，市委书记王　勇主持召开市委常委会会议。市领导张　伟、李明华、赵　刚出席。（记者　王　磊）\n\n高 质 量 发 展"
    text = normalise(page(raw))
    assert "王勇主持" in text.text and "张伟、李明华、赵刚" in text.text and "高 质 量 发 展" in text.text
    k = text.text.index("王勇")
    assert raw[text.offsets[k]] == "王" and raw[text.offsets[k + 1]] == "勇"
    recs = records(raw)
    assert {"王勇", "张伟", "赵刚"} <= set(recs.articles[0].persons)
    assert "王磊" in recs.articles[0].article.authors
    # a three-character name before a one-character role keeps both: 蔡文龙 图/…
    assert "蔡文龙 图" in normalise(page("（记者：文/蔡文龙 图/于中平）")).text


def test_a_last_line_cut_off_inside_a_sentence_is_body_text():
    recs = records("县人大常委会会议召开\n\n5月15日上午，县人大常委会召开第十次会议。\n\n县人大常委会副主任孟庆林、周立、韩雪")
    assert {"孟庆林", "周立", "韩雪"} <= set(recs.articles[0].persons)


def test_a_speaker_label_ending_in_a_colon_is_not_a_headline():
    sp = split(normalise(page("市政府新闻发布会\n\n7月21日，市政府新闻发布会举行。\n\n市委宣传部副部长 孟庆林：\n\n"
                              "女士们、先生们，大家下午好！\n\n市长吴海东：\n\n今年以来，全市经济稳中向好。")))
    assert [a.headline for a in sp.articles] == ["市政府新闻发布会"]


def test_a_credit_line_is_not_joined_to_the_line_after_it():
    sp = split(normalise(page("县政府常务会议召开\n\n5月15日上午，县长吴海东主持召开县政府常务会议。\n\n编辑:孟庆林\n最新推荐\n新闻")))
    assert "孟庆林" in sp.editors


def test_a_caption_line_inside_a_web_article_is_not_another_article():
    raw = ("市委书记下达开工令\n\n12月30日，全县第四次工业项目集中开工活动举行。市委书记吴海东出席并下达开工令。\n\n"
           "在德瑞固废处理项目调研\n\n县人大常委会主任孟庆林，副县长周立出席。\n\n"
           "工业园区建设提速\n\n12月29日，县长韩雪到工业园区调研。\n")
    sp = split(normalise(page(raw)))
    assert [a.headline for a in sp.articles] == ["市委书记下达开工令", "工业园区建设提速"]
    recs = records(raw)
    assert {n for m in recs.articles[0].meetings for n in m.participants} >= {"孟庆林", "周立"}


def test_a_first_line_ending_in_an_exclamation_a_counter_and_a_speakers_lead_in_are_read_as_such():
    raw = ("某某州二十个项目集中开工，总投资超百亿元！\n\n35621\n\n某某州二十个项目集中开工\n\n"
           "6月28日下午，某某州二十个项目集中开工。州委书记吴海东宣布开工。\n\n1.jpg\n\n"
           "州长孟庆林讲话。周立、韩雪等出席。\n\n2.jpg\n\n孟庆林强调\n\n要抓好项目建设，加快形成实物工作量。")
    sp = split(normalise(page(raw)))
    assert [a.headline for a in sp.articles] == ["某某州二十个项目集中开工，总投资超百亿元！ 某某州二十个项目集中开工"]
    assert any("孟庆林强调" in p.of(sp.text.text) for p in sp.articles[0].paragraphs)
    # (a lead that asks its question stays the body's)
    sp = split(normalise(page("2024年10月，市委书记吴海东关注了哪些工作？\n\n调研走访\n\n10月9日，吴海东到某某区调研。")))
    assert "吴海东关注" not in (sp.articles[0].headline or "")


def test_people_titles_chain_and_name_lists():
    r = records("本报讯（记者 孟庆林）5月15日上午，县委副书记、县长吴海东主持召开县政府第26次常务会议。"
                "县委常委、常务副县长孙立新，副县长郑国华、钱永刚出席会议。")
    posts = {(p.holder, p.title, p.organization) for a in r.articles for p in a.posts}
    assert ("吴海东", "县委副书记", "县委") in posts
    assert ("吴海东", "县长", "县政府") in posts
    assert ("孙立新", "常务副县长", "县政府") in posts
    assert ("钱永刚", "副县长", "县政府") in posts


def test_enterprise_titles_resolve_to_the_company():
    r = records("近日，山东恒远新材料有限公司新上的生产线投产。该公司董事长周建华介绍，恒远新材的产品已销往海外。")
    posts = [p for a in r.articles for p in a.posts]
    assert [(p.holder, p.title, p.organization, p.org_is_enterprise) for p in posts] == [
        ("周建华", "董事长", "山东恒远新材料有限公司", True)]
    ents = [e for a in r.articles for e in a.enterprises]
    assert ents[0].name == "山东恒远新材料有限公司"
    assert ents[0].aliases == ("恒远新材",)


def test_meeting_chair_participants_date_location():
    r = records("本报讯（记者 孟庆林）5月15日上午，全县工业经济高质量发展推进会在齐河县召开。"
                "县委书记冯德胜出席会议并讲话，县长吴海东主持会议。")
    ms = [m for a in r.articles for m in a.meetings]
    assert len(ms) == 1
    m = ms[0]
    assert m.name == "全县工业经济高质量发展推进会"
    assert m.date == date(2025, 5, 15)
    assert m.location == "齐河县"
    assert "冯德胜" in m.participants


def test_visit_with_targets_and_date():
    r = records("本报讯（记者 孟庆林）5月15日，副市长何立军到乐陵市调研，先后到山东宏泰食品有限公司、"
                "山东绿源农业科技有限公司，详细了解企业生产经营情况。")
    vs = [v for a in r.articles for v in a.visits]
    assert vs and vs[0].visitors == ("何立军",)
    assert vs[0].date == date(2025, 5, 15)
    assert "乐陵市" in vs[0].targets


def test_project_investment_and_enterprise():
    r = records("在山东宏泰食品有限公司年产5万吨预制菜项目现场，工人正在安装设备。该项目总投资约2.6亿元。")
    ps = [p for a in r.articles for p in a.projects]
    assert [(p.name, p.investment, p.approximate, p.enterprise) for p in ps] == [
        ("年产5万吨预制菜项目", Decimal(260000000), True, "山东宏泰食品有限公司")]


def test_divisions_for_another_city_with_codes():
    r = records("齐河县、乐陵市和禹城市的代表参加会议。", city="德州市")
    ds = {d.name: d for a in r.articles for d in a.divisions}
    assert ds["齐河县"].code == "371425"
    assert ds["乐陵市"].level == "county"


def test_extraction_does_not_change_its_input():
    p = page("本报讯（记者 孟庆林）5月15日，县长吴海东主持召开县政府常务会议。")
    t = normalise(p)
    sp = split(t)
    before = (sp.text.text, sp.articles)
    extract_page(sp)
    assert (sp.text.text, sp.articles) == before


def test_sentences_split_at_sentence_ends():
    text = "第一句。第二句！“第三句？”第四句"
    out = sentences(text, (Span(0, len(text)),))
    assert [s.text for s in out] == ["第一句。", "第二句！", "“第三句？”", "第四句"]


def test_a_part_is_validated_for_its_own_nodes_with_the_context_it_names():
    """Per-part SHACL (kg/build/pagework.py checked): the part's nodes are targets, the entities added as
    context are not (their own part checks them), and a check that reaches a context node through
    sh:node still runs."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.build.pagework import checked
    KG = Namespace("https://w3id.org/localgov-kg/ontology#")
    R = "https://w3id.org/localgov-kg/resource/"
    art, ev, meeting = URIRef(R + "article/a"), URIRef(R + "evidence/e"), URIRef(R + "meeting/m")
    person, place = URIRef(R + "person/p"), URIRef(R + "place/x")

    def context():
        c = Graph()
        c.add((person, RDF.type, KG.Person))           # no label: a violation of the person's shape
        c.add((place, RDF.type, KG.Place))             # no label either
        return c

    def part(location: bool):
        g = Graph()
        g.add((art, RDF.type, KG.Article))
        g.add((meeting, RDF.type, KG.Meeting))
        g.add((meeting, RDFS.label, Literal("常务会议", lang="zh")))
        g.add((meeting, KG.chair, person))
        g.add((meeting, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), art))
        g.add((meeting, KG.evidence, ev))
        if location:
            g.add((meeting, KG.location, place))
        return g

    lines, _, _ = checked(part(location=False), context())
    # the page's own nodes: the article is incomplete and the meeting's evidence is not a
    # kg:Evidence; nothing about the person, whose label is its own part's business
    assert lines and all("person/p" not in line for line in lines)
    assert any("meeting/m" in line and "kg:evidence" in line for line in lines)
    # the same entity checked as a part of its own is reported
    own, _, _ = checked(context(), Graph())
    assert any("person/p" in line and "rdfs:label" in line for line in own)
    assert any("place/x" in line for line in own)
    # sh:node from the meeting's kg:location reaches the unlabelled place in the context
    with_place, _, _ = checked(part(location=True), context())
    added = set(with_place) - set(lines)
    assert any("meeting/m" in line and "kg:location" in line for line in added)
    assert any(line.startswith(str(place)) and "rdfs:label" in line for line in added)   # its detail


def test_a_run_with_no_sentence_end_is_read_in_pieces_cut_at_safe_points():
    from kg.pipeline.extract.text import MAX_SENTENCE
    clause = "市委书记王建国主持召开会议研究部署全市重点项目建设工作，"
    text = clause * (3 * MAX_SENTENCE // len(clause))
    sents = sentences(text, (Span(0, len(text)),))
    assert all(len(s.text) <= MAX_SENTENCE for s in sents) and len(sents) >= 3
    assert all(s.text.endswith("，") for s in sents[:-1]) and [s.cut for s in sents[:-1]] == [True] * (len(sents) - 1)
    assert "".join(s.text for s in sents) == text.strip()        # nothing lost between the pieces
    # evidence offsets still point at the text: every piece is the slice at its span
    assert all(text[s.span.start:s.span.end] == s.text for s in sents)
    r = records("本报讯 " + text + "。")
    assert r.notes and "cut" in r.notes[0]
    # an ordinary page has no note
    assert records("本报讯 5月8日，市委书记王建国主持召开会议。").notes == ()


def test_a_build_reports_a_page_read_in_pieces_and_keeps_its_facts(tmp_path):
    from click.testing import CliRunner
    from kg.cli import main
    from kg.pipeline.extract.text import MAX_SENTENCE
    src = tmp_path / "in"
    src.mkdir()
    (src / "ocr.txt").write_text("德州日报 本报讯 " + "全市重点项目建设工作推进有力" * (MAX_SENTENCE // 5), encoding="utf-8")
    (src / "news.txt").write_text("本报讯 5月8日，市委书记王建国主持召开市委常委会会议。\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "--city", "德州市",
                                  "--published", "2025-05-09", "--ner", "rules"])
    assert r.exit_code == 0, r.output
    assert "note: ocr.txt: read in pieces" in r.output
    assert "王建国" in (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")


def test_a_line_of_page_facts_is_neither_joined_nor_part_of_the_article():
    raw = ("市长周明远到高新区调研企业\n\n发布时间：2024-05-12 来源：某某日报 作者：管理员 浏览次数：\n\n"
           "11日上午，市长周明远到高新区调研，先后走访两家企业。\n")
    t = normalise(page(raw, published=date(2024, 5, 12)))
    assert "浏览次数：\n" in t.text                # not run into the lead
    sp = split(t)
    [art] = [a for a in sp.articles if a.paragraphs]
    assert art.headline == "市长周明远到高新区调研企业"
    assert art.paragraphs[0].of(t.text).startswith("11日上午")
    assert "管理员" not in art.authors            # the site's account, not a writer
    [v] = records(raw, published=date(2024, 5, 12)).articles[0].visits
    assert v.visitors == ("周明远",) and v.date == date(2024, 5, 11)


def test_a_site_menu_is_not_an_article():
    raw = ("首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n\n县委常委会召开\n\n"
           "6月3日，县委书记林海波主持召开县委常委会会议。\n")
    sp = split(normalise(page(raw, published=date(2024, 6, 4))))
    assert [a.headline for a in sp.articles if a.paragraphs] == ["县委常委会召开"]


def test_a_lead_date_that_lost_its_month_is_read_against_publication():
    from kg.pipeline.extract.text import day_alone
    pub = date(2019, 9, 30)
    assert day_alone("930日，市长王立达带队到企业调研。", pub) == (date(2019, 9, 30), None)
    assert day_alone("82728日，调研组到两县调研。", date(2013, 8, 30)) == (date(2013, 8, 27), date(2013, 8, 28))
    # a range whose last day is written alone, the month lost before its first day
    assert day_alone("814日至15日，由州政协主席王立达带队的视察组到我市视察。", date(2018, 8, 24)) == \
        (date(2018, 8, 14), date(2018, 8, 15))
    assert day_alone("68日至10日，市援藏办主任王立达带队赴某地。", date(2022, 6, 17)) == \
        (date(2022, 6, 8), date(2022, 6, 10))
    # a dateline with the place of filing before 讯, then the day alone
    assert day_alone("某某网8月14日潍坊讯 5日至7日，市委书记王立达率团赴外地考察。", date(2015, 8, 14)) == \
        (date(2015, 8, 5), date(2015, 8, 7))
    # the day after the subject, then a time of day or the going
    assert day_alone("市委书记王立达5日下午率队到某某区调研。", date(2017, 9, 7)) == (date(2017, 9, 5), None)
    assert day_alone("王立达21日赴某地考察调研。", date(2021, 7, 23)) == (date(2021, 7, 21), None)
    assert day_alone("王立达第5日到达。", date(2021, 7, 23)) is None
    # the month lost, the subject right after the day
    assert day_alone("727日市政协召开四届六次常委会议。", date(2018, 7, 27)) == (date(2018, 7, 27), None)
    assert day_alone("350日工程累计推进。", pub) is None
    # a number that cannot be a day of this or last month is no date
    assert day_alone("350日，工程累计推进。", pub) is None
    assert day_alone("1230日，全年收官。", pub) is None


def test_a_verb_after_a_name_of_two_and_common_words_are_not_names():
    from kg.pipeline.extract.text import name_at, not_a_name
    assert name_at("秘书长王堃陪同调研。", 3) == "王堃"
    assert name_at("李建国同志主持会议。", 0) == "李建国"
    assert [w for w in ("全体", "通过", "任职", "和有关", "和我", "应邀参", "和常州") if not_a_name(w)] == \
        ["全体", "通过", "任职", "和有关", "和我", "应邀参", "和常州"]
    # real names with those surnames, their given names rare words
    assert not any(not_a_name(w) for w in ("和春军", "席照生", "任强", "应勇", "和晓明"))


def test_where_you_are_lines_and_site_notices_are_no_article():
    raw = ("您当前的位置：首页 > 新闻中心 > 县区新闻\n\n区长调研重点项目建设\n\n新闻热线：0635-1234567\n\n"
           "近日，区委副书记、区长高立新深入一线调研重点项目建设。\n\n"
           "本文为本站原创文章，转载请注明出处。\n")
    t = normalise(page(raw, published=date(2024, 7, 12)))
    assert "1234567\n" in t.text                  # the notice is not run into the lead
    sp = split(t)
    [art] = [a for a in sp.articles if a.paragraphs]
    assert art.headline == "区长调研重点项目建设"
    assert [p.of(t.text)[:2] for p in art.paragraphs] == ["近日"]
    # a where-you-are line that ends in the headline stays; a line of the article is no site line
    from kg.pipeline.normalise import site_line
    assert site_line("当前位置：首页 > 要闻 > 县区新闻")
    assert not site_line("当前位置：首页 > 要闻 > 区长高立新调研重点项目建设工作")
    assert not site_line("近日，区委副书记、区长高立新深入一线调研重点项目建设。")
    # a site's welcome banner; a where-you-are line that ends in a section's name, however long
    assert site_line("欢迎来到青河区人民政府") and site_line("当前位置: 首页 > 领导活动 > 潍坊市主要领导活动")
    assert not site_line("欢迎来到青河区，市长石伟东说。")
    assert site_line("打印") and site_line("【关闭窗口】") and not site_line("打印机生产线项目开工")
    # a line of buttons and font-size switches, which ran into the headline above it
    assert all(site_line(x) for x in ("打印 放大 缩小", "【大】【中】【小】", "字号:T|T", "【字号:  】【打印", "默认 超大"))
    assert not any(site_line(x) for x in ("中小企业", "大 中 小型企业", "放大招商效应"))
    raw = "某某区一季度集中签约6个项目\n\n2022-02-24 15:13:50 来源:某某区人民政府\n\n打印 放大 缩小\n\n2月23日上午，某某区举行项目集中签约仪式。\n"
    [art] = [a for a in split(normalise(page(raw, published=date(2022, 2, 24)))).articles if a.paragraphs]
    assert art.headline == "某某区一季度集中签约6个项目"
    # the site's or section's name on a line above the headline is no part of it
    raw = "新闻中心\n\n鑫翊种业年产24万吨饲料厂项目举行开工仪式\n\n7月27日上午，鑫翊种业年产24万吨饲料厂项目举行开工仪式。\n"
    [art] = [a for a in split(normalise(page(raw, published=date(2022, 7, 28)))).articles if a.paragraphs]
    assert art.headline == "鑫翊种业年产24万吨饲料厂项目举行开工仪式"
    assert site_line("登录 | 注册") and site_line("  • 图片新闻") and not site_line("• 全市新闻工作会议召开")
    # pictures' file names and placeholders, box labels
    assert all(site_line(x) for x in ("微信图片_20240712205502.jpg", "图片1", "（资料图）", "县区新闻：", "字体： | 论坛 | 评论（",
                                      "您现在所在的位置：平台首页 > 工作动态 > 要闻", "用微信扫描二维码 分享至好友和朋友圈 ×"))
    assert not site_line("图为会议现场。")
    # a font-size switch, a 日期 line, a page's number alone
    assert all(site_line(x) for x in ("字型大小: 字型大小", "日期: 2023年03月21日", "6423928035706"))
    assert not site_line("日期定在2023年3月21日，会议如期召开。")
    # a web page's stamp (a date with the time of day), its view count
    assert all(site_line(x) for x in ("https://www.example.com  2022年08月31日 14:22   某某县委宣传部",
                                      "2023年10月14日 22:10:25视察开发区浏览量:2次"))
    assert not site_line("8月28日，某某县召开2022年枸杞田间管理现场观摩会。")


def test_a_picture_between_the_lead_and_the_rest_does_not_cut_the_article():
    raw = ("区长调研重点项目建设\n\n7月11日，区长高立新到开发区调研重点项目建设。\n\n"
           "微信图片_20240712205502.jpg\n\n高立新一行先后来到两个项目现场。\n")
    sp = split(normalise(page(raw, published=date(2024, 7, 12))))
    assert [(a.headline, len(a.paragraphs)) for a in sp.articles] == [("区长调研重点项目建设", 2)]


def test_a_companys_party_committee_and_board_are_the_company():
    r = records("本报讯 5月15日，市长吴海东会见中国华能集团副总经理、党委委员孙立成，中国华能集团党委常委李向东一行。"
                "吴海东会见了中国华能集团监事会主席赵明远。")
    roles = {(p.holder, p.title, p.organization) for a in r.articles for p in a.posts if p.org_is_enterprise}
    assert {("孙立成", "副总经理", "中国华能集团"), ("孙立成", "党委委员", "中国华能集团"),
            ("李向东", "党委常委", "中国华能集团"), ("赵明远", "监事会主席", "中国华能集团")} <= roles


def test_a_pictures_caption_above_the_lead_is_not_the_lead():
    raw = ("德州重点项目集中开工\n\n图为德州市2025年二季度重点项目集中开工活动现场。 刘明 摄\n\n"
           "德州新闻网5月16日电（记者 宋敏）16日，德州市举行2025年二季度重点项目集中开工活动。\n")
    ms = [m for a in records(raw).articles for m in a.meetings]
    assert [m.date for m in ms if m.name.endswith("2025年二季度重点项目集中开工活动")] == [date(2025, 5, 16)]


def test_credits_after_a_dateline_before_a_pair_role_and_of_a_chief_reporter():
    from kg.pipeline.credits import credits
    assert [(c.name, c.role) for c in credits("市政协副主席参加座谈会。□李鸿达 辛晓梅 钟荣华 图/文")] == [
        ("李鸿达", "图/文"), ("辛晓梅", "图/文"), ("钟荣华", "图/文")]
    assert [c.name for c in credits("中新网河北新闻5月26日电 (宋敏达 王巍)26日，廊坊市举行集中开工活动。")] == ["宋敏达", "王巍"]
    assert [(c.name, c.role) for c in credits("本报讯(全媒体首席记者 沈璐华)21日上午，")] == [("沈璐华", "全媒体首席记者")]


def test_a_name_before_chuanda_and_the_general_secretarys_entrustment_are_read_right():
    from kg.pipeline.extract.text import name_at
    assert name_at("徐贤传达习近平总书记重要论述。", 0) == "徐贤"
    assert name_at("殷殷嘱托，奋发有为。", 0) is None


def test_an_organisation_before_a_title_is_not_cut_inside_a_word():
    r = records("本报讯 5月6日，廊坊临空经济区党工委委员韩金明，根据自治区党委书记鹿立新的要求，到德城区调研。")
    titles = {(p.holder, p.title) for a in r.articles for p in a.posts}
    assert ("韩金明", "廊坊临空经济区党工委委员") in titles
    assert ("鹿立新", "自治区党委书记") in titles


def test_a_sites_name_printed_down_the_page_does_not_cut_the_article():
    raw = ("省人大调研组来我市调研\n\n本网讯 3月23日，省人大财经委主任委员李立带领调研组来我市调研，"
           "市人大常委会副主任陈伦华、副市长张立参加座谈会。\n\n5HX德州新闻网\n\n"
           "李立一行先后调研了两个项目。\n\n5HX德州新闻网\n\n23日下午，调研组召开座谈会，听取汇报。\n\n"
           "李立在座谈会上指出，要抓好项目建设。\n\n5HX德州新闻网\n")
    sp = split(normalise(page(raw, published=date(2025, 3, 24))))
    assert len([a for a in sp.articles if a.paragraphs]) == 1
    ms = [m for a in records(raw, published=date(2025, 3, 24)).articles for m in a.meetings]
    assert [(m.name, {"陈伦华", "张立"} <= set(m.participants)) for m in ms] == [("座谈会", True)]


def test_a_clause_longer_than_any_of_the_genre_is_left_to_the_rules():
    from kg.pipeline.extract.ner import MAX_CLAUSE, clauses
    ordinary = "市长王建国主持会议"
    run_on = "市长王建国主持会议" * (MAX_CLAUSE // 9 + 1)
    assert clauses([ordinary + "。" + run_on + "。"]) == [ordinary + "。"]


def _enterprise_counties(tmp_path, text, city="德州市"):
    from rdflib import Graph
    from kg.build.assemble import extract_all, graphs
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    pages, _problems = extract_all(tmp_path, date(2025, 5, 16), city)
    g = Graph()
    for part in graphs(pages)[0] + [graphs(pages)[1]]:
        for t in part:
            g.add(t)
    q = """PREFIX kg: <https://w3id.org/localgov-kg/ontology#>
           PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
           SELECT ?e ?c WHERE { ?x a kg:Enterprise ; rdfs:label ?e ; kg:locatedIn ?d . ?d rdfs:label ?c }"""
    return {(str(r.e), str(r.c)) for r in g.query(q)}


def test_companies_visited_on_a_tour_of_one_county_lie_in_it_not_on_a_tour_of_zones_too(tmp_path):
    one = "本报讯 5月14日，市长孙志远到陵城区调研，先后走进山东华兴机械有限公司、德州华瑞电子有限公司。"
    assert ("山东华兴机械有限公司", "陵城区") in _enterprise_counties(tmp_path, one)
    several = ("本报讯 5月14日，市长孙志远先后到华兴管理区、华瑞开发区和陵城区开展调研，了解各地基本情况。\n"
               "在华兴管理区，孙志远考察了山东华兴机械有限公司。他深入生产车间实地参观。")
    assert not any(c == "陵城区" for _e, c in _enterprise_counties(tmp_path, several))


def test_receptions_of_other_guests_on_one_day_are_other_meetings_in_the_graph(tmp_path):
    from rdflib import Graph
    from kg.build.assemble import extract_all, graphs
    (tmp_path / "p.txt").write_text(
        "本报讯 5月14日，市长孙志远拜访了某某粮油有限公司董事长赵立新。\n\n"
        "5月14日，市长孙志远拜访了某某棉业总公司董事长陈立新。\n", encoding="utf-8")
    pages, _problems = extract_all(tmp_path, date(2025, 5, 16), "德州市")
    page_graphs, entities, _ = graphs(pages)
    g = Graph()
    for part in [*page_graphs, entities]:
        for t in part:
            g.add(t)
    q = """PREFIX kg: <https://w3id.org/localgov-kg/ontology#>
           PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
           SELECT ?m (COUNT(?p) AS ?n) WHERE { ?m a kg:Meeting ; rdfs:label "拜访"@zh ; kg:participant ?p } GROUP BY ?m"""
    assert sorted(int(r.n) for r in g.query(q)) == [2, 2]



def test_the_teasers_below_an_article_are_no_part_of_it():
    from datetime import date
    from kg.pipeline.normalise import normalise
    from kg.pipeline.split import split
    from kg.records import Page, Source
    body = "本报讯（记者 孙志远）6月19日，市长赵立新到青州市调研重点项目建设情况。" + "他强调，要加快项目建设进度。" * 12
    text = body + "\n\n新闻推荐\n\n某某大桥通车\n\n本报讯（记者 钱立新）日前，某某大桥正式通车。\n"
    s = split(normalise(Page(Source("p.txt", date(2025, 6, 20), "潍坊市", "潍坊日报"), text, "utf-8")))
    assert [a.authors for a in s.articles] == [("孙志远",)]
    # (a list of links at the top of a page, before the article, is no end of it)
    s = split(normalise(Page(Source("p.txt", date(2025, 6, 20), "潍坊市", "潍坊日报"), "相关新闻\n\n" + body, "utf-8")))
    assert [a.authors for a in s.articles] == [("孙志远",)]


def test_a_name_the_model_cut_short_before_a_rare_character_is_read_whole():
    from kg.pipeline.extract.ner import Lac

    class Tagged(Lac):
        """The model's tags as it gave them for such clauses (a name of four cut after three)."""
        TAGS = {"旗委办公室主任巴图斯楞，": (("旗委", "ORG"), ("办公室", "n"), ("主任", "n"), ("巴图斯", "PER"), ("楞", "v"), ("，", "w")),
                "市长孙志远说，": (("市长", "n"), ("孙志远", "PER"), ("说", "v"), ("，", "w"))}

        def tagged(self, clause):
            return self.TAGS[clause]
    found = Tagged().person_names(["旗委办公室主任巴图斯楞，", "市长孙志远说，"])
    # (a common verb after a name is the verb: 孙志远说)
    assert found == {"巴图斯楞", "孙志远"}


def test_a_county_by_its_former_name_builds_without_violations(tmp_path):
    from kg.build.assemble import build
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("上饶县召开项目推进会\n\n本报讯 5月1日，上饶县召开重点项目推进会，县委书记孙志远主持会议。"
                                 "江西鑫翊光电有限公司年产10万套光电设备项目在上饶县开工，总投资3亿元。\n", encoding="utf-8")
    summary = build(pages, tmp_path / "build", published=date(2018, 5, 2), city="上饶市")
    ttl = (tmp_path / "build" / "kg.ttl").read_text(encoding="utf-8")
    assert summary.violations == 0
    assert '"上饶县"@zh' in ttl and '"广信区"@zh' in ttl
