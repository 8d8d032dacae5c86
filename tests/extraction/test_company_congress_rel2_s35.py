"""A company's own workers' congress named with its registered name (stop 35, rel2): the company
convenes it and is placed by its name even when written only inside the meeting's name; invented
sentences."""

from __future__ import annotations

from stated import headlined_facts, headlined_read_facts

TEXT = ("绵阳华兴机械有限公司第二届职工代表大会第三次会议召开\n"
        "12月5日，绵阳华兴机械有限公司第二届职工代表大会第三次会议暨2027年工作会议在公司职工活动中心召开，"
        "96名职工代表参加会议。公司党委书记赵立新作工作报告。")
CONGRESS = "绵阳华兴机械有限公司第二届职工代表大会第三次会议暨2027年工作会议"


def test_the_company_convenes_its_own_congress_and_is_placed() -> None:
    found = headlined_read_facts(TEXT)
    assert any(r == "organizes" and t == CONGRESS and "华兴机械有限公司" in h for h, r, t in found)
    assert any(r == "locatedIn" and t == "绵阳" and "华兴机械有限公司" in h for h, r, t in found)


def test_a_company_without_a_registered_name_inside_a_congress_name() -> None:
    # 华兴机械厂 is named only inside the meeting's name and is no registered company: no telling it convened it
    text = ("华兴机械厂职工代表大会召开\n"
            "12月5日，华兴机械厂第二届职工代表大会在厂职工活动中心召开。")
    assert not any(r == "organizes" for h, r, t in headlined_facts(text))
