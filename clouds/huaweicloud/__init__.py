"""Huawei Cloud behind its API gateway: the cloud's facts, signing, the client runtime.

- sdk_hmac.py: SDK-HMAC-SHA256 and IAM token auth, the one implementation.
- client_runtime.py: error replies, retry rules and ready httpx clients.
Both are copied into the generated Huawei packages (`_runtime/`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clouds.cloud import Cloud
from speclib.walk import operations


class HuaweiCloud(Cloud):
    def client_facts(self, bundle: dict[str, Any]) -> dict[str, Any]:
        """What a generated package's connect() needs, taken from the spec."""
        servers = [str(server["url"]) for server in bundle.get("servers", [])]
        regions = self.regions(bundle)
        return {
            "service": self.service(bundle),
            "region": regions[0],
            "endpoints": {
                region: next(url for url in servers if f".{region}." in url) for region in regions
            },
            # (method, path template) of each operation the spec marks read-only.
            "read_only": sorted(
                (op.method.upper(), op.path)
                for op in operations(bundle)
                if self.is_read_only(op.node)
            ),
        }


HUAWEICLOUD = HuaweiCloud(
    name="huaweicloud",
    title="Huawei Cloud",
    signing_headers=frozenset({"x-sdk-date", "x-project-id"}),
    caller_headers=frozenset(),
    error_class="HuaweiCloudError",
    client_module="huaweicloud",
    runtime_modules={
        "errors.py": "clouds.client_errors",
        "replies.py": "clouds.replies",
        "retry.py": "clouds.retry",
        "waiting.py": "clouds.waiting",
        "sdk_hmac.py": "clouds.huaweicloud.sdk_hmac",
        "huaweicloud.py": "clouds.huaweicloud.client_runtime",
    },
    templates=Path(__file__).parent,
    # Every MetaStudio path starts with /v1/{project_id}: the client is given it once.
    client_bound_parameters=frozenset({"project_id"}),
)
