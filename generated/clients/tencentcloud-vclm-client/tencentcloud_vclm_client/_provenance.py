"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    "spec_sha256": "27ab3bfa25e7f51a87d297b2ab712a6f5f86fae4f52d39352d68321aeef5ff31",
    "distribution": "tencentcloud-vclm-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
