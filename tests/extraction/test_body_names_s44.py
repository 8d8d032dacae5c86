"""Body names of stop 44 (names-s44): a place whose first character jieba glues to the word before
(由满|城区|总工会), a league's committee of a place jieba does not read as one (共青团|双桥|区委) and the bare
区委 of the same story, a county's industry union (某县教育工会: a Federation), and the label of a short
form scoped to its article (readable, no content hash). Sentences invented."""

from __future__ import annotations

import pytest
from stated import stated_facts as facts

from uniongraph.extraction.aliases import article_scoped, unscoped
from uniongraph.extraction.pipeline import extract_text
from uniongraph.model import Article


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text,name", [
    ("本次联谊会由满城区总工会主办。", "满城区总工会"),
    ("参赛者中也有平城区总工会的干部。", "平城区总工会"),
    ("活动由下城区总工会承办，吸引职工三百余人。", "下城区总工会"),
])
def test_a_place_keeps_the_first_character_jieba_glued_to_the_word_before(text, name):
    assert (name, "Federation") in _names(text)
    assert not any(n == name[1:] for n, _ in _names(text))


@pytest.mark.parametrize("text,not_place", [
    ("全县组织２０００余名山区干部到外地学习。", "名山区"),
    ("帮助进城务工人员尽快适应城市生活。", "应城市"),
])
def test_no_place_is_made_of_a_count_or_before_a_verbal_noun(text, not_place):
    assert not any(not_place in n for n, _ in _names(text))


def test_a_leagues_committee_of_a_district_jieba_splits_is_one_name():
    assert ("共青团双桥区委", "Organization") in _names("本次活动由共青团双桥区委主办。")


def test_a_conjunction_before_a_county_body_opens_no_place():
    names = _names("张明和县政府工作人员一起走访困难职工。")  # (和县 is a county; 和 here joins two)
    assert ("县政府", "Organization") in names
    assert not any(n.startswith("和县") for n, _ in names)


def test_a_bare_county_committee_is_never_the_leagues():
    got = facts("由县总工会、共青团安吉县委联合举办。县委副书记王立新出席并讲话。")
    assert not any(f[0] == "王立新" and f[1] == "worksFor" and f[2].startswith("共青团") for f in got)
    assert any(f[0] == "王立新" and f[1] == "worksFor" and unscoped(f[2]) == "县委" for f in got)


@pytest.mark.parametrize("text,name", [
    ("鹤庆县教育工会举办教职工气排球比赛。", "鹤庆县教育工会"),
    ("双桥区教育工会在区体育馆举办教职工运动会。", "双桥区教育工会"),
    ("第三名　双桥区教育工会代表队。", "双桥区教育工会"),
])
def test_a_countys_industry_union_is_a_federation(text, name):
    assert (name, "Federation") in _names(text)


@pytest.mark.parametrize("text,name", [
    ("庆云煤矿工会主席王立新介绍了情况。", "庆云煤矿工会"),  # (庆云 an alias: a colliery's union)
    ("双桥区第一中学工会举办读书会。", "双桥区第一中学工会"),
])
def test_a_collierys_or_a_schools_union_stays_a_union(text, name):
    assert (name, "Federation") not in _names(text)


def _article(title: str, source: str, index: int = 0, metadata: dict | None = None) -> Article:
    return Article(id="article/0123456789ab-0", source=source, index=index, title=title, text="",
                   metadata=metadata or {})


def test_a_name_scoped_to_its_article_is_readable_and_carries_no_hash():
    name = article_scoped("公司党委", _article("南岭机械公司十对师徒结对", "pages/page-03.md"))
    assert "0123456789ab" not in name
    assert name == "公司党委（《南岭机械公司十对师徒结对》，pages/page-03.md）"
    assert unscoped(name) == "公司党委"


def test_names_scoped_to_two_articles_of_one_title_stay_apart():
    first = article_scoped("县委", _article("工会工作动态", "a/page-01.md"))
    second = article_scoped("县委", _article("工会工作动态", "a/page-02.md"))
    third = article_scoped("县委", _article("工会工作动态", "a/page-02.md", index=1))
    fourth = article_scoped("县委", _article("工会工作动态", "b/page-02.md"))
    assert len({first, second, third, fourth}) == 4
    dated = article_scoped("县委", _article("图片新闻（附图片１张）", "c.jsonl", 7, {"date": "1998-01-05", "page": 2}))
    assert dated == "县委（《图片新闻附图片１张》，1998-01-05第2版）"
    assert unscoped(dated) == "县委"
