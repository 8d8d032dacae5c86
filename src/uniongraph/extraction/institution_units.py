"""Units of an institution written bare, where the text makes them act or hold people.

A school's, hospital's or company's own units are named by common words and a unit head
(体育学院, 急诊科, 后勤管理处, 测试部, 学校党委, 集团厂务公开领导小组): the organisation grammar drops
them as kinds of body (民办医院, 贷款银行). They are bodies all the same where the sentence makes
them one: a post held in them by a named person (急诊科护士长金雅琴, 学校党委书记陶润之), an act
they do (体育学院承办, 校医院协办, 领导小组负责督办), or a line of a results list (机械工程学院 邵文博).

>>> from uniongraph.extraction.tokens import TokenIndex
>>> [m.name for m in find_institution_units(TokenIndex("本届运动会由校工会主办，体育学院承办，校医院协办。"))]
['体育学院', '校医院']
"""

from __future__ import annotations

import re

from ..model import Mention
from .lexicon import Lexicons, derived, load_lexicons
from .names import PROPER_POS, STOP_POS, org_head, titles_by_prefix, titles_starting
from .overlaps import Priority
from .tokens import Token, TokenIndex


SOURCE = "institution-unit"
#: the heads of an institution's units: departments (科, 部, 处, 室), schools (学院), the school's
#: hospital (校医院), its library (图书馆), its party committee (党委) and its committees and groups (a
#: general party branch, 党总支, is left to the post it names: 公司党总支副书记 works for the company, as
#: the union tests hold; the grammar reads 公司党委 in a title as the company's own committee)
_UNIT_HEAD = re.compile(r"(?:学院|医院|图书馆|科|部|处|室|党委|委员会|领导小组|工作组)$")
#: the last characters of _UNIT_HEAD's words, and the opening of _HEAD_AND_POST (_candidate_tokens)
_UNIT_HEAD_LAST = re.compile("[院馆科部处室委会组]")
_PARTY_COMMITTEE = re.compile("党委")
#: prepositions that may open the clause a bare unit is the subject or agent of (由体育学院承办)
_OPENING_PREPOSITIONS = frozenset({"由", "经", "在"})
#: (word lists: ``lexicons/institution_own_words.txt``, the institution named by its kind before its own
#: unit, 学校|党委; ``unit_acts.txt``, what a unit does right after its name, 承办; ``not_unit_starts.txt``,
#: 原, 各, 该 before a body; ``not_unit_words.txt``, 俱乐部, 总部: no unit though they end in a unit's head)
#: tags of the words of a unit's name: nouns, domain verbs jieba files as nouns, abbreviations
_UNIT_WORD_TAGS = frozenset({"n", "vn", "nz", "j", "an", "b", "l"})
#: the most words and characters of such a name
_MAX_WORDS = 5
_MAX_CHARS = 12
#: the post after a unit is read from words that run on while they open a role: no more words are
#: added once it holds six characters (工会副主席, 党委副书记; a role is seldom longer)
_MAX_POST_CHARS = 6
#: units listed, then the kind they are (急诊科、重症医学科等科室, 人事处、财务处等部门): each a unit
_KINDS_AFTER_A_LIST = re.compile(r"(?:、[\u4e00-\u9fff]{2,10}){0,6}等(?:科室|部门|处室|院系|职能部门)")
#: a results list's line: a heading and a colon, then the unit and a name parted by a space (only the
#: colon before the unit is asked here; persons._RESULT_LINE reads the whole line for the name that closes
#: it, reading.repair.LABEL_LINE any label-and-colon entry, to keep two entries apart)
_LIST_LINE = re.compile(r"[：:][ \u3000]*$")


