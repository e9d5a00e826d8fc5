"""The emulator's documented local credentials, as the tests sign with them."""

from __future__ import annotations

from emulator.config import DEFAULT_HUAWEI_CREDENTIALS, DEFAULT_TENCENT_CREDENTIALS

SECRET_ID, SECRET_KEY = next(iter(DEFAULT_TENCENT_CREDENTIALS.items()))
HUAWEI_AK, HUAWEI_SK = next(iter(DEFAULT_HUAWEI_CREDENTIALS.items()))
