"""Whether an enterprise's name, after the place that opens it, holds a trade name (字号).

A registered enterprise name is place + trade name + trade + form (城南镇|光明|乳业|有限公司);
a body named by its place and its trade alone (北京|啤酒|厂) has no trade name. Peeling the
trade's words (``lexicons/industry_words.txt``) off the end of what stands before the form
leaves the trade name, where there is one. A place before a trade name says where the
enterprise is (guideline: 城南镇光明乳业公司 → locatedIn 城南镇).
"""

from __future__ import annotations

import re

from .lexicon import Lexicons, word_lengths
from .names import org_head
from .tokens import TokenIndex, word_frequency

#: what a company's short form leaves off its registered name: trade words, then the legal form
#: (科技有限公司, 集团股份有限公司, （集团）有限公司 with the brackets dropped, 总公司): 天津港集团 of
#: 天津港（集团）有限公司 (``aliases.abbreviates``), 某某 of 某某科技有限公司 (``company_in_union``)
COMPANY_FORM = r"(?:科技|实业|控股|发展|技术)?(?:集团)?(?:股份)?(?:有限)?(?:责任)?(?:总)?公司"

#: heads of enterprises and institutions the organisation heads may lack (新东安|市场, 小世界|幼儿园)
_PLAIN_HEADS = ("市场", "商城", "商场", "大楼", "大厦", "幼儿园")
#: a parent body inside the words before the form: the name is a unit's, the place its parent's
_PARENT_INSIDE = re.compile(r"集团|公司|总厂|军区")
#: a place or part of one, not a trade name: 湖州|练市|针织制衣厂 (a town the gazetteer lacks), 上海|西部|企业集团
_PLACE_LIKE = re.compile(r"[市镇乡县区村]$|^[东西南北中][部区]$")
#: a numbered unit (城建|二公司, 第一|纺织厂, 保定|一棉厂) is no trade name (nor, then, 三生|制药: kept out)
_NUMBERED = re.compile(r"^[第一二三四五六七八九十○〇零0-9０-９]|[一二三四五六七八九十○〇零0-9０-９]$")


def _body_before_form(rest: str, lex: Lexicons) -> str:
    """What stands before the enterprise's form (公司, 集团, 厂), inner forms and brackets dropped
    (电机集团|有限公司 → 电机; 煤业（集团）公司 → 煤业); "" when no form ends the name."""
    head = org_head(rest, lex) or next((h for h in _PLAIN_HEADS if rest.endswith(h)), "")
    if not head:
        return ""
    body = re.sub(r"[（(][^）)]*[）)]", "", rest[: len(rest) - len(head)])
    inner = org_head(body, lex)
    while inner and len(body) - len(inner) >= 2:
        body = body[: -len(inner)]
        inner = org_head(body, lex)
    if _PARENT_INSIDE.search(body):
        return ""  # 石油集团|通信公司, 济南军区|东方药业集团: a unit of the parent the place names
    return body


def trade_name(rest: str, lex: Lexicons) -> str:
    """The trade name of an enterprise name written without its place (光明 of 光明乳业有限公司,
    国人 of 国人集团公司), or "" when the name is a trade and a form only (啤酒厂, 重型汽车厂)."""
    body = _body_before_form(rest, lex)
    industry = lex.words.get("industry_words", frozenset())
    lengths = word_lengths(industry)
    peeled = False
    while body:  # peel the trade's words off the end, the longest first
        n = next((n for n in lengths if n <= len(body) and body[-n:] in industry), 0)
        if not n:
            break
        body, peeled = body[:-n], True
    if not 2 <= len(body) <= 4 or _NUMBERED.search(body) or _PLACE_LIKE.search(body) or body in lex.generic_modifiers \
            or body in lex.words.get("generic_org_words", ()):
        return ""
    if not peeled and _common_noun(body):
        return ""  # 锅炉|厂, 眼镜|商城: a thing made or sold, the trade itself, written before the form
    if _opens_with_common_verb(body, lex):
        return ""  # 武汉市|大小|饭店, 郑州|建|大型污水处理厂, 保护|材料厂: words of the sentence, no name
    return body


#: jieba tags of common nouns, verbs and adjectives: a word so tagged and this frequent is an
#: ordinary word (锅炉, 剪纸), not a trade name of its own
_COMMON_TAGS = frozenset({"n", "vn", "v", "a", "an"})
_COMMON_FREQUENCY = 20


#: jieba tags of verbs and of distinguishing words (大小); a word of two characters or more so
#: tagged and this frequent, opening what is left, is a word of the sentence (保护 13874, 大小
#: 5841; but 远望 92, 新兴 1215 are trade names, and brands of single characters, 兴达, 盼盼, are
#: split into common ones)
_VERB_TAGS = frozenset({"v", "b"})
_VERB_FREQUENCY = 5000


