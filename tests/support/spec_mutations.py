"""A small bundled spec with one Tencent action and one REST operation, and helpers
to change it: the raw material of the rule tests."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]
Mutation = Callable[[Document], None]
Pair = tuple[Document | None, Document | None]
ACTION_PATH = "/#X-TC-Action=DescribeThing"


def base_spec() -> Document:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "2020-01-01"},
        "x-videoapi-cloud": "tencentcloud",
        "x-videoapi-service": "thing",
        "x-videoapi-api-version": "2020-01-01",
        "x-videoapi-regions": ["ap-guangzhou", "ap-singapore"],
        "servers": [
            {"url": "https://thing.tencentcloudapi.com"},
            {"url": "https://thing.intl.tencentcloudapi.com"},
        ],
        "security": [{"TC3": []}, {"Token": []}],
        "x-videoapi-cloud-error-codes": {"InternalError": "Internal error."},
        "paths": {
            ACTION_PATH: {
                "post": {
                    "operationId": "DescribeThing",
                    "x-videoapi-rate-limit": {"requests": 20, "per": "second"},
                    "x-videoapi-operation-error-codes": {
                        "ResourceNotFound.Thing": "No such thing."
                    },
                    "parameters": [
                        {
                            "name": "X-TC-Action",
                            "in": "header",
                            "required": True,
                            "schema": {"type": "string", "const": "DescribeThing"},
                        },
                        {"$ref": "#/components/parameters/X-TC-Version"},
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
                                    "schema": {"$ref": "#/components/schemas/DescribeThingEnvelope"}
                                }
                            },
                        }
                    },
                }
            },
            "/v1/things": {
                "get": {
                    "operationId": "ListThings",
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                        },
                        {"name": "state", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "headers": {"X-Request-Id": {"schema": {"type": "string"}}},
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ThingList"}
                                }
                            },
                        },
                        "404": {
                            "description": "not found",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "TC3": {"type": "apiKey", "in": "header", "name": "Authorization"},
                "Token": {"type": "apiKey", "in": "header", "name": "X-TC-Token"},
            },
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
                    "required": ["Name"],
                    "properties": {
                        "Name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 64,
                            "pattern": "^[a-z]+$",
                        },
                        "Size": {"type": "integer", "minimum": 1, "maximum": 100},
                        "Mode": {"type": "string", "enum": ["a", "b"], "default": "a"},
                        "Tags": {"type": "array", "maxItems": 5, "items": {"type": "string"}},
                        "Target": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                    },
                },
                "DescribeThingEnvelope": {
                    "type": "object",
                    "required": ["Response"],
                    "properties": {
                        "Response": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/ErrorResult"},
                                {"$ref": "#/components/schemas/DescribeThingResponse"},
                            ]
                        }
                    },
                },
                "DescribeThingResponse": {
                    "type": "object",
                    "required": ["Name", "RequestId"],
                    "properties": {
                        "Name": {"type": "string", "pattern": "^[a-z]+$"},
                        "Status": {"type": "string", "enum": ["RUNNING", "DONE"]},
                        "Url": {"type": "string", "format": "uri"},
                        "Note": {"type": "string"},
                        "Count": {"type": "integer", "minimum": 0, "maximum": 1000, "default": 0},
                        "Value": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                        "RequestId": {"type": "string"},
                    },
                },
                "ErrorResult": {
                    "type": "object",
                    "required": ["Error", "RequestId"],
                    "properties": {"Error": {"type": "object"}, "RequestId": {"type": "string"}},
                },
                "ThingList": {
                    "type": "object",
                    "properties": {
                        "things": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/DescribeThingResponse"},
                        }
                    },
                },
            },
        },
    }


def mutated(mutation: Mutation) -> Document:
    document = base_spec()
    mutation(document)
    return document


def changed(*mutations: Mutation) -> Callable[[], Pair]:
    """The base spec before, the base spec with `mutations` applied after."""

    def pair() -> Pair:
        document = base_spec()
        for mutation in mutations:
            mutation(document)
        return base_spec(), document

    return pair


def reverted(*mutations: Mutation) -> Callable[[], Pair]:
    """The same change the other way round."""

    def pair() -> Pair:
        before, after = changed(*mutations)()
        return after, before

    return pair


def schema(document: Document, name: str) -> Document:
    result: Document = document["components"]["schemas"][name]
    return result


def request_property(document: Document, name: str) -> Document:
    result: Document = schema(document, "DescribeThingRequest")["properties"][name]
    return result


def response_property(document: Document, name: str) -> Document:
    result: Document = schema(document, "DescribeThingResponse")["properties"][name]
    return result


def action(document: Document) -> Document:
    result: Document = document["paths"][ACTION_PATH]["post"]
    return result


def listing(document: Document) -> Document:
    result: Document = document["paths"]["/v1/things"]["get"]
    return result


def setting(get: Callable[[Document], Document], key: str, value: Any) -> Mutation:
    def mutation(document: Document) -> None:
        get(document)[key] = copy.deepcopy(value)

    return mutation


def removing(get: Callable[[Document], Any], key: Any) -> Mutation:
    def mutation(document: Document) -> None:
        del get(document)[key]

    return mutation


def rename_action(document: Document) -> None:
    """DescribeThing becomes GetThing: path, operationId, header and schema names."""
    operation = document["paths"].pop(ACTION_PATH)
    operation["post"]["operationId"] = "GetThing"
    operation["post"]["parameters"][0]["schema"]["const"] = "GetThing"
    body = operation["post"]["requestBody"]["content"]["application/json"]
    body["schema"]["$ref"] = "#/components/schemas/GetThingRequest"
    document["paths"]["/#X-TC-Action=GetThing"] = operation
    schemas = document["components"]["schemas"]
    schemas["GetThingRequest"] = schemas.pop("DescribeThingRequest")


def replace_action(document: Document) -> None:
    """DescribeThing is removed and an unrelated action added."""
    rename_action(document)
    schemas = document["components"]["schemas"]
    schemas["GetThingRequest"]["properties"] = {"Id": {"type": "string"}}
    schemas["GetThingRequest"]["required"] = ["Id"]
