"""The trained tagger and the grammar vote on name boundaries (uniongraph.extraction.voting)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.extraction.voting import reconcile
from uniongraph.model import Article, Mention


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.key, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("牛长江是中原陆港物流园联合工会的会员。", ("牛长江", "Person"), ("长江", "Place")),
    ("海河区总工会举办第三届职工技能大赛。王立新、李华等参加了比赛。", ("李华", "Person"), ("李华等", "Person")),
    ("海河区总工会举办第三届职工技能大赛，李华出席开幕式。", ("李华", "Person"), ("李华出席开幕式", "Event")),
])
def test_the_tagger_settles_where_a_name_ends(text: str, wanted: tuple[str, str], unwanted: tuple[str, str]) -> None:
    names = _names(text)
    assert wanted in names
    assert unwanted not in names


@pytest.mark.parametrize("text", ["他喜欢唐诗，是书屋的常客。", "职工们在车间里认真学习技术。"])
def test_common_words_are_not_people(text: str) -> None:
    assert not any(t == "Person" for _, t in _names(text))


def test_grammar_names_keep_their_heads_and_boundaries() -> None:
    names = _names("近日，中关村科学城总工会开启迎新春送温暖系列活动。")
    assert ("中关村科学城总工会", "Federation") in names
    assert not any(n.startswith("开启中关村") for n, _ in names)


def test_a_grammar_person_crossing_a_tagger_span_is_dropped() -> None:
    text = "王思报道了这次活动。"
    idx = TokenIndex(text)
    grammar = [Mention(0, 3, "王思报", "Person", "王思报", "person-context")]
    out = reconcile(grammar, [(0, 2, "PER")], idx, load_lexicons())
    assert [(m.name, m.source) for m in out] == [("王思", "tagger")]


def test_tagger_organisations_need_a_head_and_fill_only_gaps() -> None:
    text = "写春联的海河钢铁集团有限公司和海河区总工会。"
    idx = TokenIndex(text)
    grammar = [Mention(15, 21, "海河区总工会", "Federation", "海河区总工会", "org-grammar")]
    spans = [(0, 3, "ORG"), (4, 14, "ORG"), (13, 21, "ORG")]  # no head; a company; crosses the grammar's
    out = reconcile(grammar, spans, idx, load_lexicons())
    assert {(m.name, m.type, m.source) for m in out} == {
        ("海河区总工会", "Federation", "org-grammar"), ("海河钢铁集团有限公司", "Company", "tagger")}


def test_punctuation_is_trimmed_from_tagger_spans() -> None:
    text = "（记者 沈立）近日活动举行。"
    out = reconcile([], [(4, 7, "PER")], TokenIndex(text), load_lexicons())
    assert [m.name for m in out] == ["沈立"]


def test_a_tagger_organisation_without_a_head_is_kept_unless_an_ordinary_word_or_a_phrase() -> None:
    text = "华为与中建八局签订合作协议，写春联。"
    lex = load_lexicons()
    kept = reconcile([], [(0, 2, "ORG"), (3, 7, "ORG"), (7, 9, "ORG"), (14, 17, "ORG")], TokenIndex(text), lex)
    names = {(m.name, m.type) for m in kept}
    assert ("华为", "Organization") in names and ("中建八局", "Organization") in names
    assert not {n for n, _ in names if n in ("签订", "写春联")}  # an ordinary word; a verb phrase


def test_a_tagger_organisation_named_after_places_wins_over_the_places() -> None:
    # the written span wins (the alias stage may then name it without its places and say where
    # it is: that place is read off the name, it is no rival span)
    mentions = [m for m in extract_text("北京石景山发电总厂是骨干企业。").mentions if m.source != "place-prefix"]
    assert {(m.name, m.type) for m in mentions} == {("北京石景山发电总厂", "Company")}


def test_a_tagger_organisation_over_another_kind_of_name_does_not() -> None:
    text = "海河钢铁集团工会主席赵立新说。"
    lex = load_lexicons()
    union = Mention(0, 8, "海河钢铁集团工会", "TradeUnion", "海河钢铁集团工会", "org-grammar")
    kept = reconcile([union], [(0, 6, "ORG")], TokenIndex(text), lex)  # the company inside the union's name
    assert [(m.name, m.type) for m in kept] == [("海河钢铁集团工会", "TradeUnion")]


@pytest.mark.parametrize(("text", "name"), [
    ("党委书记方圆等出席了开幕式。", "方圆"),      # jieba: a common noun
    ("副主席何方等出席了开幕式。", "何方"),        # jieba: a pronoun
    ("厂长金山等出席了开幕式。", "金山"),          # the gazetteer: a place
])
def test_after_a_title_the_taggers_person_stands(text: str, name: str) -> None:
    assert (name, "Person") in _names(text)


@pytest.mark.parametrize(("text", "word"), [
    ("这片土地方圆十里都是麦田。", "方圆"),        # no title before it
    ("他到金山考察。", "金山"),
])
def test_without_a_title_the_word_is_no_person(text: str, word: str) -> None:
    assert (word, "Person") not in _names(text)


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("在七里坪机务段，党委书记赵立新说。", "七里坪机务段", "Organization"),   # a numeral opens the place
    ("别看南岭人寿保险有限公司规模小，服务却好。", "南岭人寿保险有限公司", "Company"),
])
def test_names_start_where_the_name_does(text: str, name: str, type_: str) -> None:
    assert (name, type_) in _names(text)


@pytest.mark.parametrize("text", [
    "这是党和政府所关心的事。",        # 所 before a verb is a particle, no 研究所
    "市卫生局分别组织１０家医院进行义诊。",  # a counted kind of body, not one
])
def test_no_organisation_from_a_particle_or_a_count(text: str) -> None:
    names = _names(text)
    assert not any(n.endswith(("所", "家医院")) for n, _ in names)
    assert ("家医院", "Organization") not in names


def test_a_city_jieba_calls_an_adverb_is_a_place_in_a_list_of_places() -> None:
    names = _names("市总工会先后在大连、昆明和北京召开座谈会。")
    assert ("大连", "Place") in names


def test_the_adverb_outside_a_list_is_no_place() -> None:
    assert not any(t == "Place" for _, t in _names("他大连续工作了十天。"))


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("八届全国政协副主席赵立新出席。", ("全国政协", "Organization"), ("八届全国政协", "Organization")),
    ("要做好战略部署。", None, ("战略部署", "Organization")),
    ("他们在南岭开设分行。", None, ("南岭开设分行", "Company")),
])
def test_no_term_number_verb_or_deploying_in_an_organisations_name(text, wanted, unwanted) -> None:
    names = _names(text)
    assert unwanted not in names
    if wanted:
        assert wanted in names


@pytest.mark.parametrize(("text", "name"), [
    ("６０年代初，周恩来总理在一次会见时说。", "周恩来"),     # a title after a name jieba calls a time word
    ("南岭市公安局局长关云瀛！", "关云瀛"),                  # a leader's title before a dictionary name
])
def test_a_title_vouches_for_a_name(text: str, name: str) -> None:
    assert (name, "Person") in _names(text)


def test_a_profession_before_a_verb_is_no_name() -> None:
    assert ("慕名", "Person") not in _names("记者慕名前往大庆油田采访。")


@pytest.mark.parametrize("text", [
    "高举邓小平理论伟大旗帜。", "坚持马克思列宁主义、毛泽东思想。",
    "坚持以毛泽东军事思想为指导。",          # a doctrine of one field
    "他潜心收藏毛泽东著作。",                # writings
    "职工一起学习《邓小平文选》。",          # a book's title
    "一场“学雷锋义卖”开始了。",              # a model to learn from, named as a campaign
])
def test_a_name_inside_a_doctrine_is_no_person(text: str) -> None:
    # (a model's or a title's name may stay a flat NER name, marked modifier: no entity)
    assert not any(m.type == "Person" and not m.modifier for m in extract_text(text).mentions)


@pytest.mark.parametrize("text, name", [
    ("邓小平同志指出，要发展。", "邓小平"),
    ("王强说要解放思想。", "王强"),          # 思想 after a verb: no doctrine
    ("他向王立新学习。", "王立新"),          # learning from someone named after 向
])
def test_the_person_outside_the_doctrine_is_one(text, name) -> None:
    assert (name, "Person") in _names(text)


def test_a_tagger_place_running_from_a_name_across_a_preposition_is_refused() -> None:
    from uniongraph.extraction.pipeline import extract_text

    found = {(m.name, m.type) for m in extract_text("经过深思熟虑，马德海给自治区的领导写了一封信。").mentions}
    assert not any(t == "Place" and "给" in n for n, t in found)


def test_the_longest_organisation_head_is_found_whatever_its_length() -> None:
    from uniongraph.extraction.lexicon import load_lexicons
    from uniongraph.extraction.names import org_head

    lex = load_lexicons()
    longest = max(lex.org_heads, key=len)
    assert org_head("南岭集团" + longest, lex) == longest  # (a head of seven characters was missed)
    assert org_head("南岭集团工会工作委员会", lex) == "工会工作委员会"


@pytest.mark.parametrize(("text", "place"), [("他来到烟台开展慰问活动。", "烟台"), ("合肥是安徽的省会。", "合肥")])
def test_the_tagger_vouches_for_a_city_jieba_tags_an_ordinary_noun(text: str, place: str) -> None:
    assert (place, "Place") in _names(text)


@pytest.mark.parametrize("text", ["矿区职工生活改善了。", "城区道路拓宽了。"])
def test_an_ordinary_word_that_names_a_district_somewhere_stays_a_word(text: str) -> None:
    assert not [n for n, t in _names(text) if t == "Place"]


def test_a_credit_label_says_where_a_name_ends_whatever_the_tagger_reads() -> None:
    """图片：张宇航编辑：刘畅 (lines the reader joined): the label and the next one bound the name."""
    from uniongraph.extraction.pipeline import extract_text

    names = {m.name for m in extract_text("推动公司发展。\n文字：其木格　图片：张宇航编辑：刘畅　审核：乌云其其格").mentions
             if m.type == "Person"}
    assert {"张宇航", "刘畅", "乌云其其格"} <= names and "张宇" not in names


@pytest.mark.parametrize(("text", "place"), [
    ("当时不少法国人将这家饮料厂视为民族骄傲。", "法国"),
    ("她以2∶1战胜福建籍选手林菱。", "福建"),
])
def test_a_place_glued_to_a_people_word_is_a_modifier_place(text: str, place: str) -> None:
    """jieba reads 法国人 as one word; the tagger's 法国 is a flat NER name written as a modifier,
    no Place of the graph."""
    found = [m for m in extract_text(text).mentions if m.text == place]
    assert [(m.type, m.modifier) for m in found] == [("Place", True)]


@pytest.mark.parametrize("text", ["法国人口增长缓慢。", "他在法国工作多年。"])
def test_a_place_that_is_the_area_is_no_modifier(text: str) -> None:
    found = [m for m in extract_text(text).mentions if m.text == "法国"]
    assert [(m.type, m.modifier) for m in found] == [("Place", False)]


@pytest.mark.parametrize(("text", "body"), [
    ("美国财政部长鲁宾说，美元将走强。", "美国财政部"),
    ("该书作者辽宁省铁岭市教委副主任傅东缨说。", "辽宁省铁岭市教委"),
])
def test_a_tagger_body_of_places_then_a_grammar_body_is_proposed(text: str, body: str) -> None:
    """The grammar took the places apart from the body (before a title sharing its head: 财政部|长);
    the tagger's span, places then the body, is the body's name."""
    assert (body, "Organization") in {(m.text, m.type) for m in extract_text(text).mentions}


def test_places_then_a_body_needs_places_only_before_the_body() -> None:
    text = "中国和美国财政部官员会谈。"
    idx = TokenIndex(text)
    lex = load_lexicons()
    grammar = [Mention(0, 2, "中国", "Place", "中国", "gazetteer"), Mention(3, 5, "美国", "Place", "美国", "gazetteer"),
               Mention(5, 8, "财政部", "Organization", "财政部", "org-grammar")]
    out = reconcile(grammar, [(0, 8, "ORG")], idx, lex)  # 和 between the places: no one name
    assert not any(m.source == "tagger" for m in out)
    out = reconcile(grammar, [(3, 8, "ORG")], idx, lex)
    assert ("美国财政部", "tagger") in {(m.text, m.source) for m in out}


@pytest.mark.parametrize(("text", "team"), [
    ("目前申花队、雅琪队和寰岛队同积8分。", "申花队"),
    ("力宝队将迎战首战负于葡萄牙队的巴西队。", "葡萄牙队"),
])
def test_a_tagger_team_named_by_a_proper_word_is_an_organisation(text: str, team: str) -> None:
    assert (team, "Organization") in {(m.text, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", ["男队和女队都进入了决赛。", "主队以2比1获胜，客队不服。"])
def test_a_team_named_by_its_kind_is_no_name(text: str) -> None:
    out = reconcile([], [(0, 2, "ORG"), (3, 5, "ORG")], TokenIndex(text), load_lexicons())
    assert out == []


@pytest.mark.parametrize(("text", "body"), [
    ("他在代表大会上被选为中央顾问委员会委员。", "中央顾问委员会"),
    ("偿付原告南县新能综合经营部15万元货款。", "南县新能综合经营部"),
])
def test_an_organisation_does_not_run_back_over_common_words(text: str, body: str) -> None:
    names = {m.text for m in extract_text(text).mentions}
    assert body in names
    assert not any(n.endswith(body) and n != body for n in names)


def test_an_organisation_keeps_the_level_place_or_direction_that_opens_it() -> None:
    lex = load_lexicons()
    for text, start in (("市总工会主席王立新出席。", 1), ("西方七国集团将密切注视。", 2), ("北京龙湖置业有限公司成立。", 2)):
        idx = TokenIndex(text)
        end = text.index("主席") if "主席" in text else text.index("将") if "将" in text else text.index("成立")
        grammar = [Mention(0, end, text[:end], "Organization", text[:end], "org-grammar")]
        out = reconcile(grammar, [(start, end, "ORG")], idx, lex)
        assert (text[:end], "org-grammar") in {(m.text, m.source) for m in out}


@pytest.mark.parametrize(("text", "name"), [
    ("巴西足球队教练扎加洛今天分析了比赛。", "扎加洛"),
    ("忽然见老舍先生扶着手杖进来。", "老舍"),
])
def test_a_tagger_person_jieba_knows_as_another_word_is_vouched_for_by_a_title_or_address(text: str, name: str) -> None:
    idx = TokenIndex(text)
    start = text.index(name)
    out = reconcile([], [(start, start + len(name), "PER")], idx, load_lexicons())
    assert [(m.text, m.type) for m in out] == [(name, "Person")]


@pytest.mark.parametrize(("text", "word"), [("对公民的名誉权、肖像权等造成侵害。", "肖像权"), ("排列成阵的樟子松，自南而北。", "樟子松")])
def test_a_word_without_title_or_address_is_no_tagger_person(text: str, word: str) -> None:
    start = text.index(word)
    assert reconcile([], [(start, start + len(word), "PER")], TokenIndex(text), load_lexicons()) == []


@pytest.mark.parametrize(("text", "place"), [
    ("天津世界体操锦标赛将于明年举行。", "天津"),
    ("保加利亚南部城市举办《中国在发展》图片展。", "中国"),
])
def test_a_place_inside_an_event_name_is_a_modifier_place(text: str, place: str) -> None:
    """Flat NER schemes tag the place inside an event's name; the graph gets no Place from it."""
    art = extract_text(text)
    found = [m for m in art.mentions if m.text == place]
    assert [(m.type, m.modifier) for m in found] == [("Place", True)]
    assert any(m.type == "Event" and m.start <= found[0].start and found[0].end <= m.end for m in art.mentions)


