"""Loading pywikibot so that it writes nothing outside glamdonor's own folder and never asks.

pywikibot reads PYWIKIBOT_DIR once, at import, and otherwise puts its cookie file (a
credential), throttle file and caches in the current folder; it also prompts on the console
for a password when a session expires. Import it only through ``load()``.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import logging.handlers
import os
import random
import threading
from collections.abc import Callable, Iterator
from types import ModuleType

import requests
import requests.adapters

from glamdonor.core.agent import CONTACT_VARIABLE, user_agent
from glamdonor.core.errors import WikiError
from glamdonor.core.places import config_dir, log_dir
from glamdonor.core.secrets import BlotFilter
from glamdonor.core.words import N_

LOG_FILE = "wiki.log"


def agent_format() -> str:
    """pywikibot's User-Agent (core/agent.py): the contact given, else the user page of the
    site's own account, which pywikibot fills in ({username}) request by request."""
    given = os.environ.get(CONTACT_VARIABLE, "").strip().replace("{", "").replace("}", "")
    return user_agent("{pwb}", given or "User:{username}")


_module: ModuleType | None = None
_handler: logging.Handler | None = None


def load() -> ModuleType:
    global _module
    if _module is not None:
        return _module
    folder = config_dir() / "pywikibot"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    (folder / "user-config.py").touch(mode=0o600)
    os.environ["PYWIKIBOT_DIR"] = str(folder)
    import pywikibot
    from pywikibot import bot, config
    from pywikibot.userinterfaces import buffer_interface

    class _NoQuestionsUI(buffer_interface.UI):
        """Shows nothing and answers no question: glamdonor runs headless or in a GUI."""

        def init_handlers(self, root_logger: logging.Logger, *args: object, **kw: object) -> None:
            # pywikibot clears its logger's handlers, then asks the interface for its own.
            _log_to_file(root_logger)

        def output(self, text: object, *args: object, **kwargs: object) -> None:
            pass

        def input(self, question: str, *args: object, **kwargs: object) -> str:
            raise WikiError(
                N_("the wiki asked to log in again and glamdonor has no password to give."),
                N_("Check the account's BotPassword and start the upload again."),
            )

    bot.ui = _NoQuestionsUI()
    config.user_agent_format = agent_format()
    config.log = []
    config.max_retries = 6  # against passing faults; an unreachable wiki is told at connect
    config.retry_max = 60
    _spread_retries()
    _waits_that_listen()
    _cookie_file_per_wiki()
    _log_to_file(logging.getLogger("pywiki"))
    _module = pywikibot
    return pywikibot


def for_the_user_alone() -> None:
    """pywikibot's files (the cookie jar, the throttle file, the API cache) readable and
    writable by the user alone, like the folder that holds them."""
    folder = config_dir() / "pywikibot"
    for path in folder.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)


