"""The package's shape, as the README's "How the code is laid out" promises it: small modules, stages that
depend one way, typer and printing only in the CLI. Read from the source with `ast`, nothing is imported."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "consistency"
MAX_LINES = 500
MODEL_LIBRARIES = ("torch", "sentence_transformers", "onnxruntime", "transformers", "spacy", "tokenizers")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str) -> set[str]:
    """Every module `name` imports, at the top or inside a function, as absolute names."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in MODULES)
    return found


def _internal(name: str) -> set[str]:
    return {m for m in _imports(name) if m in MODULES and m != name}


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_over_500_lines(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[name].relative_to(ROOT)} has {lines} lines"


def test_every_module_says_what_it_owns():
    missing = [n for n, p in MODULES.items() if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert not missing


def _cycles() -> list[list[str]]:
    """Import cycles between modules, counting only imports done when a module is first imported."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in tree.body:  # module level only: a function-level import is deferred, not a cycle at import time
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                edges.add(target)
                edges.update(f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in MODULES)
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("consistency"):
                edges.add(node.module)
        graph[name] = {e for e in edges if e in MODULES and e != name and not _under(name, e)}
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    return cycles


def test_no_import_cycle():
    assert _cycles() == []


def test_facets_import_neither_alignment_nor_comparison():
    wrong = {n: sorted(m for m in _internal(n) if _under(m, "consistency.alignment") or _under(m, "consistency.compare"))
             for n in MODULES if _under(n, "consistency.facets")}
    assert not {n: m for n, m in wrong.items() if m}


def test_reports_import_no_facet_module():
    wrong = {n: sorted(m for m in _internal(n) if _under(m, "consistency.facets"))
             for n in MODULES if _under(n, "consistency.report")}
    assert not {n: m for n, m in wrong.items() if m}


def test_alignment_loads_no_model():
    wrong = {}
    for n in MODULES:
        if _under(n, "consistency.alignment"):
            bad = [m for m in _imports(n) if m.split(".")[0] in MODEL_LIBRARIES
                   or _under(m, "consistency.embed") or _under(m, "consistency.facets.nlp")]
            if bad:
                wrong[n] = bad
    assert not wrong


def test_only_the_cli_imports_typer_or_prints():
    typer_users, printers = [], []
    for n, p in MODULES.items():
        if _under(n, "consistency.cli"):
            continue
        if any(m.split(".")[0] == "typer" for m in _imports(n)):
            typer_users.append(n)
        tree = ast.parse(p.read_text(encoding="utf-8"))
        if any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "print" for c in ast.walk(tree)):
            printers.append(n)
    assert typer_users == [] and printers == []

