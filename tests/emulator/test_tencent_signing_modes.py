"""Every signing mode of the official Tencent SDK works against the emulator, as on the
cloud: TC3-HMAC-SHA256, HmacSHA1 and HmacSHA256 (signature v1), each by POST and by GET,
with a permanent key and with a temporary key and its token, for every TIW action and both
VCLM actions; and each authentication fault gets the cloud's documented code."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count
from typing import Any
from unittest import mock
from urllib.parse import parse_qsl

import httpx
import pytest
from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.tiw.v20190919 import models, tiw_client

from clouds.tencentcloud import tc3
from emulator.cli import build_parser, config_from
from emulator.config import Config, Progression
from emulator.http import Request
from emulator.protocols.tencent_nonces import NonceLedger
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems

TEMP_ID, TEMP_KEY, TOKEN = (
    "AKIDTEMPORARY000000000000000000000",
    "TemporaryKey0000000000000000",
    "tok",
)
REGION = "ap-singapore"
SIGN_METHODS = ("TC3-HMAC-SHA256", "HmacSHA1", "HmacSHA256")


@dataclass(frozen=True)
class Mode:
    sign: str
    method: str
    temporary: bool

    def __str__(self) -> str:
        return f"{self.sign}-{self.method}-{'token' if self.temporary else 'plain'}"

    @property
    def v1(self) -> bool:
        return self.sign != "TC3-HMAC-SHA256"


MODES = [Mode(s, m, t) for s in SIGN_METHODS for m in ("POST", "GET") for t in (False, True)]
V1_MODES = [mode for mode in MODES if mode.v1]
APPS = count(1400000100)


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    """One emulator for the module, knowing a permanent and a temporary key."""
    config = Config(
        progression=Progression.MANUAL,
        tencent_credentials={SECRET_ID: SECRET_KEY, TEMP_ID: TEMP_KEY},
        tencent_tokens={TEMP_ID: TOKEN},
    )
    with serve(config) as running:
        yield running
        assert spec_problems(running) == []


def profile(running: Running, mode: Mode, language: str = "en-US") -> ClientProfile:
    http = HttpProfile(endpoint=running.endpoint, protocol="http", reqMethod=mode.method)
    return ClientProfile(signMethod=mode.sign, httpProfile=http, language=language)


def cred(mode: Mode, secret_key: str | None = None, secret_id: str | None = None) -> Any:
    if mode.temporary:
        return credential.Credential(secret_id or TEMP_ID, secret_key or TEMP_KEY, TOKEN)
    return credential.Credential(secret_id or SECRET_ID, secret_key or SECRET_KEY)


def tiw(running: Running, mode: Mode, **keys: Any) -> tiw_client.TiwClient:
    return tiw_client.TiwClient(cred(mode, **keys), REGION, profile(running, mode))


def vclm(running: Running, mode: Mode) -> CommonClient:
    return CommonClient("vclm", "2024-05-23", cred(mode), "ap-guangzhou", profile(running, mode))


def request(action: str, **params: Any) -> Any:
    model = getattr(models, f"{action}Request")()
    model.from_json_string(json.dumps(params))
    return model


def sdk_code(call: Callable[[], Any]) -> str:
    with pytest.raises(TencentCloudSDKException) as caught:
        call()
    return str(caught.value.get_code())


def last_request(running: Running) -> Request:
    return running.emulator.exchanges[-1][0]


def assert_sent_in(mode: Mode, sent: Request) -> None:
    """The request really was in the mode under test (so the test can fail)."""
    assert sent.method == mode.method
    if mode.v1:
        raw = sent.raw_query if mode.method == "GET" else sent.body.decode()
        params = dict(parse_qsl(raw))
        assert "authorization" not in sent.headers
        assert params["SignatureMethod"] == mode.sign and params["Signature"]
        assert params.get("Token") == (TOKEN if mode.temporary else None)
    else:
        assert str(sent.header("authorization")).startswith("TC3-HMAC-SHA256 ")
        assert sent.header("x-tc-token") == (TOKEN if mode.temporary else None)


@pytest.mark.parametrize("mode", MODES, ids=str)
def test_every_tiw_action(server: Running, mode: Mode) -> None:
    app = next(APPS)
    server.seed("/tiw/apps", {"SdkAppId": app})
    client = tiw(server, mode)
    client.SetVideoGenerationTaskCallback(
        request("SetVideoGenerationTaskCallback", SdkAppId=app, Callback="https://example.com/c")
    )
    client.SetVideoGenerationTaskCallbackKey(
        request("SetVideoGenerationTaskCallbackKey", SdkAppId=app, CallbackKey="k 1+&=")
    )
    callback = client.DescribeVideoGenerationTaskCallback(
        request("DescribeVideoGenerationTaskCallback", SdkAppId=app)
    )
    assert (callback.Callback, callback.CallbackKey) == ("https://example.com/c", "k 1+&=")
    started = client.StartOnlineRecord(
        request(
            "StartOnlineRecord",
            SdkAppId=app,
            RoomId=880528,
            RecordUserId=f"tic_record_user_880528_{app}",
            RecordUserSig="sig",
            Whiteboard={"Width": 1280, "Height": 720},
            Extras=["MIX_STREAM"],
            MixStream={"Enabled": True, "ModelId": 1},
        )
    )
    task = {"SdkAppId": app, "TaskId": started.TaskId}
    server.seed(f"/tiw/recording-tasks/{started.TaskId}/state", {"State": "RECORDING"})
    client.PauseOnlineRecord(request("PauseOnlineRecord", **task))
    client.ResumeOnlineRecord(request("ResumeOnlineRecord", **task))
    client.StopOnlineRecord(request("StopOnlineRecord", **task))
    server.seed(f"/tiw/recording-tasks/{started.TaskId}/state", {"State": "FINISHED"})
    recording = client.DescribeOnlineRecord(request("DescribeOnlineRecord", **task))
    assert recording.Status == "FINISHED"
    created = client.CreateVideoGenerationTask(
        request("CreateVideoGenerationTask", SdkAppId=app, OnlineRecordTaskId=started.TaskId)
    )
    generation = client.DescribeVideoGenerationTask(
        request("DescribeVideoGenerationTask", SdkAppId=app, TaskId=created.TaskId)
    )
    assert generation.TaskId == created.TaskId and generation.Status
    assert_sent_in(mode, last_request(server))


@pytest.mark.parametrize("mode", MODES, ids=str)
def test_both_vclm_actions(server: Running, mode: Mode) -> None:
    client = vclm(server, mode)
    submitted = client.call_json(
        "SubmitVideoStylizationJob",
        {"StyleId": "2d_anime", "VideoUrl": "https://example.com/in.mp4"},
    )["Response"]
    described = client.call_json("DescribeVideoStylizationJob", {"JobId": submitted["JobId"]})
    assert described["Response"]["JobId"] == submitted["JobId"]
    assert described["Response"]["StatusMsg"] == "Initializing"  # en-US asked for
    assert_sent_in(mode, last_request(server))
    # Finished, so that the next mode's job is not refused for too many unfinished ones.
    server.seed(f"/vclm/stylization-jobs/{submitted['JobId']}/state", {"State": "JobSuccess"})


# ---- faults ---------------------------------------------------------------------------------

DESCRIBE = {"SdkAppId": 1400000001, "TaskId": "signedtask"}


def describe(client: tiw_client.TiwClient) -> Callable[[], Any]:
    return lambda: client.DescribeOnlineRecord(request("DescribeOnlineRecord", **DESCRIBE))


@pytest.mark.parametrize("mode", MODES, ids=str)
def test_faults(server: Running, mode: Mode) -> None:
    assert sdk_code(describe(tiw(server, mode))) == "InvalidParameter.TaskNotFound"  # signed ok
    assert sdk_code(describe(tiw(server, mode, secret_key="wrong"))) == (
        "AuthFailure.SignatureFailure"
    )
    assert sdk_code(describe(tiw(server, mode, secret_id="AKIDunknown"))) == (
        "AuthFailure.SecretIdNotFound"
    )
    client = tiw(server, mode)
    with mock.patch("time.time", return_value=time.time() - 301):
        assert sdk_code(describe(client)) == "AuthFailure.SignatureExpire"
    with mock.patch("time.time", return_value=time.time() + 240):  # inside the window
        assert sdk_code(describe(client)) == "InvalidParameter.TaskNotFound"


@pytest.mark.parametrize("mode", MODES, ids=str)
def test_a_parameter_changed_after_signing(server: Running, mode: Mode) -> None:
    client = tiw(server, mode)
    send = client.request.send_request

    def tamper(req: Any) -> Any:
        data = req.data.decode() if isinstance(req.data, bytes) else req.data
        assert "signedtask" in data
        req.data = data.replace("signedtask", "changedtsk")
        return send(req)

    with mock.patch.object(client.request, "send_request", tamper):
        assert sdk_code(describe(client)) == "AuthFailure.SignatureFailure"


@pytest.mark.parametrize("mode", V1_MODES, ids=str)
def test_a_reused_nonce(server: Running, mode: Mode) -> None:
    client = tiw(server, mode)
    now, nonce = time.time(), 424242 + V1_MODES.index(mode)  # a Nonce counts per SecretId
    with mock.patch("random.randint", return_value=nonce), mock.patch("time.time", lambda: now):
        assert sdk_code(describe(client)) == "InvalidParameter.TaskNotFound"
        assert sdk_code(describe(client)) == "AuthFailure.SignatureFailure"
    message = json.loads(server.emulator.exchanges[-1][1].body)["Response"]["Error"]["Message"]
    assert f"Nonce {nonce} was already used" in message


@pytest.mark.parametrize("mode", [m for m in MODES if m.temporary], ids=str)
def test_temporary_keys_need_their_token(server: Running, mode: Mode) -> None:
    wrong = tiw_client.TiwClient(
        credential.Credential(TEMP_ID, TEMP_KEY, "not-the-token"), REGION, profile(server, mode)
    )
    assert sdk_code(describe(wrong)) == "AuthFailure.TokenFailure"
    none = tiw_client.TiwClient(
        credential.Credential(TEMP_ID, TEMP_KEY), REGION, profile(server, mode)
    )
    assert sdk_code(describe(none)) == "AuthFailure.TokenFailure"
    permanent = tiw_client.TiwClient(
        credential.Credential(SECRET_ID, SECRET_KEY, TOKEN), REGION, profile(server, mode)
    )
    assert sdk_code(describe(permanent)) == "AuthFailure.TokenFailure"


def test_messages_follow_the_language(server: Running) -> None:
    mode = Mode("HmacSHA256", "POST", False)
    messages = {}
    for language in ("zh-CN", "en-US"):
        client = tiw_client.TiwClient(
            cred(mode, secret_key="wrong"), REGION, profile(server, mode, language)
        )
        with pytest.raises(TencentCloudSDKException) as caught:
            describe(client)()
        messages[language] = caught.value.get_message()
    assert messages == {
        "zh-CN": "请求签名验证失败，请检查签名计算过程。",
        "en-US": "The request signature does not match.",
    }
    job = server.seed("/vclm/stylization-jobs", {"State": "JobRunning"})["JobId"]
    labels = {}
    for language in ("zh-CN", "en-US"):
        client = CommonClient(
            "vclm", "2024-05-23", cred(mode), "ap-guangzhou", profile(server, mode, language)
        )
        reply = client.call_json("DescribeVideoStylizationJob", {"JobId": job})["Response"]
        labels[language] = reply["StatusMsg"]
    assert labels == {"zh-CN": "处理中", "en-US": "Processing"}


# ---- TC3 as Tencent documents it (hand-built requests) --------------------------------------


def tc3_request(
    running: Running,
    signed_headers: list[str],
    *,
    scope: str = "tiw",
    action: str = "DescribeOnlineRecord",
    lower_values: bool = True,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> dict[str, Any]:
    """A POST signed over `signed_headers`, their values lower-cased as Tencent's demo does."""
    timestamp = int(time.time())
    body = json.dumps(DESCRIBE).encode()
    headers = {
        "content-type": "application/json; charset=utf-8",
        "host": running.endpoint,
        "x-tc-action": action,
        "x-tc-version": "2019-09-19",
        "x-tc-timestamp": str(timestamp),
        "x-tc-region": REGION,
    }
    signed = [
        (name, headers[name].lower() if lower_values else headers[name]) for name in signed_headers
    ]
    canonical = tc3.canonical_request_for("POST", "", signed, tc3.hashed_payload(body))
    date = tc3.utc_date(timestamp)
    signature = tc3.signature(
        SECRET_KEY, date, scope, tc3.string_to_sign(timestamp, scope, canonical)
    )
    authorization = (
        f"TC3-HMAC-SHA256 Credential={SECRET_ID}/{date}/{scope}/tc3_request, "
        f"SignedHeaders={';'.join(signed_headers)}, Signature={signature}"
    )
    sent = [(k.encode(), v.encode()) for k, v in headers.items() if k != "host"]
    sent.append((b"authorization", authorization.encode()))
    response = httpx.post(f"http://{running.endpoint}/", content=body, headers=sent + (extra or []))
    assert response.status_code == 200
    return dict(response.json()["Response"])


