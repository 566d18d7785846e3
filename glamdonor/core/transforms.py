"""The transforms a mapping source may chain: trim, split and join, replace, regex, case,
default, date and lookup. Each works on a whole column and caches repeated values."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from glamdonor.core.dates import parse_date
from glamdonor.core.errors import InputError
from glamdonor.core.reconciled import as_lookup
from glamdonor.core.tomlfile import table_of
from glamdonor.core.values import Trusted, Unreadable, Wikitext
from glamdonor.core.words import N_

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Lookup:
    """A table of values, such as artist → Creator template or keyword → category."""

    name: str
    table: dict[str, str]
    wikitext: bool = False  # the table's values are wikitext written by the mapping's author
    ignore_case: bool = True
    _folded: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.ignore_case:
            self._folded.update({key.casefold(): value for key, value in self.table.items()})

    def get(self, value: str) -> str | None:
        if self.ignore_case:
            return self._folded.get(value.strip().casefold())
        return self.table.get(value.strip())


@dataclass(frozen=True)
class Transform:
    name: str
    function: Callable[[str], str]

    def apply(self, values: list[str]) -> list[str]:
        cache: dict[str, str] = {}
        out = []
        for value in values:
            result = cache.get(value)
            if result is None:
                result = cache[value] = self.function(value)
            out.append(result)
        return out


def load_lookups(spec: dict, mapping_path: Path) -> dict[str, Lookup]:
    lookups = {}
    for name, table in spec.items():
        if not isinstance(table, dict) or not ("values" in table or "file" in table):
            raise InputError(
                N_("the lookup “{name}” has neither values nor a file."),
                N_('Write [lookups.{name}.values] with "from" = "to" lines, or file = "x.csv".'),
                file=mapping_path,
                name=name,
            )
        values = {str(k): str(v) for k, v in table_of(table, "values", mapping_path).items()}
        if "file" in table:
            path = mapping_path.parent / table["file"]
            reconciled = as_lookup(path)  # a file `glamdonor reconcile` wrote: its Q-ids
            values |= _read_table(path, mapping_path) if reconciled is None else reconciled
        lookups[name] = Lookup(
            name,
            values,
            wikitext=bool(table.get("wikitext", False)),
            ignore_case=bool(table.get("ignore_case", True)),
        )
    return lookups


def _read_table(path: Path, mapping_path: Path) -> dict[str, str]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = [row for row in csv.reader(handle) if row]
    except OSError:
        raise InputError(
            N_("the lookup file {path} cannot be read."),
            N_("Check its name; it is read relative to the mapping's folder."),
            file=mapping_path,
            path=path,
        ) from None
    bad = next((n for n, row in enumerate(rows, start=1) if len(row) < 2), None)
    if bad:
        raise InputError(
            N_("a lookup file needs two columns: the value, then what it becomes."),
            N_("Fill both cells of the row."),
            file=path,
            row=bad,
        )
    return {row[0].strip(): row[1].strip() for row in rows}


def build_transform(spec: object, lookups: dict[str, Lookup], where: Path) -> Transform:
    """One transform from its TOML form: "trim", "date", or a table such as {case="upper"}."""
    name, argument = _name_and_argument(spec, where)
    maker = _MAKERS.get(name)
    if maker is None:
        raise InputError(
            N_("“{name}” is not a transform."),
            N_("The transforms are: {names}."),
            file=where,
            name=name,
            names=", ".join(sorted(_MAKERS)),
        )
    return Transform(name, maker(argument, lookups, where))


def _name_and_argument(spec: object, where: Path) -> tuple[str, object]:
    if isinstance(spec, str):
        return spec, None
    if isinstance(spec, dict) and spec:
        if "split" in spec:  # { split = ";", join = ", " }
            return "split", spec
        if len(spec) == 1:
            return next(iter(spec.items()))
        if "lookup" in spec:  # { lookup = "creators", missing = "problem" }
            return "lookup", spec
    raise InputError(
        N_("this transform cannot be read: {spec!r}."),
        N_('Write a name ("trim") or a table ({{ case = "upper" }}).'),
        file=where,
        spec=spec,
    )


def _trim(argument: object, lookups: dict, where: Path) -> Callable[[str], str]:
    return lambda value: _SPACES.sub(" ", value).strip()


def _split(argument: object, lookups: dict, where: Path) -> Callable[[str], str]:
    assert isinstance(argument, dict)
    separator, joiner = str(argument["split"]), str(argument.get("join", ", "))
    return lambda value: joiner.join(p.strip() for p in value.split(separator) if p.strip())


def _replace(argument: object, lookups: dict, where: Path) -> Callable[[str], str]:
    if not (isinstance(argument, list) and len(argument) == 2):
        raise InputError(N_('replace takes ["old", "new"].'), "", file=where)
    old, new = str(argument[0]), str(argument[1])
    return lambda value: value.replace(old, new)


def _regex(argument: object, lookups: dict, where: Path) -> Callable[[str], str]:
    if not (isinstance(argument, list) and len(argument) == 2):
        raise InputError(N_('regex takes ["pattern", "replacement"].'), "", file=where)
    try:
        pattern = re.compile(str(argument[0]))
        pattern.sub(str(argument[1]), "")
    except (re.error, IndexError) as error:
        raise InputError(
            N_("the regex {regex!r} or its replacement is not valid ({error})."),
            N_("Correct it; groups in the replacement are written \\1."),
            file=where,
            regex=argument[0],
            error=error,
        ) from None
    replacement = str(argument[1])
    return lambda value: pattern.sub(replacement, value)


def _case(argument: object, lookups: dict, where: Path) -> Callable[[str], str]:
    cases = {
        "upper": str.upper,
        "lower": str.lower,
        "title": str.title,
        "sentence": lambda v: v[:1].upper() + v[1:],
    }
    if argument not in cases:
        raise InputError(N_("case must be one of {cases}."), "", file=where, cases=", ".join(cases))
    return cases[str(argument)]


def _default(argument: object, lookups: dict, where: Path) -> Callable[[str], str]:
    fallback = str(argument)
    return lambda value: value if value.strip() else fallback


def _date(argument: object, lookups: dict, where: Path) -> Callable[[str], str]:
    order = (argument or {}).get("order", "dmy") if isinstance(argument, dict) else "dmy"
    if order not in ("dmy", "mdy"):
        raise InputError(
            N_('a date\'s order is "dmy" (31/12/1900) or "mdy" (12/31/1900).'), "", file=where
        )

    def normalise(value: str) -> str:
        if not value.strip():
            return ""
        date = parse_date(value, day_first=order == "dmy")
        if date is None:
            return Unreadable(value, "date-unreadable", value=value.strip())
        return Wikitext(date.wikitext())

    return normalise


def _lookup(argument: object, lookups: dict[str, Lookup], where: Path) -> Callable[[str], str]:
    spec = argument if isinstance(argument, dict) else {"lookup": argument}
    name, missing = str(spec["lookup"]), spec.get("missing", "keep")
    if name not in lookups:
        raise InputError(
            N_("the lookup table “{name}” is not defined."),
            N_("Add a [lookups.{name}] table to the mapping."),
            file=where,
            name=name,
        )
    if missing not in ("keep", "empty", "problem"):
        raise InputError(N_('a lookup\'s missing is "keep", "empty" or "problem".'), "", file=where)
    table = lookups[name]

    def look_up(value: str) -> str:
        found = table.get(value)
        if found is not None:
            return Wikitext(found) if table.wikitext else Trusted(found)
        if not value.strip() or missing == "keep":
            return value
        if missing == "empty":
            return ""
        return Unreadable(value, "lookup-missing", value=value.strip(), table=name)

    return look_up


_MAKERS = {
    "trim": _trim,
    "split": _split,
    "replace": _replace,
    "regex": _regex,
    "case": _case,
    "default": _default,
    "date": _date,
    "lookup": _lookup,
}
