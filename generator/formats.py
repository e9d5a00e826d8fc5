"""Format checking for OpenAPI schemas: JSON Schema's formats plus OpenAPI's integer formats.

jsonschema knows nothing of `int32` and `int64`, so a value past their range would pass;
the clouds' typed backends refuse it. Used wherever a spec's schema judges a value: the
examples check, the emulator and the contract tests.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from jsonschema import Draft202012Validator, FormatChecker

INTEGER_RANGES = {"int32": 32, "int64": 64}


def _in_range(bits: int) -> Callable[[object], bool]:
    low, high = -(1 << (bits - 1)), 1 << (bits - 1)

    def check(value: object) -> bool:
        # Formats only constrain integers; other types are the `type` keyword's business.
        if not isinstance(value, int) or isinstance(value, bool):
            return True
        return low <= value < high

    return check


def openapi_format_checker() -> FormatChecker:
    checker: FormatChecker = copy.deepcopy(Draft202012Validator.FORMAT_CHECKER)
    for name, bits in INTEGER_RANGES.items():
        checker.checks(name)(_in_range(bits))
    return checker


FORMAT_CHECKER = openapi_format_checker()
