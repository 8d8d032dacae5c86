"""Units, teams and their members (stop 36, unit): a contest team named after a county whose name
opens with a service's word (公安县) is still a team, and a delegation or contest team is one
whoever sends it (市公安局代表队); invented sentences."""

from __future__ import annotations

from stated import stated_facts as facts


def test_team_captain_of_a_county_named_with_a_service_word() -> None:
    body = ("12月3日，青溪市职工知识竞赛决赛举行。公安县总工会代表队获得一等奖。"
            "公安县总工会代表队队长、公安县总工会宣传部部长周丽华说，队员们备赛两个月。")
    found = facts(body)
    assert ("周丽华", "memberOf", "公安县总工会代表队") in found
    assert ("周丽华", "worksFor", "公安县总工会代表队") not in found


def test_police_bureau_team_member_is_a_member() -> None:
    body = "12月3日，青溪市职工运动会开幕。青溪市公安局代表队队员赵立新获得男子100米冠军。"
    found = facts(body)
    assert ("赵立新", "memberOf", "青溪市公安局代表队") in found


def test_a_unit_of_the_police_still_holds_offices() -> None:
    # 刑警支队 is a unit of a disciplined service: its 队长 holds an office of it
    body = "12月3日，青溪市公安局刑警支队支队长赵立新介绍了案件侦破情况。"
    found = facts(body)
    assert not any(h == "赵立新" and r == "memberOf" for h, r, t in found)


def names(body: str) -> set[str]:
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article

    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {m.name for m in art.mentions if m.type != "Person" and m.type != "Place"}


def test_quoted_studio_keeps_the_person_named_in_it() -> None:
    body = ("在南岭重工机械有限公司，检查组参观了“全国劳动模范高振华创新工作室”，听取了工作室领衔人高振华的介绍。"
            "工作室成员、高级技师罗一鸣演示了检测装置。")
    found = facts(body)
    assert "全国劳动模范高振华创新工作室" in names(body)
    assert ("高振华", "worksFor", "全国劳动模范高振华创新工作室") in found
    assert ("罗一鸣", "memberOf", "全国劳动模范高振华创新工作室") in found


def test_quoted_studio_after_its_company() -> None:
    body = "检查组走进南岭重工有限公司“高振华劳模创新工作室”，了解工作室技术攻关情况。工作室成员、焊工罗一鸣说，他进步很快。"
    assert "高振华劳模创新工作室" in names(body)
    assert ("罗一鸣", "memberOf", "高振华劳模创新工作室") in facts(body)


def test_quoted_fleet_inside_an_event_name() -> None:
    body = "12月5日，青溪区网约车司机“澜沧爱心车队”成立仪式在青溪区职工服务中心举行。"
    assert "澜沧爱心车队" in names(body)


def test_a_quoted_kind_of_studio_is_no_name() -> None:
    assert not any(n.endswith("工作室") for n in names("南岭机床厂去年成立了“职工创新工作室”，带动职工搞革新。"))


def test_a_quoted_honour_is_no_studio() -> None:
    body = "南岭机床厂被命名为“南岭市示范性劳模创新工作室”。"
    assert not any(n.endswith("工作室") for n in names(body))


def test_members_listed_after_leading_the_studio() -> None:
    body = ("南岭钢铁公司“高振华劳模创新工作室”成立于2015年。他领衔工作室，"
            "带领工作室成员罗一鸣、乌日娜等12名技术骨干完成技术革新86项。")
    found = facts(body)
    assert ("罗一鸣", "memberOf", "高振华劳模创新工作室") in found
    assert ("乌日娜", "memberOf", "高振华劳模创新工作室") in found


def test_captain_of_a_service_fleet_by_its_kind() -> None:
    body = ("12月5日，青溪区网约车司机“澜沧爱心车队”成立仪式在青溪区举行。"
            "车队队长、网约车司机钱立军说：“我们每天在城里跑。”")
    assert ("钱立军", "memberOf", "澜沧爱心车队") in facts(body)


