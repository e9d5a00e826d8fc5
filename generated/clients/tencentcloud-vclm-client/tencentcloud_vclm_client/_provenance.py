"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    "spec_sha256": "61e1d35b9f78f7e335e23472fbe62ca51c8608bc3c47dcbc56016a56b3707c7a",
    "distribution": "tencentcloud-vclm-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
