"""participatesIn and organizes (stop 36): members of a body who serve at the activity, those who
receive what an activity of giving hands out. Sentences written for the tests, names invented;
each rule has a positive case and look-alikes where the relation is not stated."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def found(body: str) -> set[tuple[str, str, str, str]]:
    """(head, relation, tail, rule) of every relation's evidence, inferred ones too (unlike
    tests/stated.py's stated_facts, which keeps the stated facts and no rule)."""
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(r.head, r.relation, r.tail, e.rule) for r in art.relations for e in r.evidence}


def facts(body: str) -> set[tuple[str, str, str]]:
    return {f[:3] for f in found(body)}


# --- ORG 的 N名队员 为…/担任…: members serving at the activity (org-members-take-part) ----------

def test_members_serving_at_the_activity_take_part_for_their_body():
    body = "海河市总工会开展“夏送清凉”专项行动。南岭服务总队的10余名队员为工人测量血压。"
    assert ("南岭服务总队", "participatesIn", "夏送清凉专项行动") in facts(body)


@pytest.mark.parametrize("sentence", [
    "南岭面粉集团有限公司的1200多名职工中，女职工占到四成。",            # members only counted
    "活动期间，南岭法律服务团的32名律师将分赴全市45个在建项目。",          # sent out later
    "员工们把捐款转交给南岭青少年基金会的工作人员。",                      # handed something
])
def test_members_counted_sent_or_handed_to_are_no_part_of_the_activity(sentence):
    body = "海河市总工会开展“夏送清凉”专项行动。" + sentence
    assert not {f for f in found(body) if f[1] == "participatesIn" and f[3] == "org-members-take-part"}


# --- PERSON 领到/收到 AID in an activity of giving (recipient-of-the-aid) -------------------------

def test_one_who_receives_the_aid_takes_part_in_the_giving_ceremony():
    body = ("海河市总工会2026年度困难职工帮扶资金集中发放仪式在市职工服务中心举行。"
            "南岭纺织有限公司挡车工李秀梅也领到了6000元救助金。")
    assert ("李秀梅", "participatesIn", "海河市总工会2026年度困难职工帮扶资金集中发放仪式",
            "recipient-of-the-aid") in found(body)


def test_a_long_subject_then_a_comma_before_receiving():
    body = "海河市总工会开展“金秋助学”活动。今年考入南岭大学的环卫工人子女赵晓雨，收到了5000元助学金。"
    assert ("赵晓雨", "participatesIn", "金秋助学活动") in facts(body)


@pytest.mark.parametrize("body", [
    "海河市总工会开展“金秋助学”活动。去年，张小雨收到了5000元助学金。",   # another time
    "海河市总工会召开第五次代表大会。张小雨领到了慰问金。",                 # no activity of giving
    "海河市总工会开展“金秋助学”活动。张小雨没有领到助学金。",               # denied
    "海河市总工会开展“金秋助学”活动。张小雨收到了一封感谢信。",             # no aid received
])
def test_no_recipient_without_aid_in_an_activity_of_giving(body):
    assert not {f for f in found(body) if f[3] == "recipient-of-the-aid"}


# --- 由A、B于今年4月共同主办; 由 an unread organiser 和 B 联合举办 (organized-by-org) ----------------

def test_organisers_then_a_time_before_their_verb():
    got = facts("第三届职工技能大赛由海河市总工会、南岭市人社局于今年4月共同主办。")
    assert {("海河市总工会", "organizes", "第三届职工技能大赛"), ("南岭市人社局", "organizes", "第三届职工技能大赛")} <= got
    got = facts("由海河市总工会、南岭市人社局于今年4月共同主办的第三届职工技能大赛开幕。")
    assert ("南岭市人社局", "organizes", "第三届职工技能大赛") in got


def test_a_time_then_the_verb_and_a_comma_does_not_reach_an_event_of_another_clause():
    body = ("2026年海河港口安全生产劳动竞赛总结交流会在南岭召开。本届竞赛由海河海员工会、南岭市水运局于今年4月"
            "共同发起，1200余个班组参赛，围绕隐患排查、安全技能比武等开展比学赶超。")
    got = facts(body)
    assert ("南岭市水运局", "organizes", "2026年海河港口安全生产劳动竞赛") in got
    assert not {f for f in got if f[1] == "organizes" and f[2] == "安全技能比武"}


def test_the_organiser_read_after_an_unread_first_one():
    body = "南岭市人民医院第二届护理技能比武在院内举行。比武由医院工会和医院护理部联合举办，48名护士参加。"
    assert ("医院护理部", "organizes", "南岭市人民医院第二届护理技能比武") in facts(body)


def test_no_unread_organiser_after_because():
    assert not {f for f in found("南岭市职工运动会推迟。由于天气和海河市总工会的安排，活动改期。") if f[1] == "organizes"
                and f[0] == "海河市总工会"}


# --- a cited meeting is convened by the body right before 近期召开的 (org-verb-event) -------------

def test_a_cited_meeting_convened_by_the_body_before_it():
    body = "海河市总工会召开党组会议，传达学习南岭省总工会近期召开的全省产业工人队伍建设改革工作推进会精神。"
    assert ("南岭省总工会", "organizes", "全省产业工人队伍建设改革工作推进会") in facts(body)
    assert not {f for f in found(body) if f[0] == "南岭省总工会" and f[1] == "participatesIn"}


# --- 担任实操课讲师 in a class's report (teacher-of-this-class) -----------------------------------

