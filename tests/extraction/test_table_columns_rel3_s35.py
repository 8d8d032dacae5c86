"""A table's column of places beside its column of bodies (stop 35, rel3); invented tables."""

from __future__ import annotations

from stated import stated_facts


def placed(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body) if r == "locatedIn"}


TABLE = ("决定命名以下单位为示范点。\n\n| 序号 | 单位名称 | 所属县区 |\n|---|---|---|\n"
         "| 1 | 南岭精密机床有限公司工会 | 北湖区 |\n| 2 | 宏泰公交运输有限公司工会 | 西塘县 |\n"
         "| 3 | 青山纺织有限公司工会 | 北湖区 |\n\n希望受命名单位发挥示范作用。")


def test_each_row_places_its_body() -> None:
    facts = placed(TABLE)
    assert ("南岭精密机床有限公司工会", "北湖区") in facts
    assert ("宏泰公交运输有限公司工会", "西塘县") in facts
    assert ("青山纺织有限公司工会", "北湖区") in facts


def test_other_headers_for_the_columns() -> None:
    table = ("名单如下：\n\n| 企业名称 | 所在地 | 人数 |\n| --- | --- | --- |\n"
             "| 宏泰公交运输有限公司 | 西塘县 | 30 |\n\n特此通知。")
    assert ("宏泰公交运输有限公司", "西塘县") in placed(table)


def test_a_column_of_venues_is_no_place_of_the_body() -> None:
    # 比赛地点: where a contest is held, not where the body is
    table = ("赛程如下：\n\n| 承办单位 | 比赛地点 |\n|---|---|\n"
             "| 宏泰公交运输有限公司工会 | 西塘县 |\n\n请各单位做好准备。")
    assert ("宏泰公交运输有限公司工会", "西塘县") not in placed(table)


def test_a_cell_with_more_than_the_name() -> None:
    table = ("名单如下：\n\n| 单位名称 | 所属县区 |\n|---|---|\n"
             "| 宏泰公交运输有限公司工会（筹） | 西塘县、北湖区 |\n\n特此通知。")
    assert not any(h.startswith("宏泰") and t in ("西塘县", "北湖区") for h, t in placed(table))


def test_a_line_of_bars_with_no_header() -> None:
    text = "名单如下：\n\n| 宏泰公交运输有限公司工会 | 西塘县 |\n\n特此通知。"
    assert ("宏泰公交运输有限公司工会", "西塘县") not in placed(text)


def test_rows_joined_on_one_line() -> None:
    # a page's reader joins the lines of a paragraph: the rows meet at ||
    joined = ("决定命名以下单位为示范点。\n| 序号 | 单位名称 | 所属县区 ||---|---|---|"
              "| 1 | 南岭精密机床有限公司工会 | 北湖区 || 2 | 宏泰公交运输有限公司工会 | 西塘县 |\n希望受命名单位发挥示范作用。")
    facts = placed(joined)
    assert ("南岭精密机床有限公司工会", "北湖区") in facts
    assert ("宏泰公交运输有限公司工会", "西塘县") in facts
    assert ("南岭精密机床有限公司工会", "西塘县") not in facts
