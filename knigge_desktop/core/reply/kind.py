"""What kind of message it is, decided on its structure, not on one word.

Each kind collects points from what such a message does: a contact request asks to connect,
a sales pitch offers a product, a price or a demo, feedback evaluates something of the
user's, an invitation names an event and a date, an introduction names a third person to
bring together, thanks thank for something and ask for little. A single word gives at most
one point; a kind needs two to win, else the message is a question (it asks something) or
other.
"""

from __future__ import annotations

import re
from collections import Counter

from knigge_desktop.core.language.greetings import greeting_words
from knigge_desktop.core.language.lexicon import lexicon
from knigge_desktop.core.language.names import mentions_person
from knigge_desktop.core.language.sentences import sentences
from knigge_desktop.core.reply.cues import count, occurrences, reply_cues
from knigge_desktop.core.vocabulary import ReceivedKind

_I = re.IGNORECASE

_CONNECT = re.compile(
    r"\b(?:vernetz\w*|connecte?n?\b|connect\b|kontaktanfrage\w*|in (?:mein|meinem|ihr|ihrem|dein"
    r"|deinem|unser)\w* (?:\w+ )?netzwerk|als kontakt (?:hinzufügen|aufnehmen|bestätigen)"
    r"|(?:meine|die)"
    r" (?:kontakt)?anfrage (?:\w+ )?(?:annehmen|bestätigen|akzeptieren)"
    r"|kontakt (?:\w+ )?(?:bestätigen"
    r"|annehmen|hinzufügen)|uns (?:hier )?(?:verbinden|verknüpfen)"
    r"|zu (?:meinen|deinen|ihren) kontakten (?:\w+ )?(?:hinzufügen|aufnehmen))",
    _I,
)
_ALREADY_CONNECTED = re.compile(
    r"\b(?:danke|dank|freue mich)\w* (?:\w+ ){0,3}?(?:für (?:die|das|deine|ihre) )?(?:vernetzung"
    r"|annahme|"
    r"bestätigung|kontaktbestätigung|vernetzen|annehmen)\b|\bjetzt (?:hier )?(?:vernetzt"
    r"|verbunden)\b"
    r"|\bnach (?:der|unserer) vernetzung\b",
    _I,
)
_OFFER = re.compile(
    r"\b(?:unser|unsere|unserer|unseren|unserem|unseres|meine|meinen|meinem|mein)\w* "
    r"(?:[\w-]+ ){0,2}?"
    r"[\w-]*(?:lösung|lösungen|produkt|produkte|software|plattform|tool|app|service|dienstleistung"
    r"|angebot|leistungen|beratung|agentur|system|programm|coaching|lizenz|paket|module?|ansatz"
    r"|methode|konzept|kurs|training|workshop|seminar|mitgliedschaft)\b",
    _I,
)
_SALES_WORDS = re.compile(
    r"\b(?:demo\w*|testzugang|testphase|testversion|kostenlos\w*|gratis|unverbindlich\w*|rabatt\w*"
    r"|preis\w*|konditionen|angebot\w*|roi|leads?|umsatz\w*|neukunden\w*|kunden gewinnen|steiger\w*"
    r"|effizien\w*|reichweite|sichtbarkeit|potenzial\w*|einsparung\w*|sparen|€|euro|prozent"
    r"|lizenz\w*"
    r"|abo|exklusiv\w*|early[- ]bird|sonderaktion|aktionspreis|pilotkunde\w*|referenzkunde\w*)"
    r"|(?<!\d)\d+\s?[%€]",  # (?<!\d): a run of digits is tried once, not from each digit
    _I,
)
# Price per unit, a product by name for teams, a job offered by a headhunter: selling.
_SALES_TERMS = re.compile(
    r"\b(?:\w*paket|halbiert|verdoppelt|verdreifacht|marge|gilt (?:noch )?bis|nur noch|befristet"
    r"|zeigen?,? wie (?:das|ihr|sie|du)|zeige (?:dir|ihnen|euch)|(?:um|bis zu) \d+\s?%"
    r"|viele (?:\w+er|\w+innen) (?:in|wie|mit)|pro (?:nutzer\w*|user|monat|mitarbeiter\w*|lizenz"
    r"|jahr|platz)|im monat|monatlich"
    r"|viele (?:geschäftsführer\w*|unternehmen|kunden|firmen|teams|kanzleien|praxen)"
    r"|headhunter\w*|recruiter\w*|personalberater\w*|jahresgehalt|gehalt\w*|vakanz"
    r"|(?:spannende|interessante|neue) (?:rolle|position|stelle|herausforderung|vakanz))\b",
    _I,
)
# A headhunter's search on an employer's behalf ("für einen Medizintechnikhersteller im Raum
# Tübingen suche ich eine Leitung …"): a pitch by itself, whatever question follows.
_HEADHUNTING = re.compile(
    r"\b(?:für|im auftrag) (?:eine[ns]?|unseren|meinen) (?:\S+ ){0,6}?such(?:e|en) (?:ich|wir)"
    r" (?:eine[n]?|zwei|drei|mehrere)\b",
    _I,
)
# An automatic reply: "nicht im Büro", "keinen Zugriff auf meine E-Mails".
_AUTO_REPLY = re.compile(
    r"\b(?:nicht im büro|außer haus|abwesend|keinen zugriff auf (?:meine )?e-?mails"
    r"|(?:bin|sind) (?:\S+ ){0,5}?(?:nicht|wieder) (?:erreichbar|im büro|im haus)"
    r"|automatische antwort|abwesenheitsnotiz|out of office)\b",
    _I,
)
_HELP_CLAIM = re.compile(
    r"\b(?:ich betreue|wir betreuen|wir helfen|ich helfe|helfen (?:wir|ich)"
    r"|unterstützen (?:wir )?(?:unternehmen|firmen"
    r"|kunden|teams"
    r"|kanzleien|praxen|mittelständler)|wir unterstützen|ich unterstütze|(?:bereits"
    r"|schon) (?:über )?\d+"
    r" (?:kunden|unternehmen|firmen)|(?:kunden|unternehmen) wie)\b",
    _I,
)
_CALL_TO_ACTION = re.compile(
    r"\b(?:\d+|zehn|fünfzehn|zwanzig|dreißig|halbe|kurze[ns]?)[- ]?(?:minütige[ns]?|minuten)\b"
    r"|\b(?:termin|call|gespräch|demo|slot)\w* (?:\w+ ){0,4}?(?:vereinbaren|buchen|abstimmen)\b"
    r"|\bkalender(?:link)?\b|calendly"
    r"|\bkurze[nms]? (?:call|videocall|telefonat|gespräch|demo|termin|vorstellung)"
    r"|\b(?:kurz )?anrufen\b",
    _I,
)
_POSSESSIVE = re.compile(
    r"\b(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|dein|deine|deinen|deinem|deiner|deines|euer|eure|euren"
    r"|eurem)\s+((?:[\w-]+\s+){0,2}[\w-]+)"
)
_EVALUATION = re.compile(
    r"\b(?:gefallen|gefällt|gefiel|gelesen|angeschaut|angesehen|durchgesehen|durchgelesen"
    r"|anmerkung\w*"
    r"|rückmeldung|feedback|eindruck|kritik|kritisch|überzeugt|überzeugend|gelungen|spannend"
    r"|hilfreich|inspirierend|nicht ganz|verbesser\w*|widersprech\w*|sehe ich (?:\w+ ){0,3}?anders"
    r"|anregung\w*|zu knapp|budget"
    r"|einwand|einwände|fehler|korrektur|lob|toll|super|klasse|beeindruck\w*|großartig|stark(?:e"
    r"|er)?"
    r"|schwach|unklar|zu lang|zu kurz|aufgefallen|punkt\w*|folie\w*|zustimm\w*|stimme \w+ zu"
    r"|nicht überzeugt|gewünscht|erwartet|enttäuscht|bedenken|praxisnah\w*|fanden|fand|bewert\w*"
    r"|wünschten sich|wünschen sich|mehr zeit)\b",
    _I,
)
_FEEDBACK_ON = re.compile(
    r"\b(?:feedback\w*|rückmeldung\w*|anmerkungen|gedanken|eindrücke|kritik"
    r"|auswertung) (?:\S+ ){0,2}?(?:zu|zum|zur|auf|über)"
    r" (?:ihr|ihre|ihrem|ihren|ihrer|dein|deine|deinem|deinen|deiner|eurem|eurer)\w*",
    _I,
)
_INVITE = re.compile(
    r"\b(?:einladen|einladung|eingeladen|lade[nt]? (?:wir |ich )?(?:sie|dich|euch)\b"
    r"|lade[nt]? (?:\w+ ){0,3}?ein\b|dabei sein|dabei zu sein"
    r"|dabei (?:bist|sind|seid|wärst|wären)|teilnehmen\b|teilnahme\b|anmelden|anmeldung"
    r"|save the date"
    r"|meld\w* (?:euch|dich|sie sich|sich) (?:\S+ ){0,6}?an\b|findet (?:\S+ ){0,10}?statt\b"
    r"|vorbeikommen|vorbeischauen|mitfeiern|zusagen)",
    _I,
)
# Words around an event that invite only when an event is named: "das Programm" of a call
# for papers is no invitation.
_EVENT_WORDS = re.compile(r"\b(?:zu gast|gäste|programm|agenda|speaker\w*|referent\w*)", _I)
_DATE = re.compile(
    r"\b\d{1,2}\.\s?(?:\d{1,2}\.|(?:januar|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember)\b)|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag)\b|\b\d{1,2}(?:[:.]\d{2})?\s?uhr\b|\b(?:im|ab) (?:januar|februar|märz|april|mai|juni"
    r"|juli|august|september|oktober|november|dezember)\b",
    _I,
)
_INTRODUCE = re.compile(
    r"\b(?:darf ich (?:ihnen |dir |euch )?(?!mich)(?:\S+ ){0,5}?vorstellen|(?:möchte|darf"
    r"|will) (?:ich )?(?:ihnen|dir|euch) (?!mich)(?:\S+ ){0,5}?empfehlen|(?:ihr|sie) (?:zwei"
    r"|beide|beiden) (?:müsst|solltet|müssen|sollten) (?:euch|sich)|(?:möchte|will|würde)"
    r" (?:ich )?(?:ihnen|dir|euch) (?:gern |gerne |kurz )?(?!mich)(?:\w+ ){0,4}?vorstellen"
    r"|(?:bringe|bring|bringen) (?:euch|sie beide|sie|dich) (?:\w+ ){0,3}?zusammen"
    r"|zusammen(?:zu)?bringen"
    r"|(?:miteinander |einander )?bekannt (?:zu )?machen|miteinander (?:in kontakt|verbinden"
    r"|vernetzen"
    r"|bekannt)|(?:euch|sie) (?:beide )?(?:\w+ ){0,3}?(?:kennenlernen|kennen lernen) (?:solltet"
    r"|sollten)"
    r"|ihr solltet euch|sie sollten sich (?:\w+ ){0,3}?(?:kennenlernen|austauschen|unterhalten)"
    r"|stelle (?:euch|ihnen|sie) (?:beide |einander |gegenseitig )?(?:kurz )?(?:\w+ )?vor"
    r"|(?:in|ins) (?:cc|kopie)\b|\bcc\b|verbinde (?:ich )?(?:euch|sie)|verbinde (?:euch"
    r"|sie) (?:hiermit|beide)"
    r"|kennt ihr euch schon|kennen sie sich (?:schon|bereits))",
    _I,
)
_SELF_INTRO = re.compile(
    r"\b(?:mein name ist|ich studiere|ich schreibe (?:gerade )?(?:meine|eine) \w*arbeit|ich heiße"
    r"|ich bin (?:\w+ ){0,3}?(?:bei|von|in|seit|als|inhaber\w*"
    r"|gründer\w*"
    r"|geschäftsführer\w*|leiter\w*|aus)\b|wir kennen uns (?:noch )?nicht|(?:sie|du) (?:kennen"
    r"|kennst) mich"
    r" (?:noch )?nicht|(?:mich|uns) (?:kurz )?vorstellen|ich arbeite (?:als|bei|seit|im|in der)"
    r"|ich leite|ich bin auf (?:sie|dich|ihr|dein)\w* (?:\w+ ){0,4}?(?:aufmerksam|gestoßen"
    r"|gestolpert)"
    r"|(?:bin|sind) (?:über|durch|auf) (?:ihr|dein|ihre|deine|euer"
    r"|eure)\w* (?:\w+ ){0,3}?(?:gestoßen"
    r"|gestolpert|aufmerksam)|(?:empfohlen|geraten|verwiesen)\b)",
    _I,
)
_CONTACT_WISH = re.compile(
    r"\b(?:interview|zur verfügung|vorbeikommen|zeit für|halbe stunde|\d+ minuten|austausch\w*"
    r"|kennenlernen|kennen ?zu ?lernen"
    r"|telefonat|telefonieren|kaffee|gespräch|call"
    r"|treffen|zusammenarbeit|kooperation|sprechen)\b",
    _I,
)
_THANKS = re.compile(
    r"^\W*(?:\w+[,!]\s+)?(?:haben sie |habt |hab )?(?:(?:vielen|herzlichen|lieben|tausend"
    r"|ganz herzlichen"
    r"|nochmals|nochmal|noch einmal"
    r"|besten"
    r"|großen)[\s,]+)*(?:dank|danke|merci|thx)\b|\b(?:bedanke mich|bedanken (?:uns|möchte)"
    r"|(?:möchte|wollte|will) (?:mich )?(?:\w+ ){0,2}?"
    r"(?:bedanken|danke sagen)|ich danke (?:ihnen|dir|euch)|wir danken|bedanken)\b",
    _I,
)
# Thanks for the message itself open a reply; they are no reason to write.
_THANKS_FOR_MESSAGE = re.compile(
    r"\b(?:für (?:ihre|deine|eure|die) (?:schnelle |nette |freundliche |kurze )?\w*(?:nachricht"
    r"|antwort"
    r"|rückmeldung|mail|e-mail|zeilen|anfrage|angebot|bewerbung|unterlagen|vorschlag|konzept))\b",
    _I,
)

