"""Units of an enterprise named by their trade: workshops, branch works and crews (热处理车间,
装配分厂, “匠心”班组; heads: ``lexicons/trade_unit_heads.txt``).

Such a unit is named by common words (what it makes or does) and its head, so the organisation
grammar drops it as a kind of body. The text makes it a body where it is written right after the
body it belongs to (某公司镁砂车间, 公司热处理车间, 装配分厂液压缸装配车间), where a post or a worker of it
is named (包装车间女工马兰花, 装配分厂职工代表邱德明), or where it is joined to such a unit (热处理车间和
齿轮加工车间). A unit in passing (走进生产车间, 深入车间) is none: a word every works has (生产, 一线:
``lexicons/not_trade_words.txt``) or an everyday verb names no unit.

>>> from uniongraph.extraction.tokens import TokenIndex
>>> [m.name for m in find_enterprise_units(TokenIndex("公司热处理车间和齿轮加工车间承担培训。"))]
['热处理车间', '齿轮加工车间']
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..model import Mention
from .lexicon import Lexicons, _rows, derived, load_lexicons
from .names import COMPANY_HEADS, body_tokens, has_proper_word, name_start, org_head
from .places import QUOTED_OWN_NAME, honour_phrase, own_quoted_name, quoted_honour
from .overlaps import Priority
from .tokens import TokenIndex, word_frequency

SOURCE = "enterprise-unit"
#: tags of a trade's words (热处理 n, 加工 vn, 铸造 v, 镁砂 nz, 喷涂 z)
_TRADE_TAGS = frozenset({"n", "vn", "nz", "v", "j", "b", "l", "z"})
#: an everyday verb opening the words is the sentence's own (深入|车间, 来到|车间)
_EVERYDAY_VERB = 1000
#: the most characters of a trade before the head
_MAX_TRADE = 6
#: a worker of the unit by trade, one or two characters and 工 (造型工, 女工, 钳工)
_TRADE_WORKER = re.compile(r"[\u4e00-\u9fff]{1,2}工")
#: what joins two units of one kind (热处理车间和齿轮加工车间)
_JOINED = frozenset({"和", "、", "及", "与"})


def find_enterprise_units(idx: TokenIndex, lex: Lexicons | None = None) -> list[Mention]:
    """The units named by their trade that the text makes bodies (the module's cases)."""
    lex = lex or load_lexicons()
    heads = lex.words.get("trade_unit_heads", frozenset())
    if not heads or not any(h in idx.text for h in heads):
        return []
    found: list[tuple[int, int, str, bool]] = []  # start, end, head, made a body by its context
    for h in _head_pattern(lex).finditer(idx.text):
        start = _trade_start(idx, h.start(), lex)
        if start is None:
            continue
        found.append((start, h.end(), h.group(), _after_its_body(idx, start, lex) or _holds_people(idx, h.end(), lex)))
    found += _works_before_units(idx, found, lex)
    out = []
    for start, end, head, body in found:
        joined = any(o_head == head and ok and (o_end < start and idx.text[o_end:start] in _JOINED
                                                 or end < o_start and idx.text[end:o_start] in _JOINED)
                     for o_start, o_end, o_head, ok in found)
        # 装配分厂|液压缸装配车间: the unit another unit is written under is a body too
        chained = any(ok and o_start == end for o_start, o_end, o_head, ok in found)
        if body or joined or chained:
            name = idx.text[start:end]
            out.append(Mention(start, end, name, "Organization", name, SOURCE, priority=Priority.ORG_PROPER))
    return out


def _works_before_units(idx: TokenIndex, found: list[tuple[int, int, str, bool]], lex: Lexicons) -> list[tuple[int, int, str, bool]]:
    """A works named by its trade between its company and a unit of it (某集团|冷轧厂|镀锌车间): a unit
    too, so the workshop is named in full under the works (the union golds' 某机械厂铸造车间)."""
    out = []
    for start, _end, _head, _ok in found:
        if idx.text[start - 1 : start] != "厂" or any(e == start for _s, e, _h, _o in found):
            continue
        works = _trade_start(idx, start - 1, lex)
        if works is not None and idx.text.endswith(COMPANY_HEADS, max(0, works - 2), works) \
                and idx.ending_at(works) is not None:
            out.append((works, start, "厂", True))
    return out


def works_named_with_its_owner(m: Mention, idx: TokenIndex, lex: Lexicons | None = None) -> Mention:
    """A works found between its owner and a unit (:func:`_works_before_units`) whose owner no rule named
    (本钢集团|冷轧厂: 本钢 is an ordinary word to jieba): named from the owner's name on, as the works of
    a company is (某有限公司炼铁厂); any other mention as it is."""
    lex = lex or load_lexicons()
    owner = next((o for o in COMPANY_HEADS if idx.text.endswith(o, 0, m.start)), None)
    if m.source != SOURCE or not m.name.endswith("厂") or owner is None:
        return m
    start = name_start(idx, m.start - len(owner), lex, head=owner)
    if m.start - len(owner) - start < 2:
        return m  # (来到集团|冷轧厂, 该集团: no owner's name)
    span = idx.text[start : m.end]
    return replace(m, start=start, text=span, name=span)


def named_by_trade(name: str, lex: Lexicons | None = None) -> bool:
    """Whether ``name`` is a unit's (装配分厂, 变速箱分公司, 液压缸装配车间), no enterprise's own name: a unit
    written after it is a unit of its own, not named under it."""
    lex = lex or load_lexicons()
    trade, sub = lex.words.get("trade_unit_heads", ()), lex.words.get("subunit_heads", ())
    return name.endswith(derived(lex, "_unit_heads", trade, lambda: tuple(trade) + tuple(sub), also=(sub,)))


def _head_pattern(lex: Lexicons) -> re.Pattern[str]:
    heads = lex.words.get("trade_unit_heads", frozenset())
    return derived(lex, "_trade_unit_head", heads,
                   lambda: re.compile("(?:" + "|".join(sorted(heads, key=lambda w: (-len(w), w))) + ")"))


def _trade_start(idx: TokenIndex, hs: int, lex: Lexicons) -> int | None:
    """Where the unit whose head starts at ``hs`` begins: over the trade's words (a word the head is
    glued to, 装配|分厂, counts from its start), then a quoted own name; None when no trade or own name
    stands before the head, or a word of it names no trade (生产, 各)."""
    text, toks = idx.text, idx.tokens
    not_trade = _not_trade(lex)
    governing = lex.words.get("boundary_words", frozenset())
    body_ends = _body_ends(lex)
    start, k = hs, idx.ending_at(hs)
    i = idx.index_at(hs)
    if i is not None and toks[i].start < hs:  # 装配分厂: jieba's one word holds trade and head
        trade = text[toks[i].start:hs]
        if trade in not_trade or len(trade) < 2:
            return None
        start, k = toks[i].start, idx.ending_at(toks[i].start)
    while k is not None and hs - toks[k].start <= _MAX_TRADE:
        tok = toks[k]
        if tok.pos not in _TRADE_TAGS and not _unknown_trade_after_its_body(idx, k, body_ends) or tok.word in not_trade or tok.word in lex.places or tok.word in lex.roles \
                or tok.word.endswith(body_ends) or tok.pos == "v" and word_frequency(tok.word) >= _EVERYDAY_VERB \
                or tok.word in governing or org_head(tok.word, lex):
            break  # (深入|车间, 领衔人是|车间: the sentence's verb; 表彰|焊接车间, 指导|加工车间: a verb
            # governing the unit; 公司|车间, 厂工会|慰问…: the body)
        start = tok.start
        k = idx.ending_at(tok.start)
    # a quoted own name before the trade or the head (“匠心”班组, “铁燕子”钢筋班组; not “工人先锋号”班组: the
    # crew holding an honour, not named by it)
    quoted = next((q for q in QUOTED_OWN_NAME.finditer(text, max(0, start - 10), start) if q.end() == start), None)
    if quoted is not None and own_quoted_name(quoted.group(), lex) \
            and not quoted_honour(text, quoted.start() + 1, quoted.end() - 1):
        start = quoted.start()
    if start == hs or hs - start < 2:
        return None
    return start


def _unknown_trade_after_its_body(idx: TokenIndex, k: int, body_ends: tuple[str, ...]) -> bool:
    """Whether token ``k`` is a trade's word jieba does not know (un, two characters) written right after
    its company's name (某科技有限公司|制干|车间): the company bounds it, no verb of the sentence can be there."""
    toks = idx.tokens
    return toks[k].pos == "un" and len(toks[k].word) == 2 and k > 0 and toks[k - 1].word.endswith(body_ends)


def _not_trade(lex: Lexicons) -> frozenset[str]:
    """Words that name no trade before a unit's head (not_trade_words.txt, generic_modifiers.txt)."""
    words, generic = lex.words.get("not_trade_words", frozenset()), lex.words.get("generic_modifiers", frozenset())
    return derived(lex, "_not_trade", words, lambda: words | generic, also=(generic,))


def _body_ends(lex: Lexicons) -> tuple[str, ...]:
    """The endings of the bodies a unit is written right after (unit_owner_ends.txt: 公司, 厂, 车间)."""
    ends = lex.words.get("unit_owner_ends", ())
    return derived(lex, "_unit_owner_ends", ends, lambda: tuple(ends))


def _after_its_body(idx: TokenIndex, start: int, lex: Lexicons) -> bool:
    """Whether the unit is written right after the body it belongs to (某公司|镁砂车间, 分厂|…车间)."""
    return idx.text.endswith(_body_ends(lex), max(0, start - 4), start) and idx.ending_at(start) is not None


def _holds_people(idx: TokenIndex, end: int, lex: Lexicons) -> bool:
    """Whether a post or a worker of the unit and a name follow it (车间主任宫某, 车间女工马某,
    分厂职工代表邱某, 分厂造型工林某)."""
    text = idx.text
    for n in range(5, 1, -1):
        word = text[end : end + n]
        if len(word) == n and (word in lex.roles or _TRADE_WORKER.fullmatch(word)) and text[end + n : end + n + 1] in lex.surnames:
            return True
    return False


#: a project department's head (项目部, 项目经理部)
PROJECT_HEAD = re.compile(r"项目(?:经理)?部")
#: the most characters of a project's name between its company and the head (铁山港东港区5号泊位工程)
_MAX_PROJECT = 16
#: what a project's name never holds: punctuation, and the words that join or place (与, 和, 的, 在)
_NOT_IN_PROJECT = re.compile(r"[^\w]|[与和及的在是为对向]")


def _names_a_project(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether the words between a company and 项目部 name one project: a proper or place word or a
    numbered work (望湖站, 东港区3号泊位工程), no count, pointer or kind of the company's units (所属各,
    下属12个, 全体, 承建)."""
    tokens = body_tokens(idx, start, end)
    not_trade = lex.words.get("not_trade_words", frozenset())
    numbered = [(n.start(), n.end()) for n in _NUMBERED_WORK.finditer(idx.text, start, end)]
    if any(t.pos in ("r", "q", "m") and not any(a <= t.start < b for a, b in numbered) or t.word in not_trade
           for t in tokens):
        return False
    return bool(numbered) or has_proper_word(tokens, lex)


#: a numbered work or part of a project (3号泊位, 二号线, 第三标段, 二期)
_NUMBERED_WORK = re.compile(r"第?[0-9０-９一二三四五六七八九十]+(?:号|标段|标|期|合同段)")


def project_departments(idx: TokenIndex, found: list[Mention], lex: Lexicons | None = None) -> list[Mention]:
    """Project departments named by their company and their project (某建设有限公司铁山港5号泊位工程项目部,
    某城建集团丽泽站项目部): the whole span, an Organization with the company nested in it (the
    guideline's 项目部 → company); and the company named after it where a list joins them (…项目部与
    某路桥工程有限公司: the second company, which the grammar ran over the head)."""
    lex = lex or load_lexicons()
    companies = [m for m in found if m.type == "Company" and not m.reference and m.name.endswith(COMPANY_HEADS)]
    if not companies or "项目" not in idx.text:
        return []
    out = []
    for h in PROJECT_HEAD.finditer(idx.text):
        body = max((c for c in companies if c.end < h.start() and h.start() - c.end <= _MAX_PROJECT), key=lambda c: c.end,
                   default=None)
        if body is None or h.start() - body.end < 2 or _NOT_IN_PROJECT.search(idx.text, body.end, h.start()) \
                or not _names_a_project(idx, body.end, h.start(), lex):
            continue
        span = idx.text[body.start : h.end()]
        out.append(Mention(body.start, h.end(), span, "Organization", span, SOURCE, priority=Priority.ORG_PROPER, body=body))
        joined = next((m for m in found if m.start < h.end() < m.end and m.type == "Company"
                       and idx.text[h.end() : h.end() + 1] in _JOINED and m.end - h.end() > 4), None)
        if joined is not None:  # 项目部与|北海某路桥工程有限公司: the company after the joint
            name = idx.text[h.end() + 1 : joined.end]
            out.append(Mention(h.end() + 1, joined.end, name, "Company", name, joined.source, priority=joined.priority))
    return out


#: the bodies a union's facility is named after (某镇总工会职工书屋, 某医院工会“某某书屋”)
_UNION_TYPES = frozenset({"Federation", "TradeUnion"})
#: a facility's own name in quotes right after its body (淮镇总工会“悦读驿站”职工书屋)
_QUOTED_NAME = re.compile(r"“([^“”，。、]{2,10})”")
#: the most characters of a facility's own words between its company and its head (万亩柑橘|基地, 城西|作业点)
_MAX_FACILITY_WORDS = 6
#: what a facility's own words never hold: punctuation, and the words that join or place
_NOT_IN_FACILITY = re.compile(r"[^\w]|[与和及的在是为对向、把将给从]")


#: jieba's tags of verbs (a verbal noun, vn: 建设, 培训, may name a facility's trade)
_VERB_TAGS = frozenset({"v", "vd", "vg", "vi"})
#: one more quoted phrase right after another (“职工书屋”“职工之家”建设)
_NEXT_QUOTED = re.compile(r"“[^“”，。、]{1,10}”")


@cache
def _facility_name_words() -> dict[str, frozenset[str]]:
    """The words of ``facility_name_words.tsv`` by kind (title, kind, programme)."""
    out: dict[str, set[str]] = {}
    for r in _rows("facility_name_words.tsv"):
        if len(r) >= 2:
            out.setdefault(r[1], set()).add(r[0])
    return {k: frozenset(v) for k, v in out.items()}


def _quoted_room_name(text: str, own: str, phrase: str, close: int, lex: Lexicons) -> bool:
    """Whether a quoted phrase after a union or a company is one room's or site's own name: a name of
    its own (``own``, the phrase less its kind) of two characters or more, no kind's word alone
    (“农家书屋”, “职工书屋”), no honour or rank (“全国示范职工书屋”, “全国农业科普示范基地”: an award, no
    entity), and not a programme's name (“某某书屋”建设, “农家书屋”工程; ``close``: after the quote)."""
    words = _facility_name_words()
    if len(own) < 2 or own in words.get("kind", ()) or honour_phrase(phrase, lex) \
            or any(w in phrase for w in words.get("title", ())):
        return False
    while (more := _NEXT_QUOTED.match(text, close)) is not None:
        close = more.end()  # (“职工书屋”“职工之家”建设: the programme after the list)
    return not any(text.startswith(w, close) for w in words.get("programme", ()))


#: the last character of a verb with a result or an aspect (建成, 建起, 租用, 拥有, 办好): the sentence's verb
_RESULT_ENDS = tuple("成起用有好了过到出")


def _holds_the_sentences_verb(tokens: list, lex: Lexicons) -> bool:
    """Whether the words between a company and a facility's head hold the sentence's verb on the
    facility: one of building, renting or running it (``facility_act_words.txt``: 新建, 投资|建设), or
    any verb with a result or aspect (建成, 租用); no name of the facility's own (but a trade's verb
    names it: 种植|基地, 配送|仓库)."""
    acts = lex.words.get("facility_act_words", frozenset())
    return any(t.word in acts or t.pos in _VERB_TAGS and t.word.endswith(_RESULT_ENDS) for t in tokens)


def _verb_starts(idx: TokenIndex, at: int) -> bool:
    """Whether a word jieba reads as a verb (not a verbal noun: 建设) starts at ``at``."""
    k = idx.starting_at(at)
    return k is not None and idx.tokens[k].pos == "v"


def company_facilities(idx: TokenIndex, found: list[Mention], lex: Lexicons | None = None) -> list[Mention]:
    """A company's facility named after it (某机械有限公司职工活动中心, 某农业开发有限公司万亩柑橘基地, 某环境
    服务有限公司城西作业点; heads: ``lexicons/company_facility_heads.txt``) or a union's (某镇总工会职工书屋;
    ``lexicons/union_facility_heads.txt``): the whole span, a Place, where an event is held or a party goes
    (the union golds' venue); with a quoted name of its own between (某总工会“某某”职工书屋: the whole) or
    as the quoted name (某工会“某某书屋”: the quoted name). Not after a bare 公司 (a reference), nor
    where a count, pointer or word of the company's kind stands between (公司所属各基地)."""
    lex = lex or load_lexicons()
    company_heads = lex.words.get("company_facility_heads", frozenset())
    union_heads = lex.words.get("union_facility_heads", frozenset())
    owners = [m for m in found if not m.reference and (
        m.type == "Company" and m.name.endswith(COMPANY_HEADS) or m.type in _UNION_TYPES and union_heads)]
    if not company_heads or not owners:
        return []
    out = []
    text = idx.text
    for c in owners:
        heads = company_heads if c.type == "Company" else union_heads
        longest = max(map(len, heads))
        quoted = _QUOTED_NAME.match(text, c.end)
        kind = next((h for h in sorted(heads, key=len, reverse=True) if quoted is not None
                     and quoted.group(1).endswith(h)), None)
        if kind is not None:
            s, e = quoted.start(1), quoted.end(1)  # 某工会“某某书屋”: the room's own name, quoted
            if _quoted_room_name(text, text[s : e - len(kind)], text[s:e], quoted.end(), lex):
                out.append(Mention(s, e, text[s:e], "Place", text[s:e], SOURCE, priority=Priority.ORG_PROPER, body=c))
            continue
        after = quoted.end() if quoted is not None else c.end  # 某总工会“某某”职工书屋: its name, then its kind
        head = next((text[after : after + k] for k in range(longest, 1, -1) if text[after : after + k] in heads), None)
        if quoted is not None and head is not None:
            end = after + len(head)
            if not _quoted_room_name(text, quoted.group(1), quoted.group(1), end, lex):
                continue
            out.append(Mention(c.start, end, text[c.start:end], "Place", text[c.start:end], SOURCE,
                               priority=Priority.ORG_PROPER, body=c))
            continue
        for n in range(0, (_MAX_FACILITY_WORDS if c.type == "Company" else 0) + 1):  # (a union's: right after it)
            own = text[c.end : c.end + n]
            if _NOT_IN_FACILITY.search(own) or own and _holds_the_sentences_verb(body_tokens(idx, c.end, c.end + n), lex):
                break  # (某公司建成|职工书屋, 租用|仓库: a verb of the sentence, no facility's own words)
            head = next((text[c.end + n : c.end + n + k] for k in range(longest, 1, -1)
                         if text[c.end + n : c.end + n + k] in heads), None)
            if head is None:
                continue
            end = c.end + n + len(head)
            if end < len(text) and re.match(r"[\u4e00-\u9fff]", text[end]) and text[end] not in "举召开启落闭内里" \
                    and not _verb_starts(idx, end):
                break  # (the head runs on into a longer word: 基地建设, 活动中心主任; not a verb: 仓库|做搬运工)
            if own and any(t.pos in ("r", "q", "m") for t in body_tokens(idx, c.end, c.end + n)) \
                    and not re.fullmatch(r"[\u4e00-\u9fff]*[万千百]亩[\u4e00-\u9fff]*", own):
                break
            span = text[c.start : end]
            out.append(Mention(c.start, end, span, "Place", span, SOURCE, priority=Priority.ORG_PROPER, body=c))
            break
    return out
