"""The diff on the repository's own specs: silent on no change, precise on real ones."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from tests.support.spec_documents import SPECS
from toolchain.diff.specs import compare_specs

TIW = "tencentcloud/tiw/2019-09-19"


def rules(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c.rule.id, c.location) for c in compare_specs(TIW, before, after)]


@pytest.mark.parametrize("name", [spec.name for spec in SPECS])
def test_an_unchanged_spec_has_no_changes(name: str, bundles: dict[str, dict[str, Any]]) -> None:
    assert compare_specs(name, bundles[name], copy.deepcopy(bundles[name])) == []


def test_a_renamed_tencent_action_is_one_change(bundles: dict[str, dict[str, Any]]) -> None:
    before = bundles[TIW]
    # Path, operationId, X-TC-Action, and the Request/Response/Envelope schema names.
    # (DescribeOnlineRecordCallback is another action and keeps its name.)
    renamed = re.sub(r"DescribeOnlineRecord(?!Callback)", "DescribeRecording", json.dumps(before))
    after = json.loads(renamed)
    assert rules(before, after) == [("tencent-action-renamed", "DescribeRecording")]


def test_a_new_x_tc_version_is_one_change(bundles: dict[str, dict[str, Any]]) -> None:
    before = bundles[TIW]
    after = json.loads(json.dumps(before).replace('"2019-09-19"', '"2025-01-01"'))
    assert rules(before, after) == [("tencent-version-changed", "x-videoapi-api-version")]


def test_a_shared_component_is_reported_once_under_its_name(
    bundles: dict[str, dict[str, Any]],
) -> None:
    before = bundles[TIW]
    after = copy.deepcopy(before)
    # ErrorResult (from common.yaml) is in the reply of all three actions.
    after["components"]["schemas"]["Error"]["required"] = ["Code"]
    assert rules(before, after) == [
        (
            "response-property-became-optional",
            "CreateVideoGenerationTask response 200: Error.Message",
        )
    ]


def test_a_status_that_is_no_longer_documented(bundles: dict[str, dict[str, Any]]) -> None:
    before = bundles[TIW]
    after = copy.deepcopy(before)
    status = after["components"]["schemas"]["DescribeOnlineRecordResponse"]["properties"]["Status"]
    status["enum"].remove("PAUSED")
    found = compare_specs(TIW, before, after)
    assert [(c.rule.id, c.location, c.before) for c in found] == [
        (
            "response-enum-value-removed",
            "DescribeOnlineRecord response 200: DescribeOnlineRecordResponse.Status",
            "PAUSED",
        )
    ]
    assert found[0].operation == "DescribeOnlineRecord"
