"""Who organises an event (stop 34, rel2): the organiser fields of a notice (主办单位：A、B) and an
event said again by the end of its name before 由 (推进会由…主办): invented sentences."""

from __future__ import annotations

from stated import stated_facts, read_facts


NOTICE_TITLE = "关于举办南岭市第二届职工乒乓球比赛的通知"
NOTICE = ("为丰富职工文化生活，市总工会决定举办南岭市第二届职工乒乓球比赛。现将有关事项通知如下：\n"
          "一、主办单位：南岭市总工会、南岭市体育局\n"
          "二、承办单位：海河机床厂工会\n"
          "三、协办单位：青溪区乒乓球协会，请各单位积极配合\n"
          "四、指导单位：南岭市文明办\n")
GAME = "南岭市第二届职工乒乓球比赛"


def organisers(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body, title=title) if r == "organizes"}


def organisers_read(body: str, title: str = "") -> set[tuple[str, str]]:
    """:func:`organisers` with those read from a name only (inferred: a body's own meeting named with it)."""
    return {(h, t) for h, r, t in read_facts(body, title=title) if r == "organizes"}


def test_the_organiser_fields_of_a_notice() -> None:
    found = organisers(NOTICE, NOTICE_TITLE)
    assert {("南岭市总工会", GAME), ("南岭市体育局", GAME), ("海河机床厂工会", GAME)} <= found
    # a field that goes on past the names is no plain list; who guides it does not organise it
    assert not any(h in ("青溪区乒乓球协会", "南岭市文明办") for h, _ in found)


def test_no_organiser_field_without_the_event_of_the_notice() -> None:
    body = "现将有关事项通知如下：\n一、主办单位：南岭市总工会\n"
    assert not organisers(body, "关于做好职工疗休养工作的通知")


def test_an_event_said_again_by_the_end_of_its_name() -> None:
    text = "12月3日，南岭市职工技能提升现场推进会在海河机床厂召开。推进会由南岭市总工会主办，海河机床厂工会承办。"
    assert {("南岭市总工会", "南岭市职工技能提升现场推进会"), ("海河机床厂工会", "南岭市职工技能提升现场推进会")} <= organisers(text)
    text = "12月3日，南岭市第五届职工技能比武在海河机床厂开幕。比武由南岭市总工会主办。"
    assert ("南岭市总工会", "南岭市第五届职工技能比武") in organisers(text)


def test_no_event_when_the_head_names_none_or_two() -> None:
    # the subject ends no event's name: a body, not the event, is said to be named by the federation
    text = "12月3日，南岭市职工技能提升现场推进会在海河机床厂召开。工作室由南岭市总工会命名。"
    assert not organisers(text)
    # two events end with 推进会: which one is meant is not said
    text = ("南岭市职工技能提升现场推进会和青溪区安全生产现场推进会先后召开。推进会由南岭市总工会主办。")
    assert not any(h == "南岭市总工会" for h, _ in organisers(text))


def test_a_body_convenes_its_first_general_meeting_and_its_committees_election() -> None:
    text = ("12月6日，青溪街道快递行业联合工会成立大会暨第一次会员大会在青溪街道党群服务中心召开。"
            "青溪街道快递行业联合工会主席赵立新讲话。")
    assert ("青溪街道快递行业联合工会", "青溪街道快递行业联合工会成立大会暨第一次会员大会") in organisers_read(text)
    text = ("12月4日，海河钢铁集团有限公司工会第二届女职工委员会换届大会在集团会议中心召开。"
            "海河钢铁集团有限公司工会主席李华出席。")
    assert ("海河钢铁集团有限公司工会", "海河钢铁集团有限公司工会第二届女职工委员会换届大会") in organisers_read(text)


def test_a_bare_founding_meeting_is_not_the_new_unions_own() -> None:
    text = ("4月9日，青溪物流园区货车司机联合工会成立大会在园区召开。大会由青溪区总工会主办。"
            "青溪物流园区货车司机联合工会主席赵立新讲话。")
    assert ("青溪物流园区货车司机联合工会", "青溪物流园区货车司机联合工会成立大会") not in organisers(text)


def test_a_launch_ceremony_and_work_meeting_in_one() -> None:
    text = "12月2日，南岭市总工会2027年元旦春节送温暖活动启动仪式暨工作部署会在南岭举行。南岭市总工会主席王海生讲话。"
    assert ("南岭市总工会", "南岭市总工会2027年元旦春节送温暖活动启动仪式暨工作部署会") in organisers_read(text)


