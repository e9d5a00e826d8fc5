"""`drift`: the specs against the vendors' machine-readable metadata.

The rules are tested on small made-up metadata for the made-up specs in
made_up_services/; one test runs on the packages installed here and holds only
what is known of them.
"""

from __future__ import annotations

import json
import types
from importlib import metadata as package_metadata
from pathlib import Path
from typing import Any, ClassVar

import pytest

from speclib.bundle import bundle_spec
from toolchain.cli import main
from toolchain.drift import check_drift, huawei, tencent
from toolchain.findings import Finding

FIXTURES = Path(__file__).parent / "made_up_services" / "specs"
WIDGET = "tencentcloud/widget/2021-02-03"
GADGET = "huaweicloud/gadget/v2"


def member(name: str, kind: str, item: str, **facts: Any) -> dict[str, Any]:
    return {"name": name, "type": kind, "member": item, "document": "", **facts}


def widget_api() -> dict[str, Any]:
    """tccli's api.json for the widget service, agreeing with the fixture spec."""
    return {
        "actions": {
            "DescribeWidgetJob": {
                "input": "DescribeWidgetJobRequest",
                "output": "DescribeWidgetJobResponse",
                "status": "online",
            },
            "CancelWidgetJob": {
                "input": "CancelWidgetJobRequest",
                "output": "CancelWidgetJobResponse",
                "status": "online",
            },
            "CreateWidgetJob": {
                "input": "CreateWidgetJobRequest",
                "output": "CreateWidgetJobResponse",
                "status": "online",
            },
        },
        "objects": {
            "DescribeWidgetJobRequest": {
                "members": [
                    member("JobId", "string", "string", required=True),
                    member("AppId", "int", "int64", required=True),
                    member("Limit", "int", "int64", required=False),
                ]
            },
            "DescribeWidgetJobResponse": {
                "members": [
                    member(
                        "Status",
                        "string",
                        "string",
                        required=True,
                        value_allowed_null=False,
                        document="State.\n- QUEUED: waiting\n- RUNNING: working\n- DONE: done",
                    ),
                    member("Outputs", "list", "WidgetOutput", value_allowed_null=False),
                    member("Note", "string", "string", value_allowed_null=True),
                    member("RequestId", "string", "string"),
                ]
            },
            "WidgetOutput": {
                "members": [
                    member("Url", "string", "string", output_required=True),
                    member("Size", "int", "int64", output_required=False),
                ]
            },
            "CancelWidgetJobRequest": {
                "members": [member("JobId", "string", "string", required=True)]
            },
            "CancelWidgetJobResponse": {"members": [member("RequestId", "string", "string")]},
        },
    }


SOURCE = "tccli 9.9.9 services/widget/v20210203/api.json"


def compare(api: dict[str, Any], document: dict[str, Any] | None = None) -> list[Finding]:
    spec = document or bundle_spec(FIXTURES / WIDGET / "openapi.yaml")
    return tencent.compare_spec(spec, WIDGET, tencent.parse_api_json(api, SOURCE))


def disagreements(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity != "info"]


def test_metadata_that_agrees() -> None:
    findings = compare(widget_api())
    assert disagreements(findings) == []
    (uncovered,) = findings
    assert uncovered.rule == "action-not-covered"
    assert uncovered.severity == "info"
    assert uncovered.message.endswith("1 actions the spec does not cover: CreateWidgetJob")


def test_fields_added_and_removed_by_the_vendor() -> None:
    api = widget_api()
    members = api["objects"]["WidgetOutput"]["members"]
    members.append(member("Checksum", "string", "string", output_required=False))
    members.remove(members[1])  # Size
    findings = disagreements(compare(api))
    assert [(f.rule, f.message) for f in findings] == [
        (
            "field-missing-in-spec",
            "WidgetOutput.Checksum (string) is in the vendor metadata, not in the spec",
        ),
        ("field-missing-in-vendor", "WidgetOutput.Size is in the spec, not in the vendor metadata"),
    ]
    assert findings[0].source == f"{SOURCE}#/objects/WidgetOutput/members/1"
    assert findings[1].spec == f"{WIDGET}#/components/schemas/WidgetOutput/properties/Size"


