"""The offline drawing of a page: sections, each parameter of the template, the license and
the categories, with every value escaped."""

from __future__ import annotations

from glamdonor.core.render import render


def test_a_page_is_drawn_with_its_parameters_license_and_categories():
    page = (
        "=={{int:filedesc}}==\n{{Artwork\n|artist=Anna <b>Example</b>\n|title={{en|1=Red}}\n"
        "|description=one line\nand another\n}}\n\n=={{int:license-header}}==\n{{cc-zero}}\n\n"
        "[[Category:Studies in red]]\n[[Category:Media contributed by Example Museum]]\n"
    )
    drawn = render(page)
    assert "<h3>Summary</h3>" in drawn and "<h3>Licensing</h3>" in drawn
    assert "<th align='left'>artist</th><td>Anna &lt;b&gt;Example&lt;/b&gt;</td>" in drawn
    assert "<td>{{en|1=Red}}</td>" in drawn
    assert "<td>one line\nand another</td>" in drawn
    assert "{{cc-zero}}" in drawn
    assert "Studies in red | Media contributed by Example Museum" in drawn
    assert "<b>" not in drawn.replace("<b>Artwork</b>", "").replace("<b>Categories:</b>", "")
