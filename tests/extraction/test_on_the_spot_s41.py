"""One who does something on the spot (当场与…签订了…, 当场为…办理了…) in the report of an event takes part
in it; not one something befalls there (当场昏倒) (stop 41). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_FAIR = "12月5日，由青河市总工会主办的2026年青河市“冬日送岗”专场招聘会在青河人力资源市场举行。"
_FAIR_NAME = "2026年青河市冬日送岗专场招聘会"


def test_a_job_seeker_signing_on_the_spot_takes_part():
    got = facts(_FAIR + "来自城关镇的求职者王立新当场与该公司签订了意向协议。")
    assert ("王立新", "participatesIn", _FAIR_NAME) in got


def test_an_official_handling_a_case_on_the_spot_takes_part():
    got = facts("11月下旬以来，青河区总工会在全区开展困难职工家庭入户“回头看”活动。"
                "区职工服务帮扶中心主任王立新当场为她办理了子女助学登记。")
    assert ("王立新", "participatesIn", "困难职工家庭入户回头看活动") in got


def test_one_who_collapses_on_the_spot_is_not_read():
    got = facts(_FAIR + "求职者王立新当场昏倒，被送往医院。")
    assert ("王立新", "participatesIn", _FAIR_NAME) not in got


def test_on_the_spot_at_another_event_named_is_not_the_fair():
    got = facts(_FAIR + "王立新当场与该公司签订了参加第三届青河市职工技能大赛的协议。")
    assert ("王立新", "participatesIn", _FAIR_NAME) not in got
