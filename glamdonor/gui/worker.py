"""Jobs in the window: a job generator runs on a worker thread and its events come back to
the window as signals, so that long work never freezes it. The same generators as the CLI's.

Pause holds the job between two of its events (after the row under way); cancel asks it to
stop after the request under way, as Ctrl-C does on the command line."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QThread, Signal

from glamdonor.core.errors import GlamdonorError
from glamdonor.core.places import log_dir
from glamdonor.core.secrets import blotted
from glamdonor.gui.words import error_said

Job = Callable[[threading.Event], Iterator[object]]


class Runner(QObject):
    """Runs one job at a time. ``event`` carries each of its events, ``failed`` a sentence
    for the user (never a traceback), ``done`` comes last in every case."""

    event = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self._going = threading.Event()
        self._going.set()
        self._thread: QThread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, job: Job) -> None:
        if self.busy:
            return
        self.cancel.clear()
        self._going.set()
        self._thread = _Thread(lambda: self._run(job))
        self._thread.finished.connect(self.done)
        self._thread.start()

    def pause(self) -> None:
        self._going.clear()

    def resume(self) -> None:
        self._going.set()

    @property
    def paused(self) -> bool:
        return not self._going.is_set()

    def stop(self) -> None:
        self.cancel.set()
        self._going.set()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread is None or self._thread.wait(milliseconds)

    def _run(self, job: Job) -> None:
        try:
            for event in job(self.cancel):
                self.event.emit(event)
                self._going.wait()
        except GlamdonorError as error:
            self.failed.emit(error_said(error))
        except KeyboardInterrupt:  # stopped while waiting for a wiki that did not answer
            self.failed.emit(
                self.tr(
                    "Stopped while the wiki did not answer: start again to go on; nothing is lost."
                )
            )
        except Exception:
            report = log_dir() / "gui-crash.log"
            report.write_text(blotted(traceback.format_exc()))
            self.failed.emit(
                self.tr(
                    "Something unexpected went wrong; nothing was lost. The details are in "
                    "{0}: please send that file with your report."
                ).format(report)
            )


class _Thread(QThread):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        self.work()
