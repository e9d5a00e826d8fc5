"""Each generated package's next version, from the API diff of its own specs.

The kind of a change decides the bump (Semantic Versioning 2.0.0): a breaking
change is major, new operations or fields (anything a changelog lists under
"Added") and potentially breaking changes are minor, anything else, documentation
included, a patch. Below 1.0.0 the public API is not yet stable (semver item 4),
so, as Cargo and most ecosystems read it, the bumps move one place right: a
breaking change bumps the minor version, anything else the patch.

`next_versions` says what a diff means for each package (the diff report shows
it); `pending` and `write_pending` (`python -m toolchain versions [--write]`)
compare each package's record (generator/versions/) with the commit that last
wrote it, and write the next version with its changelog entry.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.versions import MissingVersion, Release, VersionRecord, read_record, write_record
from toolchain.diff.changes import Change, Section, Severity, changelog_item
from toolchain.diff.snapshots import SnapshotError, git

VERSIONS_FOLDER = Path("generator/versions")
PACKAGES_TOML = Path("generator/packages.toml")
ORDER = ("fix", "feature", "breaking")


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


def release_of(record: VersionRecord, step: NextVersion, changes: list[Change]) -> Release:
    lines = [changelog_item(change) for change in changes] or ["- Documentation only."]
    return Release(step.next, step.kind or "fix", lines)


def spec_digests(repo: Path, services: frozenset[str]) -> dict[str, str]:
    """The sha256 of each spec of a package, as the working tree has them."""
    paths = [f"specs/{service}/openapi.yaml" for service in sorted(services)]
    return {path: _digest(repo / path) for path in paths if (repo / path).is_file()}


def updated_record(
    repo: Path, record: VersionRecord, step: NextVersion, changes: list[Change]
) -> VersionRecord:
    """The record with the next release; a release already written since the base commit
    (the specs changed again before it was committed) is replaced, not stacked."""
    specs = spec_digests(repo, package_services(repo)[record.distribution])
    earlier = [release for release in record.releases if release.version != record.version]
    if record.version == step.current:
        earlier = record.releases
    return VersionRecord(
        record.distribution, step.next, specs, [*earlier, release_of(record, step, changes)]
    )


def write_next(repo: Path, step: NextVersion, changes: list[Change]) -> Path:
    folder = repo / VERSIONS_FOLDER
    record = read_record(step.distribution, folder)
    return write_record(updated_record(repo, record, step, changes), folder)
