"""Which operation of which spec a page describes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from clouds import Cloud
from speclib.catalog import SpecFile
from speclib.walk import Operation, operations
from toolchain.doccheck.page import Page


@dataclass(frozen=True)
class Target:
    spec: SpecFile
    document: dict[str, Any]
    operation: Operation

    @property
    def name(self) -> str:
        return self.operation.operation_id or self.operation.location

    def where(self, pointer: str = "") -> str:
        return f"{self.spec.name}#{pointer}" if pointer else self.spec.name


def _template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path.rstrip("/"))


def find_target(
    page: Page, bundles: list[tuple[SpecFile, dict[str, Any]]], operation: str | None
) -> Target | None:
    """The spec operation named by `operation`, else by the page's action or URI.

    Several specs may hold an action of the same name (two versions of a
    service): the page's version and request domain decide between them.
    """
    candidates: list[Target] = []
    for spec, document in bundles:
        if spec.cloud != page.vendor and operation is None:
            continue
        for found in operations(document):
            if operation is not None:
                hit = found.operation_id == operation
            elif page.action is not None:
                hit = found.operation_id == page.action.value
            elif page.request_line is not None:
                method, path = page.request_line.value
                hit = found.method == method.lower() and _template(found.path) == _template(path)
            else:
                hit = False
            if hit:
                candidates.append(Target(spec, document, found))
    if len(candidates) > 1 and page.version is not None:
        same = [
            c for c in candidates if c.document.get("x-videoapi-api-version") == page.version.value
        ]
        candidates = same or candidates
    if len(candidates) > 1 and page.domain is not None:
        service = page.domain.value.split(".")[0]
        same = [c for c in candidates if Cloud.service(c.document) == service]
        candidates = same or candidates
    if not candidates and operation is None and page.request_line is not None:
        return _moved(page, bundles)
    return candidates[0] if candidates else None


def _moved(page: Page, bundles: list[tuple[SpecFile, dict[str, Any]]]) -> Target | None:
    """The operation whose URI the page changed: the same method and all but one segment
    of the path the same, and no other operation as close (then the `uri` check says
    what changed, instead of no operation being found)."""
    assert page.request_line is not None
    method, path = page.request_line.value
    wanted = _template(path).strip("/").split("/")
    close = []
    for spec, document in bundles:
        if spec.cloud != page.vendor:
            continue
        for found in operations(document):
            have = _template(found.path).strip("/").split("/")
            if found.method != method.lower() or len(have) != len(wanted):
                continue
            differing = sum(1 for a, b in zip(have, wanted, strict=True) if a != b)
            if differing == 1:
                close.append(Target(spec, document, found))
    return close[0] if len(close) == 1 else None
