"""The specs agree field by field with the vendors' machine-readable facts.

Referees: Tencent's API metadata (copied from tccli into vendor_metadata/,
fields only, frozen at the releases the specs were written from), the official
SDK models of tencentcloud-sdk-python-tiw and huaweicloudsdkmetastudio (test
dependencies). The comparisons are those of `drift` (toolchain/drift/), which
runs them against whatever vendor metadata is installed now.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

from clouds.tencentcloud import TENCENTCLOUD
from speclib.bundle import iter_references
from speclib.schema_facts import property_shape
from speclib.walk import resolve
from tests.support.spec_documents import specs_of
from toolchain.drift import huawei, tencent
from toolchain.findings import Finding

METADATA = Path(__file__).parent / "vendor_metadata"
TENCENT = {spec.name: spec for spec in specs_of(TENCENTCLOUD)}


def metadata_copy(spec: str) -> Path:
    """The frozen copy of tccli's metadata for a Tencent spec; every Tencent spec has one."""
    found = TENCENT[spec]
    path = METADATA / f"tccli-{found.service}-{found.version}.json"
    assert path.is_file(), f"{spec}: no copy of tccli's metadata at {path.name}"
    return path


def disagreements(findings: list[Finding]) -> list[str]:
    return [str(f) for f in findings if f.severity != "info"]


@pytest.mark.parametrize("spec", sorted(TENCENT))
def test_tencent_structures_match_api_metadata(
    bundles: dict[str, dict[str, Any]], spec: str
) -> None:
    """The comparison `drift` makes, held against the frozen copies of the metadata."""
    copy = tencent.load_fields_copy(metadata_copy(spec))
    findings = tencent.compare_spec(bundles[spec], spec, copy)
    assert disagreements(findings) == []
    assert not [f for f in findings if f.rule == "action-not-covered"]


def test_the_tencent_comparison_reaches_every_copied_structure(
    bundles: dict[str, dict[str, Any]],
) -> None:
    """Removing one field of any copied structure from the spec is noticed."""
    spec = "tencentcloud/tiw/2019-09-19"
    copy = tencent.load_fields_copy(metadata_copy(spec))
    for name, fields in copy.objects.items():
        if not fields:  # an output of RequestId only (the envelope's, checked once)
            continue
        document = copy_of(bundles[spec])
        del document["components"]["schemas"][name]["properties"][fields[0].name]
        rules = {f.rule for f in tencent.compare_spec(document, spec, copy)}
        assert "field-missing-in-spec" in rules, name


def copy_of(document: dict[str, Any]) -> dict[str, Any]:
    copied: dict[str, Any] = json.loads(json.dumps(document))
    return copied


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


def event_only_schemas(document: dict[str, Any]) -> set[str]:
    """Schemas only the webhooks (events Tencent POSTs) use: no SDK model describes them."""
    prefix = "#/components/schemas/"

    def reached(node: Any) -> set[str]:
        found: set[str] = set()
        pending = [ref for _, ref in iter_references(node)]
        while pending:
            ref = pending.pop()
            if ref.startswith(prefix) and ref not in found:
                found.add(ref)
                pending += [r for _, r in iter_references(resolve(document, {"$ref": ref}))]
        return {ref.removeprefix(prefix) for ref in found}

    return reached(document.get("webhooks", {})) - reached(document["paths"])


TIW_SDK_TYPES = {"str": "string", "int": "integer", "bool": "boolean"}


