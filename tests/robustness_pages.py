"""Pages generated for the robustness tests (shared by several test modules)."""

from __future__ import annotations

from pathlib import Path


def write_big_page(path: Path, n_bytes: int) -> int:
    """A page of many short invented articles (each a headline and a dated paragraph),
    ``n_bytes`` or a little more; returns the article count."""
    size, i = 0, 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        while size < n_bytes:
            chunk = (f"# 第{i}届职工技能大赛在鹿城区举行\n\n本报讯（记者 陈立新）近日，温州市总工会举办第{i}届职工技能大赛，"
                     f"来自温州电力有限公司的张建国获得一等奖。瓯海区总工会组织志愿服务队走进社区{i}号楼。\n\n")
            fh.write(chunk)
            size += len(chunk.encode("utf-8"))
            i += 1
    return i
