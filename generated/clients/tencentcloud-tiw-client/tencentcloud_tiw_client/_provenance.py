"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
    "spec_sha256": "bb29050fc36e0431543547a68bb986f66de8d93d32b90d793bf208d6653aa4a8",
    "distribution": "tencentcloud-tiw-client",
    "version": "0.1.1",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
