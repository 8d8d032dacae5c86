"""Name grammar shared by the recognisers: which words may stand inside a name, and where a
name begins.

Chinese organisation and event names are ``[region or parent] body head``: the head
(总工会, 有限公司, 服务队, 大赛 …) is found on the raw characters, and the name is extended to the
left over words that can be part of a name, stopping at punctuation, prepositions, particles,
pronouns, numbers, time words and verbs that are not domain words (来自, 举办, 托管 …).

>>> from uniongraph.extraction.tokens import TokenIndex
>>> idx = TokenIndex("来自天津市职工志愿河西区服务总队的志愿者")
>>> text = idx.text
>>> s = name_start(idx, text.index("服务总队"), load_lexicons())
>>> text[s:text.index("服务总队") + 4]
'天津市职工志愿河西区服务总队'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..model import Mention
from .lexicon import PLACE_LEVEL_KINDS, Lexicons, derived, level_ends, load_lexicons, scope_words, words_tuple
from .minority_names import is_minority_name
from .parallel_pairs import pair_start
from .tokens import Token, TokenIndex, word_frequency, word_tag

__all__ = ["clean_name", "name_start", "is_name_part", "has_proper_word", "load_lexicons"]

QUOTES = "“”‘’\"'「」『』"
_QUOTE_RE = re.compile(f"[{QUOTES}]")
_SPACE_RE = re.compile(r"\s+")
#: marks that close a title, a quotation or brackets: a 和 after them is a conjunction, no name's first character
_CLOSING_MARKS = frozenset("》”’）)」』")

#: word classes that can be part of a name body (jieba dictionary tags; ``un`` = unknown word)
NAME_POS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "nx", "j", "vn", "un", "eng", "an", "l", "b"})
#: word classes of proper words: names, places, unknown words
PROPER_POS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz", "un", "eng", "j", "nx"})
#: word classes that always end a name on its left
STOP_POS = frozenset({"p", "u", "uj", "ul", "uz", "uv", "ud", "ug", "r", "rr", "rz", "t", "tg", "q", "x", "y", "e", "o", "zg", "k", "h"})
#: administrative levels that open a short name (省财贸办, 县二轻局)
LEVEL_CHARS = scope_words("level")
#: words that name a region or scope and may open a name even if tagged otherwise
REGION_WORDS = scope_words("nation", "level", "country", "organ")
#: levels that stand for the home region's unit of that level before a body (市总工会, 省委, 镇人大,
#: 自治区政协): the organisations' grammar reads such a short form, alias resolution resolves it
REGION_LEVELS = scope_words("level", "town", "autonomous", "zone")
#: the characters that end a division's name by its level (湖北省, 桂林市, 玉环县, 坎门镇, 恩施州): a
#: name or a rest of one that opens with one was cut from a place's (省…, 市…), and a name that holds
#: one is a region's (北京市委), not a national organ's
DIVISION_LEVEL_CHARS = "省市县区镇乡州"
#: any one of them (the test that a name holds one: a region's body, not a national organ's)
DIVISION_LEVEL = re.compile(f"[{DIVISION_LEVEL_CHARS}]")
#: an anniversary an event marks, one word to jieba: 百年, 五十周年, １０周年
_ANNIVERSARY = re.compile(r"[一二三四五六七八九十百零0-9０-９]*(?:周年|百年)")
#: a count jieba split off an anniversary (９|０周年)
_NUMERAL_WORD = re.compile(r"[一二三四五六七八九十百零0-9０-９]+")
#: the years counted from a founding after the verb that names it (成立|５０周年, 建厂|50年)
_COUNTED_ANNIVERSARY = re.compile(r"[一二三四五六七八九十百零0-9０-９]+(?:周年|年)")
#: an ordinal or an edition inside a name: 第三, 第二届, 十五, 首届 (the first edition), 首期
_CN_ORDINAL = re.compile(r"^(?:第?[一二三四五六七八九十百零\d０-９]+[届次期]?|首[届期])$")
_MAX_NAME = 30
_NOMINAL_SUFFIX = frozenset("员者家师工手")
#: characters of a natural feature that make a place's name its feature's (金州湾, 洪泽湖, 崇明岛)
_FEATURE_SUFFIX = frozenset("湾湖岛")
#: a noun for a person by what they do (发行员, 售票员, 技术员): a title of any trade
_PERSON_NOUN = re.compile(r"[\u4e00-\u9fff]+员")
_PLACE_LIKE_POS = frozenset({"ns", "nz", "un", "j", "eng", "nt"})
_LINK_WORDS = frozenset({"所属", "下属", "直属", "旗下", "隶属", "属下"})
#: heads that close a name: a new name starts after them (unless a union follows its company)
_COMPLETE_NAMES = frozenset({"有限公司", "有限责任公司", "股份有限公司"})
#: heads of a company's own union and teams, named after the company's whole name
_OWN_BODY_HEADS = ("工会", "代表队", "代表团", "分公司", "支公司", "营业部")  # (a company's branches too:
# 吉运快递有限公司朝阳营业部 is registered under its company's name)
#: meetings a body holds of its own, named with the body whole (海河集团工作会议, 某股份有限公司三届二次
#: 职工代表大会, 安吉县工会第十次代表大会): what it organises for others is not (区总工会|夏送清凉活动)
OWN_MEETINGS = ("工作会议", "年度工作会议", "年会", "全体会议", "职代会", "代表大会", "教代会", "全委会")
#: the stages of a contest written after its name (…技能大赛决赛): the events' grammar joins a stage to
#: the contest, alias resolution reads the contest written alone as that stage
CONTEST_STAGES = ("总决赛", "半决赛", "决赛", "复赛", "初赛", "预赛")
#: category nouns that describe the name after them (股份合作制企业玉环县制动器厂, 私营企业成都星澳牛业公司):
#: before a place word they end the name on its left
_CATEGORY_NOUNS = frozenset({"企业", "单位", "厂家", "企事业单位"})
_CATEGORY_ENDINGS = tuple(sorted(_CATEGORY_NOUNS))  # (for str.endswith, made once)
_NOT_OPENING = frozenset("这那该此其每各是有在的了也都就将为日月年时讯电被由把向从对给让")


@functools.lru_cache(maxsize=16)
def head_regex(heads: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``heads``, the longest that matches at a position: the organisations', places' and
    events' recognisers find their lexicon's heads with it, and the relation classifier a
    clause's kinds of event.

    Written as a trie (:func:`trie_pattern`), not as the heads joined longest first: ``re`` tries
    an alternation's branches one by one at every position a head may open, so 300 heads were
    300 tries there; the trie tries one branch per character. The matches are the same (the
    longest head at the leftmost position, as the longest-first alternation gives).

    >>> [m.group() for m in head_regex(("工会", "总工会", "工会委员会")).finditer("总工会和工会委员会")]
    ['总工会', '工会委员会']
    """
    return re.compile(trie_pattern(heads))


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern that matches the longest of ``words`` that matches where it is tried: the words'
    trie, a longer continuation tried before a word that ends (``(?:…)?`` is greedy).

    >>> trie_pattern(["工会", "总工会", "工会委员会", "工"])
    '(?:工(?:会(?:委员会)?)?|总工会)'
    """
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(ch for ch in node if ch)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"

    return branch(trie)


def clean_name(text: str) -> str:
    """The name of a span: quote marks dropped, white space folded (full-width forms kept).

    >>> clean_name("“金锤杯”电焊技能竞赛")
    '金锤杯电焊技能竞赛'
    """
    return _SPACE_RE.sub(" ", _QUOTE_RE.sub("", text)).strip()


#: last characters of a set phrase that govern the word after it (专程到|医院, 立足于|本职)
_GOVERNING_FINALS = frozenset("到在于向给把被从对为往")


#: places counted at their level right before a body's head (三市|总工会, 两省|工会): each one's body
_COUNTED_PLACES = re.compile(r"[两二三四五六七八九十][省市县区州地]$")
#: two countries counted (中越|两国|工会): the unions of each, no one union (jieba files 两国 as a place)
_TWO_COUNTRIES = re.compile(r"两国$")


def counted_places(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in places counted at their level (鄂赣皖三市, 两省, 两地), a
    count no place of jieba's dictionary is (九州 of 九州大学 is a name)."""
    m = _COUNTED_PLACES.search(text, start, end)
    return m is not None and word_tag(m.group()) != "ns" or _TWO_COUNTRIES.search(text, start, end) is not None


def heads_on_word_ends(idx: TokenIndex, head_re: re.Pattern[str]):
    """The heads in the text, left to right; a head that ends inside a word gives way to one that
    starts within it (成果|展评: 成果展 ends inside 展评, the head 展评 ends the word)."""
    at = 0
    while (h := head_re.search(idx.text, at)) is not None:
        if idx.tokens[idx.index_at(h.end() - 1)].end == h.end():
            yield h
            at = h.end()
            continue
        inner = head_re.search(idx.text, h.start() + 1)
        if inner is not None and inner.start() < h.end() and idx.tokens[idx.index_at(inner.end() - 1)].end == inner.end():
            yield inner
            at = inner.end()
        else:
            yield h
            at = h.end()


def is_name_part(tok: Token, lex: Lexicons) -> bool:
    """Whether ``tok`` may stand inside a name body."""
    w = tok.word
    if w in REGION_WORDS or lex.knows_place(w):
        return True
    if w in lex.name_words:
        return True  # 青年志愿服务队: a domain word, whatever jieba's tag
    if len(w) == 1 and w in _NOMINAL_SUFFIX:
        return True  # 网约配送员联合工会: 员 makes a noun of what comes before
    if len(w) == 1 and w in _FEATURE_SUFFIX:
        return True  # 金州|湾|街道: a bay or a lake named after the place before it (jieba: a morpheme)
    if tok.pos in STOP_POS:
        return False
    if tok.pos == "un" and w[0] in _NOT_OPENING:
        return False  # jieba's HMM glues pronouns to nouns: 这是, 该集团
    if tok.pos == "l" and w[-1] in _GOVERNING_FINALS:
        return False  # 专程到, 坚持在: jieba's set phrase ends in a verb or preposition that governs what follows
    if tok.pos in NAME_POS:
        return True
    if w in lex.name_words:
        return True
    if tok.pos == "s" and w[-1] in "区县州省市":  # 远郊区, but not 线上 or 国内
        return True
    if tok.pos == "f" and len(w) == 1:  # 望京南街道, 中航公司
        return True
    if tok.pos == "m":
        return bool(_CN_ORDINAL.match(w)) and not w.isdigit()
    return False


def has_proper_word(tokens: list[Token], lex: Lexicons) -> bool:
    """Whether a name body holds a proper word: a place, a name-like or unknown word, or a run
    of single characters jieba could not join (an opaque abbreviation such as 中航)."""
    singles = 0
    for t in tokens:
        w = t.word
        if t.pos in PROPER_POS:
            return True
        if lex.knows_place(w) or w in REGION_WORDS:
            return True
        if len(w) == 1 and t.pos not in STOP_POS:
            singles += 1
            if singles >= 2:
                return True
        else:
            singles = 0
    return False


