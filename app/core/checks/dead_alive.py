"""dead then alive: a character reported dead who later acts or speaks.

A death is read from the sentence that reports it: "Colette had passed away", "her late mother,
Colette", "the death of Colette", "Colette's funeral". The dead character is the one named
nearest before the verb (not a possessor: in "Sofie's mother died" the mother died), or, for
"and he died in May" or "They buried him on the hill" in a sentence naming no one before the
pronoun, the character named just before (unless "her father" or "a man" comes between, whom the
pronoun may mean, or "him" — "By the time Ti-Jean had dug him out, he was dead" is the death
of whom "him" stands for). In speech the pronoun is the one the talk named last ('"Nena's," Vó said.
"She died in June."'), not the speaker the narration names nor someone spoken to. A burial by
others is a death when the sentence says where or when ("on the hill", "eleven days later"),
not "buried him in paperwork". Negated or hypothetical deaths ("nearly died", "if he died") do
not count. A thing named after a relative who died carries the relative's name ("the boat:
AMMINI, after his grandmother, who died"), even when the name is said nowhere else as a
character's. Later, a mention where the character does something ("Colette took", "said
Colette", "Colette is standing", "under the lilac sat pani Lidiia") or is somewhere now ("Ammini
was in the kitchen") outside a memory ("remembered", "ghost", "used to"; not a thing another
remembers after the deed, "the big laugh Luíza remembered") and outside another time ("because
Pop read every word", "She had been a widow when Pyotr married her" — but "A little after that
Hallur walked in" is now) is the contradiction, as is being found somewhere ("I found Nhia near
the ball-toss lines") when the next sentence's "he" or "she" does something ("He saw me and
smiled") — unless the book says afterwards that the character is alive ("OTTO ALIVE. CLERK'S
ERROR."), or the death was only word in someone's speech and the character goes on through the
story, doing things again and again. When the text says two people bear the name ("there were
now two Pyotrs"), the name said alone may be the living one. A given name after a farm's the
story names, as Nordic villages call people ("Knuts-Greta"), is the one of that given name, when
no one else has it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache

from app.core.checks.base import CheckContext, Example
from app.core.checks.cues import CueWords, cue_sentences, in_quotes, quote_open, sentence_at
from app.core.checks.evidence import contrast
from app.core.checks.mentions import PRONOUN_GENDER, Mention, MentionIndex, said_in_speech
from app.core.checks.referents import said_to_be_two, shared_name
from app.core.checks.roles import ROLES, role_holder
from app.core.entities import PERSON_VERBS, SAID_VERBS
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Finding, WarningKind
from app.core.names import GENERATIONS, NameRun
from app.core.text import CAPITAL, FAMILY_TITLES, MONTHS
from app.core.variants import vocative
from app.core.wordlists import wordlists

RULE = "dead-alive"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("Pop Doyle died six years ago.",
             "I am still Maren Doyle on my byline, because Pop Doyle read every word I wrote."),
            note="a reason clause tells of the past"),
    Example(("Hallur Ketilsson died in the night.",
             "A little after that Hallur walked in from the yard, leaning on his stick."),
            ("Hallur Ketilsson",), note="'after that' is no clause of time: he walks in now"),
    Example(("Pyotr Andreyevich Zhuravlev had died in March.",
             "Lidiya had been a widow, with a son of ten, when Pyotr Andreyevich married her."),
            note="what was so before the story's time, when he married her"),
    Example(("Pyotr Andreyevich Zhuravlev had died in March.",
             "Lidiya had just sat down when Pyotr Andreyevich came in."),
            ("Pyotr Andreyevich Zhuravlev",), note="'had just … when he came in': now"),
    Example(("Pyotr Andreyevich Zhuravlev had died in March. His grandson was christened "
             "Pyotr, and everyone called him Petya; so there were now two Pyotrs in the house.",
             "\"Look,\" said Pyotr."), note="two Pyotrs: the one alone may be the boy"),
    Example(("Onésime Paquette was in front of the load. By the time Ti-Jean and the others "
             "had dug him out from under the logs, he was dead.",
             "Ti-Jean laughed. Onésime Paquette came in and sat down by the stove."),
            ("Onésime Paquette",), note="'he' after 'dug him out' is whom they dug out"),
    Example(("Gash Mulugeta died in January, in his sleep.",
             "Gash Mulugeta, in his usual chair beside the glass, takes the cup."),
            ("Gash Mulugeta",), note="a deed told in the present, after a description"),
    Example(("\"Otto is dead, Gretl.\"", "TELEGRAM. OTTO ALIVE. CLERK'S ERROR.",
             "It was a mistake. There were, Otto says, four men called Weiss in that prison."),
            note="the book says he is alive: the death was a mistake"),
    Example(("\"That is his number, Kasia. Stasiu Nowicki is dead,\" Pan Pawlak said.",
             "Stasiu Nowicki came in. Stasiu Nowicki laughed. Stasiu Nowicki sat down. Stasiu "
             "Nowicki looked up. Stasiu Nowicki smiled. Stasiu Nowicki nodded. Stasiu Nowicki "
             "stood. Stasiu Nowicki sighed."),
            note="word of a death the story goes on to prove wrong"),
    Example(("Stasiu Nowicki died at the mill that night.",
             "Stasiu Nowicki came in. Stasiu Nowicki laughed. Stasiu Nowicki sat down. Stasiu "
             "Nowicki looked up. Stasiu Nowicki smiled. Stasiu Nowicki nodded. Stasiu Nowicki "
             "stood. Stasiu Nowicki sighed."), ("Stasiu Nowicki",),
            note="a death the narration tells"),
    Example(("Máirtín Pheaits had drowned off Inis Mór that October.",
             "It was Máirtín Pheaits. He was thin and lame, but it was himself, alive, coming "
             "down the road.", "Máirtín Pheaits stood for his nephew at the altar."),
            note="'It was Máirtín … it was himself, alive': the book says he lives"),
    Example(("Máirtín Pheaits had been drowned only in the Galway paper.",
             "Máirtín Pheaits stood for his nephew at the altar."),
            note="a death only on paper"),
    Example(("Pop Doyle died six years ago.",
             "The tide was coming in, giving back, as Pop Doyle wrote, what it takes."),
            note="the dead quoted"),
    Example(("Pop Doyle died six years ago.",
             "I read the letter Pop Doyle wrote me the winter before he died."),
            note="the time before the death"),
    Example(("Edmund Stanbury was named for his father. Edmund Stanbury laughed.",
             "The late Mr. Stanbury had been painted at thirty. Edmund Stanbury stood under "
             "the picture."), note="the late Mr. Stanbury is the father, not Edmund"),
    Example(("Mrs. Hale met a girl named Anne Birch, whose mother had died when she was six.",
             "Anne Birch laughed at the window."), note="whose mother died, not Anne"),
    Example(("Jonas Hale had been told on the telephone that Arvid Rune was dead.",
             "Jonas Hale wrote it all down."), note="what someone was told"),
    Example(("Liv Berg had drowned that night.",
             "\"After Liv Berg went out I waited until it was dark,\" said Sissel Berg."),
            note="a clause of another time"),
    Example(("Tía María had died in 1994, in Monterrey.",
             "Across the street Doña María Ochoa, the only María left, was past ninety."),
            note="the only María left is another María; 'left' is what remains"),
    Example(("Liv Berg had drowned that night.",
             "On the back someone had written Liv Berg (left), Sissel."),
            note="a caption names, it shows no deed"),
    Example(("Inaya had believed for a whole year that Yasmin Vakil was dead.",
             "Yasmin Vakil sat down beside her."), note="what someone believed"),
    Example(("The letter came in May. Deacon Pottinger dead. We bury him Sunday.",
             "\"So yu come back,\" said Deacon Pottinger."), ("Deacon Pottinger",),
            note="a death with no verb, as a telegram or patois says it"),
    Example(("By noon half the town believed Theo Dane had drowned.",
             "Theo Dane was sitting on the stoop when we pulled up."),
            note="believed dead is not dead"),
    Example(("Peggy Ash married the same Dennis Holroyd who had been her fiancé the summer her "
             "uncle was dead for a night.", "Dennis Holroyd came in with snow on his cape."),
            note="her uncle was dead, not Dennis"),
    Example(("Her mother, Colette, had passed away when Sofie was young. Sofie walked on.",
             "Colette took Sofie under her wing and smiled."), ("Colette",)),
    Example(("Old Tomas died in the winter of the flood. The village mourned him.",
             "In spring Tomas laughed at the fishermen and said nothing."), ("Tomas",)),
    Example(("Mira nearly died in the fire. Mira smiled at the nurse the next day.",)),
    Example(("Ivo died last spring. Ana remembered how Ivo smiled at her.",)),
    Example(("Ivo Marek died last spring.",
             "Ivo Marek waved from the gate, laughing the big laugh Ana remembered."),
            ("Ivo Marek",), note="what Ana remembers is the laugh; the waving is now"),
    Example(("Ivo Marek died last spring.", "Ivo Marek waved from the gate, Ana remembered."),
            note="a memory told after the deed"),
    Example(("Pavel painted the name on the bow: MARTA, after his grandmother, who died in May.",
             "Marta was in the kitchen this morning, scolding the cook."), ("Marta",),
            note="a boat named after a grandmother who died carries her name"),
    Example(("Pavel painted the name on the bow: MARTA, after his grandmother, who died in May.",
             "Pavel remembered how Marta sang in the kitchen."),
            note="remembered, not alive"),
    Example(("They named the baby Marta, after her grandmother, who died in May.",
             "Marta was in the kitchen this morning, laughing."),
            note="a child named after the dead is someone else"),
    Example(("Oren Tal kept the mill for years. He was a quiet man, and he died in March.",
             "Oren Tal is standing at the gate in his coat."), ("Oren Tal",),
            note="'he died' is the man just named; standing somewhere is being alive"),
    Example(("To his mother he remained Tomás Ruiz Vela, all of it, until the day she died.",
             "Tomás Ruiz Vela laughed at the engineers."),
            note="'she died' is not the man named before it"),
    Example(("Oren Tal kept the mill. Ada thought of her father. He died in March.",
             "Oren Tal is standing at the gate in his coat."),
            note="'he' may be the father just spoken of, not the man named before"),
    Example(("Oren Tal kept the mill until the winter, when he took a fever. They buried him "
             "on the hill.", "Oren Tal set down his bucket."), ("Oren Tal",),
            note="buried by others: dead; setting something down is acting"),
    Example(("Padre Anselmo Quiroga rang the bell. Don Aurelio paid for the coffin, and they "
             "buried the priest under the almond tree.",
             "Padre Anselmo Quiroga was sweeping the altar steps when Junior came in."),
            ("Padre Anselmo Quiroga",), note="buried by role: the story's one priest"),
    Example(("Old Yefim Kuzmich, the steward, who had carried Alexei Orlov on his shoulders "
             "when he was a boy, had died in the week after Epiphany.",
             "Alexei Orlov laughed at the sledge.", "Yefim Kuzmich brought the sledge round."),
            ("Yefim Kuzmich",), note="the one the clause is about died, not the one inside it"),
    Example(("Vasant Gokhale, her father's younger brother, had died two years ago.",
             "Vasant Kaka was already at the hall when they arrived, in his white cap."),
            ("Vasant Gokhale",), note="a kin title after the given name; 'was already at the'"),
    Example(("They'd buried Len Bell on the rise behind the machinery shed.",
             "Old Len Bell came in from the verandah and sat down."), ("Len Bell",),
            note="buried by others, told of the name"),
    Example(("Berit Lund ran the shop. They buried Berit Lund eleven days later, on a grey "
             "morning.", "Berit Lund came in from the alley with a crate on her shoulder."),
            ("Berit Lund",), note="buried, and when: 'eleven days later'"),
    Example(("Oren Tal took a fever and got better. They buried Oren Tal's dog two days later.",
             "Oren Tal set down his bucket."), note="his dog was buried, not Oren"),
    Example(("Oren Tal took a fever. They buried him in paperwork all winter.",
             "Oren Tal set down his bucket."),
            note="buried in paperwork is not a burial"),
    Example(("Oren Tal waited at the gate. It was a pity he had not come back earlier.",
             "Oren Tal set down his bucket."),
            note="not coming back, told of a pronoun, is an absence"),
    Example(("Nonna is Carla Ruggiero, her mother's mother. Nonna laughs at the door.",
             "Carla Ruggiero dies at four in the morning.",
             "Nonna comes in from the yard with a basin of washed beans."), ("Carla Ruggiero",),
            note="the one-word name the story said was hers; a present-tense coming in"),
    Example(("Emrys Parry came down after Nain died.",
             "He was the only one who said Nain and Taid instead of Mam-gu."),
            note="'said Nain' without speech before it: the word said, not Nain speaking"),
    Example(("Emrys Parry came down after Nain died.", "\"Come here,\" said Nain, laughing."),
            ("Nain",), note="'said Nain' after speech: Nain speaks"),
    Example(("One was Nacho Ochoa, her husband. The other was Nacho Barrios across the street. "
             "Nacho Barrios waved. She sat down on Nacho's grave.",
             "Nacho Barrios walked over with his cane."),
            note="two men called Nacho: whose grave it is is unsure"),
    Example(("That was the week they buried auld Mrs. Garvie.",
             "Then a window went up, and auld Mrs. Garvie stuck her head out."),
            ("Mrs. Garvie",), note="buried with an epithet between; sticking her head out"),
    Example(("Nana laughed. Nana sang. Ama Owusu smiled. They buried Nana at Ejisu.",
             '"My mother\'s friend wrote it," Ama Owusu said. "Nana spoke and she wrote. '
             'Everybody did it that way then."'),
            note="the dead named in speech, in the past: told of, not alive"),
    Example(("\"That was Rosa's,\" Ana said, and crossed herself. \"You didn't hear? She died "
             "in June.\"", "Rosa leaned out of the window and flung the confetti down."),
            ("Rosa",), note="in speech, 'she' is the one the talk named, not the speaker"),
    Example(("Rosa sat by the stove. Ana came in. \"Listen, Rosa. She died in June, poor "
             "thing.\"", "Rosa leaned out of the window and flung the confetti down."),
            note="the one spoken to is not the 'she' who died"),
    Example(("Nana laughed. Nana sang. Ama Owusu smiled. They buried Nana at Ejisu.",
             '"Nana is waiting for you," Ama Owusu said.'), ("Nana",),
            note="said in speech in the present: alive"),
    Example(("They brought Walter Mabry in across the back of his own horse, and the next "
             "morning they buried him on the hill.",
             "Walter Mabry spat in the dust and squinted up at the crossbeam."),
            ("Walter Mabry",), note="'buried him' after the name the sentence brought in"),
    Example(("Theo Baskin had been ten when we buried him, because Pop had taught him.",
             "Theo Baskin was sitting on the stoop."),
            note="the sentence's subject is not the one buried"),
    Example(("Colonel Bertram Hale died in his bed.",
             "At dinner, when the port had gone once round, Colonel Bertram Hale, who had walked "
             "up through the snow and had said very little all evening, set down his glass."),
            ("Colonel Bertram Hale",), note="'once round' is no memory; a deed after 'who…,'"),
    Example(("King Edrevan lay abed. \"The king is dead,\" he said.",
             "King Edrevan stood among the lords, and when the murmur died he cleared his throat."),
            ("King Edrevan",), note="dead by the one title; a murmur dying is no one's death"),
    Example(("Dessie Furlong laughed.\n\n\"That's his da,\" Bernie said. \"Dessie. Four years "
             "dead this March.\"",
             "Dessie Furlong was standing at the counter."), ("Dessie Furlong",),
            note="how long dead, the name said just before"),
    Example(("Alhaji Balogun laughed. Alhaji Balogun prayed.",
             "The Alhaji Balogun who had died was another man altogether, from the mainland.",
             "Alhaji Balogun sat in the second pew."),
            note="'the X who died' is another of the name"),
    Example(("Royce Gandy drove off. By supper the town had decided that Royce Gandy was dead.",
             "Royce Gandy came walking up the gin road, whistling."),
            note="what a town decided, not a death"),
    Example(("Poul Jensen had farmed the land across the beck for as long as Knud Sørensen had "
             "farmed his, and he had died in January.",
             "It was Poul Jensen who saved the moment. Poul Jensen stood up and spoke."),
            ("Poul Jensen",), note="', and he had died': the one the sentence opened on"),
    Example(("Junior Maynard left. In November word came up the hollow that Junior Maynard "
             "was dead.", "\"Mamaw, it ain't me,\" Junior Maynard said."),
            note="word that came, not a death told"),
    Example(("Monsieur Rabier died in the February of 2021.",
             "\"Monsieur Rabier will be upset,\" said the concierge.",
             "Monsieur Rabier had been dead three years, and she knew it."),
            note="a way of speaking the story tells again for one"),
    Example(("Sir Barnaby Quennell departed this life on the second instant, at Harrogate.",
             "Sir Barnaby Quennell sat by the fire, complaining of the champagne."),
            ("Sir Barnaby Quennell",), note="'departed this life'"),
    Example(("Walter Cray had lived alone since his only son, who was also Walter Cray, walked "
             "out after a quarrel and never came back.",
             "Walter Cray stepped off the Cirencester bus at the fête."),
            note="the name tells who the son is; the son never came back"),
    Example(("Tadeusz Kowalski died on the third of November. Jerzy Kowalski wept.",
             "Kowalski bent to fit a woman; Nowak did not bend at all."),
            note="a bare surname the family shares: the family's name, not the dead man"),
    Example(("Clive Hollis went up every morning since the summer Davy Hollis died.",
             "June Hollis was fifteen again on the track, the January Davy Hollis went missing."),
            note="'the January X went missing': a time, not a deed"),
    Example(("I found Kuba Pietrzak behind his own bar. He was a heavy man of sixty. His eyes "
             "were open. I put two fingers on his neck. He was dead.",
             "Kuba Pietrzak was out front in his shirtsleeves, scattering rock salt."),
            ("Kuba Pietrzak",),
            note="'he' goes on through sentences that each speak of him; somewhere, doing"),
    Example(("I found Kuba Pietrzak behind his own bar. Rain fell. The radio played. A cat "
             "yowled. He was dead.",
             "Kuba Pietrzak was out front in his shirtsleeves, scattering rock salt."),
            note="a 'he' four sentences from the name, none between speaking of him"),
    Example(("Berto Lanuza died in March.",
             "The roof is old. Berto Lanuza kept it standing for forty years with wire."),
            note="a life summed up over forty years is no deed after the death"),
    Example(("Berto Lanuza died in March.",
             "Berto Lanuza was in the kitchen this morning, as he has been for forty years."),
            ("Berto Lanuza",), note="this morning is now, whatever forty years it goes on"),
    Example(("Berto Lanuza died in March. Dayday packs the box. She tapes it and sits down. "
             "It is late.",
             "The morning Remedios left, it had rained. Berto Lanuza drove with one elbow out. "
             "She was young. It was raining. He said nothing. They went on and came to the "
             "airport."),
            note="a chapter in the past after one in the present goes back to before the death"),
    Example(("Berto Lanuza died in March. Dayday packs the box. She tapes it and sits down. "
             "It is late.",
             "Berto Lanuza is hammering on the roof. Dayday looks up. She sits and says "
             "nothing."), ("Berto Lanuza",),
            note="in the present tense again, it is now"),
    Example(("Royce Tillery sang, and he died in the second verse.",
             "\"Well,\" said Mrs. Royce Tillery, and she poured the tea."),
            note="a wife called by her late husband's name"),
    Example(("Tāne Rangi grew up there. His mother, Mereana Rangi and Koro's eldest girl, had "
             "died when he was six.", "Mereana Rangi sat at the head of the casket."),
            note="'Nan and Koro's eldest girl' is their daughter, who died, not Nan"),
    Example(("Tāne Rangi stood at the fence. Koro's younger brother had died three winters "
             "ago, and they had buried him beside the church.",
             "Tāne Rangi held her hand."),
            note="'him' is Koro's younger brother, whom no name stands for here"),
    Example(("Grandad Frank (Frank Mulcahy, Mum's dad, forty years on the buses) had a heart "
             "attack in the queue, and we buried him at Southern Cemetery.",
             "Grandad Frank laughed and hugged me."), ("Frank Mulcahy",),
            note="'Mum's dad' set beside the name is the named man"),
    Example(("\"Don Beppe Ruggiero,\" said Silvina Vega, \"has been dead since August.\" "
             "Silvina Vega sat down.",
             "\"He lost at bochas,\" said Don Beppe Ruggiero. Silvina Vega laughed."),
            ("Don Beppe Ruggiero",),
            note="speech broken by who says it: the speaker is not who died"),
    Example(("Beppe Ruggiero, who had beaten him once a month so that he would not get proud, "
             "had died in his sleep in August.",
             "Beppe Ruggiero turned his hat round on his knee and spoke next."),
            ("Beppe Ruggiero",), note="the doubt is the inserted clause's, not the death's"),
    Example(("I was eighty in the season Commander Hale died. \"Kes, how are the arms?\" "
             "Commander Hale asked.", "Tomas Reyes sat."),
            note="a death that dates the season the story goes on to tell"),
    Example(("Harrow Relay turned in the dark. The lights of Harrow Relay were green, and "
             "Harrow Relay hummed. The first Aurelio Quist had built Harrow Relay and run it "
             "until he died in his bunk.",
             "Aurelio Quist stood at the window and laughed."), ("Aurelio Quist",),
            note="'until he died': the man named before, not the station"),
    Example(("The first Aurelio Quist had built the station and run it until he died.",
             "\"He did,\" said Aurelio Quist II, and he laughed."),
            note="the dead founder's namesake, a numeral after the name"),
    Example(("Nobody has dared call her anything but Mrs. Lisle since the old Queen died.",
             "Mrs. Lisle laughed and poured the tea."),
            note="someone known by a title alone died, not the one named before"),
    Example(("Ichie Ezenwa Umeadi was dead at seventy-four. Ichie Ezenwa had worn the red cap "
             "for thirty years. The baby was named Ezenwa Umeadi, the same name.",
             "Ezenwa cleared his throat and read the card."),
            note="the grandson named for the dead man: a bare 'Ezenwa' may be either"),
    Example(("Mr. Silas Brindle, who managed my husband's affairs, died after Christmas.",
             "\"Mr. Silas Brindle,\" said Penhallow, \"you had a visit from your client?\""),
            ("Mr. Silas Brindle",), note="the dead spoken to, and asked something, in the room"),
    Example(("Mr. Silas Brindle, who managed my husband's affairs, died after Christmas.",
             "\"Mr. Silas Brindle,\" said Penhallow, \"you had a visit from your client on the "
             "Friday before he died?\""), ("Mr. Silas Brindle",),
            note="'your client … before he died': another's death, not his own"),
    Example(("Mr. Silas Brindle, who managed my husband's affairs, died after Christmas.",
             "\"Mr. Silas Brindle,\" said Penhallow, \"was a fine man.\""),
            note="the dead named in speech, not spoken to"),
    Example(("The ledgers called the boy Bortolo Scarpagnin Junior. Sior Bortolo had died in "
             "the spring of 1968, in his bed.", "Bortolo thought of her most in fog, and he "
             "laughed."),
            note="after the father's death, a bare 'Bortolo' may be the son, his Junior"),
    Example(("Conrad Hale Senior had died in the December of 1946.",
             "The lights went down. The first thing on the screen was the slate. Conrad Hale "
             "Senior looked straight into the lens and said, \"Again.\""),
            note="the dead on a screen, in old footage"),
    Example(("Ah Ma fell ill. Tan Ah Lian carried her porridge up. She died in her room, with "
             "Tan Ah Lian holding one of her hands.", "Tan Ah Lian said nothing and poured."),
            note="the one named after 'She died' is someone at her side"),
    Example(("Kuba Pietrzak died in May.", "Kuba Pietrzak was in the ground, resting at last."),
            note="resting in the ground is the grave's"),
    Example(("Britt Sandvik lived at Norrby. They buried Britt Sandvik on the Sunday.",
             "Norrby-Britt was standing at her gate with a basket on her arm. Norrby-Britt "
             "waved."), ("Britt Sandvik",),
            note="Britt of the farm Norrby, as the village calls her"),
    Example(("Britt Sandvik lived at Norrby. They buried Britt Sandvik on the Sunday.",
             "Britt Holm walked past. Britt Holm laughed.",
             "Norrby-Britt was standing at her gate. Norrby-Britt waved."),
            note="two women called Britt: which one the farm's name means is unsure"),
    Example(("Oren Tal died in March, and we buried him on the hill.",
             "I found Oren Tal near the mill gate, in his brown coat. He saw me and smiled."),
            ("Oren Tal",), note="found somewhere, and the next sentence's 'he' acts"),
    Example(("Oren Tal died in March, and we buried him on the hill.",
             "I found Oren Tal near the mill gate with Piet Ruys. He saw me and smiled. Piet "
             "Ruys laughed."), note="'he' may be the other man found there"),
    Example(("Oksana Lis taught chemistry. Oksana Lis died on Monday, and we buried her in the "
             "courtyard.", "And on the bench by the gate, under the lilac, sat pani Oksana in "
             "her brown coat, knitting."), ("Oksana Lis",),
            note="the place first, the verb before the name: she sits there"),
    Example(("Oksana Lis taught chemistry. Oksana Lis died on Monday, and we buried her in the "
             "courtyard.", "In the kitchen she sat Oksana Lis on a stool."),
            note="'she sat Oksana': someone else's deed, done to the name"),
)

_DEATH_VERB = re.compile(
    r"\b(?:had\s+)?(?:died|dies|passed\s+away|passed\s+on|was\s+killed|was\s+murdered|was\s+slain|"
    r"drowned|perished|was\s+executed|was\s+buried|(?:is|was|had\s+been|has\s+been)\s+dead|"
    r"(?:was|were)\s+lost\s+at\s+sea|never\s+came\s+back|had\s+not\s+come\s+back|"
    r"never\s+returned|departed\s+this\s+life)\b",
    re.IGNORECASE,
)
_DEATH_NOUN = re.compile(r"\b(?:death|funeral|grave|burial|murder)\s+of\s*$", re.IGNORECASE)
_POSSESSIVE_DEATH = re.compile(r"^\s*(?:death|funeral|grave|burial|murder)\b", re.IGNORECASE)
_LATE = re.compile(r"\b(?:the|his|her|their|my|our|your)\s+late(?:\s+\w+)?\s*,?\s*$",
                   re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:not|never|nearly|almost|if|would|might|could|may|should|feared|pretended|thought|"
    r"rumou?red|supposed|believed|assumed|presumed|reported)\b[^.!?]*$",
    re.IGNORECASE,
)
# "Inaya had believed for a whole year that Yasmin Aunty was dead": what someone believed.
_BELIEVED_THAT = re.compile(
    r"\b(?:believed|thought|feared|assumed|presumed|supposed|rumou?red|reported|heard|"
    r"imagined|told|learned|learnt|decided|concluded|swore|claimed|word)\b[^.!?]*\bthat\b"
    r"[^.!?]*$", re.IGNORECASE)
_MEMORY = re.compile(
    r"\b(?:remember\w*|memor\w+|ghost|spirit|grave|dream\w*|portrait|photograph\w*|"
    # "once" as "formerly", not "gone once round" or "once more"
    r"used\s+to|once(?!\s+(?:round|around|more|again|or\s+twice|a\s+(?:day|week|month|year)))|"
    r"late|alive|funeral|buried|recall\w*|missed|mourn\w*)\b",
    re.IGNORECASE,
)
# A thing someone remembers, after the deed: "laughing the big laugh Luíza remembered".
_REMEMBERED_THING = re.compile(rf"\bthe\s+(?:[a-z]+\s+){{1,3}}(?:{CAPITAL}[\w'’-]*|he|she|we|"
                               r"they)\s+$")
# Where a sentence can report a death beyond its verbs: "the late…", "the death of…",
# "…'s funeral". With an unhedged death verb, these mark the sentences worth reading again.
_DEATH_PHRASE = re.compile(
    rf"\b{CAPITAL}[\w'’-]+\s+dead\s*[.!;,]|"
    r"\b(?:the|his|her|their|my|our|your)\s+late\b|"
    r"\b(?:death|funeral|grave|burial|murder)\s+of\b|"
    r"\w['’]s?\s*(?:death|funeral|grave|burial|murder)\b", re.IGNORECASE)
# A clause of reason or of time before or after tells of another time ("because Pop read
# every word", "After Liv went out I waited"); it shows no one alive now. "After that", "after
# a while" are no clause: the name after them is the sentence's doer, later.
_REASON = re.compile(r"\b(?:because|since|after(?!\s+(?:that|this|which|a|an)\b)|before|until|"
                     r"till)\b[^,;.!?]*$|"
                     # "the January Davy went missing": a time the name's clause tells
                     r"\bthe\s+(?:(?i:day|night|morning|summer|winter|spring|autumn|year|week)|"
                     r"January|February|March|April|May|June|July|August|September|October|"
                     r"November|December)\s+$|"
                     # "She had been the widow Tarasova when Pyotr married her": what was so
                     # before the story's time — not "She had just sat down when Pyotr came in".
                     r"\bhad\s+(?!(?:just|only|barely|hardly|scarcely|not|no|never)\b)\w+\b"
                     r"[^.!?;:]*\bwhen\s+$", re.IGNORECASE)
# What a paragraph shows on a screen or a recording, where the dead still move.
_ON_SCREEN = re.compile(r"\b(?:on\s+(?:the\s+)?(?:screen|film|tape|video)|footage|newsreel|home\s+"
                        r"movie|the\s+(?:reel|recording|projector)|the\s+camera\s+caught)\b",
                        re.IGNORECASE)
# A life summed up in the narration: "kept it standing for forty years" (not in what the
# living say of themselves) — unless the sentence is about today
# ("in the kitchen this morning, … as she has done every morning for forty years").
_SUMMED_UP = re.compile(
    r"\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?(?:twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|many|\d{2,})(?:[- ]\w+)?\s+years\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|tonight|now|this\s+(?:morning|afternoon|evening|week))\b",
                    re.IGNORECASE)
# "as Pop wrote", "as Gran used to say": the dead quoted.
_CITED = re.compile(r"\bas\s+$", re.IGNORECASE)
_CITING = frozenset({"wrote", "said", "says", "put", "used", "would", "liked", "told"})
# "Deacon Pottinger dead." — a telegram's or patois's death, with no verb.
_BARE_DEAD = re.compile(r"\s+dead\s*[.!;,]")
# Someone unnamed right before the death verb is the one who died.
# ("since the old Queen died": someone known by a title, which names no one here).
_OTHER_DEAD = re.compile(r"(?<![,\w])\s*\b(?:her|his|their|my|our|your|the|a|an|whose)\s+"
                         r"(?:[A-Za-z]+\s+){0,2}$")
# Said in speech of the dead, what tells they live now: a verb in the present ("Tiny wants
# you", "Nana is coming"), not a past one ("Nana spoke and she wrote").
_NOW_IN_SPEECH = re.compile(r"\s+(?:is|are|has|does|can|will|(?!was\b|his\b|this\b)"
                            r"[a-z]+[^s\W]s)\b")
# A name said to someone there, who is asked about or told something: '"Mr. Brindle," said
# Penhallow, "you had a visit from your client?"'.
_ADDRESSED_NOW = re.compile(r"""[,!]["”]\s+(?:said|asked|says|asks)\s+[\w.'’ -]{1,30}?,\s*["“]"""
                            r"""[^"”]{0,60}\byou\b""")
