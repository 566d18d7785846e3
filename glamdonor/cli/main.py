"""``glamdonor``: the command line. Each command is a thin loop over a job or a wiki call.

Exit codes: 0 done; 1 the batch ran but some rows failed; 2 the command could not run (a
problem in the input files, the wiki or the sandbox, said in one sentence); 70 an unexpected
error (details saved to a log file); 130 stopped with Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import sys
import traceback
from collections.abc import Iterator, Sequence

from glamdonor import __version__
from glamdonor.cli.exits import EXIT_BUG, EXIT_ERROR, EXIT_STOPPED
from glamdonor.core.errors import GlamdonorError
from glamdonor.core.places import log_dir
from glamdonor.core.secrets import blotted
from glamdonor.core.words import CONTROLS, visible

__all__ = ["EXIT_BUG", "EXIT_ERROR", "EXIT_STOPPED", "main"]


def build_parser() -> argparse.ArgumentParser:
    from glamdonor.cli import (  # each command's module, with what it needs to run
        catalog_cmd,
        check_cmd,
        init_cmd,
        login_cmd,
        mapping_cmd,
        metrics_cmd,
        preview_cmd,
        reconcile_cmd,
        sandbox_cmd,
        status_cmd,
        update_cmd,
        upload_cmd,
    )

    parser = argparse.ArgumentParser(
        prog="glamdonor",
        description="Donate a museum's media to Wikimedia Commons.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"glamdonor {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands_in_order = (
        catalog_cmd, mapping_cmd, reconcile_cmd, init_cmd, preview_cmd, check_cmd, upload_cmd,
        update_cmd,
    )  # fmt: skip
    for command in (*commands_in_order, status_cmd, metrics_cmd, login_cmd, sandbox_cmd):
        command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    if given == ["--version"]:  # said at once: it needs none of what the commands load
        print(f"glamdonor {__version__}")
        return 0
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        with _shown_not_obeyed():
            return arguments.run(arguments)
    except GlamdonorError as error:
        print(f"glamdonor: {error.message}", file=sys.stderr)
        if error.hint:
            print(f"  {error.hint}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("\nglamdonor: stopped.", file=sys.stderr)
        return EXIT_STOPPED
    except BrokenPipeError:  # read by a program that stopped reading (| head): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that Python's own flush at exit is quiet
        return 0
    except Exception:
        report = log_dir() / f"crash-{datetime.datetime.now():%Y%m%d-%H%M%S-%f}-{os.getpid()}.log"
        report.write_text(blotted(traceback.format_exc()))  # a name of its own: none overwritten
        print(
            "glamdonor: something unexpected went wrong; nothing was lost.\n"
            f"  The details are in {report}: please send that file with your report.",
            file=sys.stderr,
        )
        return EXIT_BUG


class _Visible:
    """A text stream that writes control characters visibly (\\x1b), so that a catalog's
    cell or a file's name can neither garble nor command the terminal."""

    def __init__(self, stream: object) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if not CONTROLS.search(text):
            return self._stream.write(text)
        erase = "\x1b[K"  # the progress line's own: it clears the line before it is redrawn
        return self._stream.write(erase.join(visible(part) for part in text.split(erase)))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _shown_not_obeyed() -> Iterator[None]:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Visible(out), _Visible(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


if __name__ == "__main__":
    sys.exit(main())
