"""Stop 39, real People's Daily text of 1998 (sentences invented in its style): bodies that found
another jointly, a day word before where (A、B和C今天在京联合成立D), and a founder whose name the new
body's name ends with (A和B联合组建的AB集团: B is no short form of AB)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.build import build_documents
from uniongraph.reading import read_text


@pytest.mark.parametrize("body, founders, founded", [
    ("省经贸委、省教委和省劳动厅今天在长沙联合成立南岭职业技能鉴定指导中心。",
     ("省经贸委", "省教委", "省劳动厅"), "南岭职业技能鉴定指导中心"),
    ("青峰集团和南岭机床厂日前共同组建南岭精工有限公司。", ("青峰集团", "南岭机床厂"), "南岭精工有限公司"),
])
def test_day_word_before_joint_founding(body, founders, founded):
    got = facts(body)
    for f in founders:
        assert any(h.endswith(f) and r == "founded" and t == founded for h, r, t in got), (f, got)


def test_founder_named_inside_the_new_name_stays_a_body():
    body = "南岭商厦和青峰集团于去年３月联合组建的南岭青峰集团，已成为全省最大的商业企业。合并前，青峰集团有职工三千人。"
    got = facts(body)
    assert ("青峰集团", "founded", "南岭青峰集团") in got
    assert ("南岭商厦", "founded", "南岭青峰集团") in got
    kg = build_documents([read_text(f"# 标题\n\n{body}", "a.md")])
    names = {e.name for e in kg.entities.values()}
    assert {"青峰集团", "南岭青峰集团"} <= names


@pytest.mark.parametrize("body", [
    # no founding between: the short form still names the longer body written near it
    "南岭青峰集团今年销售额增长两成。青峰集团的职工收入也提高了。",
    # the body after the verb is another one: nothing to keep apart
    "南岭商厦和青峰集团联合组建了南岭物流公司。",
])
def test_short_form_without_a_joint_founding(body):
    kg = build_documents([read_text(f"# 标题\n\n{body}", "a.md")])
    if "南岭青峰集团" in body:
        assert "青峰集团" not in {e.name for e in kg.entities.values()}
    else:
        assert ("青峰集团", "founded", "南岭物流公司") in facts(body)
