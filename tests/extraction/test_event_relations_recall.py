"""Event relations (participatesIn, organizes, heldAt) stated by constructions common in news
reports: sentences written for the tests, names invented. Each rule has a positive case and a
look-alike sentence where the relation is not stated."""

from __future__ import annotations

import pytest

from stated import headlined_facts as headline_article

from uniongraph.extraction.events import find_events
from uniongraph.extraction.pipeline import extract_article
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.model import Article


def events(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


def found(body: str) -> set[tuple[str, str, str, str]]:
    """(head, relation, tail, rule) of every stated fact of a one-article body."""
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(r.head, r.relation, r.tail, e.rule) for r in art.relations for e in r.evidence}


def facts(body: str) -> set[tuple[str, str, str]]:
    return {f[:3] for f in found(body)}


# --- speakers listed with their unit and title (speaker-at-this-meeting) -----------------------

def test_speakers_listed_with_unit_and_title_all_take_part():
    body = ("南岭团市委召开实施再就业工程座谈会。海河钢铁公司总经理王建国、南岭纺织厂厂长李秀英、"
            "海河快餐店经理赵立也做了发言。")
    got = found(body)
    for name in ("王建国", "李秀英", "赵立"):
        assert (name, "participatesIn", "实施再就业工程座谈会", "speaker-at-this-meeting") in got


def test_a_name_before_another_clause_is_not_in_the_speakers_list():
    body = "南岭团市委召开实施再就业工程座谈会。王建国说，海河钢铁公司总经理李秀英、赵立也做了发言。"
    got = facts(body)
    assert ("李秀英", "participatesIn", "实施再就业工程座谈会") in got
    assert ("王建国", "participatesIn", "实施再就业工程座谈会") not in got


# --- going to a place to attend an event (goes-to-place-to-attend-event) -----------------------

def test_going_to_a_place_to_attend_an_event_places_the_event_there():
    got = found("１９７８年，王秀英去北京参加全国妇女大会。")
    assert ("全国妇女大会", "heldAt", "北京", "goes-to-place-to-attend-event") in got
    assert ("王秀英", "participatesIn", "全国妇女大会", "people-attend-event") in got
    assert ("全国总工会十二届三次执委会议", "heldAt", "京") in facts("王秀英赴京出席全国总工会十二届三次执委会议。")


@pytest.mark.parametrize("body", [
    "王秀英从北京赶来参加全国妇女大会。",              # where one comes from, not where it is held
    "王秀英到北京参观，回来后参加全国妇女大会。",      # the event is not attended there
])
def test_a_place_one_does_not_go_to_for_the_event_is_no_venue(body):
    assert not {f for f in facts(body) if f[1] == "heldAt"}


# --- the event as topic, organisers as the subject of a later clause (topic-event-organized-by)

def test_organisers_of_the_topic_event_named_in_a_later_clause():
    got = found("因此，这次纺织工业工作会议，由国务院批准，海河经贸委和南岭纺织总会联合召开，并邀请各省市长与会。")
    assert ("海河经贸委", "organizes", "纺织工业工作会议", "topic-event-organized-by") in got
    assert ("南岭纺织总会", "organizes", "纺织工业工作会议", "topic-event-organized-by") in got
    both = facts("第三届职工技能大赛，海河市总工会主办，南岭钢铁公司承办。")
    assert {("海河市总工会", "organizes", "第三届职工技能大赛"), ("南岭钢铁公司", "organizes", "第三届职工技能大赛")} <= both


@pytest.mark.parametrize("body", [
    "这次纺织工业工作会议，海河市总工会举办了职工书法展。",          # the verb has an object of its own
    "纺织工业工作会议结束后，海河市总工会和南岭市总工会联合召开。",  # the event is no topic on its own
])
def test_no_organiser_when_the_event_is_not_the_topic_of_the_verb(body):
    assert not {f for f in found(body) if f[3] == "topic-event-organized-by"}


# --- EVENT，(time)在 PLACE 举行 (event-comma-held-at-place) ---------------------------------------

@pytest.mark.parametrize("body, event, place", [
    ("第三届职工技能大赛，今天上午在南岭市体育中心隆重开幕。", "第三届职工技能大赛", "南岭市体育中心"),
    ("第三届职工技能大赛，今天在南岭市开幕。", "第三届职工技能大赛", "南岭市"),
])
def test_an_event_ending_its_clause_is_held_where_the_next_clause_says(body, event, place):
    assert (event, "heldAt", place, "event-comma-held-at-place") in found(body)


@pytest.mark.parametrize("body", [
    "第三届职工技能大赛，王建国在南岭市体育中心举行的颁奖会上领奖。",  # a subject of its own; another event's venue
    "第三届职工技能大赛，今天在南岭市举行的颁奖会上闭幕。",            # 举行的: the verb describes another noun
    "第三届职工技能大赛结束后，市总工会在南岭市举行表彰会。",          # the event does not end its clause
])
def test_no_venue_for_an_event_that_is_not_the_subject_of_the_holding(body):
    assert not {f for f in found(body) if f[3] == "event-comma-held-at-place"}


# --- 此间: the place of the dateline (event-held-here-at-dateline) ------------------------------

@pytest.mark.parametrize("body, place", [
    ("本报南岭１月６日电记者王立报道：今天在此间召开的全省纺织工业工作会议提出，要深化改革。", "南岭"),
    ("新华社海河１月６日电全省纺织工业工作会议今天在此间开幕。", "海河"),
])
def test_an_event_held_here_is_held_at_the_dateline_place(body, place):
    assert ("全省纺织工业工作会议", "heldAt", place, "event-held-here-at-dateline") in found(body)


@pytest.mark.parametrize("body", [
    "记者王立报道：今天在此间召开的全省纺织工业工作会议提出，要深化改革。",           # no dateline
    "本报南岭１月６日电全省纺织工业工作会议今天在海河开幕，此间专家认为要深化改革。",  # 此间 not of the event
])
def test_no_dateline_venue_unless_the_event_is_held_here(body):
    assert not {f for f in found(body) if f[3] == "event-held-here-at-dateline"}


# --- a body's numbered working meeting is one meeting (event-session) --------------------------

def test_a_bodys_numbered_working_meeting_is_named_and_its_speaker_takes_part():
    assert "海河钢铁总公司第三次工作会议" in events("国务委员赵立新在海河钢铁总公司第三次工作会议上讲话。")
    assert ("赵立新", "participatesIn", "海河钢铁总公司第三次工作会议", "person-speaks-at-event") in found(
        "国务委员赵立新在海河钢铁总公司第三次工作会议上讲话。")


def test_a_numbered_working_meeting_without_its_body_names_none():
    assert not events("他在第三次工作会议上讲话。")


def test_an_event_name_cut_short_in_its_clause_gets_no_venue():
    # the recogniser may take only the end of a long name (…生平和思想研讨会): no fact on a part
    body = "以“学习”为主题的南岭县王建国生平和思想研讨会，今天在海河市举行。"
    assert not {f for f in found(body) if f[3] == "event-comma-held-at-place" and f[0] != "南岭县王建国生平和思想研讨会"}
    assert ("职工技能大赛", "heldAt", "海河市", "event-comma-held-at-place") in found(
        "以“学习”为主题的职工技能大赛，今天在海河市举行。")


# --- 在 A、B和C 举办 EVENT: each listed place (at-listed-places-verb-event) -------------------------

def test_each_place_listed_after_at_is_a_venue():
    got = facts("海河市总工会先后在南岭、海河和长乐举办职工技能大赛。")
    assert {("职工技能大赛", "heldAt", p) for p in ("南岭", "海河", "长乐")} <= got


@pytest.mark.parametrize("body, place", [
    ("南岭、海河和长乐的职工在北京举办职工技能大赛。", "海河"),                 # the list is the subject's
    ("海河市总工会在南岭举办职工技能大赛，长乐和海河也举行了职工运动会。", "海河"),  # a new clause
])
def test_places_not_listed_after_at_are_no_venue(body, place):
    assert ("职工技能大赛", "heldAt", place) not in facts(body)


# --- a headline line 甲乙丙等出席 under a headline that names the event (people-attend-event) ------

def test_those_listed_as_attending_in_a_headline_attend_the_headline_event():
    got = headline_article("海河市总工会举行春节团拜会\n王建国主持\n李秀英讲话赵立新钱国华等出席（附图片１张）\n"
                           "本报海河１月２日讯团拜会今天举行。")
    assert ("赵立新", "participatesIn", "春节团拜会") in got
    assert ("钱国华", "participatesIn", "春节团拜会") in got


@pytest.mark.parametrize("text", [
    "海河市总工会慰问困难职工\n赵立新钱国华等出席\n本报海河１月２日讯今天举行了慰问。",   # no event in the headline
    "海河市总工会举行春节团拜会。赵立新钱国华等出席\n本报海河１月２日讯团拜会今天举行。",  # not a headline: a full stop above
])
def test_no_headline_attendance_without_a_headline_event(text):
    assert not {f for f in headline_article(text) if f[1] == "participatesIn" and f[0] in ("赵立新", "钱国华")}


# --- elected to a post in the report of a meeting (elected-at-meeting) -------------------------

@pytest.mark.parametrize("body, person, event", [
    ("海河市职工联合会于１月８日在京召开第二届会员代表大会。会议选举产生了第二届委员会。赵立新当选为海河市职工联合会第二届委员会主席。",
     "赵立新", "第二届会员代表大会"),
    ("南岭县总工会召开第十次代表大会。在随后召开的南岭县总工会十届一次全委会上，钱国华当选县总工会主席。",
     "钱国华", "南岭县总工会十届一次全委会"),
])
def test_elected_to_a_post_at_the_meeting(body, person, event):
    got = {f for f in found(body) if f[3] == "elected-at-meeting"}
    assert {(f[0], f[2]) for f in got} == {(person, event)}


@pytest.mark.parametrize("body", [
    "海河市总工会召开劳模表彰大会。赵立新当选为全国劳动模范。",             # an honour, not a post
    "海河市总工会开展“金秋助学”活动。赵立新当选为海河市职工联合会主席。",   # no meeting is reported
    "南岭县总工会召开第十次代表大会。在随后召开的全委会上，钱国华当选县总工会主席。",  # another meeting
])
def test_an_election_not_at_a_reported_meeting(body):
    assert not {f for f in found(body) if f[3] == "elected-at-meeting"}


# --- one official of a body quoted is no group of members taking part (org-members-take-part) --

def test_members_of_a_body_take_part_but_one_official_quoted_does_not():
    base = "海河市总工会举办职工招聘洽谈会。"
    assert ("南岭服务队", "participatesIn", "职工招聘洽谈会") in facts(base + "南岭服务队的１０名队员为职工服务。")
    quoted = facts(base + "南岭市经委的一位负责同志反思说：“要改革。”")
    assert not {f for f in quoted if f[0] == "南岭市经委" and f[1] == "participatesIn"}


# --- 参加了由ORG举办的EVENT; EVENT在X举行，PERSON出席并讲话 (people-attend-event) ------------------

