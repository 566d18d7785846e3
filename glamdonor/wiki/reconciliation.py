"""A W3C Reconciliation API service: names in, candidate Wikidata items out.

The protocol OpenRefine speaks (https://www.w3.org/community/reports/reconciliation/): a POST
of ``queries``, a JSON object of queries by key ({"query": text, "type": "Q5", "limit": 5,
"properties": [{"pid": "P569", "v": "1853"}]}), answered by an object of the same keys, each
with its ``result``: candidates with ``id``, ``name``, ``description``, ``score`` and ``match``.
Wikidata's public service is the default; any other (a museum's own, csv-reconcile) is given
by its address.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping

import requests

from glamdonor.core.agent import HOME, user_agent
from glamdonor.core.errors import GlamdonorError
from glamdonor.core.reconciled import Candidate
from glamdonor.core.words import N_

BATCH = 10  # queries a request: what OpenRefine sends, and Wikidata's service expects
TIMEOUT = 60  # seconds for one request
TRIES = 3  # a dropped connection, a time-out or a server error is tried again (1 s, 2 s)
CANDIDATES = 5


class ServiceError(GlamdonorError):
    """The service could not be asked, or did not answer as the protocol says."""


class Service:
    def __init__(self, url: str, *, timeout: float = TIMEOUT) -> None:
        self.url, self.timeout = url, timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent(
            f"requests/{requests.__version__}", f"{HOME}/issues"
        )
        self.asked = 0  # queries sent, for the summary (a rerun asks none it knows)

    def candidates(self, queries: Mapping[str, dict]) -> dict[str, list[Candidate]]:
        """The candidates of each query, by its key, asked ``BATCH`` at a time."""
        keys = list(queries)
        found: dict[str, list[Candidate]] = {}
        for start in range(0, len(keys), BATCH):
            part = {
                key: {"limit": CANDIDATES, **queries[key]} for key in keys[start : start + BATCH]
            }
            found |= self._ask(part)
        return found

    def _ask(self, queries: dict[str, dict]) -> dict[str, list[Candidate]]:
        reply = self._post({"queries": json.dumps(queries, ensure_ascii=False)})
        self.asked += len(queries)
        try:
            answers = reply.json()
            return {key: [_candidate(c) for c in answers[key]["result"]] for key in queries}
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ServiceError(
                N_(
                    "the reconciliation service at {url} answered something that is not a "
                    "reconciliation reply."
                ),
                N_(
                    "Check the address (--service): it is the service's endpoint, which OpenRefine "
                    "would be given. What was decided so far is kept."
                ),
                url=self.url,
            ) from None

    def _post(self, data: dict) -> requests.Response:
        for attempt in range(TRIES):
            try:
                reply = self.session.post(self.url, data=data, timeout=self.timeout)
                if reply.status_code < 500 or attempt == TRIES - 1:
                    reply.raise_for_status()
                    return reply
            except requests.HTTPError as error:
                raise ServiceError(
                    N_("the reconciliation service at {url} refused the question ({error})."),
                    N_("Check the address (--service). What was decided so far is kept."),
                    url=self.url,
                    error=error.response.status_code,
                ) from None
            except (requests.ConnectionError, requests.Timeout) as error:
                if attempt == TRIES - 1:
                    raise ServiceError(
                        N_("the reconciliation service at {url} does not answer ({error})."),
                        N_(
                            "Check the address and your network connection, then run the same "
                            "command again: what was decided so far is kept, and only the rest "
                            "is asked."
                        ),
                        url=self.url,
                        error=type(error).__name__,
                    ) from None
            time.sleep(attempt + 1)
        raise AssertionError("unreachable")


def _candidate(found: dict) -> Candidate:
    return Candidate(
        qid=str(found["id"]),
        label=str(found.get("name", "")),
        description=str(found.get("description", "") or ""),
        score=float(found.get("score", 0)),
        match=bool(found.get("match", False)),
    )
