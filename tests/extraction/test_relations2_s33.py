"""Relations in union news, second round of stop 33: who attends and organises a campaign launched
by a ceremony, and other constructions of union reports. Invented sentences."""

from __future__ import annotations

from stated import stated_facts, read_facts

from uniongraph.extraction.events import find_events
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article
from uniongraph.extraction.tokens import TokenIndex


def ruled_facts(body: str) -> set[tuple[str, str, str, str]]:
    """(head, relation, tail, rule) of each stated relation's evidence."""
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {(r.head, r.relation, r.tail, ev.rule) for r in art.relations if not r.inferred for ev in r.evidence}


def events(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


LAUNCH = ("11月3日，南岭机床集团工会在东岭新厂区举行2026—2027年度“青松杯”安全生产竞赛启动仪式。"
          "东岭区总工会副主席何春林出席仪式。\n"
          "本次竞赛由南岭机床集团工会、南岭机床集团安全部联合主办，参赛的20个班组将开展为期一年的比拼。")


def test_a_campaign_taken_up_as_organised_in_the_next_paragraph_is_the_event() -> None:
    assert "2026—2027年度青松杯安全生产竞赛" in events(LAUNCH)
    facts = stated_facts(LAUNCH)
    assert ("何春林", "participatesIn", "2026—2027年度青松杯安全生产竞赛") in facts
    assert ("南岭机床集团工会", "organizes", "2026—2027年度青松杯安全生产竞赛") in facts


def test_a_launch_whose_campaign_the_report_does_not_take_up_stays_the_event() -> None:
    text = ("11月3日，南岭区总工会2027年送温暖活动启动仪式在区职工服务中心举行。区总工会主席何春林出席。\n"
            "今年送温暖活动将持续至明年2月，重点慰问困难职工。")
    assert "南岭区总工会2027年送温暖活动启动仪式" in events(text)
    # the next report on the page (after its headline) takes up a campaign of its own
    text = LAUNCH.split("\n")[0] + "\n# 东岭区开展技能比武\n本次竞赛由东岭区总工会主办。"
    assert "2026—2027年度青松杯安全生产竞赛启动仪式" in events(text)


EXCHANGE = ("7日上午，东岭边境地区职工交流座谈会在东岭市举行。座谈会由南岭省总工会主办。"
            "南岭省总工会常务副主席韦立新会见代表团并主持座谈，东岭市总工会主席莫春燕介绍了东岭市工会工作情况。"
            "座谈会上，阮文山介绍了当地职工之家的做法。8日，代表团参观了东岭港。越南驻东岭总领事馆领事陈氏芳参加有关活动。")


def test_participants_of_an_exchange_meeting() -> None:
    facts = stated_facts(EXCHANGE)
    meeting = "东岭边境地区职工交流座谈会"
    assert ("韦立新", "participatesIn", meeting) in facts  # 会见…并主持座谈: received them, then chaired
    assert ("阮文山", "participatesIn", meeting) in facts  # 座谈会上，A介绍了…
    assert ("陈氏芳", "participatesIn", meeting) not in facts  # 参加有关活动: some activities of the visit


def test_a_reception_alone_or_another_kind_of_meeting_gives_no_participation() -> None:
    text = EXCHANGE.replace("会见代表团并主持座谈", "会见了代表团")
    assert ("韦立新", "participatesIn", "东岭边境地区职工交流座谈会") not in stated_facts(text)
    # 研讨会上 in the report of a 座谈会, no 研讨会 named: no telling which meeting
    text = EXCHANGE.replace("座谈会上，阮文山", "研讨会上，阮文山")
    assert ("阮文山", "participatesIn", "东岭边境地区职工交流座谈会", "person-at-this-event") not in ruled_facts(text)


SITE = ("11月9日，东岭区总工会来到南岭建设集团有限公司东湖片区安置房项目部开展检查。"
        "项目经理柳成文介绍，项目部现有农民工300人。项目部工会主席闻海平说，项目部工会成立两年来吸纳会员280人。")


def test_a_project_department_its_manager_and_its_union() -> None:
    facts = stated_facts(SITE)
    unit = "南岭建设集团有限公司东湖片区安置房项目部"
    assert ("柳成文", "worksFor", unit) in facts  # 项目经理: the head of the one 项目部 named
    assert ("项目部工会", "unionOf", unit) in facts


def test_two_units_of_the_kind_leave_the_bare_union_alone() -> None:
    text = SITE.replace("开展检查。", "和南岭建设集团有限公司西湖片区学校项目部开展检查。")
    facts = stated_facts(text)
    assert not any(f[0] == "项目部工会" and f[1] == "unionOf" for f in facts)


def test_working_at_a_subcontractor_is_working_for_it() -> None:
    text = "来自南岭的钢筋工梁长顺在东岭恒丰劳务有限公司务工已有6年。木工陈大海在南岭建工集团有限公司打工。"
    facts = stated_facts(text)
    assert ("梁长顺", "worksFor", "东岭恒丰劳务有限公司") in facts
    assert ("陈大海", "worksFor", "南岭建工集团有限公司") in facts
    # a visit to a company is no work there
    assert ("梁长顺", "worksFor", "东岭恒丰劳务有限公司") not in stated_facts("梁长顺在东岭恒丰劳务有限公司调研务工人员权益。")


def test_a_union_named_with_the_short_form_of_its_banks_trade() -> None:
    text = ("此次活动由东岭市总工会主办，南岭农村商业银行股份有限公司协办。"
            "南岭农商银行工会主席陶明远介绍，该行职工今年自愿捐款28万元。")
    assert ("南岭农商银行工会", "unionOf", "南岭农村商业银行股份有限公司") in stated_facts(text)
    # another bank's union: no tie
    text = text.replace("南岭农商银行工会", "东岭农商银行工会")
    assert not any(f[1] == "unionOf" and f[2] == "南岭农村商业银行股份有限公司" for f in stated_facts(text))


FINAL = ("12月9日，东岭市第三届职工职业技能大赛焊工决赛在东岭技师学院落幕。{teams}"
         "南岭重工有限公司选手梁国栋、东岭阀门股份有限公司选手陈立山获得个人一、二等奖。")


def test_a_company_before_its_entrant_takes_part_unless_the_entrants_are_delegation_teams() -> None:
    event = "东岭市第三届职工职业技能大赛焊工决赛"
    facts = stated_facts(FINAL.format(teams="来自全市各企业的40名选手同台竞技。"))
    assert ("南岭重工有限公司", "participatesIn", event) in facts
    facts = stated_facts(FINAL.format(teams="来自全市9个县（市、区）代表队的54名选手同台竞技。"))
    assert ("南岭重工有限公司", "participatesIn", event) not in facts
    assert ("梁国栋", "participatesIn", event) in facts


def test_bodies_mobilised_to_carry_out_an_event_take_part_in_it() -> None:
    text = "区总工会还将组织东岭环卫服务有限公司工会、东岭区劳模志愿服务队等单位开展“一线关爱日”活动。"
    facts = stated_facts(text)
    assert ("东岭环卫服务有限公司工会", "participatesIn", "一线关爱日活动") in facts
    assert ("东岭区劳模志愿服务队", "participatesIn", "一线关爱日活动") in facts
    # bodies organised by another verb, or no event named after it: no fact
    facts = stated_facts("区总工会还将组织东岭环卫服务有限公司工会、东岭区劳模志愿服务队等单位做好服务工作。")
    assert not any(f[1] == "participatesIn" for f in facts)


def test_one_who_speaks_for_the_entrants_takes_part_in_the_contest() -> None:
    text = ("11月3日，东岭机床集团举行2027年度“青松杯”安全生产竞赛。"
            "机加工车间班长、东岭市技术能手柯志刚代表参赛班组宣读了倡议书。")
    assert ("柯志刚", "participatesIn", "2027年度青松杯安全生产竞赛") in stated_facts(text)
    # one who speaks for the organisers is no entrant
    text = text.replace("代表参赛班组宣读了倡议书", "代表主办单位宣读了竞赛方案")
    assert ("柯志刚", "participatesIn", "2027年度青松杯安全生产竞赛", "speaks-for-the-entrants") not in ruled_facts(text)


def test_an_honour_of_a_place_does_not_break_the_chain_of_titles() -> None:
    facts = stated_facts("东岭机床有限公司焊接一班班长、南岭省技术能手柯志刚代表班组发言。")
    assert ("柯志刚", "worksFor", "东岭机床有限公司焊接一班") in facts
    assert ("柯志刚", "worksFor", "东岭机床有限公司") in facts
    # a place that is no honour's (a bare place, or where one goes) leaves the body alone
    assert not any(f[1] == "worksFor" for f in stated_facts("他来到东岭机床有限公司、南岭省技术能手柯志刚家中。"))


def test_a_body_inside_the_place_phrase_of_the_venue_organises_nothing() -> None:
    text = "12月8日，集团工会在南岭省重点工程——东湾液化天然气接收站二期工程施工现场，举行2027年度“青松杯”安全生产竞赛。"
    assert not any(f[0].startswith("东湾液化天然气接收站") and f[1] == "organizes" for f in stated_facts(text))
    # a body named before the verb outside such a phrase still does
    text = "12月8日，南岭机床集团有限公司举行2027年度“青松杯”安全生产竞赛。"
    assert ("南岭机床集团有限公司", "organizes", "2027年度青松杯安全生产竞赛") in stated_facts(text)


def test_a_branch_and_its_bank_both_named() -> None:
    text = ("驿站由东岭区总工会联合西宁金穗农村商业银行股份有限公司共同建设。"
            "金穗农商银行西城支行把营业厅的一角改成了驿站。")
    assert ("金穗农商银行西城支行", "subOrganizationOf", "金穗农村商业银行股份有限公司") in stated_facts(text)
    # branches said by a kind are no one branch; another bank's branch is not this bank's
    text = text.replace("金穗农商银行西城支行", "银穗农商银行西城支行")
    assert not any(f[1] == "subOrganizationOf" and f[2].startswith("金穗") for f in stated_facts(text))


def test_a_union_named_with_its_companys_legal_ending_said_short() -> None:
    text = ("11月30日，洛阳金鼎精密轴承股份有限公司第五届职工代表大会在公司职工活动中心召开。"
            "大会选举产生了金鼎精密轴承公司工会第五届委员会委员11名。")
    assert ("金鼎精密轴承公司工会", "unionOf", "金鼎精密轴承股份有限公司") in stated_facts(text)
    # another company's union: no tie
    text = text.replace("金鼎精密轴承公司工会", "银鼎精密轴承公司工会")
    assert not any(f[1] == "unionOf" for f in stated_facts(text))


def test_a_union_launches_the_campaign_its_ceremony_is_named_after() -> None:
    text = ("12月1日，南岭市东湖区总工会2027年元旦春节送温暖活动启动仪式在城厢街道职工服务中心举行。"
            "东湖区总工会主席罗海川出席并讲话。")
    facts = read_facts(text)
    assert ("东湖区总工会", "organizes", "南岭市东湖区总工会2027年元旦春节送温暖活动启动仪式") in facts \
        or ("南岭市东湖区总工会", "organizes", "南岭市东湖区总工会2027年元旦春节送温暖活动启动仪式") in facts
    # a company's name before a launch is not read so (who launched it is not said)
    text = "12月1日，南岭机床有限公司2027年安全生产月活动启动仪式在厂区举行。南岭机床有限公司总经理罗海川出席。"
    assert not any(f[1] == "organizes" for f in read_facts(text))


def test_each_of_a_list_with_units_and_titles_is_honoured_at_the_meeting() -> None:
    text = ("4月27日，东岭市总工会十六届三次全委（扩大）会议召开，对2026年度优秀工会工作者进行了命名表彰。"
            "南岭食品股份有限公司工会主席陈雅芬、城西镇总工会副主席王德清等15名同志被评为“东岭市优秀工会工作者”。")
    facts = stated_facts(text)
    meeting = "东岭市总工会十六届三次全委（扩大）会议"
    assert ("陈雅芬", "participatesIn", meeting) in facts
    assert ("王德清", "participatesIn", meeting) in facts
    # people named before, in another clause, are not of the list honoured
    text = text.replace("南岭食品股份有限公司工会主席陈雅芬、", "南岭食品股份有限公司工会主席陈雅芬主持会议，")
    assert ("陈雅芬", "participatesIn", meeting, "honoured-at-meeting") not in ruled_facts(text)


def test_bodies_whose_representatives_speak_at_a_signing_take_part() -> None:
    text = ("12月2日，东岭区家具行业2027年度工资专项集体合同签约仪式在区职工服务中心举行。"
            "签约现场，东岭康乐家具有限公司、东岭华森实业有限公司等5家企业代表作了表态发言。")
    facts = stated_facts(text)
    event = "东岭区家具行业2027年度工资专项集体合同签约仪式"
    assert ("东岭康乐家具有限公司", "participatesIn", event) in facts
    assert ("东岭华森实业有限公司", "participatesIn", event) in facts
    # the bodies not counted as the speakers' (A、B代表作了发言 with no 等N家): no fact from this rule
    text = text.replace("等5家企业代表作了表态发言", "的负责人参观了展厅")
    assert not any(f[1] == "participatesIn" and f[0].startswith("东岭康乐") for f in stated_facts(text))


def test_leaders_listed_who_come_to_the_congress_take_part() -> None:
    text = ("12月1日，东岭县总工会第十二次代表大会在东岭县会议中心开幕。"
            "县委书记郝振远，县委副书记、县长卓海博，县人大常委会主任祁宏明等县领导到会祝贺。")
    facts = stated_facts(text)
    congress = "东岭县总工会第十二次代表大会"
    for name in ("郝振远", "卓海博", "祁宏明"):
        assert (name, "participatesIn", congress) in facts
    # leaders who only send a letter are not there
    text = text.replace("到会祝贺", "发来贺信")
    assert not any(f[1] == "participatesIn" and f[0] == "郝振远" for f in stated_facts(text))


def test_a_bare_attend_after_the_organisers_sentence_attends_the_contest_launched() -> None:
    text = ("本报讯（记者 付嘉明）12月3日，东岭铁路集团有限公司在东岭东站启动2027年春运“安全服务杯”劳动竞赛。"
            "竞赛由集团公司工会、集团公司客运部联合主办，东岭车务段承办。"
            "集团公司工会主席廖启明致辞，南岭铁路总工会副部长郁清河出席并讲话。")
    assert ("郁清河", "participatesIn", "2027年春运安全服务杯劳动竞赛") in stated_facts(text)
    # another sentence between (not the organisers'): the bare 出席 is left unread
    text = text.replace("竞赛由集团公司工会、集团公司客运部联合主办，东岭车务段承办。", "当天气温骤降，东站客流明显增加。")
    assert ("郁清河", "participatesIn", "2027年春运安全服务杯劳动竞赛", "people-attend-event") not in ruled_facts(text)


FORUM = ("12月5日上午，青溪街道新就业形态劳动者服务站揭牌启用。揭牌仪式后，街道总工会组织召开“骑手之声”恳谈会，"
         "会议由欧阳晓红主持。律师麦思敏在恳谈会上逐一解答，并介绍了工会法律援助的申请渠道。")


def test_the_chair_and_a_speaker_of_a_forum_held_after_the_ceremony() -> None:
    facts = stated_facts(FORUM)
    assert ("欧阳晓红", "participatesIn", "骑手之声恳谈会") in facts  # 会议由某主持: the meeting named in the sentence
    assert ("麦思敏", "participatesIn", "骑手之声恳谈会") in facts  # 在恳谈会上解答: the one 恳谈会 named before
    # two forums named before: no telling which
    text = FORUM.replace("会议由欧阳晓红主持。", "会议由欧阳晓红主持。随后召开“快递之声”恳谈会。")
    assert ("麦思敏", "participatesIn", "骑手之声恳谈会", "person-speaks-at-event-named-before") not in ruled_facts(text)
