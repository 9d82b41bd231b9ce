"""relation drift: a character's stated relation to another changes.

Relations are read from appositions and possessives: "her mother, Colette", "her little brother
Pim", "Colette, his sister", "Sofie's mother Colette", "Ravi Mama was Valli's brother" (a family
word said after the name, what the family calls him) (not lists, "his son, Emma, and Harriet", nor
new clauses, "her father, Mr. Knightley felt", nor a word that owns the relative, "her mother's
sister"); a relative of a parent is that parent's ("Rosa, her father's older sister", "Ravi was
Mieke's mother's brother"); the kinship words are a word list, in-laws and exes among them ("her
sister-in-law Rano"). "He was his brother-in-law" after a sentence that opens on one man and names
one other is the first's relation to the second, and "Trent is first cousin to that detective,
Brannigan" Trent's to Brannigan. A relative named only by whose they are, opening a sentence
("Mendel's daughter had her father's shoulders"), is the one of their sex whom the sentence
before names in full by the owner's surname ("said Rivka Kesselman"). The relative they belong to
is the other character named in the sentence, or else the character "her"/"his" stands for (never
one "their" is said of: "their cousin" is several people's): the last one named, unless a relation
already told makes them the wrong sex ("her father, Ramón"), then the last one named of the right
sex or the story's most-mentioned one; a paragraph that opens on "Her cousin Kenji" goes on about
the lead, named twice as often as anyone of her sex, never one the book calls by a family word
("Eomma", the lead's mother), when she was named lately or is the last woman the chapter named.
A character whose sex neither name nor relation tells is placed by the narration's "She"/"He"
after the name. In speech, "my" is the speaker's and "your" the
listener's, only when the sentence names them, or when the paragraph's speech is put to one "she"
(or "he") and names no one outside it but as the object of a preposition ("she said, for Ferrand's
sake"). A character who is one person's mother in one place and their sister (or a stranger who
"introduced herself as" someone) in another is the contradiction; so is the father (mother,
brother, sister) of the narrator's mother who is later the father's ("Granda was my maw's da", "my
da's da"); a parent the narration calls by a family word ("Ma's cousin Turi") is the narrator's, as
"my mother" is, and so is "me Dad" in a dialect that writes "me" for "my" (and "he were" for "he
was"). A relative of one's parent is one's own by the word the family has for it: "my
mother's sister Rosa" is "my aunt Rosa", not "my cousin Rosa". A character whose name the story
says two people bear ("two Lotties") is not compared. A step- or half-relative called by the plain
word ("her stepbrother Misha", then "My brother Misha") and a fiancé who becomes a husband are no
drift.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from app.core.checks.base import CheckContext, Example
from app.core.checks.cues import CueWords, cue_sentences, in_quotes, neighbour, quote_open
from app.core.checks.evidence import contrast
from app.core.checks.mentions import PRONOUN_GENDER, Mention, MentionIndex
from app.core.checks.referents import (
    NARRATOR,
    REACH,
    addressee,
    in_scene,
    mention_at,
    narrated,
    narrator,
    opening_mention,
    referent,
    said_to_be_two,
)
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Finding, WarningKind
from app.core.names import surname_of
from app.core.text import CAPITAL
from app.core.wordlists import wordlists

RULE = "relation-drift"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("Sofie walked along the river. Her mother, Colette, had loved it.",
             "Sofie met an old painter who introduced herself as Colette. Colette smiled."),
            ("Colette",)),
    Example(("Ines Varga laughed. Her sister, Dora, laughed too.",
             "Ines Varga waited. Her mother, Dora, came in and sat down."), ("Dora",)),
    Example(("I walked to the harbour with my sister Rose. Rose laughed.",
             "My cousin Rose was waiting at the quay."), ("Rose",)),
    Example(("Dr. Kurian came to dinner. He is Arjun's uncle, as you know.",
             "Arjun sailed with his cousin, Dr. Kurian, on Sunday."), ("Dr. Kurian",)),
    Example(("Ines Varga laughed. Her sister, Dora, laughed too.",
             "Ines Varga waited. Her sister, Dora, came in."),),
    Example(("Ana Vidal came home to the town. Her father, Ubaldo Vidal, had died in the spring. "
             "Her aunt Zarela wrote to her.",
             "Ana Vidal walked into the shop. The lights were on. The shutters were up. The floor "
             "was clean. The bottles shone. Ubaldo was at the counter. \"Finally,\" Ubaldo says. "
             "The shop was warm. On Sunday her sister Zarela came to the opening."), ("Zarela",),
            note="'her' is not Ubaldo's: he is her father, so a man; the heroine is meant"),
    Example(("Ada Obi smiled at the door. Her brother Kelechi came in.",
             "\"Your cousin Kelechi has no manners,\" Ada Obi said, laughing."),
            note="'your' is the listener's, never the speaker's; no listener is named"),
    Example(("Ana Ruiz sat down. Her father, Bruno Ruiz, Carmen Vela, and Dora Lin came in.",
             "Carmen Vela waved. Her son, Bruno Ruiz, came in."),
            note="a list after 'her father' names more people than the father"),
    Example(("Lena Ott smiled. \"My brother Paul Ott is late,\" said Lena Ott.",
             "\"My cousin Paul Ott is here,\" said Mara Voss."),
            note="in speech 'my' is the speaker's, and the speakers differ"),
    Example(("Lena Ott smiled. \"My brother Paul Ott is late,\" said Lena Ott.",
             "\"My cousin Paul Ott is here,\" said Lena Ott."), ("Paul Ott",),
            note="one speaker calls him her brother, then her cousin"),
    Example(("Commander Tobiah Strand frowned. Commander Strand was silent. Corin Strand, the "
             "Commander's younger brother, had signed on at nineteen.",
             "Strand went past the others. His cousin Corin was sitting by a crate."),
            ("Corin Strand",), note="the owner is the one holder of a title ('the Commander's')"),
    Example(("Renée Marchbanks sat still. She was Lady Fennimore's niece, the only child of her "
             "sister.", "In the drawing-room Lady Fennimore's granddaughter Renée stood."),
            ("Renée Marchbanks",), note="a titled owner, told of the pronoun and of the name"),
    Example(("Frederick Ashcombe bowed. He was, besides, the nephew of Lady Pendry.",
             "Frederick Ashcombe sat down. Lady Pendry, who as his cousin considered herself "
             "entitled to an opinion, spoke."), ("Frederick Ashcombe",),
            note="'the nephew of' her, then her cousin the other way round"),
    Example(("Jess Bell rode behind. Up front, her brother Tom was on Gunner.",
             "Jess Bell leaned in. Her cousin Tom lay on the stretcher."), ("Tom",),
            note="'her' looks back to Jess, not on to the horse named after Tom"),
    Example(("Jess Bell rode behind. Tilly, her father's red kelpie, worked the tail, and "
             "Tilly ran. Up front, her brother Tom was on Gunner.",
             "Jess Bell leaned in. Her cousin Tom lay on the stretcher."), ("Tom",),
            note="the last one named before 'her' is a dog: a woman's brother is meant"),
    Example(("Noriko Hara sat at the low table. Noriko Hara laughed. Noriko Hara slept. "
             "Yumi Sato came in. Noriko Hara smiled. It was her younger brother Kenji.",
             "Noriko Hara signed. Yumi Sato took a sweet. Noriko Hara smiled. The old man "
             "gave Yumi Sato another sweet.\n\nHer cousin Kenji came on the last train."),
            ("Kenji",), note="a paragraph's opening 'her' is the lead's, not that of the girl "
                             "the last paragraph named as someone's object"),
    Example(("Noriko Hara sat at the low table. Noriko Hara laughed. Noriko Hara slept. "
             "Orla Sato came in. Noriko Hara smiled. It was her younger brother Kenji.",
             "Noriko Hara signed. Noriko Hara smiled. Orla Sato had been caught by the fire."
             "\n\nHer cousin Kenji came on the last train."),
            note="the last paragraph was about another woman, named as its subject: hers"),
    Example(("Noriko Hara sat at the low table. Noriko Hara laughed. It was her younger brother "
             "Kenji.",
             "Noriko Hara signed the form. " + "The clerk stamped it twice. " * 12
             + "Captain Ito came in. The jeep waited. " * 5 + "\n\nHer cousin Kenji came on the "
             "last train."), ("Kenji",),
            note="named long ago, the lead is still the last woman named in the chapter, not "
                 "the captain whose sex nothing tells"),
    Example(("Noriko Hara sat at the low table. Noriko Hara laughed. It was her younger brother "
             "Kenji.",
             "Noriko Hara signed the form. " + "The clerk stamped it twice. " * 12
             + "Orla Sato came in. She smiled. " + "Captain Ito came in. The jeep waited. " * 4
             + "\n\nHer cousin Kenji came on the last train."),
            note="another woman was named after the lead: whose cousin is unsure"),
    Example(("Mr. Josiah Ashby was old. Mr. Ashby had gout. Mr. Ashby shouted. Frederick "
             "Ashby bowed. He was, besides, the nephew of Lady Pendry.",
             "Mr. Ashby came in. Lady Pendry, who as his cousin thought herself entitled to "
             "speak, rose. Frederick Ashby crossed the room."), ("Frederick Ashby",),
            note="'Mr. Ashby' is father and son: the scene names the son in full"),
    Example(("Mr. Josiah Ashby was old. Mr. Ashby had gout. Mr. Ashby shouted. Frederick "
             "Ashby bowed. He was, besides, the nephew of Lady Pendry.",
             "Mr. Josiah Ashby came in. Lady Pendry, who as his cousin thought herself "
             "entitled to speak, rose. Frederick Ashby crossed the room."),
            note="the father is named in full in the scene: whose 'his' is unsure"),
    Example(("Queen Maelis Varrow stood on the wall.\n\n\"Mother, let me ride.\" Prince "
             "Tobren stepped forward.",
             "Queen Maelis Varrow rode out. Behind the Queen, her nephew Tobren drew breath."),
            ("Prince Tobren",), note="whoever calls her Mother is her son"),
    Example(("Father Brennan sat in the box.\n\n\"Father, forgive me.\" Tom Dwyer knelt.",
             "Father Brennan smiled. His nephew Tom Dwyer came in."),
            note="'Father' said to a priest calls no parent"),
    Example(("Rory Tennant never finds Baird jokes funny. His older brother Euan rowed stroke.",
             "Euan is Rory Tennant's cousin, two years older."), ("Euan",),
            note="a sentence opening on 'his' goes on about the last one's subject"),
    Example(("Kit Callaghan laughed. Her fiancé David stood beside her in a borrowed suit.",
             "Kit Callaghan sat. Her husband David stood at the window."),
            note="a fiancé becomes a husband"),
    Example(("Lorraine Webb sat. \"It's my kid brother,\" she said. \"Danny. He is late.\"",
             "Lorraine Webb knew that her cousin Danny had seen something."), ("Danny",),
            note="the name said in a sentence of its own after the kinship word"),
    Example(("Lorraine Webb sat. \"It's my kid brother,\" she said. \"Danny and Rosa.\"",
             "Lorraine Webb knew that her cousin Danny had seen something."),
            note="a sentence that goes on past the name says no more who the brother is"),
    Example(("\"You're late,\" her little brother Pim said to Ines Varga.",
             "Ines Varga thought of her nephew Pim, asleep at home."), ("Pim",),
            note="a word between the owner and the kinship word ('her little brother')"),
    Example(("Dilwyn Rees walked behind. His father, Ianto, had got him the start there.",
             "Ianto Rees, Dilwyn's uncle on his mother's side, had brought a bat."),
            ("Ianto Rees",), note="a relative set beside the name: 'X, Dilwyn's uncle'"),
    Example(("Dilwyn Rees walked behind. His father, Ianto, had got him the start there.",
             "\"Ianto Rees, Dilwyn's uncle is here,\" she said."),
            note="said to Ianto: 'Dilwyn's uncle' opens what is said to him"),
    Example(("Don Tomás came in. Don Tomás's wife, Doña Refugio, stood in the doorway.",
             "Doña Refugio has kept house for her brother, Don Tomás, since she was widowed."),
            ("Doña Refugio",), note="his wife, then her brother: one relation from each side"),
    Example(("Don Tomás came in. Don Tomás's wife, Doña Refugio, stood in the doorway.",
             "Doña Refugio has kept house for her husband, Don Tomás, for forty years."),
            note="his wife and her husband agree"),
    Example(("\"Is it about Dylan?\" Shauna asked. She was Dylan's younger sister by three years.",
             "Dylan's cousin Shauna had been seeing him since the summer."), ("Shauna",),
            note="'She was Dylan's younger sister'"),
    Example(("Matsuda Tsuru ran the inn. Her grandson, Matsuda Kenji, came home that spring.",
             "Matsuda Noriko served the tea, and her husband Kenji kept the guests happy."),
            note="Matsuda Tsuru and Matsuda Noriko: one family name first, two women"),
    Example(("Varya's stepbrother Misha came in last of all, with snow in his beard.",
             "\"My brother Misha,\" said Varya that evening, to the priest's wife."),
            note="a stepbrother is called a brother"),
    Example(("Connor Reid is my step-brother, which isn't technically true.",
             "My cousin Connor Reid is stood at the back."), ("Connor Reid",),
            note="'X is my step-brother', the narrator's"),
    Example(("Misha Borovikov walked behind the coffin with Kolya Tarusov. He was Sasha "
             "Tarusova's cousin.", "Sasha Tarusova sat in the nursery. Her brother Misha "
             "Borovikov had heard it through the door."),
            ("Misha Borovikov",), note="'He was X's cousin' after a sentence opening on him"),
    Example(("Ingrid Solberg took the train to Oslo.\n\nSolveig Haugen kept a hat shop there. "
             "She was her mother's sister, ten years younger.",
             "Ingrid Solberg thought of her cousin Solveig Haugen in Oslo."), ("Solveig Haugen",),
            note="'her mother's sister' is an aunt"),
    Example(("Greta Vance came into the office.\n\n\"It's my brother,\" she said. \"My kid "
             "brother, Tobin Vance. They took him last night.\"",
             "Greta Vance had raised her cousin Tobin Vance since he was eleven."),
            ("Tobin Vance",), note="a paragraph of one woman's speech is all hers"),
    Example(("Greta Vance came into the office.\n\n\"It's my brother,\" she said, and Ida Roe "
             "nodded. \"My kid brother, Tobin Vance.\"",
             "Greta Vance had raised her cousin Tobin Vance since he was eleven."),
            note="with another named in the paragraph, whose the speech is is unsure"),
    Example(("Greta Vance came into the office.\n\n\"It's about my father,\" she said, for Tom "
             "Hale's sake. \"My kid brother, Tobin Vance, knows nothing of it.\"",
             "Greta Vance had raised her cousin Tobin Vance since he was eleven."),
            ("Tobin Vance",), note="one named only after 'for' is spoken of, not speaking"),
    Example(("Greta Vance came into the office.\n\n\"It's about my father,\" she said, and Tom "
             "Hale shook his head. \"My kid brother, Tobin Vance, knows nothing of it.\"",
             "Greta Vance had raised her cousin Tobin Vance since he was eleven."),
            note="one who acts in the paragraph may say what follows"),
    Example(("I posted it to the group my sister Şükran had named.",
             "My cousin Şükran drove in from Spandau."), ("Şükran",),
            note="a name that begins with an accented capital"),
    Example(("Chana Lev read the letter. Chana's younger sister Rivke Lev had a boy of sixteen.",
             "It was from Chana's cousin Rivke Lev, in Pinsk."), ("Rivke Lev",),
            note="a describing word between the owner and the kinship word"),
    Example(("Priya Sen went up to the roof. Bapi Sen followed her. He was Jethu's son, her "
             "cousin, eighteen and newly in college.",
             "Priya Sen waited. Her brother Bapi Sen had always done this."), ("Bapi Sen",),
            note="a second relation after the first: 'X's son, her cousin'"),
    Example(("Iain Mackay watched the gig. Iain's brother was Seumas Beag, the youngest.",
             "Iain Mackay looked up the brae to his cousin Seumas Beag."), ("Seumas Beag",),
            note="the relation said before the name: 'X's brother was Y'"),
    Example(("Tia Baby Pereira was my mother's younger sister. I loved her.",
             "My mother's first cousin Baby Pereira sat on the trunk."), ("Baby Pereira",),
            note="'my mother's younger sister', then her cousin: not the narrator's mother"),
    Example(("Oksana Bondar waited. Her brother Taras Bondar came at seven.",
             "The beard made Mykola Bondar shy, and he and Oksana Bondar drove off with her "
             "cousin Taras Bondar."), ("Taras Bondar",),
            note="'her' is the woman the sentence named, not the man named first"),
    Example(("Harpreet Kaur laughed. Her sister-in-law Rano came in with a tray.",
             "Harpreet Kaur sat at the back. Her cousin Rano squeezed her hand."), ("Rano",),
            note="a kinship word of three parts, 'sister-in-law', then 'cousin'"),
    Example(("Harpreet Kaur laughed. Her sister-in-law Rano came in with a tray.",
             "Bittu Kaur sat at the back. His wife Rano squeezed his hand."),
            note="his wife is her sister-in-law: the owners differ"),
    Example(("Harpreet Kaur laughed. Rano Gill, her sister-in-law, came in with a tray.",
             "Rano Gill was Harpreet's sister-in-law. Her sister-in-law Rano Gill sat down."),
            note="'sister-in-law' read whole in every form, never as 'sister'"),
    Example(("Trent Kessel was no blood relation to Neil Brannigan. He was his brother-in-law.",
             "Neil Brannigan's cousin Trent Kessel came in."), ("Trent Kessel",),
            note="'he' opened the sentence before, 'his' is the one other man it names"),
    Example(("Trent Kessel sat with Neil Brannigan and Dale Hanlon. He was his brother-in-law.",
             "Neil Brannigan's cousin Trent Kessel came in."),
            note="two other men named: whose brother-in-law he is is unsure"),
    Example(("Neil Brannigan smiled. His brother Trent Kessel sat down.",
             "Everyone knows Trent Kessel is first cousin to that detective from Alice, Neil "
             "Brannigan."), ("Trent Kessel",),
            note="'cousin to' the one named after a description set off by a comma"),
    Example(("Neil Brannigan smiled. His cousin Trent Kessel sat down.",
             "Trent Kessel was like a brother to Neil Brannigan, and a son to his mother."),
            note="'like a brother to' is no relation"),
    Example(("Grace Choi smiled. Choi Eun-jung was Grace's younger sister.",
             "Grace Choi sat down. Her cousin Choi Eun-jung came in."), ("Choi Eun-jung",),
            note="'was Grace's younger sister': a describing word after the owner"),
    Example(("Grace Choi smiled. Choi Eun-jung was Grace's younger sister.",
             "Grace Choi sat down. Her little sister Choi Eun-jung came in."),
            note="a younger sister is a sister"),
    Example(("Neil Brannigan's brother-in-law Trent Kessel sat down.",
             "Neil Brannigan's cousin Trent Kessel came in."), ("Trent Kessel",),
            note="'Brannigan's brother-in-law Trent': an owner's name before a hyphened word"),
    Example(("Ana Vidal came home. Rosa Lima, her mother's sister, was at the door.",
             "Ana Vidal sat down. Her aunt Rosa Lima poured the tea."),
            note="'her mother's sister' is no mother: 'mother's' owns the relative"),
    Example(("Ana Vidal came home. Rosa Lima sat by the stove. She was Ana's mother's sister.",
             "Ana Vidal sat down. Rosa Lima poured the tea."),
            note="'Ana's mother's sister' is an aunt, not also a mother"),
    Example(("The telegram came about Lawrence Fernandes. He was my father's younger brother.",
             "Lawrence Fernandes was my mother's brother, and he was dead."),
            ("Lawrence Fernandes",), note="'He was my father's brother', then the mother's"),
    Example(("Lawrence Fernandes came in. \"He is my father's brother,\" Ana Vidal said.",
             "Lawrence Fernandes was my mother's brother, and he was dead."),
            note="in speech 'my father' is the speaker's, not the narrator's"),
    Example(("Leanne Mahler waved. Her husband Curt Mahler was on the boat.",
             "Leanne Mahler sat. Her ex-husband Curt Mahler had called eleven times."),
            note="a husband becomes an ex-husband"),
    Example(("Walter Lusk was my maw's da. Walter Lusk kept doos on the roof.",
             "Walter Lusk was my da's da, and the two of them had the same big hands."),
            ("Walter Lusk",), note="the father of the narrator's mother, then of the father"),
    Example(("Tia Baby Pereira was my mother's younger sister. I loved her.",
             "My father's first cousin Baby Pereira sat on the trunk."),
            note="a sister of the narrator's mother may be a cousin of the father"),
    Example(("My mother's younger sister Rosa kept the shop. Rosa laughed.",
             "My cousin Rosa came at six."), ("Rosa",),
            note="the sister of the narrator's mother is the narrator's aunt, not a cousin"),
    Example(("My mother's younger sister Rosa kept the shop. Rosa laughed.",
             "My aunt Rosa came at six."), note="the sister of one's mother is one's aunt"),
    Example(("Mieke Visser sat down. Ravi Bos was Mieke's mother's brother. Ravi laughed.",
             "Mieke Visser waited. Her cousin Ravi Bos came in."), ("Ravi Bos",),
            note="'Mieke's mother's brother' is her uncle, not her cousin"),
    Example(("Ana Vidal came home. Rosa Lima, her father's older sister, was at the door.",
             "Ana Vidal sat down. Her cousin Rosa Lima poured the tea."), ("Rosa Lima",),
            note="'her father's older sister' set after the name is her aunt"),
    Example(("Ana Reyes waved at the twins. Their cousin Leo Cruz came in.",
             "Ana Reyes sat. Her brother Leo Cruz sat down beside her."),
            note="'their' is several people's, not the last one named"),
    Example(("Ana Vidal came home. Her father's older sister Rosa Lima was at the door.",
             "Ana Vidal sat down. Her aunt Rosa Lima poured the tea."),
            note="her father's sister is her aunt"),
    Example(("Lottie Bell sat on the porch. Lottie Bell was my father's mother. Lottie laughed.",
             "My brother named his girl after her, so there were two Lotties in the family. "
             "My niece Lottie sang."),
            note="a name the story says two people bear may be either's"),
    Example(("Selvi Raman waited at the stop. Ravi Mama was Valli's younger brother, the one "
             "who had gone to Madurai. Ravi laughed.",
             "Selvi Raman looked up. Valli's cousin Ravi had come on the first bus."), ("Ravi",),
            note="a family word said after the name ('Ravi Mama', her uncle) before 'was'"),
    Example(("Selvi Raman waited at the stop. \"Ravi, Mama was Valli's younger sister.\" Ravi "
             "laughed.", "Selvi Raman looked up. Valli's cousin Ravi had come on the first bus."),
            note="'Ravi, Mama was…' is said to Ravi, of Mama"),
    Example(("My mother's younger brother, Turi, drove our delivery truck. Turi laughed.",
             "Turi came at six with the truck — Ma's cousin Turi, who was never late."),
            ("Turi",), note="'Ma', as the narration calls her, is the narrator's mother"),
    Example(("Uncle Cliff had gone down to Ollerton. He were me Dad's only brother.",
             "It were Cliff. Me Dad's cousin Cliff, from Ollerton, stood by the car."),
            ("Uncle Cliff",), note="dialect 'he were' for 'he was', 'me' for 'my'"),
    Example(("I walked to the pit with me little brother Ted. Ted laughed.",
             "My cousin Ted was waiting at the gate."), ("Ted",),
            note="'me' for 'my' before a kinship word"),
    Example(("My mother's younger brother, Turi, drove our delivery truck. Turi laughed.",
             "Turi came at six with the truck — Pa's cousin Turi, who was never late."),
            note="the brother of the narrator's mother may be a cousin of the father"),
    Example(("My mother's younger brother, Turi, drove our delivery truck. Turi laughed.",
             "Turi came at six. \"Ma's cousin Turi is here,\" said Nunzio."),
            note="in speech 'Ma' is the speaker's mother, who may be another's"),
    Example(("My mother's younger brother, Zi' Turi, drove our delivery truck. Turi laughed.",
             "Turi came at six with the truck — Ma's cousin Turi, who was never late."),
            ("Zi Turi",), note="a title cut short ('Zi'', for Zio) between the kinship word "
                               "and the name"),
    Example(("Mira Cho walked in. Mira Cho's younger sister Ji-soo came in behind her.",
             "Mira Cho took the bus. Eomma slept. Eomma woke. Eomma coughed. Mira Cho sat down. "
             "Mira Cho waited. Eomma laughed. The nurse smiled at Eomma.\n\nHer cousin Ji-soo "
             "was at the bedside."), ("Ji-soo",),
            note="'Eomma', named as often as the heroine, is her mother, not the lead"),
    Example(("Mira Cho walked in. Mira Cho's younger sister Ji-soo came in behind her.",
             "Mira Cho took the bus. Eomma slept. Eomma woke. Mira Cho sat down. Mira Cho "
             "waited. Eomma laughed. Eomma had been caught by the fire.\n\nHer cousin Ji-soo "
             "was at the bedside."),
            note="the last paragraph was about Eomma, named as its subject: hers"),
    Example(("Chia Lee cooked. We sat with Auntie Paj at the table. Paj Lee was Chia's younger "
             "sister, and she sewed paj ntaub for the market. I hugged Auntie Paj.",
             "We went with Auntie Paj to the hall. She was Chia's cousin."), ("Paj Lee",),
            note="a name that is a word too ('paj ntaub'), mostly capitalised, opens a sentence"),
    Example(("\"They'll cut it again,\" Cotton Sizemore said to Nora. Virgil Sizemore was "
             "thirty-four, and Cotton was all the name he had needed since. He was Nora's older "
             "brother.", "They went up the hollow. Nora's cousin Cotton built a lean-to."),
            ("Virgil Sizemore",), note="'Cotton was all the name he had needed': Virgil's"),
    Example(("\"They'll cut it again,\" Cotton Sizemore said to Nora. Virgil Sizemore was "
             "thirty-four, and Cotton was the only name she had for him. He was Nora's older "
             "brother.", "They went up the hollow. Nora's cousin Cotton built a lean-to."),
            note="the name 'she' had for him is no name Virgil goes by"),
    Example(("Mendel Kesselman sat at the bench. Mendel laughed. \"Mieke,\" said Rivka "
             "Kesselman.\n\nMendel's daughter had her father's narrow shoulders.",
             "Rivka Kesselman came back. Mendel had always said his niece Rivka had the better "
             "eye."), ("Rivka Kesselman",),
            note="'Mendel's daughter' just after a woman named in full by his surname is she"),
    Example(("Mendel Kesselman sat at the bench. Mendel laughed. \"Mieke,\" said Rivka.\n\n"
             "Mendel's daughter had her father's narrow shoulders.",
             "Rivka Kesselman came back. Mendel had always said his niece Rivka had the better "
             "eye."), note="named by her given name only, she may be another than his daughter"),
    Example(("Mendel Kesselman sat at the bench. Mendel laughed. \"Mieke,\" said Hannah "
             "Kesselman.\n\nMendel's son had his father's narrow shoulders.",
             "Hannah Kesselman came back. Mendel had always said his niece Hannah had the better "
             "eye."), note="a son is not the woman named before"),
)

_STRANGER = "stranger"
# Relations one becomes in time: "her fiancé David" one year is "her husband David" the next.
_IN_TIME = frozenset(frozenset(pair) for pair in (
    ("fiancé", "husband"), ("fiance", "husband"), ("fiancée", "wife"), ("fiancee", "wife"),
    ("husband", "widower"), ("wife", "widow"), ("husband", "ex-husband"), ("wife", "ex-wife"),
))
_INTRODUCED = re.compile(r"\bintroduced\s+(?:herself|himself|themselves)\s+as\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Relation:
    """One relation a sentence states: the relative is `relation` ("sister") of `anchor`."""

    relation: str
    anchor: str
    sentence: SentenceView
    at: int
    """Where in the document the relative's name ends (what the quotation keeps)."""


