"""`scaffold`: an operation drafted from the installed vendor metadata has the facts
of the one we wrote by hand, `drift` has nothing to say about it, and the
`description-draft` house rule holds it back until its prose is written.

Each test removes a hand-written operation (and the components only it used) from
a copy of specs/, drafts it again and compares the two by their facts (fields,
types, structures, required, nullable, enums, formats; error codes, read-only),
walked with speclib, never by text.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from speclib.bundle import bundle_spec
from speclib.catalog import SPECS
from speclib.schema_facts import object_fields, parameter_fields
from speclib.walk import operations
from toolchain.cli import main
from toolchain.drift import check_drift
from toolchain.house_rules import run_rules
from toolchain.scaffold.draft import DRAFT_PREFIX
from toolchain.scaffold.drafting import ScaffoldOptions, scaffold
from toolchain.scaffold.tencent_errors import action_error_codes

SOURCES = Path(__file__).parent / "scaffold_sources"
TIW = "tencentcloud/tiw/2019-09-19"
METASTUDIO = "huaweicloud/metastudio/v1"
VCLM = "tencentcloud/vclm/2024-05-23"


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _references(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and "#/components/" in value:
                found.add(value.rsplit("/", 1)[1])
            else:
                _references(value, found)
    elif isinstance(node, list):
        for item in node:
            _references(item, found)


def remove_operation(specs: Path, spec: str, operation: str) -> None:
    """The copy without `operation`, links to it, its examples and the schemas only it used."""
    path = specs / spec / "openapi.yaml"
    yaml = _yaml()
    document = yaml.load(path.read_text(encoding="utf-8"))
    for key, item in list(document["paths"].items()):
        for method, node in list(item.items()):
            if node.get("operationId") == operation:
                del item[method]
                continue
            for reply in node.get("responses", {}).values():
                links = reply.get("links") if isinstance(reply, dict) else None
                if not links:
                    continue
                for name in [n for n, link in links.items() if link["operationId"] == operation]:
                    del links[name]
        if not item:
            del document["paths"][key]
    schemas = document["components"]["schemas"]
    while True:
        used: set[str] = set()
        for key, value in document.items():
            if key != "components":
                _references(value, used)
        for section in document["components"].values():
            for name, value in section.items():
                inner: set[str] = set()
                _references(value, inner)
                used |= inner - {name}
        unused = [name for name in schemas if name not in used]
        if not unused:
            break
        for name in unused:
            del schemas[name]
    out = io.StringIO()
    yaml.dump(document, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    for example in (path.parent / "examples").glob(f"{operation}.*"):
        example.unlink()


def field_facts(document: dict[str, Any], pointer: str, label: str, facts: dict[str, Any]) -> None:
    """Every field under the object schema at `pointer`, nested structures included."""
    for name, field in object_fields(document, pointer).items():
        shape = field.shape
        key = f"{label}.{name}"
        if key in facts:
            continue
        facts[key] = (
            shape.kind,
            shape.member,
            field.required,
            shape.nullable,
            field.values,
            field.format,
        )
        if shape.structure:
            field_facts(document, shape.structure, f"{label}.{name}<{shape.member}>", facts)


def operation_facts(spec_path: Path, operation: str) -> dict[str, Any]:
    document = bundle_spec(spec_path)
    found = next(op for op in operations(document) if op.operation_id == operation)
    node = found.node
    facts: dict[str, Any] = {
        "read-only": node.get("x-videoapi-read-only"),
        "rate-limit": dict(node.get("x-videoapi-rate-limit", {})),
        "error-codes": sorted(node.get("x-videoapi-operation-error-codes", {})),
    }
    for name, field in parameter_fields(document, found.path, found.method).items():
        facts[f"parameter {name}"] = (
            field.shape.kind,
            field.required,
            field.values,
            field.location,
        )
    body = (node.get("requestBody") or {}).get("content", {}).get("application/json")
    if body:
        field_facts(document, body["schema"]["$ref"].lstrip("#"), "request", facts)
    reply = node["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].lstrip("#")
    field_facts(document, reply, "reply", facts)
    return facts


@pytest.fixture
def specs_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "specs"
    shutil.copytree(SPECS, copy)
    return copy


def drift_problems(specs: Path, spec: str) -> list[str]:
    report = check_drift(specs)
    return [
        f"{finding.rule}: {finding.message}"
        for finding in report.findings
        if finding.severity != "info" and finding.spec.startswith(spec)
    ]


def test_the_go_sdk_lists_are_read_per_action() -> None:
    codes = action_error_codes((SOURCES / "tiw-client-excerpt.go").read_text(encoding="utf-8"))
    assert codes["DescribeOnlineRecord"][:2] == ["AuthFailure", "FailedOperation.Record"]
    assert len(codes["DescribeOnlineRecord"]) == 7


def test_a_drafted_tiw_action_has_the_hand_written_facts(specs_copy: Path) -> None:
    original = operation_facts(SPECS / TIW / "openapi.yaml", "DescribeOnlineRecord")
    remove_operation(specs_copy, TIW, "DescribeOnlineRecord")
    with pytest.raises(StopIteration):
        operation_facts(specs_copy / TIW / "openapi.yaml", "DescribeOnlineRecord")
    options = ScaffoldOptions(error_codes=SOURCES / "tiw-client-excerpt.go")
    result = scaffold(TIW, ["DescribeOnlineRecord"], specs_copy, options)
    assert "DescribeOnlineRecordResponse" in result.schemas
    drafted = operation_facts(specs_copy / TIW / "openapi.yaml", "DescribeOnlineRecord")
    assert drafted == original
    assert drift_problems(specs_copy, TIW) == []


def huawei_stated(facts: dict[str, Any]) -> dict[str, Any]:
    """What the Huawei SDK states of a field: kind, structure, enum, and the required flag
    (its constructor's rule, for requests and replies alike; no nullability, no format such
    as date-time, no error codes: those come from the page)."""
    stated: dict[str, Any] = {}
    for key, value in facts.items():
        if key == "error-codes":
            continue
        if key.startswith(("reply.", "request.")):
            kind, member, required, _, values, _ = value
            value = (kind, member, required, values)
        stated[key] = value
    return stated


def test_a_drafted_metastudio_operation_has_the_hand_written_facts(specs_copy: Path) -> None:
    operation = "ShowPhotoDigitalHumanVideo"
    original = operation_facts(SPECS / METASTUDIO / "openapi.yaml", operation)
    remove_operation(specs_copy, METASTUDIO, operation)
    result = scaffold(METASTUDIO, [operation], specs_copy)
    assert "ShowPhotoDigitalHumanVideoResponse" in result.schemas
    drafted = operation_facts(specs_copy / METASTUDIO / "openapi.yaml", operation)
    assert huawei_stated(drafted) == huawei_stated(original)
    assert set(drafted) == set(original)
    assert drift_problems(specs_copy, METASTUDIO) == []


def test_the_draft_rule_holds_a_scaffolded_operation_back_until_its_prose_is_written(
    specs_copy: Path,
) -> None:
    spec = specs_copy / VCLM / "openapi.yaml"
    for action in ("SubmitTextToVideoJob", "DescribeTextToVideoJob"):
        remove_operation(specs_copy, VCLM, action)
    assert [v for v in run_rules(bundle_spec(spec)) if v.rule == "description-draft"] == []
    scaffold(VCLM, ["SubmitTextToVideoJob", "DescribeTextToVideoJob"], specs_copy)
    drafts = [v for v in run_rules(bundle_spec(spec)) if v.rule == "description-draft"]
    assert any("SubmitTextToVideoJob" in v.location for v in drafts)
    assert any("DescribeTextToVideoJobResponse" in v.location for v in drafts)
    assert drift_problems(specs_copy, VCLM) == []
    for path in [spec, *spec.parent.glob("examples/*TextToVideoJob*.yaml")]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(f"{DRAFT_PREFIX} ", "Written: "), encoding="utf-8")
    assert [v for v in run_rules(bundle_spec(spec)) if v.rule == "description-draft"] == []


def test_the_command_drafts_and_refuses_an_operation_already_there(
    specs_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remove_operation(specs_copy, VCLM, "DescribeTextToVideoJob")
    assert main(["scaffold", VCLM, "DescribeTextToVideoJob", "--specs", str(specs_copy)]) == 0
    assert "drafted DescribeTextToVideoJob" in capsys.readouterr().out
    assert main(["scaffold", VCLM, "DescribeTextToVideoJob", "--specs", str(specs_copy)]) == 2
    assert "already has DescribeTextToVideoJob" in capsys.readouterr().out
    assert main(["scaffold", VCLM, "NoSuchAction", "--specs", str(specs_copy)]) == 2
    assert "NoSuchAction is not an action" in capsys.readouterr().out


def test_the_file_keeps_its_formatting(specs_copy: Path) -> None:
    spec = specs_copy / VCLM / "openapi.yaml"
    remove_operation(specs_copy, VCLM, "DescribeTextToVideoJob")
    before = spec.read_text(encoding="utf-8").splitlines()
    scaffold(VCLM, ["DescribeTextToVideoJob"], specs_copy)
    after = spec.read_text(encoding="utf-8").splitlines()
    # Every line of the file is still there, in order: only new lines were inserted.
    remaining = iter(after)
    assert all(any(line == other for other in remaining) for line in before)
    assert len(after) > len(before)