def test_type_required_nullable_and_format() -> None:
    api = widget_api()
    request = api["objects"]["DescribeWidgetJobRequest"]["members"]
    request[1] = member("AppId", "string", "string", required=True)
    request[2] = member("Limit", "int", "int64", required=True)
    response = api["objects"]["DescribeWidgetJobResponse"]["members"]
    response[2]["value_allowed_null"] = False
    api["objects"]["WidgetOutput"]["members"][1] = member("Size", "int", "uint64")
    document = bundle_spec(FIXTURES / WIDGET / "openapi.yaml")
    document["components"]["schemas"]["WidgetOutput"]["properties"]["Size"]["format"] = "int32"
    found = {(f.rule, f.message) for f in disagreements(compare(api, document))}
    assert found == {
        (
            "type",
            "DescribeWidgetJobRequest.AppId is string in the vendor metadata, integer in the spec",
        ),
        (
            "required",
            "DescribeWidgetJobRequest.Limit is required in the vendor metadata, "
            "optional in the spec",
        ),
        (
            "nullable",
            "DescribeWidgetJobResponse.Note allows null in the spec; the vendor metadata does not "
            "say it may be null",
        ),
        ("format", "WidgetOutput.Size is int64 in the vendor metadata; the spec's format is int32"),
    }


def test_enum_values_named_in_the_vendor_documents() -> None:
    api = widget_api()
    status = api["objects"]["DescribeWidgetJobResponse"]["members"][0]
    status["document"] = "State.\n- QUEUED: waiting\n- DONE: done\n- PAUSED: held"
    findings = compare(api)
    added = [f for f in findings if f.rule == "enum-value-missing-in-spec"]
    assert [f.message for f in added] == [
        "DescribeWidgetJobResponse.Status: PAUSED named in the vendor metadata, not in the "
        "spec's enum"
    ]
    (unnamed,) = [f for f in findings if f.rule == "enum-value-not-in-vendor"]
    assert unnamed.severity == "info"
    assert "RUNNING" in unnamed.message


def test_actions_the_vendor_removed_or_deprecates() -> None:
    api = widget_api()
    del api["actions"]["CancelWidgetJob"]
    api["actions"]["DescribeWidgetJob"]["status"] = "deprecated"
    findings = compare(api)
    (removed,) = [f for f in findings if f.rule == "action-removed"]
    assert removed.severity == "info"  # the spec already marks CancelWidgetJob deprecated
    assert removed.message == (
        "CancelWidgetJob is no longer in the vendor's metadata; "
        "the spec already marks it deprecated"
    )
    (deprecated,) = [f for f in findings if f.rule == "action-deprecated"]
    assert deprecated.severity == "warning"
    document = bundle_spec(FIXTURES / WIDGET / "openapi.yaml")
    del document["paths"]["/#X-TC-Action=CancelWidgetJob"]["post"]["deprecated"]
    (removed,) = [f for f in compare(api, document) if f.rule == "action-removed"]
    assert removed.severity == "error"


def test_the_fields_only_copies_read_like_api_json(tmp_path: Path) -> None:
    copy_file = tmp_path / "copy.json"
    objects = {
        name: [
            {
                "name": m["name"],
                "type": m["type"],
                "member": m["member"],
                "required": bool(m.get("required", m.get("output_required", False))),
                "nullable": bool(m.get("value_allowed_null", False)),
            }
            for m in structure["members"]
        ]
        for name, structure in widget_api()["objects"].items()
    }
    actions = ["DescribeWidgetJob", "CancelWidgetJob"]
    copy_file.write_text(json.dumps({"source": "copy", "actions": actions, "objects": objects}))
    copied = tencent.load_fields_copy(copy_file)
    full = tencent.parse_api_json(widget_api(), "full")
    for name, fields in full.objects.items():
        assert [(f.name, f.kind, f.member, f.required, f.nullable, f.format) for f in fields] == [
            (f.name, f.kind, f.member, f.required, f.nullable, f.format)
            for f in copied.objects[name]
        ]


def test_a_fields_only_copy_may_name_values(tmp_path: Path) -> None:
    copy_file = tmp_path / "copy.json"
    member = {"name": "Mode", "type": "string", "member": "string", "required": True}
    objects = {"DescribeWidgetJobRequest": [{**member, "nullable": False, "values": ["A", "B"]}]}
    copy_file.write_text(json.dumps({"source": "copy", "actions": [], "objects": objects}))
    (field,) = tencent.load_fields_copy(copy_file).objects["DescribeWidgetJobRequest"]
    assert field.values == ("A", "B")


# ---- Huawei: an SDK's models, made up for the gadget spec ----