def test_attending_an_event_named_after_a_relative_clause_of_its_organising():
    got = found("王建国参加了由海河市总工会举办的职工运动会。")
    assert ("王建国", "participatesIn", "职工运动会", "people-attend-event") in got


def test_a_bare_attending_after_the_clause_that_names_the_event():
    got = found("第三届职工技能大赛开幕式在南岭市体育中心举行，王建国出席并讲话。")
    assert ("王建国", "participatesIn", "第三届职工技能大赛开幕式", "people-attend-event") in got


@pytest.mark.parametrize("body", [
    "王建国在第三届职工技能大赛上获奖，李秀英出席并讲话。",              # the event is no clause subject
    "第三届职工技能大赛开幕式在南岭市体育中心举行，李秀英出席了表彰会。",  # 出席 has an object of its own
])
def test_no_attending_of_an_event_the_clause_does_not_point_to(body):
    assert not {f for f in facts(body) if f[0] == "李秀英" and f[1] == "participatesIn"}


# --- bodies (and people) winning in a named event (body-wins-in-event, person-wins-in-event) ---

@pytest.mark.parametrize("body, who, rule", [
    ("在第三届职工技能大赛中，南岭钢铁公司代表队、海河纺织厂代表队获得团体一等奖。",
     ("南岭钢铁公司代表队", "海河纺织厂代表队"), "body-wins-in-event"),
    ("南岭钢铁公司代表队在第三届职工技能大赛中荣获团体一等奖。", ("南岭钢铁公司代表队",), "body-wins-in-event"),
    ("在第三届职工技能大赛中，王建国获得焊工第一名。", ("王建国",), "person-wins-in-event"),
])
def test_winning_in_a_named_event_is_taking_part(body, who, rule):
    got = found(body)
    for w in who:
        assert (w, "participatesIn", "第三届职工技能大赛", rule) in got


@pytest.mark.parametrize("body", [
    "在第三届职工技能大赛中，王建国说，南岭钢铁公司代表队去年获得团体一等奖。",  # the award is in another clause
    "南岭钢铁公司代表队在第三届职工技能大赛中表现出色，去年获得团体一等奖。",  # …and not in the event
])
def test_an_award_not_said_of_the_event(body):
    # (表现出色 in the contest is taking part in it: subject-at-named-event; no award is said of it)
    assert not {f for f in found(body) if f[0] == "南岭钢铁公司代表队" and f[1] == "participatesIn"
                and f[3] != "subject-at-named-event"}


# --- A、B等２０家企业参加了比赛 (bodies-attend-event) ----------------------------------------------

def test_bodies_listed_before_a_count_of_their_kind_attend():
    got = found("海河市总工会举办第三届职工技能大赛。南岭钢铁公司、海河纺织厂等２０家企业参加了比赛。")
    for body in ("南岭钢铁公司", "海河纺织厂"):
        assert (body, "participatesIn", "第三届职工技能大赛", "bodies-attend-event") in got


def test_a_body_before_a_count_of_people_is_no_attendee_by_this_rule():
    got = found("海河市总工会举办第三届职工技能大赛。南岭钢铁公司等企业的２００名职工参加了比赛。")
    assert not {f for f in got if f[0] == "南岭钢铁公司" and f[3] == "bodies-attend-event"}


# --- venues listed before the verb of holding (event-held-at-listed-places) --------------------

def test_an_event_held_at_each_of_the_listed_venues():
    got = facts("第三届职工技能大赛在南岭市体育中心和海河市文化宫同时举行。")
    assert {("第三届职工技能大赛", "heldAt", "南岭市体育中心"), ("第三届职工技能大赛", "heldAt", "海河市文化宫")} <= got


def test_a_venue_of_one_clause_is_not_the_venue_of_the_event_of_the_next():
    got = facts("第三届职工技能大赛在南岭市体育中心举行，海河市和长乐县同时举行了职工运动会。")
    assert ("第三届职工技能大赛", "heldAt", "南岭市体育中心") in got
    assert ("职工运动会", "heldAt", "南岭市体育中心") not in got
    assert not {f for f in got if f[0] == "第三届职工技能大赛" and f[2] in ("海河市", "长乐县")}
    # the places of the next clause hold its own event (place-holds-event)
    assert ("职工运动会", "heldAt", "海河市") in got


# --- a list of people that 参加了活动 (agent-participates-this-event) ------------------------------

def test_each_person_of_a_list_takes_part_in_the_activity():
    got = facts("海河市总工会开展“夏送清凉”活动。王建国、李秀英参加了活动。")
    assert {("王建国", "participatesIn", "夏送清凉活动"), ("李秀英", "participatesIn", "夏送清凉活动")} <= got
    other = facts("海河市总工会开展“夏送清凉”活动。王建国说，李秀英参加了活动。")
    assert ("王建国", "participatesIn", "夏送清凉活动") not in other


def test_a_fronted_place_still_places_the_event_held_in_the_next_clause():
    got = facts("今天，在南岭市体育中心，海河市总工会为王建国举行劳模庆功大会。")
    assert ("劳模庆功大会", "heldAt", "南岭市体育中心") in got


def test_a_name_inside_a_comma_list_of_organisers_is_no_topic_event():
    # 由A，B，C联合举办: a list member mistaken for an event is not the topic of the sentence
    body = "座谈会由海河市总工会，南岭职工运动会，长乐县总工会联合举办。"
    assert not {f for f in found(body) if f[3] == "topic-event-organized-by"}


# --- a date span between the event and 在 PLACE 举行 (event-held-at-place, event-comma-held-at-place)

@pytest.mark.parametrize("body, event, place", [
    ("第三届职工技能大赛将于今年１０月１２日至１９日在南岭市举行。", "第三届职工技能大赛", "南岭市"),
    ("海河市总工会第二次全体会议，于一九九八年一月二十日至二十二日在海河市举行。", "海河市总工会第二次全体会议", "海河市"),
])
def test_an_event_held_at_a_place_after_a_date_span(body, event, place):
    assert (event, "heldAt", place) in facts(body)


def test_a_date_span_does_not_carry_a_place_that_is_no_venue():
    body = "第三届职工技能大赛将于今年１０月１２日至１９日在南岭市体育中心的支持下举行。"
    assert not {f for f in facts(body) if f[1] == "heldAt"}


# --- 在这里: the place that sets the scene, else the dateline's (event-held-here-at-scene) -----

def test_held_here_at_the_place_that_opens_the_sentence():
    body = "本报海河１月１０日电记者王立报道：１月８日上午，长乐县青石镇鼓乐喧天，南岭“三下乡”启动仪式在这里举行。"
    scene = {f[2] for f in found(body) if f[:2] == ("南岭三下乡启动仪式", "heldAt") and f[3] == "event-held-here-at-scene"}
    assert len(scene) == 1 and scene.pop().endswith("青石镇")  # (the recogniser may keep 长乐县 with it)
    dateline = "本报海河１月１２日讯记者王立报道：今天在这里召开的全省体委主任会议，主题并不具体。"
    assert ("全省体委主任会议", "heldAt", "海河", "event-held-here-at-dateline") in found(dateline)


def test_here_is_no_place_merely_named_in_the_sentence():
    body = "王建国来自南岭县，第三届职工技能大赛在这里举行。"
    assert not {f for f in facts(body) if f[1] == "heldAt"}


# --- the subject of the first clause attends in the next, subjectless one (subject-attends-in-next-clause)

@pytest.mark.parametrize("body, event", [
    ("１９９６年１２月３０日，王秀英受海河市医学会邀请，参加第五届国际名医药学术交流大会。", "第五届国际名医药学术交流大会"),
    ("王秀英来到南岭市，随后参加了第三届职工技能大赛。", "第三届职工技能大赛"),
])
def test_the_subject_carried_into_a_clause_that_attends(body, event):
    assert ("王秀英", "participatesIn", event, "subject-attends-in-next-clause") in found(body)


@pytest.mark.parametrize("body", [
    "王秀英表示，参加第三届职工技能大赛是一种荣誉。",                       # what she said
    "王秀英受海河市医学会邀请，钱国华参加第五届国际名医药学术交流大会。",  # a new subject
])
def test_no_carried_subject_when_the_clause_is_said_or_has_its_own(body):
    assert not {f for f in facts(body) if f[0] == "王秀英" and f[1] == "participatesIn"}


# --- 在…会议上，A总经理传达了… (speaker-at-event with a title after the name) --------------------

def test_a_speaker_with_a_title_after_the_name_at_the_named_meeting():
    body = "在今天召开的海河钢铁总公司工作会议上，周立新总经理传达了国务院的要求。"
    assert ("周立新", "participatesIn", "海河钢铁总公司工作会议", "speaker-at-event") in found(body)


@pytest.mark.parametrize("body", [
    "在今天召开的海河钢铁总公司工作会议上，周立新总经理的讲话稿被传阅。",  # no verb of his
    "在海河钢铁总公司工作会议召开前，周立新总经理传达了要求。",            # before the meeting, not at it
])
def test_no_speaker_at_a_meeting_the_clause_does_not_place_him_at(body):
    assert not {f for f in facts(body) if f[0] == "周立新" and f[1] == "participatesIn"}


# --- 由A、B等单位主办的EVENT; EVENT由A、B等１０多个部门联合组织 (organized-by-org) ------------------

def test_organisers_listed_before_and_others_not_named():
    got = facts("本报讯由海河市总工会、南岭市总工会等单位主办的第三届职工技能大赛，将于今年１０月底在南岭市举行。")
    assert ("海河市总工会", "organizes", "第三届职工技能大赛") in got
    assert ("第三届职工技能大赛", "heldAt", "南岭市") in got
    later = facts("此次“三下乡”示范活动由南岭地委宣传部、南岭市科委等１０多个部门联合组织。")
    assert {("南岭地委宣传部", "organizes", "三下乡示范活动"), ("南岭市科委", "organizes", "三下乡示范活动")} <= later


def test_bodies_whose_staff_form_a_team_do_not_organise_what_it_attends():
    got = facts("由海河市总工会等单位的职工组成的服务队参加了第三届职工技能大赛。")
    assert not {f for f in got if f[1] == "organizes"}


# --- more ways of saying one spoke at, or attended, an event ---------------------------------

def test_a_speech_given_at_an_event_held_somewhere():
    got = found("拉丁斯是８日在南岭市举行的南亚旅游论坛上发表讲话时发出上述呼吁的。")
    assert ("拉丁斯", "participatesIn", "南亚旅游论坛", "person-speaks-at-event") in got


def test_speakers_who_gave_speeches_at_the_reported_meeting():
    got = found("南岭市总工会召开职工代表座谈会。钱国华、李秀英也发表了讲话。")
    for name in ("钱国华", "李秀英"):
        assert (name, "participatesIn", "职工代表座谈会", "speaker-at-this-meeting") in got


