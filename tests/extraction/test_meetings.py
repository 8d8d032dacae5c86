"""Meetings named by a convening verb, meetings referred back to, an organisation as venue, and
the main event of each datelined section (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import headlined_facts as _headlined
from stated import stated_facts as relations

from uniongraph.extraction.events import find_events
from uniongraph.extraction.pipeline import extract_article, extract_text
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.model import Article


def events(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


def article(body: str) -> Article:
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


@pytest.mark.parametrize("text, name", [
    ("南岭县总工会于3月8日在县城召开换届大会。", "换届大会"),
    ("海河市政府在海河重工集团召开解困再就业情况通报会，", "解困再就业情况通报会"),
    ("赵立新在昨天召开的推进厂务公开工作座谈会上指出", "推进厂务公开工作座谈会"),
    ("区总工会举行职工技能培训经验交流会。", "职工技能培训经验交流会"),
    ("王立新在今天闭幕的海河重工集团公司工作会议上讲话。", "海河重工集团公司工作会议"),  # a body's own meeting
    ("前来参加南岭煤层气合作开发项目签字仪式的客人。", "南岭煤层气合作开发项目签字仪式"),  # a named ceremony
    ("海河电力总公司１９９８年度工作会议今天在京召开。", "海河电力总公司１９９８年度工作会议"),  # the body's own
    ("南岭集团年会今天召开。", "南岭集团年会"),
    # a deployment meeting, joined by 暨 to the ceremony it follows: one event's name
    ("海河市总工会2027年送温暖活动启动仪式暨工作部署会在海河举行。", "海河市总工会2027年送温暖活动启动仪式暨工作部署会"),
    ("区总工会召开安全生产工作部署会。", "安全生产工作部署会"),
])
def test_a_convened_meeting_is_named_from_the_verb(text, name):
    assert name in events(text)


@pytest.mark.parametrize("text", [
    "昨天召开会议研究部署。",             # a bare generic head names no meeting
    "市总工会举行座谈会，听取意见。",
    "全年召开各类座谈会二十余场。",       # not one meeting
    "颁奖仪式在人民大会堂举行。",          # 大会堂 is a hall
    "大会今天闭幕的消息传来。",              # 闭幕的 before no meeting
    "昨天召开部署会。",                       # a bare kind of meeting
])
def test_no_meeting_without_a_name(text):
    assert not {n for n in events(text) if n.endswith(("会", "会议"))}


def test_a_verb_of_holding_after_a_quote_ends_what_the_quote_names():
    assert not any(n.endswith("创建活动") for n in events("两个部结合争创“公仆杯”开展创建活动。"))
    assert "金锤杯电焊技能竞赛" in events("开展“金锤杯”电焊技能竞赛。")  # (names without their quotes)


def test_an_organiser_before_an_activity_is_no_part_of_its_name():
    assert not any(n.startswith("南岭区总工会") for n in events("南岭区总工会“夏送清凉”系列活动今天启动。"))


@pytest.mark.parametrize("text", [
    "赵强主持了揭牌仪式。",                  # a ceremony by its kind alone: a reference, no name
    "有关负责人参加了会见和签字仪式。",      # two things joined, one a kind of ceremony
])
def test_a_ceremony_of_a_kind_alone_is_no_convened_name(text):
    found = find_events(TokenIndex(text))
    assert not [m for m in found if m.source == "event-convened"]
    assert all(m.reference for m in found)


def test_attending_the_meeting_just_named():
    body = "南岭县总工会于3月8日召开第十届会员代表大会。县委副书记赵立新、县总工会主席钱国华等出席会议并讲话。"
    found = relations(body)
    assert ("赵立新", "participatesIn", "第十届会员代表大会") in found
    assert ("钱国华", "participatesIn", "第十届会员代表大会") in found


def test_attending_a_meeting_is_not_read_onto_an_activity_or_an_ambiguous_meeting():
    activity = "南岭县总工会开展“金秋助学”主题活动。县委副书记赵立新出席会议并讲话。"
    assert not {r for r in relations(activity) if r[1] == "participatesIn"}
    two = "南岭县总工会召开换届大会，随后召开经验交流会。县委副书记赵立新出席会议并讲话。"
    assert not {r for r in relations(two) if r[1] == "participatesIn" and r[0] == "赵立新"}


def test_an_organisation_named_as_the_venue():
    body = "海河市政府在海河重工集团召开解困再就业情况通报会。"
    assert ("解困再就业情况通报会", "heldAt", "海河重工集团") in relations(body)
    other = "海河市政府在海河重工集团的支持下召开解困再就业情况通报会。"
    assert not {r for r in relations(other) if r[1] == "heldAt"}


def test_each_datelined_section_has_its_own_main_event():
    body = ("本报海河电记者王立报道：近日，海河市总工会在海河重工集团召开技能竞赛推进会。\n"
            "本报南岭电记者李华报道：南岭县民政局等单位近日分４路，奔赴平安县、长乐县，分送救灾粮。")
    found = relations(body)
    assert not {r for r in found if r[1] == "heldAt" and r[2] in ("平安县", "长乐县")}
    one = "近日，海河市总工会召开技能竞赛推进会。市总工会干部奔赴平安县开展慰问。"
    assert ("技能竞赛推进会", "heldAt", "平安县") in relations(one)
    after = "近日，海河市总工会召开技能竞赛推进会。会后，市总工会干部奔赴平安县开展慰问。"
    assert ("技能竞赛推进会", "heldAt", "平安县") not in relations(after)  # after the meeting: no venue of it


@pytest.mark.parametrize("body, fact", [
    ("赵立新在今天召开的推进厂务公开工作座谈会上指出，要做好工作。", ("赵立新", "participatesIn", "推进厂务公开工作座谈会")),
    ("钱国华在第三届职工技能大赛开幕式上讲话。", ("钱国华", "participatesIn", "第三届职工技能大赛开幕式")),
])
def test_a_speaker_at_a_named_event_takes_part(body, fact):
    assert fact in relations(body)


def test_working_at_a_body_is_no_taking_part():
    found = relations("钱国华在南岭市总工会工作，他在会上发言。")
    assert not {r for r in found if r[1] == "participatesIn"}


def test_teams_listed_as_winning_an_award_took_part_in_the_event():
    body = "海河区总工会举办第三届职工技能大赛。南岭县代表队、长乐县代表队荣获优秀组织奖。"
    found = relations(body)
    assert ("南岭县代表队", "participatesIn", "第三届职工技能大赛") in found
    assert ("长乐县代表队", "participatesIn", "第三届职工技能大赛") in found


def test_an_award_with_no_event_in_the_article_says_nothing():
    found = relations("海河区总工会获得全国五一劳动奖状。南岭县代表队荣获优秀组织奖。")
    assert not {r for r in found if r[1] == "participatesIn"}


@pytest.mark.parametrize("body, absent", [
    # the reporter goes somewhere: no activity is held there
    ("南岭市总工会举办“夏送清凉”专项行动。记者前往海河宾馆，看望亲人。", "heldAt"),
    # who convened the meeting a speaker speaks at is not said
    ("南岭团市委书记赵立新在今天召开的再就业工作座谈会上指出，要做好工作。", "organizes"),
    # a person, not the company named earlier, convened it
    ("海河核电站投产后，钱国华在海河宾馆主持召开了安全生产经验交流会。", "organizes"),
])
def test_facts_that_the_sentence_does_not_state(body, absent):
    assert not {r for r in relations(body) if r[1] == absent}


@pytest.mark.parametrize("text", [
    "二十几个部门召开机关干部大会，进行动员。",   # who attends, not which meeting
    "全国妇联联合召开了两次会议。",              # how many, not which
])
def test_assemblies_named_by_who_attends_or_a_count_are_no_events(text):
    assert not events(text)


def test_a_body_convenes_what_it_is_the_subject_of():
    found = relations("南岭市总工会召开的安全生产经验交流会上，王立说。记者从南岭集团有限公司近日召开的第二届工会会员代表大会上了解到。")
    assert ("南岭市总工会", "organizes", "安全生产经验交流会") in found
    assert ("南岭集团有限公司", "organizes", "第二届工会会员代表大会") in found


def test_speakers_at_the_meeting_being_reported_take_part():
    found = relations("南岭团市委召开实施再就业工程座谈会。王建国、李秀英也做了发言。")
    assert ("王建国", "participatesIn", "实施再就业工程座谈会") in found
    assert ("李秀英", "participatesIn", "实施再就业工程座谈会") in found


def test_speaking_is_no_taking_part_in_an_activity_that_is_no_meeting():
    found = relations("南岭市总工会举办“夏送清凉”专项行动。王建国发言说好。")
    assert not {r for r in found if r[1] == "participatesIn"}


def test_a_body_before_the_verb_convenes_and_a_company_hosts():
    found = relations("海河电视台将在海河市政府办公厅召开全市经验交流会期间播出。")
    assert ("海河市政府办公厅", "organizes", "全市经验交流会") in found
    assert ("海河电视台", "organizes", "全市经验交流会") not in found
    hosted = relations("海河市政府在海河重工集团召开解困再就业情况通报会。")
    assert ("解困再就业情况通报会", "heldAt", "海河重工集团") in hosted
    assert ("海河重工集团", "organizes", "解困再就业情况通报会") not in hosted


def test_a_hotel_is_a_venue():
    found = relations("海河核电站投产后，钱国华在海河宾馆主持召开了安全生产经验交流会。")
    assert ("安全生产经验交流会", "heldAt", "海河宾馆") in found
    assert not {r for r in found if r[1] == "organizes"}


# --- meetings named by an attending verb, by their session number, or as the subject of their opening


@pytest.mark.parametrize("text, name", [
    ("赵立新出席了全国困难职工帮扶工作座谈会。", "全国困难职工帮扶工作座谈会"),   # attending names it too
    ("南岭县总工会今天在县城举行新春茶话会。", "新春茶话会"),                     # not 在县城举行新春茶话会
    ("钱国华出席海河市总工会第二次全体会议并讲话。", "海河市总工会第二次全体会议"),
    ("南岭县总工会十届三次全委会议今天召开。", "南岭县总工会十届三次全委会议"),
    ("会议传达了十四届三中全会精神。", "十四届三中全会"),                       # a plenum by its number
    ("全省职工思想政治工作会议今天在海河召开。", "全省职工思想政治工作会议"),
    ("全市劳动模范座谈会１月５日在海河举行。", "全市劳动模范座谈会"),
    ("因此，这次全省纺织工业工作会议由省政府召开。", "全省纺织工业工作会议"),   # a demonstrative and a long name
])
def test_a_particular_meeting_is_named(text, name):
    assert name in events(text)


@pytest.mark.parametrize("text", [
    "赵立新出席了今天的座谈会。",          # refers back to a meeting named before
    "钱国华参加了这次会议。",
    "会议选举产生了第一次会议的主席团。",   # a session number with no body
    "这次座谈会在海河召开。",
    "机关干部大会在厂里召开。",            # who attends, not which meeting
    "两次会议在海河召开。",
    "这次座谈会开得很好。",                # a demonstrative and no name
    "此次全体职工大会作出决定。",
])
def test_no_particular_meeting(text):
    assert not {n for n in events(text) if n.endswith(("会", "会议"))}


def test_a_session_number_in_a_headline_without_stops():
    found = events("海河市政协八届常委会第二十次常委会议赵立新主持为政协九届一次会议做准备")
    assert "政协九届一次会议" in found
    assert not any("主持" in n for n in found)


def test_attending_a_named_meeting_after_a_place_said_of_the_subject():
    assert ("刘步云", "participatesIn", "全国困难职工帮扶工作座谈会") in relations(
        "刘步云代表南岭县出席了全国困难职工帮扶工作座谈会。")


def test_a_meeting_of_a_kind_is_referred_back_to_by_its_kind():
    found = relations("南岭县总工会今天在县城举行新春茶话会。县委书记赵立新出席了今天的茶话会。")
    assert ("赵立新", "participatesIn", "新春茶话会") in found
    other = relations("南岭县总工会今天召开表彰大会。县委书记赵立新出席了今天的茶话会。")
    assert not {r for r in other if r[1] == "participatesIn"}  # a 茶话会 is not the 表彰大会


def test_people_listed_after_who_attended():
    body = ("南岭县总工会今天在县城举行新春茶话会。出席今天茶话会的领导同志有：赵立新、钱国华等，"
            "以及孙立平等老同志。")
    found = relations(body)
    for name in ("赵立新", "钱国华", "孙立平"):
        assert (name, "participatesIn", "新春茶话会") in found
    assert not {r for r in relations("参加培训的有下岗职工赵立新、钱国华。") if r[1] == "participatesIn"}


def test_meeting_those_who_attended_is_not_attending():
    body = "全省困难职工帮扶工作座谈会在海河召开。赵立新会见了出席座谈会的代表。"
    assert ("赵立新", "participatesIn", "全省困难职工帮扶工作座谈会") not in relations(body)
    body2 = "全省困难职工帮扶工作座谈会在海河召开。赵立新等会见出席会议代表。"
    assert not {r for r in relations(body2) if r[1] == "participatesIn"}


def test_an_event_held_at_a_company_named_after_it():
    found = relations("第三届职工技能大赛昨天在海河钢铁集团举行。")
    assert ("第三届职工技能大赛", "heldAt", "海河钢铁集团") in found
    found = relations("第三届职工技能大赛结束后，选手们在海河钢铁集团参观。")
    assert not {r for r in found if r[1] == "heldAt"}


# --- roles that put a person at the meeting being reported

MEETING = "全省职工代表座谈会今天在海河召开。"


@pytest.mark.parametrize("sentence, person", [
    ("会议由省总工会副主席赵立新主持。", "赵立新"),                 # the chair
    ("省总工会主席钱国华主持会议并讲话。", "钱国华"),
    ("孙建军在讲话中指出，要做好困难职工帮扶工作。", "孙建军"),     # a speech in the report of the meeting
    ("会议听取了周国强所作的工作报告。", "周国强"),                 # who reports to it
    ("吴丽华代表省总工会作工作报告。", "吴丽华"),
])
def test_a_role_at_the_reported_meeting(sentence, person):
    assert (person, "participatesIn", "全省职工代表座谈会") in relations(MEETING + sentence)


def test_a_speaker_placed_at_a_named_event_by_the_opening_phrase():
    found = relations("在今天召开的全省职工代表座谈会上，赵立新强调，要做好帮扶工作。")
    assert ("赵立新", "participatesIn", "全省职工代表座谈会") in found


def test_honoured_at_a_commendation():
    found = relations("全市劳动模范表彰大会今天召开，赵立新等１００名劳模受到表彰。")
    assert ("赵立新", "participatesIn", "全市劳动模范表彰大会") in found


@pytest.mark.parametrize("body", [
    MEETING + "赵立新说，他主持工作以来变化很大。",      # chairing work, not the meeting
    MEETING + "茶话会由赵立新主持。",                    # a 茶话会 is not this 座谈会
    "南岭县总工会开展送温暖活动。赵立新主持了会议。",    # the report is of an activity, not a meeting
    "在今年的工作中，赵立新强调，要抓好落实。",          # no event in the opening phrase
])
def test_no_role_at_a_meeting(body):
    assert not {r for r in relations(body) if r[1] == "participatesIn"}


def test_a_place_written_with_its_enclosing_places_is_one_place_per_unit():
    real = article("全省劳模座谈会今天在广东省肇庆市举行。")  # the gazetteer holds real places only
    assert {"广东省", "肇庆市"} <= {m.key for m in real.mentions if m.type == "Place"}
    assert ("全省劳模座谈会", "heldAt", "肇庆市") in {(r.head, r.relation, r.tail) for r in real.relations}
    assert "广东省肇庆市" not in {m.key for m in real.mentions}


def test_a_venue_in_an_area_stays_one_place():
    assert "滨江区社区" in {m.key for m in article("“职工健康行”活动走进滨江区社区。").mentions}


@pytest.mark.parametrize("text, name", [
    ("赵立新致信全国纺织工业工作会议。", "全国纺织工业工作会议"),     # a meeting of the whole country
    ("钱国华在全市职工医疗互助工作会议上讲话。", "全市职工医疗互助工作会议"),
])
def test_a_scoped_meeting_is_named_without_a_verb(text, name):
    assert name in events(text)


def test_a_cited_meeting_is_not_the_one_reported():
    art = article("要狠抓全国纺织工业工作会议的落实。赵立新出席会议并讲话。")
    assert not {r for r in relations_of(art) if r[1] == "participatesIn"}


def test_no_convener_for_a_meeting_someone_addresses():
    found = relations("省政府省长赵立新对正在南岭县召开的全省纺织工业工作会议作出书面指示。")
    assert not {r for r in found if r[1] == "organizes"}


def relations_of(art):
    return {(r.head, r.relation, r.tail) for r in art.relations}


def test_a_meeting_of_a_kind_far_down_its_own_report():
    filler = "全场响起热烈的掌声，大家互致新春的问候和祝愿。" * 8   # well past a sentence or two
    body = "省总工会今天在海河举行春节团拜会。" + filler + "出席团拜会的领导同志有：赵立新、钱国华。"
    found = relations(body)
    assert ("赵立新", "participatesIn", "春节团拜会") in found and ("钱国华", "participatesIn", "春节团拜会") in found
    other = "省总工会今天在海河举行表彰大会。" + filler + "出席团拜会的领导同志有：赵立新、钱国华。"
    # (the 团拜会 is then an event of its own, named per article: not the 表彰大会 the report is about)
    assert not {r for r in relations(other) if r[1] == "participatesIn" and "表彰大会" in r[2]}


@pytest.mark.parametrize("text, name", [
    ("全国河运局长会议今天在京开幕。", "全国河运局长会议"),        # a title inside a meeting's name
    ("王立新在全省纺织行业工作会议上讲话。", "全省纺织行业工作会议"),  # framed by 在…上
    ("赵立新在南岭矿区安全生产会议上讲话。", "南岭矿区安全生产会议"),
    ("赵立新接见南岭矿区安全生产会议代表。", "南岭矿区安全生产会议"),    # its delegates
])
def test_a_meeting_named_in_its_frame(text, name):
    assert name in events(text)


@pytest.mark.parametrize("text", [
    "他在会议上讲话。",
    "在常务会议上，他说。",          # too short a name to be one meeting
    "赵立新在会议期间走访了代表。",
])
def test_no_meeting_from_a_bare_frame(text):
    assert not {n for n in events(text) if n.endswith(("会", "会议"))}


def test_leaders_who_receive_a_meetings_delegates_do_not_take_part_in_it():
    # (the guideline's participatesIn is attending; pfr-dev3's annotators read a reception as taking part)
    body = ("海河市市长赵立新今天下午在市政府接见南岭矿区安全生产会议代表。"
            "副市长钱国华、秘书长孙伟等参加了接见。")
    assert not {r for r in relations(body) if r[1] == "participatesIn"}


def test_receiving_guests_is_no_participation():
    body = "海河市市长赵立新今天会见了来访的南岭钢铁公司客人。副市长钱国华参加了会见。"
    assert not {r for r in relations(body) if r[1] == "participatesIn"}


def test_a_person_with_unnamed_others_attends_the_meeting():
    body = "全省纺织行业工作会议日前在海河召开。副省长赵立新和省政府有关部门负责同志也参加了会议。"
    assert ("赵立新", "participatesIn", "全省纺织行业工作会议") in relations(body)


def test_a_person_and_another_body_do_not_attend_together():
    body = "全省纺织行业工作会议日前在海河召开。副省长赵立新和南岭钢铁公司签订了协议。"
    assert not {r for r in relations(body) if r[1] == "participatesIn"}


def test_coming_to_the_capital_to_attend_a_congress():
    body = "作为全市纺织系统唯一的代表，钱国华来京参加了党的第十五次全国代表大会。"
    assert ("钱国华", "participatesIn", "党的第十五次全国代表大会") in relations(body)


def test_the_body_after_由_convenes_the_meeting_its_clause_describes():
    body = "海河市副市长赵立新３月５日在由市政府办公厅于南岭召开的第二次全市职工住房建设经验交流会议上讲话。"
    found = relations(body)
    meeting = "第二次全市职工住房建设经验交流会议"
    assert ("市政府办公厅", "organizes", meeting) in found
    assert ("赵立新", "participatesIn", meeting) in found
    assert not {r for r in found if r[1] == "organizes" and r[0] != "市政府办公厅"}


def test_a_team_founded_by_a_body_is_the_organiser_not_that_body():
    body = "由南岭县总工会组建的“红马甲”职工志愿服务队在城南广场开展“冬日暖阳”便民服务活动。"
    found = relations(body)
    assert ("南岭县总工会", "organizes", "冬日暖阳便民服务活动") not in found


def test_the_subject_of_the_first_clause_attends_in_a_far_later_clause():
    body = "赵立新１９９５年被评为南岭县劳动模范，出席了全县劳模表彰大会。"
    assert ("赵立新", "participatesIn", "全县劳模表彰大会") in relations(body)


def test_a_meeting_of_all_circles_is_one_meeting():
    body = "赵立新、钱国华等１２名劳模应邀参加了海河各界春节联欢会。"
    found = relations(body)
    assert ("赵立新", "participatesIn", "海河各界春节联欢会") in found
    assert ("钱国华", "participatesIn", "海河各界春节联欢会") in found


def test_a_bare_出席_after_the_clause_that_holds_the_meeting():
    body = "春节前夕，南岭县总工会在县礼堂举行春节团拜会，赵立新、钱国华等出席。"
    found = relations(body)
    assert ("赵立新", "participatesIn", "春节团拜会") in found


def test_a_bare_出席_after_a_clause_that_holds_no_meeting():
    body = "南岭县总工会部署春节送温暖活动，赵立新出席。"
    assert not {r for r in relations(body) if r[1] == "participatesIn"}


def test_a_scoped_contest_is_named_a_kind_of_contest_is_not():
    assert "全县职工技术比武" in events("去年，赵立新在全县职工技术比武中夺得第一名。")
    assert not events("各单位要开展岗位练兵和技术比武。")


@pytest.mark.parametrize("text, name", [
    ("南岭县鲁迅生平和思想研讨会今天在海河举行。", "南岭县鲁迅生平和思想研讨会"),  # two topics, a person's name
    ("大型画册《海河之歌》出版座谈会今天举行。", "《海河之歌》出版座谈会"),        # a book's title opens it
])
def test_event_names_with_topics_and_titles(text, name):
    assert name in events(text)


def test_two_organisers_joined_by_和_stay_apart_from_the_event_name():
    found = relations("市总工会和团市委联合举办青年技能大赛。")
    assert ("团市委", "organizes", "青年技能大赛") in found
    assert "青年技能大赛" in events("市总工会和团市委联合举办青年技能大赛。")


def test_a_body_that_sends_its_people_takes_part():
    found = relations("海河钢铁公司组织３０名职工参加了全市职工运动会。")
    assert ("海河钢铁公司", "participatesIn", "全市职工运动会") in found
    other = relations("海河钢铁公司组织职工学习文件。赵立新参加了全市职工运动会。")
    assert ("海河钢铁公司", "participatesIn", "全市职工运动会") not in other


def test_a_body_that_wins_among_those_who_took_part():
    body = "全市共有２０家企业参加了第三届职工技能大赛，其中南岭纺织厂获得团体一等奖。"
    assert ("南岭纺织厂", "participatesIn", "第三届职工技能大赛") in relations(body)


def test_the_bodies_after_由_organise_the_meeting_the_article_reported():
    body = ("《海河之歌》出版座谈会今天在京举行。"
            "在今天由南岭图书评论学会、海河出版发行事业局等单位发起组织的座谈会上，出版单位赠送了画册。")
    found = relations(body)
    assert ("南岭图书评论学会", "organizes", "《海河之歌》出版座谈会") in found
    assert ("海河出版发行事业局", "organizes", "《海河之歌》出版座谈会") in found


def test_no_organiser_for_a_meeting_never_reported_before():
    body = "在今天由南岭图书评论学会等单位发起组织的座谈会上，出版单位赠送了画册。"
    assert not {r for r in relations(body) if r[1] == "organizes"}


def test_organisers_after_由_listed_with_commas_before_a_joint_verb():
    body = "海河职工座谈会今天举行。座谈会由南岭市总工会、市妇联，海河钢铁公司，南岭纺织厂共同举办。"
    found = relations(body)
    for org in ("南岭市总工会", "海河钢铁公司", "南岭纺织厂"):
        assert any(r[0].startswith(org) and r[1] == "organizes" and r[2] == "海河职工座谈会" for r in found), org


def test_a_comma_without_a_joint_verb_ends_the_organisers():
    body = "海河职工座谈会今天举行。座谈会由南岭市总工会主办，海河钢铁公司，南岭纺织厂的代表出席。"
    found = relations(body)
    assert not {r for r in found if r[1] == "organizes" and r[0] in ("海河钢铁公司", "南岭纺织厂")}


def test_a_body_that_ran_its_activity_at_a_season():
    found = relations("这是海河钢铁公司新春开展的“钢城到家”活动的一部分。")
    assert ("海河钢铁公司", "organizes", "钢城到家活动") in found


@pytest.mark.parametrize("text, name", [
    ("２００３年度海河港口工作会议，今天在南岭召开。", "２００３年度海河港口工作会议"),  # a comma before the opening
    ("全省纺织工作会议，昨天在海河开幕。", "全省纺织工作会议"),
])
def test_a_meeting_that_opened_after_a_comma_is_named_with_its_year(text, name):
    assert name in events(text)


def test_a_meeting_after_a_comma_that_did_not_open_is_no_name():
    assert not events("他参加了工作会议，在会上发言。")


def test_a_meeting_written_to_is_named_and_not_cited():
    from uniongraph.extraction.events import find_events

    found_ = {m.name: m for m in find_events(TokenIndex("王建国致信海河港口工作会议要求加快改革"))}
    assert "海河港口工作会议" in found_ and not found_["海河港口工作会议"].congress
    cited = {m.name: m for m in find_events(TokenIndex("认真贯彻全省港口工作会议要求。"))}
    assert "全省港口工作会议" in cited and cited["全省港口工作会议"].congress


@pytest.mark.parametrize("text, name", [
    ("2024年南岭省职工职业技能大赛在海河开幕。", "2024年南岭省职工职业技能大赛"),
    ("海河市总工会承办的2024年南岭省职工职业技能大赛开幕。", "2024年南岭省职工职业技能大赛"),
])
def test_the_year_of_an_edition_opens_the_events_name(text, name):
    assert name in events(text)


@pytest.mark.parametrize("text, name", [
    ("在2023年海河网球公开赛回归之际，工会组织观赛。", "海河网球公开赛"),      # a time of the sentence
    ("她拿起１９５０年全国劳动模范代表会议的纪念章。", "全国劳动模范代表会议"),
])
def test_a_year_said_of_the_sentence_stays_out_of_the_name(text, name):
    assert name in events(text)


@pytest.mark.parametrize("text, name", [
    ("海河省政协第八届全国委员会第５２次主席会议今天在京举行。", "海河省政协第八届全国委员会第５２次主席会议"),
    ("南岭县职工协会８日召开一届二次理事（扩大）会议。", "一届二次理事（扩大）会议"),
    ("在随后举行的南岭县体育总会六届二次常委会上，", "南岭县体育总会六届二次常委会"),
    ("市总工会十届三次全委会在海河宾馆举行。", "市总工会十届三次全委会"),
])
def test_a_numbered_session_of_a_body_is_one_meeting(text, name):
    assert name in events(text)


def test_a_numbered_session_is_a_meeting_not_the_committee():
    art = article("在随后举行的南岭县体育总会六届二次常委会上，增补赵立新为副主席。")
    typed = {(m.name, m.type) for m in art.mentions}
    assert ("南岭县体育总会六届二次常委会", "Event") in typed
    assert ("南岭县体育总会六届二次常委会", "Organization") not in typed
    assert ("南岭县体育总会", "Organization") in typed  # the body inside the meeting's name
    # a committee with no session number stays a body
    body = article("南岭县人大常委会副主任赵立新出席。")
    assert ("南岭县人大常委会", "Organization") in {(m.name, m.type) for m in body.mentions}


@pytest.mark.parametrize("text, name", [
    ("他在学习十五大精神的报告会上发言。", "十五大"),
    ("十四大以来，南岭县的经济发展很快。", "十四大"),
])
def test_a_bare_numbered_party_congress_is_an_event(text, name):
    assert name in events(text)


@pytest.mark.parametrize("text", [
    "南岭港已成为世界第十一大港口。",   # an ordinal of size
    "评选出全县十大杰出青年。",         # ten of something
    "全省十五大类产品出口增长。",       # fifteen kinds
])
def test_a_number_and_da_is_no_congress_otherwise(text):
    assert not {n for n in events(text) if n.endswith("大")}


@pytest.mark.parametrize("text, name", [
    ("参加第十八届冬奥会的南岭体育代表团今天出发。", "第十八届冬奥会"),
    ("第十三届亚运会在海河市举行。", "第十三届亚运会"),
    ("他在八运会上夺冠，正为２０００年奥运会备战。", "２０００年奥运会"),
    ("他在八运会上夺冠。", "八运会"),
    ("’９８南岭新年音乐会今晚在海河剧场举行。", "９８南岭新年音乐会"),
    ("南岭县政协举行迎春茶话会。", "迎春茶话会"),
    ("南岭县春节团拜会在县礼堂举行。", "南岭县春节团拜会"),
])
def test_games_and_festival_events_are_named(text, name):
    assert name in events(text)


def test_a_described_instance_or_a_dated_generic_head_is_no_event():
    assert not events("乐团为观众奉献了一台高水准的交响音乐会。")  # an instance described, not a name
    # the festival dates the sentence and the body holds the party: neither is in its name
    assert not {n for n in events("今年春节市总工会举办了联欢会。") if "春节" in n or "工会" in n}


def test_the_attendee_named_by_the_event_it_attends():
    found = relations("参加第十八届冬奥会的南岭体育代表团今天出发。出席全国劳模表彰大会的赵立新、钱国华昨天回到厂里。")
    assert ("南岭体育代表团", "participatesIn", "第十八届冬奥会") in found
    assert ("赵立新", "participatesIn", "全国劳模表彰大会") in found
    assert ("钱国华", "participatesIn", "全国劳模表彰大会") in found
    organiser = relations("举办第三届职工技能大赛的南岭县总工会表示满意。")
    assert not {r for r in organiser if r[1] == "participatesIn"}


def test_a_relative_named_to_say_whose_spouse_attends_is_no_attendee():
    found = relations("南岭县迎春茶话会今天在县礼堂举行。出席今天茶话会的有：赵立新夫人王秀兰、钱国华夫人林佳、孙建军等。")
    attended = {h for h, r, t in found if r == "participatesIn" and t == "南岭县迎春茶话会"}
    assert {"王秀兰", "林佳", "孙建军"} <= attended
    assert not {"赵立新", "钱国华"} & attended


@pytest.mark.parametrize("text", [
    "他参加过五届冬奥会。",         # a count of editions
    "天气不利于备战冬奥会。",       # the series, no edition named
])
def test_games_without_an_edition_are_no_event(text):
    assert not events(text)


def test_a_list_of_attendees_goes_on_with_unnamed_others_and_the_bodies_people():
    found = relations("南岭县职工协会８日召开一届二次理事（扩大）会议。协会会长赵立新，名誉会长钱国华、孙建军以及各界、各部门的知名人士出席会议。")
    attended = {h for h, r, t in found if r == "participatesIn" and t == "一届二次理事（扩大）会议"}
    assert {"赵立新", "钱国华", "孙建军"} <= attended
    bodies = relations("南岭县迎春茶话会今天举行。县委副书记赵立新、钱国华，以及南岭县委办公室、南岭县总工会等有关方面负责人出席了茶话会。")
    attended = {h for h, r, t in bodies if r == "participatesIn" and t == "南岭县迎春茶话会"}
    assert {"赵立新", "钱国华", "南岭县委办公室", "南岭县总工会"} <= attended
    # the body in a person's title is no attendee of its own
    assert "南岭县委" not in attended


@pytest.mark.parametrize("text", [
    "坚持和完善人民代表大会制度。",       # an institution
    "全市职工代表大会制度不断完善。",
    "他把作品献给全国人民代表大会。",     # the legislature, no session named
])
def test_an_institution_or_a_legislature_is_no_meeting(text):
    assert not {n for n in events(text) if n.endswith("大会")}


def test_a_legislature_with_its_session_is_a_meeting():
    assert "第九届全国人民代表大会第一次会议" in events("第九届全国人民代表大会第一次会议在京开幕。")
    assert "南岭县第十二届人民代表大会" in events("南岭县第十二届人民代表大会今天开幕。")


def test_a_verb_of_holding_inside_the_span_starts_the_name_after_it():
    assert "第三届职工技能大赛" in events("南岭县总工会大力开展第三届职工技能大赛。")
    assert not {n for n in events("南岭县总工会大力开展第三届职工技能大赛。") if "开展" in n}


def test_an_event_said_to_be_held_by_a_body():
    found = relations("南岭职工运动会是南岭县总工会和南岭县体育局联合主办的一项赛事，每４年举行一次。")
    assert ("南岭县总工会", "organizes", "南岭职工运动会") in found
    assert ("南岭县体育局", "organizes", "南岭职工运动会") in found
    owned = relations("南岭职工运动会是南岭县总工会的一项重要工作。")
    assert not {f for f in owned if f[1] == "organizes"}


def test_a_society_that_holds_a_meeting_is_a_body_not_the_meeting():
    art = article("海河省台湾同胞联谊会今天在海河举行座谈会，会长赵立新主持。")
    typed = {(m.name, m.type) for m in art.mentions}
    assert ("海河省台湾同胞联谊会", "Organization") in typed
    assert not {n for n, t in typed if t == "Event" and n.endswith("联谊会")}
    # a gathering of that kind, named by its occasion, is still an event
    assert "迎春联谊会" in events("海河省台联举行迎春联谊会。")


def test_a_quoted_activity_held_by_a_verb_is_named():
    assert "百万农村青年科技传播活动" in events("团县委集中开展“百万农村青年科技传播活动”。")
    found = relations("南岭团县委集中开展“百万农村青年科技传播活动”。")
    assert any(r == "organizes" and t == "百万农村青年科技传播活动" for h, r, t in found)
    # a quotation of speech that only mentions activities is no name
    assert not events("他说：“我们要多开展活动。”")


def test_a_ceremony_named_by_its_kind_is_no_entity_and_ends_no_fact():
    # a kind with no name of its own is no event of the guideline (pipeline._drop_bare_events,
    # relations.bare_events): neither an entity nor the end of a fact
    art = article("南岭机械有限公司今天成立。赵立新主持了揭牌仪式。钱国华、孙建军出席了揭牌仪式。")
    assert not {m.key for m in art.mentions if m.type == "Event"}
    assert not [r for r in art.relations if r.relation in ("participatesIn", "organizes", "heldAt")]
    # named once in full, the same kind is that event, and its mentions count
    art = article("南岭机械有限公司今天举行新厂区揭牌仪式。赵立新主持了揭牌仪式。")
    assert {m.key for m in art.mentions if m.type == "Event"} == {"新厂区揭牌仪式"}


def test_a_ceremony_kind_refers_to_the_full_name_the_article_gives():
    art = article("南岭县总工会举行１９９８年春节团拜会。县委书记赵立新主持团拜会。")
    assert {m.key for m in art.mentions if m.type == "Event"} == {"１９９８年春节团拜会"}


def test_a_ceremony_kind_without_a_verb_of_holding_is_no_event():
    assert not {n for n in events("揭牌仪式的准备工作已经就绪。") if "仪式" in n}
    assert not {n for n in events("他对开幕式的安排提出了意见。") if "开幕式" in n}


def test_a_short_form_of_a_short_form_reaches_the_full_name():
    art = article("南岭县总工会举行春节团拜会。\n南岭县总工会今天在县礼堂举行１９９８年春节团拜会。赵立新主持团拜会。")
    assert {m.key for m in art.mentions if m.type == "Event"} == {"１９９８年春节团拜会"}


@pytest.mark.parametrize("text, name", [
    ("在京老同志迎春茶话会举行。", "在京老同志迎春茶话会"),           # 在京: of those in Beijing
    ("部分在沪院士新春座谈会今天举行。", "在沪院士新春座谈会"),
])
def test_a_one_character_place_after_zai_keeps_zai_in_the_event_name(text, name):
    assert name in {m.name for m in extract_text(text).mentions if m.type == "Event"}


def test_zai_before_a_place_and_a_verb_stays_out_of_the_event_name():
    events = {m.name for m in extract_text("全国总工会在京召开职工代表座谈会。").mentions if m.type == "Event"}
    assert events == {"职工代表座谈会"}


def test_zai_before_a_word_that_opens_with_a_short_place_name_stays_out():
    """中 (China) and 新 (Xinjiang) are short place names, but 在中关村… is 在 + 中关村."""
    events = {m.name for m in extract_text("他在中关村科学城职工书画大赛中获奖。").mentions if m.type == "Event"}
    assert "中关村科学城职工书画大赛" in events


@pytest.mark.parametrize("text, name", [
    ("山东省第三届职工乒乓球比赛在济南落幕。", "山东省第三届职工乒乓球比赛"),
    ("全市第三届职工乒乓球赛在潍坊举行。", "全市第三届职工乒乓球赛"),
    ("第四次全国环境保护会议在北京召开。", "第四次全国环境保护会议"),
])
def test_an_edition_makes_a_weak_head_a_name(text, name):
    assert name in {m.name for m in extract_text(text).mentions if m.type == "Event"}


@pytest.mark.parametrize("text", ["他参加了一次比赛。", "他们参加了比赛。", "第三次会议通过了决议。"])
def test_a_weak_head_without_an_edition_or_a_name_is_no_event(text):
    assert not [m for m in extract_text(text).mentions if m.type == "Event"]


@pytest.mark.parametrize("text, name", [
    ("“翰墨颂新春”全市职工书法展在市职工文化宫开幕。", "“翰墨颂新春”全市职工书法展"),
    ("南岭市职工摄影展今天开幕。", "南岭市职工摄影展"),
])
def test_an_exhibition_is_an_event(text, name):
    assert name in {m.text for m in extract_text(text).mentions if m.type == "Event"}


@pytest.mark.parametrize("text, name", [
    ("全市职工运动会在体育中心举行。", "全市职工运动会"),          # the games of a whole city
    ("全市职工文艺汇演在南岭大剧院举行。", "全市职工文艺汇演"),
])
def test_the_contest_or_show_of_a_whole_place_is_an_event(text, name):
    assert name in {m.text for m in extract_text(text).mentions if m.type == "Event"}


@pytest.mark.parametrize("text", ["全体职工大会今天召开。", "全市职工大会召开。", "职工运动会很热闹。"])
def test_an_assembly_of_a_group_or_a_kind_of_games_is_no_event(text):
    assert not [m for m in extract_text(text).mentions if m.type == "Event"]


def test_a_job_fair_is_held_at_a_talent_market():
    art = extract_text("由南岭区总工会和南岭区人社局联合主办的“春风行动”专场招聘会在南岭人才市场展开。")
    assert ("春风行动专场招聘会", "heldAt", "南岭人才市场") in {(r.head, r.relation, r.tail) for r in art.relations}


@pytest.mark.parametrize("text, person, event", [
    ("市长王强宣布第三届南岭国际风筝节开幕。", "王强", "第三届南岭国际风筝节"),
    ("全市第五届职工运动会开幕\n本报讯 全市第五届职工运动会今天在体育中心开幕。市总工会主席李强宣布运动会开幕。",
     "李强", "全市第五届职工运动会"),
])
def test_one_who_declares_an_event_open_takes_part_in_it(text, person, event):
    art = extract_article(Article(id="t", source="t", index=0, title=text.split("\n")[0], text=text))
    assert (person, "participatesIn", event) in {(r.head, r.relation, r.tail) for r in art.relations}
    assert not any(m.type == "Event" and person in m.text for m in art.mentions)  # no 王强宣布… event


def test_declaring_news_is_no_participation():
    assert not extract_text("王强宣布了一个好消息。").relations


def test_the_meeting_a_speaker_addresses_in_the_report_of_games_is_the_one_named_before():
    text = ("南岭代表团召开出征动员大会\n本报讯 第九届南岭运动会即将开幕。南岭代表团今天召开出征动员大会。"
            "代表团团长赵立新在会上做动员讲话时说，要赛出水平。")
    art = extract_article(Article(id="t", source="t", index=0, title=text.split("\n")[0], text=text))
    facts = {(r.head, r.relation, r.tail) for r in art.relations}
    assert ("赵立新", "participatesIn", "出征动员大会") in facts
    assert ("赵立新", "participatesIn", "第九届南岭运动会") not in facts


def test_each_bulleted_item_of_a_digest_has_its_own_main_event():
    body = ("■ 近日，鼓楼区总工会组织40名一线职工赴永泰县开展疗休养。\n"
            "■ 11月3日，晋安区总工会在福州软件园举办“单身职工联谊会”，120名青年职工参加。")
    found = relations(body)
    assert ("单身职工联谊会", "heldAt", "福州软件园") in found
    assert not {r for r in found if r[1] == "heldAt" and r[2] == "永泰县"}  # another item's destination


@pytest.mark.parametrize("body, name", [
    ("工会举行了隆重的第三届职工代表大会第二次会议。", "第三届职工代表大会第二次会议"),
])
def test_how_a_meeting_is_held_is_no_part_of_its_name(body: str, name: str) -> None:
    names = {m.name for m in article(body).mentions if m.type == "Event"}
    assert name in names and not any(n.startswith("隆重") for n in names)


def test_a_described_generic_ceremony_is_no_name() -> None:
    assert not [m for m in article("活动在德宝饭店举行了隆重的揭晓颁奖仪式。").mentions if m.type == "Event"]


# --- 出席会议 in the report whose lead says who held the meeting (ORG 召开 EVENT) ----------------------

@pytest.mark.parametrize("body, event", [
    ("据新华社南岭１月７日电南岭市纪委、监察局今天在南岭召开新闻工作座谈会，市纪委书记钱国华在会上讲话。"
     "市纪委副书记赵立新，市监察局副局长孙志强及各新闻单位负责人出席会议。", "新闻工作座谈会"),
    ("南岭市港口工作委员会第三次全体会议，于一九九八年一月二十日至二十二日在南岭举行。"
     "赵立新、孙志强等领导同志出席了会议。", "南岭市港口工作委员会第三次全体会议"),
])
def test_attending_the_meeting_the_lead_says_was_held(body, event):
    found = relations(body)
    for who in ("赵立新", "孙志强"):
        assert (who, "participatesIn", event) in found


def test_attending_a_meeting_when_the_lead_holds_two_stays_open():
    body = ("据新华社南岭１月７日电南岭市纪委今天召开新闻工作座谈会，市监察局同时召开全市监察工作经验交流会。"
            "市纪委副书记赵立新出席会议。")
    assert not {r for r in relations(body) if r[0] == "赵立新" and r[1] == "participatesIn"}


# --- a session that elects, as the subject (…第一次会议１月１４日选举A为…，B、C为…；选举D为…) --------

def test_those_a_session_elects_take_part_in_it():
    body = ("新华社南岭１月１４日电南岭省第九届人民代表大会第一次会议１月１４日选举赵立新为省人大常委会主任，"
            "钱国华、孙志强（女）、李晓明为省人大常委会副主任；选举周建平为省长，吴国栋、郑海涛为副省长；"
            "选举王秀英为省高级人民法院院长。")
    found = relations(body)
    for who in ("赵立新", "钱国华", "孙志强", "李晓明", "周建平", "吴国栋", "郑海涛", "王秀英"):
        assert (who, "participatesIn", "南岭省第九届人民代表大会第一次会议") in found


@pytest.mark.parametrize("body", [
    # the session is not the one electing: another subject between
    "南岭省第九届人民代表大会第一次会议闭幕后，省委选举赵立新为省委书记。",
    # a session named as the object of what someone said, not electing
    "钱国华说，南岭省第九届人民代表大会第一次会议很重要。选举赵立新为主任是大家的心愿。",
])
def test_no_election_without_the_electing_session(body):
    assert not {r for r in relations(body) if r[0] == "赵立新" and r[1] == "participatesIn"}


# --- 出席了会议 whose report opens with headline lines below the title (no full stop): the lead is the
# first sentence, not a headline line --------------------------------------------------------------

_HEADLINED = ("南岭市政协举行第五次主席会议\n赵立新主持审议通过会议议程草案等\n"
              "新华社南岭一月十六日电（记者周海）政协南岭市第八届委员会第五次主席会议今天下午在南岭举行。"
              "赵立新主持会议。会议听取了关于召开政协南岭市第九届委员会第一次会议的说明。"
              "市政协副主席钱国华、孙志强出席了会议。")


def test_attending_the_meeting_of_the_lead_below_headline_lines():
    found = _headlined(_HEADLINED)
    for who in ("钱国华", "孙志强"):
        assert any(h == who and r == "participatesIn" and t.endswith("第五次主席会议") for h, r, t in found)


def test_a_headline_line_is_not_the_lead():
    # the lead is a line with no full stop (a document's title): no meeting of it is said held
    text = ("南岭市政协举行常委会议\n关于召开政协南岭市第九届委员会第一次会议的决定\n"
            "政协南岭市第八届委员会常务委员会决定：第九届委员会第一次会议于三月三日召开。"
            "市政协主席赵立新出席会议并讲话。")
    assert not any(h == "赵立新" and r == "participatesIn" and "第九届" in t for h, r, t in _headlined(text))


# --- 在 EVENT 报告中/期间/决赛中: the clause is placed in the event by its report, its time or a part --

@pytest.mark.parametrize("body, who, event", [
    ("江泽民同志在十五大报告中指出，要努力提高经济效益。", "江泽民", "十五大"),  # a congress, by its report
    ("赵立新在南岭市第三次职工代表大会期间接受了记者采访。", "赵立新", "南岭市第三次职工代表大会"),
    ("钱国华今天在全国职工乒乓球锦标赛第三轮的比赛中以三比一胜出。", "钱国华", "全国职工乒乓球锦标赛"),
])
def test_placed_in_an_event_by_its_report_time_or_part(body, who, event):
    assert any(h == who and r == "participatesIn" and t.endswith(event) for h, r, t in relations(body))


@pytest.mark.parametrize("body", [
    "大家要认真学习十五大报告中提出的各项任务，赵立新说。",  # no one placed in the congress by 在
    "赵立新在十五大精神指引下开展工作。",  # a congress as the source of a line
    "钱国华在信中说：“赵立新同志在十五大报告中指出，要加强管理。”",  # words quoted in a letter
])
def test_no_congress_attendance_without_its_report_or_outside_quotes(body):
    assert not any(h == "赵立新" and r == "participatesIn" for h, r, t in relations(body))


# --- PERSON (当晚/在某地) 举行/召开 EVENT: the one who holds it takes part in it ----------------------

@pytest.mark.parametrize("body, who, event", [
    ("南岭市总工会主席赵立新当晚举行劳动竞赛新闻发布会说，竞赛将于五月开始。", "赵立新", "劳动竞赛新闻发布会"),
    ("钱国华３日在市政府举行新年记者招待会，宣布了这一决定。", "钱国华", "新年记者招待会"),
    ("孙志强亲自主持召开了全市安全生产工作会议。", "孙志强", "全市安全生产工作会议"),
])
def test_a_person_who_holds_an_event_takes_part(body, who, event):
    assert (who, "participatesIn", event) in relations(body)


@pytest.mark.parametrize("body", [
    "南岭市委、市政府为赵立新举行庆功大会。",  # the one it is held for
    "赵立新决定在下月召开全市安全生产工作会议。",  # a decision, not the holding
    "钱国华说，赵立新召开的全市安全生产工作会议很成功。",  # a relative clause, not its subject
])
def test_no_holding_without_the_person_as_its_subject(body):
    assert not any(h == "赵立新" and r == "participatesIn" for h, r, t in relations(body))


# --- ORG 在 ORG2 举办 EVENT: the subject body holds the event; the body after 在 is where -----------

def test_the_subject_body_holds_the_event_not_the_body_after_at():
    found = relations("南岭市科学技术协会今天在穹幕影厅举办职工科普报告会。")
    assert ("南岭市科学技术协会", "organizes", "职工科普报告会") in found
    assert not any(r == "organizes" and h == "穹幕影厅" for h, r, t in found)


def test_a_body_after_at_with_no_subject_before_it_still_convenes():
    found = relations("据悉，将于１月１２日起在国务院办公厅召开全国第四次职工住房建设工作经验交流会。")
    assert ("国务院办公厅", "organizes", "全国第四次职工住房建设工作经验交流会") in found


@pytest.mark.parametrize("text, name", [
    ("政协南岭省第八届委员会第一次全体会议今天选举赵立新为省政协主席。", "政协南岭省第八届委员会第一次全体会议"),
    ("钱国华在政协海河市十一届一次会议上当选为市政协主席。", "政协海河市十一届一次会议"),
])
def test_a_political_consultative_session_keeps_its_zhengxie(text, name):
    assert name in events(text)
    assert not {r for r in relations(text) if r[0] == "政协" and r[1] == "organizes"}


def test_a_session_of_another_body_gets_no_zhengxie():
    assert not any(n.startswith("政协") for n in events("中共南岭省第八届委员会第一次全体会议今天召开。"))
