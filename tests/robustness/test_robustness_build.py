"""Builds that are interrupted, killed or cannot write, and builds that must not vary.

A real ``uniongraph build`` runs in a subprocess over a page big enough to take a while; the test
interrupts it (SIGINT, as Ctrl-C does), kills it (SIGKILL, as an OOM killer or a closed laptop
does) or limits the size of files it may write (as a full disk does). The outputs of the build
before must stay byte-identical, or be replaced all together, and no temporary file may be left
where the build could clean up. Determinism: the same inputs give byte-identical files whatever
the hash seed, the output folder or the order the inputs are named in.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robustness_pages import write_big_page
from rdflib import Graph

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "data" / "pages"
OUTPUTS = ("graph.ttl", "graph.json", "graph.html")

pytestmark = pytest.mark.slow



def uniongraph(*args: str, **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "uniongraph.cli", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)  # type: ignore[call-overload]


def snapshot(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in OUTPUTS}


def leftovers(out: Path) -> list[str]:
    """Files in ``out`` that are neither outputs nor folders: temporary files a build left behind."""
    return sorted(p.name for p in out.iterdir() if p.name not in OUTPUTS and not p.is_dir())


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "page.md"
    write_big_page(path, 1024 * 1024)  # about 25 s of work here: long enough to interrupt
    return path


@pytest.fixture(scope="module")
def medium_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("medium") / "page.md"
    write_big_page(path, 300_000)  # its outputs take a second or two to render and write
    return path


@pytest.fixture()
def earlier(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding a finished build of a small page, and its bytes."""
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(PAGES / "wenzhou-page.txt"),
                           "--out", str(out), "--quiet", "--no-validate"], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out, snapshot(out)


def _busy(proc: subprocess.Popen[bytes], seconds: float) -> None:
    """Wait ``seconds`` and make sure the build is still running (so a signal lands mid-build)."""
    time.sleep(seconds)
    assert proc.poll() is None, "the build finished before it could be interrupted: make the input bigger"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["int", "term", "kill"])
def test_interrupted_build_leaves_earlier_outputs(big_page: Path, earlier: tuple[Path, dict[str, bytes]],
                                                  sig: signal.Signals) -> None:
    out, before = earlier
    proc = uniongraph("build", str(big_page), "--out", str(out))
    try:
        _busy(proc, 6)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        lines = err.decode().splitlines()
        assert lines == ["uniongraph: interrupted; earlier outputs are left as they were"], err
    else:
        assert proc.returncode == -sig
    assert snapshot(out) == before
    assert leftovers(out) == []


