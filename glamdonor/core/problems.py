"""Every problem glamdonor can find in a batch, or meet while uploading it, declared once.

Kind          a code, a severity, where it is found, and its sentence and what to do as
│             templates marked for translation with ``N_``, filled with named values
│             ({file}, {title}, {value}, {row}, ...)
└── Problem   one kind found on one row: its values and its column

Where a kind is found (``stage``):

    plan     the catalog, the mapping and the partner profile (core/plan.py, core/pages.py,
             core/structured.py, core/transforms.py)
    file     the media file itself (media/inspect.py, jobs/check.py)
    wiki     what the wiki would refuse, asked before anything is sent (wiki/checks.py)
    upload   what the wiki answered while the file was sent (jobs/upload.py, wiki/uploads.py)
    update   what a correction of a page already on the wiki met (jobs/update.py)

A finder never writes a sentence: it names the kind and gives the values,
``problem("file-missing", column="file", file="a.jpg", folder="/media")``. The command line
and the reports fill the English templates; the window translates them first and fills them
with the same values (``Problem.said``). Every error keeps its row from the upload. The
contract of tests/test_problems.py holds for every kind declared here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from glamdonor.core.words import N_


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be uploaded until it is fixed
    WARNING = "warning"  # worth a look, does not block the row


SEVERITY_WORDS = {Severity.ERROR: N_("error"), Severity.WARNING: N_("warning")}
STAGES = ("plan", "file", "wiki", "upload", "update")


@dataclass(frozen=True)
class Kind:
    code: str  # stable, for reports, filters and the journal: "file-missing", ...
    severity: Severity
    stage: str  # one of STAGES
    sentence: str  # a template: what is wrong, in a registrar's words
    hint: str  # a template: what to do about it
    # Hints that replace ``hint`` when the named value is given: (value name, template).
    hints: tuple[tuple[str, str], ...] = ()


KINDS: dict[str, Kind] = {}


def declare(
    code: str,
    severity: Severity,
    stage: str,
    sentence: str,
    hint: str,
    hints: tuple[tuple[str, str], ...] = (),
) -> Kind:
    assert code not in KINDS, f"the problem {code} is declared twice"
    assert stage in STAGES, stage
    KINDS[code] = Kind(code, severity, stage, sentence, hint, hints)
    return KINDS[code]


class _Values(dict):
    def __missing__(self, name: str) -> str:
        return "…"  # a value a finder did not give (tests/test_problems.py looks for these)


def fill(template: str, values: Mapping[str, object]) -> str:
    return template.format_map(_Values(values))


@dataclass(frozen=True)
class Problem:
    code: str  # a key of KINDS
    values: tuple[tuple[str, object], ...] = ()  # the named values its templates take
    column: str | None = None  # the catalog column it was found in, where there is one

    @property
    def kind(self) -> Kind:
        return KINDS[self.code]

    @property
    def severity(self) -> Severity:
        return self.kind.severity

    def value(self, name: str) -> object:
        return dict(self.values).get(name, "")

    def said(self, translate: Callable[[str], str] = str) -> tuple[str, str]:
        """The sentence (with a capital, to stand alone) and what to do, each template
        translated with ``translate`` first, then filled with the problem's values."""
        sentence, hint = self._filled(translate)
        return sentence[:1].upper() + sentence[1:], hint

    def _filled(self, translate: Callable[[str], str]) -> tuple[str, str]:
        kind, values = self.kind, dict(self.values)
        hint = next((t for name, t in kind.hints if values.get(name)), kind.hint)
        return fill(translate(kind.sentence), values), fill(translate(hint), values)

    @property
    def message(self) -> str:
        """The English sentence as it goes inside a line: "row 3: not uploaded: the file ..."."""
        return self._filled(str)[0]

    @property
    def hint(self) -> str:
        return self._filled(str)[1]


def problem(code: str, column: str | None = None, **values: object) -> Problem:
    """The problem ``code`` (declared below) with its values."""
    kind = KINDS[code]  # a KeyError here is a finder naming a kind nobody declared
    return Problem(kind.code, tuple(values.items()), column)


