from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logo_rect import LogoRect


T = TypeVar("T", bound="LogoParam")


@_attrs_define
class LogoParam:
    """The mark put on the generated video (an image by URL or Base64) and where it goes.

    Attributes:
        logo_url (str | Unset): URL of the mark image; used when both it and LogoImage are given.
        logo_image (str | Unset): The mark image, Base64-encoded.
        logo_rect (LogoRect | Unset): Position and size of the mark in the output, in pixels.
    """

    logo_url: str | Unset = UNSET
    logo_image: str | Unset = UNSET
    logo_rect: LogoRect | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        logo_url = self.logo_url

        logo_image = self.logo_image

        logo_rect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logo_rect, Unset):
            logo_rect = self.logo_rect.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if logo_url is not UNSET:
            field_dict["LogoUrl"] = logo_url
        if logo_image is not UNSET:
            field_dict["LogoImage"] = logo_image
        if logo_rect is not UNSET:
            field_dict["LogoRect"] = logo_rect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.logo_rect import LogoRect  # noqa: PLC0415

        d = dict(src_dict)
        logo_url = d.pop("LogoUrl", UNSET)

        logo_image = d.pop("LogoImage", UNSET)

        _logo_rect = d.pop("LogoRect", UNSET)
        logo_rect: LogoRect | Unset
        if isinstance(_logo_rect, Unset):
            logo_rect = UNSET
        else:
            logo_rect = LogoRect.from_dict(_logo_rect)

        logo_param = cls(
            logo_url=logo_url,
            logo_image=logo_image,
            logo_rect=logo_rect,
        )

        return logo_param
