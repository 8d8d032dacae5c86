"""Tests of uniongraph.evaluate: gold-file scoring, span scoring, readers, predictors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uniongraph.errors import GraphFileError, InputError
from uniongraph.evaluate import (
    Score,
    eval_command,
    evaluate_gold,
    evaluate_spans,
    format_report,
    jieba_posseg_predictor,
    normalize_name,
    read_bio,
    read_cluener,
    read_span_jsonl,
    read_spans,
    uniongraph_predictor,
)
from uniongraph.evaluate.predictors import align_mentions

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"
SHARED = Path(__file__).resolve().parents[2] / "../shared/data"


def ent(name: str, type_: str, *aliases: str) -> dict[str, Any]:
    return {"name": name, "type": type_, "aliases": list(aliases)}


def rel(head: str, relation: str, tail: str, **extra: Any) -> dict[str, Any]:
    return {"head": head, "relation": relation, "tail": tail, "evidence": [], **extra}


def art(title: str, reporters: list[str], correspondents: list[str] | None = None) -> dict[str, Any]:
    return {"title": title, "reporters": reporters, "correspondents": correspondents or []}


GOLD: dict[str, Any] = {
    "schema": "uniongraph-gold/1",
    "articles": [
        art("市总工会启动送温暖活动", ["张晶"]),
        art("和医杏林服务队走进回天地区", ["周美玉", "陈曦"], ["王远霞"]),
    ],
    "entities": [
        ent("北京市总工会", "Federation", "市总工会"),
        ent("北京首都创业集团有限公司", "Company", "首创集团"),
        ent("首创集团工会", "TradeUnion"),
        ent("王中秋", "Person"),
        ent("回天地区", "Place"),
        ent("匠心杯首创劳动技能竞赛", "Event"),
    ],
    "relations": [
        rel("首创集团工会", "unionOf", "北京首都创业集团有限公司"),
        rel("王中秋", "worksFor", "北京首都创业集团有限公司"),
        rel("北京市总工会", "organizes", "匠心杯首创劳动技能竞赛"),
    ],
}


def perfect_pred() -> dict[str, Any]:
    return {
        "articles": [dict(a) for a in GOLD["articles"]],
        "entities": [dict(e) for e in GOLD["entities"]],
        "relations": [dict(r) for r in GOLD["relations"]],
        "inferred_relations": [],
    }


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“匠心杯”首创劳动技能竞赛", "匠心杯首创劳动技能竞赛"),
        ("凝聚‘心’动力  丰台支队", "凝聚心动力 丰台支队"),
        ("「大篷车」", "大篷车"),
        ("\"两新\"组织", "两新组织"),
        ("瑞萨半导体（北京）有限公司", "瑞萨半导体(北京)有限公司"),  # NFKC folds full-width brackets
        ("２０２３年\u3000北京", "2023年 北京"),  # full-width digits and ideographic space
        ("＂两新＂组织", "两新组织"),  # full-width quote becomes ASCII under NFKC, then dropped
        ("  首创集团 \n", "首创集团"),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


# --------------------------------------------------------------------------- gold: entities


def test_exact_match_scores_one() -> None:
    rep = evaluate_gold(perfect_pred(), GOLD)
    for s in (rep.entities, rep.entities_typed, rep.relations, rep.bylines.names):
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert rep.bylines.accuracy(rep.bylines.both_correct) == 1.0
    assert not rep.entity_misses and not rep.entity_false_hits
    assert not rep.relation_misses and not rep.relation_false_hits
    assert all(s.f1 == 1.0 for s in rep.entities_typed_by_type.values())


def test_wrong_type_counts_untyped_not_typed() -> None:
    pred = perfect_pred()
    pred["entities"][0] = ent("北京市总工会", "Organization")
    rep = evaluate_gold(pred, GOLD)
    assert rep.entities.tp == 6 and rep.entities.f1 == 1.0
    assert rep.entities_typed.tp == 5
    assert rep.entities_typed.precision == pytest.approx(5 / 6)
    # Typed per type: Federation is missed, Organization is a false claim.
    assert rep.entities_typed_by_type["Federation"].recall == 0.0
    assert rep.entities_typed_by_type["Organization"].precision == 0.0
    # Untyped per type follows the gold type, so Federation was found.
    assert rep.entities_by_type["Federation"].recall == 1.0
    assert rep.entities_by_type["Federation"].precision == 1.0
    assert [(m.gold, m.pred_type) for m in rep.type_errors] == [("北京市总工会", "Organization")]


def test_quote_marks_and_nfkc_do_not_matter() -> None:
    pred = perfect_pred()
    pred["entities"][5] = ent("“匠心杯”首创劳动技能竞赛", "Event")
    pred["relations"][2] = rel("北京市总工会", "organizes", "「匠心杯」首创劳动技能竞赛")
    rep = evaluate_gold(pred, GOLD)
    assert rep.entities_typed.f1 == 1.0
    assert rep.relations.f1 == 1.0


def test_alias_matches_when_build_chose_short_form() -> None:
    pred = perfect_pred()
    pred["entities"][1] = ent("首创集团", "Company", "北京首都创业集团有限公司")
    rep = evaluate_gold(pred, GOLD)
    assert rep.entities_typed.f1 == 1.0
    assert [(m.gold, m.pred, m.how) for m in rep.matches if m.how == "alias"] == [
        ("北京首都创业集团有限公司", "首创集团", "alias")
    ]


def test_a_gold_name_among_the_predicted_aliases_matches() -> None:
    # The guideline lets a prediction give a fuller canonical name when the written form is
    # among its aliases: gold 北京首都创业集团有限公司 is matched by a prediction that holds it as an alias.
    pred = {"entities": [ent("首创", "Company", "北京首都创业集团有限公司")]}
    rep = evaluate_gold(pred, GOLD)
    assert rep.entities.tp == 1
    assert [m.how for m in rep.matches] == ["pred-alias"]


def test_an_alias_match_is_the_weakest_tier() -> None:
    # A prediction named exactly as the gold entity wins over one that only lists it as an alias.
    pred = {"entities": [ent("首创", "Company", "北京首都创业集团有限公司"), ent("北京首都创业集团有限公司", "Company")]}
    rep = evaluate_gold(pred, GOLD)
    assert [(m.pred, m.how) for m in rep.matches if m.gold == "北京首都创业集团有限公司"] == [
        ("北京首都创业集团有限公司", "name")]
    assert {"name": "首创", "type": "Company"} in rep.entity_false_hits


def test_unrelated_aliases_do_not_match() -> None:
    pred = {"entities": [ent("北京城建集团", "Company", "城建")]}
    rep = evaluate_gold(pred, GOLD)
    assert rep.entities.tp == 0


def test_matching_is_one_to_one() -> None:
    # Both the full name and the short form are predicted as separate entities: one matches,
    # the other is a false hit instead of matching the same gold entity twice.
    pred = {"entities": [ent("北京市总工会", "Federation"), ent("市总工会", "Federation")]}
    rep = evaluate_gold(pred, GOLD)
    assert rep.entities.tp == 1
    assert rep.entities.n_pred == 2
    assert rep.entity_false_hits == [{"name": "市总工会", "type": "Federation"}]
    assert [m.how for m in rep.matches] == ["name"]


def test_duplicate_prediction_is_a_false_hit() -> None:
    pred = {"entities": [ent("王中秋", "Person"), ent("王中秋", "Person")]}
    rep = evaluate_gold(pred, GOLD)
    assert (rep.entities.tp, rep.entities.n_pred) == (1, 2)
    assert rep.entities.precision == 0.5


def test_same_name_prefers_same_type() -> None:
    gold = {"entities": [ent("丰台", "Place"), ent("丰台", "Organization")]}
    pred = {"entities": [ent("丰台", "Organization"), ent("丰台", "Place")]}
    rep = evaluate_gold(pred, gold)
    assert rep.entities_typed.tp == 2


def test_alias_matching_is_maximal() -> None:
    # Greedy pairing in input order would give 大篷车 to the first gold entity and leave
    # 服务车 unmatched; a maximum matching pairs both.
    gold = {"entities": [ent("首都职工志愿大篷车", "Event", "大篷车", "服务车"),
                         ent("首都职工志愿服务大篷车", "Event", "大篷车")]}
    pred = {"entities": [ent("大篷车", "Event"), ent("服务车", "Event")]}
    rep = evaluate_gold(pred, gold)
    assert rep.entities.tp == 2


def test_misses_and_false_hits_listed() -> None:
    pred = perfect_pred()
    pred["entities"] = pred["entities"][:-1] + [ent("天通苑", "Place")]
    rep = evaluate_gold(pred, GOLD)
    assert rep.entity_misses == [{"name": "匠心杯首创劳动技能竞赛", "type": "Event"}]
    assert rep.entity_false_hits == [{"name": "天通苑", "type": "Place"}]
    assert rep.entities.precision == pytest.approx(5 / 6)
    assert rep.entities.recall == pytest.approx(5 / 6)


# --------------------------------------------------------------------------- gold: relations


def test_relation_matches_through_alias() -> None:
    pred = perfect_pred()
    pred["entities"][1] = ent("首创集团", "Company")
    pred["entities"][0] = ent("市总工会", "Federation")
    pred["relations"] = [
        rel("首创集团工会", "unionOf", "首创集团"),
        rel("王中秋", "worksFor", "首创集团"),
        rel("市总工会", "organizes", "匠心杯首创劳动技能竞赛"),
    ]
    rep = evaluate_gold(pred, GOLD)
    assert rep.relations.f1 == 1.0


def test_relation_end_unknown_as_entity_maps_through_gold_alias() -> None:
    pred = {"entities": [], "relations": [rel("王中秋", "worksFor", "首创集团")]}
    rep = evaluate_gold(pred, GOLD)
    assert rep.relations.tp == 1


@pytest.mark.parametrize(
    ("relation", "tp"),
    [
        (rel("王中秋", "worksFor", "北京首都创业集团有限公司"), 1),
        (rel("王中秋", "memberOf", "北京首都创业集团有限公司"), 0),  # wrong relation name
        (rel("北京首都创业集团有限公司", "worksFor", "王中秋"), 0),  # reversed
        (rel("王中", "worksFor", "北京首都创业集团有限公司"), 0),  # wrong head
    ],
)
def test_relation_needs_name_and_both_ends(relation: dict[str, Any], tp: int) -> None:
    rep = evaluate_gold({"relations": [relation]}, GOLD)
    assert rep.relations.tp == tp
    assert rep.relations_by_name[relation["relation"]].tp == tp


def test_relation_scores_per_name_and_lists() -> None:
    pred = perfect_pred()
    pred["relations"] = pred["relations"][:2] + [rel("王中秋", "participatesIn", "匠心杯首创劳动技能竞赛")]
    rep = evaluate_gold(pred, GOLD)
    assert rep.relations.precision == pytest.approx(2 / 3)
    assert rep.relations_by_name["organizes"].recall == 0.0
    assert rep.relations_by_name["participatesIn"].precision == 0.0
    assert rep.relations_by_name["worksFor"].f1 == 1.0
    assert rep.relation_misses == [
        {"head": "北京市总工会", "relation": "organizes", "tail": "匠心杯首创劳动技能竞赛"}
    ]
    assert rep.relation_false_hits == [
        {"head": "王中秋", "relation": "participatesIn", "tail": "匠心杯首创劳动技能竞赛"}
    ]


def test_inferred_relations_only_when_asked() -> None:
    pred = perfect_pred()
    missing = pred["relations"].pop()
    pred["inferred_relations"] = [missing]
    assert evaluate_gold(pred, GOLD).relations.tp == 2
    assert evaluate_gold(pred, GOLD, include_inferred=True).relations.tp == 3


def test_byline_and_mention_relations_are_not_scored() -> None:
    pred = perfect_pred()
    pred["relations"].append(rel("市总工会启动送温暖活动", "reportedBy", "张晶"))
    pred["relations"].append(rel("市总工会启动送温暖活动", "mentions", "王中秋"))
    assert evaluate_gold(pred, GOLD).relations.precision == 1.0


# --------------------------------------------------------------------------- gold: bylines


def test_bylines_paired_by_title_then_order() -> None:
    pred = perfect_pred()
    # Reversed order, one title changed: the other pairs by title, this one by order.
    pred["articles"] = [
        art("和医杏林服务队走进回天地区", ["周美玉", "陈曦"], ["王远霞"]),
        art("市总工会启动“送温暖”活动（图）", ["张晶"]),
    ]
    rep = evaluate_gold(pred, GOLD)
    assert (rep.bylines.paired_by_title, rep.bylines.paired_by_order) == (1, 1)
    assert rep.bylines.accuracy(rep.bylines.both_correct) == 1.0
    # The (title, role, name) triples use the gold title for paired articles.
    assert rep.bylines.names.f1 == 1.0


def test_bylines_scoring() -> None:
    pred = perfect_pred()
    pred["articles"] = [
        art("市总工会启动送温暖活动", ["张晶"], ["李明"]),  # extra correspondent
        art("和医杏林服务队走进回天地区", ["周美玉"], ["王远霞"]),  # one reporter missing
    ]
    b = evaluate_gold(pred, GOLD).bylines
    assert b.accuracy(b.reporters_correct) == 0.5
    assert b.accuracy(b.correspondents_correct) == 0.5
    assert b.accuracy(b.both_correct) == 0.0
    # gold triples: 4; predicted: 4; common: 张晶, 周美玉, 王远霞.
    assert (b.names.tp, b.names.n_pred, b.names.n_gold) == (3, 4, 4)
    assert len(b.errors) == 2


def test_bylines_missing_articles() -> None:
    rep = evaluate_gold({"articles": [art("另一篇", ["张晶"])]}, GOLD)
    b = rep.bylines
    assert b.paired_by_order == 1
    assert b.reporters_correct == 1  # paired by order with the first gold article
    assert b.correspondents_correct == 1  # both sides empty
    assert b.reporters_correct + 0 == 1 and b.accuracy(b.both_correct) == 0.5


def test_report_to_dict_and_text() -> None:
    pred = perfect_pred()
    pred["entities"][0]["type"] = "Organization"
    rep = evaluate_gold(pred, GOLD)
    d = rep.to_dict()
    json.dumps(d, ensure_ascii=False)  # JSON-ready
    assert d["entities"]["typed"]["tp"] == 5
    assert d["entities"]["type_errors"][0]["gold"] == "北京市总工会"
    assert d["relations"]["overall"]["f1"] == 1.0
    assert d["bylines"]["article_accuracy"] == 1.0
    text = format_report(rep)
    assert "all (typed)" in text and "Entity type errors (1)" in text
    assert "北京市总工会 [Federation] predicted as 北京市总工会 [Organization]" in text


# --------------------------------------------------------------------------- spans


def test_span_scores_known_values() -> None:
    records = [
        {"text": "北京市总工会看望劳模刘大隆", "entities": [
            {"start": 0, "end": 6, "type": "ORG"}, {"start": 10, "end": 13, "type": "PER"}]},
        {"text": "他在昌平区天通苑", "entities": [
            {"start": 2, "end": 5, "type": "LOC"}, {"start": 5, "end": 8, "type": "LOC"}]},
    ]
    answers = {
        records[0]["text"]: [(0, 3, "LOC"), (10, 13, "PER"), (10, 13, "PER")],  # duplicate once
        records[1]["text"]: [(2, 5, "LOC"), (5, 8, "ORG")],  # right span, wrong type
    }
    rep = evaluate_spans(records, lambda t: answers[t])
    assert (rep.overall.tp, rep.overall.n_pred, rep.overall.n_gold) == (2, 4, 4)
    assert rep.overall.f1 == 0.5
    assert (rep.by_type["PER"].precision, rep.by_type["PER"].recall) == (1.0, 1.0)
    assert (rep.by_type["LOC"].precision, rep.by_type["LOC"].recall) == (0.5, 0.5)
    assert (rep.by_type["ORG"].precision, rep.by_type["ORG"].recall) == (0.0, 0.0)
    assert rep.n_records == 2 and rep.n_chars == len(records[0]["text"]) + len(records[1]["text"])
    kinds = {(e["kind"], e["text"]) for e in rep.examples}
    assert ("miss", "北京市总工会") in kinds and ("false_hit", "北京市") in kinds
    assert "all (micro)" in format_report(rep)


def test_span_limit_and_empty() -> None:
    records = [{"text": "甲", "entities": []}] * 5
    rep = evaluate_spans(records, lambda t: [], limit=2)
    assert rep.n_records == 2
    assert rep.overall.f1 == 1.0  # nothing to find and nothing claimed


def test_score_zero_denominators() -> None:
    assert Score(0, 0, 3).precision == 0.0
    assert Score(0, 2, 0).recall == 0.0
    assert Score(0, 0, 0).recall == 1.0


# --------------------------------------------------------------------------- readers


def test_read_span_jsonl() -> None:
    recs = list(read_span_jsonl(DATA / "pfr.jsonl"))
    assert [r["id"] for r in recs] == ["t1", "t2"]
    r = recs[0]
    assert [(r["text"][e["start"]:e["end"]], e["type"]) for e in r["entities"]] == [
        ("北京市总工会", "ORG"), ("刘大隆", "PER")]


def test_read_cluener_maps_labels_and_end() -> None:
    recs = list(read_cluener(DATA / "cluener.jsonl"))
    got = [[(r["text"][e["start"]:e["end"]], e["type"]) for e in r["entities"]] for r in recs]
    assert got == [
        [("首创集团", "ORG"), ("张明", "PER"), ("北京", "LOC")],  # position label dropped
        [("市政府", "ORG"), ("红十字会", "ORG")],
    ]


def test_read_bio_segments_and_stray_inside_tag() -> None:
    recs = list(read_bio(DATA / "msra.bio"))
    assert [r["text"] for r in recs] == ["中共中央致信", "王芳在京沪"]
    assert [(e["start"], e["end"], e["type"]) for e in recs[0]["entities"]] == [(0, 4, "ORG")]
    # I-LOC after O starts a span; B-LOC right after starts another.
    assert [(e["start"], e["end"], e["type"]) for e in recs[1]["entities"]] == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]


@pytest.mark.parametrize(
    ("reader", "name", "line", "message"),
    [
        (read_span_jsonl, "bad.jsonl", 2, "bad JSON"),
        (read_span_jsonl, "mismatch.jsonl", 1, "does not match"),
        (read_bio, "bad.bio", 2, "expected 'char<TAB>tag'"),
    ],
)
def test_readers_name_file_and_line(reader: Any, name: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as info:
        list(reader(DATA / name))
    assert info.value.line == line
    assert f"{name}:{line}" in str(info.value) and message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("reader", [read_span_jsonl, read_cluener, read_bio, read_spans])
def test_readers_missing_file(reader: Any, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="absent.txt"):
        reader(tmp_path / "absent.txt")


@pytest.mark.parametrize(
    ("name", "first_text"),
    [("pfr.jsonl", "北京市总工会看望劳模刘大隆"), ("cluener.jsonl", "首创集团工会主席张明在北京讲话"),
     ("msra.bio", "中共中央致信")],
)
def test_read_spans_detects_format(name: str, first_text: str) -> None:
    assert next(read_spans(DATA / name))["text"] == first_text


# --------------------------------------------------------------------------- predictors


def test_jieba_predictor_returns_valid_offsets() -> None:
    pytest.importorskip("jieba")
    predict = jieba_posseg_predictor()
    text = "本报北京１月２２日讯 记者颜世贵报道：北京市总工会今天下午\n在人民大会堂举行联欢会。"
    spans = predict(text)
    assert spans, "jieba should tag at least one name here"
    for start, end, type_ in spans:
        assert 0 <= start < end <= len(text)
        assert type_ in {"PER", "LOC", "ORG"}
        assert "\n" not in text[start:end]
    assert (text.index("北京市总工会"), text.index("北京市总工会") + 6, "ORG") in spans
    assert predict("") == []


def test_uniongraph_predictor_returns_valid_offsets() -> None:
    try:
        predict = uniongraph_predictor()
    except ImportError:
        pytest.skip("uniongraph.extraction.pipeline not available")
    text = "本报讯（记者 张晶）北京市总工会近日在昌平区举办“匠心杯”劳动技能竞赛，刘大隆参加。"
    spans = predict(text)
    for start, end, type_ in spans:
        assert 0 <= start < end <= len(text)
        assert type_ in {"PER", "LOC", "ORG"}


class _M:
    def __init__(self, start: int, end: int, type_: str) -> None:
        self.start, self.end, self.type = start, end, type_


def test_align_mentions_same_and_shifted_text() -> None:
    text = "北京市总工会看望刘大隆"
    mentions = [_M(0, 6, "Federation"), _M(8, 11, "Person"), _M(0, 2, "Event")]
    assert align_mentions(text, text, mentions) == [(0, 6, "ORG"), (8, 11, "PER")]
    # The pipeline prepended a headline line: offsets move back onto the input.
    shifted = "标题\n" + text
    moved = [_M(m.start + 3, m.end + 3, m.type) for m in mentions]
    assert align_mentions(text, shifted, moved) == [(0, 6, "ORG"), (8, 11, "PER")]


# --------------------------------------------------------------------------- command


def test_eval_command_gold_text_and_json(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text(json.dumps(perfect_pred(), ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    text = eval_command(out, gold_path=gold)  # a build folder works as the graph path
    assert "all (typed)" in text
    data = json.loads(eval_command(out / "graph.json", gold_path=gold, fmt="json"))
    assert data["gold"]["entities"]["typed"]["f1"] == 1.0


def test_eval_command_spans_with_jieba() -> None:
    pytest.importorskip("jieba")
    data = json.loads(eval_command(None, spans_path=DATA / "pfr.jsonl", predictor="jieba", fmt="json"))
    assert data["spans"]["n_records"] == 2
    assert data["spans"]["overall"]["n_gold"] == 3


def test_eval_command_errors(tmp_path: Path) -> None:
    bad = tmp_path / "graph.json"
    bad.write_text('{"entities": [\n  {"name": }\n]}', encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"graph.json:2: bad JSON"):
        eval_command(bad, gold_path=gold)
    with pytest.raises(GraphFileError, match="no such graph file"):
        eval_command(tmp_path / "nothing", gold_path=gold)
    gold.write_text("[1, 2]", encoding="utf-8")
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="not a gold file"):
        eval_command(bad, gold_path=gold)
    with pytest.raises(InputError, match="nothing to evaluate"):
        eval_command(bad)


# --------------------------------------------------------------------------- shared data


def test_shared_gold_scores_itself_perfectly() -> None:
    path = SHARED / "gold" / "seed-page.json"
    if not path.is_file():
        pytest.skip("shared gold data absent")
    gold = json.loads(path.read_text(encoding="utf-8"))
    rep = evaluate_gold(gold, gold)
    assert rep.entities_typed.f1 == rep.relations.f1 == rep.bylines.names.f1 == 1.0


@pytest.mark.parametrize(
    ("rel_path", "reader"),
    [("corpus/pfr1998_01/articles_theme.jsonl", read_span_jsonl),
     ("ner/cluener2020/dev.jsonl", read_cluener), ("ner/msra/test.bio", read_bio)],
)
def test_shared_span_sets_read(rel_path: str, reader: Any) -> None:
    path = SHARED / rel_path
    if not path.is_file():
        pytest.skip(f"{rel_path} absent")
    recs = [r for _, r in zip(range(50), reader(path))]
    assert len(recs) == 50
    for r in recs:
        for e in r["entities"]:
            assert 0 <= e["start"] < e["end"] <= len(r["text"]) and e["type"] in {"PER", "LOC", "ORG"}


# --------------------------------------------------------------------------- properties

_NAMES = st.text(alphabet="工会北京市总", min_size=1, max_size=3)
_TYPES = st.sampled_from(["Federation", "Person", "Place"])
_ENTS = st.lists(
    st.builds(lambda n, t, a: ent(n, t, *a), _NAMES, _TYPES, st.lists(_NAMES, max_size=2)),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(gold=_ENTS, pred=_ENTS)
def test_matching_is_one_to_one_for_any_input(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    rep = evaluate_gold({"entities": pred}, {"entities": gold})
    assert rep.entities.tp == len(rep.matches) <= min(len(gold), len(pred))
    assert rep.entities_typed.tp <= rep.entities.tp
    assert len(rep.entity_misses) == len(gold) - rep.entities.tp
    assert len(rep.entity_false_hits) == len(pred) - rep.entities.tp
    assert sum(s.tp for s in rep.entities_by_type.values()) == rep.entities.tp
    assert sum(s.n_pred for s in rep.entities_by_type.values()) == len(pred)


@settings(max_examples=100, deadline=None)
@given(gold=_ENTS, seed=st.randoms(use_true_random=False))
def test_gold_scores_itself_perfectly_in_any_order(gold: list[dict[str, Any]], seed: Any) -> None:
    pred = list(gold)
    seed.shuffle(pred)
    rep = evaluate_gold({"entities": pred}, {"entities": gold})
    assert rep.entities_typed.tp == len(gold)


def test_gold_relation_written_with_alias() -> None:
    gold = dict(GOLD, relations=[rel("王中秋", "worksFor", "首创集团")])
    rep = evaluate_gold({"relations": [rel("王中秋", "worksFor", "北京首都创业集团有限公司")]}, gold)
    assert rep.relations.tp == 1
