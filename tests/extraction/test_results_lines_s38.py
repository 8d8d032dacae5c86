"""A report's results lines under a header line (比赛结果如下：): a prize line's bodies and a contest
line's unit-and-person took part in the event reported (stop 38; names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_REPORT = ("12月3日，为期三天的青石市第十一届职工冬季运动会在青峰滑雪场落下帷幕。本届运动会由青石市总工会主办，"
           "28支代表队1100余名职工参赛。\n\n比赛结果如下：\n\n"
           "团体总分第一名：东林区代表队\n"
           "男子速度滑冰500米冠军：爱民区代表队崔明浩\n")


def test_results_under_a_header_with_rushi():
    found = facts(_REPORT)
    assert ("东林区代表队", "participatesIn", "青石市第十一届职工冬季运动会") in found
    assert ("崔明浩", "participatesIn", "青石市第十一届职工冬季运动会") in found
    # a team's member is no employee of the team
    assert ("崔明浩", "worksFor", "爱民区代表队") not in found


def test_a_line_that_goes_on_is_no_result():
    # the value goes on after the person: a sentence, not one result
    found = facts(_REPORT.replace("爱民区代表队崔明浩\n", "爱民区代表队崔明浩说，冰面很好。\n"))
    assert ("崔明浩", "participatesIn", "青石市第十一届职工冬季运动会") not in found