# Something the user sent that the message judges: "Ihr Angebot", "deinen Entwurf".
_USERS_THINGS = re.compile(
    r"\b(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|dein|deine|deinen|deinem|deiner|deines|euer|eure|euren"
    r"|eurem)\s+(?:[\w-]+\s+)?(?:angebot|bewerbung|entwurf|konzept|vorschlag|unterlagen|skizze"
    r"|präsentation|pitch|arbeitsprobe|probearbeit)\w*",
    _I,
)
_DECIDED = re.compile(
    r"\b(?:haben|hat|habe) (?:wir |ich )?(?:uns|mich|sich) (?:\w+ ){0,4}?(?:für"
    r"|gegen) (?:\w+ ){0,5}?"
    r"entschieden\b",
    _I,
)
# "Hallo Tanja, hallo Erik," / "Hallo ihr beiden,": a message to two people at once.
_TWO_ADDRESSED = re.compile(
    rf"^\W*(?:{greeting_words(('informal', 'neutral'))}\s+(?:frau |herr )?[A-ZÄÖÜ]\w+\s*"
    rf"(?:,|und)\s*(?:{greeting_words(('informal',))})?\s*(?:frau |herr )?[A-ZÄÖÜ]\w+"
    rf"|{greeting_words(('informal',))} (?:ihr )?(?:beiden|beide)\b)",
    _I,
)

