"""Translations of the demo concepts: Beispielheim in Arabic and English, Musterstadt in English
and Leichte Sprache.

Beispielheim's small concept is translated completely and published in both languages, so
the public site and the concept document show a right-to-left language. Musterstadt's
concept has an English translation of most texts (the long descriptions of the operative
goals and measures are still missing) and a Leichte Sprache version of the vision, the
guidelines and the fields of action; a few translations are outdated because the German
text was reworded after they were made, so the translation workflow has something to show.

Translations are looked up by their German text, so the tables below read like a glossary.
They go through the same service as the translation pages (``translations_save``).
"""

from kompass.demo import content as data
from kompass.translations.models import ContentTranslation, VersionLanguage
from kompass.translations.selectors import version_objects
from kompass.translations.services import (
    translations_save,
    version_language_add,
    version_language_publish,
)

# ---------------------------------------------------------------------------
# Beispielheim: German text → (Arabic, English)
# ---------------------------------------------------------------------------

BEISPIELHEIM = {
    "Integrationsleitfaden Beispielheim": (
        "دليل الاندماج في بايشبيلهايم",
        "Beispielheim Integration Guide",
    ),
    "Integrationsleitfaden": ("دليل الاندماج", "Integration guide"),
    "Gemeinsam in Beispielheim": ("معًا في بايشبيلهايم", "Together in Beispielheim"),
    data.BEISPIELHEIM_CONCEPT["vision"]["text"]: (
        "بايشبيلهايم مكانٌ يستطيع فيه كلُّ من يسكنه أن يشعر بأنه في بيته، سواءٌ أَوُلد فيه أم "
        "انتقل إليه حديثًا. نتعامل بعضنا مع بعض باحترام، ونتحاور، ونصنع معًا الحياة في بلدتنا.",
        "Beispielheim is a place where everyone who lives here can feel at home – whether they "
        "were born here or have recently moved here. We treat one another with respect, talk "
        "with each other and shape life in our community together.",
    ),
    data.BEISPIELHEIM_CONCEPT["vision"]["local_narrative"]: (
        "ازداد عدد سكان بايشبيلهايم خلال السنوات العشر الماضية بنحو 1500 نسمة. جاء كثيرون منهم "
        "للعمل في شركات المنطقة الصناعية، ووجد آخرون هنا الحماية. وقد استقبلتهم الجمعيات "
        "والكنائس المحلية والجيران بالتزام كبير. وبهذا الدليل تدعم البلدية هذا الالتزام دعمًا "
        "يُعتمد عليه.",
        "Over the past ten years, Beispielheim has grown by almost 1,500 people. Many came to "
        "work in the companies of the business park; others found protection here. Clubs, "
        "church congregations and neighbours welcomed them with great commitment. With this "
        "guide, the municipality supports this commitment reliably.",
    ),
    # guidelines
    "Willkommen heißen": ("الترحيب بالقادمين الجدد", "Welcoming newcomers"),
    "Wer neu nach Beispielheim kommt, erhält früh Orientierung und persönliche Ansprechpersonen.": (
        "يحصل كلُّ من يأتي حديثًا إلى بايشبيلهايم في وقت مبكر على ما يحتاجه من توجيه، وعلى "
        "أشخاص يمكنه التواصل معهم مباشرة.",
        "Everyone who is new to Beispielheim receives orientation early on and has personal "
        "contacts.",
    ),
    "Miteinander sprechen": ("التحاور بعضنا مع بعض", "Talking with each other"),
    "Deutsch ist unsere gemeinsame Sprache. Wir fördern das Deutschlernen und schätzen die "
    "vielen Sprachen in unserer Gemeinde.": (
        "اللغة الألمانية هي لغتنا المشتركة. ندعم تعلُّم الألمانية، ونقدِّر اللغات الكثيرة "
        "المتداولة في بلدتنا.",
        "German is our common language. We support people in learning German and value the "
        "many languages spoken in our community.",
    ),
    "Gemeinsam gestalten": ("صنع حياتنا المشتركة معًا", "Shaping our community together"),
    "Alle Einwohnerinnen und Einwohner können sich in Vereinen, Gremien und Projekten "
    "einbringen.": (
        "يستطيع جميع السكان، نساءً ورجالًا، أن يشاركوا في الجمعيات والهيئات والمشاريع.",
        "All residents can get involved in clubs, committees and projects.",
    ),
    # fields of action
    "Willkommen und Orientierung": ("الترحيب والتوجيه", "Welcome and orientation"),
    "Neu Zugezogene erhalten Orientierung und finden schnell Anschluss an Vereine und "
    "Nachbarschaft.": (
        "يحصل القادمون الجدد على التوجيه اللازم، ويتواصلون سريعًا مع الجمعيات والجيران.",
        "Newcomers receive orientation and quickly find their way into clubs and the "
        "neighbourhood.",
    ),
    "Sprache und Bildung": ("اللغة والتعليم", "Language and education"),
    "Kinder und Erwachsene lernen Deutsch dort, wo sie ihren Alltag verbringen: in der Kita, "
    "in der Schule und im Ort.": (
        "يتعلَّم الأطفال والكبار اللغة الألمانية حيث يقضون حياتهم اليومية: في دار الحضانة، "
        "وفي المدرسة، وفي البلدة.",
        "Children and adults learn German where they spend their everyday lives: at day care, "
        "at school and in the village.",
    ),
    "Teilhabe und Engagement": ("المشاركة والعمل التطوعي", "Participation and volunteering"),
    "Mehr Einwohnerinnen und Einwohner mit Einwanderungsgeschichte wirken in Vereinen, im "
    "Ehrenamt und in den Gremien der Gemeinde mit.": (
        "يشارك عددٌ أكبر من السكان ذوي تاريخ الهجرة في الجمعيات وفي العمل التطوعي وفي هيئات "
        "البلدية.",
        "More residents with a history of immigration take part in clubs, in volunteering and "
        "in the municipality's committees.",
    ),
    # goals
    "Neu Zugezogene fühlen sich in Beispielheim schnell willkommen und finden Anschluss an das "
    "Gemeindeleben.": (
        "يشعر القادمون الجدد سريعًا بالترحيب في بايشبيلهايم، ويصبحون جزءًا من حياة البلدة.",
        "Newcomers quickly feel welcome in Beispielheim and become part of community life.",
    ),
    "Informationen für Neubürgerinnen und Neubürger bündeln und persönlich vermitteln": (
        "تجميع المعلومات الموجَّهة إلى السكان الجدد وإيصالها إليهم بصورة شخصية",
        "Bring together information for new residents and pass it on in person",
    ),
    "Ab 2027 erhalten alle, die sich in Beispielheim anmelden, eine Willkommensmappe und eine "
    "Einladung zum Neubürgerempfang.": (
        "ابتداءً من عام 2027 يحصل كلُّ من يسجِّل سكنه في بايشبيلهايم على ملف ترحيبي وعلى "
        "دعوة إلى حفل استقبال السكان الجدد.",
        "From 2027, everyone who registers in Beispielheim receives a welcome folder and an "
        "invitation to the reception for new residents.",
    ),
    "Kinder und Erwachsene können sich im Alltag sicher auf Deutsch verständigen.": (
        "يستطيع الأطفال والكبار التواصل بالألمانية بثقة في حياتهم اليومية.",
        "Children and adults can communicate confidently in German in everyday life.",
    ),
    "Sprachangebote im Ort ausbauen und bekannter machen": (
        "توسيع عروض تعلُّم اللغة في البلدة والتعريف بها على نطاق أوسع",
        "Expand language courses in the village and make them better known",
    ),
    "Bis Ende 2028 gibt es im Ort zwei Deutschkurse am Abend und ein Angebot mit "
    "Kinderbetreuung.": (
        "بحلول نهاية عام 2028 تتوفر في البلدة دورتان مسائيتان للغة الألمانية، وعرضٌ يشمل "
        "رعاية الأطفال.",
        "By the end of 2028, the village offers two evening German courses and one course with "
        "childcare.",
    ),
    "Menschen mit Einwanderungsgeschichte gestalten das Gemeindeleben aktiv mit.": (
        "يُسهم الأشخاص ذوو تاريخ الهجرة إسهامًا فاعلًا في تشكيل حياة البلدة.",
        "People with a history of immigration actively help to shape community life.",
    ),
    "Vereine und Gremien öffnen sich für neue Mitglieder": (
        "انفتاح الجمعيات والهيئات على أعضاء جدد",
        "Clubs and committees open up to new members",
    ),
    "Bis 2030 beteiligen sich mindestens zehn Vereine am Vereinsforum, und ein "
    "Integrationsbeirat berät die Gemeindevertretung.": (
        "بحلول عام 2030 تشارك عشر جمعيات على الأقل في منتدى الجمعيات، ويقدِّم مجلسٌ استشاري "
        "للاندماج المشورةَ إلى المجلس البلدي.",
        "By 2030, at least ten clubs take part in the club forum, and an integration advisory "
        "council advises the municipal council.",
    ),
    # measures
    "Willkommensmappe und Neubürgerempfang": (
        "الملف الترحيبي وحفل استقبال السكان الجدد",
        "Welcome folder and reception for new residents",
    ),
    "Eine Willkommensmappe mit Vereinen, Ansprechpersonen und Angeboten und ein jährlicher "
    "Empfang im Bürgerhaus.": (
        "ملف ترحيبي يعرِّف بالجمعيات وبالأشخاص الذين يمكن التواصل معهم وبالعروض المتاحة، "
        "وحفل استقبال سنوي في دار المواطنين.",
        "A welcome folder listing clubs, contact persons and services, and an annual reception "
        "at the community centre.",
    ),
    "Willkommenslotsinnen und Willkommenslotsen": ("مرشدات ومرشدو الترحيب", "Welcome guides"),
    "Ehrenamtliche begleiten neu Zugezogene in den ersten Monaten zu Ämtern, Arztpraxen und "
    "Vereinen. Die Gemeinde schult sie und übernimmt die Versicherung.": (
        "يرافق متطوعات ومتطوعون القادمين الجدد في أشهرهم الأولى إلى الدوائر الرسمية والعيادات "
        "الطبية والجمعيات. وتتولى البلدية تدريبهم وتأمينهم.",
        "Volunteers accompany newcomers to public offices, doctors' surgeries and clubs during "
        "their first months. The municipality trains them and covers their insurance.",
    ),
    "Deutschkurs am Abend im Bürgerhaus": (
        "دورة مسائية للغة الألمانية في دار المواطنين",
        "Evening German course at the community centre",
    ),
    "Ein Deutschkurs für Berufstätige an zwei Abenden in der Woche, gemeinsam mit der "
    "Volkshochschule des Landkreises.": (
        "دورة لتعلُّم الألمانية موجَّهة إلى العاملين والعاملات، في أمسيتين من كل أسبوع، "
        "بالتعاون مع الجامعة الشعبية في المقاطعة.",
        "A German course for people in work on two evenings a week, together with the county's "
        "adult education centre.",
    ),
    "Sprachcafé mit Kinderbetreuung": (
        "مقهى اللغة مع رعاية الأطفال",
        "Language café with childcare",
    ),
    "Jeden Samstagvormittag üben Erwachsene im Gemeindehaus Deutsch im Gespräch. Ihre Kinder "
    "werden währenddessen betreut.": (
        "في صباح كل يوم سبت يتدرَّب الكبار على المحادثة بالألمانية في قاعة الرعية. وفي أثناء "
        "ذلك يحظى أطفالهم بالرعاية.",
        "Every Saturday morning, adults practise conversational German in the parish hall. "
        "Their children are looked after in the meantime.",
    ),
    "Vereinsforum „Offen für alle“": (
        "منتدى الجمعيات «مفتوح للجميع»",
        "Club forum “Open to everyone”",
    ),
    "Ein jährliches Treffen der Vereine zu der Frage, wie sie neue Mitglieder gewinnen, mit "
    "Beratung zu Beiträgen, Sprache und Ansprache.": (
        "لقاء سنوي للجمعيات حول سُبُل كسب أعضاء جدد، مع تقديم المشورة بشأن رسوم العضوية "
        "واللغة وطرق التواصل.",
        "An annual meeting of the clubs on how to win new members, with advice on membership "
        "fees, language and outreach.",
    ),
    "Integrationsbeirat einrichten": (
        "إنشاء مجلس استشاري للاندماج",
        "Set up an integration advisory council",
    ),
    "Die Gemeindevertretung richtet einen Integrationsbeirat ein, der sie in allen Fragen des "
    "Zusammenlebens berät.": (
        "يُنشئ المجلس البلدي مجلسًا استشاريًا للاندماج يقدِّم له المشورة في جميع مسائل العيش المشترك.",
        "The municipal council sets up an integration advisory council that advises it on all "
        "questions of living together.",
    ),
    # indicators
    "Teilnehmende an Deutschkursen im Ort": (
        "المشاركون والمشاركات في دورات اللغة الألمانية في البلدة",
        "Participants in German courses in the village",
    ),
    "Personen": ("أشخاص", "people"),
    "%": ("%", "%"),
    "Zahl der Personen, die im Lauf des Jahres an einem Deutschkurs in Beispielheim "
    "teilgenommen haben.": (
        "عدد الأشخاص الذين شاركوا خلال العام في دورة للغة الألمانية في بايشبيلهايم.",
        "Number of people who took part in a German course in Beispielheim during the year.",
    ),
    "Zuzüge nach Beispielheim": (
        "القادمون للسكن في بايشبيلهايم",
        "People moving to Beispielheim",
    ),
    "Zahl der Personen, die im Lauf des Jahres nach Beispielheim gezogen sind.": (
        "عدد الأشخاص الذين انتقلوا للسكن في بايشبيلهايم خلال العام.",
        "Number of people who moved to Beispielheim during the year.",
    ),
    "Anteil der Einwohnerinnen und Einwohner mit ausländischer Staatsangehörigkeit": (
        "نسبة السكان من حاملي الجنسيات الأجنبية",
        "Share of residents with foreign citizenship",
    ),
    "Anteil der Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit an allen "
    "Einwohnerinnen und Einwohnern am 31. Dezember.": (
        "نسبة السكان الذين لا يحملون الجنسية الألمانية إلى مجموع السكان في 31 ديسمبر "
        "(كانون الأول).",
        "Share of residents without German citizenship among all residents on 31 December.",
    ),
    # chapter headings
    "Vorwort des Bürgermeisters": ("كلمة رئيس البلدية", "Foreword by the mayor"),
}

