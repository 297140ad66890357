"""Credit lines of web and e-paper pages (kg/pipeline/credits.py), on sentences written
for the tests in the shapes real pages print them."""
import pytest

from kg.pipeline.credits import credits
from kg.pipeline.normalise import normalise
from kg.pipeline.read import read_page
from kg.pipeline.split import split


@pytest.mark.parametrize("line, names", [
    ("（记者 钱晓东）", ["钱晓东"]),
    # names transliterated from Uyghur or Kazakh: parts joined by a middle dot, or four characters
    ("记者 麦麦提·艾力", ["麦麦提·艾力"]),
    ("某某网-某某日报记者 阿依古丽·买买提 通讯员 钱晓东 报道", ["阿依古丽·买买提", "钱晓东"]),
    ("（记者 阿依古丽 通讯员 钱晓东）", ["阿依古丽", "钱晓东"]),
    ("（记者 努尔兰·卡德尔别克 摄）", ["努尔兰·卡德尔别克"]),
    # the newsroom's own name glued after the name
    ("责任编辑:钱晓东新某某手机客户端", ["钱晓东"]),
    ("编辑：王勇新华网", ["王勇"]),
    # (a role inside a word, then a title and a name: no credit)
    ("某某工作者协会副会长阿旺·晋源介绍说，", []),
    ("某某融媒：孙立平", ["孙立平"]),
    ("记者|周文博 吴海燕 编辑|郑雨桐", ["周文博", "吴海燕", "郑雨桐"]),
    ("审核|冯志远 终审|褚建国", ["冯志远", "褚建国"]),
    ("某某新闻网讯（记者 卫东来）5月3日上午，市政府召开", ["卫东来"]),
    ("签约项目12个，总投资88亿元。（记者蒋春生）", ["蒋春生"]),
    ("凝聚发展合力。（某报融媒·某某网记者 沈玉兰）", ["沈玉兰"]),
    ("来源：某某日报 责任编辑：韩立群 2024-05-06 10:", ["韩立群"]),
    ("2021-04-26 09:21:34作者：杨小梅 朱国庆来源：区新闻中心", ["杨小梅", "朱国庆"]),
    ("浏览次数：208  作者： 秦明远  信息来源： 某某办公室", ["秦明远"]),
    ("会议审议通过了有关人事事项。（尤佳怡）", ["尤佳怡"]),
    ("某某网讯（某某日报全媒记者 许文亮/文 何建军 吕晓光/摄", ["许文亮", "何建军", "吕晓光"]),
    ("某某新闻记者 施雨晴/文字 某某观察 张海波/图片", ["施雨晴", "张海波"]),
    ("（记者 孔德明 摄影 曹文静）近日，某某市党政代表团", ["孔德明", "曹文静"]),
    ("（记者 孔德明 特约通讯员 曹文静）", ["孔德明", "曹文静"]),
    ("文/图 孔德明", ["孔德明"]),
    ("视频：孔德明 剪辑：曹文静", ["孔德明", "曹文静"]),
    ("值班主任：孔德明 值班编辑：曹文静", ["孔德明", "曹文静"]),
    ("责任编辑：孔德明 审核：曹文静 审签：卫东来", ["孔德明", "曹文静", "卫东来"]),
    ("发布人：孔德明", ["孔德明"]),
    ("来源：某某劳动日报 作者：孔德明2022-03-12 15:52:57 分享", ["孔德明"]),
    ("大众网记者 孔德明 通讯员曹文静 淄博报道", ["孔德明", "曹文静"]),
    ("（记者 孔德明 曹文静 达冷哈斯）4月23日上午", ["孔德明", "曹文静"]),
    ("摄影\\孔德明", ["孔德明"]),
    ("丨校读：孔德明", ["孔德明"]),
    ("责任编辑：周末", ["周末"]),
    ("编辑：高峰 审核：江山", ["高峰", "江山"]),
    ("（记者 孔德明 共享联盟某某站 曹文静）6月29日上午", ["孔德明", "曹文静"]),
    ("某某网某某9月14日电 （严冬梅 记者 华立新）某某市", ["严冬梅", "华立新"]),
    ("某某日报讯（记者金海波魏晓丽陶子健报道）12月30日", ["金海波", "魏晓丽", "陶子健"]),
    ("隆重开幕。 本报记者 戚建伟摄", ["戚建伟"]),
    ("某某网讯（喻小川 柏志刚）7月21日上午，参加", ["喻小川", "柏志刚"]),
    # the place a report was filed from, glued to the name; a name that is also a word, between two roles
    ("某某发展网讯 记者孔德明 通讯员曹文静浙江报道 3月3日上午", ["孔德明", "曹文静"]),
    ("某某网记者 欧亚非 摄影 曹文静", ["欧亚非", "曹文静"]),
    # the role in brackets; a role written with a wrong character
    ("【全媒体记者】孔德明 曹文静", ["孔德明", "曹文静"]),
    ("【通讯员】孔德明", ["孔德明"]),
    ("某某网某某讯(记者 孔德明 通迅员 曹文静)3月22日", ["孔德明", "曹文静"]),
])
def test_credit_names(line, names):
    assert [c.name for c in credits(line)] == names


