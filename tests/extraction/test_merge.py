"""Merging articles into one graph: one node per entity with all its mentions, stable ids that do
not depend on the input order, the type rules of ``extraction/merge.py``, relations with all
their evidence.

The first part runs the whole pipeline on pages written here; the type rules are checked on
hand-made mentions, since the recognisers rarely disagree on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from uniongraph.build import build, build_documents
from uniongraph.extraction.merge import merge_articles
from uniongraph.graph.rdf import to_rdf
from uniongraph.ids import entity_id
from uniongraph.model import Article, KnowledgeGraph, Mention, Sentence
from uniongraph.reading import read_text

PAGES = Path(__file__).resolve().parents[2] / "tests" / "data" / "pages"
FILES = [PAGES / "hangzhou-page.md", PAGES / "wenzhou-page.txt"]
SEED = Path(__file__).resolve().parents[2] / "examples" / "seed-page.md"

VENUE_A = "# 服务中心揭牌\n\n本报讯 近日，鹿城区总工会托管温州市职工服务中心。温州市职工服务中心位于鹿城区。"
VENUE_B = "# 职工运动会开幕\n\n本报讯 近日，鹿城区总工会在温州市职工服务中心举办“职工运动会”。"
GAMES_C = "# 职工运动会闭幕\n\n本报讯 近日，鹿城区总工会举办“职工运动会”，600余名职工参赛。"


def pages(*texts: tuple[str, str]) -> KnowledgeGraph:
    """The graph of several pages, each ``(source, markdown)``."""
    return build_documents([read_text(text, src) for src, text in texts])


def facts(rels: list) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in rels}


# ---------------------------------------------------------------- one node, all mentions


def test_entity_in_two_documents_is_one_node_with_all_mentions() -> None:
    kg = pages(("a.md", VENUE_A), ("b.md", VENUE_B))
    fed = [e for e in kg.entities.values() if e.name == "鹿城区总工会"]
    assert len(fed) == 1
    ent = fed[0]
    sources = {a.id: a.source for a in kg.articles}
    assert sorted(sources[m.article_id] for m in ent.mentions) == ["a.md", "b.md"]
    for m in ent.mentions:
        art = next(a for a in kg.articles if a.id == m.article_id)
        assert art.text[m.start : m.end] == m.text == "鹿城区总工会"


def test_alias_and_full_name_in_different_articles_of_one_page_are_one_node() -> None:
    text = ("# 杭州市总工会召开全委会议\n\n本报讯 近日，杭州市总工会召开全委会议。\n\n"
            "# 一线职工收到清凉礼包\n\n本报讯 近日，市总工会为一线职工送去清凉礼包。")
    kg = pages(("hz.md", text))
    ent = kg.entity("杭州市总工会")
    assert ent is not None and ent.aliases == {"市总工会"}
    assert len({m.article_id for m in ent.mentions}) == 2
    assert kg.entity("市总工会") is None


def test_every_mention_belongs_to_exactly_one_entity() -> None:
    kg = build(FILES)
    seen: set[tuple[str, int, int]] = set()
    for ent in kg.entities.values():
        for m in ent.mentions:
            key = (m.article_id, m.start, m.end)
            assert key not in seen, (ent.name, m)
            seen.add(key)
    assert len(seen) == sum(len(a.mentions) for a in kg.articles)


# ---------------------------------------------------------------- stable ids


def test_entity_ids_follow_type_and_name() -> None:
    kg = build(FILES)
    for eid, ent in kg.entities.items():
        assert eid == ent.id == entity_id(ent.type, ent.name)
    assert kg.entity("余杭区总工会").id == entity_id("Organization", "余杭区总工会")  # all org types share a kind
    assert kg.entity("余杭区总工会").id.startswith("org/")
    assert kg.entity("张晓明").id.startswith("person/")


def test_ids_are_stable_across_builds_and_independent_of_input_order() -> None:
    k1 = build(FILES)
    k2 = build(list(reversed(FILES)))
    k3 = build(FILES)
    assert sorted(k1.entities) == sorted(k2.entities) == sorted(k3.entities)
    for eid, ent in k1.entities.items():
        other = k2.entities[eid]
        assert (other.name, other.type, other.aliases) == (ent.name, ent.type, ent.aliases)
        spans = sorted((m.article_id, m.start) for m in ent.mentions)
        assert sorted((m.article_id, m.start) for m in other.mentions) == spans
    assert {a.id for a in k1.articles} == {a.id for a in k2.articles}
    assert facts(k1.relations) == facts(k2.relations)
    assert facts(k1.inferred_relations) == facts(k2.inferred_relations)
    assert isomorphic(to_rdf(k1), to_rdf(k2))


def test_article_ids_follow_content_not_path(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "renamed.txt"
    copy.parent.mkdir()
    copy.write_bytes(FILES[1].read_bytes())
    assert [a.id for a in build([copy]).articles] == [a.id for a in build([FILES[1]]).articles]


# ---------------------------------------------------------------- types


def test_venue_of_an_event_is_a_place_everywhere() -> None:
    """温州市职工服务中心 is an organisation in one article and the venue of an event in another:
    the merged node is a Place, and every relation names it as one."""
    kg = pages(("a.md", VENUE_A), ("b.md", VENUE_B))
    venue = [e for e in kg.entities.values() if e.name == "温州市职工服务中心"]
    assert len(venue) == 1 and venue[0].type == "Place"
    assert venue[0].id == entity_id("Place", "温州市职工服务中心")
    assert len(venue[0].mentions) == 3
    assert ("职工运动会", "heldAt", "温州市职工服务中心") in facts(kg.relations)
    for r in kg.relations + kg.inferred_relations:
        if r.head == "温州市职工服务中心":
            assert r.head_type == "Place"
        if r.tail == "温州市职工服务中心":
            assert r.tail_type == "Place"


def test_without_a_venue_use_the_name_stays_an_organisation() -> None:
    kg = pages(("a.md", VENUE_A))
    assert kg.entity("温州市职工服务中心").type == "Organization"


def _art(aid: str, body: str, spans: list[tuple[str, str, dict]]) -> Article:
    """An article whose mentions are the first occurrences of ``(surface, type, attributes)``."""
    text = "标题\n" + body
    art = Article(id=aid, source=f"{aid}.md", index=0, title="标题", text=text)
    art.sentences = [Sentence(0, 2, "标题"), Sentence(3, len(text), body)]
    pos = 0
    for surface, type_, attrs in spans:
        start = text.index(surface, pos)
        name = attrs.pop("name", surface)
        canonical = attrs.pop("canonical", None)
        resolution = attrs.pop("resolution", None)
        art.mentions.append(Mention(start, start + len(surface), surface, type_, name, "test", **attrs,
                                    canonical=canonical, resolution=resolution))
        pos = start + len(surface)
    return art


@pytest.mark.parametrize("types,expected", [
    (["Company", "Company", "Organization"], "Company"),        # the majority
    (["Organization", "Organization", "Company"], "Organization"),
    (["Organization", "Company"], "Company"),                   # a tie: the more specific type
    (["TradeUnion", "Federation"], "Federation"),
    (["Organization", "ServiceTeam"], "ServiceTeam"),
    (["Organization", "Place"], "Place"),                       # Organization is the least specific of all
], ids=["majority", "majority-general", "tie-company", "tie-federation", "tie-team", "tie-place"])
def test_type_by_votes_then_specificity(types: list[str], expected: str) -> None:
    arts = [_art(f"a{i}", "近日，滨海新材料有限公司开展培训。", [("滨海新材料有限公司", t, {})]) for i, t in enumerate(types)]
    kg = merge_articles(arts)
    [ent] = kg.entities.values()
    assert ent.type == expected
    assert len(ent.mentions) == len(types)


def test_venue_attribute_makes_a_place_against_the_majority() -> None:
    arts = [
        _art("a0", "滨海职工之家开放。", [("滨海职工之家", "Organization", {"venue": True})]),
        _art("a1", "滨海职工之家开放。", [("滨海职工之家", "Organization", {"venue": True})]),
        _art("a2", "在滨海职工之家举办比赛。", [("滨海职工之家", "Place", {"venue": True})]),
    ]
    [ent] = merge_articles(arts).entities.values()
    assert ent.type == "Place"


def test_anaphors_do_not_vote_on_the_type() -> None:
    art = _art("a0", "滨海新材料有限公司成立，该企业、该企业、该企业都在招工。", [
        ("滨海新材料有限公司", "Organization", {}),
        ("企业", "Company", {"name": "企业", "canonical": "滨海新材料有限公司", "resolution": "anaphora", "anaphor": True}),
        ("企业", "Company", {"name": "企业", "canonical": "滨海新材料有限公司", "resolution": "anaphora", "anaphor": True}),
        ("企业", "Company", {"name": "企业", "canonical": "滨海新材料有限公司", "resolution": "anaphora", "anaphor": True}),
    ])
    [ent] = merge_articles([art]).entities.values()
    assert ent.type == "Organization"
    assert ent.aliases == set() and len(ent.mentions) == 4


def test_person_attributes_are_merged() -> None:
    arts = [
        _art("a0", "董事长陈海波介绍。", [("陈海波", "Person", {"role": "董事长"})]),
        _art("a1", "今年52岁的劳模陈海波说。", [("陈海波", "Person", {"role": "劳模", "age": 52})]),
        _art("a2", "董事长陈海波说。", [("陈海波", "Person", {"role": "董事长"})]),
    ]
    [ent] = merge_articles(arts).entities.values()
    assert ent.attributes == {"roles": ["董事长", "劳模"], "age": 52}


# ---------------------------------------------------------------- relations and evidence


def test_relation_in_two_documents_is_one_relation_with_both_evidence() -> None:
    kg = pages(("b.md", VENUE_B), ("c.md", GAMES_C))
    rels = [r for r in kg.relations if (r.head, r.relation, r.tail) == ("鹿城区总工会", "organizes", "职工运动会")]
    assert len(rels) == 1
    sources = {a.id: a for a in kg.articles}
    assert sorted(sources[e.article_id].source for e in rels[0].evidence) == ["b.md", "c.md"]
    for ev in rels[0].evidence:
        art = sources[ev.article_id]
        assert art.text[ev.sentence_start : ev.sentence_end] == ev.sentence
        assert art.text[ev.head_start : ev.head_end] == "鹿城区总工会"


def test_no_duplicate_relations_or_evidence() -> None:
    kg = build(FILES)
    keys = [(r.head_type, r.head, r.relation, r.tail_type, r.tail) for r in kg.relations]
    assert len(keys) == len(set(keys))
    for r in kg.relations:
        assert len(r.evidence) == len({(e.article_id, e.sentence_start, e.rule) for e in r.evidence})
        assert kg.entity(r.head, r.head_type) is not None and kg.entity(r.tail, r.tail_type) is not None


def test_relations_of_an_alias_land_on_the_full_entity() -> None:
    text = ("# 华峰集团成立志愿服务队\n\n本报讯 近日，浙江华峰新材料集团有限公司（以下简称“华峰集团”）发布消息。"
            "华峰集团成立红帆志愿服务队。")
    kg = pages(("a.md", text))
    assert ("华峰新材料集团有限公司", "founded", "红帆志愿服务队") in facts(kg.relations)
    assert not any(r.head == "华峰集团" or r.tail == "华峰集团" for r in kg.relations)


def test_input_order_gives_the_order_of_age_and_roles() -> None:
    """A merge takes articles in the order given (a build in argument order): the first age and
    the roles in the order they came, whatever the sources are called."""
    z = _art("z0", "董事长陈海波介绍。", [("陈海波", "Person", {"role": "董事长"})])
    a = _art("a0", "今年52岁的劳模陈海波说。", [("陈海波", "Person", {"role": "劳模", "age": 52})])
    [ent] = merge_articles([z, a]).entities.values()
    assert list(ent.attributes.items()) == [("roles", ["董事长", "劳模"]), ("age", 52)]
    [ent] = merge_articles([a, z]).entities.values()
    assert list(ent.attributes.items()) == [("age", 52), ("roles", ["劳模", "董事长"])]


def test_keyed_groups_combine_in_any_order() -> None:
    """Groups of one name keyed by where each mention stands combine, in any order and grouping,
    into the group of all the mentions added in that order (as the store combines them)."""
    import itertools

    from uniongraph.extraction.merge import NameGroup

    arts = [
        _art("a0", "董事长陈海波介绍。", [("陈海波", "Person", {"role": "董事长"})]),
        _art("a1", "今年52岁的劳模陈海波说，陈海波是工程师。", [("陈海波", "Person", {"role": "劳模", "age": 52}),
                                                         ("陈海波", "Person", {"role": "工程师"})]),
        _art("a2", "陈海波说。", [("陈海波", "Person", {"age": 53})]),
    ]

    def group(art: Article) -> NameGroup:
        g = NameGroup("陈海波")
        for pos, m in enumerate(art.mentions):
            g.add((art.source, art.index, art.id, pos), (art.source, art.index, art.id), m, (3, len(art.text), "s"))
        return g

    whole = merge_articles(arts).entity("陈海波")
    for order in itertools.permutations(range(3)):
        g = group(arts[order[0]]).combine(group(arts[order[1]]).combine(group(arts[order[2]])))
        assert (g.count, g.first, g.type(), g.attributes()) == (4, ("a0.md", 0, 6), "Person", whole.attributes)
        assert g.head is not None and g.head[1] == ("a0", 6, 9, "陈海波")


def test_the_lookups_of_the_rules_cover_what_inference_looks_up() -> None:
    """The store re-infers a name's facts when a form in looked_up_forms(name) changes: every form
    the rules look up for an entity of a real graph is among them."""
    from uniongraph.extraction.inference import facts_of, form_index, looked_up_forms
    from uniongraph.extraction.lexicon import load_lexicons

    lex = load_lexicons()
    kg = build([*FILES, SEED])
    index = form_index(kg.entities.values())
    inferred = []
    for ent in kg.entities.values():
        asked: list[str] = []

        def find(form: str) -> object:
            asked.append(form)  # noqa: B023
            return index.get(form)

        inferred += facts_of(ent, find, lex, lambda e, rule: rule)  # type: ignore[arg-type,return-value]
        assert set(asked) <= looked_up_forms(ent.name, lex), ent.name
    assert [(r.head, r.relation, r.tail) for r in inferred] == [(r.head, r.relation, r.tail) for r in kg.inferred_relations]
    assert {"unionOf", "subOrganizationOf", "locatedIn"} <= {r.relation for r in inferred}


def test_a_facility_a_body_founded_and_runs_is_kept_as_a_place() -> None:
    # the guideline's founded/manages name no type: a rider station or a reading room is a Place,
    # and the facts about it survive the merge's signature check
    kg = pages(("a.md", "# 南岭骑手驿站揭牌\n\n12月5日，南岭骑手驿站在南岭路揭牌启用。\n"
                        "驿站由南岭街道总工会与海河配送服务有限公司共建，委托南岭社区服务中心负责日常运营。\n"))
    type_of = {e.name: e.type for e in kg.entities.values()}
    facts = {(r.head, r.relation, r.tail, type_of[r.tail]) for r in kg.relations}
    assert ("南岭街道总工会", "founded", "南岭骑手驿站", "Place") in facts
    assert ("南岭社区服务中心", "manages", "南岭骑手驿站", "Place") in facts
    # a person is still no facility
    assert not any(rel in ("founded", "manages") and typ == "Person" for _, rel, _, typ in facts)
