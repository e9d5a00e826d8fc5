"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    "spec_sha256": "c80dc6d3453c0f07e081c08067dd1b16567292a4d67412092e90f5d9f5ad9151",
    "distribution": "tencentcloud-vclm-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
