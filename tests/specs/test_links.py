"""The OpenAPI links between operations (they drive the stateful contract tests) resolve:
each names an operation of its spec, fills only what that operation takes, and every
runtime expression points at something the source operation has, of the type the target
wants."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis

from speclib.walk import Operation, operation_parameters, operations, resolve
from tests.support.spec_documents import SPECS

# (source operation, link name, target operation) that the workflows need.
EXPECTED = {
    "tencentcloud/tiw/2019-09-19": {
        ("StartOnlineRecord", "DescribeOnlineRecord", "DescribeOnlineRecord"),
        ("StartOnlineRecord", "StopOnlineRecord", "StopOnlineRecord"),
        ("StartOnlineRecord", "PauseOnlineRecord", "PauseOnlineRecord"),
        ("StartOnlineRecord", "ResumeOnlineRecord", "ResumeOnlineRecord"),
        ("DescribeOnlineRecord", "GenerateVideos", "CreateVideoGenerationTask"),
        ("CreateVideoGenerationTask", "DescribeVideoGenerationTask", "DescribeVideoGenerationTask"),
    },
    "tencentcloud/vclm/2024-05-23": {
        ("SubmitVideoStylizationJob", "DescribeJob", "DescribeVideoStylizationJob"),
    },
    "huaweicloud/metastudio/v1": {
        (f"Create{kind}DigitalHumanVideo", name, target.format(kind=kind))
        for kind in ("2D", "Photo")
        for name, target in (
            ("ShowJob", "Show{kind}DigitalHumanVideo"),
            ("CancelJob", "Cancel{kind}DigitalHumanVideo"),
            ("ListJob", "ListDigitalHumanVideo"),
        )
    },
}
EXPRESSION = re.compile(r"^\$(request|response)\.(body|path|query|header)(?:#(/.*)|\.(.+))?$")


@dataclass(frozen=True)
class Link:
    source: Operation
    status: str
    name: str
    node: dict[str, Any]


def links(document: dict[str, Any]) -> Iterator[Link]:
    for operation in operations(document):
        for status, reply in (operation.node.get("responses") or {}).items():
            for name, node in (resolve(document, reply).get("links") or {}).items():
                yield Link(operation, str(status), name, node)


def schema_at(document: dict[str, Any], schema: Any, pointer: str) -> dict[str, Any] | None:
    """The schema of the value a JSON pointer reaches in instances of `schema`."""
    node = resolve(document, schema)
    for token in pointer.split("/")[1:]:
        options = node.get("anyOf") or node.get("oneOf") or [node]
        found = None
        for option in (resolve(document, o) for o in options):
            if token.isdigit() and option.get("type") == "array":
                found = resolve(document, option.get("items", {}))
            elif token in (option.get("properties") or {}):
                found = resolve(document, option["properties"][token])
            if found is not None:
                break
        if found is None:
            return None
        node = found
    return dict(node)


def json_type(document: dict[str, Any], schema: dict[str, Any]) -> str:
    kinds = schema.get("type")
    if isinstance(kinds, list):
        kinds = next(kind for kind in kinds if kind != "null")
    return str(kinds)


def expression_schema(document: dict[str, Any], link: Link, expression: str) -> dict[str, Any]:
    """The schema of what a runtime expression of `link` evaluates to."""
    match = EXPRESSION.match(expression)
    assert match, f"{link.name}: {expression!r} is not a runtime expression"
    side, where, pointer, name = match.groups()
    if side == "response":
        assert where == "body", expression
        reply = resolve(document, link.source.node["responses"][link.status])
        schema = reply["content"]["application/json"]["schema"]
        found = schema_at(document, schema, pointer or "")
    elif where == "body":
        body = resolve(document, link.source.node["requestBody"])
        found = schema_at(document, body["content"]["application/json"]["schema"], pointer or "")
    else:
        parameters = operation_parameters(document, link.source)
        found = next(
            (p["schema"] for p in parameters if (p["in"], p["name"]) == (where, name)), None
        )
    where = f"{link.source.operation_id} {link.name}"
    assert found is not None, f"{where}: {expression} reaches nothing"
    return found


@pytest.mark.parametrize("spec", [spec.name for spec in SPECS])
def test_the_workflow_links_are_there(bundles: dict[str, dict[str, Any]], spec: str) -> None:
    assert spec in EXPECTED, f"{spec}: no workflow links expected in this test"
    found = {
        (link.source.operation_id, link.name, link.node.get("operationId"))
        for link in links(bundles[spec])
        if link.status == "200"
    }
    assert found >= EXPECTED[spec]


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_link_resolves(bundles: dict[str, dict[str, Any]], spec: Any) -> None:
    document = bundles[spec.name]
    targets = {op.operation_id: op for op in operations(document)}
    for link in links(document):
        where = f"{link.source.operation_id} {link.status} {link.name}"
        assert str(link.node.get("description", "")).strip(), where
        target = targets.get(link.node.get("operationId"))
        assert target is not None, where
        declared = {(p["in"], p["name"]): p for p in operation_parameters(document, target)}
        for key, expression in (link.node.get("parameters") or {}).items():
            location, _, name = str(key).rpartition(".")
            parameter = declared.get((location, name))
            assert parameter is not None, f"{where}: {target.operation_id} has no {key}"
            got = expression_schema(document, link, expression)
            assert json_type(document, got) == json_type(document, parameter["schema"]), where
        body = link.node.get("requestBody")
        if body is not None:
            request = resolve(document, target.node["requestBody"])
            schema = resolve(document, request["content"]["application/json"]["schema"])
            for field, expression in body.items():
                assert field in schema["properties"], f"{where}: no body field {field}"
                got = expression_schema(document, link, expression)
                wanted = resolve(document, schema["properties"][field])
                assert json_type(document, got) == json_type(document, wanted), where


def test_a_link_to_nowhere_is_caught(bundles: dict[str, dict[str, Any]]) -> None:
    document = bundles["huaweicloud/metastudio/v1"]
    (link,) = [
        item
        for item in links(document)
        if (item.source.operation_id, item.name)
        == (
            "Create2DDigitalHumanVideo",
            "ShowJob",
        )
    ]
    with pytest.raises(AssertionError, match="reaches nothing"):
        expression_schema(document, link, "$response.body#/jobid")
    with pytest.raises(AssertionError, match="reaches nothing"):
        expression_schema(document, link, "$request.path.job_id")
    assert json_type(document, expression_schema(document, link, "$response.body#/job_id")) == (
        "string"
    )


@pytest.mark.parametrize("spec", [spec.name for spec in SPECS])
def test_schemathesis_makes_a_transition_of_each_link(
    bundles: dict[str, dict[str, Any]], spec: str
) -> None:
    """The stateful contract tests read the same links (an invalid one raises here)."""
    workflow = schemathesis.openapi.from_dict(bundles[spec]).as_state_machine()
    rules = [name for name in dir(workflow) if "___200_" in name]
    for _, name, _ in EXPECTED[spec]:
        assert any(f"___200_{name}__" in rule for rule in rules), (name, rules)
