"""Credit lines: who wrote, photographed, edited and checked an article.

Part of the split stage.  Papers print credits in the byline or dateline
(本报讯（记者 甲 通讯员 乙）); web and e-paper pages print them anywhere: in a
metadata line (作者：甲 乙 来源：某某网), in a block at the end (记者｜甲 乙
编辑｜丙 审核｜丁), glued to the role (全媒体记者甲通讯员乙), after the name
(甲/文 乙/摄), or as names alone in parentheses closing the article (（甲 乙）).

A credit is a role word followed by names, names followed by /文 /图 /摄, or a
parenthesis holding only names, role words and the newsroom's name.  A token
is a name only when it opens with a surname of the table and is no word of
the dictionary, so that 记者了解到 or 编辑部 are not read as credits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

NAME_CHARS = r"\u4e00-\u9fff·"
# roles of those who write or photograph an article
AUTHOR_ROLES = ("全媒体首席记者", "融媒体首席记者", "全媒体首席", "首席记者", "特约记者", "见习记者", "实习记者", "融媒体记者", "全媒体记者", "全媒记者", "融媒记者",
                "记者", "特约通讯员", "见习通讯员", "通讯员", "通迅员", "实习生", "摄影", "作者", "撰稿", "供稿", "文字", "图片",
                "视频", "摄像", "剪辑", "制图", "设计", "出镜", "文/图", "图/文", "文图", "图文")
# roles of those who edit or check it
EDITOR_ROLES = ("值班编委", "值班审核", "总值班", "责任编辑", "本版编辑", "网络编辑", "编辑", "责编", "美编",
                "美术编辑", "校对", "组版", "审读", "审核", "初审", "复审", "终审", "一审", "二审", "三审", "主编",
                "编审", "监制", "统筹", "策划", "值班主任", "值班编辑", "审签", "签发", "责任校对", "发布人", "校读",
                "审校", "校审", "审稿", "核稿", "校稿", "监审", "核校", "编校", "值班总监", "审编", "校核")
ROLES = tuple(sorted(AUTHOR_ROLES + EDITOR_ROLES, key=len, reverse=True))
ROLE_RE = "|".join(ROLES)
# one-character roles are taken only with a mark beside them: 文/甲, 甲/文, 图：甲
SHORT_ROLES = ("文", "图", "摄")
SEP = r"[ \t:：|｜/丨▏\\】\]]"          # (【全媒体记者】甲 乙: the role in brackets)
# words that end a run of names in a metadata line
LABELS = ("来源", "发布", "时间", "日期", "浏览", "点击", "阅读", "字号", "信息来源", "稿源", "出处", "责任", "分享",
          "打印", "关闭", "扫一扫", "编号", "次数", "报道", "通讯", "整理", "相关", "上一篇", "下一篇", "推荐")
# what a site prints where a writer's name would be: its own account, not a person
SITE_ACCOUNTS = ("管理员", "佚名", "小编", "网管", "本站", "本网", "系统", "编辑部", "超级管理员", "匿名")
NAME_END = rf"(?=[\s、，,;；)）\]】|｜/丨。\d]|$|{'|'.join(ROLES + LABELS)}|摄(?![\u4e00-\u9fff]))"
# (a name transliterated from Uyghur or Kazakh, its parts joined by a middle dot: 麦麦提·艾力)
NAME = rf"(?!{'|'.join(ROLES + LABELS)})(?:[\u4e00-\u9fff]{{2,6}}(?:·[\u4e00-\u9fff]{{2,6}}){{1,2}}|[{NAME_CHARS}]{{2,4}}?){NAME_END}"
# a role (optionally after the newsroom's name) and the names after it
ROLE_THEN_NAMES = re.compile(rf"(?P<role>{ROLE_RE}|(?<![\u4e00-\u9fff])(?:{'|'.join(SHORT_ROLES)})(?=[:：/|｜]))"
                             rf"{SEP}*(?P<names>{NAME}(?:[ \t、，,]+{NAME})*)")
# names printed without spaces after the role: 记者甲乙丙报道
GLUED_NAMES = re.compile(rf"(?P<role>{ROLE_RE})\s*(?P<names>[\u4e00-\u9fff]{{4,12}}?)(?=报道|[)）]|\s)")
# a name with the newsroom's own name glued after it: 责任编辑：甲新海南手机客户端
GLUED_NEWSROOM = re.compile(rf"(?P<role>{ROLE_RE})\s*[:：|｜]\s*(?P<run>[\u4e00-\u9fff]{{2,16}}?"
                            rf"(?:客户端|新闻网|网|日报|晚报|电视台))(?![\u4e00-\u9fff])")
# names before /文 /图 /摄: 甲/文 乙 丙/摄
NAMES_THEN_ROLE = re.compile(rf"(?P<names>(?<![{NAME_CHARS}])[{NAME_CHARS}]{{2,8}}(?:[ \t]+[{NAME_CHARS}]{{2,8}})*)"
                             rf"(?:\s*/\s*(?P<role>文字|图片|摄影|文|图|摄)|[ \t]+(?P<pair>图/文|文/图|图文))(?![\u4e00-\u9fff])")
# a parenthesis of names only, closing a paragraph or a sentence (（甲 乙）), or after 讯
NAMES_IN_PARENS = re.compile(rf"(?:(?<=讯)\s*)?[(（]\s*(?P<names>[{NAME_CHARS}]{{2,4}}(?:[ \t、]+[{NAME_CHARS}]{{2,4}})*)"
                             rf"\s*[)）](?P<after>\s*$|\s*[。\n])?")
# a photographer's name closing a caption: …开幕。 本报记者 甲摄 / 甲 摄
NAME_THEN_SHOT = re.compile(rf"(?:^|(?<=[\s。！？]))(?:本报)?(?:记者)?\s*(?P<names>[{NAME_CHARS}]{{2,4}}(?:[ \t]+[{NAME_CHARS}]{{2,4}})*)"
                            rf"\s*(?:摄(?:影)?|供图)\s*$")
# a photographer in parentheses after a caption: …在区法院举行（甲 摄）, （记者 甲 乙 摄）
NAMES_SHOT_IN_PARENS = re.compile(rf"[(（]\s*(?:本报)?(?:记者)?\s*(?P<names>[{NAME_CHARS}]{{2,4}}(?:[ \t、]+[{NAME_CHARS}]{{2,4}})*)"
                                  rf"\s*摄(?:影)?\s*[)）]")
# who arranged the report, or the body that sent it, in a parenthesis closing the paragraph:
# （人民网四川 甲 整理）, （某某市委统战部 甲）
NAMES_ARRANGED = re.compile(rf"(?:^|(?<=[。！？!?]))\s*[(（]\s*(?:[\u4e00-\u9fff·]{{2,12}}?(?:网|报|台|融媒|新闻|客户端|中心|社|站|部|办|局|委)[\u4e00-\u9fff]{{0,4}}[ \t\u3000]+)?"
                            rf"(?P<names>[{NAME_CHARS}]{{2,3}}(?:[ \t、]+[{NAME_CHARS}]{{2,3}})*)\s*(?:整理|供稿)?\s*[)）]\s*$")
# the newsroom named before a role inside a parenthesis: （洛报融媒·洛阳网记者 甲）
NEWSROOM = re.compile(r"[\u4e00-\u9fff·]{0,12}?(?:网|报|台|融媒|新闻|客户端|中心|社|站)$")
# a colon after the newsroom's name stands for the role: 某某融媒：甲
NEWSROOM_COLON = re.compile(rf"(?:融媒|融媒体中心|新闻中心|新闻网|电视台)[:：]\s*(?P<names>{NAME}(?:[ \t、]+{NAME})*)")


@dataclass(frozen=True)
class Credit:
    start: int          # in the string searched
    end: int
    name: str
    role: str

    @property
    def editor(self) -> bool:
        return self.role in EDITOR_ROLES


def _opens_with_a_city(token: str) -> bool:
    """A city's name, then one of its bodies or its paper (梅州政协, 梅州日(报)) or its level alone
    (濮阳县): no person, though
    the city may read as a surname and a given name (常德, 安康)."""
    from .extract.divisions import national_places
    m = national_places().match(token)
    return bool(m) and m.end() >= 2 and bool(CITY_BODY.match(token, m.end()))


def _city_named_person(token: str) -> bool:
    """A person's name that is a city's too (黄山), in a credit's slot."""
    from .extract.divisions import national_places
    return bool(national_places().fullmatch(token)) and is_name(token, labelled=True)


