"""Visits: an official goes to places or enterprises to 调研 / 督导 / 检查 / 走访.

Patterns: 某某(一行)(先后)到/赴/深入/来到 A、B 调研…; 某某在 A 调研/考察;
某某来聊调研; a later 某某一行先后到 A、B、C adds the places to the same visit.
"""
from __future__ import annotations

import re
from datetime import date

from ...records import Evidence, Visit
from .divisions import gazetteer, national_places
from .people import PersonMention, listed_together
from .text import Sentence, day_alone, find_dates, lead_paragraph, word_ends

ACTION = (r"(?:调研|督导|检查|视察|考察|走访|慰问|看望|暗访|察看|督查|指导|观摩|对接|衔接|洽谈|拜访|参观|访问|现场办公|调度|开展招商|"
          r"开展对口(?:援建|帮扶|支援|协作)|巡河|巡湖|巡查)")
# 带领/率领 … (一行)，: the visitor leads a group
# (率领甲，乙，丙一行，到…: a party listed over commas, closed by 一行)
# (甲带队，某某代表、某某企业家代表30余人赴…: the party counted, not closed by 一行)
LEAD = r"(?:(?:先后|分别|亲自)?(?:带领|率领|带队|率队|率|携(?![^，。；]{0,20}?(?:接待|欢迎|迎接)))(?:[^，。；]{0,60}?(?:一行(?:\d{1,4}余?人)?)?|[^。；]{0,240}?一行|[，,][^。；]{0,120}?\d+余?人)[，,]?\s*)?"
GO = r"(?:一行(?:\d{1,4}余?人)?)?[，,]?(?:先后|分别|还|又|专程|深入|首先|随后|接着)?(?:到|赴|赶赴|深入|来到|前往|走进|回到|来|在|莅临|莅)"
# a title written after the name: 某某副市长调研…
AFTER_TITLE = r"(?:[\u4e00-\u9fff]{0,6}?(?:省长|市长|县长|区长|书记|主任|主席|部长|局长))?"
# 甲在乙，丙，丁等人陪同下，到…调研: who goes with him, named over commas, before where he goes
ESCORTED = r"(?:在[^。；]{1,160}?(?:的)?陪同(?:之)?下[，,]\s*)?"
# 甲、乙等县四套班子成员分别深入…: the rest of the group named by its kind
# (甲、乙等一行先后到…: the list closed by 等 alone)
GROUP = r"(?:等(?:[^，。；]{0,16}?(?:成员|领导|同志|负责人|干部|负责同志|人员|考察团|代表团|调研组|考察组|督导组)|(?=一行))|(?:及|和|以及)[^，。；、]{0,16}?(?:成员|领导|同志|负责人|干部|负责同志|人员))?"
# (a tour of many places may name them over a hundred characters before its verb, over commas
# when a 等地 closes them)
VISIT_RE = re.compile(rf"^{GROUP}{LEAD}{ESCORTED}{GO}(?!会(?:进行|并|作|上|指导|督导)|(?:讲话|致辞|致词|发言|会上|会议|大会)中?)([^，。；]{{1,400}}?|[^。；]{{1,400}}?等(?:地|处|企业|单位|项目|现场))"
                      # 深入某州，先后来到甲县、乙县调研 / 来到我市，调研… / 赴某市宣讲…，并督导…
                      rf"(?:[，,](?:先后|分别|又|还)?(?:来到|到|深入|走进|前往)([^，。；]{{1,80}}?)|"
                      rf"[，,](?:并|还|先后|重点|主要)?(?=[^，。；]{{0,12}}?{ACTION})[^，。；]{{0,12}}?|"
                      # 赴某市，围绕/就某某工作开展调研: what the visit is about, then its verb (来某市，在甲的
                      # 陪同下，对某某开展视察调研: the host's company between)
                      rf"(?:[，,]在[^，。；]{{1,40}}?陪同下)?[，,](?:重点)?(?:围绕|就|聚焦|针对|对)[^。；]{{2,80}}?(?:开展|进行)(?:了)?(?:专题)?(?=[^，。；]{{0,4}}?{ACTION})[^，。；]{{0,4}}?|"
                      # 深入甲区、乙县，走企业、进车间，对全市工业经济进行了全面调研: short clauses of what they
                      # did there, then the matter inspected
                      rf"(?:[，,][^，。；]{{2,8}}){{1,4}}[，,](?:对|就)[^，。；]{{2,24}}?(?:开展|进行)(?:了)?(?:全面|专题|实地)?(?={ACTION}))?"
                      rf"(?:现场|实地)?{ACTION}(?![团组])")
# 带领…先后到甲、乙，…: a led group going round places
LED_TOUR_RE = re.compile(r"^(?:带领|率领|带队|率队)[^，。；]{0,30}?(?:一行)?[，,]?\s*(?:先后|分别)(?:到|走进|来到|深入)([^，。；]{2,120})")
# 甲先后到乙公司、丙公司，…: going round places is a visit without a verb of inspection
TOUR_RE = re.compile(r"^(?:等?一行)?[，,]?(?:先后|分别|又先后)(?:到|走进|来到|深入|前往)([^，。；]{2,200})")
# 视察了甲、乙: the action before the places
# (一行)冒雨/专程/再次 视察了…: how they went, before the action
# (一行八人于三月二十日上午到访…: the party's size and the day between the name and the verb)
WHEN = r"(?:[一二三四五六七八九十\d]{1,3}人)?(?:于)?(?:[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日|今天|昨天|当天|当日|今日|昨日|日前|近日)?(?:上午|下午|晚上)?"
SAID_WHEN = re.compile(r"^(?:于)?(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日)?|今天|昨天|当天|当日|今日|昨日|日前|近日)"
                       r"(?:上午|下午|晚上|早上|中午)?(?=[\u4e00-\u9fff])")
MANNER = r"(?:一行" + WHEN + r")?(?:冒雨|冒着[^，。；]{1,6}|顶着[^，。；]{1,6}|专程|再次|又|还|实地|现场|深入一线|先后分别|先后|分别)?"
ACTION_FIRST_RE = re.compile(rf"^{AFTER_TITLE}{LEAD}{MANNER}(?:视察|考察|调研|走访|察看|拜访|到访|造访|(?<=一行)参观)(?![团组])了?([^，。；]{{2,80}})")
# 甲结合开展某某活动，深入某区调研…: a clause of why or how, then the visit
BY_THE_WAY = re.compile(r"^(?:结合|围绕|就|带着|按照|根据|利用)[^，。；]{2,30}[，,]")
# 在甲的带领下，乙、丙以及相关工作人员等一行，走访调研了…: a party led, listed, then its tour
LED_PARTY_RE = re.compile(rf"在(?P<lead>[^，。；]{{2,40}}?)的?(?:带领|率领|带队)下[，,]\s*(?P<party>[^。；]{{0,200}}?)(?:等)?一行[，,]?"
                          rf"(?:先后|分别|深入|实地|专程)*(?:到|赴|深入|来到|前往|走进)?(?P<where>[^，。；]{{0,40}}?)"
                          rf"(?:现场|实地)?{ACTION}(?:了)?")
