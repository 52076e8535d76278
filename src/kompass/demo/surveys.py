"""Musterstadt's surveys: the closed residents' survey of spring 2023 with 200 generated
anonymous responses (German, English, Turkish, Arabic), and a short open survey.

Built through the same services as the UI (questions saved like the builder, answers through
``response_submit``); the answer values follow fixed, plausible distributions drawn with a
seeded random generator, so every demo load gives the same figures. Invented throughout.
"""

import datetime
import random

from kompass.surveys.models import Question, QuestionKind, Response, Survey, SurveyStatus
from kompass.surveys.services import response_submit, survey_set_status

from .content import DISTRICTS

RESPONSES = 200
SEED = 2023
SURVEY_START = datetime.date(2023, 4, 17)
SURVEY_END = datetime.date(2023, 5, 31)

INTRO = (
    "Musterstadt schreibt ein Integrationskonzept – und möchte wissen, wie Sie das "
    "Zusammenleben in der Stadt erleben. Die Befragung dauert etwa zehn Minuten und ist anonym."
)

# (kind, German text, options or rows, scale, low, high, required, translations en/tr/ar)
QUESTIONS = [
    (
        QuestionKind.SINGLE,
        "Wie lange leben Sie schon in Musterstadt?",
        ["weniger als 2 Jahre", "2 bis 10 Jahre", "mehr als 10 Jahre", "seit meiner Geburt"],
        "1-5",
        "",
        "",
        True,
        {
            "en": (
                "How long have you lived in Musterstadt?",
                ["less than 2 years", "2 to 10 years", "more than 10 years", "since I was born"],
            ),
            "tr": (
                "Ne zamandır Musterstadt'ta yaşıyorsunuz?",
                ["2 yıldan az", "2 ila 10 yıl", "10 yıldan fazla", "doğduğumdan beri"],
            ),
            "ar": (
                "منذ متى تعيش في موسترشتات؟",
                ["أقل من سنتين", "من 2 إلى 10 سنوات", "أكثر من 10 سنوات", "منذ ولادتي"],
            ),
        },
    ),
    (
        QuestionKind.SINGLE,
        "In welchem Stadtteil wohnen Sie?",
        [name for _code, name, _population in DISTRICTS],
        "1-5",
        "",
        "",
        False,
        {
            "en": ("Which district do you live in?", []),
            "tr": ("Hangi semtte oturuyorsunuz?", []),
            "ar": ("في أي حي تسكن؟", []),
        },
    ),
    (
        QuestionKind.SCALE,
        "Wie wohl fühlen Sie sich in Ihrer Nachbarschaft?",
        [],
        "1-5",
        "gar nicht wohl",
        "sehr wohl",
        True,
        {
            "en": ("How comfortable do you feel in your neighbourhood?", [], "not at all", "very"),
            "tr": (
                "Mahallenizde kendinizi ne kadar iyi hissediyorsunuz?",
                [],
                "hiç iyi değil",
                "çok iyi",
            ),
            "ar": ("ما مدى شعورك بالراحة في حيّك؟", [], "لا أشعر بالراحة إطلاقًا", "مرتاح جدًا"),
        },
    ),
    (
        QuestionKind.MULTIPLE,
        "Welche Angebote kennen oder nutzen Sie?",
        [
            "Sprachkurse",
            "Migrationsberatung",
            "Familienzentrum",
            "Sportvereine",
            "Bürgerbüro",
            "Interkulturelle Feste",
        ],
        "1-5",
        "",
        "",
        False,
        {
            "en": (
                "Which services do you know or use?",
                [
                    "Language courses",
                    "Migration counselling",
                    "Family centre",
                    "Sports clubs",
                    "Citizens' office",
                    "Intercultural festivals",
                ],
            ),
            "tr": (
                "Hangi hizmetleri biliyor veya kullanıyorsunuz?",
                [
                    "Dil kursları",
                    "Göç danışmanlığı",
                    "Aile merkezi",
                    "Spor kulüpleri",
                    "Vatandaşlık bürosu",
                    "Kültürlerarası şenlikler",
                ],
            ),
            "ar": (
                "ما الخدمات التي تعرفها أو تستخدمها؟",
                [
                    "دورات اللغة",
                    "استشارات الهجرة",
                    "مركز الأسرة",
                    "النوادي الرياضية",
                    "مكتب خدمة المواطنين",
                    "المهرجانات بين الثقافات",
                ],
            ),
        },
    ),
    (
        QuestionKind.MATRIX,
        "Wie zufrieden sind Sie mit …",
        [
            "der Kinderbetreuung",
            "den Schulen",
            "den Beratungsangeboten",
            "den Informationen der Stadtverwaltung",
            "den Freizeitangeboten für Jugendliche",
        ],
        "1-5",
        "sehr unzufrieden",
        "sehr zufrieden",
        False,
        {
            "en": (
                "How satisfied are you with …",
                [
                    "childcare",
                    "schools",
                    "counselling services",
                    "information from the city administration",
                    "leisure activities for young people",
                ],
                "very dissatisfied",
                "very satisfied",
            ),
            "tr": (
                "Aşağıdakilerden ne kadar memnunsunuz?",
                [
                    "çocuk bakımı",
                    "okullar",
                    "danışmanlık hizmetleri",
                    "belediyenin bilgilendirmesi",
                    "gençler için boş zaman etkinlikleri",
                ],
                "hiç memnun değilim",
                "çok memnunum",
            ),
            "ar": (
                "ما مدى رضاك عن …",
                [
                    "رعاية الأطفال",
                    "المدارس",
                    "خدمات الاستشارة",
                    "معلومات إدارة المدينة",
                    "الأنشطة الترفيهية للشباب",
                ],
                "غير راضٍ إطلاقًا",
                "راضٍ جدًا",
            ),
        },
    ),
    (
        QuestionKind.SCALE,
        "Wie wahrscheinlich ist es, dass Sie sich in den nächsten zwei Jahren ehrenamtlich engagieren?",
        [],
        "0-10",
        "gar nicht wahrscheinlich",
        "sehr wahrscheinlich",
        False,
        {
            "en": (
                "How likely is it that you will volunteer in the next two years?",
                [],
                "not at all likely",
                "very likely",
            ),
            "tr": (
                "Önümüzdeki iki yıl içinde gönüllü olarak çalışma olasılığınız nedir?",
                [],
                "hiç olası değil",
                "çok olası",
            ),
            "ar": (
                "ما مدى احتمال أن تتطوع خلال العامين المقبلين؟",
                [],
                "غير محتمل إطلاقًا",
                "محتمل جدًا",
            ),
        },
    ),
    (
        QuestionKind.TEXT,
        "Was würde das Zusammenleben in Musterstadt verbessern?",
        [],
        "1-5",
        "",
        "",
        False,
        {
            "en": ("What would improve living together in Musterstadt?", []),
            "tr": ("Musterstadt'ta birlikte yaşamı ne iyileştirir?", []),
            "ar": ("ما الذي من شأنه أن يحسّن العيش المشترك في موسترشتات؟", []),
        },
    ),
    (
        QuestionKind.TEXT,
        "Was sollte die Stadt als Erstes angehen?",
        [],
        "1-5",
        "",
        "",
        False,
        {
            "en": ("What should the city tackle first?", []),
            "tr": ("Belediye ilk olarak neyi ele almalı?", []),
            "ar": ("ما الذي يجب أن تعالجه المدينة أولاً؟", []),
        },
    ),
]

