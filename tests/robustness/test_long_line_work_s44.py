"""A line of news clauses without stops (one endless sentence naming thousands of bodies, places,
people and events, which the relation patterns read in hundreds of windows) costs work in
proportion to its length. The patterns looked over the whole article's mentions for every window
(units written under their body, the contests before an award, the bodies nested in a meeting's
name), which cost the square of the line's length: 83 s of CPU for a megabyte at stop 43.

No timing: the work is counted (how often a mention's name is read while one page is extracted),
and the whole-article answers the patterns now keep are checked against the direct reading.
"""

from __future__ import annotations

import pytest

from uniongraph.extraction.relations.context import Context
from uniongraph.extraction.relations.organisations import _named_outside, named_outside
from uniongraph.model import Article, Mention, Sentence
from uniongraph.parallel import extract_batch
from uniongraph.reading import read_text

# invented clauses, joined without punctuation
_CLAUSES = ["南岭市总工会在城东区举办职工技能大赛", "来自南岭电力有限公司的赵立明获得一等奖",
            "城西区总工会组织志愿服务队走进社区", "记者钱文通讯员孙小梅", "职工代表大会审议通过集体合同",
            "东湖区职工服务中心为快递员送去慰问品", "北岸县总工会主席周文华看望一线职工"]


def _line(n: int) -> str:
    parts, size, i = [], 0, 0
    while size < n:
        parts.append(_CLAUSES[i % len(_CLAUSES)] + ("第" + str(i) if i % 5 == 0 else ""))
        size += len(parts[-1])
        i += 1
    return "".join(parts)


def _names_read(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    """How often ``Mention.key`` is read while a page holding a line of ``n`` characters is extracted."""
    reads = 0
    key = Mention.key

    def counted(self: Mention) -> str:
        nonlocal reads
        reads += 1
        return key.fget(self)  # type: ignore[attr-defined]

    with monkeypatch.context() as m:
        m.setattr(Mention, "key", property(counted))
        doc = read_text("# 标题\n\n" + _line(n) + "\n", "line.md", parse=False)
        part = extract_batch([doc])
    assert not part.failures
    return reads


def test_a_line_without_stops_reads_names_in_proportion_to_its_length(monkeypatch: pytest.MonkeyPatch) -> None:
    # (stop 43: 0.41 M reads at 20,000 characters, 1.58 M at 40,000; now 32 K and 65 K)
    small, large = _names_read(monkeypatch, 20_000), _names_read(monkeypatch, 40_000)
    assert large < 2.5 * small


def _m(start: int, name: str, type_: str = "Company") -> Mention:
    return Mention(start, start + len(name), name, type_, name, "test")


@pytest.mark.parametrize(("mentions", "answer"), [
    # the body named on its own before its unit: named outside
    ([_m(0, "甲公司"), _m(5, "甲公司乙分公司")], True),
    # the body named only inside its unit's names: not outside
    ([_m(0, "甲公司乙分公司"), _m(0, "甲公司"), _m(9, "甲公司乙分公司"), _m(9, "甲公司")], False),
    # inside one mention of the unit, outside the next (a longer span reaching past it)
    ([_m(0, "甲公司乙分公司"), _m(0, "甲公司"), _m(20, "甲公司")], True),
    # not named at all
    ([_m(0, "甲公司乙分公司")], False),
])
def test_named_outside_read_once_agrees_with_the_direct_reading(mentions: list[Mention], answer: bool) -> None:
    text = "甲" * 40
    article = Article(id="t", source="t", index=0, title="", text=text, mentions=mentions)
    c = Context(article, Sentence(0, len(text), text), mentions, None)
    unit = next(m for m in mentions if m.key == "甲公司乙分公司")
    assert named_outside(mentions, "甲公司", unit) is answer
    assert _named_outside(c, "甲公司", unit) is answer
