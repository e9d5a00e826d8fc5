"""Tencent Cloud VCLM 2024-05-23 (video stylization)."""

from __future__ import annotations

from clouds.tencentcloud import TENCENTCLOUD
from emulator.context import Context
from emulator.protocols.tencentcloud import TencentService
from emulator.schemas import service_schemas
from emulator.services.vclm.actions import VclmActions
from emulator.services.vclm.admin import admin_routes
from emulator.services.vclm.backend import VclmBackend

__all__ = ["admin_routes", "tencent_service"]


def tencent_service(context: Context) -> TencentService:
    return TencentService(
        name="vclm",
        version="2024-05-23",
        schemas=service_schemas(TENCENTCLOUD.name, "vclm", "2024-05-23"),
        actions=VclmActions(VclmBackend(context)).handlers(),
    )
