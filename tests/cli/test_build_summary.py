"""The build's summary line counts a fact once: an inferred fact a sentence also states is stated."""

from uniongraph.cli.build import summary
from uniongraph.model import KnowledgeGraph, Relation


def _rel(head: str, relation: str, tail: str, inferred: bool = False) -> Relation:
    return Relation(head, "TradeUnion", relation, tail, "Company", inferred=inferred)


def test_an_inferred_fact_also_stated_is_counted_once_as_stated() -> None:
    kg = KnowledgeGraph(relations=[_rel("钱塘集团工会", "unionOf", "钱塘集团")],
                        inferred_relations=[_rel("钱塘集团工会", "unionOf", "钱塘集团", True),
                                            _rel("海河钢铁集团工会", "unionOf", "海河钢铁集团", True)])
    first = summary(kg).splitlines()[0]
    assert "relations: 1" in first
    assert first.endswith("inferred: 1 (and 1 also stated)")


def test_inferred_facts_no_sentence_states_are_counted_plainly() -> None:
    kg = KnowledgeGraph(relations=[_rel("钱塘集团工会", "unionOf", "钱塘集团")],
                        inferred_relations=[_rel("海河钢铁集团工会", "unionOf", "海河钢铁集团", True)])
    assert summary(kg).splitlines()[0].endswith("inferred: 1")