# An English message gets a few English cues (the German ones above cannot see it); each
# strong cue gives two points, each cue of the lists reply.english_* one.
_ENGLISH_CUES: tuple[tuple[ReceivedKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, _I))
    for kind, pattern in (
        (
            ReceivedKind.CONTACT_REQUEST,
            r"\b(?:connect with you|like to connect|add you to my network|stay connected"
            r"|let's connect|connect here)\b",
        ),
        (
            ReceivedKind.INTRODUCTION,
            r"\b(?:meet [A-Z]\w+|introduc\w+|intro:|you two|take it from here)\b|<>",
        ),
        (
            ReceivedKind.INVITATION,
            r"\b(?:invit\w+|join us|like to join|save the date|would love to have you)\b",
        ),
        (
            ReceivedKind.SALES_PITCH,
            r"\b(?:demo|pricing|discount|free trial|our (?:platform|solution|product|tool)"
            r"|we are hiring|hiring|open role)\b",
        ),
        (ReceivedKind.THANKS, r"^\W*(?:hi|dear|hello)?[^.!?\n]{0,30}\bthank(?:s| you)\b"),
        (
            ReceivedKind.FIRST_CONTACT,
            r"\b(?:i was in the audience|came across|my name is|i(?:'m| am) [^.]{0,40}\bat\b)",
        ),
    )
)
# Names of occasions: an invitation only with a date, else just where the sender saw you.
_ENGLISH_OCCASION = re.compile(r"\b(?:hosting|round table|webinar|meetup|conference)\b", _I)
_ENGLISH_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b|\b\d{1,2}(?::\d{2})?"
    r"\s?(?:am|pm)\b",
    _I,
)


