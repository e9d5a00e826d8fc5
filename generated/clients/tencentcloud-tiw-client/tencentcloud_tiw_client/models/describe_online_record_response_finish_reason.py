from enum import StrEnum


class DescribeOnlineRecordResponseFinishReason(StrEnum):
    AUTO = "AUTO"
    EXCEPTION = "EXCEPTION"
    FORCE_STOP = "FORCE_STOP"
    USER_CALL = "USER_CALL"

    def __str__(self) -> str:
        return str(self.value)
