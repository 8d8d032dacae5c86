"""Passwords of a push never printed, taken from the URL, the environment or a prompt; bad ports
and clear-text logins as one line each. Real servers on 127.0.0.1 and the real command in a
subprocess, so what is checked is exactly what a user's terminal would show."""

from __future__ import annotations

import os
import pty
import select as io_select
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from kgfixture import sample_graph
from servers import REPO, LockedFalkor, Virtuoso, falkordb_with_password, free_port, virtuoso  # noqa: F401

from uniongraph.errors import OutputError
from uniongraph.export.property_graph import to_property_graph
from uniongraph.graph.rdf import to_rdf
from uniongraph.push.sparql_store import Store, result_rows, select
from uniongraph.push.target import parse_target
from uniongraph.readwrite.json_graph import write_json
from uniongraph.redact import redact_text

#: A wrong password with the characters URLs encode; written %-encoded in URLs.
SECRET = "Wr0ng/S3cret@pw#"
ENCODED = urllib.parse.quote(SECRET, safe="")


def leaks(text: str, secret: str = SECRET) -> bool:
    """Whether ``text`` holds ``secret`` in any form a URL or a message could give it."""
    forms = {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote(secret), secret.split("/")[0]}
    return any(f in text for f in forms)


def ug(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``uniongraph ARGS`` from this checkout, stdin not a terminal, no UNIONGRAPH_* inherited."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("UNIONGRAPH_")}
    environ["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), environ.get("PYTHONPATH", "")])
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "uniongraph.cli", *args], capture_output=True, text=True,
                          env=environ, stdin=subprocess.DEVNULL, timeout=600)


def with_userinfo(url: str, info: str) -> str:
    head, _, rest = url.partition("://")
    return f"{head}://{info}@{rest}"


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("built")
    write_json(sample_graph(), folder / "graph.json")
    return folder


def triples(v: Virtuoso, graph: str) -> int:
    store = Store(v.graph_store, v.sparql, user="dba", password="dba")
    return int(result_rows(select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", graph))[0][0])


# ---------------------------------------------------------------- Virtuoso


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["plain", "debug"])
def test_a_wrong_password_in_the_url_is_never_printed(virtuoso: Virtuoso, build_dir: Path,  # noqa: F811
                                                      debug: list[str]) -> None:
    url = with_userinfo(virtuoso.graph_store, f"dba:{ENCODED}")
    done = ug(*debug, "push", str(build_dir), "--sparql", url)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0].startswith("uniongraph: UG400: http://dba:***@127.0.0.1:") and "HTTP 401" in lines[0]
    assert len(lines) == 1 or debug
    assert not leaks(done.stdout + done.stderr)


@pytest.mark.parametrize("how", ["environment", "older variable", "option"])
def test_a_wrong_password_from_elsewhere_is_never_printed(virtuoso: Virtuoso, build_dir: Path,  # noqa: F811
                                                          how: str) -> None:
    env = {"environment": {"UNIONGRAPH_PUSH_PASSWORD": SECRET}, "older variable": {"UNIONGRAPH_PASSWORD": SECRET},
           "option": {}}[how]
    extra = ["--password", SECRET] if how == "option" else []
    done = ug("--debug", "push", str(build_dir), "--sparql", virtuoso.graph_store, "--user", "dba", *extra, env=env)
    assert done.returncode == 1 and "HTTP 401" in done.stderr.splitlines()[0]
    assert not leaks(done.stdout + done.stderr)


def test_the_urls_credentials_are_used_and_the_summary_masks_them(virtuoso: Virtuoso,  # noqa: F811
                                                                  build_dir: Path) -> None:
    graph = "https://w3id.org/uniongraph/graph/test-url-credentials"
    done = ug("push", str(build_dir), "--sparql", with_userinfo(virtuoso.graph_store, "dba:dba"), "--graph-iri", graph)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(f"at {with_userinfo(virtuoso.graph_store, 'dba:***')}")
    assert "dba:dba" not in done.stdout + done.stderr
    assert triples(virtuoso, graph) == len(to_rdf(sample_graph()))


