"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
    "spec_sha256": "db5ed4dc914cdb23acd3e4e49284a7c9227a21fb8723e559bde1f09263892545",
    "distribution": "tencentcloud-tiw-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
