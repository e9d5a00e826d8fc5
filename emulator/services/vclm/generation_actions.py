"""Handlers of the live VCLM actions: a Submit and a Describe per job kind of the table
(job_kinds.py), and the subject library."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulator.context import Context
from emulator.protocols.errors import ApiError
from emulator.protocols.tencentcloud import ActionContext
from emulator.services.vclm.elements import ElementLibrary
from emulator.services.vclm.generation import GenerationJobs
from emulator.services.vclm.job_kinds import JOB_KINDS, JobKind

Handler = Callable[[ActionContext], dict[str, Any]]


def _element_ids(params: dict[str, Any]) -> list[str]:
    return [
        str(item["ElementId"])
        for item in params.get("ElementList") or []
        if isinstance(item, dict) and item.get("ElementId")
    ]


def _element_id(params: dict[str, Any]) -> str:
    """The subject an action names; absent, the not-found answer (the field is optional in
    the metadata, as JobId of the Describe...Job actions)."""
    element_id = params.get("ElementId")
    if element_id in (None, ""):
        raise ApiError("InvalidParameterValue", "ElementId must name a subject.")
    return str(element_id)


def _job_handlers(context: Context, kind: JobKind, library: ElementLibrary) -> dict[str, Handler]:
    jobs = GenerationJobs(context, kind)

    def submit(call: ActionContext) -> dict[str, Any]:
        library.check_usable(_element_ids(call.params))
        return jobs.submit(call.params, call.secret_id)

    def describe(call: ActionContext) -> dict[str, Any]:
        return jobs.describe(call.params)

    return {kind.submit_action: submit, kind.describe_action: describe}


def generation_handlers(context: Context) -> dict[str, Handler]:
    library = ElementLibrary(context)
    handlers: dict[str, Handler] = {
        "CreateAigcElement": lambda call: library.create(call.params, call.secret_id),
        "DescribeAigcElement": lambda call: library.describe(_element_id(call.params)),
        "DeleteAigcElement": lambda call: library.delete(_element_id(call.params)),
    }
    for kind in JOB_KINDS:
        handlers.update(_job_handlers(context, kind, library))
    return handlers
