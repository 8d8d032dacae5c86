"""A small hand-made knowledge graph for the output tests.

Every entity type, both byline roles, relations of several kinds with evidence, one inferred
relation, and hostile names (quotes, backslash, newline, markup, emoji) that every writer must
survive. Offsets are computed from the texts, so ``article.text[start:end]`` always holds.
"""

from __future__ import annotations

from uniongraph.ids import article_id, entity_id
from uniongraph.model import (
    Article,
    Byline,
    Entity,
    EntityMention,
    Evidence,
    KnowledgeGraph,
    Relation,
    Resolution,
    Sentence,
)

#: Names a tokenizer, a Turtle writer or a browser could choke on.
HOSTILE_EVENT = "<img src=x onerror=alert(1)>职工技能大赛"
HOSTILE_COMPANY = '“蓝天”\\"引号"有限公司'
HOSTILE_PLACE = "新华\n街道"
HOSTILE_PERSON = "李🎉明"

FEDERATION = "北京市总工会"
UNION = "蓝天科技工会"
COMPANY = "蓝天科技有限公司"
TEAM = "和美志愿服务队"
COLLEGE = "北京市工会干部学院"
PERSON = "王建国"
PLACE = "回天地区"
EVENT = "迎新春送温暖活动"


def _article(doc: str, index: int, title: str, body: str, bylines: list[tuple[str, str]]) -> Article:
    text = f"{title}\n{body}"
    art = Article(id=article_id(doc, index), source="tests/data/page.md", index=index,
                  title=title, text=text, line=3 + 10 * index, kicker="深入学习" if index == 0 else "",
                  metadata={"page": 2, "date": "2024-01-05"})
    for role, name in bylines:
        start = text.index(name)
        art.bylines.append(Byline(role=role, name=name, start=start, end=start + len(name)))
    art.sentences.append(Sentence(0, len(title), title))
    pos = len(title) + 1
    for part in body.split("。"):
        if part:
            start = text.index(part, pos)
            art.sentences.append(Sentence(start, start + len(part), part))
            pos = start + len(part)
    return art


def _evidence(art: Article, head: str, tail: str, rule: str) -> Evidence:
    sent = next(s for s in art.sentences if head in s.text and tail in s.text)
    h = art.text.find(head, sent.start)
    t = art.text.find(tail, sent.start)
    return Evidence(
        article_id=art.id, sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end,
        rule=rule,
        head_start=h if 0 <= h < sent.end else None, head_end=h + len(head) if 0 <= h < sent.end else None,
        tail_start=t if 0 <= t < sent.end else None, tail_end=t + len(tail) if 0 <= t < sent.end else None,
    )


def sample_graph() -> KnowledgeGraph:
    """A graph of two articles, nine entities, nine relations and one inferred relation."""
    a1 = _article(
        "0123456789ab", 0, "北京市总工会启动迎新春送温暖活动",
        f"本报讯（记者 张晶 通讯员 {HOSTILE_PERSON}）{FEDERATION}在{PLACE}启动{EVENT}。"
        f"{PERSON}是{COMPANY}工会主席，今年45岁。{UNION}是{COMPANY}的工会。"
        f"{COMPANY}位于{HOSTILE_PLACE}。{FEDERATION}主办{HOSTILE_EVENT}，{HOSTILE_COMPANY}参加。",
        [("reporter", "张晶"), ("correspondent", HOSTILE_PERSON)],
    )
    a2 = _article(
        "0123456789ab", 1, "志愿服务队走进社区",
        f"本报讯（记者 周美玉 宗晓畅）{TEAM}隶属于{FEDERATION}。{COLLEGE}托管{TEAM}。"
        f"{PERSON}参加{EVENT}。市总工会表示将继续支持。",
        [("reporter", "周美玉"), ("reporter", "宗晓畅")],
    )
    arts = [a1, a2]

    entities: dict[str, Entity] = {}

    def ent(name: str, type_: str, **attrs: object) -> Entity:
        eid = entity_id(type_, name)
        e = Entity(id=eid, name=name, type=type_, attributes=dict(attrs))
        for art in arts:
            start = art.text.find(name)
            while start >= 0:
                e.mentions.append(EntityMention(art.id, start, start + len(name), name))
                start = art.text.find(name, start + len(name))
        entities[eid] = e
        return e

    fed = ent(FEDERATION, "Federation")
    fed.aliases.add("市总工会")
    short = a2.text.index("市总工会表示")
    fed.mentions.append(EntityMention(a2.id, short, short + 4, "市总工会"))
    fed.resolutions.append(Resolution("市总工会", "regional-short-form", a2.id))
    ent(UNION, "TradeUnion")
    ent(COMPANY, "Company")
    ent(TEAM, "ServiceTeam")
    ent(COLLEGE, "Organization")
    ent(PERSON, "Person", age=45, role="工会主席")
    ent(PLACE, "Place")
    ent(EVENT, "Event")
    ent(HOSTILE_EVENT, "Event")
    ent(HOSTILE_COMPANY, "Company")
    ent(HOSTILE_PLACE, "Place")
    ent(HOSTILE_PERSON, "Person")
    ent("张晶", "Person")

    def rel(head: str, ht: str, name: str, tail: str, tt: str, art: Article, rule: str) -> Relation:
        return Relation(head, ht, name, tail, tt, [_evidence(art, head, tail, rule)])

    relations = [
        rel(FEDERATION, "Federation", "organizes", EVENT, "Event", a1, "org-launches-event"),
        rel(EVENT, "Event", "heldAt", PLACE, "Place", a1, "event-at-place"),
        rel(PERSON, "Person", "worksFor", COMPANY, "Company", a1, "person-is-post-of-org"),
        rel(UNION, "TradeUnion", "unionOf", COMPANY, "Company", a1, "union-of-company"),
        rel(COMPANY, "Company", "locatedIn", HOSTILE_PLACE, "Place", a1, "org-located-in"),
        rel(FEDERATION, "Federation", "organizes", HOSTILE_EVENT, "Event", a1, "org-organizes-event"),
        rel(HOSTILE_COMPANY, "Company", "participatesIn", HOSTILE_EVENT, "Event", a1, "org-participates"),
        rel(TEAM, "ServiceTeam", "subOrganizationOf", FEDERATION, "Federation", a2, "affiliated-to"),
        rel(COLLEGE, "Organization", "manages", TEAM, "ServiceTeam", a2, "org-manages-org"),
        rel(PERSON, "Person", "participatesIn", EVENT, "Event", a2, "person-participates"),
    ]
    # The person works for the company whose union is 蓝天科技工会: a member of that union.
    premise = relations[2].evidence[0]
    inferred = [
        Relation(PERSON, "Person", "memberOf", UNION, "TradeUnion",
                 [Evidence(premise.article_id, premise.sentence, premise.sentence_start,
                           premise.sentence_end, "infer:worksFor+unionOf")], inferred=True)
    ]
    return KnowledgeGraph(articles=arts, entities=entities, relations=relations,
                          inferred_relations=inferred)
