"""kg/ is laid out in wings that follow the layers of the tool (kg/__init__.py):
an import may run down the layers, never up them."""
from __future__ import annotations

import ast
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"

# Lowest first. A module belongs to the first prefix that matches it, longest first.
LAYERS = {
    "kg.records": 0, "kg.resources": 0, "kg.files": 0, "kg.limits": 0,
    "kg.pipeline.extract": 1,
    "kg.pipeline": 2,
    "kg.graph": 3,
    "kg.build": 4,
    "kg.outputs": 5,
    "kg.cli": 6, "kg.evaluate": 6, "kg": 6,
}


def layer(module: str) -> int:
    for prefix in sorted(LAYERS, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return LAYERS[prefix]
    raise KeyError(module)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every import of the package in one file."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            targets = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        out += [(node.lineno, t) for t in targets if t == root.name or t.startswith(root.name + ".")]
    return out


def upward_imports(root: Path) -> list[str]:
    """'file:line module -> target' for every import that runs up a layer."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        here = module_name(path, root)
        for line, target in imports(path, root):
            if layer(target) > layer(here):
                found.append(f"{path.relative_to(root.parent)}:{line} {here} -> {target}")
    return found


def test_no_import_runs_up_a_layer():
    assert upward_imports(KG) == []


def test_every_module_lives_in_a_wing():
    loose = sorted(p.name for p in KG.glob("*.py"))
    assert loose == ["__init__.py", "cli.py", "evaluate.py", "files.py", "limits.py", "records.py", "resources.py"]
    for wing in ("pipeline", "graph", "build", "outputs"):
        doc = ast.get_docstring(ast.parse((KG / wing / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"kg/{wing}/__init__.py should say what the wing may import"


def test_the_check_finds_an_import_that_runs_up(tmp_path):
    root = tmp_path / "kg"
    (root / "pipeline").mkdir(parents=True)
    (root / "graph").mkdir()
    (root / "__init__.py").write_text("")
    (root / "pipeline" / "__init__.py").write_text("")
    (root / "graph" / "__init__.py").write_text("")
    (root / "graph" / "store.py").write_text("from ..pipeline import rdf\n")
    (root / "pipeline" / "rdf.py").write_text("x = 1\n")
    (root / "pipeline" / "read.py").write_text("import os\n\n\ndef f():\n    from ..graph.store import open_store\n")
    assert upward_imports(root) == ["kg/pipeline/read.py:5 kg.pipeline.read -> kg.graph.store"]