def error_code(reply: dict[str, Any]) -> str | None:
    code = reply.get("Error", {}).get("Code")
    return None if code is None else str(code)


def test_tc3_as_tencents_demo_signs_it(server: Running) -> None:
    demo = tc3_request(server, ["content-type", "host", "x-tc-action"])
    assert error_code(demo) == "InvalidParameter.TaskNotFound"  # past the signature
    assert error_code(tc3_request(server, ["content-type", "host"])) == (
        "InvalidParameter.TaskNotFound"
    )


def test_tc3_needs_content_type_and_host_signed(server: Running) -> None:
    assert error_code(tc3_request(server, ["host"])) == "AuthFailure.SignatureFailure"
    assert error_code(tc3_request(server, ["content-type"])) == "AuthFailure.SignatureFailure"


def test_tc3_scope_must_be_the_actions_service(server: Running) -> None:
    reply = tc3_request(server, ["content-type", "host"], scope="vclm")
    assert error_code(reply) == "AuthFailure.InvalidAuthorization"
    nothing = tc3_request(server, ["content-type", "host"], action="DescribeNothing")
    assert error_code(nothing) == "InvalidAction"


def test_repeated_or_non_ascii_auth_headers_are_refused(server: Running) -> None:
    twice = tc3_request(
        server,
        ["content-type", "host"],
        extra=[(b"authorization", b"TC3-HMAC-SHA256 Credential=x")],
    )
    assert error_code(twice) == "AuthFailure.InvalidAuthorization"
    stamped = tc3_request(server, ["content-type", "host"], extra=[(b"x-tc-timestamp", b"1")])
    assert error_code(stamped) == "InvalidParameter"
    superscript = httpx.post(
        f"http://{server.endpoint}/",
        content=b"{}",
        headers=[
            (b"content-type", b"application/json"),
            (b"x-tc-action", b"DescribeOnlineRecord"),
            (b"x-tc-version", b"2019-09-19"),
            (b"x-tc-timestamp", b"\xb2"),  # "²": str.isdigit() says yes, int() says no
            (b"authorization", tc3_authorization_placeholder()),
        ],
    ).json()["Response"]
    assert error_code(superscript) == "InvalidParameter"


