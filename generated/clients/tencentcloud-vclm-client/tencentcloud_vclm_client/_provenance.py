"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
    "spec_sha256": "3b553d820f43a56ab4b7719531ed2818f2ec0e1cc4c943f22a9e4e238ab532b1",
    "distribution": "tencentcloud-vclm-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
