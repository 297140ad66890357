"""What the cross-engine tests share: the parameter sets each saved query is run with, and
the one lexical form rows are compared in."""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from kg.graph import query
from kg.outputs.query_docs import example_params

NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def param_sets(name: str) -> list[dict[str, str]]:
    """None; the example's parameters; and, for a query with several, each of them alone."""
    example = example_params(query.get(name))
    sets = [{}, example]
    if len(example) > 1:
        sets += [{k: v} for k, v in sorted(example.items())]
    return sets


def cases() -> list[tuple[str, dict[str, str]]]:
    return [(name, params) for name in sorted(query.saved_queries()) for params in param_sets(name)]


def case_id(case) -> str:
    name, params = case
    return name + ("[" + ",".join(sorted(params)) + "]" if params else "")


def lexical(value: str | None) -> str | None:
    """Numbers in one form (350000000, 350000000.0 and 3.5E8 are one number); IRIs, strings,
    dates and booleans as written (booleans are true/false on every engine: remote.py writes
    Virtuoso's 1/0 xsd:booleans so)."""
    if value is None:
        return None
    value = value.strip("<>") if value.startswith("<") and value.endswith(">") else value
    if NUMBER.match(value):
        return format(Decimal(value).normalize(), "f")
    return value


def rows_multiset(rows) -> Counter:
    return Counter(tuple(lexical(v) for v in row) for row in rows)
