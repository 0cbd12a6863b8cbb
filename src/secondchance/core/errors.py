"""The one base class for errors a user can fix by changing their input."""


class UserError(ValueError):
    """Bad input or a refused request; its message is shown as it is, with exit code 2."""
