"""attribute drift: eye colour, hair colour, age or height stated differently for one character.

An attribute is read from a sentence that names exactly one character ("Mara's green eyes",
"Mara, a thirty-year-old…", "Mara was tall"), or said obliquely: a height by what someone
reaches ("barely reaches Inés's shoulder"), an age nobody would take him for ("never have
taken him for more than twenty-nine": at most that), a trait said to its owner ("Your eyes are
the same. Dark as his." — the listener's, named around the speech). Spellings of one name
("Ines", "Inés") are one character. Two values that cannot both hold for the same attribute of
the same character is the contradiction; both sentences are quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.core.checks.base import CheckContext, Example
from app.core.checks.cues import CueWords, cue_sentences
from app.core.checks.evidence import contrast
from app.core.checks.mentions import MentionIndex
from app.core.checks.referents import addressee, referent
from app.core.manuscript import SentenceView
from app.core.model import Finding, WarningKind

RULE = "attribute-drift"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("Mara Quint had bright green eyes and a quick laugh.",
             "Mara Quint looked up, her brown eyes narrowing."), ("Mara Quint",)),
    Example(("Tobiah was forty years old that spring. Everyone liked Tobiah, said the baker.",
             "Tobiah, sixty years old, said nothing."), ("Tobiah",)),
    Example(("Lenka had red hair. Lenka smiled.", "Lenka brushed her red hair and laughed."),),
    Example(("Bruno Vidal was a tall man with a loud voice.",
             "Bruno Vidal, who barely reaches his sister's shoulder, ran off."),
            ("Bruno Vidal",), note="a height told by what someone reaches"),
    Example(("Kofi Mensah was thirty-four years old, an engineer.",
             "Kofi Mensah smiled. He looked young; she would never have taken him for more "
             "than twenty-nine."), ("Kofi Mensah",),
            note="an age no one would take him for: 34 is more than 29"),
    Example(("Kofi Mensah was twenty-six years old, an engineer.",
             "Kofi Mensah smiled. He looked young; she would never have taken him for more "
             "than twenty-nine."),
            note="at most twenty-nine agrees with twenty-six"),
    Example(("Mira Sol came into the yard.\n\n\"You came back,\" says Tavi Rook. He looks her "
             "over. \"Your eyes are the same. Blue as the sea.\"\n\nMira Sol sits down.",
             "Mira Sol looks in the mirror, at her green eyes."), ("Mira Sol",),
            note="eyes said to someone are the listener's, named in the next paragraph"),
    Example(("Tavi Rook came into the yard. Tavi Rook had green eyes.",
             "\"Your eyes are blue,\" says Tavi Rook to nobody. Tavi Rook laughs.\n\n"
             "Tavi Rook sits down."),
            note="'your eyes' are not the speaker's; no listener is named around the speech"),
)

_COLOURS = (r"blue|green|brown|grey|gray|hazel|black|amber|violet|dark|pale|blond|blonde|fair|"
            r"red|auburn|white|silver|golden|chestnut|ginger|copper|brunette")
_AT_MOST = "no more than "
_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
                 r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
                 r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                 r"eighteen|nineteen|\d{1,3})")
_PATTERNS = {
    "eye colour": re.compile(
        rf"\b({_COLOURS})(?:[- ]eyed\b|\s+eyes\b)|\beyes\s+(?:were\s+|are\s+|as\s+|of\s+)?"
        rf"(?:a\s+|the\s+|as\s+)?({_COLOURS})\b", re.IGNORECASE),
    "hair colour": re.compile(
        rf"\b({_COLOURS})(?:[- ]haired\b|\s+(?:hair|braid|braids|curls|plait)\b)|"
        rf"\bhair\s+(?:was|is|as)\s+(?:as\s+)?({_COLOURS})\b", re.IGNORECASE),
    "age": re.compile(
        rf"\b({_NUMBER_WORDS})[- ]years?[- ]old\b|\baged\s+({_NUMBER_WORDS})\b|"
        rf"\b(?:was|is|turned)\s+({_NUMBER_WORDS})(?=\s*[,.;]|\s+(?:now|then|that|this)\b)",
        re.IGNORECASE),
    "height": re.compile(
        r"\b(?:was|is|stood)\s+(?:very\s+|quite\s+|rather\s+|so\s+)?(tall|short|petite)\b|"
        r"\ba\s+(?:\w+,?\s+){0,3}?(tall|short)\s+(?:man|woman|boy|girl|person|figure)\b|"
        r"\b(?:a\s+head\s+)?(taller|shorter)\s+than\b", re.IGNORECASE),
}
# Said obliquely: a height by what someone reaches ("barely reaches Inés's shoulder"), an age
# by what nobody would take them for ("would never have taken him for more than twenty-nine":
# at most that age). These give a fixed value; a pattern's pronoun group names its subject.
_OBLIQUE = (
    ("height", "short", re.compile(
        r"\b(?:barely|only|just|hardly|scarcely)\s+(?:reach(?:es|ed)?|c(?:ame|omes?)\s+up\s+to)\s+"
        r"(?:(?:the|his|her|their|my|your)\s+)?(?:\w+(?:'s|’s)\s+)?"
        r"(?:shoulders?|chest|chin|waist|elbow)\b", re.IGNORECASE)),
    ("age", _AT_MOST, re.compile(
        rf"(?:\b(?:never|not|nobody\s+would|no\s+one\s+would)|n't)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:taken|take|took|guessed|guess|put)\s+(?P<pronoun>him|her)\s+(?:for|at)\s+"
        rf"(?:a\s+day\s+)?(?:more\s+than|over|older\s+than)\s+({_NUMBER_WORDS})\b|"
        rf"\b(?:looked|looks|seemed|seems)\s+no\s+(?:more|older)\s+than\s+({_NUMBER_WORDS})\b",
        re.IGNORECASE)),
)
# A trait said to its owner: "your green eyes", "Your eyes are the same. Dark as his."
_YOUR = re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_YOUR_TRAIT = re.compile(r"\byour\s+(eyes|hair)\s+(?:are|were|is|was)\b", re.IGNORECASE)
_LEADING_COLOUR = re.compile(rf"\W*({_COLOURS})\b(?=\s+(?:as|like)\b|\s*[.,;!])",
                             re.IGNORECASE)
# Someone else's attribute or another time ("ever since she was twelve") is not a statement
# about the character as the story stands.
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|i|you|we|when|since|until|if|would|"
                            r"could|might|should|will|before|after)\b", re.IGNORECASE)
_POSSESSED_TRAIT = re.compile(r"\s*(?:\w+\s+){0,2}(?:eyes|hair|age|height|braid)\b", re.IGNORECASE)
_LEADING_PRONOUN = re.compile(r"^\W*(she|he|her|his)\b", re.IGNORECASE)
# Every pattern above needs one of these words; one cheap pass skips most sentences.
_CUE = re.compile(rf"\b(?:eyes|eyed|hair|haired|braids?|curls|plait|old|aged|tall|short|petite|"
                  rf"taller|shorter|reach|reaches|reached|{_NUMBER_WORDS})\b", re.IGNORECASE)
# The words _CUE looks for (digits aside), so sentences without any are never searched.
_CUE_WORDS = CueWords(
    ["eyes", "eyed", "hair", "haired", "braid", "braids", "curls", "plait", "old", "aged", "tall",
     "short", "petite", "taller", "shorter", "reach", "reaches", "reached", "twenty", "thirty",
     "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four",
     "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
    digits=True,
)
_SAME = {"gray": "grey", "blonde": "blond", "fair": "blond", "petite": "short", "taller": "tall",
         "shorter": "short"}


@dataclass(frozen=True, slots=True)
class _Observation:
    attribute: str
    value: str
    sentence: SentenceView
    at: int
    """Where in the document the statement of the value ends (what the quotation keeps)."""


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    seen: dict[tuple[str, str], dict[str, _Observation]] = {}
    manuscript = context.manuscript
    for view, matches in cue_sentences(manuscript, RULE, _matches, _CUE_WORDS):
        text = index.text(view)
        subject = None
        for attribute, start, value, pronoun, end in matches:
            if pronoun == "your":
                # Said to someone: "Your eyes are green" is about the listener.
                observed = _told(index, view, value)
                if observed is None:
                    continue
                name, value, view_told = observed
                values = seen.setdefault((_canonical(context, name), attribute), {})
                values.setdefault(value, _Observation(attribute, value, view_told,
                                                      view_told.end))
                continue
            if pronoun:
                # The pattern names whom it is about ("taken him for…"): the sentence's
                # grammatical subject is someone else.
                found = referent(index, view, "m" if pronoun == "him" else "f")
                if found is None:
                    continue
                name = found
            else:
                subject = subject or _subject(index, view, text) or ("", 0)
                name, subject_end = subject
                if not name or start < subject_end or _OTHER_SUBJECT.search(
                    text[subject_end:start]
                ):
                    continue
            values = seen.setdefault((_canonical(context, name), attribute), {})
            values.setdefault(value, _Observation(attribute, value, view, view.start + end))
    findings = []
    for (name, attribute), values in seen.items():
        if len(values) < 2:
            continue
        ordered = sorted(values.values(), key=lambda o: o.sentence.order)
        pair = next(((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]
                     if _conflict(a.value, b.value)), None)
        if pair is not None:
            findings.append(_finding(context, name, attribute, *pair))
    return findings


def _canonical(context: CheckContext, name: str) -> str:
    """The character a one-word name is a spelling variant of ("Ines" -> Inés Castañeda):
    one person's eyes, however the name is spelt."""
    root = context.variant_groups.get(name, name)
    if root == name or " " in name:
        return name
    cluster = context.manuscript.cluster_for_word(root)
    return cluster.name if cluster is not None else name


