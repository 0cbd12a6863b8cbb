"""The command line: every command parses its input, makes one services call and prints.

The commands live in one module per theme; this module builds the group from them
explicitly, and `main` turns refused input into exit code 2 and a readable message.
"""

from __future__ import annotations

import sys

import click

from secondchance.cli import cases, delivery, messages, planning, web
from secondchance.cli.options import Exit
from secondchance.cli.output import format_validation_error


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    delivery.eml_command,
    delivery.mailto_command,
    delivery.send_command,
    delivery.outbox_command,
    web.serve_command,
)
for command in COMMANDS:
    cli.add_command(command)


def main() -> None:
    """Run the CLI, turning bad input into exit code 2 and a readable message."""
    from secondchance.core.errors import UserError

    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        code = Exit.BAD_INPUT
    except click.ClickException as error:
        error.show()
        code = error.exit_code
    except UserError as error:
        click.echo(f"Error: {error}", err=True)
        code = Exit.BAD_INPUT
    except Exception as error:
        # pydantic is imported only by the commands that validate a case; when it is not
        # loaded, this cannot be one of its errors.
        pydantic = sys.modules.get("pydantic")
        if pydantic is None or not isinstance(error, pydantic.ValidationError):
            raise
        click.echo(format_validation_error(error), err=True)
        code = Exit.BAD_INPUT
    sys.exit(code or 0)
