"""Compare the generated Python packages of two snapshots with griffe.

Both trees are read as source (never imported). griffe's breaking-change finder
reports removed objects and changed signatures; on top of it this module reports
what griffe leaves out for models: a field whose type changed or that lost its
default (attrs and pydantic models have no written `__init__` to compare), and a
removed name with exactly one new name of its kind beside it, as a rename.
"""

from __future__ import annotations

import ast
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

import griffe

from toolchain.diff.api_surface import (
    load_package,
    public_objects,
    surface,
    surface_changes,
    wire_actions,
)
from toolchain.diff.changes import Change, Collector
from toolchain.diff.rules import RULES
from toolchain.diff.sides import Sides, side_of

PACKAGE_GLOBS = ("generated/clients/*/*/__init__.py", "generated/models/*/*/__init__.py")
PACKAGES_TOML = Path("generator/packages.toml")

REMOVED_RULES = {
    griffe.Kind.MODULE: "python-module-removed",
    griffe.Kind.CLASS: "python-class-removed",
    griffe.Kind.FUNCTION: "python-function-removed",
    griffe.Kind.ATTRIBUTE: "python-attribute-removed",
    griffe.Kind.TYPE_ALIAS: "python-attribute-removed",
}
BREAKAGE_RULES = {
    griffe.BreakageKind.PARAMETER_MOVED: "python-parameter-moved",
    griffe.BreakageKind.PARAMETER_REMOVED: "python-parameter-removed",
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: "python-parameter-kind-changed",
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: "python-parameter-default-changed",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "python-parameter-now-required",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "python-parameter-added-required",
    griffe.BreakageKind.RETURN_CHANGED_TYPE: "python-return-type-changed",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "python-object-kind-changed",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE: "python-attribute-type-changed",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "python-base-class-removed",
}
# A constant's value is not its interface (griffe itself is dropping this kind).
# Model fields' types are judged by _compare_fields, by direction and side.
IGNORED_BREAKAGES = frozenset(
    {griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE, griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE}
)
ATTRS_DECORATORS = ("_attrs_define", "define", "attrs.define", "attr.s", "attrs.frozen", "frozen")

GriffeObject = griffe.Object | griffe.Alias


def find_packages(root: Path) -> dict[str, Path]:
    """The generated packages of a tree: import name → the folder that holds it."""
    found: dict[str, Path] = {}
    for pattern in PACKAGE_GLOBS:
        for init in sorted(root.glob(pattern)):
            found[init.parent.name] = init.parent.parent
    return found


def package_services(root: Path) -> dict[str, str]:
    """Import path prefix → service spec, from that tree's generator/packages.toml."""
    path = root / PACKAGES_TOML
    if not path.is_file():
        return {}
    config = tomllib.loads(path.read_text(encoding="utf-8"))
    models = config.get("models", {}).get("package")
    services = {}
    for client in config.get("client", []):
        services[client["package"]] = client["spec"]
        if models and client.get("models_module"):
            services[f"{models}.{client['models_module']}"] = client["spec"]
    return services


def service_of(path: str, services: dict[str, str]) -> str:
    parts = path.split(".")
    for length in range(len(parts), 0, -1):
        prefix = ".".join(parts[:length])
        if prefix in services:
            return services[prefix]
    return parts[0]


def kind_of(obj: GriffeObject) -> griffe.Kind | None:
    if isinstance(obj, griffe.Alias):
        try:
            return obj.final_target.kind
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
    return obj.kind


