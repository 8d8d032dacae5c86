"""Fixes to the people rules of stop 40 (review of pfr-s40): a bare kind (公司, 集团工会) read as a
body only where the article leaves no doubt which; years worked at the kind by the clause's subject;
a company's site after 在; a team's players by position. Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def facts(body: str, title: str = "") -> set[tuple[str, str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=title + "\n" + body))
    return {(r.head, r.relation, r.tail) for r in art.relations}


def tails(found: set[tuple[str, str, str]], person: str, relation: str = "worksFor") -> set[str]:
    return {t for p, r, t in found if p == person and r == relation}


# --- 公司党委书记、董事长某 and 集团党委副书记、工会主席某: a bare union read among two bodies is a guess

def test_bare_union_in_the_other_companys_paragraph_gives_no_company():
    text = ("12月2日，青川远扬机械制造股份有限公司第五届职工技能比武在公司实训中心举行。比武由公司党委主办。\n"
            "当天，青川华泰焊接技术有限公司也举办了焊工比武，比武由公司工会承办。\n"
            "公司党委书记、董事长柯文岳为远扬机械获奖选手颁奖。")
    assert not any("华泰" in t for t in tails(facts(text), "柯文岳"))


def test_bare_group_union_after_an_observer_gives_no_group():
    text = ("12月2日，青川远扬重工集团有限公司第五届职工技能比武在集团实训中心举行，青川华泰控股集团有限公司派员观摩。"
            "比武由集团工会主办。集团党委书记、董事长柯文岳为获奖选手颁奖。")
    assert not any("华泰" in t for t in tails(facts(text), "柯文岳"))


def test_chain_union_post_is_not_the_visited_groups_union():
    text = ("1月9日，青川远扬重工集团有限公司召开职工代表大会。集团党委副书记、工会主席葛玉芬主持会议。\n"
            "会前，与会代表参观了兄弟单位青川华泰控股集团有限公司，听取了集团工会关于职工书屋建设的介绍。"
            "青川南岭电机有限公司工会受到表彰。")
    assert not any("华泰" in t for t in tails(facts(text), "葛玉芬"))


def test_group_company_committee_reads_a_bare_group_union():
    text = ("12月2日，青川远扬重工集团有限公司第五届职工技能比武举行。比武由集团工会主办，青川华泰控股集团有限公司派员观摩。"
            "集团公司党委书记、董事长柯文岳为获奖选手颁奖。")
    found = tails(facts(text), "柯文岳")
    assert any(t.endswith("远扬重工集团有限公司") for t in found)
    assert not any("华泰" in t for t in found)


def test_group_company_chain_union_post_reads_a_bare_group_union():
    text = ("1月9日，青川远扬重工集团有限公司召开职工代表大会。集团公司党委副书记、工会主席葛玉芬主持会议。"
            "青川华泰齿轮有限公司工会等5个单位受到表彰。大会要求集团工会继续做好职工服务。")
    assert any(t.endswith("远扬重工集团有限公司工会") for t in tails(facts(text), "葛玉芬"))


# --- 某某在公司干了30年: the report's own body, its subject, years

def test_years_at_the_kind_is_not_the_customer_named_last():
    text = ("青川远扬电池有限公司是一家老牌企业，近年来加快转型升级，新建了三条自动化生产线。\n"
            "今年，公司生产的动力电池批量供应给青川华泰汽车有限公司。装配工林小海今年52岁，在公司干了30年。")
    assert not any("华泰" in t for t in tails(facts(text), "林小海"))


def test_years_at_the_kind_go_to_the_reports_own_company():
    text = ("青川远扬电池有限公司是一家老牌企业。青川远扬电池有限公司近年来新建了三条生产线。\n"
            "今年，公司生产的动力电池批量供应给青川华泰汽车有限公司。装配工林小海今年52岁，在公司干了30年。")
    found = tails(facts(text), "林小海")
    assert any(t.endswith("远扬电池有限公司") for t in found) and not any("华泰" in t for t in found)


def test_the_object_of_a_visit_is_no_worker_of_the_company():
    text = "3月5日，区总工会主席葛玉林来到青川远扬电池有限公司，看望了困难职工的家属韦小红，在公司工作了一上午。"
    assert not tails(facts(text), "韦小红") & {"青川远扬电池有限公司", "远扬电池有限公司"}
    assert not any("远扬" in t for t in tails(facts(text), "韦小红"))


def test_a_month_at_the_company_is_a_visit():
    text = "青川远扬电池有限公司近期订单下滑。市总工会帮扶工作组组长柯文岳在公司工作了一个月，帮助企业稳岗。"
    assert not any("远扬" in t for t in tails(facts(text), "柯文岳"))


def test_years_at_a_bare_group_and_a_pair_of_workers():
    text = "青川远扬重工集团有限公司日前表彰了一批老职工。焊工柯文岳在集团干了20年。\n钳工韦天福和葛玉芬在公司干了18年。"
    found = facts(text)
    for person in ("柯文岳", "韦天福", "葛玉芬"):
        assert any(t.endswith("远扬重工集团有限公司") for t in tails(found, person)), person


def test_years_after_an_apposed_age_without_le_or_after_already():
    text = ("青川远扬电池有限公司是一家老牌企业。装配工林小海，今年52岁，在公司干了30年。\n"
            "焊工葛玉芬在公司工作12年，是班组里的骨干。\n钳工柯文岳已在公司干了20年。")
    found = facts(text)
    for person in ("林小海", "葛玉芬", "柯文岳"):
        assert any(t.endswith("远扬电池有限公司") for t in tails(found, person)), person


# --- 此前在某公司仓库做搬运工: the site read as one Place, the job the company's

def test_job_at_a_companys_site():
    found = facts("学员葛玉林此前在青川华泰物流有限公司仓库做搬运工。学员葛玉芬过去在青川远扬物流有限公司仓库当保管员。")
    assert any(t.endswith("华泰物流有限公司") for t in tails(found, "葛玉林"))
    assert any(t.endswith("远扬物流有限公司") for t in tails(found, "葛玉芬"))


def test_a_visit_to_a_companys_site_is_no_job():
    found = facts("区总工会主席葛玉林在青川华泰物流有限公司仓库看望了搬运工。")
    assert not any("华泰" in t for t in tails(found, "葛玉林"))


# --- a team's players by position

def test_positions_before_a_name_make_team_members():
    found = facts("南岭县代表队控球后卫韦天福拿下12分。\n青川县代表队大前锋葛玉林拿下20分。\n"
                  "南岭县代表队边锋柯文岳助攻两次。\n青川县代表队自由人高大伟防守出色。")
    assert tails(found, "韦天福", "memberOf") == {"南岭县代表队"}
    assert tails(found, "葛玉林", "memberOf") == {"青川县代表队"}
    assert tails(found, "柯文岳", "memberOf") == {"南岭县代表队"}
    assert tails(found, "高大伟", "memberOf") == {"青川县代表队"}


def test_a_lineup_of_positions_makes_each_a_member():
    found = facts("南岭县代表队主攻手韦天福、副攻手葛玉芬、二传手高大伟发挥出色。\n青川县代表队选手柯文岳、二传手林小海发挥出色。")
    for person in ("韦天福", "葛玉芬", "高大伟"):
        assert tails(found, person, "memberOf") == {"南岭县代表队"}, person
    for person in ("柯文岳", "林小海"):
        assert tails(found, person, "memberOf") == {"青川县代表队"}, person


def test_a_lineup_ends_at_someone_who_is_no_player():
    found = facts("南岭县代表队主攻手韦天福、市体育局局长葛玉芬观看了比赛。")
    assert tails(found, "葛玉芬", "memberOf") == set()


def test_years_at_the_kind_read_as_the_paragraphs_company():
    text = ("区总工会一行先后来到青川远扬环卫服务有限公司和青川华泰热电有限公司，为一线职工送去慰问品。\n"
            "在远扬环卫公司，公司总经理柯文岳介绍了保洁任务。今年58岁的葛玉芬在公司干了12年，她说工会每年都来看望大家。")
    found = tails(facts(text), "葛玉芬")
    assert any(t.endswith("远扬环卫服务有限公司") for t in found) and not any("华泰" in t for t in found)


def test_a_company_bylined_union_and_a_clear_reading_keep_the_committee_head():
    text = ("文/图 公司工会 韦小红\n12月5日，青川远扬石油装备股份有限公司第十届职工技术创新成果发布会举行。本次活动由公司工会主办。\n"
            "完成人：青川华泰焊接科技有限公司 林大伟。\n公司党委书记、董事长柯文岳为获奖团队授牌。")
    assert any(t.endswith("远扬石油装备股份有限公司") for t in tails(facts(text), "柯文岳"))