def english_kind(body: str, asks: tuple[str, ...]) -> ReceivedKind:
    """The kind of an English message, scored on the cues above like a German one.

    Thanks with a question marked as the point ("A quick question: …") are a question;
    a sender who says who they are and asks to talk makes a first contact.
    """
    cues = reply_cues()
    body = body[:KIND_TEXT_LIMIT]
    questions = any(a.endswith("?") for a in asks)
    score: Counter[ReceivedKind] = Counter()
    for kind, cue in _ENGLISH_CUES:
        score[kind] += 2 * bool(cue.search(body))
    if _ENGLISH_OCCASION.search(body):
        score[ReceivedKind.INVITATION] += 1 + bool(_ENGLISH_DATE.search(body))
    score[ReceivedKind.SALES_PITCH] += count(cues.english_sales, body)
    score[ReceivedKind.FIRST_CONTACT] += count(cues.english_first_contact, body)
    if questions:
        score[ReceivedKind.QUESTION] += 1 + 2 * bool(count(cues.question_marks, body))
        # Asking to talk after saying who one is; a recruiter or seller asks the same.
        if not score[ReceivedKind.SALES_PITCH]:
            score[ReceivedKind.FIRST_CONTACT] += bool(score[ReceivedKind.FIRST_CONTACT])
    best = max(_PRIORITY, key=lambda k: (score[k], -_PRIORITY.index(k)))
    if score[best] >= _ENOUGH:
        return best
    return ReceivedKind.QUESTION if questions else ReceivedKind.OTHER