# The narrative chapters by their key: (Arabic, English) bodies.
BEISPIELHEIM_CHAPTERS = {
    "preface": (
        "<p>عزيزاتي وأعزائي سكان بايشبيلهايم،</p>"
        "<p>بلدتنا تنمو وتزداد تنوعًا. فقد انتقل إلينا في السنوات الأخيرة كثيرون ليعملوا "
        "ويتعلَّموا ويعيشوا هنا. وإنَّ شعورهم بأنهم في بيتهم في بايشبيلهايم نَدين به قبل كل شيء "
        "للجمعيات والكنائس المحلية ولكثير من الجارات والجيران الملتزمين.</p>"
        "<p>يجمع هذا الدليل ما نريد أن نحققه معًا. وقد نشأ خلال ثلاث أمسيات حوارية في دار "
        "المواطنين شارك فيها أكثر من 80 شخصًا. وأتوجَّه بالشكر إلى كل من أسهم بأفكاره.</p>"
        "<p><em>رئيس بلدية بايشبيلهايم</em></p>",
        "<p>Dear residents of Beispielheim,</p>"
        "<p>our community is growing and becoming more diverse. In recent years, many people "
        "have moved here to work, learn and live. That they feel at home in Beispielheim is "
        "thanks above all to our clubs, church congregations and many committed neighbours.</p>"
        "<p>This guide brings together what we want to achieve together. It was developed over "
        "three discussion evenings at the community centre, attended by more than 80 people. I "
        "would like to thank everyone who contributed their ideas.</p>"
        "<p><em>Your Mayor of the Municipality of Beispielheim</em></p>",
    ),
    "understanding": (
        "<p>يعني الاندماج بالنسبة إلينا أن يتمكَّن جميع الناس في بايشبيلهايم من المشاركة في حياة "
        "البلدة على قدم المساواة. وهو مهمة الجميع: مهمة القادمين الجدد إلينا، ومهمة من يعيشون "
        "هنا منذ زمن طويل.</p>"
        "<p>وبوصفنا بلدة صغيرة، نعتمد على قِصَر الطرق الإدارية وعلى التواصل الشخصي. تتولى "
        "الإدارة التنسيق، أمَّا الجمعيات والجيرة فتحمل العيش المشترك.</p>",
        "<p>For us, integration means that all people in Beispielheim can take part in the life "
        "of the community on an equal footing. It is a task for everyone: for those who are new "
        "here and for those who have lived here for a long time.</p>"
        "<p>As a small municipality, we rely on short distances and personal contacts. The "
        "administration coordinates; clubs and neighbourhoods carry our life together.</p>",
    ),
    "participation": (
        "<p>نشأ هذا الدليل بين شهرَي مارس وسبتمبر 2025. ففي ثلاث أمسيات حوارية في دار "
        "المواطنين، قدَّم أكثر من 80 شخصًا من السكان والجمعيات والكنائس المحلية والإدارة "
        "تجاربَهم ومقترحاتهم. وقد توفَّر في هذه الأمسيات مترجمون ومترجمات إلى العربية والتركية "
        "والأوكرانية، إلى جانب رعاية للأطفال.</p>"
        "<p>ثم صاغ فريق عمل يضم الإدارة واتحاد الجمعيات والمسؤولة عن شؤون الاندماج هذه "
        "المقترحات في صورة أهداف وإجراءات. وأُتيح للجميع التعليق على المسودة مدة أربعة أسابيع "
        "في خريف 2025.</p>",
        "<p>The guide was developed between March and September 2025. At three discussion "
        "evenings at the community centre, more than 80 residents, clubs, church congregations "
        "and members of the administration contributed their experiences and proposals. "
        "Interpreters for Arabic, Turkish and Ukrainian were available, and childcare was "
        "provided.</p>"
        "<p>A working group of the administration, the association of clubs and the integration "
        "officer turned the proposals into goals and measures. Everyone was able to comment on "
        "the draft for four weeks in autumn 2025.</p>",
    ),
    "evaluation": (
        "<p>يقدِّم قسم الشؤون الاجتماعية والأسرة وكبار السن إلى المجلس البلدي مرةً في السنة "
        "تقريرًا عن سير الإجراءات وتطوُّر المؤشرات. ويُبدي المجلس الاستشاري للاندماج رأيه في "
        "هذا التقرير.</p>"
        "<p>وبعد ثلاث سنوات، أي في عام 2028، يُراجَع الدليل ويُحدَّث بالتعاون مع جميع "
        "المشاركين.</p>",
        "<p>The Department of Social Affairs, Families and Senior Citizens reports to the "
        "municipal council once a year on the progress of the measures and the development of "
        "the indicators. The integration advisory council comments on the report.</p>"
        "<p>After three years, in 2028, the guide will be reviewed and updated together with "
        "everyone involved.</p>",
    ),
}

