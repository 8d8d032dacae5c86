"""Stop 37: people listed with their body in brackets (王某（某公司包装工，子女就学困难）; 肖某（某公司）、
罗某（某厂）), and the lead's event reached across a report. Sentences written for the tests,
names invented; each rule has a positive case and look-alikes where the relation is not stated."""

from __future__ import annotations

from stated import stated_facts as facts


# --- PERSON（ORG title，more）: the title before a comma in the brackets (person-paren-org-title) ---

def test_title_in_brackets_before_a_comma():
    body = "部分走访对象如下：\n南岭区　赵秀英（海河精密机械有限公司装配工，丈夫长期患病）"
    assert ("赵秀英", "worksFor", "海河精密机械有限公司") in facts(body)


def test_no_post_when_the_bracket_opens_with_no_title():
    # （海河精密机械有限公司附近，…）: a place said of her, no post in the body
    body = "赵秀英（海河精密机械有限公司附近的住户，丈夫长期患病）说，今年冬天不冷。"
    assert ("赵秀英", "worksFor", "海河精密机械有限公司") not in facts(body)


# --- PERSON（ORG）、PERSON（ORG）: a list of people, each with their body (person-paren-org-list) ---

def test_each_listed_person_works_for_the_body_in_their_brackets():
    body = "三、“阅读之星”\n钱晓梅（海河光电科技有限公司）、孙立军（南岭县永安纺织有限公司）、周丽（城东区人民医院）"
    got = facts(body)
    assert ("钱晓梅", "worksFor", "海河光电科技有限公司") in got
    assert ("孙立军", "worksFor", "南岭县永安纺织有限公司") in got
    assert ("周丽", "worksFor", "城东区人民医院") in got


def test_a_single_bracket_before_said_is_no_post():
    # 赵某（某厂）说: one name alone, the bracket may only say where the report found him
    assert ("赵立新", "worksFor", "海河机床厂") not in facts("赵立新（海河机床厂）说，订单比去年多。")


def test_a_team_in_brackets_is_no_employer():
    body = "钱晓梅（南岭县代表队）、孙立军（海河市代表队）进入决赛。"
    got = facts(body)
    assert ("钱晓梅", "worksFor", "南岭县代表队") not in got


# --- the lines of a list a sentence opens: those visited or commended (listed_lines.py) ----------

_VISITS = ("海河市总工会启动2027年元旦春节送温暖活动。主席赵立新一行来到南岭区、东湖县，走访慰问困难职工家庭。"
           "部分走访对象如下：\n南岭区　钱秀英（海河精密机械有限公司装配工，丈夫长期患病）\n"
           "东湖县　孙立军（东湖县永安纺织有限公司挡车工，因工伤致困）\n")


def test_people_on_the_lines_of_a_visited_list_take_part_in_the_campaign():
    got = facts(_VISITS)
    assert ("钱秀英", "participatesIn", "2027年元旦春节送温暖活动") in got
    assert ("孙立军", "participatesIn", "2027年元旦春节送温暖活动") in got
    assert ("孙立军", "worksFor", "东湖县永安纺织有限公司") in got


def test_the_body_in_a_visited_persons_brackets_takes_no_part():
    assert ("海河精密机械有限公司", "participatesIn", "2027年元旦春节送温暖活动") not in facts(_VISITS)


def test_lines_after_a_full_sentence_are_no_list_of_the_intro():
    # a sentence of the report stands between the intro and the line: the list ended there
    body = _VISITS.replace("东湖县　孙立军", "据了解，今年共筹集资金50万元。\n东湖县　孙立军")
    assert ("孙立军", "participatesIn", "2027年元旦春节送温暖活动") not in facts(body)


def test_a_list_with_no_intro_of_visits_says_no_part():
    body = ("海河市总工会启动2027年元旦春节送温暖活动。本报记者采访了以下职工：\n"
            "南岭区　钱秀英（海河精密机械有限公司装配工，丈夫长期患病）\n")
    assert ("钱秀英", "participatesIn", "2027年元旦春节送温暖活动") not in facts(body)


_COMMENDED = ("2026年，市总工会联合开展2026年海河市“书香职工”读书活动。决定对以下单位和个人予以通报表扬：\n\n"
              "一、优秀组织单位\n南岭区总工会、东湖县总工会\n\n二、示范职工书屋\n海河光电科技有限公司职工书屋\n\n"
              "三、“阅读之星”\n钱晓梅（海河光电科技有限公司）、孙立军（东湖县永安纺织有限公司）\n")


def test_bodies_and_people_of_a_commended_list_take_part():
    got = facts(_COMMENDED)
    for name in ("南岭区总工会", "东湖县总工会", "钱晓梅", "孙立军"):
        assert (name, "participatesIn", "2026年海河市书香职工读书活动") in got or \
            (name, "participatesIn", "2026年海河市“书香职工”读书活动") in got, name


