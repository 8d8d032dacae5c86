"""The names that open the lines of a list a line introduces (部分受助学生名单如下：, then 北湖区　孙某某（…）
or 孙某某　某公司　1500元, one a line) are persons' names, read by the list's shape as a table's cells under
姓名 are (stop 42). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

_AID = ("12月5日，青河市总工会举行“金秋助学”助学金发放仪式。今年的“金秋助学”活动共资助210名新生。"
        "部分受助学生名单如下：\n\n")


def _persons(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name for m in art.mentions if m.type == "Person"}


def test_a_name_after_a_place_column_and_before_its_note_is_a_person():
    body = _AID + "北湖区　孙一鸣（父亲孙立新，青河纺织有限公司职工）\n南岭县　黄河清（母亲李秀英，青河港务有限公司职工）\n"
    assert {"孙一鸣", "黄河清"} <= _persons(body)
    got = facts(body)
    assert ("孙一鸣", "participatesIn", "金秋助学活动") in got


def test_a_name_before_its_unit_column_is_a_person_of_the_unit():
    body = ("12月3日，青河区总工会开展“暖心助困”帮扶行动。部分受助职工名单如下：\n"
            "马向前　青河纺织有限公司　1500元\n白云飞　青河港务有限公司　1200元\n")
    assert {"马向前", "白云飞"} <= _persons(body)
    assert ("马向前", "worksFor", "青河纺织有限公司") in facts(body)


def test_the_same_line_with_no_line_introducing_a_list_makes_no_name():
    body = "12月5日，青河市总工会举行“金秋助学”助学金发放仪式。\n\n北湖区　黄河清（青河纺织有限公司）\n"
    assert "黄河清" not in _persons(body)


def test_a_list_of_units_or_its_headings_names_no_one():
    body = ("12月9日，青河市总工会召开表彰大会，决定对以下单位予以通报表扬：\n"
            "一、优秀组织单位\n北湖区　青河纺织有限公司工会（职工书屋）\n南岭县　高山水泥有限公司　职工之家\n")
    assert not {"高山", "北湖区", "优秀组织单位"} & _persons(body)


def test_a_contact_line_after_the_list_is_no_list_line():
    body = _AID + "北湖区　孙一鸣（父亲孙立新，青河纺织有限公司职工）\n联系人：林海洋　电话：12345678\n"
    assert "林海洋" not in _persons(body)
