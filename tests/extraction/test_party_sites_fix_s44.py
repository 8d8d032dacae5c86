"""Fixes to the sites an inspection or audit party goes to (invented lines): a visit only planned, a
going clause with a subject of its own, a group of another body, an event of another time, the
report back after the work, union bodies only for inspection and audit groups."""

from tests.stated import stated_facts

_INSPECTION = "本报讯 3月10日，宁乡县总工会开展2027年度劳动保障专项检查。"
_EVENT = "2027年度劳动保障专项检查"


def _held(body: str) -> set[tuple[str, str, str]]:
    return {f for f in stated_facts(body) if f[1] == "heldAt"}


def _sites(body: str, event: str = _EVENT) -> set[str]:
    return {f[2] for f in _held(body) if f[0] == event}


def test_a_planned_visit_is_no_site():
    assert not _held(_INSPECTION + "检查组计划在本月底前，先后走进宁丰食品有限公司、沩水纺织有限公司等20家企业。")
    assert not _held(_INSPECTION + "检查组将由县总工会、县人社局有关人员组成，先后来到宁丰食品有限公司和沩水纺织有限公司。")


def test_another_subject_between_breaks_the_carry():
    assert not _held(_INSPECTION + "检查组反馈检查意见后，宁丰食品有限公司高度重视，随后来到沩水纺织有限公司学习整改经验。")
    assert not _held(_INSPECTION + "检查组提出的整改意见，县人社局高度重视，先后来到宁丰食品有限公司和沩水纺织有限公司督促落实。")


def test_the_group_still_goes_after_a_clause_of_its_own():
    sites = _sites(_INSPECTION + "检查组由县总工会有关人员组成，查阅了工资台账，先后来到宁丰食品有限公司和沩水纺织有限公司。")
    assert {"宁丰食品有限公司", "沩水纺织有限公司"} <= sites


def test_a_group_made_of_another_body_is_not_the_events():
    assert not _held(_INSPECTION + "检查组由省人社厅有关人员组成，先后来到宁丰食品有限公司和沩水纺织有限公司。")


def test_two_inspections_the_visits_go_to_the_nearest():
    body = _INSPECTION + "同日，县应急管理局开展安全生产专项检查。检查组由县应急管理局有关人员组成，先后来到沩水纺织有限公司和宁丰食品有限公司。"
    assert not _sites(body)


def test_no_audit_of_another_year_for_the_opening_meeting():
    body = ("本报讯 3月10日，2027年度基层工会经费收支专项审计进点会在宁乡县总工会召开。会议通报了2026年度基层工会经费收支专项审计的情况。"
            "审计组由县总工会经审会委员组成，先后来到大成桥镇总工会和宁丰食品有限公司工会。")
    assert not _sites(body, "2026年度基层工会经费收支专项审计")
    body = ("本报讯 3月10日，宁乡县总工会召开2027年工会经费审计工作会。会议回顾了2026年度基层工会经费收支专项审计。"
            "审计组由县总工会经审会委员组成，先后来到大成桥镇总工会和宁丰食品有限公司工会。")
    assert not _sites(body, "2026年度基层工会经费收支专项审计")


def test_no_activity_named_before_when_the_main_event_is_not_its_meeting():
    body = ("本报讯 6月1日，宁乡县总工会举行2027年安全生产月启动仪式。去年，县总工会开展了2026年度劳动保障专项检查。"
            "检查组先后来到宁丰食品有限公司和沩水纺织有限公司。")
    assert not _sites(body, "2026年度劳动保障专项检查")


def test_the_report_back_is_no_site():
    audit = "本报讯 3月10日，宁乡县总工会经审会开展2027年度基层工会经费收支专项审计。"
    event = "2027年度基层工会经费收支专项审计"
    assert not _sites(audit + "审计组完成现场审计，并一行来到宁乡县总工会汇报审计情况。", event)
    assert not _sites(audit + "审计组由县总工会经审会委员组成，现场审计完成后，并一行来到宁乡县总工会汇报审计情况。", event)


def test_union_bodies_are_sites_of_inspection_and_audit_groups_only():
    body = ("本报讯 1月20日，宁乡县总工会开展2027年“送温暖”慰问活动。慰问团由县总工会领导带队，先后来到大成桥镇总工会和"
            "金洲镇总工会，看望困难职工。")
    assert not {f for f in _held(body) if f[2] in ("大成桥镇总工会", "金洲镇总工会")}
    body = "本报讯 1月20日，宁乡县总工会开展2027年“送温暖”慰问活动。慰问组先后来到宁丰食品有限公司工会，看望困难职工。"
    assert not {f for f in _held(body) if f[2] == "宁丰食品有限公司工会"}