TITLES = {
    "en": (
        "Living together in Musterstadt – residents' survey 2023",
        "Musterstadt is writing an integration strategy and would like to know how you experience living together in the city. The survey takes about ten minutes and is anonymous.",
    ),
    "tr": (
        "Musterstadt'ta birlikte yaşam – 2023 sakinler anketi",
        "Musterstadt bir uyum stratejisi hazırlıyor ve şehirde birlikte yaşamı nasıl deneyimlediğinizi öğrenmek istiyor. Anket yaklaşık on dakika sürer ve anonimdir.",
    ),
    "ar": (
        "العيش معًا في موسترشتات – استبيان السكان 2023",
        "تعمل موسترشتات على إعداد استراتيجية للاندماج وتودّ أن تعرف كيف تعيش تجربة العيش المشترك في المدينة. يستغرق الاستبيان نحو عشر دقائق وهو مجهول الهوية.",
    ),
}

IMPROVE = [
    "Mehr Begegnungsorte im Stadtteil, zum Beispiel ein offenes Café für alle.",
    "Feste, bei denen die Nachbarschaft zusammenkommt – nicht nur einmal im Jahr.",
    "Spielplätze und Grünflächen, auf denen sich Familien treffen können.",
    "Mehr Sprachcafés am Abend, damit auch Berufstätige kommen können.",
    "Dass Vereine aktiv auf neue Mitglieder zugehen und Schnuppertermine anbieten.",
    "Informationen der Stadt in einfacher Sprache und in mehreren Sprachen.",
    "Ein Stadtteilzentrum in der Nordstadt mit festen Öffnungszeiten.",
    "Mehr gemeinsame Projekte von Schulen und Elternvereinen.",
    "Patenschaften zwischen Alteingesessenen und neu Zugezogenen.",
    "Günstige Sportangebote für Jugendliche am Wochenende.",
    "Dass man sich bei Behörden willkommen fühlt und nicht als Bittsteller.",
    "Ein interkultureller Garten am Mühlbach wäre schön.",
    "Bessere Busverbindungen aus Eichenau, damit man an Angeboten teilnehmen kann.",
    "Mehr Respekt im Alltag, auch in Bus und Bahn.",
    "Ein Nachbarschaftsfest in jedem Stadtteil, organisiert mit den Vereinen.",
    "Treffpunkte für ältere Menschen, in denen mehrere Sprachen gesprochen werden.",
    "Gemeinsames Kochen und Essen – das verbindet.",
    "Mehr Ehrenamtliche in der Hausaufgabenhilfe.",
]
FIRST = [
    "Bezahlbaren Wohnraum schaffen.",
    "Mehr Kita-Plätze, damit Eltern arbeiten und Deutsch lernen können.",
    "Wartezeiten bei der Ausländerbehörde verkürzen.",
    "Anerkennung ausländischer Berufsabschlüsse beschleunigen.",
    "Die Jugendarbeit in der Weststadt stärken.",
    "Mehrsprachige Beratung im Bürgerbüro anbieten.",
    "Sprachkurse mit Kinderbetreuung.",
    "Diskriminierung bei der Wohnungssuche entgegentreten.",
    "Schulsozialarbeit an allen Grundschulen.",
    "Eine zentrale Anlaufstelle für Neuzugewanderte.",
    "Die Stadtverwaltung interkulturell schulen.",
    "Ausbildungsplätze für junge Geflüchtete vermitteln.",
]

