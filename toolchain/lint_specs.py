"""`lint-specs`: validate every spec, bundle it, check its examples and house rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from clouds import UnknownCloud, cloud_of
from speclib.bundle import BundleError, bundle_spec
from speclib.catalog import SpecFile, find_common, find_specs
from speclib.examples import check_examples, count_examples
from speclib.loader import load_file
from toolchain.house_rules import COMPONENT_SECTIONS, run_rules


@dataclass
class LintReport:
    name: str
    problems: list[str] = field(default_factory=list)
    operations: int = 0
    examples: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def openapi_errors(document: dict[str, Any], base: Path | None = None) -> list[str]:
    """Schema-level errors of an OpenAPI 3.1 document (external refs resolved from `base`)."""
    base_uri = base.resolve().as_uri() if base else ""
    validator = OpenAPIV31SpecValidator(document, base_uri=base_uri)
    return [f"[openapi] {error.message}" for error in validator.iter_errors()]


def cloud_folder_problems(name: str, document: dict[str, Any]) -> list[str]:
    """A spec lives under specs/<cloud>/ of the cloud it declares (x-videoapi-cloud), so the
    folder and the document never disagree about which cloud's rules apply."""
    folder = name.split("/", 1)[0]
    try:
        declared = cloud_of(document).name
    except UnknownCloud as error:
        return [f"[cloud-folder] {error}"]
    if declared != folder:
        return [
            f"[cloud-folder] x-videoapi-cloud is {declared}, but the spec is in specs/{folder}/"
        ]
    return []


def lint_document(name: str, path: Path, shared: bool = False) -> LintReport:
    """Check one document; `shared` documents (common.yaml) are only components,
    so their unused parts are judged across the specs that use them."""
    report = LintReport(name)
    source = load_file(path)
    report.problems.extend(openapi_errors(source, path))
    if report.problems:
        return report
    try:
        bundle = bundle_spec(path)
    except BundleError as error:
        report.problems.append(f"[bundle] {error}")
        return report
    report.problems.extend(
        f"[bundle] {e.removeprefix('[openapi] ')}" for e in openapi_errors(bundle)
    )
    report.problems.extend(cloud_folder_problems(name, bundle))
    report.problems.extend(str(error) for error in check_examples(bundle))
    report.problems.extend(
        str(finding)
        for finding in run_rules(bundle)
        if not (shared and finding.rule == "unused-component")
    )
    report.operations = sum(
        1 for item in bundle.get("paths", {}).values() for key in item if key in ("get", "post")
    )
    report.examples = count_examples(bundle)
    return report


def lint_spec(spec: SpecFile) -> LintReport:
    return lint_document(spec.name, spec.path)


def unused_shared_components(common: Path, users: list[SpecFile]) -> list[str]:
    """Components of a cloud's common.yaml that no spec of that cloud bundles in."""
    declared = load_file(common).get("components", {})
    used: set[tuple[str, str]] = set()
    for spec in users:
        try:
            components = bundle_spec(spec.path).get("components", {})
        except BundleError:
            continue
        used.update((section, name) for section in components for name in components[section])
    return [
        f"[unused-component] #/components/{section}/{name}: no spec of this cloud uses it"
        for section in COMPONENT_SECTIONS
        for name in declared.get(section, {})
        if (section, name) not in used
    ]


def lint_all(root: Path | None = None) -> list[LintReport]:
    specs = find_specs(root) if root else find_specs()
    commons = find_common(root) if root else find_common()
    reports = []
    for path in commons:
        report = lint_document(f"{path.parent.name}/common.yaml", path, shared=True)
        users = [spec for spec in specs if spec.cloud == path.parent.name]
        report.problems.extend(unused_shared_components(path, users))
        reports.append(report)
    reports.extend(lint_spec(spec) for spec in specs)
    return reports