def kept(problems: Iterable[Problem]) -> str:
    """Problems as the journal keeps them: JSON, [[code, {values}], ...] (no column)."""
    return json.dumps([[p.code, dict(p.values)] for p in problems], ensure_ascii=False, default=str)


def read_kept(text: str) -> tuple[Problem, ...] | None:
    """Problems the journal kept; None if kept by an earlier version (sentences, not values)
    or naming a kind no longer declared: what found them must look again."""
    entries = json.loads(text)
    if any(len(entry) != 2 or entry[0] not in KINDS for entry in entries):
        return None
    return tuple(Problem(code, tuple(values.items())) for code, values in entries)


def blocks(problems: Iterable[Problem]) -> Problem | None:
    """The first problem that keeps a row from being uploaded, if any: every error does."""
    return next((p for p in problems if p.severity is Severity.ERROR), None)


E, W = Severity.ERROR, Severity.WARNING

# The plan: catalog, mapping, partner.
declare(
    "file-not-named",
    E,
    "plan",
    N_("this row names no media file."),
    N_("Fill the file column."),
)
declare(
    "file-outside-folder",
    E,
    "plan",
    N_("“{file}” lies outside the batch's media folder."),
    N_("Copy the file into {folder} and name it relative to that folder."),
)
declare(
    "file-ambiguous",
    E,
    "plan",
    N_("“{file}” could be any of these files: {candidates}."),
    N_("Name the file by its path below the media folder, as “{first}”."),
)
declare(
    "file-missing",
    E,
    "plan",
    N_("the file “{file}” is not in the media folder {folder}."),
    N_("Check the spelling of the file name, or add the file to the folder."),
    hints=(("similar", N_("Did you mean “{similar}”? Names must match exactly.")),),
)
declare(
    "title-empty",
    E,
    "plan",
    N_("this row gives no text for the file title."),
    N_("Fill the columns the title is made from."),
)
declare(
    "file-name-control-character",
    E,
    "plan",
    N_(
        "the file name “{file}” holds a control character ({character}), which the wiki "
        "refuses in titles and other programs mishandle."
    ),
    N_("Rename the file without it, in the folder and in the catalog."),
)
declare(
    "file-no-extension",
    E,
    "plan",
    N_("the file name “{file}” has no extension such as .jpg or .tif."),
    N_("Rename the file with the extension of its type, in the folder and catalog."),
)
declare(
    "title-duplicate",
    E,
    "plan",
    N_("row {row} already gets the title “{title}”; the wiki would treat them as one file."),
    N_("Make the titles differ, for example by adding the accession number to the title pattern."),
)
declare(
    "title-replacement-character",
    E,
    "plan",
    N_("“{value}” holds the character �, the mark of a catalog read in the wrong encoding."),
    N_(
        "Give the catalog's encoding (--encoding, or encoding = ... in the batch's catalog "
        "line), or save it again as “CSV UTF-8”."
    ),
)
declare(
    "title-rewritten",
    W,
    "plan",
    N_("the wiki takes no title such as “{before}”: the title is “{after}”."),
    N_("If you would rather say it otherwise, change the title columns of this row."),
)
declare(
    "title-shortened",
    W,
    "plan",
    N_("the title was too long for the wiki (240 bytes) and is shortened to “{title}”."),
    N_("Check that it still says what the object is; shorten the title columns if not."),
)
declare(
    "title-generic",
    W,
    "plan",
    N_("“{value}” names no object: many files on the wiki have such a title."),
    N_(
        "Let the title pattern add what tells this object apart, such as the inventory "
        "number: {{title}} - {{inventory}}."
    ),
)
declare(
    "page-too-large",
    E,
    "plan",
    N_("this row's page would be {size} KiB; the wiki takes pages up to {limit} KiB."),
    N_("Shorten the longest cells of this row (a description pasted twice?)."),
)
declare(
    "license-missing",
    E,
    "plan",
    N_("this row has no license; Commons deletes files without one."),
    N_("Fill the license column or give the mapping a license value."),
)
declare(
    "license-invalid",
    E,
    "plan",
    N_("“{value}” is not a license template name."),
    N_("Write a license template such as cc-by-4.0 or PD-old-100-expired."),
)
declare(
    "license-not-free",
    E,
    "plan",
    N_(
        "“{value}” forbids commercial use or changes (NC, ND): Commons takes free licences "
        "only."
    ),
    N_(
        "Leave this row out, or ask the rights holder for a free licence (CC0, CC BY, CC BY-SA) "
        "or check whether the work is in the public domain."
    ),
)
declare(
    "license-unknown",
    E,
    "plan",
    N_("“{value}” is not a license glamdonor knows."),
    N_(
        "If it is a license template on Commons, add “{value}” to the mapping's "
        "[lookups.licenses.values] table."
    ),
)
declare(
    "field-empty",
    W,
    "plan",
    N_("“{field}” is empty; Commons expects it on every {template} page."),
    N_("Fill it in the catalog, or map a column or a value to it."),
)
declare(
    "date-unreadable",
    W,
    "plan",
    N_("the date “{value}” cannot be read."),
    N_("Write it as 1898, 1898-05-01, circa 1905, 1910-1912 or 1890s."),
)
declare(
    "lookup-missing",
    W,
    "plan",
    N_("“{value}” is not in the lookup table “{table}”."),
    N_("Add it to the table {table} of the mapping, or correct the cell."),
)
declare(
    "statement-value-invalid",
    W,
    "plan",
    N_(
        "“{value}” is not a value of the type “{type}” the mapping gives {property}, so the "
        "file gets no {property} statement."
    ),
    N_("Correct the cell, or the type in [[structured_data.statements]]."),
)
declare(
    "statement-type-wrong",
    E,
    "wiki",
    N_(
        "the mapping writes {property} with values of the type “{type}”, but {property} takes "
        "values of the type {datatype}."
    ),
    N_("Correct the type (or the property) in [[structured_data.statements]] of the mapping."),
)
declare(
    "coordinates-invalid",
    W,
    "plan",
    N_(
        "“{value}” is not a position (latitude, longitude in degrees), so the file gets no "
        "coordinates of the point of view."
    ),
    N_("Write it as 52.3601, 4.8852, or leave the cell empty."),
)
declare(
    "url-invalid",
    W,
    "plan",
    N_("“{value}” is not a web address, so the file's structured data does not link to it."),
    N_("Write the whole address, starting with https://, or leave the cell empty."),
)
declare(
    "wikidata-id-invalid",
    W,
    "plan",
    N_("“{value}” is not a Wikidata id, so “{statement}” gets no statement from it."),
    N_("Write Wikidata item ids such as Q42, separated as the mapping says."),
)

