"""Marked values: text from a trusted source (the mapping's author), or a value that failed.

A catalog cell is plain ``str`` and always escaped on the page. A ``Wikitext`` value came from
the mapping (a lookup table, a date in Commons form) and is written as it is. An ``Unreadable``
value is kept as text and carries the problem found with it. Any ``str`` operation on them gives
back a plain ``str``: what a later transform touches is escaped again, which is the safe side.
"""

from __future__ import annotations


class Wikitext(str):
    __slots__ = ()


class Unreadable(str):
    __slots__ = ("code", "hint", "message")

    def __new__(cls, value: str, code: str, message: str, hint: str) -> Unreadable:
        instance = super().__new__(cls, value)
        instance.code, instance.message, instance.hint = code, message, hint
        return instance
