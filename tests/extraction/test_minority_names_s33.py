"""Names of people of China's minority nationalities (stop 33): invented sentences and names."""

from __future__ import annotations

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.minority_names import is_minority_name, nationality_names, part_runs, titled_parts
from uniongraph.extraction.persons import _left_role
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex


def persons(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions if m.type == "Person"}


def test_a_run_of_name_parts_is_one_name_whole() -> None:
    text = "今年45岁的宝音那仁是热电厂的值长，他带着徒弟学操作。宝音那仁说，安全第一。"
    assert "宝音那仁" in persons(text)
    assert not {"宝音", "宝音那"} & persons(text)
    assert "次旦央金" in persons("车间主任次旦央金介绍，班组今年完成检修任务。")
    assert "斯琴巴特尔" in persons("工作室成员赵立新、斯琴巴特尔等8名骨干参加攻关。")


def test_parts_that_make_no_run_name_no_one() -> None:
    lex = load_lexicons()
    idx = TokenIndex("天空乌云密布，草原上格桑花开。")
    assert part_runs(idx, lex) == []
    assert not is_minority_name("乌云", lex)  # one part is no run
    assert is_minority_name("扎西·多吉", lex) and is_minority_name("巴特尔孟和", lex)
    # one part of a longer dotted name is not the name
    idx = TokenIndex("活佛嘉木样·洛桑久美·图丹出席。")
    assert part_runs(idx, lex) == []


def test_a_nationality_in_brackets_makes_the_name_before_it_a_persons() -> None:
    text = "委员：周立言（满族）、和秀林（女，纳西族）、夏田（蒙古族）、钱永安。"
    names = persons(text)
    assert {"周立言", "和秀林", "夏田"} <= names
    lex = load_lexicons()
    idx = TokenIndex("会议选举严光耀（回族）为主席。")
    assert [idx.text[s:e] for s, e in nationality_names(idx, lex)] == ["严光耀"]


def test_a_bracket_after_a_phrase_or_a_common_word_names_no_one() -> None:
    lex = load_lexicons()
    for text in ("欢乐的村寨（苗族）（图片）", "山寨（拉祜族）", "节日（古代）"):
        idx = TokenIndex(text)
        assert nationality_names(idx, lex) == [], text


def test_a_body_named_after_a_minority_name_holds_it_whole() -> None:
    names = {(m.name, m.type) for m in extract_text("集团工会以他的名字命名成立了宝音那仁劳模创新工作室。").mentions}
    assert ("宝音那仁劳模创新工作室", "Organization") in names
    # a Han name before the head, as before
    names = {(m.name, m.type) for m in extract_text("集团工会以他的名字命名成立了周海涛劳模创新工作室。").mentions}
    assert ("周海涛劳模创新工作室", "Organization") in names


def test_one_part_after_a_title_is_a_name() -> None:
    assert "那顺" in persons("这事惊动了当时的市长那顺———一天下午，他带人到厂里开会。")
    lex = load_lexicons()
    # a longer name goes on after the part: the part alone is none
    idx = TokenIndex("大昭寺民管会主任尼玛慈仁告诉记者。")
    found = [idx.text[s:e] for s, e in titled_parts(idx, lex, lambda at: _left_role(idx.text, at, lex))]
    assert "尼玛" not in found
    # no title before it: a part alone names no one
    assert "那顺" not in persons("草原上那顺河静静流淌。")