# The media file.
declare(
    "file-type-refused",
    E,
    "file",
    N_("the wiki does not accept “.{extension}” files."),
    N_("Convert the file to a type it accepts: {accepted}."),
)
declare(
    "file-empty",
    E,
    "file",
    N_("the file is empty (0 bytes)."),
    N_("Export or copy the file again."),
)
declare(
    "file-too-large",
    E,
    "file",
    N_("the file is {size} GiB; Commons takes at most 5 GiB."),
    N_("Make a smaller version (lower resolution or better compression)."),
)
declare(
    "file-is-html",
    E,
    "file",
    N_("this file is a web page (HTML), not media: maybe an error page saved as it."),
    N_("Download or export the file again and check that it opens."),
)
declare(
    "file-type-mismatch",
    E,
    "file",
    N_("the file is {content}, but its name ends in “.{extension}”."),
    N_("Give the file the extension of its type, in the folder and in the catalog."),
)
declare(
    "image-damaged",
    E,
    "file",
    N_("the image is damaged or incomplete ({damage})."),
    N_("Export or copy the file again from the original and check that it opens."),
)
declare(
    "image-too-large-for-thumbnails",
    W,
    "file",
    N_(
        "the image has {megapixels} million pixels; Commons makes no thumbnails of {format} "
        "images over {limit} million, so articles could not show it."
    ),
    N_("Upload a version with fewer pixels, or a JPEG of it (JPEGs have no such limit)."),
)
declare(
    "animation-too-large",
    W,
    "file",
    N_(
        "the animation has {megapixels} million pixels in its {frames} frames; over {limit} "
        "million, its thumbnails on Commons show the first frame only."
    ),
    N_("Make it smaller or shorter if it should move in articles."),
)
declare(
    "file-vanished",
    E,
    "file",
    N_(
        "the file was there when the batch was read, but is no longer there or can no longer "
        "be read; nothing was sent."
    ),
    N_("Put the file back in the media folder, then check or upload the batch again."),
)
declare(
    "file-unreadable",
    E,
    "file",
    N_("glamdonor may not read this file."),
    N_("Check the file's permissions (it must be readable by you) and check again."),
)
declare(
    "file-duplicate-in-batch",
    E,
    "file",
    N_("this file has the same content as the file of row {row}."),
    N_("Remove one of the two rows, or point it at the file it should have."),
)
declare(
    "gps-in-file",
    W,
    "file",
    N_("the file carries a GPS position ({position}), which will be public on Commons."),
    N_("If the place is private, remove the position from the file's EXIF data."),
)
declare(
    "date-differs-from-exif",
    W,
    "file",
    N_("the catalog dates the photograph {catalog}, the camera {camera}."),
    N_("Check which date is right."),
)
declare(
    "title-camera-name",
    E,
    "file",
    N_("the title “{title}” starts like a camera's file name, which Commons refuses."),
    N_("Describe the subject in the title instead."),
)

