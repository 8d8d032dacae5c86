"""Paths that are not news pages: named pipes, devices, link loops, names that are not UTF-8,
unreadable folders, links to folders, and the outputs of earlier builds (issue #15).

What must hold: each is said in one line naming it (``UG100`` when an input could not be read,
``skipped PATH: why`` when a folder walk leaves something out on purpose); nothing hangs, reads
without end or raises; what is not a regular file is never opened for reading; the other
inputs are built. Builds run in a child process (with a timeout and a memory limit) so that a
hang or an endless read fails the test instead of stopping it, and an audit hook in the child
records every file it opens.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from uniongraph.build import build_corpus
from uniongraph.errors import ExitStatus, InputError
from uniongraph.reading import iter_input_files, open_input, read_document

PAGE_1 = "温州市总工会举办职工技能大赛\n\n本报讯（记者 陈立新）温州市总工会在鹿城区举办职工技能大赛。\n"
PAGE_2 = "瓯海区总工会组织志愿服务队\n\n本报讯 瓯海区总工会组织志愿服务队走进社区。\n"
PAGE_3 = "杭州市总工会举办职工运动会\n\n本报讯 杭州市总工会在西湖文化广场举办职工运动会。\n"

_CHILD = textwrap.dedent("""
    import json, os, sys
    watch = {os.path.abspath(p) for p in json.loads(sys.argv[1])}
    opened = []
    def hook(event, args):
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            path = os.path.abspath(os.fsdecode(args[0]))
            if path in watch:
                opened.append(path)
    sys.addaudithook(hook)
    from uniongraph.cli import main
    code = main(sys.argv[2:])
    print(json.dumps(opened))
    sys.exit(code)
