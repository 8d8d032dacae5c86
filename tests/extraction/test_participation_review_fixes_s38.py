"""Review s38d's defects in part-s38's participation rules, each with sentences written for the
test (names invented): negated or incident 到场, ceremonies named as events of their own, winners
only right after the name, team entrants with negation and service teams, result labels, aided
students' schools, other ceremonies, signatories' past time and 分别, briefs that name no event."""

from __future__ import annotations

from stated import stated_facts as facts

# 1. a bare 到场: negated, to an incident, or at an earlier event
_MIXER = "12月6日，由青石市总工会主办的“青春有约”青石市青年职工交友联谊活动在青石市职工之家举行。"


def _attends(found, person):
    return any(h == person and r == "participatesIn" for h, r, t in found)


def test_not_arriving_is_no_attendance():
    assert not _attends(facts(_MIXER + "青石市总工会副主席刘小霞因故未能到场。"), "刘小霞")
    assert not _attends(facts(_MIXER + "原定出席的青石市总工会副主席刘小霞没有到场。"), "刘小霞")


def test_not_arriving_on_a_brief_page():
    found = facts("▲12月5日，青石区总工会举办的第三届职工书法比赛在区文化馆举行。区总工会副主席汪小华未能到场。")
    assert not _attends(found, "汪小华")


def test_arriving_at_an_incident_is_no_attendance():
    assert not _attends(facts(_MIXER + "活动结束后，职工之家附近发生一起交通事故，交警刘小霞及时到场，疏导交通。"), "刘小霞")
    assert not _attends(facts(_MIXER + "一名职工突发疾病，医生刘小霞迅速到场，为其实施急救。"), "刘小霞")


def test_arriving_at_last_years_event_is_not_this_one():
    found = facts(_MIXER + "据了解，去年的联谊活动中，团市委副书记周小奕也曾到场为青年职工送上祝福。")
    assert not _attends(found, "周小奕")


def test_arriving_to_greet_still_attends():
    found = facts(_MIXER + "团市委副书记周小奕到场为青年职工送上祝福。")
    assert _attends(found, "周小奕")


# 2. a ceremony the article named as an event of its own
_CLASS = "12月5日，2026年青石市农民工电工技能提升培训班在青石市职业技术学校开班。\n"


def test_speech_at_a_ceremony_named_as_its_own_event():
    found = facts(_CLASS + "同日，青石市总工会还举行了2026年“金秋助学”活动启动仪式。"
                  "市总工会副主席白玉兰在启动仪式上说，今年将资助100名困难职工子女。")
    assert ("白玉兰", "participatesIn", "2026年青石市农民工电工技能提升培训班") not in found


def test_speech_at_a_ceremony_mentioned_unnamed():
    found = facts(_CLASS + "同日下午，市总工会还举行了职工读书月启动仪式。"
                  "市总工会副主席白玉兰在启动仪式上说，今年将举办20场读书分享会。")
    assert ("白玉兰", "participatesIn", "2026年青石市农民工电工技能提升培训班") not in found


def test_speech_at_the_opening_of_games_reported_closed():
    found = facts("12月5日，青石市第三届职工运动会在市体育中心闭幕。\n市长王大海在开幕式上说，运动会要办出特色。")
    assert ("王大海", "participatesIn", "青石市第三届职工运动会") not in found


def test_speech_at_the_class_opening_still_read():
    found = facts(_CLASS + "市总工会副主席白玉兰在开班仪式上说，学员要珍惜机会。")
    assert ("白玉兰", "participatesIn", "2026年青石市农民工电工技能提升培训班") in found


# 3. a winner: the award right after the name
_CHESS = "12月5日，青石市第三届职工象棋比赛在市职工活动中心"
_CHESS_EVENT = "青石市第三届职工象棋比赛"


def test_speaker_about_winners_is_no_winner():
    found = facts(_CHESS + "落幕，市总工会副主席李红梅说，获得冠军的选手将代表青石市参加省赛。")
    assert ("李红梅", "participatesIn", _CHESS_EVENT) not in found


