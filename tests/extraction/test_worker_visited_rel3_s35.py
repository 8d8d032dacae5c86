"""The worker visited at a company one went to works there (stop 35, rel3); invented sentences."""

from __future__ import annotations

from stated import stated_facts


def works_for(body: str, who: str) -> set[str]:
    return {t for h, r, t in stated_facts(body) if r == "worksFor" and h == who}


def test_ill_worker_visited() -> None:
    body = "仪式结束后，罗晓明一行来到南岭长虹电子有限公司，看望慰问了患重病的职工何德立。"
    assert "南岭长虹电子有限公司" in works_for(body, "何德立")


def test_needy_worker_visited() -> None:
    body = "随后，慰问组走进海河机床有限公司，看望了困难职工赵立强。"
    assert "海河机床有限公司" in works_for(body, "赵立强")


def test_someone_else_visited() -> None:
    body = "随后，慰问组走进海河机床有限公司，看望了在此采访的记者赵立强。"
    assert "海河机床有限公司" not in works_for(body, "赵立强")


def test_a_company_left_from() -> None:
    body = "随后，慰问组从海河机床有限公司出发，看望了职工赵立强。"
    assert "海河机床有限公司" not in works_for(body, "赵立强")
