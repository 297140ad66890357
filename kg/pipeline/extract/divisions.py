"""Administrative divisions: a gazetteer of a city's counties, zones and towns.

Counties, cities and provinces with their 6-digit codes and the towns of each
county come from jionlp's ``china_location`` dataset; former names from its
list of division changes (茌平县 -> 茌平区).  Development zones have no code in
it: the generic ones follow the city's name (聊城经济技术开发区, 聊城高新技术产业开发区),
named ones come from ``lexicons/zones.csv`` with their source.
"""
from __future__ import annotations

import contextlib
import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from ...records import DivisionMention
from .text import word_tag, words


@lru_cache(maxsize=1)
def _jionlp():
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp
    return jionlp


@lru_cache(maxsize=1)
def china() -> dict:
    jio = _jionlp()
    with contextlib.redirect_stdout(io.StringIO()):
        return jio.china_location_loader(detail=True)


@lru_cache(maxsize=1)
def _change_list() -> tuple[tuple[str, str, str], ...]:
    """jionlp's list of county changes: (day as written, former county full name, the county it
    became), where the two names differ."""
    jio = _jionlp()
    try:
        lines = resources.files(jio).joinpath("dictionary/china_location_change.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    out = []
    for line in lines:
        if "=>" not in line:
            continue
        old, new = line.split("=>", 1)
        old_parts, new_parts = old.split("\t"), new.split("\t")
        if len(old_parts) >= 8 and len(new_parts) >= 3 and old_parts[6] and new_parts[2] and old_parts[6] != new_parts[2]:
            out.append((old_parts[0], old_parts[6], new_parts[2]))
    return tuple(out)


@lru_cache(maxsize=1)
def _changes() -> dict[str, list[str]]:
    """current county full name -> former full names (all provinces)."""
    out: dict[str, list[str]] = {}
    for _day, old, new in _change_list():
        out.setdefault(new, []).append(old)
    return out


@lru_cache(maxsize=1)
def _dated_changes() -> dict[str, tuple[str, date]]:
    """former county full name -> (the county it became, the day of the change), where the list
    dates it."""
    out: dict[str, tuple[str, date]] = {}
    for day, old, new in _change_list():
        try:
            out[old] = (new, date.fromisoformat(day))
        except ValueError:
            continue
    return out


@lru_cache(maxsize=1)
def county_names() -> frozenset[str]:
    """The full names of the country's counties and districts (前进区, 东风区, 向阳区): words a
    title's place may open with though they read as verbs."""
    out: set[str] = set()
    for _prov, pdata in china().items():
        if not isinstance(pdata, dict):
            continue
        for city, cdata in pdata.items():
            if city.startswith("_") or not isinstance(cdata, dict):
                continue
            out.update(k for k in cdata if not k.startswith("_"))
    return frozenset(out)


@lru_cache(maxsize=1)
def national_places() -> re.Pattern:
    """Provinces and prefecture-level cities of the whole country, full and short
    (山东省, 山东, 东莞市, 东莞): the place a company's name may open with."""
    names: set[str] = set()
    for prov, pdata in china().items():
        if not isinstance(pdata, dict):
            continue
        names.add(prov)
        alias = pdata.get("_alias")
        names.update([alias] if isinstance(alias, str) else alias or [])
        for city, cdata in pdata.items():
            if city.startswith("_") or not isinstance(cdata, dict):
                continue
            names.add(city)
            alias = cdata.get("_alias")
            names.update([alias] if isinstance(alias, str) else alias or [])
    names = {n for n in names if n and len(n) >= 2}
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


@dataclass(frozen=True)
class Division:
    name: str
    level: str                     # province | city | county | town
    code: str | None
    parent: str | None
    parent_code: str | None
    aliases: tuple[str, ...] = ()


GENERIC_ZONE = re.compile(r"(?:国家级|省级)?(?:经济技术开发区|经济开发区|开发区|高新技术产业开发区|高新区|经开区|"
                          r"工业园区|旅游度假区|度假区|综合保税区|保税区)")


@dataclass
class Gazetteer:
    city: str | None
    entries: dict[str, Division] = field(default_factory=dict)     # canonical name -> division
    surface: dict[str, str] = field(default_factory=dict)          # form as written -> canonical
    pattern: re.Pattern | None = None

    def add(self, d: Division, forms: list[str]) -> None:
        self.entries.setdefault(d.name, d)
        for f in [d.name, *forms]:
            if f and len(f) >= 2 and f not in self.surface:
                self.surface[f] = d.name

    def compile(self) -> "Gazetteer":
        forms = sorted(self.surface, key=lambda s: (-len(s), s))
        self.pattern = re.compile("|".join(map(re.escape, forms))) if forms else None
        return self

    def find(self, text: str) -> list[tuple[int, int, Division, str]]:
        """Division mentions in ``text``: (start, end, division, as written)."""
        if self.pattern is None:
            return []
        out = []
        local: set[str] = set()        # the kinds of zone written after a county or town so far
        for m in self.pattern.finditer(text):
            form = m.group(0)
            d = self.entries[self.surface[form]]
            # a zone written without its city (经济开发区, 高新区) right after a county or town is
            # that county's own zone, not the city's: 诸城市经济开发区, 某某县高新区
            if GENERIC_ZONE.fullmatch(form) and m.start() > 0:
                # (常熟国家高新区: a level written between the county and the zone word)
                head = re.sub(r"(?:经济|技术|产业|高新|工业|新|国家级|国家|省级)+$", "", text[max(0, m.start() - 12):m.start()])
                glued = m.start() - (len(text[max(0, m.start() - 12):m.start()]) - len(head))
                own = self.city and any(head.endswith(x) for x in (self.city, _short(self.city), _prefecture_short(self.city)))
                if not own and ((head and head[-1] in "县市区旗镇乡") or (out and out[-1][1] == glued)):
                    local.add(_zone_kind(form))
                    continue
                if not own and _named_before(head):
                    continue
                # (常熟高新区, then 高新区党工委副书记: the zone named before, the county's)
                if not own and _zone_kind(form) in local:
                    continue
                # (聊城高新技术经济开发区: 高新 written before the development zone's words is the
                # city's high-tech zone)
                if own and "高新" in text[m.start() - (m.start() - glued):m.start()] and _zone_kind(form) == "开发":
                    d = next((e for e in self.entries.values() if e.level == "county" and e.parent == d.parent
                              and e.name.endswith("高新技术产业开发区")), d)
            # 井冈山大学, 井冈山报, 某某宾馆: a place's short name opening an institution's is no mention of it
            if form != d.name and INSTITUTION_AFTER.match(text, m.end()):
                continue
            out.append((m.start(), m.end(), d, form))
        return out

    def county_of_town(self, town: str) -> str | None:
        d = self.entries.get(town)
        return d.parent if d and d.level == "town" else None

    def county(self, name: str | None) -> Division | None:
        if not name:
            return None
        canon = self.surface.get(name, name)
        d = self.entries.get(canon)
        return d if d and d.level == "county" else None


INSTITUTION_AFTER = re.compile(r"(?:大学|学院|日报|晚报|报社|报|管理局|宾馆|酒店|饭店|机场|火车站|高铁站|大道|大街|广场|"
                               r"集团|股份|银行|医院|中学|小学|电视台|广播电视台|剧院|大厦|职业技术学院)")


def _zone_kind(form: str) -> str:
    """高新 for a high-tech zone's words, 开发 for a development zone's, else the words themselves."""
    if "高新" in form:
        return "高新"
    if re.search(r"开发区|经开区", form):
        return "开发"
    return form


def _named_before(head: str) -> bool:
    """各开发区 (zones in general), 赣州经开区, 小蓝经开区 (a zone of another place, or one with a
    name of its own): what is written right before a bare zone word says it is not the city's."""
    tokens = words(head[-8:]) if head else []
    if not tokens:
        return False
    last = tokens[-1]
    return last.endswith("各") or word_tag(last).startswith(("ns", "nr", "nz"))


def _alias(data: dict, name: str) -> str:
    a = data.get("_alias")
    if isinstance(a, (list, tuple)):
        a = a[0] if a else None
    return a or _short(name)


def _prefecture_short(name: str) -> str:
    """An autonomous prefecture's short name: 昌吉回族自治州 -> 昌吉 (its peoples and 自治州 dropped)."""
    m = re.fullmatch(r"(.{2,4}?)(?:(?:回|藏|彝|苗|布依|侗|土家|哈尼|傣|景颇|傈僳|白|壮|羌|蒙古|朝鲜|哈萨克|柯尔克孜)族?)+自治州", name)
    return m.group(1) if m else _short(name)


def _short(name: str) -> str:
    for suffix in ("自治县", "自治区", "特别行政区", "新区", "省", "市", "县", "区", "旗"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@lru_cache(maxsize=64)
def gazetteer(city: str | None) -> Gazetteer:
    g = Gazetteer(city=city)
    data = china()
    changes = _changes()
    for prov_name, prov in data.items():
        if not isinstance(prov, dict):
            continue
        pcode = prov.get("_admin_code")
        g.add(Division(prov_name, "province", pcode, None, None), [_alias(prov, prov_name)])
        for city_name, cdata in prov.items():
            if city_name.startswith("_") or not isinstance(cdata, dict):
                continue
            if city and city_name != city and _short(city_name) != _short(city):
                continue
            ccode = cdata.get("_admin_code")
            g.add(Division(city_name, "city", ccode, prov_name, pcode),
                  [_alias(cdata, city_name)])
            if not city:
                continue
            cshort = _alias(cdata, city_name)
            for county_name, kdata in cdata.items():
                if county_name.startswith("_") or not isinstance(kdata, dict):
                    continue
                kcode = kdata.get("_admin_code")
                forms = [_alias(kdata, county_name)] + changes.get(county_name, [])
                if county_name.startswith(city_name) and county_name.endswith("管理区"):
                    # 张家口市塞北管理区 in the data is 塞北管理区 as its city writes it
                    forms.append(county_name)
                    county_name = county_name[len(city_name):]
                forms += [_short(f) for f in changes.get(county_name, [])]
                # a one-character short form (冠, 莘) is no name on its own
                forms = [f for f in forms if len(f) >= 2]
                g.add(Division(county_name, "county", kcode, city_name, ccode,
                               tuple(f for f in forms if f != county_name)), forms)
                for town_name in kdata:
                    if town_name.startswith("_") or not re.search(r"(镇|乡|街道)$", town_name):
                        continue
                    if town_name in g.entries and g.entries[town_name].parent != county_name:
                        continue   # the same town name in two counties: leave it to the first
                    g.add(Division(town_name, "town", None, county_name, kcode), [])
            for zone, forms in _zones(city_name, cshort):
                g.add(Division(zone, "county", None, city_name, ccode, tuple(forms)), forms)
    return g.compile()


def _zones(city_name: str, cshort: str) -> list[tuple[str, list[str]]]:
    zones = [
        # (a bare 开发区 is as often development zones in general, another city's or a county's:
        # only a city whose own zone the table names it for reads it as that zone)
        (f"{cshort}经济技术开发区", ["经济技术开发区", "经开区", f"{cshort}经开区", f"{cshort}开发区"]),
        # a provincial zone is named 经济开发区 (沧州经济开发区): the name as the text writes it
        (f"{cshort}经济开发区", []),
        (f"{cshort}高新技术产业开发区", ["高新技术产业开发区", "高新区", f"{cshort}高新区"]),
        # the county-level zone of a city's towns and country (河南's cities: 某某市城乡一体化示范区)
        (f"{city_name}城乡一体化示范区", [f"{cshort}城乡一体化示范区", "城乡一体化示范区"]),
    ]
    for row in _zone_table():
        if row["city"] == city_name:
            zones.append((row["name"], [a for a in row["aliases"].split("|") if a]))
    return zones


@lru_cache(maxsize=1)
def _zone_table() -> list[dict]:
    text = resources.files("kg.pipeline.extract.lexicons").joinpath("zones.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


# a functional zone with a name of its own (柳东新区, 徐圩新区, 福绵管理区), which the gazetteer
# does not hold: a county-level division of the city, named as written
# (not 产业集聚区: a province's industrial clusters are a county's zone as often as a division of
# their own, 某某县苍山产业集聚区; the development texts of even number read two more errors with it)
ZONE_WORD = re.compile(r"(?<!高)新区|管理区|产业集中区|保税港区|台商投资区|开发开放试验区")
CITY_ZONE_KINDS = frozenset({"保税港区", "台商投资区", "开发开放试验区"})
ZONE_PREFIX_NOT = re.compile(r"^(?:各|全|该|本|我|新|老|城|国家|经济|产业|开发|工业|高新|现代|农业|综合|示范|重点|"
                             r"特色|一批|东|西|南|北|中|城市|智慧|未来|创新|国际|科技|文化|商务|金融|数字)$")


def named_zones(text: str, city: str | None, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the zones a text names with a name of their own: the words before
    新区 / 管理区 back to a mark, a verb or a function word, two to six characters, none of
    them a common word but a place's or a name's."""
    if not city:
        return []
    out = []
    for m in ZONE_WORD.finditer(text):
        end = m.start()
        before = text[max(0, end - 8):end]
        start, opened = end, False
        for w in reversed(words(before)):
            tag = word_tag(w)
            # (宁波南部滨海新区: a part of a place, then the zone's own name)
            part = w in ("南部", "北部", "东部", "西部") and start < end
            # (儋州滨海新区: the city that names it, written first, is the name's; not 深圳市大鹏新区 or
            # 通江县高明新区: a division written in full before its zone)
            found_here = any(x == start - len(w) and y == start for x, y in taken)
            if found_here and start < end and not re.search(r"[省市县区旗]$", w):
                start, opened = start - len(w), True
                break
            if found_here:
                break
            word = bool(re.fullmatch(r"[\u4e00-\u9fff]+", w)) and not tag.startswith(
                ("v", "p", "c", "u", "d", "r", "m", "q", "f")) and w not in ("的", "在", "和", "与", "及", "兼", "了")
            if not (part or word) or end - start + len(w) > 6:
                break
            start -= len(w)
        prefix = text[start:end]
        # (漳州台商投资区: a zone of a kind a city has one of, named by the city alone)
        if not prefix and m.group(0) in CITY_ZONE_KINDS:
            city_before = next((x for x, y in taken if y == end and text[x:y] in (city, _short(city), _prefecture_short(city))),
                               None)
            if city_before is not None:
                # (广西钦州保税港区: the province written before the city is the name's too)
                g = gazetteer(city)
                province = next((text[x:y] for x, y in taken if y == city_before
                                 and getattr(g.entries.get(g.surface.get(text[x:y], "")), "level", None) == "province"), "")
                out.append((city_before - len(province), m.end(), province + _short(city) + m.group(0)))
            continue
        # (a division found there already is that division; the city that opens the name is the name's)
        if len(prefix) < 2 or ZONE_PREFIX_NOT.search(prefix) or any(
                x < m.end() and start < y and not (opened and x == start and y < end) for x, y in taken):
            continue
        # a name, not common words: one token at least that is a place's or unknown to the dictionary
        if all(word_tag(w) and not word_tag(w).startswith(("ns", "nz", "nr")) for w in words(prefix)):
            continue
        out.append((start, m.end(), text[start:m.end()]))
    return out


# words that say where a zone lies, not what it is called: a zone named by them alone is named
# with its city's (滨海新区 of 茂名: 茂名滨海新区; 南部滨海新区 of 宁波: 宁波南部滨海新区)
ZONE_DESCRIPTORS = re.compile(r"(?:滨海|临港|临空|空港|高铁|生态|滨江|滨湖|江北|江南|江东|江西|河东|河西|城东|城西|城南|城北|"
                              r"东部|西部|南部|北部)+")


def _with_city(name: str, city: str | None) -> str:
    """The zone's name with its city's short name before it where the name only says where it lies."""
    own = re.sub(r"新区$", "", name)
    if not city or own == name or not ZONE_DESCRIPTORS.fullmatch(own):
        return name
    return _short(city) + name


OUTLET_AFTER = re.compile(r"网|日报|晚报|电视台|广播电视台|融媒|新闻")


def mentions(text: str, city: str | None, published: date | None = None) -> list[DivisionMention]:
    """Every division named in ``text``, canonical, in order of first mention.  A county named
    by its former name in a text published before the change (上饶县 before 2019-06-27, when it
    became 广信区) is that county as it then was, its former name without a code, beside today's
    county (by its code: the facts placed there are linked to it)."""
    g = gazetteer(city)
    seen: dict[str, DivisionMention] = {}
    # (a short form as the name of a paper, a site or a brand is no mention of the county:
    # 香格里拉网讯, 世界的“香格里拉”品牌)
    found = [(a, b, d, form) for a, b, d, form in g.find(text)
             if form == d.name or not (OUTLET_AFTER.match(text, b) or text[a - 1:a] == "“" and text[b:b + 1] == "”")]
    for _s, _e, d, form in found:
        former = _dated_changes().get(form)
        if former is not None and d.level == "county" and published is not None and published < former[1] \
                and former[0] == d.name:
            if form not in seen:
                seen[form] = DivisionMention(name=form, level="county", code=None, parent=d.parent,
                                             parent_code=d.parent_code)
            # (and today's county, which the facts placed there are linked to by its code)
        if d.name not in seen:
            seen[d.name] = DivisionMention(name=d.name, level=d.level, code=d.code, parent=d.parent,
                                           parent_code=d.parent_code,
                                           surface=form if form != d.name else None)
    city_div = next((d for _s, _e, d, _f in found if d.level == "city"), None) or g.entries.get(city or "")
    for _a, _b, name in named_zones(text, city, [(a, b) for a, b, _d, _f in found]):
        name = _with_city(name, city)
        # (儋州滨海新区, then 滨海新区: the zone named again without its city)
        if name not in seen and not any(k.endswith(name) and seen[k].level == "county" and seen[k].code is None
                                        for k in seen):
            seen[name] = DivisionMention(name=name, level="county", code=None, parent=city,
                                         parent_code=city_div.code if city_div else None)
    return list(seen.values())
