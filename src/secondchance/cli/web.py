"""The command that starts the web app: serve."""

from __future__ import annotations

import click

from secondchance.cli.options import (
    db_option,
)

DEFAULT_PORT = 8731


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0 picks a free one).",
)
@click.option("--no-browser", is_flag=True, help="Do not open a browser window.")
@click.option(
    "--token", default=None, help="Require this token (one is made up for a non-loopback --host)."
)
@db_option
def serve_command(
    host: str, port: int, no_browser: bool, token: str | None, db_url: str | None
) -> None:
    """Start the local web app and open it in your browser.

    \b
    Example:
        secondchance serve
        secondchance serve --host 0.0.0.0 --no-browser   # prints a link with a token
    """
    import os
    import secrets
    import socket
    import webbrowser

    import uvicorn

    from secondchance import services
    from secondchance.web.app import WebSettings, create_app
    from secondchance.web.security import Guard, is_loopback

    if token is not None and not token.strip():
        raise click.BadParameter(
            "must not be empty; leave it out to have one made up", param_hint="--token"
        )
    if token is None and not is_loopback(host):
        token = secrets.token_urlsafe(24)
    url = services.database(db_url, os.environ).url
    app = create_app(WebSettings(url, Guard(bind_host=host, token=token), dict(os.environ)))
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.bind((host, port))  # fail early, and learn the port when it is 0
            port = probe.getsockname()[1]
    except OSError as error:
        raise click.UsageError(
            f"cannot listen on {host}:{port} ({error.strerror}); choose another --port"
        ) from None
    link = server_link(host, port, token)
    click.echo(f"secondchance is running at {link}  (Ctrl+C to stop)")
    if not no_browser and not webbrowser.open(link):
        click.echo(f"No browser could be opened here. Open {link} in one yourself.")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def server_link(host: str, port: int, token: str | None) -> str:
    """Return the link to print: an IPv6 address in brackets, "any" as this machine."""
    shown = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # noqa: S104 - compared
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
