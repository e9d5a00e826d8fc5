"""OpenAPI's integer formats are checked like JSON Schema's own formats."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from speclib.formats import FORMAT_CHECKER


@pytest.mark.parametrize(
    ("schema_format", "value", "valid"),
    [
        ("int64", 2**63 - 1, True),
        ("int64", -(2**63), True),
        ("int64", 2**63, False),
        ("int64", -(2**63) - 1, False),
        ("int32", 2**31 - 1, True),
        ("int32", 2**31, False),
        ("int32", -(2**31) - 1, False),
        ("int64", "not an integer", True),  # left to the `type` keyword
        ("int64", True, True),
    ],
)
def test_integer_formats(schema_format: str, value: object, valid: bool) -> None:
    validator = Draft202012Validator({"format": schema_format}, format_checker=FORMAT_CHECKER)
    assert validator.is_valid(value) is valid


def test_json_schema_formats_are_still_checked() -> None:
    validator = Draft202012Validator({"format": "date-time"}, format_checker=FORMAT_CHECKER)
    assert not validator.is_valid("yesterday")
    assert validator.is_valid("2022-11-30T06:59:56Z")
