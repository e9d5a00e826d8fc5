"""Every OpenAPI rule of the diff fires on a pair of specs that makes that change,
and stays quiet on a nearby pair that does not."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.spec_mutations import (
    Document,
    Pair,
    action,
    base_spec,
    changed,
    listing,
    mutated,
    removing,
    rename_action,
    replace_action,
    request_property,
    response_property,
    reverted,
    schema,
    setting,
)
from toolchain.diff.rules import RULES
from toolchain.diff.specs import compare_specs


def _servers(document: Document) -> list[Any]:
    servers: list[Any] = document["servers"]
    return servers


def _regions(document: Document) -> list[Any]:
    regions: list[Any] = document["x-videoapi-regions"]
    return regions


def _root(document: Document) -> Document:
    return document


def _schemes(document: Document) -> Document:
    result: Document = document["components"]["securitySchemes"]
    return result


def _tc3(document: Document) -> Document:
    result: Document = _schemes(document)["TC3"]
    return result


def _version(document: Document) -> None:
    document["x-videoapi-api-version"] = "2021-01-01"
    document["components"]["parameters"]["X-TC-Version"]["schema"]["const"] = "2021-01-01"


def _listing_parameter(name: str) -> Callable[[Document], Document]:
    def get(document: Document) -> Document:
        return next(p for p in listing(document)["parameters"] if p["name"] == name)

    return get


def _add_parameter(required: bool) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        listing(document)["parameters"].append(
            {"name": "owner", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    return mutation


def _drop_parameter(document: Document) -> None:
    listing(document)["parameters"].pop()


def _move_listing(document: Document) -> None:
    document["paths"]["/v2/things"] = document["paths"].pop("/v1/things")


def _add_operation(document: Document) -> None:
    document["paths"]["/v1/owners"] = {
        "get": {"operationId": "ListOwners", "responses": {"200": {"description": "ok"}}}
    }


def _request_content(document: Document) -> Document:
    result: Document = action(document)["requestBody"]["content"]
    return result


def _listing_responses(document: Document) -> Document:
    result: Document = listing(document)["responses"]
    return result


def _listing_ok(document: Document) -> Document:
    result: Document = _listing_responses(document)["200"]
    return result


def _request_schema(document: Document) -> Document:
    return schema(document, "DescribeThingRequest")


def _response_schema(document: Document) -> Document:
    return schema(document, "DescribeThingResponse")


def _add_request_property(required: bool) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        _request_schema(document)["properties"]["Color"] = {"type": "string"}
        if required:
            _request_schema(document)["required"].append("Color")

    return mutation


def _require(get: Callable[[Document], Document], name: str) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        get(document)["required"].append(name)

    return mutation


def _unrequire(get: Callable[[Document], Document], name: str) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        get(document)["required"].remove(name)

    return mutation


def _request(name: str) -> Callable[[Document], Document]:
    return lambda document: request_property(document, name)


def _response(name: str) -> Callable[[Document], Document]:
    return lambda document: response_property(document, name)


def _tags_items(document: Document) -> Document:
    result: Document = request_property(document, "Tags")["items"]
    return result


def _pop_alternative(get: Callable[[Document], Document]) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        get(document)["anyOf"].pop()

    return mutation


def _describe(document: Document) -> None:
    document["info"]["description"] = "A change of wording only."


def _security_open(document: Document) -> None:
    listing(document)["security"] = []


def _security_tc3(document: Document) -> None:
    listing(document)["security"] = [{"TC3": []}]


def _move_code_to_common(document: Document) -> None:
    codes = action(document).pop("x-videoapi-operation-error-codes")
    document["x-videoapi-cloud-error-codes"].update(codes)


def _add_code(document: Document) -> None:
    action(document)["x-videoapi-operation-error-codes"]["ResourceInUse.Thing"] = (
        "The thing is busy."
    )


def _body_optional(document: Document) -> None:
    action(document)["requestBody"]["required"] = False


def _extra_request_media(document: Document) -> None:
    _request_content(document)["application/x-www-form-urlencoded"] = {"schema": {"type": "object"}}


def _extra_response_media(document: Document) -> None:
    _listing_ok(document)["content"]["application/xml"] = {"schema": {"type": "string"}}


def _nullable_note(document: Document) -> None:
    response_property(document, "Note")["type"] = ["string", "null"]


# rule: (a pair where it must fire, a pair where it must not)
def _with_summary(document: Document) -> Document:
    """The base spec with ThingSummary, a copy of DescribeThingResponse under its own name."""
    schemas = document["components"]["schemas"]
    schemas["ThingSummary"] = dict(schemas["DescribeThingResponse"])
    return document


def _retargeted() -> Pair:
    """ThingList's items now refer to ThingSummary: the same shape, another model class."""
    after = _with_summary(base_spec())
    after["components"]["schemas"]["ThingList"]["properties"]["things"]["items"] = {
        "$ref": "#/components/schemas/ThingSummary"
    }
    return _with_summary(base_spec()), after