def test_the_user_and_password_from_the_environment_are_used(virtuoso: Virtuoso, build_dir: Path) -> None:  # noqa: F811
    graph = "https://w3id.org/uniongraph/graph/test-env-credentials"
    done = ug("push", str(build_dir), "--sparql", virtuoso.graph_store, "--graph-iri", graph,
              env={"UNIONGRAPH_PUSH_USER": "dba", "UNIONGRAPH_PUSH_PASSWORD": "dba"})
    assert done.returncode == 0, done.stderr
    assert triples(virtuoso, graph) == len(to_rdf(sample_graph()))


def on_a_terminal(args: list[str], typed: str) -> tuple[int, str]:
    """Run ``uniongraph ARGS`` on a new pseudo-terminal, type ``typed`` at its password prompt;
    the exit status and everything the terminal showed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNIONGRAPH_")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdin, stdout, stderr and /dev/tty are the pseudo-terminal
        os.execve(sys.executable, [sys.executable, "-m", "uniongraph.cli", *args], env)
    shown, sent = b"", False
    deadline = time.monotonic() + 600  # a guard against a hang, not a measure
    while time.monotonic() < deadline:
        ready, _, _ = io_select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
        if not sent and b"password for" in shown:
            os.write(fd, typed.encode() + b"\r")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


@pytest.mark.parametrize("typed,status", [("dba", 0), (SECRET, 1)], ids=["right", "wrong"])
def test_password_prompt_on_a_terminal(virtuoso: Virtuoso, build_dir: Path, typed: str,  # noqa: F811
                                       status: int) -> None:
    graph = "https://w3id.org/uniongraph/graph/test-prompt"
    code, shown = on_a_terminal(["push", str(build_dir), "--sparql", virtuoso.graph_store, "--graph-iri", graph,
                                 "--user", "dba", "--password-prompt"], typed)
    assert code == status, shown
    assert f"password for {virtuoso.graph_store} (user dba): " in shown
    assert ("pushed" in shown) if status == 0 else ("HTTP 401" in shown)
    assert not leaks(shown, typed) if typed == SECRET else "dba\r" not in shown  # not echoed


def test_password_prompt_needs_a_terminal(virtuoso: Virtuoso, build_dir: Path) -> None:  # noqa: F811
    done = ug("push", str(build_dir), "--sparql", virtuoso.graph_store, "--user", "dba", "--password-prompt")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "uniongraph: --password-prompt needs a terminal on stdin; set UNIONGRAPH_PUSH_PASSWORD instead"]


@pytest.mark.parametrize("args,message", [
    (["--password", "other-pw"], "holds a password and --password asks for another: give one"),
    (["--user", "someone"], "names user 'dba' and --user gives 'someone': give one"),
], ids=["password", "user"])
def test_credentials_given_twice_are_refused(virtuoso: Virtuoso, build_dir: Path, args: list[str],  # noqa: F811
                                             message: str) -> None:
    done = ug("push", str(build_dir), "--sparql", with_userinfo(virtuoso.graph_store, f"dba:{ENCODED}"), *args)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1 and message in done.stderr
    assert not leaks(done.stderr)


def test_a_password_without_a_user_is_refused_not_ignored(virtuoso: Virtuoso, build_dir: Path) -> None:  # noqa: F811
    done = ug("push", str(build_dir), "--sparql", virtuoso.graph_store, env={"UNIONGRAPH_PUSH_PASSWORD": SECRET})
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["uniongraph: a password is given (UNIONGRAPH_PUSH_PASSWORD) but no user "
                                        "name: give --user, UNIONGRAPH_PUSH_USER or USER@ in the URL"]


# ---------------------------------------------------------------- FalkorDB with a password


def node_count(server: LockedFalkor, graph: str) -> int:
    return int(server.graph(graph).query("MATCH (n) RETURN count(n)").result_set[0][0])


@pytest.mark.needs("falkordb")
@pytest.mark.parametrize("who", ["acl-user", "default-user"])
def test_falkordb_takes_the_urls_password(falkordb_with_password: LockedFalkor, build_dir: Path,  # noqa: F811
                                          who: str) -> None:
    server = falkordb_with_password
    info = f"{server.user}:{server.user_password}" if who == "acl-user" else f":{server.password}"
    graph = f"pushed-{who}"
    done = ug("push", str(build_dir), "--cypher", f"falkordb://{info}@127.0.0.1:{server.port}/{graph}")
    assert done.returncode == 0, done.stderr
    user = server.user if who == "acl-user" else ""
    assert done.stdout.strip().endswith(f"into falkordb://{user}:***@127.0.0.1:{server.port}/{graph}")
    assert server.password not in done.stdout and server.user_password not in done.stdout
    assert node_count(server, graph) == len(to_property_graph(sample_graph()).nodes)


@pytest.mark.needs("falkordb")
def test_falkordb_takes_the_password_from_the_environment(falkordb_with_password: LockedFalkor,  # noqa: F811
                                                          build_dir: Path) -> None:
    server = falkordb_with_password
    done = ug("push", str(build_dir), "--cypher", f"falkordb://127.0.0.1:{server.port}/pushed-env",
              env={"UNIONGRAPH_PUSH_PASSWORD": server.password})
    assert done.returncode == 0, done.stderr
    assert node_count(server, "pushed-env") == len(to_property_graph(sample_graph()).nodes)


@pytest.mark.needs("falkordb")
@pytest.mark.parametrize("info,reason", [(f"alice:{ENCODED}", "invalid username-password pair"),
                                         (f":{ENCODED}", "invalid username-password pair"),
                                         ("", "Authentication required")], ids=["user", "default-user", "none"])
@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["plain", "debug"])
def test_falkordb_refuses_a_wrong_password_in_one_line_that_never_holds_it(
        falkordb_with_password: LockedFalkor, build_dir: Path, info: str, reason: str,  # noqa: F811
        debug: list[str]) -> None:
    at = f"{info}@" if info else ""
    done = ug(*debug, "push", str(build_dir), "--cypher", f"falkordb://{at}127.0.0.1:{falkordb_with_password.port}/g")
    assert done.returncode == 1
    first = done.stderr.splitlines()[0]
    assert first.startswith("uniongraph: UG400: falkordb://") and "push failed" in first and reason in first
    assert len(done.stderr.splitlines()) == 1 or debug
    assert not leaks(done.stdout + done.stderr)


@pytest.mark.needs("falkordb")
def test_rediss_speaks_tls_and_never_sends_the_password_in_clear(build_dir: Path) -> None:
    """A listener that is no server: it records the first bytes of each connection, then hangs up."""
    received: list[bytes] = []
    stop = threading.Event()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.2)  # to look at ``stop`` now and then: the client may retry

        def answer() -> None:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                with conn:
                    conn.settimeout(600)  # a guard against a hang, not a measure
                    received.append(conn.recv(65536))

        thread = threading.Thread(target=answer)
        thread.start()
        try:
            done = ug("push", str(build_dir), "--cypher",
                      f"rediss://:{ENCODED}@127.0.0.1:{listener.getsockname()[1]}/g")
        finally:
            stop.set()
            thread.join()
    assert received and all(r[:1] == b"\x16" for r in received)  # TLS handshakes, not Redis commands
    assert not any(SECRET.encode() in r or b"AUTH" in r for r in received)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1 and "push failed" in done.stderr
    assert not leaks(done.stderr)


# ---------------------------------------------------------------- ports and clear-text logins


@pytest.mark.parametrize("option,url,port", [
    ("--sparql", "http://127.0.0.1:99999/sparql-graph-crud-auth", "'99999'"),
    ("--sparql", "http://127.0.0.1:abc/sparql-graph-crud-auth", "'abc'"),
    ("--sparql", f"http://dba:{ENCODED}@127.0.0.1:0/x", "'0'"),
    ("--sparql", f"https://dba:{ENCODED}@[::1]:65536/x", "'65536'"),
    ("--cypher", "falkordb://127.0.0.1:99999/g", "'99999'"),
    ("--cypher", f"falkordb://alice:{ENCODED}@127.0.0.1:abc/g", "'abc'"),
    ("--cypher", "bolt://127.0.0.1:7687x", "'7687x'"),
    ("--cypher", "redis://127.0.0.1:-1/g", "'-1'"),
])
def test_an_invalid_port_is_one_line_without_a_traceback(build_dir: Path, option: str, url: str, port: str) -> None:
    done = ug("push", str(build_dir), option, url)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"uniongraph: UG400: {redact_text(url)}: invalid port {port} (a number from 1 to 65535)"]
    assert "Traceback" not in done.stderr and not leaks(done.stderr)


def test_an_unencoded_slash_in_a_password_is_refused_unprinted(build_dir: Path) -> None:
    done = ug("push", str(build_dir), "--sparql", f"http://dba:{SECRET}@127.0.0.1:{free_port()}/x")
    assert done.returncode == 1
    assert done.stderr.startswith("uniongraph: UG400: http://dba:***@127.0.0.1:") and "percent-encode" in done.stderr
    assert len(done.stderr.splitlines()) == 1 and not leaks(done.stderr)


WARNING = "sends the password readable by anyone on the network"


@pytest.mark.parametrize("args,warned", [
    (["--sparql", f"http://dba:{ENCODED}@store.invalid/x", "--auth", "basic"], True),
    (["--sparql", "http://store.invalid/x", "--auth", "basic", "--user", "dba"], True),  # password from the env
    (["--sparql", f"http://dba:{ENCODED}@store.invalid/x"], False),  # digest: a hash crosses, not the password
    (["--sparql", f"https://dba:{ENCODED}@store.invalid/x", "--auth", "basic"], False),
    (["--sparql", "http://dba@store.invalid/x", "--auth", "basic"], False),  # no password at all
    (["--sparql", f"http://dba:{ENCODED}@127.0.0.1:{free_port()}/x", "--auth", "basic"], False),  # loopback
    (["--sparql", f"http://dba:{ENCODED}@localhost:{free_port()}/x", "--auth", "basic"], False),
], ids=["basic-http", "basic-http-env", "digest", "https", "no-password", "loopback", "localhost"])
def test_basic_auth_over_plain_http_to_another_host_is_warned(build_dir: Path, args: list[str], warned: bool) -> None:
    done = ug("push", str(build_dir), *args, env={"UNIONGRAPH_PUSH_PASSWORD": SECRET} if "--user" in args else {})
    assert done.returncode == 1  # store.invalid never resolves; nothing listens on the free port
    lines = done.stderr.splitlines()
    assert lines[-1].startswith("uniongraph: UG400: ") and "cannot reach the store" in lines[-1]
    if warned:
        assert lines[0] == ("uniongraph: warning: basic auth over http:// " + WARNING
                            + " between here and store.invalid; use https:// or --auth digest")
    assert len(lines) == (2 if warned else 1)
    assert not leaks(done.stderr)


@pytest.mark.needs("falkordb")
def test_a_falkordb_password_without_tls_to_another_host_is_warned(build_dir: Path) -> None:
    done = ug("push", str(build_dir), "--cypher", f"falkordb://:{ENCODED}@db.invalid/g")
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0].startswith("uniongraph: warning: falkordb:// without TLS " + WARNING)
    assert len(lines) == 2 and lines[1].startswith("uniongraph: UG400: falkordb://:***@db.invalid/g: push failed")
    assert not leaks(done.stderr)


# ---------------------------------------------------------------- masking, in process


@pytest.mark.parametrize("text,expected", [
    ("http://admin:pw@host/x", "http://admin:***@host/x"),
    ("falkordb://:pw@127.0.0.1:6379/g", "falkordb://:***@127.0.0.1:6379/g"),
    ("see 'bolt://neo4j:p@ss:w0rd@h:7687'.", "see 'bolt://neo4j:***@h:7687'."),
    ("http://u:pa/ss@host/x and https://v:q@h2", "http://u:***@host/x and https://v:***@h2"),
    ("http://admin@host/x", "http://admin@host/x"),
    ("http://host:8890/sparql?graph=g&password=pw&x=1", "http://host:8890/sparql?graph=g&password=***&x=1"),
    ("no url: user:pw@host", "no url: user:pw@host"),
])
def test_redact_text(text: str, expected: str) -> None:
    assert redact_text(text) == expected


def test_errors_mask_urls_whoever_wrote_them() -> None:
    assert str(OutputError("http://dba:hunter22@h/x: failed")) == "UG400: http://dba:***@h/x: failed"
    target = parse_target(f"http://dba:{ENCODED}@h:8890/x")
    assert (target.url, target.user, target.password) == ("http://h:8890/x", "dba", SECRET)
    assert SECRET not in repr(target) and target.shown == "http://dba:***@h:8890/x"
    assert SECRET not in repr(Store(f"http://dba:{ENCODED}@h:8890/x"))
