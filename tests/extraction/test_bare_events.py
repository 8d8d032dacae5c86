"""An event named by its kind alone (记者招待会, 颁奖仪式, 换届大会) is no event of the guideline: no
participatesIn, organizes or heldAt ends on it (relations/bare_events.py); the same kind with a
word of its own keeps its facts. Invented sentences."""

from __future__ import annotations

import pytest
from stated import stated_facts

from uniongraph.extraction.pipeline import extract_text

EVENT_RELATIONS = ("participatesIn", "organizes", "heldAt")


def event_facts(body: str) -> set[tuple[str, str, str]]:
    return {f for f in stated_facts(body) if f[1] in EVENT_RELATIONS}


@pytest.mark.parametrize("body", [
    "海河市外事办主任赵立新３日在海河宾馆举行的记者招待会上说，合作进展顺利。",
    "南岭县总工会于3月8日在县城召开换届大会。县委副书记赵立新出席会议并讲话。",
    "南岭市委、市政府在这里隆重召开表彰大会，授予赵立新“南岭文明使者”光荣称号。",
    "海河公司今天举行签字仪式。副市长赵立新出席了签字仪式。",
    "海河市总工会召开１９９８年度工作会议。",
    "赵立新以后在南岭、海河等地举办了十二次个人画展。",
])
def test_a_bare_kind_of_event_has_no_facts(body):
    assert not event_facts(body)


@pytest.mark.parametrize("body, fact", [
    ("海河市外事办主任赵立新３日在海河宾馆举行的新年记者招待会上说，合作进展顺利。",
     ("赵立新", "participatesIn", "新年记者招待会")),
    ("南岭县总工会于3月8日召开第十届会员代表大会。县委副书记赵立新出席会议并讲话。",
     ("赵立新", "participatesIn", "第十届会员代表大会")),
    ("海河市总工会今天召开全市经验交流会。", ("海河市总工会", "organizes", "全市经验交流会")),
    ("全省纺织行业工作会议今天在海河召开。", ("全省纺织行业工作会议", "heldAt", "海河")),
])
def test_a_kind_of_event_with_a_word_of_its_own_keeps_its_facts(body, fact):
    assert fact in event_facts(body)


def event_names(body: str) -> set[str]:
    return {m.key for m in extract_text(body).mentions if m.type == "Event"}


@pytest.mark.parametrize("body, bare", [
    ("南岭县总工会于3月8日在县城召开换届大会。", "换届大会"),
    ("海河公司今天举行签字仪式。副市长赵立新出席了签字仪式。", "签字仪式"),
    ("海河市总工会召开１９９８年度工作会议。", "１９９８年度工作会议"),
])
def test_a_bare_kind_of_event_is_no_entity(body, bare):
    assert not any(name.startswith(bare) for name in event_names(body))


@pytest.mark.parametrize("body, named", [
    ("南岭县总工会于3月8日召开第十届会员代表大会。", "第十届会员代表大会"),
    ("海河市总工会今天召开全市经验交流会。", "全市经验交流会"),
    ("海河公司今天举行新春茶话会。", "新春茶话会"),
])
def test_a_kind_of_event_with_a_word_of_its_own_stays_an_entity(body, named):
    assert named in event_names(body)
