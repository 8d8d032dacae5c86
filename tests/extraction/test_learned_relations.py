"""The learned relation classifier (:mod:`uniongraph.extraction.relations.learned`): its
candidates and features, how its facts join the patterns', the shipped model, and the training
script's fitting. Sentences written for the tests, names invented."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.extraction.relations import learned, pattern_relations
from uniongraph.model import Article, Mention

ROOT = Path(__file__).resolve().parents[2]


def article(body: str, title: str = "") -> Article:
    from uniongraph.extraction.pipeline import recognise
    from uniongraph.extraction.aliases import resolve_aliases

    art = Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}")
    recognise(art)
    resolve_aliases(art)
    return art


def facts(body: str, title: str = "") -> set[tuple[str, str, str, str]]:
    art = Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}")
    extract_article(art)
    return {(r.head, r.relation, r.tail, r.evidence[0].rule) for r in art.relations}


def m(start: int, end: int, type_: str, text: str) -> Mention:
    return Mention(start, end, text[start:end], type_, text[start:end], "test")


# --- candidates and features ----------------------------------------------------------------


def test_candidates_follow_the_relation_signatures():
    text = "李明出席了在北京召开的年会。"
    ms = [m(0, 2, "Person", text), m(6, 8, "Place", text), m(11, 13, "Event", text)]
    pairs = {(a.name, rel, b.name) for a, b, rel, _ in learned.candidate_pairs(ms)}
    assert ("李明", "participatesIn", "年会") in pairs
    assert ("年会", "heldAt", "北京") in pairs
    # no relation has a person as tail or a place as head of participation
    assert not any(b == "李明" for _, _, b in pairs)
    assert ("北京", "participatesIn", "年会") not in pairs


def test_far_apart_names_are_no_candidates():
    text = "李明" + "，" * (learned.MAX_GAP + 1) + "年会"
    ms = [m(0, 2, "Person", text), m(len(text) - 2, len(text), "Event", text)]
    assert list(learned.candidate_pairs(ms)) == []
    near = "李明，，年会"
    assert list(learned.candidate_pairs([m(0, 2, "Person", near), m(4, 6, "Event", near)]))


def test_features_read_the_words_between_and_the_order():
    feats = learned.pair_features_of("李明出席了年会。", (0, 2, "Person"), (5, 7, "Event"), "participatesIn")
    assert {"ht", "ht|gap=出席了", "ht|bg=出席", "ht|bg=席了", "types=Person>Event"} <= set(feats)
    later = learned.pair_features_of("年会由李明主持。", (3, 5, "Person"), (0, 2, "Event"), "participatesIn")
    assert "th" in later and "th|gap=由" in later and "ht" not in later


def test_a_name_in_a_quotation_or_the_headline_is_no_candidate():
    quoted = article("全国纺织工业工作会议今天在北京召开。“王立平同志最关心纺织工人。”")
    contexts, found = pattern_relations(quoted)
    heads = {h.name for ctx in contexts for h, _, _, _ in learned.sentence_candidates(ctx, set())}
    assert "王立平" not in heads
    said = article("全国纺织工业工作会议今天在北京召开。王立平指出，纺织工业要加快结构调整。")
    contexts, found = pattern_relations(said)
    heads = {h.name for ctx in contexts for h, _, _, _ in learned.sentence_candidates(ctx, set())}
    assert "王立平" in heads
    headline = article("纺织工人很辛苦。", title="王立平出席全国纺织工业工作会议")
    contexts, _ = pattern_relations(headline)
    assert not [c for ctx in contexts for c in learned.sentence_candidates(ctx, set())
                if ctx.sentence.start < headline.body_start]


# --- how the classifier's facts join the patterns' ---------------------------------------------


def _one_feature_model(feature: str, relation: str = "participatesIn") -> learned.PairModel:
    """A model that believes one feature only: probability 0.95 with it, 0.05 without."""
    return learned.PairModel({relation: {"bias": -3.0, "x|bias": -3.0, feature: 6.0}}, {relation: 0.5})


def test_propose_adds_a_believed_pair_and_names_the_rule():
    art = article("全国纺织工业工作会议今天在北京召开。王立平指出，纺织工业要加快结构调整。")
    contexts, found = pattern_relations(art)
    added = learned.propose(contexts, found, _one_feature_model("x|after2=指出"))
    assert [(h.name, r, t.name, rule) for _, h, r, t, rule in added] == [
        ("王立平", "participatesIn", "全国纺织工业工作会议", "learned-participatesIn")]
    assert learned.propose(contexts, found, _one_feature_model("x|after2=讲话")) == []


def test_propose_leaves_pairs_the_patterns_related():
    art = article("国务院副总理王立平出席全国纺织工业工作会议。")
    contexts, found = pattern_relations(art)
    assert ("王立平", "participatesIn", "全国纺织工业工作会议") in found
    added = {(h.name, t.name) for _, h, _, t, _ in learned.propose(contexts, found, _one_feature_model("ht|bg=出席"))}
    assert ("王立平", "全国纺织工业工作会议") not in added
    assert ("国务院", "全国纺织工业工作会议") in added  # the same words between, a pair the patterns left


def test_propose_keeps_one_tail_per_head_and_relation():
    art = article("李明出席了职工运动会和迎春联欢会。")
    contexts, found = pattern_relations(art)
    model = learned.PairModel({"participatesIn": {"bias": 2.0, "x|bias": 2.0}}, {"participatesIn": 0.5})
    added = learned.propose(contexts, {}, model)
    tails = [t.name for _, h, r, t, _ in added if h.name == "李明" and r == "participatesIn"]
    assert len(tails) == 1


def test_a_relation_left_to_the_patterns_is_never_proposed():
    art = article("全国纺织工业工作会议今天在北京召开。王立平指出，纺织工业要加快结构调整。")
    contexts, found = pattern_relations(art)
    off = learned.PairModel({"participatesIn": {"bias": 9.0, "x|bias": 9.0}}, {"participatesIn": 1.01})
    assert learned.propose(contexts, found, off) == []


# --- the shipped model, end to end ---------------------------------------------------------------


def _main_event_probability(second: str) -> float:
    """The shipped model's belief that 王立平 of ``second`` took part in the meeting named before."""
    art = article("全国纺织工业工作会议今天在北京召开。" + second)
    contexts, found = pattern_relations(art)
    model = learned.load_model()
    probs = [model.probability(r, f) for ctx in contexts
             for h, t, r, f in learned.sentence_candidates(ctx, learned.related_keys(found), model.active)
             if h.name == "王立平" and t.name == "全国纺织工业工作会议"]
    assert len(probs) == 1
    return probs[0]


