from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiPrompt")


@_attrs_define
class MultiPrompt:
    """One shot of a multi-shot video: its number, prompt and length.

    Attributes:
        index (int | Unset): Number of the shot.
        prompt (str | Unset): Prompt of the shot.
        duration (str | Unset): Length of the shot in seconds, as a string; at least 1.
    """

    index: int | Unset = UNSET
    prompt: str | Unset = UNSET
    duration: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if index is not UNSET:
            field_dict["Index"] = index
        if prompt is not UNSET:
            field_dict["Prompt"] = prompt
        if duration is not UNSET:
            field_dict["Duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("Index", UNSET)

        prompt = d.pop("Prompt", UNSET)

        duration = d.pop("Duration", UNSET)

        multi_prompt = cls(
            index=index,
            prompt=prompt,
            duration=duration,
        )

        return multi_prompt
