"""Stop 37, review B: defects D1-D11 of this stop's new rules, each on the reviewer's invented
sentence and one more variant (names invented)."""

from __future__ import annotations

import pytest
from stated import stated_facts as facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def _entities(body: str) -> set[tuple[str, str]]:
    art = _article(body)
    return {(m.type, m.key) for m in art.mentions}


def _parts(body: str, who: str) -> set[str]:
    return {t for h, r, t in facts(body) if h == who and r == "participatesIn"}


# --- D6: a given name ending in 均 or 会 is whole (after_name_words.txt) ------------------------

def test_a_given_name_ending_in_jun_is_whole():
    persons = {k for t, k in _entities("王立均也获得了表彰。") if t == "Person"}
    assert "王立均" in persons and "王立" not in persons


def test_a_given_name_ending_in_jun_written_twice_is_whole():
    persons = {k for t, k in _entities("李明均在比赛中获得一等奖，李明均也表示很高兴。") if t == "Person"}
    assert "李明均" in persons and "李明" not in persons


def test_a_given_name_ending_in_hui_is_whole():
    persons = {k for t, k in _entities("赵立会也获得了表彰。") if t == "Person"}
    assert "赵立" not in persons


# --- D5: a 集团所属 list ends before a partner of another kind -----------------------------------

def test_a_federation_after_he_is_no_unit_of_the_group():
    body = "海河钢铁集团有限公司举办技能大赛。集团所属海河焊材有限公司、海河物流有限公司和南岭区总工会联合承办了比赛。"
    got = facts(body)
    assert ("海河焊材有限公司", "subOrganizationOf", "海河钢铁集团有限公司") in got
    assert ("海河物流有限公司", "subOrganizationOf", "海河钢铁集团有限公司") in got
    assert ("南岭区总工会", "subOrganizationOf", "海河钢铁集团有限公司") not in got


def test_a_university_partner_is_no_unit_of_the_group():
    body = "海河钢铁集团有限公司召开职代会。集团所属海河焊材有限公司和海河大学签订了校企合作协议。"
    got = facts(body)
    assert ("海河焊材有限公司", "subOrganizationOf", "海河钢铁集团有限公司") in got
    assert ("海河大学", "subOrganizationOf", "海河钢铁集团有限公司") not in got


# --- D2/D3: a negated or another time's 参加…的 says no attendance (attendee-said-by-modifier) ---

_COURSE = "2026年海河市工会干部培训班在南岭区开班。"


def test_one_who_could_not_attend_takes_no_part():
    assert not _parts(_COURSE + "因病未能参加培训的海河精密机械有限公司焊工钱立新将参加下一期。", "钱立新")


def test_one_who_did_not_attend_takes_no_part():
    assert not _parts(_COURSE + "没有参加培训的海河精密机械有限公司焊工钱立新表示遗憾。", "钱立新")


def test_one_who_attended_last_year_takes_no_part():
    body = "2026年海河市职工培训班在南岭区开班。去年参加培训的海河精密机械有限公司焊工钱立新说，今年他是讲师。"
    assert not _parts(body, "钱立新")


def test_one_who_once_attended_takes_no_part():
    assert not _parts(_COURSE + "曾参加培训的海河精密机械有限公司焊工钱立新说，收获很大。", "钱立新")


def test_one_who_attends_this_one_still_takes_part():
    assert "2026年海河市工会干部培训班" in _parts(
        _COURSE + "参加培训的海河精密机械有限公司焊工钱立新说，收获很大。", "钱立新")


# --- D4: a team sharing a word with the event, with nothing said of its taking part -------------

def test_a_team_whose_coach_referees_takes_no_part():
    body = "11月8日，2026年海河市职工篮球赛在南岭区体育馆开幕。海河市篮球队主教练钱立新担任本次比赛裁判长。"
    got = facts(body)
    assert ("海河市篮球队", "participatesIn", "2026年海河市职工篮球赛") not in got
    assert ("钱立新", "participatesIn", "2026年海河市职工篮球赛") not in got


def test_the_head_of_a_team_who_could_not_come_takes_no_part():
    body = "11月8日，海河市总工会开展2026年海河市劳模宣讲活动。东湖市宣讲团团长、东湖市总工会副主席钱立新因故未能到场。"
    assert not _parts(body, "钱立新")
    assert not _parts(body, "东湖市宣讲团")


# --- D1: a listed person's event is the intro paragraph's, not an earlier line's note ------------

