"""A works named by a number alone is named with the armed service written right before it
(海军|四八○五厂: orgs._numbered_teams)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _names(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.key for m in art.mentions}


@pytest.mark.parametrize("body, name", [
    ("她走进海军六八○二厂的大门，成为一名技术员。", "海军六八○二厂"),
    ("空军５７０９厂的职工加班生产。", "空军５７０９厂"),
])
def test_a_services_numbered_works_keeps_its_service(body: str, name: str) -> None:
    assert name in _names(body)


def test_a_numbered_works_after_another_word_is_named_by_its_number() -> None:
    names = _names("公司与国有６２０７厂签订合同。")
    assert "６２０７厂" in names and not any(n.endswith("有６２０７厂") for n in names)
