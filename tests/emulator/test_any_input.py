"""Property: whatever bytes, headers and JSON reach an entry point, the emulator answers in
that entry point's error shape and never with a server error (issue 14).

Entry points: Tencent POST and GET (signed, so that the request reaches decoding and
validation), every Huawei route of every spec, and every admin route. Requests go through
the ASGI app in process; the parameter names come from the specs, so that the generated
requests reach deep into validation instead of stopping at an unknown name.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import emulator as emulator_package
from emulator.app import Emulator
from emulator.protocols.huaweicloud import HuaweiCloudProtocol
from emulator.protocols.tencentcloud import TencentCloudProtocol
from emulator.schemas import inline_references
from speclib.loader import load_file
from speclib.walk import operations, resolve
from tests.emulator.inprocess import (
    HOST,
    Answer,
    call,
    huawei_headers,
    make_emulator,
    tencent_headers,
)

ADMIN_SPEC = Path(emulator_package.__file__).parent / "admin.openapi.yaml"
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HEADER_NAMES = [
    "content-type",
    "authorization",
    "host",
    "origin",
    "x-tc-action",
    "x-tc-version",
    "x-tc-region",
    "x-tc-timestamp",
    "x-tc-content-sha256",
    "x-auth-token",
    "x-sdk-date",
    "x-project-id",
    "x-app-userid",
    "sec-fetch-site",
]
# Text that JSON encoders never write but parsers may meet.
ODD_TOKENS = [b"NaN", b"Infinity", b"-Infinity", b"1e400", b'"\\ud800"', b"-0", b"1" * 30]


@cache
def emulator() -> Emulator:
    return make_emulator()


def tencent() -> TencentCloudProtocol:
    found = emulator().protocols[0]
    assert isinstance(found, TencentCloudProtocol)
    return found


def huawei() -> HuaweiCloudProtocol:
    found = emulator().protocols[1]
    assert isinstance(found, HuaweiCloudProtocol)
    return found


def names_of(schema: Any, prefix: str = "", depth: int = 0) -> list[str]:
    """Dotted names of a request schema's fields (list items as .0), a few levels deep."""
    if not isinstance(schema, dict) or depth > 4:
        return []
    found = []
    for name, child in schema.get("properties", {}).items():
        found.append(prefix + name)
        found += names_of(child, f"{prefix}{name}.", depth + 1)
    if isinstance(schema.get("items"), dict):
        found += names_of(schema["items"], f"{prefix}0.", depth + 1)
    return found


# ---- strategies ------------------------------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)


def json_values(keys: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5)
        ),
        max_leaves=12,
    )


def bodies(names: list[str]) -> st.SearchStrategy[bytes]:
    """Raw bytes, JSON of any shape, objects of the operation's own fields, and JSON with
    odd tokens spliced in (NaN, lone surrogates, deep nesting)."""
    keys = st.sampled_from(names) | st.text(max_size=12) if names else st.text(max_size=12)
    objects = st.dictionaries(keys, json_values(keys), max_size=6)
    encoded = (objects | json_values(keys)).map(lambda v: json.dumps(v).encode())
    # The odd token as the value of one of the operation's fields (top-level names only:
    # a dotted name is a path, not a key).
    top = sorted({name.split(".")[0] for name in names}) or ["x"]
    spliced = st.builds(
        lambda value, key, token: (
            json.dumps({**value, key: None}).encode().replace(b"null", token, 1)
        ),
        objects,
        st.sampled_from(top),
        st.sampled_from(ODD_TOKENS),
    )
    nested = st.integers(min_value=20, max_value=5000).map(lambda n: b"[" * n + b"]" * n)
    return st.one_of(st.binary(max_size=300), encoded, encoded, spliced, nested)


header_overrides = st.lists(
    st.tuples(st.sampled_from(HEADER_NAMES), st.binary(max_size=40)), max_size=3
)


def queries(names: list[str]) -> st.SearchStrategy[str]:
    key = st.sampled_from(names or ["x"]) | st.text(max_size=10)
    indexed = st.builds(
        lambda name, index: f"{name}.{index}",
        st.sampled_from(names or ["x"]),
        st.integers(min_value=0, max_value=10**12),
    )
    pairs = st.lists(st.tuples(key | indexed, st.text(max_size=20)), max_size=8)
    return pairs.map(urlencode) | st.binary(max_size=200).map(lambda raw: raw.decode("latin-1"))


def with_overrides(
    headers: dict[str, str], overrides: list[tuple[str, bytes]]
) -> list[tuple[bytes, bytes]]:
    raw = {name.lower().encode(): value.encode("latin-1") for name, value in headers.items()}
    for name, value in overrides:
        raw[name.encode()] = value
    return list(raw.items())


# ---- the shapes ------------------------------------------------------------------------------


def assert_tencent_shape(answer: Answer) -> None:
    assert answer.status == 200, answer
    assert answer.headers["content-type"] == "application/json"
    inner = answer.json()["Response"]
    assert isinstance(inner["RequestId"], str) and inner["RequestId"] != "-"
    if "Error" in inner:
        assert isinstance(inner["Error"]["Message"], str)
        assert inner["Error"]["Code"] != "InternalError", inner


def assert_huawei_shape(answer: Answer) -> None:
    assert answer.status < 500, answer
    assert answer.headers.get("x-request-id"), answer
    if answer.status >= 400:
        payload = answer.json()
        assert isinstance(payload["error_code"], str) and isinstance(payload["error_msg"], str)


