"""Relations of constructions common in People's Daily reports (stop 35, #13): career runs after a
rank or a clause of movement, 担任了, an honorific before 被任命为 (sentences written for the tests,
names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    # a military rank between the name and a bare 任, one clause per officer
    ("宋立国少将任国防部副部长，钱海明中将任总后勤部部长。",
     {("宋立国", "worksFor", "国防部"), ("钱海明", "worksFor", "总后勤部")}),
    # a clause of movement (with places) between the name and the run; 兼任 goes on with it
    ("１９５０年，赵立新同志从延安回到兰州，任兰州市委副书记，后兼任兰州市总工会主席。",
     {("赵立新", "worksFor", "兰州市委"), ("赵立新", "worksFor", "兰州市总工会")}),
    # 担任了
    ("１９９６年初，孙海涛担任了济南市公安局局长。", {("孙海涛", "worksFor", "济南市公安局")}),
    # an honorific before 被任命为
    ("１９６０年，周海峰同志被任命为兰州市委第一书记。", {("周海峰", "worksFor", "兰州市委")}),
])
def test_career_phrasings(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, person, org", [
    # a saying verb in the clause before: the run is not told of the speaker
    ("赵立新说，任兰州市委书记的那几年最难忘。", "赵立新", "兰州市委"),
    # 任命 names another person to the post
    ("孙海涛来到济南市公安局，任命李红为局长。", "孙海涛", "济南市公安局"),
    # another person between the subject and the run
    ("宋立国会见了钱海明，钱海明中将任总后勤部部长。", "宋立国", "总后勤部"),
])
def test_not_the_subjects_post(body, person, org):
    assert (person, "worksFor", org) not in facts(body)
