"""name-variant: one name spelled two ways (Sofie/Sophie, Zoë/Zoe, Harriet/Hariet)."""

from __future__ import annotations

import re

from app.core.checks.base import CheckContext, Example, finding_key
from app.core.model import Finding, WarningKind
from app.core.variants import CapitalisedWords, capitalised_words

RULE = "name-variant"
KIND = WarningKind.NAME_VARIANT

EXAMPLES = (
    Example(("István Kovács came to Vienna. István laughed. István found a room.",
             "The first clerk wrote me down as Istvan Kovacs, without any accents. István "
             "Kovács laughed at it."),
            note="a spelling without accents the text points out is no slip"),
    Example(("Señor Ibáñez kept the shop. Ibáñez counted the money. Ibáñez locked the door.",
             "In Chicago the union card read Ibanez, without the tilde. Ibáñez laughed."),
            note="any mark the text says the name lost, a tilde as well as an accent"),
    Example(("Frau Müller kept the shop. Müller counted the money. Müller locked the door.",
             "The ship's list had her as Muller, no umlaut. Müller laughed."),
            note="'no umlaut' says it as 'without the umlaut' does"),
    Example(("Mamaiji came every summer. Mamaiji laughed. Mamaiji sat down. My Adi Mamaji wrote.",
             "Adi Mamaji came home on a troopship. Mamaiji cried. Adi Mamaji laughed at the dog."),
            note="two family words: Parsi 'Mamaiji', grandmother, and 'Mamaji', uncle"),
    Example(("Sofie Laurent walked home. Later Sofie smiled at the baker.",
             "Sophie Dumas arrived by train. Sophie smiled at the porter."),
            ("Sofie", "Sophie")),
    Example(("Zoë opened the door and said hello. Later Zoë laughed.",
             "Everyone waited for Zoe, who laughed at the joke."), ("Zoe", "Zoë")),
    Example(("Harriet said nothing. Then Harriet smiled, and Harriet left the room. "
             "Everyone liked Harriet. Later Hariet returned with tea.",), ("Harriet", "Hariet")),
    Example(("Jeffrey carried the boy down the hill. Jeffrey sang to him, and Jeffrey "
             "laughed. We liked Jeffrey. Jeffrey took his leave.",
             "Jeffery said it was nothing, only a mist."), ("Jeffery", "Jeffrey"),
            note="two given names, one written once beside the other said five times: a slip"),
    Example(("Chidinma laughed at the joke.", "Later Chidimna laughed again."),
            ("Chidimna", "Chidinma")),
    Example(("Hope Trevithick came to live with us.", "Hope Trevithik climbed the steps."),
            ("Trevithick", "Trevithik")),
    Example(("Kasia ran across the courtyard. Later Kasia laughed, and Kasia sat on the step. "
             "Then Kasia waved at Łucja. Later Łucja smiled, and Łucja sat down. Łucja laughed.",
             '"I can see that, Kasiu," said Łucja. "He is cold, Łucjo," said Kasia.'),
            note="Polish vocatives: Kasia and Łucja as they are called"),
    Example(("Kasia ran across the courtyard. Later Kasia laughed, and Kasia sat on the step. "
             "Then Kasia waved at Łucja.",
             '"I can see that, Kasai," said Łucja.'), ("Kasai", "Kasia"),
            note="two letters swapped, in speech too, are a slip, not a vocative ending"),
    Example(("Then Kasia waved at Łucja. Later Łucja smiled, and Łucja sat down. Łucja laughed.",
             '"He is cold," said Kasia. Later Łucjo sat down.'), ("Łucja", "Łucjo"),
            note="a vocative's ending in the narration is a slip"),
    Example(("The caretaker was Halmi Gyula, Gyula Halmi to an English newspaper. Gyula smiled. "
             "Gyula laughed at the boy. Later Gyula went down the stairs, and Gyula counted "
             "the tenants.",
             "His wife was Halmi Gyuláné, Mrs. Halmi on the rent book. Gyula brought coal. The "
             "postman handed every letter for Halmi Gyuláné to Gyula."),
            note="a Hungarian married name: Halmi Gyuláné is Mrs. Gyula Halmi"),
    Example(("Douglas McPhail swept the shop. Douglas McPhail locked the door.",
             "The notice read: McPHAIL, Douglas, formerly of the Govan yards."),
            note="a surname in capitals, as a death notice prints it, is the same name"),
    Example(("The Santa Filomena came in late. Tomás painted the Santa Filomena.",
             "He thought about the Santa Filomena's planking. The Santa Filomena sailed."),
            note="a boat's name in the possessive is the boat's name"),
    Example(("Ah Lam sailed from Tung Chung with the tea. Ah Lam slept at Tung Chung. Ah Lam "
             "wrote home to Tung Chung.",
             "The letters went to the Wo Tong Company. Ah Lam swept the floor of Wo Tong every "
             "night, and Wo Tong paid him little. Ah Lam counted the Wo Tong rice."),
            note="'Tung' only in one place's name, 'Tong' only in a shop's: two names, no slip"),
    Example(("David Laidlaw on the programme, Davie to every living soul, was quick. Davie "
             "ran. Davie laughed. Davie kicked the ball. Davie Laidlaw went home.",
             "A David Laidlaw had died in Toronto. Davie read it. Davie said nothing."),
            note="Davie is David's pet form, made of his name's first syllable, as Jamie of "
                 "James: no slip"),
    Example(("Jessie ran. Jessie laughed. Jessie sang. Jessie sat down. Jessie went home.",
             "Later Jesie came back."), ("Jesie", "Jessie"),
            note="a pet form with a letter dropped is a slip, not a pet form of its own"),
    Example(("Mr. Weston smiled at his wife. Mrs. Weston laughed. The Westons went home.",)),
    Example(("Anne said hello to Anna. Anna smiled and Anne laughed.",)),
)

