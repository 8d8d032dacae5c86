"""Organisation names by their grammar: ``[region] body head``, typed by the head and context.

The head comes from ``lexicons/org_heads.tsv`` (longest head wins: 有限责任公司 over 公司); the
body is found by :func:`~uniongraph.extraction.names.name_start`. A name whose body is only
generic words (基层工会, 各级工会) is not a name; one whose body is only a head word
(集团工会) is kept as a *reference* that alias resolution must tie to a full name, or drop.

>>> from uniongraph.extraction.tokens import TokenIndex
>>> [(m.name, m.type) for m in find_organisations(TokenIndex("青岛市职工服务运行中心与崂山区总工会共赴社区"))]
[('青岛市职工服务运行中心', 'Organization'), ('崂山区总工会', 'Federation')]
"""

from __future__ import annotations

import functools
import re

from ..model import Mention
from .lexicon import Lexicons, derived, load_lexicons, scope_words, words_tuple
from .names import STOP_POS, name_shaped, COUNT_NUMERAL, titles_starting, counted_places, DIVISION_LEVEL, DIVISION_LEVEL_CHARS, MEASURE_WORDS, REGION_LEVELS, REGION_WORDS, body_tokens, clean_name, ends_in_head, has_proper_word, head_regex, name_start, names_an_employer, opens_with_place, org_head
from .table_cells import unit_cells
from .tokens import Token, TokenIndex, is_word, tagged_indices, word_frequency, word_tag
from .overlaps import Priority
from .places import HONOUR_AFTER, QUOTED_OWN_NAME, own_quoted_name, place_level, quoted_figure, quoted_honour
from .trade_names import registered_name_start, split_trade_name_start
from .body_departments import body_with_own_units, department_end
from .enterprise_units import company_facilities, find_enterprise_units, project_departments
from .institution_units import find_institution_units

SOURCE = "org-grammar"
#: the rules that read bodies by their own grammar, each named so that a mention can be traced to it
STANDING_SOURCE = "org-standing-abbreviation"  # 中科院 → 中国科学院
ARMED_SOURCE = "org-armed-service"  # 海军|副司令员
PARTY_SOURCE = "org-party-officer"  # 繁荣党|主席
#: the organisation grammar's rules (what holds for the grammar's names holds for theirs)
GRAMMAR_SOURCES = frozenset({SOURCE, STANDING_SOURCE, ARMED_SOURCE, PARTY_SOURCE})
_HEAD_WORDS = frozenset({"集团", "公司", "集团公司", "总公司", "企业", "工会", "协会", "中心", "学院", "医院", "学校", "单位", "队伍", "团体", "机构", "农场"})
_CONGRESS_AFTER = re.compile(r"第?[一二三四五六七八九十]{1,3}(?:大|次全国代表大会)")
#: words that make a body a kind or a group of bodies: 各级党委, 各地工会, 市属医院, 有关部门
_QUANTIFIERS = ("各级", "各地", "各类", "各个", "各", "市属", "省属", "县属", "区属", "有关", "部分", "一些", "多家", "这些", "那些", "全体")
#: the committee of one term of a body (…联合会第二届委员会, …总工会第十届常务委员会): the body itself
#: holds the post (贾祥当选为…联合会第二届委员会主席 works for the federation)
_TERM_COMMITTEE = re.compile(r"第[一二三四五六七八九十0-9０-９]{1,3}届(?:常务|全体|经费审查)?委员会$")
#: 各 before a run of level words a body's head follows: 各县（市）区|总工会, 各区、县|总工会, 各区县|总工会
#: (a notice's addressees: every such body, while the name starts at the run's last level word)
_EVERY_LEVEL_BEFORE = re.compile(r"各[省市县区旗、（）()]+$")


def _location_context(idx: TokenIndex, start: int, lex: Lexicons) -> bool:
    j = idx.ending_at(start)
    return j is not None and idx.tokens[j].word in lex.words.get("location_verbs", frozenset())


#: a grade named by the level that grants it: 国家级, 省级, 部级 (not 高级, 中级: 高级人民法院)
_GRADE = re.compile(r"(?:国家|全国|世界|国际|省部|省|市|地市|县|区|部|乡镇)级")


#: heads of the smallest places, which a word names (石牌|街道, 桃源|社区): they open a facility's name
_LOCAL_PLACE_HEADS = frozenset({"街道", "社区", "镇", "乡", "村"})


def _classify_body(body, lex: Lexicons) -> str:
    """``proper`` / ``region`` / ``descriptive`` / ``common`` / ``reference`` / ``generic`` / ``empty``."""
    if not body:
        return "empty"
    words = [t.word for t in body]
    if all(w in lex.generic_modifiers for w in words):
        return "generic"
    if all(w in _HEAD_WORDS or w in lex.generic_modifiers for w in words):
        return "reference"
    last = words[-1]
    if last.endswith(("型", "式")) or (len(last) >= 3 and last.endswith(("性", "化"))):
        return "generic"  # 学习型工会: a kind of union, not one union
    if any(_GRADE.fullmatch(w) for w in words):
        return "generic"  # 国家级企业集团, 省级医院: a grade of bodies, not one (高级中学 is a name)
    if words[0] in REGION_LEVELS:
        return "region"
    if all(w in REGION_WORDS for w in words):
        return "scope"  # 全国总工会; but 首都工会特色 is a modifier
    if has_proper_word(body, lex):
        return "proper"
    if len(words) >= 3 and words[1] in _LOCAL_PLACE_HEADS and body[0].pos in ("n", "nz", "ns", "nr", "j") \
            and len(words[0]) >= 2:
        return "proper"  # 石牌|街道|新就业形态劳动者|服务站: a subdistrict or community the gazetteer lacks
        # opens the name, and names whose it is
    if len(words) >= 2 and words[-1] in lex.org_heads and words[-2] not in lex.generic_modifiers:
        return "proper"  # 钱塘集团工会: the body names the owner organisation
    if len(words[-1]) >= 3 and words[-1][-1] in "部委局厅署" and words[-1] not in lex.words.get("not_org_heads", ()):
        return "proper"  # 地质部党组: the body is itself an organisation
    if all(w in lex.name_words or w in lex.generic_modifiers for w in words):
        return "descriptive"
    return "common"


