"""Bylines of union websites and accounts: a fact line that opens with its bare date, and a slash
credit label with a space for its colon (invented pages)."""

from __future__ import annotations

from uniongraph.reading import read_text


def writers(page: str) -> list[tuple[list[str], list[str]]]:
    return [(a.reporters, a.correspondents) for a in read_text(page, "p.md").articles]


def test_a_date_first_fact_line_gives_its_authors() -> None:
    page = "# 区总工会开展送清凉活动\n\n2026-07-02　来源：青禾区总工会　作者：罗晓岚　闫启明\n\n7月1日，区总工会走访一线职工。\n"
    assert writers(page) == [([], ["罗晓岚", "闫启明"])]
    page = "# 区总工会开展送清凉活动\n\n2026-07-02 09:30　来源：青禾区总工会　作者：罗晓岚\n\n7月1日，区总工会走访一线职工。\n"
    assert writers(page) == [([], ["罗晓岚"])]


def test_a_date_first_fact_line_with_editors_only_gives_no_byline() -> None:
    page = "# 区总工会开展送清凉活动\n\n2026-07-02　来源：青禾区总工会　编辑：罗晓岚\n\n7月1日，区总工会走访一线职工。\n"
    assert writers(page) == [([], [])]


def test_a_slash_label_with_a_space_gives_the_name_after_the_body() -> None:
    page = "# 公司举办职工运动会\n\n文/图 公司工会 罗晓岚\n\n7月1日，公司第五届职工运动会开幕。\n"
    [art] = read_text(page, "p.md").articles
    assert (art.reporters, art.correspondents) == ([], ["罗晓岚"])
    assert "罗晓岚7月1日" not in art.text  # the credit line is a line of its own


def test_a_slash_label_with_a_body_only_gives_no_byline() -> None:
    page = "# 公司举办职工运动会\n\n文/图 青禾区总工会宣传部\n\n7月1日，公司第五届职工运动会开幕。\n"
    assert writers(page) == [([], [])]


def test_a_slash_in_running_text_is_no_credit() -> None:
    page = "# 公司举办职工摄影展\n\n7月1日，公司举办摄影展，展出作品分文/图 两类，罗晓岚等职工参展。\n"
    assert writers(page) == [([], [])]
