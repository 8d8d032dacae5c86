"""Participants named in structural places (stop 44): the bodies whose staff make up an inspection
team (检查组由A、B、C抽调人员组成), not the organiser opening the activity; a body sending
professionals to it (派出2名注册会计师参与审计); the rows of a table of people under an event: each
column of people (师傅 | 徒弟), each name of a cell listing several, a line saying they received it on
the spot (现场领取了补助金：). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_CHECK = "近日，青河市总工会开展2026年度职工权益保障专项检查。"
_CHECK_EVENT = "2026年度职工权益保障专项检查"


def _takes_part(got: set[tuple[str, str, str]], head: str) -> bool:
    return any(h == head and r == "participatesIn" for h, r, _ in got)


def test_bodies_whose_staff_make_up_the_team_take_part():
    got = facts(_CHECK + "检查组由市总工会、青河市司法局（以下简称“市司法局”）、青河市妇女联合会抽调人员组成，"
                "先后来到青河织造有限公司等6家企业。")
    assert ("青河市妇女联合会", "participatesIn", _CHECK_EVENT) in got
    assert ("青河市司法局", "participatesIn", _CHECK_EVENT) in got


def test_the_organiser_on_its_own_team_is_no_guest():
    got = facts(_CHECK + "检查组由市总工会、青河市司法局（以下简称“市司法局”）、青河市妇女联合会抽调人员组成，"
                "先后来到青河织造有限公司等6家企业。")
    assert not _takes_part(got, "青河市总工会")
    assert not _takes_part(got, "青河织造有限公司")


def test_organisers_listed_before_the_activity_are_no_guests_of_their_team():
    got = facts("3日，由青河市总工会、青河市司法局联合开展的2026年度职工权益保障专项检查启动。"
                "检查组由青河市总工会、青河市司法局、青河市妇女联合会工作人员组成。")
    assert ("青河市妇女联合会", "participatesIn", _CHECK_EVENT) in got
    assert not _takes_part(got, "青河市总工会") and not _takes_part(got, "青河市司法局")


def test_a_body_sending_professionals_takes_part():
    got = facts("近日，青河市总工会组织开展2026年度基层工会经费收支专项审计。"
                "审计组由市总工会经审会主任林海平带队，弘信达会计师事务所有限公司派出2名注册会计师参与审计。")
    assert ("弘信达会计师事务所有限公司", "participatesIn", "2026年度基层工会经费收支专项审计") in got


_PAIRS = ("12月9日，青河市2026年“名匠带徒”结对签约仪式在青河织造有限公司举行。\n\n部分结对名单：\n\n"
          "| 师傅 | 单位 | 徒弟 |\n|---|---|---|\n"
          "| 林海平 | 青河织造有限公司 | 苏子晴、康明远 |\n| 闵德川 | 青河水务有限公司 | 卓雨桐 |\n")


def test_each_column_and_each_name_of_a_table_of_pairs_takes_part():
    got = facts(_PAIRS)
    event = "青河市2026年名匠带徒结对签约仪式"
    for name in ("林海平", "苏子晴", "康明远", "闵德川", "卓雨桐"):
        assert (name, "participatesIn", event) in got


def test_the_workplace_column_is_the_masters_only():
    got = facts(_PAIRS)
    assert ("林海平", "worksFor", "青河织造有限公司") in got
    assert not any(h in ("苏子晴", "康明远", "卓雨桐") and r == "worksFor" for h, r, _ in got)


_PAYOUT = ("12月9日，青河市总工会在青河市职工服务中心举行2026年度职工互助保障给付仪式。\n\n"
           "仪式上，3名职工代表现场领取了补助金：\n\n"
           "| 姓名 | 单位 | 金额（元） |\n|---|---|---|\n"
           "| 苏子晴 | 青河织造有限公司 | 12000 |\n| 卓雨桐 | 青河水务有限公司 | 8000 |\n")


def test_a_table_of_those_receiving_on_the_spot_takes_part():
    got = facts(_PAYOUT)
    assert ("苏子晴", "participatesIn", "2026年度职工互助保障给付仪式") in got
    assert ("卓雨桐", "participatesIn", "2026年度职工互助保障给付仪式") in got


def test_a_table_of_contacts_takes_no_part():
    got = facts("12月9日，青河市总工会在青河市职工服务中心举行2026年度职工互助保障给付仪式。\n\n"
                "各县区联系人名单：\n\n| 姓名 | 单位 | 电话 |\n|---|---|---|\n"
                "| 苏子晴 | 青河织造有限公司 | 12345678 |\n")
    assert not _takes_part(got, "苏子晴")
