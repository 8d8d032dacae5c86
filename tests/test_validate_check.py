"""The build's own check of the shapes (validate.check) agrees with pySHACL (validate.validate).

Each case breaks a clean graph in one way a buggy extractor could; both checkers must report the
same nodes with the same severities (and, where the shape has its own message, the same message).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest
from kgfixture import COMPANY, EVENT, FEDERATION, PERSON, PLACE, sample_graph

from uniongraph.model import Entity, Evidence, KnowledgeGraph, Relation
from uniongraph.validate import check, shapes_path, validate

pytestmark = pytest.mark.skipif(not shapes_path().is_file(), reason="shapes not found")


def _first(kg: KnowledgeGraph, relation: str) -> Relation:
    return next(r for r in kg.relations if r.relation == relation)


def _evidence(kg: KnowledgeGraph) -> Evidence:
    return kg.relations[0].evidence[0]


def works_for_a_place(kg: KnowledgeGraph) -> None:
    kg.relations.append(Relation(PERSON, "Person", "worksFor", PLACE, "Place",
                                 copy.deepcopy(_first(kg, "worksFor").evidence)))


def place_works_for(kg: KnowledgeGraph) -> None:
    kg.relations.append(Relation(PLACE, "Place", "worksFor", FEDERATION, "Federation",
                                 copy.deepcopy(_first(kg, "worksFor").evidence)))


def held_at_a_person(kg: KnowledgeGraph) -> None:
    kg.relations.append(Relation(EVENT, "Event", "heldAt", PERSON, "Person", [copy.deepcopy(_evidence(kg))]))


def organizes_a_company(kg: KnowledgeGraph) -> None:
    kg.relations.append(Relation(FEDERATION, "Federation", "organizes", COMPANY, "Company",
                                 [copy.deepcopy(_evidence(kg))]))


def implied_end_of_wrong_type(kg: KnowledgeGraph) -> None:  # a name that is no entity of the graph
    kg.relations.append(Relation("赵立新", "Person", "organizes", EVENT, "Event", [copy.deepcopy(_evidence(kg))]))


def no_evidence(kg: KnowledgeGraph) -> None:
    kg.relations[0].evidence.clear()


def evidence_of_an_unknown_article(kg: KnowledgeGraph) -> None:
    _evidence(kg).article_id = "article/ffffffffffff-9"


def empty_sentence(kg: KnowledgeGraph) -> None:
    ev = _evidence(kg)
    ev.sentence, ev.sentence_end = "", ev.sentence_start


def negative_start(kg: KnowledgeGraph) -> None:
    ev = _evidence(kg)
    ev.sentence_start, ev.sentence_end = -3, -3 + len(ev.sentence)


def no_rule(kg: KnowledgeGraph) -> None:
    _evidence(kg).rule = ""


def offsets_do_not_fit(kg: KnowledgeGraph) -> None:
    _evidence(kg).sentence_end += 2


def head_outside_its_sentence(kg: KnowledgeGraph) -> None:
    ev = _evidence(kg)
    ev.head_start, ev.head_end = ev.sentence_end + 1, ev.sentence_end + 3


def latin_label(kg: KnowledgeGraph) -> None:
    kg.entities["org/acme"] = Entity("org/acme", "ACME Ltd", "Company")


def empty_label(kg: KnowledgeGraph) -> None:
    kg.entities["org/empty"] = Entity("org/empty", "", "Company")


def unknown_type(kg: KnowledgeGraph) -> None:
    kg.entities["thing/x"] = Entity("thing/x", "某物", "Thing")


def curated_without_a_line(kg: KnowledgeGraph) -> None:  # provenance of a correction (uniongraph.curation)
    ent = next(iter(kg.entities.values()))
    ent.attributes["curatedBy"] = ["corrections.toml"]
    ent.attributes["curationReason"] = ["reject 贺卡"]


def empty_curation_reason(kg: KnowledgeGraph) -> None:
    ent = next(iter(kg.entities.values()))
    ent.attributes["curatedBy"] = ["corrections.toml:3"]
    ent.attributes["curationReason"] = [""]


BREAKS: list[Callable[[KnowledgeGraph], None]] = [
    works_for_a_place, place_works_for, held_at_a_person, organizes_a_company, implied_end_of_wrong_type,
    no_evidence, evidence_of_an_unknown_article, empty_sentence, negative_start, no_rule,
    offsets_do_not_fit, head_outside_its_sentence, latin_label, empty_label, unknown_type,
    curated_without_a_line, empty_curation_reason,
]


def _key(report) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(r.severity, r.focus) for r in report.results}


def test_a_clean_graph_passes_both() -> None:
    kg = sample_graph()
    fast, full = check(kg), validate(kg)
    assert fast.conforms and full.conforms
    assert _key(fast) == _key(full)


@pytest.mark.parametrize("breaks", BREAKS, ids=[b.__name__ for b in BREAKS])
def test_both_checkers_report_the_same_nodes(breaks: Callable[[KnowledgeGraph], None]) -> None:
    kg = sample_graph()
    clean = _key(check(kg))
    breaks(kg)
    fast, full = check(kg), validate(kg)
    assert _key(fast) - clean, "the break was not seen"
    assert _key(fast) == _key(full)
    assert fast.conforms == full.conforms
    shape_messages = {r.message for r in full.results}
    for r in fast.results:  # a shape's own message is reported word for word
        if r.message in shape_messages or r.severity == "Warning":
            assert r.message in shape_messages


def test_a_curated_entity_passes_both() -> None:
    kg = sample_graph()
    ent = next(iter(kg.entities.values()))
    ent.attributes["curatedBy"] = ["corrections.toml:3", "corrections.toml:12"]
    ent.attributes["curationReason"] = ["merge 工行 → 中国工商银行: 同一家银行", "alias 中国工商银行 + ICBC"]
    fast, full = check(kg), validate(kg)
    assert fast.conforms and full.conforms
    assert _key(fast) == _key(full)


def test_the_build_line_counts_by_kind() -> None:
    kg = sample_graph()
    latin_label(kg)
    head_outside_its_sentence(kg)
    line = check(kg).summary()
    assert line.startswith("0 violation(s), 2 warning(s): ")
    assert "1 × the label holds no Chinese character" in line