def test_a_company_inside_a_listed_place_takes_no_part():
    got = facts(_COMMENDED)
    assert not any(h == "海河光电科技有限公司" and r == "participatesIn" for h, r, _ in got)


# --- 本批 KIND 由 A 主办，B 承办: this batch of the reported programme (organizers) ---------------

def test_this_batch_of_a_programme_is_organised_by():
    body = ("2026年海河省劳模疗休养活动第二批学员开营仪式在南岭区举行。本批疗休养由海河省总工会主办，"
            "南岭市总工会承办。")
    got = facts(body)
    assert ("海河省总工会", "organizes", "2026年海河省劳模疗休养活动") in got
    assert ("南岭市总工会", "organizes", "2026年海河省劳模疗休养活动") in got


# --- the head of a sub-delegation (分团团长) is one of it, not its employee ----------------------

def test_head_of_a_sub_delegation_is_a_member():
    body = "2026年海河省劳模疗休养活动开营。东湖市疗休养分团团长、东湖市总工会副主席钱立新代表学员发言。"
    got = facts(body)
    assert ("钱立新", "memberOf", "东湖市疗休养分团") in got
    assert ("钱立新", "worksFor", "东湖市疗休养分团") not in got
    assert ("钱立新", "worksFor", "东湖市总工会") in got


# --- EVENT 在 DISTRICT + an unread venue 举行: held in the district (event-held-in-area-of-unread-venue) ---
# (a district the tagger reads whole; the rest of the names invented)

def test_event_whose_ceremony_is_at_an_unread_venue_is_held_in_its_district():
    body = "2026年海河省劳模疗休养活动第二批学员开营仪式在武陵源区湖南省职工疗休养基地举行。"
    assert ("2026年海河省劳模疗休养活动", "heldAt", "武陵源区") in facts(body)


def test_no_district_when_the_words_after_it_end_in_no_venue():
    body = "2026年海河省劳模疗休养活动第二批学员开营仪式在武陵源区湖南省职工疗休养期间举行。"
    assert ("2026年海河省劳模疗休养活动", "heldAt", "武陵源区") not in facts(body)


def test_no_district_when_the_event_is_in_another_clause():
    body = "2026年海河省劳模疗休养活动结束后，总结会在武陵源区湖南省职工疗休养基地举行。"
    assert ("2026年海河省劳模疗休养活动", "heldAt", "武陵源区") not in facts(body)


# --- the event by its kind far down its report: 参加培训的…王某; 来自某公司的选手王某 (participants_by_kind) ---

_CONTEST = "11月8日，2026年海河市职工职业技能大赛在南岭区举行。"


def test_one_said_to_attend_by_a_modifier_takes_part():
    body = _CONTEST + "参加比赛的海河精密机械有限公司焊工钱立新说，比赛节奏很快。"
    assert ("钱立新", "participatesIn", "2026年海河市职工职业技能大赛") in facts(body)


def test_a_competitor_from_a_body_takes_part():
    body = _CONTEST + "来自海河精密机械有限公司的选手钱立新说，比赛节奏很快。"
    assert ("钱立新", "participatesIn", "2026年海河市职工职业技能大赛") in facts(body)


def test_one_who_only_tells_of_the_event_takes_no_part():
    body = _CONTEST + "据海河市总工会副主席钱立新介绍，本次大赛共有300人报名。"
    assert ("钱立新", "participatesIn", "2026年海河市职工职业技能大赛") not in facts(body)


def test_no_part_when_two_events_of_the_kind_were_named():
    body = (_CONTEST + "2026年南岭区青工技能大赛同日闭幕。"
            "参加比赛的海河精密机械有限公司焊工钱立新说，比赛节奏很快。")
    got = facts(body)
    assert ("钱立新", "participatesIn", "2026年海河市职工职业技能大赛") not in got
    assert ("钱立新", "participatesIn", "2026年南岭区青工技能大赛") not in got


def test_the_modifier_of_another_noun_names_no_participant():
    # 参加培训的人数…，PERSON主持: the modifier says a number; the person is another clause's (who
    # chairs the opening: another pattern's fact, not this one's)
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article
    body = "2026年海河市工会干部培训班在南岭区开班。参加培训的人数达120人，海河市总工会副主席钱立新主持开班仪式。"
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    assert not any(e.rule == "attendee-said-by-modifier" for r in art.relations for e in r.evidence)


# --- a team named by what the activity does (疗休养分团, 宣讲团) and the person it titles take part ---

_REST = "11月18日，2026年海河省劳模疗休养活动开营仪式举行。"


def test_a_sub_delegation_of_the_rest_programme_and_its_head_take_part():
    body = _REST + "东湖市疗休养分团团长、东湖市总工会副主席钱立新代表学员发言。"
    # (the event as the recognisers name it: the programme, or its opening ceremony)
    got = {(h, r) for h, r, t in facts(body) if t.startswith("2026年海河省劳模疗休养活动")}
    assert ("东湖市疗休养分团", "participatesIn") in got
    assert ("钱立新", "participatesIn") in got