def find_institution_units(idx: TokenIndex, lex: Lexicons | None = None) -> list[Mention]:
    """The bare units of an institution the text makes a body: before a post and a person, before
    an act, a results list's entry, or in a list of units closed by their kind (等科室)."""
    lex = lex or load_lexicons()
    text, toks = idx.text, idx.tokens
    own = _own_words(lex)
    not_units = tuple(sorted(lex.words.get("not_unit_words", ())))
    acts = tuple(sorted(lex.words.get("unit_acts", ())))
    out: list[Mention] = []
    for i in _candidate_tokens(idx):
        tok = toks[i]
        glued = _HEAD_AND_POST.fullmatch(tok.word) if tok.word.startswith("党委") else None
        if glued and glued.group(2) in lex.roles and i + 1 < len(toks) and _person_like(toks[i + 1], lex):
            start = _unit_start(idx, i, lex, whole=False)  # 学校|党委书记|陶润之: jieba's one word holds the post
            if start is not None:
                end = tok.start + len(glued.group(1))
                name = text[start:end]
                out.append(Mention(start, end, name, "Organization", name, SOURCE, priority=Priority.ORG_UNIT_IN_CONTEXT))
            continue
        if not _UNIT_HEAD.search(tok.word) or tok.word.endswith(not_units):
            continue
        if not _school_or_hospital_committee(toks, i, own) \
                and any(r != tok.word and text.startswith(r, tok.start) for r in titles_starting(tok.word)):
            continue  # 中央书记处|书记: the unit's word opens a title (书记处书记), no unit of an institution
            # (学校|党委|副书记: the committee's own title)
        end = tok.end
        kinds = _KINDS_AFTER_A_LIST.match(text, end)
        start = _unit_start(idx, i, lex, after_preposition=kinds is not None)
        held = start is None and _post_taken_in(idx, i, lex)
        if held:
            start = _unit_start(idx, i, lex, after_holding=True)
        if start is None:
            continue
        if not (kinds or held or _holds_a_post(idx, i, lex) or text.startswith(acts, end) and not text.startswith("负责人", end)
                or _listed_with_a_name(idx, i, start)):
            continue
        name = text[start:end]
        if name.endswith("党委") and not name.startswith(tuple(own)):
            continue  # 党委书记李某: a bare party committee is the post's word; 学校党委 names whose it is
        if _kind_alone(name, lex) or len(name) < 3 and name[0] not in own:
            continue
        out.append(Mention(start, end, name, "Organization", name, SOURCE, priority=Priority.ORG_UNIT_IN_CONTEXT))
    return out


#: the words of an enterprise's kind before 党委: the organisation grammar reads 公司党委 and its title
#: chain (公司党委副书记、工会主席某: the company's union too), not this module
_ENTERPRISE_OWN_WORDS = frozenset({"公司", "集团", "厂"})


def _school_or_hospital_committee(toks: list[Token], i: int, own: frozenset[str]) -> bool:
    """Whether token ``i`` is 党委 right after a school's or hospital's own word (学校|党委, 医院|党委,
    学院|党委), whose titles (党委副书记) then belong to that committee."""
    return toks[i].word == "党委" and i > 0 and toks[i - 1].word in own and toks[i - 1].word not in _ENTERPRISE_OWN_WORDS


def _candidate_tokens(idx: TokenIndex) -> list[int]:
    """The tokens the loop above can read, in order: those opening 党委 (_HEAD_AND_POST) and those
    ending in the last character of a unit head's word (_UNIT_HEAD), found by two searches over
    the text instead of a test of every token (exact: no other token matches either regex; a
    token's word holds no newline, so ``$`` is its end)."""
    found = {idx.ending_at(m.end()) for m in _UNIT_HEAD_LAST.finditer(idx.text)}
    found.update(idx.starting_at(m.start()) for m in _PARTY_COMMITTEE.finditer(idx.text))
    found.discard(None)
    return sorted(found)  # type: ignore[arg-type]


def _own_words(lex: Lexicons) -> frozenset[str]:
    """The words that name the institution by its kind before its own unit (``lexicons/institution_own_words.txt``)."""
    return lex.words.get("institution_own_words", frozenset())


