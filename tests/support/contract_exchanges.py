"""Exchanges for checking the contract checks: a schemathesis case of a real operation, the
request as it was sent (signed by the real signer, or not) and a reply made up by the test."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import requests
import schemathesis

from contract.harness import HUAWEI_CREDENTIALS, TENCENT_CREDENTIALS
from contract.signing import RequestsSigner, huawei_signer, tencent_signer
from emulator.config import Config

# Contract API slugs of the services whose operations the contract tests use.
TIW = "tencentcloud-tiw-2019-09-19"
VCLM = "tencentcloud-vclm-2024-05-23"
METASTUDIO = "huaweicloud-metastudio-v1"
PROJECT = "0d697589d98091f12f92c0073501cd79"


@dataclass
class Exchange:
    case: schemathesis.Case[Any]
    response: schemathesis.Response


class Exchanges:
    """Builds (case, response) pairs the way schemathesis hands them to a check."""

    def __init__(self, schemas: dict[str, schemathesis.BaseSchema]) -> None:
        self.schemas = schemas

    def tencent(
        self,
        action: str,
        body: dict[str, Any] | bytes,
        reply: dict[str, Any] | bytes,
        *,
        api: str = TIW,
        status: int = 200,
        method: str = "POST",
        signed: bool = True,
        action_header: str | None = "",
    ) -> Exchange:
        """`action_header` "" sends the action itself, None sends no X-TC-Action."""
        operation = self.schemas[api][f"/#X-TC-Action={action}"]["POST"]
        case = operation.Case(body=body if isinstance(body, dict) else {})
        sent_headers = {"Content-Type": "application/json"}
        if action_header is not None:
            sent_headers["X-TC-Action"] = action_header or action
        data = json.dumps(body).encode() if isinstance(body, dict) else body
        auth = tencent_signer(case.operation.schema.raw_schema, action) if signed else None
        prepared = requests.Request(
            method, "http://127.0.0.1:9/", headers=sent_headers, data=data, auth=auth
        ).prepare()
        content = json.dumps(reply).encode() if isinstance(reply, dict) else reply
        return Exchange(
            case, response(status, {"content-type": "application/json"}, content, prepared)
        )

    def huawei(
        self,
        reply: dict[str, Any] | bytes,
        *,
        status: int = 200,
        query: str = "",
        request_id: str | None = "5f3a2b1c-0000-4000-8000-000000000000",
    ) -> Exchange:
        operation = self.schemas[METASTUDIO]["/v1/{project_id}/digital-human-videos"]["GET"]
        case = operation.Case(path_parameters={"project_id": PROJECT})
        url = f"http://127.0.0.1:9/v1/{PROJECT}/digital-human-videos?{query}"
        signer: RequestsSigner = huawei_signer()
        prepared = requests.Request("GET", url, auth=signer).prepare()
        headers = {"content-type": "application/json"}
        if request_id is not None:
            headers["x-request-id"] = request_id
        content = json.dumps(reply).encode() if isinstance(reply, dict) else reply
        return Exchange(case, response(status, headers, content, prepared))


def response(
    status: int, headers: dict[str, str], content: bytes, request: requests.PreparedRequest
) -> schemathesis.Response:
    return schemathesis.Response(
        status_code=status,
        headers={name: [value] for name, value in headers.items()},
        content=content,
        request=request,
        elapsed=0.01,
        verify=True,
    )


def harness_emulator_config(**settings: Any) -> Config:
    """An emulator that knows the credentials the contract harness signs with."""
    return Config(
        tencent_credentials=dict([TENCENT_CREDENTIALS]),
        huawei_credentials=dict([HUAWEI_CREDENTIALS]),
        **settings,
    )