_NARRATOR = NARRATOR
# Speech that opens by calling someone by a family word: whoever says it is their child,
# nephew or niece, grandchild.
_VOCATIVE = re.compile(r"^\s*[\"“]\s*(?P<word>Mother|Mum|Mom|Mummy|Mommy|Mama|Mamma|Father|Dad|"
                       r"Daddy|Papa|Aunt|Auntie|Uncle|Grandma|Granny|Grandpa|Grandad|Granddad)"
                       r"\s*[,!?.—]")
_CALLED = {"Mother": "mother", "Mum": "mother", "Mom": "mother", "Mummy": "mother",
           "Mommy": "mother", "Mama": "mother", "Mamma": "mother", "Father": "father",
           "Dad": "father", "Daddy": "father", "Papa": "father", "Aunt": "aunt",
           "Auntie": "aunt", "Uncle": "uncle", "Grandma": "grandmother",
           "Granny": "grandmother", "Grandpa": "grandfather", "Grandad": "grandfather",
           "Granddad": "grandfather"}
# What the speaker is to the one called so, by the speaker's sex.
_CALLER = {"mother": ("son", "daughter"), "father": ("son", "daughter"),
           "aunt": ("nephew", "niece"), "uncle": ("nephew", "niece"),
           "grandmother": ("grandson", "granddaughter"),
           "grandfather": ("grandson", "granddaughter")}
