"""Problems in the window's language. A problem's stable code gives a general sentence and
what to do, translated; its English sentence, with the row's own values (a file name, a
date), is shown as it is in English and stays in the tooltip in other languages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from glamdonor.core.errors import GlamdonorError, InputError
from glamdonor.core.item import Problem

PROBLEMS = {
    "already-on-wiki": (
        QT_TRANSLATE_NOOP("Problems", "This file is already on the wiki under this title."),
        QT_TRANSLATE_NOOP("Problems", "Nothing to do: the upload skips it."),
    ),
    "category-missing": (
        QT_TRANSLATE_NOOP("Problems", "A category of this page does not exist on the wiki."),
        QT_TRANSLATE_NOOP(
            "Problems", "Check the category's spelling, or create it on the wiki first."
        ),
    ),
    "date-differs-from-exif": (
        QT_TRANSLATE_NOOP("Problems", "The catalog's date and the camera's date differ."),
        QT_TRANSLATE_NOOP("Problems", "Check which date is right."),
    ),
    "date-unreadable": (
        QT_TRANSLATE_NOOP("Problems", "A date in this row cannot be read."),
        QT_TRANSLATE_NOOP(
            "Problems", "Write it as 1898, 1898-05-01, circa 1905, 1910-1912 or 1890s."
        ),
    ),
    "field-empty": (
        QT_TRANSLATE_NOOP("Problems", "A field Commons expects on every page is empty."),
        QT_TRANSLATE_NOOP("Problems", "Fill it in the catalog, or map a column or a value to it."),
    ),
    "file-duplicate-in-batch": (
        QT_TRANSLATE_NOOP("Problems", "This file has the same content as the file of another row."),
        QT_TRANSLATE_NOOP(
            "Problems", "Remove one of the two rows, or point it at the file it should have."
        ),
    ),
    "file-ambiguous": (
        QT_TRANSLATE_NOOP("Problems", "Several files in the media folder have this name."),
        QT_TRANSLATE_NOOP(
            "Problems", "Name the file by its path below the media folder, with its subfolder."
        ),
    ),
    "file-empty": (
        QT_TRANSLATE_NOOP("Problems", "The file is empty."),
        QT_TRANSLATE_NOOP("Problems", "Export or copy the file again."),
    ),
    "file-is-html": (
        QT_TRANSLATE_NOOP("Problems", "This file is a web page, not media."),
        QT_TRANSLATE_NOOP("Problems", "Download or export the file again and check that it opens."),
    ),
    "file-missing": (
        QT_TRANSLATE_NOOP("Problems", "The file named in this row is not in the media folder."),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Check the file's name in the catalog (names must match exactly), or add the file to "
            "the folder.",
        ),
    ),
    "file-no-extension": (
        QT_TRANSLATE_NOOP("Problems", "The file's name has no extension."),
        QT_TRANSLATE_NOOP("Problems", "Name the file with the extension of its type."),
    ),
    "file-not-named": (
        QT_TRANSLATE_NOOP("Problems", "This row names no media file."),
        QT_TRANSLATE_NOOP("Problems", "Fill the file column."),
    ),
    "file-on-wiki-elsewhere": (
        QT_TRANSLATE_NOOP("Problems", "The same file is already on the wiki under another title."),
        QT_TRANSLATE_NOOP("Problems", "Leave this row out, or use the file that is there."),
    ),
    "file-outside-folder": (
        QT_TRANSLATE_NOOP("Problems", "The file named lies outside the batch's media folder."),
        QT_TRANSLATE_NOOP(
            "Problems", "Copy the file into the media folder and name it relative to that folder."
        ),
    ),
    "file-too-large": (
        QT_TRANSLATE_NOOP("Problems", "The file is larger than Commons accepts (5 GiB)."),
        QT_TRANSLATE_NOOP(
            "Problems", "Make a smaller version (lower resolution or better compression)."
        ),
    ),
    "file-type-mismatch": (
        QT_TRANSLATE_NOOP("Problems", "The file's content does not match its extension."),
        QT_TRANSLATE_NOOP(
            "Problems", "Give the file the extension of its type, in the folder and in the catalog."
        ),
    ),
    "file-type-refused": (
        QT_TRANSLATE_NOOP("Problems", "The wiki does not accept files of this type."),
        QT_TRANSLATE_NOOP("Problems", "Convert the file to a type the wiki accepts."),
    ),
    "file-unreadable": (
        QT_TRANSLATE_NOOP("Problems", "glamdonor may not read this file."),
        QT_TRANSLATE_NOOP(
            "Problems", "Check the file's permissions (it must be readable by you) and check again."
        ),
    ),
    "file-vanished": (
        QT_TRANSLATE_NOOP(
            "Problems", "The file was there when the batch was read, but not when it was checked."
        ),
        QT_TRANSLATE_NOOP("Problems", "Put the file back in the media folder and check again."),
    ),
    "gps-in-file": (
        QT_TRANSLATE_NOOP(
            "Problems", "The file carries a GPS position, which will be public on Commons."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "If the place is private, remove the position from the file's EXIF data."
        ),
    ),
    "image-damaged": (
        QT_TRANSLATE_NOOP("Problems", "The image is damaged or incomplete."),
        QT_TRANSLATE_NOOP(
            "Problems", "Export or copy the file again from the original and check that it opens."
        ),
    ),
    "license-invalid": (
        QT_TRANSLATE_NOOP("Problems", "The license cell is not a license template name."),
        QT_TRANSLATE_NOOP(
            "Problems", "Write a license template such as cc-by-4.0 or PD-old-100-expired."
        ),
    ),
    "license-missing": (
        QT_TRANSLATE_NOOP(
            "Problems", "This row has no license; Commons deletes files without one."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Fill the license column or give the mapping a license value."
        ),
    ),
    "license-unknown": (
        QT_TRANSLATE_NOOP("Problems", "glamdonor does not know this license."),
        QT_TRANSLATE_NOOP(
            "Problems",
            "If it is a license template on Commons, add it to the mapping's license lookup.",
        ),
    ),
    "lookup-missing": (
        QT_TRANSLATE_NOOP("Problems", "A value of this row is not in the mapping's lookup table."),
        QT_TRANSLATE_NOOP(
            "Problems", "Add it to the lookup table of the mapping, or correct the cell."
        ),
    ),
    "template-missing": (
        QT_TRANSLATE_NOOP("Problems", "A template the page uses does not exist on the wiki."),
        QT_TRANSLATE_NOOP(
            "Problems", "The page would show a red link: check the template's name in the mapping."
        ),
    ),
    "template-page-missing": (
        QT_TRANSLATE_NOOP(
            "Problems",
            "A page the page refers to (Institution, Creator) does not exist on the wiki.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Create the page on the wiki, or check its name in the partner profile or lookup.",
        ),
    ),
    "page-too-large": (
        QT_TRANSLATE_NOOP("Problems", "This row's page would be larger than the wiki takes."),
        QT_TRANSLATE_NOOP(
            "Problems", "Shorten the longest cells of this row (a description pasted twice?)."
        ),
    ),
    "title-blacklisted": (
        QT_TRANSLATE_NOOP("Problems", "The wiki refuses this title."),
        QT_TRANSLATE_NOOP("Problems", "Choose a title that describes the subject."),
    ),
    "title-camera-name": (
        QT_TRANSLATE_NOOP(
            "Problems", "The title starts like a camera's file name, which Commons refuses."
        ),
        QT_TRANSLATE_NOOP("Problems", "Describe the subject in the title instead."),
    ),
    "title-duplicate": (
        QT_TRANSLATE_NOOP("Problems", "Another row would get the same title on the wiki."),
        QT_TRANSLATE_NOOP("Problems", "Change the title columns so that every title is unique."),
    ),
    "title-empty": (
        QT_TRANSLATE_NOOP("Problems", "This row would get an empty title."),
        QT_TRANSLATE_NOOP("Problems", "Fill the columns the title is made of."),
    ),
    "title-taken": (
        QT_TRANSLATE_NOOP("Problems", "A different file already has this title on the wiki."),
        QT_TRANSLATE_NOOP(
            "Problems", "Change the title columns of this row so that the title is unique."
        ),
    ),
    "wikidata-id-invalid": (
        QT_TRANSLATE_NOOP(
            "Problems", "A Wikidata identifier of this row is not written as Q followed by digits."
        ),
        QT_TRANSLATE_NOOP("Problems", "Write it like Q12345."),
    ),
    "duplicate": (
        QT_TRANSLATE_NOOP("Problems", "The same file is already on the wiki under another title."),
        QT_TRANSLATE_NOOP("Problems", "Leave this row out, or use the file that is there."),
    ),
    "was-deleted": (
        QT_TRANSLATE_NOOP("Problems", "A file with this title was deleted from the wiki before."),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Check the title's deletion log on the wiki, then change the title or ask an "
            "administrator.",
        ),
    ),
    "duplicate-archive": (
        QT_TRANSLATE_NOOP("Problems", "The same file was on the wiki before and was deleted."),
        QT_TRANSLATE_NOOP(
            "Problems", "Check the deletion log; upload it only if the reason no longer holds."
        ),
    ),
    "reply-lost": (
        QT_TRANSLATE_NOOP("Problems", "The wiki's reply was lost, and the file is not there."),
        QT_TRANSLATE_NOOP("Problems", "Upload the batch again: this row is tried again."),
    ),
    "too-slow": (
        QT_TRANSLATE_NOOP("Problems", "Sending took longer than the time allowed for this file."),
        QT_TRANSLATE_NOOP(
            "Problems", "Upload the batch again: this file goes on from where the wiki got to."
        ),
    ),
    "data-refused": (
        QT_TRANSLATE_NOOP(
            "Problems", "The file is on the wiki, but its captions and statements were refused."
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Fix the structured data columns of this row, then upload again: the file is not sent"
            " again.",
        ),
    ),
    "data-reply-lost": (
        QT_TRANSLATE_NOOP(
            "Problems",
            "The file is on the wiki, but whether its captions and statements arrived could not "
            "be told.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Upload the batch again: the wiki is asked whether they arrived."
        ),
    ),
    "file-changed": (
        QT_TRANSLATE_NOOP(
            "Problems", "The file changed between its check and its sending; nothing was published."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Upload the batch again: the file is checked and sent as it is now."
        ),
    ),
    "exists": (
        QT_TRANSLATE_NOOP("Problems", "A different file already has this title on the wiki."),
        QT_TRANSLATE_NOOP(
            "Problems", "Change the title columns of this row so that the title is unique."
        ),
    ),
    "page-exists": (
        QT_TRANSLATE_NOOP("Problems", "A page with this title already exists on the wiki."),
        QT_TRANSLATE_NOOP("Problems", "Change the title columns of this row."),
    ),
    "badfilename": (
        QT_TRANSLATE_NOOP("Problems", "The wiki would change this file name."),
        QT_TRANSLATE_NOOP(
            "Problems", "Leave out the characters the wiki does not allow in titles."
        ),
    ),
    "refused": (
        QT_TRANSLATE_NOOP("Problems", "The wiki did not publish the file."),
        QT_TRANSLATE_NOOP(
            "Problems", "Upload the batch again; if it happens again, report it with the batch."
        ),
    ),
    "page-differs": (
        QT_TRANSLATE_NOOP("Problems", "The file arrived, but its page does not read as sent."),
        QT_TRANSLATE_NOOP("Problems", "Look at the page on the wiki."),
    ),
}
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("Problems", "error"),
    "warning": QT_TRANSLATE_NOOP("Problems", "warning"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def told(problem: Problem) -> tuple[str, str]:
    """The problem's sentence and what to do, as the window says them."""
    general = PROBLEMS.get(problem.code)
    if general is not None and _translate(general[0]) != general[0]:
        return _translate(general[0]), _translate(general[1])
    return problem.message[:1].upper() + problem.message[1:], problem.hint


def error_said(error: GlamdonorError) -> str:
    """An error of the core in the window's language: its templates translated (N_ marks them
    in the core), then filled with the error's values, as the command line fills the English."""
    sentence, hint = error.said(_in_the_window)
    if isinstance(error, InputError) and (where := error.where(_in_the_window)):
        sentence = QCoreApplication.translate("Problems", "{0}: {1}").format(where, sentence)
    return f"{sentence[:1].upper()}{sentence[1:]} {hint}".strip()


def _in_the_window(template: str) -> str:
    return QCoreApplication.translate("", template)  # N_'s sentences have no context name


def severity(problem: Problem) -> str:
    return _translate(SEVERITIES.get(str(problem.severity), str(problem.severity)))


def details(problem: Problem) -> str:
    """The English sentence with the row's own values, for a tooltip."""
    return f"{problem.message[:1].upper()}{problem.message[1:]} {problem.hint}".strip()