_REASONS = {
    "accents": "the same letters with and without accents",
    "sound": "they sound the same",
    "typo": "the rarer spelling looks like a slip",
    "swap": "two letters look swapped",
    "full-name": "the rest of the full name is the same",
}


def find(context: CheckContext) -> list[Finding]:
    # Spans are made only for the words of a pair, and kept per chapter between runs.
    words = capitalised_words(context.manuscript)
    findings = []
    for pair in context.variant_pairs:
        names = (pair.main, pair.variant)
        if pair.reason == "accents" and _written_without_accents(context, words, pair.variant):
            continue  # "The first clerk wrote me down as Kovacs Istvan, without any accents"
        evidence = words.spans(pair.main, pair.variant)
        message = (
            f"‘{pair.variant}’ ({pair.variant_count}×) may be a misspelling of "
            f"‘{pair.main}’ ({pair.main_count}×): {_REASONS[pair.reason]}."
        )
        findings.append(
            Finding(KIND, message, tuple(sorted(names)), tuple(evidence),
                    finding_key(KIND, RULE, names), RULE)
        )
    return findings


# The text saying a name was written without its accents.
# Any mark a name may lose: "without any accents", "no accent and no tilde", "dropped the
# umlaut".
_MARK = r"(?:accents?|tildes?|umlauts?|cedillas?|diacritics?|diaeres[ei]s|h[aá][cč]eks?)"
_WITHOUT_ACCENTS = re.compile(rf"\b(?:without|no|minus)\s+(?:any\s+|the\s+|its\s+|his\s+|"
                              rf"her\s+)?{_MARK}\b|"
                              rf"\b(?:dropped|lost|left\s+off)\s+(?:the|its|his|her)\s+{_MARK}\b",
                              re.IGNORECASE)
# How far after the unaccented name that is looked for.
_ACCENT_REACH = 60


def _written_without_accents(context: CheckContext, words: CapitalisedWords, variant: str
                             ) -> bool:
    """Whether the text says, right after the unaccented form, that the name was written
    without its accents: a clerk's spelling the story points out, no slip."""
    documents = context.manuscript.documents
    return any(_WITHOUT_ACCENTS.search(documents[span.document].text, span.end,
                                       span.end + _ACCENT_REACH)
               for span in words.spans(variant))
