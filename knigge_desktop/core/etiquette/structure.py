"""Checks that read the message's structure instead of matching one pattern.

Rules name them in place of a pattern ("@reference", "@sender_name", …; see
FOUND_BY_NAME and PRESENT_BY_NAME in kinds.py). Each looks at sentences and names from
core/language, and at the word lists of resources/language/lexicon.toml, defined once there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from knigge_desktop.core.etiquette.parts import Span
from knigge_desktop.core.language.greetings import SALUTATION, greeting_words
from knigge_desktop.core.language.lexicon import lexicon
from knigge_desktop.core.language.names import (
    is_first_name,
    is_name_line,
    is_team_line,
    mentions_person,
)
from knigge_desktop.core.language.sentences import sentences
from knigge_desktop.core.vocabulary import Tone

if TYPE_CHECKING:
    from knigge_desktop.core.etiquette.kinds import Text

# A gap between two words of one sentence is bounded ("{0,400}", here and in the patterns of
# resources/etiquette and lexicon.toml): unbounded, it read the rest of the sentence from
# every occurrence of the first word, quadratic in a long paste ("Sie Sie Sie …"); no
# sentence puts the two words 400 characters apart (tests/test_etiquette_bounded_time.py).
_POSSESSIVE = re.compile(
    r"\b(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]einer|"
    r"[Dd]eines|[Ee]uer|[Ee]ure|[Ee]uren|[Ee]urem|[Ee]urer|[Ee]ures)\s+((?:[\w„“\"-]+\s+){0,2}[\w-]+)"
)
# After "Guten Tag Herr Demir," the text goes on in lower case: "ihr Beitrag über …" opening
# the first sentence is the recipient's, spelt wrong (FORMAL_PRONOUN_LOWERCASE says so).
_LOWER_POSSESSIVE_OPENING = re.compile(
    r"^(?:ihr|ihre|ihren|ihrem|ihrer|ihres)\s+((?:[\w„“\"-]+\s+){0,2}[\w-]+)"
)
# "habe ich ihren Vortrag gehört": the writer with the reader's work, "ihr" spelt small.
_LOWER_POSSESSIVE_OF_READER = re.compile(
    r"\b(?:(?:ich|wir) (?:\S+ ){0,3}?|(?:habe|hatte|haben|hatten) (?:ich|wir) (?:\S+ ){0,2}?)"
    r"(?:ihr|ihre|ihren|ihrem|ihrer|ihres)\s+((?:[\w„“\"-]+\s+){0,2}[\w-]+)"
)
# Something of theirs the writer read, saw or was moved by, whatever the noun: "Ihr Leserbrief
# … hat mir aus der Seele gesprochen", "hab euren Pitch beim Demo Day gesehen". Nouns any
# recipient has (profile, company, website) do not count: that is the stock line.
_THEIRS_PERCEIVED = re.compile(
    r"\b(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|[Dd]ein\w{0,2}|[Ee]ue?r\w{0,2})\s+(?:[\w„“\"-]+\s+){0,2}?"
    r"(?P<noun>[A-ZÄÖÜ][\w-]+)\b.{0,400}?\b(?:gelesen|gesehen|gehört|verfolgt|entdeckt|angeschaut|"
    r"angehört|mitbekommen|beeindruckt|begeistert|inspiriert|erspart|gespart|geholfen|gefallen|"
    r"aus der [Ss]eele|zum [Nn]achdenken|losgelassen|weitergeleitet|geteilt|gelacht|notiert|"
    r"ausprobiert|nachgekocht|nachgebaut|gemerkt|hängen geblieben|hängengeblieben|"
    r"in [Ee]rinnerung geblieben|im [Gg]edächtnis geblieben|"
    r"nicht (?:mehr )?aus dem [Kk]opf|losgelassen|"
    # The same in the present: "dein Wandbild … bleibt bei mir jedes Mal hängen".
    r"(?:bleibt|bleiben)(?: \S+){0,8}? (?:hängen|im [Kk]opf|in [Ee]rinnerung)|hängen bleibt|"
    r"gefällt|gefallen mir|fasziniert|berührt)\b"
)
_THEIRS_PERCEIVED_LOWER = re.compile(
    r"\b(?:dein\w{0,2}|eue?r\w{0,2})\s+(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)\b.{0,400}?\b"
    r"(?:gelesen|gesehen|gehört|verfolgt|entdeckt|angeschaut|mitbekommen|gefallen|inspiriert|"
    r"beeindruckt|begeistert|geholfen|genial|gelacht|ausprobiert|hängengeblieben)\b"
)
_QUOTED_TITLE = re.compile(r"[„“\"»«][A-ZÄÖÜ0-9][^„“\"»«]{1,60}[“\"«»]")
# "unser Webinar „Mehrweg im Versand“": the writer's own title is an invitation.
_OURS_TITLE = re.compile(
    r"\b(?:unser|unsere|unserem|unseren|unserer|mein|meine|meinem|meinen|meiner)\s+"
    r"(?:\S+\s+){0,2}[„“\"»«]",
    re.IGNORECASE,
)
_ANYONE_HAS = frozenset(
    {
        "profil",
        "unternehmen",
        "firma",
        "website",
        "webseite",
        "seite",
        "nachricht",
        "anfrage",
        "mail",
        "e-mail",
        "agentur",
        "team",
        "branche",
        "bereich",
        "werdegang",
        "lebenslauf",
        "netzwerk",
        "kontakt",
        "kontakte",
        "name",
        "namen",
        "angebot",
        "produkt",
        "produkte",
        "leistungen",
        "dienstleistungen",
        "zeit",
        "antwort",
        "rückmeldung",
        "hilfe",
    }
)
# "zu unserem Fachforum": the writer's own event is an invitation, not something shared.
_OURS = re.compile(
    r"\b(?:unser|unsere|unserem|unseren|unserer|mein|meine|meinem|meinen|meiner)\s+(?:\S+\s+)?\S*$",
    re.IGNORECASE,
)
# "ich lade Sie zum Webinar … ein": an invitation to the writer's event, nothing shared yet.
_INVITES = re.compile(r"\b(?:lade|laden)\b[^.!?]{0,400}\bein\b|\beinzuladen\b|\beinladen\b", re.I)
_SALES_QUESTION = re.compile(
    r"^\W*(?:(?:Haben|Hatten) Sie|Hast du|Wussten Sie|Wusstest du)(?:,| (?:\S+ ){0,3}?"
    r"(?:gehört|gewusst|überlegt|nachgedacht|daran gedacht)\b)[^?]*\?\s*$"
)
# Participles with "ge" after a separable prefix ("ausgesprochen") or with an inseparable
# prefix ("beschrieben", "erklärt"); nouns in -ung/-heit/-keit are none.
_THEY_DID_VERB_FIRST = re.compile(
    r"\b(?:hast|haben|hattest|hatten) (?:du|Sie) (?:\S+ ){0,10}?"
    r"(?:\w{0,6}ge\w{3,}(?:t|en)|(?:be|er|ver|zer|ent|emp)\w{3,}(?:t|en)|\w{3,}iert)\b"
    r"(?<!ungen)(?<!heiten)(?<!keiten)"
)
# Their work, then a relative clause with them as subject: "das Video, in dem du zeigst, …",
# "der Artikel, den Sie geschrieben haben".
_WORK_THEN_THEIR_CLAUSE = re.compile(
    r"\b([\w-]+),? (?:in dem|in der|in denen|mit dem|mit der|über das|über den|über die|"
    r"für das|für den|für die|das|den|die|der|dem|wo) (?:du|Sie|ihr)\b"
)
_WORK_BY_ADDRESSEE = re.compile(r"\b([\w-]+) von (?:dir|Ihnen|euch)\b")
_ADDRESSEE = re.compile(
    r"\b(?:Sie|Ihnen|Ihr\w*|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*|[Ee]uch|[Ee]ure?\w*)\b"
)
# Someone of the sender's side in the sentence: the occasion is shared, not advertised.
_FIRST_PERSON = re.compile(r"\b(?:ich|wir|mir|uns|mich|danke|dank)\b", re.IGNORECASE)
_WE_TOGETHER = re.compile(
    r"\bwir\b.{0,400}\b(?:zusammen|gemeinsam|beide|nebeneinander)\b", re.IGNORECASE
)
_GREETING_WORD = greeting_words(SALUTATION)
_NO_NAME = re.compile(
    rf"^\W*(?P<flag>{_GREETING_WORD}(?:\s+(?:Frau|Herr|Herrn))?)\s*(?:[,!.]\s*)?$"
)
_GROUP_ONLY = re.compile(
    rf"^\W*(?P<flag>{_GREETING_WORD}\s+(?:zusammen|allerseits|alle|in die Runde|ihr Lieben|Leute))"
    r"\s*(?:[,!.]\s*)?$"
)
_ONE_NAME = re.compile(rf"^\W*{_GREETING_WORD}\s+(?P<flag>[A-ZÄÖÜ][\w'’-]+)\s*(?:[,!]\s*)?$")
_NOT_A_SURNAME = frozenset({"Frau", "Herr", "Herrn", "Team", "Kollegen", "Kolleginnen"})
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _per_sentence(
    text: str, region: Span, find: Callable[[str], tuple[tuple[int, int], ...]]
) -> Iterator[tuple[int, int]]:
    """Spans that ``find`` (cached by sentence text) reports, placed in the whole text: after
    an edit only the changed sentence is searched again."""
    for sentence in sentences(text, region.start, region.end):
        for start, end in find(sentence.text):
            yield sentence.start + start, sentence.start + end


@lru_cache(maxsize=4096)
def _stock_in(body: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for p in lexicon().stock for m in p.finditer(body))


@lru_cache(maxsize=4096)
def _mass_in(body: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for p in lexicon().mass for m in p.finditer(body))


def has_reference(t: Text, region: Span) -> bool:
    """Does the text say why *this* person: their work, a shared occasion, a named contact?
    Stock lines any recipient could get ("auf Ihr Profil aufmerksam geworden") are no reason."""
    return any(_refers(s.text) for s in sentences(t.text, region.start, region.end))


@lru_cache(maxsize=4096)
def _refers(body: str) -> bool:
    """One sentence, cached by its text: after an edit only the changed sentence is read."""
    lex = lexicon()
    # The sales opener "Haben Sie schon gehört, dass …?", "Wussten Sie, dass …?" asks the
    # reader about the writer's news; it recalls nothing of theirs.
    if _SALES_QUESTION.search(body):
        return False
    # A stock line is no reason, but a real one may share its sentence ("… über neue
    # Kontakte 😊 Deinen Post über die Dienstplan-App fand ich stark"): read the rest.
    for start, end in _stock_in(body):
        body = body[:start] + " " * (end - start) + body[end:]
    possessives = (_POSSESSIVE, _LOWER_POSSESSIVE_OPENING, _LOWER_POSSESSIVE_OF_READER)
    for match in (m for p in possessives for m in p.finditer(body)):
        if lex.work.search(match.group(1)) or lex.events.search(match.group(1)):
            return True
    for match in _THEIRS_PERCEIVED.finditer(body):
        if match.group("noun").casefold() not in _ANYONE_HAS:
            return True
    # All in lower case ("hab den bericht über deine backstube gelesen"): no capital marks
    # the noun, so none of the words after the possessive may be one any recipient has.
    if not any(c.isupper() for c in body[1:]):
        for match in _THEIRS_PERCEIVED_LOWER.finditer(body):
            if not set(match.group("words").split()) & _ANYONE_HAS:
                return True
    # A title in quotes with something of the reader's: "Deine Lichtstimmung in „Woyzeck“"
    # (not "ich lade Sie zum Webinar „…“ ein": the writer's title).
    if _QUOTED_TITLE.search(body) and _POSSESSIVE.search(body) and not _OURS_TITLE.search(body):
        return True
    for match in _WORK_THEN_THEIR_CLAUSE.finditer(body):
        # "unser Programm, das Sie … bringt" is the writer's work, pitched.
        if lex.work.search(match.group(1)) and not _OURS.search(body, 0, match.end(1)):
            return True
    # "Super Artikel von dir": the work named with "von", not with a possessive.
    for match in _WORK_BY_ADDRESSEE.finditer(body):
        if lex.work.search(match.group(1)):
            return True
    if any(p.search(body) for p in lex.shared):
        return True
    # The perfect with the verb first, in a statement: "Auf dem Tag der Logistik haben Sie die
    # Führung gemacht". As a question ("Haben Sie schon gehört, …?") it asks, it recalls nothing.
    if "?" not in body and _THEY_DID_VERB_FIRST.search(body):
        return True
    theirs_or_shared = [
        m for m in lex.events.finditer(body) if not _OURS.search(body, 0, m.start())
    ]
    if (
        theirs_or_shared
        and _ADDRESSEE.search(body)
        and _FIRST_PERSON.search(body)
        and not _INVITES.search(body)
    ):
        return True
    # "wir standen beim Product Camp zusammen": "wir" with "zusammen" is writer and reader.
    if lex.events.search(body) and _WE_TOGETHER.search(body):
        return True
    return any(p.search(body) for p in lex.introduction) and mentions_person(body)


def stock_lines(t: Text, region: Span) -> Iterator[tuple[int, int]]:
    yield from _per_sentence(t.text, region, _stock_in)


def cross_posts(t: Text, region: Span) -> Iterator[tuple[int, int]]:
    """Cross-posting, in any verb or case: "ich stelle das gerade in alle Gruppen", "wie in
    anderen Gruppen gefragt", "poste das überall", "sorry fürs Crossposting"."""
    yield from _per_sentence(t.text, region, _cross_post_in)


