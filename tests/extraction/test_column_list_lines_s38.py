"""A name list set in columns (姓名　单位　金额): the body column employs the person, also when a
column of the sum received follows it (stop 38; sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_LIST = ("12月3日，青石区总工会举行“暖冬守护”困难职工帮扶行动集中发放仪式。本次行动共为全区126名困难职工发放冬季取暖补助。\n\n"
         "部分受助职工名单如下：\n"
         "何大平　江海乌金煤业有限责任公司王家山分公司　1500元\n"
         "冯大强　青石屈吴山陶瓷有限公司　1200元\n"
         "王建功　青石能源集团有限公司采煤机司机\n")


def test_body_then_sum_column():
    found = facts(_LIST)
    assert ("何大平", "worksFor", "江海乌金煤业有限责任公司王家山分公司") in found
    assert ("冯大强", "worksFor", "青石屈吴山陶瓷有限公司") in found
    assert ("王建功", "worksFor", "青石能源集团有限公司") in found


def test_sum_inside_a_sentence_is_no_column():
    # a sentence, not a column line: the name does not open the line with a column gap
    found = facts("12月3日，青石区总工会发放补助。职工何大平说，江海乌金煤业有限责任公司　1500元的补助已到账。")
    assert ("何大平", "worksFor", "江海乌金煤业有限责任公司") not in found


def test_relative_in_a_bracketed_note():
    # a list of aided students: the parent named in the note works where the note says
    found = facts("今年的“金秋助学”活动共资助新生210名。部分受助学生名单如下：\n"
                  "青石区　王小欣（父亲王建华，江海钢管集团有限公司职工）\n"
                  "东江区　赵一鸣（母亲刘小芝，青石顺和物业服务有限公司保洁员）\n")
    assert any(h == "王建华" and r == "worksFor" and t.endswith("钢管集团有限公司") for h, r, t in found)
    assert any(h == "刘小芝" and r == "worksFor" and t.endswith("顺和物业服务有限公司") for h, r, t in found)


def test_relative_with_no_job_is_not_read():
    # no job before the bracket closes: the body may be where the relative was treated, not works
    found = facts("部分受助学生名单如下：\n青石区　王小欣（父亲王建华，在青石市人民医院治疗期间去世）\n")
    assert not any(h == "王建华" and r == "worksFor" for h, r, _ in found)