def test_award_of_another_time_is_no_win_here():
    found = facts(_CHESS + "开幕，市总工会副主席李红梅向王建国表示祝贺，他上月刚获得全国五一劳动奖章。")
    assert ("李红梅", "participatesIn", _CHESS_EVENT) not in found
    found = facts(_CHESS + "开幕，王建国曾在去年的全省比赛中获得冠军。")
    assert ("王建国", "participatesIn", _CHESS_EVENT) not in found
    found = facts(_CHESS + "开幕，上届冠军王建国表示，希望今年再次获得冠军。")
    assert ("王建国", "participatesIn", _CHESS_EVENT) not in found


def test_winner_right_after_the_name_still_read():
    found = facts(_CHESS + "落幕，青石化工厂职工王建国获得冠军。")
    assert ("王建国", "participatesIn", _CHESS_EVENT) in found


# 4. team entrants
_GAMES = "12月5日，青石市第三届职工运动会在市体育中心开幕。\n"
_GAMES_EVENT = "青石市第三届职工运动会"
_CONTEST = "12月5日，青石市第三届职工技能大赛在市职业技术学校开幕。\n"
_CONTEST_EVENT = "青石市第三届职工技能大赛"


def test_team_member_who_did_not_compete():
    assert ("王建国", "participatesIn", _GAMES_EVENT) not in facts(_GAMES + "青石化工厂代表队队员王建国因伤未能参赛。")
    assert ("王建国", "participatesIn", _GAMES_EVENT) not in facts(_GAMES + "青石化工厂代表队队员王建国因病退出比赛。")


def test_service_team_members_do_not_compete():
    found = facts(_CONTEST + "青石市劳模志愿服务队队员王建国、李红梅为参赛选手提供茶水服务。")
    assert ("王建国", "participatesIn", _CONTEST_EVENT) not in found
    assert ("李红梅", "participatesIn", _CONTEST_EVENT) not in found
    found = facts(_CONTEST + "青石化工厂“红马甲”服务队队员王建国在赛场维持秩序。")
    assert ("王建国", "participatesIn", _CONTEST_EVENT) not in found


def test_team_member_in_another_contest_named_in_the_sentence():
    found = facts(_GAMES + "今年9月，青石化工厂代表队队员王建国在2026年全省职工篮球赛中获得亚军。")
    assert ("王建国", "participatesIn", _GAMES_EVENT) not in found


def test_team_member_still_competes():
    found = facts(_GAMES + "青石化工厂代表队队员王建国在男子100米比赛中跑出好成绩。")
    assert ("王建国", "participatesIn", _GAMES_EVENT) in found


# 5. results lines: only a result's label
_RESULTS = "12月5日，青石市第三届职工乒乓球比赛在市体育馆落幕。\n比赛结果如下：\n\n"
_PING = "青石市第三届职工乒乓球比赛"


def test_label_lines_below_results_are_no_results():
    for line, person in (("联系人：青石市总工会宣教部赵小军", "赵小军"), ("裁判长：青石市乒乓球协会周大伟", "周大伟"),
                         ("颁奖嘉宾：青石市总工会副主席孙小梅", "孙小梅"), ("下届承办：青石第二化工厂 王海洋", "王海洋")):
        found = facts(_RESULTS + "男子单打冠军：青石化工厂 王建国\n\n" + line)
        assert (person, "participatesIn", _PING) not in found, line
    found = facts(_RESULTS + "裁判长：青石市乒乓球协会 周大伟")
    assert ("周大伟", "worksFor", "青石市乒乓球协会") in found or not any(
        h == "周大伟" and r == "participatesIn" for h, r, t in found)


def test_result_label_line_still_read():
    found = facts(_RESULTS + "男子单打冠军：青石化工厂 王建国\n\n女子单打第一名：青石纺织厂 李红梅")
    assert ("王建国", "participatesIn", _PING) in found
    assert ("李红梅", "participatesIn", _PING) in found


def test_team_on_a_result_line_is_no_employer():
    found = facts(_RESULTS + "女子单打冠军：青石区代表队 李红梅")
    assert ("李红梅", "worksFor", "青石区代表队") not in found


# 6. column lines with a sum: aided students
def test_aided_students_do_not_work_for_their_school():
    found = facts("12月5日，2026年青石市“金秋助学”资助名单公布。受资助学生如下：\n\n王小明　青石大学　3000元\n\n"
                  "李小红　青石市第一中学　2000元")
    assert ("李小红", "worksFor", "青石市第一中学") not in found
    assert ("王小明", "worksFor", "青石大学") not in found


