"""Partner profiles: the institution behind a batch, and how every page credits it.

format_version = 1
name = "Example Museum"
wikidata = "Q123"                                # optional
institution_template = "Institution:Example Museum"  # optional
credit_line = "Example Museum, gift of A. Donor"     # optional
partnership_template = "Example Museum partnership"  # optional, shown under the license
category = "Media contributed by Example Museum"     # default: from the name
batch_category = "{category} ({date})"           # dated subcategory; "" for none
tracking_category = "Uploaded with glamdonor"
summary = "Example Museum donation: {batch}"     # the edit summary
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from glamdonor.core.errors import InputError
from glamdonor.core.tomlfile import read_versioned
from glamdonor.core.words import N_

QID = re.compile(r"Q[1-9]\d{0,11}")
_TEMPLATE = re.compile(r"[^#<>\[\]|{}\n]{1,200}")
TRACKING_CATEGORY = "Uploaded with glamdonor"


@dataclass(frozen=True)
class Partner:
    name: str
    wikidata: str = ""
    institution_template: str = ""
    credit_line: str = ""
    partnership_template: str = ""
    category: str = ""
    batch_category: str = "{category} ({date})"
    tracking_category: str = TRACKING_CATEGORY
    summary: str = ""
    logo: str = ""  # a PNG or JPEG for the impact report's cover (the path as the profile gives it)

    def categories(self, batch_date: str) -> list[str]:
        names = [self.category]
        if self.batch_category and batch_date and self.category:
            names.append(self.batch_category.format(category=self.category, date=batch_date))
        names.append(self.tracking_category)
        return [name for name in names if name]

    def edit_summary(self, batch_name: str) -> str:
        return self.summary.format(batch=batch_name, name=self.name) if self.summary else ""


NO_PARTNER = Partner(name="", category="", batch_category="")


def load_partner(path: Path) -> Partner:
    path = Path(path)
    data = read_versioned(path, "partner profile")
    name = str(data.get("name", "")).strip()
    if not name:
        raise InputError(
            N_("the partner profile does not name the institution."),
            N_('Add a line such as name = "Example Museum".'),
            file=path,
        )
    known = set(Partner.__dataclass_fields__) | {"format_version"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(
            N_("unknown key(s) in the partner profile: {unknown}."),
            N_("The keys are: {known}."),
            file=path,
            unknown=", ".join(unknown),
            known=", ".join(sorted(known)),
        )
    partner = Partner(
        name=name,
        **{
            key: str(data[key]).strip() for key in known - {"format_version", "name"} if key in data
        },
    )
    if "category" not in data:
        partner = Partner(**{**partner.__dict__, "category": f"Media contributed by {name}"})
    if partner.wikidata and not QID.fullmatch(partner.wikidata):
        raise InputError(
            N_("“{wikidata}” is not a Wikidata id."),
            N_("Write the institution's item id, such as Q190804."),
            file=path,
            wikidata=partner.wikidata,
        )
    for key in ("institution_template", "partnership_template"):
        value = getattr(partner, key)
        if value and not _TEMPLATE.fullmatch(value):
            raise InputError(
                N_("{key} “{value}” is not a template name."),
                N_("Write the name alone, without braces: Institution:Example Museum."),
                file=path,
                key=key,
                value=value,
            )
    if partner.logo:
        logo = (path.parent / partner.logo).resolve()
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg") or not logo.is_file():
            raise InputError(
                N_("the logo “{logo}” is not a PNG or JPEG file beside the partner profile."),
                N_("Give the path of a PNG or JPEG file, from the profile's folder."),
                file=path,
                logo=partner.logo,
            )
        partner = Partner(**{**partner.__dict__, "logo": str(logo)})
    try:
        partner.categories("2000-01-01")
        partner.edit_summary("x")
    except (KeyError, IndexError, ValueError) as error:
        raise InputError(
            N_("a {{placeholder}} in batch_category or summary is unknown ({error})."),
            N_("batch_category may use {{category}} and {{date}}; summary {{batch}} and {{name}}."),
            file=path,
            error=error,
        ) from None
    return partner
