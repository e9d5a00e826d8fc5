"""The Tencent Cloud RPC convention works for every consumer of a spec.

Each action is the path key `/#X-TC-Action=<Action>` (post, operationId = action)
with a `const` X-TC-Action header. On the wire every action must be `POST /`
with the action in the X-TC-Action header:

- client:    openapi-python-client generates one endpoint per action, without
             X-TC-* arguments; a stand-in for the signing layer copies the action
             from the URL fragment into the header.
- contract:  schemathesis sends the const header itself, to `/`; the headers the
             signing layer sets are left to the contract tests' auth provider.
- reference: keeps the const header; the client variant only drops the signing
             headers.

Uses tiw 2019-09-19 (thirteen actions) as the example spec.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import jsonschema
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core.result import Ok

from clouds import view
from speclib.bundle import bundle_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "tencentcloud" / "tiw" / "2019-09-19" / "openapi.yaml"
BASE_URL = "https://tiw.tencentcloudapi.com"
PACKAGE = "tiw_spike_client"
GENERATOR = Path(sys.executable).parent / "openapi-python-client"
SIGNING_HEADER_NAMES = frozenset({"x-sdk-date", "x-project-id"})

# Request bodies with exactly the required fields of each action.
REQUEST_BODIES: dict[str, dict[str, Any]] = {
    "CreateVideoGenerationTask": {
        "OnlineRecordTaskId": "bj0mt2l23osdj300hl30",
        "SdkAppId": 1400000001,
    },
    "DescribeVideoGenerationTaskCallback": {"SdkAppId": 1400000001},
    "DescribeOnlineRecord": {"SdkAppId": 1400000001, "TaskId": "ghucnligqtgtvk2624mb"},
    "StartOnlineRecord": {
        "SdkAppId": 1400000001,
        "RoomId": 1203,
        "RecordUserId": "tic_record_user_1203_1",
        "RecordUserSig": "sig",
    },
    "StopOnlineRecord": {"SdkAppId": 1400000001, "TaskId": "bj0mt2l23osdj300hl30"},
    "PauseOnlineRecord": {"SdkAppId": 1400000001, "TaskId": "bj0mt2l23osdj300hl30"},
    "ResumeOnlineRecord": {"SdkAppId": 1400000001, "TaskId": "bj0mt2l23osdj300hl30"},
    "SetOnlineRecordCallback": {"SdkAppId": 1400000001, "Callback": "https://example.com/cb"},
    "SetOnlineRecordCallbackKey": {"SdkAppId": 1400000001, "CallbackKey": "key"},
    "DescribeOnlineRecordCallback": {"SdkAppId": 1400000001},
    "DescribeVideoGenerationTask": {"SdkAppId": 1400000001, "TaskId": "g7khk7f809vterp942mb"},
    "SetVideoGenerationTaskCallback": {"SdkAppId": 1400000001, "Callback": ""},
    "SetVideoGenerationTaskCallbackKey": {"SdkAppId": 1400000001, "CallbackKey": ""},
}

# `Response` objects with the required output fields of each action.
RESPONSE_BODIES: dict[str, dict[str, Any]] = {
    "CreateVideoGenerationTask": {"TaskId": "g7khk7f809vterp942mb", "RequestId": "r"},
    "DescribeVideoGenerationTaskCallback": {"RequestId": "r"},
    "DescribeOnlineRecord": {
        "FinishReason": "AUTO",
        "TaskId": "ghucnligqtgtvk2624mb",
        "Status": "FINISHED",
        "RoomId": 1,
        "GroupId": "1",
        "RecordUserId": "tic_record_user",
        "RecordStartTime": 1700000000,
        "RecordStopTime": 1700000060,
        "TotalTime": 60000,
        "ExceptionCnt": 0,
        "OmittedDurations": [],
        "VideoInfos": [],
        "ReplayUrl": None,
        "Interrupts": None,
        "RequestId": "r",
    },
    "StartOnlineRecord": {"TaskId": "bj0mt2l23osdj300hl30", "RequestId": "r"},
    "StopOnlineRecord": {"RequestId": "r"},
    "PauseOnlineRecord": {"RequestId": "r"},
    "ResumeOnlineRecord": {"RequestId": "r"},
    "SetOnlineRecordCallback": {"RequestId": "r"},
    "SetOnlineRecordCallbackKey": {"RequestId": "r"},
    "DescribeOnlineRecordCallback": {"Callback": "", "CallbackKey": "", "RequestId": "r"},
    "DescribeVideoGenerationTask": {"RequestId": "r"},
    "SetVideoGenerationTaskCallback": {"RequestId": "r"},
    "SetVideoGenerationTaskCallbackKey": {"RequestId": "r"},
}

ACTIONS = tuple(REQUEST_BODIES)


# ---------------------------------------------------------------- helpers


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
                yield path, operation


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    assert ref.startswith("#/"), f"external reference left in bundle: {ref}"
    target: Any = document
    for token in ref[2:].split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return _resolve(document, target)


def _all_parameters(document: dict[str, Any]) -> list[dict[str, Any]]:
    components = document.get("components", {}).get("parameters", {})
    found = [_resolve(document, p) for p in components.values()]
    for item in document["paths"].values():
        found += [_resolve(document, p) for p in item.get("parameters", [])]
    for _, operation in _operations(document):
        found += [_resolve(document, p) for p in operation.get("parameters", [])]
    return found


def _is_signing_header(parameter: dict[str, Any]) -> bool:
    name = str(parameter.get("name", "")).lower()
    return parameter.get("in") == "header" and (
        name.startswith("x-tc-") or name in SIGNING_HEADER_NAMES
    )


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _validate(bundle: dict[str, Any], schema_name: str, instance: Any) -> None:
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": bundle["components"]}
    jsonschema.Draft202012Validator(schema).validate(instance)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    return bundle_spec(SPEC)


@dataclass
class GeneratedClient:
    package: ModuleType
    root: Path
    output: str
    endpoints: dict[str, ModuleType]


@pytest.fixture(scope="module")
def generated(
    bundle: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Generator[GeneratedClient, None, None]:
    work = tmp_path_factory.mktemp("client")
    spec = work / "client.json"
    spec.write_text(json.dumps(view(bundle, "client")), encoding="utf-8")
    config = work / "config.yaml"
    config.write_text(
        f"project_name_override: tiw-spike-client\npackage_name_override: {PACKAGE}\n",
        encoding="utf-8",
    )
    out = work / "out" / PACKAGE
    result = subprocess.run(
        [
            str(GENERATOR),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out),
            "--meta",
            "none",
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=work,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert (out / "client.py").is_file(), output

    sys.path.insert(0, str(out.parent))
    try:
        package = importlib.import_module(PACKAGE)
        endpoints = {
            action: importlib.import_module(
                ".".join((PACKAGE, *path.relative_to(out).with_suffix("").parts))
            )
            for action in ACTIONS
            for path in out.glob(f"api/*/{_snake(action)}.py")
        }
        yield GeneratedClient(package=package, root=out, output=output, endpoints=endpoints)
    finally:
        sys.path.remove(str(out.parent))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class ActionServer:
    port: int
    requests: list[Recorded] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def take(self) -> list[Recorded]:
        with self.lock:
            taken = list(self.requests)
            self.requests.clear()
        return taken


@pytest.fixture(scope="module")
def action_server() -> Generator[ActionServer, None, None]:
    """A real HTTP server that records every request and answers a bare envelope."""
    server_state: list[ActionServer] = []

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            state = server_state[0]
            with state.lock:
                state.requests.append(
                    Recorded(
                        method=self.command,
                        path=self.path,
                        headers={k.lower(): v for k, v in self.headers.items()},
                        body=self.rfile.read(length),
                    )
                )
            payload = b'{"Response": {"RequestId": "r"}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_state.append(ActionServer(port=httpd.server_address[1]))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_state[0]
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


# ---------------------------------------------------------------- client


class FragmentActionAuth(httpx.Auth):
    """Stand-in for the signing runtime: X-TC-Action comes from the URL fragment."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        key, sep, action = request.url.fragment.partition("=")
        if key != "X-TC-Action" or not sep or not action:
            raise ValueError(f"no X-TC-Action fragment on {request.url!r}")
        request.headers["X-TC-Action"] = action
        yield request


