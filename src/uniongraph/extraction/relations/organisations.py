"""Relations between organisations, and of organisations to places: manages, founded,
subOrganizationOf, memberOf, locatedIn; and, over a whole article, unionOf."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from ...model import Article, Mention
from ..aliases import leading_places, placeable_body
from ..lexicon import load_lexicons, words_tuple
from ..names import DIVISION_LEVEL
from ..orgs import BANK_BRANCH_HEADS, a_word_for_a_kind, body_between, NUMBER_NAMED_UNIT, NUMBERED_TEAM, ORDINAL_UNIT, QUOTED_UNIT_SOURCE
from ..places import gazetteer_form, place_level, province_not_city
from ..tokens import TokenIndex
from .context import COORDINATORS, LIST_JOINERS, NAME_JOINERS, Context, Found, has, inside_next, is_org, last_named_before, opening, starts
from .people import _NAME_GOES_ON as _INSTITUTION_NAME_GOES_ON
from .prerequisites import needs

#: legal and generic endings of a company name, dropped before a union's short name is compared
_COMPANY_TAIL = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "公司")

_FOUNDED_BY = re.compile(r"^(?:于[^，。；]{0,10}|(?:牵头|联合|共同|出资|参股|投资|合资){1,3})?"
                         r"(?:设立|成立|组建|创办|创立|筹建|兴建)(?:了)?的")


#: after A 由 B: B builds and runs, runs or manages A (guideline: 负责运营 is managing)
_RUNS_IT = re.compile(r"(?:负责|具体|统一)?(?:日常)?(?:建设和|投资和|投资建设和)?(?:运营|经营|管理)")
#: between A and B of A的日常运营由B负责: the running of A, then 由 (B 负责 follows)
_ITS_RUNNING_BY = re.compile(r"的?(?:日常)?(?:运营|经营|管理|运行)(?:和管理|工作)?由")
#: B 负责(日常)运营 closing its clause, with no object: B runs the body the sentence is about
_RUNS_CLOSING = re.compile(r"(?:具体|统一)?负责(?:日常)?(?:运营|运行|经营管理|管理和运营|运营管理)(?=[，。；,]|$)")
#: 由 B (直接)领导/主管(主办)的 A: B manages A
_MANAGED_REL = re.compile(r"(?:直接|统一)?(?:领导|主管|管理)(?:主办)?的(?:这家|这个|该)?")


#: a break between two clauses in the gap between a subject and its verb
_CLAUSE_BREAK = re.compile(r"[，,；;。]")
#: a word joining a partner, in the gap before a managing verb (将联合市城市管理综合执法局: 管理 is then a
#: word of the partner's own name); not the adverb right before the verb (甲和乙联合管理某中心: jointly)
_PARTNER_JOINED = ("联合", "会同", "携手")
#: words joining a partner to the clause's subject (甲与乙, 甲联合乙，共同发起成立…): the partner founds
#: (or manages) too
_PARTNER_WORDS = (*_PARTNER_JOINED, "与", "和", "同", "及")
#: what may stand before the subject (a founder or a manager) in its clause when the verb is in the next one
#: (１９９５年，某厂又…, 后来某公司…): a time and an adverb, or 与/和 of a co-founder (与某公司合二为一，成立…)
_SUBJECT_LEAD = re.compile(r"(?:[^，。；,]{0,10}?(?:年|月|日|后|前|时|初|底))?(?:又|还|也|先后|随后|同时|并|则)?(?:与|和|同)?")
#: adverbs right before the managing verb (共同管理, 联合管理, 现托管)
_MANAGE_ADVERBS = re.compile(r"(?:现|正|已|也|还|均|都|共同|联合|统一|直接|负责)*$")
#: the gap of an approver (某部批准成立的…, 经某部批准成立的…): approving is not founding
_APPROVES = re.compile(r"(?:正式)?(?:批准|核准)")


def _subject_across_clauses(c: Context, a: Mention, gap: str) -> bool:
    """Whether ``a`` before a verb is its subject: always within one clause; when the verb opens the
    next clause, only when ``a`` is its own clause's subject (after a time and an adverb) or the partner
    joined to that subject (某集团联合某公司，共同发起成立了…), not the object of a verb of its own."""
    if not _CLAUSE_BREAK.search(gap):
        return True
    start = c.clause_start(a.start)
    lead = c.before(a, 2)
    partner = next((w for w in _PARTNER_WORDS if lead.endswith(w)), None)
    if partner and any(m.start == start and m.end == a.start - len(partner) and is_org(m) for m in c.mentions):
        return True  # 某钢铁集团公司与某不锈钢有限公司签约，组建…: a co-founder of the clause's subject
    return _SUBJECT_LEAD.fullmatch(c.text, start, a.start) is not None and (c.is_subject(a) or partner is not None)


def _managing_subject(c: Context, a: Mention, gap: str, verb: str) -> bool:
    """Whether ``a`` is the subject of the managing verb closing ``gap``: no partner joined between
    them (将联合市城市管理…), and, across a clause break, the subject of its clause or the partner
    joined to it (甲会同乙，共同管理…; 某公司，现托管…; not 创办过甲，后长期领导乙: a person's deeds), when
    ``a`` ends its clause (not 甲与乙签约，托管…: which of them takes it over is not said)."""
    words = _MANAGE_ADVERBS.sub("", gap.removesuffix("了").removesuffix(verb))
    if any(p in words for p in _PARTNER_JOINED) or _CLAUSE_BREAK.search(gap) and not _CLAUSE_BREAK.match(gap):
        return False
    return _subject_across_clauses(c, a, gap)


def _founding_subject(c: Context, a: Mention, gap: str) -> bool:
    """Whether ``a`` is the subject of the founding verb after it (one check for both readings):
    not a place or a basis after 在/于 (在某音乐学院创立了…, 在某办事处的基础上成立了…), nor an approver
    (经某部批准成立的…, 某部批准成立的…; but 某集团经批准成立了…: no approver named, the subject founds),
    nor, when the verb opens the next clause, the object of a verb of its own clause (该厂兼并了某塑管厂，
    组建了…; 后长期领导某大学，解放后又创办了…), unless it is the clause's subject or the partner joined
    to it (某集团联合某公司，共同发起成立了…; 与某公司合二为一，成立…)."""
    lead = c.before(a, 2)
    if _place_or_basis(c, a) or lead.endswith("经") or lead == "经过" or _APPROVES.match(gap):
        return False
    return _subject_across_clauses(c, a, gap)


def _place_or_basis(c: Context, a: Mention) -> bool:
    """Whether ``a`` follows 在/于: where a body is founded or what it is founded on (王某在某学院创立了某中心,
    在某办事处的基础上成立了…), not its founder (both founding rules ask it)."""
    return c.before(a, 1) in ("在", "于")


#: A 的(全资)子公司 B: B named as a unit of A by the kind of unit (not 的合作企业, 的客户)
_ITS_UNIT_NOUN = re.compile(r"的?(?:下属|所属|直属|旗下|全资|控股|二级)?(?:子公司|分公司|下属企业|下属单位|成员单位|成员企业|分厂)"
                            r"(?:之一)?[，,—―:：]{0,3}")
#: a verb of admitting a body (吸收 A 为 B 成员), and the membership after B
_ADMITS = ("吸收", "吸纳", "接纳", "批准", "接收", "增补")
_MEMBER_AFTER = re.compile(r"的?(?:正式|新|团体)?(?:成员|会员|成员单位|会员单位|团体会员)")
#: A 隶属于 B: A is a unit of B (归属 and 直属 too; not a bare 属于, which files A under a kind)
_BELONGS_TO = re.compile(r"(?:现|已|仍|原|均|都)?(?:隶属|归属|直属)(?:于)?")


#: the bodies a quoted studio or team written right after them belongs to
_QUOTED_UNIT_OWNERS = ("Company", "Organization", "TradeUnion", "Federation")


def _whole_quoted_unit(c: Context, b: Mention) -> bool:
    """Whether ``b`` is a studio's or team's whole quoted name (“某某劳模创新工作室”): read by the quoted-unit
    recogniser, or by the grammar over the same span (the vote keeps the grammar's source then)."""
    if b.source == QUOTED_UNIT_SOURCE:
        return True
    return c.text.startswith("”", b.end) and b.name.endswith(words_tuple(load_lexicons(), "quoted_unit_heads"))


@needs("org")
def between_organisations(c: Context) -> Iterator[Found]:
    """ORG 托管 ORG; ORG 成立 ORG; ORG 所属的 ORG、ORG; ORG 加入 ORG; 由 ORG 组建的 ORG;
    ORG 是 ORG 于2019年设立的机构."""
    if len(c.mentions) < 2:
        return  # (every pattern here ties two organisations)
    ms = c.mentions
    for i, a in enumerate(ms):
        if not is_org(a):
            continue
        for b in ms[i + 1 : i + 3]:
            if not is_org(b) or c.in_paren(a, b):
                continue
            gap = _NAMED_FOR.sub("", c.gap(a, b))  # (以他的名字命名成立了: how it is named, not what is done)
            if len(gap) > 8:
                break
            if gap == "" and b.start == a.end and unit_written_after_its_body(a, b):
                yield b, "subOrganizationOf", a, "unit-of-org"  # 开滦矿务局唐家庄矿, 中建八局城东管廊项目部
            elif gap == "“" and _whole_quoted_unit(c, b) and a.type in _QUOTED_UNIT_OWNERS \
                    and not a.reference and not a.anaphor:
                # 南岭重工有限公司“某某劳模创新工作室”: a studio or team quoted right after the full name of its body
                # (集团“某某工作室”, the body by its kind, is left to inference, as the union golds do)
                yield b, "subOrganizationOf", a, "quoted-unit-after-its-body"
            elif (w := has(gap, "manage")) and gap.endswith((w, w + "了")) and not c.after(b, 1).startswith("的") \
                    and _managing_subject(c, a, gap, w):
                # (接管国商银行的英国业务, 管理联邦政府的股份: what is managed is something of B's)
                yield a, "manages", b, "org-manages-org"
                for partner in c.coordinated_before(a):  # 甲和乙联合管理丙, 甲会同乙，共同管理丙: each manages
                    yield partner, "manages", b, "org-manages-org"
            elif gap == "由" and _RUNS_IT.match(c.text, b.end):
                yield b, "manages", a, "org-run-by-org"  # 大亚湾核电站由广东核电合营有限公司负责建设和运营
            elif _ITS_RUNNING_BY.fullmatch(gap) and c.after(b, 2) == "负责":
                yield b, "manages", a, "org-run-by-org"  # 中心日常运营由某物业服务有限公司负责
            elif _MANAGED_REL.fullmatch(gap) and c.before(a, 1) == "由":
                yield a, "manages", b, "org-run-by-org"  # 由北京市新闻出版局主管主办的维宝光盘有限公司
            elif (w := has(gap, "found")) and gap.endswith((w, w + "了", w + "了“", w + "的")) \
                    and _founding_subject(c, a, gap):
                yield a, "founded", b, "org-founds-org"
            elif (w := has(gap, "sub_marker")) and gap.rstrip("的").endswith(w):
                # 区总工会所属的浦东新区快递行业联合工会、…联合工会 (not …下属的A与B: 与 may join A to
                # a body outside the parent, 两大股东是甲下属的A与乙)
                for sub in c.coordinated(b, joiners=("、", "和", "及")):
                    yield sub, "subOrganizationOf", a, "org-sub-marker-org"
            elif _ITS_UNIT_NOUN.fullmatch(gap):
                for sub in c.coordinated(b):  # 海河集团的全资子公司海河物流公司: a unit named by its kind
                    yield sub, "subOrganizationOf", a, "org-unit-noun-org"
            elif (w := starts(gap, "has_units")) and gap in (w, w + "了", w + "有"):
                for sub in c.coordinated(b):  # 海河集团下设海河物流公司、海河焦化厂: each is its unit
                    yield sub, "subOrganizationOf", a, "org-has-units"
            elif gap == "为" and c.before(a, 4).endswith(_ADMITS) and _MEMBER_AFTER.match(c.text, b.end):
                yield a, "memberOf", b, "org-admitted-as-member"  # 吸收中国武术协会为中国奥委会成员
            elif _BELONGS_TO.fullmatch(gap):
                yield a, "subOrganizationOf", b, "org-belongs-to-org"  # 南岭机械厂隶属于海河集团
            elif (w := has(gap, "join")) and gap.endswith((w, w + "了")):
                yield a, "memberOf", b, "org-joins-org"
            elif gap in ("是", "为", "是由", "系由") and _FOUNDED_BY.match(c.after(_own_unit(c, b), 16)):
                # (not a bare 由: A由B组建的销售公司代理 — the 的 opens another body, A's agent;
                # 是由广电部中央卫星电视传播中心牵头组建的: the unit written right after B founded it)
                yield _own_unit(c, b), "founded", a, "org-is-founded-by-org"  # X是珠海市总工会于2019年设立的机构
            elif gap in ("是", "为", "系", "则是", "也是", "均是", "都是") and _is_unit_of(b, c.after(b, 26)):
                yield a, "subOrganizationOf", b, "org-is-unit-of-org"  # X是华北电力集团公司骨干发电企业
            break
    yield from units_of_the_subject(c)
    yield from _runs_the_topic(c)


#: the heads of a facility that bodies set up and run (a Place by the guideline: 服务站, 职工书屋, 司机之家)
_FACILITY_HEADS = ("站", "书屋", "之家", "驿站", "小屋", "中心", "基地")
#: when, between the bodies and their verb (于2024年, 于今年9月, 于去年底)
_WHEN_FOUNDED = (r"(?:于(?:[0-9０-９一二三四五六七八九十〇零]{2,4}年|今年|去年|前年|上月|本月|近日|日前)"
                 r"(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:[0-9０-９一二三四五六七八九十]{1,3}日)?(?:初|底|末)?)?")
#: where, between the bodies (and when) and their verb (由市总工会于去年在江海区设立): a short name after 在,
#: no phrase with 的 (在某局的支持下设立: who helped, not where)
_WHERE_FOUNDED = r"(?:在[\u4e00-\u9fff]{2,12}?)?"
#: after the topic's 由 and the bodies: they set it up (共建, 联合组建, 牵头设立, 于2024年设立), or built it
#: together (共同建设: the sponsors'); a bare 建设/兴建 is a builder's (由某建工集团建设: building is no founding)
_BUILT_IT = re.compile(_WHEN_FOUNDED + _WHERE_FOUNDED + r"(?:(?:共同|联合|合作|牵头)*(?:发起)?(?:共建|组建|设立|创办|创建|建立|成立)"
                       r"|(?:共同|联合|合作|牵头)+(?:兴建|建设))(?:而成)?(?=[，。；,]|$)")
#: before the bodies that run the topic: 由, 委托, 交由 (委托某事务所负责日常运营)
_RUN_BY = ("由", "委托", "交由")
#: the words that put bodies in charge (具体负责, 共同负责), and the running they are in charge of, as a
#: noun (日常运营, 运营管理, 管理和运营)
_IN_CHARGE = r"(?:具体|统一|共同)?负责"
_ITS_RUNNING = r"(?:日常)?(?:运营|运行|管理|运营管理|管理和运营)"
#: after the bodies: they run it (负责日常管理, 负责服务站日常运营)
#: (the object a name of any length: 负责南溪区职工服务中心日常运营)
_RUNS_IT_AFTER = re.compile(_IN_CHARGE + r"(?P<object>[\u4e00-\u9fff]{1,20}?的?)??(?:日常)?(?:运营|运行|管理|维护)(?:和(?:管理|维护|运营))?(?=[，。；,]|$)")
#: after the topic's 由 and the bodies: they hold it in trust or manage it (由某公司托管, 改由镇总工会直接
#: 管理: the guideline's manages)
_HOLDS_IT_IN_TRUST = re.compile(r"(?:统一|负责|直接)?(?:托管|代管|管理)(?=[，。；,]|$)")
#: between a bare topic and its 由: the running of it (中心日常运营由, 工作室的日常运行由); 负责 closes the clause after the bodies
_ITS_RUNNING_THEN_BY = re.compile(r"的?" + _ITS_RUNNING + r"(?:工作)?(?:则|均|也|将|现)?由")
_IN_CHARGE_CLOSING = re.compile(r"(?:具体|统一|共同|全面|轮流)?负责(?=[，。；,]|$)")
#: a clause after the topic's first that opens with its daily running and 由 (，日常管理由, ，日常值班则由,
#: ，日常工作将由; the topic's head said again before it, ，中心日常管理由; a time first, ，今后日常工作将由): the
#: bodies after it, 负责 closing
#: the clause (轮流负责: each in turn), run the topic
_DAILY_RUNNING_BY = re.compile(r"(?:今后|此后|以后|目前|现在|平时)?(?:(?P<again>[\u4e00-\u9fff]{1,4}?)的?)?日常(?:运营|运行|管理|值班|工作)(?:工作)?"
                               r"(?:则|均|也|现|将)?由")
#: what may stand between the clause's opening and its 由 when the clause is still about the topic:
#: the topic's head said again (驿站由), the running of it (中心日常运营由), adverbs and a time it
#: starts from (今年起改由); anything else is another thing (驿站建设资金由: the funds), 原 a past
#: running (原由某公司托管), 将 or 明年 a plan (明年起将改由), no stated management
_TOPIC_LEAD_ADVERBS = re.compile(r"(?:(?:自|从|于)?(?:今年|去年|本月|上月|[0-9０-９]{4}年)(?:[0-9０-９一二三四五六七八九十]{1,2}月)?"
                                 r"(?:[0-9０-９一二三四五六七八九十]{1,3}日)?(?:初|底|起|开始)?[，,]?)?"
                                 r"(?:则|均|也|现|现在|目前|一直|主要|都|改|是|系)*$")
_TOPIC_LEAD_RUNNING = re.compile(r"的?" + _ITS_RUNNING + r"(?:工作)?$")
#: an object after 负责 that is still the topic, said again (负责该站日常运营)
_THE_TOPIC_AGAIN = ("其", "该", "这", "本")
#: between a body opening the sentence and its 委托: adverbs only, so the body is the client that entrusts
_CLIENT_BEFORE = re.compile(r"(?:还|也|已|已经|将|则|专门|正式|统一|特别|近日|今年)*委托$")


def sentence_topic(c: Context) -> tuple[Mention, int] | None:
    """What the sentence is about and where its predicate opens: a body or a facility named first
    as the subject (某工作站由区总工会设立), or a bare head noun opening the sentence (服务站面积
    约60平方米，…; 书屋由镇总工会负责日常管理) that stands for the last body or facility of the article
    named with that head before (the report's 石牌街道…服务站)."""
    text, s = c.text, c.sentence.start
    said = _SAID_FIRST.match(text, s, c.sentence.end)
    first = c.mentions[0] if c.mentions else None
    if first is not None and said is not None and first.start < said.end():
        first = None  # (某街道总工会主席某某介绍，…: the speaker's body is no topic)
    if first is not None and (is_org(first) or _facility(first)) and c.is_subject(first) \
            and not re.search(r"[，,；;]", text[s : first.start].removeprefix("据了解，").removeprefix("据介绍，")):
        return first, first.end  # (据了解，某工作站由…设立)
    # “某驿站”由…负责运营, 公园旁的“某驿站”由…: the topic in quotation marks, perhaps after a phrase
    # with 的 that places it (the place named in that phrase is no topic)
    for m in c.mentions[:3]:
        if (is_org(m) or _facility(m)) and _QUOTED_TOPIC_LEAD.fullmatch(text, s, m.start) \
                and _BY_AFTER_QUOTE.match(text, m.end):
            return m, m.end
    # the head noun opens the sentence, or the words reported after who said them (某主席介绍，服务站由…):
    # then the speaker's own body is named before it too (某驿站负责人某某介绍，驿站由…: that 驿站)
    for opens in (s, said.end()) if said else (s,):
        lead = _POINTER.match(text, _HEARSAY.match(text, opens).end()).end()
        # the whole noun before 由 first (职工维权服务站由…设立: a longer tail of the name), then 2–4 characters
        phrase = _HEAD_THEN_BY.match(text, lead, c.sentence.end)
        for n in (len(phrase.group(1)), 4, 3, 2) if phrase else (4, 3, 2):
            head = text[lead : lead + n]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", head):
                continue
            named = [m for m in c.article.mentions if m.end <= opens and len(m.key) > n and m.key.endswith(head)
                     and (is_org(m) or _facility(m))]
            if opens != s and head in text[s:opens]:
                # the speaker's clause writes the head (某驿站负责人某某介绍，驿站由…): that one, or none
                # when it is not read as a body (never an earlier, different 驿站)
                named = [m for m in named if m.start >= s]
                if not named:
                    return None
            if named:
                return named[-1], lead + n
    return None


#: how a report opens what it was told (据介绍，中心日常运营由…): skipped before a bare head noun
_HEARSAY = re.compile(r"(?:据(?:了解|介绍)[，,])?")
#: a pointing word before a bare head noun (该站, 这个服务站)
_POINTER = re.compile(r"(?:该|这个|这家|这座|这所)?")
#: a first clause that says who speaks (某某主席介绍，): the words reported follow
_SAID_FIRST = re.compile(r"[^，,。；;：:“”]{2,30}?(?:介绍|说|表示|透露)[，,：:]")


#: a noun opening the sentence right before the 由 of its builders or runners (职工维权服务站由)
_HEAD_THEN_BY = re.compile(r"([\u4e00-\u9fff]{5,10}?)(?:则|均|也|将|现|已)?由")
#: before a quoted topic: nothing, or a phrase ending in 的 (光华公园旁的), then the opening quote
_QUOTED_TOPIC_LEAD = re.compile(r"(?:据了解[，,]|据介绍[，,])?(?:[^，,；;。：:“”]{1,16}的)?[“\"]")
#: after a quoted topic: the closing quote (the name may hold it) and the 由 of its builders or runners
_BY_AFTER_QUOTE = re.compile(r"[”\"]?(?:则|均|也|将|现)?由")


def _facility(m: Mention) -> bool:
    return m.type == "Place" and m.key.endswith(_FACILITY_HEADS)


#: between the bodies and a facility they set up (设立的, 联合打造的, 将共建, 组建了): verbs of founding,
#: not of building works (兴建, 建成: a hall is built, a service station is set up)
_FACILITY_FOUNDED = re.compile(r"(?:将|已|还|也|先后|正式|专门|共同|联合|合作|携手|牵头)*"
                               r"(?:设立|组建|成立|创建|建立|打造|共建|创办|开办)(?:了)?(?:的)?(?:一(?:个|家|座|处))?[“\"]?")


#: before a body that is not the founder but where or for whom the facility is set up (在某厂, 为某公司);
#: not 帮助/指导/支持/协助 某公司建立了…: the body helped is the one that sets it up
_FOR_OR_AT = re.compile(r"(?:将|已|还|也|先后|专门|共同|联合|积极|主动)*(?:在|为|给|向)")


@needs("org", "Place", words=("设立", "组建", "成立", "创建", "建立", "打造", "共建", "创办", "开办"))
def facilities_founded(c: Context) -> Iterator[Found]:
    """ORG 设立的“某驿站”, 由 ORG、ORG 联合打造的“某职工之家”, ORG 和 ORG 将在 PLACE 共建“某服务站”:
    the bodies right before the founding verb founded the facility right after it (the guideline's
    founded, 成立/创办/设立; a facility is a Place: 服务站, 职工之家, 驿站)."""
    ms, text = c.mentions, c.text
    for i, f in enumerate(ms):
        if i == 0 or not _facility(f):
            continue
        j, verb_from = i - 1, ms[i - 1].end
        if ms[j].type == "Place" and c.before(ms[j], 1) == "在" and j > 0:
            # A与B将在某新区共建“某服务站”: where they set it up stands between
            if not re.fullmatch(r"(?:将|已|还|也|共同|联合)?在", c.gap(ms[j - 1], ms[j])):
                continue
            j -= 1
        last = ms[j]
        if not is_org(last) or not _FACILITY_FOUNDED.fullmatch(text, verb_from, f.start):
            continue
        bodies = [last, *c.coordinated_before(last)]
        first = min(bodies, key=lambda m: m.start)
        k = ms.index(first)
        if k > 0 and _FOR_OR_AT.fullmatch(c.gap(ms[k - 1], first)):
            # 区总工会在某厂设立了“某驿站”, 为某公司建立了: the body after 在/为 is where or for
            # whom; the clause's subject before it founded it
            bodies = [ms[k - 1], *c.coordinated_before(ms[k - 1])] if is_org(ms[k - 1]) else []
        elif re.search(_FOR_OR_AT.pattern + r"$", text[c.clause_of(first)[0] : first.start]):
            continue  # (在某厂设立…, no subject named: who founded it is not said)
        for founder in bodies:
            yield founder, "founded", f, "org-founds-facility"


@needs("org", "Place", words=("设立", "设置", "开设", "建立", "共建", "开办"))
def bodies_set_up_at_a_place(c: Context) -> Iterator[Found]:
    """在某中心设立某工作室, 将在某区共建某服务中心: the standing body set up right after the place 在
    names is there (the guideline's locatedIn of an organisation the text places; who set it up is
    ``facilities_founded``'s and ``founded_by``'s). A federation's place is its scope, no site; a
    word for a kind of body (在某市建立了指挥部) names no one body to place. The body must be the
    whole of what was set up (not 某中心 of 设立某中心某分中心, 某银行 of 设立某银行的网点); a set-up
    denied or only planned (没有在…开设, 计划明年在…设立) places nothing; 在甲区和乙区分别设立A和B
    pairs the places and the bodies in order."""
    ms, text = c.mentions, c.text
    for i, pl in enumerate(ms[:-1]):
        if pl.type != "Place" or inside_next(ms, i):
            continue
        k = i + 1
        while k + 1 < len(ms) and inside_next(ms, k):
            k += 1  # (青川 of 青川化工东湖分公司: the body opens there)
        body = ms[k]
        if not is_org(body) or body.type == "Federation" or a_word_for_a_kind(body.name, load_lexicons()):
            continue
        gap = text[pl.end : body.start]
        each = gap.startswith("分别")
        if not _SET_UP.fullmatch(gap[2:] if each else gap):
            continue
        places = [*reversed(c.coordinated_before(pl, lambda m: m.type == "Place", LIST_JOINERS)), pl] if each else [pl]
        bodies = c.coordinated(body, lambda m: is_org(m) and m.type != "Federation", LIST_JOINERS) if each else [body]
        if c.before(places[0], 1) != "在" or len(places) != len(bodies) or not _whole_object(c, bodies[-1]) \
                or _NOT_DONE.search(text, c.clause_start(places[0].start), opening(text, places[0]) - 1):
            continue
        for b, p in zip(bodies, places):
            yield b, "locatedIn", p, "body-set-up-at-place"


#: what may follow the name of a body set up to end the object: the clause's end, 并 (a next verb), a
#: bracketed alias
_OBJECT_ENDS = re.compile(r"[”\"]?(?:[，,。；;！!？?：:（(\n]|并|$)")
#: a set-up denied or only planned, closing the words before 在 (没有在, 计划明年在, 拟于年内在)
_NOT_DONE = re.compile(r"(?:没有|没|未|不(?![断仅但少久同])|计划|拟|准备|打算|筹划|筹备|预计)[^，,；;。]{0,6}$")


def _whole_object(c: Context, body: Mention) -> bool:
    """Whether ``body`` ends the object of the set-up verb (设立某中心。), not a word that only
    modifies it (设立某中心某分中心, 设立某银行的服务网点, 建立某大学与企业的沟通机制)."""
    return bool(_OBJECT_ENDS.match(c.text, body.end, c.sentence.end))


#: between the place and the body set up there: a verb of setting up a standing office (设立, 开设了),
#: not of founding (成立, 组建: 在某宫成立某协会 says where it was founded, not where it sits), of
#: building works (兴建, 建成) or of making something (打造: a brand, a model)
_SET_UP = re.compile(r"(?:将|已|还|也|先后|正式|专门|共同|联合|合作|携手|牵头)*"
                     r"(?:设立|设置|开设|建立|共建|开办)(?:了)?(?:一(?:个|家|处))?[“\"]?")


@needs("org", words=("由", "委托"))
def the_topic_built_or_run(c: Context) -> Iterator[Found]:
    """服务站…，由街道总工会与某公司共建; 书屋由镇总工会负责日常管理; 某工作站由区总工会设立，委托某
    事务所负责日常运营: the bodies after 由 (委托) that build or run what the sentence is about,
    its subject, perhaps said by its head noun alone. No other subject opens a clause between
    the topic and the 由 (the subject is carried across the clauses)."""
    topic = sentence_topic(c)
    if topic is None:
        return
    about, opens = topic
    text = c.text
    for i, b in enumerate(c.mentions):
        if b.start < opens or b is about or not is_org(b):
            continue
        lead = text[c.clause_of(b)[0] : b.start]
        if not lead.endswith(_RUN_BY):
            continue
        if any(m.start >= opens and (is_org(m) or m.type == "Person") and c.is_subject(m) for m in c.mentions[:i]):
            return  # another subject in between: the clauses after it are about someone else
        bodies = [b]  # (and those joined to it; a place written inside a body's name is skipped)
        for m in c.mentions[i + 1 :]:
            if any(o is not m and o.start <= m.start and m.end <= o.end for o in c.mentions):
                continue
            if not (is_org(m) and c.gap(bodies[-1], m) in COORDINATORS):
                break
            bodies.append(m)
        after = bodies[-1].end
        # 某工作站由甲设立，日常值班由乙负责: a later clause that opens with the topic's daily running
        daily = (running := _DAILY_RUNNING_BY.fullmatch(lead)) is not None \
            and (running["again"] is None or about.key.endswith(running["again"])) \
            and _IN_CHARGE_CLOSING.match(text, after) is not None
        if lead.endswith("由") and not daily and not _still_about_the_topic(c, about, b, lead):
            continue  # (驿站建设资金由某公司托管: the funds; 原由某公司托管: no longer)
        if daily:
            for body in bodies:
                yield body, "manages", about, "topic-run-by-org"
        elif lead.endswith("由") and _BUILT_IT.match(text, after):
            for body in bodies:
                yield body, "founded", about, "topic-built-by-orgs"
        elif lead.endswith("由") and _HOLDS_IT_IN_TRUST.match(text, after):
            for body in bodies:  # 某驿站位于某镇，由某旅游公司托管
                yield body, "manages", about, "topic-run-by-org"
        elif _ITS_RUNNING_THEN_BY.fullmatch(text, opens, b.start) and _IN_CHARGE_CLOSING.match(text, after):
            for body in bodies:  # 中心日常运营由某物业公司负责: the running of the topic, then who does it
                yield body, "manages", about, "topic-run-by-org"
        elif run := _RUNS_IT_AFTER.match(text, after):
            if lead.endswith("委托") and is_org(about) and _CLIENT_BEFORE.fullmatch(text, about.end, b.start):
                # 某公司委托物业公司负责…: the subject entrusts the work, it is the client, not what is run;
                # what is run is the object after 负责, when it names a body (负责服务站日常运营)
                managed = _object_run_for_a_client(c, run)
                for body in bodies if managed is not None else ():
                    yield body, "manages", managed, "org-entrusted-to-run"
                return
            managed = _what_is_run(c, about, run)
            for body in bodies if managed is not None else ():
                yield body, "manages", managed, "topic-run-by-org"


#: between 由 a body and what it runs, a relative clause (由该公司负责运营的“某司机之家”)
_RUNNING_REL = re.compile(_IN_CHARGE + _ITS_RUNNING + r"的[“\"]?")


@needs("org", words="负责")
def run_by_in_a_relative_clause(c: Context) -> Iterator[Found]:
    """观摩了由某公司负责运营的“某司机之家”, 由A和B共同负责运营的“某司机之家”: the bodies after 由 run
    the body or facility the relative clause describes (the guideline's manages, 负责运营); not
    原由某公司负责运营的 (run by it no longer)."""
    ms = c.mentions
    for a, b in zip(ms, ms[1:]):
        if not (is_org(a) and (is_org(b) or _facility(b)) and _RUNNING_REL.fullmatch(c.gap(a, b))):
            continue
        bodies = [*c.coordinated_before(a), a]
        first = min(bodies, key=lambda m: m.start)
        if c.before(first, 1) == "由" and c.before(first, 2) != "原由":
            for body in bodies:
                yield body, "manages", b, "org-runs-what-follows"


#: a counted noun opening a clause, then 由 (两家联合工会均由, 这两个服务站都是由): the bodies it counts
_COUNTED_THEN_BY = re.compile(r"(?:这|上述|以上)?(?P<n>[两二三四五六七八九2-9])(?:家|个|支|所|座)"
                              r"(?P<head>[\u4e00-\u9fff]{2,8}?)(?:均|都|也|则|分别)?(?:是|系)?由")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@needs("org", words="由")
def counted_bodies_built(c: Context) -> Iterator[Found]:
    """两家联合工会均由区总工会发起成立: a clause opening with a count and a head noun counts the
    last bodies (or facilities) named before with that head; the bodies after 由 founded each of them,
    when the verb of founding closes the clause. Only when exactly that many are named before."""
    text = c.text
    for k, b in enumerate(c.mentions):
        start = c.clause_of(b)[0]
        m = _COUNTED_THEN_BY.fullmatch(text, start, b.start) if is_org(b) else None
        if m is None:
            continue
        n, head = _COUNT.get(m.group("n")) or int(m.group("n")), m.group("head")
        named: dict[str, Mention] = {}
        for e in c.article.mentions:
            if e.end <= start and len(e.key) > len(head) and e.key.endswith(head) and (is_org(e) or _facility(e)):
                named.pop(e.canonical or e.key, None)
                named[e.canonical or e.key] = e  # (the last mention of each, in the order last named)
        counted = list(named.values())[-n:]
        if len(named) != n:
            continue  # (more or fewer named: which ones are counted is not said)
        bodies = [b]
        for o in c.mentions[k + 1 :]:
            if not (is_org(o) and c.gap(bodies[-1], o) in COORDINATORS):
                break
            bodies.append(o)
        if _BUILT_IT.match(text, bodies[-1].end):
            for founder in bodies:
                for about in counted:
                    yield founder, "founded", about, "counted-bodies-built-by-orgs"
        return


def _still_about_the_topic(c: Context, about: Mention, b: Mention, lead: str) -> bool:
    """Whether the words of ``b``'s clause before its 由 (``lead``) leave the clause about the topic
    ``about``: nothing but the topic, its head again, the running of it, adverbs (see
    ``_TOPIC_LEAD_ADVERBS``)."""
    if about.start >= c.clause_of(b)[0] and about.end <= b.start:
        lead = c.text[about.end : b.start]  # (the topic opens this clause: 书屋由…)
    rest = _TOPIC_LEAD_ADVERBS.sub("", lead.removesuffix("由"), count=1)
    rest = _TOPIC_LEAD_RUNNING.sub("", rest, count=1)
    rest = rest.lstrip("”\"」』’")
    rest = rest[1:] if rest.startswith((*_THE_TOPIC_AGAIN, "此")) else rest  # (该站由: the head after a pointing word)
    return rest == "" or about.key.endswith(rest)


def _what_is_run(c: Context, about: Mention, run: re.Match[str]) -> Mention | None:
    """The thing run: the topic, unless an object after 负责 names another (负责职工之家的日常管理):
    then that object when it is a body or a facility mentioned there, or nothing."""
    obj = (run.group("object") or "").removesuffix("的")
    if not obj or obj.startswith(_THE_TOPIC_AGAIN) or about.key.endswith(obj):
        return about
    return _body_or_facility_at(c, run.start("object"))


def _body_or_facility_at(c: Context, start: int) -> Mention | None:
    """The body or facility of the sentence named from offset ``start`` (the object after 负责), or None."""
    return next((m for m in c.mentions if m.start == start and (is_org(m) or _facility(m))), None)


def _object_run_for_a_client(c: Context, run: re.Match[str]) -> Mention | None:
    """The object after 负责 when a client entrusts the running (委托某中心负责服务站日常运营): the body
    or facility named there, or the last one of the article named before with that head noun (服务站);
    none without an object or with a pointing word alone (负责其日常运营: whose is not said)."""
    obj = (run.group("object") or "").removesuffix("的")
    if len(obj) < 2 or obj.startswith(_THE_TOPIC_AGAIN):
        return None
    return _body_or_facility_at(c, run.start("object")) or last_named_before(
        c.article.mentions, c.sentence.start,
        lambda m: len(m.key) > len(obj) and m.key.endswith(obj) and (is_org(m) or _facility(m)))


def _runs_the_topic(c: Context) -> Iterator[Found]:
    """驿站由区总工会指导，某公司工会负责运营: the body opening a later clause runs, with no object,
    the body the sentence opens with, passive (由) in its first clause."""
    ms = c.mentions
    topic = ms[0] if ms and is_org(ms[0]) and c.is_subject(ms[0]) else None
    if topic is None or not c.after(topic, 1) == "由":
        return
    for b in ms[1:]:
        if is_org(b) and c.clause_of(b)[0] > topic.end and c.is_subject(b) and _RUNS_CLOSING.match(c.text, b.end):
            yield b, "manages", topic, "org-runs-the-topic"


#: 是 B 的下属企业 / 骨干发电企业 / 子公司: what follows B says A is one of B's units. A bare 的…企业
#: (是B的合作企业, 是B的客户) says nothing of belonging, so the kind of tie must be written.
_UNIT_OF_AFTER = re.compile(
    r"^的?(?:(?:下属|所属|直属|旗下|骨干|全资|控股)[\u4e00-\u9fff]{0,4}?(?:企业|公司|工厂|厂|单位|机构)"
    r"|(?:全资|控股)?(?:子公司|分公司|分厂|成员单位|成员企业))(?:之一)?(?=[，。；、,]|$)"
    # 是安吉县总工会所辖的15个乡镇（街道）总工会之一: one of the units the body has under it
    r"|^(?:所辖|下辖|管辖|所属|下属)的?[^，。；]{0,20}?之一")


def _is_unit_of(parent: Mention, after: str) -> bool:
    """Whether ``after`` (the text after ``parent`` in ``A 是 parent …``) names A a unit of it; a
    骨干 (leading) unit only of an enterprise (a government's 骨干企业 is not its unit)."""
    m = _UNIT_OF_AFTER.match(after)
    if m is None:
        return False
    return parent.type == "Company" or not m.group().lstrip("的").startswith("骨干")


#: 其下属的 ORG, 从所属 ORG, 其下属的投资银行机构——ORG: a unit of the clause's subject, named by 其
#: or left unsaid after a preposition (_ITS_UNIT_WORDS: the words every such phrase holds)
_ITS_UNIT_WORDS = re.compile(r"下属|所属|直属|旗下")
_ITS_UNIT = re.compile(r"(?:其|从其?|对其?|向其?|为其?|与其?|和其?)(?:下属|所属|直属|旗下)(?:的)?(?:[^，。；、]{0,10}[—―]{2,3})?$")


def units_of_the_subject(c: Context) -> Iterator[Found]:
    """国民西敏寺银行发现其下属的投资银行机构———西敏寺市场公司…: the organisation that opens the
    sentence (its subject) is the parent of a unit named after 其下属/从所属, when no other
    organisation is named between them; with a list (从所属南岭、海河救灾中心) each of it."""
    ms = c.mentions
    if not c.holds(_ITS_UNIT_WORDS):
        return  # (the unit is named after 下属/所属/直属/旗下: most sentences have none)
    subject = next((m for m in ms if is_org(m)), None)
    if subject is None or not c.is_subject(subject):
        return
    for b in ms:
        if b.start <= subject.end or not is_org(b):
            continue
        if any(is_org(m) and subject.end <= m.start and m.end <= b.start for m in ms):
            return  # 其 may then stand for the body named in between
        if _ITS_UNIT.search(c.text[max(subject.end, b.start - 24) : b.start]) and not re.search(
                r"[。；]", c.text[subject.end : b.start]):
            for sub in c.coordinated(b):
                yield sub, "subOrganizationOf", subject, "unit-of-the-subject"


#: heads of bodies that have units of their own named right after them (沈飞工业集团|松陵实业总公司,
#: 东城区工商局|北新桥工商所, 天津铁路分局|唐山站)
_PARENT_HEADS = ("集团", "集团公司", "总公司", "有限公司", "有限责任公司", "局", "总厂", "部", "厅", "公司", "银行", "大学")
#: bodies of a level of government: written together (省委省政府), none is the other's unit
_LEVEL_BODIES = ("政府", "人大", "政协", "党委", "委", "国务院", "中央")


def _own_unit(c: Context, b: Mention) -> Mention:
    """The unit written right after ``b`` when one is (广电部|中央卫星电视传播中心), else ``b``."""
    k = c.mentions.index(b)
    nxt = c.mentions[k + 1] if k + 1 < len(c.mentions) else None
    if nxt is not None and nxt.start == b.end and is_org(nxt) and (
            _is_unit(nxt) or _parent_and_unit(b, nxt) or _office_of_organ(b, nxt)):
        return nxt
    return b


#: the units of a national organ written right after its name (国家体委|冬运中心, 国家经贸委|培训司)
_OFFICE_HEADS = ("中心", "司")


def unit_written_after_its_body(a: Mention, b: Mention) -> bool:
    """Whether ``b``, written right after ``a`` (开滦矿务局|唐家庄矿, 国家体委|冬运中心), is a unit of
    it (subOrganizationOf; when ``a`` is a registered company the pipeline makes the two one name,
    the unit's, with the company nested in it: ``Mention.body``)."""
    return is_org(a) and is_org(b) and (_is_unit(b) or _parent_and_unit(a, b) or _office_of_organ(a, b)) \
        and not _other_province(a, b) and not (a.type == "Company" and a_word_for_a_kind(a.key, load_lexicons()))
    # (机械厂|铸造车间: a kind of works, no one works)


def _office_of_organ(a: Mention, b: Mention) -> bool:
    """Whether ``b`` is a centre or a department of the national organ ``a`` written right before
    it (a 部 or a 委 whose name holds no region: 国家体委, 广电部)."""
    return (a.type == "Organization" and a.key.endswith(("部", "委")) and b.type == "Organization"
            and b.key.endswith(_OFFICE_HEADS) and len(b.key) >= 4
            and not DIVISION_LEVEL.search(a.key))


def _parent_and_unit(a: Mention, b: Mention) -> bool:
    """Whether ``b``, written right after ``a``, is a unit of it: ``a`` a body that has units
    (a group, a bureau, a ministry), ``b`` a named body that is not a body of government."""
    # 宁国市文化局合肥市卫生局: a list printed without commas (a unit does not name its own place)
    return (a.key.endswith(_PARENT_HEADS) and b.type in ("Company", "Organization")
            and not b.key.endswith(_LEVEL_BODIES) and not a.key.endswith(_LEVEL_BODIES)
            and len(b.key) >= 3 and not b.region_short and not _OPENS_WITH_LEVEL.match(b.text))


#: a name opening with a place by its level (某某市…, 某某省…, 某某自治区…) or the country's: a body
#: of its own (唐山站, named by its town, may still be a unit)
_OPENS_WITH_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|自治区)|中国|中华|全国")


def _other_province(a: Mention, b: Mention) -> bool:
    """Whether ``b`` opens with a province that ``a``, a body named by its own places, does not
    name (黑龙江省五常市文化局|上海科学普及出版社: two entries of a list printed without separators;
    but 铁道部|北京铁路局, a national organ's unit, is a unit)."""
    lex = load_lexicons()
    own, other = leading_places(a.text, lex), leading_places(b.text, lex)
    return bool(own and other) and place_level(other[0], lex) == "province" \
        and not any(other[0].startswith(p[:2]) or p.startswith(other[0][:2]) for p in own)


def _is_unit(m: Mention) -> bool:
    """Whether ``m`` is named as a unit of a body (its head is in ``lexicons/subunit_heads.txt``)."""
    return m.type in ("Company", "Organization") and (
        m.key.endswith(tuple(load_lexicons().words.get("subunit_heads", ()))) or ORDINAL_UNIT.fullmatch(m.key) is not None
        or NUMBERED_TEAM.fullmatch(m.key) is not None or NUMBER_NAMED_UNIT.fullmatch(m.key) is not None
        or m.type == "Organization" and m.key.endswith("司"))  # a ministry's department: 计划建设司



def _placed_inside_an_event_name(c: Context) -> Iterator[Found]:
    """泸州某某液压机械有限公司第三届职工代表大会…: a company named in full only inside the name of
    its event is placed by its own name all the same (the sentence's mentions leave out the names
    nested in an event's, which take no part in the sentence's other patterns)."""
    events = [e for e in c.mentions if e.type == "Event"]
    if not events:
        return
    for m in c.article_mentions_in(c.sentence.start, c.sentence.end):
        if m.located_at is None or m.type != "Company":
            continue
        if any(e.start <= m.start and m.end <= e.end and e is not m for e in events):
            yield m, "locatedIn", m.located_at, "place-before-org-name"


#: after a list of bodies: 等, then the place they are in and how many (等智汇大厦内28家企业)
_LIST_IN_PLACE_AFTER = re.compile(r"(?:内|里|中)的?(?:[0-9０-９一二三四五六七八九十百]+(?:余|多)?)(?:家|个)")


@needs("org", "Place", words="等")
def bodies_listed_in_a_place(c: Context) -> Iterator[Found]:
    """由A、B等智汇大厦内28家企业联合组建: each body of the list closed by 等 is in the place named
    right after 等, inside which the count of bodies is given (``listed-bodies-in-place``)."""
    ms = c.mentions
    for i, pl in enumerate(ms):
        if pl.type != "Place" or i == 0 or not is_org(ms[i - 1]) or c.gap(ms[i - 1], pl) != "等" \
                or not _LIST_IN_PLACE_AFTER.match(c.text, pl.end, c.sentence.end):
            continue
        for body in reversed(c.coordinated_before(ms[i - 1], is_org, NAME_JOINERS)):
            yield body, "locatedIn", pl, "listed-bodies-in-place"
        yield ms[i - 1], "locatedIn", pl, "listed-bodies-in-place"


def located_in(c: Context) -> Iterator[Found]:
    """ORG 位于 PLACE; 位于 PLACE 的 ORG; ORG…总部位于 PLACE."""
    ms = c.mentions
    for a in ms:
        if a.located_at is not None:  # 辽宁省丹东市鸭绿江造纸厂: the text places it (the guideline's case)
            yield a, "locatedIn", a.located_at, "place-before-org-name"
        if a.body is not None:
            # 某某有限公司城西管廊项目部: the unit, named in full, of the company its name opens with (a
            # company's party committee, 某有限公司党委, is no unit of it: the union golds leave that to inference)
            # (a company's facility named after it, 某有限公司职工活动中心, is a Place: no unit of it)
            if not a.name.endswith(_PARTY_COMMITTEE_HEADS) and a.type != "Place":
                yield a, "subOrganizationOf", a.body, "unit-of-org"
            if a.body.located_at is not None:  # 河北省开滦矿务局唐家庄矿: the body is where its name places it
                yield a.body, "locatedIn", a.body.located_at, "place-before-org-name"
    yield from _placed_inside_an_event_name(c)
    if "Place" not in c.kinds or "org" not in c.kinds:
        return  # (each pattern below places an organisation named here at a place named here)
    for i, a in enumerate(ms):
        if a.type == "Place" and c.before(a, 4).endswith(_PLACING_VERBS):
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and is_org(nxt) and c.gap(a, nxt) == "的" and not _NAME_GOES_ON.match(c.after(nxt, 1)):
                yield nxt, "locatedIn", a, "place-of-org"  # 位于宝山区的上海宝江钢结构工程有限公司
            elif (placed := _placed_by_locatives(c, i)) is not None:
                yield placed[1], "locatedIn", placed[0], "place-part-of-org"  # 位于安曼市西部的伊拉克使馆
            continue
        if a.type == "Place" and (nxt := ms[i + 1] if i + 1 < len(ms) else None) is not None \
                and c.gap(a, nxt) == "的" and placeable_body(nxt) and not _NAME_GOES_ON.match(c.after(nxt, 1)) \
                and not c.before(a, 2).endswith(_NOT_WHERE) and not _GOES_TO.search(c.before(a, 3)):
            # 天津武清县史各庄镇的飞鹰集团公司: an enterprise or institution of the place named before 的
            yield nxt, "locatedIn", a, "place-de-org"
        if a.type == "Place" and (nxt := ms[i + 1] if i + 1 < len(ms) else None) is not None and is_org(nxt) \
                and _KIND_DASH.fullmatch(c.gap(a, nxt)) and (not re.search(r"最|第一|首家|唯一", c.gap(a, nxt))
                                                           or place_level(a.name, load_lexicons()) in _HOME_DIVISION_LEVELS):
            # 亚洲最大的毛毯生产企业———X: the place is the scope of a superlative, not where X is; but a
            # division of the country is where its first or largest is (路桥区首家股份制医院———某医院)
            yield nxt, "locatedIn", a, "place-kind-dash-org"  # 新疆国有特困企业———乌鲁木齐纺织集团公司
        if not is_org(a):
            continue
        if (pl := _opened_in(c, i)) is not None:
            yield a, "locatedIn", pl, "org-opened-in-place"  # 陈列馆于今天在江苏省淮安市桃花垠落成
        for pl in ms[i + 1 : i + 4]:
            if pl.type != "Place":
                continue
            gap = c.gap(a, pl)
            # (地处河北清河县城东镇: the last place of a run written together is where it is; the larger
            # ones hold that place, an inferred fact — as 地处…的 ORG and 在…落成 read it)
            if starts(gap, "locate"):
                yield a, "locatedIn", _last_of_place_run(c, pl), "org-located-in-place"
            elif c.is_subject(a) and re.search(r"(?:总部|地址|总部设在|坐落)?(?:位于|地处|设在)$", gap) and not re.search(r"[，。；]", gap) and len(gap) <= 16:
                yield a, "locatedIn", _last_of_place_run(c, pl), "org-headquartered-in-place"  # 是一家总部位于深圳市龙华区的企业
            elif c.is_subject(a) and _SETTLES_IN.fullmatch(gap):
                yield a, "locatedIn", _last_of_place_run(c, pl), "org-settles-in-place"  # 合资公司将落户于天津市塘沽开发区
            break


#: between a body (the subject) and a place: it settles there (将落户于, 已正式落户); adverbs only
_SETTLES_IN = re.compile(r"(?:将|已|已经|正式|也|还|即将|先后|于[0-9０-９一二三四五六七八九十]{1,4}[年月日](?:[0-9０-９一二三四五六七八九十]{1,2}[月日])?)*"
                         r"落户(?:于|在|到)?")


def _last_of_place_run(c: Context, pl: Mention) -> Mention:
    """The last of the places written together from ``pl`` on (湖南省|南岭县|城东镇 -> 城东镇)."""
    ms = c.mentions
    k = ms.index(pl)
    while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.gap(ms[k], ms[k + 1]) == "":
        k += 1
    return ms[k]


#: the heads of a party committee named with its company (某有限公司党委)
_PARTY_COMMITTEE_HEADS = ("党委", "党工委")
#: the kinds of mention a unit and its body are; the body must be an enterprise or an institution
#: (:data:`_INSTITUTION_HEADS`): not an organ, 国务院办公厅, nor a union, 总工会组织部, whose units the golds
#: leave out
_UNIT_BODY_TYPES = ("Company", "Organization")
#: the heads of institutions whose units are read (大学|船舶学院, 医院|重症医学科)
_INSTITUTION_HEADS = ("大学", "学院", "医院", "学校", "中学", "小学")


@functools.cache
def _unit_heads() -> tuple[str, ...]:
    """The heads of a unit written under its body's name (``subunit_heads``, ``crew_unit_heads``,
    ``unit_of_body_heads``): joined once, not for every sentence."""
    lex = load_lexicons()
    return tuple(lex.words.get("subunit_heads", ())) + tuple(lex.words.get("crew_unit_heads", ())) \
        + tuple(lex.words.get("unit_of_body_heads", ()))


@needs("org")  # (it reads only Company and Organization mentions of the sentence)
def units_written_under_their_body(c: Context) -> Iterator[Found]:
    """某公司温江分公司, 某大学船舶与海运学院, 某钢铁公司炼铁厂: a unit written under the full name of an
    enterprise or an institution the article names on its own is a unit of that body (unit heads: ``subunit_heads``,
    ``crew_unit_heads``, ``unit_of_body_heads``), ``unit-written-under-its-body``."""
    heads = _unit_heads()
    bodies = None
    for u in c.mentions:
        if u.type not in _UNIT_BODY_TYPES or u.body is not None or not u.key.endswith(heads):
            continue
        if bodies is None:  # (the bodies named on their own, each once, the last of a name: the article's mentions)
            bodies = c.once("unit_bodies", lambda: {m.key: m for m in c.article.mentions if m.type in _UNIT_BODY_TYPES})
        # the longest body's name the unit's opens with (looked up by prefix, longest first: a long
        # line names thousands of bodies, and reading them all for each unit cost its square)
        parent = next((bodies[k] for k in (u.key[:n] for n in range(len(u.key) - 2, -1, -1))
                       if k in bodies and _named_outside(c, k, u)), None)
        if parent is not None and (parent.type == "Company" or parent.key.endswith(_INSTITUTION_HEADS)) \
                and u.key[len(parent.key):].endswith(heads) \
                and not _INSTITUTION_NAME_GOES_ON.match(u.key, len(parent.key)):
            # (中国科学院 + 大学人工智能学院: the name goes on into another institution's, 中国科学院大学)
            yield u, "subOrganizationOf", parent, "unit-written-under-its-body"


#: the types of a federation's units written under its name (a school, a service team, an aid station)
_FEDERATION_UNIT_TYPES = ("Organization", "ServiceTeam")


@needs("org")
def units_written_under_their_federation(c: Context) -> Iterator[Found]:
    """某市总工会职工学校, 某区总工会职工法律援助工作站, 市总工会“某某”志愿服务队: a unit a federation runs
    (``federation_unit_heads``), written under the full name of a federation or union the article
    names on its own, is a unit of it (the union annotation: a parent written inside its unit's
    name); not a department (宣传部: left to the name) nor a standing committee (经审会: nested in its
    name by unit_parents when the federation is written in full), ``unit-written-under-its-federation``."""
    heads = words_tuple(load_lexicons(), "federation_unit_heads")
    for u in c.mentions:
        if u.type not in _FEDERATION_UNIT_TYPES or not u.key.endswith(heads):
            continue
        # the first-named federation or union whose name the unit's opens with, the longest (by prefix)
        first = c.once("first_unions", lambda: _first_of_each_key(c.article.mentions, ("Federation", "TradeUnion")))
        parent = next((first[k] for k in (u.key[:n] for n in range(len(u.key) - 3, -1, -1))
                       if k in first and _named_outside(c, k, u)), None)
        if parent is None or not parent.key.endswith("工会"):
            continue
        head = max((h for h in heads if u.key.endswith(h)), key=len)
        if body_between(u.key[len(parent.key) : len(u.key) - len(head)], load_lexicons()):
            continue  # (市总工会|机关工会|志愿服务队, 市总工会|疗休养院|服务中心: the body between runs it)
        yield u, "subOrganizationOf", parent, "unit-written-under-its-federation"


#: the head of a delegation a body sends (某市总工会代表团, 某国工会联合会代表团); a team (代表队) is nested by
#: the grammar and unit_parents, a visiting party (考察团, 慰问团) is any group's
_DELEGATION_HEAD = "代表团"


@needs("org")
def delegations_of_their_senders(c: Context) -> Iterator[Found]:
    """某市总工会代表团, 老挝工会联合会代表团: a delegation named by the body it comes from, with that body
    named on its own in the article, is a unit of it (``delegation-named-after-its-sender``; the
    union golds write it so where the sender is an entity of the page)."""
    for u in c.mentions:
        if u.type != "Organization" or not u.name.endswith(_DELEGATION_HEAD) or u.body is not None:
            continue
        if u.key.endswith(_DELEGATION_HEAD):
            key = u.key[: -len(_DELEGATION_HEAD)]
            sender = next((m for m in c.article.mentions if m.key == key and is_org(m)), None)
        else:  # 市总工会代表团: a short form, the sender by its level only (see _sender_by_its_level)
            sender = _sender_by_its_level(c, u.name[: -len(_DELEGATION_HEAD)])
            key = sender.key if sender is not None else ""
        if sender is not None and len(key) >= 3 and _named_outside(c, key, u):
            yield u, "subOrganizationOf", sender, "delegation-named-after-its-sender"


#: a level's short form of a body (市总工会, 省总工会, 县委)
_LEVEL_SHORT_FORM = re.compile(r"[省市县区][\u4e00-\u9fff]{1,4}")
#: right before a body: the delegation goes to it or visits it (赴某市总工会, 访问某市总工会)
_VISITED = re.compile(r"(?:赴|到|去|至|前往|来到|访问|拜访|走访|考察)\Z")


#: after a host body, in its sentence: its people accompany or receive the visitors (某市总工会主席某某陪同)
_HOSTS = re.compile(r"[^。；！？]{0,16}?(?:陪同|接待|迎接)")


def _sender_by_its_level(c: Context, short: str) -> Mention | None:
    """The body a delegation named by a level's short form comes from (市总工会代表团: the one 市总工会
    of the article, 某市总工会): the only body of the article whose name ends in that short form
    and that is not the host: where a delegation goes (赴海河市总工会), the body of the place it goes
    to (到江城市参观…，江城市总工会…), one whose people accompany or receive it (某市总工会主席某某陪同);
    else None."""
    if not _LEVEL_SHORT_FORM.fullmatch(short):
        return None
    text = c.article.text
    visited = tuple(m.name for m in c.article.mentions
                    if m.type == "Place" and _VISITED.search(text, max(0, m.start - 4), m.start))
    hosts = {m.key for m in c.article.mentions if is_org(m) and (
        _VISITED.search(text, max(0, m.start - 4), m.start) or (visited and m.key.startswith(visited))
        or _HOSTS.match(text, m.end))}
    senders = {m.key: m for m in c.article.mentions if is_org(m) and m.key != short and m.key.endswith(short)
               and len(m.key) > len(short) and m.key not in hosts}
    return next(iter(senders.values())) if len(senders) == 1 else None


def named_outside(mentions: list[Mention], key: str, unit: Mention) -> bool:
    """Whether the body ``key`` is named somewhere not inside a mention of ``unit``'s name."""
    spans = [(m.start, m.end) for m in mentions if m.key == unit.key]
    return any(m.key == key and not any(s <= m.start and m.end <= e for s, e in spans) for m in mentions)


def _named_outside(c: Context, key: str, unit: Mention) -> bool:
    """:func:`named_outside` over the article's mentions, read once by name for the article: the
    spans of ``unit``'s name by start with the farthest end reached so far, so that a mention is
    inside one when the farthest end of those opening at or before it reaches its end."""
    answers = c.once("named_outside", dict)
    if (key, unit.key) not in answers:
        by_key = c.once("mentions_by_key", lambda: _by_key(c.article.mentions))
        spans = sorted((m.start, m.end) for m in by_key.get(unit.key, ()))
        starts, reach = [s for s, _ in spans], list(itertools.accumulate((e for _, e in spans), max))
        answers[key, unit.key] = any(
            (k := bisect.bisect_right(starts, m.start) - 1) < 0 or reach[k] < m.end for m in by_key.get(key, ()))
    return answers[key, unit.key]


def _by_key(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """The mentions by the name they stand for: ``{"甲公司": [m1, m2]}``."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.key, []).append(m)
    return out


def _first_of_each_key(mentions: list[Mention], types: tuple[str, ...]) -> dict[str, Mention]:
    """The first mention of each name among those of ``types``: ``{"甲市总工会": m}``."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.type in types:
            out.setdefault(m.key, m)
    return out


#: before PLACE 的 ORG, what makes the place something else: a comparison's or a source's (比/从/
#: 与/和 北京的…), a list of places (、)
_NOT_WHERE = ("比", "从", "与", "和", "同", "、", "跟")
#: a verb of going before PLACE 的 ORG…: 抵达杭州的某公司代表 says who arrived, not where the body is
_GOES_TO = re.compile(r"(?:抵达|到达|来到|回到|前往|进入|赶到|到|去|赴|来|回)$")
#: verbs that place what follows (位于 PLACE 的 ORG; 总部设在 PLACE 的 ORG)
_PLACING_VERBS = ("位于", "地处", "坐落在", "坐落于", "坐落", "设在", "总部在", "落户在", "落户于", "地址在")
#: the organisation's name goes on past the mention (设在上海的航天部６１５所): the mention is not the body
_NAME_GOES_ON = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]")
#: words for a part of or a spot near a place, between 位于 PLACE and 的 ORG (位于北京西郊的…,
#: 位于呼和浩特北郊大青山南麓的…); a distance (东南70公里处) is not among them
_LOCATIVE = r"(?:东|西|南|北|中|东南|东北|西南|西北)?(?:部|郊|郊区|面|侧|端|麓|南麓|北麓|脚下|山脚下)|" \
            r"市区|城区|市中心|中心|旁|旁边|附近|边|一带|境内|腹地|之畔|河畔|岸边|交界处"
_LOCATIVE_GAP = re.compile(rf"(?:{_LOCATIVE})+")


def _placed_by_locatives(c: Context, i: int) -> tuple[Mention, Mention] | None:
    """(place, organisation) for 位于 PLACE(PLACE…)LOCATIVE 的 ORG: the last place named before the
    locative words and 的, and the organisation right after them; None otherwise."""
    ms = c.mentions
    k = i
    while k + 1 < len(ms) and ms[k + 1].type == "Place" and (
            c.gap(ms[k], ms[k + 1]) == "" or _LOCATIVE_GAP.fullmatch(c.gap(ms[k], ms[k + 1]))):
        k += 1
    if k + 1 >= len(ms) or not is_org(ms[k + 1]):
        return None
    gap = c.gap(ms[k], ms[k + 1])
    if not gap.endswith("的") or not (gap == "的" and k > i or _LOCATIVE_GAP.fullmatch(gap[:-1])):
        return None  # 地处四川省泸州市古蔺县的郎酒厂: a run of places, then 的
    if _NAME_GOES_ON.match(c.after(ms[k + 1], 1)):
        return None
    return ms[k], ms[k + 1]


#: the levels of the country's own divisions (a province, a city, a county or district): the scope of a
#: superlative there (某区首家…医院, 某省最大的…企业) holds the body
_HOME_DIVISION_LEVELS = frozenset({"province", "prefecture", "city", "county"})
#: PLACE + a kind of body + a dash, then the body's name: 新疆国有特困企业———乌鲁木齐纺织集团公司
#: (not outside the place, 上海市以外最大的…企业———X, 湖南省之外, 市外, 以东: the place is only where the
#: scope is measured from; 市外资企业 is the city's foreign-funded firm)
_KIND_DASH = re.compile(r"(?!以外|之外|外(?![资商贸企籍])|以[东南西北])"
                        r"的?[\u4e00-\u9fff]{0,8}?(?:企业|工厂|公司|厂家|单位|学校|医院)(?:之一)?[—―－-]{1,3}")
#: ORG (于今天) 在 PLACE … 落成: a body opened, built or settled at a place; the verb must end the
#: clause (在南岭市成立了办事处 places the office, not the body). Between the body and 在 only when
#: it happened and adverbs: a noun there is the subject (某集团新冷轧生产线在某市投产: the line, not
#: the group), a word of plan or failure tells no opening (计划明年在…, 未能在…投产, 将于…); but the
#: body's own premises are the body where they are (某中心新址在某广场正式启用)
_OPENED_GAP = re.compile(r"(?:新址|新厂址|新馆|总部)?(?:(?:已|已经|正式)?于(?!明年|后年|下个?月|下周|年内|近期)[^，。；在的计拟将未没准]{1,10}?"
                         r"|(?:日前|近日|最近|近期|目前|今天|今日|昨天|昨日|前天|前不久|不久前|去年|今年|本月|上月|年初|年底"
                         r"|[0-9０-９一二三四五六七八九十〇零]{2,4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?"
                         r"(?:[0-9０-９一二三四五六七八九十]{1,3}日)?(?:[上中下]旬|上午|下午|晚上)?)"
                         r"(?:已经|已|也|还|又|先后|相继|正式|首先)*在")
#: a kind of body and a dash before a body's name: the kind describes it (公关公司———某某有限公司)
_KIND_BEFORE_DASH = re.compile(r"(?:企业|工厂|公司|厂家|单位|学校|医院|中心|机构)(?:之一)?[—―－-]{1,3}$")
#: the same after a comma that closes the body's clause, a time word opening the next (…共同投资组建的
#: 华韵影视光盘公司，日前在北京正式投入生产): the body described before the comma is the topic the
#: clause after it tells of
_OPENED_GAP_AFTER_COMMA = re.compile(r"[，,](?:日前|近日|最近|今天|昨天|今日|近期|目前|"
                                     r"(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)"
                                     r"(?:上午|下午|晚上)?(?:已经?)?(?:正式)?在")
#: (揭牌投用, 正式启用: a centre put to use there, new premises included: 新址在某广场正式启用; 建成投产,
#: 投入生产: a works that starts production there)
_OPENED_VERB = re.compile(r"(?:正式)?(?:(?:落成|建成|竣工|开业|开张|开馆|揭牌|挂牌成立|挂牌|成立|落户|安家)(?:投用|启用|投入使用|投产)?"
                          r"|投用|启用|投入使用|投产|投入生产)(?:了)?(?=[，。；,]|$)")


def _opened_in(c: Context, i: int) -> Mention | None:
    """The place (the last of a run such as 江苏省淮安市桃花垠) where the organisation ``i`` is said
    to have opened, been built or settled (ORG 于今天在 PLACE 落成), or None."""
    ms = c.mentions
    a = ms[i]
    if i + 1 >= len(ms) or ms[i + 1].type != "Place":
        return None
    gap = c.gap(a, ms[i + 1])
    after_comma = _OPENED_GAP_AFTER_COMMA.fullmatch(gap) is not None
    if not (after_comma or _OPENED_GAP.fullmatch(gap)):
        return None
    k = i + 1
    while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.gap(ms[k], ms[k + 1]) == "":
        k += 1
    # the subject, perhaps described first (由区总工会投资建设的某中心在某街道揭牌投用)
    described = _DESCRIBED_SUBJECT.fullmatch(c.text, c.clause_of(a)[0], a.start) is not None
    # named after its kind and a dash (中国第一家中日合资的公关公司———某某有限公司近日在北京正式成立): the
    # kind describes the subject; after a comma, a relative clause does too (…组建的某公司，日前在…),
    # not 某某参观了某公司，今天在北京…: the object of another verb
    lead = c.text[c.clause_of(a)[0] : a.start]
    described = described or _KIND_BEFORE_DASH.search(lead) is not None or after_comma and lead.endswith("的")
    verb = _OPENED_VERB.match(c.after(ms[k], 8))
    if not (c.is_subject(a) or described) or not verb:
        return None
    if not described and _STARTS_PRODUCTION.fullmatch(verb.group()):
        return None  # 德国大众汽车公司日前在长春投产: a works of the body starts production there, the
        # body is not placed (but a body described as new, 新组建的某公司…投产, is that works)
    return ms[k]


#: starting production alone, no building or opening said (投产, 投入生产; not 建成投产)
_STARTS_PRODUCTION = re.compile(r"(?:正式)?(?:投产|投入生产)(?:了)?")


#: a relative clause that opens the clause and describes its subject: 由某某投资建设的, 新建成的
_DESCRIBED_SUBJECT = re.compile(r"(?:由|新)[^，。；：“”]{1,20}的")


#: after 由 ORG(、ORG)(等九家公司): a founding verb that ends the clause's predicate (not …的 ORG,
#: a relative clause of another body: founded_by's 由A组建的C)
_FOUNDED_AFTER_BY = re.compile(r"(?:等(?:[^，。；、的]{0,8}?[0-9０-９一二三四五六七八九十几多]+(?:家|个)[\u4e00-\u9fff]{0,6}?(?:公司|企业|单位|部门|银行|机构)"
                               r"|[0-9０-９一二三四五六七八九十几多]*(?:家|个)?(?:公司|企业|单位|部门|银行|机构)?))?"
                               r"(?:于[0-9０-９一二三四五六七八九十〇零]{2,4}年(?:[0-9０-９一二三四五六七八九十]{1,2}月)?)?"
                               r"(?:共同|联合|合资|出资|投资|牵头)?(?:发起|组建|创办|创立|设立|成立|兴办)(?:成立|设立|组建)?(?:而成)?"
                               r"(?![^，。；]{0,12}的)")


#: an adverbial of naming before a verb of founding: 以他的名字命名(成立了), 以劳模姓名命名
_NAMED_FOR = re.compile(r"^以[^，。；]{1,10}?(?:的)?(?:名字|姓名|名义)?命名(?=成立|设立|组建|创建|建立)")


#: what every founding verb the patterns of :func:`founded_by` read holds (创办, 兴办, 办起, 建起,
#: 组建, 兴建, 筹建, 成立, 设立, 创立, 组成, 发起…): a sentence without any founds nothing
_ANY_FOUNDING = re.compile(r"[办建]|成立|设立|创立|组成|发起|打造")


@needs("org", words=_ANY_FOUNDING)
def founded_by(c: Context) -> Iterator[Found]:
    """由 ORG 组建的 ORG: the founder comes first, the founded organisation after 的; PERSON/ORG
    建起了 ORG: the founder right before the verb (王立建起了北丰复合肥厂)."""
    if len(c.mentions) < 2:
        return  # (every founding here names a founded body)
    ms = c.mentions
    for i, a in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if (a.type == "Person" or is_org(a)) and nxt is not None and is_org(nxt):
            gap = c.gap(a, nxt)
            verb = _FOUNDING.match(gap)
            if verb and verb.end() == len(gap) and not _place_or_basis(c, a):
                yield a, "founded", nxt, "agent-founds-org"
            elif _FOUNDED_REL.fullmatch(gap) and not c.before(a, 1).endswith("由"):
                yield a, "founded", nxt, "agent-founded-org"  # 王立所创办的北丰家政服务社
    yield from _founded_by_carried_subject(c)
    yield from _set_up_inside_a_body(c)
    yield from _founded_then_named_after_dash(c)
    for i, a in enumerate(ms):  # ORG 成立了以 PERSON 为首的 ORG: the body set up around its head
        if is_org(a) and i + 2 < len(ms) and ms[i + 1].type == "Person" and is_org(ms[i + 2]) \
                and _SETS_UP_AROUND.fullmatch(c.gap(a, ms[i + 1])) and _HEADED.fullmatch(c.gap(ms[i + 1], ms[i + 2])):
            yield a, "founded", ms[i + 2], "org-founds-org-headed-by"
    founding = _FOUNDING_WORD.search(c.text, c.sentence.start, c.sentence.end) is not None
    for i, a in enumerate(ms):
        if not founding:
            break  # (most sentences found nothing: no list to gather)
        if not is_org(a) or i > 0 and is_org(ms[i - 1]) and c.gap(ms[i - 1], a) in COORDINATORS:
            continue  # (only from the first of a list)
        by = c.before(a, 1).endswith("由")
        founders = c.coordinated(a)  # 由A和B共同组建的C: each of the bodies listed after 由
        k = ms.index(founders[-1]) + 1
        if k + 1 < len(ms) and ms[k].type == "Place" and c.before(ms[k], 1) == "在":
            k += 1  # A与B将在中国合资建立C: where they found it stands between
        nxt = ms[k] if k < len(ms) else None
        if nxt is None or not is_org(nxt):
            continue
        gap = c.gap(founders[-1], nxt)
        together = gap[2:] if gap.startswith(("共同", "联合", "合资", "合作", "牵头")) else gap
        together = together.removesuffix("“")  # (…组建的“某某志愿服务队”: a quoted name)
        if by and ((w := has(together, "found")) and together in (w + "的", w + "了的") or together in _BUILT_BY):
            for founder in founders:
                yield founder, "founded", nxt, "founded-by-org"
        elif len(founders) >= 2 and _JOINTLY_FOUNDED.fullmatch(gap):
            # A和B于去年联合组建的C, A与B合资兴建的C, A同B共同投资组建了C: each of the list founded C
            for founder in founders:
                yield founder, "founded", nxt, "orgs-jointly-found-org"
    # 该公司由西安海星公司等九家公司共同发起: the body before 由 was founded by those after it;
    # 南岭基金会成立于1998年，由南岭市总工会发起成立: a clause of its founding between
    for i, a in enumerate(ms[1:], 1):
        prev = ms[i - 1]
        if is_org(a) and c.before(a, 1) == "由":
            # 该联合工会在区总工会指导下，由A、B等企业联合组建: the topic, past the body guiding it
            topic = next((t for t in ms[:i] if is_org(t) and c.is_subject(t)
                          and _GUIDED_THEN_BY.fullmatch(c.text, t.end, a.start)), None)
            prev = topic or prev
        if not is_org(a) or not is_org(prev) or c.gap(prev, a) not in ("由", "是由", "系由", "为") and not (
                _FOUNDED_IN_THEN_BY.fullmatch(c.gap(prev, a)) and c.is_subject(prev)) \
                and not _GUIDED_THEN_BY.fullmatch(c.text, prev.end, a.start):
            continue
        founders = c.coordinated(a)
        if _FOUNDED_AFTER_BY.match(c.text, founders[-1].end, c.sentence.end):
            for founder in founders:
                yield founder, "founded", prev, "org-founded-by-orgs"


#: between a founder and the body after its 在 (市总工会在市法院设立…): adverbs and when only
#: (于今年3月在)
_AT_A_BODY = re.compile(r"(?:已|还|也|先后|专门|正式)*" + _WHEN_FOUNDED + r"(?:已|还|也|先后|专门|正式|共同|联合)*在")
#: between two founders that set it up together (A联合B在…设立, A会同B): the second is a founder too
_JOINTLY_WITH = re.compile(r"联合|会同|携手|与|和|同")
#: between that body and the unit set up inside it: 设立 (a branch or office set up in a host), not a
#: bare 成立 (某公司成立了工会: the host's own union)
_SET_UP_IN_IT = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?(?:内|里|中))?(?:专门|正式)?(?:设立|开设)(?:了)?(?:一(?:个|家|处))?[“\"]?")


