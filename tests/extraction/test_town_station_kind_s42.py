"""A town's sanitation station (某县|某镇环卫所, 环卫站) is a kind of body every town has, named by its
town as its 卫生院 or 农机站 is (``lexicons/generic_org_words.txt``): the town stays in its name, which
is never the bare kind 环卫所 (stop 42; sentences invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _bodies(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.key for m in art.mentions if m.type in ("Organization", "Company")}


@pytest.mark.parametrize("body, kind", [
    ("来自大埔县高陂镇环卫所的代表发了言。", "环卫所"),
    ("来自五华县华城镇环卫站的代表发了言。", "环卫站"),
])
def test_station_keeps_its_town(body, kind):
    got = _bodies(body)
    assert kind not in got
    assert any(b.endswith(kind) and "镇" in b for b in got)
