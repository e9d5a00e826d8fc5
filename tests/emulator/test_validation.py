"""The compiled request check (jsonschema-rs) never lets through what jsonschema rejects.

The emulator asks jsonschema-rs first and jsonschema only to explain a failure,
so a request is accepted on jsonschema-rs's word alone. These tests hold the two
to the same verdict over every request schema of every spec.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulator.schemas import RequestSchema, service_schemas
from tests.support.spec_documents import SPECS


def request_schemas() -> list[tuple[str, RequestSchema]]:
    """Each distinct request schema once (the X-TC-* headers repeat in every operation)."""
    found: dict[str, tuple[str, RequestSchema]] = {}
    for source in SPECS:
        service = source.service
        compiled = service_schemas(source.cloud, service, source.version)
        for name, operation in compiled.operations.items():
            if operation.request_body is not None:
                schema = operation.request_body
                found.setdefault(json.dumps(schema.schema), (f"{service}.{name}", schema))
            for parameter, spec in operation.parameters.items():
                schema = RequestSchema(dict(spec.get("schema", {})))
                found.setdefault(
                    json.dumps(schema.schema), (f"{service}.{name}.{parameter}", schema)
                )
    return list(found.values())


def vocabulary(schema: Any) -> tuple[set[str], list[Any]]:
    """Property names and the literal values (enums, consts, defaults) a schema names."""
    names: set[str] = set()
    values: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            names.update(node.get("properties", {}))
            values.extend(node.get("enum", []))
            for key in ("const", "default", "minimum", "maximum"):
                if key in node:
                    values.append(node[key])
            for value in node.values():
                walk(value)

    walk(schema)
    return names, values


EDGE_VALUES = [
    "",
    "2024-05-23T10:00:00Z",
    "2024-05-23T10:00:00+08:00",
    "2024-05-23t10:00:00z",
    "2024-13-23T10:00:00Z",
    "2024-05-23 10:00:00",
    "https://127.0.0.1:9/callback",
    "not a url",
    2**31 - 1,
    2**31,
    2**63 - 1,
    2**63,
    -(2**63) - 1,
    2**70,
    1.0,
    1.5,
    True,
    None,
]


def instances(schema: RequestSchema) -> st.SearchStrategy[Any]:
    names, values = vocabulary(schema.schema)
    scalars = st.one_of(
        st.sampled_from(EDGE_VALUES + values),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False),
        st.text(max_size=12),
    )
    keys = st.sampled_from([*sorted(names), "Unknown"]) if names else st.text(max_size=5)
    return st.recursive(
        scalars,
        lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children),
        max_leaves=6,
    )


SCHEMAS = request_schemas()


def test_every_operation_has_request_schemas() -> None:
    covered = {name.split(".")[1] for name, _ in SCHEMAS}
    assert {name.split(".")[0] for name, _ in SCHEMAS} == {spec.service for spec in SPECS}
    assert {"DescribeOnlineRecord", "CreateVideoGenerationTask", "ListDigitalHumanVideo"} <= covered


@pytest.mark.parametrize(("name", "schema"), SCHEMAS, ids=[name for name, _ in SCHEMAS])
@settings(max_examples=50, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_both_validators_agree(name: str, schema: RequestSchema, data: st.DataObject) -> None:
    instance = data.draw(instances(schema))
    explained = list(schema.explain.iter_errors(instance))
    assert schema.fast_is_valid(instance) == (not explained), (name, instance, explained)


def test_a_rejected_request_is_explained() -> None:
    schema = RequestSchema(
        {
            "type": "object",
            "properties": {"SdkAppId": {"type": "integer", "format": "int64"}},
            "required": ["SdkAppId"],
            "additionalProperties": False,
        }
    )
    assert list(schema.iter_errors({"SdkAppId": 1})) == []
    assert [error.validator for error in schema.iter_errors({})] == ["required"]
    assert {error.validator for error in schema.iter_errors({"SdkAppId": 2**63})} == {
        "format",
        "maximum",
    }
    assert [error.validator for error in schema.iter_errors({"SdkAppId": 1, "X": 1})] == [
        "additionalProperties"
    ]
