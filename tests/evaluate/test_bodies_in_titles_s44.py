"""A body the tagger reads inside a document's or a work's title holds the place its name opens
with: the flat spans give the body, not the place alone (the guideline never tags a place inside
an organisation's name apart). The graph gets neither (a title's words name no entity). A place
written as a modifier where no body holds it stays a flat place. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from uniongraph.evaluate.predictors import uniongraph_predictor

_PREDICT = uniongraph_predictor()


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in _PREDICT(text)}


@pytest.mark.parametrize(("text", "body", "place"), [
    ("他为《中国人民解放军建军七十周年画册》题写书名。", "中国人民解放军", "中国"),
    ("会议印发了《中共故城县委关于推进村务公开的意见》。", "中共故城县委", "故城县"),
])
def test_a_body_in_a_title_is_one_flat_span(text, body, place):
    found = spans(text)
    assert (body, "ORG") in found
    assert (place, "LOC") not in found


@pytest.mark.parametrize(("text", "place"), [
    ("他出版了《中国在发展》一书。", "中国"),
    ("我们要建设有中国特色的社会主义。", "中国"),
])
def test_a_place_in_a_title_without_a_body_stays(text, place):
    assert (place, "LOC") in spans(text)
