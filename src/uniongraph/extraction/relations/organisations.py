"""Relations between organisations, and of organisations to places: manages, founded,
subOrganizationOf, memberOf, locatedIn."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import Context, Found, has, is_org, starts

_FOUNDED_BY = re.compile(r"^(?:于[^，。；]{0,10})?(?:设立|成立|组建|创办|创立|筹建)(?:了)?的")


def between_organisations(c: Context) -> Iterator[Found]:
    """ORG 托管 ORG; ORG 成立 ORG; ORG 所属的 ORG、ORG; ORG 加入 ORG; 由 ORG 组建的 ORG;
    ORG 是 ORG 于2019年设立的机构."""
    ms = c.mentions
    for i, a in enumerate(ms):
        if not is_org(a):
            continue
        for b in ms[i + 1 : i + 3]:
            if not is_org(b) or c.in_paren(a, b):
                continue
            gap = c.gap(a, b)
            if len(gap) > 8:
                break
            if (w := has(gap, "manage")) and gap.endswith((w, w + "了")):
                yield a, "manages", b, "org-manages-org"
            elif (w := has(gap, "found")) and gap.endswith((w, w + "了", w + "了“", w + "的")):
                yield a, "founded", b, "org-founds-org"
            elif (w := has(gap, "sub_marker")) and gap.rstrip("的").endswith(w):
                for sub in c.coordinated(b):  # 区总工会所属的浦东新区快递行业联合工会、…联合工会
                    yield sub, "subOrganizationOf", a, "org-sub-marker-org"
            elif (w := has(gap, "join")) and gap.endswith((w, w + "了")):
                yield a, "memberOf", b, "org-joins-org"
            elif gap in ("是", "为") and _FOUNDED_BY.match(c.after(b, 16)):
                yield b, "founded", a, "org-is-founded-by-org"  # X是珠海市总工会于2019年设立的机构
            break


def located_in(c: Context) -> Iterator[Found]:
    """ORG 位于 PLACE; 位于 PLACE 的 ORG; ORG…总部位于 PLACE."""
    ms = c.mentions
    for i, a in enumerate(ms):
        if a.type == "Place" and c.before(a, 4).endswith(("位于", "地处", "坐落在", "坐落于")):
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and is_org(nxt) and c.gap(a, nxt) == "的":
                yield nxt, "locatedIn", a, "place-of-org"  # 位于宝山区的上海宝江钢结构工程有限公司
            continue
        if not is_org(a):
            continue
        for pl in ms[i + 1 : i + 4]:
            if pl.type != "Place":
                continue
            gap = c.gap(a, pl)
            if starts(gap, "locate"):
                yield a, "locatedIn", pl, "org-located-in-place"
            elif c.is_subject(a) and re.search(r"(?:总部|地址|总部设在|坐落)?(?:位于|地处|设在)$", gap) and not re.search(r"[，。；]", gap) and len(gap) <= 16:
                yield a, "locatedIn", pl, "org-headquartered-in-place"  # 是一家总部位于深圳市龙华区的企业
            break


def founded_by(c: Context) -> Iterator[Found]:
    """由 ORG 组建的 ORG: the founder comes first, the founded organisation after 的."""
    ms = c.mentions
    for i, a in enumerate(ms):
        if not is_org(a) or not c.before(a, 1).endswith("由"):
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is None or not is_org(nxt):
            continue
        gap = c.gap(a, nxt)
        if (w := has(gap, "found")) and gap in (w + "的", w + "了的"):
            yield a, "founded", nxt, "founded-by-org"
