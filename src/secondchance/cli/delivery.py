"""Commands that deliver messages: eml, mailto, send, outbox."""

from __future__ import annotations

from datetime import datetime

import click

from secondchance.cli.options import (
    CASE_ID,
    Exit,
    db_option,
    json_option,
    now_option,
    open_context,
    out_option,
)
from secondchance.cli.output import (
    json_list,
    outbox_line,
    write_output,
)


@click.command("eml")
@click.argument("case_id", type=CASE_ID)
@click.argument("message_id")
@out_option
@now_option
@db_option
def eml_command(
    case_id: int, message_id: str, out: str | None, now: datetime | None, db_url: str | None
) -> None:
    """Write a kit email as an .eml file that opens in any mail client.

    \b
    Example:
        secondchance eml 1 apology_email --out apology.eml
    """
    from secondchance import services

    data = bytes(services.message_eml(open_context(db_url, now), case_id, message_id))
    write_output(out, data)


@click.command("mailto")
@click.argument("case_id", type=CASE_ID)
@click.argument("message_id")
@now_option
@db_option
def mailto_command(case_id: int, message_id: str, now: datetime | None, db_url: str | None) -> None:
    """Print a mailto: link that opens the email in your mail client.

    \b
    Example:
        secondchance mailto 1 apology_email
    """
    from secondchance import services

    url, fits = services.message_mailto(open_context(db_url, now), case_id, message_id)
    click.echo(url)
    if not fits:
        click.echo(
            "Warning: this link is long enough that some mail clients cut it off; use"
            " `secondchance eml` or `secondchance send` instead.",
            err=True,
        )


@click.command("send")
@click.argument("case_id", type=CASE_ID)
@click.argument("message_id")
@click.option("--dry-run", is_flag=True, help="Check everything, send nothing.")
@now_option
@db_option
@json_option
def send_command(
    case_id: int,
    message_id: str,
    dry_run: bool,
    now: datetime | None,
    db_url: str | None,
    as_json: bool,
) -> None:
    """Send a kit email through your SMTP server (SECONDCHANCE_SMTP_URL), via the outbox.

    \b
    Example:
        SECONDCHANCE_SMTP_URL=smtp+starttls://me@mail.example.com:587 \\
        SECONDCHANCE_SMTP_PASSWORD=... secondchance send 1 apology_email
    """
    from secondchance import services

    entry = services.send_message(open_context(db_url, now), case_id, message_id, dry_run)
    if entry is None:
        click.echo("Dry run: the message is ready to send; nothing was sent.")
        return
    click.echo(entry.model_dump_json(indent=2) if as_json else outbox_line(entry))
    if entry.status != "sent":
        raise click.exceptions.Exit(Exit.FINDINGS)


@click.command("outbox")
@click.option("--retry", is_flag=True, help="Try again to send what has not gone out.")
@now_option
@db_option
@json_option
def outbox_command(retry: bool, now: datetime | None, db_url: str | None, as_json: bool) -> None:
    """Show the outbox; with --retry, send again what is queued or failed.

    \b
    Example:
        secondchance outbox --retry --json
    """
    from secondchance import services

    context = open_context(db_url, now)
    if retry:
        services.retry_outbox(context)
    entries = services.outbox(context)
    if as_json:
        click.echo(json_list(entries))
        return
    for entry in entries:
        click.echo(outbox_line(entry))
    if not entries:
        click.echo("The outbox is empty.")