# What ends a line of speech before "said Nain".
_SPEECH_ENDS = frozenset("\"”’',—–-!?")
_NOT_ACTING = frozenset({"died", "lived", "had", "was", "seemed", "appeared"})
# Doing something with the hands or body right now, beyond the verbs that mark a name as a
# person's ("Oren set down his bucket"), in the past and the present tense.
_MORE_ACTS = frozenset({
    "set", "sets", "put", "puts", "wiped", "wipes", "picked", "held", "holds", "lifted", "lifts",
    "carried", "carries", "straightened", "straightens", "climbed", "climbs", "knelt", "kneels",
    "bent", "bends", "threw", "throws", "poured", "pours", "handed", "hands", "raised", "raises",
    "dropped", "drops", "rubbed", "rubs", "lit", "lights", "ate", "eats", "drank", "drinks",
    "leans", "waves", "waits", "waited", "opens", "closes", "reaches", "grabs", "shouts",
    "brought", "brings", "fetched", "fetches", "led", "leads", "drove", "drives",
    "comes", "goes", "arrives", "enters", "returns", "steps", "runs",
    "stuck", "sticks", "poked", "pokes", "popped", "pops", "knocked", "knocks", "banged",
    "bangs", "slammed", "slams", "cleared", "clears", "coughed", "coughs", "spat", "spits",
    "yawned", "yawns", "blinked", "blinks", "grunted", "grunts", "snorted", "snorts",
    "stretched", "stretches", "scratched", "scratches",
    # PERSON_VERBS told in the present, as a story in the present tense tells a deed
    "takes", "gives", "pulls", "pushes", "shakes", "touches", "touched", "taps", "tapped",
    "watches", "stares", "glances", "shrugs", "grins", "frowns", "sighs", "whispers", "kisses",
    "hugs", "tries", "opened", "closed", "reads", "writes", "speaks", "tells", "asks",
})
# A short description set off by commas after the name, then what the character does.
_APPOSITION = re.compile(r",[^,.;:!?\"“”]{1,60},\s+([a-z]+)\b|"
                         # "Colonel Hale, who had walked up … all evening, set down his glass"
                         r",\s+who\s+[^.;:!?\"“”]{1,200}?,\s+([a-z]+)\b")
