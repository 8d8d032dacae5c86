"""A digest's items headed by their place in square brackets (【某县】): a short form of that level in
the item (县总工会) is that place's body, not one named in another item. Sentences invented for these
tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


DIGEST = ("【易县】12月1日，易县困难职工慰问金发放仪式在县总工会举行。县总工会主席韩立平出席并讲话。\n"
          "【涞水】11月29日，涞水县总工会主办的职工象棋比赛在涞水县体育馆落幕。\n")


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def test_a_short_form_in_an_item_is_the_heading_places():
    article = _article(DIGEST)
    forms = {(m.text, m.canonical or m.name) for m in article.mentions if m.type == "Federation"}
    assert ("县总工会", "易县总工会") in forms
    facts = {(r.head, r.relation, r.tail) for r in article.relations}
    assert ("韩立平", "worksFor", "易县总工会") in facts
    assert ("韩立平", "worksFor", "涞水县总工会") not in facts


def test_a_heading_of_another_level_says_nothing():
    article = _article("【涞水】11月29日，市总工会在涞水县开展送温暖活动。\n")
    assert not any((m.canonical or "").startswith("涞水") and m.text == "市总工会" for m in article.mentions)


def test_a_heading_by_a_short_place_name():
    article = _article("【迁安】12月2日，市总工会为200名环卫工人送去棉衣。\n【滦州】12月3日，滦州市总工会开展义诊。\n")
    assert any(m.text == "市总工会" and m.canonical == "迁安市总工会" for m in article.mentions)
