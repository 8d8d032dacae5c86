"""Place names: the gazetteer (administrative divisions and world places, with short forms),
names with a place head (回龙观地区, 望京街道), and words the dictionary tags as places.

Gazetteer forms are matched on whole words only, so 海淀 is found in 为海淀的职工… but 东方 is
not found inside 东方红 (a word of its own).

>>> from uniongraph.extraction.tokens import TokenIndex
>>> sorted((m.name, m.place) for m in find_places(TokenIndex("为回龙观地区和海淀的职工送去关爱")))
[('回龙观地区', None), ('海淀', '海淀区')]
"""

from __future__ import annotations

import itertools
import operator
import re

from ..model import Mention
from .lexicon import Lexicons, derived, load_lexicons, scope_words, word_lengths
from .names import body_tokens, heads_on_word_ends, clean_name, has_proper_word, head_regex, inside_a_title, name_and_verb_glued_to_a_level, name_start, names_an_employer
from .tokens import TokenIndex, is_word, tokenize, word_frequency, word_tag
from .overlaps import Priority

_GENERIC_PLACE_BODY = frozenset(
    {"重点", "沿海", "边远", "偏远", "贫困", "农村", "城市", "城镇", "山区", "少数民族", "有关", "周边", "其他", "部分", "广大", "我国", "本", "该", "各", "全国"}
)
_MAX_JOIN = 3
#: first characters of words that name a kind of place, not one (大城市, 小城镇, 各省, 本市, 全县)
_KIND_OPENING = "大小各本该全"
#: last characters of place names; a two-character dictionary "place" without one (普及, 惠及) is
#: more often a word jieba mis-tagged
_PLACE_FINAL = frozenset("省市县区州镇乡村岛山河湖江海港湾洲")
_MAX_BODY_TOKENS = 2
#: the last characters of a natural feature's name (辽河, 图们江, 贺兰山); shared with alias resolution
FEATURE_FINAL = "江河湖海山岛湾"
#: word classes of a lone character before a place head that modify the head, not end a name
#: (加勒比|低|地区; but 金州|湾|街道, 大田|庄|乡: a name's own character, tagged zg, nr, ns or n)
_MODIFIER_TAGS = frozenset({"a", "ad", "an", "b", "d", "v", "vd", "m", "q", "r", "p", "c", "u", "uj"})
_DIRECTIONS = "东南西北"


#: sections of a street glued to its head by jieba (东路, 中路): part of a street's name, no place alone
_STREET_SECTIONS = frozenset(_DIRECTIONS + "中")


#: level words that, written as a word of their own, end a place's name (城关|镇, 应山|街道): the body
#: of a place read by a later head opens after one
_LEVEL_WORDS = frozenset({"省", "市", "县", "区", "镇", "乡", "村", "街道", "社区"})


def _readings_after_a_level_word(body: list, start: int, inword: bool, kind: str, found: list[Mention]):
    """The readings of an area head's body to try in turn, as (start, body, the town the level word
    ends): where a level word written as a word of its own (应山|街道|白果树|社区) ends a place already
    found, first the name after it alone (白果树社区, 应山街道 standing apart), then the body as read
    before (临河镇|桃源|社区: 桃源, a common word, names no place alone; 临河镇桃源社区 is one place; a
    name read so never opens inside the town: _find_places); otherwise the body as read. Not for a
    built thing's head: a station or a pier is named with the district it is in (石门区|青溪|汽车站),
    as the place grammar's towns enclose it; not a level word opening the body, nor one right before
    the head's own word (巴巴|区|到姆尼布区)."""
    if kind != "facility":
        for k in range(len(body) - 2 - inword, 0, -1):
            level = body[k]
            if level.word not in _LEVEL_WORDS:
                continue
            town = next((p for p in found if p.type == "Place" and p.end == level.end and p.start < level.start), None)
            if town is None:
                break  # (石门|区|青溪: 石门区 read by no head, the level word ends no place here)
            return [(body[k + 1].start, body[k + 1 :], None), (start, body, town)]
    return [(start, body, None)]


#: heads of areas that a generic word before them (部分, 沿海, 偏远) makes a kind of area, no place
_AREA_HEADS = ("地区", "地带", "山区")


def _generic_area(words: str) -> bool:
    """Whether ``words`` are a kind of area (沿海地区, 偏远地区, 部分地区, 该地区), not a named one."""
    return any(words.endswith(h) and (words[: -len(h)] in _GENERIC_PLACE_BODY or words[: -len(h)][-1:] in "该本此")
               for h in _AREA_HEADS if len(words) > len(h))


def _plausible_dictionary_place(word: str, lex: Lexicons) -> bool:
    """jieba tags many words ``ns`` that are not places (广大干部, 擂台赛, 大国): keep those that end
    like a place name or open with a known place (辽宁抚顺)."""
    if len(word) < 2 or word in _GENERIC_PLACE_BODY or _generic_area(word):
        return False
    if len(word) == 2 and word[0] in _STREET_SECTIONS and word[1] in "路街":
        return False  # 东路, 中街: the section of a street named before it
    if word[-1] in _PLACE_FINAL and len(word) >= 3 and word[:-1] not in _GENERIC_PLACE_BODY and word[0] not in _KIND_OPENING:
        return True
    if len(word) == 2 and (word[-1] in FEATURE_FINAL or word[-1] in _DIRECTIONS or word[0] in _DIRECTIONS + "华"):
        # 长江, 苏南, 华北, 河西 — not 大国, 上市, nor the direction pairs 东西, 南北, 西南
        return word[0] not in _KIND_OPENING + "上下" and not (word[0] in _DIRECTIONS and word[1] in _DIRECTIONS)
    return len(word) >= 3 and lex.knows_place(word[:2])


def gazetteer_form(word: str, lex: Lexicons) -> str | None:
    """The full gazetteer name a surface form stands for, or None: a full name stands for itself
    (北京市 -> 北京市), a short form for the first full name it may stand for (北京 -> 北京市).
    Shared with alias resolution and the pipeline, which ask it of forms they cut from names."""
    if len(word) > lex.longest_place:
        return None  # not hashed: a Latin or digit run can be one token of 100,000 characters
    if word in lex.places:
        return word
    full = lex.place_aliases.get(word)
    if full:
        return full[0]
    return None


def place_level(form: str, lex: Lexicons) -> str | None:
    """The gazetteer level of a place form (its full name's: country, province …), or None."""
    full = gazetteer_form(form, lex)
    place = lex.places.get(full) if full else None
    return place.level if place is not None else None


#: the provinces that are cities (直辖市): a registered name opening with one is a city's company;
#: and the regions that open a name for where its capital comes from (台湾某电子有限公司 in 昆山: 台资)
_NOT_PLACING_PROVINCES = frozenset({"北京市", "上海市", "天津市", "重庆市", "香港特别行政区", "澳门特别行政区", "台湾省"})


def province_not_city(form: str, lex: Lexicons) -> bool:
    """Whether a place form is a province, region or other provincial unit that is no city (湖北,
    广西, 新疆; not 上海, a municipality) nor a region a name gives as the capital's origin (台湾,
    香港): the province a registered name opens with (湖北某纺织有限公司) places the company as a
    whole, alongside the town or zone the text writes before it."""
    full = gazetteer_form(form, lex)
    return full is not None and full not in _NOT_PLACING_PROVINCES and place_level(form, lex) == "province"


