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
    # a body after 在 is where (or on what basis) something is founded; an approver founds nothing
    ("１９３８年７月，在南岭县办事处的基础上成立了中共海河特委。", ("南岭县办事处", "founded", "中共海河特委")),
    ("王小燕于１９８８年在海河音乐学院创立了“王小燕歌剧中心”。", ("海河音乐学院", "founded", "王小燕歌剧中心")),
    ("经南岭部批准成立的海河赛宝实验室，到去年底已检测产品三千件。", ("南岭部", "founded", "海河赛宝实验室")),
    # a person's deeds listed clause by clause: the body led in one clause founds nothing in the next
    ("何长远曾创办过南岭大学，后长期领导海河军政大学，解放后又创办了南岭工业学院。",
     ("军政大学", "founded", "南岭工业学院")),
    # a subject after the event's clause that cancels it does not hold it
    ("本报讯一度推迟举行的１９９７—１９９８赛季男子职业篮球联赛，因推广单位海河精英公司迄今不能履行协议，"
     "南岭市体委篮球运动管理中心和南岭市篮球协会已决定取消本赛季比赛。",
     ("南岭市体委篮球运动管理中心", "organizes", "男子职业篮球联赛")),
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
    ("海河远洋散货公司迁往南岭，与南岭远洋运输公司合二为一，成立海河散货运输公司。",
     ("南岭远洋运输公司", "founded", "海河散货运输公司")),
    ("由海河电影公司和海河唱片总公司，共同投资组建的南岭影视光盘公司，日前投入生产。",
     ("海河唱片总公司", "founded", "南岭影视光盘公司")),
    ("南岭军区迅速成立海河救灾前线指挥部。", ("南岭军区", "founded", "海河救灾前线指挥部")),
    ("从去年春季启动“职工书屋”建设活动，到年底实施评选，2023年嘉兴市总工会持续推动职工阅读。",
     ("嘉兴市总工会", "organizes", "职工书屋建设活动")),
])
def test_the_right_constructions_stay(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body, wanted, wrong", [
    # a short form in one person's chain of titles is of the region the body before it names, not of
    # the only full name of that kind the article writes
    ("12月5日，北京市朝阳区召开联席会议。朝阳区政协副主席、区总工会主席陈美丽，海淀区人社局副局长罗德林出席。"
     "海淀区总工会党组书记龙天明率考察团参加会议。",
     ("陈美丽", "worksFor", "朝阳区总工会"), ("陈美丽", "worksFor", "海淀区总工会")),
    ("温江区总工会副主席谢婉，永宁街道党工委委员、街道总工会主席付志坚出席会议。柳城街道总工会也派员参加。",
     ("付志坚", "worksFor", "永宁街道总工会"), ("付志坚", "worksFor", "柳城街道总工会")),
])
def test_short_form_in_a_title_chain_takes_the_region_of_the_chain(body, wanted, wrong):
    got = facts(body)
    assert wanted in got and wrong not in got


def test_a_new_member_named_after_the_body_joined_is_its_member_not_its_staff():
    got = facts("刚加入南岭区快递物流行业联合工会的快递员刘洋说，入会后能享受免费体检。")
    assert ("刘洋", "memberOf", "南岭区快递物流行业联合工会") in got
    assert ("刘洋", "worksFor", "南岭区快递物流行业联合工会") not in got
    # the body's own officer, and a team joined, as before
    assert ("刘洋", "worksFor", "南岭区快递物流行业联合工会") in facts("南岭区快递物流行业联合工会的主席刘洋说，入会人数增加。")
    assert ("刘洋", "memberOf", "南岭区代表队") in facts("参加南岭区代表队的选手刘洋说，比赛很激烈。")