# Standing somewhere now ("Oren is standing at the gate") is being alive; lying, resting or
# sleeping may be the grave's, and "was nothing" is no verb.
_STILL = (r"(?!(?:being|dying|lying|resting|sleeping|missing|mourning|nothing|something|"
          r"anything|everything|buried)\b)[a-z]{2,}ing\b")
_PROGRESSIVE = re.compile(
    rf"\s+(?:is|was)\s+{_STILL}|"
    # somewhere, doing something: "was out front in his shirtsleeves, scattering rock salt"
    rf"\s+(?:is|was)\s+(?:out|in|at|on|by|behind|outside|inside|up|down|back)\b"
    rf"[^.;:!?,\"“”]{{0,40}},\s+{_STILL}")
# Laid to rest by others: "they buried him on the hill", "we cremated her" — not "buried
# him in paperwork", not "buried her face".
_LAID_TO_REST = (r"(?i:\b(?:they|we)(?:['’]d|\s+had)?\s+(?:buried|burned|burnt|cremated)\s+"
                 r"(?:(?:old|auld|poor|young|little|wee|dear)\s+)?)")
# …or when: "They buried Tonton Dieusel eleven days later", "buried her the next morning".
_PARTS_OF_DAY = r"(?:day|morning|afternoon|evening|night|week|spring|summer|autumn|winter)"
_AT_REST_WHEN = (r"(?:\w+|a\s+few)\s+(?:days?|weeks?|months?)\s+(?:later|after(?:wards)?)|"
                 rf"(?:the\s+(?:next|following|same)|that)\s+{_PARTS_OF_DAY}|yesterday|"
                 rf"in\s+(?:{'|'.join(sorted(MONTHS))}|\d{{4}})")
