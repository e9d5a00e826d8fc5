"""Facts an audit held against the vendors' sources: what a page shows as valid is not
refused, and a default no vendor source states is either left out or marked as the
project's assumption."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from speclib.walk import resolve

METASTUDIO = "huaweicloud/metastudio/v1"
TIW = "tencentcloud/tiw/2019-09-19"
JOB_STATES = ["WAITING", "PROCESSING", "SUCCEED", "FAILED", "CANCELED", "BLOCK"]


def parameter(bundle: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    for listed in bundle["paths"][path]["get"]["parameters"]:
        found: dict[str, Any] = resolve(bundle, listed)
        if found["name"] == name:
            return found
    raise LookupError(name)


def test_the_state_filter_takes_the_pages_own_example(
    bundles: dict[str, dict[str, Any]],
) -> None:
    """ListDigitalHumanVideo's page gives `state=CREATING,PUBLISHED` as its example."""
    state = parameter(bundles[METASTUDIO], "/v1/{project_id}/digital-human-videos", "state")
    validator = Draft202012Validator(state["schema"])
    for value in ("CREATING,PUBLISHED", "SUCCEED,FAILED", "BLOCK"):
        assert validator.is_valid(value), value
    # The job states are still documented, as the values of the list.
    assert state["x-videoapi-comma-separated-enum"] == JOB_STATES
    assert "CREATING,PUBLISHED" in state["description"]


def test_defaults_no_vendor_source_states(bundles: dict[str, dict[str, Any]]) -> None:
    fill_mode = bundles[TIW]["components"]["schemas"]["StreamLayout"]["properties"]["FillMode"]
    assert "default" not in fill_mode
    show_script = parameter(
        bundles[METASTUDIO], "/v1/{project_id}/2d-digital-human-videos/{job_id}", "show_script"
    )
    assert show_script["schema"]["default"] is False
    assert "no vendor source states one" in show_script["schema"]["x-videoapi-assumption"]