#: word classes of the nouns two topics of an event's name are (生平和思想, 理论与实践)
_NOUN_TAGS = frozenset({"n", "nz", "vn", "t", "nr"})


def _verb_modifying_noun(idx, k: int) -> bool:
    """Whether the token at ``k`` is a verb of two characters that modifies the noun right after it
    (外卖|骑手, 快递|小哥: jieba tags the trade a verb): a noun phrase, as a conjunct of a name."""
    if k + 1 >= len(idx.tokens):
        return False
    tok, after = idx.tokens[k], idx.tokens[k + 1]
    return tok.pos == "v" and len(tok.word) == 2 and after.pos in ("n", "nr", "nz") and len(after.word) >= 2


#: suffixes of a trade's noun jieba may split from the verb or noun before it (快递|员, 保洁|员)
_TRADE_SUFFIXES = frozenset("员工手师")


def _split_trade_noun(idx, k: int) -> bool:
    """Whether the token at ``k`` is a trade's suffix of one character split from the verb or noun
    of two before it (快递|员): the two one noun, a conjunct of a name."""
    if k < 1:
        return False
    tok, before = idx.tokens[k], idx.tokens[k - 1]
    return tok.word in _TRADE_SUFFIXES and before.pos in ("v", "vn", "n") and len(before.word) == 2 \
        and before.end == tok.start


def _nominal_verb(idx, k: int) -> bool:
    """Whether the token at ``k`` is a verb of two characters after a noun it takes as its topic
    (市场|开发, 技能|培养), or the two as one set phrase of the dictionary (人才培养, 产品开发): a
    topic read as a noun phrase."""
    if k < 1:
        return False
    tok, before = idx.tokens[k], idx.tokens[k - 1]
    if tok.pos == "l" and len(tok.word) == 4 and tok.word[-1] not in _GOVERNING_FINALS:
        return True
    return tok.pos == "v" and len(tok.word) == 2 and before.pos in ("n", "vn") and len(before.word) >= 2


#: tags that end a brand written before a bracketed place: punctuation, prepositions, conjunctions,
#: particles, pronouns, numbers and measure words
_NOT_IN_BRAND = frozenset({"x", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "mq"})
#: the longest brand read before a bracketed place
_MAX_BRAND = 8
#: tags of the words the usual reading of a name takes; a brand holding another (即送, 快乐) is read
#: by :func:`_brand_before`
_BRAND_NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "j", "vn", "nrt", "nrfg", "ng", "eng"})
#: last characters of an unknown word that glue a copula or a particle to a name (赵俊是)
_GLUED_ENDINGS = "是的在为"


def _brand_before(idx: TokenIndex, i: int, floor: int, lex: Lexicons) -> int | None:
    """Where the brand before a bracketed place starts when a verb stands in it (蓝鲸即送（绵阳）,
    飞鸟快送（成都）: a company's brand, whatever its words' classes), reading back from token
    ``i`` to punctuation or a function word; None when no verb stands in it (the usual reading
    goes on) or no brand is there."""
    start, k, verb = None, i, False
    while k >= 0:
        tok = idx.tokens[k]
        if tok.start < floor or tok.pos in _NOT_IN_BRAND or tok.word in lex.words.get("boundary_words", ()) \
                or idx.tokens[i].end - tok.start > _MAX_BRAND:
            break
        if tok.pos == "un" and tok.word[-1] in _GLUED_ENDINGS:
            break  # 赵俊是|蓝鲸即送: the HMM glued a name and a copula; the brand starts after them
        verb = verb or tok.pos not in _BRAND_NOUN_TAGS
        start, k = tok.start, k - 1
    return start if verb and idx.tokens[i].end - start >= 2 else None


#: heads of bodies and venues named after a person: 周恩来遗物陈列馆, 宋庆龄基金会
_NAMED_AFTER_PEOPLE = ("纪念馆", "陈列馆", "纪念堂", "故居", "基金会", "研究会", "图书馆", "文学院")
#: forms of a company a name may hold in brackets before its head: 某某（集团）有限公司
_BRACKETED_FORMS = frozenset({"集团", "控股", "股份", "集团公司", "控股集团"})
#: word classes of a cup's sponsor (人寿保险杯, 长城杯), and Latin letters or digits (ＣＣＴＶ杯)
_CUP_SPONSOR_TAGS = frozenset({"n", "nz", "nt", "nr", "ns", "j", "eng", "vn"})
_ALNUM = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")
#: the longest sponsor read before 杯
_MAX_CUP_SPONSOR = 8


def _glued_count(tok: Token, before: Token | None) -> bool:
    """Whether jieba's HMM glued a count's measure word to what follows a numeral (８|个矿,
    11|个市): a count of bodies, which names none."""
    return tok.pos == "un" and tok.word[0] in MEASURE_WORDS and before is not None and before.pos == "m"


def _two_countries(first: str, second: str, lex: Lexicons) -> bool:
    """Whether ``first`` and ``second`` are the one-character short names of two countries
    (``place_abbreviations.tsv``: 中, 越, 俄, 美), written together for both (中越, 中美)."""
    def country(c: str) -> bool:
        full = lex.place_abbreviations.get(c)
        return full is not None and (full == "中国" or full in lex.places and lex.places[full].level == "country")

    return len(first) == 1 and len(second) == 1 and first != second and country(first) and country(second)


#: the middle dots that join two places or two brands in one event's name (嘉兴·沙雅, 万州工会·温暖你我)
JOINING_DOTS = frozenset({"·", "•", "‧", "・"})
#: the longest word read before a joining dot
_MAX_DOT_JOINED = 4
#: word classes that never stand in the word before a joining dot (a year's numeral, a preposition …)
_NOT_DOT_JOINED = frozenset({"m", "p", "c", "u", "uj", "ul", "uz", "ug", "r", "x", "d"})
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _dot_joined_start(idx: TokenIndex, i: int, head_start: int) -> int | None:
    """Where the word before the joining dot ``idx.tokens[i]`` starts when the dot joins two words
    of Chinese inside the name (七星|关|·|蕉城): the short run of words before it, read back to a
    numeral, a stop or a function word, two to four characters; None if the dot joins nothing here."""
    after = idx.tokens[i + 1] if i + 1 < len(idx.tokens) else None
    if after is None or after.start >= head_start or not _HAN_WORD.fullmatch(after.word):
        return None
    k, start = i - 1, None
    while k >= 0 and idx.tokens[k].pos not in _NOT_DOT_JOINED and _HAN_WORD.fullmatch(idx.tokens[k].word) \
            and idx.tokens[i].start - idx.tokens[k].start <= _MAX_DOT_JOINED:
        start = idx.tokens[k].start
        k -= 1
    if start is None or idx.tokens[i].start - start < 2:
        return None
    if start == 0 or idx.text[start - 1] == "\n":
        return None  # 图说|·|青河区…, 聚焦|·|…: a word alone before a dot at the head of a line is a
        # column's label, no part of the name (two places joined follow a year, an edition or a verb)
    return start


#: single characters that end no given name split off by jieba: function words, which govern what follows
_NOT_GIVEN_NAME_ENDS = frozenset("在对从向把被给为以和与及的了是由将按于就也都又还")


def _noun_after(idx: TokenIndex, at: int) -> bool:
    """Whether a noun starts right at ``at`` (the end of an event's head: 职工技能大赛|一等奖, the prize)."""
    k = idx.starting_at(at)
    return k is not None and idx.tokens[k].pos in ("n", "nz")


def _split_given_name(idx: TokenIndex, i: int, head_start: int, lex: Lexicons, head: str = "") -> bool:
    """Whether ``idx.tokens[i]`` is the last character of a person's name of three that jieba split
    after its second (杨家|顺): a one-character word after a surname's word of two tagged a name, right
    after a stop, with a noun of the name after it (劳模创新工作室)."""
    tok = idx.tokens[i]
    if len(tok.word) != 1 or tok.word in _NOT_GIVEN_NAME_ENDS or not _HAN_WORD.fullmatch(tok.word) or i < 1:
        return False
    if head and tok.pos.startswith("v") and _noun_after(idx, head_start + len(head)):
        return False  # 李娜|获|职工技能大赛一等奖: a verb after a name of two governs the noun the event's
        # name only modifies (刘家|发|劳模创新工作室揭牌仪式|在: a name's third character)
    prev, after = idx.tokens[i - 1], idx.tokens[i + 1] if i + 1 < len(idx.tokens) else None
    if prev.pos not in ("nr", "nrfg") or len(prev.word) != 2 or prev.word[0] not in lex.surnames:
        return False
    if after is None or after.start >= head_start or after.pos not in _NOUN_TAGS:
        return False
    return i < 2 or idx.tokens[i - 2].pos == "x"


def _minority_name_ending(idx: TokenIndex, end: int, floor: int, lex: Lexicons) -> int | None:
    """Where a run of minority name parts (:mod:`.minority_names`: 巴图|孟和) that ends at ``end``
    starts, on a word boundary not before ``floor``; None if none ends there."""
    parts = lex.words.get("minority_name_parts", frozenset())
    if not any(idx.text[end - n : end] in parts for n in (2, 3, 4)):
        return None  # (most tokens: no part ends there)
    for s in range(max(floor, end - 8), end - 3):
        if idx.is_boundary(s) and is_minority_name(idx.text[s:end], lex):
            return s
    return None


def _joined_domains(idx: TokenIndex, i: int, head_start: int, lex: Lexicons) -> bool:
    """Whether the 与/和 at token ``i`` joins the two fields of one body's name (海洋与渔业局,
    船舶与海运学院): one noun on each side, the second right before the head, and before the first
    a place or a body the joined name belongs to (普陀区|…, 海洋大学|…). Not two bodies (总工会与
    渔业局: a body before it), not people (职工与家属服务中心: no place or body before them)."""
    tokens = idx.tokens
    if tokens[i].word not in ("与", "和") or i < 2 or i + 1 >= len(tokens):
        return False
    unit_head = _joined_field_head_before(idx, head_start, lex)
    if unit_head is not None and idx.text.startswith(_OWN_ORGANS + tuple(lex.words.get("party_organs", ())), head_start):
        head_start -= len(unit_head)  # 数学与信息科学学院|工会, …学院|党委: the college's own union or party
        # organ; its name is the college's, read as the college's is
    college = _joined_field_head_at(idx, head_start, lex)
    if tokens[i - 1].word in lex.words.get("office_fields", ()) \
            or (college and _JOINT_ACTION.match(idx.text, head_start + len(college))):
        return False  # 后勤|与|信息科学学院, 某系与某学院|联合开展: an office or a body, and the college
    if _joined_disciplines(idx, i, head_start, lex):
        return True
    first, second, before = tokens[i - 1], tokens[i + 1], tokens[i - 2]
    field_head = idx.text.startswith(tuple(lex.words.get("joined_field_heads", ())), second.end) \
        and second.end == head_start  # 数学|与|信息科学|学院: two fields, then a college's head
    second_tags = ("n", "vn", "nt") if field_head else ("n", "vn")  # (jieba tags 信息科学 nt)
    if not second.start < head_start <= second.end and _fields_after_a_place(idx, i, head_start, lex):
        return True
    if not second.start < head_start <= second.end or second.pos not in second_tags or len(second.word) < 2:
        return False  # (the head may end the second word: 渔业局)
    if not _domain_word(first, lex):
        return False
    if before.pos == "ns" or ends_in_head(before.word, lex) and before.pos in ("n", "nt", "ns"):
        return True
    if field_head and tokens[i].word == "与" and first.word not in lex.roles \
            and first.word not in lex.words.get("person_titles", ()):
        return True  # a college or an institute named by its two fields alone, joined with 与 (not 教师|与|…学院:
        # people; nor 和, which closes a list as often: 民主党派、人民团体|和|社会主义学院)
    # 北海市|文化|广电|体育|和|旅游局, 荷兰|社会|事务|与|就业部: several fields before the 和, then the
    # place whose body it is (a place only: 市工会|职工|子女|和|家属服务中心 are people)
    k = i - 2
    while k >= 0 and i - 1 - k <= _MAX_DOMAIN_WORDS and _domain_word(tokens[k], lex):
        k -= 1
    if k < 0 or k == i - 2 or i - 1 - k > _MAX_DOMAIN_WORDS:
        return False
    place = tokens[k]
    return place.pos == "ns" and lex.knows_place(place.word)