@pytest.mark.parametrize("body, person, event", [
    ("新任南岭市冶金局副局长吴立强，也出席了情况通报会。", "吴立强", "情况通报会"),
    ("应南岭市总工会的邀请，马立平２３日抵达这里，出席第三届职工技能大赛。", "马立平", "第三届职工技能大赛"),
])
def test_a_titled_or_invited_subject_attends_in_the_next_clause(body, person, event):
    assert (person, "participatesIn", event, "subject-attends-in-next-clause") in found(body)


def test_an_attendee_in_the_headline_line_that_names_the_event():
    got = headline_article("《南岭文选》出版座谈会举行王建国出席并发表重要讲话\n本报讯今天举行了座谈会。")
    assert ("王建国", "participatesIn", "《南岭文选》出版座谈会") in got  # the book's title opens the name
    plain = headline_article("《南岭文选》出版\n王建国出席并发表重要讲话\n本报讯今天出版了文选。")
    assert not {f for f in plain if f[1] == "participatesIn"}


# --- a place as the subject of the holding (place-holds-event) ---------------------------------

def test_a_place_that_holds_an_event_is_where_it_took_place():
    assert ("盛大贺岁烟花汇演", "heldAt", "南岭市", "place-holds-event") in found("春节期间，南岭市举行盛大贺岁烟花汇演。")
    both = found("新年第一天，南岭、海河两地同时举行万人登山“新春步步高”活动。")
    assert {("万人登山新春步步高活动", "heldAt", p, "place-holds-event") for p in ("南岭", "海河")} <= both


@pytest.mark.parametrize("body", [
    "南岭市民举行第三届职工技能大赛。",            # the residents, not the city
    "他来自南岭市，举行了第三届职工技能大赛。",    # the place is no subject
    "南岭市总工会举行第三届职工技能大赛。",        # a body holds it
])
def test_no_venue_from_a_place_that_is_not_the_subject(body):
    assert not {f for f in found(body) if f[3] == "place-holds-event"}


# --- PERSON一行来到 VENUE in the report of an activity (party-visits-in-this-activity) ----------

def test_a_visiting_party_takes_part_in_the_activity_held_where_it_goes():
    got = found("海河市总工会开展“夏送清凉”活动。市总工会主席王建国一行来到南岭钢铁公司，慰问一线职工。")
    assert ("王建国", "participatesIn", "夏送清凉活动", "party-visits-in-this-activity") in got
    assert ("夏送清凉活动", "heldAt", "南岭钢铁公司", "party-visits-in-this-activity") in got
    two = found("海河市总工会开展“夏送清凉”活动。王建国、李秀英一行今天来到南岭县青石镇。")
    assert ("李秀英", "participatesIn", "夏送清凉活动", "party-visits-in-this-activity") in two
    assert ("夏送清凉活动", "heldAt", "青石镇", "party-visits-in-this-activity") in two


@pytest.mark.parametrize("body", [
    "海河市总工会召开职工代表座谈会。王建国一行来到南岭钢铁公司。",                    # a meeting is not visited
    "海河市总工会开展“夏送清凉”活动。记者随王建国一行来到南岭钢铁公司。",             # the party is no subject
    "海河市总工会开展“夏送清凉”活动。王建国一行来到南岭钢铁公司，第三届职工技能大赛正在举行。",  # another event
])
def test_no_visit_read_onto_a_meeting_or_another_event(body):
    assert not {f for f in found(body) if f[3] == "party-visits-in-this-activity"}


def test_an_organising_verb_whose_clause_ends_first_does_not_govern_a_later_event() -> None:
    read = facts("民政部、人事部等部门召开机关干部大会，由党组负责人对“三优一满意”活动进行动员。")
    assert not {r for r in read if r[1] == "organizes"}


def test_an_organising_verb_governs_the_event_it_takes_as_object() -> None:
    assert ("海州市总工会", "organizes", "职工健康周活动") in facts("海州市总工会近日举办了“职工健康周”活动。")


# --- a list of names with unnamed others after it (people-attend-event) --------------------------

def test_named_attendees_before_unnamed_others_all_take_part():
    got = facts("海河市市长王建国，南岭县副县长李秀英以及省直有关部门的主要负责人出席了全市职工技能大赛。")
    for name in ("王建国", "李秀英"):
        assert (name, "participatesIn", "全市职工技能大赛") in got


@pytest.mark.parametrize("body", [
    # the others are named by a place before them: not a list joined to the names
    "王建国说，海河市各界群众代表２００多人参加了全市职工技能大赛。",
    # a long clause after the name is no list of attendees
    "王建国表扬了为筹备工作日夜加班的各位同志参加的全市职工技能大赛。",
])
def test_no_attendee_across_a_clause_that_is_not_a_list(body):
    assert not {f for f in facts(body) if f[0] == "王建国" and f[1] == "participatesIn"}


# --- leaders who address a meeting in writing: no participation (not_attending) -----------------

@pytest.mark.parametrize("body, people, event", [
    ("海河市长王建国致信全省纺织工作会议。", ["王建国"], "全省纺织工作会议"),
    ("王建国李秀英致信全省纺织工作会议要求加快改革", ["王建国", "李秀英"], "全省纺织工作会议"),
    ("全省纺织工作会议今天在南岭召开。省长王建国为会议题了词，李秀英副省长发来贺信。",
     ["王建国", "李秀英"], "全省纺织工作会议"),
    ("省长王建国对正在南岭召开的全省纺织工作会议作出书面指示：要加快改革。", ["王建国"], "全省纺织工作会议"),
])
def test_a_leader_who_writes_to_a_meeting_does_not_take_part_in_it(body, people, event):
    # (the guideline's participatesIn is attending; pfr-dev3 and pfr-dev5's annotators read a letter as taking part)
    got = found(body)
    for person in people:
        assert not {f for f in got if f[0] == person and f[1] == "participatesIn"}


@pytest.mark.parametrize("body", [
    "王建国致信南岭纺织厂职工，祝贺新年。",                  # a letter to people, no meeting
    "全省纺织工作会议今天召开。王建国给老朋友写信说起此事。",  # a letter to someone else
    "王建国在信中说，全省纺织工作会议开得很好。",            # no writing to the meeting
])
def test_no_leader_takes_part_by_a_letter_not_written_to_the_meeting(body):
    assert not {f for f in facts(body) if f[0] == "王建国" and f[1] == "participatesIn"}


@pytest.mark.parametrize("body, person", [
    ("全省纺织工作会议今天在南岭召开。副省长李秀英作了会议总结。", "李秀英"),
    ("全省纺织工作会议今天在南岭召开。赵立在工作报告中明确了今年的措施。", "赵立"),
])
def test_who_sums_up_or_reports_at_the_meeting_reported_takes_part(body, person):
    assert (person, "participatesIn", "全省纺织工作会议", "speaker-at-this-meeting") in found(body)


def test_a_text_written_elsewhere_is_no_part_in_the_meeting():
    # (a work report in a meeting's report is given at it: pfr-dev5's annotator reads
    # 徐鹏航总经理在工作报告中明确了… as taking part, so the look-alike is a text of another time)
    body = "全省纺织工作会议今天在南岭召开。王建国在去年发表的一篇文章中提到了他。"
    assert not {f for f in facts(body) if f[0] == "王建国" and f[1] == "participatesIn"}


@pytest.mark.parametrize("body, person, event", [
    ("海河局局长王建国在今天开幕的全省纺织工作会议上提出，要加快改革。", "王建国", "全省纺织工作会议"),
    ("李秀英在全省纺织工作会议上要求几年内解决职工住房困难", "李秀英", "全省纺织工作会议"),
])
def test_a_speaker_at_a_named_meeting_takes_part_whatever_the_verb_of_saying(body, person, event):
    assert (person, "participatesIn", event, "person-speaks-at-event") in found(body)


@pytest.mark.parametrize("body, person, event", [
    ("１９６４年，在王建国主持召开的全省地质工作会议上，研究了职工待遇问题。", "王建国", "全省地质工作会议"),
    ("李秀英主持召开了全市职工技能大赛总结会。", "李秀英", "全市职工技能大赛总结会"),
])
def test_who_chairs_a_meeting_named_right_after_takes_part(body, person, event):
    assert (person, "participatesIn", event, "chairs-named-event") in found(body)


def test_a_chair_of_something_else_before_a_meeting_takes_no_part_in_it():
    body = "王建国主持了会议，全市职工技能大赛总结会随后举行。"
    assert ("王建国", "participatesIn", "全市职工技能大赛总结会") not in facts(body)


def test_a_speaker_in_a_letter_about_a_meeting_is_not_at_it():
    assert not {f for f in facts("王建国在信中说，全省纺织工作会议开得很好。") if f[1] == "participatesIn"}


def test_a_quoted_title_before_的_and_a_kind_of_event_names_the_event():
    got = facts("南岭电视台举办了“一切为了您”的大型综艺晚会。")
    assert ("南岭电视台", "organizes", "一切为了您") in got
    assert "一切为了您" in events("南岭电视台举办了“一切为了您”的大型综艺晚会。")


def test_a_quote_someone_says_is_no_event():
    assert not events("他说“我们要团结”的活动很好。")


def test_a_body_opening_the_sentence_after_its_dateline_is_its_subject():
    got = facts("新华社南岭１月４日电（记者王建国）海河市总工会今天在南岭召开第三届职工代表大会。")
    assert ("海河市总工会", "organizes", "第三届职工代表大会") in got


def test_由_a_long_clause_names_the_organisers_not_the_subject_who_watches():
    body = ("新华社南岭１月４日电（记者王建国）海河市人大常委会主任李秀英今天晚上观看了"
            "由南岭慈善总会和南岭电视台共同为残疾人举办的“慈善之春”芭蕾舞专场晚会。")
    got = facts(body)
    assert ("南岭慈善总会", "organizes", "慈善之春芭蕾舞专场晚会") in got
    assert ("南岭电视台", "organizes", "慈善之春芭蕾舞专场晚会") in got
    assert ("海河市人大常委会", "organizes", "慈善之春芭蕾舞专场晚会") not in got


def test_the_teams_and_entrants_of_the_contest_reported_take_part_in_it():
    body = ("第三届南岭市职工技能大赛今天开幕。参赛选手中，来自海河地铁公司的电客车司机何静怡是唯一的女选手。"
            "海河能源工会代表队由４８名选手组成。")
    got = facts(body)
    assert ("何静怡", "participatesIn", "第三届南岭市职工技能大赛") in got
    assert ("海河能源工会代表队", "participatesIn", "第三届南岭市职工技能大赛") in got


def test_no_entrant_of_a_report_that_is_not_about_a_contest():
    body = "南岭市总工会召开第三届职工代表大会。王建国说，海河能源工会代表队去年表现很好。"
    assert not {f for f in facts(body) if f[1] == "participatesIn" and f[0] in ("王建国", "海河能源工会代表队")}


# --- a book's title in a meeting's name; the meeting of a report's lead -------------------------