def test_captain_of_a_work_crew_holds_an_office() -> None:
    body = "南岭钢铁公司炼钢一队获得表彰。炼钢一队队长钱立军说，大家很努力。"
    found = facts(body)
    assert not any(h == "钱立军" and r == "memberOf" for h, r, t in found)


def test_school_committee_in_a_chain_of_titles() -> None:
    body = "12月1日，南岭师范学校召开运动会。学校党委副书记、校工会主席詹立群致开幕辞。"
    assert any(h == "詹立群" and r == "worksFor" and t == "南岭师范学校党委" for h, r, t in facts(body))  # (the school reported: stop 43)


def test_hospital_committee_with_a_split_surname() -> None:
    body = "11月26日，青溪县人民医院护理技能比武举行。医院党委副书记、工会主席郑卫东出席。"
    # (the hospital is named only inside the event's name, no main body: per article, stop 43's second review)
    assert any(h == "郑卫东" and r == "worksFor" and t.split("（")[0].endswith("医院党委") for h, r, t in facts(body))


def test_college_committee() -> None:
    body = "12月1日，南岭科技职业学院召开教代会。学院党委书记徐建平讲话。"
    found = facts(body)
    assert any(h == "徐建平" and r == "worksFor" and t == "南岭科技职业学院党委" for h, r, t in found)  # (the college reported: stop 43)
    assert ("徐建平", "worksFor", "南岭科技职业学院") not in found


def test_bare_committee_is_no_unit() -> None:
    body = "12月1日，南岭师范学校召开运动会。党委副书记、校工会主席詹立群致开幕辞。"
    assert not any(t == "党委" for h, r, t in facts(body))


def test_company_committee_chain_keeps_the_company_union() -> None:
    body = "12月3日，南岭华兴机械有限公司召开职代会。公司党委副书记、工会主席赵立新主持会议。"
    found = facts(body)
    assert not any(t.startswith("公司党委") and r == "unionOf" for h, r, t in found)


def test_a_party_committee_owns_no_union() -> None:
    body = "12月1日，南岭科技职业学院召开教代会。学院党委书记徐建平讲话，学院工会主席蒋美华作工会工作报告。"
    found = facts(body)
    assert ("蒋美华", "worksFor", "南岭科技职业学院工会") in found
    assert not any("党委工会" in h or "党委工会" in t for h, r, t in found)


def test_the_same_written_union_names_the_same_union_again() -> None:
    body = ("12月1日，南岭科技职业学院召开教代会。学院工会主席蒋美华作工会工作报告。"
            "会前，学院工会共征集提案43件，其中机电工程学院教师方晓东提出的提案被评为优秀提案。"
            "蒋美华表示，希望学院工会把决议落到实处。")
    found = facts(body)
    assert not any(t == "机电工程学院工会" or h == "机电工程学院工会" for h, r, t in found)


def test_quoted_studio_right_after_its_company_is_its_unit() -> None:
    body = "检查组走进南岭重工有限公司“高振华劳模创新工作室”，了解情况。"
    assert ("高振华劳模创新工作室", "subOrganizationOf", "南岭重工有限公司") in facts(body)


def test_quoted_studio_after_the_kind_is_left_to_inference() -> None:
    body = "检查组走进南岭重工集团，集团“高振华劳模创新工作室”名列其中。"
    assert not any(r == "subOrganizationOf" for h, r, t in facts(body))


_TABLE = ("市总工会决定命名以下3个工作室为市级劳模创新工作室。\n\n"
          "序号 | {unit_header} | {parent_header} | 所属县（市、区）\n\n"
          "1 | 周建华劳模创新工作室 | 南岭重工机械有限公司 | 青溪区\n\n"
          "2 | 罗一鸣技能大师工作室 | 海河精密仪器有限公司 | 北湖区\n\n"
          "3 | 钱立军工匠创新工作室 | 东山纺织有限公司 | 西城区\n\n"
          "希望被命名的工作室发挥好平台作用。")