# Titles of the religious life: "Father, forgive me" to Father Brennan calls no parent.
_RELIGIOUS = frozenset({"Father", "Mother", "Sister", "Brother", "Reverend", "Rev", "Padre",
                        "Fray", "Sor", "Abbé", "Père", "Mère"})
_SAID_BY_PRONOUN = re.compile(r"""[,!?…—-]["”]\s+(she|he)\s+(?:said|says|asked|asks|replied|"""
                              r"""whispered|told|tells|went\s+on|added)\b""")
# "said Zoë" names the speaker; "said to Zoë", "asked Zoë" the person spoken to.
_ADDRESSED = re.compile(r"\b(?:(?:said|says|whispered|cried|called|shouted|replied)\s+to|"
                        r"told|tells|asked|asks)\s+", re.IGNORECASE)
# A kinship word, whole with its hyphens ("sister-in-law" is not read as "sister"), and not
# one that owns the relative ("her mother's sister" is an aunt, not a mother).
_KIN_WORD = r"\w+(?:-\w+)*\b(?!['’]s)"
_LOWER_KIN_WORD = r"[a-z]+(?:-[a-z]+)*\b(?!['’]s)"
# A word that may describe the relative between the owner and the kinship word: "her younger
# sister", "Pappous's only daughter".
_DESCRIBED = r"(?:(?:younger|older|elder|little|big|baby|kid|twin|only|eldest|youngest)\s+)?"
# "me" for "my", as Northern English, Irish and Australian speech write it, in the narration
# of a first-person teller too ("me brother Cliff", "me Dad's cousin"): read so only right
# before the kinship word, over a describing word at most ("told me a tale" is no owner).
_DIALECT_MY = "me"
_FIRST_PERSON = frozenset({"my", _DIALECT_MY, "our"})
# Words for a mother or a father ("maw", "da") -> the parent each names.
_PARENT_WORDS = wordlists().parent_words
_PARENT_WORD = "|".join(map(re.escape, sorted(_PARENT_WORDS, key=len, reverse=True)))
# A parent through whom the relative is the owner's, before the kinship word: "her father's
# older sister", "Mieke's mother's brother".
_THROUGH = rf"(?:(?P<parent>(?i:{_PARENT_WORD}))['’]s\s+{_DESCRIBED})?"
# A name set off by commas after its relation ends the apposition here, not a list.
_APPOSITION_END = re.compile(rf"\s*(?:[.;:!?)\"”]|,(?!\s*(?:and\b|or\b|{CAPITAL}))|$)")
# "Rose, my sister", "Rose, her father's sister" — unless the list goes on with another name
# ("Mr. Weston, his son, Emma").
_THEN_KIN = re.compile(rf"\s*,\s*(?P<owner>my|our|her|his|their)\s+{_THROUGH}(?P<kin>{_KIN_WORD})"
                       rf"(?!\s*,\s*(?:{CAPITAL}|and\b|or\b))")
