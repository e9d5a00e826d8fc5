"""The admin API under /_emulator/: seed tasks, drive the clock, reset, dump state.

The documented operations only read or derive tasks, so tasks are created here
(or from a fixtures file). Services register their own routes; the clock,
reset and state routes are common. Described by emulator/admin.openapi.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from jsonschema.exceptions import best_match

from emulator.callbacks import KIND as DELIVERY_KIND
from emulator.context import Context
from emulator.http import NotJson, Reply, Request, clip, json_reply, parse_json
from emulator.protocols.errors import describe
from emulator.schemas import RequestSchema, request_validator
from emulator.tasks import Tasks
from speclib.loader import load_file
from speclib.walk import operations, resolve

ADMIN_SPEC = Path(__file__).resolve().parent / "admin.openapi.yaml"
# The latest time a reply can write (9999-12-31T23:59:59Z): the clock never passes it.
LATEST_TIME = 253402300799.0

Pinned = TypeVar("Pinned")
# A handler gets the path's parameters (named groups) and the query's, and the JSON body.
AdminHandler = Callable[[Context, dict[str, str], Any], tuple[int, Any]]
AdminRoute = tuple[str, str, AdminHandler]  # method, path regex (named groups), handler
RouteProvider = Callable[[], list[AdminRoute]]


class AdminError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def require(body: Any, *names: str) -> dict[str, Any]:
    """The JSON body as an object holding every named field, or a 400."""
    if not isinstance(body, dict):
        raise AdminError(400, "the body must be a JSON object")
    missing = [name for name in names if name not in body]
    if missing:
        raise AdminError(400, f"missing fields: {', '.join(missing)}")
    return body


def pin_state(
    body: Any, pin: Callable[[str | None], Pinned | None], what: str, field: str = "State"
) -> Pinned:
    """What `pin(state)` answers for the body's `field` (a state, or null to let the task
    progress again): a 400 for a state it refuses, a 404 when there is no `what`."""
    state = require(body, field)[field]
    if state is not None and not isinstance(state, str):
        raise AdminError(400, f"{field} must be a string or null")
    try:
        pinned = pin(state)
    except ValueError as error:
        raise AdminError(400, clip(str(error), 256)) from None
    if pinned is None:
        raise AdminError(404, f"no {clip(what, 256)}")
    return pinned


def pin_task(tasks: Tasks, key: str, body: Any, what: str) -> str:
    """Pin the task `key` to the body's State (see pin_state; `what` names the task, e.g.
    "recording task"); its state now."""
    task = pin_state(body, lambda state: tasks.pin(key, state), f"{what} {key}")
    return tasks.state(task)


def advance_clock(context: Context, _: dict[str, str], body: Any) -> tuple[int, Any]:
    seconds = require(body, "seconds")["seconds"]
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not seconds >= 0:
        raise AdminError(400, "seconds must be a non-negative number")
    if context.clock.now() + seconds > LATEST_TIME:
        raise AdminError(400, "seconds would move the clock past the year 9999")
    return 200, {"now": context.clock.advance(float(seconds))}


def reset(context: Context, _: dict[str, str], __: Any) -> tuple[int, Any]:
    context.store.delete_all()
    return 200, {"reset": True}


def dump_state(context: Context, _: dict[str, str], __: Any) -> tuple[int, Any]:
    return 200, {"now": context.clock.now(), "resources": context.store.dump()}


def callback_deliveries(context: Context, query: dict[str, str], _: Any) -> tuple[int, Any]:
    """Every event callback, oldest first, with its attempts (emulator/callbacks.py); only
    those of the EventType, TaskId and Status the query names, if it does (found under the
    store's indexes, not by reading every delivery; any other name is a 400)."""
    return 200, {"deliveries": context.store.scan(DELIVERY_KIND, where=query)}


COMMON_ROUTES: list[AdminRoute] = [
    ("POST", r"/_emulator/clock/advance", advance_clock),
    ("POST", r"/_emulator/reset", reset),
    ("GET", r"/_emulator/state", dump_state),
    ("GET", r"/_emulator/callback-deliveries", callback_deliveries),
]


@dataclass(frozen=True)
class AdminOperation:
    """What emulator/admin.openapi.yaml says an admin call's body must be."""

    method: str
    pattern: re.Pattern[str]
    body: RequestSchema | None
    body_required: bool

    def check(self, body: Any) -> None:
        """A 400 for a body the description refuses (missing, or not of its schema)."""
        if body is None:
            if self.body_required:
                raise AdminError(400, "the body is missing")
            return
        if self.body is None:
            return
        error = best_match(self.body.first_errors(body))
        if error is not None:
            where = clip(".".join(str(part) for part in error.absolute_path) or "(body)")
            raise AdminError(400, f"{where}: {describe(error)}")


def admin_operations(path: Path = ADMIN_SPEC) -> list[AdminOperation]:
    """Every operation of the admin API's description, with its compiled body schema."""
    document = load_file(path)
    found = []
    for operation in operations(document):
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(operation.path))
        request_body = resolve(document, operation.node.get("requestBody", {}))
        schema = request_body.get("content", {}).get("application/json", {}).get("schema")
        found.append(
            AdminOperation(
                operation.method.upper(),
                re.compile(pattern),
                None if schema is None else request_validator(document, schema),
                bool(request_body.get("required")),
            )
        )
    return found


class Admin:
    def __init__(self, context: Context, providers: list[RouteProvider]) -> None:
        self.context = context
        routes = list(COMMON_ROUTES)
        for provider in providers:
            routes.extend(provider())
        self.routes = [
            (method, re.compile(pattern + "$"), handler) for method, pattern, handler in routes
        ]
        self.described = admin_operations()

    def _described(self, request: Request) -> AdminOperation | None:
        for operation in self.described:
            if operation.method == request.method and operation.pattern.fullmatch(request.path):
                return operation
        return None

    def handle(self, request: Request) -> Reply:
        try:
            status, payload = self._dispatch(request)
        except AdminError as error:
            status, payload = error.status, {"error": error.message}
        reply = json_reply(status, payload)
        reply.action = f"admin {request.path}"
        reply.outcome = "ok" if status < 400 else f"admin-{status}"
        return reply

    def _dispatch(self, request: Request) -> tuple[int, Any]:
        allowed = []
        for method, pattern, handler in self.routes:
            match = pattern.match(request.path)
            if match is None:
                continue
            if method != request.method:
                allowed.append(method)
                continue
            try:
                body = parse_json(request.body) if request.body.strip() else None
            except NotJson as reason:
                raise AdminError(400, f"the body is not valid JSON: {reason}") from None
            described = self._described(request)
            if described is not None:
                described.check(body)
            params = {**dict(request.query_pairs()), **match.groupdict()}
            try:
                return handler(self.context, params, body)
            except ValueError as error:  # what the store or a backend refuses
                raise AdminError(400, clip(str(error), 256)) from None
        if allowed:
            raise AdminError(405, f"use {', '.join(sorted(set(allowed)))}")
        raise AdminError(404, f"no admin route {clip(request.path)}")