def base_type(annotation: str) -> str:
    """`Annotated[int | None, Field(ge=2)]` → `int | None`: constraints are not the type."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return annotation
    if isinstance(node, ast.Subscript):
        head = node.value
        head_name = head.attr if isinstance(head, ast.Attribute) else getattr(head, "id", "")
        if head_name == "Annotated":
            inner = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) else node.slice
            return ast.unparse(inner)
    return ast.unparse(node)


def show_parameter(parameter: Any) -> str:
    if not isinstance(parameter, griffe.Parameter):
        return "" if parameter is None else str(parameter)
    text = parameter.name
    if parameter.annotation is not None:
        text += f": {parameter.annotation}"
    if parameter.default is not None:
        text += f" = {parameter.default}"
    return text


def union_members(annotation: str) -> frozenset[str] | None:
    """`int | None | Unset` → {int, None, Unset}; None when it is not a plain union."""
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return None
    members: list[str] = []

    def walk(item: ast.expr) -> None:
        if isinstance(item, ast.BinOp) and isinstance(item.op, ast.BitOr):
            walk(item.left)
            walk(item.right)
        elif isinstance(item, ast.Subscript) and ast.unparse(item.value) in ("Optional",):
            walk(item.slice)
            members.append("None")
        else:
            members.append(ast.unparse(item))

    walk(node)
    return frozenset(members)


def _covers(container: frozenset[str], types: frozenset[str]) -> bool:
    """Every value of `types` is a value of `container` (an int is a float, for typing)."""
    return all(t in container or (t == "int" and "float" in container) for t in types)


def type_change(before: str, after: str, sides: frozenset[str]) -> str:
    """The rule for a model field's type change, judged by direction and by the model's side:
    a model callers only build may take more; one they only read may give fewer."""
    old, new = union_members(before), union_members(after)
    if old is None or new is None:
        return "python-attribute-type-changed"
    if sides == {"request"} and _covers(new, old):
        return "python-attribute-type-widened"
    if sides == {"response"} and _covers(old, new):
        return "python-attribute-type-narrowed"
    return "python-attribute-type-changed"


def is_attrs_model(cls: griffe.Class) -> bool:
    return any(str(d.value).split("(")[0] in ATTRS_DECORATORS for d in cls.decorators)


def keyword_only(cls: griffe.Class) -> bool:
    return any("kw_only=True" in str(d.value) for d in cls.decorators)


def constructor_fields(cls: griffe.Class) -> list[str]:
    """The fields of an attrs model in the order its __init__ takes them."""
    return [
        name
        for name, member in cls.attributes.items()
        if member.annotation is not None
        and not name.startswith("_")
        and "init=False" not in str(member.value or "")
    ]


def same_files(old: Path, new: Path) -> bool:
    """Whether two package folders hold the same Python files with the same bytes."""

    def files(root: Path) -> dict[str, Path]:
        return {path.relative_to(root).as_posix(): path for path in root.rglob("*.py")}

    old_files, new_files = files(old), files(new)
    return old_files.keys() == new_files.keys() and all(
        old_files[name].read_bytes() == new_files[name].read_bytes() for name in old_files
    )


class PythonApiComparison:
    def __init__(
        self,
        old_root: Path,
        new_root: Path,
        sides: Sides | None = None,
        *,
        complete: bool = False,
        packages: frozenset[str] | None = None,
    ) -> None:
        self.old_root, self.new_root = old_root, new_root
        self.sides: Sides = sides or {}
        # complete: also what was added, and what changed where no rule looks (from the
        # packages' surfaces); packages: only these import names.
        self.complete, self.packages = complete, packages
        self.services = package_services(old_root) | package_services(new_root)
        self.collectors: dict[str, Collector] = {}

    def _collector(self, path: str) -> Collector:
        service = service_of(path, self.services)
        if service not in self.collectors:
            self.collectors[service] = Collector(service, RULES)
        return self.collectors[service]

    def _file(self, obj: GriffeObject, root: Path) -> tuple[str | None, int | None]:
        holder = obj.parent if obj.is_alias and obj.parent is not None else obj
        filepath = holder.filepath if not holder.is_alias else None
        if not isinstance(filepath, Path):
            return None, None
        try:
            relative = filepath.resolve().relative_to(root.resolve())
        except ValueError:
            return None, None
        return relative.as_posix(), obj.lineno

    def add(
        self, rule: str, obj: GriffeObject, root: Path, location: str, before: Any, after: Any
    ) -> None:
        file, line = self._file(obj, root)
        self._collector(obj.path).add(
            rule, location, before=before, after=after, file=file, line=line
        )

    def changes(self) -> list[Change]:
        return [change for collector in self.collectors.values() for change in collector.changes]

    def run(self) -> list[Change]:
        old_packages, new_packages = find_packages(self.old_root), find_packages(self.new_root)
        if self.packages is not None:
            old_packages = {k: v for k, v in old_packages.items() if k in self.packages}
            new_packages = {k: v for k, v in new_packages.items() if k in self.packages}
        for name in sorted(old_packages):
            if name not in new_packages:
                self._collector(name).add(
                    "python-module-removed", name, before="package", after=None
                )
                continue
            if same_files(old_packages[name] / name, new_packages[name] / name):
                continue  # byte for byte the same package: nothing to compare
            old = load_package(name, old_packages[name])
            new = load_package(name, new_packages[name])
            self._compare_package(old, new)
            self._compare_signatures(old, new)
            self._compare_wire_actions(name, old_packages[name] / name, new_packages[name] / name)
            if self.complete:
                self._compare_surfaces(
                    old, new, old_packages[name] / name, new_packages[name] / name
                )
        if self.complete:
            for name in sorted(new_packages.keys() - old_packages.keys()):
                self._collector(name).add("python-object-added", name, after="package")
        return self.changes()

    def _compare_surfaces(
        self, old: GriffeObject, new: GriffeObject, old_dir: Path, new_dir: Path
    ) -> None:
        """What griffe's comparison leaves out: additions, and changes no rule classifies."""
        prefix = f"{new.path}."
        reported = [
            change
            for change in self.changes()
            if change.location == new.path or change.location.startswith(prefix)
        ]
        found = surface_changes(surface(old_dir, old), surface(new_dir, new), reported)
        for rule, location, before, after in found:
            self._collector(location).add(rule, location, before=before, after=after)

    def _compare_signatures(self, old: GriffeObject, new: GriffeObject) -> None:
        """The types a function takes and gives (griffe compares neither): a parameter may
        take more types than before, a return value may give fewer."""
        new_functions = {
            path: obj for path, obj in public_objects(new) if isinstance(obj, griffe.Function)
        }
        for path, old_function in public_objects(old):
            new_function = new_functions.get(path)
            if not isinstance(old_function, griffe.Function) or new_function is None:
                continue
            new_parameters = {parameter.name: parameter for parameter in new_function.parameters}
            for parameter in old_function.parameters:
                after = new_parameters.get(parameter.name)
                if parameter.annotation is None or after is None or after.annotation is None:
                    continue
                before_type = base_type(str(parameter.annotation))
                after_type = base_type(str(after.annotation))
                if before_type != after_type:
                    old_types, new_types = union_members(before_type), union_members(after_type)
                    widened = old_types is not None and new_types is not None
                    widened = widened and _covers(
                        new_types or frozenset(), old_types or frozenset()
                    )
                    rule = (
                        "python-parameter-type-widened"
                        if widened
                        else "python-parameter-type-changed"
                    )
                    self.add(
                        rule,
                        new_function,
                        self.new_root,
                        f"{path}({parameter.name})",
                        before_type,
                        after_type,
                    )
            if old_function.returns is None or new_function.returns is None:
                continue  # griffe reports a return type removed
            before_type = base_type(str(old_function.returns))
            after_type = base_type(str(new_function.returns))
            # A function that returned nothing may start returning something (as griffe reads it).
            if before_type not in (after_type, "None"):
                old_types, new_types = union_members(before_type), union_members(after_type)
                narrowed = old_types is not None and new_types is not None
                narrowed = narrowed and _covers(old_types or frozenset(), new_types or frozenset())
                rule = "python-return-type-narrowed" if narrowed else "python-return-type-changed"
                self.add(rule, new_function, self.new_root, path, before_type, after_type)

    def _compare_package(self, old: GriffeObject, new: GriffeObject) -> None:
        removed: dict[tuple[str, griffe.Kind | None], list[GriffeObject]] = defaultdict(list)
        for breakage in griffe.find_breaking_changes(old, new):
            if breakage.kind in IGNORED_BREAKAGES:
                continue
            if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
                parent = breakage.obj.parent
                removed[(parent.path if parent else "", kind_of(breakage.obj))].append(breakage.obj)
                continue
            self._add_breakage(breakage)
        self._report_removed(removed, new)
        self._compare_fields(old, new)

    def _add_breakage(self, breakage: griffe.Breakage) -> None:
        rule = BREAKAGE_RULES[breakage.kind]
        location = breakage.obj.path
        before, after = breakage.old_value, breakage.new_value
        if rule.startswith("python-parameter-"):
            parameter = before if before is not None else after
            location = f"{location}({getattr(parameter, 'name', '?')})"
            before, after = show_parameter(before), show_parameter(after)
        elif rule == "python-base-class-removed":
            before = [str(base) for base in before]
            after = [str(base) for base in after]
        else:
            before, after = str(before), str(after)
        self.add(rule, breakage.obj, self.new_root, location, before, after)

    def _report_removed(
        self,
        removed: dict[tuple[str, griffe.Kind | None], list[GriffeObject]],
        new: GriffeObject,
    ) -> None:
        for (parent_path, kind), objects in sorted(removed.items(), key=lambda item: item[0][0]):
            added = self._added_beside(parent_path, kind, objects[0], new)
            if len(objects) == 1 and len(added) == 1 and kind is not None:
                self.add(
                    "python-object-renamed",
                    objects[0],
                    self.old_root,
                    objects[0].path,
                    objects[0].path,
                    added[0].path,
                )
                continue
            for obj in objects:
                # A re-exported name whose target cannot be resolved is reported as a name.
                self.add(
                    REMOVED_RULES[kind] if kind else "python-attribute-removed",
                    obj,
                    self.old_root,
                    obj.path,
                    kind.value if kind else "name",
                    None,
                )

    @staticmethod
    def _added_beside(
        parent_path: str, kind: griffe.Kind | None, example: GriffeObject, new: GriffeObject
    ) -> list[GriffeObject]:
        old_parent = example.parent
        relative = parent_path.removeprefix(new.path).lstrip(".")
        try:
            new_parent = new[relative] if relative else new
        except KeyError:
            return []
        if old_parent is None:
            return []
        return [
            member
            for name, member in new_parent.all_members.items()
            if name not in old_parent.all_members and member.is_public and kind_of(member) == kind
        ]

    def _compare_wire_actions(self, name: str, old_dir: Path, new_dir: Path) -> None:
        """What each generated endpoint sends as X-TC-Action, whatever the spec says."""
        old_actions, new_actions = wire_actions(old_dir), wire_actions(new_dir)
        for module in sorted(old_actions.keys() & new_actions.keys()):
            if old_actions[module] != new_actions[module]:
                file = (new_dir / module).resolve().relative_to(self.new_root.resolve())
                dotted = f"{name}.{module.removesuffix('.py').replace('/', '.')}"
                self._collector(dotted).add(
                    "python-wire-action-changed",
                    dotted,
                    before=old_actions[module],
                    after=new_actions[module],
                    file=file.as_posix(),
                )

    def _compare_constructor(self, old_class: griffe.Class, new_class: griffe.Class) -> None:
        """An attrs model's positional order (pydantic models take keywords only)."""
        if not (is_attrs_model(old_class) and is_attrs_model(new_class)):
            return
        if keyword_only(old_class):
            return
        old_fields, new_fields = constructor_fields(old_class), constructor_fields(new_class)
        if keyword_only(new_class):
            if old_fields:
                self.add(
                    "python-model-keyword-only",
                    new_class,
                    self.new_root,
                    new_class.path,
                    "positional: " + ", ".join(old_fields),
                    "keywords only",
                )
            return
        moved = [
            field
            for index, field in enumerate(old_fields)
            if field in new_fields and new_fields.index(field) != index
        ]
        if moved:
            self.add(
                "python-constructor-order-changed",
                new_class,
                self.new_root,
                new_class.path,
                ", ".join(old_fields),
                ", ".join(new_fields),
            )

    def _compare_fields(self, old: GriffeObject, new: GriffeObject) -> None:
        for old_class in _classes(old):
            relative = old_class.path.removeprefix(old.path).lstrip(".")
            try:
                new_class = new[relative]
            except KeyError:
                continue
            if new_class.is_alias or not isinstance(new_class, griffe.Class):
                continue
            self._compare_constructor(old_class, new_class)
            side = side_of(new_class.name, self.sides)
            for name, old_field in old_class.attributes.items():
                new_field = new_class.members.get(name)
                if (
                    old_field.annotation is None
                    or not old_field.is_public
                    or not isinstance(new_field, griffe.Attribute)
                ):
                    continue
                before = base_type(str(old_field.annotation))
                after = base_type(str(new_field.annotation))
                if before != after:
                    self.add(
                        type_change(before, after, side),
                        new_field,
                        self.new_root,
                        new_field.path,
                        before,
                        after,
                    )
                if old_field.value is not None and new_field.value is None:
                    self.add(
                        "python-attribute-now-required",
                        new_field,
                        self.new_root,
                        new_field.path,
                        f"= {old_field.value}",
                        "(no default)",
                    )


def _classes(obj: GriffeObject) -> list[griffe.Class]:
    found: list[griffe.Class] = []
    for member in obj.members.values():
        if member.is_alias or not member.is_public:
            continue
        if isinstance(member, griffe.Module):
            found.extend(_classes(member))
        elif isinstance(member, griffe.Class):
            found.append(member)
    return found


def compare_python_api(
    old_root: Path,
    new_root: Path,
    sides: Sides | None = None,
    *,
    complete: bool = False,
    packages: frozenset[str] | None = None,
) -> list[Change]:
    """Changes of the generated packages from `old_root` to `new_root` (`sides`: which models
    callers build and which they read, for judging field types). `complete` adds what was
    added and what changed where no rule looks (the version rule needs every difference; the
    diff report lists what breaks, beside the spec changes that added things); `packages`
    limits the comparison to these import names."""
    return PythonApiComparison(
        old_root, new_root, sides, complete=complete, packages=packages
    ).run()
