"""A long list is cut to its first two items when a note runs over its budget; short lists,
clauses that only look like lists, and the list's own tail are left alone."""

from __future__ import annotations

import pytest

from app.core.lists import shorten_list


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "I'm a farrier offering trims, full shoeing, remedial work, hoof boots and advice "
            "for riding schools across Devon.",
            "I'm a farrier offering trims and full shoeing for riding schools across Devon.",
        ),
        ("I know Python, SQL, Spark, dbt and a bit of Rust.", "I know Python and SQL."),
        ("We bake bread, cakes, pies, and pastries.", "We bake bread and cakes."),
    ],
)
def test_a_long_list_keeps_its_first_two_items(text: str, short: str) -> None:
    assert shorten_list(text) == short


@pytest.mark.parametrize(
    "text",
    [
        "I like tea, coffee and cake.",  # three items: left as written
        # a clause, not an item
        "My first job was at a café in Thika, where for a year I handled printing, typing "
        "and customer support.",
        # "Friday are fine" is a clause
        "If that fails, evenings on Monday, Thursday or Friday are fine for me too.",
        # an enumeration in apposition
        "I built three modules, one on safety, one on stoichiometry and one on onboarding.",
        "I'd move into digital health, ideally something with data, product or safety.",
    ],
)
def test_what_is_not_a_long_list_is_left_alone(text: str) -> None:
    assert shorten_list(text) is None