CITY_BODY = re.compile(r"[省市州盟县区]?(?:政协|人大|日报|日|晚报|报|网|台|发布|融媒|新闻|市委|县委|政府|宣传)|[省市州盟县区]$")


def _transliterated(token: str) -> bool:
    """Three to seven characters of names transliterated from Mongolian, Tibetan or Uyghur, no
    word but a name (阿依古丽)."""
    from .extract.people import TRANSLITERATED
    from .extract.text import is_word, word_tag
    return 3 <= len(token) <= 7 and set(token) <= TRANSLITERATED and (not is_word(token)
                                                                     or word_tag(token).startswith("nr"))


def _dotted(token: str) -> bool:
    """A name transliterated from Uyghur, Kazakh or another language, its parts joined by a
    middle dot (麦麦提·艾力, 古丽米拉·阿不都热合曼): two or three parts of two to six
    characters, none a newsroom's name or a word of the dictionary."""
    from .extract.people import TRANSLITERATED
    from .extract.text import is_word, word_tag
    parts = token.split("·")
    # (工作者协会副会长甲·乙介绍说: a title or a verb inside is no name's)
    return 2 <= len(parts) <= 3 and all(2 <= len(p) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", p)
                                        and not NEWSROOM.search(p) and p not in ROLES
                                        and not re.search(r"[长副委记任说讲]|主席|会长|介绍|表示", p)
                                        and not (len(p) > 2 and is_word(p) and not word_tag(p).startswith("nr")
                                                 and not set(p) <= TRANSLITERATED)
                                        for p in parts)