def _set_up_inside_a_body(c: Context) -> Iterator[Found]:
    """市总工会在市中级人民法院设立劳动争议调解工作室: the subject before 在 founded the unit set up
    in the host body or place after it (the host only gives it a room); a subject of several bodies
    (A、B在…设立, A联合B在…设立) founded it together."""
    ms = c.mentions
    for i in range(len(ms) - 2):
        founder, host, unit = ms[i], ms[i + 1], ms[i + 2]
        if not (is_org(founder) and (is_org(host) or host.type == "Place") and is_org(unit)
                and _AT_A_BODY.fullmatch(c.gap(founder, host)) and _SET_UP_IN_IT.fullmatch(c.gap(host, unit))):
            continue
        founders = [founder, *c.coordinated_before(founder)]
        k = ms.index(founders[-1])
        if k > 0 and is_org(ms[k - 1]) and _JOINTLY_WITH.fullmatch(c.gap(ms[k - 1], ms[k])):
            founders += [ms[k - 1], *c.coordinated_before(ms[k - 1])]  # (A联合B: A, the subject, too)
        if c.is_subject(founders[-1]):
            for one in founders:
                yield one, "founded", unit, "org-sets-up-unit-in-body"


#: 由A与B共建的C, 由A、B联合打造的C: a verb of building a body that is founding (not 建设, building works)
_BUILT_BY = ("共建的", "打造的", "创建的", "建立的")
#: a topic body, then the circumstance of its founding before 由 its founders (在区总工会指导下，由)
_GUIDED_THEN_BY = re.compile(r"在[^。；：]{1,24}?(?:指导|支持|帮助|推动|倡导|牵头)下[，,]?(?:是|系)?由")
#: between a body and 由 its founders: a clause saying when it was founded (成立于1998年，由)
_FOUNDED_IN_THEN_BY = re.compile(r"(?:正式)?(?:成立|组建|创办|创建|创立|设立)于[^，。；、]{1,16}[，,](?:是|系)?由")
#: a clause with no subject of its own before a founding verb: only a year, 他/她, adverbs and a
#: 带领/和…一起 phrase (，１９９３年带领家里６个下岗姊妹办起了…)
_NO_NEW_SUBJECT = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+年(?:底|初)?|他|她|又|还|便|就|并|终于|随后|后来|毅然|"
                             r"带领[^，。；、]{0,14}?|和[^，。；、]{0,10}?一起)*")