#: the organ a unit has of its own besides the party's (lexicons/party_organs.txt): its union
_OWN_ORGANS = ("工会", "分工会")


#: what follows two bodies acting together (A与B学院|联合开展, |共同举办): the 与 joins two bodies
#: (not 联合 before a partner, 某学院联合某公司开展: one body acting with another)
_JOINT_ACTION = re.compile(r"(?:联合|共同|分别)(?:开展|举办|举行|组织|主办|承办|发起|召开|启动)")


def _joined_field_head_at(idx: TokenIndex, at: int, lex: Lexicons) -> str:
    """The head of a unit named by two joined fields (学院, 系) written at ``at``, or ""."""
    return next((h for h in sorted(lex.words.get("joined_field_heads", ()), key=len, reverse=True)
                 if idx.text.startswith(h, at)), "")


def _joined_field_head_before(idx: TokenIndex, at: int, lex: Lexicons) -> str | None:
    """The head of a unit named by two joined fields (lexicons/joined_field_heads.txt: 学院, 系) written
    right before ``at``."""
    return next((h for h in sorted(lex.words.get("joined_field_heads", ()), key=len, reverse=True)
                 if idx.text.endswith(h, 0, at)), None)


#: the heads of a college's units named by two disciplines (数学与信息科学|学院, 经济与管理|系)
DISCIPLINE_HEADS = ("学院", "系")
#: the most characters of the first discipline (数学, 计算机) and of the second (信息科学, 计算机科学)
_MAX_FIRST_DISCIPLINE = 3
_MAX_DISCIPLINE = 6


def fields_joined_before(idx: TokenIndex, m: Mention, at: int, lex: Lexicons) -> bool:
    """Whether the body ``m``'s name, read from its start, ends right before ``at`` (where another
    reading starts the name) in a field and the 与/和 that joins it to the field at ``at``: one body's
    name (普陀区海洋与|渔业局: :func:`_joined_domains`); for a college's unit (``DISCIPLINE_HEADS``) a
    与/和 right before ``at`` is enough (数学与|信息科学学院: the two disciplines :func:`_joined_disciplines`
    reads whole). The one place both readings of two joined fields are asked."""
    if at > m.start and idx.text[at - 1] in "与和" and m.name.endswith(DISCIPLINE_HEADS):
        return True
    start, head_start = m.start, m.end - len(org_head(m.name, lex))
    j = idx.ending_at(at)
    return j is not None and idx.tokens[j].word in ("与", "和") and j >= 1 and idx.tokens[j - 1].start >= start \
        and _joined_domains(idx, j, head_start, lex)


def _joined_disciplines(idx: TokenIndex, i: int, head_start: int, lex: Lexicons) -> bool:
    """Whether the 与/和 at token ``i`` joins two disciplines of a college's unit written bare, as a
    university's 二级学院 are (、数学与信息科学学院, 经济与管理学院教师): the unit's head a college's, one field
    word right after a list mark or a clause's opening, and a few characters of a second field before
    the head (not a body: 某大学与某学院 is two)."""
    tokens = idx.tokens
    if not idx.text.startswith(DISCIPLINE_HEADS, head_start):
        return False
    first, before = tokens[i - 1], tokens[i - 2]
    second = idx.text[tokens[i + 1].start : head_start]
    if not (before.pos == "x" and _domain_word(first, lex) and len(first.word) <= _MAX_FIRST_DISCIPLINE
            and 2 <= len(second) <= _MAX_DISCIPLINE):
        # (、人民团体和社会主义学院: a list of kinds of body, the first no discipline of two or three characters)
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].end <= head_start:
        if tokens[k].pos not in ("n", "vn", "nt", "nz") or ends_in_head(tokens[k].word, lex):
            return False
        k += 1
    return True


#: the most field words before the 和 of one body's name (文化|广电|体育|和旅游局)
_MAX_DOMAIN_WORDS = 4


def _fields_after_a_place(idx: TokenIndex, i: int, head_start: int, lex: Lexicons) -> bool:
    """Whether the 和/与 at token ``i`` joins two fields that a place's body is named by, the second
    followed by more words of the name before its head (某区|文化|和|旅游|发展|委员会, 某州|劳模|和|工匠|
    人才|创新|工作室|联盟): one field word right after the place the gazetteer knows (written with its
    level: jieba may cut 某|区), then field or domain words (``name_words``) up to the head, a government
    or party body's or an alliance's (``lexicons/place_field_body_heads.txt``). Not two bodies (某区|教委|
    和|区总工会: a head ends the first; 某市|残联|和|某委员会|联合开展: a body's short form, two bodies acting
    together), nor a kind of body the place has many of (某市|劳模|和|工匠人才创新|工作室).

    >>> from uniongraph.extraction.tokens import TokenIndex
    >>> from uniongraph.extraction.lexicon import load_lexicons
    >>> text = "海淀区文化和旅游发展委员会"
    >>> idx = TokenIndex(text)
    >>> _fields_after_a_place(idx, idx.index_at(text.index("和")), text.index("委员会"), load_lexicons())
    True
    """
    tokens = idx.tokens
    first = tokens[i - 1]
    head = next((h for h in words_tuple(lex, "place_field_body_heads") if idx.text.startswith(h, head_start)), "")
    if not head or not _domain_word(first, lex) or lex.roles.get(first.word) == "leader" \
            or first.word in lex.head_short_forms:
        return False
    before = idx.text[max(0, first.start - lex.longest_place) : first.start]
    ends = level_ends(*PLACE_LEVEL_KINDS)
    if not any(lex.knows_place(before[-n:]) and before[-1] in ends for n in range(len(before), 2, -1)):
        return False  # (a place with its level: 东城区, 昌吉回族自治州; no bare word nor body before the fields)
    k = i + 1
    if k >= len(tokens) or not _domain_word(tokens[k], lex) or lex.roles.get(tokens[k].word) == "leader":
        return False
    while k < len(tokens) and tokens[k].end <= head_start:  # the words between the 和 and the head
        t = tokens[k]
        # (after the second field a noun may end in a head of its own: 创新|工作室|联盟, an alliance of them)
        inner_head = k > i + 1 and t.pos == "n" and len(t.word) >= 2
        if k - i > _MAX_DOMAIN_WORDS or not (_domain_word(t, lex) or inner_head or t.word in lex.name_words and len(t.word) >= 2) \
                or lex.roles.get(t.word) == "leader" or lex.knows_place(t.word):
            return False
        k += 1
    return k - i >= 2 and k < len(tokens) and tokens[k].start <= head_start  # (the head opens, or ends, the next word)


def _domain_word(t: Token, lex: Lexicons) -> bool:
    """A field of a body's work: a common noun of two characters or more, no place, no head
    (海洋 ns is a noun here; 广电 nz, 体育 vn)."""
    common = t.pos in ("n", "vn", "nz") or t.pos == "ns" and t.word not in lex.places \
        and t.word not in lex.place_aliases  # (jieba tags 海洋 ns)
    return common and len(t.word) >= 2 and not ends_in_head(t.word, lex)


#: verbs of a meeting's business that pass on another meeting's spirit (传达, 传达学习): never inside an
#: event's name (but 学习 alone is: 学习贯彻…宣讲会, 集体学习)
_REPORTED_BUSINESS = frozenset({"传达", "传达学习", "听取", "审议"})
#: the verbs that may follow them before the name (传达|学习|贯彻)
_REPORTED_BUSINESS_AFTER = frozenset({"学习", "贯彻", "学习贯彻", "落实"})


def _post_names_the_audience(idx: TokenIndex, i: int, lex: Lexicons) -> bool:
    """The post at token ``i`` says whom an event is for, within its name (基层工会主席|履职能力提升|
    培训班, 企业工会主席|集体协商能力|培训班): the words after it, already read as the name's, are no
    person's name (艺术团团长|马俊|…: a titled person ends the entry before)."""
    nxt = idx.tokens[i + 1] if i + 1 < len(idx.tokens) else None
    prev = idx.tokens[i - 1] if i > 0 else None
    return nxt is not None and nxt.pos not in ("nr", "nrfg", "nrt", "x", "m") and not (
        nxt.pos == "un" and 2 <= len(nxt.word) <= 3 and nxt.word[0] in lex.surnames) \
        and prev is not None and prev.pos in ("n", "ns", "nt", "j") and prev.word not in lex.surnames
    # (the post is a group's, after a noun of its kind or place: 基层|工会主席, 村|党支部书记; after a
    # surname it is one person's, 秦|大使|赞扬…, the subject of the verb after it)


def closes_a_byline(idx: TokenIndex, i: int) -> bool:
    """Whether the bracket closing at token ``i`` is a byline's (本报讯（记者 某某）, 新华社某地某日电（…）):
    its opening bracket opens the text, or follows a dateline (本报讯, 某日电), or holds a reporter's
    title (（通讯员 某某）); not any bracket after a word ending in 电 (南岭供电（南岭供电公司）: a short name's)."""
    if idx.tokens[i].word not in "）)":
        return False
    for j in range(i - 1, max(-1, i - 12), -1):
        if idx.tokens[j].word in "（(":
            if j == 0:
                return True
            inside = idx.text[idx.tokens[j].end : idx.tokens[i].start]
            return _BYLINE_DATELINE.search(idx.text, 0, idx.tokens[j].start) is not None or _BYLINE_TITLES.search(inside) is not None
    return False