# ---------------------------------------------------------------------------
# Musterstadt: English for most texts (German → English)
# ---------------------------------------------------------------------------

MUSTERSTADT_EN = {
    data.MUSTERSTADT_CONCEPT["title"]: "Musterstadt Integration Concept 2024–2030",
    data.MUSTERSTADT_CONCEPT["kind_label"]: "Diversity and integration concept",
    data.MUSTERSTADT_CONCEPT["vision"]["title"]: "Musterstadt – diverse together",
    data.MUSTERSTADT_CONCEPT["vision"]["text"]: (
        "Musterstadt is an open city in which all people – regardless of origin, age, gender, "
        "religion, disability or social situation – take part on equal terms in the social, "
        "economic, cultural and political life of the city. For us, diversity is normal and a "
        "strength of our urban community. Administration, politics and civil society shape "
        "living together jointly, as equals and with respect for the different life paths of "
        "our citizens."
    ),
    # guidelines
    "Vielfalt als Stärke anerkennen": "Recognising diversity as a strength",
    data.MUSTERSTADT_CONCEPT["guidelines"][0]["text"]: (
        "We see the diversity of ways of life, languages and experiences in Musterstadt as a "
        "potential for the development of the city, and we make it visible."
    ),
    "Chancengerechtigkeit von Anfang an": "Fair chances from the start",
    data.MUSTERSTADT_CONCEPT["guidelines"][1]["text"]: (
        "All children, young people and adults should be able to develop their abilities. We "
        "remove barriers to education, work and health care."
    ),
    "Teilhabe und Mitgestaltung ermöglichen": "Enabling participation and co-creation",
    data.MUSTERSTADT_CONCEPT["guidelines"][2]["text"]: (
        "Citizens help shape their city. We open committees, clubs and participation "
        "procedures to everyone who lives here."
    ),
    "Zusammenleben in den Stadtteilen stärken": "Strengthening community life in the districts",
    data.MUSTERSTADT_CONCEPT["guidelines"][3]["text"]: (
        "Encounters happen locally. We support neighbourhoods in which people know and help "
        "one another and settle conflicts fairly."
    ),
    "Eine Verwaltung für alle": "An administration for everyone",
    data.MUSTERSTADT_CONCEPT["guidelines"][4]["text"]: (
        "The city administration sets an example: aware of diversity, easy to reach and easy "
        "to understand. Its staff reflect the diversity of the urban community."
    ),
    "Gemeinsam gegen Diskriminierung": "Together against discrimination",
    data.MUSTERSTADT_CONCEPT["guidelines"][5]["text"]: (
        "We firmly oppose racism and every form of discrimination, and we support those affected."
    ),
    # fields of action
    "Bildung und Sprachförderung": "Education and language support",
    "Arbeit und Wirtschaft": "Work and economy",
    "Wohnen und Zusammenleben im Stadtteil": "Housing and living together in the districts",
    "Jugend, Soziales und Beratung": "Youth, social services and counselling",
    "Gesundheit": "Health",
    "Kultur, Religion und Sport": "Culture, religion and sport",
    "Interkulturelle Öffnung der Verwaltung": "Intercultural opening of the administration",
    "Teilhabe, Engagement und Antidiskriminierung": (
        "Participation, civic engagement and anti-discrimination"
    ),
    # guiding and strategic goals
    "Bildungserfolg aller Kinder und Jugendlichen stärken": (
        "Strengthen the educational success of all children and young people"
    ),
    "Sprachliche Bildung von Anfang an fördern und Mehrsprachigkeit wertschätzen": (
        "Promote language education from the start and value multilingualism"
    ),
    "Übergänge von der Schule in Ausbildung und Beruf verbessern": (
        "Improve transitions from school to vocational training and work"
    ),
    "Erwerbsbeteiligung erhöhen und mitgebrachte Qualifikationen nutzen": (
        "Increase employment and make use of qualifications people bring with them"
    ),
    "Begegnung und nachbarschaftliches Engagement in den Stadtteilen fördern": (
        "Promote encounters and neighbourly engagement in the districts"
    ),
    "Zugang zu bezahlbarem Wohnraum für alle Haushalte verbessern": (
        "Improve access to affordable housing for all households"
    ),
    "Jugendarbeit als Ort der Teilhabe für alle jungen Menschen öffnen": (
        "Open youth work as a place of participation for all young people"
    ),
    "Beratungsangebote bekannt, mehrsprachig und niedrigschwellig zugänglich machen": (
        "Make counselling services well known, multilingual and easy to access"
    ),
    "Gesundheitsförderung und Prävention für alle Altersgruppen erreichbar machen": (
        "Make health promotion and prevention accessible for all age groups"
    ),
    "Interkulturelle und interreligiöse Begegnung fördern": (
        "Promote intercultural and interreligious encounters"
    ),
    "Zugang zu Sportvereinen für alle erleichtern, besonders für Mädchen und Frauen": (
        "Make sports clubs easier to join for everyone, especially for girls and women"
    ),
    "Vielfalt im Personal der Stadtverwaltung erhöhen": (
        "Increase diversity among the staff of the city administration"
    ),
    "Diversitätskompetenz und Bürgerfreundlichkeit der Verwaltung stärken": (
        "Strengthen the administration's diversity competence and citizen-friendliness"
    ),
    "Politische Teilhabe und Beteiligung an der Stadtentwicklung stärken": (
        "Strengthen political participation and involvement in urban development"
    ),
    "Bürgerschaftliches Engagement und Migrant*innenorganisationen stärken": (
        "Strengthen civic engagement and migrant organisations"
    ),
    "Schutz vor Diskriminierung sichern und Betroffene stärken": (
        "Ensure protection against discrimination and support those affected"
    ),
    # measures
    "Sprach-Kitas Musterstadt: alltagsintegrierte Sprachbildung": (
        "Language day-care centres in Musterstadt: language education in everyday life"
    ),
    "Deutschkurse für Eltern mit Kinderbetreuung": "German courses for parents with childcare",
    "Übergangsbegleitung Grundschule – weiterführende Schule mit Elternlotsinnen und -lotsen": (
        "Support in the move from primary to secondary school with parent guides"
    ),
    "Lernpatenschaften und Hausaufgabenhilfe in den Stadtteilen": (
        "Learning mentors and homework help in the districts"
    ),
    "Schulsozialarbeit an der Gesamtschule Am Mühlbach ausbauen": (
        "Expand school social work at the Am Mühlbach comprehensive school"
    ),
    "Tag der Mehrsprachigkeit und herkunftssprachlicher Unterricht": (
        "Day of Multilingualism and heritage language classes"
    ),
    "MINT-Ferienakademie für Schülerinnen": "STEM holiday academy for schoolgirls",
    "Ausbildungspatenschaften „Azubi-Brücke“": "Apprenticeship mentoring “Azubi-Brücke”",
    "Ausbildungsforum Musterstadt": "Musterstadt apprenticeship forum",
    "Anerkennungsberatung im Welcome Center": (
        "Advice on the recognition of qualifications at the Welcome Center"
    ),
    "Berufliche Perspektiven für Frauen: Coaching und Netzwerk": (
        "Career prospects for women: coaching and network"
    ),
    "Lokales Bündnis „Vielfalt in Unternehmen“": "Local alliance “Diversity in companies”",
    "Stellenbörse in Leichter Sprache": "Job board in Easy Language",
    "Gründungsberatung „Mein Betrieb in Musterstadt“": (
        "Start-up advice “My business in Musterstadt”"
    ),
    "Stadtteiltreffs in allen sechs Stadtteilen": "Community centres in all six districts",
    "Quartiersmanagement Nordstadt": "Neighbourhood management in Nordstadt",
    "Stadtteilmediation und Nachbarschaftsschlichtung": (
        "District mediation and neighbourhood conflict resolution"
    ),
    "Wohnraumvermittlung und Mietführerschein": "Housing placement and renters' licence course",
    "Stadtteilfeste „Musterstadt tischt auf“ neu aufstellen": (
        "Relaunch the district festivals “Musterstadt tischt auf”"
    ),
    "Interkultureller Gemeinschaftsgarten Am Mühlbach": "Intercultural community garden Am Mühlbach",
    "Mädchentreff und Mädchenaktionstage in der offenen Jugendarbeit": (
        "Girls' club and girls' action days in open youth work"
    ),
    "Jugendforen in den Stadtteilen": "Youth forums in the districts",
    "Mehrsprachiger Beratungswegweiser": "Multilingual guide to counselling services",
    "Stadtteilbüros mit offener Sozialberatung": "District offices with open social counselling",
    "Aufsuchende Jugendarbeit im Südviertel": "Outreach youth work in Südviertel",
    "Familienpatenschaften für neu zugezogene Familien": "Family mentoring for newly arrived families",
    "Gesundheitslotsinnen und -lotsen": "Health guides",
    "Impfsprechstunden in Kitas und Familienzentren": (
        "Vaccination consultations in day-care centres and family centres"
    ),
    "Sprachmittlung im Gesundheitswesen": "Language mediation in health care",
    "Bewegung im Quartier für ältere Menschen": "Exercise in the neighbourhood for older people",
    "Psychosoziale Beratung für Menschen mit Fluchterfahrung": (
        "Psychosocial counselling for people who have fled their countries"
    ),
    "Woche der Religionen": "Week of Religions",
    "Vielfalt als Kriterium der Kulturförderung": "Diversity as a criterion for cultural funding",
    "Stadtbibliothek: Medien in zwölf Sprachen und Sprachcafés": (
        "City library: media in twelve languages and language cafés"
    ),
    "Sport für alle: Schnupperangebote für Mädchen und Frauen": (
        "Sport for everyone: taster sessions for girls and women"
    ),
    "Vereinslotsinnen und -lotsen für Sportvereine": "Club guides for sports clubs",
    "Diversitätsorientierte Personalgewinnung": "Diversity-oriented recruitment",
    "Ausbildungsinitiative „Musterstadt bildet aus“": "Training initiative “Musterstadt trains”",
    "Fortbildungsreihe Diversitätssensible Kommunikation": (
        "Training series on diversity-sensitive communication"
    ),
    "Formulare und Bescheide in Leichter Sprache und in fünf Sprachen": (
        "Forms and notices in Easy Language and in five languages"
    ),
    "Videodolmetschen im Bürgeramt": "Video interpreting at the citizens' office",
    "Interkulturelle Öffnung in den Zielvereinbarungen der Ämter": (
        "Intercultural opening in the target agreements of the offices"
    ),
    "Mehrsprachige Einladungen und Assistenz in Beteiligungsverfahren": (
        "Multilingual invitations and assistance in participation procedures"
    ),
    "Freiwilligenagentur: Engagement für alle Generationen": (
        "Volunteer agency: engagement for all generations"
    ),
    "Vielfaltsfonds für Vereine und Initiativen": "Diversity fund for clubs and initiatives",
    "Unabhängige Antidiskriminierungsberatung": "Independent anti-discrimination counselling",
    "Kampagne „Musterstadt zeigt Haltung“": "Campaign “Musterstadt takes a stand”",
    "Einbürgerungsfeier und Informationsabende": "Naturalisation ceremony and information evenings",
    # indicators and their units
    "Schulabgänge ohne Hauptschulabschluss": "School leavers without a lower secondary certificate",
    "Übergänge von der Grundschule auf das Gymnasium": (
        "Transitions from primary school to grammar school"
    ),
    "Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung": (
        "Children needing language support at the school entry examination"
    ),
    "Teilnahmen an Deutschkursen mit Kinderbetreuung": "Participations in German courses with childcare",
    "Betreuungsquote der Kinder unter drei Jahren": "Day-care rate of children under three",
    "SGB-II-Quote": "Rate of basic income support (SGB II)",
    "Arbeitslosenquote": "Unemployment rate",
    "Beschäftigungsquote der Frauen": "Employment rate of women",
    "Ausbildungsquote": "Apprenticeship rate",
    "Erstberatungen zur Anerkennung ausländischer Abschlüsse": (
        "Initial consultations on the recognition of foreign qualifications"
    ),
    "Teilnehmende an Nachbarschaftsaktionen und Stadtteilfesten": (
        "Participants in neighbourhood activities and district festivals"
    ),
    "Über die Wohnraumvermittlung vermittelte Wohnungen": "Flats placed by the housing service",
    "Anteil der Mädchen und jungen Frauen in der offenen Jugendarbeit": (
        "Share of girls and young women in open youth work"
    ),
    "Beratungskontakte in den Stadtteilbüros": "Counselling contacts in the district offices",
    "Vollständiger Masern-Impfschutz bei der Schuleingangsuntersuchung": (
        "Complete measles vaccination at the school entry examination"
    ),
    "Aktive Gesundheitslotsinnen und -lotsen": "Active health guides",
    "Besuche interkultureller und interreligiöser Veranstaltungen": (
        "Visits to intercultural and interreligious events"
    ),
    "Anteil weiblicher Mitglieder in Sportvereinen": "Share of female members in sports clubs",
    "Beschäftigte der Stadtverwaltung mit Einwanderungsgeschichte": (
        "City administration staff with a history of immigration"
    ),
    "Beteiligungsverfahren mit mehrsprachiger Einladung": (
        "Participation procedures with multilingual invitations"
    ),
    "Über die Freiwilligenagentur vermittelte Engagierte": "Volunteers placed by the volunteer agency",
    "Geförderte Projekte von Migrant*innenorganisationen und Initiativen": (
        "Funded projects of migrant organisations and initiatives"
    ),
    "Anfragen an die Antidiskriminierungsberatung": "Requests to the anti-discrimination counselling",
    "Einbürgerungen": "Naturalisations",
    "Einwohnerinnen und Einwohner mit Hauptwohnsitz": "Residents with main residence",
    "Anteil der Bevölkerung mit ausländischer Staatsangehörigkeit": (
        "Share of the population with foreign citizenship"
    ),
    "Anteil der Bevölkerung mit Einwanderungsgeschichte": (
        "Share of the population with a history of immigration"
    ),
    "%": "%",
    "Personen": "people",
    "Auszubildende je 100 Beschäftigte": "apprentices per 100 employees",
    "Beratungen": "consultations",
    "Wohnungen": "flats",
    "Kontakte": "contacts",
    "Besuche": "visits",
    "Projekte": "projects",
    "Anfragen": "requests",
    # chapter headings
    "Vorwort der Oberbürgermeisterin": "Foreword by the Lord Mayor",
}

