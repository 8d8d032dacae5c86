"""Departments written right after the union, federation or court they belong to (市总工会劳动和经济
工作部, 集团公司工会办公室, 市总工会离退休干部工作处, 某中级人民法院民事审判第三庭; heads:
``lexicons/body_department_heads.txt``).

A union's or a court's department is named by common words and a department head after the body's
name; the text makes it a body of its own where a post in it follows (部长某, 主任某, 庭长某) or where
it stands alone at the end of a clause (报市总工会某某部, 来源：某某处). The whole span is the name, the
fullest form written (the guideline); the department is an Organization (the union golds type it so).

A registered company's or an institution's unit is read the same way (某食品有限公司|生产部|经理某,
某人民医院|急诊科|护士长某, 某物流有限公司|装卸队|队长某, 某城市管理局|环卫一所|环卫工某, an honour list's line
某公交有限公司|1路车队), with the heads of its crews and stations too (``lexicons/body_crew_heads.txt``): written
after the body's full name it is that body's unit (the guideline's subOrganizationOf row), so orgs nests
the body in it.

>>> from uniongraph.extraction.tokens import TokenIndex
>>> department_end(TokenIndex("报表报市总工会劳动和经济工作部。"), 7, "Federation")
15
"""

from __future__ import annotations

import re

from .lexicon import Lexicons, load_lexicons, words_tuple
from .names import COUNT_NUMERAL, MEASURE_WORDS
from .tokens import Token, TokenIndex

#: tags of a department's words (劳动 vn, 经济 n, 离退休 i, 民事 n, 第三 m before 庭, 安全 an before 保卫处)
_WORD_TAGS = frozenset({"n", "vn", "an", "nz", "j", "i", "b", "l", "un", "m"})
#: the most words and characters of a department's own name
_MAX_WORDS = 5
_MAX_CHARS = 10
#: the bodies whose departments are read: unions and federations, and courts (人民法院)
_BODY_TYPES = frozenset({"Federation", "TradeUnion"})
#: how a court's name ends (某市中级人民法院)
_COURT_HEAD = "法院"
#: how a registered company's full name ends (某食品有限公司, 某煤业有限责任公司): its units are named under it
_REGISTERED_COMPANY = re.compile(r"有限(?:责任)?公司$")
#: the heads of a company's name, which a unit's words never hold (某集团|某某有限公司|生产部: the body goes on)
_COMPANY_HEADS = ("公司",)
#: the head of a union's name: a unit after it is the union's department (某有限公司|工会|女职工部), a unit of
#: a unit, whose parent is left to inference as any union department's (the union golds)
_UNION_HEAD = "工会"
#: a room's head: after a number it is an address (某医院行政楼|302|室), no unit (the guideline: no entity)
_ROOM_HEAD = "室"
#: a field as a whole word (优势|学科, 重点学科): a subject or a rating, no unit (a department's word holds
#: its field: 医学科, so the word is matched whole, not by its ending as not_department_words are)
_FIELD = "学科"
#: a specialty with no word of its own (某医院|专科|护士: a post's grade), no unit; with its field it is one
#: (某中医院|癫痫病|专科|主任), but not with a rating (特色专科: ``not_department_words.txt``)
_SPECIALTY = "专科"
#: the fewest characters of a union's department (宣传部) and of a hospital's or company's unit (儿科, 一队)
_MIN_DEPARTMENT = 3
_MIN_OWN_UNIT = 2
#: the shortest institution's name whose units are read (某某医院, 某某局: an own name before its head)
_MIN_INSTITUTION = 4
#: words that join two of a unit's words (劳动和经济工作部, 呼吸与危重症医学科)
_JOINTS = frozenset({"和", "与"})
#: what closes a clause after a department named alone (报…工作部。来源：…工作处\n), or a list line's
#: column or note after it (某医院心内科|␣王芳, 某医院急诊科|（护理组）)
_CLAUSE_END = frozenset("。，；、：）)\n（( \u3000")
#: the particle that closes a list the unit ends (某公司女职工委员会|等|3个单位获…), a word of its own (not 等待)
_LIST_CLOSE = "等"
#: the head of a committee an enterprise or institution sets up (某公司|质量管理|委员会): its unit
_COMMITTEE_HEAD = "委员会"
#: the most words saying which bodies between 等 and the word for them (等|相关|职能|部门)
_MAX_LIST_MODIFIERS = 2
#: tags of a crew's word the segmenter split from its one-character head (保洁/a|队, 抢修/v|队)
_SPLIT_WORD_TAGS = frozenset({"a", "v", "vn"})
#: the tag of a word the segmenter reads as a body's name (施工队/nt, 财务部/nt): a unit's last word
_NAME_TAG = "nt"


