"""Tencent Cloud API 3.0: the cloud's facts, TC3 signing, the client runtime, TIW event signatures.

- tc3.py: TC3-HMAC-SHA256, the one implementation (clients, emulator, contract tests).
- signature_v1.py: the older HmacSHA1/HmacSHA256 signature the cloud still accepts (the
  emulator verifies it; not copied into generated packages).
- client_runtime.py: envelope errors, retry rules and ready httpx clients.
- tiw_callback.py: the signature on TIW's event callbacks.
These three are copied into the generated Tencent packages (`_runtime/`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from clouds.cloud import Cloud
from clouds.tencentcloud import rpc_convention
from speclib.walk import operations


class TencentCloud(Cloud):
    def convention_problems(self, document: dict[str, Any]) -> Iterator[tuple[str, str]]:
        return rpc_convention.convention_problems(document)

    def client_facts(self, bundle: dict[str, Any]) -> dict[str, Any]:
        """What a generated package's connect() needs, taken from the spec."""
        servers = [str(server["url"]) for server in bundle.get("servers", [])]
        return {
            "service": self.service(bundle),
            "version": bundle["x-videoapi-api-version"],
            "endpoint": servers[0].removeprefix("https://"),
            "region": next(iter(self.regions(bundle)), None),
            "read_only": sorted(
                str(op.operation_id)
                for op in operations(bundle)
                if op.operation_id and self.is_read_only(op.node)
            ),
        }


TENCENTCLOUD = TencentCloud(
    name="tencentcloud",
    title="Tencent Cloud",
    signing_headers=frozenset(
        {
            "x-tc-action",
            "x-tc-version",
            "x-tc-region",
            "x-tc-timestamp",
            "x-tc-token",
            "x-tc-language",
        }
    ),
    # The action routes the call; the language is the caller's choice.
    caller_headers=frozenset({"x-tc-action", "x-tc-language"}),
    error_class="TencentCloudError",
    client_module="tencentcloud",
    runtime_modules={
        "errors.py": "clouds.client_errors",
        "replies.py": "clouds.replies",
        "retry.py": "clouds.retry",
        "waiting.py": "clouds.waiting",
        "tc3.py": "clouds.tencentcloud.tc3",
        "tencentcloud.py": "clouds.tencentcloud.client_runtime",
        "tiw_callback.py": "clouds.tencentcloud.tiw_callback",
    },
    templates=Path(__file__).parent,
    action_header="X-TC-Action",
    convention_rule="tencent-rpc",
)