LANGUAGE_WEIGHTS = [("de", 80), ("en", 8), ("tr", 7), ("ar", 5)]


def _weighted(rng, weights):
    return rng.choices(range(len(weights)), weights=weights)[0]


def _scale(rng, low, high, centre, spread=1.1):
    return max(low, min(high, round(rng.gauss(centre, spread))))


def _build_questions(survey, municipality, specs):
    questions = []
    for position, (kind, text, options, scale, low, high, required, translations) in enumerate(
        specs, start=1
    ):
        texts = {}
        for code, values in translations.items():
            entry = {"text": values[0], "options": values[1]}
            if len(values) > 2:
                entry |= {"low_label": values[2], "high_label": values[3]}
            texts[code] = entry
        question = Question(
            survey=survey,
            municipality=municipality,
            position=position,
            kind=kind,
            text=text,
            required=required,
            options="\n".join(options),
            scale=scale,
            low_label=low,
            high_label=high,
            translations=texts,
        )
        question.full_clean()
        question.save()
        questions.append(question)
    return questions


def _answers(rng, questions, district_weights):
    """One respondent's answers, drawn from plausible distributions."""
    residence, district, comfort, services, satisfaction, volunteer, improve, first = questions
    answers = []
    duration = _weighted(rng, [14, 33, 38, 15])
    answers.append({"question": residence, "value": duration})
    if rng.random() < 0.9:
        answers.append({"question": district, "value": _weighted(rng, district_weights)})
    answers.append({"question": comfort, "value": _scale(rng, 1, 5, 3.7 + 0.15 * duration)})
    known = [0.46 if duration < 2 else 0.2, 0.3 if duration < 2 else 0.12, 0.28, 0.45, 0.6, 0.33]
    answers += [
        {"question": services, "value": index}
        for index, share in enumerate(known)
        if rng.random() < share
    ]
    if rng.random() < 0.85:
        centres = [3.1, 3.5, 3.3, 2.6, 2.4]
        for row, centre in enumerate(centres):
            if rng.random() < 0.93:
                answers.append(
                    {"question": satisfaction, "row": row, "value": _scale(rng, 1, 5, centre)}
                )
    if rng.random() < 0.8:
        answers.append({"question": volunteer, "value": _scale(rng, 0, 10, 4.6, 2.6)})
    if rng.random() < 0.45:
        answers.append({"question": improve, "text": rng.choice(IMPROVE)})
    if rng.random() < 0.3:
        answers.append({"question": first, "text": rng.choice(FIRST)})
    return answers