#: right before a byline's bracket: a dateline (本报讯, 新华社讯, 某月某日电, 27日电)
_BYLINE_DATELINE = re.compile(r"(?:讯|[日0-9０-９]电)\s*$")
#: inside a byline's bracket: who wrote it (记者, 通讯员, 特约记者, 实习生)
_BYLINE_TITLES = re.compile(r"记者|通讯员|实习生|摄影|特约")


def name_start(
    idx: TokenIndex, head_start: int, lex: Lexicons, *, floor: int = 0, head: str = "", verbs: bool = False
) -> int:
    """Where the name whose head starts at ``head_start`` begins (never before ``floor``).

    ``head`` is the head word itself: a union's name may hold its company's full name
    (钱塘集团有限公司工会). With ``verbs`` (event names, which are often verb phrases:
    新就业形态劳动者集中入会暨…仪式) any verb but a governing one may stand in the name.
    """
    if head_start <= floor:
        return head_start
    i = idx.index_at(head_start - 1)
    tok = idx.tokens[i]
    start = head_start
    whole = False  # the head's word is a whole name the dictionary holds (西门子公司, 北京大学)
    joined_by_and = False  # a 和 of two groups crossed inside the name: a 、 before it lists more
    if tok.end > head_start:  # head starts inside a token (活动中心): its prefix belongs to the name
        start = tok.start
        i -= 1
        before = idx.tokens[i] if i >= 0 else None
        if _glued_function_char(tok, before):
            return _trim_left(idx, start + 1, head_start, lex)  # 以厂为单位: 以 is no part of it
        if _glued_count(tok, before):
            return head_start  # ８|个矿: a numeral and its measure word count bodies, they name none
        if tok.pos == "un" and tok.start == head_start - 1 and tok.word[0] in lex.generic_modifiers:
            return head_start  # 名不见经传的|新矿, 该厂: a modifier the HMM glued to the head names no body
        whole = tok.pos == "nt" and len(tok.word) >= 4 and not verbs
    while i >= 0:
        tok = idx.tokens[i]
        if tok.start < floor or head_start - tok.start > _MAX_NAME:
            break
        w = tok.word
        run = _minority_name_ending(idx, tok.end, max(floor, head_start - _MAX_NAME), lex)
        if run is not None:
            start, i = run, idx.index_at(run) - 1  # 巴图孟|和|劳模创新工作室: a person's name of minority
            continue  # name parts opens the name whole, whatever jieba reads its last syllable as
        if whole and tok.pos in _NOT_BEFORE_A_WHOLE_NAME and w not in lex.places and not (
                _NUMBERED_UNIT.fullmatch(w) and i > 0 and _names_a_place(idx.tokens[i - 1], lex)):
            break  # 包括|西门子公司, 讲台上|北京大学: no verb or function word before a whole name
        if _COUNT_WORD.fullmatch(w):
            break  # 形成数家|出版集团: a count of bodies opens no name
        if _glued_count(tok, idx.tokens[i - 1] if i > 0 else None):
            return head_start  # 11|个市|代表队: jieba glued the measure word to the level; a count, no name
        if verbs and w in JOINING_DOTS and (joined := _dot_joined_start(idx, i, head_start)) is not None:
            start, i = joined, idx.index_at(joined) - 1  # 2026年嘉兴|·|沙雅工会…座谈会: two places (or brands)
            continue  # joined by a middle dot, one word of the name; what stands before them is read as
            # before any word (第二届|嘉兴·沙雅…, 青河|市职工·家属联欢会)
        if _split_given_name(idx, i, head_start, lex, head):
            start = idx.tokens[i - 1].start  # ，杨家|顺|劳模创新工作室: a person's name of three that jieba
            break  # split after its second character opens the name whole, as after a stop it can only
        if verbs and head and w == "、" and (pair := pair_start(idx, i, head_start, lex)) is not None:
            start, i = pair, idx.index_at(pair) - 1  # 棋王、棋后|大奖赛: a pair of kinds, one event
            continue
        if verbs and w == "、" and joined_by_and and i > 0 \
                and (idx.tokens[i - 1].pos in _NOUN_TAGS and len(idx.tokens[i - 1].word) >= 2 or _split_trade_noun(idx, i - 1)) \
                and (idx.tokens[i + 1].pos in _NOUN_TAGS or _verb_modifying_noun(idx, i + 1)
                     or _split_trade_noun(idx, i + 2) or idx.tokens[i + 1].pos == "un" and idx.tokens[i + 2].pos in _NOUN_TAGS):
            start = tok.start  # 货车司机、快递员和外卖骑手…仪式: a list of groups that 和 closes inside the
            # name, each of its 、 between two of them
            i -= 1
            continue
        if w in ("）", ")") and i >= 2:
            # a bracketed place inside a company name: 华为技术（深圳）有限公司
            inner = idx.tokens[i - 1]
            opener = idx.tokens[i - 2]
            if opener.word in ("（", "(") and inner.word in _BRACKETED_FORMS and not verbs:
                start = opener.start  # 市纺织控股（集团）公司, 电气（集团）总公司: the legal form in brackets
                i -= 3
                continue
            if opener.word in ("（", "(") and (lex.knows_place(inner.word) or inner.pos == "ns"):
                start = opener.start
                brand = _brand_before(idx, i - 3, floor, lex)
                if brand is not None:  # 蓝鲸即送（绵阳）网络科技有限公司: a brand may be a verb phrase
                    start = brand
                    break
                i -= 3
                continue
            # an edition's year in brackets inside an event's name: …消除贫困奖（１９９７）颁奖大会
            year = _BRACKETED_YEAR.search(idx.text, max(0, tok.start - 8), tok.end) if verbs else None
            if year is not None and year.end() == tok.end:
                k = idx.index_at(year.start())
                if idx.tokens[k].start == year.start() and k > 0 and is_name_part(idx.tokens[k - 1], lex):
                    start = year.start()  # (only inside a name: 他说（１９９７）… opens none)
                    i = k - 1
                    continue
            break
        if w == "》" and verbs:
            # a book's title opens the event's name: 《五星红旗》出版座谈会
            k = next((k for k in range(i - 1, max(-1, i - 16), -1) if idx.tokens[k].word in ("《", "》")), None)
            if k is not None and idx.tokens[k].word == "《" and k < i - 1:
                start = idx.tokens[k].start  # (and the name opens with it: 画册|《…》)
            break
        if w == "”":
            # a quoted word inside a name: 集中入会暨“暖新驿站”启用仪式, “金锤杯”电焊技能竞赛
            k = next((k for k in range(i - 1, max(-1, i - 12), -1) if idx.tokens[k].word in ("“", "”")), None)
            if k is not None and idx.tokens[k].word == "“" and k < i - 1 and tok.start - idx.tokens[k].end <= 10 \
                    and not re.search(r"[。！？；]", idx.text[idx.tokens[k].end : tok.start]):  # a quoted sentence is no name
                start = idx.tokens[k].start
                i = k - 1
                continue
            break
        prev = idx.tokens[i - 1] if i > 0 else None
        # (a given name jieba tags ns, 白|建国, only right after an opening quote: 占|深市, 边|上市… are no names)
        given = tok.pos == "nr" or tok.pos == "ns" and not lex.knows_place(w) \
            and i >= 2 and idx.tokens[i - 2].word in ("“", "「", "『")
        if given and len(w) <= 2 and prev is not None and len(prev.word) == 1 and prev.pos != "x" \
                and prev.word in lex.surnames and (i < 2 or idx.tokens[i - 2].pos == "x"):
            start = prev.start  # “黄|卫东劳模创新工作室”: jieba read the surname as a word of its own
            break  # (黄 yellow); after a quote or a stop it opens the person's name
        if verbs and w == "杯" and prev is not None:
            k = i - 1  # ＣＣＴＶ杯|射击擂台赛, 人寿保险杯|篮球赛: the cup's sponsor opens the event's name
            while k >= 0 and tok.start - idx.tokens[k].start <= _MAX_CUP_SPONSOR and (
                    idx.tokens[k].pos in _CUP_SPONSOR_TAGS or _ALNUM.fullmatch(idx.tokens[k].word)):
                k -= 1
            if k < i - 1 and idx.tokens[k + 1].start >= floor:
                start = idx.tokens[k + 1].start
            break
        if w == "记" and (prev is None or prev.pos == "x"):
            break  # ——记吉林市电力器材有限公司: a profile's "of", after a dash, opens no name
        if w in _COMPLETE_NAMES and not head.endswith(_OWN_BODY_HEADS) and not (verbs and head.endswith(OWN_MEETINGS)):
            break  # 某有限公司|联合…: the company's name is complete, a new name starts after it (but
            # its union and its team are named with it whole: 某有限公司工会, 某有限公司代表队)
        if len(w) >= 2 and (w[-1] in _BODY_FINALS or ends_in_head(w, lex, shortest=1)) \
                and _next_opens_with_place(idx, i, lex) \
                and not head.endswith("工会") and not (w.endswith("总工会") and head in lex.words.get("federation_facilities", ())) \
                and head not in lex.words.get("subunit_heads", ()) and (head[:1] not in LEVEL_CHARS or w not in _OWNS_PLACE_COMMITTEE) \
                and not _committee_for_a_place(idx, i, head_start, head, lex):
            # 计生委|青海省平弦实验剧团: a body's name ends, a place opens the next one (but a
            # league's or party's committee of a place is one name: 共青团云南省委)
            break
        if w.endswith(_CATEGORY_ENDINGS) and nxt_is_place(idx, i, lex):
            break  # 私营企业|成都星澳牛业公司: the category describes the name that a place opens
        if w == "暨" and not verbs:
            break  # 某公司第五届职代会第一次会议暨|工会…, 大会暨|某俱乐部: a body's name ends at 暨, what
            # comes before it is another name (an event's, as a rule)
        if w == "暨":
            start = tok.start  # A暨B: one event's name joining two (集中入会暨启用仪式)
            i -= 1
            continue
        if prev is not None and tok.pos in ("nr", "nrfg", "un") and 2 <= len(w) <= 3 and w[0] in lex.surnames \
                and (ends_in_title(prev.word, lex) or _PERSON_NOUN.fullmatch(prev.word)):
            break  # …主任陈振文|中日友好医院, …发行员陶新弟|上海师范大学: a titled person ends the entry
            # before this name (an honour roll printed without separators)
        if w in ("再", "新") and i + 1 < len(idx.tokens) and idx.tokens[i + 1].word in _AGAIN_COMPOUNDS:
            start = tok.start  # 第四次|再|就业|赶集大会, 新|就业|形态: 再就业 (re-employment), 新就业
            # (new forms of employment) are one word of the name
            i -= 1
            continue
        nxt = idx.tokens[i + 1].word if i + 1 < len(idx.tokens) else ""
        if verbs and w + nxt in lex.event_heads:
            start = tok.start  # 成立大会暨第一次会员大会: 成立 opens an event word here
            i -= 1
            continue
        if verbs and nxt == "暨" and (tok.pos in ("v", "vn") or len(w) >= 4 and word_tag(w[-2:]) in ("v", "vn")) \
                and len(w) >= 2 and prev is not None and prev.pos in _NOUN_TAGS:
            start = tok.start  # 某公司工会成立|暨第一次会员大会, 成果发布|暨表彰会: the first of the two
            i -= 1  # gatherings 暨 joins is named by its act (a founding, a release) after what it acts on
            continue  # (an act jieba writes as one noun ends in its verb: 换届选举|暨…)
        if verbs and prev is not None and _two_countries(prev.word, w, lex):
            start = prev.start  # 中|越|边境地区工会交流座谈会: the two countries (中越, 中俄) open the name,
            i -= 2  # whatever jieba tags the second's character (越 an adverb)
            continue
        if verbs and w == "跨" and i + 1 < len(idx.tokens) and idx.tokens[i + 1].pos in ("n", "ns", "vn") \
                and idx.tokens[i + 1].start < head_start:
            start = tok.start  # 跨|区域|协作联席会议, 跨|省…交流会: 跨 makes a modifier of the noun after it
            i -= 1
            continue
        if verbs and w in _REPORTED_BUSINESS and tok.pos in ("v", "vn"):
            # 召开党组会议|传达|学习|全国总工会推进会精神: what a meeting did with another's spirit; the
            # verbs and the meeting before them are no part of the name after them
            k = i + 1
            while k < len(idx.tokens) and idx.tokens[k].word in _REPORTED_BUSINESS_AFTER and idx.tokens[k].start < head_start:
                k += 1
            start = idx.tokens[k].start if k < len(idx.tokens) else head_start
            break
        if verbs and w == "联合" and nxt.startswith("工会") and idx.tokens[i + 1].start < head_start:
            start = tok.start  # 柳湾村|联合|工会|成立大会: a joint union founded, its kind (联合工会) no verb
            i -= 1
            continue
        if verbs and len(w) == 1 and w in REGION_LEVELS and prev is not None and prev.pos == "ns" \
                and idx.tokens[i + 1].start < head_start:
            start = tok.start  # 东关|村|工会联合会成立大会: the level a place's name ends in (jieba: 村 a
            i -= 1  # morpheme), the place whole opens the event's name
            continue
        person_before = prev is not None and prev.word not in lex.words.get("not_names", ()) and (
            prev.pos in ("nr", "nrfg", "nrt") or prev.pos == "un" and 2 <= len(prev.word) <= 3
            and prev.word[0] in lex.surnames)
        if verbs and len(w) == 1 and tok.pos == "v" and person_before and head \
                and _noun_after(idx, head_start + len(head)):
            start = tok.end  # 李娜|获|职工技能大赛一等奖, 王强|夺|…冠军: a person and the verb of one character
            break  # they do, whose object the event only modifies, open no event's name either
        if verbs and tok.pos in ("v", "vd", "vn", "a", "ad") and w not in lex.words.get("boundary_words", ()) and len(w) >= 2:
            if person_before:
                start = tok.end if tok.pos in ("v", "vd") else tok.start
                break  # 李强|宣布|运动会: a person and the verb they do open no event's name
            start = tok.start
            i -= 1
            continue
        if verbs and w == "年度" and tok.start - 4 >= floor \
                and _YEAR_DIGITS.fullmatch(idx.text, max(0, tok.start - 4), tok.start):
            k = idx.index_at(tok.start - 4)  # …总公司|１９９８年度|工作会议: the year of the edition
            # (a bare 年 may date a meeting instead: １９５０年|全国…会议)
            start = idx.tokens[k].start
            i = k - 1
            continue
        if verbs and tok.pos == "v" and _COUNTED_ANNIVERSARY.match(idx.text, tok.end):
            start = tok.start  # 自治区|成立|５０周年庆典: the founding the anniversary counts from
            i -= 1
            continue
        if verbs and _ANNIVERSARY.fullmatch(w) and i + 1 < len(idx.tokens) and idx.tokens[i + 1].start < head_start + len(head):
            start = tok.start  # 纪念周恩来诞辰|百年|系列活动, 建厂|五十周年|庆祝大会: the anniversary the event marks
            i -= 1
            j = start
            while j > floor and _NUMERAL_WORD.fullmatch(idx.text[j - 1]):
                j -= 1  # ９|０周年: the count jieba split off
            if j < start:
                start, i = j, idx.index_at(j)
                if idx.tokens[i].start < j:
                    break  # (glued to a word before it: the name opens at the count)
                i -= 1
            continue
        if verbs and w == "月" and prev is not None and prev.pos not in ("m", "t", "x"):
            start = tok.start  # 就业援助|月|专场招聘会, 安全生产|月: a campaign's month (not 5|月, a date)
            i -= 1
            continue
        if verbs and w in lex.words.get("festival_words", ()):
            start = tok.start  # 北京|新年|音乐会, 迎春|茶话会: the festival is the event's occasion
            i -= 1
            continue
        if (verbs or idx.text.endswith(_NAMED_AFTER_PEOPLE, 0, head_start + len(head))) \
                and tok.pos in ("t", "nr") and 2 <= len(w) <= 3 \
                and w[0] in lex.surnames and idx.tokens[i + 1].pos in _NOUN_TAGS:
            start = tok.start  # 周恩来|生平…研讨会: a person the event's topic is about (and the
            # memorial or foundation named after them: 周恩来|遗物陈列馆)
            i -= 1
            continue
        if verbs and w in ("和", "与") and prev is not None \
                and (prev.pos in _NOUN_TAGS or _nominal_verb(idx, i - 1) or _split_trade_noun(idx, i - 1)) \
                and (idx.tokens[i + 1].pos in _NOUN_TAGS or _verb_modifying_noun(idx, i + 1)) \
                and idx.tokens[i + 1].start < head_start:
            start = tok.start  # 周恩来生平和思想研讨会: two topics of one event's name (体育市场开发与
            # 新闻传播战略研讨会: a topic may end in a verb its noun governs; 货车司机和外卖|骑手…仪式:
            # the second group may open on a verb of two that modifies its noun; 快递|员和…: a trade
            # noun jieba split before its suffix)
            joined_by_and = True
            i -= 1
            continue
        if not verbs and _joined_domains(idx, i, head_start, lex):
            start = tok.start  # 普陀区|海洋|与|渔业|局, 海洋大学|船舶|与|海运|学院: two fields of one body
            i -= 1
            continue
        if tok.pos == "c" or w in ("和", "与", "及"):
            if w == "和" and (prev is None or prev.pos == "x" and (
                    prev.word not in _CLOSING_MARKS or closes_a_byline(idx, i - 1))):
                start = tok.start  # 、和平医疗服务队: a name, not a conjunction (but 《某办法》和|工会经费审查委员会:
                # after a closing mark 和 joins what was closed to the next name; a byline's bracket,
                # 本报讯（通讯员 某某）和泰公司…, closes the lead, and the sentence opens after it)
            elif w == "和" and tok.end == head_start and prev is not None and len(prev.word) == 1 and prev.pos != "x":
                start = tok.start  # 咸宁康和医院: one character and 和 before the head is a name
                i -= 1
                continue
            break
        if tok.pos in ("p", "c") and len(w) == 1 and prev is not None and prev.word == "、":
            start = tok.start  # after a list comma a preposition cannot govern: 、向阳红服务队
            break
        if tok.pos == "un" and w[0] in "和与及" and prev is not None and ends_in_head(prev.word, lex):
            start = tok.start + 1  # 亚光电工总厂|和川|棉一厂: jieba's HMM glued the conjunction on
            break
        if w == "联合" and prev is not None and prev.pos in ("n", "vn") and not ends_in_head(prev.word, lex, shortest=1) \
                and nxt in lex.name_words and idx.tokens[i + 1].start < head_start:
            start = tok.start  # 劳动人事争议|联合|调解|中心: a joint body of a field, 联合 no verb between two of
            i -= 1  # its words (but 某总工会|联合|区人民法院: a body, then the verb of acting with another)
            continue
        # (jieba files a few verb phrases as names: 应邀参加|中宣部; no name of four is one)
        trade = w in lex.name_words and prev is not None and (
            prev.pos in ("n", "nz", "j") or prev.pos == "nt" and tok.end == head_start
            or prev.pos == "ns" and not _in_gazetteer(prev, lex))  # 复旦大学|管理|学院:
        # a body's name, then a domain word right before the head, is a unit's name (not 国务院|管理|华星公司)
        if w in _LINK_WORDS or w in lex.words.get("boundary_words", ()) and not trade or (
                (tok.pos not in ("n", "nr", "ns", "nt", "nz", "vn", "j") or tok.pos == "nr" and len(w) >= 4
                 or _verb_then_boundary(w, lex))
                and _ends_in_boundary(w, lex)):
            break  # 总工会所属职工服务中心, 指派律师事务所: a link or a governing word ends the name
            # (but a domain word after a noun is the name's own: 北京商业|管理|干部学院, 物业|管理|公司)
        if _glued_level(tok, lex):
            start = tok.start + 1  # 据省|财贸办: jieba's HMM glued the preposition to the level (副主任兼市|…中心:
            # or the 兼 of a post held besides, 原市|…中心: the 原 of a former one)
            break
        if name_and_verb_glued_to_a_level(tok, lex):
            start = tok.end - 1  # 孟庆华作市|总工会: the subject's name and its verb glued to the level
            break
        if tok.pos == "un" and len(w) >= 2 and w[-1] in "和与及" and ends_in_head(w[:-1], lex, shortest=1):
            start = tok.end  # 特勤局及|铸币局: the HMM glued the conjunction to the head before it
            break
        if tok.pos == "un" and len(w) >= 2 and w[-1] in _GLUED_AFTER:
            start = tok.end  # 胡克|勤是|海河公司: the HMM glued a name's end to the copula after it
            break
        if _glued_name_as(tok, prev, lex):
            start = tok.end  # 选举陈旭为|省|高级人民法院, 徐衍|东为|省…: a name and the 为 of a post
            break
        if _verb_phrase_word(tok):
            start = tok.end  # 住进|湖滨医院, 选进|镇党委, 现为|黄河艺术团: a verb and its complement open no name
            break
        if w in _LOCATIVE_SINGLES and tok.end < head_start and prev is not None and prev.pos in ("n", "s", "f"):
            break  # 楼|内|美国银行…办公室, 院|里|…: a locative after a noun says where, it is no part of a name
        if _glued_function_char(tok, prev) and w not in lex.name_words:  # (经审: a domain word, no 经 of via)
            rest = len(w) - _function_run(w, prev)
            if rest >= 2:
                start = tok.end - rest  # 由|华茂集团, 已由|葛营小学: the rest of the unknown word opens the name
            break  # 刚建|集团时: an adverb and a verb jieba's HMM glued together open no name
        if prev is not None and prev.pos == "m" and w[0] in "年月日" and len(w) >= 2 and tok.pos != "ns":
            start = tok.end  # １２|月经|中央组织部: a date's unit glued to a preposition (经) opens no name
            break
        if tok.pos == "nt" and len(w) >= 3 and ends_in_head(w, lex, shortest=1) and i + 1 < len(idx.tokens) \
                and idx.tokens[i + 1].pos == "nt" and idx.tokens[i + 1].start < head_start + 1 \
                and ends_in_head(idx.tokens[i + 1].word, lex, shortest=1) \
                and (_national_word(w, lex) or _national_word(idx.tokens[i + 1].word, lex)):
            # 国家安全部|司法部|全国人大常委会…: whole names of national bodies printed without a
            # separator (but 中国人民大学|法学院: a school of the university)
            break
        if len(w) >= 2 and w[-1] in "讯电" and tok.pos not in ("nt", "ns") and _DATELINE_WORD.search(w):
            break  # 本报讯中直机关工会联合会: a dateline is not part of the name (光电, 水电 are)
        if w in ("讯", "电") and prev is not None and (prev.pos in ("m", "ns", "t") or prev.word.endswith("日")):
            break  # 北京一月一日|讯|中央人民广播电台: the dateline's last word, alone
        if w in lex.roles and lex.roles[w] == "leader" and not (verbs and (
                tok.end == head_start or prev is not None and prev.word.endswith("届") and _CN_ORDINAL.match(prev.word)
                or _post_names_the_audience(idx, i, lex))):
            break  # 艺术团团长马俊青海省…: a title ends the name before it (but 海关关长会议
            # is a meeting of the chiefs, 首届班组长现场观摩比武 a contest of them: no person's title
            # follows an edition)
        if tok.pos == "m" and not any(ch.isdigit() for ch in w) and i + 1 < len(idx.tokens) \
                and idx.tokens[i + 1].pos == "ns" and len(idx.tokens[i + 1].word) == 1 and idx.tokens[i + 1].start < head_start:
            start = tok.start  # 六里|坪|机务段, 三里|屯: a numeral opens a place's name
            i -= 1
            continue
        k = _opaque_run_after_place(idx, i, lex, head.endswith(COMPANY_HEADS))
        if k is not None:  # 衡阳市|中|天|房地产公司: single characters jieba could not join, after a place
            start = idx.tokens[k].start
            i = k - 1
            continue
        if tok.pos == "s" and word_frequency(w) < _RARE_PLACE_WORD and _opens_a_division(idx, i + 1, head_start):
            start = tok.start  # 西海岸|新区|总工会: a rare place word jieba knows (a coast) names the
            i -= 1  # division after it (not 国内|…, 海外|…: common words of where)
            continue
        if len(w) == 2 and tok.pos == "un" and _two_countries(w[0], w[1], lex) \
                and (prev is None or prev.pos not in ("m", "t")) and idx.tokens[i + 1].start < head_start:
            start = tok.start  # 日中|友好会馆, 中美|友好协会: two countries' short names, one word to jieba's HMM,
            i -= 1  # open the name (日 here is Japan, no date's day: １２|日中…)
            continue
        if w in REGION_LEVELS and idx.tokens[i + 1].word.startswith("党") and idx.tokens[i + 1].start <= head_start:
            start = tok.start  # 村|党支部, 村|党群服务中心: the village's party bodies (jieba: 村 a morpheme);
            i -= 1  # not 村|办公室, 农|村中心: a room, the village's centre
            continue
        if not is_name_part(tok, lex):
            left = idx.tokens[i - 1] if i > 0 else None
            if _rare_verb_inside_a_brand(tok, left, head, idx.text[tok.end : head_start]):
                start = tok.start  # 速达|优选|科技有限公司: a rare verb after a rare word is the brand's
                i -= 1  # own (a governing verb is an everyday word: 组织|科技有限公司…)
                continue
            if _rare_word_of_a_brand(tok, idx.tokens[i + 1], head):
                start = tok.start  # 安腾|仕达|体育用品有限公司, 中天|钱塘|建设集团有限公司: a rare word
                break  # jieba calls a verb or a time before the brand's unknown word is the brand's own
            if left is not None and left.word in _VISIT_VERBS and tok.pos == "v" and len(w) == 2 \
                    and head_start - tok.start <= 5:
                start = tok.start  # 来到|得利|斯|集团: what a visit verb governs up to the head is the name
                break
            if tok.pos == "a" and len(w) <= 2 and left is not None and left.pos in PROPER_POS:
                start = tok.start  # an adjective after a proper word: 向阳红服务队
                i -= 1
                continue
            if _opens_a_rare_name(idx, i) and idx.tokens[i + 1].start < head_start:
                start = tok.start  # 新|碶|街道: a one-character adjective before a character jieba does not
                i -= 1  # know opens the name with it (a rare character is a name's, never an ordinary word)
                continue
            if len(w) == 1 and tok.pos == "q" and left is not None and left.pos in ("n", "ns", "nz") \
                    and len(left.word) >= 2 and left.word not in lex.org_heads:
                start = left.start  # 磁器|口|街道: a measure word after a noun, not a number, ends a place's name
                i -= 2
                continue
            if len(w) == 1 and tok.pos in _BOUND_MORPHEMES and i + 1 < len(idx.tokens) \
                    and len(idx.tokens[i + 1].word) == 1 and idx.tokens[i + 1].start < head_start:
                start = tok.start  # 簇|锦|街道办事处: a name jieba could not join, one character at a time
                i -= 1
                continue
            if w in _DIRECTION_BRANDS and (left is None or left.pos not in _NOUN_BEFORE_A_LOCATIVE
                                           or left.pos in ("n", "vn") and word_frequency(idx.tokens[i + 1].word) < _RARE_IN_A_BRAND):
                start = tok.start  # 在|北方重工集团: a quarter of the compass opens a brand; it is a
                break  # locative after a noun (中国北方|煤矿), unless a rare word follows it (代表|北方稀源…)
            k = _proper_within_reach(idx, i, lex)
            if k is not None and _glued_level(idx.tokens[k], lex):
                start = idx.tokens[k].start + 1  # 兼市|教育|招生|考试中心: the level opens the name
                break
            if k is not None:  # 浦东新区快递行业联合工会: words jieba calls verbs, after a proper word
                start = idx.tokens[k].start
                i = k - 1
                continue
            break
        start = tok.start
        i -= 1
    start = _trade_name_before_its_trade(idx, start, head, lex)
    return _trim_left(idx, start, head_start, lex)


