from enum import StrEnum


class DescribeOnlineRecordResponseStatus(StrEnum):
    FINISHED = "FINISHED"
    PAUSED = "PAUSED"
    PREPARED = "PREPARED"
    RECORDING = "RECORDING"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
