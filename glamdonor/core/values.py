"""Marked values: text from a trusted source (the mapping's author), or a value that failed.

A catalog cell is plain ``str``: always escaped on the page, and never a template name unless
glamdonor knows it as a license. ``Trusted`` text was written by the mapping's author (a
constant, a lookup table's value); ``Wikitext`` is trusted text that is written unescaped (a
lookup table marked wikitext, a date in Commons form, a field marked raw). An ``Unreadable``
value is kept as text and carries the problem found with it. Any ``str`` operation on them
gives back a plain ``str``: what a later transform touches is distrusted again.
"""

from __future__ import annotations


class Trusted(str):
    __slots__ = ()


class Wikitext(Trusted):
    __slots__ = ()


class Unreadable(str):
    """A value a transform could not make sense of, with the problem's code and values
    (core/problems.py): the plan adds the problem to the value's row and column."""

    __slots__ = ("code", "values")

    def __new__(cls, text: str, code: str, /, **values: object) -> Unreadable:
        instance = super().__new__(cls, text)
        instance.code, instance.values = code, values
        return instance
