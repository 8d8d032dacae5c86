"""A digest of briefs whose items open with their place in brackets (【某县】12月1日，…): a bare 出席
there attends the item's own event, its lead read past the label, and a winner wins in the item's
contest (stop 39). And those who perform a ceremony's own act (共同为中心揭牌) take part in the
ceremony reported. Sentences and names invented."""

from __future__ import annotations

from stated import headlined_facts, stated_facts

DIGEST = ("青州工会简讯\n"
          "【南岭县】11月30日，由南岭县总工会主办的“书香职工”读书分享会在南岭县图书馆举行。\n"
          "【石桥县】12月1日，2026年石桥县困难职工子女助学金发放仪式在县总工会举行，30名困难职工子女获得助学金。"
          "县总工会主席韩立平出席并讲话。\n"
          "【白沙县】11月29日，白沙县总工会主办的第二届职工羽毛球比赛在白沙县体育馆落幕。"
          "青州白沙陶瓷有限公司代表队获团体冠军，该公司职工孟凡超获男子单打冠军。\n")


def test_a_winner_takes_part_in_the_items_own_event():
    facts = headlined_facts(DIGEST)
    assert ("孟凡超", "participatesIn", "第二届职工羽毛球比赛") in facts, facts
    assert ("青州白沙陶瓷有限公司代表队", "participatesIn", "第二届职工羽毛球比赛") in facts, facts
    assert not any(h == "孟凡超" and t != "第二届职工羽毛球比赛" for h, r, t in facts if r == "participatesIn"), facts


def test_a_bare_attendance_is_at_the_items_own_event():
    facts = headlined_facts(DIGEST)
    assert ("韩立平", "participatesIn", "2026年石桥县困难职工子女助学金发放仪式") in facts, facts


def test_a_bracketed_word_inside_a_line_opens_no_item():
    # 【 inside the line is a quote of a column's name, no item of a digest: the article's event stays
    body = ("12月1日，2026年石桥县职工技能大赛在石桥县职教中心举行。本报开设的【工匠风采】栏目将持续报道。"
            "石桥机械厂职工孟凡超获钳工项目第一名。")
    facts = stated_facts(body)
    assert ("孟凡超", "participatesIn", "2026年石桥县职工技能大赛") in facts, facts


# --- who performs a ceremony's act -------------------------------------------------------------

CEREMONY = ("12月3日，青河市职工法律援助服务中心揭牌仪式在青河市职工服务大厦举行。\n"
            "青河市副市长蔡文博，市司法局党组成员、副局长邱立群，市总工会常务副主席包晓燕共同为中心揭牌。")


def test_those_who_unveil_take_part_in_the_unveiling():
    facts = stated_facts(CEREMONY)
    for name in ("蔡文博", "邱立群", "包晓燕"):
        assert (name, "participatesIn", "青河市职工法律援助服务中心揭牌仪式") in facts, facts


def test_an_act_of_another_kind_is_no_part_of_the_ceremony():
    # a ribbon cut is no unveiling: the 揭牌仪式 is not the act's ceremony
    body = ("12月3日，青河市职工法律援助服务中心揭牌仪式在青河市职工服务大厦举行。\n"
            "次日，青河市副市长蔡文博为新建的职工书屋剪彩。")
    facts = stated_facts(body)
    assert ("蔡文博", "participatesIn", "青河市职工法律援助服务中心揭牌仪式") not in facts, facts