class FragmentKeepingClient(httpx.Client):
    """httpx.Client that keeps the fragment of a relative URL.

    httpx merges a relative URL into base_url through its raw path only, so
    `/#X-TC-Action=X` becomes `https://host/` and the fragment is gone before
    auth runs. The signing runtime needs a client like this one.
    """

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        request = super().build_request(method, url, **kwargs)
        fragment = httpx.URL(url).fragment
        if fragment and not request.url.fragment:
            request.url = request.url.copy_with(fragment=fragment)
        return request


def test_spec_has_the_rpc_actions(bundle: dict[str, Any]) -> None:
    operations = {op["operationId"]: (path, op) for path, op in _operations(bundle)}
    assert set(operations) == set(ACTIONS)
    for action, (path, operation) in operations.items():
        assert path == f"/#X-TC-Action={action}"
        assert list(bundle["paths"][path]) == ["post"]
        schema = _resolve(bundle, operation["requestBody"]["content"]["application/json"]["schema"])
        assert set(REQUEST_BODIES[action]) == set(schema["required"])
        _validate(bundle, f"{action}Request", REQUEST_BODIES[action])
        _validate(bundle, f"{action}Envelope", {"Response": RESPONSE_BODIES[action]})


def test_client_generates_one_endpoint_per_action(generated: GeneratedClient) -> None:
    modules = sorted(p.stem for p in generated.root.glob("api/*/*.py") if p.stem != "__init__")
    assert modules == sorted(_snake(a) for a in ACTIONS), generated.output
    assert set(generated.endpoints) == set(ACTIONS)
    assert "Endpoint will not be generated" not in generated.output
    assert "Unable to parse" not in generated.output
    for action in ACTIONS:
        assert action not in generated.output, generated.output