def _page_facts(text: str) -> set[tuple[str, str, str]]:
    from uniongraph.reading.blocks import Block
    from uniongraph.reading.repair import repair_breaks

    blocks = [Block(p, k) for k, p in enumerate(text.split("\n\n"))]
    return facts("\n".join(b.text for b in repair_breaks(blocks)))


def test_rows_of_a_table_without_outer_bars_are_not_joined() -> None:
    from uniongraph.reading.blocks import Block
    from uniongraph.reading.repair import repair_breaks

    rows = ["序号 | 工作室名称 | 所在单位", "1 | 高振华劳模创新工作室 | 南岭重工机械有限公司", "希望被命名的工作室"]
    assert len(repair_breaks([Block(r, k) for k, r in enumerate(rows)])) == 3


def test_a_unit_column_beside_the_body_column() -> None:
    found = _page_facts(_TABLE.format(unit_header="工作室名称", parent_header="所在单位"))
    assert ("周建华劳模创新工作室", "subOrganizationOf", "南岭重工机械有限公司") in found
    assert ("钱立军工匠创新工作室", "subOrganizationOf", "东山纺织有限公司") in found
    assert ("海河精密仪器有限公司", "locatedIn", "北湖区") in found


def test_no_unit_column_no_units() -> None:
    found = _page_facts(_TABLE.format(unit_header="名称", parent_header="推荐单位"))
    assert not any(r == "subOrganizationOf" for h, r, t in found)


def test_leads_the_team_of_the_company_referred_back_to() -> None:
    body = ("南岭阳光新能源有限公司董事长蒲世杰出席。"
            "当天，蒲世杰还带领该公司“阳光暖冬”志愿服务队来到城东区一户困难职工家中。")
    assert ("蒲世杰", "memberOf", "阳光暖冬志愿服务队") in facts(body)


def test_thanking_the_company_team_is_no_membership() -> None:
    body = "南岭阳光新能源有限公司董事长蒲世杰出席。蒲世杰还感谢该公司“阳光暖冬”志愿服务队。"
    assert not any(r == "memberOf" for h, r, t in facts(body))


def test_bare_captain_post_of_the_team_opening_the_sentence() -> None:
    body = ("12月17日，青溪区网约车司机“澜沧爱心车队”在青溪区职工服务中心成立。"
            "车队由青溪区总工会指导组建，首批42名队员来自3家平台企业，队长由网约车司机钱立军担任。")
    assert ("钱立军", "memberOf", "澜沧爱心车队") in facts(body)


def test_bare_captain_post_needs_the_team_opening_the_sentence() -> None:
    body = ("12月17日，青溪区网约车司机“澜沧爱心车队”成立。"
            "活动由青溪区总工会主办，队长由网约车司机钱立军担任。")
    assert not any(r == "memberOf" for h, r, t in facts(body))


def _delegation_forms(name: str) -> list[str]:
    from uniongraph.extraction.inference import rule_forms
    from uniongraph.extraction.lexicon import load_lexicons

    return [f for rule, forms in rule_forms(name, load_lexicons(), "Organization")
            if rule.evidence_rule == "delegation-of-its-sender" for f in forms]


def test_a_team_named_after_its_sender_is_inferred_its_unit() -> None:
    # inferred, not stated: three union golds infer it (one states it; the guideline's "follows from names")
    assert _delegation_forms("青溪县总工会代表队") == ["青溪县总工会"]
    assert _delegation_forms("南岭重工有限公司代表团") == ["南岭重工有限公司"]


def test_a_team_named_by_a_place_alone_has_no_sender_form_too_short() -> None:
    assert _delegation_forms("省代表队") == []
    assert _delegation_forms("南岭服务队") == []
    # (a place's team, 青溪县代表队 → 青溪县, finds no organisation: the rule's tail must be one)
    assert not any(r == "subOrganizationOf" for h, r, t in facts("青溪县代表队队员赵立新获得冠军。"))