def test_a_meeting_convened_on_a_date_before_its_name() -> None:
    text = "据悉，4月27日召开的南岭市总工会十六届三次全委会议上，对先进集体进行了表彰。南岭市总工会主席王海生讲话。"
    assert ("南岭市总工会", "南岭市总工会十六届三次全委会议") in organisers_read(text)
    # a work meeting named after the body is not said to be its own
    text = "据悉，4月27日召开的南岭市总工会工作推进会上，对先进集体进行了表彰。南岭市总工会主席王海生讲话。"
    assert ("南岭市总工会", "南岭市总工会工作推进会") not in organisers_read(text)


def test_the_body_right_before_the_verb_inside_a_clause_with_de() -> None:
    text = "王海生表示，此次签约是南岭市总工会开展“集体协商提质年”行动的重要成果。"
    assert ("南岭市总工会", "集体协商提质年行动") in organisers(text)
    text = "王海生说，这是南岭市总工会与青溪区总工会联合开展“金秋助学”活动的成果。"
    assert {("南岭市总工会", "金秋助学活动"), ("青溪区总工会", "金秋助学活动")} <= organisers(text)


def test_no_organiser_from_a_clause_with_de_without_the_body_before_the_verb() -> None:
    # the verb's object is the prize winners, and no body stands before it
    assert not organisers("南岭市总工会表彰了组织职工篮球赛的获奖者。")
    # a plan of the activity: it is not said to be held
    assert not organisers("他们向南岭市总工会开展“金秋助学”活动的方案提出建议。")
    # the body is the sentence's subject: the verb's object is the 座谈 of the winners
    assert not organisers("南岭市总工会组织职工书画大赛的获奖者座谈。")


def test_a_body_referred_back_by_its_bare_kind() -> None:
    text = "海河面粉集团有限公司现有职工800人。在集团今年举办的“巾帼匠心”女职工技能比武中，王丽获得第一名。"
    assert ("海河面粉集团有限公司", "巾帼匠心女职工技能比武") in organisers(text)
    text = "南岭市退休职工协会成立于2011年。协会组织开展“银龄帮扶”志愿服务活动。"
    assert ("南岭市退休职工协会", "银龄帮扶志愿服务活动") in organisers(text)


def test_no_body_from_a_bare_kind_that_is_not_the_subject_or_names_two() -> None:
    # the group's workers took part: who held it is not said
    text = "海河面粉集团有限公司现有职工800人。在集团职工参加的“巾帼匠心”女职工技能比武中，王丽获得第一名。"
    assert not organisers(text)
    # two groups named before: which one 集团 means is not said
    text = "海河面粉集团有限公司与南岭钢铁集团有限公司签约。集团举办“巾帼匠心”女职工技能比武。"
    assert not any(h.endswith("集团有限公司") for h, _ in organisers(text))


def test_a_subject_naming_another_event_than_the_main_one() -> None:
    # 本届征文活动 is another programme than the closing meeting the report opens with
    text = "12月14日，读书月活动总结会在南岭市职工文化中心召开。本届征文活动由南岭市总工会、南岭市图书馆联合主办。"
    assert not any(t == "读书月活动总结会" for _, t in organisers(text))
    # the bare word and the end of the main event's name still mean it
    text = "12月14日，南岭市第二届职工乒乓球比赛在南岭市职工文化中心开幕。本届比赛由南岭市总工会主办。"
    assert ("南岭市总工会", "南岭市第二届职工乒乓球比赛") in organisers(text)
    text = "12月14日，南岭市第二届职工乒乓球比赛在南岭市职工文化中心开幕。本届乒乓球比赛由南岭市总工会主办。"
    assert ("南岭市总工会", "南岭市第二届职工乒乓球比赛") in organisers(text)


def test_co_organisers_after_a_by_clause_whose_organiser_is_a_bare_kind() -> None:
    text = ("12月5日，南岭科技学院第十二届教职工运动会在北固校区田径场举行。"
            "本届运动会由校工会主办，体育学院承办，校医院协办，860余名教职工参赛。")
    found = {h for h, _ in organisers(text)}
    assert {"体育学院", "校医院"} <= found


def test_no_co_organiser_without_a_role_closing_its_clause() -> None:
    text = ("12月5日，南岭科技学院第十二届教职工运动会在北固校区田径场举行。"
            "本届运动会由校工会主办，体育学院全体教师参加。")
    assert "体育学院" not in {h for h, _ in organisers(text)}
