"""Names written one after another with no mark between them (a list whose separators were
lost) are each a person, where the tagger reads each one: the grammar's one name up to a
nationality's bracket does not swallow them. One name stays one. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def persons(body: str) -> set[str]:
    article = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.text for m in article.mentions if m.type == "Person"}


@pytest.mark.parametrize(("body", "names", "not_names"), [
    ("代表名单：吴国强郑海涛林建华（土家族）何志刚。",
     {"吴国强", "郑海涛", "林建华"}, {"吴国强郑海涛林建华"}),
    ("列席的有：杨志远刘德华（白族）。", {"杨志远", "刘德华"}, {"杨志远刘德华"}),
    ("主席团成员：孙德明李国华（蒙古族）赵光明（苗族）。",
     {"孙德明", "李国华", "赵光明"}, {"孙德明李国华"}),
])
def test_names_run_together_are_each_a_person(body, names, not_names):
    found = persons(body)
    assert names <= found
    assert not (not_names & found)


@pytest.mark.parametrize(("body", "name"), [
    # one person's name, with its nationality: it stays whole
    ("会议选举阿依古丽·买买提（维吾尔族）为工会主席。", "阿依古丽·买买提"),
    ("委员会推荐刘志强（回族）为副主席。", "刘志强"),
])
def test_one_name_stays_whole(body, name):
    assert name in persons(body)
