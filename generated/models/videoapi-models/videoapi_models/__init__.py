"""Pydantic v2 models of every schema of the videoapi-specs specs, one module per service."""

__all__ = ["tiw", "vclm", "metastudio"]

PROVENANCE = {
    "modules": {
        "tiw": {
            "spec": "specs/tencentcloud/tiw/2019-09-19/openapi.yaml",
            "spec_sha256": "ce4c04f843c1957adc52140f08bbf2d681e491b3a462681d132576bee3fcc29f",
        },
        "vclm": {
            "spec": "specs/tencentcloud/vclm/2024-05-23/openapi.yaml",
            "spec_sha256": "27ab3bfa25e7f51a87d297b2ab712a6f5f86fae4f52d39352d68321aeef5ff31",
        },
        "metastudio": {
            "spec": "specs/huaweicloud/metastudio/v1/openapi.yaml",
            "spec_sha256": "88801384785c96b48851c448848761f3d89620a0a930d8af16ee1890360511cf",
        },
    },
    "tools": {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"},
}