# 某某考察团一行在甲的带领下，来某县参观考察…: the group named first, then its leader
LED_GROUP_RE = re.compile(rf"(?:团|组)一行[^，。；]{{0,8}}?在(?P<lead>[^，。；]{{2,40}}?)的?(?:带领|率领|带队)下[，,]\s*"
                          rf"(?:先后|分别|深入|实地|专程)*(?:到|赴|深入|来到|前往|走进|来)(?P<where>[^，。；]{{1,40}}?)"
                          rf"(?:现场|实地)?{ACTION}")
# a delegation the name leads: 以甲带队的某某代表团（在乙的陪同下，）来到…考察
DELEGATION_RE = re.compile(rf"^(?:(?:带队|率领|带领|率|为组长|为团长|为副组长|为副团长)的|(?:带队|率队)[，,]|"
                           # (以甲为团长，乙、丙为副团长的某某考察团: its leader and deputies)
                           rf"为(?:团长|组长)[，,、][^。；]{{2,80}}?为副(?:团长|组长)的)[^。；]{{0,40}}?(?:团|组)(?:一行)?(?:[^。；]{{0,30}}?陪同下[，,]?)?"
                           rf"{GO}([^，。；]{{1,80}}?){ACTION}")
# 由甲带队的考察团，一路边走边看，先后来到乙、丙…: a delegation going round places
DELEGATION_TOUR_RE = re.compile(r"^(?:带队|率领|带领|率)的[^，。；]{0,30}?(?:团|组)(?:一行)?(?:[，,][^，。；]{1,10}){0,3}[，,]\s*"
                                r"(?:先后|分别|又先后)(?:到|走进|来到|深入|前往)([^，。；]{2,160})")
# 甲带队，对我市某某情况开展专题调研: an inspection of a matter, led by the name
# (甲、乙一行在丙的陪同下，对某某项目进行了实地调研: the hosts between)
TOPIC_RE = re.compile(r"^(?:分别|先后)?(?:带队|率队|一行|带领[^，。；]{1,16}?(?:组|团|队|委员|代表))[，,]?"
                      r"(?:在[^。；]{1,160}?(?:的)?陪同(?:之)?下[，,]\s*)?(?:对|就)([^，。；]{2,40}?)(?:开展|进行)了?"
                      r"(?:专题|实地|现场|联合)?(?:观摩)?(?:调研|视察|督导|检查|督查|(?<=观摩))")
# a guest received: 会见（了）甲一行 / 会见由甲率领的某某代表团
RECEIVED_BEFORE = re.compile(r"(?:会见|接见|会晤|欢迎)(?:了)?(?:由)?[^，。；]{0,30}$")
RECEIVED_AFTER = re.compile(r"^(?:一行|(?:率领|带领|率|带队)的[^，。；]{0,30}?(?:团|组|一行))")
# a visit the city receives: 一行来我市调研, 莅临, 来淮考察
GUESTS = re.compile(r"(?:来到?|深入|走进|赴|到)(?:我|本)(?:市|县|区|州|旗)|莅临(?=我|本|[\u4e00-\u9fff]{1,4}(?:省|市|县|区|州|旗|盟|新区|开发区|高新区))|莅(?!临)[\u4e00-\u9fff]|来[\u4e00-\u9fff]{1,2}(?:调研|考察|视察|督导)|"
                    # 甲率考察团来某市某县考察调研: a delegation come to the page's places
                    r"率[^，。；]{0,12}?(?:考察团|代表团|调研组|考察组|学习团)(?:一行)?来[\u4e00-\u9fff]{2,10}?(?:考察|调研|视察|学习)|"
                    r"一行来[\u4e00-\u9fff]{2,3}[市县区州旗](?:调研|考察|视察|督导)")
# who else was of the visiting party, in a sentence of its own: 参与本次调研考察的还有…; 到访的还有…;
# 同行的有… (not 陪同的有: the hosts)
ALSO_IN_PARTY = re.compile(rf"^(?:参与|参加|随同|一同)?(?:本次|此次|这次)?(?:{ACTION}|到访|来访|出访|参访|同行|随行)"
                           rf"(?:[\u4e00-\u9fff]{{0,10}})?的(?:还)?有")
# 甲、乙参加考察 / 共同调研: members of the tour the article reports
# (参加督查调研活动; 甲、乙随同。: those who go with the visitors, not the hosts who 陪同)
JOINED_RE = re.compile(r"^(?:等)?(?:[^，。；]{0,40}?)(?:(?:参加|一同|共同|随同)(?:督查|督导|观摩)?(?:考察|调研|视察|拉练|检查|督导|走访|观摩)(?:活动)?|"
                       r"随同(?=[。；;]|$)|随行(?=[。；;]|$))")
# 甲、乙参加有关活动: those who join the activities the article reports (whose side they are on, their titles say)
# (甲、乙及丙等旗领导陪同参加了督导检查: the tour's own words for what they joined)
# (甲、乙及六县区、市直有关部门负责同志参加: the others, named by their bodies, join with them)
JOINED_ACTIVITY = re.compile(r"^(?:等(?:[\u4e00-\u9fff]{0,8}?(?:领导|同志|负责人|负责同志|成员))?|"
                             r"及[\u4e00-\u9fff、]{2,30}?(?:负责人|负责同志))?(?:同志)?(?:分别|先后)?"
                             r"(?:参加|一同参加|陪同参加|(?=出席(?:了)?(?:有关|相关|上述|以上|此次|本次)?活动)出席)(?:了)?(?:(?:有关|相关|上述|以上|此次|本次)?"
                             r"(?:调研|考察|督导|检查|视察|督查|观摩)*(?:活动)?(?=[。；;]|$)|[。；;]|$|"
                             # (参加某某高新区活动: the part of the tour in one of its places)
                             r"(?:在)?[\u4e00-\u9fff]{2,10}?(?:区|县|市|镇|乡|旗|园)(?:的)?(?:调研|考察|督导|检查|视察)?活动(?=[。；;]|$))")
