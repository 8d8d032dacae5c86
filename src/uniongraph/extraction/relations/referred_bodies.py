"""Relations of a body the sentence refers back to by its kind alone (该矿, 这个所, 总厂).

A report names its body once in full and then by its kind: ``该矿开展“…”活动``, ``这个所举办了
“…研修班”``, ``在总厂所属的某热电厂``. The kind stands for the last body named before with that
head, a conservative anaphora step: only when the article names one body of that kind before, or
the last one within :data:`_REACH` characters.

* organizes: the clause opens with 该/这个/这家/这所 and a kind, and an organising verb right before
  the event (该校开展“学生评教”活动);
* subOrganizationOf: a bare kind of parent right before 所属/下属/直属/旗下 and the unit named after
  it (总厂所属的石景山热电厂);
* founded, organizes: 双方 referring back to the two bodies of an agreement named just before, then
  a verb of building (双方将共建“某服务站”: founded) or of holding an event (organizes);
* locatedIn: a body referred back to by its kind, or its office, placed by 设在 (工作室设在区职工服务中心);
* subOrganizationOf, locatedIn: a body named right after 该 and a kind or a level (该矿|某电力有限公司,
  该县|某制药厂) is a unit of that body, or in that place, named before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ...model import Article, Mention
from ..aliases import placeable_body
from ..body_pronouns import two_in_reach
from ..main_body import GROUP_HEADS, main_body, one_body_of_kind
from ..tokens import is_word
from .context import Context, Found, is_org, sentence_at, triggers
from .prerequisites import needs

#: how far back the body a kind refers to may be named, when the article names more of that kind
_REACH = 200

#: kinds of body a clause may refer back by (the last org named with that head); 校 and 院 stand
#: for a 学校/中学/大学 and a 医院/研究院; a one-character kind needs 该/这个 before it
_KINDS = ("集团公司", "总公司", "集团", "公司", "总厂", "厂", "矿", "研究所", "所", "学校", "校", "医院", "院",
          "协会", "学会", "中心", "银行", "分行", "支行", "局", "站", "馆")
_KIND_HEADS = {"校": ("学校", "中学", "大学", "小学", "学院", "校"), "院": ("院",)}

_REFERS = r"(?:该|这个|这家|这所|这座)"
#: a clause that opens with a reference to a body by its kind (该矿, 这个所), then up to a few
#: words (在本市, 今年又), then an organising verb and the event right after
_TIME = r"(?:[0-9０-９]+年(?:[0-9０-９]+月)?(?:[0-9０-９]+日)?|近日|日前|近年来|今年|去年|目前|如今|此后|随后)?[，,]?"


def _kind_alternation() -> str:
    return "|".join(sorted(_KINDS, key=len, reverse=True))


_REFERRING_SUBJECT = re.compile(rf"{_TIME}{_REFERS}(?P<kind>{_kind_alternation()})")
#: kinds a clause may refer back by with no 该 before them, opening the clause (协会组建…, 集团公司举办…)
#: or after 在 (在集团今年举办的…比武中): words of two characters or more that name one body of the report
_BARE_KINDS = ("集团公司", "总公司", "集团", "公司", "总厂", "研究所", "学校", "医院", "协会", "学会")
_BARE_SUBJECT = re.compile(rf"{_TIME}(?P<at>在)?(?P<kind>{'|'.join(sorted(_BARE_KINDS, key=len, reverse=True))})"
                           r"(?![\u4e00-\u9fff]{0,2}(?:工会|党委|团委|领导|负责人)"
                           # (the people of the body right after the kind: 公司青年职工…, not 公司为青年职工举办)
                           r"|(?:全体|广大|各级|部分)?(?:职工|员工|干部|代表|党员|团员|会员|志愿者|青年))")
#: a body named in full, 与/和/同 and the reference: 建设部与这个所共同举办了 (both hold it)
_PARTNER_THEN_REFERENCE = re.compile(rf"{_TIME}[^，。；与和同]{{2,16}}(?:与|和|同){_REFERS}(?P<kind>{_kind_alternation()})")


def body_of_kind(article: Article, kind: str, before: int) -> Mention | None:
    """The body a bare ``kind`` at offset ``before`` refers to: the last organisation named before
    with that head (longer than the kind), if the only one of that kind named before or the last
    one within :data:`_REACH` characters; else None."""
    heads = _KIND_HEADS.get(kind, (kind,))
    named = [m for m in article.mentions if is_org(m) and m.end <= before and len(m.key) > len(kind)
             and m.key.endswith(heads)]
    if not named:
        return None
    last = named[-1]
    if two_in_reach(article, named, before):
        return None  # (南岭机床厂与海河电机厂签约，该厂…: either)
    if len({m.key for m in named}) == 1 or before - last.end <= _REACH:
        return last
    return None


@needs("Event")
def organizes_by_referring_subject(c: Context) -> Iterator[Found]:
    """该矿开展“…”活动, 这个所共同举办了“…研修班”: the clause's subject is a body named before, by
    its kind; an organising verb right before the event (no other body named in the clause)."""
    text = c.text
    for ev in c.mentions:
        if ev.type != "Event" or ev.congress:
            continue
        clause_start = c.clause_start(ev.start)
        lead = text[clause_start : ev.start]
        subject = _REFERRING_SUBJECT.match(lead) or _PARTNER_THEN_REFERENCE.match(lead) or _BARE_SUBJECT.match(lead)
        # (与建设部这个所共同举办: a body named before the reference in the clause is the partner,
        # the reference the subject; none may stand after it)
        if subject is None or any(clause_start + subject.end() <= m.start < ev.start for m in c.mentions):
            continue
        # the verb right before the event: 开展, 举办了, 共同举办了“ (not 组织职工参加…: the verb's
        # object is someone else; nor an event merely mentioned after the verb's own object)
        rest = lead[subject.end() :]
        # (在集团今年举办的…比武中: after 在, the event the body held, described with 的)
        de = "(?:的)?" if subject.groupdict().get("at") and re.match(r"[^，。；]*?[中上]", text[ev.end : ev.end + 1]) else ""
        verb = next((w for w in triggers()["organize"] if re.search(rf"{w}(?:了)?{de}(?:一系列|一次|一场|首届)?[“『「\"]?$", rest)),
                    None)
        if verb is None or len(rest) - len(verb) > 14:
            continue
        kind, at = subject.group("kind"), clause_start + subject.start("kind")
        body = body_of_kind(c.article, kind, at) or (_group_named_before(c.article, at) if "集团" in kind else None) \
            or _named_after(c, subject, kind, at)
        if body is not None:
            yield body, "organizes", ev, "referred-body-verb-event"


#: a union referred back by its kind (联合工会还成立了…, 医院工会还组建了…): the last union of that kind
_UNION_KIND_SUBJECT = re.compile(rf"{_TIME}(?:{_REFERS})?(?P<kind>联合工会|医院工会|公司工会|集团工会|学校工会)")
#: after the subject, the founding verb right before what it founded (还组建了“某服务队”, 组建一支)
_FOUNDS = re.compile(r"(?:还|也|又|先后|相继|专门|已|近年来|牵头)*(?:组建|成立|创办|设立|创建)(?:了)?"
                     r"(?:一支|一个|一家)?[“『「\"]?")


@needs("org", words=("组建", "成立", "创办", "设立", "创建"))
def founded_by_referring_subject(c: Context) -> Iterator[Found]:
    """协会组建“银发宣讲团”, 联合工会还成立了“某某”志愿服务队: the clause's subject is a body named
    before, by its kind (with 该 or bare, as :func:`organizes_by_referring_subject` reads it), and
    the founding verb stands right before the body it founded."""
    text = c.text
    for m in c.mentions:
        if not is_org(m):
            continue
        clause_start = c.clause_start(m.start)
        lead = text[clause_start : m.start]
        subject = _REFERRING_SUBJECT.match(lead) or _UNION_KIND_SUBJECT.match(lead) or _BARE_SUBJECT.match(lead)
        if subject is None or subject.groupdict().get("at") or not _FOUNDS.fullmatch(lead, subject.end()):
            continue
        kind, at = subject.group("kind"), clause_start + subject.start("kind")
        body = body_of_kind(c.article, kind, at) or (_group_named_before(c.article, at) if "集团" in kind else None)
        if body is not None and body.key != m.key:
            yield body, "founded", m, "referred-body-founds-org"


#: the names a bare kind stands for when the body is named only after it (集团公司 for 某集团有限公司)
_NAMED_AFTER_HEADS = {"集团": GROUP_HEADS, "集团公司": GROUP_HEADS, "总公司": ("总公司",), "公司": ("公司",),
                      "总厂": ("总厂",), "医院": ("医院",), "学校": _KIND_HEADS["校"], "协会": ("协会",)}


def _named_after(c: Context, subject: re.Match[str], kind: str, at: int) -> Mention | None:
    """The body a bare kind (no 该) stands for when no body of that kind is named before it: a headline
    or a lead that names the body in full only later (集团公司举办…培训班, then 某集团有限公司…), the
    one body of that kind the article names (:func:`one_body_of_kind`)."""
    heads = _NAMED_AFTER_HEADS.get(kind)
    if heads is None or subject.group(0).startswith(("该", "这")) or \
            any(is_org(m) and m.end <= at and m.key.endswith(heads) for m in c.article.mentions):
        return None
    return one_body_of_kind(c.article, heads, len(kind))


#: 在 opening a sentence or the paragraph before a body: the scene the paragraph is set in (在某公司车间，)
_OPENS_A_SCENE = re.compile(r"(?:^|[。！？\n])在$")


def report_body_of_kind(article: Article, kind: str, before: int) -> Mention | None:
    """The body a bare kind with no pointing word stands for when a person works in it (在公司干了12年,
    在集团工作了20年): the one body of that kind named before ``before``; of several, the one a bare
    kind earlier in the paragraph was read as (在港城环卫公司，公司总经理…: the anaphora of
    :mod:`..body_pronouns` and :mod:`..main_body`), the one a sentence of the paragraph is set in
    (在某公司车间，记者见到了某某), or the body the article is about
    (:func:`.main_body.main_body`); else None (a customer or a partner named last is no reason to take it)."""
    heads = _NAMED_AFTER_HEADS.get(kind) or _KIND_HEADS.get(kind, (kind,))

    def of_the_kind(m: Mention) -> bool:  # (a body named in full with the kind's head)
        return is_org(m) and not m.reference and len(m.key) > len(kind) and m.key.endswith(heads)

    named: dict[str, Mention] = {}
    inside: dict[str, Mention] = {}
    others = False
    for m in article.mentions:
        if m.end > before:
            continue
        if of_the_kind(m):
            named.setdefault(m.key, m)
        elif m.type == "Company" and not m.reference:
            others = True
        # (a company written only at the front of a unit's name is named too: 某铝业有限公司|职工创新中心;
        # not when another company is named before it, 某集团组织骨干走进某公司职工创新中心: either may be 公司)
        if m.body is not None and of_the_kind(m.body):
            inside.setdefault(m.body.key, m.body)
    if not named and not others:
        named.update(inside)
    # (a short form inside the full name is the same body: 远扬电池 … 青川远扬电池有限公司)
    keys = [k for k in named if not any(o != k and k in o for o in named)]
    if len(keys) == 1:
        return named[keys[0]]
    paragraph = article.text.rfind("\n", 0, before) + 1
    read = [m for m in article.mentions if m.anaphor and paragraph <= m.start and m.end <= before
            and article.text.startswith(kind, m.start) and m.key in keys]
    if read:
        return named[read[-1].key]
    scene = [m for m in article.mentions if m.key in keys and paragraph <= m.start and m.end <= before
             and _OPENS_A_SCENE.search(article.text, max(paragraph, m.start - 2), m.start)]
    if scene:
        return named[scene[-1].key]  # 在某公司车间，记者见到了某某: the paragraph is set in that body
    own = main_body(article) if keys else None
    return named[own] if own in keys else None


def _group_named_before(article: Article, before: int) -> Mention | None:
    """The group a bare 集团 or 集团公司 stands for (某某集团有限公司, whose name ends in 有限公司): the
    one enterprise with 集团 in its name the article names before, if it names only one."""
    named = {m.key: m for m in article.mentions if m.type == "Company" and m.end <= before and "集团" in m.key
             and m.key.endswith("公司") and not m.reference}
    return next(iter(named.values())) if len(named) == 1 else None


#: what joins the units listed after 所属 (集团所属A公司、B公司和C公司)
_UNIT_LIST_JOINERS = ("、", "和", "及", "以及")


def _body_of_bare_kind(article: Article, kind: str, before: int) -> Mention | None:
    """:func:`body_of_kind`, and for a bare 集团 or 集团公司 the one group named before (某某集团有限公司)."""
    return body_of_kind(article, kind, before) or (_group_named_before(article, before) if "集团" in kind else None)


#: a bare kind of parent and a marker of units right before a unit: 总厂所属的, 集团公司下属的
_PARENT_KIND_MARKER = re.compile(rf"(?<![^，,；;。在从由对向与和及、\s])(?:该|其|这个|这家)?(?P<kind>{_kind_alternation()})"
                                 r"(?P<marker>所属|下属|直属|旗下)的?$")


def parent_written_before(c: Context, unit: Mention, written: re.Pattern[str], since: int,
                          named_before: Callable[[re.Match[str]], Mention | None]) -> Mention | None:
    """The parent a bare kind and a marker of units, written right before ``unit``, stand for:
    ``written`` (a pattern with a group ``kind``, anchored by ``$`` at the unit) is searched
    between ``since`` and the unit, and ``named_before(match)`` gives the body of that kind the
    article named before (each rule has its own test of which). None when nothing is written
    there, no body is named, or the body is the unit itself.

    Example: in ``李明来到南岭发电总厂考察。在总厂所属的南岭热电厂…`` the unit 南岭热电厂 gets the
    南岭发电总厂 (:func:`units_of_referred_parent`, by :func:`body_of_kind`); in
    ``南岭局集团有限公司…集团公司所属韶关车务段`` 韶关车务段 gets the 集团有限公司
    (``own_units.units_of_the_enterprise_by_kind``, the enterprise named last)."""
    found = written.search(c.text, since, unit.start)
    if found is None:
        return None
    parent = named_before(found)
    return parent if parent is not None and parent.key != unit.key else None


@needs("org")
def units_of_referred_parent(c: Context) -> Iterator[Found]:
    """在总厂所属的某热电厂, 集团所属A公司、B公司、C公司: the unit after a bare kind of parent and 所属
    is a unit of the body of that kind named before (a bare 集团: the one group named before, whose name
    may end in 有限公司), and so is each unit of the same type listed right after it (the list ends
    at a body of another type: a partner joined by 和, a federation or a university)."""
    ms = c.mentions
    listed: set[int] = set()
    for i, unit in enumerate(ms):
        if not is_org(unit) or id(unit) in listed:
            continue
        prev_end = ms[i - 1].end if i > 0 else c.sentence.start
        parent = parent_written_before(c, unit, _PARENT_KIND_MARKER, max(prev_end, c.sentence.start),
                                       lambda found: _body_of_bare_kind(c.article, found.group("kind"), found.start()))
        if parent is None:
            continue
        for each in c.coordinated(unit, is_org, _UNIT_LIST_JOINERS):
            listed.add(id(each))
            if each.type != unit.type:
                break  # …有限公司和某区总工会联合承办, …和某大学签订: a partner of another kind ends the list
            if each.key != parent.key:
                yield each, "subOrganizationOf", parent, "unit-of-referred-parent"


#: a pointer and a kind written right before a body's name (该矿|某电力有限公司, 该县|某制药厂): the
#: body is a unit of the body of that kind, or in the place of that level, named before; 该 alone
#: (这个/这家 say what the body named after them is, not whose)
_POINTER_BEFORE = re.compile(rf"该(?:(?P<kind>{_kind_alternation()})|(?P<level>[省市县区镇乡]))$")


def place_of_level(article: Article, level: str, before: int) -> Mention | None:
    """The place a bare 该县/该市 at offset ``before`` refers to: the last place named before whose
    name ends in ``level`` (longer than it), if the only one so named before or the last within
    :data:`_REACH` characters; else None."""
    named = [m for m in article.mentions if m.type == "Place" and m.end <= before and len(m.key) > len(level)
             and m.key.endswith(level)]
    if not named:
        return None
    last = named[-1]
    return last if len({m.key for m in named}) == 1 or before - last.end <= _REACH else None


def _kind_inside_a_nearer_name(c: Context, said: re.Match[str], parent: Mention) -> bool:
    """Whether a body of the pointer's kind is written inside a longer name between ``parent`` and
    the pointer, in its sentence (某瓷业有限公司代表队获团体冠军，该公司…: the company inside the team's
    name is the one meant, not a company of an earlier paragraph)."""
    kind = said.group("kind")
    return any(parent.end <= m.start and m.end <= said.start() and kind in m.key[:-1] and not m.key.endswith(kind)
               and is_org(m) for m in c.mentions)


@needs("org", words="该")
def bodies_after_a_pointer(c: Context) -> Iterator[Found]:
    """该县康华制药厂, 该矿某电力有限公司: a body named right after 该 and a kind or a level is a unit
    of the body of that kind named before (``pointer-kind-unit``), or is in the place of that
    level named before (``pointer-level-place``; an enterprise or institution, not the place's
    own organs: 该市市委 is the city's)."""
    for m in c.mentions:
        if not is_org(m):
            continue
        said = _POINTER_BEFORE.search(c.text, max(c.sentence.start, m.start - 6), m.start)
        if said is None:
            continue
        if said.group("kind"):
            parent = body_of_kind(c.article, said.group("kind"), said.start())
            if parent is not None and parent.key != m.key and not m.key.startswith(parent.key) \
                    and not is_word(m.key) and not _kind_inside_a_nearer_name(c, said, parent):
                # (该院|住院部: one dictionary word, a kind of unit, no named one)
                yield m, "subOrganizationOf", parent, "pointer-kind-unit"
        elif placeable_body(m):
            place = place_of_level(c.article, said.group("level"), said.start())
            if place is not None and not m.key.startswith(place.key):
                yield m, "locatedIn", place, "pointer-level-place"


#: the two sides of an agreement referred back to (双方将共建…, 根据协议，双方将共同实施…): the clause
#: opens with 双方, a few adverbs, perhaps where (在某合作区), then the verb right before the name
_BOTH_SIDES = re.compile(r"双方(?:还|也|将|拟|计划|准备|决定|同意|已)*(?:在[^，。；]{1,16}?)?"
                         r"(?:共同|联合|携手)?(?P<verb>共建|建设|组建|建立|成立|设立|创建|实施|开展|举办|组织|启动)(?:了)?"
                         r"(?:一个|一家|一支)?[“『「\"]?$")
_FOUNDS_SIDES = ("共建", "建设", "组建", "建立", "成立", "设立", "创建")
#: after the two bodies joined by 与/和/同: their agreement (签署…协议, 签订, 签约, 达成…, 开展合作)
_AGREE = re.compile(r"(?:今天|昨天|日前|近日|当天|正式|共同|再次)*(?:签署|签订|签约|达成|缔结|商定)")


def _the_two_sides(c: Context, before: int) -> tuple[Mention, Mention] | None:
    """The two bodies an agreement was made between, named in this sentence before ``before`` or in
    the one before it: A 与/和/同 B then a verb of agreeing (珠海市总工会与澳门工联签署合作协议);
    None when the last such pair is not two bodies alone (a list of three is no 双方)."""
    sents = c.article.sentences
    k = sentence_at(sents, c.sentence.start)
    since = sents[k - 1].start if k else c.sentence.start
    ms = [m for m in c.article.mentions if since <= m.start and m.end <= before]
    for i in range(len(ms) - 2, -1, -1):
        a, b = ms[i], ms[i + 1]
        if is_org(a) and is_org(b) and c.text[a.end : b.start] in ("与", "和", "同") \
                and _AGREE.match(c.text, b.end) \
                and not (i > 0 and is_org(ms[i - 1]) and c.text[ms[i - 1].end : a.start] in ("、", "与", "和")):
            return a, b
    return None


@needs(words="双方")
def both_sides(c: Context) -> Iterator[Found]:
    """A与B签署合作协议，双方将在某合作区共建“某服务站”; 根据协议，双方将共同实施“某某”项目: 双方 refers back to
    the two bodies of the agreement named just before; each founded the body (a facility) named
    after a verb of building, or organizes the event named after a verb of holding
    (``both-sides-found``, ``both-sides-organize``)."""
    text = c.text
    for m in c.mentions:
        if not (is_org(m) or m.type in ("Place", "Event")):
            continue
        clause_start = c.clause_start(m.start, "，,；;。")
        said = _BOTH_SIDES.fullmatch(text, clause_start, m.start)
        if said is None:
            continue
        founds = said.group("verb") in _FOUNDS_SIDES
        if founds and m.type == "Event" or not founds and m.type != "Event":
            continue
        sides = _the_two_sides(c, said.start())
        if sides is None or m.key in (sides[0].key, sides[1].key):
            continue
        for side in sides:
            yield (side, "founded", m, "both-sides-found") if founds else (side, "organizes", m, "both-sides-organize")


#: a clause that places a body referred back to by its kind, or its office (工作室设在区职工服务中心一楼;
#: 该联合工会…，办公室设在园区“司机之家”): the kind, perhaps its office, the verb, the place right after
_PLACED_KIND = re.compile(r"(?P<office>办公室|办公地点|总部|驻地)?(?:(?:该|这个|这家|这所)?(?P<kind>[\u4e00-\u9fff]{2,6}?)的?)??"
                          r"(?:办公室|办公地点|总部|驻地)?(?:目前|现|就|也|均)?(?:设在|设于|坐落在|坐落于)"
                          r"(?:园区|厂区|院内|楼内|大院)?[“『「\"]?$")
#: the subject a sentence opens with, referred back to (该联合工会由…发起成立，办公室设在…)
_REFERRING_OPENER = re.compile(r"(?:据介绍，)?(?:该|这个|这家|这所)(?P<kind>[\u4e00-\u9fff]{2,6}?)(?=[由在于是已将，,])")
#: the facilities a body is placed in, when typed as a body (区职工服务中心, 某大厦)
_PLACE_LIKE_BODIES = ("中心", "大厦", "大楼", "之家", "驿站", "广场", "园区")


@needs(words=("设在", "设于", "坐落在", "坐落于"))
def placed_referred_body(c: Context) -> Iterator[Found]:
    """工作室设在区职工服务中心一楼; 该联合工会由…发起成立，办公室设在园区“司机之家”: the body a kind
    refers back to (the last body named before with that head: the only one, or within
    :data:`_REACH`) is in the place named right after 设在 (``referred-body-placed``)."""
    text = c.text
    for pl in c.mentions:
        if not (pl.type == "Place" or is_org(pl) and pl.key.endswith(_PLACE_LIKE_BODIES)):
            continue
        clause_start = c.clause_start(pl.start, "，,；;。")
        placed = _PLACED_KIND.fullmatch(text, clause_start, pl.start)
        if placed is None:
            continue
        kind, at = placed.group("kind"), clause_start
        if kind is None or placed.group("office"):  # (办公室设在: the office of the referred subject the sentence opens with)
            opener = _REFERRING_OPENER.match(text, c.sentence.start, clause_start)
            if opener is None:
                continue
            kind, at = opener.group("kind"), c.sentence.start
        if any(m.start >= clause_start and m.end <= pl.start for m in c.mentions):
            continue  # (a body named in the clause: the rules of named bodies read it)
        named = [m for m in c.article.mentions if is_org(m) and m.end <= at and m.key.endswith(kind)
                 and len(m.key) > len(kind)]
        if not named or (len({m.key for m in named}) > 1 and at - named[-1].end > _REACH):
            continue
        if named[-1].key != pl.key:
            yield named[-1], "locatedIn", pl, "referred-body-placed"
