"""People named in one list (A、B、C也做了发言; 增补A和B为副主席), with the titles, joiners
and unnamed others that may stand between two names. Several event patterns read them."""

from __future__ import annotations

import re

from ...model import Mention
from ..lexicon import load_lexicons
from .context import Context, is_org, only_titles, title_then_person


def listed_before(c: Context, i: int) -> list[Mention]:
    """The persons listed before the person at ``i`` in one list, each perhaps introduced by its
    unit and title (A公司总经理甲、B中心负责人乙、…丙也做了发言): back while only joiners and
    titles stand between two names; a unit that titles the next person is no list member."""
    ms = c.mentions
    out: list[Mention] = []
    k = i - 1
    while k >= 0 and (ms[k].type == "Person" or is_org(ms[k])) and in_list(c.gap(ms[k], ms[k + 1])):
        if ms[k].type == "Person":
            out.append(ms[k])
        elif not (ms[k + 1].type == "Person" and only_titles(c.gap(ms[k], ms[k + 1])) or in_title_chain(c, k)):
            break  # 市总工会、王立新: a body listed among the speakers, not one naming a post
        k -= 1
    return out


def in_title_chain(c: Context, k: int) -> bool:
    """Whether the body at ``k`` opens a link of a title chain that goes on to a person: its post,
    then 、 and the next body (区人大常委会副主任、区总工会主席王立新: 区人大常委会 titles him too)."""
    ms = c.mentions
    while k + 1 < len(ms) and is_org(ms[k]):
        gap = c.gap(ms[k], ms[k + 1])
        if ms[k + 1].type == "Person":
            return bool(gap) and only_titles(gap)
        if not (gap.endswith("、") and len(gap) > 1 and only_titles(gap[:-1])):
            return False
        k += 1
    return False


def person_list_from(c: Context, i: int) -> list[Mention]:
    """The person at ``i`` and those listed right after it (、 和 与 及, with titles between)."""
    ms = c.mentions
    group = [ms[i]]
    k = i + 1
    while k < len(ms) and ms[k].type == "Person" and in_list(c.gap(group[-1], ms[k])):
        group.append(ms[k])
        k += 1
    return group


def in_list(gap: str) -> bool:
    """Whether ``gap`` joins two members of one list: a joiner, then titles (、副主席); or
    items the recognisers missed, each a surname and a name of one or two characters between
    list commas (丁聪、|范用、|冯兰瑞: 范用 ends in a verb's character)."""
    gap = _AFTER_NAME.sub("", gap)  # 迟浩田上将，中央军委委员、…: a rank or an honorific after the name
    rest = re.sub(r"^(?:[、，,]?(?:以及|和|与|及)|[、，,])", "", gap)
    rest = _LIST_MODIFIER.sub("", rest)  # 以及随访的美国防部副部长…, 美国驻华大使…
    return rest == "" or only_titles(rest) or _KIND_OF_PEOPLE.fullmatch(rest) is not None or _unrecognised_names(rest) or _UNNAMED_MEMBERS.fullmatch(rest) is not None


#: a rank or an honorific written right after a name (迟浩田上将, 程思远同志): a regex group
HONORIFIC_AFTER_NAME = r"(?:上将|中将|少将|将军|大使|同志|先生|女士|院士|老人)"
#: … in a list, before the next member
_AFTER_NAME = re.compile("^" + HONORIFIC_AFTER_NAME + r"(?=[、，,]|以及|和|与|及)")
#: what may stand before a member's body or title in a list: 随访的, 陪同的; 驻华 before a title
#: after a country (美国驻华大使尚慕杰)
#: (、原县供电公司职工某: a former post's 原 before the next member's body)
_LIST_MODIFIER = re.compile(r"^(?:原$|随访的|陪同的|随同的|驻[\u4e00-\u9fff]{1,3}?(?=大使|总领事|领事|代表|参赞|武官))")
#: a kind of people said before the next names instead of a title (及宗教界代表人士傅铁山、…)
_KIND_OF_PEOPLE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:代表人士|知名人士|爱国人士|人士)")
#: people of the list the text does not name, between two named ones (吴某和有关方面负责人，以及邢某)
_UNNAMED_MEMBERS = re.compile(r"(?:有关方面|有关部门|有关单位|各界|其他|各地)?[\u4e00-\u9fff]{0,4}?"
                              r"(?:负责人|负责同志|领导同志|代表|人士|嘉宾)[、，,](?:以及|和|及)")


def _unrecognised_names(rest: str) -> bool:
    """Whether ``rest`` is one or two list items of 2–3 characters, each opening with a
    surname and followed by 、 (范用、)."""
    items = _NAME_ITEMS.fullmatch(rest)
    if items is None:
        return False
    surnames = load_lexicons().surnames
    return all(item[0] in surnames for item in rest.split("、") if item)


#: between a person and the body whose title the person attends or acts in: 作为, 以 (…身份)
AS_TITLE_OF = re.compile(r"(?:还|也|曾|又|再次|将)?(?:作为|以)")
#: one or two list items of two or three characters, each closed by 、
_NAME_ITEMS = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、){1,2}")


def titles_a_person(c: Context, m) -> bool:
    """Whether ``m`` is followed by a title and a person (the body names the person's post)."""
    k = c.mentions.index(m)
    nxt = c.mentions[k + 1] if k + 1 < len(c.mentions) else None
    return nxt is not None and nxt.type == "Person" and bool(c.gap(m, nxt)) and title_then_person(c.gap(m, nxt))