#: jieba's tags of the words a made-up trade name is cut into (迅捷 a, 通 v, 捷速 nz)
_TRADE_NAME_TAGS = frozenset({"a", "ad", "an", "b", "v", "vn", "n", "nz", "un", "j", "ng", "vg", "ag", "zg"})
#: the most characters of such a trade name
_MAX_TRADE_NAME = 4
#: what closes the clause or phrase before a name (punctuation, 的, 了)
_BEFORE_A_NAME_TAGS = frozenset({"x", "uj", "ul"})


def _trade_name_before_its_trade(idx: TokenIndex, start: int, head: str, lex: Lexicons) -> int:
    """Where an enterprise's name opens when what was read of it opens with its trade and then a
    place (快递|芜湖|分拨中心): a registered name puts its trade name before its trade (迅捷通|快递),
    so the words jieba cut the trade name into (迅捷 a, 通 v) open it, up to four characters after
    punctuation or 的 (…的|迅捷通快递芜湖分拨中心). A trade and a place alone open nothing else."""
    if head not in lex.org_heads or lex.org_heads[head][0] != "Company":
        return start
    i = idx.starting_at(start)
    if i is None or i + 1 >= len(idx.tokens) or idx.tokens[i].word not in lex.words.get("industry_words", ()):
        return start
    place = idx.tokens[i + 1]
    if not (lex.knows_place(place.word) or place.pos == "ns"):
        return start
    k, width = i, 0
    while k > 0:
        t = idx.tokens[k - 1]
        if t.pos not in _TRADE_NAME_TAGS or t.word in lex.words.get("boundary_words", ()) or t.word in _VISIT_VERBS \
                or t.word[0] in _FUNCTION_OPENERS or width + len(t.word) > _MAX_TRADE_NAME:
            break
        width += len(t.word)
        k -= 1
    if width < 2 or k > 0 and idx.tokens[k - 1].pos not in _BEFORE_A_NAME_TAGS:
        return start
    return idx.tokens[k].start


