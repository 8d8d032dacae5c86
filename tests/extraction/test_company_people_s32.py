"""A company's short name and 人 say the company's people, no person (华广人 type), where the
article names the company; a person whose given name ends in 人 stays (sentences written for
these tests)."""

from __future__ import annotations

from functools import partial

from mentioned import names


_persons = partial(names, type_="Person")


def test_a_companys_people_are_no_person() -> None:
    text = "记者到丰岭汽车公司采访。丰岭人说：“培训是第一位的。”"
    assert "丰岭人" not in _persons(text)


def test_a_given_name_in_ren_stays() -> None:
    assert "王启人" in _persons("厂长王启人说：“培训是第一位的。”")