def _gazetteer_forms(lex: Lexicons) -> dict[str, str]:
    """Every surface form -> :func:`gazetteer_form` of it, in one dict (for the loop over a
    text's tokens: one look-up per form instead of two)."""
    memo = _gazetteer_memo(lex, "_gazetteer_forms")
    if "forms" not in memo:
        forms = {alias: names[0] for alias, names in lex.place_aliases.items() if names}
        forms.update((name, name) for name in lex.places)  # a full name stands for itself first
        memo["forms"] = forms
    return memo["forms"]


def _gazetteer_form_starts(lex: Lexicons) -> dict[str, str | None]:
    """Every beginning of a surface form (北, 北京, 北京市) -> :func:`gazetteer_form` of it, or
    None where it is only the beginning of one: a text that is no key begins no form."""
    memo = _gazetteer_memo(lex, "_gazetteer_form_starts")
    if "starts" not in memo:
        forms = _gazetteer_forms(lex)
        starts: dict[str, str | None] = {}
        for form in forms:
            for k in range(1, len(form)):
                starts.setdefault(form[:k], None)
        starts.update(forms)
        memo["starts"] = starts
    return memo["starts"]


#: fewer uses than this in jieba's dictionary make a verb-like word before a place head opaque
_RARE = 50


def _kind_of_place(word: str) -> bool:
    """A size or a scope before a word for places (大城市, 大中城市, 小城镇): a kind of place;
    not 大寨村, 小岗村 (寨村, 岗村 are no words)."""
    return len(word) >= 3 and word[0] in _KIND_OPENING and is_word(word[-2:])


def _opaque_word(body) -> bool:
    """A body of one rare word jieba reads as a verb or a set phrase (回天 of 回天地区: a name);
    缺水, 困难 of 缺水地区, 困难地区 are kinds of area, 这条 of 这条路 points at one."""
    return len(body) == 1 and body[0].pos in ("v", "vd", "vi", "i", "l") and len(body[0].word) >= 2 \
        and word_frequency(body[0].word) < _RARE


def ordinary_word(t) -> bool:
    """A two-character division name that is also an ordinary word (矿区, 城区, 海防)."""
    return len(t.word) == 2 and t.pos not in ("ns", "nr", "nz", "un", "nt", "j", "nrt")


def _listed_with_place(toks, i: int, lex: Lexicons) -> bool:
    """Whether token ``i`` stands in a list with a place word: 在大连、昆明和北京 (jieba tags
    大连 an adverb; beside 昆明 it is the city)."""
    def place(k: int) -> bool:
        return 0 <= k < len(toks) and (toks[k].pos == "ns" or toks[k].word in lex.places)
    after = i + 1 < len(toks) and toks[i + 1].word in ("、", "和", "及", "与") and place(i + 2)
    before = i >= 1 and toks[i - 1].word in ("、", "和", "及", "与") and place(i - 2)
    return after or before or _after_its_parent(toks, i, lex)


def _after_its_parent(toks, i: int, lex: Lexicons) -> bool:
    """Whether token ``i`` is a division written right after the one that holds it: 河南|商丘
    (jieba tags 商丘 a common noun; after its province it is the city)."""
    if i < 1:
        return False
    full, parent = gazetteer_form(toks[i].word, lex), gazetteer_form(toks[i - 1].word, lex)
    place = lex.places.get(full) if full else None
    return place is not None and parent is not None and place.parent == parent


def _place_prefix_of_word(word: str, lex: Lexicons, memo: dict | None = None) -> tuple[str, str] | None:
    if len(word) < 4:
        return None
    if memo is None:
        memo = _gazetteer_memo(lex, "_place_prefixes")
    if word not in memo:  # the same words recur in every article
        memo[word] = _find_place_prefix(word, lex)
    return memo[word]


def _find_place_prefix(word: str, lex: Lexicons) -> tuple[str, str] | None:
    # prefixes longer than any place are not tried: each try slices and hashes its prefix
    for n in range(min(len(word) - 2, lex.longest_place), 1, -1):
        form, rest = word[:n], word[n:]
        full = gazetteer_form(form, lex)
        if full and is_word(rest) and not gazetteer_form(word, lex) and not gazetteer_form(rest, lex):
            return form, full
    return None


def _split_compound(word: str, lex: Lexicons) -> list[tuple[int, str]]:
    """A word made of two gazetteer forms, as (offset, form) pairs, else []."""
    if len(word) > 2 * lex.longest_place:
        return []
    for n in range(2, len(word) - 1):
        if gazetteer_form(word[:n], lex) and gazetteer_form(word[n:], lex):
            return [(0, word[:n]), (n, word[n:])]
    return []


#: places counted at their level (三市, 两省, 由三市 glued to a preposition): a count, no place
_COUNTED_LEVEL = re.compile(r"^[由在从向与和对把]?[两二三四五六七八九十][省市县区州]$")

#: a region a post covers, written between a company's name and the post (某公司|华南|区域经理, 西北大区总监)
_AREA_OF_A_POST = re.compile(r"(?:区域|大区|片区|区)(?:销售|业务|市场)?(?:总?经理|总监|主管|负责人)")