def test_a_books_title_opens_the_name_of_a_meeting_held():
    assert "《南岭日报》创刊５０周年座谈会" in events("在今天举行的《南岭日报》创刊５０周年座谈会上，王建国发言。")
    got = facts("在今天举行的《南岭日报》创刊５０周年座谈会上，王建国发言。李秀英、赵立等参加座谈会。")
    assert ("李秀英", "participatesIn", "《南岭日报》创刊５０周年座谈会") in got


def test_a_title_after_a_verb_with_no_meeting_head_is_no_event():
    assert not events("他们讨论了《关于加强工会工作的决定》，大家赞成。")


def test_bare_出席会议_is_the_meeting_the_lead_opens_with_when_several_are_named_before():
    body = ("新华社南岭１月４日电南岭市政协第五次主席会议今天下午在南岭举行。会议听取了第二次常委会议的汇报"
            "和第三次会议的报告。王建国、李秀英出席了会议。")
    got = found(body)
    for name in ("王建国", "李秀英"):
        assert (name, "participatesIn", "南岭市政协第五次主席会议", "people-attend-event") in got


def test_bare_出席会议_needs_the_lead_to_open_with_the_meeting():
    body = ("王建国说，南岭市政协第五次主席会议在南岭举行。会议听取了第二次常委会议的汇报"
            "和第三次会议的报告。李秀英出席了会议。")
    assert not {f for f in facts(body) if f[0] == "李秀英" and f[1] == "participatesIn"}


def test_bare_出席_a_kind_of_meeting_is_not_the_lead_meeting_of_another_kind():
    body = ("新华社南岭１月４日电南岭市政协第五次主席会议今天下午在南岭举行。会议听取了第二次常委会议的汇报"
            "和第三次会议的报告。李秀英出席了座谈会。")
    assert not {f for f in facts(body) if f[0] == "李秀英" and f[1] == "participatesIn"}


# --- a list of attendees with a name the recognisers missed; awards handed out at a meeting ------

def test_an_unrecognised_name_in_a_list_does_not_cut_the_list_of_attendees():
    got = facts("南岭射击研讨会今天在南岭举行。王建国、范用、张明等参加研讨会。")
    assert ("王建国", "participatesIn", "南岭射击研讨会") in got
    assert ("张明", "participatesIn", "南岭射击研讨会") in got


def test_those_who_hand_out_awards_at_the_meeting_and_those_awarded_take_part():
    body = ("南岭射击运动研讨会今天在南岭举行。在今天的研讨会上，南岭市体委主任王建国等向获得"
            "射击“十佳”的运动员李秀英、赵立颁奖。")
    got = found(body)
    assert ("王建国", "participatesIn", "南岭射击运动研讨会", "speaker-at-event") in got
    assert ("李秀英", "participatesIn", "南岭射击运动研讨会", "awarded-at-event") in got
    assert ("赵立", "participatesIn", "南岭射击运动研讨会", "awarded-at-event") in got


def test_awards_at_a_meeting_of_another_kind_say_nothing():
    body = ("南岭射击运动研讨会今天在南岭举行。在今天的座谈会上，南岭市体委主任王建国等向"
            "运动员李秀英颁奖。")
    assert not {f for f in facts(body) if f[1] == "participatesIn" and f[0] in ("王建国", "李秀英")}


def test_giving_to_someone_outside_a_meeting_is_no_participation():
    body = "南岭射击运动研讨会今天在南岭举行。王建国向灾区群众李秀英捐款。"
    assert not {f for f in facts(body) if f[1] == "participatesIn" and f[0] in ("王建国", "李秀英")}


# --- a quoted title before a word that ends in an event head -------------------------------------

@pytest.mark.parametrize("text, name", [
    ("由南岭区总工会主办的“迎新春”职工篮球赛在南岭区体育馆开赛。", "迎新春职工篮球赛"),
    ("海河市教育工会开展“师德标兵”评选活动，评出标兵２０名。", "师德标兵评选活动"),
])
def test_a_quoted_title_before_a_word_ending_in_an_event_head_names_the_event(text, name):
    assert name in events(text)


def test_a_quoted_saying_before_an_ordinary_word_is_no_event():
    assert not events("他常说“多干一点”老百姓就满意。")


def test_organisers_and_venue_of_a_quoted_ball_game():
    got = facts("近日，由南岭区总工会主办、南岭区职工服务中心承办的“迎新春”职工篮球赛在南岭区体育馆开赛。")
    assert ("南岭区总工会", "organizes", "迎新春职工篮球赛") in got
    assert ("南岭区职工服务中心", "organizes", "迎新春职工篮球赛") in got
    assert ("迎新春职工篮球赛", "heldAt", "南岭区体育馆") in got


# --- a hospital or school 在 which an event is held is its venue; awards handed out at a ceremony --

def test_a_hospital_an_event_is_held_in_is_its_venue_not_its_organiser():
    got = facts("海河市总工会联合市卫健委，在南岭市第一人民医院举办职工健康讲座。")
    assert ("职工健康讲座", "heldAt", "南岭市第一人民医院") in got
    assert ("南岭市第一人民医院", "organizes", "职工健康讲座") not in got
    assert ("海河市总工会", "organizes", "职工健康讲座") in got


def test_a_government_office_an_event_is_convened_in_convenes_it():
    got = facts("会议在海河市人民政府办公厅召开第三次职工工作座谈会。")
    assert ("第三次职工工作座谈会", "heldAt", "海河市人民政府办公厅") not in got


def test_one_who_hands_out_awards_at_the_ceremony_named_before_takes_part():
    body = "日前，海河市总工会举行“最美职工”颁奖典礼，市总工会主席林志远为获奖者颁奖。"
    got = found(body)
    assert ("海河市总工会", "organizes", "最美职工颁奖典礼", "subject-org-verb-event") in got
    assert ("林志远", "participatesIn", "最美职工颁奖典礼", "hands-out-awards-at-event") in got


def test_handing_out_awards_with_no_event_in_the_sentence_says_nothing():
    got = facts("海河市总工会举行颁奖典礼。王建国为获奖者颁奖。")
    assert not {f for f in got if f[0] == "王建国"}


# --- winners listed after 获奖者是：; watching a show; an edition's year in brackets -------------

def test_winners_listed_after_a_colon_were_awarded_at_the_ceremony():
    body = "第三届南岭青年奖颁奖大会今天举行。获奖者是：治沙的女青年王丽荣；自强的研究生王建林。"
    got = found(body)
    assert ("王丽荣", "participatesIn", "第三届南岭青年奖颁奖大会", "winners-of-award-ceremony") in got
    assert ("王建林", "participatesIn", "第三届南岭青年奖颁奖大会", "winners-of-award-ceremony") in got


@pytest.mark.parametrize("body", [
    "第三届南岭青年奖评选揭晓。获奖者是：王丽荣；王建林。",                 # no ceremony reported
    "南岭市职工运动会今天开幕。获奖者是：王丽荣、王建林。",                 # not an award ceremony
    "第三届南岭青年奖颁奖大会今天举行。获奖者是：王丽荣。王建林也来了。",   # after the list's full stop
])
def test_no_winners_without_the_award_ceremony_or_outside_the_list(body):
    assert not {f for f in facts(body) if f[0] == "王建林" and f[1] == "participatesIn"}


def test_those_who_watch_a_show_attend_it():
    got = facts("南岭市委书记王建国、市长李秀英观看了南岭市职工春节联欢晚会。")
    assert ("王建国", "participatesIn", "南岭市职工春节联欢晚会") in got
    assert ("李秀英", "participatesIn", "南岭市职工春节联欢晚会") in got


def test_an_editions_year_in_brackets_is_part_of_the_events_name():
    assert "第二届南岭青少年消除贫困奖（１９９７）颁奖大会" in events(
        "由南岭青年基金会举办的第二届南岭青少年消除贫困奖（１９９７）颁奖大会今天举行。")
    assert "（１９９７）颁奖大会" not in events("他说（１９９７）颁奖大会开得好。")


# --- organisers in a clause opened by 由 after the event; venues; 再就业 in names -----------------

def test_organisers_in_a_由_clause_after_the_event_that_opens_the_sentence():
    body = "南岭市第五届职工运动会将于今年１０月在南岭举行，由南岭市总工会和南岭市体育局共同承办。"
    got = facts(body)
    assert ("南岭市总工会", "organizes", "南岭市第五届职工运动会") in got
    assert ("南岭市体育局", "organizes", "南岭市第五届职工运动会") in got


def test_a_由_clause_that_describes_a_body_names_no_organiser():
    got = facts("南岭市职工运动会今天开幕，王建国代表由南岭市总工会主办的报社发言。")
    assert ("南岭市总工会", "organizes", "南岭市职工运动会") not in got


@pytest.mark.parametrize("text, event, venue", [
    ("南岭射击研讨会今天在海河射击场举行。", "南岭射击研讨会", "海河射击场"),
    ("南岭市第四次再就业赶集大会在南岭市青少年宫举行。", "南岭市第四次再就业赶集大会", "南岭市青少年宫"),
])
def test_sports_grounds_and_youth_palaces_are_venues(text, event, venue):
    assert (event, "heldAt", venue) in facts(text)


def test_再就业_is_one_word_of_a_name_and_alone_no_name():
    assert "第四次再就业赶集大会" in events("第四次再就业赶集大会在市青少年宫举行。")
    names = {m.key for m in extract_article(Article(id="t", source="t", index=0, title="",
                                                      text="\n他们成立了再就业服务中心。")).mentions}
    assert "再就业服务中心" not in names


def test_新就业形态_stays_in_a_name():
    assert "新就业形态劳动者心理健康讲座" in events("他在区总工会组织的新就业形态劳动者心理健康讲座上发言。")


def test_each_body_of_a_list_before_主办的_organises_the_event():
    got = facts("海河市总工会、海河市应急管理局联合主办的第三届安全知识竞赛在市工人文化宫举行。")
    assert ("海河市总工会", "organizes", "第三届安全知识竞赛") in got
    assert ("海河市应急管理局", "organizes", "第三届安全知识竞赛") in got


def test_a_body_that_wins_after_the_event_opening_the_sentence_closed_took_part():
    got = found("南岭县第十届职工运动会闭幕，县交通运输工会代表队获团体总分第一名。")
    assert any("交通运输工会代表队" in f[0] and f[1:3] == ("participatesIn", "南岭县第十届职工运动会")
               and f[3] == "body-wins-in-event" for f in got)


def test_a_win_in_another_sentence_than_the_events_is_not_read_as_in_it():
    got = found("南岭县第十届职工运动会闭幕。海河公司代表队去年获得第一名。")
    assert not any(f[3] == "body-wins-in-event" for f in got)


def test_a_standing_short_name_and_bodies_joined_after_a_time_organise_together():
    got = facts("全总近日联合交通运输部、国家邮政局启动“暖新行动”专项服务活动。")
    for body in ("中华全国总工会", "交通运输部", "国家邮政局"):
        assert (body, "organizes", "暖新行动专项服务活动") in got


def test_a_standing_short_name_inside_another_word_is_none():
    assert not {f for f in facts("公司安全总监王明主持启动仪式。") if f[0] == "中华全国总工会"}


