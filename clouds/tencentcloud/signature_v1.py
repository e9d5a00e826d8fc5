"""Tencent Cloud API 3.0 signature v1 (HmacSHA1 and HmacSHA256), the one implementation.

The form that came before TC3 and that the cloud still accepts: the common parameters
(`Action`, `Version`, `Region`, `Timestamp`, `Nonce`, `SecretId`, `SignatureMethod`, and
`Token` with a temporary key) travel as ordinary parameters beside the action's own, in the
GET query or in a POST `application/x-www-form-urlencoded` body, and `Signature` is
base64(HMAC(SecretKey, string to sign)). Mirrors tencentcloud-sdk-python-common
(``AbstractClient._format_sign_string`` and ``Sign.sign``); imports only the standard library.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable

METHODS = {"HmacSHA1": hashlib.sha1, "HmacSHA256": hashlib.sha256}
DEFAULT_METHOD = "HmacSHA1"  # what the cloud assumes when SignatureMethod is absent
SIGNATURE = "Signature"
# The parameters every signature v1 request may carry besides the action's own.
COMMON_PARAMETERS = frozenset(
    {
        "Action",
        "Version",
        "Region",
        "Timestamp",
        "Nonce",
        "SecretId",
        "SignatureMethod",
        SIGNATURE,
        "Token",
        "Language",
        "RequestClient",
    }
)


def string_to_sign(method: str, host: str, path: str, params: Iterable[tuple[str, str]]) -> str:
    """`GETtiw.tencentcloudapi.com/?A=1&B=2`: every parameter but `Signature`, sorted by
    name, values as they are (not URL-encoded), `_` in names written as `.`."""
    pairs = sorted((name.replace("_", "."), value) for name, value in params if name != SIGNATURE)
    query = "&".join(f"{name}={value}" for name, value in pairs)
    return f"{method.upper()}{host}{path}?{query}"


def sign(secret_key: str, text: str, method: str = DEFAULT_METHOD) -> str:
    """base64(HMAC-SHA1 or HMAC-SHA256 of the string to sign with the SecretKey)."""
    digest = METHODS.get(method)
    if digest is None:
        raise ValueError(f"signature method must be one of {sorted(METHODS)}, not {method!r}")
    mac = hmac.new(secret_key.encode("utf-8"), text.encode("utf-8"), digest).digest()
    return base64.b64encode(mac).decode("ascii")


def matches(secret_key: str, text: str, method: str, signature: str) -> bool:
    """Whether `signature` is the one `secret_key` gives `text` (compared in constant time)."""
    return hmac.compare_digest(sign(secret_key, text, method).encode(), signature.encode())


def signed_parameters(
    params: dict[str, str], secret_key: str, method: str, host: str, path: str = "/"
) -> dict[str, str]:
    """The parameters with their `Signature` added, for a request sent with `method`
    (`GET` or `POST`); `params` must already hold `SignatureMethod` if it is not HmacSHA1."""
    signature_method = params.get("SignatureMethod", DEFAULT_METHOD)
    text = string_to_sign(method, host, path, params.items())
    return {**params, SIGNATURE: sign(secret_key, text, signature_method)}
