"""The set-up promises: `make test` installs what it needs, or names it in one line."""

import os
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "scripts" / "system-packages"


def fake_command(folder: Path, name: str, output: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\necho {output}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def run_script(tmp_path: Path, uid: str, *packages: str) -> subprocess.CompletedProcess[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_command(bin_dir, "id", uid)
    # apt-get must never really run from a test: a stand-in records that it was asked.
    fake_command(bin_dir, "apt-get", "apt-get-called")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    env["CHROMIUM_PATH"] = str(tmp_path / "no-chromium-here")
    return subprocess.run(
        [str(SCRIPT), *packages], capture_output=True, text=True, env=env, check=False
    )


def test_without_root_one_line_names_what_to_install(tmp_path):
    result = run_script(tmp_path, "1000", "chromium")
    assert result.returncode == 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "apt-get install -y chromium" in lines[0]
    assert "apt-get-called" not in result.stdout


def test_as_root_the_missing_package_is_installed(tmp_path):
    result = run_script(tmp_path, "0", "chromium")
    assert result.returncode == 0
    assert "apt-get-called" in result.stdout
    assert "Installing chromium" in result.stdout


def test_nothing_is_installed_when_nothing_is_missing(tmp_path):
    result = run_script(tmp_path, "0")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_make_test_installs_system_packages_before_anything_needs_them():
    makefile = (ROOT / "Makefile").read_text()
    test_rule = next(line for line in makefile.splitlines() if line.startswith("test:"))
    assert test_rule.split(":", 1)[1].split()[0] == "system-packages"
    assert "scripts/system-packages chromium nodejs postgresql" in makefile


def test_ci_leaves_installing_to_make_test():
    ci = (ROOT / ".ci" / "run").read_text()
    commands = [line for line in ci.splitlines() if line.strip() and not line.startswith("#")]
    assert "apt-get" not in ci and "pip install" not in ci
    # make test sets everything up; only the store benchmark on PostgreSQL runs after it.
    after = commands[commands.index("make test") + 1 :]
    assert all("benchmarks/bench_store.py" in command for command in after)


def test_make_run_installs_only_what_the_app_needs():
    makefile = (ROOT / "Makefile").read_text()
    run_rule = next(line for line in makefile.splitlines() if line.startswith("run:"))
    stamp = run_rule.split(":", 1)[1].split()[0]
    recipe = makefile.split(f"{stamp}: pyproject.toml", 1)[1].split("\n\n", 1)[0]
    assert "pip install --quiet -e ." in recipe and "[" not in recipe  # no extras
