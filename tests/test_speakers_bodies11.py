"""Organisation and group speakers of the eleventh pass (Ukrainian and Russian alike).

A preposition is no role noun, whatever letter's abbreviation the dictionary also reads it as:
``В компании ответили`` after a chief whose role holds ``в Одесской области`` is the company.
Every text here was written for these tests in the style of regional outlets' reports, with
invented people.
"""

from quote_support import spoken

RU_PREPOSITION = (
    "На складе в Измаиле потушили пожар\n\n"
    "Пожар площадью 300 квадратных метров потушили за четыре часа, рассказал начальник "
    "управления ГСЧС в Одесской области Виктор Вересайко.\n\n"
    "Владелец склада, ООО «Дунайлогистик», пока не комментирует происшествие. В компании "
    "лишь ответили, что убытки подсчитают после проверки.\n"
)


def test_a_preposition_in_a_role_does_not_name_its_holder() -> None:
    found = spoken(RU_PREPOSITION)
    assert found[-1] == ("убытки подсчитают после проверки", "ООО «Дунайлогистик»")


RU_CHIEF_NAMED_AGAIN = (
    "На складе в Измаиле потушили пожар\n\n"
    "Пожар площадью 300 квадратных метров потушили за четыре часа, рассказал начальник "
    "управления ГСЧС в Одесской области Виктор Вересайко.\n\n"
    "Начальник также отметил, что склад не имел пожарной сигнализации.\n"
)


def test_the_role_noun_itself_still_names_its_holder() -> None:
    found = spoken(RU_CHIEF_NAMED_AGAIN)
    assert found[-1] == ("склад не имел пожарной сигнализации", "Виктор Вересайко")


UK_AGENCY_ACRONYM = (
    "У Самборі горів склад\n\n"
    "Пожежу на складі в Самборі ліквідували вночі. Про це повідомили в ГУ ДСНС у Львівській "
    "області.\n\n"
    "«Під час гасіння рятувальники винесли з приміщення газові балони», – йдеться в "
    "повідомленні відомства.\n"
)

UK_COMPANY_NOT_AGENCY = (
    "У Самборі горів склад\n\n"
    "Пожежу на складі ТОВ «Самбірагро» ліквідували вночі.\n\n"
    "«Під час гасіння рятувальники винесли з приміщення газові балони», – йдеться в "
    "повідомленні відомства.\n"
)


def test_an_agency_noun_stands_for_a_state_body_named_by_its_acronym() -> None:
    found = spoken(UK_AGENCY_ACRONYM)
    assert found[-1][1] == "ГУ ДСНС у Львівській області"


def test_an_agency_noun_does_not_stand_for_a_company() -> None:
    found = spoken(UK_COMPANY_NOT_AGENCY)
    assert found[-1][1] is None


RU_COURT_MESSAGE = (
    "Апелляционный суд оставил в силе приговор директору КП «Светлый город»\n\n"
    "Днепровский апелляционный суд отклонил жалобу бывшего директора КП «Светлый город». "
    "Как говорится в сообщении суда, предприятие закупало фонари по завышенным ценам.\n"
)

UK_POLICE_MESSAGE = (
    "На Волині затримали крадія пального\n\n"
    "Поліція Волинської області затримала чоловіка, який зливав пальне з тракторів. Як "
    "йдеться в повідомленні поліції, збитки сягають 40 тисяч гривень.\n"
)


def test_a_message_speaks_for_the_body_in_its_genitive() -> None:
    assert spoken(RU_COURT_MESSAGE)[-1] == (
        "предприятие закупало фонари по завышенным ценам",
        "Днепровский апелляционный суд",
    )
    assert spoken(UK_POLICE_MESSAGE)[-1] == (
        "збитки сягають 40 тисяч гривень",
        "Поліція Волинської області",
    )


UK_SITTING = (
    "На Волині затримали крадія пального\n\n"
    "Поліція Волинської області затримала чоловіка, який зливав пальне з тракторів.\n\n"
    "«Збитки сягають 40 тисяч гривень», – сказав на засіданні суду прокурор Остап Лозовчук.\n"
)


def test_a_body_after_a_sitting_is_no_speaker() -> None:
    assert spoken(UK_SITTING)[-1] == ("Збитки сягають 40 тисяч гривень", "Остап Лозовчук")