def test_shipped_model_believes_speakers_at_the_meeting_more_than_people_merely_named():
    speakers = ["王立平指出，纺织工业要加快结构调整。", "王立平总经理在工作报告中提出了今年的目标。",
                "国务院副总理王立平、国家经贸委主任李红出席。"]
    bystanders = ["王立平的家乡在湖南。", "王立平的父亲是一名纺织工人。", "王立平在去年发表的一篇文章中提到了他。"]
    assert min(map(_main_event_probability, speakers)) > max(map(_main_event_probability, bystanders))


def test_people_listed_with_a_believed_participant_take_part_too():
    art = article("全国纺织工业工作会议今天在北京召开。王立平、李红和赵明等在会上发了言。")
    contexts, found = pattern_relations(art)
    added = learned.propose(contexts, found, _one_feature_model("x|after2=、李"))
    assert {(h.name, rule) for _, h, _, _, rule in added} == {
        ("王立平", "learned-participatesIn"), ("李红", "learned-participatesIn-listed"),
        ("赵明", "learned-participatesIn-listed")}
    alone = article("全国纺织工业工作会议今天在北京召开。王立平、李红说，赵明在会上发了言。")
    contexts, found = pattern_relations(alone)
    names = {h.name for _, h, _, _, _ in learned.propose(contexts, found, _one_feature_model("x|after2=说，"))}
    assert "赵明" not in names


