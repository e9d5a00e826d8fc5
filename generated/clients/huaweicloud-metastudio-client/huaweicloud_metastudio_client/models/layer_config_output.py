from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.layer_config_output_layer_type import LayerConfigOutputLayerType, check_layer_config_output_layer_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_layer_config_output import ImageLayerConfigOutput
    from ..models.layer_position_config_output import LayerPositionConfigOutput
    from ..models.layer_rotation_config_output import LayerRotationConfigOutput
    from ..models.layer_size_config_output import LayerSizeConfigOutput
    from ..models.text_layer_config_output import TextLayerConfigOutput
    from ..models.video_layer_config_output import VideoLayerConfigOutput


T = TypeVar("T", bound="LayerConfigOutput")


@_attrs_define
class LayerConfigOutput:
    """A layer of a scene: the person, a picture, a video or text, as a job reports it.

    Attributes:
        layer_type (LayerConfigOutputLayerType | str): HUMAN (the person), IMAGE (a picture), VIDEO (a video) or TEXT
            (text).
        asset_id (str | Unset): ID of the layer's asset; not needed for external material.
        group_id (str | Unset): Group of material across scenes; a group shares its position.
        sequence_no (int | Unset): Scene at which the layer appears (live streams only).
        position (LayerPositionConfigOutput | Unset): Where a layer lies on the canvas (1920x1080 landscape, 1080x1920
            portrait), whatever the output resolution, as a job reports it.
        size (LayerSizeConfigOutput | Unset): How large a layer is on the canvas, as a job reports it.
        rotation (LayerRotationConfigOutput | Unset): How a layer is turned about its centre (videos cannot be turned),
            as a job reports it.
        image_config (ImageLayerConfigOutput | Unset): The picture of an IMAGE layer, as a job reports it.
        video_config (VideoLayerConfigOutput | Unset): The video of a VIDEO layer, as a job reports it.
        text_config (TextLayerConfigOutput | Unset): The text of a TEXT layer, as a job reports it.
    """

    layer_type: LayerConfigOutputLayerType | str
    asset_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    sequence_no: int | Unset = UNSET
    position: LayerPositionConfigOutput | Unset = UNSET
    size: LayerSizeConfigOutput | Unset = UNSET
    rotation: LayerRotationConfigOutput | Unset = UNSET
    image_config: ImageLayerConfigOutput | Unset = UNSET
    video_config: VideoLayerConfigOutput | Unset = UNSET
    text_config: TextLayerConfigOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layer_type: str
        if isinstance(self.layer_type, str):
            layer_type = self.layer_type
        else:
            layer_type = self.layer_type

        asset_id = self.asset_id

        group_id = self.group_id

        sequence_no = self.sequence_no

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        rotation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rotation, Unset):
            rotation = self.rotation.to_dict()

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        text_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_config, Unset):
            text_config = self.text_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layer_type": layer_type,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if sequence_no is not UNSET:
            field_dict["sequence_no"] = sequence_no
        if position is not UNSET:
            field_dict["position"] = position
        if size is not UNSET:
            field_dict["size"] = size
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if text_config is not UNSET:
            field_dict["text_config"] = text_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_layer_config_output import ImageLayerConfigOutput  # noqa: PLC0415
        from ..models.layer_position_config_output import LayerPositionConfigOutput  # noqa: PLC0415
        from ..models.layer_rotation_config_output import LayerRotationConfigOutput  # noqa: PLC0415
        from ..models.layer_size_config_output import LayerSizeConfigOutput  # noqa: PLC0415
        from ..models.text_layer_config_output import TextLayerConfigOutput  # noqa: PLC0415
        from ..models.video_layer_config_output import VideoLayerConfigOutput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_layer_type(data: object) -> LayerConfigOutputLayerType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                layer_type_layer_type = check_layer_config_output_layer_type(data)

                return layer_type_layer_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LayerConfigOutputLayerType | str, data)

        layer_type = _parse_layer_type(d.pop("layer_type"))

        asset_id = d.pop("asset_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        sequence_no = d.pop("sequence_no", UNSET)

        _position = d.pop("position", UNSET)
        position: LayerPositionConfigOutput | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = LayerPositionConfigOutput.from_dict(_position)

        _size = d.pop("size", UNSET)
        size: LayerSizeConfigOutput | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = LayerSizeConfigOutput.from_dict(_size)

        _rotation = d.pop("rotation", UNSET)
        rotation: LayerRotationConfigOutput | Unset
        if isinstance(_rotation, Unset):
            rotation = UNSET
        else:
            rotation = LayerRotationConfigOutput.from_dict(_rotation)

        _image_config = d.pop("image_config", UNSET)
        image_config: ImageLayerConfigOutput | Unset
        if isinstance(_image_config, Unset):
            image_config = UNSET
        else:
            image_config = ImageLayerConfigOutput.from_dict(_image_config)

        _video_config = d.pop("video_config", UNSET)
        video_config: VideoLayerConfigOutput | Unset
        if isinstance(_video_config, Unset):
            video_config = UNSET
        else:
            video_config = VideoLayerConfigOutput.from_dict(_video_config)

        _text_config = d.pop("text_config", UNSET)
        text_config: TextLayerConfigOutput | Unset
        if isinstance(_text_config, Unset):
            text_config = UNSET
        else:
            text_config = TextLayerConfigOutput.from_dict(_text_config)

        layer_config_output = cls(
            layer_type=layer_type,
            asset_id=asset_id,
            group_id=group_id,
            sequence_no=sequence_no,
            position=position,
            size=size,
            rotation=rotation,
            image_config=image_config,
            video_config=video_config,
            text_config=text_config,
        )

        layer_config_output.additional_properties = d
        return layer_config_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