# The owner before a kinship word, over a word that describes the relative ("her little
# brother", "my eldest son", "my late husband").
_OWNER = re.compile(rf"(?:^|\W)(my|{_DIALECT_MY}(?=\s+{_DESCRIBED}$)|our|her|his|their|your)\s+"
                    r"(?:[a-z][a-z-]*\s+)?$", re.IGNORECASE)
# "Corin Strand, the Commander's younger brother": the owner is the one holder of a title.
_THE_TITLE_KIN = re.compile(rf"\s*,\s*the\s+(?P<title>{CAPITAL}[a-z]+)(?:'s|’s)\s+"
                            rf"(?:[a-z][a-z-]*\s+)?(?P<kin>{_KIN_WORD})")
# A family word said after a given name that the name does not take in ("Sundaram Mama",
# "Mama" an uncle in Tamil, a mother elsewhere): what the family calls him, not another one.
_CALLED_AFTER = "|".join(sorted({*wordlists().family_words, *wordlists().postfix_titles},
                                key=len, reverse=True))
_IS_RELATIVE = re.compile(rf"^\s*(?:(?:{_CALLED_AFTER})\s+)?(?:,\s*)?(?:is|was|being)\s+"
                          r"(?:also\s+)?(?:\w+\s+)?"
                          rf"(?P<owner>{CAPITAL}[\w'’-]+?)(?:'s|’s)\s+{_DESCRIBED}{_THROUGH}"
                          rf"(?P<kin>{_KIN_WORD})")
# "Ianto Rees, Dilwyn's uncle on his mother's side, had brought…": a relative set beside
# the name, ending there (not "Anna, Dilwyn's brother is here", said to Anna, nor a list).
_APPOSED_RELATIVE = re.compile(rf"^\s*,\s*(?P<owner>{CAPITAL}[\w'’-]+?)(?:'s|’s)\s+"
                               rf"{_THROUGH}(?:[a-z][a-z-]*\s+)?(?P<kin>{_LOWER_KIN_WORD})"
                               r"(?=\s*[,.;:)]|\s+(?:on|of|from|in|who|whom)\b)"
                               rf"(?!\s*,\s*(?:{CAPITAL}|and\b|or\b))")
# "Connor is my step-brother", told by the narrator of the story.
_IS_MY_RELATIVE = re.compile(rf"^\s*(?:is|was)\s+(?:my|our)\s+{_DESCRIBED}(?P<kin>[\w-]+)\b")
# "He was, besides, the nephew of Lady Pendry".
_PRONOUN_KIN_OF = re.compile(r"^\W*(he|she)\s+(?:is|was)\s*,?\s*(?:besides|also|in\s+fact)?\s*,?"
                             rf"\s*the\s+(?:[a-z]+\s+)?(?P<kin>{_LOWER_KIN_WORD})\s+of\s+(?P<owner>"
                             rf"(?:{CAPITAL}[a-z]*\.?\s+)?{CAPITAL}[\w'’-]+)", re.IGNORECASE)
# ", who as his cousin": the one named is the pronoun's cousin.
_AS_KIN = re.compile(rf"\s*,\s*(?:who\s+)?as\s+(his|her)\s+(?P<kin>{_LOWER_KIN_WORD})",
                     re.IGNORECASE)
# Relations that read the same both ways.
_SYMMETRIC = frozenset({"cousin", "twin"})
# A relation that opens the sentence, said of the name after "was": "Iain's brother was
# Seumas Beag".
_RELATIVE_WAS = re.compile(rf"^\W*(?P<owner>{CAPITAL}[\w'’-]*?)['’]s\s+{_DESCRIBED}"
                           rf"(?P<kin>{_LOWER_KIN_WORD})\s+(?:was|is)\s+$")
# A second relation set after the first: "He was Jethu's son, her cousin, eighteen…".
_AND_THEN_KIN = re.compile(rf"\s*,\s*(her|his)\s+(?:[a-z]+\s+)?(?P<kin>{_LOWER_KIN_WORD})"
                           r"(?=\s*[,.;])")
# "He was his brother-in-law", after a sentence naming the two.
_PRONOUN_IS_HIS = re.compile(rf"^\W*(he|she)\s+(?:is|was)\s+(his|her)\s+{_DESCRIBED}"
                             rf"(?P<kin>{_KIN_WORD})", re.IGNORECASE)
# "Trent is first cousin to that detective from Alice, Brannigan": the relative's name, then
# the relation and whose it is, named right after "to" or after a description set off by a
# comma. Never "like a brother to": the kinship word follows "is" with no article.
_KIN_TO = re.compile(r"^\s*(?:is|was)\s+(?:(?:first|second|third)\s+)?"
                     rf"(?P<kin>{_LOWER_KIN_WORD})\s+to\s+(?:(?:the|that|this)\s+"
                     r"[^,.;:!?\"“”]{1,60}?,\s*)?")
# "She was Lady Fennimore's niece": the owner may carry a title, and is a name ("He was my
# father's brother" is told through a parent: `_THROUGH_A_PARENT`).
_PRONOUN_IS = re.compile(rf"^\W*((?i:he|she))\s+(?:is|was)\s+(?P<owner>(?:{CAPITAL}[a-z]*\.?\s+)?"
                         rf"{CAPITAL}[\w'’-]+?)(?:'s|’s)\s+{_DESCRIBED}(?P<kin>{_KIN_WORD})")


def find(context: CheckContext) -> list[Finding]:
    stated = stated_relations(context)
    findings = []
    told: set[frozenset[int]] = set()
    for name, found in stated.items():
        pair = _drift(context, found)
        if pair is not None and not _borne_by_two(context, name):
            told.add(frozenset(relation.sentence.order for relation in pair))
            findings.append(_finding(context, name, *pair))
    # "Don Tomás's wife, Doña Refugio" makes him her husband: a relation told from the other
    # side ("her brother, Don Tomás") is compared with it.
    genders = context.mentions.genders
    seen_from_other_side: dict[str, list[Relation]] = {}
    for relative, found in stated.items():
        for relation in found:
            inverse = _inverse(relation.relation, genders.get(relation.anchor))
            if inverse is not None and relation.anchor != _NARRATOR:
                seen_from_other_side.setdefault(relation.anchor, []).append(
                    Relation(inverse, relative, relation.sentence, relation.at))
    candidates = []
    for name, inverses in seen_from_other_side.items():
        found = sorted([*stated.get(name, []), *inverses],
                       key=lambda relation: (relation.sentence.order, relation.at))
        pair = _drift(context, found)
        if pair is not None and any(relation in inverses for relation in pair) and (
            not _borne_by_two(context, name)
        ):
            candidates.append((pair[0] in inverses, name, pair))
    # Of the two sides of one change, the one whose relation was told first in its own words
    # (her "wife", later his "sister") names it.
    for _first_inverse, name, pair in sorted(candidates, key=lambda c: c[0]):
        sentences = frozenset(relation.sentence.order for relation in pair)
        if sentences not in told:
            told.add(sentences)
            findings.append(_finding(context, name, *pair))
    return findings


