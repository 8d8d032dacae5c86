"""What a relation pattern needs of a sentence before it can state anything there.

Every pattern is asked about every sentence, and most sentences hold nothing it could read: no
event, no person, not the verb it is about. A pattern says what it needs next to its code, and
:func:`~uniongraph.extraction.relations.pattern_relations` does not run it where that is missing::

    @needs("Person", words=_ELECTS_BEFORE)          # a person and an election verb
    def elected_to_a_body(c): ...

    @needs(event=True)                               # an event to be held somewhere
    def held_at(c): ...

- ``kinds``: kinds of mention the sentence must hold, all of them (:attr:`.Context.kinds`: the
  entity types, and ``"org"`` for any organisation);
- ``words``: a pattern the sentence must match (a compiled pattern, a word, or a tuple of words);
  use the pattern the rule itself looks for, or one every match of it contains;
- ``event``: the article must name an event somewhere (``Event`` among its mentions): every event
  a pattern relates is a mention of the article (named in the sentence, the article's main event,
  one referred back to), so a pattern whose every fact has an event at one end needs it. Given
  name endings instead of True (``event=("赛", "运动会")``), an event whose name ends in one of them:
  a pattern that reads only the report's event of a kind (a contest's entrants, a class's
  trainees) is asked of no sentence of a report of another kind.

A prerequisite must follow from the pattern's own code (every fact it yields has it), never be a
guess that it rarely fires without: skipping a sentence must change no output. Undeclared, a
pattern runs on every sentence.

>>> @needs("Person", words=("代表", "委员"))
... def speaks(c): return []
>>> speaks.needs.kinds, speaks.needs.words.pattern, speaks.needs.event
(frozenset({'Person'}), '代表|委员', False)
>>> needs("person")(speaks)
Traceback (most recent call last):
ValueError: needs: unknown kind 'person' (entity types and 'org')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

R = TypeVar("R", bound=Callable)


@dataclass(frozen=True)
class Needs:
    """A pattern's prerequisites (see the module's docstring)."""

    kinds: frozenset[str] = frozenset()
    words: re.Pattern[str] | None = None
    event: bool = False
    #: the words ``words`` matches, when it was declared as words (looked for with ``in``: a
    #: string search is many times faster than the pattern's scan)
    literals: tuple[str, ...] | None = None
    #: the endings of which a name of the article's events must end in one (``event`` given as
    #: endings), or None
    event_kinds: tuple[str, ...] | None = None


#: an undeclared pattern's: nothing, it runs on every sentence
NOTHING = Needs()


def needs(*kinds: str, words: re.Pattern[str] | str | tuple[str, ...] | None = None,
          event: bool | str | tuple[str, ...] = False) -> Callable[[R], R]:
    """Decorator: declare what the pattern needs of a sentence (see the module's docstring)."""
    from ...schema import ENTITY_TYPE_NAMES

    unknown = [k for k in kinds if k != "org" and k not in ENTITY_TYPE_NAMES]
    if unknown:  # (a misspelt kind would silence the pattern everywhere)
        raise ValueError(f"needs: unknown kind {unknown[0]!r} (entity types and 'org')")
    if isinstance(words, str):
        words = (words,)
    literals = None
    if isinstance(words, tuple):
        literals = words
        words = re.compile("|".join(map(re.escape, words)))
    event_kinds = (event,) if isinstance(event, str) else event if isinstance(event, tuple) else None
    need = Needs(frozenset(kinds), words, bool(event), literals, event_kinds)

    def declare(rule: R) -> R:
        rule.needs = need  # type: ignore[attr-defined]
        return rule
    return declare


def needs_of(rule: Callable) -> Needs:
    """What ``rule`` declared with :func:`needs` (:data:`NOTHING` when undeclared)."""
    return getattr(rule, "needs", NOTHING)


__all__ = ["NOTHING", "Needs", "needs", "needs_of"]