#: after a person's name, what makes it name a quality or a way, not someone who acts (徐虎精神,
#: 雷锋式的, 邓小平理论)
_NAMES_A_QUALITY = re.compile(r"(?:同志)?(?:的)?(?:精神|式|事迹|理论|思想|品格|品质|作风)")


#: a first clause that reports speech (他指出，): the clauses after it are what was said
_SAYS_THEN = re.compile(r"(?:说|指出|表示|强调|认为|介绍|坦言|希望|要求|提出)(?:道)?$")


def _founded_by_carried_subject(c: Context) -> Iterator[Found]:
    """张某原是…干部，１９９３年辞去公职，带领…办起了某公司: the person (or body: 某厂实行股份制
    改造，成立了某公司) who opens the sentence also does a later clause that has no subject of its
    own, when no other person or body is named between."""
    ms = c.mentions
    first = next((m for m in ms if m.type != "Place"), None)
    if first is None or not (first.type == "Person" or is_org(first)) or not c.is_subject(first):
        return  # (a body too: 农药厂实行股份制改造，成立了某某股份有限公司)
    text = c.text
    for k, b in enumerate(ms):
        if b.start <= first.end or not is_org(b):
            continue
        if any(m.type != "Place" and not _NAMES_A_QUALITY.match(text, m.end) for m in ms[ms.index(first) + 1 : k]):
            return  # another doer named in between (not 推广徐虎精神: a person whose spirit is meant)
        verb = _FOUNDING_END.search(text, max(first.end, b.start - 10), b.start)
        if verb is None or verb.group().startswith("建成") and b.type != "Company":
            continue  # 建成 founds a works (终于建成…化工厂), not a hall
        clause = max(text.rfind(p, first.end, verb.start()) for p in "，,；;")
        if clause < 0 or not _NO_NEW_SUBJECT.fullmatch(text, clause + 1, verb.start()):
            continue
        if _SAYS_THEN.search(text, first.end, clause):
            return  # 他指出，成立联合会是…: what is said follows, not what the speaker did
        yield first, "founded", b, "carried-subject-founds-org"
        return


