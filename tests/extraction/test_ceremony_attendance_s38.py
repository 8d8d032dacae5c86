"""Who attends the ceremony that opens or closes the event reported (出席开营仪式, 出席启动仪式)
attends the event; on a page of briefs (▲, △) a bare 出席 belongs to its own brief's event, not the
first brief's (stop 38; sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts


def test_opening_ceremony_of_the_event_reported():
    found = facts("11月8日，2026年江海省一线职工疗休养活动第二批学员开营仪式在青石疗休养基地举行。"
                  "本批疗休养由江海省总工会主办。江海省总工会副主席丁大伟，青石市总工会主席覃小华出席开营仪式。")
    assert ("覃小华", "participatesIn", "2026年江海省一线职工疗休养活动") in found
    assert ("丁大伟", "participatesIn", "2026年江海省一线职工疗休养活动") in found


def test_a_ceremony_of_another_kind_is_not_read():
    # 出席签约仪式: a ceremony the word does not tie to the event reported
    found = facts("11月8日，2026年江海省一线职工疗休养活动在青石疗休养基地举行。江海省总工会副主席丁大伟出席签约仪式。")
    assert ("丁大伟", "participatesIn", "2026年江海省一线职工疗休养活动") not in found


def test_bare_attendance_in_a_later_brief():
    body = ("▲12月2日，青石区总工会在区职工书屋举办“书香暖冬”读书分享会，职工代表周小敏分享了阅读心得。区总工会副主席李小霞出席。\n\n"
            "▲12月3日，江海市总工会举办2026年江海市职工象棋比赛，96名选手参赛。\n\n"
            "△12月5日，青石区总工会召开基层工会主席述职会，区总工会副主席汪小华出席。")
    found = facts(body)
    assert ("李小霞", "participatesIn", "“书香暖冬”读书分享会") in found or \
        ("李小霞", "participatesIn", "书香暖冬读书分享会") in found
    assert ("汪小华", "participatesIn", "2026年江海市职工象棋比赛") not in found


def test_bare_daochang_is_attendance():
    # 到场为…送上祝福: came to the event reported; each of the list
    found = facts("12月6日，由青石市总工会主办的“青春有约”青石市青年职工交友联谊活动在青石市职工之家举行。"
                  "青石市总工会副主席刘小霞，团市委副书记周小奕到场为青年职工送上祝福。")
    assert ("刘小霞", "participatesIn", "青春有约青石市青年职工交友联谊活动") in found
    assert ("周小奕", "participatesIn", "青春有约青石市青年职工交友联谊活动") in found


def test_daochang_with_a_place_is_not_read_so():
    # 到场地…: 到 a place (场地), no attendance word
    found = facts("12月6日，“青春有约”青石市青年职工交友联谊活动在青石市职工之家举行。王小明到场地外维持秩序。")
    assert not any(h == "王小明" and r == "participatesIn" for h, r, _ in found)


def test_attending_a_reception_named_before_by_its_kind():
    # 出席了酒会: the one 酒会 the article names before
    found = facts("江海各界今天继续举行各种活动。\n江海中华总商会今天上午举行会员元旦团拜酒会，"
                  "江海大学副校长秦文俊出席了酒会。")
    assert ("秦文俊", "participatesIn", "会员元旦团拜酒会") in found


def test_two_receptions_named_before_leave_it_open():
    found = facts("江海中华总商会今天上午举行会员元旦团拜酒会，晚上又举行迎春酒会。江海大学副校长秦文俊出席了酒会。")
    assert not any(h == "秦文俊" and r == "participatesIn" for h, r, _ in found)


def test_first_part_of_a_split_body_name_is_no_attendee():
    # 新华社|江海分社副社长某出席: one body written as two names; the first is not listed as attending
    found = facts("江海中华总商会今天上午举行会员元旦团拜酒会，新华社江海分社副社长秦文俊出席了酒会。")
    assert ("新华社", "participatesIn", "会员元旦团拜酒会") not in found
    assert ("秦文俊", "participatesIn", "会员元旦团拜酒会") in found


def test_speaker_at_the_closing_ceremony_of_the_class():
    found = facts("12月5日，2026年青石市农民工电工技能提升培训班在青石市职业技术学校结业。培训班邀请电气专业教师薛志刚授课。\n"
                  "青石市总工会副主席白玉兰在结业仪式上说，市总工会将为取得证书的学员推荐就业岗位。")
    assert ("白玉兰", "participatesIn", "2026年青石市农民工电工技能提升培训班") in found


def test_speaker_at_a_signing_ceremony_is_not_at_the_class():
    # 签约仪式: no ceremony of the class itself
    found = facts("12月5日，2026年青石市农民工电工技能提升培训班在青石市职业技术学校结业。\n"
                  "青石市总工会副主席白玉兰在签约仪式上说，市总工会将为学员推荐就业岗位。")
    assert ("白玉兰", "participatesIn", "2026年青石市农民工电工技能提升培训班") not in found
