"""The bundler resolves every reference, keeps shared names, and refuses clashes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speclib.bundle import BundleError, bundle_spec
from speclib.loader import load_text


def write(path: Path, document: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def service(
    schemas: dict[str, object], ref: str = "../common.yaml#/components/schemas/Shared"
) -> dict[str, object]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "s", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": ref}}},
                        }
                    }
                }
            }
        },
        "components": {"schemas": schemas},
    }


COMMON = {
    "openapi": "3.1.0",
    "info": {"title": "c", "version": "1"},
    "x-codes": {"A": "a"},
    "components": {
        "schemas": {
            "Shared": {
                "type": "object",
                "properties": {"inner": {"$ref": "#/components/schemas/Inner"}},
            },
            "Inner": {"type": "string"},
        }
    },
}


def test_shared_components_keep_their_names(tmp_path: Path) -> None:
    write(tmp_path / "common.yaml", COMMON)
    spec = write(tmp_path / "svc/openapi.yaml", service({"Own": {"type": "string"}}))
    bundle = bundle_spec(spec)
    assert list(bundle["components"]["schemas"]) == ["Own", "Inner", "Shared"]
    schema = bundle["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema == {"$ref": "#/components/schemas/Shared"}
    assert bundle["components"]["schemas"]["Shared"]["properties"]["inner"] == {
        "$ref": "#/components/schemas/Inner"
    }


def test_non_component_references_are_inlined(tmp_path: Path) -> None:
    write(tmp_path / "common.yaml", COMMON)
    document = service({})
    document["x-codes"] = {"$ref": "../common.yaml#/x-codes"}
    bundle = bundle_spec(write(tmp_path / "svc/openapi.yaml", document))
    assert bundle["x-codes"] == {"A": "a"}


def test_a_clash_of_names_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "common.yaml", COMMON)
    spec = write(tmp_path / "svc/openapi.yaml", service({"Inner": {"type": "integer"}}))
    with pytest.raises(BundleError, match="Inner"):
        bundle_spec(spec)


def test_an_alias_of_a_shared_component_is_replaced_by_it(tmp_path: Path) -> None:
    write(tmp_path / "common.yaml", COMMON)
    alias = {"$ref": "../common.yaml#/components/schemas/Inner"}
    spec = write(tmp_path / "svc/openapi.yaml", service({"Inner": alias}))
    assert bundle_spec(spec)["components"]["schemas"]["Inner"] == {"type": "string"}


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("../missing.yaml#/components/schemas/Shared", "does not exist"),
        ("../common.yaml#/components/schemas/Nope", "does not resolve"),
        ("#/components/schemas/Nope", "does not resolve"),
    ],
)
def test_broken_references_are_reported(tmp_path: Path, ref: str, message: str) -> None:
    write(tmp_path / "common.yaml", COMMON)
    spec = write(tmp_path / "svc/openapi.yaml", service({}, ref=ref))
    with pytest.raises(BundleError, match=message):
        bundle_spec(spec)


def test_loader_keeps_dates_as_strings() -> None:
    assert load_text("version: 2019-09-19\nwhen: 2022-01-18T16:29:36Z") == {
        "version": "2019-09-19",
        "when": "2022-01-18T16:29:36Z",
    }