def test_a_place_outside_any_event_name_stays_a_place_of_the_graph() -> None:
    art = extract_text("北京市第三届职工技能大赛在海河区举行。")
    assert [(m.text, m.modifier) for m in art.mentions if m.text == "海河区"] == [("海河区", False)]
    assert [(m.text, m.modifier) for m in art.mentions if m.text == "北京市"] == [("北京市", True)]


def test_a_dictionary_place_needs_the_tagger_to_see_a_place() -> None:
    """西瓜 is a place to jieba's dictionary only: no Place; the gazetteer's and the tagger's places stay."""
    from uniongraph.extraction.pipeline import extract_text

    assert not [m for m in extract_text("工作人员为骑手送去西瓜、毛巾等防暑用品。").mentions if m.type == "Place"]
    assert "井冈山" in {m.name for m in extract_text("他们来到井冈山革命根据地参观。").mentions if m.type == "Place"}


@pytest.mark.parametrize(("text", "name", "unwanted"), [
    # the tagger's span opens on the last character of a noun (将军): the name starts after it
    ("已身患重病的老将军林远临终前对儿子说。", "林远", "军林远"),
    ("老将军林遵临终前对女儿说。", None, "军林"),  # 将|军林: no name at all
    # a copula after a two-character name ends no name: 崔淼是 → 崔淼
    ("１４岁的崔淼是八十中学初二（２）班的班长。", "崔淼", "崔淼是"),
    # nor the first character of a form of address after it: 冯阿|姨
    ("“我代奶奶谢谢冯阿姨了。”小明说。", None, "冯阿"),
])
def test_the_taggers_person_loses_a_nouns_tail_and_a_copula(text: str, name: str | None, unwanted: str) -> None:
    persons = {k for k, t in _names(text) if t == "Person"}
    assert unwanted not in persons
    if name is not None:
        assert name in persons