def test_a_team_not_named_by_the_activity_takes_no_part_by_this():
    body = _REST + "东湖市篮球队队长钱立新说，今年训练很辛苦。"
    assert ("东湖市篮球队", "participatesIn", "2026年海河省劳模疗休养活动") not in facts(body)


def test_how_the_team_was_formed_states_no_part():
    body = ("3月11日，南岭区总工会开展“新春第一课”劳模工匠宣讲活动。据悉，南岭区劳模工匠宣讲团由南岭区总工会"
            "于2023年组建，现有成员15人。")
    assert not any(h == "南岭区劳模工匠宣讲团" and r == "participatesIn" for h, r, _ in facts(body))


def test_a_team_at_a_meeting_on_its_trade_takes_no_part():
    body = "海河市射击运动研讨会在南岭区召开。海河市射击队正在南岭区集训。"
    assert not any(h == "海河市射击队" and r == "participatesIn" for h, r, _ in facts(body))


# --- A 还将与 B 联合开展 EVENT: the partner organises too (subject-org-verb-event) -----------------

def test_the_partner_after_adverbs_and_yu_organises_too():
    body = "12月起，海河市总工会还将与海河市城市管理局联合开展“温暖驿站”服务月活动。"
    got = {(h, r) for h, r, t in facts(body) if "服务月活动" in t}
    assert ("海河市总工会", "organizes") in got
    assert ("海河市城市管理局", "organizes") in got


def test_a_partner_of_another_verb_organises_nothing():
    # 与B签订协议，开展…: B signs with A; who holds the campaign is A
    body = "海河市总工会还与海河市城市管理局签订协议，开展“温暖驿站”服务月活动。"
    assert not any(h == "海河市城市管理局" and r == "organizes" for h, r, _ in facts(body))


# --- 审计组 of an 审计专项行动 goes where the activity is held (party_kind 审计 in venue_words.tsv) ---

def test_the_audit_group_of_an_audit_campaign_goes_where_it_is_held():
    body = ("近日，海河市总工会经费审查委员会组织开展2026年度基层工会经费审计专项行动。"
            "11月10日至21日，审计组先后来到南岭县、东湖县，对5家基层工会进行现场审计。")
    got = facts(body)
    assert ("2026年度基层工会经费审计专项行动", "heldAt", "南岭县") in got
    assert ("2026年度基层工会经费审计专项行动", "heldAt", "东湖县") in got


def test_an_audit_group_in_the_report_of_another_activity_places_nothing():
    body = ("近日，海河市总工会开展2026年“送温暖”慰问活动。"
            "11月10日，省审计厅审计组来到南岭县，对县财政局进行审计。")
    assert not any(r == "heldAt" and pl == "南岭县" for _, r, pl in facts(body))


# --- EVENT held in a clause, then a person who speaks or shares in the next (speaks-after-the-event-clause) ---

def test_a_person_sharing_in_the_clause_after_the_event_takes_part():
    body = "12月23日，南岭区总工会在区职工书屋举办“书香暖冬”读书分享会，海河万和食品有限公司职工代表钱敏敏分享了阅读心得。"
    assert any(h == "钱敏敏" and r == "participatesIn" and "读书分享会" in t for h, r, t in facts(body))


def test_one_who_tells_a_reporter_after_it_takes_no_part_by_this():
    body = "12月23日，南岭区总工会举办“书香暖冬”读书分享会，会后钱立新向记者分享了心得。"
    assert not any(h == "钱立新" and r == "participatesIn" for h, r, _ in facts(body))


def test_a_speaker_of_another_clause_subject_takes_no_part_by_this():
    # the clause after the event opens with another subject (市领导) before the person
    body = "12月23日，南岭区总工会举办“书香暖冬”读书分享会，据悉今年还将举办3场，钱立新作了发言。"
    assert not any(h == "钱立新" and r == "participatesIn" for h, r, _ in facts(body))


# --- a list of those an aid activity helped (受助学生名单如下：): the activity named in its paragraph ---

def test_the_aided_of_a_list_take_part_in_the_activity_of_its_paragraph():
    body = ("8月31日，海河市总工会2026年“金秋助学”助学金发放仪式在海河市职工服务中心举行。\n"
            "今年的“金秋助学”活动共资助新生210名。部分受助学生名单如下：\n"
            "南岭区　王雨桐（父亲王建军，海河精密机械有限公司职工）\n")
    got = facts(body)
    assert ("王雨桐", "participatesIn", "金秋助学活动") in got or ("王雨桐", "participatesIn", "“金秋助学”活动") in got
    # the father's employer in her brackets: no post of hers
    assert ("王雨桐", "worksFor", "海河精密机械有限公司") not in got
