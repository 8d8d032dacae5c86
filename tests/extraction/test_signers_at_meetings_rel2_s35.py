"""Who takes part in a meeting by signing at it (stop 35, rel2): 会上，A body's head与B body's head
代表两地工会签订了… (both people, and the bodies they sign for), and A、B与C签订了结对协作书 in the
report of a meeting: invented sentences."""

from __future__ import annotations

from stated import stated_facts

MEETING = "2026年南岭青溪工会协作推进会"
LEAD = f"12月3日，{MEETING}在白沙县召开。"


def takers(body: str) -> set[str]:
    return {h for h, r, t in stated_facts(body) if r == "participatesIn" and t == MEETING}


def test_signers_with_the_bodies_of_their_titles() -> None:
    body = LEAD + ("会上，南岭市总工会党组书记、常务副主席赵立新与青溪区总工会党组书记、常务副主席钱国华"
                   "代表两地工会签订了《工会协作框架协议》。")
    assert {"赵立新", "钱国华", "南岭市总工会", "青溪区总工会"} <= takers(body)


def test_signers_for_no_body_of_theirs() -> None:
    # the signers' titles name no body: no body takes part through them
    body = LEAD + "会上，赵立新与钱国华分别代表职工方和企业方签订了集体合同。"
    found = takers(body)
    assert {"赵立新", "钱国华"} <= found
    assert not any(t.endswith("总工会") for t in found)


def test_signers_not_at_the_meeting() -> None:
    body = LEAD + ("去年，南岭市总工会主席赵立新与青溪区总工会主席钱国华代表两地工会签订了《工会协作框架协议》。")
    assert not {"南岭市总工会", "青溪区总工会"} & takers(body)


def test_bodies_that_sign_a_pairing_document() -> None:
    body = LEAD + "白沙县总工会、黑水县总工会与青溪区总工会签订了结对协作书。"
    assert {"白沙县总工会", "黑水县总工会", "青溪区总工会"} <= takers(body)
