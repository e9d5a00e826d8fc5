"""Every documented example validates; a broken one is caught and located."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from speclib.catalog import find_specs
from speclib.examples import check_examples, count_examples
from tests.support.spec_documents import SPECS
from toolchain.lint_specs import lint_all

TIW = "tencentcloud/tiw/2019-09-19"
DESCRIBE = "/#X-TC-Action=DescribeOnlineRecord"


def finished_example(bundle: dict[str, Any]) -> dict[str, Any]:
    content = bundle["paths"][DESCRIBE]["post"]["responses"]["200"]["content"]
    value: dict[str, Any] = content["application/json"]["examples"]["FinishedRecording"]["value"]
    return value


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_documented_examples_validate(bundles: dict[str, dict[str, Any]], spec: Any) -> None:
    bundle = bundles[spec.name]
    assert count_examples(bundle) > 0
    assert check_examples(bundle) == []


def test_every_operation_has_request_and_response_examples(
    bundles: dict[str, dict[str, Any]],
) -> None:
    for name, bundle in bundles.items():
        for path, item in bundle["paths"].items():
            for method, operation in item.items():
                reply = operation["responses"]["200"]
                if "content" in reply:
                    examples = reply["content"]["application/json"].get("examples")
                else:  # a reply without a body (a cancel): its headers are all it says
                    examples = [h["examples"] for h in reply["headers"].values() if "examples" in h]
                assert examples, f"{name} {method} {path}: no response example"
                body = operation.get("requestBody", {}).get("content", {}).get("application/json")
                params = [p for p in operation.get("parameters", []) if "examples" in p]
                assert (body and body.get("examples")) or params, (
                    f"{name} {path}: no request example"
                )


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda v: v["Response"].update(Status="DONE"), "Response/Status: 'DONE' is not one of"),
        (lambda v: v["Response"]["VideoInfos"][0].update(VideoUrl="no url"), "is not a 'uri'"),
        (lambda v: v["Response"].pop("TaskId"), "'TaskId' is a required property"),
        (lambda v: v["Response"].update(RoomId="880528"), "'880528' is not of type 'integer'"),
        (lambda v: v["Response"].update(Interrupts=None), None),
    ],
)
def test_broken_response_example_is_caught(
    bundles: dict[str, dict[str, Any]], mutate: Any, expected: str | None
) -> None:
    bundle = copy.deepcopy(bundles[TIW])
    mutate(finished_example(bundle))
    errors = [str(error) for error in check_examples(bundle)]
    if expected is None:  # Interrupts may be null: still valid
        assert errors == []
    else:
        assert errors
        assert all("FinishedRecording" in error for error in errors)
        assert any(expected in error for error in errors)


def test_broken_request_example_is_caught(bundles: dict[str, dict[str, Any]]) -> None:
    bundle = copy.deepcopy(bundles[TIW])
    content = bundle["paths"][DESCRIBE]["post"]["requestBody"]["content"]["application/json"]
    content["examples"]["QueryRecording"]["value"]["Unknown"] = 1
    (error,) = check_examples(bundle)
    assert "Additional properties are not allowed" in str(error)


def test_broken_schema_example_is_caught(bundles: dict[str, dict[str, Any]]) -> None:
    bundle = copy.deepcopy(bundles[TIW])
    bundle["components"]["schemas"]["Whiteboard"]["properties"]["Width"]["examples"] = [1]
    (error,) = check_examples(bundle)
    assert "Whiteboard/properties/Width/examples/0" in str(error)
    assert "less than the minimum of 2" in str(error)


def test_lint_specs_fails_on_a_broken_example_file(tmp_path: Path) -> None:
    """End to end: an example file edited on disk makes lint-specs fail."""
    specs = Path(find_specs()[0].path).parents[3]
    copy_root = tmp_path / "specs"
    shutil.copytree(specs, copy_root)
    example = copy_root / "huaweicloud/metastudio/v1/examples/ListDigitalHumanVideo.response.yaml"
    example.write_text(example.read_text().replace("state: SUCCEED", "state: DONE"))
    reports = {report.name: report for report in lint_all(copy_root)}
    broken = reports["huaweicloud/metastudio/v1"]
    assert not broken.ok
    assert any("jobs/0/state: 'DONE' is not one of" in p for p in broken.problems)
    assert all(report.ok for name, report in reports.items() if name != broken.name)
