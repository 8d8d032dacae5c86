"""A push target's URL taken apart: where to connect, the credentials it holds, how to show it.

The user name and password written in a URL (``http://admin:pw@host/…``,
``falkordb://user:pw@host:6379/g``) are taken out of it: clients get the URL without them and
the credentials separately (urllib cannot use user info, the Neo4j driver refuses it), and
messages show :attr:`Target.shown`, with the password masked. A port that is not a number from 1
to 65535 is an :class:`~uniongraph.errors.OutputError` (one line), never a traceback.

>>> t = parse_target("http://admin:s%40cret@127.0.0.1:8890/sparql-graph-crud-auth")
>>> t.url, t.user, t.password
('http://127.0.0.1:8890/sparql-graph-crud-auth', 'admin', 's@cret')
>>> t.shown
'http://admin:***@127.0.0.1:8890/sparql-graph-crud-auth'
>>> cleartext_warning(parse_target("http://db.example.org/store"), "basic", has_password=True) is not None
True
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from dataclasses import dataclass, field

from ..errors import OutputError
from ..redact import redact_url

#: Schemes whose credentials travel encrypted.
TLS_SCHEMES = frozenset({"https", "rediss", "bolt+s", "bolt+ssc", "neo4j+s", "neo4j+ssc"})


@dataclass(frozen=True)
class Target:
    """A parsed push URL: ``url`` has no user info; ``password`` is never in a repr."""

    url: str
    scheme: str
    host: str
    port: int | None
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    @property
    def shown(self) -> str:
        """The URL as messages show it: the user name kept, the password masked."""
        if self.user is None and self.password is None:
            return self.url
        info = urllib.parse.quote(self.user or "", safe="") + (":***" if self.password is not None else "")
        head, sep, rest = self.url.partition("://")
        return f"{head}{sep}{info}@{rest}"

    @property
    def loopback(self) -> bool:
        """Whether the host is this machine (``localhost``, 127.0.0.0/8, ``::1``): no network crossed."""
        host = self.host.lower().rstrip(".")
        if host == "localhost" or host.endswith(".localhost"):
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False


def _raw_password(url: str) -> str | None:
    # The password as a reader of the raw text would see it: from the first ":" after the user
    # name to the LAST "@" anywhere. urlsplit finds none when it holds an unencoded "/", "?" or "#".
    _, sep, rest = url.partition("://")
    info, at, _ = rest.rpartition("@")
    if not sep or not at or ":" not in info:
        return None
    return info.split(":", 1)[1]


def parse_target(url: str, *, what: str = "URL") -> Target:
    """Split ``url`` into a :class:`Target`; a bad port or no ``SCHEME://`` is an OutputError.

    So is a password holding an unencoded ``/``, ``?`` or ``#``: urllib would read its start as
    the host and port, and print it in its messages.
    """
    shown = redact_url(url)
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
    except ValueError as exc:  # an unbalanced "[" of an IPv6 host
        raise OutputError(f"{shown}: invalid host ({exc})") from None
    password = urllib.parse.unquote(parts.password) if parts.password is not None else None
    if not parts.scheme or "://" not in url:
        raise OutputError(f"{shown}: not a {what} (expected SCHEME://HOST[:PORT]/…)")
    if parts.password is None and _raw_password(url) is not None:
        raise OutputError(f"{shown}: an \"@\" after a \"/\", \"?\" or \"#\": percent-encode a password's "
                          "/ ? # @ (%2F %3F %23 %40), and write an @ of the path as %40")
    netloc = parts.netloc.rpartition("@")[2]
    port_text = netloc.rpartition("]")[2].partition(":")[2] if netloc.startswith("[") else netloc.partition(":")[2]
    port: int | None = None
    if port_text:
        if not (port_text.isascii() and port_text.isdigit()) or not 1 <= int(port_text) <= 65535:
            raise OutputError(f"{shown}: invalid port {port_text!r} (a number from 1 to 65535)")
        port = int(port_text)
    user = urllib.parse.unquote(parts.username) if parts.username else None
    clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return Target(clean, parts.scheme.lower(), host, port, user, password)


def cleartext_warning(target: Target, auth: str, *, has_password: bool) -> str | None:
    """A one-line warning when a password would cross the network readable, else ``None``.

    Basic auth over ``http://``, and the FalkorDB/Redis ``AUTH`` or Bolt's login without TLS,
    send the password as it is; digest auth sends a hash only. A loopback host crosses no network.
    """
    if not has_password or target.loopback or target.scheme in TLS_SCHEMES:
        return None
    if target.scheme == "http" and auth == "basic":
        how, fix = "basic auth over http://", "use https:// or --auth digest"
    elif target.scheme in ("falkordb", "redis"):
        how, fix = f"{target.scheme}:// without TLS", "use rediss:// if the server takes TLS"
    elif target.scheme in ("bolt", "neo4j"):
        how, fix = f"{target.scheme}:// without TLS", f"use {target.scheme}+s:// if the server takes TLS"
    else:
        return None
    return (f"warning: {how} sends the password readable by anyone on the network between here and "
            f"{target.host}; {fix}")
