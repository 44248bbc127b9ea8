"""Word lists of quotes and speakers: speech verbs, cue phrases, who-speaks words, bodies.

Speech verbs are listed once, as dictionary lemmas (both aspects);
`uanews.parser.quotes.speech.speech_forms` expands them into every personal form a reporter
uses. Also the role synonyms, opinion words, speaking bodies and the labels of interview
lines. The Russian counterparts, under the same names, are in
`uanews.parser.quotes.lexicon_ru`; all are read only by the rules in this package.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ADDRESS_LEMMAS",
    "ADDRESS_PREPOSITIONS",
    "ADDRESS_SUBJECTS",
    "ANAPHORIC_BODY_NOUNS",
    "ANAPHORIC_OPENERS",
    "ANNOUNCING_CONJUNCTIONS",
    "ANOTHER_PERSON_WORDS",
    "ASKING_LEMMAS",
    "AS_WORDS",
    "ATTRIBUTION_BREAKS",
    "BODY_COMPOUNDS",
    "BODY_NOUNS",
    "BODY_STAFF_NOUNS",
    "BROADCAST_NOUNS",
    "CALLING_NOUNS",
    "CHANNEL_PREPOSITIONS",
    "CITATION_PHRASES",
    "CLAUSE_GAP_PREPOSITIONS",
    "COGNATE_SPELLING",
    "COORDINATORS",
    "DEPENDENT_BODY_NOUNS",
    "DOCUMENT_ISSUERS",
    "EXPERT_NOUNS",
    "FINDING_LEMMAS",
    "FIRST_PERSON_WORDS",
    "GENERIC_LEADER_NOUNS",
    "GENERIC_SPEAKER_NOUNS",
    "GERUND_SUFFIX",
    "HEADLINE_TOPIC_PREPOSITIONS",
    "INTERVIEWER_NOUNS",
    "INTERVIEW_ANSWER_LABELS",
    "INTERVIEW_LEMMAS",
    "INTERVIEW_QUESTION_LABELS",
    "INVESTIGATOR_NOUNS",
    "KIND_ACRONYMS",
    "KIND_BODY_NOUNS",
    "KIND_NOUNS",
    "LEADER_NOUNS",
    "LINKING_PHRASES",
    "LOCATIVE_PREPOSITIONS",
    "MEDIA_NOUNS",
    "MESSAGE_NOUNS",
    "NEGATIONS",
    "NEW_PERSON_WORDS",
    "NON_SUBJECT_PREPOSITIONS",
    "NOT_CURRENT_ROLE_WORDS",
    "OFFICIAL_NOUNS",
    "ON_BODY_NOUNS",
    "ON_PREPOSITIONS",
    "OPENING_SOURCE_NOUNS",
    "OPINION_LEMMAS",
    "OPINION_NOUNS",
    "OPINION_SOURCE_NOUNS",
    "PERCEPTION_LEMMAS",
    "PLACE_ADJECTIVE_SUFFIXES",
    "PRONOUN_GENDERS",
    "QUOTING_LEMMAS",
    "REASON_CLAUSE",
    "REASON_LEMMAS",
    "RELATIVES",
    "RELATIVE_LEMMAS",
    "REPORTING_PARTICLES",
    "ROLE_SYNONYMS",
    "SECOND_PREDICATE_OPENERS",
    "SEX_NOUNS",
    "SOURCE_NOUNS",
    "SOURCE_PREPOSITIONS",
    "SOURCE_PRONOUNS",
    "SOURCE_QUALIFIER_ENDINGS",
    "SPEECH_ADJECTIVES",
    "SPEECH_LEMMAS",
    "SPEECH_NOUNS",
    "SPEECH_SHORT_FORMS",
    "SPOKESPERSON_NOUNS",
    "STAFF_NOUNS",
    "SUBORDINATORS",
    "SUBUNIT_NOUNS",
    "TEAM_BODY_NOUNS",
    "TOPIC_CLAUSE",
    "TOPIC_PREPOSITIONS",
    "TURN_PHRASES",
    "WINNER_NOUNS",
    "WIN_LEMMAS",
]

QUOTING_LEMMAS: frozenset[str] = frozenset({"цитувати", "процитувати"})
"""Lemmas of the verbs by which one party relays another's words (``– цитує мера пресслужба``):
the person in the accusative said them, not the verb's subject."""

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

