"""The community on the sandbox wiki: its Volunteer account editing file pages through the
API (plain HTTP, not glamdonor's code), as a person would between glamdonor's runs."""

from __future__ import annotations

import json
import time

import requests


class Volunteer:
    def __init__(self, sandbox, api: str = "") -> None:
        """``api``: another address of the sandbox (a proxy answering like Commons)."""
        credentials = sandbox.volunteer()
        self.api = api or sandbox.status().api_url
        self.session = requests.Session()
        token = self._get(meta="tokens", type="login")["query"]["tokens"]["logintoken"]
        reply = self._post(
            action="login",
            lgname=credentials.login_name,
            lgpassword=credentials.password,
            lgtoken=token,
        )
        assert reply["login"]["result"] == "Success", reply
        self.name = credentials.account

    def text(self, title: str) -> tuple[str, int]:
        page = self._get(
            prop="revisions", titles=f"File:{title}", rvprop="ids|content", rvslots="main",
            formatversion="2",
        )["query"]["pages"][0]  # fmt: skip
        revision = page["revisions"][0]
        return revision["slots"]["main"]["content"], revision["revid"]

    def edit(self, title: str, *replacements: tuple[str, str], summary: str = "a fix") -> int:
        """Replace text on File:``title``; each replaced text must be there. The new revision."""
        text, _ = self.text(title)
        for old, new in replacements:
            assert old in text, (old, text)
            text = text.replace(old, new)
        token = self._get(meta="tokens")["query"]["tokens"]["csrftoken"]
        while True:  # a person's account has the wiki's edit rate limit: it waits, as they do
            reply = self._post(
                action="edit", title=f"File:{title}", text=text, summary=summary, token=token
            )
            if reply.get("error", {}).get("code") != "ratelimited":
                break
            time.sleep(5)
        assert reply["edit"]["result"] == "Success", reply
        return reply["edit"].get("newrevid", 0)

    def move(self, title: str, to: str) -> None:
        """Rename File:``title`` to File:``to``, leaving a redirect, as a file mover does."""
        token = self._get(meta="tokens")["query"]["tokens"]["csrftoken"]
        reply = self._post(action="move", token=token, reason="a better name",
                           **{"from": f"File:{title}", "to": f"File:{to}"})  # fmt: skip
        assert "move" in reply, reply

    def upload(self, name: str, data: bytes, text: str) -> None:
        """Upload a file with a page written by hand, as a person would without glamdonor."""
        token = self._get(meta="tokens")["query"]["tokens"]["csrftoken"]
        reply = self.session.post(
            self.api,
            data={"action": "upload", "format": "json", "filename": name, "text": text,
                  "comment": "my own upload", "token": token, "ignorewarnings": "1"},
            files={"file": (name, data, "application/octet-stream")},
            timeout=60,
        ).json()  # fmt: skip
        assert reply.get("upload", {}).get("result") == "Success", reply

    def add_statement(self, page_id: int, claim: dict) -> None:
        token = self._get(meta="tokens")["query"]["tokens"]["csrftoken"]
        reply = self._post(action="wbeditentity", id=f"M{page_id}", token=token,
                           data=json.dumps({"claims": [claim]}), summary="depicts")  # fmt: skip
        assert reply.get("success"), reply

    def set_caption(self, page_id: int, language: str, text: str) -> None:
        token = self._get(meta="tokens")["query"]["tokens"]["csrftoken"]
        data = {"labels": {language: {"language": language, "value": text}}}
        reply = self._post(action="wbeditentity", id=f"M{page_id}", token=token,
                           data=json.dumps(data), summary="caption")  # fmt: skip
        assert reply.get("success"), reply

    def history(self, title: str) -> list[dict]:
        return self._get(
            prop="revisions", titles=f"File:{title}", rvprop="ids|user|comment", rvlimit="max",
            formatversion="2",
        )["query"]["pages"][0]["revisions"]  # fmt: skip

    def _get(self, **parameters: str) -> dict:
        reply = self.session.get(
            self.api, params={"action": "query", "format": "json", **parameters}, timeout=60
        )
        return reply.json()

    def _post(self, **parameters: str) -> dict:
        return self.session.post(self.api, data={"format": "json", **parameters}, timeout=60).json()
