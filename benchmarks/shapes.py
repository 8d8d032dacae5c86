"""Input-shape benchmark: extraction time of hostile one-line runs at growing sizes.

Run from the repository::

    python benchmarks/shapes.py [--sizes 100000,200000,400000] [--only latin,digits] [--no-write]

Each shape (a base64 attachment, a run of Latin letters or digits, one character repeated, a
span the tagger takes for one name, a fact repeated in every sentence …) is put in the body of
a one-article page and read and extracted on this process (``parallel.extract_batch``, as
``--jobs 1`` does), after the dictionaries are loaded. Linear work gives a ratio near 2 for
each doubling; 4 is quadratic. The tests (``tests/robustness/test_robustness_linear.py``) count
the work instead of timing it. Results go to stdout and to the ``shapes`` section of
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import platform
import random
import time
from collections.abc import Callable
from pathlib import Path

from results_file import git_commit, replace_section  # noqa: E402 (benchmarks/ is on sys.path when run)

from uniongraph.parallel import extract_batch, warm_up
from uniongraph.reading import read_text

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
START, END = "<!-- shapes:start -->", "<!-- shapes:end -->"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


#: invented news clauses (those of tests/robustness' megabyte line): joined without stops, one endless
#: sentence naming thousands of bodies, places, people and events, read in hundreds of windows
_CLAUSES = ["温州市总工会在鹿城区举办职工技能大赛", "来自温州电力有限公司的张建国获得一等奖",
            "瓯海区总工会组织志愿服务队走进社区", "记者陈立新通讯员王小红", "职工代表大会审议通过集体合同",
            "龙湾区职工服务中心为快递员送去慰问品", "乐清市总工会主席李明华看望一线职工"]


def _clauses(n: int) -> str:
    parts, size, i = [], 0, 0
    while size < n:
        parts.append(_CLAUSES[i % len(_CLAUSES)] + ("第" + str(i) if i % 5 == 0 else ""))
        size += len(parts[-1])
        i += 1
    return "".join(parts)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


SHAPES: dict[str, Callable[[int], str]] = {
    "base64 (random bytes)": lambda n: base64.b64encode(random.Random(n).randbytes(n * 3 // 4)).decode(),
    "base64 (zero bytes: AAAA…)": lambda n: base64.b64encode(bytes(n * 3 // 4)).decode(),
    "Latin letters": lambda n: "".join(random.Random(n).choice(_LETTERS) for _ in range(n)),
    "digits": lambda n: "".join(random.Random(n).choice("0123456789") for _ in range(n)),
    "Latin letters + 区工会": lambda n: "".join(random.Random(n).choice(_LETTERS) for _ in range(n)) + "区工会",
    "one character (工工工…)": _repeat("工"),
    "a-a-a-… (one tagged span)": _repeat("a-"),
    "one fact per sentence": _repeat("北京市总工会主席李华出席。"),
    "news clauses without punctuation": lambda n: _clauses(n),
    "Chinese without punctuation": lambda n: "".join(random.Random(n).choice("工会职工总区市北京劳动模范举办活动技能大赛的了在")
                                                     for _ in range(n)),
}


def measure(make: Callable[[int], str], n: int) -> float:
    text = make(n)
    started = time.perf_counter()
    doc = read_text("温州市总工会举办职工技能大赛\n\n本报讯 " + text + "\n", "shape.md", parse=False)
    extract_batch([doc])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,200000,400000", help="characters per run, comma-separated")
    parser.add_argument("--only", help="comma-separated shape names (substrings)")
    parser.add_argument("--no-write", action="store_true", help="do not update benchmarks/RESULTS.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = {k: v for k, v in SHAPES.items() if not args.only or any(o in k for o in args.only.split(","))}
    warm_up()
    header = "| shape | " + " | ".join(f"{n:,} chars" for n in sizes) + " | last ratio |"
    lines = [header, "|---|" + "---:|" * (len(sizes) + 1)]
    print(header)
    for name, make in shapes.items():
        times = [measure(make, n) for n in sizes]
        ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else 0.0
        row = f"| {name} | " + " | ".join(f"{t:.2f} s" for t in times) + f" | {ratio:.2f} |"
        lines.append(row)
        print(row, flush=True)
    if not args.no_write:
        meta = (f"{dt.date.today()}, {platform.machine()} {platform.python_version()}, commit {git_commit()}, "
                f"`python benchmarks/shapes.py --sizes {args.sizes}`")
        replace_section(RESULTS, START, END, ["## Input shapes (`benchmarks/shapes.py`)", "", meta, "", *lines])


if __name__ == "__main__":
    main()
