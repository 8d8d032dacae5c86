"""pattern_cache: a pattern read back from the file is the pattern ``re`` compiles."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from untrusted_cache import HOW, make_untrusted

from uniongraph import pattern_cache
from uniongraph.parallel import remembered_patterns

PATTERNS = [
    (r"[\u4e00-\u9fff]{2,4}(?:总工会|工会)", 0),
    (r"(?P<post>[\u4e00-\u9fff]{2,5})由(?P<titles>[\u4e00-\u9fff]{0,6})(?P=post)?", 0),
    (r"(?<=[、，,])([\u4e00-\u9fff·]{2,8})(?=[、，,（(])", 0),
    (r"[A-Za-z]+\s*(\d+)", re.IGNORECASE),
    (r"""(?x) \d+  # digits
         [年月日]""", 0),
    (r"^第[一二三四五六七八九十0-9０-９]+届$", re.MULTILINE),
    (r"\w+", re.ASCII),
]


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "patterns.cache"
    monkeypatch.setattr(pattern_cache, "cache_path", lambda: path)
    monkeypatch.setattr(pattern_cache, "_known", {})
    monkeypatch.setattr(pattern_cache, "_used", {})
    monkeypatch.setattr(pattern_cache, "_missing", False)
    return path


def test_re_as_python_ships_it_outside_extraction() -> None:
    """Importing uniongraph patches nothing; extraction's block patches ``re`` and gives it back."""
    import uniongraph  # noqa: F401

    assert pattern_cache._sre_compiler.compile is pattern_cache._original
    with remembered_patterns():
        assert pattern_cache._sre_compiler.compile is pattern_cache._compile
        with remembered_patterns():  # nested: the inner block does not give it back early
            pass
        assert pattern_cache._sre_compiler.compile is pattern_cache._compile
    assert pattern_cache._sre_compiler.compile is pattern_cache._original


def test_a_build_leaves_re_as_it_was(tmp_path: Path) -> None:
    from uniongraph import build

    page = tmp_path / "page.md"
    page.write_text("# 标题\n\n北京市总工会在劳动公园举办职工运动会。\n", encoding="utf-8")
    assert build([page]).entities
    assert pattern_cache._sre_compiler.compile is pattern_cache._original


def test_the_rule_modules_are_first_imported_inside_the_block() -> None:
    """The build's command line (its parser, the executors) and the merge import no rule module:
    a rule module imported before the warm-up compiles its patterns without the file (once an
    import of relations.context from inference did so for ~540 patterns, 0.4 s of a build)."""
    code = ("import sys; from uniongraph.cli import make_parser; make_parser(); import uniongraph.parallel; "
            "import uniongraph.extraction.merge; "
            "print(sorted(m for m in sys.modules if m.startswith(('uniongraph.extraction.relations', "
            "'uniongraph.extraction.orgs', 'uniongraph.extraction.persons', 'uniongraph.extraction.events'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_anew_and_read_back_alike(cache_file: Path, pattern: str, flags: int) -> None:
    """Patterns compare their text, flags and code: equal is the same matching program."""
    plain = pattern_cache._original(pattern, flags)
    assert pattern_cache._compile(pattern, flags) == plain  # not in the file: compiled here
    pattern_cache.save()
    assert cache_file.is_file()
    pattern_cache._known.update(pattern_cache._read(cache_file))
    assert (pattern, int(flags)) in pattern_cache._known
    again = pattern_cache._compile(pattern, flags)  # read back
    assert again == plain and again.groupindex == plain.groupindex and again.groups == plain.groups


def test_every_rule_pattern_read_back_alike(cache_file: Path) -> None:
    """What a build compiles (the rule modules), through the file, is what ``re`` makes."""
    import sys

    import uniongraph.extraction.pipeline as pipeline

    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "")
        if name.startswith("uniongraph.extraction"):
            for value in vars(module).values():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    pattern_cache._compile(value.pattern, value.flags & ~re.UNICODE)
    assert pipeline and len(pattern_cache._used) > 100
    pattern_cache.save()
    known = pattern_cache._read(cache_file)
    for (text, flags), entry in known.items():
        assert pattern_cache._sre.compile(text, *entry) == pattern_cache._original(text, flags), text


def test_a_file_that_does_not_fit_is_ignored(cache_file: Path) -> None:
    pattern_cache._compile("工会[0-9]+", 0)
    pattern_cache.save()
    good = cache_file.read_bytes()
    assert pattern_cache._read(cache_file)
    cache_file.write_bytes(good[:-10])  # truncated: the checksum fails
    assert pattern_cache._read(cache_file) == {}
    header = (999, *pattern_cache._header()[1:])  # another format (or Python)
    data = marshal.dumps({})
    cache_file.write_bytes(marshal.dumps((header, zlib.crc32(data))) + data)
    assert pattern_cache._read(cache_file) == {}
    cache_file.write_bytes(b"not marshal")
    assert pattern_cache._read(cache_file) == {}


def test_code_the_engine_refuses_is_compiled_as_usual(cache_file: Path) -> None:
    pattern_cache._known[("工会", 0)] = (32, [1, 2, 3], 0, {}, (None,))  # not a program
    assert pattern_cache._compile("工会", 0) == pattern_cache._original("工会", 0)
    assert ("工会", 0) not in pattern_cache._known


def test_nothing_written_when_every_pattern_was_known(cache_file: Path) -> None:
    pattern_cache._compile("职工[0-9]+", 0)
    pattern_cache.save()
    cache_file.unlink()
    pattern_cache.save()  # nothing new since
    assert not cache_file.exists()


@pytest.mark.parametrize("how", HOW)
def test_a_file_someone_else_could_have_placed_is_not_read(cache_file: Path, how: str) -> None:
    pattern_cache._compile("工会[0-9]+", 0)
    pattern_cache.save()
    assert pattern_cache._read(cache_file)
    make_untrusted(cache_file, how)
    assert pattern_cache._read(cache_file) == {}


def test_the_file_is_read_once_per_process(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each batch's block installs the cache again: the file is read at the first only."""
    reads = []
    monkeypatch.setattr(pattern_cache, "_loaded", False)
    monkeypatch.setattr(pattern_cache, "_read", lambda path: reads.append(path) or {})
    for _ in range(3):
        with remembered_patterns():
            re.compile("职工书屋[0-9]+")
    assert reads == [cache_file]


def test_the_patterns_a_build_compiles_do_not_depend_on_the_hash_seed() -> None:
    """Patterns joined from a set of words list them in one order whatever the string hash seed
    (longest first, then by text): else each process compiled new patterns and rewrote the file."""
    code = ("import hashlib; from uniongraph import pattern_cache; "
            "from uniongraph.parallel import remembered_patterns; "
            "from uniongraph.extraction.pipeline import extract_text\n"
            "with remembered_patterns():\n"
            "    extract_text('星河钢铁有限公司炼铁厂职工、长林管网分公司抢修班和滨江机械厂装配车间的代表参加了比赛。')\n"
            "print(hashlib.sha1(repr(sorted(pattern_cache._used)).encode()).hexdigest())")
    seen = set()
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        assert out.returncode == 0, out.stderr
        seen.add(out.stdout.strip())
    assert len(seen) == 1