# Field descriptions and guiding goals in English, by the field's key in the demo data.
MUSTERSTADT_EN_FIELDS = {
    "bildung": (
        "Early education, school and transitions, and language education at every stage of "
        "life. German as our common language is promoted; multilingualism is valued as a "
        "resource.",
        "All children, young people and adults in Musterstadt can develop their educational "
        "potential – regardless of their parents' education.",
    ),
    "arbeit": (
        "Access to vocational training and good work, recognition of qualifications people "
        "bring with them, and a local economy that makes use of the skills of all citizens.",
        "Everyone in Musterstadt who is able to work finds access to training and good work; "
        "their skills are recognised and used.",
    ),
    "wohnen": (
        "Good neighbourliness, meeting places and affordable housing in all six districts; "
        "conflicts are dealt with early and fairly.",
        "In all districts, people live together as good neighbours and find suitable, "
        "affordable housing.",
    ),
    "jugend": (
        "Open work with children and young people, family education and social counselling "
        "that reach everyone: multilingual, close to home and without barriers.",
        "Children, young people and families in Musterstadt find reliable support and "
        "accessible counselling in every situation of life.",
    ),
    "gesundheit": (
        "Health promotion, prevention and care that reach everyone – with understandable "
        "information, language mediation and services in the neighbourhood.",
        "All people in Musterstadt have equal access to health promotion, prevention and care.",
    ),
    "kultur": (
        "Culture, sport and the dialogue between religions as places of encounter where the "
        "diversity of the city becomes visible and everyone can take part.",
        "Culture, sport and the dialogue between religions connect the people of Musterstadt "
        "and make the diversity of the city visible.",
    ),
    "verwaltung": (
        "The city administration as a diversity-aware service provider and employer: "
        "understandable access, competent staff and a diverse team.",
        "The city administration is an easily accessible, diversity-aware service provider "
        "for all citizens and an attractive employer for everyone.",
    ),
    "teilhabe": (
        "Co-creation in participation procedures, committees, clubs and initiatives, "
        "strengthening migrant organisations and volunteering, and protection against "
        "discrimination.",
        "All citizens can actively shape life in Musterstadt – as volunteers, in clubs and in "
        "local politics – and are protected against discrimination.",
    ),
}
for _spec in data.MUSTERSTADT_CONCEPT["fields"]:
    _description, _guiding = MUSTERSTADT_EN_FIELDS[_spec["key"]]
    MUSTERSTADT_EN[_spec["description"]] = _description
    MUSTERSTADT_EN[_spec["goals"][0]["title"]] = _guiding
