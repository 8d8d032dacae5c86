"""Defects a reviewer proved in stop 36's new rules (rev36a), each with a sentence written for the
tests (names invented): the wrong fact is gone, the right one that the rule was written for stays."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article
from uniongraph.reading.bylines import add_bylines


def read_facts(text: str) -> set[tuple[str, str, str]]:
    """Stated facts of an article read as a build reads it (its bylines found first)."""
    art = extract_article(add_bylines(Article(id="t", source="t", index=0, title="", text=text)))
    return {(r.head, r.relation, r.tail) for r in art.relations if not r.inferred}


# D12: the byline's reporter is no one a pronoun of the story stands for
@pytest.mark.parametrize("read", [read_facts, lambda text: facts(text.partition("\n")[2], text.partition("\n")[0])])
def test_pronoun_after_a_byline_is_not_the_reporter(read):
    text = "快递小哥的新年\n（记者 孙海平）\n他是南岭快递有限公司的一名快递员，每天要送300多件快递。"
    assert not any(h == "孙海平" and r == "worksFor" for h, r, _ in read(text))


def test_pronoun_after_a_byline_then_a_named_paragraph_still_read():
    body = "（记者 孙海平）\n南岭医院院长赵立新介绍了医院的发展。\n他原为海河市人民医院主治医师。"
    assert ("赵立新", "worksFor", "海河市人民医院") in facts(body, "医院新貌")


# D2: a quote's speaker, or a person 他/她是一名… presents, is not the pronoun's antecedent
@pytest.mark.parametrize("body, wrong", [
    ("今年52岁的钱国华是南岭机床厂的一名钳工，被誉为“钳工大王”。\n“他是我们厂的技术骨干。”车间主任周立平告诉记者。\n"
     "他兼任南岭机床厂工会副主席，带出徒弟30多人。", ("周立平", "worksFor", "南岭机床厂工会")),
    ("南岭医院院长孙海平介绍了医院的发展。\n她是一名有着20年经验的护士长，现任市护理学会副会长。", None),
])
def test_paragraph_opening_pronoun_not_a_quoted_speaker_or_a_new_person(body, wrong):
    got = facts(body)
    if wrong:
        assert wrong not in got
    else:
        assert not any(h == "孙海平" and "护理学会" in t for h, r, t in got)


def test_paragraph_opening_pronoun_after_the_only_person_who_speaks():
    # the speaker is the only person the article names: 他 is him
    body = "“医院变化很大。”南岭医院院长赵立新告诉记者。\n他原为海河市人民医院主治医师，１９９５年回乡。"
    assert ("赵立新", "worksFor", "海河市人民医院") in facts(body)
