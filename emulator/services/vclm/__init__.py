"""Tencent Cloud VCLM 2024-05-23: the video generation jobs and subject library
(generation*.py, job_kinds.py, elements.py) and the deprecated stylization jobs."""

from __future__ import annotations

from clouds.tencentcloud import TENCENTCLOUD
from emulator.admin import AdminRoute
from emulator.context import Context
from emulator.protocols.tencentcloud import TencentService
from emulator.schemas import service_schemas
from emulator.services.vclm.actions import VclmActions
from emulator.services.vclm.admin import admin_routes as stylization_admin_routes
from emulator.services.vclm.backend import VclmBackend
from emulator.services.vclm.generation_actions import generation_handlers
from emulator.services.vclm.generation_admin import generation_admin_routes

__all__ = ["admin_routes", "tencent_service"]


def tencent_service(context: Context) -> TencentService:
    return TencentService(
        name="vclm",
        version="2024-05-23",
        schemas=service_schemas(TENCENTCLOUD.name, "vclm", "2024-05-23"),
        actions={
            **VclmActions(VclmBackend(context)).handlers(),
            **generation_handlers(context),
        },
    )


def admin_routes() -> list[AdminRoute]:
    return [*stylization_admin_routes(), *generation_admin_routes()]
