"""The repository's specs pass every check of `make lint-specs`."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from clouds import cloud_named
from clouds.tencentcloud import TENCENTCLOUD
from speclib.bundle import iter_references
from speclib.catalog import SPECS as SPECS_ROOT
from speclib.catalog import find_common
from speclib.walk import operations, resolve
from tests.support.spec_documents import SPECS, cloud_of_spec, specs_of
from toolchain.lint_specs import lint_all, openapi_errors

EXPECTED_OPERATIONS = {
    "tencentcloud/tiw/2019-09-19": {
        "CreateVideoGenerationTask",
        "DescribeVideoGenerationTaskCallback",
        "DescribeOnlineRecord",
        "StartOnlineRecord",
        "StopOnlineRecord",
        "PauseOnlineRecord",
        "ResumeOnlineRecord",
        "SetOnlineRecordCallback",
        "SetOnlineRecordCallbackKey",
        "DescribeOnlineRecordCallback",
        "DescribeVideoGenerationTask",
        "SetVideoGenerationTaskCallback",
        "SetVideoGenerationTaskCallbackKey",
    },
    "tencentcloud/vclm/2024-05-23": {
        "SubmitVideoStylizationJob",
        "DescribeVideoStylizationJob",
        "CreateAigcElement",
        "DescribeAigcElement",
        "DeleteAigcElement",
        *(
            f"{verb}{kind}Job"
            for verb in ("Submit", "Describe")
            for kind in (
                "TextToVideo",
                "ImageToVideo",
                "MotionControlKling",
                "VideoEditKling",
                "VideoExtendKling",
                "TextToVideoVidu",
                "ImageToVideoVidu",
                "ReferenceToVideoVidu",
                "HunyuanToVideo",
                "ImageToVideoGeneral",
                "PortraitSing",
                "TemplateToVideo",
                "HumanActor",
                "VideoFaceFusion",
            )
        ),
    },
    "huaweicloud/metastudio/v1": {
        "ListDigitalHumanVideo",
        "Create2DDigitalHumanVideo",
        "Show2DDigitalHumanVideo",
        "Cancel2DDigitalHumanVideo",
        "CreatePhotoDigitalHumanVideo",
        "ShowPhotoDigitalHumanVideo",
        "CancelPhotoDigitalHumanVideo",
    },
}


NAMES = [spec.name for spec in SPECS]


def test_every_expected_spec_exists() -> None:
    """Each spec found has its operations pinned here, and each cloud with specs its common file."""
    assert {spec.name for spec in SPECS} == set(EXPECTED_OPERATIONS)
    commons = [cloud_named(path.parent.name) for path in find_common()]
    assert len(commons) == len(set(commons))
    assert set(commons) == {cloud_of_spec(spec) for spec in SPECS}


def test_lint_all_reports_no_problem() -> None:
    reports = lint_all()
    problems = {report.name: report.problems for report in reports if not report.ok}
    assert problems == {}
    assert len(reports) == len(SPECS) + 2


@pytest.mark.parametrize("name", NAMES)
def test_spec_holds_its_operations(bundles: dict[str, dict[str, Any]], name: str) -> None:
    ids = {operation.operation_id for operation in operations(bundles[name])}
    assert name in EXPECTED_OPERATIONS, f"{name}: no expected operations in this test"
    assert ids == EXPECTED_OPERATIONS[name]


@pytest.mark.parametrize("name", NAMES)
def test_bundle_is_self_contained_and_valid(bundles: dict[str, dict[str, Any]], name: str) -> None:
    bundle = bundles[name]
    assert all(ref.startswith("#/") for _, ref in iter_references(bundle))
    assert openapi_errors(bundle) == []
    assert bundle["openapi"] == "3.1.0"


def test_vclm_stylization_actions_are_deprecated(bundles: dict[str, dict[str, Any]]) -> None:
    found = list(operations(bundles["tencentcloud/vclm/2024-05-23"]))
    stylization = [op for op in found if "Stylization" in str(op.operation_id)]
    assert len(stylization) == 2
    assert not [op for op in found if op not in stylization and op.node.get("deprecated")]
    for operation in stylization:
        assert operation.node["deprecated"] is True
        assert "offline" in operation.node["description"]
        # tencentcloud-sdk-python-vclm 3.1.83 is the last SDK with the stylization actions
        # (3.1.127, the next release, has none; 3.0.1200 is an older one).
        assert operation.node["x-videoapi-deprecation"]["last-releases-with-action"] == [
            "tccli 3.1.121.1",
            "tencentcloud-sdk-python-vclm 3.1.83",
        ]
    spec = (SPECS_ROOT / "tencentcloud" / "vclm" / "2024-05-23" / "openapi.yaml").read_text()
    assert "tencentcloud-sdk-python-vclm 3.1.83" in spec
    for text in (spec, (SPECS_ROOT / "README.md").read_text()):
        assert "3.0.1200" not in text


def test_each_vclm_submit_links_to_its_describe(bundles: dict[str, dict[str, Any]]) -> None:
    found = {op.operation_id: op.node for op in operations(bundles["tencentcloud/vclm/2024-05-23"])}
    for name, node in found.items():
        if not str(name).startswith(("Submit", "Create")):
            continue
        target = "Describe" + str(name).removeprefix("Submit").removeprefix("Create")
        links = node["responses"]["200"].get("links", {})
        assert target in {link["operationId"] for link in links.values()}, name


@pytest.mark.parametrize("name", [spec.name for spec in specs_of(TENCENTCLOUD)])
def test_tencent_specs_document_endpoints_limits_and_errors(
    bundles: dict[str, dict[str, Any]], name: str
) -> None:
    bundle = bundles[name]
    service = bundle["x-videoapi-service"]
    assert f"https://{service}.tencentcloudapi.com" in [s["url"] for s in bundle["servers"]]
    assert "AuthFailure.SignatureExpire" in bundle["x-videoapi-cloud-error-codes"]
    for operation in operations(bundle):
        assert operation.node["x-videoapi-rate-limit"] == {"requests": 20, "per": "second"}


def test_tiw_lists_international_endpoint_and_region(bundles: dict[str, dict[str, Any]]) -> None:
    bundle = bundles["tencentcloud/tiw/2019-09-19"]
    assert "https://tiw.intl.tencentcloudapi.com" in [s["url"] for s in bundle["servers"]]
    region = bundle["components"]["parameters"]["X-TC-Region"]
    assert region["schema"]["enum"] == ["ap-singapore"] == bundle["x-videoapi-regions"]


def test_documented_error_codes_per_operation(bundles: dict[str, dict[str, Any]]) -> None:
    codes = {
        op.operation_id: set(op.node["x-videoapi-operation-error-codes"])
        for bundle in bundles.values()
        for op in operations(bundle)
    }
    assert "InvalidParameter.TaskNotFound" in codes["DescribeOnlineRecord"]
    assert "LimitExceeded.TaskConcurrency" in codes["CreateVideoGenerationTask"]
    assert "UnauthorizedOperation.SdkAppId" in codes["DescribeVideoGenerationTaskCallback"]
    assert "FailedOperation.TaskNotExist" in codes["DescribeVideoStylizationJob"]
    assert "InvalidParameterValue.StyleNotExist" in codes["SubmitVideoStylizationJob"]
    assert "RequestLimitExceeded.JobNumExceed" in codes["SubmitVideoStylizationJob"]
    assert codes["ListDigitalHumanVideo"] >= {"MSS.00000001", "MSS.00000003"}
    for kind in ("2D", "Photo"):
        assert "MSS.10000003" in codes[f"Create{kind}DigitalHumanVideo"]
        assert "MSS.00000002" in codes[f"Show{kind}DigitalHumanVideo"]
        assert "MSS.00000003" in codes[f"Cancel{kind}DigitalHumanVideo"]
    assert "UnsupportedOperation.TaskHasAlreadyStopped" in codes["StopOnlineRecord"]
    for action in ("PauseOnlineRecord", "ResumeOnlineRecord"):
        assert "UnsupportedOperation.InvalidTaskStatus" in codes[action]
    assert "ResourceInUse.RecordUserId" in codes["StartOnlineRecord"]
    for action in ("SetOnlineRecordCallback", "SetVideoGenerationTaskCallback"):
        assert "InvalidParameter.CallbackAddressFormatError" in codes[action]


def test_metastudio_job_operations_reply_as_documented(bundles: dict[str, dict[str, Any]]) -> None:
    """Create and cancel list no 404 on their pages; a cancel's reply has no body."""
    found = {op.operation_id: op for op in operations(bundles["huaweicloud/metastudio/v1"])}
    for kind in ("2D", "Photo"):
        create = found[f"Create{kind}DigitalHumanVideo"]
        show = found[f"Show{kind}DigitalHumanVideo"]
        cancel = found[f"Cancel{kind}DigitalHumanVideo"]
        assert (create.method, show.method, cancel.method) == ("post", "get", "post")
        assert cancel.path == f"{show.path}/cancel" and show.path.startswith(create.path)
        assert set(create.node["responses"]) == {"200", "400", "401", "500"}
        assert set(show.node["responses"]) == {"200", "400", "401", "404", "500"}
        assert set(cancel.node["responses"]) == {"200", "400", "401", "500"}
        assert "content" not in cancel.node["responses"]["200"]
        assert (
            create.node["x-videoapi-rate-limit"]
            == cancel.node["x-videoapi-rate-limit"]
            == {
                "requests": 1,
                "per": "second",
            }
        )