@pytest.mark.parametrize("body", [
    "全国纺织工业工作会议今天在北京召开。王立平的家乡在湖南。",
    "全国纺织工业工作会议今天在北京召开。“王立平同志生前最关心纺织工人。”",
])
def test_shipped_model_leaves_names_that_take_no_part(body):
    assert not {f for f in facts(body) if f[0] == "王立平" and f[1] == "participatesIn"}


def test_shipped_model_is_small_and_its_relations_are_the_signatures():
    data = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert learned.MODEL_PATH.stat().st_size < 5_000_000
    assert set(data["thresholds"]) <= set(learned.SIGNATURES)
    assert all(0.0 < t <= 1.01 for t in data["thresholds"].values())
    assert any(t <= 1.0 for t in data["thresholds"].values()), "the model proposes no relation at all"


# --- the training script's fitting ---------------------------------------------------------------


def _training_script():
    spec = importlib.util.spec_from_file_location("train_relations", ROOT / "scripts" / "train_relations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_relations"] = module
    spec.loader.exec_module(module)
    return module


def test_fit_learns_the_telling_feature_and_is_deterministic():
    train = _training_script()
    rows = [(["bias", "gap=出席", f"noise{i % 3}"], True) for i in range(20)]
    rows += [(["bias", "gap=家乡", f"noise{i % 3}"], False) for i in range(20)]
    w1, w2 = train.fit(rows), train.fit(list(rows))
    assert w1 == w2
    assert w1["gap=出席"] > 1.0 > -1.0 > w1["gap=家乡"]
    model = learned.PairModel({"r": w1}, {"r": 0.5})
    assert model.probability("r", ["bias", "gap=出席"]) > 0.8 > 0.2 > model.probability("r", ["bias", "gap=家乡"])


def test_thresholds_hold_the_precision_asked_for_and_leave_rare_relations_off():
    train = _training_script()
    cv = {"worksFor": [(0.9, True)] * 60 + [(0.85, False)] + [(0.8, True)] * 9
          + [(0.7, False)] * 5 + [(0.65, True)] * 5 + [(0.6, False)] * 20,
          "founded": [(0.9, True)] * 10}
    quiet = {"report": lambda *_: None}
    # from 0.65 up 74 of 80 facts are right (0.925); from 0.6 up 74 of 100
    assert train.choose_thresholds(cv, 0.9, 50, min_odds=0.5, **quiet)["worksFor"] == 0.65
    assert train.choose_thresholds(cv, 0.95, 50, min_odds=0.5, **quiet)["worksFor"] == 0.8  # 69 of 70
    assert train.choose_thresholds(cv, 0.99, 50, min_odds=0.5, **quiet)["worksFor"] == 0.9  # 69 of 70 is too few
    # never below the odds asked for, however well the left-out sets went
    assert train.choose_thresholds(cv, 0.9, 50, **quiet)["worksFor"] == 0.8
    assert train.choose_thresholds(cv, 0.9, 50, **quiet)["founded"] > 1.0  # too few examples


@pytest.mark.parametrize("second", [
    "王立平致信会议，向与会代表表示祝贺。",
    "国务院副总理王立平发来贺信。",
])
def test_who_sends_a_letter_to_the_meeting_is_no_candidate(second):
    """Even a model that believes every person of the sentence proposes no writer of a letter."""
    art = article("全国纺织工业工作会议今天在北京召开。" + second)
    contexts, found = pattern_relations(art)
    believes_all = learned.PairModel({"participatesIn": {"bias": 9.0, "x|bias": 9.0}}, {"participatesIn": 0.5})
    assert "王立平" not in {h.name for _, h, _, _, _ in learned.propose(contexts, found, believes_all)}
    spoke = article("全国纺织工业工作会议今天在北京召开。王立平在会上说，要加快结构调整。")
    contexts, found = pattern_relations(spoke)
    assert "王立平" in {h.name for _, h, _, _, _ in learned.propose(contexts, {}, believes_all)}


