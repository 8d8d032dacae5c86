"""Signatories named each with the side they sign for, a clause each (甲作为职工方首席代表，乙作为
企业方首席代表，在协议上签字), take part in the signing reported (stop 38; names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_LEAD = "12月1日，青石市东林镇餐饮行业工资集体协商签约仪式在青石市总工会职工服务大厅举行。"


def test_each_side_in_a_clause_of_its_own():
    found = facts(_LEAD + "东林镇总工会主席符小燕作为职工方首席代表，青石市餐饮行业协会会长、江海椰乡餐饮管理有限公司"
                  "总经理王明辉作为企业方首席代表，在协议上签字。")
    assert ("符小燕", "participatesIn", "青石市东林镇餐饮行业工资集体协商签约仪式") in found
    assert ("王明辉", "participatesIn", "青石市东林镇餐饮行业工资集体协商签约仪式") in found


def test_a_clause_of_another_kind_before_the_signers():
    # 王立新透露，…: his clause is no side's; the signers after it do not make him one
    found = facts(_LEAD + "据市总工会副主席王立新透露，东林镇总工会主席符小燕作为职工方首席代表，江海椰乡餐饮管理有限公司"
                  "总经理王明辉作为企业方首席代表，在协议上签字。")
    assert ("王立新", "participatesIn", "青石市东林镇餐饮行业工资集体协商签约仪式") not in found
