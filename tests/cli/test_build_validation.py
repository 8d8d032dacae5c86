"""The validation line every build prints (#16): the warnings and violations counted by kind, and
the command that lists each one, naming the build's own folder."""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from uniongraph import build
from uniongraph.cli import main
from uniongraph.cli.build import report_validation
from uniongraph.model import Entity

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LINE = re.compile(r"uniongraph: validation: (\d+) violation\(s\), (\d+) warning\(s\): (.*) "
                  r"\(uniongraph validate (.+) for each one\)")


def test_the_build_line_counts_by_kind_and_names_the_command(tmp_path: Path) -> None:
    out = tmp_path / "my out"  # a path that needs quoting in a shell
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(["build", str(EXAMPLES), "--out", str(out)]) == 0
    lines = [x for x in err.getvalue().splitlines() if x.startswith("uniongraph: validation:")]
    assert len(lines) == 1, err.getvalue()
    m = LINE.fullmatch(lines[0])
    assert m, lines[0]
    violations, warnings, kinds, command = int(m[1]), int(m[2]), m[3], m[4]
    assert violations == 0 and warnings > 0
    assert shlex.split(command) == [str(out)]
    counted = {msg: int(n) for n, msg in (k.split(" × ", 1) for k in kinds.split("; "))}
    assert sum(counted.values()) == warnings
    # the command it names lists each one, with the same kinds and counts
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        assert main(["validate", *shlex.split(command)]) == 0
    listed = [x.split(": ", 1)[1].split(": ", 1)[1] for x in text.getvalue().splitlines() if x.startswith("Warning: ")]
    assert {msg: listed.count(msg) for msg in set(listed)} == counted


def test_two_kinds_of_warning_are_counted_apart(capsys: pytest.CaptureFixture[str]) -> None:
    kg = build([EXAMPLES / "seed-page.md"])
    kg.entities["org/IBM"] = Entity("org/IBM", "IBM", "Company")
    report_validation(kg, out="out/")
    line = capsys.readouterr().err.strip()
    m = LINE.fullmatch(line)
    assert m and m[4] == "out/"
    kinds = m[3].split("; ")
    assert len(kinds) == 2 and "1 × the label holds no Chinese character" in kinds
