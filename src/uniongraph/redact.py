"""Keeping passwords out of messages: URLs are shown as ``http://admin:***@host/…``.

Every error line goes through :func:`redact_text` (:class:`uniongraph.errors.UniongraphError`
and the command line's error printer, ``--debug`` tracebacks included), so a password written in
a URL is never printed, whichever library wrote the message. A password from elsewhere
(``--password``, the environment, a prompt) is never put into a message in the first place.

>>> redact_url("http://admin:s3cret@127.0.0.1:8890/sparql-graph-crud-auth")
'http://admin:***@127.0.0.1:8890/sparql-graph-crud-auth'
>>> redact_text("cannot reach falkordb://:pw@db.example:6379/news (timed out)")
'cannot reach falkordb://:***@db.example:6379/news (timed out)'
"""

from __future__ import annotations

import re

MASK = "***"

# scheme://USER:PASSWORD@ — the password runs to the last "@" of the word, so a password holding
# an unencoded "@", "/", "?" or "#" (which urllib would split elsewhere) is hidden whole; a URL
# with an "@" later in its path loses a little more than its password, never less.
_USERINFO = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#@:]*):\S*@")
# ?password=… &token=… in a query string (some stores take credentials that way)
_QUERY_SECRET = re.compile(r"(?P<head>[?&;](?:password|passwd|pwd|pass|token|secret|api[_-]?key|access[_-]?token)=)"
                           r"[^&#\s]*", re.IGNORECASE)

def redact_url(url: str) -> str:
    """``url`` with the password of its user info (and ``password=``-like parameters) masked.

    >>> redact_url("bolt://neo4j@127.0.0.1:7687")
    'bolt://neo4j@127.0.0.1:7687'
    """
    return redact_text(url)


def redact_text(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    text = _USERINFO.sub(lambda m: f"{m['head']}:{MASK}@", text)
    return _QUERY_SECRET.sub(lambda m: f"{m['head']}{MASK}", text)
