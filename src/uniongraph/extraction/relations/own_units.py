"""Units of an enterprise named by its kind (集团公司客运部, 集团公司所属襄阳车务段), the kind
standing for the enterprise the article named before: the unit is subOrganizationOf it (the
guideline's 项目部 → company). A union's or federation's departments and committees are not
read here (the union golds infer their parent), nor 所属/下属 after a full name (``organisations``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Mention
from .context import Context, Found, last_named_before
from .prerequisites import needs
from .referred_bodies import parent_written_before

#: a body of the enterprise's own that is no unit of its business (公司工会, 集团党委)
_OWN_BODY = re.compile(r"工会|党委|党组|纪委|团委|委员会")
_UNIT_TYPES = ("Company", "Organization")
#: what may stand right before the kind word for it to name the enterprise itself (由|集团公司客运部;
#: not 合营|公司总经理部, a kind of company the article has not named)
_BEFORE_KIND = frozenset("由、，,。；：:“\"和与及同在是为对将把向从的等及并\n　 ")


#: the kinds of enterprise a unit's name or its 所属 may be written with, and a body the story is
#: about written by alone (公司党委, 集团工会: :mod:`.people`); longest first
ENTERPRISE_KINDS = ("集团公司", "总公司", "集团", "公司")
_KIND = rf"(?P<kind>{'|'.join(ENTERPRISE_KINDS)})"
#: a body named by its kind, then one of its departments or units (集团公司|客运部, 公司|所属|襄阳车务段)
_OWN_KIND = re.compile(rf"{_KIND}(?P<of>所属(?:的)?|下属(?:的)?)?")
#: the kind and 所属/下属 written right before a unit (集团公司所属|襄阳车务段)
_KIND_BEFORE_UNIT = re.compile(rf"{_KIND}(?:所属|下属)(?:的)?$")
#: the heads of an enterprise's departments and units
_DEPARTMENT_HEAD = re.compile(r"(?:部|处|室|中心|段|站|厂|车间|分公司|子公司|项目部|班组|[一二三四五六七八九十]+[班队])$")


def _owner_named_before(c: Context, kind: str, before: int) -> Mention | None:
    """The enterprise of that kind named last before ``before`` (集团公司 → 某某集团有限公司)."""
    return last_named_before(c.article.mentions, before, lambda m: m.type == "Company" and not m.reference and not m.anaphor and (
        kind in m.key or kind == "集团公司" and "集团" in m.key and m.key.endswith("公司")))


def _owner_of_kind_at(c: Context, kind: str, opens: int, unit: Mention) -> Mention | None:
    """The enterprise a kind written at ``opens`` for ``unit`` stands for, when what stands before
    the kind lets it name the enterprise itself (由|集团公司…, not 合营|公司…)."""
    if opens > c.sentence.start and c.text[opens - 1] not in _BEFORE_KIND:
        return None
    return _owner_named_before(c, kind, unit.start)


#: what each reading of units_of_the_enterprise_by_kind holds in the sentence: the unit's name opened by a
#: kind other than a bare 公司 (集团公司, 总公司, 集团), or 所属/下属 written before the unit
_ENTERPRISE_UNIT_WORDS = ("集团", "总公司", "所属", "下属")


@needs("org", words=_ENTERPRISE_UNIT_WORDS)
def units_of_the_enterprise_by_kind(c: Context) -> Iterator[Found]:
    """集团公司客运部, 集团公司所属襄阳车务段: a department or unit of the enterprise the article
    named before, written with the enterprise's kind (the unit subOrganizationOf it)."""
    for m in c.mentions:
        if m.type not in _UNIT_TYPES or m.reference or m.anaphor or _OWN_BODY.search(m.name):
            continue
        own = _OWN_KIND.match(m.text)
        if own is not None and own.group("kind") != "公司" and own.end() < len(m.text) - 1 \
                and _DEPARTMENT_HEAD.search(m.text) and not _OWN_KIND.fullmatch(m.text):
            # (a bare 公司 before a department is too often another company than the one named:
            # 合营公司总经理部 after 某某投资有限公司)
            # 集团公司客运部: the kind opens the unit's written name
            owner = _owner_of_kind_at(c, own.group("kind"), m.start, m)
        elif _DEPARTMENT_HEAD.search(m.key):
            # 集团公司所属襄阳车务段: the kind and 所属/下属 written right before the unit (not
            # 某某集团公司所属: the enterprise written in full, the 所属 patterns' case)
            def named_before(found: re.Match[str], unit: Mention = m) -> Mention | None:
                opens = found.start()
                if any(o.type == "Company" and o.start < opens < o.end for o in c.mentions):
                    return None
                return _owner_of_kind_at(c, found.group("kind"), opens, unit)

            owner = parent_written_before(c, m, _KIND_BEFORE_UNIT, max(c.sentence.start, m.start - 8), named_before)
        else:
            continue
        if owner is not None and owner.key != m.key:
            yield m, "subOrganizationOf", owner, "unit-of-enterprise-by-kind"