MUSTERSTADT_EN[data.MUSTERSTADT_CONCEPT["vision"]["local_narrative"]] = (
    "Musterstadt has been a place of arrival for centuries. As a market town with a bridge "
    "over the Muster, it attracted traders and craftspeople; in the 1960s workers came for "
    "the brickworks and the textile mill on the Mühlbach, later ethnic German resettlers, "
    "students of the technical university and, since 2015, many people who have found "
    "protection here. Today around 45,000 people from more than 110 nations live in the "
    "city; about a third of them have a history of immigration.\n\n"
    "They run businesses in the old town, coach youth teams, sit on parents' councils and "
    "parish boards and carry the city festival “Musterstadt tischt auf”. The concept builds "
    "on these experiences. It was developed jointly between 2022 and 2024 in city dialogues, "
    "future workshops in all six districts, focus groups and an online survey with more than "
    "1,200 participants."
)

# German texts whose English translation was made from an earlier wording: outdated.
MUSTERSTADT_EN_OUTDATED = {
    "Stadtteilfeste „Musterstadt tischt auf“ neu aufstellen": "Stadtteilfeste neu aufstellen",
    "Vielfalt im Personal der Stadtverwaltung erhöhen": (
        "Den Anteil der Beschäftigten mit Migrationshintergrund erhöhen"
    ),
    "Anteil der Bevölkerung mit Einwanderungsgeschichte": (
        "Anteil der Bevölkerung mit Migrationshintergrund"
    ),
}