_WORDS = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=4096)
def _cross_post_in(body: str) -> tuple[tuple[int, int], ...]:
    """One sentence: a quantifier over many before a plural of places to post (any compound:
    "Mittelstandsgruppen"), "überall" with a verb of posting, or the word "Crossposting"."""
    lex = lexicon()
    words = list(_WORDS.finditer(body))
    folded = [w.group().casefold() for w in words]
    has_posting_verb = any(f in lex.posting_verbs for f in folded)
    for i, word in enumerate(folded):
        if word.startswith(("crosspost", "cross-post")):
            return (words[i].span(),)
        if word == "überall" and has_posting_verb:
            return (words[i].span(),)
        if word.endswith(tuple(lex.posting_places)) and any(
            f in lex.many_quantifiers for f in folded[max(0, i - 3) : i]
        ):
            start = next(
                words[j].start()
                for j in range(max(0, i - 3), i + 1)
                if folded[j] in lex.many_quantifiers
            )
            return ((start, words[i].end()),)
    return ()


def mass_lines(t: Text, region: Span) -> Iterator[tuple[int, int]]:
    yield from _per_sentence(t.text, region, _mass_in)


_GROUP_GREETING = re.compile(
    rf"^\W*(?P<flag>{_GREETING_WORD}(?:\s+liebe)?\s+(?P<group>[^\W\d_][\w-]*))"
)
# A team is greeted as one ("Liebes Recruiting-Team"), and "Damen und Herren" has a rule of
# its own that knows when it names one body of people.
_ONE_BODY = ("team", "damen", "herren")


