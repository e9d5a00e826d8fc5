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
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, snake_case

from clouds import view
from generator.config import ClientPackage
from generator.packaging import format_package, render_pyproject, write_license, write_text
from generator.provenance import spec_name, spec_provenance, tool_versions
from generator.service_client import method_docstring
from generator.service_client import methods as service_methods
from generator.tolerant import tolerant_replies
from speclib.bundle import bundle_spec
from speclib.walk import operations, resolve

BIN = Path(sys.executable).parent
TEMPLATES = Path(__file__).with_name("templates")
PACKAGE_TEMPLATES = Path(__file__).with_name("package_templates")
REPOSITORY = Path(__file__).resolve().parents[1]
# Requirement for each third-party module generated code may import; a package
# depends on exactly the ones its code imports.
REQUIREMENTS = {
    "httpx": "httpx>=0.27,<1",
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


def runtime_source(module: str) -> tuple[str, str]:
    """A runtime module's text and its path in this repository."""
    path = REPOSITORY.joinpath(*module.split(".")).with_suffix(".py")
    return path.read_text(encoding="utf-8"), path.relative_to(REPOSITORY).as_posix()


def copy_runtime(package: ClientPackage, target: Path) -> None:
    """The cloud's runtime modules into `_runtime/` (the event signer only where asked).

    In this repository the modules import each other by their full names
    (`from clouds.retry import ...`); in a package they sit side by side, so those
    imports become relative.
    """
    cloud = package.cloud
    runtime = target / "_runtime"
    callbacks = f"{package.callbacks}.py" if package.callbacks else None
    names = [
        name
        for name in cloud.runtime_modules
        if name == callbacks or not name.endswith("_callback.py")
    ]
    local = {module: name.removesuffix(".py") for name, module in cloud.runtime_modules.items()}
    write_text(
        runtime / "__init__.py", '"""Signing and transport helpers copied from videoapi-specs."""\n'
    )
    for name in names:
        text, origin = runtime_source(cloud.runtime_modules[name])
        for module, stem in local.items():
            text = text.replace(f"from {module} import", f"from .{stem} import")
        header = f"# Copied from {origin} of videoapi-specs; do not edit here.\n"
        write_text(runtime / name, header + text)


def templates(*folders: Path) -> jinja2.Environment:
    """The package templates: a cloud's own folder first, then the generator's."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([*folders, PACKAGE_TEMPLATES]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )


def write_entry_points(package: ClientPackage, bundle: dict[str, Any], target: Path) -> None:
    """`connect()`, the service client, the errors module and the package's __init__
    (the last two replacing openapi-python-client's)."""
    cloud = package.cloud
    environment = templates(cloud.templates)
    facts = {
        "title": bundle["info"]["title"],
        "spec": spec_name(package.spec.path),
        "package": package.package,
        "class_name": package.service_client,
        "client_module": cloud.client_module,
        "error_class": cloud.error_class,
        **cloud.client_facts(bundle),
    }
    for template, name in (
        ("connect.py.jinja", "_connect.py"),
        ("errors.py.jinja", "errors.py"),
        ("package_init.py.jinja", "__init__.py"),
    ):
        write_text(target / name, environment.get_template(template).render(facts))
    write_service_client(package, bundle, environment, facts, target)


def write_service_client(
    package: ClientPackage,
    bundle: dict[str, Any],
    environment: jinja2.Environment,
    facts: dict[str, Any],
    target: Path,
) -> None:
    """`_service.py`: the sync and asyncio service clients (generator/service_client.py)."""
    found = service_methods(
        tolerant_replies(view(bundle, "client")),
        package.spec.path,
        frozenset(package.cloud.client_bound_parameters),
    )
    imports: set[str] = set()
    modules = []
    for method in found:
        imports.update(method.imports)
        parent, name = method.module.rsplit(".", 1)
        modules.append((parent, name))
    rendered = environment.get_template("service.py.jinja").render(
        facts,
        methods=[
            {
                **vars(method),
                "module_name": method.module.rsplit(".", 1)[1],
                "docstring": method_docstring(method),
            }
            for method in found
        ],
        imports=sorted(imports),
        modules=sorted(modules),
    )
    write_text(target / "_service.py", rendered)


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
    environment = templates()
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
    """Python code calling the spec's first operation through the service client with its
    documented example values (the cloud's `readme_example.py.jinja`)."""
    operation = next(operations(bundle))
    body = operation.node.get("requestBody", {}).get("content", {}).get("application/json", {})
    arguments = ""
    if body:
        request = resolve(bundle, body["schema"])
        arguments = ", ".join(
            f"{snake_case(prop)}="
            f"{resolve(bundle, request['properties'][prop]).get('examples', ['...'])[0]!r}"
            for prop in request.get("required", [])
        )
    return (
        templates(package.cloud.templates)
        .get_template("readme_example.py.jinja")
        .render(
            package=package.package,
            class_name=package.service_client,
            name=snake_case(operation.operation_id or ""),
            arguments=arguments,
        )
    )


def readme(package: ClientPackage, bundle: dict[str, Any], facts: dict[str, object]) -> str:
    title = bundle["info"]["title"]
    name = package.service_client
    return (
        f"# {package.distribution}\n\n{title}: a client generated from `{facts['spec']}` "
        f"(sha256 `{facts['spec_sha256']}`).\n\n"
        f"```python\n{usage_example(package, bundle)}```\n\n"
        f"`{name}` (and `Async{name}`, the same methods for asyncio) has one method per "
        "operation, named in snake_case, taking the request's fields as keyword arguments and "
        "returning the output model; `wait_until_...` methods poll a job until it ends and "
        "`iter_...` methods page through a listing, where the spec names them. It signs every "
        "call, gives each call one deadline (`timeout`, over every attempt), retries the "
        "operations the spec marks read-only (`x-videoapi-read-only`) with exponential backoff "
        "and jitter (others only when the cloud refused them for the rate limit or the request "
        "never went out), and raises one family of errors (`errors`: `ClientError`, the "
        "cloud's API error, `NetworkError`, `DeadlineExceeded`, `InvalidReply`). A reply's "
        "enum value the spec does not list is kept as a plain string (and logged once), "
        "unknown fields in `additional_properties`.\n\n"
        "The low-level layer: `connect()` returns the client the functions under `api/` take; "
        "each operation has `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed` "
        "functions there"
        + (" (and `call`/`acall`, as `sync`/`asyncio`)" if package.cloud.action_header else "")
        + ".\n\nGenerated by videoapi-specs; do not edit. Change the spec and run "
        "`make generate`.\n"
    )


# CPython 3.11's ast.parse is not safe in threads run at once (SystemError "AST constructor
# recursion depth mismatch", seen when the packages were generated in parallel): one at a time.
_AST_LOCK = threading.Lock()


def _parsed(path: Path) -> ast.Module:
    source = path.read_text(encoding="utf-8")
    with _AST_LOCK:
        return ast.parse(source)


def imported_requirements(package_dir: Path) -> list[str]:
    """The requirements of the third-party modules the package's code imports."""
    found: set[str] = set()
    for path in sorted(package_dir.rglob("*.py")):
        for node in ast.walk(_parsed(path)):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    third_party = found - sys.stdlib_module_names - {"__future__", package_dir.name}
    unknown = third_party - set(REQUIREMENTS)
    if unknown:
        raise GenerationError(f"{package_dir.name} imports modules with no requirement: {unknown}")
    return [REQUIREMENTS[module] for module in sorted(third_party)]


def generate_client(
    package: ClientPackage,
    out: Path,
    bundles: Callable[[Path], dict[str, Any]] = bundle_spec,
) -> Path:
    root = out / "clients" / package.distribution
    target = root / package.package
    bundle = bundles(package.spec.path)
    run_openapi_python_client(tolerant_replies(view(bundle, "client")), package, target)
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