_PRIORITY = (
    ReceivedKind.INTRODUCTION,
    ReceivedKind.CONTACT_REQUEST,
    ReceivedKind.SALES_PITCH,
    ReceivedKind.INVITATION,
    ReceivedKind.FEEDBACK,
    ReceivedKind.THANKS,
    ReceivedKind.FIRST_CONTACT,
    ReceivedKind.QUESTION,
)
_ENOUGH = 2
# What a message does is said in its first paragraphs; a paste longer than this is a document
# or a mailing, and reading on would only cost time (1 MB must read in bounded time).
KIND_TEXT_LIMIT = 6_000


_GREETED_NAME = re.compile(
    rf"\b{greeting_words(('informal',))}\s+(?:frau |herr )?([A-ZÄÖÜ]\w+)", _I
)


def _each_named_to_the_other(greeting: str, body: str) -> bool:
    """Two people greeted, and the body speaks of each by name: an introduction."""
    if not _TWO_ADDRESSED.match(greeting):
        return False
    names = {m.group(1) for m in _GREETED_NAME.finditer(greeting)}
    return len(names) >= 2 and all(re.search(rf"\b{re.escape(n)}\b", body) for n in names)


# A wish said, not asked: "Ich würde gern …", "Vielleicht ergibt sich ja mal …", "Es wäre
# schön, wenn …"; with a word of meeting or talking in the same sentence, a wish for contact.
_WISH = re.compile(
    r"\b(?:würde|möchte)\b[^.!?]{0,80}\bgerne?\b[^.!?]*"
    r"|\b(?:vielleicht|hoffentlich) (?:ergibt|klappt|findet|schaffen|sehen|können)\b[^.!?]*"
    r"|\b(?:wäre|fände) (?:\S+ ){0,2}?(?:schön|toll|klasse|super)\b[^.!?]*",
    _I,
)


def _wishes_contact(body: str) -> bool:
    return any(_CONTACT_WISH.search(m[0]) for m in _WISH.finditer(body))


def _refers_to_users_work(text: str) -> bool:
    work = lexicon().work
    return any(work.search(m.group(1)) for m in _POSSESSIVE.finditer(text))


