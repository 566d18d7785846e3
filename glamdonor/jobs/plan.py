"""Reading a batch from disk into its items: the first step of every job."""

from __future__ import annotations

from glamdonor.catalog import read_catalog
from glamdonor.core.batch import Batch
from glamdonor.core.item import Item
from glamdonor.core.mapping import load_mapping
from glamdonor.core.plan import plan_items


def items_of(batch: Batch) -> list[Item]:
    return plan_items(read_catalog(batch.catalog), load_mapping(batch.mapping), batch.media)
