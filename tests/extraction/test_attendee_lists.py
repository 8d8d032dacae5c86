"""participatesIn of every name of a list before 出席/参加 EVENT, with what may stand between the
names in People's Daily lists: a rank or an honorific after a name (上将, 先生), 以及随访的, a
country's 驻华大使, and the unnamed others that close the list (等老同志、…以及…人士８００多人)
(sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

EVENT = "第三届海河职工技能大赛开幕式"


def attended(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {r.head for r in art.relations if r.relation == "participatesIn" and r.tail == EVENT}


@pytest.mark.parametrize("body, people", [
    ("南岭银行执行董事赵立新先生及南岭资本公司总经理钱国华先生和各界代表一百多人参加了" + EVENT + "。",
     {"赵立新", "钱国华"}),
    ("空军司令员赵立新，海军副司令员钱国华，以及随访的美国防部副部长孙建军等出席了" + EVENT + "。",
     {"赵立新", "钱国华", "孙建军"}),
    ("外交部部长助理赵立新，美国驻华大使钱国华等出席了" + EVENT + "。", {"赵立新", "钱国华"}),
    ("赵立新等老同志、有关部门负责人以及各界人士８００多人参加了" + EVENT + "。", {"赵立新"}),
    # bodies inside the unnamed others that close the list
    ("赵立新、钱国华和１７位海河市政府参事、１８位南岭文史研究馆馆员出席了" + EVENT + "。", {"赵立新", "钱国华"}),
    # a kind of people instead of a title before the next names
    ("海河市委副书记赵立新、南岭市政协副秘书长钱国华及宗教界代表人士孙建军、周海峰等也参加了" + EVENT + "。",
     {"赵立新", "钱国华", "孙建军", "周海峰"}),
])
def test_every_name_of_the_list(body, people):
    assert people <= attended(body)


def test_no_attendee_outside_the_list():
    # an honorific after a name that only says whose student the attendee is
    assert "赵立新" not in attended("赵立新先生的学生钱国华参加了" + EVENT + "。")
