"""Huawei Cloud MetaStudio v1: digital human video production jobs."""

from __future__ import annotations

from clouds.huaweicloud import HUAWEICLOUD
from emulator.context import Context
from emulator.protocols.huaweicloud import HuaweiService, service_routes
from emulator.schemas import service_schemas
from emulator.services.metastudio.actions import MetaStudioActions
from emulator.services.metastudio.admin import admin_routes
from emulator.services.metastudio.backend import MetaStudioBackend

__all__ = ["admin_routes", "huawei_service"]


def huawei_service(context: Context) -> HuaweiService:
    schemas = service_schemas(HUAWEICLOUD.name, "metastudio", "v1")
    handlers = MetaStudioActions(MetaStudioBackend(context)).handlers()
    return HuaweiService(
        name="metastudio", schemas=schemas, routes=service_routes(schemas, handlers)
    )