def _renamed_component() -> Pair:
    """DescribeThingResponse renamed everywhere: no reference points elsewhere."""
    text = json.dumps(base_spec()).replace('DescribeThingResponse"', 'ThingReply"')
    return base_spec(), json.loads(text)


CASES: dict[str, tuple[Callable[[], Pair], Callable[[], Pair]]] = {
    "spec-added": (lambda: (None, base_spec()), lambda: (base_spec(), None)),
    "spec-removed": (lambda: (base_spec(), None), lambda: (None, base_spec())),
    "server-removed": (changed(removing(_servers, 1)), reverted(removing(_servers, 1))),
    "server-added": (reverted(removing(_servers, 1)), changed(removing(_servers, 1))),
    "region-removed": (changed(removing(_regions, 1)), reverted(removing(_regions, 1))),
    "region-added": (reverted(removing(_regions, 1)), changed(removing(_regions, 1))),
    "tencent-service-changed": (
        changed(setting(_root, "x-videoapi-service", "other")),
        changed(_version),
    ),
    "tencent-version-changed": (
        changed(_version),
        changed(setting(_root, "x-videoapi-service", "other")),
    ),
    "tencent-action-renamed": (changed(rename_action), changed(replace_action)),
    "security-scheme-removed": (
        changed(removing(_schemes, "Token")),
        changed(setting(_tc3, "description", "Reworded.")),
    ),
    "security-scheme-changed": (
        changed(setting(_tc3, "name", "X-Signature")),
        changed(setting(_tc3, "description", "Reworded.")),
    ),
    "security-requirement-removed": (
        changed(setting(_root, "security", [{"TC3": []}])),
        reverted(setting(_root, "security", [{"TC3": []}])),
    ),
    "security-requirement-added": (
        reverted(setting(_root, "security", [{"TC3": []}])),
        changed(setting(_root, "security", [{"TC3": []}])),
    ),
    "security-now-required": (
        lambda: (mutated(_security_open), mutated(_security_tc3)),
        lambda: (mutated(_security_tc3), mutated(_security_open)),
    ),
    "error-code-removed": (
        changed(removing(action, "x-videoapi-operation-error-codes")),
        changed(_move_code_to_common),
    ),
    "error-code-added": (changed(_add_code), reverted(_add_code)),
    "rate-limit-lowered": (
        changed(setting(action, "x-videoapi-rate-limit", {"requests": 600, "per": "minute"})),
        changed(setting(action, "x-videoapi-rate-limit", {"requests": 1200, "per": "minute"})),
    ),
    "rate-limit-raised": (
        reverted(setting(action, "x-videoapi-rate-limit", {"requests": 600, "per": "minute"})),
        changed(setting(action, "x-videoapi-rate-limit", {"requests": 600, "per": "minute"})),
    ),
    "operation-added": (changed(_add_operation), reverted(_add_operation)),
    "operation-removed": (reverted(_add_operation), changed(_add_operation)),
    "operation-id-changed": (
        changed(setting(listing, "operationId", "ListAllThings")),
        changed(rename_action),
    ),
    "operation-path-changed": (
        changed(_move_listing),
        changed(rename_action),
    ),
    "operation-deprecated": (
        changed(setting(listing, "deprecated", True)),
        reverted(setting(listing, "deprecated", True)),
    ),
    "request-parameter-removed": (changed(_drop_parameter), reverted(_drop_parameter)),
    "new-required-request-parameter": (
        changed(_add_parameter(True)),
        changed(_add_parameter(False)),
    ),
    "new-optional-request-parameter": (
        changed(_add_parameter(False)),
        changed(_add_parameter(True)),
    ),
    "request-parameter-became-required": (
        changed(setting(_listing_parameter("state"), "required", True)),
        reverted(setting(_listing_parameter("state"), "required", True)),
    ),
    "request-parameter-became-optional": (
        reverted(setting(_listing_parameter("state"), "required", True)),
        changed(setting(_listing_parameter("state"), "required", True)),
    ),
    "request-body-removed": (
        changed(removing(action, "requestBody")),
        reverted(removing(action, "requestBody")),
    ),
    "request-body-became-required": (reverted(_body_optional), changed(_body_optional)),
    "request-media-type-removed": (reverted(_extra_request_media), changed(_extra_request_media)),
    "request-media-type-added": (changed(_extra_request_media), reverted(_extra_request_media)),
    "response-success-status-removed": (
        changed(removing(_listing_responses, "200")),
        changed(removing(_listing_responses, "404")),
    ),
    "response-error-status-removed": (
        changed(removing(_listing_responses, "404")),
        changed(removing(_listing_responses, "200")),
    ),
    "response-status-added": (
        reverted(removing(_listing_responses, "404")),
        changed(removing(_listing_responses, "404")),
    ),
    "response-media-type-removed": (
        reverted(_extra_response_media),
        changed(_extra_response_media),
    ),
    "response-media-type-added": (changed(_extra_response_media), reverted(_extra_response_media)),
    "response-header-removed": (
        changed(removing(_listing_ok, "headers")),
        reverted(removing(_listing_ok, "headers")),
    ),
    "response-header-added": (
        reverted(removing(_listing_ok, "headers")),
        changed(removing(_listing_ok, "headers")),
    ),
    "schema-reference-changed": (_retargeted, _renamed_component),
    # ---- request schemas ----
    "request-property-removed": (
        changed(removing(lambda d: _request_schema(d)["properties"], "Size")),
        reverted(removing(lambda d: _request_schema(d)["properties"], "Size")),
    ),
    "new-required-request-property": (
        changed(_add_request_property(True)),
        changed(_add_request_property(False)),
    ),
    "new-optional-request-property": (
        changed(_add_request_property(False)),
        changed(_add_request_property(True)),
    ),
    "request-property-became-required": (
        changed(_require(_request_schema, "Size")),
        reverted(_require(_request_schema, "Size")),
    ),
    "request-property-became-optional": (
        reverted(_require(_request_schema, "Size")),
        changed(_require(_request_schema, "Size")),
    ),
    "request-type-changed": (
        changed(setting(_request("Size"), "type", "string")),
        changed(setting(_request("Size"), "type", "number")),
    ),
    "request-type-widened": (
        changed(setting(_request("Size"), "type", "number")),
        changed(setting(_request("Size"), "type", "string")),
    ),
    "request-format-changed": (
        changed(setting(_request("Name"), "format", "uri")),
        reverted(setting(_request("Name"), "format", "uri")),
    ),
    "request-max-length-tightened": (
        changed(setting(_request("Name"), "maxLength", 32)),
        changed(setting(_request("Name"), "maxLength", 128)),
    ),
    "request-min-length-tightened": (
        changed(setting(_request("Name"), "minLength", 2)),
        reverted(setting(_request("Name"), "minLength", 2)),
    ),
    "request-maximum-tightened": (
        changed(setting(_request("Size"), "maximum", 50)),
        reverted(setting(_request("Size"), "maximum", 50)),
    ),
    "request-minimum-tightened": (
        changed(setting(_request("Size"), "minimum", 2)),
        reverted(setting(_request("Size"), "minimum", 2)),
    ),
    "request-max-items-tightened": (
        changed(setting(_request("Tags"), "maxItems", 3)),
        reverted(setting(_request("Tags"), "maxItems", 3)),
    ),
    "request-min-items-tightened": (
        changed(setting(_request("Tags"), "minItems", 1)),
        reverted(setting(_request("Tags"), "minItems", 1)),
    ),
    "request-pattern-added": (
        changed(setting(_tags_items, "pattern", "^[a-z]+$")),
        reverted(setting(_tags_items, "pattern", "^[a-z]+$")),
    ),
    "request-pattern-changed": (
        changed(setting(_request("Name"), "pattern", "^[a-z0-9]+$")),
        changed(removing(_request("Name"), "pattern")),
    ),
    "request-enum-value-removed": (
        changed(setting(_request("Mode"), "enum", ["a"])),
        reverted(setting(_request("Mode"), "enum", ["a"])),
    ),
    "request-enum-value-added": (
        reverted(setting(_request("Mode"), "enum", ["a"])),
        changed(setting(_request("Mode"), "enum", ["a"])),
    ),
    "request-enum-restricted": (
        changed(setting(_tags_items, "enum", ["x", "y"])),
        reverted(setting(_tags_items, "enum", ["x", "y"])),
    ),
    "request-constraint-relaxed": (
        changed(setting(_request("Name"), "maxLength", 128)),
        changed(setting(_request("Name"), "maxLength", 32)),
    ),
    "request-default-changed": (
        changed(setting(_request("Mode"), "default", "b")),
        changed(setting(_request("Mode"), "description", "Reworded.")),
    ),
    "request-alternative-removed": (
        changed(_pop_alternative(_request("Target"))),
        reverted(_pop_alternative(_request("Target"))),
    ),
    "request-alternative-added": (
        reverted(_pop_alternative(_request("Target"))),
        changed(_pop_alternative(_request("Target"))),
    ),
    # ---- response schemas ----
    "response-required-property-removed": (
        changed(removing(lambda d: _response_schema(d)["properties"], "Name")),
        changed(removing(lambda d: _response_schema(d)["properties"], "Note")),
    ),
    "response-optional-property-removed": (
        changed(removing(lambda d: _response_schema(d)["properties"], "Note")),
        changed(removing(lambda d: _response_schema(d)["properties"], "Name")),
    ),
    "response-property-added": (
        reverted(removing(lambda d: _response_schema(d)["properties"], "Note")),
        changed(removing(lambda d: _response_schema(d)["properties"], "Note")),
    ),
    "response-property-became-optional": (
        changed(_unrequire(_response_schema, "Name")),
        reverted(_unrequire(_response_schema, "Name")),
    ),
    "response-property-became-required": (
        reverted(_unrequire(_response_schema, "Name")),
        changed(_unrequire(_response_schema, "Name")),
    ),
    "response-property-became-nullable": (changed(_nullable_note), reverted(_nullable_note)),
    "response-type-changed": (
        changed(setting(_response("Count"), "type", "number")),
        changed(_nullable_note),
    ),
    "response-type-narrowed": (reverted(_nullable_note), changed(_nullable_note)),
    "response-format-changed": (
        changed(removing(_response("Url"), "format")),
        reverted(removing(_response("Url"), "format")),
    ),
    "response-enum-value-added": (
        changed(setting(_response("Status"), "enum", ["RUNNING", "DONE", "FAILED"])),
        changed(setting(_response("Status"), "enum", ["RUNNING"])),
    ),
    "response-enum-value-removed": (
        changed(setting(_response("Status"), "enum", ["RUNNING"])),
        changed(setting(_response("Status"), "enum", ["RUNNING", "DONE", "FAILED"])),
    ),
    "response-constraint-relaxed": (
        changed(setting(_response("Count"), "maximum", 2000)),
        changed(setting(_response("Count"), "maximum", 500)),
    ),
    "response-constraint-tightened": (
        changed(setting(_response("Count"), "maximum", 500)),
        changed(setting(_response("Count"), "maximum", 2000)),
    ),
    "response-pattern-changed": (
        changed(setting(_response("Name"), "pattern", "^[a-z0-9]+$")),
        changed(removing(_response("Name"), "pattern")),
    ),
    "response-default-changed": (
        changed(setting(_response("Count"), "default", 1)),
        changed(setting(_response("Count"), "description", "Reworded.")),
    ),
    "response-alternative-added": (
        reverted(_pop_alternative(_response("Value"))),
        changed(_pop_alternative(_response("Value"))),
    ),
    "response-alternative-removed": (
        changed(_pop_alternative(_response("Value"))),
        reverted(_pop_alternative(_response("Value"))),
    ),
}


