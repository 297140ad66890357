"""Pattern families of extraction, one group of tests per family, on sentences
written for the tests (other cities, other names than the seeds')."""
from datetime import date

from kg.extract import extract_page
from kg.normalise import normalise
from kg.records import Page, Source
from kg.split import split


def records(text, published=date(2025, 6, 20), city="潍坊市"):
    return extract_page(split(normalise(Page(Source("p.txt", published, city, "潍坊日报"), text, "utf-8"))))


def meetings(text, **kw):
    return [m for a in records(text, **kw).articles for m in a.meetings]


def persons(text, **kw):
    return [p for a in records(text, **kw).articles for p in a.persons]


# --- meetings -------------------------------------------------------------

def test_meeting_name_with_inner_meeting_word_is_one_name():
    ms = meetings("本报讯（记者 甘露）6月19日上午，县委书记许光明主持召开2024年度县委常委班子民主生活会征求意见座谈会，"
                  "听取意见建议。")
    assert [(m.name, m.date, m.chair) for m in ms] == [
        ("2024年度县委常委班子民主生活会征求意见座谈会", date(2025, 6, 19), ("许光明",))]


def test_convening_body_joins_the_name_and_year_stays():
    ms = meetings("本报讯（记者 甘露）6月19日，县委常委会召开2024年度民主生活会，县委书记许光明主持会议。")
    assert [(m.name, m.chair) for m in ms] == [("县委常委会2024年度民主生活会", ("许光明",))]


def test_meetings_spoken_of_are_kept_without_borrowing_a_date():
    ms = meetings("本报讯（记者 甘露）6月19日，全区召开干部大会。会议要求，深入学习贯彻区委十二届五次全会暨区委经济工作会议精神，"
                  "认真落实党的二十届三中全会精神。")
    by = {m.name: m for m in ms}
    assert "区委十二届五次全会暨区委经济工作会议" in by
    assert by["区委十二届五次全会暨区委经济工作会议"].date is None
    assert by["二十届三中全会"].date is None


def test_speaker_before_meeting_shang_de_jianghua_attended():
    ms = meetings("本报讯 会议传达学习了习近平总书记4月30日中央政治局会议上的重要讲话精神。")
    assert [(m.name, m.date, m.participants) for m in ms] == [
        ("中央政治局会议", date(2025, 4, 30), ("习近平",))]


def test_generic_and_vague_meetings_are_not_meetings():
    ms = meetings("本报讯 会议传达了省委有关会议精神，要求在会议上形成共识。")
    assert ms == []


def test_chair_in_a_later_sentence_and_listed_participants():
    ms = meetings("本报讯（记者 甘露）6月19日下午，全市民营经济发展大会在市会议中心召开。市委书记许光明出席会议并讲话。"
                  "市委副书记、市长周立群主持会议。市领导韩冬梅、蔡长河、钟晓明出席。")
    assert len(ms) == 1
    m = ms[0]
    assert m.chair == ("周立群",)
    assert set(m.participants) == {"许光明", "韩冬梅", "蔡长河", "钟晓明"}


def test_plenary_sitting_is_not_a_second_meeting():
    ms = meetings("本报讯 9月27日上午，市十八届人大常委会第九次会议在市会议中心举行第一次全体会议。"
                  "市人大常委会主任邵德才主持会议。")
    assert [(m.name, m.chair) for m in ms] == [("市十八届人大常委会第九次会议", ("邵德才",))]


def test_headline_meeting_merges_with_the_dated_one():
    ms = meetings("许光明在全市民营经济发展大会上强调\n\n本报讯（记者 甘露）6月19日，全市民营经济发展大会召开。"
                  "市委书记许光明出席并讲话。")
    assert [(m.name, m.date) for m in ms] == [("全市民营经济发展大会", date(2025, 6, 19))]


# --- persons --------------------------------------------------------------

def test_names_listed_after_shi_lingdao_are_persons():
    ps = persons("本报讯 市领导韩冬梅、蔡长河、钟晓明出席。出席会议的还有邢玉山、欧阳永年。")
    assert {"韩冬梅", "蔡长河", "钟晓明", "邢玉山", "欧阳永年"} <= set(ps)


# --- enterprises ----------------------------------------------------------

def enterprises(text, **kw):
    return [e for a in records(text, **kw).articles for e in a.enterprises]


def test_enterprise_name_starts_at_the_place_not_at_a_function_word_inside():
    es = enterprises("本报讯 近日，在诸城市行政审批服务局，山东沐和食品有限公司负责人王立强办结了手续。")
    assert [e.name for e in es] == ["山东沐和食品有限公司"]
    assert es[0].county == "诸城市"          # the one county the sentence names


def test_verb_phrase_and_honours_are_not_enterprises():
    es = enterprises("本报讯 全市力争培育更多省级智能工厂，扩大潍柴集团等企业优势产品出口，从提交申请到拿到公司执照只用一天。")
    assert [e.name for e in es] == ["潍柴集团"]


def test_short_names_listed_as_enterprises_and_as_leaders():
    es = enterprises("本报讯 该公司产品打入福耀玻璃、宁德时代等行业龙头企业供应链。全市已形成以潍柴、雷沃等为龙头的装备产业。")
    assert {e.name for e in es} == {"福耀玻璃", "宁德时代", "潍柴", "雷沃"}
    assert all(e.evidence.rule == "enterprise.listed" for e in es)


def test_industries_listed_before_deng_qiye_are_not_names():
    es = enterprises("本报讯 推动禽肉、宠物食品等出口企业拓展市场。")
    assert es == []


def test_short_form_of_the_core_and_the_title_it_carries():
    r = records("本报讯 晟达（寿光）电子有限公司新厂投产。“订单增长了三成。”晟达电子董事长魏长河说。")
    ents = [e for a in r.articles for e in a.enterprises]
    assert [(e.name, e.aliases, e.county) for e in ents] == [("晟达（寿光）电子有限公司", ("晟达电子",), "寿光市")]
    posts = [(p.holder, p.title, p.organization, p.org_is_enterprise) for a in r.articles for p in a.posts]
    assert posts == [("魏长河", "董事长", "晟达（寿光）电子有限公司", True)]


def test_county_before_the_city_name_is_the_county_of_the_company():
    es = enterprises("本报讯 签约项目中，坊子区潍坊华拓智能装备有限公司投资5亿元。")
    assert [(e.name, e.county) for e in es] == [("潍坊华拓智能装备有限公司", "坊子区")]