# ---------------------------------------------------------------------------
# Musterstadt: Leichte Sprache for the vision, the guidelines and the fields of action
# ---------------------------------------------------------------------------

MUSTERSTADT_LS = {
    data.MUSTERSTADT_CONCEPT["title"]: "Das Integrations·konzept von Musterstadt",
    data.MUSTERSTADT_CONCEPT["vision"][
        "title"
    ]: "Musterstadt: Wir sind viele. Wir sind verschieden. Wir gehören zusammen.",
    data.MUSTERSTADT_CONCEPT["vision"]["text"]: (
        "In Musterstadt leben viele verschiedene Menschen.\n"
        "Alle Menschen sollen überall mitmachen können.\n"
        "Das ist egal:\n"
        "- Woher ein Mensch kommt.\n"
        "- Wie alt ein Mensch ist.\n"
        "- Ob ein Mensch eine Frau ist oder ein Mann oder divers.\n"
        "- An welchen Gott ein Mensch glaubt.\n"
        "- Ob ein Mensch eine Behinderung hat.\n"
        "- Ob ein Mensch viel Geld hat oder wenig Geld.\n\n"
        "Vielfalt heißt: Menschen sind verschieden.\n"
        "Vielfalt ist normal.\n"
        "Vielfalt macht unsere Stadt stark.\n\n"
        "Die Stadt·verwaltung, die Politik und die Bürger·innen arbeiten zusammen.\n"
        "Alle reden miteinander.\n"
        "Alle haben Respekt voreinander."
    ),
    # guidelines
    "Vielfalt als Stärke anerkennen": "Vielfalt ist eine Stärke",
    data.MUSTERSTADT_CONCEPT["guidelines"][0]["text"]: (
        "In Musterstadt gibt es viele Sprachen.\n"
        "Die Menschen leben auf verschiedene Arten.\n"
        "Die Menschen haben verschiedene Erfahrungen.\n"
        "Das ist gut für unsere Stadt.\n"
        "Wir zeigen diese Vielfalt."
    ),
    "Chancengerechtigkeit von Anfang an": "Gleiche Chancen für alle",
    data.MUSTERSTADT_CONCEPT["guidelines"][1]["text"]: (
        "Alle Kinder sollen gut lernen können.\n"
        "Alle Jugendlichen und Erwachsenen auch.\n"
        "Manchmal gibt es Hürden.\n"
        "Eine Hürde ist etwas, das den Weg schwer macht.\n"
        "Zum Beispiel in der Schule, bei der Arbeit oder beim Arzt.\n"
        "Wir bauen diese Hürden ab."
    ),
    "Teilhabe und Mitgestaltung ermöglichen": "Alle können mitmachen",
    data.MUSTERSTADT_CONCEPT["guidelines"][2]["text"]: (
        "Die Bürger·innen sollen bei wichtigen Fragen mitreden.\n"
        "Zum Beispiel in Vereinen.\n"
        "Oder bei Treffen von der Stadt.\n"
        "Alle Menschen aus Musterstadt dürfen dort mitmachen."
    ),
    "Zusammenleben in den Stadtteilen stärken": "Gute Nachbarschaft in allen Stadt·teilen",
    # the German text of this guideline was reworded after the translation: outdated
    data.MUSTERSTADT_CONCEPT["guidelines"][3]["text"]: (
        "Menschen treffen sich in ihrem Stadt·teil.\n"
        "Die Nachbarn kennen sich.\n"
        "Die Nachbarn helfen sich."
    ),
    "Eine Verwaltung für alle": "Eine Stadt·verwaltung für alle",
    data.MUSTERSTADT_CONCEPT["guidelines"][4]["text"]: (
        "Die Stadt·verwaltung ist für alle Menschen da.\n"
        "Alle sollen die Stadt·verwaltung gut erreichen können.\n"
        "Die Briefe von der Stadt·verwaltung sollen leicht zu verstehen sein.\n"
        "In der Stadt·verwaltung arbeiten verschiedene Menschen.\n"
        "So wie in der ganzen Stadt."
    ),
    "Gemeinsam gegen Diskriminierung": "Zusammen gegen Diskriminierung",
    data.MUSTERSTADT_CONCEPT["guidelines"][5]["text"]: (
        "Diskriminierung heißt: Ein Mensch wird schlechter behandelt.\n"
        "Zum Beispiel wegen seiner Haut·farbe.\n"
        "Oder wegen seiner Religion.\n"
        "Das ist verboten.\n"
        "Wir sind gegen Rassismus.\n"
        "Wir helfen den Menschen, die schlecht behandelt werden."
    ),
    # fields of action (names and descriptions)
    "Bildung und Sprachförderung": "Lernen und Sprache",
    "Arbeit und Wirtschaft": "Arbeit",
    "Wohnen und Zusammenleben im Stadtteil": "Wohnen und Nachbarschaft",
    "Jugend, Soziales und Beratung": "Hilfe für Kinder, Jugendliche und Familien",
    "Gesundheit": "Gesundheit",
    "Kultur, Religion und Sport": "Kultur, Religion und Sport",
    "Interkulturelle Öffnung der Verwaltung": "Eine Stadt·verwaltung für alle Menschen",
    "Teilhabe, Engagement und Antidiskriminierung": "Mitmachen und Schutz vor Diskriminierung",
}

