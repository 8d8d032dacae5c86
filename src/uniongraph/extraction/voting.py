"""The trained name tagger and the grammar vote on where names begin and end.

The recognisers know the heads, lexicons and triggers of union news (what a name *is*: 总工会 is
a federation, 服务队 a service team, 第三届…大赛 an event); the tagger (:mod:`.tagger`, a CRF
trained on annotated People's Daily news) knows where a name of a person, a place or an
organisation *ends*, which the grammar often misjudges on text it has never seen (``赵立出席``
read as one name, ``牛长江`` as the river 长江). So:

- every PER span of the tagger is a Person candidate; an ORG span that ends in an organisation
  head is a candidate of the head's type (a federation, a union, a company …), and a LOC span a
  Place, where the grammar proposed nothing over them (the grammar knows the heads: where it has
  a name, its boundaries stand); priority :data:`~.overlaps.Priority.TAGGER`;
- a grammar candidate of a person or a place that crosses a tagger span (starts or ends inside it
  without covering it), or a person that runs past where the tagger ends it, is dropped: the
  tagger has seen how such names end; a person the grammar found only as a dictionary word, with
  no title or context to vouch for it, needs the tagger's agreement (唐诗 and 常客 are no one);
- a longer grammar candidate that starts with a tagger's person and goes on with a verb
  (``李华出席开幕式``) is dropped: a name does not run into the clause that follows it.

What is left is settled by :func:`~.overlaps.resolve_overlaps` as before (longest, then priority).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..model import ORG_TYPES, Mention
from .lexicon import Lexicons
from .names import COUNT_NUMERAL, closes_a_byline, counted_places, DIVISION_LEVEL_CHARS, LEVEL_CHARS, PROPER_POS, REGION_WORDS, clean_name, fields_joined_before, has_proper_word, name_and_verb_glued_to_a_level, name_glued_to_its_verb, org_head, titles_starting
from .orgs import GRAMMAR_SOURCES, QUOTED_UNIT_SOURCE, TABLE_UNIT_SOURCE, counted_after, every_in_an_area, every_level_before, firm_of_a_country, names_a_media, names_an_area, no_one_union, team_type, works_of_a_company
from .overlaps import Priority
from .minority_names import is_minority_name
from .persons import FAMILIAR_ADDRESSES, GRAMMAR_BOUNDED_SOURCES, bound_last_char, and_ends_the_name, named_in_passing, names_no_person_here
from .places import before_modified_word, names_a_feature, ordinary_word, place_level
from .tokens import Token, TokenIndex, is_word, word_frequency, word_tag

#: a character a name may begin or end with (Han, Latin letters, digits, the middle dot)
_NAME_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9０-９Ａ-Ｚａ-ｚ·]")
#: jieba's tags of personal names
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nrf", "un", "x"})

#: what may follow a person's name in a clause, never a name's continuation
_CLAUSE_AFTER_PERSON = re.compile(
    r"(?:出席|参加|参与|主持|说|表示|介绍|指出|强调|认为|在|到|来到|走进|率|带领|等|和|与|及|、|，|。|是|为|向|对|将|也|还|一行)")
#: tagger labels -> entity type (an ORG span's head says which organisation type)
_DEFAULT_TYPE = {"PER": "Person", "LOC": "Place"}
#: contexts that vouch for a person the tagger does not see: an age before (今年32岁的柯某), and
#: a verb of saying after a body's 的 (某厂的江某说)
_AGED = re.compile(r"(?:今年)?[0-9０-９一二三四五六七八九十]{1,3}岁的$")
_SAYS = re.compile(r"(?:说(?![明服法])|表示|介绍|告诉记者|感慨地说|深有感触地说)")
#: a form of address after a name (老舍先生, 冰心老人, 中岛宏博士)
_ADDRESSED = re.compile(r"(?:先生|女士|老人|老先生|博士|教授|夫妇|同志)")
#: the titles before a word jieba does not know that vouch for it as a person's name
_PERSON_TITLES = ("leader", "profession", "identity")
#: grammar sources of a person with no title or context to vouch for it: the tagger must agree
_DICTIONARY_PERSONS = frozenset({"person-dictionary", "person-unknown-word", "person-transliterated"})
#: person sources whose grammar says where the name ends (persons.GRAMMAR_BOUNDED_SOURCES)
_BOUNDED_PERSONS = GRAMMAR_BOUNDED_SOURCES
#: … of which those a tagger span crossing them still drops (a credit label or a results line
#: may hold two names the tagger parts: 摄影：徐烨谢奇)
_CROSSABLE_BY_TAGGER = frozenset({"person-credit-line", "person-result-line"})
#: spans shorter than this are not proposed (one-character names are mostly noise; the places
#: recogniser reads 在京召开 itself)
_MIN_CHARS = 2
#: nor longer than this: no name runs on so long (a base64 run the model takes for one place)
_MAX_CHARS = 40
#: a Han character: a name without a head has at least one
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


#: spans of texts tagged ahead, in one batch (:func:`pretag`), by text
_PRETAGGED: dict[str, list[tuple[int, int, str]]] = {}


def flat_persons(spans: list[tuple[int, int, str]], text: str, lex: Lexicons) -> list[Mention]:
    """The tagger's persons that are flat NER names but no entities of the graph, marked
    ``modifier`` as places written as modifiers are: a surname alone (李|大妈, 周|总理, 老|王, 梁|某;
    the guideline: a surname and a form of address name nobody), and a person named in a work's
    title or held up as a model (《怀念曹禺》, 学雷锋: no one taking part). PFR and MSRA mark both."""
    out = []
    for s, e, label in spans:
        if label != "PER":
            continue
        s, e = _trimmed(text, s, e)
        if e - s == 1 and text[s] in lex.surnames:
            out.append(Mention(s, e, text[s:e], "Person", text[s:e], "tagger-surname", priority=Priority.TAGGER, modifier=True))
        elif _MIN_CHARS <= e - s <= 8 and named_in_passing(text, s, e):
            out.append(Mention(s, e, text[s:e], "Person", clean_name(text[s:e]), "tagger-in-passing",
                               priority=Priority.TAGGER, modifier=True))
    return out


def flat_bodies_and_places(spans: list[tuple[int, int, str]], idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """The tagger's organisations and places as flat NER names, marked ``modifier`` (no entities
    of the graph): the pipeline adds them once relations are read, only where no mention of the
    grammar's covers them, or only an event whose name holds them whole (国际田联|大奖赛,
    英联邦|运动会). Where the grammar has no name at all, the tagger's span stands as a flat name
    even when no head types it (八一队, 世行, 消协); a span the vote refuses (a clause inside it,
    a common word it would split) is left out as it is from the candidates."""
    text = idx.text
    out = []
    for s, e, label in spans:
        if label not in ("ORG", "LOC"):
            continue
        s, e = _trimmed(text, s, e)
        if not _MIN_CHARS <= e - s <= _MAX_CHARS or not _plausible(idx, s, e, label, lex):
            continue
        if label == "ORG":
            end = _one_body_end(idx, s, e, lex)
            if end is None:
                continue
            e = end
        e = _before_a_split_word(idx, s, e, lex)
        if e - s < _MIN_CHARS or not _balanced(text[s:e]) or _function_word_at_an_end(idx, s, e):
            continue
        type_ = "Organization" if label == "ORG" else "Place"
        out.append(Mention(s, e, text[s:e], type_, clean_name(text[s:e]), "tagger-flat",
                           priority=Priority.TAGGER, modifier=True))
    return out


#: word classes of a word that opens no name (郎平|和女排: a conjunction, a preposition)
_NOT_OPENING_TAGS = frozenset({"c", "p"})
#: … and of one character that ends none (琼斯会|赢得, 县长任|组长: a verb, a pronoun, an adverb, a particle)
_NOT_ENDING_TAGS = frozenset({"v", "r", "d", "p", "c", "u", "uj", "ul", "y"})


def _function_word_at_an_end(idx: TokenIndex, start: int, end: int) -> bool:
    """Whether jieba cuts a conjunction or a preposition at the start of ``[start, end)`` (和|女排),
    or a verb, a pronoun, an adverb or a particle of one character at its end (琼斯|会, 县长|任)."""
    i = idx.starting_at(start)
    if i is not None and idx.tokens[i].end < end and idx.tokens[i].pos in _NOT_OPENING_TAGS:
        return True
    k = idx.ending_at(end)
    return k is not None and idx.tokens[k].start == end - 1 > start and idx.tokens[k].pos in _NOT_ENDING_TAGS


def pretag(texts: list[str]) -> None:
    """Tag ``texts`` together, ahead of their extraction: the model decodes many short texts at
    once much faster than one by one. :func:`tagger_spans` then finds them; :func:`forget` ends."""
    from .tagger import NameTagger

    new = [t for t in dict.fromkeys(texts) if t not in _PRETAGGED]
    _PRETAGGED.update(zip(new, NameTagger.load().tag_many(new)))


def forget() -> None:
    """Drop the spans tagged ahead (at the end of a batch)."""
    _PRETAGGED.clear()


def tagger_spans(text: str) -> list[tuple[int, int, str]]:
    """The tagger's spans of ``text`` (the shipped model, loaded once per process)."""
    spans = _PRETAGGED.get(text)
    if spans is not None:
        return list(spans)
    from .tagger import NameTagger

    return NameTagger.load().tag(text)


def _typed(text: str, start: int, end: int, label: str, lex: Lexicons) -> str | None:
    """The entity type of a tagger span, or None to leave it out: an organisation must end in a
    head (which decides its kind) and hold more than the head (工会 alone names no one)."""
    span = text[start:end]
    head = org_head(span, lex)
    if label == "LOC":
        if head == span and lex.org_heads[head][1] != "standalone":
            return None  # 在新建成的演播厅, 广场上: a venue's head alone names no place
        # 西单商场, 亿客隆商城: a shop the tagger reads as a place is an enterprise by its head
        shop = 2 <= len(head) < len(span) and lex.org_heads[head][0] == "Company"
        return "Company" if shop else "Place"
    if label != "ORG":
        return _DEFAULT_TYPE[label]
    if head:
        type_, kind = lex.org_heads[head]
        if head == span and kind != "standalone":
            return None
        if type_ == "ServiceTeam":
            return team_type(span, lex)
        if type_ == "Company" and works_of_a_company(span):
            return "Organization"  # 某钢铁有限公司炼铁厂: a works of the company, its unit
        return type_ if type_ != "Place" else "Organization"
    if names_an_area(span, lex):
        return "Place"  # 漕河泾新兴技术开发区: an area, which the guideline types as a place
    if len(span) >= 3 and span[-1] == "队" and has_proper_word(_tokens_of(span[:-1]), lex):
        return "Organization"  # 智利队, 申花队, 延边队: a team named after a country, a town or a club
        # (not 男队, 主队: no proper word before 队)
    # no head: a short name the tagger has seen used as one (华为, 中建八局, 曼联), unless it is an
    # ordinary word of the dictionary or holds a verb or a function word (写春联)
    if len(span) >= 2 and _HAN.search(span) and word_tag(span) in _PROPER_TAGS \
            and not any(tag in _NOT_IN_NAMES for tag in _word_tags_of(span)):
        return "Organization"
    return None