# --- delegates to a congress (delegate-of-event) and speeches of greeting (致词) -------------------

@pytest.mark.parametrize("body, person, event", [
    ("海河市第三届职工代表大会代表、海河钢铁公司总经理赵立新说，要改革。", "赵立新", "海河市第三届职工代表大会"),
    ("赵立新被推选为海河市第三届职工代表大会代表。", "赵立新", "海河市第三届职工代表大会"),
])
def test_a_delegate_to_a_congress_takes_part_in_it(body, person, event):
    assert (person, "participatesIn", event) in facts(body)


@pytest.mark.parametrize("body", [
    "海河市第三届职工代表大会代表团来到海河。",                 # the delegation, a body
    "赵立新说，海河市第三届职工代表大会代表了全市人民的意愿。",  # 代表 as a verb
])
def test_no_delegate_where_none_is_named(body):
    assert not any(r == "participatesIn" and h == "赵立新" for h, r, _ in facts(body))


def test_a_speech_of_greeting_at_the_meeting_reported_is_taking_part():
    body = "南岭市第五届职工代表大会今天开幕。副市长赵立新在致词中说，大会意义重大。"
    assert ("赵立新", "participatesIn", "南岭市第五届职工代表大会") in facts(body)


def test_bodies_whose_heads_attend_a_meeting_take_part_in_it():
    body = "海河集团１９９８年度工作会议今天在京召开。南岭市经委、南岭市劳动局、南岭市环保局等有关部门负责人出席会议。"
    for org in ("南岭市经委", "南岭市劳动局", "南岭市环保局"):
        assert (org, "participatesIn", "海河集团１９９８年度工作会议") in facts(body)


# --- a chair named with a title and a setting; speakers at a meeting named or reported ------------

def test_the_chair_with_a_title_and_a_place_before_the_verb_takes_part():
    got = found("１９９６年５月，王建国总理在南岭主持召开了海河港务工作会议，决定加快建设。")
    assert ("王建国", "participatesIn", "海河港务工作会议", "chairs-named-event") in got


def test_no_chair_when_another_person_convenes():
    got = facts("王建国在南岭看望了李秀英主持召开的海河港务工作会议代表。")
    assert ("王建国", "participatesIn", "海河港务工作会议") not in got


def test_a_person_at_a_named_meeting_then_a_comma_takes_part():
    got = found("国务院副总理王建国在今天闭幕的海河港务工作会议上，肯定了港务局的成绩。")
    assert ("王建国", "participatesIn", "海河港务工作会议", "person-speaks-at-event") in got


def test_a_speaker_at_the_meeting_named_again_by_its_kind():
    got = found("南岭市委今天召开劳动模范表彰大会。市委书记王建国在表彰大会上说，要学习劳模。")
    assert ("王建国", "participatesIn", "劳动模范表彰大会", "person-speaks-at-this-event") in got


def test_no_speaker_at_a_meeting_of_another_kind():
    got = facts("南岭市委今天召开劳动模范表彰大会。王建国在座谈会上说，要学习劳模。")
    assert ("王建国", "participatesIn", "劳动模范表彰大会") not in got


def test_a_speech_in_the_report_of_a_ceremony_is_at_the_ceremony():
    got = facts("海河港务集团今天举行港务大厦揭牌仪式。交通部副部长王建国在致词中说，要加快发展。")
    assert ("王建国", "participatesIn", "港务大厦揭牌仪式") in got


def test_no_ceremony_speech_in_the_report_of_an_activity():
    got = facts("海河港务集团今天开展“职工健康周”活动。交通部副部长王建国在致词中说，要加快发展。")
    assert not any(h == "王建国" and r == "participatesIn" for h, r, t in got)


def test_those_a_meeting_elects_take_part_in_it():
    got = found("在随后举行的南岭市体育总会三届二次常委会上，增补李秀英和王建国为市体总副主席。")
    for name in ("李秀英", "王建国"):
        assert (name, "participatesIn", "南岭市体育总会三届二次常委会", "elected-by-meeting") in got
    got = found("南岭市体育总会第三次全体会议今天在南岭召开。会议通过增选王建国为市体育总会副主席。")
    assert ("王建国", "participatesIn", "南岭市体育总会第三次全体会议", "elected-by-meeting") in got


def test_no_meeting_when_another_body_elects():
    got = facts("南岭市体育总会第三次全体会议今天在南岭召开。市委决定增选王建国为副市长。")
    assert not any(h == "王建国" and r == "participatesIn" for h, r, t in got)


# --- bodies named by their role in an event, or as the home of its entrants -----------------------

def test_bodies_named_as_the_events_organisers_by_their_role():
    got = found("南岭市总工会今天举办第三届职工技能大赛。南岭市人社局、海河钢铁集团工会为大赛承办单位。")
    for body in ("南岭市人社局", "海河钢铁集团工会"):
        assert (body, "organizes", "第三届职工技能大赛", "bodies-named-organisers") in got
    got = found("南岭市总工会今天举办第三届职工技能大赛，承办单位为南岭市人社局、海河钢铁集团工会。")
    for body in ("南岭市人社局", "海河钢铁集团工会"):
        assert (body, "organizes", "第三届职工技能大赛", "organisers-listed-after-role") in got


def test_no_organiser_role_for_a_body_that_only_supports():
    got = facts("南岭市总工会今天举办第三届职工技能大赛。南岭市人社局、海河钢铁集团工会为大赛支持单位。")
    assert not any(h in ("南岭市人社局", "海河钢铁集团工会") and r == "organizes" for h, r, t in got)


def test_bodies_whose_people_take_part_take_part():
    got = found("南岭市总工会今天举办第三届职工技能大赛，来自海河钢铁集团、南岭纺织厂、城南化工厂的200名选手参赛。")
    for body in ("海河钢铁集团", "南岭纺织厂", "城南化工厂"):
        assert (body, "participatesIn", "第三届职工技能大赛", "bodies-whose-people-take-part") in got


def test_no_participation_for_bodies_whose_people_do_something_else():
    got = facts("南岭市总工会今天举办第三届职工技能大赛，海河钢铁集团、南岭纺织厂的200名职工观看了直播。")
    assert not any(r == "participatesIn" for h, r, t in got)


def test_each_body_of_a_list_that_won_prizes_in_turn_took_part():
    got = found("南岭市总工会今天举办第三届职工技能大赛。海河钢铁集团、南岭纺织厂和城南化工厂分别获得团体一等奖、二等奖和三等奖。")
    for body in ("海河钢铁集团", "南岭纺织厂", "城南化工厂"):
        assert (body, "participatesIn", "第三届职工技能大赛", "body-wins-in-this-event") in got


def test_bodies_joined_by_huitong_organise_together():
    got = found("南岭市总工会会同南岭市人社局举办第三届职工技能大赛。")
    assert ("南岭市人社局", "organizes", "第三届职工技能大赛", "subject-org-verb-event") in got
    assert ("南岭市人社局", "organizes", "第三届职工技能大赛") not in facts(
        "南岭市总工会在南岭市人社局的支持下举办第三届职工技能大赛。")


# --- no organiser from a dateline's agency, an event named by when it is held, or a document ------

def test_the_agency_of_a_dateline_is_no_organiser_the_body_after_it_is():
    got = facts("新华社南岭１月２２日电参加全省运动会的南岭市代表团今天在南岭召开了出征动员大会。")
    assert not any(h == "新华社" and r == "organizes" for h, r, t in got)
    got = facts("南岭市代表团今天在南岭召开了出征动员大会。")
    assert any(h == "南岭市代表团" and r == "organizes" for h, r, t in got)


def test_no_organiser_for_events_named_by_when_they_are_held():
    got = facts("为备战７月举行的第四届全省职工运动会和第三届职工技能大赛，南岭市代表队正在集训。")
    assert not any(r == "organizes" for h, r, t in got)


def test_no_organiser_when_the_object_is_a_document_about_the_event():
    got = facts("最近，南岭钢铁公司推出了“安全生产月”活动实施方案，鼓励职工积极参与。")
    assert not any(r == "organizes" for h, r, t in got)
    got = facts("最近，南岭钢铁公司推出了“安全生产月”活动，鼓励职工积极参与。")
    assert any(h == "南岭钢铁公司" and r == "organizes" for h, r, t in got)


def test_an_event_after_the_byline_colon_is_held_where_the_next_clause_says():
    got = found("本报南岭１月１２日讯记者王立新报道：１９９８年度职工技能工作会议，今天在南岭召开。")
    assert ("１９９８年度职工技能工作会议", "heldAt", "南岭", "event-comma-held-at-place") in got


def test_no_venue_when_the_event_after_the_colon_is_not_the_subject():
    got = facts("本报南岭１月１２日讯记者王立新报道：参加职工技能工作会议，今天在南岭的代表说。")
    assert ("职工技能工作会议", "heldAt", "南岭") not in got


def test_an_event_chaired_here_is_held_at_the_dateline_place():
    got = found("新华社南岭１月６日电南岭市总工会主席王立新今天上午在这里主持召开１９９８年南岭市总工会全委会议。")
    assert any(r == "heldAt" and t == "南岭" and rule == "event-held-here-at-dateline" for h, r, t, rule in got)


def test_no_dateline_venue_when_the_chair_is_elsewhere():
    got = facts("新华社南岭１月６日电南岭市总工会主席王立新今天上午在海河主持召开１９９８年南岭市总工会全委会议。")
    assert not any(r == "heldAt" and t == "南岭" for h, r, t in got)


# --- the activity reported, in later sentences that do not name it ---------------------------------

def test_bodies_drawn_to_or_sending_teams_to_the_contest_take_part():
    for body in ("南岭市总工会举办第三届职工技能大赛。大赛吸引了海河钢铁集团、南岭纺织厂等20余家单位参加。",
                 "南岭市总工会举办第三届职工技能大赛。海河钢铁集团、南岭纺织厂等单位组队参赛。",
                 "南岭市总工会举办第三届职工技能大赛。据了解，海河钢铁集团、南岭纺织厂共派出120名选手参赛。"):
        got = found(body)
        for org in ("海河钢铁集团", "南岭纺织厂"):
            assert (org, "participatesIn", "第三届职工技能大赛", "bodies-whose-people-take-part") in got


def test_no_participation_for_bodies_drawn_to_something_else():
    got = facts("南岭市总工会举办第三届职工技能大赛。大赛吸引了海河钢铁集团、南岭纺织厂等单位的关注。")
    assert not any(r == "participatesIn" for h, r, t in got)


def test_a_party_led_by_a_person_visits_each_venue_of_a_list():
    got = found("南岭市总工会开展“送温暖”活动。王立新一行先后走访了海河钢铁集团和南岭纺织厂。")
    assert ("王立新", "participatesIn", "送温暖活动", "party-visits-in-this-activity") in got
    for venue in ("海河钢铁集团", "南岭纺织厂"):
        assert ("送温暖活动", "heldAt", venue, "party-visits-in-this-activity") in got
    got = found("南岭市总工会开展“送温暖”活动。王立新带队来到海河钢铁集团，看望困难职工。")
    assert ("送温暖活动", "heldAt", "海河钢铁集团", "party-visits-in-this-activity") in got


