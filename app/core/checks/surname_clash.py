"""surname clash: one first name (or a variant of it) carried with two different surnames.

"Sofie Laurent" in one chapter and "Sophie Dumas" in another is one character whose surname changed;
so are "Jantje de Smet" and "Jan Wouters", a first name's pet form (one that is no given name in its
own right, as Jackie is) being the name itself. Two people who merely share a common first name
(John Knightley, John Abdy) meet in the same paragraphs, so a clash between identical first names
counts only when the two full names are never named in one paragraph nor the text says someone
is "also called" by the name or that "there was another" of it ("There was another Salvatore at
the factory", "another Pieter, Pieter Claes from the mill"), and a first name carried with
three or more surnames is taken as a common name shared by several people; nor is the rarer name a
clash when its surname belongs to a family the book has ("Anne Cox", "the Coxes" make "William Coxe"
a Cox, though "Le Goff" alone is a surname with its particle, no Le of the Goffs; but not one
called by a name either of the two goes by: "Tucker Wendt", when Piotr Amsel is called Tucker, is
Piotr Wendt again, no other Wendt; nor one the text says he is, by the rarer name
or just after it: "Trinh Minh Duc arrived. On his business card he was Danny Trinh"), nor a second
given name of her own sex that is no one's surname ("Inés Ann", renamed Ann Pruitt) or that
she was christened with ("we christened her Ruth Agnes": given names, no surname), nor a son's
patronymic made of a given name ("Vasyl Vasylovych", "Ivan Petrovych") or a father's name after
"bin", "ibn", or Welsh "ap" ("ab" before a vowel) ("Juma bin Khamisi", Juma son of Khamisi;
two such, "Juma bin Salim", still clash) or before a Turkic word for "son of" or "daughter
of" ("Kamran Tofiq oğlu Nəsirov", Kamran son of Tofiq, and Kamran Rafiq oğlu, two men), nor a
father's given names after a child's and English "son of" ("Ghulam Sakhi son of Mohammad
Ishaq", as men are named where there are no surnames: no Ishaq family), nor a
Spanish married name ("Ximena Castillo de Araya" of Ximena Castillo Ossandón), nor a wife's
title or a name said to be hers now (or the one she was before) where the text tells of the
marriage ("as Mrs. Isobel Macrae. … my husband Duncan", "Ingrid Brekke, as she had been for
seven years now … her wedding photograph", "I was Elen Price until I married", "she married
in June and writes as Nell Gorse"), nor is a
Gaelic byname ("Cáit Tomáis", Tomás's Cáit, later "Cáit Sheáin") a surname, nor one the
sentence explains as a word ("They ca' me Davie Sodger, for my faither was a sodger"; "started
calling Nicolai Tengmiaq, the bird"), nor the child's name in an Arabic kunya ("Abu Karim",
father of Karim, is Elias Haddad), nor a title of two words said alone (Khmer "Lok Sang", what
the old still call a monk made abbot). Nor is a family word that is no given name ("Nonna
Pettigrew" and "Nonna Olsen", two grandmothers; Burmese "Ma Thida", a young woman) a first name
to share, nor Italian "Donna" where men are called "Don" ("Donna Saridda", "Donna Ninfa": two
ladies by their given names), nor a word the text says means a family word, a title or a
word of size ("Basel means aunt", so "Basel Rachel" and "Basel Sara" are two aunts; "the Ang
in his name means 'little'"). Nor is a surname written once or twice with two neighbouring
letters swapped ("Ler Wha" beside "Ler Wah") a second surname: it is a slip of the pen, a
misspelling, nor a double surname that keeps the other within it ("Ursula Mattli-Tönett" of
"Ursula Tönett", her husband's name with her own tied on behind). Nor is a calling said as a
title before a full name ("Teacher Ambrose Lino", as Caribbean and West African English call a
teacher) a given name: Ambrose is. Nor is a title said after a given name, as the
postfix_titles list has them, a surname where another title stands before the name ("the Very
Rev. Jacob Corepiscopa", a Syrian Christian priest's rank).

Names written family name first (Korean, Vietnamese, Chinese "Fang Zhijun" and "Goh Teck Beng",
and Mongolian "Dorjiin Enkhbayar", the father's name in the genitive first) share the given name
after it: "Fang Zhijun" and "Ren Zhijun" clash, "Gu Meilan" and "Gu Wenbo" are two of the Gus,
and "Kah Huat", Tan Kah Huat's given name said alone, is no given name and surname.

A two-word name written surname first, as a French school register reads names ("Diop
Ibrahima", of a book with an "Ousmane Diop", its child called "Ibrahima" alone), carries the
family's name first: "Diop Ibrahima" and "Diop Khadidiatou" are two Diops, no one Diop with two
surnames.

A family's name the book has ("the Edakkattu family", "the Puthenveettil people") written
before a given name ("Edakkattu Thomas"), as Kerala's Syrian Christians write their house
names, is the surname: "Puthenveettil Thomas" and "Edakkattu Thomas" are one Thomas with two.
So is the first word of a two-word name in a book that says its people put the house name
first ("The house name came first, before the given name") and shows it, a word that is no
given name opening names before given names said alone more often than it ("Ravuri
Annapurna", "Ravuri Sarojini"): "Dasari Ramamurthy" and "Pingali Ramamurthy" are one
Ramamurthy with two houses. So is the first word of a two-word name whose character is called
by it with a title said after a family name (Japanese "Kakazu-sensei" of "Kakazu Seiho"), and
of another ending on the same given name, its first word no given name: "Zukeran Seiho" is
Seiho with another surname.

A compound given name the book calls someone by again and again, alone ("Pape Malick", its
second word in no name that does not open with it, no woman's patronymic), is no third bearer of
the first name: "Pape Malick Seck" and "Pape Malick Gaye" are one man with two surnames.

A nickname the text gives someone right after the full name ("Davit Mchedlidze, whom everyone
called Dato", "Davit Mchedlidze, called Dato,"), or says is what the one so named is called
("Ioseb Gelashvili … To the whole valley he was Soso"), stands for the given name: "Dato
Lomidze" is Davit with another surname, and "Soso Mchedlidze" Ioseb — but "Tanque Pereyra" is
Ladislao Pereyra Suárez by the first of his two surnames.

One character whose given name is written after two different initials ("K. Murugan", "S.
Murugan": in Tamil names the initial is the father's name) has two surnames too, unless the
word is someone's surname ("Mary Smith" makes "J. Smith" and "K. Smith" two Smiths) or the
two are named in one paragraph.

The initial of a father whose own initial is the given name's ("R. Sabapathy", when the book
has an "S. Rajendran") tells a grandson named for his grandfather, no clash.

A character named only by a title and surname ("Dr. Amsel") whose line is answered by a
given name and patronymic (or surname) that is the name of another full name with the same
title ("You will come again on Thursday, Fyodor Karlovich", of Dr. Wendt, "Fyodor Karlovich
Wendt") has two surnames too.

A title and surname used only to address someone ("Well, Mr. Adebayo," she said — to the man
the last lines were about, Tunde Bakare) is a clash too — but not her title put into another
language a page after the book named her by it and her own surname ("Miss Zelmanovich," …
"Signorina Sindacato," he said, and bowed): a byname the speaker gives her in his tongue.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from app.core.checks.base import CheckContext, finding_key
from app.core.checks.cues import neighbour, sentence_at
from app.core.checks.evidence import QUOTE_LIMIT, quote
from app.core.checks.examples.surname_clash import EXAMPLES as EXAMPLES
from app.core.checks.referents import referent, told_apart, told_apart_by_age
from app.core.checks.story_time import chapter_at
from app.core.entities import SURNAME_PARTICLES, is_middle_initial
from app.core.forms import FormStats, normal_title
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Finding, Span, WarningKind
from app.core.names import (
    BYNAME_ADJECTIVES,
    DAUGHTER_OF,
    EPITHETS,
    GENERATIONS,
    PATRONYM_CONNECTORS,
    family_name_first,
    kunya,
    surname_of,
    title_after_name,
    two_word_given_name,
    without_epithet,
)
from app.core.text import CAPITAL, FAMILY_TITLES, MARRIED_TITLES, UNMARRIED_TITLES, fold
from app.core.variants import capitalised_words, diminutive, gendered_forms, letters_swapped
from app.core.wordlists import wordlists

RULE = "surname-clash"
# A surname the story names someone by this often is theirs: two such full names with one
# given name and no title in common ("Sergeant Kate Ferris", "Mrs. Kate Lindqvist") are two
# people, not one with a slip; "Dr Moira Halkett" and "Dr Moira Sturrock" are one, and so are
# "Roderick Bain the ground officer" and "Roderick Gunn the ground officer". A plain "Mr." is
# no title that tells: "Ivo Marsh" (Mr. Marsh) and "Ivo Dunne" may be one man. Nor does any
# title tell two who repeat a given name of two words ("Inspector Goh Teck Beng", "Mr. Ong Teck
# Beng"): few people share one.
ESTABLISHED = 3
# A name said to someone at the end of a line of speech: "Well, Mr. Adebayo," she said.
_VOCATIVE = re.compile(r"""\s*[,!?.]?\s*["”]""")
# A line of speech said by a pronoun: '"Well, Miss Okafor," he said.'
_SPOKE = re.compile(r"""[,!?]["”]\s*(?:(?P<who>he|she)\s+(?:said|says|asked|asks|replied|"""
                    r"""whispered|called|cried)|(?:said|asked|replied)\s+(?P<who2>he|she))\b""",
                    re.IGNORECASE)
# A name used so rarely is a slip; one the book keeps using is a name it means.
_RARE = 3
KIND = WarningKind.CONTRADICTION


