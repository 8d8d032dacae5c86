"""Defects fixed at stop 39 (fix-fixb): a named farm with a kind word (红星|生态|农场), a crew whose
trade is two verbs (运行|维护|班), a host's own short form before 入驻中心. Sentences invented."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def facts(body: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in _article(body).relations}


def entities(body: str) -> set[tuple[str, str]]:
    return {(m.canonical or m.name, m.type) for m in _article(body).mentions}


def test_a_proper_name_before_a_farms_kind_word_names_the_farm():
    found = entities("县委书记王刚到青山有机农场调研，东岗实验农场场长赵梅陪同。")
    assert ("青山有机农场", "Company") in found
    assert ("东岗实验农场", "Company") in found


def test_a_place_or_nothing_before_the_kind_word_names_no_farm():
    assert not any(n.endswith("农场") for n, _ in entities("昌平区生态农场开园。"))
    assert not any(n.endswith("农场") for n, _ in entities("他走进生态农场参观。"))


def test_two_verbs_before_a_crew_are_its_trade():
    assert ("赵刚", "worksFor", "东岗热力公司运行维护班") in facts("东岗热力公司运行维护班班长赵刚获奖。")


def test_a_verb_taking_the_post_is_no_trade():
    found = entities("东岗热力公司职工踊跃竞聘抢修班班长。")
    assert not any("竞聘" in n for n, _ in found)


def test_the_hosts_own_short_form_before_it_is_entered():
    text = "3月5日，东岗区职工服务中心揭牌。服务中心设有调解室，区人社局、区司法局作为成员单位入驻中心。"
    assert ("区人社局", "memberOf", "东岗区职工服务中心") in facts(text)


def test_another_centre_named_before_it_is_entered_is_not_the_host():
    text = "3月5日，东岗区职工服务中心揭牌。新建成的调解中心设有调解室，区人社局作为成员单位入驻中心。"
    assert ("区人社局", "memberOf", "东岗区职工服务中心") not in facts(text)


def test_a_branch_not_set_up_is_placed_nowhere():
    text = "东岗银行在青川县设立东岗银行青川支行。东岗银行决定不在西林县设立东岗银行西林支行。"
    found = facts(text)
    assert ("东岗银行青川支行", "locatedIn", "青川县") in found
    assert ("东岗银行西林支行", "locatedIn", "西林县") not in found


def test_a_management_planned_for_next_year_is_not_stated():
    assert not any(r == "manages" for _, r, _ in facts("东岗职工驿站位于青川镇，驿站明年起将改由青川镇总工会托管。"))
    assert not any(r == "manages" for _, r, _ in facts("东岗职工驿站位于青川镇，驿站将由青川镇总工会托管。"))
    assert ("青川镇总工会", "manages", "东岗职工驿站") in facts("东岗职工驿站位于青川镇，驿站今年起改由青川镇总工会托管。")


def test_an_opening_next_year_places_nothing():
    assert not any(r == "locatedIn" for _, r, _ in facts("东岗职工服务中心新址于明年在青川广场启用。"))
    assert ("东岗职工服务中心", "locatedIn", "青川广场") in facts("东岗职工服务中心于去年在青川广场启用。")


def test_unions_after_a_whole_area_are_no_one_union():
    text = "全县民营企业工会主席培训班开班。全乡中小学工会主席赵梅参加。"
    assert not any(n.endswith("工会") for n, _ in entities(text))
    assert not any(r == "worksFor" for _, r, _ in facts(text))


def test_a_place_opening_with_quan_is_no_whole_area():
    assert ("赵梅", "worksFor", "全椒县人民医院工会") in facts("全椒县人民医院工会主席赵梅出席。")


def test_a_speaker_glued_to_the_level_of_a_body_is_a_person():
    found = entities("会上，周庆华作区总工会工作报告。")
    assert ("周庆华", "Person") in found
    assert any(n.startswith("区总工会") and t == "Federation" for n, t in found)
    assert not any("作" in n for n, _ in found)


_NAMING = "在区总工会组织开展的2027年度“东岗能手”评选活动中，区总工会决定，命名赵青山等2名同志为2027年度“东岗能手”。"


def test_a_team_in_the_unit_column_is_one_the_person_belongs_to():
    found = facts(_NAMING + "名单如下：\n\n赵青山　青川县代表队\n钱玉兰　东岗重工集团有限公司\n\n区总工会给予奖励。")
    assert ("赵青山", "memberOf", "青川县代表队") in found
    assert ("赵青山", "worksFor", "青川县代表队") not in found
    assert ("钱玉兰", "worksFor", "东岗重工集团有限公司") in found


def test_a_list_of_the_winners_teachers_is_of_no_one_honoured():
    text = _NAMING.rstrip("。") + "，获奖选手的指导教师名单如下：\n\n孙东海　东岗技师学院\n李南山　东岗职业技术学院\n\n区总工会给予奖励。"
    assert not any(p == "孙东海" and r == "participatesIn" for p, r, _ in facts(text))


def test_a_name_opening_an_unread_venue_after_its_county_is_no_area():
    found = facts("清明节前，“不忘初心”主题活动在眉县龙山陵园举行。")
    assert ("不忘初心主题活动", "heldAt", "眉县") in found
    assert ("不忘初心主题活动", "heldAt", "龙山") not in found


def test_a_town_after_its_county_is_still_the_area():
    assert ("不忘初心主题活动", "heldAt", "白马镇") in facts("清明节前，“不忘初心”主题活动在青川县白马镇举行。")


def test_a_union_by_its_kind_is_the_nearer_farms_in_its_sentence():
    text = "青山农场工会召开职代会。农场工会主席王强作报告。县委书记赵刚到金星生态农场调研，农场工会主席李梅陪同。"
    found = facts(text)
    assert ("王强", "worksFor", "青山农场工会") in found
    assert ("李梅", "worksFor", "青山农场工会") not in found


def test_units_of_the_kind_in_an_earlier_sentence_leave_the_hosts_union():
    text = ("青川师范学院第三届教学竞赛在学院报告厅举行。竞赛由青川师范学院工会主办。"
            "数学学院教师赵梅获得一等奖。学院工会主席李刚为获奖教师颁奖。")
    assert ("李刚", "worksFor", "青川师范学院工会") in facts(text)