# a line that opens on its cue and closes on 参加 (市领导甲、乙，…负责同志参加相关调研。)
CUED_JOINERS = re.compile(r"^[市县区州旗盟]领导[^。；，,]{2,80}?[，,][^。；]{2,120}?(?:负责同志|负责人)"
                          r"(?P<tail>参加(?:了)?(?:相关|有关|此次|上述)?(?:调研|考察|督导|检查|视察|活动)*[。；;]?)$")
# 甲、乙等陪同调研: who goes round with the visitors (of their party only where their titles say so)
ACCOMPANIES = re.compile(r"^(?:等(?:[\u4e00-\u9fff]{0,8}?(?:领导|同志|负责人|负责同志|干部))?)?(?:同志)?(?:分别|一同|全程)?陪同"
                         r"(?:调研|考察|视察|督导|检查)?(?=[。；;]|$)")
# a title of a province (its name in the group) or above: a provincial leader's party, not the city's hosts
UPPER_LEVEL = re.compile(r"^(?:副?(?:省|自治区)(?!.{0,8}[市州县区])|国家|国务院|中央|全国|中国|([\u4e00-\u9fff]{2,3}?)(?:省|自治区)(?!.{0,8}[市州县区]))")
# the rule of a visit the text recalls (某某总书记考察某地时的重要讲话), not one it reports
RECALLED_RULE = "visit.recalled"
# what a slogan does with a leader's words: 贯彻落实…, 深入学习…, 按照…
HEEDED = re.compile(r"(?:贯彻|落实|学习|传达|领会|践行|按照|遵循)[^。，；,;]{0,8}$")
RECALLED = re.compile(r"^[^。；]{0,60}?时(?:的|所作|所提|提出的|作出的|发表的)")
# 总书记考察某省时指出: the national leader's words on an earlier visit, quoted
QUOTED_ON_A_VISIT = re.compile(r"^[^。；，,]{0,40}?时(?:曾)?(?:指出|强调|提出|要求|寄语)")
# 某某总书记考察某省重要讲话精神: the name of a speech the text studies, no visit it reports
SPEECH_LABEL = re.compile(r"^[^。；，]{0,24}?(?:重要讲话|重要指示|讲话精神|指示精神|讲话要求)")
LIST_RE = re.compile(r"^(?:一行)?(?:先后|分别|还|又)?(?:到|赴|深入|来到|走进)([^，。；]{2,200})")


# the names of a list so far after its cue (市领导甲、乙、 …), none of them joined by 及/和/与
# (a 和 inside a name: 刘和生)
NAMES_SO_FAR = r"(?:同志)?(?:(?![及和与])[\u4e00-\u9fff·](?:(?![及与])[\u4e00-\u9fff·]){1,6}、)*$"


# a province's own body, opening a title (省政协主席, 省人大常委会副主任, 自治区政府副主席)
PROVINCIAL_BODY = re.compile(r"^(?:省|自治区)(?:政协|人大常委会|人大|纪委监委|纪委|政府|委)")


def _titles_of(name: str, persons: list[list[PersonMention]]) -> list[str]:
    return [t.text for ms in persons for pm in ms if pm.name == name for t in pm.titles]


def _level(name: str, persons: list[list[PersonMention]], cue_text: str = "") -> str | None:
    """The level of the body every title of the person names (city: 市委副书记, 市政协主席; county:
    县委书记, 某某区长), or, for one untitled, the level of the cue before the list in ``cue_text``
    (the person's sentence: 市领导甲、乙); None when unsure (a company's post, another kind of body)."""
    titles = _titles_of(name, persons)
    # (市委常委、秘书长: a post of no body of its own after one with a level is that body's)
    bare = {t.text for ms in persons for pm in ms if pm.name == name for t in pm.titles if t.text == t.post.word}
    found = set()
    for t in titles:
        if UPPER_LEVEL.match(t):
            found.add("province")
        elif re.match(r"^(?:市|[\u4e00-\u9fff]{2,4}市(?!场))", t) or re.match(r"^(?:副)?市长", t):
            found.add("city")
        elif re.match(r"^(?:县|区|旗|[\u4e00-\u9fff]{2,4}[县区旗](?!域))", t) or re.match(r"^(?:副)?[县区]长", t):
            found.add("county")
        elif t in bare and len(bare) < len(set(titles)):
            continue
        else:
            return None
    if not titles and cue_text:
        for ms in persons:
            for pm in ms:
                if pm.name == name:
                    cue = re.search(rf"([省市县区])领导{NAMES_SO_FAR}", cue_text[:pm.start])
                    if cue:
                        found.add({"省": "province", "市": "city"}.get(cue.group(1), "county"))
    if found == {"province", "city"} and titles:
        found = {"city"}        # 自治区党委常委、某某市委书记: a city's leader who sits on the province's committee
    return found.pop() if len(found) == 1 else None


def _upper_province(name: str, persons: list[list[PersonMention]]) -> str | None:
    """The province every title the article gives the person is of ('' for a bare 省 or 自治区, the
    article's own: 副省长, 省交通运输厅副厅长; 湖南 for 湖南省委常委), or None when a title is of a city
    or below, or the person has none."""
    # (a post written after its body's name: 省某某厅党组副书记、副厅长 -> 副厅长 of 省某某厅)
    titles = [t.text if UPPER_LEVEL.match(t.text) or not t.org else t.org
              for ms in persons for pm in ms if pm.name == name for t in pm.titles]
    found = {m.group(1) or "" for t in titles if (m := UPPER_LEVEL.match(t))}
    return found.pop() if titles and len(found) == 1 and all(UPPER_LEVEL.match(t) for t in titles) else None


def _province_stem(city: str | None) -> str:
    """The short name of the page city's province as titles write it (内蒙古, 湖南), or ''."""
    d = gazetteer(city).entries.get(city or "")
    prov = d.parent if d and d.parent else ""
    return re.sub(r"(?:维吾尔|壮族|回族)?(?:自治区|省|市)$", "", prov)


def _city_stem(city: str | None) -> str:
    """The page city's name as titles open with it (临汾 for 临汾市, 黔南 for 黔南布依族苗族自治州)."""
    return re.sub(r"(?:市|地区|盟|自治州|州)$", "", city or "")[:2]


PLACE_OPENING = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:市|县|区|州|旗|盟|省|自治区|地区)(?!场|长|委员会)")


