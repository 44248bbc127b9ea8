"""Role nouns of whole fields and the end of a role's complement, Ukrainian and Russian (#15).

Self-written sentences in the style of city and regional news. The role families added as
data (`lexicon.ROLE_NOUNS`): foreign municipal heads, clipped titles of a staff's head, guards
and the uniformed services, ranks, a team's playing positions and its coach. A role's core
stops before a body (a port, a utility, a university), a community placed by its adjectives
and the people the role serves; it keeps two coordinated plural fields, a board before its
body's quoted name and a field adjective before a director.
"""

from __future__ import annotations

import pytest

import uanews
from uanews.model import ParticipantKind
from uanews.parser.language import using_language
from uanews.parser.participants.roles import find_roles


def _cores(text: str, language: str) -> list[str]:
    """Return the cores of the role phrases in ``text`` that name a position."""
    with using_language(language):
        return [text[r.core_start : r.core_end] for r in find_roles(text) if r.position]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("До Рівного приїхав бургомістр Вроцлава Мартин Новак.", "uk", ["бургомістр"]),
        ("Угоду підписали з бургомістром Дрездена.", "uk", ["бургомістром"]),
        ("В Ровно прибыл бургомистр Вроцлава Мартин Новак.", "ru", ["бургомистр"]),
        ("Делегацию возглавил примар Бельц Ион Русу.", "ru", ["примар"]),
        ("Гостей встретил войт Ян Ковальский.", "ru", ["войт"]),
        ("Головлікар лікарні розповів про нове обладнання.", "uk", ["Головлікар"]),
        ("Главврач центра рассказал о новом оборудовании.", "ru", ["Главврач"]),
        ("Під час нападу постраждав охоронець складу.", "uk", ["охоронець"]),
        ("При нападении пострадал сторож склада.", "ru", ["сторож"]),
        (
            "Генеральним підрядником залізнично-автомобільного мосту стала компанія.",
            "uk",
            ["Генеральним підрядником"],
        ),
        ("При нападении пострадал охранник предприятия.", "ru", ["охранник"]),
        ("Порушника затримали прикордонники.", "uk", ["прикордонники"]),
        ("Нарушителя задержали пограничники.", "ru", ["пограничники"]),
        (
            "Пожежу гасили 30 вогнеборців і надзвичайники з області.",
            "uk",
            ["вогнеборців", "надзвичайники"],
        ),
        ("Пожар тушили спасатели из района.", "ru", ["спасатели"]),
        ("На гасіння прибули надзвичайники.", "uk", ["надзвичайники"]),
        ("Пожар тушили 20 огнеборцев.", "ru", ["огнеборцев"]),
        ("Вантаж оглянули митники.", "uk", ["митники"]),
        ("Груз осмотрели таможенники.", "ru", ["таможенники"]),
        ("Нагороду вручили лейтенантові.", "uk", ["лейтенантові"]),
        ("Переможний м'яч забив нападник Олег Гуцал.", "uk", ["нападник"]),
        ("Воротар гостей відбив пенальті.", "uk", ["Воротар"]),
        ("Вратарь гостей отбил пенальти.", "ru", ["Вратарь"]),
        ("Після матчу наставник подякував уболівальникам.", "uk", ["наставник"]),
        ("После матча наставник поблагодарил болельщиков.", "ru", ["наставник"]),
        ("Про новий трамвай розповів головний конструктор.", "uk", ["головний конструктор"]),
        ("О новом трамвае рассказал главный конструктор.", "ru", ["главный конструктор"]),
    ],
)
def test_a_field_of_role_nouns_is_a_job(text: str, language: str, expected: list[str]) -> None:
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "У старому замку, кажуть, немає жодних примар.",
        "Ці працівники та студенти прийшли на площу.",
        "Ветерани зустрілися зі школярами.",
    ],
)
def test_no_job_for_a_ghost_a_worker_a_student_or_a_veteran(text: str) -> None:
    # ``примар`` is also the genitive plural of ``примара`` (a ghost); the dev gold tags no
    # worker, student or veteran as a job.
    assert _cores(text, "uk") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Генеральний директор порту розповів про плани.", "uk", ["Генеральний директор"]),
        ("Генеральный директор порта рассказал о планах.", "ru", ["Генеральный директор"]),
        ("Директор водоканалу пояснив причини аварії.", "uk", ["Директор"]),
        ("Директор водоканала объяснил причины аварии.", "ru", ["Директор"]),
        ("Інженери облгазу перевірили мережу.", "uk", ["Інженери"]),
        ("Ректор польского вуза приехал в Луцк.", "ru", ["Ректор"]),
        ("Ректор польського вишу приїхав до Луцька.", "uk", ["Ректор"]),
        ("Науковці обсерваторії помітили комету.", "uk", ["Науковці"]),
        ("Направление дает врач стационара.", "ru", ["врач"]),
    ],
)
def test_a_body_after_a_role_is_no_part_of_the_position(
    text: str, language: str, expected: list[str]
) -> None:
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Нараду провели з головами сільських громад району.", "uk", ["головами"]),
        ("Після гри головний тренер одеситів подякував фанатам.", "uk", ["головний тренер"]),
        ("После игры главный тренер одесситов поблагодарил фанатов.", "ru", ["главный тренер"]),
        ("Пресу зібрав тренер воротарів збірної.", "uk", ["тренер воротарів"]),
        ("Про це сказав радник депутатів фракції.", "uk", ["радник депутатів"]),
    ],
)
def test_a_community_or_the_people_served_end_the_core(
    text: str, language: str, expected: list[str]
) -> None:
    # The people a role serves (a city's people name its team) are no field; a role noun in
    # the genitive (``воротарів``, ``депутатів``) is a position and stays.
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Начальник відділу доріг і мостів оглянув об'їзд.",
            "uk",
            ["Начальник відділу доріг і мостів"],
        ),
        (
            "Начальник отдела дорог и мостов осмотрел объезд.",
            "ru",
            ["Начальник отдела дорог и мостов"],
        ),
        (
            "Заместитель председателя правления «Полтаваоблэнерго» ответил на вопросы.",
            "ru",
            ["Заместитель председателя правления"],
        ),
        ("Член правління «Укрнафти» відповів на запитання.", "uk", ["Член правління"]),
        ("Тренер команды «Сокол» ответил на вопросы.", "ru", ["Тренер"]),
        ("Комерційний директор заводу підписав угоду.", "uk", ["Комерційний директор"]),
        ("Медицинский директор больницы подписал договор.", "ru", ["Медицинский директор"]),
        ("Хворого оглянув черговий лікар.", "uk", ["черговий лікар"]),
        ("Больного осмотрел дежурный врач.", "ru", ["дежурный врач"]),
    ],
)
def test_the_core_keeps_its_whole_field(text: str, language: str, expected: list[str]) -> None:
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Директор департамента жилищно-коммунального хозяйства ответил депутатам.",
            "ru",
            ["Директор департамента жилищно-коммунального хозяйства", "депутатам"],
        ),
        ("Центр для військових і цивільних відкрили в Умані.", "uk", ["військових"]),
        ("Центр для военных и гражданских открыли в Умани.", "ru", ["военных"]),
        (
            "Мэр встретился с председателями объединений жильцов домов.",
            "ru",
            ["Мэр", "председателями"],
        ),
        ("Про вступ розповів декан факультету історії.", "uk", ["декан факультету історії"]),
        (
            "Про вступ розповів декан факультету фізики та астрономії.",
            "uk",
            ["декан факультету фізики та астрономії"],
        ),
        (
            "Про вступ розповів завідувач кафедри історії та математики.",
            "uk",
            ["завідувач кафедри історії та математики"],
        ),
        ("Очереди к детским кардиологам сократились.", "ru", ["детским кардиологам"]),
    ],
)
def test_compound_adjectives_units_and_members(
    text: str, language: str, expected: list[str]
) -> None:
    # A compound adjective continues the field; a conjunction between two people's adjectives
    # ends the core; a body named by its members (``объединений жильцов``) is no unit of the
    # job; a dean heads the faculty named after the title; ``детский`` titles a doctor, as
    # ``дитячий`` does.
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выписку подписал лечащий врач отделения.", ["лечащий врач"]),
        ("По словам лечащего врача, больной поправляется.", ["лечащего врача"]),
        ("Решение принял ведущий инженер цеха.", ["ведущий инженер цеха"]),
    ],
)
def test_a_participle_of_the_title_opens_a_role_in_any_form(text: str, expected: list[str]) -> None:
    # The Russian dictionary gives ``лечащего`` the verb ``лечить`` as its lemma: the modifier
    # list names the participle by its masculine nominative.
    assert _cores(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Енергетики АТ «Полтаваобленерго» обіцяють дати світло.", "uk", ["Енергетики"]),
        ("Энергетики АО «Киевоблэнерго» уже вернули свет.", "ru", ["Энергетики"]),
        ("Світла в селі немає, енергетики вже шукають обрив.", "uk", ["енергетики"]),
        ("Света в селе нет, энергетики уже ищут обрыв.", "ru", ["энергетики"]),
        ("Питання енергетики вже обговорили.", "uk", []),
        ("За прогнозом енергетиків, світло дадуть увечері.", "uk", ["енергетиків"]),
        ("Обставини встановлюють слідчі поліції.", "uk", ["слідчі"]),
        ("Тривають слідчі дії.", "uk", []),
        ("Поліцейські сили перекинули на південь.", "uk", []),
    ],
)
def test_sector_workers_before_their_company_and_investigators_of_a_body(
    text: str, language: str, expected: list[str]
) -> None:
    # The workers' company or an adverb may stand between the sector's word and its plural
    # verb; ``енергетиків`` is no singular of the sector; a role adjective before a body's
    # genitive is the role as a noun (``слідчі поліції``), before a thing it is an adjective.
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Об этом сообщил начальник областной военной администрации.", "ru", ["начальник"]),
        ("Про це повідомив голова районної військової адміністрації.", "uk", ["голова"]),
        ("Нараду провели в обласній військовій адміністрації.", "uk", []),
        ("Совещание провели в областной военной администрации.", "ru", []),
        ("Начальник технического отдела завода ответил.", "ru", ["Начальник технического отдела"]),
        (
            "Начальник планово-экономического отдела ответил.",
            "ru",
            ["Начальник планово-экономического отдела"],
        ),
        ("Начальник пожарно-спасательного отряда ответил.", "ru", ["Начальник"]),
        ("Командир прикордонного загону відповів.", "uk", ["Командир"]),
    ],
)
def test_a_field_adjective_is_no_place_and_a_detachment_is_a_body(
    text: str, language: str, expected: list[str]
) -> None:
    # ``технический`` ends like a place's adjective (``-ский``) but names a field: the unit
    # after it is the role's; a detachment of a service is a body of its own; a role adjective
    # agreeing with a body's genitive qualifies it (``военной администрации``).
    assert _cores(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "Сторож гаража Петро Лисенко помітив дим і викликав рятувальників.",
            "uk",
            "Петро Лисенко",
            "сторож гаража",
        ),
        (
            "Сторож гаража Петр Лысенко заметил дым и вызвал спасателей.",
            "ru",
            "Петр Лысенко",
            "сторож гаража",
        ),
        (
            "Водій автобуса Іван Коваль отримав травми.",
            "uk",
            "Іван Коваль",
            "водій автобуса",
        ),
    ],
)
def test_a_trades_object_stays_in_the_persons_role(
    text: str, language: str, name: str, role: str
) -> None:
    """The core is the trade noun alone, but the person named next keeps the whole phrase."""
    item = uanews.parse(f"Новини\n\n{text}\n")
    roles = {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}
    assert roles == {name: role}
    assert _cores(text, language)[0].lower() == role.split(maxsplit=1)[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Голова правління «Агроінвестбанку» Тарас Грицишин відкрив відділення в Ковелі.",
            "Тарас Грицишин",
            "голова правління «Агроінвестбанку»",
        ),
        (
            "Председатель правления «Агроинвестбанка» Тарас Грицишин открыл отделение в Ковеле.",
            "Тарас Грицишин",
            "председатель правления «Агроинвестбанка»",
        ),
    ],
)
def test_a_board_before_a_quoted_name_gives_the_person_its_role(
    text: str, name: str, role: str
) -> None:
    """The role runs over the body's quoted name after ``правління`` to the person named next."""
    item = uanews.parse(f"Новини\n\n{text}\n")
    roles = {p.name: p.role for p in item.participants if p.kind is ParticipantKind.PERSON}
    assert roles == {name: role}
