"""participatesIn of the people who join the reported activity by its own verb (市总工会副主席某某参加
慰问, 区总工会主席某某陪同督导): 参加/陪同 and a verb of visiting written in the activity's name (走访慰问
活动, 专项督导行动) join that activity, the report's main event. Each person named in the clause,
and in the clauses right before it that only name a person with their titles (某某主席甲，某某副主席乙
陪同督导)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Mention
from .context import Context, Found
from .prerequisites import needs

#: the person's verb, closing its clause: 参加/陪同 and a visiting verb (参加慰问, 陪同督导, 一同走访)
_JOINS_THE_VISIT = re.compile(r"(?:也|还|一同|一起|全程)?(?:参加|陪同|参与)(?:了)?(?P<verb>慰问|督导|调研|走访|检查|视察|看望)"
                              r"(?=[，。；,]|$)")


@needs("Person", event=True, words=("参加", "陪同", "参与"))
def joins_the_visit(c: Context) -> Iterator[Found]:
    event = c.main_event
    if event is None or event.end > c.sentence.end:
        return
    text = c.text
    for join in _JOINS_THE_VISIT.finditer(text, c.sentence.start, c.sentence.end):
        if join.group("verb") not in event.key:
            continue  # (参加慰问 joins a 慰问活动, not a 座谈会 the report is about)
        for p in _people_of_the_clauses(c, join.start()):
            yield p, "participatesIn", event, "person-joins-the-visit"


def _people_of_the_clauses(c: Context, end: int) -> list[Mention]:
    """The persons of the clause ending at ``end`` with a person's name (its subjects), and of each
    clause right before it, after a comma, that also ends with one (a person with titles alone)."""
    people: list[Mention] = []
    while True:
        start = c.clause_start(end, "，,；;。")
        named = [m for m in c.mentions if m.type == "Person" and start <= m.start and m.end <= end]
        if not named or named[-1].end != end:
            return people
        people = named + people
        if start <= c.sentence.start or c.text[start - 1] not in "，,":
            return people
        end = start - 1
