"""Fixes of stop 42 (second review) to whose event a bare or short event name is (sentences invented):
only a body that holds its own event (举办/召开/举行, not 承办/组织, not after 在) keeps a bare name out of
a long name's aliases, and its union counts as the body; a headline's short form binds only to the
report's own event; a body's own opening ceremonies, a parent before its branch, two glued bodies and a
杯 sponsor organise nothing."""

from __future__ import annotations

from stated import stated_facts, read_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def events(text: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=text))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


def organised(text: str, read: bool = False) -> set[tuple[str, str]]:
    """The organizes facts stated (or, with ``read``, also those read from a name only: inferred)."""
    return {(h, t) for h, r, t in (read_facts if read else stated_facts)(text) if r == "organizes"}


# --- 1. a body's union holding the body's own event: one event -----------------------------------

def test_a_sector_union_holding_its_own_contest_is_one_event() -> None:
    text = "\n4月8日，北岗市建筑业工会职工技能大赛在市体育馆开幕。据了解，北岗市建筑业工会举办了职工技能大赛，共有150名职工参赛。"
    assert "职工技能大赛" not in events(text)


def test_a_companys_union_holding_the_companys_contest_is_one_event() -> None:
    text = "\n4月8日，东川重型机械有限公司职工技能大赛在公司实训中心开幕。东川重型机械有限公司工会举办了职工技能大赛，共有150名职工参赛。"
    assert "职工技能大赛" not in events(text)


def test_another_company_holding_a_contest_of_the_kind_is_still_its_own() -> None:
    # negative: another body's own event of the kind stays apart
    text = "\n4月8日，北岗市总工会职工技能大赛在市体育馆开幕。去年，东川重型机械有限公司举办了职工技能大赛。"
    assert "职工技能大赛" in events(text)


# --- 2. a body that 承办/组织 the event does not hold another one ---------------------------------

def test_a_company_hosting_the_federations_contest_is_one_event() -> None:
    text = "\n4月8日，北岗市总工会职工技能大赛在市体育馆开幕。受北岗市总工会委托，东川重型机械有限公司承办了职工技能大赛，共有150名职工参赛。"
    assert "职工技能大赛" not in events(text)
    assert ("东川重型机械有限公司", "职工技能大赛") not in organised(text)


def test_a_company_organising_the_contests_logistics_is_one_event() -> None:
    text = "\n4月8日，北岗市总工会职工技能大赛在市体育馆开幕。东川重型机械有限公司组织了职工技能大赛的后勤保障工作。"
    assert "职工技能大赛" not in events(text)


# --- 3. a body after 在 is the venue, not the holder ----------------------------------------------

def test_a_company_named_as_the_venue_holds_no_other_contest() -> None:
    text = "\n4月8日，北岗市总工会职工技能大赛在市体育馆开幕。北岗市总工会在东川重型机械有限公司举办了职工技能大赛的决赛。"
    assert "职工技能大赛" not in events(text)


# --- 4. a headline's short form: the report's own event, not one recalled --------------------------

def test_a_headline_short_form_does_not_bind_to_a_recalled_meeting() -> None:
    text = ("王立群在全国乡村教师会议上讲话\n本报东川3月2日讯 3月1日，国务院副总理王立群在东川召开的全国乡村教师待遇保障工作座谈会上讲话。"
            "他回顾了去年召开的第三次全国乡村教师培训工作会议的成果。")
    art = extract_article(Article(id="t", source="t", index=0, title="", text=text))
    bound = {m.canonical for m in art.mentions if m.type == "Event" and m.name == "全国乡村教师会议"}
    assert "第三次全国乡村教师培训工作会议" not in bound
    assert ("王立群", "participatesIn", "第三次全国乡村教师培训工作会议") not in stated_facts(text)


def test_a_headline_short_form_binds_to_the_meeting_held() -> None:
    # positive: the report's own meeting, held as told, without its ordinal in the headline
    text = ("全国乡村教师培训工作会议在东川召开\n本报东川3月2日讯 3月1日，第三次全国乡村教师培训工作会议在东川召开。"
            "国务院副总理王立群出席会议并讲话。")
    art = extract_article(Article(id="t", source="t", index=0, title="", text=text))
    bound = {m.canonical for m in art.mentions if m.type == "Event" and m.name == "全国乡村教师培训工作会议"}
    assert bound == {"第三次全国乡村教师培训工作会议"}


# --- 5. a body's own opening ceremonies ------------------------------------------------------------

def test_a_centres_unveiling_and_opening_ceremony_is_not_its_own() -> None:
    text = "\n4月8日，北岗市职工法律援助中心揭牌暨启用仪式在市工人文化宫举行。"
    assert not any(h == "北岗市职工法律援助中心" for h, _ in organised(text))


def test_a_centres_launch_ceremony_is_not_its_own() -> None:
    text = "\n4月8日，北岗市职工法律援助中心启动仪式在市工人文化宫举行。"
    assert not any(h == "北岗市职工法律援助中心" for h, _ in organised(text))


def test_a_museums_opening_ceremony_is_not_its_own() -> None:
    text = "\n4月8日，北岗市工运历史陈列馆开馆仪式在城北街道举行。"
    assert not any(h == "北岗市工运历史陈列馆" for h, _ in organised(text))


def test_a_federations_forum_is_still_its_own() -> None:
    # positive: an event that is not the body's own coming into being
    text = "\n4月8日，北岗市总工会劳模工作座谈会在市工人文化宫举行。"
    assert ("北岗市总工会", "北岗市总工会劳模工作座谈会") in organised(read=True, text=text)


# --- 6. a branch's event is not its parent's -------------------------------------------------------

def test_a_branchs_contest_is_not_organised_by_the_parent() -> None:
    text = "\n4月8日，东川重型机械集团西安分公司职工技能大赛在西安举行。"
    assert not any(h == "东川重型机械集团" for h, _ in organised(text))


# --- 8. a 杯 title sponsor ---------------------------------------------------------------------------

def test_a_cup_sponsor_does_not_organise_the_contest() -> None:
    text = "\n4月8日，东川重型机械有限公司杯北岗市职工技能大赛在市体育馆举行。"
    assert not any(h == "东川重型机械有限公司" for h, _ in organised(text))


def test_a_cup_sponsor_of_a_forum_does_not_organise_it() -> None:
    text = "\n4月8日，北岗市总工会杯劳模工作座谈会在市工人文化宫召开。"
    assert not any(h == "北岗市总工会" for h, _ in organised(text))


# --- 7. two bodies glued together -------------------------------------------------------------------

def test_two_glued_bodies_organise_nothing() -> None:
    text = "\n4月8日，北岗市应急管理局北岗市总工会职工技能大赛在市工人文化宫举行。"
    assert not any(h == "北岗市应急管理局北岗市总工会" for h, _ in organised(text))


def test_a_federation_opening_its_contests_name_still_organises_it() -> None:
    # positive: one body, whole
    text = "\n4月8日，北岗市总工会职工技能大赛在市工人文化宫举行。"
    assert ("北岗市总工会", "北岗市总工会职工技能大赛") in organised(read=True, text=text)
