"""Event names of union news (stop 36): the article's main event named in full. Sentences invented
for these tests."""

from __future__ import annotations

from uniongraph.extraction.events import find_events
from uniongraph.extraction.pipeline import extract_article, extract_text
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.model import Article


def _candidates(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


def _events(text: str) -> set[str]:
    return {m.canonical or m.name for m in extract_text(text).mentions if m.type == "Event"}


def test_a_village_opens_the_name_of_its_unions_founding() -> None:
    events = _events("3月5日，南岭区石桥镇东庄村工会联合会成立大会在东庄村党群服务中心召开。")
    assert "南岭区石桥镇东庄村工会联合会成立大会" in events, events


def test_a_joint_union_of_a_village_is_named_with_its_founding() -> None:
    # (the event grammar itself: 联合 before 工会 is the union's kind, not the verb of joint holding)
    events = _candidates("4月8日，柳河镇杨湾村联合工会成立大会在村党群服务中心召开。")
    assert "柳河镇杨湾村联合工会成立大会" in events, events


def test_lianhe_as_a_verb_before_a_body_opens_no_name() -> None:
    # 联合 governs the bodies that hold the event, no union's kind
    events = _events("区总工会联合区人社局举办职工技能大赛。")
    assert not any(e.startswith("联合") for e in events), events


def test_a_ceremony_opening_its_sentence_is_named_in_full_however_long_its_venue() -> None:
    events = _events("5月6日，东岭市总工会2027年度困难职工助学金集中发放仪式在东岭市青山区职工文化活动中心二楼多功能厅举行。")
    assert "东岭市总工会2027年度困难职工助学金集中发放仪式" in events, events


def test_a_ceremony_named_by_its_kind_alone_is_no_name() -> None:
    events = _candidates("5月6日，启动仪式在东岭市青山区职工文化活动中心二楼多功能厅举行。")
    assert not any(e.endswith("仪式") for e in events), events


def test_a_meeting_head_ending_a_word_names_the_meeting_that_opens_its_sentence() -> None:
    # jieba reads 协商会议 as one word; the trade's year and place open the name
    events = _events("11月3日，青河市竹编工艺行业2027年度工资集体协商会议在青河市竹编产业园党群服务中心举行。")
    assert "青河市竹编工艺行业2027年度工资集体协商会议" in events, events


def test_a_compound_meeting_word_alone_names_no_meeting() -> None:
    events = _candidates("11月3日，电视电话会议在青河市竹编产业园党群服务中心举行。")
    assert "电视电话会议" not in events, events


def _facts(body: str) -> set[tuple[str, str, str]]:
    """Every relation, inferred ones too (tests/stated.py's stated_facts keeps the stated alone)."""
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(r.head, r.relation, r.tail) for r in art.relations}


_LEAD = "本报讯（记者 柯明远）11月3日，青河市竹编工艺行业2027年度工资集体协商会议在青河市竹编产业园党群服务中心举行。"
_MEETING = "青河市竹编工艺行业2027年度工资集体协商会议"


def test_bodies_that_convene_a_meeting_organise_it() -> None:
    facts = _facts(_LEAD + "会议由青河市总工会和青河市人力资源和社会保障局联合召集，双方代表围绕工资标准展开协商。")
    assert ("青河市总工会", "organizes", _MEETING) in facts, facts
    assert ("青河市人力资源和社会保障局", "organizes", _MEETING) in facts, facts


def test_those_present_at_the_scene_attend_the_reported_meeting_held_at_a_long_venue() -> None:
    facts = _facts(_LEAD + "会后双方签订了集体合同。青河市总工会副主席林秀梅、市人社局副局长董建华到场见证。")
    assert ("林秀梅", "participatesIn", _MEETING) in facts, facts
    assert ("董建华", "participatesIn", _MEETING) in facts, facts


def test_present_at_another_scene_is_no_attendance() -> None:
    # the lead names no event held: 到场 says nothing of a meeting
    facts = _facts("本报讯（记者 柯明远）11月3日，青河市一家仓库发生火情。青河市消防救援支队队长董建华到场指挥。")
    assert not any(r == "participatesIn" for _, r, _ in facts), facts


_CEREMONY_LEAD = "本报讯 5月6日，南岭市快递员集中入会仪式在南岭市职工服务中心举行。\n"
_CEREMONY = "南岭市快递员集中入会仪式"


def test_a_delegate_in_a_later_clause_of_a_sentence_opening_at_the_ceremony_takes_part() -> None:
    facts = _facts(_CEREMONY_LEAD + "仪式上，120名快递员集体加入区快递行业工会联合会，快递员代表柯立新领读入会誓词。")
    assert ("柯立新", "participatesIn", _CEREMONY) in facts, facts


