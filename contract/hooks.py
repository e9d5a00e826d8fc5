"""What schemathesis loads for the contract tests (`hooks = "contract.hooks"` in schemathesis.toml).

Importing this module registers, for the whole process:
- CloudAuth (contract/auth.py), the auth provider that signs every request;
- the clouds' checks (contract/checks.py);
- the Huawei rule that a blank query value counts as absent (specs/README.md), and that a
  negative case valid once serialized is not invalid data;
- in live mode, the user's resource IDs (contract/live.py) as fixed parameter values;
- against the emulator, every callback URL a request sets sent to the harness's loopback
  receiver (contract/callbacks.py).
Tests import the parts, never this module, so that nothing leaks into other tests.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from schemathesis.core.failures import AcceptedNegativeData, Failure

from contract import live
from contract.auth import CloudAuth
from contract.callbacks import RECEIVER_ENV, send_callbacks_to
from contract.cases import valid_as_sent
from contract.checks import CHECKS
from contract.clouds import is_tencent

for _check in CHECKS:
    schemathesis.check(_check)
# No caching: the signer depends on the operation (its service and action).
schemathesis.auth(refresh_interval=None)(CloudAuth)


@schemathesis.hook
def filter_failure(
    context: schemathesis.HookContext,
    failure: Failure,
    case: schemathesis.Case[Any],
    response: schemathesis.Response,
) -> bool:
    """Huawei: accepting a negative case is not accepting invalid data when what it broke is
    valid as sent: `?state=` is `state` left out, and a `false` generated for a list of
    strings is `?fuzzy_query_field=false`, a valid list (contract.cases.valid_as_sent)."""
    if is_tencent(case.operation.schema.raw_schema):
        return True
    return not (
        isinstance(failure, AcceptedNegativeData) and valid_as_sent(case, str(response.request.url))
    )


@schemathesis.hook
def after_load_schema(context: schemathesis.HookContext, schema: schemathesis.BaseSchema) -> None:
    pins = live.pinned_parameters(schema.raw_schema)
    if pins:
        schema.config.update(parameters={**schema.config.parameters, **pins})


@schemathesis.hook
def before_call(context: schemathesis.HookContext, case: schemathesis.Case[Any], **_: Any) -> None:
    receiver = os.environ.get(RECEIVER_ENV)
    if receiver:
        send_callbacks_to(case.body, receiver)
