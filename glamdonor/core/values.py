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
    __slots__ = ("code", "hint", "message")

    def __new__(cls, value: str, code: str, message: str, hint: str) -> Unreadable:
        instance = super().__new__(cls, value)
        instance.code, instance.message, instance.hint = code, message, hint
        return instance