@pytest.mark.parametrize(("text", "word"), [
    ("新桥梁有许多极高的高墩台、大跨度钢梁。", "高墩台"),     # 高 + a frequent noun
    ("在雪山的那一边，是一片草原。", "那一边"),               # 那 + an adverb
    ("他把菜运回自家的铁棚后，又去了市场。", "铁棚后"),        # a localiser ends no given name
    ("“谢谢丁阿姨。”孩子们齐声说。", "谢谢丁"),              # 谢谢 opens no name
    ("货轮首次驶抵新建成的常州港，结束了无港口的历史。", "常州港"),   # one place word
])
def test_a_surname_like_character_and_an_ordinary_word_name_nobody(text: str, word: str) -> None:
    assert (word, "Person") not in _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("获奖的李德明、王强走上领奖台。", "李德明"),    # the same context with a given name stands
    ("会议由厂长王建国主持。", "王建国"),
])
def test_given_names_that_are_no_ordinary_words_stand(text: str, name: str) -> None:
    assert (name, "Person") in _names(text)


def test_a_tagger_place_ends_before_a_frequent_word_it_would_split() -> None:
    from uniongraph.extraction.voting import _before_a_split_word

    lex = load_lexicons()
    text = "采茶季节，南华县大量务工人员涌入茶园。"
    idx = TokenIndex(text)
    s = text.index("南华县")
    assert _before_a_split_word(idx, s, s + 4, lex) == s + 3      # 南华县大|量: 大量 is one word
    assert _before_a_split_word(idx, s, s + 3, lex) == s + 3      # a span on word boundaries stays
    gov = "美国财政部长鲁宾说。"
    assert _before_a_split_word(TokenIndex(gov), 0, 5, lex) == 5  # 财政部|长: a head before a title
    # and in the whole pipeline
    assert not any(k.startswith("宾川县大") for k, _ in _names("采摘季，宾川县大量务工人员来到果园。"))


