"""Relations of people to organisations: posts and jobs (worksFor) and membership (memberOf).

A post or a job is worksFor wherever it is held (工会主席, 政治局委员, 总经理, 钳工: the guideline
counts union posts as offices); belonging to a team or a delegation, or joining as a member
(会员, 成员, 加入…工会) is memberOf.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from collections.abc import Iterable, Iterator

from ...model import Article, Mention
from ..lexicon import _rows, body_kind_endings, load_lexicons, scope_words
from ..body_pronouns import two_in_reach
from ..inference import DELEGATION_NAME_HEADS
from .context import (CLAUSE_PUNCT, NAME_JOINERS, PAREN, Context, Found, is_org, is_team, listed_persons,
                      named_outside_events, only_titles, opening, starts, title_then_person)
from .own_units import ENTERPRISE_KINDS
from .prerequisites import needs
from .referred_bodies import report_body_of_kind
from .person_lists import AS_TITLE_OF, listed_before

_FROM_GAP = re.compile(r"^的[^，。；：“”]{0,20}$")
#: ORG + (的) + a worker noun + NAME: 八一集团钢铁公司下岗职工高兰章, 亚光电工总厂的老劳模冷国清
_WORKER_GAP = re.compile(r"^的?(?:原|老|退休|离休|离退休|下岗|待岗|在岗|一线|普通|女|特困|困难|残疾|患病|优秀|先进|青年|年轻|荣誉|合同制|正式){0,3}"
                         r"(?:职工|工人|员工|劳模|老劳模|女工|青工|技工|干部职工)$")
#: after ORG+NAME, what the person does (not 、 or 和: 某公司张三、李四 is a signature or a list)
_ADJACENT_DOER = re.compile(r"(?:已|又|也|还|日前|近日|最近|今年|去年)?(?:成功|研制|发明|设计|开发|创造|获得|荣获|被评为|捐|向|为|在|带领|率领)")
#: after ORG NAME(、NAME): what one says or writes, as a scholar's view is reported (南京大学洪银兴认为,
#: 中国人民大学刘振亚博士作主题报告, 山东农业大学李晴祺、包文翊等专家的研究课题)
_ADJACENT_SPEAKER = re.compile(r"(?:博士|教授|研究员|先生|女士|同志)?(?:等(?:人|专家|学者|教授|同志|老师)?)?(?:也|还|则|进一步|具体)?"
                               r"(?:认为|指出|提出|强调|表示|说|介绍|分析|阐述|论述|对|作了?(?:主题|专题|学术)?报告|的研究)")
#: 从 ORG + 下岗/退休 + 的 + NAME: 从安阳机床厂下岗的王保庆
_LEFT_GAP = re.compile(r"^(?:下岗|退休|离休|离岗|转岗)(?:的)?$")
#: 现任/曾任/原任 ORG + title + 的 + NAME: 现任赢洲街道东升居委会副主任的郭瑞容
_HOLDS_BEFORE = ("现任", "曾任", "原任", "担任", "时任")
#: PERSON + (原/曾/此前) 在 ORG + 当/任/做 + title: 刘沈明原在福建省海洋渔业公司当车间主任
_AT_ORG = re.compile(r"^(?:原|曾|曾经|一直|现|先后|此前|以前|之前|早年|过去)?在$")
#: 在 ORG 工作会议上: a meeting on the body's work (宋某在某院工作会议上讲话), no working at it
_WORK_MEETING = re.compile(r"工作(?:[\u4e00-\u9fff]{0,8}?(?:会议|大会|座谈会|研讨会|交流会|推进会|报告会|论坛)|会(?=[上中时期，。；]))")
#: (a site of the body may stand before the verb: 在某建筑公司工地当小工, 在某物流公司仓库做搬运工)
_SERVES_AS = re.compile(r"^(?:工地|仓库|车间|门店|项目部|厂区)?(?:当|任|担任|做|干)(?:了|过)?([\u4e00-\u9fff]{1,9}?)(?=[，。；、]|$)")
#: an age said before the name that opens the clause (今年45岁的王强，是…)
_AGE_LEAD = re.compile(r"(?:今年|现年)?[0-9０-９一二三四五六七八九十]{1,3}岁的")
_IS_GAP = re.compile(r"^(?:也|原|曾|曾经|原来|现|现在|目前|如今)?是(?:该|本|这家)?$")  # 是该公司…: 公司 is the anaphor
_EMPLOYED = re.compile(r"(?:一直|长期|曾|先后|现)?(?:受雇于|就职于|供职于|任职于|工作于|受聘于|执教于|任教于)$")
#: PERSON 从 ORG(…的岗位上)离休: the body one retired or was laid off from (梁立从市农机局总工程师的岗位上离休)
_LEFT_AFTER = re.compile(r"^[一-鿿]{0,8}?(?:的)?(?:岗位|职位|位置)?上?(?:离休|退休|下岗|离岗)")
#: PERSON (生前)所在的 ORG: the body one belongs to (王立生前所在的１２０５钻井队)
_BELONGS_GAP = re.compile(r"^(?:生前|当年|曾经|曾|原|现|现在)?(?:所在|工作|打工|就职|任职|供职)(?:过)?的$")
_JOINED = re.compile(r"^[^，。；：]{0,8}加入(?:了)?$")
#: after 作为/以 and a body (person_lists.AS_TITLE_OF): the title, then what one does in it (参加, 出席, 参赛; 身份 after 以)
_TITLE_THEN_ACTS = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:的)?(?:身份)?(?:先后|还|也)?(?:参加|出席|参与|参赛|出战|发言|讲话)")
#: the clause after the subject's first (陈某开网约车已经5年，|去年加入了…, 并当场加入了…): a time or an adverb, 加入
_JOINED_LATER = re.compile(r"(?:去年|今年|前年|[0-9０-９]{4}年|[0-9０-９一二三四五六七八九十]{1,2}月|此前|后来|随后|不久前)*"
                           r"(?:并|随即|当即)?(?:也|还|又|就|便|才|已|已经)?(?:当场|现场)?(?:主动|正式|申请)?加入(?:了)?")
#: a verb of saying or urging right after the person, before a joining: who joined is someone else
#: (主席某某告诉记者，今年加入某会的司机…; 获得…称号后 is no saying)
_TELLS_OR_URGES = re.compile(r"说|表示|介绍|告诉|指出|认为|强调|透露|称|动员|鼓励|号召|带动|引导|帮助|希望|要求")
#: 以 PERSON 为 TITLE/首 的 ORG: the body a person heads (以局长戴爽为首的抗震指挥部)
_HEADED_BY = re.compile(r"为(首|团长|副团长|组长|副组长|队长|副队长|总指挥|副总指挥|指挥长|主任|副主任|组长|负责人)的")
#: PERSON（ORG title）: an apposition in brackets giving the person's post (张庆（某公司公关经理）)
_PAREN_TITLE = re.compile(r"([\u4e00-\u9fff、]{1,12})[）)]")
#: the first title of several in the brackets, the others not all titles (台长、《潘汉年》总监制）
_FIRST_PAREN_TITLE = re.compile(r"([\u4e00-\u9fff]{1,9}?)、[^（）()]{1,30}[）)]")
#: the title in the brackets, then a comma and what else is said of the person (王某（某公司包装工，子女就学困难）)
_PAREN_TITLE_THEN_MORE = re.compile(r"([\u4e00-\u9fff]{1,9}?)[，,][^（）()]{1,30}[）)]")
#: after PERSON（ORG）: the next item of a list of people each with their body in brackets (、赵某（…）)
_NEXT_PAREN_ITEM = re.compile(r"[）)](?:[、；;]|和|及)[\u4e00-\u9fff·]{2,5}[（(]")
#: before PERSON: the item before it in such a list, its bracket closed (…公司）、彭某)
_PREV_PAREN_ITEM = re.compile(r"[（(][^（）()]{2,30}[）)](?:[、；;]|和|及)$")
#: words saying the people listed are students (获奖学生名单, 资助的新生, 受助学子, 考入): the body in
#: their brackets is their school, no employer
_STUDENT_LIST_WORDS = re.compile(r"学生|新生|学子|受助|考入|录取|在读|就读")


def _in_bracketed_list(c: Context, p: Mention, body: Mention) -> bool:
    """Whether ``p（body）`` is an item of a list of people each with a body in brackets: the bracket
    closes right after the body, and another such item follows or comes right before."""
    return c.text[body.end : body.end + 1] in ("）", ")") and bool(
        _NEXT_PAREN_ITEM.match(c.text, body.end) or _PREV_PAREN_ITEM.search(c.text, max(0, p.start - 40), p.start))


def _students_listed(c: Context, p: Mention) -> bool:
    """Whether a student word stands before ``p`` in its sentence or on the line right above it
    (受助学生名单如下：\n…): the list is of students."""
    line_start = c.text.rfind("\n", 0, p.start) + 1
    above = c.text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return _STUDENT_LIST_WORDS.search(c.text, min(c.sentence.start, above), p.start) is not None
#: PERSON (还)参加了 ORG: joining, when the body is one people join (a team, a choir, a society);
#: 参加了市总工会 … is taking part in something of the body's
_TAKES_PART = re.compile(r"^(?:还|也|又|先后|曾|曾经|早已|已)?参加(?:了|过)?$")
_JOINABLE = ("团", "队", "组", "协会", "学会", "研究会", "俱乐部", "联谊会", "促进会")
#: PERSON 率/率领/带领 ORG: the leader of a delegation or a team goes with it
_LEADS = re.compile(r"^(?:[0-9０-９]{1,2}日|今天|昨天|明天|日前|近日|将|将于[^，。；]{0,8})?(?:亲自)?(?:率|率领|带领)(?:着)?$")
#: 由 (ORG title) PERSON 率领的 ORG: the delegation its leader goes with
_LED_BY = re.compile(r"^(?:率领|带领|率)的$")
_DELEGATION = ("代表团", "团", "组", "队")
#: after an org and its title, the next ``、ORG title`` or ``，还是 ORG title`` of the same person
_NEXT_POST_GAP = re.compile(r"^(?:、|，(?:还|也|又|同时)?(?:是|任|担任|兼任))$")


#: titles that say one belongs rather than holds an office or a job
_MEMBERSHIP_TITLES = ("会员", "成员", "队员", "选手")
#: who competes for a body: a team's member, but a company's worker (the union gold: 某公司选手 worksFor)
_COMPETITORS = ("选手", "参赛选手")
#: a place in a body and nothing more, when it opens a chain of titles (成员、技师某)
_PLAIN_MEMBERS = ("成员", "队员", "团员", "组员")
#: members of a body's leading group hold an office of the body (省教育厅党组成员): worksFor
_OFFICE_MEMBERS = ("党组成员", "党委成员", "班子成员", "党委委员成员")
#: students of a school or university: no employment, no office (the guideline's worksFor)
_STUDENTS = ("学生", "研究生", "大学生", "本科生", "博士生", "硕士生", "中学生", "小学生", "留学生", "学员")
#: who leads a team or a delegation from inside it (the real-text gold: 代表团团长某 memberOf)
_TEAM_LEADERS = ("团长", "队长", "领队")


#: verbs of holding a post between a person and the body (原任地质部副部长)
_HOLDS_AFTER = re.compile(r"(?:在|曾经)?(?:于?[0-9０-９一二三四五六七八九十〇零]{2,4}年(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:起)?)?"  # 于1990年任
                          r"(?:(?:原|曾|现|后|历|升|调|继|接|就|出|兼|先后)?任|担任|(?:就|又|还)?(?:当上|干上|当|做)了?)"
                          r"|(?:原|现|曾|曾经|早年|当时)(?:为|是)")  # 他原为某医院主治医师
#: a comma and a post held or once held, set beside the name (赵某，原某县委书记，…)
_APPOSED_POST = re.compile(r"[，,](?:原|前|现任|曾任|原任|历任|现为|原为)")
#: the title right after the body, up to the next punctuation or verb
_TITLE_RUN = re.compile(r"[\u4e00-\u9fff]{1,9}?(?=[，。、；：,;（(]|$|和|等|兼|后[，,]|时[，,]|以来|期间|(?:的)?(?:职务|一职)|的(?:几|那|这|[0-9０-９一二三四五六七八九十]+)?(?:年|时|期间|日子))")
#: 担任 ORG TITLE 时，PERSON: the post a person held when what the sentence tells happened
_HELD_WHEN = re.compile(r"([\u4e00-\u9fff]{1,9}?)(?:时|期间|的时候|以来)[，,]")
#: a reporter's title before names printed without a separator (新华社记者贾永黄秋生)
_REPORTER_TITLE = ("记者", "通讯员", "摄影", "摄", "特约记者")
#: a correspondent of a news body (新华社通讯员某, 人民日报通讯员某) sends it reports from his own unit:
#: no staff of the agency, as its 记者 are (a company's 通讯员 is its own worker: not these bodies)
_CORRESPONDENT = "通讯员"
_NEWS_BODY_ENDS = ("新华社", "通讯社", "日报", "报社", "晚报", "电台", "电视台")


#: 以会长某某为团长的: a bare title between 以 and the head of a delegation
_TITLE_AFTER_YI = re.compile(r"以([\u4e00-\u9fff]{1,8})$")
#: the count of a delegation's visits before the sending body (第二十六次日本某协会访华团)
_DELEGATION_COUNT = re.compile(r"^第[0-9０-９一二三四五六七八九十百]+(?:次|届|批)")


def _delegation_sender(c: Context, p: Mention, delegation: Mention) -> tuple[Mention, str] | None:
    """以会长某某为团长的日本某某协会访华团: a bare title before the head of a delegation is his post
    in the body that sends it, the body the delegation is named after (its name less the count of
    visits and the delegation's head), if the article names that body on its own; with the title.
    (以市总工会副主席某为团长的: the body written with the title is read by the org-title rules.)"""
    lead = _TITLE_AFTER_YI.search(c.text, max(c.sentence.start, p.start - 9), p.start)
    if lead is None or not only_titles(lead.group(1)) \
            or any(lead.start() < m.start < p.start for m in c.mentions if m is not p):
        return None
    stem = _DELEGATION_COUNT.sub("", delegation.key)
    head = next((h for h in DELEGATION_NAME_HEADS if stem.endswith(h)), None)
    if head is None or len(stem) - len(head) < 2:
        return None
    stem = stem[: -len(head)]
    posts = next((own for end, own in _sender_posts() if stem.endswith(end)), ())
    if lead.group(1) not in posts:
        return None  # (以团长某为首的, 以国务委员某为团长的, 以前会长某: no post of the body's own kind)
    sender = next((m for m in c.article.mentions if is_org(m) and m.key == stem and not is_team(m)), None)
    at = c.text.find(stem, delegation.start, delegation.end)
    if sender is None or at < 0:
        return None
    # the body as written inside the delegation's name, the evidence sentence's own words (the
    # article's separate mention of it may stand in a later sentence)
    return replace(sender, start=at, end=at + len(stem)), lead.group(1)


@functools.cache
def _sender_posts() -> tuple[tuple[str, frozenset[str]], ...]:
    """``sender_posts.tsv``: a sending body's ending and the posts of its own kind, the longest
    ending first (国民议会 before 议会)."""
    rows = [(r[0], frozenset(r[1].split())) for r in _rows("sender_posts.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


def _post(org, title: str) -> str:
    """worksFor for an office or a job; memberOf for a place in a team or a delegation, or a member
    (an office in a team, 支队副处长, is still an office: the guideline's memberOf is "not an office")."""
    if title.endswith(_COMPETITORS) and org.type == "Company":
        return "worksFor"  # 某重工有限公司选手周某: a company's worker competing for it, no team of it
    if title.endswith(_MEMBERSHIP_TITLES) and not title.endswith(_OFFICE_MEMBERS):
        return "memberOf"
    if title.split("、")[0] in _PLAIN_MEMBERS and not org.key.endswith(("党委", "党组", "班子")):
        # 工作室成员、青年技师某: a member of the body first; the job after is held elsewhere (the
        # guideline's memberOf is "not an office"), not in the body the chain opens with; a
        # member of a 党委 or a 班子 holds an office of it (as _OFFICE_MEMBERS says)
        return "memberOf"
    if (org.type == "ServiceTeam" or org.key.endswith(("团", "代表队")) and is_team(org)) and title.endswith(_TEAM_LEADERS):
        return "memberOf"  # 代表团团长, 服务队队长, 代表队队长: the head of a delegation or service team is one
        # of it (a work crew's 队长, 装卸四队队长, holds an office of the unit he works in)
    return "memberOf" if is_team(org) and not _is_post(title) else "worksFor"


#: the party committee of a body named by its kind (公司党委, 集团公司党委), then its posts
_OWN_COMMITTEE = re.compile(r"(?P<kind>集团公司|总公司|集团|公司)(?:党委|党工委)")


def _owner_of_committee(c: Context, org, gap: str):  # type: ignore[no-untyped-def]
    """The body a committee named by its kind is of (公司党委 → the company named last before it)
    when the person's titles go on, after 、, with a post that is no committee's (董事长, 总经理)."""
    kind = _OWN_COMMITTEE.fullmatch(org.text)
    if kind is None or "、" not in gap:
        return None
    later = [t for t in gap.split("、")[1:] if t]
    if not later or all(t.startswith(("党委", "党工委", "纪委")) or t in _INNER_ROLES for t in later):
        return None
    kind_word = kind.group("kind")
    owners = _companies_of_kind_before(c, kind_word, org.start)
    distinct = _distinct_keys(owners)
    if len(distinct) > 1:
        # (unless the article's bare 公司工会 of the same kind is one's union: 公司 there is that one,
        # the others only named in the report)
        via = _body_of_kind_union(c, kind_word)
        return owners[via.key] if via is not None and via.key in distinct else None
    return owners[distinct[0]] if distinct else (list(owners.values())[-1] if owners else None)


def _of_kind(key: str, kind_word: str) -> bool:
    """Whether a company's name is of the kind a bare word names (集团公司: 某集团有限公司 too)."""
    return kind_word in key or kind_word == "集团公司" and "集团" in key and key.endswith("公司")


def _companies_of_kind_before(c: Context, kind_word: str, before: int) -> dict[str, Mention]:
    """The companies of ``kind_word`` named in full before ``before``, by key (the last mention of each);
    a company written only at the front of a unit's name counts (云南某铝业有限公司|职工创新中心: the unit's
    ``body``, not yet among the article's mentions while relations are read)."""
    owners: dict[str, Mention] = {}
    inside: dict[str, Mention] = {}
    others = set()
    for m in c.article.mentions:
        if m.start >= before:
            break
        if m.type == "Company" and not m.reference:
            if _of_kind(m.key, kind_word):
                owners[m.key] = m
            else:
                others.add(m.key)
        if m.body is not None and m.body.type == "Company" and not m.body.reference and _of_kind(m.body.key, kind_word):
            inside[m.body.key] = m.body
    # (a company inside a unit's name is one more candidate: with another company of any kind before
    # it, 某集团组织骨干走进某有限公司职工创新中心, 公司 may be either, the visitor or the visited)
    if inside and not owners and not others:
        owners.update(inside)
    return owners


def _distinct_keys(owners: dict[str, Mention]) -> list[str]:
    """The keys of different bodies: a short form inside a full name is the same one (浦江智能装备集团 …
    上海浦江智能装备集团有限公司); two different ones (某公司与某公司签约) leave a bare kind either."""
    stems = {k: re.sub(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|总公司|公司)$", "", k) for k in owners}
    return [k for k in owners if not any(o != k and stems[k] in o for o in owners)]


def _union_kind_forms(kind_word: str) -> tuple[str, ...]:
    """How the union of a body written by ``kind_word`` is written by its kind alone (集团党委 and
    集团公司党委: 集团工会 or 集团公司工会, one body)."""
    return ("集团工会", "集团公司工会") if kind_word in ("集团", "集团公司") else (kind_word + "工会",)


def _bare_union_of_kind(c: Context, m: Mention, kind_word: str) -> bool:
    """Whether ``m`` is a union written by ``kind_word`` alone (公司工会, 集团工会), read as some body's."""
    return bool(m.reference) and m.key.endswith("工会") and c.article.text.startswith(_union_kind_forms(kind_word), m.start)


def _bare_union_of_one_body(c: Context, m: Mention, kind_word: str) -> bool:
    """Whether ``m`` is a bare union written by ``kind_word`` (公司工会) at a point where the article
    has named one company of that kind only, the one it was read as the union of: no guess between
    two (a partner or an observer named before it may be the one meant)."""
    if not _bare_union_of_kind(c, m, kind_word):
        return False
    return _distinct_keys(_companies_of_kind_before(c, kind_word, m.start)) == [m.key[: -len("工会")]]


def _body_of_kind_union(c: Context, kind_word: str) -> Mention | None:
    """The company the article's bare union of ``kind_word`` (公司工会, 集团工会) was read as the union
    of (某公司工会 less 工会), when all such unions are one company's and one at least is read where
    that company alone of its kind is named before it: the company that kind stands for in this
    report (None when each reading is a guess between two)."""
    bare = [m for m in c.article.mentions if _bare_union_of_kind(c, m, kind_word)]
    if not any(_bare_union_of_one_body(c, m, kind_word) for m in bare):
        return None
    bodies = {m.key[: -len("工会")] for m in bare}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    return next((m for m in c.article.mentions if m.key == body and m.type == "Company"), None)


def _title_chain(c: Context, org) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """The bodies before ``org`` in a chain of ``body title、body title、`` (each with its title)."""
    ms = c.mentions
    k = ms.index(org)
    while k > 0:
        before = ms[k - 1]
        gap = c.gap(before, ms[k])
        if not is_org(before) or not gap or gap[-1] not in "、，,兼" or not only_titles(gap[:-1]):
            return
        if _TAKES_THE_POST.search(c.text, c.sentence.start, before.start) and _elected_to_own_body(c, org):
            # 甲当选某联合工会主席，某公司司机乙当选某司机工会主席: the title before is 甲's election, and 乙
            # is elected to a body of his own (乙当选副主席 alone may be the same body's deputy)
            return
        yield before, gap[:-1]
        k -= 1


#: a verb of joining right before a union (刚加入某联合工会的快递员某): the person is a new member, with a
#: job elsewhere; the body's title is no post in it. Only verbs of joining (not any word ending in 入:
#: 深入某煤矿的矿工, 调入某公司的工程师 work there), and only a union or a team (参加某公司的技术员 works
#: for the company: the guideline's memberOf is a team's, a delegation's or a joined union's)
_JOINS_THE_BODY = re.compile(r"(?:加入|加盟|参加|融入)(?:了)?$")
#: the bodies a person joins as a member rather than works for
_JOINED_TYPES = ("TradeUnion", "ServiceTeam")


#: a verb of taking a post right before a body: its title after it is what someone takes
_TAKES_THE_POST = re.compile(r"(?:当选|选举|推选|任命|聘任|出任|担任|升任|改任|调任)(?:为)?$")


def _elected_to_own_body(c: Context, org: Mention) -> bool:
    """Whether the people named right after ``org`` (and its title) are elected, in the same clause,
    to a body named after 当选 (乙当选某工会主席)."""
    ms = c.mentions
    k = ms.index(org)
    people = [m for m in ms[k + 1 : k + 4] if m.type == "Person"]
    if not people:
        return False
    taken = re.compile(r"[、和]?(?:[^，。；、]{0,12}?[、和])?当选(?:为)?").match(c.text, people[-1].end)
    body = next((m for m in ms if m.start >= people[-1].end), None) if taken else None
    return body is not None and is_org(body) and body.start == taken.end()


#: PERSON (也)被 … 任命为 ORG title: appointed to a post of the body named after 为
_APPOINTED = re.compile(r"(?:同志|先生|女士|[上中少]将|[大上中少]校)?(?:也|还|又|先后|曾|已)?被[^，。；：]{0,16}?(?:任命|提拔|选拔|推选|聘任|聘请|委任|选举)为")


def appointed(c: Context) -> Iterator[Found]:
    """王明被县委、县政府任命为县经济委员会副主任: the person holds the post in the body after 为."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        held = _POST_HELD_BY.search(c.text, c.sentence.start, p.start)
        if held is not None and held.end() == p.start and _TAKES_POST.match(c.text, p.end) \
                and (held.group("titles") == "" or only_titles(held.group("titles"))) and only_titles(held.group("post")):
            # 服务队，队长由全国劳模赵立担任: the post of the body named right before it
            org = next((o for o in reversed(ms[:i]) if o.end <= held.start()), None)
            if org is not None and is_org(org) and _POST_AFTER_BODY.fullmatch(c.text, org.end, held.start()):
                yield p, _post(org, held.group("post")), org, "post-held-by-person"
        m = _APPOINTED.match(c.text, p.end, c.sentence.end)
        if m is None:
            continue
        org = next((o for o in ms[i + 1 :] if o.start >= m.end()), None)
        if org is None or opening(c.text, org) != m.end() or not is_org(org):
            continue
        run = _TITLE_RUN.match(c.after(org, 12))
        if run and only_titles(run.group()):
            yield p, _post(org, run.group()), org, "person-appointed-to-post"


#: POST 由 (titles) PERSON 担任: who holds a post of the body named just before
_POST_HELD_BY = re.compile(r"(?P<post>[\u4e00-\u9fff]{2,5})由(?P<titles>[\u4e00-\u9fff]{0,6}?)$")
_TAKES_POST = re.compile(r"(?:来|亲自)?(?:担任|出任|兼任)")
#: between the body and its post: a closing quote, a comma, 的, 其
_POST_AFTER_BODY = re.compile(r"[”’」』]?(?:[，,]|的|[，,]其)?")


def _posts_of_the_union(c: Context) -> Iterator[Found]:
    """工会主席陈海涛, 岩温当选工会主席, 选举某某为工会主席: a union post said with no body before it is a
    post of the union the article names, when it names one only (else whose union it is is not said)."""
    text = c.text
    for p in c.mentions:
        if p.type != "Person":
            continue
        before = _UNION_POST_BEFORE.search(text, max(c.sentence.start, p.start - 10), p.start)
        after = _ELECTED_UNION_POST.match(text, p.end, c.sentence.end)
        listed = _end_of_listed_names(c, p)  # (选举甲、乙为工会副主席)
        if after is None and (elected_as := _ELECTED_AS_UNION_POST.match(text, listed, c.sentence.end)) is not None \
                and _elected_by_the_verb_before(c, p):
            after = elected_as  # 选举…某为工会主席
        if before is None and after is None:
            continue
        if before is not None and any(m.end == before.start() and m.type != "Person" for m in c.mentions):
            continue  # 南岭集团工会主席某: the body is named right there (org-role-person)
        unions = {m.key: m for m in c.article.mentions if m.type == "TradeUnion" and m.start < p.start}
        if len(unions) == 1 and not _union_by_another_kind_before(c, p, union := next(iter(unions.values()))):
            # (选举产生了学校第二届工会委员会，某某当选工会主席: that union's post, not the one named)
            yield p, "worksFor", union, "post-of-the-union-named"


def _end_of_listed_names(c: Context, p: Mention) -> int:
    """Where the names listed with 、 from ``p`` on end (甲、乙、丙为…: after 丙), or ``p``'s end."""
    end = p.end
    for q in c.mentions:
        if q.start > end and q.type == "Person" and re.fullmatch(r"(?:同志)?、", c.text[end : q.start]):
            end = q.end
    return end


#: a union said by the kind of its unit (学校第二届工会委员会, 医院工会): whose union a bare union post is
_UNION_BY_KIND = re.compile(r"(学校|医院|公司|集团|工厂|企业|单位|社区|街道|机关)(?:第[一二三四五六七八九十]+届)?工会(?:委员会)?")


def _union_by_another_kind_before(c: Context, p: Mention, union: Mention) -> bool:
    """Whether the sentence, before ``p``, says a union by its unit's kind with no mention on it, a
    kind the ``union`` named before is not of (学校…工会委员会 after 某区教育体育局工会; not 公司…工会委员会
    after 某机械有限公司工会: that company's; nor 学校 after 某第一中学工会, 医院 after 某妇幼保健院工会:
    bodies of that kind, as ``union_body_kinds.tsv`` ends them)."""
    for u in _UNION_BY_KIND.finditer(c.text, c.sentence.start, p.start):
        if _union_of_kind(union, u.group(1)) or any(m.start <= u.start() and u.end() <= m.end for m in c.mentions):
            continue
        return True
    return False


def _union_of_kind(union: Mention, kind: str) -> bool:
    """Whether ``union`` is the union of a body of ``kind``: the kind's word is in its name, or its
    body's name ends as bodies of that kind end (某第一中学工会 is a 学校's)."""
    if kind in union.key:
        return True
    body = re.sub(r"(?:第[一二三四五六七八九十]+届)?工会(?:委员会)?$", "", union.key)
    return body.endswith(_union_body_kinds().get(kind, (kind,)))


#: a union's post with no body before it (、工会主席|陈某), and one elected to it (某(同志)当选新一届工会主席);
#: not a candidacy for it (为工会主席候选人, 人选, 建议人选, 推荐人选, 的候选人, 考察对象)
_UNION_POST_BEFORE = re.compile(r"(?:^|(?<=[、，,：:。；\s]))工会(?:常务)?(?:副)?主席$")
_UNION_TERM = r"(?:新一届|新一任|首届|第[0-9一二三四五六七八九十]+届)?"
_NOT_A_CANDIDACY = r"(?!的?(?:候选|人选|预备|建议人选|推荐人选|提名人选|考察对象))"
_ELECTED_UNION_POST = re.compile(rf"(?:同志)?(?:当选|当选为|任|担任|出任){_UNION_TERM}工会(?:常务)?(?:副)?主席{_NOT_A_CANDIDACY}")
#: 为 and a union post, after an election verb that governs the person (补选车间主任某为工会主席,
#: 选举甲(同志)为工会主席，乙为工会副主席): the person is elected to it
_ELECTED_AS_UNION_POST = re.compile(rf"(?:同志)?为{_UNION_TERM}工会(?:常务)?(?:副)?主席{_NOT_A_CANDIDACY}")
#: an election only planned (拟选举, 将选举, 将于下午选举, 定于…, 计划于…, 届时将选举), not held
_PLANNED = re.compile(r"(?:拟|将|准备|计划|预计|届时)$|(?:拟|将|定|计划|预计)于[^，。；]{0,6}$")
#: a unit of the body written with no name holding a meeting (公司下属的物流分公司也召开了…, 二车间举行…):
#: the election after it is its own, and so the union post elected; not a room in a unit or a branch
#: venue (在一车间会议室召开, 设主会场和分会场: the meeting is still the body's)
_SUBORDINATE_MEETING = re.compile(r"(?:下属|所属|旗下)[^，。；,;]{0,12}?(?:召开|举行)"
                                  r"|(?:分公司|子公司|分厂|车间|分会)(?:也|还|都|均|同时|同日|当天|分别)?(?:召开|举行)")
#: the unit is a venue: 在/于/到 opens its words in the clause (在二车间召开)
_AT_VENUE = re.compile(r"[在于到][^，。；,;]*$")
#: what stands between 选举 and those it elects in a congress report: 产生了以某为… (选举产生了以甲为
#: 主席的新一届委员会), or a first clause of the body elected (选举产生了新一届工会委员会，甲为工会主席)
_ELECTED_WITH_AT_ITS_HEAD = re.compile(r"产生(?:了)?以")
_ELECTED_BODY_CLAUSE = re.compile(r"产生(?:了)?[\u4e00-\u9fff]{0,10}?(?:委员会|领导班子)")


def _elected_by_the_verb_before(c: Context, p: Mention) -> bool:
    """Whether ``p`` (before 为工会主席) is the object of the sentence's last election verb before it:
    only titles between them (选举装配车间主任某), or clauses of those elected before (选举甲为工会主席，乙);
    not an election planned (拟选举), nor one after which the sentence goes on (选举结束后，代表某为工会主席献花),
    nor one held by a unit of the body (下属的物流分公司也召开了会员大会，选举某): its own union's post."""
    text = c.text
    verb = None
    for verb in _ELECTS_BEFORE.finditer(text, c.sentence.start, p.start):
        pass
    if verb is None or _PLANNED.search(text, max(c.sentence.start, verb.start() - 8), verb.start()):
        return False
    between = text[verb.end() : p.start]
    for q in c.mentions:  # (选举甲、乙为工会副主席: the names listed before it)
        if q.type == "Person" and verb.end() <= q.start and q.end <= p.start:
            between = between.replace(q.text, "", 1)
    *clauses, lead = re.split(r"[，,；;]", between)
    lead = re.sub(r"^、|(?:同志)?、$", "", re.sub(r"(?:同志)?、(?:同志)?、", "、", lead)).strip("、")
    if clauses and _ELECTED_BODY_CLAUSE.fullmatch(clauses[0]):
        clauses = clauses[1:]
    if lead and not only_titles(lead) and not _ELECTED_WITH_AT_ITS_HEAD.fullmatch(lead) \
            or not all("为" in clause for clause in clauses):
        return False
    for unit in _SUBORDINATE_MEETING.finditer(text, c.sentence.start, verb.start()):
        if not _AT_VENUE.search(text, c.clause_start(unit.start()), unit.start()):
            return False
    return True


def _studios_of_their_heads(c: Context) -> Iterator[Found]:
    """徐建明劳模创新工作室: a studio named after the model worker who leads it, where the article
    names that person too and states that the person leads a studio (工作室领衔人、…徐建明, 工作室由…徐建明
    领衔, 由徐建明担任工作室带头人, 徐建明…。他领衔工作室): the person works there. The name alone states
    nothing (the union golds give no post in a studio its name is all that ties to the person:
    某某劳模创新工作室揭牌), nor does leading something else (徐建明领衔完成的项目, 她领衔的调研组)."""
    if not c.once("leads_studio", lambda: any(w in c.article.text for w in _LEADS_STUDIO)):
        return
    events = [e for e in c.mentions if e.type == "Event"]
    # (the studio named inside an event's name, 某某劳模创新工作室揭牌仪式, is named by the sentence too)
    named = [m for m in c.article_mentions_in(c.sentence.start, c.sentence.end) if m.type == "Organization" and m not in c.mentions
             and any(e.start <= m.start and m.end <= e.end for e in events)]
    for studio in c.mentions + named:
        if studio.type != "Organization" or not studio.key.endswith(_STUDIO_HEADS):
            continue
        # (the first the article names of the people whose names the studio's opens with, looked up
        # by prefix: a long line names thousands of people)
        persons = c.once("persons_by_key", lambda: _people_by_key(c.article.mentions))
        person = min((km for n in range(2, len(studio.key) + 1) for km in persons.get(studio.key[:n], ())
                      if not (studio.start <= km[1].start < studio.end)), default=(0, None), key=lambda km: km[0])[1]
        if person is not None and _stated_as_leading(c.article, person):
            yield person, "worksFor", studio, "studio-named-after-its-head"


def _people_by_key(mentions: list[Mention]) -> dict[str, list[tuple[int, Mention]]]:
    """The people by the name they stand for, each with its rank among ``mentions``."""
    out: dict[str, list[tuple[int, Mention]]] = {}
    for k, m in enumerate(mentions):
        if m.type == "Person":
            out.setdefault(m.key, []).append((k, m))
    return out


#: the words that state who leads a studio (领衔, 牵头, 领衔人, 带头人, 负责人; not 领办人: a member of
#: the studio in the golds)
_LEADS_STUDIO = ("领衔", "牵头", "带头人", "负责人")
#: after its agent: leading a studio (领衔工作室, 领衔的劳模创新工作室, 担任工作室带头人, 是该工作室的领衔人,
#: 作为工作室带头人), or the studio named after the agent and led by him (以…某的名字命名，由其领衔)
_LEADS_A_STUDIO = re.compile(r"(?:同志)?(?:一直|长期|亲自|现|目前)?(?:(?:领衔|牵头)(?:了|的)?(?:这个|该|这一)?"
                             r"(?:(?!的)[\u4e00-\u9fff]){0,12}?工作室|(?:担任|出任|任)(?:工作室)?(?:领衔人|带头人|负责人)"
                             r"|(?:是|作为)(?:这个|该|这一)?工作室的?(?:领衔人|带头人|负责人)"
                             r"|的?名字命名[，,]?并?由其(?:领衔|牵头))")
#: before its agent: a studio led by (工作室(现)由…领衔), or its head's post (工作室领衔人、…)
_STUDIO_LED_BY = re.compile(r"工作室(?:现|目前|一直)?由(?P<titles>[^，。；]{0,16}?)$")
_STUDIO_HEAD_POST = re.compile(r"(?:领衔人|带头人|负责人)(?:[、，,]|是|为)?(?P<titles>[^，。；]{0,16}?)$")
_LEADS_AFTER_BY = re.compile(r"(?:同志)?(?:领衔|牵头|负责)")
#: a pronoun opening a clause (多年来，他领衔工作室)
_OPENING_PRONOUN = re.compile(r"(?:^|(?<=[，,；;]))[他她]")


def _stated_as_leading(article: Article, person: Mention) -> bool:
    """Whether a sentence says that ``person`` leads a studio: the person (or 他/她 opening a clause,
    after the person was named: the studio is named after that person already) is the agent of
    领衔/牵头 whose object is the studio, or of 担任工作室带头人; or the studio is led by the person
    (工作室由…某领衔, only titles between 由 and the name: not 由某的师傅乙领衔), or the person is written
    right after the studio's head post (工作室领衔人、全国劳动模范某)."""
    text = article.text
    people = [m for m in article.mentions if m.type == "Person" and m.key == person.key]
    for s in article.sentences:
        if not any(w in s.text for w in _LEADS_STUDIO):
            continue
        for m in people:
            if not (s.start <= m.start < s.end):
                continue
            if _LEADS_A_STUDIO.match(text, m.end, s.end):
                return True
            titles = None
            if _LEADS_AFTER_BY.match(text, m.end, s.end):
                titles = _STUDIO_LED_BY.search(text, s.start, m.start)
            if titles is None and "工作室" in text[s.start : m.start]:
                # (工作室领衔人、…某; 工作室成立于…，领衔人是全国劳动模范、车间主任某)
                titles = _STUDIO_HEAD_POST.search(text, s.start, m.start)
            if titles is not None and (not titles.group("titles") or only_titles(titles.group("titles"))):
                return True
        if any(m.end <= s.start for m in people):
            for pronoun in _OPENING_PRONOUN.finditer(s.text):
                if _LEADS_A_STUDIO.match(text, s.start + pronoun.end(), s.end):
                    return True  # (他领衔工作室 after the studio named after him: 师傅苏和 named between is no matter)
    return False


#: who runs a studio from inside it: a member of it, as the union golds read 领办人 (领衔人 leads it: worksFor)
_STUDIO_RUNNER = "领办人"
#: a studio's members counted (工作室现有成员12人), the members named after 其中 in the sentence
_MEMBERS_COUNTED = re.compile(r"现有成员[0-9０-９一二三四五六七八九十百]+(?:名|人)")
#: the end of a clause (the one naming the members after 其中; the one of a new member's oath)
_CLAUSE_END = re.compile(r"[，。；,;]")
#: another group counted between the members' count and 其中 (培养技术骨干200余名): 其中 is among those
_ANOTHER_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十百千万两]+[多余]?(?:名|人|位)")
#: 其中 opening the list of members (其中，焊工甲), and what joins the names of the list
_AMONG_THEM = re.compile(r"其中[，,：:]?")
_LIST_JOINERS = ("、", "和", "与", "及")
#: a unit written before a member's post with no mention of its own (动力分公司|电气工程师, 二车间|班长)
_UNIT_OF_POST = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:分公司|子公司|分厂|车间|工段|班组|部|科|站|中心)(?=[\u4e00-\u9fff])")


def _named_among(c: Context, among: int) -> list[Mention]:
    """The people listed right after 其中 at ``among``, each written with its titles (and the unit
    of its post) only: 其中焊工甲、动力分公司电气工程师乙; not 其中5人是某某带出的徒弟 or 其中由某联系的骨干
    (the name in a phrase about others)."""
    at = _AMONG_THEM.match(c.text, among).end()
    end = _CLAUSE_END.search(c.text, at, c.sentence.end)
    stop = end.start() if end else c.sentence.end
    listed: list[Mention] = []
    for p in c.mentions:
        if p.start < at or p.type != "Person":
            continue
        if p.end > stop:
            break
        lead = c.text[at : p.start]
        if listed:
            if not lead.startswith(_LIST_JOINERS):
                break
            lead = lead[1:]
        units = [m for m in c.mentions if at <= m.start and m.end <= p.start and is_org(m)]
        pieces = re.split("|".join(re.escape(m.text) for m in units), lead) if units else [lead]
        if not all(not piece or only_titles(piece) or only_titles(_UNIT_OF_POST.sub("", piece)) for piece in pieces):
            break
        listed.append(p)
        at = p.end
    return listed


@needs("Person", "org", words=(_STUDIO_RUNNER, "现有成员"))
def studio_members(c: Context) -> Iterator[Found]:
    """The members of a studio (劳模创新工作室): its 领办人 (“某某工作室”领办人某, 成立了某某工作室，某任领办人),
    and the people named after 其中 where the studio's members are counted (工作室现有成员12人，…其中
    技术员甲、班长乙都是…) (``studio-members``)."""
    text = c.text
    ms = c.mentions
    studios = [m for m in ms if is_org(m) and m.key.endswith(_STUDIO_HEADS)]
    if not studios:
        return
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        if i > 0 and ms[i - 1] in studios and re.fullmatch(r"[”’」』]?" + _STUDIO_RUNNER, c.gap(ms[i - 1], p)):
            yield p, "memberOf", ms[i - 1], "studio-members"
        elif text.startswith(("任" + _STUDIO_RUNNER, "担任" + _STUDIO_RUNNER), p.end):
            # (某公司成立了某工作室，某任领办人: the body named last before in the sentence, when a studio;
            # not 依托某工作室成立了某服务队，某任领办人: the team's)
            last = next((m for m in reversed(ms[:i]) if is_org(m)), None)
            if last is not None and last in studios:
                yield p, "memberOf", last, "studio-members"
    for counted in _MEMBERS_COUNTED.finditer(text, c.sentence.start, c.sentence.end):
        studio = next((m for m in studios if m.end == counted.start()), None)
        among = text.find("其中", counted.end(), c.sentence.end)
        if studio is None or among < 0 or _ANOTHER_COUNT.search(text, counted.end(), among):
            continue  # (…培养技术骨干200余名，其中某: among those, not the members)
        yield from ((p, "memberOf", studio, "studio-members") for p in _named_among(c, among))


#: studios named after the person who leads them (劳模创新工作室, 技能大师工作室)
_STUDIO_HEADS = ("工作室",)
#: PERSON (生前)所在的 ORG: the unit one is (was) in
_WHERE_ONE_IS = re.compile(r"(?:生前|原来|原|现在|当时|曾经|曾)?所在(?:的)?(?:单位)?")
#: PERSON 来自 ORG: where one comes from is where one works (but 来自北京大学的学生: one studies there)
_COMES_FROM = re.compile(r"(?:也|则|就|都)?来自(?:于)?")
_STUDENT_AFTER = re.compile(r"的?(?:[\u4e00-\u9fff]{0,4}?)(?:学生|研究生|大学生|留学生|学员|代表团|代表队|游客|客人)")
#: 在 ORG 工作(了三十年)的 (儿子) PERSON: the body a person worked at, said before the name, a kin or
#: worker word at most between (在青岛港务局工作的儿子王义亮)
_WORKED_AT_BEFORE = re.compile(r"(?:工作|任职|上班|打工|务工|供职|干)(?:了)?[^，。；、]{0,8}?的"
                               r"(?:儿子|女儿|妻子|丈夫|爱人|父亲|母亲|哥哥|弟弟|姐姐|妹妹|老伴|"
                               # (an ethnic group before the worker: 务工一年多的彝族工人某)
                               r"(?:[\u4e00-\u9fff]{1,3}族)?(?:职工|工人|员工|青年|老工人))?$")
#: after 是 ORG: a worker noun and the clause's end (是某煤矿工人, 是某厂的一名职工)
_WORKER_NOUN = re.compile(r"的?(?:一名|一位|普通|老|退休|下岗)?(?:工人|职工|员工|技工|女工|青工)(?=[，。；、]|$)")


def _appositions(c: Context) -> Iterator[Found]:
    """A person and the body they work at said around the name: 在海河机床厂工作了三十年的王建国;
    王建国，海河机床厂厂长。 (the clause after the name is the body and a title alone)."""
    ms = c.mentions
    text = c.text
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        prev = ms[i - 1] if i > 0 else None
        if prev is not None and is_org(prev) and c.before(prev, 1) == "在" \
                and _WORKED_AT_BEFORE.fullmatch(c.gap(prev, p)):
            yield p, "worksFor", prev, "worked-at-org-person"
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and is_org(nxt) and _WHERE_ONE_IS.fullmatch(c.gap(p, nxt)):
            unit = ms[_unit_of_run(ms, i + 1)]  # 大庆油田１２０５钻井队: the unit
            yield p, _post(unit, ""), unit, "person-de-unit"  # 王进喜生前所在的１２０５钻井队
        if nxt is not None and nxt.type in ("Company", "Organization") and _COMES_FROM.fullmatch(c.gap(p, nxt)) \
                and not _STUDENT_AFTER.match(text, nxt.end):
            yield p, "worksFor", nxt, "person-from-org"  # 他来自上海速达同城配送有限公司
        if nxt is not None and is_org(nxt) and c.gap(p, nxt) in ("，", ",") and c.is_subject(p):
            tail = CLAUSE_PUNCT.search(text, nxt.end, c.sentence.end)
            title = text[nxt.end : tail.start() if tail else c.sentence.end]
            if title and only_titles(title):
                yield p, _post(nxt, title), nxt, "person-comma-org-title"


def _unit_of_run(ms: list[Mention], k: int) -> int:
    """The index of the last body of the run of bodies written together from ``ms[k]`` on (a body
    and its unit: 开滦矿务局唐家庄矿, 大庆油田１２０５钻井队)."""
    while k + 1 < len(ms) and is_org(ms[k + 1]) and ms[k + 1].start == ms[k].end:
        k += 1
    return k


# --- Elections and appointments to a post -------------------------------------------------------
#
# One sentence elects or appoints people to posts: 选举A为省人大常委会主任，B、C为省人大常委会副主任，
# D为秘书长. The readings of such a sentence (each keeps the rule name its facts have always had):
#
# - a list before 为, then a body, then a post (:func:`elected_to_a_body`, ``elected-as-org-title``),
#   the body either a mention right after 为, or written again with no mention of its own and
#   matched against the bodies named before it in the sentence;
# - clause by clause (:func:`elected_deputies`): a clause naming the body (``elected-list-to-body``),
#   then clauses with a post only (B、C为副主任), whose body is the one of the clause before
#   (``elected-deputies-of-body-before``).
#
# - 当选 (A当选为…主席), further down: a body named right after it, read in :func:`works_for`
#   (``person-elected-to-post``, the gap _ELECTED_GAP); no body named, the union whose congress is
#   reported (:func:`_elected_to_union`, ``elected-to-union-post``); a headline of two elections
#   (:func:`_elected_headline`).
#
# 被…任命为 is read by :func:`appointed`; a meeting's own elections (participatesIn) by meetings.py.

#: the verbs of an election or an appointment to a post (选举A为…, 任命B为…); each reading takes
#: the verbs it has always taken, named below
_ELECTING = ("选举", "推选", "选出", "补选", "增选", "增补")
_APPOINTING = ("任命", "聘任", "聘请")
_ELECTION_VERBS = _ELECTING + _APPOINTING
#: an election verb anywhere (the quick test that a sentence, or its part before a name, elects)
_ELECTS_BEFORE = re.compile("|".join(_ELECTION_VERBS))
#: what stands right before the first name of a list elected to a body's post: an election verb
#: (all but 选出, which no reading of a list before 为 has taken), or a comma or a semicolon that goes
#: on with the election (…，吴才荣、向阳为省纪委副书记)
_LIST_OPENERS = tuple(v for v in _ELECTION_VERBS if v != "选出") + ("，", "；")
#: the verbs that may open a clause of :func:`elected_deputies` (not 增补, 聘任, 聘请; 决定任命 lets
#: the clause's words before the verb run two characters further)
_CLAUSE_VERBS = tuple(v for v in _ELECTION_VERBS if v not in ("增补", "聘任", "聘请")) + ("决定任命",)
#: a name the recognisers missed inside a list of those elected (宋彭生、文林为…)
_MISSED_NAME = r"[\u4e00-\u9fff·]{2,6}"
#: from the last name recognised of a list of those elected to the body: 为, perhaps after names the
#: recognisers missed (宋彭生、文林为省人大常委会副主任)
_LIST_THEN_AS = re.compile(rf"(?:、{_MISSED_NAME})*为")
#: between two names of a list of those elected: 、 or 和, perhaps around names the recognisers missed
_ELECTED_LIST_GAP = re.compile(rf"、(?:{_MISSED_NAME}、)*|和")
#: the post after the body, up to the clause's end
_ELECTED_POST = re.compile(r"([\u4e00-\u9fff、]{1,12}?)(?=[，。；]|$)")


def _elected_post(c: Context, at: int) -> str | None:
    """The post written at ``at`` (after the body elected to), up to the clause's end; None when it
    is not all titles."""
    post = _ELECTED_POST.match(c.text, at, c.sentence.end)
    return post.group(1) if post and only_titles(post.group(1)) else None


def _elected_list(c: Context, i: int) -> list[Mention]:
    """The list of those elected that ends with the person ``c.mentions[i]`` (right before 为): back
    over 、 or 和 and names the recognisers missed (、敬正书、) to its first name, which an election
    verb or a comma going on with one must stand right before; [] if none does."""
    ms = c.mentions
    k = i
    while k > 0 and ms[k - 1].type == "Person" and _ELECTED_LIST_GAP.fullmatch(c.gap(ms[k - 1], ms[k])):
        k -= 1
    return ms[k : i + 1] if c.before(ms[k], 2).endswith(_LIST_OPENERS) else []


def _elected_to_body(c: Context, i: int, body: Mention, at: int) -> Iterator[Found]:
    """The list ending with ``c.mentions[i]`` elected (为) to the post written at ``at`` of ``body``."""
    post = _elected_post(c, at)
    if post is None:
        return
    for q in _elected_list(c, i):
        yield q, _post(body, post), body, "elected-as-org-title"


def _bodies_named(c: Context, before: int | None = None) -> list[tuple[str, Mention]]:
    """The bodies of the sentence (three characters or more; only those ending by ``before``) by
    their written names, longest first: a body written again with no mention is matched against them
    (of one name written twice, the later mention)."""
    named = {m.text: m for m in c.mentions if is_org(m) and len(m.text) >= 3 and (before is None or m.end <= before)}
    return sorted(named.items(), key=lambda kv: -len(kv[0]))


@needs("Person", words=_ELECTS_BEFORE)
def elected_to_a_body(c: Context) -> Iterator[Found]:
    """选举A为省人大常委会主任，B、C为省人大常委会副主任: the list before 为 holds the post written after
    the body (``elected-as-org-title``). The body is either

    - a mention right after 为 (perhaps after names the recognisers missed, 宋彭生、文林为…), when the
      election verb stands before the list in the sentence; or
    - written again with no mention of its own, when the recognisers marked only its first mention
      in the sentence (the second 省人大常委会 is no mention): the written name is matched against the
      bodies named before it in the sentence."""
    text = c.text
    ms = c.mentions
    bodies = _bodies_named(c)
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and is_org(nxt) and _LIST_THEN_AS.fullmatch(c.gap(p, nxt)) \
                and _ELECTS_BEFORE.search(text, c.sentence.start, p.start):
            # 选举…，吴才荣、向阳为省纪委副书记: the body a mention
            yield from _elected_to_body(c, i, nxt, nxt.end)
            continue
        if not bodies or not text.startswith("为", p.end):
            continue
        after = p.end + 1
        if any(m.start == after for m in ms):
            continue  # a mention there: the body is that mention (read above) or there is none
        body = next((m for name, m in bodies if text.startswith(name, after) and m.end <= p.start), None)
        if body is None:
            continue
        yield from _elected_to_body(c, i, body, after + len(body.text))


#: the clause of a list elected to a post: the names (with notes in brackets, and names the
#: recognisers missed) joined by 、 or 和, then 为 and the post
_ELECTED_CLAUSE_LEAD = re.compile(rf"(?:[^，；。]{{0,60}}?(?:{'|'.join(_CLAUSE_VERBS)}))?"
                                  r"(?:[\u4e00-\u9fff·]{1,5}(?:（[^（）]{0,12}）)?[、和])*")  # (白音（蒙古族）、: missed names)


#: a unit inside an institution that employs with it (学院 of a university, 大队 of a bureau; not a hospital's
#: 科, whose staff work for the 科 alone: staff_of_nested_unit)
_NESTED_UNIT = re.compile(r"(?:学院|系|研究所|大队|支队|中队)$")
#: a works or a workshop of a company written inside its name (某钢铁有限公司|炼铁厂, 某机械厂|铸造车间): its
#: staff work for the company too, as the union golds read all four such titles (not a branch: 分公司, 支行)
_WORKS_UNIT = re.compile(r"(?:车间|分厂|(?<!分公司)厂)$")
#: the institutions such a unit is written inside (not companies: a branch's staff work for the branch only)
_INSTITUTION = re.compile(r"(?:大学|学院|医院|局)$")
#: a branch, whose staff work for it alone (分局, 分行, 支行, 分公司, 分院, 分校)
_BRANCH = re.compile(r"(?:分局|分行|支行|分公司|分院|分校)$")
#: after an institution's name, words that go on with a longer name (中国科学院 + 大学: another
#: institution, 中国科学院大学; 某大学 + 附属医院), not a unit inside it
_NAME_GOES_ON = re.compile(r"大学|学院|分院|研究生院|医院|附属|附中|附小")


#: a union post in a chain of titles, the union said by its kind alone (工会主席, 公司工会副主席)
_BARE_UNION_POST = re.compile(r"(?:公司|集团|集团公司|厂|校|学校|医院)?工会(?:常务)?副?主席")


@needs("Person", "org")
def union_post_in_a_chain(c: Context) -> Iterator[Found]:
    """集团党委副书记、工会主席某: a later title of the chain is a post of a union written by its kind
    alone, no mention of its own; the person holds it in the one union the article names, or, of
    several, the one it writes by the chain's kind (集团工会) (``union-post-in-a-chain``; two unions
    and none so written: no telling which)."""
    ms = c.mentions
    unions = None
    for i, p in enumerate(ms):
        if p.type != "Person" or i == 0 or not is_org(ms[i - 1]) or ms[i - 1].type == "TradeUnion":
            continue
        titles = c.gap(ms[i - 1], p).split("、")
        if len(titles) < 2 or not only_titles(titles[0]) or not any(_BARE_UNION_POST.fullmatch(t) for t in titles[1:]):
            continue
        if unions is None:
            unions = {m.key: m for m in c.article.mentions if m.type == "TradeUnion"}
        stem = _CHAIN_OFFICE.sub("", c.text[ms[i - 1].start : ms[i - 1].end])
        candidates = list(unions.values())
        if len(candidates) > 1:
            # (several unions named: the one the article writes by the chain's kind, 集团党委 … 集团工会,
            # is the body's own; a unit's or a partner's union named beside it is not)
            candidates = [u for u in candidates if _union_written_by_kind(c, u, stem)]
        if len(candidates) != 1:
            continue
        union = candidates[0]
        # the union is the chain's body's own: its name starts with the body's (红星纺织集团…工会), or
        # holds the kind the body is written by alone (集团党委 → 海河重工集团有限公司工会); a union
        # named elsewhere in the sentence is one the person visits, not holds a post in
        if any(m.type == "Federation" and m.start < p.start for m in c.article.mentions) \
                and not _union_written_by_kind(c, union, stem):
            continue  # (区总工会…集团党委副书记、工会主席某: the federation named before may be the union meant;
            # not when the article writes the union by the chain's kind, 公司党委 … 公司工会: the body's own)
        if stem and (union.key.startswith(stem) or len(stem) <= 2 and stem in union.key
                     or stem in ENTERPRISE_KINDS and _of_kind(union.key.removesuffix("工会"), stem)):
            yield p, "worksFor", union, "union-post-in-a-chain"


#: a party committee written by its institution's kind alone (医院党委, 学校党委, 厂党委): the kind, as
#: ``union_body_kinds.tsv`` lists it
_OWN_COMMITTEE_OF_KIND = re.compile(r"(?P<kind>[\u4e00-\u9fff]{1,2}?)(?:党委|党总支|党组)")


@needs("Person", "org")
def head_post_after_own_committee(c: Context) -> Iterator[Found]:
    """医院党委书记、院长某, 学校党委副书记、校长某, 厂党委书记、厂长某: the committee is written by its
    institution's kind, and a later title of the chain heads an institution of that kind
    (``kind_posts.tsv``: 院长 heads a 院); the person heads the one such institution the article names
    before (某某医院), beside the committee (``head-post-after-own-committee``)."""
    lex = load_lexicons()
    kinds = _union_body_kinds()
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or i == 0 or not is_org(ms[i - 1]):
            continue
        committee = _OWN_COMMITTEE_OF_KIND.fullmatch(c.text, ms[i - 1].start, ms[i - 1].end)
        if committee is None or committee.group("kind") not in kinds:
            continue
        kind = committee.group("kind")
        titles = c.gap(ms[i - 1], p).split("、")
        if len(titles) < 2 or not only_titles(titles[0]) or not any(_heads_kind(lex, kinds, t, kind) for t in titles[1:]):
            continue
        # (the institution's name as written: a short form unresolved, 市第一人民医院, keys with the article's mark)
        named = {m.key: m for m in c.article.mentions if is_org(m) and m.end <= ms[i - 1].start and not m.reference
                 and (m.canonical or m.name).split("（")[0].endswith(kinds[kind]) and len(m.name) > len(kind)}
        if len(named) == 1:
            yield p, "worksFor", next(iter(named.values())), "head-post-after-own-committee"


#: a qualifier before a head post that leaves it the institution's head (常务副院长, 执行院长)
_HEAD_POST_QUALIFIER = re.compile(r"^(?:常务|执行)")


def _heads_kind(lex, kinds: dict[str, tuple[str, ...]], title: str, kind: str) -> bool:
    """Whether ``title`` heads an institution of ``kind`` (``kind_posts.tsv``: 院长 a 院; 校长 a
    大学 too, as 校 names a 大学's body in ``union_body_kinds.tsv``)."""
    unit = lex.kind_posts.get(title) or lex.kind_posts.get(_HEAD_POST_QUALIFIER.sub("", title))
    return bool(unit) and (unit in kind or kind in kinds.get(unit, ()))


def _union_written_by_kind(c: Context, union: Mention, stem: str) -> bool:
    """Whether the article writes ``union`` by the kind its chain's body is written by (公司党委 …
    公司工会, 集团党委 … 集团工会): the union of the body the story is about."""
    if stem not in ENTERPRISE_KINDS:
        return False
    # (read where one body of that kind only is named before: a guess between two is no writing of its own)
    return any(m.key == union.key and _bare_union_of_one_body(c, m, stem) for m in c.article.mentions)


#: the office a chain's body is written with (集团党委): the body itself is what comes before it
_CHAIN_OFFICE = re.compile(r"(?:党委|党组|党总支|党支部|行政|领导班子|班子)$")


#: after a company gone to (来到某公司，): the visit to one of its workers (看望慰问了患重病的职工某)
_VISITS_ITS_WORKER = re.compile(r"[，,]?(?:并|还|先后|随后)?(?:看望慰问了|看望慰问|慰问看望了|看望了|看望|慰问了|探望了|探望)"
                                r"(?:[^，。；、]{0,12}?的)?(?:一线|困难|特困|患病|退休|老|女)?(?:职工|员工|工人|技术工人|农民工)$")
_GONE_TO = re.compile(r"(?:来到|走进|深入|前往|到)$")


@needs("Person", "Company", words=("看望", "探望"))
def worker_visited_at_company(c: Context) -> Iterator[Found]:
    """某某一行来到南岭电子有限公司，看望慰问了患重病的职工何某: the worker visited where one went
    is the company's (``worker-visited-at-company``)."""
    text = c.text
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or i == 0:
            continue
        co = ms[i - 1]
        if co.type != "Company" or not _GONE_TO.search(text, c.sentence.start, co.start) \
                or not _VISITS_ITS_WORKER.fullmatch(text, co.end, p.start):
            continue
        yield p, "worksFor", co, "worker-visited-at-company"


#: 在公司干了12年: years worked at a body written by its kind alone (the report's own body of that kind);
#: years (or a working life) after the verb, not a stay of a day or a month (在公司工作了一上午: a visit)
_WORKED_AT_KIND = re.compile(r"在(?:这家|该|本)?(?P<kind>集团公司|总公司|公司|集团|总厂|厂|矿|医院|学校)(?:里)?"
                             r"(?:已经|已|整整|一共|先后)?(?:干|工作|上班)(?:了|过)?(?:整整|足足|将近|近|快)?"
                             r"(?:[0-9０-９一二三四五六七八九十两几]+[多余]?(?:年|个年头|个春秋)|多年|大半辈子|半辈子|一辈子)")
#: between the (last) person and 在: the clause goes on with the person as its subject (，今年52岁，; 已),
#: or the person's own words begin with the pronoun (告诉记者，他; 说：“我)
_WORKER_THEN_AT = re.compile(r"(?:[，,]?(?:今年|现年)?[0-9０-９一二三四五六七八九十]{1,3}岁)?[，,]?"
                             r"(?:已经|已|一直|曾经|曾|先后)?"
                             r"|(?:告诉记者|对记者说|介绍|说|表示)[，,：:]?“?(?:他|她|我)(?:已经|已|一直|曾经|曾)?")
#: what joins the workers said together before 在 (钳工甲和乙在公司干了18年)
_WORKER_JOINERS = ("、", "和", "与")


#: before a worker's name, in its clause: a closing quote, where the worker comes from (来自某镇的)
_WORKER_LEAD_OPENERS = re.compile(r"^[”’」』\"）)\s]*(?:来自[^，。；、]{1,15}的)?")
#: a verb's aspect before the name: the name is its object (看望了…的家属某)
_VERB_BEFORE_NAME = re.compile(r"[了着过]")


def _worker_is_the_subject(c: Context, p: Mention) -> bool:
    """Whether ``p`` is the subject of its clause, the one who worked there: described by a clause
    with 的 that opens the sentence, titled by jobs or an age at most (装配工某, 今年56岁的某; no body named before it in the clause, which would be the body of
    its post); else words with no verb's aspect and no other person before it in the sentence
    (工作室领衔人、全国劳动模范某; not 区总工会主席甲来到某公司，看望了…的家属乙: 乙 is the object)."""
    lead_start = c.clause_start(p.start)
    if lead_start == c.sentence.start and c.text.endswith("的", lead_start, p.start) \
            and not any(m.type == "Person" and lead_start <= m.start < p.start for m in c.mentions):
        return True  # 获得过…奖章的某, 被某总工会授予…的某: a modifier of the name opening the sentence
        # (its verb's aspect and its body are the modifier's own, the person still the subject)
    if any(lead_start <= m.start < p.start and is_org(m) for m in c.mentions):
        return False  # (市总工会帮扶工作组组长某: the post is in another body)
    lead = c.text[lead_start : p.start]
    lead = lead[_WORKER_LEAD_OPENERS.match(lead).end() :]
    if not lead or title_then_person(lead) or _AGE_LEAD.fullmatch(lead):
        return True
    return not _VERB_BEFORE_NAME.search(lead) and not any(
        m.type == "Person" and c.sentence.start <= m.start < p.start for m in c.mentions)


@needs("Person", words=_WORKED_AT_KIND)
def worked_at_the_kind(c: Context) -> Iterator[Found]:
    """郭某在公司干了12年, 王某今年52岁，在公司干了整整30年焊工, 王某告诉记者，他在公司干了6年: the
    person works for the body the bare kind stands for (:func:`.referred_bodies.report_body_of_kind`:
    the only one of that kind named before, or the report's own) (``worked-at-the-kind``). The person
    is the clause's subject, titled by a job at most (装配工某; not 看望了…的家属某, the object of
    someone else's visit, nor 某总工会工作组组长某, whose post is in another body); workers listed
    with 和 or 、 (甲和乙在公司干了18年) each."""
    text = c.text
    ms = c.mentions
    for at in _WORKED_AT_KIND.finditer(text, c.sentence.start, c.sentence.end):
        last = max((k for k, m in enumerate(ms) if m.type == "Person" and m.end <= at.start()), default=None)
        if last is None or not _WORKER_THEN_AT.fullmatch(text, ms[last].end, at.start()):
            continue
        first = last
        while first > 0 and ms[first - 1].type == "Person" and c.gap(ms[first - 1], ms[first]) in _WORKER_JOINERS:
            first -= 1
        if not _worker_is_the_subject(c, ms[first]):
            continue
        if (body := report_body_of_kind(c.article, at.group("kind"), at.start())) is not None:
            for p in ms[first : last + 1]:
                yield p, "worksFor", body, "worked-at-the-kind"


@functools.lru_cache(maxsize=1)
def _union_body_kinds() -> dict[str, tuple[str, ...]]:
    """How the name of a body of each kind ends (``union_body_kinds.tsv``; 校工会: the union of a 学院
    or a 大学 as well)."""
    return body_kind_endings()


@functools.lru_cache(maxsize=1)
def _kind_union_post() -> re.Pattern[str]:
    """A union written by the kind of body it is of (longest kind first), then its post, right before a
    person (医院工会主席某, 集团工会副主席某, 学校党委副书记、校工会主席某)."""
    kinds = sorted(_union_body_kinds(), key=lambda w: (-len(w), w))
    return re.compile(r"(?P<kind>" + "|".join(map(re.escape, kinds)) + r")工会(?:常务)?副?主席$")


#: what may stand right before such a post: a stop, a list's 、, a joiner or a verb of holding
_BEFORE_KIND_POST = re.compile(r"(?:^|[，。；：、,（(\s]|[和与及由是为任])$")


@needs("Person", words=("工会主席", "工会副主席", "工会常务副主席"))
def union_post_by_kind(c: Context) -> Iterator[Found]:
    """医院工会主席谢某介绍, 集团工会副主席某带队: the union is written by the kind of body it is of, no
    name of its own; the person holds the post in the one union the article names whose body is of
    that kind (黄岩某医院工会; 某能源建设集团有限公司工会). Two such unions: no telling which
    (``union-post-by-kind``)."""
    text = c.text
    unions = None
    for p in c.mentions:
        if p.type != "Person":
            continue
        lead = text[max(c.sentence.start, p.start - 12) : p.start]
        post = _kind_union_post().search(lead)
        if post is None:
            continue
        at = p.start - len(lead) + post.start()
        if not _BEFORE_KIND_POST.search(text, max(c.sentence.start, at - 1), at) and at > c.sentence.start:
            continue  # (某某医院工会主席: a name goes on before the kind, the name's own union)
        if any(m.start < at + len(post.group("kind")) + 2 and m.end > at for m in c.article.mentions if m is not p):
            continue  # (a name the kind is part of: the rules of named bodies read it)
        if unions is None:
            unions = [m for m in c.article.mentions if m.type == "TradeUnion"]
        endings = _union_body_kinds()[post.group("kind")]
        fit = {m.key: m for m in unions if m.key.endswith("工会") and m.key[:-2].endswith(endings)}
        if len(fit) == 1:
            yield p, "worksFor", next(iter(fit.values())), "union-post-by-kind"


#: the last post of a chain is one in a committee or department of the chain's body (某总工会副主席、
#: 女职工委员会主任某): the unit, then the post
_UNIT_POST_IN_CHAIN = re.compile(r"、(?P<unit>[\u4e00-\u9fff]{2,10}?(?:委员会|工作部|部))(?:常务)?副?(?:主任|部长)$")


@needs("Person", "org")
def unit_post_in_a_chain(c: Context) -> Iterator[Found]:
    """金州区总工会副主席、女职工委员会主任某: the committee of the last post is the chain's body's own;
    the person works for it when the article names it (区总工会女职工委员会, its key the body's key and
    the committee's name) (``unit-post-in-a-chain``)."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or i == 0 or not is_org(ms[i - 1]):
            continue
        body = ms[i - 1]
        gap = c.gap(body, p)
        last = _UNIT_POST_IN_CHAIN.search(gap)
        if last is None or not all(t and only_titles(t) for t in gap[: last.start()].split("、")):
            continue
        unit = last.group("unit")
        own = [m for m in c.article.mentions if is_org(m) and m.key != body.key
               and (m.key == body.key + unit or m.name == body.name + unit)]
        if own:
            yield p, "worksFor", own[0], "unit-post-in-a-chain"


@needs("Person", "org")
def staff_of_nested_unit(c: Context) -> Iterator[Found]:
    """浙江某大学某学院副教授甲, 某县应急管理局安全生产执法大队副大队长乙: a person titled by a unit
    written inside the name of an institution the article names on its own works for both (the
    unit: :func:`works_for`; the institution here, ``staff-of-nested-unit``). The institution written only
    inside the unit's name, nested in it (``Mention.body``: 某大学|法学院教授), employs them too (the union
    golds give both in 4 of 5 such titles), and so does a company nested in its works' or workshop's name
    (某钢铁有限公司|炼铁厂厂长; a branch's staff, 某公司|某分公司经理, work for the branch alone). A
    department's or a crew's staff (某人民医院|急诊科主任, 某城市管理局|环卫一所, as 某有限公司|生产部经理) work
    for the unit alone: the body follows from the unit's name, inferred (the guideline; the recent union
    golds, union-dev11 to 13, give all such titles so)."""
    ms = c.mentions
    institutions = c.once("institutions", lambda: [m for m in c.article.mentions if m.type == "Organization"
                                                   and _INSTITUTION.search(m.key)])
    if not institutions and not any(m.body is not None or m.anaphor and m.type == "Company" for m in ms):
        return
    for i, p in enumerate(ms):
        if p.type != "Person" or i == 0:
            continue
        if ms[i - 1].type == "Place" and (held := _post_before_place_honour(c, ms[i - 1], p)) is not None:
            unit, k = held[0], i - 2  # 某厂车间主任、全省劳动模范某: the unit before the honour of a place
        elif is_org(ms[i - 1]) and (title := c.gap(ms[i - 1], p)) and only_titles(title):
            unit, k = ms[i - 1], i - 1
        else:
            continue
        if _BRANCH.search(unit.key):
            continue  # 某市公安局|开福分局局长: a branch's staff work for the branch alone
        nested = _NESTED_UNIT.search(unit.key) is not None
        inside = [unit.body] if unit.body is not None and (
            unit.body.type == "Organization" and _INSTITUTION.search(unit.body.key) and nested
            or unit.body.type == "Company" and _WORKS_UNIT.search(unit.key)) else []
        candidates = institutions + inside if nested else inside
        # (the nested body by its name as written: its key may be the full name it is short for, 鹿城钢铁集团
        # of 北方鹿城钢铁集团有限公司, which the unit's name does not open with)
        parent = next((m for m in candidates if (_opens_with_parent(unit.name, m.name) if m is unit.body
                                                 else _opens_with_parent(unit.key, m.key))), None)
        if parent is not None:
            yield p, "worksFor", parent, "staff-of-nested-unit"
        elif k >= 1 and ms[k - 1].anaphor and ms[k - 1].type == "Company" and ms[k - 1].end == unit.start \
                and _WORKS_UNIT.search(unit.key):
            # 公司|热处理车间主任某: the workshop written right after its company, referred to by its kind
            yield p, "worksFor", ms[k - 1], "staff-of-unit-after-its-company"


def _opens_with_parent(unit: str, parent: str) -> bool:
    """Whether the unit's name ``unit`` opens with ``parent`` and goes on to a unit of its own (not into
    another body's name: _NAME_GOES_ON)."""
    return unit.startswith(parent) and len(unit) > len(parent) + 1 and not _NAME_GOES_ON.match(unit, len(parent))


