"""A fresh emulator per test, every cloud reply of which must keep to the spec."""

from __future__ import annotations

import tempfile
import types
from collections.abc import Iterator

import pytest

from emulator.config import Config, Progression
from tests.support.emulator_server import Running, serve
from tests.support.reply_checks import spec_problems


@pytest.fixture
def emulator() -> Iterator[Running]:
    """A fresh in-memory emulator whose tasks move only when a test says so."""
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield running
        assert spec_problems(running) == []


@pytest.fixture(scope="module")
def huawei_sdk() -> Iterator[types.SimpleNamespace]:
    """The official MetaStudio SDK (huaweicloudsdkmetastudio's v1 and the core pieces a call
    needs), imported with HOME at a scratch dir (it writes ~/.huaweicloud)."""
    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", home)
        from huaweicloudsdkcore.auth.credentials import BasicCredentials
        from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
        from huaweicloudsdkcore.http.http_config import HttpConfig
        from huaweicloudsdkmetastudio import v1

        yield types.SimpleNamespace(
            v1=v1,
            BasicCredentials=BasicCredentials,
            ClientRequestException=ClientRequestException,
            HttpConfig=HttpConfig,
        )