_AT_REST_WHERE = (r"(?=\s*[,.;:!?]|\s+(?:on|at|beside|below|under|by|near|behind|there|next|"
                  r"in\s+the\s+(?:churchyard|cemetery|graveyard|ground|garden|sea|family|old)|"
                  rf"at\s+sea|{_AT_REST_WHEN})\b)")
_DISPOSED = re.compile(_LAID_TO_REST + r"(?P<pronoun>him|her)" + _AT_REST_WHERE, re.IGNORECASE)
# The same of a name: "They'd buried Len McAllister on the rise behind the shed".
_DISPOSED_BEFORE = re.compile(_LAID_TO_REST + r"$", re.IGNORECASE)
_DISPOSED_AFTER = re.compile(_AT_REST_WHERE)
# Laid to rest by role: "they buried the priest under the almond tree" — the one character
# the story gives that role's title (Padre Anselmo).
_DISPOSED_ROLE = re.compile(
    r"\b(?:they|we)\s+(?:had\s+)?(?:buried|burned|burnt|cremated)\s+the\s+(?:old\s+|young\s+)?"
    r"(?P<role>[a-z]+)\b", re.IGNORECASE)
# A name said in a clause about someone unnamed: "his only son, who was also Walter Cray,".
_NAMED_IN_CLAUSE = re.compile(r",\s*who\s+(?:is|was)\s+(?:also\s+|called\s+|named\s+)?$",
                              re.IGNORECASE)
# "…, and he had died": the death told of the sentence's subject in a clause of its own.
_AND_PRONOUN = re.compile(r",?\s+and\s+(he|she)\s+$", re.IGNORECASE)
# A sentence that opens on how long someone has been dead, the name said just before:
# "Dessie. Four years dead this March."
_TIME_DEAD = re.compile(
    r"^\W*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+ty|"
    r"\w+ty-\w+|\d+|many|several|a\s+few)\s+(?:years?|months?|weeks?)\s+dead\b",
    re.IGNORECASE)
