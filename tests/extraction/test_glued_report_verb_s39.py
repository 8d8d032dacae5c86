"""作 of 作…报告 glued by jieba to the name before it (邝秀琳作|医院…): no body's name opens with the
person and the verb. Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def mentions(body: str) -> set[tuple[str, str]]:
    article = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(m.text, m.type) for m in article.mentions}


def test_a_report_made_by_a_named_person_opens_no_body():
    found = mentions("南岭县人民医院召开职代会。医院党委副书记、工会主席邝秀琳作医院工会工作报告。")
    assert ("邝秀琳", "Person") in found
    assert not any(text.startswith("邝秀琳") and kind != "Person" for text, kind in found)
    found = mentions("南岭县中医院召开职代会。副院长孟晓华作医院工作报告。")
    assert ("孟晓华", "Person") in found


def test_a_name_holding_the_character_stays():
    assert ("南岭协作医院", "Organization") in mentions("南岭协作医院院长邝秀琳出席会议。")
