"""Recognisers on sentences written for the tests: (sentence, expected names and types)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.events import find_events
from uniongraph.extraction.orgs import find_organisations
from uniongraph.extraction.overlaps import resolve_overlaps
from uniongraph.extraction.persons import find_persons
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.places import find_places
from uniongraph.extraction.tokens import TokenIndex


def orgs(text: str) -> list[tuple[str, str]]:
    ms = resolve_overlaps(find_organisations(TokenIndex(text)))
    return [(m.name, m.type) for m in ms if not m.reference and not m.weak]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("上海市总工会今天发出倡议。", [("上海市总工会", "Federation")]),
        ("浙江省建设产业工会组织劳动竞赛。", [("浙江省建设产业工会", "Federation")]),
        ("市建设工会组织劳动竞赛。", [("市建设工会", "Federation")]),  # the home city's industry union
        ("中国教育工会全国委员会组织劳动竞赛。", [("中国教育工会全国委员会", "Federation")]),  # a national one
        ("市第一人民医院工会组织劳动竞赛。", [("市第一人民医院工会", "TradeUnion")]),  # one hospital's
        ("杭州钢铁集团有限公司工会为职工送清凉。", [("杭州钢铁集团有限公司工会", "TradeUnion")]),
        ("来自宁波海天塑机集团有限公司的技术工人", [("宁波海天塑机集团有限公司", "Company")]),
        ("他在华为技术（深圳）有限公司工作", [("华为技术（深圳）有限公司", "Company")]),
        # a quarter of the compass opens a brand; jieba tags it a locative
        ("在北方重工集团有限公司铸造分厂", [("北方重工集团有限公司", "Company"), ("铸造分厂", "Organization")]),  # and its works (enterprise_units)
        ("王海涛1992年进北方重工集团有限公司", [("北方重工集团有限公司", "Company")]),  # 年进: date glued to a verb
        # a place name jieba cuts into single characters (簇|锦)
        ("由区总工会与簇锦街道办事处共同建设", [("区总工会", "Federation"), ("簇锦街道办事处", "Organization")]),
        # a company's team is named with the company's whole name
        ("长风汽车制造有限公司代表队获得团体一等奖", [("长风汽车制造有限公司代表队", "Organization")]),
        # an unknown word before a place is a brand, not a person, without a title before it
        ("由国网东城供电公司承办", [("国网东城供电公司", "Company")]),
        # a brand that is a verb phrase, before a bracketed place
        ("他是飞鸟快送（成都）科技有限公司的骑手", [("飞鸟快送（成都）科技有限公司", "Company")]),
        ("他们走访了快乐到家（上海）家政服务有限公司", [("快乐到家（上海）家政服务有限公司", "Company")]),
        ("天津市职工志愿河西区服务总队、向阳红服务队参加", [("天津市职工志愿河西区服务总队", "ServiceTeam"), ("向阳红服务队", "ServiceTeam")]),
        ("武警衡阳市支队官兵参加", [("武警衡阳市支队", "Organization")]),  # a disciplined service's unit
        ("广州市工人文化宫与番禺区总工会共同主办", [("广州市工人文化宫", "Place"), ("番禺区总工会", "Federation")]),
        ("全国总工会发出通知", [("全国总工会", "Federation")]),
        ("武汉市书法家协会会员", [("武汉市书法家协会", "Organization")]),
        ("成都市工会干部学校组织培训", [("成都市工会干部学校", "Organization")]),
        # a department whose name holds 和 (lexicons/department_stems.txt)
        ("湖州市人力资源和社会保障局发布通知", [("湖州市人力资源和社会保障局", "Organization")]),
        ("青州市城市管理和综合执法局发布通知", [("青州市城市管理和综合执法局", "Organization")]),
        ("安吉县经济和信息化局联合主办", [("安吉县经济和信息化局", "Organization")]),
        ("杭州市总工会和杭州市公安局联合开展", [("杭州市总工会", "Federation"), ("杭州市公安局", "Organization")]),
        ("长春佳林实业集团总经理发言", [("长春佳林实业集团", "Company")]),
        ("南岭电工总厂的职工", [("南岭电工总厂", "Company")]),
        ("原华安厂高级工程师说", [("华安厂", "Company")]),                 # 原: former, not the name
        ("拥军优属模范单位丹东化纤公司", [("丹东化纤公司", "Company")]),  # an honour before the name
    ],
)
def test_organisation_names(text, expected):
    found = orgs(text)
    for item in expected:
        assert item in found
    assert len(found) == len(expected), found


@pytest.mark.parametrize(
    "text",
    [
        "各级工会要关心职工生活。",
        "基层工会组织建设不断加强。",
        "要建设学习型工会。",
        "全市工会系统开展慰问。",
        "公司员工积极参加。",
        "形成了文体协会长效机制。",
        "推进经济和信息化融合发展。",
        "南京市各级党委要高度重视。",   # a group of bodies, not one
        "市属医院开展义诊。",
        "企业要与科研院所合作攻关。",  # kinds of body, not one of them
        "这里兴办了民办学校和专科医院。",
        "城乡结合部的治安要加强。",
    ],
)
def test_generic_phrases_are_not_names(text):
    assert orgs(text) == []


def test_list_items_are_separate_names():
    text = "来自沈阳市职工志愿铁西区服务总队、和平医疗服务队、光明眼科服务队等队伍的志愿者"
    names = [n for n, _ in orgs(text)]
    assert names == ["沈阳市职工志愿铁西区服务总队", "和平医疗服务队", "光明眼科服务队"]


def test_coordinated_organisations_split_at_conjunction():
    text = "青岛市职工服务运行中心与崂山区总工会共赴社区"
    assert orgs(text) == [("青岛市职工服务运行中心", "Organization"), ("崂山区总工会", "Federation")]


def test_venue_is_a_place_after_location_verb():
    ms = find_organisations(TokenIndex("区总工会在职工活动中心举办讲座"))
    venue = [m for m in ms if m.name == "职工活动中心"]
    assert venue and venue[0].type == "Place"


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("人民银行要加强对信贷的监管。", "人民银行", "Organization"),
    ("人民银行福建龙岩分行的干部下乡了。", "人民银行福建龙岩分行", "Organization"),
    ("中国建设银行湖南分行开展储蓄竞赛。", "中国建设银行湖南分行", "Company"),
])
def test_the_central_bank_and_its_branches_are_organs_other_banks_companies(text, name, type_):
    assert (name, type_) in [(m.text, m.type) for m in extract_text(text).mentions]


def test_congress_is_not_a_union():
    assert all(n != "中国工会" for n, _ in orgs("学习中国工会十八大精神"))


def places(text: str) -> list[str]:
    return [m.name for m in resolve_overlaps(find_places(TokenIndex(text)))]


def test_place_heads():
    assert "回龙观地区" in places("为回龙观地区职工送去关爱")
    assert "望京街道" in places("望京街道开展活动")
    assert "望京街道" in places("他们深入望京街道开展宣传")


@pytest.mark.parametrize(("text", "place"), [("雷州半岛的蔬菜丰收了", "雷州半岛"), ("淮河流域的污染得到治理", "淮河流域"),
                                             ("西沙群岛的渔民", "西沙群岛")])
def test_a_geographic_feature_after_its_proper_name_is_one_place(text, place):
    assert places(text) == [place]


@pytest.mark.parametrize("text", ["普及爱眼知识", "重点地区要加强管理", "该地区经济发展", "全国各大流域都要治污",
                                  "这个半岛上有渔村", "他们首先深入街道、单位进行宣传"])
def test_place_negatives(text):
    assert places(text) == []


def persons(text: str) -> list[tuple[str, dict]]:
    return [(m.name, m.attributes) for m in resolve_overlaps(find_persons(TokenIndex(text)))]


@pytest.mark.parametrize(
    "text, name",
    [
        ("今年45岁的李秀英在工厂从事质检工作", "李秀英"),
        ("来自钢铁公司的赵建国说，活动很有意义。", "赵建国"),
        ("市总工会主席孙立新出席会议", "孙立新"),
        ("欧阳文华表示，将继续参加。", "欧阳文华"),
    ],
)
def test_person_names(text, name):
    assert name in [n for n, _ in persons(text)]


def test_byline_names_signed_alone_are_persons_each():
    art = extract_text("企业效益明显提高，职工收入稳步增长。（振东丽娟海涛）")
    assert [m.text for m in art.mentions if m.type == "Person"] == ["振东", "丽娟", "海涛"]


@pytest.mark.parametrize("text", ["那座高达１４层的大楼，高达同志说很好。", "培训费用高达３０万元，高达说很值。"])
def test_a_degree_verb_before_an_amount_is_no_person(text):
    # 高达 reaches an amount (高达１４层); only where a title or a speech verb follows is it a name
    found = [m for m in resolve_overlaps(find_persons(TokenIndex(text))) if m.name == "高达"]
    assert [m.start for m in found] == [text.rindex("高达")]


def test_a_name_the_dictionary_tags_a_time_word_is_a_person_where_the_tagger_reads_one():
    # jieba's dictionary tags 周恩来 t (a time word); the tagger's reading of a surname and two
    # characters decides, while real time words of that form stay no one
    art = extract_text("说起周恩来，老工人们都很激动。国庆节前，元宵节后，厂里都很热闹。")
    assert [m.text for m in art.mentions if m.type == "Person"] == ["周恩来"]


@pytest.mark.parametrize("text", ["机场从本月起实施雷达管制。新安装了两部性能先进的雷达；雷达覆盖地区扩大了一倍。",
                                  "俄罗斯发行新版卢布。新币１卢布与旧币１０００卢布等值，卢布对美元的汇率稳定。"])
def test_copies_of_a_dictionary_word_no_reading_takes_for_a_name_name_no_one(text):
    assert [m.text for m in extract_text(text).mentions if m.type == "Person"] == []


def test_copies_of_a_name_the_dictionary_lacks_stay_persons():
    text = "出版社成立策划室并由方鸣任主任。方鸣说，好书要有读者。作为出版家的方鸣有着商人的头脑。"
    assert "方鸣" in [m.text for m in extract_text(text).mentions if m.type == "Person"]


def test_a_bodys_word_before_its_post_is_no_surname_and_given_name():
    # 党支部|书记: 党 is a surname and 书记 a title, but 党支部 is the dictionary's word for the body
    text = "村党支部书记带头修路。党支部书记赵德胜说，路修好了。"
    assert [m.text for m in extract_text(text).mentions if m.type == "Person"] == ["赵德胜"]


@pytest.mark.parametrize(("text", "name"), [
    ("在车间碰到一位叫巧银的女工，她说收入提高了。", "巧银"),
    ("这位名叫波莱的教练很严格。", "波莱"),
    ("摊主是一对夫妻，男的叫郑汉，女的叫邬春苗，都是下岗职工。", "邬春苗"),
])
def test_a_person_introduced_by_what_they_are_called(text, name):
    assert name in [m.text for m in extract_text(text).mentions if m.type == "Person"]


@pytest.mark.parametrize("text", ["村口有个地方叫王家棚。", "这种办法叫做承包到户。"])
def test_what_a_place_or_a_practice_is_called_names_no_person(text):
    assert [m.text for m in extract_text(text).mentions if m.type == "Person"] == []


def test_person_age_and_role_attributes():
    found = dict(persons("今年52岁的劳模张德明说"))
    assert found["张德明"]["age"] == 52
    assert dict(persons("区总工会副主席孙立新出席"))["孙立新"]["role"].endswith("副主席")


@pytest.mark.parametrize("text", ["周年纪念活动隆重举行", "高度重视职工权益", "方面的工作取得成效"])
def test_person_negatives(text):
    assert persons(text) == []


@pytest.mark.parametrize("text", [
    "一派矿山工人战隆冬的繁忙景象。",      # a role, then 战 + the time word 隆冬: no given name
    "码头职工战隆冬，保春运。",
    "五十名劳模晋京参加庆典。",             # 晋京 (go to the capital): the lexicon's word
    "操场上有升旗台、钟塔和花坛。",         # 钟塔 (a clock tower): jieba lists it as a name
])
def test_a_time_word_or_a_listed_word_after_a_surname_is_no_name(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name", [
    ("矿山工人王国庆说，今年冬天不冷。", "王国庆"),   # 国庆 is a time word too, but a rare one
    ("矿山工人战晓东说，今年冬天不冷。", "战晓东"),   # the same surname with a given name
    ("车间主任钟明塔介绍了情况。", "钟明塔"),
])
def test_names_beside_the_time_word_rule_stay(text, name):
    assert name in [n for n, _ in persons(text)]


def events(text: str) -> list[str]:
    return [m.name for m in resolve_overlaps(find_events(TokenIndex(text)))]


@pytest.mark.parametrize(
    "text, name",
    [
        ("连续三年举办“金锤杯”电焊技能竞赛", "金锤杯电焊技能竞赛"),
        ("开展“学习贯彻全会精神”主题宣讲活动", "学习贯彻全会精神主题宣讲活动"),
        ("组织“安康杯”安全生产专项行动", "安康杯安全生产专项行动"),
        ("在上海市职工篮球大赛中获奖", "上海市职工篮球大赛"),
        ("召开第三届职工代表大会", "第三届职工代表大会"),
        ("学习贯彻党的二十大精神", "党的二十大"),
        ("职工“健康直通车”走进工业园区", "职工健康直通车"),
    ],
)
def test_event_names(text, name):
    assert name in events(text)


@pytest.mark.parametrize("text", ["参加活动的职工很多", "开展普法宣传活动", "这次比赛很精彩"])
def test_event_negatives(text):
    assert events(text) == []


def test_pipeline_keeps_org_inside_event_but_not_place():
    art = extract_text("组织“关爱职工 朝阳支队心理服务专项行动”。")
    names = {(m.name, m.type) for m in art.mentions}
    assert ("关爱职工 朝阳支队心理服务专项行动", "Event") in names
    assert ("朝阳支队", "ServiceTeam") in names


@pytest.mark.parametrize("text, event, body", [
    ("近日，城南镇快递行业联合工会成立大会召开。", "城南镇快递行业联合工会成立大会", "城南镇快递行业联合工会"),
    ("滨江街道快递行业联合工会成立大会暨第一次会员大会召开。",
     "滨江街道快递行业联合工会成立大会暨第一次会员大会", "滨江街道快递行业联合工会"),
])
def test_an_event_that_starts_inside_a_bodys_name_takes_the_name_whole(text, event, body):
    names = {(m.name, m.type) for m in extract_text(text).mentions}
    assert (event, "Event") in names
    assert (body, "TradeUnion") in names


def test_an_event_after_a_body_is_not_stretched_over_it():
    names = {(m.name, m.type) for m in extract_text("城南镇总工会召开职工代表大会。").mentions}
    assert ("城南镇总工会", "Federation") in names
    assert not any(t == "Event" and n.startswith("城南镇") for n, t in names), names


@pytest.mark.parametrize("name", ["滨江街道总工会", "长安街道总工会"])
def test_a_subdistrict_jieba_cuts_as_a_street_and_a_measure_word_is_one_name(name):
    art = extract_text(f"{name}主席王建国介绍，今年将开展活动。")
    assert (name, "Federation") in {(m.name, m.type) for m in art.mentions}
    assert ("王建国", "worksFor", name) in {(r.head, r.relation, r.tail) for r in art.relations}


def test_a_street_before_a_word_that_opens_with_dao_stays_a_street():
    words = [t.word for t in TokenIndex("长安街道路宽阔。").tokens]
    assert "街道" not in words


def test_traditional_script_is_read_through_a_simplified_copy():
    art = extract_text("溫州市總工會在鹿城區舉辦職工技能大賽。來自溫州電力有限公司的張建國說，活動很好。")
    found = {(m.key, m.type) for m in art.mentions}
    assert {("温州市总工会", "Federation"), ("温州电力有限公司", "Company"), ("张建国", "Person")} <= found
    assert all(art.text[m.start : m.end] == m.text for m in art.mentions)  # offsets into the text as written
    assert any(m.name == "溫州市總工會" and m.resolution == "simplified-script" for m in art.mentions)
    rels = {(r.head, r.relation, r.tail) for r in art.relations}
    assert ("张建国", "worksFor", "温州电力有限公司") in rels
    assert all(e.sentence == art.text[e.sentence_start : e.sentence_end] for r in art.relations for e in r.evidence)


def test_simplified_text_is_left_alone():
    from uniongraph.extraction.script import to_simplified

    assert to_simplified("温州市总工会") is None
    assert to_simplified("溫州") == "温州"


@pytest.mark.parametrize("text, place", [
    ("中直机关工会联合会于１月８日在京召开换届大会。", "北京市"),
    ("代表们抵沪参加会议。", "上海市"),
])
def test_one_character_short_name_after_a_verb_of_being_there(text, place):
    found = [(m.name, m.place) for m in find_places(TokenIndex(text))]
    assert any(len(n) == 1 and p == place for n, p in found)


@pytest.mark.parametrize("text", ["存在问题，要解决。", "中美两国元首会晤。", "他在新的岗位上工作。"])
def test_no_one_character_place_elsewhere(text):
    assert not [m for m in find_places(TokenIndex(text)) if len(m.name) == 1]



def test_a_verb_phrase_with_a_bare_event_head_is_no_event():
    assert [m.name for m in find_events(TokenIndex("要大力开展劳动竞赛。"))] == []
    assert "第三届职工技能大赛" in [m.name for m in find_events(TokenIndex("举办第三届职工技能大赛。"))]


@pytest.mark.parametrize("text, name", [
    ("记者被派驻到农民股份合作制企业海河县制动器厂。", "海河县制动器厂"),   # a category noun before a place
    ("这家私营企业南岭星澳牛业公司招了工人。", "南岭星澳牛业公司"),
])
def test_a_name_starts_after_the_category_that_describes_it(text, name):
    names = {m.name for m in extract_text(text).mentions}
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


def test_a_category_noun_inside_a_name_stays():
    assert "海河钢铁企业集团" in {m.name for m in extract_text("海河钢铁企业集团今天成立。").mentions}


@pytest.mark.parametrize("text", ["她坐在沙发上，衣服都湿了。", "他闻讯后赶来慰问。"])
def test_a_common_word_and_a_function_character_are_no_person(text):
    assert not [m for m in extract_text(text).mentions if m.type == "Person"]


@pytest.mark.parametrize("text, person, not_person", [
    ("全总副主席赵立新说。", "赵立新", "全总副"),      # 副 opens the title 副主席
    ("王建总经理说，企业扭亏了。", "王建", "王建总"),  # 总 opens the title 总经理
])
def test_a_title_prefix_is_not_the_end_of_a_name(text, person, not_person):
    persons = {m.name for m in extract_text(text).mentions if m.type == "Person"}
    assert person in persons and not_person not in persons


def _placed(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    art = extract_text(text)
    return {m.key for m in art.mentions}, {(r.head, r.relation, r.tail) for r in art.relations}


@pytest.mark.parametrize("text, name, place", [
    ("辽宁省丹东市鸭绿江造纸厂优待军嫂。", "鸭绿江造纸厂", "丹东市"),        # a distinctive name: both places off
    ("１９９４年，河北省大名县化肥厂破产。", "大名县化肥厂", "河北省"),       # a generic rest keeps the last place
    ("湖北宜昌市八一集团钢铁公司下岗职工高兰章说。", "八一集团钢铁公司", "宜昌市"),
    ("丹东市鸭绿江造纸厂优待军嫂。", "鸭绿江造纸厂", "丹东市"),   # one place, a name of its own (the guideline's 城南镇光明乳业公司)
    # a town the gazetteer knows only in part (沙湾|镇) is read whole after the places before it
    # (stop 35), never cut into 镇骏业…
    ("广东番禺市沙湾镇骏业有限公司投产。", "骏业有限公司", "沙湾镇"),
])
def test_an_enterprise_written_after_its_places(text, name, place):
    keys, facts = _placed(text)
    assert name in keys and (name, "locatedIn", place) in facts


def test_a_federation_keeps_its_own_region_and_is_not_placed_by_the_outer_one():
    """辽宁省|丹东市总工会: the places are the federation's scope, inside its name (the guideline's
    城南街道 in 城南街道总工会); where it sits follows from the map, no sentence states it."""
    keys, facts = _placed("辽宁省丹东市总工会召开会议。")
    assert "丹东市总工会" in keys and not any(r == "locatedIn" for _, r, _ in facts)


def test_the_written_form_stays_an_alias_and_the_flat_spans_keep_the_whole_name():
    from uniongraph.evaluate.predictors import uniongraph_predictor

    art = extract_text("辽宁省丹东市鸭绿江造纸厂优待军嫂。")
    org = next(m for m in art.mentions if m.key == "鸭绿江造纸厂")
    assert org.name == "辽宁省丹东市鸭绿江造纸厂"
    assert uniongraph_predictor()("辽宁省丹东市鸭绿江造纸厂优待军嫂。") == [(0, 12, "ORG")]


@pytest.mark.parametrize("text", [
    "辽宁省总工会召开会议。",              # a federation is named by its region
    "丹东市第一造纸厂优待军嫂。",          # one place before a numbered kind: the name as written
])
def test_no_place_taken_off(text):
    keys, facts = _placed(text)
    assert not {f for f in facts if f[1] == "locatedIn"}


@pytest.mark.parametrize("text, name, place", [
    ("（湖北襄樊市统计局李卫星）统计数字表明。", "襄樊市统计局", "湖北"),    # an ordinary word keeps the last place
    ("陕西省延安市延长油矿管理局下岗职工多。", "延长油矿管理局", "延安市"),
    ("安徽省凤阳县委宣传部组织学习。", "凤阳县委宣传部", "安徽省"),            # 县委's own department
])
def test_an_ordinary_word_after_the_places_keeps_the_last_one(text, name, place):
    keys, facts = _placed(text)
    assert (name, "locatedIn", place) in facts


@pytest.mark.parametrize("text", [
    "中国农业大学第二学生餐厅开业。",          # the country opens a registered name
])
def test_no_place_taken_off_these(text):
    keys, facts = _placed(text)
    assert not {f for f in facts if f[1] == "locatedIn"}


@pytest.mark.parametrize("text, name", [
    ("赵立新会见南岭光彩事业促进会代表。", "南岭光彩事业促进会"),   # a verb of meeting ends the name on its left
    ("他被调往海河闻韶派出所工作。", "海河闻韶派出所"),
])
def test_a_verb_before_a_name_is_not_part_of_it(text, name):
    names = {m.name for m in extract_text(text).mentions}
    assert name in names or any(n.endswith(name[2:]) and "调往" not in n and "会见" not in n for n in names)
    assert not any("会见" in n or "调往" in n for n in names)


@pytest.mark.parametrize("text,name", [
    ("他被县委任命为厂长。", "任命为"),      # 任 opens the common word 任命
    ("书记成为民营企业的榜样。", "成为民"),
])
def test_a_frequent_word_the_surname_opens_starts_no_name(text: str, name: str) -> None:
    assert name not in {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text,name", [
    ("厂长高明亮出席了会议。", "高明亮"),  # 高明 is a word the dictionary tags as a name
    ("局长王建国说，", "王建国"),
])
def test_names_that_open_with_a_name_word_stay(text: str, name: str) -> None:
    assert name in {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text,name", [
    ("经海河石油管理局批准，项目开工。", "海河石油管理局"),
    ("据省财贸办介绍，市场供应充足。", "省财贸办"),
    ("报房改办核准后，由单位发放补贴。", "房改办"),
])
def test_a_preposition_standing_alone_ends_the_name_on_its_left(text: str, name: str) -> None:
    names = {m.name for m in extract_text(text).mentions}
    assert name in names or any(n.startswith(name + "（") for n in names)
    assert not any(n[0] in "经据报" and n[1:].startswith(name) for n in names)


def test_a_name_that_opens_with_the_same_character_keeps_it() -> None:
    assert "绵阳经纬编织厂" in {m.name for m in extract_text("职工让绵阳经纬编织厂整体接收。").mentions}


@pytest.mark.parametrize("text,name", [
    ("坐在已经磨破了扶手的沙发上，我们开始交谈。", "沙发上"),
    ("职工闻讯后，不仅不领情。", "闻讯后"),
    ("这是让教师欢欣鼓舞、满怀希望的会议。", "满怀"),  # ends inside the set phrase 满怀希望
])
def test_common_words_and_phrases_after_a_surname_are_no_names(text: str, name: str) -> None:
    assert name not in {m.name for m in extract_text(text).mentions}


def test_a_name_glued_to_the_verb_after_it_is_still_found() -> None:
    assert "张德明" in {m.name for m in extract_text("厂长张德明说，今年产量翻番。").mentions}


def test_two_works_joined_by_a_conjunction_the_hmm_glued_are_two_names() -> None:
    names = {m.name for m in extract_text("市里帮助亚光电工总厂和川棉一厂的职工再就业。").mentions}
    assert {"亚光电工总厂", "川棉一厂"} <= names
    assert not any("和" in n for n in names)


def test_a_state_adverb_and_verb_end_the_name_on_their_left() -> None:
    names = {m.name for m in extract_text("中巴车静静地开出山西医用电子仪器厂，驶向远方。").mentions}
    assert not any(n.startswith("中巴车") for n in names)



@pytest.mark.parametrize("text,bad", [
    ("江泽民、李鹏等步入人民大会堂宴会厅，全场起立。", "步入人民大会堂宴会厅"),
    ("国务院副总理吴邦国致信大会，希望行业发展。", "吴邦国致信大会"),
    ("李鹏在接见工作会议代表时强调，要稳定发展。", "时强调"),
])
def test_governing_verbs_end_names_and_verbs_are_no_given_names(text: str, bad: str) -> None:
    assert bad not in {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text,name,found", [
    ("去年青岛地区遭受百年未遇的旱灾。", "青岛地区", True),
    ("亚洲地区发生金融风波。", "亚洲地区", True),
    ("为回天地区职工送去温暖。", "回天地区", True),  # a rare word jieba reads as a verb: a name
    ("欠发达地区的发展。", "欠发达地区", False),
    ("这条路修好了。", "这条路", False),
    ("地区规定各县市用两年时间整顿。", "地区规定各县市", False),  # every county, no one place  # a demonstrative and a measure word point, they name nothing
    ("工作组分赴困难地区和困难企业。", "困难地区", False),   # a kind of area, no name
    ("为缺水地区打井。", "缺水地区", False),
    ("这是衡量地区经济发展的指标。", "衡量地区", False),
])
def test_an_area_needs_a_proper_name_before_its_head(text: str, name: str, found: bool) -> None:
    assert (name in places(text)) is found


@pytest.mark.parametrize("text,expected,not_expected", [
    ("市总工会共向市委、市政府提出提案。", "市委", "市总工会共向市委"),
    ("哈尔滨市委书记徐有芳说。", "哈尔滨市委", "市委"),
    ("中共江西省委召开会议。", "中共江西省委", "省委"),
])
def test_only_a_place_stands_before_a_level_body(text: str, expected: str, not_expected: str) -> None:
    names = {m.name for m in extract_text(text).mentions}
    assert expected in names and not_expected not in names


def test_a_persons_name_before_a_place_opening_a_body_is_no_part_of_it() -> None:
    found = extract_text("深圳市眼科医院院长朱圣练广西电视台新闻部记者彭勇。")
    names = {m.name for m in found.mentions}
    assert {"朱圣练", "广西电视台新闻部"} <= names
    assert ("彭勇", "worksFor", "广西电视台新闻部") in {(r.head, r.relation, r.tail) for r in found.relations}


def test_single_characters_after_a_place_are_part_of_a_brand_name() -> None:
    assert "衡阳市中天房地产公司" in {m.name for m in extract_text("衡阳市中天房地产公司职工拦住一名司机。").mentions}


def test_a_function_character_after_a_place_opens_no_name() -> None:
    names = {m.name for m in extract_text("他在衡阳市的一家房地产公司工作。").mentions}
    assert not any(n.startswith("衡阳市的") for n in names)


def test_bodies_printed_without_separators_are_split_where_a_place_opens_the_next() -> None:
    names = {m.name for m in extract_text("获奖单位有省计生委青海省平弦实验剧团。").mentions}
    assert "青海省平弦实验剧团" in names and not any(n.endswith("计生委青海省平弦实验剧团") for n in names)


def test_a_branch_keeps_its_parent_and_its_place() -> None:
    # (the real-text gold sets and the theme hand check: 中国人民银行四川德阳市分行 is one name;
    # a bare 甘肃省分行 would not say whose branch it is)
    found = extract_text("中国工商银行甘肃省分行行长出席。")
    assert "中国工商银行甘肃省分行" in {m.name for m in found.mentions}
    assert not any(r.head == "甘肃省分行" for r in found.relations)


@pytest.mark.parametrize("text,name", [("图为中共湖南省委书记王茂林。", "中共湖南省委"), ("东湖之滨中国地质大学。", "中国地质大学")])
def test_a_caption_or_landmark_word_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in {m.name for m in extract_text(text).mentions}


def test_a_leagues_committee_of_a_province_is_one_name() -> None:
    assert "共青团云南省委" in {m.name for m in extract_text("共青团云南省委授予他们荣誉称号。").mentions}


@pytest.mark.parametrize("text,bad", [
    ("过去压锭是以厂为单位，事实上不然。", "以厂"),
    ("逾期不办的，保证金不退。", "不办"),
    ("工人说：“刚建集团时我们还觉得好。”", "建集团"),
])
def test_a_function_character_the_hmm_glued_opens_no_name(text: str, bad: str) -> None:
    names = {m.name for m in extract_text(text).mentions}
    assert not any(bad in n for n in names)


def test_every_body_of_a_kind_is_no_name() -> None:
    assert not extract_text("各县市区总工会要做好送温暖工作。").mentions


@pytest.mark.parametrize("text,expected,glued", [
    ("中国政府支持香港特区政府依法施政。", "香港特区政府", "中国政府支持香港特区政府"),
    ("上海建设成为国际航运中心。", "国际航运中心", "上海建设成为国际航运中心"),
    ("上海科学普及出版社上海滑稽剧团等单位参加。", "上海科学普及出版社", "上海科学普及出版社上海滑稽剧团"),
    ("培训中心由华茂集团投资兴建。", "华茂集团", "由华茂集团"),
])
def test_a_whole_name_a_verb_or_a_function_character_is_no_part_of_the_next_name(
        text: str, expected: str, glued: str) -> None:
    names = {m.name for m in extract_text(text).mentions}
    assert expected in names and glued not in names


@pytest.mark.parametrize("text,expected", [
    ("获奖单位：湖南省农科院湖南省长沙市卫生局湖南省新华书店。", {"湖南省农科院", "湖南省新华书店"}),
    ("北京市朝阳区卫生局中国医学科学院北京协和医院获奖。", {"中国医学科学院", "北京协和医院"}),
])
def test_a_list_of_bodies_printed_without_separators_splits_where_a_place_opens_a_name(
        text: str, expected: set[str]) -> None:
    assert expected <= {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text,expected,glued", [
    ("团省委还动员兰州师范高等专科学校的学生。", "兰州师范高等专科学校", "动员兰州师范高等专科学校"),
    ("常务副市长李国瑞出任云南红塔集团董事长。", "云南红塔集团", "出任云南红塔集团"),
    ("匿名举报信寄到中央纪委。", "中央纪委", "信寄到中央纪委"),
])
def test_verbs_jieba_tags_as_nouns_still_govern_the_name_after_them(text: str, expected: str, glued: str) -> None:
    names = {m.name for m in extract_text(text).mentions}
    assert expected in names and not any(glued in n for n in names)


def test_a_person_inside_a_run_of_titles_and_bodies_ends_the_body_before_a_place() -> None:
    names = {m.name for m in extract_text("上海某大学本科班学生李凤上海市杨浦区中心医院院长杨安礼。").mentions}
    assert not any("李凤上海" in n for n in names)


def test_a_verb_of_holding_a_post_is_no_part_of_the_body_after_it() -> None:
    names = {m.name for m in extract_text("何长工原任地质部副部长，后任地质部顾问。").mentions}
    assert "地质部" in names and not any(n.endswith("任地质部") for n in names)


@pytest.mark.parametrize("text,name", [
    ("据《东北日报》报道，工厂提前完成任务。", "东北日报"),
    ("海州晚报记者李华报道。", "海州晚报"),
])
def test_newspapers_are_bodies(text: str, name: str) -> None:
    assert (name, "Organization") in {(m.name, m.type) for m in extract_text(text).mentions}


def test_a_bare_newspaper_word_is_no_name() -> None:
    assert not extract_text("他每天读日报和晚报。").mentions


def test_the_gazetteer_forms_dict_answers_as_the_gazetteer() -> None:
    """The token loop of the place recogniser looks forms up in one dict; it must give what
    gazetteer_form gives for every full name, every short form and words that are neither."""
    from uniongraph.extraction.lexicon import load_lexicons
    from uniongraph.extraction.places import gazetteer_form, _gazetteer_forms

    lex = load_lexicons()
    forms = _gazetteer_forms(lex)
    words = {*lex.places, *lex.place_aliases, "北京", "海淀", "工会", "x", "", "东方红"}
    assert {w: gazetteer_form(w, lex) for w in words} == {w: forms.get(w) for w in words}
    assert max(map(len, forms)) <= lex.longest_place


def test_a_verb_phrase_jieba_files_as_a_name_does_not_open_an_organisation() -> None:
    from uniongraph.extraction.pipeline import extract_text

    names = {m.name for m in extract_text("她们是应邀参加中宣部召开的座谈会相聚在一起的。").mentions}
    assert "中宣部" in names and not any(n.startswith("应邀") for n in names)


@pytest.mark.parametrize("text, name, short", [
    ("市商委、卫生局分别组织清岗腾岗。", "市商委", True),
    ("市政协副主席王立新讲了话。", "市政协", True),
    ("南岭市经委召开会议。", "南岭市经委", False),
])
def test_a_body_named_by_its_level_and_short_name_is_found(text, name, short) -> None:
    from uniongraph.extraction.tokens import TokenIndex

    found = {m.text: m for m in find_organisations(TokenIndex(text))}
    assert name in found and found[name].region_short == short


@pytest.mark.parametrize("text", ["城市委员会成立了。", "他是市委员。", "这个市办了一件好事。", "全市委托银行办理。"])
def test_no_level_body_where_the_characters_only_run_together(text) -> None:
    from uniongraph.extraction.lexicon import load_lexicons
    from uniongraph.extraction.orgs import _level_bodies
    from uniongraph.extraction.tokens import TokenIndex

    assert not _level_bodies(TokenIndex(text), load_lexicons())


def test_a_quoted_sentence_and_怎么办_open_no_organisation() -> None:
    names = {m.name for m in extract_text("标题\n“酒香也怕巷子深。”怎么办？市解困办主任王立新说。").mentions}
    assert "市解困办" in names and not any("酒香" in n or "怎么" in n for n in names)


@pytest.mark.parametrize("text, names", [
    ("其中南钢、北钢、东钢三大集团的产量过半。", {"南钢", "北钢", "东钢"}),
    ("要求海钢、水钢等企业加快改革。", {"海钢", "水钢"}),
])
def test_short_names_listed_before_what_they_all_are_are_companies(text, names) -> None:
    found = {m.name: m.type for m in extract_text(text).mentions}
    assert all(found.get(n) == "Company" for n in names)
    assert not any("三大" in n for n in found)


@pytest.mark.parametrize("text", [
    "钢铁、化工、纺织等企业效益回升。",   # trades, not names
    "国有、集体等企业都要改革。",         # kinds of ownership
    "北京、上海等地企业纷纷响应。",       # places
])
def test_no_companies_from_a_list_of_kinds_or_places(text) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "Company"]


def test_a_surname_and_a_form_of_address_is_no_person() -> None:
    names = {m.name for m in extract_text("杨师傅说，菜价不贵。王大姐笑了。杨茂儒师傅也来了。").mentions}
    assert "杨茂儒" in names and not names & {"杨师傅", "王大姐"}


@pytest.mark.parametrize("text", ["要加强街道、乡镇对社区的管理。", "强化街道管理职能。", "社区工作应以街道为主。"])
def test_a_governing_verb_or_a_preposition_before_街道_names_no_place(text) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "Place" and m.name.endswith("街道")]


def test_a_street_named_by_an_ordinary_word_is_still_a_place() -> None:
    assert "解放街道" in {m.name for m in extract_text("解放街道开展送温暖活动。").mentions}


@pytest.mark.parametrize("text, name", [
    ("河北医科大学第三附属医院的医生来了。", "河北医科大学第三附属医院"),  # an affiliated hospital is one name
    ("原属铁道部的工厂划归地方。", "铁道部"),                          # 原属 governs the name
])
def test_names_found_whole_and_without_the_verb_before_them(text, name) -> None:
    assert name in {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, generic", [("公司董事局主席王建国说。", "董事局"), ("车站的职工放弃休息。", "车站")])
def test_a_bare_kind_of_body_is_no_name(text, generic) -> None:
    assert generic not in {m.name for m in extract_text(text).mentions}


def test_a_set_phrase_ending_in_a_governing_word_opens_no_name():
    """专程到 is one word to jieba (a set phrase); the 医院 it goes to is no body called 县领导专程到医院."""
    from uniongraph.extraction.pipeline import extract_text

    assert not [m for m in extract_text("县领导专程到医院看望了受伤的工人。").mentions if "专程" in m.text]


@pytest.mark.parametrize("name", ["万宝林", "万宝瑞"])  # (the tagger reads the second, before a colon, as a body)
def test_an_interviewee_named_before_a_colon_stays_a_person(name):
    """A name at a line's start before a colon, in an interview, is the person the article named."""
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text(f"记者走访了南岭县副县长{name}。\n记者：原因是什么？\n{name}：既有外部的原因，也有自身的原因。")
    assert {m.type for m in art.mentions if m.text == name} == {"Person"}


