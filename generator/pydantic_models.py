"""Pydantic v2 models for every schema, one module per service, with datamodel-code-generator."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from clouds import view
from generator.config import GeneratorConfig
from generator.packaging import format_package, render_pyproject, write_license, write_text
from generator.provenance import spec_provenance, stamp, tool_versions
from speclib.bundle import bundle_spec

CODEGEN = Path(sys.executable).parent / "datamodel-codegen"
OPTIONS = [
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--disable-timestamp",
    "--use-annotated",
    "--use-schema-description",
    "--use-field-description",
    "--snake-case-field",
    "--allow-population-by-field-name",
    "--enum-field-as-literal=all",
    # Formatting is done afterwards with the package's own ruff settings, so
    # the output does not depend on which configuration ruff would discover.
    "--no-formatters",
]


def generate_models_module(
    spec_path: Path, target: Path, bundles: Callable[[Path], dict[str, Any]] = bundle_spec
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "openapi.json"
        source.write_text(json.dumps(view(bundles(spec_path), "reference")), encoding="utf-8")
        header = "\n".join(f"# {line}" for line in _wrap(stamp(spec_path)))
        subprocess.run(
            [
                str(CODEGEN),
                "--input",
                str(source),
                "--output",
                str(target),
                *OPTIONS,
                "--custom-file-header",
                header,
            ],
            check=True,
            capture_output=True,
            text=True,
        )


def _wrap(text: str, width: int = 96) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def generate_models_package(
    config: GeneratorConfig, out: Path, bundles: Callable[[Path], dict[str, Any]] = bundle_spec
) -> Path:
    models = config.models
    root = out / "models" / models.distribution
    package = root / models.package
    package.mkdir(parents=True, exist_ok=True)
    # Written first: the formatters read their settings from it.
    write_text(
        root / "pyproject.toml",
        render_pyproject(
            models.distribution,
            models.package,
            models.version,
            "Pydantic v2 models of the videoapi-specs specs",
            ["pydantic>=2.7,<3"],
        ),
    )
    # One datamodel-codegen process per module, side by side (each writes its own file).
    with ThreadPoolExecutor(thread_name_prefix="models") as pool:
        futures = [
            pool.submit(
                generate_models_module,
                client.spec.path,
                package / f"{client.models_module}.py",
                bundles,
            )
            for client in config.clients
        ]
        for future in futures:
            future.result()
    modules = [client.models_module for client in config.clients]
    sources = {client.models_module: spec_provenance(client.spec.path) for client in config.clients}
    (package / "__init__.py").write_text(
        '"""Pydantic v2 models of every schema of the videoapi-specs specs, '
        'one module per service."""\n\n'
        f"__all__ = {modules!r}\n\n"
        f"PROVENANCE = {json.dumps({'modules': sources, 'tools': tool_versions()}, indent=4)}\n",
        encoding="utf-8",
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    format_package(root, package)
    (root / "README.md").write_text(
        f"# {models.distribution}\n\n"
        "Pydantic v2 models generated from the videoapi-specs specs.\n\n"
        "```python\nfrom videoapi_models.tiw import DescribeOnlineRecordResponse\n\n"
        'DescribeOnlineRecordResponse.model_validate(reply["Response"])\n```\n\n'
        + "".join(f"- `{models.package}.{m}`: `{sources[m]['spec']}`\n" for m in modules),
        encoding="utf-8",
    )
    write_license(root)
    return root
