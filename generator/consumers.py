"""Derive each consumer's view of a bundled spec from the one hand-written source.

- reference: the bundle as written (docs, diffs, Prism).
- contract:  what schemathesis needs; it sends exactly the headers the spec
  declares, so the X-TC-* headers stay (the auth provider overwrites the
  signed ones).
- client:    what openapi-python-client needs; the signing layer of the
  generated package sets X-TC-*, X-Sdk-Date and X-Project-Id itself, so those
  header parameters are removed (a `const` header would make the generator
  skip the endpoint, a one-value enum would become a required argument).
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from generator.walk import HTTP_METHODS, resolve

Consumer = Literal["reference", "contract", "client"]
CONSUMERS: tuple[Consumer, ...] = ("reference", "contract", "client")

# Header parameters the client runtime's signing layer owns.
SIGNING_HEADERS = frozenset(
    {
        "x-tc-action",
        "x-tc-version",
        "x-tc-region",
        "x-tc-timestamp",
        "x-tc-token",
        "x-tc-language",
        "x-sdk-date",
        "x-project-id",
    }
)


def is_signing_header(document: dict[str, Any], parameter: dict[str, Any]) -> bool:
    resolved = resolve(document, parameter)
    return (
        resolved.get("in") == "header" and str(resolved.get("name", "")).lower() in SIGNING_HEADERS
    )


def derive(bundle: dict[str, Any], consumer: Consumer) -> dict[str, Any]:
    """Return the bundle as `consumer` should see it (a new document)."""
    document = copy.deepcopy(bundle)
    if consumer != "client":
        return document
    for path_item in document.get("paths", {}).values():
        if "parameters" in path_item:
            path_item["parameters"] = [
                p for p in path_item["parameters"] if not is_signing_header(document, p)
            ]
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation and "parameters" in operation:
                operation["parameters"] = [
                    p for p in operation["parameters"] if not is_signing_header(document, p)
                ]
    parameters = document.get("components", {}).get("parameters", {})
    for name in [n for n, p in parameters.items() if is_signing_header(document, p)]:
        del parameters[name]
    return document
