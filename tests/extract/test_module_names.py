"""Every module-level name in extract/ is bound once: a second pattern of the same name
silently replaces the first for every earlier use (it happened twice while adding rules)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[2] / "extract").glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
        for t in targets:
            if isinstance(t, ast.Name):
                if t.id in seen:
                    twice.append(f"{t.id} (lines {seen[t.id]} and {node.lineno})")
                seen[t.id] = node.lineno
    assert not twice, f"{path.name}: bound twice: {', '.join(twice)}"


def test_the_check_sees_a_second_binding(tmp_path):
    """The check itself: two bindings of one name are reported."""
    src = tmp_path / "m.py"
    src.write_text("import re\n_P = re.compile('a')\n_Q = 1\n_P = re.compile('b')\n")
    with pytest.raises(AssertionError, match="_P"):
        test_no_module_level_name_is_bound_twice(src)
