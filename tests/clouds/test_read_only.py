"""Read-only is what the spec marks (x-videoapi-read-only), never what an operation is
called or which HTTP method it uses: in a copy of the specs where DescribeOnlineRecord
and the GET ListDigitalHumanVideo are marked false, and CreateVideoGenerationTask and
the POST Cancel2DDigitalHumanVideo true (tests/support/remarked_specs.py), the generated
connect() modules and the client runtimes retry by the marks. The live contract
selection: tests/contract/test_read_only.py.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import httpx
import pytest

from clouds.huaweicloud import HUAWEICLOUD
from clouds.huaweicloud import client_runtime as huawei_runtime
from clouds.huaweicloud.client_runtime import HuaweiCloudError, auth_from
from clouds.huaweicloud.client_runtime import http_clients as huawei_clients
from clouds.retry import Backoff, send
from clouds.tencentcloud import TENCENTCLOUD
from clouds.tencentcloud import client_runtime as tencent_runtime
from clouds.tencentcloud.client_runtime import TencentCloudError
from clouds.tencentcloud.client_runtime import http_clients as tencent_clients
from generator.clients import write_entry_points
from generator.config import ClientPackage, load_config
from speclib.bundle import bundle_spec
from tests.support.remarked_specs import METASTUDIO, TIW, remarked_specs

NO_WAIT = Backoff(max_attempts=4, base=0.2, cap=5.0, jitter=lambda: 0.0)
LISTING = ("GET", "/v1/{project_id}/digital-human-videos")
CANCEL = ("POST", "/v1/{project_id}/2d-digital-human-videos/{job_id}/cancel")
PROJECT = "0123"


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return remarked_specs(tmp_path_factory.mktemp("read-only"))


def package_of(specs: Path, spec: str) -> ClientPackage:
    [package] = [p for p in load_config(specs_root=specs).clients if spec.startswith(p.spec.name)]
    return package


def connect_constant(specs: Path, spec: str, name: str, out: Path) -> Any:
    """The value of `name` in the connect() module generated from the copied spec."""
    package = package_of(specs, spec)
    write_entry_points(package, bundle_spec(package.spec.path), out)
    tree = ast.parse((out / "_connect.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                assert node.value is not None
                value = node.value
                if isinstance(value, ast.Call):  # frozenset([...])
                    assert isinstance(value.func, ast.Name) and value.func.id == "frozenset"
                    return frozenset(ast.literal_eval(value.args[0]))
                return ast.literal_eval(value)
    raise AssertionError(f"no {name} in the generated _connect.py")


class Script:
    """Answers from a list, one per attempt, and records the attempts."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers, self.requests = list(answers), list[httpx.Request]()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0)


def limited() -> httpx.Response:
    error = {"Code": "RequestLimitExceeded", "Message": "slow down"}
    return httpx.Response(200, json={"Response": {"Error": error, "RequestId": "r"}})


def ok() -> httpx.Response:
    return httpx.Response(200, json={"Response": {"RequestId": "r"}})


# Tencent


def test_tencent_client_facts_follow_the_marker_not_the_name(specs: Path) -> None:
    read_only = TENCENTCLOUD.client_facts(bundle_spec(specs / TIW))["read_only"]
    assert "DescribeOnlineRecord" not in read_only
    assert "CreateVideoGenerationTask" in read_only
    assert "DescribeOnlineRecordCallback" in read_only  # still marked true
    assert "StartOnlineRecord" not in read_only


def test_tencent_connect_module_lists_the_marked_actions(specs: Path, tmp_path: Path) -> None:
    actions = connect_constant(specs, TIW, "READ_ONLY_ACTIONS", tmp_path)
    assert actions == frozenset(TENCENTCLOUD.client_facts(bundle_spec(specs / TIW))["read_only"])
    assert "DescribeOnlineRecord" not in actions and "CreateVideoGenerationTask" in actions


def tencent(read_only: frozenset[str], script: Script) -> httpx.Client:
    client, _ = tencent_clients(
        service="tiw",
        version="2019-09-19",
        endpoint="127.0.0.1:9",
        read_only=read_only,
        secret_id="AKIDtest",
        secret_key="SecretKeyExample0000000000000000",
        backoff=NO_WAIT,
        transport=httpx.MockTransport(script),
    )
    client._transport.sleep = lambda _: None  # type: ignore[attr-defined]
    return client


def call(client: httpx.Client, action: str) -> httpx.Response:
    request = {"method": "POST", "url": "/", "json": {"SdkAppId": 1}}
    response = send(client, {**request, "headers": {"X-TC-Action": action}})
    tencent_runtime.check(response)
    return response


def hw(client: httpx.Client, method: str, url: str, **kwargs: object) -> httpx.Response:
    response = send(client, {"method": method, "url": url, **kwargs})
    huawei_runtime.check(response)
    return response


def internal_error() -> httpx.Response:
    error = {"Code": "InternalError", "Message": "try again"}
    return httpx.Response(200, json={"Response": {"Error": error, "RequestId": "r"}})


@pytest.mark.parametrize("answer", [internal_error, lambda: httpx.Response(502)])
def test_an_unmarked_describe_action_is_not_retried(
    specs: Path, tmp_path: Path, answer: Any
) -> None:
    read_only = connect_constant(specs, TIW, "READ_ONLY_ACTIONS", tmp_path)
    script = Script(answer(), ok())
    with pytest.raises(TencentCloudError):
        call(tencent(read_only, script), "DescribeOnlineRecord")
    assert len(script.requests) == 1


