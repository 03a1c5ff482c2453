"""Why the application refuses a request, when no mandate rule does: a thing that does not exist,
input that names nothing known, a change that conflicts with what is stored.

Services raise these, as the domain raises `RuleBroken` and `NotPermitted`; they know nothing of HTTP.
The edge (`app/edge/errors.py`) gives each kind its status and its problem+json shape.
"""


class ApplicationError(Exception):
    """`pointer` is a JSON Pointer into the request body, `parameter` a path or query parameter;
    `rule` a mandate rule ID where one explains the refusal."""

    def __init__(
        self,
        message: str,
        *,
        pointer: str | None = None,
        parameter: str | None = None,
        rule: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.pointer = pointer
        self.parameter = parameter
        self.rule = rule


class NotFound(ApplicationError):
    """The resource the request is about does not exist."""


class InvalidInput(ApplicationError):
    """The request names something that does not exist, or asks for what cannot be."""


class Conflict(ApplicationError):
    """The request conflicts with what is stored: it would be valid against another state."""


class UnsupportedFile(ApplicationError):
    """The file is not of a kind the operation reads, or not what its media type says."""


class FileTooLarge(ApplicationError):
    """The file, or what it unpacks to, is larger than the service reads."""


def invalid(message: str, *, pointer: str | None = None, parameter: str | None = None) -> InvalidInput:
    return InvalidInput(message, pointer=pointer, parameter=parameter)


def not_found(what: str, *, rule: str | None = None) -> NotFound:
    return NotFound(f"{what} does not exist", rule=rule)
