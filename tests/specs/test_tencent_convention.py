"""The Tencent Cloud RPC convention, and each consumer's view of a spec.

Each Tencent action is the path key `/#X-TC-Action=<Action>` (POST only, operationId =
action) with a required `const` X-TC-Action header. On the wire it is `POST /` with
the action in that header: httpx drops the fragment of a relative URL, so a generated
endpoint sets the header itself (tests/generator), and schemathesis sends the declared
const header (below). The house rule `tencent-rpc` (tests/specs/test_house_rules.py)
holds specs to the path, method and header; this module pins what it does not.

`clouds.view(bundle, consumer)`: the reference view is the bundle; the contract view
drops the headers the signer sets, except those a caller chooses (X-TC-Action,
X-TC-Language); the client view drops every signing header. Nothing else changes.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core.result import Ok

from clouds import view
from clouds.tencentcloud import TENCENTCLOUD
from speclib.bundle import iter_references
from speclib.walk import operation_parameters, operations, resolve
from tests.support.receiver import receiver
from tests.support.spec_documents import SPECS, specs_of

TENCENT = [spec.name for spec in specs_of(TENCENTCLOUD)]
ALL = [spec.name for spec in SPECS]
# Header parameters a cloud's signing layer sets (independent of clouds/: the test's own
# list), and of those the ones the contract tests still generate.
SIGNING_HEADER_NAMES = frozenset({"x-sdk-date", "x-project-id"})
CALLER_CHOSEN = frozenset({"x-tc-action", "x-tc-language"})
SIGNER_OWNED = ("x-tc-version", "x-tc-region", "x-tc-timestamp", "x-tc-token")


def is_signing_header(parameter: dict[str, Any]) -> bool:
    name = str(parameter.get("name", "")).lower()
    return parameter.get("in") == "header" and (
        name.startswith("x-tc-") or name in SIGNING_HEADER_NAMES
    )


def all_parameters(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every parameter: of the components, of the path items and of the operations."""
    components = document.get("components", {}).get("parameters", {})
    found = [resolve(document, p) for p in components.values()]
    for item in document["paths"].values():
        found += [resolve(document, p) for p in item.get("parameters", [])]
    for operation in operations(document):
        found += [resolve(document, p) for p in operation.node.get("parameters", [])]
    return found


def assert_no_dangling_references(document: dict[str, Any]) -> None:
    """Nothing points at a parameter a view removed (resolving it raises KeyError)."""
    for _, ref in iter_references(document):
        resolve(document, {"$ref": ref})


def by_location(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op.location: op.node for op in operations(document)}


def without_parameters(operation: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in operation.items() if key != "parameters"}


@pytest.mark.parametrize("name", TENCENT)
def test_each_action_is_a_post_to_its_path_with_const_headers(
    bundles: dict[str, dict[str, Any]], name: str
) -> None:
    bundle = bundles[name]
    for operation in operations(bundle):
        path = operation.path
        assert path == f"/#X-TC-Action={operation.operation_id}"
        assert list(bundle["paths"][path]) == ["post"], path
        headers = {
            p["name"]: p for p in operation_parameters(bundle, operation) if p.get("in") == "header"
        }
        action = headers["X-TC-Action"]
        assert action["required"] is True, path
        assert action["schema"] == {"type": "string", "const": operation.operation_id}, path
        version = headers["X-TC-Version"]["schema"]["const"]
        assert version == bundle["x-videoapi-api-version"], path


def test_httpx_drops_the_fragment_of_a_relative_url() -> None:
    """Why a generated Tencent endpoint posts to `/` and sets X-TC-Action itself: the
    action in the path key's fragment never reaches the signing layer. If httpx starts
    keeping fragments when merging with base_url, this canary fails."""
    with httpx.Client(base_url="https://tiw.tencentcloudapi.com") as client:
        request = client.build_request("POST", "/#X-TC-Action=DescribeOnlineRecord")
    assert request.url.raw_path == b"/"
    assert request.url.fragment == ""
    assert "X-TC-Action" not in request.headers


@pytest.mark.parametrize("name", ALL)
def test_reference_view_is_the_bundle(bundles: dict[str, dict[str, Any]], name: str) -> None:
    assert view(bundles[name], "reference") == bundles[name]


@pytest.mark.parametrize("name", ALL)
def test_contract_view_drops_only_the_headers_the_signer_sets(
    bundles: dict[str, dict[str, Any]], name: str
) -> None:
    reference = view(bundles[name], "reference")
    contract = view(bundles[name], "contract")
    assert_no_dangling_references(contract)
    mine = by_location(contract)
    assert list(mine) == list(by_location(reference))
    for location, operation in by_location(reference).items():
        expected = [
            p["name"]
            for p in (resolve(reference, q) for q in operation.get("parameters", []))
            if not is_signing_header(p) or p["name"].lower() in CALLER_CHOSEN
        ]
        kept = [resolve(contract, p)["name"] for p in mine[location].get("parameters", [])]
        assert kept == expected, location
        assert without_parameters(mine[location]) == without_parameters(operation), location


@pytest.mark.parametrize("name", ALL)
def test_client_view_drops_only_the_signing_headers(
    bundles: dict[str, dict[str, Any]], name: str
) -> None:
    reference = view(bundles[name], "reference")
    client = view(bundles[name], "client")
    assert any(is_signing_header(p) for p in all_parameters(reference))
    assert [p for p in all_parameters(client) if is_signing_header(p)] == []
    assert_no_dangling_references(client)
    assert list(client["paths"]) == list(reference["paths"])
    mine = by_location(client)
    for location, operation in by_location(reference).items():
        kept = [
            p
            for p in operation.get("parameters", [])
            if not is_signing_header(resolve(reference, p))
        ]
        assert mine[location].get("parameters", []) == kept, location
        assert without_parameters(mine[location]) == without_parameters(operation), location
    assert client["components"]["schemas"] == reference["components"]["schemas"]


def send_cases(operation: Any, base_url: str) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=10,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    def send(case: Any) -> None:
        # The receiver answers POST only (any other method: 501).
        assert case.call(base_url=base_url).status_code == 200

    send()


@pytest.mark.parametrize("name", TENCENT)
def test_schemathesis_sends_the_const_action_header_to_root(
    bundles: dict[str, dict[str, Any]], name: str
) -> None:
    schema = schemathesis.openapi.from_dict(view(bundles[name], "contract"))
    actions = {op.operation_id for op in operations(bundles[name])}
    hit: dict[str, int] = {}
    with receiver() as server:
        for result in schema.get_all_operations():
            assert isinstance(result, Ok), result
            operation = result.ok()
            action = operation.definition.raw["operationId"]
            assert operation.path == f"/#X-TC-Action={action}"
            before = len(server.received)
            send_cases(operation, server.url(""))
            sent = server.wait_for(before)[before:]
            hit[action] = len(sent)
            for request in sent:
                assert request.path == "/", (action, request)
                assert request.headers.get("x-tc-action") == action, (action, request)
                # The signing layer (the contract tests' auth provider) sends the rest.
                for owned in SIGNER_OWNED:
                    assert owned not in request.headers, (owned, request)
                assert request.headers.get("content-type") == "application/json", request
                assert isinstance(json.loads(request.body), dict), request
    assert set(hit) == actions
    assert all(count >= 1 for count in hit.values()), hit