def _places_of(name: str, persons: list[list[PersonMention]], city: str | None, some: bool = False) -> set[str]:
    """The places other than the page's city that the person's titles open with (临汾市委常委、
    洪洞县委书记 -> 临汾, 洪洞); empty when a title opens with none (``some``: the places of those
    that open with one, for a guest whose later titles leave the place to the first: 湛江市委书记、
    市人大常委会主任 -> 湛江)."""
    own = _city_stem(city)
    out = set()
    for t in _titles_of(name, persons):
        m = PLACE_OPENING.match(t)
        if not m and some:
            continue
        if not m:
            return set()
        if not (own and (m.group(1).startswith(own) or own in t[:9])):
            out.add(m.group(1))     # (吉林省辽源市市委书记 on a 辽源 page: the page's own city)
    return out


def _cued_place(s: str, start: int) -> str | None:
    """The place of a list's cue before a name (洪洞县领导甲、乙 -> 洪洞)."""
    cue = re.search(rf"([\u4e00-\u9fff]{{2,3}}?)(?:市|县|区|州|旗)领导{NAMES_SO_FAR}", s[:start])
    return cue.group(1) if cue else None


def _cued_from_home(s: str, pm: PersonMention, visitors: list[str], persons: list[list[PersonMention]],
                    city: str | None) -> bool:
    """Whether an untitled name's list cue names a place the visitors' titles name (某某市大观区委书记
    甲率团来…；大观区领导乙、丙参加: of the guests' own side), not the page's city."""
    cue = _cued_place(s, pm.start)
    return bool(cue) and not pm.titles and not _of_the_page_city(pm, s, city) \
        and any(cue in t for n in visitors for t in _titles_of(n, persons))


def _of_the_page_city(pm: PersonMention, s: str, city: str | None) -> bool:
    """Whether a person's titles or list cue name the page's own city (汕尾市领导甲, 汕尾市副市长乙)."""
    own = _city_stem(city)
    if not own:
        return False
    cue = _cued_place(s, pm.start)
    return bool(cue and cue.startswith(own)) or any(t.text.startswith(own) for t in pm.titles)


def _company_title(t) -> bool:
    return t.post.enterprise or bool(re.search(r"(?:公司|集团|银行|企业)", t.org or ""))


def _of_a_company(pm: PersonMention) -> bool:
    """A company's man (董事长, 总经理, 某某集团党委书记): received as a guest, he makes no
    official's visit."""
    return any(_company_title(t) for t in pm.titles)


def _only_of_a_company(pm: PersonMention) -> bool:
    """A company's man with no public post besides (not 省政协常委、某某有限公司董事长)."""
    return bool(pm.titles) and all(_company_title(t) for t in pm.titles)


def _opening(tour: dict, sentences: list[Sentence]) -> Sentence | None:
    """The sentence that told the tour first (its first evidence)."""
    return next((x for x in sentences if tour["evidence"] and x.span.start == tour["evidence"][0].start), None)


def _own_county_tour(tour: dict, sentences: list[Sentence], sent: Sentence, persons: list[list[PersonMention]],
                     city: str | None) -> bool:
    """Whether a tour told in this paragraph or the one before is the page city's own leaders'
    (their titles name the city, no other place) to its counties (every target one of them)."""
    opened = _opening(tour, sentences)
    if opened is None or not 0 <= sent.paragraph - opened.paragraph <= 1 or not tour["targets"]:
        return False
    if {_level(n, persons) for n in tour["visitors"]} - {None} != {"city"} \
            or any(_places_of(n, persons, city) for n in tour["visitors"]):
        return False
    g = gazetteer(city)
    return all(any(a == 0 and b == len(t) and d.level == "county" and d.parent == city for a, b, d, _f in g.find(t))
               for t in tour["targets"])


def _goes_out(targets: list[str], city: str | None) -> bool:
    """Whether a tour goes out of the page's city: a target is a province or a prefecture-level
    city other than the city and its province (赴广州, 到北京)."""
    if not city or not targets:
        return False
    g = gazetteer(city)
    home = g.entries.get(city)
    for t in targets:
        if not national_places().fullmatch(t):
            continue
        own = [d for _a, b, d, _f in g.find(t) if b == len(t)
               and (d.level in ("city", "county", "town") or (home is not None and d.name == home.parent))]
        if not own:
            return True
    return False


SITE_ENDS = frozenset("厂园馆村镇乡区县市港站所院局场楼路街湖河山寺")


def _targets(chunk: str) -> tuple[str, ...]:
    # (和, 及, 与 join two places only where they are words of their own: not the 和 of 汴和耐火材料厂)
    # (and after a word of two characters or a site's own ending: 甲厂和乙厂, not 某某区汴|和)
    ends = word_ends(chunk) if re.search(r"[和及与]", chunk) else {}
    cut = "".join("、" if ch in "和及与" and k + 1 in ends and (len(ends.get(k, "")) >= 2 or ends.get(k, "") in SITE_ENDS)
                  else ch for k, ch in enumerate(chunk))
    parts = cut.split("、")
    out = []
    for p in parts:
        p = re.sub(r"(?:开展|进行)$", "", p.strip())
        p = re.sub(r"(?:现场观摩|观摩|实地查看|等地|等处|等企业|等单位|等|实地|现场|部分企业|企业|项目现场)$", "", p)
        p = re.sub(r"[\u4e00-\u9fff]{2,8}(?:发展|建设|生产|经营)?情况$", "", p) if p.endswith("情况") else p
        if len(p) >= 2:
            out.append(p)
    return tuple(out)