def test_a_count_glued_to_a_level_names_no_team() -> None:
    names = _names("来自全省12个市代表队的80名选手参加了比赛。")
    assert not any("代表队" in k for k, _ in names)


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("南岭客运有限公司驾驶员孟庆和当选联合工会主席。", "孟庆和", "孟庆"),   # a verb after 和: it ends the name
    ("工会主席张德和李明出席会议。", "张德", "张德和"),                    # a name after 和: a conjunction
    ("王芳和来访的南岭市代表团举行了会谈。", "王芳", "王芳和"),            # a verb before 的: a conjunction
])
def test_a_name_ends_in_he_only_before_a_verb(text: str, name: str, wrong: str) -> None:
    persons = {k for k, t in _names(text) if t == "Person"}
    assert name in persons
    assert wrong not in persons


@pytest.mark.parametrize("text, body", [
    ("第二届鲁迅文学奖评奖委员会副主任王立新接受采访。", "第二届鲁迅文学奖评奖委员会"),
    ("记者采访了首届海河音乐奖评奖委员会主任李明。", "首届海河音乐奖评奖委员会"),
])
def test_an_events_edition_stays_in_the_name_of_its_committee(text: str, body: str) -> None:
    from uniongraph.extraction.pipeline import extract_text

    facts = {(r.head, r.relation, r.tail) for r in extract_text(text).relations}
    assert any(r == "worksFor" and t == body for h, r, t in facts), facts


def test_a_standing_bodys_term_is_no_edition_of_an_event() -> None:
    from uniongraph.extraction.voting import _edition_of_an_event

    assert not _edition_of_an_event("八届全国人大常委会", 0, 2)
    assert _edition_of_an_event("第四届茅盾文学奖评奖委员会", 0, 3)


@pytest.mark.parametrize(("text", "name"), [
    ("国务委员罗明携夫人出席了招待会。", "罗明"),   # 携 (bringing) follows a name, ends none
    ("王立携家人参加了义务植树活动。", "王立"),
])
def test_xie_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    persons = {k for k, t in _names(text) if t == "Person"}
    assert name in persons and name + "携" not in persons



@pytest.mark.parametrize(("text", "name"), [
    ("对于巴金来说，友情从来最重要。", "巴金"),        # jieba: a rare place word
    ("所以，扎加洛决意调用新的队员。", "扎加洛"),
    ("这种做法可以追溯到里根和布什的时代。", "里根"),
    ("在野党结盟要求桥本下台。", "桥本"),                # jieba: a rare noun of two characters
])
def test_a_rare_place_word_of_jieba_the_tagger_reads_as_a_person_is_one(text: str, name: str) -> None:
    assert (name, "Person") in _names(text)


@pytest.mark.parametrize(("text", "word"), [("他81岁的哥哥来到北京。", "哥哥"), ("这个地区包括甘孜、阿坝等地。", "甘孜")])
def test_a_frequent_word_or_a_known_place_is_no_tagger_person(text: str, word: str) -> None:
    start = text.index(word)
    out = reconcile([], [(start, start + len(word), "PER")], TokenIndex(text), load_lexicons())
    assert not [m for m in out if m.type == "Person"]


def test_a_rare_place_word_that_names_a_firm_of_the_text_is_no_person() -> None:
    text = "伊利集团总经理说，伊利出身低微。"
    grammar = [Mention(0, 4, "伊利集团", "Company", "伊利集团", "org-grammar")]
    out = reconcile(grammar, [(9, 11, "PER")], TokenIndex(text), load_lexicons())
    assert [(m.text, m.type) for m in out] == [("伊利集团", "Company")]
    # without the firm, the tagger's reading stands
    out = reconcile([], [(9, 11, "PER")], TokenIndex(text), load_lexicons())
    assert [(m.text, m.type) for m in out] == [("伊利", "Person")]


@pytest.mark.parametrize(("text", "name"), [
    ("张连起决定创办玉兰香烹饪技术学校，努力为社会服务。", "玉兰香烹饪技术学校"),
    ("李刚决定创办蓝天电脑培训学校，为下岗职工服务。", "蓝天电脑培训学校"),
    ("县政协副主席兼县粮食局局长张华出席。", "县粮食局"),
    ("市体委接获中国登山协会关于参加比赛的通知。", "中国登山协会"),
])
def test_a_clause_before_where_the_tagger_starts_an_organisation_is_no_part_of_its_name(text: str, name: str) -> None:
    # (a short form of the home region, 兼|县粮食局, keeps its article as a qualifier: 县粮食局（…）)
    names = {n.split("（")[0] for n, t in _names(text) if t != "Event"}
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


