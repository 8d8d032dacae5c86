"""Who runs and who set up a body or facility, read at clause level (stop 39; sentences invented):
中心日常运营由某公司负责, 由某公司托管, 由该公司负责运营的“某司机之家”, 委托某中心负责服务站日常运营;
由某总工会于去年在某区设立, 某总工会在某法院设立某工作室, 某某同志发起成立了…; a list of founders
whose names open with a place; 并当场加入了某联合工会."""

from __future__ import annotations

from stated import stated_facts as facts


# manages: the running of a bare topic, then who does it (…运营由B负责)

def test_running_of_a_bare_topic_then_who_does_it():
    got = facts("4月8日，南溪区职工服务中心新址启用。据介绍，中心日常运营由南溪安和物业服务有限公司负责，"
                "区总工会派驻工作人员。")
    assert ("南溪安和物业服务有限公司", "manages", "南溪区职工服务中心") in got


def test_running_of_a_studio_said_by_its_head():
    got = facts("区总工会在区人民法院设立劳动争议调解工作室。工作室日常运行由青川明信律师事务所负责，该所律师轮流值班。")
    assert ("明信律师事务所", "manages", "劳动争议调解工作室") in got


def test_not_running_when_no_running_word_before_by():
    got = facts("4月8日，南溪区职工服务中心新址启用。据介绍，中心揭牌由南溪安和物业服务有限公司负责，区总工会派驻工作人员。")
    assert not any(r == "manages" for _, r, _ in got)


def test_not_running_when_in_charge_does_not_close_the_clause():
    got = facts("4月8日，南溪区职工服务中心新址启用。中心日常运营由南溪安和物业服务有限公司负责人介绍。")
    assert not any(r == "manages" for _, r, _ in got)


# manages: 由B托管

def test_held_in_trust_by_a_company():
    got = facts("青峰山游客中心工会驿站位于青峰镇，由青峰旅游发展有限公司托管，主要服务景区保洁人员。")
    assert ("青峰旅游发展有限公司", "manages", "青峰山游客中心工会驿站") in got


def test_not_held_in_trust_when_trust_takes_an_object():
    got = facts("青峰山游客中心工会驿站位于青峰镇，由青峰旅游发展有限公司托管资金，主要服务景区保洁人员。")
    assert not any(r == "manages" for _, r, _ in got)


# manages: 由B负责运营的X

def test_run_by_in_a_relative_clause():
    got = facts("会前，与会人员来到北关公路港物流有限公司，观摩了由该公司负责运营的“北关司机之家”。")
    assert ("北关公路港物流有限公司", "manages", "北关司机之家") in got
    got = facts("由西河物业服务有限公司负责日常管理的西河职工服务中心今天开放。")
    assert ("西河物业服务有限公司", "manages", "西河职工服务中心") in got


def test_not_run_by_when_only_in_charge():
    got = facts("由西河物业服务有限公司负责的西河职工服务中心今天开放。")
    assert not any(r == "manages" for _, r, _ in got)


def test_not_run_by_without_by():
    got = facts("西河物业服务有限公司和负责运营的西河职工服务中心签约。")
    assert not any(r == "manages" for _, r, _ in got)


# manages: a client entrusts the running of a facility named by its head noun

def test_client_entrusts_the_running_of_a_named_facility():
    got = facts("12月5日，东湖街道外卖骑手服务站揭牌启用。街道总工会委托东湖社区工作服务中心负责服务站日常运营。")
    assert ("东湖社区工作服务中心", "manages", "东湖街道外卖骑手服务站") in got


def test_client_entrusts_with_no_object_or_an_unnamed_one():
    got = facts("12月5日，东湖街道外卖骑手服务站揭牌启用。街道总工会委托东湖社区工作服务中心负责日常运营。")
    assert not any(r == "manages" for _, r, _ in got)
    got = facts("12月5日，东湖街道外卖骑手服务站揭牌启用。街道总工会委托东湖社区工作服务中心负责书屋日常运营。")
    assert not any(r == "manages" for _, r, _ in got)


# founded: 由A于去年在B设立

def test_set_up_by_a_body_when_and_where():
    got = facts("临江市外来职工服务站由临江市总工会于去年在江北区设立，为外来职工提供服务。")
    assert ("临江市总工会", "founded", "临江市外来职工服务站") in got


def test_not_set_up_when_the_verb_does_not_close_the_clause():
    got = facts("临江市外来职工服务站由临江市总工会于去年在江北区设立的基金资助，为外来职工提供服务。")
    assert ("临江市总工会", "founded", "临江市外来职工服务站") not in got


# founded: A在B设立C (a unit set up inside a host body or place)

def test_unit_set_up_inside_a_host():
    got = facts("丰宁市总工会在丰宁市中级人民法院诉讼服务中心设立工会劳动争议调解工作室，法院将案件委派给工作室。")
    assert ("丰宁市总工会", "founded", "工会劳动争议调解工作室") in got
    assert not any(h == "丰宁市中级人民法院诉讼服务中心" and r == "founded" for h, r, _ in got)


def test_no_unit_set_up_with_another_verb_or_a_bare_founding():
    got = facts("丰宁市总工会在丰宁市中级人民法院成立了工会劳动争议调解工作室。")
    assert not any(r == "founded" for _, r, _ in got)
    got = facts("丰宁市总工会在丰宁市中级人民法院诉讼服务中心考察工会劳动争议调解工作室。")
    assert not any(r == "founded" for _, r, _ in got)


# founded: 某某同志发起成立了…

def test_person_called_comrade_founds():
    got = facts("退休后，赵启山同志发起成立了赵启山劳模宣讲团，走进学校宣讲。")
    assert ("赵启山", "founded", "赵启山劳模宣讲团") in got


def test_person_called_comrade_visiting_founds_nothing():
    got = facts("赵启山同志来到东湖劳模宣讲团。")
    assert not any(r == "founded" for _, r, _ in got)


# founded: a list of founders whose names open with a place (the place inside a name is no item)

def test_founders_listed_with_places_inside_their_names():
    got = facts("东湖区数字经济楼宇联合工会成立。据介绍，该联合工会在东湖区总工会指导下，由北京云海科技有限公司、"
                "北京数联信息技术有限公司等大厦内28家数字经济企业联合组建，现有会员620人。")
    assert ("云海科技有限公司", "founded", "东湖区数字经济楼宇联合工会") in got
    assert ("数联信息技术有限公司", "founded", "东湖区数字经济楼宇联合工会") in got
    assert ("东湖区总工会", "founded", "东湖区数字经济楼宇联合工会") not in got


# memberOf: the clause's subject goes on with 并当场加入了

def test_subject_joins_on_the_spot():
    got = facts("仪式现场，东湖顺达汽车运输有限公司驾驶员李长河第一个领到了服务卡，并当场加入了东湖货运司机联合工会。")
    assert ("李长河", "memberOf", "东湖货运司机联合工会") in got


def test_someone_else_joins_on_the_spot():
    got = facts("东湖顺达汽车运输有限公司驾驶员李长河告诉记者，并当场加入了东湖货运司机联合工会的有30人。")
    assert ("李长河", "memberOf", "东湖货运司机联合工会") not in got
