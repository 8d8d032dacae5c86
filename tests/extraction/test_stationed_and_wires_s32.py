"""People's Daily precision, stop 32: a body one is posted to (驻) is no employer, nor is the body a
wire report was filed from (…联合国１月６日电（记者某）), and a body named after an event that a
clause with 的 describes does not organise it."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

TITLE = "工作动态"


def _facts(body: str) -> set[tuple[str, str, str]]:
    art = Article(id="article/t-0", source="t.md", index=0, title=TITLE, text=f"{TITLE}\n{body}")
    return {(r.head, r.relation, r.tail) for r in extract_article(art).relations}


def test_accredited_at_a_body_is_no_employer() -> None:
    facts = _facts("南岭国常驻联合国代表钱立新在会上发言。")
    assert ("钱立新", "worksFor", "联合国") not in facts


def test_posted_to_a_unit_is_no_employer() -> None:
    facts = _facts("驻海河市车管所的纪检员赵立明到该所后，协助所领导工作。")
    assert ("赵立明", "worksFor", "海河市车管所") not in facts


def test_a_body_without_zhu_still_employs() -> None:
    facts = _facts("联合国秘书长发言人赵立明在会上发言。")
    assert ("赵立明", "worksFor", "联合国") in facts


def test_a_mission_named_by_its_place_employs() -> None:
    facts = _facts("我驻南岭总领馆钱立新总领事在致词中说，新的一年充满希望。")
    assert ("钱立新", "worksFor", "南岭总领馆") in facts


def test_a_wire_place_is_no_employer() -> None:
    facts = _facts("新华社联合国１月６日电（记者钱立新）联合国秘书长发言人办公室６日宣布了分配计划。")
    assert ("钱立新", "worksFor", "联合国") not in facts


def test_a_described_event_is_not_organised_by_a_later_body() -> None:
    facts = _facts("主办单位指出，它是首次举办的南岭国际橄榄球赛，海河国家队首次参赛。")
    assert not {f for f in facts if f[1] == "organizes" and f[0] == "海河国家队"}


def test_a_later_subject_still_organises_an_event_it_pushes() -> None:
    facts = _facts("从去年春季启动“职工书屋”建设活动，到年底实施评选，2023年海河市总工会持续推动职工阅读。")
    assert ("海河市总工会", "organizes", "职工书屋建设活动") in facts