def sdk_model(name: str, fields: dict[str, tuple[str, str, str]]) -> type:
    """A class shaped like a huaweicloudsdk model: attribute -> (wire name, type, doc)."""
    namespace: dict[str, Any] = {
        "openapi_types": {attribute: kind for attribute, (_, kind, _) in fields.items()},
        "attribute_map": {attribute: wire for attribute, (wire, _, _) in fields.items()},
    }
    for attribute, (_, _, doc) in fields.items():
        namespace[attribute] = property(
            lambda self: None, doc=f"Gets {attribute}.\n\n{doc}\n\n:rtype: x"
        )
    return type(name, (), namespace)


def gadget_models(**changes: dict[str, tuple[str, str, str]]) -> huawei.SdkModels:
    models = {
        "ListGadgetsRequest": {
            "x_app_id": ("X-App-Id", "str", ""),
            "limit": ("limit", "int", ""),
            "sort_dir": ("sort_dir", "str", "排序方式。 * asc：升序 * desc：降序"),
            "ids": ("ids", "list[str]", ""),
        },
        "ListGadgetsResponse": {
            "count": ("count", "int", ""),
            "gadgets": ("gadgets", "list[Gadget]", ""),
            "x_request_id": ("X-Request-Id", "str", ""),
        },
        "Gadget": {
            "gadget_id": ("gadget_id", "str", ""),
            "state": ("state", "str", "状态。 * NEW：新建 * READY：可用"),
            "detail": ("detail", "GadgetDetail", ""),
            "error_info": ("error_info", "ErrorBody", ""),
        },
        "GadgetDetail": {"link": ("link", "str", ""), "weight": ("weight", "float", "")},
        "ErrorBody": {
            "error_code": ("error_code", "str", ""),
            "error_msg": ("error_msg", "str", ""),
        },
        "DeleteGadgetRequest": {"gadget_id": ("gadget_id", "str", "")},
    }
    for name, replacement in changes.items():
        models[name] = replacement
    module = types.ModuleType("huaweicloudsdkgadget.v2.model")
    for name, fields in models.items():
        setattr(module, name, sdk_model(name, fields))
    return huawei.SdkModels("huaweicloudsdkgadget", "1.2.3", module)


def compare_gadget(models: huawei.SdkModels) -> list[Finding]:
    return huawei.compare_spec(bundle_spec(FIXTURES / GADGET / "openapi.yaml"), GADGET, models)


def test_sdk_models_that_agree() -> None:
    findings = compare_gadget(gadget_models())
    assert disagreements(findings) == []
    assert [f.message for f in findings] == [
        "the vendor has 1 operations the spec does not cover: DeleteGadget"
    ]


def test_sdk_models_that_disagree() -> None:
    models = gadget_models(
        ListGadgetsRequest={
            "x_app_id": ("X-App-Id", "str", ""),
            "limit": ("limit", "str", ""),
            "sort_dir": ("sort_dir", "str", "排序方式。 * asc：升序 * desc：降序 * rand：随机"),
        },
        GadgetDetail={
            "link": ("link", "str", ""),
            "weight": ("weight", "float", ""),
            "colour": ("colour", "str", ""),
        },
    )
    found = {(f.rule, f.message) for f in disagreements(compare_gadget(models))}
    assert found == {
        ("type", "ListGadgetsRequest.limit is string in the vendor metadata, integer in the spec"),
        (
            "field-missing-in-vendor",
            "ListGadgetsRequest.ids is in the spec, not in the vendor metadata",
        ),
        (
            "enum-value-missing-in-spec",
            "ListGadgetsRequest.sort_dir: rand named in the vendor metadata, "
            "not in the spec's enum",
        ),
        (
            "field-missing-in-spec",
            "GadgetDetail.colour (string) is in the vendor metadata, not in the spec",
        ),
    }


class GadgetFilter:
    """Shaped like a generated huaweicloudsdk request model: a constructor that always sets
    the required attributes and sets the others only when given."""

    openapi_types: ClassVar[dict[str, str]] = {"limit": "int", "sort_dir": "str"}
    attribute_map: ClassVar[dict[str, str]] = {"limit": "limit", "sort_dir": "sort_dir"}

    def __init__(self, limit: Any = None, sort_dir: Any = None) -> None:
        self._limit = None
        self._sort_dir = None
        self.discriminator = None

        self.limit = limit
        if sort_dir is not None:
            self.sort_dir = sort_dir