def kind_scores(
    body: str, asks: tuple[str, ...], *, asks_to_connect: bool, greeting: str = ""
) -> Counter[ReceivedKind]:
    """Points per kind for the message ``body`` (after the greeting) and its asks."""
    score: Counter[ReceivedKind] = Counter()
    cues = reply_cues()
    folded = body.casefold()
    ask_text = " ".join(asks)

    connect = bool(_CONNECT.search(body)) and not _ALREADY_CONNECTED.search(body)
    if asks_to_connect:
        score[ReceivedKind.CONTACT_REQUEST] += 3
    if count(cues.connect_acts, body):
        score[ReceivedKind.CONTACT_REQUEST] += 2 + bool(count(cues.stay_in_touch, body))
    if connect:
        score[ReceivedKind.CONTACT_REQUEST] += 2
        if _CONNECT.search(ask_text) or re.search(r"\bfreue?n? (?:mich|uns)\b", folded):
            score[ReceivedKind.CONTACT_REQUEST] += 1

    offer = len(_OFFER.findall(body))
    sales_words = len({m.group(0).casefold() for m in _SALES_WORDS.finditer(body)})
    sales = min(offer, 2) + min(sales_words, 3) + (2 if _HELP_CLAIM.search(body) else 0)
    sales += min(len({m.group(0).casefold() for m in _SALES_TERMS.finditer(body)}), 2)
    sales += 2 * min(count(cues.offer_acts, body), 2)
    if _CALL_TO_ACTION.search(body):
        sales += 1
    if _HEADHUNTING.search(body):
        sales += 3
    if _ALREADY_CONNECTED.search(body):
        sales += 1  # "Danke für die Vernetzung! Wir helfen …": the pitch after connecting
    if sales >= 3:
        score[ReceivedKind.SALES_PITCH] += sales - 1

    introduce = _INTRODUCE.search(body) or count(cues.introduce_acts, body)
    if introduce:
        third = any(mentions_person(s.text) for s in sentences(body))
        two = bool(_TWO_ADDRESSED.match(greeting))
        score[ReceivedKind.INTRODUCTION] += 2 + 2 * (third or two)
    elif _each_named_to_the_other(greeting, body):
        # "Hallo Lea, hallo Samir, … Lea, Samir ist der Entwickler …; Samir, Lea sucht …"
        score[ReceivedKind.INTRODUCTION] += 3

    event = bool(lexicon().events.search(body)) or bool(count(cues.occasions, body))
    invite = bool(_INVITE.search(body) or count(cues.invite_acts, body)) or (
        event and bool(_EVENT_WORDS.search(body))
    )
    invite = invite and not re.search(r"einladung (?:zum|zur) vernetz", folded)
    date = bool(_DATE.search(body))
    if invite and (event or date):
        score[ReceivedKind.INVITATION] += 2 + (event and date)
    elif event and date:
        score[ReceivedKind.INVITATION] += 1
    # What the message asks decides over what it says first: praise of the user's post
    # before "Wären Sie bereit, am 15. Januar beim Stammtisch einen Vortrag zu halten?" is
    # its reason; an ask that names an occasion and its date asks the user to come.
    if any(_DATE.search(a) and lexicon().events.search(a) for a in asks):
        score[ReceivedKind.INVITATION] += 3

    opinions = occurrences(cues.opinions, body)
    evaluations = len(_EVALUATION.findall(body)) + opinions
    if opinions and count(cues.users_decisions, body):
        # "Ihre Begründung finde ich etwas dünn": an opinion on what the user decided.
        score[ReceivedKind.FEEDBACK] += 3
    if _FEEDBACK_ON.search(body):
        score[ReceivedKind.FEEDBACK] += 3
    if _USERS_THINGS.search(body) and (evaluations or _DECIDED.search(body)):
        score[ReceivedKind.FEEDBACK] += 3 + bool(_DECIDED.search(body))
    elif evaluations >= 3:
        # "Die Übung fand das Team super, die Pause war zu kurz": judging, thanks or not.
        score[ReceivedKind.FEEDBACK] += 3
    elif (_refers_to_users_work(body) or count(cues.uses_users_work, body)) and evaluations:
        # Praise or doubt about the user's work; wanting to meet over it is a first contact.
        wants_contact = bool(_CONTACT_WISH.search(" ".join(asks))) or _wishes_contact(body)
        score[ReceivedKind.FEEDBACK] += 2 + (evaluations >= 2) - wants_contact

    said = sentences(body)
    thanks = [
        s.text
        for s in said
        if _THANKS.search(s.text)
        and not _THANKS_FOR_MESSAGE.search(s.text)
        and not count(cues.acknowledgements, s.text)
    ]
    announcing = bool(count(cues.announcements, body))
    if thanks and not announcing:
        # Thanks in the opening sentence are the point of the message; a question after them
        # ("Darf ich Sie als Referenz nennen?") asks a favour on top, it does not outweigh them.
        opening = bool(said) and said[0].text in thanks
        score[ReceivedKind.THANKS] += 2 + min(len(thanks) - 1, 1) + opening - min(len(asks), 2)

    intro = len(_SELF_INTRO.findall(body)) + count(cues.self_intros, body)
    lex = lexicon()
    reason = _refers_to_users_work(body) or any(
        p.search(body) for p in lex.shared + lex.introduction
    )
    # Wanting to talk or meet, asked ("Hast du Zeit für einen Kaffee?") or wished ("Ich würde
    # gern beim nächsten Treffen vorbeikommen und mich mit dir austauschen").
    wish = bool(_CONTACT_WISH.search(ask_text)) or _wishes_contact(body)
    if announcing:
        pass  # "Ich bin ab morgen in Elternzeit": news to tell, no first contact
    elif intro:
        score[ReceivedKind.FIRST_CONTACT] += 1 + min(intro, 2) + wish
    elif reason and wish:
        # "Ihren Vortrag habe ich gehört. Hätten Sie Zeit für einen Austausch?"
        score[ReceivedKind.FIRST_CONTACT] += 3

    if asks:
        score[ReceivedKind.QUESTION] += 1 + any(a.endswith("?") for a in asks)
        # "Kurze Frage:" makes the question the point, unless an offer follows it.
        if not score[ReceivedKind.SALES_PITCH]:
            score[ReceivedKind.QUESTION] += 2 * bool(count(cues.question_marks, body))
    return score


