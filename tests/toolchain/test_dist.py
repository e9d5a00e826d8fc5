"""`make dist`: a wheel and an sdist of every generated package, reproducible byte for byte,
each carrying its provenance; each wheel installed alone into a fresh virtual environment
and used against the emulator."""

from __future__ import annotations

import email.parser
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from emulator.config import Config, Progression
from generator.packaging import LICENSE
from generator.provenance import sha256_of, tool_versions
from generator.versions import read_record
from speclib.catalog import REPOSITORY
from tests.support.emulator_server import Running, serve
from tests.support.package_calls import run_call, seed
from tests.support.venvs import fresh_venv
from toolchain.dist import BuiltDistribution, build_all, dist_revision
from toolchain.distributions import GENERATED, generated_distributions, toolchain_version

DISTRIBUTIONS = {source.distribution: source for source in generated_distributions()}
CONFIG_SPECS = {
    source.distribution: sorted(source.provenance().specs) for source in DISTRIBUTIONS.values()
}


def git(*args: str) -> str | None:
    result = subprocess.run(["git", "-C", str(REPOSITORY), *args], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else None


HEAD = git("rev-parse", "HEAD")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BuiltDistribution]:
    """What `make dist` builds, built once for every test here."""
    out = tmp_path_factory.mktemp("dist")
    return {item.source.distribution: item for item in build_all(out)}


@pytest.fixture
def emulator() -> Iterator[Running]:
    with serve(Config(progression=Progression.MANUAL)) as running:
        yield running


def test_every_generated_package_is_built(built: dict[str, BuiltDistribution]) -> None:
    assert sorted(built) == sorted(DISTRIBUTIONS)
    out = next(iter(built.values())).wheel.parent
    names = sorted(path.name for path in out.iterdir())
    expected = [
        f"{source.package}-{source.version}{suffix}"
        for source in DISTRIBUTIONS.values()
        for suffix in ("-py3-none-any.whl", ".tar.gz")
    ]
    assert names == sorted([*expected, "SHA256SUMS"])
    listed = (out / "SHA256SUMS").read_text().splitlines()
    assert listed == [
        f"{hashlib.sha256((out / name).read_bytes()).hexdigest()}  {name}"
        for name in sorted(expected)
    ]


def test_two_builds_are_byte_identical(built: dict[str, BuiltDistribution], tmp_path: Path) -> None:
    # The second build starts from another checkout: other file times and permissions,
    # byte-code caches lying around, a .gitignore that would drop every module.
    checkout = tmp_path / "checkout"
    shutil.copytree(GENERATED, checkout / "generated")
    (checkout / ".gitignore").write_text("*.py\n")
    for number, path in enumerate(sorted((checkout / "generated").rglob("*"))):
        if path.is_file():
            os.utime(path, (1_000_000_000 + number * 7, 1_000_000_000 + number * 7))
            path.chmod(0o600 if number % 2 else 0o755)
    for source in DISTRIBUTIONS.values():
        cache = checkout / source.root.relative_to(REPOSITORY) / source.package / "__pycache__"
        cache.mkdir(exist_ok=True)
        (cache / "__init__.cpython-311.pyc").write_bytes(os.urandom(64))
    revision = dist_revision(list(DISTRIBUTIONS.values()))
    second = build_all(tmp_path / "dist", generated=checkout / "generated", revision=revision)
    first_out = next(iter(built.values())).wheel.parent
    assert sorted(p.name for p in first_out.iterdir()) == sorted(
        p.name for p in (tmp_path / "dist").iterdir()
    )
    for item in second:
        original = built[item.source.distribution]
        assert item.wheel.read_bytes() == original.wheel.read_bytes(), item.wheel.name
        assert item.sdist.read_bytes() == original.sdist.read_bytes(), item.sdist.name
    assert (tmp_path / "dist" / "SHA256SUMS").read_bytes() == (
        first_out / "SHA256SUMS"
    ).read_bytes()


def expected_provenance(distribution: str) -> dict[str, Any]:
    """Computed here from the repository, not read from the generated package."""
    specs = {spec: sha256_of(REPOSITORY / spec) for spec in CONFIG_SPECS[distribution]}
    return {
        "distribution": distribution,
        "version": DISTRIBUTIONS[distribution].version,
        "specs": specs,
        "generator": {"videoapi-specs": toolchain_version(), **tool_versions()},
    }


def source_date_epoch() -> int:
    committed = git("log", "-1", "--format=%ct", "HEAD")
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    if committed is None:
        pytest.skip("not a git checkout")
    return int(committed)