#: an election by a meeting that opens the run of clauses (会议选举…, 大会选举产生…，…)
_ELECTS = re.compile(r"(?:选举|推选)")
#: after a body, the end of an adverbial of guidance (在镇总工会的指导下，…): the body is not the one elected in
_GUIDED_BY = re.compile(r"的?(?:大力)?(?:指导|帮助|支持|关心|关怀|推动|协调|见证)下[，,]")


@needs("Person", words=_ELECTS)
def elected_to_body_named_before(c: Context) -> Iterator[Found]:
    """会议选举村党支部书记、村委会主任甲为联合工会主席，某公司职工代表乙为副主席: the body elected to
    is written short (联合工会) with no mention of its own, the body named last before in the article
    whose name ends with it (柳湾村联合工会); the clauses after with a post only (乙为副主席) elect to
    the same body (``elected-to-body-named-before``). Only where no rule of the sentence's own bodies
    read it: the short form must be no mention."""
    text = c.text
    verb = _ELECTS.search(text, c.sentence.start, c.sentence.end)
    if verb is None:
        return
    if any(is_org(m) and m.end <= verb.start() and not _GUIDED_BY.match(text, m.end) for m in c.mentions):
        return  # 某厂工会召开会员代表大会，选举…为女职工委员会主任: the sentence's own body owns the short form
        # (在镇总工会的指导下，会议选举…: a body that guides the meeting owns nothing of it)
    body = None
    start = base = verb.end()
    for cut in re.finditer(r"[，；。]|$", text[base : c.sentence.end]):
        end = base + cut.start() if cut.group() else c.sentence.end
        people = [m for m in c.mentions if m.type == "Person" and start <= m.start and m.end <= end]
        if not people or not text.startswith("为", people[-1].end):
            break
        p = people[-1]
        written = text[p.end + 1 : end]
        if body is None:
            if any(m.start == p.end + 1 for m in c.mentions) or re.search(r"[为是]", text[start : p.start]):
                break  # (a body named there: the other election rules read it)
            body, post = _short_form_before(c, written)
        else:
            post = written if only_titles(written) else None
        if body is None or post is None:
            break
        for q in {q.key: q for q in [*listed_before(c, c.mentions.index(p)), p]}.values():
            yield q, _post(body, post), body, "elected-to-body-named-before"
        if cut.group() != "，":
            break
        start = end + 1


