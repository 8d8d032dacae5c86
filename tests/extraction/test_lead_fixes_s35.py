"""Lead's fixes of stop 35 (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names


# -- a notice's addressees: 各 and a run of levels before 总工会 name every such federation, no one

@pytest.mark.parametrize("text", [
    "各县（市）区总工会，各产业工会：现将有关事项通知如下。",
    "各区、县总工会：为做好春节送温暖工作，现通知如下。",
    "各区县总工会、各产业工会：请于月底前报送材料。",
    "各市（州）总工会：现将有关事项通知如下。",
])
def test_addressed_federations_are_no_entity(text: str) -> None:
    assert not [n for n in names(text, written=True) if n.endswith("总工会")]


@pytest.mark.parametrize(("text", "name"), [
    ("区总工会主席李明出席会议。", "区总工会"),
    ("各地总工会要抓好落实，南岭区总工会率先行动。", "南岭区总工会"),
    ("县总工会和各乡镇工会参加。", "县总工会"),
])
def test_one_federation_stays(text: str, name: str) -> None:
    assert name in names(text, "Federation", written=True)
