"""Patterns made by ``form`` fill as ``str.format`` fills the template they come from."""

import pytest

from glamdonor.core.filling import form


@pytest.mark.parametrize(
    "template",
    [
        "",
        "{}",
        "{}{}",
        "plain text",
        "100% cotton, {} and 50%s",
        "=={{{{int:filedesc}}}}==\n{{{{Information\n|description={}\n|date={}\n}}}}\n{}",
        '{{"labels":{{{}}},"claims":[{}{{"id":"Q1"}}]}}',
        '{{"id":{number},"again":{number}}}',
        "{}}}{{{}",
    ],
)
def test_a_form_fills_as_format_does(template):
    count = template.replace("{{", "").replace("}}", "").count("{")
    values = [f"v{n}{{}}%s%%" for n in range(count)]  # braces and % in a value stay as they are
    expected = template.format(*values) if "{number}" not in template else None
    if expected is None:
        expected = template.format(number=values[0])
        values = [values[0]] * count
    assert form(template) % tuple(values) == expected