def _told(index: MentionIndex, view: SentenceView, value: str
          ) -> tuple[str, str, SentenceView] | None:
    """(listener, value, sentence) for an attribute said to someone; an empty `value` is
    in the next sentence ("Your eyes are the same. Dark as his."), quoted with it."""
    if not value:
        parsed = view.paragraph
        if parsed is None or view.number + 1 >= len(parsed.sentences):
            return None
        following = parsed.sentences[view.number + 1]
        colour = _LEADING_COLOUR.match(parsed.text, following.start, following.end)
        if colour is None:
            return None
        value = _SAME.get(colour.group(1).lower(), colour.group(1).lower())
        view = replace(view, end=view.base + following.end)
    listener = addressee(index, view)
    return (listener, value, view) if listener else None


def _matches(text: str) -> list[tuple[str, int, str, str, int]]:
    """(attribute, start, normalised value, pronoun naming the subject or "", end) stated in
    the sentence; the pronoun "your" with no value: the value opens the next sentence."""
    if not _CUE.search(text):
        return []
    found = [
        (attribute, match.start(), _value(match),
         "your" if _YOUR.search(text, max(0, match.start() - 30), match.start()) else "",
         match.end())
        for attribute, pattern in _PATTERNS.items()
        for match in pattern.finditer(text)
    ]
    said = {attribute for attribute, _start, _value, pronoun, _end in found if pronoun}
    for match in _YOUR_TRAIT.finditer(text):
        attribute = "eye colour" if match.group(1).lower() == "eyes" else "hair colour"
        if attribute not in said:
            found.append((attribute, match.start(), "", "your", match.end()))
    for attribute, value, pattern in _OBLIQUE:
        for match in pattern.finditer(text):
            pronoun = (match.groupdict().get("pronoun") or "").lower()
            number = next((g for g in match.groups() if g and g.lower() != pronoun), "")
            found.append((attribute, match.start(),
                          value + number.lower() if value == _AT_MOST else value, pronoun,
                          match.end()))
    return found


