"""The one who leads (领衔) a studio or a project named before by its kind: ``工作室由全国劳动模范、某厂
高级技师甲领衔``, ``项目由某公司总工程师乙领衔``, ``工作室领衔人、全国劳动模范丙``. The head of a studio
works for it (the guideline's office in a body); the leader of a project (an Event) takes part in it.

The studio or project is not named in the sentence, only its kind (工作室, 项目) opens it: the one
body or event of that kind the article names before the person (two of that kind: no telling which).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Mention
from .context import Context, Found, is_org
from .prerequisites import needs

#: the kinds of thing one leads, as the sentence names them (工作室, 该项目, 这一课题)
_KINDS = ("工作室", "项目", "课题")
#: the kind opening the sentence or its clause before 由 (工作室成立于2019年，由…; 该项目由…)
_KIND_THEN_BY = re.compile(r"(?:该|这个|这一|此)?(?P<kind>" + "|".join(_KINDS) + r")[^。；！？]{0,16}?由$")
#: after the person: 领衔 (perhaps 共同, 担任), then the clause's end
_LEADS_AFTER = re.compile(r"(?:等)?(?:共同)?领衔(?:攻关|实施|完成)?(?=[，。；！,]|$)")
#: before the person: the kind's 领衔人, then titles (工作室领衔人、全国劳动模范某)
_LEADER_BEFORE = re.compile(r"(?P<kind>" + "|".join(_KINDS) + r")(?:的)?领衔人(?:是|为)?[^，。；：]{0,16}$")


@needs("Person", words="领衔")
def leaders_of_named_kind(c: Context) -> Iterator[Found]:
    """由…PERSON领衔 and KIND领衔人PERSON: the person heads the studio or project of that kind named
    before (``studio-led-by``: worksFor; ``project-led-by``: participatesIn)."""
    text = c.text
    for i, p in enumerate(c.mentions):
        if p.type != "Person" or p.source == "byline":
            continue
        kind = None
        if _LEADS_AFTER.match(text, p.end, c.sentence.end):
            by = text.rfind("由", c.sentence.start, p.start)
            # between 由 and the name only titles, honours and units (no clause mark, no other person)
            if by >= 0 and not re.search(r"[，,。；]", text[by:p.start]) \
                    and not any(m.type == "Person" and by < m.start < p.start for m in c.mentions):
                opened = _KIND_THEN_BY.search(text, c.sentence.start, by + 1)
                kind = opened.group("kind") if opened is not None else None
        elif (lead := _LEADER_BEFORE.search(text, max(c.sentence.start, p.start - 24), p.start)) is not None \
                and not re.search(r"[，,。；]", lead.group()):
            kind = lead.group("kind")
        if kind is None:
            continue
        led = _named_before(c, kind, p.start)
        if led is None:
            continue
        if led.type == "Event":
            yield p, "participatesIn", led, "project-led-by"
        elif is_org(led):
            yield p, "worksFor", led, "studio-led-by"


def _named_before(c: Context, kind: str, before: int) -> Mention | None:
    """The one studio (a body) or project (an event) of ``kind`` the article names before ``before``
    (the sentence's 项目 refers back to the one just named); two of that kind: no telling which."""
    found = [m for m in c.article.mentions if m.end <= before and m.key.strip("“”\"「」").endswith(kind)
             and (m.type == "Event" if kind != "工作室" else is_org(m))]
    # (the headline's short form of the one in the body, “金点子”攻关项目, is no second one)
    found = [m for m in found if m.start >= c.article.body_start] or found
    if len({m.canonical or m.key for m in found}) != 1:
        return None
    return max(found, key=lambda m: m.start)
