"""The founder of a body is the subject of the founding verb (stop 38; sentences and names
invented, in the style of People's Daily reports of 1998): not a place or a basis after 在, nor the
object of another verb in the clause before the one that founds."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    ("南岭市纺织工业总公司还成立了南岭纺织再就业服务中心。", ("南岭市纺织工业总公司", "founded", "南岭纺织再就业服务中心")),
    ("１９９５年，南岭农药厂实行股份制改造，成立了南岭农药股份有限公司。",
     ("南岭农药厂", "founded", "南岭农药股份有限公司")),
    # a co-founder after the clause's subject and 与
    ("南岭钢铁集团公司与海河不锈钢有限公司签约，组建东湖不锈钢有限公司，总投资１４亿多美元。",
     ("海河不锈钢有限公司", "founded", "东湖不锈钢有限公司")),
    ("南岭散货运输有限公司迁往海河，与海河远洋运输公司合二为一，成立南岭海河公司。",
     ("海河远洋运输公司", "founded", "南岭海河公司")),
    ("南岭市劳动局建立了南岭市外来劳动力职业介绍服务中心。",
     ("南岭市劳动局", "founded", "南岭市外来劳动力职业介绍服务中心")),
])
def test_founder(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body, head", [
    # the body a company took over, object of 兼并
    ("１９９１年，该厂兼并了停产的县属企业南岭塑管厂，组建了海河公司。", "南岭塑管厂"),
    # the university he led, object of 领导
    ("他曾创办过南岭大学，后长期领导海河军政大学，解放后又创办了东湖工业学院。", "海河军政大学"),
    # where the centre was set up
    ("为了培养歌剧人才，赵晓燕于１９８８年在南岭音乐学院创立了“赵晓燕歌剧中心”。", "南岭音乐学院"),
    # the basis it grew out of
    ("１９３８年７月，在南岭县办事处的基础上成立了中共南岭特委，王立新同志任书记。", "南岭县办事处"),
])
def test_no_founder(body, head):
    assert not any(h == head and r == "founded" for h, r, _ in facts(body))
