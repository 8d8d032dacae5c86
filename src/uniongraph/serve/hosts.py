"""Answer only requests addressed to this server by name: the ``Host`` check (DNS rebinding).

A web page can point a name it controls at 127.0.0.1 and then read a local server's answers as
its own origin; the browser still sends that name in ``Host``. So every request whose ``Host`` is
not one of the server's own names (with its port) is answered ``421 Misdirected Request`` before
it reaches a route.

The names: ``127.0.0.1``, ``localhost`` and ``[::1]``; the address given with ``--host``; any IP
address when that is a wildcard (``0.0.0.0``, ``::``), since a rebinding page can only send a
name; and the names given with ``--allow-host`` (on any port, for a reverse proxy).

>>> check = HostCheck(None, bound="127.0.0.1", port=8000)
>>> check.allows("localhost:8000"), check.allows("127.0.0.1:8000"), check.allows("[::1]:8000")
(True, True, True)
>>> check.allows("evil.example:8000"), check.allows("localhost:9999"), check.allows(None)
(False, False, False)
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

__all__ = ["HostCheck", "LOOPBACK_NAMES"]

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
_WILDCARDS = ("0.0.0.0", "::", "")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def _split(host: str) -> tuple[str, int | None]:
    """``name:port`` -> (name, port); an IPv6 address keeps its brackets; ``None`` if no port."""
    host = host.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        name, rest = host[: end + 1], host[end + 1:]
        port = rest[1:] if rest.startswith(":") else None
    elif host.count(":") == 1:
        name, port = host.split(":")
    else:
        name, port = host, None
    if port is None:
        return name, None
    return name, int(port) if port.isdigit() else -1


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


class HostCheck:
    """ASGI middleware: pass a request on only if its ``Host`` names this server."""

    def __init__(self, app: Any, *, bound: str, port: int, allow: Iterable[str] = ()) -> None:
        self.app = app
        self.port = port
        bound = bound.lower()
        self.any_ip = bound in _WILDCARDS
        own = {f"[{bound}]" if ":" in bound else bound} if not self.any_ip else set()
        self.names = set(LOOPBACK_NAMES) | own
        self.anywhere = {_split(a)[0] for a in allow}
        self.shown = ", ".join(f"{n}:{port}" for n in sorted(self.names))

    def allows(self, host: str | None) -> bool:
        if not host:
            return False
        name, port = _split(host)
        if name in self.anywhere:
            return True
        if port != self.port and not (port is None and self.port == 80):
            return False
        return name in self.names or (self.any_ip and _is_ip(name))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            raw = [v for k, v in scope.get("headers", []) if k == b"host"]
            host = raw[0].decode("latin-1") if len(raw) == 1 else None
            if not self.allows(host) and scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            if not self.allows(host):
                shown = (host or "(none)")[:100].encode("unicode_escape").decode("ascii")
                body = (f"unknown Host {shown}: this server answers as {self.shown}"
                        " (or a name given with --allow-host)\n").encode()
                await send({"type": "http.response.start", "status": 421,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
