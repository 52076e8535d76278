"""The actor network of one survey: graph, centrality, isolated actors, gaps, comparison.

Reads take a fixed number of queries whatever the number of actors and relations. The
graph is undirected for the measures: a funding or membership relation connects two
actors just as a cooperation does. Several relations between the same two actors make
one edge whose strength is the strongest of them.
"""

from dataclasses import dataclass, field

import networkx as nx

from kompass.concepts.models import FieldCatalogueEntry, TargetGroup, TargetGroupCategory
from kompass.tenancy.access import scoped

from .models import Actor, ActorRelation, NetworkSurvey
from .selectors import concept_catalogue_entries


@dataclass(frozen=True)
class ActorMetrics:
    actor: Actor
    degree: int  # number of other actors with at least one relation
    degree_centrality: float  # degree / (n - 1)
    betweenness: float  # normalised betweenness centrality (0–1)
    weighted_degree: int  # sum of the strengths of its edges


@dataclass
class Network:
    survey: NetworkSurvey | None
    actors: list[Actor]
    relations: list[ActorRelation]
    graph: nx.Graph
    metrics: list[ActorMetrics] = field(default_factory=list)  # most central first

    @property
    def isolated(self) -> list[Actor]:
        return [m.actor for m in self.metrics if m.degree == 0]

    @property
    def most_central(self) -> list[ActorMetrics]:
        """The actors with the highest betweenness (ties included), if any is above zero."""
        if not self.metrics or self.metrics[0].betweenness <= 0:
            return [m for m in self.metrics[:1] if m.degree > 0]
        top = self.metrics[0].betweenness
        return [m for m in self.metrics if abs(m.betweenness - top) < 1e-9]

    @property
    def edge_count(self) -> int:
        return self.graph.number_of_edges()

    @property
    def density(self) -> float:
        return nx.density(self.graph) if self.graph.number_of_nodes() > 1 else 0.0


def build_graph(actor_ids, relations) -> nx.Graph:
    """An undirected graph of the actors; parallel relations merge into the strongest edge."""
    graph = nx.Graph()
    graph.add_nodes_from(actor_ids)
    for relation in relations:
        a, b = relation.source_id, relation.target_id
        if a == b or a not in graph or b not in graph:
            continue
        if graph.has_edge(a, b):
            data = graph.edges[a, b]
            data["strength"] = max(data["strength"], relation.strength)
            data["kinds"].add(relation.kind)
        else:
            graph.add_edge(a, b, strength=relation.strength, kinds={relation.kind})
    return graph


def centrality(graph: nx.Graph) -> dict[int, tuple[int, float, float, int]]:
    """Per node: degree, degree centrality, normalised betweenness, sum of edge strengths."""
    n = graph.number_of_nodes()
    betweenness = nx.betweenness_centrality(graph, normalized=True) if n > 2 else {}
    result = {}
    for node in graph.nodes:
        degree = graph.degree(node)
        result[node] = (
            degree,
            degree / (n - 1) if n > 1 else 0.0,
            betweenness.get(node, 0.0),
            int(graph.degree(node, weight="strength")),
        )
    return result


def _metrics(actors, graph) -> list[ActorMetrics]:
    values = centrality(graph)
    metrics = [ActorMetrics(actor, *values[actor.pk]) for actor in actors]
    # most central first: betweenness, then degree, then the name
    metrics.sort(key=lambda m: (-round(m.betweenness, 9), -m.degree, m.actor.name.casefold()))
    return metrics


def network_actors(municipality, relations) -> list[Actor]:
    """The active actors, plus inactive ones that still appear in the survey's relations."""
    involved = {r.source_id for r in relations} | {r.target_id for r in relations}
    actors = scoped(Actor, municipality).only("pk", "name", "actor_type", "active")
    return [a for a in actors if a.active or a.pk in involved]


def survey_relations(survey: NetworkSurvey | None) -> list[ActorRelation]:
    if survey is None:
        return []
    return list(ActorRelation.objects.filter(survey=survey).order_by("pk"))


def load_network(municipality, survey: NetworkSurvey | None) -> Network:
    """The network of one survey with the centrality of every actor (three queries)."""
    relations = survey_relations(survey)
    actors = network_actors(municipality, relations)
    graph = build_graph([a.pk for a in actors], relations)
    return Network(
        survey=survey,
        actors=actors,
        relations=relations,
        graph=graph,
        metrics=_metrics(actors, graph),
    )


# -- What nobody serves -----------------------------------------------------------------