def is_name(token: str, labelled: bool = False) -> bool:
    """``labelled``: the token follows a role and a colon or bar (编辑：甲), where a
    name whose surname the table lacks is taken too."""
    from .extract.text import FUNCTION_CHARS, TIBETAN, surnames, word_tag
    singles, doubles = surnames()
    if not re.fullmatch(r"[\u4e00-\u9fff·]+", token):
        return False            # (（摄影-甲）: a mark glued to the name is no part of it)
    if "·" in token.strip("·"):
        return _dotted(token)
    if re.match(r"[省市州县区旗]直", token):
        return False            # (（通讯员 州直）: the prefecture's own bodies, no name)
    token = token.replace("·", "")
    if len(token) == 4 and token[:2] in TIBETAN and token[2:] in TIBETAN:
        return True             # (记者 次仁桑珠 摄: a Tibetan name, two syllables of the table)
    if labelled and len(token) == 3 and token[:2] in TIBETAN:
        return True             # (作者：才让某: a Tibetan syllable of the table and one more, in a credit's slot)
    if labelled and _transliterated(token):
        return True             # (a credit's slot: a name transliterated from Mongolian or Tibetan)
    if not 2 <= len(token) <= 4 or token.startswith(LABELS) or token in ROLES or token in SITE_ACCOUNTS:
        return False
    if len(token) >= 3 and token.endswith(tuple(w for w in LABELS if len(w) >= 2)):
        return False            # (注明作者和来源: a conjunction and a label, no name)
    if len(token) >= 3 and re.search(r"(?:网|报|客户端|融媒|新闻)$", token):
        return False            # (编辑：齐鲁网, 来源：华轴网: a newsroom or a site, no name)
    if len(token) >= 3 and _opens_with_a_city(token):
        return False            # (作者：梅州政协; 梅州日(报)记者: a city's body or paper, no name)
    if re.match(r"(?:政协|人大|市委|县委|区委|政府|宣传|融媒|新闻)", token) or \
            len(token) >= 3 and re.search(r"(?:办|局|公司|中心|室)$", token):
        return False            # (作者：政协会报道组; 审编：综合办 甲: a body or its unit, no name)
    from .extract.divisions import national_places
    if not labelled and national_places().fullmatch(token):
        return False            # (网络编辑 吕梁, （张家口）: a city, no name, unless in a credit's slot)
    double = token.startswith(doubles)
    if not (token[0] in singles or double):
        # (a given name may hold 中, 和, 一: 蒿中刚; its first character may not be a function word)
        if not labelled or len(token) > 3 or token[0] in FUNCTION_CHARS or set(token[1:]) & (FUNCTION_CHARS - set("中和一")):
            return False
    if len(token) == 4 and not double and not labelled:
        return False            # 许昌专场: four characters without a two-character surname
    # a word of the dictionary is a name only when tagged as one (nr, nrfg, nrt), or, after a
    # role and a colon, when it opens with a surname and is no verb or particle (编辑：周末)
    tag = word_tag(token)
    if labelled and (token[0] in singles or double) and not tag.startswith(("v", "d", "p", "c", "u", "r", "a", "m", "q")):
        return True
    return not tag or tag.startswith("nr")