@pytest.mark.parametrize("line", [
    "记者了解到，该项目总投资5亿元",
    "他在接受记者采访时表示",
    "编辑部主任方文说",
    "“河南这十年”主题系列新闻发布会第九场（许昌专场）",
    "来源：某某日报·某某客户端",
    "市委书记主持会议。（完）",
    "记者 欧亚非",
    "编辑：齐鲁网",                         # a site's name in the slot
    "摄影|江西新闻客户端-江西日报首席记者",  # the newsroom, named after its place
    "作者:寿光新闻网 发表于:2022-01-18",     # a county's newsroom
])
def test_no_credit(line):
    assert credits(line) == []


def test_editors_are_the_pages_and_writers_the_articles(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("首页 > 新闻中心 > 本地要闻\n"
                    "市政府召开常务会议\n"
                    "发布时间：2024-05-06  作者：杨小梅 朱国庆  来源：某某新闻网\n"
                    "5月5日，市长主持召开市政府常务会议，研究部署有关工作。\n"
                    "会议要求，要狠抓落实。\n"
                    "记者|周文博 编辑|郑雨桐 审核|冯志远\n", encoding="utf-8")
    from kg.pipeline.read import read_manifest  # noqa: F401  (the page needs no manifest)
    sp = split(normalise(read_page(page, tmp_path, {}, None, "某某市", None)))
    authors = {n for a in sp.articles for n in a.authors}
    assert authors == {"杨小梅", "朱国庆", "周文博"}
    assert set(sp.editors) == {"郑雨桐", "冯志远"}


def test_pinyin_glosses_are_dropped_and_offsets_kept():
    from kg.records import Page, Source
    raw = "安達(dá)福主持會議，強調(diào)規劃(huà)要落實(a)。"
    t = normalise(Page(source=Source("g.txt"), raw=raw, encoding="utf-8"))
    assert t.text.startswith("安达福主持会议，强调规划要落实")
    assert "（a）" in t.text                       # a bracket that is no reading stays
    a = t.text.index("安达福")
    assert raw[slice(*t.raw_span(a, a + 3))] == "安達(dá)福"


def test_a_role_on_its_own_line_credits_the_names_on_the_next(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("市政府召开常务会议\n\n5月5日，市长主持召开市政府常务会议，研究部署有关工作。\n\n"
                    "来源:\n某某晚报\n作者:\n记者 孔德明\n编辑:\n曹文静\n", encoding="utf-8")
    sp = split(normalise(read_page(page, tmp_path, {}, None, "某某市", None)))
    assert {n for a in sp.articles for n in a.authors} == {"孔德明"}
    assert sp.editors == ("曹文静",)



@pytest.mark.parametrize("line, names", [
    ("2021年1月11日，某某驿站启动仪式在区法院举行（孔德明 摄）", ["孔德明"]),
    ("记者 孔德明 审稿：曹文静 卫东来 监审：邓玉兰", ["孔德明", "曹文静", "卫东来", "邓玉兰"]),
])
def test_a_photographer_in_parentheses_and_checkers_of_the_copy(line, names):
    assert [c.name for c in credits(line)] == names


def test_a_labelled_name_with_zhong_and_a_link_label_after_an_empty_role():
    assert [c.name for c in credits("某某日报全媒体记者 蒿中刚  责任编辑: 相关文章   • 【代表风采】")] == ["蒿中刚"]


def test_a_citys_body_or_paper_in_a_credit_is_no_name():
    from kg.pipeline.credits import is_name
    assert not is_name("梅州政协", labelled=True)
    assert not is_name("潍坊日", labelled=True)
    assert not is_name("濮阳县", labelled=True)
    assert is_name("孙志远", labelled=True)
    assert is_name("常德明", labelled=True)       # (a city's name that reads as a surname and a given name)
    assert is_name("黄山", labelled=True) and not is_name("吕梁")   # (作者: 黄山, a person named as a city is)
    assert [c.name for c in credits("防城港日报港口讯(记者 黄山)5月22日下午，会议召开。")] == ["黄山"]


def test_a_photographer_after_a_caption_on_its_line():
    # a name the surname table lacks, alone before 摄 or after 记者: in the credit's slot
    assert [c.name for c in credits("这是茶话会现场。记者 代旭 摄")] == ["代旭"]
    assert [c.name for c in credits("政协第九届委员会第五次全体会议隆重开幕 税浪 摄")] == ["税浪"]
    assert [c.name for c in credits("发布会现场。人民网 焦洋摄")] == ["焦洋"]
    assert [c.name for c in credits("会议现场 张伟 李强 摄")] == ["张伟", "李强"]
    assert credits("我们要 加油 摄") == []


def test_who_arranged_a_report_or_the_body_that_sent_it_closing_the_paragraph():
    assert [c.name for c in credits("(人民网四川 罗昱 整理)")] == ["罗昱"]
    assert [c.name for c in credits("希望加强联系,深化合作。(青河市委统战部  胡文宜)")] == ["胡文宜"]
    # not a placeholder, a place or a word; not inside a sentence
    assert credits("会场一角。（资料图）") == [] and credits("它们(企业)很好") == [] and credits("来自（张家口）。") == []
    assert credits("市委书记(孙志远)讲话") == [] and credits("银河白(默认色)") == []


def test_a_photographer_after_a_captions_last_sentence_closes_the_caption(tmp_path):
    # (a blank line, then the body goes on: the credit is not run into it)
    page = tmp_path / "p.txt"
    page.write_text("代表团考察对口支援工作\n本报讯 8月15日，某某市委常委王建国一行来到指挥部，看望慰问援疆干部，了解工作取得的成绩。赵立新 摄\n\n"
            "在和期间，王建国一行先后到某某县、某某市等地调研考察。\n", encoding="utf-8")
    sp = split(normalise(read_page(page, tmp_path, {}, None, "某某市", None)))
    assert "赵立新" in {n for a in sp.articles for n in a.authors}


def test_a_bodys_team_in_a_credits_slot_is_no_name_and_a_tibetan_name_after_a_name_is():
    assert credits("发布日期：2022年01月20日     作者：政协会报道组     点击：") == []
    assert [c.name for c in credits("本网某地10月21日讯（记者 王建国 旦增明泽）10月21日下午")] == ["王建国", "旦增明泽"]


def test_more_roles_of_an_editor_line_and_a_name_that_is_a_word_in_a_credits_parentheses():
    assert [(c.name, c.role) for c in credits("核校:傅立平")] == [("傅立平", "核校")]
    assert [(c.name, c.role) for c in credits("值班总监:王立明")] == [("王立明", "值班总监")]
    assert [c.name for c in credits("据某某日报报道（记者 杨光明 徐立本 文静）万象始更新")] == ["杨光明", "徐立本", "文静"]


def test_a_writers_unit_before_the_name_in_a_credits_parentheses():
    got = [(c.name, c.role) for c in credits("副县长刘志等随行。(供稿:某某北公司 郑建明,审编:综合办 刘立浪)")]
    assert got == [("郑建明", "供稿"), ("刘立浪", "审编")]


@pytest.mark.parametrize("line, names", [
    ("某某市七届人大二次会议现场。卢立锋 供图", ["卢立锋"]),
    ("(记者 ▏齐云明 王国立)", ["齐云明", "王国立"]),
    ("作者:才让加\n来源:某某网", ["才让加"]),
    ("校核:吴康明", ["吴康明"]),
])
def test_more_shapes_of_credits(line, names):
    assert [c.name for c in credits(line)] == names


@pytest.mark.parametrize("line, names", [
    ("某某社某地9月10日电 (记者 保立旭)某某迄今投资最大", ["保立旭"]),
    ("  某某日报全媒体记者 蒿中明", ["蒿中明"]),
    ("集中开工分会场(摄影-王立斌)", ["王立斌"]),
    ("（通讯员 州直）", []),
    ("市委书记 王强 在会上讲话", []),
])
def test_a_name_right_after_a_role_and_a_credit_line_alone(line, names):
    assert [c.name for c in credits(line)] == names