def department_end(idx: TokenIndex, end: int, body_type: str, body_name: str = "", lex: Lexicons | None = None) -> int | None:
    """Where a department written right after a body ending at ``end`` ends, or None: common words
    (a 和 between two of them: 劳动和经济工作部), the last ending in a department head, then a post or
    the end of the clause."""
    lex = lex or load_lexicons()
    own_units = body_with_own_units(body_type, body_name, lex)
    if body_type not in _BODY_TYPES and not (body_type == "Organization" and body_name.endswith(_COURT_HEAD)) \
            and not own_units:
        return None
    heads = words_tuple(lex, "body_department_heads")
    if own_units:
        heads += words_tuple(lex, "body_crew_heads")
    not_departments = words_tuple(lex, "not_department_words")
    toks, text = idx.tokens, idx.text
    k = idx.starting_at(end)
    if k is None or not heads:
        return None
    if own_units and _post_inside(idx, end - len(body_name), end, lex):
        return None  # (某歌舞团副团长某某某人民医院: no one body's name, a list the grammar ran together)
    crews = words_tuple(lex, "body_crew_heads")
    predicates = lex.words.get("honour_predicates", frozenset())
    if own_units:
        committee = _own_committee_end(idx, end, lex)
        if committee is not None:
            return committee if _unit_closes(idx, committee, [], predicates, lex) else None
        if _COMMITTEE_HEAD in text[end : end + _MAX_CHARS + len(_COMMITTEE_HEAD)]:
            committee = _field_committee_end(idx, k, lex)
            if committee is not None:
                return committee if _unit_closes(idx, committee, [], predicates, lex) else None
    first = k
    while k < len(toks) and k - first < _MAX_WORDS and toks[k].end - end <= _MAX_CHARS:
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        # (never after people: 某公司|员工|和|派出所 lists two things, no unit's name joins them)
        joint = tok.word in _JOINTS and k > first and k + 1 < len(toks) and toks[k + 1].pos in _WORD_TAGS \
            and toks[k - 1].word not in lex.roles
        # (a verb-tagged word only before a joint: 呼吸|与|危重症医学科, never the sentence's verb: 医院|设立…科)
        joined_verb = tok.pos == "v" and k + 1 < len(toks) and toks[k + 1].word in _JOINTS
        # (a crew's or station's head the segmenter split from its words, tagged anyhow: 环卫|三|所, 收费|所/c;
        # never after people: 为某公司员工|所|称道)
        split_head = own_units and k > first and tok.word in crews and toks[k - 1].word not in lex.roles
        # (and the crew's word before such a head, of any tag: 保洁/a|队, 抢修/v|队)
        split_word = own_units and tok.pos in _SPLIT_WORD_TAGS and nxt is not None and nxt.word in crews
        named = tok.pos == _NAME_TAG and tok.word.endswith(heads)
        if not (tok.pos in _WORD_TAGS or joint or joined_verb or split_head or split_word or named) \
                or lex.roles.get(tok.word) == "leader":
            return None  # 市总工会|主席: a post (but 离退休|干部|工作处 names whom the office serves)
        if not tok.word.endswith(heads) and _a_count(tok, toks[k - 1] if k > first else None):
            return None  # 某公司|两支|车队, 多个|车队: a count of units, no one unit (an ordinal names one: 第三|庭, 环卫|三|所)
        if own_units and tok.word.endswith(words_tuple(lex, "parent_institution_heads") + _COMPANY_HEADS + (_UNION_HEAD,)):
            return None  # 某医学院|第二附属医院|儿科: the body's name goes on, the unit is the longer body's
        if own_units and tok.word == _ROOM_HEAD and k > first and toks[k - 1].pos == "m":
            return None  # 某公司|302|室: a room's number, an address
        # (the unit's whole span against the words that name none: a head split off, 停车场|所, is a 场所 still)
        if tok.word.endswith(heads) and not text[end : tok.end].endswith(not_departments) and tok.word != _FIELD \
                and not (tok.word == _SPECIALTY and k == first) \
                and tok.end - end >= (_MIN_OWN_UNIT if own_units else _MIN_DEPARTMENT):
            # (离退休|老干部, 机关|科室: people or offices in general, by the word's ending)
            # then a post, the clause's end, or a joint or an honour's verb opening the clause's predicate
            # after its subject (某公司装卸队|和|仓储部, 某医院急诊科|荣获…: ``lexicons/honour_predicates.txt``)
            if own_units and nxt is not None and nxt.pos == "vn" and k + 2 < len(toks) \
                    and toks[k + 2].word.endswith(heads) and not _post_follows(text, tok.end, lex):
                k += 1
                continue  # 某公交有限公司|车队|管理|科: the crew the office manages, a word of its name
            if _unit_closes(idx, tok.end, toks[first : k], predicates, lex):
                return tok.end
            if own_units:
                return None  # 某公安局|交警支队|直属大队: a unit of a unit, whose direct parent is not the body
        k += 1
    return None


