"""Dates as museums write them, in English, French, Spanish, German and Dutch, to the Commons
markup each must give: a table of forms met in real catalogs. What cannot be read is None:
the catalog's text stays as written, with a warning."""

from __future__ import annotations

import pytest

from glamdonor.core.dates import parse_date, wikidata_time

OD = "{{other date|%s}}"
CD = "{{complex date|%s}}"
FORMS = [
    # exact dates, every order and language
    ("1898", "1898"),
    ("1898-05-01", "1898-05-01"),
    ("1898-05", "1898-05"),
    ("1987-06-01 12:00:00", "1987-06-01"),
    ("01/05/1898", "1898-05-01"),
    ("1.5.1898", "1898-05-01"),
    ("1898/05/01", "1898-05-01"),
    ("May 1898", "1898-05"),
    ("May 3, 1898", "1898-05-03"),
    ("3 May 1898", "1898-05-03"),
    ("3. März 1901", "1901-03-03"),
    ("1 mei 1901", "1901-05-01"),
    ("12 décembre 1880", "1880-12-12"),
    ("5 de mayo de 1850", "1850-05-05"),
    ("800", "800"),
    ("500 BC", CD % "date1=500|era1=BC"),
    ("500 av. J.-C.", CD % "date1=500|era1=BC"),
    ("-0500", CD % "date1=500|era1=BC"),
    ("c. 500 BC", CD % "date1=500|era1=BC|adj1=circa"),
    # circa, and what says a date is uncertain
    ("c. 1905", OD % "circa|1905"),
    ("c.1905", OD % "circa|1905"),
    ("ca. 1905", OD % "circa|1905"),
    ("circa 1905", OD % "circa|1905"),
    ("about 1905", OD % "circa|1905"),
    ("vers 1905", OD % "circa|1905"),
    ("environ 1905", OD % "circa|1905"),
    ("um 1905", OD % "circa|1905"),
    ("etwa 1905", OD % "circa|1905"),
    ("hacia 1600", OD % "circa|1600"),
    ("aprox. 1600", OD % "circa|1600"),
    ("omstreeks 1650", OD % "circa|1650"),
    ("ongeveer 1650", OD % "circa|1650"),
    ("?1822", OD % "circa|1822"),
    ("1822?", OD % "circa|1822"),
    ("[1900]", OD % "circa|1900"),
    ("1900~", OD % "circa|1900"),
    ("c. May 1898", OD % "circa|1898-05"),
    # two years: between, or, and; ranges whose end keeps only its last digits
    ("1910-1912", OD % "between|1910|1912"),
    ("1910–12", OD % "between|1910|1912"),
    ("1670–1", OD % "between|1670|1671"),
    ("1826–7", OD % "between|1826|1827"),
    ("2000-2", OD % "between|2000|2002"),
    ("1850/1860", OD % "between|1850|1860"),
    ("1850 to 1860", OD % "between|1850|1860"),
    ("between 1910 and 1912", OD % "between|1910|1912"),
    ("entre 1850 et 1860", OD % "between|1850|1860"),
    ("entre 1850 y 1860", OD % "between|1850|1860"),
    ("zwischen 1850 und 1860", OD % "between|1850|1860"),
    ("tussen 1850 en 1860", OD % "between|1850|1860"),
    ("1850 bis 1860", OD % "between|1850|1860"),
    ("1850 a 1860", OD % "between|1850|1860"),
    ("May 1850 - June 1851", OD % "between|1850-05|1851-06"),
    ("1850-05/1851-06", OD % "between|1850-05|1851-06"),
    ("c.1830–5", OD % "circa|1830|1835"),
    ("c.1958–9", OD % "circa|1958|1959"),
    ("ca. 1910-1912", OD % "circa|1910|1912"),
    ("circa 1395–1408", OD % "circa|1395|1408"),
    ("1839 or 1840", OD % "or|1839|1840"),
    ("1839 ou 1840", OD % "or|1839|1840"),
    ("1839 oder 1840", OD % "or|1839|1840"),
    ("1839 o 1840", OD % "or|1839|1840"),
    ("1839 of 1840", OD % "or|1839|1840"),
    ("1833 and 1836", OD % "and|1833|1836"),
    ("1833 et 1836", OD % "and|1833|1836"),
    # before, after
    ("before 1900", OD % "before|1900"),
    ("avant 1900", OD % "before|1900"),
    ("vor 1900", OD % "before|1900"),
    ("antes de 1900", OD % "before|1900"),
    ("voor 1900", OD % "before|1900"),
    ("après 1900", OD % "after|1900"),
    ("nach 1900", OD % "after|1900"),
    ("después de 1900", OD % "after|1900"),
    ("na 1900", OD % "after|1900"),
    # decades
    ("1850s", OD % "decade|1850"),
    ("the 1850s", OD % "decade|1850"),
    ("1850's", OD % "decade|1850"),
    ("années 1850", OD % "decade|1850"),
    ("1850er Jahre", OD % "decade|1850"),
    ("jaren 1850", OD % "decade|1850"),
    ("década de 1850", OD % "decade|1850"),
    ("185X", OD % "decade|1850"),
    ("c. 1850s", CD % "date1=1850|precision1=decade|adj1=circa"),
    ("late 1850s", CD % "date1=1850|precision1=decade|adj1=late"),
    ("early 1850s", CD % "date1=1850|precision1=decade|adj1=early"),
    # centuries, in words and in Roman numerals, early, mid and late
    ("19th century", OD % "century|19"),
    ("19th c.", OD % "century|19"),
    ("19e siècle", OD % "century|19"),
    ("XIXe siècle", OD % "century|19"),
    ("siglo XIX", OD % "century|19"),
    ("s. XIX", OD % "century|19"),
    ("19. Jahrhundert", OD % "century|19"),
    ("19. Jh.", OD % "century|19"),
    ("19e eeuw", OD % "century|19"),
    ("18XX", OD % "century|19"),
    ("late 19th century", CD % "date1=19|precision1=century|adj1=late"),
    ("mid-19th century", CD % "date1=19|precision1=century|adj1=mid"),
    ("early 20th century", CD % "date1=20|precision1=century|adj1=early"),
    ("début du XXe siècle", CD % "date1=20|precision1=century|adj1=early"),
    ("fin du XIXe siècle", CD % "date1=19|precision1=century|adj1=late"),
    ("milieu du XIXe siècle", CD % "date1=19|precision1=century|adj1=mid"),
    ("finales del siglo XIX", CD % "date1=19|precision1=century|adj1=late"),
    ("principios del siglo XX", CD % "date1=20|precision1=century|adj1=early"),
    ("mediados del siglo XIX", CD % "date1=19|precision1=century|adj1=mid"),
    ("Ende des 19. Jahrhunderts", CD % "date1=19|precision1=century|adj1=late"),
    ("Anfang 20. Jahrhundert", CD % "date1=20|precision1=century|adj1=early"),
    ("Mitte 19. Jh.", CD % "date1=19|precision1=century|adj1=mid"),
    ("eind 19e eeuw", CD % "date1=19|precision1=century|adj1=late"),
    ("begin 20e eeuw", CD % "date1=20|precision1=century|adj1=early"),
    ("5th century BC", CD % "date1=5|precision1=century|era1=BC"),
    # unknown
    ("n.d.", "{{Unknown|date}}"),
    ("s.d.", "{{Unknown|date}}"),
    ("date not known", "{{Unknown|date}}"),
    ("undated", "{{Unknown|date}}"),
    ("sans date", "{{Unknown|date}}"),
    ("sin fecha", "{{Unknown|date}}"),
    ("o. J.", "{{Unknown|date}}"),
    ("undatiert", "{{Unknown|date}}"),
    ("z.j.", "{{Unknown|date}}"),
    ("ongedateerd", "{{Unknown|date}}"),
    # what the date is of, kept beside it
    ("exhibited 1827", "exhibited 1827"),
    ("published 1843", "published 1843"),
    ("printed c. 1900", "printed {{other date|circa|1900}}"),
    ("cast 1902", "cast 1902"),
    ("1981, printed 1992", "1981, printed 1992"),
    ("c. 1860, printed 1890s", "{{other date|circa|1860}}, printed {{other date|decade|1890}}"),
    ("gedruckt 1850", "gedruckt 1850"),
    ("publié en 1850", "publié 1850"),
]


