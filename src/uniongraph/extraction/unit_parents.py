"""A unit's parent written only inside the unit's name (某大学|马克思主义学院, 某快递有限公司|朝阳营业部,
某石化总厂|乙烯厂, 某银行|某县支行): the guideline's subOrganizationOf row (`中建八局城东管廊项目部` →
中建八局) makes it a stated fact. The unit keeps its name whole, the fullest written form; the parent is
nested in it (``Mention.body``), so that it becomes an entity and the unit subOrganizationOf it
(relations.organisations.located_in, ``unit-of-org``), whether or not the article names it on its own.

The parent must be an enterprise or an institution (its head a company's, or one of
``lexicons/parent_institution_heads.txt``: 大学, 医院, 局 …) with a name of its own before its head; the unit ends in a unit's head
(``subunit_heads``, ``crew_unit_heads``, ``unit_of_body_heads``) with some name of its own before it.
Not a parent: a place (北京市朝阳区), a body by its kind alone (学院|党委, 该公司|车间), a name that goes
on into another institution's (中国科学院|大学…: 中国科学院大学 is the body), a party or state organ's
department (部, 委, 厅: the golds' settled reading leaves those out), a kind of body (:func:`a_kind_alone`:
保险公司|北京分公司, 钢铁公司|炼铁厂).

A federation's departments and standing committees are its units the same way (某市总工会|组织部,
区总工会|办公室, 某县总工会|经费审查委员会: :func:`_federation_of_its_unit`), the federation written in
full or by its level alone (the article's own); never from a page's source line (来源：某市总工会宣传部:
no sentence of the article, the golds infer it), nor a unit of a committee (某市总工会女职工委员会|办公室).

The one place a branch's parent is nested (orgs._unit_and_body only keeps a branch one name); still apart:
the registered company before its unit (pipeline._units_named_in_full, orgs._unit_and_body: it retypes
the unit too), a project department's company (enterprise_units) and a federation's facility (orgs)."""

from __future__ import annotations

import functools
import re

from ..model import Article, Mention
from ..reading.source_fields import in_a_source_field
from .aliases import leading_places
from .lexicon import Lexicons, derived, level_ends, load_lexicons, scope_words, words_tuple
from .names import clean_name
from .orgs import REGISTERED_COMPANY, a_word_for_a_kind, body_between
from .relations.organisations import branches_of_named_banks
from .tokens import TokenIndex

#: the types of mention a unit is (a union, a team or an event is none)
_UNIT_TYPES = ("Company", "Organization")
#: what opens a unit's part that says no one unit, or goes on into another body's name: 某银行|各地分行,
#: 某局|直属分局, 中国科学院|大学人工智能学院, 某大学|附属医院
_NO_OWN_UNIT = re.compile(r"(?:全国|各地|各级|各|基层|所属|下属|直属|城市|省级|市级|县级|一级|二级"
                          r"|大学|学院|分院|研究生院|医院|附属|附中|附小)")
#: words that refer back to a body or say its kind alone (该公司, 本厂, 全校): no parent's name
_REFERRING = ("该", "本", "此", "这", "其", "全", "各", "我")
#: the heads of a branch, registered under its parent's name and of its parent's kind
_BRANCH_HEADS = frozenset({"分公司", "支公司", "营业部", "分行", "支行", "营业所"})
#: the heads of a unit named by its body's name alone (某有限公司代表队: the team the body sends)
_NAMED_BY_ITS_BODY = frozenset({"代表队"})
#: the shortest parent's name (山西大学, 某某总厂) and the least a parent's own name holds before its head
_MIN_PARENT = 4
_MIN_OWN = 2
#: the shortest name of a company not registered so that names one company (太平洋保险公司, 公汽一公司)
_MIN_UNREGISTERED_COMPANY = 5


def a_kind_alone(name: str, lex: Lexicons) -> bool:
    """Whether the parent's name ``name``, written inside its unit's, says a kind of body, no one body: a
    word for a kind (:func:`a_word_for_a_kind`), or a 公司 not registered so (有限公司) shorter than five
    characters (电力公司|东城分公司; 中国银行 is a name)."""
    return a_word_for_a_kind(name, lex) \
        or name.endswith("公司") and len(name) < _MIN_UNREGISTERED_COMPANY and not REGISTERED_COMPANY.search(name)


def _unit_heads(lex: Lexicons) -> tuple[str, ...]:
    """The heads a unit's name ends in, longest first (sorted once per table)."""
    tables = [lex.words.get(n, frozenset()) for n in ("subunit_heads", "crew_unit_heads", "unit_of_body_heads")]
    return derived(lex, "_unit_parent_unit_heads", tables[0],
                   lambda: tuple(sorted({w for t in tables for w in t}, key=len, reverse=True)), also=tuple(tables[1:]))


