"""The APIs under contract: one per spec, as schemathesis sees it (the `contract` view)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clouds import Cloud, view
from contract.clouds import is_tencent
from speclib.bundle import bundle_spec
from speclib.catalog import SPECS, SpecFile, find_specs
from speclib.walk import operations


@dataclass(frozen=True)
class ContractApi:
    spec: SpecFile
    document: dict[str, Any]  # the contract view of the bundled spec

    @property
    def slug(self) -> str:
        return f"{self.spec.cloud}-{self.spec.service}-{self.spec.version}"

    @property
    def title(self) -> str:
        return str(self.document["info"]["title"])

    @property
    def is_tencent(self) -> bool:
        return is_tencent(self.document)

    @property
    def service(self) -> str:
        return Cloud.service(self.document)

    def live_url(self, environ: Mapping[str, str] = os.environ) -> str:
        """The endpoint of the spec's servers (Huawei: the one of HUAWEICLOUD_SDK_REGION)."""
        urls = [str(server["url"]) for server in self.document.get("servers", [])]
        region = environ.get("HUAWEICLOUD_SDK_REGION", "")
        regional = [url for url in urls if region and f".{region}." in url]
        return (regional or urls)[0]

    def write_operations(self) -> list[str]:
        """operationIds of the operations not marked read-only (left out of live runs)."""
        return [
            str(operation.operation_id)
            for operation in operations(self.document)
            if not Cloud.is_read_only(operation.node)
        ]

    def read_only_links(self) -> list[str]:
        """Links between operations that leave state alone (what stateful live runs can follow)."""
        writes = set(self.write_operations())
        return [
            f"{operation.operation_id} -> {name}"
            for operation in operations(self.document)
            if operation.operation_id not in writes
            for reply in operation.node.get("responses", {}).values()
            for name, link in reply.get("links", {}).items()
            if link.get("operationId") not in writes
        ]

    def write_view(self, directory: Path) -> Path:
        path = directory / f"{self.slug}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.document, indent=2, ensure_ascii=False), encoding="utf-8")
        return path


def contract_apis(root: Path = SPECS) -> list[ContractApi]:
    return [
        ContractApi(spec, view(bundle_spec(spec.path), "contract")) for spec in find_specs(root)
    ]
