"""Meetings: the name as written, date, chair, participants, location.

A meeting is a noun phrase ending in a meeting word (常务会议, 座谈会, 推进会,
民主生活会, 研讨会 …) that the text convenes or attends: 主持召开…, …召开,
召开…, 在…召开/举行/举办, 出席…, 在…上(讲话).  The chair is the person before
主持; participants are the persons before 出席 / 参加 / 讲话 / 致辞 / 发言 /
在主席台就座, or listed after 出席会议的有.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import cn2an

from ...records import Evidence, Meeting, Visit
from .divisions import national_places
from .people import PersonMention, listed_together
from .text import CJK, DateMention, Sentence, day_alone, find_dates, in_year, lead_paragraph, words

MEETING_WORD = (r"(?:常务会议|党组会议|党组\(扩大\)会议|全体会议|主任会议|工作会议|专题会议|联席会议|调度会议|推进会议|"
                r"党组会|常务会|常委会会议|(?<=次)常委会(?![会议委])|"
                r"座谈会|推进会|现场会|调度会|部署会|动员大会|代表大会|大会|民主生活会|组织生活会|论坛|研讨会|"
                r"发布会|报告会|培训班|签约仪式|开工仪式|揭牌仪式|启动仪式|全会|两会|会议|峰会|博览会|洽谈会|"
                r"交流会|观摩会|启动会|誓师大会|见面会|恳谈会|对接会|推介会|签约会|联席会(?!议)|电话会(?!议)|视频会(?!议)|培训会|沟通会|约谈会|圆桌会|对话会|"
                r"(?<=工作)例会|闭幕会|开幕会|(?<=开工|竣工|奠基|开业|开学|颁奖)典礼|读书班|专题活动|学习会|集体学习|开幕式|闭幕式|开班式|"
                r"拉练会|动员会|汇报会|专题会(?!议)|办公会(?!议)|读书会|年会|说明会|会商会|协调会|分析会|茶话会|团拜会|务虚会|碰头会|点评会|通报会(?!议)|主题党日活动|(?<=纪念|庆祝|宣传|比拼|系列|一批)活动|"
                r"(?:签约|开工|竣工|开竣工|开\(竣\)工|开（竣）工|投产|推介|主会场|分会场|推进|周年)活动|"
                r"(?:投产|庆典|点火|奠基|升国旗|竣工|授牌|开园|开业|颁奖|欢迎|签字|签署|捐赠|捐助|授旗|启用|通车|交接|复工|复产|开复工)仪式|会谈)")
NAME_CHARS = rf"[{CJK}0-9A-Za-z“”‘’\"()（）·第次届暨—-]"
MEETING_RE = re.compile(rf"{NAME_CHARS}{{0,40}}?{MEETING_WORD}")
# a meeting word again right after (民主生活会征求意见座谈会, …全会暨…工作会议): one longer name
CONTINUED = re.compile(rf"^(?![{CJK}]{{0,4}}(?:完成|圆满|顺利|胜利))[{CJK}0-9“”\"]{{1,10}}?{MEETING_WORD}")
JOINED_NAME = re.compile(rf"^(?:暨|——)[{CJK}0-9“”\"（）()]{{1,24}}?{MEETING_WORD}(?<!仪式)(?<!活动)(?<!典礼)")
CONVENE = ("主持召开", "召开了", "召开", "举行了", "举行", "举办了", "举办", "主持", "出席", "参加", "列席", "筹备", "组织收看", "集中收看")
STUDY = ("学习贯彻", "贯彻落实", "传达学习", "传达", "学习", "贯彻", "落实")
# what follows a meeting the text speaks of: it was held, or its spirit / speech / preparation
# …会议 (主席团) (3月5日上午) (在某地) (隆重) 举行: the meeting was held
HELD = (r"\s*(?:主席团|常委会)?(?:昨日|昨天|今天|今日|当天|当日)?(?:\d{1,2}月\d{1,2}日)?(?:[上下]午|晚上?)?(?:将|已|昨日|昨天|今天|今日)?"
        # (…会议，于2022年12月31日至2023年1月2日在某地举行: the days, then the place)
        r"(?:[，,](?=于))?(?:于[^，。；]{1,12}?|于[^，。；在]{1,24}?在[^，。；]{1,20}?|在[^，。；]{1,45}?)?"
        # (…活动以视频连线形式举行, 采取线上线下结合方式召开: how it was held)
        r"(?:(?:以|采取|采用|通过)[^，。；]{1,14}?(?:形式|方式))?"
        r"(?:隆重|正式|顺利|胜利|圆满|成功)?(?:召开|举行|举办|开幕|闭幕|拉开帷幕|落下帷幕|启动)"
        # a session reported at its close: …会议圆满完成各项议程，在某地胜利闭幕
        r"|\s*(?:圆满|顺利)完成(?:大会|会议)?(?:各项|全部)?议程|\s*圆满完成[^，。；]{0,10}?任务"
        # (…会议，经过全体委员和与会同志的共同努力，圆满完成了各项议程，胜利闭幕: what it did, then its close)
        r"|[，,]\s*经过[^。；]{0,40}?(?:隆重|顺利|胜利|圆满)(?:闭幕|完成)")
AFTER_TRIGGER = re.compile(rf"^(?:{HELD}|上|时|期间|精神|重要讲话|筹备|提出|作出|部署|审议通过)")
LEFT_CUT = ("主持召开", "召开", "举行", "举办", "主持", "出席", "参加", "列席", "在", "于", "的", "了", "是", "及", "提请", "为", "之际", "期间", "传达", "学习", "贯彻", "落实", "审议", "研究", "听取",
            "筹备", "参会", "近日", "日前", "今天", "当天", "上午", "下午", "晚上", "以来", "根据", "按照", "围绕",
            "宣布", "标志着", "向", "本次", "此次", "这次", "开好", "迎接", "庆祝", "祝贺", "预祝", "决定", "确定", "提交", "结合", "讯",
            "见证下", "通过", "确保", "抓好", "做好", "宣讲", "收看")
# a speech given at a meeting the text speaks of: …座谈会上的讲话, …对话会上发表的主旨讲话, …座谈会上重要讲话精神
SPEECH_AT = r"^上(?:的|发表的|所作的)?(?:重要|主旨)?(?:讲话|报告|发言|致辞)"
# …座谈会时的重要讲话: a speech given when a meeting was held
SPEECH_WHEN = r"^时(?:的|所作的|发表的)(?:重要)?讲话"
LEAD_TIME = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[—–-]\d{1,2}日)?|[上下]午|晚上?|当天|今天|近日|日前|[,，\s])+")
# a line's day and nothing else before a meeting's name: 8日，; 昨(8)日上午，; 2月3日下午
DAY_THEN_NAME = re.compile(r"\s*(?:本报讯)?\s*(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|[昨今]\s*[(（]\d{1,2}[)）]\s*日|昨日|昨天|今天|当天)"
                           r"(?:[上下]午|晚上?)?\s*[，,]?\s*")
TRAIL_TIME = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[—–-]\d{1,2}日)?|[上下]午|晚上?|[,，\s])+$")
GENERIC = {"会议", "大会", "全会", "会", "论坛", "常务会议", "工作会议", "专题会议", "有关会议", "相关会议",
           "本次会议", "这次会议", "此次会议", "该会议", "座谈会", "研讨会", "推进会", "现场会", "民主生活会",
           "两会", "专题活动", "党组会议", "全体会议", "调度会议", "联席会议", "推进会议", "调度会", "部署会", "专题会", "办公会", "专题办公会",
           "签约仪式", "开工仪式", "新闻发布会", "发布会", "开幕式", "闭幕式", "预备会议", "签约大会", "开幕会",
           "闭幕会", "见面会", "对接会", "推介会", "恳谈会", "交流会", "报告会", "培训班", "启动仪式", "揭牌仪式",
           "开幕会议", "闭幕会议", "开幕大会", "闭幕大会"}
# the number of a session or plenum: 十五届人大三次会议, 第四十次常委会会议, 三中全会, 党代会
NUMBERED = re.compile(r"[一二三四五六七八九十\d]{1,3}届[^，。；、]{0,10}?[一二三四五六七八九十\d]{1,3}次|"
                      r"第[一二三四五六七八九十百\d]{1,4}次|[一二三四五六七八九十]中全会|次全会|次党代会")
SITTING = re.compile(r"第[一二三四五六七八九十\d]{1,3}次(?:全体会议|大会)|选举大会|预备会议|闭幕大会|开幕大会")
# rules of meetings the text only speaks of (no date, chair or participants of their own)
SPOKEN_OF = frozenset({"meeting.mentioned", "meeting.session", "meeting.announced"})
# …会议将于1月14日召开: a meeting the text announces, dated as announced, with no one present yet
ANNOUNCED = re.compile(r"^\s*(?:主席团)?(?:将于|拟于|定于|计划于|预计于|将在|将)([^，。；]{0,16}?)(?:召开|举行|举办|开幕)")
# 会议决定，某某会议于1月14日至16日召开: a meeting a meeting decided on, to be held later
DECIDED = re.compile(r"(?:决定|确定|同意|建议)[，,：:]?\s*(?:中国人民政治协商会议|中国共产党)?$")
DECIDED_DAY = re.compile(r"^\s*于([^，。；]{0,30}?)(?:召开|举行|举办|开幕)")
# an event named by its kind alone: 开工活动, 项目签约仪式, 主会场活动
GENERIC_EVENT = re.compile(r"(?:项目)?(?:集中)?(?:签约|开工|竣工|开竣工|开（竣）工|开\(竣\)工|投产|观摩|推介|主会场|分会场|推进|启动)"
                           r"(?:活动|仪式)")
# talks a report may name by their kind only, when the text convenes them (召开座谈会)
# a standing body that meets: 市委常委会, 县政府党组, 区人大常委会 (召开会议)
# (a leading group of a city's, 某市推进某某工作领导小组召开会议: its meeting, named after it)
STANDING_BODY = r"(?:中共)?(?:[\u4e00-\u9fff]{0,10}?(?:常委会|常务委员会|党组|党委|党工委|人民政府|政府|主任会议|[省市州县区旗]委)|" \
                r"[\u4e00-\u9fff]{0,6}?[省市州县区旗][\u4e00-\u9fff]{2,20}?领导小组)"
BODY_CONVENES = re.compile(rf"(?:^|(?<=[，,。；;\s日]))({STANDING_BODY})(?:于[^，。；]{{1,12}}?)?(?:召开|举行)了?$")
# (甲主持召开|州委抓落实专题会议: the body named after the verb)
BODY_OPENS = re.compile(rf"^{STANDING_BODY}")
KIND_TALKS = ("座谈会", "恳谈会", "见面会", "推介会", "对接会", "发布会", "交流会", "汇报会", "调度会", "现场会", "推进会")
# kinds held when someone chairs them (甲主持召开专题会; not 各地要召开专题会议)
CHAIRED_KINDS = ("专题会", "办公会", "专题办公会")
# a ceremony named by its kind only (项目开工仪式, 签约仪式, 集中开工仪式)
CEREMONY = re.compile(r"(?:项目)?(?:集中)?(?:签约|开工|开竣工|竣工|揭牌|启动|奠基|开工复工|开复工|复工)仪式")
SPECIFIC = re.compile(r"^(?:[市县区镇乡省全]|中央|国务院|中共|党的|\d{4}年|第|[“\"])|届|次|[“\"]")
CHAIRED = re.compile(r"^(?:总书记|同志)?[^，。；]{0,24}?主持(?:召开)?了?\s*$")
# X主持会议 / 主持开幕式 / 主持并讲话, in a sentence after the one naming the meeting
CHAIRS = re.compile(r"\s*主持(?:了)?(?:会议|大会|开幕式|开幕会|闭幕会|开幕大会|闭幕大会|闭幕式|座谈(?!会)|会谈|(?:集体)?学习|[^，。；主]{0,14}?(?:仪式|活动|发布会|座谈会|全体会议|恳谈会|洽谈会|推介会|见面会|交流会|调度会|推进会|现场会|报告会)|"
                    r"并讲话|并致辞|并作|$|[，。,])")
PARTICIPATE = re.compile(r"(出席|参加|列席|来到(?=[^，。；]{0,20}?仪式现场)|下达(?=[^，。；]{0,8}?开工(?:指)?令)|向(?:大会|会议)(?:作|报告)|(?:会见|会谈|会晤)时在座|陪同(?=会见|会谈|会晤|接见)|在主席[台团](?:前排|上)?就[座坐]|作对照检查|作(?:工作)?报告|作总结|(?:应邀)?到会|"
                         r"作了?(?:交流|典型|表态|汇报)发言|通报了|通报(?=[^，。；]{2,30}?(?:情况|进展))|汇报了|"
                         # 甲为与会人员作了专题辅导讲座: who teaches at it
                         r"作了?[^，。；]{0,20}?(?:讲座|辅导报告)|宣读了|传达(?:了)?(?=[^，。；]{0,30}?(?:精神|讲话|论述|文件|指示))|讲话(?!精神|要求|稿|中|时)|作(?:了|的)?关于|宣布(?=[^，。；]{0,8}?(?:开工|开幕|闭幕|启动|开园|开业|投产|启用|揭牌))|"
                         # 甲在会上强调; 甲作推介; 甲介绍某地投资环境: who speaks at it
                         r"在(?:会上|会议上|座谈会上|仪式上|活动上)(?=强调|指出|表示|要求|讲话|发言|说|发表|作)|作了?(?:招商|项目|城市)?推介|"
                         # 甲在讲话时指出: the speaker of the report's one meeting
                         r"在(?:讲话|致辞)(?:中|时)(?=指出|强调|表示|要求|说)|"
                         r"介绍(?=[^，。；]{2,16}?(?:情况|环境|优势|政策|做法))|"
                         r"(?:等领导|等)?(?:的)?(?:共同)?见证下|"
                         r"(?:一同|共同)(?:启动|按下|触摸|开启|点亮|见证|揭牌|培土|铲土)|见证(?:了)?(?:签约|签字)|介绍了|"
                         # 甲、乙分别与某某公司…进行了签约; 甲代表市政府与某某集团签署协议: who signs
                         r"(?:分别|代表[^，。；]{1,20}?)与[^。；]{2,150}?(?:进行了?|正式)?(?:集中)?(?:签约|签订|签署|签下)|"
                         r"(?:视频)?(?:致辞|发言)(?!精神|要求)|作了?(?:主题|主)?发布|(?:一同|共同)?回答(?:了)?(?:现场)?(?:记者|媒体)?提问|"
                         r"答记者问|[作做]了?(?:详细|相关|有关)?(?:的)?(?:介绍|说明|解读))")
# the meeting hears those who report to it: 会议（分别）听取了甲、乙关于…的汇报
HEARD = re.compile(r"(?:^|[，,])(?:会议|会上)[^，。；]{0,4}?(?:分别|先后|还|首先)?听取(?:了)?")
REPORT_ON = re.compile(r"关于|的(?:工作)?汇报|汇报|[。；]")
# a meeting where to speak is to take part (a forum, a council's sitting), not a ceremony
DELIBERATIVE = re.compile(r"(?:座谈会|座谈|发布会|专场|会议|交流会|恳谈会|协商会|研讨会|对接会|见面会|讨论会|论坛|会谈|会见)$")
# what is said of a meeting after it, not in it: 甲表示，将以此次会议为契机…; 会后，乙说
AFTERWARDS = re.compile(r"会后|(?:此次|本次|这次)(?:会议|大会)|会议精神|会议结束")
SPEAKS = re.compile(r"^(?:、[\u4e00-\u9fff·]{2,6}?)*(?:等)?(?:委员|代表|同志|先生|女士)?(?:分别|先后)?(?:从[^，。；]{2,40}?(?:角度|方面))?"
                    r"(?:在(?:会上|发言中|座谈中|交流中)|发言时)?[，,]?"
                    r"(?:详细|简要|重点|全面|具体)?(?:表示|建议|提出|认为|谈到|说|介绍|结合[^，。；]{2,20}?(?:表示|发言|谈))")
# a press conference's speakers announced one per line after it: …发布人，他们是：
ROLL_CALL = re.compile(r"(?:发布人|嘉宾|出席[^，。；]{0,8}的[^，。；]{0,6})[，,]?(?:他们|她们)?(?:是|有)[:：]\s*")
# what a sentence does besides listing names (a list that goes on from a cue has none of it)
LIST_VERBS = re.compile(r"出席|参加|列席|主持|讲话|致辞|发言|表示|指出|强调|说|召开|举行|就[座坐]|陪同|会见|调研|通过|审议|选举")
# what may follow the verb that closes a list over semicolons: 出席。/ 出席会议或参加调研。
CLOSES_LIST = re.compile(r"(?:了)?(?:(?!相关|有关)[\u4e00-\u9fff]{0,8}?(?:会议|大会|座谈会|(?<=联席|推介|恳谈|洽谈|对接)会|仪式|活动))?(?:(?:或|和|并|及)(?:参加|出席)?(?:了)?(?:调研|考察|视察|活动|会议))?[。\s]*$")
# a list of those present after its cue: 出席会议的有甲、乙; 在主席台就座的领导有甲、乙; 出席人员：甲、乙
PRESENT_LIST = re.compile(r"(?:(?:出席|参加)[^，。；]{0,10}?并担任[^，。；]{1,8}?的(?:分别)?(?:为|是|有)[:：]?|"
                          r"(?:出席|参加|列席)(?:[\u4e00-\u9fff]{0,4}?(?:会议|大会|活动|仪式|开幕式|闭幕式))?的(?:市|县|区)?(?:领导嘉宾|领导和嘉宾|嘉宾|领导|领导同志|同志|人员)?(?:还)?有|"
                          r"就[座坐]的[^，。；]{0,12}有|(?:出席|参会|参加|列席)人员[:：]|(?:大会|会议)的?执行主席(?:是|为|有)?|主席团常务主席)")
SITTING_CHAIRS = re.compile(r"(?P<each>分别)?主持(?:了)?[^，。；]{0,16}?(?P<which>第?[一二三四五六七八九十\d]{1,3}次?"
                            r"(?:[、和及至]第?[一二三四五六七八九十\d]{1,3}次?)*次)(?P<kind>全体会议|大会)")
ORG_SUBJECT = re.compile(rf"([{CJK}()（）]{{2,14}}?(?:委员会|常委会|党组|政府|委|局|部|院|办|厅|会|组|监委))$")


def _clean_name(raw: str) -> str:
    """The name as written: what precedes it in the sentence and a leading date cut off; a
    year (2025年度) stays, it names which meeting it is."""
    name = raw
    # (理论学习会议: a study word that leaves a bare kind is the meeting's own)
    cuts = sorted({0} | {k + len(w) for w in LEFT_CUT for k in [name.rfind(w)] if k >= 0 and k + len(w) <= len(name) - 2
                         # (某某自治州成立70周年庆祝大会: a celebration named by what it celebrates)
                         and not ((w in STUDY or w == "庆祝") and name[k + len(w):] in GENERIC)
                         # (not inside quotation marks: “庆祝某某成立75周年”系列新闻发布会)
                         and name[:k].count("“") <= name[:k].count("”")},
                  reverse=True)
    best = cuts[0] if cuts else 0
    # …项目开工及签约仪式: a 及 that leaves a kind of event only joins two parts of one name
    while best and name[best - 1] in "及与和" and len(cuts) > 1 and (
            name[best:] in GENERIC or GENERIC_EVENT.fullmatch(name[best:])):
        cuts.pop(0)
        best = cuts[0]
    name = name[best:]
    # 和/与/及 before a level word joins two meetings: …全会和省两会 -> 省两会
    joined = list(re.finditer(r"(?:精神)?[和与及、](?=(?:省|市|县|区|全市|全省|全国|中央|党的|中共|国务院|"
                              r"[十二]\S{0,2}届)[\u4e00-\u9fff])", name))
    if joined and joined[-1].end() <= len(name) - 3:
        name = name[joined[-1].end():]
    inner = list(re.finditer(r"\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?", name))
    if inner:
        name = name[inner[-1].end():]
    name = LEAD_TIME.sub("", name)
    # (在甲大会和乙推进会上: the second name without the 和 that joins it; not the 和 of 和平区)
    if name[:1] in "和与及" and len(name) >= 6 and words(name[:3])[0] == name[0]:
        name = name[1:]
    name = re.sub(r"^[a-z]+(?=[\u4e00-\u9fff])", "", name)      # (…@163.com glued by a line join)
    name = name.strip(" ")
    # a quotation mark that closes or opens nothing in the name is not part of it
    # (“某某”系列新闻发布会 keeps its quotes)
    if name[:1] in "“\"" and not re.search(r"[”\"]", name[1:]):
        name = name[1:]
    if name[-1:] in "”\"" and not re.search(r"[“\"]", name[:-1]):
        name = name[:-1]
    # (“2021某某新区招商大会”正式开启: a name set in quotation marks whole, without them; a short
    # form keeps them, they say it is one: “两会”)
    if re.fullmatch(r"“[^“”]{6,}”", name):
        name = name[1:-1]
    return name.strip(" ")


def find(sent: Sentence) -> list[tuple[int, int, str, str]]:
    """(start, end, name, rule) of each meeting the sentence convenes, attends or speaks of."""
    s = sent.text
    out = []
    pos = 0
    for m in MEETING_RE.finditer(s):
        a, b = m.start(), m.end()
        if a < pos or _inside_book_title(s, a):
            continue
        # 召开2022年《政府工作报告（征求意见稿）》征求意见座谈会: a document's title opens the name
        titled = re.search(r"(?:召开|举行|举办)了?((?:\d{4}年(?:度)?)?《[^《》]{1,40}》)$", s[:a]) if s[a - 1:a] == "》" else None
        if titled:
            a = titled.start(1)
        if s[b:b + 1] == "议" and s[a:b].endswith("会"):
            b += 1              # 学习会议, 座谈会议: the kind's longer form
        # 中国人民政治协商会议某某市第五届委员会第三次会议: the body's name is part of the session's
        # (中国人民政治协商会议第九届某某市委员会第五次会议: the term before the place)
        cppcc = re.match(r"(?:[\u4e00-\u9fff]{0,14}?第[一二三四五六七八九十\d]{1,3}届|第[一二三四五六七八九十\d]{1,3}届[\u4e00-\u9fff]{1,14}?)"
                         r"委员会(?:常务委员会)?第[一二三四五六七八九十\d]{1,3}次"
                         r"(?:全体)?会议", s[b:]) if s[a:b].endswith("政治协商会议") else None
        if cppcc:
            b += cppcc.end()
        while True:
            # (…常务会议暨某某管委会2023年第3次主任办公会议: one meeting under two names)
            more = CONTINUED.match(s[b:]) or JOINED_NAME.match(s[b:])
            if not more or any(w in more.group(0) for w in (*CONVENE, "在", "上", "和", "与", "讲话", "精神")):
                break
            b += more.end()
        # …系列新闻发布会齐齐哈尔专场: the session of a series is named after its place
        series = re.match(r"[\u4e00-\u9fff]{2,8}专场", s[b:])
        if series:
            b += series.end()
        # 全市“两会”精神: the quotation mark the name opened closes it
        if s[b:b + 1] == "”" and s[a:b].count("“") > s[a:b].count("”"):
            b += 1
        pos = b
        name = _clean_name(s[a:b])
        # (召开了“某某推介会暨签约仪式”: a name set in quotation marks whole starts after the first)
        start = b - len(name) - (1 if s[b - 1:b] in "”\"" and not name.endswith(("”", "\"")) else 0)
        # 某某项目集中开工、竣工仪式: two kinds of one event joined by 、
        if s[start - 1:start] == "、" and re.search(r"(?:签约|开工|竣工|开竣工|投产|揭牌)$", s[:start - 1]) \
                and re.match(r"(?:签约|开工|竣工|投产|揭牌)", name):
            head = re.search(rf"{NAME_CHARS}{{2,40}}$", s[:start - 1])
            if head:
                name = _clean_name(head.group(0) + "、" + name)
                start = b - len(name)
        # 主持召开市各民主党派、工商联、无党派人士代表座谈会: the parts of one name joined by 、 after the verb
        parts = re.search(r"(?:主持召开|召开了?|举行了?|举办了?)((?:[^，。；、\s]{1,10}、)+)$", s[:start]) \
            if s[start - 1:start] == "、" else None
        if parts and not any(re.search(MEETING_WORD, x) or re.search(r"[\d次个场]", x) for x in parts.group(1).split("、") if x):
            lead = 1 if parts.group(1).startswith("的") else 0     # (召开的市人大、政协“两会”)
            name = parts.group(1)[lead:] + name
            start = parts.start(1) + lead
        before = TRAIL_TIME.sub("", re.sub(r"[“\"]$", "", s[max(0, start - 12):start]))
        # (参加了签约仪式, 出席了开工仪式: the verb as without 了; not 列席了某届某次会议, what a
        # session's members did before, in its report)
        if not NUMBERED.search(name):
            before = re.sub(r"(?<=出席|参加|主持)了$", "", before)
        after = s[b:b + 60]
        rule = None
        # 市委理论学习中心组组织第四次集体学习: the group's study session, named without the verb
        study = re.search(r"中心组(?:[(（]扩大[)）])?(组织|举行|召开|开展|进行)了?(?=(?:第[一二三四五六七八九十\d]{1,3}次)?"
                          r"(?:专题)?集体学习$)", name)
        if study:
            name = name[:study.start(1)] + name[study.end():]
            rule = "meeting.召开"
        if study:
            pass
        elif before.endswith(CONVENE) and re.match(r"的(?!会议|大会|现场)", after) and \
                before.endswith(("参加", "出席", "列席")):
            # 会见前来参加某某大会的客人, 与参加某某会议的委员座谈: the guests' purpose, spoken of
            if name in GENERIC:
                continue
            rule = "meeting.mentioned"
        elif before.endswith(("出席", "列席")) and re.match(r"的?(?:代表|委员)(?!会|团)", after):
            # 选举某市出席省第十三届人民代表大会代表: deputies to a session, which the text only names
            rule = "meeting.mentioned"
        elif before.endswith(CONVENE):
            rule = "meeting." + next(t for t in CONVENE if before.endswith(t))
        elif CEREMONY.search(name) and after.startswith("现场") and re.search(r"(?:来到|在)[^，。；]{0,12}$", s[:start]):
            # (甲、乙来到位于某县的项目集中开工仪式现场: they attend it; 在某某开工奠基仪式现场，甲…: held)
            rule = "meeting.出席" if re.search(r"来到[^，。；]{0,12}$", s[:start]) else "meeting.举行"
        elif (held := re.search(r"(举办|举行|召开)了?[^，。；“”]{2,30}?的$", s[max(0, start - 40):start])) \
                and not re.search(r"(?:举办|举行|召开)了?的$", s[:start]):
            # 成功举办规模最大、金额最高的某某签约活动: what it was like, between the verb and the name
            rule = "meeting." + held.group(1)
        elif AFTER_TRIGGER.match(after):
            rule = "meeting.在…上" if after.startswith("上") else "meeting.召开"
            if re.match(rf"^(?:{HELD})(?:前夕|之前|之际)|^(?:即将|将要)", after) or re.match(SPEECH_WHEN, after):
                # 在某某全会召开前夕, 在主持召开某某座谈会时的重要讲话: a meeting spoken of, not one the text reports
                rule = "meeting.mentioned"
            if re.search(r"(?:迎接|喜迎|预祝|期盼|确保)$", before) and not after.startswith("上"):
                # 以优异成绩迎接某某大会胜利召开: a meeting looked forward to, not one held that day
                rule = "meeting.mentioned"
            elif re.match(SPEECH_AT, after) and (
                    SPECIFIC.search(name) or re.match(SPEECH_AT + r"(?:的)?精神", after)
                    or re.search(rf"(?:{'|'.join(STUDY)})[^。；]*$", s[:start])):
                # 学习某某在某某大会上的报告, 传达某某在电信企业座谈会上的讲话精神: a speech the text
                # speaks of, not a meeting it reports
                rule = "meeting.mentioned"
            elif after.startswith("上"):
                # 在某某会议上 reports the meeting; …会议上 without 在 speaks of it
                if not re.search(r"在[^，。]*$", s[:start]):
                    rule = "meeting.mentioned" if SPECIFIC.search(name) else None
            elif not re.match(rf"^(?:{HELD})", after):
                rule = "meeting.mentioned" if SPECIFIC.search(name) else None
        elif before.endswith(STUDY) and SPECIFIC.search(name):
            rule = "meeting.mentioned"
        # (传达学习甲在参加某某会议某某代表团审议时的讲话精神: a speech at a meeting elsewhere)
        if rule and rule != "meeting.mentioned" and re.match(r"^[^，。；]{0,30}?" + SPEECH_WHEN[1:], after) \
                and re.search(rf"(?:{'|'.join(STUDY)})[^。；]*$", s[:start]):
            rule = "meeting.mentioned"
        # (确保正在召开的全国“两会”期间…, 即将召开的某某年会: a meeting going on elsewhere or to come)
        if rule and re.search(r"(?:正在|即将|将要|行将)(?:召开|举行|举办)的$", s[max(0, start - 12):start].rstrip("“\"")):
            rule = "meeting.mentioned"
        # the next of a list of meetings: 传达学习省委城市工作会议、全市领导干部会议; 召开甲会和乙会
        if rule is None and out and s[out[-1][1]:start] in ("、", "和", "及", "与", "以及"):
            rule = out[-1][3]
        # 昨(8)日，市政协党组某某会议，甲主持会议: a line that opens on its day and the meeting's
        # name, then who chairs it, reports the meeting held
        if rule in (None, "meeting.mentioned") and DAY_THEN_NAME.fullmatch(s[:start]) \
                and re.match(r"^[，,][^。；]{0,30}?主持(?:会议|召开|并讲话|。|$)", s[b:]):
            rule = "meeting.召开"
        # 市委十二届四次全会以来, 提交市十五届人大三次会议审议: a numbered session is a meeting
        # the text speaks of, whatever it says of it
        if rule is None and NUMBERED.search(name) and SPECIFIC.search(name) and len(name) >= 6:
            rule = "meeting.mentioned"
        # 在（7日举行的）座谈会上: a meeting held, though the text names it by its kind only
        if (rule == "meeting.在…上" and name in GENERIC and re.search(r"在(?:[^，。；]{0,10}?(?:举行|召开)的)?$", s[:start])
                and name.endswith(("座谈会", "恳谈会", "见面会", "推介会", "对接会", "发布会", "交流会"))):
            out.append((start, b, name, rule))
            continue
        # 市政府召开座谈会, 甲主持召开座谈会: a talk convened, named by its kind only
        if (name in GENERIC and rule in ("meeting.召开", "meeting.召开了", "meeting.主持召开", "meeting.举行", "meeting.举行了")
                and before.endswith(("召开", "召开了", "举行", "举行了"))
                and (name.endswith(KIND_TALKS) or rule == "meeting.主持召开" and name in CHAIRED_KINDS)):
            out.append((start, b, name, rule))
            continue
        # 出席项目开工仪式, 举行了签约仪式, 在开工仪式上致辞: a ceremony held, named by its kind only
        if (CEREMONY.fullmatch(name) and rule in ("meeting.出席", "meeting.参加", "meeting.举行", "meeting.举行了", "meeting.在…上",
                                                  "meeting.主持", "meeting.召开")
                and not (rule == "meeting.在…上" and not re.search(r"在(?:此次|本次|这次)?$", s[:start]))):
            out.append((start, b, name, rule))
            continue
        # 座谈会上，…: a sentence that opens on the kind of meeting speaks of the one the report is about
        if (name in GENERIC and start == 0 and re.match(r"^(?:上|中)[，,]", after)
                and name.endswith(("座谈会", "恳谈会", "见面会", "推介会", "对接会", "发布会", "交流会", "现场会"))):
            out.append((start, b, name, "meeting.opening_kind"))
            continue
        # 市委常委会召开会议, 县政府党组召开会议, 州委召开抓落实专题会议: the body's meeting of that
        # kind, named after the body (and what the meeting is about)
        about = re.split(r"召开了?|举行了?", s[a:start])[-1] if re.search(r"召开|举行", s[a:start]) else ""
        body = BODY_CONVENES.search(s[:a] + re.split(r"召开|举行", s[a:start])[0] + "召开") \
            if name in GENERIC and about else BODY_CONVENES.search(s[:start]) if name == "会议" else None
        if body and not re.search(r"[，,。；;]", body.group(1)):
            full = _clean_name(body.group(1)) + about + name
            out.append((start - len(about) - len(body.group(0)), b, full, "meeting.召开"))
            continue
        # 甲主持召开州委抓落实专题会议: the body named after the verb
        if name in GENERIC and about and BODY_OPENS.match(about) and not re.search(r"[，,。；;]", about):
            out.append((start - len(about), b, about + name, "meeting.召开"))
            continue
        # (甲主持会商会: a kind of three characters, chaired or convened, is the meeting the report is of)
        kind3 = name in ("会商会", "协调会", "分析会", "茶话会", "团拜会", "碰头会", "点评会") and rule in (
            "meeting.主持", "meeting.主持召开", "meeting.召开", "meeting.召开了", "meeting.举行", "meeting.举行了")
        if rule is None or name in GENERIC or GENERIC_EVENT.fullmatch(name) or len(name) < 3 or \
                (len(name) < 4 and not name.endswith("两会") and not kind3):
            continue
        if re.search(r"有关|相关|各类|各项|历次|或", name) or re.search(r"系列(?:会议|活动|座谈会|论坛|讲座)$", name):
            continue            # (视察调研或座谈会: one or the other, no meeting named)
        # 某某会议(主席团)举行第二次全体会议: the sitting is a meeting of its own, named after
        # the session, which the text speaks of without its dates
        sitting = re.fullmatch(r"第[一二三四五六七八九十\d]{1,3}次(?:全体会议|大会|会议)", name)
        if sitting and out:
            pa, pb, pname, prule = out[-1]
            link = re.fullmatch(r"(主席团|常委会)?(?:于[^，。]{1,10})?(?:举行|召开|举行了|召开了)", s[pb:start])
            if link and prule != "meeting.mentioned":
                out[-1] = (pa, pb, pname, "meeting.session")
                out.append((pa, b, pname + (link.group(1) or "") + name, prule))
            continue
        # 市委常委会召开…民主生活会: the convening body belongs to the name
        # (a name that opens with its own place, 楚雄州2025年…通报会, keeps it)
        # (娄底市五届人大常委会举行第33次主任会议: so does the body that holds a numbered one)
        if (before.endswith("召开") or before.endswith("举行") and name.startswith("第")) and not re.match(r"^(市|县|区|省|全|中央|国务院|中共)", name) \
                and not national_places().match(name) and not re.match(r"^[\u4e00-\u9fff]{1,5}[省州市县区盟旗]\d{4}年", name):
            k = start - (len(s[max(0, start - 12):start]) - len(before)) - 2
            subj = ORG_SUBJECT.search(s[:k])
            body = subj.group(1) if subj else ""
            # (…第6次常务会议某某区人民政府召开…: a line's meeting before the body is no part of it)
            inner = list(re.finditer(MEETING_WORD, body[:-1]))
            if inner:
                body = body[inner[-1].end():]
            if len(body) >= 2 and not re.search(r"[，,。]", body):
                name = _clean_name(body) + name
        out.append((start, b, name, rule))
    return out


# the party's congresses and plenums, named without a meeting word: 党的二十大, 二十届三中全会
NUMBER = r"(?:十[一二三四五六七八九]?|二十[一二三四五六七八九]?)"
PARTY_CONGRESS = re.compile(rf"(?:党的|中共|中国共产党)?(?:{NUMBER}大|第{NUMBER}次全国代表大会|"
                            # (十九届二中、三中、四中、五中全会: the last of the list, as the text names it in full)
                            rf"{NUMBER}届(?:[一二三四五六七八九十]中、)*[一二三四五六七八九十]中全会|"
                            # a province's or city's own: 省第十二次党代会, 某某市第五次党代会, 市六次党代会
                            rf"(?:[\u4e00-\u9fff]{{0,6}}?[省市州县区])第?[一二三四五六七八九十]{{1,3}}次党代会)"
                            r"(?![\u4e00-\u9fff]*?(?:代表|以来|期间|之后|后))")
CONGRESS_CUE_BEFORE = ("学习", "贯彻", "宣传", "迎接", "庆祝", "学习贯彻", "领会", "落实", "召开", "胜利召开")
CONGRESS_CUE_AFTER = re.compile(r"^(?:精神|胜利召开|召开|开幕|闭幕|报告|作出|提出|明确提出|部署|确定|擘画|强调|指出|和|、|上)")


def party_congresses(sent: Sentence, taken: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """党的二十大, 二十届一中全会 … spoken of (学习贯彻…精神, …胜利召开): meetings with no date."""
    s = sent.text
    out = []
    listed = False              # (党的十九大，省十一次党代会，市六次党代会精神: one cue for the list)
    for m in PARTY_CONGRESS.finditer(s):
        a, b = m.start(), m.end()
        if any(x < b and a < y for x, y, _n, _r in taken) or _inside_book_title(s, a):
            continue
        name = re.sub(r"(?<=届)(?:[一二三四五六七八九十]中、)+", "", m.group(0))
        local = re.search(r"第?[一二三四五六七八九十]{1,3}次党代会$", m.group(0))
        if local and local.start() > 0:
            # 省第十一次党代会, 山西省第十二次党代会: the place as written, not the words before it
            head = m.group(0)[:local.start()]
            place = max((p for p in national_places().finditer(head) if re.fullmatch(r"[省市州县区]?", head[p.end():])),
                        key=lambda p: p.end() - p.start(), default=None)
            a += place.start() if place else len(head) - 1
        before = s[max(0, a - 6):a]
        if local and local.start() > 0:
            name = s[a:b]
        if before.endswith(CONGRESS_CUE_BEFORE) or CONGRESS_CUE_AFTER.match(s[b:]) or (
                listed and out and re.fullmatch(r"[，,、和及与]", s[out[-1][1]:a])):
            out.append((a, b, name, "meeting.mentioned"))
            listed = True
    return out


SESSION = re.compile(r"^(?P<where>[^，。]{0,16}?)(?:第)?(?P<term>[一二三四五六七八九十\d]{1,3})届(?P<body>(?:(?!会议|全会)[^，。]){0,16}?)"
                     r"(?:第)?(?P<no>[一二三四五六七八九十百\d]{1,4})次(?P<kind>会议|全会|全体会议|全体\(扩大\)会议|全体（扩大）会议)$")
# a reception: 甲（在某地）会见（了）乙一行; 甲与乙（举行）会谈.  Hosts and guests both attend;
# no one chairs it.  Not 会见时说 / 会见中: the reception spoken of again.
RECEPTION = re.compile(r"(?:亲切)?(会见|会晤|接见|拜会|拜访(?!、))(?:了)?(?!时|中(?=[，,\s]|指出|表示|强调|说|介绍|谈|双方|希望)|后|前(?!来)|结束|活动)")
TALKS = re.compile(r"(?:分别)?(?:与|同)([^。；]{2,80}?)(?:举行|进行)?(?:了)?((?:工作)?会谈|座谈交流|座谈(?!会|交流))(?:交流)?(?!时|中|后)")
HOST_GAP = re.compile(r"\s*(?:等(?:[省市县区州]?领导(?:同志)?|[省市县区州]领导)[，,]?)?"
                      # (甲深入某园区调研，并在某宾馆会见乙: what the host did first, then 并)
                      r"(?:[^。；]{2,40}?[，,]\s*并)?"
                      r"\s*(?:(?:今天|昨天|当天|当日|今日|昨日|近日|日前|\d{1,2}月\d{1,2}日)?(?:上午|下午|晚上|晚)?)?(?:(?:在|赴|到)[^，。；]{1,20}?)?(?:还|又|也|先后|分别|共同|一起|密集地)?(?:亲切)?\s*"
                      # (拜访、会见了甲: two verbs of one reception)
                      r"(?:(?:拜访|拜会|看望|走访)、)?")
BODY_TALKS = re.compile(r"(?:^|(?<=[，,。；;\s日]))(?:我市|我县|我区|我州|市委、?市政府|县委、?县政府|区委、?区政府)"
                        r"与([^，。；]{2,40}?)(?:举行|进行)了?(座谈|会谈)(?!会|时|中|后)")
# hosts spoken of as a body, not by name: 市委、市政府主要领导, 党政主要负责同志
UNNAMED_HOSTS = re.compile(r"(?:领导|负责同志|负责人)(?:同志)?(?:还|又|也|先后|分别|共同|一起|亲切|在[^，。；]{1,20}?)*$")
# those named after the verb, up to a clause of their own (，双方就… / ，并…)
GUEST_GROUP = re.compile(r"一行|代表团|考察团|访问团|参访团|客人|嘉宾|企业家|客商|团长|代表")
# a group that comes to talk, not the people a visit meets (群众代表)
VISITING_GROUP = re.compile(r"一行|代表团|考察团|访问团|参访团|客人|嘉宾|企业家|客商|委员")


def receptions(sent: Sentence, persons: list[PersonMention]) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, name, who) of each reception the sentence reports: its hosts, then its guests."""
    s = sent.text
    out = []
    for m in RECEPTION.finditer(s):
        before = [pm for pm in persons if pm.end <= m.start()]
        opening = re.split(r"[，,。；;：:]", s[:m.start()])[-1]
        if before and HOST_GAP.fullmatch(s[before[-1].end:m.start()]):
            hosts = [before[-1]]
            while len(hosts) < len(before) and listed_together(s, before[-len(hosts) - 1], hosts[0]):
                hosts.insert(0, before[-len(hosts) - 1])
        elif UNNAMED_HOSTS.search(opening) and not any(pm.end > m.start() - len(opening) for pm in before):
            # 某县党政主要领导先后会见甲、乙等客商: hosts the article does not name, guests it does
            hosts = []
        else:
            continue
        after = [pm for pm in persons if pm.start >= m.end()]
        guests: list[PersonMention] = []
        # (the guest's titles may run over a comma: 会见了某集团副总经理，某公司董事长甲一行)
        gap0 = s[m.end():after[0].start] if after else ""
        if after and (not re.search(r"[，,。；;]", gap0) or (
                not re.search(r"[。；;]", gap0) and len(gap0) <= 60 and s.startswith("一行", after[0].end)
                and not re.search(r"并|表示|强调|指出|介绍", gap0))):
            guests = [after[0]]
            for nxt in after[1:]:
                gap = s[guests[-1].end:nxt.start]
                if listed_together(s, guests[-1], nxt) or re.fullmatch(r"(?:一行)?(?:以及|及|和|、)[^，。；]{0,24}", gap):
                    guests.append(nxt)
                else:
                    break
        clause = re.split(r"[，,。；;]", s[m.end():])[0]
        if (not guests and not GUEST_GROUP.search(clause)) or not hosts + guests:
            continue
        out.append((m.start(), m.end(), m.group(1), [pm.name for pm in hosts + guests]))
    # 我市与某某集团举行座谈: a talk the city holds with a company or a body, its people named after
    for m in BODY_TALKS.finditer(s):
        if not any(pm.start < m.end() for pm in persons):
            out.append((m.start(2), m.end(2), m.group(2), []))
    for m in TALKS.finditer(s):
        before = [pm for pm in persons if pm.end <= m.start()]
        inside = [pm for pm in persons if m.start(1) <= pm.start and pm.end <= m.end(1)]
        # (甲与某某访问团一行座谈: a visiting group the text does not name person by person)
        group = not inside and VISITING_GROUP.search(m.group(1)) and not re.search(r"[，,]", m.group(1))
        if not before or not (inside or group) or not HOST_GAP.fullmatch(s[before[-1].end:m.start()]):
            continue
        hosts = [before[-1]]
        while len(hosts) < len(before) and listed_together(s, before[-len(hosts) - 1], hosts[0]):
            hosts.insert(0, before[-len(hosts) - 1])
        out.append((m.start(2), m.end(2), m.group(2),
                    [pm.name for pm in hosts] + [pm.name for pm in inside]))
    return out


