"""Client packages with openapi-python-client, one distribution per service.

Pipeline per package: bundle -> client view -> openapi-python-client (custom
endpoint template) -> runtime copies -> provenance -> pyproject/README -> ruff.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, snake_case

from generator.bundle import bundle_spec
from generator.config import ClientPackage
from generator.consumers import derive
from generator.packaging import format_package, render_pyproject, write_license, write_text
from generator.provenance import spec_name, spec_provenance, tool_versions
from generator.walk import operations, resolve

BIN = Path(sys.executable).parent
TEMPLATES = Path(__file__).with_name("templates")
RUNTIME = Path(__file__).with_name("runtime")
PACKAGE_TEMPLATES = Path(__file__).with_name("package_templates")
RUNTIME_MODULES = {
    "tencentcloud": ["retry.py", "tc3.py", "tencentcloud.py"],
    "huaweicloud": ["retry.py", "sdk_hmac.py", "huaweicloud.py"],
}
ERROR_CLASSES = {"tencentcloud": "TencentCloudError", "huaweicloud": "HuaweiCloudError"}
READ_ONLY_PREFIXES = ("Describe", "List", "Show", "Get", "Query")
# Requirement for each third-party module generated code may import; a package
# depends on exactly the ones its code imports.
REQUIREMENTS = {
    "httpx": "httpx>=0.27,<0.29",
    "attrs": "attrs>=23.1",
    "dateutil": "python-dateutil>=2.8",
}


class GenerationError(RuntimeError):
    """openapi-python-client failed or skipped part of a spec."""


def run_openapi_python_client(
    spec: dict[str, object], package: ClientPackage, target: Path
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "openapi.json"
        source.write_text(json.dumps(spec), encoding="utf-8")
        config = Path(scratch) / "config.json"
        config.write_text(
            json.dumps(
                {
                    "project_name_override": package.distribution,
                    "package_name_override": package.package,
                    "package_version_override": package.version,
                    "post_hooks": [],
                    "literal_enums": True,
                }
            ),
            encoding="utf-8",
        )
        result = subprocess.run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                f"--path={source}",
                f"--output-path={target}",
                f"--config={config}",
                f"--custom-template-path={TEMPLATES}",
                "--meta=none",
                "--overwrite",
            ],
            capture_output=True,
            text=True,
        )
    output = result.stdout + result.stderr
    if result.returncode != 0 or "will not be generated" in output or "Unable to" in output:
        raise GenerationError(f"{package.distribution}: openapi-python-client said:\n{output}")


def copy_runtime(package: ClientPackage, target: Path) -> None:
    runtime = target / "_runtime"
    names = RUNTIME_MODULES[package.cloud]
    if package.callbacks:
        names = [*names, f"{package.callbacks}.py"]
    write_text(
        runtime / "__init__.py", '"""Signing and transport helpers copied from videoapi-specs."""\n'
    )
    for name in names:
        source = RUNTIME / name
        origin = f"# Copied from generator/runtime/{name} of videoapi-specs; do not edit here.\n"
        write_text(runtime / name, origin + source.read_text(encoding="utf-8"))


def service_facts(package: ClientPackage, bundle: dict[str, Any]) -> dict[str, Any]:
    """What connect() needs to know about the service, taken from the spec."""
    servers = [str(server["url"]) for server in bundle.get("servers", [])]
    if package.cloud == "tencentcloud":
        regions = bundle.get("x-tc-regions") or [None]
        return {
            "service": bundle["x-tc-service"],
            "version": bundle["x-tc-version"],
            "endpoint": servers[0].removeprefix("https://"),
            "region": regions[0],
            "read_only": sorted(
                op.operation_id
                for op in operations(bundle)
                if op.operation_id and op.operation_id.startswith(READ_ONLY_PREFIXES)
            ),
        }
    regions = bundle["x-hw-regions"]
    return {
        "service": bundle["x-hw-service"],
        "region": regions[0],
        "endpoints": {
            region: next(url for url in servers if f".{region}." in url) for region in regions
        },
    }


def write_entry_points(package: ClientPackage, bundle: dict[str, Any], target: Path) -> None:
    """`connect()` and the package's __init__ (replacing openapi-python-client's)."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PACKAGE_TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    facts = {
        "title": bundle["info"]["title"],
        "spec": spec_name(package.spec.path),
        "cloud": package.cloud,
        "error_class": ERROR_CLASSES[package.cloud],
        **service_facts(package, bundle),
    }
    connect = environment.get_template(f"{package.cloud}_connect.py.jinja").render(facts)
    write_text(target / "_connect.py", connect)
    write_text(
        target / "__init__.py", environment.get_template("package_init.py.jinja").render(facts)
    )


