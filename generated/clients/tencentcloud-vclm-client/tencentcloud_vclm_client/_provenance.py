"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    "spec_sha256": "5ecbf999662aea101d1b8b38968fcf571cf5a1dff2196925d031609323966073",
    "distribution": "tencentcloud-vclm-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
