"""A starter mapping from a preset and a catalog's headers, matched in EN, FR, DE, ES and NL.

The presets name columns with glamdonor's own words (``title``, ``inventory_number``...).
``suggest`` finds the catalog's column for each and rewrites the preset's text, keeping its
comments; a field no column matches is left in, commented out, for the user to finish.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

PARTNER_PLACEHOLDERS = {"institution"}
OPTIONAL = {"url"}  # left out of a pattern when the catalog has no such column
SYNONYMS: dict[str, tuple[str, ...]] = {
    key: tuple(words.split("|"))
    for key, words in {
        "file": "file|filename|file name|media file|image|image file|fichier|nom du fichier|"
        "nom de fichier|datei|dateiname|bilddatei|bild|archivo|nombre de archivo|imagen|"
        "fichero|bestand|bestandsnaam|afbeelding",
        "title": "title|object title|titre|titel|titulo|objekttitel|nombre del objeto",
        "creator": "creator|artist|author|maker|createur|artiste|auteur|kunstler|kuenstler|"
        "urheber|hersteller|autor|artista|creador|kunstenaar|vervaardiger|maker",
        "date": "date|dating|year|date of creation|creation date|datation|annee|date de creation|"
        "datum|datierung|jahr|entstehungsjahr|fecha|ano|fecha de creacion|datering|jaar",
        "description": "description|desc|beschreibung|descripcion|beschrijving|omschrijving",
        "inventory_number": "inventory number|inventory no|inventory|inv no|inv nr|"
        "accession number|accession no|object number|object no|numero d inventaire|"
        "n d inventaire|no inventaire|"
        "inventaire|inventarnummer|inventar nr|inventarnr|numero de inventario|inventario|"
        "inventarisnummer|objectnummer|inventarisnr",
        "license": "license|licence|licenses|licences|rights|copyright|lizenz|rechte|licencia|"
        "derechos|licentie|rechten|droits|licence d utilisation",
        "keywords": "keywords|tags|categories|commons categories|mots cles|mot cle|categories "
        "commons|schlagworter|schlagworte|schlagwort|kategorien|palabras clave|categorias|"
        "trefwoorden|categorieen",
        "credit_line": "credit line|credit|creditline|credits|acquisition credit|mention|"
        "ligne de credit|mention de credit|bildnachweis|creditvermerk|credito|linea de credito|"
        "creditregel|vermelding",
        "url": "url|link|web page|webpage|permalink|object url|object page|uri|lien|page web|"
        "weblink|quelle url|enlace|pagina web|weblink|webpagina",
        "object_type": "object type|object name|type|classification|kind|type d objet|"
        "denomination|objekttyp|objektart|gattung|objektbezeichnung|tipo de objeto|tipo|"
        "clasificacion|objecttype|objectnaam|soort|objectsoort",
        "medium": "medium|material|materials|technique|materiau|materiaux|technik|material|"
        "tecnica|materiales|materiaal|techniek|materiaal en techniek",
        "dimensions": "dimensions|size|measurements|masse|abmessungen|grosse|dimensiones|medidas|"
        "afmetingen|afmeting|formaat",
        "department": "department|collection|departement|abteilung|sammlung|departamento|"
        "coleccion|afdeling|collectie",
        "place": "place|place of creation|location|lieu|lieu de creation|ort|entstehungsort|"
        "lugar|lugar de creacion|plaats|plaats van vervaardiging",
        "provenance": "provenance|object history|history|historique|provenienz|herkunft|"
        "procedencia|historia|herkomst",
        "inscriptions": "inscriptions|inscription|signature|signed|inschrift|inschriften|"
        "signatur|inscripcion|inscripciones|firma|opschrift|signatuur",
        "references": "references|literature|bibliography|bibliographie|literatur|"
        "bibliografia|referencias|literatuur|bronnen",
        "depicts": "depicts|depicts qid|wikidata depicts|subjects|subject|subject terms|"
        "iconography|represente|sujets|sujet|iconographie|abgebildet|motiv|ikonographie|"
        "representa|temas|tema|iconografia|afgebeeld|onderwerpen|onderwerp|iconografie",
        "photographer": "photographer|photo by|photographe|fotograf|fotografo|fotograaf",
        "depicted_people": "depicted people|people|persons|personnes|personen|personas|"
        "afgebeelde personen",
        "depicted_place": "depicted place|place depicted|lieu represente|abgebildeter ort|"
        "lugar representado|afgebeelde plaats",
        "photo_date": "photo date|date of photograph|date de prise de vue|aufnahmedatum|"
        "fecha de la foto|opnamedatum",
        "artwork_license": "artwork license|artwork licence|licence de l oeuvre|werklizenz|"
        "licencia de la obra|licentie van het werk",
        "subtitle": "subtitle|sous titre|untertitel|subtitulo|ondertitel",
        "publisher": "publisher|editeur|verlag|editorial|uitgever",
        "city": "city|place of publication|ville|lieu d edition|verlagsort|ciudad|"
        "lugar de publicacion|plaats van uitgave",
        "language": "language|langue|sprache|idioma|taal",
        "edition": "edition|auflage|edicion|editie|druk",
        "volume": "volume|tome|band|volumen|deel",
        "isbn": "isbn",
        "wikidata": "wikidata|wikidata id|wikidata item|wikidata qid|qid|item|element wikidata|"
        "identifiant wikidata|wikidata element|wikidata objekt|elemento de wikidata|"
        "wikidata identificador|wikidata-item",
    }.items()
}
# Header words that tell the catalog's language, to set the mapping's `language`.
LANGUAGE_WORDS = {
    "fr": "titre|fichier|auteur|artiste|datation|annee|licence|droits|numero d inventaire|"
    "n d inventaire|mots cles|technique|lieu|createur|nom du fichier",
    "de": "titel|datei|dateiname|kunstler|kuenstler|datierung|jahr|lizenz|inventarnummer|"
    "schlagworter|schlagworte|beschreibung|technik|ort|urheber",
    "es": "titulo|archivo|autor|fecha|licencia|numero de inventario|descripcion|palabras clave|"
    "tecnica|lugar|artista",
    "nl": "titel|bestand|bestandsnaam|vervaardiger|kunstenaar|datering|jaar|licentie|"
    "inventarisnummer|trefwoorden|beschrijving|omschrijving|techniek|plaats",
}
_COLUMN_LINE = re.compile(r'(column|keep)\s*=\s*"([^"]+)"')
_PATTERN = re.compile(r'pattern\s*=\s*"([^"]*)"')
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _placeholders(line: str) -> list[str]:
    found = [p for text in _PATTERN.findall(line) for p in _PLACEHOLDER.findall(text)]
    return [p for p in found if p not in PARTNER_PLACEHOLDERS]


@dataclass(frozen=True)
class Suggestion:
    text: str  # the mapping profile, in TOML
    matched: dict[str, str]  # glamdonor's column name -> the catalog's header
    unmatched: list[str]  # glamdonor's column names no header matched
    language: str = "en"  # the language the headers are written in


def words(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


def match_columns(headers: list[str], wanted: list[str]) -> dict[str, str]:
    """Which header serves each wanted column: exact words first, then a header containing them."""
    normal = {header: words(header) for header in headers}
    pairs = sorted(
        ((key, words(synonym)) for key in wanted for synonym in SYNONYMS.get(key, (key,))),
        key=lambda pair: -len(pair[1]),
    )
    found: dict[str, str] = {}
    for exact in (True, False):
        for key, synonym in pairs:
            if key in found:
                continue
            for header, form in normal.items():
                if header in found.values():
                    continue
                if form == synonym if exact else f" {synonym} " in f" {form} ":
                    found[key] = header
                    break
    return found


def preset_columns(preset: str) -> list[str]:
    """The columns a preset's text names, in the order it names them."""
    wanted: list[str] = []
    for line in preset.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for column in [c for _, c in _COLUMN_LINE.findall(line)] + _placeholders(line):
            if column not in wanted:
                wanted.append(column)
    return wanted


