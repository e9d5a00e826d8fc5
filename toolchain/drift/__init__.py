"""`drift`: our specs against the vendors' machine-readable metadata, as installed.

Tencent: tccli's api.json of each covered service and version. Huawei: the
SDK's models. Nothing is fetched: what is not installed is reported as skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from clouds import Cloud, cloud_of
from clouds.huaweicloud import HUAWEICLOUD
from clouds.tencentcloud import TENCENTCLOUD
from speclib.bundle import bundle_spec
from speclib.catalog import SPECS, SpecFile, find_specs
from toolchain.drift import huawei, tencent
from toolchain.findings import Finding, Report


def _tencent_drift(spec: SpecFile, document: dict[str, Any], report: Report) -> None:
    service = Cloud.service(document) or spec.service
    version = str(document.get("x-videoapi-api-version", spec.version))
    metadata = tencent.installed_metadata(service, version)
    if metadata is None:
        report.facts[spec.name] = "skipped: no tccli api.json installed for it"
        report.findings.append(
            Finding(
                "metadata-unavailable",
                "info",
                f"no installed tccli api.json for {service} {version}",
                "tccli",
                spec.name,
            )
        )
        return
    report.facts[spec.name] = metadata.source
    report.findings += tencent.compare_spec(document, spec.name, metadata)


def _huawei_drift(spec: SpecFile, document: dict[str, Any], report: Report) -> None:
    service = Cloud.service(document) or spec.service
    models = huawei.load_models(service, spec.version)
    if models is None:
        report.facts[spec.name] = f"skipped: huaweicloudsdk{service} is not installed"
        report.findings.append(
            Finding(
                "metadata-unavailable",
                "info",
                f"huaweicloudsdk{service} ({spec.version}) is not installed",
                f"huaweicloudsdk{service}",
                spec.name,
            )
        )
        return
    report.facts[spec.name] = f"{models.source} ({models.module.__name__})"
    report.findings += huawei.compare_spec(document, spec.name, models)


# Each cloud's machine-readable metadata and how to compare a spec with it.
DRIFT_BY_CLOUD: dict[Cloud, Callable[[SpecFile, dict[str, Any], Report], None]] = {
    TENCENTCLOUD: _tencent_drift,
    HUAWEICLOUD: _huawei_drift,
}


def check_drift(root: Path = SPECS) -> Report:
    report = Report(
        tool="drift",
        subject="specs/ against installed vendor metadata",
        source_label="vendor metadata",
    )
    report.facts["tccli"] = tencent.tccli_version() or "not installed"
    for spec in find_specs(root):
        document = bundle_spec(spec.path)
        compare = DRIFT_BY_CLOUD.get(cloud_of(document))
        if compare is None:
            report.facts[spec.name] = "skipped: no vendor metadata known for this cloud"
        else:
            compare(spec, document, report)
    return report