#: ORG 成立了 (a description) ——— ORG: what was founded is named after the dash
_FOUNDED_DESCRIBED = re.compile(r"(?:先后|又|还|也|相继|率先|正式)?(?:创办|创建|创立|兴办|组建|成立|设立|建立)(?:了)?"
                                r"(?P<what>[^，。；：—―]{2,30}?)[—―－-]{2,3}")


def _founded_then_named_after_dash(c: Context) -> Iterator[Found]:
    """李宁集团成立了中国第一家民办体育产业公司———李宁体育产业有限责任公司: the founder right
    before the verb, what it founded described and then named after a dash."""
    ms = c.mentions
    for a in ms:
        if not (is_org(a) or a.type == "Person"):
            continue
        found = _FOUNDED_DESCRIBED.match(c.text, a.end, c.sentence.end)
        if found is None:
            continue
        named = next((m for m in ms if opening(c.text, m) == found.end()), None)
        if named is not None and is_org(named) and not any(
                m.type == "Person" or is_org(m) and m.key != named.key for m in ms
                if found.start("what") <= m.start and m.end <= found.end("what")):
            yield a, "founded", named, "founds-described-then-named"


_FOUNDING_WORD = re.compile(r"组建|兴建|成立|建立|创办|创建|创立|设立|筹建|兴办|发起|共建|打造")
#: between a list of bodies and the body they set up together: (于 a time) (将)(在 a place)
#: (共同|联合|合资…)(投资) and a founding verb, then 的 or 了 or the body (西单商场集团和友谊集团于
#: 去年９月５日联合组建的…集团; A与B、C将在中国合资建立D; A和B，共同投资组建的C: after a comma)
#: (A、B和C今天(上午)在京联合成立D, A和B去年联合组建了C, A和B３月５日…: a time word or date before
#: where, as 于去年 is)
_JOINTLY_FOUNDED = re.compile(r"[，,]?(?:于[^，。；]{1,12}?|(?:[0-9０-９]{4}年|去年|今年|本月|上月|今天|昨天|日前|近日|最近|近期)?"
                              r"(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:[0-9０-９一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上)?)"
                              r"(?:将|已|正)?(?:在[^，。；、]{1,10}?)?"
                              r"(?:共同|联合|合资|合作|携手)(?:投资|出资)?"
                              r"(?:组建|兴建|成立|建立|创办|创建|设立|筹建|兴办)(?:成立|设立)?(?:了|的|了的)?")