def tc3_authorization_placeholder() -> bytes:
    return (
        f"TC3-HMAC-SHA256 Credential={SECRET_ID}/2024-01-01/tiw/tc3_request, "
        f"SignedHeaders=content-type;host, Signature={'0' * 64}"
    ).encode()


def test_nonces_are_shared_by_every_worker(tmp_path: Any) -> None:
    """Two ledgers on one data file (two workers): exactly one of them takes a Nonce."""
    first = NonceLedger(tmp_path / "data.sqlite", 300)
    second = NonceLedger(tmp_path / "data.sqlite", 300)
    assert first.first_use("AKID", 1700000000, "1", now=1700000000)
    assert not second.first_use("AKID", 1700000000, "1", now=1700000000)
    assert second.first_use("AKID", 1700000001, "1", now=1700000000)
    first.close()
    second.close()


def test_nonce_ledger_forgets_expired_entries() -> None:
    ledger = NonceLedger(None, 300)
    for nonce in range(600):
        ledger.first_use("AKID", 1000, str(nonce), now=1000)
    assert len(ledger) == 600
    for nonce in range(256):  # the sweep comes with use; everything above has expired by now
        ledger.first_use("AKID", 5000, str(nonce), now=5000)
    assert len(ledger) <= 256


def test_parameter_errors_follow_the_language(server: Running) -> None:
    mode = Mode("TC3-HMAC-SHA256", "POST", False)
    messages = {}
    for language in ("zh-CN", "en-US"):
        client = CommonClient(
            "tiw", "2019-09-19", cred(mode), REGION, profile(server, mode, language)
        )
        with pytest.raises(TencentCloudSDKException) as caught:
            client.call_json("DescribeOnlineRecord", {"SdkAppId": 1400000001})
        assert caught.value.get_code() == "MissingParameter"
        messages[language] = caught.value.get_message()
    assert messages == {
        "zh-CN": "缺少必选参数 `TaskId`。",
        "en-US": "The request is missing a required parameter `TaskId`.",
    }


def test_temporary_keys_from_the_command_line() -> None:
    args = build_parser().parse_args(
        ["--credentials", f"{SECRET_ID}:{SECRET_KEY},{TEMP_ID}:{TEMP_KEY}:{TOKEN}"]
    )
    config = config_from(args)
    assert config.tencent_credentials == {SECRET_ID: SECRET_KEY, TEMP_ID: TEMP_KEY}
    assert config.tencent_tokens == {TEMP_ID: TOKEN}
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--credentials", f"{TEMP_ID}:{TEMP_KEY}:"])
