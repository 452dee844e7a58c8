"""The arrows between Sviedka's layers and the import circles between its modules.

Usage (from the repository root): ``.venv/bin/python scripts/import_graph.py``

Prints each package-to-package arrow with how many imports make it (an arrow pointing up the
stack ui/cli -> services -> sync -> storage -> domain is marked), the strongly connected
groups of modules (import circles; an import inside a function counts too, since it still ties
the two modules together), and the largest files. Reads the sources only; imports nothing.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
LAYERS = ("domain", "storage", "sync", "services", "cli", "ui")  # bottom to top


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, modules: set[str]) -> set[str]:
    """The app modules `path` imports (a `from package import module` names the module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name in modules}


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "app"


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def main() -> int:
    files = {module_name(p): p for p in APP.rglob("*.py")}
    graph = {name: imported(path, set(files)) - {name} for name, path in files.items()}
    arrows = Counter(
        (layer(source), layer(target))
        for source, targets in graph.items()
        for target in targets
        if layer(source) != layer(target)
    )
    print("Arrows between layers (imports):")
    for (source, target), count in sorted(arrows.items()):
        up = (
            source in LAYERS
            and target in LAYERS
            and LAYERS.index(target) > LAYERS.index(source)
            and {source, target} != {"cli", "ui"}
        )
        print(f"  {source:>8} -> {target:<8} {count:4}{'   UP THE STACK' if up else ''}")
    groups = circles(graph)
    print(f"Import circles: {len(groups)}")
    for group in groups:
        print("  " + " <-> ".join(group))
    sizes = sorted(((len(p.read_text(encoding='utf-8').splitlines()), n) for n, p in files.items()),
                   reverse=True)  # fmt: skip
    print("Largest files (lines):")
    for lines, name in sizes[:8]:
        print(f"  {lines:5}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
