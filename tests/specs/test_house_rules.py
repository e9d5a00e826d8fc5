"""Each house rule fires on a spec that breaks it, and stays quiet otherwise."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from toolchain.house_rules import RULES, run_rules

Document = dict[str, Any]
ACTION = "/#X-TC-Action=DescribeThing"


def minimal_tencent_spec() -> Document:
    """A small bundled Tencent spec that satisfies every rule."""
    header = {"type": "string"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "2020-01-01"},
        "x-videoapi-cloud": "tencentcloud",
        "x-videoapi-service": "thing",
        "x-videoapi-cloud-error-codes": {"InternalError": "Internal error."},
        "security": [{"TC3": []}],
        "paths": {
            ACTION: {
                "post": {
                    "operationId": "DescribeThing",
                    "summary": "Describe a thing.",
                    "x-videoapi-rate-limit": {"requests": 20, "per": "second"},
                    "x-videoapi-read-only": True,
                    "x-videoapi-operation-error-codes": {
                        "InvalidParameter.ThingNotFound": "No such thing."
                    },
                    "x-videoapi-doc-check-accepted": [
                        {
                            "rule": "error-code-removed",
                            "subject": "InvalidParameter.ThingNotFound",
                            "reason": "The SDK lists it; the page does not.",
                        }
                    ],
                    "parameters": [
                        {
                            "name": "X-TC-Action",
                            "in": "header",
                            "required": True,
                            "schema": {"type": "string", "const": "DescribeThing"},
                        },
                        {"$ref": "#/components/parameters/X-TC-Version"},
                        {"name": "X-TC-Region", "in": "header", "required": True, "schema": header},
                        {
                            "name": "X-TC-Timestamp",
                            "in": "header",
                            "required": True,
                            "schema": header,
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/DescribeThingRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/DescribeThingResponse"}
                                }
                            },
                            "links": {
                                "Again": {
                                    "operationId": "DescribeThing",
                                    "description": "The same thing again.",
                                    "parameters": {
                                        "header.X-TC-Region": "$request.header.X-TC-Region"
                                    },
                                    "requestBody": {"ThingId": "$request.body#/ThingId"},
                                }
                            },
                        }
                    },
                }
            }
        },
        "webhooks": {
            "ThingChanged": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "securitySchemes": {"TC3": {"type": "apiKey", "in": "header", "name": "Authorization"}},
            "parameters": {
                "X-TC-Version": {
                    "name": "X-TC-Version",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string", "const": "2020-01-01"},
                }
            },
            "schemas": {
                "DescribeThingRequest": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["ThingId"],
                    "properties": {
                        "ThingId": {"type": "string", "description": "ID."},
                        "Filter": {"$ref": "#/components/schemas/Filter", "description": "F."},
                    },
                },
                "Filter": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "Kind": {
                            "type": "string",
                            "enum": ["A", "B"],
                            "description": "Kind.",
                            "x-videoapi-invalid-value-code": "InvalidParameter.ThingNotFound",
                        }
                    },
                },
                "DescribeThingResponse": {
                    "type": "object",
                    "properties": {
                        "Response": {
                            "description": "Output.",
                            "anyOf": [{"$ref": "#/components/schemas/Thing"}],
                        }
                    },
                },
                "Thing": {
                    "type": "object",
                    "properties": {
                        "State": {"type": "integer", "enum": [0, 1], "description": "S."}
                    },
                },
            },
        },
    }


def operation(doc: Document) -> Document:
    result: Document = doc["paths"][ACTION]["post"]
    return result


def schemas(doc: Document) -> Document:
    result: Document = doc["components"]["schemas"]
    return result


def rename_path(doc: Document) -> None:
    doc["paths"]["/describe"] = doc["paths"].pop(ACTION)


def wrong_const(doc: Document) -> None:
    operation(doc)["parameters"][0]["schema"]["const"] = "DescribeOther"


BREAKAGES: dict[str, list[Callable[[Document], None]]] = {
    "operation-id": [
        lambda d: operation(d).pop("operationId"),
        lambda d: operation(d).update(operationId="describe_thing"),
    ],
    "operation-summary": [
        lambda d: operation(d).pop("summary"),
        lambda d: operation(d).update(summary="  "),
    ],
    "operation-error-codes": [
        lambda d: operation(d).pop("x-videoapi-operation-error-codes"),
        lambda d: operation(d).update({"x-videoapi-operation-error-codes": {"Not a code!": "x"}}),
        lambda d: operation(d).update(
            {"x-videoapi-operation-error-codes": {"FailedOperation": ""}}
        ),
        lambda d: d.pop("x-videoapi-cloud-error-codes"),
    ],
    "operation-rate-limit": [
        lambda d: operation(d).pop("x-videoapi-rate-limit"),
        lambda d: operation(d).update({"x-videoapi-rate-limit": {"requests": 0, "per": "second"}}),
    ],
    "operation-read-only": [
        lambda d: operation(d).pop("x-videoapi-read-only"),
        lambda d: operation(d).update({"x-videoapi-read-only": "yes"}),
        lambda d: operation(d).update({"x-videoapi-read-only": None}),
    ],
    "extension-known": [
        lambda d: d.update({"x-videoapi-servce": "thing"}),
        lambda d: operation(d).update({"x-rate-limit": {"requests": 20, "per": "second"}}),
        lambda d: schemas(d)["Thing"]["properties"]["State"].update({"x-unit": "ms"}),
        lambda d: d["components"]["securitySchemes"]["TC3"].update({"x-signing-algorithm": "x"}),
        lambda d: operation(d)["x-videoapi-rate-limit"].update({"x-burst": 40}),
        lambda d: d["components"].update({"x-shared": {}}),
        lambda d: d["webhooks"]["ThingChanged"]["post"].update({"x-assumption": "Undocumented."}),
    ],
    "property-type": [
        lambda d: schemas(d)["Thing"]["properties"]["State"].pop("type"),
        lambda d: schemas(d)["DescribeThingRequest"]["properties"].update(
            Extra={"description": "x"}
        ),
    ],
    "property-description": [
        lambda d: schemas(d)["Thing"]["properties"]["State"].pop("description"),
        lambda d: schemas(d)["DescribeThingRequest"]["properties"]["Filter"].pop("description"),
    ],
    "enum-values": [
        lambda d: schemas(d)["Filter"]["properties"]["Kind"].update(enum=[]),
        lambda d: schemas(d)["Filter"]["properties"]["Kind"].update(enum=["A", "A"]),
        lambda d: schemas(d)["Thing"]["properties"]["State"].update(enum=[0, "1"]),
    ],
    "unused-component": [
        lambda d: schemas(d).update(Orphan={"type": "string"}),
        lambda d: d["components"]["securitySchemes"].update(
            Other={"type": "http", "scheme": "basic"}
        ),
    ],
    "request-closed": [
        lambda d: schemas(d)["Filter"].pop("additionalProperties"),
        lambda d: schemas(d)["DescribeThingRequest"].update(additionalProperties=True),
    ],
    "response-open": [
        lambda d: schemas(d)["Thing"].update(additionalProperties=False),
        lambda d: d["webhooks"]["ThingChanged"]["post"]["requestBody"]["content"][
            "application/json"
        ].update(schema={"type": "object", "additionalProperties": False}),
    ],
    "error-code-declared": [
        lambda d: schemas(d)["Filter"]["properties"]["Kind"].update(
            {"x-videoapi-invalid-value-code": "InvalidParameter.Unlisted"}
        ),
    ],
    "tencent-rpc": [
        rename_path,
        wrong_const,
        lambda d: operation(d)["parameters"].pop(0),
        lambda d: operation(d)["parameters"].pop(3),
        lambda d: operation(d)["requestBody"].update(required=False),
        lambda d: operation(d)["responses"].update({"400": {"description": "no"}}),
    ],
}


def link(doc: Document) -> Document:
    result: Document = operation(doc)["responses"]["200"]["links"]["Again"]
    return result


BREAKAGES["operation-links"] = [
    lambda d: link(d).update(operationId="DescribeOther"),
    lambda d: link(d).pop("description"),
    lambda d: link(d)["parameters"].update({"query.ThingId": "$request.body#/ThingId"}),
    lambda d: link(d)["requestBody"].update(Owner="$response.body#/Response/Owner"),
]


def acceptance(doc: Document) -> Document:
    result: Document = operation(doc)["x-videoapi-doc-check-accepted"][0]
    return result


BREAKAGES["doc-check-accepted"] = [
    lambda d: acceptance(d).pop("reason"),
    lambda d: acceptance(d).update(reason=" "),
    lambda d: acceptance(d).pop("subject"),
    lambda d: acceptance(d).update(rule="error-code-gone"),
    lambda d: acceptance(d).update(rule="lost-column"),  # a note: nothing to accept
    lambda d: acceptance(d).update(because="x"),
    lambda d: operation(d)["x-videoapi-doc-check-accepted"].append(dict(acceptance(d))),
    lambda d: operation(d).update({"x-videoapi-doc-check-accepted": []}),
    lambda d: operation(d).update({"x-videoapi-doc-check-accepted": {"rule": "type"}}),
    lambda d: operation(d)["x-videoapi-doc-check-accepted"].append("type"),
]

BREAKAGES["description-draft"] = [
    lambda d: operation(d).update(summary="DRAFT: one line on what DescribeThing does"),
    lambda d: schemas(d)["Filter"]["properties"]["Kind"].update(description="DRAFT: Filter.Kind"),
    lambda d: operation(d)["x-videoapi-operation-error-codes"].update(
        {"InvalidParameter.ThingNotFound": "DRAFT: when InvalidParameter.ThingNotFound"}
    ),
    lambda d: link(d).update(description="DRAFT: why the reply feeds DescribeThing"),
]


def test_a_draft_in_an_example_value_is_data_not_prose() -> None:
    document = copy.deepcopy(minimal_tencent_spec())
    content = operation(document)["requestBody"]["content"]["application/json"]
    content["examples"] = {"One": {"summary": "A thing.", "value": {"description": "DRAFT: x"}}}
    assert [f for f in run_rules(document) if f.rule == "description-draft"] == []


CASES = [(rule, index) for rule, breakages in BREAKAGES.items() for index in range(len(breakages))]


def test_the_minimal_spec_passes_every_rule() -> None:
    assert run_rules(minimal_tencent_spec()) == []


def test_every_rule_has_a_breaking_case() -> None:
    assert set(BREAKAGES) == set(RULES)


@pytest.mark.parametrize(("rule", "index"), CASES)
def test_rule_fires(rule: str, index: int) -> None:
    document = copy.deepcopy(minimal_tencent_spec())
    BREAKAGES[rule][index](document)
    fired = {finding.rule for finding in run_rules(document)}
    assert rule in fired


def test_tencent_rule_ignores_other_clouds() -> None:
    document = minimal_tencent_spec()
    document["x-videoapi-cloud"] = "huaweicloud"
    rename_path(document)
    assert [f.rule for f in run_rules(document)] == []


def test_findings_name_the_place() -> None:
    document = minimal_tencent_spec()
    schemas(document)["Thing"]["properties"]["State"].pop("description")
    (finding,) = run_rules(document)
    assert "Thing/properties/State" in finding.location
    assert str(finding).startswith("[property-description]")


def test_an_acceptance_without_reason_says_so() -> None:
    document = minimal_tencent_spec()
    acceptance(document).pop("reason")
    (finding,) = run_rules(document)
    assert finding.rule == "doc-check-accepted"
    assert finding.location == f"POST {ACTION} x-videoapi-doc-check-accepted[0]"
    assert finding.message == "has no reason"


def test_a_former_extension_name_says_the_current_one() -> None:
    document = minimal_tencent_spec()
    schemas(document)["Thing"]["properties"]["State"]["x-unit"] = "ms"
    (finding,) = run_rules(document)
    assert finding.rule == "extension-known"
    assert finding.location == "#/components/schemas/Thing/properties/State"
    assert finding.message == "x-unit was renamed: write x-videoapi-unit"


def test_names_and_examples_are_no_extensions() -> None:
    """A property, header, component or scheme may be named x-...; examples are payloads."""
    document = minimal_tencent_spec()
    thing = schemas(document)["Thing"]
    thing["properties"]["x-trace"] = {"type": "string", "description": "A field so named."}
    thing["examples"] = [{"State": 0, "x-trace": "t"}]
    thing["properties"]["State"]["example"] = {"x-anything": 1}
    reply = operation(document)["responses"]["200"]
    reply["headers"] = {"x-request-id": {"schema": {"type": "string"}}}
    reply["content"]["application/json"]["examples"] = {
        "x-one": {"value": {"Response": {"x-whatever": True}}}
    }
    schemes = document["components"]["securitySchemes"]
    schemes["x-key"] = schemes.pop("TC3")
    document["security"] = [{"x-key": []}]
    schemas(document)["x-thing"] = {"type": "string"}
    thing["properties"]["Other"] = {"$ref": "#/components/schemas/x-thing", "description": "O."}
    assert [f for f in run_rules(document) if f.rule == "extension-known"] == []