def _number(text: str) -> int | None:
    """12, 十二, 二十八, 两 -> the number (cn2an)."""
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


def session_key(name: str) -> tuple | None:
    """What identifies a numbered session, whatever the form of its name: its level, body,
    term and number (市十五届人大三次会议 = 某某市第十五届人民代表大会第三次会议)."""
    m = SESSION.match(name)
    if not m:
        return None
    text = name.replace("人民代表大会常务委员会", "人大常委会").replace("人民代表大会", "人大") \
        .replace("中国人民政治协商会议", "政协").replace("政治协商会议", "政协")
    body = ("人大常委会" if "人大常委会" in text or ("人大" in text and "常委会" in text) else "人大" if "人大" in text
            else "政协常委会" if "政协" in text and "常委会" in text else "政协" if "政协" in text
            else "全会" if m.group("kind") != "会议" else None)
    if body is None:
        return None
    level = "省" if "省" in m.group("where") + m.group("body") else "国" if "全国" in text else ""
    term, no = _number(m.group("term")), _number(m.group("no"))
    return (level, body, term, no) if term and no else None


def _inside_book_title(s: str, i: int) -> bool:
    return s.rfind("《", 0, i) > s.rfind("》", 0, i)


def location_of(s: str, end: int) -> str | None:
    # (在香格里拉隆重开幕: the place, not how it opened)
    m = re.match(r"^\s*在([^，。；、]{2,20}?)(?:隆重|胜利|顺利|正式|圆满)?(?:召开|举行|举办|开幕)", s[end:])
    if m:
        return m.group(1)
    return None


