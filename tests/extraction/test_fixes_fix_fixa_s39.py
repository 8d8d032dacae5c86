"""Defects a reviewer proved in stop 39's rules (ceremony performers, contest winners, group
leaders, organisers), each on invented sentences. Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_UNVEILING = "本报讯 12月5日，南岭市职工服务中心揭牌仪式在南岭市举行。\n"
_CEREMONY = "南岭市职工服务中心揭牌仪式"


def test_a_name_holding_ceng_is_no_other_time_of_the_act():
    got = facts(_UNVEILING + "市总工会主席曾立新、副市长王海共同为中心揭牌。", "南岭市职工服务中心揭牌")
    assert ("曾立新", "participatesIn", _CEREMONY) in got
    assert ("王海", "participatesIn", _CEREMONY) in got


def test_a_year_inside_an_honour_is_no_other_time_of_the_act():
    got = facts(_UNVEILING + "副市长王海与2025年全国劳动模范李华共同为中心揭牌。", "南岭市职工服务中心揭牌")
    assert ("李华", "participatesIn", _CEREMONY) in got


def test_a_year_opening_the_sentence_is_another_time_of_the_act():
    got = facts(_UNVEILING + "2024年，副市长王海曾为另一中心揭牌。", "南岭市职工服务中心揭牌")
    assert ("王海", "participatesIn", _CEREMONY) not in got


def test_the_body_unveiled_named_fuller_is_the_ceremony_s():
    got = facts("本报讯 12月5日上午，职工服务中心揭牌仪式在南岭县举行。\n副市长王海、县总工会主席李华共同为南岭县总工会职工服务中心揭牌。",
                "职工服务中心揭牌仪式举行")
    assert ("王海", "participatesIn", "职工服务中心揭牌仪式") in got
    assert ("李华", "participatesIn", "职工服务中心揭牌仪式") in got


def test_another_body_unveiled_is_another_act():
    got = facts(_UNVEILING + "副市长王海还为南岭县总工会职工服务站揭牌。", "南岭市职工服务中心揭牌")
    assert ("王海", "participatesIn", _CEREMONY) not in got


def test_leaders_with_a_modifier_perform_the_act():
    for leaders in ("等市领导", "等有关领导"):
        got = facts(_UNVEILING + f"副市长王海、市总工会主席李华{leaders}共同为中心揭牌。", "南岭市职工服务中心揭牌")
        assert ("李华", "participatesIn", _CEREMONY) in got, leaders


def test_a_name_holding_ceng_is_no_earlier_contest():
    got = facts("本报讯 12月5日，由曾立新担任裁判长的南岭市第三届职工技能大赛在市体育馆落幕。南岭集团代表队获得团体一等奖。",
                "南岭市第三届职工技能大赛落幕")
    assert ("南岭集团代表队", "participatesIn", "南岭市第三届职工技能大赛") in got


def test_a_full_date_of_the_reported_day_is_no_other_time_of_a_win():
    got = facts("本报讯 南岭市第三届职工技能大赛在市体育馆落幕。\n\n2026年12月5日，南岭集团代表队获得团体一等奖，选手王海获得个人一等奖。",
                "南岭市第三届职工技能大赛落幕")
    assert ("王海", "participatesIn", "南岭市第三届职工技能大赛") in got


def test_a_full_date_of_another_year_is_another_time_of_a_win():
    got = facts("本报讯 2026年12月5日，南岭市第三届职工技能大赛在市体育馆落幕。\n\n2024年5月1日，选手王海获得个人一等奖。",
                "南岭市第三届职工技能大赛落幕")
    assert ("王海", "participatesIn", "南岭市第三届职工技能大赛") not in got


def test_a_prize_given_by_the_contest_s_organiser_is_won_in_it():
    got = facts("本报讯 12月5日，南岭市总工会主办的南岭市第三届职工技能大赛在市体育馆落幕。选手王海获得南岭市总工会授予的个人一等奖。",
                "南岭市第三届职工技能大赛落幕")
    assert ("王海", "participatesIn", "南岭市第三届职工技能大赛") in got


def test_a_prize_of_another_body_is_not_won_in_the_contest():
    got = facts("本报讯 12月5日，南岭市总工会主办的南岭市第三届职工技能大赛在市体育馆落幕。选手王海获得南岭市住建局授予的个人一等奖。",
                "南岭市第三届职工技能大赛落幕")
    assert ("王海", "participatesIn", "南岭市第三届职工技能大赛") not in got


_DIGEST = ("本报讯 12月5日，南岭市第五届职工运动会在市体育馆开幕。\n\n"
           "{contest}\n\n"
           "南岭集团代表队获得团体一等奖，选手王海获得个人一等奖。")


def test_preparation_in_a_clause_before_is_no_contest_to_come():
    got = facts(_DIGEST.format(contest="经过三个月的精心筹备，南岭县第二届职工技能大赛12月4日在县工人文化宫落幕。"),
                "南岭市第五届职工运动会开幕")
    assert ("南岭集团代表队", "participatesIn", "南岭县第二届职工技能大赛") in got
    assert ("南岭集团代表队", "participatesIn", "南岭市第五届职工运动会") not in got


def test_a_contest_to_come_is_not_won_in():
    got = facts("本报讯 12月5日，南岭市第五届职工运动会在市体育馆开幕。\n\n各队正在备战明年的南岭县第三届职工技能大赛。"
                "南岭集团代表队获得团体一等奖。", "南岭市第五届职工运动会开幕")
    assert ("南岭集团代表队", "participatesIn", "南岭县第三届职工技能大赛") not in got


def test_a_contest_closed_on_a_date_is_the_one_won_in():
    got = facts(_DIGEST.format(contest="南岭县第二届职工技能大赛于12月4日在县工人文化宫落幕。"), "南岭市第五届职工运动会开幕")
    assert ("南岭集团代表队", "participatesIn", "南岭县第二届职工技能大赛") in got
    assert ("南岭集团代表队", "participatesIn", "南岭市第五届职工运动会") not in got


_VISIT = "本报讯 12月5日，南岭市总工会开展“冬送温暖”慰问活动。"


def test_leading_a_team_or_a_delegation_to_the_activity():
    got = facts(_VISIT + "市总工会副主席李华带队参加活动。南岭区总工会主席王海率团参加活动。",
                "南岭市总工会开展“冬送温暖”慰问活动")
    assert ("李华", "participatesIn", "冬送温暖慰问活动") in got
    assert ("王海", "participatesIn", "冬送温暖慰问活动") in got


def test_leading_a_check_is_not_leading_a_party_to_the_activity():
    got = facts(_VISIT + "市总工会副主席李华带队检查安全生产。", "南岭市总工会开展“冬送温暖”慰问活动")
    assert ("李华", "participatesIn", "冬送温暖慰问活动") not in got


def test_an_organiser_after_a_guiding_body():
    got = facts("本报讯 12月5日，南岭市第三届职工技能大赛开幕。本次大赛由南岭市总工会主办，南岭市人社局指导，"
                "南岭钢铁集团有限公司承办。", "南岭市第三届职工技能大赛开幕")
    assert ("南岭钢铁集团有限公司", "organizes", "南岭市第三届职工技能大赛") in got
    assert ("南岭市总工会", "organizes", "南岭市第三届职工技能大赛") in got


_CONGRESS = "12月1日，青川市总工会第五次代表大会在青川市工人文化宫开幕。\n\n"
_CONGRESS_EV = "青川市总工会第五次代表大会"


def test_a_column_label_of_a_verb_or_a_number_opens_no_brief():
    for tag in ("走进社区", "一线工厂"):
        got = facts(_CONGRESS + f"【{tag}】会议期间，来自基层的代表们踊跃建言。青川县总工会主席王海出席。",
                    "青川市总工会第五次代表大会开幕")
        assert ("王海", "participatesIn", _CONGRESS_EV) in got, tag


def test_a_place_tag_still_opens_a_brief():
    got = facts(_CONGRESS + "【青山县】12月2日，青山县总工会召开职工座谈会。青山县总工会主席王海出席。",
                "青川市总工会第五次代表大会开幕")
    assert ("王海", "participatesIn", _CONGRESS_EV) not in got


def _entities(body: str, title: str) -> set[tuple[str, str]]:
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article

    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return {(m.type, m.name) for m in art.mentions}


def test_a_place_opening_a_subject_of_people_is_no_event_name():
    got = _entities("12月5日，南岭集团焊工技能比武在南岭集团实训基地举行。南岭市人大代表现场观摩比武。", "南岭集团举行焊工技能比武")
    assert not any(t == "Event" and n.startswith("南岭市人大代表") for t, n in got)


def test_a_place_and_an_edition_still_name_the_event():
    got = _entities("12月5日，宝鸡市首届班组长现场观摩比武在宝鸡集团举行。", "宝鸡市首届班组长现场观摩比武举行")
    assert ("Event", "宝鸡市首届班组长现场观摩比武") in got


_DATED_VISIT = "本报讯 2026年12月5日，南岭市总工会开展“冬送温暖”慰问活动。\n\n"


def test_leading_a_group_in_a_year_before_the_article_s():
    got = facts(_DATED_VISIT + "据悉，2025年12月，市总工会副主席李华率队参加活动。", "南岭市总工会开展“冬送温暖”慰问活动")
    assert ("李华", "participatesIn", "冬送温暖慰问活动") not in got


def test_leading_a_group_in_the_article_s_year():
    got = facts(_DATED_VISIT + "2026年12月6日，市总工会副主席李华率队参加活动。", "南岭市总工会开展“冬送温暖”慰问活动")
    assert ("李华", "participatesIn", "冬送温暖慰问活动") in got
