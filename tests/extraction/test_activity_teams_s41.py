"""A named team whose name says the deed the activity is named for (宣讲团 and …宣讲活动, 志愿服务队
and …志愿服务活动), doing something, takes part in it; so does a person introduced as a member of such
a team (宣讲团成员、titles NAME) (stop 41). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_TALKS = "3日，由青河市总工会主办的2026年青河市“工匠精神进课堂”宣讲活动在青河市第五中学启动。"


def test_the_team_of_the_deed_going_out_takes_part():
    got = facts(_TALKS + "青河市劳模宣讲团当天为600余名师生和职工作了4场报告。")
    assert ("青河市劳模宣讲团", "participatesIn", "2026年青河市工匠精神进课堂宣讲活动") in got


def test_a_member_of_the_team_speaking_takes_part():
    got = facts(_TALKS + "宣讲团成员、青河纺织有限公司织布车间主任林海平讲述了自己改进织机的经历。")
    assert ("林海平", "participatesIn", "2026年青河市工匠精神进课堂宣讲活动") in got


def test_a_team_sent_out_to_an_activity_of_its_deed():
    got = facts("12月2日上午，石门县总工会组织石门县职工志愿服务总队走进城关街道新华社区，"
                "开展“冬日送暖”职工志愿服务活动。")
    assert ("石门县职工志愿服务总队", "participatesIn", "冬日送暖职工志愿服务活动") in got


def test_a_team_of_another_deed_is_not_read():
    got = facts(_TALKS + "青河市职工志愿服务队先后走进青河市第五中学，为师生测量血压。")
    assert not any(h == "青河市职工志愿服务队" and r == "participatesIn" for h, r, _ in got)


def test_a_team_described_is_not_read():
    got = facts(_TALKS + "青河市劳模宣讲团成立于2024年，现有成员9人。")
    assert not any(h == "青河市劳模宣讲团" and r == "participatesIn" for h, r, _ in got)


def test_a_member_of_a_team_of_another_deed_is_not_read():
    got = facts(_TALKS + "志愿服务队队员、青河纺织有限公司挡车工林海平为师生讲解了安全知识。")
    assert not any(h == "林海平" and r == "participatesIn" for h, r, _ in got)


def test_a_team_carrying_out_the_activity_it_names_is_no_participant():
    got = facts("12月2日，石门县劳模宣讲团走进石门水泥有限公司，为职工开展“匠心课堂”劳模精神专题宣讲活动。")
    assert not any(h == "石门县劳模宣讲团" and r == "participatesIn" for h, r, _ in got)


def test_a_member_of_the_party_after_another_event_named_is_not_read():
    got = facts(_TALKS + "宣讲团成员、青河纺织有限公司织布车间主任林海平还参加了青河市第三届职工运动会。")
    assert ("林海平", "participatesIn", "2026年青河市工匠精神进课堂宣讲活动") not in got


def test_the_leader_of_a_household_visits_activity():
    got = facts("11月下旬以来，青河区总工会在全区开展困难职工家庭入户“回头看”活动。"
                "此次活动由区总工会副主席林海平带队，工作人员分成4个小组，走访了11个街道。")
    assert ("林海平", "participatesIn", "困难职工家庭入户回头看活动") in got


def test_the_leader_of_a_household_visits_sent_to_another_task_is_not_read():
    got = facts("11月下旬以来，青河区总工会在全区开展困难职工家庭入户“回头看”活动。"
                "区总工会副主席林海平带队检查了3家企业的工资发放。")
    assert not any(h == "林海平" and r == "participatesIn" for h, r, _ in got)
