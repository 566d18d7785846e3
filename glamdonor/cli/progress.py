"""The progress of an upload on the terminal (``jobs.progress``): one line redrawn in place;
without a terminal (a log file, a scheduler), a line now and then."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from glamdonor.jobs.events import BatchStarted, FileSent
from glamdonor.jobs.progress import UploadProgress

EVERY = 30.0  # seconds between two progress lines when the output is not a terminal


class Progress(UploadProgress):
    def __init__(
        self,
        started: BatchStarted,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(started, clock)
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self._last_line = self.start
        self._drawn = False

    def sent(self, event: FileSent) -> None:
        super().sent(event)
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