@pytest.mark.parametrize("answer", [limited, lambda: httpx.Response(502)])
def test_a_marked_create_action_is_retried(specs: Path, tmp_path: Path, answer: Any) -> None:
    read_only = connect_constant(specs, TIW, "READ_ONLY_ACTIONS", tmp_path)
    script = Script(answer(), answer(), ok())
    call(tencent(read_only, script), "CreateVideoGenerationTask")
    assert len(script.requests) == 3


# Huawei


def test_huawei_client_facts_follow_the_marker_not_the_method(specs: Path) -> None:
    read_only = HUAWEICLOUD.client_facts(bundle_spec(specs / METASTUDIO))["read_only"]
    assert LISTING not in read_only
    assert CANCEL in read_only
    assert ("GET", "/v1/{project_id}/2d-digital-human-videos/{job_id}") in read_only


def test_huawei_connect_module_lists_the_marked_operations(specs: Path, tmp_path: Path) -> None:
    operations = connect_constant(specs, METASTUDIO, "READ_ONLY_OPERATIONS", tmp_path)
    assert operations == tuple(
        tuple(pair)
        for pair in HUAWEICLOUD.client_facts(bundle_spec(specs / METASTUDIO))["read_only"]
    )
    assert LISTING not in operations and CANCEL in operations


def huawei(
    read_only: tuple[tuple[str, str], ...], script: Script, *, retry_writes: bool = False
) -> httpx.Client:
    client, _ = huawei_clients(
        endpoint="http://127.0.0.1:9",
        auth=auth_from("ak", "SecretKeyExample0000000000000000", PROJECT, None),
        read_only=read_only,
        backoff=NO_WAIT,
        retry_writes=retry_writes,
        transport=httpx.MockTransport(script),
    )
    client._transport.sleep = lambda _: None  # type: ignore[attr-defined]
    return client


def test_any_action_is_retried_when_refused_for_the_rate_limit(specs: Path, tmp_path: Path) -> None:
    """RequestLimitExceeded / 429: the call did nothing, so the mark does not matter."""
    read_only = connect_constant(specs, TIW, "READ_ONLY_ACTIONS", tmp_path)
    script = Script(limited(), ok())
    call(tencent(read_only, script), "DescribeOnlineRecord")
    assert len(script.requests) == 2
    operations = connect_constant(specs, METASTUDIO, "READ_ONLY_OPERATIONS", tmp_path)
    listing = Script(httpx.Response(429), httpx.Response(200, json={"count": 0}))
    hw(huawei(operations, listing), "GET", f"/v1/{PROJECT}/digital-human-videos")
    assert len(listing.requests) == 2


@pytest.mark.parametrize("status", [500, 503])
def test_an_unmarked_get_is_not_retried(specs: Path, tmp_path: Path, status: int) -> None:
    read_only = connect_constant(specs, METASTUDIO, "READ_ONLY_OPERATIONS", tmp_path)
    script = Script(httpx.Response(status), httpx.Response(200, json={"count": 0}))
    with pytest.raises(HuaweiCloudError):
        hw(
            huawei(read_only, script),
            "GET",
            f"/v1/{PROJECT}/digital-human-videos",
            params={"limit": 1},
        )
    assert len(script.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_a_marked_post_is_retried(specs: Path, tmp_path: Path, status: int) -> None:
    read_only = connect_constant(specs, METASTUDIO, "READ_ONLY_OPERATIONS", tmp_path)
    script = Script(httpx.Response(status), httpx.Response(200, json={}))
    hw(huawei(read_only, script), "POST", f"/v1/{PROJECT}/2d-digital-human-videos/job-1/cancel")
    assert len(script.requests) == 2
    # The marked GET next to it is retried as well; a POST to it is a different operation.
    show = Script(httpx.Response(503), httpx.Response(200, json={}))
    hw(huawei(read_only, show), "GET", f"/v1/{PROJECT}/2d-digital-human-videos/job-1")
    assert len(show.requests) == 2
    posted = Script(httpx.Response(503))
    with pytest.raises(HuaweiCloudError):
        hw(huawei(read_only, posted), "POST", f"/v1/{PROJECT}/2d-digital-human-videos/job-1")
    assert len(posted.requests) == 1


def test_retry_writes_still_retries_everything(specs: Path, tmp_path: Path) -> None:
    read_only = connect_constant(specs, METASTUDIO, "READ_ONLY_OPERATIONS", tmp_path)
    script = Script(httpx.Response(503), httpx.Response(200, json={"count": 0}))
    hw(huawei(read_only, script, retry_writes=True), "GET", f"/v1/{PROJECT}/digital-human-videos")
    assert len(script.requests) == 2
    tencent_script = Script(internal_error(), ok())
    client, _ = tencent_clients(
        service="tiw",
        version="2019-09-19",
        endpoint="127.0.0.1:9",
        read_only=frozenset(),
        secret_id="AKIDtest",
        secret_key="SecretKeyExample0000000000000000",
        backoff=NO_WAIT,
        retry_writes=True,
        transport=httpx.MockTransport(tencent_script),
    )
    client._transport.sleep = lambda _: None  # type: ignore[attr-defined]
    call(client, "DescribeOnlineRecord")
    assert len(tencent_script.requests) == 2
