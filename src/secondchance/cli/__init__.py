"""The command line: every command parses its input, makes one services call and prints.

The commands live in one module per theme; this module names each command and where it
lives, and `main` turns refused input into exit code 2 and a readable message.
"""

from __future__ import annotations

import sys
from importlib import import_module

import click

from secondchance.cli.options import Exit
from secondchance.core.errors import UserError

# Each command's module is imported when that command is looked up, so a run pays only for
# its own command: `kit` and `plan` import none of the database, mail and web commands (#19).
# Listing them all (`--help`) imports every module.
COMMANDS = {
    "kit": "secondchance.cli.messages:kit_command",
    "plan": "secondchance.cli.planning:plan_command",
    "ics": "secondchance.cli.planning:ics_command",
    "reasons": "secondchance.cli.messages:reasons_command",
    "new": "secondchance.cli.messages:new_command",
    "review": "secondchance.cli.messages:review_command",
    "case": "secondchance.cli.cases:case_group",
    "due": "secondchance.cli.cases:due_command",
    "reply": "secondchance.cli.replies:reply_command",
    "inbox": "secondchance.cli.replies:inbox_command",
    "eml": "secondchance.cli.delivery:eml_command",
    "mailto": "secondchance.cli.delivery:mailto_command",
    "send": "secondchance.cli.delivery:send_command",
    "outbox": "secondchance.cli.delivery:outbox_command",
    "serve": "secondchance.cli.web:serve_command",
}


class _Group(click.Group):
    """The top-level group: loads its commands on demand, and ends refused input in exit 2.

    Doing the exit code here rather than in `main` means an in-process CliRunner sees what a
    user sees.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Name every command, without importing any of them."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import the module of the command named, and return the command."""
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name].split(":")
        command: click.Command = getattr(import_module(module), name)
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """Resolve as Click does; a mistyped name gets suggestions from all the commands.

        Click suggests from the commands already loaded, which here is none of them.
        """
        try:
            return super().resolve_command(ctx, args)
        except click.NoSuchCommand as error:
            raise click.NoSuchCommand(error.command_name, possibilities=COMMANDS, ctx=ctx) from None

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


def _readable(error: Exception) -> str | None:
    """Say what went wrong for the errors a user can act on; None for a real bug.

    pydantic and SQLAlchemy are imported only by the commands that use them; when one is not
    loaded, the error cannot be one of its own.
    """
    pydantic = sys.modules.get("pydantic")
    if pydantic is not None and isinstance(error, pydantic.ValidationError):
        from secondchance.cli.output import format_validation_error

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
