"""Factors that Hessian municipalities named as supporting or hindering their strategy process
(seed 004, "Unterstützende und hemmende Faktoren vor Ort"), offered as suggestions."""

SUPPORTING = [
    (
        "Strukturelle Verankerung von Integration und Vielfalt",
        "z. B. durch eine feste Stelle Integrationsbeauftragte oder eine Fachstelle Vielfalt",
    ),
    ("Politischer Wille", "z. B. durch Bürgermeisterin/Bürgermeister, Stadträtinnen und Stadträte"),
    (
        "Bereits verankerte Integrationsleitlinien oder ein Integrationskonzept",
        "und damit verbundene Strukturen und Angebote, z. B. Fortbildungen, Arbeitskreise, Feste, Veranstaltungen",
    ),
    (
        "Starke Netzwerkstrukturen vor Ort",
        "z. B. mit Bildungseinrichtungen, sozialen Einrichtungen, Wirtschaft, Vereinen, Initiativen, Landkreis, Religions- und Glaubensgemeinschaften, Wohlfahrtsverbänden, Ausländerbeirat",
    ),
    (
        "Langjährige Erfahrung mit Engagement, Partizipation und Integration",
        "z. B. in Initiativen, Gremien, Arbeitskreisen, Agendaprozessen",
    ),
    (
        "Interesse der Bürgerschaft und der Verwaltungsmitarbeitenden",
        "z. B. aktiviert durch Öffentlichkeitsarbeit, Feste und Workshops",
    ),
    (
        "Erkannter Handlungsbedarf durch gesellschaftliche Veränderungen",
        "z. B. demografischer Wandel, erkannt von Führungsspitze oder lokalen Akteurinnen und Akteuren",
    ),
    (
        "Starkes bürgerschaftliches Engagement",
        "mit potenziellen Mitstreitenden und Multiplikatorinnen/Multiplikatoren in Vereinen, Initiativen, Arbeitskreisen, Religions- und Glaubensgemeinschaften",
    ),
    (
        "Kooperationswille lokaler Akteurinnen und Akteure",
        "z. B. Hochschule, kommunale Wohnungsbaugesellschaft, Wirtschaft",
    ),
    ("Kommunale Sozialarbeit mit professionellen Akteurinnen und Akteuren", ""),
]

HINDERING = [
    ("Knappe Ressourcen", "z. B. Personalstellen, Personalstunden, Haushaltsmittel"),
    ("Mangelnde Unterstützung durch die Kommunalpolitik", ""),
    (
        "Keine lokalen Interessenvertretungen",
        "z. B. für Religions- und Glaubensgemeinschaften, Migrantenorganisationen, Frauen, Jugendliche",
    ),
    ("Prioritäten bei anderen kommunalpolitischen Themen", ""),
    (
        "Fehlende Verankerung als Querschnittsthema",
        "z. B. keine Stelle Integrationsbeauftragte/r, kein Integrationskonzept, keine Leitlinien",
    ),
    (
        "Wegfall von Verantwortlichen",
        "z. B. Bürgermeisterin/Bürgermeister, Integrationsbeauftragte, Führungskräfte",
    ),
    ("Komplexität und Entfernungen im Stadtgebiet", "z. B. durch Stadtteile und Ortsteile"),
    (
        "Gesellschaftliche und politische Stimmen gegen Vielfalt",
        "z. B. in sozialen Medien, bei Wahlen, auf Kundgebungen",
    ),
    ("Fehlende kommunale Sozial- bzw. Gemeinwesenarbeit", ""),
    (
        "Abstraktheit und Komplexität des Themas Vielfalt",
        "z. B. fehlendes Verständnis für die Umsetzung in der Praxis oder die Relevanz im Alltag",
    ),
    ("Begrenzte Zeit möglicher Engagierter", "z. B. durch bereits bestehende Ehrenämter"),
    ("Wenig Zeit in der Verwaltung", "z. B. wegen beruflicher Überlastung"),
]

BY_KIND = {"supporting": SUPPORTING, "hindering": HINDERING}
