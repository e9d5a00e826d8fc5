"""Tencent Cloud Interactive Whiteboard (TIW) 2019-09-19."""

from __future__ import annotations

from clouds.tencentcloud import TENCENTCLOUD
from emulator.context import Context
from emulator.protocols.tencentcloud import TencentService
from emulator.schemas import service_schemas
from emulator.services.tiw.actions import TiwActions
from emulator.services.tiw.admin import admin_routes
from emulator.services.tiw.backend import TiwBackend
from emulator.services.tiw.events import TiwEvents

__all__ = ["admin_routes", "event_source", "tencent_service"]


def tencent_service(context: Context) -> TencentService:
    schemas = service_schemas(TENCENTCLOUD.name, "tiw", "2019-09-19")
    return TencentService(
        name="tiw",
        version="2019-09-19",
        schemas=schemas,
        actions=TiwActions(TiwBackend(context)).handlers(),
        regions=tuple(schemas.document.get("x-videoapi-regions", ())),
        type_mismatch_code="InvalidParameter.BodyParameterTypeUnmatched",
    )


def event_source(context: Context) -> TiwEvents:
    """The events TIW POSTs to the callback URLs an application registered."""
    return TiwEvents(context)
