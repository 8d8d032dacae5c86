"""Named events: activities, campaigns, competitions, congresses.

Three patterns, each general to Chinese news:

- a quoted title with an event head inside or right after it:
  ``“学习贯彻全会精神”主题宣讲活动``, ``“金锤杯”电焊技能竞赛``;
- an unquoted name with a strong event head and a body (``上海市职工篮球大赛``,
  ``第二届工会会员代表大会``);
- numbered congresses (``中国工会十八大``, ``党的二十大``) and quoted nicknames of travelling
  activities (``职工“健康直通车”走进…``);
- a meeting named as the object of a convening verb, whose head may be weak or the whole name
  (``召开换届大会``, ``举行解困再就业情况通报会``, ``召开的实施再就业工程座谈会``): the verb says
  that a particular meeting took place.

>>> from uniongraph.extraction.tokens import TokenIndex
>>> [m.name for m in find_events(TokenIndex("连续三年举办“金锤杯”电焊技能竞赛。"))]
['金锤杯电焊技能竞赛']
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from ..model import Mention
from .lexicon import LEXICON_DIR, Lexicons, derived, load_lexicons, scope_words, words_tuple
from .names import CONTEST_STAGES, JOINING_DOTS, DIVISION_LEVEL_CHARS, heads_on_word_ends, org_head, OWN_MEETINGS, body_tokens, counted_places, clean_name, ends_in_head, has_proper_word, head_regex, is_name_part, name_start
from .tokens import Token, TokenIndex
from .overlaps import Priority
from .places import SITE_AFTER, gazetteer_form
from .parallel_pairs import pair_start

_QUOTE = re.compile(r"[“『]([^“”『』]{1,40})[”』]")  # (『』: the quotes of older print, 『一帮一』)
#: a verb of holding right before a quoted title: it names an event held (举办了“…”的晚会)
_HOLDS_BEFORE = re.compile(r"(?:举办|举行|开展|组织|推出|发起|主办|承办|开办|参加)(?:了)?$")
#: … or a relative clause of holding, by its organisers (由A、B联合举办的“…培训班”)
_HELD_BY_BEFORE = re.compile(r"(?:举办|主办|承办|开办|组织)的$")
#: heads of a project, an event only when a verb runs it (实施“…”项目): a project is often a piece of work
_PROJECT_HEADS = frozenset({"项目"})
#: the verb that runs a project, right before its quoted title (共同实施“…”项目, 开展的“…”攻关项目,
#: 完成了“…”技术攻关项目)
_RUN_BEFORE = re.compile(r"(?:开展|实施|完成|启动|组织|举办|发起|推出|推进|承办|主办)(?:了|的)?$")
_RUN_REACH = 6
#: … or after it, in its own clause: the project as the subject of its launch (“…”项目在某中心正式启动)
#: (its place or its date between, no other verb: not “…”项目使企业实施…)
_RUN_AFTER = re.compile(r"(?:在[^，。；！？“”\n]{2,14}?|于[^，。；！？“”\n]{1,10}?)?(?:正式|全面|顺利)?"
                        r"(?:启动|开展|实施|举办|举行|开班|揭牌)")
#: … or in the next sentence, by the body that runs it (“…”项目惠及…。该项目由市总工会主办)
_RUN_LATER = re.compile(r"[^。！？\n]{0,40}[。！？]该项目由[^，。；！？]{2,20}?(?:主办|承办|实施|组织|发起)")


@functools.lru_cache(maxsize=1)
def _technical_work_words() -> tuple[str, ...]:
    """Words that make a project technical work (``technical_work_words.txt``: 工艺, 攻关, 改进)."""
    return tuple(sorted(load_lexicons().words["technical_work_words"]))


def _is_technical_work(name: str) -> bool:
    """Whether a quoted project's ``name`` (“低盐腌制工艺改进”项目) names a piece of technical work."""
    return any(w in name for w in _technical_work_words())


#: after a quoted title, 的 and a kind of event (“一切为了您”的大型综艺晚会)
TITLE_THEN_KIND = re.compile(r"的(?:大型|小型|专题|主题|文艺|综艺|群众性|大规模|系列){0,3}"
                              r"(?:晚会|演出|联欢会|座谈会|报告会|研讨会|竞赛|比赛|活动)")
_MAX_BRIDGE = 10  # characters between a closing quote and the event head
#: … before the head of an awards ceremony, whose name may say at length what it awards
#: (“某某杯”全国体操最佳运动员教练员评选揭晓颁奖大会)
_MAX_LONG_BRIDGE = 20
_LONG_BRIDGE_HEADS = ("颁奖大会", "颁奖会", "颁奖仪式", "颁奖典礼", "表彰大会", "表彰会")
#: … before any head when the words between are nouns and places only, no verb (“某某·某某”淮安市青年
#: 职工交友联谊|活动: the city and who the activity is for; but “送教到基层”专项工作纳入…培训 goes on to a verb)
_MAX_NOUN_BRIDGE = 12
_NOUN_BRIDGE_TAGS = frozenset({"n", "ns", "nt", "nz", "t", "j", "nr", "un"})
#: a year written right before a quoted name, after a word that is no part of it (主办的|九八“…”)
_YEAR_BEFORE_QUOTE = re.compile(r"(?<=[的，。；：、\n（])(?:[’']?[九零○][0-9０-９一二三四五六七八九○零]|[12１２][0-9０-９]{3}年度?)$")
#: heads of a commendation, before which the kinds of those honoured may be listed with 、
_COMMENDATIONS = frozenset({"表彰会", "表彰大会", "表彰会议", "颁奖大会", "颁奖会"})
#: the kinds of those honoured, listed (先进集体、先进个人)
_HONOURED_LIST = re.compile(r"[^，。、；：！？“”『』（）《》 \n]{2,6}(?:、[^，。、；：！？“”『』（）《》 \n]{2,6})+")


@functools.lru_cache(maxsize=1)
def _congress_regex() -> re.Pattern[str]:
    path = LEXICON_DIR / "congress_prefixes.txt"
    prefixes = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    alt = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    # a bare 十四大, 十五大 (ten-and-a-digit, no 第 before it) is the party's congress in the news;
    # a bare 十大 is not (十大杰出青年, 世界第十一大)
    return re.compile(rf"(?:(?:{alt})第?[一二三四五六七八九十]{{1,3}}(?:大|次全国代表大会)"
                      rf"|(?<![第0-9０-９一二三四五六七八九十百])十[一二三四五六七八九]大)"
                      rf"(?![学厦街道桥楼队型量力众家类项批件户类])")


#: the number and 大 (or 次全国代表大会) every match of _congress_regex holds: a text without one is not
#: searched (the pattern's second branch opens on a lookbehind, tried at every character)
_CONGRESS_NUMBER = re.compile(r"[一二三四五六七八九十](?:大|次全国代表大会)")


