"""The client view made tolerant of replies (generator/tolerant.py) and the service
client's refusal of specs it cannot serve (generator/service_client.py)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.service_client import RESERVED, ServiceClientError, methods
from generator.tolerant import reply_only_schemas, tolerant_replies
from speclib.catalog import SPECS

STATE = {"type": "string", "enum": ["RUNNING", "DONE"], "description": "The state."}


def spec() -> dict[str, Any]:
    ref = "#/components/schemas/"
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/jobs": {
                "post": {
                    "operationId": "CreateJob",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": ref + "Shared"}}}
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": ref + "Job"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Job": {
                    "type": "object",
                    "properties": {
                        "state": STATE,
                        "shared": {"$ref": ref + "Shared"},
                        "steps": {"type": "array", "items": {"type": "integer", "enum": [1, 2]}},
                    },
                },
                "Shared": {"type": "object", "properties": {"mode": STATE}},
            }
        },
    }


def test_only_schemas_no_request_uses_are_made_tolerant() -> None:
    document = spec()
    assert reply_only_schemas(document) == {"Job"}
    tolerant = tolerant_replies(document)
    job = tolerant["components"]["schemas"]["Job"]["properties"]
    assert job["state"] == {
        "anyOf": [
            {"type": "string", "enum": ["RUNNING", "DONE"], "title": "State"},
            {"type": "string"},
        ],
        "description": "The state.",
    }
    assert job["steps"]["items"]["anyOf"][1] == {"type": "integer"}
    # A schema a request uses keeps its enum: requests stay strict.
    assert tolerant["components"]["schemas"]["Shared"]["properties"]["mode"] == STATE
    assert document["components"]["schemas"]["Job"]["properties"]["state"] == STATE  # a copy


def test_an_operation_argument_named_like_a_waiter_setting_is_refused() -> None:
    document = spec()
    document["components"]["schemas"]["Shared"]["properties"]["timeout"] = {"type": "integer"}
    assert "timeout" in RESERVED
    with pytest.raises(ServiceClientError, match="timeout"):
        methods(document, SPECS, frozenset())