@pytest.mark.parametrize("distribution", sorted(DISTRIBUTIONS))
def test_wheel_carries_provenance_licence_and_commit_time(
    built: dict[str, BuiltDistribution], distribution: str
) -> None:
    item = built[distribution]
    with zipfile.ZipFile(item.wheel) as wheel:
        dist_info = next(n.split("/")[0] for n in wheel.namelist() if ".dist-info/" in n)
        facts = json.loads(wheel.read(f"{dist_info}/extra_metadata/provenance.json"))
        metadata = email.parser.Parser().parsestr(wheel.read(f"{dist_info}/METADATA").decode())
        licence = wheel.read(f"{dist_info}/licenses/LICENSE")
        times = {info.date_time for info in wheel.infolist()}
    assert {key: facts[key] for key in expected_provenance(distribution)} == expected_provenance(
        distribution
    )
    if HEAD is not None:
        assert facts["source_commit"] == HEAD
    assert metadata["Name"] == distribution
    assert metadata["License-Expression"] == "Apache-2.0"
    assert licence == LICENSE.read_bytes()
    description = str(metadata.get_payload())
    assert "## Provenance" in description
    assert facts["source_commit"] in description
    for digest in facts["specs"].values():
        assert digest in description
    # Every entry is stamped with the source commit's time (zip keeps even seconds).
    stamp = time.gmtime(source_date_epoch())
    assert times == {(*stamp[:5], stamp[5] // 2 * 2)}


@pytest.mark.parametrize("distribution", sorted(DISTRIBUTIONS))
def test_sdist_carries_provenance_and_builds_the_same_files(
    built: dict[str, BuiltDistribution], distribution: str
) -> None:
    item = built[distribution]
    source = DISTRIBUTIONS[distribution]
    with tarfile.open(item.sdist) as sdist:
        members = sdist.getmembers()
        top = members[0].name.split("/")[0]
        facts = json.loads(sdist.extractfile(f"{top}/PROVENANCE.json").read())  # type: ignore[union-attr]
        pkg_info = sdist.extractfile(f"{top}/PKG-INFO").read().decode()  # type: ignore[union-attr]
        changelog = sdist.extractfile(f"{top}/CHANGELOG.md").read().decode()  # type: ignore[union-attr]
        names = {m.name.removeprefix(f"{top}/") for m in members if m.isfile()}
    assert facts == json.loads(
        zipfile.ZipFile(item.wheel).read(
            f"{source.package}-{source.version}.dist-info/extra_metadata/provenance.json"
        )
    )
    assert "## Provenance" in pkg_info
    # The version's changelog entry: in the long description and, with every earlier one,
    # in CHANGELOG.md (from generator/versions/<distribution>.json).
    record = read_record(distribution)
    assert f"## Changes in {record.version} (" in pkg_info
    assert changelog.startswith(f"# Changelog of {distribution}\n")
    assert all(f"## {release.version} (" in changelog for release in record.releases)
    assert {m.mtime for m in members} == {source_date_epoch()}
    assert {(m.uid, m.gid) for m in members} == {(0, 0)}
    modules = {
        path.relative_to(source.root).as_posix()
        for path in source.package_dir.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    staged = {
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "PROVENANCE.json",
        "PKG-INFO",
        "CHANGELOG.md",
    }
    assert names == modules | staged


@pytest.fixture(scope="module", params=sorted(DISTRIBUTIONS))
def installed_wheel(
    request: pytest.FixtureRequest,
    built: dict[str, BuiltDistribution],
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, Path]:
    item = built[request.param]
    venv = tmp_path_factory.mktemp("wheel-venv") / request.param
    return request.param, fresh_venv(venv, str(item.wheel))


METADATA_PROBE = """
import importlib.metadata as metadata, json, sys
name = sys.argv[1]
provenance = metadata.distribution(name).read_text("extra_metadata/provenance.json")
print(json.dumps({
    "provenance": json.loads(provenance),
    "licence": metadata.metadata(name)["License-Expression"],
    "installed": sorted(d.metadata["Name"] for d in metadata.distributions()),
}))
"""


def test_installed_wheel_calls_the_emulator(
    installed_wheel: tuple[str, Path],
    built: dict[str, BuiltDistribution],
    emulator: Running,
    tmp_path: Path,
) -> None:
    distribution, python = installed_wheel
    source = DISTRIBUTIONS[distribution]
    facts, expected = seed(emulator, distribution)
    output = run_call(python, distribution, source.package, facts, cwd=tmp_path)
    assert output["result"] == expected
    # The code came from the virtual environment, which holds no other generated package.
    assert Path(output["file"]).is_relative_to(python.parent.parent)
    assert output["originals_importable"] == [source.package]
    probe = subprocess.run(
        [str(python), "-c", METADATA_PROBE, distribution],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    installed = json.loads(probe.stdout)
    assert installed["provenance"] == built[distribution].provenance
    assert installed["licence"] == "Apache-2.0"
    others = {name for name in installed["installed"] if name != distribution}
    assert not others & set(DISTRIBUTIONS)


def test_dist_without_uv_says_to_run_make_setup(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from toolchain import dist
    from toolchain.cli import main

    monkeypatch.setattr(dist, "UV", tmp_path / ".uv/bin/uv")
    assert main(["dist", "--out", str(tmp_path / "dist")]) == 2
    error = capsys.readouterr().err
    assert "is missing: run `make setup`" in error
    assert "Traceback" not in error
