"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
    "spec_sha256": "dcd2e4ec12559223092bb2d7f944497dea230f26112f571b443fa211535d78da",
    "distribution": "tencentcloud-tiw-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