RU_FACTION = (
    "Горсовет Каменского повысил стоимость проезда\n\n"
    "Депутаты Каменского горсовета поддержали новый тариф, рассказала секретарь горсовета "
    "Алла Вересайко.\n\n"
    "Во фракции оппозиции считают, что сначала нужно было провести аудит перевозчика.\n"
)

UK_FACTION_BARE = (
    "Міськрада Кам'янського підвищила вартість проїзду\n\n"
    "Депутати підтримали новий тариф, розповіла секретарка міськради Алла Вересайко.\n\n"
    "У фракції заявили, що спершу треба було провести аудит перевізника.\n"
)


def test_a_faction_with_its_complement_speaks() -> None:
    assert spoken(RU_FACTION)[-1] == (
        "сначала нужно было провести аудит перевозчика",
        "фракция оппозиции",
    )


def test_a_bare_faction_is_the_unknown_speaker() -> None:
    assert spoken(UK_FACTION_BARE)[-1] == (
        "спершу треба було провести аудит перевізника",
        None,
    )


UK_DELEGATION = (
    "До Черкас приїхала делегація з Любліна\n\n"
    "Делегація польського міста-побратима привезла генератори, а міський голова Черкас Ігор "
    "Лозовчук провів для гостей екскурсію.\n\n"
    "Як зазначили в делегації, вже в червні до міста приїдуть польські інженери.\n"
)


def test_a_delegation_speaks_as_the_group_named_before() -> None:
    found = spoken(UK_DELEGATION)
    assert found[-1][0] == "вже в червні до міста приїдуть польські інженери"
    speaker = found[-1][1]
    assert speaker is not None
    assert speaker.startswith("делегація")


UK_PROSECUTORS = (
    "Суд повернув громаді ділянку в центрі Кропивницького\n\n"
    "Позов подала Кіровоградська обласна прокуратура. «Ділянку передали без торгів», – "
    "сказав прокурор обласної прокуратури Остап Лозовчук.\n\n"
    "{subject} наполягала, що громада недоотримала 8 мільйонів гривень.\n"
)


def test_a_body_noun_in_a_role_complement_names_the_body() -> None:
    found = spoken(UK_PROSECUTORS.format(subject="Прокуратура"))
    assert found[-1] == (
        "громада недоотримала 8 мільйонів гривень",
        "Кіровоградська обласна прокуратура",
    )


def test_the_role_noun_of_that_person_still_names_him() -> None:
    text = UK_PROSECUTORS.format(subject="Прокурор").replace("наполягала", "наполягав")
    assert spoken(text)[-1] == ("громада недоотримала 8 мільйонів гривень", "Остап Лозовчук")


RU_PROSECUTORS = (
    "Суд вернул громаде участок в центре Кропивницкого\n\n"
    "Иск подала Кировоградская областная прокуратура. «Участок передали без торгов», – "
    "сказал прокурор областной прокуратуры Остап Лозовчук.\n\n"
    "Прокуратура настаивала, что громада недополучила 8 миллионов гривен.\n"
)


def test_a_russian_body_noun_in_a_role_complement_names_the_body() -> None:
    assert spoken(RU_PROSECUTORS)[-1] == (
        "громада недополучила 8 миллионов гривен",
        "Кировоградская областная прокуратура",
    )


UK_COMPANY_ACRONYM = (
    "Укренерго радить не вмикати одночасно потужні прилади\n\n"
    "НЕК «Укренерго» отримала нову партію трансформаторів. {between}\n\n"
    "У компанії також нагадали, що у вечірній пік краще не вмикати бойлер і пральну машину.\n"
)


def test_a_company_acronym_calls_the_body_a_company() -> None:
    text = UK_COMPANY_ACRONYM.format(between="Обладнання передав Євросоюз.")
    assert spoken(text)[-1] == (
        "у вечірній пік краще не вмикати бойлер і пральну машину",
        "НЕК «Укренерго»",
    )


def test_a_company_called_so_later_is_the_company_meant() -> None:
    later = "Обладнання виготовила компанія «Запоріжтрансформатор»."
    text = UK_COMPANY_ACRONYM.format(between=later)
    assert spoken(text)[-1][1] == "компанія «Запоріжтрансформатор»"
