"""Generate a corpus of city-daily pages for the benchmark.

Pages of 5,000-6,000 characters assembled from article templates of the genre:
a county's work meeting chaired by its 县长, a town party secretary's visits to
enterprises, a signing ceremony of projects with investments, a notice of
appointments and removals, and policy news around them.  Officials, journalists,
enterprises, towns, dates and amounts vary: names are drawn from surname and
given-name lexicons, divisions are the real counties and towns of several
cities (jionlp's china_location), enterprises get county-flavoured trade names
and legal suffixes.  Each city has its own pool of officials, so names recur
within a city (and, by chance, across cities) as they do in a real archive.

    python bench/corpus.py OUT_FOLDER --pages 1000 [--seed 7]

writes OUT_FOLDER/<city>/<yyyy>/<mm-dd>_<n>.txt, OUT_FOLDER/manifest.csv and
OUT_FOLDER/bench-values.json (parameter values for the saved queries).
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

CITIES = {"山东省": ["聊城市", "德州市", "济宁市", "菏泽市", "临沂市", "潍坊市"], "河北省": ["邢台市", "沧州市"]}
# common surnames, weighted by rough frequency (most common first)
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文斌辉宇鹏飞海波宁庆东晓林峰云春雪梅新亮"
         "立成永胜振兴德民福生长青松博凯旭阳光丹凤琳琪慧颖婷倩莉萍燕鑫晨浩然子涵思远家豪俊杰嘉怡雨欣瑞泽天佑"
         "广福茂盛国庆卫红少华世昌维汉学军爱民忠诚守信兆宪书遥百顺彤宇文强敬峰")
TOWN_TITLES = ("党委书记", "镇长", "党委副书记", "副镇长")
COUNTY_TITLES = ("县委书记", "县长", "县委副书记", "常务副县长", "副县长", "县委常委")
CITY_TITLES = ("市委书记", "市长", "市委副书记", "常务副市长", "副市长", "市委常委、秘书长")
BUREAUS = ("发展和改革委员会", "工业和信息化局", "商务局", "财政局", "自然资源和规划局", "住房和城乡建设局", "交通运输局",
           "农业农村局", "生态环境局", "教育和体育局", "卫生健康委员会", "应急管理局", "市场监督管理局", "行政审批服务局")
TOPICS = ("安全生产", "招商引资", "乡村振兴", "营商环境", "项目建设", "生态环境保护", "民生实事", "防汛抗旱", "文明城市创建",
          "工业经济运行", "科技创新", "城市更新", "耕地保护", "信访稳定", "消防安全", "重点项目攻坚")
MEETING_KINDS = ("工作推进会", "专题会议", "调度会", "工作会议", "现场推进会", "座谈会")
INDUSTRIES = ("新材料", "机械制造", "食品", "纺织", "生物科技", "新能源", "农业科技", "化工", "电子科技", "医药",
              "汽车零部件", "钢结构", "智能装备", "环保科技", "轴承", "包装材料")
BRANDS = "恒鑫华瑞德泰丰隆兴盛金源宏远佳信润通达昌顺康宇鼎晟万和中科博创嘉禾天成海利东方北辰正阳"
SUFFIXES = ("有限公司", "股份有限公司", "集团有限公司", "有限责任公司")
PROJECT_KINDS = ("年产{n}万吨{ind}项目", "{ind}产业园项目", "{ind}智能制造基地项目", "年产{n}万套{ind}产品项目",
                 "{ind}研发中心项目", "{ind}扩建项目")
FILLER = (
    "要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念。",
    "要进一步提高政治站位，增强责任意识，把各项工作抓实抓细抓到位，确保各项目标任务按时完成。",
    "要坚持问题导向和目标导向，聚焦短板弱项，细化工作措施，压实工作责任，形成工作合力。",
    "要树牢底线思维，强化风险意识，全面排查各类风险隐患，坚决守住安全发展底线。",
    "要持续优化营商环境，深化“放管服”改革，用心用情做好服务企业工作，帮助企业解决实际困难。",
    "要加强统筹协调，各部门密切配合，建立健全工作机制，确保各项政策措施落地见效。",
    "要坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，扎实办好民生实事，不断增强群众获得感幸福感安全感。",
    "要大力弘扬实干精神，以钉钉子精神抓好工作落实，以实际行动和工作成效推动高质量发展。",
    "近年来，当地立足资源禀赋和产业基础，坚持项目为王，持续在招商引资、项目建设上发力，产业结构不断优化。",
    "据了解，今年以来，全县共实施重点项目一百余个，项目建设呈现出数量多、质量优、进度快的良好态势。",
    "会议通报了前一阶段工作开展情况，分析了当前面临的形势和存在的问题，安排部署了下一步重点工作。",
    "与会人员围绕主题进行了深入交流讨论，大家一致表示，将认真贯彻会议精神，以更高标准、更实举措抓好落实。",
    "下一步，将持续加大工作力度，完善配套政策，强化要素保障，推动各项工作再上新台阶。",
    "企业负责人表示，将抢抓发展机遇，加大研发投入，加快技术改造，努力为地方经济社会发展作出更大贡献。",
    "各级各部门要切实扛牢主体责任，坚持党政同责、一岗双责，做到守土有责、守土负责、守土尽责。",
    "要加强宣传引导，营造浓厚氛围，充分调动各方面积极性、主动性、创造性，凝聚起推动发展的强大合力。",
    "目前，项目建设进展顺利，部分车间已完成主体施工，预计年内投产达效，可带动就业岗位数百个。",
    "该县坚持工业强县战略不动摇，围绕主导产业延链补链强链，推动产业集群化、高端化、智能化发展。",
    "在生产车间，一条条自动化生产线高效运转，工人们正在有序忙碌，现场一派繁忙景象。",
    "要强化督导考核，建立工作台账，实行清单化管理、项目化推进，定期调度通报，确保工作取得实效。",
)
EDITORS = ("责任编辑", "美术编辑", "校对")


class World:
    """The people, divisions and enterprises of the archive, and the dates it covers."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        with contextlib.redirect_stdout(io.StringIO()):
            from kg.pipeline.extract.divisions import china
            loc = china()
        self.cities = []
        for prov, cities in CITIES.items():
            for city in cities:
                c = loc[prov][city]
                counties = []
                for county, cd in c.items():
                    if county.startswith("_") or not isinstance(cd, dict):
                        continue
                    towns = [t for t in cd if not t.startswith("_") and t.endswith(("镇", "乡", "街道"))]
                    if towns:
                        counties.append((county, cd.get("_alias") or county[:-1], towns))
                self.cities.append((city, counties))
        self.people: dict[str, list[str]] = {}
        self.journalists: dict[str, list[str]] = {}
        self.enterprises: dict[str, list[str]] = {}
        for city, counties in self.cities:
            self.people[city] = self._names(400)
            self.journalists[city] = self._names(25)
            for county, alias, _towns in counties:
                self.enterprises[county] = [self._enterprise(alias) for _ in range(12)]
        self.start = date(2015, 1, 1)

    def name(self) -> str:
        r = self.rng
        s = SURNAMES[min(int(r.expovariate(1 / 18)), len(SURNAMES) - 1)]
        return s + "".join(r.choice(GIVEN) for _ in range(1 if r.random() < 0.25 else 2))

    def _names(self, n: int) -> list[str]:
        out = []
        while len(out) < n:
            x = self.name()
            if x not in out:
                out.append(x)
        return out

    def _enterprise(self, alias: str) -> str:
        r = self.rng
        return alias + r.choice(BRANDS) + r.choice(BRANDS) + r.choice(INDUSTRIES) + r.choice(SUFFIXES)


