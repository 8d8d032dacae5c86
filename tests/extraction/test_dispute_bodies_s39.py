"""Labour-dispute bodies named whole (某市劳动人事争议联合调解中心, 某区劳动人事争议仲裁院): the field
(劳动人事) and 联合 between two of the name's words are no boundary of the name. Sentences invented
for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def bodies(body: str) -> set[str]:
    article = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.text for m in article.mentions if m.type in ("Organization", "Federation", "Event")}


def test_a_joint_mediation_centre_is_named_whole():
    found = bodies("11月8日，保定市劳动人事争议联合调解中心揭牌仪式在保定市职工之家举行。")
    assert "保定市劳动人事争议联合调解中心" in found
    assert "保定市劳动人事争议联合调解中心揭牌仪式" in found
    assert "调解中心" not in found


def test_an_arbitration_court_is_a_body():
    assert "莲湖区劳动人事争议仲裁院" in bodies("莲湖区劳动人事争议仲裁院、莲湖区法律援助中心派员参加。")


def test_acting_jointly_with_another_body_stays_a_verb():
    found = bodies("峡江县总工会联合县人民法院开展普法宣传。")
    assert "峡江县总工会" in found
    assert not any(b.startswith("峡江县总工会联合") for b in found)
