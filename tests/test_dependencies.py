"""Every run-time import is declared in pyproject.toml, and every declared dependency is used.

deptry reads ``[project.dependencies]``, the extras and ``[tool.deptry]`` of pyproject.toml and
the imports under ``src/``. A fresh ``pip install -e .`` once could not build any real corpus
because numpy was used but undeclared; these tests keep that from coming back.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def deptry(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "deptry", "src"], cwd=project, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pyproject.toml and src/ of this checkout, in a folder the test may change."""
    dest = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    shutil.copytree(ROOT / "src", dest / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return dest


def test_the_project_declares_what_it_imports() -> None:
    result = deptry(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_undeclared_import_fails_the_check(project_copy: Path) -> None:
    module = project_copy / "src" / "uniongraph" / "readwrite" / "layout.py"
    module.write_text(module.read_text(encoding="utf-8") + "\nimport scipy.sparse  # noqa\n", encoding="utf-8")
    result = deptry(project_copy)
    said = result.stdout + result.stderr
    assert result.returncode != 0
    # DEP001 where scipy is not installed at all, DEP003 where another package brought it in
    assert ("DEP001" in said or "DEP003" in said) and "scipy" in said


def test_an_unused_dependency_fails_the_check(tmp_path: Path) -> None:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "__init__.py").write_text("import json\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "pkg"\nversion = "0"\ndependencies = ["rdflib>=7"]\n', encoding="utf-8")
    result = deptry(tmp_path)
    assert result.returncode != 0
    assert "DEP002" in result.stdout + result.stderr and "rdflib" in result.stdout + result.stderr