def _short_form_before(c: Context, written: str) -> tuple[Mention | None, str | None]:
    """The body named last before the sentence whose name ends with the start of ``written`` (three
    characters or more: 联合工会 of 柳湾村联合工会), when the rest of it is a post; else (None, None)."""
    bodies = [m for m in c.article.mentions if is_org(m) and m.end <= c.sentence.start]
    for n in range(len(written) - 1, 2, -1):
        short, post = written[:n], written[n:]
        if not only_titles(post):
            continue
        fitting = [m for m in bodies if m.key.endswith(short) and len(m.key) > n]
        if fitting:
            return max(fitting, key=lambda m: m.start), post
    return None, None


# (no election verb needed: _ELECTED_CLAUSE_LEAD makes it optional, 经研究，A为某会副主席)
@needs("Person", "org")
def elected_deputies(c: Context) -> Iterator[Found]:
    """选举李建国为省人大常委会主任，徐山林、刘揆楚为副主任，…为秘书长: the names of a clause elected to a
    post with no body named hold it in the body the clause before was elected to (the same run of
    elections: a clause elected to a post of no named body, 选举程安东为省长, or a ； ends it)."""
    text = c.text
    body = None
    start = c.sentence.start
    for cut in re.finditer(r"[，；。]", text[c.sentence.start : c.sentence.end] + "。"):
        end = c.sentence.start + cut.start()
        names, post, named_body = _elected_clause(c, start, end)
        if names and named_body is not None:
            body = named_body
            for q in names:  # (姚新章、白、李玉璋为省人大常委会副主任: a name the recognisers missed in the list)
                yield q, _post(body, post), body, "elected-list-to-body"
        elif names and body is not None and not _ELECTS_BEFORE.search(text, start, names[0].start):
            for q in names:
                yield q, _post(body, post), body, "elected-deputies-of-body-before"
        elif names:
            body = None  # 选举程安东为省长: a post of no body named ends the run
        if cut.group() != "，":
            body = None
        start = end + 1


