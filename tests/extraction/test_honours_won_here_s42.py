"""An honour won (获评“…”, 获授“…”, 当选本季度“…”, 分获“…”“…”) by bodies or people listed
before it is won in the event reported when that event confers it: a contest or a ceremony of
honours (授牌仪式). Not a past honour (曾, 先后, another year), nor in a meeting that honours nothing
(stop 42; sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_MEETING = "12月3日，青石市总工会召开2026年青石市总工会十届五次全委（扩大）会议。"


def _takes_part(found, head):
    return any(h == head and r == "participatesIn" and "会议" in t for h, r, t in found)


def test_bodies_honoured_at_a_ceremony_of_plaques():
    found = facts("12月3日，青石市总工会在青石市职工之家举行2026年爱心妈咪小屋示范点授牌仪式。"
                  "江岸纺织有限公司、河口县人民医院等10家单位获授“爱心妈咪小屋”示范点。")
    assert ("江岸纺织有限公司", "participatesIn", "2026年爱心妈咪小屋示范点授牌仪式") in found
    assert ("河口县人民医院", "participatesIn", "2026年爱心妈咪小屋示范点授牌仪式") in found


def test_bodies_honoured_in_a_contest():
    found = facts("12月3日，青石港务有限公司首届装卸技能比武在青石港举行。"
                  "来自公司各作业队的20个班组参赛。青石港务有限公司装卸一队、机修车间电工班分获“银牌班组”“铜牌班组”。")
    assert ("机修车间电工班", "participatesIn", "首届装卸技能比武") in found


def test_people_honoured_in_a_contest():
    found = facts("12月3日，青石市重点工程建设劳动竞赛第四季度讲评在青石举行。"
                  "江岸区项目部安全员李晓峰、河口县项目部钢筋工何小平当选本季度“安全之星”。")
    assert any(h == "何小平" and r == "participatesIn" for h, r, _ in found)
    assert any(h == "李晓峰" and r == "participatesIn" for h, r, _ in found)


def test_a_past_honour_is_not_won_here():
    found = facts("12月3日，青石港务有限公司首届装卸技能比武在青石港举行。"
                  "来自公司各作业队的20个班组参赛。机修车间电工班曾先后获评“全国工人先锋号”“青年文明号”。")
    assert not any(h == "机修车间电工班" and r == "participatesIn" for h, r, _ in found)


def test_a_report_that_honours_nothing():
    found = facts(_MEETING + "会议部署了明年的工作。江岸纺织有限公司工会、河口县总工会等6个单位获评“先进职工之家”。")
    assert not _takes_part(found, "江岸纺织有限公司工会")
    assert not _takes_part(found, "河口县总工会")


def test_a_person_honoured_long_ago_in_a_contest_report():
    found = facts("12月3日，青石市重点工程建设劳动竞赛第四季度讲评在青石举行。焊工王小军2019年被评为“全国技术能手”。")
    assert not any(h == "王小军" and r == "participatesIn" for h, r, _ in found)