# what a sentence opens on that goes on from the event just told: 会后，; 签约仪式后，; 调研中，
AFTER_EVENT = re.compile(rf"^(?:会后|会前|会上|(?:调研|考察|视察|督导|座谈)中|"
                         rf"[{CJK}“”]{{2,12}}(?:仪式|活动|会议|大会|座谈会)(?:结束)?后)[，,]")


def extract(sentences: list[Sentence], persons: list[list[PersonMention]], published: date | None,
            lead_date: tuple[date, date | None] | None,
            record_months: list[date | None] | None = None) -> list[Meeting]:
    """``record_months``: per sentence, the month of a record (大事记) whose entries open on a day
    alone; None for a report."""
    meetings: list[dict] = []
    last_day = None                     # the last date an earlier sentence wrote
    last_day_paragraph = -1             # (and its paragraph)
    days_written: set[date | None] = set()   # every day a sentence writes
    lead = lead_paragraph(sentences)
    for si, sent in enumerate(sentences):
        s = sent.text
        found = find(sent)
        found += party_congresses(sent, found)
        # (a record of another year: its entries' months and days are of that year)
        of_year = record_months[si] if record_months else None
        dates = find_dates(s, date(of_year.year, 12, 31) if of_year and published and of_year.year < published.year
                           else published)
        # (某某网赣州3月23日电 3月22日，…举行: the day the report was filed, then the event's)
        dates = [d for k, d in enumerate(dates) if not (k + 1 < len(dates) and re.match(r"\s*电", s[d.end:]))]
        days_written.update(d.first for d in dates)
        said_day = last_day
        # 7日，某某会议召开 / 在7日举行的座谈会上: a day alone, in the month last named (or, in the
        # report's lead, the month of publication)
        record_month = record_months[si] if record_months else None
        named = record_month or (said_day.first if said_day else (lead_date[0] if lead_date else None))
        if not dates and published and (named or sent.paragraph == lead):
            alone = day_alone(s, published, named)
            held_on = re.search(r"(?<![\d月])(\d{1,2})日(?:[上下]午)?(?:举行|召开)的", s)
            if not alone and held_on:
                alone = day_alone(held_on.group(1) + "日，", published, named)
            if alone:
                dates = [DateMention(0, 0, alone[0], alone[1])]
        if dates:
            last_day = dates[-1]
            last_day_paragraph = sent.paragraph
        elif re.match(r"^(?:当天|当日|同日|随后|其间|期间)", s) or AFTER_EVENT.match(s):
            # 当天16时，…举行; 随后，甲主持召开座谈会; 会后，…举行了捐赠仪式; 调研中，…召开汇报会:
            # the day the sentence before named
            dates = [DateMention(0, 0, said_day.first, said_day.last)] if said_day else []
        received = receptions(sent, persons[si])
        # (a talks the meeting pattern also found: one meeting)
        found = [f for f in found if not any(f[0] < b and a < f[1] for a, b, _n, _w in received)]
        for start, end, name, who in received:
            d = next((dm for dm in dates if dm.end <= start), None)
            first, last = (d.first, d.last) if d else (lead_date if lead_date and sent.paragraph == lead else (None, None))
            meetings.append({"name": name, "date": first, "end": last, "chair": [], "participants": who,
                             "location": None, "evidence": [Evidence(sent.span.start, sent.span.end, "meeting.reception")],
                             "si": si, "rule": "meeting.reception"})
        for start, end, name, rule in found:
            # (a meeting spoken of and then announced: 确定某某会议拟于1月8日召开)
            announced = (ANNOUNCED.match(s[end:]) or (DECIDED.search(s[:start]) and DECIDED_DAY.match(s[end:]))) \
                if rule not in SPOKEN_OF or rule == "meeting.mentioned" else None
            if announced:
                rule = "meeting.announced"
            if rule == "meeting.announced":
                # the day it is to open, in the year that puts it after the report
                future = find_dates(announced.group(1), published, future=True) if announced else []
                d = future[0] if future else None
            elif rule == "meeting.session":
                d = None            # the session of a sitting: the text dates the sitting only
            elif rule == "meeting.mentioned":
                # only a date written right before the name dates a meeting spoken of
                # (1月4日召开的某某全会 too)
                gap = TRAIL_TIME.search(re.sub(r"(?:召开|举行)的$", "", s[:start]))
                d = next((dm for dm in dates if gap and dm.end >= gap.start() and dm.end <= start), None)
            else:
                d = next((dm for dm in dates if dm.end <= start + 2), None) or (dates[0] if dates else None)
            first, last = (d.first, d.last) if d else (None, None)
            # 为期2天的…会议…（18日）闭幕: the meeting opened the day before its close
            span = re.search(r"为期([1-9一二两三四五六七八九])天", s)
            if first and last is None and span and re.search(r"闭幕|落下帷幕|圆满完成", s):
                first, last = first - timedelta(days=_number(span.group(1)) - 1), first
            if (first is None and said_day is not None and last_day_paragraph == sent.paragraph and not dates
                    and rule not in SPOKEN_OF and not rule.endswith("筹备") and said_day.last is None):
                # 昨日，我市与某某集团签订协议。甲出席签约座谈会: the day the paragraph's sentence before named
                first, last = said_day.first, None
            if (first is None and lead_date and not rule.endswith("筹备") and rule not in SPOKEN_OF
                    and (sent.paragraph == lead or (rule in ("meeting.opening_kind", "meeting.在…上") and
                                                 not any(m["rule"] not in SPOKEN_OF for m in meetings)))):
                # (座谈会上，… / 在对接座谈会上 later in a report whose lead dates its only event)
                first, last = lead_date
            # 甲主持召开…; 甲总书记在某地考察并主持召开…: no other person in between
            chair = tuple(pm.name for pm in persons[si]
                          if rule not in SPOKEN_OF and pm.end <= start
                          and CHAIRED.match(s[pm.end:start])
                          and not any(pm.end <= o.start < start for o in persons[si] if o is not pm))
            participants = tuple(pm.name for pm in persons[si]
                                 if rule == "meeting.在…上" and pm.end <= start and
                                 re.match(r"^(总书记)?\s*在", s[pm.end:]))
            if rule == "meeting.mentioned" and re.match(r"^(?:上(?:的|发表)?)?(?:重要)?讲话", s[end:]):
                # 某某总书记5月8日某某会议上的重要讲话: the speaker attended
                participants = tuple(pm.name for pm in persons[si] if pm.end <= start and
                                     re.fullmatch(r"(?:总书记|同志)?\s*在?", TRAIL_TIME.sub("", s[pm.end:start])))
            # 5月7日，…主持召开党组2019年第五次会议: a year's numbered meeting is of that year
            of_year = re.search(r"(\d{4})年度?第[一二三四五六七八九十\d]{1,3}次", name)
            if first and of_year and abs(int(of_year.group(1)) - first.year) == 1 \
                    and not re.search(r"\d{4}年\d{1,2}月", s):
                year = int(of_year.group(1))
                first, last = in_year(first, year), (in_year(last, year) if last else None)
            # 甲（先后）主持召开乙会议、丙会议和丁会议: the meetings of one list, held by one chair in turn
            prev = meetings[-1] if meetings and meetings[-1]["si"] == si else None
            sibling = (prev is not None and rule not in SPOKEN_OF and prev["rule"] == rule and prev.get("end_at") is not None
                       and s[prev["end_at"]:start] in ("、", "和", "及", "与") and re.search(r"主持召开", s[:start]))
            if sibling and not chair:
                chair = tuple(prev["chair"])
            if sibling and prev["date"]:
                first, last = prev["date"], prev["end"]     # (held one after another on one day)
            ev = Evidence(sent.span.start, sent.span.end, rule)
            meetings.append({"name": name, "date": first, "end": last, "chair": list(chair),
                             "participants": list(participants), "location": location_of(s, end),
                             "evidence": [ev], "si": si, "rule": rule, "end_at": end,
                             # (the meetings held in turn share the first one's place in the list)
                             "turn": prev["turn"] if sibling else len(meetings)})
    # a report of one day (its lead names the day and no sentence another): each meeting it
    # reports held that day (在此次项目签约仪式上, 甲在开工仪式上讲话)
    if lead_date and lead_date[1] is None and not record_months:
        if days_written == {lead_date[0]}:
            for m in meetings:
                # (an event named by its kind or a ceremony: a numbered session or a forum the
                # report names is as often one it speaks of)
                kind = m["name"] in GENERIC or CEREMONY.fullmatch(m["name"]) or re.search(r"(?:仪式|活动)$", m["name"])
                # (某某会议举行第三次全体会议: the sitting the report is of, that day)
                sitting = bool(SITTING.search(m["name"])) and m["name"].endswith(("全体会议", "大会"))
                if m["date"] is None and (kind or sitting) and m["rule"] not in SPOKEN_OF and not m["rule"].endswith("筹备") \
                        and m["rule"] not in ("meeting.announced", "meeting.reception") and (
                            sitting or not NUMBERED.search(m["name"])):
                    m["date"] = lead_date[0]
    # participants and chairs stated in a sentence of their own: of the last meeting held so
    # far, or, before any, of the one the next sentences name (甲主持会议，乙参加。座谈会上，…)
    # 座谈会上 when the report names its 某某座谈会 in full: that one
    meetings = [m for m in meetings if m["rule"] != "meeting.opening_kind" or not any(
        o["rule"] not in SPOKEN_OF and o is not m and o["name"].endswith(m["name"]) for o in meetings)]
    # 某某开工现场会召开…；甲、乙参加开工现场会: the short name is the meeting named in full before
    # (the held meetings kept so far, by the endings of their names: each looked up once)
    merged: list[dict] = []
    by_ending: dict[str, dict[str, dict]] = {}
    for m in meetings:
        # (出席主现场开工仪式: a venue of the 集中开工仪式 named before)
        short = re.sub(r"^(?:主现场|主会场|分会场|分现场)", "", m["name"])
        full = None
        if m["rule"] not in SPOKEN_OF and m["rule"] != "meeting.reception" and len(m["name"]) >= 3:
            full = next((o for name, o in by_ending.get(short, {}).items() if name != m["name"]
                         and (m["date"] is None or o["date"] is None or m["date"] == o["date"])), None)
            # 3月16日至17日…举行某某会议; 在17日举行的某某会议上: one meeting, on the day named alone
            within = next((o for o in merged if o["name"] == m["name"] and o["rule"] not in SPOKEN_OF
                           and o["rule"] != "meeting.reception" and m["date"] and o["date"] and o.get("end")
                           and o["date"] <= m["date"] <= o["end"] and not m.get("end")), None)
            if full is None and within is not None and m["rule"] not in SPOKEN_OF:
                full = within
                full["date"], full["end"] = m["date"], None
        if full is None and m["rule"] not in SPOKEN_OF and re.fullmatch(
                r"[\u4e00-\u9fff]{0,8}?[主分](?:会场|现场)(?:会议|活动)?", m["name"]):
            # (某某分会场会议: a venue of the meeting the report is of, named before)
            full = next((o for o in reversed(merged) if o["rule"] not in SPOKEN_OF
                         and o["rule"] != "meeting.reception"), None)
        if full is None and CEREMONY.fullmatch(m["name"]) and m["rule"] not in SPOKEN_OF:
            # 出席项目开工仪式 in the report of 某某重点项目集中开工活动: the event named in full before
            key = re.search(r"签约|开竣工|开工|竣工|揭牌|启动|奠基", m["name"]).group(0)
            full = next((o for o in reversed(merged) if o["rule"] not in SPOKEN_OF and o["rule"] != "meeting.reception"
                         and key in o["name"] and re.search(r"(?:活动|仪式|大会|会)$", o["name"])
                         and not CEREMONY.fullmatch(o["name"])), None)
        if full is None:
            merged.append(m)
            if m["rule"] not in SPOKEN_OF and m["rule"] != "meeting.reception":
                for k in range(len(m["name"]) - 1):
                    by_ending.setdefault(m["name"][k:], {}).setdefault(m["name"], m)
            continue
        full["chair"] += [c for c in m["chair"] if c not in full["chair"]]
        full["participants"] += [p for p in m["participants"] if p not in full["participants"]]
        full["evidence"] += m["evidence"]          # (made unique once, at the end)
        if full["date"] is None:
            # (某某仪式隆重举行 in a lead with no day; 3月16日…出席某某仪式: the day of the one held)
            full["date"], full["end"] = m["date"], m["end"]
    # 甲会见某某企业家，并与他们座谈 and a line 甲与企业家座谈交流 of the same page: the talk of hosts alone
    # is the reception's
    hosted = [m for m in merged if m["rule"] == "meeting.reception" and m["name"] in ("会见", "会晤", "接见")]
    # (a talk the city holds, its people named only after it, is no reception's)
    merged = [m for m in merged if not (m["rule"] == "meeting.reception" and m["name"].startswith("座谈")
                                        and m["participants"]
                                        and any(set(m["participants"]) <= set(r["participants"]) for r in hosted))]
    meetings = merged
    held = [m for m in meetings if m["rule"] not in SPOKEN_OF]
    roll_call = listing = False
    for si, sent in enumerate(sentences):
        s = sent.text
        found = [m for m in meetings if m["si"] == si]
        here = [m for m in held if m["si"] <= si]
        ahead = [m for m in held if si < m["si"] <= si + 3]
        if record_months:
            # a record's entries are events of their own: a meeting of this entry (paragraph) only
            here = [m for m in here if sentences[m["si"]].paragraph == sent.paragraph]
            ahead = [m for m in ahead if sentences[m["si"]].paragraph == sent.paragraph]
        main = here[-1] if here else (ahead[0] if ahead else None)
        # 甲主持闭幕大会: a session's opening or closing sitting, named by its kind, is the session's
        # own, whatever was named since (选举大会)
        if main is not None and re.search(r"主持(?:了)?(?:开幕|闭幕)(?:大会|会议|会|式)", s):
            main = next((x for x in reversed(here) if session_key(x["name"])), main)
        # 在甲主持下，举行选举大会: the meeting the sentence names after
        elif re.search(r"主持下", s) and (named := [x for x in found if x["rule"] not in SPOKEN_OF]):
            main = named[0]
        if main is None:
            # 甲、乙参加座谈会 in the lead of a report that comes to 座谈会上 later: that one
            kind = re.search(r"(?:出席|参加|列席)(?:了)?(座谈会|调度会|推进会|现场会|汇报会|交流会|见面会)", s)
            main = next((x for x in held if x["si"] > si and kind and x["name"].endswith(kind.group(1))), None)
            # 市领导甲、乙出席。… 某某参加签字仪式: those who attend, before the one event the report
            # names later, attend that one
            if main is None and len(held) == 1 and held[0]["si"] > si and not record_months \
                    and re.search(r"(?:出席|参加|分别讲话|分别致辞)(?:了)?(?:活动|仪式)?[。；;]?$", s.strip()) \
                    and not re.search(r"调研|考察|视察|慰问|看望|走访|来到|督导|检查|赴", s):
                main = held[0]
                here = [main]
            if main is None:
                continue
        for m in PARTICIPATE.finditer(s):
            if not here and not re.match(r"(?:了)?(?:会议|座谈|会|活动)", s[m.end():]):
                continue        # (参加调研 before the meeting: the visit's, not the meeting's)
            if m.group(1) in ("参加", "出席", "列席") and re.match(r"^[^，。；]{0,40}?" + SPEECH_WHEN[1:], s[m.end():]):
                continue        # (传达甲在参加某某会议时的讲话精神: a meeting elsewhere, not this one)
            for pm in persons[si]:
                if pm.end > m.start() or pm.name in main["chair"]:
                    continue
                if m.group(1).startswith("传达") and s[pm.end:m.start()] not in ("", "同志"):
                    continue        # (甲传达…: the one who conveys, named right before it)
                if ((m.group(1) in ("讲话", "介绍了", "作关于", "作了关于", "作的关于", "宣布")
                     or m.group(1).startswith(("在会上", "在会议上", "在座谈会上", "在仪式上", "在活动上", "介绍", "在讲话", "在致辞"))
                     or "推介" in m.group(1)) and s[pm.end:m.start()] not in ("", "同志")
                        and not (m.group(1) == "讲话" and re.search(r"(?:并|作|上|先后|分别)$", s[:m.start()]))
                        # (甲、乙分别介绍…: each of a list right before 分别)
                        and not re.fullmatch(r"(?:、[^，。；、]{2,24})*(?:等)?(?:分别|先后)(?:发表)?", s[pm.end:m.start()])):
                    continue        # (甲讲话, 甲介绍了…: the speaker, named right before it)
                # (出席会议 after 甲先后主持召开乙会议、丙会议: each of them)
                turn = main.get("turn")
                for each in [x for x in meetings if turn is not None and x.get("turn") == turn] or [main]:
                    if pm.name not in each["participants"] and pm.name not in each["chair"]:
                        each["participants"].append(pm.name)
                        ev = Evidence(sent.span.start, sent.span.end, f"meeting.participant.{m.group(1)}")
                        each["evidence"].append(ev)
            if m.group(1).startswith(("在主席", "出席", "列席")) and CLOSES_LIST.match(s[m.end():]):
                # 甲、乙等市领导…；某某主要负责同志；…在主席台就座: the names of the clauses before
                # the semicolons are the subject of the verb that closes the sentence
                sj = si - 1
                while sj >= 0 and sentences[sj].paragraph == sent.paragraph and \
                        sentences[sj].text.rstrip().endswith(("；", ";")) and sentences[sj].span.end + 1 >= sentences[sj + 1].span.start:
                    if PARTICIPATE.search(sentences[sj].text) or re.search(r"主持|讲话", sentences[sj].text):
                        break
                    for pm in persons[sj]:
                        if pm.name not in main["participants"] and pm.name not in main["chair"]:
                            main["participants"].append(pm.name)
                            main["evidence"].append(Evidence(sentences[sj].span.start, sentences[sj].span.end,
                                                             f"meeting.participant.{m.group(1)}"))
                    sj -= 1
        # 会议分别听取了市农委主任甲、市扶贫办主任乙关于…的汇报: who reports to the meeting held
        # (the meeting told before the sentence: those it names after 关于 are spoken of)
        before_here = [m for m in here if m["si"] < si and not m["rule"].endswith("筹备")]
        heard = HEARD.search(s) if before_here else None
        if heard:
            upto = REPORT_ON.search(s, heard.end())
            hearer = before_here[-1]
            for pm in persons[si]:
                if heard.end() <= pm.start and (upto is None or pm.end <= upto.start()) \
                        and pm.name not in hearer["chair"] and pm.name not in hearer["participants"]:
                    hearer["participants"].append(pm.name)
                    hearer["evidence"].append(Evidence(sent.span.start, sent.span.end, "meeting.participant.听取"))
        # 座谈会上，甲委员建议…；乙表示…: who speaks in the report of a meeting held takes part in it
        # (在某某签约仪式上，区长甲表示…: who speaks at the ceremony the sentence opens on)
        if here and (DELIBERATIVE.search(main["name"]) or re.search(re.escape(main["name"]) + r"上[，,]", s)) \
                and not AFTERWARDS.search(s):
            for pm in persons[si]:
                if pm.name in main["chair"] or pm.name in main["participants"] or not SPEAKS.match(s[pm.end:]):
                    continue
                main["participants"].append(pm.name)
                ev = Evidence(sent.span.start, sent.span.end, "meeting.participant.speaker")
                main["evidence"].append(ev)
        # 介绍出席今天发布会的发布人，他们是：/ 甲先生；/ 乙女士。: one line each
        cues = [m.end() for m in (*PRESENT_LIST.finditer(s), *ROLL_CALL.finditer(s))]
        if roll_call and not cues and re.search(r"(?:先生|女士|同志)[；;。]?$", s):
            cues = [0]
        elif listing and not cues and persons[si] and persons[si][0].start <= 8 and len(persons[si]) >= 2 \
                and sent.paragraph == sentences[si - 1].paragraph and not LIST_VERBS.search(s):
            # 在主席台就座的还有：甲、乙。老同志丙、丁。有关方面负责人戊: the cue's list goes on, a group a sentence
            cues = [0]
        else:
            roll_call = bool(ROLL_CALL.search(s))
        listing = bool(cues) and bool(PRESENT_LIST.search(s) or listing)
        for cue in cues:
            for pm in persons[si]:
                if pm.start < cue or pm.name in main["chair"] or pm.name in main["participants"]:
                    continue
                main["participants"].append(pm.name)
                ev = Evidence(sent.span.start, sent.span.end, "meeting.participant.listed")
                main["evidence"].append(ev)
        # 甲主持第一次、第二次全体会议; 甲、乙分别主持了第一、二次全体会议: the chairs of sittings
        for sc in SITTING_CHAIRS.finditer(s):
            before = [pm for pm in persons[si] if pm.end <= sc.start()]
            if not before or not re.fullmatch(r"(?:同志)?\s*", s[before[-1].end:sc.start()]):
                continue
            chairs = [before[-1]]
            while len(chairs) < len(before) and listed_together(s, before[-len(chairs) - 1], chairs[0]):
                chairs.insert(0, before[-len(chairs) - 1])
            numbers = re.findall(r"[一二三四五六七八九十\d]{1,3}", sc.group("which"))
            if sc.group("each") and len(chairs) != len(numbers):
                continue
            for k, no in enumerate(numbers):
                called = f"第{no}次{sc.group('kind')}"
                sitting = next((x for x in meetings if x["name"] == called), None) or \
                    next((x for x in meetings if x["name"].endswith(called)), None)
                if sitting is None:
                    continue
                for pm in ([chairs[k]] if sc.group("each") else chairs):
                    if pm.name not in sitting["chair"]:
                        sitting["chair"].append(pm.name)
                        sitting["evidence"].append(Evidence(sent.span.start, sent.span.end, "meeting.chair.sitting"))
        # 主持人：某某处长 甲 / 新闻发言人甲介绍…: a press conference's host chairs it, its speakers attend
        if (host := re.match(r"\s*(主持人|新闻发言人|发言人|发布人)\s*[:：]?", s)) and persons[si] \
                and main["name"].endswith("发布会"):
            pm = persons[si][0]
            if re.fullmatch(r"[^，。；]{0,30}", s[host.end():pm.start]):
                side = main["chair"] if host.group(1) == "主持人" else main["participants"]
                if pm.name not in main["chair"] and pm.name not in side:
                    side.append(pm.name)
                    main["evidence"].append(Evidence(sent.span.start, sent.span.end, f"meeting.{host.group(1)}"))
        if re.search(r"(会议|会|开幕式|仪式)由|主持下", s) or CHAIRS.search(s):
            for k, pm in enumerate(persons[si]):
                # (仪式由某某公司甲副总经理主持: the post written after the name)
                after_post = re.match(r"^\s*(?:[\u4e00-\u9fff]{0,4}?(?:经理|董事长|总裁|主任|书记|主席|[市县区州]长))?(?=主持)",
                                      s[pm.end:]) if re.search(r"(?:会议|会|开幕式|仪式)由[^，。；]*$", s[:pm.start]) else None
                rest = s[pm.end + (after_post.end() if after_post else 0):]
                if (re.match(r"^\s*(?:同志)?主持", rest) and pm.name not in main["chair"]
                        and (not found or CHAIRS.match(rest) or re.match(r"^\s*(?:同志)?主持下", rest))):
                    main["chair"].append(pm.name)
                    how = "由…主持" if re.search(r"(会议|会|开幕式|仪式)由", s) else "主持会议"
                    main["evidence"].append(Evidence(sent.span.start, sent.span.end, f"meeting.chair.{how}"))
                # 市委书记甲，常务副主任乙分别主持会议: each of a list chairs it in turn
                elif re.match(r"^\s*(?:分别|共同|轮流)主持(?:了)?(?:会议|大会)", s[pm.end:]):
                    run = [pm]
                    while len(run) <= k and listed_together(s, persons[si][k - len(run)], run[0]):
                        run.insert(0, persons[si][k - len(run)])
                    if len(run) < 2:
                        continue
                    for x in run:
                        if x.name not in main["chair"]:
                            main["chair"].append(x.name)
                    main["evidence"].append(Evidence(sent.span.start, sent.span.end, "meeting.chair.分别主持"))
    # one session written two ways (惠州市第十三届人民代表大会第四次会议, 市十三届人大四次会议):
    # the fullest name for both
    keys = [session_key(m["name"]) for m in meetings]
    fullest: dict[tuple, str] = {}
    for m, k in zip(meetings, keys):
        if k and len(m["name"]) > len(fullest.get(k, "")):
            fullest[k] = m["name"]
    for m, k in zip(meetings, keys):
        if k:
            m["name"] = fullest[k]
    out: dict[tuple, Meeting] = {}
    dated = {m["name"]: m["date"] for m in meetings if m["date"] and m["rule"] != "meeting.reception"}
    # 在第一次全体会议上…: a sitting of the session the article reports, on the session's (first) day
    session = next((m for m in meetings if m["date"] and m["rule"] not in SPOKEN_OF),
                   None)
    for m in meetings:
        if m["date"] is None and session is not None and SITTING.fullmatch(m["name"]):
            m["date"], m["end"] = session["date"], None
    for m in meetings:
        # the headline's 在…座谈会上 is the meeting the lead dates; receptions of other guests
        # are other meetings
        if m["rule"] == "meeting.reception":
            key = (m["name"], m["date"], tuple(m["participants"]))
        else:
            key = (m["name"], m["date"] or dated.get(m["name"]))
        if m["date"] is None and key[1] is not None:
            m = {**m, "date": key[1], "end": next(x["end"] for x in meetings if x["date"] == key[1])}
        prev = out.get(key)
        if prev:
            m["chair"] = list(dict.fromkeys(list(prev.chair) + m["chair"]))
            m["participants"] = list(dict.fromkeys(list(prev.participants) + m["participants"]))
            m["evidence"] = list(prev.evidence) + m["evidence"]
            m["location"] = prev.location or m["location"]
        out[key] = Meeting(name=m["name"], date=m["date"], end_date=m["end"], chair=tuple(m["chair"]),
                           participants=tuple(p for p in m["participants"] if p not in m["chair"]),
                           location=m["location"], evidence=tuple(dict.fromkeys(m["evidence"])))
    return _received_at_talks(_one_reception_told_twice(list(out.values())))


