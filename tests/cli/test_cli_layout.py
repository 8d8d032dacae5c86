"""The shape of the command line: a package of command modules over the library, no back-imports.

The library (everything under ``src/uniongraph`` outside ``cli/``) never imports the command line,
and a command module imports no other module of ``uniongraph.cli`` but ``cli/common.py``, so there
is no import cycle. Exit statuses are defined once, in :class:`uniongraph.errors.ExitStatus`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from uniongraph.errors import ExitStatus

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "uniongraph"
CLI = PACKAGE / "cli"


def module_name(path: Path) -> str:
    parts = ["uniongraph", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """The modules ``path`` imports (relative imports resolved; ``from X import y`` gives X and X.y)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def test_the_library_never_imports_the_command_line() -> None:
    offenders = {
        module_name(path): sorted(m for m in imported(path) if m == "uniongraph.cli" or m.startswith("uniongraph.cli."))
        for path in PACKAGE.rglob("*.py") if CLI not in path.parents
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("path", sorted(p for p in CLI.glob("*.py") if p.stem not in ("__init__", "__main__")),
                         ids=lambda p: p.stem)
def test_a_command_module_imports_only_the_library_and_common(path: Path) -> None:
    allowed = set() if path.stem == "common" else {"uniongraph.cli.common"}
    cli_imports = {m for m in imported(path) if m == "uniongraph.cli" or m.startswith("uniongraph.cli.")}
    # ``from .common import report_error`` names uniongraph.cli.common.report_error too
    assert {m for m in cli_imports if not any(m == a or m.startswith(a + ".") for a in allowed)} == set()


def test_the_library_build_module_holds_no_argparse_code() -> None:
    assert "argparse" not in imported(PACKAGE / "build.py")


def test_exit_statuses_are_defined_once() -> None:
    assert [(s.name, int(s)) for s in ExitStatus] == [
        ("OK", 0), ("FAIL", 1), ("USAGE", 2), ("PARTIAL", 3), ("INTERRUPTED", 130)]
    for path in CLI.glob("*.py"):
        returns = [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant)
                   and isinstance(node.value.value, int)]
        assert returns == [], f"{path.name}: a bare exit status; use ExitStatus"
