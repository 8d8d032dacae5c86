"""An address in a county's seat (invented lines): the town and the county's venue are two places, a
road between them neither; a body placed there is in both."""

from tests.stated import stated_facts
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.pipeline import _venue_after_its_town


def test_town_then_the_countys_venue_splits():
    lex = load_lexicons()
    assert _venue_after_its_town("石桥镇县政务服务中心", lex) == (3, 3)
    assert _venue_after_its_town("青溪镇人民路县职工服务中心", lex) == (3, 6)


def test_no_split_without_a_town_or_a_county_level():
    lex = load_lexicons()
    assert _venue_after_its_town("青溪镇文化站", lex) is None
    assert _venue_after_its_town("青溪县职工服务中心", lex) is None


def test_a_station_placed_at_the_venue_is_in_the_town_too():
    facts = stated_facts("石桥县总工会职工法律援助工作站位于石桥镇县政务服务中心三楼。")
    assert ("石桥县总工会职工法律援助工作站", "locatedIn", "县政务服务中心") in facts
    assert ("石桥县总工会职工法律援助工作站", "locatedIn", "石桥镇") in facts