@functools.lru_cache(maxsize=4)
def _titled_heads(heads: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The heads of two characters or more that open a title, with their titles."""
    return tuple((h, titles_starting(h)) for h in heads if len(h) >= 2 and titles_starting(h))


@functools.lru_cache(maxsize=64)
def _longer_than(words: frozenset[str], n: int) -> tuple[str, ...]:
    """The words longer than ``n`` characters, as a tuple (for one ``str.endswith``)."""
    return tuple(w for w in words if len(w) > n)


@functools.lru_cache(maxsize=4)
def _tuple(words: frozenset[str]) -> tuple[str, ...]:
    """A word set as a tuple, for one ``str.endswith`` over all of them."""
    return tuple(words)


def _suffix_heads(matched: str, lex: Lexicons) -> list[str]:
    """The matched head and its shorter suffixes that are heads too, longest first."""
    return [matched[k:] for k in range(len(matched)) if matched[k:] in lex.org_heads]


def _head_fits(idx: TokenIndex, hs: int, he: int, lex: Lexicons) -> bool:
    """Whether a head at ``[hs, he)`` ends a word and does not start inside an ordinary word.

    A token running past the head end is split only when the rest is a word of its own
    (协会会员 is 协会 + 会员), since jieba's dictionary holds such compounds.
    """
    last = idx.tokens[idx.index_at(he - 1)]
    if last.start < hs and last.end == he and last.word in lex.words.get("not_org_heads", frozenset()):
        return False  # 省委|常委: a seat (常委) ends in the head 委 but is a title, not a body
    if last.start < hs and last.end == he and len(last.word) >= 3:
        # a word ending in a head (水利部, 仪器厂) is a name or its tail, unless it is an ordinary word
        not_heads = lex.words.get("not_org_heads", frozenset())
        # 工会干部 ends in 干部; a not-head only counts where it is longer than the head (集团 is no
        # troupe 团, but 实业集团 ends in the head 集团 itself)
        return not last.word.endswith(_longer_than(not_heads, he - hs))
    if last.end != he:
        rest = idx.text[he : last.end]
        if last.start < hs or not (len(rest) >= 2 and is_word(rest)):
            return False
        if last.start >= hs and last.word in lex.org_heads:
            return False  # 精神文明|办公室: a longer head begins inside this one (文明办 would cut it)
    first = idx.tokens[idx.index_at(hs)]
    return first.start >= hs or first.pos in ("l", "nt", "nz", "un", "ns", "j")


#: administrative levels that open a short name of the home region's body (省委, 市政府, 县人大)
_LEVELS = frozenset("省市县区州")


def _dictionary_org_plausible(word: str, lex: Lexicons) -> bool:
    """jieba's dictionary tags many phrases ``nt`` (大力开展, 新兴产业, 民政局 as a kind): keep words that
    open with a place or end in a head that names one body on its own."""
    if word[:2] in lex.generic_modifiers or word[:1] in lex.generic_modifiers:
        return False
    if firm_of_a_country(word, lex):
        return False  # 日本公司: a firm of a country
    if opens_with_place(word, lex):
        return True
    head = org_head(word, lex)
    if head:
        kind, prefix = lex.org_heads[head][1], word[: -len(head)]
        if kind == "standalone":
            return True
        if kind in ("strong", "word", "venue"):
            return len(prefix) >= 1
        return len(prefix) >= 2  # 丰田公司, 胜利油田: a named company
    return word.endswith(("中央", "组织"))  # 中共中央, 世界贸易组织


def names_an_area(name: str, lex: Lexicons) -> bool:
    """Whether ``name`` ends in the head of an area's name of two characters or more that a body
    of two characters or more suffices for (开发区, 新区, 自治州: ``lexicons/place_heads.tsv``)."""
    return any(name.endswith(h) and len(name) >= len(h) + 2 for h, kind in lex.place_heads.items()
               if kind == "strong" and len(h) >= 2)


def _kind_in_a_place(body: list[Token], before_head: str, lex: Lexicons) -> bool:
    """Whether the words before a head are places and then only words of size, rank or ownership
    (``lexicons/kind_modifiers.txt``: 大型, 四大, 私立): 北京|大型|商场 says what kind of body
    the place has; a name has a word of its own (上海|国营|第一|棉纺厂). The places are named ones,
    not a bare level (市|工人俱乐部)."""
    kinds = lex.words.get("kind_modifiers", frozenset())
    k, at = 0, 0
    while k < len(body) and (body[k].pos == "ns" or _is_place_word(body[k].word, lex)) and body[k].word not in kinds:
        at += len(body[k].word)
        k += 1
    rest = before_head[at:]
    if k == 0 or not rest or not before_head.startswith("".join(t.word for t in body[:k])) \
            or all(t.word in REGION_LEVELS for t in body[:k]):
        return False
    longest_first = sorted(kinds, key=lambda w: (-len(w), w))
    while rest:
        w = next((w for w in longest_first if rest.startswith(w)), None)
        if w is None:
            return False
        rest = rest[len(w):]
    return True


#: jieba's tags of a common word (noun, verbal noun, verb, adjective, distinguishing word, Latin word)
_COMMON_WORD_TAGS = frozenset({"n", "vn", "v", "vd", "a", "an", "ad", "b", "eng", "f"})
#: jieba's tags of a proper name (红星 nz, 南岭 ns; not an organisation's, nt: 某农业大学|实验|农场 is
#: the university's farm of a kind)
_PROPER_NAME_TAGS = frozenset({"nz", "nr", "nrt", "nrfg", "ns"})


def _kind_word_before_name_only_head(body: list[Token], head: str, lex: Lexicons) -> bool:
    """Whether a head that needs a proper name (``lexicons/name_only_heads.txt``: 农场) has a common
    word right before it (军垦|农场, 生态|农场, 实验|农场, QQ|农场): the words say which kind of farm, they
    name none; a place, a name jieba does not know or a number names one (二道河|农场, 梓埠镇|垦殖场),
    and so does a proper name before the kind word (红星|生态|农场, 南岭|实验|农场), unless it is a
    place's (昌平区|生态|农场: a kind of farm a place has)."""
    if head not in lex.words.get("name_only_heads", frozenset()) or not body:
        return False
    last = body[-1]
    if len(body) >= 2 and body[-2].end == last.start and body[-2].pos in _PROPER_NAME_TAGS \
            and not _is_place_word(body[-2].word, lex) \
            and not any(ends_in_head(t.word, lex, shortest=1) for t in body[:-1]):
        return False  # (not after an institution: 某农业大学|上庄|实验|农场 is the university's farm of a
        # kind, the university named on its own)
    return last.pos in _COMMON_WORD_TAGS and not _is_place_word(last.word, lex)


def _is_country(word: str, lex: Lexicons) -> bool:
    names = (word, *lex.place_aliases.get(word, ()))
    return any(n in lex.places and lex.places[n].level == "country" for n in names)


def _is_place_word(word: str, lex: Lexicons) -> bool:
    return lex.knows_place(word) or word in REGION_WORDS or word in REGION_LEVELS


def find_organisations(idx: TokenIndex, lex: Lexicons | None = None) -> list[Mention]:
    """Organisation (and venue) mention candidates in one text: names built on a head, and
    single words the dictionary knows as organisations."""
    lex = lex or load_lexicons()
    out = []
    for m in head_regex(tuple(lex.org_heads)).finditer(idx.text):
        mention = _grammar_candidate(idx, m.group(), m.end(), lex)
        if mention is not None:
            out.extend(_unit_and_body(_body_before_a_joined_unit(mention, idx, lex), idx, lex))
    out.extend(_dictionary_candidates(idx, lex))
    out.extend(_ministry_departments(idx, out))
    out.extend(_numbered_teams(idx, lex))
    out.extend(_level_bodies(idx, lex))
    out.extend(_listed_companies(idx, lex))
    out.extend(_standing_abbreviations(idx, lex))
    out.extend(_armed_services(idx, lex))
    out.extend(_parties_before_their_officers(idx, lex))
    out.extend(_bodies_inside_titles(idx))
    out.extend(_quoted_venues(idx, lex))
    out.extend(_quoted_units(idx, lex))
    out.extend(_table_unit_cells(idx, lex))
    out.extend(find_institution_units(idx, lex))
    out = [_team_from_its_quoted_name(m, idx, lex) for m in out]
    out += project_departments(idx, out, lex)
    out += company_facilities(idx, out, lex)
    out += _party_committees_of_companies(idx, out, lex)
    units = find_enterprise_units(idx, lex)
    if units:  # 项目部|“铁燕子”钢筋班组: a bare head before the unit is its body's anaphor, no part of its name
        out = [m for m in out if not any(u.end == m.end and m.start < u.start and idx.text[m.start : u.start] in lex.org_heads
                                         for u in units)] + units
    out = [_with_its_department(m, idx, lex) for m in out]
    out += [d for d in (_its_department(m, idx, lex) for m in out) if d is not None]
    out += [t for t in (_team_of_its_bureau(m, idx, lex) for m in out) if t is not None]
    # 被命名为上海市示范性劳模创新工作室: what a body is named or rated as is an honour, no body;
    # 成为职工的“精神加油站”: a quoted figure of speech, no body either
    return [m for m in out if not _HONOUR_BEFORE.search(idx.text, max(0, m.start - 4), m.start)
            and not quoted_figure(idx.text, m.start, m.end, whole=True) and not _an_honour(idx.text, m.start, m.end)]


def _an_honour(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names an honour or stands in one: before 称号, quoted or not (授予某公司
    “模范职工之家”称号), or inside a quote right after a verb of awarding (荣获“全国模范职工之家”,
    被评为“海口市优秀工会工作者”: no union of that name)."""
    return text.startswith(HONOUR_AFTER, end) or quoted_honour(text, start, end)


#: a quoted name of two to twelve characters (“工会爱心驿站”)
#: a year and a grade before a kind of venue that make it an honour (2026年度先进职工之家, 模范职工之家)
_HONOURED_KIND = re.compile(r"^(?:[0-9０-９]{4}年度?)?(?:先进|模范|示范|优秀|星级|[一二三四五]星级)?")
_QUOTED = re.compile(r"[“\"]([^“”\"\n。，；！？]{2,12})[”\"]")


def _quoted_venues(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A quoted name that ends in the head of a venue typed Place (“工会爱心驿站”, “职工之家”): the
    quote marks make it a name whatever its words (爱心, 工会 would make it generic). Not after a
    verb of becoming or being: 成为职工的“精神加油站” is a figure of speech."""
    text = idx.text
    out: list[Mention] = []
    if "“" not in text and '"' not in text:
        return out  # (no opening quote: a scan of the text saved)
    for q in _QUOTED.finditer(text):
        inner = q.group(1)
        # (its endings looked up, at most eleven, rather than every head tried on it)
        if not any(_is_venue_head(inner[-n:], lex) for n in range(1, len(inner))):
            continue
        if _HONOURED_KIND.sub("", inner) in lex.words.get("generic_org_words", ()):
            continue  # “职工之家”, 表彰“先进职工之家”: the kind every union builds, or its honour, no one place
        out.append(Mention(q.start(1), q.end(1), inner, "Place", clean_name(inner), "org-quoted-venue",
                           priority=Priority.ORG_PROPER, venue=True))
    return out


#: the source of a studio's or team's whole quoted name (:mod:`.voting` keeps its bounds)
QUOTED_UNIT_SOURCE = "org-quoted-unit"
#: a quoted name of a studio or a team: up to twenty characters (“全国劳动模范某某创新工作室”)
_QUOTED_UNIT = re.compile(r"“([^“”\n。，；！？、：]{4,20})”")


def _quoted_units(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A studio's or a team's whole name in quotes (参观了“全国劳动模范某某创新工作室”, 司机“某某爱心车队”
    成立; heads: ``quoted_unit_heads``): the quotes bound the name, so a person's name inside it (某某, which
    the grammar would cut the name at) and a proper word of its own stay in it. The words before the head
    must hold a proper word (“劳模创新工作室” alone is a kind, no name)."""
    text = idx.text
    heads = words_tuple(lex, "quoted_unit_heads")
    out: list[Mention] = []
    if "“" not in text:
        return out  # (no opening quote: a scan of the text saved)
    for q in _QUOTED_UNIT.finditer(text):
        inner = q.group(1)
        head = next((h for h in heads if inner.endswith(h)), None)
        if head is None or len(inner) - len(head) < 2:
            continue
        if not has_proper_word(body_tokens(idx, q.start(1), q.end(1) - len(head)), lex):
            continue  # (“职工创新工作室”, “爱心服务队”: a kind of studio or team, no name)
        type_ = lex.org_heads.get(head, ("ServiceTeam", ""))[0]
        if type_ == "ServiceTeam":
            type_ = team_type(inner, lex)
        out.append(Mention(q.start(1), q.end(1), inner, type_, clean_name(inner), QUOTED_UNIT_SOURCE,
                           priority=Priority.ORG_PROPER))
    return out


#: the source of a unit's name read whole from a table's column of units (:mod:`.voting` keeps its bounds)
TABLE_UNIT_SOURCE = "org-table-unit-cell"


def _table_unit_cells(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A unit's whole name in a table's column of units (| 于某某工匠创新工作室 | under | 工作室名称 |;
    ``table_cells.unit_cells``): the cell bounds the name as quotes do, so a person's name opening it
    (于某某, whose 于 the grammar takes for a preposition) stays in it."""
    out: list[Mention] = []
    for start, end, kind in unit_cells(idx.text):
        name = idx.text[start:end]
        words = name[: -len(kind)]
        if not has_proper_word(body_tokens(idx, start, end - len(kind)), lex) \
                and not any(name_shaped(words[:k], lex) for k in (3, 2)):
            continue  # (| 劳模创新工作室 |: a kind of studio, no name, unless a word or a person's name of its own)
        type_ = lex.org_heads.get(kind, ("Organization", ""))[0]
        if type_ == "ServiceTeam":
            type_ = team_type(name, lex)
        out.append(Mention(start, end, name, type_, clean_name(name), TABLE_UNIT_SOURCE, priority=Priority.ORG_PROPER))
    return out


def _is_venue_head(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` is the head of a venue typed Place (驿站, 之家)."""
    type_, kind = lex.org_heads.get(word, ("", ""))
    return type_ == "Place" and kind == "venue"


#: the rule of a body read out of its head's title word (国防部|长): named in the graph, but flat
#: span schemes (PFR, MSRA) tag the title word, not the body inside it
TITLE_WORD_SOURCE = "org-in-title"


#: the head's title words a ministry's word is glued to (国防部长)
_TITLE_WORD_ENDINGS = ("部长", "局长", "厅长")
_TITLE_WORD_ENDS = re.compile("|".join(_TITLE_WORD_ENDINGS))


def _bodies_inside_titles(idx: TokenIndex) -> list[Mention]:
    """A ministry the dictionary glues to its head's title (国防部长, 外交部长, 财政厅长): the
    ministry, where the word less its 长 is a body's name the dictionary knows (国防部: nt)."""
    out = []
    if not _TITLE_WORD_ENDS.search(idx.text):
        return out  # (exact: a token ending in one of these words means the text holds it; most texts do not)
    for t in idx.tokens:
        w = t.word
        if len(w) >= 4 and w.endswith(_TITLE_WORD_ENDINGS) and word_tag(w[:-1]) == "nt":
            out.append(Mention(t.start, t.end - 1, w[:-1], "Organization", w[:-1], TITLE_WORD_SOURCE,
                               priority=Priority.ORG_PROPER))
    return out


def _standing_abbreviations(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A national body's standing short name (全总): the body itself, by its full name, where the
    short name stands as words of its own (not 安全|总监). A short name for one of China's bodies
    (中国…, 中华…) is not China's body after a place abroad, 台湾 or an opening quote (台湾“中科院”,
    日本证监会), nor in a sentence about a government body abroad (日本大藏省…会同证监会: Japan's
    own commission); 台湾“海基会” is Taiwan's own body."""
    text = idx.text
    out = []
    for short, (full, type_) in lex.org_abbreviations.items():
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if idx.is_boundary(at) and idx.is_boundary(end) and not (full.startswith(_CHINAS) and _someone_elses(idx, at, lex)):
                m = Mention(at, end, short, type_, short, STANDING_SOURCE, priority=Priority.ORG_PROPER)
                m.canonical, m.resolution = full, "standing-abbreviation"
                out.append(m)
            at = text.find(short, end)
    return out


#: what opens a short name written for another country's or Taiwan's body of that name (台湾“中科院”)
_OPENING_QUOTES = "“\"「『‘"
#: the head of a government body abroad (日本|大藏省, 美国财政部, 韩国|金融监督院)
_BODY_ABROAD = re.compile(r"(?:省|部|院|厅|局|署|委员会)$")
#: what the full names of China's own bodies open with
_CHINAS = ("中国", "中华")
#: what ends the sentence a short name stands in
_SENTENCE_END = re.compile(r"[。；！？\n;!?]")


def abroad_or_taiwan(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` is a place outside the mainland: a country, state or city abroad
    (world_places.tsv), or Taiwan and its divisions."""
    for name in (word, *lex.place_aliases.get(word, ())):
        row = lex.places.get(name)
        if row is None:
            continue
        if name == "台湾省" or row.parent == "台湾省":
            return True
        if row.level in ("continent", "region", "state") or row.level == "country" and name != "中国":
            return True
        parent = lex.places.get(row.parent)
        if row.level == "city" and parent is not None and parent.level == "country" and parent.name != "中国":
            return True
    return False


#: a body met or joined right before a short name (与证监会, 同, 和, 会见; not 会同, which works with one's own)
_MET_WITH = re.compile(r"(?:与|和|跟|会见|(?<!会)同)$")


def _someone_elses(idx: TokenIndex, at: int, lex: Lexicons) -> bool:
    """Whether a standing short name at ``at`` is written for a body abroad or in Taiwan: a place
    abroad or Taiwan, or an opening quote, right before it (日本证监会, 台湾“中科院”), or a
    government body abroad earlier in its sentence (日本大藏省决定…，并会同证监会)."""
    text = idx.text
    if at > 0 and text[at - 1] in _OPENING_QUOTES:
        return True
    k = idx.ending_at(at)
    if k is not None and abroad_or_taiwan(idx.tokens[k].word, lex):
        return True
    if _MET_WITH.search(text, max(0, at - 3), at):
        return False  # 美国财政部副部长…与证监会负责人会谈: the body abroad meets this country's
    sentence = max((c.end() for c in _SENTENCE_END.finditer(text, 0, at)), default=0)
    toks = idx.tokens
    for j in range(idx.index_at(sentence) if sentence < at else len(toks), len(toks)):
        t = toks[j]
        if t.start >= at:
            break
        country = next((t.word[:n] for n in range(len(t.word), 1, -1) if abroad_or_taiwan(t.word[:n], lex)), "")
        if not country:
            continue
        body = t.word[len(country):] or (toks[j + 1].word if j + 1 < len(toks) and toks[j + 1].start < at else "")
        if len(body) >= 2 and _BODY_ABROAD.search(body):
            return True
    return False


#: a commander's title right after an armed service (海军|副司令员, 空军|原副政委)
_COMMAND_TITLE = re.compile(r"(?:原|前)?副?(?:司令员|司令|政治委员|政委|参谋长)")


def _armed_services(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """An armed service named before a commander's title (海军副司令员某, 二炮副司令员某;
    ``lexicons/armed_services.txt``): the service is the body he holds his post in. A country
    written before it is part of the name (美国海军|司令); the service alone, with no title, is
    not read (清朝海军的将领, 海军战士)."""
    text = idx.text
    out = []
    for word in sorted(lex.words.get("armed_services", ())):  # (a set: the candidates in a fixed order)
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if idx.is_boundary(at) and idx.is_boundary(end) and _COMMAND_TITLE.match(text, end):
                start = at
                k = idx.ending_at(at)
                if k is not None and (idx.tokens[k].word in lex.places and idx.tokens[k].pos == "ns"
                                      or idx.tokens[k].word.endswith("解放军")):
                    start = idx.tokens[k].start  # 美国|海军, 解放军|海军: that country's or army's navy
                out.append(Mention(start, end, text[start:end], "Organization", text[start:end], ARMED_SOURCE,
                                   priority=Priority.ORG_PROPER))
            at = text.find(word, end)
    return out


#: a party's officer or member right after its name (民主党|主席, 繁荣党|主席, 国民之声党|成员)
_PARTY_TITLE = re.compile(r"的?(?:原|前)?副?(?:主席|总书记|书记|领袖|领导人|议员|成员|党员|秘书长|总理候选人)")
_WORD_TAGS = frozenset({"n", "nt", "nz", "ns", "j"})
#: a 党 that _PARTY_TITLE follows: where the tokens _parties_before_their_officers reads end
_PARTY_BEFORE_TITLE = re.compile("党(?=" + _PARTY_TITLE.pattern + ")")


def _parties_before_their_officers(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A political party named by one word in 党 before its officer's title (国大党主席某, 繁荣党主席某,
    工党主席某): the party is the body of the post. Not a kind of party or a pointer to one
    (反对党领袖, 该党主席: ``lexicons/party_kind_words.txt``); a country before it is part of the name
    (土耳其|繁荣党)."""
    text = idx.text
    kinds = lex.words.get("party_kind_words", frozenset())
    out = []
    if "党" not in text:
        return out  # (exact: each candidate is a token ending in 党; most texts have none)
    for hit in _PARTY_BEFORE_TITLE.finditer(text):  # (each token ending in 党 before a title, in order)
        k = idx.ending_at(hit.end())
        if k is None:
            continue
        tok = idx.tokens[k]
        w = tok.word
        if len(w) < 2 or w in kinds or tok.pos not in _WORD_TAGS:
            continue
        start = tok.start
        prev = idx.tokens[k - 1] if k > 0 else None
        if prev is not None and lex.knows_place(prev.word) and prev.pos == "ns":
            start = prev.start
        elif prev is not None and not _left_of_a_name(prev, kinds, lex):
            continue  # 尼泊尔民族|民主党, 西班牙工人|社会党, 独立|社会民主党: the name may run on to the
            # left, past this rule (but 反对党|工党主席: a kind of party before the named one)
        out.append(Mention(start, tok.end, text[start:tok.end], "Organization", text[start:tok.end], PARTY_SOURCE,
                           priority=Priority.ORG_PROPER))
    return out


#: word classes that close what stands before a name: punctuation, prepositions, conjunctions,
#: particles, pronouns (，民主党主席, 和工党, 的)
_CLOSING_TAGS = STOP_POS | {"c"}


def _left_of_a_name(tok: Token, kinds: frozenset[str], lex: Lexicons) -> bool:
    """Whether ``tok`` ends what stands before a name: punctuation or a function word, a verb that
    governs a name (会见, 出席; ``boundary_words.txt``, ``person_verbs.txt``; 支持, 取缔 a party's:
    ``party_object_verbs.txt``) or a one-character
    verb or adverb (是, 任, 也), a kind of party (反对党|工党), or 原, 前. Any other word may be the
    name's own (独立|社会民主党: jieba's verb, the party's first word)."""
    w = tok.word
    return tok.pos in _CLOSING_TAGS or w in kinds or w in ("原", "前") or w in lex.words.get("party_object_verbs", ()) \
        or w in lex.words.get("boundary_words", ()) or w in lex.words.get("person_verbs", ()) \
        or len(w) == 1 and tok.pos in ("v", "d", "vg")


#: 命名为, 评为: what follows is an honorary title (guideline: honours are not entities); not 授予,
#: whose object is the one honoured (授予海河港务集团工会…称号)
_HONOUR_BEFORE = re.compile(r"(?:命名为|评为|评选为|确定为|认定为)$")


#: what a list of short names all are: 宝钢、武钢、鞍钢、首钢四大集团, 邯钢、水钢等企业
_COLLECTIVE_KIND = re.compile(r"(等(?:[一二三四五六七八九十两几数多0-9０-９]+(?:大|家|个))?|[一二三四五六七八九十两几数多0-9０-９]+(?:大|家|个))?"
                              r"(?:骨干企业|国有企业|大企业|企业|集团|公司|钢厂)")
#: the heads of _COLLECTIVE_KIND (each of its heads holds one of these)
_COLLECTIVE_HEAD = re.compile(r"企业|集团|公司|钢厂")
_ITEM_TAGS = frozenset({"n", "nr", "nz", "j", "nt", "un", "nrt"})
#: a listed word used less often than this in jieba's dictionary is a name (鞍钢 114), not a
#: trade (钢铁 2610, 化工 4022: 钢铁、化工等企业 are kinds of companies)
_RARE_ITEM = 500
#: the characters of the words joining a list's items (、, 和)
_JOINER_CHARS = re.compile("[、和]")


def _listed_companies(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """Each short name of a list that a collective head says are companies (宝钢、武钢四大集团,
    邯钢、水钢等企业): two or more items of one rare word each, none a place (北京、上海等地企业
    is where), a trade (钢铁、化工等企业) or a kind of ownership (国有、集体等企业)."""
    text = idx.text
    out = []
    if not _COLLECTIVE_HEAD.search(text):
        return out  # (exact: every list is closed by one of these heads, _COLLECTIVE_KIND's last
        # part; most texts name none)
    tokens = idx.tokens
    for joiner in _JOINER_CHARS.finditer(text):  # (the tokens 、 and 和, in order: no step per token)
        i = idx.starting_at(joiner.start())
        if i is None or tokens[i].word not in ("、", "和"):
            continue
        if i >= 2 and tokens[i - 2].word in ("、", "和"):
            continue  # not the first joiner of the list
        items = [tokens[i - 1]] if i > 0 else []
        k = i
        while k < len(tokens) and tokens[k].word in ("、", "和") and k + 1 < len(tokens):
            items.append(tokens[k + 1])
            k += 2
        kind = _COLLECTIVE_KIND.match(text, items[-1].end) if len(items) >= 2 else None
        if kind is None or not idx.is_boundary(kind.end()) or kind.start(1) < 0:
            continue  # (神威|公司: without 等 or a count, the head ends the last name)
        if all(2 <= len(t.word) <= 4 and t.pos in _ITEM_TAGS and word_frequency(t.word) < _RARE_ITEM
               and not lex.knows_place(t.word)
               and t.word not in lex.generic_modifiers for t in items):
            out += [Mention(t.start, t.end, t.word, "Company", t.word, SOURCE, priority=Priority.ORG_PROPER)
                    for t in items]
    return out


#: a body of one level of government by its short name: 市|商委, 省|经委, 市政协, 县|侨办
#: (政协 and 人大 may be followed by their chair's title: 选举某为省政协主席, 省人大主任; a short name in
#: 委 or 办 not by 主, nor any by 员 or 会)
_LEVEL_BODY = re.compile(r"[省市县区](?:(?:政协|人大)(?![员会])|(?:[^\W\d_]委|[^\W\d_]办)(?![员会主]))")


def _level_bodies(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A body named by its level and a two-character short name that jieba knows as one word
    (市|商委, 市|经委, 县|侨办) or with the level (市政协): the home region's body, as 市委 is; after
    a place (武汉市|商委) that place's."""
    text = idx.text
    out = []
    for b in _LEVEL_BODY.finditer(text):
        s, e = b.start(), b.end()
        if not idx.is_boundary(e):
            continue
        k = idx.index_at(s + 1)
        word = idx.tokens[k]
        whole = idx.tokens[idx.index_at(s)]
        if not (word.start == s + 1 and word.end == e and word.pos in ("n", "j", "nt")
                or whole.start == s and whole.end == e):
            continue  # 市|委|员: the short name must be one word (商委), or one with the level (市政协)
        if whole.end == s + 1 and whole.start < s and (whole.word in lex.places or whole.pos == "ns"):
            start = whole.start  # 武汉市|商委: the place's own body
        elif whole.start == s and (prev := idx.ending_at(s)) is not None and idx.tokens[prev].pos == "ns":
            start = idx.tokens[prev].start  # 南岭|市|经委
        elif whole.start == s:
            start = s  # 市|商委, 市政协: the home region's
        else:
            continue
        out.append(Mention(start, e, text[start:e], "Organization", text[start:e], SOURCE,
                           priority=Priority.ORG_PROPER, region_short=start == s))
    return out


#: a work team named by its trade and its number: 装卸四队, 综采二队, 掘进一工区 (not 队员, 队伍); a works
#: or a company so named: 公交三公司, 棉纺二厂 (not 厂长, 厂房, 厂区, 厂庆); a team's shift is named with it
#: (作业一队|甲班: the shift is the unit)
NUMBERED_TEAM = re.compile(r"([\u4e00-\u9fff]{2})[一二三四五六七八九十](?:队(?:[甲乙丙丁]班)?|班|工区|车间|(厂|公司))(?![员伍列形人长房区庆])")
#: the number and the head every match of NUMBERED_TEAM holds
_NUMBERED_HEAD = re.compile(r"[一二三四五六七八九十](?:队|班|工区|车间|厂|公司)")


#: a work crew named by its trade alone, before its leader's title (抢修班班长, 磨工班副班长, 带电作业班班长,
#: 管网|维修班班长: the trade one or two words of up to four characters, _crew_before_its_head)
_TEAM_BEFORE_ITS_HEAD = re.compile(r"班(?=副?班长)")
#: the most characters of a crew's trade before 班 (带电作业, 管网维修)
_MAX_TRADE_CHARS = 4


#: a unit named by a number alone: 四○四厂, ４１３０厂, １２０５钻井队 (not counts: ３００多家厂; 所, a
#: count of schools as often as an institute, is left out)
NUMBER_NAMED_UNIT = re.compile(r"(?<![0-9０-９一二三四五六七八九十○〇零百千万.．])"
                               r"(?:[0-9０-９]{3,5}|[一二三四五六七八九][○〇零一二三四五六七八九]{2,3})"
                               r"(?:钻井队|井队|车队|工厂|厂)(?![员长房区庆])")
#: the last digit and the head every match of NUMBER_NAMED_UNIT holds
_NUMBER_AND_UNIT = re.compile(r"[0-9０-９○〇零一二三四五六七八九](?:钻井队|井队|车队|工厂|厂)")


#: jieba's tags of single characters that are bound morphemes (吊 zg of 桥|吊): a word it could not join
_BOUND_TAGS = frozenset({"zg", "ng", "vg", "g"})


def _unjoined_trade(idx: TokenIndex, i: int) -> bool:
    """Whether the one-character noun at ``i`` and the bound morpheme after it are one trade word
    jieba could not join (桥|吊 of 桥吊一班), right after a registered company's name."""
    first, second = idx.tokens[i], idx.tokens[i + 1] if i + 1 < len(idx.tokens) else None
    return second is not None and len(first.word) == 1 and first.pos == "n" and len(second.word) == 1 \
        and second.pos in _BOUND_TAGS and i > 0 and idx.tokens[i - 1].word.endswith("公司")


def _numbered_teams(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """Work teams named by a trade word and a number (大港公司|装卸四队队长某, 综采二队), and units
    named by a number alone (四○四厂): units of the body named before them. The trade is one word of
    its own, not a verb that divides (分成三队); a verb (装卸, 掘进) only right after a body's name;
    the number one digit (八一队 is a club's name)."""
    out = []
    text = idx.text
    # (the patterns below open on a class of every Han character or on a lookbehind: ``re`` tries
    # them at nearly every character; a text without what every match holds is not searched)
    for t in NUMBERED_TEAM.finditer(text) if _NUMBERED_HEAD.search(text) else ():
        i = idx.starting_at(t.start())
        trade = idx.tokens[i] if i is not None else None
        if trade is not None and trade.end == t.start() + 1 and _unjoined_trade(idx, i):
            trade = Token(t.start(), t.end(1), t.group(1), "n")  # 桥|吊|一班: a trade jieba could not join
        if trade is None or trade.end != t.end(1) or trade.pos not in ("n", "vn", "v", "nz", "j"):
            continue
        if trade.word in lex.words.get("boundary_words", ()) or trade.word[-1] in "成为有分":
            continue  # 分成三队, 编为两队: a count of teams, not one
        before = idx.tokens[i - 1].word if i > 0 else ""
        if trade.pos == "v" and not ends_in_head(before, lex, shortest=1):
            continue  # 带领一队, 击败…队: a verb names a trade only after the body the team is of
        type_ = "Company" if t.group(2) else "Organization"
        start = t.start() if t.group(2) else _cargo_before_trade(idx, i, lex)
        # a crew (检修一班) is a name only with the unit written before it (pipeline._units_named_in_full);
        # a team's shift (作业一队甲班) names it as the team does
        out.append(Mention(start, t.end(), text[start : t.end()], type_, text[start : t.end()], SOURCE,
                           priority=Priority.ORG_PROPER, weak=t.group().endswith("班") and t.group()[-2] in _TEAM_NUMBERS))
    for t in _TEAM_BEFORE_ITS_HEAD.finditer(text) if "班长" in text else ():
        start = _crew_before_its_head(idx, t.start(), lex)
        if start is not None:
            out.append(Mention(start, t.end(), text[start : t.end()], "Organization", text[start : t.end()], SOURCE,
                               priority=Priority.ORG_PROPER, weak=True))
    out.extend(_crews_of_named_units(idx, lex))
    for t in NUMBER_NAMED_UNIT.finditer(text) if _NUMBER_AND_UNIT.search(text) else ():
        if _YEAR_NUMBER.match(t.group()):
            continue  # １９９８年 is no unit, nor a year before a head
        type_ = "Organization" if t.group().endswith("队") else "Company"
        start = t.start()
        service = next((w for w in lex.words.get("armed_services", ()) if text.endswith(w, 0, start)), None)
        if service is not None and idx.is_boundary(start - len(service)):
            start -= len(service)  # 海军|四八○五厂: a service's works is named with its service
        out.append(Mention(start, t.end(), text[start : t.end()], type_, text[start : t.end()], SOURCE,
                           priority=Priority.ORG_PROPER))
    return out


_TEAM_NUMBERS = "一二三四五六七八九十"


def _cargo_before_trade(idx: TokenIndex, i: int, lex: Lexicons) -> int:
    """Where a numbered team whose trade is token ``i`` begins: at a common noun of two characters
    that opens the phrase before the trade, what the trade works on (散货|作业|一队, 原煤|运输|二队),
    else at the trade (来到|装卸|四队; 公司|装卸|四队: the body's word, no part of the team's name)."""
    toks = idx.tokens
    if i < 1 or idx.tokens[i - 1].end != toks[i].start:
        return toks[i].start
    prev = toks[i - 1]
    opens = i < 2 or toks[i - 2].pos in ("x", "v", "p")
    if opens and prev.pos == "n" and len(prev.word) == 2 and not ends_in_head(prev.word, lex, shortest=1) \
            and prev.word not in lex.places and prev.word not in lex.words.get("boundary_words", ()) \
            and prev.word not in lex.generic_modifiers:
        return prev.start
    return toks[i].start


#: jieba's tags of a crew's trade words (抢修 v, 管网 n, 带电作业 n)
_TRADE_TAGS = frozenset({"n", "vn", "v", "nz", "j"})


def _crew_before_its_head(idx: TokenIndex, at: int, lex: Lexicons) -> int | None:
    """Where the crew whose 班 is at ``at`` (before its 班长) begins: its trade, one or two words of
    two to four characters that are the trade's alone (抢修|班, 带电作业|班, 管网|维修班: jieba may glue the
    trade's last word to 班); None when no trade word stands there or it makes a course (培训班)."""
    toks = idx.tokens
    k = idx.index_at(at)
    if k is None:
        return None
    tok = toks[k]
    if tok.start == at:
        j, start = k - 1, at  # 抢修|班
    elif tok.end == at + 1 and len(tok.word) == 3:
        j, start = k - 1, tok.start  # 维修班 (jieba's one word, a name to it)
        if tok.word in lex.event_heads:
            return None
    else:
        return None
    words = 0 if start == at else 1  # (the glued word holds the trade's last word)
    # a verb taking a post (竞聘|抢修班班长, 选拔…, post_taking_verbs.txt) is the sentence's own, no
    # trade's word; other verbs may be the whole trade (运行|维护|班)
    while j >= 0 and words < 2 and at - toks[j].start <= _MAX_TRADE_CHARS and toks[j].pos in _TRADE_TAGS \
            and toks[j].word not in lex.words.get("post_taking_verbs", ()) \
            and toks[j].word not in lex.words.get("boundary_words", ()) and not ends_in_head(toks[j].word, lex, shortest=1):
        start = toks[j].start
        words += 1
        j -= 1
    last = idx.text[toks[k - 1].start : at] if tok.start == at and k > 0 else tok.word[:-1]  # (the trade's last word)
    if at - start < 2 or (idx.text[start:at] + "班") in lex.event_heads or (last + "班") in lex.event_heads:
        return None  # 培训班, 学习班, 技能|提升班: a course, no crew
    return start


_YEAR_NUMBER = re.compile(r"(?:[1１][89８９]|[2２][0０])[0-9０-９]{2}(?![0-9０-９])")


#: a crew's word for what it does, tagged so by jieba (磨工 n, 抢修 v, 总装 n); a verb as frequent as
#: this is a word of the sentence (深入|车间, 来到|车间), no unit's name
_CREW_WORD_TAGS = frozenset({"n", "nz", "vn", "v", "j"})
_EVERYDAY_VERB = 1000


def _crew_word(tok: Token | None, text: str, lex: Lexicons) -> bool:
    """Whether ``tok`` is exactly the two characters ``text``, a trade or a unit's word (管网, 装配)."""
    return tok is not None and tok.word == text and tok.pos in _CREW_WORD_TAGS \
        and tok.word not in lex.words.get("boundary_words", ()) \
        and not (tok.pos == "v" and word_frequency(tok.word) >= _EVERYDAY_VERB)


def _crews_of_named_units(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """Work crews named with the unit of the enterprise they belong to (管网分公司抢修班, 滚子车间磨工班,
    装配事业部总装一班; ``lexicons/crew_unit_heads.txt``): a word for the unit, its head, a trade
    and 班, with a number or not. The chain is the crew's name (the unit alone, 事业部, is none). The
    trade may be glued to 班 (抢修班) but not be a course (培训班, 学习班: events)."""
    heads = sorted(lex.words.get("crew_unit_heads", ()), key=lambda w: (-len(w), w))
    if not heads or "班" not in idx.text:
        return []  # (exact: every crew's name holds 班)
    pattern = re.compile(r"([\u4e00-\u9fff]{2})(" + "|".join(heads) + r")([\u4e00-\u9fff]{2})[一二三四五六七八九十]?班(?![长子组级次车主])")
    out = []
    for t in pattern.finditer(idx.text):
        i = idx.starting_at(t.start())
        unit = idx.tokens[i] if i is not None else None
        glued_unit = unit is not None and unit.word == t.group(1) + t.group(2) and unit.pos in _CREW_WORD_TAGS
        if not glued_unit and (not _crew_word(unit, t.group(1), lex) or idx.tokens[i + 1].word != t.group(2)):
            continue  # 深入|车间…, 来到|车间…: a verb of the sentence names no unit (机修车间: jieba's one word)
        k = idx.starting_at(t.start(3))
        trade = idx.tokens[k] if k is not None else None
        glued = trade is not None and trade.word == t.group(3) + "班" and trade.word not in lex.event_heads \
            and trade.pos in _CREW_WORD_TAGS
        if not (glued or _crew_word(trade, t.group(3), lex)):
            continue
        out.append(Mention(t.start(), t.end(), t.group(), "Organization", t.group(), SOURCE, priority=Priority.ORG_PROPER))
    return out


#: a department (司) of a ministry or commission named right after it: 国家教委|计划建设司
_DEPARTMENT = re.compile(r"[^\W\d_的了和与及等在是]{2,6}?司(?![机令法仪])")
_MINISTRY_ENDS = ("部", "委", "委员会", "总局", "总署")


def _ministry_departments(idx: TokenIndex, found: list[Mention]) -> list[Mention]:
    """The departments (司) written right after a ministry's or commission's name: each is a
    body of its own, a unit of the ministry (relations: unit-of-org)."""
    text = idx.text
    out = []
    for m in found:
        if m.type != "Organization" or not m.name.endswith(_MINISTRY_ENDS):
            continue
        d = _DEPARTMENT.match(text, m.end)
        if d is None or not idx.is_boundary(d.end()) or text[d.end() - 2 : d.end()] in ("公司", "上司", "总司"):
            continue
        if not idx.is_boundary(d.end() - 1) and idx.tokens[idx.index_at(d.end() - 1)].word.endswith("公司"):
            continue
        out.append(Mention(d.start(), d.end(), d.group(), "Organization", d.group(), SOURCE, priority=Priority.ORG_PROPER))
    return out


def _after_titled_person(body, lex: Lexicons) -> int | None:
    """Where a name starts when its body holds a title followed by a person's name (a run of
    "body title person" entries written without separators): after that person. A person's
    name before a title stays (徐建明劳模创新工作室 is the studio of 劳模 徐建明)."""
    cut = None
    for k in range(1, len(body)):
        prev, tok = body[k - 1], body[k]
        role = lex.roles.get(prev.word) or next(
            (lex.roles[prev.word[-n:]] for n in (3, 2) if prev.word[-n:] in lex.roles), None)
        if role in ("leader", "profession") and tok.pos in ("nr", "nrfg", "nrt", "un") and 2 <= len(tok.word) <= 4:
            cut = tok.end
    return cut if cut is not None and cut < body[-1].end else None


def _person_like(tok, lex: Lexicons) -> bool:
    """A word that reads as a person's name: two or three characters opening with a surname,
    that the dictionary calls a name or does not hold."""
    return tok.pos in ("nr", "nrfg", "un") and 2 <= len(tok.word) <= 3 and tok.word[0] in lex.surnames


def _titled_before(idx: TokenIndex, start: int, lex: Lexicons) -> bool:
    """Whether the word before ``start`` is, or ends in, a title or what a person is (院长|朱圣练,
    学生|李凤); a line break between them is no gap (a printed roll goes on on the next line)."""
    k = idx.ending_at(start)
    while k is not None and not idx.tokens[k].word.strip() and "\n" in idx.tokens[k].word:
        k = idx.ending_at(idx.tokens[k].start)
    if k is None:
        return False
    word = idx.tokens[k].word
    return any(word[-n:] in lex.roles for n in range(min(len(word), 4), 1, -1))


def _split_person_before_place(body, k: int, idx: TokenIndex, lex: Lexicons) -> bool:
    """Whether a surname the dictionary split off (罗|汉江, 金|明秀, 崔|建国) and the word after it
    are a person's name of two or three characters between a title and a place that opens the
    next body (副主席|罗汉江|云南省…医院): an entry of a roll printed without separators."""
    if k + 2 >= len(body):
        return False
    sur, given, after = body[k], body[k + 1], body[k + 2]
    return (len(sur.word) == 1 and sur.word in lex.surnames and 1 <= len(given.word) <= 2
            and given.pos not in ("n", "vn", "v") and _is_place_word(after.word, lex)
            and _titled_before(idx, sur.start, lex))


#: heads of the units of a national organ written right after its name (国家体委|冬运中心)
_OFFICE_UNIT_HEADS = ("中心", "司")


def _unit_and_body(m: Mention, idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A name made of a body's full name and one of its units (开滦矿务局唐家庄矿, 中建八局城东管廊
    项目部: ``lexicons/subunit_heads.txt``): the unit's name whole, its body held on it (``body``);
    any other name as it is. The unit needs a name of its own between the body and its head
    (廊坊市工商局直属分局 has no body of its own)."""
    units = lex.words.get("subunit_heads", frozenset())
    federation_unit = _federation_inside_its_unit(m, idx, lex)
    if federation_unit is not None:
        m.body = federation_unit
        return [m]
    if m.type not in ("Company", "Organization") or m.reference or m.weak \
            or m.venue and not m.name.endswith(_OFFICE_UNIT_HEADS):
        return [m]  # (a venue's name only as a national organ's centre: 国家体委|冬运中心)
    longest_first = derived(lex, "_subunit_heads_longest_first", units, lambda: tuple(sorted(units, key=len, reverse=True)))
    # (the longest head the name ends in; one endswith in C first: most names end in none)
    unit_head = next((h for h in longest_first if m.name.endswith(h)), None) if m.name.endswith(longest_first) else None
    if m.text != m.name:
        return [m]
    federation = m.name.find("总工会")
    # (more than a bare facility's head after the federation, 3 characters as 疗养院: a name of its own)
    if federation > 0 and len(m.name) - federation - len("总工会") > 3 \
            and m.name.endswith(_federation_facilities(lex)):
        k = m.start + federation + 3  # 某省总工会|北戴河职工疗养院: the facility named whole, its federation
        m.body = Mention(m.start, k, idx.text[m.start : k], "Federation", clean_name(idx.text[m.start : k]),
                         SOURCE, priority=m.priority)  # nested in it (as a company in its project's name)
        return [m]
    text = idx.text
    # a numbered unit of any kind (首钢总公司|第二炼钢厂, 铁道部|第三工程局): the number names it
    head_start = m.end - len(unit_head) if unit_head is not None else m.end - 1
    # all at once: one endswith in C tells most k that none ends there (the tuple made once per table)
    heads = derived(lex, "_org_heads_tuple", lex.org_heads, lambda: tuple(lex.org_heads))
    # 某二公司|一分公司: a company's branch named by its number alone (one character) after the company
    numbered = unit_head in _COMPANY_BRANCHES and text[head_start - 1 : head_start] in _BRANCH_NUMBERS
    for k in range(head_start - (1 if numbered else 2), m.start + 2, -1):  # the body ends at k, the unit's own name follows
        if not idx.is_boundary(k):
            continue
        body_head = next((h for h in lex.org_heads if text.endswith(h, m.start, k) and len(h) >= 1
                          and lex.org_heads[h][0] in ("Company", "Organization") and lex.org_heads[h][1] != "venue"),
                         None) if text.endswith(heads, m.start, k) else None
        own = idx.tokens[idx.index_at(k)]
        named = own.pos in _PROPER_UNIT_TAGS or own.word in lex.places if unit_head is not None else False
        # 国家体委|冬运中心, 广电部|中央卫星电视传播中心: a centre or a department of a national
        # organ named by its one-word name (not of a region's: 北京市委宣传中心 is not cut)
        office = (unit_head is None and body_head is not None and lex.org_heads[body_head][1] == "word"
                  and m.name.endswith(_OFFICE_UNIT_HEADS) and m.end - k - 2 >= 2
                  and not DIVISION_LEVEL.search(text, m.start, k))
        if numbered and k == head_start - 1:
            named = True
        if body_head is None or k - m.start < 3 or not (named and not m.venue or office
                                                        or ORDINAL_UNIT.fullmatch(text, k, m.end) and not m.venue):
            continue
        body = Mention(m.start, k, text[m.start : k], lex.org_heads[body_head][0], clean_name(text[m.start : k]),
                       SOURCE, priority=m.priority)
        if unit_head is not None and unit_head in _BRANCH_HEADS and _only_places(idx, k, head_start, lex):
            return [m]  # 中国人民银行四川德阳市分行: a bank's branch named by its place alone is one name
            # (德阳市分行 alone says whose branch it is no more than 分行 does); the bank inside it is its
            # parent, nested by unit_parents as every parent written inside a unit's name
        if unit_head in _COMPANY_BRANCHES and text.endswith("公司", m.start, k):
            return [m]  # 中保人寿保险有限公司本溪分公司, 吉运快递有限公司朝阳营业部: a company's branch is
            # registered under its company's name, one name (a works or a shop of it is not: 某公司|东滩煤矿);
            # its company nested by unit_parents
        if REGISTERED_COMPANY.search(body.name):
            m.body = body  # 中天钱塘建设集团有限公司|柯桥滨江新城项目部: a registered company's unit is named
            # under the company's full name, as its branches are; the company nested in it
            m.type = type_under_its_company(m)  # 某钢铁有限公司|炼铁厂: a works of the company is its unit
            return [m]
        unit = Mention(k, m.end, text[k : m.end], m.type, clean_name(text[k : m.end]), SOURCE, priority=m.priority)
        return [body, unit]
    return [m]


#: the tags of the common word that names a department before its one-character head (场馆|处, 用电|分局)
_DEPARTMENT_WORD_TAGS = frozenset({"n", "vn", "v", "b", "j"})
#: the head office of a bank, named with the bank as its branches are (建设银行总行)
_HEAD_OFFICES = frozenset({"总行"})
#: the last characters of a segmented word that names a department (调研室, 基建处, 中文系)
_DEPARTMENT_ENDS = ("处", "室", "系")


#: the bodies whose team or crew is named by its own quoted name, apart from them: unions, federations,
#: companies (a station's crew is named with the station: 某东站“某某”客运服务班组)
_TEAM_OWNER_TYPES = frozenset({"Federation", "TradeUnion", "Company"})
#: the least a team's owner holds before its head for the team's name to be written whole (沙溪区|总工会;
#: 市|总工会 is a short form)
_MIN_OWNER_OWN = 2
#: words that refer back to a body named before (该公司, 本集团, 此单位)
_DEMONSTRATIVES = frozenset("该本此这")


def _team_from_its_quoted_name(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention:
    """A team or crew written after its union, federation or company with an own name in quotes
    (魏都区总工会“冬日送暖”志愿服务队, 该公司“阳光暖冬”志愿服务队): the team is named from its quoted
    name on (the union golds' reading; the body before it is a name of its own); any other mention as it is."""
    if m.type not in ("ServiceTeam", "Organization") or m.reference:
        return m
    q = QUOTED_OWN_NAME.search(idx.text, m.start + 2, m.end)  # 某区总工会|“冬日送暖”志愿服务队
    if q is None or q.end() >= m.end or not idx.is_boundary(q.start()) \
            or not m.name.endswith(words_tuple(lex, "quoted_team_heads")) or not own_quoted_name(q.group(), lex):
        return m  # (市总工会“两节”送温暖慰问团, 区总工会“职工之家”服务中心: no team's own name, the whole span)
    before = idx.text[m.start : q.start()]
    head = org_head(before, lex)
    if not head or lex.org_heads[head][0] not in _TEAM_OWNER_TYPES:
        return m
    # the body named in full is the team's parent, nested as a project department's company is
    # (subOrganizationOf, unit-of-org); 该公司 refers back and is none
    owner = None if len(before) < 4 or before[0] in _DEMONSTRATIVES else \
        Mention(m.start, q.start(), before, lex.org_heads[head][0], clean_name(before), m.source, priority=m.priority)
    if owner is not None and len(before) - len(head) >= _MIN_OWNER_OWN:
        # 某某区总工会“某某”志愿服务队: a body of a name of its own before it, the team's written name whole
        # (the guideline's fullest form; union-dev8, union-dev9); a short form's (市总工会“某某”…) from the quote on
        whole = idx.text[m.start : m.end]
        return Mention(m.start, m.end, whole, m.type, clean_name(whole), m.source, priority=m.priority, body=owner)
    span = idx.text[q.start() : m.end]
    return Mention(q.start(), m.end, span, m.type, clean_name(span), m.source, priority=m.priority, body=owner)


def party_organs_longest_first(lex: Lexicons) -> tuple[str, ...]:
    """The party and league organs (``lexicons/party_organs.txt``), longest first, sorted once per table."""
    words = lex.words.get("party_organs", frozenset())
    return derived(lex, "_party_organs_longest_first", words, lambda: tuple(sorted(words, key=len, reverse=True)))


def _party_committees_of_companies(idx: TokenIndex, found: list[Mention], lex: Lexicons) -> list[Mention]:
    """The party committee written right after a registered company's full name (某药业股份有限公司党委
    副书记): a body of its own, the company nested in its name (the union golds annotate both; a 党委 after
    a bare 公司 is the company's own committee the grammar reads as a reference)."""
    organs = party_organs_longest_first(lex)
    out = []
    for c in found:
        if c.type != "Company" or c.reference or REGISTERED_COMPANY.search(c.name) is None:
            continue
        organ = next((o for o in organs if idx.text.startswith(o, c.end)), None)
        if organ is None or organ not in _PARTY_COMMITTEES:
            continue
        span = idx.text[c.start : c.end + len(organ)]
        out.append(Mention(c.start, c.end + len(organ), span, "Organization", clean_name(span), SOURCE,
                           priority=c.priority, body=c))
    return out


#: words that join two units written after their body (某医院急诊科|和|护理部)
_UNIT_JOINTS = frozenset({"和", "与"})


def _body_before_a_joined_unit(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention:
    """The body a name run across a joint opens with, when a unit of it ends right at the joint (某人民医院
    急诊科|和|护理部获评…: two units of the hospital, no one body's name): the body alone, its unit read by
    :func:`_its_department`; ``m`` otherwise (劳动和经济工作部, 某公司技术和质量部: the joint inside one name)."""
    if m.type not in ("Organization", "Company") or m.text != m.name or not ("和" in m.name or "与" in m.name):
        return m
    text = idx.text
    for j in range(m.start + 1, m.end):
        k = idx.starting_at(j)
        if k is None or idx.tokens[k].word not in _UNIT_JOINTS:
            continue
        for b in range(j - 1, m.start + 1, -1):  # the body's end, the longest body first
            head = org_head(text[m.start : b], lex) if idx.is_boundary(b) else ""
            if not head:
                continue
            name, kind = text[m.start : b], lex.org_heads[head][0]
            if body_with_own_units(kind, name, lex) and department_end(idx, b, kind, name, lex) == j:
                return Mention(m.start, b, name, kind, clean_name(name), m.source, priority=m.priority)
    return m


def _its_department(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention | None:
    """The department written right after a union, federation or court, named whole with it
    (市总工会|劳动和经济工作部, 集团公司工会|办公室: :mod:`.body_departments`), or None."""
    if m.text != m.name or m.weak:
        return None
    end = department_end(idx, m.end, m.type, m.name, lex)
    if end is None:
        return None
    span = idx.text[m.start : end]
    # a court's chamber, a company's or an institution's unit is its unit, the body nested in its name
    # (某中级人民法院|民事审判第三庭, 某人民医院|急诊科); a union's department is named whole, its parent left
    # to inference (the union golds' decision); a federation's gets its federation from unit_parents
    nested = m.type in ("Organization", "Company")
    return Mention(m.start, end, span, "Organization", clean_name(span), SOURCE, priority=m.priority,
                   region_short=m.region_short, reference=m.reference, body=m if nested else None)


#: the words of a bureau's team's own name (劳动|保障|监察, 安全生产|执法): nouns and verbal nouns, a verb after them
_TEAM_WORD_TAGS = frozenset({"n", "vn", "nz", "j", "b", "v"})
_BUREAU_TEAM_HEADS = ("大队", "支队", "中队")
#: the most words and characters a bureau's team's own name holds before its head
_MAX_TEAM_WORDS = 4
_MAX_TEAM_OWN = 8
#: words joining posts in a title chain (副局长兼支队长)
_POST_JOINERS = frozenset({"兼", "兼任"})


def _team_of_its_bureau(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention | None:
    """A bureau's team written right after it (某区人力资源和社会保障局|劳动保障监察大队, 某县应急管理局|
    安全生产执法大队): the team named whole, an Organization, the bureau nested in it (its stated
    parent), or None. Its own name is a few nouns (a verb only after one: 劳动|保障), so 某局带领大队
    人马 is none, nor a post between (某市公安局|副局长兼|交警支队: a title chain, two bodies)."""
    if m.type != "Organization" or not m.name.endswith("局") or m.text != m.name or m.weak or m.reference \
            or m.body is not None:
        return None
    k = idx.starting_at(m.end)
    toks = idx.tokens
    for j in range(k, min(k + _MAX_TEAM_WORDS + 1, len(toks))) if k is not None else ():
        tok = toks[j]
        if tok.word in _BUREAU_TEAM_HEADS or j > k and tok.word.endswith(_BUREAU_TEAM_HEADS) and len(tok.word) <= 4:
            if j == k or tok.end - m.end > _MAX_TEAM_OWN + len("大队") or idx.text.startswith("人马", tok.end):
                return None
            span = idx.text[m.start : tok.end]
            # (某供电局|青年志愿者服务大队: a volunteer team of the bureau, a ServiceTeam; its parent the bureau still)
            return Mention(m.start, tok.end, span, team_type(span, lex), clean_name(span), SOURCE, priority=m.priority, body=m)
        if tok.pos not in _TEAM_WORD_TAGS or tok.pos == "v" and j == k or len(tok.word) > 4 \
                or tok.word in lex.roles or tok.word in _POST_JOINERS or tok.word.endswith(_BUREAU_TEAM_HEADS):
            # (某公安局|交警支队|直属大队: a team of a team, its parent the 支队, not the bureau)
            return None
    return None


def _with_its_department(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention:
    """The name of a body run on across an office or department written right after it
    (``lexicons/department_units.txt``: 国家体改委|调研室, 北京市体委|场馆|处, 赣西供电局|用电|分局), as one
    unit's name; the body's name as it is otherwise. A post (处长, 科长) is one word, no department."""
    if m.type not in ("Organization", "Company") or m.reference or m.weak or m.venue or m.text != m.name:
        return m
    k = idx.starting_at(m.end)
    if k is None:
        return m
    if m.type == "Company" and idx.tokens[k].word not in _HEAD_OFFICES:
        return m  # (a company's office, 某公司调度室, is where its people work: the company is named;
        # but a bank's 总行 is named with the bank, as its 分行 are)
    units = lex.words.get("department_units", frozenset())
    toks = idx.tokens
    first = toks[k]
    end = None
    if len(first.word) >= 2 and (first.word in units or first.word.endswith(_DEPARTMENT_ENDS)) \
            and first.word not in lex.words.get("not_department_words", frozenset()) and first.pos not in ("v", "d", "r", "m", "p", "c"):
        end = first.end
    elif k + 1 < len(toks) and len(first.word) == 2 and first.pos in _DEPARTMENT_WORD_TAGS and first.word not in lex.roles \
            and first.word not in lex.places and toks[k + 1].word in units:
        end = toks[k + 1].end
    if end is None:
        return m
    span = idx.text[m.start : end]
    return Mention(m.start, end, span, m.type, clean_name(span), m.source, priority=m.priority)


def _unit_after_its_body(idx: TokenIndex, start: int, hs: int, head: str, lex: Lexicons) -> int | None:
    """Where the own name of a unit (``lexicons/subunit_heads.txt``: 机务段, 支局, 道班) starts when
    it follows the name of the body it belongs to (铁路分局|月山机务段), even in common words or
    single characters the segmenter left (月|山): written so, the words name the unit. Two to four
    characters, none of them a word for every such unit (各, 下属); None otherwise."""
    if head not in lex.words.get("subunit_heads", frozenset()):
        return None
    at, k = start, idx.ending_at(start)
    while k is not None:
        before = idx.tokens[k]
        body_head = org_head(before.word, lex)
        if body_head and lex.org_heads[body_head][0] in ("Company", "Organization") and lex.org_heads[body_head][1] != "venue":
            words = body_tokens(idx, at, hs)
            ok = 2 <= hs - at <= 4 and not any(t.word in lex.generic_modifiers or t.pos in ("v", "p", "c", "r", "u") for t in words)
            return at if ok else None
        if len(before.word) != 1 or hs - before.start > 4:
            return None
        at, k = before.start, idx.ending_at(before.start)
    return None


#: heads that, after a country alone, say what kind of firm (日本公司, 香港企业), not which
_KIND_OF_FIRM = frozenset({"公司", "企业", "集团", "商社", "财团"})
#: words for abroad, and the places 港澳台 that news names firms by as it names countries
_ABROAD_WORDS = frozenset({"外国", "国外", "海外", "外资", "外商", "境外", "香港", "澳门", "台湾", "港澳台", "港澳"})


#: words of size between a country and a firm's head: 外国大公司, 日本小企业
_SIZE_WORDS = frozenset("大小")


def firm_of_a_country(name: str, lex: Lexicons) -> bool:
    """Whether ``name`` says only what country a firm is of (日本公司, 香港企业, 外国公司): a kind of
    firm, no name (日立公司, 北京公司 are names)."""
    head = org_head(name, lex)
    if head not in _KIND_OF_FIRM:
        return False
    owner = name[: -len(head)]
    return _from_abroad(owner, lex) or owner[-1:] in _SIZE_WORDS and _from_abroad(owner[:-1], lex)  # 外国大公司


def _from_abroad(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` is a country, a region abroad or a word for abroad (日本, 欧美, 香港, 外国)."""
    return word in _ABROAD_WORDS or place_level(word, lex) in ("continent", "region", "country")


#: one-character heads that are also a verb (办: to run) or a particle (所占, 所取得): a name
#: ending in one needs the name to end there (国务院外办副主任, 研究所的)
_PARTICLE_HEADS = frozenset({"办", "所"})


#: bodies named after the one who runs them (村办|企业, 户办|工程, 校办|工厂)
_RUN_BODIES = frozenset({"企业", "工厂", "学校", "小学", "中学", "工程", "项目", "煤矿", "医院", "公司", "产业"})


def _verb_or_particle(tok, nxt, roles) -> bool:
    """Whether the 办 or 所 ending ``tok`` is the verb to run (煤矿|办|院校, 人来|办|企业, 老区办|起,
    越办越好) or the particle before a verb (总额中所|占), not the head of a short name (信访办,
    外办, 研究所): a word of its own tagged as a verb or particle, a word the dictionary does not
    know glued to one character (走办, 越办) or to a verb after it, or 起 after it."""
    if tok.word in _PARTICLE_HEADS:
        return tok.pos in ("v", "c", "u", "p", "d")
    if nxt is not None and nxt.word in ("起", "起来", "越"):
        return True
    if len(tok.word) == 2 and nxt is not None and nxt.word in _RUN_BODIES:
        return True  # 村办|企业, 乡办|学校: who runs the body, no office
    return tok.pos == "un" and len(tok.word) == 2 or tok.pos in ("un", "j") and nxt is not None \
        and nxt.pos in ("v", "d") and nxt.word not in roles  # (工办|会计: a post after the name)


#: what follows the verb 站 (to stand) and never a station's name: 站在, 站着, 站起, 站满, 站稳
_AFTER_STANDING = ("在", "着", "起", "满", "稳")


def _stands(text: str, tok, nxt) -> bool:
    """Whether a 站 that jieba reads as a verb word of its own is the verb to stand: a complement
    of place or manner follows it (站|在一起, 站|着). A station's name is one word (核电站|在), is
    followed by no such word (长城|站|、) or names the station by its quarter (唐山南站|在改革)."""
    return tok.word == "站" and tok.pos == "v" and nxt is not None and nxt.word.startswith(_AFTER_STANDING) \
        and text[tok.start - 1 : tok.start] not in ("东", "南", "西", "北")


#: what a body's workers are called, glued by the dictionary to its head (煤矿工人, 工厂职工)
_WORKER_NOUNS = frozenset({"工人", "职工", "员工", "矿工"})
#: a bank's branches, named by the place they serve (中国农业发展银行河南省南阳市分行)
_BRANCH_HEADS = frozenset({"分行", "支行", "营业部", "营业所"})
#: a registered company's legal form, under which its units are named (…有限公司|柯桥滨江新城项目部); by law
#: its name holds a trade name of its own (东方通信|股份有限公司)
REGISTERED_FORM = r"有限(?:责任)?公司"
REGISTERED_COMPANY = re.compile(REGISTERED_FORM + "$")
#: the head of a works, a unit of the company whose name it is written under (某有限公司炼铁厂)
WORKS_HEAD = "厂"
#: a works named under its company (某钢铁有限公司炼铁厂, 某矿业集团公司东滩矿热电厂): the company's unit
#: (not under a bare 集团: 某药业集团东方制药厂 is an enterprise of the group, a Company by the guideline)
_WORKS_OF_A_COMPANY = re.compile(r"公司[^\W\d_]{2,}厂$")


def works_of_a_company(name: str) -> bool:
    """Whether ``name`` is a works written under its company's name (某钢铁有限公司炼铁厂): a unit of the
    company, an Organization as the golds type it, no enterprise of its own."""
    return _WORKS_OF_A_COMPANY.search(name) is not None


def type_under_its_company(m: Mention) -> str:
    """The type of ``m`` named under its company's name: a works (某钢铁有限公司|炼铁厂) is the company's
    unit, an Organization, no enterprise of its own; any other unit keeps its type."""
    return "Organization" if m.type == "Company" and m.name.endswith(WORKS_HEAD) else m.type
#: the branches of a company, registered under the company's name
_COMPANY_BRANCHES = frozenset({"分公司", "支公司", "营业部"})


#: the tags of a dictionary word that names one body (清华大学 nt, 工商银行 j: a short name)
_OWN_NAME_TAGS = frozenset({"nt", "nz", "j"})


def a_word_for_a_kind(name: str, lex: Lexicons) -> bool:
    """Whether ``name`` is a word of the dictionary for a kind of body, no one body's own name (保险公司,
    钢铁公司, 机械厂; 清华大学 is jieba's nt, 工商银行 its j), or a generic body (该公司's 公司). (jieba tags
    ministries n too, 水利部: read it for enterprises and institutions only.)"""
    return is_word(name) and word_tag(name) not in _OWN_NAME_TAGS or name in lex.words.get("generic_org_words", ())


#: the numbers a company's branches are named by (一分公司, 三分公司)
_BRANCH_NUMBERS = frozenset("一二三四五六七八九十")


def _only_places(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether the text between ``start`` and ``end`` is places alone (四川|德阳市)."""
    if end <= start:
        return False
    i = idx.index_at(start)
    while i < len(idx.tokens) and idx.tokens[i].start < end:
        t = idx.tokens[i]
        if not (lex.knows_place(t.word) or t.pos == "ns"):
            return False
        i += 1
    return True


#: a unit named by its number: 第二炼钢厂, 第三工程局 (a head of at most a few characters after it)
ORDINAL_UNIT = re.compile(r"第[一二三四五六七八九十]{1,3}(?!附属)[\u4e00-\u9fff]{1,5}")  # (…大学第三附属医院 is one name)
#: word classes that open a unit's own name (唐家庄, 城东, 北京): names and places
_PROPER_UNIT_TAGS = frozenset({"ns", "nr", "nz", "nt", "un", "j", "nrt", "nrfg"})


#: a member of a body, written after its name (全国政协委员, 全国人大常委): the title a member holds
_MEMBERS = ("委员", "常委", "代表")


#: the unit of an institution or enterprise a branch union (分工会) belongs to: a school, an office,
#: a library, a department, a workshop (经济管理学院, 后勤管理处, 图书馆, 急诊科, 灌装车间)
#: (not one list with aliases._UNIT_FINALS, the finals org heads miss, nor institution_units._UNIT_HEAD,
#: the units an institution's bare names end in: each names the units its own rule reads)
_UNIT_OF_A_BODY = re.compile(r"(?:学院|医院|处|馆|科|系|部|室|所|中心|车间|分厂|厂|站|队|班组)$")


#: levels of a place written as a word of their own after its name (曹妃甸|区, jieba's name): the
#: division levels but 省 and 州, which jieba keeps in one word with the name before them (河北省, 甘孜州)
_BARE_LEVELS = frozenset(DIVISION_LEVEL_CHARS) - {"省", "州"}


def _level_of_the_name(body: list[Token], k: int, idx: TokenIndex, lex: Lexicons) -> bool:
    """Whether the word jieba reads as a person's name is a place's, its level written after it
    (曹妃甸|区|总工会): a bare level opens no place name of its own, and no title stands before."""
    return body[k + 1].word in _BARE_LEVELS and not _titled_before(idx, body[k].start, lex)


#: the tags of a word that may be a place's name but its level (名山 n of 名山区, 路桥 n of 路桥区)
_RUN_INTO_TAGS = frozenset({"n", "nr", "nrt", "nz", "ns", "j", "un"})


def _grammar_candidate(idx: TokenIndex, matched: str, he: int, lex: Lexicons) -> Mention | None:
    """The name whose head ends at ``he`` (the regex matched ``matched``), or None."""
    text = idx.text
    # the longest head that stands on word boundaries: 建设产业工会组织 gives 工会, not 产业工会
    head = next((h for h in _suffix_heads(matched, lex) if _head_fits(idx, he - len(h), he, lex)), None)
    if head is None:
        return None
    hs = he - len(head)
    if len(head) == 1 and idx.tokens[idx.index_at(hs)].word == head and idx.tokens[idx.index_at(hs)].pos in ("c", "p", "u", "d"):
        return None  # 党和政府|所|关心: a particle, not the head 所 (研究所)
    j = idx.index_at(he - 1)
    nxt = idx.tokens[j + 1] if j + 1 < len(idx.tokens) else None
    if head in _PARTICLE_HEADS and _verb_or_particle(idx.tokens[j], nxt, lex.roles):
        return None  # 煤矿|办|正规院校, 老区办|起, 总额中所|占: the verb 办 and the particle 所, no head
    if head == "站" and _stands(idx.text, idx.tokens[j], nxt):
        return None  # 刘光亮|站|在田边, 与阿拉伯国家|站|在一起: the verb to stand, no station
    type_, kind = lex.org_heads[head]
    if head.endswith("工会") and _CONGRESS_AFTER.match(text, he):
        return None  # 中国工会十八大 is a congress, not a union
    level_body = head[:1] in _LEVELS and kind == "strong" and len(head) >= 2  # 省委, 市政府
    # (村委会: a weak head that opens with a level names, alone, the body of the village in the story;
    # with words before it, 柳塘村村委会, it is any village's, named by them)
    level_head = level_body or kind == "weak" and head[:1] in REGION_LEVELS and len(head) >= 3
    # 党组书记 is a title, not the party group 党组 (but 公司工会主席 is the union's chair, 省委书记
    # the secretary of the province's 省委, and 四川省党委书记 of 四川省党委: decided below, once
    # the body before the head is known)
    titled = not head.endswith("工会") and not level_head and any(text.startswith(r, hs) for r in titles_starting(head))
    # 安吉县人力资源和社会保障局: a department's name runs on across its 和 (department_stems.txt)
    stems = lex.words.get("department_stems", frozenset())
    stem = next((w for w in stems if text.endswith(w, 0, hs)), "") if text.endswith(_tuple(stems), 0, hs) else ""
    start = name_start(idx, hs - len(stem), lex, head=head) if stem else name_start(idx, hs, lex, head=head)
    if start == hs and head[:1] == "村":
        start = _village_before(idx, hs, lex)  # 东湖|村|村委会: the village jieba cut off names its committee
    if type_ == "Company":
        start = split_trade_name_start(idx, start, he, lex)  # 潍坊|鸢|都|重工集团有限公司
    if type_ in ("Company", "TradeUnion"):
        start = registered_name_start(idx, start, he, lex)  # 三明|速通|即时|配送有限公司(沙县分公司, 工会)
    term = _TERM_COMMITTEE.search(text, max(start, he - 16), he)
    if term is not None and term.start() > start:
        return None  # a term's committee of the body named before it: that body is the name
    body = body_tokens(idx, start, hs)
    cut = _after_titled_person(body, lex)
    if cut is not None:  # …研究所高级农艺师赖铭隆|全国农业技术推广服务中心: a run of names
        start, body = cut, [t for t in body if t.start >= cut]
    named = [k for k in range(len(body) - 1) if _person_like(body[k], lex) and _is_place_word(body[k + 1].word, lex)
             and (body[k].pos != "un" and not _is_place_word(body[k].word, lex) or _titled_before(idx, body[k].start, lex))
             and not _level_of_the_name(body, k, idx, lex)]
    named += [k + 1 for k in range(len(body) - 2) if _split_person_before_place(body, k, idx, lex)]
    if named:  # 院长朱圣练|广西电视台, 学生李凤|上海市…医院: a person's name, then a body a place opens
        # (a word the dictionary does not hold needs the title: 国网|东城供电公司 is a brand; so does a
        # place the gazetteer knows, jieba's name or not: 曲靖 nr|马龙|新材料有限公司 is places and a brand)
        last = max(named)
        start, body = body[last + 1].start, body[last + 1 :]
    if head in _COMPANY_UNIT_HEADS and len(body) >= 2 and body[0].word in _COMPANY_REFERENCES:
        start, body = body[1].start, body[1:]  # 集团|变速箱分公司: the unit is named after the word that
        # refers back to its company (the guideline's 分公司 is named by its own words)
    # 名山|区委: a place whose level is the head's first character (名山区), 名山 a word of its own to jieba
    # (a noun of two characters or more: not the 和 of 某某和|县政府, though 和县 is a county)
    run_into = level_body and bool(body) and not _is_place_word(body[-1].word, lex) \
        and len(body[-1].word) >= 2 and body[-1].pos in _RUN_INTO_TAGS and body[-1].word + head[0] in lex.places
    if level_body and body and not _is_place_word(body[-1].word, lex) and idx.tokens[idx.index_at(hs)].start == hs \
            and not run_into:
        # 市委, 县政府 name the body of a place: only a place stands before them (哈尔滨|市委, 名山|区委);
        # anything else is no part of the name (市总工会共向|市委)
        start, body = hs, []
    if head == "班组" and body and body[-1].pos in ("v", "vd") and body[-1].word not in lex.name_words:
        return None  # 东西|带回|班组: a verb that governs the group names none (but 女子|安检|班组: a trade)
    if _all_of_a_kind(body, head, lex):
        return None  # 全国银行, 全国文化厅, 全世界核电站: every such body, not one national body
    if no_one_union(text[start:he], lex):
        return None
    if text[start:hs].endswith("村") and text[start:hs][:-1] in lex.words.get("village_kinds", frozenset()):
        return None  # 贫困村|党支部, 行政村|村委会: the body of any village of a kind, no one village's
    if _every_such_body(idx, start, hs, body, lex):
        return None  # 南京市各级党委, 市属医院, 各|县市区总工会, 潍坊|等市|总工会: no one body
    if body and _GRADE.fullmatch(body[0].word):
        return None  # 国家级企业技术研究开发中心, 国家级企业集团: a grade a body is given, no one body
    if firm_of_a_country(text[start:he], lex):
        return None  # 日本公司, 香港公司, 外国企业: a firm of a country, not a named one
    if _kind_in_a_place(body, text[start:hs], lex):
        return None  # 北京大型商场, 海口市私立医院, 国家一流合唱团: a kind of body a place has, not one
    if stem:  # the department's name is proper; what comes before it (a place, 市) says whose
        before = [t for t in body if t.end <= hs - len(stem)]
        cls = _classify_body(before, lex) if before else "descriptive"
    else:
        cls = _classify_body(body, lex)
    if run_into and cls in ("common", "descriptive"):
        cls = "proper"  # (名山 is a common noun to jieba: the place it opens names the body)
    if len(body) == 1 and body[0].start == start and body[0].pos == "ns" and not _is_place_word(body[0].word, lex) \
            and body[0].word in lex.words.get("facility_act_words", ()):
        return None  # 企业|新建|工会, 促进|新建|学校: jieba files 新建 (a county's old name) as a place; alone
        # before the head it is the verb, building one, no name (榆次|新建|机器厂 keeps it as the name's word)
    if _kind_word_before_name_only_head(body, head, lex):
        return None  # 新疆|军垦|农场, 昌平区|生态|农场, QQ|农场: a kind of farm, no named one
    if body and body[0].start < start and (text[start:hs] in _LEVELS or text[start : body[0].end] in _LEVELS):
        cls = "region"  # 从|市总工会, 为省|人大常委会: the HMM glued 从 or 为 to 市 or 省; what is left is
        # the home region's level
    village = bool(body) and _village_word(body[-1].word, lex)
    if village and (cls == "common" or len(body) >= 2 and body[-2].pos in ("n", "vn", "v")
                    and body[-2].word[-1] not in "镇乡县" and not _is_place_word(body[-2].word, lex)):
        start, body, cls = body[-1].start, body[-1:], "proper"  # (张家口)地震灾区|单晶河村|党支部: a
        # village's name, one word to jieba, names its body (common words before it say where it is)
    if cls == "empty" and level_head:
        cls = "region"  # 省委, 市政府, 村委会 alone: the body of the home region (or village), as 市总工会 is
    if cls in ("common", "generic") and head in _UNION_COMMITTEES and len(body) == 1 and body[0].word.endswith("工会") \
            and body[0].word[:1] in _LEVELS:
        cls = "region"  # 县总工会|经费审查委员会: the committee of the home region's union, one word to jieba
    if cls == "generic" and [t.word for t in body] == ["街道"] and head in ("总工会", "党工委"):
        cls = "region"  # 街道总工会主席: the subdistrict's federation the story is about, as 区总工会 is
        # (街道 alone is a generic modifier elsewhere: 街道工会 are the unions of subdistricts)
    if cls in ("common", "empty") and kind == "weak":
        own = _unit_after_its_body(idx, start, hs, head, lex)
        if own is not None:  # 郑州铁路分局|月山机务段: right after its body, a unit's words are its name
            start, body, cls = own, body_tokens(idx, own, hs), "proper"
    if cls in ("common", "descriptive") and text.endswith("分工会", 0, he) and _UNIT_OF_A_BODY.search(text, start, he - 3):
        cls = "proper"  # 机械工程学院|分工会, 图书馆|分工会: a branch union is one unit's, which its words name
    own_committee = cls == "reference" and not _anaphora_before(idx, start) and (
        head in _PARTY_COMMITTEES or head in _UNION_COMMITTEES and body and body[-1].word.endswith("工会"))
    # (集团工会|经费审查委员会主任, 集团公司工会|女职工委员会: the committee of the union the story is about)
    town_before = hs > start and text[hs - 1] in DIVISION_LEVEL_CHARS and cls == "proper" \
        and not _common_level_word(text[start:hs], lex)  # 永顺|镇党委书记 (not 城市|党委书记)
    if titled and not (cls in ("proper", "region") and body and (_is_place_word(body[-1].word, lex) or village)) \
            and not town_before \
            and not own_committee and not (cls == "region" and head == "党工委"):
        return None
    rest = text[he : idx.tokens[j].end]
    if rest and not (body and _is_place_word(body[0].word, lex)) and not (
            (cls in ("proper", "region") or cls == "reference" and (head.endswith("工会") or own_committee))
            and lex.roles.get(rest) == "leader") and not (
            cls == "proper" and rest in _WORKER_NOUNS) and not (
            cls in ("proper", "region") and rest == "组织" and _ORGANISES_WHOM.match(text, idx.tokens[j].end)):
        return None  # 北京市工会干部: split a compound word only after a place, or before a title (精工工会主席)
        # or a worker noun after a proper name (蔡冲煤矿|工人)
    if kind == "standalone" and not all(_is_place_word(b.word, lex) for b in body):
        k = idx.ending_at(hs)
        if k is not None and (idx.tokens[k].word in lex.generic_modifiers or idx.tokens[k].word in scope_words("every")):
            return None  # 各地妇联: every such body, not one
        start, body, cls = hs, [], "empty"  # 经国务院批准: the head alone is the name
    first = idx.tokens[idx.index_at(hs)]
    if first.start == start < hs and first.end == he and cls in ("empty", "common"):
        cls = _one_word_class(text[first.start : hs], kind, lex)  # the name is one word: 水利部
        if cls is None:
            return None
    attrs: dict = {}
    if cls in ("generic",) or (cls == "empty" and kind != "standalone"):
        return None
    if cls == "reference":
        attrs["reference"] = True
    elif cls == "descriptive":
        attrs["weak"] = True
    elif cls == "region":
        attrs["region_short"] = True
    elif cls in ("common", "scope"):
        if kind in ("weak", "word") and cls == "common":
            return None
        if cls == "common" and kind == "strong" and body and head not in _GOVERNMENT_HEADS \
                and not _named_in_company(idx, start, body, lex):
            return None  # 贷款银行, 民办医院, 商业集团: common words before a head say a kind of body
            # (a body founded or named so is found by the rules that read that: 成立网球协会)
        if nxt is not None and nxt.pos in ("n", "vn") and nxt.word not in lex.org_heads and nxt.word not in lex.roles \
                and not _unit_follows(idx, he, lex):
            return None  # 文体协会长效机制: the phrase modifies a noun, it names nothing (but a title
            # after it, 中国游泳队|主教练, is the post of the body named; a unit of it, 变速箱分公司|齿轮加工车间)
    if head == "工会" and len(body) == 1 and len(body[0].word) == 2 and body[0].start == start \
            and all(ch in lex.place_abbreviations for ch in body[0].word):
        return None  # 京藏工会: the unions of two places paired (京, 藏), no one union
    if cls == "proper" and head == "工会" and all(_is_place_word(b.word, lex) for b in body):
        if nxt is not None and nxt.pos in ("n", "vn"):
            return None  # 广州工会动态: the unions of a city as a topic, not one union
        if names_a_media(text, start, he):
            return None  # 射阳工会　微信公众号, “烟台工会”APP: a union's account or app, named by its place

    located = _location_context(idx, start, lex)
    if kind == "venue":
        attrs["venue"] = True
        if located and not _federations_office(text, start, he, lex):
            type_ = "Place"
    if type_ == "Place" and kind == "venue" and not located and cls != "proper":
        return None
    if type_ == "Place" and kind == "venue" and not located and _no_venue_name(body, lex):
        return None
    if kind == "venue" and cls == "common" and not located and head in _BARE_VENUE_HEADS:
        return None  # 成立了技术开发中心, 著名艺术中心: a kind of centre, no name (a bare centre's name needs
        # a proper word or a region; but 再就业服务中心 is the institution its head says)
    span = text[start:he]
    if _ORDINAL_ONLY.fullmatch(span):
        return None  # 第一局 (a game of a match), 第二部 (a part of a work): an ordinal names no body
    if cls == "region" and text[start:he][:1] == "村" and text[start:hs] in ("", "村") \
            and not _one_village_post(idx, start, he, lex):
        return None  # 每个|村委会主任, 要求|村党支部书记带头: any village's body, no one village's
    held_post = level_head and cls == "region" and any(text.startswith(r, hs) for r in titles_starting(head))
    generic = lex.words.get("generic_org_words", frozenset())
    if (span in generic or _EVERY_IN_AN_AREA.match(span) and span[2:] in generic) and not held_post \
            or head == "工会" and every_in_an_area(text, start) \
            or _counted_bodies(text, start, hs, cls) \
            or counted_after(text, he):
        return None  # (村委会 is any village's committee, but 村委会主任 a post of the village in the story;
        # 全镇|中小学工会, 全区|公立医院工会: the unions of every such body of the area; but 全省|…指挥部
        # is one body set up for the whole province)
    if head.endswith("政府") or head == "办":
        kind_word = idx.tokens[idx.index_at(hs)]
        if kind_word.start < hs and kind_word.word in lex.words.get("generic_org_words", ()) \
                and not all(_is_place_word(b.word, lex) for b in body if b.end <= kind_word.start) \
                and not (body and body[0].start == start and _is_country(body[0].word, lex)):
            return None  # 反对派抗议|现政府: a kind of government (现政府, 联合政府) is named by its country
            # (以色列|联合政府, 阿富汗|伊斯兰|过渡政府: the country opens the name), by no other words;
            # so is who runs a work (某乡以|户办)
    if type_ == "TradeUnion" and head in ("工会", "工会联合会") and _regional_industry_union(body, lex, head):
        type_ = "Federation"  # 湖北省教育工会, 中国金融工会, 芜湖市快递行业工会联合会: the industry union of
        # the country, a province or a city (a district's 行业工会联合会 is a grassroots union)
    if type_ == "ServiceTeam":
        type_ = team_type(span, lex)
    if head in BANK_BRANCH_HEADS:
        type_ = _branch_type(span[: -len(head)], type_, lex)
    if type_ == "Organization" and span.endswith(_site_heads(lex)) and not names_an_employer(text, he, lex):
        type_ = "Place"  # 平津战役纪念馆, 首都博物馆: read as any venue of a body, named as the place visited
        # (but 某南站|站长, 某动物园|园长: a station or zoo named as where someone works is that body)
    return Mention(start, he, span, type_, clean_name(span), SOURCE, priority=Priority.ORG_PROPER if cls == "proper" else Priority.ORG_GENERIC, **attrs)


#: 全 and a level before a kind of body: every such body of the area the story is in (全镇|中小学, 全区|医院)
_EVERY_IN_AN_AREA = re.compile(r"全[省市县区镇乡村]")
#: characters that make one word with a 全 after them (安全, 完全, 健全, 齐全, 周全, 保全): no 全 of an area
_WORDS_ENDING_IN_QUAN = frozenset("安完健齐周保")


#: what follows the name of a union's media (射阳工会　微信公众号, 伊州工会　2026年3月12日, “烟台工会”APP,
#: 甘肃工会　首页 > 市州动态): an account, a site or an app, with its date line
MEDIA_AFTER = re.compile(r"[”\"]?[ \t\u3000]*(?:[|｜>＞]|微信公众号|公众号|APP|App|app|客户端|网站|首页)")
#: a masthead's date line after the media's name (伊州工会　2026年3月12日): the line holds the date alone
_MEDIA_DATE_AFTER = re.compile(r"[”\"]?[ \t\u3000]*[0-9０-９]{4}[-年][0-9０-９]{1,2}[-月]?(?:[0-9０-９]{1,2}日?)?"
                               r"(?:[ \t\u3000]*[0-9０-９]{1,2}[:：][0-9０-９]{2})?[ \t\u3000]*(?:\n|$)")

#: a year after a name opening its line, parted from it by a space (伊州工会　2026年3月12日 10:30 发布)
_MASTHEAD_YEAR_AFTER = re.compile(r"[”\"]?[ \t\u3000]+[0-9０-９]{4}[-年]")


def names_a_media(text: str, start: int, end: int) -> bool:
    """Whether the union's name ``text[start:end]`` names its media: an account, site or app after it
    (MEDIA_AFTER), or a masthead's date: the line holds the name and the date alone, or the name opens
    its line and a space parts it from the year (伊州工会　2026年3月12日 10:30); in
    running text a year after a union is the time of what it did (献县工会2024年共慰问…)."""
    if MEDIA_AFTER.match(text, end):
        return True
    if _MEDIA_DATE_AFTER.match(text, end):
        return True  # (the line holds the name and its date alone)
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t\u3000“\"") and _MASTHEAD_YEAR_AFTER.match(text, end) is not None


def _anaphora_before(idx: TokenIndex, start: int) -> bool:
    """Whether a demonstrative opens the phrase (该|公司党委, 本|集团党委): anaphora, no name."""
    k = idx.ending_at(start)
    return k is not None and idx.tokens[k].word in ("该", "本", "这", "此", "那", "其")


def _site_heads(lex: Lexicons) -> tuple[str, ...]:
    """The heads of visited sites (``lexicons/site_heads.txt``: 博物馆, 纪念馆), longest first (sorted
    once per table)."""
    words = lex.words.get("site_heads", frozenset())
    return derived(lex, "_site_heads_longest_first", words, lambda: tuple(sorted(words, key=len, reverse=True)))


#: heads of a bank's branches: a branch is the kind of body its bank is (named apart from
#: _BRANCH_HEADS above, which it once shadowed: 营业部 and 营业所 were never read as place-named branches);
#: a tuple, for str.endswith (the bank modules share it: bank_short_forms, relations.organisations)
BANK_BRANCH_HEADS = ("分行", "支行")


def _branch_type(body: str, type_: str, lex: Lexicons) -> str:
    """The type of a branch named after its bank (中国人民银行四川德阳市分行: the central bank's
    branch is an organ of government like the bank; 中国工商银行北京分行 a company): the type of
    the last organisation head of a bank in the words before the branch's head, else ``type_``."""
    for end in range(len(body), 1, -1):
        head = next((h for h in (body[end - n : end] for n in range(min(end, lex.longest_org_head), 1, -1))
                     if h.endswith("银行") and h in lex.org_heads), None)
        if head:
            return lex.org_heads[head][0]
    return type_


#: heads of government departments, whose names are common words (民政事务总署, 海关总署): they are
#: named by what they administer, not a kind of body
#: the party committee of a body or a subdistrict: 公司党委, 集团公司党委, 街道党工委 name the committee of
#: the body the story is about, as 公司工会 names its union (the golds keep them as written)
_PARTY_COMMITTEES = frozenset({"党委", "党工委"})
#: committees of a union named with it (某总工会经费审查委员会, 县总工会女职工委员会)
_UNION_COMMITTEES = frozenset({"经费审查委员会", "经审会", "女职工委员会"})
_GOVERNMENT_HEADS = frozenset({"总署", "署", "局", "总局", "厅", "委员会", "办公室"})
#: words of scope that make one body of common words a name: 世界中学生体育联合会, 全国…
_WORLD_SCOPE = scope_words("country", "world")


#: the heads of a company's branches and units, and the words that refer back to the company
#: written before them (集团|变速箱分公司, 公司|炼钢分厂)
_COMPANY_UNIT_HEADS = frozenset({"分公司", "分厂", "车间"})
_COMPANY_REFERENCES = frozenset({"集团", "公司", "集团公司", "总公司"})
#: the heads of an enterprise's units that may follow the unit they belong to (分公司|齿轮加工车间)
_WORKSHOP_HEADS = frozenset({"车间", "分厂", "班组", "工段", "项目部"})


def _unit_follows(idx: TokenIndex, he: int, lex: Lexicons) -> bool:
    """Whether the words after a name ending at ``he`` are a unit of it: one to three nouns and
    a workshop head (变速箱分公司|齿轮|加工|车间), so the name is no modifier of a noun."""
    k = idx.index_at(he) if he < len(idx.text) else None
    if k is None or idx.tokens[k].start != he:
        return False
    for tok in idx.tokens[k : k + 4]:
        if tok.word in _WORKSHOP_HEADS:
            return tok.start > he
        if tok.pos not in ("n", "vn"):
            return False
    return False


def _named_in_company(idx: TokenIndex, start: int, body, lex: Lexicons) -> bool:
    """Whether a body of common words before a strong head (总公司, 银行, 联合会) is a name all
    the same: the unit of the body named right before it (国家体委|射击射箭运动管理中心), an item
    of a list (省交通厅、|铁路总公司), a quoted name (“劳模工匠服务队”), or a body of the whole
    world or country (世界…联合会)."""
    if body[0].word in _WORLD_SCOPE or any(org_head(t.word, lex) for t in body):
        return True  # …, or a body inside the name whose unit it is (市政府|办公厅)
    k = idx.ending_at(start)
    if k is None:
        return False
    before = idx.tokens[k]
    if before.word == "的" and k > 0 and org_head(idx.tokens[k - 1].word, lex):
        return True  # 某大学的|语言学院: the unit of the body named before 的
    return before.word in ("、", "“", "「") or before.pos in ("nt", "j") or bool(org_head(before.word, lex))


#: venue heads that say nothing of what the body does: with only common words before them they
#: name a kind (技术开发中心, 艺术中心), unlike 服务中心, 管理中心
def _no_venue_name(body: list[Token], lex: Lexicons) -> bool:
    """Whether the words before a venue's head, no place before them, name no one venue: only words
    of care (``lexicons/care_words.txt``: 打造暖心驿家, 建设爱心驿站, a kind of station), or a verb of
    building or running one after a noun, with words between it and the head (为环卫工人|建设|暖心|驿家:
    the sentence's verb and its beneficiary, not the venue's own words)."""
    care = lex.words.get("care_words", frozenset())
    if body and all(t.word in care for t in body):
        return True
    acts = lex.words.get("facility_act_words", frozenset())
    return any(body[k].word in acts and body[k - 1].pos == "n" for k in range(1, len(body) - 1))


_BARE_VENUE_HEADS = frozenset({"中心", "站", "馆", "动物园", "植物园"})


#: what follows jieba's one word 工会组织 when it is a union (工会) that organises (组织) people or
#: activities: 南岭集团工会组织职工开展技能比武 (not 基层工会组织建设, the union organisations)
_ORGANISES_WHOM = re.compile(r"(?:了)?(?:全体|广大|部分|近|(?:[0-9０-９]+|[一二三四五六七八九十百千]+)(?:余)?(?:名|位)?)?"
                             r"(?:职工|员工|工人|会员|干部|劳模|志愿者|青年|女职工|开展|举办|举行|召开|参加)")
_COUNTED_KIND = re.compile(r"[一二两三四五六七八九十几数多]大$")
#: levels counted inside a name: one body at each (省、市、县三级|地震局) or a grade (二级甲等医院)
_COUNTED_LEVELS = re.compile(r"[二两三四五六七八九]级")
_OWNER_HEADS = frozenset({"集团", "公司", "有限公司", "厂", "学校", "学院", "大学", "中学", "小学", "医院", "银行", "中心", "局", "所"})


#: words for the whole country or world, which open both a national body's name (全国总工会) and a
#: phrase for every body of a kind (全国银行): those of _WORLD_SCOPE that say 全 (世界银行 is one bank)
_WHOLE_SCOPE = frozenset(w for w in _WORLD_SCOPE if w.startswith("全"))


def _all_of_a_kind(body, head: str, lex: Lexicons) -> bool:
    """Whether a name opening with 全国 or 全世界 ends in the head of a body every place has one of
    (``lexicons/local_unit_heads.txt``: 全国|银行, 全国|文化|厅): all such bodies, no one body."""
    return bool(body) and body[0].word in _WHOLE_SCOPE and head in lex.words.get("local_unit_heads", frozenset())


#: two or three levels joined, every body of each (县区总工会, 县市区工会)
_JOINED_LEVELS = re.compile(r"县区|区县|县市|市县|县市区|市县区|省市县")


#: the level of union a 工会 after it names (基层工会: the grassroots unions, any of them)
_GRASSROOTS = "基层"


def no_one_union(name: str, lex: Lexicons) -> bool:
    """Whether a union's name says the unions of several places or of every industry, not one:
    县区总工会 (of the counties and districts), 省产业工会, 省直产业工会, 江西省产业工会 (a province's
    industry unions, none named by its industry; 省教育工会 is one), 某市基层工会 (its grassroots unions)."""
    head = next((h for h in ("产业工会", "总工会", "工会") if name.endswith(h)), None)
    if head is None:
        return False
    rest = name[: -len(head)]
    if _JOINED_LEVELS.fullmatch(rest) or head == "工会" and rest.endswith(_GRASSROOTS) \
            and not _a_body(rest[: -len(_GRASSROOTS)], lex):
        return True  # (玉溪市|基层工会主席: the city's grassroots unions, a kind of union, no one union;
        # but 某大学某学院|基层工会, 某集团|基层工会: a body's own grassroots union, one union)
    if head != "产业工会":
        return False
    rest = rest[:-1] if rest.endswith("直") else rest
    return rest == "" or rest in REGION_LEVELS or lex.knows_place(rest)


#: the last characters of an area's name, whose grassroots unions are many (某市|基层工会, 某街道|基层工会)
_AREA_ENDS = ("省", "市", "州", "盟", "区", "县", "镇", "乡", "街道")


def _a_body(words: str, lex: Lexicons) -> bool:
    """Whether ``words`` (what stands before 基层工会) name a body, not an area or other words: they end
    in an organisation's head that no area's name ends in (某学院, 某集团; not 某市, 某街道, 交流)."""
    return len(words) >= 3 and not words.endswith(_AREA_ENDS) and words not in lex.places \
        and any(words[-n:] in lex.org_heads for n in range(1, min(len(words) - 1, 4) + 1))


def every_in_an_area(text: str, start: int) -> bool:
    """Whether the name written from ``start`` opens with 全 and a level (全区公立医院, 全镇中小学), or
    follows them (全区|公立医院工会: what is left after 全区 is no one body either): every such body of
    the area, no one body (not after 安全, 完全: 全 is no word of its own there).

    >>> every_in_an_area("全区公立医院", 0), every_in_an_area("全区公立医院", 2), every_in_an_area("全州县人民医院", 0)
    (True, True, False)
    """
    return bool(_EVERY_IN_AN_AREA.match(text, start)) or start >= 2 \
        and bool(_EVERY_IN_AN_AREA.fullmatch(text, start - 2, start)) and text[start - 3 : start - 2] not in _WORDS_ENDING_IN_QUAN


def every_level_before(text: str, start: int) -> bool:
    """Whether 各 and a run of level words stand before ``start`` (各县（市）区|总工会, 各区、县|总工会):
    the name written from there is every such body, a notice's addressees, not one.

    >>> every_level_before("各区、县总工会：", 3), every_level_before("海淀区总工会", 2)
    (True, False)
    """
    return bool(_EVERY_LEVEL_BEFORE.search(text, max(0, start - 8), start))


def _every_such_body(idx: TokenIndex, start: int, hs: int, body, lex: Lexicons) -> bool:
    """Whether the words before a head say every body of a kind, not one: a quantifier (各级, 市属,
    有关), a count (１０|家|医院), 等 closing a list of places (济南、青岛、潍坊|等市|总工会), or 各
    before a run of levels (各县（市）区|总工会)."""
    first_word = idx.tokens[idx.index_at(hs)]
    k = idx.ending_at(start)
    word_before = idx.tokens[k].word if k is not None else ""
    counted = bool(body) and body[0].pos == "q" and k is not None and idx.tokens[k].pos == "m"
    return any(t.word.startswith(_QUANTIFIERS) and t.word not in lex.places for t in (*body, first_word)) \
        or word_before in _QUANTIFIERS or counted \
        or any(t.word[0] == "等" and len(t.word) <= 2 and t.pos in ("u", "un") for t in body) \
        or every_level_before(idx.text, start)


#: a count closing the clause after a head: 发展非煤生产厂２４个，(how many such bodies there are)
_COUNTED_AFTER = re.compile(r"[0-9０-９一二两三四五六七八九十百千万几数]+(?:多|余)?[个家座所支]"
                            r"(?=[，。、；：！？,.;:!?）)]|$)")


def counted_after(text: str, end: int) -> bool:
    """Whether a count closes the clause right after a body's name ending at ``end`` (新建工会38家，):
    how many bodies of that kind there are, no one body."""
    return _COUNTED_AFTER.match(text, end) is not None


#: a name that is only an ordinal and a one-character head: 第一局, 前四局, 第二部, 第一所
_ORDINAL_ONLY = re.compile(r"(?:第|前)[一二三四五六七八九十百零0-9０-９]{1,3}[局部所处科]")


def _counted_bodies(text: str, start: int, hs: int, cls: str) -> bool:
    """Whether a name is a count of bodies rather than one: 首钢四大集团 (each named before it),
    省、市、县三级地震局 (one at each level; a grade too: 二级甲等医院),
    or, unless the name is proper, a numeral and a measure word before it (１０支服务队, 五支|劳模服务队)."""
    if _COUNTED_KIND.search(text, start, hs) or _COUNTED_LEVELS.search(text, start, hs) \
            or counted_places(text, start, hs):
        return True  # (三市总工会, 鄂赣皖三省工会: one body of each place counted, no one body)
    return cls != "proper" and ((text[start] in MEASURE_WORDS and start > 0 and bool(COUNT_NUMERAL.match(text[start - 1])))
                                or (start > 1 and text[start - 1] in MEASURE_WORDS and bool(COUNT_NUMERAL.match(text[start - 2]))))


def team_type(name: str, lex: Lexicons) -> str:
    """The type of a name whose head gives a team (支队, 大队): a unit of a disciplined service is
    an Organization (市消防救援支队特勤大队, 武警衡阳市支队), any other a ServiceTeam (丰台支队)."""
    if any(_names_the_service(name, w) for w in lex.words.get("disciplined_services", ())):
        return "Organization"
    if _BUREAU_BEFORE_TEAM.search(name):
        return "Organization"  # 某区人社局|劳动保障监察大队: a bureau's unit, an organ's (the golds' type)
    return "ServiceTeam"


#: a bureau named before a team's head: the team is the bureau's unit (某县应急管理局安全生产执法大队);
#: not a volunteer or service team of the bureau (某供电局青年志愿者服务大队: a ServiceTeam, the guideline's)
_BUREAU_BEFORE_TEAM = re.compile(r"局(?![^局]*(?:志愿|服务))[^局]+[大支中]队$")


#: a place's head right after a service's word: the word opens a place's name (公安县, 公安镇), no service
_PLACE_AFTER_SERVICE_WORD = re.compile(r"[县市区镇乡村]")


def _names_the_service(name: str, word: str) -> bool:
    """Whether ``word`` of a disciplined service stands in ``name`` as that service's word, not as the
    opening of a place's name (公安县总工会代表队: the county of 公安, no police team)."""
    return any(not _PLACE_AFTER_SERVICE_WORD.match(name, k + len(word))
               for k in (m.start() for m in re.finditer(re.escape(word), name)))


#: a body between a federation and its unit's head (机关工会, 女职工委员会, 宣传部): the unit is that body's
_BODY_BETWEEN = re.compile(r"工会|委员会|部")
#: where a unit is posted, written after its federation (某市总工会|驻青禾村|工作队): no body between them
_POSTED_AT = re.compile(r"驻.*")


def body_between(between: str, lex: Lexicons) -> bool:
    """Whether the words between a federation's name and its unit's head (``federation_unit_heads``) hold
    another body the unit is of: a union, a committee or a department (某市总工会|机关工会|志愿服务队), or
    a word ending in the head of a venue (某市总工会|疗休养院|服务中心, |工人文化宫|职工艺术团, |大厦物业
    |服务中心), or in the head of a body or a place with a word of its name before it (|职工医院康复|服务中心,
    |青禾街道|服务中心); not a head inside a longer word (|银行卡|服务中心), nor a kind alone opening the
    words, which says what the unit serves (|社区志愿|服务队, |公司职工|服务中心); not the place a team is
    posted at (|驻青禾村|工作队), nor a quoted name (|“鹊桥”志愿|服务队).

    >>> [body_between(w, load_lexicons()) for w in ("职工医院康复", "职工法律援助", "银行卡", "社区志愿")]
    [True, False, False, False]
    """
    between = _POSTED_AT.sub("", re.sub(r"“[^”]*”", "", between))
    if _BODY_BETWEEN.search(between):
        return True
    venues, bodies = derived(lex, "_heads_between_federation_and_unit", lex.org_heads, lambda: tuple(
        frozenset(h for table in tables for h in table if len(h) >= 2)
        for tables in (tuple(lex.words.get(w, ()) for w in _UNIT_HEAD_WORDS), (lex.org_heads, lex.place_heads))),
        also=(lex.place_heads,))
    longest = max(map(len, venues | bodies), default=0)
    for t in TokenIndex(between).tokens:
        # (a head ending this word: a venue's anywhere, a body's or a place's after a word of its name)
        ends = {between[k : t.end] for k in range(max(0, t.end - longest), t.end - 1)}
        if ends & venues or any(h in bodies and t.end > len(h) for h in ends):
            return True
    return False


#: the word lexicons whose heads name a body or a venue a federation runs (疗休养院, 工人文化宫, 大厦)
_UNIT_HEAD_WORDS = ("federation_unit_heads", "federation_facilities", "landmark_heads", "union_facility_heads")
#: the least a federation's own name holds before 总工会 (丰山县, 省: a place; 市 alone is a short form)
_MIN_FEDERATION_OWN = 2


def _federation_inside_its_unit(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention | None:
    """The federation written at the front of the name of a unit it runs (某县总工会|职工法律援助工作站,
    某区总工会|“某某”志愿服务队: ``federation_unit_heads``), as a mention to nest in it, or None: the
    guideline's parent written inside its unit's name (the unit subOrganizationOf it, stated). Not when a
    body stands between them (某市总工会|女职工委员会|服务队: that body's), nor a short form alone
    (市总工会|职工学校: no name of its own before 总工会)."""
    if m.type not in ("Organization", "ServiceTeam") or m.reference or m.weak or m.text != m.name or m.body is not None:
        return None
    federation = m.name.find("总工会")
    heads = words_tuple(lex, "federation_unit_heads")
    if federation < 0 and m.name.endswith(_DELEGATION_TEAM):
        return _industry_union_of_its_team(m, idx, lex)
    if federation < _MIN_FEDERATION_OWN or not m.name.endswith(heads):
        return None
    head = max((h for h in heads if m.name.endswith(h)), key=len)
    if body_between(m.name[federation + 3 : len(m.name) - len(head)], lex) or not idx.is_boundary(m.start + federation + 3):
        return None
    k = m.start + federation + 3
    return Mention(m.start, k, idx.text[m.start : k], "Federation", clean_name(idx.text[m.start : k]),
                   SOURCE, priority=m.priority)


#: the team a body sends to a contest, named by the body (市教育工会|代表队)
_DELEGATION_TEAM = "代表队"


def _industry_union_of_its_team(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention | None:
    """The city's or province's industry union that sends the team ``m`` and names it (市邮政工会|代表队,
    某省教育工会|代表队: ``lexicons/industry_union_trades.txt``), as a mention to nest in it, or None: the
    union golds state the team subOrganizationOf its union, as a federation's (某县总工会代表队). The
    short form by its level alone is the home city's industry union, a Federation in the guideline."""
    union = m.name[: -len(_DELEGATION_TEAM)]
    named = _industry_union_name(lex).fullmatch(union) if union.endswith("工会") else None
    if named is None and union.endswith("工会") and _county_and_trade(union[:-2], lex) \
            and idx.is_boundary(m.start + len(union)):
        # 银州区教育工会|代表队: a county's or a district's industry union (see _regional_industry_union)
        return Mention(m.start, m.start + len(union), union, "Federation", clean_name(union), SOURCE, priority=m.priority)
    if named is None or not idx.is_boundary(m.start + len(union)):
        return None
    # (市邮政工会: its level alone, a short form of the home region's union, resolved or named per article
    # as 市总工会 is; never one union of every article's city)
    return Mention(m.start, m.start + len(union), union, "Federation", clean_name(union), SOURCE, priority=m.priority,
                   region_short=len(named.group("area")) == 1)


def _industry_union_name(lex: Lexicons) -> re.Pattern[str]:
    """A regional industry union's name: its area closed by a city's or a province's level (市, 某某省),
    a trade (``industry_union_trades.txt``), 工会; made once per table."""
    trades = lex.words.get("industry_union_trades", frozenset())
    return derived(lex, "_industry_union_name", trades, lambda: re.compile(
        r"(?P<area>[\u4e00-\u9fff]{0,8}?[省市州盟])(?:" + "|".join(sorted(map(re.escape, trades), key=lambda w: (-len(w), w))) + ")工会"))


#: an office a federation runs, written under its name (某区总工会|职工法律援助工作站): a body, wherever it is visited
_FEDERATION_OFFICE_HEADS = ("工作站",)


def _federations_office(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether the venue-headed name ``text[start:end]`` is an office a federation runs written under the
    federation's name (某县总工会职工法律援助工作站: the golds' Organization, also after 来到)."""
    federation = text.find("总工会", start, end)
    return federation >= start + _MIN_FEDERATION_OWN and text.endswith(_FEDERATION_OFFICE_HEADS, start, end)


def _federation_facilities(lex: Lexicons) -> tuple[str, ...]:
    """A federation's facilities (``lexicons/federation_facilities.txt``: 职工疗养院) as a tuple for
    ``endswith``, made once per table."""
    words = lex.words.get("federation_facilities", ())
    return derived(lex, "_federation_facilities", words, lambda: tuple(words))


def _common_level_word(text: str, lex: Lexicons) -> bool:
    """Whether ``text`` ends in a common word that ends in a level character but names no place
    (城市, 社区, 景区: ``level_ending_words.txt``)."""
    words = lex.words.get("level_ending_words", ())
    return text.endswith(derived(lex, "_level_ending_words", words, lambda: tuple(words)))


#: words before a village's post that say every village's (每个|村委会主任, 要求|村党支部书记带头)
_EVERY_VILLAGE_BEFORE = ("每个", "每", "各", "各个", "所有", "全体", "广大", "要求", "让", "由", "动员", "号召", "鼓励")
#: a clause's end
_CLAUSE_END = re.compile(r"[，。；！？：,;!?:]")


def _one_village_post(idx: TokenIndex, start: int, he: int, lex: Lexicons) -> bool:
    """Whether a bare 村委会 or 村党支部 before its post (村委会主任) is one village's body: a person
    holding the post is named in the clause (村党支部书记、村委会主任王大山), or the article names
    exactly one village; not after a word that says every village's (每个|村委会主任)."""
    text = idx.text
    k = idx.ending_at(start)
    if k is not None and idx.tokens[k].word in _EVERY_VILLAGE_BEFORE:
        return False
    end = _CLAUSE_END.search(text, he)
    j = idx.index_at(he - 1) + 1
    while j < len(idx.tokens) and idx.tokens[j].start < (end.start() if end else len(text)):
        t = idx.tokens[j]
        if t.pos.startswith("nr") and t.word[:1] in lex.surnames | lex.compound_surnames or t.word[:2] in lex.compound_surnames:
            return True
        j += 1
    kinds = lex.words.get("village_kinds", frozenset())
    villages = {text[max(0, t.end - 3) : t.end] for i, t in enumerate(idx.tokens)
                if t.word.endswith("村") and not t.word.endswith("农村") and t.word[:-1] not in kinds
                and (len(t.word) >= 3 or len(t.word) == 2 and t.pos in ("ns", "nr", "nz")
                     or len(t.word) == 1 and i and idx.tokens[i - 1].pos in ("ns", "nr", "nz"))
                and not text.startswith(("村委", "村党", "村民"), t.end - 1)}
    return len(villages) == 1  # (柳|塘村, 东湖|村: three characters stand for the village; not 山村, 全村)


def _village_before(idx: TokenIndex, hs: int, lex: Lexicons) -> int:
    """Where a village's name opens before a head that opens with 村 (东湖|村|村委会, jieba's 村 a
    character of its own after a place's name): the place word's start, or ``hs`` when none."""
    k = idx.ending_at(hs)
    if k is None or k < 1 or idx.tokens[k].word != "村":
        return hs
    name = idx.tokens[k - 1]
    if name.pos not in ("ns", "nr", "nz") or name.word in lex.words.get("village_kinds", frozenset()):
        return hs
    return name.start


def _village_word(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` is one village's name, one word to jieba (单晶河村; not 农村, 新农村, nor a
    kind of village: 贫困村, 行政村, 度假村, ``village_kinds.txt``)."""
    return len(word) >= 3 and word[-1] == "村" and not word.endswith("农村") and word not in lex.generic_modifiers \
        and word[:-1] not in lex.words.get("village_kinds", frozenset())


def _place_level(word: str, lex: Lexicons) -> str | None:
    div = lex.places.get(word) or next((lex.places[f] for f in lex.place_aliases.get(word, [])), None)
    return div.level if div is not None else None


def _regional_industry_union(body, lex: Lexicons, head: str = "工会") -> bool:
    """A 工会 whose body is a province- or city-level place and an industry (湖北省教育工会,
    广东省能源化学工会, 市建设工会), not the union of one company or school; or a county's, district's
    or county-level city's 工会 of one trade of ``industry_union_trades.txt`` (某县教育工会, 某区教育工会:
    the golds' Federation; but a district's 行业工会联合会 is a grassroots union).

    >>> from uniongraph.extraction.tokens import tokenize
    >>> from uniongraph.extraction.lexicon import load_lexicons
    >>> body = lambda s: [t for t in tokenize(s)]
    >>> [_regional_industry_union(body(s), load_lexicons()) for s in ("鹤庆县教育", "鹤庆县第一中学", "庆云煤矿", "湖北省教育")]
    [True, False, False, True]
    """
    if len(body) < 2:
        return False
    if head == "工会" and _county_and_trade("".join(t.word for t in body), lex):
        return True
    div = lex.places.get(body[0].word) or next((lex.places[f] for f in lex.place_aliases.get(body[0].word, [])), None)
    if body[0].word not in ("省", "市") and (div is None or div.level not in ("province", "prefecture", "country")):
        return False  # (市建设工会: the home city's, written by its level alone)
    if div is not None and div.level == "country" and body[0].word not in ("省", "市"):
        return "".join(t.word for t in body) + "工会" in lex.words.get("national_industry_unions", frozenset())
        # (中国金融工会; 中国石化工会, 中国一汽工会 are enterprises' unions)
    if any(t.word.endswith(("区", "县", "镇")) and not _common_level_word(t.word, lex)
           or _place_level(t.word, lex) in ("county", "township") for t in body[1:]):
        return False  # 济南市历城区快递行业工会联合会, 苏州工业园区…: a district's or a zone's
    # (市城市管理综合执法局工会, 市某某管理局工会: a bureau's own union, one institution's, as 某厂工会)
    return not any(t.word in _OWNER_HEADS or t.word[-1:] in ("厂", "司", "院", "校", "行", "局", "厅") for t in body[1:]) and not any(
        t.pos in ("un", "nz", "nt") for t in body[1:]
    )


def _county_and_trade(words: str, lex: Lexicons) -> bool:
    """Whether ``words`` are a county-level place written with its level (永川区, 鹤庆县, 大理市; not 庆云煤矿,
    a colliery's) and one trade of ``industry_union_trades.txt`` (教育), whatever words jieba cut them into.

    >>> from uniongraph.extraction.lexicon import load_lexicons
    >>> [_county_and_trade(w, load_lexicons()) for w in ("永川区教育", "庆云煤矿", "永川区青峰中学")]
    [True, False, False]
    """
    trades = lex.words.get("industry_union_trades", frozenset())
    return any(words[:k] in lex.places and lex.places[words[:k]].level == "county" and words[k:] in trades
               for k in range(3, len(words) - 1))


def _one_word_class(prefix: str, kind: str, lex: Lexicons) -> str | None:
    """The class of a name that is one dictionary word ending in its head, or None if it names a
    kind of organisation (农药厂, 各级党委) rather than one."""
    if opens_with_place(prefix, lex):
        return "proper"  # 中国交响乐团
    if prefix in REGION_LEVELS:
        return "region"  # 市政府, 省委: a short form resolved from the region
    if kind == "word" and len(prefix) >= 2 and prefix not in lex.generic_modifiers:
        return "word"  # 水利部, 林业部: the word itself names a national body
    return None


#: a term's number before a body's name in one dictionary word: 八届|全国政协
_TERM_PREFIX = re.compile(r"[一二三四五六七八九十]{1,3}届(?=..)")
#: a newspaper's name, and what follows it when it is named as the reporter's paper
_NEWSPAPER = re.compile(r"[\u4e00-\u9fff]{2,8}报")
_PRESS_AFTER = ("记者", "通讯员", "报道", "特约记者")


#: heads of the state's organs named 国家 + their field (国家核安全局)
_STATE_ORGAN_HEADS = ("局", "委员会", "委", "署")


#: the tags of a word :func:`_dictionary_candidates` reads: a body's name (nt), or a newspaper's (nz)
_PAPER_OR_BODY_TAGS = frozenset(("nt", "nz"))


#: a level alone, a word of its own, before a body the dictionary knows: that level of the home region's
_LEVEL_BEFORE_A_BODY = REGION_LEVELS


def _dictionary_candidates(idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """Single words the dictionary knows as organisations (新华社, 中共中央), with the places
    right before them (南阳市农发行)."""
    text = idx.text
    generic = lex.words.get("generic_org_words", frozenset())
    no_body = lex.words.get("not_body_words", frozenset())  # 美国市场, 民间组织: jieba's nt, no body
    titled = _titled_heads(tuple(lex.org_heads))
    out = []
    toks = idx.tokens
    # only the words tagged nt or nz can pass the first test below
    for i in tagged_indices(toks, _PAPER_OR_BODY_TAGS):
        t = toks[i]
        # 解放军报记者, 据中国妇女报报道: a paper the dictionary knows, named as the reporter's
        paper = _NEWSPAPER.fullmatch(t.word) and text.startswith(_PRESS_AFTER, t.end)
        if not paper and (t.pos != "nt" or len(t.word) < 2 or t.word in generic or t.word in no_body
                          or t.word.endswith("会")):
            continue
        if _CONGRESS_AFTER.match(text, t.end):
            continue
        if any(t.word.endswith(h) and text.startswith(titles, t.end - len(h)) for h, titles in titled) \
                and not text.startswith(_MEMBERS, t.end):
            continue  # 中央书记处|第一书记: the word's head opens a title (书记处第一书记); but a member
            # of the body is its member (全国政协|委员, 全国人大|代表: the body stands)
        place_before = i > 0 and _is_place_word(idx.tokens[i - 1].word, lex) and len(idx.tokens[i - 1].word) >= 2
        if not (paper or place_before or _dictionary_org_plausible(t.word, lex)):
            continue
        # the type of the longest head the word ends in (开滦矿务局 is a company, not a bureau 局)
        head = org_head(t.word, lex)
        type_ = "Organization" if paper or not head or lex.org_heads[head][0] == "Place" else lex.org_heads[head][0]
        if not paper and not head and names_an_area(t.word, lex):
            type_ = "Place"  # 经济技术开发区: an area the dictionary files with bodies (guideline: a place)
        start = t.start
        k = i - 1
        if k >= 0 and idx.tokens[k].word in _WHOLE_SCOPE and org_head(t.word, lex) in lex.words.get("local_unit_heads", ()):
            continue  # 全国|新闻出版局: every such bureau of the country, not one
        while k >= 0 and _is_place_word(idx.tokens[k].word, lex) and len(idx.tokens[k].word) >= 2:
            start = idx.tokens[k].start
            k -= 1
        region_short = start == t.start and i >= 1 and idx.tokens[i - 1].word in _LEVEL_BEFORE_A_BODY
        if region_short:
            start = idx.tokens[i - 1].start  # 联合|区|民政局, 市|民政局: the home region's bureau, a
            # short form as 市总工会 is (resolved to the region's where it is known)
        if start == t.start and i >= 2 and idx.tokens[i - 2].word == "国家" and len(idx.tokens[i - 1].word) == 1 \
                and idx.tokens[i - 1].pos == "n" and t.word.endswith(_STATE_ORGAN_HEADS):
            start = idx.tokens[i - 2].start  # 国家|核|安全局: the state's organ of a field one character names
        term = _TERM_PREFIX.match(t.word)
        if term and start == t.start:  # 八届全国政协: the body is 全国政协, the term says which
            start += term.end()
        span = text[start : t.end]
        out.append(Mention(start, t.end, span, type_, clean_name(span), "org-dictionary", priority=Priority.ORG_DICTIONARY,
                           region_short=region_short))
    return out
