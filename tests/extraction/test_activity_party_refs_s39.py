"""Sentences about the party of the activity reported that do not name it (stop 39): the one who
leads a group to it, who joins or accompanies its visit, and where the party goes in the activity's
time said by a pointing word (此次疗休养为期5天，职工们将先后来到…). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_VISIT = "3日，南岭市总工会开展2025年“冬日暖阳”慰问活动。"
_REST = "2日，由南岭市总工会主办的2025年南岭市劳模疗休养活动启动。"
_EXCHANGE = "5月8日，由南岭市总工会主办的2025年“青春同行”交流活动在海河开展。"


def _part(got, who, ev):
    return (who, "participatesIn", ev) in got


# --- joins the visit: 参加慰问, 陪同走访 ---

def test_joins_the_visit_by_its_word():
    got = facts(_VISIT + "市总工会副主席赵海平参加慰问。")
    assert _part(got, "赵海平", "2025年冬日暖阳慰问活动")


def test_accompanies_the_visit_with_a_list():
    got = facts(_VISIT + "区总工会主席钱立红、副主席孙卫东陪同慰问，并介绍了驿站的情况。")
    assert _part(got, "钱立红", "2025年冬日暖阳慰问活动")
    assert _part(got, "孙卫东", "2025年冬日暖阳慰问活动")


def test_word_not_of_the_activity_is_no_join():
    # (陪同调研 in the report of a 慰问活动: another errand, not its visit)
    got = facts(_VISIT + "区总工会主席钱立红陪同调研。")
    assert not _part(got, "钱立红", "2025年冬日暖阳慰问活动")


def test_join_at_an_earlier_time_is_not_this_visit():
    got = facts(_VISIT + "去年，区总工会主席钱立红也参加慰问。")
    assert not _part(got, "钱立红", "2025年冬日暖阳慰问活动")


def test_join_with_another_event_in_reach_is_refused():
    got = facts(_VISIT + "当天下午，区总工会还召开了2025年南岭区职工座谈会。区总工会主席钱立红参加慰问。")
    assert not _part(got, "钱立红", "2025年冬日暖阳慰问活动")


def test_join_of_a_meeting_report_is_not_read():
    # (the report of a meeting: 参加慰问 is no part of it)
    got = facts("3日，南岭市总工会召开2025年南岭市工会工作会议。市总工会副主席赵海平参加慰问。")
    assert not any(h == "赵海平" and r == "participatesIn" for h, r, _ in got)


def test_join_in_a_sentence_naming_another_event_is_not_read():
    got = facts(_VISIT + "区总工会主席钱立红参加慰问，并出席了“暖冬”职工联欢会。")
    assert not _part(got, "钱立红", "2025年冬日暖阳慰问活动")


# --- leads a group to it: 率N名职工参加活动 ---

def test_leader_of_a_group_attends():
    got = facts(_EXCHANGE + "海河市工会副主席周子健率36名海河青年职工参加活动。")
    assert _part(got, "周子健", "2025年青春同行交流活动")


def test_leader_of_a_group_to_some_activities_is_not_read():
    got = facts(_EXCHANGE + "海河市工会副主席周子健率36名青年职工参加有关活动。")
    assert not _part(got, "周子健", "2025年青春同行交流活动")


def test_leader_of_a_group_to_another_occasion_is_not_read():
    got = facts(_EXCHANGE + "海河市工会副主席周子健曾率36名青年职工参加过去年的活动。")
    assert not _part(got, "周子健", "2025年青春同行交流活动")


def test_leader_then_a_quoted_other_event_is_not_read():
    got = facts(_EXCHANGE + "周子健率36名青年职工参加“海河杯”职工篮球赛。")
    assert not _part(got, "周子健", "2025年青春同行交流活动")


# --- where the party goes, the activity said by a pointing word and its length ---

def test_places_visited_in_the_activity_named_by_a_pointer():
    got = facts(_REST + "此次疗休养为期5天，职工们将先后来到青山县、白水县和柳河县，参观古村落。")
    for place in ("青山县", "白水县", "柳河县"):
        assert ("2025年南岭市劳模疗休养活动", "heldAt", place) in got


def test_the_lasting_needs_a_pointing_word():
    got = facts(_REST + "疗休养为期5天，职工们将先后来到青山县、白水县和柳河县。")
    assert ("2025年南岭市劳模疗休养活动", "heldAt", "青山县") not in got


def test_pointer_with_two_activities_of_its_word_is_refused():
    got = facts("2日，由南岭市总工会主办的2025年南岭市劳模疗休养活动启动。去年的2024年南岭市职工疗休养活动共组织12批。"
                "此次疗休养为期5天，职工们将先后来到青山县、白水县。")
    assert not any(r == "heldAt" and t == "青山县" for _, r, t in got)


def test_word_not_of_the_activity_is_refused():
    got = facts(_REST + "此次培训为期5天，学员们将先后来到青山县、白水县。")
    assert ("2025年南岭市劳模疗休养活动", "heldAt", "青山县") not in got


def test_a_place_opening_the_name_of_a_sight_is_no_venue():
    got = facts(_REST + "此次疗休养为期5天，职工们将先后来到青山县，参观白水古村落。")
    assert ("2025年南岭市劳模疗休养活动", "heldAt", "青山县") in got
    assert not any(r == "heldAt" and t == "白水" for _, r, t in got)


# --- a party named by the exchange it carries out (交流团 of a 交流活动) ---

def test_exchange_party_goes_where_the_exchange_is_held():
    got = facts(_EXCHANGE + "3天里，交流团先后来到青山县和白水县，了解当地产业发展。")
    assert ("2025年青春同行交流活动", "heldAt", "青山县") in got
    assert ("2025年青春同行交流活动", "heldAt", "白水县") in got


def test_exchange_party_of_a_meeting_is_not_its_venue():
    # (a 交流座谈会 sits where it is held: its party's visits are not its venues)
    got = facts("5月8日，2025年南岭青年职工交流座谈会在南岭市工人文化宫举行。会后，交流团来到青山县参观。")
    assert not any(r == "heldAt" and t == "青山县" for _, r, t in got)


# --- the places a party went to, listed, then the activity held there (深入A区、B区和C区，开展…) ---

def test_each_place_of_the_list_gone_into_holds_the_activity():
    got = facts("3日，市总工会主席王立带领慰问组，深入青山区、白水区和柳河区，开展2025年“冬日暖阳”走访慰问活动。")
    for place in ("青山区", "白水区", "柳河区"):
        assert ("2025年冬日暖阳走访慰问活动", "heldAt", place) in got


def test_a_list_not_gone_into_is_no_venue():
    got = facts("3日，市总工会主席王立听取了青山区、白水区和柳河区的汇报，开展2025年“冬日暖阳”走访慰问活动。")
    assert not any(r == "heldAt" and t in ("青山区", "白水区", "柳河区") for _, r, t in got)


def test_a_going_word_joined_to_a_visit_names_the_activity():
    got = facts("3日，南岭市总工会开展2025年“冬日暖阳”走访慰问活动。")
    assert ("南岭市总工会", "organizes", "2025年冬日暖阳走访慰问活动") in got


def test_a_going_word_to_a_place_after_a_quote_names_no_activity():
    got = facts("3日，南岭市总工会“冬日暖阳”走访企业，看望一线职工。")
    assert not any(r == "organizes" for _, r, _ in got)


# --- a party's list whose second member's titles name bodies (甲和区委常委、区总工会主席乙一行来到…) ---

_SERIES = "此次活动是南岭市总工会“暖冬·进一线”系列活动的第一站。"


def test_party_member_titled_by_bodies_joins_the_visit():
    got = facts("3日，南岭市总工会主席赵海平和白水区委常委、区总工会主席钱立红一行来到海河环境服务有限公司，"
                "为职工送上羽绒服。" + _SERIES)
    for who in ("赵海平", "钱立红"):
        assert _part(got, who, "南岭市总工会暖冬·进一线系列活动")
    assert ("南岭市总工会暖冬·进一线系列活动", "heldAt", "海河环境服务有限公司") in got


def test_a_body_that_is_visited_ends_the_party():
    # (甲和某公司负责人座谈: the body after 和 is met with, no title chain of a member)
    got = facts("3日，南岭市总工会主席赵海平和海河环境服务有限公司负责人一起座谈。" + _SERIES)
    assert not any(r == "participatesIn" and h == "海河环境服务有限公司" for h, r, _ in got)