def test_one_who_takes_on_the_teachers_post_teaches_the_class():
    body = "海河市总工会举办2026年家政服务员职业技能培训班。南岭家政公司育婴师、市劳动模范钱秋菊担任实操课讲师。"
    assert ("钱秋菊", "participatesIn", "2026年家政服务员职业技能培训班") in facts(body)


def test_a_post_that_is_no_teachers_is_no_teaching():
    body = "海河市总工会举办2026年家政服务员职业技能培训班。南岭家政公司育婴师钱秋菊担任公司副经理。"
    assert not {f for f in found(body) if f[0] == "钱秋菊" and f[1] == "participatesIn"}


# --- 出席决赛: the final named before (people-attend-event) -------------------------------------

def test_attending_the_final_named_before():
    body = ("海河市第三届职工普法知识竞赛决赛在海河举行。海河市总工会副主席张明，海河市人社局副局长李红"
            "出席决赛并为获奖队伍颁奖。")
    assert ("李红", "participatesIn", "海河市第三届职工普法知识竞赛决赛") in facts(body)


# --- 获奖名单： then 优秀组织奖：A、B in the body (results-line-prize) ------------------------------

_RESULTS = ("海河市第三届职工普法知识竞赛决赛在海河举行，12支代表队参赛。\n获奖名单：\n一等奖：南岭县总工会代表队\n"
            "优秀组织奖：南岭县总工会、东河县总工会\n")


def test_bodies_of_a_results_line_below_a_results_header_took_part():
    got = facts(_RESULTS)
    assert {("南岭县总工会", "participatesIn", "海河市第三届职工普法知识竞赛决赛"),
            ("东河县总工会", "participatesIn", "海河市第三届职工普法知识竞赛决赛")} <= got


def test_no_results_header_no_results_line():
    got = found(_RESULTS.replace("获奖名单：\n", "今年的工作安排：\n"))
    assert not {f for f in got if f[3] == "results-line-prize"}


# --- honoured or elected at the meeting reported: not what one wrote, not an earlier founding -----

_CONGRESS = "海河职业学院第三届教职工代表大会第五次会议召开。大会表彰了先进。"


def test_those_honoured_at_the_congress_took_part():
    got = facts(_CONGRESS + "机电工程学院教师方晓明、后勤处职工李国华被评为先进个人。")
    assert {("方晓明", "participatesIn", "海河职业学院第三届教职工代表大会第五次会议"),
            ("李国华", "participatesIn", "海河职业学院第三届教职工代表大会第五次会议")} <= got


def test_a_proposal_honoured_is_not_its_writer():
    got = found(_CONGRESS + "其中机电工程学院教师方晓明提出的“青年教师公寓”提案被评为优秀提案。")
    assert not {f for f in got if f[0] == "方晓明" and f[1] == "participatesIn"}


def test_an_election_at_a_founding_years_before_is_not_at_the_congress():
    body = ("南岭度假酒店有限公司第一届职工代表大会第三次会议召开。2024年，在区总工会指导下，酒店工会成立，"
            "餐饮部主管林小红当选工会主席。")
    assert not {f for f in found(body) if f[0] == "林小红" and f[1] == "participatesIn"}
    body = "南岭度假酒店有限公司工会成立大会召开。餐饮部主管林小红当选工会主席。"
    assert ("林小红", "participatesIn", "南岭度假酒店有限公司工会成立大会") in facts(body)


# --- a body (or its leader) that asks others to hold an event does not hold it --------------------

def test_one_who_hopes_others_hold_the_campaign_does_not_organise_it():
    body = "全国建材工作会议在京召开。南岭省委常委、南岭省政府副省长王立华致信大会，希望建材行业开展好全行业“脱困增效年”活动。"
    assert not {f for f in found(body) if f[1] == "organizes" and "脱困增效年" in f[2]}


def test_a_request_followed_or_an_athlete_is_no_asking():
    got = facts("海河市总工会按照省总工会的要求开展“安全生产月”活动。")
    assert ("海河市总工会", "organizes", "安全生产月活动") in got
    got = facts("南岭举重队今天为打破纪录的运动员举行上光荣榜仪式。")
    assert ("南岭举重队", "organizes", "上光荣榜仪式") in got


# --- a body at its own ceremony organises it; a company visited is no attendee -------------------

def test_a_body_handing_out_at_its_own_launch_ceremony_is_its_organiser_not_a_participant():
    body = ("海河市总工会2026年“冬日暖阳”关爱户外劳动者专项行动启动仪式在市职工广场举行。"
            "启动仪式上，市总工会向环卫工人代表发放了首批1200份“暖心包”。")
    assert not {f for f in found(body) if f[0] == "海河市总工会" and f[1] == "participatesIn"}


def test_bodies_acting_at_a_meeting_of_others_take_part():
    body = "南岭与海河工会交流座谈会在南岭召开。座谈会上，南岭市总工会与海河工会联合总会签署合作协议。"
    assert {f for f in found(body) if f[0] == "南岭市总工会" and f[3] == "body-acts-at-event"}


def test_a_company_the_trainees_went_into_is_no_attendee():
    body = ("海河市总工会举办2026年企业工会劳动法律监督员培训班。21日，学员们走进南岭县海河齿轮有限公司现场观摩，"
            "公司工会主席邢建国介绍了经验。")
    assert not {f for f in found(body) if f[0] == "海河齿轮有限公司" and f[1] == "participatesIn"}