LINKING_PHRASES: tuple[str, ...] = (
    "в результаті",
    "у результаті",
    "в підсумку",
    "у підсумку",
    "за підсумками",
    "крім того",
    "окрім того",
    "разом з тим",
    "разом із тим",
    "в свою чергу",
    "у свою чергу",
    "з іншого боку",
    "з одного боку",
    "на щастя",
    "на жаль",
    "до речі",
    "в цілому",
    "у цілому",
    "в тому числі",
    "у тому числі",
    "в першу чергу",
    "у першу чергу",
    "на додаток",
    "між тим",
)
"""Prepositional phrases that link a sentence to the one before (``В результаті, за словами
X, ...``): set off before a mid-sentence cue they are the writer's, not the reported words. A
phrase whose noun is a pronoun (``Крім цього``, ``При цьому``) links by its grammar."""

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
    # an ambassador
    (("посол",),),
    # a defence lawyer: ``його захисник X``, then ``– сказав адвокат``
    (("адвокат",), ("захисник",), ("адвокатка",), ("захисниця",)),
    # a minister
    (("міністр",),),
    # a deputy minister
    (("заступник", "міністр"), ("замміністра",)),
    # the head of a city military administration
    tuple(
        (head, *body)
        for head in ("начальник", "очільник", "голова", "керівник")
        for body in (("мва",), ("міський", "військовий", "адміністрація"))
    ),
    # the head of an institution: a hospital, a school, a theatre, a museum, a centre
    (
        *(
            (head, place)
            for head in ("директор", "керівник", "очільник", "завідувач")
            for place in (
                "заклад",
                "установа",
                "лікарня",
                "клініка",
                "поліклініка",
                "госпіталь",
                "амбулаторія",
                "школа",
                "ліцей",
                "гімназія",
                "садок",
                "коледж",
                "технікум",
                "університет",
                "інститут",
                "академія",
                "театр",
                "музей",
                "бібліотека",
                "філармонія",
                "центр",
            )
        ),
        ("головний", "лікар"),
        ("головлікар",),
        ("ректор",),
    ),
    # a team's coach
    (
        ("тренер",),
        ("головний", "тренер"),
        ("наставник",),
        ("очільник", "тренерський", "штаб"),
        ("керівник", "тренерський", "штаб"),
    ),
    # a doctor: ``– каже доктор`` after ``лікар ... Name``
    (("лікар",), ("^доктор",)),
    # a team's players by position: ``– сказав форвард`` after ``нападник Name``
    (("нападник",), ("форвард",)),
    (("воротар",), ("голкіпер",)),
)
"""Groups of role phrases that name one office, each phrase as the lemmas of its words.

``Віцемер пояснила`` after ``заступниця міського голови Олена Коваль`` names her: the two
phrases share a group. Feminine role nouns are compared by their masculine lemma. A phrase
marked ``^`` matches only a whole role (``президент`` with no complement is the head of state,
``президент асоціації`` is not), and only on the role's side.
"""

