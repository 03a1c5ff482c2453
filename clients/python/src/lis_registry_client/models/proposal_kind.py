from enum import StrEnum

class ProposalKind(StrEnum):
    EXPLANATORY_TEXT = "explanatory_text"
    LEARNING_ACTIVITY = "learning_activity"
    LEARNING_GOAL = "learning_goal"

    def __str__(self) -> str:
        return str(self.value)
