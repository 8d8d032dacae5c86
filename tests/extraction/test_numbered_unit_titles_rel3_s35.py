"""A title that names a numbered unit first (4号高炉炉长) is a title (stop 35, rel3); invented sentences."""

from __future__ import annotations

from stated import stated_facts

from uniongraph.extraction.relations.context import only_titles


def works_for(body: str, who: str) -> set[str]:
    return {t for h, r, t in stated_facts(body) if r == "worksFor" and h == who}


def test_numbered_units_before_a_post() -> None:
    assert only_titles("4号高炉炉长")
    assert only_titles("3号机组机长")
    assert only_titles("二号井队长")


def test_a_number_alone_is_no_title() -> None:
    assert not only_titles("5号")
    assert not only_titles("12号")
    assert not only_titles("3号楼")


def test_person_is_the_numbered_units_head() -> None:
    body = "今年52岁的巴特尔是南岭钢铁集团有限公司炼铁厂4号高炉炉长。"
    assert "南岭钢铁集团有限公司炼铁厂" in works_for(body, "巴特尔")


def test_numbered_unit_before_the_name() -> None:
    body = "南岭热电有限公司3号机组机长王立强说，今年发电量创新高。"
    assert "南岭热电有限公司" in works_for(body, "王立强")


def test_a_room_number_is_no_post() -> None:
    body = "南岭热电有限公司3号楼王立强家里来了客人。"
    assert "南岭热电有限公司" not in works_for(body, "王立强")
