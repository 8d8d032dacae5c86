"""_career_open finds the career run's verb where _CAREER_OPEN.match does, without its backtracking."""

import pytest

from uniongraph.extraction.relations.people import _CAREER_OPEN, _career_open

SENTENCES = [
    "王小明同志曾任某市总工会副主席。",            # an honorific, then the verb
    "王小明（１９５０年生）历任某厂厂长。",          # a bracket
    "王小明生前担任某公司经理。",                    # a gap word
    "王小明，５２岁，大学文化，曾任某县县长。",      # clauses, then the verb
    "王小明先生，早年在外地工作，后任某局局长。",    # an honorific and clauses
    "王小明说，他不愿意担任这个职务。",              # clauses and a verb (the caller judges them)
    "王小明来到车间，和工人们一起劳动，还参观了展览，又看望了老人，接着听取汇报，最后离开，任务完成。",
    "王小明在会上发言。",                            # no verb: no run
    "王小明，" + "甲乙丙丁戊己庚辛壬癸" * 3 + "，" + "子丑寅卯辰巳午未" * 4 + "，没有任何职务" + "。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_same_verb_as_the_regex(sentence):
    start, end = 3, len(sentence)
    expected = _CAREER_OPEN.match(sentence, start, end)
    found = _career_open(sentence, start, end)
    assert (found and found.span("verb")) == (expected and expected.span("verb"))


def test_every_start_of_a_sentence():
    for sentence in SENTENCES[:-1]:  # (the last one: the regex alone takes seconds at every start)
        for start in range(len(sentence)):
            expected = _CAREER_OPEN.match(sentence, start, len(sentence))
            found = _career_open(sentence, start, len(sentence))
            assert (found and found.span("verb")) == (expected and expected.span("verb")), (sentence, start)


def test_a_long_gap_without_a_run_finds_none():
    # six clauses of allowed characters and no comma before a verb: the regex tries every split (seconds);
    # _career_open answers at once (its speed is measured by benchmarks/throughput.py, not timed here)
    sentence = "王小明" + "，甲乙丙丁戊己庚辛壬癸子丑寅" * 8 + "后任某职。"
    assert _career_open(sentence, 3, len(sentence)) is None