def build_residents_survey(municipality, *, version, acting_user):
    """The closed survey of spring 2023 with its 200 responses."""
    survey = Survey(
        municipality=municipality,
        concept_version=version,
        title="Zusammenleben in Musterstadt – Bürgerbefragung 2023",
        intro=INTRO,
        status=SurveyStatus.DRAFT,
        opens_on=SURVEY_START,
        closes_on=SURVEY_END,
        languages=["en", "tr", "ar"],
        translations={code: {"title": t, "intro": i} for code, (t, i) in TITLES.items()},
    )
    survey.full_clean()
    survey._history_user = acting_user
    survey.save()
    questions = _build_questions(survey, municipality, QUESTIONS)
    # Answers are taken while the survey is open; the dates are those of spring 2023.
    survey.opens_on = survey.closes_on = None
    survey_set_status(
        survey=survey, status=SurveyStatus.OPEN, expected_lock_version=0, acting_user=acting_user
    )
    rng = random.Random(SEED)
    district_weights = [population for _code, _name, population in DISTRICTS]
    days = (SURVEY_END - SURVEY_START).days
    codes, weights = zip(*LANGUAGE_WEIGHTS, strict=True)
    dates = {}
    for _number in range(RESPONSES):
        language = rng.choices(codes, weights=weights)[0]
        response = response_submit(
            survey=survey,
            language=language,
            answers=_answers(rng, questions, district_weights),
        )
        # many answers in the first days after the launch, fewer later
        day = SURVEY_START + datetime.timedelta(days=min(days, int(rng.expovariate(1 / 9))))
        dates.setdefault(day, []).append(response.pk)
    for day, pks in dates.items():
        Response.objects.filter(pk__in=pks).update(submitted_on=day)
    survey_set_status(
        survey=survey,
        status=SurveyStatus.CLOSED,
        expected_lock_version=survey.lock_version,
        acting_user=acting_user,
    )
    Survey.objects.filter(pk=survey.pk).update(opens_on=SURVEY_START, closes_on=SURVEY_END)
    return survey


