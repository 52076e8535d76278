"""The demo's content, read from the YAML files in ``data/``: Musterstadt, its county,
Beispielheim, the demo accounts and the two adopted concepts.

Everything there is invented. Goals follow the lists of seed 003, reworded in the
potential-oriented language of seeds 002 and 004: they speak of what people can do and
of barriers to remove, never of people's origin as a deficit. Dates are ISO strings;
``kompass.demo.concepts`` turns a concept's data into objects.

A few gaps are deliberate so that the checks panel has realistic findings:
operative goals ``w-O2`` and ``v-O4`` have no target date, ``j-O2`` and ``v-O4`` no
indicator, ``a-O2`` no target group; measures ``a-M7`` and ``k-M5`` have no end date and
``g-M5`` has no budget line.
"""

import json
from pathlib import Path

import yaml

from kompass.concepts.models import GoalLevel
from kompass.core.catalogues import complete_entry

DATA_DIR = Path(__file__).resolve().parent / "data"

# What the data files must name, and what they may leave out (see their headers).
GOAL_REQUIRED = {"key", "level", "title"}
MEASURE_REQUIRED = {"key", "title", "goals", "unit", "start", "end"}
INDICATOR_REQUIRED = {
    "key",
    "name",
    "field",
    "goals",
    "unit",
    "values",
    "definition",
    "source",
    "responsible",
}
GOAL_DEFAULTS = {
    "description": "",
    "kind": "impact",
    "addressee": "society",
    "groups": [],
    "guidelines": [],
    "target": None,
    "children": [],
}
MEASURE_DEFAULTS = {
    "description": "",
    "partners": [],
    "groups": [],
    "districts": [],
    "staff_hours": None,
    "measure_type": "activating",
    "novelty": "new",
    "status": "planned",
    "progress": 0,
    "note": "",
    "budget": [],
    "milestones": [],
}
INDICATOR_DEFAULTS = {
    "kind": "goal",
    "direction": "higher",
    "numerator": "",
    "denominator": "",
    "disaggregations": "",
    "baseline_year": None,
    "target": None,
    "target_date": None,
    "flags": {},
    "districts": {},
    "groups": {},
    "catalogue_code": "",
}


def read(name: str):
    """One data file, e.g. ``read("musterstadt/measures")`` for ``data/musterstadt/measures.yaml``."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def complete(spec: dict, required: set, defaults: dict, *, file: str) -> dict:
    """``spec`` with the defaults filled in; a missing or unknown key is an error naming the
    file and the entry (``core.catalogues``, as for the shipped catalogues)."""
    where = f"demo/data/{file}.yaml, {spec.get('key', '?')}"
    return complete_entry(spec, required=sorted(required), defaults=defaults, where=where)


def _goal(spec: dict, file: str) -> dict:
    goal = complete(spec, GOAL_REQUIRED, GOAL_DEFAULTS, file=file)
    return goal | {
        "level": GoalLevel[goal["level"].upper()],
        "children": [_goal(child, file) for child in goal["children"]],
    }


def concept_spec(slug: str) -> dict:
    """A municipality's concept with its goals, measures and indicators, defaults filled in."""
    concept = read(f"{slug}/concept")
    indicators = read(f"{slug}/indicators")
    return concept | {
        "fields": [
            field | {"goals": [_goal(goal, f"{slug}/concept") for goal in field["goals"]]}
            for field in concept["fields"]
        ],
        "measures": {
            field_key: [
                complete(measure, MEASURE_REQUIRED, MEASURE_DEFAULTS, file=f"{slug}/measures")
                for measure in measures
            ]
            for field_key, measures in read(f"{slug}/measures").items()
        },
        "years": indicators["years"],
        "indicators": [
            complete(spec, INDICATOR_REQUIRED, INDICATOR_DEFAULTS, file=f"{slug}/indicators")
            for spec in indicators["indicators"]
        ],
        "definition_changes": indicators.get("definition_changes", {}),
        "narratives": concept.get("narratives", {}),
    }


_places = read("places")
COUNTY = _places["county"]
MUSTERSTADT = _places["musterstadt"]
BEISPIELHEIM = _places["beispielheim"]
DEMO_SLUGS = [MUSTERSTADT["slug"], BEISPIELHEIM["slug"], COUNTY["slug"]]
ORG_UNITS = _places["org_units"]  # by municipality slug: [name, abbreviation, kind]
DISTRICTS = _places["districts"]  # [code, name, population]

_accounts = read("accounts")
PASSWORD = _accounts["password"]
USERS = _accounts["users"]
DEMO_USERNAMES = [user["username"] for user in USERS]
REPORTERS = _accounts["reporters"]


def reporter(users: dict, unit_name: str, fallback):
    """The account that reports for a unit (``reporters`` in accounts.yaml), else ``fallback``."""
    return users.get(REPORTERS.get(unit_name, ""), fallback)


MUSTERSTADT_CONCEPT = concept_spec(MUSTERSTADT["slug"])
BEISPIELHEIM_CONCEPT = concept_spec(BEISPIELHEIM["slug"])


def district_shape(code: str) -> str:
    """The outline of a demo district as GeoJSON (a Polygon, outer ring counter-clockwise)."""
    ring = [list(_places["corners"][name]) for name in _places["district_outlines"][code]]
    twice_area = sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
    )
    if twice_area < 0:
        ring.reverse()
    return json.dumps({"type": "Polygon", "coordinates": [[*ring, ring[0]]]})
