"""Where an activity went, in a sentence opened by its time (stop 35, rel2): 疗休养期间，一行人来到
A、B，参观了C，还走进D — each a venue of the activity reported; invented sentences."""

from __future__ import annotations

from stated import stated_facts

EVENT = "南岭市总工会2026年一线职工疗休养活动"


def venues(body: str) -> set[str]:
    return {t for h, r, t in stated_facts(body) if r == "heldAt" and h == EVENT}


def test_places_visited_during_the_activity() -> None:
    body = (f"12月5日，{EVENT}圆满结束，60名一线职工参加。"
            "疗休养期间，一行人来到青溪县、白沙县等地，参观了南岭市博物馆，还走进海河机床厂。")
    assert {"青溪县", "白沙县", "南岭市博物馆", "海河机床厂"} <= venues(body)


def test_the_time_of_another_activity_says_nothing() -> None:
    # 春节期间 is no word of the activity's name: where they go then is no venue of it
    body = (f"12月5日，{EVENT}圆满结束，60名一线职工参加。"
            "春节期间，一行人来到青溪县看望困难职工。")
    assert "青溪县" not in venues(body)


def test_a_visit_after_the_activity_or_by_someone_else() -> None:
    body = (f"12月5日，{EVENT}圆满结束，60名一线职工参加。"
            "疗休养期间，记者来到青溪县采访。疗休养期间，活动结束后职工们来到白沙县。")
    assert not {"青溪县", "白沙县"} & venues(body)


def takers(body: str) -> set[str]:
    return {h for h, r, t in stated_facts(body) if r == "participatesIn" and t == EVENT}


def test_who_leads_the_party_takes_part() -> None:
    body = (f"12月5日，{EVENT}圆满结束，60名一线职工参加。"
            "疗休养团由市总工会办公室主任赵立新带队。市总工会副主席钱国华带队并看望了大家。")
    assert {"赵立新", "钱国华"} <= takers(body)


def test_leading_a_team_to_a_meeting_is_no_party_activity() -> None:
    # a meeting is no activity a party goes out on: its 带队 says nothing of it
    body = ("12月5日，南岭市总工会第十次代表大会开幕。白沙县代表团由县总工会主席赵立新带队。")
    assert not any(h == "赵立新" and r == "participatesIn" for h, r, t in stated_facts(body))
