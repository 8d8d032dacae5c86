"""Nine defects of the second review of stop 33, each read on invented sentences and names."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_text
from stated import stated_facts


def typed(text: str) -> set[tuple[str, str]]:
    return {(m.key, m.type) for m in extract_text(text).mentions}


def persons(text: str) -> set[str]:
    return {name for name, type_ in typed(text) if type_ == "Person"}


def test_name_parts_before_a_place_head_name_a_place() -> None:
    # 1. 巴音乌兰|嘎查, 那仁宝力格|苏木: a village or a township of the pastures, no one
    assert "巴音乌兰" not in persons("兴安盟总工会在巴音乌兰嘎查开展慰问。")
    assert ("巴音乌兰嘎查", "Place") in typed("兴安盟总工会在巴音乌兰嘎查开展慰问。")
    assert "那仁宝力格" not in persons("工会干部来到那仁宝力格苏木，看望牧民职工。")
    # (a run of name parts with no place head after it is still a person)
    assert "巴音乌兰" in persons("车间主任巴音乌兰介绍，班组今年完成检修任务。")


def test_a_kind_of_government_after_its_country_and_words_is_a_name() -> None:
    # 2. 阿富汗|伊斯兰|过渡政府: the country opens the name, words between it and the kind
    text = "阿富汗伊斯兰过渡政府外长阿卜杜拉会见了中国代表团。"
    assert ("阿富汗伊斯兰过渡政府", "Organization") in typed(text)
    assert ("阿卜杜拉", "worksFor", "阿富汗伊斯兰过渡政府") in stated_facts(text)
    # (a kind of government after words that are no country is none: 反对派抗议|现政府)
    assert not any(n.endswith("现政府") for n, _ in typed("当地反对派抗议现政府的新税法。"))


def test_chairing_a_talk_after_a_new_time_or_a_trip_is_another_meeting() -> None:
    # 3. 5月召开座谈会。8月，A赴某公司调研并主持座谈: not the 座谈会 of May
    moved = "南岭市总工会4月召开青工座谈会。9月，市总工会主席周德胜赴南岭机械集团调研并主持座谈，听取职工意见。"
    assert ("周德胜", "participatesIn", "青工座谈会") not in stated_facts(moved)
    same = "南岭市总工会召开青工座谈会。市总工会主席周德胜会见青工代表并主持座谈，听取职工意见。"
    assert ("周德胜", "participatesIn", "青工座谈会") in stated_facts(same)


def test_leaders_listed_by_bare_commas_or_in_an_instruction_are_not_at_the_congress() -> None:
    # 4. …会见了劳模代表甲，乙等县领导出席会见: 甲 is met, not at the congress
    congress = "南岭县总工会第六次代表大会开幕。"
    met = congress + "会前，周德胜会见了劳模代表孙海平，郑立国等县领导出席会见。"
    assert ("孙海平", "participatesIn", "南岭县总工会第六次代表大会") not in stated_facts(met)
    told = congress + "县委书记周德胜在批示中要求，孙海平等县领导到会指导。"
    assert ("孙海平", "participatesIn", "南岭县总工会第六次代表大会") not in stated_facts(told)
    came = congress + "县委书记周德胜，县长孙海平，县政协主席郑立国等县领导到会祝贺。"
    assert {("周德胜", "participatesIn", "南岭县总工会第六次代表大会"),
            ("孙海平", "participatesIn", "南岭县总工会第六次代表大会")} <= stated_facts(came)


def test_bodies_an_instruction_would_mobilise_take_no_part() -> None:
    # 5. 会议要求，各级工会要组织A等企业开展…: an instruction, no one has taken part by it
    told = "南岭市总工会召开“安康杯”竞赛推进会。会议要求，各级工会要组织南岭机械集团等企业开展“安康杯”竞赛自查。"
    assert not any(h == "南岭机械集团" and r == "participatesIn" for h, r, _ in stated_facts(told))
    done = "南岭区总工会组织南岭机械集团工会、南岭爱心服务队等单位开展“一线关爱日”活动。"
    assert ("南岭爱心服务队", "participatesIn", "一线关爱日活动") in stated_facts(done)


def test_a_short_name_met_by_a_body_abroad_is_this_countrys() -> None:
    # 6. 美国财政部…与证监会负责人会谈: China's 证监会, met by the body abroad
    assert ("中国证券监督管理委员会", "Organization") in typed("英国财政部副大臣一行访问上海，与证监会负责人举行会谈。")
    # (会同 works with one's own: 日本大藏省…会同证监会 is Japan's)
    assert ("中国证券监督管理委员会", "Organization") not in typed("日本大藏省决定暂停该公司业务，并会同证监会开展调查。")


def test_a_work_of_a_peoples_art_before_a_nationality_is_no_one() -> None:
    # 7. 舞蹈某某（蒙古族）, 长调民歌（蒙古族）: a piece in a programme
    text = "演出节目包括舞蹈金色牧场（蒙古族）、歌曲雪域情（藏族）、长调民歌（蒙古族）。"
    assert not {"舞蹈金色牧场", "歌曲雪域情", "长调民歌"} & persons(text)
    assert "热依拉" in persons("当选的委员有：周德胜、热依拉（女，维吾尔族）。")


def test_a_banks_short_form_must_end_on_a_word_boundary() -> None:
    # 8. 南岭银行|业协会…分行 is no branch of 南岭银行股份有限公司
    trade = "南岭银行股份有限公司与南岭银行业协会联合举办活动。南岭银行业协会城关分行派员参加。"
    assert not any(r == "subOrganizationOf" and t == "南岭银行股份有限公司" for _, r, t in stated_facts(trade))
    branch = "南岭农村商业银行股份有限公司向区总工会捐款。南岭农商银行城关支行行长孙海平出席。"
    assert ("南岭农商银行城关支行", "subOrganizationOf", "南岭农村商业银行股份有限公司") in stated_facts(branch)


def test_delegation_teams_of_an_earlier_item_leave_a_contests_entrants_bodies() -> None:
    # 9. 代表队 in another paragraph before the contest's is no sign its entrants are teams
    other = "南岭县代表队去年在全省篮球赛中夺冠。\n南岭市第六届职工技能大赛今天开幕。南岭机床有限公司选手孙海平获得第一名。"
    assert ("南岭机床有限公司", "participatesIn", "南岭市第六届职工技能大赛") in stated_facts(other)
    teams = "南岭市第六届职工技能大赛今天开幕，来自9个县代表队的54名选手参赛。南岭机床有限公司选手孙海平获得第一名。"
    assert ("南岭机床有限公司", "participatesIn", "南岭市第六届职工技能大赛") not in stated_facts(teams)