_FOUNDING_END = re.compile(r"(?:创办|创建|创立|兴办|办起|建起|建成|组建|组成|成立)(?:了)?(?:一(?:所|家|个|座|支))?[“\"『]?$")


#: ORG (立即)成立了以 (title) PERSON 为首/团长的 ORG
_SETS_UP_AROUND = re.compile(r"(?:立即|迅速|随即|专门|及时|已|还|又|先后|特别)?(?:成立|组建|建立|设立|组成)(?:了)?以[\u4e00-\u9fff]{0,6}")
_HEADED = re.compile(r"为(?:首|团长|组长|队长|总指挥|指挥长|主任|负责人)的")

#: PERSON/ORG (所/亲手)创办的 ORG: a relative clause naming the founder. Only verbs of setting up a
#: body: 建成的/建起的 also say who built a building (中建八局建成的体育馆), not who founded it.
_FOUNDED_REL = re.compile(r"(?:所|亲手|一手|当年|先后)?(?:创办|创建|创立|兴办|开办|组建|发起成立|牵头成立)(?:起来)?的")

#: a founding verb between the founder and what it founded, and nothing else (一手创办了, 建起了); a
#: person may be called 同志 first (某某同志发起成立了…)
_FOUNDING = re.compile(r"(?:同志)?(?:先后|亲手|一手|自己|又|还|也|相继)?(?:创办|创建|创立|兴办|办起|建起|建成|建立|组建|发起成立|牵头成立)(?:了)?"
                       r"(?:一(?:所|家|个|座|支))?[“\"『]?")