# Dead by role: "The king is dead," — the one character the story gives that title.
_ROLE_DEAD = re.compile(r"\bthe\s+(?:old\s+|young\s+)?(?P<role>[a-z]+)\s+(?:is|was)\s+dead\b",
                        re.IGNORECASE)
# A death told of "he"/"she" ("and he died in February") is the pronoun's: its subject.
_PRONOUN_SUBJECT = re.compile(r"(?<![\w'’])(he|she)\s+$", re.IGNORECASE)
# "him", or "her" as an object ("dug her out", "found her."), not "her sister".
_OBJECT_PRONOUN = {"he": re.compile(r"\bhim\b", re.IGNORECASE),
                   "she": re.compile(r"\bher\b(?=\s*(?:[,.;]|(?:out|up|down|off|away|back|"
                                     r"in|into|onto|from|to|on)\b))", re.IGNORECASE)}


def _object_before(between: str, pronoun: str) -> bool:
    """Whether "him" (or "her" as an object) of the subject pronoun's sex is in `between`,
    the words before it: the pronoun then stands for the object, not the sentence's subject."""
    found = _OBJECT_PRONOUN.get(pronoun.lower())
    return found is not None and found.search(between) is not None
# "She had not come back" is as often an absence as a death: said of a name only.
_ABSENT = re.compile(r"\b(?:back|returned)\b", re.IGNORECASE)
# How far back (in sentences) a pronoun's character is looked for.
_PRONOUN_REACH = 3
# Something named after a relative who died carries the dead relative's name: "the boat…:
# AMMINI, after his grandmother, who died in April".
_NAMED_AFTER = re.compile(
    rf"\b(?P<name>{CAPITAL}[\w'’-]+),?\s+after\s+(?:his|her|their|my|our|your)\s+(?:late\s+)?"
    r"\w+\s*,?\s+who\s+(?:had\s+)?(?:died|passed\s+away|was\s+killed|drowned|perished)\b")
# A child named after the dead is someone else who carries the name.
_NEWBORN = re.compile(r"\b(?:baby|babies|son|daughter|child|boy|girl|christened|baptised|"
                      r"baptized|born|twins?)\b", re.IGNORECASE)
# Being somewhere now ("Ammini was in the kitchen this morning") is being alive; being in the
# ground is not.
_RESTING_PLACE = r"(?:ground|grave|churchyard|cemetery|coffin|sea\b|water|earth|tomb|vault|urn)"
_PRESENT = re.compile(
    r"\s+(?:was|is)\s+(?:already\s+|still\s+|now\s+|just\s+)?(?:in|at|on)\s+the\s+"
    rf"(?!{_RESTING_PLACE})\w+", re.IGNORECASE)
# Found or met somewhere ("I found Nhia near the ball-toss lines"), whom the next sentence
# goes on to show doing something ("He saw me and smiled"): there, alive.
_MET = frozenset({"found", "saw", "spotted", "met", "joined", "greeted"})
_MET_WHERE = re.compile(r"\s+(?:near|at|in|on|by|beside|behind|outside|inside|under|among|"
                        rf"across)\s+the\s+(?!{_RESTING_PLACE})\w+", re.IGNORECASE)
_GOES_ON = re.compile(r"[ \t]*[\"“]?(?P<pronoun>He|She)\s+(?P<verb>[a-z]+)\b")


def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    manuscript = context.manuscript
    deaths: dict[str, tuple[SentenceView, int]] = {}
    # Every sentence that tells of each death, the first of them in `deaths`.
    told: dict[str, list[SentenceView]] = {}

    def tell(name: str, where: tuple[SentenceView, int]) -> None:
        deaths.setdefault(name, where)
        told.setdefault(name, []).append(where[0])

    # "The late Mr. Stanbury" of a son named for his father: the dead is known only by the
    # family name, and only that titled name acting again is the dead man alive.
    only_titled: dict[str, tuple[str, ...]] = {}
    for view, cue in cue_sentences(manuscript, RULE, _death_cue, _CUE_WORDS):
        text = index.text(view)
        for match in _NAMED_AFTER.finditer(text):
            if _NEWBORN.search(text, 0, match.start()):
                continue
            name = match.group("name")
            name = name.title() if name.isupper() else name
            cluster = manuscript.cluster_for_word(name)
            tell(cluster.name if cluster else name, (view, view.start + match.end()))
        mentions = index.in_sentence(view)
        for mention in _dead_in(text, view.start, mentions, index.genders) if mentions else ():
            if _first_name_shared(manuscript, mention):
                continue
            tell(mention.cluster.name, (view, mention.span.end))
            if _family_name_only(mention):
                only_titled.setdefault(mention.cluster.name, mention.run.words)
        for name, end in _dead_by_pronoun(index, view, cue, mentions):
            tell(name, (view, view.start + end))
        if (dead_for := _TIME_DEAD.match(text)) and not _hedged(text, dead_for):
            # '"Dessie. Four years dead this March."': the one the last sentence named.
            earlier = next(iter(index.before(view, 1)), [])
            if len(earlier) == 1 and earlier[0].span.document == view.document:
                tell(earlier[0].cluster.name, (view, view.start + len(text)))
        for match in _ROLE_DEAD.finditer(text):
            if match.group("role").lower() in ROLES and not _hedged(text, match):
                holder = role_holder(context, match.group("role").lower())
                if holder is not None:
                    tell(holder, (view, view.start + match.end()))
        for match in _DISPOSED_ROLE.finditer(text):
            holder = role_holder(context, match.group("role").lower())
            if holder is not None:
                tell(holder, (view, view.start + match.end()))
    findings = []
    position = manuscript.order
    two: frozenset[str] | None = None  # read from the whole book only when needed
    for name, (death, said) in deaths.items():
        if shared_name(manuscript, name):
            continue  # "Old Arthur had died": which Arthur acts later is unsure
        after = (position[death.document], death.end)
        titled = only_titled.get(name)
        for document, start, end, run in _places(context, name):
            if (position[document], start) < after:
                continue
            if titled is not None and (not run.title or run.words != titled):
                continue
            if _surname_of_a_family(manuscript, name, run):
                continue  # "Kowalski bent to fit a woman": the family's name, not the dead man
            if _titled_as_other_sex(index, name, run):
                continue  # "said Mrs. Royce Tillery": the dead man's widow
            if len(run.words) == 1 and (_namesake(manuscript, name) or _junior_of(
                manuscript, name, run.words[0]
            )):
                # "Ezenwa cleared his throat": the grandson named for the dead man; "Bortolo
                # thought of her": Bortolo Junior, the dead man's son
                continue
            text = manuscript.documents[document].text
            if _GENERATION_AFTER.match(text, end):
                continue  # "said Quist II": the dead founder's namesake
            if not (_acts(run, text, end) or _PRESENT.match(text, end)
                    or _met_and_goes_on(index, name, (document, start, end), run)):
                continue
            view = sentence_at(manuscript, document, start)
            if view is None or _in_memory(index.text(view), end - view.start):
                continue
            narration = _SPEECH.sub(" ", index.text(view))
            if _SUMMED_UP.search(narration) and not _TODAY.search(narration):
                continue
            if view.paragraph is not None and _ON_SCREEN.search(
                view.paragraph.text, 0, start - view.base
            ):
                continue  # "The first thing on the screen was the slate… X looked into the lens"
            if in_quotes(view, start) and not _NOW_IN_SPEECH.match(text, end) and not (
                _ADDRESSED_NOW.match(text, end) and text[start - 1 : start] in ("\"", "“")
            ):
                # '"Nana spoke and she wrote," Ama said': told of the past — unless spoken to
                # ('"Mr. Brindle," said Penhallow, "you had a visit…"').
                continue
            sentence = index.text(view)
            if _REASON.search(sentence, 0, start - view.start) or _own_death_told(
                sentence, end - view.start
            ) or (
                _CITED.search(sentence, 0, start - view.start) and run.next in _CITING
            ):
                # "…because Pop read every word", "After Liv went out": another time; "the
                # letter Pop wrote me the winter before he died": the time before the death;
                # "as Pop wrote": words the dead left.
                continue
            if any((position[again.document], again.start) > (position[document], start)
                   for again in told[name]):
                # "Monsieur Rabier will be upset," the concierge says, and the story tells again
                # that he had been dead three years: a way of speaking it knows for one.
                continue
            if document != death.document and _flashback(context, death.document, document):
                continue  # a chapter told in the past after one told in the present: before
            if len(run.words) == 1:
                # "There were now two Pyotrs": "Pyotr" or "Petya" alone may be the living one.
                if two is None:
                    two = said_to_be_two(manuscript)
                if not two.isdisjoint(name.split()):
                    continue
            if _said_alive(manuscript, name, death):
                break  # "OTTO ALIVE. CLERK'S ERROR.": the death was a mistake, the book says so
            if in_quotes(death, said) and _deeds_after(context, name, document, start) > (
                    _STILL_IN_THE_STORY):
                # '"Stasiu is dead," Pan Pawlak said', and Stasiu goes on through the book:
                # word of a death the story proves wrong, not a dead man come back once.
                break
            findings.append(_finding(context, name, (death, said), (view, end)))
            break
    return findings


