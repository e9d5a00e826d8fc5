"""TIW actions through the official SDK or through our generated client, one interface:
`call(action, **params)` returns the output as JSON and raises ActionFailed(code)."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from typing import Any

import attrs
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.tiw.v20190919 import models, tiw_client

from speclib.catalog import REPOSITORY
from tests.support.credentials import SECRET_ID, SECRET_KEY
from tests.support.emulator_server import Running

sys.path.insert(0, str(REPOSITORY / "generated" / "clients" / "tencentcloud-tiw-client"))

from tencentcloud_tiw_client import TencentCloudError, TiwClient
from tencentcloud_tiw_client import models as generated_models
from tencentcloud_tiw_client.callbacks import parse_callback

__all__ = ["CLIENTS", "ActionFailed", "Call", "failure", "parse_callback"]

Call = Callable[..., dict[str, Any]]
TAGS = ("recording", "video_generation")


class ActionFailed(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def official_sdk(running: Running) -> Call:
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=running.endpoint, protocol="http"))
    client = tiw_client.TiwClient(
        credential.Credential(SECRET_ID, SECRET_KEY), "ap-singapore", profile
    )

    def call(action: str, **params: Any) -> dict[str, Any]:
        request = getattr(models, f"{action}Request")()
        request.from_json_string(json.dumps(params))
        try:
            response = getattr(client, action)(request)
        except TencentCloudSDKException as error:
            raise ActionFailed(str(error.get_code())) from error
        output: dict[str, Any] = json.loads(response.to_json_string())
        return output

    return call


def _endpoint(action: str) -> Any:
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in action).lstrip("_")
    for tag in TAGS:
        try:
            return importlib.import_module(f"tencentcloud_tiw_client.api.{tag}.{snake}")
        except ModuleNotFoundError:
            continue
    raise LookupError(action)


def generated_client(running: Running) -> Call:
    """The generated service client, TiwClient: `client.describe_online_record(**fields)`."""
    client = TiwClient(SECRET_ID, SECRET_KEY, endpoint=f"http://{running.endpoint}")

    def call(action: str, **params: Any) -> dict[str, Any]:
        body = getattr(generated_models, f"{action}Request").from_dict(params)
        snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in action).lstrip("_")
        try:
            if getattr(body, "additional_properties", None):  # fields the spec does not name
                output = _endpoint(action).sync(client=client.low_level_client, body=body)
            else:
                fields = {
                    field.name: getattr(body, field.name)
                    for field in attrs.fields(type(body))
                    if field.name != "additional_properties"
                }
                output = getattr(client, snake)(**fields)
        except TencentCloudError as error:
            raise ActionFailed(error.code) from error
        result: dict[str, Any] = output.to_dict()
        return result

    return call


CLIENTS = {"official-sdk": official_sdk, "generated-client": generated_client}


def failure(call: Call, action: str, **params: Any) -> str:
    """The error code of a call that must fail."""
    try:
        call(action, **params)
    except ActionFailed as error:
        return error.code
    raise AssertionError(f"{action} {params} succeeded")
