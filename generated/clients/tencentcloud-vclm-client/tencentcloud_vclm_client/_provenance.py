"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    "spec_sha256": "c6001eee3e7d4d7f4e8c5bef210b4f4d9caf99e922d45f088829129b2a0fff78",
    "distribution": "tencentcloud-vclm-client",
    "version": "0.1.2",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
