from enum import StrEnum


class DigitalHumanVideoState(StrEnum):
    BLOCK = "BLOCK"
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    PROCESSING = "PROCESSING"
    SUCCEED = "SUCCEED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
