"""The specs agree field by field with the vendors' machine-readable facts.

Referees: Tencent's API metadata (copied from tccli into vendor_metadata/,
fields only), the official SDK models of tencentcloud-sdk-python-tiw and
huaweicloudsdkmetastudio (test dependencies).
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.walk import operations, resolve

METADATA = Path(__file__).parent / "vendor_metadata"
TENCENT = {
    "tencentcloud/tiw/2019-09-19": "tccli-tiw-2019-09-19.json",
    "tencentcloud/vclm/2024-05-23": "tccli-vclm-2024-05-23.json",
}
PRIMITIVES = {"string": "string", "int": "integer", "bool": "boolean", "float": "number"}


def property_shape(document: dict[str, Any], prop: dict[str, Any]) -> tuple[str, str, bool]:
    """(kind, member, nullable) of a property: kind is a JSON type or 'object'."""
    nullable = False
    options = prop.get("anyOf")
    if options:
        nullable = any(option.get("type") == "null" for option in options)
        prop = next(option for option in options if option.get("type") != "null")
    if "$ref" in prop:
        target = resolve(document, prop)
        if target.get("type") == "object":
            return "object", prop["$ref"].rsplit("/", 1)[1], nullable
        kind, member, target_nullable = property_shape(document, target)
        return kind, member, nullable or target_nullable
    types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    nullable = nullable or "null" in types
    (kind,) = [t for t in types if t != "null"]
    if kind == "array":
        items = prop["items"]
        member = items["$ref"].rsplit("/", 1)[1] if "$ref" in items else items["type"]
        return "array", member, nullable
    return kind, kind, nullable


def schema_of(document: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = document["components"]["schemas"][name]
    return schema


def tencent_cases() -> list[tuple[str, str]]:
    cases: list[tuple[str, str]] = []
    for spec, filename in TENCENT.items():
        facts = json.loads((METADATA / filename).read_text())
        cases.extend((spec, name) for name in facts["objects"])
    return cases


@pytest.mark.parametrize(("spec", "name"), tencent_cases())
def test_tencent_structure_matches_api_metadata(
    bundles: dict[str, dict[str, Any]], spec: str, name: str
) -> None:
    facts = json.loads((METADATA / TENCENT[spec]).read_text())["objects"][name]
    document = bundles[spec]
    schema = schema_of(document, name)
    expected = {member["name"] for member in facts}
    if name.endswith("Response"):
        expected.add("RequestId")
    assert set(schema["properties"]) == expected
    required = set(schema.get("required", []))
    for member in facts:
        field = member["name"]
        kind, item, nullable = property_shape(document, schema["properties"][field])
        if member["type"] == "list":
            assert kind == "array", field
            assert item == PRIMITIVES.get(member["member"], member["member"]), field
        elif member["type"] == "object":
            assert (kind, item) == ("object", member["member"]), field
        else:
            assert kind == PRIMITIVES[member["type"]], field
            if member["member"] == "int64":
                assert schema["properties"][field].get("format") == "int64", field
        assert (field in required) == member["required"], f"{name}.{field} required"
        assert nullable == member["nullable"], f"{name}.{field} nullable"


def sdk_fields(model: type) -> dict[str, tuple[str, bool]]:
    """Field name -> (SDK type, may be null) from a tencentcloud SDK model's docstring."""
    doc = inspect.getdoc(model.__init__) or ""  # type: ignore[misc]
    fields: dict[str, tuple[str, bool]] = {}
    for block in re.split(r":param _", doc)[1:]:
        name = block.split(":", 1)[0].strip()
        kind = re.search(r":type \w+: (.+)", block)
        assert kind, name
        # Nested models read ":class:`tencentcloud.tiw.v20190919.models.Whiteboard`".
        sdk_type = re.sub(r":class:`[\w.]*\.(\w+)`", r"\1", kind.group(1).strip())
        fields[name] = (sdk_type, "null" in block)
    return fields


