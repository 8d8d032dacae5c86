"""A running ``uniongraph serve`` on a free loopback port, for the endpoint tests."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def dies_with_this_process() -> None:
    """For ``Popen(preexec_fn=...)``: the child is sent SIGTERM when the process that started it
    ends, so a test run that is killed (a timeout, Ctrl-C twice) leaves no server behind; its
    fixtures' own clean-up does not run then. Linux only (``prctl``); elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # 1: PR_SET_PDEATHSIG


#: where :func:`free_port` looks: below Linux's default range for outgoing connections'
#: local ports (32768-60999), so no client connection is using the port it picks either
PORTS = range(20000, 32768)
_given: set[int] = set()  # ports this process handed out: a server may not have bound them yet
_draw = random.Random()  # its own: a test that seeds the module's generator changes nothing here


def free_port() -> int:
    """A TCP port nothing listens on now, on 127.0.0.1.

    Under pytest-xdist (``-n N``, as scripts/test.sh runs the suite) each worker draws from its own
    slice of :data:`PORTS`, so two workers never pick the same port in the moment between the pick
    and their server's bind; within a process no port is handed out twice.
    """
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    mine = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0) % workers
    share = len(PORTS) // workers
    slice_ = range(PORTS.start + mine * share, PORTS.start + (mine + 1) * share)
    for _ in range(1000):
        port = _draw.choice(slice_)
        if port in _given:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:  # taken
                continue
        _given.add(port)
        return port
    raise RuntimeError(f"no free port in {slice_} (test worker {mine} of {workers}) in 1000 tries")


@contextlib.contextmanager
def running_server(target: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start ``uniongraph serve TARGET`` with ``options``, wait until it answers, yield its base
    URL and process, and stop it (and its query worker) by the process group afterwards."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uniongraph.cli", "serve", str(target), "--port", str(port),
                             *options],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
                            preexec_fn=dies_with_this_process)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail("server stopped: " + proc.stdout.read().decode("utf-8", "replace"))  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=5):
                    break
            except urllib.error.HTTPError:
                break  # an answer, even an error status, means the server is up: with a tight
                # --time-limit even ASK {} can be cut off (a 503) on a loaded machine
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("server did not start in 120 s")
                time.sleep(0.3)
        yield base, proc
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