def mass_greeting(t: Text) -> Iterator[tuple[int, int]]:
    """ "Liebe Netzwerkpartner,", "Hallo liebe Kundinnen": the greeting names a group, a
    compound whose head is a group noun of the lexicon."""
    greeting = t.parts.greeting
    if greeting is None:
        return
    match = _GROUP_GREETING.match(t.text, greeting.start, greeting.end)
    if match is None:
        return
    word = match.group("group").casefold().replace("-", "")
    if word.endswith(_ONE_BODY):
        return
    if any(word.endswith(noun) for noun in lexicon().group_nouns):
        yield match.span("flag")


def has_du_imperative(t: Text, region: Span) -> bool:
    """ "Schau gern mal vorbei", "Ruf mich an": a request to du (lexicon du_imperatives)."""
    return lexicon().du_imperative.search(t.text, region.start, region.end) is not None


def has_ask(t: Text, region: Span) -> bool:
    """A question or a request: "?", a polite imperative ("Schicken Sie mir …"), a du-imperative,
    "Hätten Sie Zeit", "würde mich freuen" (lexicon ask_patterns)."""
    lex = lexicon()
    return has_du_imperative(t, region) or any(
        p.search(t.text, region.start, region.end) for p in lex.asks
    )


def has_substance(t: Text, region: Span) -> bool:
    """Does the body say anything but "danke für Ihre Nachricht, ich melde mich"? A reply
    made only of acknowledgements answers nothing the other person wrote. Thanks that name
    the topic ("danke für deine Nachricht zum Barcamp") with a short answer ("Ich bin gern
    dabei.") do answer; with only promises and wishes around them they do not."""
    topic_thanks = short_answer = False
    for sentence in sentences(t.text, region.start, region.end):
        body = sentence.text.strip(" ,;–-")
        if not any(c.isalpha() for c in body):
            continue
        if _only_acknowledges(body) or _acknowledges_by_structure(body):
            topic_thanks = topic_thanks or _THANKS_FOR_TOPIC.search(body) is not None
            continue
        if _names_something(body):
            return True
        short_answer = True
    return topic_thanks and short_answer


