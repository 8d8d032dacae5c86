"""A campaign's closing meeting named after it (读书月活动总结会): who attends it or is honoured there
takes part in the campaign. Invented articles."""

from __future__ import annotations

from stated import headlined_facts


def test_the_closing_meeting_of_a_campaign_named_in_the_headline():
    got = headlined_facts("南岭市第二届“书香南岭”职工读书月活动落幕\n12月14日，读书月活动总结会在市职工文化中心召开。"
                          "本届读书月活动由南岭市总工会主办。会上，南岭市总工会副主席王立新宣读了表彰决定。"
                          "海河区总工会、东山县总工会获优秀组织奖。")
    campaign = "南岭市第二届书香南岭职工读书月活动"
    assert {("王立新", "participatesIn", campaign), ("海河区总工会", "participatesIn", campaign),
            ("东山县总工会", "participatesIn", campaign)} <= got
    assert not any(r == "participatesIn" and t == "读书月活动总结会" for _, r, t in got)


def test_no_move_when_two_campaigns_end_alike_or_the_meeting_repeats_too_little():
    got = headlined_facts("南岭市职工读书月活动和海河区职工读书月活动同时落幕\n12月14日，读书月活动总结会在市职工文化中心召开。"
                          "会上，南岭市总工会副主席王立新宣读了表彰决定。")
    assert not any(h == "王立新" and r == "participatesIn" and t.endswith("职工读书月活动") for h, r, t in got)
    got = headlined_facts("海河区第五届职工技能大赛闭幕\n12月14日，大赛表彰大会在区职工文化中心召开。"
                          "会上，区总工会副主席王立新宣读了表彰决定。")
    assert ("王立新", "participatesIn", "海河区第五届职工技能大赛") not in got
