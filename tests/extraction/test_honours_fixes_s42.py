"""Fixes of the honours review (stop 42): an honour (获评“…”, 被评为“…”) is won in the contest or
ceremony reported only in the body, near the event or pointing at it, in the event's year, never at
another time (截至, 以来, 上届, 上一批次, 年底) nor in a sentence about a body or a person; a contest
only launched confers nothing yet (sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_CONTEST = "12月5日，南湖机械有限公司第二届钳工技能比武在南湖厂区举行。来自公司各车间的16个班组参赛。"
_PLAQUES = "12月5日，南湖市总工会在南湖市工人文化宫举行2026年职工书屋示范点授牌仪式。"


def _takes_part(found, head):
    return any(h == head and r == "participatesIn" for h, r, _ in found)


def test_an_honour_of_another_year_in_a_contest_only_launched():
    found = facts("12月5日，2027年南湖市重点工程建设劳动竞赛在南湖启动。"
                  "城东区项目部、滨江县项目部等8个单位获评“2026年度优胜单位”。")
    assert not _takes_part(found, "城东区项目部")
    assert not _takes_part(found, "滨江县项目部")


def test_an_honour_of_another_year_in_a_contest_held():
    found = facts("12月5日，2026年南湖市重点工程建设劳动竞赛总结在南湖举行。"
                  "城东区项目部、滨江县项目部等8个单位获评“2025年度优胜单位”。")
    assert not _takes_part(found, "城东区项目部")


def test_people_honoured_in_a_sentence_about_the_company():
    found = facts(_CONTEST + "该公司高度重视技能人才培养，钳工赵立新被评为“全国技术能手”，车工孙晓梅获评“南湖工匠”。")
    assert not _takes_part(found, "赵立新")
    assert not _takes_part(found, "孙晓梅")


def test_a_person_honoured_in_the_contest_it_points_at():
    found = facts(_CONTEST + "经过激烈角逐，钳工赵立新被评为“钳工技术能手”。")
    assert ("赵立新", "participatesIn", "南湖机械有限公司第二届钳工技能比武") in found


def test_honours_up_to_now_or_since():
    found = facts(_PLAQUES + "截至目前，城东纺织有限公司等80家单位获评“职工书屋”示范点。")
    assert not _takes_part(found, "城东纺织有限公司")
    found = facts(_PLAQUES + "城东纺织有限公司获评“全国模范职工之家”以来，持续关爱职工。")
    assert not _takes_part(found, "城东纺织有限公司")


def test_honours_of_another_edition_or_batch():
    found = facts(_CONTEST + "上届比武中，装配车间钳工班获评“金牌班组”。")
    assert not _takes_part(found, "装配车间钳工班")
    found = facts(_CONTEST + "年底，装配车间钳工班等5个班组获评“安全生产先进班组”。")
    assert not _takes_part(found, "装配车间钳工班")
    found = facts(_PLAQUES + "上一批次，城东纺织有限公司等6家单位获授“职工书屋”示范点。")
    assert not _takes_part(found, "城东纺织有限公司")


def test_an_honour_announced_in_another_paragraph():
    found = facts(_CONTEST + "\n另讯　南湖市总工会日前发文，城东纺织有限公司工会等5个单位获评“模范职工之家”。")
    assert not _takes_part(found, "城东纺织有限公司工会")


def test_an_honour_in_the_headline():
    found = facts(_CONTEST + "总装车间甲班获得团体第一名。", title="装配车间钳工班获评“全国工人先锋号”")
    assert not _takes_part(found, "装配车间钳工班")


def test_bodies_honoured_at_the_ceremony_still_take_part():
    found = facts(_PLAQUES + "城东纺织有限公司、滨江县人民医院等10家单位获授“职工书屋”示范点。")
    assert ("城东纺织有限公司", "participatesIn", "2026年职工书屋示范点授牌仪式") in found