def _unit_closes(idx: TokenIndex, at: int, words: list, predicates: frozenset, lex: Lexicons) -> bool:
    """Whether a unit's name ending at ``at`` ends there: a post in it follows, or the clause's end, or
    the 等 of a list of bodies it closes, or a joint or an honour's verb opening the clause's predicate
    after its subject (某公司装卸队|和|仓储部, 某医院急诊科|荣获…: ``lexicons/honour_predicates.txt``),
    unless the unit's ``words`` say a group of bodies."""
    text = idx.text
    after = text[at : at + 1]
    if not after or after in _CLAUSE_END or _post_follows(text, at, lex):
        return True
    k = idx.starting_at(at)
    if k is None:
        return False
    nxt = idx.tokens[k]
    if after == _LIST_CLOSE and nxt.word != _LIST_CLOSE:
        return True  # 某公司装卸队|等待|检查: a verb opening the predicate (等 a word of its own closes a list)
    return _closes_a_list_of_bodies(idx, k, lex) \
        or (nxt.word in predicates or nxt.word in _JOINTS) and not _words_of_a_group(words, lex)


def _closes_a_list_of_bodies(idx: TokenIndex, k: int, lex: Lexicons) -> bool:
    """Whether token ``k`` is the 等 closing a list of bodies the unit is one of: 等 a word of its own
    (not 等待), then maybe a count and words saying which bodies (相关, 基层, 各: ``lexicons/
    listed_body_modifiers.txt``), then a word for bodies (某公司女职工委员会|等|3|个|单位, 某医院急诊科|等|临床|
    科室: ``lexicons/listed_body_words.txt``); not a list of rooms or places (某公司配电室|等|重点部位, |等|场所)."""
    toks, text = idx.tokens, idx.text
    if toks[k].word != _LIST_CLOSE:
        return False
    j = k + 1
    while j < len(toks) and (toks[j].pos == "m" or len(toks[j].word) == 1 and toks[j].word in MEASURE_WORDS):
        j += 1  # (the count: 3|个, 4|支, 十|家)
    if j >= len(toks):
        return False
    at, modifiers = toks[j].start, words_tuple(lex, "listed_body_modifiers")
    for _ in range(_MAX_LIST_MODIFIERS):  # (等|相关|职能|部门)
        at += max((len(m) for m in modifiers if text.startswith(m, at)), default=0)
    return text.startswith(words_tuple(lex, "listed_body_words"), at)


def _own_committee_end(idx: TokenIndex, end: int, lex: Lexicons) -> int | None:
    """Where a committee an enterprise or institution sets up of its own, written right after its name
    at ``end``, ends (某有限公司|女职工委员会, |劳动争议调解委员会: ``lexicons/own_committees.txt``), or None:
    the whole committee's name as listed, or a standing short form of it (|女工委员会, |女工委:
    ``lexicons/head_short_forms.tsv``)."""
    own = set(words_tuple(lex, "own_committees"))
    names = own | {short for short, full in lex.head_short_forms.items() if full in own}
    name = max((c for c in names if idx.text.startswith(c, end)), key=len, default="")
    return end + len(name) if name and idx.is_boundary(end + len(name)) else None