def _names(s: str, start: int, end: int, role: str, labelled: bool = False) -> list[Credit]:
    out = []
    for m in re.finditer(rf"[{NAME_CHARS}]+", s[start:end]):
        tok = m.group(0)
        # (记者 阿依古丽: a transliterated name of four or more characters right after the role)
        first = not out and m.start() == 0 and len(tok) >= 4
        pieces = [tok] if is_name(tok, labelled) or (first and _transliterated(tok)) \
            else _glued(tok) or _before_place(tok)
        if not pieces:
            # a run that opens with a non-name is no credit; one that ends with one (通讯员甲
            # 某地报道) credits the names before it
            return out
        k = start + m.start()
        for p in pieces:
            out.append(Credit(k, k + len(p), p, role))
            k += len(p)
    return out


def _before_place(run: str) -> list[str]:
    """通讯员甲浙江报道: the name before the place the report was filed from."""
    from .extract.text import word_tag
    for k in (2, 3):
        if len(run) > k + 1 and is_name(run[:k]) and word_tag(run[k:]).startswith("ns"):
            return [run[:k]]
    return []


def _before_newsroom(run: str, labelled: bool = False) -> list[str]:
    """责任编辑：甲新海南手机客户端: the name, then the newsroom's own name glued after it, cut
    where the segmentation ends the name."""
    from .extract.divisions import county_names, national_places
    from .extract.text import word_ends
    if national_places().match(run):
        return []               # (摄影|江西新闻客户端: the newsroom, named after its place)
    ends = word_ends(run)
    for k in (3, 2):
        # (作者：某某区新闻网 written 某某新闻网: a county's newsroom, named after the county)
        if any(run[:k] + x in county_names() for x in ("区", "县", "市", "旗")):
            continue
        if len(run) >= k + 3 and k in ends and NEWSROOM.search(run[k:]) and is_name(run[:k], labelled):
            return [run[:k]]
    return []


def _offsets(pieces: list[str]) -> list[tuple[int, str]]:
    out, k = [], 0
    for p in pieces:
        out.append((k, p))
        k += len(p)
    return out


def _glued(run: str) -> list[str]:
    """Names printed without spaces (记者甲乙丙报道): the one way to cut the run into
    names of two or three characters, each opening with a surname; [] when there is
    none or more than one."""
    if not 4 <= len(run) <= 12:
        return []
    ways: list[list[str]] = []

    def cut(i: int, acc: list[str]) -> None:
        if len(ways) > 1:
            return
        if i == len(run):
            ways.append(acc)
            return
        for n in (2, 3):
            piece = run[i:i + n]
            if len(piece) == n and is_name(piece):
                cut(i + n, acc + [piece])

    cut(0, [])
    return ways[0] if len(ways) == 1 else []


def _unit_after_role(inner: str) -> bool:
    """Whether a parenthesis of credits names units before its names only after a role and a
    colon (（供稿：某某公司 甲）), not as a sentence would (（某某公司与甲签约）)."""
    return bool(re.search(rf"(?:{ROLE_RE})\s*[:：]", inner))