def _own_word(lex: Lexicons) -> re.Pattern[str]:
    """The institution's own word before a unit's kind (院|办公室, 厂|领导小组), longest first."""
    own = _own_words(lex)
    return derived(lex, "_institution_own_word", own,
                   lambda: re.compile("^(?:" + "|".join(sorted(own, key=lambda w: (-len(w), w))) + ")"))


def _kind_alone(name: str, lex: Lexicons) -> bool:
    """Whether the unit is named by its kind alone, the institution's word aside (办公室, 院办公室,
    厂领导小组): a unit every institution has, no name (财务部, 急诊科, 厂务公开领导小组 have one).
    (``lexicons/unit_kind_words.txt``)."""
    return name in lex.words.get("generic_org_words", frozenset()) \
        or _own_word(lex).sub("", name) in lex.words.get("unit_kind_words", frozenset())


#: jieba's one word of a unit's head and a post in it (党委书记, 党委副书记)
_HEAD_AND_POST = re.compile(r"(党委)(.+)")


#: verbs of taking or holding a post, before the unit it is held in (担任|学校教务处|副主任)
_HOLDING_VERBS = frozenset({"担任", "任", "兼任", "出任", "曾任", "现任", "历任"})


def _post_taken_in(idx: TokenIndex, i: int, lex: Lexicons) -> bool:
    """Whether the unit whose head ends token ``i`` is where a post is held: the institution's own
    word opens it right after a verb of holding, and a post follows it (此前担任学校教务处副主任)."""
    toks = idx.tokens
    k = i
    while k > 0 and i - k < _MAX_WORDS and toks[k - 1].word not in _HOLDING_VERBS:
        k -= 1
    if k == 0 or toks[k - 1].word not in _HOLDING_VERBS or toks[k].word not in _own_words(lex) or k == i:
        return False
    post = ""
    for t in toks[i + 1 : i + 4]:
        post += t.word
        if post in lex.roles:
            return True
        if not _opens_a_role(post, lex):
            return False
    return False


def _unit_start(idx: TokenIndex, i: int, lex: Lexicons, whole: bool = True, after_preposition: bool = False,
                after_holding: bool = False) -> int | None:
    """Where the bare unit whose head ends token ``i`` begins: over common nouns only, at most
    four words, after a clause boundary (punctuation, a particle, a preposition, a verb); None when
    a proper word stands in it (the organisation grammar names such a unit) or a quantifier
    makes it every such unit (各科室, 有关部门)."""
    toks = idx.tokens
    own = _own_words(lex)
    k = i
    while k > 0 and i - k + 1 < _MAX_WORDS:
        prev = toks[k - 1]
        if prev.pos in STOP_POS or prev.pos in PROPER_POS or prev.word in lex.roles:
            break
        if prev.pos not in _UNIT_WORD_TAGS and prev.word not in lex.name_words and prev.word not in own:
            break
        if prev.word not in own and org_head(prev.word, lex):
            return None  # 县总工会|办公室: the unit of a body named before it, the grammar's to read
        k -= 1
    first = toks[k]
    if k > 0 and not (toks[k - 1].pos == "x" or toks[k - 1].word in _OPENING_PREPOSITIONS
                      or after_preposition and toks[k - 1].pos == "p" or after_holding and toks[k - 1].word in _HOLDING_VERBS):
        return None  # 中国奥委会反|兴奋剂委员会, 争取和平与|裁军委员会, 省防火|安全领导小组: the unit's words
        # are the tail of a longer name; a bare unit opens its clause or list entry
    if first.word in lex.words.get("not_unit_starts", ()) or any("某" in t.word for t in toks[k : i + 1]):
        return None  # 原|总政治部 (a former body), 总参某部 (a body left unnamed)
    # (jieba tags 党委 alone as an abbreviation, j: the unit's head, no proper word of its name)
    if toks[i].end - first.start > _MAX_CHARS or any(t.pos in PROPER_POS and not (j == i and t.word == "党委")
                                                     for j, t in enumerate(toks[k : i + 1], start=k)):
        return None
    if k == i and whole and first.word[0] not in own and len(first.word) < 3:
        return None  # 该部, 本科: one short word is no unit's name
    if not whole and (k == i or toks[k].word not in own):
        return None  # (a party committee written bare is the institution's own: 学校|党委, 医院|党委)
    return first.start