DOCUMENT_ISSUERS: dict[str, frozenset[str]] = {
    "рішення": frozenset({"суд", "рада", "міськрада", "облрада", "райрада", "виконком", "комісія"}),
    "вирок": frozenset({"суд"}),
    "ухвала": frozenset({"суд", "рада", "міськрада", "облрада", "райрада"}),
    "постанова": frozenset({"суд", "уряд", "кабмін", "рада", "комісія"}),
    "розпорядження": frozenset({"адміністрація", "уряд", "кабмін"}),
    "наказ": frozenset({"управління", "служба", "адміністрація"}),
}
"""Nouns of a ruling or an administrative act, by the head nouns of the bodies that issue one
(a court's ``вирок``, an administration's ``розпорядження``, a ministry's ``наказ``).

A ruling speaks for the body that issued it: ``йдеться в рішенні суду`` names the court the
item named (the body noun in the genitive), and a bare ``у рішенні зазначено`` the issuing
body the text named last (``Господарський суд ... області``).
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
        "університет",
        "уряд",
        "генштаб",
        "штаб",
        "дснс",
        "делегація",
    }
)
"""Nouns of bodies that speak as a whole even unnamed (``у міськраді зазначили``, ``за даними
поліції``): the body is the speaker, made a participant if the text names it no other way. A
delegation (``як зазначили в делегації``) speaks as a whole too: the one the text named before,
a group of people (`uanews.parser.quotes.bodies.last_named_body`)."""

COGNATE_SPELLING: dict[str, str] = {
    "і": "и",
    "ї": "и",
    "ы": "и",
    "є": "е",
    "э": "е",
    "ё": "е",
    "ґ": "г",
    "'": "",
    "’": "",
    "ʼ": "",
    "ь": "",
    "ъ": "",
}
"""Letters that Ukrainian and Russian spell one sound of a shared word with, mapped to one
key (``прем'єр-міністр`` and ``премьер-министр``, ``мер`` and ``мэр``): a role noun of a
paragraph in the other language names the person the item gave that role in its own."""

TEAM_BODY_NOUNS: frozenset[str] = frozenset({"слідство"})
"""Nouns of `BODY_NOUNS` that name a body's officers at their work, no institution
(``слідство встановило``: the investigators): the speaker they make is a group, like
`BODY_STAFF_NOUNS`, not an organisation (NER tags no ``слідство`` as one)."""

BODY_STAFF_NOUNS: frozenset[str] = frozenset({"слідчий"})
"""Nouns for the officers of a body that, plural and unnamed, speak as it, like `BODY_NOUNS`
(``слідчі встановили, що``, ``за даними слідчих``: the investigation's findings); the
group, in the nominative plural, is the speaker. One unnamed officer (``розповів слідчий``)
is a person, the one named before with that role."""

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
        "підприємство",
        "комітет",
        "фракція",
    }
)
"""Nouns of bodies that name a speaker only with an adjective or a complement (``у
міністерстві оборони``, ``в обласній адміністрації``, ``у фракції опозиції``); bare
(``повідомили в пресслужбі``) they are the explicit unknown speaker of the guidelines."""

SUBUNIT_NOUNS: frozenset[str] = frozenset({"управління", "департамент"})
"""Dependent body nouns of a department of a larger body: with that body in the genitive
(``в управлінні освіти міськради``) the department is a body of its own and speaks, not the
larger body, even when the participants name it; a press office or a kind noun stands for
the body it belongs to or names."""

ON_BODY_NOUNS: frozenset[str] = frozenset({"підприємство"})
"""Body nouns whose locative of place takes ``на``, not ``у`` (``розповіли на підприємстві``):
after ``на`` they speak as after a `LOCATIVE_PREPOSITIONS` word."""

ON_PREPOSITIONS: frozenset[str] = frozenset({"на"})
"""The preposition of `ON_BODY_NOUNS`."""

KIND_BODY_NOUNS: frozenset[str] = frozenset({"компанія", "підприємство"})
"""Nouns of a kind of body (``у компанії пояснили``) that stand for the body named last by a
bare name (``ДТЕК``, ``Нафтогаз``) when no organisation's name holds the noun itself."""

KIND_ACRONYMS: dict[str, str] = {"нек": "компанія", "нак": "компанія"}
"""Acronyms of a legal form whose spelled-out head is a kind noun of `KIND_BODY_NOUNS`
(``НЕК`` = ``національна енергетична компанія``, ``НАК`` = ``національна акціонерна
компанія``): ``НЕК «Укренерго»`` is a company the text called so, and ``у компанії`` names it
before a bare name mentioned later (``Євросоюз``)."""

ANOTHER_PERSON_WORDS: frozenset[str] = frozenset(
    {"ще один", "ще одна", "ще одне", "інший", "інша", "інше", "другий", "друга"}
)
"""Words before a role noun that make it someone other than the one named before
(``сказала ще одна волонтерка``): such a noun names nobody."""

TURN_PHRASES: tuple[str, ...] = (
    "своєю чергою",
    "у свою чергу",
    "в свою чергу",
    "зі свого боку",
    "із свого боку",
    "з свого боку",
)
"""Words that turn to another party (``Литовський мер, своєю чергою, сказав``): whoever speaks
at such a cue is not the one quoted before."""

OFFICIAL_NOUNS: frozenset[str] = frozenset({"посадовець", "урядовець", "чиновник"})
"""Nouns for any office holder (``- сказав посадовець``): the person last named with a role."""

STAFF_NOUNS: frozenset[str] = frozenset(
    {
        "фахівець",
        "працівник",
        "співробітник",
        "спеціаліст",
        "експерт",
        "аналітик",
        "юрист",
        "синоптик",
    }
)
"""Nouns for a body's staff: unnamed and plural with the body's name (``фахівці компанії X
підтверджують``, ``синоптики гідрометцентру попереджають``: forecasters are a weather
service's staff), the body speaks, as with ``представники X``."""

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
    {
        "питання",
        "запитання",
        "кор",
        "кореспондент",
        "кореспондентка",
        "журналіст",
        "журналістка",
        "ведучий",
        "ведуча",
    }
)
"""Labels (lower case) that open an interviewer's line (``Питання:``, ``Кор.:``)."""

INTERVIEW_ANSWER_LABELS: frozenset[str] = frozenset({"відповідь"})
"""Labels (lower case) that open an interviewee's line (``Відповідь:``)."""

INTERVIEW_LEMMAS: frozenset[str] = frozenset(
    {"інтерв'ю", "розмова", "бесіда", "поспілкуватися", "поговорити", "співрозмовник"}
)
"""Lemmas that say the text is an interview: question paragraphs without dashes or labels
count as an interview's questions only in a text that has one of them."""

SPEECH_LEMMAS: frozenset[str] = frozenset(
    {
        # saying and telling
        "сказати",
        "казати",
        "говорити",
        "мовити",
        "промовити",
        "розповісти",
        "розказати",
        "розказувати",
        "розповідати",
        "повідомити",
        "повідомляти",
        "повідомлятися",
        # reporting to a superior (``доповів, що``)
        "доповісти",
        "доповідати",
        "заявити",
        "заявляти",
        "додати",
        "додавати",
        "пояснити",
        "пояснювати",
        "поділитися",
        "ділитися",
        "відповісти",
        "відповідати",
        "нагадати",
        "нагадувати",
        "цитувати",
        "процитувати",
        "написати",
        "писати",
        "вигукнути",
        "вигукувати",
        "крикнути",
        "кричати",
        "закричати",
        "прокричати",
        "пообіцяти",
        "обіцяти",
        "прокоментувати",
        "коментувати",
        "озвучити",
        "озвучувати",
        "оголосити",
        "оголошувати",
        "запитати",
        "запитувати",
        "питати",
        "спитати",
        "відзначити",
        "відзначати",
        "уточнити",
        "уточнювати",
        "йтися",
        "говоритися",
        # stressing and claiming
        "зазначити",
        "зазначати",
        "наголосити",
        "наголошувати",
        "підкреслити",
        "підкреслювати",
        "зауважити",
        "зауважувати",
        "стверджувати",
        "твердити",
        "констатувати",
        "запевнити",
        "запевняти",
        "акцентувати",
        "вказати",
        "вказувати",
        "переконувати",
        "попередити",
        "попереджати",
        # warning, advising and urging: verbs of speech that attribute the words said
        # (``– застерігає поліцейський``, ``– радить лікарка``, ``– закликали в поліції``)
        "застерегти",
        "застерігати",
        "порадити",
        "радити",
        "закликати",
        "визнати",
        "визнавати",
        "підтвердити",
        "підтверджувати",
        "заперечити",
        "заперечувати",
        "наполягати",
        "припустити",
        "припускати",
        "резюмувати",
        "підсумувати",
        "підсумовувати",
        # confessing, repeating and joking are saying too (``– зізнається він``, ``– жартує
        # тренер``, ``– повторює мер``)
        "зізнатися",
        "зізнаватися",
        "повторити",
        "повторювати",
        "пожартувати",
        "жартувати",
        "висловитися",
        "висловлюватися",
        # voicing an opinion, a doubt, a hope (``висловив сумнів:``, ``висловила думку, що``)
        "висловити",
        "висловлювати",
        "поскаржитися",
        "скаржитися",
        # opinion, a standard news attribution (``вважає експерт``)
        "вважати",
    }
)
"""Lemmas of verbs that introduce or attribute speech."""

SPEECH_ADJECTIVES: frozenset[str] = frozenset({"переконаний", "упевнений", "впевнений"})
"""Short predicative words that attribute an opinion like a verb (``- упевнений експерт``)."""

SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "відповідь",
        "вигук",
        "заява",
        "звернення",
        "крик",
        "повідомлення",
        "прогноз",
        "слово",
        "цитата",
        "коментар",
        "запевнення",
    }
)
"""Nouns that announce words (``дасть відповідь: «...»``, ``повідомлення, що ...``)."""

