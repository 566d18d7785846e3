"""The progress of an upload on the terminal: files, bytes, rate and time left, on one line
redrawn in place; without a terminal (a log file, a scheduler), a line now and then."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from glamdonor.jobs.events import BatchStarted, FileSent

EVERY = 30.0  # seconds between two progress lines when the output is not a terminal


class Progress:
    def __init__(
        self,
        started: BatchStarted,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.files, self.bytes = started.files_to_send, started.bytes_to_send
        self.pace = started.pace
        self.sent_files = self.sent_bytes = 0
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.clock = clock
        self.start = clock()
        self._last_line = self.start
        self._drawn = False

    def sent(self, event: FileSent) -> None:
        self.sent_files += 1
        self.sent_bytes += event.size
        now = self.clock()
        if self.live:
            self._draw()
        elif now - self._last_line >= EVERY or self.sent_files == self.files:
            self._last_line = now
            print(self.line(), file=self.stream, flush=True)

    def say(self, text: str) -> None:
        """A line about a row, printed above the progress line."""
        self.clear()
        print(text, flush=True)
        if self.live and self.sent_files:
            self._draw()

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False

    def _draw(self) -> None:
        self.stream.write("\r\033[K" + self.line())
        self.stream.flush()
        self._drawn = True

    def line(self) -> str:
        elapsed = max(self.clock() - self.start, 1e-9)
        rate = self.sent_bytes / elapsed
        left = self.seconds_left(elapsed)
        return (
            f"{self.sent_files}/{self.files} files  "
            f"{_size(self.sent_bytes)} of {_size(self.bytes)}  "
            f"{_size(rate)}/s  "
            f"{'about ' + _duration(left) + ' left' if left is not None else ''}"
        ).rstrip()

    def seconds_left(self, elapsed: float) -> float | None:
        """From the pace so far, by files and by bytes (whichever says longer), and never
        less than the account's rate limit allows."""
        if not self.sent_files:
            return None
        files_left = max(self.files - self.sent_files, 0)
        by_files = elapsed / self.sent_files * files_left
        by_bytes = (
            elapsed / self.sent_bytes * (self.bytes - self.sent_bytes) if self.sent_bytes else 0
        )
        return max(by_files, by_bytes, self.pace * files_left)


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1000:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} TB"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"
