"""Calendar months, the unit of every figure over time."""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def parse(cls, text: str) -> Month:
        """ "2026-11" → Month(2026, 11); ValueError otherwise."""
        year, month = text.split("-")[:2]
        found = cls(int(year), int(month))
        if not 1 <= found.month <= 12:
            raise ValueError(text)
        return found

    @classmethod
    def of_timestamp(cls, stamp: str) -> Month:
        """From the REST API's "2026110100" (or "20261101") and ISO "2026-11-01T..."."""
        digits = stamp.replace("-", "")[:6]
        return cls(int(digits[:4]), int(digits[4:6]))

    @classmethod
    def of(cls, day: datetime.date) -> Month:
        return cls(day.year, day.month)

    def first_day(self) -> str:
        return f"{self.year:04d}{self.month:02d}01"

    def last_day(self) -> str:
        days = calendar.monthrange(self.year, self.month)[1]
        return f"{self.year:04d}{self.month:02d}{days:02d}"

    def plus(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def until(self, last: Month) -> Iterator[Month]:
        """This month, and every month after it up to ``last``."""
        month = self
        while month <= last:
            yield month
            month = month.plus(1)


def last_complete(today: datetime.date) -> Month:
    """The latest month that has ended: its figures no longer change."""
    return Month.of(today).plus(-1)