# Field descriptions in Leichte Sprache, by the field's key in the demo data.
MUSTERSTADT_LS_FIELDS = {
    "bildung": (
        "Kinder lernen in der Kita und in der Schule.\n"
        "Erwachsene können auch noch lernen.\n"
        "Alle sollen gut Deutsch lernen.\n"
        "Andere Sprachen sind auch wichtig.\n"
        "Wer viele Sprachen spricht, kann viel."
    ),
    "arbeit": (
        "Alle Menschen sollen eine gute Arbeit finden.\n"
        "Oder eine gute Ausbildung.\n"
        "Viele Menschen haben in einem anderen Land einen Beruf gelernt.\n"
        "Dieser Beruf soll auch hier zählen."
    ),
    "wohnen": (
        "Alle Menschen sollen eine Wohnung finden.\n"
        "Die Wohnung soll nicht zu teuer sein.\n"
        "Die Nachbarn sollen sich treffen können.\n"
        "Bei Streit gibt es Hilfe."
    ),
    "jugend": (
        "Kinder, Jugendliche und Familien bekommen Hilfe.\n"
        "Die Hilfe ist in der Nähe.\n"
        "Die Hilfe gibt es in vielen Sprachen."
    ),
    "gesundheit": (
        "Alle Menschen sollen gesund bleiben.\n"
        "Alle sollen wissen: Wo bekomme ich Hilfe, wenn ich krank bin?\n"
        "Es gibt Informationen in vielen Sprachen."
    ),
    "kultur": (
        "Menschen treffen sich beim Sport.\n"
        "Oder bei Festen und Konzerten.\n"
        "Menschen mit verschiedenen Religionen reden miteinander.\n"
        "Alle können mitmachen."
    ),
    "verwaltung": (
        "Die Stadt·verwaltung ist für alle Menschen da.\n"
        "Die Mitarbeiter·innen lernen, wie sie mit allen Menschen gut sprechen.\n"
        "In der Stadt·verwaltung arbeiten Menschen aus vielen Ländern."
    ),
    "teilhabe": (
        "Alle Menschen können bei der Stadt mitreden.\n"
        "Viele Menschen helfen freiwillig.\n"
        "Freiwillig heißt: Sie bekommen kein Geld dafür.\n"
        "Niemand darf schlechter behandelt werden.\n"
        "Dafür gibt es eine Beratung."
    ),
}
OUTDATED_LS_GUIDELINE = 4  # its German text was reworded after the translation


