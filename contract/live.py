"""Live mode: which APIs can be held against the real clouds, with which credentials and data.

Live runs send only positive, read-only requests, and pin the identifying fields
of each request to resources the user names, so they query real data. The
harness sets CONTRACT_LIVE=1 for the schemathesis process; the hooks then apply
the pins as fixed parameter values (typed as the spec types them).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from clouds import Cloud

LIVE_ENV = "CONTRACT_LIVE"
TENCENT_CREDENTIALS = ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY")
HUAWEI_CREDENTIALS = ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_PROJECT_ID")
# The documented limit is 20 requests per second per action; stay well below it overall.
RATE_LIMIT = "10/s"


@dataclass(frozen=True)
class Pin:
    """A request field fixed to a value from the environment."""

    parameter: str  # a schemathesis parameter key: body.<field>, path.<name>, query.<name>
    variable: str
    kind: type[int] | type[str] = str
    required: bool = True

    def value(self, environ: Mapping[str, str]) -> int | str | None:
        raw = environ.get(self.variable, "").strip()
        if not raw:
            return None
        try:
            return self.kind(raw)
        except ValueError:
            raise ValueError(f"{self.variable}={raw!r} is not a {self.kind.__name__}") from None


@dataclass(frozen=True)
class LiveApi:
    service: str  # x-videoapi-service of the spec
    credentials: tuple[str, ...]
    pins: tuple[Pin, ...]
    why_not: str | None = None  # set when the API cannot be tested live at all
    # Read-only operations the pins cannot feed, left out of live runs, with the reason.
    not_live: tuple[tuple[str, str], ...] = ()

    def missing(self, environ: Mapping[str, str]) -> list[str]:
        """The variables that must be set before this API can be tested live."""
        needed = [*self.credentials, *(pin.variable for pin in self.pins if pin.required)]
        return [name for name in dict.fromkeys(needed) if not environ.get(name, "").strip()]


LIVE_APIS = {
    "tiw": LiveApi(
        "tiw",
        TENCENT_CREDENTIALS,
        (
            Pin("body.SdkAppId", "TIW_SDK_APP_ID", int),
            Pin("body.TaskId", "TIW_TASK_ID"),  # a real-time recording task of that application
        ),
        not_live=(
            (
                "DescribeVideoGenerationTask",
                "needs a video generation task's ID; TIW_TASK_ID names a recording",
            ),
        ),
    ),
    "vclm": LiveApi(
        "vclm",
        TENCENT_CREDENTIALS,
        (),
        why_not="the vendor took DescribeVideoStylizationJob offline (deprecated in the spec)",
    ),
    "metastudio": LiveApi(
        "metastudio",
        HUAWEI_CREDENTIALS,
        (
            Pin("path.project_id", "HUAWEICLOUD_SDK_PROJECT_ID"),
            Pin("query.job_id", "METASTUDIO_JOB_ID", required=False),
        ),
        not_live=(
            ("Show2DDigitalHumanVideo", "needs a 2D job's ID in the path; the listing reads jobs"),
            ("ShowPhotoDigitalHumanVideo", "needs a photo job's ID; the listing reads jobs"),
        ),
    ),
}


def not_live_operations(document: Mapping[str, Any]) -> list[str]:
    """operationIds a live run leaves out although they only read (see LiveApi.not_live)."""
    api = LIVE_APIS.get(service_of(document))
    return [] if api is None else [operation_id for operation_id, _ in api.not_live]


def service_of(document: Mapping[str, Any]) -> str:
    return Cloud.service(document)


def is_live(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get(LIVE_ENV) == "1"


def pinned_parameters(
    document: Mapping[str, Any], environ: Mapping[str, str] = os.environ
) -> dict[str, int | str]:
    """In live mode, the fixed parameter values for the API `document` describes."""
    api = LIVE_APIS.get(service_of(document))
    if not is_live(environ) or api is None:
        return {}
    pinned = {}
    for pin in api.pins:
        value = pin.value(environ)
        if value is not None:
            pinned[pin.parameter] = value
    return pinned