def extract(sentences: list[Sentence], persons: list[list[PersonMention]], published: date | None,
            lead_date: tuple[date, date | None] | None,
            record_months: list[date | None] | None = None, city: str | None = None) -> list[Visit]:
    """``record_months``: per sentence, the month of a record (大事记) whose entries open on a day
    alone; None for a report.  ``city``: the city the page reports on."""
    visits: list[dict] = []
    last_date = lead_date
    own = _province_stem(city)

    def _province_of(name: str, ms: list[list[PersonMention]]) -> str | None:
        # (a bare 省 or 自治区 is the page's own province: 自治区政协秘书长 beside 内蒙古自治区政协主席)
        found = _upper_province(name, ms)
        return own if found == "" and own else found

    lead = lead_paragraph(sentences)
    whole = "".join(s.text for s in sentences)
    toured = bool(GUESTS.search(whole) or re.search(rf"(?:一行|代表团|考察团|参访团|客人)[^。；]{{0,30}}{ACTION}", whole))
    for si, sent in enumerate(sentences):
        s = sent.text
        if si > 0:
            prev = find_dates(sentences[si - 1].text, published)
            if prev and prev[-1].first:
                last_date = (prev[-1].first, prev[-1].last)
        ms = persons[si]
        if ALSO_IN_PARTY.match(s) and ms:
            # 参与本次调研考察的还有甲、乙; 到访的还有甲: the party's other members, named apart
            tour = visits[-1] if visits else None
            opened = _opening(tour, sentences) if tour else None
            # (the report's one visit, wherever the line is; else one told just before)
            if tour is None or opened is None or (len(visits) > 1 and not 0 <= sent.paragraph - opened.paragraph <= 2):
                tour = None
                if toured:
                    tour = {"visitors": [], "targets": [], "date": (last_date or (None, None))[0],
                            "end": (last_date or (None, None))[1], "evidence": []}
                    visits.append(tour)
            if tour is not None:
                tour["visitors"] += [pm.name for pm in ms if pm.name not in tour["visitors"]]
                tour["evidence"].append(Evidence(sent.span.start, sent.span.end, "visit.的还有"))
                continue
        if (led := LED_PARTY_RE.search(s) or LED_GROUP_RE.search(s)) and ms:
            # 在甲的带领下，乙、丙等一行走访调研了…: the leader and the party listed
            leaders = [pm.name for pm in ms if led.start("lead") <= pm.start < led.end("lead")]
            party = [pm.name for pm in ms if "party" in led.re.groupindex and led.start("party") <= pm.start < led.end("party")
                     and not _only_of_a_company(pm) and pm.name not in leaders]
            if leaders and not any(v["evidence"][0].start == sent.span.start for v in visits):
                dates = find_dates(s, published)
                first, last = (dates[0].first, dates[0].last) if dates else (last_date or (None, None))
                visits.append({"visitors": leaders + party, "targets": list(_targets(led.group("where"))),
                               "date": first, "end": last,
                               "evidence": [Evidence(sent.span.start, sent.span.end, "visit.在…带领下")]})
                continue
        # 甲、乙和市长助理丙先后来到…: the persons of a list share what follows its last name
        chain_end = _chain_ends(s, ms)
        for k, pm in enumerate(ms):
            group = ms[k:chain_end[k] + 1]
            if any(pm.name in v["visitors"] and v["evidence"][0].start == sent.span.start for v in visits):
                continue            # (the rest of a list whose visit this sentence gave already)
            rest = re.sub(r"^\s*(?:总书记|同志|先生|女士)?\s*", "", s[group[-1].end:])
            # (甲5日下午率队到…, 甲于3月5日赴…, 甲今天上午来到…: when, between the visitor and the going)
            rest = SAID_WHEN.sub("", rest, count=1)
            if (aside := BY_THE_WAY.match(rest)) and VISIT_RE.match(rest[aside.end():]):
                rest = rest[aside.end():]
            if (cued := CUED_JOINERS.match(s)) and pm.start < cued.start("tail") and not JOINED_ACTIVITY.match(rest):
                # 市领导甲、乙，某某公司董事长丙，市直有关单位负责同志参加: the leaders the cue lists join,
                # whoever else the line names after them
                rest = cued.group("tail")
            m, rule = VISIT_RE.match(rest), "visit.到…调研"
            if not m:
                m, rule = LED_TOUR_RE.match(rest), "visit.带领…先后到"
            if not m:
                m, rule = ACTION_FIRST_RE.match(rest), "visit.视察了"
            if not m:
                m, rule = TOUR_RE.match(rest), "visit.先后到"
            if not m:
                m, rule = DELEGATION_RE.match(rest), "visit.带队的…团"
            if not m:
                m, rule = DELEGATION_TOUR_RE.match(rest), "visit.带队的…团先后到"
            if not m:
                m, rule = TOPIC_RE.match(rest), "visit.对…开展调研"
            if (not m and RECEIVED_BEFORE.search(s[:pm.start]) and RECEIVED_AFTER.match(rest)
                    and not _of_a_company(pm) and toured):
                # a guest the city receives visits it, whatever places the text names, when the
                # report says the guests came to see it (来我市考察, 莅临, 实地考察了…)
                m, rule = re.match(r"()", rest), "visit.会见…一行"
            if m and SPEECH_LABEL.match(rest) and not RECALLED.match(rest):
                m = None
            if m and RECALLED.match(rest) and HEEDED.search(s[:group[0].start]):
                m = None            # 贯彻落实甲在某省考察时的重要讲话精神: a slogan that names a visit
            if m and m.group(1).strip("了") not in ("会", "会议", "会场", "现场"):
                # (a day written after the visit as an attribute dates what it qualifies: …，传达
                # 9月6日某某会议精神)
                dates = [d for d in find_dates(s, published) if d.start < len(s) - len(rest) + m.end()
                         or not re.match(r"(?:的)?[\u4e00-\u9fff]", s[d.end:d.end + 2])
                         or re.match(r"(?:至|到|起)", s[d.end:])]
                first, last = (dates[0].first, dates[0].last) if dates else (None, None)
                record_month = record_months[si] if record_months else None
                if first is None and published and (last_date or sent.paragraph == lead or record_month):
                    # 7日，甲到…调研: a day alone, in the month last named (or, in the lead, of publication)
                    first, last = day_alone(s, published, record_month or (last_date[0] if last_date else None)) \
                        or (None, None)
                if first is None:
                    # an undated visit in a report happens on the day last named before it
                    first, last = last_date or (None, None)
                if RECALLED.match(rest) or (QUOTED_ON_A_VISIT.match(rest)
                                            and s[group[-1].end:].lstrip().startswith("总书记")):
                    # a visit the text recalls keeps no date: the article's is not its own
                    first, last, rule = None, None, RECALLED_RULE
                chunk = m.group(1) if m.lastindex is None or m.lastindex < 2 or not m.group(2) \
                    else m.group(1) + "、" + m.group(2)
                if rule == RECALLED_RULE:
                    # (考察某省时指出: the place, not what was said there)
                    chunk = re.split(r"时(?=的|所作|所提|提出|作出|发表|曾|指出|强调|要求|寄语)", chunk)[0]
                # 甲率领乙，丙，丁一行，到…调研: the party led is of the visit too
                led = re.match(r"^(?:先后|分别|亲自)?(?:带领|率领|率)([^。；]{2,240}?)一行", rest)
                base = len(s) - len(rest)
                party = [o.name for o in ms if led and base + led.start(1) <= o.start < base + led.end(1)
                         and o.name not in [g.name for g in group] and not _only_of_a_company(o)]
                targets = list(_targets(chunk))
                names = [g.name for g in group] + party
                before = next((v for v in reversed(visits) if set(names) <= set(v["visitors"])), None)
                if before and not dates and targets and all(t in BACK_HERE for t in targets):
                    # 甲来到这里看望…: the visit told before goes on, on its days
                    before["evidence"].append(Evidence(sent.span.start, sent.span.end, rule))
                    continue
                visits.append({"visitors": names, "targets": targets, "date": first,
                               "end": last, "evidence": [Evidence(sent.span.start, sent.span.end, rule)]})
                continue
            if re.match(r"^[^，。；]{0,40}?参加[^，。；]{1,20}?或", rest):
                continue            # (分别参加视察调研或座谈会: one or the other, the text does not say which)
            if ACCOMPANIES.match(rest) and visits:
                # 省委常委甲来我州调研。省民委副主任乙、省公安厅副厅长丙等陪同调研: a provincial
                # leader's own staff who 陪同 are of the party (the city's, who 陪同, its hosts)
                tour = visits[-1]
                home = {_province_of(n, persons) for n in tour["visitors"]}
                # (a province's leaders, not a national or foreign guest's: 中国国民党副主席甲来我市考察，
                # 省政协副主席乙陪同 -- the province receives him)
                provincial = all(re.match(r"副?(?:省|自治区)|[\u4e00-\u9fff]{2,3}(?:省|自治区)", t)
                                 for n in tour["visitors"] for t in _titles_of(n, persons))
                party = [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                         and o.titles and _province_of(o.name, [[o]]) in home] \
                    if len(home) == 1 and None not in home and provincial else []
                if not party and _own_county_tour(tour, sentences, sent, persons, city):
                    # 市委书记甲到某县、某县调研。市领导乙、丙分别陪同: the city's own leaders who go with
                    # its secretary or mayor to its counties are of the party (the counties' are hosts)
                    # (named as the city's leaders, 市领导甲、乙, not by posts of their own: a 市政府副秘书长
                    # who goes with the mayor is read as his host in older gold)
                    party = [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                             and not o.titles and _level(o.name, [[o]], s) == "city"
                             and (_cued_place(s, o.start) or _city_stem(city)).startswith(_city_stem(city))]
                if party:
                    tour["visitors"] += party
                    tour["evidence"].append(Evidence(sent.span.start, sent.span.end, "visit.陪同调研"))
                continue
            if JOINED_ACTIVITY.match(rest) and visits and not JOINED_RE.match(rest):
                # 省某某厅副厅长甲，某某市领导乙参加有关活动: a provincial leader's tour is joined by the
                # province's officials, not by the city's (its hosts); a tour of the city's own
                # leaders (市委书记甲到某县调研。市领导乙、丙参加) by those of the same level
                tour = visits[-1]
                opened = _opening(tour, sentences)
                # (a report's closing line of who took part, near the tour or closing the report of
                # its one tour; in a record, the entry's own)
                # (the closing line names the tour: 陪同参加了督导检查, not 参加有关活动)
                closing = (not record_months and len(visits) == 1 and sent.paragraph == sentences[-1].paragraph
                           and re.search(r"调研|考察|督导|检查|视察|督查|观摩", JOINED_ACTIVITY.match(rest).group(0)))
                if opened is None or not (0 <= sent.paragraph - opened.paragraph <= (0 if record_months else 2)
                                          or closing and sent.paragraph >= opened.paragraph):
                    continue        # another entry's event: not this tour
                guests = bool(GUESTS.search(opened.text))
                if "出席" in JOINED_ACTIVITY.match(rest).group(0) and not guests:
                    continue        # (市领导乙出席活动: who attends, not whose tour it is; a guest's own, below)
                home = {_province_of(n, persons) for n in tour["visitors"]}
                if len(home) == 1 and None not in home:
                    party = [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                             and _province_of(o.name, [[o]]) in home]
                elif guests:
                    # 某某一行来我市调研，我市甲、乙参加: the hosts, not visitors; but the guests' own
                    # (某某县委书记甲率考察团来…；某某县领导乙、丙等参加) are of their party
                    homes = set().union(*(_places_of(n, persons, city, some=True) for n in tour["visitors"]))
                    party = [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                             and (homes and (_places_of(o.name, [[o]], city, some=True) or {_cued_place(s, o.start)}) <= homes
                                  or _cued_from_home(s, o, tour["visitors"], persons, city))]
                    if not party:
                        continue
                elif _goes_out(tour["targets"], city):
                    # 市长甲到广州考察招商。市领导乙，县领导丙参加: a tour out of the city has no hosts
                    # of its own side: whoever joins it is of the party
                    party = [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                             and not _of_a_company(o)]
                else:
                    level = {_level(n, persons) for n in tour["visitors"]} - {None, "province"}
                    if not level and not any(_titles_of(n, persons) for n in tour["visitors"]):
                        # (a visitor the report never titles is the page's own leader: those its
                        # cue lists as the city's or county's leaders go with him)
                        level = {_level(o.name, [[o]], s) for o in persons[si] if o.start <= pm.start} - {None, "province"}
                    party = [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                             and len(level) == 1 and _level(o.name, [[o]], s) in level]
                # 省政协主席甲到某区调研。…省政协调研组成员乙、丙参加: the members of the visitor's
                # own provincial body are of the party
                bodies = {b.group(0) for n in tour["visitors"] for t in _titles_of(n, persons)
                          if (b := PROVINCIAL_BODY.match(t))}
                # (untitled, under the body's name: 省政协调研组成员乙、丙)
                party += [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                          and o.name not in party
                          and (all(t.text.startswith(tuple(bodies)) for t in o.titles) if o.titles else
                               re.split(r"[，,；;。]", s[:o.start])[-1].startswith(tuple(bodies)))] if bodies else []
                if party:
                    tour["visitors"] += [n for n in party if n not in tour["visitors"]]
                    ev = Evidence(sent.span.start, sent.span.end, "visit.参加有关活动")
                    if ev not in tour["evidence"]:
                        tour["evidence"].append(ev)
                continue
            if JOINED_RE.match(rest):
                tour = next((v for v in reversed(visits)), None)
                if tour is not None and tour["evidence"] and GUESTS.search(
                        _opening(tour, sentences).text):
                    # 某某一行来我市调研，我市甲、乙参加调研: the hosts, not visitors; but the guests'
                    # own officials (苏州市政协副主席甲、乙参加考察) are of their party
                    homes = set().union(*(_places_of(n, persons, city, some=True) for n in tour["visitors"]))
                    # (a province's party come to the city: its members untitled or of that province)
                    provinces = {_province_of(n, persons) for n in tour["visitors"] if _titles_of(n, persons)}
                    party = [o.name for o in persons[si] if o.start <= pm.start and o.name not in tour["visitors"]
                             and not _only_of_a_company(o)
                             and (homes and set() < _places_of(o.name, [[o]], city, some=True) <= homes
                                  or _cued_from_home(s, o, tour["visitors"], persons, city)
                                  or len(provinces) == 1 and None not in provinces
                                  and (not o.titles and _level(o.name, [[o]], s) in (None, "province")
                                       or _province_of(o.name, [[o]]) in provinces))]
                    if party:
                        tour["visitors"] += party
                        ev = Evidence(sent.span.start, sent.span.end, "visit.参加考察")
                        if ev not in tour["evidence"]:
                            tour["evidence"].append(ev)
                    continue
                # (a company's people who take part are the hosts of the site visited; so are the
                # city's leaders who join a provincial official's tour: 副厅长甲到某市调研，副市长乙参加调研)
                home = {_province_of(n, persons) for n in tour["visitors"]} if tour is not None else set()
                # (深圳市委书记甲一行到某市调研。某市领导乙、丙参加调研: visitors from elsewhere; those
                # of the page's own city who join are their hosts)
                away = tour is not None and bool(set().union(*(_places_of(n, persons, city) for n in tour["visitors"])))
                # (市政府秘书长甲一行来到某县调研。县长乙参加调研: a county's officials who join the city's
                # or province's visitors are their hosts)
                above = tour is not None and {_level(n, persons) for n in tour["visitors"]} - {None} <= {"city", "province"} \
                    and any(_level(n, persons) for n in tour["visitors"]) and any(
                        a == 0 and b == len(t) and d.level == "county"
                        for v in visits if set(v["visitors"]) & set(tour["visitors"])
                        for t in v["targets"] for a, b, d, _f in gazetteer(city).find(t))
                joiners = [o.name for o in persons[si] if o.start <= pm.start and not _only_of_a_company(o)
                           and not (above and _level(o.name, [[o]], s) == "county")
                           and not (len(home) == 1 and None not in home
                                    and _province_of(o.name, [[o]]) not in home
                                    and (o.titles or _level(o.name, [[o]], s)))
                           and not (away and _of_the_page_city(o, s, city))]
                if not joiners:
                    continue
                if tour is None:
                    dates = find_dates(s, published)
                    first, last = (dates[0].first, dates[0].last) if dates else (last_date or (None, None))
                    tour = {"visitors": [], "targets": [], "date": first, "end": last, "evidence": []}
                    visits.append(tour)
                tour["visitors"] += [n for n in joiners if n not in tour["visitors"]]
                ev = Evidence(sent.span.start, sent.span.end, "visit.参加考察")
                if ev not in tour["evidence"]:
                    tour["evidence"].append(ev)
                continue
            m = LIST_RE.match(rest)
            if m and rest.startswith(("一行", "先后")):
                same = next((v for v in reversed(visits) if pm.name in v["visitors"]), None)
                if same is not None:
                    for t in _targets(m.group(1)):
                        if t not in same["targets"]:
                            same["targets"].append(t)
                    same["evidence"].append(Evidence(sent.span.start, sent.span.end, "visit.一行先后到"))
    visits = _delegation_visits(sentences, persons, published, lead_date, visits)
    # the same visitor reported twice in one article is one visit (甲率…视察。乙随同。甲一行先后来到…:
    # the party led by the same visitor, told with its members once)
    merged: list[dict] = []
    for v in visits:
        same = next((m for m in merged if (m["visitors"] == v["visitors"] or (
                         # 由甲带队、以乙为团长的某某团一行来…视察: the sentence tells one visit
                         v["evidence"] and m["evidence"] and m["date"] == v["date"]
                         and (m["evidence"][0].start, m["evidence"][0].end) == (v["evidence"][0].start, v["evidence"][0].end)) or (
                         m["visitors"][:1] == v["visitors"][:1]
                         and (set(v["visitors"]) <= set(m["visitors"]) or set(m["visitors"]) <= set(v["visitors"]))))
                     and (m["date"] == v["date"] or m["date"] is None or v["date"] is None)), None)
        if same is None:
            merged.append(v)
            continue
        same["visitors"] += [n for n in v["visitors"] if n not in same["visitors"]]
        same["date"] = same["date"] or v["date"]
        same["targets"] += [t for t in v["targets"] if t not in same["targets"]]
        same["evidence"] += [e for e in v["evidence"] if e not in same["evidence"]]
    for v in merged:
        _own_body_companions(v, sentences, persons)
    out = []
    for v in merged:
        out.append(Visit(visitors=tuple(v["visitors"]), targets=tuple(v["targets"]), date=v["date"],
                         end_date=v["end"], evidence=tuple(v["evidence"])))
    return out