def _field_committee_end(idx: TokenIndex, k: int, lex: Lexicons) -> int | None:
    """Where a committee named by its field, its words starting at token ``k`` right after its enterprise's
    or institution's name, ends (某有限公司|质量|管理|委员会, 某人民医院|药事|管理|委员会), or None: the field's
    words nouns (a verb's noun too: 管理), none a leader's post, a union or a unit; not a verb taking a committee before them
    (某公司|召开|委员会, |调整|安全|生产|委员会: ``lexicons/committee_verbs.txt``), nor a committee of another
    kind (某公司|社区|居民|委员会, |专门|委员会: ``lexicons/other_committee_words.txt``).

    >>> from uniongraph.extraction.tokens import TokenIndex
    >>> _field_committee_end(TokenIndex("某某有限公司质量管理委员会主任"), 2, load_lexicons())
    13
    """
    toks, text = idx.tokens, idx.text
    first = toks[k]
    if first.pos == "v" or first.word in lex.words.get("committee_verbs", ()) \
            or text.startswith(words_tuple(lex, "other_committee_words"), first.start):
        return None
    # (a union's or a unit's name among the words: 某公司|工会|委员会, |生产部|安全委员会, a unit of a unit)
    unit_heads = words_tuple(lex, "body_department_heads") + words_tuple(lex, "body_crew_heads") + (_UNION_HEAD,)
    j = k
    while j < len(toks) and j - k < _MAX_WORDS and toks[j].end - first.start <= _MAX_CHARS + len(_COMMITTEE_HEAD):
        tok = toks[j]
        if tok.word.endswith(_COMMITTEE_HEAD):
            return tok.end if j > k or len(tok.word) > len(_COMMITTEE_HEAD) else None
        if tok.pos not in _WORD_TAGS or lex.roles.get(tok.word) == "leader" or tok.word.endswith(unit_heads) \
                or text.startswith(words_tuple(lex, "other_committee_words"), tok.start):
            return None
        j += 1
    return None


def _a_count(tok: Token, before: Token | None) -> bool:
    """Whether ``tok`` counts bodies: a numeral glued to its measure word (两支, 多个, 十个) or a measure
    word after a numeral (三|个)."""
    if tok.pos == "m":
        return len(tok.word) >= 2 and tok.word[-1] in MEASURE_WORDS and COUNT_NUMERAL.match(tok.word) is not None
    return tok.pos == "q" and tok.word in MEASURE_WORDS and before is not None and before.pos == "m"


def _words_of_a_group(words: list, lex: Lexicons) -> bool:
    """Whether a word before a unit's head says a group of bodies (全体|车队荣获, 所属|各…:
    ``lexicons/generic_modifiers.txt``): the clause's subject names no one unit."""
    return any(t.word in lex.generic_modifiers for t in words)


def _post_follows(text: str, at: int, lex: Lexicons) -> bool:
    """Whether a post in the department follows it (部长, 主任, 副处长, 庭长, 护士长)."""
    return any(text[at : at + n] in lex.roles for n in range(4, 1, -1))


def body_with_own_units(body_type: str, body_name: str, lex: Lexicons) -> bool:
    """Whether a body's units written after it are its own stated units: a registered company
    (某食品有限公司) or an institution with an own name before its head (某人民医院, 某城市管理局:
    ``lexicons/parent_institution_heads.txt``)."""
    if body_type == "Company":
        return _REGISTERED_COMPANY.search(body_name) is not None
    return body_type == "Organization" and len(body_name) >= _MIN_INSTITUTION \
        and body_name.endswith(words_tuple(lex, "parent_institution_heads"))


def _post_inside(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether a leader's post stands among the words of ``[start, end)`` (副团长, 院长)."""
    k = idx.starting_at(start) if start >= 0 else None
    while k is not None and k < len(idx.tokens) and idx.tokens[k].end <= end:
        word = idx.tokens[k].word
        if lex.roles.get(word) == "leader" or word[:1] == "副" and lex.roles.get(word[1:]) == "leader":
            return True
        k += 1
    return False
