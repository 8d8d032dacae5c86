"""Event names, second review of stop 44's fixes (sentences invented): the run before a session's
number widens its name only when it is a chain of names (no verb + object, no list, no time or count
word); a year-named activity run by a body keeps its name; 由 must be followed by a body and its
organising verb, and the not-yet check reads only the 由… clause and the one right after it; 首期 is
a first payment only after a paying verb; 把 + object + a verb of carrying names no meeting."""

from __future__ import annotations

import pytest

from stated import event_names, stated_facts as facts

events = event_names


def widened(got: set[str], session: str) -> list[str]:
    return [e for e in got if e.endswith(session) and e != session]


# --- 1-3. the run before 第N次会议 is a chain of names ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "3月6日，江陵市总工会组织三方第五次会议在城东区召开。",
    "3月6日，江陵市总工会牵头三方第五次会议在城东区召开。",
    "3月6日，江陵市总工会推动三方第五次会议在城东区召开。",
    "3月6日，江陵市总工会筹备三方第五次会议在城东区召开。",
    "3月6日，江陵市总工会、江陵市协调劳动关系三方第五次会议在城东区召开。",
    "3月6日，江陵市总工会全年第二次会议在城东区召开。",
    "3月6日，江陵市总工会3月份第二次会议在城东区召开。",
    "3月6日，江陵市总工会两家第五次会议在城东区召开。",
    "3月6日，江陵市总工会第二批第二次会议在城东区召开。",
])
def test_a_verb_a_list_or_a_count_in_the_run_gives_no_widened_session(body: str) -> None:
    session = "第五次会议" if "第五次" in body else "第二次会议"
    assert widened(events(body), session) == []


def test_a_verb_object_run_does_not_organise_the_widened_session() -> None:
    got = facts("3月6日，江陵市总工会组织三方第五次会议在城东区召开。")
    assert not any(r == "organizes" and "组织三方" in t for _, r, t in got)


def test_the_three_sides_body_is_still_read_whole() -> None:
    assert "江陵市协调劳动关系三方第五次会议" in events("3月6日，江陵市协调劳动关系三方第五次会议在城东区召开。")


# --- 4. a year-named activity run by a body keeps its name ------------------------------------------------

@pytest.mark.parametrize("body", [
    "据了解，2024年江陵市职工技能提升活动由市总工会发起。",
    "2024年江陵市职工技能提升活动由市总工会主办，城东区总工会承办。",
    "据了解，2024年江陵市职工技能提升活动已开展3年。",
])
def test_a_year_named_activity_run_by_a_body_keeps_its_name(body: str) -> None:
    assert "2024年江陵市职工技能提升活动" in events(body)


def test_a_year_named_activity_keeps_its_organiser() -> None:
    got = facts("据了解，2024年江陵市职工技能提升活动由市总工会发起。")
    assert any(r == "organizes" and t == "2024年江陵市职工技能提升活动" for _, r, t in got)


# --- 5. the not-yet check reads only the 由… clause and the one after it ---------------------------------

_STARTED = "据介绍，江陵市职工重大疾病互助保障活动由市总工会于2018年发起，"


@pytest.mark.parametrize("rest", [
    "目前尚未参保的职工可到所在单位工会报名。",
    "疫情期间也从未停止。",
    "今年即将迎来实施十周年。",
    "参保范围将于明年扩大到灵活就业人员。",
    "已累计救助职工300人次，此前暂停的体检项目已恢复。",
    "已累计救助职工300人次，截至目前仍未出现资金缺口。",
])
def test_not_yet_words_about_something_else_keep_the_activity(rest: str) -> None:
    assert "江陵市职工重大疾病互助保障活动" in events(_STARTED + rest)


@pytest.mark.parametrize("body", [
    "江陵市职工互助保障活动由市总工会发起，但一直没有开展。",
    "江陵市职工互助保障活动由市总工会发起，但目前还没有启动。",
])
def test_a_programme_never_run_is_no_event(body: str) -> None:
    assert not any(e.endswith("活动") for e in events(body))


# --- 6. 由 must be followed by a body that runs it ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "江陵市职工互助保障活动由谁来组织开展还在研究。",
    "江陵市职工互助保障活动由哪个部门牵头开展，目前仍在协商。",
    "江陵市职工互助保障活动由市总工会发起的可能性较大。",
    "江陵市职工互助保障活动由市总工会发起的方案正在制定。",
    "江陵市职工互助保障活动由点到面逐步开展。",
    "江陵市职工疗休养活动由每年一次调整为每年两次开展。",
])
def test_no_body_running_the_activity_gives_no_event(body: str) -> None:
    assert not any(e.endswith("活动") for e in events(body))


def test_a_likely_organiser_organises_nothing() -> None:
    got = facts("江陵市职工互助保障活动由市总工会发起的可能性较大。")
    assert not any(r == "organizes" for _, r, _t in got)


# --- 7. 首期 after a paying verb is a first payment; otherwise the edition --------------------------------

@pytest.mark.parametrize("body", [
    "市总工会下拨首期“金秋助学”活动专项资金50万元。",
    "市总工会下拨首期“金秋助学”活动助学金。",
    "市总工会发放首期“金秋助学”活动救助款。",
    "市总工会下拨首期“送清凉”活动物资一批。",
    "市总工会拨付首期“春送岗位”专项行动所需经费。",
    "市总工会拨付首期“春送岗位”专项行动的工作经费。",
])
def test_a_first_payment_after_a_paying_verb_is_no_edition(body: str) -> None:
    assert not any(e.startswith("首期") for e in events(body))


def test_an_edition_before_a_rate_of_pay_stays_in_the_name() -> None:
    got = events("江陵市总工会首期“工匠学院”培训班补贴标准为每人500元。")
    assert not any(e.endswith("培训班") and not e.startswith("首期") for e in got)


# --- 8. 把 + object + a verb of carrying names no meeting ------------------------------------------------

@pytest.mark.parametrize("body", [
    "“我要把职工的心声带上大会。”",
    "他把职工的诉求转交职工代表大会。",
    "她把建议递交职工代表大会。",
    "他把职工的提案提交职工代表大会。",
])
def test_what_is_carried_to_a_meeting_is_no_part_of_its_name(body: str) -> None:
    got = events(body)
    assert not any(w in e for e in got for w in ("带上", "转交", "递交", "提交"))
