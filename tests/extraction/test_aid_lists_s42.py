"""A list of aid recipients (部分受助职工名单如下：, one name a line or a table) tells of the campaign the
aid comes from, not the occasion that hands it out: when the report's event is such an occasion
(…集中发放仪式) and the article names the campaign whose words stand in the occasion's name (“暖心助困”
行动), the listed recipients take part in the campaign (stop 42). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_OCCASION = "12月3日，由青河区总工会开展的“暖心助困”困难职工帮扶行动集中发放仪式在青河区职工服务中心举行。"
_CAMPAIGN = "暖心助困困难职工帮扶行动"
_CEREMONY = "暖心助困困难职工帮扶行动集中发放仪式"


def test_a_listed_recipient_takes_part_in_the_campaign_not_the_occasion():
    got = facts(_OCCASION + "本次行动共为120名困难职工发放补助。\n\n部分受助职工名单如下：\n"
                "王立新　青河纺织有限公司　1500元\n周文清　青河港务有限公司　1200元\n\n区总工会要求做好后续帮扶。")
    assert ("王立新", "participatesIn", _CAMPAIGN) in got
    assert ("周文清", "participatesIn", _CAMPAIGN) in got


def test_a_recipient_of_an_aid_table_takes_part_in_the_campaign_named_after_it():
    got = facts("12月6日，青河市总工会2026年“助学圆梦”集中发放仪式在青河会堂举行。部分受助职工名单如下：\n\n"
                "| 职工姓名 | 工作单位 | 子女录取院校 |\n|---|---|---|\n| 常州平 | 青河纺织有限公司 | 南岭大学 |\n\n"
                "据了解，“助学圆梦”活动开展以来，已资助职工子女3000余人次。")
    assert ("常州平", "participatesIn", "助学圆梦活动") in got
    assert ("常州平", "worksFor", "青河纺织有限公司") in got


def test_an_occasion_whose_name_holds_no_campaign_named_keeps_the_list():
    got = facts("12月3日，青河区总工会困难职工补助集中发放仪式在青河区职工服务中心举行。"
                "区总工会还将开展“送清凉”活动。\n\n部分受助职工名单如下：\n王立新　青河纺织有限公司　1500元\n")
    assert ("王立新", "participatesIn", "送清凉活动") not in got


def test_a_list_of_those_commended_at_a_ceremony_is_not_moved_to_a_campaign():
    got = facts("12月3日，青河区“工匠培育”行动表彰大会在青河区职工服务中心举行。"
                "会议决定对以下个人予以通报表扬：\n王立新　青河纺织有限公司\n")
    assert ("王立新", "participatesIn", "工匠培育行动") not in got