def test_an_annual_meeting_is_an_event():
    from uniongraph.extraction.events import find_events
    from uniongraph.extraction.tokens import TokenIndex

    assert "南岭商业联合会年会" in {m.name for m in find_events(TokenIndex("南岭商业联合会年会在海河召开。"))}


@pytest.mark.parametrize("text, generic", [
    ("这家国有医院去年扩建了门诊楼。", "国有医院"),
    ("他们要组建几个大型企业集团。", "大型企业集团"),
    ("城里新开了几家大型仓储超市。", "大型仓储超市"),
])
def test_a_kind_of_body_named_by_its_size_or_ownership_is_no_name(text, generic) -> None:
    assert not any(generic in m.name for m in extract_text(text).mentions)


def test_a_name_after_its_size_and_ownership_is_still_found() -> None:
    assert "海河钢铁集团" in {m.key for m in extract_text("大型国有企业海河钢铁集团今年扭亏为盈。").mentions}


@pytest.mark.parametrize("text", ["市总工会命名了１０支服务队。", "全市组建了３２支志愿服务队。", "区里有五支劳模服务队。"])
def test_a_count_of_teams_of_a_kind_is_no_name(text) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "ServiceTeam"]


@pytest.mark.parametrize("text", [
    "他在南岭山区办起了扶贫企业。",              # 区办|起: the verb 办 (to run)
    "南岭县工商分局办免费阅览室。",              # 分局|办: a verb of its own
    "让善经营的人来办企业。",
    "祝海河日报越办越好。",
    "出口额在全国出口总额中所占的比重提高。",    # 所 before a verb: a particle
])
def test_the_verb_办_and_the_particle_所_end_no_name(text) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "Organization" and m.name.endswith(("办", "所"))]