def webhook_events(bundle: dict[str, Any]) -> list[dict[str, str]]:
    """Each webhook (named after its EventType) with the model class of its body."""
    events = []
    for name, item in sorted((bundle.get("webhooks") or {}).items()):
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        ref = str(schema.get("$ref", ""))
        if not ref.startswith("#/components/schemas/"):
            raise GenerationError(f"webhook {name}: the body must be a component schema")
        events.append({"name": name, "model": ClassName(ref.rsplit("/", 1)[1], "")})
    return events


def write_callbacks(package: ClientPackage, bundle: dict[str, Any], target: Path) -> None:
    """`callbacks.py`: verify and parse the events of the spec's webhooks."""
    if not package.callbacks:
        return
    events = webhook_events(bundle)
    if not events:
        raise GenerationError(f"{package.distribution}: callbacks set but the spec has no webhooks")
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PACKAGE_TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    module = environment.get_template("callbacks.py.jinja").render(
        package=package.package,
        spec=spec_name(package.spec.path),
        runtime=package.callbacks,
        events=events,
    )
    write_text(target / "callbacks.py", module)


def write_provenance(package: ClientPackage, target: Path) -> dict[str, object]:
    facts: dict[str, object] = {
        **spec_provenance(package.spec.path),
        "distribution": package.distribution,
        "version": package.version,
        "tools": tool_versions(),
    }
    write_text(
        target / "_provenance.py",
        '"""Where this package came from (written by the videoapi-specs generator)."""\n\n'
        f"PROVENANCE = {json.dumps(facts, indent=4)}\n",
    )
    return facts


def usage_example(package: ClientPackage, bundle: dict[str, Any]) -> str:
    """Python code calling the spec's first operation with its documented example values."""
    operation = next(operations(bundle))
    tag = snake_case(operation.node.get("tags", ["default"])[0])
    name = snake_case(operation.operation_id or "")
    module = f"{package.package}.api.{tag}"
    if package.cloud == "tencentcloud":
        request = resolve(
            bundle, operation.node["requestBody"]["content"]["application/json"]["schema"]
        )
        values = {
            snake_case(prop): resolve(bundle, request["properties"][prop]).get("examples", ["..."])[
                0
            ]
            for prop in request.get("required", [])
        }
        arguments = ", ".join(f"{key}={value!r}" for key, value in values.items())
        request_class = f"{operation.operation_id}Request"
        return (
            f"from {package.package} import connect\n"
            f"from {module} import {name}\n"
            f"from {package.package}.models import {request_class}\n\n"
            "client = connect()  # TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY\n"
            f"output = {name}.call(client=client, body={request_class}({arguments}))\n"
            "print(output.to_dict())\n"
        )
    return (
        f"from {package.package} import connect\n"
        f"from {module} import {name}\n\n"
        "# credentials: HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK / HUAWEICLOUD_SDK_PROJECT_ID\n"
        "client = connect()\n"
        f'page = {name}.sync(client=client, project_id="<project id>", limit=10)\n'
        "print(page.to_dict() if page else None)\n"
    )


def readme(package: ClientPackage, bundle: dict[str, Any], facts: dict[str, object]) -> str:
    title = bundle["info"]["title"]
    return (
        f"# {package.distribution}\n\n{title}: a client generated from `{facts['spec']}` "
        f"(sha256 `{facts['spec_sha256']}`).\n\n"
        f"```python\n{usage_example(package, bundle)}```\n\n"
        "`connect()` signs every call, sets a timeout, retries read-only calls with "
        "exponential backoff and jitter, and raises a typed error for the cloud's error "
        "replies. Every operation also has `sync`, `sync_detailed`, `asyncio` and "
        "`asyncio_detailed` functions.\n\n"
        "Generated by videoapi-specs; do not edit. Change the spec and run `make generate`.\n"
    )


def imported_requirements(package_dir: Path) -> list[str]:
    """The requirements of the third-party modules the package's code imports."""
    found: set[str] = set()
    for path in sorted(package_dir.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    third_party = found - sys.stdlib_module_names - {"__future__", package_dir.name}
    unknown = third_party - set(REQUIREMENTS)
    if unknown:
        raise GenerationError(f"{package_dir.name} imports modules with no requirement: {unknown}")
    return [REQUIREMENTS[module] for module in sorted(third_party)]


def generate_client(package: ClientPackage, out: Path) -> Path:
    root = out / "clients" / package.distribution
    target = root / package.package
    bundle = bundle_spec(package.spec.path)
    run_openapi_python_client(derive(bundle, "client"), package, target)
    copy_runtime(package, target)
    write_entry_points(package, bundle, target)
    write_callbacks(package, bundle, target)
    facts = write_provenance(package, target)
    write_text(target / "py.typed", "")
    title = str(bundle["info"]["title"])
    write_text(
        root / "pyproject.toml",
        render_pyproject(
            package.distribution,
            package.package,
            package.version,
            title,
            imported_requirements(target),
        ),
    )
    write_text(root / "README.md", readme(package, bundle, facts))
    write_license(root)
    format_package(root, root)
    return root