_TWO_MEMO = f"{RULE}.borne_by_two"


def _borne_by_two(context: CheckContext, name: str) -> bool:
    """Whether the story says two people bear one of the character's names ("So there were
    two Lotties in our family", the grandmother's namesake her great-granddaughter): what is
    told of the name may be either's. Read only for a character whose relations clash."""
    two = context.shared.get(_TWO_MEMO)
    if two is None:
        two = context.shared[_TWO_MEMO] = said_to_be_two(context.manuscript)
    if not two:
        return False
    finder = context.manuscript.finder
    cluster = finder.clusters.get(name)
    forms = cluster.forms if cluster is not None else (name,)
    return any(word in two for form in forms if form in finder.forms
               for word in finder.forms[form].words)


# A relation seen from the other side, by the other one's sex: "Refugio is Tomás's wife" —
# "Tomás is Refugio's husband".
_INVERSE = {
    "wife": ("husband", "wife"), "husband": ("husband", "wife"),
    "mother": ("son", "daughter"), "father": ("son", "daughter"),
    "son": ("father", "mother"), "daughter": ("father", "mother"),
    "brother": ("brother", "sister"), "sister": ("brother", "sister"),
    "aunt": ("nephew", "niece"), "uncle": ("nephew", "niece"),
    "nephew": ("uncle", "aunt"), "niece": ("uncle", "aunt"),
    "grandmother": ("grandson", "granddaughter"), "grandfather": ("grandson", "granddaughter"),
    "grandson": ("grandfather", "grandmother"), "granddaughter": ("grandfather", "grandmother"),
    "cousin": ("cousin", "cousin"),
    "brother-in-law": ("brother-in-law", "sister-in-law"),
    "sister-in-law": ("brother-in-law", "sister-in-law"),
    "father-in-law": ("son-in-law", "daughter-in-law"),
    "mother-in-law": ("son-in-law", "daughter-in-law"),
    "son-in-law": ("father-in-law", "mother-in-law"),
    "daughter-in-law": ("father-in-law", "mother-in-law"),
    "ex-husband": ("ex-husband", "ex-wife"), "ex-wife": ("ex-husband", "ex-wife"),
}


def _inverse(relation: str, sex: str | None) -> str | None:
    """The relation the other one has, by their sex ("m", "f"); None when it is unknown."""
    pair = _INVERSE.get(relation)
    if pair is None or sex not in ("m", "f"):
        return None
    return pair[0] if sex == "m" else pair[1]


def stated_relations(context: CheckContext) -> dict[str, list[Relation]]:
    """Each relative's relations as the story states them, in reading order; worked out once
    per run (other checks read them too: `parents`)."""
    found = context.shared.get(RULE)
    if found is None:
        found = context.shared[RULE] = _stated_relations(context)
    return found


def _stated_relations(context: CheckContext) -> dict[str, list[Relation]]:
    index = context.mentions
    kinship = wordlists().kinship
    kin_gender = wordlists().kinship_gender
    relations: dict[str, list[Relation]] = {}
    # Genders the relations told so far imply ("her father, Ramón" makes Ramón a man): they
    # keep "her" from being read as him.
    genders: dict[str, str] = {}
    manuscript = context.manuscript
    for view, _cue in cue_sentences(manuscript, RULE, _has_relation_cue, _cue_words()):
        text = index.text(view)
        for mention, relation, anchor in _named_next(index, view, text, kinship, genders):
            relations.setdefault(mention.cluster.name, []).append(
                Relation(relation, anchor, view, mention.span.end))
        called = _vocative(index, view, text, genders)
        if called is not None:
            speaker, relation, listener, at = called
            relations.setdefault(speaker, []).append(Relation(relation, listener, view, at))
        compound = _THROUGH_A_PARENT.match(text)
        if compound is not None:
            found = _relative_through_parent(index, view, compound, genders)
            if found is not None:
                subject, relation, owner = found
                relations.setdefault(subject, []).append(
                    Relation(relation, owner, view, view.start))
        mutual = _PRONOUN_IS_HIS.match(text)
        if mutual is not None and mutual.group("kin").lower() in kinship:
            pair = _relative_of_the_other(index, view, mutual, genders)
            if pair is not None:
                relations.setdefault(pair[0], []).append(
                    Relation(mutual.group("kin").lower(), pair[1], view,
                             view.start + mutual.end()))
        mentions = index.in_sentence(view)
        if not mentions:
            continue
        for mention in mentions:
            found = _relation_of(index, view, text, mention, kinship, genders)
            if found is None:
                continue
            relation, anchor = found
            if relation in kin_gender:
                genders.setdefault(mention.cluster.name, kin_gender[relation])
            if anchor is None or anchor == mention.cluster.name:
                continue
            relations.setdefault(mention.cluster.name, []).append(
                Relation(relation, anchor, view, mention.span.end)
            )
        unnamed = _UNNAMED_RELATIVE.match(text)
        if unnamed is not None and unnamed.group("kin") in kinship:
            found = _unnamed_relative(index, view, unnamed, genders)
            if found is not None:
                relations.setdefault(found[0], []).append(
                    Relation(unnamed.group("kin"), found[1], view, view.start + unnamed.end("kin")))
        pronoun = _PRONOUN_IS.match(text) or _PRONOUN_KIN_OF.match(text)
        if pronoun and pronoun.group("kin").lower() in kinship:
            owner = _owner_at(index, view, pronoun.start("owner"), pronoun.group("owner"))
            # "Misha walked behind the coffin with Kolya. He was Sasha's cousin": the one
            # the sentence before opened on, else the last one named.
            subject = _opening_subject(index, view, PRONOUN_GENDER[pronoun.group(1).lower()],
                                       owner, genders)
            if subject is None:
                resolved = index.resolve(view, pronoun.group(1))
                subject = resolved.name if resolved is not None else None
            if subject is not None and subject != owner:
                relations.setdefault(subject, []).append(
                    Relation(pronoun.group("kin").lower(), owner, view, view.start)
                )
                also = _AND_THEN_KIN.match(text, pronoun.end())
                if also is not None and also.group("kin").lower() in kinship:
                    # "He was Jethu's son, her cousin,": and hers, whom "her" stands for.
                    own = index.by_cluster.get(subject)
                    other = _of_gender(index, view, PRONOUN_GENDER[also.group(1).lower()],
                                       own[0], genders) if own else None
                    if other is not None and other not in (subject, owner):
                        relations.setdefault(subject, []).append(
                            Relation(also.group("kin").lower(), other, view,
                                     view.start + also.end()))
        for mention in mentions:
            # "Lady Pendry, who as his cousin considered herself entitled": she is his cousin,
            # and a cousin's cousin is the other way round too.
            found = _AS_KIN.match(text, mention.span.end - view.start)
            if found is None or found.group("kin").lower() not in _SYMMETRIC:
                continue
            other = _anchor(index, view, found.group(1), text, mention, genders)
            if other is not None and other not in {mention.cluster.name, _NARRATOR}:
                relations.setdefault(other, []).append(
                    Relation(found.group("kin").lower(), mention.cluster.name, view,
                              view.start + found.end()))
    return relations


# "Mendel's daughter had her father's shoulders": a relative the sentence opens on, named by
# no name but whose relative they are, doing something.
_UNNAMED_RELATIVE = re.compile(rf"^\W*(?P<owner>{CAPITAL}[\w'’-]+?)(?:'s|’s)\s+{_DESCRIBED}"
                               rf"(?P<kin>{_LOWER_KIN_WORD})\s+[a-z]")


def _unnamed_relative(index: MentionIndex, view: SentenceView, match: re.Match[str],
                      genders: dict[str, str]) -> tuple[str, str] | None:
    """(relative, whose) for '"Mieke," said Rivka Kesselman. / Mendel's daughter had her
    father's narrow shoulders': the one character of the relative's sex that the sentence
    before names in full, by the owner's surname."""
    owner = mention_at(index, view, view.start + match.start("owner"))
    if owner is None:
        return None
    finder = index.manuscript.finder
    surnames = {surname_of(finder.forms[form].words) for form in owner.cluster.full_names}
    sex = wordlists().kinship_gender.get(match.group("kin"))
    # Named there in full, by the surname: "Nora went upstairs. / Peggy's daughter found the
    # photograph" may be of someone new.
    kin = {mention.cluster.name for mention in index.by_sentence[view.order - 1]
           if mention.cluster is not owner.cluster and len(mention.run.words) > 1
           and surname_of(mention.run.words) in surnames
           and _sex(index, mention.cluster.name, genders) in (sex, None)}
    return (kin.pop(), owner.cluster.name) if len(kin) == 1 else None


def _relative_of_the_other(index: MentionIndex, view: SentenceView, match: re.Match[str],
                           genders: dict[str, str]) -> tuple[str, str] | None:
    """(relative, whose) for "Kessel was no blood relation to Brannigan. He was his
    brother-in-law": "he" is the one the sentence before opened on (`opening_mention`), "his"
    the one other character of that sex it names — when there is just one."""
    subject = _opening_subject(index, view, PRONOUN_GENDER[match.group(1).lower()], "",
                               genders)
    if subject is None:
        return None
    gender = PRONOUN_GENDER[match.group(2).lower()]
    others = {m.cluster.name for m in index.by_sentence[view.order - 1]
              if m.cluster.name != subject and _sex(index, m.cluster.name, genders) in (
                  gender, None)}
    return (subject, others.pop()) if len(others) == 1 else None


