"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
    "spec_sha256": "ce4c04f843c1957adc52140f08bbf2d681e491b3a462681d132576bee3fcc29f",
    "distribution": "tencentcloud-tiw-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