#: fewer uses than this make a place word of jieba's (tag s) a name's (西海岸 207, 郊区 668; not 海外
#: 2672, 境内 6247, 国内 12450)
_RARE_PLACE_WORD = 1000


def _opens_a_division(idx: TokenIndex, k: int, head_start: int) -> bool:
    """Whether the token at ``k``, inside the name, is a place ending in a division's level (新区, 开发区)."""
    if k >= len(idx.tokens) or idx.tokens[k].start >= head_start:
        return False
    t = idx.tokens[k]
    return t.pos == "ns" and len(t.word) >= 2 and t.word[-1] in DIVISION_LEVEL_CHARS


#: fewer uses than this in jieba's dictionary make a word no everyday verb or time (安腾 22, 中天
#: 113; 走访 574, 支持 10,928)
_RARE_IN_A_BRAND = 200
#: the heads of a company's or group's name: a registered company's trade name before them may be any
#: words (字号); the bodies a works or a project department is written under (某集团|冷轧厂)
COMPANY_HEADS = ("公司", "集团")


def _rare_verb_inside_a_brand(tok: Token, left: Token | None, head: str, rest: str) -> bool:
    """Whether ``tok``, a rare word of two characters or more that jieba reads as a verb, stands
    inside a company's trade name (or its union's, ``rest`` being what follows up to the head):
    right after another rare word of the name (速达|优选)."""
    company = head.endswith(COMPANY_HEADS) or head == "工会" and rest.endswith(COMPANY_HEADS)
    return company and tok.pos == "v" and len(tok.word) >= 2 \
        and word_frequency(tok.word) < _RARE_IN_A_BRAND and left is not None \
        and left.pos in ("n", "nz", "un", "j") and len(left.word) >= 2 and word_frequency(left.word) < _RARE_IN_A_BRAND


def _rare_word_of_a_brand(tok: Token, nxt: Token, head: str) -> bool:
    """Whether ``tok``, a word of two characters or more that jieba reads as a verb or a time,
    opens a company's trade name: rare in the dictionary and right before a proper word
    (安腾|仕达, 中天|钱塘) in a name with a company's head."""
    return head.endswith(COMPANY_HEADS) and tok.pos in ("v", "t") and len(tok.word) >= 2 \
        and nxt.pos in PROPER_POS and word_frequency(tok.word) < _RARE_IN_A_BRAND


#: jieba's tags of single characters that are bound morphemes, pieces of a word it could not join
_BOUND_MORPHEMES = frozenset({"zg", "ng", "g", "tg", "ag", "vg", "dg"})
#: quarters of the compass that open brands (北方重工, 东方电气, 南方航空); jieba tags them locatives
_DIRECTION_BRANDS = frozenset({"东方", "南方", "西方", "北方"})
#: word classes after which such a word is a locative (中国北方, 城市南方), not a brand
_NOUN_BEFORE_A_LOCATIVE = frozenset({"n", "ns", "nr", "nt", "nz", "vn", "j", "s", "r"})