@pytest.mark.parametrize("text, name", [
    ("南岭市信访办接待了来访群众。", "南岭市信访办"),
    ("南岭县坎门镇工办会计王秀英说。", "坎门镇工办"),
    ("海河化工研究所组织了培训。", "海河化工研究所"),
])
def test_short_names_ending_in_办_or_所_are_still_found(text, name) -> None:
    assert any(m.key.endswith(name) for m in extract_text(text).mentions)


@pytest.mark.parametrize("text, name", [
    ("南岭欢迎包括海河电子公司在内的企业投资。", "海河电子公司"),   # 包括 governs the name
    ("讲台上北京大学的学生认真地听。", "北京大学"),                 # a locative, then a whole name
    ("要充分发挥南岭市经委的作用。", "南岭市经委"),
    ("每次都是先到营业部，后到车间。", None),                       # 先到: jieba glued the verb
    ("她家离邮局比较远。", None),                                   # 离: a preposition
    ("在南岭基本形成数家出版集团竞争的格局。", None),               # a count of bodies
])
def test_a_verb_or_function_word_before_a_name_is_no_part_of_it(text, name) -> None:
    orgs_ = {m.key for m in extract_text(text).mentions if m.type in ("Organization", "Company")}
    assert orgs_ == ({name} if name else set())