def assert_admin_shape(answer: Answer) -> None:
    assert answer.status < 500, answer
    payload = answer.json()
    if answer.status >= 400:
        assert isinstance(payload["error"], str)


# ---- Tencent ---------------------------------------------------------------------------------


@cache
def tencent_actions() -> list[tuple[str, str, list[str]]]:
    """(service, action, field names) of every action the emulator serves."""
    found = []
    for service in tencent().services.values():
        for action, schemas in service.schemas.operations.items():
            found.append((service.name, action, names_of(schemas.request_body_schema)))
    return found


@st.composite
def tencent_posts(draw: st.DrawFn) -> tuple[list[tuple[bytes, bytes]], bytes]:
    service, action, names = draw(st.sampled_from(tencent_actions()))
    body = draw(bodies(names))
    content_type = draw(st.sampled_from(["application/json", "application/json; charset=utf-8"]))
    headers = tencent_headers(action, body=body, service=service, content_type=content_type)
    return with_overrides(headers, draw(header_overrides | st.just([]))), body


@given(tencent_posts())
@SETTINGS
def test_any_tencent_post_gets_the_tencent_envelope(
    request: tuple[list[tuple[bytes, bytes]], bytes],
) -> None:
    headers, body = request
    assert_tencent_shape(call(emulator(), "POST", "/", headers=headers, body=body))


@st.composite
def tencent_gets(draw: st.DrawFn) -> tuple[list[tuple[bytes, bytes]], str]:
    service, action, names = draw(st.sampled_from(tencent_actions()))
    query = draw(queries(names))
    headers = tencent_headers(
        action,
        method="GET",
        query=query,
        service=service,
        content_type="application/x-www-form-urlencoded",
    )
    return with_overrides(headers, draw(header_overrides | st.just([]))), query


@given(tencent_gets())
@SETTINGS
def test_any_tencent_get_gets_the_tencent_envelope(
    request: tuple[list[tuple[bytes, bytes]], str],
) -> None:
    headers, query = request
    answer = call(emulator(), "GET", "/", headers=headers, query=query.encode("latin-1"))
    assert_tencent_shape(answer)


# ---- Huawei ----------------------------------------------------------------------------------


@cache
def huawei_routes() -> list[tuple[str, str, list[str], list[str]]]:
    """(method, path template, body field names, query names) of every Huawei operation."""
    found = []
    for service in huawei().services.values():
        for operation in operations(service.schemas.document):
            schemas = service.schemas.operations[operation.operation_id or ""]
            query = [
                name
                for name, parameter in schemas.parameters.items()
                if parameter.get("in") == "query"
            ]
            body = names_of(schemas.request_body_schema)
            found.append((operation.method.upper(), operation.path, body, query))
    return found


@st.composite
def huawei_requests(draw: st.DrawFn) -> tuple[str, str, str, list[tuple[bytes, bytes]], bytes]:
    method, template, body_names, query_names = draw(st.sampled_from(huawei_routes()))
    segment = st.text(min_size=1, max_size=40).map(lambda t: quote(t, safe=""))
    path = re.sub(r"\{[^}]+\}", lambda _: draw(segment), template)
    if draw(st.booleans()):
        path = re.sub(r"\{project_id\}", "0123456789abcdef0123456789abcdef", template)
        path = re.sub(r"\{[^}]+\}", lambda _: draw(segment), path)
    content_type = draw(st.sampled_from(["application/json", "text/plain", ""]))
    headers = with_overrides(huawei_headers(content_type), draw(header_overrides | st.just([])))
    return method, path, draw(queries(query_names)), headers, draw(bodies(body_names))


@given(huawei_requests())
@SETTINGS
def test_any_huawei_request_gets_the_huawei_error_shape(
    request: tuple[str, str, str, list[tuple[bytes, bytes]], bytes],
) -> None:
    method, path, query, headers, body = request
    answer = call(
        emulator(), method, path, headers=headers, query=query.encode("latin-1"), body=body
    )
    assert_huawei_shape(answer)


# ---- admin -----------------------------------------------------------------------------------


@cache
def admin_routes() -> list[tuple[str, str, list[str]]]:
    """(method, path template, body field names) of every operation the admin API
    describes (emulator/admin.openapi.yaml)."""
    document = load_file(ADMIN_SPEC)
    found = []
    for operation in operations(document):
        body = resolve(document, operation.node.get("requestBody", {}))
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        names = names_of(inline_references(document, schema)) if schema else []
        template = re.sub(r"\{[^}]+\}", "{}", operation.path)
        found.append((operation.method.upper(), template, names))
    return found


@st.composite
def admin_requests(draw: st.DrawFn) -> tuple[str, str, list[tuple[bytes, bytes]], bytes]:
    method, template, names = draw(st.sampled_from(admin_routes()))
    segment = st.text(min_size=1, max_size=20).map(lambda t: quote(t, safe=""))
    path = template.replace("{}", draw(segment | st.just("1400000001")))
    headers = {"Host": HOST, "Content-Type": "application/json"}
    overrides = draw(
        st.lists(
            st.tuples(st.sampled_from(["content-type", "origin"]), st.binary(max_size=30)),
            max_size=1,
        )
    )
    return method, path, with_overrides(headers, overrides), draw(bodies(names))


@given(admin_requests())
@SETTINGS
def test_any_admin_request_gets_a_json_answer(
    request: tuple[str, str, list[tuple[bytes, bytes]], bytes],
) -> None:
    method, path, headers, body = request
    if path.endswith("/reset"):
        return  # would only wipe what the other examples seeded
    assert_admin_shape(call(emulator(), method, path, headers=headers, body=body))