def test_a_later_visited_line_takes_the_campaign_not_an_earlier_note():
    body = ("海河市总工会启动2027年元旦春节送温暖活动。部分走访对象如下：\n"
            "南岭区　钱秀英（海河精密机械有限公司装配工，曾参加2025年海河市职工运动会）\n"
            "东湖县　孙立军（东湖县永安纺织有限公司挡车工）\n")
    got = _parts(body, "孙立军")
    assert "2027年元旦春节送温暖活动" in got
    assert not any("运动会" in t for t in got)


def test_a_later_commended_line_takes_the_activity_not_an_earlier_award():
    body = ("2026年，市总工会开展2026年书香职工读书活动。决定对以下个人予以通报表扬：\n"
            "钱晓梅（海河光电科技有限公司，获2026年全国职工技能大赛一等奖）\n"
            "孙立军（东湖县永安纺织有限公司）\n")
    got = _parts(body, "孙立军")
    assert not any("技能大赛" in t for t in got)


# --- D7: a student's school is no employer (person-paren-org-list) -------------------------------

def test_students_listed_with_their_university_work_for_none():
    body = "获奖学生名单：张晓明（海河大学）、李雨桐（南岭职业技术学院）、王子涵（东湖师范学院）。"
    assert not any(r == "worksFor" for _, r, _ in facts(body))


def test_aided_students_listed_with_their_college_work_for_none():
    body = "今年“金秋助学”活动资助的学生中，有张晓明（海河大学）、李雨桐（南岭职业技术学院）等人。"
    assert not any(r == "worksFor" for _, r, _ in facts(body))


# --- D8: a contact line under a visited list is no visited person --------------------------------

def test_a_contact_line_ends_a_visited_list():
    body = ("海河市总工会启动2027年元旦春节送温暖活动。部分走访对象如下：\n"
            "南岭区　钱秀英（海河精密机械有限公司装配工，丈夫长期患病）\n\n联系人：赵立新（海河市总工会权益保障部）\n")
    assert "2027年元旦春节送温暖活动" in _parts(body, "钱秀英")
    assert not _parts(body, "赵立新")


def test_a_reporter_line_ends_a_visited_list():
    body = ("海河市总工会启动2027年元旦春节送温暖活动。部分走访对象如下：\n"
            "南岭区　钱秀英（海河精密机械有限公司装配工，丈夫长期患病）\n\n责任编辑：周立群（海河日报社）\n")
    assert not _parts(body, "周立群")


# --- D9: a person speaking after a planned event, or at another time, takes no part --------------

def test_a_speaker_after_a_planned_event_takes_no_part():
    body = "南岭区总工会计划明年举办“书香暖冬”读书分享会，钱立新讲话时透露了这一消息。"
    assert not _parts(body, "钱立新")


def test_a_speaker_after_an_event_to_be_held_takes_no_part():
    body = "南岭区总工会拟在区职工书屋举办“书香暖冬”读书分享会，海河万和食品有限公司职工代表钱立新作了发言。"
    assert not _parts(body, "钱立新")


# --- D10: a volunteer 服务大队 after a 局 is a ServiceTeam ----------------------------------------

def test_a_volunteer_team_of_a_bureau_is_a_service_team():
    ents = _entities("海河供电局青年志愿者服务大队在南岭区开展义诊活动。")
    assert ("ServiceTeam", "海河供电局青年志愿者服务大队") in ents


def test_a_volunteer_team_of_an_education_bureau_is_a_service_team():
    ents = _entities("南岭区教育局青年志愿者服务大队走进社区。")
    assert ("ServiceTeam", "南岭区教育局青年志愿者服务大队") in ents


def test_an_enforcement_team_of_a_bureau_stays_an_organ():
    ents = _entities("南岭区人力资源和社会保障局劳动保障监察大队到工地检查。")
    assert ("Organization", "南岭区人力资源和社会保障局劳动保障监察大队") in ents


def test_a_list_line_opening_with_its_place_and_a_colon_stays_in_the_list():
    body = ("海河市总工会启动2027年元旦春节送温暖活动。部分走访对象如下：\n"
            "南岭区：钱秀英（海河精密机械有限公司装配工，丈夫长期患病）\n")
    assert "2027年元旦春节送温暖活动" in _parts(body, "钱秀英")


def test_staff_listed_with_their_university_still_work_there():
    body = "三、“阅读之星”\n钱晓梅（海河大学）、孙立军（南岭职业技术学院）"
    got = facts(body)
    assert ("钱晓梅", "worksFor", "海河大学") in got
    assert ("孙立军", "worksFor", "南岭职业技术学院") in got


def test_a_speaker_after_a_held_event_still_takes_part():
    body = "12月23日，南岭区总工会在区职工书屋举办“书香暖冬”读书分享会，海河万和食品有限公司职工代表钱立新作了发言。"
    assert any("读书分享会" in t for t in _parts(body, "钱立新"))
