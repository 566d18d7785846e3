"""Which wiki the window talks to: the batch's target, with the sandbox's own uploader or the
BotPassword kept in the system keyring (``wiki.target``)."""

from __future__ import annotations

from glamdonor.core.batch import Batch
from glamdonor.core.words import N_
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.target import wiki_at


def wiki_for(batch: Batch) -> Wiki:
    """The batch's wiki, not yet connected (the sandbox is started: call it off the UI thread)."""
    return wiki_at(
        batch.target, how_to_log_in=N_("Log in on the Upload step with a BotPassword of the wiki.")
    )
