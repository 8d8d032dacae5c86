"""The sites an inspection or an audit party goes to (invented lines): the party named as the
sentence's subject goes on in a clause with no subject of its own, and the activity is held at each
site, a union body too; not when another subject goes there."""

from tests.stated import stated_facts

_AUDIT = "本报讯 3月10日，宁乡县总工会开展2027年度基层工会经费收支专项审计。"
_EVENT = "2027年度基层工会经费收支专项审计"


def _held(body: str) -> set[tuple[str, str, str]]:
    return {f for f in stated_facts(body) if f[1] == "heldAt"}


def test_the_subject_party_goes_on_to_each_site():
    facts = _held(_AUDIT + "审计组由县总工会经审会委员和会计师组成，先后走进宁丰食品有限公司、宁乡县大成桥镇总工会等12家单位，核查经费使用情况。")
    assert (_EVENT, "heldAt", "宁丰食品有限公司") in facts
    assert (_EVENT, "heldAt", "大成桥镇总工会") in facts


def test_a_led_inspection_group_goes_on():
    facts = _held("本报讯 3月10日，宁乡县总工会开展2027年度劳动保障专项检查。检查组组长、县总工会副主席刘明带队，"
                  "先后来到宁丰食品有限公司和沩水纺织有限公司，查阅工资台账。")
    assert ("2027年度劳动保障专项检查", "heldAt", "沩水纺织有限公司") in facts


def test_the_party_goes_for_the_audit_not_its_opening_meeting():
    facts = _held("本报讯 3月10日，2027年度基层工会经费收支专项审计进点会在宁乡县总工会召开，宁乡县总工会经审会开展"
                  "2027年度基层工会经费收支专项审计。审计期间，审计组查阅了凭证800余份，并一行来到大成桥镇总工会和"
                  "宁丰食品有限公司工会，抽查会费收缴情况。")
    assert (_EVENT, "heldAt", "大成桥镇总工会") in facts
    assert (_EVENT, "heldAt", "宁丰食品有限公司工会") in facts
    assert (_EVENT + "进点会", "heldAt", "大成桥镇总工会") not in facts


def test_no_site_when_another_subject_goes():
    assert not _held(_AUDIT + "县总工会领导由副主席刘明带队，先后走进宁丰食品有限公司、大成桥镇总工会等12家单位，核查经费使用情况。")