def test_the_table_holds_at_least_eighty_forms_of_five_languages():
    assert len(FORMS) >= 80 and len({text for text, _ in FORMS}) == len(FORMS)


@pytest.mark.parametrize(("text", "wikitext"), FORMS)
def test_a_catalog_date_takes_its_commons_form(text, wikitext):
    found = parse_date(text)
    assert found is not None, text
    assert found.wikitext() == wikitext


@pytest.mark.parametrize(
    "text",
    ["sometime", "31/02/1900", "1912-1910", "9999", "cat 1905", "13/13/1900", "soon", "1850-"],
)
def test_doubtful_dates_are_not_guessed(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "precision", "time"),
    [
        ("1898-05-01", 11, "+1898-05-01T00:00:00Z"),
        ("c. 1905", 9, "+1905-00-00T00:00:00Z"),
        ("1850s", 8, "+1850-00-00T00:00:00Z"),
        ("19th century", 7, "+1900-00-00T00:00:00Z"),
    ],
)
def test_the_wikidata_time_of_a_date(text, precision, time):
    value = wikidata_time(parse_date(text))
    assert (value["precision"], value["time"]) == (precision, time)


@pytest.mark.parametrize("text", ["late 19th century", "500 BC", "1910-1912", "exhibited 1827"])
def test_no_wikidata_time_where_none_fits(text):
    assert wikidata_time(parse_date(text)) is None
