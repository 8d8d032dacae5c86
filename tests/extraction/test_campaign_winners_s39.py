"""Those who win in a campaign's rating, reported at a meeting of its course (某劳动竞赛第四季度推进会;
本季度评比中，A获得“流动红旗”，B获得第二名), won in the campaign, not at the meeting; the
campaign's banner (流动红旗) is won as a prize is (stop 39). Sentences and names invented."""

from __future__ import annotations

from stated import stated_facts

BODY = ("12月2日，青南快速通道建设劳动竞赛第四季度推进会在石门镇项目现场召开。"
        "“建功青南路”青南快速通道建设劳动竞赛由青河市总工会主办，自今年4月启动。\n"
        "本季度评比中，青河路桥建设有限公司青南快速通道A1标项目部获得“流动红旗”，"
        "南岭建设工程有限公司青南快速通道A2标项目部获得第二名。")
CAMPAIGN = "建功青南路青南快速通道建设劳动竞赛"
MEETING = "青南快速通道建设劳动竞赛第四季度推进会"


def test_the_rated_win_in_the_campaign():
    facts = stated_facts(BODY)
    for unit in ("青河路桥建设有限公司青南快速通道A1标项目部", "南岭建设工程有限公司青南快速通道A2标项目部"):
        assert (unit, "participatesIn", CAMPAIGN) in facts, facts
        assert (unit, "participatesIn", MEETING) not in facts, facts


def test_winners_at_a_meeting_of_no_campaign_stay_at_the_meeting():
    body = ("12月2日，青河市2026年职工创新成果交流会在青河市职工服务中心召开。\n"
            "青河路桥建设有限公司获得一等奖，南岭建设工程有限公司获得二等奖。")
    facts = stated_facts(body)
    assert ("青河路桥建设有限公司", "participatesIn", "青河市2026年职工创新成果交流会") in facts, facts
