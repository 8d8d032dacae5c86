"""The vote on places named by common words and on people introduced by their hometown (stop 34).

Invented sentences; the grammar's candidates and the tagger's spans are given, so the vote alone
is tested."""

from __future__ import annotations

import pytest

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.extraction.voting import reconcile
from uniongraph.model import Mention


def _place(text: str, form: str, source: str = "place-grammar", parts=None, at: int = 0) -> Mention:
    s = text.index(form, at)
    attrs = {"parts": parts} if parts else {}
    return Mention(s, s + len(form), form, "Place", form, source, **attrs)


def _person(text: str, form: str, source: str = "person-unknown-word") -> Mention:
    s = text.index(form)
    return Mention(s, s + len(form), form, "Person", form, source)


def _vote(text: str, grammar: list[Mention], spans=()) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in reconcile(grammar, list(spans), TokenIndex(text), load_lexicons())}


@pytest.mark.parametrize(("text", "form"), [
    ("各主要街道都设了便民服务点。", "主要街道"),
    ("文件要求鼓励街道开办托老所。", "鼓励街道"),
])
def test_common_words_before_a_place_head_name_no_place(text: str, form: str) -> None:
    assert (form, "Place") not in _vote(text, [_place(text, form)])


def test_a_place_named_by_common_words_stands_where_the_tagger_sees_it() -> None:
    text = "各主要街道都设了便民服务点。"
    s = text.index("主要街道")
    assert ("主要街道", "Place") in _vote(text, [_place(text, "主要街道")], [(s, s + 4, "LOC")])


def test_an_item_of_a_list_of_places_stays_a_place() -> None:
    text = "服务点分布在青松街道、和顺街道的主干道旁。"
    grammar = [_place(text, "青松街道"), _place(text, "和顺街道")]
    assert ("和顺街道", "Place") in _vote(text, grammar)


def test_a_rare_verb_before_the_head_is_a_name() -> None:
    text = "他们走访了回天地区的社区。"  # 回天 (a rare word jieba calls a verb) names the area
    assert ("回天地区", "Place") in _vote(text, [_place(text, "回天地区")])


def test_a_place_then_a_kind_of_place_keeps_the_place() -> None:
    text = "该村被命名为“山西专利村”。"
    s = text.index("山西")
    got = _vote(text, [_place(text, "山西专利村", parts=[[s, s + 2], [s + 2, s + 5]])], [(s, s + 2, "LOC")])
    assert ("山西", "Place") in got
    assert ("山西专利村", "Place") not in got


def test_a_place_then_a_named_zone_stays_one_place() -> None:
    text = "项目落户山西高新技术开发区。"
    s = text.index("山西")
    got = _vote(text, [_place(text, "山西高新技术开发区", parts=[[s, s + 2], [s + 2, s + 9]])], [(s, s + 2, "LOC")])
    assert ("山西高新技术开发区", "Place") in got


@pytest.mark.parametrize(("text", "home", "name"), [
    ("来信的读者有河北保定汪明远、山西大同祁文瑞等。", "保定", "汪明远"),
    ("据了解，家住大同祁文瑞的邻居也赶来了。", "大同", "祁文瑞"),
])
def test_a_person_introduced_by_a_hometown(text: str, home: str, name: str) -> None:
    got = _vote(text, [_place(text, home, "gazetteer"), _person(text, name)])
    assert (name, "Person") in got


@pytest.mark.parametrize(("text", "home", "word"), [
    ("辩题是英国应不应支援邻国。", "英国", "应不应"),  # a country, and a clause's words
    ("家住大同汪家湾村的老人。", "大同", "汪家湾"),  # a village's name before its head
    ("家住大同汪不行的老人。", "大同", "汪不行"),  # a function word is no given name
])
def test_no_person_after_a_place_without_a_name_there(text: str, home: str, word: str) -> None:
    got = _vote(text, [_place(text, home, "gazetteer"), _person(text, word)])
    assert (word, "Person") not in got


def test_no_person_after_a_common_word() -> None:
    text = "这位热心的汪明远捐了款。"
    assert ("汪明远", "Person") not in _vote(text, [_person(text, "汪明远")])


@pytest.mark.parametrize(("text", "span", "name"), [
    ("副部长韩实欣然出席了首映式。", "韩实欣", "韩实"),  # 欣然: an adverb
    ("女双由韩英与郑蔚配对迎战对手。", "郑蔚配", "郑蔚"),  # 配对: a verb
    ("一个月后，崔立遇到了难题。", "崔立遇", "崔立"),  # 遇到
])
def test_a_tagger_person_ends_before_a_word_its_last_character_opens(text: str, span: str, name: str) -> None:
    s = text.index(span)
    got = _vote(text, [], [(s, s + len(span), "PER")])
    assert (name, "Person") in got and (span, "Person") not in got


@pytest.mark.parametrize(("text", "name"), [
    ("韩立成为厂长。", "韩立成"),  # 成为: a verb made with 为, the name may end on 成
    ("队长梁建强于昨日抵达。", "梁建强"),  # 强于
    ("副部长韩实说，首映式很成功。", "韩实"),  # two characters: nothing to cut
])
def test_a_tagger_person_keeps_its_end(text: str, name: str) -> None:
    s = text.index(name)
    assert (name, "Person") in _vote(text, [], [(s, s + len(name), "PER")])


@pytest.mark.parametrize(("text", "name", "label"), [
    ("在教练萨科维纳的指导下，球队连胜三场。", "萨科维纳", "LOC"),
    ("罗马检察官基奥塔尼今天表示，调查仍在继续。", "基奥塔尼", "ORG"),
])
def test_a_transliterated_name_after_a_title_is_a_person(text: str, name: str, label: str) -> None:
    s = text.index(name)
    assert (name, "Person") in _vote(text, [], [(s, s + len(name), label)])


@pytest.mark.parametrize(("text", "name"), [
    ("球队在萨科维纳连胜三场。", "萨科维纳"),  # no title before it: the tagger's place stands
    ("在教练巴西利亚的指导下，球队连胜三场。", "巴西利亚"),  # a place the gazetteer knows
])
def test_a_transliterated_place_stays_a_place(text: str, name: str) -> None:
    s = text.index(name)
    assert (name, "Person") not in _vote(text, [], [(s, s + len(name), "LOC")])
