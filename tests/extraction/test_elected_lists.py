"""worksFor of the names elected in a run of elections (选举A为省人大常委会主任，B、C为副主任，D为秘书长；
选举E为省长…): a clause elected to a post with no body named holds it in the body the clause
before was elected to; a missed name in the list does not end it (sentences written for the tests,
names invented)."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

LEAD = "新华社海口一月十七日电海南省第九届人民代表大会第一次会议一月十七日"
#: 省人大常委会 (为省|人大常委会 to the segmenter) is the short form of the province the lead names
BODY = "海南省人大常委会"


def employed(body: str) -> set[tuple[str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(r.head, r.tail) for r in art.relations if r.relation == "worksFor"}


def test_deputies_of_the_body_elected_to_before():
    got = employed(LEAD + "选举赵立新为省人大常委会主任，钱国华、孙建军（女）为副主任，周海峰为秘书长；选举吴长河为省长。")
    assert {("钱国华", BODY), ("孙建军", BODY), ("周海峰", BODY)} <= got
    assert ("吴长河", BODY) not in got


def test_a_missed_name_inside_the_list():
    got = employed(LEAD + "选举赵立新为省人大常委会主任，钱国华、白、孙建军为省人大常委会副主任。")
    assert {("钱国华", BODY), ("孙建军", BODY)} <= got


def test_a_post_of_no_body_ends_the_run():
    got = employed(LEAD + "选举赵立新为省人大常委会主任；选举吴长河为省长，钱国华、孙建军为副省长。")
    assert ("钱国华", BODY) not in got and ("吴长河", BODY) not in got


PCC_LEAD = "新华社海口一月十七日电政协海南省第八届委员会第一次全体会议一月十七日"


def _of_pcc(got: set[tuple[str, str]], name: str) -> bool:
    return any(h == name and t.endswith("省政协") for h, t in got)


def test_elected_chair_of_the_province_pcc():
    # 省政协主席: the level's body is named though its chair's title follows it (not only 省政协副主席)
    got = employed(PCC_LEAD + "选举赵立新为省政协主席，钱国华、孙建军为省政协副主席。")
    assert all(_of_pcc(got, n) for n in ("赵立新", "钱国华", "孙建军"))


def test_a_list_through_a_name_cut_after_its_surname_he():
    # 、和占某（纳西族）、: the recognisers may miss the surname 和; the list goes on through it
    got = employed(PCC_LEAD + "选举赵立新为省政协主席，钱国华、孙建军（苗族）、和占钧（纳西族）、周海峰为省政协副主席。")
    assert _of_pcc(got, "钱国华") and _of_pcc(got, "孙建军") and _of_pcc(got, "周海峰")


def test_no_election_no_post_of_the_pcc():
    got = employed(PCC_LEAD + "赵立新为省政协主席题写了书名。")
    assert not _of_pcc(got, "赵立新")


def test_a_name_read_as_a_place_inside_the_list():
    # 江国镇 (…镇) may be read as a town: an item of the list all the same, the list goes on
    got = employed(PCC_LEAD + "选举赵立新为省政协主席，钱国华、江国镇、孙建军为省政协副主席。")
    assert _of_pcc(got, "钱国华") and _of_pcc(got, "孙建军")


def test_a_place_of_more_than_a_name_breaks_the_list():
    got = employed(PCC_LEAD + "选举赵立新为省政协主席，钱国华、海南省三亚市、孙建军为省政协副主席。")
    assert not _of_pcc(got, "钱国华")


def test_a_name_glued_to_the_as_of_its_post():
    # 陈旭为|省|高级人民法院: jieba's HMM glues a name and 为; the level still opens the court's name
    got = employed(LEAD + "选举吴长河为省长；选举陈旭为省高级人民法院院长。")
    assert any(h == "陈旭" and t.endswith("省高级人民法院") for h, t in got)


def test_no_post_of_the_court_without_the_as():
    got = employed(LEAD + "陈旭到省高级人民法院参观。")
    assert not any(h == "陈旭" and t.endswith("高级人民法院") for h, t in got)


def test_a_headline_of_two_elections_gives_the_second_name_no_post():
    # 赵某当选海南省人大主任吴某当选海南省省长: 主任 is 赵立新's post, not a title of 吴长河
    got = employed("赵立新当选海南省人大主任吴长河当选海南省省长\n" + LEAD + "选举赵立新为省人大常委会主任。")
    assert not any(h == "吴长河" and "人大" in t for h, t in got)


def test_a_body_title_and_name_still_read_outside_such_a_headline():
    got = employed(LEAD + "海南省人大主任吴长河说，会议开得很成功。")
    assert any(h == "吴长河" and "人大" in t for h, t in got)
