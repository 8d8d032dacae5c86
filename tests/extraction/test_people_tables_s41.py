"""A table of people a line introduces (获奖名单如下：) in the report of an event: the person of a row takes
part in the event, and works for the body of the row's workplace column (作者 | 工作单位, 述职人 | 述职单位)
(stop 41). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_SHOW = "12月7日，由青河市总工会主办的第二届青河市职工摄影作品展在青河市工人文化宫开幕。"
_SHOW_NAME = "第二届青河市职工摄影作品展"


def test_the_authors_of_a_winners_table_take_part_and_work_for_their_units():
    got = facts(_SHOW + "一等奖获奖名单如下：\n\n| 作品 | 作者 | 工作单位 |\n|---|---|---|\n"
                "| 《晨光》 | 王立新 | 青河纺织有限公司 |\n| 《归港》 | 周文清 | 青河港务有限公司 |\n\n据悉，作品展将持续至月底。")
    for person, body in (("王立新", "青河纺织有限公司"), ("周文清", "青河港务有限公司")):
        assert (person, "participatesIn", _SHOW_NAME) in got
        assert (person, "worksFor", body) in got


def test_the_speakers_of_a_results_table_hold_office_in_their_unions():
    got = facts("12月8日，青河市总工会召开2026年度基层工会主席述职评议会。测评结果如下：\n\n"
                "| 述职单位 | 述职人 | 测评等次 |\n|---|---|---|\n| 城关街道总工会 | 李秀英 | 好 |\n\n会议要求各单位抓好整改。")
    assert ("李秀英", "participatesIn", "2026年度基层工会主席述职评议会") in got
    assert ("李秀英", "worksFor", "城关街道总工会") in got


def test_a_table_no_line_introduces_tells_no_part():
    got = facts(_SHOW + "据悉，作品展将持续至月底。\n\n| 作品 | 作者 | 工作单位 |\n|---|---|---|\n"
                "| 《晨光》 | 王立新 | 青河纺织有限公司 |\n")
    assert ("王立新", "participatesIn", _SHOW_NAME) not in got


def test_the_nominating_body_is_no_workplace():
    got = facts(_SHOW + "入选名单如下：\n\n| 姓名 | 推荐单位 |\n|---|---|\n| 王立新 | 青河市总工会 |\n")
    assert ("王立新", "worksFor", "青河市总工会") not in got
