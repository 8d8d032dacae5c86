"""uniongraph's word cutting gives jieba's words, character for character."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from uniongraph.extraction import segment
from uniongraph.evaluate.data import pfr_articles
from uniongraph.extraction.tokens import tokenizer

SHARED_PFR = pfr_articles(Path(__file__).resolve().parents[2])


def _same(text: str) -> None:
    tk, _ = tokenizer()
    assert list(segment.cut(tk, text)) == list(tk.cut(text, HMM=True))


@pytest.mark.parametrize("text", [
    "",
    "崂山区总工会举办活动。",
    "中直机关工会联合会于１月８日在京召开换届大会。全国总工会副主席张丁华出席。",
    "iPhone 15 Pro的售价为7999元，ABC公司CEO Tim说：OK！\n\n第二段\t有制表符",
    "工工工工工工工工工工工工",          # a run the dictionary cuts into single characters (HMM)
    "赵立新钱国华孙建军李秀英周国强吴丽华",  # unknown names glued together
    "2024年9月10日，由广东省总工会、广东省人力资源和社会保障厅共同主办。",
    "a" * 50 + "测试" + "1" * 30,
])
def test_written_texts(text: str) -> None:
    _same(text)


def test_random_texts() -> None:
    rng = random.Random(20261204)
    pool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严，。、；：？！“”（）《》 abcXYZ0123456789１２３"
    for _ in range(300):
        _same("".join(rng.choice(pool) for _ in range(rng.randint(1, 120))))


def test_real_news_when_the_corpus_is_at_hand() -> None:
    if not SHARED_PFR.is_file():
        pytest.skip(f"{SHARED_PFR} absent: the People's Daily corpus is read from ../shared only")
    with SHARED_PFR.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 300:
                break
            _same(json.loads(line)["text"])


def test_remembered_runs_stay_bounded_and_give_the_same_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of single characters are remembered per dictionary; a full memory is emptied,
    and the words are jieba's before, during and after."""
    tk, _ = tokenizer()
    monkeypatch.setattr(segment, "_RUNS_MAX", 3)
    segment._memo(tk)[1].clear()  # what earlier tests left
    texts = ["赵立新钱国华来了", "孙建军李秀英走了", "周国强吴丽华看了", "王小明张大伟说了", "赵立新钱国华来了"]
    for text in texts * 2:
        _same(text)
        assert len(segment._memo(tk)[1]) <= 3


def test_the_unrolled_hmm_breaks_ties_as_jieba() -> None:
    """jieba's four-state HMM is decoded unrolled; where two paths score the same (no emission
    known, equal transitions) it must pick jieba's, and other state sets take the general way."""
    import jieba.finalseg as hmm

    from uniongraph.extraction import tokens

    flat = {y: {} for y in "BMES"}  # every character unknown: MIN_FLOAT everywhere
    even = {y: {"B": -1.0, "M": -1.0, "E": -1.0, "S": -1.0} for y in "BMES"}
    start = {y: -1.0 for y in "BMES"}
    for trans, emit in ((hmm.trans_P, flat), (even, flat), (even, hmm.emit_P), (hmm.trans_P, hmm.emit_P)):
        for run in ("工", "工会", "张三丰来了", "䶮䶮䶮䶮", "工" * 40):
            for first in (hmm.start_P, start):
                args = (run, "BMES", first, trans, emit)
                assert tokens.viterbi(*args) == tokens.JIEBA_VITERBI(*args), (run, trans is even, emit is flat)
    args = ("张三丰来了", "SEMB", hmm.start_P, hmm.trans_P, hmm.emit_P)  # another order: the general loop
    assert tokens.viterbi(*args) == tokens.JIEBA_VITERBI(*args)
