"""A body founded 以…命名 (named for someone) by the body before (stop 35, rel3); invented sentences."""

from __future__ import annotations

from stated import stated_facts


def founded(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body) if r == "founded"}


def test_named_for_a_person_then_founded() -> None:
    body = "巴图是炼铁厂炉长。2021年，南岭钢铁集团有限公司工会以他的名字命名成立了巴图劳模创新工作室。"
    assert ("南岭钢铁集团有限公司工会", "巴图劳模创新工作室") in founded(body)


def test_named_for_a_name_then_set_up() -> None:
    body = "去年，海河机床厂工会以厂名命名设立了海河机床劳模创新工作室。"
    assert ("海河机床厂工会", "海河机床劳模创新工作室") in founded(body)


def test_naming_alone_founds_nothing() -> None:
    body = "南岭钢铁集团有限公司工会以巴图的名字命名了一个班组，还看望了巴图劳模创新工作室。"
    assert not founded(body)


def test_naming_then_another_verb_founds_nothing() -> None:
    body = "南岭钢铁集团有限公司工会以巴图的名字命名表彰了巴图劳模创新工作室。"
    assert not founded(body)