def test_a_place_before_a_whole_name_still_opens_it() -> None:
    assert "鄂中理工大学" in {m.key for m in extract_text("鄂中理工大学副教授田浩获奖。").mentions}


@pytest.mark.parametrize("text", ["省、市、县三级地震局的专线很快建立起来。", "他住进了一家二级甲等医院。"])
def test_bodies_counted_by_level_or_a_grade_are_no_name(text) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "Organization"]


def test_a_body_of_one_level_is_still_found() -> None:
    assert "南岭县地震局" in {m.key for m in extract_text("南岭县地震局的专线很快建立起来。").mentions}


def test_a_named_team_after_a_count_is_still_found() -> None:
    names = {m.key for m in extract_text("全市有２支服务队，其中李明电工技术服务队最有名。").mentions}
    assert "李明电工技术服务队" in names


@pytest.mark.parametrize("text, union", [
    ("南岭集团工会组织职工开展技能比武。", "南岭集团工会"),            # jieba's one word 工会组织
    ("城东管廊项目部工会组织１２０名职工参加培训。", "城东管廊项目部工会"),
])
def test_a_union_that_organises_people_is_found_inside_jiebas_word(text, union) -> None:
    assert (union, "TradeUnion") in {(m.key, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", ["要加强基层工会组织建设。", "南岭集团工会组织建设走在前列。"])
def test_union_organisations_as_a_topic_name_no_union(text) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "TradeUnion"]


@pytest.mark.parametrize("text, person, glued", [
    ("寒亭区总工会副主席孙丽带队走访慰问了一线职工。", "孙丽", "孙丽带"),
    ("该公司职工孙强荣获“齐鲁工匠”称号。", "孙强", "孙强荣"),
])
def test_a_name_ends_before_the_verb_its_last_character_would_open(text, person, glued) -> None:
    persons = {m.name for m in extract_text(text).mentions if m.type == "Person"}
    assert person in persons and glued not in persons


@pytest.mark.parametrize("text, person", [("厂长张德明说，今年效益好。", "张德明"), ("王建华参加了会议。", "王建华"),
                                          ("副委员长铁木尔·达瓦买提出席了大会。", "铁木尔·达瓦买提")])
def test_a_three_character_name_before_a_verb_stays_whole(text, person) -> None:
    assert person in {m.name for m in extract_text(text).mentions if m.type == "Person"}


@pytest.mark.parametrize("text, name", [
    ("潍坊光电科技有限公司工会开展活动。", "潍坊光电科技有限公司工会"),   # 光电: a trade, no dateline's 电
    ("本报讯中直机关工会联合会举办活动。", "中直机关工会联合会"),         # 本报讯: the dateline's end
    ("新华社北京１月２日电中华全国总工会今天召开会议。", "中华全国总工会"),
])
def test_a_word_ending_in_dian_ends_a_name_only_as_a_dateline(text, name) -> None:
    assert name in {m.name for m in extract_text(text).mentions}


def test_the_bodies_of_places_listed_before_deng_are_no_one_body() -> None:
    names = {m.name for m in extract_text("济南、青岛、潍坊等市总工会负责人作了交流发言。").mentions}
    assert not any("等" in n for n in names) and "潍坊市总工会" not in names


def test_a_name_holding_deng_as_a_word_is_still_found() -> None:
    assert "高等教育出版社" in {m.name for m in extract_text("高等教育出版社出版了此书。").mentions}


def _names(text: str) -> set[str]:
    return {m.key for m in extract_text(text).mentions if m.type != "Person"}


@pytest.mark.parametrize("text, name, wrong", [
    ("学生的学杂费已由南营小学承担。", "南营小学", "学杂费已由南营小学"),       # 已由 glued by the HMM
    ("１９９７年１２月经海河市委组织部批准，他任副部长。", "海河市委组织部", "月经海河市委组织部"),  # a date's 月
    ("南岭省公安厅会同南岭省高级人民法院发出通知。", "南岭省高级人民法院", "南岭省公安厅会同南岭省高级人民法院"),
])
def test_a_name_does_not_run_left_over_function_words_dates_or_verbs(text, name, wrong):
    names = _names(text)
    assert name in names
    assert wrong not in names


def test_national_bodies_printed_without_separators_are_separate_names():
    names = _names("国家安全部司法部全国人大常委会法制工作委员会联合发布规定。")
    assert {"司法部", "全国人大常委会法制工作委员会"} <= names
    assert "国家安全部司法部全国人大常委会法制工作委员会" not in names


def test_a_school_of_a_university_stays_one_name():
    assert "中国人民大学法学院" in _names("中国人民大学法学院教授王建国说。")


def test_a_political_commissar_is_a_title_not_a_committee():
    names = _names("南岭军区机务处副政委王建国说。")
    assert not any(n.endswith("政委") for n in names)


@pytest.mark.parametrize("text, name", [
    ("海河港务集团第二装卸公司工会主席吴建国说。", "海河港务集团第二装卸公司工会"),
    ("南岭冶炼厂厂长吴建国说。", "南岭冶炼厂"),
])
def test_a_trade_word_inside_a_company_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("中国人民银行四川德阳市分行行长王建国说。", "中国人民银行四川德阳市分行"),
    ("中国农业发展银行河南省南阳市分行办公室收到一封信。", "中国农业发展银行河南省南阳市分行"),
])
def test_a_banks_branch_named_by_its_place_alone_is_one_name(text, name):
    names = _names(text)
    assert name in names
    assert not any(n.endswith("市分行") and n != name for n in names)


def test_a_unit_with_a_name_of_its_own_is_still_a_unit_of_the_body():
    names = _names("开滦矿务局唐家庄矿矿长王建国说。")
    assert {"开滦矿务局", "唐家庄矿"} <= names


@pytest.mark.parametrize("text, body, unit", [
    ("海河铁路分局月山机务段的职工来了。", "海河铁路分局", "月山机务段"),  # 月|山: single characters
    ("南岭电信局城西支局的职工来了。", "南岭电信局", "城西支局"),
])
def test_a_unit_right_after_its_body_is_named_by_the_words_between(text, body, unit):
    art = extract_text(text)
    assert {body, unit} <= {m.name for m in art.mentions}
    assert (unit, "subOrganizationOf", body) in {(r.head, r.relation, r.tail) for r in art.relations}


@pytest.mark.parametrize("text", [
    "海河铁路分局各机务段的职工来了。",     # every such unit
    "海河铁路分局下属机务段的职工来了。",   # a word of belonging, no name
])
def test_a_unit_of_a_body_needs_a_name_of_its_own(text):
    assert not any(n.endswith("机务段") for n in _names(text))


def test_a_post_offices_branch_with_a_name_is_an_enterprise():
    assert ("南岭县单晶河邮电支局", "Company") in orgs("南岭县单晶河邮电支局将设备搬进帐篷。")  # (the place is taken off later)


@pytest.mark.parametrize("text, name", [
    ("国务院外办副主任王建国等参加了会见。", "国务院外办"),    # 外办: 外事办公室
    ("海河市精神文明办公室主任王建国说。", "海河市精神文明办公室"),  # not 文明办 | 公室
    ("南岭省信访办公室主任王建国说。", "南岭省信访办公室"),
])
def test_a_government_offices_short_name_and_its_full_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("南岭商场经理王建国说，今年销售很好。", "南岭商场"),
    ("亿丰隆商城开业了。", "亿丰隆商城"),
    ("海河书店总店经理王建国说。", "海河书店总店"),
])
def test_shops_and_malls_are_enterprises_not_places(text, name):
    types = {m.key: m.type for m in extract_text(text).mentions}
    assert types.get(name) == "Company"


def test_a_market_hall_a_fair_is_held_in_stays_a_place():
    types = {m.key: m.type for m in extract_text("招聘会在南岭体育馆举行。").mentions}
    assert types.get("南岭体育馆") == "Place"


def test_an_honour_roll_without_separators_ends_each_entry_at_its_person():
    text = "南岭市卫生局医疗中心主任陈振华海河友好医院医务处住院医师田建国"
    names = {m.key for m in extract_text(text).mentions}
    assert "海河友好医院医务处" in names  # (the hospital's office, written after it: department_units.txt)
    assert not any(n.startswith("陈振华海河") for n in names)
    assert {"陈振华", "田建国"} <= {m.key for m in extract_text(text).mentions if m.type == "Person"}


def test_a_school_named_after_a_person_keeps_the_name():
    assert "徐建华学校" in {m.key for m in extract_text("徐建华学校校长王明说。").mentions}


@pytest.mark.parametrize("text, name", [
    ("北京商业管理干部学院的李飞副教授说。", "北京商业管理干部学院"),   # 管理 after a noun: the name's own
    ("南岭市政府信访办公室主任王明说。", "南岭市政府信访办公室"),
])
def test_a_domain_word_after_a_noun_stays_in_the_name(text, name):
    assert name in _names(text)


def test_a_verb_and_a_governing_word_glued_open_no_name():
    names = _names("他们负责管理南岭公司。")
    assert "南岭公司" in names and not any(n.startswith("负责") for n in names)


@pytest.mark.parametrize("text, name", [
    ("海河核电站今年安全运行。", "海河核电站"),
    ("南岭水电站的职工来了。", "南岭水电站"),
])
def test_power_stations_are_enterprises(text, name):
    assert (name, "Company") in orgs(text)


def test_a_small_power_station_of_a_kind_is_no_name():
    assert not [n for n, _ in orgs("他们在山上建了一座小水电站。") if n.endswith("电站")]


@pytest.mark.parametrize("text, name", [
    ("海河矿冶研究总院参加了研究。", "海河矿冶研究总院"),
    ("南岭第二研究设计院创建四十年。", "南岭第二研究设计院"),
])
def test_research_and_design_institutes_are_bodies(text, name):
    assert (name, "Organization") in orgs(text)


def test_a_bare_department_of_an_enterprise_is_no_name():
    assert not [n for n, _ in orgs("开发部和材料部的职工加班加点。") if n in ("开发部", "材料部")]


def test_a_department_with_its_enterprise_is_still_a_name():
    assert any(n == "海河电子公司开发部" for n, _ in orgs("海河电子公司开发部经理王强说。"))


@pytest.mark.parametrize("text, name", [
    ("飞机从南岭机场起飞。", "南岭机场"),
    ("海河大桥和米花岭隧道通车了。", "海河大桥"),
    ("他家住在清水河水库旁。", "清水河水库"),
])
def test_airports_bridges_and_reservoirs_are_places(text, name):
    assert name in {m.name for m in extract_text(text).mentions if m.type == "Place"}


@pytest.mark.parametrize("text", ["这座大桥很长。", "我们要建好机场。"])
def test_a_verb_or_a_demonstrative_before_a_place_head_names_no_place(text):
    assert not [m for m in extract_text(text).mentions if m.type == "Place"]


def test_an_honour_roll_without_separators_ends_each_body_before_the_next_place():
    keys = {m.key for m in extract_text("获奖单位：评剧团河北省科协山西省太原市委等。").mentions}
    assert "河北省科协" in keys and not any(k.startswith("河北省科协山西") for k in keys)


