from enum import StrEnum

class Action(StrEnum):
    ADD_STATEMENT = "add_statement"
    CLOSE_CONSULTATION = "close_consultation"
    DECLINE = "decline"
    EDIT = "edit"
    FORWARD = "forward"
    OPEN_CONSULTATION = "open_consultation"
    RECORD_ASSESSMENT = "record_assessment"
    RECORD_OUTCOME = "record_outcome"
    SUBMIT = "submit"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
