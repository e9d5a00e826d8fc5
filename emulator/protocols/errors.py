"""The error every handler raises; each protocol renders it in its cloud's shape."""

from __future__ import annotations

from jsonschema.exceptions import ValidationError

from emulator.http import QUOTE_CHARS, clip, quote


class ApiError(Exception):
    """A failed call: the cloud's code and message (and, for Huawei, the HTTP status)."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(code, message)
        self.code, self.message, self.status = code, message, status


def describe(error: ValidationError) -> str:
    """jsonschema's message for a violation, quoting at most a short prefix of the value
    (and, for a string too long, saying how long it may be)."""
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return f"{quote(error.instance)} is longer than {error.validator_value} characters"
    message = str(error.message)
    if isinstance(error.instance, str | bytes | list | dict):
        shown = repr(error.instance)
        if len(shown) > QUOTE_CHARS:
            message = message.replace(shown, quote(error.instance), 1)
    return clip(message, 4 * QUOTE_CHARS)