def test_no_visit_of_the_activity_by_a_person_who_goes_elsewhere_for_other_things():
    got = facts("南岭市总工会开展“送温暖”活动。王立新带队学习了海河钢铁集团的经验。")
    assert not any(r == "heldAt" for h, r, t in got)


def test_a_bodys_people_or_volunteers_in_the_activity_go_to_the_venues():
    got = found("南岭市总工会开展“送温暖”活动。市总工会领导分别来到海河钢铁集团和南岭纺织厂，看望困难职工。")
    for venue in ("海河钢铁集团", "南岭纺织厂"):
        assert ("送温暖活动", "heldAt", venue, "subject-goes-to-place") in got
    got = found("南岭市总工会开展“送温暖”活动。活动当天，志愿者们来到城南社区，为困难职工送去米面油。")
    assert ("送温暖活动", "heldAt", "城南社区", "subject-goes-to-place") in got


def test_no_venue_of_the_activity_where_a_party_goes_to_attend_something_else():
    """赴某地，参加…: the place is where the other thing is held, not the activity reported."""
    got = found("南岭市总工会开展“送温暖”活动。市总工会代表团赴海河市，参加当地职工的新年联欢。")
    assert not any(r in ("heldAt", "organizes") and rule == "subject-goes-to-place" for h, r, t, rule in got)
    got = found("南岭市总工会开展“送温暖”活动。市总工会领导来到城南社区，参加此次活动的启动仪式。")
    assert ("送温暖活动", "heldAt", "城南社区", "subject-goes-to-place") in got  # this activity itself


def test_no_venue_of_the_activity_for_a_visit_outside_it():
    got = facts("南岭市总工会开展“送温暖”活动。此前，记者来到海河钢铁集团，了解企业生产情况。")
    assert not any(r == "heldAt" for h, r, t in got)


# --- signatories, bodies acting at an event, activities going into a school or company -------------

def test_the_bodies_that_sign_take_part_in_the_signing_reported():
    got = found("日前，南岭市纺织行业工资集体协商签约仪式在南岭市职工服务中心举行。"
                "南岭市纺织工会与南岭市纺织行业协会分别代表职工方和企业方签订了行业工资集体合同。")
    for body in ("南岭市纺织工会", "南岭市纺织行业协会"):
        assert (body, "participatesIn", "南岭市纺织行业工资集体协商签约仪式", "signatories-of-signing") in got


def test_no_signatories_outside_the_report_of_a_signing():
    got = facts("南岭市总工会今天召开第三次职工代表大会。南岭市纺织工会与南岭市纺织行业协会签订了工资集体合同。")
    assert not any(r == "participatesIn" and h in ("南岭市纺织工会", "南岭市纺织行业协会") for h, r, t in got)


def test_a_body_that_hands_over_awards_at_the_event_takes_part():
    got = found("在第三届职工技能大赛颁奖仪式上，海河钢铁集团、南岭纺织厂向获奖选手赠送了纪念品。")
    for body in ("海河钢铁集团", "南岭纺织厂"):
        assert (body, "participatesIn", "第三届职工技能大赛颁奖仪式", "body-acts-at-event") in got
    got = found("南岭县总工会今天召开第三次职工代表大会。大会上，南岭县总工会向海河钢铁集团工会授牌。")
    assert ("南岭县总工会", "participatesIn", "第三次职工代表大会", "body-acts-at-event") in got


def test_no_body_at_the_event_when_the_opener_names_a_meeting_of_another_kind():
    got = facts("南岭县总工会今天召开第三次职工代表大会。座谈会上，南岭县总工会向海河钢铁集团工会授牌。")
    assert ("南岭县总工会", "participatesIn", "第三次职工代表大会") not in got


def test_an_activity_that_goes_into_a_school_is_held_there():
    got = found("南岭市教育工会“情暖乡村教师”送温暖活动走进通山县云溪中学。")
    # (the union right before the quoted brand opens the name, stop 37: test_event_identity_s37)
    assert ("南岭市教育工会情暖乡村教师送温暖活动", "heldAt", "云溪中学", "event-moves-to-body") in got


def test_no_venue_for_a_school_the_activity_only_thanks():
    got = facts("南岭市教育工会“情暖乡村教师”送温暖活动感谢通山县云溪中学的支持。")
    assert not any(r == "heldAt" for h, r, t in got)


def test_a_games_referred_to_as_this_games_is_organised_by_the_bodies_after_by():
    got = found("第三届南岭市职工运动会今天开幕。本届运动会第一次在县城举行，由南岭市总工会和南岭市体育局共同承办。")
    for body in ("南岭市总工会", "南岭市体育局"):
        assert (body, "organizes", "第三届南岭市职工运动会", "organized-by-org") in got


def test_no_organiser_of_the_games_for_a_body_running_something_else():
    got = facts("第三届南岭市职工运动会今天开幕。县城的体育场由南岭市体育局负责管理。")
    assert ("南岭市体育局", "organizes", "第三届南岭市职工运动会") not in got


def test_the_person_a_body_and_title_introduce_after_attending_the_event_attends():
    got = found("南岭市市长今天会见了前来参加海河港务合作项目签字仪式的海河钢铁公司高级副总裁王立新一行。")
    assert ("王立新", "participatesIn", "海河港务合作项目签字仪式", "attendee-named-by-event") in got


def test_no_attendee_from_a_body_after_the_event_with_another_verb():
    got = facts("南岭市市长今天会见了报道海河港务合作项目签字仪式的海河钢铁公司高级副总裁王立新一行。")
    assert ("王立新", "participatesIn", "海河港务合作项目签字仪式") not in got


def test_each_co_organiser_of_a_list_after_the_first_organisers():
    got = found("第三届职工技能大赛由南岭市总工会、南岭市人社局主办，南岭市职工服务中心、海河钢铁集团工会承办。")
    for body in ("南岭市职工服务中心", "海河钢铁集团工会"):
        assert (body, "organizes", "第三届职工技能大赛", "organized-by-org") in got


def test_no_co_organiser_for_a_body_listed_as_a_sponsor():
    got = facts("第三届职工技能大赛由南岭市总工会主办，南岭市职工服务中心、海河钢铁集团工会提供赞助。")
    assert not any(h in ("南岭市职工服务中心", "海河钢铁集团工会") and r == "organizes" for h, r, t in got)


def test_a_company_where_bodies_jointly_hold_the_event_is_its_venue():
    got = found("日前，南岭市总工会与南岭市人社局在海河钢铁集团联合举办第三届职工技能大赛。")
    assert ("第三届职工技能大赛", "heldAt", "海河钢铁集团", "at-org-verb-event") in got
    got = facts("日前，南岭市总工会与南岭市人社局在海河钢铁集团的支持下联合举办第三届职工技能大赛。")
    assert ("第三届职工技能大赛", "heldAt", "海河钢铁集团") not in got


def test_passives_with_shi_you_and_a_co_organiser_with_an_adverb():
    got = found("第三届职工技能大赛是由南岭市总工会主办的。")
    assert ("南岭市总工会", "organizes", "第三届职工技能大赛", "event-is-organised-by-org") in got
    got = found("第三届职工技能大赛由南岭市总工会发起，海河钢铁集团工会具体承办。")
    assert ("海河钢铁集团工会", "organizes", "第三届职工技能大赛", "organized-by-org") in got


def test_no_organiser_from_shi_you_without_an_organising_verb():
    got = facts("第三届职工技能大赛是由南岭市总工会推荐的项目。海河钢铁集团工会具体负责宣传。")
    assert not any(r == "organizes" for h, r, t in got)


def test_a_delegation_led_to_the_venue_organises_nothing_but_the_venue_stands():
    got = facts("南岭市总工会开展“送温暖”活动。王立新同志率南岭市总工会慰问团赴城南街道。")
    assert ("南岭市总工会慰问团", "organizes", "送温暖活动") not in got
    assert ("送温暖活动", "heldAt", "城南街道") in got
    got = facts("南岭市总工会开展“送温暖”活动。南岭市总工会慰问团赴城南街道。")
    assert ("南岭市总工会慰问团", "organizes", "送温暖活动") in got


def test_each_body_of_a_list_whose_leaders_attend():
    got = found("第三届职工技能大赛在海河钢铁集团举行，南岭市总工会、南岭市人社局有关负责人出席。")
    assert ("南岭市人社局", "participatesIn", "第三届职工技能大赛", "bodies-whose-people-take-part") in got
    assert ("南岭市总工会", "participatesIn", "第三届职工技能大赛") in {f[:3] for f in got}


def test_no_attendance_for_bodies_whose_leaders_do_something_else():
    got = facts("南岭市总工会今天召开第三次职工代表大会。南岭市人社局、南岭市教育局等有关部门负责人会见了代表。")
    assert not any(r == "participatesIn" for h, r, t in got)


def test_going_into_a_place_and_its_event_places_the_event_there():
    got = found("记者走进南岭市青少年宫“第四次再就业赶集大会”现场，只见人头攒动。")
    assert ("第四次再就业赶集大会", "heldAt", "南岭市青少年宫", "goes-to-place-of-event") in got


def test_no_venue_when_leaving_the_place_of_the_event():
    got = facts("记者离开南岭市青少年宫“第四次再就业赶集大会”现场。")
    assert not any(r == "heldAt" for h, r, t in got)


def test_bodies_that_deliver_what_the_activity_gives_organise_it():
    got = found("本报讯（通讯员 钱立 马华）7月12日，入伏首日，南岭区总工会联合南岭区应急管理局，把防暑降温用品送到了"
                "城东商务区的建筑工地上。这是南岭区总工会今年“夏送清凉”专项行动的第一站。")
    for body in ("南岭区总工会", "南岭区应急管理局"):
        assert (body, "organizes", "夏送清凉专项行动", "bodies-deliver-in-this-activity") in got


def test_no_organiser_of_the_activity_for_bodies_doing_something_else_or_in_a_meeting_report():
    got = facts("南岭区总工会开展“夏送清凉”专项行动。南岭区总工会与南岭区卫健委签订了合作协议。")
    assert ("南岭区卫健委", "organizes", "夏送清凉专项行动") not in got
    got = facts("南岭区总工会召开第三次职工代表大会。南岭区总工会与南岭区卫健委为环卫工人送去了绿豆汤。")
    assert ("南岭区卫健委", "organizes", "第三次职工代表大会") not in got


def test_attending_the_reported_ceremony_named_by_its_kind_after_another_object():
    got = found("南岭市与海河公司今天举行港务合作项目签字仪式。南岭市副市长王立新、李华等有关部门负责人参加了会见和签字仪式。")
    for name in ("王立新", "李华"):
        assert (name, "participatesIn", "港务合作项目签字仪式") in {f[:3] for f in got}


def test_no_attendance_of_the_ceremony_when_the_objects_are_other_things():
    got = facts("南岭市与海河公司今天举行港务合作项目签字仪式。南岭市副市长王立新、李华等参加了会见和宴请。")
    assert not any(r == "participatesIn" for h, r, t in got)