ACCOMPANIED_BY = re.compile(r"在([^。；]{2,160}?)(?:的)?(?:陪同下|陪同之下)")
HEAD_POSTS = ("书记", "主任", "市长", "县长", "区长", "州长", "盟长", "旗长", "省长", "主席")


def _own_body_companions(visit: dict, sentences: list[Sentence], persons: list[list[PersonMention]]) -> None:
    """在市委常委、秘书长甲的陪同下，市委书记乙先后深入…: who goes with the head of a body and holds
    a post of that same body is of the visiting side, not a host (the county's leaders who
    陪同 are the hosts)."""
    def body(org: str | None) -> str | None:
        # (河池市委 and 市委 on a 河池 page: one body)
        return re.sub(r"^[\u4e00-\u9fff]{2,6}?(?=[市县区州旗盟](?:委|政府|人大|政协))", "", org) if org else None

    heads = {body(t.org) for ms in persons for pm in ms if pm.name in visit["visitors"] for t in pm.titles
             if t.org and t.post.word.endswith(HEAD_POSTS) and not t.post.word.startswith("副")}
    starts = {e.start for e in visit["evidence"] if e.rule.startswith("visit.到")}
    for si, sent in enumerate(sentences):
        m = ACCOMPANIED_BY.search(sent.text) if sent.span.start in starts else None
        if not m:
            continue
        for pm in persons[si]:
            if pm.name in visit["visitors"] or not (m.start(1) <= pm.start < m.end(1)):
                continue
            if any(t.org and body(t.org) in heads for t in pm.titles):
                visit["visitors"].append(pm.name)
                visit["evidence"].append(Evidence(sent.span.start, sent.span.end, "visit.陪同下.own_body"))


