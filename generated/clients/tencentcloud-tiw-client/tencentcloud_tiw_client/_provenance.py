"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
    "spec_sha256": "891b49bce481801f5eb4b4b4162b95a3fde68513cdaccb783c5573474166df2f",
    "distribution": "tencentcloud-tiw-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
