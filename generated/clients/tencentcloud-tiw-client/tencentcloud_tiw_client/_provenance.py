"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
    "spec_sha256": "8064962d8754b5becb5393b173456749e4f02b91c52c83e52a3e5403d29208cd",
    "distribution": "tencentcloud-tiw-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
