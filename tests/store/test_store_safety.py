"""Stores under accident and attack: replaced whole or not at all, never a user's folder, one
writer at a time, and damage reported in one line and mended by ``uniongraph repair``.

The interrupt and concurrency cases run the real ``uniongraph`` command in subprocesses. A
``build - FILE --store DIR`` reads standard input, which the test holds open: the build then
waits with the store locked, so a signal or a second command can land at a known moment.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from uniongraph.build import build
from uniongraph.errors import GraphFileError, OutputError
from uniongraph.readwrite.json_graph import generate_json
from uniongraph.readwrite.sources import open_graph
from uniongraph.store import GraphStore, StoreReplacement, is_store
from uniongraph.store.lock import StoreLock
from uniongraph.store.repair import repair_store

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
A, B, C, D = (str(CORPUS / n) for n in ("a-city.md", "b-district.md", "c-company.md", "d-place.md"))
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def uniongraph(*args: str, **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "uniongraph.cli", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)  # type: ignore[call-overload]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", *args], input=stdin, capture_output=True,
                          timeout=600)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


def one_line(stderr: str) -> str:
    """The single line a failure must print (no traceback, no internal error)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    return lines[0]


def state(store: Path) -> tuple[list[str], set[str]]:
    """What a store answers: its documents (digests, in order) and its triples."""
    with GraphStore(store, read_only=True) as st:
        return [d.digest for d in st.documents()], {str(q) for q in st.rdf}


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` and its bytes (but the lock file, where each writer notes its pid)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "lock"}


def siblings(store: Path) -> list[str]:
    """What a build left beside the store: hidden ``.NAME.new.*`` / ``.NAME.old.*`` folders."""
    return sorted(p.name for p in store.parent.iterdir() if p.name.startswith(f".{store.name}."))


def wait_until(proc: subprocess.Popen[bytes], seen: Callable[[], bool], timeout: float = 120) -> bool:
    """Poll until ``seen()`` holds, or the process ends (then one last look), or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if seen():
            return True
        if proc.poll() is not None:
            return seen()
        time.sleep(0.0005)
    return False


def holds_lock(store: Path, pid: int) -> Callable[[], bool]:
    def seen() -> bool:
        try:
            return (store / "lock").read_text().split(" ", 1)[0].strip() == str(pid)
        except OSError:
            return False
    return seen


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An old store (A, B) and, for comparison, the store ``build - D --store`` makes with C on stdin."""
    base = tmp_path_factory.mktemp("stores")
    old, new = base / "old", base / "new"
    assert run("build", A, B, "--out", str(base / "o1"), "--store", str(old), "--quiet", "--no-validate").returncode == 0
    done = run("build", "-", D, "--out", str(base / "o2"), "--store", str(new), "--quiet", "--no-validate",
               stdin=Path(C).read_bytes())
    assert done.returncode == 0, done.stderr
    return {"old": old, "new": new}


@pytest.fixture()
def old_store(tmp_path: Path, stores: dict[str, Path]) -> Path:
    store = tmp_path / "st"
    shutil.copytree(stores["old"], store)
    return store


# ---------------------------------------------------------------- folders that are not stores


def test_build_store_never_deletes_a_folder_whose_store_json_is_someone_elses(tmp_path: Path) -> None:
    thesis = tmp_path / "thesis"
    (thesis / "figures").mkdir(parents=True)
    (thesis / "store.json").write_text('{"title": "工会与劳动关系", "draft": 3}\n', encoding="utf-8")
    (thesis / "chapter1.tex").write_text("\\chapter{引言}\n", encoding="utf-8")
    (thesis / "figures" / "fig1.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    before = files_of(thesis)
    done = run("build", A, "--out", str(tmp_path / "out"), "--store", str(thesis), "--quiet", "--no-validate")
    assert done.returncode == 1
    line = one_line(done.stderr)
    assert line.startswith(f"uniongraph: UG400: {thesis}: not a uniongraph store") and "not replaced" in line
    assert files_of(thesis) == before
    assert not (tmp_path / "out").exists()  # refused before anything was built
    assert not is_store(thesis)
    with pytest.raises(GraphFileError, match="neither a store nor a build folder"):
        open_graph(thesis)


def test_build_store_refuses_a_store_that_holds_other_files(tmp_path: Path, old_store: Path) -> None:
    # even a real store marker does not make the user's files the store's to delete
    (old_store / "notes.txt").write_text("mine\n", encoding="utf-8")
    (old_store / "oxigraph" / "README").write_text("mine too\n", encoding="utf-8")
    before = files_of(old_store)
    done = run("build", C, "--out", str(tmp_path / "out"), "--store", str(old_store), "--quiet", "--no-validate")
    assert done.returncode == 1
    assert "a store that also holds other files (notes.txt, oxigraph)" in one_line(done.stderr)
    assert files_of(old_store) == before
    # add never deletes anything, so it still works on such a store
    assert run("add", C, "--store", str(old_store), "--quiet").returncode == 0
    assert (old_store / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_add_refuses_a_folder_whose_store_json_is_someone_elses(tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    folder.mkdir()
    (folder / "store.json").write_text("[1, 2, 3]\n", encoding="utf-8")
    with pytest.raises(OutputError, match="not a uniongraph store .its store.json is not a store marker"):
        GraphStore(folder)
    assert [p.name for p in folder.iterdir()] == ["store.json"]


@pytest.mark.parametrize("layout", ["same", "out-in-store", "store-in-out"])
@pytest.mark.parametrize("command", ["build", "add"])
def test_out_and_store_must_be_apart(tmp_path: Path, old_store: Path, layout: str, command: str) -> None:
    out = {"same": old_store, "out-in-store": old_store / "out", "store-in-out": old_store.parent}[layout]
    before = files_of(old_store.parent)
    done = run(command, C, "--out", str(out), "--store", str(old_store), "--quiet", "--no-validate"
               ) if command == "build" else run(command, C, "--out", str(out), "--store", str(old_store), "--quiet")
    assert done.returncode == 2
    assert "give two separate folders" in one_line(done.stderr)
    assert files_of(old_store.parent) == before  # nothing written, nothing deleted


def test_build_store_over_a_store_replaces_it_whole_and_leaves_nothing_beside_it(tmp_path: Path, old_store: Path,
                                                                                 stores: dict[str, Path]) -> None:
    done = run("build", "-", D, "--out", str(tmp_path / "out"), "--store", str(old_store), "--quiet", "--no-validate",
               stdin=Path(C).read_bytes())
    assert done.returncode == 0, done.stderr
    assert state(old_store) == state(stores["new"])
    assert siblings(old_store) == []
    assert sorted(p.name for p in old_store.iterdir()) == ["ledger.sqlite", "lock", "oxigraph", "store.json"]


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_replacement_swaps_in_the_new_store(tmp_path: Path, old_store: Path, stores: dict[str, Path],
                                            exchange: bool) -> None:
    kg = build([A])
    with StoreReplacement(old_store, exchange=exchange) as rep:
        rep.write(kg)
    with GraphStore(old_store, read_only=True) as st:
        assert [d.path for d in st.documents()] == [A]
    assert siblings(old_store) == []


def test_a_kill_between_the_two_renames_puts_the_old_store_back(tmp_path: Path, old_store: Path,
                                                                 stores: dict[str, Path]) -> None:
    # where the system cannot exchange two folders, the swap is two renames: a kill between them
    # leaves no store at DIR but the old one whole at .DIR.old.PID.X, which the next open puts back
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    new = tmp_path / f".st.new.{gone.pid}.0"
    shutil.copytree(stores["new"], new)
    os.rename(old_store, tmp_path / f".st.old.{gone.pid}.0")
    assert state(old_store) == state(stores["old"])
    with StoreReplacement(old_store):  # and the next build deletes the half-swapped new one
        pass
    assert siblings(old_store) == []


# ---------------------------------------------------------------- interrupts and concurrent writers


def _moment(store: Path, moment: str, proc: subprocess.Popen[bytes]) -> bool:
    """Wait for ``moment`` of a ``build - … --store`` whose standard input is still open."""
    if moment == "reading":  # the store is locked, the build waits for its input
        return wait_until(proc, holds_lock(store, proc.pid))
    whole = _identity(store)
    proc.stdin.write(Path(C).read_bytes())  # type: ignore[union-attr]
    proc.stdin.close()  # type: ignore[union-attr]
    proc.stdin = None  # communicate() has nothing more to send

    def new_folder() -> list[Path]:
        return [p for p in store.parent.iterdir() if p.name.startswith(f".{store.name}.new.")]

    def new_store_written() -> bool:
        return any((json.loads((p / "store.json").read_text()) or {}).get("documents")
                   for p in new_folder() if (p / "store.json").is_file())

    seen = {"writing": lambda: bool(new_folder()), "swapping": new_store_written,
            "changing": lambda: _identity(store) != whole}[moment]
    return wait_until(proc, lambda: _quiet(seen))


def _identity(store: Path) -> list[tuple[int, int] | None]:
    """Which files the store's marker, ledger and database index are (inode, size), or None if gone."""
    out: list[tuple[int, int] | None] = []
    for name in ("store.json", "ledger.sqlite", "oxigraph/CURRENT"):
        try:
            st = os.stat(store / name)
            out.append((st.st_ino, st.st_size))
        except OSError:
            out.append(None)
    return out


def _quiet(check: Callable[[], bool]) -> bool:
    try:
        return check()
    except (OSError, ValueError):  # a file caught half-written or just renamed
        return False


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["reading", "writing", "swapping", "changing"])
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["int", "term", "kill"])
def test_interrupted_build_store_leaves_the_old_store_or_the_new_one_whole(
        tmp_path: Path, old_store: Path, stores: dict[str, Path], moment: str, sig: signal.Signals) -> None:
    proc = uniongraph("build", "-", D, "--out", str(tmp_path / "out"), "--store", str(old_store), "--no-validate",
                      stdin=subprocess.PIPE)
    try:
        reached = _moment(old_store, moment, proc)
        if proc.poll() is None:
            proc.send_signal(sig)
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # reading: the store locked, the input not sent; writing: a new store folder appeared beside
    # the old one; swapping: the new store is written; changing: the store on disk began to change
    assert reached, f"the build never reached the moment {moment!r}"
    after = state(old_store)  # opens and answers
    assert after in (state(stores["old"]), state(stores["new"])), "the store is neither the old one nor the new one"
    if moment == "reading":
        assert after == state(stores["old"])
    if proc.returncode == 130:
        assert err.decode().strip().splitlines()[-1] == "uniongraph: interrupted; earlier outputs are left as they were"
    else:
        assert proc.returncode in (-sig, 0), err
    # a kill can leave only hidden siblings, which the next build --store (or writer) clears
    assert all(n.startswith((".st.new.", ".st.old.")) for n in siblings(old_store))
    assert run("build", A, B, "--out", str(tmp_path / "out2"), "--store", str(old_store), "--quiet",
               "--no-validate").returncode == 0
    assert siblings(old_store) == []
    assert state(old_store) == state(stores["old"])


def _ninety_pages(folder: Path) -> Path:
    folder.mkdir()
    text = Path(A).read_text(encoding="utf-8")
    for i in range(90):
        (folder / f"page-{i:02d}.md").write_text(text + f"\n\n本报讯 第{i}届职工技能大赛在北京举行。\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_add_during_build_store_is_refused_and_nothing_is_lost(tmp_path: Path, old_store: Path,
                                                                stores: dict[str, Path]) -> None:
    pages = _ninety_pages(tmp_path / "pages")
    proc = uniongraph("build", "-", D, "--out", str(tmp_path / "out"), "--store", str(old_store), "--no-validate",
                      "--quiet", stdin=subprocess.PIPE)
    try:
        assert wait_until(proc, holds_lock(old_store, proc.pid)), "the build never locked the store"
        added = run("add", str(pages), "--store", str(old_store))
        assert added.returncode == 1
        line = one_line(added.stderr)
        assert line == (f"uniongraph: UG400: {old_store}: in use by another uniongraph process "
                        f"(pid {proc.pid}: build --store); try again when it has finished")
        _, err = proc.communicate(Path(C).read_bytes(), timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert state(old_store) == state(stores["new"])
    # once the build is done, the add goes through and keeps every page
    added = run("add", str(pages), "--store", str(old_store), "--quiet")
    assert added.returncode == 0, added.stderr
    with GraphStore(old_store, read_only=True) as st:
        assert len(st.documents()) == 2 + 90


@pytest.mark.slow
def test_build_store_is_refused_while_another_process_writes_the_store(tmp_path: Path, old_store: Path,
                                                                        stores: dict[str, Path]) -> None:
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys\nfrom uniongraph.store import GraphStore\n"
        "with GraphStore(sys.argv[1]) as st:\n    print('open', flush=True)\n    sys.stdin.read()\n"),
        str(old_store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"open\n"  # type: ignore[union-attr]
        done = run("build", C, "--out", str(tmp_path / "out"), "--store", str(old_store), "--quiet", "--no-validate")
    finally:
        holder.communicate(b"", timeout=60)
    assert done.returncode == 1
    assert one_line(done.stderr) == (f"uniongraph: UG400: {old_store}: in use by another uniongraph process "
                                     f"(pid {holder.pid}: writing); try again when it has finished")
    assert not (tmp_path / "out").exists()
    assert state(old_store) == state(stores["old"])


def test_a_second_writer_in_the_same_process_is_refused_too(old_store: Path) -> None:
    with StoreLock.acquire(old_store, "test"):
        with pytest.raises(OutputError, match=r"in use by another uniongraph process \(pid \d+: test\)"):
            GraphStore(old_store)
    with GraphStore(old_store):  # free again
        pass


# ---------------------------------------------------------------- damaged stores


def _commands_say_damaged(store: Path, what: str, tmp_path: Path) -> None:
    """Every command that opens the store prints one UG300 line naming it and what is wrong."""
    for args in (["documents", str(store)], ["query", str(store), COUNT], ["add", C, "--store", str(store)],
                 ["export", str(store), "--format", "ntriples", "--out", str(tmp_path / "x.nt")]):
        done = run(*args)
        assert done.returncode == 1, (args, done.stderr)
        line = one_line(done.stderr)
        assert line.startswith(f"uniongraph: UG300: {store}: damaged store: {what}"), (args, line)
        assert line.endswith(f"run uniongraph repair {store}"), line


def test_a_truncated_ledger_is_one_line_and_repair_says_what_is_lost(tmp_path: Path, old_store: Path,
                                                                     stores: dict[str, Path]) -> None:
    ledger = old_store / "ledger.sqlite"
    with ledger.open("r+b") as fh:
        fh.truncate(4096)  # its first page: the document list is gone with the rest
    _commands_say_damaged(old_store, "ledger.sqlite is truncated", tmp_path)
    before = files_of(old_store)
    done = run("repair", str(old_store))
    assert done.returncode == 1
    line = one_line(done.stderr)
    assert line.startswith(f"uniongraph: UG300: {old_store}: damaged store: ledger.sqlite is truncated")
    assert "nothing can be recovered; rebuild the store with uniongraph build INPUTS --store" in line
    assert files_of(old_store) == before  # the damaged file is left for other tools
    # a damaged store is still a store: build --store replaces it
    assert run("build", A, B, "--out", str(tmp_path / "o"), "--store", str(old_store), "--quiet",
               "--no-validate").returncode == 0
    assert state(old_store) == state(stores["old"])


def _page_of(ledger: Path, table: str) -> int:
    db = sqlite3.connect(ledger)
    try:
        return db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        db.close()


def test_a_ledger_damaged_in_its_merged_tables_is_rebuilt_from_its_records(tmp_path: Path, old_store: Path,
                                                                           stores: dict[str, Path]) -> None:
    ledger = old_store / "ledger.sqlite"
    page = _page_of(ledger, "entities")
    with ledger.open("r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(b"\xff" * 4096)
    done = run("query", str(old_store), "SELECT ?n WHERE { ?x rdfs:label ?n } LIMIT 1")
    assert done.returncode == 0  # the triples are whole: queries still work
    done = run("export", str(old_store), "--format", "ntriples", "--out", str(tmp_path / "x.nt"))
    assert done.returncode == 1
    assert one_line(done.stderr).startswith(f"uniongraph: UG300: {old_store}: damaged store: ledger.sqlite: ")
    done = run("repair", str(old_store))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"repaired {old_store}: the ledger was damaged (ledger.sqlite: ")
    assert "rebuilt it from its documents' records (2 documents, 4 articles" in done.stdout
    assert state(old_store) == state(stores["old"])
    with GraphStore(old_store, read_only=True) as st, GraphStore(stores["old"], read_only=True) as want:
        assert generate_json(st.export()) == generate_json(want.export())
    assert run("repair", str(old_store)).stdout.startswith(f"{old_store}: nothing to repair")


def test_repair_names_the_documents_whose_records_are_unreadable_and_keeps_the_others(
        tmp_path: Path, old_store: Path) -> None:
    ledger = old_store / "ledger.sqlite"
    db = sqlite3.connect(ledger)
    with db:  # one article record of B garbled, as a flipped bit inside a row would leave it
        db.execute("UPDATE articles SET data = substr(data, 1, 40) WHERE source = ?", (B,))
    db.close()
    page = _page_of(ledger, "entities")
    with ledger.open("r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(b"\xff" * 4096)
    done = run("repair", str(old_store))
    assert done.returncode == 3, done.stderr
    assert done.stdout.rstrip().endswith(f"1 document(s) could not be recovered ({B}): add them again with "
                                         f"uniongraph add FILES --store {old_store}")
    with GraphStore(old_store, read_only=True) as st:
        assert [d.path for d in st.documents()] == [A]
        assert generate_json(st.export()) == generate_json(build([A]))
    assert run("add", B, "--store", str(old_store), "--quiet").returncode == 0
    with GraphStore(old_store, read_only=True) as st:
        assert generate_json(st.export()) == generate_json(build([A, B]))


def test_a_truncated_sst_file_is_one_line_and_repair_rebuilds_the_triples(tmp_path: Path, old_store: Path,
                                                                          stores: dict[str, Path]) -> None:
    # Every table file, not only the largest: a file a finished compaction left behind may not be
    # deleted yet (RocksDB deletes obsolete files in the background), and truncating only that one
    # damaged nothing the store reads (a flaky pass of `documents` under load, stop 36).
    ssts = sorted((old_store / "oxigraph").glob("*.sst"))
    assert ssts
    for sst in ssts:
        with sst.open("r+b") as fh:
            fh.truncate(sst.stat().st_size // 2)
    _commands_say_damaged(old_store, "oxigraph/ cannot be opened (Corruption: ", tmp_path)
    done = run("repair", str(old_store))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"repaired {old_store}: the triples were damaged (Corruption: ")
    assert state(old_store) == state(stores["old"])
    assert sorted(p.name for p in old_store.iterdir()) == ["ledger.sqlite", "lock", "oxigraph", "store.json"]


def test_add_on_a_store_whose_oxigraph_folder_is_gone_refuses_and_repair_restores_it(
        tmp_path: Path, old_store: Path, stores: dict[str, Path]) -> None:
    shutil.rmtree(old_store / "oxigraph")
    ledger = (old_store / "ledger.sqlite").read_bytes()
    _commands_say_damaged(old_store, "oxigraph/ is missing while ledger.sqlite holds 2 document(s)", tmp_path)
    assert (old_store / "ledger.sqlite").read_bytes() == ledger  # the add changed nothing
    assert not (old_store / "oxigraph").exists()
    done = run("repair", str(old_store))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"repaired {old_store}: the triples were missing; rebuilt them from the ledger")
    assert state(old_store) == state(stores["old"])
    # and the store grows in step again: adding C and D equals building all four at once
    assert run("add", C, D, "--store", str(old_store), "--quiet").returncode == 0
    with GraphStore(old_store, read_only=True) as st:
        assert generate_json(st.export()) == generate_json(build([A, B, C, D]))


def test_repair_refuses_what_is_not_a_store_and_a_store_in_use(tmp_path: Path, old_store: Path) -> None:
    with pytest.raises(GraphFileError, match="not a uniongraph store"):
        repair_store(tmp_path / "nowhere")
    with StoreLock.acquire(old_store, "add"):
        with pytest.raises(OutputError, match="in use by another uniongraph process"):
            repair_store(old_store)
    assert not repair_store(old_store).changed


def test_the_bulk_loaders_files_are_the_stores_own(tmp_path: Path) -> None:
    """A build --store killed in Oxigraph's bulk load leaves bulk-N.sst files: the next writer may
    delete that folder (it is the store's), while a user's file beside them keeps it."""
    from uniongraph.store.folder import _is_store_entry

    ox = tmp_path / "oxigraph"
    ox.mkdir()
    (ox / "bulk-3.sst").write_bytes(b"x")
    (ox / "000012.sst").write_bytes(b"x")
    assert _is_store_entry(ox)
    (ox / "notes.txt").write_text("mine", encoding="utf-8")
    assert not _is_store_entry(ox)


def test_an_interrupt_while_the_lock_is_released_releases_it_once(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C landing right after the lock file is closed: the release on the way out (a
    ``with`` block's exit) must not close that descriptor again, which would fail (EBADF) or
    close a file opened since under the same number."""
    import uniongraph.store.lock as lock_module

    folder = tmp_path / "st"
    folder.mkdir()
    real_close = os.close

    def close_then_interrupt(fd: int) -> None:
        real_close(fd)
        raise KeyboardInterrupt

    rep = StoreReplacement(folder)
    rep._lock = StoreLock.acquire(folder, "test")
    monkeypatch.setattr(lock_module.os, "close", close_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        rep.release()
    monkeypatch.setattr(lock_module.os, "close", real_close)
    other = os.open(folder / "other", os.O_RDWR | os.O_CREAT)  # may reuse the lock's number
    try:
        rep.release()  # the exit's release: nothing left to close
        os.fstat(other)  # still open
    finally:
        os.close(other)
    with StoreLock.acquire(folder, "again"):  # and the lock is free
        pass
