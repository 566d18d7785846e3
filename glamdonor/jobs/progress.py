"""How far an upload has got: files and bytes sent, the rate, and the time left. Fed with the
upload job's events; told the same way by the command line and the window."""

from __future__ import annotations

import time
from collections.abc import Callable

from glamdonor.jobs.events import BatchStarted, FileSent


class UploadProgress:
    def __init__(self, started: BatchStarted, clock: Callable[[], float] = time.monotonic) -> None:
        self.files, self.bytes = started.files_to_send, started.bytes_to_send
        self.pace = started.pace
        self.sent_files = self.sent_bytes = 0
        self.clock = clock
        self.start = clock()

    def sent(self, event: FileSent) -> None:
        self.sent_files += 1
        self.sent_bytes += event.size

    def line(self) -> str:
        elapsed = max(self.clock() - self.start, 1e-9)
        left = self.seconds_left(elapsed)
        return (
            f"{self.sent_files}/{self.files} files  "
            f"{size(self.sent_bytes)} of {size(self.bytes)}  "
            f"{size(self.sent_bytes / elapsed)}/s  "
            f"{'about ' + duration(left) + ' left' if left is not None else ''}"
        ).rstrip()

    def seconds_left(self, elapsed: float) -> float | None:
        """From the pace so far, by files and by bytes (whichever says longer), and never
        less than the account's rate limit allows."""
        if not self.sent_files:
            return None
        files_left = max(self.files - self.sent_files, 0)
        by_files = elapsed / self.sent_files * files_left
        by_bytes = 0.0
        if self.sent_bytes:
            by_bytes = elapsed / self.sent_bytes * (self.bytes - self.sent_bytes)
        return max(by_files, by_bytes, self.pace * files_left)


def size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1000:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} TB"


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"
