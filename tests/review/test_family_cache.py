"""The parsed family files kept between runs, the way the interpreter keeps bytecode (#17)."""

import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from secondchance.core.review import lexicon as lx

SHIPPED = Path(lx.__file__).parent / "families"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A copy of the shipped data files, with bytecode writing on whatever the shell says."""
    copy = tmp_path / "families"
    shutil.copytree(SHIPPED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    return copy


def parsed_by_tomllib(folder: Path) -> dict:
    return {path.stem: tomllib.loads(path.read_text("utf-8")) for path in folder.glob("*.toml")}


def refuse_to_parse(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("parsed the TOML again")

    monkeypatch.setattr(lx.tomllib, "load", refuse)


def test_the_tables_are_what_tomllib_reads_and_a_second_run_reads_them_from_the_cache(
    folder, monkeypatch
):
    first = lx.read_tables(str(folder))
    assert first == parsed_by_tomllib(folder)
    assert Path(lx.cache_path(str(folder))).is_file()
    refuse_to_parse(monkeypatch)
    assert lx.read_tables(str(folder)) == first


def test_an_edited_file_is_read_again(folder):
    lx.read_tables(str(folder))
    blame = folder / "blame.toml"
    blame.write_text(blame.read_text("utf-8") + '\n[added_for_the_test]\nreason = "yes"\n', "utf-8")
    assert lx.read_tables(str(folder))["blame"]["added_for_the_test"] == {"reason": "yes"}


def test_a_damaged_cache_is_ignored_and_replaced(folder):
    cache = Path(lx.cache_path(str(folder)))
    cache.parent.mkdir()
    cache.write_bytes(b"\x00 not marshal data")
    assert lx.read_tables(str(folder)) == parsed_by_tomllib(folder)
    assert cache.read_bytes() != b"\x00 not marshal data"


def test_nothing_is_written_under_dont_write_bytecode(folder, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert lx.read_tables(str(folder)) == parsed_by_tomllib(folder)
    assert not (folder / "__pycache__").exists()


def test_a_folder_it_cannot_write_to_costs_only_speed(folder):
    # A file where the cache folder would be stops any write, even for root (CI runs as root).
    (folder / "__pycache__").write_text("in the way", "utf-8")
    assert lx.read_tables(str(folder)) == parsed_by_tomllib(folder)
    assert {path.name for path in folder.iterdir()} == {
        path.name for path in SHIPPED.glob("*.toml")
    } | {"__pycache__"}


def test_the_cache_follows_pycache_prefix(folder, tmp_path, monkeypatch):
    prefix = tmp_path / "bytecode"
    monkeypatch.setattr(sys, "pycache_prefix", str(prefix))
    lx.read_tables(str(folder))
    assert Path(lx.cache_path(str(folder))).is_relative_to(prefix)
    assert Path(lx.cache_path(str(folder))).is_file()
    assert not (folder / "__pycache__").exists()
