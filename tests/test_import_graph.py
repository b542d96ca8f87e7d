"""The helpers package's modules import each other without cycles (imports inside functions
included), so each stage can be read, tested and reused on its own."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "helpers"


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in PACKAGE.glob("*.py"):
        module = path.stem
        graph.add_node(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module == "helpers":
                    names = [f"helpers.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name.startswith("helpers."):
                    graph.add_edge(module, name.split(".")[1])
    return graph


def test_helpers_modules_import_each_other_without_cycles() -> None:
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == [], f"import cycles: {cycles}"


def test_the_graph_finds_the_imports_it_checks() -> None:
    assert import_graph().has_edge("pipeline", "cleaning")
