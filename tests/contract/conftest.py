"""The contract tests' fixtures: the contract APIs, their schemathesis schemas, the
emulator's local credentials, and exchanges made up for checking the checks."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
import schemathesis
from schemathesis.auths import GLOBAL_AUTH_STORAGE

from contract.apis import ContractApi, contract_apis
from emulator.config import (
    DEFAULT_HUAWEI_CREDENTIALS,
    DEFAULT_HUAWEI_PROJECT,
    DEFAULT_TENCENT_CREDENTIALS,
)
from tests.support.contract_exchanges import Exchanges


@pytest.fixture(scope="session", autouse=True)
def hooks_stay_out_of_this_process() -> Iterator[None]:
    """contract.hooks registers globally; loaded here, it would sign other tests' requests."""
    yield
    assert "contract.hooks" not in sys.modules
    assert GLOBAL_AUTH_STORAGE.providers == []


@pytest.fixture(autouse=True)
def emulator_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """The emulator's documented local credentials, never the user's."""
    (secret_id, secret_key), (ak, sk) = (
        next(iter(DEFAULT_TENCENT_CREDENTIALS.items())),
        next(iter(DEFAULT_HUAWEI_CREDENTIALS.items())),
    )
    for name in ("TENCENTCLOUD_REGION", "TENCENTCLOUD_SESSION_TOKEN", "HUAWEICLOUD_SDK_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", secret_id)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", secret_key)
    monkeypatch.setenv("HUAWEICLOUD_SDK_AK", ak)
    monkeypatch.setenv("HUAWEICLOUD_SDK_SK", sk)
    monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", DEFAULT_HUAWEI_PROJECT)


@pytest.fixture(scope="session")
def apis() -> dict[str, ContractApi]:
    return {api.slug: api for api in contract_apis()}


@pytest.fixture(scope="session")
def schemas(apis: dict[str, ContractApi]) -> dict[str, schemathesis.BaseSchema]:
    return {slug: schemathesis.openapi.from_dict(api.document) for slug, api in apis.items()}


@pytest.fixture
def exchanges(schemas: dict[str, schemathesis.BaseSchema]) -> Iterator[Exchanges]:
    yield Exchanges(schemas)
