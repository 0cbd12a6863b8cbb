"""The layering promised: the web layer imports no storage and no import cycle (#19)."""

import ast
from pathlib import Path

WEB = Path(__file__).parent.parent / "src" / "secondchance" / "web"


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_the_web_layer_reaches_storage_only_through_services():
    for path in WEB.glob("*.py"):
        assert not any(name.startswith("secondchance.store") for name in imported_modules(path)), (
            path
        )


def test_nothing_the_app_factory_imports_imports_it_back():
    importers = {
        path.stem for path in WEB.glob("*.py") if "secondchance.web.app" in imported_modules(path)
    }
    assert importers == set()