def find(context: CheckContext) -> list[Finding]:
    manuscript = context.manuscript
    full_names: dict[str, list[str]] = defaultdict(list)
    forms = manuscript.finder.forms
    # The given names of family-name-first full names, two words of their own ("Kah Huat" of
    # "Tan Kah Huat"): said alone, no given name and surname.
    given_alone = {stats.words[1:] for stats in forms.values()
                   if len(stats.words) == 3 and family_name_first(stats.words)}
    # Two-word names by their words' variant groups: "Rakoutoumalala Jean", the surname
    # spelled another way, is "Jean Rakotomalala" turned round as much as "Rakotomalala Jean".
    groups = context.variant_groups
    two_words = {tuple(groups.get(word, word) for word in stats.words)
                 for key, stats in forms.items()
                 if len(stats.words) == 2 and key == " ".join(stats.words)}
    glossed = _glossed_titles(manuscript)
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        for form in cluster.full_names:
            stats = forms[form]
            if len(stats.words) < 2:
                continue
            words = stats.words
            if len(words) == 2 and tuple(
                    groups.get(word, word) for word in reversed(words)) in two_words:
                continue  # "Kuwahara Sentaro" and "Sentaro Kuwahara": family name first
            if words in given_alone:
                continue  # "Kah Huat", Tan Kah Huat's given name: no surname "Huat"
            if len(words) == 2 and words[1] in BYNAME_ADJECTIVES:
                continue  # "Bridget Bawn": fair Bridget, a byname, no surname
            if len(words) == 2 and words[1] in GENERATIONS:
                continue  # "Gerald Senior": the father, named by his generation, no surname
            if len(words) == 2 and title_after_name(words[1]):
                continue  # "Rev. Jacob Corepiscopa": a priest's rank said after his name
            if kunya(words):
                continue  # "Abu Karim": a father named after his son Karim, no surname
            if " ".join(words) in wordlists().honorifics:
                continue  # Khmer "Lok Sang", a title of two words said alone: no surname
            if words[-1].endswith("né") and len(words[-1]) > 3:
                continue  # "Kovács Lászlóné": Mrs. László Kovács, as Hungarian names a wife
            words = without_epithet(words)  # "Big Davie Lennox" is Davie Lennox
            if _calling_before(words):
                words = words[1:]  # "Teacher Ambrose Lino": Ambrose, by his calling
            if _ladys_title(manuscript, words[0]):
                words = words[1:]  # "Donna Saridda", where men are "Don Totò": a lady's title
                if len(words) < 2:
                    continue
            if words[0] in glossed:
                words = words[1:]  # "Basel Rachel", where "Basel means aunt": Rachel, an aunt
                if len(words) < 2:
                    continue
            if _surname_first_of_family(manuscript, words, cluster.forms):
                continue  # "Diop Ibrahima" of "Ousmane Diop": a register's surname first
            first = _given(words, manuscript)
            if len(words) > 2 and words[1] in BYNAME_ADJECTIVES and not family_name_first(words):
                first = f"{first} {words[1]}"  # "Pat Rua Durkan": red Pat, not any Pat
            if first in EPITHETS:
                continue  # "Little Jim", "Little Bit": no given name to share
            if first in wordlists().family_words and first not in wordlists().first_names:
                continue  # "Ma Joad", "Granny Ogg": a mother, a grandmother, no given name
            group = context.variant_groups.get(first, first)
            full_names[group].append(form)
    _join_pet_forms(full_names)
    nicknames = _join_nicknames(context, full_names)
    findings = []
    given_names: frozenset[str] | None = None  # made when a byname is first asked about
    for names in full_names.values():
        surnames: dict[str, str] = {}
        for form in sorted(names, key=lambda f: -forms[f].total):
            if _compound_given(manuscript, form, names):
                continue  # "Pape Malick" of "Pape Malick Seck": a compound given name, alone
            if _fathers_name_last(manuscript, form):
                continue  # "Kamran Tofiq oğlu", Kamran son of Tofiq: no surname to carry
            if _father_in_formula(manuscript, form):
                continue  # "Ghulam Sakhi son of Mohammad Ishaq": a father's given names
            surname = _surname(forms[form].words, manuscript)
            if any(context.same_name(surname, s) for s in surnames):
                continue
            surnames[surname] = form
        bearers = list(surnames.values())
        # A nickname the text gives for another of them ("Archie Beaton, whom everybody
        # called Archie Sandy") is no one else.
        people = [f for f in bearers if not set(forms[f].nickname_of) & set(bearers)]
        if len(people) > 2 and len({_given(forms[f].words, manuscript) for f in bearers}) == 1:
            continue  # a common first name carried by several people (John Knightley, John Abdy…)
        for i, first in enumerate(people):
            for second in people[i + 1 :]:
                both = (forms[first].words, forms[second].words)
                if _said_fuller(*both):
                    continue
                if _first_of_two_surnames(*both):
                    continue  # "Tanque Pereyra" is Ladislao Pereyra Suárez, by his first surname
                if _of_two_generations(*both):
                    continue  # "Gustavo Ferrer Junior" is the son of Gustavo Ferrer Ochoa
                if any(_patronymic_only(words) for words in both):
                    continue  # "Sura Moiseyevna": a given name and her father's, no surname
                if sum(map(_named_by_father, both)) == 1:
                    continue  # "Juma bin Khamisi", Juma son of Khamisi: no surname to clash
                # A nickname the text gave is the given name it stands for: two people who
                # only share it are told apart as two who share the given name would be.
                givens = [_given(words, manuscript) for words in both]
                firsts = {nicknames.get(given, given) for given in givens}
                if len(firsts) == 1 and (_introduced_together(context, first, second)
                                         or told_apart(manuscript, next(iter(firsts)))
                                         or _also_called(manuscript, next(iter(firsts)))
                                         or _two_by_age(manuscript, next(iter(firsts)))
                                         or _nickname_told_apart(manuscript, givens, firsts)):
                    continue
                if any(_maiden(manuscript, _surname(words, manuscript)) for words in both):
                    continue  # "Yehudit Kaplan, née Rosen": a surname before her marriage
                if _married_de(*both):
                    continue  # "Ximena Castillo de Araya" is Ximena Castillo Ossandón, married
                if _double_barrelled(*both):
                    continue  # "Uorschla Mattli-Tönett": her husband's name and her own Tönett
                if any(_told_married(manuscript, f) for f in (first, second)):
                    continue  # "…as Mrs. Isobel Macrae. … my husband Duncan beside me"
                if given_names is None:
                    given_names = _given_names(manuscript)
                if any(_byname(given_names, _surname(words, manuscript)) for words in both):
                    continue  # "Cáit Tomáis", Tomás's Cáit: a byname, not a family's name
                if any(_explained_byname(manuscript, form) for form in (first, second)):
                    continue  # "They ca' me Davie Sodger, for my faither was a sodger"
                if any(_second_given_name(manuscript, given_names, words) for words in both):
                    continue  # "Inés Ann", when she is Ann Pruitt too: two given names
                if any(_christened(manuscript, form) for form in (first, second)):
                    continue  # "We christened her Ruth Agnes": two given names, no surname
                if any(_sons_patronymic(given_names, words) for words in both):
                    continue  # "Vasyl Vasylovych": a given name and his father's, no surname
                if _of_another_family(context, first, second):
                    continue
                if _said_another(manuscript, min((first, second), key=lambda f: forms[f].total)):
                    continue  # "Pēteris Ozoliņš, a schoolteacher, — a different man": two men
                if _letters_swapped(context, first, second):
                    continue  # "Ler Wha" once beside "Ler Wah": a slip of the pen, a misspelling
                if _spelled_by_others(manuscript, first, second) or _spelled_by_others(
                        manuscript, second, first):
                    continue  # "they could not spell Gagnon, … so my uncle was Emile Gonya"
                if min(_said_with_surname(manuscript, first),
                       _said_with_surname(manuscript, second)) >= ESTABLISHED and (
                    not _same_two_word_given(*both)
                ) and _told_apart_by_title(manuscript, first, second):
                    continue  # two people, each with her own name and title (Kate the cop)
                findings.append(_finding(context, first, second))
    return (findings + _paternal_clash(context) + _initials_clash(context)
            + _addressed_by_another_surname(context) + _titled_addressed_by_name(context))


# A lady's title that English has as a given name too, and the man's title beside it:
# Italian "Donna Saridda", as "Don Totò" (the English "Donna Reed" is a given name).
_LADYS_TITLES = {"Donna": "Don"}


def _ladys_title(manuscript: Manuscript, word: str) -> bool:
    """Whether a word before a name is a lady's title here, not her given name: one the
    man's title beside it is also written before a name in the book ("Don Totò" and "Donna
    Saridda", "Donna Ninfa": two ladies, each by her given name, no surname to clash)."""
    mans = _LADYS_TITLES.get(word)
    return mans is not None and any(
        mans in stats.titles for stats in manuscript.finder.forms.values())


# The text glossing a word of a name as what it means: "Basel means aunt, in our Hutterisch",
# "the Ang in his name means \"little\"".
_GLOSSED = re.compile(
    rf"\b(?P<word>{CAPITAL}[\w'’-]*)(?:\s+in\s+(?:his|her|their|my|your|our|a|the)\s+names?)?"
    r"\s+(?:means|meant)\s+[\"“‘']?(?:an?\s+|the\s+)?(?P<gloss>[a-z]+)\b")
# Where a run keeps each document's glossed titles (`_glossed_titles`).
_GLOSSED_MEMO = "surname_clash.glossed_titles"


def _glossed_titles(manuscript: Manuscript) -> frozenset[str]:
    """The capitalised words the text says mean a family word, a title or a word of size or
    age ("Basel means aunt"; "the Ang in his name means 'little', so he is Little Nima"):
    said before a given name, such a word is what the one named is called by, as "Aunt" and
    "Little" are, no given name two people share ("Basel Rachel" and "Basel Sara" are two
    aunts; "Ang Nima" and "Ang Tsering" two men)."""
    lists = wordlists()

    def read(document: str) -> frozenset[str]:
        text = manuscript.documents[document].text
        if "mean" not in text:
            return frozenset()
        return frozenset(
            glossed.group("word") for glossed in _GLOSSED.finditer(text)
            if (gloss := glossed.group("gloss")) in lists.kinship
            or gloss.capitalize() in EPITHETS or gloss.capitalize() in lists.honorifics)

    return frozenset().union(*manuscript.document_memo(_GLOSSED_MEMO, read).values())