@dataclass(frozen=True)
class Uncovered:
    fields: list[FieldCatalogueEntry]
    target_groups: list[TargetGroup]
    uses_concept_fields: bool

    @property
    def population_groups(self) -> list[TargetGroup]:
        return [g for g in self.target_groups if g.category == TargetGroupCategory.POPULATION]

    @property
    def institution_groups(self) -> list[TargetGroup]:
        return [g for g in self.target_groups if g.category != TargetGroupCategory.POPULATION]


def uncovered_by_actors(municipality) -> Uncovered:
    """Fields of action and target groups that no active actor names as its own.

    Fields are those the current concept works on (all catalogue fields if there is none).
    """
    entries = list(concept_catalogue_entries(municipality))
    uses_concept = bool(entries)
    if not entries:
        entries = list(FieldCatalogueEntry.objects.available_to(municipality))
    active = scoped(Actor, municipality).filter(active=True).values("pk")
    served_fields = set(
        Actor.fields.through.objects.filter(actor__in=active).values_list(
            "fieldcatalogueentry_id", flat=True
        )
    )
    served_groups = set(
        Actor.target_groups.through.objects.filter(actor__in=active).values_list(
            "targetgroup_id", flat=True
        )
    )
    groups = TargetGroup.objects.available_to(municipality)
    return Uncovered(
        fields=[e for e in entries if e.pk not in served_fields],
        target_groups=[g for g in groups if g.pk not in served_groups],
        uses_concept_fields=uses_concept,
    )


# -- Comparing two surveys --------------------------------------------------------------


@dataclass(frozen=True)
class RelationChange:
    source: Actor
    target: Actor
    kind_label: str
    before: int | None  # strength in the earlier survey
    after: int | None  # strength in the later survey


@dataclass(frozen=True)
class CentralityChange:
    actor: Actor
    degree_before: int
    degree_after: int
    betweenness_before: float
    betweenness_after: float

    @property
    def degree_change(self) -> int:
        return self.degree_after - self.degree_before

    @property
    def betweenness_change(self) -> float:
        return self.betweenness_after - self.betweenness_before

    @property
    def betweenness_change_shown(self) -> float:
        """The change as shown (three decimals), so that "+0,000" does not appear."""
        return round(self.betweenness_change, 3)


@dataclass
class Comparison:
    earlier: Network
    later: Network
    new: list[RelationChange]
    lost: list[RelationChange]
    changed: list[RelationChange]
    centrality: list[CentralityChange]  # largest changes first

    @property
    def newly_isolated(self) -> list[Actor]:
        before = {a.pk for a in self.earlier.isolated}
        return [a for a in self.later.isolated if a.pk not in before]

    @property
    def no_longer_isolated(self) -> list[Actor]:
        after = {a.pk for a in self.later.isolated}
        return [a for a in self.earlier.isolated if a.pk not in after]


def compare_networks(earlier: Network, later: Network) -> Comparison:
    """New, lost and changed relations (by actors and kind) and the change of centrality."""
    actors = {a.pk: a for a in earlier.actors} | {a.pk: a for a in later.actors}
    before = {r.key: r for r in earlier.relations}
    after = {r.key: r for r in later.relations}

    def change(key, old, new):
        relation = new or old
        return RelationChange(
            source=actors[key[0]],
            target=actors[key[1]],
            kind_label=relation.get_kind_display(),
            before=old.strength if old else None,
            after=new.strength if new else None,
        )

    def order(changes):
        return sorted(
            changes,
            key=lambda c: (c.source.name.casefold(), c.target.name.casefold(), c.kind_label),
        )

    new = order(change(k, None, after[k]) for k in after.keys() - before.keys())
    lost = order(change(k, before[k], None) for k in before.keys() - after.keys())
    changed = order(
        change(k, before[k], after[k])
        for k in after.keys() & before.keys()
        if before[k].strength != after[k].strength
    )
    old_metrics = {m.actor.pk: m for m in earlier.metrics}
    new_metrics = {m.actor.pk: m for m in later.metrics}
    rows = []
    for pk in old_metrics.keys() | new_metrics.keys():
        old, cur = old_metrics.get(pk), new_metrics.get(pk)
        rows.append(
            CentralityChange(
                actor=actors[pk],
                degree_before=old.degree if old else 0,
                degree_after=cur.degree if cur else 0,
                betweenness_before=old.betweenness if old else 0.0,
                betweenness_after=cur.betweenness if cur else 0.0,
            )
        )
    rows.sort(
        key=lambda c: (
            -abs(round(c.betweenness_change, 9)),
            -abs(c.degree_change),
            c.actor.name.casefold(),
        )
    )
    return Comparison(earlier, later, new, lost, changed, rows)