def test_the_model_file_can_be_named_or_switched_off(monkeypatch, tmp_path):
    """``$UNIONGRAPH_RELATION_MODEL``: ``off`` leaves the patterns alone, a path loads that file."""
    other = tmp_path / "model.json"
    other.write_text(json.dumps({"weights": {"participatesIn": {"bias": 1.0}}, "thresholds": {"participatesIn": 0.9}}))
    try:
        monkeypatch.setenv(learned.MODEL_VARIABLE, "off")
        learned.load_model.cache_clear()
        assert learned.load_model() is None
        monkeypatch.setenv(learned.MODEL_VARIABLE, str(other))
        learned.load_model.cache_clear()
        assert learned.load_model().thresholds == {"participatesIn": 0.9}
        monkeypatch.setenv(learned.MODEL_VARIABLE, str(tmp_path / "absent.json"))
        learned.load_model.cache_clear()
        with pytest.raises(FileNotFoundError):
            learned.load_model()
    finally:
        monkeypatch.delenv(learned.MODEL_VARIABLE)
        learned.load_model.cache_clear()
    assert learned.load_model().thresholds == json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))["thresholds"]


# --- vetoes: what the model reads wrong on other news ---------------------------------------------


def _believed(body: str) -> set[str]:
    """The people a model believing every candidate proposes for the meeting of ``body``."""
    art = article(body)
    contexts, _ = pattern_relations(art)  # (as if the patterns had found nothing)
    believes_all = learned.PairModel({"participatesIn": {"bias": 9.0, "x|bias": 9.0}}, {"participatesIn": 0.5})
    return {h.name for _, h, _, _, _ in learned.propose(contexts, {}, believes_all)}


def _believed_pairs(body: str) -> set[tuple[str, str]]:
    """The pairs a model believing every person of a sentence takes part in the main event (and
    no pair of names within a sentence) proposes."""
    art = article(body)
    contexts, _ = pattern_relations(art)
    believes_all = learned.PairModel({"participatesIn": {"bias": -9.0, "x|bias": 9.0}}, {"participatesIn": 0.5})
    return {(h.name, t.name) for _, h, _, t, _ in learned.propose(contexts, {}, believes_all)}


MEETING = "全国纺织工业工作会议今天在北京召开。"


@pytest.mark.parametrize("caption", ["前排左起：王立平、李红、赵明。", "图为王立平在车间检查产品质量。",
                                     "左起：王立平、李红。"])
def test_a_photo_caption_names_no_participant(caption):
    assert not {"王立平", "李红"} & _believed(MEETING + caption)
    assert "王立平" in _believed(MEETING + "会上，王立平、李红先后发言。")


def test_a_sentence_about_a_photo_exhibition_is_no_caption():
    assert not learned._CAPTION.match("图片展览同时开幕，王立平、李红出席了开幕式。")
    assert learned._CAPTION.match("（图片：王立平摄）") and learned._CAPTION.match("图为王立平在车间。")


@pytest.mark.parametrize("cited", [
    "王立平同志在党的十五大报告中指出，要加快结构调整。",
    "王立平总书记在十四大报告中强调，纺织工业要转变增长方式。",
    "部长李红传达了王立平同志在中央纪委二次全会上的讲话。",
    "部长李红传达了王立平同志的重要讲话。",
])
def test_the_author_of_words_quoted_from_a_congress_is_no_participant(cited):
    art = article(MEETING + cited)
    contexts, _ = pattern_relations(art)
    believes_all = learned.PairModel({"participatesIn": {"bias": 9.0, "x|bias": 9.0}}, {"participatesIn": 0.5})
    pairs = {(h.name, t.name) for _, h, _, t, _ in learned.propose(contexts, {}, believes_all)}
    # (the congress itself, when named, is the one the report was given at)
    assert ("王立平", "全国纺织工业工作会议") not in pairs


@pytest.mark.parametrize("own", ["王立平总经理在工作报告中提出了今年的目标。", "王立平在会上的讲话中指出，要加快结构调整。"])
def test_the_meetings_own_report_or_speech_is_still_a_candidate(own):
    assert "王立平" in _believed(MEETING + own)


def test_a_plenum_cited_in_a_report_on_that_plenum_is_its_own():
    body = "中共中央纪律检查委员会第二次全体会议今天在北京召开。王立平在二次全会上的讲话中指出，要加强廉政建设。"
    assert "王立平" in _believed(body)