""")


def _limit_memory() -> None:
    limit = 4 * 1024**3  # reading /dev/zero to the end must fail here, not on the machine
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def build(args: list[str], *, watch: list[Path] = (), prefix: list[str] = ()) -> tuple[int, list[str], list[str], str]:
    """Run ``uniongraph ARGS`` in a child: (exit status, UG lines, skipped lines, opened watched paths)."""
    done = subprocess.run([*prefix, sys.executable, "-c", _CHILD, json.dumps([str(p) for p in watch]), *args],
                          capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory)
    err = done.stderr
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.splitlines()
    opened = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else ["<no report>"]
    return (done.returncode, [x for x in lines if x.startswith("uniongraph: UG")],
            [x for x in lines if x.startswith("uniongraph: skipped ")], opened)


def articles(out: Path) -> list[str]:
    return sorted(a["title"] for a in json.loads((out / "graph.json").read_text(encoding="utf-8"))["articles"])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(PAGE_1, encoding="utf-8")
    return corpus


# -- files that are not regular files ----------------------------------------------------------

@pytest.mark.parametrize("name", ["pipe.md", "pipe.jsonl"])
def test_a_named_pipe_is_refused_without_being_opened(folder: Path, tmp_path: Path, name: str) -> None:
    pipe = folder / name
    os.mkfifo(pipe)
    for quiet in (["--quiet"], []):  # without --quiet the progress bar counts JSONL lines first
        out = tmp_path / f"out{len(quiet)}"
        code, problems, _, opened = build(["build", str(folder), "--out", str(out), "--no-validate", *quiet],
                                          watch=[pipe])
        assert code == ExitStatus.PARTIAL
        assert problems == [f"uniongraph: UG100: {pipe}: not a regular file (a named pipe)"]
        assert opened == [] and articles(out) == ["温州市总工会举办职工技能大赛"]


def test_a_link_to_dev_zero_is_refused_without_being_read(folder: Path, tmp_path: Path) -> None:
    zero = folder / "zero.txt"
    zero.symlink_to("/dev/zero")
    for given, named in (([str(folder)], zero), (["/dev/zero", str(folder / "a.md")], Path("/dev/zero"))):
        out = tmp_path / f"out-{named.name}"
        code, problems, _, opened = build(["build", *given, "--out", str(out), "--quiet", "--no-validate"],
                                          watch=[zero, Path("/dev/zero")])
        assert code == ExitStatus.PARTIAL  # was: read until memory ran out
        assert problems == [f"uniongraph: UG100: {named}: not a regular file (a character device)"]
        assert opened == [] and articles(out) == ["温州市总工会举办职工技能大赛"]


def test_open_input_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p.md")
    with pytest.raises(InputError, match="not a regular file \\(a named pipe\\)"):
        open_input(tmp_path / "p.md")
    with pytest.raises(InputError, match="is a directory"):
        open_input(tmp_path)
    with pytest.raises(InputError, match="a character device"):
        read_document("/dev/null")


# -- links ------------------------------------------------------------------------------------

def test_link_loops_and_broken_links_are_one_line_each(folder: Path, tmp_path: Path) -> None:
    (folder / "loop1.md").symlink_to("loop2.md")
    (folder / "loop2.md").symlink_to("loop1.md")
    (folder / "gone.md").symlink_to("nothing-here.md")
    out = tmp_path / "out"
    code, problems, _, _ = build(["build", str(folder), str(folder / "loop1.md"), "--out", str(out), "--quiet",
                                  "--no-validate"])
    assert code == ExitStatus.PARTIAL
    assert sorted(problems) == [f"uniongraph: UG100: {folder / 'gone.md'}: broken symbolic link (to nothing-here.md)",
                                f"uniongraph: UG100: {folder / 'loop1.md'}: symbolic link loop",
                                f"uniongraph: UG100: {folder / 'loop2.md'}: symbolic link loop"]
    assert articles(out) == ["温州市总工会举办职工技能大赛"]


def test_a_link_loop_named_alone_is_said_not_raised(tmp_path: Path) -> None:
    (tmp_path / "x.md").symlink_to("x.md")
    kg, report = build_corpus([tmp_path / "x.md"])
    assert [str(f) for f in report.failures] == [f"UG100: {tmp_path / 'x.md'}: symbolic link loop"]
    assert kg.articles == []


def test_a_link_to_a_folder_is_said_and_not_followed(folder: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.md").write_text(PAGE_2, encoding="utf-8")
    (folder / "more").symlink_to(other)
    (folder / "up").symlink_to("..")  # followed, it would read this folder again and again
    out = tmp_path / "out"
    code, problems, skipped, _ = build(["build", str(folder), "--out", str(out), "--quiet", "--no-validate"])
    assert (code, problems) == (ExitStatus.OK, [])
    assert skipped == [f"uniongraph: skipped {folder / name}: a link to a folder (links to folders are not followed; "
                       "name the folder itself to read it)" for name in ("more", "up")]
    assert articles(out) == ["温州市总工会举办职工技能大赛"]


# -- names ------------------------------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_refused_by_name(folder: Path, tmp_path: Path) -> None:
    bad = os.path.join(os.fsencode(folder), b"\xff\xfe.md")
    with open(bad, "w", encoding="utf-8") as fh:
        fh.write(PAGE_2)
    out = tmp_path / "out"
    code, problems, _, _ = build(["build", str(folder), "--out", str(out), "--quiet", "--no-validate"])
    assert code == ExitStatus.PARTIAL  # was: UG400 on graph.json, which could not hold the name
    assert problems == [f"uniongraph: UG100: {folder}/\\xff\\xfe.md: file name is not UTF-8 (names are written "
                        "into the graph: rename the file)"]
    assert articles(out) == ["温州市总工会举办职工技能大赛"]


# -- folders ----------------------------------------------------------------------------------

def _without_root_override() -> list[str]:
    """A command prefix under which file permissions hold (root ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be made to hold")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_an_unreadable_subfolder_is_one_line(folder: Path, tmp_path: Path) -> None:
    locked = folder / "locked"
    locked.mkdir()
    (locked / "c.md").write_text(PAGE_3, encoding="utf-8")
    locked.chmod(0)
    try:
        out = tmp_path / "out"
        code, problems, _, _ = build(["build", str(folder), "--out", str(out), "--quiet", "--no-validate"],
                                     prefix=_without_root_override())
    finally:
        locked.chmod(0o755)
    assert code == ExitStatus.PARTIAL  # was: exit 0, the folder's pages left out without a word
    assert problems == [f"uniongraph: UG100: {locked}: folder skipped: cannot read it (permission denied)"]
    assert articles(out) == ["温州市总工会举办职工技能大赛"]


def test_pages_beside_a_build_are_read_and_its_view_is_not(folder: Path, tmp_path: Path) -> None:
    """Building into a folder of the archive used to hide that folder's pages from every later
    build (the folder was skipped whole, without a word): now only the build's own view is left
    out, and said."""
    sub = folder / "2024"
    sub.mkdir()
    (sub / "b.md").write_text(PAGE_2, encoding="utf-8")
    first = build(["build", str(sub), "--out", str(sub), "--quiet", "--no-validate"])
    assert first[0] == ExitStatus.OK and {"graph.ttl", "graph.json", "graph.html"} <= {p.name for p in sub.iterdir()}
    out = tmp_path / "out"
    code, problems, skipped, _ = build(["build", str(folder), "--out", str(out), "--no-validate"])
    assert (code, problems) == (ExitStatus.OK, [])
    line = (f"skipped {sub / 'graph.html'}: the view of a build (its folder holds graph.ttl and graph.json; "
            "the pages beside it are read)")
    assert skipped == [f"uniongraph: {line}"]
    assert articles(out) == ["温州市总工会举办职工技能大赛", "瓯海区总工会组织志愿服务队"]
    _, report = build_corpus([folder])
    assert report.skipped == [line] and line in report.summary()


def test_a_graph_view_elsewhere_is_not_read_as_a_news_page(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build(["build", str(folder), "--out", str(out), "--quiet", "--no-validate"])[0] == ExitStatus.OK
    shutil.copy(out / "graph.html", folder / "view.html")
    code, problems, _, _ = build(["build", str(folder), "--out", str(tmp_path / "again"), "--quiet",
                                  "--no-validate"])
    assert code == ExitStatus.PARTIAL  # was: its labels and scripts read as articles
    assert problems == [f"uniongraph: UG100: {folder / 'view.html'}: a graph view written by uniongraph, "
                        "not a news page"]
    assert articles(tmp_path / "again") == ["温州市总工会举办职工技能大赛"]


def test_hidden_files_and_readmes_stay_silent(folder: Path) -> None:
    (folder / ".git").mkdir()
    (folder / ".git" / "x.md").write_text(PAGE_2, encoding="utf-8")
    (folder / "README.md").write_text(PAGE_3, encoding="utf-8")
    said: list[str] = []
    assert [p.name for p in iter_input_files([folder], on_skip=said.append)] == ["a.md"]
    assert said == []