def _parent_head(name: str, lex: Lexicons) -> str | None:
    """The head of the body ``name`` when it is an enterprise's or an institution's (longest first), or None."""
    for n in range(min(len(name) - _MIN_OWN, 4), 0, -1):
        head = name[-n:]
        kind = lex.org_heads.get(head)
        if kind is not None and (kind[0] == "Company" and kind[1] != "venue"
                                 or head in lex.words.get("parent_institution_heads", ())):
            return head
    return None


def _head_of_a_name(idx: TokenIndex, end: int, head: str, lex: Lexicons) -> bool:
    """Whether the one-character head ``head`` ending at ``end`` heads a body's name: a word of its own
    (唐家庄|矿), a body's head (大港|分局), or the end of a body's word (公安局, 国税局: tagged a body, or of three characters and
    more, 机械厂); not the end of a common word (张家口|探矿|机械厂: 探矿 is prospecting)."""
    k = idx.ending_at(end)
    if k is None:
        return False
    tok = idx.tokens[k]
    return tok.word == head or tok.word in lex.org_heads or tok.pos in ("nt", "nz", "j") or len(tok.word) >= 3


#: a committee's term written before it (某县总工会|第十三届|经费审查委员会)
_TERM = re.compile(r"第[一二三四五六七八九十0-9０-９]+届")
_FEDERATION_HEAD = "总工会"
#: the national federation's own words before 总工会 (全国总工会, 中华全国总工会)
_NATIONAL_FEDERATION = frozenset({"全国", "中华全国"})
#: the levels a federation is written by alone (市总工会, 自治区总工会: :func:`_level_alone`); not 街道, 镇,
#: 乡 (an article names several of those: 街道总工会|经审会 is no one street's)
_LEVEL_KINDS = ("level", "autonomous", "banner")
#: the most characters a department's own name holds (劳动和经济工作部, 离退休干部工作处)
_MAX_DEPARTMENT = 10
#: an industry union of a city or a province (某市教育工会, 某省金融工会): the area closed by its level, then
#: a trade (``industry_union_trades.txt``; not any characters: 某市百货大楼工会 is one body's union)
_INDUSTRY_UNION_AREA = r"[\u4e00-\u9fff]{1,8}?(?:省|市|州|盟)"


@functools.lru_cache(maxsize=2)
def _industry_union(trades: frozenset[str]) -> re.Pattern[str]:
    trades = sorted(trades, key=lambda w: (-len(w), w))
    return re.compile(_INDUSTRY_UNION_AREA + "(?:" + "|".join(map(re.escape, trades)) + ")工会")


#: an area's name closed by its level (某某市, 某某区某某街道, 某某镇): two characters at least, not a bare level
_LEVEL_CHARS = level_ends(*_LEVEL_KINDS, "town")
_AREA_NAME = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|市|县|区|州|旗|盟|街道|镇|乡)")


def _level_alone(stem: str) -> bool:
    """Whether ``stem``, the words before 总工会, is a level alone (市, 区, 自治州): the short form of the
    article's own federation, resolved to it as any such short form is (``Mention.region_short``)."""
    return stem in level_ends(*_LEVEL_KINDS) or stem in scope_words("autonomous")


def _a_federations_unit(unit: str, lex: Lexicons) -> bool:
    """Whether ``unit``, the words after a federation's name, is one of its standing committees (女职工委员会,
    第十三届经费审查委员会: ``union_committees.txt``) or one of its departments (组织部, 劳动和经济工作部,
    办公室, 离退休干部工作处, 经审会: a head of ``body_department_heads.txt``, not a word of
    ``not_department_words.txt``), with no body between (:func:`_unit_of_a_unit`)."""
    bare = _TERM.sub("", unit, count=1) if unit.startswith("第") else unit
    if bare in lex.words.get("union_committees", ()):
        return True
    heads = words_tuple(lex, "body_department_heads")
    return 3 <= len(unit) <= _MAX_DEPARTMENT and unit.endswith(heads) and not _unit_of_a_unit(unit, lex) \
        and not unit.endswith(words_tuple(lex, "not_department_words")) and not unit.startswith(_REFERRING)


