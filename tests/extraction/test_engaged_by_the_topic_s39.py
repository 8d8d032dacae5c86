"""People a body engages for a post of its own, the body carried as the subject of the sentence
(工作室…，聘请某所律师某某等担任调解员): worksFor the body where they hold the office (stop 39; invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_OPENED = "12月1日，南岭区劳动争议诉调对接工作室揭牌。"
_STUDIO = "南岭区劳动争议诉调对接工作室"


def test_engaged_as_mediators_by_the_studio():
    got = facts(_OPENED + "工作室由区总工会负责日常运营，聘请山东正和律师事务所律师鞠立新等5名律师担任调解员，开展诉前调解。")
    assert ("鞠立新", "worksFor", _STUDIO) in got
    assert ("鞠立新", "worksFor", "山东正和律师事务所") in got


def test_list_engaged_as_tutors():
    got = facts(_OPENED + "工作室还聘任了高级技师王立山、李海洋为兼职导师。")
    assert ("王立山", "worksFor", _STUDIO) in got
    assert ("李海洋", "worksFor", _STUDIO) in got


def test_engaged_for_no_post_or_by_another_subject():
    got = facts(_OPENED + "工作室由区总工会负责日常运营，聘请律师鞠立新开展讲座。")
    assert ("鞠立新", "worksFor", _STUDIO) not in got
    got = facts(_OPENED + "工作室由区总工会负责日常运营，区总工会聘请律师鞠立新担任调解员。")
    assert ("鞠立新", "worksFor", _STUDIO) not in got