def _chain_ends(s: str, ms: list[PersonMention]) -> list[int]:
    """For each person of the sentence, the index of the last person of the list it opens or
    is in (甲、乙和市长助理丙: all three end at 丙), found once from the right."""
    ends = list(range(len(ms)))
    for k in range(len(ms) - 2, -1, -1):
        if listed_together(s, ms[k], ms[k + 1]):
            ends[k] = ends[k + 1]
    return ends


# a delegation named after where it comes from that comes to see the city (某某市党政考察团来我市考察,
# 我市党政代表团赴某市学习考察), with no leader named before its verb
DELEGATION = re.compile(r"(?P<home>(?:[\u4e00-\u9fff]{2,8}?(?:自治区|省|市|县|区|州|盟|旗))|我[市县区州])"
                        r"(?:党政|政府|经贸|人大|政协|党委)?(?:代表团|考察团|参访团|调研组|考察组)(?:一行)?"
                        r"(?P<go>[^，。；]{0,30}?(?:来|赴|到|在|抵达|莅临|莅)[^，。；]{0,30}?"
                        r"(?:考察|调研|学习|参观|访问|交流|观摩))")
BARE_LEVEL = re.compile(r"^副?(?:[市县区州旗](?:委|政协|人大|政府|长|纪委|监委)|[市县区州]长)")
BACK_HERE = frozenset({"这里", "这儿", "此地", "此处", "那里", "当地", "该地"})
LEADS_TOUR = re.compile(r"^(?:等)?(?:率队|带队|率团|任团长|带领)")
JOINS_TOUR = re.compile(r"^(?:等)?[^，。；]{0,12}?参加(?:考察|调研|活动)?(?:[。；;]|$)")


