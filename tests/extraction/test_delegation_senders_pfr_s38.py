"""A delegation and the body that sends it (stop 38; sentences and names invented, in the style
of People's Daily reports of 1998): a bare title before the head of a delegation is his post in
the body the delegation is named after, and that body is no short form of its delegation."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.extraction.aliases import abbreviates


@pytest.mark.parametrize("body, wanted", [
    ("荣毅仁今天会见了以会长山田一郎为团长的第二十六次日本南岭贸易促进协会访华团。荣毅仁对日本南岭贸易促进协会"
     "新老朋友来访表示欢迎。", ("山田一郎", "worksFor", "日本南岭贸易促进协会")),
    ("乔石今天会见了以议长托马斯·卡尔为团长的南岭议会代表团。乔石说，愿进一步发展中国全国人大和南岭议会之间的关系。",
     ("托马斯·卡尔", "worksFor", "南岭议会")),
])
def test_title_in_the_sending_body(body, wanted):
    got = facts(body)
    assert wanted in got
    assert any(h == wanted[0] and r == "memberOf" for h, r, _ in got)  # (still heads the delegation)


@pytest.mark.parametrize("body, head", [
    # the sending body is never named on its own: no body to hold the post
    ("乔石今天会见了以议长托马斯·卡尔为团长的南岭议会代表团。", "托马斯·卡尔"),
    # no body in the delegation's name (a city's workers)
    ("王立新率领以副主席赵立新为团长的南岭市职工代表团前往慰问。", "赵立新"),
])
def test_no_sending_body(body, head):
    assert not any(h == head and r == "worksFor" for h, r, _ in facts(body))


def test_the_body_is_not_its_delegation():
    assert not abbreviates("南岭议会", "南岭议会代表团")
    assert not abbreviates("南岭工社党", "南岭工人社会党代表团")
    assert abbreviates("伊利集团", "内蒙古伊利实业集团股份有限公司")  # (other short forms unchanged)