@pytest.mark.parametrize("text, name", [
    ("共青团云南省委书记王强说。", "共青团云南省委"),   # a league's committee of a place is one name
    ("中共北京市委书记王强说。", "中共北京市委"),
])
def test_a_partys_committee_of_a_place_is_one_name(text, name):
    assert name in {m.key for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", ["日本公司也来投资。", "他与香港公司签了合同。", "外国企业纷纷来投资。"])
def test_a_firm_named_by_its_country_alone_is_no_name(text):
    assert not [m for m in extract_text(text).mentions if m.type == "Company"]


@pytest.mark.parametrize("text, name", [("他与日立公司签了合同。", "日立公司"), ("北京公司的职工来了。", "北京公司")])
def test_a_firm_with_a_name_or_a_domestic_place_is_still_one(text, name):
    assert name in {m.key for m in extract_text(text).mentions if m.type == "Company"}


@pytest.mark.parametrize("text, union, type_", [
    # a joint union of one trade or one community is a grassroots union (the golds' TradeUnion) ...
    ("南湖区物流行业工会联合会今天成立。", "南湖区物流行业工会联合会", "TradeUnion"),
    ("青松社区工会联合会为环卫工人送去慰问品。", "青松社区工会联合会", "TradeUnion"),
    # ... the union federation of the state organs is a federation
    ("省直机关工会联合会举办职工书画展。", "省直机关工会联合会", "Federation"),
])
def test_a_joint_union_is_typed_by_whose_it_is(text: str, union: str, type_: str) -> None:
    assert (union, type_) in {(m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, unit", [
    # jieba glues 部副 (法律|工作|部副|部长): the department is named before its deputy head
    ("南岭市总工会法律工作部副部长李明出席。", "南岭市总工会法律工作部"),
    ("南岭市总工会权益保障部副部长李明说。", "南岭市总工会权益保障部"),
    ("南岭市总工会宣传部副部长李明出席。", "南岭市总工会宣传部"),   # cut as 宣传部|副|部长 already
])
def test_a_department_is_named_before_its_deputy_head(text: str, unit: str) -> None:
    assert unit in {m.name for m in extract_text(text).mentions if m.type == "Organization"}


@pytest.mark.parametrize("text, unit", [
    ("南岭市总工会女职工委员会举办健康讲座。", "南岭市总工会女职工委员会"),
    ("区总工会女职工委员会将继续关爱女职工。", "区总工会女职工委员会"),
    ("各级工会女职工委员会要关爱女职工。", None),      # every such committee, no one
    ("女职工委员会将继续关爱女职工。", None),          # the kind alone
])
def test_a_unions_women_workers_committee_is_named_with_the_union(text: str, unit: str | None) -> None:
    names = {m.name for m in extract_text(text).mentions if m.type == "Organization"}
    assert (unit in names) if unit else not any(n.endswith("女职工委员会") for n in names)


@pytest.mark.parametrize("text, event", [
    # a slogan of two halves is a short quote: the words before it open the name, the space aside
    ("区总工会举办女职工“巾帼心向党　建功新时代”技能展示活动。", "女职工巾帼心向党 建功新时代技能展示活动"),
    ("区总工会举办女职工“巾帼建功”技能展示活动。", "女职工巾帼建功技能展示活动"),
    # a long quote without a break: the name opens at the quote
    ("区总工会举办女职工“巾帼心向党建功新时代奋斗”技能展示活动。", "巾帼心向党建功新时代奋斗技能展示活动"),
])
def test_words_before_a_short_quote_open_the_events_name(text: str, event: str) -> None:
    assert event in {m.name for m in extract_text(text).mentions if m.type == "Event"}


def test_a_bodys_name_ends_at_ji_an_events_goes_on() -> None:
    """暨 joins two parts of one event's name, never a body's: the union of 工会会员代表大会 is no name."""
    got = {(m.name, m.type) for m in extract_text(
        "青州海川精密轴承股份有限公司第五届职工代表大会第一次会议暨工会会员代表大会召开。").mentions}
    assert ("青州海川精密轴承股份有限公司", "Company") in got
    assert ("青州海川精密轴承股份有限公司第五届职工代表大会第一次会议暨工会会员代表大会", "Event") in got
    assert not any(t == "TradeUnion" for _, t in got)


@pytest.mark.parametrize("text, company", [
    # a rare word jieba reads as a verb before the brand's unknown word opens the trade name
    ("一等奖；安腾仕达体育用品有限公司的洪志远获二等奖。", "安腾仕达体育用品有限公司"),
    # an everyday verb governs the name: 支持|华为技术有限公司
    ("他们支持华为技术有限公司的工作。", "华为技术有限公司"),
    ("他们走访了钱塘建设集团有限公司。", "钱塘建设集团有限公司"),
])
def test_a_rare_verb_before_a_brand_opens_the_companys_name(text: str, company: str) -> None:
    assert company in {m.name for m in extract_text(text).mentions if m.type == "Company"}


@pytest.mark.parametrize("text, event", [
    ("12月2日，“青州骑手·温暖同行”新就业形态劳动者集中入会暨服务月启动活动在青州职工服务中心举行。",
     "青州骑手·温暖同行新就业形态劳动者集中入会暨服务月启动活动"),
    ("服务月启动活动在青州职工服务中心举行。", "服务月启动活动"),
    ("区总工会领导出席了启动活动。", None),   # the kind alone names no event
])
def test_a_launch_activity_is_named_as_a_launch_ceremony_is(text: str, event: str | None) -> None:
    names = {m.name for m in extract_text(text).mentions if m.type == "Event"}
    assert (event in names) if event else not names


def test_new_of_new_forms_of_employment_opens_the_events_name() -> None:
    """新就业形态 (new forms of employment) is one word of the name, as 再就业 is; 新 is no modifier to trim."""
    names = {m.name for m in extract_text("12月2日，新就业形态劳动者集中入会暨服务月启动仪式在青州举行。").mentions}
    assert "新就业形态劳动者集中入会暨服务月启动仪式" in names


@pytest.mark.parametrize("text, places", [
    # a venue with a name of its own after its subdistrict or village: two places, as 北京|人民大会堂
    ("揭牌仪式在青松街道长安银泰广场举行。", ["青松街道", "长安银泰广场"]),
    ("他们来到古北新村太阳广场。", ["古北新村", "太阳广场"]),
    # a venue the town's name names (no word of its own): one place
    ("活动在青松街道职工服务中心举行。", ["青松街道职工服务中心"]),
    ("活动在青松镇文化广场举行。", ["青松镇文化广场"]),
])
def test_a_venue_after_its_subdistrict_is_a_place_of_its_own(text: str, places: list[str]) -> None:
    assert [m.name for m in extract_text(text).mentions if m.type == "Place"] == places


@pytest.mark.parametrize("text, place", [
    ("在青州建工有限公司承接的滨湖科学城某厂房项目务工。", "滨湖科学城"),
    ("他们来到仙林大学城调研。", "仙林大学城"),
    ("要加快建设科学城。", None),        # the kind alone: no proper word
])
def test_a_science_or_university_city_is_a_place(text: str, place: str | None) -> None:
    names = [m.name for m in extract_text(text).mentions if m.type == "Place"]
    assert (place in names) if place else names == []


@pytest.mark.parametrize("text, body", [
    # a level alone before a body the dictionary knows: the home region's body, as 市总工会
    ("涪城区总工会联合区民政局开展走访。", "区民政局"),
    ("县总工会联合县民政局开展走访。", "县民政局"),
    ("青州市民政局开展走访。", "青州市民政局"),     # the place in full, as before
    ("城市民政局要加强管理。", "民政局"),           # 城市 is a word: no level
])
def test_a_level_before_a_dictionary_body_opens_its_short_name(text: str, body: str) -> None:
    assert body in {m.name for m in extract_text(text).mentions if m.type == "Organization"}


# ---------------------------------------------------------------- places written as modifiers


@pytest.mark.parametrize("text, place", [
    ("他们为建设有中国特色的社会主义而工作。", "中国"),
    ("这是中华民族的骄傲。", "中华"),
    ("上海人民热烈欢迎代表们。", "上海"),
    ("会上学习了《中华人民共和国工会法》。", "中华人民共和国"),
    ("乐队演奏了《新疆之春》。", "新疆"),
    ("这座新矿一飞冲天，成为“中国第一矿”。", "中国"),  # inside a quoted figure of speech
    ("他去年获评南岭市劳动模范。", "南岭市"),          # an honour the place opens
    ("县总工会推荐他申报“青州市五一劳动奖章”。", "青州市"),  # the tokens cut it: 五一|劳动奖章
    ("省计委提出的“河北阳光工程”今天正式启动。", "河北"),    # inside a quoted programme's name
    ("由『南岭职工技能振兴行』组委会主办。", "南岭"),           # inside corner quotes
])
def test_a_place_written_as_a_modifier_is_a_name_but_no_entity(text: str, place: str) -> None:
    from uniongraph.build import build_documents
    from uniongraph.reading import read_text

    art = extract_text(text)
    assert any(m.name == place and m.type == "Place" and m.modifier for m in art.mentions)
    kg = build_documents([read_text(f"# 标题\n\n{text}", "a.md")])
    assert place not in {e.name for e in kg.entities.values()}


@pytest.mark.parametrize("text, place", [
    ("中国人口众多。", "中国"),                      # 人口: not 人 after the place
    ("澳门同胞欢度春节。", "澳门"),                   # compatriots: the place is kept
    ("职工们在河北唱起《团结就是力量》。", "河北"),    # outside the title marks
    ("《工人日报》报道，河北省举行职工运动会。", "河北省"),  # after a closed title
    ("青州市劳动模范协会在青州市召开年会。", "青州市"),   # the second is the area
    ("青州市劳动就业形势稳定。", "青州市"),              # 劳动 opens no honour here
    ("“青州”、“南岭”两家商场开业。", "青州"),            # a quote of the place alone
    ("他说：“河北的冬天，真冷。”", "河北"),              # a quoted clause, not a name
])
def test_a_place_written_as_the_area_stays_an_entity(text: str, place: str) -> None:
    from uniongraph.build import build_documents
    from uniongraph.reading import read_text

    art = extract_text(text)
    assert any(m.name == place and m.type == "Place" and not m.modifier for m in art.mentions)
    kg = build_documents([read_text(f"# 标题\n\n{text}", "a.md")])
    assert place in {e.name for e in kg.entities.values()}


def test_a_modifier_place_is_still_a_flat_ner_name() -> None:
    from uniongraph.evaluate.predictors import uniongraph_predictor

    text = "他们为建设有中国特色的社会主义而工作。"
    spans = uniongraph_predictor()(text)
    assert (6, 8, "LOC") in spans and text[6:8] == "中国"


@pytest.mark.parametrize("text, kind", [("为了改变大城市管理权限过于集中的状况。", "大城市"),
                                        ("天津等大中城市的国有企业。", "大中城市")])
def test_a_word_for_a_kind_of_place_is_no_place(text: str, kind: str) -> None:
    assert kind not in {m.name for m in find_places(TokenIndex(text))}


@pytest.mark.parametrize("text, place", [("他们来到大寨村参观。", "大寨村"), ("建在繁华的南新路和金鸡路交叉口。", "南新路")])
def test_a_named_village_or_street_stays_a_place(text: str, place: str) -> None:
    assert place in {m.name for m in find_places(TokenIndex(text))}


@pytest.mark.parametrize("text, name", [
    ("今年35岁的赵俊是蓝鲸即送（绵阳）网络科技有限公司的配送站站长。", "蓝鲸即送（绵阳）网络科技有限公司"),
    ("他说（北京）有限公司不多。", None),  # one verb is no brand
])
def test_a_brand_before_a_bracketed_place_stops_at_a_copula_or_a_pronoun(text: str, name: str | None) -> None:
    companies = {m.name for m in extract_text(text).mentions if m.type == "Company"}
    if name:
        assert name in companies
    assert not any(c.startswith(("赵俊", "是", "说")) for c in companies), companies


def test_a_service_station_is_a_venue_and_a_counted_one_no_name():
    named = {(m.name, m.type) for m in extract_text("红星社区户外劳动者服务站正式启用。").mentions}
    assert ("红星社区户外劳动者服务站", "Place") in named  # a station is a place (the guideline), not a team
    counted = extract_text("区总工会已在辖区建成户外劳动者服务站32个。").mentions
    assert not [m for m in counted if m.name.endswith("服务站")]


@pytest.mark.parametrize("text", ["我国北方煤矿企业较多。", "长风汽车制造有限公司联合市总工会举办活动。"])
def test_no_locative_opens_a_name_and_a_company_name_ends_before_a_verb(text):
    names = {m.name for m in extract_text(text).mentions}
    assert not any(n.startswith("北方") for n in names)
    assert not any("有限公司联合" in n for n in names)


@pytest.mark.parametrize("text, venue", [
    ("位于雁塔区小寨东路的“工会爱心驿站”完成升级改造。", "工会爱心驿站"),
    ("环卫工人走进“暖心驿站”休息。", "暖心驿站"),
])
def test_a_quoted_venue_is_a_place_whatever_its_words(text: str, venue: str) -> None:
    assert (venue, "Place") in {(m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", ["让职工书屋真正成为职工的“精神加油站”。", "这里是职工们的“温馨驿站”。"])
def test_a_quoted_figure_of_speech_after_a_verb_of_becoming_is_no_name(text: str) -> None:
    assert not [m for m in extract_text(text).mentions if m.type != "Person"]


@pytest.mark.parametrize("text, street", [("位于雁塔区小寨东路的驿站。", "小寨东路"), ("他住在中山北路。", "中山北路")])
def test_a_streets_section_is_part_of_its_name(text: str, street: str) -> None:
    from uniongraph.build import build_documents
    from uniongraph.reading import read_text

    names = {e.name for e in build_documents([read_text(f"# 标题\n\n{text}", "a.md")]).entities.values()}
    assert street in names and "东路" not in names and "北路" not in names


@pytest.mark.parametrize("text, event", [("市总工会劳模工匠助企行活动走进企业。", "劳模工匠助企行活动")])
def test_a_coined_word_before_a_weak_head_names_a_campaign(text: str, event: str) -> None:
    assert (event, "Event") in {(m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", ["开展送温暖活动。", "职工们参加了张明华活动。"])
def test_a_weak_head_after_common_words_or_a_name_names_no_campaign(text: str) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "Event"]


@pytest.mark.parametrize("text, event", [("工会主办的2025年职工篮球赛在集团体育中心落幕。", "2025年职工篮球赛")])
def test_a_contests_year_is_its_edition(text: str, event: str) -> None:
    assert (event, "Event") in {(m.name, m.type) for m in extract_text(text).mentions}


def test_a_contest_without_an_edition_is_a_kind() -> None:
    assert not [m for m in extract_text("工会举办职工篮球比赛。").mentions if m.type == "Event"]


def test_a_state_organ_named_by_one_character_of_its_field_keeps_guojia():
    from uniongraph.extraction.pipeline import extract_text

    keys = {m.key for m in extract_text("南岭市计委、国家核安全局等部门负责人出席会议。").mentions}
    assert "国家核安全局" in keys and "安全局" not in keys
    keys = {m.key for m in extract_text("国家的安全局也来了人。").mentions}
    assert "国家的安全局" not in keys and "国家安全局" not in keys


def test_an_adverbs_de_glued_to_a_preposition_opens_no_name():
    from uniongraph.extraction.pipeline import extract_text

    keys = {m.key for m in extract_text("两位客人不约而同地向绵阳市委反映了情况。").mentions}
    assert "绵阳市委" in keys and not any(k.startswith("地") for k in keys)


def test_job_placement_stays_inside_a_centres_name():
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text("南岭市劳动局建立了南岭市外来劳动力职业介绍服务中心。")
    assert "南岭市外来劳动力职业介绍服务中心" in {m.key for m in art.mentions}
    assert ("南岭市劳动局", "founded", "南岭市外来劳动力职业介绍服务中心") in {(r.head, r.relation, r.tail) for r in art.relations}
    assert not [m for m in extract_text("王立新介绍服务中心的情况。").mentions if m.type != "Person"]


def test_paired_adverbs_are_no_name():
    from uniongraph.extraction.pipeline import extract_text

    names = {m.key for m in extract_text("海河医院院长钱国华，边走边介绍医院的创业史。").mentions if m.type == "Person"}
    assert names == {"钱国华"}
    names = {m.key for m in extract_text("海河医院院长边国华介绍了医院的创业史。").mentions if m.type == "Person"}
    assert "边国华" in names


def test_a_place_before_a_quoted_brand_is_where_the_body_is_and_the_name_stays_whole():
    keys, facts = _placed("其中南京“海创”集团与大庆共同投资建成了生产线。")
    assert "南京海创集团" in keys and ("南京海创集团", "locatedIn", "南京") in facts
    keys, facts = _placed("“海创”集团与大庆共同投资建成了生产线。")
    assert not {f for f in facts if f[1] == "locatedIn"}


def test_a_venue_with_a_name_of_its_own_written_after_its_town_is_two_places():
    from uniongraph.extraction.pipeline import extract_text

    keys = {m.key for m in extract_text("首发式今天上午在北京人民大会堂举行。").mentions if m.type == "Place"}
    assert {"北京", "人民大会堂"} <= keys
    keys = {m.key for m in extract_text("会议在北京展览馆举行。").mentions}   # the town opens the name
    assert "北京展览馆" in keys and "展览馆" not in keys
    keys = {m.key for m in extract_text("襄阳宾馆大礼堂座无虚席。").mentions}  # the hall of a hotel
    assert "宾馆大礼堂" not in keys


def test_a_books_launch_is_an_event_held_at_its_venue():
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text("南岭出版社出版的《南岭人才库》首发式，今天上午在南岭宾馆举行。")
    assert "《南岭人才库》首发式" in {m.name for m in art.mentions if m.type == "Event"}
    assert not [m for m in extract_text("首发式结束后，大家合影留念。").mentions if m.type == "Event"]


def test_a_grade_a_body_is_given_names_no_body():
    from uniongraph.extraction.pipeline import extract_text

    assert not [m for m in extract_text("南岭通信公司建立了国家级企业技术研究开发中心。").mentions if m.key.startswith("国家级")]
    assert "南岭国家级经济技术开发区管委会" in {m.key for m in extract_text("南岭国家级经济技术开发区管委会成立。").mentions}


def test_a_measure_word_after_a_noun_is_part_of_a_places_name() -> None:
    names = {m.name for m in extract_text("在磁器口街道社区卫生服务中心开展活动。").mentions}
    assert "磁器口街道社区卫生服务中心" in names


def test_a_measure_word_after_a_number_opens_no_name() -> None:
    assert not extract_text("全市共有五家医院参加。").mentions


@pytest.mark.parametrize("text, event", [
    ("市总工会联合举办2025年“春风行动”暨就业援助月专场招聘会。", "2025年春风行动暨就业援助月专场招聘会"),
    ("区总工会主办的2025年暑期职工子女爱心托管班在职工之家开班。", "2025年暑期职工子女爱心托管班"),
])
def test_a_campaigns_month_and_a_season_stand_in_an_events_name(text: str, event: str) -> None:
    assert (event, "Event") in {(m.name, m.type) for m in extract_text(text).mentions}


def test_a_date_before_an_event_is_no_part_of_its_name() -> None:
    assert not [m for m in extract_text("5月专场招聘会举行。").mentions if m.name.startswith("5月")]


@pytest.mark.parametrize("text", ["日前，省总工会授予该公司“福建省模范职工之家”称号。", "该公司荣获“全国模范职工之家”。",
                                  "该厂被授予模范职工之家称号。"])
def test_an_honour_is_no_body_and_no_place(text: str) -> None:
    assert not [m for m in extract_text(text).mentions if m.type in ("Place", "Organization") and "之家" in m.name]
    assert not [m for m in extract_text(text).mentions if m.name == "福建省" and not m.modifier]


def test_a_body_after_the_honour_it_won_stays_a_body() -> None:
    names = {m.name for m in extract_text("荣获全国五一劳动奖状的海河钢铁集团有限公司举办活动。").mentions}
    assert "海河钢铁集团有限公司" in names


@pytest.mark.parametrize("text, name", [
    ("南岭铁路局的职工在大会上发言。", "南岭铁路局"),        # a railway bureau runs a business
    ("他来到东港港务局参观。", "东港港务局"),
    ("北川县邮电局局长王强说。", "北川县邮电局"),
    ("西河石油管理局钻井工人赶到。", "西河石油管理局"),
])
def test_a_bureau_that_runs_an_industry_is_a_company(text, name):
    assert (name, "Company") in {(m.key, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, name", [
    ("北川县工商局局长王强说。", "北川县工商局"),            # a government's bureau stays an organisation
    ("南岭市劳动局发出通知。", "南岭市劳动局"),
])
def test_a_governments_bureau_is_an_organisation(text, name):
    assert (name, "Organization") in {(m.key, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", ["帮助各铁路局、工程局开展好这项工作。", "铁路局运输人员在去年减少了。"])
def test_an_industry_bureau_without_a_name_is_a_kind(text):
    assert not [m for m in extract_text(text).mentions if m.type in ("Company", "Organization")]


def test_a_dictionary_name_takes_the_type_of_its_longest_head():
    # jieba knows 沈阳铁路局 as one name (nt): its head is 铁路局 (a company), not 局
    found = {(m.name, m.type) for m in find_organisations(TokenIndex("沈阳铁路局今年扩大了运力。")) if m.source == "org-dictionary"}
    assert found == {("沈阳铁路局", "Company")}


@pytest.mark.parametrize("text,bad", [
    ("工人们整齐地站在车间门口。", "地站"),            # 地 after a modifier: an adverbial, 站 a verb
    ("王强勇敢地站了出来。", "地站"),
    ("这里曾以商场多而出名。", "曾以"),                # 曾 (once) and 以 glued by the HMM
    ("一是稳产，二是外围油田要优选井位。", "二是"),    # an enumeration's 二是 opens no name
    ("其下属的６个矿都已投产。", "个矿"),              # a numeral and its measure word count mines
])
def test_a_particle_adverb_or_measure_word_the_hmm_glued_opens_no_name(text: str, bad: str) -> None:
    names = {m.name for m in extract_text(text).mentions}
    assert not any(bad in n for n in names), names


@pytest.mark.parametrize("text,name", [
    ("代表们不约而同地向洛阳市委反映情况。", "洛阳市委"),   # 不约而同|地向: the name opens after 向
    ("职工们主动地向宜昌市委写信。", "宜昌市委"),
    ("南岭县五矿公司的矿工说。", "南岭县五矿公司"),         # a numeral inside a name is kept
])
def test_a_name_after_a_glued_particle_is_still_found(text: str, name: str) -> None:
    assert name in {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", [
    "全国银行、保险系统召开工作会议。",          # every bank of the country
    "全国文化厅局长会议在京召开。",              # every province's 文化厅
    "这一做法值得在全世界核电站推广。",
    "目前全国城镇中小学教职工的住房有了改善。",
])
def test_the_whole_country_before_a_local_bodys_head_names_all_of_them(text):
    assert not [m for m in extract_text(text).mentions if m.type in ("Company", "Organization")]


@pytest.mark.parametrize("text, name", [
    ("全国妇联发出通知。", "全国妇联"),                          # one national body
    ("全国农业技术推广中心主任王强说。", "全国农业技术推广中心"),  # a centre is no local unit
])
def test_the_whole_country_opens_a_national_bodys_name(text, name):
    assert name in {m.key for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", [
    "根据《南岭省职工劳动保护条例》，企业要为职工办保险。",          # a place and a rule's title
    "各单位认真学习《南岭市总工会关于加强困难职工帮扶工作的意见》。",  # the issuing body is in the title
    "这些做法符合《中华人民共和国商业银行法》的规定。",
])
def test_a_body_or_place_inside_a_documents_title_is_no_entity(text):
    # a place stays a flat NER name, marked as a modifier; a body is no mention at all
    assert not [m for m in extract_text(text).mentions if m.type not in ("Person", "Event") and not m.modifier]


@pytest.mark.parametrize("text, name", [
    ("《南岭日报》记者王强报道。", "南岭日报"),                      # the title is the paper's name
    ("南岭市总工会印发了《关于做好职工帮扶工作的意见》。", "南岭市总工会"),  # the body outside the title
])
def test_a_name_that_is_a_whole_title_or_outside_it_stays(text, name):
    assert name in {m.key for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", [
    "公司去年成立了技术开发中心，专门研制新产品。",   # a kind of centre the company set up
    "他们与世界著名艺术中心保持联系。",
])
def test_a_bare_centre_with_only_common_words_is_no_name(text):
    assert not [m for m in extract_text(text).mentions if m.type in ("Organization", "Company")]


@pytest.mark.parametrize("text, name", [
    ("南岭纺织再就业服务中心安置了五百名职工。", "南岭纺织再就业服务中心"),   # a service centre is an institution
    ("南岭县职业介绍中心为下岗职工找到了工作。", "南岭县职业介绍中心"),       # 介绍 stands inside the name
])
def test_a_centre_named_by_what_it_does_or_by_its_place_stays(text, name):
    assert name in {m.key for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", [
    "南岭化工厂已发展成为国家级企业集团。",      # a grade granted by the state: a kind of group
    "他们建成了省级医院三所。",
])
def test_a_grade_before_a_head_names_a_kind(text):
    assert not [m for m in extract_text(text).mentions
                if m.type in ("Company", "Organization") and ("级" in m.key)]


def test_a_grade_word_inside_a_courts_name_stays():
    assert "南岭市中级人民法院" in {m.key for m in extract_text("南岭市中级人民法院作出判决。").mentions}


@pytest.mark.parametrize("text", ["还要从外国大公司手中夺回市场。", "他在日本大公司工作多年。"])
def test_a_firm_named_by_its_country_and_size_is_no_name(text):
    assert not [m for m in extract_text(text).mentions if m.type == "Company"]


@pytest.mark.parametrize("text, bad", [
    ("那是个不起眼的新矿，产量却很高。", "新矿"),     # 新 glued by the HMM to the head: a new mine
    ("这座偏僻的小矿今年盈利了。", "小矿"),
])
def test_a_modifier_glued_to_a_one_character_head_names_no_body(text, bad):
    assert bad not in {m.key for m in extract_text(text).mentions}


def test_a_name_that_holds_a_modifier_character_stays():
    assert "南岭新华矿" in {m.key for m in extract_text("南岭新华矿的工人说。").mentions}


def test_an_area_the_dictionary_files_with_bodies_is_a_place():
    # jieba tags 西安高新技术产业开发区 nt; the guideline types a named area as a place
    found = {(m.key, m.type) for m in extract_text("西安高新技术产业开发区的企业发展很快。").mentions}
    assert ("西安高新技术产业开发区", "Place") in found


def test_the_administration_of_an_area_is_still_a_body():
    found = {(m.key, m.type) for m in extract_text("南岭开发区管委会主任王强说。").mentions}
    assert ("南岭开发区管委会", "Organization") in found


def test_a_verb_of_winning_opens_no_place() -> None:
    assert not [m for m in extract_text("我市12人获评省五一劳动奖章。").mentions if m.type == "Place"]


def test_a_short_form_after_a_glued_preposition_is_the_home_regions_body() -> None:
    art = extract_text("记者从市总工会获悉，我市12名职工获奖。市总工会有关负责人表示，将继续宣传。")
    assert len({m.key for m in art.mentions if m.type == "Federation"}) == 1


def test_a_hall_of_a_building_is_a_venue_not_a_body() -> None:
    assert ("人民大会堂宴会厅", "Place") in {(m.name, m.type) for m in extract_text("宴会在人民大会堂宴会厅举行。").mentions}
    assert not extract_text("旅客在候机厅等候。").mentions  # a kind of room
    assert [m for m in extract_text("省文化厅举办活动。").mentions if m.type == "Organization"]  # a department


@pytest.mark.parametrize(
    "text, name",
    [  # kinds of event a month of real news holds that the heads once lacked (mine_event_heads.py)
        ("市总工会举办全市职工乒乓球邀请赛", "全市职工乒乓球邀请赛"),
        ("外交部举行新年记者招待会", "新年记者招待会"),
        ("公司开展春节安全生产大会战", "春节安全生产大会战"),
        ("区工会举办职工骨干研讨班", "职工骨干研讨班"),
        ("老同志参加了迎春游园会", "迎春游园会"),
    ],
)
def test_kinds_of_event_from_real_news(text: str, name: str) -> None:
    assert name in events(text)


@pytest.mark.parametrize("text", ["三名职工报名参赛", "召开党委会研究工作", "他们在会战中立了功", "这次邀请赛很精彩"])
def test_kinds_of_event_need_a_name(text: str) -> None:
    """A verb (参赛), a body (党委会) and a bare kind (会战, 这次邀请赛) name no event."""
    assert events(text) == []


@pytest.mark.parametrize(
    "text, name",
    [  # 首届 is an edition as 第一届 is: it opens the name, or joins a series' name to its meeting
        ("首届中国产品印度展销会昨天开幕", "首届中国产品印度展销会"),
        ("市总工会举办首届职工读书节", "首届职工读书节"),
        ("当代企业改革论坛首届年会在京召开", "当代企业改革论坛首届年会"),
    ],
)
def test_a_first_edition_stands_in_the_name(text: str, name: str) -> None:
    assert name in events(text)


def test_a_first_time_is_no_edition() -> None:
    """首次 (for the first time) says when, it opens no name."""
    assert not any(n.startswith("首次") for n in events("该厂首次举办职工技能大赛"))


@pytest.mark.parametrize(
    "text, expected",
    [  # an honour roll printed without separators: a person after a trade noun in 员 ends the entry
        ("江西省峡江县新华书店发行员陶立新上海师范大学学生李凤", ["江西省峡江县新华书店", "上海师范大学"]),
        ("辽宁省丹东市邮政局投递员周永东辽宁省辽阳市第二人民医院护士长付杰", ["辽宁省丹东市邮政局", "辽宁省辽阳市第二人民医院"]),
    ],
)
def test_a_person_after_a_trade_noun_ends_an_entry_of_a_roll(text: str, expected: list[str]) -> None:
    assert [name for name, _ in orgs(text)] == expected


def test_a_noun_in_yuan_inside_a_name_is_kept() -> None:
    """市会员服务中心: 会员 stands inside the name, no person follows it."""
    assert [name for name, _ in orgs("市会员服务中心举办活动")] == ["市会员服务中心"]


def test_what_a_doer_does_never_bridges_a_quote_and_an_event() -> None:
    """“赣莲６２”荣获首届…博览会: the quoted variety won a prize at the fair, it names no event (jieba
    tags 荣获 a personal name); “两新”组织…专场培训 still names one."""
    assert events("“赣莲６２”荣获首届中国农业博览会金奖") == ["首届中国农业博览会"]
    assert "两新组织工会干部专场培训" in events("举办“两新”组织工会干部专场培训")
    assert "冬日暖心慰问活动" in events("区总工会在回龙观街道举办“冬日暖心”慰问活动")  # a visit names an activity


@pytest.mark.parametrize(
    "text, name",
    [  # a contest, perhaps its trade or group, then the stage reported: one event, named in full
        ("第六届南岭市职工职业技能大赛汽车维修工决赛在南岭落幕", "第六届南岭市职工职业技能大赛汽车维修工决赛"),
        ("第七届江汉省高校青年教师教学竞赛决赛开幕", "第七届江汉省高校青年教师教学竞赛决赛"),
    ],
)
def test_the_stage_of_a_contest_ends_its_name(text: str, name: str) -> None:
    assert name in events(text)


@pytest.mark.parametrize("text", ["132名青年教师进入决赛", "各工种决赛第一名的选手将获奖", "比赛分初赛和决赛两个阶段"])
def test_a_stage_alone_names_no_event(text: str) -> None:
    assert events(text) == []


def test_a_civil_servants_rank_vouches_for_the_name_after_it() -> None:
    """二级巡视员田甜: the ranks of civil servants are titles."""
    names = {(m.name, m.type) for m in extract_text("省教育厅二级巡视员田甜出席会议。").mentions}
    assert ("田甜", "Person") in names


@pytest.mark.parametrize(
    "text, name",
    [  # a body's own assembly or work meeting is named with the body whole, its legal form too
        ("南岭稀源新材料股份有限公司三届二次职工代表大会在公司召开", "南岭稀源新材料股份有限公司三届二次职工代表大会"),
        ("海河县工会第十次代表大会在县大会堂开幕", "海河县工会第十次代表大会"),
    ],
)
def test_a_bodys_own_meeting_keeps_the_body_in_its_name(text: str, name: str) -> None:
    assert name in events(text)


def test_what_a_body_organises_does_not_keep_it() -> None:
    assert "夏送清凉系列活动" in events("滨江区总工会开展“夏送清凉”系列活动")


@pytest.mark.parametrize(
    "text, expected",
    [  # a company's branch is registered under its company's name: one name, written whole
        ("南岭人寿保险有限公司本溪分公司经理王立说", [("南岭人寿保险有限公司本溪分公司", "Company")]),
        ("吉达快递有限公司朝阳营业部快递员于海洋说", [("吉达快递有限公司朝阳营业部", "Company")]),
        ("山东南岭石油公司邹城分公司领导说", [("山东南岭石油公司邹城分公司", "Company")]),
    ],
)
def test_a_companys_branch_is_named_with_its_company(text: str, expected: list) -> None:
    assert orgs(text) == expected


def test_a_works_of_a_company_is_a_unit_of_its_own() -> None:
    """衮州矿业集团公司|东滩煤矿: a mine is a unit with a name of its own (the real-text golds)."""
    assert [name for name, _ in orgs("海河矿业集团公司东滩煤矿的工人说")] == ["海河矿业集团公司", "东滩煤矿"]


def test_a_body_inside_a_quoted_honour_is_part_of_the_honour() -> None:
    """被评为“南岭市优秀工会工作者”: an honour of a person; no union named 南岭市优秀工会."""
    assert orgs("王德胜等15名同志被评为“南岭市优秀工会工作者”。") == []
    assert orgs("海河集团工会被评为“南岭市模范职工之家”。") == [("海河集团工会", "TradeUnion")]


@pytest.mark.parametrize(
    "text, name",
    [  # 暨 joins two names of one gathering, the second perhaps with its year
        ("南岭稀源公司三届二次职工代表大会暨2026年工作会议在公司召开", "南岭稀源公司三届二次职工代表大会暨2026年工作会议"),
        ("区总工会召开成立大会暨第一次会员大会", "成立大会暨第一次会员大会"),
        ("开展“新春第一课”劳模工匠精神专题宣讲", "新春第一课劳模工匠精神专题宣讲"),
    ],
)
def test_names_joined_by_ji_and_a_lecture_series(text: str, name: str) -> None:
    assert name in events(text)


def test_ji_before_no_event_head_joins_nothing() -> None:
    assert not any("表彰先进" in n for n in events("区总工会召开职工代表大会暨表彰先进"))


def test_the_names_of_a_pages_credit_lines_are_people() -> None:
    """文字：其木格　图片：张宇航 / 编辑：刘畅　审核：乌云其其格 / （…供稿　编辑：字春燕）."""
    text = "工作室将继续攻关。\n文字：其木格　图片：张宇航\n编辑：刘畅　审核：乌云其其格\n（金牛镇总工会供稿　编辑：字春燕）"
    got = {m.name for m in extract_text(text).mentions if m.type == "Person"}
    assert {"其木格", "张宇航", "刘畅", "乌云其其格", "字春燕"} <= got


@pytest.mark.parametrize("text", ["图：工人们在作业现场。", "编辑：本报记者部"])
def test_no_credit_name_in_a_caption_or_a_desk(text: str) -> None:
    assert not any(m.source == "person-credit-line" for m in extract_text(text).mentions)


@pytest.mark.parametrize(
    "text, name",
    [("工作人员在桂林路社区设立咨询台。", "桂林路社区"), ("他们走进长沙路社区开展服务。", "长沙路社区")],
)
def test_a_community_on_a_street_named_after_a_city_is_one_place(text: str, name: str) -> None:
    """桂林|路|社区: the city names the street (桂林路), it encloses nothing."""
    assert name in {m.name for m in extract_text(text).mentions if m.type == "Place"}


def test_a_place_enclosing_a_district_still_opens_it() -> None:
    assert {"普洱市", "思茅区"} <= {m.name for m in extract_text("普洱市思茅区举办活动。").mentions}


def _org_names(text: str) -> set[str]:
    return {m.key for m in extract_text(text).mentions if m.type in ("Company", "Organization")}


@pytest.mark.parametrize(("text", "kind"), [
    ("借款人交纳风险金后，贷款银行也要承担一部分损失。", "贷款银行"),   # the bank that lends: a kind
    ("镜头之三：民营医院，各有各的办法。", "民营医院"),                  # a kind of hospital
    ("其中，商贸集团的重组意在提高效益。", "商贸集团"),
])
def test_common_words_before_a_strong_head_name_a_kind_of_body(text: str, kind: str) -> None:
    assert kind not in _org_names(text)


@pytest.mark.parametrize(("text", "name"), [
    # an item of a list of bodies
    ("小组与省交通厅、林业厅、冶金工业总公司等９家单位签订了责任书。", "冶金工业总公司"),
    # the unit of the body named right before it
    ("国家体委举重运动管理中心主任王明提出了新的办法。", "举重运动管理中心"),
    # a body of the whole world
    ("这项比赛由世界大学生体育联合会主办。", "世界大学生体育联合会"),
    # the unit of a body named before 的, and a government department named by what it administers
    ("南岭师范大学的外国语学院开办了日语专业。", "外国语学院"),
    ("社会福利事务总署组织人员到敬老院慰问。", "社会福利事务总署"),
])
def test_common_words_before_a_strong_head_are_a_name_in_company(text: str, name: str) -> None:
    assert name in _org_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("南岭区总工会成立了“职工书画协会”，会长由王明担任。", "职工书画协会"),   # quoted: a name
    ("交流会由省政府办公厅召开。", "省政府办公厅"),                          # the unit of a body inside it
])
def test_a_quoted_name_or_a_unit_of_a_body_inside_it_stands(text: str, name: str) -> None:
    assert name in _org_names(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("现已发展非煤加工厂２４个，分流人员三千。", "发展非煤加工厂"),   # a count after: how many such bodies
    ("大家要加强排练，力争使联欢会办得更加热闹。", "力争使联欢会"),    # 力争, 使 govern what follows
    ("研讨会采取专家讲座与分组讨论相结合的办法。", "研讨会采取专家讲座"),
])
def test_counts_and_governing_verbs_end_no_name(text: str, wrong: str) -> None:
    assert wrong not in {m.text for m in extract_text(text).mentions}


