"""A sentence opened by a phrase placing it at an event it does not name (会上，仪式上，成立大会上，)
is at the event of that kind: the report's own when its kind fits, else the one event of that kind the
article named before; a meeting's 会上 in the report of a campaign with no meeting named is at none,
and two meetings named before leave it open (stop 42; sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts


def _takes_part(found: set[tuple[str, str, str]], head: str) -> set[str]:
    return {t for h, r, t in found if h == head and r == "participatesIn"}


# a meeting held during an activity: 会上 is the meeting, not the activity reported

_ACTIVITY_THEN_MEETING = ("12月1日至3日，由青石市总工会主办的2026年“港青同行”交流活动在青石市举行。来自江海的42名青年职工参加活动。"
                          "12月2日，2026青石港青职工交流座谈会在青石市工人文化宫举行，青石市总工会主席何小贞出席座谈会。")


def test_bodies_signing_at_the_meeting_named_before():
    found = facts(_ACTIVITY_THEN_MEETING + "会上，青石市总工会与江海工会联合会青年委员会签订了青年职工交流合作备忘录。")
    assert "2026青石港青职工交流座谈会" in _takes_part(found, "江海工会联合会青年委员会")
    assert "2026年港青同行交流活动" not in _takes_part(found, "江海工会联合会青年委员会")


def test_a_person_at_the_meeting_named_before():
    found = facts(_ACTIVITY_THEN_MEETING + "会上，青石市总工会副主席伍小欣介绍了港青职工服务站的工作。")
    assert "2026青石港青职工交流座谈会" in _takes_part(found, "伍小欣")
    assert "2026年港青同行交流活动" not in _takes_part(found, "伍小欣")


def test_bodies_listed_before_a_count_of_their_kind_sign_at_the_ceremony():
    # A与B、C等12家企业签订…: every body named signs there
    found = facts("11月29日，2026年江海市职工普惠服务合作签约仪式在江海市工人文化宫举行。"
                  "仪式上，江海市总工会与江海润田商贸有限公司、江海金泉药房连锁有限公司等12家企业签订职工普惠服务合作协议。")
    for body in ("江海市总工会", "江海润田商贸有限公司", "江海金泉药房连锁有限公司"):
        assert "2026年江海市职工普惠服务合作签约仪式" in _takes_part(found, body)


def test_a_founding_meeting_of_a_joint_name():
    # 成立大会上 of …成立大会暨第一次会员大会: one part of the joint name is the kind said
    found = facts("12月5日，青石县快递行业联合工会成立大会暨第一次会员大会在县职工服务中心召开。"
                  "成立大会上，青石县总工会向联合工会授牌。")
    assert "青石县快递行业联合工会成立大会暨第一次会员大会" in _takes_part(found, "青石县总工会")


# ---- negatives


def test_a_meeting_phrase_in_the_report_of_a_campaign_is_at_no_meeting():
    found = facts("12月3日，青石市总工会“暖冬同行”关爱行动在各区启动。会上，青石市总工会副主席王小川介绍了行动安排。")
    assert not _takes_part(found, "王小川")


def test_two_meetings_named_before_leave_it_open():
    # (the report is of an activity: which of its two meetings 会上 means, the sentence does not say)
    found = facts("12月1日至3日，由青石市总工会主办的2026年“港青同行”交流活动在青石市举行。来自江海的42名青年职工参加活动。"
                  "12月2日上午，青石港青职工交流座谈会在青石市工人文化宫召开；下午，青石青年职工创业分享会在青石市职工之家召开。"
                  "会上，青石市总工会与江海工会联合会青年委员会签订了交流合作备忘录。"
                  "会上，青石市总工会副主席伍小欣介绍了港青职工服务站的工作。")
    assert not _takes_part(found, "江海工会联合会青年委员会")
    assert not _takes_part(found, "伍小欣")


def test_a_meeting_of_another_occasion_is_not_the_one_reported():
    # 上届座谈会上: the kind said, but of another occasion
    found = facts(_ACTIVITY_THEN_MEETING + "上届座谈会上，青石市总工会与江海工会联合会青年委员会签订了合作备忘录。")
    assert not _takes_part(found, "江海工会联合会青年委员会")


def test_a_meeting_phrase_in_a_sentence_of_another_time():
    found = facts(_ACTIVITY_THEN_MEETING + "去年，会上，青石市总工会与江海工会联合会青年委员会签订了合作备忘录。")
    assert not _takes_part(found, "江海工会联合会青年委员会")


def test_a_body_told_of_at_the_meeting_takes_no_part():
    # 会上，A通报了B的做法: B is talked about, not acting there
    found = facts(_ACTIVITY_THEN_MEETING + "会上，青石市总工会通报了江海港务有限公司工会的经验做法。")
    assert not _takes_part(found, "江海港务有限公司工会")


def test_a_body_that_will_sign_later():
    found = facts(_ACTIVITY_THEN_MEETING + "会上，青石市总工会表示将与江海工会联合会青年委员会签订合作备忘录。")
    assert not _takes_part(found, "江海工会联合会青年委员会")


# a referring noun after a verb (出席仪式) reads the kind the same way: a part of a joint name counts

_JOINT = "12月3日，青石劳模创新工作室揭牌仪式暨2026年青石铝业职工创新成果发布会在青石铝业公司礼堂举行，80余名职工参加。"


def test_attending_the_ceremony_part_of_a_joint_name():
    found = facts(_JOINT + "青石市总工会副主席李小川出席仪式并讲话。")
    assert "青石劳模创新工作室揭牌仪式暨2026年青石铝业职工创新成果发布会" in _takes_part(found, "李小川")


def test_attending_a_ceremony_when_only_a_launch_meeting_is_named():
    found = facts("12月3日，2026年青石铝业职工创新成果发布会在青石铝业公司礼堂举行，80余名职工参加。"
                  "青石市总工会副主席李小川出席仪式并讲话。")
    assert not _takes_part(found, "李小川")