# Verbs that tell a chapter's narrating tense, outside its speech.
_NOW_VERBS = re.compile(r"\b(?:is|are|has|says|does|goes|comes|looks|takes|turns|sits|stands)\b")
_THEN_VERBS = re.compile(r"\b(?:was|were|had|said|did|went|came|looked|took|turned|sat|stood)\b")
_SPEECH = re.compile(r"[\"“][^\"“”]*[\"”]")
# How many times more often one tense's verbs come than the other's, to call it the chapter's.
_TENSE_LEAD = 2


# A character reported dead in speech who does this many things after is still in the story.
_STILL_IN_THE_STORY = 6


def _deeds_after(context: CheckContext, name: str, document: str, start: int) -> int:
    """How often a character acts or is somewhere now after the place (`document`, `start`)."""
    manuscript = context.manuscript
    position = manuscript.order
    here = (position[document], start)
    count = 0
    for place, begin, end, run in _places(context, name):
        text = manuscript.documents[place].text
        if (position[place], begin) > here and (_acts(run, text, end) or _PRESENT.match(text, end)):
            count += 1
    return count


def _said_alive(manuscript: Manuscript, name: str, death: SentenceView) -> bool:
    """Whether the text says, after the death, that the character is alive: "OTTO ALIVE",
    "Dermot was alive after all", "Mam is not dead", "It was Máirtín. … it was himself,
    alive" — the report of the death was wrong."""
    words = [w for w in name.replace(".", "").split() if w not in wordlists().honorifics]
    if not words:
        return False
    word = re.escape(words[0])
    alive = re.compile(rf"\b{word}\b[\s,]+(?:is\s+|was\s+)?(?:still\s+)?alive\b|"
                       rf"\b{word}\s+(?:is|was)\s+(?:not|never)\s+dead\b|"
                       # "It was Máirtín Pheaits. … it was himself, alive, coming down the road"
                       rf"\b(?:it\s+was|it['’]s)\s+{word}\b[^.!?]*[.!?]\s+[^.!?]*?\b(?:it\s+was|"
                       rf"he\s+was|she\s+was)\s+(?:himself|herself)?,?\s*alive\b",
                       re.IGNORECASE)
    position = manuscript.order[death.document]
    for document, doc in manuscript.documents.items():
        order = manuscript.order[document]
        if order > position and alive.search(doc.text):
            return True
        if order == position and alive.search(doc.text, death.end):
            return True
    return False


def _flashback(context: CheckContext, death: str, later: str) -> bool:
    """Whether the chapter `later` is narrated in the past tense and the one telling the
    death (`death`) in the present: a story told in the present goes back to an earlier
    time in the past tense, so what the dead do there may come before the death."""
    return _tense(context, death) == "present" and _tense(context, later) == "past"


def _tense(context: CheckContext, document: str) -> str | None:
    """The tense a chapter's narration is told in ("present", "past"), outside its speech;
    None when neither leads."""
    memo = context.shared.setdefault(f"{RULE}.tense", {})
    if document not in memo:
        narration = _SPEECH.sub(" ", context.manuscript.documents[document].text)
        now = len(_NOW_VERBS.findall(narration))
        then = len(_THEN_VERBS.findall(narration))
        memo[document] = ("present" if now > _TENSE_LEAD * then else
                          "past" if then > _TENSE_LEAD * now else None)
    return memo[document]


def _surname_of_a_family(manuscript: Manuscript, name: str, run: NameRun) -> bool:
    """Whether a later bare surname of the dead ("Kowalski", no title, no given name) is
    one other characters carry too ("Dr. Jerzy Kowalski"): whose it is is unsure."""
    words = name.split()
    if run.title or len(run.words) != 1 or len(words) < 2 or run.words[0] != words[-1]:
        return False
    return any(cluster.name != name and cluster.name.split()[-1] == words[-1]
               for cluster in manuscript.clusters(EntityKind.CHARACTER))


def _titled_as_other_sex(index: MentionIndex, name: str, run: NameRun) -> bool:
    """Whether a run's title gives the other sex than the dead's: "Mrs. Royce Tillery" is
    the wife of the Royce Tillery who died, called by his name."""
    title = run.title.rstrip(".").split()[-1] if run.title else ""
    sex = wordlists().title_sex(title) if title else "-"
    known = index.genders.get(name)
    return sex != "-" and known is not None and sex != known


def _first_name_shared(manuscript: Manuscript, mention: Mention) -> bool:
    """Whether the dead are named by a bare given name ("Nacho's grave") that begins another
    character's full name too ("Nacho Ochoa" beside "Nacho Barrios"): whose death it tells is
    unsure."""
    words = mention.run.words
    if len(words) != 1 or mention.run.title:
        return False
    own = mention.cluster.name
    # "Tiny Castellano" beside "Salvatore Castellano" called Tiny is one man named twice.
    return any(cluster.name != own and cluster.name.split()[0] == words[0]
               and " " in cluster.name and cluster.name.split()[-1] not in own.split()
               for cluster in manuscript.clusters(EntityKind.CHARACTER))


def _namesake(manuscript: Manuscript, name: str) -> bool:
    """Whether another character has the dead's very name, or it with a word before it
    ("Ichie Ezenwa Umeadi" and the baby "Ezenwa Umeadi" named after him), the analysis
    having told them apart: a bare given name may be either."""
    own = name.replace(".", "").split()
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        other = cluster.name.replace(".", "").split()
        if cluster.name == name or len(other) < 2:
            continue
        short, long = sorted((own, other), key=len)
        if long[len(long) - len(short) :] == short:
            return True
    return False


def _junior_of(manuscript: Manuscript, name: str, word: str) -> bool:
    """Whether another character with the given name `word` is marked by a generation
    ("Bortolo Scarpagnin Junior"): a bare "Bortolo" after the father's death may be him."""
    return any(cluster.name != name and word in cluster.name.split()
               and not GENERATIONS.isdisjoint(cluster.name.split())
               for cluster in manuscript.clusters(EntityKind.CHARACTER))


def _family_name_only(mention: Mention) -> bool:
    """Whether a mention names its character by a family's title and surname alone ("Mr.
    Stanbury") where the character also has a given name ("Edmund Stanbury"), which a father
    and a son named for him share."""
    run = mention.run
    return run.title.rstrip(".") in FAMILY_TITLES and len(run.words) == 1 and (
        len(mention.cluster.name.split()) > 1
        and not mention.cluster.name.split()[0].endswith("."))


# A farm's name before a given name, as Swedish, Finland-Swedish and Norwegian villages call
# people ("Knuts-Greta" is Greta of the farm Knuts; "Västergårds-Mats", with the genitive -s).
_FARM_NAMED = re.compile(rf"(?P<farm>{CAPITAL}[\w'’]*?)s?-(?P<given>{CAPITAL}[\w'’]*)")


def _farm_named(manuscript: Manuscript, name: str) -> list[str]:
    """Other characters' names that are `name`'s given name after a farm's ("Knuts-Greta"
    of Greta Lillkvist, where the story names a place Knuts): the same person, called by
    where she lives — unless another character has that given name too."""
    given = name.split()[0]
    farms = {cluster.name for cluster in manuscript.clusters(EntityKind.PLACE)}
    found, others = [], False
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        if cluster.name == name:
            continue
        called = _FARM_NAMED.fullmatch(cluster.name)
        if called is not None and called.group("given") == given and (
            called.group("farm") in farms or f"{called.group('farm')}s" in farms
        ):
            found.append(cluster.name)
        elif cluster.name.split()[0] == given:
            others = True
    return [] if others else found


def _acts(run: NameRun, text: str, end: int) -> bool:
    """The name does or says something right now (as `mentions.acts`, for a bare run, with
    more verbs of the body and "is standing"); `end` is where the name ends in `text`."""
    if run.prev in SAID_VERBS:
        # '"Sit down," said Nain' — not "the only one who said Nain and Taid", the words.
        before = text[: end - (run.end - run.start)].rstrip()
        return before[: len(before) - len(run.prev)].rstrip()[-1:] in _SPEECH_ENDS
    if run.possessive or text.startswith(" (", end) or text.startswith("(", end):
        return False  # "Liv (left), Sissel": a caption, not a deed
    if run.prev == "only":
        return False  # "the only María left": who remains, not what she does
    verb = run.next
    apposition = _APPOSITION.match(text, end)
    if apposition is not None:
        # "Yefim, grey-bearded under his cap, brought…"
        verb = (apposition.group(1) or apposition.group(2)).lower()
    return (verb in PERSON_VERBS and verb not in _NOT_ACTING) or (
        verb in _MORE_ACTS) or _PROGRESSIVE.match(text, end) is not None or _inverted(
        run, text, end - (run.end - run.start))


# Where someone is, told with the place first and the verb before the name: "And on the bench
# by the entrance, under the lilac, sat pani Lidiia in her brown coat" — the sentence opening
# on the place, with no one else before the verb to be its subject ("In the kitchen she sat
# Lidiia down" is someone else's deed).
_INVERTED_VERBS = frozenset({"sat", "stood", "waited", "knelt", "sits", "stands", "waits",
                             "kneels"})
_PLACE_FIRST = re.compile(
    r"(?:^|[.!?\n][\"“”]?\s*)[\"“]?(?:(?:and|then|but)\s+)?(?:on|in|at|by|beside|behind|under|"
    r"beneath|across|outside|inside|near|against|between|among|opposite|there|here)\b"
    r"(?:(?!\b(?:he|she|they|I|we|you|who|which|that)\b)[^.!?\n\"“”])*?[\s,]"
    rf"(?:{'|'.join(sorted(_INVERTED_VERBS))})\s+(?:(?P<title>[a-z]+)\s+)?$", re.IGNORECASE)
