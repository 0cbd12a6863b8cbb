"""Inputs a probe found still ending in a traceback: each is now a clear exit 2 (#19 Low 9)."""

import pytest

from secondchance.cli import Exit, cli


@pytest.fixture
def not_a_database(tmp_path):
    path = tmp_path / "notadb.txt"
    path.write_text("hello\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["case", "list", "--db", "{notadb}"], {}, "could not open the database: file is not"),
        (["case", "list", "--db", "%00"], {}, "names no file a database can be in"),
        (["kit", "--case", "-"], {}, "holds a number too long"),
        (["review", "/proc/self/mem"], {}, "could not read the draft (/proc/self/mem)"),
        (
            ["outbox", "--retry", "--db", "{tmp}/x.db"],
            {"SECONDCHANCE_SMTP_URL": "smtps://me@[::1"},
            "SECONDCHANCE_SMTP_URL cannot be read",
        ),
    ],
)
def test_bad_input_is_a_message_and_exit_2(runner, not_a_database, tmp_path, args, env, message):
    args = [arg.format(notadb=not_a_database, tmp=tmp_path) for arg in args]
    stdin = '{"candidate": ' + "9" * 5000 + "}"
    result = runner.invoke(cli, args, input=stdin, env=env)
    assert result.exit_code == Exit.BAD_INPUT, result.output
    assert message in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
