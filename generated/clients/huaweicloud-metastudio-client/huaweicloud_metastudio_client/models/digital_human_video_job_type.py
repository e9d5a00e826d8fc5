from enum import StrEnum


class DigitalHumanVideoJobType(StrEnum):
    DIGITAL_HUMAN_PHOTO_VIDEO = "DIGITAL_HUMAN_PHOTO_VIDEO"
    VALUE_0 = "2D_DIGITAL_HUMAN_VIDEO"

    def __str__(self) -> str:
        return str(self.value)