def _cut(sentence: str, name: str, start: int, end: int) -> bool:
    """``learned._cut_name`` of ``name[start:end]`` (a person's span) in ``sentence`` after MEETING."""
    art = article(MEETING + sentence)
    contexts, _ = pattern_relations(art)
    ctx = next(c for c in contexts if name in c.sentence.text)
    at = art.text.index(name)
    return learned._cut_name(ctx, m(at + start, at + end, "Person", art.text))


def test_a_name_cut_from_its_surname_is_no_participant():
    """A name the tagger cut (嗣峰 of 钱嗣峰) stands after a lone surname character in its list."""
    works = "这些作品是张立、钱嗣峰、赵明拍摄的。"
    assert _cut(works, "钱嗣峰", 1, 3)
    assert not _cut(works, "钱嗣峰", 0, 3)
    assert not _cut(works, "张立", 0, 2)  # (是 is no surname)


def test_a_full_name_after_a_preposition_is_whole():
    """向 and 于 are surnames too, but a name of three after one is a whole name (会上，向丁远山颁发了奖章)."""
    assert not _cut("省长王立平讲话，向丁远山颁发了奖章。", "丁远山", 0, 3)


@pytest.mark.parametrize("elsewhere", [
    "在昨天举行的全国棉花工作会议上，王立平介绍了今年的棉花收购情况。",
    "省纪委第一次全会选举李红为省纪委书记，王立平为省纪委副书记。",
])
def test_a_person_of_a_sentence_that_names_another_event_acts_at_that_one(elsewhere):
    assert ("王立平", "全国纺织工业工作会议") not in _believed_pairs(MEETING + elsewhere)


def test_the_main_plenum_named_short_is_no_other_event():
    body = "中共南岭省第五届委员会第二次全体会议今天在南岭召开。全会认真讨论了王立平同志的讲话。"
    assert "王立平" in _believed(body)
    assert "王立平" in _believed(MEETING + "会议期间，王立平介绍了今年的棉花收购情况。")


_FILLER = "这一年，南岭的纺织工人克服了原料紧张、设备老化等种种困难，产量和质量都有了明显提高。" * 10


def test_an_event_first_named_deep_in_the_article_is_not_what_it_reports():
    body = _FILLER + "去年年底，南岭纺织行业专家会议在北京召开。" + "王立平当过三年纺织工人。"
    assert len(_FILLER) > learned.LEAD
    assert ("王立平", "南岭纺织行业专家会议") not in _believed_pairs(body)
    early = "南岭纺织行业专家会议在北京召开。" + _FILLER + "王立平当过三年纺织工人。"
    assert ("王立平", "南岭纺织行业专家会议") in _believed_pairs(early)


def test_an_event_the_headline_names_is_reported_however_late_the_body_names_it():
    body = _FILLER + "“南岭织锦展示”活动在北京举行。" + "王立平当过三年纺织工人。"
    art = article(body, title="纺织女工北京办南岭织锦展示")
    contexts, _ = pattern_relations(art)
    believes_all = learned.PairModel({"participatesIn": {"bias": -9.0, "x|bias": 9.0}}, {"participatesIn": 0.5})
    pairs = {(h.name, t.name) for _, h, _, t, _ in learned.propose(contexts, {}, believes_all)}
    assert "王立平" in {h for h, t in pairs if "南岭织锦展示" in t}


@pytest.mark.parametrize("event, comment", [
    ("第五届南岭职工运动会今天在南岭开幕。", "王立平说，本届运动会新设了拔河项目。"),
    ("南岭职工书画展今天在南岭开幕。", "著名画家王立平认为，此次展出的作品水平较高。"),
])
def test_who_speaks_of_a_games_or_a_show_is_no_participant(event, comment):
    assert "王立平" not in {h for h, _ in _believed_pairs(event + comment)}


def test_who_speaks_in_a_report_on_a_meeting_is_still_a_candidate():
    assert "王立平" in {h for h, _ in _believed_pairs(MEETING + "王立平说，纺织工业要加快结构调整。")}
    # (and who competes in a games stays one)
    assert "王立平" in {h for h, _ in _believed_pairs("第五届南岭职工运动会今天在南岭开幕。王立平获得了拔河冠军。")}
