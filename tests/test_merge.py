"""The three-way merge of a corrected page (core/merge.py), by template parameter, language,
category and licence: the community's work is never overwritten."""

from glamdonor.core.merge import merge

BASE = """=={{int:filedesc}}==
{{Artwork
|artist=Anna Example
|title={{en|1=Red study}}
|description={{en|1=A study in red.}}
|date=1898
|accession number=EM-0001
}}

=={{int:license-header}}==
{{cc-zero}}

[[Category:Studies in red]]
[[Category:Uploaded with glamdonor]]"""


def edited(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new)
    return text


def test_an_untouched_page_takes_every_correction():
    new = edited(BASE, ("Red study", "Red study (sketch)"), ("date=1898", "date=1899"))
    merged = merge(BASE, BASE, new, "Artwork")
    assert merged.text == new
    assert merged.changed == ("title", "date") and merged.conflicts == ()


def test_the_communitys_changes_stay_and_a_double_change_is_a_conflict():
    theirs = edited(
        BASE,
        ("date=1898", "date=c. 1897"),
        ("{{en|1=A study in red.}}", "{{en|1=A study in red.}}{{fr|1=Une étude en rouge.}}"),
        ("[[Category:Uploaded with glamdonor]]", "[[Category:Uploaded with glamdonor]]\n[[Category:Red]]"),
    )
    new = edited(BASE, ("Red study", "Red study (sketch)"), ("date=1898", "date=1899"))
    merged = merge(BASE, theirs, new, "Artwork")
    assert "|title={{en|1=Red study (sketch)}}" in merged.text
    assert "|date=c. 1897" in merged.text
    assert "{{fr|1=Une étude en rouge.}}" in merged.text and "[[Category:Red]]" in merged.text
    assert [(c.field, c.theirs, c.ours) for c in merged.conflicts] == [("date", "c. 1897", "1899")]
    assert merged.changed == ("title",)


def test_a_description_changed_in_another_language_only_is_no_conflict():
    theirs = edited(BASE, ("{{en|1=A study in red.}}", "{{en|1=A study in red.}}{{de|1=Rot.}}"))
    new = edited(BASE, ("A study in red.", "A study in red, on card."))
    merged = merge(BASE, theirs, new, "Artwork")
    assert "|description={{en|1=A study in red, on card.}}{{de|1=Rot.}}" in merged.text
    assert merged.conflicts == () and merged.changed == ("description",)


def test_categories_the_catalog_drops_go_those_others_removed_stay_removed():
    theirs = edited(BASE, ("[[Category:Uploaded with glamdonor]]", "[[Category:Oil sketches]]"))
    new = edited(BASE, ("[[Category:Studies in red]]", "[[Category:Red studies]]"))
    merged = merge(BASE, theirs, new, "Artwork")
    assert "Studies in red" not in merged.text and "[[Category:Red studies]]" in merged.text
    assert "[[Category:Oil sketches]]" in merged.text
    assert "Uploaded with glamdonor" not in merged.text  # removed by others: not put back
    assert merged.changed == ("categories",)


def test_a_license_corrected_replaces_the_old_one_in_its_place():
    new = edited(BASE, ("{{cc-zero}}", "{{cc-by-4.0}}"))
    merged = merge(BASE, BASE, new, "Artwork")
    assert merged.text == new and merged.changed == ("license",)


def test_nothing_corrected_changes_nothing():
    theirs = edited(BASE, ("date=1898", "date=1898 "), ("A study", "A good study"))
    merged = merge(BASE, theirs, BASE, "Artwork")
    assert merged.text == theirs and not merged.edits


def test_the_merge_of_its_own_result_changes_nothing_more():
    """A run stopped after its edit arrived, before the journal heard: run again, the page
    already holds the merge, and nothing is edited twice."""
    theirs = edited(BASE, ("date=1898", "date=c. 1897"))
    new = edited(BASE, ("Red study", "Red study (sketch)"), ("date=1898", "date=1899"))
    first = merge(BASE, theirs, new, "Artwork")
    again = merge(BASE, first.text, new, "Artwork")
    assert again.text == first.text and not again.edits
    assert [c.field for c in again.conflicts] == ["date"]


def test_a_donation_taken_up_merges_against_its_page_and_its_rendering_then():
    """Taken up from the wiki: the page then (``base``) is not glamdonor's rendering of the
    catalog then (``rendered``): a field is the catalog's change where the renderings differ,
    the community's where the pages differ; fields the mapping does not render are kept."""
    page = edited(BASE, ("|date=1898", "|date=1898 <!-- from the old register -->"),
                  ("|artist=Anna Example", "|artist={{Creator:Anna Example}}"))  # fmt: skip
    rendered = edited(BASE, ("|artist=Anna Example\n", ""))
    new = edited(rendered, ("|date=1898", "|date=1899"), ("Red study", "Red study (sketch)"))
    theirs = edited(page, ("{{en|1=Red study}}", "{{en|1=Red study, 1898}}"))
    merged = merge(page, theirs, new, "Artwork", rendered)
    assert "|date=1899\n" in merged.text  # nobody changed the page's date since the take-up
    assert "|artist={{Creator:Anna Example}}" in merged.text  # not rendered: kept
    assert "{{en|1=Red study, 1898}}" in merged.text
    assert [(c.field, c.ours) for c in merged.conflicts] == [("title (en)", "{{en|1=Red study (sketch)}}")]