def test_a_trade_word_jieba_calls_a_verb_is_no_clause_before_a_unit() -> None:
    """青禾|快递|城南分拣中心: the tagger starts the name at the place, the grammar at the brand; 快递
    is the brand's trade (a name word), not a clause's verb, so the grammar's whole name stands."""
    text = "经选举，青禾快递城南分拣中心负责人王立新当选主席。"
    start = text.index("青禾")
    grammar = [Mention(start, start + 10, "青禾快递城南分拣中心", "Organization", "青禾快递城南分拣中心", "org-grammar")]
    out = reconcile(grammar, [(start + 4, start + 10, "ORG")], TokenIndex(text), load_lexicons())
    assert "青禾快递城南分拣中心" in {m.text for m in out}
    # a clause's verb still ends the name where the tagger starts it
    assert "蓝天电脑培训学校" in {n for n, _ in _names("李刚决定创办蓝天电脑培训学校，为下岗职工服务。")}


def test_a_branch_after_its_firm_keeps_the_firm_in_its_name() -> None:
    text = "吉运快递有限公司朝阳营业部快递员于海洋当选副主席。"
    grammar = [Mention(0, 13, "吉运快递有限公司朝阳营业部", "Company", "吉运快递有限公司朝阳营业部", "org-grammar")]
    out = reconcile(grammar, [(0, 8, "ORG"), (8, 13, "ORG")], TokenIndex(text), load_lexicons())
    assert ("吉运快递有限公司朝阳营业部", "Company") in {(m.text, m.type) for m in out}


def test_a_district_committee_whose_secretary_follows_keeps_its_head() -> None:
    text = "1995年起任中共长沙市芙蓉区区委书记。"
    s = text.index("中共")
    out = reconcile([], [(s, s + 10, "ORG")], TokenIndex(text), load_lexicons())
    assert [m.text for m in out] == ["中共长沙市芙蓉区区委"]


def test_a_founding_verb_ends_an_organisations_name_on_its_left() -> None:
    names = {n for n, t in _names("李刚决定创办蓝天电脑培训学校，为下岗职工服务。") if t != "Person"}
    assert "蓝天电脑培训学校" in names
    assert not any(n.startswith("李刚") for n in names)


def test_a_surname_alone_is_a_flat_name_but_no_entity() -> None:
    art = extract_text("李大妈身体不好，周总理来看望她。")
    flat = [(m.text, m.type, m.modifier) for m in art.mentions if m.source == "tagger-surname"]
    assert ("李", "Person", True) in flat and ("周", "Person", True) in flat
    from uniongraph.extraction.merge import PartialGraph
    assert not {"李", "周"} & set(PartialGraph.of([art]).groups)


def test_a_surname_inside_a_name_is_no_flat_person() -> None:
    art = extract_text("李华出席了会议。")
    assert [m.text for m in art.mentions if m.type == "Person"] == ["李华"]


def test_an_organisations_word_before_a_title_is_no_person() -> None:
    text = "索尼亚参加竞选反应强烈。国大党主席凯斯里对此表示欢迎。"
    names = _names(text)
    assert ("国大党", "Person") not in names
    assert ("凯斯里", "Person") in names


def test_a_name_repeated_inside_a_doctrine_is_no_person() -> None:
    art = extract_text("邓小平同志是伟大的。我们要高举邓小平理论伟大旗帜。")
    assert len([m for m in art.mentions if m.type == "Person"]) == 1


def test_a_person_named_in_a_title_or_as_a_model_is_a_flat_name_but_no_entity() -> None:
    art = extract_text("他完成了这篇《怀念曹禺》。全厂开展学雷锋活动。")
    flat = {(m.text, m.modifier) for m in art.mentions if m.type == "Person"}
    assert flat == {("曹禺", True), ("雷锋", True)}
    from uniongraph.extraction.merge import PartialGraph
    assert not {"曹禺", "雷锋"} & set(PartialGraph.of([art]).groups)


def test_a_person_in_a_doctrines_name_is_no_flat_name() -> None:
    assert not [m for m in extract_text("我们要高举邓小平理论伟大旗帜。").mentions if m.type == "Person"]


@pytest.mark.parametrize("text", [
    "我们要坚持马克思列宁主义、毛泽东思想。", "高举邓小平理论伟大旗帜。", "他研究凯恩斯主义多年。",
    "学习《邓小平理论》一书。",                # the fixed term in a title too
])
def test_the_author_of_a_bare_doctrine_is_no_flat_name(text: str) -> None:
    # PFR leaves the name of the fixed terms out (邓小平理论, 马克思主义 are one word to it)
    assert not [m for m in extract_text(text).mentions if m.type == "Person"]


@pytest.mark.parametrize(("text", "name"), [
    ("要坚持以毛泽东军事思想为指导。", "毛泽东"),          # a doctrine of a field
    ("深入学习邓小平新时期军队建设思想。", "邓小平"),
    ("他潜心收藏毛泽东著作。", "毛泽东"),                    # writings
    ("职工一起学习《邓小平文选》。", "邓小平"),              # writings in a title
])
def test_the_author_of_a_fields_doctrine_or_of_writings_is_a_flat_name_but_no_entity(text: str, name: str) -> None:
    art = extract_text(text)
    assert (name, True) in {(m.text, m.modifier) for m in art.mentions if m.type == "Person"}
    from uniongraph.extraction.merge import PartialGraph
    assert name not in PartialGraph.of([art]).groups


@pytest.mark.parametrize(("text", "name"), [
    ("国家体委联合举办了“学习李素丽爱岗敬业再创佳绩”报告会，全体人员参加。", "李素丽"),
    ("《罗荣桓军事文选》出版座谈会今天在京举行。", "罗荣桓"),
])
def test_a_flat_person_inside_an_events_name_stays_a_flat_name(text: str, name: str) -> None:
    art = extract_text(text)
    assert any(m.type == "Event" and name in m.text for m in art.mentions)
    assert (name, True) in {(m.text, m.modifier) for m in art.mentions if m.type == "Person"}
    from uniongraph.extraction.merge import PartialGraph
    assert name not in PartialGraph.of([art]).groups


def test_a_person_taking_part_is_no_flat_name_of_an_event() -> None:
    # the event's speaker stays an entity; a name only partly inside an event's name is not added
    art = extract_text("李华在“学雷锋”报告会上发言。")
    assert ("李华", False) in {(m.text, m.modifier) for m in art.mentions if m.type == "Person"}


