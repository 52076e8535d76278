"""The languages a survey can be offered in, and the few phrases of the public answer page.

A survey's languages are *content* languages: the municipality writes the question texts
for each of them. The product's interface languages (German, English) come from Django's
catalogues, which do not cover Turkish, Arabic, Ukrainian or Leichte Sprache. So the handful
of fixed phrases on the public answer page (buttons, messages) are kept here for every
survey language, next to the language's ``lang`` and ``dir`` attributes.
"""

from kompass.core.languages import GERMAN, LANGUAGES
from kompass.core.languages import ContentLanguage as SurveyLanguage

__all__ = ["GERMAN", "LANGUAGES", "SurveyLanguage", "FURTHER_LANGUAGE_CHOICES", "phrases"]

FURTHER_LANGUAGE_CHOICES = [(code, lang.label) for code, lang in LANGUAGES.items() if code != "de"]

# Phrases of the public answer page per survey language (English source for reference).
PHRASES = {
    "skip": {
        "de": "Zum Inhalt springen",
        "ls": "Zum Inhalt springen",
        "en": "Skip to content",
        "tr": "İçeriğe geç",
        "ar": "انتقل إلى المحتوى",
        "uk": "Перейти до змісту",
        "ru": "Перейти к содержанию",
        "fa": "رفتن به محتوا",
    },
    "choose_language": {
        "de": "Sprache wählen",
        "ls": "Sprache wählen",
        "en": "Choose a language",
        "tr": "Dil seçin",
        "ar": "اختر اللغة",
        "uk": "Виберіть мову",
        "ru": "Выберите язык",
        "fa": "زبان را انتخاب کنید",
    },
    "anonymous": {
        "de": "Die Umfrage ist anonym: Wir speichern weder Ihren Namen noch Ihre IP-Adresse "
        "noch Cookies.",
        "ls": "Sie müssen Ihren Namen nicht sagen. Wir speichern nichts über Sie.",
        "en": "The survey is anonymous: we store neither your name nor your IP address "
        "nor cookies.",
        "tr": "Anket anonimdir: Adınızı, IP adresinizi veya çerezleri kaydetmiyoruz.",
        "ar": "الاستبيان مجهول الهوية: لا نحفظ اسمك ولا عنوان IP الخاص بك ولا ملفات تعريف الارتباط.",
        "uk": "Опитування анонімне: ми не зберігаємо ні вашого імені, ні IP-адреси, "
        "ні файлів cookie.",
        "ru": "Опрос анонимный: мы не сохраняем ни ваше имя, ни IP-адрес, ни файлы cookie.",
        "fa": "این نظرسنجی ناشناس است: ما نام، نشانی IP یا کوکی‌های شما را ذخیره نمی‌کنیم.",
    },
    "required_note": {
        "de": "Fragen mit * müssen beantwortet werden.",
        "ls": "Fragen mit * müssen Sie beantworten.",
        "en": "Questions marked * must be answered.",
        "tr": "* işaretli soruların yanıtlanması zorunludur.",
        "ar": "يجب الإجابة على الأسئلة المميزة بعلامة *.",
        "uk": "Питання, позначені *, є обов'язковими.",
        "ru": "На вопросы, отмеченные *, необходимо ответить.",
        "fa": "پاسخ به پرسش‌های دارای * الزامی است.",
    },
    "required": {
        "de": "Pflichtfrage",
        "ls": "Diese Frage müssen Sie beantworten",
        "en": "required",
        "tr": "zorunlu",
        "ar": "إلزامي",
        "uk": "обов'язково",
        "ru": "обязательно",
        "fa": "الزامی",
    },
    "please_answer": {
        "de": "Bitte beantworten Sie diese Frage.",
        "ls": "Bitte beantworten Sie diese Frage.",
        "en": "Please answer this question.",
        "tr": "Lütfen bu soruyu yanıtlayın.",
        "ar": "يرجى الإجابة على هذا السؤال.",
        "uk": "Будь ласка, дайте відповідь на це питання.",
        "ru": "Пожалуйста, ответьте на этот вопрос.",
        "fa": "لطفاً به این پرسش پاسخ دهید.",
    },
    "please_answer_row": {
        "de": "Bitte beantworten Sie jede Zeile dieser Frage.",
        "ls": "Bitte beantworten Sie jede Zeile.",
        "en": "Please answer every row of this question.",
        "tr": "Lütfen bu sorunun her satırını yanıtlayın.",
        "ar": "يرجى الإجابة على كل سطر من هذا السؤال.",
        "uk": "Будь ласка, дайте відповідь на кожен рядок цього питання.",
        "ru": "Пожалуйста, ответьте на каждую строку этого вопроса.",
        "fa": "لطفاً به همه سطرهای این پرسش پاسخ دهید.",
    },
    "errors_intro": {
        "de": "Bitte prüfen Sie Ihre Antworten:",
        "ls": "Bitte schauen Sie noch einmal auf Ihre Antworten:",
        "en": "Please check your answers:",
        "tr": "Lütfen yanıtlarınızı kontrol edin:",
        "ar": "يرجى مراجعة إجاباتك:",
        "uk": "Будь ласка, перевірте свої відповіді:",
        "ru": "Пожалуйста, проверьте свои ответы:",
        "fa": "لطفاً پاسخ‌های خود را بررسی کنید:",
    },
    "submit": {
        "de": "Antworten absenden",
        "ls": "Antworten abschicken",
        "en": "Submit answers",
        "tr": "Yanıtları gönder",
        "ar": "إرسال الإجابات",
        "uk": "Надіслати відповіді",
        "ru": "Отправить ответы",
        "fa": "ارسال پاسخ‌ها",
    },
    "thanks_title": {
        "de": "Vielen Dank!",
        "ls": "Vielen Dank!",
        "en": "Thank you!",
        "tr": "Teşekkür ederiz!",
        "ar": "شكرًا لك!",
        "uk": "Дякуємо!",
        "ru": "Спасибо!",
        "fa": "سپاسگزاریم!",
    },
    "thanks_text": {
        "de": "Ihre Antworten sind angekommen. Die Ergebnisse fließen in die Arbeit am "
        "Integrationskonzept ein.",
        "ls": "Wir haben Ihre Antworten bekommen. Wir benutzen die Antworten für unseren Plan.",
        "en": "Your answers have been received. The results will inform the work on the "
        "integration strategy.",
        "tr": "Yanıtlarınız alındı. Sonuçlar uyum stratejisi çalışmalarına katkı sağlayacaktır.",
        "ar": "لقد وصلتنا إجاباتك. ستُستخدم النتائج في العمل على استراتيجية الاندماج.",
        "uk": "Ваші відповіді отримано. Результати буде враховано в роботі над стратегією "
        "інтеграції.",
        "ru": "Ваши ответы получены. Результаты будут учтены в работе над стратегией интеграции.",
        "fa": "پاسخ‌های شما دریافت شد. نتایج در کار بر روی راهبرد ادغام به کار گرفته می‌شود.",
    },
    "closed_title": {
        "de": "Diese Umfrage ist beendet",
        "ls": "Die Umfrage ist vorbei",
        "en": "This survey has ended",
        "tr": "Bu anket sona erdi",
        "ar": "انتهى هذا الاستبيان",
        "uk": "Це опитування завершено",
        "ru": "Этот опрос завершён",
        "fa": "این نظرسنجی به پایان رسیده است",
    },
    "closed_text": {
        "de": "Antworten werden nicht mehr angenommen. Vielen Dank an alle, die teilgenommen "
        "haben.",
        "ls": "Sie können nicht mehr mitmachen. Danke an alle, die mitgemacht haben.",
        "en": "Answers are no longer accepted. Thank you to everyone who took part.",
        "tr": "Artık yanıt kabul edilmiyor. Katılan herkese teşekkür ederiz.",
        "ar": "لم يعد يتم قبول الإجابات. شكرًا لجميع من شاركوا.",
        "uk": "Відповіді більше не приймаються. Дякуємо всім, хто взяв участь.",
        "ru": "Ответы больше не принимаются. Спасибо всем, кто принял участие.",
        "fa": "دیگر پاسخی پذیرفته نمی‌شود. از همه شرکت‌کنندگان سپاسگزاریم.",
    },
    "not_yet_title": {
        "de": "Diese Umfrage hat noch nicht begonnen",
        "ls": "Die Umfrage fängt später an",
        "en": "This survey has not started yet",
        "tr": "Bu anket henüz başlamadı",
        "ar": "لم يبدأ هذا الاستبيان بعد",
        "uk": "Це опитування ще не розпочалося",
        "ru": "Этот опрос ещё не начался",
        "fa": "این نظرسنجی هنوز آغاز نشده است",
    },
    "opens_on": {
        "de": "Sie können ab diesem Tag teilnehmen:",
        "ls": "Sie können ab diesem Tag mitmachen:",
        "en": "You can take part from this day:",
        "tr": "Bu tarihten itibaren katılabilirsiniz:",
        "ar": "يمكنك المشاركة اعتبارًا من هذا اليوم:",
        "uk": "Ви можете взяти участь з цього дня:",
        "ru": "Вы можете принять участие с этого дня:",
        "fa": "از این روز می‌توانید شرکت کنید:",
    },
    "too_many_title": {
        "de": "Zu viele Antworten in kurzer Zeit",
        "ls": "Zu viele Antworten",
        "en": "Too many answers in a short time",
        "tr": "Kısa sürede çok fazla yanıt",
        "ar": "عدد كبير جدًا من الإجابات في وقت قصير",
        "uk": "Забагато відповідей за короткий час",
        "ru": "Слишком много ответов за короткое время",
        "fa": "تعداد پاسخ‌ها در زمان کوتاه بیش از حد است",
    },
    "too_many_text": {
        "de": "Zum Schutz vor automatisierten Einsendungen nehmen wir gerade keine weiteren "
        "Antworten von diesem Anschluss an. Bitte versuchen Sie es in einigen Minuten erneut.",
        "ls": "Bitte warten Sie ein paar Minuten. Dann versuchen Sie es noch einmal.",
        "en": "To protect the survey from automated submissions, we are not accepting more "
        "answers from this connection right now. Please try again in a few minutes.",
        "tr": "Anketi otomatik gönderimlere karşı korumak için şu anda bu bağlantıdan başka yanıt "
        "kabul etmiyoruz. Lütfen birkaç dakika sonra tekrar deneyin.",
        "ar": "لحماية الاستبيان من الإرسال الآلي، لا نقبل حاليًا مزيدًا من الإجابات من هذا الاتصال. "
        "يرجى المحاولة مرة أخرى بعد بضع دقائق.",
        "uk": "Щоб захистити опитування від автоматичних надсилань, ми зараз не приймаємо нових "
        "відповідей з цього з'єднання. Спробуйте ще раз за кілька хвилин.",
        "ru": "Чтобы защитить опрос от автоматических отправок, мы сейчас не принимаем новые ответы "
        "с этого подключения. Пожалуйста, попробуйте снова через несколько минут.",
        "fa": "برای محافظت از نظرسنجی در برابر ارسال خودکار، فعلاً پاسخ دیگری از این اتصال "
        "نمی‌پذیریم. لطفاً چند دقیقه دیگر دوباره تلاش کنید.",
    },
    "expired": {
        "de": "Das Formular war zu lange geöffnet. Bitte senden Sie Ihre Antworten noch einmal ab.",
        "ls": "Das Formular war zu lange offen. Bitte schicken Sie die Antworten noch einmal ab.",
        "en": "The form was open for too long. Please submit your answers again.",
        "tr": "Form çok uzun süre açık kaldı. Lütfen yanıtlarınızı tekrar gönderin.",
        "ar": "ظل النموذج مفتوحًا لفترة طويلة. يرجى إرسال إجاباتك مرة أخرى.",
        "uk": "Форма була відкрита занадто довго. Будь ласка, надішліть відповіді ще раз.",
        "ru": "Форма была открыта слишком долго. Пожалуйста, отправьте ответы ещё раз.",
        "fa": "فرم بیش از حد باز بوده است. لطفاً پاسخ‌های خود را دوباره ارسال کنید.",
    },
    "honeypot": {
        "de": "Bitte lassen Sie dieses Feld leer.",
        "ls": "Bitte schreiben Sie hier nichts.",
        "en": "Please leave this field empty.",
        "tr": "Lütfen bu alanı boş bırakın.",
        "ar": "يرجى ترك هذا الحقل فارغًا.",
        "uk": "Будь ласка, залиште це поле порожнім.",
        "ru": "Пожалуйста, оставьте это поле пустым.",
        "fa": "لطفاً این فیلد را خالی بگذارید.",
    },
    "preview": {
        "de": "Vorschau – Antworten werden nicht gespeichert.",
        "ls": "Vorschau – Antworten werden nicht gespeichert.",
        "en": "Preview – answers are not saved.",
        "tr": "Önizleme – yanıtlar kaydedilmez.",
        "ar": "معاينة – لا يتم حفظ الإجابات.",
        "uk": "Попередній перегляд – відповіді не зберігаються.",
        "ru": "Предпросмотр – ответы не сохраняются.",
        "fa": "پیش‌نمایش – پاسخ‌ها ذخیره نمی‌شوند.",
    },
}


def phrases(code: str) -> dict[str, str]:
    """The public answer page's phrases in one survey language (German if unknown)."""
    return {key: texts.get(code) or texts[GERMAN] for key, texts in PHRASES.items()}
