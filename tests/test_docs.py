"""The README and --help stay true to the commands."""

from pathlib import Path

import click
import pytest

from secondchance.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def all_commands():
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        subcommands = getattr(cli.get_command(ctx, name), "commands", None)
        if subcommands:
            yield from (f"{name} {sub}" for sub in subcommands)
        else:
            yield name


@pytest.mark.parametrize("name", list(all_commands()))
def test_every_command_has_help_with_an_example_and_is_in_the_readme(runner, name):
    result = runner.invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"secondchance {name}" in README


def test_readme_gives_the_two_commands():
    assert "make run" in README and "make test" in README
