"""A group's registered name with 集团 in brackets and its forms in running text are one body in
one article (stop 38; sentences and names invented, in the style of People's Daily reports of 1998)."""

from __future__ import annotations

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _keys(body: str) -> dict[str, str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name: m.key for m in art.mentions if m.type == "Company"}


def test_forms_without_brackets_are_the_group():
    keys = _keys("南岭有色金属（集团）公司承担了这个项目。在南岭有色金属公司所属尾矿库，建起了试验区。"
                 "南岭有色金属集团公司总经理王立新说，治理已见成效。")
    assert keys["南岭有色金属公司"] == "南岭有色金属（集团）公司"
    assert keys["南岭有色金属集团公司"] == "南岭有色金属（集团）公司"
    assert ("王立新", "worksFor", "南岭有色金属（集团）公司") in facts(
        "南岭有色金属（集团）公司承担了这个项目。南岭有色金属集团公司总经理王立新说，治理已见成效。")


def test_other_names_stay_apart():
    keys = _keys("南岭有色金属（集团）公司承担了这个项目。海河有色金属公司也参加了。")
    assert keys["海河有色金属公司"] == "海河有色金属公司"


def test_no_bracketed_name_no_change():
    art = extract_article(Article(id="t", source="t", index=0, title="",
                                  text="\n南岭有色金属公司承担了这个项目。南岭有色金属集团公司也参加了。"))
    assert not any(m.resolution == "group-bracket-form" for m in art.mentions)
