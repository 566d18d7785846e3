"""The upload's progress line: files, bytes, rate, time left; redrawn on a terminal, a line
now and then in a log."""

from __future__ import annotations

import io

from glamdonor.cli.progress import Progress
from glamdonor.jobs.events import BatchStarted, FileSent


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def started(files: int, size: int, pace: float = 0.0) -> BatchStarted:
    return BatchStarted(files, "http://x/api.php", "A", files, files * size, pace)


def test_on_a_terminal_the_line_is_redrawn_with_rate_and_time_left():
    clock, out = Clock(), Terminal()
    progress = Progress(started(4, 2_000_000), out, clock)
    clock.now += 10
    progress.sent(FileSent(2, "a", 2_000_000))
    clock.now += 10
    progress.sent(FileSent(3, "b", 2_000_000))
    assert out.getvalue().count("\r\033[K") == 2
    assert progress.line() == "2/4 files  4.0 MB of 8.0 MB  200.0 KB/s  about 20 s left"
    progress.say("row 3: uploaded: http://x")
    progress.clear()
    assert out.getvalue().endswith("\r\033[K")


def test_time_left_says_the_longer_of_files_and_bytes_and_keeps_to_the_pace():
    clock = Clock()
    progress = Progress(BatchStarted(3, "u", "A", 3, 1_000_000 + 2 * 10_000), io.StringIO(), clock)
    clock.now += 10
    progress.sent(FileSent(2, "small", 10_000))
    # one file in three went in 10 s, but only 1% of the bytes: the bytes say longer
    assert progress.seconds_left(10) == 10 / 10_000 * 1_010_000
    paced = Progress(started(10, 1000, pace=60.0), io.StringIO(), clock)
    clock.now += 1
    paced.sent(FileSent(2, "a", 1000))
    assert paced.seconds_left(1) == 9 * 60.0  # the wiki's rate limit sets the pace
    assert "about 9 min left" in paced.line()


def test_in_a_log_a_line_every_half_minute_and_at_the_end():
    clock, out = Clock(), io.StringIO()
    progress = Progress(started(5, 1000), out, clock)
    for n in range(5):
        clock.now += 12
        progress.sent(FileSent(n, str(n), 1000))
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines] == ["3/5", "5/5"]
    assert "\r" not in out.getvalue()
