"""The one HTTP client of the metrics sources: a descriptive User-Agent, ``maxlag`` on the
wiki's API, waits on 429 and 5xx (the server's Retry-After when it gives one, else doubling,
spread at random), a 404 from the REST API read as "no data", and every request counted."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable

import requests

from glamdonor.core.agent import HOME, contact, user_agent
from glamdonor.core.errors import MetricsError
from glamdonor.core.words import N_

TIMEOUT = 60  # seconds for one reply
ATTEMPTS = 6
MAXLAG = 5  # seconds of database lag above which the wiki asks us to wait


class Http:
    def __init__(
        self,
        *,
        attempts: int = ATTEMPTS,
        first_wait: float = 1.0,
        longest_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        account: str = "",
    ) -> None:
        """``account`` is the user name of whoever runs glamdonor on the wiki, for the
        User-Agent's contact when GLAMDONOR_CONTACT gives none (core/agent.py); without
        either, the tool's own issue tracker is the contact."""
        who = contact(account) or f"{HOME}/issues"
        self.user_agent = user_agent(f"requests/{requests.__version__}", who)
        self.attempts, self.first_wait, self.longest_wait = attempts, first_wait, longest_wait
        self.sleep = sleep
        self.counts: Counter[str] = Counter()  # requests made, by source: "api", "rest"
        self._lock = threading.Lock()
        self._local = threading.local()

    @property
    def _session(self) -> requests.Session:
        if not hasattr(self._local, "session"):  # one per thread: the REST API is asked by a few
            self._local.session = requests.Session()
            self._local.session.headers["User-Agent"] = self.user_agent
        return self._local.session

    def api(self, url: str, **parameters: str | int) -> dict:
        """One request to a wiki's action API (GET, JSON, formatversion 2, maxlag)."""
        asked = {"format": "json", "formatversion": "2", "maxlag": MAXLAG, **parameters}
        for attempt in range(self.attempts):
            reply = self._get(url, asked, "api", attempt)
            if reply is None:
                continue
            try:
                data = reply.json()
            except ValueError:
                raise MetricsError(
                    N_("{url} did not answer as a wiki's API does."),
                    N_("Check the address: it ends in api.php."),
                    url=url,
                ) from None
            error = data.get("error", {})
            if error.get("code") == "maxlag":
                self._wait(attempt, reply)
                continue
            if error:
                raise MetricsError(
                    N_("the wiki at {url} refused a question: {info}"),
                    N_("Try again later; if it persists, report it with the command you ran."),
                    url=url,
                    info=error.get("info", error),
                )
            return data
        raise self._gave_up(url)

    def rest(self, url: str) -> dict | None:
        """One request to a REST endpoint; None when it has no data (404)."""
        for attempt in range(self.attempts):
            reply = self._get(url, None, "rest", attempt)
            if reply is None:
                continue
            if reply.status_code == 404:
                return None  # an unknown page, a month without data: nothing, not an error
            try:
                return reply.json()
            except ValueError:
                raise MetricsError(
                    N_("{url} did not answer in JSON."),
                    N_("Check the REST API's address."),
                    url=url,
                ) from None
        raise self._gave_up(url)

    def _get(
        self, url: str, parameters: dict | None, source: str, attempt: int
    ) -> requests.Response | None:
        """The reply, or None after waiting when it says to try again (429, 5xx, no reply)."""
        with self._lock:
            self.counts[source] += 1
        try:
            reply = self._session.get(url, params=parameters, timeout=TIMEOUT)
        except requests.RequestException:
            self._wait(attempt, None)
            return None
        if reply.status_code == 429 or reply.status_code >= 500:
            self._wait(attempt, reply)
            return None
        if reply.status_code >= 400 and reply.status_code != 404:
            raise MetricsError(
                N_("{url} answered {status_code} {reason}."),
                N_("Check the addresses of the wiki and of the REST API."),
                url=url,
                status_code=reply.status_code,
                reason=reply.reason,
            )
        return reply

    def _wait(self, attempt: int, reply: requests.Response | None) -> None:
        if attempt + 1 >= self.attempts:
            return
        said = reply.headers.get("Retry-After", "") if reply is not None else ""
        if said.isdigit():
            delay = float(said)
        else:
            delay = min(self.first_wait * 2**attempt, self.longest_wait) * random.uniform(1, 1.5)
        self.sleep(delay)

    def _gave_up(self, url: str) -> MetricsError:
        return MetricsError(
            N_("{url} kept failing after {attempts} tries."),
            N_("The service may be down: try again later. What was fetched so far is kept."),
            url=url.split("?")[0],
            attempts=self.attempts,
        )
