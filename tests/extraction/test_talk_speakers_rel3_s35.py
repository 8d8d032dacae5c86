"""Those who tell their story in the talk reported (宣讲, 报告会) speak at it (stop 35, rel3);
invented reports."""

from __future__ import annotations

from stated import stated_facts

TALK = "新春第一课劳模工匠精神专题宣讲"
LEAD = "3月11日，北湖区劳模工匠宣讲团走进南岭煤电有限公司，为企业职工开展“新春第一课”劳模工匠精神专题宣讲。\n"


def speakers(body: str) -> set[str]:
    return {h for h, r, t in stated_facts(body) if r == "participatesIn" and t == TALK}


def test_member_with_titles_tells() -> None:
    body = LEAD + "宣讲团成员、自治区劳动模范、南岭电力检修有限公司带电作业班班长赵立强，结合自己28年的经历，讲述了如何练就“绣花功夫”。"
    assert "赵立强" in speakers(body)


def test_member_shares_a_story() -> None:
    body = LEAD + "宣讲团成员、“南岭工匠”、南岭农业科技有限公司高级农艺师刘玉兰，分享了培育新品种的故事。"
    assert "刘玉兰" in speakers(body)


def test_one_who_listened() -> None:
    body = LEAD + "听了赵立强讲述的故事，职工们很受启发。"
    assert "赵立强" not in speakers(body)


def test_one_told_about() -> None:
    body = LEAD + "赵立强的徒弟钱国华讲述了师傅的故事。"
    assert "赵立强" not in speakers(body)


def test_not_a_talk_reported() -> None:
    # a contest reported: telling one's experience is no speaking at it (the rule reads talks only)
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article
    text = "\n3月11日，南岭市第三届职工技能大赛在南岭煤电有限公司举行。\n南岭电力检修有限公司班长赵立强讲述了备赛的经历。"
    art = extract_article(Article(id="t", source="t", index=0, title="", text=text))
    assert not any(r.evidence[0].rule == "speaker-of-this-talk" for r in art.relations)