_THANKS_FOR_TOPIC = re.compile(r"(?i)\b(?:dank|danke)\b.{0,400}\b(?:zu|zum|zur|über)\s+\S+")


# Clauses joined in one sentence: "danke für Ihre Nachricht, ich melde mich dazu."
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;–]|\bund\b)\s*")


def _only_acknowledges(body: str) -> bool:
    """The sentence, or each of its clauses, only acknowledges (lexicon.toml)."""
    acks = lexicon().acknowledgements
    if any(p.search(body) for p in acks):
        return True
    clauses = [c for c in _CLAUSE_BREAK.split(body.rstrip(".!")) if c.strip()]
    return len(clauses) > 1 and all(
        any(p.search(clause[:1].lower() + clause[1:]) for p in acks) for clause in clauses
    )


_NOUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÄÖÜ][\w-]*")


def _acknowledges_by_structure(body: str) -> bool:
    """The act of acknowledging, in any wording: an acknowledging act is the point of the
    sentence (thanks, "wissen … zu schätzen", "weitergeleitet", "notiert", "melden uns",
    "Sie hören von uns") and every noun in it is the reader's message, the writer's own
    people or a time ("an die zuständigen Kolleginnen weitergeleitet"). A question, a number,
    a contrast or any other noun ("Ihr Vorschlag zum Stand …") is an answer."""
    if "?" in body or any(c.isdigit() for c in body) or _CONTRAST_OR_NO.search(body):
        return False
    lex = lexicon()
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(body.rstrip(".! ")) if c.strip()]
    if not any(lex.acknowledging_acts.search(c) for c in clauses):
        return False
    nouns = [m.group() for m in _NOUN.finditer(body)]
    return all(
        n.casefold() in _ADDRESS_OR_SELF
        or n.casefold() in lex.acknowledged_nouns
        or n.casefold().rsplit("-", 1)[-1] in lex.acknowledged_nouns
        for n in nouns
    )


