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
  short form (鹤山区 of 鹤壁市, 鹤山市 of 江门市; 普陀区 of 上海市 and of 舟山市) are told apart by
  the one parent the document writes, and none written is no join; a short form whose other
  reading's parent is written (中山 in a report of 大连: 中山区) joins no 中山市;
- a town-level full form (丰台街道, 长安镇) joins no short form the gazetteer knows (丰台 is the district);
- a full form the gazetteer does not know (黄骅县, an older name of 黄骅市) joins a short form
  that reads only as a county-level place or as nothing the gazetteer knows (a town, 练市 … 练市镇);
- a place the gazetteer holds under its own short name joins only its own longer form (纽约 …
  纽约市; a foreign city … its 市): 科威特 is no 科威特市, 纽约 no 纽约州;
- a natural feature is no division of its name (太行山 … 太行山区, 西湖 … 西湖区): a short form
  ending as a feature joins only a city, county or province the gazetteer calls by it (湛江市).

The facts read about the other form are re-pointed to that name. A body named after the place
in both forms (保定公安局 … 保定市公安局, 张店法院 … 张店区法院) is one body by the same test, named by the
full form, when the document writes one full form of the place and the places written before
the bodies lie in one another (重庆市|江北区人民法院 … 宁波|江北人民法院: two courts).
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
#: level words of the places named after a feature that news writes by the short form (湛江市, 浙江省,
#: 巫山县; not a city district, 西湖区 or 东湖区, whose short form is the lake)
_FEATURE_TOWNS = frozenset({"市", "县", "省", "自治区", "特别行政区"})


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


def joined_name(short: str, full: str, lex: Lexicons, written: frozenset[str] | None = None) -> str | None:
    """The name of the one place ``short`` and ``full`` (``short`` and a level word) name, by the
    gazetteer, when the document writes no other full form of it; None when they may be two.
    The full form, as the guideline names places, except for a place the gazetteer holds under
    its short name (莫斯科 … 莫斯科市, 中亚 … 中亚地区: the gazetteer's name, as for one article).
    ``written``: the place names the document writes, which tell apart places of one level that
    share the short form (鹤山区 of 鹤壁市, 鹤山市 of 江门市; 普陀区 of 上海市 and of 舟山市): without
    one parent written, no join.

    >>> from uniongraph.extraction.lexicon import load_lexicons
    >>> lex = load_lexicons()
    >>> [joined_name(s, f, lex) for s, f in [("湛江", "湛江市"), ("鹤山", "鹤山市"), ("吉林", "吉林市"), ("安阳", "安阳县")]]
    ['湛江市', None, None, None]
    >>> joined_name("鹤山", "鹤山市", lex, frozenset({"江门市", "鹤山市"}))
    '鹤山市'
    >>> joined_name("科威特", "科威特市", lex), joined_name("太行山", "太行山区", lex), joined_name("西湖", "西湖区", lex)
    (None, None, None)
    """
    word = full[len(short):]
    target = gazetteer_form(full, lex)
    if short in lex.places:  # a place by its own name: only its own longer form (纽约 … 纽约市)
        if target is not None:
            return short if target == short else None
        return short if word == "市" and lex.places[short].level in ("city", "county") else None
    if short[-1] in _FEATURE_ENDS and (target is None or target not in lex.place_aliases.get(short, ())
                                       or word not in _FEATURE_TOWNS):
        # a feature by its own name (太行山 … 太行山区, 西湖 … 西湖区, 东湖 … 东湖区); a city or a province
        # the gazetteer calls so is read by its short form (湛江 … 湛江市, 浙江 … 浙江省)
        return None
    found = readings(short, lex)
    if target is None:
        if word in _GAZETTEER_ONLY or word in _TOWN_LEVELS and found:
            return None  # (丰台 is the district, not 丰台街道; 长安 no 长安镇)
        # an older or unlisted full form (黄骅县, 练市镇): of a place no larger than a county
        return full if all(_rank(p, lex) >= _LEVEL_RANKS["county"] for p in found) else None
    if word in _TOWN_LEVELS:
        return None
    if target not in found:
        return None
    # the short form names the largest place it may name (吉林 the province, not 吉林市)
    if not all(_rank(p, lex) >= _rank(target, lex) for p in found):
        return None
    rows = [row for p in found for row in lex.homonyms.get(p) or ([lex.places[p]] if p in lex.places else [])
            if row.status != "former" or row.name == target]  # (宁德地区, the former name of 宁德市)
    placed = _placed_by_parent(rows, lex, written or frozenset())
    if placed and (len(placed) > 1 or placed[0].name != target):
        return None  # (中山 in a report of 大连 … 中山市: the 中山区 of the city written)
    # places of that level and name under several parents (普陀区 of 上海市 and of 舟山市; not
    # one place under two names, 宁德地区 … 宁德市): one must be placed by its parent written
    if len({row.parent for row in rows if _rank(row.name, lex) == _rank(target, lex)}) > 1 and not placed:
        return None
    return full