#: PERSON (第一个)报名入队, 加入了 TEAM, 成为 TEAM 的一员: joining a team makes one of it
_JOINS_BEFORE = re.compile(r"(?:也|还|又|便|就|已|已经|率先|主动|第一个|首批|第一批)*(?:报名)?(?:加入(?:了)?|成为(?:了)?)$")
_JOINED_AFTER = re.compile(r"(?:的)?(?:一员|成员|队员|志愿者)")
_JOINS_THE_TEAM = re.compile(r"(?:也|还|又|便|就|已|已经|率先|主动|第一个|首批|第一批)*报名(?:入队|加入)(?=[，。；：:,！!]|$)")
#: PERSON (还)带领(该公司|其) TEAM: the leader of a team goes with it, one of it (union golds)
_LEADS = re.compile(r"(?:还|又|亲自|也)?(?:带领|率领|带着)(?:该公司|该单位|该局|其|本单位)?(?:的)?$")


def _team(m: Mention) -> bool:
    # narrower than context.is_team on purpose: a delegation (代表团) or a 小组 is no team one joins or
    # leads here (赵立新带着南岭市职工代表团的礼物 makes no member; tests/extraction/test_org_relations_recall.py)
    return m.type == "ServiceTeam" or (m.type in _UNIT_TYPES and m.key.endswith(("服务队", "志愿队", "工作组", "车队"))
                                       and not m.reference and not m.anaphor)


@needs("Person")
def members_who_join_or_lead(c: Context) -> Iterator[Found]:
    """骑手某某第一个报名入队 (the team named last before), 某某加入了某志愿服务队, 成为某服务队的一员,
    某某带领该公司某志愿服务队来到…: the person is a member of the team."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.anaphor and i + 2 < len(ms) and _team(ms[i + 2]) and c.gap(nxt, ms[i + 2]) == "":
            nxt = ms[i + 2]  # 带领该公司“某某”志愿服务队: 该公司 names whose team it is (the gap reads it)
        if nxt is not None and _team(nxt):
            gap = c.gap(p, nxt)
            if _JOINS_BEFORE.fullmatch(gap) and (gap.endswith(("加入", "加入了")) or _JOINED_AFTER.match(c.text, nxt.end)):
                yield p, "memberOf", nxt, "person-joins-team"
            elif _LEADS.fullmatch(gap):
                yield p, "memberOf", nxt, "person-leads-team"
        joined = _JOINS_THE_TEAM.match(c.text, p.end)
        if joined is not None and (nxt is None or nxt.start >= joined.end()):
            team = last_named_before(c.article.mentions, p.start, _team)  # 报名入队 with no object: the team named last before
            if team is not None:
                yield p, "memberOf", team, "person-joins-team"


#: a team's leader's post opening a clause right before the person (…服务队的志愿者负责签到，队长某某是…)
_TEAM_POST_OPENS = re.compile(r"[，,；;。]\s*(?:副)?(?:队长|领队)$")


@needs("Person", words=("队长", "领队"))  # (the post that opens the clause: _TEAM_POST_OPENS)
def members_by_their_team_post(c: Context) -> Iterator[Found]:
    """某志愿服务队的志愿者负责签到，队长某某是某公司的员工: the team's post (队长, 领队) opening a clause
    before the person, the team named earlier in the sentence with no other body between: the person
    leads the team, one of it (as :func:`members_who_join_or_lead`), ``team-post-opens-clause``."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or not _TEAM_POST_OPENS.search(c.text, max(c.sentence.start, p.start - 4), p.start):
            continue
        for o in reversed(ms[:i]):
            if o.start < c.sentence.start:
                break
            if _team(o):
                yield p, "memberOf", o, "team-post-opens-clause"
                break
            if o.type in ("Company", "Organization", "TradeUnion", "Federation", "ServiceTeam"):
                break  # (another body between: the post may be its team's)
