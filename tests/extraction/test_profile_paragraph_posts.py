"""worksFor read from a later sentence of a profile paragraph (NAME，born…。 titles alone, or a
career run 曾任/现任 with no subject): the posts are the person's the paragraph opens with
(sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    # a sentence of titles alone right after the profile's opening sentence
    ("韩立波，１９５６年出生，大学文化程度。省劳动模范，南岭铁路分局局长。",
     {("韩立波", "worksFor", "南岭铁路分局")}),
    # a career run two sentences after the opening one
    ("韩立波，１９５６年出生，大学文化程度。省劳动模范，南岭铁路分局局长。曾任海河车站党委书记、站长等职。",
     {("韩立波", "worksFor", "南岭铁路分局"), ("韩立波", "worksFor", "海河车站")}),
    ("周秀英，１９３１年５月生于海河。毕业于南岭师范学院中文系，获硕士学位。现任平安纺织厂厂长。",
     {("周秀英", "worksFor", "平安纺织厂")}),
])
def test_posts_of_the_profiled_person(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, person, org", [
    # the paragraph opens with no profile (no birth, no age)
    ("韩立波，多次获得表彰。毕业于南岭师范学院。现任平安纺织厂厂长。", "韩立波", "平安纺织厂"),
    # another person named in the paragraph: the run may be theirs
    ("韩立波，１９５６年出生。他的同学李红也在场。现任平安纺织厂厂长。", "韩立波", "平安纺织厂"),
    # a sentence that says more than titles
    ("韩立波，１９５６年出生，大学文化程度。南岭铁路分局局长来信表示祝贺。", "韩立波", "南岭铁路分局"),
    # a new paragraph: no profile before it in its own paragraph
    ("韩立波，１９５６年出生，大学文化程度。\n现任平安纺织厂厂长的人很多。", "韩立波", "平安纺织厂"),
])
def test_no_post_outside_the_profile(body, person, org):
    assert (person, "worksFor", org) not in facts(body)


def test_profile_in_short_lines():
    body = "周秀英，１９３１年５月生于海河。毕业于南岭师范学院中文系。\n现任平安纺织厂厂长，海河慈善会理事。\n她说，路还长。"
    assert {("周秀英", "worksFor", "平安纺织厂"), ("周秀英", "worksFor", "海河慈善会")} <= facts(body)


def test_no_profile_across_a_long_line():
    body = ("周秀英，１９３１年５月生于海河。\n" + "这一年，海河的棉花丰收了，全县上下都在忙着收棉花，运棉花，"
            "纺纱织布，一片繁忙景象，大家都说日子越过越好了，人人脸上都带着笑容。\n现任平安纺织厂厂长的人姓王。")
    assert ("周秀英", "worksFor", "平安纺织厂") not in facts(body)
