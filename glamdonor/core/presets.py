"""The mapping presets, declared once: each one's name (its file in mappings/), the template
its pages use, and what it is for, in a registrar's words (marked for the window's
translations). The command line, the New batch dialog and the Mapping step read them here."""

from __future__ import annotations

from dataclasses import dataclass

from glamdonor.core.words import N_


@dataclass(frozen=True)
class Preset:
    name: str  # mappings/NAME.toml; what --preset takes
    template: str  # the Commons template its pages use
    words: str  # what it is for, shown in the window

    def text(self) -> str:
        from importlib import resources  # loaded when a preset is read, not at every start

        return (resources.files("glamdonor.mappings") / f"{self.name}.toml").read_text("utf-8")


PRESETS = {
    preset.name: preset
    for preset in (
        Preset("information", "Information", N_("Any media: events, documents, scans")),
        Preset("artwork", "Artwork", N_("Artworks: paintings, drawings, prints, objects")),
        Preset("photograph", "Photograph", N_("Historical photographs")),
        Preset("art-photo", "Art Photo", N_("Photographs of sculptures and 3D works")),
        Preset("book", "Book", N_("Books and other printed works")),
    )
}


def preset_of(template: str) -> Preset:
    """The preset whose pages use this template (Information for a template of one's own)."""
    return next((p for p in PRESETS.values() if p.template == template), PRESETS["information"])


def likely_preset(headers: list[str]) -> Preset:
    """The preset a catalog's headers suggest: an artwork's columns, a book's, or else any."""
    said = " ".join(headers).lower()
    if any(word in said for word in ("isbn", "publisher", "pages")):
        return PRESETS["book"]
    if any(word in said for word in ("medium", "dimensions", "artist", "accession")):
        return PRESETS["artwork"]
    if any(word in said for word in ("photographer", "negative")):
        return PRESETS["photograph"]
    return PRESETS["information"]