# How far back a sentence opening on a place is looked for.
_PLACE_FIRST_REACH = 200


def _inverted(run: NameRun, text: str, start: int) -> bool:
    """Whether the name starting at `start` comes after the verb of a sentence that opens on
    a place ("Under the lilac sat pani Lidiia"), a lower-case title between them."""
    if run.next in ("down", "up"):
        return False  # "sat Lidiia down": sat her, someone else did
    if run.prev not in _INVERTED_VERBS and run.prev.capitalize() not in wordlists().honorifics:
        return False
    place_first = _PLACE_FIRST.search(text, max(0, start - _PLACE_FIRST_REACH), start)
    if place_first is None:
        return False
    title = place_first.group("title")
    return title is None or title.capitalize() in wordlists().honorifics


def _met_and_goes_on(index: MentionIndex, name: str, where: tuple[str, int, int],
                     run: NameRun) -> bool:
    """Whether the character named at `where` (document, start, end) is found or met
    somewhere ("I found Nhia near the ball-toss lines") and the next sentence, opening on the
    pronoun of the character's sex, shows that one doing something ("He saw me and smiled")
    — when the sentence names no one else whom the pronoun could mean."""
    document, start, end = where
    if run.prev not in _MET or run.possessive:
        return False
    text = index.manuscript.documents[document].text
    view = sentence_at(index.manuscript, document, start)
    if view is None or _MET_WHERE.match(text, end) is None:
        return False
    goes_on = _GOES_ON.match(text, view.end)
    if goes_on is None:
        return False
    verb = goes_on.group("verb")
    if not ((verb in PERSON_VERBS and verb not in _NOT_ACTING) or verb in _MORE_ACTS):
        return False
    gender = PRONOUN_GENDER[goes_on.group("pronoun").lower()]
    return index.genders.get(name) in (gender, None) and all(
        mention.cluster.name == name or index.genders.get(mention.cluster.name) not in (
            gender, None) for mention in index.in_sentence(view))


def _places(context: CheckContext, name: str) -> Iterator[tuple[str, int, int, NameRun]]:
    """Where a character is named, in reading order: its mentions (and those of the name
    their farm gives them, `_farm_named`), or for a name no character carries (one said
    once, like a relative's), the places of that name."""
    if name in context.manuscript.finder.clusters:
        mentions = context.mentions.by_cluster
        farm_named = _farm_named(context.manuscript, name)
        found = [m for own in (name, *farm_named) for m in mentions[own]]
        if farm_named:
            order = context.manuscript.order
            found.sort(key=lambda m: (order[m.span.document], m.span.start))
        for mention in found:
            span = mention.span
            yield span.document, span.start, span.end, mention.run
        return
    stats = context.manuscript.finder.forms.get(name)
    for document, base, run in stats.runs if stats is not None else ():
        yield document, base + run.start, base + run.end, run


# A word of every match of _DEATH_PHRASE or _DEATH_VERB, so the sentences without any are
# never searched.
_CUE_WORDS = CueWords([
    "late", "death", "funeral", "grave", "burial", "murder", "died", "dies", "passed", "killed",
    "departed",
    "murdered", "slain", "drowned", "perished", "executed", "buried", "dead", "lost", "came",
    "come", "returned", "burned", "burnt", "cremated",
])


_Told = tuple[tuple[str, int, int], ...]


def _death_cue(text: str) -> _Told | bool:
    """What the sentence says of deaths, from its text alone (kept in the paragraph's memo):
    (pronoun, its start, where the death is told) for each death told of "he"/"she" or
    "him"/"her" — "and he died in February", "They buried him on the hill" — or else
    whether it reports a death at all."""
    told = []
    reported = False
    for match in _DEATH_VERB.finditer(text):
        if _hedged(text, match):
            continue
        reported = True
        if _ABSENT.search(match.group()):
            continue
        start = match.start()
        subject = _PRONOUN_SUBJECT.search(text[max(0, start - 12) : start])
        if subject is not None:
            told.append((subject.group(1), max(0, start - 12) + subject.start(), match.end()))
    if "buried" in text or "burn" in text or "cremated" in text:
        told.extend((m.group("pronoun"), m.start(), m.end()) for m in _DISPOSED.finditer(text))
        reported = reported or any(m.group("role").lower() in ROLES
                                   for m in _DISPOSED_ROLE.finditer(text)) or re.search(
            _LAID_TO_REST + rf"{CAPITAL}", text) is not None
    if " dead" in text:
        reported = reported or _TIME_DEAD.match(text) is not None or any(
            m.group("role").lower() in ROLES for m in _ROLE_DEAD.finditer(text))
    return tuple(told) or reported or _DEATH_PHRASE.search(text) is not None


def _in_memory(sentence: str, after: int) -> bool:
    """Whether a sentence tells a memory ("Ana remembered how Ivo smiled") — not when all it
    remembers is a thing after the deed, which `after` ends ("Nena leaned out, laughing the big
    laugh Luíza remembered": the laugh is remembered, the leaning out is now)."""
    return any(match.start() < after or not match.group().lower().startswith(_REMEMBERING)
               or not _REMEMBERED_THING.search(sentence, after, match.start())
               for match in _MEMORY.finditer(sentence))


_REMEMBERING = ("remember", "recall")


def _own_death_told(sentence: str, after: int) -> bool:
    """Whether a sentence tells of a death that may be the character's own ("the winter
    before he died") — not a thing's ("when the murmur died") or another's ("his wife died",
    "your client … before he died", someone unnamed said after the name, which ends at
    `after`)."""
    return any(not _OTHER_DEAD.search(sentence, 0, match.start())
               and not _unnamed_between(sentence, after, match.start())
               for match in _DEATH_VERB.finditer(sentence))


def _hedged(text: str, match: re.Match[str]) -> bool:
    window = text[max(0, match.start() - 40) : match.start()]
    hedge = _HEDGE.search(window)
    if hedge is not None and _INSERTED.search(window, 0, hedge.start()) and _RESUMED.search(
        window
    ):
        # "…, exactly once a month so that he would not get proud, had died": the doubt is
        # the inserted clause's, and the sentence goes on to say he died.
        hedge = None
    return hedge is not None or _BELIEVED_THAT.search(text, 0, match.start()) is not None or (
        _ONLY_ON_PAPER.match(text, match.end()) is not None)


# "…had been drowned only in the Galway paper", "dead only on paper": a death that never was.
_ONLY_ON_PAPER = re.compile(r"\s+only\s+(?:in|on)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:paper|papers|"
                            r"newspapers?|register|records?|lists?|telegram)\b", re.IGNORECASE)


# A clause set inside a sentence, and the sentence taken up again after it.
_INSERTED = re.compile(r"\b(?:so\s+that|because|who|which|whom|although|though|while|when|"
                       r"where)\b", re.IGNORECASE)
_RESUMED = re.compile(r",\s*(?:had\s+|has\s+)?$")


def _dead_in(text: str, base: int, mentions: list[Mention],
             genders: Mapping[str, str | None]) -> list[Mention]:
    dead = []
    for match in _DEATH_VERB.finditer(text):
        if _hedged(text, match):
            continue
        # In speech broken by who says it ('"Don Beppe," said Silvina, "has been dead"'),
        # the speaker is no subject of what is said, nor the other way round.
        spoken = quote_open(text[: match.start()])
        before = [m for m in mentions if m.span.end - base <= match.start()
                  and quote_open(text[: m.span.start - base]) == spoken]
        if not before:
            continue
        subject = before[-1]
        between = text[subject.span.end - base : match.start()]
        if _NAMED_IN_CLAUSE.search(text, 0, subject.span.start - base):
            # "his only son, who was also Walter Cray, walked out and never came back": the
            # name tells who the son is; the clause's head is the one it is about.
            continue
        opener = before[0]
        joined = _AND_PRONOUN.search(between)
        if joined is not None and opener.run.initial and not opener.run.possessive and (
            genders.get(opener.cluster.name) in (PRONOUN_GENDER[joined.group(1).lower()], None)
        ) and not _OTHER_DEAD.search(text, 0, match.start()):
            # "Poul had farmed the land as long as Farfar had, and he had died in January":
            # the one the sentence opened on.
            dead.append(opener)
            continue
        if subject.run.prev == "the" and re.match(r"\s*who\b", between):
            # "The Alhaji Balogun who had died was another man": one of the name, not this
            # one.
            continue
        head = _relative_clause_head(text, base, before, between)
        if head is not None:
            # "Old Yefim, who had carried Alexei on his shoulders, had died": Yefim did.
            if not head.run.possessive:
                dead.append(head)
            continue
        if subject.run.possessive or len(between) > 60 or re.search(r"[;:]", between):
            continue
        if _JOINT_OWNER.match(between):
            continue  # "His mother, Nan and Koro's eldest girl, had died": theirs, not Nan
        # "…the same Dennis who had been her fiancé the summer her uncle was dead": the
        # uncle was.
        if _OTHER_DEAD.search(between):
            continue
        # "Marta, after her grandmother, who died": the one who died is the grandmother.
        who = re.search(r"\bwho\b", between)
        if who and re.search(r"\w", between[: who.start()]):
            continue
        # "…José Tomás, all of it, until the day she died": she is someone else.
        pronoun = _PRONOUN_SUBJECT.search(between)
        if pronoun and _object_before(between[: pronoun.start()], pronoun.group(1)):
            continue  # "Ti-Jean had dug him out…, he was dead": he is whom Ti-Jean dug out
        gender = genders.get(subject.cluster.name)
        if pronoun and gender and gender != PRONOUN_GENDER[pronoun.group(1).lower()]:
            continue
        if pronoun and gender is None:
            # "Aurelio Quist had built Harrow Relay and run it until he died": the one
            # named before of the pronoun's sex, else the sentence's first — not whatever
            # was named last.
            wanted = PRONOUN_GENDER[pronoun.group(1).lower()]
            opener = before[0] if not before[0].run.possessive else subject
            subject = next((m for m in reversed(before) if genders.get(m.cluster.name) == wanted
                            and not m.run.possessive), opener)
        if _TIME_OF_DEATH.search(text, 0, subject.span.start - base):
            continue  # "in the season Commander Hale died": a time the story is told from
        dead.append(subject)
    for mention in mentions:
        prefix = text[: mention.span.start - base]
        suffix = text[mention.span.end - base :]
        if _LATE.search(prefix) or _DEATH_NOUN.search(prefix) or (
            mention.run.possessive and _POSSESSIVE_DEATH.match(suffix[2:])
        ) or (_DISPOSED_BEFORE.search(prefix) and _DISPOSED_AFTER.match(suffix)) or (
            _BARE_DEAD.match(suffix) and not _HEDGE.search(prefix[-40:]) and "?" not in suffix
        ):
            dead.append(mention)
    return dead


