"""VCLM 2024-05-23 actions (the stylization actions are deprecated upstream, still served)."""

from __future__ import annotations

from typing import Any

from emulator.messages import CHINESE, label
from emulator.protocols.tencentcloud import ActionContext
from emulator.services.vclm.backend import VclmBackend


class VclmActions:
    def __init__(self, backend: VclmBackend) -> None:
        self.backend = backend

    def handlers(self) -> dict[str, Any]:
        return {
            "SubmitVideoStylizationJob": self.submit_video_stylization_job,
            "DescribeVideoStylizationJob": self.describe_video_stylization_job,
        }

    def submit_video_stylization_job(self, call: ActionContext) -> dict[str, Any]:
        return {"JobId": self.backend.submit_job(call.params, call.secret_id)}

    def describe_video_stylization_job(self, call: ActionContext) -> dict[str, Any]:
        output = self.backend.describe_job(call.params["JobId"])
        # The documented labels are Chinese; an en-US caller gets them in English.
        output["StatusMsg"] = label(f"vclm.{output['StatusCode']}", call.language or CHINESE)
        return output
