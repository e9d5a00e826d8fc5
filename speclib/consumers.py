"""Derive each consumer's view of a bundled spec from the one hand-written source.

- reference: the bundle as written (docs, diffs, Prism).
- contract:  what schemathesis needs. Header parameters that the signing layer
  sets (Tencent: X-TC-Version, X-TC-Timestamp, X-TC-Region, X-TC-Token; Huawei:
  X-Sdk-Date, X-Project-Id) are removed: the contract tests' auth provider sends them as
  every client does, so generating (or mutating) them would only test the
  signer. X-TC-Action stays, a `const` header: schemathesis drops the path's
  fragment and sends the declared headers, so the header names the action;
  X-TC-Language stays too, it is the caller's choice.
- client:    what openapi-python-client needs; the signing layer of the
  generated package sets X-TC-*, X-Sdk-Date and X-Project-Id itself, so those
  header parameters are removed (a `const` header would make the generator
  skip the endpoint, a one-value enum would become a required argument).
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from speclib.walk import HTTP_METHODS, resolve

Consumer = Literal["reference", "contract", "client"]
CONSUMERS: tuple[Consumer, ...] = ("reference", "contract", "client")


def _is_header_in(
    document: dict[str, Any], parameter: dict[str, Any], names: frozenset[str]
) -> bool:
    resolved = resolve(document, parameter)
    return resolved.get("in") == "header" and str(resolved.get("name", "")).lower() in names


def derive(
    bundle: dict[str, Any],
    consumer: Consumer,
    signing_headers: frozenset[str],
    caller_headers: frozenset[str],
) -> dict[str, Any]:
    """Return the bundle as `consumer` should see it (a new document).

    `signing_headers` are the header parameters (lower case) the cloud's signing layer
    sets, `caller_headers` those of them a caller chooses (the cloud package says which:
    `clouds.view` passes them).
    """
    document = copy.deepcopy(bundle)
    removed = {
        "reference": frozenset(),
        "contract": signing_headers - caller_headers,
        "client": signing_headers,
    }[consumer]
    if not removed:
        return document

    def kept(parameters: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [p for p in parameters if not _is_header_in(document, p, removed)]

    for path_item in document.get("paths", {}).values():
        if "parameters" in path_item:
            path_item["parameters"] = kept(path_item["parameters"])
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation and "parameters" in operation:
                operation["parameters"] = kept(operation["parameters"])
    parameters = document.get("components", {}).get("parameters", {})
    for name in [n for n, p in parameters.items() if _is_header_in(document, p, removed)]:
        del parameters[name]
    return document