def _changes(objects, translate):
    """(obj, field, text, German text) for every field ``translate(obj, field)`` can translate."""
    from kompass.translations.registry import entry_for

    changes = []
    for obj in objects:
        for field in entry_for(type(obj)).fields:
            german = getattr(obj, field) or ""
            text = translate(obj, field, german) if german else None
            if text:
                changes.append((obj, field, text, german))
    return changes


def _translate(version, language, translate, *, acting_user, publish) -> None:
    version_language_add(version=version, language=language)
    objects = version_objects(version)
    translations_save(
        version=version,
        language=language,
        changes=_changes(objects, translate),
        acting_user=acting_user,
    )
    if publish:
        entry = VersionLanguage.objects.get(version=version, language=language)
        version_language_publish(entry=entry, publish=True)


def _mark_outdated(version, language, earlier: dict) -> None:
    """Let translations look as if they were made from an earlier German wording."""
    from django.contrib.contenttypes.models import ContentType

    for obj in version_objects(version):
        for field in ("title", "name", "text"):
            german = getattr(obj, field, None)
            if german in earlier:
                ContentTranslation.objects.filter(
                    content_type=ContentType.objects.get_for_model(obj),
                    object_id=obj.pk,
                    field=field,
                    language=language,
                ).update(source_text=earlier[german])


def build_beispielheim_translations(version, *, acting_user) -> None:
    """Beispielheim in Arabic and English, complete and published."""
    for index, language in enumerate(("ar", "en")):

        def translate(obj, field, german, index=index):
            if obj._meta.label == "documents.NarrativeSection" and field == "body":
                return BEISPIELHEIM_CHAPTERS[obj.key][index]
            entry = BEISPIELHEIM.get(german)
            return entry[index] if entry else None

        _translate(version, language, translate, acting_user=acting_user, publish=True)


def build_musterstadt_translations(version, *, acting_user) -> None:
    """Musterstadt: most texts in English (published), Leichte Sprache for the core texts."""

    def english(obj, field, german):
        return MUSTERSTADT_EN.get(german)

    _translate(version, "en", english, acting_user=acting_user, publish=True)
    _mark_outdated(version, "en", MUSTERSTADT_EN_OUTDATED)

    fields_by_name = {spec["name"]: spec["key"] for spec in data.MUSTERSTADT_CONCEPT["fields"]}

    def easy(obj, field, german):
        label = obj._meta.label
        if label == "concepts.FieldOfAction" and field == "description":
            return MUSTERSTADT_LS_FIELDS.get(fields_by_name.get(obj.name, ""))
        if label in ("concepts.Concept", "concepts.Vision", "concepts.Guideline") or (
            label == "concepts.FieldOfAction"
        ):
            return MUSTERSTADT_LS.get(german)
        return None

    _translate(version, "ls", easy, acting_user=acting_user, publish=False)
    guideline_text = data.MUSTERSTADT_CONCEPT["guidelines"][OUTDATED_LS_GUIDELINE - 1]["text"]
    _mark_outdated(
        version,
        "ls",
        {guideline_text: guideline_text.replace("Begegnung entsteht vor Ort. ", "")},
    )


def build_translations(town, village, *, acting_user) -> None:
    """The translations of both demo concepts (their adopted versions)."""
    from kompass.concepts.models import ConceptVersion, VersionStatus

    for municipality, build in (
        (town, build_musterstadt_translations),
        (village, build_beispielheim_translations),
    ):
        version = ConceptVersion.objects.filter(
            municipality=municipality, status=VersionStatus.ADOPTED
        ).first()
        if version is not None:
            build(version, acting_user=acting_user)