SOURCE_PREPOSITIONS: tuple[str, ...] = ("згідно з", "згідно із", "за", "на", "зі", "з")
"""Prepositions that open a source phrase: ``За словами X, ...``, ``На думку X, ...``."""

SOURCE_PRONOUNS: tuple[str, ...] = ("його", "її", "їхньою", "їхню", "їхнім", "їхніми", "їх")
"""Possessives that may stand inside a source phrase (``на його думку``) for its speaker."""

SOURCE_NOUNS: tuple[str, ...] = (
    "словами",
    "думку",
    "переконання",
    "версією",
    "інформацією",
    "даними",
    "слів",
    "твердженням",
    "повідомленням",
    "відомостями",
    "матеріалами",
    "оцінками",
    "підрахунками",
    "прогнозом",
    "прогнозами",
)
"""Nouns that end a source phrase (``за словами``, ``за даними``, ``зі слів``)."""

OPENING_SOURCE_NOUNS: frozenset[str] = frozenset({"прогнозом", "прогнозами"})
"""Source nouns that make a source phrase only opening the sentence, set off by a comma
(``За прогнозом синоптиків, ...``): inside a clause (``погода за прогнозами буде``) they are
its adverbial, not a report."""

SOURCE_QUALIFIER_ENDINGS: tuple[str, ...] = ("ими", "іми", "ою", "ьою")
"""Endings of an adjective in the source noun's case that may qualify it
(``за попередніми даними слідчих``); the phrase is a source only with a named source after it
(``за різними оцінками`` alone is none)."""

CITATION_PHRASES: tuple[str, ...] = ("з посиланням на", "посилаючись на", "із посиланням на")
"""Phrases that name where a speaker got the words, not who speaks (``з посиланням на X``)."""

MESSAGE_NOUNS: frozenset[str] = frozenset({"повідомлення"})
"""Nouns of a body's message: ``– йдеться в повідомленні`` after ``Укрінформ з посиланням на
X`` quotes X's message, not the outlet's."""

ANAPHORIC_OPENERS: tuple[str, ...] = ("про це", "так", "про це ж", "це")
"""Sentence openers that point back to the previous sentence: ``Про це повідомив X``."""

TOPIC_PREPOSITIONS: tuple[str, ...] = ("про",)
"""Prepositions of a topic after a speech verb (``розповів про ...``): no trailing attribution."""

TOPIC_CLAUSE: str = "про те"
"""The phrase that announces a clause as the topic (``йдеться про те, що ...``)."""