def test_a_person_in_a_clause_after_a_verb_of_telling_is_no_participant() -> None:
    facts = _facts(_CEREMONY_LEAD + "仪式上，主持人通报了去年的情况，快递员代表柯立新曾获评优秀会员。")
    assert ("柯立新", "participatesIn", _CEREMONY) not in facts, facts


def test_ji_joins_a_meeting_and_a_numbered_study_session_into_one_name() -> None:
    events = _events("3月2日，南岭市总工会召开党组会议暨党组理论学习中心组2027年第二次集体学习，研究部署全年工作。")
    assert "党组会议暨党组理论学习中心组2027年第二次集体学习" in events, events


def test_a_study_session_without_a_body_names_nothing() -> None:
    assert not _candidates("区总工会组织干部开展集体学习。")


def test_a_meeting_name_stops_at_the_verb_that_passes_on_another_meetings_spirit() -> None:
    events = _candidates("南岭市总工会召开党组会议传达学习省总工会推进会精神")
    assert not any("传达" in e for e in events), events


def test_xuexi_inside_a_name_stays() -> None:
    events = _candidates("南岭市总工会举办学习贯彻全会精神报告会。")
    assert "学习贯彻全会精神报告会" in events, events


def test_the_first_of_two_names_joined_by_ji_written_alone_is_the_joint_meetings_short_form() -> None:
    art = extract_article(Article(id="t", source="t", index=0, title="南岭市总工会召开党组会议",
                                  text="南岭市总工会召开党组会议\n3月2日，南岭市总工会召开党组会议暨党组理论学习中心组"
                                       "2027年第二次集体学习，研究部署全年工作。"))
    events = {m.canonical or m.name for m in art.mentions if m.type == "Event"}
    assert events == {"党组会议暨党组理论学习中心组2027年第二次集体学习"}, events


def test_a_meeting_cited_for_its_spirit_is_not_the_one_attended() -> None:
    facts = _facts("3月2日，南岭市总工会召开党组会议暨党组理论学习中心组2027年第二次集体学习，传达学习省总工会近期召开的"
                   "全省产业工人队伍建设改革推进会精神。党组书记柯立新主持会议并讲话，党组成员董建华参加会议。")
    meeting = "党组会议暨党组理论学习中心组2027年第二次集体学习"
    assert ("董建华", "participatesIn", meeting) in facts, facts
    assert not any(t.endswith("推进会") and r == "participatesIn" for _, r, t in facts), facts


def test_a_quoted_class_held_by_its_organisers_is_an_event() -> None:
    events = _candidates("由青石镇总工会和青石镇人民政府联合举办的“快递员电工技能培训班”在镇文化站开班。")
    assert "快递员电工技能培训班" in events, events


def test_a_quoted_class_said_of_nothing_held_is_no_event() -> None:
    # (a weak head in quotes, no verb of holding before: a name quoted in passing)
    events = _candidates("他说的“快递员电工技能培训班”只是一个说法。")
    assert "快递员电工技能培训班" not in events, events


def test_a_contest_a_meeting_is_about_stays_a_name_inside_the_meetings() -> None:
    events = _events("3月8日，由南岭市总工会主办的2027年南岭市港口行业安全生产劳动竞赛总结交流会在南岭港召开。")
    assert "2027年南岭市港口行业安全生产劳动竞赛总结交流会" in events, events
    assert "2027年南岭市港口行业安全生产劳动竞赛" in events, events


def test_a_founding_meeting_joined_to_a_congress_keeps_no_inner_event() -> None:
    # (a meeting about a meeting: only contests and campaigns are named inside the gathering's name)
    events = _events("3月8日，南岭市青石快递有限公司工会成立大会暨第一次会员代表大会在公司会议室召开。")
    assert "南岭市青石快递有限公司工会成立大会" not in events, events


def test_a_campaign_named_inside_a_meetings_name_is_a_name_of_its_own() -> None:
    events = _events("5月9日，南岭市总工会快递员入会集中行动现场推进会在南岭市召开。")
    # (stop 42: the body written right before a name that opens in its sentence opens the name, as
    # the guideline's fullest form as written; union-dev8's gold names 全国总工会…现场推进会 so)
    assert "南岭市总工会快递员入会集中行动现场推进会" in events, events
    assert "快递员入会集中行动" in events, events


def test_a_launched_campaign_is_left_to_its_launch() -> None:
    # (…行动启动仪式: the ceremony or the campaign, as the report takes it up; no second name here)
    events = _events("5月9日，南岭市总工会关爱户外劳动者专项行动启动仪式在南岭市举行。")
    assert "劳动者专项行动" not in events, events
