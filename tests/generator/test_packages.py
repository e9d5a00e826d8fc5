"""Each generated package installs alone in a fresh virtual environment and calls
every operation of its spec correctly, through its service client (sync and asyncio),
against a local stub of the cloud.

The stub answers with the spec's documented examples and records what arrived:
method, path, headers, body and signature are checked here, in the test process,
with the repository's own signing code.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from openapi_python_client.strings import snake_case

from clouds.huaweicloud import sdk_hmac
from clouds.tencentcloud import TENCENTCLOUD, tc3
from generator.config import ClientPackage, load_config
from speclib.bundle import bundle_spec
from speclib.catalog import REPOSITORY
from speclib.walk import operations, resolve
from tests.support.venvs import UV, fresh_venv

SECRET_ID, SECRET_KEY = "AKIDEXAMPLE0000000000000000000000000", "SecretKeyExample0000000000000000"
PROJECT = "0123456789abcdef0123456789abcdef"
MISSING = "no-such-task"
ID_FIELDS = ("TaskId", "JobId")
CLIENTS = {client.distribution: client for client in load_config().clients}
RUNTIME_DEPENDENCIES = {"httpx", "httpcore", "h11", "anyio", "idna", "certifi", "sniffio"}
RUNTIME_DEPENDENCIES |= {"attrs", "typing-extensions"}

SCRIPT = r"""
import asyncio, importlib, json, re, sys
import attrs
plan = json.loads(sys.argv[1])
package = importlib.import_module(plan["package"])
Sync = getattr(package, plan["service_client"])
Async = getattr(package, "Async" + plan["service_client"])
client = Sync(**plan["connect"])
results = []


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


async def in_async(method, kwargs):
    async with Async(**plan["connect"]) as client:
        return (await getattr(client, method)(**kwargs)).to_dict()


for call in plan["calls"]:
    if "request_class" in call:
        models = importlib.import_module(plan["package"] + ".models")
        body = getattr(models, call["request_class"]).from_dict(call["body"])
        kwargs = {f.name: getattr(body, f.name) for f in attrs.fields(type(body))}
        method = snake(call["action"])
        try:
            sync = getattr(client, method)(**kwargs).to_dict()
            asynchronous = asyncio.run(in_async(method, kwargs))
        except package.TencentCloudError as error:
            results.append({"error": [error.code, error.message, error.request_id]})
            continue
    else:
        kwargs = {k: v for k, v in call["kwargs"].items() if k != "project_id"}
        sync = getattr(client, call["method"])(**kwargs).to_dict()
        asynchronous = asyncio.run(in_async(call["method"], kwargs))
    results.append({"sync": sync, "async": asynchronous})
