"""A body named right after 该 and a kind or a level (该矿|某电力有限公司, 该县|某制药厂) is a unit of
the body of that kind named before, or in the place of that level named before (stop 37;
sentences and names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    ("河北省南岭县积极做好再就业工作。在较长一段时间内，该县光华制药厂等５家国有企业处于停产状态。",
     ("光华制药厂", "locatedIn", "南岭县")),
    ("南岭一矿现有职工６０００余人。比如，该矿海河电力有限公司兴建的电厂已经投产。",
     ("海河电力有限公司", "subOrganizationOf", "南岭一矿")),
])
def test_body_after_a_pointer(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body, head, relation", [
    # the place's own organ is the place's, not a body in it
    ("湖北省南岭市的领导分兵慰问职工。该市市委书记吴某一行来到企业。", "市委", "locatedIn"),
    # a kind of unit, no named one (该院|住院部)
    ("南岭县人民医院工会开展慰问活动。龚某一行来到该院住院部，与护士座谈。", "住院部", "subOrganizationOf"),
    # 这家 says what the body after it is, not whose: no pointer to an earlier body
    ("南岭县积极做好再就业工作。这家光华制药厂去年停产。", "光华制药厂", "locatedIn"),
    # no place of that level named before
    ("在较长一段时间内，该县光华制药厂处于停产状态。", "光华制药厂", "locatedIn"),
])
def test_no_body_after_a_pointer(body, head, relation):
    assert not any(h.startswith(head) and r == relation for h, r, _ in facts(body))