#: dictionary tags of a whole word that may be an organisation's short name (None: not a word)
_PROPER_TAGS = frozenset({None, "nt", "nz", "j", "ns", "nr", "nrt", "nrfg", "a"})  # (a: the dictionary
# files a few firms' short names as adjectives, 微软 "soft"; the tagger reads no ordinary adjective as a
# body, while ordinary nouns it does: 男队, 国会 stay out)
#: word classes that a name without a head does not hold (verbs, function words)
_NOT_IN_NAMES = frozenset({"v", "vd", "vn", "p", "c", "u", "uj", "ul", "d", "r", "m", "q", "f", "x"})


def _tokens_of(span: str) -> list:
    from .tokens import tokenize

    return tokenize(span)


def _word_tags_of(span: str) -> list[str]:
    return [t.pos for t in _tokens_of(span)]


def _before_title(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where an organisation span ends when its last head opens a title (团中央|书记处第一书记: the
    secretariat's first secretary of the Youth League is the Youth League's)."""
    span = text[start:end]
    for n in range(min(6, len(span) - 2), 1, -1):
        head = span[-n:]
        if head in lex.org_heads and text.startswith(titles_starting(head) or ("\0",), end - n) \
                and not (head[0] in LEVEL_CHARS and text[end - n - 1] == head[0]) \
                and head not in _PARTY_BRANCH_HEADS:
            return end - n  # (not 芙蓉区|区委书记: the committee of the district just named, whose
            # secretary the title is; nor 机关|党支部书记: a branch's secretary leads the branch,
            # where a 党委书记 leads the unit, 车站|党委书记)
    return end


#: a party branch, whose secretary is the branch's, not its unit's (机关党支部书记)
_PARTY_BRANCH_HEADS = frozenset({"党支部", "党总支", "支部"})


#: a count or a pointing word that opens a phrase of bodies of a kind, not one body's name
#: (几家|商贸公司, 多家|银行, 该|段党委, 这些|企业); not 本 (本钢 is a firm's name)
_COUNTED_OPENING = re.compile(rf"(?:{COUNT_NUMERAL.pattern}+[家个所座支]|这些|那些|各|该|此|某)")


def _one_body_end(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> int | None:
    """Where a tagger's organisation ends, before a post that follows it (:func:`_before_title`); None
    when it names no one body (:func:`_no_one_body`)."""
    end = _before_title(idx.text, start, end, lex)
    return None if _no_one_body(idx, start, end, lex) else end


#: the last word of an award's name (五一劳动奖章, 鲁班奖): an honour, which no body's name ends in
_AWARD_END = re.compile(r"(?:奖章|勋章|奖状|奖杯|奖牌|奖)$")
#: the term a committee is elected for, before its name (选举产生了新一届|某某委员会): the committee's
#: term, no word of its name
_TERM_BEFORE = re.compile(r"(?:新一届|新一任|上一届)(?:的)?")


def _after_a_term(text: str, start: int, end: int) -> int:
    """Where a tagger's organisation begins once the term written before its name is left off."""
    term = _TERM_BEFORE.match(text, start, end)
    return term.end() if term is not None and end - term.end() >= _MIN_CHARS else start


#: right before a counted kind, a verb of setting bodies up (园区新建工会38家): what was set up, a kind
_SET_UP_BEFORE_HEAD = re.compile(r"(?:新建|组建|新成立|成立|建立|建成|新增|创建|发展|培育)$")


def _named_before_its_head(idx: TokenIndex, start: int, head_start: int, lex: Lexicons) -> bool:
    """Whether the words of a name before its head hold a proper word (a place, a name) and no verb of
    setting bodies up ends them: one body (青溪县总工会3个), not a kind (园区新建工会38家)."""
    if _SET_UP_BEFORE_HEAD.search(idx.text, start, head_start):
        return False
    words = []
    for t in idx.tokens[idx.index_at(start) :]:
        if t.end > head_start:
            break
        if t.start >= start:
            words.append(t)
    return has_proper_word(words, lex)


def _no_one_body(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether a tagger's organisation names no one body: a count or a pointing word opens it
    (几家商贸公司, 该段党委: a phrase of a kind, the guideline's generic groups and anaphora), or it
    is the front of a post jieba reads as one word (宣传部|长, 统战部|长: the post is no department; but
    国防部|长 names the ministry, which the dictionary holds, orgs._bodies_inside_titles; and a
    body named before its head's post is one: 三亚市旅游局|长)."""
    text = idx.text
    if text.endswith("工会", start, end) and names_a_media(text, start, end) and end - start > 2 \
            and lex.knows_place(text[start : end - 2]):
        return True  # 甘肃工会　首页 > 市州动态, “烟台工会”APP: a union's site or app (orgs.MEDIA_AFTER)
    if _AWARD_END.search(text, start, end):
        return True  # “泰州市五一劳动奖章”: an award a place gives, no body (the guideline's honours)
    if no_one_union(text[start:end], lex) or every_level_before(text, start) or every_in_an_area(text, start):
        return True  # 县区总工会, 省直产业工会, 各区、|县总工会, 全区公立医院: the bodies of several places or kinds (orgs)
    head = org_head(text[start:end], lex)
    if head and counted_after(text, end) and not _named_before_its_head(idx, start, end - len(head), lex):
        return True  # 某园区新建工会38家，: how many of a kind there are, no one body (as orgs reads it;
        # but 获奖集体中，青溪县总工会3个: a body named by its place, then its count)
    if head and counted_places(text, start, end - len(head)):
        return True  # 三市|总工会, 鄂赣皖三省|工会: the body of each place counted, no one body
    first = idx.starting_at(start)
    after_place = idx.tokens[first].end if first is not None and idx.tokens[first].pos == "ns" \
        and idx.tokens[first].end < end else start  # 山东|一所职业学院: a count after the place, a body of it
    opening = _COUNTED_OPENING.match(text, after_place)
    i = idx.starting_at(after_place) if opening else None
    if i is not None and idx.tokens[i].pos in ("m", "r") and idx.tokens[i].end >= opening.end() \
            and not (i + 1 < len(idx.tokens) and idx.tokens[i + 1].pos == "q"):
        return True  # (not 八家|户 公司: a count and its measure word are a village's name)
    tok = idx.tokens[idx.index_at(end - 1)] if idx.tokens else None
    if tok is not None and start < tok.start < end < tok.end and tok.word in lex.roles \
            and not org_head(text[start:end], lex):
        return True  # 美国联邦参|议员: the span cuts into a post (参议员) and ends in no head: no
        # body (美国国防部|长 ends in its head 部, the ministry, as jieba reads 部长 as a word)
    return tok is not None and tok.start == start and tok.end > end and tok.word.endswith("长") \
        and (tok.word in lex.roles or tok.word[-2:] in lex.roles) and word_tag(tok.word[:-1]) != "nt"


def _title_trimmed(text: str, start: int, end: int, label: str, lex: Lexicons) -> tuple[int, int]:
    """A person span without the 副/总/正 that opens the title after it (王建总|经理 → 王建)."""
    if label == "PER" and end - start >= 3 and text[end - 1] in "副总正" and any(
            text.startswith(text[end - 1] + text[end : end + n], end - 1) and text[end - 1] + text[end : end + n] in lex.roles
            for n in (1, 2, 3)):
        return start, end - 1
    return start, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without punctuation or spaces at its ends (the model sometimes takes a closing
    bracket into a byline name: 沈立）)."""
    while start < end and not _NAME_CHAR.match(text, start):
        start += 1
    while end > start and not _NAME_CHAR.match(text, end - 1):
        end -= 1
    return start, end


#: jieba tags of words that never end a personal name: localisers, adverbs, particles, prepositions
_FUNCTION_TAGS = frozenset({"f", "d", "u", "uj", "ul", "uz", "y", "p", "c"})


#: a surname and a form of address: 杨师傅, 王大姐, 老李 is not among them (a familiar form, aliases)
_FAMILIAR_ADDRESS = re.compile(r"[\u4e00-\u9fff](?:" + "|".join(FAMILIAR_ADDRESSES) + ")")


def _plausible(idx: TokenIndex, start: int, end: int, label: str, lex: Lexicons,
               bodies: tuple[str, ...] = (), persons: tuple[tuple[int, int], ...] = (),
               person_names: frozenset[str] = frozenset()) -> bool:
    """Whether a tagger span should be proposed: a person span that is one dictionary word of
    another kind (唐诗, 常客) is not, nor a place the gazetteer knows (the grammar saw it and
    decided: 上海 in 上海职工). ``bodies``: the names of the grammar's organisations in the text;
    ``persons``: the tagger's person spans, ``person_names`` the grammar's persons, in the text."""
    if label == "PER":
        if _FAMILIAR_ADDRESS.fullmatch(idx.text, start, end) and idx.text[start] in lex.surnames:
            return False  # 杨师傅, 王大姐: a surname and a form of address name nobody (the guideline)
        i = idx.starting_at(start)
        tok = idx.tokens[i] if i is not None else None
        if tok is not None and tok.end == end and tok.pos == "t" and len(tok.word) == 3 and tok.word[0] in lex.surnames:
            return True  # 周恩来: a surname and two characters the dictionary calls a time word; time
            # words of that form (国庆节, 元宵节, 解放后) the tagger never reads as a person
        if tok is not None and tok.end == end and tok.pos not in _NAME_TAGS:
            # 国务委员罗干等, 书记强卫出席: right after a title and before the clause, the
            # tagger's name stands even where jieba knows the word as a place or a verb
            # (教练扎加洛今天, 总干事中岛宏博士: a title before it vouches for the name on its own);
            # so does a form of address or a verb of saying after it (老舍先生, 冰心老人, 桥本表示)
            return (_titled(idx.text, start, lex) or _title_follows(idx.text, end, lex)  # 周恩来总理, 周恩来同志
                    or bool(_ADDRESSED.match(idx.text, end)) or bool(_SAYS.match(idx.text, end))
                    or (_rare_word_of_a_name(tok, lex) and not any(tok.word in b for b in bodies)
                        and (tok.pos in _PROPER_WORD_TAGS or tok.word in person_names
                             or not _a_common_word_elsewhere(idx, start, end, persons))))
            # (伊利 of 伊利集团: a firm's short name, not a person; 高炉 of 4号高炉的出铁口, a noun of jieba's
            # the text writes as a word again where neither the tagger nor the grammar reads anyone: a
            # common noun; a proper word, 阿尔都塞 ns, names someone or something anyway)
        if tok is not None and tok.end == end and tok.pos == "nr" and len(tok.word) == 2 \
                and tok.word[0] in lex.surnames and tok.word not in person_names \
                and not _titled(idx.text, start, lex) and _a_common_word_elsewhere(idx, start, end, persons):
            return False  # 钟塔 nr to jieba, a tower: the tagger reads a person in 升旗台、钟塔、花坛 once,
            # and at neither of two other uses of the word (那座…的钟塔，钟塔顶部), nor does the grammar
        # 沙发上, 闻讯后, 衣服都: a common word and a function character after it, no name
        last = idx.tokens[i + 1] if tok is not None and i + 1 < len(idx.tokens) else None
        return not (tok is not None and last is not None and last.end == end and len(tok.word) >= 2
                    and tok.pos not in _NAME_TAGS and len(last.word) == 1 and last.pos in _FUNCTION_TAGS)
    if label in ("LOC", "ORG") and _governs_inside(idx, start, end):
        return False  # 马德海给自治区: a name, a preposition and its object are no one place
    if label == "LOC":
        form = idx.text[start:end]
        if not lex.knows_place(form):
            return True
        # a place the gazetteer knows the grammar saw and decided on, unless it set it aside as an
        # ordinary word only for jieba's tag: 合肥 and 烟台 are n to jieba, places to the tagger
        i = idx.starting_at(start)
        if i is not None and idx.tokens[i].end == end and ordinary_word(idx.tokens[i]):
            return True
        if _glued_over_an_edge(idx, start, end, lex):
            return True  # 梁子湖|畔, 纳粹|德国: jieba's word runs over the place's edge, so the
            # gazetteer, which reads whole words, never saw the place to decide on it
        # or jieba glued it to the word of a people or a style after it (法国人, 福建籍): a place
        # written as a modifier, a flat NER name but no Place of the graph (places.modifier_place)
        return before_modified_word(idx.text, Mention(start, end, form, "Place", form, "tagger"), lex)
    form = idx.text[start:end]
    if form in lex.words.get("generic_org_words", ()) or form in lex.words.get("not_body_words", ()):
        return False  # 中央银行, 居委会: a kind of body (the lexicon), the grammar's own call; 美国市场: none
    return not firm_of_a_country(form, lex)  # 日本公司: a kind of firm


def _glued_over_an_edge(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether jieba's word at either edge of ``[start, end)`` runs on past it and the word is
    a word glued before the place (首都北京, 原苏联 ns; 纳粹德国 nr), two places jieba does not
    split (法国巴黎, 上海浦东 ns, 吉林长春 nr: the other one the gazetteer knows) or the place and a
    localiser (梁子湖畔): not a common word made of a place (四川话 n, 蒙古包 nz, 敦煌学 nt), nor a
    place's name with a head of its own (青岛港, 武汉关, 北京西 ns: another name) or a character
    before it (下加利福尼亚州, 南加州, 大凉山 ns), nor a person's name that opens with one (拉萨尔
    nr, 马里诺·…), nor an idiom jieba calls a name (云雨巫山, 丹凤朝阳 nr), nor a place the
    gazetteer knows itself (its place the grammar read)."""
    tokens = idx.tokens
    if not tokens:
        return False
    glued = [tokens[k] for k in {idx.index_at(start), idx.index_at(end - 1)} if k is not None
             and (tokens[k].start < start or tokens[k].end > end)]
    text = idx.text
    return bool(glued) and all(
        (t.end == end and _glued_before_a_place(t, text[t.start : start], text[start:end], lex)
         or t.end == end + 1 and text[end] in _LOCALISERS
         or t.pos == "ns" and t.start == start and lex.knows_place(text[end : t.end]))
        and not lex.knows_place(t.word)
        and text[t.end : t.end + 1] not in _NAME_DOTS and text[t.start - 1 : t.start] not in _NAME_DOTS for t in glued)


def _glued_before_a_place(t: Token, before: str, place: str, lex: Lexicons) -> bool:
    """Whether jieba's word ``t``, ``before`` and then ``place``, is the place with a word before it.
    A place word (ns) is, unless one character glued before the place forms another place's name
    with it (下加利福尼亚州, 南加州, 东柏林, 大凉山, 长白山: jieba's dictionary holds hundreds); only a
    word of time (原苏联, 古罗马) qualifies the same place. A name word (nr) holds a place only where
    it opens with a province (吉林长春), or with a word of two characters or more before a country
    (纳粹德国, 德裔瑞士): not a person's name (丁西林, 哈加纳) nor an idiom (云雨巫山, 丹凤朝阳,
    包罗万象), whose second half is a county's or a city's name."""
    if t.pos == "ns":
        return len(before) > 1 or before in _TIME_QUALIFIERS
    if t.pos in ("nr", "nrt"):
        return len(before) > 1 and (place_level(before, lex) == "province" or place_level(place, lex) == "country")
    return False


#: one-character words of time jieba glues before a place, which stays the same place (原苏联, 古埃及)
_TIME_QUALIFIERS = frozenset("原古")


#: one-character localisers jieba glues to a place (梁子湖畔, 长江边)
_LOCALISERS = frozenset("畔边里内外上下旁")
#: the dots of a transliterated name (马里诺·扎诺蒂): a word beside one is part of a person's name
_NAME_DOTS = frozenset("·•．")


def _a_common_word_elsewhere(idx: TokenIndex, start: int, end: int, persons: tuple[tuple[int, int], ...]) -> bool:
    """Whether the word at ``[start, end)`` stands as a word of its own at least twice elsewhere in
    the text, and the tagger reads a person at none of them (守着高炉的…, 高炉前, 高炉一天不停): the
    text uses it as a common word, and its one reading as a name is the tagger's slip."""
    text = idx.text
    word = text[start:end]
    others = 0
    at = text.find(word)
    while at >= 0:
        if at != start:
            if any(s < at + len(word) and at < e for s, e in persons):
                return False  # read as a name there too
            k = idx.starting_at(at)
            others += k is not None and idx.tokens[k].end == at + len(word)
        at = text.find(word, at + 1)
    return others >= _COMMON_USES


#: how often a text must use a word as a common word elsewhere for the tagger's one reading of it
#: as a name to fall
_COMMON_USES = 2


#: how often jieba's dictionary may count a place word that the tagger reads as a person's name,
#: for the name to stand without a title or context to vouch for it (巴金 88, 里根 97, 扎加洛 3:
#: names jieba happens to list as places; 哥哥 is counted 4,323 times)
_RARE_WORD = 300
#: jieba's word classes of places and other proper words
_PROPER_WORD_TAGS = frozenset({"ns", "nz"})
#: … and of rare words of two characters that are often names (利维, 桥本, 樱内 n; 舒建 a); a rare
#: noun of three is no name for that (肖像权, 樟子松)
_SHORT_NAME_WORD_TAGS = frozenset({"n", "a"})


def _rare_word_of_a_name(tok: Token, lex: Lexicons) -> bool:
    """Whether a dictionary word the tagger reads as a person is a rare proper word of jieba's, or a
    rare noun or adjective of two characters, that the gazetteer does not know as a place (甘孜 it
    does): jieba lists many foreign names and pen names as places or nouns (巴金, 里根, 桥本).
    (Full names jieba files as time words, 周恩来, :func:`_plausible` takes before.)"""
    proper = tok.pos in _PROPER_WORD_TAGS or tok.pos in _SHORT_NAME_WORD_TAGS and len(tok.word) == 2
    return (proper and word_frequency(tok.word) < _RARE_WORD
            and not lex.knows_place(tok.word))


#: prepositions that govern what follows them: inside a span they end the name before them
_PREPOSITIONS = frozenset("给在对向把被从跟为让")


def _governs_inside(idx: TokenIndex, start: int, end: int) -> bool:
    """Whether a one-character preposition stands inside ``[start, end)`` after a person's name."""
    i = idx.starting_at(start)
    if i is None or idx.tokens[i].pos not in ("nr", "nrfg"):
        return False
    for tok in idx.tokens_from(i + 1):
        if tok.start >= end:
            return False
        if tok.pos == "p" and tok.word in _PREPOSITIONS and tok.end < end:
            return True
    return False


def _listed_with_a_person(text: str, c: Mention, around: list[tuple[int, int, str]]) -> bool:
    """Whether ``c`` is an item of a list (、) right beside a person the tagger reads (牛建国、杜鹃)."""
    return any(label == "PER" and (e == c.start - 1 and text[e] == "、" or s == c.end + 1 and text[c.end] == "、")
               for s, e, label in around)


#: the levels of the gazetteer's places a person's hometown may be (not a country: 英国|应不应|支援)
_HOME_LEVELS = frozenset({"province", "prefecture", "county", "town", "township", "district"})
#: characters of a clause's function words, which no given name after a hometown holds (应不应)
_NOT_GIVEN_CHARS = frozenset("不没也都就才又很把被将")


def _a_home_place(c: Mention, lex: Lexicons) -> bool:
    """Whether ``c`` may be a person's hometown before their name: a place of China's map the
    gazetteer knows below the country (河北, 石家庄, 睢县), or one the place grammar reads with a
    level's head (城东村, 红旗乡): not a dictionary word (哥哥 is ns to jieba), nor a country."""
    if c.source == "gazetteer":
        return place_level(c.name, lex) in _HOME_LEVELS
    return c.source == "place-grammar" and c.text[-1] in _PLACE_HEAD_CHARS
#: what may follow a name introduced by its hometown: a list's mark, the end of a clause, 的, 等
_AFTER_HOMETOWN_NAME = frozenset("、，。；：！？的等（(")
#: the one-character heads of places (新北乡|沙边子|村): no given name ends on one, none follows one
_PLACE_HEAD_CHARS = frozenset(DIVISION_LEVEL_CHARS + "村庄屯寨街路")


def _hometown_name(idx: TokenIndex, c: Mention, lex: Lexicons) -> bool:
    """Whether ``c``, a word jieba does not know right after a place (河南睢县|靳中堂、, 石家庄|马小强等,
    城东村|殷秀芳租了), reads as a person introduced by where they come from: a surname and a given
    name of two (three characters in all: 延边|敖东, a place's own word, has no given name of two),
    and then a list's mark, the end of a clause, 的 or 等, or a verb. A place's head after it
    (新北乡|沙边子|村) or a body's (延边|敖东队) makes it a name of that place or body instead."""
    text = idx.text
    if len(c.text) != 3 or text[c.start] not in lex.surnames or text[c.start:c.start + 2] in lex.compound_surnames:
        return False
    if org_head(c.text, lex) or c.text[-1] in _PLACE_HEAD_CHARS or _NOT_GIVEN_CHARS.intersection(c.text[1:]):
        return False
    if c.end >= len(text) or text[c.end] in _AFTER_HOMETOWN_NAME:
        return True
    k = idx.starting_at(c.end)
    return k is not None and idx.tokens[k].pos in ("v", "vd") and text[c.end] not in _PLACE_HEAD_CHARS


#: how often jieba counts a verb for it to be a common one (回天 28: a name's word)
_RARE_VERB = 50
#: prepositions and verbs of being somewhere after which a place's name comes (在解放路, 到胜利乡)
_BEFORE_A_NAMED_PLACE = frozenset("在到于往向从自至赴经")
#: the marks between the items of a list of names
_LIST_MARKS = frozenset("、和与及")


def _a_kind_of_place(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether the words of ``[start, end)`` before its place head are whole common words, none proper (a
    place, a name, an unknown word, an abbreviation: has_proper_word) and none quoted or numbered
    (第三村, “小岗”村): 专利|村, 养龟|专业|乡, 港口|城市 say what kind of place, they name none."""
    text = idx.text
    head = next((text[end - n : end] for n in range(min(4, end - start - 1), 0, -1)
                 if text[end - n : end] in lex.place_heads), None)
    if head is None:
        return False
    hs = end - len(head)
    if _NAMING_MARKS.search(text, start, hs):
        return False
    i = idx.starting_at(start)
    if i is None:
        return False
    body = []
    for tok in idx.tokens_from(i):
        if tok.end > hs:
            if tok.start < hs:
                body.append(tok)  # (专利村 may be one word to jieba: the word then holds the head)
            break
        body.append(tok)
    if not body or has_proper_word(body, lex) or names_a_feature(body):
        return False  # (琅琊山|景区: a mountain's name jieba tags a verbal noun names the site)
    if len(body) == 1 and body[0].pos in ("v", "vd") and word_frequency(body[0].word) < _RARE_VERB:
        return False  # 回天|地区: one rare word jieba reads as a verb is a name (as places._opaque_word)
    if body[0].pos in ("v", "vd") and (start == 0 or text[start - 1] in _BEFORE_A_NAMED_PLACE
                                       or not _HAN.match(text, start - 1)):
        return False  # 解放|街道开展…, 住在|解放路: a verb opening a clause or after a preposition is
        # no clause's verb governing the head (听取|自治区, 了解|街道) but a name's word
    return all(tok.pos not in _NAME_LIKE_TAGS and word_frequency(tok.word) for tok in body)


def _titled(text: str, start: int, lex: Lexicons, kinds: tuple[str, ...] = ("leader", "profession", "honour")) -> bool:
    """Whether a title (a leader's post, a profession or an honour) ends right before ``start``."""
    return any(lex.roles.get(text[start - n : start]) in kinds for n in range(min(5, start), 1, -1))


def _title_follows(text: str, end: int, lex: Lexicons) -> bool:
    """Whether a leader's title or 同志 follows ``end`` (周恩来总理, 周恩来同志)."""
    return text.startswith("同志", end) or any(
        lex.roles.get(text[end : end + n]) == "leader" for n in range(2, 5))


def _glued_to_a_body_after(idx: TokenIndex, c: Mention, lex: Lexicons) -> bool:
    """Whether the person ``c`` opens jieba's HMM word of a name, its verb and a level
    (孟庆华作市), and a body's name runs on from the level (市|总工会)."""
    i = idx.starting_at(c.start)
    if i is None or not name_and_verb_glued_to_a_level(idx.tokens[i], lex):
        return False
    return i + 1 < len(idx.tokens) and org_head(idx.text[idx.tokens[i].end - 1 : idx.tokens[i + 1].end], lex) != ""


def reconcile(candidates: list[Mention], spans: list[tuple[int, int, str]], idx: TokenIndex,
              lex: Lexicons) -> list[Mention]:
    """The grammar's candidates and the tagger's, with those the two disagree on settled.

    Linear in the text: each candidate looks only at the tagger spans near it."""
    text = idx.text
    spans = sorted((*_title_trimmed(text, *_trimmed(text, s, e), label, lex), label) for s, e, label in spans)
    starts = [s for s, _, _ in spans]
    longest = max((e - s for s, e, _ in spans), default=0)

    def near(a: int, b: int) -> list[tuple[int, int, str]]:
        """The spans that overlap ``[a, b)``."""
        lo = bisect.bisect_left(starts, a - longest)
        hi = bisect.bisect_left(starts, b)
        return [sp for sp in spans[lo:hi] if sp[1] > a and sp[0] < b]

    kept: list[Mention] = []
    kinds: list[tuple[int, int]] = []  # the kinds of bodies dropped (房地产交易中心)
    # where the grammar's places end: a person introduced by where they come from follows one
    place_ends = {c.end for c in candidates if c.type == "Place" and _a_home_place(c, lex)}
    # where places begin and end: an item of a list of places is one (柳城街道、公平街道)
    place_spans = [(c.start, c.end) for c in candidates if c.type == "Place"]
    listed_ends = {e for _, e in place_spans}
    listed_starts = {s for s, _ in place_spans}
    # where the gazetteer knows a place: the tagger's person there (曲|靖) opens a body's name as its place
    gazetteer_places = {(c.start, c.end) for c in candidates if c.type == "Place" and c.source == "gazetteer"}
    # … and its name without its level (玛纳斯|县): the tagger's person there, with the body it reads
    # from the level on (县|某某棉业有限公司), is the county that opens the body's name
    gazetteer_places.update((c.start, c.end - 1) for c in candidates if c.type == "Place" and c.source == "gazetteer"
                            and c.end - c.start >= 3 and text[c.end - 1] in DIVISION_LEVEL_CHARS)
    for c in candidates:
        around = near(c.start, c.end)
        persons = [(s, e) for s, e, label in around if label == "PER"]
        # the tagger reads a person over the whole candidate
        # (each any() below only where its list holds something: most candidates have no span near)
        tagger_person = bool(persons) and any(s <= c.start and c.end <= e for s, e in persons)
        bounded = c.type == "Person" and (c.source in _BOUNDED_PERSONS or c.source == "person-same-name"
                                          and is_minority_name(c.text, lex))
        if not (c.source == "byline" or bounded and c.source not in _CROSSABLE_BY_TAGGER) and around \
                and any(_crosses(c, s, e) for s, e, label in around if c.type in ("Person", "Place") or label == "PER"):
            continue
        if c.type == "Person" and c.source != "byline" and _names_run_together(text, c, persons):
            continue  # 王丙乾王汉斌王光英（回族）: a list of names whose separators were lost, read as
            # one name up to the bracket; the tagger sees each name, and they stand instead
        if c.type == "Person" and c.source in _DICTIONARY_PERSONS and not tagger_person \
                and not _titled(text, c.start, lex, ("leader",) if c.source != "person-unknown-word" else _PERSON_TITLES) \
                and not (text.endswith("的", 0, c.start) and _SAYS.match(text, c.end)) \
                and not _AGED.search(text, max(0, c.start - 10), c.start) \
                and not (any(s == c.start for s, _ in persons) and _and_ends(idx, c)) \
                and not (_listed_with_a_person(text, c, near(c.start - 8, c.end + 8))
                         and not lex.knows_place(c.text)) \
                and not (c.source == "person-unknown-word" and c.start in place_ends
                         and _hometown_name(idx, c, lex)) \
                and not (c.source == "person-unknown-word" and _glued_to_a_body_after(idx, c, lex)):
            continue  # a dictionary word read as a name (唐诗, 常客) that the tagger does not see as
            # one; a leader's title before it vouches for it (公安局局长关治瀛; not 记者|慕名前往), any
            # title for a word jieba does not know (注册会计师|龙一帆, 选手|文卓), and
            # so do 某厂的江虹说 (someone of a body who speaks), 今年32岁的柯思雨 (an age) and
            # 牛某、杜鹃当选 (a list item beside a name the tagger reads; not a country the gazetteer
            # knows: 总统某某、阿尔巴尼亚总理某某); nor a name glued to its verb and the level of a body
            # (孟庆华作市|总工会工作报告), where the tagger reads one body over all
        if c.type in ORG_TYPES and around and c.source not in (QUOTED_UNIT_SOURCE, TABLE_UNIT_SOURCE) \
                and any(label == "ORG" and e == c.end and c.start < s
                                       and (_common_words(idx, c.start, s, lex)
                                            or ((_clause_before(idx, c.start, s, lex)
                                                 or any(c.start <= ps and pe <= s and (ps, pe) not in gazetteer_places
                                                        for ps, pe in persons))
                                                and not org_head(text[c.start : s], lex)
                                                and _balanced(text[s:e])))
                                       and _typed(text, s, e, label, lex) is not None
                                       and not _edition_of_an_event(text, c.start, s)
                                       and not _inside_a_head_word(idx, s, lex)
                                       and not fields_joined_before(idx, c, s, lex)
                                       and not _opens_after_a_byline(idx, c.start)
                                       for s, e, label in around):
            continue  # 被选为|全国人大常委会, 厂商|浪潮集团, 原告|南县新能综合经营部: the grammar ran the name
            # back over common words before it, where the tagger starts it; or over a clause
            # (李华决定创办|育才技术学校, 兼|县粮食局, 本报讯自|公安部), or over a person's name the
            # tagger sees (关键|王廷帅|徐州华润电力公司: a list of people and their bodies; not a branch after its firm:
            # 吉运快递有限公司|朝阳营业部; nor a place the gazetteer knows and the tagger takes for a person:
            # 曲靖|某某零部件有限公司 in a table's cell; a studio's or team's whole quoted name is bounded
            # by its quotes: “全国劳动模范某某创新工作室”; nor the first of two fields a 与 joins in one
            # body's name: 数学与|信息科学学院)
        if c.type in _KIND_TYPES and c.source in GRAMMAR_SOURCES and not c.region_short and not c.reference \
                and not any(label in ("ORG", "LOC") for _, _, label in around) and _a_kind_by_its_words(idx, c, lex):
            kinds.append((c.start, c.end))
            continue  # 房地产公司, 服装加工厂: a kind of body that only jieba's tag of a common word
            # (房地产 j, 加工厂 nt) made a name, where the tagger sees no name at all
        if c.type == "Place" and c.source == "place-dictionary" and not any(
                label == "LOC" and s <= c.start and c.end <= e for s, e, label in around):
            continue  # 西瓜: a word jieba's dictionary tags a place, no place the tagger sees there
        if c.type == "Person" and c.source == "person-same-name" and _a_common_word(idx, c) and not tagger_person:
            continue  # 金属膜 nz, 党支部 j: a common word taken for a name somewhere else in the text,
            # repeated where the tagger sees no person (after this loop, copies whose every
            # original reading fell go too: the two checks judge a copy where it is and by its source)
        if c.type == "Person" and c.source == "person-context" and _function_word_opens(idx, c) \
                and not any(s < c.end and c.start < e for s, e in persons) \
                and not _surname_cut_off_a_name(idx, c, lex):
            continue  # 发言人|谈明年, 总统|曾下令, 总统|于去年: after a title, a verb or a function word
            # jieba cuts off alone, where the tagger sees no person (a name it sees: 市长应勇)
        if c.type == "Person" and c.source == "person-context" and _common_word_opens(idx, c, lex) \
                and not any(s < c.end and c.start < e for s, e in persons):
            continue  # 教师|周转|房, 南非|前总统: a common word or a place of two opens the three characters
            # the title made a name of, and the tagger sees no person (司空|图: a compound surname)
        if c.type == "Person" and not bounded and _an_organisations_word(idx, c) and not tagger_person:
            continue  # 国大党|主席: a word jieba's dictionary knows as an organisation's name, before a
            # title, and no person to the tagger
        if c.type == "Person" and not bounded \
                and any(s == c.start and e < c.end for s, e in persons) \
                and not _and_ends(idx, c) and not (c.source == "person-context" and len(c.name) == 3 and bound_last_char(idx, c.end)):
            continue  # 王思报: the tagger ends the name earlier (not where a byline or a credit
            # label says where the name ends: 审核：乌云其其格, nor before a 和 a verb follows: 孟庆和当选)
        if c.type != "Person" and persons and any(s == c.start and e < c.end and _CLAUSE_AFTER_PERSON.match(text, e)
                                      for s, e in persons):
            continue  # 李华出席开幕式: a person, then the clause
        if c.type == "Place" and c.source == "place-grammar" and not around and _a_clause_before_the_head(idx, c, lex):
            continue  # 建设|高速铁路, 依法管理|流域, 列车上|高速铁路: a verb or a localiser
            # before the head, where the tagger sees no place at all, is a clause about such
            # places, not one place's name (the seed page's 回天|地区 is one: a rare word)
        if c.type == "Place" and c.source == "place-grammar" and not c.parts \
                and not any(label in ("LOC", "ORG") for _, _, label in around) and _a_kind_of_place(idx, c.start, c.end, lex) \
                and not (c.start - 1 in listed_ends and text[c.start - 1] in _LIST_MARKS
                         or c.end + 1 in listed_starts and text[c.end : c.end + 1] in _LIST_MARKS):
            continue  # 主要街道, 归乡路: common words before a place's head say what kind of place it
            # is, where the tagger sees no place at all (a village named by a common word, 光明村, is
            # one to the tagger; so is an item of a list of places: 柳城街道、公平街道)
        if c.type == "Place" and c.source == "place-grammar" and c.parts and len(c.parts) == 2 \
                and not any(label in ("LOC", "ORG") and e > c.parts[1][0] for _, e, label in around) \
                and not any(c.text.endswith(z) for z in lex.zone_heads) \
                and _a_kind_of_place(idx, c.parts[1][0], c.end, lex):
            cut = c.parts[0][1]  # 山东|专利村, 比如县|重灾乡: the place, then the kind of place it has
            # or is (no place of its own: the tagger sees none there): the place stands alone
            c = replace(c, end=cut, text=text[c.start:cut], name=clean_name(text[c.start:cut]), parts=None)
        if c.type == "Place" and c.source == "place-grammar" and not c.parts:
            cut = _place_before_a_common_word(idx, c, around, lex)
            if cut is not None:
                c = replace(c, end=cut, text=text[c.start:cut], name=clean_name(text[c.start:cut]))
        if c.type == "Place" and (c.start, c.end) in persons and (
                _titled(text, c.start, lex) or _ADDRESSED.match(text, c.end)):
            continue  # 厂长金山等: after a title, the tagger's person, not the place of that name (and
            # before a form of address: 马德里先生)
        if c.type == "Place" and c.source == "gazetteer" and not c.parts \
                and (end := _head_after(text, c, around, lex)) is not None:
            state = _STATE_FORMS.fullmatch(text, c.end, end) is not None and place_level(c.name, lex) == "country"
            # (尼泊尔王国 is 尼泊尔: the country under its written full name, an alias of it)
            c = replace(c, end=end, text=text[c.start : end], name=clean_name(text[c.start : end]),
                        place=c.place if state else None, canonical=c.key if state else None,
                        resolution="state-full-name" if state else c.resolution)
        if c.type == "Place" and c.source == "place-grammar" and (
                not c.parts or len(c.parts) == 2 and text[c.parts[0][1]] in DIVISION_LEVEL_CHARS):
            cut = _town_then_village(text, c, around)
            if cut is not None and (not c.parts or cut == c.parts[0][1] + 1):
                c = replace(c, parts=[[c.start, cut], [cut, c.end]])  # (柳河|镇石门村: the level is the
                # town's own, 柳河镇|石门村, not a village's of the county 柳河)
        if c.type == "Place" and not c.parts and _one_character_before(idx, c, around, lex):
            c = replace(c, start=c.start - 1, text=text[c.start - 1 : c.end], name=clean_name(text[c.start - 1 : c.end]),
                        place=None)
        kept.append(c)
    if kinds:  # … and the head words inside them (交易中心 of 房地产交易中心): the same kind
        kept = [c for c in kept if c.type not in _KIND_TYPES or not any(s <= c.start and c.end == e for s, e in kinds)]
    # another occurrence of a word of the dictionary stands or falls with the reading that found
    # it: where every reading of 雷达 the propagation copied was a dictionary word the tagger does
    # not see as a person (实施雷达管制, 新版卢布), its copies name no one either (a name the
    # dictionary does not hold, 方鸣, keeps its copies: nothing else found it)
    vouched = {c.text for c in kept if c.type == "Person" and c.source != "person-same-name"}
    vouched.update(text[s:e] for s, e, label in spans if label == "PER")
    kept = [c for c in kept if c.source != "person-same-name" or c.type != "Person" or c.text in vouched
            or not word_frequency(c.text)]
    person_names = frozenset(c.text for c in kept if c.type == "Person")
    bodies = tuple({c.text for c in kept if c.type in ORG_TYPES})
    names = sorted((c for c in kept if c.type not in ("Person", "Event")), key=lambda c: c.start)
    name_starts = [c.start for c in names]
    longest_name = max((len(c) for c in names), default=0)

    def names_near(a: int, b: int) -> list[Mention]:
        """The grammar's names other than persons and events that overlap ``[a, b)``."""
        lo = bisect.bisect_left(name_starts, a - longest_name)
        hi = bisect.bisect_left(name_starts, b)
        return [c for c in names[lo:hi] if c.end > a and c.start < b]
    named = bytearray(len(text) + 1)  # characters inside a grammar name other than a person's
    places = bytearray(len(text) + 1)  # … of which inside a place
    for c in kept:
        if c.type != "Person":
            named[c.start : c.end] = b"\x01" * (c.end - c.start)
            if c.type == "Place":
                places[c.start : c.end] = b"\x01" * (c.end - c.start)
    bylines = [(c.start, c.end) for c in candidates if c.source == "byline"]
    ethnic_groups = lex.words.get("ethnic_groups", frozenset())
    tagged_persons = tuple((s, e) for s, e, label in spans if label == "PER")
    for s, e, label in spans:
        if not _MIN_CHARS <= e - s <= _MAX_CHARS or not _plausible(idx, s, e, label, lex, bodies, tagged_persons,
                                                                       person_names):
            continue
        if label == "PER" and any(bs < e and s < be and (bs, be) != (s, e) for bs, be in bylines):
            continue  # （克平海友伟方）: the byline says where its names end, not the tagger's one name
        if label != "PER" and _inside_an_ethnic_group(text, s, e, ethnic_groups):
            continue  # 是|哈萨|克族: part of a nationality's name (ethnic_groups.txt), no place or body
        if label != "PER" and any(named[s:e]) and not (label == "ORG" and (
                _only_places_inside(named, places, s, e) or _places_then_a_body(names_near(s, e), s, e)
                or _parties_joined_by_a_dash(text, names_near(s, e), s, e)
                or _a_body_then_its_unit(idx, names_near(s, e), named, s, e, spans, lex))):
            continue  # the grammar has a name here: its heads and boundaries stand (but an
            # organisation may be named after places: 北京石景山|发电总厂, 美国|财政部长)
        if label == "PER" and _names_a_nationality(text, s, e, ethnic_groups):
            continue  # 维吾尔、哈萨克、…等民族: a nationality's name, no person
        if label == "PER" and names_no_person_here(text, s, e):
            continue  # 邓小平理论, 《邓小平文选》, 学雷锋: no person taking part
        if label == "ORG":
            end = _one_body_end(idx, s, e, lex)
            if end is None:
                continue
            s, e = _after_a_term(text, s, end), end
            i = idx.starting_at(s)
            if i is not None and idx.tokens[i].end < e and name_glued_to_its_verb(idx.tokens[i], lex):
                # 孟庆华作|医院工会工作报告: the HMM glued the subject's name and its verb; the name is the
                # person's, and what follows the verb (医院工会, a body by its kind) the grammar's to read
                name_end = idx.tokens[i].end - 1
                if not _names_a_nationality(text, s, name_end, ethnic_groups):
                    kept.append(Mention(s, name_end, text[s:name_end], "Person", text[s:name_end], "tagger",
                                        priority=Priority.TAGGER))
                continue
        if label == "PER":
            s, e = _person_core(idx, s, e, lex)
            s = _surname_opening_a_clause(text, s, e, lex)
        else:
            e = _before_a_split_word(idx, s, e, lex)
        if e - s < _MIN_CHARS:
            continue
        if label == "PER" and e - s == 3 and text[s] in lex.surnames and _verb_opens_at(text, e - 1, lex):
            e -= 1  # 孙丽带|队, 孙强荣|获: the last character opens the verb after the name (a
            # surname and three characters only: 铁木尔·达瓦买提|出席 keeps its 提)
        elif label == "PER" and e - s == 3 and text[s] in lex.surnames and _glued_to_a_word_after(idx, e):
            e -= 1  # 赵实欣|然, 江洪功|不可没: jieba reads the last character with what follows as
            # one common word (欣然, 功不可没), which no given name ends inside
        elif label == "PER" and e - s >= 3 and (cut := _common_word_after_a_name(idx, s, e, lex)) is not None:
            e = cut  # 赵明|能将, 杜邦|就曾, 亨特|魁梧: jieba reads a name, then a function word or a
            # common adjective or verb as a word of its own, which the tagger ran the name on into
        type_ = _typed(text, s, e, label, lex)
        if label in ("LOC", "ORG") and _a_foreign_person_by_title(text, s, e, lex):
            type_ = "Person"  # 教练|福特纳, 检察官|维基奥内: a transliterated name after a person's title
        if type_ == "Organization" and _branch_of_a_company(text, names_near(s, e), s, e, lex):
            type_ = "Company"  # 某供电局|用电分局: a branch of an enterprise is one (the guideline)
        form = text[s:e]
        if label == "ORG" and form in person_names:
            type_ = "Person"  # 万宝瑞：… in an interview: the tagger's body is a person the article names
        if type_ is None:
            continue
        kept.append(Mention(s, e, form, type_, clean_name(form), "tagger", priority=Priority.TAGGER))
    return kept


def _names_a_nationality(text: str, s: int, e: int, groups: frozenset[str]) -> bool:
    """Whether a person's span is a nationality's name (ethnic_groups.txt), with 族 or without it: of
    three characters or more (哈萨克, 柯尔克孜), or in a list of them or before 族 (高山 alone is a name)."""
    span = text[s:e]
    if span in groups:
        return True
    if span + "族" not in groups:
        return False
    if len(span) >= 3 or text[e : e + 1] == "族":
        return True
    # 白、苗、傈僳、景颇等: a list of nationalities, the item beside it one too (not 莱莉和布朗、俄罗斯队的…)
    before = re.search(r"([^、，。；：\s]{1,5})、$", text[max(0, s - 7) : s])
    after = re.match(r"、([^、，。；：等和\s]{1,5})", text[e : e + 7])
    return any(m is not None and (m.group(1) in groups or m.group(1) + "族" in groups) for m in (before, after))


def _inside_an_ethnic_group(text: str, s: int, e: int, groups: frozenset[str]) -> bool:
    """Whether ``text[s:e]`` lies inside a nationality's name written there (哈萨 of 哈萨克族)."""
    if "族" not in text[s : e + 4]:
        return False
    for g in groups:
        for k in range(max(0, e - len(g)), s + 1):
            if text.startswith(g, k) and k + len(g) >= e:
                return True
    return False


#: the organisation types a kind of body may be mistaken for
_KIND_TYPES = frozenset({"Company", "Organization"})
#: what opens no name's own words: quote marks, brackets, a number (第五建筑公司, “春蕾”公司)
_NAMING_MARKS = re.compile(r"[“”\"《》（）()0-9０-９一二三四五六七八九十○〇第A-Za-zＡ-Ｚａ-ｚ]")


def _a_kind_by_its_words(idx: TokenIndex, c: Mention, lex: Lexicons) -> bool:
    """Whether an organisation's words before its head are common words, none a place, a person's
    or an unknown word, a number or a quoted word, and jieba's tag of a trade or an institution word
    is all that made it a name: a frequent short form (房地产 j, 中介 j) or a kind of body the
    dictionary glued to the head (服装|加工厂 nt, 房地产|交易中心 nt). A name the dictionary holds
    whole (人民日报, 证券交易所), a body's name before the head (人民日报|代表团, 中共中央|代表团), a
    brand (新世纪 nz) and a government department, named by what it administers (规划|国土局), are names."""
    text = idx.text
    head = org_head(c.text, lex)
    hs = c.end - len(head)
    if not head or hs <= c.start or head.endswith(_GOVERNMENT_HEAD_ENDS) or _NAMING_MARKS.search(text, c.start, hs):
        return False
    i = idx.starting_at(c.start)
    if i is None or idx.tokens[i].end >= c.end:
        return False
    common = False
    for tok in idx.tokens_from(i):
        if tok.start >= hs:
            break
        w = tok.word
        if lex.knows_place(w) or w in REGION_WORDS or len(w) == 1:
            return False
        if tok.end > hs and tok.pos == "nt" or tok.end <= hs and tok.pos == "j" and w[-1] not in _BODY_FINALS \
                and word_frequency(w) >= _FREQUENT_SHORT_FORM:
            common = True  # 加工厂 over the head 厂; 房地产, 中介 before it
        elif tok.pos in PROPER_POS:
            return False
    return common


#: the ends of the heads of government departments, named by what they administer (规划|国土局, 文体|广电局)
_GOVERNMENT_HEAD_ENDS = ("局", "厅", "署", "委员会", "办公室", "部", "委", "办")
#: how often jieba counts a short form (j) for it to be a trade's word (房地产 1603, 中介 606, 中小 587),
#: not one body's or firm's (一汽 71, 伊化)
_FREQUENT_SHORT_FORM = 300
#: the last characters of jieba's short names of bodies (欧盟, 国台办, 纪委, 中共)
_BODY_FINALS = frozenset("盟办委会局部所社院团署共")


#: word classes of the words a name may end inside (jieba glues a name's end to what follows)
_NAME_LIKE_TAGS = frozenset({"un", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "eng", "x", "m"})


#: how often jieba's dictionary counts a word for no name to end inside it
_FREQUENT_WORD = 1000


def _before_a_split_word(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> int:
    """Where a place or organisation span of the tagger ends: before a common word it would split
    (宾川县大|量务工人员 → 宾川县: 大量, a frequent word of two characters, is no name's end; jieba's
    rarer glued words are: 前营|村农民, 天|山脚下), unless the span
    ends in an organisation's head whose last character opens a title (财政部|长)."""
    k = idx.index_at(end - 1)
    tok = idx.tokens[k] if idx.tokens else None
    if tok is not None and start < tok.start < end < tok.end and tok.pos not in _NAME_LIKE_TAGS \
            and len(tok.word) == 2 and word_frequency(tok.word) >= _FREQUENT_WORD \
            and not org_head(idx.text[start:end], lex):
        return tok.start
    return end


#: characters that end no three-character name: a copula, particles, a preposition (崔嵩是|班长), 携 (赵超携|夫人)
_NOT_NAME_LAST = frozenset("是的了在携")


def _a_word_and_a_surname(text: str, start: int, at: int, lex: Lexicons) -> bool:
    """Whether the dictionary's noun ``text[start:at + 1]`` is a word of two or more characters and
    the surname at ``at`` glued to it (客户王 of 客户王|永胜, 秘书科 of 秘书科|罗切尼亚: entries jieba
    lists, a word and the name that often follows it), not one word whose last character the tagger
    took for a surname (将军 of 将|军林遵)."""
    return at - start >= 2 and text[at] in lex.surnames and word_tag(text[start:at]) is not None


def _person_core(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> tuple[int, int]:
    """A person span of the tagger without a noun's last character before it or a function
    character after it: 将|军林遵 → 林遵 (jieba's word 将军 ends inside the span, a surname
    follows; 将|军林 is no name at all: an empty span), 崔嵩是 → 崔嵩 (是 ends no name), 冯阿|姨 →
    冯 (阿 opens the form of address 阿姨; one character, so no name)."""
    text = idx.text
    k = idx.index_at(start)
    tok = idx.tokens[k] if idx.tokens else None
    if tok is not None and tok.start < start < tok.end and word_tag(text[tok.start : start + 1]) == "n" \
            and not _a_word_and_a_surname(text, tok.start, start, lex):
        # the span opens on the last character of a noun jieba cut across it: the name starts
        # after that noun, if a surname opens it there and two characters remain; else none
        if end - start >= 3 and text[start + 1] in lex.surnames:
            return start + 1, end
        return start, start
    if end - start == 3 and text[start] in lex.surnames and text[end - 1] in _NOT_NAME_LAST:
        end -= 1
    titles = lex.words.get("person_titles", frozenset())
    if any(text[end - 1 : end + n] in titles for n in (1, 2)):
        end -= 1  # 冯阿|姨: the span's last character opens the form of address after it
    return start, end


#: surnames that are also conjunctions (和丽萍): jieba and the tagger read the character as the
#: word, and the tagger names the given name alone
_CONJUNCTION_SURNAMES = frozenset("和")
#: what ends the clause before a word, so that a conjunction there has nothing to join
_CLAUSE_ENDS = frozenset("，。；：！？、\n“”")
#: what follows a preposition's object (和丽萍|一起): 和 is then the preposition "with"
_WITH_WHOM = re.compile(r"一起|一道|一同|共同|同志|交流|合作|见面|握手|商量|交谈|谈心|一样|相比|相同|不同")


def _surname_opening_a_clause(text: str, start: int, end: int, lex: Lexicons) -> int:
    """Where a person span of the tagger opens when it is a bare given name (丽萍: no surname
    opens it) after 和 at the start of a clause (，和丽萍当选为副主任): a conjunction there joins
    nothing, so 和 is the surname (but ，和丽萍一起…: the preposition "with")."""
    if end - start == 2 and start >= 1 and text[start - 1] in _CONJUNCTION_SURNAMES and text[start] not in lex.surnames \
            and (start == 1 or text[start - 2] in _CLAUSE_ENDS) and not _WITH_WHOM.match(text, end):
        return start - 1
    return start


#: word classes of a one-character word that opens no name where jieba cuts it off alone
_CUT_OFF_OPENER_TAGS = frozenset({"p", "d", "r", "v", "c"})


#: a team after the body or club it plays for (四川全兴|队, 中国羽毛球|男队)
_TEAM = re.compile(r"(?:男|女)?队")
#: heads of a body's departments, named with their body only as where a person works (经济管理系, 外科, 办公室)
_DEPARTMENT_HEADS = frozenset({"系", "科", "室", "处", "办公室", "组"})
#: characters after a body that name no unit of it: an unnamed one (某汽车团), a post held besides (委员兼|…部长)
_NO_UNITS_NAME = frozenset("某兼")
#: the area of a place (亚洲|地区): PFR runs the place on across it, MSRA does not; left as the grammar reads it
_AREA_WORDS = frozenset({"地区", "流域"})
#: what a state's full name ends in after the country's name (贝宁|共和国, 科摩罗|伊斯兰联邦共和国)
_STATE_FORMS = re.compile(r"[\u4e00-\u9fff]{0,6}(?:共和国|王国|联邦|公国|酋长国)")


def _head_after(text: str, c: Mention, around: list[tuple[int, int, str]], lex: Lexicons) -> int | None:
    """Where the tagger's place ends when it runs the gazetteer's place on across a place head
    (东营|村, 麦盖提|乡) or a state's form (贝宁|共和国): the place that head names, which the
    gazetteer does not know; None otherwise."""
    for s, e, label in around:
        if label != "LOC" or s != c.start or e <= c.end:
            continue
        rest = text[c.end : e]
        if len(rest) == 1 and is_word(text[e - 1 : e + 1]):
            continue  # 北京|市场, 东安|市井: the head character opens a word, no head
        if rest in lex.place_heads and lex.place_heads[rest] != "facility" and len(rest) <= 2 and rest not in _AREA_WORDS \
                or place_level(c.name, lex) == "country" and _STATE_FORMS.fullmatch(rest):
            return e
        if len(rest) == 2 and rest[1] in _VILLAGE_HEADS and _HAN.match(rest) and not is_word(rest) \
                and not is_word(text[e - 1 : e + 1]):
            return e  # 长春|沟村, 东营|湾镇: a character of the village's own between the place and its head
    return None


#: the heads of villages and towns, named by a place's name and a character of their own (长春|沟|村)
_VILLAGE_HEADS = frozenset("村镇乡")


#: word classes of a one-character word that opens no place's name (在, 和, 的, 这, 都, 十, 个, 上)
_NOT_A_NAMES_CHARACTER = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "r", "d", "m", "q", "f", "x", "y", "e", "o"})


def _one_character_before(idx: TokenIndex, c: Mention, around: list[tuple[int, int, str]], lex: Lexicons) -> bool:
    """Whether the tagger's place starts one character before the grammar's and ends with it, and
    that character is a word of its own jieba cut off the name (乔|克西山口, 小|北山, 东|洞庭湖): the
    name's first character, not a verb (跑|芗城, 到|北山), a function word (在|达县) or a country's
    one-character short name."""
    if c.start == 0 or not any(label == "LOC" and s == c.start - 1 and e == c.end for s, e, label in around):
        return False
    k = idx.ending_at(c.start)
    if k is None or len(idx.tokens[k].word) != 1:
        return False
    t = idx.tokens[k]
    short_for = lex.place_abbreviations.get(t.word, "")
    return t.pos not in _NOT_A_NAMES_CHARACTER and t.pos != "v" and _HAN.match(t.word) is not None \
        and not (short_for and place_level(short_for, lex) == "country")  # (俄|西伯利亚: Russia's Siberia)


def _opens_after_a_byline(idx: TokenIndex, start: int) -> bool:
    """Whether a name opens right after a byline's closing bracket (本报讯（通讯员 某某）|和泰公司工会): the
    sentence opens there, so its first character (和) is the name's, not a word before it."""
    k = idx.ending_at(start)
    return k is not None and closes_a_byline(idx, k)


def _function_word_opens(idx: TokenIndex, m: Mention) -> bool:
    """Whether jieba cuts the first character of ``m`` off as a word of its own that is a verb, an
    adverb, a pronoun, a preposition or a conjunction (谈|明年, 曾|下令, 于|去年, 那|一晚)."""
    i = idx.starting_at(m.start)
    return i is not None and idx.tokens[i].end == m.start + 1 < m.end and idx.tokens[i].pos in _CUT_OFF_OPENER_TAGS


#: how often a word of two must be in jieba's dictionary to be a common word, no name's two first characters
_COMMON_OPENING_WORD = 200


def _common_word_opens(idx: TokenIndex, c: Mention, lex: Lexicons) -> bool:
    """Whether jieba reads the first two of ``c``'s three characters as a common word of the
    dictionary that is no person's name (周转 of 周转房, 南非 of 南非前总统) nor a compound surname
    (司空图)."""
    k = idx.starting_at(c.start)
    if len(c.text) != 3 or k is None:
        return False
    t = idx.tokens[k]
    return t.end == c.start + 2 and t.pos not in ("nr", "nrfg", "nrt") and t.word not in lex.compound_surnames \
        and word_frequency(t.word) >= _COMMON_OPENING_WORD


#: what ends a name after a title where a surname that is also a preposition opens it (主席向明华，)
_NAME_ENDS = re.compile(r"[，、。；：）]|" + _SAYS.pattern)


def _surname_cut_off_a_name(idx: TokenIndex, c: Mention, lex: Lexicons) -> bool:
    """Whether the one-character function word jieba cut off ``c`` is the surname of a name of
    three (区总工会主席向|明华， 主席于|晓东表示): the two characters after it are no word of the
    dictionary or a given name of it (柳青 nr), the first of them no common surname (向|王芳介绍: a preposition and a name), and a
    clause mark or a verb of saying follows, where a preposition's object would need a verb (谈|明年,
    于|去年, 曾|下令: the rest is a word)."""
    rest = c.text[1:]
    return len(c.text) == 3 and c.text[0] in lex.surname_rank and (not word_frequency(rest) or word_tag(rest) in ("nr", "nrfg")) \
        and lex.surname_rank.get(rest[0], 999) >= 100 and idx.is_boundary(c.end) \
        and _NAME_ENDS.match(idx.text, c.end) is not None  # (任|人评|说 of 任人评说: inside a word)


#: words of an administrative unit, which name a place of their own after a name (天通苑|社区,
#: 城南|街道, 大田庄|乡): the tagger's shorter place is no reason to cut them off
_UNIT_WORDS = frozenset({"社区", "街道", "乡", "镇", "村", "城区", "园区", "新区", "开发区"})


def _place_before_a_common_word(idx: TokenIndex, c: Mention, around: list[tuple[int, int, str]],
                                lex: Lexicons) -> int | None:
    """Where a grammar place ends that the tagger reads as a place up to frequent common words
    (尚义|地区, 塔里木河|上游地区, 武汉|市区): the place is the name before them, which say a part of
    it or the area around it; None where the tagger reads no such place. Not before the word of an
    administrative unit (天通苑|社区) or a built facility (南岭|机场, 清水河|水库: the guideline's
    stations and sites are places of their own)."""
    for s, e, label in around:
        if label == "LOC" and s == c.start and c.start + 2 <= e < c.end:
            rest = [t for t in idx.tokens[idx.index_at(e) :] if t.start < c.end]
            if rest and rest[0].start == e and rest[-1].end == c.end \
                    and all(t.pos in ("n", "f") and word_frequency(t.word) >= _FREQUENT_WORD
                            and t.word not in _UNIT_WORDS and lex.place_heads.get(t.word) != "facility"
                            for t in rest) \
                    and not any(sp[0] < c.end and sp[1] > e for sp in around):
                return e
    return None


#: word classes of the verbs of a clause (verbs, verbal nouns), which a place's name holds before
#: its head only where the tagger reads it too
_CLAUSE_VERB_TAGS = frozenset({"v", "vn", "vd"})


def _a_clause_before_the_head(idx: TokenIndex, m: Mention, lex: Lexicons) -> bool:
    """Whether a word before the last word of ``m`` is a frequent verb or verbal noun (依法管理|流域,
    治理|北爱|地区), or a localiser after another word (列车上|高速铁路). One verb alone counts only
    before a common noun the head is glued into (建设|高速铁路), not before the head alone: places
    are named after such words (解放|街道, 解放|路). Never a rare one (回天|地区: a district named
    by a word jieba knows as a verb)."""
    toks = idx.tokens
    i = idx.index_at(m.start)  # (the word the name starts in: 中国专利|工作试点乡 of 中国专利工作试点乡)
    words = []
    while i < len(toks) and toks[i].end <= m.end:
        words.append(toks[i])
        i += 1
    body = words[:-1]
    if len(body) == 1 and words[-1].word in lex.place_heads:
        return False
    named = bool(body) and body[0].pos in ("ns", "nz", "un", "j")  # 雁城|智能|制造|产业园: a proper word opens it,
    # and the domain words of a trade after it (制造, 服务) name what the place is for
    return any(t.pos in _CLAUSE_VERB_TAGS and word_frequency(t.word) >= _FREQUENT_WORD
               and not (named and k > 0 and t.word in lex.name_words)
               or t.pos == "f" and k > 0 for k, t in enumerate(body))


def _the_word(idx: TokenIndex, m: Mention) -> Token | None:
    """The token ``m`` spans exactly, or None where it spans part of one or more than one."""
    i = idx.starting_at(m.start)
    return idx.tokens[i] if i is not None and idx.tokens[i].end == m.end else None


def _a_common_word(idx: TokenIndex, m: Mention) -> bool:
    """Whether ``m`` is one word of jieba's dictionary of a class other than a name's (宣言 n)."""
    tok = _the_word(idx, m)
    return tok is not None and tok.pos not in _NAME_TAGS and word_tag(tok.word) is not None


def _an_organisations_word(idx: TokenIndex, m: Mention) -> bool:
    """Whether ``m`` is one word that jieba's dictionary tags as an organisation (国大党, 国务院)."""
    tok = _the_word(idx, m)
    return tok is not None and tok.pos == "nt"


def _and_ends(idx: TokenIndex, m: Mention) -> bool:
    """Whether a person's name ends in a 和 that a verb follows (孟庆和|当选): there the tagger,
    which stops before 和, does not decide where the name ends."""
    return idx.text[m.end - 1] == "和" and and_ends_the_name(idx, m.end - 1)


#: word classes of the common words a name's last character cannot open: adverbs, verbs,
#: idioms and set phrases, prepositions, conjunctions (欣然, 生于, 功不可没)
_GLUED_AFTER_TAGS = frozenset({"d", "v", "vd", "i", "l", "p", "c", "ad"})
#: how often jieba counts such a word for it to win over a name's end
_GLUED_AFTER_FREQ = 100


def _glued_to_a_word_after(idx: TokenIndex, end: int) -> bool:
    """Whether jieba's token at ``end - 1`` opens there and runs past ``end``: the span's last
    character and what follows are one common word of the dictionary (欣然, 功不可没)."""
    k = idx.index_at(end - 1)
    if k is None:
        return False
    tok = idx.tokens[k]
    return tok.start == end - 1 and tok.end > end and tok.pos in _GLUED_AFTER_TAGS \
        and word_frequency(tok.word) >= _GLUED_AFTER_FREQ and not tok.word.endswith(_PREPOSITION_ENDS)


#: word classes of the words a tagger's person may run on into after jieba's name: adverbs, verbs,
#: adjectives, conjunctions, prepositions (就, 能, 魁梧)
_AFTER_NAME_TAGS = frozenset({"d", "v", "vd", "a", "ad", "c", "p"})
#: jieba's tags of a word it reads as a name (un: a word it does not know, often a name)
_NAME_WORD_TAGS = frozenset({"nr", "nrt", "nrfg", "nrf", "un"})
#: … and of the word after a one-character one, which the predicate goes on with (参加, 将, 曾)
_PREDICATE_AFTER_TAGS = frozenset({"v", "d", "vd", "p", "ad"})


def _common_word_after_a_name(idx: TokenIndex, s: int, e: int, lex: Lexicons) -> int | None:
    """Where a tagger's person ``[s, e)`` ends when its last word to jieba, of the classes above, is
    a function word of ``after_name_words.txt`` before a verb or an adverb (能|将, 就|曾) or a common
    word of two characters or more (魁梧), right after a word jieba reads as a name of two characters
    or more (赵明, 杜邦, 亨特): that name's end; None otherwise."""
    k = idx.ending_at(e)
    if k is None or k == 0:
        return None
    tail, name = idx.tokens[k], idx.tokens[k - 1]
    if tail.start <= s or tail.pos not in _AFTER_NAME_TAGS or name.pos not in _NAME_WORD_TAGS:
        return None
    if len(name.word) < 2 or tail.start - s < 2:
        return None
    if len(tail.word) == 1:  # 能|将, 就|曾: a function word (after_name_words.txt) before a verb or an adverb
        if tail.word not in lex.words.get("after_name_words", ()):
            return None  # 王子|先, 任殿|喜, 凯·西索|达|等到: a given name's or a transliteration's last character
        chars = lex.words.get("transliteration_chars", frozenset())
        if name.pos == "nrt" or all(c in chars for c in idx.text[s:e].replace("·", "")):
            return None  # 库尔班|都|说: a transliterated name's last syllable may be a function word too
        after = idx.tokens[k + 1] if k + 1 < len(idx.tokens) else None  # (李付|存的, 陈金|和。 are names)
        if after is None or after.pos not in _PREDICATE_AFTER_TAGS:
            return None
        if _written_whole_elsewhere(idx.text, s, e):
            return None  # 王立均在…，王立均也…: the name runs on past the character where it is written again
    elif word_frequency(tail.word) < _GLUED_AFTER_FREQ:
        return None  # 魁梧: a word of its own, and a common one
    return tail.start


def _written_whole_elsewhere(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is written elsewhere in the article before a character that is no
    function word of after_name_words.txt's kind (王立均在…): the whole span is a name there."""
    span = text[s:e]
    at = text.find(span)
    while at != -1:
        if at != s and text[at + len(span) : at + len(span) + 1] not in _AFTER_A_CUT:
            return True
        at = text.find(span, at + 1)
    return False


#: what follows a name cut before a function word where it is written again (赵明能将…，赵明能够…
#: is no name 赵明能): more function words, or the end of the text
_AFTER_A_CUT = frozenset("就也又还曾便已能将却并亦则够力") | {""}


#: the ends of verbs made with a preposition (成为, 强于, 生于): the character before may well end
#: the name and the preposition alone follow it (李玉成|为, 梁建强|于)
_PREPOSITION_ENDS = ("为", "于")


def _a_foreign_person_by_title(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether ``[start, end)``, a place or an organisation to the tagger, is a name written in
    transliteration characters only (``lexicons/transliteration_chars.txt``), that no gazetteer knows,
    right after a person's title or profession (教练|福特纳, 女皇|格拉夫): a foreign person."""
    form = text[start:end]
    chars = lex.words.get("transliteration_chars", frozenset())
    core = form.replace("·", "")
    if not 2 <= len(core) <= 8 or not all(c in chars for c in core):
        return False
    if lex.knows_place(form) or org_head(form, lex):
        return False
    return _titled(text, start, lex, ("leader", "profession"))


def _verb_opens_at(text: str, at: int, lex: Lexicons) -> bool:
    """Whether a verb that follows names (``person_verbs.txt`` of two or three characters:
    荣获, 带队, 报道) starts at ``at``."""
    verbs = lex.words.get("person_verbs", frozenset())
    return any(text[at : at + n] in verbs for n in (2, 3))


def _only_places_inside(named: bytearray, places: bytearray, start: int, end: int) -> bool:
    """Whether the grammar names in ``[start, end)`` are all places lying wholly inside it."""
    if named[start:end] != places[start:end]:
        return False  # some other kind of name
    inside_left = start == 0 or not places[start - 1] or not places[start]
    inside_right = not places[end] or not places[end - 1]
    return inside_left and inside_right


#: word classes of a word that may open an organisation's name although jieba does not see it as
#: a proper word: a place's direction (西方七国集团)
_OPENING_TAGS = frozenset({"s"})


#: an edition before the name of an event's or a prize's committee (第四届|茅盾文学奖评奖委员会,
#: 首届|…大赛组委会): the committee is that edition's, the edition part of its name (a standing
#: body's term, 八届|全国人大常委会, is no edition of an event)
_EVENT_EDITION = re.compile(r"(?:第[一二三四五六七八九十百0-9０-９]{1,4}|首)届(?=[^，。；、]{0,16}?(?:奖|赛|运动会|博览会|艺术节|电影节|文化节)"
                            r"[^，。；、]{0,6}?(?:委员会|组委会|评委会|执委会))")


def _edition_of_an_event(text: str, start: int, end: int) -> bool:
    found = _EVENT_EDITION.match(text, start)
    return found is not None and found.end() == end


def _common_words(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether ``[start, end)`` is whole words, none of them proper (a place, a name, an unknown
    word, an abbreviation), nor a level or region that opens a short name (市, 全国), nor a direction."""
    i = idx.starting_at(start)
    if i is None:
        return False
    words = []
    for tok in idx.tokens_from(i):
        if tok.start >= end:
            break
        if tok.end > end:
            return False  # a word across the tagger's start: no clear cut
        words.append(tok)
    if not words or words[-1].end != end or has_proper_word(words, lex):
        return False
    return not any(t.pos in _OPENING_TAGS or t.word in LEVEL_CHARS or t.word in REGION_WORDS for t in words)


#: word classes of a clause's words, which no organisation's name holds before where the tagger
#: starts it: verbs, prepositions, conjunctions, set phrases (决定创办, 接获, 自, 超额完成)
_CLAUSE_TAGS = frozenset({"v", "vd", "p", "c", "l"})
#: … and of one character that opens a word jieba does not know (兼|县, 起任, 需经, 欲来)
_CLAUSE_OPENING_TAGS = frozenset({"v", "d", "p", "c"})


def _clause_before(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether ``[start, end)``, before where the tagger starts an organisation's name, holds a
    word of a clause (a verb, a preposition, a conjunction), or opens with a verb or an adverb
    glued into a word jieba does not know (兼县|粮食局: 兼; 现为|巴黎…: 现 is no such word). A
    trade's word jieba calls a verb is a name's own (韵途|快递|济南转运中心: the brand's trade)."""
    i = idx.index_at(start)
    first = idx.tokens[i]
    if first.pos == "un" and first.start == start and word_tag(idx.text[start]) in _CLAUSE_OPENING_TAGS:
        return True
    return any(t.pos in _CLAUSE_TAGS and start <= t.start and t.end <= end and t.word not in lex.name_words
               for t in idx.tokens_from(i, end))


def _balanced(span: str) -> bool:
    """Whether the brackets of a span close (not 绵阳）网络科技有限公司, a span begun inside them)."""
    return span.count("（") == span.count("）") and span.count("(") == span.count(")")


def _places_then_a_body(near: list[Mention], start: int, end: int) -> bool:
    """Whether the grammar's names in ``[start, end)`` are places written one after another from
    ``start``, then the name of a body that ends at ``end`` (美国|财政部 of 美国财政部长: the
    grammar took the place apart from the ministry before the title; the tagger's span is the
    ministry of that country), and no grammar name runs across either end."""
    inside = []
    for m in near:
        if m.type in ("Person", "Event") or m.end <= start or end <= m.start:
            continue
        if m.start < start or end < m.end:
            return False  # a grammar name across an end of the span
        inside.append(m)
    bodies = [m for m in inside if m.type in ORG_TYPES and m.end == end]
    if len(bodies) != 1 or bodies[0].start <= start:
        return False
    body = bodies[0]
    reach = start  # the places must follow each other from start up to the body (辽宁省铁岭市|教委:
    # the last may run into it)
    for m in sorted((m for m in inside if m is not body), key=lambda m: (m.start, -m.end)):
        if m.type != "Place" or m.start > reach:
            return False
        reach = max(reach, m.end)
    return reach >= body.start


#: a dash joining the two parties a body's name opens with (中国—东盟, 瑞士—中国)
_PARTY_DASH = frozenset("—－-–")


def _parties_joined_by_a_dash(text: str, near: list[Mention], start: int, end: int) -> bool:
    """Whether the tagger's organisation opens with a grammar place and a dash, and the grammar
    names a body that ends where the tagger's ends, with no grammar name across either end: a body
    of two parties joined by a dash (某国—中国友好协会, 中国—某盟联合委员会), one name written in full
    (the guideline's fullest form), where the grammar saw only its first place and its head."""
    inside = [m for m in near if m.type not in ("Person", "Event") and m.end > start and m.start < end]
    if any(m.start < start or end < m.end for m in inside):
        return False  # a grammar name across an end of the span
    first = next((m for m in inside if m.start == start and m.type == "Place"), None)
    if first is None or first.end >= end or text[first.end] not in _PARTY_DASH:
        return False
    return any(m.type in ORG_TYPES and m.end == end and m.start > first.end for m in inside)


def _a_body_then_its_unit(idx: TokenIndex, near: list[Mention], named: bytearray, start: int, end: int,
                          spans: list[tuple[int, int, str]], lex: Lexicons) -> bool:
    """Whether the grammar names one organisation from ``start`` and nothing after it up to
    ``end``, where the tagger's organisation ends in a head of its own (赣西供电局|用电分局,
    联合国|特委会, 中国交响乐团|合唱团, 国务院|扶贫开发领导小组): a unit of that body with no name
    but with it, named in full (the guideline's fullest form). Not a department (安徽农学院|经济管理系,
    某分行|办公室: the golds name the body, the department is where a person works in it), nor
    what holds a person's name (某电台|梁国安) or a governing word (某工会|联合|某公司工会), nor an
    unnamed unit (某军区后勤部|驻川某汽车团) or a post held besides (瑞士联邦|委员兼公共经济部长)."""
    bodies = [m for m in near if m.type in ORG_TYPES and m.start == start and m.end < end]
    if not bodies:
        return False
    body = max(bodies, key=len)
    # (only names within the body besides it: 中国 of 中国交响乐团|合唱团)
    if not all(body.start <= m.start and m.end <= body.end for m in near if m.type != "Person") \
            or any(named[body.end : end]):
        return False
    text = idx.text
    rest = text[body.end : end]
    head = org_head(rest, lex)
    if _TEAM.fullmatch(rest):
        head = "队"  # 四川全兴|队, 中国羽毛球|男队: the team of a club or a country's sport
    elif len(rest) < 2:
        return False
    if not head or head == rest and head != "队" or head in _DEPARTMENT_HEADS or not _balanced(text[start:end]) \
            or any(ch in _NO_UNITS_NAME for ch in rest):
        return False
    if any(label == "PER" and s < end and body.end < e for s, e, label in spans):
        return False
    boundary = lex.words.get("boundary_words", frozenset())
    i = idx.index_at(body.end)
    return not any(t.word in boundary for t in idx.tokens_from(i, end))


def _branch_of_a_company(text: str, near: list[Mention], start: int, end: int, lex: Lexicons) -> bool:
    """Whether ``[start, end)`` is a company the grammar names from ``start`` and a branch of it
    after it (``lexicons/subunit_heads.txt``: 分局, 分公司, 分厂 …) ending at ``end``."""
    units = lex.words.get("subunit_heads", frozenset())
    return any(m.type == "Company" and m.start == start and m.end < end for m in near) \
        and any(text.endswith(u, 0, end) for u in units)


def _town_then_village(text: str, c: Mention, around: list[tuple[int, int, str]]) -> int | None:
    """Where a grammar place the tagger reads as two places, one after the other, splits: the
    first a unit of a division level (岗南镇|三角村, 高堡乡|凡堡村), the place that encloses the
    second (the grammar joined them under the last head); None otherwise."""
    firsts = [e for s, e, label in around if label == "LOC" and s == c.start and c.start + 3 <= e < c.end - 1]
    for cut in firsts:
        if text[cut - 1] in DIVISION_LEVEL_CHARS and (cut, c.end, "LOC") in around:
            return cut
    return None


def _inside_a_head_word(idx: TokenIndex, at: int, lex: Lexicons) -> bool:
    """Whether ``at`` falls inside a word that is an organisation's head (有限公|司沙县分公司): the
    tagger's span opening there cuts the head of the name before it, it starts no name."""
    t = idx.tokens[idx.index_at(at)]
    return t.start < at and t.word in lex.org_heads


def _names_run_together(text: str, m: Mention, persons: list[tuple[int, int]]) -> bool:
    """Whether the tagger reads two or more persons, each of two characters or more, that
    together cover ``m`` exactly, and ``m`` is longer than one Han name (four characters) with no
    middle dot (a transliterated name stays one): names written one after another with no mark
    between them (王丙乾王汉斌), which no name of one person runs to."""
    if m.end - m.start < 5 or "·" in text[m.start : m.end]:
        return False
    inside = sorted((s, e) for s, e in persons if m.start <= s and e <= m.end)
    if len(inside) < 2:
        return False
    at = m.start
    for s, e in inside:
        if s != at or e - s < 2:
            return False
        at = e
    return at == m.end


def _crosses(m: Mention, start: int, end: int) -> bool:
    """Whether ``m`` and the span overlap without one covering the other."""
    if m.end <= start or end <= m.start:
        return False
    covers = m.start <= start and end <= m.end
    inside = start <= m.start and m.end <= end
    return not covers and not inside