def _unit_of_a_unit(unit: str, lex: Lexicons) -> bool:
    """Whether the department ``unit`` is written after another body of the federation, whose unit it is
    (职工服务中心|办公室, 干部学校|教务处, 女职工委员会|办公室, 书记处|办公室, 机关党委|办公室: ``orgs.body_between``
    over the words before its last character, a word naming no body set aside: 离退休干部|工作处 is one).

    >>> from .lexicon import load_lexicons
    >>> lex = load_lexicons()
    >>> _unit_of_a_unit("机关服务中心财务科", lex), _unit_of_a_unit("离退休干部工作处", lex)
    (True, False)
    """
    words = unit[:-1]
    # (a department or committee word of its own opening the words is a unit by itself, with no name before
    # its head: 书记处|办公室; body_between wants a word of a name before a body's head, 社区|志愿服务队 none)
    if any(words.startswith(w) for table in ("department_units", "union_committees", "body_department_heads")
           for w in lex.words.get(table, ()) if len(w) > 1):
        return True  # (经审会|办公室, 女职委|办公室 too)
    for word in _no_body_words(lex):
        words = words.replace(word, "")
    return body_between(words, lex)


def _no_body_words(lex: Lexicons) -> tuple[str, ...]:
    """The words of ``not_department_words.txt`` that are no body's head either (干部, 全部; not 书记处)."""
    table = lex.words.get("not_department_words", frozenset())
    return derived(lex, "_unit_parent_no_body_words", table,
                   lambda: tuple(w for w in table if w not in lex.org_heads), also=(lex.org_heads,))