def test_sdk_required_flags_are_read_from_the_constructors() -> None:
    assert huawei.required_attributes(GadgetFilter) == frozenset({"limit"})
    assert huawei.required_attributes(sdk_model("NoConstructor", {})) is None
    models = gadget_models()
    request = getattr(models.module, "ListGadgetsRequest")  # noqa: B009
    # The same fields, with GadgetFilter's constructor: limit becomes required.
    setattr(
        models.module,
        request.__name__,
        type(request.__name__, (GadgetFilter,), dict(vars(request))),
    )
    found = {(f.rule, f.message) for f in disagreements(compare_gadget(models))}
    message = "ListGadgetsRequest.limit is required in the vendor metadata, optional in the spec"
    assert found == {("required", message)}


def test_huawei_declared_fields_state_required_only_when_asked() -> None:
    models = gadget_models()
    fields = huawei.declared_fields(models, GadgetFilter, frozenset(), with_required=True)
    assert [(f.name, f.required) for f in fields] == [("limit", True), ("sort_dir", False)]
    assert {f.required for f in huawei.declared_fields(models, GadgetFilter, frozenset())} == {None}


def test_an_operation_the_sdk_no_longer_has() -> None:
    models = gadget_models()
    delattr(models.module, "ListGadgetsRequest")
    (removed,) = [f for f in compare_gadget(models) if f.rule == "action-removed"]
    assert removed.severity == "error"
    assert removed.message == "ListGadgets has no request model in huaweicloudsdkgadget 1.2.3"


# ---- the whole command ----


def test_what_is_not_installed_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tencent, "api_json_path", lambda service, version: None)
    report = check_drift(FIXTURES)
    assert report.facts[WIDGET] == "skipped: no tccli api.json installed for it"
    assert report.facts[GADGET] == "skipped: huaweicloudsdkgadget is not installed"
    assert {f.rule for f in report.findings} == {"metadata-unavailable"}
    assert report.exit_code == 0


def test_the_installed_vendor_metadata() -> None:
    """What is known of the installed tccli and Huawei SDK, against the real specs."""
    report = check_drift()
    tccli = package_metadata.version("tccli")
    assert report.facts["tccli"] == tccli
    assert report.facts["tencentcloud/tiw/2019-09-19"] == (
        f"tccli {tccli} services/tiw/v20190919/api.json"
    )
    sdk = package_metadata.version("huaweicloudsdkmetastudio")
    assert report.facts["huaweicloud/metastudio/v1"].startswith(f"huaweicloudsdkmetastudio {sdk} ")
    # tccli 3.1.122.1 removed VCLM's stylization actions; the spec marks them deprecated.
    removed = [f for f in report.findings if f.rule == "action-removed"]
    assert sorted(f.message.split()[0] for f in removed) == [
        "DescribeVideoStylizationJob",
        "SubmitVideoStylizationJob",
    ]
    for finding in removed:
        assert finding.severity == "info"
        assert "is no longer in the vendor's" in finding.message
        assert finding.spec.startswith("tencentcloud/vclm/2024-05-23#")
    uncovered = {f.spec: f.message for f in report.findings if f.rule == "action-not-covered"}
    assert "StartWhiteboardPush" in uncovered["tencentcloud/tiw/2019-09-19"]
    assert "StartOnlineRecord" not in uncovered["tencentcloud/tiw/2019-09-19"]
    # Every live VCLM action is covered, and nothing of them differs from the metadata.
    assert "tencentcloud/vclm/2024-05-23" not in uncovered
    vclm = [f for f in report.findings if f.spec.startswith("tencentcloud/vclm/")]
    assert [f for f in vclm if f.severity != "info"] == []


def test_prose_around_a_number_names_no_word_values() -> None:
    """VCLM's SubmitVideoEditKlingJob Duration: the prose quotes `"refer_type":"base"`."""
    document = (
        "<p>枚举值：3，4，5，6，7，8，9，10，其中：仅支持5和10s<br>"
        "使用视频编辑功能（“refer_type”:“base”）时，输出结果与传入视频时长相同</p>"
    )
    as_text = member("Duration", "string", "string", document=document)
    assert tencent.declared_member(as_text, "x").values == ("refer_type", "base")
    as_number = member("Duration", "int", "int64", document=document)
    assert tencent.declared_member(as_number, "x").values == ()


def test_the_command_reports_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["drift", "--specs", str(FIXTURES), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["tool"] == "drift"
    assert code == (0 if report["summary"]["agrees"] else 1)
    assert set(report["facts"]) >= {"tccli", WIDGET, GADGET}
