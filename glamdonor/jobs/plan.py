"""Reading a batch from disk into its plan: the first step of every job."""

from __future__ import annotations

from glamdonor.catalog import read_catalog
from glamdonor.core.batch import Batch
from glamdonor.core.item import Item
from glamdonor.core.mapping import load_mapping
from glamdonor.core.partner import NO_PARTNER, load_partner
from glamdonor.core.plan import Plan, make_plan


def plan_of(batch: Batch) -> Plan:
    options = batch.catalog_options
    catalog = read_catalog(
        batch.catalog,
        sheet=options.sheet,
        header_row=options.header_row,
        encoding=options.encoding,
    )
    return make_plan(
        catalog,
        load_mapping(batch.mapping),
        batch.media,
        load_partner(batch.partner) if batch.partner else NO_PARTNER,
        batch_name=batch.name,
        batch_date=batch.date,
        summary=batch.summary,
    )


def items_of(batch: Batch) -> list[Item]:
    return plan_of(batch).items()