def test_a_count_before_the_next_noun_leaves_the_name() -> None:
    assert "海河钢铁公司" in _org_names("海河钢铁公司３个分厂都完成了全年任务。")


@pytest.mark.parametrize(("text", "wrong"), [
    ("这项工作都应以社区为主，逐步推开。", "应以社区"),       # 应以 governs the place
    ("县领导到王庄乡两个特贫村走访慰问。", "特贫村"),         # a count of villages, not one
])
def test_a_governing_verb_or_a_count_before_a_place_head_names_no_place(text: str, wrong: str) -> None:
    assert wrong not in {m.text for m in extract_text(text).mentions if m.type == "Place"}


def test_a_place_after_a_verb_of_arrival_stands() -> None:
    assert "城南街道" in {m.text for m in extract_text("区总工会走进城南街道，慰问了困难职工。").mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("今年将推出ＡＢＣ杯乒乓球擂台赛和青年精英赛。", "ＡＢＣ杯乒乓球擂台赛"),   # a sponsor in Latin letters
])
def test_a_cups_sponsor_opens_the_events_name(text: str, name: str) -> None:
    assert name in {m.text for m in extract_text(text).mentions if m.type == "Event"}


@pytest.mark.parametrize("text", [
    "我们反对体育竞赛中的弄虚作假行为。",       # sports contests in general
    "只有通过公平竞赛，才能赢得尊重。",         # fair competition: a kind
])
def test_a_kind_of_contest_is_no_event(text: str) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "Event"]


