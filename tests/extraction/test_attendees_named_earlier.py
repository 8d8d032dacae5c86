"""participatesIn of the people listed after 出席…的还有：, when the event said there (毕业典礼, 典礼)
was named far up the report: the one event of the article whose name ends so (sentences written
for the tests, names invented)."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

FILLER = "学员们在一年里学习了理论知识，参加了社会实践，写出了一批有分量的调查报告和论文，受到各方面的好评。" * 3


def attended(title: str, body: str) -> set[tuple[str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=title + "\n" + body))
    return {(r.head, r.tail) for r in art.relations if r.relation == "participatesIn"}


def test_listed_attendees_of_an_event_named_far_up():
    got = attended("海河干部学院举行冬季毕业典礼",
                   "本报讯海河干部学院冬季毕业典礼今天举行。" + FILLER + "出席毕业典礼的还有海河市委副书记赵立新、钱国华。")
    assert {("赵立新", "冬季毕业典礼"), ("钱国华", "冬季毕业典礼")} <= got


def test_a_noun_with_a_referring_word():
    got = attended("海河干部学院举行冬季毕业典礼",
                   "本报讯海河干部学院冬季毕业典礼今天举行。" + FILLER + "出席今天典礼的有海河市委副书记赵立新。")
    assert ("赵立新", "冬季毕业典礼") in got


def test_two_events_of_that_kind_tell_no_one():
    got = attended("海河市举行职工技能大赛",
                   "本报讯第三届海河市职工技能大赛今天开幕。" + FILLER + "第四届海河市职工技能大赛明年举行。" + FILLER
                   + "参加大赛的还有海河市委副书记赵立新。")
    assert not {p for p, e in got if p == "赵立新"}


def test_attending_verb_with_the_noun_of_an_event_named_far_up():
    got = attended("海河干部学院举行冬季毕业典礼",
                   "本报讯海河干部学院冬季毕业典礼今天举行。" + FILLER + "海河市委副书记赵立新出席了毕业典礼并讲话。")
    assert ("赵立新", "冬季毕业典礼") in got



def test_an_activity_said_by_what_is_done_in_it():
    """参加疗休养 far down the report of the 疗休养活动: the one activity whose name ends so; two such
    activities tell no one."""
    got = attended("海河市职工疗休养团启程",
                   "本报讯海河市总工会组织的“劳模工匠”疗休养活动今天启动。" + FILLER + "环卫工人赵秀兰是第一次参加疗休养，她很高兴。")
    assert ("赵秀兰", "劳模工匠疗休养活动") in got
    two = attended("海河市职工疗休养团启程",
                   "本报讯海河市总工会组织的“劳模工匠”疗休养活动今天启动。" + FILLER + "“一线职工”疗休养活动下月启动。"
                   + FILLER + "环卫工人赵秀兰是第一次参加疗休养，她很高兴。")
    assert not {e for p, e in two if p == "赵秀兰"}
