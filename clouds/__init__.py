"""The clouds this project speaks, each a package defining its facts once.

`cloud_of(document)` says which cloud a spec belongs to; nothing outside these
packages decides that by looking at a spec's keys or a cloud's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clouds.cloud import Cloud
from clouds.huaweicloud import HUAWEICLOUD
from clouds.tencentcloud import TENCENTCLOUD
from speclib.consumers import Consumer, derive

CLOUDS: tuple[Cloud, ...] = (TENCENTCLOUD, HUAWEICLOUD)


class UnknownCloud(ValueError):
    pass


def cloud_of(document: Mapping[str, Any]) -> Cloud:
    """The cloud a (bundled or hand-written) spec declares with x-videoapi-cloud."""
    for cloud in CLOUDS:
        if cloud.declares(document):
            return cloud
    raise UnknownCloud(
        f"the spec declares no known cloud (x-videoapi-cloud: {document.get('x-videoapi-cloud')!r};"
        f" known: {', '.join(c.name for c in CLOUDS)})"
    )


def view(bundle: dict[str, Any], consumer: Consumer) -> dict[str, Any]:
    """The bundle as one consumer sees it, with the headers its cloud's signer owns."""
    cloud = cloud_of(bundle)
    return derive(bundle, consumer, cloud.signing_headers, cloud.caller_headers)


def cloud_named(name: str) -> Cloud:
    for cloud in CLOUDS:
        if cloud.name == name:
            return cloud
    raise UnknownCloud(f"no cloud {name!r} (known: {', '.join(c.name for c in CLOUDS)})")


__all__ = ("CLOUDS", "Cloud", "UnknownCloud", "cloud_named", "cloud_of", "view")
