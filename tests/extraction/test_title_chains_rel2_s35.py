"""Title chains at clause level (stop 35, rel2): a committee written by its body's kind before any
post (公司党委副书记), a union post after it when a federation is named too, a committee written
alone later in a list (党委副书记、总经理), and a career run after a personnel notice's clauses
(现任…; 拟任 is no post yet): invented sentences."""

from __future__ import annotations

from stated import stated_facts


def works_for(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body, title=title) if r == "worksFor"}


def _tails(found: set[tuple[str, str]], person: str) -> set[str]:
    return {t for h, t in found if h == person}


def test_company_committee_before_a_deputy_post() -> None:
    body = ("12月3日，南岭华兴机械有限公司召开职代会，青溪区总工会副主席钱国华出席。"
            "公司党委副书记、工会主席赵立新主持会议。今年公司工会共征集提案30件。")
    tails = _tails(works_for(body), "赵立新")
    assert "南岭华兴机械有限公司党委" in tails  # (公司 the company named before: stop 43)
    assert any(t.endswith("工会") and "华兴" in t for t in tails)  # the company's union, not the federation
    assert "青溪区总工会" not in tails


def test_a_union_post_after_a_federation_needs_the_union_written_by_kind() -> None:
    # the only union is another body's, named by its full name: the chain's 工会主席 may be any union's
    body = ("12月3日，青溪区总工会召开会议。南岭华兴机械有限公司党委副书记、工会主席赵立新发言。"
            "海河机床厂工会介绍经验。")
    tails = _tails(works_for(body), "赵立新")
    assert "海河机床厂工会" not in tails


def test_bare_committee_in_a_list_is_the_one_named_before() -> None:
    body = ("3月5日，南岭华兴机械有限公司召开职代会。公司党委书记、董事长周明，党委副书记、总经理吴强，"
            "党委副书记、工会主席郑丽出席会议。")
    found = works_for(body)
    for person in ("吴强", "郑丽"):
        assert "南岭华兴机械有限公司党委" in _tails(found, person), person  # (the company reported: stop 43)
    # 总经理 after the committee's post is the company's; 工会主席 is not
    assert any("华兴机械" in t and t.endswith("有限公司") for t in _tails(found, "吴强"))
    assert not any(t.endswith("有限公司") for t in _tails(found, "郑丽"))


def test_bare_committee_without_a_committee_named_before() -> None:
    body = "3月5日，南岭华兴机械有限公司召开职代会。董事长周明，党委副书记、总经理吴强出席会议。"
    assert not any("党委" in t for t in _tails(works_for(body), "吴强"))


def test_current_post_after_the_clauses_of_a_personnel_notice() -> None:
    body = ("现将拟任职干部人选予以公示：\n"
            "赵立新，男，1979年4月出生，汉族，中共党员，大学学历，现任青溪区总工会党组书记、常务副主席，"
            "拟任南岭市总工会副主席。\n")
    tails = _tails(works_for(body), "赵立新")
    assert "青溪区总工会" in tails
    assert "南岭市总工会" not in tails  # 拟任: proposed, no post yet


def test_a_quoted_speaker_is_no_career_run() -> None:
    body = "赵立新，男，汉族，中共党员，大学学历，他说，现任领导很重视青溪区总工会的工作。"
    assert "青溪区总工会" not in _tails(works_for(body), "赵立新")


def test_a_delegation_team_captain_is_a_member_of_the_team() -> None:
    body = "在南岭市职工运动会上，海淀区代表队队长、海河机床厂工人赵立新带领队员夺得团体第一名。"
    found = stated_facts(body)
    assert ("赵立新", "memberOf", "海淀区代表队") in found
    assert ("赵立新", "worksFor", "海淀区代表队") not in found
    assert ("赵立新", "worksFor", "海河机床厂") in found  # the job after the team's post is the person's work


def test_a_work_crew_leader_holds_an_office_of_it() -> None:
    # a crew of a company is no delegation team: its 队长 holds an office there (worksFor)
    found = stated_facts("海河机床厂装卸四队队长赵立新说，今年任务很重。")
    assert not any(h == "赵立新" and r == "memberOf" for h, r, t in found)