@functools.lru_cache(maxsize=1)
def _movement_verbs() -> tuple[str, ...]:
    path = LEXICON_DIR / "event_movement_verbs.txt"
    return tuple(l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#"))


def _head_at_end(s: str, lex: Lexicons) -> str | None:
    for n in range(min(6, len(s)), 0, -1):
        if s[-n:] in lex.event_heads:
            return s[-n:]
    return None


#: verbs sending a motion to the meeting that decides on it (提交|某公司职工代表大会审议, 提请|大会审议)
_SENDING_VERBS = r"(?:提交|提请|报请|递交|送交|呈报|呈交|报送)"
#: verbs that govern an event and never open its name (出席职工健康周启动仪式, 坚持企业职工代表大会;
#: a motion sent to the meeting: _SENDING_VERBS)
_GOVERNING_VERB = re.compile(r"(?:大力|积极|广泛|深入|认真|全面|继续|进一步|联系|共同)?"
                             r"(?:(?:出席|参加|参与|举办|举行|开展|召开|组织|带动|坚持|完成|推进|开启|观看|观摩|主持)"
                             r"|" + _SENDING_VERBS + r")(?:了)?")
#: … the verbs sending a motion to a meeting, wherever they stand in the span: what went before them
#: (the motion, its sender) is no part of the meeting's name (集体合同草案提交|公司第三届职工代表大会…审议,
#: 市政府将草案报请|…第二十次会议审议)
_SENDING_VERB = re.compile(_SENDING_VERBS + r"(?:了)?(?:给|至|到)?")
#: what the meeting a motion is sent to does with it, right after its name (…会议|审议)
_DECIDED_AFTER = ("审议", "审查", "表决", "讨论", "批准", "通过")

#: verbs of holding or attending a meeting that are never part of its name (not 组织, 开展:
#: 全国组织工作会议, 开展…活动 may hold them)
_HOLDING_VERB = re.compile(r"(?:大力|积极|广泛|深入)?(?:举行|召开|举办|出席|列席|主持|开展|参加|参与|献给)(?:了|的)?")


_YEAR_BEFORE = re.compile(r"(?:1|2|１|２)[0-9０-９]{3}$")
#: what may stand before an edition's year: the clause's start, 的, a list comma, a verb of holding
#: or of launching (启动2027年“两节”送温暖活动)
_EDITION_LEAD = re.compile(r"(?:^|[，。；：！？、\n“”（）的]|举办|举行|开展|召开|参加|主办|承办|出席|组织|启动)(?:了)?$")
_SHORT_YEAR = re.compile(r"[’'‘`][0-9０-９]{2}$")
#: contests and games, whose year right after 在 is their edition when 在…中/上 frames what was done in
#: it (在2025年某市职工技能大赛中获奖; but 在2023年中国网球公开赛回归之际, 在2025年全国会议上: the time)
_CONTESTS_BY_YEAR = ("大赛", "竞赛", "比赛", "锦标赛", "联赛", "运动会", "比武", "擂台赛", "邀请赛", "公开赛")
#: a year's four digits (half- or full-width): 2026, １９９８
YEAR_NUMBER = r"[12１２][0-9０-９]{3}"
#: … not the tail of a longer number
_YEAR_DIGITS = r"(?<![0-9０-９])" + YEAR_NUMBER
#: a year of four digits, not the tail of a longer number: 2026年, １９９８年度
_FOUR_DIGIT_YEAR = _YEAR_DIGITS + "年度?"
#: the first year of a span of two written before a name's year (2026—2027年度“安康杯”竞赛): one
#: edition named by both years, which the name opens with
_YEAR_SPAN_START = re.compile(_YEAR_DIGITS + r"年?[—–－\-~～至到]$")
#: a span of two years written with no 年 right before a name (2026—2027供暖季“暖万家”竞赛)
_BARE_YEAR_SPAN = re.compile(_YEAR_DIGITS + r"[—–－\-~～至]" + YEAR_NUMBER + "$")
#: how far before a name that bare span is looked for: four digits, the dash and four digits (2026—2027)
_BARE_YEAR_SPAN_REACH = 9
#: how far before a name's year that first year is looked for: four digits, 年 and the dash (2026年—)
_YEAR_SPAN_REACH = 6
_YEAR_NAMED = re.compile(_FOUR_DIGIT_YEAR + "$")
#: a year of this or the last century written with no 年 right before a name (，2026|粤港…座谈会); a
#: count (1200|名, 3000|元) is no year, and a measure word would stand between it and the name anyway
_BARE_YEAR = re.compile(r"(?<![0-9０-９.．])(?:[1１][9９]|[2２][0０])[0-9０-９]{2}$")
#: a year, with 年 or without, that may stand before a name opening its sentence (，2026年|某县…仪式)
_YEAR_OPENING_NAME = re.compile(_YEAR_DIGITS + "(?:年度?)?$")


#: the cities whose one-character names follow 在 as one word for "those in the city" (在京老同志,
#: 在沪院士); other short names (在新…, 在中…, 在青…) read as 在 + a word and never join the name
_IN_CITY = "京沪津渝"


#: 一次 opening an event's span (举办了一次“…”活动, 需召开一次…大会): how many times, not a word of the
#: name. Only one: after a count of more (举办了十二次个人画展) the rest names a series, no one event
#: (cut, it would be read as the one edition named before: 第一次个人画展)
_COUNT_OPENING = re.compile(r"一次(?!性)")


def _event(text: str, start: int, end: int, source: str, priority: int, congress: bool = False,
           governed: bool = False) -> Mention:
    """The event mention ``text[start:end]`` (with a session number after it); unless the
    verb that governs it is already left out (``governed``), a governing verb opening the span
    is dropped."""
    end = _with_session(text, end)
    verb = None if governed else _GOVERNING_VERB.match(text, start, end)
    if verb and end - verb.end() >= 3:
        start = verb.end()  # the name begins after the verb that governs it
    elif not governed:
        # 在京举行新春茶话会: a verb of holding or attending inside the span ends what went
        # before it (where and who), and the name begins after it
        inner = [v for v in _HOLDING_VERB.finditer(text, start + 1, end) if end - v.end() >= 3]
        if inner:
            start = inner[-1].end()
    if text.startswith(_DECIDED_AFTER, end):  # (the frame: send a motion to the meeting that decides on it)
        sent = [v for v in _SENDING_VERB.finditer(text, start + 1, end) if end - v.end() >= 3]
        if sent:
            start = sent[-1].end()  # 集体合同草案提交|公司第三届职工代表大会第二次会议
    counted = _COUNT_OPENING.match(text, start, end)
    if counted and end - counted.end() >= 3 and not text.endswith("第", 0, start):
        start = counted.end()  # 举办了一次|“当代企业改革征文”活动
    year = _YEAR_BEFORE.search(text, max(0, start - 4), start)
    short = _SHORT_YEAR.search(text, max(0, start - 3), start)
    if short:
        start = short.start()  # ’９８北京新年音乐会: the edition's year, written short
    elif year and text.startswith("年", start):
        start = year.start()  # １９９８|年度船舶工业工作会议: the year the numeral split off
    elif (named_year := _YEAR_NAMED.search(text, max(0, start - 7), start)) is not None \
            and (_EDITION_LEAD.search(text, max(0, named_year.start() - 4), named_year.start())
                 or text.endswith("在", 0, named_year.start()) and text[start:end].endswith(_CONTESTS_BY_YEAR)
                 and text.startswith(("中", "上"), end)):
        # 承办的2024年|广东省职工职业技能大赛: the year names the edition; but 在2023年…之际, 拿起
        # １９５０年…会议的纪念章: a time said of the sentence, not part of the name
        start = named_year.start()
    elif (bare_year := _BARE_YEAR.search(text, max(0, start - 5), start)) is not None \
            and _HAN.match(text, start) and _EDITION_LEAD.search(text, max(0, bare_year.start() - 4), bare_year.start()):
        start = bare_year.start()  # ，2026|粤港青年职工交流座谈会: a year with no 年 opening the name is its edition
    if re.match(YEAR_NUMBER + "年", text[start:end]) and (span_start := _YEAR_SPAN_START.search(
            text, max(0, start - _YEAR_SPAN_REACH), start)) is not None:
        start = span_start.start()  # 举行2026—|2027年度…竞赛: the span of years opens the name
    elif (bare_span := _BARE_YEAR_SPAN.search(text, max(0, start - _BARE_YEAR_SPAN_REACH), start)) is not None:
        start = bare_span.start()  # 启动2026—2027|供暖季某竞赛: a span of two years, no 年, opens the name
    if start > 0 and text[start - 1] == "在" and text[start] in _IN_CITY:
        start -= 1  # 在京老同志迎春茶话会: 在京 (of those in Beijing) opens the name; 京 alone never does
    span = text[start:end]
    return Mention(start, end, span, "Event", clean_name(span), source, priority=priority, congress=congress)


#: what may stand before a region that opens an event's name: the start of a clause or a line
_CLAUSE_OPENING = "，。；：！？、\n# 　"


#: the people an event is for, written between its region and a long quote (某市职工“…、…”宣讲活动)
_PEOPLE_BEFORE_QUOTE = ("女职工", "职工", "青年职工", "农民工", "劳模")


def _regions_before(text: str, qs: int, lex: Lexicons) -> int:
    """Where a quoted event name starts when divisions written in full stand right before its
    quote at the opening of a clause (温江区“…服务圈”建设启动仪式, 湛江市霞山区“…”行动): the
    region whose event it is, part of the name as written; ``qs`` otherwise (an organisation or
    any other word before the quote is no part of it: 区总工会“夏送清凉”专项行动); the year of the
    edition before the region opens it then (主办的2026年某市“…”宣讲活动), as it does before a short quote."""
    start = qs
    people = next((w for w in _PEOPLE_BEFORE_QUOTE if text.endswith(w, 0, qs)), None)
    if people is not None:
        start -= len(people)  # 某市职工|“…、…”宣讲活动: who the event is for, between the region and the quote
    regions = start
    while True:
        n = next((n for n in range(min(lex.longest_place, start), 2, -1)
                  if text[start - 1] in DIVISION_LEVEL_CHARS and gazetteer_form(text[start - n : start], lex)), None)
        if n is None:
            break
        start -= n
    if start == regions:
        scope = next((w for w in _SCOPE_WORDS if text.endswith(w, 0, start)), None)
        if scope is not None:
            start -= len(scope)  # 2026年全市|“…、…”宣讲活动: the whole division, as a region written in full
    if start == regions:
        return qs  # (职工“…” with no region before it: the quote alone)
    if start < qs and (start == 0 or text[start - 1] in _CLAUSE_OPENING):
        return start
    if start < qs and (year := _YEAR_BEFORE_QUOTE.search(text, max(0, start - 6), start)) is not None:
        return year.start()  # 主办的2026年|某市“…”宣讲活动: the edition's year before the region opens the name
    return qs


def _left_modifier(idx: TokenIndex, start: int, lex: Lexicons) -> int:
    """Extend a quoted name over name words right before it (职工“健康直通车”)."""
    return name_start(idx, start, lex)


_ORG_HEAD_WORDS = frozenset({"总工会", "公司", "有限公司", "集团", "协会", "学院", "中心"})


def _after_organisation(body, lex: Lexicons) -> int | None:
    """Where an event name starts when an organisation name opens its body: in
    滨江区总工会夏送清凉系列活动 the organisation is the organiser, not part of the name."""
    for k in range(len(body) - 1, 0, -1):
        word = body[k].word  # jieba may glue a place's last character to the head: 南岭|县总工会
        glued = word not in _ORG_HEAD_WORDS and word.endswith(tuple(_ORG_HEAD_WORDS)) and len(word) <= 5
        if (word in _ORG_HEAD_WORDS or glued) and has_proper_word(body[:k], lex) and k + 1 < len(body):
            return body[k + 1].start
    return None


_SESSION = re.compile(r"第[一二三四五六七八九十0-9０-９]{1,3}次(?:全体)?会议")


#: verbs a person does that also name an activity of that kind (慰问活动, 看望活动)
_ACTIVITY_VERBS = frozenset({"慰问", "看望"})
#: going words that, joined to one of those verbs, name the kind of a visit (走访慰问活动); not a
#: going somewhere (“感谢信”来到|慰问活动现场, “清凉包”送到|慰问活动现场)
_VISITING_WORDS = frozenset({"走访", "探访", "走访看望"})


def _pairs_before_head(idx: TokenIndex, start: int, head_start: int, lex: Lexicons) -> bool:
    """Whether every 、 between ``start`` and an event head joins a short parallel pair of the
    name (“皇庄”杯棋王、棋后|大奖赛), none lists two events."""
    commas = [k for k in range(idx.index_at(start), idx.index_at(head_start)) if idx.tokens[k].word == "、"]
    return all(idx.tokens[k].start > start and pair_start(idx, k, head_start, lex) is not None for k in commas)


def _nouns_only(idx: TokenIndex, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` (word edges) are nouns, places and times only."""
    i = idx.starting_at(start)
    if i is None or not idx.is_boundary(end):
        return False
    while i < len(idx.tokens) and idx.tokens[i].start < end:
        if idx.tokens[i].pos not in _NOUN_BRIDGE_TAGS:
            return False
        i += 1
    return True


def _bridge_is_name(idx: TokenIndex, start: int, end: int, lex: Lexicons, pairs: bool = False) -> bool:
    """Whether the words between a quote and an event head may sit inside a name (with ``pairs``,
    its 、 join parallel pairs)."""
    # (and what a doer does, whatever jieba tags it: “赣莲６２”荣获|首届…博览会, 荣获 an nr; but not
    # the visits that name an activity: “冬日暖心”慰问活动, and a going word joined to one of them,
    # “情暖锦城”走访慰问活动, though “夏送清凉”走访企业 went somewhere)
    doer = lex.words.get("person_verbs", frozenset()) - _ACTIVITY_VERBS
    stops = lex.words.get("location_verbs", frozenset()) | set(triggers_move()) | doer
    i = idx.starting_at(start)
    while i is not None and i < len(idx.tokens) and idx.tokens[i].start < end:
        t = idx.tokens[i]
        if pairs and t.word == "、" or t.word == "杯" and t.start == start:
            i += 1  # (“皇庄”杯|棋王大奖赛: the quote names the cup the contest is played for)
            continue
        if t.word == "月" and t.start > start and idx.tokens[i - 1].pos not in ("m", "t", "x"):
            i += 1  # “…”职工读书|月|活动: a campaign's month (jieba: a numeral), as name_start reads it
            continue
        # (a word of place, 户外 or 室内, says where the activity's people work: “…”户外劳动者关爱行动)
        visits = t.word in _VISITING_WORDS and i + 1 < len(idx.tokens) and idx.tokens[i + 1].word in _ACTIVITY_VERBS \
            and idx.tokens[i + 1].start == t.end and idx.tokens[i + 1].start < end
        if t.word in stops and not visits or not (is_name_part(t, lex) or t.pos in ("v", "a", "vn", "z", "s")) \
                or _HOLDING_VERB.fullmatch(t.word):
            return False  # “夏送清凉”走进重点工程: the activity went somewhere, 工程 is not its name
            # (“优胜杯”开展|创建活动: the verb holds another activity, the quote names a cup)
        i += 1
    return True


#: prepositions and copulas jieba's HMM glues to the last character of a name before them (服务季|在)
_GLUED_PREPOSITIONS = frozenset("在于是由")


def _glued_preposition_at(idx: TokenIndex, at: int) -> bool:
    """Whether ``at`` falls inside an unknown word of two characters whose second is a preposition
    or a copula (…入会服务季在|广场启动: jieba's HMM read 季在 as one word): a name may end there."""
    k = idx.index_at(at - 1) if at > 0 else None
    if k is None:
        return False
    tok = idx.tokens[k]
    return tok.pos == "un" and len(tok.word) == 2 and tok.end == at + 1 and tok.word[-1] in _GLUED_PREPOSITIONS


def triggers_move() -> tuple[str, ...]:
    from .relations.context import triggers

    return triggers().get("move", ()) + triggers().get("goto", ())


def _with_session(text: str, end: int) -> int:
    """Extend an event over a following session number: 第六届教职工代表大会第三次会议."""
    m = _SESSION.match(text, end)
    return m.end() if m else end


#: verbs that convene or attend a meeting; the words after one, up to a meeting head, name that
#: meeting (召开换届大会, 出席全国侨办主任座谈会: the verb says that one meeting took place)
_CONVENING = re.compile(r"(?:主持召开|组织召开|召开|举行|举办|出席|列席|参加)(?:了|的)?|(?:开幕|闭幕)的")
#: a word every match of _CONVENING holds (an article without any is not scanned)
_CONVENING_WORDS = ("召开", "举行", "举办", "出席", "列席", "参加", "开幕的", "闭幕的")
#: the words that refer back to a meeting named before (出席了今天的座谈会, 参加这次会议)
_REFERRING = re.compile(r"(?:这|此|本|该|那|今天|今日|今晚|昨天|昨日|昨晚|当天|当日|当晚|上午|下午|晚上|次日|随后|同日|会后)")
#: a meeting head: the lexicon's heads that end in 会 or 会议
_MEETING_HEAD = re.compile(r"会(?:议)?$")
#: ceremonies, convened and attended as meetings are (参加…项目签字仪式)
_CEREMONY_HEADS = ("仪式", "典礼")
_OBJECT_STOP = re.compile(r"[，。、；：！？“”‘’（）()《》\s,;:!?]")
_MAX_GOVERNED = 24
#: heads of assemblies named by who attends (机关干部大会); not 运动会, 联欢会, which are events
_ASSEMBLY = re.compile(r"(?:大会|会议|座谈会|动员会|工作会)$")
#: a count of meetings (两次, 多场): not one meeting
_COUNTED = re.compile(r"[一二两三四五六七八九十几多数0-9０-９]+[次场个项]")
#: the whole of a place, which makes a contest, games or show of a kind its own (全市职工运动会)
_SCOPE_WORDS = scope_words("country", "division")
#: words that say who attends a meeting, not which meeting it is (机关干部大会, 全体职工大会)
_GROUP_WORDS = frozenset({"机关", "干部", "职工", "全体", "党员", "群众", "全市", "全县", "全区", "全省", "全厂",
                          "全校", "各界", "工作", "领导", "员工", "代表", "会员", "机关干部", "全体职工", "党员干部",
                          "干部职工", "职工群众", "领导干部"})


def _words_of(text: str) -> list[str]:
    from .tokens import tokenize

    return [t.word for t in tokenize(text)]


#: a book's or paper's title inside a meeting's name (举行的《文汇报》创刊６０周年座谈会)
_TITLE = re.compile(r"《[^《》，。；：！？\n]{1,20}》")


def _object_limit(text: str, start: int) -> int:
    """Where the object of a convening verb at ``start`` ends at the latest: the first stop
    (a comma, a quote, a bracket), looking past a book's title (《文汇报》), or
    :data:`_MAX_GOVERNED` characters on."""
    end = min(len(text), start + _MAX_GOVERNED)
    at = start
    while True:
        stop = _OBJECT_STOP.search(text, at, end + 1)
        if stop is None:
            return end
        title = _TITLE.match(text, stop.start()) if stop.group() == "《" else None
        if title is None:
            return stop.start()
        at = title.end()


#: a description of how a meeting is held, before its name: 隆重的, 盛大的, 简朴而隆重的
_DESCRIBED = re.compile(r"(?:隆重|盛大|简朴|简短|热烈|热闹|庄严|庄重|朴素|简单|精彩|丰富多彩)(?:而(?:隆重|热烈|庄严|简朴))?的")


#: verbs of what a meeting does, right after its name (召开党组会议传达学习…精神, 召开职代会审议…): a new
#: predicate, no part of a longer name
_NEXT_PREDICATE = re.compile(r"(?:传达|学习贯彻|贯彻|研究|部署|听取|审议|通报|安排)")


#: a relative clause of a meeting's organisers after the verb that attends it (出席了|由某部主办的|招待会;
#: 出席了|某市总工会主办的|…茶话会; 出席了|12月5日由某市总工会主办的|…; 由市委书记某某主持的|…座谈会)
_ORGANISING_VERBS = r"(?:主办|承办|协办|举办|组织|发起|筹办|主持|召开)"
_ORGANISERS_CLAUSE = re.compile(r"(?:[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}[日号])?"
                                r"(?:由[^，。；：！？“”\n]{1,30}?|[^，。；：！？“”\n的]{2,20}?)" + _ORGANISING_VERBS + "的")
#: the same clause ending where an event's name starts (由某区总工会主办的|新春茶话会, 出席了|某区总工会主办的|…)
_ORGANISERS_CLAUSE_BEFORE = re.compile(r"([^，。；：！？“”\n的]{2,30}?)" + _ORGANISING_VERBS + "的$")
#: what opens that clause: 由, the verb attending the event, a clause's start
_CLAUSE_BEFORE_OPENING = re.compile(r".*(?:由|出席了?|参加了?|参与了?|[，。；：！？“”\n])", re.S)


def organisers_before(text: str, at: int) -> str | None:
    """The organisers written in a relative clause right before the event name at ``at``
    (由某区总工会主办的|新春茶话会 -> 某区总工会), or None: they tell the event from another body's of
    the same head (某市总工会新春茶话会)."""
    if not text.endswith("的", 0, at):
        return None
    window = max(0, at - 40)
    opening = _CLAUSE_BEFORE_OPENING.match(text, window, at)
    clause = _ORGANISERS_CLAUSE_BEFORE.search(text, opening.end() if opening is not None else window, at)
    return clause.group(1) if clause is not None else None


def _convened_meetings(idx: TokenIndex, lex: Lexicons, head_re: re.Pattern[str]) -> list[Mention]:
    """Meetings and ceremonies named as the object of a convening verb (召开换届大会, 参加…签字
    仪式, 在今天闭幕的…工作会议上): the name runs from the verb to the last meeting head of the
    phrase that ends a word. A bare generic head (召开会议,
    举行座谈会) names no particular meeting; a compound head (换届大会, 职工代表大会) does."""
    text = idx.text
    out: list[Mention] = []
    if not any(w in text for w in _CONVENING_WORDS):
        return out
    for v in _CONVENING.finditer(text):
        start = v.end()
        if text.startswith("的", start) and idx.is_boundary(start + 1):
            start += 1  # 由国务院办公厅于南京召开的第四次…会议: the meeting the clause describes
        if not idx.is_boundary(start):
            continue
        described = _DESCRIBED.match(text, start)
        if described is not None and idx.is_boundary(described.end()):
            start = described.end()  # 举行了隆重的|揭晓颁奖仪式: how it was held is no part of its name
        limit = _object_limit(text, start)
        organisers = _ORGANISERS_CLAUSE.match(text, start, limit)
        if organisers is not None and idx.is_boundary(organisers.end()):
            start = organisers.end()  # 出席了由国防部主办的|招待会: the clause of its organisers is no part of its name
        end = None
        for h in head_re.finditer(text, start, limit):
            if end is not None and h.start() > end and _NEXT_PREDICATE.match(text, end):
                break  # 召开党组会议|传达学习…推进会精神: the meeting's name ends, a verb of what it did follows
            # jieba may glue the head's 会 to 上 (…交流|会上): 上/中 after a meeting still end its name
            ends_word = idx.is_boundary(h.end()) or text.startswith(("上", "中"), h.end())
            if (_MEETING_HEAD.search(h.group()) or h.group().endswith(_CEREMONY_HEADS)) and ends_word \
                    and not text.startswith("堂", h.end()):
                end, head = h.end(), h.group()
            elif h.group().endswith("会") and text.startswith("议", h.end()) and h.end() + 1 <= limit \
                    and idx.is_boundary(h.end() + 1):
                end, head = h.end() + 1, h.group() + "议"  # 经验交流会|议: the head 会议 overlaps 交流会
        if end is None:
            continue
        # 举办…二次会议精神|宣讲会: the meeting is cited by what is held (but 召开…会议精神: the verb's own)
        cited = _cited_by_what_is_held(text, end)
        body = text[start : end - len(head)]
        if len(body) < 2 and (len(head) < 4 or head in _GENERIC_MEETINGS):
            continue
        if head.endswith(_CEREMONY_HEADS) and not _named_ceremony(text[start:end], lex):
            continue  # 主持了揭牌仪式, 参加了会见和签字仪式: a kind of ceremony (_attended_ceremonies)
        if _COUNTED.match(body) or (body and _ASSEMBLY.search(head) and all(w in _GROUP_WORDS for w in _words_of(body))):
            continue  # 召开了两次会议, 召开机关干部大会: how many, or who attends, names no meeting
        if any(m in body.replace("各界", "") for m in ("各", "有关", "一系列", "多次", "几次")) or body.startswith(("了", "过")):
            continue  # 召开各类座谈会: not one meeting
        if _CONVENING.search(body):
            continue  # 参加中宣部召开的…座谈会: the inner verb names the meeting
        if _REFERRING.match(body):
            continue  # 出席了今天的座谈会: the meeting named before (relations.event_references.recent_event)
        out.append(_event(text, start, end, "event-convened", Priority.EVENT_CONVENED, congress=cited, governed=True))
    return out


def _cited_by_what_is_held(text: str, end: int) -> bool:
    """Whether the meeting ending at ``end`` is cited by the name of what is held: its spirit, alone or
    with another meeting's, and a gathering's name going on after it (举办…二次会议精神|宣讲会, 举办…全委会议|
    与…二次会议精神|宣讲会: the lecture is held, the meetings cited; but 召开…会议精神: the verb's own)."""
    if _SPIRIT_AFTER.match(text, end) is not None:
        return not _SPIRIT_AFTER.fullmatch(text, end, _object_limit(text, end))
    other = _CITED_WITH_ANOTHER.match(text, end)
    return other is not None and other.end() < len(text) and not _OBJECT_STOP.match(text, other.end())


def _named_ceremony(name: str, lex: Lexicons) -> bool:
    """Whether a ceremony has a name beyond its kind: four characters or more before the kind
    (淮北煤层气项目|签字仪式), with no second thing joined to it (会见和|签字仪式)."""
    kind = max((k for k in lex.words.get("ceremony_heads", ()) if name.endswith(k)), key=len, default=name[-2:])
    before = name[: len(name) - len(kind)]
    return len(before) >= 4 and not re.search(r"[和与及、]", before)


#: a verb of holding or attending right before a ceremony named by its kind alone
_CEREMONY_VERB = re.compile(r"(?:出席|参加|举行|主持|列席|举办)(?:了)?$")


def _attended_ceremonies(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A ceremony named by its kind alone right after a verb of holding or attending (出席揭牌仪式,
    主持了开幕式): the article's own ceremony. A *reference* (``lexicons/ceremony_heads.txt``):
    alias resolution ties it to a full name of the article ending in it, or names it per article."""
    kinds = lex.words.get("ceremony_heads", frozenset())
    if not kinds:
        return []
    text = idx.text
    out: list[Mention] = []
    for h in head_regex(tuple(sorted(kinds))).finditer(text):
        if not _CEREMONY_VERB.search(text, max(0, h.start() - 3), h.start()):
            continue
        if not (idx.is_boundary(h.start()) and (idx.is_boundary(h.end()) or text.startswith(("上", "中"), h.end()))):
            continue
        m = Mention(h.start(), h.end(), h.group(), "Event", h.group(), "event-ceremony", priority=Priority.EVENT_GENERIC)
        m.reference = True
        out.append(m)
    return out


#: a numbered session of a body's meeting: 第二次全体会议, 十二届五次执委会议, 十四届三中全会, 三届二次职代会
_SESSION_MEETING = re.compile(
    # (the look-ahead names the characters every match opens with: the scan skips the others
    # at once instead of trying the optional term at each character of the text)
    r"(?=[第一二三四五六七八九十百0-9０-９])"
    r"(?:第?[一二三四五六七八九十]{1,3}届(?:全国人大|全国政协|全国委员会|理事会|董事会|委员会)?)?"
    r"(?:第?(?:[一二三四五六七八九十百]{1,4}|[0-9０-９]{1,3})次|[一二三四五六七八九]中)"
    r"(?:全体会议|全会|执委会议|执委会|常委会议|常委会|常务会议|主席会议|主任会议|理事会议|董事会议|理事会|董事会|监事会|扩大会议"
    r"|全委会议|全委会|委员会议|工作会议|(?:理事|常委|全委)?(?:[（(]扩大[）)])?会议"
    # (三届二次职代会: a company's workers' congress in session, named with the company)
    r"|职代会|教代会"
    # (a study group's numbered session: 理论学习中心组第六次|集体学习)
    r"|集体学习)")
_BODY_BREAK = re.compile(r"会议|主持|召开|举行|出席|[为在于]")
_YEAR = re.compile(r"^[0-9０-９]{4}年(?:度)?")
#: a term and a session of a named kind of meeting (一届二次理事会议): a name without its body
_TERM_SESSION = re.compile(r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次(?:理事|常委|全委|主席|执委|董事|监事)")
_TERM_PLENUM = re.compile(r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九]中全会")


#: holding verbs of OPENED_AT_LENGTH that launch, not hold: a session said launched is no session held
_LAUNCHED = ("启动",)
#: a year inside a run before a session's number: the date, no body's name (某市2024年|第二次会议)
_A_YEAR = re.compile(r"[0-9０-９]{4}年")


def _place_opens(idx: TokenIndex, start: int, lex: Lexicons, bodies: bool = False) -> bool:
    """Whether a place word opens the name at ``start`` (某市|在职职工…活动); with ``bodies``, also a
    body's head word (总工会|…)."""
    k = idx.starting_at(start)
    if k is None:
        return False
    t = idx.tokens[k]
    return t.pos == "ns" or lex.knows_place(t.word) or bodies and bool(org_head(t.word, lex))


#: the longest body name read whole before a session number (某市协调劳动关系三方|第十二次会议)
_MAX_CLAUSE_BODY = 20
#: word classes no body's name holds: a time word (今年, 近期), an adverb (再次), a preposition (通过, 与),
#: a particle (主办的), a conjunction, a pronoun, a person's name (常委王某|第二次会议), a distinguishing
#: word (主办)
_NOT_IN_A_BODY_POS = ("t", "d", "p", "u", "c", "r", "nr", "b")
#: word classes that may end a body's name right before its number: a noun, a place, a count word (三方)
_BODY_END_POS = ("n", "ns", "nt", "nz", "j", "m", "vn")


def _clause_body_before(idx: TokenIndex, m: re.Match[str], lex: Lexicons) -> int | None:
    """Where the body of a numbered session opens when the session is the subject that opens its
    sentence and is said held (12月19日，某市协调劳动关系三方第十二次会议在某区召开): the whole
    run from the sentence opening, which may hold a verb (协调) or a count word (三方) that ends
    an ordinary name, opening with a place or a body. None otherwise (…召开了|第二次会议)."""
    text = idx.text
    held = OPENED_AT_LENGTH.match(text, m.end())
    if not (_OPENED.match(text, m.end()) or held and not held.group().endswith(_LAUNCHED)):
        return None  # (…第二次会议在区政府启动: launched, not said held)
    opening = max(text.rfind(c, max(0, m.start() - _MAX_CLAUSE_BODY - 1), m.start()) for c in _CLAUSE_STOPS + ("）",)) + 1
    if opening <= 0 or m.start() - opening < 4 or not _opens_its_sentence(text, opening) \
            or not idx.is_boundary(opening) or _BODY_BREAK.search(text, opening, m.start()) \
            or _CONVENING.search(text, opening, m.start()) or _REFERRING.match(text, opening) \
            or _A_YEAR.search(text, opening, m.start()):
        return None
    run = list(itertools.takewhile(lambda t: t.start < m.start(), idx.tokens[idx.index_at(opening):]))
    if not run or run[-1].end != m.start() or not _place_opens(idx, opening, lex, bodies=True) \
            or run[-1].pos not in _BODY_END_POS or any(t.pos.startswith(_NOT_IN_A_BODY_POS) for t in run):
        return None  # 某市总工会主办的|第五次会议, 某市今年|第二次会议: a clause or a time, no body's name
    if not _a_chain_of_names(run, lex):
        return None
    return opening


def _a_chain_of_names(run: list[Token], lex: Lexicons) -> bool:
    """Whether the run before a session's number reads as one body's name: no list (某市总工会、某委员会),
    no number or count word but a fixed name part (count_name_parts.txt: 三方; not 全年, 两家, 第二批,
    3月份), and a verb only as a place's task with an object of its own (某市|协调|劳动关系|三方), never
    after a body (某市总工会|组织|三方: the body is the subject, the verb its act)."""
    places = True  # only place words so far
    for i, t in enumerate(run):
        if t.pos == "x" or t.pos == "m" and t.word not in lex.words.get("count_name_parts", ()) \
                or any(c.isdigit() for c in t.word):
            return False
        if t.pos == "v" and (not places or i + 1 >= len(run) or run[i + 1].pos not in ("n", "vn", "nz")):
            return False
        places = places and (t.pos == "ns" or lex.knows_place(t.word) or t.word in DIVISION_LEVEL_CHARS)
    return True


def _session_meetings(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A body's numbered session (中纪委第二次全体会议, 市总工会十届三次全委会): the body's name
    and the number together name one meeting. A bare number (第一次会议) needs the body; a
    party plenum (十四届三中全会) is named by its number alone."""
    text = idx.text
    out: list[Mention] = []
    for m in _SESSION_MEETING.finditer(text):
        if not (idx.is_boundary(m.start()) and idx.is_boundary(m.end())):
            continue
        # (a company's workers' congress is named with the company whole: 某有限公司|三届二次职代会)
        # (a year between the body and the number is the session's own: 中心组|2026年|第六次集体学习)
        year = _YEAR_NAMED.search(text, max(0, m.start() - 7), m.start())
        at = year.start() if year is not None and idx.is_boundary(year.start()) else m.start()
        # (a study group's name may hold a verb: 党组理论|学习|中心组第六次集体学习)
        start = name_start(idx, at, lex, head=m.group()[-3:], verbs=True) if m.group().endswith(("职代会", "教代会", "集体学习")) \
            else name_start(idx, at, lex)
        # a headline without stops (…常委会议李瑞环主持为政协九届一次会议): the body starts
        # after the last meeting or verb of holding in it
        inner = list(_BODY_BREAK.finditer(text, start, m.start()))
        if inner:
            start = inner[-1].end()
        if text.startswith("暨", start):
            start += 1  # 党组会议暨|党组理论学习中心组…: the second name of two joined (_joined_by_ji)
        if text.endswith("政协", 0, start) and start < m.start():
            start -= 2  # 政协湖南省第八届委员会第一次全体会议: the conference's own session, 政协 and all
        body = _YEAR.sub("", text[start : m.start()])
        if len(body) < 2 and (opening := _clause_body_before(idx, m, lex)) is not None:
            start, body = opening, text[opening : m.start()]
        if len(body) < 2 and not _TERM_PLENUM.search(m.group()) and not _TERM_SESSION.match(m.group()):
            continue
        # a party plenum by its number (十四届六中全会) is mostly cited, as 十五大 is: a congress
        plenum = start == m.start() and bool(_TERM_PLENUM.search(m.group()))
        # (a session whose spirit a lecture is held on, …全委会议精神|宣讲会, is cited, as a convened one is)
        cited = plenum or _cited_by_what_is_held(text, m.end())
        out.append(_event(text, start, m.end(), "event-session", Priority.EVENT_PROPER, governed=True, congress=cited))
    return out


#: the day a meeting is held, after its name: 今天, 日前, (１月)２０日 (also read by relations.attendance)
HELD_DAY = r"(?:今天|今日|昨天|昨日|日前|近日|(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)?"
#: the part of the day and the place, before the verb that holds the meeting: (下午)在京(隆重)
HELD_WHERE = r"(?:上午|下午|晚上)?(?:在[^，。；：、\s]{1,12}?)?(?:隆重)?"
#: a named meeting as the subject of its opening: …座谈会今天在京召开, …会议在北京开幕, …会议，今天在北京召开
_OPENED = re.compile(r"，?" + HELD_DAY + HELD_WHERE + r"(?:召开|举行|开幕|闭幕)")
#: … with a venue written at length (在剑池街道某某产业园党群服务中心举行, …培训班在某中心举办, …冬季班在
#: 某街道开班): an event's name that opens its sentence as the subject of 在…举行 is the report's own
#: event, however long its venue; a body written right before such a name opens it (and organises it)
OPENED_AT_LENGTH = re.compile(r"，?" + HELD_DAY + r"(?:上午|下午|晚上)?在[^，。；：、\s]{1,30}?(?:隆重|正式)?"
                              r"(?:召开|举行|举办|开幕|闭幕|开班|启动)")


#: words that say what kind of contest, not which one: 技术比武, 技能竞赛
_KIND_WORDS = frozenset({"技术", "技能", "岗位", "业务", "劳动", "职业", "操作", "练兵", "体育", "公平", "规模", "友谊",
                         "单项"})
#: verbs of attending or holding an event, right before its head: they govern it, no name holds them
#: (观摩|比武, 参加|比赛); not 组织, 开展 (全国组织|工作会议 holds one)
#: the last word of a noun of people (人大代表, 一线职工): the subject of a verb, not a name's part
_PEOPLE_ENDINGS = ("代表", "职工", "干部", "群众", "员工", "会员")
_ATTENDING_VERB = re.compile(r"出席|参加|参与|列席|观看|观摩|主持|举办|举行|召开")
#: adverbs of competing side by side, right before a contest's head: a predicate (三十个班组同台|比武),
#: while inside a name a contest word follows them (两地职工同台竞技邀请赛)
_SIDE_BY_SIDE = frozenset({"同台"})
#: the scope that opens a meeting's name: the whole country or a division of it, or a central body
#: of the country (全军政治工作会议, 中央经济工作会议), which is no place
_SCOPES = tuple(sorted(scope_words("country", "division", "organ")))
#: after a meeting's name, its delegates: …会议代表, …会议的全体代表
_DELEGATES = re.compile(r"(?:的)?(?:全体)?代表(?![团队])")
_THIS = re.compile(r"(?:这次|此次|本次|这届|本届|该次)$")


def _opened_meetings(idx: TokenIndex, lex: Lexicons, head_re: re.Pattern[str]) -> list[Mention]:
    """Meetings that are the subject of 召开/举行/开幕 (全国组织工作会议在京召开): a weak meeting
    head with name words before it names a meeting when the sentence says it opened."""
    text = idx.text
    out: list[Mention] = []
    for h in head_re.finditer(text):
        if lex.event_heads[h.group()] == "strong":
            continue  # named without the verb (find_events' unquoted names)
        ceremony = h.group().endswith(_CEREMONY_HEADS)
        if not (_MEETING_HEAD.search(h.group()) or ceremony) or not idx.is_boundary(h.end()) \
                or not (idx.is_boundary(h.start()) or idx.tokens[idx.index_at(h.start())].end == h.end()):
            continue  # (a head may end a word of jieba's: 工资集体|协商会议, its first part the name's)
        # 行长（经理）会议: a bracketed second kind of attendee before the head stays in the name
        bracket = _ALTERNATIVE.search(text, max(0, h.start() - 6), h.start())
        start = name_start(idx, bracket.start() if bracket else h.start(), lex, verbs=True)
        # 全国银行、保险、证券系统…会议: the scope opens a list of the fields that meet
        listed = _SCOPED_LIST.search(text, max(0, start - 24), start)
        if listed is not None and (not listed.start() or not _HAN.match(text, listed.start() - 1)):
            start = listed.start()
        opened = _OPENED.match(text, h.end())
        if opened is None and _opens_its_sentence(text, start):
            opened = OPENED_AT_LENGTH.match(text, h.end())
        inner = not idx.is_boundary(h.start())
        if inner and idx.tokens[idx.index_at(h.start())].start - start < 2:
            continue  # 电视电话会议 alone: jieba's word is a kind of meeting, no name before it
        if (ceremony or inner) and not (opened and _opens_its_sentence(text, start)
                                        and (not ceremony or _named_ceremony(text[start : h.end()], lex))):
            continue  # a ceremony, or a head ending a word of jieba's, is named here only as the subject
            # of its holding that opens its sentence (11月27日，…发放仪式在…举行): the report's own event
        # 这次纺织工业工作会议: a demonstrative before a long name refers to one meeting by its name
        this = _THIS.search(text, max(0, start - 3), start)
        # 全国铁路领导干部会议, 全省纺织工作会议: a meeting of the whole country (or province…)
        # about one field is one meeting, named without a verb
        scope = max(text.rfind(w, start, h.start()) for w in _SCOPES)
        scoped = scope >= 0 and h.start() - scope >= 4
        if scoped and not opened:
            start = scope  # 吴邦国致信|全国铁路领导干部会议: the name opens with its scope
        # 在中央经济工作会议上讲话, 接见全国海关关长会议代表: a long name in the frame of a meeting
        framed = h.start() - start >= 4 and (
            text.endswith("在", 0, start) and text.startswith(("上", "期间"), h.end())
            or _DELEGATES.match(text, h.end()) is not None
            or text.endswith(_WRITTEN_TO, 0, start))  # 致信兵器工业工作会议: one written to
        if not opened and not scoped and not framed and not (this and this.end() == start and h.start() - start >= 4):
            continue
        # (a body's own work meeting keeps the body in its name: 中国核工业总公司１９９８年度工作会议)
        cut = None if text.endswith(OWN_MEETINGS, 0, h.end()) else _after_organisation(body_tokens(idx, start, h.start()), lex)
        start = cut if cut is not None else start
        body = text[start : h.start()]
        if len(body) < 2 or _COUNTED.match(body) or _REFERRING.match(body) or _CONVENING.search(body):
            continue
        if _ASSEMBLY.search(h.group()) and all(w in _GROUP_WORDS for w in _words_of(body)):
            continue
        # 狠抓全国金融工作会议的落实, 贯彻…会议精神: a meeting cited, as a congress is, not reported
        # (but 致信全国冶金工作会议要求…: the writer asks; a meeting written to is being held)
        # (and 中央经济工作会议|和中央农村工作会议精神: two meetings cited together)
        cited = not opened and bool(_CITED.match(text, h.end()) or _CITED_WITH_ANOTHER.match(text, h.end())) \
            and not text.endswith(_WRITTEN_TO, 0, start)
        out.append(_event(text, start, h.end(), "event-opened", Priority.EVENT_CONVENED, congress=cited))
    return out


#: what stands before a name that opens its sentence: a stop, a dateline's closing bracket, or a date
#: and a comma (11月27日，)
_SENTENCE_OPENING = re.compile(r"(?:^|[。！？\n）]|[日天]，|(?:上午|下午|晚上|晚|近日|日前)，)$")


def _opens_its_sentence(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens its sentence (after a stop, or a date and a comma), its
    year (2026年, 2026) perhaps before it."""
    year = _YEAR_OPENING_NAME.search(text, max(0, start - 7), start)
    if year is not None:
        start = year.start()
    return _SENTENCE_OPENING.search(text, max(0, start - 3), start) is not None


#: a bracketed alternative of two to four characters right before a meeting's head: （经理）
_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")
#: a scope, then fields listed with 、, right before a name's start: 全国银行、保险、
_SCOPED_LIST = re.compile(r"(?:全国|全省|全市|全区|全县|全军)(?:[\u4e00-\u9fff]{2,4}、){1,4}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CITED = re.compile(r"(?:的)?(?:精神|落实|部署|要求|决定|决策)")
_WRITTEN_TO = ("致信", "致电", "致贺信")
#: another meeting joined after a meeting's name, the two cited together (…会议和…会议精神)
_CITED_WITH_ANOTHER = re.compile(r"[和与及][^，。；：、！？\s]{2,20}?(?:会|会议)(?:的)?精神")


#: multi-sport games by their edition (第十八届冬奥会, ２０００年奥运会, 长野冬奥会 after an edition) or by the
#: short number of a national games (八运会); a bare 冬奥会 is the series, not one edition
_GAMES_KINDS = r"(?:冬奥会|奥运会|亚运会|全运会|亚冬会|大运会|城运会|农运会|残运会|冬运会)"
_GAMES = re.compile(r"(?:" + _YEAR_DIGITS + r"年|第[一二三四五六七八九十]{1,3}届)[\u4e00-\u9fff]{0,3}?" + _GAMES_KINDS
                    + r"|(?<![第一二三四五六七八九十0-9０-９])[一二三四五六七八九十]{1,2}运会")
#: what every games' name ends in: a text without one is not searched (_GAMES opens on a lookbehind,
#: so ``re`` tries it at every character)
_GAMES_ENDINGS = ("运会", "奥会", "冬会")

#: what turns a kind of meeting into an institution: 职工代表大会制度
_SYSTEM_AFTER = ("制度", "制")
#: weak heads an edition makes a name of (第三届…比赛, 首届…座谈会), and the edition: in the same
#: clause, with name characters only between it and the head (not plans or projects: 1998年工作计划)
_EDITIONED_HEADS = frozenset({"比赛", "评比", "展评", "球赛", "会议", "座谈会", "全体会议", "工作会议", "活动", "仪式", "培训班", "托管班", "展览", "节"})
#: the characters of a name after its edition (a middle dot too: 首届海川·云岭职工篮球赛, two places joined)
_EDITION_NAME_CHARS = "[\u4e00-\u9fff“”" + "".join(sorted(JOINING_DOTS)) + "]"
_NUMBERED_EDITION = re.compile(r"(?:第[一二三四五六七八九十百0-9０-９]{1,4}|首)(?:届|次)" + _EDITION_NAME_CHARS + "{1,16}$")
#: a contest's or a training class's year is its edition too (2025年职工篮球赛, 2026年基层工会主席
#:培训班; not 1998年全国会议, a meeting of that year)
_YEAR_EDITION = re.compile(_FOUR_DIGIT_YEAR + _EDITION_NAME_CHARS + "{1,16}$")
_CONTEST_HEADS = frozenset({"比赛", "球赛", "培训班", "托管班", "活动", "行动", "专项检查", "专项审计", "专项督查"})
#: an activity and a campaign: a year opens their name only when a word of the name follows it (2026年|全区…
#: 专项督导行动, not 1994年|参加|活动)
_YEAR_ACTIVITIES = frozenset({"活动", "行动"})
#: a campaign's names run longer than a contest's, saying what and where (2026年全区户外劳动者服务站冬季保障
#: 专项督导行动); an activity's keep a contest's reach (a longer one reads a whole clause: 2026年全市工会职工
#: 群众喜闻乐见丰富多彩文化活动|不断)
_YEAR_CAMPAIGN_EDITION = re.compile(_FOUR_DIGIT_YEAR + r"[\u4e00-\u9fff“”]{1,22}$")
_YEAR_CAMPAIGN_REACH = 30
#: what makes 行动 a named campaign after a year: 专项 in its name (2026年…专项督导行动); without it 行动 is
#: the verb of a clause (2026年全县工会党员干部带头行动, …资金发放行动迅速)
_CAMPAIGN_MARK = "专项"
#: set phrases and idioms: a clause's predicate, never a word of a name a year opens (上下一致, 丰富多彩)
_IDIOM_TAGS = frozenset({"i", "l"})
#: a head named by its year that a campaign's head may follow in one name (…专项检查|行动)
_RUNS_ON_HEADS = frozenset({"专项检查", "专项审计", "专项督查"})
#: words that keep a year out of the name after it: a verb or a function word (1994年|参加|活动)
_NOT_IN_A_YEARS_NAME = frozenset({"v", "vd", "p", "c", "d", "r", "u", "uj", "ul", "x"})


#: words that may stand between a kind and the document named after it (专项检查|工作|方案, 实施|细则,
#: 专项检查|行动计划 written as one word)
_BEFORE_A_DOCUMENT = ("工作", "实施", "行动", "活动")


def _names_a_document_after(idx: TokenIndex, he: int, lex: Lexicons) -> bool:
    """Whether the words after an activity's kind name a document or an office of it (专项检查|工作方案,
    专项检查行动|计划, 比赛|领导小组): then a year before the kind dates that document, no edition."""
    documents = tuple(sorted(lex.words.get("document_words", ()), key=len, reverse=True))
    at = he
    for link in _BEFORE_A_DOCUMENT:
        if idx.text.startswith(link, at):
            at += len(link)
            break
    for word in documents:
        if idx.text.startswith(word, at) and idx.is_boundary(at + len(word)):
            return True
    return False


def _inside_a_title(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a title in 《》 (of a document, a book, a programme)."""
    opened = text.rfind("《", 0, at)
    return opened >= 0 and text.find("》", opened, at) < 0 and "\n" not in text[opened:at]


def _edition_year(text: str, hs: int, head: str) -> re.Match[str] | None:
    """The year before the head at ``hs`` with name characters only between (a campaign's reach is longer)."""
    if head == "行动":
        return _YEAR_CAMPAIGN_EDITION.search(text, max(0, hs - _YEAR_CAMPAIGN_REACH), hs)
    return _YEAR_EDITION.search(text, max(0, hs - 24), hs)


def _year_names(idx: TokenIndex, hs: int, head: str) -> bool:
    """Whether a year before a contest's, a class's or an activity's head is its edition: for an
    activity, the word right after the year opens its name (2026年|劳模工匠疗休养活动), no verb or
    function word (1994年|参加|活动: the year the man took part), no idiom up to the head; a campaign's 行动
    only with 专项 in its name. (An activity whose name runs on into
    another head, 2027年…活动|启动仪式, is named by that event's rules.)"""
    year = _edition_year(idx.text, hs, head)
    if year is None:
        return False
    if head not in _YEAR_ACTIVITIES:
        return True
    opens = _YEAR_OPENS.match(idx.text, year.start()).end()
    if head == "行动" and _CAMPAIGN_MARK not in idx.text[opens:hs]:
        return False
    k = idx.starting_at(opens)
    if k is None or idx.tokens[k].pos in _NOT_IN_A_YEARS_NAME:
        return False
    # (every word up to the head, not the first only: a clause's idiom after the subject)
    return not any(t.pos in _IDIOM_TAGS for t in idx.tokens[k : idx.index_at(hs) + 1])
#: an edition or a session in a name: 第九届, 八届, 一次, 1998年
_EDITION = re.compile(r"[届次]|[0-9０-９]{4}年")
#: an edition said by its number (第六届, 六届, 第二次, 首届) or a year (2026年): not a bare 届 or 次 of a
#: word (应届毕业生, 班次调整)
_NUMBERED_OR_YEAR = re.compile(r"(?:第?[一二三四五六七八九十百0-9０-９]{1,4}|首)[届次]|[0-9０-９]{4}年")

#: a numeral, a measure word and a description before a name of common words (一台高水准的): an
#: instance of a kind of event, described, not one named (but 多场市级示范公益送教 counts sessions of a
#: programme that has this name)
_COUNTED_BEFORE = re.compile(r"[一两二三四五六七八九十几数多每][台场次个项届期][^，。；：、]{0,10}?的$")

#: meeting heads that name no meeting on their own, however long
_GENERIC_MEETINGS = frozenset({"会议", "大会", "座谈会", "全体会议", "工作会议"})


#: weak heads that name an event when a body's clause of organising stands before the name: a lecture
#: (讲座) is most often one part of another activity (参加了健康体检和…讲座, 教授作…专题讲座), one of its
#: own when a body organises or holds it (区总工会组织的…心理健康讲座, 市总工会在…举办职工健康讲座)
_ORGANISED_WEAK_HEADS = ("讲座", "托管班")
#: a class (托管班) that opens or closes is held (某区总工会…爱心托管班正式开班), a class's edition is its
#: intake (第三期…托管班, 第二期…培训班)
_CLASS_HEADS = frozenset({"托管班", "培训班"})
#: … or a body opens it (开办|开设…托管班; not a lecture: 开办知识讲座, 开办了数场讲座 are no named ones)
_CLASS_OPENED_BEFORE = re.compile(r"(?:开办|开设)(?:的|了)?[^，。；：、“”（）\s的]{2,20}$")
_CLASS_OPENED = re.compile(r"(?:正式|顺利|如期|近日|日前)?(?:开班|开课|开营|结业)")
_CLASS_EDITION = re.compile(r"第[一二三四五六七八九十百0-9０-９]{1,4}期" + _EDITION_NAME_CHARS + "{1,16}$")
#: a class as a facility: built, had or counted (在各街道建成托管班20个, 职工之家设有爱心托管班, 建成…托管班56个)
_FACILITY_BEFORE = re.compile(r"(?:建成|建起|建设|建立|设有|设立|配有|配备|拥有|共有)[^，。；：！？]{0,16}$")
#: the digits of a count (20, 二十, 两)
_COUNT_DIGITS = "[0-9０-９一二三四五六七八九十百千两]"
_COUNTED_AFTER = re.compile(_COUNT_DIGITS + r"+[个家所处间]")
#: sessions counted right after a lecture's name (已组织心理健康讲座11场, 20多场, 十余场, 共8场, 多场): a count
#: of one (讲座1场, 一场) is checked by :func:`_many_sessions_after`
#: (a count with 几 or 数 is more than one: 十几场, 几十场, 二十几场, 几百场, 数十场; so is one said about a
#: round number: 上百场, 近20场)
_SESSIONS_AFTER = re.compile(r"(?:共计|累计|共|计|达|近|上)?(?:(?P<n>(?:" + _COUNT_DIGITS + r"|几|数)+)(?P<more>余|多)?|多|若干)[场次期]")
#: a count of one session
_ONE = frozenset({"1", "１", "一"})


def _many_sessions_after(text: str, at: int) -> bool:
    """Whether sessions counted at ``at``, right after a lecture's name, are more than one: many of a
    kind, none named (组织心理健康讲座8场); one held (举办心理健康讲座1场) is the lecture named.

    >>> _many_sessions_after("讲座20多场", 2), _many_sessions_after("讲座一场", 2), _many_sessions_after("讲座共1场", 2)
    (True, False, False)
    >>> _many_sessions_after("讲座十几场", 2), _many_sessions_after("讲座几百场", 2), _many_sessions_after("讲座上百场", 2)
    (True, True, True)
    """
    m = _SESSIONS_AFTER.match(text, at)
    return m is not None and not (m.group("n") in _ONE and not m.group("more"))
#: (the words between stay within one event's name: not across 参加, what the people organised do, nor
#: across 和/及, which list the lecture as one part of several: 组织职工参加了健康体检和…讲座)
_ORGANISED_BEFORE = re.compile(r"(?:(?:组织|举办|主办|承办)的|(?:举办|举行|组织|主办)了?)"
                               r"(?:(?!参加|参与|和(?![谐平睦])|及|与)[^，。；：、“”（）\s的]){2,20}$")


def _joins_two_groups(idx: TokenIndex, t, lex: Lexicons) -> bool:
    """Whether ``t`` is 和 between two kinds of people an activity is for (2027年第一批劳模|和|一线职工
    疗休养活动): nouns of the roles lexicon on both sides, one name."""
    k = idx.index_at(t.start) if t.word == "和" else -1
    if k <= 0 or k + 1 >= len(idx.tokens):
        return False
    before, after = idx.tokens[k - 1], idx.tokens[k + 1:k + 3]
    def people(w: str) -> bool:
        return lex.roles.get(w) is not None or w in _GROUP_WORDS
    return people(before.word) and any(people(a.word) for a in after)


@functools.lru_cache(maxsize=1)
def _run_by_after() -> re.Pattern[str]:
    """What runs a standing activity, right after its name: 由 + who (某市总工会, checked by
    :func:`_run_by_a_body`) + (于2019年) + (负责) + an organising verb of relation_triggers.tsv,
    or 已(连续)开展11年; not 由于 (a cause)."""
    from .relations.context import triggers  # (the relation rules' organising verbs; imported late: a cycle)
    verbs = "|".join(triggers()["organize"])
    return re.compile(rf"由(?!于)(?P<who>[^{CLAUSE_STOP_CHARS}“”的]{{2,20}}?)(?:于[^{CLAUSE_STOP_CHARS}]{{2,10}}?)?"
                      rf"(?:{_RUN_BY_MANNER})?(?:{verbs})+"
                      r"|已(?:连续)?开展(?:了)?[0-9０-９一二三四五六七八九十]+年")


#: the characters that end a clause (一个句读): what a clause's reading stops at
CLAUSE_STOP_CHARS = "，。；：！？\n"
_CLAUSE_STOPS = tuple(CLAUSE_STOP_CHARS)
_CLAUSE_STOP = re.compile(f"[{CLAUSE_STOP_CHARS}]")


def _clause_end(text: str, at: int) -> int:
    """Where the clause going on at ``at`` ends: the next clause stop, else the text's end."""
    stop = _CLAUSE_STOP.search(text, at)
    return stop.start() if stop is not None else len(text)
#: how a body runs what it runs, between it and the verb (由某市总工会|负责|组织)
_RUN_BY_MANNER = "负责|牵头|统一|共同|联合|自行|具体"
#: between a not-yet word and the running verb: a time (将于明年|开展) or a manner (尚未|正式|开展)
_NOT_YET_GAP = r"(?:于[^，。；：！？的\n]{1,8}?)?(?:正式|全面|真正|实际)?"


def _not_run_yet(lex: Lexicons) -> re.Pattern[str]:
    """A programme not run yet, read as a construction: a not-yet or plan word (not_yet_words.txt,
    event_references.PLAN_WORDS) right before a verb of running it (尚未开展, 一直没有开展, 将于明年启动;
    not 尚未参保的职工, 即将迎来实施十周年); or a word of stopping (stopped_words.txt) neither negated
    (从未停止) nor a modifier (此前暂停的体检项目)."""
    from .relations.context import triggers
    from .relations.event_references import PLAN_WORDS

    def make() -> re.Pattern[str]:
        alts = lambda t: "|".join(sorted(map(re.escape, lex.words.get(t, ())), key=len, reverse=True))
        verbs = "|".join(triggers()["organize"]) + "|运行|推行|落地"
        return re.compile(rf"(?:{alts('not_yet_words')}|{PLAN_WORDS}){_NOT_YET_GAP}(?:{verbs})"
                          rf"|(?<![未没不])(?:{alts('stopped_words')})(?!的)")
    return derived(lex, "_not_run_yet", lex.words.get("not_yet_words"), make, also=(lex.words.get("stopped_words"),))


def _run_by_a_body(idx: TokenIndex, he: int, lex: Lexicons) -> bool:
    """Whether a clause right after an activity's name (ending at ``he``) says a body runs it, and
    runs it already: …活动由市总工会发起. The body is one the organisation heads name (由谁来组织,
    由哪个部门牵头, 由点到面…开展, 由每年一次调整为…开展: none), and the verb no modifier (由某市总工会
    发起的可能性较大). Not run yet (…发起，但一直没有开展) is read in the 由 clause and the clause
    right after it when that one has no subject of its own (…，参保范围将于明年扩大 has)."""
    text = idx.text
    run = _run_by_after().match(text, he)
    if run is None or text.startswith("的", run.end()):
        return False
    who = run.group("who")
    if who is not None and (not org_head(who, lex) or re.search("[谁哪何]", who)):
        return False
    end = _clause_end(text, run.end())
    if text.startswith(("，", "；"), end) and (k := idx.starting_at(end + 1)) is not None \
            and idx.tokens[k].pos not in _OWN_SUBJECT_POS:
        end = _clause_end(text, end + 1)
    return not _not_run_yet(lex).search(text, he, end)


#: a clause opening with such a word has a subject of its own (参保范围|将于明年扩大): the running's
#: not-yet check does not read it
_OWN_SUBJECT_POS = ("n", "nr", "ns", "nt", "nz", "j", "r", "vn")


def _carried_by_ba(idx: TokenIndex, start: int, hs: int) -> int | None:
    """The end of a verb inside a name's run (``start`` to its head at ``hs``) whose clause puts an
    object before it with 把 (他把诉求|转交|职工代表大会, 把心声|带上|大会): the verb carries the object
    to the meeting, and no name runs over it. None when there is none."""
    text = idx.text
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_STOPS + ("“", "”")) + 1
    ba = text.find("把", clause, hs)
    if ba < 0:
        return None
    verbs = [t.end for t in idx.tokens[idx.index_at(max(start, ba)) : idx.index_at(hs)] if t.pos == "v" and t.start > ba]
    return verbs[-1] if verbs else None


def _generic_activity(idx: TokenIndex, start: int, hs: int, lex: Lexicons) -> bool:
    """Whether an activity's name (from ``start`` to its head at ``hs``), after its place, says only
    who takes part or what kind it is (某市|职工|文体|活动, 某区|相关|活动, 某市|活动): no standing
    programme of its own. The words are data (generic_modifiers.txt, activity_kind_words.txt)."""
    text, k = idx.text, idx.starting_at(start)
    at = start
    while k is not None and k < len(idx.tokens) and idx.tokens[k].end <= hs and (
            idx.tokens[k].pos == "ns" or lex.knows_place(idx.tokens[k].word) or idx.tokens[k].word in DIVISION_LEVEL_CHARS):
        at, k = idx.tokens[k].end, k + 1
    words = tuple(lex.generic_modifiers | _GROUP_WORDS | lex.words.get("activity_kind_words", frozenset()))

    @functools.lru_cache(maxsize=None)
    def generic(i: int) -> bool:  # text[i:hs] is only such words
        return i == hs or any(text.startswith(w, i) and i + len(w) <= hs and generic(i + len(w)) for w in words)

    return generic(at)


def _coined_before(idx: TokenIndex, at: int) -> bool:
    """Whether a coined word ends right at ``at``: three or more characters jieba's dictionary does
    not hold (助企行 of 劳模工匠助企行活动), after a word of the name; a campaign's own name."""
    k = idx.ending_at(at)
    if k is None or k == 0:
        return False
    tok, prev = idx.tokens[k], idx.tokens[k - 1]
    return tok.pos == "un" and len(tok.word) >= 3 and prev.pos in ("n", "vn", "nz", "j", "ns", "nt")


#: a five-year period named by its plan's number: 八五, 九五, 十五, 十一五
_PLAN_PERIOD = re.compile(r"(?:[一二三四五六七八九]|十[一二三四五六七八九]?)五")
#: what follows a quoted period when it names the plan or the plan's items
_PLAN_WORDS = ("计划", "规划", "国家重点", "重点")


def _verbs_subject(idx: TokenIndex, before: list[Token], lex: Lexicons) -> bool:
    """Whether the words before a verb that ends an event's modifier are its subject, not a name's
    opening: a person stands there (副主席孙晓梅现场|观摩; 主席|钱|海宁现场|观摩, a name after a
    title, whatever jieba reads it as), or nothing a name opens with (no year, edition or place:
    班组长现场|观摩 is no name alone, 宝鸡市首届班组长现场|观摩 is one)."""
    if any(t.pos.startswith("nr") or t.word in lex.words.get("person_titles", ()) for t in before):
        return True
    first = idx.index_at(before[0].start) if before else 0
    if first > 0 and idx.tokens[first - 1].word in lex.roles:
        return True
    if any(_EDITION.search(t.word) for t in before):
        return False
    places = [k for k, t in enumerate(before) if t.pos == "ns" or t.word in lex.places]
    # (a place opening a subject of people is no name's: 南岭市人大代表现场|观摩, 南岭市职工|观摩)
    return not places or any(t.word in _GROUP_WORDS or t.word.endswith(_PEOPLE_ENDINGS) for t in before[places[-1] + 1 :])


#: heads that are verbs too (评选 selects): a name ends on them only when they stand as a noun, the
#: thing selected before them and no object after them
_VERB_HEADS = frozenset({"评选", "评选活动"})
#: what opens the object of such a verb, or makes it a relative clause's: a result (评选出), a quoted
#: title (评选“…”), 的 (医院评选的“百强人才”), the title given (评选为“最美工匠”); a noun object is read by
#: its tag (评选先进个人)
_RESULT_OR_TITLE = ("出", "“", "『", "的", "为")
#: what follows a selection named as the subject of a sentence on its course (评选揭晓, 评选活动启动,
#: 评选结果揭晓, 评选工作启动): verbs of an event's course, or the noun of its result or its work
_COURSE_AFTER = re.compile(r"(?:揭晓|启动|结束|开始|落幕|闭幕|开幕|举行|进行|展开|拉开|圆满|正式|日前|近日|"
                           r"结果|工作|活动)")
#: the words that make the selection an act of its agent before it: the passive (被专家评选为), the
#: agent's (由市总工会评选, 经过专家评选, 经职工代表民主评选), a vote's manner (民主评选)
_AGENT_MARKERS = frozenset({"被", "由", "经", "经过"})
_AGENT_REACH = 6  # (words back within the clause: 经职工代表民主|评选)


def _after_a_verb(idx: TokenIndex, hs: int) -> bool:
    """Whether a verb stands right before the head at ``hs``: 展出评选, 根据…的表现评选 join two verbs
    (a selection is named by what it selects: 优秀技术创新成果评选, 十大新闻评选)."""
    k = idx.ending_at(hs)
    return k is not None and idx.tokens[k].pos == "v"


def _after_its_agent(idx: TokenIndex, hs: int) -> bool:
    """Whether the selection at ``hs`` is the act of an agent written before it in its clause:
    被专家|评选, 由各单位推荐、市总工会|评选, 经过专家|评选, 经职工代表民主|评选 (not 由某会主办的|…评选:
    the organisers' clause before a name)."""
    k = idx.ending_at(hs)
    if k is None:
        return False
    if idx.tokens[k].word == "民主":
        return True
    for t in reversed(idx.tokens[max(0, k - _AGENT_REACH) : k + 1]):
        if t.word in _AGENT_MARKERS:
            return True
        if t.word in ("的", "，", "。", "；", "：", "！", "？", "\n"):
            return False
    return False


#: how far after a selection's course a later head may end its name (评选揭晓|颁奖|大会)
_LATER_HEAD_REACH = 6
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]*")


def _runs_into_a_later_head(text: str, he: int, head_re: re.Pattern[str]) -> bool:
    """Whether the selection ending at ``he`` is named inside a later event whose head follows its
    course (…评选揭晓|颁奖大会, …评选|启动仪式): that event's name holds it."""
    course = _COURSE_AFTER.match(text, he)
    if course is None:
        return False
    later = head_re.search(text, course.end(), course.end() + _LATER_HEAD_REACH)
    return later is not None and _HAN_ONLY.fullmatch(text, course.end(), later.start()) is not None


def _takes_an_object(idx: TokenIndex, he: int) -> bool:
    """Whether the verb ending at ``he`` takes an object right after it: 评选出“优秀学员”, 继续评选
    “首席技师”, 评选表彰了… (not 评选在京揭晓, 评选。, 评选揭晓, 评选结果揭晓, 评选工作启动: the selection
    named is the subject)."""
    if idx.text.startswith(_RESULT_OR_TITLE, he):
        return True
    if _COURSE_AFTER.match(idx.text, he):
        return False
    k = idx.starting_at(he)
    return k is not None and idx.tokens[k].pos.startswith(("n", "v"))  # (评选表彰了…: a second verb, one object)


def _names_no_selection(idx: TokenIndex, he: int, head_re: re.Pattern[str]) -> bool:
    """Whether a head that is a verb too (:data:`_VERB_HEADS`), ending at ``he``, names no selection of
    its own: the verb takes an object (评选出…, 继续评选“…”), or the selection is named inside a later
    event's name (…评选揭晓|颁奖大会)."""
    return _takes_an_object(idx, he) or _runs_into_a_later_head(idx.text, he, head_re)


def find_events(idx: TokenIndex, lex: Lexicons | None = None) -> list[Mention]:
    """Event mention candidates in one text."""
    lex = lex or load_lexicons()
    text = idx.text
    out: list[Mention] = []
    quoted_spans: list[tuple[int, int]] = []
    head_re = head_regex(tuple(lex.event_heads))
    # (no opening quote in about half the articles: a scan of the text saved)
    for q in _QUOTE.finditer(text) if "“" in text or "『" in text else ():
        qs, qe = q.start(), q.end()
        inner = q.group(1)
        if _PLAN_PERIOD.fullmatch(inner) and text.startswith(_PLAN_WORDS, qe):
            continue  # “九五”计划, “九五”国家重点建设项目: the state's plan of a five-year period
            # and its items, no activity (the golds never annotate them)
        if "。" in inner or (qs > 0 and text[qs - 1] == "：" and text.startswith(("。", "！", "？"), qe)):
            continue  # 他说：“拿到证就能当电工，一天能多挣钱。”: a quoted sentence is speech, no title;
            # an event's name never runs over a full stop (nor is a quote opened after a colon that
            # ends the sentence one: 他说：“今年要办好全市职工技能大赛”。)
        head = _head_at_end(inner, lex)
        # (or a relative clause of holding: 联合举办的“农民工电焊技能培训班”)
        named_inside = head and len(clean_name(inner)) >= 4 and (lex.event_heads[head] == "strong" or (
                len(head) >= 2 and (_HOLDS_BEFORE.search(text, max(0, qs - 6), qs) or _HELD_BY_BEFORE.search(text, max(0, qs - 6), qs))))
        if named_inside and lex.event_heads[head] == "strong":
            out.append(_event(text, qs, qe, "event-quoted", Priority.EVENT_QUOTED))
            quoted_spans.append((qs, qe))
            continue
        # (a weak head, 活动 or 行动, inside the quotes names an event when a verb holds it:
        # 集中开展“百万农村青年科技传播活动”; but a head after the quote names it in full first:
        # 开展“青春志愿服务”活动, “文明交通志愿服务”进社区活动)
        # a head within a few characters after the quote, bridged by name words
        tail = text[qe : qe + _MAX_LONG_BRIDGE + 6]
        best = None
        for h in head_re.finditer(tail):
            if h.group() in _VERB_HEADS and _names_no_selection(idx, qe + h.end(), head_re):
                continue  # “…杯”…评选揭晓颁奖大会: the selection is inside a later head's name
            bridge = tail[: h.start()]
            listed = h.group() in _COMMENDATIONS and _HONOURED_LIST.fullmatch(bridge)
            paired = "、" in bridge and _pairs_before_head(idx, qe, qe + h.start(), lex)
            if not listed and any(c in "，。；：！？“”『』（）《》 \n" or c == "、" and not paired for c in bridge) \
                    or len(bridge) > _MAX_LONG_BRIDGE \
                    or len(bridge) > _MAX_BRIDGE and not (bridge + h.group()).endswith(_LONG_BRIDGE_HEADS) \
                    and not (len(bridge) <= _MAX_NOUN_BRIDGE and _nouns_only(idx, qe, qe + h.start())):
                break
            split = qe + h.start()
            if not idx.is_boundary(split):
                # the head ends a word that opens after the quote (“师德标兵”|评选活动, 职工|篮球赛):
                # the word is the head's own kind of event
                tok = idx.tokens[idx.index_at(split)]
                if tok.start >= qe and tok.end == qe + h.end():
                    split = tok.start
            if listed:  # “三下乡”先进集体、先进个人表彰会: the kinds of those honoured, listed
                parts, at = [], qe
                for part in bridge.split("、"):
                    parts.append((at, at + len(part)))
                    at += len(part) + 1
                if not all(idx.is_boundary(a) and idx.is_boundary(b) and _bridge_is_name(idx, a, b, lex) for a, b in parts):
                    continue
            elif h.start() > 0 and not (idx.is_boundary(split) and _bridge_is_name(idx, qe, split, lex, pairs=paired)):
                continue
            if lex.event_heads[h.group()] != "strong" and h.start() > 0 and len(h.group()) < 2:
                continue  # 主席周: a one-character weak head (周, 月, 节) needs the quote right before it
            best = qe + h.end()
            break
        last = text[best - len(h.group()) : best] if best is not None else None
        while best is not None and (more := head_re.match(text, best)) and idx.is_boundary(more.end()) \
                and (lex.event_heads[more.group()] == "strong" or lex.event_heads.get(last) == "weak" and more.group() in ("活动", "行动")):
            best, last = more.end(), more.group()  # “情系特困户”活动|动员会: a meeting about the activity,
            # named by it; “最美骑手”评比|活动, “平安过冬”安全生产专项检查|行动: the activity or the
            # campaign of a weak head's kind
        if best is not None and SITE_AFTER.match(text, best - 2):
            continue  # 在“汉韵府”住宅项目工地上: a works written as a site is a place (places.construction_sites)
        if best is not None and last in _PROJECT_HEADS and not _RUN_BEFORE.search(text, max(0, qs - _RUN_REACH), qs) \
                and (_is_technical_work(text[qs:best]) or not _RUN_AFTER.match(text, best) and not _RUN_LATER.match(text, best)):
            continue  # 工作室攻关的“低盐腌制工艺改进”项目使…, 其中“…工装”项目每年节约…: a technical project, a
            # thing done and its result, no activity held (but 共同实施“职工普惠保障”项目, 开展的“…”技术攻关项目;
            # a run verb after a technical project, “…工艺改进”项目在车间实施后, tells of the work done)
        if best is not None and (idx.is_boundary(best) or _glued_preposition_at(idx, best)):
            # words before the quote belong to the name too: 集中入会暨“暖新驿站”启用仪式 (but an
            # organisation before it is the organiser: 区总工会“夏送清凉”专项行动)
            # (a short quote: a slogan of two halves counts without the space between them,
            # 女职工“巾帼心向党　建功新时代”技能展示活动)
            start = name_start(idx, qs, lex, verbs=True) if _written_length(inner) <= _SHORT_QUOTE else _regions_before(text, qs, lex)
            year = _YEAR_BEFORE_QUOTE.search(text, max(0, qs - 6), qs)
            if start == qs and year is not None:
                start = year.start()  # 九八“讲文明树新风”活动, １９９８年“…”: the year opens the name
            k = idx.ending_at(qs)
            # (not in a headline, where the body is the subject of a telegraphic clause: 某市总工会
            # “某某”专项行动启动, and the golds name the campaign there without it)
            owner = None if _in_headline(text, qs) else _body_before(idx, qs, lex)
            if owner is not None:
                start = owner  # 某市总工会“书香进景区”流动职工书屋配送活动: a body written right before a
                # quoted brand with the head after it opens the name as written (the golds' convention;
                # a quote naming the event whole, 园区总工会“…行动月”, is no brand and is named alone)
            else:
                if k is not None and idx.tokens[k].word in _ORG_HEAD_WORDS | {"工会"}:
                    start = qs  # (a quote naming the event whole after its organiser)
                cut = _after_organisation(body_tokens(idx, start, qs) + [idx.tokens[idx.index_at(qs)]], lex) if start < qs else None
                start = cut if cut is not None else start
                if 0 < start < qs and text[start - 1] == "、" and org_head(text[start:qs], lex):
                    start = qs  # 县总工会、|县妇联“巾帼建功”技能大赛: the last of the bodies listed
                    # before the brand, one of its owners, opens no name
            out.append(_event(text, start, best, "event-quoted", Priority.EVENT_QUOTED))
            quoted_spans.append((start, best))
            continue
        if named_inside:
            out.append(_event(text, qs, qe, "event-quoted", Priority.EVENT_QUOTED))
            quoted_spans.append((qs, qe))
            continue
        # “一切为了您”的大型综艺晚会: the quoted title names the event, the words after 的 its kind
        kind = TITLE_THEN_KIND.match(text, qe)
        if kind and 2 <= len(inner) <= 16 and not re.search(r"[。！？，；]", inner) \
                and _HOLDS_BEFORE.search(text, max(0, qs - 4), qs) \
                and _head_at_end(text[qe : kind.end()], lex) is not None:
            out.append(_event(text, qs, qe, "event-quoted", Priority.EVENT_QUOTED))
            quoted_spans.append((qs, kind.end()))  # the kind after it names no event of its own
            continue
        # a quoted nickname that travels: “健康直通车”走进…
        if 2 <= len(inner) <= 8 and text.startswith(_movement_verbs(), qe):
            start = _left_modifier(idx, qs, lex)
            cut = _after_organisation(body_tokens(idx, start, qs) + [idx.tokens[idx.index_at(qs)]], lex) if start < qs else None
            start = cut if cut is not None else start
            out.append(_event(text, start, qe, "event-nickname", Priority.EVENT_NICKNAME))
            quoted_spans.append((start, qe))
    quoted_positions = {p for s, e in quoted_spans for p in range(s, e)}
    # unquoted names with a strong head
    for h in heads_on_word_ends(idx, head_re):
        hs, he = h.start(), h.end()
        if hs in quoted_positions:
            continue
        if h.group() in _VERB_HEADS and (_names_no_selection(idx, he, head_re) or _after_its_agent(idx, hs)
                                         or h.group() == "评选" and _after_a_verb(idx, hs)):
            continue  # 继续评选“…”, 评选出…, 在各地展出评选后, 经过专家评选: the verb selecting, no event
            # named (评选活动 is a noun whatever stands before it: 作品征集评选活动)
        other_reason = lex.event_heads[h.group()] == "strong" or (
                h.group() in _EDITIONED_HEADS and _NUMBERED_EDITION.search(text, max(0, hs - 24), hs)) \
                or _coined_before(idx, hs) \
                or (h.group() in _ORGANISED_WEAK_HEADS and _ORGANISED_BEFORE.search(text, max(0, hs - 24), hs)
                    and not _many_sessions_after(text, he)) \
                or (h.group() in _CLASS_HEADS and _CLASS_EDITION.search(text, max(0, hs - 24), hs)) \
                or (h.group() == "托管班" and (_CLASS_OPENED.match(text, he)
                                               or _CLASS_OPENED_BEFORE.search(text, max(0, hs - 24), hs)))
        # (an activity named with its place, the subject of its running: 某市职工互助保障活动由市总工会
        #发起, …活动已开展11年: a standing programme named whole, its place opening the clause)
        run_by = not other_reason and h.group() == "活动" and _run_by_a_body(idx, he, lex)
        other_reason = other_reason or run_by
        if h.group() == "托管班" and (_FACILITY_BEFORE.search(text, max(0, hs - 24), hs) or _COUNTED_AFTER.match(text, he)):
            continue  # 职工之家设有|爱心托管班, 建成托管班|20个: a facility, no class held
        by_year = not other_reason and h.group() in _YEAR_ACTIVITIES  # the year alone admits the activity
        if not other_reason and not (h.group() in _CONTEST_HEADS and _year_names(idx, hs, h.group())
                                     and not (h.group() in _YEAR_ACTIVITIES and head_re.match(text, he))):
            continue  # (a weak head names an event when an edition opens the name, 第三届职工乒乓球比赛,
            # or a coined word stands before it, 劳模工匠助企行活动)
        if h.group() in _RUNS_ON_HEADS and text.startswith(("行动", "活动"), he) and idx.is_boundary(he + 2):
            he += 2  # 2026年…专项检查|行动: the campaign of an inspection, one name
        if not other_reason and (_names_a_document_after(idx, he, lex) or _inside_a_title(text, hs)):
            continue  # 2026年安全生产专项检查|工作方案, 《2026年…专项检查行动计划》: the year dates a
            # document (or an office), the kind before it is no event of its own
        j = idx.index_at(he - 1)
        if idx.tokens[j].end != he:
            continue
        if (k := idx.ending_at(hs)) is not None and idx.tokens[k].pos == "v" \
                and idx.tokens[k].word in lex.words.get("reaching_verbs", frozenset()):
            continue  # 把问题带到|大会上去, 反映|到|大会: the meeting is where something is carried to,
            # no name runs over the verb (签到|挑战赛 is a name's word: not a verb of reaching)
        first = idx.tokens[idx.index_at(hs)]
        if first.start < hs and not is_name_part(first, lex):
            continue
        start = name_start(idx, hs, lex, verbs=True, head=h.group())
        if (carried := _carried_by_ba(idx, start, hs)) is not None:
            start = carried  # 把诉求转交|职工代表大会: where the 把-object goes, named from after the verb
        if h.group() in _VERB_HEADS and start < hs and (k := idx.starting_at(start)) is not None \
                and idx.tokens[k].pos == "v":
            continue  # …电视剧本|征集评选活动: a name cut at its verb names no selection in particular
        year = _edition_year(text, hs, h.group()) if h.group() in _YEAR_ACTIVITIES else None
        if year is not None and year.start() < start and idx.is_boundary(year.start()) and not any(
                t.pos in _NOT_IN_A_YEARS_NAME and not _joins_two_groups(idx, t, lex) for t in idx.tokens
                if _YEAR_OPENS.match(text, year.start()).end() <= t.start < start) \
                and _year_names(idx, hs, h.group()):
            start = year.start()  # 2026年度|一线职工疗休养活动: an activity's year opens its name (一线 is no count)
            run_by = False  # (2024年某市…活动由市总工会发起: the year names it, as it does with no 由…)
        elif by_year:
            continue  # 2024年全省工会系统共开展|送清凉活动: the year is the date of the verb, no name's edition
        if first.start < hs:
            start = min(start, first.start)
        if run_by and not (text[start - 1 : start] in _CLAUSE_STOPS and _place_opens(idx, start, lex)):
            continue
        body = body_tokens(idx, start, hs)
        # (a body's own assembly or work meeting keeps the body in its name: 某公司三届二次职工代表大会,
        # 安吉县工会第十次代表大会; what a body organises does not: 区总工会|夏送清凉系列活动)
        cut = None if text.endswith(OWN_MEETINGS, 0, he) else _after_organisation(body, lex)
        if run_by and (cut is not None or _generic_activity(idx, start, hs, lex)):
            continue  # 某市总工会|职工互助保障活动由…: the place must stay in the name; 某市职工文体活动由…
            # 组织: who takes part and what kind, no programme of its own
        if cut is not None:
            start, body = cut, [t for t in body if t.start >= cut]
        words = [t.word for t in body]
        if not body or sum(len(w) for w in words) < 2:
            continue
        if all(w in lex.generic_modifiers or (w in _GROUP_WORDS and _ASSEMBLY.search(h.group())) for w in words) \
                and (_ASSEMBLY.search(h.group()) or not any(w in _SCOPE_WORDS for w in words)):
            continue  # 机关干部大会, 全体职工大会: who attends, not which meeting (全市职工运动会 is one:
            # the games, show or contest of a whole city)
        if words[-1] in _SIDE_BY_SIDE or _ATTENDING_VERB.fullmatch(words[-1]) and _verbs_subject(idx, body[:-1], lex):
            continue  # 副主席某某现场观摩|比武, 三十个班组同台|比武: the verb that attends the event (or
            # competes in it) ends what stands before it (its subject, where), and the head alone names
            # no event; a name tags a verb as its modifier (宝鸡市第二届职工主持大赛, 首届班组长现场观摩比武)
        if all(w in _KIND_WORDS or w in ("和", "与") for w in words) or text[start:hs] in _KIND_WORDS:
            continue  # 技术比武, 岗位练兵: a kind of contest (全省职工技术比武 is one)
        if text.startswith(_SYSTEM_AFTER, he):
            continue  # 人民代表大会制度, 职工代表大会制度: an institution, not a meeting held
        if text.endswith("人民代表大会", start, he) and not _EDITION.search(text, start, he):
            continue  # 全国人民代表大会 without its session is the legislature (a body), not a meeting
        priority = Priority.EVENT_PROPER if has_proper_word(body, lex) else Priority.EVENT_GENERIC
        if priority == Priority.EVENT_GENERIC and _COUNTED_BEFORE.search(text, max(0, start - 14), start):
            continue  # 奉献了一台高水准的交响音乐会: one of a kind, counted, is not a name
        if priority == Priority.EVENT_GENERIC and text.startswith(words_tuple(lex, "event_item_words"), he) \
                and not _NUMBERED_OR_YEAR.search(text, start, he):
            continue  # …等领域增设竞赛|项目: the kind modifies a contest's items, no contest named (a named one
            # stays: 2026年某市职工职业技能竞赛|项目正式启动, 第六届职工职业技能大赛|项目设置…)
        ev = _event(text, start, he, "event-grammar", priority)
        if ev.name != h.group():  # 大力开展劳动竞赛: once the verb is left out, no name is left
            out.append(ev)
    out.extend(_convened_meetings(idx, lex, head_re))
    out.extend(_session_meetings(idx, lex))
    out.extend(_opened_meetings(idx, lex, head_re))
    out.extend(_attended_ceremonies(idx, lex))
    for g in _GAMES.finditer(text) if any(e in text for e in _GAMES_ENDINGS) else ():  # (exact: every match ends in one)
        out.append(_event(text, g.start(), g.end(), "event-games", Priority.EVENT_PROPER, governed=True))
    for c in _congress_regex().finditer(text) if _CONGRESS_NUMBER.search(text) else ():
        out.append(_event(text, c.start(), c.end(), "event-congress", Priority.CONGRESS, congress=True))
    out = [_with_edition_before(idx, _campaign_of_launch(idx, _with_owner_and_year(idx, m, lex), lex), lex) for m in out]
    for m in out:
        if not m.congress and _SPIRIT_AFTER.match(text, m.end) and _PASSED_ON_BEFORE.search(text, max(0, m.start - 40), m.start):
            m.congress = True  # 传达学习…推进会精神: a meeting cited for its spirit, as a congress is, not reported
    out = [_with_the_other_cited(idx, m, out) for m in out]
    out = [part for m in out for part in _two_joined(idx, m, head_re)]
    out += _stages_of_contests(idx, out, lex)
    out += _meetings_about_events(idx, out, lex, head_re)
    out += _campaigns_inside_meetings(idx, out, lex)
    out = out + _joined_by_ji(idx, out, lex)
    return [m for m in out if not _kind_in_a_list_of_kinds(idx, m, lex)] if "等" in text else out


def _with_the_other_cited(idx: TokenIndex, m: Mention, events: list[Mention]) -> Mention:
    """A gathering named by the spirit of a meeting (…二次会议精神宣讲会) whose name opens right after
    和 (与, 及) and another meeting cited with it (十四届全国人大二次会议|和|…): both meetings are the
    gathering's topic, its name opens with the first."""
    text = idx.text
    if m.start < 2 or not _CITED_INSIDE.search(m.text):
        return m
    # (the gathering's name may have lost the words that open the second meeting's, its body's name:
    # …全委会议|与|省总工会经|审会二次会议精神宣讲会)
    other = next((e for e in events if e.end < m.start and text[e.end] in _EVENTS_JOINED and e.congress
                  and _MEETING_HEAD.search(e.text) and _SECOND_MEETINGS_OPENING.fullmatch(text, e.end + 1, m.start)), None)
    if other is None:
        return m
    term = _TERM_BEFORE.search(text, max(0, other.start - 6), other.start)
    return _event(text, term.start() if term else other.start, m.end, m.source, m.priority, governed=True)


#: between 和 after a cited meeting and a gathering's name on the spirit of a second: the opening
#: words of the second meeting's name, a body's (省总工会经|审会二次会议…), no stop
_SECOND_MEETINGS_OPENING = re.compile(r"[^，。；：、！？“”\s]{0,12}")
#: a congress's term written before its body (十四届|全国人大二次会议)
_TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十百0-9０-９]+届$")


#: a conjunction between two events' names (心理疏导讲座|和|…工作座谈会, 庆祝晚会|和|纪念晚会)
_EVENTS_JOINED = "和及与"


def _two_joined(idx: TokenIndex, m: Mention, head_re: re.Pattern[str]) -> list[Mention]:
    """The event ``m`` read over two events joined by 和, 及 or 与 (参加心理疏导讲座和职工疗休养工作座谈会,
    乐器汇演和戏曲汇演): an event's head of two characters or more ends a word right before the
    conjunction, so the name is the second's, from the word after it; the first is named too when
    an edition or a session numbers it (九届全国人大一次会议|和|全国政协九届一次会议), and is otherwise left
    to be found on its own (a lecture held within an activity is none). A topic before 和 is no head:
    周恩来生平和思想研讨会, 劳模和工匠…联盟成立大会."""
    text = idx.text
    if not any(c in m.text for c in _EVENTS_JOINED) or "“" in m.text:
        return [m]
    gathering = _is_gathering(m.text)
    for at in range(m.end - 3, m.start + 1, -1):
        first = next((h for h in head_re.finditer(text, max(m.start, at - 6), at)
                      if h.end() == at and len(h.group()) >= 2 and idx.is_boundary(h.start())), None) \
            if text[at] in _EVENTS_JOINED and idx.is_boundary(at) and idx.is_boundary(at + 1) else None
        if first is not None:
            if m.end - (at + 1) < 4:
                return [m]
            if gathering and not _is_gathering(first.group()):
                return [m]  # 劳动竞赛和技能比武|表彰大会, 书画展和摄影展|开幕式: a gathering held about two
                # activities, both its topic (but 讲座和…座谈会, …会议和…会议: two gatherings)
            if _CITED_INSIDE.search(text, at + 1, m.end):
                return [m]  # …二次会议和…二次会议|精神|宣讲会: two congresses cited by the lecture's name
            second = _event(text, at + 1, m.end, m.source, m.priority, congress=m.congress, governed=True)
            if at - m.start >= 6 and _EDITION.search(text, m.start, at):
                return [_event(text, m.start, at, m.source, m.priority, congress=m.congress, governed=True), second]
            return [second]
    return [m]


#: the head of a gathering (a meeting, a lecture, a ceremony), which may be held about two activities
#: joined before it (技能培训和就业服务|推进会); an activity's, a contest's or a show's is none
_GATHERING_HEAD = re.compile(r"(?:会|会议|讲座|论坛|仪式|式|典礼)$")


@functools.lru_cache(maxsize=1)
def _activity_gatherings() -> tuple[str, ...]:
    """Heads of gatherings that are activities of their own (``activity_gathering_heads.txt``: 运动会, 联欢会)."""
    return tuple(sorted(load_lexicons().words["activity_gathering_heads"]))


def _is_gathering(name: str) -> bool:
    """Whether ``name`` ends in a gathering's head that may be held about the activities joined before
    it (…推进会, …开幕式), not in an activity's own (书画展和职工趣味运动会: two events)."""
    return _GATHERING_HEAD.search(name) is not None and not name.endswith(_activity_gatherings())
#: a meeting's head and its spirit inside a name: the meetings are cited (…会议精神宣讲会)
_CITED_INSIDE = re.compile(r"(?:会|会议)精神")


#: a list closed by 等 and the kind of its items (…、象棋比赛等活动, …等文体活动, 等系列赛事)
_KINDS_LIST_CLOSE = re.compile(r"等(?:各类|多种|系列|一系列)?[\u4e00-\u9fff]{0,4}(?:活动|比赛|赛事)")
#: what marks one edition or one title, not a kind: an edition, a year, a quote
_ONE_OF_ITS_KIND = re.compile(r"[届期“『]|[0-9０-９]{4}|[〇○零一二三四五六七八九]{4}年")
#: a date or a place of holding written for one item of the list (12月5日在某体育馆举办的…): one event
_ITEM_OF_ITS_OWN = re.compile(r"[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+[日号]"
                              r"|在[^、，。；：！？]{2,20}(?:举办|举行|召开|开展)的")
#: the most characters after the item to the end of the list's kind
_MAX_KINDS_LIST = 36
_CLAUSE_STOP = re.compile(r"[，。；：！？\n]")


def _kind_in_a_list_of_kinds(idx: TokenIndex, m: Mention, lex: Lexicons) -> bool:
    """Whether the event ``m`` is an item of a list of kinds of activity that 等 closes (还将举办职工
    冰雪趣味运动会、象棋比赛等活动, the last item as the others): what such a list names is a kind of
    thing to be done, no one event (the golds name none); an item with an edition, a year or a quoted
    title is one event all the same (举办第三届…运动会、…等活动), and so is one with a proper word or a cup
    (推出ＣＣＴＶ杯射击擂台赛、全国射击精英赛…等赛事活动), or one the list dates or places on its own
    (12月5日在某体育馆举办的…运动会、…)."""
    text = idx.text
    listed = text.startswith("、", m.end)
    if not listed and not (text.startswith("等", m.end) and "、" in text[_item_start(text, m.start, 60, "，。；：！？\n") : m.start]):
        return False
    if _ONE_OF_ITS_KIND.search(m.text) or "杯" in m.text or has_proper_word(body_tokens(idx, m.start, m.end), lex) \
            or _ITEM_OF_ITS_OWN.search(text, _item_start(text, m.start, 30), m.start):
        return False
    close = next((c for c in _KINDS_LIST_CLOSE.finditer(text, m.end, m.end + _MAX_KINDS_LIST)
                  if idx.is_boundary(c.start()) and idx.is_boundary(c.start() + 1)), None)  # (not 平等|宣传活动)
    return close is not None and not _CLAUSE_STOP.search(text, m.end, close.start())


def _item_start(text: str, at: int, reach: int, stops: str = "、，。；：！？\n") -> int:
    """Where the list's item that ends at ``at`` opens: after the last stop or 、 (or the clause's,
    after the last of ``stops``)."""
    stop = max(text.rfind(c, max(0, at - reach), at) for c in stops)
    return stop + 1 if stop >= 0 else max(0, at - reach)


#: a meeting's spirit after its name (…推进会精神, …会议的精神): the meeting is cited
_SPIRIT_AFTER = re.compile(r"(?:的)?精神")
#: the verbs that pass a meeting's spirit on, earlier in the clause (传达学习全国总工会近期召开的…)
_PASSED_ON_BEFORE = re.compile(r"(?:传达|学习|贯彻|落实|领会)[^，。；：！？]*$")


#: a year written at the start of a name, or right before it
_YEAR_OPENS = re.compile(_FOUR_DIGIT_YEAR)
#: a verb of holding an owner's words may follow (举办了|某区2027年…)
_HOLDING_BEFORE_OWNER = r"(?:举办|举行|开展|召开|主办|承办|组织|启动|部署)了?"
#: what may stand before an owner's words that open a name: a clause's start, a list mark, a space,
#: or a verb of holding
_OWNER_LEAD = re.compile(r"(?:^|[，。；：！？、\n“”（）\s]|" + _HOLDING_BEFORE_OWNER + r")$")


def _with_owner_and_year(idx: TokenIndex, m: Mention, lex: Lexicons) -> Mention:
    """PLACE or BODY + YEAR + NAME (南江市2026年基层工会主席培训班, 某区总工会2027年元旦春节送温暖活动
    启动仪式, 全省工会2027年…推进会): a year between them makes the owner and the year one title with
    the name, written in full; without a year the body before a name is its organiser (区总工会|夏送清凉
    系列活动). The owner is place and body words only, opening a clause or after a verb of holding."""
    text = idx.text
    year = _YEAR_OPENS.match(text, m.start)
    if year is None:
        year = next((y for y in _YEAR_OPENS.finditer(text, max(0, m.start - 7), m.start) if y.end() == m.start), None)
    if year is None:
        glued = _year_glued_to_owner(idx, m.start)
        if glued is not None:
            return _retitled(text, glued, m)
        if _EDITION_OPENS.match(text, m.start) and (owner := _body_of_edition(idx, m.start, lex)) is not None:
            return _retitled(text, owner, m)
        if OPENED_AT_LENGTH.match(text, m.end) and (owner := _body_of_edition(idx, m.start, lex)) is not None:
            return _retitled(text, owner, m)  # 某市总工会|经费审计进点会在某地召开: the subject of its opening, one title
    if year is None or not idx.is_boundary(year.start()):
        return _with_collective_owner(idx, m, lex)
    # words of an owner that are not places or bodies by their part of speech: the scope, the union
    owner_words = lex.words.get("event_owner_words", frozenset())
    k = idx.ending_at(year.start())
    start = None
    while k is not None and k >= 0:
        tok = idx.tokens[k]
        # (a place the gazetteer holds is one whatever the tagger reads it as: 介休市 as a verb)
        if not (tok.pos in ("ns", "nt") or tok.word in owner_words or tok.word.endswith("工会") or tok.word in lex.places):
            break
        start = tok.start
        k -= 1
    if start is None and text.endswith("”", 0, year.start()):
        return _with_brand_before_year(idx, year.start(), m, lex)
    if start is None or year.start() - start < 2 or not _OWNER_LEAD.search(text, max(0, start - 3), start):
        return m
    return _retitled(text, start, m)


#: an edition opening an event's name: 首届, 第五届
_EDITION_OPENS = re.compile(r"(?:首|第[一二三四五六七八九十百0-9０-９]{1,4})届")
#: the most characters of a body's name before an edition it opens the title of
_MAX_EDITION_OWNER = 20


def _body_of_edition(idx: TokenIndex, at: int, lex: Lexicons) -> int | None:
    """BODY + EDITION + NAME (某港务有限公司|首届…技能比武, 某集团有限公司|第五届职工运动会): the body
    whose edition it is, written right before the edition and opening its clause, opens one title with
    it (as a year between them does); where the body starts, or None. A body after 、 is one of a
    list of owners, and a verb before it makes it the subject of another clause: no title then."""
    text = idx.text
    k = idx.ending_at(at)
    if k is None:
        return None
    last = idx.tokens[k]
    if not (ends_in_head(last.word, lex) or last.word in _ORG_HEAD_WORDS):
        return None
    start = name_start(idx, last.start, lex, head=last.word)
    if at - start > _MAX_EDITION_OWNER or start >= last.start or not _BODY_LEAD.search(text, max(0, start - 3), start) \
            or not has_proper_word(body_tokens(idx, start, at), lex) or _after_another_body(idx, start, k, lex):
        return None
    return start


def _after_another_body(idx: TokenIndex, start: int, last: int, lex: Lexicons) -> bool:
    """Whether the body from ``start`` to token ``last`` comes right after another body's name, a space
    or nothing between (某市委宣传部 某市总工会|…报告会, 某市人社局某市总工会|…大赛): the bodies listed
    own the event together, and the name holds none of them. A unit of the body before it is one body
    (某集团北京分公司)."""
    before = idx.ending_at(len(idx.text[:start].rstrip(" \u3000\t")))
    if start > 0 and idx.text[start - 1] in " \u3000\t" and before is not None \
            and ends_in_head(idx.tokens[before].word, lex, shortest=1):
        return True
    if idx.tokens[last].word in lex.words.get("subunit_heads", ()):
        return False
    first = idx.index_at(start)
    return any(ends_in_head(idx.tokens[j].word, lex, shortest=1) and _opens_a_body(idx.tokens[j + 1], lex)
               for j in range(first, last - 1))


def _opens_a_body(tok: Token, lex: Lexicons) -> bool:
    """Whether a token can open a body's name: a place, or a level alone (市|总工会)."""
    return tok.pos == "ns" or tok.word in lex.places or tok.word in DIVISION_LEVEL_CHARS


#: the longest quoted brand that opens a name before its year (“暖心某地”2027年…送温暖活动)
_BRAND_BEFORE_YEAR = re.compile(r"“[^“”，。；：！？、\n]{2,12}”$")
#: what may stand before a body that opens an event's name: a clause's start, a space, a verb of
#: holding, 是; not a list mark (市总工会、|某集团“安康杯”知识竞赛: a body after 、 is one of the
#: co-owners listed, and the name holds none of them)
_BODY_LEAD = re.compile(r"(?:^|[，。；：！？\n“”（）\s]|" + _HOLDING_BEFORE_OWNER + r"|是)$")


def _with_brand_before_year(idx: TokenIndex, year_start: int, m: Mention, lex: Lexicons) -> Mention:
    """“BRAND” + YEAR + NAME (“暖心某地”2027年元旦春节送温暖活动): the quoted brand right before
    the year is the campaign's own, the name is written from it; a body right before the brand
    opens the title (某市总工会“暖心某地”2027年…启动仪式, as a year after a body does). After a
    verb (某市总工会启动“暖心某地”2027年…) the body is who launched it and stays out."""
    text = idx.text
    brand = _BRAND_BEFORE_YEAR.search(text, max(0, year_start - 14), year_start)
    if brand is None:
        return m
    owner = _body_before(idx, brand.start(), lex)
    if owner is not None:
        return _retitled(text, owner, m)
    if not _OWNER_LEAD.search(text, max(0, brand.start() - 3), brand.start()):
        return m
    return _retitled(text, brand.start(), m)


def _in_headline(text: str, at: int) -> bool:
    """Whether ``at`` is on a headline's line: an article's first line (its title) or a page's ``#`` line."""
    line = text.rfind("\n", 0, at) + 1
    return line == 0 or text.startswith("#", line)


#: the dash a subtitle line opens with, under the headline (——记某公司工会主席离任交接)
_SUBTITLE_DASH = ("——", "──")


#: the most characters of a subtitle line (——孝南区职工法律援助工作站联合劳动监察部门快速处置一起欠薪纠纷)
_MAX_SUBTITLE = 40
#: a sentence's shape on a dashed line: a time opening it (——3月，…; ——12月5日…; ——今年以来，…) or a
#: sentence's end; a roundup's bullet, not a subtitle (a subtitle may join two phrases with ，: ——审议
#: 通过…草案，首次发布…)
_BULLET_SHAPE = re.compile(r"(?:[0-9０-９一二三四五六七八九十]{1,2}月|[0-9０-９]{4}年|今年|去年|年初|年内|近日|日前|此前|同日|当天)"
                           r"[^，。\n]{0,8}，|[^\n]*[。！？；]")


def in_headlines(text: str, body_start: int, at: int) -> bool:
    """Whether ``at`` is in an article's headline: its title line (before ``body_start``) or the
    subtitle line right under it (——全市“冬日送岗”专场招聘会举行), which retells the report as the
    title does, in short forms (全市… for the city's full name). A dashed line shaped as a sentence,
    or followed by another dashed line, is a roundup's bullet (——3月，区总工会举办…；——下属某公司也召开
    了…大会，审议通过…。), which reports its own event."""
    if at < body_start:
        return True
    if not text.startswith(_SUBTITLE_DASH, body_start):
        return False
    end = text.find("\n", body_start)
    end = len(text) if end < 0 else end
    if at > end or end - body_start > _MAX_SUBTITLE:
        return False
    opening = body_start + len(_SUBTITLE_DASH[0])
    if _BULLET_SHAPE.match(text, opening, end):
        return False
    return not text[end:].lstrip().startswith(_SUBTITLE_DASH)  # (the next line dashed too: a roundup's bullets)


#: the words of an industry's union between its place and 工会 (某市|教育|工会, 某区|建设|工会): nouns
_TRADE_TAGS = frozenset({"n", "vn", "nz"})
_MAX_TRADE_WORDS = 2


def _body_before(idx: TokenIndex, at: int, lex: Lexicons) -> int | None:
    """Where a body written right before ``at`` starts (某市总工会, 某县教育工会, 某学院), when it holds
    a place or a proper word (or a bare level, 市) and opens its clause or follows a verb of holding
    (or 是); None otherwise. Its last word must be a body's head: a place alone is no body."""
    text = idx.text
    k = idx.ending_at(at)
    if k is None:
        return None
    last = idx.tokens[k]
    if not (last.word.endswith("工会") or last.word in _ORG_HEAD_WORDS or last.pos == "nt"):
        return None
    owner_words = lex.words.get("event_owner_words", frozenset())
    start, body = None, []
    trades = 0  # 某市|教育|工会: an industry's union, its trade's words between the place and 工会
    while k is not None and k >= 0:
        tok = idx.tokens[k]
        # an industry's words between its place and a bare 工会: the first right before the 工会, a
        # second only after a first (some words: 某区|建设|工会; never more than _MAX_TRADE_WORDS)
        trade_may_stand = (len(body) == 1 and last.word == "工会") or 0 < trades < _MAX_TRADE_WORDS
        if trade_may_stand and tok.pos in _TRADE_TAGS:
            if len(tok.word) >= 2 and tok.word not in owner_words:
                trades += 1
                start = tok.start
                body.insert(0, tok)
                k -= 1
                continue
        if not (tok.pos in ("ns", "nt") or tok.word in owner_words or tok.word.endswith("工会")
                or (tok is last and tok.word in _ORG_HEAD_WORDS)):
            break
        start = tok.start
        body.insert(0, tok)
        k -= 1
    if start is None or at - start < 3 or not _BODY_LEAD.search(text, max(0, start - 3), start):
        return None
    if not (has_proper_word(body, lex) or any(t.word in owner_words for t in body)):
        return None
    if trades and not (body[0].pos in ("ns", "nt") or body[0].word in owner_words):
        return None  # (trade words with no place before them: 职工|工会 is no named union)
    return start


#: a year's number right before a word jieba glued 年 to (2026|年渝广|工会…推进会)
_GLUED_YEAR = re.compile(_YEAR_DIGITS + "$")
#: word classes of a short owner jieba glues to 年: unknown words, places, abbreviations
_GLUED_OWNER_TAGS = frozenset({"un", "ns", "j", "nz"})


def _year_glued_to_owner(idx: TokenIndex, start: int) -> int | None:
    """Where an event's name starts when the word before it is 年 glued to a short owner (2026|年渝广|
    工会一体化发展推进会: the regions' short forms, 渝 and 广): the year's number, when it opens a
    clause; None otherwise."""
    text = idx.text
    k = idx.ending_at(start)
    if k is None:
        return None
    tok = idx.tokens[k]
    if not (tok.word.startswith("年") and 2 <= len(tok.word) <= 4 and tok.pos in _GLUED_OWNER_TAGS):
        return None
    number = _GLUED_YEAR.search(text, max(0, tok.start - 4), tok.start)
    if number is None or not idx.is_boundary(number.start()) \
            or not _OWNER_LEAD.search(text, max(0, number.start() - 3), number.start()):
        return None
    return number.start()


#: an edition word jieba tags as a time word (首期, 首届): the name's own edition, as 第三期 is
_TIME_TAGGED_EDITION = re.compile(r"首[届期]|第[一二三四五六七八九十百0-9０-９]{1,4}[届期]")


#: after the money, with paying_verbs.txt's: the money said paid (…活动资金已发放到位)
_PAID_AFTER = ("到位", "到账")


def _with_edition_before(idx: TokenIndex, m: Mention, lex: Lexicons) -> Mention:
    """``m`` with an edition right before it that the name's reading left out as a time word:
    举办了首期|职工子女托管班 → 首期职工子女托管班 (the golds keep the edition inside the name,
    as they do 第三届 and 第一期); not a first payment for it (下拨首期|某某活动|经费: money_words.txt)."""
    k = idx.ending_at(m.start)
    if k is None or idx.tokens[k].pos != "t" or not _TIME_TAGGED_EDITION.fullmatch(idx.tokens[k].word):
        return m
    before = idx.ending_at(idx.tokens[k].start)
    if before is not None and idx.tokens[before].word == "了":
        before = idx.ending_at(idx.tokens[before].start)  # 下拨了|首期
    if before is not None and idx.tokens[before].word in lex.words.get("paying_verbs", ()):
        return m  # 下拨|首期|“金秋助学”活动专项资金: a first payment (whatever the money is called)
    end = m.end + (idx.text.startswith("”", m.end) and not m.name.endswith("”"))
    stop = _clause_end(idx.text, end)
    if idx.text.startswith(words_tuple(lex, "money_words"), end) and any(
            w in idx.text[end:stop] for w in words_tuple(lex, "paying_verbs") + _PAID_AFTER):
        return m  # 首期“金秋助学”活动资金|已发放: paid; 首期“…”培训班补贴标准为…: the edition's rate
    return _retitled(idx.text, idx.tokens[k].start, m)


def _retitled(text: str, start: int, m: Mention) -> Mention:
    """``m`` named from ``start`` on."""
    span = text[start : m.end]
    return Mention(start, m.end, span, "Event", clean_name(span), m.source, priority=m.priority, congress=m.congress)


def _with_collective_owner(idx: TokenIndex, m: Mention, lex: Lexicons) -> Mention:
    """PLACES + COUNTED LEVEL + UNION + NAME (黄冈九江安庆|三市|总工会|跨区域协作联席会议): the unions
    of several places counted together hold one joint meeting, named by them all; their count makes
    them the event's own words, not one organiser before its name (区总工会|夏送清凉系列活动)."""
    text = idx.text
    k = idx.ending_at(m.start)
    if k is None or not idx.tokens[k].word.endswith("工会") or not counted_places(text, max(0, idx.tokens[k].start - 2),
                                                                                   idx.tokens[k].start):
        return m
    k = idx.ending_at(idx.tokens[k].start - 2)
    if k is None:  # the count is cut into another word (由三市): no places before it to read
        return m
    start = idx.tokens[k + 1].start
    while k is not None and k >= 0 and (idx.tokens[k].pos == "ns" or idx.tokens[k].word in lex.places
                                        or idx.tokens[k].word in lex.place_aliases
                                        or idx.tokens[k].word in lex.place_abbreviations):
        start = idx.tokens[k].start
        k -= 1
    if "\n" in text[start : m.start] or not _OWNER_LEAD.search(text, max(0, start - 3), start):
        return m  # an event never starts before its own line
    span = text[start : m.end]
    return Mention(start, m.end, span, "Event", clean_name(span), m.source, priority=m.priority, congress=m.congress)


#: the heads of a ceremony that launches a campaign (…关爱行动|启动仪式; aliases takes the launch
#: written by its kind alone up as the campaign's)
LAUNCH_HEADS = ("启动仪式", "启动式", "启动会")
#: the paragraph's words that take the campaign up again as the one that is organised or run: 此次行动由
#: …联合开展, 本次竞赛由…主办, or the bare head opening a sentence, 。竞赛由…主办 (the launch was one day
#: of it; the report is of the campaign; 。仪式由…主办 takes up the ceremony instead)
_REFERRED_AS_RUN = r"(?:(?:此次|本次|这次|该)|(?<=[。！\n]))(?:{heads})由"


def _another_of_the_kind(between: str, campaign: str, heads: set[str]) -> bool:
    """Whether ``between`` (the words from a launch to where its head is taken up) names another event
    of the campaign's kind (…劳动竞赛启动仪式…。仪式结束后，现场举行了焊工技能竞赛。竞赛由…): the bare
    head takes up the nearer one. The campaign named again in full is no other."""
    for head in heads:
        at = between.find(head)
        while at >= 0:
            if not between.endswith(campaign, 0, at + len(head)):
                return True
            at = between.find(head, at + len(head))
    return False


def _campaign_of_launch(idx: TokenIndex, m: Mention, lex: Lexicons) -> Mention:
    """CAMPAIGN + 启动仪式 (“冬日暖阳”户外劳动者关爱行动启动仪式, 2026—2027年度“安康杯”安全生产竞赛
    启动仪式): when the same paragraph then takes up the campaign by its head as what is organised
    (此次行动由…开展, 本次竞赛由…主办), the campaign is the named event the text reports, written in
    full; the ceremony only opened it. Without that, the ceremony stays the event (…送温暖活动启动仪式
    在…举行, with the campaign never taken up as organised)."""
    text = idx.text
    launch = next((h for h in LAUNCH_HEADS if text.endswith(h, m.start, m.end)), None)
    if launch is None or m.congress:
        return m
    end = m.end - len(launch)
    head = _head_at_end(text[m.start : end], lex)
    if head is None or end - m.start - len(head) < 2:
        return m  # (a campaign's own name is two characters or more before its head: 关爱|行动, not 大|行动)
    heads = {head, head[-2:]} if len(head) > 2 else {head}
    # (the rest of the report: the next paragraph may take it up, 本次竞赛由…主办, after the attendance)
    stop = text.find("\n#", m.end)
    after = text[m.end : stop if stop >= 0 else len(text)]
    taken_up = re.search(_REFERRED_AS_RUN.format(heads="|".join(map(re.escape, sorted(heads, key=len, reverse=True)))), after)
    if taken_up is None or _another_of_the_kind(after[: taken_up.start()], text[m.start : end], heads):
        return m
    # (the mention keeps the written ceremony, 出席启动仪式 later taking it up: its name is the campaign's)
    return Mention(m.start, m.end, text[m.start : m.end], "Event", clean_name(text[m.start : end]), m.source,
                   priority=m.priority)


#: the heads of a campaign or a contest a meeting's name may hold (…货车司机入会集中行动|现场推进会)
_INNER_CAMPAIGN = re.compile(r"(?:行动|竞赛|大赛)")
#: what may stand between that campaign and the meeting's head: where or what of it the meeting does
_CAMPAIGN_MEETING_REST = re.compile(r"(?:现场|总结|表彰|总结表彰|工作|部署|动员|观摩)*"
                                    r"(?:推进会|动员会|部署会|总结会|表彰会|表彰大会|观摩会|座谈会|交流会)")


def _campaigns_inside_meetings(idx: TokenIndex, events: list[Mention], lex: Lexicons) -> list[Mention]:
    """A campaign or a contest named inside a meeting's name (全国总工会货车司机入会集中行动|现场推进会):
    a name of its own, from its first name word (an organiser before it is none of it), never the
    main event (congress layer). Only a name of four characters or more before the campaign's head."""
    text = idx.text
    out = []
    for m in events:
        if m.congress or m.source == "event-about-event":
            continue
        for c in _INNER_CAMPAIGN.finditer(text, m.start + 2, m.end):
            rest = _CAMPAIGN_MEETING_REST.fullmatch(text, c.end(), m.end)
            if rest is None or not idx.is_boundary(c.end()):
                continue
            start = name_start(idx, c.start(), lex, floor=m.start, verbs=True, head=c.group())
            if start != m.start:
                break  # the meeting's name is not all name words before the campaign: no telling where it opens
            body = body_tokens(idx, start, c.start())
            cut = _after_organisation(body + [idx.tokens[idx.index_at(c.start())]], lex) if body else None
            start = cut if cut is not None else start
            if body and cut is None and len(body) > 1 and body[0].pos == "nt" and body[0].word.endswith(("工会", "公司", "集团", "协会")):
                start = body[1].start  # 全国总工会|货车司机入会集中行动: the body that runs it opens the name
            if c.start() - start < 4:
                continue
            inner = _event(text, start, c.end(), m.source, m.priority, governed=True)
            out.append(replace(inner, congress=True))
            break
    return out


#: what the name of a contest or a campaign ends in: the event a gathering about it reports on
_CAMPAIGN_ENDS = ("赛", "竞赛", "比武", "行动", "活动")
#: the heads of a gathering held about another event (…会议优秀提案表彰座谈会, …大赛总结表彰大会)
_ABOUT_HEAD = re.compile(r"(?:会|会议|仪式|典礼)$")
#: the longest topic between the event a gathering is about and the gathering's head
_MAX_ABOUT = 10
#: a verb of holding or attending right before the name
_HELD_BEFORE = re.compile(r"(?:举行|召开|举办|出席|参加|主持)(?:了)?$")


def _meetings_about_events(idx: TokenIndex, events: list[Mention], lex: Lexicons,
                           head_re: re.Pattern[str]) -> list[Mention]:
    """EVENT + topic + a meeting's head (全国政协八届五次会议|优秀提案表彰|座谈会, 第三届技能大赛|
    总结表彰|大会): a gathering held about an event, named by it; one name, when the text says the
    gathering was held (…今天在…举行, 举行了…, 在…上): the event alone is only its topic."""
    text = idx.text
    out = []
    for m in events:
        if m.congress or m.reference or not idx.is_boundary(m.end) or _NEXT_PREDICATE.match(text, m.end):
            continue  # (党组会议|传达学习…推进会精神: what the meeting did, no topic of another)
        limit = _object_limit(text, m.end)
        heads = [h for h in head_re.finditer(text, m.end, min(limit, m.end + _MAX_ABOUT + 4))
                 if _ABOUT_HEAD.search(h.group()) and idx.is_boundary(h.end())]
        if not heads:
            continue
        h = heads[0]
        topic = body_tokens(idx, m.end, h.start()) if h.start() > m.end else []
        if not 2 <= h.start() - m.end <= _MAX_ABOUT or sum(len(t.word) for t in topic) != h.start() - m.end:
            continue
        if any(not (is_name_part(t, lex) or t.pos in ("v", "vn", "n", "a")) or _HOLDING_VERB.fullmatch(t.word)
               or t.word in ("上", "中", "期间", "前", "后", "以来") for t in topic):
            continue  # 在第三届大赛上获奖的…: the event frames the clause, no gathering is named
        held = _OPENED.match(text, h.end()) is not None or _HELD_BEFORE.search(text, max(0, m.start - 3), m.start) \
            or (text.endswith("在", 0, m.start) and text.startswith("上", h.end()))
        if not held:
            continue
        out.append(Mention(m.start, h.end(), text[m.start : h.end()], "Event", clean_name(text[m.start : h.end()]),
                           "event-about-event", priority=m.priority))
        # the event it is about stays a name of its own inside it, never the report's main event
        # (2026年全国港口行业安全生产劳动竞赛|总结交流会: the contest, organised by its own bodies)
        if m.name.endswith(_CAMPAIGN_ENDS):
            out.append(replace(m, congress=True))  # (a contest or a campaign: a meeting's own session is none)
    return out


#: after 暨 (and): a second name joined to an event's, perhaps with its year (…职工代表大会暨2026年工作会议)
_JI_YEAR = re.compile(rf"暨(?:{_FOUR_DIGIT_YEAR})?")


#: the most characters of a body's name between 暨 and the numbered session it holds
_MAX_JI_LEAD = 12


def _joined_by_ji(idx: TokenIndex, events: list[Mention], lex: Lexicons) -> list[Mention]:
    """EVENT暨(year)NAME: two names of one gathering joined by 暨 (三届二次职工代表大会暨2026年工作会议,
    成立大会暨第一次会员大会): one event, named by both; the second needs an event head at its end
    and name words only before it."""
    text = idx.text
    out = []
    head_re = head_regex(tuple(lex.event_heads))
    for m in events:
        ji = _JI_YEAR.match(text, m.end)
        if ji is None or m.end - m.start < 3:
            continue
        # (the second name may be a numbered session found on its own: 党组会议暨|党组理论学习中心组2026年第六次集体学习)
        # (a study group's name may hold a verb: 党组理论|学习|中心组)
        session = next((e for e in events if e.source == "event-session" and 0 <= e.start - ji.end() <= _MAX_JI_LEAD
                        and all(is_name_part(t, lex) or t.pos in ("v", "vn", "n") for t in body_tokens(idx, ji.end(), e.start))
                        and not re.search(r"[，。；、：！？\s]", text[ji.end() : e.start])), None)
        if session is not None:
            out.append(Mention(m.start, session.end, text[m.start : session.end], "Event",
                               clean_name(text[m.start : session.end]), m.source, priority=m.priority))
            continue
        heads = [h for h in head_re.finditer(text, ji.end(), min(len(text), ji.end() + 16)) if idx.is_boundary(h.end())]
        if not heads:
            continue
        he = heads[0].end()
        between = body_tokens(idx, ji.end(), heads[0].start()) if heads[0].start() > ji.end() else []
        if any(not is_name_part(t, lex) and t.pos not in ("vn", "n") for t in between) \
                or re.search(r"[，。；、：！？\s]", text[ji.end() : he]):
            continue
        out.append(Mention(m.start, he, text[m.start : he], "Event", clean_name(text[m.start : he]), m.source,
                           priority=m.priority))
    return out


#: the stage of a contest written after its name (…技能大赛新能源汽车维修工|决赛): one event, the stage
_STAGE = re.compile("|".join(CONTEST_STAGES))
#: the contest of one trade (or one item) within a contest, after the trade's words: …技能竞赛茶艺师|比赛
_TRADE_CONTEST = re.compile(r"(?:项目)?比赛|项目赛")
#: what a contest's name ends in
_CONTEST_ENDS = ("赛", "竞赛", "比武")


def _names_a_trade(text: str, start: int, end: int, suffixes: tuple[str, ...], lex: Lexicons) -> bool:
    """Whether ``text[start:end]`` ends as a trade's name does (焊工, 制版师: ``trade_suffixes.txt``)
    and not as who takes part in any contest (员工, 选手, 队员: an identity in ``roles.txt``)."""
    if not text.endswith(suffixes, start, end):
        return False
    return not any(lex.roles.get(text[k:end]) == "identity" for k in range(max(start, end - 4), end - 1))


#: the words that list the trades of one stage: 电工、焊工, 钳工和焊工
_TRADE_JOINS = frozenset({"、", "和", "及", "与"})


def _trades_listed(text: str, between: list, suffixes: tuple[str, ...], lex: Lexicons) -> bool:
    """Whether ``between`` (a contest's name to its stage) lists two or more trades joined by 、 or
    和, each of name words (its last may be a verb of jieba's, 焊工) ending as a trade's name does."""
    if not any(t.word in _TRADE_JOINS for t in between):
        return False
    pieces: list[list] = [[]]
    for t in between:
        if t.word in _TRADE_JOINS:
            pieces.append([])
        else:
            pieces[-1].append(t)
    return all(
        p and _names_a_trade(text, p[0].start, p[-1].end, suffixes, lex)
        and all(is_name_part(t, lex) or t is p[-1] and t.pos in ("v", "vn") for t in p)
        for p in pieces)


def _stages_of_contests(idx: TokenIndex, events: list[Mention], lex: Lexicons) -> list[Mention]:
    """第六届山西省职工职业技能大赛新能源汽车维修工决赛: a contest's name, perhaps the event of the
    contest (a trade, a group: name words only), then its stage: the final reported is the event,
    named in full (the fullest form written). A stage after a verb (进入决赛) or alone names none;
    right after the name of an event of another kind (…职工文艺汇演决赛) it names that event's stage.
    The contest of one trade within a contest (…技能竞赛茶艺师比赛, …大赛焊工项目比赛) is named so too."""
    text = idx.text
    trade_suffixes = tuple(sorted(lex.words.get("trade_suffixes", ())))  # how a trade's name ends: 焊工, 制版师
    out = []
    for m in events:
        if not idx.is_boundary(m.end):
            continue
        if not m.name.endswith(_CONTEST_ENDS):
            # a stage right after the name of a show held in stages is that show's stage too (…职工文艺
            # 汇演|决赛); with words between, only a contest's (…大赛焊工|决赛). A festival, a games, a
            # programme holds events of its own, no stage (…职工文化节|决赛阶段: the festival stays whole)
            stage = _STAGE.match(text, m.end)
            if stage is not None and idx.is_boundary(stage.end()) \
                    and _holds_stages(m.name, lex) and _names_its_stage(idx, m, stage, lex):
                out.append(Mention(m.start, stage.end(), text[m.start : stage.end()], "Event",
                                   clean_name(text[m.start : stage.end()]), m.source, priority=m.priority))
            continue
        stage = _STAGE.search(text, m.end, min(len(text), m.end + 16))
        trade = _TRADE_CONTEST.search(text, m.end + 2, min(len(text), m.end + 16))
        if trade is not None and (stage is None or trade.start() < stage.start()) and (
                trade.group().startswith("项目") or _names_a_trade(text, m.end, trade.start(), trade_suffixes, lex)):
            stage = trade  # …职业技能大赛数控车工|项目比赛: the contest of one trade within it (not
            # 擂台赛|摄影比赛, a contest about another, nor 锦标赛|游泳比赛, the sport's own)
        if stage is None or not idx.is_boundary(stage.start()) or not idx.is_boundary(stage.end()):
            continue
        between = body_tokens(idx, m.end, stage.start())
        if _trades_listed(text, between, trade_suffixes, lex):
            out.append(Mention(m.start, stage.end(), text[m.start : stage.end()], "Event",
                               clean_name(text[m.start : stage.end()]), m.source, priority=m.priority))
            continue  # …技能大赛电工、焊工|决赛: the final of two trades, held as one, one event
        # a trade's name may hold a verb (风电机组装调工, 鞋服制版师): it ends in a worker's suffix
        trade_named = stage is trade and _names_a_trade(text, m.end, stage.start(), trade_suffixes, lex)
        # the final of a trade: …技能大赛焊工|决赛, jieba's 焊工 a verb (the trade's own word, the last
        # before the stage; not 大奖赛循环赛结束男女棋手|决赛, a clause)
        trade_word = bool(between) and _names_a_trade(text, between[-1].start, stage.start(), trade_suffixes, lex) \
            and between[-1].pos in ("v", "vn")
        if sum(len(t.word) for t in between) != stage.start() - m.end or not all(
                is_name_part(t, lex) or (trade_named or trade_word and t is between[-1]) and t.pos in ("v", "vn")
                for t in between):
            continue  # (大赛期间进入决赛: no name words between)
        out.append(Mention(m.start, stage.end(), text[m.start : stage.end()], "Event", clean_name(text[m.start : stage.end()]),
                           m.source, priority=m.priority))
    return out


#: after a stage: another stage listed with it (初赛、复赛和决赛)
_STAGE_LISTED = re.compile(r"[、和及与](?:" + "|".join(CONTEST_STAGES) + ")")
#: the word an activity's name ends in, after the kind it is held as (主题演讲活动, 技能比赛活动)
_ACTIVITY = "活动"
#: right after 复赛: it is the verb, resumed (暂停的…展演复赛后, 复赛以来); before 于, 在, 将, 举行 it is the round
_RESUMED_THEN = re.compile(r"后|以来|之后|时")


def _holds_stages(name: str, lex: Lexicons) -> bool:
    """Whether an event so named (not a contest's: :data:`_CONTEST_ENDS`) is held in stages: a show
    (``stage_holding_kinds.txt``), or an activity held as a show or a contest (“最美劳动者”主题演讲活动,
    技能比赛活动); not a festival, a games, a programme, nor an activity of another kind (慰问活动).

    >>> lex = load_lexicons()
    >>> _holds_stages("某区职工合唱展演", lex), _holds_stages("主题演讲活动", lex), _holds_stages("主题宣传活动", lex)
    (True, True, False)
    """
    kinds = words_tuple(lex, "stage_holding_kinds")
    return name.endswith(kinds) or name.endswith(_ACTIVITY) and name[: -len(_ACTIVITY)].endswith(kinds + _CONTEST_ENDS)


def _names_its_stage(idx: TokenIndex, m: Mention, stage: re.Match[str], lex: Lexicons) -> bool:
    """Whether the stage word right after the name ``m`` of a show names one stage of it: not one of
    stages listed (…展演初赛、复赛和决赛), nor a stage of another contest after it (…展演决赛|资格赛: the
    qualifier for the final), nor the verb 复赛 after a halt (``halt_words.txt``: 暂停的…展演复赛后,
    resumed; 暂停两年的…汇演复赛于5月20日举行 is the round)."""
    text = idx.text
    if _STAGE_LISTED.match(text, stage.end()):
        return False
    k = idx.starting_at(stage.end())
    if k is not None and len(idx.tokens[k].word) >= 3 and idx.tokens[k].word.endswith(_CONTEST_ENDS):
        return False
    if stage.group() != "复赛" or not _RESUMED_THEN.match(text, stage.end()):
        return True
    halts = "|".join(map(re.escape, words_tuple(lex, "halt_words")))
    return not (halts and re.search(r"(?:" + halts + r")[^，。；：！？]{0,4}$", text[max(0, m.start - 12) : m.start]))


#: the longest quoted words that the words before them may open a name with (集中入会暨“暖新驿站”启用仪式)
_SHORT_QUOTE = 10


def _written_length(words: str) -> int:
    """How many characters ``words`` has, white space left out (巾帼心向党　建功新时代: 10).

    >>> _written_length("巾帼心向党　建功新时代"), _written_length("职工 健康周")
    (10, 5)
    """
    return len(words) - sum(c.isspace() for c in words)