def _elected_clause(c: Context, s: int, e: int) -> tuple[list[Mention], str | None, Mention | None]:
    """The names of a clause ``(选举)A、B（女）、C为 (BODY) POST``, the post and the body (a mention,
    or a body named before in the sentence written again), or ([], None, None)."""
    text, ms = c.text, c.mentions
    inside = [m for m in ms if s <= m.start and m.end <= e]
    people = [m for m in inside if m.type == "Person"]
    if not people:
        return [], None, None
    as_at = text.find("为", people[-1].end, e)
    if as_at < 0 or not _ELECTED_CLAUSE_LEAD.fullmatch(text, s, people[0].start):
        return [], None, None
    names = [m for m in people if m.start < as_at]
    # between the names: joiners, bracketed notes and names the recognisers missed (姚新章、白、李玉璋)
    marks, at = [], names[0].start
    for m in (m for m in inside if names[0].start <= m.start < as_at):
        if m.type == "Place" and _LISTED_ITEM.fullmatch(text, m.start - 1, m.end + 1):
            continue  # 罗明、江国镇、厉志成: a name read as a place (…镇, …路) is an item of the list
        if m.type != "Person" and m.start > at:
            return [], None, None
        marks.append(text[at : m.start])
        at = m.end
    marks.append(text[at:as_at])
    for gap in marks[1:]:
        if not _LIST_GAP.fullmatch(PAREN.sub("", gap)):
            return [], None, None
    rest = text[as_at + 1 : e]
    body = next((m for m in inside if m.start == as_at + 1 and is_org(m)), None)
    if body is None:
        body = next((m for name, m in _bodies_named(c, before=as_at) if rest.startswith(name)), None)
        post = rest[len(body.text) :] if body is not None else rest
    else:
        post = text[body.end : e]
    if not post or not only_titles(post):
        return [], None, None
    return names, post, body


#: a whole item of an elected list, with the list's marks around it: 、江国镇、, 、蒙美路（女）
_LISTED_ITEM = re.compile(r"、[\u4e00-\u9fff]{2,4}[、（为]")
#: between two names of an elected list: 、 or 和, perhaps around names the recognisers missed
#: (wider than _ELECTED_LIST_GAP: the clause is read whole, so a name cut to one character, 白, passes)
#: (、和: a name the recognisers cut after the surname 和, 和占钧（纳西族）)
_LIST_GAP = re.compile(r"(?:(?:、和?|和)(?:[\u4e00-\u9fff·]{1,4}(?:、和?|和))*)?")


# 当选: one elected to a post, the list before it

#: between a person and the body whose post follows: A当选(为)省总工会主席
_ELECTED_GAP = ("当选", "当选为")
#: between a person (the last of a list) and the body a by-election adds them to: A、B增补为…委员
_ADDED_TO = ("增补为", "增选为", "补选为")
#: PERSON(、PERSON) 当选(为)(工会)TITLE with no body named after it: 陆建平、钟晓红当选副主席
#: 当选 (工会 or a kind of union: 联合工会, 集团工会) POST: the kind says which union was named before
#: 当选(为)[新一届][KIND工会]POST: the term (新一届, 本届) is no kind of union (联合工会, 集团工会)
#: (the union's own unnamed audit committee may stand before the post: an officer of it works for
#: the union, by the guideline: 当选为经费审查委员会主任)
_ELECTED = re.compile(r"当选(?:为)?(?:新一届|新一任|本届|首届|第[一二三四五六七八九十0-9０-９]+届)?((?:[\u4e00-\u9fff]{0,4}?)(?:工会|联合会))?"
                      r"(?:经费审查委员会|经审委员会|经审会)?([\u4e00-\u9fff]{2,8}?)(?=[，。；、]|$)")
#: the audit committee holding a meeting of its own (经费审查委员会第一次会议)
_COMMITTEE_MEETS = re.compile(r"(?:经费审查委员会|经审委员会|经审会)第[一二三四五六七八九十]+次(?:全体)?会议")
#: how far back (characters) the union whose election is reported may be named
_ELECTION_SPAN = 240


def _elected_headline(c: Context, org: Mention, p: Mention) -> bool:
    """A headline of two elections with no mark between them (王某当选某省人大主任田某当选某省省长): the
    post after the body is the one elected before it, not the title of the name after it."""
    return c.before(org, 3).endswith(_ELECTED_GAP) and c.text.startswith("当选", p.end)


def _union_of_the_congress(c: Context) -> Mention | None:
    """The union whose own congress is the report's event: its full name opens the event's name
    (某区网约车司机工会联合会成立大会, 某公司工会第五次会员代表大会), and the report names it on its own."""
    main = c.main_event
    if main is None:
        return None
    own = next((u for u in c.article.mentions if u.type in ("TradeUnion", "Federation") and u.start == main.start
                and u.end < main.end), None)
    if own is None or not named_outside_events(c.article.mentions, own.key):
        return None
    return own


def _body_of_the_clause_before(c: Context, p: Mention) -> Mention | None:
    """The body the clause right before ``p``'s elected to (某某当选为集团公司工会女职工委员会主任，|p当选为
    副主任): a body after 当选(为) and before a title that ends the clause, ``p`` opening the next."""
    text = c.text
    opens = max(text.rfind(mark, c.sentence.start, p.start) for mark in "，,；;")
    if opens < c.sentence.start:
        return None
    between = text[opens + 1 : p.start]  # (only the names listed with p: 钱某、孙某当选为副主任)
    for q in c.mentions:
        if q.type == "Person" and opens < q.start and q.end <= p.start:
            between = between.replace(q.name, "")
    if between.strip("、和及与 "):
        return None
    for o in reversed(c.mentions):
        if o.end > opens or not is_org(o):
            continue
        title = text[o.end : opens]
        if text.endswith(_ELECTED_GAP, c.sentence.start, o.start) and title and only_titles(title):
            return o
        return None
    return None


def _elected_to_union(c: Context, i: int) -> Iterator[Found]:
    """陆建平、钟晓红当选副主席 after a union's congress is reported: each person listed before 当选
    holds the post in the union (or federation) named last before them in the article."""
    p = c.mentions[i]
    m = _ELECTED.match(c.text, p.end, c.sentence.end)
    if m is None or not _is_post(m.group(2)):
        return  # 当选全国劳动模范 is an honour, not a post
    same = _body_of_the_clause_before(c, p) if not m.group(1) else None
    if same is not None:
        # A当选为某委员会主任，B当选为副主任: the post the clause before named the body of
        for q in {q.key: q for q in [*_elected_group(c, i), *listed_before(c, i)]}.values():
            yield q, "worksFor", same, "elected-to-the-same-body"
        return
    if _COMMITTEE_MEETS.search(c.sentence.text) and re.search(r"经费审查委员会|经审委员会|经审会", m.group()):
        return  # 经费审查委员会第一次会议上，A当选为主任: the committee, meeting as a body of its own, has A
    if m.group(2).endswith(_ASSOCIATION_POSTS) and not m.group(1):
        # A当选为会长, B、C当选为副会长: a post of the association named last before them
        bodies = [b for b in c.article.mentions if is_org(b) and b.end <= p.start and p.start - b.end <= _ELECTION_SPAN
                  and _ASSOCIATION.search(b.key) and not b.region_short]
        unions = {b.key for b in bodies if b.type in ("TradeUnion", "Federation")}
        if bodies and not (bodies[-1].key in unions and len({b.key for b in bodies}) > len(unions)):
            # (a 工会联合会 is a union, whose head is its 主席: after an association of another kind
            # named too, whose 会长 is meant is not said; 原县纺织厂工会主席A、原县供电公司职工B当选为
            # 副会长: each of the list, titles between)
            for q in {q.key: q for q in [*_elected_group(c, i), *listed_before(c, i)]}.values():
                yield q, "worksFor", bodies[-1], "elected-to-association-post"
        return
    unions = [u for u in c.article.mentions if u.type in ("TradeUnion", "Federation") and u.end <= p.start
              and p.start - u.end <= _ELECTION_SPAN and not u.region_short]
    if not unions:
        return
    kind = m.group(1)
    if kind and kind != "工会":
        unions = [u for u in unions if u.key.endswith(kind)]  # 当选联合工会主席: the 联合工会 named before
        if not unions:
            return
    union = unions[-1]
    own = _union_of_the_congress(c)
    # (a union's own congress reported elects that union's officers — unless the sentence names
    # another union before them: 同日，某分公司工会也召开了会员代表大会，韩某当选主席)
    if own is not None and any(u.key == own.key for u in unions) \
            and (union.key == own.key or union.start < c.sentence.start):
        union = own
    if kind == "工会" and union.type == "Federation":
        # 当选为工会主席 is a post of an enterprise's union, not of the 总工会 that guided its founding
        # (在某总工会指导下，公司启动建会…，A当选为工会主席): the trade union named last, or the one
        # whose congress is reported; none, and the post's body is not said
        trade = [u for u in unions if u.type == "TradeUnion"]
        if trade:
            union = trade[-1]
        elif own is not None and own.type == "TradeUnion":
            union = own
        else:
            return
    if union.start < c.sentence.start and _union_by_another_kind_before(c, p, union):
        return  # 选举产生了学校第二届工会委员会，A当选工会主席: that union's post, not the union named before
    for q in _elected_group(c, i):
        yield q, "worksFor", union, "elected-to-union-post"


