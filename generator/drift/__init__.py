"""`drift`: our specs against the vendors' machine-readable metadata, as installed.

Tencent: tccli's api.json of each covered service and version. Huawei: the
SDK's models. Nothing is fetched: what is not installed is reported as skipped.
"""

from __future__ import annotations

from pathlib import Path

from generator.bundle import bundle_spec
from generator.catalog import SPECS, find_specs
from generator.drift import huawei, tencent
from generator.findings import Finding, Report


def check_drift(root: Path = SPECS) -> Report:
    report = Report(
        tool="drift",
        subject="specs/ against installed vendor metadata",
        source_label="vendor metadata",
    )
    report.facts["tccli"] = tencent.tccli_version() or "not installed"
    for spec in find_specs(root):
        document = bundle_spec(spec.path)
        if spec.cloud == "tencentcloud":
            service = str(document.get("x-tc-service", spec.service))
            version = str(document.get("x-tc-version", spec.version))
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
                continue
            report.facts[spec.name] = metadata.source
            report.findings += tencent.compare_spec(document, spec.name, metadata)
        elif spec.cloud == "huaweicloud":
            service = str(document.get("x-hw-service", spec.service))
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
                continue
            report.facts[spec.name] = f"{models.source} ({models.module.__name__})"
            report.findings += huawei.compare_spec(document, spec.name, models)
        else:
            report.facts[spec.name] = "skipped: no vendor metadata known for this cloud"
    return report
