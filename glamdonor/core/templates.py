"""The Commons description templates glamdonor writes, and their parameters.

A mapping names a template's parameters as the template spells them, or with underscores
for spaces (``accession_number``); ``parameter_name`` finds the spelling.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Template:
    name: str
    parameters: tuple[str, ...]  # in the order the page shows them
    required: tuple[str, ...]  # a row leaving one of these empty gets a warning
    license_parameter: str = ""  # where the license goes when it goes inside the template
    template_parameters: tuple[str, ...] = ()  # values are template names: {{value}}

    def parameter_name(self, key: str) -> str | None:
        wanted = key.replace("_", " ").strip().lower()
        return next((p for p in self.parameters if p.lower() == wanted), None)


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split("|"))


_ARTWORK = _names(
    "artist|author|title|description|depicted people|depicted place|date|medium|dimensions|"
    "object type|institution|department|accession number|place of creation|"
    "place of discovery|object history|exhibition history|credit line|inscriptions|notes|"
    "references|source|permission|other versions|wikidata"
)
_PHOTOGRAPH = _names(
    "photographer|title|description|depicted people|depicted place|date|medium|dimensions|"
    "institution|department|accession number|object history|exhibition history|credit line|"
    "inscriptions|notes|references|source|permission|other versions|wikidata"
)
_BOOK = _names(
    "Author|Translator|Editor|Illustrator|Title|Subtitle|Series title|Volume|Edition|"
    "Publisher|Printer|Date|City|Language|Description|Source|Permission|Image page|"
    "Other versions|ISBN|LCCN|OCLC|References|Wikidata"
)

TEMPLATES = {
    template.name: template
    for template in (
        Template(
            "Information",
            _names("description|date|source|author|permission|other versions"),
            required=("description", "date", "source", "author"),
        ),
        Template("Artwork", _ARTWORK, required=("title", "date", "source")),
        Template("Photograph", _PHOTOGRAPH, required=("photographer", "date", "source")),
        Template(
            "Art Photo",
            (*_ARTWORK, "photo description", "photographer", "photo date", "artwork license"),
            required=("title", "date", "photographer", "source"),
            license_parameter="photo license",
            template_parameters=("artwork license",),
        ),
        Template("Book", _BOOK, required=("Title", "Date", "Source")),
    )
}