#: the posts of an association (会长, 理事长), not of a union: 当选为会长 is the association's
_ASSOCIATION_POSTS = ("会长", "理事长")
#: the name of an association, by its head (退休职工协会, 职工技术协会, 企业家联合会)
_ASSOCIATION = re.compile(r"(?:协会|学会|商会|研究会|促进会|联合会|基金会|联谊会)$")


def _elected_group(c: Context, i: int) -> list[Mention]:
    """The person at ``i`` and those listed right before it with 、 or 和 (陆建平、钟晓红当选副主席)."""
    group = [c.mentions[i]]
    k = i - 1
    while k >= 0 and c.mentions[k].type == "Person" and c.gap(c.mentions[k], group[0]) in ("、", "和"):
        group.insert(0, c.mentions[k])
        k -= 1
    return group


#: a person, then 代表 and the body on whose behalf the person acts (同志 or 先生 between)
_ON_BEHALF = re.compile(r"(?:同志|先生|女士)?(?:也|还|首先|特别)?(?P<each>分别)?代表$")
#: what one does on a body's behalf: greets, speaks, signs, writes (向…致以, 讲话, 签署)
_ACTS_FOR = re.compile(r"[^。；！？]{0,40}?(?:向|对|致|讲话|发言|致辞|签署|签字|授予|宣布|表示|祝贺|拜年|慰问|作了?(?:题为|工作)?报告|作的|所作)")


@needs("Person", words="代表")
def speaks_for_body(c: Context) -> Iterator[Found]:
    """叶连松代表省委、省政府…慰问; 傅全有代表总参谋部对科恩来访表示欢迎: one who speaks or acts on
    a body's behalf holds an office in it. Only the first body of a list (江泽民代表中共中央、国务院:
    a leader speaks for the bodies of the state he does not all sit in), none when the list goes on to
    分别 (A、B代表甲、乙和丙分别发言: who speaks for which is not said); 林文漪、陈宜瑜分别代表北京市政府和
    中国科学院: each person for the body in the same place of the other list."""
    text = c.text
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or i + 1 >= len(ms) or not is_org(ms[i + 1]) or p.source == "byline":
            continue
        org = ms[i + 1]
        behalf = _ON_BEHALF.fullmatch(c.gap(p, org))
        if behalf is None or is_team(org):
            continue
        bodies = c.coordinated(org)
        after = text[bodies[-1].end : c.sentence.end]
        if not _ACTS_FOR.match(after) or re.match(r"[^，。；]{0,12}分别", after) and not behalf.group("each"):
            continue
        if behalf.group("each"):  # 林文漪、陈宜瑜分别代表A和B: respectively
            people = [*reversed(listed_before(c, i)), p]  # (北京市副市长林文漪、中国科学院副院长陈宜瑜)
            if len(people) == len(bodies):
                for q, body in zip(people, bodies):
                    yield q, "worksFor", body, "speaks-for-body"
            continue
        yield p, "worksFor", org, "speaks-for-body"


#: a mission a country keeps at a place, named by the place (我驻悉尼总领馆): 驻 opens its name
_MISSION_END = ("总领馆", "领事馆", "领馆", "办事处", "代表处", "记者站")


#: a wire's date right after its place (新华社联合国１月６日电（记者某）): the body before it is where the
#: report was filed, not the reporter's employer
_DATED_WIRE = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日电")


def _stationed_at(c: Context, org: Mention) -> bool:
    """Whether 驻 stands right before ``org``: a body one is posted to or accredited at, not one's
    employer (中国常驻联合国代表某, 本报驻联合国记者某, 驻车管所的纪检员某); but a mission named by its
    place is the body one works in (我驻悉尼总领馆某总领事)."""
    return c.before(org, 1) == "驻" and not org.key.endswith(_MISSION_END)


def _post_before_place_honour(c: Context, place: Mention, p: Mention) -> tuple[Mention, str] | None:
    """(body, post) for BODY + POST、PLACE + HONOUR + PERSON (某公司焊接一班班长、河北省技术能手田某,
    某厂车间主任、全省劳动模范某): the honour a place gives (only titles between the place and the
    person) does not break the chain; else None."""
    k = c.mentions.index(place)
    if k == 0 or not is_org(c.mentions[k - 1]) or _stationed_at(c, c.mentions[k - 1]):
        return None
    org = c.mentions[k - 1]
    lead, honour = c.gap(org, place), c.gap(place, p)
    if honour.startswith("籍"):
        honour = honour[1:]  # 公司工会主席、澳门籍员工某: one's native place, then what one is
    if not lead.endswith("、") or not honour or not only_titles(honour) or not title_then_person(lead[:-1]):
        return None
    return org, lead[:-1]


def _founder_post(titles: str) -> bool:
    """Whether a chain of titles (创始人、董事长兼首席执行官) holds a post of founding the body
    (``lexicons/founder_posts.txt``)."""
    if "创" not in titles:
        return False  # (every post of founding holds 创; most chains hold none)
    posts = load_lexicons().words.get("founder_posts", frozenset())
    return any(t in posts for t in re.split(r"[、兼和及]", titles.removeprefix("的")))


def works_for(c: Context) -> Iterator[Found]:
    if "Person" not in c.kinds:  # (every post below is a person's named here; a studio's head
        yield from _studios_of_their_heads(c)  # may be named elsewhere in the article)
        return
    yield from appointed(c)
    yield from _appositions(c)
    yield from _studios_of_their_heads(c)
    yield from _posts_of_the_union(c)
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        prev = next((m for m in reversed(ms[:i]) if not c.in_paren(m, p)), None) if i > 0 else None
        if prev is not None and prev.type == "Place" and (held := _post_before_place_honour(c, prev, p)) is not None:
            # 某公司焊接一班班长、河北省技术能手田某: an honour of a place closes the chain of titles; the
            # post before it is held in the body before that
            org, title = held
            for q in listed_persons(c, i, joiners=("、",)):
                yield q, _post(org, title), org, "org-role-person"
                if org.body is not None and org.key.endswith("班") and _post(org, title) == "worksFor":
                    yield q, "worksFor", org.body, "crew-post-unit"  # (as below: the crew's unit too)
                for earlier, earlier_title in _title_chain(c, org):
                    yield q, _post(earlier, earlier_title), earlier, "title-chain"
            continue
        if prev is not None and is_org(prev) and not _stationed_at(c, prev):
            org = prev
            gap = c.gap(org, p)
            if c.before(org, 2).endswith("来自") and _FROM_GAP.match(gap):
                yield p, "worksFor", org, "from-org-person"  # 来自ORG的电客车司机、今年31岁的何静怡
            elif _WORKER_GAP.match(gap) and not is_team(org):
                for q in listed_persons(c, i, joiners=("、", "和", "与")):
                    yield q, "worksFor", org, "org-worker-person"
                # 某区代表队队长、某厂工人某: the bodies of the titles before the job, each with its title
                for earlier, title in _title_chain(c, org):
                    yield p, _post(earlier, title), earlier, "title-chain"
            elif c.before(org, 1) == "从" and _LEFT_GAP.match(gap):
                yield p, "worksFor", org, "left-org-person"
            elif c.before(org, 2).endswith(_HOLDS_BEFORE) and gap.endswith("的") and only_titles(gap[:-1]):
                yield p, _post(org, gap[:-1]), org, "holds-post-person"
            elif c.before(org, 2).endswith(_HOLDS_BEFORE) and (held := _HELD_WHEN.fullmatch(gap)) \
                    and (only_titles(held.group(1)) or held.group(1) in ("领导", "负责人", "主要领导")):
                yield p, _post(org, held.group(1)), org, "held-post-when-person"  # 早在担任某局领导时，李某就…
            elif gap.strip(" \u3000") == "" and (signed := _signature(c, i, org)):
                for q in signed:  # （南岭银行海河支行赵立新钱国华）: a signature, the writers and their body
                    yield q, "worksFor", org, "signature-org-persons"
            elif gap.strip(" \u3000") == "" and _employer(org) and (entry := _list_entry(c, i, org, gap)):
                for q in entry:  # 完成人：某有限公司 左晓峰。 2. 某医院心内科 王芳: a list's entry, the body's people
                    yield q, "worksFor", org, "list-entry-org-persons"
            elif not gap and _title_after(c, p):
                yield p, _post(org, _title_after(c, p)), org, "org-person-title"  # 民航总局陈立局长
            elif not gap and org.type in ("Company", "Organization") and _ADJACENT_DOER.match(c.text, p.end) \
                    and c.before(org, 1) not in ("在", "向", "给", "对", "到", "与", "和", "同"):
                # 北京当代复合材料有限公司许占奎已研制出…: the body's person, as a byline of deeds reads
                yield p, "worksFor", org, "org-person-adjacent"
            elif not gap and _employer(org) \
                    and c.before(org, 1) not in ("在", "向", "给", "对", "到", "与", "和", "同", "从", "把", "被") \
                    and _ADJACENT_SPEAKER.match(c.text, listed_persons(c, i, joiners=("、", "和"))[-1].end):
                # 南京大学洪银兴认为; 山东农业大学李晴祺、包文翊等专家: a scholar named with the body, then his view
                for q in listed_persons(c, i, joiners=("、", "和")):
                    yield q, "worksFor", org, "org-person-speaks"
            elif not gap and _employer(org) and _paired_with_bodies(c, i):
                # 海河理工学院王立新、南岭医学院赵强等25名教师: each name after its own body, in a list
                yield p, "worksFor", org, "org-person-pairs"
            elif not gap and _employer(org) and _signature_line(c, i, org):
                # 深圳机场集团公司吴建飞 on a line of its own (an article's signature): the writer and the body
                for q in _signature_line(c, i, org):
                    yield q, "worksFor", org, "signature-line-org-persons"
            elif not gap and org.type == "Organization" and org.key.endswith("队") and is_team(org) \
                    and not c.before(org, 2).endswith(("在", "向", "给", "对", "到", "与", "和", "同", "从", "把", "被", "胜", "负", "败", "对阵", "迎战")):
                # 中国队饶琅和李荣娟获亚军, 澳大利亚队科利姆以…夺冠: the team's players, named after it
                for q in listed_persons(c, i, joiners=("、", "和", "与")):
                    yield q, "memberOf", org, "team-person"
            elif gap in ("，", ",") and (took := _TAKES_POST_AFTER.match(c.text, p.end, c.sentence.end)) \
                    and only_titles(took.group("title")):
                # 成立了中共太岳特委，安子文同志任书记: the body that ends the clause, the post taken in it
                yield p, _post(org, took.group("title")), org, "org-then-person-takes-post"
            elif len(gap) > 1 and gap.endswith("的") and only_titles(gap[:-1]) and _employer(org) \
                    and c.before(org, 1) not in ("向", "给", "对", "与", "和", "同", "把", "被"):
                # 现为上海音乐学院教授的周小燕, 身兼某艺术团团长的曾某: the title is the person's
                yield p, _post(org, gap[:-1]), org, "org-title-de-person"
            elif gap == "的" and org.type != "ServiceTeam" and not is_team(org):
                # 华峰化工有限公司的刘大隆说: the body's own person (both real-text gold sets read so)
                for q in listed_persons(c, i, joiners=("、", "和", "与")):
                    yield q, "worksFor", org, "org-de-person"
            elif gap == "的" and org.type == "Organization" and org.key.endswith("队") and is_team(org):
                # 辽宁队的吴庆龙、北京队的闵鹿蕾; 美国队的戴肯和汤普森: the players of a team
                for q in listed_persons(c, i, joiners=("、", "和", "与")):
                    yield q, "memberOf", org, "team-de-person"
            elif gap == "长" and c.text[org.end - 1 : org.end + 1] in ("部长", "局长", "厅长"):
                # 国防部长迟浩田: the dictionary glued the ministry to its head's title
                yield p, "worksFor", org, "org-role-person"
                for earlier, title in _title_chain(c, org):  # 中央军委副主席、国务委员兼国防部长
                    yield p, _post(earlier, title), earlier, "title-chain"
            elif len(gap) > 1 and gap.startswith("的") and (org.type in _JOINED_TYPES or is_team(org)) \
                    and _JOINS_THE_BODY.search(c.before(org, 4)) and title_then_person(gap) and _post(org, gap) == "worksFor":
                # 刚加入某联合工会的快递员某: a new member of the body, whose job is elsewhere
                for q in listed_persons(c, i, joiners=("、", "和", "与")):
                    yield q, "memberOf", org, "joiner-de-person"
            elif gap and title_then_person(gap) and not gap.endswith(_STUDENTS) and not _elected_headline(c, org, p) \
                    and not _DATED_WIRE.match(gap):
                # (天津大学研究生王建林: a student neither works for the university nor holds an office)
                # 新华社通讯员某: a correspondent writes for the agency, is no staff of it
                staff = not (gap.endswith(_CORRESPONDENT) and org.key.endswith(_NEWS_BODY_ENDS))
                rel = _post(org, gap)
                # 中共中央政治局委员迟浩田、罗干、贾庆林: the title covers the whole list of names (a
                # reporter's byline prints them without a separator: 新华社记者贾永黄秋生)
                joiners = ("、", "", " ", "\u3000") if gap.endswith(_REPORTER_TITLE) else ("、",)
                founder = _founder_post(gap)
                for q in listed_persons(c, i, joiners=joiners):
                    if staff:  # (a correspondent's other posts, before his agency's, stay: title-chain)
                        yield q, rel, org, "org-role-person"
                        if founder:  # 公司创始人、董事长某: the guideline's founded, beside the post held
                            yield q, "founded", org, "founder-post-person"
                        # 公司党委书记、董事长某: the posts after the committee's are the body's it is of
                        if (owner := _owner_of_committee(c, org, gap)) is not None:
                            yield q, "worksFor", owner, "committee-then-body-post"
                        if org.body is not None and org.key.endswith("班") and rel == "worksFor":
                            # 某分公司检修一班班长某: a crew's leader works in the unit the crew is of
                            yield q, "worksFor", org.body, "crew-post-unit"
                    # 区人大常委会副主任、区总工会主席王立新: each body of the title chain
                    for earlier, title in _title_chain(c, org):
                        yield q, _post(earlier, title), earlier, "title-chain"
                # 海河机床厂厂长赵立新和副厂长钱国华: further posts of the same body, each with its name
                for q, title in _more_posts(c, listed_persons(c, i)[-1], gap, team=is_team(org)) if staff else ():
                    yield q, _post(org, title), org, "org-role-persons"
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.type == "Place" and nxt.body is not None and is_org(nxt.body) \
                and _AT_ORG.match(c.gap(p, nxt)) and c.text.startswith(nxt.body.name, nxt.start):
            # 此前在某物流有限公司仓库做搬运工: a site of a company read as one Place with the company
            # written first (enterprise_units' facility); the job and the work are the company's
            after = c.after(nxt, 12)
            if starts(after, "work") and not _WORK_MEETING.match(after):
                yield p, "worksFor", nxt.body, "person-at-org-works"
            elif (post := _SERVES_AS.match(after)) and only_titles(post.group(1)):
                yield p, _post(nxt.body, post.group(1)), nxt.body, "person-at-org-serves"
        if nxt is None or not is_org(nxt):
            yield from _elected_to_union(c, i)
            continue
        if _ELECTED.match(c.text, p.end, nxt.start) and re.search(r"[，。；]", c.gap(p, nxt)):
            # 唐某当选联合工会主席，某公司快递员于某…: the next body is another clause's
            yield from _elected_to_union(c, i)
            continue
        # (以美国前国防部长威廉·佩里为团长的: a country and a former post may stand between 以 and the name)
        if (headed := _HEADED_BY.fullmatch(c.gap(p, nxt))) and re.search(r"以[\u4e00-\u9fff]{0,10}$", c.before(p, 12)):
            # 以副主席赵立新为团长的南岭市职工代表团: the person heads the body named after 的
            title = headed.group(1)
            # the head of a delegation or a team goes with it (memberOf, as 率…代表团); of a body, holds its post
            delegation = is_team(nxt) or nxt.key.endswith(_DELEGATION)
            yield p, "memberOf" if delegation else _post(nxt, title if title != "首" else "负责人"), nxt, "headed-by-person"
            if delegation and (sent := _delegation_sender(c, p, nxt)) is not None:
                yield p, _post(sent[0], sent[1]), sent[0], "title-in-sender-of-delegation"
            continue
        if c.text[p.end : nxt.start] in ("（", "("):
            post = _PAREN_TITLE.match(c.text, nxt.end, c.sentence.end)
            if post and only_titles(post.group(1)):
                yield p, _post(nxt, post.group(1)), nxt, "person-paren-org-title"  # 张庆（李宁体育用品公司公关经理）
            elif c.text[nxt.end : nxt.end + 2] in ("）：", "）:", "):") and not is_team(nxt):
                # 曹藏虎（甘肃省畜牧局）：… a forum speaker's body (not 赵立新（海河机床厂）说: the
                # bracket there may say no more than where the report found him)
                yield p, "worksFor", nxt, "person-paren-org"
            elif (first := _FIRST_PAREN_TITLE.match(c.text, nxt.end, c.sentence.end)) and only_titles(first.group(1)):
                yield p, _post(nxt, first.group(1)), nxt, "person-paren-org-title"  # 杨某（中央电视台台长、…总监制）
            elif (first := _PAREN_TITLE_THEN_MORE.match(c.text, nxt.end, c.sentence.end)) and only_titles(first.group(1)):
                yield p, _post(nxt, first.group(1)), nxt, "person-paren-org-title"  # 王某（某公司包装工，子女就学困难）
            elif not is_team(nxt) and _in_bracketed_list(c, p, nxt) and not _students_listed(c, p):
                # 肖某（某电子公司）、罗某（某纺织公司）: a list of people, each with the body they come from
                # (not 获奖学生名单：张某（某大学）、…: a student's school employs no one)
                yield p, "worksFor", nxt, "person-paren-org-list"
            continue
        org = nxt
        gap = c.gap(p, org)
        k = _unit_of_run(ms, i + 1)  # 开滦矿务局唐家庄矿: the person is at the unit
        org = ms[k]
        after = c.after(org, 12)
        if _column_entry(c, p, gap, org):
            # 赵强　海河钢铁集团有限公司焊工: one line of a name list; the unit and the body it is
            # written in both employ the person (南岭医院重症医学科护士长)
            for unit in {ms[i + 1].key: ms[i + 1], org.key: org}.values():
                yield p, "worksFor", unit, "column-list-person-org"
            continue
        # 她叫田金芳，是唐山市棉纺厂的工人: the name, a comma, then what the named one is
        is_gap = _IS_GAP.match(gap) or (gap[:1] in "，," and gap[1:2] and _IS_GAP.match(gap[1:])
                                        and (c.before(p, 2).endswith("叫") or c.is_subject(p)
                                             or _AGE_LEAD.fullmatch(c.text, c.clause_of(p)[0], p.start)))
        if gap in _ADDED_TO:
            # 甲公司工会主席A、乙集团工会主席B增补为省总工会第十五届委员会委员: a seat on the body's
            # committee is an office in the body, for each of the list elected
            title = re.match(r"[\u4e00-\u9fff]{1,9}", after)
            if title and only_titles(title.group()):
                for q in [*listed_before(c, i), p]:
                    yield q, _post(org, title.group()), org, "added-to-body-post"
        elif gap in (*_ELECTED_GAP, "出任") or _HOLDS_AFTER.fullmatch(gap):
            title = re.match(r"[\u4e00-\u9fff]{1,9}", after) if gap in (*_ELECTED_GAP, "担任", "出任", "任") else None
            if title and only_titles(title.group()):
                yield p, _post(org, title.group()), org, "person-elected-to-post"
            elif (run := _TITLE_RUN.match(after)) and only_titles(run.group()):
                # 何长工原任地质部副部长, 后任…顾问, 现任…厂长兼书记: a post held in the body (former posts count)
                yield p, _post(org, run.group()), org, "person-held-post-in-org"
        elif _APPOSED_POST.fullmatch(gap) and c.is_subject(p) and (run := _TITLE_RUN.match(after)) \
                and only_titles(run.group()) and re.match(r"[，。；,;]", after[run.end() :] or "。"):
            # 赵立新，原砀山县委书记，现任宿州市委副书记: a post set beside the name (former posts count)
            yield p, _post(org, run.group()), org, "person-apposed-post-in-org"
        elif _AT_ORG.match(gap) and starts(after, "work") and not _WORK_MEETING.match(after):
            yield p, "worksFor", org, "person-at-org-works"
        elif _AT_ORG.match(gap) and (post := _SERVES_AS.match(after)) and only_titles(post.group(1)):
            yield p, _post(org, post.group(1)), org, "person-at-org-serves"
        elif is_gap and starts(after.lstrip("的"), "member_noun"):
            office = after.lstrip("的").startswith(("委员", "常委", "理事"))  # a seat on a body is an office
            yield p, "worksFor" if office else "memberOf", org, "person-is-member"
        elif is_gap and _WORKER_NOUN.match(after):
            yield p, "worksFor", org, "person-is-worker-of-org"  # 余某，是林东矿务局蔡冲煤矿工人
        elif is_gap:
            # (是…炼铁厂4号高炉炉长: a numbered unit may open the title)
            title = re.match(r"^的?(?:一名|一位)?((?:[0-9０-９]{1,3}号)?[\u4e00-\u9fff]{2,9}?)[，。；、]", after + "。")
            if title and only_titles(title.group(1)):
                yield p, _post(org, title.group(1)), org, "person-is-title-of-org"  # 是华泰建工集团有限公司的钢筋班组长
                # 是海河农机学会理事长、海河女科协副理事长: each body of the run, with its title
                for nxt_org, post in _posts_after(c, k, len(title.group(1))):
                    yield p, _post(nxt_org, post), nxt_org, "person-is-titles-of-orgs"
        elif _EMPLOYED.search(gap) and not re.search(r"[。；]", gap) and len(gap) <= 20 and (
                not re.search(r"[，,]", gap) or (c.is_subject(p) and _EMPLOYED.fullmatch(re.split(r"[，,]", gap)[-1]))):
            # 季立教授是著名学者，执教于北京大学: the subject goes on across the comma
            yield p, "worksFor", org, "person-employed-by-org"
        elif gap == "从" and _LEFT_AFTER.match(after):
            yield p, "worksFor", org, "person-left-org"
        elif _BELONGS_GAP.match(gap):
            yield p, "memberOf" if is_team(org) else "worksFor", org, "person-belongs-to-org"
        elif AS_TITLE_OF.fullmatch(gap) and (title := _TITLE_THEN_ACTS.match(after)) and only_titles(title.group(1)):
            # 她还作为吴忠市代表队队员参加了…, 以某公司工会主席身份出席: the title held in the body
            yield p, _post(org, title.group(1)), org, "person-as-org-title"
        elif _JOINED.match(gap):
            yield p, "memberOf", org, "person-joins-org"  # 第一个扫码加入联合工会
        elif _JOINED_LATER.fullmatch(gap.split("，")[-1]) and c.is_subject(p) and len(gap) <= 24 \
                and not re.search(r"[。；：]", gap) and not any(m.start > p.end and m.end <= org.start for m in ms) \
                and not _TELLS_OR_URGES.match(gap.lstrip("也还又曾都")) and not after.startswith("的"):
            # 陈某开网约车已经5年，去年加入了某工会联合会: the sentence's subject goes on across the comma
            yield p, "memberOf", org, "person-joins-org"
        elif _TAKES_PART.match(gap) and org.key.endswith(_JOINABLE) and not after.startswith(("的", "组织", "举办", "主办")):
            yield p, "memberOf", org, "person-takes-part-in-body"  # 她还参加了海河女劳模合唱团
        elif _LEADS.match(gap) and org.name.endswith(_DELEGATION) and not after.startswith("的"):
            # (the name, not the key: 市总工会代表团 of no known sender is keyed to its article)
            yield p, "memberOf", org, "person-leads-delegation"  # 赵立新率南岭市职工代表团访问海河
        elif _LED_BY.match(gap) and org.key.endswith(_DELEGATION) and re.search(r"[由以]", c.before(p, 16)):
            # (以州长赵立新率领的南岭州代表团 too)
            yield p, "memberOf", org, "person-leads-delegation"  # 由审计署审计长赵立新率领的中国审计代表团


