"""A title chain that opens with a bare kind of unit and its post (工作站值班律师、某律师事务所律师某某):
the one unit of that kind the article names before employs the person too (stop 38; names invented)."""

from __future__ import annotations

from stated import stated_facts as facts


def test_bare_station_opens_the_chain():
    found = facts("12月2日，青石区总工会职工法律援助工作站帮助9名农民工讨回工资。"
                  "工作站值班律师、江海淮海律师事务所律师魏红梳理考勤和转账记录后，约谈了两家单位。")
    assert ("魏红", "worksFor", "青石区总工会职工法律援助工作站") in found
    assert ("魏红", "worksFor", "江海淮海律师事务所") in found


def test_two_stations_named_leave_it_open():
    found = facts("12月2日，青石区总工会职工法律援助工作站和东林区总工会职工法律援助工作站联合办案。"
                  "工作站值班律师、江海淮海律师事务所律师魏红梳理了证据。")
    assert not any(h == "魏红" and r == "worksFor" and t.endswith("工作站") for h, r, t in found)
