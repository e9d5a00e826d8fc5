"""Compare one operation between two bundled specs: parameters, request body,
responses, security, documented error codes, rate limit, Tencent action."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from speclib.walk import Operation, operation_parameters, resolve
from toolchain.diff.changes import Collector, pointer_token
from toolchain.diff.schemas import Place, SchemaComparison

# Header parameters that dedicated rules judge (tencent-action-renamed, tencent-version-changed).
TENCENT_PROTOCOL_HEADERS = frozenset({"x-tc-action", "x-tc-version"})
TENCENT_PATH_PREFIX = "/#X-TC-Action="
SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def operation_pointer(operation: Operation, *tokens: str) -> str:
    """The JSON pointer of an operation (or of something inside it) in its bundle."""
    inside = "".join(f"/{pointer_token(token)}" for token in tokens)
    return f"/paths/{pointer_token(operation.path)}/{operation.method}{inside}"


def tencent_actions(document: dict[str, Any], operation: Operation) -> dict[str, str]:
    """The action a Tencent operation sends, as each source says it: the generated client
    takes it from the path key (`/#X-TC-Action=Name`), the spec's header declares it as
    the const of X-TC-Action. Both are the wire; either changing changes what is sent."""
    found = {}
    if operation.path.startswith(TENCENT_PATH_PREFIX):
        found["path key"] = operation.path.removeprefix(TENCENT_PATH_PREFIX)
    for parameter in operation_parameters(document, operation):
        if parameter.get("in") == "header" and parameter.get("name", "").lower() == "x-tc-action":
            schema = resolve(document, parameter.get("schema", {}))
            value = schema.get("const")
            if isinstance(value, str):
                found["X-TC-Action const"] = value
    return found


def tencent_action(document: dict[str, Any], operation: Operation) -> str | None:
    """The action a Tencent operation sends: the const of its X-TC-Action header (else
    the path key's)."""
    actions = tencent_actions(document, operation)
    return actions.get("X-TC-Action const") or actions.get("path key")


def security_alternatives(
    document: dict[str, Any], node: dict[str, Any]
) -> frozenset[frozenset[str]]:
    requirements = node["security"] if "security" in node else document.get("security") or []
    return frozenset(frozenset(requirement) for requirement in requirements)


def compare_security(
    old: frozenset[frozenset[str]],
    new: frozenset[frozenset[str]],
    out: Collector,
    location: str,
    operation: str | None = None,
    pointer: str | None = None,
) -> None:
    def show(alternative: frozenset[str]) -> str:
        return " + ".join(sorted(alternative)) or "(none)"

    if old == new:
        return
    was_open = not old or frozenset() in old
    is_open = not new or frozenset() in new
    if was_open and not is_open:
        after = " | ".join(sorted(map(show, new)))
        out.add(
            "security-now-required",
            location,
            before="(none)",
            after=after,
            operation=operation,
            pointer=pointer,
        )
        return
    if is_open and not was_open:
        # Calls without credentials are accepted now; the signed ones still work.
        out.add(
            "security-requirement-added",
            location,
            after="(none)",
            operation=operation,
            pointer=pointer,
        )
        return
    for alternative in sorted(old - new, key=show):
        out.add(
            "security-requirement-removed",
            location,
            before=show(alternative),
            operation=operation,
            pointer=pointer,
        )
    for alternative in sorted(new - old, key=show):
        if alternative:
            out.add(
                "security-requirement-added",
                location,
                after=show(alternative),
                operation=operation,
                pointer=pointer,
            )


def compare_error_codes(
    old_codes: dict[str, Any],
    new_codes: dict[str, Any],
    out: Collector,
    location: str,
    operation: str | None = None,
    still_documented: frozenset[str] = frozenset(),
    pointer: str | None = None,
) -> None:
    """Codes gone from `old_codes` (unless still documented elsewhere) and codes added."""
    for code in sorted(old_codes.keys() - new_codes.keys() - still_documented):
        out.add(
            "error-code-removed",
            location,
            before=f"{code}: {old_codes[code]}",
            operation=operation,
        )
    for code in sorted(new_codes.keys() - old_codes.keys()):
        out.add(
            "error-code-added",
            location,
            after=f"{code}: {new_codes[code]}",
            operation=operation,
            pointer=pointer,
        )


def requests_per_second(limit: Any) -> float | None:
    if not isinstance(limit, dict):
        return None
    requests, per = limit.get("requests"), SECONDS.get(str(limit.get("per")))
    if not isinstance(requests, int | float) or per is None:
        return None
    return requests / per


def is_success(status: str) -> bool:
    return status.startswith("2") or status.upper() == "2XX"


@dataclass
class OperationComparison:
    old_document: dict[str, Any]
    new_document: dict[str, Any]
    schemas: SchemaComparison
    out: Collector
    operation: Operation = field(init=False)  # the head's operation being compared

    def compare(self, old: Operation, new: Operation) -> None:
        name = new.operation_id or new.location
        self.operation = new
        if (old.method, old.path) != (new.method, new.path) and not (
            old.path.startswith(TENCENT_PATH_PREFIX) and new.path.startswith(TENCENT_PATH_PREFIX)
        ):
            self.out.add(
                "operation-path-changed",
                name,
                before=old.location,
                after=new.location,
                operation=name,
                pointer=operation_pointer(new),
            )
        self._compare_action(old, new, name)
        if new.node.get("deprecated") and not old.node.get("deprecated"):
            self.out.add(
                "operation-deprecated",
                name,
                before=False,
                after=True,
                operation=name,
                pointer=operation_pointer(new, "deprecated"),
            )
        self._compare_parameters(old, new, name)
        self._compare_request_body(old, new, name)
        self._compare_responses(old, new, name)
        if "security" in old.node or "security" in new.node:
            compare_security(
                security_alternatives(self.old_document, old.node),
                security_alternatives(self.new_document, new.node),
                self.out,
                f"{name} security",
                name,
                self._pointer("security"),
            )
        common = frozenset(self.new_document.get("x-videoapi-cloud-error-codes") or {})
        compare_error_codes(
            old.node.get("x-videoapi-operation-error-codes") or {},
            new.node.get("x-videoapi-operation-error-codes") or {},
            self.out,
            f"{name} x-videoapi-operation-error-codes",
            name,
            still_documented=common,
            pointer=self._pointer("x-videoapi-operation-error-codes"),
        )
        self._compare_rate_limit(old, new, name)

    def _compare_action(self, old: Operation, new: Operation, name: str) -> None:
        """One finding when what is sent as X-TC-Action changes, by either of its sources."""
        old_actions = tencent_actions(self.old_document, old)
        new_actions = tencent_actions(self.new_document, new)
        for source in ("path key", "X-TC-Action const"):
            before, after = old_actions.get(source), new_actions.get(source)
            if before and after and before != after:
                where = "" if source == "path key" else " (X-TC-Action const)"
                self.out.add(
                    "tencent-action-renamed",
                    f"{name}{where}",
                    before=before,
                    after=after,
                    operation=name,
                    pointer=operation_pointer(new) if source == "path key" else None,
                )
                if source == "path key":
                    return  # the const usually moves with it: one finding for one rename

    def _pointer(self, *tokens: str) -> str:
        return operation_pointer(self.operation, *tokens)

    @staticmethod
    def _parameters(
        document: dict[str, Any], operation: Operation
    ) -> dict[tuple[str, str], dict[str, Any]]:
        found = {}
        for parameter in operation_parameters(document, operation):
            where, parameter_name = parameter.get("in", ""), parameter.get("name", "")
            key = (where, parameter_name.lower() if where == "header" else parameter_name)
            if not (where == "header" and key[1] in TENCENT_PROTOCOL_HEADERS):
                found[key] = parameter
        return found

    def _parameter_pointer(self, operation: Operation, key: tuple[str, str]) -> str:
        """The pointer of a parameter in the operation's own list (or its path item's)."""
        for owner, tokens in (
            (operation.node, ()),
            (self.new_document["paths"].get(operation.path, {}), ("..",)),
        ):
            for index, raw in enumerate(owner.get("parameters") or []):
                parameter = resolve(self.new_document, raw)
                where, name = parameter.get("in", ""), parameter.get("name", "")
                if (where, name.lower() if where == "header" else name) == key:
                    if tokens:
                        return f"/paths/{pointer_token(operation.path)}/parameters/{index}"
                    return operation_pointer(operation, "parameters", str(index))
        return operation_pointer(operation, "parameters")

    def _compare_parameters(self, old: Operation, new: Operation, name: str) -> None:
        old_parameters = self._parameters(self.old_document, old)
        new_parameters = self._parameters(self.new_document, new)

        def label(parameter: dict[str, Any]) -> str:
            return f"{parameter.get('name')} ({parameter.get('in')})"

        def required(parameter: dict[str, Any]) -> str:
            return "required" if parameter.get("required") else "optional"

        for key in sorted(old_parameters.keys() - new_parameters.keys()):
            parameter = old_parameters[key]
            self.out.add(
                "request-parameter-removed",
                f"{name} parameter {label(parameter)}",
                before=required(parameter),
                operation=name,
                pointer=self._pointer("parameters"),
            )
        for key in sorted(new_parameters.keys() - old_parameters.keys()):
            parameter = new_parameters[key]
            self.out.add(
                "new-required-request-parameter"
                if parameter.get("required")
                else "new-optional-request-parameter",
                f"{name} parameter {label(parameter)}",
                after=required(parameter),
                operation=name,
                pointer=self._parameter_pointer(new, key),
            )
        for key in sorted(old_parameters.keys() & new_parameters.keys()):
            before, after = old_parameters[key], new_parameters[key]
            pointer = self._parameter_pointer(new, key)
            if required(before) != required(after):
                self.out.add(
                    f"request-parameter-became-{required(after)}",
                    f"{name} parameter {label(after)}",
                    before=required(before),
                    after=required(after),
                    operation=name,
                    pointer=f"{pointer}/required",
                )
            self.schemas.compare(
                before.get("schema"),
                after.get("schema"),
                "request",
                Place(name, f"parameter {label(after)}", pointer=f"{pointer}/schema"),
            )

    def _compare_request_body(self, old: Operation, new: Operation, name: str) -> None:
        old_body = resolve(self.old_document, old.node.get("requestBody") or {})
        new_body = resolve(self.new_document, new.node.get("requestBody") or {})
        old_content: dict[str, Any] = old_body.get("content") or {}
        new_content: dict[str, Any] = new_body.get("content") or {}
        location = f"{name} request body"
        body = self._pointer("requestBody")
        if old_content and not new_content:
            self.out.add(
                "request-body-removed",
                location,
                before=sorted(old_content),
                operation=name,
                pointer=body,
            )
            return
        if new_body.get("required") and not old_body.get("required"):
            self.out.add(
                "request-body-became-required",
                location,
                before="optional" if old_content else "(none)",
                after="required",
                operation=name,
                pointer=f"{body}/required",
            )
        if not old_content:
            return
        for media in sorted(old_content.keys() - new_content.keys()):
            self.out.add(
                "request-media-type-removed", location, before=media, operation=name, pointer=body
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            self.out.add(
                "request-media-type-added",
                location,
                after=media,
                operation=name,
                pointer=f"{body}/content/{pointer_token(media)}",
            )
        several = len(new_content) > 1
        for media in sorted(old_content.keys() & new_content.keys()):
            self.schemas.compare(
                old_content[media].get("schema"),
                new_content[media].get("schema"),
                "request",
                Place(
                    name,
                    f"request body {media}" if several else "request body",
                    pointer=f"{body}/content/{pointer_token(media)}/schema",
                ),
            )

    def _compare_responses(self, old: Operation, new: Operation, name: str) -> None:
        old_responses: dict[str, Any] = old.node.get("responses") or {}
        new_responses: dict[str, Any] = new.node.get("responses") or {}
        responses = self._pointer("responses")
        for status in sorted(old_responses.keys() - new_responses.keys()):
            rule = (
                "response-success-status-removed"
                if is_success(status)
                else "response-error-status-removed"
            )
            self.out.add(
                rule, f"{name} responses", before=status, operation=name, pointer=responses
            )
        for status in sorted(new_responses.keys() - old_responses.keys()):
            self.out.add(
                "response-status-added",
                f"{name} responses",
                after=status,
                operation=name,
                pointer=f"{responses}/{pointer_token(status)}",
            )
        for status in sorted(old_responses.keys() & new_responses.keys()):
            old_response = resolve(self.old_document, old_responses[status])
            new_response = resolve(self.new_document, new_responses[status])
            location = f"{name} response {status}"
            response = f"{responses}/{pointer_token(status)}"
            reference = new_responses[status].get("$ref")
            if isinstance(reference, str) and reference.startswith("#/"):
                response = reference[1:]
            self._compare_headers(old_response, new_response, location, name, response)
            old_content: dict[str, Any] = old_response.get("content") or {}
            new_content: dict[str, Any] = new_response.get("content") or {}
            for media in sorted(old_content.keys() - new_content.keys()):
                self.out.add(
                    "response-media-type-removed",
                    location,
                    before=media,
                    operation=name,
                    pointer=f"{response}/content",
                )
            for media in sorted(new_content.keys() - old_content.keys()):
                self.out.add(
                    "response-media-type-added",
                    location,
                    after=media,
                    operation=name,
                    pointer=f"{response}/content/{pointer_token(media)}",
                )
            several = len(new_content) > 1
            for media in sorted(old_content.keys() & new_content.keys()):
                self.schemas.compare(
                    old_content[media].get("schema"),
                    new_content[media].get("schema"),
                    "response",
                    Place(
                        name,
                        f"response {status} {media}" if several else f"response {status}",
                        pointer=f"{response}/content/{pointer_token(media)}/schema",
                    ),
                )

    def _compare_headers(
        self,
        old_response: dict[str, Any],
        new_response: dict[str, Any],
        location: str,
        name: str,
        response: str,
    ) -> None:
        """Response headers documented or no longer documented (names compared caselessly)."""
        old_headers = {key.lower(): key for key in old_response.get("headers") or {}}
        new_headers = {key.lower(): key for key in new_response.get("headers") or {}}
        for header in sorted(old_headers.keys() - new_headers.keys()):
            self.out.add(
                "response-header-removed",
                location,
                before=old_headers[header],
                operation=name,
                pointer=f"{response}/headers",
            )
        for header in sorted(new_headers.keys() - old_headers.keys()):
            self.out.add(
                "response-header-added",
                location,
                after=new_headers[header],
                operation=name,
                pointer=f"{response}/headers/{pointer_token(new_headers[header])}",
            )

    def _compare_rate_limit(self, old: Operation, new: Operation, name: str) -> None:
        before, after = old.node.get("x-videoapi-rate-limit"), new.node.get("x-videoapi-rate-limit")
        old_rate, new_rate = requests_per_second(before), requests_per_second(after)
        if old_rate is None or new_rate is None or old_rate == new_rate:
            return
        rule = "rate-limit-lowered" if new_rate < old_rate else "rate-limit-raised"
        self.out.add(
            rule,
            f"{name} x-videoapi-rate-limit",
            before=before,
            after=after,
            operation=name,
            pointer=self._pointer("x-videoapi-rate-limit"),
        )