#: what follows the body on a name-list line: a job or a post, to the line's end (焊工, 客户经理)
#: what may follow the body on a column line: a job or post, and then or instead a column of the
#: sum the person received (何某　某分公司　1500元: a list of those an aid campaign helped)
_COLUMN_POST = re.compile(r"[\u4e00-\u9fff]{1,10}|[\u4e00-\u9fff]{0,10}(?:\u3000+|[ \t]{2,})[0-9０-９][0-9０-９.．,，]*万?元\s*")


def _column_entry(c: Context, p: Mention, gap: str, org: Mention) -> bool:
    """A line of a name list set in columns: the name opens the line, an ideographic space (or
    two spaces) stands before the body, and only a job or post follows it to the line's end."""
    post = _COLUMN_POST.fullmatch(c.text, org.end, c.sentence.end)
    if post is not None and "元" in post.group() and (org.name.endswith(_school_kinds()) or _students_head_the_list(c)):
        return False  # (王某　某中学　2000元 below 受资助学生如下：: an aided student, no one's employee)
    return (p.start == c.sentence.start and gap != "" and gap.strip(" \u3000") == ""
            and ("\u3000" in gap or len(gap) >= 2) and not is_team(org) and post is not None)


@functools.lru_cache(maxsize=1)
def _school_kinds() -> tuple[str, ...]:
    """The kinds of school (``institution_kinds.txt`` but its hospitals: 中学, 大学, 职业技术学院)."""
    return tuple(sorted(k for k in load_lexicons().words.get("institution_kinds", frozenset()) if not k.endswith("医院")))


#: a header's word for students (受资助学生如下：; not 受助职工名单如下：, a list of workers)
_STUDENTS_HEADER = re.compile(r"学生|新生|学子")


def _students_head_the_list(c: Context) -> bool:
    """Whether the column list the sentence's line stands in (blank lines between) is headed by a
    line with a word for students."""
    at = c.text.rfind("\n", 0, c.sentence.start)
    for _ in range(40):  # (up over the list's lines to the line that opens it)
        if at <= 0:
            return False
        start = c.text.rfind("\n", 0, at) + 1
        line = c.text[start:at]
        if line.rstrip().endswith(("：", ":")):
            return _STUDENTS_HEADER.search(line) is not None
        at = start - 1
    return False


def _employer(org: Mention) -> bool:
    """Whether ``org`` is a body people work for: a company or an organisation, no team (a team's
    people are its members)."""
    return org.type in ("Company", "Organization") and not is_team(org)


#: after a name that follows a body and a comma: the post the person takes in it (同志任书记, 担任所长)
_TAKES_POST_AFTER = re.compile(r"(?:同志)?(?:任|担任|出任)(?P<title>[\u4e00-\u9fff]{1,8}?)(?=[，。；、,]|$)")


#: what may stand before the first body of a list of (body, person) pairs: not a preposition
#: or a verb that makes the body an object (在某公司王某家, 向某厂王某学习)
_PAIR_LIST_BLOCKERS = ("在", "向", "给", "对", "到", "与", "和", "同", "从", "把", "被", "为", "替")


def _paired_with_bodies(c: Context, i: int) -> bool:
    """Whether the person at ``i``, named right after a body, stands in a list of two or more such
    (body, person) pairs joined by 、 (海河理工学院王立新、南岭医学院赵强等): each body is its
    person's. Every body of the list must be a company or an organisation (not a team) and the
    first must not be the object of a preposition."""
    ms = c.mentions

    def pair_at(k: int) -> bool:  # ms[k] a body and ms[k + 1] its person, adjacent
        return 0 <= k and k + 1 < len(ms) and _employer(ms[k]) \
            and ms[k + 1].type == "Person" and c.gap(ms[k], ms[k + 1]) == ""

    first = i - 1
    while pair_at(first - 2) and c.gap(ms[first - 1], ms[first]) == "、":
        first -= 2
    last = i - 1
    while pair_at(last + 2) and c.gap(ms[last + 1], ms[last + 2]) == "、":
        last += 2
    if last == first:
        return False
    return c.before(ms[first], 1) not in _PAIR_LIST_BLOCKERS


#: a transfer or an assignment to a body (调到, 调入, 分配到): the body the person then works for
_MOVED_TO = re.compile(r"(?:调到|调入|调往|调至|调进|调回|借调到|分配到|分配至|分配进|分到)了?$")
#: going to a body, then working there (回到上海音专任教, 进入某厂工作): the verb before, the work after
_WENT_TO = re.compile(r"(?:回到|来到|进入|进了|到)了?$")
_WORKS_THERE = re.compile(r"(?:工作|任教|任职|上班|当工人|做工)")
#: between the person and the verb: no other clause's doer, nothing moved by 将/把 (把资金调入某会账户)
_MOVE_GAP = re.compile(r"[^，。；：:“”将把]{0,24}")


#: the heads of a unit's kind that may open a title chain bare (工作站, 调解室)
_UNIT_KIND_HEAD = r"(?:工作站|服务站|调解室|工作室|驿站|中心)"
#: a title chain that opens with a bare kind of unit and its post, then 、 (工作站值班律师、某律师事务所
#: 律师某某): the kind ends with a unit's head
_KIND_POST_OPENS_CHAIN = re.compile(r"(?P<kind>[\u4e00-\u9fff]{0,6}?" + _UNIT_KIND_HEAD + r")(?P<post>[\u4e00-\u9fff]{1,6})、")


@needs("Person", "org", words=re.compile(_UNIT_KIND_HEAD + r"[\u4e00-\u9fff]{1,6}、"))
def unit_kind_opens_a_chain(c: Context) -> Iterator[Found]:
    """工作站值班律师、某律师事务所律师魏某: the bare kind opening the person's title chain is the one
    unit of that kind the article names before (某区总工会职工法律援助工作站), and the person works
    there too (``unit-kind-opens-chain``); two such units named, or none, and nothing is read."""
    for p in c.mentions:
        if p.type != "Person":
            continue
        start = c.clause_of(p)[0]
        chain = _KIND_POST_OPENS_CHAIN.match(c.text, start, p.start)
        if chain is None or not only_titles(chain.group("post")):
            continue
        rest_at = chain.end()
        if any(m.start < rest_at and m.end > start for m in c.mentions if m is not p):
            continue  # (the kind is part of a name written there: no bare kind)
        if not title_then_person(_strip_bodies(c, rest_at, p)):
            continue
        kind = chain.group("kind")
        named = {m.key: m for m in c.article.mentions if is_org(m) and m.end <= c.sentence.start
                 and m.key.endswith(kind) and len(m.key) > len(kind) and not m.reference}
        if len(named) == 1:
            yield p, "worksFor", next(iter(named.values())), "unit-kind-opens-chain"


def _strip_bodies(c: Context, start: int, p: Mention) -> str:
    """The words from ``start`` to person ``p`` with the bodies named there left out (某律师事务所律师 → 律师)."""
    out, at = [], start
    for m in c.mentions:
        if m.start < start or m.start >= p.start:
            continue
        if not is_org(m):
            return "，"  # (another person or a place between: no title chain)
        out.append(c.text[at : m.start])
        at = m.end
    out.append(c.text[at : p.start])
    return "".join(out)


#: a bracketed note on a person that opens with a relative (王某（父亲王某某，…）: a student aided for
#: the family's sake, the relative's work written after the name)
_RELATIVE_OPENS_NOTE = re.compile(r"[（(](?:父亲|母亲|丈夫|妻子|爱人)$")
#: the relative's body, then a job to the bracket's close (，某公司职工）)
_JOB_CLOSES_NOTE = re.compile(r"([\u4e00-\u9fff]{1,8})[）)]")


@needs("Person", "org", words=re.compile(r"[（(](?:父亲|母亲|丈夫|妻子|爱人)"))
def relative_in_a_note(c: Context) -> Iterator[Found]:
    """王某（父亲王某某，某公司职工）: the relative named in a person's note works for the body and
    job written after the name (``relative-in-a-note``)."""
    ms = c.mentions
    for i, p in enumerate(ms[:-1]):
        org = ms[i + 1]
        if p.type != "Person" or not is_org(org) or is_team(org) or c.gap(p, org) not in ("，", ",") \
                or not _RELATIVE_OPENS_NOTE.search(c.text, max(0, p.start - 3), p.start):
            continue
        job = _JOB_CLOSES_NOTE.match(c.text, org.end, c.sentence.end)
        if job and only_titles(job.group(1)):
            yield p, _post(org, job.group(1)), org, "relative-in-a-note"


@needs("Person", "org", words=re.compile(r"调|分配|分到|到|进入|进了"))
def moved_to_work_unit(c: Context) -> Iterator[Found]:
    """石某调到大连电视台; 曾某被分配到日照市交通局工作; 周某回到上海国立音专任教: the body a person
    is transferred or assigned to, or goes to work in, employs them (from 由/从 another body: that one
    is left, not said to employ them now)."""
    ms, text = c.mentions, c.text
    for k, org in enumerate(ms):
        if not is_org(org) or is_team(org):
            continue
        lead = text[max(c.sentence.start, org.start - 4) : org.start]
        moved = _MOVED_TO.search(lead)
        if moved is None and not (_WENT_TO.search(lead) and _WORKS_THERE.match(text, org.end)):
            continue
        verb = org.start - len((moved or _WENT_TO.search(lead)).group())
        p = next((m for m in reversed(ms[:k]) if m.end <= verb and m.type == "Person"), None)
        if p is None:
            continue
        between = [m for m in ms[ms.index(p) + 1 : k] if m.start < verb]
        # (a body left, after 由/从, and places may stand between: 由凭祥市财政局调到, 从延安调到)
        if any(m.type == "Person" or is_org(m) and c.before(m, 1) not in ("由", "从") for m in between):
            continue
        gap = text[p.end : verb]
        for m in between:
            gap = gap.replace(m.text, "")
        if _MOVE_GAP.fullmatch(gap):
            yield p, "worksFor", org, "moved-to-work-unit"


#: a profile's field of work (工作单位：贵州省…小学): the line names the body of the person profiled
_WORK_UNIT_FIELD = re.compile(r"(?:工作单位|所在单位|单位)[：:]?\s*")


def profile_work_unit(c: Context) -> Iterator[Found]:
    """工作单位：ORG on a line of its own, in a profile whose headline names one person: that person
    works for the body (a form of model-worker profiles and name lists)."""
    text = c.text
    line_start = text.rfind("\n", 0, c.sentence.start + 1) + 1
    field = _WORK_UNIT_FIELD.match(text, line_start)
    if field is None or field.start() < c.sentence.start - 1:
        return
    # the first body of the line; a place may open it (贵州省松桃县|格老村完全小学), nothing else
    org = next((m for m in c.mentions if m.start >= field.end() and m.type != "Place"), None)
    if org is None or not is_org(org) or re.search(r"[，。；、\n]", text[field.end() : org.start]):
        return
    k = c.mentions.index(org)  # a body and its unit (上海西部企业集团|中山物业有限公司): the unit
    while k + 1 < len(c.mentions) and is_org(c.mentions[k + 1]) and c.mentions[k + 1].start == c.mentions[k].end:
        k += 1
    org = c.mentions[k]
    people = {m.key: m for m in c.article.mentions if m.type == "Person" and m.start < c.article.body_start}
    if len(people) == 1:
        yield next(iter(people.values())), "worksFor", org, "profile-work-unit"


def _signature(c: Context, i: int, org) -> list:  # type: ignore[no-untyped-def]
    """The persons of a bracketed signature ``（ORG NAME NAME…）`` — the body opens the bracket and
    the names, nothing but spaces or 、 between them, close it — or [] when person ``i`` is not in
    one. A body written after other names (（中国人民银行江西金溪县支行…）) is left alone: the
    signature's body is then the whole run, which is no one mention."""
    ms = c.mentions
    if org.start == 0 or c.text[org.start - 1] not in "（(":
        return []
    group = [ms[i]]
    j = i + 1
    while j < len(ms) and ms[j].type == "Person" and c.gap(group[-1], ms[j]).strip(" \u3000、") == "":
        group.append(ms[j])
        j += 1
    return group if c.text[group[-1].end : group[-1].end + 1] in ("）", ")") else []


#: what opens a list's entry before its body: a header's colon or the entry before's 、 or ；, or the
#: line's start with its number (2. , ３、); never a byline's 文/图 or a sentence's words
_ENTRY_OPENS = re.compile(r"(?:[：:；;、]|(?:^|\n)[ \u3000]*(?:[0-9０-９]{1,3}[.．、][ \u3000]*)?)$")
#: what closes a list's entry after its people: the entry's or the line's end
_ENTRY_CLOSES = ("；", ";", "。", "\n", "、", "")


def _list_entry(c: Context, i: int, org: Mention, gap: str) -> list[Mention]:
    """The persons of a list's entry ``ORG NAME(、NAME)``, the body and its people apart by a space
    (完成人：某有限公司 左晓峰。, 先进个人：某医院心内科 王芳；…), or [] when person ``i`` is not in one."""
    if not gap or "\n" in gap or len(gap) > 2 and "\u3000" not in gap:
        return []
    text = c.text
    if _ENTRY_OPENS.search(text, max(0, org.start - 8), org.start) is None:
        return []
    group = listed_persons(c, i)
    return group if text[group[-1].end : group[-1].end + 1] in _ENTRY_CLOSES else []


def _signature_line(c: Context, i: int, org) -> list:  # type: ignore[no-untyped-def]
    """The persons of a signature line ``ORG NAME(、NAME)``, a line of its own (华南师范大学吴颖民麦志强),
    or [] when person ``i`` ends no such line."""
    text = c.text
    line_start = text.rfind("\n", 0, org.start) + 1
    if text[line_start : org.start].strip(" \u3000"):
        return []
    ms = c.mentions
    group = [ms[i]]
    j = i + 1
    while j < len(ms) and ms[j].type == "Person" and c.gap(group[-1], ms[j]).strip(" \u3000、") == "":
        group.append(ms[j])
        j += 1
    line_end = text.find("\n", group[-1].end)
    rest = text[group[-1].end : line_end if line_end >= 0 else len(text)]
    return group if rest.strip(" \u3000") == "" else []


#: posts inside any body, that a list of its people may go on with (厂长赵立新、党委书记钱国华)
_INNER_ROLES = ("党委书记", "党委副书记", "党组书记", "工会主席", "总工程师", "总会计师", "总经济师", "纪委书记")
_MORE_JOINER = re.compile(r"^(?:、|和|及|与|，|,)")
#: what a deputy's or an honorary title adds to the post it shares (副主席, 名誉会长 of 主席, 会长)
_RANK_PREFIX = re.compile(r"^(?:副|常务副|常务|名誉|荣誉|名誉副)")


def _bare_post_of_any_body(title: str) -> bool:
    """A post every body of its kind has, written bare (总裁, 秘书长, 副局长, 国务委员): one of the
    body named before, in a list of posts after it (银行会长甲和总裁乙). Not a post naming its own
    body (省长 after 省委书记某, ``lexicons/own_body_posts.txt``), nor one with a unit before it
    (旅游部长: another ministry), nor an occupation (教授, 记者)."""
    lex = load_lexicons()
    post = _RANK_PREFIX.sub("", re.sub(r"^(?:原|前)", "", title))
    if post.startswith(_scope_openers()):
        return False  # 国家副主席, 全国政协主席, 市委书记: the scope or level names the post's own body
    return lex.roles.get(post) == "leader" and lex.roles.get(title.lstrip("原前")) == "leader" \
        and post not in lex.words["own_body_posts"]


@functools.cache
def _scope_openers() -> tuple[str, ...]:
    """The words of scope and level that open a post naming its own body (国家, 全国, 市委), as a
    tuple for ``str.startswith``: made once."""
    return tuple(scope_words("country", "division", "world", "organ", "nation", "level", "town", "autonomous",
                             "banner"))


def _more_posts(c: Context, last, first_title: str, team: bool = False) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """(person, title) for each ``、title NAME`` (or 和/及/与) after ``last`` whose title is a
    post of the same body: the first title's deputy or fellow (厂长 → 副厂长, 主席 → 副主席) or a post
    every body has (党委书记, 工会主席), or any bare post of a leader (银行会长甲和总裁乙, 国务院副总理甲、
    国务委员乙: one relation per body in a title chain, the guideline's worksFor). 市长 after 厂长赵立新、 is another body's post: the list stops.
    After a ``team``, a player's position (``team_player_words.txt``: 某代表队主攻手甲、二传手乙) is one too."""
    players = load_lexicons().words.get("team_player_words", frozenset()) if team else frozenset()
    ms = c.mentions
    j = ms.index(last)
    any_post = any(is_org(m) for m in ms[:j])  # (a body named before the list: a bare post may be its)
    # each post of the first title chain (总经理、党委副书记): a deputy of any of them is a fellow
    bases = {_RANK_PREFIX.sub("", t) for t in re.split(r"[、兼]", first_title) if t}
    title = ""
    while j + 1 < len(ms) and ms[j + 1].type == "Person":
        gap = c.gap(ms[j], ms[j + 1])
        if title and gap in ("、", "和"):
            yield ms[j + 1], title  # 副主席李红、赵明: the title covers the list after it
            j += 1
            continue
        joiner = _MORE_JOINER.match(gap)
        title = gap[joiner.end():] if joiner else ""
        if not title or not only_titles(title):
            return
        if _RANK_PREFIX.sub("", title) not in bases and title not in _INNER_ROLES \
                and not (any_post and _bare_post_of_any_body(title)) and title not in players:
            return
        yield ms[j + 1], title
        j += 1