@pytest.mark.parametrize(("text", "wrong"), [("外交部发言人谈明年外交工作重点。", "谈明年"),
                                           ("莫伊总统曾下令将收缴的武器销毁。", "曾下令"),
                                           ("他和克林顿总统于去年３月会晤。", "于去年")])
def test_a_function_word_after_a_title_opens_no_name(text: str, wrong: str) -> None:
    assert (wrong, "Person") not in _names(text)


@pytest.mark.parametrize(("text", "name"), [("市长应勇出席会议。", "应勇"), ("主持人于丹说，要读经典。", "于丹")])
def test_a_surname_that_is_also_a_function_word_still_opens_a_name(text: str, name: str) -> None:
    assert (name, "Person") in _names(text)


def test_a_common_word_repeated_as_a_name_needs_the_tagger() -> None:
    text = "工人用激光扫描金属膜，王立新表示同意。"
    s, n = text.index("金属膜"), text.index("王立新")
    grammar = [Mention(s, s + 3, "金属膜", "Person", "金属膜", "person-same-name"),
               Mention(n, n + 3, "王立新", "Person", "王立新", "person-same-name")]
    out = reconcile(grammar, [], TokenIndex(text), load_lexicons())
    assert [m.text for m in out if m.source == "person-same-name"] == ["王立新"]


@pytest.mark.parametrize(("text", "person", "body"), [
    ("发展的关键王廷帅徐州华润电力公司总经理。", "王廷帅", "徐州华润电力公司"),
    ("宫志峰山东师范大学教授。", "宫志峰", "山东师范大学"),
])
def test_a_person_before_a_body_the_tagger_starts_is_no_part_of_its_name(text: str, person: str, body: str) -> None:
    names = {m.text for m in extract_text(text).mentions}
    assert person in names and body in names
    assert not any(n.endswith(body) and n != body for n in names)


def test_a_full_name_jieba_files_as_a_time_word_is_the_taggers_person() -> None:
    text = "列宁和周恩来都是伟人。"
    s = text.index("周恩来")
    out = reconcile([], [(s, s + 3, "PER")], TokenIndex(text), load_lexicons())
    assert [(m.text, m.type) for m in out] == [("周恩来", "Person")]
    text = "记者于虎年暮春前往这些地方。"  # a time word of two characters stays no one
    s = text.index("暮春")
    assert reconcile([], [(s, s + 2, "PER")], TokenIndex(text), load_lexicons()) == []


