"""Each generated package's next version, from the API diff of its own specs.

The kind of a change decides the bump (Semantic Versioning 2.0.0): a breaking
change is major, new operations or fields (anything a changelog lists under
"Added") and potentially breaking changes are minor, anything else, documentation
included, a patch. Below 1.0.0 the public API is not yet stable (semver item 4),
so, as Cargo and most ecosystems read it, the bumps move one place right: a
breaking change bumps the minor version, anything else the patch.

The specs are not the only source of a package's API: the generator writes it
too (it removed `AuthenticatedClient` from every client once, with no spec
changed). So a record also keeps the fingerprint of the package's public Python
API as generated (api_surface.py), and the next version weighs two diffs from the
commit that last wrote the record: the specs' and the generated package's
(python_api.py, complete: additions and unclassified changes included). The larger
kind wins. Changelog lines of the package's API diff say where they came from:
"From the generator:" when the package's specs did not change (the generator
did), "In the generated Python API:" when both changed and the package's diff
calls for more than the specs' (a spec change whose generated code breaks more
than the spec diff says is listed too).

`next_versions` says what a diff means for each package (the diff report shows
it); `version_command` (`python -m toolchain versions [--write|--check]`) compares
each package's record (generator/versions/) with the tree, measures from the
commit that last wrote it, and writes the next version with its changelog entry.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.versions import MissingVersion, Release, VersionRecord, read_record, write_record
from toolchain.diff.api_surface import package_fingerprint
from toolchain.diff.changes import Change, Section, Severity, changelog_item
from toolchain.diff.snapshots import SnapshotError, git

VERSIONS_FOLDER = Path("generator/versions")
PACKAGES_TOML = Path("generator/packages.toml")
GENERATED_FOLDERS = (Path("generated/clients"), Path("generated/models"))
ORDER = ("fix", "feature", "breaking")
FROM_GENERATOR = "From the generator"
FROM_GENERATED_API = "In the generated Python API"
# Lines of one rule a release lists from the package's API diff before it summarises.
LINES_PER_RULE = 5


def change_kind(changes: list[Change]) -> str:
    """breaking, feature or fix: the largest bump the changes call for."""
    if any(change.severity is Severity.BREAKING for change in changes):
        return "breaking"
    if any(
        change.severity is Severity.POTENTIALLY_BREAKING or change.rule.section is Section.ADDED
        for change in changes
    ):
        return "feature"
    return "fix"


def bump(version: str, kind: str) -> str:
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    if major == 0:
        return f"0.{minor + 1}.0" if kind == "breaking" else f"0.{minor}.{patch + 1}"
    if kind == "breaking":
        return f"{major + 1}.0.0"
    if kind == "feature":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def package_services(root: Path) -> dict[str, frozenset[str]]:
    """Distribution → the services (spec names) it is generated from, per packages.toml."""
    path = root / PACKAGES_TOML
    if not path.is_file():
        return {}
    config = tomllib.loads(path.read_text(encoding="utf-8"))
    clients = {entry["distribution"]: frozenset({entry["spec"]}) for entry in config["client"]}
    everything = frozenset(spec for specs in clients.values() for spec in specs)
    return {**clients, config["models"]["distribution"]: everything}


def package_names(root: Path) -> dict[str, str]:
    """Distribution → the import name of its package, per packages.toml."""
    path = root / PACKAGES_TOML
    if not path.is_file():
        return {}
    config = tomllib.loads(path.read_text(encoding="utf-8"))
    names = {entry["distribution"]: entry["package"] for entry in config["client"]}
    return {**names, config["models"]["distribution"]: config["models"]["package"]}


def package_dir(root: Path, distribution: str) -> Path | None:
    """The generated package of a distribution in a tree (the folder named as its import
    name), or None when the tree has none."""
    name = package_names(root).get(distribution)
    if name is None:
        return None
    for folder in GENERATED_FOLDERS:
        candidate = root / folder / distribution / name
        if (candidate / "__init__.py").is_file():
            return candidate
    return None


def python_api_digest(root: Path, distribution: str) -> str | None:
    """The fingerprint of a package's public Python API as generated in `root` (None: no
    generated package there)."""
    folder = package_dir(root, distribution)
    return package_fingerprint(folder) if folder is not None else None


def rank(kind: str | None) -> int:
    return -1 if kind is None else ORDER.index(kind)


def larger(*kinds: str | None) -> str | None:
    return max(kinds, key=rank)


def labelled(change: Change, label: str) -> str:
    return changelog_item(change).replace("- ", f"- {label}: ", 1)


def api_lines(changes: list[Change], label: str) -> list[str]:
    """The changelog lines of a package's API diff, at most LINES_PER_RULE per rule."""
    by_rule: dict[str, list[Change]] = {}
    for change in changes:
        by_rule.setdefault(change.rule.id, []).append(change)
    lines = []
    for rule, found in by_rule.items():
        lines += [labelled(change, label) for change in found[:LINES_PER_RULE]]
        if len(found) > LINES_PER_RULE:
            more = len(found) - LINES_PER_RULE
            lines.append(f"- {label}: {more} more of the same kind (`{rule}`).")
    return lines


@dataclass(frozen=True)
class Judgement:
    """The kind of the next release and its changelog lines."""

    kind: str
    lines: list[str]
    cause: str  # "specs", "generator" or "specs and generated API"