def _sex(index: MentionIndex, name: str, genders: dict[str, str]) -> str | None:
    """A character's sex as the relations told so far imply it, else as the index reads it
    from titles, given names and the narration's pronouns."""
    return genders.get(name) or index.genders.get(name)


@cache
def _cue_words() -> CueWords:
    """Every relation cue holds a kinship word, a family word one is called by, a word for a
    parent, or "introduced" (see `_relation_cue`). A compound kinship word ("sister-in-law",
    "ex-wife") holds a plain one, which is cue enough: its other parts ("in", "ex") are not."""
    kinship = wordlists().kinship
    words = set()
    for kin in kinship:
        parts = [part for part in re.split(r"[\s'’-]+", kin) if part]
        words.update([part for part in parts if part in kinship] or parts)
    return CueWords([*words, *_PARENT_WORDS, "introduced",
                     *(word.lower() for word in _CALLED)])


@cache
def _relation_cue() -> re.Pattern[str]:
    """Where a sentence can state a relation: a kinship word next to a name ("her sister
    Rose", "Rose, my sister", "Arjun's uncle"), a relative of the narrator's parent ("was my
    maw's da"), or "introduced herself as"."""
    kin = "|".join(sorted(wordlists().kinship, key=len, reverse=True))
    return re.compile(
        rf"\bintroduced\s+(?:herself|himself|themselves)\s+as\b|\b(?i:{kin})\b\W*{CAPITAL}|"
        rf",\s*(?i:my|our|her|his|their)\s+(?i:{kin})\b|['’]s\s+(?:[a-z]+\s+)?(?i:{kin})\b|"
        rf"\b(?i:{kin})\s+of\s+{CAPITAL}|\bas\s+(?i:his|her)\s+(?i:{kin})\b|"
        rf"\b(?:is|was)\s+(?:my|our)\s+(?:[a-z]+\s+)?(?:step-|half-)?(?i:{kin})\b|"
        rf"\b(?:is|was)\s+(?:my|our)\s+(?i:{_PARENT_WORD})['’]s\s|"
        rf"^\W*(?i:he|she)\s+(?:is|was)\s+(?i:his|her)\s+(?:[a-z]+\s+)?(?i:{kin})\b|"
        rf"\b(?:is|was)\s+(?:(?:first|second|third)\s+)?(?i:{kin})\s+to\s"
    )


# "She was her mother's sister": a relation told through a parent, and the one it makes — in
# dialect too, where "he were" is "he was" and "me" is "my" ("He were me Dad's only brother").
_THROUGH_A_PARENT = re.compile(
    rf"^\W*(he|she)\s+(?:is|was|were)\s+(?P<owner>(?i:her|his|my|{_DIALECT_MY}|our)|"
    rf"{CAPITAL}[\w'’-]+['’]s)\s+(?P<parent>{_PARENT_WORD})['’]s\s+{_DESCRIBED}"
    r"(?P<kin>sister|brother|mother|father)\b", re.IGNORECASE)
_THROUGH_PARENT = {"sister": "aunt", "brother": "uncle", "mother": "grandmother",
                   "father": "grandfather"}
# After "my mother" or "my father": "'s younger sister", "'s da".
_PARENTS_RELATIVE = re.compile(rf"['’]s\s+{_DESCRIBED}"
                               rf"(?P<kin>sister|brother|{_PARENT_WORD})\b")
# "My mother's first " or "her father's older " before a kinship word: the owner's parent
# owns the relative.
_PARENTS_OWNER = re.compile(rf"(?:^|\W)(?i:(?P<owner>my|our|her|his|your))\s+"
                            rf"(?P<parent>(?i:{_PARENT_WORD}))['’]s\s+(?:[a-z][a-z-]*\s+)?$")
# A relative anchored on someone's parent: "the narrator's mother".
_PARENTS_ANCHOR = re.compile(r"(?P<owner>.+)'s (?P<parent>mother|father)")
# Relations no one has to both of a person's parents (who are not each other's kin): the
# father, mother, brother or sister of one's mother is not that of one's father.
_ONE_SIDE = frozenset({"mother", "father", "sister", "brother"})


def _parents_anchor(owner: str, word: str) -> str:
    """The anchor of a relative of `owner`'s parent, `word` a word for them ("maw")."""
    return f"{owner}'s {_PARENT_WORDS[word.lower()]}"


def _through_parent(owner: str | None, word: str | None) -> str | None:
    """Whose relative one is when told through `owner`'s parent, `word` a word for them
    ("her father's older sister"): that parent; `owner` when no parent is told."""
    return owner if owner is None or word is None else _parents_anchor(owner, word)


def _relative_through_parent(index: MentionIndex, view: SentenceView, match: re.Match[str],
                             genders: dict[str, str]) -> tuple[str, str, str] | None:
    """(relative, relation, whose) for "She was her mother's sister" — an aunt: the one the
    sentence before opened on, and the one "her" means, who is someone else. "He was my
    father's brother" is read as "Tia Baby was my mother's sister" is: the brother of the
    narrator's father."""
    gender = PRONOUN_GENDER[match.group(1).lower()]
    subject = _opening_subject(index, view, gender, "", genders)
    if subject is None:
        resolved = index.resolve(view, match.group(1))
        subject = resolved.name if resolved is not None else None
    if subject is None:
        return None
    word = match.group("owner")
    if word.lower() in _FIRST_PERSON:
        if in_quotes(view, view.start + match.start("owner")):
            return None  # the speaker's, whom this does not seek
        return subject, match.group("kin").lower(), _parents_anchor(narrator(index, view),
                                                                    match.group("parent"))
    if word.lower() in ("her", "his"):
        owner = referent(index, view, PRONOUN_GENDER[word.lower()], exclude=subject)
    else:
        owner = _owner_at(index, view, match.start("owner"), word[:-2])
    if owner is None or owner == subject:
        return None
    return subject, _THROUGH_PARENT[match.group("kin").lower()], owner


def _has_relation_cue(text: str) -> bool:
    # A kinship word may end the sentence, the name following in one of its own (see
    # `_named_next`), or a child may open speech by calling a parent (see `_vocative`):
    # both are looked for where they can be, at the ends, not along the whole sentence.
    return (_relation_cue().search(text) is not None or _VOCATIVE.match(text) is not None
            or _KIN_AT_END.search(text, max(0, len(text) - _END_REACH)) is not None)


def _relation_of(
    index: MentionIndex, view: SentenceView, text: str, mention: Mention,
    kinship: frozenset[str], genders: dict[str, str],
) -> tuple[str, str | None] | None:
    """(relation, whose relation) stated for this mention, if the sentence states one."""
    start = mention.span.start - view.start
    before = text[:start]
    if _INTRODUCED.search(before):
        others = _others(index, view, text, mention)
        return _STRANGER, others[0] if others else _last_named(index, view, mention)
    told = _RELATIVE_WAS.search(before)
    if told is not None and told.group("kin").lower() in kinship:
        # "Iain's brother was Seumas Beag": the relation said before the name.
        owner = _owner_at(index, view, told.start("owner"), told.group("owner"))
        if owner != mention.cluster.name:
            return told.group("kin").lower(), owner
    run = mention.run
    after = text[mention.span.end - view.start :]
    if run.prev in kinship and _apposed(before, after, run.prev):
        parent = _PARENTS_OWNER.search(before[: before.lower().rfind(run.prev)])
        if parent is not None:
            # "My mother's first cousin Baby": the cousin of the narrator's mother; "her
            # father's sister Rose", of her father.
            owner = _anchor(index, view, parent.group("owner"), text, mention, genders)
            return run.prev, _through_parent(owner, parent.group("parent"))
        owner = _OWNER.search(before[: before.lower().rfind(run.prev)])
        if owner:
            return run.prev, _anchor(index, view, owner.group(1), text, mention, genders)
        # "Chana's sister Rivke", "Chana's younger sister Rivke"
        possessor = re.search(rf"({CAPITAL}[\w'’-]+)(?:'s|’s)\s+(?:[a-z][a-z-]*\s+)?{_KIN_WORD}"
                              r"\s*,?\s*$", before)
        if possessor:
            return run.prev, _owner_at(index, view, possessor.start(1), possessor.group(1))
    match = _THEN_KIN.match(after)
    if match and match.group("kin").lower() in kinship:
        owner = _anchor(index, view, match.group("owner"), text, mention, genders)
        return match.group("kin").lower(), _through_parent(owner, match.group("parent"))
    match = _THE_TITLE_KIN.match(after)
    if match and match.group("kin").lower() in kinship and (
        match.group("title") in wordlists().honorifics
    ):
        holder = index.manuscript.finder.title_holder(match.group("title"))
        if holder is not None:
            return match.group("kin").lower(), holder
    match = _IS_MY_RELATIVE.match(after)
    if match and not in_quotes(view, mention.span.start):
        kin = match.group("kin").lower()
        kin = kin.replace("-", "") if kin.startswith(("step-", "half-")) else kin
        through = _PARENTS_RELATIVE.match(after, match.end())
        if through is not None and kin in _PARENT_WORDS:
            # "Tia Baby was my mother's younger sister": the sister of the narrator's mother;
            # "Granda was my maw's da": her father.
            relative = through.group("kin").lower()
            return _PARENT_WORDS.get(relative, relative), _parents_anchor(
                narrator(index, view), kin)
        if kin in kinship and not after.startswith(("'s", "’s"), match.end()):
            return kin, narrator(index, view)  # "Connor is my step-brother": the narrator's
    match = _KIN_TO.match(after)
    if match and match.group("kin") in kinship:
        relative = mention_at(index, view, mention.span.end + match.end())
        if relative is not None and relative.cluster is not mention.cluster:
            return match.group("kin"), relative.cluster.name
    match = _IS_RELATIVE.match(after) or _APPOSED_RELATIVE.match(after)
    if match and match.group("kin").lower() in kinship:
        # "Ianto, Dilwyn's uncle", "Ravi was Mieke's mother's brother"
        at = mention.span.end - view.start + match.start("owner")
        return match.group("kin").lower(), _through_parent(
            _owner_at(index, view, at, match.group("owner")), match.group("parent"))
    return None