def tiw_model_names(bundles: dict[str, dict[str, Any]]) -> list[str]:
    return list(bundles["tencentcloud/tiw/2019-09-19"]["components"]["schemas"])


TIW_SDK_TYPES = {"str": "string", "int": "integer", "bool": "boolean"}


def test_tiw_schemas_match_the_official_sdk_models(bundles: dict[str, dict[str, Any]]) -> None:
    from tencentcloud.tiw.v20190919 import models

    document = bundles["tencentcloud/tiw/2019-09-19"]
    checked = 0
    for name, schema in document["components"]["schemas"].items():
        model = getattr(models, name, None)
        if model is None:
            assert name.endswith("Envelope") or name in {"Error", "ErrorResult", "RequestId"}, name
            continue
        fields = sdk_fields(model)
        assert set(schema["properties"]) == set(fields), name
        for field, (sdk_type, _) in fields.items():
            kind, item, _nullable = property_shape(document, schema["properties"][field])
            if sdk_type.startswith("list of "):
                member = sdk_type.removeprefix("list of ")
                assert (kind, item) == ("array", TIW_SDK_TYPES.get(member, member)), field
            elif sdk_type in TIW_SDK_TYPES:
                assert kind == TIW_SDK_TYPES[sdk_type], f"{name}.{field}"
            else:
                assert (kind, item) == ("object", sdk_type), f"{name}.{field}"
        checked += 1
    assert checked == 18


HUAWEI_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}


def huawei_kind(sdk_type: str) -> tuple[str, str]:
    if sdk_type.startswith("list["):
        member = sdk_type[5:-1]
        return "array", HUAWEI_TYPES.get(member, member)
    if sdk_type in HUAWEI_TYPES:
        return HUAWEI_TYPES[sdk_type], HUAWEI_TYPES[sdk_type]
    return "object", sdk_type


@pytest.mark.parametrize(
    "model_name",
    ["ListDigitalHumanVideoResponse", "DigitalHumanVideo", "OutputAssetInfo", "ErrorResponse"],
)
def test_metastudio_schemas_match_the_official_sdk_models(
    bundles: dict[str, dict[str, Any]], model_name: str
) -> None:
    from huaweicloudsdkmetastudio.v1 import model as models

    model = getattr(models, model_name)
    document = bundles["huaweicloud/metastudio/v1"]
    schema = schema_of(document, model_name)
    body_fields = {
        model.attribute_map[attr]: kind
        for attr, kind in model.openapi_types.items()
        if model.attribute_map[attr] != "X-Request-Id"
    }
    assert set(schema["properties"]) == set(body_fields)
    for field, sdk_type in body_fields.items():
        kind, item, _ = property_shape(document, schema["properties"][field])
        assert (kind, item) == huawei_kind(sdk_type), field


def test_metastudio_list_parameters_match_the_official_sdk_request(
    bundles: dict[str, dict[str, Any]],
) -> None:
    from huaweicloudsdkmetastudio.v1 import ListDigitalHumanVideoRequest

    document = bundles["huaweicloud/metastudio/v1"]
    operation = next(operations(document))
    declared = {}
    for raw in operation.node["parameters"]:
        parameter = resolve(document, raw)
        declared[parameter["name"]] = parameter
    sdk = ListDigitalHumanVideoRequest
    for attr, sdk_type in sdk.openapi_types.items():
        wire_name = sdk.attribute_map[attr]
        assert wire_name in declared, wire_name
        schema = declared[wire_name]["schema"]
        assert (schema["type"], schema.get("items", {}).get("type", schema["type"])) == huawei_kind(
            sdk_type
        ), wire_name
    signing = {"project_id", "X-Sdk-Date", "X-Project-Id"}
    assert set(declared) - set(sdk.attribute_map.values()) == signing
    response_headers = operation.node["responses"]["200"]["headers"]
    assert "X-Request-Id" in response_headers
