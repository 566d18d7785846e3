"""License templates glamdonor knows, with what they mean for structured data.

Other license templates are allowed (Commons has hundreds); they only get no structured
license statement, and a warning so that someone looks at them.
"""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC_DOMAIN = "Q19652"
COPYRIGHTED = "Q50423863"
DEDICATED_TO_PUBLIC_DOMAIN = "Q88088423"  # copyrighted, dedicated to the public domain
DEATH_PLUS_100 = "Q29940705"  # determination method: 100 years or more after author's death


@dataclass(frozen=True)
class License:
    copyright_status: str  # P6216
    license: str = ""  # P275, where the status needs one
    determination: str = ""  # P459 qualifier on the copyright status


KNOWN = {
    "cc-zero": License(DEDICATED_TO_PUBLIC_DOMAIN, "Q6938433"),
    "cc0": License(DEDICATED_TO_PUBLIC_DOMAIN, "Q6938433"),
    "cc-by-4.0": License(COPYRIGHTED, "Q20007257"),
    "cc-by-sa-4.0": License(COPYRIGHTED, "Q18199165"),
    "cc-by-3.0": License(COPYRIGHTED, "Q14947546"),
    "cc-by-sa-3.0": License(COPYRIGHTED, "Q14946043"),
    "pd-old-100-expired": License(PUBLIC_DOMAIN, determination=DEATH_PLUS_100),
    "pd-old-100": License(PUBLIC_DOMAIN, determination=DEATH_PLUS_100),
    "pd-old-auto": License(PUBLIC_DOMAIN),
    "pd-old-auto-expired": License(PUBLIC_DOMAIN),
    "pd-art": License(PUBLIC_DOMAIN),
    "pd-scan": License(PUBLIC_DOMAIN),
    "pd-old": License(PUBLIC_DOMAIN),
}


def known_license(template: str) -> License | None:
    """``template`` is a name as written on the page, parameters included: "PD-Art|PD-old"."""
    name = template.split("|", 1)[0].strip().replace("_", " ").lower()
    return KNOWN.get(name)
