"""Fixes of the tables and list lines of stop 42 (review rtables): a cell or a list line is forced to be
a person only when it is name-shaped (a surname and one or two given characters, or a minority name with
·, not ending in the head of a team, a unit, a place or a post; 等 stripped); header roles are whole
header words (联系人姓名 is no person column); a list of aid recipients goes through the time and plan
checks, and belongs to a campaign only when the occasion is the campaign's own; an assessment table gives
no participants; a unit cell is no bare kind and is split at 、. Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _typed(body: str) -> dict[str, set[str]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    out: dict[str, set[str]] = {}
    for m in art.mentions:
        out.setdefault(m.type, set()).add(m.name)
    return out


_VISITS = ("12月4日，南湖市总工会开展“两节”送温暖走访慰问活动。部分走访慰问对象如下：\n"
           "东城区　白沙社区（困难职工家庭4户）\n西岭县　马家村（困难职工家庭2户）\n西岭县　周庄（困难职工家庭3户）\n"
           "东城区　马师傅（环卫工人）\n东城区　林国栋（南湖机械有限公司职工）\n")


def test_places_opening_list_lines_are_no_people():
    persons = _typed(_VISITS).get("Person", set())
    assert not {"白沙社区", "马家村", "周庄", "马师傅"} & persons
    assert "林国栋" in persons  # (a name-shaped item still is one)


_PRIZES = ("12月6日，南湖市职工拔河比赛在南湖体育馆举行。获奖名单如下：\n\n"
           "| 名次 | 参赛选手 | 工作单位 |\n|---|---|---|\n"
           "| 一等奖 | 猛虎队 | 南湖机械有限公司 |\n| 二等奖 | 石峰队 | 南湖港务有限公司 |\n"
           "| 三等奖 | 中铁·南湖队 | 南湖电力有限公司 |\n\n比赛共有20支队伍参加。")


def test_teams_under_a_column_of_contestants_are_no_people():
    persons = _typed(_PRIZES).get("Person", set())
    assert not {"猛虎队", "石峰队", "中铁·南湖队"} & persons
    assert not any(r == "worksFor" and h.endswith("队") for h, r, _ in facts(_PRIZES))


def test_a_place_under_a_column_of_winners_is_no_person():
    text = ("12月6日，南湖市职工书法比赛在南湖文化馆举行。获奖名单如下：\n\n| 奖项 | 获奖者 |\n|---|---|\n"
            "| 优秀组织奖 | 马岭县 |\n| 一等奖 | 林国栋 |\n")
    persons = _typed(text).get("Person", set())
    assert "马岭县" not in persons
    assert "林国栋" in persons


_RESULTS = ("12月8日，南湖市职工技术创新成果发布会举行。获奖成果如下：\n\n| 序号 | 成果名称 | 完成人 | 工作单位 |\n"
            "|---|---|---|---|\n| 1 | 焊缝检测改进 | 林国栋等 | 南湖机械有限公司 |\n"
            "| 2 | 智能巡检系统 | 石师傅 | 南湖港务有限公司 |\n")


def test_a_name_glued_to_deng_is_the_name_and_a_master_is_no_one():
    persons = _typed(_RESULTS).get("Person", set())
    assert "林国栋" in persons and "林国栋等" not in persons
    assert "石师傅" not in persons
    assert ("林国栋", "worksFor", "南湖机械有限公司") in facts(_RESULTS)


def test_posts_and_departments_in_a_column_of_those_in_charge_are_no_people():
    text = ("南湖市总工会印发年度重点工作任务分工。具体如下：\n\n| 序号 | 工作任务 | 责任部门 | 负责人 |\n|---|---|---|---|\n"
            "| 1 | 职工书屋建设 | 宣教部 | 林主任 |\n| 2 | 困难职工帮扶 | 党办 | 石国强 |\n")
    persons = _typed(text).get("Person", set())
    assert not {"林主任", "党办"} & persons
    assert not any(r == "worksFor" for h, r, _ in facts(text))


def test_a_commended_team_and_a_heading_are_no_people():
    text = ("12月9日，南湖市总工会召开表彰会。会议决定对以下单位和个人予以通报表扬：\n"
            "金奖（3名）\n猛虎队（南湖港务有限公司）\n林国栋（南湖机械有限公司职工）\n")
    persons = _typed(text).get("Person", set())
    assert not {"猛虎队", "金奖"} & persons


_STUDIOS = ("南湖市总工会公布劳模创新工作室情况。统计如下：\n\n| 工作室名称 | 数量 | 所在单位 |\n|---|---|---|\n"
            "| 劳模创新工作室 | 12 | 南湖机械有限公司 |\n| 林国栋劳模创新工作室、石国强技能大师工作室 | 2 | 南湖港务有限公司 |\n")


def test_a_unit_cell_is_no_bare_kind_and_is_split_at_the_list_mark():
    got = facts(_STUDIOS)
    orgs = _typed(_STUDIOS).get("Organization", set())
    assert "劳模创新工作室" not in orgs
    assert "林国栋劳模创新工作室、石国强技能大师工作室" not in orgs
    assert ("劳模创新工作室", "subOrganizationOf", "南湖机械有限公司") not in got
    assert {"林国栋劳模创新工作室", "石国强技能大师工作室"} <= orgs


def test_an_aid_list_at_a_joint_occasion_is_not_moved_to_another_campaign():
    got = facts("12月3日，南湖区第三届“最美职工”表彰大会暨困难职工慰问金发放仪式在南湖区职工服务中心举行。\n\n"
                "今年的“最美职工”活动共评选出10名最美职工，会上还向20名困难职工发放慰问金。\n\n部分慰问职工名单如下：\n"
                "林国栋　南湖机械有限公司　1500元\n石国强　南湖港务有限公司　1200元\n")
    assert not any(h == "林国栋" and r == "participatesIn" and t.startswith("最美职工") for h, r, t in got)


_AID = "12月5日，南湖市总工会举行2026年“金秋助学”集中发放仪式。今年的“金秋助学”活动共资助学生300名。\n\n"


def test_last_years_and_planned_aid_lists_give_no_participants():
    for intro in ("去年受助学生名单如下：", "下一批拟资助学生名单如下："):
        got = facts(_AID + intro + "\n\n| 学生姓名 | 录取院校 | 家庭住址 |\n|---|---|---|\n"
                    "| 林国栋 | 南湖大学 | 东城区 |\n| 石国强 | 西岭师范学院 | 西岭县 |\n\n市总工会将于明年春季发放。")
        assert not any(r == "participatesIn" and h in ("林国栋", "石国强") for h, r, _ in got), intro


def test_this_years_aid_table_still_gives_the_campaign():
    got = facts(_AID + "部分受助学生名单如下：\n\n| 学生姓名 | 录取院校 |\n|---|---|\n| 林国栋 | 南湖大学 |\n")
    assert ("林国栋", "participatesIn", "金秋助学活动") in got


def test_an_assessment_table_gives_no_participants():
    got = facts("12月10日，南湖市总工会召开劳模创新工作室工作推进会。会上通报了2026年度创新工作室考核结果，具体如下：\n\n"
                "| 序号 | 工作室名称 | 所在单位 | 领衔人 | 考核结果 |\n|---|---|---|---|---|\n"
                "| 1 | 林国栋劳模创新工作室 | 南湖机械有限公司 | 林国栋 | 优秀 |\n")
    assert not any(h == "林国栋" and r == "participatesIn" for h, r, _ in got)
    assert ("林国栋", "worksFor", "林国栋劳模创新工作室") in got


def test_a_contact_table_gives_no_worker():
    got = facts("南湖市总工会设立职工服务站点10个，各服务站点联系方式如下：\n\n| 单位名称 | 联系人姓名 | 联系电话 |\n"
                "|---|---|---|\n| 南湖机械有限公司 | 石国强 | 12345678 |\n")
    assert ("石国强", "worksFor", "南湖机械有限公司") not in got


def test_a_whole_header_of_people_still_ties_the_worker():
    got = facts("南湖市总工会公布2026年度职工技能竞赛获奖名单如下：\n\n| 职工姓名 | 工作单位 |\n|---|---|\n"
                "| 石国强 | 南湖机械有限公司 |\n")
    assert ("石国强", "worksFor", "南湖机械有限公司") in got