_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def follow_up_kind(newest: str, history: str) -> ReceivedKind | None:
    """A nudge after no answer ("Ich wollte mich noch einmal melden") under a quoted pitch is
    the next step of a sales sequence; its own lines rarely say what is offered."""
    if not history.strip() or not count(reply_cues().nudges, newest[:KIND_TEXT_LIMIT]):
        return None
    earlier = _QUOTE_MARK.sub("", history[:KIND_TEXT_LIMIT])
    if kind_scores(earlier, (), asks_to_connect=False)[ReceivedKind.SALES_PITCH] >= _ENOUGH:
        return ReceivedKind.SALES_PITCH
    return None


# "Liebe Mitglieder,", "Liebe Geschäftspartnerinnen und Geschäftspartner,": a circular.
_TO_MANY = re.compile(
    rf"^\W*{greeting_words(('many',))}\s+(?:alle\s+)?(?:[\w-]+\s+)?(?P<noun>[\w-]+)"
    r"(?:\s+und\s+[\w-]+)?\s*[,!]",
    _I,
)
_MAILING = re.compile(
    # "dein Newsletter" is the user's, judged in a feedback; a newsletter of its own is mail.
    r"(?<!dein )(?<!deinen )(?<!ihren )(?<!euren )\bnewsletter\b"
    r"|\babmelden\b|\babbestellen\b|\brundschreiben\b",
    _I,
)
_MANY = frozenset({"geschäftspartnerinnen", "mitglieder", "kolleginnen", "mitgliedern"})
# What a circular may still be; thanks or a question to everyone ask no reply of the user.
_CIRCULAR_KINDS = frozenset({ReceivedKind.INVITATION, ReceivedKind.SALES_PITCH})


def _circular(greeting: str, body: str) -> bool:
    match = _TO_MANY.match(greeting)
    noun = match.group("noun").casefold() if match else ""
    many = noun != "zusammen" and (noun in lexicon().group_nouns or noun in _MANY)
    return many or bool(_MAILING.search(body))


def decide_kind(
    body: str, asks: tuple[str, ...], *, asks_to_connect: bool = False, greeting: str = ""
) -> ReceivedKind:
    body = body[:KIND_TEXT_LIMIT]
    if not body.strip() or _AUTO_REPLY.search(body):
        return ReceivedKind.OTHER
    score = kind_scores(body, asks, asks_to_connect=asks_to_connect, greeting=greeting)
    best = max(_PRIORITY, key=lambda k: (score[k], -_PRIORITY.index(k)))
    if _circular(greeting, body):
        return best if score[best] >= _ENOUGH and best in _CIRCULAR_KINDS else ReceivedKind.OTHER
    if score[best] >= _ENOUGH:
        return best
    # A request alone ("Bitte aktualisieren Sie unsere Anschrift") makes no question.
    questions = any(a.endswith("?") for a in asks)
    return ReceivedKind.QUESTION if questions or len(asks) >= 2 else ReceivedKind.OTHER
