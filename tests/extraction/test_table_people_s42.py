"""Tables of people and units (stop 42): the header words of a table's columns come from a lexicon
(table_column_headers.tsv); a cell under a header of people (姓名, 职工姓名, 领衔人) is a person's name
whatever else its characters read as (常州平 is no city 常州); who leads a row's unit (领衔人) works for
the unit and for its body. Tables that name no one give no person. Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

_AID = "12月5日，青河市总工会举行2026年“金秋助学”集中发放仪式。部分受助职工名单如下：\n\n"
_STUDIOS = "青河市总工会决定命名以下3个工作室为2026年度青河市劳模创新工作室。\n\n"


def _persons(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name for m in art.mentions if m.type == "Person"}


def _places(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name for m in art.mentions if m.type == "Place"}


_AID_TABLE = (_AID + "| 职工姓名 | 工作单位 | 子女录取院校 |\n|---|---|---|\n"
              "| 常州平 | 青河纺织有限公司 | 南岭大学 |\n| 安阳明 | 青河港务有限公司 | 北湖师范学院 |\n\n"
              "据了解，该活动已资助职工子女3000余人次。")


def test_a_name_cell_under_a_header_of_people_is_a_person_not_a_place():
    assert {"常州平", "安阳明"} <= _persons(_AID_TABLE)
    assert not {"常州", "安阳"} & _places(_AID_TABLE)


def test_a_worker_of_an_aid_table_works_for_the_unit_of_the_row():
    got = facts(_AID_TABLE)
    assert ("常州平", "worksFor", "青河纺织有限公司") in got
    assert ("安阳明", "worksFor", "青河港务有限公司") in got


_STUDIO_TABLE = (_STUDIOS + "| 序号 | 工作室名称 | 所在单位 | 领衔人 |\n|---|---|---|---|\n"
                 "| 1 | 周文清劳模创新工作室 | 青河港务有限公司 | 周文清 |\n"
                 "| 2 | 黄山林工匠创新工作室 | 青河市第一人民医院 | 黄山林 |\n\n每个工作室给予经费支持。")


def test_the_leader_of_a_studio_works_for_the_studio_and_its_unit():
    got = facts(_STUDIO_TABLE)
    assert ("周文清", "worksFor", "周文清劳模创新工作室") in got
    assert ("周文清", "worksFor", "青河港务有限公司") in got
    assert ("黄山林", "worksFor", "青河市第一人民医院") in got
    assert "黄山林" in _persons(_STUDIO_TABLE)


def test_a_leader_column_with_no_unit_column_ties_the_leader_to_the_body_only():
    got = facts(_STUDIOS + "| 序号 | 所在单位 | 领衔人 |\n|---|---|---|\n| 1 | 青河港务有限公司 | 常州平 |\n")
    assert ("常州平", "worksFor", "青河港务有限公司") in got
    assert not any(h == "常州平" and t.endswith("工作室") for h, _, t in got)


def test_a_table_of_contacts_gives_no_person_and_no_workplace():
    body = ("报名咨询：\n\n| 单位 | 联系人 | 联系电话 |\n|---|---|---|\n"
            "| 青河纺织有限公司 | 常州平 | 0791-1234567 |\n")
    assert "常州平" not in _persons(body)
    assert ("常州平", "worksFor", "青河纺织有限公司") not in facts(body)


def test_a_table_of_prizes_and_amounts_names_no_one():
    body = ("本次大赛奖项设置如下：\n\n| 奖项 | 名额 | 奖金 |\n|---|---|---|\n"
            "| 一等奖 | 3名 | 5000元 |\n| 安阳奖 | 5名 | 3000元 |\n")
    assert _persons(body) == set()


def test_a_table_of_units_only_names_no_one():
    body = (_STUDIOS + "| 序号 | 单位名称 | 所属县区 |\n|---|---|---|\n"
            "| 1 | 常州平安物流有限公司工会 | 北湖区 |\n| 2 | 青河纺织有限公司工会 | 南岭区 |\n")
    assert _persons(body) == set()


def test_a_table_whose_header_names_no_person_column_makes_no_names():
    body = ("各项目前两名如下：\n\n| 项目 | 第一名 | 第二名 |\n|---|---|---|\n"
            "| 拔河 | 常州平 | 安阳明 |\n")
    assert not {"常州平", "安阳明"} & _persons(body)


def test_a_post_or_a_total_in_a_name_cell_is_no_person():
    body = (_AID + "| 姓名 | 工作单位 | 金额 |\n|---|---|---|\n"
            "| 主席 | 青河市总工会 | 5000元 |\n| 合计 | 青河纺织有限公司 | 9000元 |\n")
    assert not {"主席", "合计"} & _persons(body)
    got = facts(body)
    assert not any(r == "worksFor" and h in ("主席", "合计") for h, r, _ in got)


def _orgs(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name for m in art.mentions if m.type in ("Organization", "Company", "ServiceTeam", "TradeUnion", "Federation")}


_NAMED_STUDIOS = (_STUDIOS + "| 序号 | 工作室名称 | 所在单位 | 领衔人 |\n|---|---|---|---|\n"
                  "| 1 | 于秀兰工匠创新工作室 | 青河纺织有限公司 | 于秀兰 |\n"
                  "| 2 | 时春生劳模创新工作室 | 青河港务有限公司 | 时春生 |\n")


def test_a_cell_of_a_column_of_studios_is_one_studio_name_whole():
    assert {"于秀兰工匠创新工作室", "时春生劳模创新工作室"} <= _orgs(_NAMED_STUDIOS)
    got = facts(_NAMED_STUDIOS)
    assert ("于秀兰工匠创新工作室", "subOrganizationOf", "青河纺织有限公司") in got
    assert ("时春生", "worksFor", "时春生劳模创新工作室") in got


def test_a_cell_of_a_column_of_studios_that_ends_in_no_studio_is_no_name():
    body = (_STUDIOS + "| 序号 | 工作室名称 | 所在单位 |\n|---|---|---|\n"
            "| 1 | 于秀兰负责筹建 | 青河纺织有限公司 |\n| 2 | 工作室 | 青河港务有限公司 |\n")
    assert not any(name.startswith("于秀兰") for name in _orgs(body))


def test_a_studio_named_in_prose_is_not_read_as_a_cell():
    body = "近日，于秀兰工匠创新工作室在青河纺织有限公司揭牌。| 序号 | 单位名称 | 所属县区 |"
    assert "于秀兰工匠创新工作室" not in _orgs(body)


def test_a_cell_under_a_header_of_entrants_that_opens_with_no_surname_is_no_name():
    body = ("12月9日，青河市第二届职工拔河比赛举行。获奖名单如下：\n\n| 名次 | 选手 | 工作单位 |\n|---|---|---|\n"
            "| 一等奖 | 飞鹰队 | 青河纺织有限公司 |\n| 二等奖 | 青河队 | 青河港务有限公司 |\n| 三等奖 | 常州平 | 青河港务有限公司 |\n")
    persons = _persons(body)
    assert not {"飞鹰队", "青河队"} & persons
    assert "常州平" in persons
