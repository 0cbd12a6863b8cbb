"""The one base class for errors a user can fix by changing their input."""


class UserError(ValueError):
    """Bad input or a refused request; its message is shown as it is, with exit code 2."""


class EditConflict(UserError):
    """A case changed after it was read; the write based on that read was refused (#19)."""

    def __init__(self, case_id: int | None = None) -> None:
        which = f"case {case_id}" if case_id is not None else "the case"
        super().__init__(
            f"{which} was changed elsewhere after you read it, so nothing was saved;"
            " read it again and redo your change"
        )


class CaseNotFound(UserError):
    """No case has this id."""

    def __init__(self, case_id: int) -> None:
        super().__init__(f"there is no case {case_id}")
