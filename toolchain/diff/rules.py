"""Every rule of the API diff: a stable id, its severity, its changelog section and
a one-line explanation. Ids follow oasdiff's names where oasdiff has the rule.

Breaking: a call or an import that worked before fails now. Potentially breaking:
it fails only for some callers (those near a limit, those matching every enum
value, those handling a code). Non-breaking: nothing that worked stops working.
"""

from __future__ import annotations

from toolchain.diff.changes import Rule, Section, Severity

B = Severity.BREAKING
P = Severity.POTENTIALLY_BREAKING
N = Severity.NON_BREAKING
ADDED, CHANGED, DEPRECATED, REMOVED = (
    Section.ADDED,
    Section.CHANGED,
    Section.DEPRECATED,
    Section.REMOVED,
)

_RULES = (
    # ---- services, servers, regions, the Tencent protocol, security ----
    Rule("spec-added", N, ADDED, "A service spec was added."),
    Rule("spec-removed", B, REMOVED, "A service spec was removed, with every operation in it."),
    Rule(
        "server-removed",
        B,
        REMOVED,
        "A server URL was removed; clients using it lose their endpoint.",
    ),
    Rule("server-added", N, ADDED, "A server URL was added."),
    Rule("region-removed", B, REMOVED, "A documented region was removed; calls there may fail."),
    Rule("region-added", N, ADDED, "A documented region was added."),
    Rule(
        "tencent-service-changed",
        B,
        CHANGED,
        "x-videoapi-service changed: the credential scope of every signature is different.",
    ),
    Rule(
        "tencent-version-changed",
        B,
        CHANGED,
        "X-TC-Version changed: every call now asks for another API version.",
    ),
    Rule(
        "tencent-action-renamed",
        B,
        CHANGED,
        "The Tencent action was renamed: calls with the old X-TC-Action get InvalidAction.",
    ),
    Rule("security-scheme-removed", B, REMOVED, "A security scheme was removed."),
    Rule(
        "security-scheme-changed",
        B,
        CHANGED,
        "A security scheme changed (type, location, name or signing algorithm).",
    ),
    Rule(
        "security-requirement-removed",
        B,
        REMOVED,
        "A way of authenticating was removed; callers using it are refused.",
    ),
    Rule("security-requirement-added", N, ADDED, "Another way of authenticating is accepted."),
    Rule(
        "security-now-required",
        B,
        CHANGED,
        "Calls that needed no authentication now need it.",
    ),
    Rule(
        "error-code-removed",
        P,
        REMOVED,
        "A documented error code was removed; code handling it may be dead or miss its successor.",
    ),
    Rule("error-code-added", N, ADDED, "A documented error code was added."),
    Rule(
        "rate-limit-lowered",
        P,
        CHANGED,
        "The documented rate limit was lowered; callers near the old limit get throttled.",
    ),
    Rule("rate-limit-raised", N, CHANGED, "The documented rate limit was raised."),
    # ---- operations ----
    Rule("operation-added", N, ADDED, "An operation was added."),
    Rule("operation-removed", B, REMOVED, "An operation was removed."),
    Rule(
        "operation-id-changed",
        B,
        CHANGED,
        "The operationId changed: generated functions and modules are renamed.",
    ),
    Rule("operation-path-changed", B, CHANGED, "The operation's method or path changed."),
    Rule("operation-deprecated", N, DEPRECATED, "The operation was deprecated."),
    Rule(
        "request-parameter-removed",
        B,
        REMOVED,
        "A request parameter was removed; clients still sending it may be rejected.",
    ),
    Rule("new-required-request-parameter", B, ADDED, "A required request parameter was added."),
    Rule("new-optional-request-parameter", N, ADDED, "An optional request parameter was added."),
    Rule(
        "request-parameter-became-required",
        B,
        CHANGED,
        "A request parameter became required.",
    ),
    Rule(
        "request-parameter-became-optional",
        N,
        CHANGED,
        "A request parameter became optional.",
    ),
    Rule("request-body-removed", B, REMOVED, "The request body was removed."),
    Rule("request-body-became-required", B, CHANGED, "The request body became required."),
    Rule("request-media-type-removed", B, REMOVED, "A request media type was removed."),
    Rule("request-media-type-added", N, ADDED, "A request media type was added."),
    Rule(
        "response-success-status-removed",
        B,
        REMOVED,
        "A success response status was removed.",
    ),
    Rule(
        "response-error-status-removed",
        P,
        REMOVED,
        "An error response status was removed; code handling it may be dead.",
    ),
    Rule("response-status-added", N, ADDED, "A response status was added."),
    Rule("response-media-type-removed", B, REMOVED, "A response media type was removed."),
    Rule("response-media-type-added", N, ADDED, "A response media type was added."),
    Rule("response-header-removed", P, REMOVED, "A response header is no longer documented."),
    Rule("response-header-added", N, ADDED, "A response header is now documented."),
    # ---- schemas of requests (what clients send) ----
    Rule(
        "request-property-removed",
        B,
        REMOVED,
        "A request property was removed; request objects are closed, so sending it is rejected.",
    ),
    Rule("new-required-request-property", B, ADDED, "A required request property was added."),
    Rule("new-optional-request-property", N, ADDED, "An optional request property was added."),
    Rule("request-property-became-required", B, CHANGED, "A request property became required."),
    Rule("request-property-became-optional", N, CHANGED, "A request property became optional."),
    Rule("request-type-changed", B, CHANGED, "A request value's type changed or was narrowed."),
    Rule("request-type-widened", N, CHANGED, "A request value accepts more types."),
    Rule("request-format-changed", B, CHANGED, "A request value's format changed or was added."),
    Rule(
        "request-max-length-tightened",
        B,
        CHANGED,
        "A request string's maxLength was lowered or set.",
    ),
    Rule(
        "request-min-length-tightened",
        B,
        CHANGED,
        "A request string's minLength was raised or set.",
    ),
    Rule(
        "request-maximum-tightened",
        B,
        CHANGED,
        "A request number's maximum was lowered or set.",
    ),
    Rule(
        "request-minimum-tightened",
        B,
        CHANGED,
        "A request number's minimum was raised or set.",
    ),
    Rule(
        "request-max-items-tightened", B, CHANGED, "A request array's maxItems was lowered or set."
    ),
    Rule(
        "request-min-items-tightened", B, CHANGED, "A request array's minItems was raised or set."
    ),
    Rule("request-pattern-added", B, CHANGED, "A request string must now match a pattern."),
    Rule(
        "request-pattern-changed",
        P,
        CHANGED,
        "A request string's pattern changed; values valid before may be refused.",
    ),
    Rule("request-enum-value-removed", B, REMOVED, "A request enum value was removed."),
    Rule("request-enum-value-added", N, ADDED, "A request enum value was added."),
    Rule("request-enum-restricted", B, CHANGED, "A request value is now limited to an enum."),
    Rule("request-constraint-relaxed", N, CHANGED, "A request constraint was relaxed."),
    Rule(
        "request-default-changed",
        P,
        CHANGED,
        "A request default changed: callers omitting the value get another behaviour.",
    ),
    Rule(
        "request-alternative-removed",
        B,
        REMOVED,
        "A request anyOf/oneOf alternative was removed.",
    ),
    Rule("request-alternative-added", N, ADDED, "A request anyOf/oneOf alternative was added."),
    Rule(
        "schema-reference-changed",
        P,
        CHANGED,
        "A value refers to another schema component: the generated model class it takes or "
        "gives is another one, even where the shapes agree.",
    ),
    # ---- schemas of responses (what clients read) ----
    Rule(
        "response-required-property-removed",
        B,
        REMOVED,
        "A response property that was always present was removed.",
    ),
    Rule(
        "response-optional-property-removed",
        P,
        REMOVED,
        "An optional response property was removed.",
    ),
    Rule("response-property-added", N, ADDED, "A response property was added."),
    Rule(
        "response-property-became-optional",
        B,
        CHANGED,
        "A response property is no longer always present.",
    ),
    Rule(
        "response-property-became-required",
        N,
        CHANGED,
        "A response property is now always present.",
    ),
    Rule(
        "response-property-became-nullable",
        B,
        CHANGED,
        "A response value may now be null.",
    ),
    Rule("response-type-changed", B, CHANGED, "A response value's type changed."),
    Rule("response-type-narrowed", N, CHANGED, "A response value has fewer possible types."),
    Rule(
        "response-format-changed", B, CHANGED, "A response value's format changed or was removed."
    ),
    Rule(
        "response-enum-value-added",
        P,
        ADDED,
        "A response enum value was added; clients matching every value meet an unknown one.",
    ),
    Rule("response-enum-value-removed", N, REMOVED, "A response enum value was removed."),
    Rule(
        "response-constraint-relaxed",
        P,
        CHANGED,
        "A response constraint was relaxed; values may fall outside what clients were told.",
    ),
    Rule("response-constraint-tightened", N, CHANGED, "A response constraint was tightened."),
    Rule(
        "response-pattern-changed",
        P,
        CHANGED,
        "A response string's pattern changed; values may no longer match the old one.",
    ),
    Rule("response-default-changed", N, CHANGED, "A response default changed."),
    Rule(
        "response-alternative-added",
        P,
        ADDED,
        "A response anyOf/oneOf alternative was added; clients may meet a shape they do not know.",
    ),
    Rule(
        "response-alternative-removed",
        N,
        REMOVED,
        "A response anyOf/oneOf alternative was removed.",
    ),
    # ---- the generated Python packages ----
    Rule("python-module-removed", B, REMOVED, "A module of a generated package was removed."),
    Rule("python-class-removed", B, REMOVED, "A class (model) of a generated package was removed."),
    Rule("python-function-removed", B, REMOVED, "A function of a generated package was removed."),
    Rule(
        "python-attribute-removed",
        B,
        REMOVED,
        "A public attribute, constant or model field of a generated package was removed.",
    ),
    Rule(
        "python-object-renamed",
        B,
        CHANGED,
        "A public name was replaced by another in the same place (a rename): imports of it fail.",
    ),
    Rule("python-object-kind-changed", B, CHANGED, "A public name is now another kind of object."),
    Rule("python-parameter-removed", B, REMOVED, "A function parameter was removed."),
    Rule("python-parameter-added-required", B, ADDED, "A required function parameter was added."),
    Rule("python-parameter-now-required", B, CHANGED, "A function parameter became required."),
    Rule("python-parameter-moved", B, CHANGED, "A positional parameter moved."),
    Rule("python-parameter-kind-changed", B, CHANGED, "A parameter's kind changed."),
    Rule(
        "python-parameter-default-changed",
        P,
        CHANGED,
        "A parameter's default changed.",
    ),
    Rule(
        "python-parameter-type-changed",
        B,
        CHANGED,
        "A function parameter's type changed: what callers passed may no longer fit.",
    ),
    Rule(
        "python-parameter-type-widened",
        N,
        CHANGED,
        "A function parameter accepts more types; what callers passed still fits.",
    ),
    Rule("python-return-type-changed", B, CHANGED, "A function's return type changed."),
    Rule(
        "python-return-type-narrowed",
        N,
        CHANGED,
        "A function returns fewer types; code handling the old ones works.",
    ),
    Rule(
        "python-object-added",
        N,
        ADDED,
        "A public module, class, function or attribute was added to a generated package.",
    ),
    Rule(
        "python-api-changed",
        P,
        CHANGED,
        "The public Python API changed where no other rule looks (a base class added, a "
        "decorator, a constant's value): read the change before releasing it.",
    ),
    Rule("python-base-class-removed", B, CHANGED, "A class lost a base class."),
    Rule(
        "python-attribute-type-changed",
        B,
        CHANGED,
        "A model field's type changed.",
    ),
    Rule(
        "python-attribute-type-widened",
        N,
        CHANGED,
        "A field of a model callers build accepts more types; what they passed still fits.",
    ),
    Rule(
        "python-attribute-type-narrowed",
        N,
        CHANGED,
        "A field of a model callers read holds fewer types; code handling the old ones works.",
    ),
    Rule(
        "python-constructor-order-changed",
        B,
        CHANGED,
        "A model's constructor takes its fields in another order: positional arguments bind "
        "to other fields, silently.",
    ),
    Rule(
        "python-model-keyword-only",
        B,
        CHANGED,
        "A model's constructor now takes keywords only: positional calls fail (once; order "
        "can never matter again).",
    ),
    Rule(
        "python-wire-action-changed",
        B,
        CHANGED,
        "The generated endpoint sends another X-TC-Action: its calls reach another action "
        "(or get InvalidAction).",
    ),
    Rule(
        "python-attribute-now-required",
        B,
        CHANGED,
        "A model field lost its default: constructing the model without it fails.",
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}
if len(RULES) != len(_RULES):
    raise RuntimeError("duplicate rule id in toolchain/diff/rules.py")
