"""Quote spans and speakers of constructs common in Russian- and Ukrainian-language reports.

Every text was written for these tests in the style of Ukrainian outlets publishing in Ukrainian
and Russian (city sites, regional administrations, agencies); none is taken from any corpus.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import QuoteKind


def _quotes(text: str) -> list[tuple[list[str], str | None]]:
    """Return each quote's parts and its speaker's name."""
    item = uanews.parse(text)
    return [
        (
            [item.text[part.start : part.end] for part in quote.parts],
            None if quote.speaker is None else item.participant(quote.speaker).name,
        )
        for quote in item.quotes
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            (
                "Ночью оккупанты атаковали Сумскую область.\n\n"
                "В пригородных селах, как уточнил начальник областной военной администрации "
                "Олег Гринчук, без света остаются около двух тысяч семей.\n"
            ),
            ["В пригородных селах", "без света остаются около двух тысяч семей"],
        ),
        (
            (
                "Ночью оккупанты атаковали Сумскую область, сообщил Олег Гринчук.\n\n"
                "В Конотопском районе, по его словам, повреждены линии электропередачи.\n"
            ),
            ["В Конотопском районе", "повреждены линии электропередачи"],
        ),
        (
            (
                "Вночі окупанти атакували Сумщину.\n\n"
                "У приміських селах, як уточнив начальник обласної військової адміністрації "
                "Олег Гринчук, без світла залишаються близько двох тисяч родин.\n"
            ),
            ["У приміських селах", "без світла залишаються близько двох тисяч родин"],
        ),
        (
            (
                "Вночі окупанти атакували Сумщину, повідомив Олег Гринчук.\n\n"
                "На Конотопщині, за його словами, пошкоджено лінії електропередачі.\n"
            ),
            ["На Конотопщині", "пошкоджено лінії електропередачі"],
        ),
    ],
)
def test_a_place_before_a_mid_sentence_cue_is_reported(text, parts):
    # ``В селах, как уточнил X, ...``: the prepositional phrase before the parenthetical cue
    # says where what is reported happened; it is the first of the quote's two parts.
    assert _quotes(text)[-1][0] == parts


@pytest.mark.parametrize(
    "text",
    [
        (
            "Полиция задержала трех подозреваемых.\n\n"
            "В результате, по словам начальника полиции Игоря Клименко, раскрыто пять краж.\n"
        ),
        (
            "Поліція затримала трьох підозрюваних.\n\n"
            "В результаті, за словами начальника поліції Ігоря Клименка, розкрито п'ять крадіжок.\n"
        ),
        (
            "Полиция задержала трех подозреваемых.\n\n"
            "Кроме этого, как уточнил Игорь Клименко, изъято оружие.\n"
        ),
        (
            "Поліція затримала трьох підозрюваних.\n\n"
            "При цьому, як уточнив Ігор Клименко, вилучено зброю.\n"
        ),
    ],
)
def test_a_linking_phrase_before_a_mid_sentence_cue_is_the_writers(text):
    # ``В результате``, ``Кроме этого``, ``При цьому`` link to the sentence before: narration.
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert len(quotes[0][0]) == 1
    assert quotes[0][1] is not None
    assert quotes[0][1].startswith(("Игорь Клименко", "Ігор Клименко"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Городской голова Винницы Сергей Моргун в среду осмотрел новую котельную.\n\n"
                "«Теперь тепло получат сорок домов района», — цитирует мэра пресс-служба "
                "горсовета.\n"
            ),
            "Сергей Моргун",
        ),
        (
            (
                "Міський голова Вінниці Сергій Моргун у середу оглянув нову котельню.\n\n"
                "«Тепер тепло отримають сорок будинків району», – цитує мера пресслужба "
                "міськради.\n"
            ),
            "Сергій Моргун",
        ),
        (
            (
                "Начальник ОВА Олег Коваль привітав енергетиків.\n\n"
                "«Це важливий крок до зими», – цитує Олега Коваля пресслужба ОВА.\n"
            ),
            "Олег Коваль",
        ),
        (
            (
                "Начальник ОВА Олег Коваль поздравил энергетиков.\n\n"
                "«Это важный шаг к зиме», — цитирует Олега Коваля пресс-служба ОВА.\n"
            ),
            "Олег Коваль",
        ),
        # the object of the quoting verb is nobody the text names: no speaker
        (
            (
                "Начальник ОВА Олег Коваль привітав енергетиків.\n\n"
                "«Ми працюємо цілодобово», – цитує видання одного з енергетиків.\n"
            ),
            None,
        ),
    ],
)
def test_a_quoting_verb_gives_the_person_it_relays(text, speaker):
    # ``— цитирует мэра пресс-служба``: the press office relays; the mayor said the words.
    assert _quotes(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        (
            "Киев получит генераторы\n\n"
            "Городской голова Киева Виталий Кличко провел онлайн-встречу с послом Бельгии.\n\n"
            "«Нам нужны трансформаторы», — цитирует мэра пресс-служба КГГА.\n\n"
            "Посол Бельгии Питер ван Дейк пообещал, что первая партия прибудет в декабре.\n"
        ),
        (
            "Київ отримає генератори\n\n"
            "Київський міський голова Віталій Кличко провів онлайн-зустріч із послом Бельгії.\n\n"
            "«Нам потрібні трансформатори», – цитує мера пресслужба КМДА.\n\n"
            "Посол Бельгії Пітер ван Дейк пообіцяв, що перша партія прибуде в грудні.\n"
        ),
    ],
)
def test_a_title_before_a_new_name_is_not_the_speaker_before(text):
    # ``Посол ... Питер ван Дейк пообещал``: whoever the participants miss, not the mayor
    item = uanews.parse(text)
    quote = item.quotes[-1]
    assert quote.text.startswith(("первая", "перша"))
    mayor = next(p for p in item.participants if p.name.endswith("Кличко"))
    assert quote.speaker != mayor.id


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            (
                "Утром на окружной дороге столкнулись два автобуса.\n\n"
                "Начальник отдела полиции Максим Вдовиченко рассказал «Суспильному», что "
                "водитель одного из автобусов не уступил дорогу.\n"
            ),
            ["водитель одного из автобусов не уступил дорогу"],
            "Максим Вдовиченко",
        ),
        (
            (
                "Вранці на об'їзній дорозі зіткнулися два автобуси.\n\n"
                'Начальник відділу поліції Максим Вдовиченко розповів "Суспільному", що водій '
                "одного з автобусів не надав переваги.\n"
            ),
            ["водій одного з автобусів не надав переваги"],
            "Максим Вдовиченко",
        ),
    ],
)
def test_an_outlet_in_marks_between_the_cue_and_that(text, parts, speaker):
    # ``рассказал «Суспильному», что ...``: the outlet in marks is whom it was told
    assert _quotes(text) == [(parts, speaker)]


INTERVIEW_RU = """\
«Мы готовим город к зиме»: интервью с главой Черкасской городской администрации

