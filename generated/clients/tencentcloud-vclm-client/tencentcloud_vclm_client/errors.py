"""Everything this package raises, one family (the classes live in `_runtime/`).

ClientError                    anything the client raises (`.request_id` when known)
+-- TencentCloudError          the cloud's error reply: code, message, request_id (an ApiError)
+-- NetworkError               no usable answer (connection refused, reset ...)
|   +-- DeadlineExceeded       the call's `timeout` passed, over every attempt
+-- InvalidReply               an answer the spec does not allow (`.field`: what is missing)
+-- WaiterError                a waiter gave up (`.status`, `.last`)
    +-- JobFailed              the job reached a failure state
    +-- WaitTimedOut           the waiter's timeout passed first
"""

from ._runtime.errors import (
    ApiError,
    ClientError,
    DeadlineExceeded,
    InvalidReply,
    JobFailed,
    NetworkError,
    WaiterError,
    WaitTimedOut,
)
from ._runtime.tencentcloud import TencentCloudError

__all__ = (
    "ApiError",
    "ClientError",
    "DeadlineExceeded",
    "InvalidReply",
    "JobFailed",
    "NetworkError",
    "TencentCloudError",
    "WaitTimedOut",
    "WaiterError",
)
