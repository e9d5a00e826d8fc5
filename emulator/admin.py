"""The admin API under /_emulator/: seed tasks, drive the clock, reset, dump state.

The documented operations only read or derive tasks, so tasks are created here
(or from a fixtures file). Services register their own routes; the clock,
reset and state routes are common. Described by emulator/admin.openapi.yaml.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from emulator.callbacks import KIND as DELIVERY_KIND
from emulator.context import Context
from emulator.http import Reply, Request, json_reply

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


def advance_clock(context: Context, _: dict[str, str], body: Any) -> tuple[int, Any]:
    seconds = require(body, "seconds")["seconds"]
    if not isinstance(seconds, int | float) or seconds < 0:
        raise AdminError(400, "seconds must be a non-negative number")
    return 200, {"now": context.clock.advance(float(seconds))}


def reset(context: Context, _: dict[str, str], __: Any) -> tuple[int, Any]:
    context.store.delete_all()
    return 200, {"reset": True}


def dump_state(context: Context, _: dict[str, str], __: Any) -> tuple[int, Any]:
    return 200, {"now": context.clock.now(), "resources": context.store.dump()}


def callback_deliveries(context: Context, _: dict[str, str], __: Any) -> tuple[int, Any]:
    """Every event callback, oldest first, with its attempts (emulator/callbacks.py)."""
    return 200, {"deliveries": list(context.store.scan(DELIVERY_KIND))}


COMMON_ROUTES: list[AdminRoute] = [
    ("POST", r"/_emulator/clock/advance", advance_clock),
    ("POST", r"/_emulator/reset", reset),
    ("GET", r"/_emulator/state", dump_state),
    ("GET", r"/_emulator/callback-deliveries", callback_deliveries),
]


class Admin:
    def __init__(self, context: Context, providers: list[RouteProvider]) -> None:
        self.context = context
        routes = list(COMMON_ROUTES)
        for provider in providers:
            routes.extend(provider())
        self.routes = [
            (method, re.compile(pattern + "$"), handler) for method, pattern, handler in routes
        ]

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
                body = json.loads(request.body) if request.body.strip() else None
            except (UnicodeDecodeError, ValueError):
                raise AdminError(400, "the body is not valid JSON") from None
            try:
                return handler(self.context, match.groupdict(), body)
            except ValueError as error:  # what the store or a backend refuses
                raise AdminError(400, str(error)) from None
        if allowed:
            raise AdminError(405, f"use {', '.join(sorted(set(allowed)))}")
        raise AdminError(404, f"no admin route {request.path}")
