"""The layer rule of ARCHITECTURE.md, checked on the source: dependencies point downward
(core ← tenancy ← concepts ← the domain apps ← the apps that show everything), and no module
imports itself through others. Function-local imports count: they hide a cycle, they do not
remove it."""

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

# Lower numbers are lower layers. An app may import its own modules and those of apps in a
# lower layer; apps in one layer do not import each other.
LAYERS = {
    "core": 0,
    "formats": 0,
    # official reference data: region keys and the municipality directory (GV100AD)
    "regions": 0,
    "tenancy": 1,
    "concepts": 2,
    "analysis": 3,
    "measures": 4,
    "indicators": 4,
    "actors": 4,
    # a whole concept version with its measures and indicators (tree, checks, comparison)
    "plan": 5,
    # statistics fetched from GENESIS-Online, the Regionaldatenbank and the Zensus database
    "statservice": 5,
    "monitoring": 6,
    "participation": 6,
    "surveys": 7,
    "bodies": 7,
    "process": 8,
    "translations": 8,
    "documents": 9,
    "reporting": 10,
    "administration": 11,
    "public": 11,
    "demo": 12,
}


def _modules() -> dict[str, Path]:
    modules = {}
    for path in (SRC / "kompass").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _imports(name: str, path: Path, modules) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in modules and t != name)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def app_of(module: str) -> str:
    """The app a module belongs to; "" for the project's own modules (settings, urls, wsgi)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (SRC / "kompass" / parts[-1]).is_dir() else ""


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index, low, stack, on_stack, result = {}, {}, [], set(), []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        result.append(sorted(component))
    return result


def test_every_app_has_a_layer():
    apps = {app_of(m) for m in import_graph()} - {""}
    assert apps <= set(LAYERS), f"apps without a layer: {sorted(apps - set(LAYERS))}"


def test_no_module_imports_itself_through_others():
    assert _cycles(import_graph()) == []


def upward_imports(graph) -> dict[str, set[str]]:
    """Imports of another app in the same or a higher layer, by pair of apps."""
    upward = defaultdict(set)
    for module, targets in graph.items():
        for target in targets:
            source_app, target_app = app_of(module), app_of(target)
            if (
                source_app
                and target_app
                and source_app != target_app
                and LAYERS[target_app] >= LAYERS[source_app]
            ):
                upward[f"{source_app} → {target_app}"].add(f"{module} → {target}")
    return dict(upward)


def test_dependencies_point_downward():
    assert upward_imports(import_graph()) == {}


def test_no_app_imports_another_apps_views():
    """Shared view helpers live in core.views and tenancy.access; the project's urls.py, which
    wires the apps' views to addresses, is no app."""
    borrowed = sorted(
        f"{module} → {target}"
        for module, targets in import_graph().items()
        for target in targets
        if app_of(module)
        and app_of(target) not in (app_of(module), "core")
        and target.rsplit(".", 1)[-1].endswith("views")
    )
    assert borrowed == []


def test_the_checks_find_what_they_look_for():
    graph = {"kompass.a.x": {"kompass.b.y"}, "kompass.b.y": {"kompass.a.x"}, "kompass.c": set()}
    assert _cycles(graph) == [["kompass.a.x", "kompass.b.y"]]
    assert app_of("kompass.documents.services") == "documents"
    assert app_of("kompass.settings") == ""
    graph = {
        "kompass.concepts.services": {"kompass.measures.models", "kompass.tenancy.models"},
        "kompass.measures.views": {"kompass.monitoring.selectors", "kompass.measures.models"},
        "kompass.measures.models": {"kompass.indicators.models"},  # a sibling
    }
    assert upward_imports(graph) == {
        "concepts → measures": {"kompass.concepts.services → kompass.measures.models"},
        "measures → monitoring": {"kompass.measures.views → kompass.monitoring.selectors"},
        "measures → indicators": {"kompass.measures.models → kompass.indicators.models"},
    }