def _person_like(tok: Token, lex: Lexicons) -> bool:
    return tok.pos in ("nr", "nrfg", "nrt") or tok.pos == "un" and 2 <= len(tok.word) <= 3 and tok.word[0] in lex.surnames


def _holds_a_post(idx: TokenIndex, i: int, lex: Lexicons) -> bool:
    """Whether a post and a named person follow the unit (急诊科护士长金雅琴, 学校党委书记陶润之)."""
    toks = idx.tokens
    j = i + 1
    role = ""
    while j < len(toks) and len(role) < _MAX_POST_CHARS and _opens_a_role(role + toks[j].word, lex):
        role += toks[j].word
        j += 1
        if role in lex.roles and j < len(toks) and (_person_like(toks[j], lex) or _next_post_then_person(idx, j, lex)):
            return True
    return False


#: the most tokens of the post that follows a first one after 、 (校|工会主席, 工会|副主席)
_MAX_NEXT_POST_TOKENS = 4


def _next_post_then_person(idx: TokenIndex, j: int, lex: Lexicons) -> bool:
    """Whether 、 at token ``j`` opens a second post (a body's words and a role) that a named person
    follows: 学校党委副书记、校工会主席某某, 医院党委副书记、工会主席某某 (a chain of the person's titles)."""
    toks = idx.tokens
    if toks[j].word != "、":
        return False
    for k in range(j + 1, min(j + 1 + _MAX_NEXT_POST_TOKENS, len(toks) - 1)):
        w = toks[k].word
        if toks[k].pos == "x" or _person_like(toks[k], lex):
            return False
        if (w in lex.roles or w[-2:] in lex.roles) and _person_at(toks, k + 1, lex):
            return True
    return False


def _person_at(toks: list[Token], k: int, lex: Lexicons) -> bool:
    """Whether a name opens at token ``k``: a name's token, or a one-character surname jieba split off
    before its given name (郑|卫东)."""
    if k >= len(toks):
        return False
    if _person_like(toks[k], lex):
        return True
    return len(toks[k].word) == 1 and toks[k].word in lex.surnames and k + 1 < len(toks) \
        and toks[k + 1].pos in ("nr", "nrfg", "nrt", "un") and len(toks[k + 1].word) <= 2


def _opens_a_role(words: str, lex: Lexicons) -> bool:
    """Whether ``words`` are a role or its beginning (护士, 护士长), by the titles' prefix index."""
    return words in lex.roles or words in titles_by_prefix(lex)


def _listed_with_a_name(idx: TokenIndex, i: int, start: int) -> bool:
    """Whether the unit stands in a results list's line: after a heading's colon, before a space
    and a name (男子100米：机械工程学院 邵文博)."""
    text = idx.text
    line_start = text.rfind("\n", 0, start) + 1
    if not _LIST_LINE.search(text, line_start, start) and not (
            re.search(r"[：:]", text[line_start:start]) and text[start - 1 : start] == "、"):
        return False  # (the next entry of the line after a list comma: …、图书馆 汪曼丽)
    return bool(_NAME_AFTER_SPACE.match(text, idx.tokens[i].end))


#: a space, then a name (the entries of a list the reader ran together go on right after it)
_NAME_AFTER_SPACE = re.compile(r"[ \u3000]+[\u4e00-\u9fff]{2}")

