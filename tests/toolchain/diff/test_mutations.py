"""The diff's verdict on realistic spec mutations, each the verdict a caller of the
generated client would give.

Each case mutates a copy of a real bundled spec (TIW or MetaStudio) in place and
runs the diff engine in-process: the verdict is the worst severity found
("none" when nothing is reported), and the rule that carries it is named, so a
right verdict for a wrong reason fails too. The generated-code half (property
order, field types judged by side, the wire action the endpoint sends) mutates a
copy of the real generated TIW client the way the generator would have.
"""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from speclib.bundle import bundle_spec
from speclib.catalog import REPOSITORY
from toolchain.diff.changes import Change, Severity
from toolchain.diff.python_api import compare_python_api
from toolchain.diff.sides import schema_sides
from toolchain.diff.specs import compare_specs

Document = dict[str, Any]
TIW = REPOSITORY / "specs/tencentcloud/tiw/2019-09-19/openapi.yaml"
METASTUDIO = REPOSITORY / "specs/huaweicloud/metastudio/v1/openapi.yaml"
CLIENT = REPOSITORY / "generated/clients/tencentcloud-tiw-client"
BREAKING, POTENTIALLY, SAFE, NONE = "breaking", "potentially-breaking", "non-breaking", "none"


@pytest.fixture(scope="module")
def bundles() -> dict[str, Document]:
    return {"tiw": bundle_spec(TIW), "metastudio": bundle_spec(METASTUDIO)}


def schema(document: Document, name: str) -> Document:
    found: Document = document["components"]["schemas"][name]
    return found


def prop(document: Document, model: str, name: str) -> Document:
    found: Document = schema(document, model)["properties"][name]
    return found


def operation(document: Document, operation_id: str) -> Document:
    for item in document["paths"].values():
        for node in item.values():
            if isinstance(node, dict) and node.get("operationId") == operation_id:
                return node
    raise KeyError(operation_id)


def rename_property(document: Document, model: str, old: str, new: str) -> None:
    target = schema(document, model)
    target["properties"] = {
        (new if key == old else key): value for key, value in target["properties"].items()
    }
    if old in target.get("required", []):
        target["required"] = [new if key == old else key for key in target["required"]]


def remove_property(document: Document, model: str, name: str) -> None:
    target = schema(document, model)
    del target["properties"][name]
    if name in target.get("required", []):
        target["required"].remove(name)


def rename_action(document: Document, old: str, new: str, path_only: bool = False) -> None:
    paths = document["paths"]
    old_key, new_key = f"/#X-TC-Action={old}", f"/#X-TC-Action={new}"
    document["paths"] = {
        (new_key if key == old_key else key): value for key, value in paths.items()
    }
    if path_only:
        return
    node = document["paths"][new_key]["post"]
    node["operationId"] = new
    for parameter in node["parameters"]:
        if parameter.get("name") == "X-TC-Action":
            parameter["schema"]["const"] = new


def add_operation(document: Document) -> None:
    copied = copy.deepcopy(document["paths"]["/#X-TC-Action=DescribeOnlineRecord"])
    copied["post"]["operationId"] = "DescribeOnlineRecords"
    for parameter in copied["post"]["parameters"]:
        if parameter.get("name") == "X-TC-Action":
            parameter["schema"]["const"] = "DescribeOnlineRecords"
    copied["post"]["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object", "properties": {}}}},
    }
    document["paths"]["/#X-TC-Action=DescribeOnlineRecords"] = copied


def remove_operation(document: Document) -> None:
    del document["paths"]["/#X-TC-Action=PauseOnlineRecord"]


def listing_parameter(document: Document, name: str) -> Document:
    node = operation(document, "ListDigitalHumanVideo")
    return next(p for p in node["parameters"] if p.get("name") == name)


def retarget(document: Document) -> None:
    """VideoInfos' items refer to a copy of VideoInfo under another name."""
    schemas = document["components"]["schemas"]
    schemas["RecordedVideo"] = copy.deepcopy(schemas["VideoInfo"])
    items = prop(document, "DescribeOnlineRecordResponse", "VideoInfos")["items"]
    items["$ref"] = "#/components/schemas/RecordedVideo"


def with_recorded_video(document: Document) -> None:
    schemas = document["components"]["schemas"]
    schemas["RecordedVideo"] = copy.deepcopy(schemas["VideoInfo"])


def set_(
    getter: Callable[[Document], Document], key: str, value: Any
) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        getter(document)[key] = value

    return mutation