def area_of_a_post(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` is the area a post covers (华南|区域经理): the post's
    word, no place the story is in (nor 华南区|域经理, the tagger's place cut inside 区域)."""
    return _AREA_OF_A_POST.match(text, end) is not None \
        or text[end - 1 : end + 1] == "区域" and _AREA_OF_A_POST.match(text, end - 1) is not None


def find_places(idx: TokenIndex, lex: Lexicons | None = None) -> list[Mention]:
    """Place mention candidates in one text."""
    lex = lex or load_lexicons()
    found = [m for m in _find_places(idx, lex) if not _opens_a_name_in_a_cell(idx.text, m, lex)]
    found += _towns_cut_by_the_tokenizer(idx, found, lex)
    found += [s for s in construction_sites(idx, lex) if not _named_by_places_alone(s, found)]
    return _join_nested(found, lex) + _abbreviated_places(idx.text, lex)


#: the characters after a place's short form that make the cell another place's name: a level of the
#: place lexicon (吉林省, 科尔沁旗, 城关镇), a station (吉林站) or a station's direction (杭州东, 延吉西)
_CELL_PLACE_ENDS = frozenset(w for w in scope_words("level", "town", "banner") if len(w) == 1) | frozenset("站" + _DIRECTIONS)
#: a table cell: its bar, and the spaces a Markdown table pads it with
_CELL_OPENS = re.compile(r"\|[ \t\u3000]*$")
_CELL_CLOSES = re.compile(r"[ \t\u3000]*\|")


def _opens_a_name_in_a_cell(text: str, m: Mention, lex: Lexicons) -> bool:
    """Whether the gazetteer's short form ``m`` and one character more fill a table cell (| 黄石生 |,
    | 吉林生 |: a person's name in a column of names; in running text the person reader takes the
    whole name): a place's short form and one free character name no place. Not a level, a
    feature's last character or a station's (| 黄石港 |, | 吉林省 |, | 科尔沁旗 |, | 吉林站 |, | 杭州东 |:
    another reading's), nor a place alone (| 吉林 |).

    >>> from uniongraph.model import Mention
    >>> _opens_a_name_in_a_cell("| 黄石生 | 环卫所 |", Mention(2, 4, "黄石", "Place", "黄石", "gazetteer"), load_lexicons())
    True
    >>> _opens_a_name_in_a_cell("| 黄石 | 环卫所 |", Mention(2, 4, "黄石", "Place", "黄石", "gazetteer"), load_lexicons())
    False
    """
    if m.type != "Place" or m.source != "gazetteer" or m.end >= len(text):
        return False
    rest = text[m.end]
    if not "\u4e00" <= rest <= "\u9fff" or rest in _PLACE_FINAL or rest in _CELL_PLACE_ENDS or rest in lex.place_heads:
        return False
    return _CELL_CLOSES.match(text, m.end + 1) is not None and _CELL_OPENS.search(text, max(0, m.start - 4), m.start) is not None


#: the levels that end an area's name (a county, a town, a village), not a built thing's (大桥, 园区)
_AREA_LEVELS = ("省", "市", "县", "区", "州", "旗", "镇", "乡", "村", "街道")


def _named_by_places_alone(site: Mention, places: list[Mention]) -> bool:
    """Whether the words before a site's works head are areas found and nothing else (某区|某镇|项目现场):
    the project of that town, no named site; the town is where it is and stays a place of its own."""
    at, end = site.start, site.end - 2  # (the site's name ends in its head, 工程 or 项目)
    for m in sorted(places, key=lambda m: (m.start, -m.end)):
        if m.start == at and m.end <= end and (m.source == "gazetteer" or m.text.endswith(_AREA_LEVELS)):
            at = m.end
    return at == end


_SITE_NUMBER = re.compile(r"[0-9０-９]{1,3}号$")
#: a works or project named as where people are: its site (…泊位工程现场, “…”住宅项目工地)
SITE_AFTER = re.compile(r"(?:工程|项目)(?=(?:施工|建设)?(?:现场|工地))")


def construction_sites(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """Works and projects written as a site (在某某港5号泊位工程现场举行, 在“某某府”住宅项目工地上):
    a place, the guideline's site; its name from the words before the head, a quoted name
    included (“汉韵府”住宅项目), with a name word of its own or a number (5号泊位)."""
    text = idx.text
    out: list[Mention] = []
    if "现场" not in text and "工地" not in text:
        return out  # (every match is followed by one of them: a scan of the text saved)
    for h in SITE_AFTER.finditer(text):
        hs, he = h.start(), h.end()
        if not idx.is_boundary(hs) and not idx.is_boundary(he):
            continue
        start = name_start(idx, hs, lex)
        number = _SITE_NUMBER.search(text, max(0, start - 6), start)
        if number is not None and idx.is_boundary(number.start()):
            start = name_start(idx, number.start(), lex)  # 东港区|5号|泊位工程: a berth's number in the name
            k = idx.starting_at(start)
            if k is not None and idx.tokens[k].end < number.start() and idx.tokens[k].word in lex.places:
                start = idx.tokens[k].end  # 铁山港区|铁山港东港区…: the district written in full before the
                # works is where it is, the port's own name (铁山港东港区) the works'
        if start > 0 and text[start - 1] == "”":
            quote = text.rfind("“", max(0, start - 12), start)
            if quote >= 0:
                start = quote  # “汉韵府”住宅项目: the quoted name opens it
        if not _being_there(lex).search(text, max(0, start - 22), start):
            continue  # 金马河堤防工程现场却热火朝天: the works named, not where something is done
        body = text[start:hs]
        if len(body) < 3 or not (has_proper_word(body_tokens(idx, start, hs), lex) or "“" in body
                                 or re.search(r"[0-9０-９]号", body)):
            continue  # 这项工程现场, 重点工程现场: no name
        out.append(Mention(start, he, text[start:he], "Place", clean_name(text[start:he]), "place-site",
                           priority=Priority.PLACE_NESTED))
    return out


def _going_there(lex: Lexicons) -> tuple[str, ...]:
    """Words of being or going somewhere (going_there_words.txt: 在, 来到, 走进)."""
    words = lex.words.get("going_there_words", ())
    return derived(lex, "_going_there", words, lambda: tuple(words))


def _being_there(lex: Lexicons) -> re.Pattern[str]:
    """A word of being or going somewhere, then at most the places and the body before a works."""
    words = lex.words.get("going_there_words", frozenset())
    return derived(lex, "_being_there", words, lambda: re.compile(
        "(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")[^，。；：、！？“”\n]{0,20}$"))


#: the levels of a town or street written after its own name (双河|街道, 坎门|镇); shared with aliases
TOWN_LEVELS = ("街道", "镇", "乡")
#: a town or street of two characters jieba cuts apart (钧|台|街道, 榴|城镇) after a word of going or
#: being there, or right after the county or district that holds it
_CUT_TOWN = re.compile(r"([\u4e00-\u9fff]{2})(" + "|".join(TOWN_LEVELS) + ")")


def _venue_after(text: str, end: int, lex: Lexicons) -> bool:
    """Whether a venue's head (广场, 公园, 中心: org_heads.tsv's Place heads) ends within a few
    characters after ``end``, no clause mark between: the words before it name that venue."""
    window = text[end : end + 6]
    cut = next((k for k, ch in enumerate(window) if not "\u4e00" <= ch <= "\u9fff"), len(window))
    return any(h in window[:cut] for h in _venue_heads(lex))


def _facility_heads(lex: Lexicons) -> tuple[str, ...]:
    """The place heads of built things (机场, 汽车站: place_heads.tsv's facility), for ``endswith``."""
    heads = lex.place_heads
    return derived(lex, "_facility_heads", heads, lambda: tuple(h for h, kind in heads.items() if kind == "facility"))


#: the marks and conjunctions between the items of a list
_LIST_MARKS = frozenset("、和与及")


def _venue_heads(lex: Lexicons) -> tuple[str, ...]:
    """The heads of venues' names (广场, 公园), of two characters or more."""
    heads = lex.org_heads
    return derived(lex, "_venue_heads", heads, lambda: tuple(
        h for h, (type_, _kind) in heads.items() if type_ == "Place" and len(h) >= 2))


def _towns_cut_by_the_tokenizer(idx: TokenIndex, found: list[Mention], lex: Lexicons) -> list[Mention]:
    """Towns and streets whose two characters jieba leaves as no word (钧台街道: 钧|台|街道; 榴城镇:
    榴|城镇) after 在/到/来到/走进 or a county-level place written right before them: the grammar above
    reads a place's name from its words, and finds none there."""
    text = idx.text
    if not any(level in text for level in TOWN_LEVELS):
        return []  # (most articles name no town: the scan below tries every character)
    ends = {m.end for m in found if m.source == "gazetteer" and place_level(m.name, lex) in ("county", "prefecture")}
    spans = [(m.start, m.end) for m in found]
    # characters that open no town's name: a kind, a pointer, a count (全镇, 该街道, 两个乡)
    not_town_opening = _KIND_OPENING + "".join(lex.words.get("not_town_openings", ()))
    out = []
    for m in _CUT_TOWN.finditer(text):
        s, e = m.start(), m.end()
        name = m.group(1)
        if any(a <= s and e <= b for a, b in spans) or name[0] in not_town_opening or is_word(name) \
                or word_tag(name) is not None:
            continue  # (城乡, 农村|乡: a word of its own, no cut name; 中塘镇工贸小区: inside a place found)
        if not (idx.is_boundary(s) and idx.is_boundary(e)):
            continue
        if s not in ends and not text.endswith(_going_there(lex), 0, s):
            continue
        if _venue_after(text, e, lex):
            continue  # (新埭街道|文化广场: the town opens a venue's name the grammar reads whole)
        k = idx.starting_at(s)
        # (a word jieba knows as a name or a verb is read by the grammar above; but right after its
        # county a first half tagged a place is the town's: 凌云县|泗|城镇)
        refused = ("nr", "nz", "un", "j", "v", "vn") if s in ends else ("ns", "nr", "nz", "un", "j", "v", "vn")
        if k is None or any(t.pos in refused for t in idx.tokens[k : idx.index_at(s + 1) + 1] if t.end <= s + 2):
            continue
        out.append(Mention(s, e, text[s:e], "Place", text[s:e], "place-grammar", priority=Priority.PLACE_GRAMMAR))
    return out


#: 在京召开, 来京, 抵沪: a one-character short name of a province-level place after a verb of
#: being or going there, before a verb or the clause's end
_ABBREVIATED = re.compile(r"(?<=[在来进抵离赴返回驻])(.)(?=召开|举行|举办|开幕|闭幕|工作|期间|出席|参加|视察|访问|"
                          r"联合举办|共同举办|隆重|获|[，。、；])")


def _abbreviated_places(text: str, lex: Lexicons) -> list[Mention]:
    out = []
    for m in _ABBREVIATED.finditer(text):
        full = lex.place_abbreviations.get(m.group(1))
        if full and full.endswith(("省", "市", "自治区", "特别行政区")):
            out.append(Mention(m.start(1), m.end(1), m.group(1), "Place", m.group(1), "place-abbreviation",
                               priority=Priority.PLACE_GAZETTEER, place=full))
    return out


def _join_nested(found: list[Mention], lex: Lexicons) -> list[Mention]:
    """A gazetteer place right after the place that encloses it is one place (深圳市龙华区,
    陕西省大荔县), with its parts kept."""
    gaz = sorted((m for m in found if m.place), key=lambda m: m.start)
    joined = []
    for a, b in zip(gaz, gaz[1:]):
        if a.end == b.start and lex.encloses(a.place, b.place):
            text = a.text + b.text
            joined.append(
                Mention(a.start, b.end, text, "Place", text, "gazetteer", priority=Priority.PLACE_NESTED,
                        place=b.place, parts=[[a.start, a.end], [b.start, b.end]])
            )
    return found + joined


#: a street's word alone between a place and a place head: the street is named after the place
_STREET_WORDS = frozenset({"路", "街", "大街", "大道", "巷"})


#: a quarter of the compass and 地区 (北部地区, 中西部地区; not 西北地区, a named region)
_QUARTER = re.compile(r"[东西南北中]{1,3}部地区")
#: jieba's class of idioms, whose first characters name no place (天长|地久, 东山|再起; its set
#: phrases often do: 中国|围棋, 武昌|起义)
_IDIOM_TAGS = frozenset({"i"})


#: a house number after a street (１２号, 3号院)
#: after 路, what the road is like and the clause's end, perhaps after an adverb (滑，, 又滑，, 也远。)
_ROAD_STATE = re.compile(r"(?:又|也|更|还|很|太|较)?([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_HOUSE_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十百]+号")


def names_a_feature(body: list) -> bool:
    """Whether the body holds a word of three characters or more ending in a mountain's, a lake's or a
    river's character (琅琊山|景区, 白马湖|景区): a feature's name jieba may tag a verb or a noun, the
    site's own name (two characters, 冰山, 江山, are words; a set phrase, 人山人海, is no name; an
    ordinary noun the dictionary knows well, 人工湖, 淡水湖, names a kind of feature, not one)."""
    return any(len(b.word) >= 3 and b.word[-1] in FEATURE_FINAL and b.pos not in ("i", "l", "v", "vd")
               and not (b.pos == "n" and word_frequency(b.word) >= _COMMON_NOUN) for b in body)


#: how often jieba's dictionary must know an ordinary noun for it to be a common word (人工湖 309),
#: not a feature's name it happens to hold (白马湖 4, 火焰山 68)
_COMMON_NOUN = 100


def _after_its_county(idx: TokenIndex, at: int, lex: Lexicons) -> bool:
    """Whether a county or a district of the gazetteer ends right at ``at``: a town written after it
    is its town, whatever jieba tags the town's one word (海淀区|石桥镇 nr, a person's name to it)."""
    k = idx.ending_at(at)
    return k is not None and place_level(idx.tokens[k].word, lex) == "county"


#: a token's word and tag, a word's first character ("" for an empty word), whether a tag is ns
_WORD, _TAG = operator.itemgetter(2), operator.itemgetter(3)
_FIRST_CHAR = operator.itemgetter(slice(0, 1))
_NS_TAG = "ns".__eq__


def _find_places(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    text = idx.text
    toks = idx.tokens
    out: list[Mention] = []
    not_place = lex.words.get("not_names", frozenset())
    not_road = lex.words.get("not_road_words", frozenset())
    road_state = lex.words.get("road_state_words", frozenset())
    road_state_leads = lex.words.get("road_state_leads", frozenset())
    initials = _place_initials(lex)
    starts, longest = _gazetteer_form_starts(lex), lex.longest_place
    prefixes = _gazetteer_memo(lex, "_place_prefixes")
    # only the tokens that open with a gazetteer form's first character or that jieba tags ns can
    # give a place here, picked out in C: no Python step for the others (three in five tokens)
    for i in itertools.compress(range(len(toks)), map(operator.or_, map(initials.__contains__, map(_FIRST_CHAR, map(_WORD, toks))),
                                                       map(_NS_TAG, map(_TAG, toks)))):
        t = toks[i]
        if t.pos == "x":
            continue
        if t.word[0] not in initials:  # no gazetteer form starts here: only jieba's own ns
            if t.pos == "ns":
                _add_dictionary_place(out, t, lex, not_place)
            continue
        word = t.word
        # (a word shorter than four characters opens no compound: _place_prefix_of_word not called)
        prefix = _place_prefix_of_word(word, lex, prefixes) if len(word) >= 4 and t.pos not in _IDIOM_TAGS else None
        if prefix:  # 台湾同胞, 天津日报: a place opening a compound word (not an idiom: 天长地久, 东山再起)
            form, full = prefix
            out.append(Mention(t.start, t.start + len(form), form, "Place", form, "gazetteer", priority=Priority.PLACE_GAZETTEER, place=full))
            continue
        if len(word) > longest or word not in starts:
            # no run from here begins a gazetteer form (the token alone begins none): most
            # tokens, asked with the word itself (its hash is known) rather than a new slice
            if t.pos == "ns":
                _add_dictionary_place(out, t, lex, not_place)
            continue
        # the runs of 1..3 whole tokens from here that begin a gazetteer form, shortest first: a
        # run that begins none cannot grow into one (most tokens: one look-up, not three)
        runs = []
        for n in range(1, min(_MAX_JOIN, len(toks) - i) + 1):
            end = toks[i + n - 1].end
            if end - t.start > longest:
                break
            form = text[t.start : end]
            if form not in starts:
                break
            runs.append((n, form))
        # the longest run that is a gazetteer form (gazetteer_form inlined)
        for n, form in reversed(runs):
            full = starts[form]
            if full and len(form) >= 2 and not (n == 1 and ordinary_word(t) and not _listed_with_place(toks, i, lex)):
                out.append(
                    Mention(t.start, t.start + len(form), form, "Place", form, "gazetteer", priority=Priority.PLACE_GAZETTEER_ALIAS, place=full)
                )
                break
        else:
            if t.pos == "ns":
                _add_dictionary_place(out, t, lex, not_place)
    for m in heads_on_word_ends(idx, head_regex(tuple(lex.place_heads))):
        hs, he = m.start(), m.end()
        kind = lex.place_heads[m.group()]  # strong, weak or facility
        j = idx.index_at(he - 1)
        if toks[j].end != he or (toks[j].word in not_road and not _HOUSE_NUMBER.match(text, he)):
            continue  # (致富路, 集成电路, 电气化铁路: a word ending in the head that names no road,
            # unless a house number follows: 致富路１２号 is a street)
        state = _ROAD_STATE.match(text, he) if m.group() == "路" else None
        if state and state.group(1) in road_state and text[max(0, hs - 2) : hs] in road_state_leads:
            continue  # 天冷路|滑，, 天黑路|也远，: a weather phrase, then what the road is like and the
            # clause's end: the road is the clause's subject, no road named (建设路窄，names one)
        first = toks[idx.index_at(hs)]
        glued = text[first.start : hs]
        street = glued in _STREET_SECTIONS and m.group() in ("路", "街", "大街") and first.start > 0
        if first.start < hs and not street and (len(glued) < 2 or first.pos not in ("ns", "un", "nz", "nt") and not (
                first.pos == "n" and m.group() in lex.zone_heads and is_word(glued)) and not (
                m.group() in TOWN_LEVELS and _after_its_county(idx, first.start, lex))):
            continue  # 个省: a measure word glued to the head (but 技术|开发区 of jieba's 技术开发区,
            # and 小寨|东路: a street's section glued to its head)
        if first.start < hs and first.end == he and gazetteer_form(first.word, lex):
            continue  # 陕西省: the gazetteer names it whole
        start = name_start(idx, hs, lex)
        body = body_tokens(idx, start, hs)
        inword = first.start < hs  # the head's own word counts apart
        body = body[-(_MAX_BODY_TOKENS + 1 + inword) :]
        for start, body, level_town in _readings_after_a_level_word(body, start, inword, kind, out):
            town_named_end = None  # where a town written right before a facility's head ends (青溪县|汽车站)
            if m.group() in lex.zone_heads and inword and any(b.word in _NUMERALS for b in body):
                continue  # 郑州|一|物流园区: one park of a town's, counted, no name
            if m.group() in lex.zone_heads and inword and len(body) >= 3 and body[-2].pos in ("un", "ns", "nz") \
                    and not gazetteer_form(body[-2].word, lex) and body[-3].word.endswith(_ZONE_OWNERS):
                body = body[-2:]  # 利通区|金积|工业园区, 盐仓街道|新港|工业园区: a zone with a name of its own is a
                start = body[0].start  # place of its own, apart from the district or street it lies in
            # an enclosing place named first (普洱市思茅区, 临洮县经济开发区, 四川巫山县) makes one
            # place; its parts are kept for annotation schemes that split them
            outer = _outer_place(text, body, hs, lex)
            if outer is None and kind == "facility":
                town = next((p for p in reversed(out) if p.source == "place-grammar" and p.end <= hs
                             and (p.end == hs and text[hs - 1] in _LEVEL_CHARS
                                  or any(b.start == p.end and b.pos != "c" and b.word not in _LIST_MARKS for b in body))
                             and not p.text.endswith(_facility_heads(lex))), None)
                if town is not None and town.end == hs:
                    county = next((p for p in out if p.source == "place-grammar" and p.end == town.start
                                   and text[p.end - 1] in _LEVEL_CHARS), None)
                    town_start = county.start if county is not None else town.start  # (青溪县|新华镇|火车站)
                    body, town_named_end = body_tokens(idx, town_start, hs), hs  # 青溪县|长途汽车站: the
                    # station of the town (its level written), named by it
                elif town is not None:  # 南岭市|桃源国际机场: a town the place grammar named (no gazetteer
                    # place) encloses the facility named after it, as 成都市|… does (not across 和 or
                    # 、, nor a built thing: 青溪汽车站|和|乡镇客运站 are two, a station encloses none)
                    body, outer = body_tokens(idx, town.start, hs), town.end
            if outer is not None and text[outer:hs] in _STREET_WORDS:
                outer = None  # 桂林|路社区: the city names the street (桂林路), it encloses nothing here
            if _QUARTER.fullmatch(text, outer if outer is not None else start, he):
                continue  # 伊拉克|北部地区, 中西部地区: a quarter of a place (or of the country), no named place
            if outer is not None and hs - outer == 1 and (k := idx.ending_at(hs)) is not None \
                    and toks[k].start == outer and toks[k].pos in _MODIFIER_TAGS:
                continue  # 加勒比|低|地区: an adjective, verb or numeral of its own says what the head is
                # like (低地区, a low-lying region), it is no name's character: no place of the head
            if outer is not None and hs - outer <= 1 and not gazetteer_form(text[outer:he], lex):
                outer = None  # 大田|庄乡, 金州|湾街道, 洪泽|湖大堤: one character and a head make no place
                # the gazetteer does not know (涉县 it knows); the character goes with the place before
                # it (大田庄乡, 金州湾街道, 洪泽湖大堤), no township 庄 in 大田县
            # 秦皇岛|野生动物园, 沈阳市|桃仙国际机场: a built thing named by its town and common words
            # is one name (野生动物园 alone names no place of its own): no parts
            if kind == "facility" and names_an_employer(text, he, lex) and not m.group().endswith("站"):
                continue  # 某动物园|园长, 某机场|职工: a built thing named as where someone works is the body
                # running it (the organisation grammar's), not the place (a station, which the organisation
                # grammar does not read, is typed a body by the pipeline's stations_with_staff)
            one_name = outer is not None and kind == "facility" \
                and (hs - outer < 2 or not has_proper_word(tokenize(text[outer:hs]), lex))
            if one_name and not _nominal_modifiers(text[outer:hs]):
                continue  # 杭州|两地|机场, 新疆|依法管理|流域: a count or a verb phrase between the town and
                # the head names no facility (the airports of two towns; a clause about the town)
            if outer is None and town_named_end is None:  # (the town named before a station is whole)
                short = body[-(_MAX_BODY_TOKENS + inword) :]  # 救助点陕西省大荔县: a place name is short
                if m.group() in lex.zone_heads and len(short) < len(body) and not has_proper_word(short, lex) \
                        and has_proper_word(body[-len(short) - 1 : -len(short)], lex) \
                        and body[-len(short) - 1].word[0] not in _NUMERALS:  # (十大|经济林|建设|开发区: a count)
                    short = body[-len(short) - 1 :]  # 雁城|智能|制造|产业园: a zone's name is its place and its
                    # trade, which jieba may cut in two words
                body = short
            if body and kind == "facility" and outer is None and _level_opens_the_word(body[0], lex) \
                    and (k := idx.ending_at(body[0].start)) is not None:
                if toks[k].pos in _TRANSLITERATION_TAGS or lex.knows_place(toks[k].word) \
                        or toks[k].pos == "n" and len(toks[k].word) >= 2:
                    body = [toks[k], *body]  # 青溪|县城|东|汽车站, 白果|县城|东: the level character ends the
                    # name before it (青溪县), jieba joined it to the next word; the station's name opens there
                elif len(toks[k].word) == 1 and toks[k].pos not in _FUNCTION_TAGS:
                    body = body[1:]  # 应|山区|新华|火车站: one character cut off before the word may open
                    # the name (应山区) or govern it (到|山区): the station's own name, after it, is read
            if body and kind == "facility" and outer is None:
                body = _whole_transliteration(idx, body, lex)  # 普尔尼亚|奇科温泉旅游区: the whole run
            if body:
                start = body[0].start
            if not body and first.start < hs:
                start, body = first.start, []
            if not body:
                # one word of any class before a strong head, even one jieba calls a verb
                k = idx.ending_at(hs)
                prev = toks[k] if k is not None else None
                strong = kind == "strong" or (prev is not None and kind != "facility" and _opaque_word([prev]))
                if prev is None or not strong or len(prev.word) < 2 or prev.pos in (
                    "x", "p", "r", "m", "q", "t", "u", "uj", "c", "d", "a"
                ) or prev.word.endswith("以"):
                    continue  # (应以, 予以, 可以|街道: a verb ending in the preposition 以 governs the place)
                start, body = prev.start, [prev]
            if text[start:hs] in _STREET_WORDS and (k := idx.ending_at(start)) is not None \
                    and gazetteer_form(toks[k].word, lex):
                start = toks[k].start  # 桂林|路|社区: a street named after a city (桂林路), then its community
                body, outer = [toks[k], *body], None  # (one name: the city is no place enclosing it)
            cut = _after_governing_word(body)
            if cut:
                body = body[cut:]  # 促进|罗布泊|地区, 治理|北爱|地区, 使|该|地区: the clause's verb or a
                # pronoun before the name governs or points at the place, it opens no name
                start = body[0].start
                if outer is not None and outer <= start:
                    outer = None
            words = [b.word for b in body]
            level_ending = lex.words.get("level_ending_words", ()) if kind == "facility" else ()
            if all(w in _GENERIC_PLACE_BODY or w in lex.generic_modifiers or w in level_ending for w in words):
                continue  # (城区|汽车站, 县城|火车站: the station of the town area, no name)
            if _generic_area(text[outer if outer is not None else start : he]):
                continue  # 西藏|部分地区, 沿海地区, 使该|地区: a kind of area or a pointer to one (the place
                # before it, 西藏, stands alone)
            if len(body) == 1 and body[0].start == start and body[0].end == he and _kind_of_place(body[0].word):
                continue  # 大城市, 大中城市: one dictionary word naming a kind of place, not one place
            if any(b.pos == "p" for b in body) or words[0] in lex.words.get("boundary_words", ()) \
                    or words[0] in lex.words.get("location_verbs", ()):
                continue  # 应以街道为主, 加强街道管理, 深入街道: a preposition or a governing verb, not a name
            if any(w.startswith(("各", "每")) for w in (*words, first.word)):
                continue  # 各县市, 每个乡: every such place, not one
            if _COUNTED_BEFORE.search(text, max(0, start - 4), start):
                continue  # 两个特贫村, ５个乡镇: a count of places, not one
            if kind == "weak" and not (has_proper_word(body, lex) or _opaque_word(body)):
                continue
            if m.group() == "区" and body and body[-1].end == hs and body[-1].pos in ("v", "vn") and outer is None:
                continue  # 电子借阅区, 候诊区, 就餐区: the area of a room or site for doing something, no
                # place's name (a zone's own heads, 开发区, 保护区, are heads or words of their own)
            if kind == "facility" and (
                    any(b.pos in ("v", "vd") or b.word in _SCOPES or b.word in lex.place_heads and town_named_end is None
                        for b in body if outer is None or b.start >= outer)):
                continue  # 呼吸着新鲜空气走向|农贸市场, 全国|批发市场, 批发市场|路南区批发市场: a verb, the
                # whole country or another such place before the head names no one place (but the levels
                # of a town written right before the head are its name: 青溪|县|城关镇|汽车站)
            if kind == "facility" and not (has_proper_word(body, lex) or names_a_feature(body)):
                continue  # 修好机场, 建好码头: a built thing needs a name, not a rare verb
            if kind == "facility" and body and body[-1].end == hs and body[-1].word in lex.words.get("site_kind_words", ()):
                continue  # 广东|沿海|渔港, 三清山|核心|景区, 郊区|滑雪场: where or what kind of site, no name of
                # its own right before the head (the place before it stays a place of its own)
            if kind == "facility" and (own := [b.word for b in body if outer is None or b.start >= outer]) \
                    and all(_COUNT_WORD.fullmatch(w) or w in lex.words.get("kind_modifiers", ()) for w in own):
                continue  # 十大|景区, 海南省|重点|旅游区: a count or a rank says which kind of site, names none
            if m.group() in lex.words.get("place_named_heads", ()) and not (body and all(
                    lex.knows_place(b.word) or b.pos == "ns" for b in body)):
                continue  # 罗湖|口岸, 东兴|口岸: a crossing is named by its place (国际航空|口岸 is a kind)
            if level_town is not None and level_town.start < start < level_town.end:
                start, outer = level_town.end, None  # 南岭|市|桃源|区, 南岭|县|青石|镇: no name opens inside the
                # town before it (市桃源区); read as before, the name is the words after the town's level
            span = text[start:he]
            if _COUNTED_LEVEL.search(span) and word_tag(span[-2:]) != "ns":
                continue  # 由三市|轮流承办, 两省: places counted at their level, no one place
            if outer is None and bare_zone(span, lex):
                continue  # 该市|高新技术开发区: a zone named by its kind alone is no named place
            if any(name_and_verb_glued_to_a_level(b, lex) and b.end == he for b in body):
                continue  # 孟庆华作市|总工会: a name, its verb and the level of the body after them, no city
            attrs = {"parts": [[start, outer], [outer, he]]} if outer and not one_name else {}
            out.append(Mention(start, he, span, "Place", clean_name(span), "place-grammar", priority=Priority.PLACE_GRAMMAR, **attrs))
            break  # (the first reading that names a place)
    return out


#: the level characters a word jieba joins may open with (青溪|县城|东: 青溪县, then 城东)
_LEVEL_CHARS = frozenset("省市县区镇乡")
#: word classes of the function words that open no name (在|山区, 和|城区)
_FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "x", "r", "m", "q", "d"})


def _level_opens_the_word(tok, lex: Lexicons) -> bool:
    """Whether a word opens with a level character (县城, 市区; no name: 镇江) or is a common word ending
    in one (山区, 城区, whatever jieba tags them: level_ending_words.txt): jieba may have joined the
    level of the name before it to the words after it (青溪|县城|东, 应|山区)."""
    return tok.word in lex.words.get("level_ending_words", ()) or (
        len(tok.word) >= 2 and tok.word[0] in _LEVEL_CHARS and tok.pos not in _TRANSLITERATION_TAGS)


#: jieba's tags of the pieces it cuts a transliterated name into (普尔 nr, 尼亚 ns, 奇科 un, 弗尔 nrt)
_TRANSLITERATION_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "un", "nz"})
#: the most characters of a transliterated site name's run (克拉斯纳亚波利亚纳)
_MAX_TRANSLITERATION = 12


def _whole_transliteration(idx: TokenIndex, body: list, lex: Lexicons) -> list:
    """The body of a site's name opened at the start of its run of transliteration characters: the
    token cut keeps the last few pieces only (普尔|尼亚|奇科温泉旅游区, 索契|克拉斯|纳亚波利亚纳滑雪场);
    the pieces before, each of such characters only and no gazetteer place, are the name's too."""
    chars = lex.words.get("transliteration_chars", frozenset())
    toks = idx.tokens

    def piece(t) -> bool:
        return t.pos in _TRANSLITERATION_TAGS and all(ch in chars for ch in t.word) \
            and not lex.knows_place(t.word)

    if not chars or not piece(body[0]):
        return body
    k = idx.ending_at(body[0].start)
    out = list(body)
    run = sum(len(t.word) for t in body if piece(t))
    while k is not None and piece(toks[k]) and run + len(toks[k].word) <= _MAX_TRANSLITERATION:
        out.insert(0, toks[k])
        run += len(toks[k].word)
        k = idx.ending_at(toks[k].start)
    return out


#: the places a named zone lies in, written before it (利通区|金积工业园区, 盐仓街道|新港工业园区)
_ZONE_OWNERS = ("区", "县", "市", "街道", "镇", "乡")
#: characters opening a count (两地, 三个, 几座): the head counted, not named
_NUMERALS = frozenset("一二三四五六七八九十两几数多百千万０１２３４５６７８９0123456789")
#: a count, alone or with a measure (十大, 两个, ５处): no name of its own (not 十三陵, 八达岭)
_COUNT_WORD = re.compile("[" + "".join(sorted(_NUMERALS)) + "]+[大个座处家条]?")


def _nominal_modifiers(between: str) -> bool:
    """Whether the common words between a town and a facility head can name the facility with it
    (野生|动物园, 国际|机场, 旅游|码头): not a count (两地|机场) nor a verb after another word, a verb
    phrase (依法管理|流域).

    >>> _nominal_modifiers("国际"), _nominal_modifiers("两地"), _nominal_modifiers("依法管理")
    (True, False, False)
    """
    if not between or between[0] in _NUMERALS:
        return not between
    words = tokenize(between)
    return not any(k and word_tag(w.word) in ("v", "vn", "vd") for k, w in enumerate(words))


#: word classes of a clause's words that govern or point at a place before its name: verbs of two
#: characters or more (促进, 干预, 走进; not one character, which place names hold: 王庆|坨|镇) and
#: pronouns (该, 这)
_GOVERNING_TAGS = frozenset({"v", "vd", "r"})


def _after_governing_word(body: list) -> int:
    """How many of a place name's body tokens to drop: up to and including the last verb or
    pronoun that has a word of the name after it (治理|北爱|地区 → 北爱地区), else none; a verb
    right before the head is the name's own word (解放|路, 建设|路)."""
    for k in range(len(body) - 2, -1, -1):
        t = body[k]
        if t.pos in _GOVERNING_TAGS and (t.pos == "r" or len(t.word) >= 2):
            return k + 1
    return 0


#: words for every place of a kind: 全国, 各地
_SCOPES = scope_words("country", "division", "world", "every")
#: a numeral and a measure word right before a place: a count of such places
_COUNTED_BEFORE = re.compile(r"[0-9０-９两一二三四五六七八九十百几数多]+[个座处]$")


def _add_dictionary_place(out: list[Mention], t, lex: Lexicons, not_place: frozenset[str]) -> None:
    """A word jieba's dictionary tags ``ns`` that looks like a place name (not in the gazetteer)."""
    if _plausible_dictionary_place(t.word, lex) and t.word not in not_place:
        parts = _split_compound(t.word, lex)
        attrs = {"parts": [[t.start + o, t.start + o + len(f)] for o, f in parts]} if parts else {}
        # 上海浦东: one place here; its parts are kept for schemes that annotate them apart
        out.append(Mention(t.start, t.end, t.word, "Place", t.word, "place-dictionary", priority=Priority.PLACE_DICTIONARY, **attrs))


def _gazetteer_memo(lex: Lexicons, name: str) -> dict:
    """A memo kept on the lexicons under ``name``, emptied when their gazetteer has grown."""
    sizes = (len(lex.places), len(lex.place_aliases))
    cached = lex.__dict__.get(name)
    if cached is None or cached[0] != sizes:
        cached = (sizes, {})
        lex.__dict__[name] = cached
    return cached[1]


def _place_initials(lex: Lexicons) -> frozenset[str]:
    """First characters of every gazetteer form (full names and short forms): a token opening
    with any other character starts none, and skips the gazetteer look-ups. Kept on the
    lexicons, made again when their gazetteer has grown."""
    memo = _gazetteer_memo(lex, "_place_initials")
    if "initials" not in memo:
        memo["initials"] = frozenset(w[0] for w in (*lex.places, *lex.place_aliases) if w)
    return memo["initials"]


def _outer_place(text: str, body, head_start: int, lex: Lexicons) -> int | None:
    """Where an enclosing gazetteer place that opens the body ends, if words follow it
    (the body is trimmed to start at that place)."""
    for k, tok in enumerate(body):
        for end in range(min(head_start - 1, tok.start + lex.longest_place), tok.start + 1, -1):
            if gazetteer_form(text[tok.start : end], lex) and not _inside_a_place_word(body, end, head_start, lex):
                del body[:k]
                return end
    return None


def _inside_a_place_word(body, at: int, head_start: int, lex: Lexicons) -> bool:
    """Whether ``at`` falls inside a word before the head that is itself a place, of the gazetteer
    or of jieba's dictionary (巴西|利亚 of 巴西利亚|动物园, 黔西|南 of 黔西南|地区: 巴西 and 黔西 enclose
    nothing there), unless the rest of that word is a place of its own; not the head's own word
    (成都双流机场, which jieba's dictionary files as a place). (嘉陵|江大桥 is not of this rule:
    jieba's 嘉陵江 is no place word; one character before the head keeps it whole, _find_places.)

    >>> lex = load_lexicons()
    >>> [_inside_a_place_word(tokenize(t), at, hs, lex) for t, at, hs in
    ...  [("巴西利亚动物园", 2, 4), ("黔西南地区", 2, 3), ("成都双流机场", 2, 4)]]
    [True, True, False]
    """
    return any(t.start < at < t.end <= head_start and (gazetteer_form(t.word, lex) or (
        t.pos == "ns" and not gazetteer_form(t.word[at - t.start :], lex))) for t in body)


def modifier_place(text: str, m: Mention, lex: Lexicons | None = None) -> bool:
    """Whether the Place ``m`` is written as a modifier rather than as the area: before a word
    of a people, a nation or a style (中国人民, 中华民族, 中国特色, 河北人; the lexicon
    ``place_modifier_words``), inside the title of a document or a work (《中华人民共和国劳动法》,
    《新疆之春》), inside a quoted figure of speech (成为“中国第一矿”) or honour (“福建省模范职工之家”
    称号), or inside any quoted name that holds more than the place (“华北劳动力市场信息网络”,
    『中国经济效益纵深行』: a programme's, a network's or a campaign's name, not the area). Flat NER
    schemes still tag it; the graph gets no Place from it.

    >>> from uniongraph.model import Mention
    >>> modifier_place("建设有中国特色的社会主义", Mention(3, 5, "中国", "Place", "中国", "gazetteer"))
    True
    >>> modifier_place("中国人口众多", Mention(0, 2, "中国", "Place", "中国", "gazetteer"))
    False
    """
    if m.type != "Place":
        return False
    lex = lex or load_lexicons()
    return before_modified_word(text, m, lex) or inside_an_era_name(text, m, lex) or inside_a_title(text, m.start, m.end) \
        or quoted_figure(text, m.start, m.end) or quoted_honour(text, m.start, m.end) \
        or inside_a_quoted_name(text, m.start, m.end)


def inside_an_era_name(text: str, m: Mention, lex: Lexicons) -> bool:
    """Whether the place ``m`` ends a word of ``era_names.txt`` written whole before it (新|中国,
    旧|中国): the word names a period of the state (新中国第一位女拖拉机手, 新中国成立以来), no area
    the story is in.

    >>> inside_an_era_name("她是新中国第一位女拖拉机手", Mention(3, 5, "中国", "Place", "中国", "gazetteer"), load_lexicons())
    True
    >>> inside_an_era_name("中国第一位女拖拉机手", Mention(0, 2, "中国", "Place", "中国", "gazetteer"), load_lexicons())
    False
    >>> inside_an_era_name("要更新中国的铁路设备", Mention(3, 5, "中国", "Place", "中国", "gazetteer"), load_lexicons())
    False
    """
    eras = lex.words.get("era_names", frozenset())
    era = next((e for e in eras if m.start > 0 and e.endswith(m.text) and text.endswith(e, 0, m.end)), None)
    if era is None:
        return False
    # the era's word starts a word of its own (新|中国, not 更新|中国的设备 nor 创新|中国)
    at = m.end - len(era)
    lead = max(0, at - 3)
    return any(t.start == at - lead for t in tokenize(text[lead : m.end]))


def before_modified_word(text: str, m: Mention, lex: Lexicons) -> bool:
    """Whether a word of ``place_modifier_words.txt`` follows the place ``m`` as a word of its own
    or as the rest of the word the place opens (中国|特色, 中国人民; not 中国|人口), or one of three
    characters or more follows it at all (盐城市劳动模范): the place is a modifier. Shared with the tagger's votes, which ask it of a place the tagger read."""
    words = lex.words.get("place_modifier_words", frozenset())
    # the words ``text`` has at m.end: a slice per length of the list, not a scan of the list
    found = [w for n in word_lengths(words) if (w := text[m.end : m.end + n]) in words]
    if not found:
        return False  # (most places: no need to cut the words around them)
    if any(len(w) >= 3 for w in found):
        return True  # 宜昌市|五一|劳动奖章: a word this long is no other word's start, however cut
    # the words of a short window: a modifier word is a token of its own after the place
    # (中国|特色), or the rest of the token that begins with it (中国人民); not 中国|人口
    for t in tokenize(text[m.start : m.end + 4]):
        if t.start == 0 and t.end > m.end - m.start:
            return t.word[m.end - m.start :] in words
        if t.start == m.end - m.start:
            # (中国|人干: an unknown token the tokenizer glued from the people's word and the verb
            # after it, 要靠中国人干, opens with the word all the same)
            return t.word in words or t.pos == "un" and any(t.word[:n] in words for n in word_lengths(words)
                                                              if n < len(t.word))
        if t.start > m.end - m.start:
            return False
    return False


def bare_zone(form: str, lex: Lexicons) -> bool:
    """Whether ``form`` is a development zone or park named by its kind alone (经济开发区,
    高新技术产业园): no proper word before its zone head.

    >>> bare_zone("经济开发区", load_lexicons()), bare_zone("苏州工业园", load_lexicons())
    (True, False)
    """
    head = next((form[-n:] for n in range(min(len(form), 4), 1, -1) if form[-n:] in lex.zone_heads), None)
    return head is not None and not has_proper_word(tokenize(form[: -len(head)]), lex)


#: what makes the quoted words after it a figure of speech, not a name: 成为职工的“精神加油站”
_FIGURE_BEFORE = re.compile(r"(?:成为|成了|变成|打造成|建成|当好|争当|争做|作为|是|称为|誉为|堪称)[^，。；！？]{0,8}$")
#: what follows an honour's name, quoted or not (“模范职工之家”称号), and what comes right before a
#: quoted one (荣获“…”)
HONOUR_AFTER = ("称号", "荣誉称号", "光荣称号")
_AWARDED_BEFORE = re.compile(r"(?:授予|荣获|获得|评为|命名为|被评|获评|评比|评选)[^，。；！？“”]{0,12}$")
#: how far a quoted phrase around a name may reach on either side
_QUOTE_REACH = 12


def _enclosing_quote(text: str, start: int, end: int, whole: bool) -> tuple[int, int] | None:
    """The offsets of the quote marks around ``[start, end)`` (right around it, with ``whole``)."""
    before = text[max(0, start - _QUOTE_REACH) : start]
    opened = max(before.rfind("“"), before.rfind('"'))
    if opened < 0 or any(c in before[opened + 1 :] for c in "”。\n") or (whole and opened != len(before) - 1):
        return None
    after = text[end : end + _QUOTE_REACH]
    closed = after.find("”")
    if closed < 0 or any(c in after[:closed] for c in "“。\n") or (whole and closed != 0):
        return None
    return start - len(before) + opened, end + closed


#: the quote marks around a name, opening to closing
_QUOTE_PAIRS = {"“": "”", "『": "』", "「": "」"}
#: what a quoted name holds none of: a quoted clause or a list of names is no one name
_NOT_IN_A_NAME = frozenset("，,、；：:！？。…\n “”『』「」《》")


def in_open_quote(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation opened earlier in its paragraph (吴某在信中说：“……
    泽民同志在十五大报告中指出…): words someone is quoted saying, which the patterns leave unread.

    >>> in_open_quote("他说：“我们厂今年", 8), in_open_quote("他说：“好。”我们厂", 9)
    (True, False)
    """
    para = text.rfind("\n", 0, at) + 1
    return text.count("“", para, at) > text.count("”", para, at)


def inside_a_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a quoted name that holds more than it, with no
    punctuation inside (“中国光明工程”, 『中国经济效益纵深行』组委会): a place in a name is not the area
    on its own. A quote of the place alone (“西单”、“六里桥”两家) is not such a name.

    >>> inside_a_quoted_name("宣告“中国光明工程”正式启动", 3, 5), inside_a_quoted_name("“六里桥”开业", 1, 4)
    (True, False)
    >>> inside_a_quoted_name("他说：“北京的冬天，很冷。”", 4, 6)
    False
    """
    i = start - 1
    while i >= max(0, start - _QUOTE_REACH) and text[i] not in _QUOTE_PAIRS and text[i] not in _NOT_IN_A_NAME:
        i -= 1
    if i < 0 or text[i] not in _QUOTE_PAIRS:
        return False
    closing = _QUOTE_PAIRS[text[i]]
    j = end
    while j < min(len(text), end + _QUOTE_REACH) and text[j] != closing and text[j] not in _NOT_IN_A_NAME:
        j += 1
    if j >= len(text) or text[j] != closing:
        return False
    return (j - i - 1) > end - start


def quoted_figure(text: str, start: int, end: int, whole: bool = False) -> bool:
    """Whether ``[start, end)`` lies inside a quoted phrase (all of it, with ``whole``) that follows
    a verb of becoming or being: 成为职工的“精神加油站”, 成为“中国第一矿” are figures of speech.

    >>> quoted_figure("成为职工的“精神加油站”。", 6, 11, whole=True), quoted_figure("走进“暖心驿站”。", 3, 7)
    (True, False)
    """
    quote = _enclosing_quote(text, start, end, whole)
    return quote is not None and _FIGURE_BEFORE.search(text, max(0, quote[0] - 12), quote[0]) is not None


#: a quoted own name of a team or crew (“冬日送暖”志愿服务队, “铁燕子”钢筋班组); shared by the grammar of
#: bodies (orgs) and of enterprise units
QUOTED_OWN_NAME = re.compile(r"“[^“”\n，。；！？]{2,8}”")


def own_quoted_name(quoted: str, lex: Lexicons) -> bool:
    """Whether a quoted phrase can be a team's or crew's own name: no honour's title (honour_phrase)
    and no holiday (“五一”, “两节”: festival_words.txt) a team is sent out for."""
    inner = quoted.strip("“”")
    return not honour_phrase(inner, lex) and inner not in lex.words.get("festival_words", ())


def honour_phrase(phrase: str, lex: Lexicons) -> bool:
    """Whether a quoted phrase is an honour's title by its words (工人先锋号, 最美家庭: honour_words.txt),
    wherever it is written (“工人先锋号”班组: the crew holding it, no name of the crew)."""
    return any(w in phrase for w in lex.words.get("honour_words", ()))


def quoted_honour(text: str, start: int, end: int, whole: bool = False) -> bool:
    """Whether ``[start, end)`` lies inside a quoted honour: before 称号 (授予某公司“福建省模范职工之家”
    称号) or right after a verb of awarding (荣获“全国模范职工之家”).

    >>> quoted_honour("荣获“全国模范职工之家”。", 3, 11, whole=True), quoted_honour("走进“暖心驿站”。", 3, 7)
    (True, False)
    """
    quote = _enclosing_quote(text, start, end, whole)
    return quote is not None and (text.startswith(HONOUR_AFTER, quote[1] + 1)
                                  or _AWARDED_BEFORE.search(text, max(0, quote[0] - 13), quote[0]) is not None)