REASON_LEMMAS: frozenset[str] = frozenset({"пояснити", "пояснювати"})
"""Lemmas of the speech verbs that give a reason: their object and ``тим`` may stand before
the reported clause (``пояснив рішення тим, що ...``: what was said is the clause)."""

REASON_CLAUSE: str = "тим"
"""The word after such a verb and its object that announces the clause (``тим, ...``)."""

OPINION_NOUNS: frozenset[str] = frozenset(
    {
        "думка",
        "сумнів",
        "сподівання",
        "надія",
        "впевненість",
        "переконання",
        "побоювання",
        "припущення",
        "занепокоєння",
    }
)
"""Nouns of an opinion, a doubt or a hope that a speech verb takes as its object before the
reported clause (``висловила думку, що``, ``висловив сподівання, що``): the clause says what
the opinion is, so it is the words reported."""

FIRST_PERSON_WORDS: frozenset[str] = frozenset(
    {
        "я",
        "мене",
        "мені",
        "мною",
        "ми",
        "нас",
        "нам",
        "нами",
        "мій",
        "моя",
        "моє",
        "мої",
        "мого",
        "моєї",
        "моїх",
        "наш",
        "наша",
        "наше",
        "наші",
        "нашого",
        "нашої",
        "наших",
        "нашим",
        "нашій",
    }
)
"""Pronouns and possessives of the first person (lower case): words only a speaker says of
himself, never the narration of a report."""

AS_WORDS: tuple[str, ...] = ("як",)
"""The word of ``Як зазначив X, ...``."""

CLAUSE_GAP_PREPOSITIONS: tuple[str, ...] = (
    "про",
    "на",
    "у",
    "в",
    "з",
    "із",
    "до",
    "за",
    "від",
    "по",
)
"""Prepositions that no word between a speech verb and its clause may be (``розповів про``)."""

CHANNEL_PREPOSITIONS: tuple[str, ...] = ("у", "в", "на")
"""Prepositions of where the words were said or posted, between a speech verb and its clause
(``написав у Telegram, що ...``, ``заявив на брифінгу, що ...``)."""

SUBORDINATORS: tuple[str, ...] = ("що", "нібито", "чи")
"""Words that open a reported clause after a speech verb and a comma (``зазначив, що ...``)."""

COORDINATORS: frozenset[str] = frozenset({"і", "й", "та", ","})
"""What joins two coordinated subjects (``Ірина Савчук та Ольга Марченко``)."""

NEGATIONS: frozenset[str] = frozenset({"не", "ні", "ані"})
"""Words that, right before a cue, mean nothing was said (``не пояснюється``)."""

RELATIVES: frozenset[str] = frozenset({"що", "хто"})
"""Words that, right before a cue, make it a description, not a report (``тих, хто вважає``,
``розумів, про що пише``)."""

PERCEPTION_LEMMAS: frozenset[str] = frozenset(
    {
        "почути",
        "чути",
        "прочитати",
        "читати",
        "побачити",
        "бачити",
        "слухати",
        "послухати",
        "вислухати",
        "дізнатися",
        "дізнаватися",
    }
)
"""Lemmas of verbs of hearing or reading: their subject receives the words (``почула крик``)."""


CALLING_NOUNS: frozenset[str] = frozenset(
    {
        "політик",
        "активіст",
        "активістка",
        "волонтер",
        "волонтерка",
        "правозахисник",
        "правозахисниця",
        "еколог",
        "екологиня",
        "колекціонер",
        "колекціонерка",
        "художник",
        "художниця",
        "митець",
        "мисткиня",
        "музикант",
        "музикантка",
        "письменник",
        "письменниця",
        "режисер",
        "режисерка",
        "архітектор",
        "архітекторка",
        "інженер",
        "інженерка",
        "педагог",
        "освітянин",
        "освітянка",
        "меценат",
        "меценатка",
    }
)
"""Nouns of a calling by which a reporter names again someone just quoted
(``– підсумовує активіст``):
speaker nouns (`GENERIC_SPEAKER_NOUNS`) that a modifier of their own makes a new person
(``художник, який приїхав``), as the kinds of person are."""


GENERIC_SPEAKER_NOUNS: frozenset[str] = (
    frozenset(
        {
            "експерт",
            "аналітик",
            "політолог",
            "спеціаліст",
            "фахівець",
            "співрозмовник",
            "економіст",
            "юрист",
            "науковець",
            "дослідник",
            "ветеринар",
            "лікар",
            "посадовець",
            "чиновник",
            "представник",
            "очільник",
            "керівник",
            "посол",
            "тренер",
            "речник",
            # Nouns of a kind of person, not of an office: ``– зауважив банкір`` after the bank's
            # chairman, ``поділилася спортсменка`` about the swimmer the item is about.
            "банкір",
            "правоохоронець",
            "поліцейський",
            "рятувальник",
            "прикордонник",
            "військовий",
            "військовослужбовець",
            "офіцер",
            "спортсмен",
            "переможець",
            "переможниця",
            "чемпіон",
            "дипломат",
            "медик",
            "підприємець",
            "бізнесмен",
            "аграрій",
            "фермер",
            "вчений",
            "учений",
            "археолог",
            "історик",
        }
    )
    | CALLING_NOUNS
)
"""Nouns a reporter uses for someone already named (``- упевнений експерт``)."""


