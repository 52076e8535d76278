"""Reading survey results: counts per option and scale value, free texts, and export rows.

Every figure comes from a fixed number of queries, however many responses there are:
the database counts answers grouped by question, row and value.
"""

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.translation import gettext as _

from kompass.core.charts import (
    Bar,
    Chart,
    Column,
    DataTable,
    Row,
    bar_chart,
    format_value,
    grouped_bar_chart,
)

from .models import Answer, Question, QuestionKind, Response


@dataclass
class QuestionResult:
    number: int
    question: Question
    respondents: int  # responses that answered this question
    chart: Chart | None = None
    mean: float | None = None
    texts: list = field(default_factory=list)  # free-text answers (Answer objects)


def _percent(count: int, base: int) -> str:
    return format_value(round(100 * count / base, 1), 1) + " %" if base else "–"


def _mean(counts: dict[int, int]) -> float | None:
    total = sum(counts.values())
    return sum(v * n for v, n in counts.items()) / total if total else None


def _count_table(title, label, items, base, extra_columns=()) -> DataTable:
    """Category | count | percent (of those who answered the question)."""
    return DataTable(
        caption=title,
        columns=(Column(label, numeric=False), Column(_("Answers")), Column(_("Share"))),
        rows=tuple(Row(text, (format_value(n, 0), _percent(n, base))) for text, n in items),
    )


def _choice_chart(result: QuestionResult, counts: dict) -> Chart:
    question = result.question
    labels = (
        question.option_list
        if question.kind != QuestionKind.SCALE
        else [str(v) for v in question.scale_values]
    )
    keys = range(len(labels)) if question.kind != QuestionKind.SCALE else question.scale_values
    if question.kind == QuestionKind.SCALE:
        if question.low_label:
            labels[0] = f"{labels[0]} – {question.low_label}"
        if question.high_label:
            labels[-1] = f"{labels[-1]} – {question.high_label}"
    items = [(label, counts.get(key, 0)) for label, key in zip(labels, keys, strict=True)]
    title = _("Question %(number)s: %(text)s") % {"number": result.number, "text": question.text}
    chart = bar_chart(
        chart_id=f"survey-question-{question.pk}",
        title=title,
        description=_("Number of answers per option; %(n)s people answered this question.")
        % {"n": result.respondents},
        unit="",
        category_label=_("Answer"),
        bars=[Bar(label, n) for label, n in items],
    )
    return dataclasses.replace(
        chart, table=_count_table(title, _("Answer"), items, result.respondents)
    )


def _matrix_chart(result: QuestionResult, counts: dict) -> Chart:
    """Rows of the matrix as groups, one bar per scale value; the table adds n and the mean."""
    question = result.question
    rows, values = question.option_list, question.scale_values
    title = _("Question %(number)s: %(text)s") % {"number": result.number, "text": question.text}

    def value_label(value):
        if value == values[0] and question.low_label:
            return f"{value} – {question.low_label}"
        if value == values[-1] and question.high_label:
            return f"{value} – {question.high_label}"
        return str(value)

    series = [(value_label(v), [counts.get((r, v), 0) for r in range(len(rows))]) for v in values]
    chart = grouped_bar_chart(
        chart_id=f"survey-question-{question.pk}",
        title=title,
        description=_("Number of answers per row and scale value."),
        unit="",
        category_label=_("Row"),
        categories=rows,
        series=series,
    )
    table_rows = []
    for r, label in enumerate(rows):
        row_counts = {v: counts.get((r, v), 0) for v in values}
        answered = sum(row_counts.values())
        mean = _mean(row_counts)
        table_rows.append(
            Row(
                label,
                tuple(format_value(row_counts[v], 0) for v in values)
                + (format_value(answered, 0), format_value(round(mean, 2), 2) if mean else "–"),
            )
        )
    table = DataTable(
        caption=title,
        columns=(Column(_("Row"), numeric=False),)
        + tuple(Column(value_label(v)) for v in values)
        + (Column(_("Answers")), Column(_("Mean"))),
        rows=tuple(table_rows),
    )
    return dataclasses.replace(chart, table=table)


def survey_results(survey) -> tuple[int, list[QuestionResult]]:
    """The number of responses and each question's result with its chart and data table."""
    questions = list(survey.questions.order_by("position", "pk"))
    total = Response.objects.filter(survey=survey).count()
    answers = Answer.objects.filter(question__survey=survey)
    respondents = dict(
        answers.values_list("question_id").annotate(n=Count("response_id", distinct=True))
    )
    counts = defaultdict(dict)
    for question_id, row, value, n in (
        answers.exclude(value__isnull=True)
        .values_list("question_id", "row", "value")
        .annotate(n=Count("id"))
        .order_by()
    ):
        counts[question_id][(row, value) if row is not None else value] = n
    texts = defaultdict(list)
    for answer in (
        answers.filter(question__kind=QuestionKind.TEXT)
        .exclude(text="")
        .order_by("question_id", "pk")
    ):
        texts[answer.question_id].append(answer)
    results = []
    for number, question in enumerate(questions, start=1):
        result = QuestionResult(number, question, respondents.get(question.pk, 0))
        if question.kind == QuestionKind.TEXT:
            result.texts = texts[question.pk]
        elif question.kind == QuestionKind.MATRIX:
            result.chart = _matrix_chart(result, counts[question.pk])
        else:
            result.chart = _choice_chart(result, counts[question.pk])
            if question.kind == QuestionKind.SCALE:
                result.mean = _mean(counts[question.pk])
        results.append(result)
    return total, results


def export_table(survey) -> tuple[list[str], list[list]]:
    """One row per response, one column per question (matrix: per row); German headers.

    Choices appear as their German option text; several ticked options are joined by "; ".
    """
    questions = list(survey.questions.order_by("position", "pk"))
    headers = [_("Response"), _("Submitted on"), _("Language")]
    columns = []  # (question, matrix row or None)
    for number, question in enumerate(questions, start=1):
        if question.kind == QuestionKind.MATRIX:
            for index, row in enumerate(question.option_list):
                headers.append(f"{number}. {question.text} – {row}")
                columns.append((question, index))
        else:
            headers.append(f"{number}. {question.text}")
            columns.append((question, None))
    values = defaultdict(list)
    for answer in Answer.objects.filter(question__survey=survey).order_by(
        "response_id", "question_id", "row", "value", "pk"
    ):
        values[(answer.response_id, answer.question_id, answer.row)].append(answer)
    rows = []
    for number, response in enumerate(
        Response.objects.filter(survey=survey).order_by("pk"), start=1
    ):
        row = [number, response.submitted_on, response.language]
        for question, index in columns:
            found = values.get((response.pk, question.pk, index), [])
            row.append(_cell(question, found))
        rows.append(row)
    return headers, rows


def _cell(question, answers):
    if not answers:
        return ""
    if question.kind == QuestionKind.TEXT:
        return answers[0].text
    if question.kind in (QuestionKind.SCALE, QuestionKind.MATRIX):
        return answers[0].value
    options = question.option_list
    return "; ".join(options[a.value] if 0 <= a.value < len(options) else "?" for a in answers)


def contributions_of_answers(answer_ids) -> dict[int, object]:
    """The contribution made from each of these answers (answer id → contribution)."""
    from kompass.participation.models import Contribution

    answer_type = ContentType.objects.get_for_model(Answer)
    return {
        c.origin_id: c
        for c in Contribution.objects.filter(
            origin_type=answer_type, origin_id__in=list(answer_ids)
        )
    }