def _calling_before(words: tuple[str, ...]) -> bool:
    """Whether a full name of three words or more opens with a calling said as a title, as
    Caribbean and West African English call a teacher ("Teacher Ambrose Lino"): the given
    name is the word after it. Not a calling that is a given name too."""
    lists = wordlists()
    return (len(words) > 2 and words[0].lower() in lists.roles
            and words[0] not in lists.first_names)


def _same_two_word_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names written family name first repeat one given name of two words ("Goh
    Teck Beng", "Ong Teck Beng"): a pair of words few people share, so one man, whatever
    titles tell the two names apart ("Inspector Goh", "Mr. Ong" — the inspector retired)."""
    given = two_word_given_name(a)
    return given is not None and given == two_word_given_name(b)


def _compound_given(manuscript: Manuscript, form: str, names: list[str]) -> bool:
    """Whether a full name is a compound given name said alone, no given name and surname:
    "Pape Malick", when "Pape Malick Seck" and "Pape Malick Gaye" of `names` go on from it by
    one word each. The book calls him by it again and again, and its words after the first are
    in no name that does not open with it — unlike "Aurelio Contreras", given name and first
    surname, when the book has a "Sargento Contreras" too — nor are they a woman's patronymic
    ("Anna Ilyinichna Solodova", married as "Anna Ilyinichna Vetrova")."""
    forms = manuscript.finder.forms
    words = forms[form].words
    if len(words) < 2 or forms[form].total < 2 or family_name_first(words):
        return False
    if _patronymic_only(words):
        return False  # "Anna Ilyinichna": a woman's given name and her father's, for life,
        # while the surname after them may be the one she married
    fuller = {forms[other].words[-1] for other in names
              if forms[other].words[:-1] == words}
    if len(fuller) < 2:
        return False  # one fuller name may be his given name and surname said in full
    inner = {fold(word) for word in words[1:]}
    return not any(
        inner.intersection(map(fold, stats.words)) and stats.words[: len(words)] != words
        for stats in forms.values()
    )


def _two_by_age(manuscript: Manuscript, given: str) -> bool:
    """Whether the story tells two bearers of the given name, or of its short form, apart by
    a word of age or size: "Wil Bach" and "Wil Mawr" are two Williams."""
    counts = capitalised_words(manuscript).counts
    return any(told_apart_by_age(manuscript, short) for short in
               [given] + [given[:end] for end in range(3, len(given)) if given[:end] in counts])


def _told_apart_by_title(manuscript: Manuscript, first: str, second: str) -> bool:
    """Whether two full names share no title and no description, and either one of them has
    some ("Kate the cop") or the two are named in one chapter: what tells them apart. Two bare
    names, one in the early chapters and the other only later, tell nothing."""
    titles = _telling_titles(manuscript, first), _telling_titles(manuscript, second)
    descriptions = _descriptions(manuscript, first), _descriptions(manuscript, second)
    return titles[0].isdisjoint(titles[1]) and descriptions[0].isdisjoint(descriptions[1]) and (
        any(titles) or any(descriptions)
        or _named_in_one_chapter(manuscript, first, second))


# Titles that say of the one they name no more than anyone's surname would, and tell no one
# apart: "Mr. Goulart" is any man called Goulart, as "Monsieur Caron" and "Senhor Brum" are — not
# a rank ("Sergeant"), nor a woman's word for whether she is married.
_PLAIN_TITLES = FAMILY_TITLES - MARRIED_TITLES - UNMARRIED_TITLES - {"Master"}


def _telling_titles(manuscript: Manuscript, form: str) -> set[str]:
    """The titles of the character of a full name that may tell them from another bearer of
    the given name (`_titles` but the plain ones)."""
    return {title for title in _titles(manuscript, form)
            if normal_title(title) not in _PLAIN_TITLES}


def _named_in_one_chapter(manuscript: Manuscript, first: str, second: str) -> bool:
    """Whether the characters of two full names are named by their surnames in one chapter.
    A document with no headings is one chapter only where the two are named in turn, one
    between two namings of the other: a telling in parts it heads with no chapter's word
    ("First Telling: The Cold Season of 1962") may name one only early and the other only
    later, which tells nothing, as two chapters would not."""
    places = _surname_places(manuscript, first), _surname_places(manuscript, second)
    chapters = [{chapter_at(manuscript, document, offset) for document, offset in named}
                for named in places]
    for document, number in chapters[0] & chapters[1]:
        text = manuscript.documents[document].text
        if number or chapter_at(manuscript, document, len(text))[1]:
            return True  # a chapter under a heading, or before the first one
        offsets = [[offset for named_in, offset in named if named_in == document]
                   for named in places]
        if max(offsets[0]) > min(offsets[1]) and max(offsets[1]) > min(offsets[0]):
            return True
    return False


def _surname_places(manuscript: Manuscript, form: str) -> list[tuple[str, int]]:
    """Where the character of a full name is named by its surname: document and offset."""
    forms = manuscript.finder.forms
    surname = surname_of(forms[form].words)
    return [(document, base + run.start)
            for f in _forms_of_character(manuscript, form) if surname_of(forms[f].words) == surname
            for document, base, run in forms[f].runs]


def _join_pet_forms(full_names: dict[str, list[str]]) -> None:
    """Files the full names given a pet form of a given name with those of the name itself:
    "Jantje de Smet" is little Jan, so "Jan Wouters" may be him. Not a pet form that is a
    given name in its own right (Jackie is one, not only Jack's)."""
    given_names = wordlists().first_names
    for pet in [given for given in full_names if given not in given_names]:
        base = next((given for given in full_names
                     if len(given) < len(pet) and diminutive(given, pet)), None)
        if base is not None:
            full_names[base].extend(full_names.pop(pet))


# A nickname told in a clause right after a full name: "Davit Mchedlidze, whom everyone except
# his professors called Dato" — "whom" can only be the one called, never the one calling — or
# in a participle set off by a comma: "Davit Mchedlidze, called Dato," (a verb's subject takes
# no comma before "called": "Davit called Dato over" is a deed).
_CALLED_WHOM = re.compile(
    r",\s+(?:whom\s+[^.;:!?\"“”]{0,60}?\b(?:called|calls|call|knew\s+as|knows\s+as|know\s+as)|"
    r"(?:also\s+)?(?:called|known\s+as))\s+"
    rf"(?P<nickname>{CAPITAL}[\w'’-]*)\b")


def _join_nicknames(context: CheckContext, full_names: dict[str, list[str]]) -> dict[str, str]:
    """Files the full names given a nickname the text tells ("Davit Mchedlidze, whom everyone
    called Dato"; or "Ioseb Gelashvili … To the whole valley he was Soso", a word said alone
    that the cast takes for his nickname) with those of the given name it stands for, so "Dato
    Lomidze" may be Davit and "Soso Mchedlidze" Ioseb; returns each nickname so joined -> its
    given name."""
    joined: dict[str, str] = {}
    for given, forms in list(full_names.items()):
        for form in list(forms):
            for called in _nicknames_told(context, form):
                nickname = context.variant_groups.get(called, called)
                if nickname != given and nickname in full_names and given in full_names:
                    full_names[given].extend(full_names.pop(nickname))
                    joined[nickname] = given
    return joined


def _nicknames_told(context: CheckContext, form: str) -> list[str]:
    """The nicknames the text gives the character of a full name: in a clause right after it
    ("Davit Mchedlidze, whom everyone called Dato"), or a word alone the cast files with the
    name as a nickname of it ("he was Soso"), no word of the name itself."""
    manuscript = context.manuscript
    finder = manuscript.finder
    words = finder.forms[form].words
    told = [called.group("nickname") for document, base, run in finder.forms[form].runs
            if (called := _CALLED_WHOM.match(manuscript.documents[document].text,
                                             base + run.end)) is not None]
    own = [finder.forms[other] for other in _forms_of_character(manuscript, form)]
    for stats in own:
        nickname = stats.words[0]
        if len(stats.words) == 1 and nickname not in words and (
            form in stats.nickname_of
            or any(near == form for _pronoun, near in stats.nickname_near)
        ) and not any(len(named.words) > 1 and named.words[0] == nickname for named in own):
            # (Not when the character is named by it with a surname too, "Papo Quiñones": the
            # nickname's full names are compared with each other already.)
            told.append(nickname)
    return told


def _paternal_clash(context: CheckContext) -> list[Finding]:
    """Two surnames, as Spanish and Portuguese names go, whose first differs: "Efraín Rojas
    Mora" and "Efraín Rincón Mora", one given name and one mother's surname. Only where the
    story writes neither without the middle word, and neither middle word is a given name
    or a patronymic: "Wendell Ashby Coggins" is "Wendell Coggins" with his middle name. Nor
    one a character of the book goes by first: Parsi and other Indian names carry the father's
    given name in the middle ("Sorab Jehangir Mistry", son of Jehangir Sorab Mistry), so
    "Sorab Framji Mistry" may be his grandfather, with the same surname. A middle word that is
    only an initial is no surname of its own: "Remedios N. Salazar" may be "Remedios Navarro
    Salazar", though not "Remedios Tuazon Salazar"."""
    manuscript = context.manuscript
    forms = manuscript.finder.forms
    lists = wordlists()
    given_names = _given_names(manuscript)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        for form in cluster.full_names:
            words = forms[form].words
            if (len(words) == 3 and not family_name_first(words) and words[2] not in GENERATIONS
                    and words[1] not in lists.first_names and words[1][:1].isupper()
                    and not _PATRONYMIC.search(words[1]) and fold(words[1]) not in given_names
                    and f"{words[0]} {words[2]}" not in forms):
                by_ends[(words[0], words[2])].append(form)
    findings = []
    for found in by_ends.values():
        middles = {forms[form].words[1]: form for form in found}
        middles = {word: form for word, form in middles.items()
                   if not _initial_of_another(word, middles)}
        if len(middles) == 2:
            first, second = sorted(middles.values(), key=lambda f: -forms[f].total)
            findings.append(_finding(context, first, second))
    return findings


def _initial_of_another(word: str, middles: dict[str, str]) -> bool:
    """Whether a middle word is only an initial ("N.") that another middle word, spelled out,
    begins ("Navarro"): it may stand for that one."""
    return is_middle_initial(word) and any(
        other[0] == word[0] and len(other) > 2 for other in middles)


# A father's name as Slavic and Icelandic names carry it: "Mykolaivna", "Petrovich".
_PATRONYMIC = re.compile(r"(?:vich|vych|vna|ich|ych|son|dóttir|dottir)$")


# A man's patronymic, as Russian, Ukrainian and Serbian names carry it: the father's given name
# and "-ovych", "-ovich", "-evich" ("Vasylovych", "Petrovich", "Ilyich").
_SON_OF = re.compile(r"^(?P<father>.{3,}?)(?:ovych|ovich|evych|evich|ievich|yich|ych|ich)$")


def _sons_patronymic(given: frozenset[str], words: tuple[str, ...]) -> bool:
    """Whether a name is a given name and a man's patronymic, with no surname: the word after
    the given name is made of a given name of the book (`given`, folded) or of the word lists
    and a son's ending ("Vasyl Vasylovych", "Ivan Petrovych" of Petr) — unlike a surname made
    so long ago that its stem is no one's name now (Rabinovich)."""
    if len(words) != 2 or (match := _SON_OF.match(words[1])) is None:
        return False
    father = fold(match.group("father"))
    return any(stem in given or stem in _known_given() for stem in (father, father + "o"))


def _patronymic_only(words: tuple[str, ...]) -> bool:
    """Whether a name is a given name and a woman's patronymic, with no surname."""
    return len(words) == 2 and DAUGHTER_OF.search(words[1]) is not None


# The word after a name in the text: "oğlu" of "Kamran Tofiq oğlu Nəsirov".
_NEXT_WORD = re.compile(r"\s+([\w'‘’]+)")


def _fathers_name_last(manuscript: Manuscript, form: str) -> bool:
    """Whether a full name ends on a father's given name, as Turkic names carry it: a word for
    "son of" or "daughter of" (`patronymic_words.txt`) ends it ("Kamran Tofiq Oğlu") or comes
    right after it in the text ("Kamran Tofiq oğlu Nəsirov", Kamran son of Tofiq). A given name
    and a father's, with no surname: two of one given name are two men with two fathers."""
    patronymic = wordlists().patronymic_words
    stats = manuscript.finder.forms[form]
    if len(stats.words) == 3 and stats.words[2].lower() in patronymic:
        return True
    if len(stats.words) != 2:
        return False
    for document, base, run in stats.runs:
        after = _NEXT_WORD.match(manuscript.documents[document].text, base + run.end)
        if after is not None and after.group(1).lower() in patronymic:
            return True
    return False


# A child's name and "son of" or "daughter of" right before a name, with no comma or article
# between, as a man is named where there are no surnames: "Ghulam Sakhi son of Mohammad Ishaq".
_CHILD_OF = re.compile(rf"(?<![\w'’-])(?P<child>{CAPITAL}[\w'’-]*)\s+(?:son|daughter)\s+of\s+$")
# How far before a name that formula is looked for.
_CHILD_OF_REACH = 60


def _father_in_formula(manuscript: Manuscript, form: str) -> bool:
    """Whether a full name is the father's in the formula that names a man by his given name
    and his father's, joined by English "son of" or "daughter of" with no comma or article
    ("you were Ghulam Sakhi son of Mohammad Ishaq"), as people are named where there are no
    surnames: the father's given names, none a surname — unless its last word is the surname
    of another name of the book, or the child's ("baptised Mary daughter of John Smith" in a
    book of Smiths), or the word before "son of" is no name ("Eldest son of John Smith")."""
    finder = manuscript.finder
    forms = finder.forms
    stats = forms[form]
    if len(stats.words) != 2:
        return False
    last = stats.words[-1]
    own = finder.cluster_of.get(form)
    for document, base, run in stats.runs:
        if run.prev != "of" or run.prev2 not in ("son", "daughter"):
            continue
        start = base + run.start
        child = _CHILD_OF.search(manuscript.documents[document].text,
                                 max(0, start - _CHILD_OF_REACH), start)
        if child is None or child.group("child") == last or not any(
                other.words[-1:] == (child.group("child"),) and key in finder.cluster_of
                for key, other in forms.items()):
            continue  # no name before "son of" ("Eldest son of"), or a family's name
        # Another's surname (a full name's last word, or said with a title: "Mr. Smith").
        return not any(other.words[-1:] == (last,) and finder.cluster_of.get(key) != own
                       and (len(other.words) > 1 or other.titles)
                       for key, other in forms.items())
    return False


def _named_by_father(words: tuple[str, ...]) -> bool:
    """Whether a name is a given name and a father's name joined by "bin", "ibn", "ap" or
    "ab" (`PATRONYM_CONNECTORS`: "Juma bin Khamisi", "Dafydd ab Owain"), with no surname.
    (Two such names of one given name still clash: they give the one man two fathers.)"""
    return len(words) == 3 and words[1] in PATRONYM_CONNECTORS


def _given(words: tuple[str, ...], manuscript: Manuscript) -> str:
    """The given name of a full name: its first word, or its last where the family name
    comes first — as the book writes it too, with a house name of its own first
    ("Edakkattu Thomas" of "the Edakkattu family", "Dasari Ramamurthy" in a book of
    "Ravuri Annapurna" and "Ravuri Sarojini")."""
    if (manuscript.finder.house_first(words) or _house_first_here(manuscript, words)
            or _family_first_by_title(manuscript, words)):
        return words[-1]
    return words[-1] if family_name_first(words) else words[0]


def _surname(words: tuple[str, ...], manuscript: Manuscript) -> str:
    """The surname of a full name (`surname_of`), or the house name the book writes first
    ("Edakkattu" of "Edakkattu Thomas")."""
    if (manuscript.finder.house_first(words) or _house_first_here(manuscript, words)
            or _family_first_by_title(manuscript, words)):
        return words[0]
    return surname_of(words)


# Titles said after a family name, not a given name, as the book writes them: Japanese
# "-sensei" ("Kuroda-sensei", the teacher Kuroda), as a pupil speaks of a teacher.
_FAMILY_NAME_TITLES = frozenset(
    f"-{title}" for title, after in wordlists().hyphen_titles.items() if after == "family")
# Where a run keeps the given names so shown (`_given_after_titled_family`).
_TITLED_FAMILY_MEMO = "surname_clash.titled_family"


def _family_first_by_title(manuscript: Manuscript, words: tuple[str, ...]) -> bool:
    """Whether a two-word name is written family name first, as the book shows of another
    name ending on the same given name: its character is called by its first word with a
    title said after a family name ("Kakazu Seiho", "Kakazu-sensei": Seiho Kakazu), so
    "Zukeran Seiho", whose first word is no given name of the lists, is Seiho again."""
    return (len(words) == 2 and words[1] in _given_after_titled_family(manuscript)
            and words[0] not in wordlists().first_names)


def _given_after_titled_family(manuscript: Manuscript) -> frozenset[str]:
    """The last words of two-word names whose character is called by the first word with a
    title said after a family name ("Seiho" of "Kakazu Seiho", called "Kakazu-sensei")."""
    memo = manuscript.run_memo(_TITLED_FAMILY_MEMO)
    if "found" not in memo:
        finder = manuscript.finder
        forms = finder.forms
        titled = {(stats.words[0], finder.cluster_of.get(key)) for key, stats in forms.items()
                  if len(stats.words) == 1 and not _FAMILY_NAME_TITLES.isdisjoint(stats.titles)}
        memo["found"] = frozenset(
            stats.words[1] for key, stats in forms.items() if len(stats.words) == 2
            and (stats.words[0], finder.cluster_of.get(key)) in titled) if titled else frozenset()
    found: frozenset[str] = memo["found"]
    return found


# The text saying a people's names put the family's name first: "The house name came first,
# before the given name", "they write the family name first", "surname first".
_HOUSE_FIRST_TOLD = re.compile(
    r"\b(?:house|family|clan|sur)[ -]?names?\s+(?:always\s+)?(?:came|comes|went|goes|is\s+"
    r"(?:written|said|put)|was\s+(?:written|said|put))\s+first\b|"
    r"\b(?:put|puts|write|writes|wrote|say|says|said)\s+(?:the|their|his|her|our|your)\s+"
    r"(?:house|family|clan|sur)[ -]?names?\s+first\b", re.IGNORECASE)
# What every such saying holds: "name(s)" and the word after it in either branch above. It
# finds much faster that a chapter says nothing of the kind (most say nothing of it), and
# only a chapter it finds something in is read with `_HOUSE_FIRST_TOLD` itself.
_HOUSE_FIRST_SIEVE = re.compile(r"names?\s+(?:always|came|comes|went|goes|is|was|first)\b",
                                re.IGNORECASE)
# The book's two-word names, the house names it writes first, and whether it says it does so:
# read from the cast, so made once per run (`Manuscript.run_memo`).
_HOUSE_WORDS_MEMO = "surname_clash.house_words"


def _house_first_here(manuscript: Manuscript, words: tuple[str, ...]) -> bool:
    """Whether a two-word name is written house name first, as the book says its people
    write names ("The house name came first, before the given name") and shows it does:
    some word that is no given name of the lists opens two-word names before two words or
    more that are said alone more often than it, and ends none ("Ravuri Annapurna", "Ravuri
    Sarojini", and "Annapurna", "Sarojini" alone again and again). Then a name whose first
    word is no given name of the lists, nor a word said with a name, and whose last opens no
    two-word name ("Dasari Ramamurthy") is a house name and a given name."""
    if len(words) != 2:
        return False
    names, houses, told = _house_words(manuscript)
    if not told or not houses:
        return False
    first, last = words
    return (first not in wordlists().first_names and not _word_said_with_name(first)
            and not _word_said_with_name(last)
            and not any(name[0] == last or name[1] == first for name in names))


def _surname_first_of_family(manuscript: Manuscript, words: tuple[str, ...],
                             own_forms: list[str]) -> bool:
    """Whether a two-word name is written surname first, as a French school register reads
    names ("Diop Ibrahima"): its first word is no given name of the lists and ends the full
    names of other characters of the book, their surname ("Ousmane Diop"), while its last
    ends no other full name and is what its own character is called alone, and the first is
    not. Two children on the register ("Diop Ibrahima", "Diop Khadidiatou") share their
    family's name, not a given name, so are no one with two surnames."""
    if len(words) != 2:
        return False
    first, last = words
    if first in wordlists().first_names or _word_said_with_name(first):
        return False
    if last not in own_forms or first in own_forms:
        return False  # called "Ibrahima" alone, never "Diop"
    ends = [stats.words for key, stats in manuscript.finder.forms.items()
            if len(stats.words) > 1 and key not in own_forms]
    return (any(other[-1] == first for other in ends)
            and not any(other[-1] == last for other in ends))


def _word_said_with_name(word: str) -> bool:
    """Whether a word is a title or a family word said before or after a name."""
    lists = wordlists()
    return (word in lists.honorifics or word in lists.family_words
            or word in lists.postfix_titles or word in EPITHETS)


def _house_words(manuscript: Manuscript
                 ) -> tuple[frozenset[tuple[str, ...]], frozenset[str], bool]:
    """The book's untitled two-word names, the words no given name of the lists that open
    such names before two words or more said alone more often than they are, and end none
    ("Ravuri" of "Ravuri Annapurna" and "Ravuri Sarojini"), and whether the text says the
    family name comes first (when it does not, the rest is not looked for)."""
    memo = manuscript.run_memo(_HOUSE_WORDS_MEMO)
    if "found" not in memo:
        memo["found"] = _find_house_words(manuscript)
    found: tuple[frozenset[tuple[str, ...]], frozenset[str], bool] = memo["found"]
    return found


def _find_house_words(manuscript: Manuscript
                      ) -> tuple[frozenset[tuple[str, ...]], frozenset[str], bool]:
    finder = manuscript.finder
    if not _house_first_told(manuscript):
        return frozenset(), frozenset(), False
    names = frozenset(stats.words for key, stats in finder.forms.items()
                      if len(stats.words) == 2 and not stats.titles and key in finder.accepted)
    after: dict[str, set[str]] = defaultdict(set)
    for first, last in names:
        after[first].add(last)
    lasts = {last for _first, last in names}
    lists = wordlists()

    def alone(word: str) -> int:
        """How often the word is said as a name by itself."""
        stats = finder.forms.get(word)
        return stats.total if stats is not None and stats.words == (word,) else 0

    # A house name is said alone less than the given names after it: "Annapurna" and
    # "Prakash" again and again, "Kotamarti" hardly — where "Volodya", a given name before
    # two surnames, is said alone more than either.
    houses = frozenset(word for word, given in after.items()
                       if sum(alone(name) > alone(word) for name in given) >= 2
                       and word not in lasts and word not in lists.first_names
                       and not _word_said_with_name(word))
    return names, houses, True


def _house_first_told(manuscript: Manuscript) -> bool:
    """Whether some document says its people put the family's name first
    (`_HOUSE_FIRST_TOLD`). Scanning every chapter's whole text is the costliest part of a
    re-run, yet the answer depends on a document's text alone: the memo keeps it by the
    text, so after an edit only the edited chapter is scanned again."""
    return any(manuscript.document_memo(
        _HOUSE_FIRST_TOLD_MEMO,
        lambda document: _tells_house_first(manuscript.documents[document].text)).values())


_HOUSE_FIRST_TOLD_MEMO = "surname_clash.house_first_told"


def _tells_house_first(text: str) -> bool:
    """Whether the text says its people put the family name first (`_HOUSE_FIRST_TOLD`),
    read only around what the sieve finds: the whole pattern, tried at every place of a
    novel's text, cost a one-off check of Emma about 90 ms, where the few places the sieve
    finds cost nothing. A saying holds its sieve's match and runs no more than a line's
    length either side of it."""
    return any(_HOUSE_FIRST_TOLD.search(text, max(0, sieved.start() - _AROUND),
                                        sieved.end() + _AROUND) is not None
               for sieved in _HOUSE_FIRST_SIEVE.finditer(text))


# How far either side of the sieve's match a saying that the family name comes first may run.
_AROUND = 200


def _byname(given: frozenset[str], word: str) -> bool:
    """Whether the word after a given name is another's given name in the Gaelic genitive,
    as bynames go in Ireland and the Highlands: "Cáit Tomáis" (of Tomás), "Cáit Sheáin" (of
    Seán), "Máirtín Pheaits" (of Peaits) — the form changed, softened by an h after its first
    letter or with an i before its last consonants, from the given name of a character of the
    book (`given`, folded); never a given name as it stands ("Laurent")."""
    if fold(word) in given or fold(word) in _known_given():
        return False
    forms = {word}
    if len(word) > 2 and word[1] == "h" and word[0] in _LENITED:
        forms.add(word[0] + word[2:])
    forms.update(f"{m.group(1)}{m.group(2)}" for form in list(forms)
                 if (m := _SLENDER.match(form)) is not None)
    return any(fold(form) in given for form in forms if form != word)


# Consonants Irish and Scottish Gaelic soften with an h; the i a genitive puts before the
# last consonants ("Tomáis", "Sheáin").
_LENITED = frozenset("BCDFGMPST")
_SLENDER = re.compile(r"^(.*[aeiouáéíóú])i([^aeiouáéíóú]+)$")


def _explained_byname(manuscript: Manuscript, form: str) -> bool:
    """Whether the word after the given name of a two-word name is a byname the sentence
    explains as a word, not a family's name: written again there in lower case ("They ca' me
    Davie Sodger, for my faither was a sodger"), or, after a verb of calling, glossed right
    after by "the" and a noun ("started calling Nicolai Tengmiaq, the bird, because…")."""
    stats = manuscript.finder.forms[form]
    if len(stats.words) != 2:
        return False
    word = re.compile(rf"\b{re.escape(stats.words[1].lower())}\b")
    for document, base, run in stats.runs:
        text = manuscript.documents[document].text
        view = sentence_at(manuscript, document, base + run.start)
        if view is not None and word.search(text, view.start, view.end):
            return True
        gloss = _GLOSS.match(text, base + run.end) if run.prev in _CALLING else None
        if gloss is not None and gloss.group(1) not in wordlists().roles:
            return True  # (not "calling Frank Ostrander, the doctor": who he is, on the phone)
    return False


# Verbs that give someone a name ("started calling Nicolai Tengmiaq, the bird").
_CALLING = frozenset({"call", "calls", "called", "calling"})
# A name's meaning said right after it: ", the bird,".
_GLOSS = re.compile(r",\s+the\s+([a-z]+)\s*[,;.]")


def _second_given_name(manuscript: Manuscript, given: frozenset[str],
                       words: tuple[str, ...]) -> bool:
    """Whether the last of two words is a second given name, not a surname: a name the word
    lists give the same sex as the first, that a character of the book goes by (`given`,
    folded) and that is no one's surname here — "Inés Ann", when she was renamed Ann Pruitt
    (but not "Anna Thomas": no woman's second given name is a man's)."""
    sexes = wordlists().first_names
    if len(words) != 2 or fold(words[1]) not in given:
        return False
    if sexes.get(words[1]) not in ("f", "m") or sexes.get(words[0]) != sexes[words[1]]:
        return False
    return not any(len(stats.words) > 1 and stats.words != words
                   and surname_of(stats.words) == words[1]
                   for stats in manuscript.finder.forms.values())


# A child given its name: "christened her", "baptised the baby", "named him".
_NAMING = re.compile(r"\b(?:christened|christen|baptised|baptized|baptise|baptize|named)\s+"
                     r"(?:her|him|the\s+(?:baby|child|girl|boy))\s+$", re.IGNORECASE)


def _christened(manuscript: Manuscript, form: str) -> bool:
    """Whether a two-word name is said as the one a child was christened, baptised or named
    ("We christened her Ruth Agnes, after her godmother"), its last word a given name the
    word lists know: the names given at a christening are given names, no surname."""
    stats = manuscript.finder.forms[form]
    if len(stats.words) != 2 or fold(stats.words[1]) not in _known_given():
        return False
    for document, base, run in stats.runs:
        text = manuscript.documents[document].text
        start = base + run.start
        if _NAMING.search(text[max(0, start - 30):start]):
            return True
    return False


def _given_names(manuscript: Manuscript) -> frozenset[str]:
    """The first words of the book's characters' names, folded."""
    return frozenset(fold(cluster.name.split()[0])
                     for cluster in manuscript.clusters(EntityKind.CHARACTER))


@cache
def _known_given() -> frozenset[str]:
    """The given names the word lists know, folded."""
    return frozenset(fold(name) for name in wordlists().first_names)


def _forms_of_character(manuscript: Manuscript, form: str) -> list[str]:
    """Every form of the character a full name belongs to."""
    finder = manuscript.finder
    cluster = finder.clusters.get(finder.cluster_of.get(form, ""))
    return cluster.forms if cluster is not None else [form]


def _said_with_surname(manuscript: Manuscript, form: str) -> int:
    """How often the character of a full name is named by its surname: the full name, and
    the titled surname ("Mrs. Lindqvist") or the surname alone, when the same character's."""
    forms = manuscript.finder.forms
    surname = surname_of(forms[form].words)
    return sum(forms[f].total for f in _forms_of_character(manuscript, form)
               if surname_of(forms[f].words) == surname)


def _titles(manuscript: Manuscript, form: str) -> set[str]:
    """The titles the character of a full name is given ("Dr" of "Dr Moira Halkett")."""
    forms = manuscript.finder.forms
    return {title for f in _forms_of_character(manuscript, form) for title in forms[f].titles}


def _descriptions(manuscript: Manuscript, form: str) -> set[str]:
    """What a full name is described as right after it, two words after "the": "ground
    officer" of "Roderick Bain the ground officer walked on" — not a time ("met Roderick Bain
    the next day")."""
    found = set()
    for document, base, run in manuscript.finder.forms[form].runs:
        described = _DESCRIBED.match(manuscript.documents[document].text, base + run.end)
        if described is not None and _WHEN.isdisjoint(described.group(1).split()):
            found.add(described.group(1))
    return found


# "Roderick Bain the ground officer", "Roderick Bain, the ground officer,".
_DESCRIBED = re.compile(r",?\s+the\s+([a-z]+\s+[a-z]+)\b")
_WHEN = frozenset({"next", "following", "same", "day", "morning", "afternoon", "evening",
                   "night", "week", "month", "year", "time"})


def _maiden(manuscript: Manuscript, surname: str) -> bool:
    """Whether the story gives a surname as one someone was born with ("née Rosen", "born
    Fong Sau-ha")."""
    for span in capitalised_words(manuscript).spans(surname):
        text = manuscript.documents[span.document].text
        if _BORN.search(text[max(0, span.start - 24) : span.start]):
            return True
    return False


_BORN = re.compile(rf"\b(?:n[ée]e|born)\s+(?:{CAPITAL}[\w'’-]+\s+)?$", re.IGNORECASE)


# A married woman's title, and what tells a marriage near it.
_WIFE_TITLES = frozenset({"Mrs", "Missus", "Madame", "Señora", "Signora", "Senhora", "Frau"})
# (Not "since her husband died": a widow's, which tells no name taken.)
_MARRIAGE = re.compile(r"\b(?:husband(?!\s+(?:had\s+)?(?:died|was\s+killed|passed|drowned))|"
                       r"married|marriage|wedding|wed|bride|wife|fiancée?|fiancee?)\b",
                       re.IGNORECASE)
# A name said to be hers now: "I am Ingrid Brekke now", "Halina Pryce, as she was now", "as
# she had been for seven years now" (how long, a few words after "for").
_NAME_NOW = re.compile(r"(?:,?\s+as\s+(?:she|I)\s+(?:is|was|am|had\s+been)"
                       r"(?:\s+for(?:\s+[a-z-]+){1,3}?)?)?,?\s+now\b")
# A name said to be the one she had before: "I was Elen Price until I married", "She was
# Nia Parry all her life", "Before her marriage she had been Nia Parry" (told where the
# marriage is).
_NAME_BEFORE = re.compile(r"\b(?:I|she)\s+(?:was|had\s+been)\s+$", re.IGNORECASE)
# A name she is said to write, sign or go by ("she writes every week as Nell Gorse", "signed
# herself as"): told where the marriage is, the name she took.
_GOES_AS = re.compile(r"\b(?:writes|wrote|signs|signed|goes|went)\b(?:\s+[a-z]+){0,3}?\s+as\s+$",
                      re.IGNORECASE)
# How far around a titled name a marriage is looked for.
_MARRIAGE_REACH = 200


def _told_married(manuscript: Manuscript, form: str) -> bool:
    """Whether a woman's name is said with a wife's title, as the name she has now, or as the
    one she had before, where the text tells of her marriage ("I climbed down at the siding as
    Mrs. Isobel Macrae. I was thirty, and I had my husband Duncan beside me", "I am Ingrid
    Brekke now … my husband", "I was Elen Price until I married", "Before her marriage she had
    been Nia Parry"): the surname her husband gave her, or the one she had till then."""
    stats = manuscript.finder.forms[form]
    titled = any(normal_title(title) in _WIFE_TITLES for title in stats.titles)
    for document, base, run in stats.runs:
        text = manuscript.documents[document].text
        start, end = base + run.start, base + run.end
        # Or the name she has now: "I am Ingrid Brekke now", "Halina Pryce, as she was now",
        # or had until she married: "I was Elen Price until I married Huw".
        said = (_NAME_NOW.match(text, end) or _NAME_BEFORE.search(text[max(0, start - 16):start])
                or _GOES_AS.search(text[max(0, start - 40):start]))
        if (titled or said) and _MARRIAGE.search(
            text, max(0, start - _MARRIAGE_REACH), end + _MARRIAGE_REACH
        ):
            return True
    return False


def _married_de(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name is the other's married form in Spanish: her given name and first
    surname, then "de" and her husband's ("Ximena Castillo de Araya" of "Ximena Castillo
    Ossandón")."""
    for married, own in ((a, b), (b, a)):
        if len(married) >= 4 and married[-2] == "de" and (
                own[: len(married) - 2] == married[:-2]):
            return True
    return False


def _double_barrelled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one name's last word joins two surnames by a hyphen and the other's is one of
    them, after the same given name ("Ursula Mattli-Tönett" of "Ursula Tönett", a wife's
    husband's name with her father's tied on; "Ana Ruiz-Mora" of "Ana Ruiz"): the name kept
    within the longer one, no second surname."""
    for joined, own in ((a, b), (b, a)):
        parts = fold(joined[-1]).split("-")
        if len(parts) > 1 and joined[:-1] == own[:-1] and fold(own[-1]) in parts:
            return True
    return False


def _of_two_generations(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two full names differ only in their last word, and one of those is a word of
    generation: a son named for his father, whatever the father's second surname."""
    return (len(a) == len(b) > 2 and a[:-1] == b[:-1]
            and (a[-1] in GENERATIONS or b[-1] in GENERATIONS))


def _first_of_two_surnames(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether a name of two words ends on the first of the two surnames of a Spanish or
    Portuguese name of three, given name first: "Tanque Pereyra" and "Ladislao Pereyra Suárez",
    the father's surname and the mother's, share one surname, not two."""
    short, long = sorted((a, b), key=len)
    return (len(short) == 2 and len(long) == 3 and short[1] == long[1]
            and not family_name_first(long))


def _said_fuller(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other said in full: "Matvei Petrovich" (a given name and patronymic)
    and "Matvei Petrovich Zabelin" have one surname, not two."""
    short, long = sorted((a, b), key=len)
    return len(short) < len(long) and long[: len(short)] == short


def _addressed_by_another_surname(context: CheckContext) -> list[Finding]:
    """"Well, Mr. Adebayo," she said — to Tunde Bakare, the man the last lines were about.

    A title and a surname used only to address someone ("Mr. Adebayo", named nowhere else and
    by no other family member) whom the conversation shows to be a character with another
    full name is that character's surname changing.
    """
    manuscript = context.manuscript
    forms = manuscript.finder.forms
    honorifics = wordlists().honorifics
    index = None
    findings = []
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        titled = [forms[f] for f in cluster.forms]
        if sum(stats.total for stats in titled) > _RARE or any(
            len(stats.words) != 1 or not stats.titles for stats in titled
        ):
            continue
        surname = titled[0].words[0]
        gender = honorifics.get(titled[0].titles.most_common(1)[0][0], "-")
        if gender == "-":
            continue
        index = index or context.mentions
        for mention in index.by_cluster[cluster.name]:
            span = mention.span
            text = manuscript.documents[span.document].text
            view = sentence_at(manuscript, span.document, span.start)
            if view is None or not _VOCATIVE.match(text, span.end, view.end) or not _answers(
                manuscript, view, gender
            ):
                continue
            addressee = referent(index, view, gender, exclude=cluster.name)
            other = manuscript.finder.clusters.get(addressee) if addressee else None
            full = [f for f in other.full_names
                    if not context.same_name(forms[f].words[-1], surname)] if other else []
            if other is None or not full or any(
                context.same_name(w, surname) for f in other.forms for w in forms[f].words
            ) or _named_elsewhere(context, cluster.forms, surname):
                continue
            if _title_rendered(manuscript, other.forms, titled[0], span):
                continue  # "Miss Zelmanovich" … "Signorina Sindacato": a byname in his tongue
            findings.append(_finding(context, full[0], cluster.forms[0], mention.span,
                                     cluster.name))
            break
    return findings


def _title_rendered(manuscript: Manuscript, own: list[str], address: FormStats,
                    span: Span) -> bool:
    """Whether the one addressed was named earlier in the same chapter by the same title in
    another language (`_one_title_in_two_tongues`) and a surname of her own ("Miss
    Zelmanovich," he said … "Signorina Sindacato," he said, and bowed). The speaker puts her
    title into his own tongue and the word after it with it: a byname he gives her, not a
    surname the book forgot a page after writing the right one. (`own`: the addressee's
    forms; `address`: the titled form said to her, at `span`.)"""
    forms = manuscript.finder.forms
    honorifics = wordlists().honorifics
    title = address.titles.most_common(1)[0][0]
    sex = honorifics.get(title, "-")
    chapter = chapter_at(manuscript, span.document, span.start)
    for form in own:
        stats = forms[form]
        if len(stats.words) != 1 or not any(
            honorifics.get(said, "-") == sex and _one_title_in_two_tongues(said, title)
            for said in stats.titles
        ):
            continue
        if any(document == span.document and base + run.start < span.start
               and chapter_at(manuscript, document, base + run.start) == chapter
               for document, base, run in stats.runs):
            return True
    return False


# Titles everyone is called by, that tell no more than sex and, of a woman, whether she is
# married: in English and the languages novels borrow them from ("Miss", "Signorina").
_EVERYONES_TITLES = (FAMILY_TITLES | UNMARRIED_TITLES) - {"Master"}


def _one_title_in_two_tongues(first: str, second: str) -> bool:
    """Whether two titles are one title in two languages: two of `_EVERYONES_TITLES` that
    say the same of a woman's marriage ("Miss" and "Signorina", "Mr" and "Herr"), not the
    same word ("Mister", "Mr") nor a married and an unmarried one ("Mrs", "Miss")."""
    first, second = normal_title(first), normal_title(second)
    return (first != second and {first, second} <= _EVERYONES_TITLES
            and (first in MARRIED_TITLES) == (second in MARRIED_TITLES)
            and (first in UNMARRIED_TITLES) == (second in UNMARRIED_TITLES))


def _titled_addressed_by_name(context: CheckContext) -> list[Finding]:
    """"She is very old, Countess," he said — Dr. Amsel. "You will come again on Thursday,
    Fyodor Karlovich."

    A character named only by a title and surname ("Dr. Amsel"), answered by a name that
    belongs to a full name with another surname and the same title ("Fyodor Karlovich Wendt",
    Dr. Wendt), is that character's surname changing.
    """
    manuscript = context.manuscript
    forms = manuscript.finder.forms
    index = None
    findings = []
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        full = sorted((f for f in cluster.full_names if len(forms[f].words) > 1),
                      key=lambda f: -len(forms[f].words))
        own_titles = {normal_title(t) for f in cluster.forms for t in forms[f].titles}
        if not full or not own_titles:
            continue
        index = index or context.mentions
        for mention in index.by_cluster[cluster.name]:
            if len(mention.run.words) < 2 or mention.run.title:
                continue  # a given name alone is too often another's: two words, no title
            span = mention.span
            text = manuscript.documents[span.document].text
            # The name is seldom said at a line's end: look there before finding its sentence.
            said_to = _VOCATIVE.match(text, span.end)
            if said_to is None:
                continue
            view = sentence_at(manuscript, span.document, span.start)
            if view is None or said_to.end() > view.end:
                continue
            # The one who spoke the line before, "he said": whom the name answers.
            gender = next((g for g in ("m", "f") if _answers(manuscript, view, g)), None)
            addressee = referent(index, view, gender, exclude=cluster.name) if gender else None
            other = manuscript.finder.clusters.get(addressee) if addressee else None
            if other is None or any(len(forms[f].words) != 1 or not forms[f].titles
                                    for f in other.forms):
                continue  # only "Dr. Amsel", with no given name of his own
            if own_titles.isdisjoint(normal_title(t) for f in other.forms
                                     for t in forms[f].titles):
                continue
            surname = forms[other.forms[0]].words[0]
            if any(context.same_name(w, surname) for f in cluster.forms for w in forms[f].words):
                continue
            findings.append(_answered_clash(context, other.name, full[0], mention.span))
            break
    return findings


def _answered_clash(context: CheckContext, titled: str, full: str, where: Span) -> Finding:
    """The finding that `titled` ("Dr. Amsel") is answered by a name (at `where`) that is
    `full`'s, with another surname ("Fyodor Karlovich Wendt")."""
    manuscript = context.manuscript
    doc, base, run = manuscript.finder.forms[full].runs[0]
    places = [where, manuscript.span(doc, base + run.start, base + run.end)]
    order = sorted(range(2), key=lambda i: (manuscript.order[places[i].document],
                                            places[i].start))
    quoted = " and ".join(
        f"“{quote(*_sentence_text(context, places[i]))}” (‘{manuscript.title(places[i].document)}’)"
        for i in order
    )
    message = (f"‘{titled}’ is answered as ‘{where.text}’, the name of ‘{full}’, another "
               f"surname: {quoted}.")
    names = (titled, full)
    return Finding(KIND, message, tuple(sorted(names)), tuple(places[i] for i in order),
                   finding_key(KIND, RULE, names), RULE)


def _answers(manuscript: Manuscript, view: SentenceView, gender: str) -> bool:
    """Whether the line before is speech by "he" ("she" for a woman's title): the one
    addressed has just spoken, so the last lines are about them, not someone new."""
    before = neighbour(manuscript, view, -1)
    pronoun = "he" if gender == "m" else "she"
    return before is not None and any(
        (match.group("who") or match.group("who2")).lower() == pronoun
        for match in _SPOKE.finditer(before[0].parsed.text)
    )


def _named_elsewhere(context: CheckContext, own: list[str], surname: str) -> bool:
    """Whether any name outside `own` (the titled forms) carries `surname`."""
    return any(
        form not in own and any(context.same_name(word, surname) for word in stats.words)
        for form, stats in context.manuscript.finder.forms.items()
    )


# Words before a given name that say someone else bears it too: "her husband was also
# called Jayant", "a boy also named Ruth".
_ALSO_CALLED = re.compile(r"\b(?:also|too)\s+(?:called|named)\s+$", re.IGNORECASE)
# How far before a given name those words are looked for.
_ALSO_REACH = 20
# Words that bring in a second bearer of the given name after them: "There was another
# Salvatore at the factory", "there had been a second Nilton".
_ANOTHER_BEARER = re.compile(
    r"\bthere\s+(?:was|were|is|are|had\s+been|has\s+been|['’]s)\s+(?:also\s+)?"
    r"(?:another|a\s+second)\s+$", re.IGNORECASE)
# How far before a given name those words are looked for.
_ANOTHER_REACH = 36
# "another" or "a second" right before a given name: said with the full name of the second
# bearer just after it ("It was another Pieter, Pieter Claes from the mill"), it brings him in.
_ANOTHER_ONE = re.compile(r"\b(?:another|a\s+second)\s+$", re.IGNORECASE)
# How far before a given name "another" is looked for.
_ANOTHER_ONE_REACH = 12


def _also_called(manuscript: Manuscript, given: str) -> bool:
    """Whether the text says, right before the given name, that someone is also called by it
    ("Sarla's husband was also called Jayant — Jayant Desai") or that there is another of the
    name ("There was another Salvatore at the factory", or "another Pieter, Pieter Claes",
    the second one's full name said after it): a second bearer of the name, whom the writer
    tells apart, not one man with a second surname."""
    documents = manuscript.documents
    named_after = re.compile(rf",\s+{re.escape(given)}\s+{CAPITAL}")
    for span in capitalised_words(manuscript).spans(given):
        text = documents[span.document].text
        if _ALSO_CALLED.search(text, max(0, span.start - _ALSO_REACH), span.start) or (
                _ANOTHER_BEARER.search(text, max(0, span.start - _ANOTHER_REACH), span.start)
        ) or (_ANOTHER_ONE.search(text, max(0, span.start - _ANOTHER_ONE_REACH), span.start)
              and named_after.match(text, span.end)):
            return True
    return False


def _nickname_told_apart(manuscript: Manuscript, givens: list[str], firsts: set[str]) -> bool:
    """Whether the text says two people bear a nickname one of the two full names is written
    with ("There were two Stafs … The other was Staf De Bock", when Gustaaf Verhaegen is called
    Staf): that full name is the other bearer of the nickname, not the given name's bearer
    with a second surname."""
    return any(told_apart(manuscript, given) or _also_called(manuscript, given)
               for given in set(givens) - firsts)


def _introduced_together(context: CheckContext, first: str, second: str) -> bool:
    """Two people the text names side by side in one paragraph are two people."""
    forms = context.manuscript.finder.forms
    places = {(doc, base) for doc, base, _run in forms[first].runs}
    return any((doc, base) in places for doc, base, _run in forms[second].runs)


def _of_another_family(context: CheckContext, first: str, second: str) -> bool:
    """The rarer of two full names carries the surname of a family the book has: "Anne Cox",
    "the Coxes" make "William Coxe" a Cox, not William Larkins renamed, and "Oleg Volkov" makes
    "Irina Volkova" a Volkov, its woman's form. (Only the rarer: a slip's wrong surname is new,
    while the right one may be the family's, "Colette Laurent".)
    """
    manuscript = context.manuscript
    finder = manuscript.finder
    forms = finder.forms
    rarer = min((first, second), key=lambda f: (forms[f].total, f == first))
    given = _given(forms[rarer].words, manuscript)
    surname = _surname(forms[rarer].words, manuscript)
    own = finder.cluster_of.get(rarer)
    # Whom the two full names are: a nickname one of them goes by names no other of the family.
    compared = {finder.cluster_of.get(f) for f in (first, second)} - {None}
    for form, stats in forms.items():
        words = stats.words
        if form == rarer or not words or (own is not None and finder.cluster_of.get(form) == own):
            continue  # "Rafael Quiñones" is no other Quiñones when "Papo Quiñones" is he
        if words[0] in SURNAME_PARTICLES:
            continue  # "Le Goff" is a surname alone, no Le of the Goffs
        if len(words) == 1:
            # A name of one word is its own surname (`_surname`), and only a plural one
            # names a family: the rest are passed by without asking, most of the forms.
            last = words[0]
            if last != surname and last.endswith("s") and (
                _one_family(context, last.removesuffix("es"), surname)
                or _one_family(context, last.removesuffix("s"), surname)
            ):
                return True  # the Coxes
            continue
        last = _surname(words, manuscript)
        if _one_family(context, last, surname) and not context.same_name(
            _given(words, manuscript), given
        ) and finder.cluster_of.get(_given(words, manuscript)) not in compared and (
            not _said_to_be(context.manuscript, form, rarer)
        ):
            # Anne Cox — but not "Tucker Kunnuk" when Tucker is what "Taqialuk Amarualik"
            # is called: Taqialuk himself, with the surname of "Taqialuk Kunnuk" again.
            return True
    return False


def _one_family(context: CheckContext, a: str, b: str) -> bool:
    """Whether two surnames are one family's: the same name, or a man's and a woman's form of
    it ("Leyla Sokolova" is of the family of "Ivan Sokolov", Slavic and Turkic names alike)."""
    return context.same_name(a, b) or gendered_forms(a, b)


# Words set off after a name that say its bearer is someone else: "— a different man",
# ", another woman", ", no kin of theirs", ", no relation".
_ANOTHER_PERSON = re.compile(r"[,;—–]\s*(?:(?:an?\s+(?:different|other)|another)\s+(?:man|woman|"
                             r"person)\b|no\s+(?:kin|relation)\b)", re.IGNORECASE)


def _said_another(manuscript: Manuscript, form: str) -> bool:
    """Whether the sentence naming a full name goes on, set off by a comma or a dash, to say
    its bearer is another person ("The man who died was Pēteris Ozoliņš, a schoolteacher
    from Cēsis — a different man, older"; "Rakotomalala Jean-Baptiste, … no kin of theirs"):
    the writer tells the two apart."""
    for document, base, run in manuscript.finder.forms[form].runs:
        view = sentence_at(manuscript, document, base + run.start)
        if view is not None and _ANOTHER_PERSON.search(
                manuscript.documents[document].text, base + run.end, view.end):
            return True
    return False


def _letters_swapped(context: CheckContext, first: str, second: str) -> bool:
    """Whether the surnames of two full names are one spelling with two neighbouring letters
    swapped and the rarer name is written no more than a slip would be ("Ler Wha" once beside
    "Ler Wah" again and again): how fingers slip, not how a name changes, so a misspelling of
    the name (name-variant's to tell), no second surname."""
    manuscript = context.manuscript
    forms = manuscript.finder.forms
    a, b = (fold(_surname(forms[f].words, manuscript)) for f in (first, second))
    return min(forms[first].total, forms[second].total) < _RARE and letters_swapped(a, b)


# Words that tell of a name's spelling: "could not spell Gagnon", "wrote it down as".
_SPELLING = re.compile(r"\b(?:spell|spells|spelled|spelt|spelling|misspel\w*|wrote|written|"
                       r"write|writes)\b", re.IGNORECASE)


def _spelled_by_others(manuscript: Manuscript, form: str, other: str) -> bool:
    """Whether the text says someone "was <form>" in a sentence that, with the one before it,
    tells of spelling and names the surname of `other` ("On the payroll they could not spell
    Gagnon, or would not, and so for two summers my uncle was Emile Gonya"): the name others
    made of his own in writing it, no second surname."""
    words = manuscript.finder.forms[other].words
    surname = re.compile(rf"\b{re.escape(_surname(words, manuscript))}\b")
    for document, base, run in manuscript.finder.forms[form].runs:
        if run.prev not in ("was", "is"):
            continue
        view = sentence_at(manuscript, document, base + run.start)
        if view is None:
            continue
        start = view.start
        if view.paragraph is not None and view.number > 0:
            start = view.base + view.paragraph.sentences[view.number - 1].start
        text = manuscript.documents[document].text[start : view.end]
        if _SPELLING.search(text) and surname.search(text):
            return True
    return False


def _said_to_be(manuscript: Manuscript, form: str, named: str) -> bool:
    """Whether the text says "he was <form>" ("she is …") in the sentence that names `named`
    or the one after: another name of the same man ("Trinh Minh Duc arrived on the Friday. On
    his business card he was Danny Trinh"), no other of his family."""
    forms = manuscript.finder.forms
    said = [sentence_at(manuscript, document, base + run.start)
            for document, base, run in forms[form].runs
            if run.prev in ("was", "is") and run.prev2 in ("he", "she")]
    orders = {view.order for view in said if view is not None}
    if not orders:
        return False
    for document, base, run in forms[named].runs:
        view = sentence_at(manuscript, document, base + run.start)
        if view is not None and orders & {view.order, view.order + 1}:
            return True
    return False


# The one initial right before a name ("K. Murugan"), not the last of several ("T. S. Eliot").
_ONE_INITIAL = re.compile(rf"(?<!\.)(?<!\.\s)\b(?P<initial>{CAPITAL})\.\s+$")


def _initials_clash(context: CheckContext) -> list[Finding]:
    """One character whose given name is written after two different initials: "K. Murugan"
    and "S. Murugan". In Tamil names the initial is the father's name and the word after it the
    given name, so the initial is the surname that changed — unless the word is a surname
    (the last word of someone's full name: "J. Smith" and "K. Smith" are two Smiths), the two
    are named in one paragraph, or the story tells two of the name apart."""
    manuscript = context.manuscript
    forms = manuscript.finder.forms
    findings = []
    initialled_words = _initialled_words(manuscript)
    if not initialled_words:
        return findings
    by_cluster = []
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        single = [forms[form] for form in cluster.forms if len(forms[form].words) == 1]
        if not any(stats.words[0] in initialled_words for stats in single):
            continue  # never written after initials ("R. Kandasamy"): nothing to compare
        # (given name, initial) -> where it is written so, paragraph by paragraph
        initialled: dict[tuple[str, str], list[tuple[tuple[str, int], Span]]] = defaultdict(list)
        for stats in single:
            for document, base, run in stats.runs:
                text = manuscript.documents[document].text
                start = base + run.start
                # "For S. Murugan" too, an initial after a capitalised word, which
                # `run.after_initial` leaves out; the letter checks keep the search rare.
                if run.title or start < 3 or text[start - 2] != "." or not text[
                    start - 3
                ].isupper():
                    continue
                initial = _ONE_INITIAL.search(text, max(0, start - _INITIAL_REACH), start)
                if initial is not None and initial.group("initial") != "I":
                    initialled[stats.words[0], initial.group("initial")].append(
                        ((document, base), manuscript.span(document, initial.start(),
                                                           base + run.end)))
        by_cluster.append(initialled)
    # Every given name written after an initial, with it: ("Rajendran", "S") of "S. Rajendran".
    every = {pair for initialled in by_cluster for pair in initialled}
    for initialled in by_cluster:
        for (given, initial), written in initialled.items():
            other = next(((g, i) for g, i in initialled if g == given and i > initial), None)
            if other is None or told_apart(manuscript, given) or any(
                len(stats.words) > 1 and stats.words[-1] == given for stats in forms.values()
            ) or {paragraph for paragraph, _span in written}.intersection(
                paragraph for paragraph, _span in initialled[other]
            ) or _named_for_grandfather(every, given, (initial, other[1])):
                continue
            places = [written[0][1], initialled[other][0][1]]
            findings.append(_clash(context, (places[0].text, places[1].text), places))
    return findings


def _named_for_grandfather(every: set[tuple[str, str]], given: str,
                           initials: tuple[str, str]) -> bool:
    """Whether one of two initials before `given` is that of a man whose own initial is the
    given name's: "R. Sabapathy", when the book has "S. Rajendran", is the son of a son of a
    Sabapathy, named for his grandfather as Tamil names are passed down — not "P. Sabapathy"
    with another father's initial, for no man is his own grandson. (`every` holds each given
    name written after an initial, with it.)"""
    return any(name[:1] == initial and name != given and own == given[:1]
               for initial in initials for name, own in every)


def _initialled_words(manuscript: Manuscript) -> set[str]:
    """The names written right after initials anywhere ("Kandasamy" of "R. Kandasamy"),
    read once per document text: the memo keeps each document's by its text."""
    def read(document: str) -> frozenset[str]:
        return frozenset(run.words[-1] for placed in manuscript.paragraphs_of(document)
                         for run in placed.parsed.runs if run.after_initial)

    return set().union(*manuscript.document_memo(_INITIALLED_MEMO, read).values())


_INITIALLED_MEMO = "surname_clash.initialled"
# How far before a name its initial is looked for.
_INITIAL_REACH = 6


def _finding(context: CheckContext, first: str, second: str, where: Span | None = None,
             second_name: str = "") -> Finding:
    """A clash between two forms, each quoted in the sentence where it first appears;
    `where` is the place of `second` when it is not its first occurrence, and `second_name`
    how to name it (a form of address) when not as its form."""
    manuscript = context.manuscript
    places = []
    for form in (first, second):
        doc, base, run = manuscript.finder.forms[form].runs[0]
        places.append(manuscript.span(doc, base + run.start, base + run.end))
    if where is not None:
        places[1] = where
    return _clash(context, (first, second_name or second), places, addressed=bool(second_name))


def _clash(context: CheckContext, names: tuple[str, str], places: list[Span],
           addressed: bool = False) -> Finding:
    """The finding that `names` are one character's, quoted at `places` (one for each name);
    `addressed` when the second is only how someone is spoken to."""
    manuscript = context.manuscript
    first, second = names
    order = sorted(range(2), key=lambda i: (manuscript.order[places[i].document], places[i].start))
    quoted = " and ".join(
        f"“{quote(*_sentence_text(context, places[i]))}” (‘{manuscript.title(places[i].document)}’)"
        for i in order
    )
    if addressed:
        message = (f"‘{first}’ is addressed as ‘{second}’, another surname: {quoted}.")
    else:
        message = f"‘{first}’ and ‘{second}’ look like one character with two surnames: {quoted}."
    return Finding(KIND, message, tuple(sorted(names)), tuple(places[i] for i in order),
                   finding_key(KIND, RULE, names), RULE)


def _sentence_text(context: CheckContext, span: Span) -> tuple[str, int, int]:
    """The sentence a name stands in, the quotation's length and where in it the name ends."""
    manuscript = context.manuscript
    view = sentence_at(manuscript, span.document, span.start)
    start, end = (view.start, view.end) if view else (span.start, span.end)
    return manuscript.documents[span.document].text[start:end], QUOTE_LIMIT, span.end - start
