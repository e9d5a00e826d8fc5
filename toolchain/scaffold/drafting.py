"""Draft operations into a spec: each cloud's drafter and linker, and the merge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clouds import Cloud, cloud_of
from clouds.huaweicloud import HUAWEICLOUD
from clouds.tencentcloud import TENCENTCLOUD
from speclib.catalog import SPECS, SpecFile, find_specs
from speclib.loader import load_file
from speclib.walk import operations
from toolchain.scaffold import huawei, tencent
from toolchain.scaffold.draft import OperationDraft, ScaffoldError
from toolchain.scaffold.writer import has_entry, insert_entry, write_example


@dataclass(frozen=True)
class ScaffoldOptions:
    error_codes: Path | None = None  # Tencent: the Go SDK's client.go of the service


Drafter = Callable[[SpecFile, dict[str, Any], str, dict[str, Any], ScaffoldOptions], OperationDraft]
Linker = Callable[
    [dict[str, dict[str, Any]], dict[str, Any], dict[str, Any]],
    list[tuple[str, str, dict[str, Any]]],
]


def _tencent_draft(
    spec: SpecFile,
    document: dict[str, Any],
    name: str,
    schemas: dict[str, Any],
    options: ScaffoldOptions,
) -> OperationDraft:
    return tencent.draft_action(
        name,
        service=Cloud.service(document) or spec.service,
        version=str(document.get("x-videoapi-api-version", spec.version)),
        existing_schemas=schemas,
        error_codes=tencent.error_codes_option(options.error_codes),
    )


def _huawei_draft(
    spec: SpecFile,
    document: dict[str, Any],
    name: str,
    schemas: dict[str, Any],
    options: ScaffoldOptions,
) -> OperationDraft:
    return huawei.draft_operation(
        name,
        service=Cloud.service(document) or spec.service,
        version=spec.version,
        document=document,
        existing_schemas=schemas,
        spec_path=spec.path,
    )


# Each cloud's metadata reader, and how its operations link a submit to its query.
SCAFFOLD_BY_CLOUD: dict[Cloud, tuple[Drafter, Linker]] = {
    TENCENTCLOUD: (_tencent_draft, tencent.submit_describe_links),
    HUAWEICLOUD: (_huawei_draft, huawei.create_show_links),
}


@dataclass
class ScaffoldResult:
    spec: Path
    operations: list[str] = field(default_factory=list)
    schemas: list[str] = field(default_factory=list)
    parameters: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def find_spec(name: str, root: Path = SPECS) -> SpecFile:
    for spec in find_specs(root):
        if spec.name == name.strip("/"):
            return spec
    raise ScaffoldError(f"no spec {name} under {root} (expected <cloud>/<service>/<version>)")


def scaffold(
    name: str, actions: list[str], root: Path = SPECS, options: ScaffoldOptions | None = None
) -> ScaffoldResult:
    options = options or ScaffoldOptions()
    spec = find_spec(name, root)
    document = load_file(spec.path)
    entry = SCAFFOLD_BY_CLOUD.get(cloud_of(document))
    if entry is None:
        raise ScaffoldError(f"no vendor metadata is known for the cloud of {spec.name}")
    draft_one, links = entry
    present = {op.operation_id: op.node for op in operations(document) if op.operation_id}
    schemas: dict[str, Any] = dict((document.get("components") or {}).get("schemas") or {})
    existing = set(schemas)
    drafts: list[OperationDraft] = []
    for action in actions:
        if action in present:
            raise ScaffoldError(f"{spec.name} already has {action}")
        drafted = draft_one(spec, document, action, schemas, options)
        schemas.update({k: v for k, v in drafted.schemas.items() if k not in schemas})
        present[action] = drafted.node
        drafts.append(drafted)
    new = {drafted.name: drafted for drafted in drafts}
    result = ScaffoldResult(spec.path)
    parameters = dict((document.get("components") or {}).get("parameters") or {})
    for source, target, link in links(present, schemas, parameters):
        if source in new:
            reply = new[source].node["responses"][_success(new[source].node)]
            reply.setdefault("links", {})[target] = link
        elif target in new:
            result.notes.append(f"add a link from {source}'s reply to {target} (not drafted)")
    text = spec.path.read_text(encoding="utf-8")
    for drafted in drafts:
        if has_entry(text, ["paths"], drafted.path):
            text = insert_entry(text, ["paths", drafted.path], drafted.method, drafted.node)
        else:
            text = insert_entry(text, ["paths"], drafted.path, {drafted.method: drafted.node})
        result.operations.append(drafted.name)
        for schema_name, schema in drafted.schemas.items():
            if schema_name not in existing:
                text = insert_entry(text, ["components", "schemas"], schema_name, schema)
                existing.add(schema_name)
                result.schemas.append(schema_name)
        for parameter, value in drafted.parameters.items():
            if not has_entry(text, ["components", "parameters"], parameter):
                text = insert_entry(text, ["components", "parameters"], parameter, value)
                result.parameters.append(parameter)
        for file_name, example in drafted.examples.items():
            if write_example(spec.path.parent, file_name, example):
                result.examples.append(file_name)
        result.notes += drafted.notes
    spec.path.write_text(text, encoding="utf-8")
    return result


def _success(node: dict[str, Any]) -> str:
    return next(str(status) for status in sorted(node["responses"]) if str(status).startswith("2"))