def test_leaders_who_receive_those_who_came_to_attend_the_event_do_not_take_part():
    got = found("南岭市市长王立新、副市长李华今天在市政府会见了前来参加港务合作项目签字仪式的海河公司总裁赵强一行。")
    assert not {f for f in got if f[0] in ("王立新", "李华") and f[1] == "participatesIn"}


def test_no_participation_for_leaders_receiving_visitors_of_something_else():
    got = facts("南岭市市长王立新今天会见了前来参观港务合作项目签字仪式展览的赵强。")
    assert not any(h == "王立新" and r == "participatesIn" for h, r, t in got)


_AFTER = "28日上午，四川省总工会在成都市武侯区举行新就业形态劳动者集中入会仪式。{}省总工会领导一行来到簇锦街道快递小哥之家，看望慰问快递员。"


def test_where_people_go_after_the_event_is_no_venue_of_it() -> None:
    assert not [f for f in facts(_AFTER.format("仪式结束后，")) if f[1] == "heldAt" and "之家" in f[2]]


def test_where_people_go_in_the_event_is_its_venue() -> None:
    assert [f for f in facts(_AFTER.format("")) if f[1] == "heldAt" and "之家" in f[2]]


def test_the_reporter_of_the_byline_takes_part_in_nothing() -> None:
    body = "本报讯（记者 温岚）4月28日，记者从市总工会获悉，我市12名职工荣获五一劳动奖章。市总工会将举办事迹报告会。"
    assert not [f for f in facts(body) if f[0] == "温岚" and f[1] == "participatesIn"]


_MEETING = "12月2日，全省产业工人队伍建设改革推进会在西安召开。"


def test_bodies_that_speak_at_the_meeting_reported_take_part_in_it() -> None:
    found = facts(_MEETING + "会上，宏达机械有限公司、南岭动力研究所等6家单位作交流发言。")
    assert ("宏达机械有限公司", "participatesIn", "全省产业工人队伍建设改革推进会") in found
    assert ("南岭动力研究所", "participatesIn", "全省产业工人队伍建设改革推进会") in found


def test_a_body_speaking_with_no_meeting_reported_takes_part_in_nothing() -> None:
    assert not [f for f in facts("宏达机械有限公司作交流发言。") if f[1] == "participatesIn"]


def test_who_hands_out_awards_takes_part_in_the_ceremony_reported() -> None:
    body = "11月5日，区总工会举办2025年职工技能大赛颁奖仪式。区总工会主席李明为获奖选手颁奖。"
    assert ("李明", "participatesIn", "2025年职工技能大赛颁奖仪式") in facts(body)


def test_who_hands_out_awards_after_a_meeting_of_no_awards_takes_part_in_nothing() -> None:
    body = "11月5日，区总工会召开职工代表大会。区总工会主席李明为获奖选手颁奖。"
    assert not [f for f in facts(body) if f[0] == "李明" and f[1] == "participatesIn"]


# --- the opening or closing of the event reported is a part of it ----------------------------

def test_attending_the_opening_of_the_event_reported_is_taking_part_in_it():
    got = facts("第三届南岭市职工技能大赛在南岭体育中心开幕。市总工会主席王建国出席开幕式并致辞。")
    assert ("王建国", "participatesIn", "第三届南岭市职工技能大赛") in got
    assert not any(t.startswith("开幕式") for _, _, t in got)  # no ceremony of its own


def test_a_ceremony_of_its_own_stays_one():
    """A 揭牌仪式 is an activity of its own; an opening with no event named stays the article's,
    a kind with no name of its own and no event of the guideline: no fact ends on it (bare_events)."""
    got = facts("海河港务集团今天举行港务大厦揭牌仪式。交通部副部长王建国出席揭牌仪式。")
    assert ("王建国", "participatesIn", "港务大厦揭牌仪式") in got
    got = facts("市长李秀英出席开幕式并讲话。")
    assert not any(h == "李秀英" and t.startswith("开幕式") for h, _, t in got)


# --- a 出席 with no object in the report of an event held (its lead's subject) ----------------

def test_one_who_attends_with_no_object_attends_the_event_the_lead_reports():
    body = ("本报讯（通讯员 钱立）11月20日，南岭区家具行业工资集体合同签约仪式在南岭家具服务中心举行。"
            "仪式由南岭区总工会主办。区总工会主席黄立华出席并讲话。")
    assert ("黄立华", "participatesIn", "南岭区家具行业工资集体合同签约仪式") in facts(body)


def test_no_event_for_a_bare_attendance_when_the_lead_holds_none():
    body = ("本报讯 11月20日，南岭区总工会主席黄立华说，南岭区家具行业工资集体合同签约仪式很重要。"
            "区人社局局长王建国出席并讲话。")
    assert not any(h == "王建国" and r == "participatesIn" for h, r, _ in facts(body))


def test_a_post_word_before_the_subject_leaves_it_the_subject_but_an_object_is_none():
    """新任 (newly appointed) opens the subject's title chain; the object of 会见 is no subject."""
    assert ("吴立强", "participatesIn", "情况通报会", "subject-attends-in-next-clause") in found(
        "现任南岭市冶金局副局长吴立强，也出席了情况通报会。")
    assert not any(h == "吴立强" and r == "participatesIn" for h, r, *_ in found(
        "李华会见了新任南岭市冶金局副局长吴立强，也出席了情况通报会。"))


# --- those honoured at a meeting that the report says commended -----------------------------

def test_bodies_honoured_at_a_meeting_the_report_says_commended_take_part():
    body = ("4月27日召开的南岭市总工会十六届三次全委（扩大）会议上，对2026年度模范职工之家进行了命名表彰。"
            "海河食品股份有限公司工会、南岭公交客运有限公司工会等20个单位被命名为“南岭市模范职工之家”。")
    got = facts(body)
    meeting = next(t for _, r, t in got if r == "participatesIn")
    assert meeting.startswith("南岭市总工会十六届三次全委")
    assert {("海河食品股份有限公司工会", "participatesIn", meeting), ("南岭公交客运有限公司工会", "participatesIn", meeting)} <= got


def test_no_honour_at_a_meeting_that_commended_nothing():
    body = ("4月27日，南岭市总工会十六届三次全委（扩大）会议召开，会议部署了全年工作。"
            "海河食品股份有限公司工会去年被命名为“南岭市模范职工之家”。")
    assert not any(r == "participatesIn" for _, r, _ in facts(body))


# --- people who sign at the signing reported --------------------------------------------------

_SIGNING = "本报讯 11月20日，南岭区家具行业工资专项集体合同签约仪式在南岭家具产业服务中心举行。"


def test_people_who_sign_take_part_in_the_signing_reported():
    got = facts(_SIGNING + "区家具行业工会联合会主席谢立与区家具协会会长赖强分别代表职工方和企业方，在合同文本上郑重签字。")
    assert {("谢立", "participatesIn", "南岭区家具行业工资专项集体合同签约仪式"),
            ("赖强", "participatesIn", "南岭区家具行业工资专项集体合同签约仪式")} <= got


def test_no_people_sign_outside_the_report_of_a_signing():
    assert not any(r == "participatesIn" for _, r, _ in facts(
        "本报讯 11月20日，南岭区职工技能大赛在南岭体育中心举行。谢立与赖强在合同文本上签字。"))


def test_winners_of_places_listed_with_fen_huo_take_part_in_the_contest():
    body = ("第三届南岭市职工职业技能大赛在南岭技师学院落幕。东区代表队选手赵刚获个人第一名，"
            "西区代表队选手钱明、北区代表队选手孙丽分获第二、三名。")
    got = facts(body)
    for name in ("赵刚", "钱明", "孙丽"):   # 孙丽, not 孙丽分: 分获 follows a name
        assert (name, "participatesIn", "第三届南岭市职工职业技能大赛") in got
    assert not any(f[0] == "孙丽分" for f in got)


def test_each_member_of_a_visiting_party_listed_with_titles_takes_part():
    body = ("1月15日，区委常委、区总工会主席王立新，区总工会副主席李梅一行来到城南街道，走访慰问困难职工。")
    art = extract_article(Article(id="t", source="t", index=0, title="区总工会开展2026年“两节”送温暖慰问活动",
                                  text="区总工会开展2026年“两节”送温暖慰问活动\n" + body))
    got = {(r.head, r.relation) for r in art.relations if r.relation == "participatesIn"}
    assert ("王立新", "participatesIn") in got and ("李梅", "participatesIn") in got

# --- the subject of a clause placed in a named event (在 EVENT 上) ---------------------------------

@pytest.mark.parametrize("body, who, event", [
    ("南岭市市长钱立新先生今天下午在海河宾馆举行的新年记者招待会上说，经济形势良好。", "钱立新", "新年记者招待会"),
    ("赵国栋于去年七月在南岭召开的第三届东亚港口会议上被任命为秘书长。", "赵国栋", "第三届东亚港口会议"),
    ("海河钢铁公司近日在南岭举行的“１９９８年新产品发布会”上推出了三种新钢材。", "海河钢铁公司", "１９９８年新产品发布会"),
    ("李秀英、王建华在第五届全国职工技能大赛中名列前茅。", "王建华", "第五届全国职工技能大赛"),
    ("李秀英、王建华在第五届全国职工技能大赛中名列前茅。", "李秀英", "第五届全国职工技能大赛"),
])
def test_the_one_placed_in_a_named_event_takes_part(body, who, event):
    assert (who, "participatesIn", event, "subject-at-named-event") in found(body)


@pytest.mark.parametrize("body, who, event", [
    ("在今天举行的全省职工文艺创作座谈会上，海河剧院的老演员赵国栋因病未能发言。", "赵国栋", "全省职工文艺创作座谈会"),
    ("在随后召开的全省纺织工作会议上，省纺织工业局局长钱立新因故提前离场。", "钱立新", "全省纺织工作会议"),
    ("新华社南岭１月５日电在今天召开的全省港口工作会议上，副省长、省港口委主任孙志强强调要管好港口。",
     "孙志强", "全省港口工作会议"),
])
def test_the_subject_after_an_opening_phrase_takes_part(body, who, event):
    assert (who, "participatesIn", event, "subject-after-event-opener") in found(body)


@pytest.mark.parametrize("body, wrong", [
    # a reporter who learns the news at a meeting reports it
    ("本报南岭１月１１日电记者钱立新在此间举行的全省港口工作会议上获悉，港口吞吐量增长。", "钱立新"),
    # the person is an object of the clause after the phrase, not its subject
    ("在今天召开的全省港口工作会议上，省长向孙志强颁发了证书。", "孙志强"),
    # the one named inside the clause's object, not its subject
    ("在今天召开的全省港口工作会议上，钱立新传达了副省长孙志强日前视察时的讲话。", "孙志强"),
    # a body that names a person's post is not the one placed in the meeting
    ("省港口委主任孙志强在全省港口工作会议上讲话。", "省港口委"),
])
def test_not_everyone_named_near_an_event_takes_part(body, wrong):
    assert not {f for f in facts(body) if f[0] == wrong and f[1] == "participatesIn"}


