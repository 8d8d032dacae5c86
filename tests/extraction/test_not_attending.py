"""Writing to a meeting or receiving its delegates is no participation (relations/not_attending.py);
attending, speaking at it or attending it besides a reception still is. Invented sentences."""

from __future__ import annotations

import pytest
from stated import stated_facts

MEETING = "全省纺织行业工作会议"


def takes_part(body: str, person: str) -> bool:
    return (person, "participatesIn", MEETING) in stated_facts(body)


@pytest.mark.parametrize("body", [
    "海河市市长赵立新今天在市政府接见全省纺织行业工作会议代表。",
    "赵立新在会见出席全省纺织行业工作会议的全体代表时强调，要加快改革。",
    "全省纺织行业工作会议今天在海河召开。赵立新等参加了接见。",
    "赵立新致信全省纺织行业工作会议，要求加快改革。",
    "全省纺织行业工作会议今天在海河召开。副省长赵立新为会议发来贺信。",
    "全省纺织行业工作会议今天在海河召开。赵立新在贺信中指出，要加快改革。",
    "全省纺织行业工作会议今天在海河召开。省长赵立新对大会作重要指示。",
    # at another gathering (在宴会上), not at the meeting: the instruction is still addressed to it
    "全省纺织行业工作会议今天在海河召开。省长赵立新在宴会上对大会作重要指示。",
])
def test_a_letter_or_a_reception_is_no_participation(body):
    assert not takes_part(body, "赵立新")


@pytest.mark.parametrize("body", [
    "副省长赵立新出席全省纺织行业工作会议并讲话。",
    # a word of the list read across two words (导致|电网) is none
    "全省纺织行业工作会议今天在海河召开。副省长赵立新在会上指出雷击导致电网停电。",
    # an instruction given at the meeting (在会上) is given by one who attends it
    "全省纺织行业工作会议今天在海河召开。副省长赵立新在会上对今年工作作出重要指示。",
    "全省纺织行业工作会议今天在海河召开。副省长赵立新出席会议并会见了代表。",  # a reception after it
    "全省纺织行业工作会议今天在海河召开。副省长赵立新在会上传达了省长钱国华的批示。",  # another's letter, read out
    "赵立新在全省纺织行业工作会议上致辞。",  # a speech at it is no letter
])
def test_attending_speaking_or_reading_out_anothers_letter_is_participation(body):
    assert takes_part(body, "赵立新")


@pytest.mark.parametrize("body", [
    "副省长赵立新未出席全省纺织行业工作会议。",
    "全省纺织行业工作会议今天在海河召开。副省长赵立新因故未出席。",
    "副省长赵立新没有参加全省纺织行业工作会议，委托秘书长代为讲话。",
    "全省纺织行业工作会议今天在海河召开。副省长赵立新因病缺席。",
])
def test_one_who_did_not_attend_takes_no_part(body):
    assert not takes_part(body, "赵立新")


@pytest.mark.parametrize("body", [
    "副省长赵立新出席全省纺织行业工作会议，未出席晚宴。",  # absent from another thing, after the meeting
    "全省纺织行业工作会议今天在海河召开。副省长赵立新出席并讲话。",
])
def test_an_absence_from_something_else_leaves_the_attendance(body):
    assert takes_part(body, "赵立新")


def test_who_joins_a_reception_and_the_ceremony_attends_the_ceremony():
    body = "南岭市与海河公司今天举行港务合作项目签字仪式。副市长王立新、李华等参加了会见和签字仪式。"
    for name in ("王立新", "李华"):
        assert (name, "participatesIn", "港务合作项目签字仪式") in stated_facts(body)


def test_the_examples_in_the_docstrings_hold() -> None:
    """The module's docstring examples (says_not_attending, _inside_a_word): the suite runs no doctests."""
    import doctest

    from uniongraph.extraction.relations import not_attending

    result = doctest.testmod(not_attending)
    assert result.attempted >= 5 and result.failed == 0
