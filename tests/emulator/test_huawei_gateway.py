"""Huawei Cloud's API gateway in front of MetaStudio, as the official SDK meets it: an AK
bound to its project, the gateway's codes for an unknown AK and an unknown API, and
throttling from the operation's documented limit (APIG.0308, 429)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clouds.huaweicloud.sdk_hmac import SdkHmacAuth
from emulator.cli import build_parser, config_from
from emulator.config import Config, Progression
from tests.support.emulator_server import Running, serve

AK, SK, PROJECT = "HPUABOUNDAK000000000", "BoundSecretKey00000000000000000000000000", "a" * 32
FREE_AK, FREE_SK = "HPUAFREEAK0000000000", "FreeSecretKey000000000000000000000000000"
OTHER_PROJECT = "b" * 32


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    """Credentials as `--huawei-credentials AK:SK:PROJECT_ID,AK2:SK2` give them."""
    args = build_parser().parse_args(
        ["--huawei-credentials", f"{AK}:{SK}:{PROJECT},{FREE_AK}:{FREE_SK}", "--rate-limit"]
    )
    config = config_from(args)
    config.progression = Progression.MANUAL
    with serve(config) as running:
        running.emulator.limiter.now = lambda: 1000.0  # the window never slides here
        yield running


def client(
    huawei_sdk: Any, running: Running, ak: str = AK, sk: str = SK, project: str = PROJECT
) -> Any:
    http = huawei_sdk.HttpConfig.get_default_config()
    http.retry_times = 0
    return (
        huawei_sdk.v1.MetaStudioClient.new_builder()
        .with_credentials(huawei_sdk.BasicCredentials(ak, sk, project))
        .with_endpoints([f"http://{running.endpoint}"])
        .with_http_config(http)
        .build()
    )


def refusal(huawei_sdk: Any, call: Any) -> tuple[int, str, str]:
    with pytest.raises(huawei_sdk.ClientRequestException) as raised:
        call()
    error = raised.value
    return error.status_code, error.error_code, error.error_msg


def listing(huawei_sdk: Any, running: Running, **keys: Any) -> Any:
    metastudio = client(huawei_sdk, running, **keys)
    return lambda: metastudio.list_digital_human_video(huawei_sdk.v1.ListDigitalHumanVideoRequest())


def test_credentials_with_a_project_parse_from_the_command_line() -> None:
    config = config_from(
        build_parser().parse_args(["--huawei-credentials", f"{AK}:{SK}:{PROJECT}"])
    )
    assert (config.huawei_credentials, config.huawei_projects) == ({AK: SK}, {AK: PROJECT})
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--huawei-credentials", f"{AK}:{SK}:"])
    assert Config().huawei_projects  # the documented local AK is bound to the local project


def test_an_ak_works_in_its_own_project(huawei_sdk: Any, server: Running) -> None:
    assert listing(huawei_sdk, server)().count == 0


def test_an_ak_is_refused_in_another_project(huawei_sdk: Any, server: Running) -> None:
    status, code, message = refusal(huawei_sdk, listing(huawei_sdk, server, project=OTHER_PROJECT))
    assert (status, code) == (401, "APIG.0301")
    assert OTHER_PROJECT in message and AK in message


def test_an_unbound_ak_works_in_any_project(huawei_sdk: Any, server: Running) -> None:
    assert listing(huawei_sdk, server, ak=FREE_AK, sk=FREE_SK, project=OTHER_PROJECT)().count == 0


def test_x_project_id_must_be_the_paths_project(server: Running) -> None:
    auth = SdkHmacAuth(FREE_AK, FREE_SK, project_id=PROJECT)  # signs X-Project-Id: PROJECT
    reply = httpx.get(
        f"http://{server.endpoint}/v1/{OTHER_PROJECT}/digital-human-videos", auth=auth
    )
    assert (reply.status_code, reply.json()["error_code"]) == (401, "APIG.0301")
    assert "X-Project-Id" in reply.json()["error_msg"]


def test_an_unknown_ak_is_the_gateways_ak_not_exist(huawei_sdk: Any, server: Running) -> None:
    status, code, message = refusal(
        huawei_sdk, listing(huawei_sdk, server, ak="HPUANOSUCHAK00000000")
    )
    assert (status, code) == (401, "APIG.0301")
    assert message == (
        "Incorrect IAM authentication information: "
        "Get secretKey failed,ak:HPUANOSUCHAK00000000,err:ak not exist"
    )
    status, code, message = refusal(huawei_sdk, listing(huawei_sdk, server, sk="wrong"))
    assert (code, message) == (
        "APIG.0301",
        "Incorrect IAM authentication information: verify aksk signature fail",
    )


def test_an_unknown_api_is_apig_0101(server: Running) -> None:
    auth = SdkHmacAuth(AK, SK, project_id=PROJECT)
    base = f"http://{server.endpoint}/v1/{PROJECT}"
    unknown = httpx.get(f"{base}/no-such-api", auth=auth)
    wrong_method = httpx.delete(f"{base}/digital-human-videos", auth=auth)
    assert [(r.status_code, r.json()["error_code"]) for r in (unknown, wrong_method)] == [
        (404, "APIG.0101"),
        (404, "APIG.0101"),
    ]


def test_the_sdk_is_throttled_at_the_documented_limit(huawei_sdk: Any, server: Running) -> None:
    """Create2DDigitalHumanVideo allows one call a second (x-videoapi-rate-limit)."""
    v1 = huawei_sdk.v1
    metastudio = client(huawei_sdk, server)
    script = v1.ShootScript(script_type="TEXT", text_config=v1.TextConfig(text="Hi."))
    body = v1.Create2DDigitalHumanVideoReq(
        model_asset_id="9a8e3c1f2b7d4e6a8c0b1d2e3f4a5b6c",
        shoot_scripts=[v1.ShootScriptItem(sequence_no=0, shoot_script=script)],
    )
    request = v1.Create2DDigitalHumanVideoRequest(body=body)
    assert metastudio.create2_d_digital_human_video(request).job_id
    status, code, _ = refusal(huawei_sdk, lambda: metastudio.create2_d_digital_human_video(request))
    assert (status, code) == (429, "APIG.0308")