# What the wiki would refuse, asked before anything is sent.
declare(
    "already-on-wiki",
    W,
    "wiki",
    N_("this file is already on the wiki under this title: {url}"),
    N_("Nothing to do: the upload skips it."),
)
declare(
    "title-taken",
    E,
    "wiki",
    N_("another file already has the title “{title}” on the wiki: {url}"),
    N_("Change the title columns of this row so that the title differs."),
)
declare(
    "file-on-wiki-elsewhere",
    E,
    "wiki",
    N_("the same file is already on the wiki as “File:{other}”."),
    N_("Leave this row out, or use the file that is there."),
)
declare(
    "category-missing",
    W,
    "wiki",
    N_("the page “{page}” does not exist on the wiki."),
    N_("Check the category's spelling, or create the category on the wiki first."),
)
declare(
    "template-page-missing",
    W,
    "wiki",
    N_("the page “{page}” does not exist on the wiki."),
    N_("Create the page on the wiki, or check its name in the partner profile or lookup."),
)
declare(
    "template-missing",
    E,
    "wiki",
    N_("the page “{page}” does not exist on the wiki."),
    N_("The page would show a red link: check the template's name in the mapping."),
)
declare(
    "title-invalid",
    E,
    "wiki",
    N_("the wiki takes no page with the title “{title}”: {reason}"),
    N_("Change the title columns of this row: leave out the characters the wiki refuses."),
)
declare(
    "title-blacklisted",
    E,
    "wiki",
    N_("the wiki refuses the title “{title}”: {reason}"),
    N_("Choose a title that describes the subject."),
)

