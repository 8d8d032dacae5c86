"""Event identity in one article (stop 42): a headline may name the reported event without the ordinal
of its edition (全国某某会议 for 第三次全国某某工作经验交流会议), the two forms then one event; the body's
bare name, another head or another edition stays apart. Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

FULL = "第三次全国农民工住房保障工作经验交流会议"


def canonical_events(text: str) -> dict[str, str]:
    """Each event mention's written name → the name of the entity it stands for."""
    title = text.partition("\n")[0]
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {m.name: m.key for m in art.mentions if m.type == "Event"}


def test_a_headline_leaves_off_the_ordinal_of_the_edition() -> None:
    names = canonical_events("张明远在全国农民工住房保障会议上要求加快建设\n本报青河1月5日讯 国务院副总理张明远1月4日"
                             f"在青河召开的{FULL}上讲话指出，要加快建设。")
    assert names.get("全国农民工住房保障会议") == FULL, names


def test_the_bodys_bare_name_may_be_the_series() -> None:
    names = canonical_events("张明远在青河讲话\n本报青河1月5日讯 国务院副总理张明远1月4日出席"
                             f"{FULL}。他说，国务院每年召开一次全国农民工住房保障会议。")
    assert names.get("全国农民工住房保障会议") != FULL, names


def test_a_headline_event_of_another_head_stays_apart() -> None:
    names = canonical_events(f"张明远出席全国农民工住房保障座谈会\n本报青河1月5日讯 国务院副总理张明远1月4日出席{FULL}。")
    assert names.get("全国农民工住房保障座谈会") != FULL, names


def test_a_headline_naming_another_edition_stays_apart() -> None:
    names = canonical_events("张明远回顾第二次全国农民工住房保障会议\n本报青河1月5日讯 国务院副总理张明远1月4日出席"
                             f"{FULL}。")
    assert all(k != FULL for n, k in names.items() if n.startswith("第二次")), names
