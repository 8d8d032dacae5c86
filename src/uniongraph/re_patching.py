"""Replacing a function of ``re``'s compiler for the length of a block, shared by
:mod:`.charset_memo` and :mod:`.pattern_cache`: outside extraction ``re`` is as Python ships it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def installed_within(is_installed: Callable[[], bool], install: Callable[[], None],
                     uninstall: Callable[[], None]) -> Iterator[None]:
    """Install for the block, then uninstall, unless it was installed before the block (so that
    nested blocks leave the outer one's patch in place).

    >>> state = []
    >>> with installed_within(lambda: bool(state), lambda: state.append(1), state.clear):
    ...     with installed_within(lambda: bool(state), lambda: state.append(1), state.clear):
    ...         pass
    ...     print(bool(state))
    True
    >>> state
    []
    """
    was = is_installed()
    install()
    try:
        yield
    finally:
        if not was:
            uninstall()