client.close()
print(json.dumps(results))
"""


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Stub:
    """Answers Tencent calls by X-TC-Action and Huawei calls by path."""

    replies: dict[str, Any]
    received: list[Received] = field(default_factory=list)

    def answer(self, request: Received) -> tuple[int, dict[str, Any]]:
        action = request.headers.get("X-TC-Action")
        if action is not None:
            if MISSING in [json.loads(request.body).get(key) for key in ID_FIELDS]:
                error = {"Code": "InvalidParameter.TaskNotFound", "Message": "no task"}
                return 200, {"Response": {"Error": error, "RequestId": "req-missing"}}
            return 200, self.replies[action]
        return 200, self.replies[urlsplit(request.path).path]


@pytest.fixture
def stub() -> Iterator[tuple[Stub, int]]:
    state = Stub(replies={})

    class Handler(BaseHTTPRequestHandler):
        def handle_one(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            request = Received(self.command, self.path, dict(self.headers), self.rfile.read(length))
            state.received.append(request)
            status, payload = state.answer(request)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Request-Id", "stub-request")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = handle_one

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module", params=sorted(CLIENTS))
def installed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ClientPackage, Path]:
    client = CLIENTS[request.param]
    venv = tmp_path_factory.mktemp("venv") / client.distribution
    package_dir = REPOSITORY / "generated" / "clients" / client.distribution
    return client, fresh_venv(venv, str(package_dir))


def first_example(content: dict[str, Any], document: dict[str, Any]) -> Any:
    examples = content.get("examples", {})
    values = [resolve(document, example)["value"] for example in examples.values()]
    return next(value for value in values if "Error" not in value.get("Response", {}))


def endpoint_module(client: ClientPackage, operation: dict[str, Any]) -> str:
    """Where openapi-python-client puts an operation: api/<tag>/<operation>."""
    tag, name = snake_case(operation["tags"][0]), snake_case(operation["operationId"])
    return f"{client.package}.api.{tag}.{name}"


def tencent_plan(
    client: ClientPackage, port: int, stub: Stub
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    document = bundle_spec(client.spec.path)
    calls = []
    for operation in operations(document):
        action = operation.operation_id or ""
        body_content = operation.node["requestBody"]["content"]["application/json"]
        reply_content = operation.node["responses"]["200"]["content"]["application/json"]
        stub.replies[action] = first_example(reply_content, document)
        module = endpoint_module(client, operation.node)
        body = first_example(body_content, document)
        calls.append(
            {"module": module, "request_class": f"{action}Request", "body": body, "action": action}
        )
    # One more call, for a task or job that does not exist: the stub answers an Error.
    describe, key = next((c, k) for c in calls for k in ID_FIELDS if k in c["body"])
    calls.append({**describe, "body": {**describe["body"], key: MISSING}, "expect_error": True})
    region = (document.get("x-videoapi-regions") or ["ap-guangzhou"])[0]
    connect = {
        "secret_id": SECRET_ID,
        "secret_key": SECRET_KEY,
        "endpoint": f"http://127.0.0.1:{port}",
        "region": region,
    }
    plan = {"package": client.package, "connect": connect, "calls": calls}
    return {**plan, "service_client": client.service_client}, calls


def huawei_plan(
    client: ClientPackage, port: int, stub: Stub
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    document = bundle_spec(client.spec.path)
    operation = next(operations(document))
    reply = first_example(
        operation.node["responses"]["200"]["content"]["application/json"], document
    )
    stub.replies[f"/v1/{PROJECT}/digital-human-videos"] = reply
    module = endpoint_module(client, operation.node)
    kwargs = {
        "project_id": PROJECT,
        "limit": 10,
        "state": "SUCCEED,FAILED",
        "job_type": "2D_DIGITAL_HUMAN_VIDEO",
    }
    calls = [
        {"module": module, "kwargs": kwargs, "method": snake_case(operation.operation_id or "")}
    ]
    connect = {
        "ak": "HPUAEXAMPLEAK0000000",
        "sk": SECRET_KEY,
        "project_id": PROJECT,
        "endpoint": f"http://127.0.0.1:{port}",
    }
    plan = {"package": client.package, "connect": connect, "calls": calls}
    return {**plan, "service_client": client.service_client}, calls


def run_plan(python: Path, plan: dict[str, Any], tmp_path: Path) -> list[dict[str, Any]]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHONPATH", "VIRTUAL_ENV"))
    }
    result = subprocess.run(
        [str(python), "-c", SCRIPT, json.dumps(plan)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    parsed: list[dict[str, Any]] = json.loads(result.stdout)
    return parsed


def test_package_installs_alone(installed: tuple[ClientPackage, Path]) -> None:
    client, python = installed
    freeze = subprocess.run(
        [str(UV), "pip", "freeze", "--python", str(python)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    names = {line.split("==")[0].split(" @ ")[0].lower() for line in freeze.splitlines() if line}
    assert client.distribution in names
    assert names - {client.distribution} <= RUNTIME_DEPENDENCIES
    probe = subprocess.run(
        [
            str(python),
            "-c",
            f"import {client.package}._provenance as p; print(p.PROVENANCE['spec'])",
        ],
        cwd=python.parent,
        capture_output=True,
        text=True,
    )
    assert probe.stdout.strip() == f"specs/{client.spec.name}/openapi.yaml", probe.stderr


def test_every_operation_against_a_local_stub(
    installed: tuple[ClientPackage, Path], stub: tuple[Stub, int], tmp_path: Path
) -> None:
    client, python = installed
    state, port = stub
    if client.cloud is TENCENTCLOUD:
        plan, calls = tencent_plan(client, port, state)
    else:
        plan, calls = huawei_plan(client, port, state)
    results = run_plan(python, plan, tmp_path)
    assert len(results) == len(calls)
    if client.cloud is TENCENTCLOUD:
        check_tencent(client, calls, results, state, port)
    else:
        check_huawei(calls, results, state, port)


def check_tencent(
    client: ClientPackage,
    calls: list[dict[str, Any]],
    results: list[dict[str, Any]],
    stub: Stub,
    port: int,
) -> None:
    document = bundle_spec(client.spec.path)
    successes = [call for call in calls if not call.get("expect_error")]
    # Each successful call is made twice (sync and asyncio), the failing one once.
    assert len(stub.received) == 2 * len(successes) + 1
    expected_actions = [c["action"] for c in successes for _ in range(2)] + [calls[-1]["action"]]
    assert [r.headers["X-TC-Action"] for r in stub.received] == expected_actions
    for request, call in zip(
        stub.received, [c for c in successes for _ in range(2)] + [calls[-1]], strict=True
    ):
        assert (request.method, request.path) == ("POST", "/")
        assert request.headers["X-TC-Version"] == document["x-videoapi-api-version"]
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.body) == call["body"]
        timestamp = int(request.headers["X-TC-Timestamp"])
        assert request.headers["Authorization"] == tc3.authorization(
            SECRET_ID,
            SECRET_KEY,
            document["x-videoapi-service"],
            timestamp,
            "POST",
            request.headers["Host"],
            "application/json",
            "",
            request.body,
        )
        assert request.headers["Host"] == f"127.0.0.1:{port}"
    for call, result in zip(successes, results, strict=False):
        expected = stub.replies[call["action"]]["Response"]
        assert result["sync"] == expected
        assert result["async"] == expected
    assert results[-1] == {"error": ["InvalidParameter.TaskNotFound", "no task", "req-missing"]}


def check_huawei(
    calls: list[dict[str, Any]], results: list[dict[str, Any]], stub: Stub, port: int
) -> None:
    assert len(stub.received) == 2
    for request in stub.received:
        url = urlsplit(request.path)
        assert request.method == "GET"
        assert url.path == f"/v1/{PROJECT}/digital-human-videos"
        # The generated function also sends the spec's defaults (offset, sort_dir); the
        # signing layer puts the query in the gateway's canonical order and encoding.
        canonical = (
            "job_type=2D_DIGITAL_HUMAN_VIDEO&limit=10&offset=0&sort_dir=asc&state=SUCCEED%2CFAILED"
        )
        assert url.query == canonical
        assert request.headers["X-Project-Id"] == PROJECT
        _, signed, _ = sdk_hmac.parse_authorization(request.headers["Authorization"])
        signed_values = {
            name: value for name, value in request.headers.items() if name.lower() in signed
        }
        assert {"host", "x-sdk-date", "x-project-id"} <= set(signed)
        assert request.headers["Authorization"] == sdk_hmac.authorization(
            "HPUAEXAMPLEAK0000000",
            SECRET_KEY,
            "GET",
            url.path,
            parse_qsl(url.query),
            signed_values,
            request.body,
        )
    expected = utc_offsets(stub.replies[f"/v1/{PROJECT}/digital-human-videos"])
    assert results == [{"sync": expected, "async": expected}]


def utc_offsets(value: Any) -> Any:
    """The example with `...Z` times written as the models write them (`+00:00`)."""
    if isinstance(value, dict):
        return {key: utc_offsets(item) for key, item in value.items()}
    if isinstance(value, list):
        return [utc_offsets(item) for item in value]
    if isinstance(value, str) and len(value) == 20 and value[10] == "T" and value.endswith("Z"):
        return value[:-1] + "+00:00"
    return value