def credits(s: str) -> list[Credit]:
    """The credits in one paragraph, left to right, each name once."""
    found: list[Credit] = []
    for m in ROLE_THEN_NAMES.finditer(s):
        # (a name between two roles is in a credit's slot as surely as one after a colon: 记者 甲 摄影 乙)
        labelled = bool(re.search(r"[:：|｜]", s[m.end("role"):m.start("names")])) \
            or bool(re.match(rf"\s+(?:{ROLE_RE})", s[m.end("names"):]) and re.match(r"\s", s[m.end("role"):])) \
            or (not s[m.end("names"):].strip() and bool(s[:m.start("role")].strip())   # (a line that is a credit
                and bool(NEWSROOM.fullmatch(s[:m.start("role")].strip())))          # alone: 某某日报记者 甲)
        found += _names(s, m.start("names"), m.end("names"), m.group("role"), labelled)
    for m in GLUED_NAMES.finditer(s):
        found += [Credit(m.start("names") + k, m.start("names") + k + len(p), p, m.group("role"))
                  for k, p in _offsets(_glued(m.group("names")) or _before_place(m.group("names")))]
    for m in GLUED_NEWSROOM.finditer(s):
        found += [Credit(m.start("run"), m.start("run") + len(p), p, m.group("role"))
                  for p in _before_newsroom(m.group("run"), labelled=True)]
    for m in NAMES_THEN_ROLE.finditer(s):
        # the names nearest the mark: 某某观察 甲/图片 credits 甲
        run = [(t.start(), t.end()) for t in re.finditer(rf"[{NAME_CHARS}]+", m.group("names"))]
        while run and not is_name(m.group("names")[run[0][0]:run[0][1]]):
            run.pop(0)
        if run:
            found += _names(s, m.start("names") + run[0][0], m.end("names"), m.group("role") or m.group("pair"))
    for m in NEWSROOM_COLON.finditer(s):
        found += _names(s, m.start("names"), m.end("names"), "记者")
    for m in NAMES_IN_PARENS.finditer(s):
        # (… or after a dateline: 某某网5月26日电 （甲 乙）26日，…)
        if m.group("after") is not None or s[:m.start()].rstrip().endswith("讯") \
                or re.search(r"\d{1,2}月\d{1,2}日电\s*$", s[:m.start()]):
            found += _names(s, m.start("names"), m.end("names"), "记者")
    for m in NAMES_ARRANGED.finditer(s):
        if re.search(r"资料|图$|图片|照片|视频", m.group("names")):
            continue        # (（资料图）: a picture's placeholder)
        found += _names(s, m.start("names"), m.end("names"), "记者", labelled=True)
    for m in NAMES_SHOT_IN_PARENS.finditer(s):
        got = _names(s, m.start("names"), m.end("names"), "摄影")
        if not got and _transliterated(m.group("names")):
            # (（某某某某 摄）: a name transliterated from Mongolian or Tibetan)
            got = [Credit(m.start("names"), m.end("names"), m.group("names"), "摄影")]
        found += got
    for m in NAME_THEN_SHOT.finditer(s):
        # (…隆重开幕 甲 摄, 人民网 甲摄: the caption's last words, then the names nearest the mark;
        # one name alone between them and the mark, or after 记者, is in a credit's slot)
        run = [(t.start(), t.end()) for t in re.finditer(rf"[{NAME_CHARS}]+", m.group("names"))]
        while len(run) > 1 and not is_name(m.group("names")[run[0][0]:run[0][1]]):
            run.pop(0)
        labelled = len(run) == 1 or "记者" in m.group(0)
        found += _names(s, m.start("names") + run[0][0], m.end("names"), "摄影", labelled)
    # a parenthesis mixing the newsroom, roles and names: （洛报融媒·洛阳网记者 甲）, （甲 记者 乙）
    for m in re.finditer(r"[(（]([^()（）]{2,60})[)）]", s):
        inner = m.group(1)
        if not re.search(ROLE_RE, inner):
            continue
        parts = [p for p in re.split(rf"({ROLE_RE})|{SEP}+|[、，,]|(?<=[\u4e00-\u9fff])[-－—](?=[\u4e00-\u9fff])", inner) if p]
        role, ok, names = "记者", True, []
        pos = m.start(1)
        after_role = False
        for p in parts:
            k = s.find(p, pos)
            pos = k + len(p)
            if p in ROLES:
                role = p
                after_role = True
                continue
            # (（记者 黄山）: a name that is a city's, right after a role, is in the credit's slot)
            slot, after_role = after_role, False
            if re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:公司|办|中心|部|局|站|队|处|科|室)", p) and _unit_after_role(inner):
                continue        # (供稿：某某公司 甲，审编：综合办 乙: the writer's unit, then the name)
            # (right after a role a name is in the credit's slot: （记者 保某）)
            if is_name(p, labelled=slot and len(p) <= 3) or (slot and len(p) <= 3 and _city_named_person(p)) \
                    or (slot and _transliterated(p)):
                names.append(Credit(k, k + len(p), p, role))
            elif names and re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", p):
                # a name the surname table lacks, after names (记者 甲 乙 达冷哈斯): passed over, but
                # for a Tibetan name that opens on a syllable of the table (记者 甲 旦增某某)
                # (or a name that is a word too, opening with a surname: 记者 甲 乙 文静)
                from .extract.text import TIBETAN, surnames
                if len(p) == 4 and p[:2] in TIBETAN or 2 <= len(p) <= 3 and p[0] in surnames()[0] or _transliterated(p):
                    names.append(Credit(k, k + len(p), p, role))
                continue
            elif not NEWSROOM.search(p) and not re.fullmatch(r"[\d月日年电讯]+", p):
                ok = False
                break
        if ok:
            found += names
    seen: set[tuple[int, int]] = set()
    out = []
    for c in sorted(found, key=lambda c: (c.start, c.end)):
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(c)
    return out