def _posts_after(c: Context, k: int, title_len: int) -> Iterator[tuple]:  # type: ignore[no-untyped-def]
    """The bodies named after org ``k`` and its title (``title_len`` characters, after an optional
    的/一名) in a run ``、ORG title`` or ``，还是 ORG title``, each with its title."""
    ms = c.mentions
    prev = ms[k]
    lead = re.match(r"的?(?:一名|一位)?", c.text[prev.end :]).end()
    end = prev.end + lead + title_len
    j = k + 1
    while j < len(ms) and is_org(ms[j]) and _NEXT_POST_GAP.match(c.text[end : ms[j].start]):
        org = ms[j]
        title = re.match(r"^的?([\u4e00-\u9fff]{2,9}?)(?=[，。；、]|$)", c.after(org, 12))
        if title is None or not only_titles(title.group(1)):
            return
        yield org, title.group(1)
        end = org.end + title.end()
        j += 1


_TITLE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,5}")


def _title_after(c: Context, p) -> str | None:  # type: ignore[no-untyped-def]
    """The title written right after a name (陈立局长, 李华副主任), or None."""
    m = _TITLE_AFTER.match(c.text, p.end, c.sentence.end)
    if m is None:
        return None
    word = m.group()
    return next((word[:n] for n in range(len(word), 1, -1) if only_titles(word[:n])), None)


def _is_post(title: str) -> bool:
    """An office one is elected to (主席, 副主席, 常务副主席, 委员), not an honour (劳动模范)."""
    from ..lexicon import load_lexicons

    roles = load_lexicons().roles
    return any(roles.get(title[-n:]) == "leader" for n in range(len(title), 1, -1)) and only_titles(title)


#: heads of an organisation that is a work unit (not an office of government): 机务段, 火车站, 东滩煤矿
_WORK_UNIT_HEADS = ("段", "站", "矿", "厂", "队", "所", "院", "局", "馆", "店", "场", "中心")
#: what may stand before a post that the unit the article reports on fills: its own short
#: reference (这个矿的, 该段, 车站 of 哈尔滨火车站) or a word about the person (生病职工)
_UNIT_REFERENCE = re.compile(r"(?:这个|这家|这所|该|本)[\u4e00-\u9fff]{1,2}的?")
_TRAILING_MODIFIER = re.compile(r"(?:原|老|退休|离休|下岗|待岗|生病|患病|困难|特困|残疾|优秀|青年|年轻|女){1,2}$")
#: after a list of names, the workers they are: 刘某、罗某等职工
_LISTED_WORKERS = re.compile(r"等(?:[0-9０-９一二三四五六七八九十]+(?:名|位))?(?:职工|工人|员工|青工|女工)")
#: a visit's verb before the post: 看望了生病职工某 (the visited work in the unit reported on)
_VISITED_BY = ("看望了", "看望", "慰问了", "慰问", "探望了", "探望", "走访了", "走访", "了", "是", "听取了", "听取", "听",
               "据", "找到", "见到", "图为", "图中")  # (听了董事长某介绍: heard the unit's head; 图为话务员某: a caption)
#: marks that end what stands before a post: clause marks, an opening quote, and a closing one
#: (……。”公司党总支副书记某: a quotation ends, the next words open a clause of their own)
_CLAUSE_MARK = re.compile(r"[，。；：、（“”」』\n,;:(]")
#: between two names of the same post: a joiner, after a caption's mark of where one stands
#: (图为话务员某（左）和某)
_JOINED_NAMES = re.compile(r"(?:[（(](?:左|右|中|前|后)[一二三四五六七八九]?[)）])?[和、与及]")


def home_unit(article: Article) -> Mention | None:
    """The work unit an article reports on: the works, mine or station it names most often (and
    more often than any other, and twice at least; 该段, 这个矿 count as namings), named in its first
    two sentences or its headline. None for a digest of several datelined reports."""
    from ...reading.patterns import DATELINE

    if sum(1 for para in re.finditer(r"[^\n]+", article.text[article.body_start :])
           if DATELINE.match(para.group().lstrip())) > 1:
        return None
    counts: dict[str, list[Mention]] = {}
    for m in article.mentions:
        if m.type == "Company" or m.type == "Organization" and m.key.endswith(_WORK_UNIT_HEADS):
            counts.setdefault(m.key, []).append(m)
    if not counts:
        return None
    # 该段, 这个矿, 本厂: a unit an article is about is mostly referred back to by its head
    text = article.text[article.body_start :]
    score = {key: len(ms) + len(re.findall(_REFERS_BACK + re.escape(key[-1]), text)) for key, ms in counts.items()}
    ranked = sorted(counts, key=lambda k: score[k], reverse=True)
    if score[ranked[0]] < 2:
        return None  # (a unit named once is not what the article is about)
    if len(ranked) > 1 and score[ranked[1]] == score[ranked[0]]:
        # units named equally often: the one the headline names, by its name or its kind
        # (天津农民进城包医院: the 医院 of the two), if only one of them
        tied = [k for k in ranked if score[k] == score[ranked[0]]]
        headline = article.title or article.text[: article.body_start]
        named = [k for k in tied if k in headline or len(k) > 2 and k[-2:] in headline]
        if len(named) != 1:
            return None
        ranked = named
    body_sentences = [s for s in article.sentences if s.end > article.body_start]
    lead_end = body_sentences[1].end if len(body_sentences) > 1 else len(article.text)
    first = counts[ranked[0]][0]
    return first if first.start < lead_end else None


#: before a post: the person has left the unit (退休职工, 离休干部; a 下岗 worker may have founded it)
_NO_LONGER = re.compile(r"退休|离休|已故")
#: words that refer back to a unit by its head: 该段, 这个矿, 这家厂, 本站
_REFERS_BACK = "(?:该|这个|这家|这座|本)"


def _post_before(text: str, start: int, posts: frozenset[str] | set[str], reach: int) -> tuple[str, str | None]:
    """What stands before a person's name at ``start`` in its clause (at most ``reach``
    characters back, from the last clause mark), and the longest post of ``posts`` that ends it
    (车站党委书记|王某 -> 党委书记), or None."""
    cut = max((mk.end() for mk in _CLAUSE_MARK.finditer(text, max(0, start - reach), start)), default=start - reach)
    lead = text[max(cut, 0) : start]
    # 现任院长的宋某: a post joined to the name by 的 (the lead is given without the 的)
    bare = lead[:-1] if lead.endswith("的") else lead
    for n in _lengths(posts):
        if len(lead) >= n and lead[-n:] in posts:
            return lead, lead[-n:]
    if bare != lead:
        for n in _lengths(posts):
            if len(bare) >= n and bare[-n:] in posts and only_titles(bare[-n:]):
                return bare, bare[-n:]
    return lead, None


@functools.lru_cache(maxsize=8)
def _lengths(posts: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in posts}, reverse=True))


def staff_of_the_unit(article: Article, stated: set[str]) -> Iterator[tuple[Mention, Mention]]:
    """(person, unit) for the people an article about one work unit introduces by a post of that
    unit alone (党委书记郭某, 投递员李某, 车站党委书记王某, 这个矿的矿长张某; 刘某、罗某等职工): they
    work for it, as the reader understands. People with a body of their own in the article
    (``stated``: those with a worksFor already), reporters and titles of a region are left alone."""
    persons = [m for m in article.mentions if m.type == "Person" and m.source != "byline"
               and m.start >= article.body_start and m.key not in stated]
    if not persons:
        return  # (no one to introduce: the unit the article is about is not worked out)
    unit = home_unit(article)
    if unit is None:
        return
    posts = load_lexicons().words.get("unit_posts", frozenset())
    text = article.text
    ends = {m.end for m in article.mentions if m.type != "Person"}
    for k, p in enumerate(persons):
        lead, post = _post_before(text, p.start, posts, 14)
        if post is not None:
            pre = lead[: -len(post)]
            if pre == "" and p.start - len(post) in ends:
                continue  # 某公司党委书记: the body before the post is named (org-role-person)
            if _NO_LONGER.search(pre):
                continue  # 看望了退休职工某: no longer of the unit
            core = _TRAILING_MODIFIER.sub("", pre)  # 看望了生病|职工: what is said before the modifier
            if core == "" or _UNIT_REFERENCE.fullmatch(core) or unit.key.endswith(core) \
                    or core.endswith(_VISITED_BY):
                yield p, unit
                # 清洁员赵某和杨某: names joined to it without a post of their own share it
                j = k + 1
                while j < len(persons) and _JOINED_NAMES.fullmatch(text, persons[j - 1].end, persons[j].start):
                    yield persons[j], unit
                    j += 1
                continue
        after = _LISTED_WORKERS.match(text, p.end)
        if after is not None:  # the last of a list: it and the names listed before it
            yield p, unit
            j = k - 1
            while j >= 0 and text[persons[j].end : persons[j + 1].start] in ("、", "，", "和", "与", "及"):
                yield persons[j], unit
                j -= 1


#: bare kinds of work unit that stand for a unit named before (公司副总经理某, 车站党委书记某,
#: 这个矿的党委书记某, 办事处副主任某): the last organisation named with that head
UNIT_KINDS = ("公司", "集团", "厂", "矿", "车站", "站", "办事处", "医院", "学校", "分行", "支行", "段",
               "所", "店", "场", "馆", "中心")
_KIND_REFERENCE = re.compile(r"(?:[^，。；]*?的)?(?:这个|这家|这所|这座|该|本|全)?(?P<kind>[\u4e00-\u9fff]{1,3}?)的?")
#: how far back the unit a bare kind refers to may be named, when two units of that kind are
_KIND_REACH = 200


#: longer words for a kind of unit (工厂退休职工某: a 厂)
_KIND_ALIASES = {"工厂": "厂", "该厂": "厂", "全厂": "厂", "车间": "厂"}
#: up to a verb of visiting or hearing before a post (李鹏又来到|工厂退休职工某)
_AFTER_VISIT = re.compile(r"^.*?(?:来到|看望了|看望|慰问了|慰问|走访了|走访|探望了|探望|听取了|听取)")


def _chained_head_title(text: str, at: int, heads) -> str | None:  # type: ignore[no-untyped-def]
    """The kind of unit a head's title names when it stands, with 、, right before ``at`` (the
    next title of the same person: 厂长、|党委书记王某 → 厂), else None."""
    if at < 1 or text[at - 1] != "、":
        return None
    for n in (2, 3, 4):
        title = text[max(0, at - 1 - n) : at - 1]
        if heads.get(title):
            return heads[title]
    return None