def test_donors_with_sums_still_work_for_their_unit():
    found = facts("12月5日，青石市总工会“金秋助学”捐款名单公布。捐款人如下：\n\n李红梅　青石市人民医院　500元\n\n"
                  "王建国　青石化工厂　300元")
    assert ("李红梅", "worksFor", "青石市人民医院") in found


# 7. other ceremonies than this event's
_BASKET = "12月5日，青石市第三届职工篮球赛在市体育馆闭幕。"
_BASKET_EVENT = "青石市第三届职工篮球赛"


def test_other_ceremonies_are_not_this_event():
    assert ("王大明", "participatesIn", _BASKET_EVENT) not in facts(_BASKET + "王大明参加过1998年的开幕式。")
    assert ("王大明", "participatesIn", _BASKET_EVENT) not in facts(_BASKET + "王大明参加了另一场启动仪式。")
    assert ("王大明", "participatesIn", _BASKET_EVENT) not in facts(_BASKET + "王大明参加了去年的开幕式。")


# 8. signatories
_SIGNING = "2027年3月5日，青石化工集团2027年集体合同签约仪式在集团总部举行。\n"
_SIGNING_EVENT = "集体合同签约仪式"


def test_signatories_of_an_earlier_contract():
    for opening in ("2018年，时任", "去年，时任"):
        found = facts(_SIGNING + opening + "集团工会主席张文华作为职工方首席代表，时任总经理李建军作为企业方首席代表，"
                      "在集团第一份集体合同上签字。")
        assert ("张文华", "participatesIn", _SIGNING_EVENT) not in found, opening
        assert ("李建军", "participatesIn", _SIGNING_EVENT) not in found, opening


def test_signatories_who_sign_severally():
    found = facts(_SIGNING + "集团工会主席张文华作为职工方首席代表，总经理李建军作为企业方首席代表，分别在协议上签字。")
    assert ("张文华", "participatesIn", _SIGNING_EVENT) in found
    assert ("李建军", "participatesIn", _SIGNING_EVENT) in found


# 9. a brief mark on a line that names no event
def test_caption_line_reads_the_articles_lead():
    found = facts("12月2日，青石区总工会在区职工书屋举办“书香暖冬”读书分享会。\n▲青石区总工会副主席李小霞出席并讲话。")
    assert ("李小霞", "participatesIn", "“书香暖冬”读书分享会") in found or any(
        h == "李小霞" and r == "participatesIn" and "分享会" in t for h, r, t in found)


def test_could_not_take_part_is_no_attendance():
    assert not _attends(facts(_MIXER + "青石市总工会副主席刘小霞因出差没能参加。"), "刘小霞")


def test_arriving_to_witness_still_attends():
    assert _attends(facts(_MIXER + "青石市总工会副主席刘小霞到场见证。"), "刘小霞")


def test_signatories_this_year_still_read():
    found = facts(_SIGNING + "3月5日，集团工会主席张文华作为职工方首席代表，总经理李建军作为企业方首席代表，在合同上签字。")
    assert ("张文华", "participatesIn", _SIGNING_EVENT) in found


def test_attending_this_years_opening_still_read():
    found = facts("12月5日，青石市第三届职工篮球赛在市体育馆开幕。王大明参加了开幕式。")
    assert ("王大明", "participatesIn", _BASKET_EVENT) in found


def test_caption_below_a_page_of_briefs_is_not_tied():
    # a marked line with no lead of its own below another brief: which brief it belongs to is unsaid
    found = facts("▲12月2日，青石区总工会举办读书分享会。\n▲12月3日，青石县总工会举办职工书法展。\n▲区总工会副主席李小霞出席并讲话。")
    assert not any(h == "李小霞" and r == "participatesIn" and "分享会" in t for h, r, t in found)


def test_winner_with_others_named_by_deng_still_read():
    found = facts("12月5日，首届青石市职工创新奖颁奖仪式在市职工活动中心举行，王建国等５名长期从事技术革新的职工喜获该奖。")
    assert any(h == "王建国" and r == "participatesIn" and t.endswith("颁奖仪式") for h, r, t in found)


def test_speech_at_todays_opening_the_report_named_so():
    found = facts("青石市总工会第六次代表大会今天在青石开幕。近千名代表出席了今天的开幕式。\n"
                  "省总工会副主席马小文在今天的开幕式上宣读了贺信。")
    assert any(h == "马小文" and r == "participatesIn" and "代表大会" in t for h, r, t in found)
