"""Word lists of the newer quote and speaker rules: role synonyms, opinion words, bodies.

Also the labels of interview lines. The older lists (speech verbs, cue phrases, pronouns) live
in `speech`; both are read only by the rules in this package.
"""

from __future__ import annotations

__all__ = [
    "BODY_COMPOUNDS",
    "BODY_NOUNS",
    "DEPENDENT_BODY_NOUNS",
    "INTERVIEW_ANSWER_LABELS",
    "INTERVIEW_LEMMAS",
    "INTERVIEW_QUESTION_LABELS",
    "MEDIA_NOUNS",
    "OPINION_LEMMAS",
    "OPINION_SOURCE_NOUNS",
    "REPORTING_PARTICLES",
    "ROLE_SYNONYMS",
    "STAFF_NOUNS",
]

OPINION_LEMMAS: frozenset[str] = frozenset({"вважати", "думати", "гадати", "переконаний"})
"""Lemmas of verbs of opinion: they introduce reported speech only with a named source.

Under the annotation guidelines ``експерти вважають, що ...`` with no named source is not a
quote; ``вважає Іван Петренко, що ...`` is.
"""

OPINION_SOURCE_NOUNS: frozenset[str] = frozenset(
    {"думку", "переконання", "версією", "припущенням", "оцінкою", "оцінками", "підрахунками"}
)
"""Nouns of a source phrase that give an opinion (``на думку``, ``за їхньою версією``): like
`OPINION_LEMMAS`, a quote only with a named source."""

REPORTING_PARTICLES: frozenset[str] = frozenset({"мовляв"})
"""Particles that introduce what someone is said to say (``вигнали їх: мовляв, ...``)."""

ROLE_SYNONYMS: tuple[tuple[tuple[str, ...], ...], ...] = (
    # the mayor
    (("міський", "голова"), ("мер",), ("голова", "місто"), ("міськголова",), ("очільник", "місто")),
    # the deputy mayor
    (("заступник", "міський", "голова"), ("віцемер",), ("віце-мер",), ("заступник", "мер")),
    # the prime minister
    (
        ("прем'єр-міністр",),
        ("прем'єр-міністерка",),
        ("прем'єр",),
        ("глава", "уряд"),
        ("очільник", "уряд"),
        ("голова", "уряд"),
    ),
    # the head of a regional (military) administration
    (
        ("голова", "ова"),
        ("начальник", "ова"),
        ("очільник", "ова"),
        ("голова", "обласний", "військовий", "адміністрація"),
        ("начальник", "обласний", "військовий", "адміністрація"),
        ("голова", "ода"),
        ("голова", "обласний", "державний", "адміністрація"),
        ("голова", "облдержадміністрація"),
        ("губернатор",),
        ("очільник", "область"),
        ("глава", "ова"),
        ("глава", "ода"),
        ("глава", "хода"),
        ("голова", "хода"),
        ("голова", "хова"),
        ("начальник", "хова"),
    ),
    # the head of a district (military) administration
    (("голова", "рва"), ("начальник", "рва"), ("очільник", "район"), ("голова", "рда")),
    # a spokesperson
    (("речник",), ("прес-секретар",), ("пресекретар",), ("речниця",)),
    # a member of parliament
    (("нардеп",), ("народний", "депутат"), ("депутат", "верховний", "рада")),
    # the president
    (("президент", "україна"), ("глава", "держава"), ("президентка", "україна"), ("^президент",)),
    # the head of a village or town community
    (("сільський", "голова"), ("селищний", "голова"), ("голова", "громада"), ("староста",)),
)
"""Groups of role phrases that name one office, each phrase as the lemmas of its words.

``Віцемер пояснила`` after ``заступниця міського голови Олена Коваль`` names her: the two
phrases share a group. Feminine role nouns are compared by their masculine lemma. A phrase
marked ``^`` matches only a whole role (``президент`` with no complement is the head of state,
``президент асоціації`` is not), and only on the role's side.
"""

BODY_NOUNS: frozenset[str] = frozenset(
    {
        "міськрада",
        "облрада",
        "райрада",
        "міськвиконком",
        "виконком",
        "мерія",
        "поліція",
        "прокуратура",
        "суд",
        "слідство",
        "музей",
        "лікарня",
        "уряд",
        "генштаб",
        "штаб",
        "дснс",
    }
)
"""Nouns of bodies that speak as a whole even unnamed (``у міськраді зазначили``, ``за даними
поліції``): the body is the speaker, made a participant if the text names it no other way."""

DEPENDENT_BODY_NOUNS: frozenset[str] = frozenset(
    {
        "пресслужба",
        "прес-служба",
        "пресцентр",
        "прес-центр",
        "міністерство",
        "відомство",
        "управління",
        "департамент",
        "служба",
        "адміністрація",
        "компанія",
        "комітет",
    }
)
"""Nouns of bodies that name a speaker only with an adjective or a complement (``у
міністерстві оборони``, ``в обласній адміністрації``); bare (``повідомили в пресслужбі``)
they are the explicit unknown speaker of the guidelines."""

STAFF_NOUNS: frozenset[str] = frozenset(
    {"фахівець", "працівник", "співробітник", "спеціаліст", "експерт", "аналітик", "юрист"}
)
"""Nouns for a body's staff: unnamed and plural with the body's name (``фахівці компанії X
підтверджують``), the body speaks, as with ``представники X``."""

MEDIA_NOUNS: frozenset[str] = frozenset(
    {"видання", "агентство", "газета", "телеканал", "портал", "журнал", "радіо", "сайт"}
)
"""Nouns for a news outlet (``пише видання``): the outlet the text named before, or nobody."""

BODY_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "міськрада": ("міський", "рада"),
    "облрада": ("обласний", "рада"),
    "райрада": ("районний", "рада"),
    "міськвиконком": ("виконавчий", "комітет"),
    "виконком": ("виконавчий", "комітет"),
    "облдержадміністрація": ("обласний", "державний", "адміністрація"),
    "ова": ("обласний", "військовий", "адміністрація"),
    "ода": ("обласний", "державний", "адміністрація"),
    "дснс": ("служба", "з", "надзвичайний", "ситуація"),
}
"""Short names of bodies and the lemmas of their full names: ``у міськраді`` is the
``Харківська міська рада`` the text named before."""

INTERVIEW_QUESTION_LABELS: frozenset[str] = frozenset(
    {"питання", "запитання", "кор", "журналіст", "журналістка", "ведучий", "ведуча"}
)
"""Labels (lower case) that open an interviewer's line (``Питання:``, ``Кор.:``)."""

INTERVIEW_ANSWER_LABELS: frozenset[str] = frozenset({"відповідь"})
"""Labels (lower case) that open an interviewee's line (``Відповідь:``)."""

INTERVIEW_LEMMAS: frozenset[str] = frozenset(
    {"інтерв'ю", "розмова", "бесіда", "поспілкуватися", "поговорити", "співрозмовник"}
)
"""Lemmas that say the text is an interview: question paragraphs without dashes or labels
count as an interview's questions only in a text that has one of them."""