def _relative_clause_head(text: str, base: int, before: list[Mention],
                          between: str) -> Mention | None:
    """The one a relative clause is about, when the death verb comes right after the clause
    closes (", had died"): the character named just before its "who"."""
    if not re.search(r",\s*(?:had\s+|has\s+)?$", between):
        return None
    if re.match(r",\s*who\b", between):
        return before[-1]  # "Beppe Ruggiero, who had played bochas…, had died"
    last = before[-1].span.start - base
    for who in re.finditer(r",\s*(?:[\w\s'’-]{0,40},\s*)?who\b", text[:last]):
        heads = [m for m in before if m.span.end - base <= who.start()]
        if heads:
            return heads[-1]
    return None


def _dead_by_pronoun(index: MentionIndex, view: SentenceView, cue: _Told | bool,
                     mentions: list[Mention]) -> list[tuple[str, int]]:
    """(character, where in the sentence the death is told) for the deaths the sentence's
    cue tells of a pronoun: the character named just before, when the sentence names no one
    before the pronoun."""
    if not isinstance(cue, tuple):
        return []
    found = []
    for pronoun, start, end in cue:
        before = [m for m in mentions if m.span.start - view.start < start]
        if before and pronoun.lower() in ("him", "her"):
            # "They brought Shorty Mabry in…, and they buried him on the hill": the one of
            # his sex the sentence named, unless someone unnamed comes between ("Jack's
            # father").
            gender = PRONOUN_GENDER[pronoun.lower()]
            # Not the sentence's own subject ("Theo had been ten when we buried him": Pop).
            named = [m for m in before if not m.run.possessive and not m.run.initial
                     and index.genders.get(m.cluster.name) in (gender, None)]
            text = index.manuscript.documents[view.document].text
            if named and not _unnamed_between(text, named[-1].span.end, view.start + start):
                found.append((named[-1].cluster.name, end))
            continue
        # A name before the pronoun is the sentence's own subject (see `_dead_in`) — unless
        # "him" or "her" came between: "By the time Ti-Jean had dug him out, he was dead" is
        # the death of whom "him" stands for, named before the sentence.
        if before and not _object_before(
                index.text(view)[before[-1].span.end - view.start : start], pronoun):
            continue
        # In speech ('"…since we buried her."') the pronoun is whom the talk is about, not
        # the one the narration named last.
        if in_quotes(view, view.start + start):
            name = _spoken_of(index, view, pronoun, view.start + start)
        else:
            name = _antecedent(index, view, pronoun, view.start + start)
        if name is not None and name not in {m.cluster.name for m in mentions}:
            # Not one the sentence names after the pronoun: "She died …, with Ah Lian holding
            # one of her hands" is someone else's death.
            found.append((name, end))
    return found


def _antecedent(index: MentionIndex, view: SentenceView, pronoun: str, at: int) -> str | None:
    """The character a pronoun at document offset `at` stands for: the one `resolve` gives,
    named within a few sentences — unless someone unnamed ("her father", "a man") is spoken
    of after the name, whom the pronoun may mean instead."""
    cluster = index.resolve(view, pronoun)
    if cluster is None:
        return None
    text = index.manuscript.documents[view.document].text
    reach = _PRONOUN_REACH + _chain(view, PRONOUN_GENDER.get(pronoun.lower()))
    for order in range(view.order - 1, max(-1, view.order - 1 - reach), -1):
        for mention in reversed(index.by_sentence[order]):
            if mention.span.document != view.document:
                return None
            if mention.cluster is cluster:
                if _unnamed_between(text, mention.span.end, at):
                    return None
                return cluster.name
    return None


def _spoken_of(index: MentionIndex, view: SentenceView, pronoun: str, at: int) -> str | None:
    """The character a pronoun in speech at document offset `at` stands for: the one the talk
    named last, within a few sentences ('"Nena's," Vó said. "You didn't hear? She died in
    June."') — passing over the speaker, whom the narration names, but not over someone spoken
    to ('"Listen, Khady. He died."'), someone unnamed said after ("Nena's father"), or one
    of the other sex."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    text = index.manuscript.documents[view.document].text
    for mentions in index.before(view, _PRONOUN_REACH):
        for mention in reversed(mentions):
            span = mention.span
            if span.document != view.document:
                return None
            if not said_in_speech(mention):
                continue
            if (not mention.run.possessive and vocative(text, span)) or (
                index.genders.get(mention.cluster.name) not in (wanted, None)
            ) or _unnamed_between(text, span.end, at):
                return None
            return mention.cluster.name
    return None


_CHAINED = {"m": frozenset({"he", "his", "him"}), "f": frozenset({"she", "her"})}


def _chain(view: SentenceView, gender: str | None) -> int:
    """How many sentences right before `view`, in its paragraph, each speak of someone of
    `gender` ("He was a heavy man… His eyes were open… I put two fingers on his neck. He
    was dead."): a pronoun that goes on through them reaches that much further back."""
    paragraph = view.paragraph
    if paragraph is None or gender is None:
        return 0
    count = 0
    for number in range(view.number - 1, -1, -1):
        if _CHAINED[gender].isdisjoint(paragraph.sentence_words[number]):
            break
        count += 1
    return count


@cache
def _someone_else() -> re.Pattern[str]:
    """A person spoken of without a name: "her father", "a man", "the boy", "Koro's younger
    brother" — unless said of
    the one named ("He was a quiet man": the predicate, `_PREDICATE`)."""
    words = set(wordlists().kinship) | {
        "man", "woman", "men", "women", "boy", "girl", "child", "baby", "lad", "lass", "friend",
        "stranger", "gentleman", "lady", "king", "queen", "soldier", "priest", "doctor", "dog",
        "horse", "cat", "client", "patient", "master", "mistress", "employer", "partner",
        "neighbour", "neighbor", "tenant", "servant", "boss", "colleague"}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "Koro's younger brother" too: someone known by whose relative he is.
    return re.compile(rf"(?:\b(?:his|her|their|my|our|your|the|a|an|that|this|another)|"
                      rf"(?-i:{CAPITAL})[\w’-]*['’]s)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{alternatives})\b", re.IGNORECASE)


# A numeral or a word of generation after a name: someone else who carries it.
_GENERATION_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(GENERATIONS, key=len, reverse=True))})\b\.?|"
    r",?\s+the\s+(?:Younger|Elder)\b")
# A death that dates something: "I was eighty in the season Commander Hale died" — the
# story may go on to tell that season, before the death.
_TIME_OF_DEATH = re.compile(r"\b(?:in|during|by)\s+the\s+(?:season|year|summer|winter|spring|"
                            r"autumn|month|week|days?)\s+(?:(?:that|when)\s+)?$", re.IGNORECASE)
# "Nan and Koro's eldest girl": a name that owns, with another, what follows.
_JOINT_OWNER = re.compile(rf"\s+and\s+{CAPITAL}[\w’-]*['’]s\s")
_PREDICATE = re.compile(r"\b(?:was|is|been|be|as|became|like)\s+$", re.IGNORECASE)


def _unnamed_between(text: str, start: int, end: int) -> bool:
    for match in _someone_else().finditer(text, start, end):
        if _OWN.search(match.group(0)):
            continue  # "across the back of his own horse": what the named one has
        if not text[start : match.start()].strip(" ,(—–-"):
            continue  # "Frank Mulcahy, Mum's dad,": the named one, set beside his name
        if not _PREDICATE.search(text[max(start, match.start() - 8) : match.start()]):
            return True
    return False


_OWN = re.compile(r"^(?:his|her|their)\s+own\b", re.IGNORECASE)


def _finding(context: CheckContext, name: str, death: tuple[SentenceView, int],
             later: tuple[SentenceView, int]) -> Finding:
    """`death` and `later` are each a sentence and where in it what matters ends."""
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name, (sentence(death[0]), "is reported dead"),
                    (sentence(later[0]), "later acts"), subject=name,
                    focus=(death[1], later[1]))