def staff_named_by_kind(article: Article, stated: set[str]) -> Iterator[tuple[Mention, Mention]]:
    """(person, unit) for a person introduced by a bare kind of unit and a post (公司副总经理陈某,
    车站党委书记王某, 这个矿的党委书记李某): the unit is the last organisation named before with
    that head, if it is the only one of that kind in the article or named within
    :data:`_KIND_REACH` characters. A body named right before the post (某公司副总经理) is left to
    the sentence rules; people with a body of their own (``stated``) are left alone."""
    lex = load_lexicons()
    heads = lex.kind_posts  # 主任 -> "", 矿长 -> 矿
    posts = lex.words.get("unit_posts", frozenset()) | frozenset(heads)
    text = article.text
    ends = {m.end for m in article.mentions if m.type != "Person"}
    units = [m for m in article.mentions if m.type in ("Company", "Organization")]
    for p in article.mentions:
        if p.type != "Person" or p.source == "byline" or p.start < article.body_start or p.key in stated:
            continue
        lead, post = _post_before(text, p.start, posts, 16)
        if post is None or p.start - len(post) in ends and not any(
                m.end == p.start - len(post) and m.key in UNIT_KINDS for m in article.mentions):
            continue  # (a bare 车站 taken for a body is no name: the kind still refers back)
        pre = lead[: -len(post)]
        # 来到工厂退休职工某家: what a visit's verb and a modifier leave before the post
        # (党委书记白某和公司经理刘某: what follows the last joiner)
        bare = _TRAILING_MODIFIER.sub("", re.split(r"[和与及]", _AFTER_VISIT.sub("", pre))[-1])
        ref = _KIND_REFERENCE.fullmatch(pre) or _KIND_REFERENCE.fullmatch(bare)
        chained = _chained_head_title(text, p.start - len(lead), heads) if not pre else None
        if ref is not None and _KIND_ALIASES.get(ref.group("kind"), ref.group("kind")) in UNIT_KINDS:
            kind = _KIND_ALIASES.get(ref.group("kind"), ref.group("kind"))
        elif heads.get(post) and re.fullmatch(r"(?:在|由|据|经|向|对)?(?:现任|新任|原|老)?", pre):
            kind = heads[post]  # 矿长高某: the head of a 矿
        elif chained:
            kind = chained  # 听取了厂长、党委书记王某的汇报: the 厂长 says which unit
        else:
            continue
        before = [u for u in units if u.end <= p.start - len(lead) and u.key.endswith(kind) and u.key != kind]
        if not before:
            continue
        last = before[-1]
        if two_in_reach(article, before, p.start - len(lead)):
            continue  # (南岭机床厂与海河电机厂签约。厂长某: either's)
        if len({u.key for u in before}) == 1 or p.start - last.end <= _KIND_REACH:
            yield p, last
            yield from ((q, last) for q in _joined_after(article, p, stated))
            continue
        # further back, the unit of that kind the article names most often, if one is
        counts: dict[str, int] = {}
        for u in before:
            counts[u.key] = counts.get(u.key, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if ranked[0] >= 2 and ranked[0] > ranked[1]:
            top = max(counts, key=lambda k: counts[k])
            unit = next(u for u in reversed(before) if u.key == top)
            yield p, unit
            yield from ((q, unit) for q in _joined_after(article, p, stated))


def _joined_after(article: Article, p: Mention, stated: set[str]) -> Iterator[Mention]:
    """工厂退休职工郭某和闫某: the names joined to ``p`` without a post of their own (they share it)."""
    people = [m for m in article.mentions if m.type == "Person"]
    j = next(k for k, m in enumerate(people) if m is p) + 1
    while j < len(people) and _JOINED_NAMES.fullmatch(article.text, people[j - 1].end, people[j].start) \
            and people[j].key not in stated:
        yield people[j]
        j += 1


#: after the names listed right after a body: 等 and the kind of people they are for it
_LISTED_STAFF = re.compile(r"等(?:[0-9０-９一二三四五六七八九十]+(?:名|位|人))?(?:公司|集团|厂|矿|单位|企业|局|院|站)?"
                           r"(?:领导|负责人|领导班子成员|干部|职工|员工|工人|骨干|技术人员|管理人员)")


@needs("Person", "org")
def listed_staff_of_org(c: Context) -> Iterator[Found]:
    """南岭钢铁集团乔生祥、黄华平等公司领导: the people listed right after a body, closed by 等 and
    the kind of staff they are, work for that body."""
    ms = c.mentions
    for i, org in enumerate(ms[:-1]):
        if not is_org(org) or is_team(org) or ms[i + 1].type != "Person" or c.gap(org, ms[i + 1]) != "":
            continue
        group = listed_persons(c, i + 1, joiners=NAME_JOINERS)
        if _LISTED_STAFF.match(c.text, group[-1].end, c.sentence.end):
            for q in group:
                yield q, "worksFor", org, "org-listed-staff"


#: (也)是 (该) KIND (的) 成员/会员: membership of a body named before by its kind alone
_MEMBER_OF_KIND = re.compile(r"(?<![不非])(?:也|还|都|均)?是(?:这个|该|本)?(?P<kind>[\u4e00-\u9fff]{2,6}?)的?(?:成员|会员|队员)(?![单])")


#: a group joining a union together, right before the union (120名司机集体加入某工会联合会)
_JOIN_TOGETHER = re.compile(r"(?:集体|一起|同时)?加入(?:了)?$")
#: what those who speak for the new members do at the joining (代表新会员宣誓, (带领新会员)领读/宣读入会誓词);
#: not 重温入会誓词
#: or 讲解入会誓词 (members of old, or those who lead the oath, do that too)
_NEW_MEMBERS_OATH = re.compile(r"代表新(?:会员|入会会员)|(?:领读|宣读)入会誓词|入会宣誓")


@needs("Person", words=_NEW_MEMBERS_OATH)
def new_members_speak_the_oath(c: Context) -> Iterator[Found]:
    """120名货车司机集体加入某工会联合会，司机甲、乙代表新会员宣誓 (骑手代表丙领读入会誓词; or in the next
    sentence: …集体加入了某工会联合会。随后，甲代表新会员宣誓): those named after the joining who take the
    oath for the new members are new members of the union joined, unless titled by a post of another
    body (县总工会主席丁领读入会誓词: the official who leads it) (``new-members-oath``)."""
    text = c.text
    ms = c.mentions
    for k, union in enumerate(ms):
        if union.type not in ("TradeUnion", "Federation") or not _JOIN_TOGETHER.search(c.before(union, 5)):
            continue
        if not text.startswith(("，", ","), union.end):
            continue
        end = _CLAUSE_END.search(text, union.end + 1, c.sentence.end)
        yield from _new_members_in(c, union, ms[k + 1 :], end.start() if end else c.sentence.end)
    # (the joining closing the sentence before: the oath in this one)
    before = [m for m in c.article.mentions if m.end <= c.sentence.start]
    union = before[-1] if before else None
    if union is not None and union.type in ("TradeUnion", "Federation") \
            and re.fullmatch(r"[。！]\s*", text[union.end : c.sentence.start]) \
            and _JOIN_TOGETHER.search(text, max(0, union.start - 5), union.start):
        yield from _new_members_in(c, union, ms, c.sentence.end)


def _new_members_in(c: Context, union: Mention, people: list[Mention], stop: int) -> Iterator[Found]:
    """The people (of ``people``, before ``stop``) who take the oath for the new members of ``union``
    in their clause, with no body named before them in it."""
    for p in people:
        if p.start >= stop:
            break
        if p.type != "Person":
            continue
        end = _CLAUSE_END.search(c.text, p.end, stop)
        if not _NEW_MEMBERS_OATH.search(c.text, p.end, end.start() if end else stop):
            continue
        lead_start = max(c.clause_start(p.start), union.end)
        if any(is_org(m) and lead_start <= m.start and m.end <= p.start for m in c.mentions):
            continue
        if not _titled_by_a_post(c.text[lead_start : p.start]):
            yield p, "memberOf", union, "new-members-oath"


def _titled_by_a_post(lead: str) -> bool:
    """Whether ``lead`` (the words before a name) ends with a post of authority (工会主席, 党委书记:
    ``roles.txt``'s leader): the official who leads the new members' oath, not one of them."""
    roles = load_lexicons().roles
    return any(roles.get(lead[-n:]) == "leader" for n in range(2, min(len(lead), 8) + 1))


#: what every reading of member_of_body_named_by_kind holds: a member's word (成员, 会员, 队员), a member's
#: place or a team's post (团员, 队长, 团长, 领队, 组长: 队, 团 or 组), a team's kind before a job
#: (志愿队律师: …队, …团, …组), or a post after a comma (，秘书长由); 员 alone is not enough (志愿队律师)
_MEMBER_KIND_WORDS = ("队", "团", "组", "成员", "会员", "秘书长")


@needs("Person", words=_MEMBER_KIND_WORDS)
def member_of_body_named_by_kind(c: Context) -> Iterator[Found]:
    """…的赵一帆也是工作室成员; 牛某是某公司的司机，也是联合工会会员: the person is a member of the
    body of that kind named last before in the article (徐建明劳模创新工作室, 某物流园联合工会)."""
    text = c.text
    for found in _MEMBER_OF_KIND.finditer(text, c.sentence.start, c.sentence.end):
        kind = found.group("kind")
        people = [m for m in c.mentions if m.type == "Person" and m.end <= found.start()]
        clause = max(text.rfind("，", c.sentence.start, found.start()), text.rfind(",", c.sentence.start, found.start()))
        if not people or any(is_org(m) for m in c.mentions if max(people[-1].end, clause) <= m.start < found.start()):
            continue  # (a body in the same clause: 是某公司工会会员 is that company's union)
        person = people[-1]
        if re.search(r"[。；]", text[person.end : found.start()]):
            continue
        named = [m for m in c.article.mentions if is_org(m) and m.end <= found.end("kind")
                 and (m.key.endswith(kind) or m.name.endswith(kind)) and len(m.key) > len(kind)]
        if named:
            yield person, "memberOf", named[-1], "member-of-body-named-by-kind"
    yield from _members_introduced_by_kind(c)
    yield from _team_post_held_by(c)


#: a team's post given to a person (代表团团长由某某担任; 该队领队由某公司经理某某出任): the team by
#: its kind alone, the post, then 由 and (a body and a title of the person's, then) the person
_TEAM_POST_BY = re.compile(r"(?:(?:该|这个|本)?(?P<kind>[\u4e00-\u9fff]{0,4}?(?:队|团|组))|(?<=[，,；;]))"
                           r"(?:副)?(?:团长|队长|组长|领队|秘书长)由")
#: a team's kind opening the sentence (车队由某区总工会指导组建，…，队长由某某担任): the team a bare post after
#: a comma in that sentence is of
_KIND_OPENS = re.compile(r"(?:该|这个|本)?(?P<kind>[\u4e00-\u9fff]{0,4}?(?:队|团|组))(?=由|是|于|在|现有|共有|成立|组建)")
_HOLDS_TEAM_POST = re.compile(r"(?:同志|先生|女士)?(?:担任|出任)")


def _team_post_held_by(c: Context) -> Iterator[Found]:
    """代表团团长由广宁省某联合会主席某某担任: the person holding the post of a team named before by
    its kind alone is its member (the only body of that kind named before, a team)."""
    text = c.text
    if text.find("由", c.sentence.start, c.sentence.end) < 0:
        return  # (every match holds 由; the scan tries the team's kind at every character)
    for found in _TEAM_POST_BY.finditer(text, c.sentence.start, c.sentence.end):
        clause_end = min((k for k in (text.find(m, found.end(), c.sentence.end) for m in "，。；") if k >= 0),
                         default=c.sentence.end)
        people = [m for m in c.mentions if m.type == "Person" and found.end() <= m.start < clause_end]
        if len(people) != 1 or not _HOLDS_TEAM_POST.match(text, people[0].end, clause_end):
            continue
        kind = found.group("kind")
        if kind is None:  # (，队长由…: the kind that opens the sentence)
            opens = _KIND_OPENS.match(text, c.sentence.start, found.start())
            if opens is None:
                continue
            kind = opens.group("kind")
        named = {m.key: m for m in c.article.mentions if is_org(m) and m.end <= found.start()
                 and m.key.endswith(kind) and len(m.key) > len(kind) and is_team(m)}
        if len(named) == 1:
            yield people[0], "memberOf", next(iter(named.values())), "team-post-held-by"


@functools.lru_cache(maxsize=1)
def _official_post() -> re.Pattern[str]:
    """A body's leading post in the titles after a leader's place (宣讲团团长、区总工会主席某,
    ``leading_posts.txt``): an official who heads the team as part of his office, no member of it
    (the guideline: memberOf, not an office)."""
    return re.compile("|".join(re.escape(r[0]) for r in _rows("leading_posts.txt") if r and r[0]))


#: a clause that opens with a member's kind (宣讲团成员、某公司班长|王某; 代表团团员王某): the
#: person it ends with is a member of the body of that kind named before
_KIND_MEMBER_LEAD = re.compile(r"(?:带领|率领|和|与|同)?(?:该|这个|本)?(?P<kind>[\u4e00-\u9fff]{2,6}?)(?P<place>成员|队员|团员|队长|团长|领队)"
                               r"(?:、[^，。；：:,]{0,40})?")
#: the places of _KIND_MEMBER_LEAD that lead a team (车队队长、网约车司机某): a member of a service team or a
#: delegation only (as ``_post``: a work crew's 队长 holds an office)
_LEADER_PLACES = ("队长", "团长", "领队")
#: a team's kind (…队, …团, …组) and a job, opening the clause before a name: 志愿队律师李某
_TEAM_KIND_JOB = re.compile(r"(?:该|这个|本)?(?P<kind>[\u4e00-\u9fff]{1,5}?(?:队|团|组))(?P<job>[\u4e00-\u9fff]{2,5})")
#: bodies one joins as a member (a 党委成员, 班子成员 holds an office instead)
_MEMBER_BODY_HEADS = _JOINABLE + ("工作室", "代表团")


def _members_introduced_by_kind(c: Context) -> Iterator[Found]:
    """宣讲团成员、市劳动模范、某公司班长王某: a person introduced, at the head of a clause, as a
    member of a body named before by its kind alone is its member, through any titles that follow
    (they say where else the person works). The body is the only one of that kind the article
    names before the clause."""
    text = c.text
    for i, p in enumerate(c.mentions):
        if p.type != "Person":
            continue
        start = max(text.rfind(mark, c.sentence.start, p.start) for mark in "，。；：,:") + 1
        start = max(start, c.sentence.start)
        lead = _KIND_MEMBER_LEAD.fullmatch(text, start, p.start)
        # 志愿队律师李某: a team's kind and the person's job in it (a team only: 公司律师 works there)
        in_team = _TEAM_KIND_JOB.fullmatch(text, start, p.start) if lead is None else None
        if in_team is not None and not only_titles(in_team.group("job")):
            in_team = None
        lead = lead or in_team
        if lead is None or any(m.type == "Person" and start <= m.start < p.start for m in c.mentions):
            continue
        kind = lead.group("kind")
        leader = in_team is None and lead.group("place") in _LEADER_PLACES
        if leader and _official_post().search(text, lead.end("place"), p.start):
            continue
        named = {m.key: m for m in c.article.mentions if is_org(m) and m.end <= start and len(m.key) > len(kind)
                 and m.key.endswith(kind) and (is_team(m) or in_team is None and m.key.endswith(_MEMBER_BODY_HEADS))
                 and (not leader or m.type == "ServiceTeam" or m.key.endswith(("团", "代表队")) and is_team(m))}
        if len(named) == 1:
            # 带领工作室成员王某、李某等: each name listed after the lead, when the lead is a member's place
            group = [p] if leader else listed_persons(c, i, joiners=("、", "和"))
            for q in group:
                yield q, "memberOf", next(iter(named.values())), "member-introduced-by-kind"


#: a military rank written after the name (陶某少将任国防部副部长): no word of the career itself
_MILITARY_RANK = r"(?:[上中少]将|[大上中少]校|元帅)"
#: a career run: the verb that opens it (曾任, 现任, 历任, 先后担任, 调任), each post after it
#: ``ORG title`` (or a title alone, of the body before), joined by 、 or ，, a later post perhaps
#: after a time phrase and its own verb (，１９９５年４月调任宝鸡市委书记)
_CAREER_TIME = r"(?:[0-9０-９一二三四五六七八九十〇]{1,4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:起|以后|后)?"
_CAREER_TAKES = r"(?:曾经|曾|现|历|原|先后|后|调|升|改|转|又|还|再|兼)?(?:担任|出任|任)(?:过|了)?"
_CAREER_VERB = re.compile(_CAREER_TIME + r"(?:生前)?" + _CAREER_TAKES)
_CAREER_JOIN = re.compile(r"[、，,](?:" + _CAREER_TIME + _CAREER_TAKES + r")?")
#: between the person and the run: an honorific, a bracket, 生前/此前, or short clauses about the
#: person (，５２岁，大学文化，) none of which says or names anything
_CAREER_GAP = (r"(?:同志|先生|女士|教授|将军|老人|" + _MILITARY_RANK + r")?"
               r"(?:[（(]|(?:生前|此前|早年|后来|也|还|则)|(?:[，,]?[^，。；：:“”‘’「」『』]{1,14}?){0,6}?[，,])??")
#: the person, then the run's verb after the shortest gap
_CAREER_OPEN = re.compile(_CAREER_GAP + r"(?P<verb>" + _CAREER_VERB.pattern + r")")
_CAREER_HONORIFIC = re.compile(r"同志|先生|女士|教授|将军|老人|" + _MILITARY_RANK)
_CAREER_GAP_WORD = re.compile(r"[（(]|生前|此前|早年|后来|也|还|则")
_CAREER_NAMED_VERB = re.compile(r"(?P<verb>" + _CAREER_VERB.pattern + r")")
#: what a clause of the gap may not hold (``[^…]`` of _CAREER_GAP); a clause may open with a comma
_GAP_STOPS = frozenset("，。；：:“”‘’「」『』")


def _career_open(text: str, start: int, end: int) -> re.Match[str] | None:
    """The run's verb as ``_CAREER_OPEN.match(text, start, end)`` finds it (its ``verb`` group),
    without the regex's backtracking: its clauses ((?:[，,]?[^…]{1,14}?){0,6}?) split a long gap
    every way there is before it gives up, milliseconds for one person with no run after them.

    The regex tries, after an honorific if one is there and then without it, the verb right
    there, after a bracket or one of its words, then after the clauses: its lazy quantifiers try
    the ends of the clauses in increasing order, so the first comma followed by the verb whose
    text before it splits into at most six clauses. Here that split is counted once per end."""
    starts = (start + 2, start) if _CAREER_HONORIFIC.match(text, start, end) else (start,)
    for at in starts:
        for verb_at in _gap_ends(text, at, end):
            found = _CAREER_NAMED_VERB.match(text, verb_at, end)
            if found is not None:
                return found
    return None


def _gap_ends(text: str, at: int, end: int) -> Iterator[int]:
    """Where the verb may start after a gap opening at ``at``, in the order _CAREER_GAP tries them."""
    yield at
    word = _CAREER_GAP_WORD.match(text, at, end)
    if word is not None:
        yield word.end()
    # fewest clauses that cover text[at:at + j]: a clause is an optional comma (，or ,) and 1-14
    # characters none of _GAP_STOPS (an ASCII comma is one of them too)
    reach = min(end, at + 6 * 15) - at
    fewest = [0] + [7] * reach
    for j in range(1, reach + 1):
        best = 7
        for length in range(1, 16):
            i = j - length
            if i < 0 or length >= 2 and text[at + i + 1] in _GAP_STOPS:
                break  # (the clause's characters after its first: one of them may not be a stop)
            first = text[at + i]
            if (first in "，," and length >= 2) or (length <= 14 and first not in _GAP_STOPS):
                best = min(best, fewest[i] + 1)
        fewest[j] = best
    for e in range(at, at + reach + 1):
        if e < end and text[e] in "，," and fewest[e - at] <= 6:
            yield e + 1
_CAREER_SAYS = re.compile(r"说|表示|指出|认为|告诉|介绍|强调|问|答|会见|看望")
#: the title after a body of the run, up to the punctuation (党委书记兼厂长)
_CAREER_TITLE = re.compile(r"[\u4e00-\u9fff]{1,12}?(?=[、，,。；;：:（()）]|等职|$)")
#: the sentence before a run that opens its own sentence: a profile of the person it opens with
_PROFILE = re.compile(r"岁|年生|月生|出生|生于|毕业|籍贯|人。|历任|曾任|现任|调入|调任|参加工作|入党")
#: after 他/她 (an anaphor of the person) opening a sentence, a clause or two about them may come
#: before the run (他早年来到油田，先后任…)
_ANAPHOR_OPEN = re.compile(r"(?:[^，,。；;：:“”]{1,14}[，,]){0,2}?(?P<verb>" + _CAREER_VERB.pattern + ")")
_CAREER_LEAD = re.compile(r"(?:此前|之后|后来|其后|随后|从[^，。；]{1,12}起|[0-9０-９一二三四五六七八九十〇]{2,4}年(?:[0-9０-９]{1,2}月)?(?:起|以后|后)?)?[，,]?")


def _career_run(c: Context, at: int) -> Iterator[tuple[Mention, str]]:
    """(body, title) of each post of the run that starts at ``at`` (right after its verb)."""
    text, end = c.text, c.sentence.end
    starts_at = {m.start: m for m in c.mentions}
    pos = at
    while pos < end:
        org = starts_at.get(pos)
        while org is not None and org.type == "Place":  # 安徽省砀山县副县长: a post of no named body
            pos = org.end
            org = starts_at.get(pos)
        if org is not None and not is_org(org):
            return
        title_at = org.end if org is not None else pos
        title = _CAREER_TITLE.match(text, title_at, end)
        if title is None or not only_titles(title.group()):
            return
        if any(title_at < m.start < title.end() for m in c.mentions if is_org(m) or m.type == "Person"):
            return  # a body or a name inside what would be the title
        after = text[title.end() : title.end() + 1]
        if after == "的":
            return  # 曾任…厂长的赵刚: the post of the name after it
        if org is not None:
            yield org, title.group()
        join = _CAREER_JOIN.match(text, title.end(), end)
        if join is None:
            return
        pos = join.end()


#: a verb of taking a post anywhere in a sentence (the quick test before a career run is looked for;
#: a bare 任 after an honorific, as a decision of appointment reads: 某某同志任某某党组书记)
_CAREER_ANY = re.compile(r"(?:担任|出任|[曾现历原调升改转先后再兼]任|(?:同志|先生|女士|" + _MILITARY_RANK + r")任|[，,]任)")


@needs("org", words=_CAREER_ANY)
def career_posts(c: Context) -> Iterator[Found]:
    """阳宝华，５１岁，大学文化，曾任衡阳市委常委、副市长，益阳地委副书记，…调任岳阳市委书记: the
    person held a post in every body of the run (former posts count, as 原任 does); a run opening
    its own sentence is the career of the person a profile sentence before it opens with."""
    ms, text = c.mentions, c.text
    people = [m for m in ms if m.type == "Person"]
    for p in people:
        opened = _career_open(text, p.end, c.sentence.end)
        if opened is None and p.anaphor:
            opened = _ANAPHOR_OPEN.match(text, p.end, c.sentence.end)
        if opened is None:
            continue
        verb = opened.end("verb")
        between = text[p.end : opened.start("verb")]
        if any(p.end <= m.start < opened.start("verb") and m.type != "Place" for m in ms):
            continue  # another name or body between the person and the run (他来到某地，先后任…: a place may)
        if re.search(r"[，,]", between):
            if _CAREER_SAYS.search(between) or not (c.is_subject(p) or _AGE_LEAD.match(between.lstrip("，,"))):
                continue  # 李红说，曾任…: the person must open the sentence, the clauses tell about them
        for org, title in _career_run(c, verb):
            yield p, _post(org, title), org, "career-posts"
    if people and people[0].start < c.sentence.end and min(m.start for m in people) < _run_start(c):
        return  # (one search for the sentence's first verb, not one per person)
    lead = _CAREER_LEAD.match(text, c.sentence.start, c.sentence.end)
    verb = _CAREER_VERB.match(text, lead.end(), c.sentence.end)
    if verb is None or not verb.group() or "任" not in verb.group():
        return
    p = _profiled_person(c)
    if p is not None:
        for org, title in _career_run(c, verb.end()):
            yield p, _post(org, title), org, "career-posts-of-profile"


def _run_start(c: Context) -> int:
    """Where the sentence's first verb of taking a post stands (its end if there is none)."""
    m = _CAREER_ANY.search(c.text, c.sentence.start, c.sentence.end)
    return m.start() if m else c.sentence.end


def _profiled_person(c: Context) -> Mention | None:
    """The person that opens the sentence before this one, when that sentence profiles them
    (赵永生，４８岁，毕业于安徽农学院。)."""
    sents = c.article.sentences
    k = next((i for i, s in enumerate(sents) if s.start == c.sentence.start), None)
    if not k:
        return None
    prev = sents[k - 1]
    first = next((m for m in c.article.mentions if prev.start <= m.start < prev.end), None)
    if first is None or first.type != "Person":
        return None
    lead = c.text[prev.start : first.start].strip()
    if lead and not re.fullmatch(r"(?:[^，。；]{0,12}[，,])?", lead):
        return None
    if not _PROFILE.search(c.text, prev.start, prev.end):
        return None
    return first


#: what a profile paragraph's first sentence says of the person it opens with: birth, age, origin
_PROFILE_BIRTH = re.compile(r"出生|生于|年生|月生|岁|籍贯")
#: the clauses of a sentence of titles alone (党的十五大代表，武汉铁路分局局长。)
_TITLE_CLAUSES = re.compile(r"[^，,、。；;！？\s]+")


#: a profile may be set in short lines: so many of them at most, each no longer than this
_PROFILE_LINES = 3
_PROFILE_LINE_LENGTH = 60


def _paragraph_opens_profile(c: Context, para: int) -> bool:
    """Whether the paragraph at ``para`` opens with a person, a comma, and their birth or age."""
    text = c.text
    first = next((m for m in c.article.mentions if m.start >= para), None)
    if first is None or first.type != "Person" or text[para : first.start].strip():
        return False
    if text[first.end : first.end + 1] not in ("，", ","):
        return False
    opening = next((s for s in c.article.sentences if s.start <= first.start < s.end), None)
    return opening is not None and bool(_PROFILE_BIRTH.search(text, first.end, opening.end))


def _paragraph_profiled_person(c: Context) -> Mention | None:
    """The person a profile paragraph opens with (赵立新，１９５５年出生，大学文化。…), for a later
    sentence of that paragraph that names no one: it goes on telling about them."""
    text, sent = c.text, c.sentence
    para = text.rfind("\n", 0, sent.start) + 1
    lines = 1  # a profile may be set in short lines (a box beside a photograph): go back over them
    while para > 0 and lines < _PROFILE_LINES and not _paragraph_opens_profile(c, para):
        prev = text.rfind("\n", 0, para - 1) + 1
        if para - 1 - prev > _PROFILE_LINE_LENGTH:
            break
        para, lines = prev, lines + 1
    if not text[para : sent.start].strip() or not _paragraph_opens_profile(c, para):
        return None  # the sentence opens the paragraph, or the paragraph opens no profile
    ms = c.article.mentions
    first = next(m for m in ms if m.start >= para)
    if any(m.type == "Person" and m.key != first.key and first.end <= m.start < sent.end for m in ms):
        return None  # another person named in the paragraph: a later sentence may be theirs
    return first


def _title_sentence_posts(c: Context) -> Iterator[tuple[Mention, str]]:
    """(body, title) of each ``ORG title`` clause of a sentence made of titles alone, every clause
    ending in a title (党的十五大代表，武汉铁路分局局长。); nothing if any clause says more."""
    clauses = list(_TITLE_CLAUSES.finditer(c.text, c.sentence.start, c.sentence.end))
    found = []
    for cl in clauses:
        word = cl.group()
        if not any(only_titles(word[-n:]) for n in range(min(len(word), 9), 1, -1)):
            return
        org = max((m for m in c.mentions if m.start == cl.start() and m.end < cl.end()), default=None,
                  key=lambda m: m.end - m.start)
        if org is not None and is_org(org) and only_titles(c.text[org.end : cl.end()]):
            found.append((org, c.text[org.end : cl.end()]))
    yield from found


@needs("org")
def profile_paragraph_posts(c: Context) -> Iterator[Found]:
    """邵力平，１９５５年出生，大学文化程度。党的十五大代表，武汉铁路分局局长。曾任武昌车站站长。:
    a later sentence of a profile paragraph that names no one, being a career run (曾任, 现任) or
    titles alone, gives the posts of the person the paragraph opens with (the sentence right after
    the profile is :func:`career_posts`' own)."""
    if any(m.type == "Person" for m in c.mentions):
        return
    p = _paragraph_profiled_person(c)
    if p is None:
        return
    text = c.text
    lead = _CAREER_LEAD.match(text, c.sentence.start, c.sentence.end)
    verb = _CAREER_VERB.match(text, lead.end(), c.sentence.end)
    if verb is not None and "任" in verb.group():
        if _profiled_person(c) is not None:
            return  # (career_posts reads it)
        posts: Iterable[tuple[Mention, str]] = _career_run(c, verb.end())
    else:
        posts = _title_sentence_posts(c)
    for org, title in posts:
        yield p, _post(org, title), org, "posts-of-profile-paragraph"


#: a post of the union in a title chain (工会主席, 公司工会副主席, 女职工委员会主任, 经审会主任)
_UNION_POST = re.compile(r"工会|女职工委员会|女职委|女工委|经审会|经费审查委员会")
#: a later chain of a list that opens with a bare 党委 post (，党委副书记、总经理某): the committee named
#: by the list's first chain (公司党委书记、董事长某); the titles between, each after 、
_BARE_COMMITTEE_CHAIN = re.compile(r"[，,]\s*党委(?:(?:常务)?副?书记|委员|常委)(?:[、兼][^，,。；、]{1,10})*$")


@needs("Person", "org", words="党委")
def bare_committee_in_a_list(c: Context) -> Iterator[Found]:
    """公司党委书记、董事长甲，党委副书记、总经理乙，党委副书记、工会主席丙: a later chain of the list that
    opens with a bare 党委 post holds it in the committee the list's first chain names (公司党委,
    集团党委), ``committee-named-before-in-the-list``; a sentence with another body or a full stop
    between gives nothing."""
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or i < 2:
            continue
        chain = _BARE_COMMITTEE_CHAIN.search(c.text, c.sentence.start, p.start)
        if chain is None or any(m.type == "Person" and m.end > chain.start() for m in ms[:i]):
            continue  # (a name between the bare chain and the person)
        # back over the list: persons, each after its chain, and bodies inside a chain (党委委员、公司
        # 工会主席乙: after 、), to the committee that opens it
        k = i - 1
        while k >= 0 and (ms[k].type == "Person" or is_org(ms[k]) and c.before(ms[k], 1) == "、"
                          and not _OWN_COMMITTEE.fullmatch(ms[k].text)):
            k -= 1
        if k < 0 or ms[k].type != "Organization" or not _OWN_COMMITTEE.fullmatch(ms[k].text):
            continue
        between = c.text[ms[k].end : chain.start()]
        if re.search(r"[。；：]", between):
            continue
        yield p, "worksFor", ms[k], "committee-named-before-in-the-list"
        # (党委副书记、总经理乙: the posts after the committee's are the company's; a union post, 工会主席,
        # 女职工委员会主任, is its union's, not the company's)
        gap = c.text[chain.start() + 1 : p.start].strip()
        if not any(_UNION_POST.search(t) for t in gap.split("、")[1:]) \
                and (owner := _owner_of_committee(c, ms[k], gap)) is not None:
            yield p, "worksFor", owner, "committee-then-body-post"