def test_client_endpoints_take_no_signing_header_arguments(generated: GeneratedClient) -> None:
    for action, module in generated.endpoints.items():
        for function in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
            parameters = inspect.signature(getattr(module, function)).parameters
            assert not [p for p in parameters if p.startswith("x_")], (action, function)
            assert set(parameters) == {"client", "body"}, (action, function)


@pytest.mark.parametrize("action", ACTIONS)
def test_client_sends_post_root_with_action_header(generated: GeneratedClient, action: str) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    client_module = importlib.import_module(f"{PACKAGE}.client")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"Response": RESPONSE_BODIES[action]})

    body = getattr(models, f"{action}Request").from_dict(REQUEST_BODIES[action])
    with FragmentKeepingClient(
        base_url=BASE_URL, transport=httpx.MockTransport(handler), auth=FragmentActionAuth()
    ) as http:
        client = client_module.Client(base_url=BASE_URL).set_httpx_client(http)
        response = generated.endpoints[action].sync_detailed(client=client, body=body)

    assert len(sent) == 1
    request = sent[0]
    assert request.method == "POST"
    assert request.url.host == "tiw.tencentcloudapi.com"
    assert request.url.raw_path == b"/"
    assert request.headers["X-TC-Action"] == action
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == REQUEST_BODIES[action]

    assert response.status_code == 200
    assert isinstance(response.parsed, getattr(models, f"{action}Envelope"))
    assert isinstance(response.parsed.response, getattr(models, f"{action}Response"))
    assert response.parsed.response.request_id == "r"


def test_plain_generated_client_loses_the_fragment(generated: GeneratedClient) -> None:
    """Canary: with the generated Client's own httpx.Client the fragment never reaches auth.

    If httpx starts keeping fragments when merging with base_url, this fails and
    FragmentKeepingClient can go.
    """
    models = importlib.import_module(f"{PACKAGE}.models")
    client_module = importlib.import_module(f"{PACKAGE}.client")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"Response": {"RequestId": "r"}})

    client = client_module.Client(
        base_url=BASE_URL,
        httpx_args={"transport": httpx.MockTransport(handler), "auth": FragmentActionAuth()},
    )
    action = "DescribeVideoGenerationTaskCallback"
    body = getattr(models, f"{action}Request").from_dict(REQUEST_BODIES[action])
    with client, pytest.raises(ValueError, match="no X-TC-Action fragment"):
        generated.endpoints[action].sync_detailed(client=client, body=body)
    assert sent == []


# ---------------------------------------------------------------- contract


def _send_cases(operation: Any, base_url: str) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=10,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    def send(case: Any) -> None:
        response = case.call(base_url=base_url)
        assert response.status_code == 200

    send()


def test_contract_cases_route_on_action_header(
    bundle: dict[str, Any], action_server: ActionServer
) -> None:
    schema = schemathesis.openapi.from_dict(view(bundle, "contract"))
    hit: dict[str, int] = {}
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result
        operation = result.ok()
        action = operation.definition.raw["operationId"]
        assert operation.path == f"/#X-TC-Action={action}"
        action_server.take()
        _send_cases(operation, action_server.base_url)
        requests = action_server.take()
        hit[action] = len(requests)
        for request in requests:
            assert request.method == "POST", (action, request)
            assert request.path == "/", (action, request)
            assert request.headers.get("x-tc-action") == action, (action, request)
            # The signing layer (the contract tests' auth provider) sends the rest.
            for owned in ("x-tc-version", "x-tc-region", "x-tc-timestamp", "x-tc-token"):
                assert owned not in request.headers, (owned, request)
            assert request.headers.get("content-type") == "application/json", request
            assert isinstance(json.loads(request.body), dict), request
    assert set(hit) == set(ACTIONS)
    assert all(count >= 1 for count in hit.values()), hit