def unions_of_enterprises(article: Article) -> list[tuple[Mention, Mention]]:
    """(union, enterprise) pairs an article ties by naming both: 海河钢铁集团工会 with
    海河钢铁集团有限公司 named in the same article, 科越电子工会 with 四川科越电子科技有限公司.

    The union's name minus 工会 must be the enterprise's name, or open it once a place opening
    the enterprise's name is left out; the enterprise is the first such mention (one per union).
    The enterprises are indexed by those forms, so an article of many names costs no more than
    their characters.
    """
    if not any(m.type == "TradeUnion" for m in article.mentions):
        return []  # (most articles: no union, whose enterprise the forms below would be looked up for)
    lex = load_lexicons()
    forms: dict[str, Mention | None] = {}  # a union's owner name -> the first enterprise it names
    # (each enterprise's forms by its key and its name, worked out once for both passes)
    # (a unit named under its enterprise, 某集团有限公司某项目部, is owned only by its whole name: a union
    # named by the enterprise's name, or a start of it, is the enterprise's, not the unit's)
    # (the enterprise nested in its unit's name, 某有限公司|冲压车间, is named there: its union is tied to it)
    named_bodies = [ent.body for ent in article.mentions if ent.body is not None and ent.body.type == "Company"]
    # (each name's forms as _owner_forms makes them: [0] the name, [1] it without a place opening it,
    # which _short_legal_forms reads; a unit named under its enterprise has only its name: [name, name])
    # (a party organ, 某有限公司党委, or a company's own committee, 某有限公司劳动争议调解委员会, is no enterprise
    # a union is of, though its name opens with one's; an institution named 某管理委员会 or 某居民委员会 is)
    committees = (*words_tuple(lex, "party_organs"), *words_tuple(lex, "own_committees"))
    enterprises = [(ent, [_owner_forms(name, lex) if ent.body is None else [name, name] for name in dict.fromkeys((ent.key, ent.name))])
                   for ent in [*article.mentions, *named_bodies] if is_org(ent) and ent.type not in ("Federation", "TradeUnion")
                   and not ent.key.endswith(committees)]
    own_forms = [(ent, {f for owner_forms in named for f in owner_forms}) for ent, named in enterprises]
    # (after every enterprise's own forms, which a union names more exactly: the legal ending said short,
    # in the whole name too: 贵州镇宁丰源煤业公司 for 贵州镇宁丰源煤业有限公司)
    short_forms = [(ent, {f for owner_forms in named for core in owner_forms[:2] for f in _short_legal_forms(core)})
                   for ent, named in enterprises]
    # (a short form two enterprises share, 远帆港务公司 of 泰州远帆港务有限公司 and 日照远帆港务有限公司,
    # names neither: the form is kept from later passes, with no enterprise, unless it is one's name)
    for pass_forms in (own_forms, short_forms):
        found: dict[str, Mention | None] = {}
        for ent, ent_forms in pass_forms:
            for form in ent_forms:
                other = found.setdefault(form, ent)
                if other is not None and other.key != ent.key and form not in (other.key, other.name):
                    found[form] = ent if form in (ent.key, ent.name) else None
        for form, ent in found.items():
            forms.setdefault(form, ent)
    out: list[tuple[Mention, Mention]] = []
    seen: set[str] = set()
    for union in article.mentions:
        if union.type != "TradeUnion" or union.key in seen:
            continue
        owner = _owner_name(union.key)
        ent = forms.get(owner) if owner else None
        if ent is None and owner in _BARE_UNIT_KINDS:
            # 项目部工会 after 某公司某片区城市更新项目部: a union written by its unit's bare kind is that
            # unit's, when the article names one unit of that kind (two: no telling which)
            ent = _the_one_unit(article, owner)
        if ent is not None and ent.key != union.key:
            out.append((union, ent))
            seen.add(union.key)
    return out