@pytest.mark.parametrize(("text", "name"), [
    ("邀请市纺织（集团）公司、电气（集团）总公司参加。", "电气（集团）总公司"),   # the legal form in brackets
    ("华源纺织（集团）股份有限公司今天挂牌上市。", "华源纺织（集团）股份有限公司"),
    ("周恩来遗物陈列馆于今天落成。", "周恩来遗物陈列馆"),                         # named after a person
])
def test_bracketed_legal_forms_and_people_named_by_a_body_stay_in_its_name(text: str, name: str) -> None:
    assert name in {m.text for m in extract_text(text).mentions}


@pytest.mark.parametrize(("text", "name", "is_place"), [
    ("她每天把蔬菜运到西马营菜市场出售。", "西马营菜市场", True),     # a named market is a place
    ("他们又到城东农贸市场查看物价。", "城东农贸市场", True),
    ("要积极开拓农村市场和国际市场。", "农村市场", False),            # markets in the abstract are not
    ("我每天早上呼吸着新鲜空气走向农贸市场。", "新鲜空气走向农贸市场", False),   # a verb names no market
    ("到去年底，全国农副产品批发市场已有三千家。", "全国农副产品批发市场", False),  # every market of a kind
])
def test_named_markets_are_places(text: str, name: str, is_place: bool) -> None:
    places = {m.text for m in extract_text(text).mentions if m.type == "Place"}
    assert (name in places) is is_place


