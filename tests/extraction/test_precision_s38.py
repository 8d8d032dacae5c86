"""Precision audit of stop 38 (#13): constructions where a relation rule fired on text it was not
written for, each narrowed to the reading that holds (sentences and names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wrong", [
    # a body that attends (or lets others attend) an event whose relative clause of convening has no agent
    ("海河州体育委员会日前表态说，王大力可以放心参加３月底在南岭体育馆举行的一场“南岭杯”摔跤表演赛。",
     ("海河州体育委员会", "organizes", "南岭杯摔跤表演赛")),
    ("来自国家各部委、中科院、南岭科协和地方的专家和代表，今天出席了在这里举行的“山区可持续发展研讨会”。",
     ("南岭科协", "organizes", "山区可持续发展研讨会")),
    # 管理 inside the partner's name after 联合 is no managing verb
    ("海河市总工会将联合市城市管理综合执法局开展“冬送暖”服务月活动。", ("海河市总工会", "manages", "综合执法局")),
    # deeds listed across a comma: what one body was founded as does not lead the next
    ("何长远曾在抗战时期创办过南岭大学，后长期领导海河大学。", ("南岭大学", "manages", "海河大学")),
    # the title after 当选 is the elected person's; the one named next is elected to a body of his own
    ("邱海当选南岭区快递物流行业联合工会主席，南岭平湖出行科技有限公司网约车司机牟海当选南岭区网约车司机联合工会主席。",
     ("牟海", "worksFor", "南岭区快递物流行业联合工会")),
])
def test_narrowed_rules_no_longer_fire(body, wrong):
    assert wrong not in facts(body)


@pytest.mark.parametrize("body, wanted", [
    ("海河集团公司承包南岭医院合同有效期五年。", ("海河集团公司", "manages", "南岭医院")),
    ("海河市总工会承办的第三届职工技能大赛今天开幕。", ("海河市总工会", "organizes", "第三届职工技能大赛")),
    ("海河市总工会和海河市人社局今天在南岭宾馆联合举办“春风行动”招聘会。",
     ("海河市人社局", "organizes", "春风行动招聘会")),
    ("南岭区人大常委会副主任、南岭区总工会主席王立新主持会议。", ("王立新", "worksFor", "南岭区人大常委会")),
    ("南岭区人大常委会副主任，南岭区总工会主席王立新主持会议。", ("王立新", "worksFor", "南岭区人大常委会")),
    ("邱海当选南岭区快递物流行业联合工会主席，南岭平湖出行科技有限公司网约车司机牟海当选南岭区网约车司机联合工会主席。",
     ("牟海", "worksFor", "南岭区网约车司机联合工会")),
])
def test_the_right_constructions_stay(body, wanted):
    assert wanted in facts(body)
