"""VCLM 2024-05-23 actions (DescribeVideoStylizationJob is deprecated upstream, still served)."""

from __future__ import annotations

from typing import Any

from emulator.protocols.tencentcloud import ActionContext
from emulator.services.vclm.backend import VclmBackend


class VclmActions:
    def __init__(self, backend: VclmBackend) -> None:
        self.backend = backend

    def handlers(self) -> dict[str, Any]:
        return {"DescribeVideoStylizationJob": self.describe_video_stylization_job}

    def describe_video_stylization_job(self, call: ActionContext) -> dict[str, Any]:
        return self.backend.describe_job(call.params["JobId"])