_MILITARY = frozenset(
    {
        "військовий",
        "військовослужбовець",
        "офіцер",
        "командир",
        "командувач",
        "генерал",
        "полковник",
        "підполковник",
        "майор",
        "капітан",
        "лейтенант",
        "сержант",
        "солдат",
        "боєць",
        "бригада",
        "батальйон",
        "полк",
        "зсу",
        "генштаб",
    }
)
_POLICE = frozenset({"поліція", "поліцейський", "патрульний", "нацполіція", "гунп", "слідчий"})
_SPORT = frozenset(
    {
        "спортсмен",
        "спортсменка",
        "чемпіон",
        "чемпіонка",
        "призер",
        "призерка",
        "тенісист",
        "тенісистка",
        "плавець",
        "плавчиня",
        "футболіст",
        "боксер",
        "боксерка",
        "гімнаст",
        "гімнастка",
        "легкоатлет",
        "легкоатлетка",
        "важкоатлет",
        "важкоатлетка",
        "біатлоніст",
        "біатлоністка",
        "шахіст",
        "шахістка",
        "веслувальник",
        "веслувальниця",
        "гравець",
    }
)
_MEDICAL = frozenset(
    {
        "лікар",
        "лікарка",
        "медик",
        "медсестра",
        "фельдшер",
        "хірург",
        "головлікар",
        "лікарня",
        "медичний",
        "моз",
    }
)
_SCIENCE = frozenset(
    {
        "вчений",
        "учений",
        "науковець",
        "археолог",
        "історик",
        "дослідник",
        "кандидат",
        "доктор",
        "професор",
        "академік",
        "інститут",
        "доцент",
        "кафедра",
        "університет",
        "нан",
    }
)
_FARM = frozenset({"фермер", "аграрій", "агроном", "фермерський", "агрофірма", "агрохолдинг"})
_BUSINESS = frozenset(
    {"підприємець", "бізнесмен", "власник", "співвласник", "засновник", "співзасновник", "фоп"}
)

KIND_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "банкір": frozenset({"банкір", "банк", "нбу", "нацбанк"}),
        "правоохоронець": _POLICE
        | {"правоохоронець", "сбу", "прокурор", "прокуратура", "дбр", "набу"},
        "поліцейський": _POLICE,
        "рятувальник": frozenset({"рятувальник", "дснс", "пожежний", "надзвичайний"}),
        "прикордонник": frozenset({"прикордонник", "прикордонний", "дпсу"}),
        "військовий": _MILITARY,
        "військовослужбовець": _MILITARY,
        "офіцер": _MILITARY,
        "спортсмен": _SPORT,
        "переможець": _SPORT,
        "переможниця": _SPORT,
        "чемпіон": _SPORT,
        "дипломат": frozenset({"дипломат", "посол", "консул", "мзс", "посольство"}),
        "медик": _MEDICAL,
        "лікар": _MEDICAL,
        "підприємець": _BUSINESS,
        "бізнесмен": _BUSINESS,
        "аграрій": _FARM,
        "фермер": _FARM,
        "вчений": _SCIENCE,
        "учений": _SCIENCE,
        "археолог": _SCIENCE,
        "історик": _SCIENCE,
    }
)
"""Nouns of a kind of person (`GENERIC_SPEAKER_NOUNS`) and the lemmas of roles and bodies of
that kind: ``– зауважив медик`` stands for a person quoted before only if their role or body
holds one (``лікар``, ``лікарня``), never for a minister quoted before."""

SEX_NOUNS: Mapping[str, str] = MappingProxyType(
    {"жінка": "femn", "дівчина": "femn", "чоловік": "masc", "хлопець": "masc", "юнак": "masc"}
)
"""Nouns that say only a person's sex, with the gender they name (pymorphy3's grammeme):
``– каже жінка`` after ``Мешканка Name ...`` is the person of that sex named last (a
reporter's word for someone named before who holds no office)."""

WIN_LEMMAS: frozenset[str] = frozenset({"виграти", "вигравати", "перемогти", "перемагати"})
"""Verbs of winning: the one person of a headline that says he or she won (``Турнір виграв Name``)
is the winner a noun of `WINNER_NOUNS` names later (``– розповів переможець``)."""

WINNER_NOUNS: frozenset[str] = frozenset({"переможець", "переможниця", "чемпіон", "чемпіонка"})
"""Nouns of a winner: the one who won, as a verb of `WIN_LEMMAS` in the headline says."""

