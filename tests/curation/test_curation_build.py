"""Corrections at build: each kind alters the graph as stated, is recorded as provenance in
graph.json and graph.ttl (the shapes still pass), and gives the same graph in any order of the
file and on any number of processes."""

from __future__ import annotations

import copy

import pytest
from curation_corpus import EACH_KIND, FILES, A, B, C, D, built, by_name, each_kind, facts
from rdflib import RDFS, Graph, Literal, Namespace

from uniongraph.build import build_corpus
from uniongraph.curation import RESOLUTION, apply_corrections, parse_corrections, report
from uniongraph.graph.from_rdf import knowledge_graph_from_rdf
from uniongraph.readwrite.json_graph import generate_json, graph_to_dict, parse_json
from uniongraph.readwrite.turtle import generate_turtle
from uniongraph.validate import check, validate

UG = Namespace("https://w3id.org/uniongraph/ontology#")


@pytest.fixture(scope="module")
def plain():  # type: ignore[no-untyped-def]
    return built(FILES)


@pytest.fixture(scope="module")
def corrected():  # type: ignore[no-untyped-def]
    return built(FILES, each_kind())


def _labelled(kg, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The nodes of the graph's RDF labelled ``name``."""
    g = Graph().parse(data=generate_turtle(kg), format="turtle")
    return {str(s) for s in g.subjects(RDFS.label, Literal(name, lang="zh"))}


def _mentions_in(ent, kg) -> set[str]:  # type: ignore[no-untyped-def]
    sources = {a.id: a.source for a in kg.articles}
    return {sources[m.article_id].rsplit("/", 1)[-1] for m in ent.mentions}


def test_reject_drops_the_name_its_mentions_and_relations(plain, corrected) -> None:  # type: ignore[no-untyped-def]
    assert "北京会议中心" in by_name(plain)
    assert ("十四届全委会议", "heldAt", "北京会议中心") in facts(plain)
    assert "北京会议中心" not in by_name(corrected)
    assert not any("北京会议中心" in (r.head, r.tail) for r in corrected.relations + corrected.inferred_relations)
    assert _labelled(corrected, "北京会议中心") == set()


def test_retype_changes_the_type_and_drops_the_relations_it_breaks(plain, corrected) -> None:  # type: ignore[no-untyped-def]
    assert by_name(plain)["暖心职工志愿服务队"].type == "ServiceTeam"
    assert by_name(corrected)["暖心职工志愿服务队"].type == "Event"
    founded = ("京东方科技集团股份有限公司工会", "founded", "暖心职工志愿服务队")
    assert founded in facts(plain) and founded not in facts(corrected)  # founded: the tail is an organisation or a facility, no event


def test_merge_makes_one_entity_that_keeps_the_other_name_as_alias(plain, corrected) -> None:  # type: ignore[no-untyped-def]
    before = by_name(plain)
    assert {"职工冰雪运动会", "职工冬季运动会"} <= set(before)
    ents = by_name(corrected)
    assert "职工冰雪运动会" not in ents
    merged = ents["职工冬季运动会"]
    assert "职工冰雪运动会" in merged.aliases
    assert len(merged.mentions) == len(before["职工冰雪运动会"].mentions) + len(before["职工冬季运动会"].mentions)
    assert any(r.alias == "职工冰雪运动会" and r.reason == RESOLUTION for r in merged.resolutions)
    assert ("朝阳区总工会", "organizes", "职工冬季运动会") in facts(corrected)
    assert not any("职工冰雪运动会" in (h, t) for h, _, t in facts(corrected))


def test_split_gives_the_name_in_the_chosen_file_to_a_second_entity(plain, corrected) -> None:  # type: ignore[no-untyped-def]
    assert _mentions_in(by_name(plain)["陈曦"], plain) == {"b-district.md", "d-place.md"}
    ents = by_name(corrected)
    assert _mentions_in(ents["陈曦"], corrected) == {"b-district.md"}
    other = ents["陈曦（朝阳区）"]
    assert other.type == "Person" and _mentions_in(other, corrected) == {"d-place.md"}
    assert "陈曦" in other.aliases
    # the byline follows: the d-place article is reported by the other 陈曦
    reporters = {a.source.rsplit("/", 1)[-1]: a.reporters for a in corrected.articles if a.reporters}
    assert reporters["d-place.md"] == ["陈曦（朝阳区）"] and reporters["b-district.md"] == ["陈曦"]


def test_alias_adds_a_name_the_entity_answers_to(plain, corrected) -> None:  # type: ignore[no-untyped-def]
    assert "北京总工会" not in by_name(plain)["北京市总工会"].aliases
    assert "北京总工会" in by_name(corrected)["北京市总工会"].aliases


def test_what_no_correction_concerns_is_left_as_it_was(plain, corrected) -> None:  # type: ignore[no-untyped-def]
    touched = {"北京会议中心", "暖心职工志愿服务队", "职工冰雪运动会", "职工冬季运动会", "陈曦", "陈曦（朝阳区）", "北京市总工会"}
    keep = {n: (e.type, sorted(e.aliases), len(e.mentions)) for n, e in by_name(plain).items() if n not in touched}
    assert keep == {n: (e.type, sorted(e.aliases), len(e.mentions)) for n, e in by_name(corrected).items()
                    if n not in touched}
    assert not any(e.attributes.get("curatedBy") for n, e in by_name(corrected).items() if n not in touched)


def test_each_correction_is_provenance_in_graph_json_and_graph_ttl(corrected) -> None:  # type: ignore[no-untyped-def]
    ents = {e["name"]: e for e in graph_to_dict(corrected)["entities"]}
    assert ents["职工冬季运动会"]["attributes"]["curatedBy"] == ["corrections.toml:10"]
    assert ents["职工冬季运动会"]["attributes"]["curationReason"] == ["merge 职工冰雪运动会 → 职工冬季运动会: one event, named twice"]
    assert ents["暖心职工志愿服务队"]["attributes"]["curatedBy"] == ["corrections.toml:6"]
    assert ents["陈曦"]["attributes"]["curatedBy"] == ents["陈曦（朝阳区）"]["attributes"]["curatedBy"] == ["corrections.toml:15"]
    assert ents["北京市总工会"]["attributes"]["curatedBy"] == ["corrections.toml:21"]
    g = Graph().parse(data=generate_turtle(corrected), format="turtle")
    rows = {(str(n), str(w), str(why)) for n, w, why in g.query(
        "SELECT ?n ?w ?why WHERE { ?e ug:curatedBy ?w ; ug:curationReason ?why ; rdfs:label ?n }",
        initNs={"ug": UG, "rdfs": Namespace("http://www.w3.org/2000/01/rdf-schema#")})}
    assert ("暖心职工志愿服务队", "corrections.toml:6", "retype 暖心职工志愿服务队 → Event") in rows
    assert {n for n, _, _ in rows} == {"暖心职工志愿服务队", "职工冬季运动会", "陈曦", "陈曦（朝阳区）", "北京市总工会"}
    assert all(isinstance(o, Literal) and o.datatype is None and o.language is None
               for o in g.objects(None, UG.curatedBy))
    # read back from graph.ttl as the other commands read it
    again = {e.name: e for e in knowledge_graph_from_rdf(g).entities.values()}
    assert again["陈曦（朝阳区）"].attributes["curatedBy"] == ["corrections.toml:15"]


def test_the_shapes_still_pass(corrected) -> None:  # type: ignore[no-untyped-def]
    assert check(corrected).conforms
    full = validate(corrected)
    assert full.conforms, full.text()
    assert {(r.severity, r.focus) for r in check(corrected).results} == {(r.severity, r.focus) for r in full.results}


def test_the_report_says_what_each_correction_did(corrected) -> None:  # type: ignore[no-untyped-def]
    kg, rep = build_corpus(FILES, corrections=each_kind(), keep_details=True)
    lines = report(each_kind(), rep.curation)
    assert "corrections.toml:2: reject 北京会议中心: 1 mention(s) dropped; 1 relation(s) dropped" in lines
    assert ("corrections.toml:6: retype 暖心职工志愿服务队 → Event: 1 mention(s) changed; 1 relation(s) dropped as they "
            "no longer fit (founded ×1)") in lines
    assert any(x.startswith("corrections.toml:15: split 陈曦 → 陈曦（朝阳区） in files d-place.md: ") for x in lines)
    # the alias renamed no mention, yet gave 北京市总工会 an alias and a curatedBy: the report says so
    assert "corrections.toml:21: alias 北京市总工会 + 北京总工会: 北京总工会 added as alias(es) of 北京市总工会" in lines
    assert not any("found nothing to change" in x for x in lines)
    assert generate_json(kg) == generate_json(corrected)


def test_the_report_says_what_a_correction_changed_only_on_the_entity() -> None:
    """An alias or merge whose other names no article holds, a retype to the type the entity has:
    each changes only the entity (aliases, provenance), and the report says that, not "nothing";
    a correction of a name the documents lack changes nothing, and the report says that too."""
    fix = parse_corrections('[[alias]]\nname = "北京市总工会"\naliases = ["京工会"]\n\n'
                            '[[merge]]\nnames = ["首钢工会"]\ninto = "首钢集团工会"\n\n'
                            '[[retype]]\nname = "首钢集团"\ntype = "Company"\n\n'
                            '[[alias]]\nname = "某某公司"\naliases = ["某某"]\n')
    kg, rep = build_corpus([A, B], corrections=fix, keep_details=True)
    ents = by_name(kg)
    assert "京工会" in ents["北京市总工会"].aliases and "首钢工会" in ents["首钢集团工会"].aliases
    assert ents["首钢集团"].type == "Company" and ents["首钢集团"].attributes["curatedBy"] == ["corrections.toml:9"]
    assert "某某公司" not in ents
    assert report(fix, rep.curation) == [
        "corrections.toml:1: alias 北京市总工会 + 京工会: 京工会 added as alias(es) of 北京市总工会",
        "corrections.toml:5: merge 首钢工会 → 首钢集团工会: 首钢工会 added as alias(es) of 首钢集团工会",
        "corrections.toml:9: retype 首钢集团 → Company: no mention to change; provenance given to 首钢集团",
        "1 correction(s) found nothing to change in these documents: corrections.toml:13 (alias 某某公司 + 某某)"]


def _without_lines(kg) -> str:  # type: ignore[no-untyped-def]
    kg = copy.deepcopy(kg)
    for e in kg.entities.values():
        e.attributes.pop("curatedBy", None)
    return generate_json(kg)


def test_the_order_of_the_tables_does_not_matter(corrected) -> None:  # type: ignore[no-untyped-def]
    tables = ["[[" + t for t in EACH_KIND.split("[[")[1:]]
    shuffled = parse_corrections("\n".join(reversed(tables)), "corrections.toml")
    assert shuffled.errors == [] and len(shuffled.rules) == 5
    assert _without_lines(built(FILES, shuffled)) == _without_lines(corrected)


def test_corrections_reach_every_extraction_process(corrected) -> None:  # type: ignore[no-untyped-def]
    kg, rep = build_corpus(FILES, corrections=each_kind(), jobs=2, executor="processes", keep_details=True)
    assert generate_json(kg) == generate_json(corrected)
    assert rep.curation  # the counts came back from the workers


def test_a_split_picks_articles_by_id_or_by_a_name_they_also_mention() -> None:
    plain = built([A, C])
    company = next(a.id for a in plain.articles if a.source.endswith("c-company.md"))
    for selector in (f'articles = ["{company}"]', f'articles = ["{company.split("/")[1]}"]',
                     'with = ["京东方科技集团股份有限公司"]'):
        fix = parse_corrections(f'[[split]]\nname = "张明远"\ninto = "张明远（京东方）"\n{selector}\n')
        kg = built([A, C], fix)
        ents = by_name(kg)
        assert _mentions_in(ents["张明远"], kg) == {"a-city.md"}, selector
        assert _mentions_in(ents["张明远（京东方）"], kg) == {"c-company.md"}, selector
        assert check(kg).conforms


def test_rejecting_or_retyping_a_reporter_drops_the_byline() -> None:
    kg = built([A, C], parse_corrections('[[reject]]\nname = "张明远"\n'))
    assert "张明远" not in by_name(kg) and not any("张明远" in a.reporters for a in kg.articles)
    assert _labelled(kg, "张明远") == set()  # no node, not even one a byline implies
    fix = parse_corrections('[[retype]]\nname = "张明远"\ntype = "Organization"\n')
    kg, rep = build_corpus([A, C], corrections=fix, keep_details=True)
    assert by_name(kg)["张明远"].type == "Organization"
    assert not any(a.reporters for a in kg.articles if a.source.endswith(("a-city.md", "c-company.md")))
    assert check(kg).conforms
    assert any("reportedBy ×2" in line for line in report(fix, rep.curation))


def test_a_merge_that_joins_both_ends_of_a_relation_drops_it() -> None:
    fix = parse_corrections('[[merge]]\nnames = ["首钢集团工会", "首钢集团"]\ntype = "Company"\n')
    kg, rep = build_corpus([B], corrections=fix, keep_details=True)
    ents = by_name(kg)
    assert "首钢集团" not in ents and ents["首钢集团工会"].type == "Company"
    assert not any(r.head == r.tail for r in kg.relations + kg.inferred_relations)
    assert any("1 relation(s) of a name with itself dropped" in line for line in report(fix, rep.curation))


def test_apply_corrections_to_a_built_graph_equals_building_with_them(plain, corrected) -> None:  # type: ignore[no-untyped-def]
    before = generate_json(plain)
    assert generate_json(apply_corrections(plain, each_kind())) == generate_json(corrected)
    assert generate_json(plain) == before  # the graph given is left as it was
    read_back = parse_json(generate_json(plain))
    with pytest.raises(ValueError, match="keeps no article mentions"):
        apply_corrections(read_back, each_kind())


def test_a_correction_of_names_absent_changes_nothing(plain) -> None:  # type: ignore[no-untyped-def]
    fix = parse_corrections('[[reject]]\nname = "贺卡"\n\n[[merge]]\nnames = ["工行"]\ninto = "中国工商银行"\n')
    assert generate_json(built(FILES, fix)) == generate_json(plain)