# A kinship word ending what was said, the name to follow: '"It's my kid brother," she said.'
_KIN_AT_END = re.compile(r"\b(my|our|her|his|their|your)\s+(?:[a-z][a-z-]*\s+)?"
                         rf"(?P<kin>{_LOWER_KIN_WORD})"
                         rf"\s*[,.!?…—-]*[\"”]?(?:\s+(?:she|he|I|{CAPITAL}[\w'’-]+)\s+[a-z]+\.?)?\s*$")
# How far from a sentence's end its last kinship word is looked for.
_END_REACH = 80
_NAME_ALONE = re.compile(r"^[\s\"“”'‘’(]*$|^[\s.,!?…—\"“”'‘’)-]*$")


def _named_next(
    index: MentionIndex, view: SentenceView, text: str, kinship: frozenset[str],
    genders: dict[str, str],
) -> list[tuple[Mention, str, str]]:
    """'"It's my kid brother," she said. "Danny."': a sentence that ends on a kinship word,
    then one of the same paragraph that is only a name, names that relative. Gives the
    mention, the relation and whose relative it is."""
    found = _KIN_AT_END.search(text, max(0, len(text) - _END_REACH))
    paragraph = view.paragraph
    if found is None or found.group("kin").lower() not in kinship or paragraph is None or (
        view.number + 1 >= len(paragraph.sentences)
    ):
        return []
    named = index.by_sentence[view.order + 1]
    if len(named) != 1:
        return []
    mention = named[0]
    following = paragraph.sentences[view.number + 1]
    said = paragraph.text[following.start : following.end]
    start = mention.span.start - view.base - following.start
    end = mention.span.end - view.base - following.start
    if not (_NAME_ALONE.match(said[:start]) and _NAME_ALONE.match(said[end:])):
        return []
    anchor = _anchor(index, view, found.group(1), text, mention, genders)
    if anchor is None or anchor == mention.cluster.name:
        return []
    return [(mention, found.group("kin").lower(), anchor)]


def _vocative(index: MentionIndex, view: SentenceView, text: str, genders: dict[str, str]
              ) -> tuple[str, str, str, int] | None:
    """'"Mother, let me ride." Prince Tobren stepped forward': the speaker named outside the
    quotation marks of the paragraph is the child of the one spoken to (`addressee`), when
    the speech opens the paragraph and the speaker's sex is known. Gives (speaker, relation,
    listener, where the family word ends)."""
    found = _VOCATIVE.match(text)
    if found is None or view.number != 0:
        return None
    here = neighbour(index.manuscript, view, 0)
    if here is None:
        return None
    speakers = narrated(index, *here)
    if not speakers:
        return None
    speaker = speakers[0].cluster.name
    listener = addressee(index, view)
    if listener is None or listener == speaker:
        return None
    finder = index.manuscript.finder
    listener_cluster = finder.clusters.get(listener)
    if listener_cluster is None or any(
        set(finder.forms[form].titles) & _RELIGIOUS for form in listener_cluster.forms
    ):
        return None
    sex = _sex(index, speaker, genders)
    if sex not in ("m", "f"):
        return None
    son, daughter = _CALLER[_CALLED[found.group("word")]]
    return speaker, son if sex == "m" else daughter, listener, view.start + found.end("word")


def _owner_at(index: MentionIndex, view: SentenceView, at: int, word: str) -> str:
    """The character whose name covers offset `at` of the sentence ("Lady Fennimore" of
    "Fennimore's granddaughter"), else the one the word names. A word for a parent that the
    narration calls someone by, as a name of its own ("Ma's cousin Turi"), is the narrator's
    parent, as "my mother" is: the narrator's family calls her so."""
    found = mention_at(index, view, view.start + at)
    if (found is None or found.cluster.name == word) and word[:1].isupper() and (
        word.lower() in _PARENT_WORDS and not in_quotes(view, view.start + at)
    ):
        return _parents_anchor(narrator(index, view), word)
    return found.cluster.name if found is not None else _owner_name(index.manuscript, word)


def _apposed(before: str, after: str, kin: str) -> bool:
    """Whether the name right after a kinship word is that relative: "my sister Rose", "her
    mother, Colette, had…" — but not a new clause ("her father, Mr. Knightley felt"), a
    list ("his son, Emma, and Harriet") or across other punctuation ("her father; John")."""
    gap = before[before.lower().rfind(kin) + len(kin) :]
    if not gap.strip():
        return True
    return gap.strip() == "," and _APPOSITION_END.match(after) is not None


def _others(index: MentionIndex, view: SentenceView, text: str, mention: Mention) -> list[str]:
    """The other characters the sentence names, the person spoken to ("she said to Zoë")
    first."""
    addressed = _spoken_to(index, view, text)
    others = [m.cluster.name for m in index.in_sentence(view) if m.cluster is not mention.cluster]
    others.sort(key=lambda name: name not in addressed)
    return others


def _spoken_to(index: MentionIndex, view: SentenceView, text: str) -> list[str]:
    """The characters the sentence says are spoken to: "she said to Zoë", "asked Zoë"."""
    ends = {match.end() for match in _ADDRESSED.finditer(text)}
    return [m.cluster.name for m in index.in_sentence(view) if m.span.start - view.start in ends]


def _anchor(index: MentionIndex, view: SentenceView, owner: str, text: str,
            mention: Mention, genders: dict[str, str]) -> str | None:
    """Whose relative the mention is, by the owner word before the kinship word ("her",
    "my", "your"): where a surname two people share stands for them, the one the scene
    names in full."""
    found = _owner_of(index, view, owner, text, mention, genders)
    return None if found is None else in_scene(index, view, found)


def _owner_of(index: MentionIndex, view: SentenceView, owner: str, text: str,
              mention: Mention, genders: dict[str, str]) -> str | None:
    owner = owner.lower()
    if owner == "their":
        # "Their cousin Ji-soo": the cousin of several people, who may be no one character's
        # alone ("the twins"), so whose is unsure.
        return None
    if owner in _FIRST_PERSON:
        # In speech "my" is the speaker's: the one named outside the quotation marks.
        if not in_quotes(view, mention.span.start):
            return narrator(index, view)
        speakers = [m.cluster.name for m in index.in_sentence(view)
                    if m.cluster is not mention.cluster and not in_quotes(view, m.span.start)]
        if speakers:
            return speakers[0]
        # '"It's my kid brother," she said': the woman the last lines named, or else the
        # story's most-named woman.
        attributed = _SAID_BY_PRONOUN.search(text)
        pronoun = attributed.group(1).lower() if attributed is not None else _one_speaker(view)
        if pronoun is None:
            return None
        speaker = index.resolve(view, pronoun)
        if speaker is not None and speaker is not mention.cluster:
            return speaker.name
        return _of_gender(index, view, PRONOUN_GENDER[pronoun], mention, genders)
    if owner == "your":
        # Said to someone: the person spoken to is named in the attribution ("she said to Zoë");
        # anyone else named there, the speaker first of all, is not whose "your" it is.
        spoken_to = [name for name in _spoken_to(index, view, text)
                     if name != mention.cluster.name]
        return spoken_to[0] if spoken_to else None
    # "Her brother Tom was on Gunner": "her" looks back, to someone named before the relative
    # (or spoken to), not to whoever the sentence names after him.
    addressed = _spoken_to(index, view, text)
    gender = PRONOUN_GENDER.get(owner)
    # Not one of the other sex ("…made Mykolka shy…, and he and Oksana drove off with her
    # cousin Taras": Oksana's).
    others = [m.cluster.name for m in index.in_sentence(view)
              if m.cluster is not mention.cluster
              and (m.span.end <= mention.span.start or m.cluster.name in addressed)
              and (gender is None or _sex(index, m.cluster.name, genders) in (gender, None))]
    others.sort(key=lambda name: (name not in addressed, gender is not None and _sex(
        index, name, genders) != gender))
    if others:
        return others[0]
    opens_on_owner = text[: len(owner) + 1].lower() == owner + " "
    if gender is not None and view.number == 0 and opens_on_owner:
        # "Her cousin Kenji came on the last train" opening a paragraph of close third person:
        # the heroine's, not the child the last paragraph named.
        lead = _lead(index, view, gender, genders)
        if lead is not None and lead != mention.cluster.name:
            # Unless the last lines were about someone else of her sex, named as the one who
            # does something ("Órla had been caught by the fire."), not as its object.
            last = _last_of_gender(index, view, gender, genders)
            if last is None or last.cluster.name == lead or not last.run.initial:
                return lead
    if gender is not None and opens_on_owner:
        # "Tennant never finds Baird jokes funny. His older brother Euan…": a sentence that
        # opens on "his" goes on about the last one's subject.
        subject = _last_subject(index, view, gender, mention, genders)
        if subject is not None:
            return subject
    cluster = index.resolve(view, owner, owners=False)
    if cluster is not None and cluster is not mention.cluster and (
        gender is None or (_sex(index, cluster.name, genders) or gender) == gender
    ):
        return cluster.name
    if gender is not None:
        found = _of_gender(index, view, gender, mention, genders)
        if found is not None:
            return found
    return _last_named(index, view, mention)


