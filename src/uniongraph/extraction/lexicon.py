"""Loading the lexicons shipped in ``uniongraph/lexicons/`` (data files, not code).

All recognisers share one :class:`Lexicons` object, loaded once per process.

>>> lex = load_lexicons()
>>> lex.org_heads["总工会"]
('Federation', 'strong')
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"

T = TypeVar("T")


@dataclass(frozen=True)
class Division:
    """An administrative division or other gazetteer place."""

    name: str
    level: str
    parent: str
    aliases: tuple[str, ...]
    status: str = "current"


@dataclass
class Lexicons:
    """Every word list the extractor uses."""

    org_heads: dict[str, tuple[str, str]] = field(default_factory=dict)
    event_heads: dict[str, str] = field(default_factory=dict)
    place_heads: dict[str, str] = field(default_factory=dict)
    #: place heads of development zones and parks (开发区, 工业园; place_heads.tsv's third column)
    zone_heads: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    #: surname -> rank by commonness (0 = commonest)
    surname_rank: dict[str, int] = field(default_factory=dict)
    compound_surnames: frozenset[str] = frozenset()
    roles: dict[str, str] = field(default_factory=dict)
    #: every gazetteer place by full name
    places: dict[str, Division] = field(default_factory=dict)
    #: every row of a name that several places share (朝阳区 of 北京市 and of 长春市)
    homonyms: dict[str, list[Division]] = field(default_factory=dict)
    #: short form -> full names it may stand for (北京 -> [北京市])
    place_aliases: dict[str, list[str]] = field(default_factory=dict)
    #: one-character short names (京 -> 北京市), read only where a verb of being or going stands
    #: before them (在京召开: :mod:`.places`)
    place_abbreviations: dict[str, str] = field(default_factory=dict)
    #: length of the longest place name or short form: no longer text can be one, so searches
    #: for a place inside a long word stop there (a 400,000-letter run stays linear)
    longest_place: int = 0
    #: length of the longest organisation head (工会工作委员会): no longer suffix can be one
    longest_org_head: int = 0
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: posts of a unit's office a bare kind of unit names (主任, 院长, 矿长) -> the kind of unit
    #: the post itself heads (矿长 -> 矿), or "" (主任 heads none): ``kind_posts.tsv``
    kind_posts: dict[str, str] = field(default_factory=dict)
    #: standing short names of national bodies -> (full name, type): ``org_abbreviations.tsv``
    org_abbreviations: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: standing short forms of banks -> the bank's name in its branches' names: ``bank_short_forms.tsv``
    bank_short_forms: dict[str, str] = field(default_factory=dict)
    #: a trade word of an enterprise's name -> its short forms (农村商业银行 -> 农商银行): ``trade_short_forms.tsv``
    trade_short_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a standing short form of a body's head -> its full head (妇联 -> 妇女联合会): ``head_short_forms.tsv``
    head_short_forms: dict[str, str] = field(default_factory=dict)

    def knows_place(self, form: str) -> bool:
        """Whether ``form`` is a place's name or one of its standing aliases in the gazetteer."""
        return form in self.places or form in self.place_aliases

    def encloses(self, outer: str, name: str) -> bool:
        """Whether the place ``outer`` contains a place called ``name`` (any of its homonyms)."""
        rows = self.homonyms.get(name) or ([self.places[name]] if name in self.places else [])
        for row in rows:
            chain, cur = [], row
            while cur and cur.parent and cur.parent not in chain and len(chain) < 6:
                chain.append(cur.parent)
                cur = self.places.get(cur.parent)
            if outer in chain:
                return True
        return False

    def ancestors(self, name: str) -> list[str]:
        """Parents of a place, nearest first: 崂山区 -> [青岛市, 山东省, 中国]."""
        return self.enclosing(self.places.get(name))

    def enclosing(self, row: Division | None) -> list[str]:
        """Parents of one row of the gazetteer, nearest first (the 南山区 of 深圳市 -> [深圳市, 广东省, 中国])."""
        chain: list[str] = []
        cur = row
        while cur and cur.parent and cur.parent not in chain and len(chain) < 6:
            chain.append(cur.parent)
            cur = self.places.get(cur.parent)
        return chain

    def readings(self, form: str) -> list[Division]:
        """Every gazetteer place ``form`` may stand for: each row of the full name it is and of each full
        name it is a short form of (五华 -> 五华县 of 梅州市, 五华区 of 昆明市; 南山区 -> of 鹤岗市, of 深圳市;
        泗水 -> the city abroad, 泗水县 of 济宁市). Built from ``places``, ``homonyms`` and ``place_aliases``.

        >>> sorted(r.parent for r in load_lexicons().readings("五华"))
        ['昆明市', '梅州市']
        """
        names = ([form] if form in self.places else []) + self.place_aliases.get(form, [])
        return [row for name in dict.fromkeys(names) for row in self.homonyms.get(name) or (self.places[name],)]


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a lexicon file, comments and blank lines skipped; [] if absent."""
    path = LEXICON_DIR / name
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def words_by_kind(name: str, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    """The words of a lexicon of word and kind (``name``, a TSV) by each of ``kinds``, in the file's
    order; rows of other kinds left out."""
    out: dict[str, list[str]] = {k: [] for k in kinds}
    for r in _rows(name):
        if len(r) > 1 and r[1] in out:
            out[r[1]].append(r[0])
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(r[0] for r in _rows(name) if r and r[0])


def words_tuple(lex: Lexicons, table: str) -> tuple[str, ...]:
    """A word table as a tuple (for ``str.endswith``), made once per table by :func:`derived`.

    >>> words_tuple(Lexicons(words={"heads": frozenset({"部"})}), "heads")
    ('部',)
    """
    words = lex.words.get(table, frozenset())
    return derived(lex, "_tuple_" + table, words, lambda: tuple(words))


def derived(lex: Lexicons, name: str, table: Any, make: Callable[[], T], also: tuple[Any, ...] = ()) -> T:
    """A value made from one of the lexicons' tables (``make()``), kept on the lexicons under
    ``name`` and made again when that table (or one of the tables ``also`` it is made from) is
    replaced or changes its size (a test or a plug-in that adds words): for a question asked at
    every token, such as the last characters of the organisation heads.

    >>> lex = Lexicons(roles={"主席": "leader"})
    >>> derived(lex, "_ends", lex.roles, lambda: frozenset(w[-1] for w in lex.roles))
    frozenset({'席'})
    >>> lex.roles["厂长"] = "leader"
    >>> sorted(derived(lex, "_ends", lex.roles, lambda: frozenset(w[-1] for w in lex.roles)))
    ['席', '长']
    """
    # (asked some 40 times an article: the usual one table's key made without a generator)
    key = ((id(table), len(table)),) if not also else tuple((id(t), len(t)) for t in (table, *also))
    cached = lex.__dict__.get(name)
    if cached is None or cached[0] != key:
        cached = lex.__dict__[name] = (key, make())
    return cached[1]


@functools.lru_cache(maxsize=256)
def word_lengths(words: frozenset[str]) -> tuple[int, ...]:
    """The lengths of ``words``, longest first: a word list asked at every mention is looked up
    by the slices of these lengths, not word by word.

    >>> word_lengths(frozenset({"特色", "人民", "劳动模范"}))
    (4, 2)
    """
    return tuple(sorted({len(w) for w in words}, reverse=True))


@functools.lru_cache(maxsize=None)
def scope_words(*kinds: str) -> frozenset[str]:
    """The words of scope and level (``scope_words.tsv``) of the given kinds: ``country`` (全国),
    ``division`` (全省, 全市 …), ``world`` (全球, 世界), ``every`` (各地, 各级), ``organ`` (全军, 中央),
    ``nation`` (中国, 国家), ``level`` (省, 市, 区, 县), ``town`` (镇, 乡), ``autonomous`` (自治区 …),
    ``banner`` (盟, 旗).

    >>> sorted(scope_words("country", "world"))
    ['世界', '全世界', '全国', '全球']
    """
    return frozenset(r[0] for r in _rows("scope_words.tsv") if len(r) > 1 and r[1] in kinds)


#: the scope kinds of a place's name written with its level (贵州省, 昌吉回族自治州, 阿拉善盟): the one list
#: its readers share (aliases, names)
PLACE_LEVEL_KINDS = ("level", "autonomous", "banner")


@functools.lru_cache(maxsize=None)
def level_ends(*kinds: str) -> frozenset[str]:
    """The last characters of the scope words of the given kinds (:func:`scope_words`): how a place's
    name written with its level ends (东城区, 昌吉回族自治州, 阿拉善盟), the one list of them.

    >>> sorted(level_ends("level", "banner"))
    ['区', '县', '市', '旗', '盟', '省']
    """
    return frozenset(w[-1] for w in scope_words(*kinds))


@functools.lru_cache(maxsize=1)
def body_kind_endings() -> dict[str, tuple[str, ...]]:
    """How the names of the bodies of a kind a union is written by end
    (``union_body_kinds.tsv``; 校工会: the union of a 学院 or a 大学 as well).

    >>> body_kind_endings()["医院"]
    ('医院', '保健院', '卫生院')
    """
    return {r[0]: tuple(e for e in r[1].split(",") if e) for r in _rows("union_body_kinds.tsv") if len(r) > 1 and r[1] != "-"}


@functools.lru_cache(maxsize=1)
def committee_kind_endings() -> dict[str, tuple[str, ...]]:
    """The kinds a body's party committee is written by alone (公司党委, 学校党委), and how the names of
    the bodies such a committee is of end (``union_body_kinds.tsv``, its third column).

    >>> committee_kind_endings()["学校"]
    ('学校', '大学')
    """
    return {r[0]: tuple(e for e in r[2].split(",") if e) for r in _rows("union_body_kinds.tsv") if len(r) > 2 and r[2] not in ("", "-")}


def _add_places(lex: Lexicons, rows: list[list[str]]) -> None:
    for r in rows:
        r = r + [""] * (5 - len(r))
        name, level, parent, aliases, status = r[:5]
        if not name:
            continue
        al = tuple(a.strip() for a in aliases.split(",") if len(a.strip()) >= 2)
        row = Division(name, level, parent, al, status or "current")
        if name in lex.places:
            lex.homonyms.setdefault(name, [lex.places[name]]).append(row)
            continue
        lex.places[name] = row
        lex.longest_place = max(lex.longest_place, len(name), *(len(a) for a in al))
        for a in al:
            if a != name:
                lex.place_aliases.setdefault(a, []).append(name)


@functools.lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    """Load all lexicon files (cached: one load per process)."""
    lex = Lexicons()
    lex.org_heads = {r[0]: (r[1], r[2] if len(r) > 2 else "strong") for r in _rows("org_heads.tsv")}
    lex.longest_org_head = max(map(len, lex.org_heads), default=0)
    lex.event_heads = {r[0]: (r[1] if len(r) > 1 else "strong") for r in _rows("event_heads.tsv")}
    lex.place_heads = {r[0]: (r[1] if len(r) > 1 else "weak") for r in _rows("place_heads.tsv")}
    lex.zone_heads = frozenset(r[0] for r in _rows("place_heads.tsv") if len(r) > 2 and r[2] == "zone")
    lex.generic_modifiers = _words("generic_modifiers.txt")
    lex.name_words = _words("name_words.txt")
    surn = _rows("surnames.txt")
    lex.surnames = frozenset(r[0] for r in surn if len(r[0]) == 1)
    lex.compound_surnames = frozenset(r[0] for r in surn if len(r[0]) == 2)
    lex.surname_rank = {r[0]: i for i, r in enumerate(surn)}
    lex.roles = {r[0]: (r[1] if len(r) > 1 else "identity") for r in _rows("roles.txt")}
    _add_places(lex, _rows("divisions.tsv"))
    _add_places(lex, _rows("world_places.tsv"))
    lex.place_abbreviations = {r[0]: r[1] for r in _rows("place_abbreviations.tsv") if len(r) > 1}
    lex.kind_posts = {r[0]: (r[1] if len(r) > 1 and r[1] != "-" else "") for r in _rows("kind_posts.tsv")}
    lex.org_abbreviations = {r[0]: (r[1], r[2]) for r in _rows("org_abbreviations.tsv") if len(r) > 2}
    lex.head_short_forms = {r[0]: r[1] for r in _rows("head_short_forms.tsv") if len(r) > 1}
    lex.bank_short_forms = {r[0]: r[1] for r in _rows("bank_short_forms.tsv") if len(r) > 1}
    for r in _rows("trade_short_forms.tsv"):
        if len(r) > 1:
            lex.trade_short_forms[r[0]] = (*lex.trade_short_forms.get(r[0], ()), r[1])
    for fname in (
        "person_verbs.txt",
        "location_verbs.txt",
        "not_names.txt",
        "person_titles.txt",
        "not_org_heads.txt",
        "generic_org_words.txt",
        "not_body_words.txt",
        "not_road_words.txt",
        "road_state_words.txt",
        "road_state_leads.txt",
        "care_words.txt",
        "boundary_words.txt",
        "department_stems.txt",
        "subunit_heads.txt",
        "local_unit_heads.txt",
        "unit_posts.txt",
        "company_posts.txt",
        "festival_words.txt",
        "paired_kinds.txt",
        "ceremony_heads.txt",
        "own_opening_acts.txt",
        "place_modifier_words.txt",
        "era_names.txt",
        "venue_lead_words.txt",
        "visited_institution_heads.txt",
        "company_facility_heads.txt",
        "union_facility_heads.txt",
        "facility_act_words.txt",
        "disciplined_services.txt",
        "site_heads.txt",
        "department_units.txt",
        "party_organs.txt",
        "other_committee_owners.txt",
        "not_department_words.txt",
        "kind_modifiers.txt",
        "name_only_heads.txt",
        "site_kind_words.txt",
        "generic_event_words.txt",
        "not_attending_words.txt",
        "event_owner_words.txt",
        "trade_suffixes.txt",
        "title_units.txt",
        "team_player_words.txt",
        "technical_work_words.txt",
        "activity_gathering_heads.txt",
        "industry_words.txt",
        "crew_unit_heads.txt",
        "unit_of_body_heads.txt",
        "parent_institution_heads.txt",
        "minority_name_parts.txt",
        "ethnic_groups.txt",
        "armed_services.txt",
        "party_kind_words.txt",
        "unit_kind_words.txt",
        "institution_own_words.txt",
        "unit_acts.txt",
        "not_unit_starts.txt",
        "not_unit_words.txt",
        "federation_facilities.txt",
        "federation_unit_heads.txt",
        "place_named_heads.txt",
        "party_object_verbs.txt",
        "place_name_tails.txt",
        "genre_words.txt",
        "glued_name_heads.txt",
        "doubled_head_posts.txt",
        "own_body_posts.txt",
        "founder_posts.txt",
        "institution_kinds.txt",
        "institution_fields.txt",
        "village_kinds.txt",
        "level_ending_words.txt",
        "name_shape_false_ends.txt",
        "name_line_heads.txt",
        "remote_meeting_words.txt",
        "national_industry_unions.txt",
        "industry_union_trades.txt",
        "trade_unit_heads.txt",
        "not_trade_words.txt",
        "post_taking_verbs.txt",
        "body_department_heads.txt",
        "union_committees.txt",
        "body_crew_heads.txt",
        "own_committees.txt",
        "committee_verbs.txt",
        "other_committee_words.txt",
        "listed_body_words.txt",
        "listed_body_modifiers.txt",
        "honour_predicates.txt",
        "honour_words.txt",
        "quoted_team_heads.txt",
        "quoted_unit_heads.txt",
        "going_there_words.txt",
        "unit_owner_ends.txt",
        "separate_company_ends.txt",
        "not_town_openings.txt",
        "aid_things.txt",
        "giving_activity_words.txt",
        "joined_field_heads.txt",
        "place_field_body_heads.txt",
        "landmark_heads.txt",
        "after_name_words.txt",
        "document_words.txt",
        "office_fields.txt",
        "unread_venue_heads.txt",
        "party_heads.txt",
        "event_item_words.txt",
        "stage_holding_kinds.txt",
        "halt_words.txt",
        "reaching_verbs.txt",
        "money_words.txt",
        "not_yet_words.txt",
        "stopped_words.txt",
        "paying_verbs.txt",
        "count_name_parts.txt",
        "activity_kind_words.txt",
    ):
        lex.words[fname.rsplit(".", 1)[0]] = _words(fname)
    path = LEXICON_DIR / "transliteration_chars.txt"
    if path.exists():
        lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
        lex.words["transliteration_chars"] = frozenset("".join(lines))
    return lex