def test_tiw_links_follow_a_task_from_start_to_generated_video(
    bundles: dict[str, dict[str, Any]],
) -> None:
    """Each link names an operation of the spec and fills only fields its request has."""
    bundle = bundles["tencentcloud/tiw/2019-09-19"]
    by_id = {op.operation_id: op for op in operations(bundle)}
    edges = set()
    for source in by_id.values():
        for name, link in source.node["responses"]["200"].get("links", {}).items():
            target = by_id[link["operationId"]]
            request = resolve(
                bundle, target.node["requestBody"]["content"]["application/json"]["schema"]
            )
            assert set(link["requestBody"]) <= set(request["properties"]), name
            assert set(request["required"]) <= set(link["requestBody"]), name
            edges.add((source.operation_id, target.operation_id))
    assert edges == {
        ("StartOnlineRecord", "DescribeOnlineRecord"),
        ("StartOnlineRecord", "StopOnlineRecord"),
        ("StartOnlineRecord", "PauseOnlineRecord"),
        ("StartOnlineRecord", "ResumeOnlineRecord"),
        ("DescribeOnlineRecord", "CreateVideoGenerationTask"),
        ("CreateVideoGenerationTask", "DescribeVideoGenerationTask"),
        ("CreateVideoGenerationTask", "DescribeOnlineRecord"),
        ("CreateVideoGenerationTask", "DescribeVideoGenerationTaskCallback"),
        ("DescribeOnlineRecord", "DescribeVideoGenerationTaskCallback"),
    }