# Words before a name that make it the object of what is said or done, never one who speaks:
# "she said to Ida", "she said in English, for Ferrand's sake".
_OBJECT_OF = frozenset({"to", "for", "at", "with", "from", "about", "of", "beside", "toward",
                        "towards", "behind"})


def _one_speaker(view: SentenceView) -> str | None:
    """The pronoun ("she", "he") of the one speaker a paragraph's speech is put to, when it
    names no one outside its quotation marks but as the object of a preposition ("for
    Ferrand's sake"): '"It's my brother," she said. "My kid brother, Eddie."' — the second
    sentence is hers too."""
    paragraph = view.paragraph
    if paragraph is None or any(
        not quote_open(paragraph.text[: run.start]) and run.prev not in _OBJECT_OF
        for run in paragraph.runs
    ):
        return None
    said = {match.group(1).lower() for match in _SAID_BY_PRONOUN.finditer(paragraph.text)}
    return said.pop() if len(said) == 1 else None


def _of_gender(index: MentionIndex, view: SentenceView, gender: str, mention: Mention,
               genders: dict[str, str]) -> str | None:
    """Whose "her"/"his" it is when the last character named will not do: the last one
    named of that gender within reach, else the story's most-mentioned character of that
    gender — in close third person, a "her" with no woman in sight is the heroine's."""
    for earlier in index.before(view, REACH):
        for other in reversed(earlier):
            if other.cluster is not mention.cluster and (
                _sex(index, other.cluster.name, genders) == gender
            ):
                return other.cluster.name
    candidates = [c for c in index.manuscript.clusters(EntityKind.CHARACTER)
                  if c is not mention.cluster and _sex(index, c.name, genders) == gender]
    return max(candidates, key=lambda c: len(c.mentions)).name if candidates else None


# How far back (in sentences) the lead must be named for a paragraph's opening "her" to be
# theirs, and how many times as often as anyone else of their sex they are named.
_LEAD_REACH = 20
_LEAD_SHARE = 2


def _last_subject(index: MentionIndex, view: SentenceView, gender: str, mention: Mention,
                  genders: dict[str, str]) -> str | None:
    """The character who opens the sentence before `view` (same paragraph) as its subject,
    when of `gender` or of a sex nothing tells."""
    return _opening_subject(index, view, gender, mention.cluster.name, genders)


def _opening_subject(index: MentionIndex, view: SentenceView, gender: str, other: str,
                     genders: dict[str, str]) -> str | None:
    """The character who opens the sentence before `view` (same paragraph) as its subject
    (`opening_mention`), when of `gender` or of a sex nothing tells, and not `other`."""
    first = opening_mention(index, view)
    if first is None or first.cluster.name == other:
        return None
    return first.cluster.name if _sex(index, first.cluster.name, genders) in (gender, None) else (
        None)


def _last_of_gender(index: MentionIndex, view: SentenceView, gender: str,
                    genders: dict[str, str]) -> Mention | None:
    """The last mention before `view` (same chapter, within reach) of a character whose
    name, relations or narration make them `gender`, or leave their sex unknown."""
    for earlier in index.before(view, REACH):
        for mention in reversed(earlier):
            name = mention.cluster.name
            if _sex(index, name, genders) in (gender, None):
                return mention
    return None


def _lead(index: MentionIndex, view: SentenceView, gender: str,
          genders: dict[str, str]) -> str | None:
    """The story's lead of `gender` — named at least `_LEAD_SHARE` times as often as anyone
    else of that sex — when named in the last `_LEAD_REACH` sentences of the chapter, or the
    last one of that sex it named (`_last_known_of_sex`). One the book calls by a family word
    ("Eomma", "Halmeoni") is the lead's relative, never the lead, however often named."""
    manuscript = index.manuscript
    ranked = sorted((c for c in manuscript.clusters(EntityKind.CHARACTER)
                     if _sex(index, c.name, genders) == gender
                     and not _called_by_family_word(manuscript, c.forms)),
                    key=lambda c: len(c.mentions), reverse=True)
    if not ranked or (len(ranked) > 1
                      and len(ranked[0].mentions) < _LEAD_SHARE * len(ranked[1].mentions)):
        return None
    lead = ranked[0].name
    named = any(m.cluster.name == lead for earlier in index.before(view, _LEAD_REACH)
                for m in earlier)
    return lead if named or _last_known_of_sex(index, view, gender, genders) == lead else None


def _last_known_of_sex(index: MentionIndex, view: SentenceView, gender: str,
                       genders: dict[str, str]) -> str | None:
    """The last character before `view` in its chapter whom name, relations or narration make
    `gender`: a lead named longer ago than `_LEAD_REACH` is still the one "her" goes on about
    when no one else of her sex has been named since (the men of a scene, or someone whose sex
    nothing tells, do not take her place)."""
    for earlier in index.before(view, view.order + 1):
        for mention in reversed(earlier):
            if _sex(index, mention.cluster.name, genders) == gender:
                return mention.cluster.name
    return None


def _called_by_family_word(manuscript: Manuscript, forms: Iterable[str]) -> bool:
    """Whether one of a character's names (`forms`) is a family word alone ("Eomma")."""
    known = manuscript.finder.forms
    family_words = wordlists().family_words
    return any(form in known and len(known[form].words) == 1
               and known[form].words[0] in family_words for form in forms)


def _last_named(index: MentionIndex, view: SentenceView, mention: Mention) -> str | None:
    cluster = index.resolve(view, "")
    return cluster.name if cluster is not None and cluster is not mention.cluster else None


def _owner_name(manuscript: Manuscript, word: str) -> str:
    cluster = manuscript.cluster_for_word(word)
    return cluster.name if cluster is not None else word


def _drift(context: CheckContext, found: list[Relation]) -> tuple[Relation, Relation] | None:
    """The first two relations, in reading order, that one character cannot both have."""
    for i, first in enumerate(found):
        for second in found[i + 1 :]:
            if first.relation == second.relation and first.relation in _ONE_SIDE and (
                _of_both_parents(first.anchor, second.anchor)
            ):
                return first, second  # "my maw's da", then "my da's da"
            relations = _of_one_anchor(context, first, second)
            if relations is None or relations[0] == relations[1]:
                continue
            if frozenset(relations) in _IN_TIME or (
                _plain_kin(relations[0]) == _plain_kin(relations[1])
            ):
                continue  # "her fiancé Leo", later "her husband Leo"; "stepbrother", "brother"
            return first, second
    return None


def _of_one_anchor(context: CheckContext, first: Relation, second: Relation
                   ) -> tuple[str, str] | None:
    """The two relations as said of one anchor, or None when their anchors are two people. A
    relative of one's parent is told as one's own where the family has a word for it: the
    sister of the narrator's mother ("my mother's sister Rosa") is the narrator's aunt ("my
    aunt Rosa"), her mother the narrator's grandmother."""
    if _same_anchor(context, first.anchor, second.anchor):
        return first.relation, second.relation
    ones, others = first.relation, second.relation
    parent = _PARENTS_ANCHOR.fullmatch(first.anchor)
    if parent is not None and _same_anchor(context, parent.group("owner"), second.anchor):
        ones = _THROUGH_PARENT.get(ones, "")
    else:
        parent = _PARENTS_ANCHOR.fullmatch(second.anchor)
        if parent is None or not _same_anchor(context, first.anchor, parent.group("owner")):
            return None
        others = _THROUGH_PARENT.get(others, "")
    return (ones, others) if ones and others else None


def _plain_kin(relation: str) -> str:
    """A step- or half-relation as the plain word, which a family calls it by ("My brother
    Misha," of her stepbrother)."""
    for prefix in ("step-", "half-", "step", "half"):
        if relation.startswith(prefix) and len(relation) > len(prefix) + 2:
            return relation[len(prefix) :]
    return relation


def _of_both_parents(first: str, second: str) -> bool:
    """Whether two anchors are one person's mother and that person's father."""
    one, other = _PARENTS_ANCHOR.fullmatch(first), _PARENTS_ANCHOR.fullmatch(second)
    return one is not None and other is not None and one.group("owner") == other.group(
        "owner") and one.group("parent") != other.group("parent")


def _same_anchor(context: CheckContext, first: str, second: str) -> bool:
    """Whether two anchors are one person: names by their first word ("Mr." names by the
    last), a parent of someone ("the narrator's mother") only by the whole."""
    if _PARENTS_ANCHOR.fullmatch(first) or _PARENTS_ANCHOR.fullmatch(second):
        return first == second
    if not context.same_name(_first_word(first), _first_word(second)):
        return False
    # Two full names that open on one word that is no given name and end differently are two
    # of a family written family name first ("Matsuda Hiroshi", "Matsuda Kenji") — while
    # "Sofie Laurent" and "Sophie Dumas" may be one woman with two surnames.
    one, other = first.split(), second.split()
    return not (len(one) > 1 and len(other) > 1 and one[0] == other[0]
                and one[0] not in wordlists().first_names
                and not context.same_name(one[-1], other[-1]))


def _first_word(name: str) -> str:
    if name == _NARRATOR:
        return name
    return name.replace(".", "").split()[-1] if name.startswith(("Mr", "Mrs", "Miss")) else (
        name.split()[0]
    )


def _describe(relation: Relation) -> str:
    if relation.anchor == _NARRATOR:
        return f"the narrator's {relation.relation}"
    if relation.relation == _STRANGER:
        return f"a stranger introduced to {relation.anchor}"
    return f"{relation.anchor}'s {relation.relation}"


def _finding(context: CheckContext, name: str, first: Relation, second: Relation) -> Finding:
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name,
                    (sentence(first.sentence), _describe(first)),
                    (sentence(second.sentence), _describe(second)),
                    subject=f"{name} is", focus=(first.at, second.at))
