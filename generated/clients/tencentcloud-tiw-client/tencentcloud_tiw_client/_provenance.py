"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
    "spec_sha256": "a1cd38975f1c1dcc7577d520fc6f384d0d69a20ce63971255bdde244792ec935",
    "distribution": "tencentcloud-tiw-client",
    "version": "0.2.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
