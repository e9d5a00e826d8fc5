"""The error every handler raises; each protocol renders it in its cloud's shape."""

from __future__ import annotations


class ApiError(Exception):
    """A failed call: the cloud's code and message (and, for Huawei, the HTTP status)."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(code, message)
        self.code, self.message, self.status = code, message, status
