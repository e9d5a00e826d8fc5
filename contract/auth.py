"""The contract tests' auth provider: every request signed as the cloud's SDKs sign it."""

from __future__ import annotations

from typing import Any

import schemathesis

from contract.cases import deliberately_broken
from contract.clouds import is_tencent
from contract.signing import RequestsSigner, huawei_signer, tencent_action, tencent_signer


class CloudAuth:
    """Signs with the project's one implementation of the cloud's algorithm (TC3-HMAC-SHA256 or
    Huawei AK/SK) and, for Tencent, puts the action the path key names on X-TC-Action."""

    def get(self, case: schemathesis.Case[Any], ctx: schemathesis.AuthContext) -> RequestsSigner:
        document = ctx.operation.schema.raw_schema
        if is_tencent(document):
            return tencent_signer(document, tencent_action(ctx.operation.path))
        return huawei_signer()

    def set(
        self, case: schemathesis.Case[Any], data: RequestsSigner, ctx: schemathesis.AuthContext
    ) -> None:
        # Set only where the case has none: a generated value, even a garbled one, is kept.
        action = data.action
        missing = action is not None and "X-TC-Action" not in case.headers
        if missing and not deliberately_broken(case, "X-TC-Action"):
            case.headers["X-TC-Action"] = action
        # How schemathesis' own set_from_requests() hands a `requests` auth to the transport:
        # the signer then sees the request exactly as it is sent.
        case._auth = data