def is_reception(m: Meeting) -> bool:
    """A reception or talk named by its verb (会见, 拜访, 座谈): a meeting of those who met."""
    return any(e.rule == "meeting.reception" for e in m.evidence)


def _one_reception_told_twice(meetings: list[Meeting]) -> list[Meeting]:
    """A reception the headline and the body (or two sentences) report, once with fewer of those
    present (or without its day): one meeting.  Receptions of other guests (甲拜访乙; 甲拜访丙) stay apart."""
    out: list[Meeting] = []
    for m in meetings:
        reception = is_reception(m)
        same = next((k for k, o in enumerate(out) if reception and o.name == m.name
                     and (o.date == m.date or o.date is None or m.date is None)
                     and is_reception(o)
                     and (set(o.participants) <= set(m.participants) or set(m.participants) <= set(o.participants))),
                    None)
        if same is None:
            out.append(m)
            continue
        o = out[same]
        out[same] = replace(o, date=o.date or m.date, end_date=o.end_date if o.date else m.end_date,
                            participants=tuple(dict.fromkeys(o.participants + m.participants)),
                            chair=tuple(dict.fromkeys(o.chair + m.chair)), location=o.location or m.location,
                            evidence=tuple(dict.fromkeys(o.evidence + m.evidence)))
    return out


