from enum import StrEnum


class ListDigitalHumanVideoJobType(StrEnum):
    PHOTO_DIGITAL_HUMAN_VIDEO = "PHOTO_DIGITAL_HUMAN_VIDEO"
    VALUE_0 = "2D_DIGITAL_HUMAN_VIDEO"

    def __str__(self) -> str:
        return str(self.value)