def request_prop(
    name: str, model: str = "StartOnlineRecordRequest"
) -> Callable[[Document], Document]:
    return lambda document: prop(document, model, name)


def response_prop(
    name: str, model: str = "DescribeOnlineRecordResponse"
) -> Callable[[Document], Document]:
    return lambda document: prop(document, model, name)


def required(model: str, name: str, now: bool) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        names = schema(document, model).setdefault("required", [])
        if now:
            names.append(name)
        else:
            names.remove(name)

    return mutation


def reorder(model: str) -> Callable[[Document], None]:
    def mutation(document: Document) -> None:
        target = schema(document, model)
        target["properties"] = dict(reversed(list(target["properties"].items())))

    return mutation


def status_changed(document: Document) -> None:
    responses = operation(document, "Create2DDigitalHumanVideo")["responses"]
    responses["201"] = responses.pop("200")


def header_added(document: Document) -> None:
    responses = operation(document, "Show2DDigitalHumanVideo")["responses"]
    responses["200"].setdefault("headers", {})["X-Rate-Limit-Remaining"] = {
        "description": "Calls left in this second.",
        "schema": {"type": "integer"},
    }


def error_code_removed(document: Document) -> None:
    del operation(document, "StartOnlineRecord")["x-videoapi-operation-error-codes"][
        "ResourceInUse.RecordUserId"
    ]


def description_only(document: Document) -> None:
    operation(document, "StartOnlineRecord")["description"] = "Reworded, same call."
    prop(document, "StartOnlineRecordRequest", "GroupId")["description"] = "Reworded."


