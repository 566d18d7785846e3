"""Templates filled by joining give what ``str.format`` gives."""

import pytest

from glamdonor.core.filling import filled, pieces


@pytest.mark.parametrize(
    "template",
    [
        "",
        "{}",
        "{}{}",
        "plain text",
        "=={{{{int:filedesc}}}}==\n{{{{Information\n|description={}\n|date={}\n}}}}\n{}",
        '{{"labels":{{{}}},"claims":[{}{{"id":"Q1"}}]}}',
        "{}}}{{{}",
    ],
)
def test_filled_is_what_format_gives(template):
    count = template.replace("{{", "").replace("}}", "").count("{}")
    values = [f"v{n}{{}}" for n in range(count)]  # braces in a value are kept as they are
    assert filled(pieces(template), values) == template.format(*values)