def _placed_by_parent(rows: list, lex: Lexicons, written: frozenset[str]) -> list:
    """The gazetteer rows whose parent (or the parent's parent) the document writes, in full or
    short (江门 for 鹤山市 of 江门市)."""
    placed = []
    for row in rows:
        for up in [row.parent, *lex.ancestors(row.parent)][:2] if row.parent else []:
            division = lex.places.get(up)
            forms = {up, *(division.aliases if division else ()),
                     *(up[: -len(w)] for w in LEVEL_WORDS if up.endswith(w) and len(up) - len(w) >= 2)}
            if up != "中国" and forms & written:
                placed.append(row)
                break
    return placed


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


def _bodies(keys: dict[str, list[Mention]], lex: Lexicons, written: frozenset[str]) -> dict[str, str]:
    """Bodies named with a place's short form whose name with the full form the document also
    writes (保定公安局 … 保定市公安局): short name -> full name, where the places are one (the
    document writes one full form of the place, as for places) and no two higher places are
    written before them (重庆市|江北区人民法院 … 宁波|江北人民法院: two courts)."""
    moved: dict[str, str] = {}
    for name in keys:
        fulls = {(name[:k], name[:k] + w + name[k:]) for k in range(2, min(5, len(name) - 1)) for w in _BODY_LEVELS
                 if name[:k] + w + name[k:] in keys
                 and joined_name(name[:k], name[:k] + w, lex, written) == name[:k] + w}
        if len(fulls) != 1:
            continue
        short, full = fulls.pop()
        if _written_full_forms(short, keys, written) > 1:
            continue  # (鹤山区公安局 … 鹤山公安局 on a page that writes 鹤山市 too)
        above = {_place_name(m.located_at, lex) for m in keys[name] + keys[full] if m.located_at is not None}
        if len(above) > 1 and not any(all(a == b or lex.encloses(a, b) for b in above) for a in above):
            continue  # (no one place of them all holds the others)
        moved[name] = full
    return moved


def _written_full_forms(short: str, keys: dict[str, list[Mention]], written: frozenset[str]) -> int:
    """How many full forms of the place ``short`` the document writes, as a place or at the front
    of a body's name (鹤山区, 鹤山市公安局)."""
    return sum(1 for w in LEVEL_WORDS if short + w in written or any(k.startswith(short + w) for k in keys))


def _place_name(m: Mention, lex: Lexicons) -> str:
    """A place mention's gazetteer name (宁波 -> 宁波市), else its key."""
    return m.place or gazetteer_form(m.key, lex) or m.key


def _places(keys: dict[str, list[Mention]], lex: Lexicons) -> dict[str, str]:
    """Place forms of one place: the other form -> the name (the full form, or the gazetteer's)."""
    moved: dict[str, str] = {}
    written = frozenset(keys)
    for short in keys:
        if len(short) < 2:
            continue
        fulls = [short + w for w in LEVEL_WORDS if short + w in keys]
        if len(fulls) == 1 and (name := joined_name(short, fulls[0], lex, written)) is not None:
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
    moved_bodies = _bodies(bodies, lex, frozenset(places))
    _rename(articles, bodies, moved_bodies, ORG_TYPES)
    return {**moved, **moved_bodies}
