"""License templates glamdonor knows, with what they mean for structured data.

Other license templates are allowed (Commons has hundreds); they only get no structured
license statement, and a warning so that someone looks at them.
"""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC_DOMAIN = "Q19652"
COPYRIGHTED = "Q50423863"
DEDICATED_TO_PUBLIC_DOMAIN = "Q88088423"  # copyrighted, dedicated to the public domain
# Determination methods (P459), as Commons' licence templates give them to structured data:
DEATH_PLUS_100 = "Q29940705"  # 100 years or more after the author's death
DEATH_PLUS_70 = "Q29870196"  # 70 years or more after the author's death
PUBLISHED_95_YEARS_AGO = "Q47246828"  # published more than 95 years ago (in the United States)
UNITED_STATES = "Q30"


@dataclass(frozen=True)
class License:
    copyright_status: str  # P6216
    license: str = ""  # P275, where the status needs one
    determination: str = ""  # P459 qualifier on the copyright status
    jurisdiction: str = ""  # P1001 qualifier: where the status holds, if not everywhere


KNOWN = {
    "cc-zero": License(DEDICATED_TO_PUBLIC_DOMAIN, "Q6938433"),
    "cc0": License(DEDICATED_TO_PUBLIC_DOMAIN, "Q6938433"),
    "cc-by-4.0": License(COPYRIGHTED, "Q20007257"),
    "cc-by-sa-4.0": License(COPYRIGHTED, "Q18199165"),
    "cc-by-3.0": License(COPYRIGHTED, "Q14947546"),
    "cc-by-sa-3.0": License(COPYRIGHTED, "Q14946043"),
    "cc-by-2.0": License(COPYRIGHTED, "Q19125117"),
    "cc-by-sa-2.0": License(COPYRIGHTED, "Q19068220"),
    "pd-old-100-expired": License(PUBLIC_DOMAIN, determination=DEATH_PLUS_100),
    "pd-old-100": License(PUBLIC_DOMAIN, determination=DEATH_PLUS_100),
    "pd-old-70-expired": License(PUBLIC_DOMAIN, determination=DEATH_PLUS_70),
    "pd-old-70": License(PUBLIC_DOMAIN, determination=DEATH_PLUS_70),
    "pd-us-expired": License(
        PUBLIC_DOMAIN, determination=PUBLISHED_95_YEARS_AGO, jurisdiction=UNITED_STATES
    ),
    "pd-old-auto": License(PUBLIC_DOMAIN),
    "pd-old-auto-expired": License(PUBLIC_DOMAIN),
    "pd-art": License(PUBLIC_DOMAIN),
    "pd-scan": License(PUBLIC_DOMAIN),
    "pd-old": License(PUBLIC_DOMAIN),
}


# Templates that say how the file was made and take the work's own licence as their parameter:
# PD-Art|PD-old-100-expired is public domain for the reason PD-old-100-expired gives.
WRAPPERS = frozenset({"pd-art", "pd-scan"})


def known_license(template: str) -> License | None:
    """``template`` is a name as written on the page, parameters included: "PD-Art|PD-old"."""
    name, _, parameters = template.partition("|")
    key = name.strip().replace("_", " ").lower()
    if key in WRAPPERS and parameters.strip():
        return known_license(parameters) or KNOWN.get(key)
    return KNOWN.get(key)
