"""Demo actors and offers of Musterstadt: invented organisations, no real persons.

The lists are the files ``data/musterstadt/actors.csv`` and ``offers.csv`` in the import
format; they go through the same reader and import planner as an uploaded file
(``kompass.actors.importing``), so loading the demo also proves the import. Some fields and
districts are left without offers on purpose (e.g. health and culture in Eichenau), so that
the gap view has something to show; an ended offer stays in the inventory as inactive.
"""

from kompass.actors.importing import apply_plan, plan_import
from kompass.actors.models import ImportKind
from kompass.actors.tabular import read_table

from .content import DATA_DIR

FILES = {ImportKind.ACTORS: "actors.csv", ImportKind.OFFERS: "offers.csv"}


def build_actors(municipality, *, acting_user) -> dict[str, int]:
    """Load the demo actors and offers through the import planner; raise on any problem."""
    counts = {}
    for kind, name in FILES.items():
        table = read_table((DATA_DIR / "musterstadt" / name).read_bytes(), name)
        plan = plan_import(kind=kind, table=table, municipality=municipality)
        if not plan.is_acceptable:
            details = "; ".join(f"{p.row}/{p.column}: {p.message}" for p in plan.problems[:5])
            raise ValueError(f"Demo {kind} do not import: {details}")
        counts[kind] = apply_plan(plan=plan, municipality=municipality, acting_user=acting_user)
    return counts
