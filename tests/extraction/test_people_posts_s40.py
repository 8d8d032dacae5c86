"""People's posts read through a body written by its kind alone (stop 40). Sentences invented for
these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def facts(body: str, title: str = "") -> set[tuple[str, str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=title + "\n" + body))
    return {(r.head, r.relation, r.tail) for r in art.relations}


def works_for(found: set[tuple[str, str, str]], person: str) -> set[str]:
    return {t for p, r, t in found if p == person and r == "worksFor"}


# --- 公司党委书记、董事长某 when the report names two companies: the one whose union 公司工会 is

TWO_COMPANIES = ("12月2日，青川远扬机械制造股份有限公司第五届职工技能比武在公司实训中心举行。比武由公司工会主办。"
                 "获得一等奖的是青川华泰焊接技术有限公司选手。公司党委书记、董事长柯文岳为获奖选手颁奖。")


def test_committee_head_works_for_the_company_whose_union_the_report_is_of():
    assert any(t.endswith("远扬机械制造股份有限公司") for t in works_for(facts(TWO_COMPANIES), "柯文岳"))


def test_committee_head_is_not_given_the_other_company():
    assert not any("华泰" in t for t in works_for(facts(TWO_COMPANIES), "柯文岳"))


def test_two_companies_and_no_bare_union_leave_the_committee_alone():
    text = ("12月2日，青川远扬机械制造股份有限公司与青川华泰焊接技术有限公司签订合作协议。"
            "公司党委书记、董事长柯文岳出席签约仪式。")
    assert not any(t.endswith("有限公司") for t in works_for(facts(text), "柯文岳"))


def test_one_company_named_still_its_committee_heads():
    text = "12月2日，青川远扬机械制造股份有限公司举行职工技能比武。公司党委书记、董事长柯文岳为获奖职工颁奖。"
    assert any(t.endswith("远扬机械制造股份有限公司") for t in works_for(facts(text), "柯文岳"))


# --- 集团党委副书记、工会主席某 when the report names more unions: the one written 集团工会

GROUP_AND_PARTNER = ("1月9日，青川远扬重工集团有限公司召开职工代表大会。集团党委副书记、工会主席葛玉芬主持会议。"
                     "青川华泰齿轮有限公司工会等5个单位受到表彰。大会要求集团工会继续做好职工服务。")


def test_chain_union_post_is_the_union_written_by_the_chains_kind():
    assert any(t.endswith("远扬重工集团有限公司工会") for t in works_for(facts(GROUP_AND_PARTNER), "葛玉芬"))


def test_chain_union_post_is_not_the_partners_union():
    assert not any("华泰" in t for t in works_for(facts(GROUP_AND_PARTNER), "葛玉芬"))


def test_two_unions_and_none_written_by_the_kind_stay_unread():
    text = ("1月9日，青川远扬重工集团有限公司召开职工代表大会。集团党委副书记、工会主席葛玉芬主持会议。"
            "青川华泰齿轮有限公司工会和青川南岭电机有限公司工会受到表彰。")
    assert not any(t.endswith("工会") for t in works_for(facts(text), "葛玉芬"))


# --- 某某在公司干了12年: years worked at the report's body written by its kind alone

def test_years_at_the_company_written_by_its_kind():
    text = ("青川远扬环卫服务有限公司承担着城区120条道路的清扫任务。今年56岁的葛玉芬在公司干了15年，"
            "是班组里资历最老的保洁员。")
    assert any(t.endswith("远扬环卫服务有限公司") for t in works_for(facts(text), "葛玉芬"))


def test_years_at_the_company_after_the_age_clause():
    text = "青川远扬重工有限公司是一家装备制造企业。全国劳动模范柯文岳今年49岁，在公司干了整整28年铆工。"
    assert any(t.endswith("远扬重工有限公司") for t in works_for(facts(text), "柯文岳"))


def test_years_at_the_company_in_the_persons_own_words():
    text = "记者来到青川远扬电池有限公司的装配车间。班组长林海告诉记者，他在公司干了7年。"
    assert any(t.endswith("远扬电池有限公司") for t in works_for(facts(text), "林海"))


def test_no_company_named_before_gives_no_employer():
    text = "学生葛玉芬说，她在公司干了两年兼职推销员。"
    assert not works_for(facts(text), "葛玉芬")


def test_another_subject_between_is_not_the_worker():
    text = "青川远扬电池有限公司举行表彰会。柯文岳为职工颁奖，获奖职工都在公司干了十年以上。"
    assert not any(t.endswith("远扬电池有限公司") for t in works_for(facts(text), "柯文岳"))


# --- 在某公司务工…的工人某, 某某此前在某公司工地当小工: where one works, said before or after the name

def test_migrant_worker_at_a_company_before_the_name():
    text = "慰问组看望了在青川远扬农业开发有限公司务工两年多的苗族工人韦天福，了解他的收入情况。"
    assert any(t.endswith("远扬农业开发有限公司") for t in works_for(facts(text), "韦天福"))


def test_earlier_job_at_a_company_site():
    text = "来自南岭镇的学员柯文岳此前在青川远扬建筑工程有限公司工地当小工，他说拿到证就能多挣钱。"
    assert any(t.endswith("远扬建筑工程有限公司") for t in works_for(facts(text), "柯文岳"))


def test_a_meeting_at_the_body_is_no_job_there():
    text = "柯文岳此前在青川远扬建筑工程有限公司工作会议上作了发言。"
    assert not any(t.endswith("远扬建筑工程有限公司") for t in works_for(facts(text), "柯文岳"))


def test_visiting_a_company_is_no_job_there():
    text = "柯文岳此前在青川远扬建筑工程有限公司调研，看望了一线职工。"
    assert not any(t.endswith("远扬建筑工程有限公司") for t in works_for(facts(text), "柯文岳"))


# --- 某代表队后卫某: a player's position is a title of the team, so the player is its member

def test_a_teams_player_named_by_position():
    found = facts("决赛中，南岭县代表队后卫柯文岳获得最佳球员奖，青川县代表队前锋葛玉林打入两球。")
    assert ("柯文岳", "memberOf", "南岭县代表队") in found
    assert ("葛玉林", "memberOf", "青川县代表队") in found


def test_a_player_position_is_no_post_of_a_company():
    found = facts("南岭县代表队后卫柯文岳获得最佳球员奖。")
    assert not works_for(found, "柯文岳")


def test_a_position_word_with_no_name_after_it_names_no_one():
    art_facts = facts("南岭县代表队后卫线表现稳定，最终获得冠军。")
    assert not any(r == "memberOf" for _, r, _ in art_facts)


# --- 乐起来, 文起来: a verb's directional complement after a surname-like character names no one

def persons(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name for m in art.mentions if m.type == "Person"}


def test_a_verb_and_its_complement_is_no_name():
    assert not {"乐起来", "文起来"} & persons("新城区要让居民富起来、文起来、乐起来。")


def test_a_headline_of_people_cheering_up_names_no_one():
    assert "乐起来" not in persons("山区百万农民乐起来")


def test_a_name_with_the_same_surname_still_reads():
    assert "乐建国" in persons("职工乐建国说，今年的收入比去年多了两成。")