def _value(match: re.Match[str]) -> str:
    raw = next(g for g in match.groups() if g)
    return _SAME.get(raw.lower(), raw.lower().replace(" ", "-"))


def _conflict(a: str, b: str) -> bool:
    """Two values that cannot both be true: different, except that an age seen as "no more
    than thirty" agrees with any age up to thirty (and with another such bound)."""
    if a == b:
        return False
    bound_a, bound_b = a.startswith(_AT_MOST), b.startswith(_AT_MOST)
    if bound_a and bound_b:
        return False
    if bound_a or bound_b:
        bound, exact = (a, b) if bound_a else (b, a)
        limit, age = _number(bound[len(_AT_MOST) :]), _number(exact)
        return limit is not None and age is not None and age > limit
    return True


_UNITS = {word: n for n, word in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))}
_TENS = {word: 10 * n for n, word in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=2)}


def _number(words: str) -> int | None:
    """"thirty-four" -> 34, "9" -> 9; None for anything else."""
    if words.isdigit():
        return int(words)
    total = 0
    for part in re.split(r"[- ]", words):
        if part in _TENS:
            total += _TENS[part]
        elif part in _UNITS:
            total += _UNITS[part]
        else:
            return None
    return total


def _subject(index: MentionIndex, view: SentenceView, text: str) -> tuple[str, int] | None:
    """The one character the sentence is about, and where its mention ends."""
    # A possessive ("with Ingrid's scissors") names an owner, not the sentence's subject.
    mentions = [m for m in index.in_sentence(view) if not m.run.possessive
                or _POSSESSED_TRAIT.match(text[m.span.end - view.start + 2 :])]
    people = {m.cluster.name for m in mentions}
    if len(people) == 1:
        return mentions[0].cluster.name, mentions[0].span.end - view.start
    if people:
        return None
    pronoun = _LEADING_PRONOUN.match(text)
    if pronoun is None:
        return None
    cluster = index.resolve(view, pronoun.group(1))
    return (cluster.name, pronoun.end()) if cluster else None


def _finding(context: CheckContext, name: str, attribute: str, first: _Observation,
             second: _Observation) -> Finding:
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name,
                    (sentence(first.sentence), f"‘{first.value}’"),
                    (sentence(second.sentence), f"‘{second.value}’"),
                    subject=f"{name}'s {attribute} is", extra_key=attribute,
                    focus=(first.at, second.at))