def judge(spec_changes: list[Change], specs_changed: bool, api_changes: list[Change]) -> Judgement:
    """The next release from the specs' diff and the generated package's API diff.

    The larger kind wins. With the specs unchanged, every change of the package's API
    came from the generator and is listed as such. With both changed, the package's API
    changes are listed when they call for more than the specs' diff (those of the kinds
    above it): the rest is the specs' changes seen again in code."""
    spec_kind = change_kind(spec_changes) if spec_changes or specs_changed else None
    api_kind = change_kind(api_changes) if api_changes else None
    kind = larger(spec_kind, api_kind) or "fix"
    lines = [changelog_item(change) for change in spec_changes]
    cause = "specs"
    if api_kind is not None and spec_kind is None:
        lines += api_lines(api_changes, FROM_GENERATOR)
        cause = "generator"
    elif rank(api_kind) > rank(spec_kind):
        above = [change for change in api_changes if rank(change_kind([change])) > rank(spec_kind)]
        lines += api_lines(above, FROM_GENERATED_API)
        cause = "specs and generated API"
    return Judgement(kind, lines or ["- Documentation only."], cause)


def spec_inputs(root: Path, service: str) -> dict[str, bytes]:
    """The files a spec's bundle is made from: its own folder and its cloud's shared
    files (`specs/<cloud>/*.yaml`), by path relative to specs/."""
    specs = root / "specs"
    cloud = service.split("/", 1)[0]
    files = [*(specs / service).rglob("*"), *(specs / cloud).glob("*.yaml")]
    return {
        path.relative_to(specs).as_posix(): path.read_bytes() for path in files if path.is_file()
    }


def changed_specs(old_root: Path, new_root: Path, services: frozenset[str]) -> frozenset[str]:
    """The services whose bundle inputs differ between two trees (the others' bundles, and
    so their diffs, are the same: no need to bundle them)."""
    return frozenset(
        service
        for service in services
        if spec_inputs(old_root, service) != spec_inputs(new_root, service)
    )


def spec_service(spec: str) -> str:
    """`specs/tencentcloud/tiw/2019-09-19/openapi.yaml` → `tencentcloud/tiw/2019-09-19`."""
    return spec.removeprefix("specs/").rsplit("/", 1)[0]


@dataclass(frozen=True)
class NextVersion:
    distribution: str
    current: str
    kind: str | None  # None: nothing of this package changed
    recorded: str | None = None  # what the head's record already says, if it differs

    @property
    def next(self) -> str:
        return bump(self.current, self.kind) if self.kind else self.current


def next_versions(base: Path, head: Path, changes: list[Change]) -> list[NextVersion]:
    """For each package with a version record at `base`: its version after `changes`."""
    found = []
    for distribution, services in sorted(package_services(head).items()):
        try:
            record = read_record(distribution, base / VERSIONS_FOLDER)
        except MissingVersion:
            continue
        own = [change for change in changes if change.service in services]
        specs_changed = any(
            _digest(head / spec) != digest
            for spec, digest in record.specs.items()
            if spec_service(spec) in services
        )
        kind = change_kind(own) if own or specs_changed else None
        try:
            recorded: str | None = read_record(distribution, head / VERSIONS_FOLDER).version
        except MissingVersion:
            recorded = None
        found.append(
            NextVersion(
                distribution,
                record.version,
                kind,
                recorded if recorded != record.version else None,
            )
        )
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def record_commit(repo: Path, distribution: str) -> str:
    """The last commit that wrote a package's version record (the base of its next diff)."""
    relative = (VERSIONS_FOLDER / f"{distribution}.json").as_posix()
    commit = git(repo, "log", "-1", "--format=%H", "--", relative)
    if not commit:
        raise SnapshotError(f"{relative} is not committed: commit it before deriving versions")
    return commit


def spec_digests(repo: Path, services: frozenset[str]) -> dict[str, str]:
    """The sha256 of each spec of a package, as the working tree has them."""
    paths = [f"specs/{service}/openapi.yaml" for service in sorted(services)]
    return {path: _digest(repo / path) for path in paths if (repo / path).is_file()}


def updated_record(
    repo: Path, record: VersionRecord, step: NextVersion, lines: list[str]
) -> VersionRecord:
    """The record with the next release; a release already written since the base commit
    (the specs changed again before it was committed) is replaced, not stacked."""
    specs = spec_digests(repo, package_services(repo)[record.distribution])
    earlier = [release for release in record.releases if release.version != record.version]
    if record.version == step.current:
        earlier = record.releases
    release = Release(step.next, step.kind or "fix", lines)
    python_api = python_api_digest(repo, record.distribution) or record.python_api
    return VersionRecord(record.distribution, step.next, specs, [*earlier, release], python_api)


def write_next(repo: Path, step: NextVersion, lines: list[str]) -> Path:
    folder = repo / VERSIONS_FOLDER
    record = read_record(step.distribution, folder)
    return write_record(updated_record(repo, record, step, lines), folder)


def stale_record(repo: Path, record: VersionRecord) -> list[str]:
    """Why a record is not the one the tree's specs and generated package call for."""
    services = package_services(repo).get(record.distribution, frozenset())
    problems = []
    specs = spec_digests(repo, services)
    if record.specs != specs:
        changed = sorted(
            path
            for path in record.specs.keys() | specs.keys()
            if record.specs.get(path) != specs.get(path)
        )
        problems.append(f"its specs changed since the record ({', '.join(changed)})")
    python_api = python_api_digest(repo, record.distribution)
    if python_api is not None and record.python_api != python_api:
        if not record.python_api:
            problems.append("the record has no fingerprint of its public Python API")
        else:
            problems.append(
                "its public Python API in generated/ changed since the record "
                f"(sha256 {record.python_api[:12]}… → {python_api[:12]}…)"
            )
    return problems
