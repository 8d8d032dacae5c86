"""The type views are sets underneath (``in`` is a C look-up), read-only, ordered by merge rank."""

import copy
import pickle

import pytest

from uniongraph import schema


def test_membership_is_the_sets_own():
    assert type(schema.ORG_TYPES).__contains__ is set.__contains__
    assert "Company" in schema.ORG_TYPES and "Person" not in schema.ORG_TYPES


@pytest.mark.parametrize("change", [
    lambda v: v.add("Robot"), lambda v: v.discard("Company"), lambda v: v.clear(),
    lambda v: v.update({"Robot"}), lambda v: v.pop(),
])
def test_read_only(change):
    before = set(schema.ORG_TYPES)
    with pytest.raises(TypeError):
        change(schema.ORG_TYPES)
    assert set(schema.ORG_TYPES) == before


def test_in_place_operators_are_refused():
    view = schema.ENTITY_TYPE_NAMES
    with pytest.raises(TypeError):
        view |= {"Robot"}
    assert "Robot" not in schema.ENTITY_TYPE_NAMES


def test_iteration_by_merge_rank_and_copies_are_frozensets():
    ranks = [schema.entity_type(n).merge_rank for n in schema.ENTITY_TYPE_NAMES]
    assert ranks == sorted(ranks)
    assert copy.copy(schema.ORG_TYPES) == frozenset(schema.ORG_TYPES)
    assert pickle.loads(pickle.dumps(schema.ORG_TYPES)) == frozenset(schema.ORG_TYPES)
