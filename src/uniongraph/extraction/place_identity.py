"""One place, one entity in a document: a place's short form and its full form (湛江 … 湛江市).

Each article resolves a short form to the fullest form of the place it writes itself
(``aliases._place_short_forms``); a page of several articles, or a full form that only appears
once relations are read (the town before a venue, 长春市|南湖公园; a unit split off a compound
place, 黑龙江省|五常市|民乐乡), can still leave 湛江 in one place and 湛江市 in another. Once every
article of a document is linked, a short form X and a full form X+level word (市, 县, 区, 省,
自治区, 盟, 地区 …) the document writes are one Place, named by the full form, when X cannot be
another place of the document (named by the full form, or by the gazetteer's name where that
is the short one: 莫斯科 … 莫斯科市, 中亚 … 中亚地区):

- the document writes one full form of X only (湘潭市 and 湘潭县 both written: 湘潭 stays);
- the gazetteer reads X as no larger place than the full form (吉林 is the province, not
  吉林市; 安阳 the city, not 安阳县; 海南 the province, not 海南州); places of one level that share a
  short form (鹤山区, 鹤山市) are told apart by the full form the document writes;
- a full form the gazetteer does not know (黄骅县, an older name of 黄骅市) joins a short form
  that reads only as a county-level place or as nothing the gazetteer knows (a town, 练市 … 练市镇);
- a place the gazetteer holds under its own short name joins only its own longer form (纽约 …
  纽约市; a foreign city … its 市): 科威特 is no 科威特市, 纽约 no 纽约州;
- a natural feature is no division of its name (太行山 … 太行山区).

The facts read about the other form are re-pointed to that name. A body named after the place
in both forms (保定公安局 … 保定市公安局, 张店法院 … 张店区法院) is one body by the same test, named by the
full form.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import ORG_TYPES, Article, Mention
from .lexicon import Lexicons
from .places import gazetteer_form

#: level words that end a place's full name after its short form, longest first
LEVEL_WORDS = ("自治区", "自治州", "自治县", "特别行政区", "地区", "街道", "市", "县", "区", "省", "州", "盟", "旗",
               "邦", "镇", "乡", "村")
#: level words whose full form joins a short form only where the gazetteer knows it (亚洲地区 and
#: 北京地区 name regions around a place, 海南州 a prefecture of 青海, not 海南)
_GAZETTEER_ONLY = frozenset({"地区", "州"})
#: level words of towns and villages: a full form with one joins only a place the gazetteer lacks
_TOWN_LEVELS = frozenset({"街道", "镇", "乡", "村"})
#: sizes of gazetteer levels, smaller for larger places
_LEVEL_RANKS = {"continent": 0, "region": 1, "country": 1, "state": 2, "province": 2, "prefecture": 3,
                "county": 4, "city": 4}
#: last characters of a natural feature's name (桐柏山 and 桐柏山乡, 太行山 and 太行山区 are two places)
_FEATURE_ENDS = "山岭峰河江湖海泊岛"


def _rank(place: str, lex: Lexicons) -> int:
    division = lex.places.get(place)
    return _LEVEL_RANKS.get(division.level, 5) if division is not None else 5


def readings(short: str, lex: Lexicons) -> set[str]:
    """Every gazetteer place a short form may name: those it is a short form of (鹤山: 鹤山区,
    鹤山市) and those whose full name is it and a level word (吉林: 吉林省 and 吉林市)."""
    found = set(lex.place_aliases.get(short, ()))
    for word in LEVEL_WORDS:
        full = gazetteer_form(short + word, lex)
        if full is not None:
            found.add(full)
    return found


def joined_name(short: str, full: str, lex: Lexicons) -> str | None:
    """The name of the one place ``short`` and ``full`` (``short`` and a level word) name, by the
    gazetteer, when the document writes no other full form of it; None when they may be two.
    The full form, as the guideline names places, except for a place the gazetteer holds under
    its short name (莫斯科 … 莫斯科市, 中亚 … 中亚地区: the gazetteer's name, as for one article).

    >>> from uniongraph.extraction.lexicon import load_lexicons
    >>> lex = load_lexicons()
    >>> [joined_name(s, f, lex) for s, f in [("湛江", "湛江市"), ("鹤山", "鹤山市"), ("吉林", "吉林市"), ("安阳", "安阳县")]]
    ['湛江市', '鹤山市', None, None]
    >>> joined_name("科威特", "科威特市", lex), joined_name("太行山", "太行山区", lex)
    (None, None)
    """
    word = full[len(short):]
    target = gazetteer_form(full, lex)
    if short in lex.places:  # a place by its own name: only its own longer form (纽约 … 纽约市)
        if target is not None:
            return short if target == short else None
        return short if word == "市" and lex.places[short].level in ("city", "county") else None
    if target is None:
        if word in _GAZETTEER_ONLY or short[-1] in _FEATURE_ENDS:
            return None  # (a feature by its own name: 太行山 … 太行山区)
        # an older or unlisted full form (黄骅县, 练市镇): of a place no larger than a county
        return full if all(_rank(p, lex) >= _LEVEL_RANKS["county"] for p in readings(short, lex)) else None
    if word in _TOWN_LEVELS:
        return None
    found = readings(short, lex)
    if target not in found:
        return None
    # the short form names the largest place it may name (吉林 the province, not 吉林市)
    return full if all(_rank(p, lex) >= _rank(target, lex) for p in found) else None


def _keys(articles: Iterable[Article], types: Iterable[str]) -> dict[str, list[Mention]]:
    """The names of the ``types`` mentions of ``articles`` (none named per article), with their mentions."""
    keys: dict[str, list[Mention]] = {}
    for art in articles:
        for m in art.mentions:
            if m.type in types and "（" not in m.key:
                keys.setdefault(m.key, []).append(m)
    return keys


#: level words written between a body's place and the rest of its name (保定|市|公安局)
_BODY_LEVELS = ("自治区", "市", "县", "区", "省")


def _bodies(keys: dict[str, list[Mention]], lex: Lexicons) -> dict[str, str]:
    """Bodies named with a place's short form whose name with the full form the document also
    writes (保定公安局 … 保定市公安局): short name -> full name, where the places are one."""
    moved: dict[str, str] = {}
    for name in keys:
        fulls = {name[:k] + w + name[k:] for k in range(2, min(5, len(name) - 1)) for w in _BODY_LEVELS
                 if name[:k] + w + name[k:] in keys and joined_name(name[:k], name[:k] + w, lex) == name[:k] + w}
        if len(fulls) == 1:
            moved[name] = fulls.pop()
    return moved


def _places(keys: dict[str, list[Mention]], lex: Lexicons) -> dict[str, str]:
    """Place forms of one place: the other form -> the name (the full form, or the gazetteer's)."""
    moved: dict[str, str] = {}
    for short in keys:
        if len(short) < 2:
            continue
        fulls = [short + w for w in LEVEL_WORDS if short + w in keys]
        if len(fulls) == 1 and (name := joined_name(short, fulls[0], lex)) is not None:
            moved[fulls[0] if name == short else short] = name
    for form, name in moved.items():  # (a full form that is itself a short form of a fuller one)
        seen = {form}
        while name in moved and name not in seen:
            seen.add(name)
            name = moved[name]
        moved[form] = name
    return moved


def _rename(articles: list[Article], keys: dict[str, list[Mention]], moved: dict[str, str],
            types: Iterable[str]) -> None:
    """Give the mentions of each moved name the new one, and the facts about them."""
    types = frozenset(types)
    for form, name in moved.items():
        for m in keys[form]:
            m.canonical, m.resolution = name, "place-form-of-document"
    for art in articles:
        for r in art.relations:
            if r.head_type in types and r.head in moved:
                r.head = moved[r.head]
            if r.tail_type in types and r.tail in moved:
                r.tail = moved[r.tail]


def unify_place_forms(articles: list[Article], lex: Lexicons) -> dict[str, str]:
    """Name a place short form and full form of the document's ``articles`` by one name where
    they are one place, and the bodies named after it in both forms (see the module); the facts
    about them follow. Returns each renamed form -> its name."""
    places = _keys(articles, ("Place",))
    moved = _places(places, lex)
    _rename(articles, places, moved, ("Place",))
    bodies = _keys(articles, ORG_TYPES)
    moved_bodies = _bodies(bodies, lex)
    _rename(articles, bodies, moved_bodies, ORG_TYPES)
    return {**moved, **moved_bodies}