def _federation_of_its_unit(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention | None:
    """The federation written at the front of the name of its standing committee or department, as a
    mention of its own: the guideline's parent written inside its unit's name (某市总工会|组织部,
    某县总工会|经费审查委员会 → the federation, stated). Its full name (its places, then 总工会; the
    national one), a city's or province's industry union (某市教育工会|女职工委员会), or its level
    alone (市总工会|法律工作部, 区总工会|办公室: the short form of the article's own federation); not
    another body's name (某集团总工会, 乡镇总工会: a kind), nor a unit of a unit (某市总工会|女职工委员会|办公室).

    >>> from .lexicon import load_lexicons
    >>> lex = load_lexicons()
    >>> m = Mention(0, 9, "市总工会法律工作部", "Organization", "市总工会法律工作部", "t")
    >>> body = _federation_of_its_unit(m, TokenIndex("市总工会法律工作部"), lex)
    >>> (body.name, body.type, body.region_short)
    ('市总工会', 'Federation', True)
    """
    name = m.name
    for k in (i + 2 for i in range(len(name) - 2) if name.startswith("工会", i)):
        parent, unit = name[:k], name[k:]
        if not unit or not _a_federations_unit(unit, lex) or not idx.is_boundary(m.start + k):
            continue
        short = False
        if _industry_union(lex.words.get("industry_union_trades", frozenset())).fullmatch(parent) \
                and not parent.startswith(_REFERRING):
            pass  # 某市教育工会|女职工委员会: the committee of the city's industry union
        elif not parent.endswith(_FEDERATION_HEAD):
            return None
        elif _level_alone(stem := parent[: -len(_FEDERATION_HEAD)]):
            short = True  # 区总工会|办公室: the article's own district federation
        elif stem not in _NATIONAL_FEDERATION and (
                not (_AREA_NAME.fullmatch(stem) or "".join(leading_places(parent, lex)) == stem)
                or stem.startswith(_REFERRING) or stem.startswith("自治") or set(stem) <= _LEVEL_CHARS):
            return None  # (only a federation named by its area, or the national one: 某区某街道总工会, 全国总工会;
            # not 某集团总工会, 乡镇总工会)
        return Mention(m.start, m.start + k, parent, "Federation", clean_name(parent), m.source, priority=m.priority,
                       region_short=short)
    return None


def parent_inside(m: Mention, idx: TokenIndex, lex: Lexicons) -> Mention | None:
    """The parent written at the front of the unit ``m``'s name, as a mention of its own, or None."""
    if m.type not in _UNIT_TYPES or m.body is not None or m.reference or m.weak or m.anaphor or m.venue \
            or m.text != m.name:
        return None
    name = m.name
    if "工会" in name and (body := _federation_of_its_unit(m, idx, lex)) is not None:
        return body
    if name.endswith(words_tuple(lex, "union_committees")):
        return None  # (某集团总工会|女职工委员会: a committee of no federation named so, no unit of a company)
    heads = _unit_heads(lex)
    if not name.endswith(heads):
        return None  # (most names: one endswith in C, not one per head)
    unit_head = next(h for h in heads if name.endswith(h))
    generic = lex.words.get("generic_org_words", frozenset())
    # (the longest parent first; a unit named by its body alone, 某有限公司|代表队, holds no name of its own)
    own_least = 0 if unit_head in _NAMED_BY_ITS_BODY else 1
    for k in range(len(name) - len(unit_head) - own_least, _MIN_PARENT - 1, -1):
        parent, own = name[:k], name[k : len(name) - len(unit_head)]
        head = _parent_head(parent, lex)
        if head is None and idx.is_boundary(m.start + k) and any(len(h) > 1 and parent.endswith(h) for h in _unit_heads(lex)):
            return None  # 某公安局交警支队|直属大队: its direct parent a unit of no parent's kind (not the bureau)
        if head is None or not idx.is_boundary(m.start + k) or _NO_OWN_UNIT.match(own) \
                or len(head) == 1 and not _head_of_a_name(idx, m.start + k, head, lex):
            continue
        if parent.startswith(_REFERRING) or parent[: -len(head)] in generic or a_kind_alone(parent, lex):
            return None  # (该公司|车间, 全校|…, 保险公司|北京分公司: the parent is said by its kind)
        # (a branch is of its parent's kind: 中国人民银行|某县支行, an Organization as the bank is)
        kind = m.type if unit_head in _BRANCH_HEADS else lex.org_heads[head][0]
        return Mention(m.start, m.start + k, parent, kind, clean_name(parent), m.source, priority=m.priority)
    return None


def nest_parents_written_inside(article: Article, idx: TokenIndex, lex: Lexicons) -> None:
    """Nest in each unit's name of ``article`` the parent written only there (see the module's doc). A
    bank's branch whose bank the article names in full elsewhere (秦川农商银行|雁塔支行 with 西安秦川农村
    商业银行股份有限公司) is left to :func:`.relations.organisations.branches_of_named_banks`: the short
    form inside the branch's name is that bank, no body of its own."""
    nested = False
    for m in article.mentions:
        body = parent_inside(m, idx, lex)
        if body is not None and body.type == "Federation" and in_a_source_field(idx.text, m.start):
            continue  # (来源：某市总工会宣传部, （某部供稿）: a source field states no department's parent; the golds infer it)
        if body is not None:
            m.body = nested = body
    if nested:
        for branch, bank in branches_of_named_banks(article):
            if branch.body is not None and branch.body.key != bank.key:
                branch.body = None


def parents_of_short_forms_follow_full_names(article: Article, lex: Lexicons | None = None) -> None:
    """After alias resolution: a unit written in short form under a federation by its level alone
    (市总工会|经审会) that resolves to a unit the article writes in full (吕梁市总工会经费审查委员会)
    keeps no parent of its own where the short federation resolved to another body (孝义市总工会, the
    city federation named last): the full name states the parent, the short form repeats it. Nor does one
    whose level the article names two areas of (:func:`_two_areas_of_the_level`): no telling which
    federation it is, and no fact is better than a wrong one. Called by the pipeline's ``link`` between
    :func:`..aliases.resolve_aliases` and reading relations."""
    lex = lex or load_lexicons()
    for m in article.mentions:
        body = m.body
        if body is None or not body.region_short:
            continue
        if _two_areas_of_the_level(article, body.name, lex):
            m.body = None
            continue
        if not m.canonical:
            continue
        at = m.canonical.find(_FEDERATION_HEAD)
        # (the federation the resolved name is written under, if any: 吕梁市总工会|经费审查委员会; a name per
        # article, 市总工会法律工作部（某文）, is still the short form's own)
        written = m.canonical[: at + len(_FEDERATION_HEAD)] if at >= 0 else ""
        if written and written not in (body.name, body.canonical):
            m.body = None


def _two_areas_of_the_level(article: Article, short: str, lex: Lexicons) -> bool:
    """Whether ``article`` names two areas or more of the level of the short federation ``short``
    (区总工会): federations written in full (江口区总工会, 海川区总工会) or places (江口区总工会…到海川区考察),
    none inside another in the gazetteer (德州市 and its 乐陵市: one city and its county, the short form
    the city's): the short form is the article's own federation, and the article names more than one it
    may own.

    >>> art = Article("a", "p", 0, "", "江口区总工会一行到海川区考察")
    >>> art.mentions = [Mention(0, 6, "江口区总工会", "Federation", "江口区总工会", "t"),
    ...                 Mention(10, 13, "海川区", "Place", "海川区", "t")]
    >>> _two_areas_of_the_level(art, "区总工会", load_lexicons())
    True
    """
    level = short[: -len(_FEDERATION_HEAD)]
    areas = set()
    for f in article.mentions:
        if f.type == "Federation" and not f.region_short and f.name.endswith(short):
            areas.add(f.name[: -len(_FEDERATION_HEAD)])
        elif f.type == "Place" and f.name.endswith(level):
            areas.add(f.name)
    # (an area's own name two characters at least: not 受|市总工会, a word run into the short form)
    areas = {a for a in areas if len(a) - len(level) >= _MIN_OWN}
    return len([a for a in areas if not any(lex.encloses(b, a) for b in areas)]) > 1