def _received_at_talks(meetings: list[Meeting]) -> list[Meeting]:
    """甲会见乙一行，并召开工作座谈会: those at the reception take part in the talk the same
    sentence holds."""
    out = []
    for m in meetings:
        if TALK.search(m.name) and m.evidence and m.evidence[0].rule not in SPOKEN_OF:
            at = (m.evidence[0].start, m.evidence[0].end)
            guests = [p for r in meetings if r.evidence and r.evidence[0].rule == "meeting.reception"
                      and (r.evidence[0].start, r.evidence[0].end) == at
                      for p in r.participants if p not in m.participants and p not in m.chair]
            if guests:
                m = replace(m, participants=m.participants + tuple(dict.fromkeys(guests)))
        out.append(m)
    return out


# a talk a touring party holds where it goes (一行来我市考察…，并召开座谈会): its visitors attend it
TALK = re.compile(r"(?:座谈会|座谈|汇报会|见面会|交流会|恳谈会|对接会|洽谈会)$")


def visitors_at_talks(meetings: list[Meeting], visits: list[Visit]) -> list[Meeting]:
    """The visitors of the article's visits take part in its one talk held on a day of the visit
    (the report of a tour and of the 座谈会 it held); with two talks or more, whose is unknown."""
    talks = [m for m in meetings if TALK.search(m.name)
             and not all(e.rule in SPOKEN_OF or e.rule == "meeting.reception" for e in m.evidence)]
    if len(talks) != 1 or not visits:
        return meetings
    talk = talks[0]

    def same_days(v: Visit) -> bool:
        if talk.date is None or v.date is None:
            return True
        return v.date <= talk.date <= (v.end_date or v.date)

    # (not a tour others joined: who joins a tour is not said to join its talk)
    visits = [v for v in visits if same_days(v) and v.evidence[0].rule != "visit.recalled"
              and not any(e.rule == "visit.参加考察" for e in v.evidence)]
    added = [n for v in visits for n in v.visitors if n not in talk.chair and n not in talk.participants]
    if not added:
        return meetings
    evidence = [Evidence(v.evidence[0].start, v.evidence[0].end, "meeting.participant.visitor")
                for v in visits if any(n in added for n in v.visitors)]
    joined = replace(talk, participants=talk.participants + tuple(dict.fromkeys(added)),
                     evidence=tuple(dict.fromkeys(talk.evidence + tuple(evidence))))
    return [joined if m is talk else m for m in meetings]
