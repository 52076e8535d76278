"""The process templates are read from their YAML file into the template dataclasses."""

import pytest

from kompass.core.catalogues import CatalogueError
from kompass.process.catalogue import (
    TEMPLATE_CHOICES,
    TEMPLATES,
    PhaseSpec,
    StepSpec,
    TaskSpec,
    load_templates,
)

TEMPLATE = """
- key: kurz
  name: Kurz
  source: Test
  summary: Ein Schritt
  phases:
  - title: Phase
    description: Die einzige Phase
    steps:
    - title: Schritt
      description: Der einzige Schritt
      tasks:
      - title: Aufgabe
"""


def test_the_shipped_file_holds_the_four_templates_in_order():
    assert [key for key, _name in TEMPLATE_CHOICES] == [
        "twelve_steps",
        "hessian_phases",
        "four_steps",
        "revision",
    ]
    assert len(TEMPLATES["twelve_steps"].all_steps()) == 12
    assert TEMPLATES["four_steps"].phases == ()
    assert [step.weight for _phase, step in TEMPLATES["four_steps"].all_steps()] == [2, 3, 2, 5]


def test_nested_entries_become_dataclasses_with_their_defaults(tmp_path):
    path = tmp_path / "templates.yaml"
    path.write_text(TEMPLATE, encoding="utf-8")
    template = load_templates(path)["kurz"]
    assert template.default_months == 12
    assert template.after == ()
    assert template.phases == (
        PhaseSpec(
            "Phase",
            "Die einzige Phase",
            (StepSpec("Schritt", "Der einzige Schritt", tasks=(TaskSpec("Aufgabe"),)),),
        ),
    )


def test_a_broken_step_is_named_by_file_template_phase_and_step(tmp_path):
    path = tmp_path / "templates.yaml"
    path.write_text(TEMPLATE.replace("      description: Der einzige Schritt\n", ""), "utf-8")
    with pytest.raises(
        CatalogueError,
        match=r"templates\.yaml, entry 1 \(key: kurz\), phases 1, steps 1: missing description$",
    ):
        load_templates(path)


def test_a_misspelt_task_key_is_an_error(tmp_path):
    path = tmp_path / "templates.yaml"
    path.write_text(TEMPLATE.replace("- title: Aufgabe", "- titel: Aufgabe"), "utf-8")
    with pytest.raises(CatalogueError, match=r"steps 1, tasks 1: missing title; unknown titel$"):
        load_templates(path)
