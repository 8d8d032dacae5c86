"""Long unbroken runs (base64, a digit dump, a Latin run glued to a place head, a run of one
character, a span the tagger takes for one name) cost work in proportion to their length.

Three places cost the square of a run's length:

- jieba makes a run of Latin letters or digits one token, however long, and the place
  recogniser looked for a gazetteer name at every prefix of a word, slicing and hashing each
  (200,000 characters 8.6 s, 400,000 27 s, 2 MB more than five minutes). No place name is longer
  than ``Lexicons.longest_place`` characters, so no longer text is sliced or looked up now.
- partial names (总工会 for 北京市总工会) indexed every suffix of every full name; a span of
  60,000 characters the tagger took for a place cost 1.8e9 characters of slices. Only suffixes
  as long as a name looked up are indexed now.
- jieba's HMM copied the best path at every character of a run it cuts into single characters
  (工工工…); the tokenizer gives it a back-pointer decoder with the same answers.

No timing here: the work is counted (characters sliced or hashed during a real extraction),
or the decoder's answers compared with jieba's; ``benchmarks/shapes.py`` times the shapes.
"""

from __future__ import annotations

import base64
import random
import sys

import pytest

from uniongraph.extraction import aliases, places
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.model import KnowledgeGraph
from uniongraph.parallel import extract_batch
from uniongraph.reading import read_text

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _shape(name: str, n: int) -> str:
    r = random.Random(n)
    if name == "latin":
        return "".join(r.choice(_LETTERS) for _ in range(n))
    if name == "digits":
        return "".join(r.choice("0123456789") for _ in range(n))
    if name == "base64":
        return base64.b64encode(r.randbytes(n * 3 // 4)).decode()
    if name == "base64-of-zeros":  # AAAA…: what an attachment of blank pages encodes to
        return base64.b64encode(bytes(n * 3 // 4)).decode()
    if name == "tagged-span":  # the tagger takes a-a-a-… for one place name
        return "a-" * (n // 2)
    if name == "latin+place-head":  # the run is the body of a place name ending in 区
        return "".join(r.choice(_LETTERS) for _ in range(n)) + "区工会"
    raise ValueError(name)


def _work(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """Characters sliced or hashed while one page holding ``text`` is extracted, where long
    names used to cost the square of their length: gazetteer lookups and the suffix index of
    partial names."""
    work = 0
    lookup, index = places.gazetteer_form, aliases.suffix_index

    def counted_lookup(word: str, lex: object) -> str | None:
        nonlocal work
        work += len(word)
        return lookup(word, lex)  # type: ignore[arg-type]

    def counted_index(keys: object, lengths: object) -> dict[str, set[str]]:
        nonlocal work
        out = index(keys, lengths)  # type: ignore[arg-type]
        work += sum(len(suffix) for suffix in out)
        return out

    with monkeypatch.context() as m:
        m.setattr(places, "gazetteer_form", counted_lookup)
        m.setattr(aliases, "suffix_index", counted_index)
        doc = read_text("温州市总工会举办职工技能大赛\n\n本报讯 " + text + "\n", "run.md", parse=False)
        extract_batch([doc], keep_details=True)
    return work


SHAPES = ["latin", "digits", "base64", "base64-of-zeros", "latin+place-head", "tagged-span"]


@pytest.mark.parametrize("shape", SHAPES)
def test_long_runs_cost_work_in_proportion_to_their_length(monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    small, big = (_work(monkeypatch, _shape(shape, n)) for n in (10_000, 40_000))
    # four times the text, four times the work (it was sixteen: 5e7 characters, then 8e8)
    assert big <= 5 * small and big <= 20 * 40_000, (small, big)


#: Pages of many short repeats: lists of names, a fact stated in every sentence.
REPEATS = {
    "one-fact-per-sentence": "北京市总工会主席李华出席。",
    "one-fact-in-a-run-on-sentence": "北京市总工会主席李华，",
    "list-of-unions": "温州市总工会、",
    "list-of-companies": "科技有限公司工会和",
    "ages-in-brackets": "张伟（45岁）",
    "quotes": "张伟说：“好。”",
}


def _python_calls(text: str) -> int:
    """Python function calls (generator steps included) while one page holding ``text`` is
    extracted: a count of work that does not depend on the machine or its load."""
    doc = read_text("温州市总工会举办职工技能大赛\n\n本报讯 " + text + "\n", "run.md", parse=False)
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        extract_batch([doc], keep_details=True)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("shape", list(REPEATS))
def test_repeats_cost_calls_in_proportion_to_their_number(shape: str) -> None:
    unit = REPEATS[shape]
    extract_batch([read_text("温州市总工会举办职工技能大赛\n\n" + unit + "\n", "warm.md", parse=False)])
    small, big = (_python_calls(unit * (n // len(unit))) for n in (4_000, 16_000))
    # four times the text, about four times the calls; a fact repeated in n sentences looked
    # through its evidence each time (7.5 times the calls)
    assert big <= 5 * small, (small, big)


def test_a_place_opening_a_long_word_is_still_found() -> None:
    lex = load_lexicons()
    assert lex.longest_place >= max(map(len, lex.places))
    assert places._place_prefix_of_word("天津日报", lex) == ("天津", "天津市")
    assert places._place_prefix_of_word("天津" + "a" * 100_000, lex) is None  # the rest is no word
    assert places.gazetteer_form("海淀", lex) == "海淀区"
    assert places.gazetteer_form("海" * (lex.longest_place + 1), lex) is None


def test_normal_text_gives_the_same_places() -> None:
    page = ("# 温州市总工会举办职工技能大赛\n\n本报讯（记者 陈立新）近日，温州市总工会在鹿城区举办职工技能大赛，"
            "深圳市龙华区、陕西省大荔县、普洱市思茅区和回龙观地区的职工参加，台湾同胞也来了。\n")
    kg: KnowledgeGraph = extract_batch([read_text(page, "p.md", parse=False)]).finish()
    names = {e.name for e in kg.entities.values() if e.type == "Place"}
    # a place written with the places enclosing it is one Place per named unit in the graph
    assert {"鹿城区", "台湾", "深圳市", "龙华区", "陕西省", "大荔县", "普洱市", "思茅区", "回龙观地区"} <= names, names


def test_jiebas_hmm_runs_on_back_pointers_with_jiebas_answers() -> None:
    """jieba's HMM copied the best path at each character (a run of 30,000 工 took 4 s, n²);
    the tokenizer makes jieba use back-pointers, which must give jieba's own paths."""
    import jieba.finalseg as hmm

    from uniongraph.extraction import tokens

    tokens.tokenize("工会")  # loads the tokenizer
    assert hmm.viterbi is tokens.viterbi
    r = random.Random(7)
    rare = [chr(c) for c in range(0x4E00, 0x9FD6)]
    for i in range(400):
        pool = rare if i % 2 else "工会张王李的了在是人中国北京"
        run = "".join(r.choice(pool) for _ in range(r.randint(1, 80)))
        args = (run, "BMES", hmm.start_P, hmm.trans_P, hmm.emit_P)
        assert tokens.viterbi(*args) == tokens.JIEBA_VITERBI(*args), run


def test_a_run_of_one_character_is_cut_as_jieba_cuts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import jieba.finalseg as hmm

    from uniongraph.extraction import tokens

    run = "工" * 3_001 + "会"
    ours = tokens.tokenize(run)
    monkeypatch.setattr(hmm, "viterbi", tokens.JIEBA_VITERBI)
    assert ours == tokens.tokenize(run)