#: word classes a character of an opaque brand name may get from jieba (中 f, 天 q, 星 n …)
_FUNCTION_SINGLES = frozenset({"x", "p", "uj", "ul", "u", "c", "r", "m", "d", "v"})


def _opaque_run_after_place(idx: TokenIndex, i: int, lex: Lexicons, company: bool = False) -> int | None:
    """The first of two or more single characters ending at token ``i`` that a place word
    directly precedes (a brand name jieba cut into characters), else None. In a company's name
    (``company``) the run's last character may be one jieba reads as a verb after a name's
    character (黄石|鑫|达|物流有限公司: 达 of the brand 鑫达), not one that opens the run (黄石|建|…)."""
    k = i
    if company and i >= 1 and len(idx.tokens[i].word) == 1 and idx.tokens[i].pos == "v":
        k = i - 1  # (the character before it must be a name's: the loop below checks it)
    while k >= 0 and len(idx.tokens[k].word) == 1 and idx.tokens[k].pos not in _FUNCTION_SINGLES:
        k -= 1
    if i - k < 2 or k < 0 or company and k == i - 1:
        return None
    place = idx.tokens[k]
    if lex.knows_place(place.word) or place.pos == "ns":
        return k + 1
    return None


#: verbs of visiting a body: the words between one and the body's head are its name
_VISIT_VERBS = frozenset({"来到", "走进", "参观", "考察", "走访", "深入", "前往", "赶到", "视察"})
#: the last word of a dateline: 本报讯, …日电, 专电 (not 光电科技, 水电站: trades that end in 电)
_DATELINE_WORD = re.compile(r"(?:本报|报|日|月|社|专|外)[讯电]$|^[讯电]$")
#: characters that open no name (adverbs, prepositions, negation); jieba's HMM glues them to
#: the next character as an unknown word (以厂, 不办, 刚建)
_FUNCTION_OPENERS = frozenset("以不没未在把被将已也都就才又还刚正再很更最从向对给让由于与为据经别这那可曾仍均亦")
#: characters besides the governing words (boundary_words) that jieba's HMM glues to a level
#: opening a body's name: 兼 (a post held besides), 原 (a former one), 进 of a verb (送|进县|医院)
_GLUED_BEFORE_A_LEVEL = frozenset("兼原进至赴")
#: locatives jieba leaves as words of their own after a noun (楼|内, 院|里): where, not a name's word
_LOCATIVE_SINGLES = frozenset({"内", "里"})
#: the particles that make an adverbial (勇敢地, 笔直地) or a complement (干得): after a modifier,
#: jieba's HMM glues them to the verb or preposition that follows (地站, 地向), which opens no name
_ADVERBIAL_PARTICLES = frozenset("地得")
#: word classes of the modifiers such a particle follows (adjectives, adverbs, idioms, descriptive words)
_MODIFIER_TAGS = frozenset({"a", "ad", "an", "b", "z", "d", "i", "l", "v", "vd"})


#: verbs that 再 makes a noun of (再就业 re-employment, 再教育, 再培训)
_AGAIN_COMPOUNDS = frozenset({"就业", "教育", "培训", "创业", "上岗", "分配"})
#: an edition's year in brackets: （１９９７）, (1998年度)
_BRACKETED_YEAR = re.compile(r"[（(](?:1|2|１|２)[0-9０-９]{3}(?:年|年度)?[）)]")


#: function characters that close a clause's subject, which jieba's HMM may glue to the name
#: before them (勤是: the end of 胡克勤 and 是)
_GLUED_AFTER = frozenset("是在的了到离份由作")  # (先到|营业部, 家离|邮局, 买份|晚报: a verb, preposition or measure; 团由|集团公司工会: 由 of the agent)


def name_glued_to_its_verb(tok: Token, lex: Lexicons) -> bool:
    """Whether jieba's HMM word ``tok`` is a person's name and the function character or verb after
    it (孟庆华作|医院工会工作报告, 胡克勤是): a surname, one or two characters, then a _GLUED_AFTER."""
    return tok.pos == "un" and len(tok.word) in (3, 4) and tok.word[-1] in _GLUED_AFTER and tok.word[0] in lex.surnames


def name_and_verb_glued_to_a_level(tok: Token, lex: Lexicons) -> bool:
    """Whether jieba's HMM word ``tok`` is a person's name, the function character or verb after it
    and the level opening the body's name that follows (孟庆华作市|总工会工作报告, 李丽在县|总工会): a
    surname, one or two characters, a _GLUED_AFTER, a level."""
    w = tok.word
    return tok.pos == "un" and len(w) in (4, 5) and w[-1] in LEVEL_CHARS and w[-2] in _GLUED_AFTER \
        and w[0] in lex.surnames


#: second characters of a verb's phrase the HMM makes one unknown word (住进, 选入, 现为, 后经): a
#: complement of direction, a copula, a preposition
_GLUED_COMPLEMENTS = frozenset("进入为经")
#: dictionary tags of the first character of such a phrase: a verb, an adverb, a locative, a bound
#: morpheme (not a name's character: 金为集团, 华进公司 are brands)
_PHRASE_OPENER_TAGS = frozenset({"v", "vg", "d", "f", "zg", "tg", "c", "p"})
#: word classes that cannot open a name whose head word is a whole name (包括|西门子公司)
#: the ordinal of one of a place's bodies of a kind (光山县|第二|高级中学, 某市|第一|人民医院)
_NUMBERED_UNIT = re.compile(r"第[一二三四五六七八九十]{1,3}")


def _in_gazetteer(tok: Token, lex: Lexicons) -> bool:
    """Whether the gazetteer knows ``tok`` as a place (城市, which jieba tags ns, it does not: a noun)."""
    return lex.knows_place(tok.word)


def _names_a_place(tok: Token, lex: Lexicons) -> bool:
    """Whether ``tok`` is a place to jieba (ns) or to the gazetteer."""
    return tok.pos == "ns" or _in_gazetteer(tok, lex)


_NOT_BEFORE_A_WHOLE_NAME = frozenset({"v", "vd", "vn", "f", "c", "p", "d", "r", "m", "q", "u", "uj", "ul", "a", "ad", "x"})
#: bodies whose committee of a place is one name with them: 共青团|云南省委, 中共|北京市委
_OWNS_PLACE_COMMITTEE = frozenset({"共青团", "中共", "中国共产党", "民革", "民盟", "民建", "农工党", "致公党", "九三学社"})
#: the four digits of a year (１９９８), full-width or not
_YEAR_DIGITS = re.compile(r"[12１２][0-9０-９]{3}")
#: measure words for bodies (１０支服务队, 数家出版集团)
MEASURE_WORDS = "支个家所座批"
#: the numerals before a measure word for bodies (１０支, 几家, 数百个)
COUNT_NUMERAL = re.compile(r"[0-9０-９一二两三四五六七八九十百千几数多]")
#: a numeral and a measure word for bodies: 数家, 几个, 两所
_COUNT_WORD = re.compile(r"[数几多两一二三四五六七八九十]+[" + MEASURE_WORDS + "]")


def _verb_phrase_word(tok: Token) -> bool:
    """Whether ``tok`` is an unknown word of two characters the HMM made of a verb or an adverb and
    the complement, copula or preposition after it (住进, 选进, 现为, 后经)."""
    w = tok.word
    return tok.pos == "un" and len(w) == 2 and w[1] in _GLUED_COMPLEMENTS and word_tag(w[0]) in _PHRASE_OPENER_TAGS


def _glued_name_as(tok: Token, prev: Token | None, lex: Lexicons) -> bool:
    """Whether ``tok`` is an unknown word the HMM made of a name (or a name's end) and the 为 after
    it (选举陈旭为|省…法院院长, 徐衍|东为|省…): a surname opens a word of three or four, or a name's
    start stands before a word of two."""
    w = tok.word
    if tok.pos != "un" or w[-1:] != "为":
        return False
    if len(w) in (3, 4):
        return w[0] in lex.surnames
    return len(w) == 2 and prev is not None and prev.pos in ("un", "nr") and prev.word[:1] in lex.surnames


def _glued_level(tok: Token, lex: Lexicons) -> bool:
    """Whether ``tok`` is a level (省, 市) the HMM glued to a governing word, to the 兼 or 原 of a
    post before it or to a verb's 进 (据省, 兼市, 原市, 进县): the level alone opens the name after it."""
    w = tok.word
    return len(w) == 2 and tok.pos == "un" and (w[1] in LEVEL_CHARS or w[1] == "村") and (
        w[0] in lex.words.get("boundary_words", ()) or w[0] in _GLUED_BEFORE_A_LEVEL)


def _glued_function_char(tok: Token, prev: Token | None = None) -> bool:
    """Whether ``tok`` is an unknown word (HMM) of two to four characters opening with a
    function character (已由葛营: 已 and 由 glued to a name), or with the particle 地 or 得 after
    the modifier ``prev`` (笔直|地站, 不约而同|地向)."""
    return tok.pos == "un" and 2 <= len(tok.word) <= 4 and _function_run(tok.word, prev) >= 1 \
        and (len(tok.word) <= 3 or _function_run(tok.word, prev) >= 2)


