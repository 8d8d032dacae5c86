"""A body's own event named with the body (CONVENTIONS §1, stop 44): where the body is only inside the
event's name (某公司第三届职代会在某地召开) its organizes is inferred, kept apart with its rule; where a
headline or a sentence makes the body the subject of 召开/举办/主办 it is stated. Invented sentences."""

from __future__ import annotations

from stated import headlined_facts, read_facts, stated_facts

from uniongraph.extraction.merge import merge_articles
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

CONGRESS = "青岚市海川纺织有限公司第四届职工代表大会第二次会议"
NAME_ONLY = f"12月3日，{CONGRESS}在公司礼堂召开，126名职工代表参加会议。"
LAUNCH = "南溪县总工会2027年“暖冬行动”启动仪式"
#: the rules that read a body's organizes from an event's name only
NAME_ONLY_RULES = {"body-opening-event-name", "body-convenes-its-own-meeting"}
LAUNCH_KEY = LAUNCH.replace("“", "").replace("”", "")  # (an event's canonical name drops quote marks)


def graph(text: str):  # type: ignore[no-untyped-def]
    title, _, body = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return merge_articles([art])


def organizes(rels) -> dict[tuple[str, str], set[str]]:  # type: ignore[no-untyped-def]
    return {(r.head, r.tail): {e.rule for e in r.evidence} for r in rels if r.relation == "organizes"}


def test_a_congress_named_with_its_company_is_the_companys_by_inference() -> None:
    fact = ("青岚市海川纺织有限公司", "organizes", CONGRESS)
    assert fact not in stated_facts(NAME_ONLY)
    assert fact in read_facts(NAME_ONLY)
    kg = graph("\n" + NAME_ONLY)
    assert (fact[0], fact[2]) not in organizes(kg.relations)
    assert organizes(kg.inferred_relations)[fact[0], fact[2]] <= NAME_ONLY_RULES  # (kept with its rule)
    assert all(r.inferred for r in kg.inferred_relations)


def test_the_company_as_subject_of_convening_in_a_headline_states_it() -> None:
    body = f"\n{NAME_ONLY}"
    said = headlined_facts("海川纺织有限公司召开第四届职工代表大会第二次会议" + body)
    unsaid = headlined_facts("海川纺织职代会召开" + body)
    fact = ("青岚市海川纺织有限公司", "organizes", CONGRESS)
    assert fact not in unsaid  # (a headline with no subject says nothing of who holds it)
    assert fact in said, said


def test_a_sentence_that_states_it_makes_the_named_fact_stated() -> None:
    # the name gives it in one sentence (inferred); the next makes the company the subject of 召开: stated
    key = ("青岚市海川纺织有限公司", CONGRESS)
    alone = graph("\n" + NAME_ONLY)
    assert key in organizes(alone.inferred_relations) and key not in organizes(alone.relations)
    kg = graph("\n" + NAME_ONLY + f"青岚市海川纺织有限公司每年召开{CONGRESS}。")
    assert key in organizes(kg.relations)
    assert key not in organizes(kg.inferred_relations)


def test_a_ceremony_named_with_its_federation_is_inferred_unless_it_hosts_it() -> None:
    held = f"12月1日，{LAUNCH}在县文化广场举行。"
    fact = ("南溪县总工会", "organizes", LAUNCH_KEY)
    assert fact not in stated_facts(held) and fact in read_facts(held)
    assert fact in stated_facts(held + "仪式由南溪县总工会主办，县文明办协办。")


def test_a_stating_clause_in_the_sentence_of_the_name_keeps_it_stated():
    """The event's name opens with the body and the same sentence says the body 主办 it: stated,
    whichever rule reads the sentence first (review ralign, stop 44)."""
    from stated import stated_facts

    body = "12月1日，北川县总工会2027年“金秋助学”启动仪式在县文化广场举行，活动由北川县总工会主办。"
    assert ("北川县总工会", "organizes", "北川县总工会2027年金秋助学启动仪式") in stated_facts(body)