WELCOME_QUESTIONS = [
    (
        QuestionKind.SCALE,
        "Wie hilfreich waren die Willkommenstage für Sie?",
        [],
        "1-5",
        "gar nicht hilfreich",
        "sehr hilfreich",
        True,
        {
            "en": (
                "How helpful were the welcome days for you?",
                [],
                "not helpful at all",
                "very helpful",
            ),
            "uk": (
                "Наскільки корисними для вас були Дні знайомства?",
                [],
                "зовсім не корисні",
                "дуже корисні",
            ),
            "ls": ("Haben Ihnen die Willkommens-Tage geholfen?", [], "gar nicht", "sehr"),
        },
    ),
    (
        QuestionKind.MULTIPLE,
        "Welche Themen sollen beim nächsten Mal vorkommen?",
        [
            "Arbeit und Ausbildung",
            "Wohnen",
            "Kita und Schule",
            "Gesundheit",
            "Freizeit und Vereine",
        ],
        "1-5",
        "",
        "",
        False,
        {
            "en": (
                "Which topics should be covered next time?",
                [
                    "Work and training",
                    "Housing",
                    "Daycare and school",
                    "Health",
                    "Leisure and clubs",
                ],
            ),
            "uk": (
                "Які теми мають бути наступного разу?",
                [
                    "Робота та навчання",
                    "Житло",
                    "Дитсадок і школа",
                    "Здоров'я",
                    "Дозвілля та клуби",
                ],
            ),
            "ls": (
                "Über welche Themen wollen Sie nächstes Mal sprechen?",
                [
                    "Arbeit und Ausbildung",
                    "Wohnen",
                    "Kita und Schule",
                    "Gesundheit",
                    "Freizeit und Vereine",
                ],
            ),
        },
    ),
    (
        QuestionKind.TEXT,
        "Was möchten Sie uns noch sagen?",
        [],
        "1-5",
        "",
        "",
        False,
        {
            "en": ("Is there anything else you would like to tell us?", []),
            "uk": ("Що ще ви хотіли б нам сказати?", []),
            "ls": ("Möchten Sie uns noch etwas sagen?", []),
        },
    ),
]


def build_welcome_survey(municipality, *, acting_user, today):
    """A short open survey after the welcome days, with a few answers so far."""
    survey = Survey(
        municipality=municipality,
        title="Kurzbefragung zu den Willkommenstagen",
        intro="Drei kurze Fragen zu den Willkommenstagen für Neuzugewanderte. Die Befragung ist anonym.",
        status=SurveyStatus.DRAFT,
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=30),
        languages=["ls", "en", "uk"],
        translations={
            "en": {
                "title": "Short survey on the welcome days",
                "intro": "Three short questions about the welcome days for newcomers. The survey is anonymous.",
            },
            "uk": {
                "title": "Коротке опитування про Дні знайомства",
                "intro": "Три короткі питання про Дні знайомства для новоприбулих. Опитування анонімне.",
            },
            "ls": {
                "title": "Kurze Umfrage zu den Willkommens-Tagen",
                "intro": "Wir haben 3 Fragen an Sie. Sie müssen Ihren Namen nicht sagen.",
            },
        },
    )
    survey.full_clean()
    survey._history_user = acting_user
    survey.save()
    scale, topics, remark = _build_questions(survey, municipality, WELCOME_QUESTIONS)
    survey_set_status(
        survey=survey, status=SurveyStatus.OPEN, expected_lock_version=0, acting_user=acting_user
    )
    rng = random.Random(SEED + 1)
    remarks = [
        "Danke für die Übersetzung ins Ukrainische!",
        "Bitte auch einen Termin am Samstag anbieten.",
        "Die Führung durch das Rathaus war sehr hilfreich.",
    ]
    for number in range(12):
        answers = [{"question": scale, "value": _scale(rng, 1, 5, 4.1, 0.8)}]
        answers += [{"question": topics, "value": i} for i in range(5) if rng.random() < 0.4]
        if number < len(remarks):
            answers.append({"question": remark, "text": remarks[number]})
        response_submit(
            survey=survey, language=rng.choice(["de", "de", "uk", "ls", "en"]), answers=answers
        )
    return survey


def build_surveys(municipality, *, acting_user, today=None):
    """Both demo surveys of Musterstadt."""
    from django.utils import timezone

    from kompass.concepts.models import ConceptVersion

    version = ConceptVersion.objects.filter(municipality=municipality).order_by("number").first()
    build_residents_survey(municipality, version=version, acting_user=acting_user)
    build_welcome_survey(municipality, acting_user=acting_user, today=today or timezone.localdate())