def fired(pair: Callable[[], Pair]) -> list[str]:
    before, after = pair()
    return [change.rule.id for change in compare_specs("thing", before, after)]


def test_every_spec_rule_has_a_case() -> None:
    spec_rules = {rule for rule in RULES if not rule.startswith("python-")}
    assert spec_rules == set(CASES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires(rule: str) -> None:
    # Each firing pair makes exactly one change, so nothing else may be reported.
    assert fired(CASES[rule][0]) == [rule]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_stays_quiet(rule: str) -> None:
    assert rule not in fired(CASES[rule][1])


def test_the_same_spec_has_no_changes() -> None:
    assert compare_specs("thing", base_spec(), base_spec()) == []


def test_a_tencent_operation_id_changed_without_the_action() -> None:
    # The wire is the same (same X-TC-Action) but the generated function is renamed.
    assert fired(changed(setting(action, "operationId", "DescribeTheThing"))) == [
        "operation-id-changed"
    ]


def test_a_shared_schema_is_compared_once_per_direction() -> None:
    # DescribeThingResponse is in the replies of both operations.
    before, after = changed(setting(_response("Status"), "enum", ["RUNNING"]))()
    (change,) = compare_specs("thing", before, after)
    assert change.location == "DescribeThing response 200: DescribeThingResponse.Status"
    assert change.operation == "DescribeThing"


def test_a_null_alternative_makes_a_response_value_nullable() -> None:
    def add_null(document: Document) -> None:
        response_property(document, "Value")["anyOf"].append({"type": "null"})

    assert fired(changed(add_null)) == ["response-property-became-nullable"]
    assert fired(reverted(add_null)) == ["response-alternative-removed"]