def suggest(preset: str, headers: list[str]) -> Suggestion:
    """Rewrite the text of ``preset`` for a catalog with these ``headers``."""
    wanted = preset_columns(preset)
    matched = match_columns(headers, wanted)
    unmatched = [column for column in wanted if column not in matched]
    language = catalog_language(list(matched.values()))
    lines = [_rewrite(line, matched, unmatched) for line in preset.splitlines()]
    text = "\n".join(lines) + "\n"
    if language != "en":
        text = re.sub(r'(^|\W)language = "en"', rf'\1language = "{language}"', text, flags=re.M)
    return Suggestion(text, matched, unmatched, language)


def catalog_language(headers: list[str]) -> str:
    """The language most of these headers are written in: en, fr, de, es or nl."""
    forms = {words(header) for header in headers}
    scores = {
        language: len(forms & set(vocabulary.split("|")))
        for language, vocabulary in LANGUAGE_WORDS.items()
    }
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 and list(scores.values()).count(scores[best]) == 1 else "en"


def _rewrite(line: str, matched: dict[str, str], unmatched: list[str]) -> str:
    stripped = line.lstrip()
    if stripped.startswith("#") or "=" not in line:
        return line
    key = stripped.split("=", 1)[0].strip()
    columns, placeholders = [c for _, c in _COLUMN_LINE.findall(line)], _placeholders(line)
    missing = [column for column in columns + placeholders if column in unmatched]
    if key in ("title",) and "pattern" in line:
        for column in missing:  # a title pattern does without the parts it cannot fill
            line = re.sub(rf"\s*-?\s*\{{{re.escape(column)}\}}", "", line)
        line = line.replace('pattern = " - ', 'pattern = "').replace('pattern = "- ', 'pattern = "')
        if missing and f'keep = "{missing[0]}"' in line:
            line = re.sub(r',\s*keep = "[^"]*"', "", line)
        missing = []
    optional = [c for c in missing if c in OPTIONAL and c not in columns]
    for column in optional:  # a part a pattern does without
        line = re.sub(rf"\s*[-–,:;]?\s*\{{{re.escape(column)}\}}", "", line)
        missing.remove(column)
    if missing and key in ("file", "license"):
        return f"{line}  # TODO: no column matched {', '.join(missing)}: name yours"
    if missing:
        return f"# {line}  # no column found for: {', '.join(missing)}"

    def column(match: re.Match) -> str:
        header = matched.get(match.group(2), match.group(2))
        return f"{match.group(1)} = {json.dumps(header, ensure_ascii=False)}"

    def pattern(match: re.Match) -> str:
        filled = _PLACEHOLDER.sub(
            lambda m: "{" + matched.get(m.group(1), m.group(1)) + "}", match.group(1)
        )
        return f"pattern = {json.dumps(filled, ensure_ascii=False)}"

    return _PATTERN.sub(pattern, _COLUMN_LINE.sub(column, line))
