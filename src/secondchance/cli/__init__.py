"""The command line: every command parses its input, makes one services call and prints.

The commands live in one module per theme; this module builds the group from them
explicitly, and `main` turns refused input into exit code 2 and a readable message.
"""

from __future__ import annotations

import sys

import click

from secondchance.cli import cases, delivery, messages, planning, replies, web
from secondchance.cli.options import Exit
from secondchance.cli.output import format_validation_error
from secondchance.core.errors import UserError


class _Group(click.Group):
    """The top-level group: refused input ends in exit code 2 with a readable message.

    Doing it here rather than in `main` means an in-process CliRunner sees what a user sees.
    """

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; turn the errors a user can act on into exit code 2."""
        try:
            return super().invoke(ctx)
        except UserError as error:
            message: str | None = f"Error: {error}"
        except Exception as error:
            message = _readable(error)
            if message is None:
                raise
        click.echo(message, err=True)
        ctx.exit(Exit.BAD_INPUT)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="secondchance")
def cli() -> None:
    """Recover with honesty and composure after missing a job interview.

    \b
    Example:
        secondchance kit --case case.json
    """


COMMANDS = (
    messages.kit_command,
    planning.plan_command,
    planning.ics_command,
    messages.reasons_command,
    messages.new_command,
    messages.review_command,
    cases.case_group,
    cases.due_command,
    replies.reply_command,
    replies.inbox_command,
    delivery.eml_command,
    delivery.mailto_command,
    delivery.send_command,
    delivery.outbox_command,
    web.serve_command,
)
for command in COMMANDS:
    cli.add_command(command)


def _readable(error: Exception) -> str | None:
    """Say what went wrong for the errors a user can act on; None for a real bug.

    pydantic and SQLAlchemy are imported only by the commands that use them; when one is not
    loaded, the error cannot be one of its own.
    """
    pydantic = sys.modules.get("pydantic")
    if pydantic is not None and isinstance(error, pydantic.ValidationError):
        return format_validation_error(error)
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    # DatabaseError covers a file that is not a database as well as one that cannot be opened.
    if sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.DatabaseError):
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        return f"Error: could not open the database: {reason}"
    return None


def main() -> None:
    """Run the CLI, turning bad input into exit code 2 and a readable message."""
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        code = Exit.BAD_INPUT
    except click.ClickException as error:
        error.show()
        code = error.exit_code
    sys.exit(code or 0)
