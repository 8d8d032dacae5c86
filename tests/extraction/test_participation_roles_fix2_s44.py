"""Who takes part in the event reported, second review of the presenting and award rules (stop 44):
the old speaker rule keeps its facts whatever time an earlier clause tells; the presenting rule
reads another time, a media scene or 期间 only in the scene set before its own clause; 次日 is the
same multi-day event; 前八强 is no time before a contest; a contest only modifying what is reported
(联赛赛前培训班, 联赛集体观赛) gives the award giver no contest; a presenter's title may name an
unnamed unit (劳动关系股股长); the business of the meeting (传达学习…会议精神) is no other event.
Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

L = "8日，南岭县总工会十届三次全委会议在县会议中心召开。"
EV = "南岭县总工会十届三次全委会议"


def _part(got, who, ev):
    return (who, "participatesIn", ev) in got


def _any_part(got, who):
    return any(f[0] == who and f[1] == "participatesIn" for f in got)


# --- 1. the old speaker rule: no sentence-wide other time ---

def test_speaker_after_an_other_time_word_in_an_earlier_clause_still_speaks():
    for s in ("会上，县总工会主席李明通报了今年以来工会工作情况，副县长王建华讲话。",
              "会议通报了截至目前全县建会情况，副县长王建华讲话。",
              "会议部署了次日起开展的安全检查，副县长王建华讲话。"):
        assert _part(facts(L + s), "王建华", EV), s
    assert _part(facts(L + "对照年初确定的目标，县总工会副主席钱立群讲话。"), "钱立群", EV)
    assert _part(facts(L + "从事工会工作以来首次参会的南岭机床有限公司工会主席王建华作交流发言。"), "王建华", EV)


def test_reading_out_a_decision_the_next_day_still_speaks():
    # (the old rule: 宣读了…决定 is a speech, kept as it was before the first review)
    assert _part(facts(L + "次日，县总工会副主席钱立群宣读了表彰决定。"), "钱立群", EV)


# --- 2. a year in an honour title ---

def test_speaker_with_a_year_in_an_honour_title_still_speaks():
    got = facts("2025年12月8日，南岭县总工会十届三次全委会议在县会议中心召开。"
                "2025年度优秀工会干部代表、南岭机床有限公司工会主席王建华作交流发言。")
    assert _part(got, "王建华", EV)


def test_presenter_with_a_year_in_an_honour_title_presents():
    got = facts("2025年12月8日，南岭县总工会十届三次全委会议在县会议中心召开。"
                "2025年度优秀工会干部代表、南岭机床有限公司工会主席王建华宣读了倡议书内容。")
    assert _part(got, "王建华", EV)


def test_presenter_in_another_year_or_the_next_day_of_a_one_day_meeting_does_not():
    assert not _part(facts(L + "2023年，县人社局股长孙海波解读了工伤保险政策。"), "孙海波", EV)
    assert not _part(facts(L + "次日，县人社局股长孙海波解读了工伤保险政策。"), "孙海波", EV)


# --- 3. 次日 of a multi-day event ---

_CONGRESS = "12月3日，南岭重工集团有限公司第三届职工代表大会在集团职工活动中心开幕。"
_CONGRESS_EV = "南岭重工集团有限公司第三届职工代表大会"


def test_the_next_day_of_a_congress_is_the_congress():
    assert _part(facts(_CONGRESS + "次日，集团公司董事长王建华讲话。"), "王建华", _CONGRESS_EV)
    assert _part(facts(_CONGRESS + "次日，县人社局股长孙海波解读了工伤保险政策。"), "孙海波", _CONGRESS_EV)


def test_honour_the_next_day_of_a_contest_is_won_there():
    got = facts("12月5日，南湖机械有限公司第二届钳工技能比武在南湖厂区开幕。来自公司各车间的16个班组参赛。"
                "次日，经过激烈角逐，钳工赵立新被评为“钳工技术能手”。")
    assert _part(got, "赵立新", "南湖机械有限公司第二届钳工技能比武")


def test_bodies_taking_part_the_next_day_of_games():
    got = facts("12月3日，青石市第五届职工运动会在市体育中心开幕。次日，江岸区总工会、河口县总工会全体干部参加了运动会。")
    assert _part(got, "河口县总工会", "青石市第五届职工运动会")


# --- 4. 前 only after a verb of starting ---

def test_top_eight_and_top_three_are_no_time_before():
    got = facts("9日，第三届南岭市职工乒乓球比赛前八强在市体育馆展开决赛。市总工会副主席陈海涛为获奖选手颁奖。")
    assert _part(got, "陈海涛", "第三届南岭市职工乒乓球比赛")


# --- 5. a contest that only modifies what is reported ---

def test_contest_only_modifying_the_reported_event_gives_no_award_fact():
    got = facts("9日，南岭市总工会举办2025年职工篮球联赛赛前裁判员培训班。市总工会副主席陈海涛为裁判员颁发聘书。")
    assert not _part(got, "陈海涛", "2025年职工篮球联赛")
    got = facts("9日，南岭市总工会组织职工开展2025年“村超”足球联赛集体观赛。市总工会副主席陈海涛为抽奖获奖职工颁奖。")
    assert not any(f[0] == "陈海涛" and f[1] == "participatesIn" and "联赛" in f[2] for f in got)


def test_contest_only_to_be_held_gives_no_award_fact():
    got = facts("南岭市第三届职工篮球联赛将于15日开赛。9日，市总工会召开联赛筹备会，市总工会副主席陈海涛为裁判员颁发聘书。")
    assert not _part(got, "陈海涛", "南岭市第三届职工篮球联赛")


# --- 6. 期间 ---

def test_during_the_meeting_or_ceremony_keeps_the_presenter():
    assert _part(facts(L + "会议期间，县人社局股长孙海波解读了工伤保险政策。"), "孙海波", EV)


def test_during_inside_a_topic_or_modifier_keeps_the_presenter():
    for s in ("围绕春节期间困难职工帮扶工作，县总工会副主席钱立群解读了帮扶政策。",
              "针对“十四五”期间职工技能提升工作，县总工会副主席钱立群解读了补贴政策。"):
        assert _part(facts(L + s), "钱立群", EV), s


# --- 7. media words only as the scene ---

def test_a_document_or_a_programme_is_no_media_scene():
    assert _part(facts(L + "会议审议通过了《工作报告》，县总工会副主席钱立群宣读了表彰名单。"), "钱立群", EV)
    assert _part(facts(L + "就《南岭县职工技能补贴办法》，县人社局股长孙海波解读了申领流程。"), "孙海波", EV)
    got = facts("8日，2025年南岭县“最美职工”颁奖典礼在县文化馆举行。文艺节目表演结束后，县总工会副主席钱立群宣读了获奖名单。")
    assert _part(got, "钱立群", "2025年南岭县最美职工颁奖典礼")  # (quotation marks are no part of a name)


# --- 8. a title naming an unnamed unit ---

def test_presenter_titled_by_an_unnamed_unit_presents():
    got = facts("8日，南岭县2025年技能传承师徒结对签约仪式在南岭机床有限公司举行。县人社局劳动关系股股长孙海波解读了技能补贴政策。")
    assert _part(got, "孙海波", "南岭县2025年技能传承师徒结对签约仪式")


def test_unit_titles_read_as_titles():
    from uniongraph.extraction.relations.context import only_titles
    assert only_titles("劳动关系股股长")
    assert only_titles("职业能力建设股负责人")
    assert not only_titles("会见了某国总理")


# --- 9. the meeting's business is no other event ---

def test_business_of_the_meeting_is_no_other_event():
    got = facts(L + "会议传达学习了全国总工会十八届二次执委会议精神。县人社局股长孙海波解读了工伤保险政策。")
    assert _part(got, "孙海波", EV)


def test_award_giver_at_a_relay_race_started_at_its_site():
    """A contest known by its 赛, followed by 在 and its site, is itself held: its award giver takes part."""
    got = facts("12月6日，2026年南岭市职工冬季环湖接力赛在南岭区月亮湖公园鸣枪开跑。比赛由南岭市总工会主办。"
                "市总工会副主席方正海为获奖代表队颁奖。")
    assert _part(got, "方正海", "2026年南岭市职工冬季环湖接力赛"), got



def test_a_clause_before_a_titled_name_makes_no_presenter():
    """代表们观看了县人社局科长某某解读…的专题片: the person is the clause's object, whatever the post."""
    for post in ("股长", "科长"):
        got = facts(L + f"代表们观看了县人社局{post}孙海波解读政策的专题片。")
        assert not _part(got, "孙海波", EV), post