# name: (spec, mutation, the verdict a caller would give, the rule that carries it)
Case = tuple[str, Callable[[Document], None], str, str | None]
CASES: dict[str, Case] = {
    "request field removed": (
        "tiw",
        lambda d: remove_property(d, "StartOnlineRecordRequest", "GroupId"),
        BREAKING,
        "request-property-removed",
    ),
    "response field removed": (
        "tiw",
        lambda d: remove_property(d, "DescribeOnlineRecordResponse", "GroupId"),
        BREAKING,
        "response-required-property-removed",
    ),
    "request field renamed": (
        "tiw",
        lambda d: rename_property(d, "StartOnlineRecordRequest", "GroupId", "GroupID"),
        BREAKING,
        "request-property-removed",
    ),
    "response field renamed": (
        "tiw",
        lambda d: rename_property(d, "DescribeOnlineRecordResponse", "TotalTime", "Duration"),
        BREAKING,
        "response-required-property-removed",
    ),
    "request field retyped": (
        "tiw",
        set_(request_prop("GroupId"), "type", "integer"),
        BREAKING,
        "request-type-changed",
    ),
    "response field retyped": (
        "tiw",
        set_(response_prop("RoomId"), "type", "string"),
        BREAKING,
        "response-type-changed",
    ),
    "request integer widened to number": (
        "tiw",
        set_(request_prop("SdkAppId"), "type", "number"),
        SAFE,
        "request-type-widened",
    ),
    "request number narrowed to integer": (
        "tiw",
        set_(request_prop("SdkAppId"), "type", "integer"),
        BREAKING,
        "request-type-changed",
    ),
    "request integer retyped to boolean": (
        "tiw",
        set_(request_prop("AutoStopTimeout"), "type", "boolean"),
        BREAKING,
        "request-type-changed",
    ),
    "response [string, null] narrowed to string": (
        "tiw",
        set_(response_prop("ReplayUrl"), "type", "string"),
        SAFE,
        "response-type-narrowed",
    ),
    "response string widened to [string, null]": (
        "tiw",
        set_(response_prop("GroupId"), "type", ["string", "null"]),
        BREAKING,
        "response-property-became-nullable",
    ),
    "request field made nullable": (
        "tiw",
        set_(request_prop("GroupId"), "type", ["string", "null"]),
        SAFE,
        "request-type-widened",
    ),
    "request field no longer nullable": (
        "tiw",
        set_(request_prop("Extras"), "type", "string"),
        BREAKING,
        "request-type-changed",
    ),
    "request field became required": (
        "tiw",
        required("StartOnlineRecordRequest", "GroupId", now=True),
        BREAKING,
        "request-property-became-required",
    ),
    "request field became optional": (
        "tiw",
        required("StartOnlineRecordRequest", "RecordUserSig", now=False),
        SAFE,
        "request-property-became-optional",
    ),
    "response field became optional": (
        "tiw",
        required("DescribeOnlineRecordResponse", "GroupId", now=False),
        BREAKING,
        "response-property-became-optional",
    ),
    "request enum narrowed": (
        "tiw",
        set_(request_prop("RecordMode"), "enum", ["REALTIME_MODE"]),
        BREAKING,
        "request-enum-value-removed",
    ),
    "request enum widened": (
        "tiw",
        set_(request_prop("RecordMode"), "enum", ["REALTIME_MODE", "VIDEO_GENERATION_MODE", "X"]),
        SAFE,
        "request-enum-value-added",
    ),
    "response enum widened": (
        "tiw",
        set_(
            response_prop("Status"),
            "enum",
            ["PREPARED", "RECORDING", "PAUSED", "STOPPED", "FINISHED", "FAILED"],
        ),
        POTENTIALLY,
        "response-enum-value-added",
    ),
    "response enum narrowed": (
        "tiw",
        set_(response_prop("Status"), "enum", ["PREPARED", "RECORDING", "STOPPED", "FINISHED"]),
        SAFE,
        "response-enum-value-removed",
    ),
    "operation added": ("tiw", add_operation, SAFE, "operation-added"),
    "operation removed": ("tiw", remove_operation, BREAKING, "operation-removed"),
    "action renamed": (
        "tiw",
        lambda d: rename_action(d, "StopOnlineRecord", "StopRecording"),
        BREAKING,
        "tencent-action-renamed",
    ),
    "path key only": (
        "tiw",
        lambda d: rename_action(d, "StopOnlineRecord", "StopRecording", path_only=True),
        BREAKING,
        "tencent-action-renamed",
    ),
    "query parameter became required": (
        "metastudio",
        set_(lambda d: listing_parameter(d, "state"), "required", True),
        BREAKING,
        "request-parameter-became-required",
    ),
    "maxLength tightened": (
        "tiw",
        set_(request_prop("RecordUserId"), "maxLength", 32),
        BREAKING,
        "request-max-length-tightened",
    ),
    "minimum tightened": (
        "tiw",
        set_(request_prop("AutoStopTimeout"), "minimum", 600),
        BREAKING,
        "request-minimum-tightened",
    ),
    "maxLength relaxed": (
        "tiw",
        set_(request_prop("RecordUserId"), "maxLength", 128),
        SAFE,
        "request-constraint-relaxed",
    ),
    "error code removed": ("tiw", error_code_removed, POTENTIALLY, "error-code-removed"),
    "success status changed": (
        "metastudio",
        status_changed,
        BREAKING,
        "response-success-status-removed",
    ),
    "response header added": ("metastudio", header_added, SAFE, "response-header-added"),
    "description only": ("tiw", description_only, NONE, None),
    # The wire is the same; the generated constructor is not: see
    # test_reordered_request_properties_reorder_the_constructor (breaking) below.
    "request properties reordered (the spec half)": (
        "tiw",
        reorder("DescribeOnlineRecordRequest"),
        NONE,
        None,
    ),
    "$ref retargeted": ("tiw", retarget, POTENTIALLY, "schema-reference-changed"),
    "request default changed": (
        "tiw",
        set_(request_prop("AutoStopTimeout"), "default", 600),
        POTENTIALLY,
        "request-default-changed",
    ),
    "rate limit lowered": (
        "tiw",
        set_(
            lambda d: operation(d, "StartOnlineRecord"),
            "x-videoapi-rate-limit",
            {
                "requests": 5,
                "per": "second",
            },
        ),
        POTENTIALLY,
        "rate-limit-lowered",
    ),
    "rate limit raised": (
        "tiw",
        set_(
            lambda d: operation(d, "StartOnlineRecord"),
            "x-videoapi-rate-limit",
            {
                "requests": 50,
                "per": "second",
            },
        ),
        SAFE,
        "rate-limit-raised",
    ),
}


# What the spec was before the mutation, where it is not the real spec as it is.
PREPARED: dict[str, Callable[[Document], None]] = {
    "$ref retargeted": with_recorded_video,
    "request number narrowed to integer": set_(request_prop("SdkAppId"), "type", "number"),
}


def verdict(changes: list[Change]) -> tuple[str, set[str]]:
    if not changes:
        return NONE, set()
    worst = min((change.severity for change in changes), key=lambda s: s.order)
    return worst.value, {c.rule.id for c in changes if c.severity is worst}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_spec_mutation_gets_the_callers_verdict(name: str, bundles: dict[str, Document]) -> None:
    spec, mutation, expected, rule = CASES[name]
    before = copy.deepcopy(bundles[spec])
    if name in PREPARED:
        PREPARED[name](before)
    after = copy.deepcopy(before)
    mutation(after)
    found, rules = verdict(compare_specs(spec, before, after))
    assert found == expected, [(c.rule.id, c.location) for c in compare_specs(spec, before, after)]
    if rule is not None:
        assert rule in rules