_CONTRAST_OR_NO = re.compile(
    r"\b(?:aber|doch|sondern|leider|nicht|nichts|kein\w*|nein|ja)\b", re.IGNORECASE
)
_ADDRESS_OR_SELF = frozenset(
    {"ich", "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "du", "dir", "dich"}
    | {"dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure"}
)


_OFFER_TO_READER = re.compile(
    r"(?i)\bgerne?\b.{0,400}\b(?:ihnen|dir|euch)\b|\b(?:ihnen|dir|euch)\b.{0,400}\bgerne?\b"
)
_COMES_BACK = re.compile(r"(?i)\b(?:meld\w*|zurück\w*|kümmer\w*)\b")


def _names_something(body: str) -> bool:
    """ "Passt alles, machen wir so!" names nothing: no noun (a capitalised word after the
    first), no number, no question, no "aber" or "nicht". Such a sentence agrees, it does not
    answer; "danke, aber ich bin gut versorgt" does answer."""
    if "?" in body or any(c.isdigit() for c in body) or _CONTRAST_OR_NO.search(body):
        return True
    if _OFFER_TO_READER.search(body) and not _COMES_BACK.search(body):
        return True  # "Gern erzähle ich Ihnen mehr darüber": doing what was asked answers
    words = re.findall(r"[^\W\d_][\w-]*", body)
    return len(words) > 7 or any(
        w[0].isupper() and w.casefold() not in _ADDRESS_OR_SELF for w in words[1:]
    )


_ORGANISATION_WORD = re.compile(
    r"\b(?:GmbH|AG|KG|UG|e\.\s?V\.|SE|mbH|OHG|GbR|Inc\.|Ltd\.?)(?=\W|$)|[|]"
)


def _is_organisation_line(line: str) -> bool:
    """A company line of a signature: a legal form, a bar between role and company, a team."""
    return bool(_ORGANISATION_WORD.search(line)) or is_team_line(line)


_ROLE_WORDS = 5


def _is_role_under_name(text: str, above: Span, line: Span) -> bool:
    role = text[line.start : line.end]
    return (
        len(role.split()) <= _ROLE_WORDS
        and not role.rstrip().endswith((".", "!", "?", ":"))
        and is_name_line(text[above.start : above.end], after_closing=False)
    )


_AFTER_LAST_SENTENCE = re.compile(r"[.!?…]\s+([^.!?…]{1,60})$")


def has_sender_name(t: Text) -> bool:
    """A name after the closing formula, or (without one) as the last line. A placeholder
    there counts as a name: the placeholder rule already says it must be filled in."""
    parts, text = t.parts, t.text
    if not parts.lines:
        return False
    if parts.closing is not None:
        segment = Span(parts.closing.end, parts.lines[-1].end)
        after_closing = True
    else:
        segment = parts.signed_line or parts.lines[-1]
        after_closing = False
        # "Jens Hartmann\nWeser Projektlogistik GmbH, Chartering": without a closing formula
        # the name stands above its organisation's line.
        index = parts.lines.index(segment) if segment in parts.lines else -1
        # So does a name above its role ("Jana Oltmanns\nNachhaltigkeitsberaterin, Bremen"):
        # a short line that is no sentence, under a line that is a name.
        if index > 0 and (
            _is_organisation_line(text[segment.start : segment.end])
            or _is_role_under_name(text, parts.lines[index - 1], segment)
        ):
            segment = Span(parts.lines[index - 1].start, segment.end)
    if any(s < segment.end and e > segment.start for s, e in t.placeholders):
        return True
    lines = [line for line in text[segment.start : segment.end].splitlines() if line.strip(" ,;–-")]
    sender = t.context.sender
    # A team line first ("Ihr Beratungsteam Stallbau"): what follows is the organisation's
    # name and address, not a person, unless a first name says otherwise.
    team_signs = after_closing and bool(lines) and is_team_line(lines[0])
    for line in lines[:3]:
        if sender and sender.strip() and sender.strip() in line:
            return True
        if team_signs and not any(is_first_name(w) for w in re.findall(r"[\w-]+", line)):
            continue
        if is_name_line(line, after_closing=after_closing):
            return True
        # "Beste Grüße aus dem Allgäu, Vroni": the name after the comma of the closing line.
        if (
            after_closing
            and "," in line
            and is_name_line(line.rsplit(",", 1)[1], after_closing=True)
        ):
            return True
    # "… und mal austauschen. Jonas": the name after the last sentence, on its line.
    tail = _AFTER_LAST_SENTENCE.search(lines[-1]) if lines and not after_closing else None
    return tail is not None and is_name_line(tail.group(1), after_closing=False)


def greeting_without_name(t: Text) -> Iterator[tuple[int, int]]:
    greeting = t.parts.greeting
    if greeting is None:
        return
    line = t.text[greeting.start : greeting.end]
    match = _NO_NAME.match(line)
    if match:
        yield greeting.start + match.start("flag"), greeting.start + match.end("flag")
        return
    # "Hallo zusammen," to one person greets a crowd, not a name (a group post may).
    group = _GROUP_ONLY.match(line)
    if group:
        yield greeting.start + group.start("flag"), greeting.start + group.end("flag")
        return
    yield from mass_greeting(t)


def greeting_surname_only(t: Text) -> Iterator[tuple[int, int]]:
    """ "Guten Tag Wagner,": one name that is no first name, without Frau or Herr."""
    greeting = t.parts.greeting
    if greeting is None:
        return
    line = t.text[greeting.start : greeting.end]
    match = _ONE_NAME.match(line)
    if not match:
        return
    name = match.group("flag")
    recipient = t.context.recipient
    by_surname = recipient is not None and name == recipient.last_name
    if t.context.tone is not Tone.FORMAL and not by_surname:
        return  # "Hallo Micha," per du names someone by a first name the list may not know
    if recipient is not None and recipient.first_name and name == recipient.first_name.split()[0]:
        return
    if name in _NOT_A_SURNAME or name.casefold() in lexicon().group_nouns or is_first_name(name):
        return
    yield greeting.start + match.start("flag"), greeting.start + match.end("flag")


_TITLE_AND_ONE_NAME = re.compile(
    rf"^\W*{_GREETING_WORD}\s+(?:Frau|Herr|Herrn)\s+(?:(?:Prof\.|Dr\.|Mag\.)\s+)*"
    r"(?P<flag>[A-ZÄÖÜ][\w'’-]+)\s*(?:[,!]\s*)?$"
)


def greeting_title_first_name(t: Text) -> Iterator[tuple[int, int]]:
    """ "Guten Tag Herr Felix,": Frau or Herr goes with the surname. A first name that is
    also a common surname ("Herr Simon") is left alone unless the recipient says otherwise."""
    greeting = t.parts.greeting
    if greeting is None:
        return
    match = _TITLE_AND_ONE_NAME.match(t.text, greeting.start, greeting.end)
    if match is None:
        return
    name = match.group("flag")
    recipient = t.context.recipient
    if recipient is not None and recipient.last_name:
        if name == recipient.last_name or not recipient.first_name:
            return
        if name == recipient.first_name.split()[0]:
            yield match.span("flag")
        return
    if is_first_name(name) and name not in lexicon().also_surnames:
        yield match.span("flag")


def capital_after_salutation(t: Text) -> Iterator[tuple[int, int]]:
    """After "Hallo Anna," the text goes on in lower case: "ich", not "Ich"."""
    greeting = t.parts.greeting
    if greeting is None or not t.text[greeting.start : greeting.end].rstrip().endswith(","):
        return
    match = _WORD_AFTER.match(t.text, greeting.end)
    if match is None:
        return
    word = match.group(1)
    # Only "Ich", not "WIR": a word in capitals is for the shouting rules.
    if word.istitle() and word.casefold() in lexicon().lowercase_after_salutation:
        yield match.span(1)


_LIEBE = re.compile(r"^\W*(?P<flag>Liebe|Lieber)\s+(?P<name>[A-ZÄÖÜ][\w'’-]+)\s*[,!]")


def greeting_gender(t: Text) -> Iterator[tuple[int, int]]:
    """ "Lieber Anna," / "Liebe Jonas,": the form does not fit a name of clear gender."""
    greeting = t.parts.greeting
    if greeting is None:
        return
    match = _LIEBE.match(t.text, greeting.start, greeting.end)
    if match is None:
        return
    lex = lexicon()
    word, name = match.group("flag"), match.group("name")
    if (word == "Lieber" and name in lex.female_names) or (
        word == "Liebe" and name in lex.male_names
    ):
        yield match.span("flag")


_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:ich|wir|uns|mir|mich)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:nicht|nichts|kein\w*|nie|niemals)\b", re.IGNORECASE)
# Negations that leave the answer open: "weiß noch nicht, ob", "noch nicht sicher"; and
# hedged ones that soften instead of refusing: "steht gerade nicht ganz oben", "nicht unbedingt".
_OPEN_NEGATION = re.compile(
    r"\b(?:noch nicht|nicht sicher|(?:weiß|wissen) (?:\S+ ){0,2}?nicht|nicht, ob|"
    r"nicht genau|nicht ganz|"
    r"nicht unbedingt|nicht so (?:recht|ganz)|nicht an erster stelle|nicht oben)\b",
    re.IGNORECASE,
)


def has_refusal(t: Text, region: Span) -> bool:
    """A sentence in which the writer says no: first person and a negation ("wir legen
    Visitenkarten grundsätzlich nicht aus", "ich kann leider nicht"), unless the negation
    leaves the answer open ("ich weiß noch nicht, ob …")."""
    for sentence in sentences(t.text, region.start, region.end):
        body = sentence.text
        if (
            _FIRST_PERSON_SUBJECT.search(body)
            and _NEGATION.search(body)
            and not _OPEN_NEGATION.search(body)
        ):
            return True
    return False
