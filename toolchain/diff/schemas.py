"""Compare the schema of a value between two bundled specs, following references.

The same schema means something else in a request (what a client sends: a
tightened constraint breaks it) and in a response (what it reads: a widened
one may). Each referenced component is compared once per direction; its
changes are reported where the first operation reaches it, named by the
component (`DescribeOnlineRecordResponse.Status`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from speclib.walk import resolve
from toolchain.diff.changes import Collector, pointer_token

Direction = Literal["request", "response"]
ALL_TYPES = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
# keyword, whether a smaller value is tighter, the request rule that fires when tightened
BOUNDS: tuple[tuple[str, bool, str], ...] = (
    ("maxLength", True, "request-max-length-tightened"),
    ("minLength", False, "request-min-length-tightened"),
    ("maximum", True, "request-maximum-tightened"),
    ("exclusiveMaximum", True, "request-maximum-tightened"),
    ("minimum", False, "request-minimum-tightened"),
    ("exclusiveMinimum", False, "request-minimum-tightened"),
    ("maxItems", True, "request-max-items-tightened"),
    ("minItems", False, "request-min-items-tightened"),
)


@dataclass(frozen=True)
class Place:
    """Where a schema sits: the operation, the part of it, the path inside the schema."""

    operation: str
    part: str
    path: str = ""
    pointer: str | None = None  # where the schema is in the bundled head spec

    def child(self, name: str, *tokens: str) -> Place:
        pointer = self.pointer
        if pointer is not None:
            pointer += "".join(f"/{pointer_token(token)}" for token in tokens)
        path = f"{self.path}.{name}" if self.path else name
        return Place(self.operation, self.part, path, pointer)

    def renamed(self, component: str, pointer: str | None) -> Place:
        return Place(self.operation, self.part, component, pointer)

    def __str__(self) -> str:
        head = f"{self.operation} {self.part}"
        return f"{head}: {self.path}" if self.path else head


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _types(schema: dict[str, Any]) -> frozenset[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared})
    if isinstance(declared, list):
        return frozenset(str(item) for item in declared)
    return ALL_TYPES


def _accepts(container: frozenset[str], types: frozenset[str]) -> bool:
    return all(t in container or (t == "integer" and "number" in container) for t in types)


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass
class SchemaComparison:
    old_document: dict[str, Any]
    new_document: dict[str, Any]
    out: Collector
    _seen: set[tuple[str, str, str]] = field(default_factory=set)

    def compare(self, old_node: Any, new_node: Any, direction: Direction, place: Place) -> None:
        old, old_ref = self._resolve(self.old_document, old_node)
        new, new_ref = self._resolve(self.new_document, new_node)
        if old_ref and new_ref and old_ref != new_ref and self._exists(self.new_document, old_ref):
            # Retargeted, not renamed (a renamed component is gone from the new document).
            self._add("schema-reference-changed", place, old_ref, new_ref)
        if old_ref and new_ref:
            seen = (direction, old_ref, new_ref)
            if seen in self._seen:
                return
            self._seen.add(seen)
        if new_ref:
            pointer = new_ref[1:] if new_ref.startswith("#/") else place.pointer
            place = place.renamed(new_ref.rsplit("/", 1)[-1], pointer)
        self._compare_types(old, new, direction, place)
        self._compare_format(old, new, direction, place)
        self._compare_enum(old, new, direction, place)
        self._compare_bounds(old, new, direction, place)
        self._compare_pattern(old, new, direction, place)
        self._compare_default(old, new, direction, place)
        self._compare_properties(old, new, direction, place)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.compare(old["items"], new["items"], direction, place.child("[]", "items"))
        for keyword in ("anyOf", "oneOf"):
            self._compare_alternatives(old, new, keyword, direction, place)
        old_all, new_all = old.get("allOf") or [], new.get("allOf") or []
        for index, (old_part, new_part) in enumerate(zip(old_all, new_all, strict=False)):
            self.compare(
                old_part, new_part, direction, place.child(f"allOf[{index}]", "allOf", str(index))
            )

    def _add(self, rule: str, place: Place, before: Any = None, after: Any = None) -> None:
        self.out.add(
            rule,
            str(place),
            before=before,
            after=after,
            operation=place.operation,
            pointer=place.pointer,
        )

    @staticmethod
    def _exists(document: dict[str, Any], ref: str) -> bool:
        node: Any = document
        for raw in ref.removeprefix("#/").split("/"):
            token = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or token not in node:
                return False
            node = node[token]
        return True

    @staticmethod
    def _resolve(document: dict[str, Any], node: Any) -> tuple[dict[str, Any], str | None]:
        if not isinstance(node, dict):
            return {}, None
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return node, None
        target = resolve(document, node)
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        merged = {**target, **siblings} if isinstance(target, dict) else siblings
        return merged, ref

    def _compare_types(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, place: Place
    ) -> None:
        old_types, new_types = _types(old), _types(new)
        if old_types == new_types:
            return
        before = sorted(old_types) if "type" in old else "any"
        after = sorted(new_types) if "type" in new else "any"
        if direction == "request":
            widened = _accepts(new_types, old_types)
            self._add(
                "request-type-widened" if widened else "request-type-changed", place, before, after
            )
        elif _accepts(old_types, new_types):
            self._add("response-type-narrowed", place, before, after)
        elif _accepts(old_types, new_types - {"null"}):
            self._add("response-property-became-nullable", place, before, after)
        else:
            self._add("response-type-changed", place, before, after)

    def _compare_format(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, place: Place
    ) -> None:
        before, after = old.get("format"), new.get("format")
        if before == after:
            return
        if direction == "request":
            rule = "request-constraint-relaxed" if after is None else "request-format-changed"
        else:
            rule = "response-constraint-tightened" if before is None else "response-format-changed"
        self._add(rule, place, before, after)

    def _compare_enum(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, place: Place
    ) -> None:
        before, after = _enum(old), _enum(new)
        if before is None and after is None:
            return
        if before is None:
            rule = (
                "request-enum-restricted"
                if direction == "request"
                else "response-constraint-tightened"
            )
            self._add(rule, place, "any value", after)
            return
        if after is None:
            self._add(f"{direction}-constraint-relaxed", place, before, "any value")
            return
        old_keys = {_key(value): value for value in before}
        new_keys = {_key(value): value for value in after}
        for key in sorted(old_keys.keys() - new_keys.keys()):
            self._add(f"{direction}-enum-value-removed", place, old_keys[key], None)
        for key in sorted(new_keys.keys() - old_keys.keys()):
            self._add(f"{direction}-enum-value-added", place, None, new_keys[key])

    def _compare_bounds(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, place: Place
    ) -> None:
        for keyword, upper, request_rule in BOUNDS:
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if after is None:
                tightened = False
            elif before is None:
                tightened = True
            elif _is_number(before) and _is_number(after):
                tightened = after < before if upper else after > before
            else:
                tightened = True
            if direction == "request":
                rule = request_rule if tightened else "request-constraint-relaxed"
            else:
                rule = (
                    "response-constraint-tightened" if tightened else "response-constraint-relaxed"
                )
            self._add(rule, place, {keyword: before}, {keyword: after})

    def _compare_pattern(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, place: Place
    ) -> None:
        before, after = old.get("pattern"), new.get("pattern")
        if before == after:
            return
        if after is None:
            rule = f"{direction}-constraint-relaxed"
        elif before is None:
            rule = (
                "request-pattern-added"
                if direction == "request"
                else "response-constraint-tightened"
            )
        else:
            rule = f"{direction}-pattern-changed"
        self._add(rule, place, before, after)

    def _compare_default(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, place: Place
    ) -> None:
        if ("default" in old or "default" in new) and _key(old.get("default")) != _key(
            new.get("default")
        ):
            self._add(f"{direction}-default-changed", place, old.get("default"), new.get("default"))

    def _compare_properties(
        self, old: dict[str, Any], new: dict[str, Any], direction: Direction, place: Place
    ) -> None:
        old_properties: dict[str, Any] = old.get("properties") or {}
        new_properties: dict[str, Any] = new.get("properties") or {}
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        for name in sorted(old_properties.keys() - new_properties.keys()):
            required = name in old_required
            if direction == "request":
                rule = "request-property-removed"
            else:
                rule = (
                    "response-required-property-removed"
                    if required
                    else "response-optional-property-removed"
                )
            self._add(
                rule, place.child(name, "properties"), "required" if required else "optional", None
            )
        for name in sorted(new_properties.keys() - old_properties.keys()):
            required = name in new_required
            if direction == "request":
                rule = (
                    "new-required-request-property" if required else "new-optional-request-property"
                )
            else:
                rule = "response-property-added"
            self._add(
                rule,
                place.child(name, "properties", name),
                None,
                "required" if required else "optional",
            )
        for name in sorted(old_properties.keys() & new_properties.keys()):
            was, now = name in old_required, name in new_required
            if was != now:
                rule = f"{direction}-property-became-{'required' if now else 'optional'}"
                self._add(
                    rule,
                    place.child(name, "required"),
                    "required" if was else "optional",
                    "required" if now else "optional",
                )
            self.compare(
                old_properties[name],
                new_properties[name],
                direction,
                place.child(name, "properties", name),
            )

    def _compare_alternatives(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        keyword: str,
        direction: Direction,
        place: Place,
    ) -> None:
        old_list: list[Any] = old.get(keyword) or []
        new_list: list[Any] = new.get(keyword) or []
        if not old_list and not new_list:
            return
        old_named = {
            self._alternative_name(item, index): item for index, item in enumerate(old_list)
        }
        new_named = {
            self._alternative_name(item, index): item for index, item in enumerate(new_list)
        }
        matched = sorted(old_named.keys() & new_named.keys())
        # `null` is judged on its own (nullable or not), never as a renamed alternative.
        gone = [name for name in old_named if name not in new_named and name != "null"]
        came = [name for name in new_named if name not in old_named and name != "null"]
        # What is left on both sides, in order, is the same alternative renamed.
        renamed = min(len(gone), len(came))
        pairs = [(name, name) for name in matched] + list(zip(gone, came, strict=False))
        new_index = {name: str(index) for index, name in enumerate(new_named)}
        for old_name, new_name in pairs:
            where = place.child(f"{keyword}:{new_name}", keyword, new_index[new_name])
            self.compare(old_named[old_name], new_named[new_name], direction, where)
        removed = gone[renamed:] + (
            ["null"] if "null" in old_named.keys() - new_named.keys() else []
        )
        added = came[renamed:] + (["null"] if "null" in new_named.keys() - old_named.keys() else [])
        for name in removed:
            self._add(f"{direction}-alternative-removed", place.child(keyword, keyword), name, None)
        for name in added:
            if direction == "response" and name == "null":
                self._add("response-property-became-nullable", place, None, "null")
            else:
                self._add(
                    f"{direction}-alternative-added",
                    place.child(keyword, keyword, new_index[name]),
                    None,
                    name,
                )

    @staticmethod
    def _alternative_name(node: Any, index: int) -> str:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                return ref.rsplit("/", 1)[-1]
            if node.get("type") == "null":
                return "null"
        return f"#{index}"