def test_the_suite_covers_every_kind_the_issue_lists() -> None:
    assert len(CASES) >= 30
    assert {SAFE, BREAKING, POTENTIALLY, NONE} <= {case[2] for case in CASES.values()}


# ---- the generated-code half: what the generator would write for a mutated spec ----


@pytest.fixture
def clients(tmp_path: Path) -> tuple[Path, Path]:
    """Two trees with the real generated TIW client: before, and after (to be mutated)."""
    trees = []
    for name in ("old", "new"):
        target = tmp_path / name / "generated/clients/tencentcloud-tiw-client"
        shutil.copytree(CLIENT, target, ignore=shutil.ignore_patterns("__pycache__"))
        (tmp_path / name / "generator").mkdir()
        shutil.copy(
            REPOSITORY / "generator/packages.toml", tmp_path / name / "generator/packages.toml"
        )
        trees.append(tmp_path / name)
    return trees[0], trees[1]


MODELS = "generated/clients/tencentcloud-tiw-client/tencentcloud_tiw_client/models"


def edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{relative} no longer has {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def python_verdict(old: Path, new: Path) -> tuple[str, set[str]]:
    sides = schema_sides(bundle_spec(TIW))
    return verdict(compare_python_api(old, new, sides))


def test_reordered_request_properties_reorder_the_constructor(
    clients: tuple[Path, Path],
) -> None:
    # DescribeOnlineRecordRequest(1400000001, "abc") would bind the other way round.
    old, new = clients
    edit(
        new,
        f"{MODELS}/describe_online_record_request.py",
        "    sdk_app_id: int\n    task_id: str\n",
        "    task_id: str\n    sdk_app_id: int\n",
    )
    assert python_verdict(old, new) == (BREAKING, {"python-constructor-order-changed"})


def test_keyword_only_models_are_reported_once(clients: tuple[Path, Path]) -> None:
    old, new = clients
    module = f"{MODELS}/describe_online_record_request.py"
    edit(new, module, "@_attrs_define\n", "@_attrs_define(kw_only=True)\n")
    assert python_verdict(old, new) == (BREAKING, {"python-model-keyword-only"})
    # Once keyword-only, reordering is no change a caller can see.
    edit(
        new,
        module,
        "    sdk_app_id: int\n    task_id: str\n",
        "    task_id: str\n    sdk_app_id: int\n",
    )
    edit(old, module, "@_attrs_define\n", "@_attrs_define(kw_only=True)\n")
    assert python_verdict(old, new) == (NONE, set())


def test_a_request_model_field_widened_is_safe(clients: tuple[Path, Path]) -> None:
    old, new = clients
    edit(
        new,
        f"{MODELS}/describe_online_record_request.py",
        "sdk_app_id: int\n",
        "sdk_app_id: float\n",
    )
    assert python_verdict(old, new) == (SAFE, {"python-attribute-type-widened"})


def test_a_response_model_field_narrowed_is_safe_and_widened_breaks(
    clients: tuple[Path, Path],
) -> None:
    old, new = clients
    module = f"{MODELS}/describe_online_record_response.py"
    text = (old / module).read_text(encoding="utf-8")
    annotation = re.search(r"\n    replay_url: ([^\n=]+)\n", text)
    assert annotation is not None and "None" in annotation.group(1)
    edit(new, module, f"replay_url: {annotation.group(1)}\n", "replay_url: str\n")
    assert python_verdict(old, new) == (SAFE, {"python-attribute-type-narrowed"})
    assert python_verdict(new, old) == (BREAKING, {"python-attribute-type-changed"})


def test_the_action_the_generated_endpoint_sends(clients: tuple[Path, Path]) -> None:
    old, new = clients
    edit(
        new,
        "generated/clients/tencentcloud-tiw-client/tencentcloud_tiw_client/api/recording/"
        "stop_online_record.py",
        '"StopOnlineRecord"\n',
        '"StopRecording"\n',
    )
    assert python_verdict(old, new) == (BREAKING, {"python-wire-action-changed"})


def test_severity_order_is_worst_first() -> None:
    assert min(Severity, key=lambda s: s.order) is Severity.BREAKING