def _delegation_visits(sentences: list[Sentence], persons: list[list[PersonMention]], published: date | None,
                       lead_date: tuple[date, date | None] | None, visits: list[dict]) -> list[dict]:
    """The visit of a delegation the text names by where it comes from: its members are those
    whose titles or list cue name that place (某某市委书记甲, 某某市领导乙、丙), who lead it (甲率队) or,
    for the city's own delegation going out, join it (乙参加); not the hosts."""
    # (a tour only others were said to join (甲、乙参加考察) is the delegation's)
    joined = [v for v in visits if all(e.rule == "visit.参加考察" for e in v["evidence"])]
    found = [v for v in visits if not any(v is j for j in joined)]
    out: list[dict] = []
    taken = {n for v in found for n in v["visitors"]}
    for si, sent in enumerate(sentences):
        m = DELEGATION.search(sent.text)
        if not m or any(v["evidence"] and v["evidence"][0].start == sent.span.start for v in found):
            continue
        home = m.group("home")
        # (四川省某某市党政代表团: the delegation is of the place nearest its name)
        home = [p.group(0) for p in re.finditer(r"[\u4e00-\u9fff]{2,8}?(?:自治区|省|市|县|区|州|盟|旗)", home)][-1] \
            if not home.startswith("我") else home
        own = home.startswith("我")
        stem = re.sub(r"(?:自治区|省|市|县|区|州|盟|旗)$", "", home) if not own else ""
        if not own and len(stem) < 2:
            continue
        visitors: list[str] = []
        evidence = [Evidence(sent.span.start, sent.span.end, "visit.代表团")]
        # (its members named by their place anywhere after it, its leaders in the next sentences)
        for sj in range(si, len(sentences) if not own else min(si + 3, len(sentences))):
            s = sentences[sj].text
            if sj > si and DELEGATION.search(s) and not re.search(rf"{re.escape(home)}(?:党政|政府)?(?:代表团|考察团)", s):
                break
            near = sj < si + 3
            ms = persons[sj]
            chain_end = _chain_ends(s, ms)
            k = 0
            inherit = False      # (某某市人大常委会主任甲，市政协主席乙: the place goes on to the bare 市 titles)
            while k < len(ms):
                group = ms[k:chain_end[k] + 1]
                k = chain_end[k] + 1
                rest = s[group[-1].end:]
                cue = s[max(0, group[0].start - 12):group[0].start]
                if re.match(r"^(?:等)?(?:陪同|会见|接见|迎接)", rest):
                    continue
                if own:
                    members = group if (LEADS_TOUR.match(rest) or (JOINS_TOUR.match(rest) and any(
                        LEADS_TOUR.match(s[o.end:]) for o in ms))) else []
                else:
                    # each by the place its own titles name; the untitled by the list's cue
                    # (某某市领导甲、乙) or as leaders (甲率队); one list may hold both sides
                    cued = bool(re.search(rf"{stem}[^，。；、]{{0,4}}领导$", cue)) or bool(near and LEADS_TOUR.match(rest))
                    members = []
                    for g in group:
                        if any(t.text.startswith(stem) for t in g.titles):
                            inherit = True
                        elif not (g.titles and inherit and all(BARE_LEVEL.match(t.text) for t in g.titles)):
                            inherit = inherit and not g.titles
                            if g.titles or not cued:
                                continue
                        members.append(g)
                if not members:
                    continue
                for g in members:
                    if g.name not in visitors and g.name not in taken:
                        visitors.append(g.name)
                ev = Evidence(sentences[sj].span.start, sentences[sj].span.end, "visit.代表团")
                if ev not in evidence:
                    evidence.append(ev)
        if not visitors:
            continue
        dates = find_dates(sent.text, published)
        first, last = (dates[0].first, dates[0].last) if dates else (lead_date or (None, None))
        for j in [j for j in joined if j["date"] in (None, first)]:
            # (…；某某区委书记乙、区委常委丙等参加调研 on a delegation come from elsewhere: those
            # whose titles do not name its place are the hosts)
            visitors += [n for n in j["visitors"] if n not in visitors
                         and (own or any(t.startswith(stem) for t in _titles_of(n, persons)))]
            evidence += [e for e in j["evidence"] if e not in evidence]
            joined.remove(j)
        out.append({"visitors": visitors, "targets": [], "date": first, "end": last, "evidence": evidence})
        taken |= set(visitors)
    return found + joined + out
