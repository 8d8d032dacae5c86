"""Facts moved from a meeting named after a campaign of the same report to the campaign: a closing
or award meeting (读书月活动总结会, 技能竞赛表彰大会) whose name opens with the end of the name of a
campaign the article gives in full (某市第三届职工读书月活动) is a part of that campaign, and who
attends it or is honoured there takes part in the campaign (the guideline's participatesIn: attended,
competed in, or was awarded in; the union gold reads the campaign as the report's event)."""

from __future__ import annotations

from dataclasses import replace

from ...model import Mention, Relation

#: the meetings that close or crown a campaign, longest first
_CLOSING = ("总结表彰大会", "总结表彰会", "总结大会", "总结会", "表彰大会", "表彰会", "颁奖大会", "颁奖会", "颁奖典礼", "闭幕式")
#: how much of the campaign's name the meeting's must repeat (读书月活动; not 活动 alone)
_MIN_SHARED = 4


def campaigns_of_meetings(mentions: list[Mention]) -> dict[str, str]:
    """Each closing meeting's name, and the one campaign named in the article whose name ends with
    what the meeting's name opens with (none or two campaigns: no telling which, not read)."""
    keys = {m.key for m in mentions if m.type == "Event" and not m.congress}
    out: dict[str, str] = {}
    for key in keys:
        kind = next((k for k in _CLOSING if key.endswith(k)), None)
        if kind is None or len(key) - len(kind) < _MIN_SHARED:
            continue
        stem = key[: -len(kind)]
        owners = [o for o in keys if o != key and len(o) > len(stem) and o.endswith(stem)]
        if len(owners) == 1:
            out[key] = owners[0]
    return out


def move(mentions: list[Mention], found: dict[tuple, Relation]) -> None:
    """Move in ``found`` the participatesIn facts of each closing meeting to its campaign
    (the evidence kept, its rule marked ``…-at-a-meeting-of-the-campaign``)."""
    meetings = campaigns_of_meetings(mentions)
    if not meetings:
        return
    for key, rel in list(found.items()):
        campaign = meetings.get(rel.tail) if rel.relation == "participatesIn" else None
        if campaign is None or campaign == rel.head:
            continue
        del found[key]
        evidence = [replace(e, rule=e.rule + "-at-a-meeting-of-the-campaign") for e in rel.evidence]
        moved = (rel.head, rel.relation, campaign)
        if moved in found:
            found[moved].evidence.extend(evidence)
        else:
            found[moved] = Relation(rel.head, rel.head_type, rel.relation, campaign, rel.tail_type, evidence)