def test_tiw_schemas_match_the_official_sdk_models(bundles: dict[str, dict[str, Any]]) -> None:
    from tencentcloud.tiw.v20190919 import models

    document = bundles["tencentcloud/tiw/2019-09-19"]
    events = event_only_schemas(document)
    assert "OnlineRecordStartedEvent" in events and "VideoInfo" not in events
    checked = 0
    for name, schema in document["components"]["schemas"].items():
        model = getattr(models, name, None)
        if name in events:
            assert model is None, name
            continue
        if model is None:
            assert name.endswith("Envelope") or name in {"Error", "ErrorResult", "RequestId"}, name
            continue
        fields = sdk_fields(model)
        assert set(schema["properties"]) == set(fields), name
        for field, (sdk_type, _) in fields.items():
            shape = property_shape(document, schema["properties"][field])
            kind, item = shape.kind, shape.member
            if sdk_type.startswith("list of "):
                member = sdk_type.removeprefix("list of ")
                assert (kind, item) == ("array", TIW_SDK_TYPES.get(member, member)), field
            elif sdk_type in TIW_SDK_TYPES:
                assert kind == TIW_SDK_TYPES[sdk_type], f"{name}.{field}"
            else:
                assert (kind, item) == ("object", sdk_type), f"{name}.{field}"
        checked += 1
    assert checked == 38


def test_metastudio_spec_matches_the_official_sdk_models(
    bundles: dict[str, dict[str, Any]],
) -> None:
    """Parameters, response fields, nested models and the values their docs name."""
    models = huawei.load_models("metastudio", "v1")
    assert models is not None
    findings = huawei.compare_spec(bundles["huaweicloud/metastudio/v1"], "metastudio", models)
    assert disagreements(findings) == []


def test_the_metastudio_comparison_reaches_the_job_operations(
    bundles: dict[str, dict[str, Any]],
) -> None:
    """Bodies, their nested structures, required flags, enums and the response copies of
    request structures are all held to the SDK: breaking any of them is noticed."""
    models = huawei.load_models("metastudio", "v1")
    assert models is not None

    def rules_after(change: Any) -> set[str]:
        document = copy_of(bundles["huaweicloud/metastudio/v1"])
        change(document["components"]["schemas"])
        found = huawei.compare_spec(document, "metastudio", models)
        return {f.rule for f in found if f.severity != "info"}

    assert rules_after(
        lambda s: s["CreatePhotoDigitalHumanVideoReq"]["properties"].pop("human_image")
    ) == {"field-missing-in-spec"}
    assert rules_after(lambda s: s["CreatePhotoDigitalHumanVideoReq"].pop("required")) == {
        "required"
    }
    assert rules_after(lambda s: s["LayerConfig"]["properties"]["layer_type"]["enum"].pop()) == {
        "enum-value-missing-in-spec"
    }
    assert rules_after(lambda s: s["TextLayerConfigOutput"]["properties"].pop("font_color")) == {
        "field-missing-in-spec"
    }
    # A response copy names the SDK structure it transcribes; without that it is another one.
    assert rules_after(lambda s: s["VoiceConfigOutput"].pop("x-videoapi-vendor-name")) == {
        "structure-name"
    }
    assert rules_after(
        lambda s: s["SubtitleFileInfoOutput"]["properties"]["job_id"].update(type="integer")
    ) == {"type"}
    # Replies follow the SDK's required flags too, one rule for list and show.
    assert rules_after(lambda s: s["DigitalHumanVideo"].pop("required")) == {"required"}
    assert rules_after(lambda s: s["Show2DDigitalHumanVideoResponse"].pop("required")) == {
        "required"
    }
    assert rules_after(lambda s: s["OutputAssetInfo"]["required"].pop()) == {"required"}
    assert rules_after(lambda s: s["VoiceConfigOutput"].pop("required")) == {"required"}
    assert rules_after(
        lambda s: s["Create2DDigitalHumanVideoResponse"].update(required=["job_id"])
    ) == {"required"}


def test_metastudio_list_and_show_require_the_same_job_fields(
    bundles: dict[str, dict[str, Any]],
) -> None:
    """The SDK's DigitalHumanVideo (a listed job) and its show replies always set job_id and
    state; the spec says so for all three."""
    schemas = bundles["huaweicloud/metastudio/v1"]["components"]["schemas"]
    for name in (
        "DigitalHumanVideo",
        "Show2DDigitalHumanVideoResponse",
        "ShowPhotoDigitalHumanVideoResponse",
    ):
        assert schemas[name]["required"] == ["job_id", "state"], name
