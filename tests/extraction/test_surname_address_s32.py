"""A surname and a form of address (栾老人, 杨师傅, 郭大叔) name nobody (the guideline); a full
name before the same address is a person."""

from __future__ import annotations

from functools import partial

from mentioned import names


_persons = partial(names, type_="Person", written=True, entities_only=True)


def test_a_surname_and_an_address_is_no_person() -> None:
    persons = _persons("过了几年，苟老人说：日子一年比一年好。郭大叔也笑了，阚老太太点了点头。")
    assert not {"苟老人", "郭大叔", "阚老太太", "阚老太"} & persons


def test_a_full_name_before_an_address_is_a_person() -> None:
    assert "苟春兰" in _persons("过了几年，苟春兰老人说：日子一年比一年好。")