def _wait_for_change(proc: subprocess.Popen[bytes], target: Path, inode: int, timeout: float) -> bool:
    """Poll until ``target`` is replaced (a new inode) or the process ends."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if os.stat(target).st_ino != inode:
                return True
        except FileNotFoundError:
            pass
        time.sleep(0.002)
    return False


def test_ctrl_c_while_writing_replaces_all_outputs_or_none(medium_page: Path,
                                                           earlier: tuple[Path, dict[str, bytes]]) -> None:
    # The moment the first output is renamed into place, Ctrl-C: the three files must still
    # belong to one build (all old or all new), never a new graph.ttl beside an old graph.json.
    out, before = earlier
    proc = uniongraph("build", str(medium_page), "--out", str(out), "--no-validate")
    try:
        changed = _wait_for_change(proc, out / "graph.ttl", os.stat(out / "graph.ttl").st_ino, 300)
        if changed:
            proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert changed, "graph.ttl was never replaced"
    after = snapshot(out)
    replaced = {n: after[n] != before[n] for n in OUTPUTS}
    assert len(set(replaced.values())) == 1, f"outputs of two builds mixed: {replaced}"
    assert leftovers(out) == []
    json.loads(after["graph.json"])
    Graph().parse(data=after["graph.ttl"].decode("utf-8"), format="turtle")


def test_killed_while_writing_never_truncates(medium_page: Path, earlier: tuple[Path, dict[str, bytes]]) -> None:
    # SIGKILL as soon as a temporary file shows up in the output folder: each output is the old
    # file or a complete new one, never half-written.
    out, before = earlier
    proc = uniongraph("build", str(medium_page), "--out", str(out), "--no-validate")
    seen = ""
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None and not seen:
            seen = next((n for n in os.listdir(out) if n.endswith(".tmp")), "")
            time.sleep(0.001)
        if seen:
            proc.kill()
        proc.wait(120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert seen, "no temporary file was ever seen: outputs are not written through a temporary name"
    after = snapshot(out)
    for name in OUTPUTS:
        assert after[name] == before[name] or after[name].endswith(b"\n"), name
    json.loads(after["graph.json"])
    Graph().parse(data=after["graph.ttl"].decode("utf-8"), format="turtle")
    # what a kill can leave: only hidden temporary names, never a file a reader would take for output
    assert all(n.startswith(".") and n.endswith(".tmp") for n in leftovers(out))
    # and the next build into the folder clears them (their writer no longer runs)
    again = uniongraph("build", str(medium_page), "--out", str(out), "--no-validate")
    assert again.wait(300) == 0
    assert leftovers(out) == []


def _limit_file_size(limit: int):  # type: ignore[no-untyped-def]
    def set_limit() -> None:
        # like a full disk: writes past ``limit`` bytes fail with EFBIG instead of killing the process
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return set_limit


def test_write_failure_keeps_earlier_outputs_and_names_the_file(tmp_path: Path,
                                                                 earlier: tuple[Path, dict[str, bytes]]) -> None:
    out, before = earlier
    page = tmp_path / "page.md"
    write_big_page(page, 300_000)
    proc = uniongraph("build", str(page), "--out", str(out), "--no-validate", preexec_fn=_limit_file_size(400_000))
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1
    ours = [x for x in err.decode().splitlines() if x.startswith("uniongraph: ")]
    assert len(ours) == 1 and "UG400" in ours[0] and str(out) in ours[0] and "cannot write" in ours[0], err
    assert snapshot(out) == before
    assert leftovers(out) == []


# ---------------------------------------------------------------- determinism


def _inputs(folder: Path) -> list[Path]:
    """Pages with the awkward things (CRLF, GB18030, traditional Big5, a hostile title) in several files."""
    folder.mkdir()
    pages = {
        "a-crlf.md": ("# 鹿城区总工会慰问环卫工人\r\n\r\n本报讯（记者 陈立新）鹿城区总工会走访慰问环卫工人。\r\n", "utf-8"),
        "b-gb.txt": ("温州电力有限公司工会成立\n\n本报讯 温州电力有限公司工会近日成立，张建国当选工会主席。\n", "gb18030"),
        "c-big5.txt": ("# 溫州市總工會舉辦職工技能大賽\n\n本報訊（記者 陳立新）溫州市總工會在鹿城區舉辦大賽。\n", "big5"),
        "d-hostile.md": ('# <img src=x onerror=alert(1)> "引号" \\反斜杠 =1+1\n\n'
                         "本报讯 瓯海区总工会组织志愿服务队走进社区，</script>服务职工。\n", "utf-8"),
    }
    for name, (text, enc) in pages.items():
        (folder / name).write_bytes(text.encode(enc))
    return sorted(folder.iterdir())


def _build(inputs: list[Path], out: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", *map(str, inputs), "--out", str(out),
                           "--quiet", "--no-validate", "--export", "ntriples,jsonld,trig,graphml,gexf,nodelink,cypher,neo4j"],
                          capture_output=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_builds_are_byte_identical_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in")
    _build(inputs, tmp_path / "one", "1")
    _build(inputs, tmp_path / "two" / "nested", "4242")
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two" / "nested")
    assert sorted(one) == sorted(two)
    assert "graph.html" in one and "graph.nt" in one
    different = [name for name in one if one[name] != two[name]]
    assert different == []


def test_input_order_does_not_change_the_triples(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in")
    _build(inputs, tmp_path / "fwd", "0")
    _build(list(reversed(inputs)), tmp_path / "rev", "0")
    fwd, rev = (Graph().parse(tmp_path / d / "graph.nt", format="nt") for d in ("fwd", "rev"))
    assert len(fwd) > 50
    assert set(fwd) == set(rev)
    assert (tmp_path / "fwd" / "graph.ttl").read_bytes() == (tmp_path / "rev" / "graph.ttl").read_bytes()