# --- 由 A、B 主办 with list items the recognisers missed; the event by its kind (书画展由…, 是由…的) --

def test_organisers_listed_with_a_name_read_as_a_place():
    body = ("南岭市第六届职工足球赛今天结束。比赛是由南岭市体育竞赛管理中心、南岭市少年宫和南岭市足球协会共同举办的，"
            "并得到了海河酿酒集团公司的支持。")
    got = facts(body)
    for org in ("南岭市体育竞赛管理中心", "南岭市足球协会"):
        assert (org, "organizes", "南岭市第六届职工足球赛") in got
    assert not {f for f in got if f[0] == "海河酿酒集团公司" and f[1] == "organizes"}  # it only supported it


def test_an_exhibition_named_by_its_kind_and_its_organisers():
    body = "南岭市职工书画展今天在市文化宫开幕。书画展由南岭市总工会和南岭市文化局主办。"
    got = facts(body)
    for org in ("南岭市总工会", "南岭市文化局"):
        assert (org, "organizes", "南岭市职工书画展") in got


def test_no_event_organised_when_the_clause_describes_a_body():
    body = "南岭市职工书画展今天开幕。由南岭市总工会主办的职工报社也派人参观。"
    assert not {f for f in facts(body) if f[1] == "organizes" and f[2] == "南岭市职工书画展"}


# --- EVENT (a time) 在 BODY 召开。 (event-held-at-body) ------------------------------------------

def test_a_meeting_held_at_a_body_named_after_at():
    got = found("本报南岭１月２０日讯全省农村妇女工作领导小组第十次会议今天在南岭市农业局召开。")
    assert ("全省农村妇女工作领导小组第十次会议", "heldAt", "南岭市农业局", "event-held-at-body") in got


@pytest.mark.parametrize("body", [
    "全省农村妇女工作领导小组第十次会议结束后，代表们在南岭市农业局召开。",  # another subject before 在
    "全省农村妇女工作领导小组第十次会议今天在南岭市农业局召开的会议室举行。",  # the verb does not end the clause
])
def test_no_body_venue_unless_the_event_is_the_subject_held_there(body):
    assert not {f for f in found(body) if f[3] == "event-held-at-body"}


def test_a_body_going_somewhere_in_the_report_of_a_show_is_no_venue_of_the_show():
    got = facts("南岭市总工会举办“情暖万家”文艺晚会。南岭建工队立即赶赴城南镇，昼夜施工，按时完成了任务。")
    assert not any(r == "heldAt" and t == "城南镇" for h, r, t in got), got


def test_a_body_going_somewhere_in_the_report_of_an_activity_is_at_its_venue():
    got = facts("南岭市总工会开展“送温暖”活动。市总工会随即赶赴城南镇，看望困难职工。")
    assert ("送温暖活动", "heldAt", "城南镇") in got, got


# --- 在 + words describing the venue + the venue (at-place-verb-event) -------------------------

def test_held_at_a_venue_described_or_placed_in_a_larger_place():
    assert ("新春民族音乐会", "heldAt", "海河金色大厅") in facts(
        "海河民族乐团应邀访问南岭，在著名的海河金色大厅举行新春民族音乐会。")
    assert ("反恐怖紧急会议", "heldAt", "卢克索") in facts("阿拉伯国家议会联盟在埃及南部城市卢克索召开反恐怖紧急会议。")


def test_no_venue_through_words_that_are_not_a_description_of_it():
    # 繁忙的 is no word of the lexicon: the place after it is left alone
    assert not any(r == "heldAt" for _, r, _ in facts("海河市总工会在繁忙的海河港口举行第三届职工运动会。"))


# --- a word pointing back to an activity (这次活动, 这一活动) -----------------------------------

def test_attendees_and_organisers_of_the_activity_pointed_back_to():
    got = facts("海河市总工会开展“职工健康周”活动。参加这次活动的还有王立新、赵强等。")
    assert {("王立新", "participatesIn", "职工健康周活动"), ("赵强", "participatesIn", "职工健康周活动")} <= got
    got = facts("海河市总工会开展“职工健康周”活动。这一活动由南岭电力公司承办。")
    assert ("南岭电力公司", "organizes", "职工健康周活动") in got


def test_a_bare_activity_points_back_to_nothing():
    got = facts("海河市总工会开展“职工健康周”活动。参加活动的还有王立新、赵强等。")
    assert ("王立新", "participatesIn", "职工健康周活动") not in got


def test_a_meeting_noun_points_back_to_the_meeting_opening_its_own_sentence():
    got = facts("第三届海河职工代表大会今天在南岭闭幕，王立新、赵强等出席了会议。")
    assert {("王立新", "participatesIn", "第三届海河职工代表大会"), ("赵强", "participatesIn", "第三届海河职工代表大会")} <= got


def test_a_meeting_noun_after_a_meeting_of_another_kind_points_to_neither():
    # 论坛 is no …会: 出席了会议 does not refer to it
    got = facts("第三次海河论坛今天在南岭开幕，王立新、赵强出席了会议。")
    assert not any(r == "participatesIn" for _, r, _ in got)


_FILLER = "会议指出，要进一步加强职工队伍建设，做好困难职工帮扶工作，推动企业和职工共同发展。" * 5


def test_a_meeting_noun_far_down_the_report_of_the_one_meeting_means_it():
    # the lead is no "meeting held" clause: the speech at it; the meeting named again in other forms
    body = ("王立新今天在海河市总工会第三次全体会议上发表讲话。" + _FILLER
            + "海河市总工会三次全会强调，" + _FILLER + "赵强、钱国华等领导同志出席了会议。")
    got = facts(body)
    assert {("赵强", "participatesIn", "海河市总工会第三次全体会议"),
            ("钱国华", "participatesIn", "海河市总工会第三次全体会议")} <= got


def test_no_main_meeting_when_the_report_names_two_meetings():
    body = ("王立新今天在海河市总工会第三次全体会议上发表讲话。会议通过了关于召开海河市总工会第十次代表大会的决定。"
            + _FILLER + "赵强、钱国华等领导同志出席了会议。")
    assert not any(h == "赵强" and r == "participatesIn" for h, r, _ in facts(body))


def test_forms_of_one_event_name():
    from uniongraph.extraction.relations.event_references import same_event

    assert same_event("中纪委二次全会", "中纪委第二次全体会议")
    assert not same_event("第三届职工运动会", "第四届职工运动会")
    assert not same_event("全国金融工作会议", "全国银行工作会议")


def test_a_short_place_name_before_a_joint_holding_or_an_award():
    got = facts("本报讯１月２３日，海河发展研究会与南岭广告公司在京联合举办了经济发展研讨会。")
    assert ("经济发展研讨会", "heldAt", "京") in got
    from uniongraph.extraction.places import _abbreviated_places
    from uniongraph.extraction.lexicon import load_lexicons

    assert [m.name for m in _abbreviated_places("日前，在京获表彰的有：某书店。", load_lexicons())] == ["京"]
    # 在京剧…: no verb after the character, no place
    assert _abbreviated_places("他在京剧舞台上演出。", load_lexicons()) == []


def test_a_pointing_word_with_a_description_before_the_noun():
    got = facts("海河旅游节开幕式今天在南岭举行。海河市旅游局局长何光等参加了这一隆重而特别的仪式。")
    assert ("何光", "participatesIn", "海河旅游节开幕式") in got
    # a description without a pointing word points at nothing
    got = facts("海河旅游节开幕式今天在南岭举行。海河市旅游局局长何光等参加了隆重而特别的仪式。")
    assert ("何光", "participatesIn", "海河旅游节开幕式") not in got


def test_in_this_activity_means_the_activity_named_last():
    got = facts("金牛镇举办首届职工趣味运动会。5月20日，金牛镇总工会联合宾川县职工法律服务志愿队开展“工会进果园”服务活动。"
                "此次活动中，志愿队律师李正平为务工人员讲解法律知识。")
    assert ("李正平", "participatesIn", "工会进果园服务活动") in got
    assert ("李正平", "participatesIn", "首届职工趣味运动会") not in got


def test_in_this_activity_with_no_activity_named_points_at_nothing():
    got = facts("金牛镇举办首届职工趣味运动会。此次活动中，志愿队律师李正平为务工人员讲解法律知识。")
    assert not any(h == "李正平" and r == "participatesIn" for h, r, _ in got)


def test_a_party_leader_named_after_a_chain_of_titles_visits_in_the_activity():
    got = facts("海河市总工会开展“夏送清凉”活动。7月21日，海河市政协副主席、海河市总工会主席马秀兰一行来到南岭建设集团有限公司，看望慰问一线建设者。")
    assert ("马秀兰", "participatesIn", "夏送清凉活动") in got
    assert ("夏送清凉活动", "heldAt", "南岭建设集团有限公司") in got


def test_a_chain_after_a_verb_makes_no_subject():
    # 会见了…主席马某: the name is the object of 会见, however long the chain before it
    got = facts("海河市总工会开展“夏送清凉”活动。7月21日，李明会见了海河市政协副主席、海河市总工会主席马秀兰一行来到南岭建设集团有限公司。")
    assert ("马秀兰", "participatesIn", "夏送清凉活动") not in got


def test_an_event_at_a_venue_placed_in_an_area_is_held_at_the_venue():
    # 在位于某区的某分拨中心启动: the district only says where the venue is
    got = facts("3月5日，由南岭市总工会主办的“温暖骑手”关爱行动在位于海河区的速达快递南岭分拨中心启动。")
    assert ("温暖骑手关爱行动", "heldAt", "速达快递南岭分拨中心") in got
    assert ("温暖骑手关爱行动", "heldAt", "海河区") not in got
    # an unnamed venue: no fact (not the district); a district named alone is still the venue
    assert not any(r == "heldAt" for _, r, _ in facts("3月5日，“温暖骑手”关爱行动在位于海河区的一处广场启动。"))
    assert ("温暖骑手关爱行动", "heldAt", "海河区") in facts("3月5日，“温暖骑手”关爱行动在海河区启动。")


def test_a_clause_opened_at_the_event_whose_person_names_another_event_after():
    # 活动中，A为职工开设“某某”讲座: the lecture is what A does at the reported activity
    body = ("12月10日，南岭医院工会联合医院护理部开展“暖心护航”关爱医务职工活动，为一线医务人员提供服务。"
            "活动中，心理科主任医师王晓丽为医护人员开设“情绪急救”讲座。")
    assert ("王晓丽", "participatesIn", "暖心护航关爱医务职工活动") in facts(body)
    # an event named before the person: the clause is about that one, not the activity reported
    body = ("12月10日，南岭医院工会联合医院护理部开展“暖心护航”关爱医务职工活动，为一线医务人员提供服务。"
            "在第三届技能大赛中，王晓丽获得一等奖。")
    assert ("王晓丽", "participatesIn", "暖心护航关爱医务职工活动") not in facts(body)