#: branches said by a kind, no one branch's name (农业银行全国分行行长会议, 30个工商银行城市分行)
_BRANCHES_OF_A_KIND = re.compile(r"(?:全国|城市|各地|各级|各|基层|所属|下属|省级|市级|县级|地市|海外|境外|国内|一级|二级)")


def branches_of_named_banks(article: Article) -> list[tuple[Mention, Mention]]:
    """(branch, bank) pairs an article ties by naming both: 秦川农商银行雁塔支行 with 西安秦川农村商业
    银行股份有限公司 named in the same article. The branch's name opens with a form of the bank's
    name that a union's name may take too (:func:`_owner_forms`, the trade's short form included),
    ending in 行, and goes on with a name of its own before its head (雁塔支行)."""
    lex = load_lexicons()
    banks = [m for m in article.mentions if m.type == "Company" and "银行" in m.key
             and not m.key.endswith(BANK_BRANCH_HEADS)]
    forms: dict[str, Mention] = {}
    for bank in banks:
        for form in {f for name in (bank.key, bank.name) for f in _owner_forms(name, lex)}:
            if len(form) >= 4 and form.endswith("行"):
                forms.setdefault(form, bank)
    out: list[tuple[Mention, Mention]] = []
    seen: set[str] = set()
    for branch in article.mentions:
        if not is_org(branch) or not branch.key.endswith(BANK_BRANCH_HEADS) or branch.key in seen:
            continue
        for form in sorted(forms, key=len, reverse=True):
            rest = branch.key[len(form) :]
            if branch.key.startswith(form) and len(rest) >= 3 and forms[form].key != branch.key \
                    and not _BRANCHES_OF_A_KIND.match(rest) and TokenIndex(branch.key).is_boundary(len(form)):
                # (the form ends on a word's end: 东林银行|业协会… is another body's name)
                out.append((branch, forms[form]))
                seen.add(branch.key)
                break
    return out