def test_tiw_webhooks_are_the_events_of_its_callbacks(bundles: dict[str, dict[str, Any]]) -> None:
    """Each webhook is named after its EventType, and its body is a signed-event schema."""
    bundle = bundles["tencentcloud/tiw/2019-09-19"]
    assert set(bundle["webhooks"]) == {
        "OnlineRecordStarted",
        "OnlineRecordStopped",
        "OnlineRecordFinished",
        "VideoGenerationFinished",
    }
    for name, item in bundle["webhooks"].items():
        schema = resolve(
            bundle, item["post"]["requestBody"]["content"]["application/json"]["schema"]
        )
        parts = [resolve(bundle, part) for part in schema["allOf"]]
        assert parts[0] is bundle["components"]["schemas"]["CallbackEvent"]
        assert parts[1]["properties"]["EventType"]["const"] == name
    assert "x-videoapi-assumption" in bundle["webhooks"]["VideoGenerationFinished"]["post"]


def test_metastudio_query_limits(bundles: dict[str, dict[str, Any]]) -> None:
    bundle = bundles["huaweicloud/metastudio/v1"]
    operation = next(operations(bundle))
    params = {p.get("name"): p for p in operation.node["parameters"]}
    assert params["offset"]["schema"] | {} == {
        "type": "integer",
        "format": "int32",
        "minimum": 0,
        "maximum": 2147483647,
        "default": 0,
    }
    assert (params["limit"]["schema"]["minimum"], params["limit"]["schema"]["maximum"]) == (1, 100)
    assert params["limit"]["schema"]["default"] == 10
    assert params["sort_dir"]["schema"]["enum"] == ["asc", "desc"]
    assert set(operation.node["responses"]) == {"200", "400", "401", "404", "500"}


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("huaweicloud", "x-videoapi-cloud is huaweicloud, but the spec is in specs/tencentcloud/"),
        ("nocloud", "the spec declares no known cloud"),
    ],
)
def test_a_spec_declares_the_cloud_of_its_folder(
    tmp_path: Path, declared: str, expected: str
) -> None:
    shutil.copytree(SPECS_ROOT, tmp_path / "specs")
    spec = tmp_path / "specs/tencentcloud/vclm/2024-05-23/openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    assert "\nx-videoapi-cloud: tencentcloud\n" in text
    spec.write_text(
        text.replace("\nx-videoapi-cloud: tencentcloud\n", f"\nx-videoapi-cloud: {declared}\n"),
        encoding="utf-8",
    )
    problems = {
        report.name: report.problems for report in lint_all(tmp_path / "specs") if report.problems
    }
    assert list(problems) == ["tencentcloud/vclm/2024-05-23"]
    assert any(
        p.startswith("[cloud-folder]") and expected in p for p in problems[next(iter(problems))]
    )