NEW_PERSON_WORDS: frozenset[str] = frozenset({"який", "яка", "котрий", "котра", "з", "із", "зі"})
"""Words right after a kind noun (``військовий, який ...``, ``фермер із Полтавщини``) that
open a modifier of its own: the noun then introduces a new, unnamed person."""

EXPERT_NOUNS: frozenset[str] = frozenset(
    {"експерт", "аналітик", "політолог", "економіст", "соціолог", "науковець", "дослідник"}
)
"""Nouns of those who comment as experts: one of them names the person last given any of
them as a role (``на думку експертки`` after ``аналітикиня ... Тереза Ярмолюк``) when nobody
else answers."""

FINDING_LEMMAS: frozenset[str] = frozenset({"встановити", "з'ясувати"})
"""Verbs of establishing facts: they report an investigation's findings (like a speech cue)
only with an investigator for subject (`INVESTIGATOR_NOUNS`):
``Як встановило слідство, ...``, ``Слідчі встановили, що ...``.
A court's findings (``суд встановив, що``) are its ruling, which the writer narrates."""

INVESTIGATOR_NOUNS: frozenset[str] = frozenset(
    {
        "слідство",
        "слідчий",
        "прокурор",
        "прокуратура",
        "поліція",
        "поліцейський",
        "детектив",
        "оперативник",
        "правоохоронець",
        "дізнавач",
        "контррозвідка",
        "контррозвідник",
        "нацполіція",
        "сбу",
        "дбр",
        "набу",
    }
)
"""Nouns of those who investigate (masculine lemmas; the investigating bodies' acronyms in
lower case): the subjects of `FINDING_LEMMAS`."""

SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    {"представник", "речник", "прес-секретар", "пресслужба", "прес-служба", "пресцентр"}
)
"""Nouns for whoever speaks on an organisation's behalf: unnamed, the organisation speaks."""

PRONOUN_GENDERS: dict[str, str] = {
    "він": "masc",
    "його": "masc",
    "йому": "masc",
    "ним": "masc",
    "вона": "femn",
    "її": "femn",
    "їй": "femn",
    "нею": "femn",
    "вони": "plur",
    "їхньою": "plur",
    "їхніми": "plur",
    "їх": "plur",
    "їхня": "plur",
    "їхнім": "plur",
    "їм": "plur",
}
"""Personal pronouns (and possessives) that point back to a speaker, with their gender."""

NON_SUBJECT_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "без",
        "біля",
        "від",
        "для",
        "до",
        "з",
        "за",
        "замість",
        "зі",
        "із",
        "крім",
        "між",
        "на",
        "над",
        "перед",
        "після",
        "під",
        "про",
        "проти",
        "серед",
        "через",
        "щодо",
    }
)
"""Prepositions whose object is not who speaks (``у Євангелії від Матвія``, ``наближене до X``).

``у``/``в``/``при`` are left out: ``повідомили у пресслужбі X`` names the speaker.
"""

LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"у", "в", "при"})
"""Prepositions after which a locative name still speaks (``в Міністерстві енергетики``)."""

RELATIVE_LEMMAS: frozenset[str] = frozenset({"який", "котрий", "чий"})
"""Lemmas of relative pronouns that open a clause about the noun before (``X, яке ...``)."""

ANNOUNCING_CONJUNCTIONS: tuple[str, ...] = ("що", "чи", "нібито")
"""Conjunctions after a cue and a comma that make the cue announce what follows (``–
вважають, що ...``): such a dash attribution attributes nothing before it."""

ATTRIBUTION_BREAKS: tuple[str, ...] = ("а", "і", "й", "та", "але", "проте", "однак", "тоді як")
"""Conjunctions that after a comma end an attribution and start another clause.

In ``«...», – сказав він, а його заступник Петро Коваль уточнив`` the speaker is named before
the comma; the person after it says the next thing.
"""

SECOND_PREDICATE_OPENERS: tuple[str, ...] = ("а також", "а ще", "і також", "також")
"""Words after a comma that add a second predicate of the same subject (``X зазначив, що ...,
а також запросив колег``): the deed that follows is the speaker's, not reported."""

PLACE_ADJECTIVE_SUFFIXES: tuple[str, ...] = ("ськ", "цьк", "зьк")
"""Suffixes of an adjective made of a place name (``польський``, ``словацький``, ``литовська``):
the adjective of a country or a city, which agrees with the place a role names."""

HEADLINE_TOPIC_PREPOSITIONS: tuple[str, ...] = ("про", "щодо")
"""Prepositions of the topic after a headline's speaker (``«...» – Кличко про відключення``)."""

ANAPHORIC_BODY_NOUNS: frozenset[str] = frozenset(
    {"відомство", "установа", "фінустанова", "заклад", "регулятор"}
)
"""Lemmas of nouns that stand for a body the text named before (``йдеться в повідомленні
відомства``, ``говорится в сообщении ведомства``, ``регулятора`` for the central bank or a
commission): that organisation speaks."""