def ends_in_title(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` is, or ends in, a leader's or a profession's title (主任, 住院医师)."""
    return any(lex.roles.get(word[-n:]) in ("leader", "profession") for n in range(min(len(word), 4), 1, -1))


def names_an_employer(text: str, end: int, lex: Lexicons) -> bool:
    """Whether the name ending at ``end`` is followed by the post or job of someone who works in
    it (南岭南站|站长, 某动物园|园长, 某车站|党委书记, 某站|民警, 某站|职工) or by a unit of it (某西站|公安段):
    a station or a zoo named so acts as a body (the golds type 武昌车站党委书记 Organization), not as
    the place visited (抵达某西站, 在某南站举行)."""
    after = text[end : end + 8]
    units = lex.words.get("subunit_heads", frozenset())
    posts = lex.words.get("unit_posts", frozenset())
    for n in range(len(after), 1, -1):
        w = after[:n]
        if w in posts or lex.roles.get(w) in ("leader", "profession") or w in units \
                or lex.org_heads.get(w, ("", ""))[1] == "strong":
            return True
    return False


def org_head(name: str, lex: Lexicons) -> str:
    """The longest organisation head ``name`` ends in (公司 of 化肥公司), or ""."""
    if not name or name[-1] not in _head_finals(lex):
        return ""  # (most names asked: no head ends with their last character)
    heads = lex.org_heads
    for n in range(min(len(name), lex.longest_org_head), 0, -1):  # (a loop: no generator per name)
        if name[-n:] in heads:
            return name[-n:]
    return ""


def _head_finals(lex: Lexicons) -> frozenset[str]:
    """The last characters of the organisation heads, kept on the lexicons (made again when
    their heads change)."""
    return derived(lex, "_org_head_finals", lex.org_heads, lambda: frozenset(h[-1] for h in lex.org_heads if h))


def _national_word(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` ends in a head that makes one word a national body's name (司法部, 计委)."""
    head = org_head(word, lex)
    return bool(head) and lex.org_heads[head][1] == "word"


def _function_run(word: str, prev: Token | None = None) -> int:
    """How many function characters open ``word`` (已由葛营 -> 2; 地向 after a modifier -> 2)."""
    n = 1 if word[:1] in _ADVERBIAL_PARTICLES and prev is not None and prev.pos in _MODIFIER_TAGS else 0
    while n < len(word) and word[n] in _FUNCTION_OPENERS:
        n += 1
    return n


#: last characters of bodies' names (农科院, 卫生局, 计生委): one ends, a place opens the next
_BODY_FINALS = frozenset("院局委厂社团所司校馆会部处站行协联")  # (科协, 妇联: short forms of associations)


#: the committee a body forms for a country or region it deals with (某联合会|中国委员会; a branch,
#: 某学会|南岭分会, is a unit named by its place: subunit_heads.txt)
_COMMITTEES_FOR_A_PLACE = frozenset({"委员会"})


def _committee_for_a_place(idx: TokenIndex, i: int, head_start: int, head: str, lex: Lexicons) -> bool:
    """Whether only a place stands between the body's name ending token ``i`` and a committee's
    head (日本经济团体联合会|中国|委员会): the body's committee for that place, one name; a place
    alone before a bare committee names none of its own."""
    if head not in _COMMITTEES_FOR_A_PLACE:
        return False
    between = list(idx.tokens_from(i + 1, head_start))
    return bool(between) and between[-1].end == head_start and all(
        lex.knows_place(t.word) for t in between)


def _next_opens_with_place(idx: TokenIndex, i: int, lex: Lexicons) -> bool:
    """Whether the token after token ``i`` is a place or opens with one (北京|协和医院)."""
    # a whole word that is a place is nxt_is_place's; opens_with_place looks at its openings
    return nxt_is_place(idx, i, lex) or (i + 1 < len(idx.tokens) and opens_with_place(idx.tokens[i + 1].word, lex, 4))


def _verb_then_boundary(word: str, lex: Lexicons) -> bool:
    """Whether a word the dictionary calls a noun is a verb and a governing word (负责|管理):
    what stands before the governing word is a verb of its own."""
    words = lex.words.get("boundary_words", frozenset())
    return any(word[-n:] in words and (word_tag(word[:-n]) or "").startswith("v")
               for n in range(2, min(len(word) - 1, 3) + 1))


def _ends_in_boundary(word: str, lex: Lexicons) -> bool:
    """Whether a word of three or more characters ends in a governing word (积极|开展, 信|寄到);
    the caller asks only of words that are no nouns (职工代表 ends in 代表, a noun there)."""
    if len(word) < 3:
        return False
    words = lex.words.get("boundary_words", frozenset())
    return any(word[-n:] in words for n in range(2, min(len(word) - 1, 3) + 1))


def ends_in_head(word: str, lex: Lexicons, shortest: int = 2) -> bool:
    """Whether ``word`` ends in an organisation's head of ``shortest`` or more characters (总厂, 公司)."""
    return any(word[-n:] in lex.org_heads for n in range(shortest, min(len(word), 6) + 1))


def opens_with_place(s: str, lex: Lexicons, longest: int = 6) -> bool:
    """Whether a gazetteer place of at most ``longest`` characters opens ``s`` (中国交响乐团; not
    中央商务区, where 中央 is no place)."""
    return any(lex.knows_place(s[:n]) for n in range(2, min(len(s), longest) + 1))


def nxt_is_place(idx: TokenIndex, i: int, lex: Lexicons) -> bool:
    """Whether the token after token ``i`` is a place word."""
    if i + 1 >= len(idx.tokens):
        return False
    t = idx.tokens[i + 1]
    return lex.knows_place(t.word) or t.pos == "ns"


def _proper_within_reach(idx: TokenIndex, i: int, lex: Lexicons, reach: int = 2) -> int | None:
    """Index of a place-like proper word at most ``reach`` tokens left of token ``i`` when every
    token from it to ``i`` may sit inside a name (content words: no governing verb, no head of
    another name, no person), else None."""
    boundaries = lex.words.get("boundary_words", frozenset()) | lex.words.get("location_verbs", frozenset())
    for k in range(i, max(-1, i - reach - 1), -1):
        t = idx.tokens[k]
        glued_preposition = t.pos == "p" and len(t.word) == 1  # 上海速达同城配送: jieba's 同 is no preposition here
        if (
            t.word in boundaries
            or t.pos == "un" and (t.word[-1] in _GLUED_AFTER or _glued_function_char(t))  # 二是|外围|油田
            or _verb_phrase_word(t)  # 住进|…医院
            or (t.pos in STOP_POS and not glued_preposition)
            or t.pos in ("c", "d", "z", "m", "nr", "nrfg")  # z: 静静地开出|医用电子仪器厂
            or t.word in lex.roles
            or t.word in lex.org_heads
        ):
            return None
        if t.pos == "un" and t.word[0] in "年月日" and k > 0 and idx.tokens[k - 1].pos == "m":
            return None  # 1992|年进|北方重工: a date's unit glued to the verb after it is no proper word
        if k < i and (t.pos in _PLACE_LIKE_POS or lex.knows_place(t.word)):
            if ends_in_head(t.word, lex):
                return None  # 中国政府|支持|香港特区政府: a whole name, then a verb: no part of this one
            return k
    return None


def _trim_left(idx: TokenIndex, start: int, head_start: int, lex: Lexicons) -> int:
    """Drop leading words that cannot open a name (generic modifiers before a proper word)."""
    i = idx.starting_at(start)
    while i is not None and idx.tokens[i].end <= head_start:
        tok = idx.tokens[i]
        if tok.word in ("再", "新") and i + 1 < len(idx.tokens) and idx.tokens[i + 1].word in _AGAIN_COMPOUNDS:
            break  # 新|就业形态劳动者…, 再|就业…: one word of the name (see name_start), no modifier
        if tok.word in lex.generic_modifiers and tok.word not in REGION_WORDS and not _opens_a_rare_name(idx, i):
            rest = body_tokens(idx, idx.tokens[i + 1].start, head_start) if i + 1 < len(idx.tokens) else []
            if rest and has_proper_word(rest, lex):
                start = idx.tokens[i + 1].start
                i += 1
                continue
        break
    return start


def _opens_a_rare_name(idx: TokenIndex, i: int) -> bool:
    """Whether token ``i`` is a one-character adjective before one character jieba does not know
    (新|碶): the two are a name's (新碶街道), the adjective no modifier of it."""
    tok = idx.tokens[i]
    nxt = idx.tokens[i + 1] if i + 1 < len(idx.tokens) else None
    return tok.pos == "a" and len(tok.word) == 1 and nxt is not None and nxt.pos == "un" and len(nxt.word) == 1


@functools.lru_cache(maxsize=256)
def titles_starting(head: str) -> tuple[str, ...]:
    """Titles of ``roles.txt`` that open with a head word (党组 -> 党组书记, 党组成员). Shared by the
    organisation grammar, the votes (which end an organisation before such a title) and the bare
    units of an institution."""
    return tuple(titles_by_prefix(load_lexicons()).get(head, ()))


def titles_by_prefix(lex: Lexicons) -> dict[str, list[str]]:
    """Every proper beginning of a title (党, 党组 of 党组书记) -> the titles it opens, in the order
    of ``roles.txt``: one pass over the titles, where asking each head scanned them all (some 250
    heads at start-up)."""
    def make() -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for role in lex.roles:
            for k in range(len(role)):
                index.setdefault(role[:k], []).append(role)
        return index

    return derived(lex, "_titles_by_prefix", lex.roles, make)


def body_tokens(idx: TokenIndex, start: int, head_start: int) -> list[Token]:
    """Tokens between a name's start and its head."""
    if start >= head_start:
        return []
    i = idx.index_at(start)
    out = []
    while i < len(idx.tokens) and idx.tokens[i].start < head_start:
        out.append(idx.tokens[i])
        i += 1
    return out


#: how far a document's title may reach around a name inside it
_TITLE_REACH = 60


def inside_a_title(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a longer title in book-title marks: a body named in a
    document's title (《中华人民共和国商业银行法》, 《中共中央、国务院关于…的通知》) is part of the
    document's name, which is no entity; a title that is the name itself (《文汇报》) is not inside."""
    opened = text.rfind("《", max(0, start - _TITLE_REACH), start)
    if opened < 0 or text.rfind("》", opened, start) >= 0:
        return False
    closed = text.find("》", end, end + _TITLE_REACH)
    if closed < 0 or 0 <= text.find("《", end, closed) < closed:
        return False
    return not (opened == start - 1 and closed == end)


#: what may follow the last name of a list of names, written glued to it (王某等)
LIST_END = "等"


def _not_name_ends(lex: Lexicons) -> frozenset[str]:
    """The last words that make a name-shaped word no person's: heads of bodies, teams and units
    (org_heads.tsv, name_line_heads.txt), of places and division levels, posts and terms of address."""
    def make() -> frozenset[str]:
        return frozenset(lex.org_heads) | lex.words.get("name_line_heads", frozenset()) | frozenset(lex.place_heads) \
            | scope_words("level", "town", "banner") | lex.words.get("person_titles", frozenset()) \
            | lex.words.get("name_shape_false_ends", frozenset())
    return derived(lex, "_not_name_ends", lex.org_heads, make, also=(lex.place_heads, lex.words))


def name_shaped(text: str, lex: Lexicons) -> str:
    """The person's name ``text`` (a table's cell, the item a list line opens with) is shaped as, with a
    glued 等 left off, or "" when it is shaped as none: a surname (or a compound one) and one or two
    given characters, or a minority name parted by · (each part Han), not ending in the head of a body,
    team, unit or place, nor in a post (马家村, 猛虎队, 南岭县, 马师傅, 王主任, 中建·青河队 are none).

    >>> lex = load_lexicons()
    >>> name_shaped("王立新等", lex), name_shaped("马家村", lex), name_shaped("欧阳明", lex)
    ('王立新', '', '欧阳明')
    """
    name = text[: -len(LIST_END)] if text.endswith(LIST_END) else text
    dots = [ch for ch in name if ch in JOINING_DOTS]
    if dots:
        parts = re.split(f"[{''.join(JOINING_DOTS)}]", name)
        shaped = len(parts) <= _MAX_DOT_JOINED and all(_HAN_WORD.fullmatch(p) and len(p) <= 8 for p in parts)
    else:
        given = len(name) - (2 if name[:2] in lex.compound_surnames else 1)
        shaped = bool(_HAN_WORD.fullmatch(name)) and 1 <= given <= 2 \
            and (name[0] in lex.surnames or name[:2] in lex.compound_surnames)
    ends = _not_name_ends(lex)
    if not shaped or any(name[-k:] in ends for k in range(1, min(len(name), 4))):
        return ""
    return name