class Page:
    def __init__(self, world: World, rng: random.Random, city: str, counties, day: date, stats: Counter):
        self.w, self.r, self.city, self.counties, self.day, self.stats = world, rng, city, counties, day, stats

    def person(self) -> str:
        # officials recur: a small core of the pool appears often
        pool = self.w.people[self.city]
        return pool[min(int(self.r.expovariate(1 / 60)), len(pool) - 1)]

    def persons(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            p = self.person()
            if p not in out:
                out.append(p)
        return out

    def when(self) -> str:
        d = self.day - timedelta(days=self.r.randint(1, 3))
        return f"{d.month}月{d.day}日"

    def byline(self) -> str:
        j = self.r.sample(self.w.journalists[self.city], 2)
        self.stats.update({"journalist:" + j[0]: 1})
        return f"本报讯（记者 {j[0]} 通讯员 {j[1]}）"

    def filler(self, n: int) -> str:
        return "".join(self.r.sample(FILLER, n))

    def meeting(self) -> tuple[str, str]:
        county, alias, _towns = self.r.choice(self.counties)
        topic, kind = self.r.choice(TOPICS), self.r.choice(MEETING_KINDS)
        chair, a, b, c = self.persons(4)
        self.stats.update({"chair:" + chair: 1, "county:" + county: 1})
        head = f"{county}召开{topic}{kind}"
        body = [f"{self.byline()}{self.when()}上午，县委副书记、县长{chair}主持召开{county}{topic}{kind}，"
                f"听取有关情况汇报，研究部署下一阶段重点工作。县委常委、常务副县长{a}，副县长{b}、{c}出席会议。",
                f"会议指出，{self.filler(3)}",
                self.filler(3),
                f"{chair}强调，{self.filler(4)}",
                f"会上，{county}{self.r.choice(BUREAUS)}、{self.r.choice(BUREAUS)}等部门负责同志作了汇报发言。{self.filler(1)}"]
        return head, "\n\n".join(body)

    def visit(self) -> tuple[str, str]:
        county, alias, towns = self.r.choice(self.counties)
        town = self.r.choice(towns)
        who = self.person()
        ents = self.r.sample(self.w.enterprises[county], 3)
        self.stats.update({"visitor:" + who: 1, "enterprise:" + ents[0]: 1})
        head = f"{who}到{town}企业调研"
        body = [f"{self.byline()}{self.when()}，{county}{town}党委书记{who}先后到{ents[0]}、{ents[1]}、{ents[2]}，"
                f"实地调研企业生产经营和项目建设情况。",
                f"在{ents[0]}，{who}深入生产车间，详细了解企业产品研发、市场销售和用工等情况。{self.filler(2)}",
                f"在{ents[1]}，{who}与企业负责人座谈交流，听取企业发展规划和困难诉求。{self.filler(1)}",
                f"{who}指出，{self.filler(3)}", self.filler(3)]
        return head, "\n\n".join(body)

    def signing(self) -> tuple[str, str]:
        county, alias, _towns = self.r.choice(self.counties)
        vice, mayor = self.persons(2)
        ents = self.r.sample(self.w.enterprises[county], 3)
        lines, total = [], 0.0
        for e in ents:
            amount = round(self.r.uniform(0.3, 40), 1)
            total += amount
            kind = self.r.choice(PROJECT_KINDS).format(n=self.r.randint(1, 50), ind=self.r.choice(INDUSTRIES))
            lines.append(f"{e}投资{amount}亿元建设{kind}")
            self.stats.update({"enterprise:" + e: 1})
        head = f"{county}重点项目集中签约仪式举行"
        body = [f"{self.byline()}{self.when()}，{county}重点项目集中签约仪式举行。副市长{vice}出席并讲话，"
                f"县委副书记、县长{mayor}主持签约仪式。此次集中签约项目{len(ents)}个，总投资{total:.1f}亿元。",
                "其中，" + "；".join(lines) + "。",
                f"{vice}表示，{self.filler(3)}",
                self.filler(3), self.filler(3)]
        return head, "\n\n".join(body)

    def appointments(self) -> tuple[str, str]:
        up, down, third = self.persons(3)
        b1, b2 = self.r.sample(BUREAUS, 2)
        head = f"{self.city}人民政府关于{up}等同志职务任免的通知"
        body = [f"各县（市、区）人民政府，市政府各部门：",
                f"经{self.city}人民政府研究决定：",
                f"任命{up}为{self.city}{b1}局长；任命{third}为{self.city}{b2}副局长；",
                f"免去{down}的{self.city}{b1}局长职务。",
                f"{self.city}人民政府", f"{self.day.year}年{self.day.month}月{self.day.day}日"]
        return head, "\n".join(body)

    def news(self) -> tuple[str, str]:
        county, _alias, _towns = self.r.choice(self.counties)
        head = f"{county}扎实推进{self.r.choice(TOPICS)}工作"
        body = [f"{self.byline()}{self.filler(4)}", self.filler(4), self.filler(3), self.filler(4)]
        return head, "\n\n".join(body)

    def text(self) -> str:
        makers = (self.meeting, self.visit, self.signing, self.appointments, self.news)
        weights = (2, 2, 1, 1, 7)   # about the seeds' density of facts per page
        parts: list[str] = []
        size = 0
        target = self.r.randint(5000, 5900)
        while size < target - 300:
            head, body = self.r.choices(makers, weights)[0]()
            piece = f"{head}\n\n{body}\n\n"
            if size + len(piece) > 6000:
                if parts:
                    break
                piece = piece[:target]
            parts.append(piece)
            size += len(piece)
        eds = self.r.sample(self.w.journalists[self.city], 3)
        parts.append("  ".join(f"{t}：{n}" for t, n in zip(EDITORS, eds)) + "\n")
        return "".join(parts)


def generate(out: Path, pages: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    world = World(rng)
    stats: Counter = Counter()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    chars = 0
    headlines = []
    for i in range(pages):
        city, counties = world.cities[i % len(world.cities)]
        day = world.start + timedelta(days=(i // (8 * len(world.cities))))
        rel = f"{city}/{day.year}/{day:%m-%d}_{i % (8 * len(world.cities)) // len(world.cities) + 1}.txt"
        text = Page(world, rng, city, counties, day, stats).text()
        f = out / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text, encoding="utf-8")
        chars += len(text)
        rows.append((rel, day.isoformat(), city, city[:-1] + "日报"))
        if len(headlines) < 1:
            headlines.append((rel, text.split("\n", 1)[0]))
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("file", "published", "city", "newspaper"))
        w.writerows(rows)

    def top(kind: str) -> str:
        return max((k for k in stats if k.startswith(kind + ":")), key=lambda k: (stats[k], k)).split(":", 1)[1]
    last = world.start + timedelta(days=(pages - 1) // (8 * len(world.cities)))
    values = {"name": top("chair"), "county": top("county"), "org": "市政府", "title": "县长",
              "from": world.start.isoformat(), "to": last.isoformat(), "date": last.isoformat(),
              "file": headlines[0][0], "headline": headlines[0][1],
              "enterprise": top("enterprise"), "journalist": top("journalist"), "visitor": top("visitor")}
    (out / "bench-values.json").write_text(json.dumps(values, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"pages": pages, "chars": chars, "values": values}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    info = generate(a.out, a.pages, a.seed)
    print(f"{info['pages']} pages, {info['chars']} characters in {a.out}")


if __name__ == "__main__":
    main()