AGENCY_NOUNS: frozenset[str] = frozenset({"відомство"})
"""Lemmas of the `ANAPHORIC_BODY_NOUNS` that stand for a government body only (``у відомстві
повідомили`` after ``Міністерство ... перевірило роботу «Укрзалізниці»`` is the ministry)."""

GOVERNMENT_BODY_HEADS: frozenset[str] = frozenset(
    {
        "міністерство",
        "служба",
        "агентство",
        "департамент",
        "управління",
        "комітет",
        "комісія",
        "інспекція",
        "бюро",
        "казначейство",
        "митниця",
        "прокуратура",
        "поліція",
        "офіс",
        "адміністрація",
        "фонд",
        "рада",
        "уряд",
        "кабмін",
        "гу",
        "гунп",
        "дснс",
        "сбу",
        "ова",
        "ода",
        "мва",
        "дпс",
        "дбр",
        "набу",
    }
)
"""Lemmas of the head nouns of government bodies that ``відомство`` may stand for, and the
acronyms of such bodies whose spelled-out head is one of them (``ГУ`` = ``головне управління``,
``ДСНС`` = ``державна служба``, ``ОВА`` = ``обласна військова адміністрація``): ``йдеться в
повідомленні відомства`` after ``ГУ ДСНС у Львівській області``."""

GOVERNMENT_BODY_PREFIXES: tuple[str, ...] = ("мін",)
"""Beginnings of compound ministry names (``Мінцифри``, ``Мінекономіки``)."""

SPEECH_SHORT_FORMS: frozenset[str] = frozenset()
"""Short predicative forms of `SPEECH_ADJECTIVES`: Ukrainian news writes the full ones only."""

GERUND_SUFFIX = "ши"
"""What makes a Ukrainian perfective gerund of the masculine past (``додав`` -> ``додавши``):
the Ukrainian dictionary lists such gerunds apart from their verb's lexeme, so
`uanews.parser.quotes.speech` builds them and keeps those the dictionary reads as gerunds (the
Russian dictionary lists them in the lexeme: ``добавив``)."""

GENERIC_LEADER_NOUNS: frozenset[str] = frozenset({"очільник", "керівник", "голова", "глава", "шеф"})
"""Nouns for whoever heads a body, whatever the title (``сказав очільник Укрзалізниці``): with the
body's name after them they name the person the text gave a leader's role in that body
(`LEADER_NOUNS`)."""

LEADER_NOUNS: frozenset[str] = frozenset(
    {
        "очільник",
        "керівник",
        "голова",
        "глава",
        "шеф",
        "директор",
        "гендиректор",
        "начальник",
        "президент",
        "ректор",
        "командувач",
        "командир",
        "мер",
        "міськголова",
        "губернатор",
    }
)
"""Role nouns (masculine lemmas) of the one who heads a body: a role opening with one of them
(``председатель правления X``, ``директор X``) makes its holder X's head."""

NOT_CURRENT_ROLE_WORDS: frozenset[str] = frozenset(
    {
        "колишній",
        "тодішній",
        "майбутній",
        "покійний",
    }
)
"""Adjectives (lemmas) before a leader's noun saying that its holder heads the body no longer or
not yet (``колишній директор X``): not the head that a generic leader noun
(`GENERIC_LEADER_NOUNS`) names."""

ADDRESS_LEMMAS: frozenset[str] = frozenset({"звернутися", "звертатися"})
"""Verbs of addressing someone: after a quote (``», — обратился к жителям X``) with the
addressee after the preposition of `ADDRESS_PREPOSITIONS`, they attribute the words said."""

ADDRESS_PREPOSITIONS: frozenset[str] = frozenset({"до"})
"""The preposition of the addressee after a verb of `ADDRESS_LEMMAS` (``к``, ``до``)."""

ADDRESS_SUBJECTS: frozenset[str] = frozenset({"він", "вона", "вони"})
"""Subject pronouns that may stand between a verb of `ADDRESS_LEMMAS` and its addressee, the
subject inverted after the verb as in any dash attribution (``», – звернувся він до містян``)."""

ASKING_LEMMAS: frozenset[str] = frozenset(
    {"запитати", "запитувати", "спитати", "питати", "розпитати", "розпитувати"}
)
"""Verbs of asking: in an interview's lead their subject is the interviewer, not the one who
answers (``спросила журналистка X``)."""

BROADCAST_NOUNS: frozenset[str] = frozenset(
    {"ефір", "етер", "інтерв'ю", "телемарафон", "трансляція", "подкаст"}
)
"""Nouns of a broadcast or an interview the words were said in (``в ефірі X``, ``в інтерв'ю
X``): the body in the genitive after one is the outlet that carried them, not the speaker."""

INTERVIEWER_NOUNS: frozenset[str] = frozenset({"журналіст", "кореспондент", "інтерв'юер"})
"""Nouns (masculine lemmas) of a reporter: the person an interview's lead titles so right before
the name (``журналистка «...» X``) asks the questions and answers none."""
