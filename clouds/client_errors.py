"""The error family of a generated package: everything its client raises.

Standalone (standard library only) so it can be copied into a generated package,
where each copy is that package's own family (`except tencentcloud_tiw_client.ClientError`
catches nothing from another package).

    ClientError                    anything the client raises
    +-- ApiError                   the cloud answered with an error (code, message, request ID)
    |   (TencentCloudError, HuaweiCloudError: the cloud's own, in its client runtime)
    +-- NetworkError               no usable answer: connection refused, reset, protocol error
    |   +-- DeadlineExceeded       the call's deadline (`timeout`, over all attempts) passed
    +-- InvalidReply               an answer the spec does not allow (a required field missing)
    +-- WaiterError                a waiter gave up
        +-- JobFailed              the job reached a failure state
        +-- WaitTimedOut           the waiter's deadline passed before a final state
"""

from __future__ import annotations

from typing import Any


class ClientError(Exception):
    """Base of everything the client raises; `request_id` when the cloud gave one."""

    request_id: str | None = None


class ApiError(ClientError):
    """The cloud answered with an error: its code and message, and the request's ID."""

    def __init__(self, code: str, message: str, request_id: str | None) -> None:
        super().__init__(code, message, request_id)
        self.code, self.message, self.request_id = code, message, request_id

    def __str__(self) -> str:
        return f"[{self.code}] {self.message} (request ID: {self.request_id})"


class NetworkError(ClientError):
    """The call got no usable answer (the connection failed or broke)."""

    def __init__(self, message: str, request_id: str | None = None) -> None:
        super().__init__(message, request_id)
        self.message, self.request_id = message, request_id

    def __str__(self) -> str:
        suffix = f" (request ID of the last answer: {self.request_id})" if self.request_id else ""
        return f"{self.message}{suffix}"


class DeadlineExceeded(NetworkError):
    """The call's deadline passed (its `timeout` covers every attempt and the waits between)."""


class InvalidReply(ClientError):
    """An answer the spec does not allow; `field` names what is missing or wrong."""

    def __init__(self, message: str, *, field: str | None = None, request_id: str | None) -> None:
        super().__init__(message, field, request_id)
        self.message, self.field, self.request_id = message, field, request_id

    def __str__(self) -> str:
        return f"{self.message} (request ID: {self.request_id})"


class WaiterError(ClientError):
    """A waiter stopped without reaching a success state; `last` is the last output seen."""

    def __init__(self, message: str, *, status: object, last: Any) -> None:
        super().__init__(message, status)
        self.message, self.status, self.last = message, status, last
        self.request_id = getattr(last, "request_id", None)

    def __str__(self) -> str:
        return self.message


class JobFailed(WaiterError):
    """The job reached one of the spec's failure states."""


class WaitTimedOut(WaiterError):
    """The waiter's deadline passed while the job was still running."""
