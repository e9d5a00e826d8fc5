"""The subject library (CreateAigcElement, DescribeAigcElement, DeleteAigcElement):
subjects stored as resources, each made ready by a job (pending, then succeed or
failed), deleted for good."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from emulator.context import Context
from emulator.http import clip
from emulator.lifecycle import Lifecycle
from emulator.messages import localized, text
from emulator.protocols.errors import ApiError
from emulator.tasks import Facets, Tasks

SUBJECT = Lifecycle(("pending", "succeed"), failed="failed")
DEFAULT_PROVIDER = ["kling"]  # assumption: the Kling actions are the ones that take subjects
FAILURE = text("vclm.failure.element")


class ElementLibrary:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.elements = Tasks(
            context,
            "vclm.aigc_element",
            SUBJECT,
            lambda element: Facets(owner=str(element.get("Owner") or "")),
        )

    def create(self, params: Mapping[str, Any], owner: str | None) -> dict[str, Any]:
        kind = params.get("ReferenceType", "image_refer")
        if kind == "image_refer" and not params.get("ElementImageList"):
            raise ApiError("InvalidParameter", text("vclm.element_images"))
        if kind == "video_refer" and not params.get("VideoList"):
            raise ApiError("InvalidParameter", text("vclm.element_videos"))
        record = self._record(params, owner)
        self.elements.create(record["ElementId"], record)
        return {
            "JobId": record["JobId"],
            "ElementId": record["ElementId"],
            "Status": SUBJECT.states[0],
            "Provider": record["Provider"],
            "CreatedAt": record["CreatedAt"],
        }

    def add(self, fields: Mapping[str, Any], state: str | None = None) -> dict[str, Any]:
        record = self._record(fields, None)
        if self.elements.get(record["ElementId"]) is not None:
            raise ValueError(f"subject {record['ElementId']} exists already")
        return self.elements.create(record["ElementId"], record, state)

    def _record(self, params: Mapping[str, Any], owner: str | None) -> dict[str, Any]:
        element_id = str(params.get("ElementId") or f"elem_{uuid.UUID(self.context.hex_id())}")
        created = self._timestamp()
        return {
            "ElementId": element_id,
            "JobId": str(int(self.context.hex_id()[:15], 16)),
            "Owner": owner,
            "Name": params.get("Name", ""),
            "Description": params.get("Description", ""),
            "ReferenceType": params.get("ReferenceType", "image_refer"),
            "Provider": list(params.get("Provider") or DEFAULT_PROVIDER),
            "ElementImageList": params.get("ElementImageList"),
            "VideoList": list(params.get("VideoList") or []),
            "TagList": list(params.get("TagList") or []),
            "ElementVoiceId": params.get("ElementVoiceId", ""),
            "CreatedAt": created,
            "Deleted": False,
        }

    def _find(self, element_id: str) -> dict[str, Any]:
        element = self.elements.get(element_id)
        if element is None or element.get("Deleted"):
            raise ApiError(
                "InvalidParameterValue", text("vclm.element_not_found", element_id=clip(element_id))
            )
        return element

    def describe(self, element_id: str, language: str | None = None) -> dict[str, Any]:
        element = self._find(element_id)
        state = self.elements.observe(element_id, element)
        reply = {
            key: element[key]
            for key in (
                "Name",
                "ElementId",
                "Description",
                "ReferenceType",
                "Provider",
                "VideoList",
                "TagList",
                "CreatedAt",
                "ElementVoiceId",
            )
        }
        if element.get("ElementImageList"):
            reply["ElementImageList"] = element["ElementImageList"]
        reply["Status"] = state
        reply["UpdatedAt"] = element["CreatedAt"]
        reply["ProviderDetails"] = [
            {
                "Provider": provider,
                "Status": state,
                "ErrorMessage": localized(FAILURE, language) if state == SUBJECT.failed else "",
            }
            for provider in element["Provider"]
        ]
        return reply

    def delete(self, element_id: str) -> dict[str, Any]:
        element = self._find(element_id)
        element["Deleted"] = True
        self.elements.put(element_id, element)
        return {"ElementId": element_id, "Deleted": True}

    def check_usable(self, element_ids: list[str]) -> None:
        """Subjects a generation job names (ElementList) exist and are ready."""
        now = self.context.clock.now()
        for element_id in element_ids:
            element = self._find(element_id)
            if self.elements.state(element, now) != SUBJECT.states[-1]:
                raise ApiError(
                    "InvalidParameterValue",
                    text("vclm.element_not_ready", element_id=clip(element_id)),
                )

    def _timestamp(self) -> str:
        moment = datetime.fromtimestamp(self.context.clock.now(), UTC)
        return moment.strftime("%Y-%m-%d %H:%M:%S")