# What the wiki answered while the file was sent.
declare(
    "duplicate",
    W,
    "upload",
    N_("the same file is already on the wiki as “File:{other}”."),
    N_("Leave this row out, or use the file that is there."),
)
declare(
    "exists",
    E,
    "upload",
    N_("a different file already has this title on the wiki."),
    N_("Change the title columns of this row so the title is unique."),
)
declare(
    "exists-normalized",
    E,
    "upload",
    N_("a file with nearly the same title already exists on the wiki."),
    N_("Change the title columns of this row so the title is unique."),
)
declare(
    "page-exists",
    E,
    "upload",
    N_("a page with this title already exists on the wiki."),
    N_("Change the title columns of this row."),
)
declare(
    "was-deleted",
    E,
    "upload",
    N_("a file with this title was deleted from the wiki before."),
    N_(
        "Check the deletion log of the title on the wiki: the file may have been removed for a "
        "reason. Then change the title, or ask an administrator."
    ),
)
declare(
    "duplicate-archive",
    E,
    "upload",
    N_("the same file was on the wiki before and was deleted."),
    N_(
        "The same file was deleted from the wiki before: check the deletion log; upload it only "
        "if the reason no longer holds."
    ),
)
declare(
    "badfilename",
    E,
    "upload",
    N_("the wiki would change this file name."),
    N_("Leave out the characters the wiki does not allow in titles."),
)
declare(
    "bad-prefix",
    E,
    "upload",
    N_("the title starts like a camera's automatic file name."),
    N_("Describe the subject in the title instead."),
)
declare(
    "filetype-unwanted-type",
    E,
    "upload",
    N_("the wiki does not want this file type."),
    N_("Convert the file to a type the wiki accepts."),
)
declare(
    "empty-file",
    E,
    "upload",
    N_("the file is empty."),
    N_("Export or copy the file again."),
)
declare(
    "nochange",
    E,
    "upload",
    N_("the wiki already holds exactly this version."),
    N_("Nothing to send: check the page on the wiki."),
)
declare(
    "duplicateversions",
    E,
    "upload",
    N_("this content is already an older version of the file."),
    N_("Nothing to send: check the file's history on the wiki."),
)
declare(
    "warned",
    E,
    "upload",
    N_("the wiki warned: {info}"),
    N_("Read the warning, fix the row, then upload the batch again."),
)
declare(
    "refused",
    E,
    "upload",
    N_("the wiki refused it: {info}"),
    N_("Upload the batch again; if it happens again, report it with the batch."),
)
declare(
    "too-slow",
    E,
    "upload",
    N_(
        "sending took longer than the {minutes} minutes allowed for this file; the wiki holds "
        "{held} of its {size} bytes."
    ),
    N_("Upload the batch again: this file goes on from where the wiki got to."),
)
declare(
    "file-changed",
    E,
    "upload",
    N_("the file changed between its check and its sending; nothing was published."),
    N_("Upload the batch again: the file is checked and sent as it is now."),
)
declare(
    "reply-lost",
    E,
    "upload",
    N_("the wiki's reply was lost ({reason}), and the file is not there."),
    N_("Upload the batch again: this row is tried again."),
)
declare(
    "page-differs",
    E,
    "upload",
    N_("the file arrived, but its page does not read as sent."),
    N_("Look at the page: {url}"),
)
declare(
    "data-refused",
    E,
    "upload",
    N_("the file is on the wiki, but its captions and statements were refused: {reason}"),
    N_(
        "Fix the structured data columns of this row, then upload again: the file is not sent "
        "again."
    ),
)
declare(
    "data-reply-lost",
    E,
    "upload",
    N_(
        "the file is on the wiki, but whether its captions and statements arrived could not be "
        "told ({reason})."
    ),
    N_("Upload the batch again: the wiki is asked whether they arrived."),
)
declare(
    "correction-conflict",
    W,
    "update",
    N_(
        "“{field}” was changed on the wiki to “{theirs}”; the catalog's correction “{ours}” "
        "was not written over it."
    ),
    N_(
        "Look at the page and its history: if the catalog is right, talk to the editor or "
        "change the page by hand. The next update leaves this field as it is on the wiki."
    ),
)
declare(
    "page-deleted",
    W,
    "update",
    N_("the file's page is no longer on the wiki: it was deleted."),
    N_(
        "Nothing is made again. See the deletion log on the wiki; upload the row again only "
        "when the deletion is undone or was a mistake."
    ),
)
declare(
    "page-redirected",
    W,
    "update",
    N_("the file's page now leads to {target}: the file was merged into another."),
    N_("Nothing was changed; correct {target} by hand if the correction concerns it."),
)
declare(
    "page-moved",
    W,
    "update",
    N_("the file was renamed on the wiki: it is now “{title}”."),
    N_("The correction is made there. The file keeps the name it was given on the wiki."),
)
declare(
    "page-edited-meanwhile",
    W,
    "update",
    N_("the page was edited by someone else each time the correction was about to be saved."),
    N_("Run the update again: it merges the correction with the page as it is then."),
)
