"""Reading a wiki's API directly (plain HTTP, not glamdonor's code), to check what it holds."""

from __future__ import annotations

import requests


def file_on_wiki(api_url: str, title: str) -> dict:
    """The page text and current SHA-1 of File:``title``, as the API gives them."""
    page = _page(
        api_url,
        title,
        prop="imageinfo|revisions",
        iiprop="sha1|url",
        rvprop="content",
        rvslots="main",
    )
    if page.get("missing"):
        return {"exists": False}
    return {
        "exists": True,
        "sha1": page["imageinfo"][0]["sha1"],
        "url": page["imageinfo"][0]["descriptionurl"],
        "text": page["revisions"][0]["slots"]["main"]["content"],
    }


def files_with_sha1(api_url: str, sha1: str) -> list[str]:
    reply = requests.get(
        api_url,
        params={"action": "query", "list": "allimages", "aisha1": sha1, "format": "json"},
        timeout=30,
    ).json()
    return [image["name"] for image in reply["query"]["allimages"]]


def revisions(api_url: str, title: str) -> int:
    """How many revisions File:``title`` has: 1 for a file sent once."""
    return len(_page(api_url, title, prop="revisions", rvlimit="max").get("revisions", []))


def page_id(api_url: str, title: str) -> int:
    return _page(api_url, title)["pageid"]


def page_text(api_url: str, title: str) -> str:
    """The current text of File:``title``."""
    page = _page(api_url, title, prop="revisions", rvprop="content", rvslots="main")
    return page["revisions"][0]["slots"]["main"]["content"]


def _page(api_url: str, title: str, **parameters: str) -> dict:
    reply = requests.get(
        api_url,
        params={
            "action": "query",
            "titles": f"File:{title}",
            "format": "json",
            "formatversion": "2",
            **parameters,
        },
        timeout=30,
    ).json()
    return reply["query"]["pages"][0]
