"""Format checking for OpenAPI schemas: JSON Schema's formats plus OpenAPI's integer formats.

jsonschema knows nothing of `int32` and `int64`, so a value past their range would pass;
the clouds' typed backends refuse it. Used wherever a spec's schema judges a value: the
examples check, the emulator and the contract tests.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

INTEGER_RANGES = {"int32": 32, "int64": 64}


def integer_bounds(bits: int) -> tuple[int, int]:
    """The smallest and the largest value of a signed integer of `bits` bits."""
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


def _in_range(bits: int) -> Callable[[object], bool]:
    low, high = integer_bounds(bits)

    def check(value: object) -> bool:
        # Formats only constrain integers; other types are the `type` keyword's business.
        if not isinstance(value, int) or isinstance(value, bool):
            return True
        return low <= value <= high

    return check


def openapi_format_checker() -> FormatChecker:
    checker: FormatChecker = copy.deepcopy(Draft202012Validator.FORMAT_CHECKER)
    for name, bits in INTEGER_RANGES.items():
        checker.checks(name)(_in_range(bits))
    return checker


FORMAT_CHECKER = openapi_format_checker()


def with_integer_ranges(schema: Any) -> Any:
    """The schema with the range of each int32/int64 `format` also spelled out as minimum
    and maximum, for validators that check no format on numbers (jsonschema-rs)."""
    if isinstance(schema, list):
        return [with_integer_ranges(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: with_integer_ranges(value) for key, value in schema.items()}
    bits = INTEGER_RANGES.get(str(schema.get("format")))
    if bits is not None:
        low, high = integer_bounds(bits)
        result["minimum"] = max(low, schema.get("minimum", low))
        result["maximum"] = min(high, schema.get("maximum", high))
    return result