def test_the_subdistrict_federation_written_short_is_the_one_named() -> None:
    art = extract_text("长春市南关区桃源街道总工会开展慰问活动，街道总工会主席林红带领工作人员走访了快递网点。")
    feds = [m for m in art.mentions if m.type == "Federation"]
    assert [m.text for m in feds] == ["长春市南关区桃源街道总工会", "街道总工会"]
    assert len({m.key for m in feds}) == 1   # 街道总工会 is the one the story names
    assert not any(m.type == "Federation" for m in extract_text("各街道总工会要做好服务。").mentions)


@pytest.mark.parametrize("text, person, body", [
    # the dictionary splits the name (a surname, then a word of its own): 罗|汉江, 崔|建国
    ("湖南省科协副主席罗汉江云南省第二人民医院主治医师张立。", "张立", "云南省第二人民医院"),
    ("中山大学博士生崔建国广东省五华县文化馆副馆长王强。", "王强", "五华县文化馆"),
    # a title on the line before: the printed roll goes on across the line break
    ("海州县副县长\n杨本原海南医学院附属医院外科主任医师李平。", "李平", "海南医学院附属医院"),
    # an editor's title (副编审) before the name
    ("吉林省科协会堂副编审齐一民吉林省四平市中心人民医院医务科科长赵刚。", "赵刚", "四平市中心人民医院"),
])
def test_a_persons_name_the_dictionary_splits_ends_the_entry_before_a_body(text: str, person: str, body: str) -> None:
    found = extract_text(text)
    facts = {(r.head, r.relation, r.tail) for r in found.relations}
    # (the body, or its unit named whole with it: 某医院|医务科科长 works for the 科, the hospital inferred)
    assert any(h == person and r == "worksFor" and body in t and len(t) <= len(body) + 3 for h, r, t in facts), facts


@pytest.mark.parametrize("text, body", [
    ("江苏省交通厅副厅长王建国江苏省南京市长江大桥管理处。", None),  # a dictionary name before the place: as before
    ("新成立的工会主席黄河北京分公司的职工。", None),  # no title right before the surname: nothing cut
])
def test_a_split_name_needs_a_title_before_it(text: str, body: None) -> None:
    names = {m.name for m in extract_text(text).mentions}
    assert not any(n.startswith(("建国", "河北京")) for n in names)


def test_a_hospital_of_a_school_keeps_the_place_of_the_school() -> None:
    found = extract_text("院长张国平开封医学高等专科学校附属淮河医院院长陈明。")
    facts = {(r.head, r.relation, r.tail) for r in found.relations}
    assert ("陈明", "worksFor", "开封医学高等专科学校附属淮河医院") in facts


@pytest.mark.parametrize("text, event", [
    # 『』, the quotes of older print, quote a name as “” do
    ("市总工会、市妇联召开『情暖万家、爱心助学』活动动员会。", "情暖万家、爱心助学活动动员会"),
    ("区文化馆主办的『迎新春送春联』活动在广场举行。", "迎新春送春联活动"),
    # a year before the quote opens the name
    ("区文化馆主办的九八『迎新春送春联』活动在广场举行。", "九八迎新春送春联活动"),
    # the kinds of those honoured, listed before a commendation's head
    ("全省“两新”先进集体、先进个人表彰会昨天举行。", "全省两新先进集体、先进个人表彰会"),
])
def test_quoted_event_names_are_found_whole(text: str, event: str) -> None:
    names = {m.name for m in extract_text(text).mentions if m.type == "Event"}
    assert event in names, names


def test_a_list_before_an_ordinary_head_is_no_event_name() -> None:
    names = {m.name for m in extract_text("他获得了“五一”劳动奖章、职工技能大赛一等奖。").mentions if m.type == "Event"}
    assert not any("、" in n for n in names), names


@pytest.mark.parametrize("text, event", [
    ("市总工会主办的职工技能培养与企业文化建设研讨会今天召开。", "职工技能培养与企业文化建设研讨会"),
    ("由省总工会主办的产品开发与质量管理座谈会在海州举行。", "产品开发与质量管理座谈会"),
])
def test_two_topics_of_an_event_name_may_end_in_a_verb_its_noun_governs(text: str, event: str) -> None:
    names = {m.name for m in extract_text(text).mentions if m.type == "Event"}
    assert event in names, names


def test_an_awards_ceremony_may_say_at_length_what_it_awards() -> None:
    text = "“海河杯”全省游泳最佳运动员教练员评选揭晓颁奖大会今天在海州举行。"
    names = {m.name for m in extract_text(text).mentions if m.type == "Event"}
    assert "海河杯全省游泳最佳运动员教练员评选揭晓颁奖大会" in names, names


def test_a_long_run_of_words_after_a_quote_is_no_name_of_an_ordinary_meeting() -> None:
    text = "“海河杯”的获奖者们昨天下午来到市职工之家参加座谈会。"
    names = {m.name for m in extract_text(text).mentions if m.type == "Event"}
    assert not any(n.startswith("海河杯") and n.endswith("座谈会") for n in names), names


@pytest.mark.parametrize("text", ["失掉第一局，第二局开战后打得仍然不好。", "第二部曲是草原承包。"])
def test_an_ordinal_and_a_head_alone_name_no_body(text: str) -> None:
    assert [m.name for m in find_organisations(TokenIndex(text))] == []


def test_an_ordinal_bureau_of_a_named_body_is_still_found() -> None:
    assert "第十二工程局" in [m.name for m in find_organisations(TokenIndex("铁道部第十二工程局今天成立。"))]


@pytest.mark.parametrize("text", ["他们的友谊天长地久。", "他以备东山再起。"])
def test_an_idiom_opens_with_no_place(text: str) -> None:
    assert places(text) == []


def test_a_set_phrase_may_open_with_a_place() -> None:
    assert "中国" in places("他夺得了第二届中国围棋元老赛冠军")


def test_one_character_and_a_level_after_a_county_is_one_place() -> None:
    ms = [m for m in resolve_overlaps(find_places(TokenIndex("灌溉体系已在大田庄乡初步形成"))) if m.name == "大田庄乡"]
    assert ms and not ms[0].parts


@pytest.mark.parametrize(("text", "place", "piece"), [
    ("并在青州湾街道新建两个服务站。", "青州湾街道", "湾街道"),      # jieba: 青州|湾|街道
    ("工人们正在洪泽湖大堤下坡处施工。", "洪泽湖大堤", "湖大堤"),
    ("车队驶过嘉陵江大桥。", "嘉陵江大桥", "江大桥"),
])
def test_one_character_after_a_place_names_its_feature_not_a_place_inside(text: str, place: str, piece: str) -> None:
    names = [m.name for m in extract_text(text).mentions if m.type == "Place"]
    assert place in names and piece not in names


@pytest.mark.parametrize(("text", "whole", "pieces"), [
    ("客机在青州国际机场降落。", ["青州国际机场"], ["国际机场"]),        # a kind alone: the place's airport
    ("客机在青州市桃溪国际机场降落。", ["青州市", "桃溪国际机场"], []),  # a rare word names the airport
])
def test_a_facility_named_by_its_kind_stays_with_its_place(text: str, whole: list[str], pieces: list[str]) -> None:
    names = [m.name for m in extract_text(text).mentions if m.type == "Place"]
    assert all(w in names for w in whole) and not any(p in names for p in pieces)


@pytest.mark.parametrize(("text", "units"), [
    ("他来到射阳县海河镇调研。", ["射阳县", "海河镇"]),   # two words before the head: a town in its county
    ("他来到大连市金州区调研。", ["大连市", "金州区"]),
])
def test_a_town_of_two_characters_after_its_county_is_still_split(text: str, units: list[str]) -> None:
    assert [m.name for m in extract_text(text).mentions if m.type == "Place"] == units


@pytest.mark.parametrize(("text", "wanted"), [("３２个分布在中西部地区。", []), ("南部和伊拉克北部地区的库尔德人", ["伊拉克"]),
                                            ("西北地区东南部降雪", ["西北地区"])])
def test_a_quarter_of_a_place_is_no_place_of_its_own(text: str, wanted: list[str]) -> None:
    assert places(text) == wanted


def test_meeting_about_an_event_is_named_by_it():
    """EVENT + topic + a meeting's head, said to be held: one gathering named by the event it is about."""
    assert "南岭市职代会三届二次会议优秀提案表彰座谈会" in events("南岭市职代会三届二次会议优秀提案表彰座谈会今天在市工人文化宫举行。")
    assert "第四届东岭杯职工技能大赛总结表彰会" in events("区总工会举行了第四届东岭杯职工技能大赛总结表彰会。")


def test_event_framing_a_clause_names_no_meeting_about_it():
    """在EVENT上 …: the event frames the clause; and a topic without a held gathering names none."""
    assert not any(n.startswith("第四届东岭杯职工技能大赛") and n.endswith("会") and n != "第四届东岭杯职工技能大赛"
                   for n in events("他在第四届东岭杯职工技能大赛上获奖的消息传到了座谈会。"))
    assert not any(n.endswith("座谈会") for n in events("南岭市职代会三届二次会议提案办理座谈会的材料已经印好。"))


def test_year_after_zai_is_a_contests_edition():
    """在2031年南岭市职工技能大赛中: the year opens the contest's name; before a meeting it does not."""
    assert "2031年南岭市职工技能大赛" in events("赵强在2031年南岭市职工技能大赛中获得第一名。")
    assert not any(n.startswith("2031年") for n in events("在2031年南岭市工会工作会议上，他作了报告。"))


def test_meeting_name_with_listed_fields_and_bracketed_kind():
    """全国X、Y、Z系统A（B）会议日前在京召开: the scope's list of fields and the bracketed second kind
    of attendee are the meeting's name; a list without a scope before it is not taken in."""
    assert "全省交通、水利、电力系统处长（主任）会议" in events("全省交通、水利、电力系统处长（主任）会议日前在南岭召开。")
    assert not any("、" in n for n in events("他分管交通、水利、电力系统处长会议日前在南岭召开。"))


def test_anniversary_inside_an_events_name():
    """纪念…百年系列活动, 成立５０周年庆典, 诞辰９０周年大会: the anniversary an event marks is part of its name;
    a count of years said of a person is none."""
    assert "东岭市纪念建厂百年系列活动" in events("它为东岭市纪念建厂百年系列活动拉开了序幕。")
    assert "东岭县成立５０周年庆典" in events("该剧曾被选定为东岭县成立５０周年庆典献礼剧目。")
    assert "纪念张建国诞辰９０周年大会" in events("纪念张建国诞辰９０周年大会在京举行。")
    assert not any("30年" in n for n in events("他扎根岗位30年表彰大会上受到表扬。"))


def test_year_after_zai_before_a_time_phrase_is_the_time():
    """在2031年南岭网球公开赛回归之际: the year dates the sentence, the contest is named without it."""
    assert not any(n.startswith("2031年") for n in events("在2031年南岭网球公开赛回归之际，工会组织职工前往观赛。"))
