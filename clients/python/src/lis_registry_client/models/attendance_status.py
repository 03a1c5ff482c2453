from enum import StrEnum

class AttendanceStatus(StrEnum):
    ABSENT = "absent"
    DEPUTY_ATTENDED = "deputy_attended"
    PRESENT = "present"

    def __str__(self) -> str:
        return str(self.value)
