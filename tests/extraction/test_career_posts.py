"""worksFor read from a career run (曾任/现任/历任 ORG title、ORG title，…调任 ORG title): every
body of the run whose post the person held, the person named before the run or opening the profile
sentence before it (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    # the person, short clauses about them, then the run with a later post after a time phrase
    ("钱立国，５２岁，大学文化，曾任榆林市委常委、副市长，汉中地委副书记、行署专员，１９９５年４月调任宝鸡市委书记。",
     {("钱立国", "worksFor", "榆林市委"), ("钱立国", "worksFor", "汉中地委"), ("钱立国", "worksFor", "宝鸡市委")}),
    # an honorific between the name and the verb; bodies joined by a comma
    ("周海峰先生现任海河美术学院教授，南岭美术家协会理事，平安书画研究会名誉会长。",
     {("周海峰", "worksFor", "海河美术学院"), ("周海峰", "worksFor", "南岭美术家协会"),
      ("周海峰", "worksFor", "平安书画研究会")}),
    ("吴长河同志历任平安机械厂政委、海河航空学院副院长。",
     {("吴长河", "worksFor", "平安机械厂"), ("吴长河", "worksFor", "海河航空学院")}),
    # a profile: the name opens the sentence before, the run opens its own sentence
    ("赵立新，４８岁，毕业于海河农学院。曾任洛南县委副书记、商南县委书记，现任商洛地委委员。",
     {("赵立新", "worksFor", "洛南县委"), ("赵立新", "worksFor", "商南县委"), ("赵立新", "worksFor", "商洛地委")}),
    # a bracketed career note after the name
    ("刘少华的夫人陈秀英（曾任海河市政协副主席）捐出了全部奖金。", {("陈秀英", "worksFor", "海河市政协")}),
])
def test_every_post_of_the_run(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, person, org", [
    # a relative clause: the post is the next name's (曾任…的赵刚), not the subject's
    ("李红说，曾任平安机械厂厂长的赵刚是她的老师。", "李红", "平安机械厂"),
    ("张伟说了一件往事。曾任海河机械厂厂长的老李后来去了南方。", "张伟", "海河机械厂"),
    # another person between the subject and the run
    ("王明会见了李建国，李建国曾任宝鸡市委书记。", "王明", "宝鸡市委"),
    # the sentence before is no profile: it does not open with the person
    ("昨天，会上张伟发言。曾任洛南县委书记，现任商洛地委委员。", "张伟", "商洛地委"),
])
def test_no_post_outside_the_run(body, person, org):
    assert (person, "worksFor", org) not in facts(body)