Глава Черкасской городской военной администрации Олег Тарасенко рассказал о подготовке \
к отопительному сезону.

— Сколько генераторов сейчас есть в городе?

— Около трехсот. Мы закупили их за средства бюджета.

— Хватит ли этого?

— Для школ и больниц хватит.
"""

INTERVIEW_UK = """\
«Ми готуємо місто до зими»: інтерв’ю з головою Черкаської міської адміністрації

Голова Черкаської міської військової адміністрації Олег Тарасенко розповів про підготовку \
до опалювального сезону.

– Скільки генераторів зараз є в місті?

– Близько трьохсот. Ми закупили їх коштом бюджету.

– Чи вистачить цього?

– Для шкіл і лікарень вистачить.
"""


@pytest.mark.parametrize(
    ("text", "words"),
    [(INTERVIEW_RU, "Мы готовим город к зиме"), (INTERVIEW_UK, "Ми готуємо місто до зими")],
)
def test_the_headline_of_an_interview_quotes_the_interviewee(text, words):
    item = uanews.parse(text)
    first = item.quotes[0]
    assert first.kind is QuoteKind.DIRECT
    assert first.text == words
    assert first.speaker is not None
    assert item.participant(first.speaker).name == "Олег Тарасенко"
    assert [quote.kind for quote in item.quotes[1:]] == [QuoteKind.INTERVIEW] * 2


def test_words_in_marks_before_a_colon_without_an_interview_are_no_headline_quote():
    # the same dash-line answers, but the headline announces no interview: no speaker for it
    item = uanews.parse(INTERVIEW_RU.replace("интервью с главой", "отчет главы", 1))
    assert [quote.kind for quote in item.quotes] == [QuoteKind.INTERVIEW] * 2


@pytest.mark.parametrize(
    "text",
    [
        (
            "В Ровно открыли детский сад\n\n"
            "Представитель полиции сообщил, что охрану усилят.\n\n"
            "«Патрули будут дежурить возле сада каждое утро», — добавил он.\n\n"
            "Коваль рассказала, что камеры установят до зимы.\n\n"
            "«Мы уже получили оборудование», — добавила она.\n"
        ),
        (
            "У Рівному відкрили садок\n\n"
            "Представник поліції повідомив, що охорону посилять.\n\n"
            "«Патрулі чергуватимуть біля садка щоранку», – додав він.\n\n"
            "Коваль розповіла, що камери встановлять до зими.\n\n"
            "«Ми вже отримали обладнання», – додала вона.\n"
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_is_not_the_speaker_before(text):
    # The police spoke first (an unnamed representative speaks for the body); then someone
    # the participants do not name: ``добавила она`` is her, not the police.
    speakers = [speaker for _parts, speaker in _quotes(text)]
    police = "полиция" if "полиции" in text else "поліція"
    assert speakers == [police, police, None, None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "НБУ снизил ставку\n\n"
                "Национальный банк Украины в четверг снизил учетную ставку до 13%.\n\n"
                "Цены растут медленнее, чем ожидалось, говорится в сообщении регулятора.\n"
            ),
            "Национальный банк Украины",
        ),
        (
            (
                "НБУ знизив ставку\n\n"
                "Національний банк України в четвер знизив облікову ставку до 13%.\n\n"
                "Ціни зростають повільніше, ніж очікувалося, йдеться в повідомленні регулятора.\n"
            ),
            "Національний банк України",
        ),
    ],
)
def test_the_regulator_stands_for_the_body_named_before(text, speaker):
    assert [name for _parts, name in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Энергетики восстанавливают сети\n\n"
                "Заместитель министра энергетики Наталья Бойко подчеркнула, что подачу тока "
                "восстановят до вечера.\n\n"
                "«Мы держим ситуацию под контролем», — сказала замминистра.\n"
            ),
            "Наталья Бойко",
        ),
        (
            (
                "Енергетики відновлюють мережі\n\n"
                "Заступниця міністра енергетики Наталія Бойко наголосила, що подачу струму "
                "відновлять до вечора.\n\n"
                "«Ми тримаємо ситуацію під контролем», – сказала замміністра.\n"
            ),
            "Наталія Бойко",
        ),
    ],
)
def test_the_short_form_of_a_deputy_minister_names_the_deputy(text, speaker):
    assert [name for _parts, name in _quotes(text)] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            (
                "В Днепре горел склад\n\n"
                "Вечером в Днепре загорелось складское помещение. Об этом сообщили в ГСЧС.\n\n"
                "По данным спасателей, огонь охватил площадь 800 квадратных метров.\n\n"
                "«На месте работали 40 спасателей», — говорится в сообщении.\n"
            ),
            "ГСЧС",
        ),
        (
            (
                "У Дніпрі горів склад\n\n"
                "Увечері в Дніпрі спалахнуло складське приміщення. Про це повідомили в ДСНС.\n\n"
                "За даними рятувальників, вогонь охопив площу 800 квадратних метрів.\n\n"
                "«На місці працювали 40 рятувальників», – йдеться в повідомленні.\n"
            ),
            "ДСНС",
        ),
    ],
)
def test_an_unnamed_group_between_leaves_the_message_to_the_body_before(text, body):
    # ``По данным спасателей`` names nobody in particular: the message is still the body's
    assert [name for _parts, name in _quotes(text)] == [None, body]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Городской голова Николаева Александр Сенкевич провел совещание.\n\n"
                "Начальник ОВА Виталий Ким сообщил, что область выделит дополнительные "
                "средства, а мэр уточнил, что тендер объявят в понедельник.\n"
            ),
            [
                (["область выделит дополнительные средства"], "Виталий Ким"),
                (["тендер объявят в понедельник"], "Александр Сенкевич"),
            ],
        ),
        (
            (
                "Міський голова Миколаєва Олександр Сєнкевич провів нараду.\n\n"
                "Начальник ОВА Віталій Кім повідомив, що область виділить додаткові кошти, "
                "а мер уточнив, що тендер оголосять у понеділок.\n"
            ),
            [
                (["область виділить додаткові кошти"], "Віталій Кім"),
                (["тендер оголосять у понеділок"], "Олександр Сєнкевич"),
            ],
        ),
    ],
)
def test_a_second_report_after_a_conjunction_is_its_own_quote(text, expected):
    # ``X сообщил, что A, а мэр уточнил, что B``: two speakers, two quotes
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "В Николаеве ремонтируют мост\n\n"
                "Директор департамента ЖКХ Людмила Коваль:\n\n"
                "— Все работы согласованы с полицией.\n"
            ),
            "Все работы согласованы с полицией.",
            "Людмила Коваль",
        ),
        (
            (
                "У Миколаєві ремонтують міст\n\n"
                "Директорка департаменту ЖКГ Людмила Коваль:\n\n"
                "– Усі роботи погоджено з поліцією.\n"
            ),
            "Усі роботи погоджено з поліцією.",
            "Людмила Коваль",
        ),
    ],
)
def test_a_speaker_and_a_colon_before_a_dash_line(text, words, speaker):
    # ``Role Name:`` on its own, then ``— words``: the colon after a speaker is the cue
    assert _quotes(text) == [([words], speaker)]


def test_a_place_and_a_colon_before_a_dash_line_are_no_speaker():
    text = "Пункти обігріву\n\nАдреси пунктів у Новій Каховці:\n\n– вулиця Шевченка, 5.\n"
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        (
            (
                "Ремонт моста\n\n"
                "«Мы уже закупили металл», — сказал директор подрядной компании Виктор Гнатюк, "
                "добавив, что на объекте работают 60 человек.\n"
            ),
            "на объекте работают 60 человек",
            "Виктор Гнатюк",
        ),
        (
            (
                "Ремонт мосту\n\n"
                "«Ми вже закупили метал», – сказав директор підрядної компанії Віктор Гнатюк, "
                "додавши, що на об'єкті працюють 60 людей.\n"
            ),
            "на об'єкті працюють 60 людей",
            "Віктор Гнатюк",
        ),
    ],
)
def test_a_gerund_after_an_attribution_reports_for_the_same_speaker(text, report, speaker):
    # ``— сказал X, добавив, что ...``: the gerund's subject is X
    quotes = _quotes(text)
    assert len(quotes) == 2
    assert quotes[1] == ([report], speaker)
    assert quotes[0][1] == speaker


def test_a_gerund_opening_a_sentence_is_no_report():
    text = "Ремонт\n\nПодсчитав, что денег хватит, мэр Виктор Гнатюк подписал договор.\n"
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        (
            (
                "В Сумах проверили котельные\n\n"
                "Директор теплосети Олег Марченко доложил, что все котельные готовы к зиме.\n"
            ),
            ["все котельные готовы к зиме"],
            "Олег Марченко",
        ),
        (
            (
                "У Сумах перевірили котельні\n\n"
                "Директор тепломережі Олег Марченко доповів, що всі котельні готові до зими.\n"
            ),
            ["всі котельні готові до зими"],
            "Олег Марченко",
        ),
    ],
)
def test_reporting_to_a_superior_is_a_speech_cue(text: str, parts: list[str], speaker: str) -> None:
    assert _quotes(text) == [(parts, speaker)]