#: bare kinds of unit a union is written by (项目部工会, 分公司工会, 车间工会)
_BARE_UNIT_KINDS = ("项目部", "分公司", "车间", "公司", "厂", "矿", "医院", "学校", "分行", "支行")


def _the_one_unit(article: Article, kind: str) -> Mention | None:
    """The one organisation (no union, no federation) the article names whose name ends in ``kind``
    and is longer than it, else None."""
    units = {m.key: m for m in article.mentions if is_org(m) and m.type not in ("Federation", "TradeUnion")
             and m.key.endswith(kind) and m.key != kind}
    return next(iter(units.values())) if len(units) == 1 else None


def _owner_name(union: str) -> str | None:
    for tail in ("工会委员会", "工会"):
        if union.endswith(tail) and len(union) - len(tail) >= 2:
            return union[: -len(tail)]
    return None


def _short_legal_forms(core: str) -> list[str]:
    """中原精密轴承公司 for 洛阳中原精密轴承股份有限公司, from the name without its opening place
    (``_owner_forms(name)[1]``): the legal ending said short as 公司 (looked up only after every
    enterprise's own forms, which a union names more exactly)."""
    tail = next((t for t in _COMPANY_TAIL if core.endswith(t)), "")
    bare = core[: -len(tail)]
    return [bare + "公司"] if tail.endswith("公司") and tail != "公司" and not bare.endswith(("集团", "公司", "）", ")")) else []


def _owner_forms(name: str, lex) -> list[str]:  # type: ignore[no-untyped-def]
    """The names a union may give its enterprise ``name`` by: the name; without a place opening it
    (四川科越电子科技有限公司 -> 科越电子科技有限公司); and, without the legal ending, every opening of
    three or more characters (科越电子科技, 科越电子, 科越电)."""
    out = [name]
    core = name
    for n in range(min(6, len(core) - 2), 1, -1):
        if lex.knows_place(core[:n]):
            core = core[n:]
            break
    out.append(core)
    out.extend(_without_a_second_place(core, lex))
    tail = next((t for t in _COMPANY_TAIL if core.endswith(t)), "")
    bare = core[: -len(tail)] if tail else core
    out.append(bare)
    out.extend(bare[:k] for k in range(3, len(bare)))  # 临港精工 opens 临港精工机械
    for word, shorts in lex.trade_short_forms.items():  # 黔北农商银行 for 黔北农村商业银行
        if word in bare:
            out.extend(bare.replace(word, short) for short in shorts)
    return out


def _without_a_second_place(core: str, lex) -> list[str]:  # type: ignore[no-untyped-def]
    """镇宁丰源煤业有限公司 (贵州|镇宁|丰源煤业有限公司 without its first place) -> 丰源煤业有限公司,
    丰源煤业, 丰源煤业公司 (and 远帆港务 of 远帆港务集团有限公司, an opening of the rest):
    a registered name opening with two places, said by what follows both, when four characters or
    more stand before its legal ending (not 铝业 of 云南|永昌|铝业有限公司)."""
    tail = next((t for t in _COMPANY_TAIL if core.endswith(t)), "")
    for n in range(min(6, len(core) - 2), 1, -1):
        if lex.knows_place(core[:n]) and tail and len(core) - n - len(tail) >= 4:
            bare = core[n : -len(tail)]  # (and its openings of four or more: 远帆港务 of 远帆港务集团)
            return [core[n:], bare, *(bare[:k] for k in range(4, len(bare))), *_short_legal_forms(core[n:])]
    return []


#: an area of a county's level or below written before a company (蔡家坡镇, 钧台街道, 银海区)
_LOCAL_AREA_END = ("镇", "街道", "乡", "区", "县")


def _province_kept(m: Mention, area: Mention, ends: dict[int, Mention]) -> bool:
    """Whether the province opening a company's registered name (湖北|某纺织有限公司) places it beside
    the ``area`` written before it: a company of its own, not a branch (某公司青溪分公司: the name is
    its parent's), and no province written in the run of places before it that differs (湖北省青溪县
    石桥镇的浙江某公司: the text places it in 湖北)."""
    lex = load_lexicons()
    if m.body is not None or not province_not_city(m.located_at.name, lex):
        return False
    own, run = gazetteer_form(m.located_at.name, lex), area
    while run is not None:
        if place_level(run.name, lex) == "province" and gazetteer_form(run.name, lex) != own:
            return False
        run = ends.get(run.start)
    return True


def areas_written_before_companies(article: Article) -> None:
    """岐山县蔡家坡镇宝鸡秦岭齿轮有限公司: a company whose registered name opens with a place (宝鸡) is
    placed by the town, street or district written right before it (locatedIn 蔡家坡镇), rather than
    by its name's own place, in every sentence of the article (the golds: not 宝鸡). Read over the
    article's relations once the places written before names are mentions of their own (in place)."""
    from ...model import Evidence, Relation

    ends = {m.end: m for m in article.mentions if m.type == "Place"}
    placed: dict[str, tuple[Mention, Mention]] = {}
    for m in article.mentions:
        if m.type != "Company" or m.located_at is None or m.key in placed \
                or not (m.start <= m.located_at.start and m.located_at.end <= m.end):
            continue
        if any(o is not m and (o.start <= m.start and o.end > m.end or o.start == m.end) for o in article.mentions):
            continue  # (位于某街道的某建设集团有限公司某项目部, 某镇某置业有限公司“某府”住宅项目: the area
            # places the unit or the project written on, not the company)
        area = ends.get(m.start) or (ends.get(m.start - 1) if article.text[m.start - 1 : m.start] == "的" else None)
        if area is not None and area.name.endswith(_LOCAL_AREA_END) and len(area.name) >= 3 \
                and area.key != m.located_at.key:  # (临清市烟店镇的山东临清某轴承有限公司: 的 between)
            placed[m.key] = (m, area)
    if not placed:
        return
    prefixes = {m.located_at.key for m in article.mentions if m.key in placed and m.located_at is not None
                and not _province_kept(m, placed[m.key][1], ends)}  # (湖北|某公司: the province kept)
    kept = []
    for r in article.relations:
        if r.relation == "locatedIn" and r.head in placed and r.tail in prefixes \
                and all(e.rule == "place-before-org-name" for e in r.evidence):
            continue  # (the registered name's own place)
        kept.append(r)
    have = {(r.head, r.relation, r.tail) for r in kept}
    for key, (m, area) in placed.items():
        if (key, "locatedIn", area.key) in have:
            continue
        sent = next((s for s in article.sentences if s.start <= m.start and m.end <= s.end), None)
        if sent is None:
            continue
        kept.append(Relation(key, m.type, "locatedIn", area.key, "Place", [
            Evidence(article.id, sent.text, sent.start, sent.end, "area-written-before-org", m.start, m.end, area.start, area.end)]))
    article.relations = kept


#: A、B和C(等8家单位) 作为成员单位入驻 D: the bodies listed enter D (a joint centre, an alliance) as its
#: members; D named, or written by its kind alone (入驻中心, 该联盟: the one body of that kind named
#: before). Not 将作为…入驻: a plan, no membership yet
_ENTERS_AS_MEMBER = re.compile(r"(?:等(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:家|个)(?:单位|部门|机构)?)?"
                               r"(?:均|都|也|还|已)?(?:作为|以)(?:首批|新)?(?:成员单位|会员单位)(?:的?身份)?"
                               r"(?:正式|首批|集中|统一)?(?:入驻|进驻|加入)了?"
                               r"(?:(?:该|本)?(?P<kind>[\u4e00-\u9fff]{2,4}?)(?=[，。；、,]))?")


@needs("org", words=("成员单位", "会员单位"))
def bodies_enter_as_members(c: Context) -> Iterator[Found]:
    """邯郸市劳动人事争议仲裁院、某法律援助中心和某律师事务所作为成员单位入驻中心: each body of the list
    is a member of the body they enter (``org-enters-as-member``)."""
    ms = c.mentions
    for i, a in enumerate(ms):
        if not is_org(a):
            continue
        entry = _ENTERS_AS_MEMBER.match(c.text, a.end)
        if entry is None:
            continue
        members = [a]
        k = i - 1
        while k >= 0:
            m = ms[k]
            if m.start >= members[-1].start and m.end <= members[-1].end:
                k -= 1  # (a place nested in the body's name: 河北|某律师事务所)
                continue
            if not is_org(m) or c.text[m.end : members[-1].start] not in ("、", "和", "及", "与"):
                break
            members.append(m)
            k -= 1
        kind = entry.group("kind")
        if kind is None:
            host = next((b for b in ms[i + 1 :] if is_org(b) and b.start == entry.end()), None)
        else:  # (a body of the list is no host of itself: 某法律援助中心…入驻中心)
            listed = {m.key for m in members}
            named = {m.key: m for m in c.article.mentions if is_org(m) and m.end <= a.start and not m.reference
                     and m.key.endswith(kind) and len(m.key) > len(kind) and m.key not in listed}
            host = next(iter(named.values())) if len(named) == 1 else None
            if host is not None and not _last_of_kind_is(c, host, kind, min(m.start for m in members)):
                host = None  # (…主任介绍，新建成的调解中心…入驻中心: the centre just written, not the body named)
        if host is None:
            continue
        for member in members:
            if member.key != host.key:
                yield member, "memberOf", host, "org-enters-as-member"


#: word classes of a word that makes the kind after it a body of its own description (调解|中心)
_KIND_MODIFIER_TAGS = frozenset({"n", "vn", "nz", "j", "v"})


def _last_of_kind_is(c: Context, host: Mention, kind: str, before: int) -> bool:
    """Whether the last ``kind`` written before ``before`` (中心 of 入驻中心) may be ``host``: inside its
    name or a mention standing for it, or bare (该中心, 为中心揭牌: the host pointed to); a nearer kind
    with a word of its own before it (新建成的调解中心) is another body, the one the short form
    points to."""
    at = c.text.rfind(kind, 0, before)
    if at < 0 or any(m.start <= at and at + len(kind) <= m.end and host.key in (m.key, m.canonical)
                     for m in c.article.mentions):
        return True
    start = max(0, at - 8)
    idx = TokenIndex(c.text[start : at + len(kind)])
    k = idx.index_at(at - start)
    if k is None:
        return True
    tok = idx.tokens[k]
    prev = idx.tokens[k - 1] if k > 0 else None
    if tok.start < at - start:
        word = tok.word  # (调解中心: jieba's one word)
    elif prev is not None and prev.end == tok.start and len(prev.word) >= 2 and prev.pos in _KIND_MODIFIER_TAGS:
        word = prev.word + tok.word
    else:
        return True
    # the host's own short form (服务中心 of 南岭市职工服务中心) is the host, not another body
    return any(name.endswith(word) for name in (host.text, host.name, host.canonical) if name)
