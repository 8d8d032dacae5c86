"""id_kind, merge_rank and expand are remembered per question, and forgotten when the type table changes."""

from __future__ import annotations

from uniongraph.ids import entity_id
from uniongraph.schema import EntityType, expand, id_kind, merge_rank, register_entity_type, relation_type, unregister_entity_type


def test_a_type_registered_after_its_name_was_asked_gets_its_own_kind_and_rank() -> None:
    assert (id_kind("Toy43"), merge_rank("Toy43")) == ("thing", 99)  # unknown: asked before it exists
    register_entity_type(EntityType("Toy43", None, "toy", "玩具", "toy", None, 3, "#000000", "dot", "●"))
    try:
        assert (id_kind("Toy43"), merge_rank("Toy43")) == ("toy", 3)
        assert entity_id("Toy43", "青溪") == "toy/%E9%9D%92%E6%BA%AA"
    finally:
        unregister_entity_type("Toy43")
    assert (id_kind("Toy43"), merge_rank("Toy43")) == ("thing", 99)


def test_the_known_types_keep_theirs() -> None:
    assert id_kind("Federation") == id_kind("Company") == "org" and id_kind("Person") == "person"
    assert merge_rank("Federation") < merge_rank("Organization")


def test_a_subclass_registered_after_its_parent_was_expanded_is_in_it() -> None:
    before = expand(("Organization",))
    assert "Toy43b" not in before and "Federation" in before
    register_entity_type(EntityType("Toy43b", "Organization", "org", "玩具会", "toy body", "ORG", 4, "#000000", "dot", "●"))
    try:
        assert expand(("Organization",)) == before | {"Toy43b"}
        assert "Toy43b" in relation_type("worksFor").tails
    finally:
        unregister_entity_type("Toy43b")
    assert expand(("Organization",)) == before
