"""Where this package came from (written by the videoapi-specs generator)."""

PROVENANCE = {
    "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
    "spec_sha256": "88801384785c96b48851c448848761f3d89620a0a930d8af16ee1890360511cf",
    "distribution": "huaweicloud-metastudio-client",
    "version": "0.1.0",
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