def test_contract_view_drops_only_the_headers_the_signer_sets(bundle: dict[str, Any]) -> None:
    reference = view(bundle, "reference")
    contract = view(bundle, "contract")
    for ref in _refs(contract):
        _resolve(contract, {"$ref": ref})  # nothing points at a removed parameter
    contract_operations = dict(_operations(contract))
    for path, operation in _operations(reference):
        names = [_resolve(reference, p)["name"] for p in operation.get("parameters", [])]
        kept = [
            _resolve(contract, p)["name"] for p in contract_operations[path].get("parameters", [])
        ]
        assert kept == [n for n in names if n in ("X-TC-Action", "X-TC-Language")], path
        rest = {k: v for k, v in operation.items() if k != "parameters"}
        assert {k: v for k, v in contract_operations[path].items() if k != "parameters"} == rest


# ---------------------------------------------------------------- reference


def test_reference_keeps_action_const_header(bundle: dict[str, Any]) -> None:
    reference = view(bundle, "reference")
    assert reference == bundle
    for path, operation in _operations(reference):
        headers = {
            p["name"]: p
            for p in (_resolve(reference, q) for q in operation.get("parameters", []))
            if p.get("in") == "header"
        }
        action = headers["X-TC-Action"]
        assert action["required"] is True, path
        assert action["schema"] == {"type": "string", "const": operation["operationId"]}, path
        assert headers["X-TC-Version"]["schema"]["const"] == reference["x-videoapi-api-version"], (
            path
        )


def test_client_variant_drops_only_signing_headers(bundle: dict[str, Any]) -> None:
    reference = view(bundle, "reference")
    client = view(bundle, "client")
    assert any(_is_signing_header(p) for p in _all_parameters(reference))
    assert [p for p in _all_parameters(client) if _is_signing_header(p)] == []

    for ref in _refs(client):
        _resolve(client, {"$ref": ref})  # nothing points at a removed parameter

    assert list(client["paths"]) == list(reference["paths"])
    client_operations = dict(_operations(client))
    for path, operation in _operations(reference):
        mine = client_operations[path]
        assert mine["requestBody"] == operation["requestBody"], path
        assert mine["responses"] == operation["responses"], path
        kept = [
            p
            for p in operation.get("parameters", [])
            if not _is_signing_header(_resolve(reference, p))
        ]
        assert mine.get("parameters", []) == kept, path
        rest = {k: v for k, v in operation.items() if k != "parameters"}
        assert {k: v for k, v in mine.items() if k != "parameters"} == rest, path
    assert client["components"]["schemas"] == reference["components"]["schemas"]


def test_contract_links_become_stateful_transitions(bundle: dict[str, Any]) -> None:
    """schemathesis reads the links (bodies filled from runtime expressions) as transitions."""
    schema = schemathesis.openapi.from_dict(view(bundle, "contract"))
    # No public accessor: the state machine keeps the parsed links here (schemathesis 4.32).
    machine: Any = schema.as_state_machine()
    transitions = machine._transitions.operations
    edges = {
        (source.rsplit("=", 1)[1], link.target.label.rsplit("=", 1)[1])
        for source, operation in transitions.items()
        for link in operation.outgoing
    }
    assert edges == {
        ("StartOnlineRecord", "DescribeOnlineRecord"),
        ("StartOnlineRecord", "StopOnlineRecord"),
        ("StartOnlineRecord", "PauseOnlineRecord"),
        ("StartOnlineRecord", "ResumeOnlineRecord"),
        ("DescribeOnlineRecord", "CreateVideoGenerationTask"),
        ("CreateVideoGenerationTask", "DescribeVideoGenerationTask"),
        ("CreateVideoGenerationTask", "DescribeOnlineRecord"),
        ("CreateVideoGenerationTask", "DescribeVideoGenerationTaskCallback"),
        ("DescribeOnlineRecord", "DescribeVideoGenerationTaskCallback"),
    }