def _log_to_file(logger: logging.Logger) -> None:
    """pywikibot's warnings and errors go to a file of ours, never to the user's terminal.

    It logs requests and their failures (addresses and error texts, no passwords), which
    tells what went wrong when a user sends it with a report.
    """
    global _handler
    if _handler is None:
        _handler = logging.handlers.RotatingFileHandler(
            log_dir() / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        _handler.setLevel(logging.WARNING)
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _handler.addFilter(BlotFilter())
    logger.propagate = False
    if _handler not in logger.handlers:
        logger.addHandler(_handler)


_logging_in_to = ""  # the wiki being logged in to (its API address), for its cookie file


def _suffixed(user: str) -> str:
    if not (user and _logging_in_to):
        return user
    return f"{user}-{hashlib.sha1(_logging_in_to.encode()).hexdigest()[:12]}"


@contextlib.contextmanager
def logging_in(api_url: str, account: str) -> Iterator[None]:
    """While pywikibot logs in to this wiki, the cookie file it reads and writes is this wiki's
    and account's (``_cookie_file_per_wiki``)."""
    global _logging_in_to
    from pywikibot import config
    from pywikibot.comms import http

    before, _logging_in_to = _logging_in_to, api_url
    http.cookie_jar.filename = config.datafilepath(f"pywikibot-{_suffixed(account)}.lwp")
    try:
        yield
    finally:
        _logging_in_to = before


def _cookie_file_per_wiki() -> None:
    """pywikibot keeps one cookie file per account name, ``pywikibot-NAME.lwp``, whatever the
    wiki: two wikis with an account of the same name (two sandboxes, or a sandbox and a wiki
    behind a proxy on one computer) would share, and overwrite, one file. Here each wiki and
    account has its own, ``pywikibot-NAME-WIKI.lwp``, read and written while logging in to it.
    (In one process pywikibot keeps all its cookies in one jar; the file is what other
    processes find.)"""
    from pywikibot.comms import http

    load = http.PywikibotCookieJar.load
    if getattr(load, "glamdonor", False):
        return

    def per_wiki(self: object, user: str = "", *args: object, **kwargs: object) -> None:
        load(self, _suffixed(user), *args, **kwargs)

    per_wiki.glamdonor = True  # type: ignore[attr-defined]
    http.PywikibotCookieJar.load = per_wiki


def jittered(delay: float) -> float:
    """A wait of ``delay`` spread to between itself and half as much again, so that clients
    failing together (a wiki restarting under many uploads) do not come back together."""
    return delay * random.uniform(1.0, 1.5)


# Set when the person asks to stop (the first Ctrl-C, Cancel): a wait before a retry ends at
# once, with KeyboardInterrupt, and a file sent in chunks stops after the chunk under way
# (wiki/uploads.py); what was under way is settled or gone on with next time.
STOP = threading.Event()
# Told of each wait of some length before pywikibot tries a request again (the seconds).
waiting: Callable[[float], None] | None = None
# Told when a wiki that went away answers at another address (the new api.php address).
moved: Callable[[str], None] | None = None


def follow(api_url: str, where_now: Callable[[], str | None]) -> None:
    """pywikibot's requests to ``api_url``'s server go where ``where_now`` says the wiki
    answers, asked again when a connection fails: the sandbox started again on another port
    while an upload waited for it. (pywikibot keeps the address it was given for good.)"""
    from pywikibot.comms import http

    base = api_url.rsplit("/", 1)[0] + "/"
    http.session.mount(base, _Following(base, where_now))


class _Following(requests.adapters.HTTPAdapter):
    """Sends what was meant for ``base`` to where the wiki answers now."""

    def __init__(self, base: str, where_now: Callable[[], str | None]) -> None:
        super().__init__()
        self.base, self.now, self.where_now = base, base, where_now

    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        path = (request.url or "")[len(self.base) :]
        request.url = self.now + path
        try:
            return super().send(request, **kwargs)
        except (requests.ConnectionError, requests.Timeout):
            found = self.where_now()
            now = found.rsplit("/", 1)[0] + "/" if found else self.now
            if now == self.now:
                raise  # still away: pywikibot waits, then asks again
            self.now = now
            if moved is not None:
                moved(found)
            request.url = now + path
            return super().send(request, **kwargs)


def _waits_that_listen() -> None:
    """pywikibot sleeps before each retry of a failed request (a wiki down: minutes on end);
    these sleeps are said (``waiting``) and end as soon as ``STOP`` is set."""
    import pywikibot

    if getattr(pywikibot.sleep, "glamdonor", False):
        return

    def sleep(seconds: float) -> None:
        if waiting is not None and seconds >= 3:
            waiting(seconds)
        if STOP.wait(seconds):
            raise KeyboardInterrupt

    sleep.glamdonor = True  # type: ignore[attr-defined]
    pywikibot.sleep = sleep


def _spread_retries() -> None:
    """pywikibot doubles its wait before each retry of a failed request (5xx, timeouts,
    dropped connections, rate limits), up to ``retry_max``; its waits are spread here.
    (It honours the wiki's Retry-After on maxlag itself.)"""
    from pywikibot.data import WaitingMixin

    doubling = WaitingMixin.wait
    if getattr(doubling, "glamdonor", False):
        return

    def wait(self: WaitingMixin, delay: float | None = None, **kwargs: object) -> None:
        from pywikibot import config

        base = delay or getattr(self, "retry_wait", config.retry_wait)
        doubling(self, jittered(base), **kwargs)

    wait.glamdonor = True  # type: ignore[attr-defined]
    WaitingMixin.wait = wait
