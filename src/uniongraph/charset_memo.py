"""Compiling regular expressions with the same character class once per class, not once per pattern.

The rule modules compile some 650 patterns when they are imported, serially, before any worker
forks; most of them hold a class of CJK characters (``[\\u4e00-\\u9fff]``). For every class,
CPython's ``re`` (``_optimize_charset``, the same code in 3.10 to 3.13) marks each character of
each range in a 65,536-entry table one by one in a Python loop: 21,000 steps for that class, a
third of all compiling, for some 480 distinct classes written 1,300 times. This module
remembers the function's answer per class. The function is pure for a class compiled without
IGNORECASE (its answer depends on the class's items alone), so every pattern compiles to the
same code as before; classes under IGNORECASE are passed through untouched.

>>> install()
>>> import re
>>> re.compile("[\\u4e00-\\u9fff]{2,4}总工会").match("北京市总工会") is not None
True
"""

from __future__ import annotations

import contextlib
from typing import Any

from .re_patching import installed_within

try:
    from re import _compiler as _sre  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre  # type: ignore[no-redef]

#: the classes remembered at most (emptied when full: a process compiling patterns it makes on
#: the fly never holds more)
LIMIT = 4096

_original = _sre._optimize_charset
_memo: dict[tuple[Any, ...], tuple[tuple[Any, ...], bool]] = {}


def _optimize_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
    """``re``'s own, remembered per class when no case folding (``fixup``) takes part."""
    if fixup is not None:
        return _original(charset, iscased, fixup, fixes)
    try:
        key = tuple(charset)
        hit = _memo.get(key)
    except TypeError:  # an item that cannot be hashed: not a class of the parser's making
        return _original(charset, iscased, fixup, fixes)
    if hit is None:
        out, hascased = _original(charset, iscased, fixup, fixes)
        if len(_memo) >= LIMIT:
            _memo.clear()
        hit = _memo[key] = (tuple(out), hascased)
    return list(hit[0]), hit[1]  # a list of its own, as the original gives each caller


def install() -> None:
    """Let ``re`` remember character classes in this process (idempotent)."""
    _sre._optimize_charset = _optimize_charset


def uninstall() -> None:
    """Give ``re`` its own function back."""
    _sre._optimize_charset = _original


def installed() -> contextlib.AbstractContextManager[None]:
    """Remember classes only inside the block (the build's warm-up), then give ``re`` its own
    function back, unless it was installed before the block."""
    return installed_within(lambda: _sre._optimize_charset is _optimize_charset, install, uninstall)