@pytest.mark.parametrize("text", ["法院裁定微软违反了反垄断法。", "微软与苹果达成和解。"])
def test_a_short_name_the_dictionary_files_as_an_adjective_is_a_body(text: str) -> None:
    # 微软 is an adjective to jieba's dictionary ("soft"); the tagger has seen the firm's short name
    assert ("微软", "Organization") in {(m.text, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text", ["他的态度很积极，工作很努力。", "这家公司的产品很便宜。"])
def test_ordinary_adjectives_name_no_body(text: str) -> None:
    assert not [m for m in extract_text(text).mentions if m.type == "Organization"]


@pytest.mark.parametrize(("text", "name"), [
    ("八一队在比赛中全力拼搏，终场前扳平比分。", "八一队"),      # a club named by a number: no head types it
    ("世行发表的简短声明说，贷款将按期发放。", "世行"),          # a short name
    ("消协的同志指出，这是违法的。", "消协"),
    ("她参加了在大阪举行的国际田联大奖赛。", "国际田联"),        # wholly inside an event's name
])
def test_a_tagger_body_the_grammar_has_no_name_for_is_a_flat_name_but_no_entity(text: str, name: str) -> None:
    art = extract_text(text)
    assert (name, "Organization", True) in {(m.text, m.type, m.modifier) for m in art.mentions}
    from uniongraph.extraction.merge import PartialGraph
    assert name not in PartialGraph.of([art]).groups
    assert not any(name in (r.head, r.tail) for r in art.relations)


@pytest.mark.parametrize(("text", "wrong"), [
    ("球迷纷纷请郎平和女排队员们签名留念。", "和女排"),    # a conjunction opens no name
    ("人们没想到琼斯会赢得如此轻松。", "琼斯会"),          # a verb of one character ends none
])
def test_a_tagger_body_with_a_function_word_at_an_end_is_no_flat_name(text: str, wrong: str) -> None:
    assert wrong not in {m.text for m in extract_text(text).mentions}


def test_a_grammar_name_over_a_tagger_body_keeps_no_flat_copy() -> None:
    # the grammar's own organisation stands; the tagger's span inside it adds nothing
    art = extract_text("南岭机械集团公司工会主席王华出席会议。")
    assert not [m for m in art.mentions if m.source == "tagger-flat"]


@pytest.mark.parametrize(("text", "wrong"), [
    ("专家认为，建设高速铁路条件已经成熟。", "建设高速铁路"),        # a frequent verb before the head
    ("允许中速列车上高速铁路行驶。", "列车上高速铁路"),            # a localiser after a word
    ("委员会负责制定治理北爱地区的具体政策。", "治理北爱地区"),
])
def test_a_clause_before_a_place_head_the_tagger_does_not_read_is_no_place(text: str, wrong: str) -> None:
    assert wrong not in {m.text for m in extract_text(text).mentions}


@pytest.mark.parametrize(("text", "place"), [
    ("志愿者们走进回天地区开展服务。", "回天地区"),     # a rare word jieba knows as a verb: a district's name
    ("他家住在解放路。", "解放路"),                     # a street named after a verb
    ("解放街道开展送温暖活动。", "解放街道"),
    ("京沪高速铁路即将开工。", "京沪高速铁路"),
    ("该村位于淮河流域。", "淮河流域"),
])
def test_a_place_named_with_a_verbs_word_or_without_one_stays(text: str, place: str) -> None:
    assert (place, "Place") in {(m.text, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize(("text", "place", "longer"), [
    ("原因在于塔里木河上游地区生产发展过快。", "塔里木河", "塔里木河上游地区"),  # a part of it
    ("河北张北—尚义地区共发生地震多次。", "尚义", "尚义地区"),
    ("张家口地区有了马宝玉这样的好干部。", "张家口", "张家口地区"),
])
def test_a_grammar_place_ends_where_the_tagger_ends_it_before_a_common_word(text: str, place: str, longer: str) -> None:
    places = {m.text for m in extract_text(text).mentions if m.type == "Place"}
    assert place in places and longer not in places


@pytest.mark.parametrize(("text", "place"), [
    ("她走进天通苑社区看望困难职工。", "天通苑社区"),     # a unit of its own: the community
    ("他们在曼谷机场成团，入住星级酒店。", "曼谷机场"),   # a facility, a place of its own
    ("志愿者们走进回天地区开展服务。", "回天地区"),       # the tagger reads no shorter place
])
def test_a_grammar_place_the_tagger_does_not_cut_before_a_common_word_stays(text: str, place: str) -> None:
    assert place in {m.text for m in extract_text(text).mentions if m.type == "Place"}


@pytest.mark.parametrize("text, name", [
    ("他来到虎林市阿北乡看望农民。", "阿北乡"),       # 阿|北乡: jieba cut the name's first character off
    ("他来到彭州市隆丰镇看望农民。", "隆丰镇"),
])
def test_the_taggers_place_one_character_longer_on_the_left(text, name):
    from uniongraph.extraction.pipeline import extract_text
    assert name in {m.name for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, name", [
    ("他上县城、跑芗城，向各级领导反映情况。", "芗城"),   # 跑: a verb, no part of the name
    ("桥本龙太郎在俄西伯利亚城市访问。", "西伯利亚"),     # 俄: Russia's short name
])
def test_no_verb_or_country_glued_to_a_place(text, name):
    from uniongraph.extraction.pipeline import extract_text
    names = {m.name for m in extract_text(text).mentions}
    assert not any(n.endswith(name) and n != name for n in names)


@pytest.mark.parametrize("text, written, key", [
    ("应斐济共和国总统的邀请，代表团出发了。", "斐济共和国", "斐济"),   # a state's full name: the country
    ("记者来到新疆麦盖提乡采访棉农。", "麦盖提乡", "麦盖提乡"),         # 麦盖提|乡: the township
])
def test_the_taggers_place_runs_the_gazetteers_on_across_a_head(text, written, key):
    from uniongraph.extraction.pipeline import extract_text
    assert (written, key) in {(m.text, m.key) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, word", [
    ("对北京市场销量较大的商品进行抽查。", "北京市"),   # 市场: the head character opens a word
    ("他在东安市井中长大。", "东安市"),
])
def test_no_head_that_opens_a_word(text, word):
    from uniongraph.extraction.pipeline import extract_text
    assert word not in {m.text for m in extract_text(text).mentions}


def test_flat_names_only_where_mentions_are_kept() -> None:
    """The flat NER names (a surname alone, a person in a work's title) are read for NER (the
    default) and skipped by a build that keeps no mentions: the graph is the same either way."""
    from uniongraph.extraction.merge import PartialGraph
    from uniongraph.model import Document
    from uniongraph.readwrite.json_graph import generate_json
    from uniongraph.reading.bylines import add_bylines
    from uniongraph.reading.sentences import split_sentences

    text = "记者见到李大妈时，她正在读《怀念曹禺》。青山机械厂工会主席王建新出席了会议。"

    def doc(flat_names: bool) -> Document:
        from uniongraph.extraction.pipeline import extract_document

        art = add_bylines(Article(id="a", source="a.txt", index=0, title="", text=text))
        art.sentences = split_sentences(text)
        d = Document(path="a.txt", text=text, articles=[art])
        return extract_document(d, region=None, flat_names=flat_names)

    full, lean = doc(True).articles[0], doc(False).articles[0]
    assert {m.name for m in full.mentions if m.modifier} == {"李", "曹禺"}
    assert not [m for m in lean.mentions if m.modifier]
    assert [m for m in full.mentions if not m.modifier] == lean.mentions
    assert full.relations == lean.relations
    assert generate_json(PartialGraph.of([full]).finish()) == generate_json(PartialGraph.of([lean]).finish())


def _nested_parent(text: str, whole: str) -> str | None:
    from uniongraph.extraction.pipeline import extract_text
    art = extract_text(text)
    return next((r.tail for r in art.relations if r.head == whole and r.relation == "subOrganizationOf"), None)


@pytest.mark.parametrize(("text", "whole", "type_"), [
    ("鉴于此，海岭供电局用电分局和当地派出所联合行动。", "海岭供电局用电分局", "Company"),
    ("１月２４日，南岭交响乐团合唱团的新春音乐会在这里举行。", "南岭交响乐团合唱团", "Organization"),
])
def test_a_unit_without_a_name_of_its_own_is_named_with_its_body(text: str, whole: str, type_: str) -> None:
    # the grammar names the body; the tagger runs the name on to the unit's head: the fullest form
    names = _names(text)
    assert (whole, type_) in names
    # (the body may be a name of its own only as the parent nested in the unit's name, since stop 36:
    # 海岭供电局|用电分局, extraction/unit_parents.py; never the grammar's name cut short of the unit)
    assert not any(n == whole[:5] for n, _ in names) or _nested_parent(text, whole) == whole[:5]


@pytest.mark.parametrize(("text", "body"), [
    ("南岭农学院经济管理系教授王立新说，农民增收了。", "南岭农学院"),  # a department: where he works in it
    ("南岭军区后勤部驻川某汽车团十分重视开展群众体育。", "南岭军区后勤部"),  # an unnamed unit
    ("南岭市交通运输工会联合北方公交客运公司工会开展关爱行动。", "南岭市交通运输工会"),  # a governing verb
])
def test_no_department_unnamed_unit_or_clause_is_joined_to_a_body(text: str, body: str) -> None:
    names = {n for n, _ in _names(text)}
    assert body in names
    assert not any(n.startswith(body) and n != body for n in names)


def test_a_team_after_the_club_it_plays_for_is_named_with_it() -> None:
    # the dictionary knows the club (四川全兴); the tagger runs the name on to 队: the team
    assert ("四川全兴队", "Organization") in _names("周日他们在主场与四川全兴队踢平。")


def test_a_place_before_a_form_of_address_is_the_tagger_person() -> None:
    names = _names("新的设备到了，但马德里先生首先带我参观。")
    assert ("马德里", "Person") in names
    assert ("马德里", "Place") in _names("他们来到马德里参观。")


@pytest.mark.parametrize(("text", "name"), [
    # a word jieba does not know after a profession or an identity is a person the tagger may miss
    ("届时将邀请南岭会计师事务所注册会计师蒲一帆授课。", "蒲一帆"),
    ("南岭电力安装有限公司选手文卓获得第一名。", "文卓"),
])
def test_a_title_vouches_for_a_name_jieba_does_not_know(text: str, name: str) -> None:
    assert (name, "Person") in _names(text)


def test_a_profession_vouches_for_no_dictionary_word() -> None:
    """记者|慕名前往: 慕名 is a word of jieba's dictionary, not a name; only a leader's title vouches for it."""
    assert not any(t == "Person" for _, t in _names("记者慕名前往采访。"))


@pytest.mark.parametrize("text", ["他辞职后在一家中介公司上班。", "村里办起了饲料加工厂和砖厂。", "全县成立了房地产交易中心。"])
def test_a_kind_of_body_named_only_by_a_dictionary_tag_is_no_name(text: str) -> None:
    # 中介 j, 加工厂 nt, 交易中心 nt: jieba's tags of trade and institution words, no one body
    assert not any(t in ("Company", "Organization") for _, t in _names(text))


@pytest.mark.parametrize(("text", "wanted"), [
    ("人民日报代表团昨天访问了南岭。", ("人民日报代表团", "Organization")),  # a body named before the head
    ("他转业到规划国土局工作。", ("规划国土局", "Organization")),  # a department named by what it administers
    ("新世纪商厦昨天开业。", ("新世纪商厦", "Company")),  # a brand (nz)
    ("南岭市物资交易中心总经理李明说，", ("南岭市物资交易中心", "Organization")),  # a place names it
])
def test_names_of_common_words_with_a_body_a_brand_or_a_place_stand(text: str, wanted: tuple[str, str]) -> None:
    assert wanted in _names(text)


def test_a_count_or_a_pointing_word_opens_no_tagger_body() -> None:
    text = "这个集团由几家商贸公司合并而成。"
    out = reconcile([], [(5, 11, "ORG")], TokenIndex(text), load_lexicons())
    assert out == []


def test_a_count_and_its_measure_word_may_name_a_village_body() -> None:
    text = "书记、八家户有限责任公司董事长何立说。"
    out = reconcile([], [(3, 12, "ORG")], TokenIndex(text), load_lexicons())
    assert [(m.name, m.type) for m in out] == [("八家户有限责任公司", "Company")]


def test_a_post_read_as_one_word_holds_no_department() -> None:
    lex = load_lexicons()
    text = "南岭区委常委、宣传部长赵立说。"
    assert reconcile([], [(7, 10, "ORG")], TokenIndex(text), lex) == []  # 宣传部|长: the post
    text = "国防部长赵立会见了代表团。"  # the dictionary's ministry before its minister's title stands
    assert [m.name for m in reconcile([], [(0, 3, "ORG")], TokenIndex(text), lex)] == ["国防部"]


def test_a_village_named_by_a_place_and_a_character_of_its_own() -> None:
    lex = load_lexicons()
    text = "他来到长春沟村看望群众。"
    grammar = [Mention(3, 5, "长春", "Place", "长春", "gazetteer", place="长春市")]
    out = reconcile(grammar, [(3, 7, "LOC")], TokenIndex(text), lex)
    assert [m.text for m in out if m.source == "gazetteer"] == ["长春沟村"]
    text = "他来到长春新村看望群众。"  # 新村 is a word: the city's new estate, no village's own character
    grammar = [Mention(3, 5, "长春", "Place", "长春", "gazetteer", place="长春市")]
    out = reconcile(grammar, [(3, 7, "LOC")], TokenIndex(text), lex)
    assert [m.text for m in out if m.source == "gazetteer"] == ["长春"]


def test_a_place_the_tagger_takes_for_a_person_still_opens_a_company_name() -> None:
    # 曲靖 (a city) read as a person by the tagger, the rest as the body: the grammar's name stands
    text = "3 | 赵立新创新工作室 | 曲靖青禾机械有限公司 | 沾益区"
    lex = load_lexicons()
    s = text.index("曲靖")
    company = Mention(s, s + 10, "曲靖青禾机械有限公司", "Company", "曲靖青禾机械有限公司", "org-grammar")
    place = Mention(s, s + 2, "曲靖", "Place", "曲靖", "gazetteer")
    kept = reconcile([company, place], [(s, s + 2, "PER"), (s + 2, s + 10, "ORG")], TokenIndex(text), lex)
    assert ("曲靖青禾机械有限公司", "org-grammar") in {(m.name, m.source) for m in kept}
    assert "青禾机械有限公司" not in {m.name for m in kept}


def test_a_person_the_tagger_sees_before_a_body_still_cuts_the_grammar_name() -> None:
    # a name that is no gazetteer place: a roll of people and their bodies, the tagger's start stands
    text = "工会主席王廷帅徐州华禾电力公司代表"
    lex = load_lexicons()
    s, e = text.index("王廷帅"), text.index("代表")
    company = Mention(s, e, text[s:e], "Company", text[s:e], "org-grammar")
    kept = reconcile([company], [(s, s + 3, "PER"), (s + 3, e, "ORG")], TokenIndex(text), lex)
    assert text[s:e] not in {m.name for m in kept}


def test_a_tagger_span_opening_inside_a_head_word_does_not_cut_the_grammar_name() -> None:
    # the tagger's 司沙县分公司 opens inside 有限公司: the branch's grammar name stands
    text = "福州蓝鲸即时配送有限公司沙县分公司站长赵立新说"
    lex = load_lexicons()
    e = text.index("站长")
    branch = Mention(0, e, text[:e], "Company", text[:e], "org-grammar")
    s = text.index("司沙县")
    kept = reconcile([branch], [(s, e, "ORG")], TokenIndex(text), lex)
    assert text[:e] in {m.name for m in kept}