def _opens_with_common_verb(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` opens with a common verb or distinguishing word (保护, 大小), or holds a
    modifier that makes a phrase generic (建|大型)."""
    first = TokenIndex(word).tokens[0]
    if any(len(g) >= 2 and g in word for g in lex.generic_modifiers):
        return True
    return len(first.word) >= 2 and first.pos in _VERB_TAGS and word_frequency(first.word) >= _VERB_FREQUENCY


def _common_noun(word: str) -> bool:
    """Whether ``word`` is one ordinary dictionary word (锅炉 n), as the trade of a body named by
    place, trade and form is; a trade name is a rare, proper or made-up word (盼盼, 八佰伴)."""
    tokens = TokenIndex(word).tokens
    return len(tokens) == 1 and tokens[0].pos in _COMMON_TAGS and word_frequency(word) >= _COMMON_FREQUENCY


#: word classes of function words, which no trade name is made of (潍坊|的|重工集团)
_FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "x", "m", "q", "r"})
#: a split trade name opens with a noun character (鸢, 鹭 ng, 雁 nr), not an adverb (济南市|又|有|重工…)
_NOUN_CHAR_TAGS = frozenset({"n", "ng", "nr", "nz", "ns", "j", "un", "nrt", "nrfg", "tg"})


def split_trade_name_start(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> int:
    """Where an enterprise name opens when jieba split its two-character trade name into single
    characters (潍坊|鸢|都|重工集团有限公司: 都 read as an adverb ends the name too early): a place,
    two single characters, then a name with no trade name of its own (trade and form only) is
    place + trade name + trade + form. ``start`` otherwise."""
    if start < 3 or trade_name(idx.text[start:end], lex):
        return start
    k = idx.index_at(start)
    if k < 3 or idx.tokens[k].start != start:
        return start
    a, b, place = idx.tokens[k - 2], idx.tokens[k - 1], idx.tokens[k - 3]
    if len(a.word) != 1 or len(b.word) != 1 or a.pos not in _NOUN_CHAR_TAGS or b.pos in _FUNCTION_TAGS \
            or b.pos in ("v", "vd") or not ("\u4e00" <= a.word <= "\u9fff" and "\u4e00" <= b.word <= "\u9fff"):
        return start
    if not lex.knows_place(place.word) or len(place.word) < 2:
        return start
    if trade_name(idx.text[a.start:end], lex) != a.word + b.word:
        return start
    return place.start


#: a registered form inside a name (某某配送有限公司, …有限公司沙县分公司, …有限公司工会)
_REGISTERED_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
#: the most characters between a place and the trade words of a registered name (蔚蓝湾|度假酒店)
_MAX_CUT_RUN = 6


def _brand_word(t, lex: Lexicons) -> bool:
    """Whether a word jieba cut off a registered name can be part of its trade name or trade: no
    punctuation, function word or title, and no everyday verb or conjunction (a rare one, 即时 c 428,
    is a brand's: 速通|即时|配送); a trade word (度假, 配送) is always one."""
    if t.word in lex.words.get("industry_words", ()):
        return True
    if not all("\u4e00" <= ch <= "\u9fff" for ch in t.word) or t.word in lex.roles \
            or t.word in lex.words.get("boundary_words", ()) or t.word in lex.org_heads:
        return False
    if t.pos in _FUNCTION_TAGS or t.pos in ("v", "vd", "vn", "d", "t", "f", "s"):
        # (调研, 督查: jieba tags such verbs of visiting vn; 在三明调研某某有限公司时 names no 三明调研…)
        return len(t.word) >= 2 and word_frequency(t.word) < _RARE_CUT_WORD and t.pos not in ("m", "q", "r", "t", "x")
    return True


#: fewer uses than this make a verb or conjunction jieba puts inside a registered name the brand's own
#: word (即时 428, 速通 0; not 调研 605, 走访 574, 支持 10928)
_RARE_CUT_WORD = 500


def registered_name_start(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> int:
    """Where a registered enterprise name opens when jieba cut its trade name (字号) into words the
    name's grammar stops at (三明|速通|即时 c|配送有限公司, 三亚|蔚蓝|湾 zg|度假 v|酒店有限公司): what was
    read has no trade name, and the words before it, back to a place the gazetteer knows, are a
    trade name and trade words (place + trade name + trade + form). ``start`` otherwise."""
    form = _REGISTERED_FORM.search(idx.text, start, end)
    if form is None or start < 3 or trade_name(idx.text[start : form.end()], lex):
        return start
    k = idx.starting_at(start)
    if k is None:
        return start
    j = k - 1
    while j >= 0 and start - idx.tokens[j].end <= _MAX_CUT_RUN:
        t = idx.tokens[j]
        if len(t.word) >= 2 and lex.knows_place(t.word) and j < k - 1:
            brand = trade_name(idx.text[t.end : form.end()], lex)
            return t.start if brand and idx.text.startswith(brand, t.end) else start
        if not _brand_word(t, lex):
            return start
        j -= 1
    return start
