"""What every service call runs against: the database, the clock and the environment's settings.

The CLI, the web app and the API each build one `ServiceContext` and hand it to the services,
which never read the clock or the environment themselves; tests build one with a fixed clock
and a temporary database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondchance.server_url import ServerUrl
    from secondchance.services.database import Database

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Return the real time, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Settings:
    """The SECONDCHANCE_ variables, read from the environment once.

    Each mail server is parsed when a service needs it, not here: a bad SMTP URL refuses a
    send, and leaves `due` or the kit page alone.
    """

    env: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Settings:
        """Keep a copy of the SECONDCHANCE_ variables of `environ`."""
        ours = {name: value for name, value in environ.items() if name.startswith("SECONDCHANCE_")}
        return cls(MappingProxyType(ours))

    def smtp(self) -> ServerUrl | None:
        """Return the SMTP server to send through; None when none is set.

        Raises MailConfigError (a UserError) for settings that cannot be used.
        """
        from secondchance.mail import smtp_server

        return smtp_server(self.env)

    def imap(self) -> ServerUrl | None:
        """Return the mailbox to read; None when none is set.

        Raises InboxConfigError (a UserError) for settings that cannot be used.
        """
        from secondchance.inbox import imap_server

        return imap_server(self.env)

    @property
    def smtp_configured(self) -> bool:
        """Tell whether a send button makes sense (the password itself is never read here)."""
        return bool(self.env.get("SECONDCHANCE_SMTP_URL"))

    @property
    def imap_configured(self) -> bool:
        """Tell whether the mailbox button makes sense (#18)."""
        return bool(self.env.get("SECONDCHANCE_IMAP_URL"))


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """The database, the clock and the settings that the services read; built once per front end."""

    db: Database
    clock: Clock = system_clock
    settings: Settings = Settings()

    def now(self) -> datetime:
        """Return the current time from the context's clock (aware)."""
        return self.clock()

    def at(self, now: datetime) -> ServiceContext:
        """Return this context with its clock stopped at `now`.

        A command or a request runs at one instant: what it checks, stores and shows agrees.
        """
        return replace(self, clock=lambda: now)
