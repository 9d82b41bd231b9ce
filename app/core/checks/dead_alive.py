"""dead then alive: a character reported dead who later acts or speaks.

A death is read from the sentence that reports it: "Colette had passed away", "her late mother,
Colette", "the death of Colette", "Colette's funeral". The dead character is the one named
nearest before the verb (not a possessor: in "Sofie's mother died" the mother died), or, for
"and he died in May" or "They buried him on the hill" in a sentence naming no one before the
pronoun, the character named just before (unless "her father" or "a man" comes between, whom the
pronoun may mean, or "him" — "By the time Ti-Jean had dug him out, he was dead" is the death of
whom "him" stands for). In speech the pronoun is the one the talk named last ('"Nena's," Vó
said. "She died in June."', the narration between its lines passed over), not the speaker the
narration names nor someone spoken to. A burial by others ("they buried", "they bury") is a
death when the sentence says where or when ("on the hill", "eleven days later", "that Friday"),
not "buried him in paperwork", and so is one told as lying under the ground ("He is already
under the sand"). Negated or hypothetical deaths and burials ("nearly died", "if he died", "if
they buried him") do not count, nor deaths counted or only declared ("dead once himself,
officially") or given a length of time they lasted ("For a night and most of a day, Angus was
drowned"). A thing named after a relative who died carries the relative's name ("the boat:
AMMINI, after his grandmother, who died"), even when the name is said nowhere else as a
character's.
Later, a mention where the character does something ("Colette took", "said Colette", "Colette
is standing", "under the lilac sat pani Lidiia", "Dirk, leaning in the doorway with his cold
pipe, told him") or is somewhere now ("Ammini was in the kitchen", "Amos was already there,
sitting on his chair") or sends a message ("[Voice note, Munir → Abu Tarek, 4 March 2025]", not one
dated before the death), not a name written as words ("the words Suleiman bin Khamisi, returned to
God"), outside what a picture or a screen shows (in a paragraph about a photograph, or
standing or sitting in the one after a paragraph ending on a photograph: "…under the 1965 team
photograph. / Big Wattie stood at the end of the back row"), outside a memory ("remembered",
"ghost", "used to", "buried" — not "the corner the roof had not buried"; not a thing another
remembers after the deed, "the big laugh Luíza
remembered", nor a habit the deed is likened to, "sat on the step, the way he used to") and
outside
another time ("because Pop read every word", "She had been a widow when Pyotr married her" — but
"A little after that Hallur walked in" is now), and outside a chapter whose years put it
before the death's ("Chapter Two" opening "By September 1951" after a chapter come to 1979),
is the contradiction, as is being found somewhere
("I found Nhia near the ball-toss lines") when the next sentence's "he" or "she" does something
("He saw me and smiled") (what counts as such a deed is `deeds`') — unless the book says
afterwards that the character is alive ("OTTO ALIVE. CLERK'S ERROR."; not "while Otto was
still alive", a time before the death) or the character says so
('"I was never dead at all"', a telegram's "I AM ALIVE STOP") or that word of the death went
astray, in a paragraph naming the one reported dead ("sent word to the wrong family", "wrote
the wrong name on the form"), or the death was only word in someone's speech and the
character goes on through the story, doing things again and again. When the text says two people
bear the name ("there were now two Pyotrs") or that a child was given it for a relative ("named
Nikitas for his grandfather"), the name said alone may be the living one; when it tells two
bearers apart by age ("old Anders … young Anders", "Walter Haywood the elder"), a deed is the
dead one's only when told of him by the word the death named him by; when it sets two forms of
the name side by side as two people's ("a Frank and a Frankie", "the father was Frank, the boy
was Frankie"), a deed told by the form the death did not use may be the other's. A given name
after a farm's the story names, as Nordic villages call people ("Knuts-Greta"), is the one of
that given name, when no one else has it; so is a title or an epithet before one word of the
dead's full name ("Mr. Tulloch" of Obadiah Tulloch, "Old Cheung" of Cheung Man-lok) when no
one else's name has that word and the title tells no other sex ("Oma Behrens" is the widow),
and a family word before the dead's given name ("Pappous Michalis" of Michalis Georgiou), even
when the story never tells the dead's sex.
One later deed belies a death once, though the analysis kept its doer as two ("Mrs. Pruett is
dead", "We buried Hannah Pruett"). The deaths are read by `deaths`; this module looks for
the dead doing things afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import CheckContext, Example
from app.core.checks.cues import CueWords, cue_sentences, in_quotes, neighbour, sentence_at
from app.core.checks.deaths import (
    DEATH_VERB,
    NAME_AS_WORD,
    NAME_AS_WORD_REACH,
    OTHER_DEAD,
    told_deaths,
    unnamed_between,
)
from app.core.checks.deeds import met_and_goes_on, sends, there_now
from app.core.checks.evidence import contrast
from app.core.checks.mentions import MentionIndex
from app.core.checks.referents import (
    REACH,
    age_epithet,
    given_name,
    said_to_be_two,
    shared_name,
    told_apart_by_age,
)
from app.core.checks.story_time import (
    new_chapter_between,
    opening_year,
    year_named_in_chapter,
    year_of,
)
from app.core.manuscript import Manuscript, SentenceView
from app.core.model import EntityKind, Finding, WarningKind
from app.core.names import EPITHETS, GENERATIONS, NameRun
from app.core.text import CAPITAL
from app.core.variants import diminutive
from app.core.wordlists import wordlists

RULE = "dead-alive"
KIND = WarningKind.CONTRADICTION

EXAMPLES = (
    Example(("They named him Anxel for his father, and the hotel at once began to call him "
             "Anxelito, so that when somebody shouted for Anxel down the long hall the right one "
             "would come. Anxel Ferrer was dead. There was a burn on his shoulder the size of a "
             "man's palm.\n\nWhat Anxelito called him, within the year, was aita. She was "
             "buried next to Anxel Ferrer.\n\nAnxel came down from Boise the next day. The "
             "brass plate on his office door said Anxel Ferrer Junior, Attorney at Law, so that "
             "clients who had known the father would not confuse the two. He told the other "
             "things, too, because Anxel Ferrer had been a man and not just a way of dying.",),
            note="'Anxelito', a pet form of the Junior's given name, may be the son"),
    Example(("Nerea Zubiri came to Elko in 1920. Joxe Arrieta came the year after.",
             "Nerea Zubiri lived to see Joxe married, and died in her own bed above the hotel "
             "in 1952.",
             "When he had finished, Joxe said that his father had written from home."),
            note="', and died' with no subject of its own: Nerea died, not Joxe"),
    Example(("Nerea Zubiri came to Elko in 1920. Joxe Arrieta came the year after.",
             "Nerea Zubiri lived to see Joxe married, and died in her own bed above the hotel "
             "in 1952.",
             "When the dance was over, Nerea Zubiri said that the hotel was closing."),
            ("Nerea Zubiri",), note="the sentence's subject died, and later speaks"),
    Example(("Little George sewed the buttonholes, and Little George laughed at the radio.",
             "\"Little George is dead,\" the herbalist's woman said, and began to cry.",
             "At eight the next morning Little George walked in with the jacket over his arm."
             "\n\n\"So I was dead all night,\" he said, \"and nobody told me.\""),
            note="his own 'So I was dead all night': the word of his death was wrong"),
    Example(("Mori Seiji fired the kiln at Hinoyama. Old Seiji worked without talking.",
             "Mori Seiji was twenty, and he had been named for his grandfather. Old Seiji had "
             "died in the winter of 1982, and the village called the boy young Seiji.",
             "\"Your brother,\" Seiji said slowly."),
            note="family name first: 'old Seiji' and 'young Seiji' tell the given name's two "
                 "bearers apart"),
    Example(("Nonc Lucien played the fiddle at the dance hall, and Nonc Lucien laughed.",
             "Roy looked up from the ledger. \"Nonc,\" he said, \"I wrote you down drowned.\"",
             "\"'Jolie Blonde,'\" said Nonc Lucien, and played it."),
            note="'wrote you down drowned': what was written, not what befell him"),
    Example(("Ama Serwaa kept the stall at Makola, and Ama Serwaa laughed at the soldiers.",
             "Ama Serwaa had died in 1971.",
             "Little Ama knew the stories about her namesake and sang them at the stall."),
            note="'Little Ama', after Ama died: a younger bearer of the name"),
    Example(("Cuco played dominoes in the park every evening, and Cuco laughed.",
             "And Cuco, as everybody in the park knew, was dead.", "\"I know,\" said Cuco."),
            note="'as everybody knew': what all the world believed"),
    Example(("Wendell Causey went to the war. Wendell Causey laughed at the train.",
             "A boy from his platoon had sworn to the lieutenant that Causey was dead.",
             "Wendell Causey came home in the spring."),
            note="'had sworn … that': what someone swore, not known"),
    Example(("Uncle Hoskie met us at Piñon in his green pickup, and Hoskie laughed.",
             "In the morning Hoskie was dead.",
             "Hoskie was there too. He came out of the hooghan with the coffee pot."),
            ("Uncle Hoskie",), note="'was there too': in the scene with the others"),
    Example(("Old Noakes the porter said it would be a hard winter, and Noakes laughed.\n\n"
             "Tuesday, 6th February\n\nOld Noakes died on Sunday night.\n\nSaturday, 11th May\n\n"
             "Old Noakes was out first thing with the pony and the heavy roller.",), ("Noakes",),
            note="'was out first thing with the pony': someone there now"),
    Example(("Chipo came to Highfield on the bus.", "Chipo died in the drought of 1992.",
             "Chipo laughed at the door and said, \"You are late.\""), ("Chipo",),
            note="'you are late' is no 'late' of the dead, no memory"),
    Example(("Chipo came to Highfield on the bus.", "Chipo died in the drought of 1992.",
             "Chipo was on her reed mat by the door. Chipo clapped twice."), ("Chipo",),
            note="somewhere on her own mat, now, and clapping"),
    Example(("Don Anselmo kept the panadería.", "Don Anselmo died on the first of February.",
             "Then Don Anselmo pushed himself up out of his chair and made the toast he had made "
             "at every birthday for as long as I could remember."), ("Don Anselmo",),
            note="'for as long as I could remember' is how long, no memory"),
    Example(("Ravi Kanagasabai went to the tutory on the Monday.",
             "\"The Kanagasabai boy,\" he said. \"Everyone is saying it. He is dead, Nona.\"",
             "It was Ravi. Ravi Kanagasabai sat down on a rice sack and laughed."),
            note="a death passed on as word going round, in speech"),
    Example(("Deonarine went to Birmingham.", "Deonarine was dead, as far as we knew, for "
             "sixty-three days.", "Deonarine came home in the spring."),
            note="'as far as we knew': what was believed"),
    Example(("Tom Coyle died on the Wednesday night.",
             "Your father, Tom Coyle, was sitting in his corner with the pipe cold in his "
             "mouth."), ("Tom Coyle",), note="a relative named in apposition, then the verb"),
    Example(("Pepík carved every head the company owned.", "Pepík had not lived to see the "
             "peace.", "Pepík stood in the doorway from the yard."), ("Pepík",),
            note="'had not lived to see' it: died before it came"),
    Example(("Harbans lay back in the shade.", "On the fifth morning Harbans died in the inner "
             "room.", "In the morning Harbans walked with me to the station at Ludhiana."),
            ("Harbans",), note="'In the morning' opens the sentence: no clause of time"),
    Example(("The mother was Délima Gagnon, but the whole river called her Mère Gagnon. Mère "
             "Gagnon wore black to the requiem.",
             "Mère Gagnon, sixty-eight that summer, still kept the boarding house. On the "
             "dresser she had a photograph of her late husband Gagnon.\n\n\"Rivers do not "
             "know anything,\" said Mère Gagnon."),
            note="'her late husband Gagnon': a man of her surname, not the woman called by it"),
    Example(("Wen Bo rode out. The old rider Li Hua carried the long tom down to the water, and "
             "Li Hua and I carried the sluice. Li Hua died in the spring.",
             "Last week Li Hua and I carried the long tom down to the water."), ("Li Hua",),
            note="the name and 'I', one subject: what they do, he does"),
    Example(("Walt Purdy died on the first Thursday in June.",
             "We went out by the lockers. Walt Purdy was standing at Gate Four with his oil can, "
             "and he looked us over and nodded once."), ("Walt Purdy",),
            note="'nodded once' is one nod, no 'once' of the past"),
    Example(("We bury Mose Keeping on the Thursday, on the hill behind the church.",
             "Mose Keeping is out on the end of his stage-head, and he roars up the hill in the "
             "voice that used to reach clear across the harbour."), ("Mose Keeping",),
            note="out on the end of the stage now; 'that used to' is the voice's habit"),
    Example(("3 May 2016, 09:10\nHoda Saleh → family group\n\n\"My cousin Karim Haddad is "
             "dead. They buried him yesterday.\"\n\n[Voice note, Karim Haddad → Hoda Saleh, "
             "2 June 2024, 0:40]\n\n\"I am at the bus stop now. Come down.\"",),
            ("Karim Haddad",), note="the sender a message's header names: he speaks it then"),
    Example(("3 May 2016, 09:10\nHoda Saleh → family group\n\n\"My cousin Karim Haddad is "
             "dead. They buried him yesterday.\"\n\n[Voice note, Karim Haddad → Hoda Saleh, "
             "2 June 2009, 0:40]\n\n\"I am at the bus stop now. Come down.\"",),
            note="a message dated before the death: sent while he lived"),
    Example(("Rafe Colby died in the spring, and they buried him on the hill.",
             "In the evenings Rafe Colby sat at his table in the one corner of the yard the flood "
             "had not buried, and set the boy sums."), ("Rafe Colby",),
            note="what the flood had not buried is no burial"),
    Example(("Rafe Colby died in the spring, and they buried him on the hill.",
             "Rafe Colby sat at his table by the window, and they buried him the next day."),
            note="a burial after the deed: the deed is before it"),
    Example(("Rafe Colby died in the spring, and they buried him on the hill.",
             "After supper the screen door opened, and Rafe Colby came out and sat on the step "
             "beside me, the way he used to."), ("Rafe Colby",),
            note="'the way he used to': done now, as it was done before"),
    Example(("Rafe Colby died in the spring, and they buried him on the hill.",
             "Ana remembered how Rafe Colby came out and sat on the step beside her, the way "
             "he used to."), note="remembered, with the habit likened"),
    Example(("Amona Ibarra had died in the winter of 1957, in the chair by the window.",
             "Miren looked up at the dresser; beside Patxi, Amona Ibarra sat in her black, small "
             "and upright. The photographer had come up from Gernika for that one."),
            note="what a picture shows, in a paragraph about the picture"),
    Example(("\"Old Joseph Mabbott, the head gardener. He died of the pneumonia the winter "
             "before last, and we buried him in the churchyard.\"",
             "The coroner called Ellen Dawlish. After her came Joseph Mabbott, head gardener, a "
             "bent old man."), ("Joseph Mabbott",),
            note="'After her came' is no clause of time: he comes now"),
    Example(("On the Sunday morning, before it was light, Dòmhnall Bàn died.",
             "We nailed it to the gable, and Dòmhnall Bàn grumbled all the way over."),
            ("Dòmhnall Bàn",), note="what the voice does is a deed"),
    Example(("Bubbe Frajda had died in 1936, in her own bed.",
             "In 1946 a woman who had lived across the courtyard from Bubbe Frajda wrote to them."),
            note="the name after 'from' is no one who writes"),
    Example(("Manny's father, Gurdev Dhillon, had died the previous April.",
             "Gurdev Dhillon was there in a navy turban, a tall man with a white beard."),
            ("Gurdev Dhillon",), note="there in what he wears: there, alive"),
    Example(("Gurdev Dhillon had died the previous April.",
             "At the wedding Gurdev Dhillon was there in spirit, Manny said."),
            note="there in spirit is no one there"),
    Example(("Everyone on the island knew that Sven Olsson was drowned. His wife wept.",
             "A boat came round the point. Sven Olsson came up from the jetty. \"I'm not dead,\" "
             "he told the meadow. Sven looked at the water."),
            note="the dead one's own word that the report was wrong"),
    Example(("Hasan Demirci worked at the Ford works, and Hasan laughed at the foreman.",
             "The consulate's telegram said that Hasan Demirci had died in a fire.",
             "By then Hasan had sent his own. I AM ALIVE STOP THE LIST WAS WRONG STOP.\n\n"
             "Hasan married Ayşe in November."),
            note="his own telegram, in capitals: 'I AM ALIVE'"),
    Example(("Adi Bharucha went out with the army, and Adi Bharucha laughed at the train.",
             "A telegram said that Adi Bharucha had died of wounds.",
             "\"A card on the end of a bed,\" said Adi Bharucha. \"I was never dead at all.\""),
            note="his own 'I was never dead'"),
    Example(("Kapetan Nikitas took the boat out, and Kapetan Nikitas laughed at the wind.",
             "When old Kapetan Nikitas died in the winter of 1931, Manolis took the boat. Their "
             "first son was named Nikitas for his grandfather.",
             "Nikitas came down the gangway to fetch his son."),
            note="a child named for the dead: the name alone may be the grandson"),
    Example(("Kapetan Nikitas took the boat out, and Kapetan Nikitas laughed at the wind.",
             "When old Kapetan Nikitas died in the winter of 1931, Manolis took the boat. Their "
             "first son was named Petros for his grandfather.",
             "Nikitas came down the gangway to fetch his son."), ("Kapetan Nikitas",),
            note="the child was given another name"),
    Example(("Kapetan Nikitas took the boat out, and Kapetan Nikitas laughed at the wind.",
             "When old Kapetan Nikitas died in the winter of 1931, Manolis took the boat.",
             "Above the shelf old Kapetan Nikitas watched from his black frame over the kitchen, "
             "waiting for the boats."),
            note="what a picture shows, told by its frame"),
    Example(("Kapetan Nikitas took the boat out, and Kapetan Nikitas laughed at the wind.",
             "When old Kapetan Nikitas died in the winter of 1931, Manolis took the boat.",
             "Kapetan Nikitas stood in the door frame and laughed."), ("Kapetan Nikitas",),
            note="a door's frame is no picture's"),
    Example(("Sergeant Frank Doyle had the desk, and Frank Doyle laughed. The house held a "
             "Frank and a Frankie.",
             "His grandfather Frank had not lived to see him in the uniform.",
             "Frankie Doyle was a lieutenant now. Frankie reached for the potatoes."),
            note="'a Frank and a Frankie': two people, whom the analysis took for one"),
    Example(("Sergeant Frank Doyle had the desk, and Frank Doyle laughed. The father was "
             "Frank, the boy was Frankie.",
             "His grandfather Frank had not lived to see him in the uniform.",
             "Frankie Doyle was a lieutenant now. Frankie reached for the potatoes."),
            note="'the father was Frank, the boy was Frankie': each form told whose"),
    Example(("Sergeant Frank Doyle had the desk, and Frank Doyle laughed. The house held a "
             "Frank and a Frankie.",
             "His grandfather Frank had not lived to see him in the uniform.",
             "Frankie Doyle was a lieutenant now. Frank reached for the potatoes."),
            ("Frankie Doyle",), note="the very form the death named him by"),
    Example(("Sergeant Frank Doyle had the desk, and Frank Doyle laughed.",
             "His grandfather Frank had not lived to see him in the uniform.",
             "Frankie Doyle was a lieutenant now. Frankie reached for the potatoes."),
            ("Frankie Doyle",), note="no text sets the two forms apart: one man, called both"),
    Example(("Tuppence Joyce sold the van. Tuppence Joyce laughed. \"I'll believe Tuppence is "
             "dead when I see him dead,\" Granny said.",
             "Tuppence Joyce walked up out of the crowd and laughed. Tuppence Joyce said hello."),
            note="what someone will believe is no death"),
    Example(("Tuppence Joyce sold the van. Tuppence Joyce laughed. \"Tuppence Joyce was dead in "
             "1958. Drowned, they said. Came walking up two days later with a pony,\" Granny "
             "said.",
             "Tuppence Joyce walked up out of the crowd and laughed. Tuppence Joyce said hello."),
            note="a death put down to what people said ('Drowned, they said.')"),
    Example(("Henrik Dahl had given his own name to his son, so the town said old Henrik and "
             "young Henrik. Old Henrik sat on the bench by the harbour. In March he caught a "
             "chill, and he died in his bed.",
             "Henrik painted the kitchen. Young Henrik went back to sea in August."),
            note="two bearers told apart by age: the deeds are the son's"),
    Example(("Henrik Dahl had given his own name to his son, so the town said old Henrik and "
             "young Henrik. Old Henrik sat on the bench by the harbour. In March he caught a "
             "chill, and he died in his bed.",
             "In May old Henrik walked down to the harbour and lit his pipe."),
            ("Henrik Dahl",), note="the one named as the elder acts after the elder's death"),
    Example(("Pop Doyle died six years ago.",
             "I am still Maren Doyle on my byline, because Pop Doyle read every word I wrote."),
            note="a reason clause tells of the past"),
    Example(("In the corner stood a stool that nobody used. It had belonged to Hanna Sleiman, "
             "whom the whole street had called Abu Fouad, and who had bound every book the shop "
             "produced. In February he had died in his sleep, and they had buried him in the "
             "rain.",
             "At the guillotine, Hanna Sleiman squared a pile of them with the flat of his hand "
             "and brought the blade down."),
            ("Hanna Sleiman",), note="Hanna is a woman's name too, but Abu Fouad a father's"),
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
    Example(("Tomas Ferreira is lying on the cartons. His breathing is slow.\n\n\"Tomas,\" "
             "Ines says, kneeling. \"Tomas, it's Ines. From downstairs.\"\n\nHe does not open "
             "his eyes. The rasping goes on a while, slower and slower, and then it stops.\n\n"
             "He is dead before the van reaches the gate.",
             "By the gate, on a paint bucket, sits Tomas Ferreira with a glass of tea on his "
             "knee."), ("Tomas Ferreira",),
            note="'He does not open his eyes' carries the later 'he' back to the name"),
    Example(("Tomas Ferreira is lying on the cartons. His breathing is slow.\n\n\"Tomas,\" "
             "Ines says, kneeling. \"Tomas, it's Ines. From downstairs.\"\n\nA doctor comes "
             "up the stairs. He kneels and listens. The rasping goes on a while, and then it "
             "stops.\n\nHe is dead before the van reaches the gate.",
             "By the gate, on a paint bucket, sits Tomas Ferreira with a glass of tea on his "
             "knee."), note="the 'he' on the way is a doctor's, whom the later 'he' may mean"),
    Example(("Oumar Sy was old. He is already under the sand.",
             "A little before two, Oumar Sy put his head round the curtain and told her to go "
             "to bed."), ("Oumar Sy",), note="under the sand: buried"),
    Example(("Oumar Sy was only six that summer. All afternoon he lay on the beach, and by four "
             "he was under the sand up to his chin.",
             "A little before two, Oumar Sy put his head round the curtain and told her to go "
             "to bed."), note="under the sand at the beach, up to his chin: play"),
    Example(("\"Listen to me. Oumar Sy has gone.\"\n\nAwa lifted her foot from the pedal. The "
             "needle stopped halfway down.\n\n\"When?\"\n\n\"In the night. They washed him at "
             "the house. He is already under the sand, Awa.\"",
             "A little before two, Oumar Sy put his head round the curtain and told her to go "
             "to bed."), ("Oumar Sy",),
            note="the talk goes on about whom it named, past the narration between its lines"),
    Example(("\"Listen to me. Oumar Sy has gone.\"\n\nAwa lifted her foot from the pedal. Her "
             "father came in from the yard.\n\n\"When?\"\n\n\"In the night. They washed him "
             "at the house. He is already under the sand, Awa.\"",
             "A little before two, Oumar Sy put his head round the curtain and told her to go "
             "to bed."), note="her father, come in meanwhile, may be whom the talk means"),
    Example(("Amos Bell died in May.",
             "Amos Bell, in a grey suit with a red flower in the buttonhole, squeezed the back "
             "of the boy's neck."), ("Amos Bell",),
            note="a description between the name and the deed; taking hold is acting"),
    Example(("Amos Bell died in May.",
             "Ana remembered how Amos Bell squeezed the back of her neck."),
            note="taking hold, remembered"),
    Example(("Gash Mulugeta died in January, in his sleep.",
             "Gash Mulugeta, in his usual chair beside the glass, takes the cup."),
            ("Gash Mulugeta",), note="a deed told in the present, after a description"),
    Example(("Opa Joost went out onto the hatches. Opa Joost was dead.",
             "Opa Joost, leaning in the wheelhouse doorway with his cold pipe between his "
             "teeth, told him to keep her to port of the willows."), ("Opa Joost",),
            note="a long participle phrase between the name and the deed"),
    Example(("Opa Joost went out onto the hatches. Opa Joost was dead.",
             "Opa Joost, lying in the forward cabin with the blanket drawn up over his face, "
             "looked smaller than he had ever looked."),
            note="lying there, with the blanket over his face, is the dead body's"),
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
    Example(("Rafe Colby had been dead once himself, officially, for the better part of a year.",
             "Rafe Colby laughed and set down his cup."),
            note="a death counted and declared: one that did not last"),
    Example(("Rafe Colby died once the river froze.", "Rafe Colby laughed and set down his cup."),
            ("Rafe Colby",), note="'once' opening a clause of time: a death"),
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
    Example(("Bert Rooke ran the radio at Signy.\n\nFROM STANLEY STOP REGRET TO ADVISE ALBERT "
             "ROOKE RADIO OPERATOR DIED THURSDAY NIGHT STOP BODY HELD AT BASE STOP",
             "\"Same time next year, Terry,\" Rooke said."), ("Bert Rooke",),
            note="a telegram in capitals: the one character its clause names"),
    Example(("Bert Rooke ran the radio. Tom Hale ran the stores.\n\nROOKE SAYS HALE DIED "
             "THURSDAY NIGHT STOP",
             "\"Same time next year, Terry,\" Rooke said. Hale laughed."),
            note="a telegram's clause naming two: whose death it tells is unsure"),
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
    Example(("Old Dougald lay in the back room. Ronald MacLellan sat by the bed. Father Rankin "
             "anointed my grandfather, and then the old man asked for Ronald and would not let "
             "go of his wrist.\n\nHe died on the Tuesday, a little after four in the afternoon.",
             "Then Archie struck the first chord, and Ronald put the fiddle to his chin."),
            note="'the old man asked for Ronald': 'He died' may be the old man's"),
    Example(("Pépère Lacasse sat by the stove. Pépère Lacasse smoked his pipe.",
             "The letter was from his mother. It said that Pépère had died on the ninth of "
             "February, in the cot beside the stove.",
             "Pépère rose from the bench by the wall and leaned over to look."),
            ("Pépère Lacasse",), note="what a letter says ('It said that…') is the news"),
    Example(("Uncle Bortey ran the Palm Lantern. Uncle Bortey counted the house.",
             "The hall was let out to a church. Uncle Bortey was five years dead.",
             "The office door opened, and Uncle Bortey came out and leaned in the frame."),
            ("Uncle Bortey",), note="dead that long, said after the name"),
    Example(("Jack Marral went after him on a line, twice, and twice the crew hauled Jack back "
             "half drowned.",
             "Jack Marral nodded without turning round."),
            note="'half drowned' is nearly drowned"),
    Example(("The first man Danny met was Pop Hanley, who sat at a treadle machine. Pop Hanley "
             "packed the chute himself.",
             "Walter Hanley died that winter, and they buried him in the Missoula cemetery.",
             "At the far end Pop Hanley sat bent over a harness with a needle in his fingers."),
            ("Walter Hanley",), note="'Pop' before a surname is what a man is called, a title"),
    Example(("Jimmy Lang took my greatcoat. He was killed in the orchard on the eleventh of "
             "June. Please go and see Mrs. Lang. Tell her Jimmy was singing right up till then.",),
            note="what was done right up to the death is before it"),
    Example(("Aksel Brøndum fires the kiln. Aksel Brøndum is dead before the ambulance comes. "
             "They bury him on a Saturday.",
             "Aksel Brøndum is already inside, in his vest, scowling at the dials."),
            ("Aksel Brøndum",), note="there now: 'is already inside, in his vest'"),
    Example(("Baba Mkhize died on the eleventh of September. They buried him at Inanda.",
             "Baba Mkhize was there on the Monday, on the bench by the compound gate."),
            ("Baba Mkhize",), note="there now: 'was there on the Monday'"),
    Example(("Amos Dunphy kept this light before me and died of the pneumonia in 1909.",
             "Ezra told the old story of Dunphy's lantern, and she told him that if old Dunphy "
             "was keeping the glass clean he could come and do the windows."),
            note="'if old Dunphy was keeping the glass clean': a supposition"),
    Example(("Mendel Apfelbaum laid his head down on the bed of his machine. By the time "
             "Gorodetsky had walked over to tell him to sit up, the old man was dead.",
             "Mendel Apfelbaum lifted one hand from the wheel and laughed."),
            ("Mendel Apfelbaum",), note="'the old man was dead': the man the paragraph named"),
    Example(("Mendel Apfelbaum died in March, and they buried him on the Thursday.",
             "By the window Mendel Apfelbaum was bent over the buttonhole machine."),
            ("Mendel Apfelbaum",), note="there now: 'was bent over the machine'"),
    Example(("There were two Conceições in the school. Dona Conceição Barros sang with the "
             "baianas, and Conceição danced.",
             "That was the year Dona Conceição Barros had died.",
             "In the front row of the passistas, Conceição looked back and laughed."),
            note="'two Conceições': the name said alone may be either's"),
    Example(("Tomy Puthenpurackal was twelve. Tomy laughed.",
             "In the late afternoon Tomy let her take the wheel. Tomy waited."),
            note="'the late afternoon' is a time of day, no 'late' of the dead"),
    Example(("Little Hazel married Winston in June. Little Hazel was forty-one now, and she "
             "was still Little Hazel in that house and expected to be until she died.\n\n"
             "Little Hazel, at the window, laughed.",),
            note="a death looked for, not come: 'expected to be … until she died'"),
    Example(("Herr Feliks Brandt watched the looms. Herr Brandt is dead. They buried Feliks "
             "Brandt on Thursday.",
             "At the mill there is a new thing. Brandt has moved me to the English looms."),
            ("Feliks Brandt",), note="a deed in the present perfect"),
    Example(("Oumar Sy mended nets. Oumar Sy is dead; they buried him on Friday.",
             "Everyone knows it now. Oumar Sy has left us, and the nets lie idle."),
            note="'has left us' tells the death again, no deed"),
    Example(("Arthur Pryce died in May, and they buried him at Franklin.",
             "Arthur Pryce was sitting by the shed door, thinner than Nicolò remembered, "
             "peeling an apple."), ("Arthur Pryce",),
            note="'thinner than Nicolò remembered' tells of now"),
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
    Example(("Tom Haddow pushed the door open. Dusty Rourke was lying on his bunk with his "
             "boots on. The flies had found him. He was dead.",
             "\"Mill's pumping,\" Dusty Rourke said, between coughs."), ("Dusty Rourke",),
            note="'he' goes on from the name that tells no sex, not the man named before"),
    Example(("Dusty Rourke lay on the floor. Tom Haddow was lying on his bunk. Dusty Rourke "
             "looked at his face. The flies had found him. He was dead.",
             "Dusty Rourke laughed and said nothing."),
            note="the man named in the sentences about 'him' is the one 'he' means"),
    Example(("Tom Pryde was lying on his bunk. The flies had found him. He'd been dead two days "
             "at least.", "\"Mill's pumping,\" Tom Pryde said, between coughs."), ("Tom Pryde",),
            note="'He'd been dead', as people say it"),
    Example(("Ernesto Rojas had worked the winch for twenty years, and Don Aurelio Pinto had "
             "worked beside him for eleven of them. He had died in the winter of 1985.",
             "Don Aurelio Pinto tapped the glass and laughed."),
            note="'him' beside Aurelio is another man, whom 'he' may mean"),
    Example(("Piet Joubert ran the ferry.", "He went out to the jetty this morning with the "
             "lamp. The storm took the jetty at eight. Koos Venter went down and found him.\n\n"
             "We buried him the next afternoon behind the chapel.",
             "Koos Venter laughed and poured the tea."),
            note="'went down and found him': the man Koos found, not Koos, was buried"),
    Example(("Ana Petrović ran the reading room.", "A parcel came for Ana Petrović today, "
             "passed on by the Red Cross after months in some depot.",
             "Ana Petrović laughed and opened it."),
            note="'passed on by the Red Cross': the parcel was handed along, no one died"),
    Example(("Ana Petrović ran the reading room.", "Ana Petrović passed on in her sleep in "
             "March.", "Ana Petrović laughed and opened the parcel."), ("Ana Petrović",),
            note="'passed on' with no agent after is a death"),
    Example(("Ana Petrović ran the reading room.", "Ana Petrović passed on the road to the "
             "market at noon and did not stop.", "Ana Petrović laughed and opened the parcel."),
            note="'passed on the road': she went by, no one died"),
    Example(("Ana Petrović ran the reading room.", "Ana Petrović passed on to a better place "
             "that winter.", "Ana Petrović laughed and opened the parcel."), ("Ana Petrović",),
            note="'passed on to a better place': where the dead go, a death"),
    Example(("The ward was quiet. Last week she had asked Mary Khan to bring the henna. Mary "
             "Khan had said tomorrow. They buried her the next afternoon.",
             "Mary Khan laughed and poured the tea."),
            note="'she had asked Mary': another woman, whom 'her' may mean"),
    Example(("Oren Tal kept the mill. Oren Tal looked about him. He died in March.",
             "Oren Tal is standing at the gate in his coat."), ("Oren Tal",),
            note="'looked about him' is his own surroundings: no one else"),
    Example(("Sandy Rintoul stood by the sideboard. On it, in the frame, Sandy Rintoul's mother "
             "smiled out of the summer of 1955. She had died in the spring of 1957.",
             "Sandy Rintoul sat down and opened the letter."),
            note="'She' after 'Sandy's mother' may be the mother"),
    Example(("Oren Tal kept the mill. Oren Tal's wheel stood idle all winter. He died in March.",
             "Oren Tal is standing at the gate in his coat."), ("Oren Tal",),
            note="what the name owns is a thing, no one whom 'he' may mean"),
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
    Example(("Dusty Rourke died in the dry, and they buried him under the coolabah.",
             "Dusty Rourke rode in from the Nine Mile Bore on his old grey mare."),
            ("Dusty Rourke",), note="riding in is a deed of the living"),
    Example(("Hanna Haddad died in his sleep in February.",
             "At the guillotine, Hanna Haddad squared a pile of them with the flat of his hand."),
            ("Hanna Haddad",), note="squaring a pile with the hand"),
    Example(("Ravi Kale died in the first week of June, in his cane chair.",
             "From the old cane chair by the top step, Ravi Kale slapped his thigh and laughed."),
            ("Ravi Kale",), note="slapping his thigh"),
    Example(("Berit Lund ran the shop. They buried Berit Lund eleven days later, on a grey "
             "morning.", "Berit Lund came in from the alley with a crate on her shoulder."),
            ("Berit Lund",), note="buried, and when: 'eleven days later'"),
    Example(("Amos Bell played the fiddle. They buried Amos Bell that Friday in the cemetery "
             "behind the church.", "Amos Bell came in and sat down."), ("Amos Bell",),
            note="buried, and when: 'that Friday', a day of the week"),
    Example(("Berit Lund sweeps the yard. They bury Berit Lund on Friday in the cemetery.",
             "Old Berit Lund is in the gate arch with her broom."), ("Berit Lund",),
            note="a burial told in the present tense; being somewhere now"),
    Example(("Berit Lund took a fever. They'd bury Berit Lund on the hill if it came to that.",
             "Old Berit Lund is in the gate arch with her broom."),
            note="what they would do is no burial"),
    Example(("Oren Tal took a fever and got better. They buried Oren Tal's dog two days later.",
             "Oren Tal set down his bucket."), note="his dog was buried, not Oren"),
    Example(("Oren Tal took a fever. They buried him in paperwork all winter.",
             "Oren Tal set down his bucket."),
            note="buried in paperwork is not a burial"),
    Example(("Oren Tal took a fever. If they buried him on the hill, the goats would trample "
             "the grave.", "Oren Tal set down his bucket."),
            note="a burial hedged, as a death is: 'if they buried him'"),
    Example(("Oren Tal took a fever. Mira said that if they buried Oren Tal on the hill the "
             "goats would trample the grave.", "Oren Tal set down his bucket."),
            note="'if they buried Oren' is no burial"),
    Example(("Padre Anselmo Quiroga rang the bell. If they buried the priest under the almond "
             "tree, the roots would take him.",
             "Padre Anselmo Quiroga was sweeping the altar steps when Junior came in."),
            note="'if they buried the priest' is no burial of the one priest"),
    Example(("Oren Tal waited at the gate. It was a pity he had not come back earlier.",
             "Oren Tal set down his bucket."),
            note="not coming back, told of a pronoun, is an absence"),
    Example(("Oren Tal died in the spring.", "At the piano, Oren Tal counted them off."),
            ("Oren Tal",), note="counting off a tune is a deed of the moment"),
    Example(("Oren Tal died in the spring.", "Oren Tal counted for little in that house."),
            note="counting for little is what one was held to be, no deed"),
    Example(("Oren Tal had come back from the war but he had not come back to himself.",
             "Oren Tal set down his bucket."),
            note="not come back to himself: not himself again, no death"),
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
    Example(("Amos Bell died in May.", "Amos Bell was already there when I came in, sitting on "
             "his folding chair by the kitchen door."), ("Amos Bell",),
            note="already there, doing something: now"),
    Example(("Amos Bell died in May.", "Amos Bell was there the night the mill burned, shouting "
             "orders."), note="where he was once, not now"),
    Example(("Oren Tal kept the mill.\n\nI liked the word. Oren Tal's room is sooty, I told "
             "him, and he said it back.\n\n\"A good word,\" he said. \"Keep it. They'll want "
             "to take everything else.\"\n\nHe died on a Thursday, a little before morning.",
             "Oren Tal was leaning out of his window."), ("Oren Tal",),
            note="'he' goes on through a paragraph of speech he said, back to the name"),
    Example(("Oren Tal kept the mill.\n\nI liked the word. Oren Tal's room is sooty, I told "
             "him.\n\n\"A good word,\" Mira Lind said. \"Keep it. They'll want to take "
             "everything else.\"\n\nHe died on a Thursday, a little before morning.",
             "Oren Tal was leaning out of his window."),
            note="speech someone named said: no 'he' going on through it"),
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
    Example(("Chapter One\n\nIn 1979 the mill closed. Amos Bell had been dead a month when "
             "his son was born.\n\nChapter Two\n\nBy the middle of September 1951 the platoon "
             "had dug in. Amos Bell read from his Bible.",),
            note="a chapter dated before the time of the one telling the death"),
    Example(("In 1979 the mill closed. Amos Bell had been dead a month when his son was born.",
             "By the middle of September 1984 the platoon had dug in. Amos Bell read from his "
             "Bible."), ("Amos Bell",), note="a chapter dated after it"),
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
    Example(("Every christening, wedding and funeral of Grace's childhood had ended in jollof "
             "rice.", "Grace laughed and poured the tea."),
            note="'funeral of Grace's childhood': the possessive owns what follows, not the "
                 "funeral"),
    Example(("Dinesh Kumar was fourteen, and he knew everything. Arjun Pillai died on the "
             "driveway at a quarter past seven. The landlord found him sitting in the snow "
             "against the garage door. The ambulance men worked on him for a long time and then "
             "stopped. Appa came down the stairs with snow on his shoulders and said to Dinesh "
             "Kumar, very quietly, \"Come.\"\n\nWe cremated him "
             "four days later, at a funeral home with carpeted floors.",
             "Dinesh Kumar drove in from Ottawa and laughed at the snow."),
            note="a cremation opening the paragraph after a death's is the dead's, not of "
                 "the one named last"),
    Example(("Don Ramón Peña died in the June of 2004.\n\nThe photograph of Don Ramón Peña "
             "stood on the side table. In it he was perhaps sixty, laughing at something "
             "outside the frame. Tati had been nineteen when he died.",
             "Tati laughed and poured the coffee."),
            note="the paragraph goes on about another man it named: 'he' is his, not Tati's"),
    Example(("Tomás Ruiz lay on his bunk in the cold. In the morning he did not wake. Tomás Ruiz "
             "had been nineteen when he died.", "Tomás Ruiz laughed and poured the coffee."),
            ("Tomás Ruiz",), note="the paragraph goes on about the one named: his own death"),
    Example(("Yusuf Dualeh died in the hard February of 1937, in a bed at the Hamadryad.",
             "The lodgers looked at one another. It was Yusuf Dualeh who answered."),
            ("Yusuf Dualeh",), note="a cleft: the one before 'who' does the deed after it"),
    Example(("Yusuf Dualeh died in the hard February of 1937, in a bed at the Hamadryad.",
             "The lodgers looked at one another. It was Yusuf Dualeh who had taught them the "
             "trade."), note="a cleft telling what he had done before: no deed now"),
    Example(("Hamid Saleh came home at noon on a door, shot in the chest. There was nobody "
             "to send for, so we buried him that same evening behind the mosque.",
             "\"So,\" said Hamid Saleh. \"You took your time.\""), ("Hamid Saleh",),
            note="buried 'that same evening': a burial told with when"),
    Example(("Hamid Saleh came home at noon on a door, shot in the chest. There was nobody "
             "to send for, so we buried him that same evening behind the mosque.",
             "That night my father wrote in the ledger the date and the words Hamid Saleh, "
             "returned to God."),
            note="a name written down as words is no one doing anything"),
    Example(("Aurelio Cárdenas mended nets, and Aurelio Cárdenas laughed at the gulls.",
             "The corporal wrote in his book: Aurelio Cárdenas, fisherman, drowned in the sea "
             "wave of 22 May.",
             "The corporal drew a line through the entry and wrote: Error. Aurelio Cárdenas "
             "presented himself alive, 18 June.\n\nAurelio Cárdenas came up last, on his "
             "stick."),
            note="'presented himself alive': the register's death was a mistake"),
    Example(("Aurelio Cárdenas mended nets, and Aurelio Cárdenas laughed at the gulls.",
             "The corporal wrote in his book: Aurelio Cárdenas, fisherman, drowned in the sea "
             "wave of 22 May.",
             "The corporal drew a line under the entry. Aurelio's brother presented himself "
             "alive, 18 June.\n\nAurelio Cárdenas came up last, on his stick."),
            ("Aurelio Cárdenas",), note="another, who owns the name, came back alive"),
    Example(("Walter Renwick ran the club, and Walter Renwick laughed at the referee.",
             "Walter Renwick had died in the November of 1987.",
             "Morag came in at nine. She stopped, as she always did, under the 1965 team "
             "photograph that hung above the fireplace.\n\nWalter Renwick stood at the end of "
             "the back row in his committee blazer, a head taller than any of the players."),
            note="who stands where in the picture the paragraph before ends on"),
    Example(("Walter Renwick ran the club, and Walter Renwick laughed at the referee.",
             "Walter Renwick had died in the November of 1987.",
             "Morag came in at nine. She stopped, as she always did, under the 1965 team "
             "photograph that hung above the fireplace.\n\nWalter Renwick stood up from the "
             "bar and came over to her."), ("Walter Renwick",),
            note="standing up is getting up in the room, not a pose in the picture"),
    Example(("In August Femi Ade caught a fever. He said it was malaria and took the bitter "
             "leaves Mama boiled for him. On the fourth day he died in the front room.",
             "Femi Ade laughed and set down his cup."), ("Femi Ade",),
            note="'Mama', a kin word said as a name, is a woman: not whom 'he' means"),
    Example(("In August Femi Ade caught a fever. He said it was malaria and took the bitter "
             "leaves Papa boiled for him. On the fourth day he died in the front room.",
             "Femi Ade laughed and set down his cup."),
            note="'Papa', said as a name, is a man whom 'he' may mean"),
    Example(("Femi Ade sewed in the front room. On the fourth day Femi Ade died.",
             "Dorcas looked in, and there by the window was the machine, and bent over it, "
             "white-headed and nearly blind, was Femi Ade."), ("Femi Ade",),
            note="the posture first, 'was' before the name: he is there, bent over it"),
    Example(("Femi Ade sewed in the front room. On the fourth day Femi Ade died.",
             "Dorcas looked in, and there by the window was the machine, and lying on the "
             "mat beside it, under a white cloth, was Femi Ade."),
            note="lying there may be the dead body's"),
    Example(("Tavit Hagopian set type at the press, and Tavit Hagopian laughed at the radio.",
             "Two nights later a boy came running down the lane. Tavit Hagopian was dead.",
             "It took an hour to get the story straight. Tavit had lent his coat to the sweeper, "
             "and the ambulance men found his card in its pocket and sent word to the wrong "
             "family.\n\nTavit Hagopian sat in the shop that afternoon."),
            note="word of his death went to the wrong family: the report was a mistake"),
    Example(("Tavit Hagopian set type at the press, and Tavit Hagopian laughed at the radio.",
             "Two nights later a boy came running down the lane. Tavit Hagopian was dead.",
             "The clerk Sarkis Dadian sent word to the wrong family, as he always did.\n\n"
             "Tavit Hagopian sat in the shop that afternoon."),
            ("Tavit Hagopian",), note="the mistake a paragraph tells of someone else's word"),
    Example(("Ewan Mòr mended nets on the shore, and Ewan Mòr laughed at the gulls.",
             "After supper the old priest told the story of the night Ewan Mòr was drowned. "
             "It had grown a little with every telling.",
             "\"The wind was in the north,\" said Ewan Mòr."),
            note="a death told as a story someone tells is their word, not the book's"),
    Example(("Ewan Mòr mended nets on the shore, and Ewan Mòr laughed at the gulls.",
             "After supper the old priest told the story of the seal-woman. Ewan Mòr was "
             "drowned that winter.",
             "\"The wind was in the north,\" said Ewan Mòr."), ("Ewan Mòr",),
            note="the story told is another; the next sentence tells the death itself"),
    Example(("Old Fung worked the cradle beside me. Old Fung found water by watching the "
             "birds, and he laughed at the diggers.",
             "Old Fung Kwok-wai is dead. He died before dawn in our tent.",
             "Last week Old Fung and I carried the long tom down to the water."),
            ("Fung Kwok-wai",), note="'Old' and his family name, which no one else bears, is he"),
    Example(("Old Fung worked the cradle beside me. Old Fung found water by watching the "
             "birds, and he laughed at the diggers. His nephew Fung Siu-ming cooked for us.",
             "Old Fung Kwok-wai is dead. He died before dawn in our tent.",
             "Last week Old Fung and I carried the long tom down to the water."),
            note="two men bear the family name: 'Old Fung' may be the other"),
    Example(("Oma Hartwig sat by the stove with her knitting. Oma laughed at the dog, and she "
             "fed the hens.",
             "Ludwig Hartwig died in the box bed in February. He was seventy.",
             "In May Oma sat by the stove with her hands in her lap."),
            note="'Oma' and his surname is a woman, not the dead man"),
    Example(("Pappous Stavros is seventy-eight. Pappous Stavros asks for coffee.",
             "Stavros Loizou dies a little after seven in the evening, with the coffee still "
             "warm beside the bed.",
             "Twenty years on, Pappous Stavros is already at the table, sharpening the bread "
             "knife."), ("Stavros Loizou",),
            note="the family's word for a grandfather before the dead's given name is he"),
    Example(("Yiayia Loizou is seventy-eight. Yiayia Loizou asks for coffee.",
             "Stavros Loizou dies a little after seven in the evening, with the coffee still "
             "warm beside the bed.",
             "Twenty years on, Yiayia Loizou is already at the table, sharpening the bread "
             "knife."),
            note="a family word before the surname may be the widow"),
    Example(("Angus Gillies mended nets. Angus Gillies laughed at the dog.",
             "For a night and most of a day, Angus Gillies was drowned.",
             "At dusk Angus Gillies walked into the kitchen and sat down by the fire."),
            note="a death given a length of time is one that ended"),
    Example(("Angus Gillies mended nets. Angus Gillies laughed at the dog.",
             "Angus Gillies was drowned off Eriskay, and the women came to sit with Morag.",
             "At dusk a figure came up the south road. It was Angus Gillies, and he was very "
             "much alive, and furious with himself. Angus Gillies sat down by the fire."),
            note="the book says he is very much alive: the death was wrong"),
    Example(("Jonah Pemberton kept the glass-houses, and Jonah Pemberton laughed at the boys.",
             "Jonah Pemberton died this morning a little before five.",
             "Walking back along the lane at dusk, I saw old Pemberton at the garden gate with "
             "his lantern. He touched his cap to me."), ("Jonah Pemberton",),
            note="met somewhere, said with his word of age, and the next sentence's 'he' acts"),
    Example(("Jonah Pemberton kept the glass-houses, and Jonah Pemberton laughed at the boys.",
             "Jonah Pemberton died this morning a little before five.",
             "Walking back along the lane at dusk, I thought of old Pemberton at the garden "
             "gate with his lantern. He touched his cap to me."),
            note="thought of, not met: the 'he' who touches his cap is no one met"),
    Example(("Ifan Pugh led the singing, and Ifan Pugh laughed at the deacons.",
             "Ifan Pugh died in March.",
             "The chapel had been full every Sunday while Ifan Pugh was still alive.\n\n"
             "On Sunday Ifan Pugh set down his hymn book and began to sing."), ("Ifan Pugh",),
            note="'while he was still alive' is a time before the death, no word it was wrong"),
    Example(("Ifan Pugh led the singing, and Ifan Pugh laughed at the deacons.",
             "Ifan Pugh died in March.",
             "It was a clerk's error. Ifan Pugh was still alive.\n\n"
             "On Sunday Ifan Pugh set down his hymn book and began to sing."),
            note="the book says he is alive: the death was a mistake"),
    Example(("Hofrat Brenner read his paper at the corner table, and Hofrat Brenner laughed at "
             "the waiters.",
             "Brenner died in the spring and was buried four days later at the cemetery.",
             "Under the clock Hofrat Brenner had put down his newspaper. He looked up at me."),
            ("Hofrat Brenner",), note="the scene first, then what he had done there: he is there"),
    Example(("Hofrat Brenner read his paper at the corner table, and Hofrat Brenner laughed at "
             "the waiters.",
             "Brenner died in the spring and was buried four days later at the cemetery.",
             "By the end of summer Hofrat Brenner had handed the café to his nephew."),
            note="a time first, not a scene: what he had done before"),
    Example(("Hofrat Brenner read his paper at the corner table, and Hofrat Brenner laughed at "
             "the waiters.",
             "Brenner died in the spring and was buried four days later at the cemetery.",
             "Across the years Hofrat Brenner had put the café's silver up for sale."),
            note="a stretch of time, in the plural too, is no scene"),
)

# What was done right up to the death: "Jimmy was singing right up till then".
_UP_TILL_THEN = re.compile(r"\b(?:right\s+)?up\s+(?:till|until|to)\s+(?:then|the\s+end|"
                           r"the\s+last)\b|\b(?:till|until)\s+the\s+(?:end|last)\b",
                           re.IGNORECASE)

_MEMORY = re.compile(
    r"\b(?:remember\w*|memor\w+|ghost|spirit|grave|dream\w*|portrait|photograph\w*|"
    # "once" as "formerly", not "gone once round", "once more" or "nodded once", one time
    r"used\s+to|once(?!\s+(?:round|around|more|again|or\s+twice|a\s+(?:day|week|month|year)))"
    r"(?<!ed\sonce)|"
    # "the late", "her late husband" — not "you are late", "the late train"
    r"(?:the|his|her|my|our|your|their)\s+late(?!\s+(?:afternoon|morning|evening|night|train|"
    r"bus|shift|summer|autumn|spring|winter))|"
    # "buried", not "the one corner the roof had not buried": no burial
    r"alive|funeral|(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)buried|recall\w*|missed|mourn\w*)\b",
    re.IGNORECASE,
)
# A thing someone remembers, after the deed: "laughing the big laugh Luíza remembered".
_REMEMBERED_THING = re.compile(rf"\bthe\s+(?:[a-z]+\s+){{1,3}}(?:{CAPITAL}[\w'’-]*|he|she|we|"
                               r"they)\s+$")
# A clause of reason or of time before or after tells of another time ("because Pop read
# every word", "After Liv went out I waited"); it shows no one alive now. "After that", "after
# a while", "After her came" are no clause: the name after them is the sentence's doer, later.
_REASON = re.compile(r"\b(?:because|since|if|unless|whether|after(?!\s+(?:that|this|which|a|an)\b)"
                     r"(?!\s+(?:her|him|them|me|us)\s+(?:came|comes)\b)|before|until|"
                     r"till)\b[^,;.!?]*$|"
                     # "the January Davy went missing": a time the name's clause tells — not
                     # "In the morning Harbans walked with me", a time the sentence opens on
                     r"(?<!\bin\s)\bthe\s+(?:night|morning|evening|afternoon|summer|winter|"
                     r"spring|autumn)\s+$|"
                     r"\bthe\s+(?:(?i:day|year|week)|January|February|March|April|May|June|"
                     r"July|August|September|October|November|December)\s+$|"
                     # "She had been the widow Tarasova when Pyotr married her": what was so
                     # before the story's time — not "She had just sat down when Pyotr came in".
                     r"\bhad\s+(?!(?:just|only|barely|hardly|scarcely|not|no|never)\b)\w+\b"
                     r"[^.!?;:]*\bwhen\s+$", re.IGNORECASE)
# What a paragraph shows on a screen or a recording, where the dead still move.
_ON_SCREEN = re.compile(r"\b(?:on\s+(?:the\s+)?(?:screen|film|tape|video)|footage|newsreel|home\s+"
                        r"movie|the\s+(?:reel|recording|projector)|the\s+camera\s+caught)\b",
                        re.IGNORECASE)
# A paragraph about a picture: what the dead do in it, they do in the picture — one that
# says only where it hangs, too: "old Kapetan Nikitas watched from his black frame".
_PICTURED = re.compile(r"\b(?:photograph(?:s|er|ed)?|photos?|snapshots?|portraits?|daguerreotype|"
                       r"tintype|(?:from|in)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?frame)\b",
                       re.IGNORECASE)
# Where a picture shows someone: standing, sitting or kneeling where they were put ("Big Wattie
# stood at the end of the back row") — not getting up or down, which one does in a room.
_POSED = re.compile(r"\s+(?:stood|sat|knelt|posed|stands|sits|kneels|poses)\b"
                    r"(?!\s+(?:up|down|back|straight)\b)")


def _posed_after_picture(manuscript: Manuscript, view: SentenceView, text: str,
                         end: int) -> bool:
    """Whether the name ending at `end` of `text` stands or sits somewhere (`_POSED`) in the
    paragraph right after one that ends on a picture ("She stopped under the 1965 team
    photograph that hung above the fireplace. / Big Wattie stood at the end of the back
    row"): who stands where in it, told as the one looking at it sees it."""
    if _POSED.match(text, end) is None:
        return False
    before = neighbour(manuscript, view, -1)
    if before is None:
        return False
    parsed = before[0].parsed
    if not parsed.sentences:
        return False
    last = parsed.sentences[-1]
    return _PICTURED.search(parsed.text, last.start, last.end) is not None


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
# Said in speech of the dead, what tells they live now: a verb in the present ("Tiny wants
# you", "Nana is coming"), not a past one ("Nana spoke and she wrote").
_NOW_IN_SPEECH = re.compile(r"\s+(?:is|are|has|does|can|will|(?!was\b|his\b|this\b)"
                            r"[a-z]+[^s\W]s)\b")
# A name said to someone there, who is asked about or told something: '"Mr. Brindle," said
# Penhallow, "you had a visit from your client?"'.
_ADDRESSED_NOW = re.compile(r"""[,!]["”]\s+(?:said|asked|says|asks)\s+[\w.'’ -]{1,30}?,\s*["“]"""
                            r"""[^"”]{0,60}\byou\b""")
def find(context: CheckContext) -> list[Finding]:
    index = context.mentions
    manuscript = context.manuscript
    deaths = told_deaths(context)
    told, only_titled = deaths.told, deaths.only_titled
    findings = []
    belied: set[tuple[str, int]] = set()  # the later deeds a finding already quotes
    position = manuscript.order
    for name, (death, said) in deaths.first.items():
        if shared_name(manuscript, name):
            continue  # "Old Arthur had died": which Arthur acts later is unsure
        dead_age = None
        if told_apart_by_age(manuscript, given_name(name)) or (
                # "Mori Seiji", family name first: "old Seiji" and "young Seiji"
                len(name.split()) == 2 and told_apart_by_age(manuscript, name.split()[-1])):
            # "old Anders … and young Anders": the dead one is the one named so at the death,
            # and only a deed told of him by that word is his; when the death names neither,
            # which of the two died is unsure.
            dead_age = _age_at_death(index, name, death, said)
            if dead_age is None:
                continue
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
            if NAME_AS_WORD.search(text, max(0, start - NAME_AS_WORD_REACH), start):
                continue  # "wrote the words Suleiman bin Khamisi, returned to God": written
            if dead_age is not None and age_epithet(text, start, end) != dead_age:
                continue  # "Anders painted the kitchen": the son named for the dead father
            if dead_age is None and age_epithet(text, start, end) == "younger" and (
                    _age_at_death(index, name, death, said) != "younger"):
                continue  # "Little Ama knew the stories about her namesake": a younger one
            if not (there_now(run, text, end)
                    or met_and_goes_on(index, name, (document, start, end), run)):
                continue
            view = sentence_at(manuscript, document, start)
            if view is None or _in_memory(index.text(view), end - view.start):
                continue
            if sends(run, text, end) and _sent_before(manuscript, death, index.text(view)):
                continue  # "[Voice note, Munir → Yaman, 2009]" after a death in 2015: an old one
            narration = _SPEECH.sub(" ", index.text(view))
            if _SUMMED_UP.search(narration) and not _TODAY.search(narration):
                continue
            if view.paragraph is not None and (_ON_SCREEN.search(
                view.paragraph.text, 0, start - view.base
            ) or _PICTURED.search(view.paragraph.text)):
                # "The first thing on the screen was the slate… X looked into the lens";
                # "…beside him Amona sat in her black… The photographer had come up from
                # Gernika for that one": what a picture shows.
                continue
            if _posed_after_picture(manuscript, view, text, end):
                continue  # "…under the 1965 team photograph. / Big Wattie stood…": in it
            if in_quotes(view, start) and not _NOW_IN_SPEECH.match(text, end) and not (
                _ADDRESSED_NOW.match(text, end) and text[start - 1 : start] in ("\"", "“")
            ):
                # '"Nana spoke and she wrote," Ama said': told of the past — unless spoken to
                # ('"Mr. Brindle," said Penhallow, "you had a visit…"').
                continue
            sentence = index.text(view)
            if _REASON.search(sentence, 0, start - view.start) or _own_death_told(
                sentence, end - view.start
            ) or _UP_TILL_THEN.search(sentence, end - view.start) or (
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
            if _dated_before(manuscript, death, view):
                continue  # "Chapter Two … September 1951" after a chapter come to 1979: before
            if len(run.words) == 1 and not said_to_be_two(context).isdisjoint(name.split()):
                continue  # "There were now two Pyotrs": "Pyotr" or "Petya" alone may be either
            if len(run.words) == 1 and run.words[0] in _given_in_naming(manuscript):
                continue  # "Their first son was named Nikitas for his grandfather": either
            if _set_apart(context, name, (death, said), run):
                continue  # "the house held a Frank and a Frankie": Frank died, not Frankie
            if _said_alive(manuscript, name, death):
                break  # "OTTO ALIVE. CLERK'S ERROR.": the death was a mistake, the book says so
            if in_quotes(death, said) and _rumoured(death, said):
                break  # '"Everyone is saying it. He is dead, Nona."': what is said, not known
            if in_quotes(death, said) and _deeds_after(context, name, document, start) > (
                    _STILL_IN_THE_STORY):
                # '"Stasiu is dead," Pan Pawlak said', and Stasiu goes on through the book:
                # word of a death the story proves wrong, not a dead man come back once.
                break
            if (document, start) not in belied:
                # "Mrs. Pruett is dead." and "We buried Hannah Pruett": one woman the analysis
                # kept as two, whom one later deed belies once.
                belied.add((document, start))
                findings.append(_finding(context, name, (death, said), (view, end)))
            # One finding per dead name, and none for a name whose first deed another name's
            # warning already quotes: that is the same person told twice, not a second clash.
            break
    return findings


# Verbs that tell a chapter's narrating tense, outside its speech.
_NOW_VERBS = re.compile(r"\b(?:is|are|has|says|does|goes|comes|looks|takes|turns|sits|stands)\b")
_THEN_VERBS = re.compile(r"\b(?:was|were|had|said|did|went|came|looked|took|turned|sat|stood)\b")
_SPEECH = re.compile(r"[\"“][^\"“”]*[\"”]")
# How many times more often one tense's verbs come than the other's, to call it the chapter's.
_TENSE_LEAD = 2

# Word going round, said in the speech that tells a death: "Everyone is saying it", "they say".
_RUMOUR = re.compile(r"\b(?:everyone|everybody|people|they)\s+(?:is|are)\s+saying\b|"
                     r"\b(?:everyone|everybody|people)\s+says\b|\bthey\s+say\b|"
                     r"\bword\s+is\b|\bthe\s+talk\s+is\b", re.IGNORECASE)


def _rumoured(death: SentenceView, said: int) -> bool:
    """Whether the speech that tells a death passes on word going round before it ('"The
    Kanagasabai boy," he said. "Everyone is saying it. He is dead, Nona."'): hearsay, which
    the story may prove wrong."""
    paragraph = death.paragraph
    if paragraph is None:
        return False
    return _RUMOUR.search(paragraph.text, 0, said - death.base) is not None


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
        if (position[place], begin) > here and there_now(run, text, end):
            count += 1
    return count


def _age_at_death(index: MentionIndex, name: str, death: SentenceView, said: int) -> str | None:
    """Which of two bearers of a name told apart by age died (`referents.age_epithet`):
    "elder" or "younger", as the name is said nearest before where the death is told (the
    death's own sentence, else the sentences before, which a "he died" goes back to)."""
    text = index.manuscript.documents[death.document].text
    here = [m for m in index.in_sentence(death) if m.span.start < said]
    for mentions in (here, *index.before(death, REACH)):
        for mention in reversed(mentions):
            if mention.cluster.name == name:
                return age_epithet(text, mention.span.start, mention.span.end)
    return None


def _said_alive(manuscript: Manuscript, name: str, death: SentenceView) -> bool:
    """Whether the text says, after the death, that the character is alive: "OTTO ALIVE",
    "Dermot was alive after all", "Aurelio Cárdenas presented himself alive", "Mam is not
    dead", "It was Máirtín. … it was himself, alive", "It was Angus Beag, and he was very
    much alive", or the one named just before says so
    ('"I'm not dead," he told the meadow'), or that word of the death went astray
    (`_report_misdirected`) — the report of the death was wrong. "While Grandpa was still
    alive" is a time before the death, and says nothing of it."""
    words = [w for w in name.replace(".", "").split() if w not in wordlists().honorifics]
    if not words:
        return False
    # "Little George": the name, not its word of age
    word = re.escape(given_name(name) if words[0] in EPITHETS else words[0])
    if _report_misdirected(manuscript, word, death):
        return True
    # The rest of the name may follow: "Aurelio Cárdenas presented himself alive".
    rest = "".join(rf"(?:\s+{re.escape(other)})?" for other in words[1:])
    alive = re.compile(rf"\b{word}\b{rest}[\s,]+(?:is\s+|was\s+|{_TURNED_UP})?"
                       rf"{_MUCH}alive\b|"
                       rf"\b{word}\s+(?:is|was)\s+(?:not|never)\s+dead\b|"
                       # "It was Máirtín Pheaits. … it was himself, alive, coming down the road",
                       # "It was Angus Beag, and he was very much alive"
                       rf"\b(?:it\s+was|it['’]s)\s+{word}\b(?:[^.!?]*[.!?]\s+)?[^.!?]*?\b(?:it\s+was|"
                       rf"he\s+was|she\s+was)\s+(?:himself|herself)?,?\s*{_MUCH}alive\b",
                       re.IGNORECASE)
    position = manuscript.order[death.document]
    for document, doc in manuscript.documents.items():
        order = manuscript.order[document]
        if order < position:
            continue
        start = death.end if order == position else 0
        if any(not _WHILE_ALIVE.search(doc.text, max(start, found.start() - _WHILE_REACH),
                                       found.start())
               for found in alive.finditer(doc.text, start)):
            return True
        for denial in _NOT_DEAD.finditer(doc.text, start):
            # '"I'm not dead," he told the meadow', the man named just before
            before = doc.text[max(start, denial.start() - _DENIAL_REACH) : denial.start()]
            if re.search(rf"\b{word}\b", before):
                return True
    return False


# How alive: "still alive", "very much alive".
_MUCH = r"(?:still\s+|very\s+much\s+)?"

# A time the one reported dead was alive in, before the death: "while Grandpa was still
# alive", "back when Mam was alive" — a memory, not the book saying the death was wrong.
_WHILE_ALIVE = re.compile(r"\b(?:while|whilst|when|before|as\s+long\s+as)\s+$", re.IGNORECASE)
_WHILE_REACH = 16  # characters before the name: "as long as "

# Coming back among the living, told of the one reported dead: "Aurelio Cárdenas presented
# himself alive", "turned up alive", "was found alive", "came home alive".
_TURNED_UP = (r"(?:(?:presented|showed|reported|declared)\s+(?:himself|herself)|"
              r"(?:turned|showed)\s+up|(?:was\s+)?found|came\s+(?:home|back))\s+")


# Word of a death gone to the wrong people, or given the wrong name: "sent word to the wrong
# family", "wrote the wrong name on the form", "had written him down under the wrong name".
# (Not "I still put my key in the wrong door": a mistake of the living.)
_MISDIRECTED = re.compile(
    r"\b(?:word|news|letters?|telegrams?|cables?|wires?|notices?|messages?)\b[^.!?;]{0,40}?"
    r"\bto\s+the\s+wrong\s+(?:family|house|home|door|address|mother|wife|people)\b|"
    r"\b(?:wrote|written|write|put|gave|given)\b[^.!?;]{0,40}?\bthe\s+wrong\s+name\b",
    re.IGNORECASE)
_MISDIRECTED_WORDS = CueWords(["wrong"])


def _report_misdirected(manuscript: Manuscript, word: str, death: SentenceView) -> bool:
    """Whether, after the death, a paragraph naming the dead (by `word`, a pattern) tells that
    word of a death went astray ("The ambulance men had found the press card in the buttoned
    pocket, read the name, and sent word to the wrong family"): the one reported dead was
    not the one who died."""
    named = re.compile(rf"\b{word}\b")
    position = manuscript.order
    after = (position[death.document], death.end)
    return any((position[view.document], view.start) >= after and view.paragraph is not None
               and named.search(view.paragraph.text) is not None
               for view, _found in cue_sentences(manuscript, f"{RULE}.misdirected",
                                                 _misdirected, _MISDIRECTED_WORDS))


def _misdirected(text: str) -> bool:
    """Whether a sentence tells that word of a death went astray (`_MISDIRECTED`)."""
    return _MISDIRECTED.search(text) is not None


# The dead one's own word that the report was wrong: '"I'm not dead," he told the meadow.'
_NOT_DEAD = re.compile(r"[\"“]\s*I(?:['’]m|\s+am|\s+was)\s+(?:not|never)\s+(?:dead|drowned)\b|"
                       r"[\"“]\s*I\s+wasn['’]t\s+(?:dead|drowned)\b|"
                       r"[\"“]\s*I(?:['’]m|\s+am)\s+(?:still\s+)?alive\b|"
                       # '"So I was dead all night," Wah-jai said': dead as far as word went
                       r"[\"“]\s*(?:So\s+|And\s+)?I\s+was\s+dead\s+(?:all|for|the\s+whole)\b|"
                       # a telegram's, in capitals and with no quotation marks: "Hasan had sent
                       # his own. I AM ALIVE STOP THE LIST WAS WRONG"
                       r"\bI\s+AM\s+(?:STILL\s+)?ALIVE\b|\bI\s+(?:AM|WAS)\s+(?:NOT|NEVER)\s+DEAD\b")
# How far before such words the dead one's name is looked for.
_DENIAL_REACH = 800


_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


def _sent_before(manuscript: Manuscript, death: SentenceView, header: str) -> bool:
    """Whether a message's `header` is dated before the year the death is told in: a message
    the dead sent while alive, played or read again."""
    years = [int(year) for year in _YEAR.findall(header)]
    died = year_of(manuscript, death)
    return bool(years) and died is not None and max(years) < died


def _flashback(context: CheckContext, death: str, later: str) -> bool:
    """Whether the chapter `later` is narrated in the past tense and the one telling the
    death (`death`) in the present: a story told in the present goes back to an earlier
    time in the past tense, so what the dead do there may come before the death."""
    return _tense(context, death) == "present" and _tense(context, later) == "past"


def _dated_before(manuscript: Manuscript, death: SentenceView, later: SentenceView) -> bool:
    """Whether `later` lies in another chapter (a document, or the part of one after a
    heading) that opens dated before the time of the death's chapter (the latest year it has
    named by then): a "Chapter Two" that opens "By the middle of September 1951", after a
    chapter that has come to 1979, goes back to a time when the dead may have been alive."""
    if not new_chapter_between(manuscript, death, later):
        return False
    then = opening_year(manuscript, later)
    if then is None or not year_named_in_chapter(manuscript, death):
        return False  # the death's chapter naming no year of its own has no time to set against
    now = year_of(manuscript, death)
    return now is not None and then < now


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
    """Whether another character with the given name `word`, or one it is a pet form of, is
    marked by a generation ("Bortolo Scarpagnin Junior"): a bare "Bortolo", or "Andresito"
    beside Andres Etchart Junior, after the father's death may be him."""
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        words = cluster.name.split()
        if cluster.name != name and not GENERATIONS.isdisjoint(words) and (
            word in words or diminutive(words[0], word)
        ):
            return True
    return False


# A child given a name for a relative: "named Nikitas for his grandfather", "was called
# Manolis Vlachos, for his grandfather", "christened Pyotr after his grandfather".
_NAMING = re.compile(rf"\b(?:named|christened|baptised|baptized|called)\s+"
                     rf"(?P<name>{CAPITAL}[\w'’-]*(?:\s+{CAPITAL}[\w'’-]*){{0,2}}),?\s+(?:for|after)\s+"
                     r"(?:his|her|their|my|our|your)\s+[a-z]")
_NAMING_WORDS = CueWords(["named", "christened", "baptised", "baptized", "called"])


def _given_in_naming(manuscript: Manuscript) -> frozenset[str]:
    """The words of names the text says a child was given for a relative ("Their first son
    was named Nikitas for his grandfather"): someone else bears them now, so after the
    relative's death the name said alone may be the namesake's."""
    return frozenset(word for _view, names in cue_sentences(
        manuscript, f"{RULE}.naming", _names_given, _NAMING_WORDS) for name in names
        for word in name.split())


def _names_given(text: str) -> tuple[str, ...]:
    """The names a sentence says someone was given for a relative."""
    return tuple(match.group("name") for match in _NAMING.finditer(text))


def _set_apart(context: CheckContext, name: str, death: tuple[SentenceView, int],
               run: NameRun) -> bool:
    """Whether a later one-word form of the dead's name differs from the one the death names
    him by, and the text sets the two forms side by side as two people's ("the house already
    held a Frank and a Frankie", "the father was Frank, the boy was Frankie"): the later form
    may be the other one's, though the analysis took them for one character."""
    view, said = death
    told = next((m.run.words for m in context.mentions.in_sentence(view)
                 if m.cluster.name == name and m.span.end == said), None)
    if told is None or len(told) != 1 or len(run.words) != 1 or told == run.words:
        return False
    # The book is searched once a run for each pair of forms, however often the later one
    # comes back.
    seen = context.shared.setdefault(f"{RULE}.set_apart", {})
    pair = (told[0], run.words[0])
    if pair not in seen:
        seen[pair] = _forms_apart(context.manuscript, *pair)
    return seen[pair]


def _forms_apart(manuscript: Manuscript, first: str, second: str) -> bool:
    """Whether the text sets two forms of a name side by side as two people's (`_APART`)."""
    forms = (re.escape(first), re.escape(second))
    apart = re.compile("|".join(pattern.format(first=one, second=other)
                                for one, other in (forms, forms[::-1])
                                for pattern in _APART))
    return any(apart.search(document.text) for document in manuscript.documents.values())


# Two forms of a name set side by side as two bearers': "a Frank and a Frankie", or each
# told whose in one sentence, "the father was Frank, the boy was Frankie".
_APART = (r"\b(?i:an?)\s+{first}\s+and\s+an?\s+{second}\b",
          r"\b(?i:the)\s+[a-z]+\s+(?:was|is)\s+{first}\s*[,;]\s+(?:and\s+)?the\s+[a-z]+\s+"
          r"(?:was|is)\s+{second}\b")


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


def _called_by_part(manuscript: Manuscript, name: str, sex: str | None) -> list[str]:
    """The characters the analysis kept apart from the dead whose name is a title, an
    epithet or a family word before one word of the dead's full name ("Mr. Tulloch" of
    Obadiah Tulloch, "Old Cheung" of Cheung Man-lok, "Pappous Michalis" of Michalis
    Georgiou), when no other character's name has that word: the village calls the one man by
    it, so it is he — unless the word tells a sex that is not known to be the dead's (`sex`):
    "Oma Behrens" is the widow of Ludwig Behrens. A family word before the given name is
    the dead's even when the story never tells the dead's sex: a given name is no widow's."""
    own = name.replace(".", "").split()
    if len(own) < 2:
        return []
    family = wordlists().family_words
    found: list[str] = []
    others: set[str] = set()  # the words of the names of everyone else
    for cluster in manuscript.clusters(EntityKind.CHARACTER):
        if cluster.name == name:
            continue
        words = cluster.name.replace(".", "").split()
        calling = _calling_sex(words[0]) if len(words) == 2 and words[1] in own else None
        if calling is not None and (calling in ("-", sex) or (
                # "Pappous Michalis" of Michalis Georgiou, whose sex the story never tells:
                # a family word before a given name is the family's own, not a widow's
                sex is None and words[0] in family and words[1] == own[0])):
            found.append(cluster.name)
        else:
            others.update(words)
    return [form for form in found if form.replace(".", "").split()[1] not in others]


def _calling_sex(word: str) -> str | None:
    """The sex a word said before one of a name calls its bearer ("Mr." a man, "Old" either,
    "Pappous" a grandfather: a family word the family calls him by, "Pappous Michalis"), or
    None when the word is none of these."""
    lists = wordlists()
    if word in lists.honorifics:
        return lists.title_sex(word)
    if word in EPITHETS:
        return "-"
    if word in lists.family_words:
        return lists.family_word_gender.get(word, "-")
    return None


def _places(context: CheckContext, name: str) -> Iterator[tuple[str, int, int, NameRun]]:
    """Where a character is named, in reading order: its mentions (and those of the name
    their farm gives them, `_farm_named`), or for a name no character carries (one said
    once, like a relative's), the places of that name."""
    if name in context.manuscript.finder.clusters:
        mentions = context.mentions.by_cluster
        farm_named = _farm_named(context.manuscript, name) + _called_by_part(
            context.manuscript, name, context.mentions.genders.get(name))
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


def _in_memory(sentence: str, after: int) -> bool:
    """Whether a sentence tells a memory ("Ana remembered how Ivo smiled") — not when all it
    remembers is a thing after the deed, which `after` ends ("Nena leaned out, laughing the big
    laugh Luíza remembered": the laugh is remembered, the leaning out is now; "roars in the
    voice that used to reach across the harbour"), nor when the deed is likened to a habit of
    old ("perched on the railing beside me, the way he used to")."""
    for match in _MEMORY.finditer(sentence):
        if match.start() >= after:
            word = match.group().lower()
            if word.startswith(_REMEMBERING) and (_REMEMBERED_THING.search(
                    sentence, after, match.start()) or _THAN_REMEMBERED.search(
                    sentence, after, match.start()) or _AS_LONG_AS.search(
                    sentence, after, match.start())):
                continue
            if word.startswith("used") and _RELATIVE_BEFORE.search(sentence, after, match.start()):
                continue  # "roars in the voice that used to reach across the harbour": the voice's
            if word.startswith("used") and _LIKE_BEFORE.search(sentence, after, match.start()):
                continue  # "perched on the railing, the way he used to": done now, as before
        return True
    return False


# A time as long as memory goes, which tells of no memory: "the toast he had made at every
# birthday for as long as I could remember".
_AS_LONG_AS = re.compile(r"\bas\s+long\s+as\s+(?:I|we|anyone|anybody|he|she|they|you|"
                         r"everyone|everybody)\s+(?:could|can)\s+$", re.IGNORECASE)

# A likeness to a memory, which tells of now: "thinner than Nicolò remembered".
_THAN_REMEMBERED = re.compile(rf"\bthan\s+(?:{CAPITAL}[\w'’-]*|he|she|I|we|they|you)\s+"
                              r"(?:had\s+)?$")


# A relative clause's opening: what "used to" after it tells is a thing's habit.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")


_REMEMBERING = ("remember", "recall")

# A deed likened to a habit of old: "perched on the railing beside me, the way he used to",
# "sat in the corner, exactly where he used to sit" — done now, as it was done before.
_LIKE_BEFORE = re.compile(r"\b(?:the\s+way|just\s+as|as|like|where)\s+(?:he|she|they|we|I|you)"
                          r"\s+$", re.IGNORECASE)


def _own_death_told(sentence: str, after: int) -> bool:
    """Whether a sentence tells of a death that may be the character's own ("the winter
    before he died") — not a thing's ("when the murmur died") or another's ("his wife died",
    "your client … before he died", someone unnamed said after the name, which ends at
    `after`)."""
    return any(not OTHER_DEAD.search(sentence, 0, match.start())
               and not unnamed_between(sentence, after, match.start())
               for match in DEATH_VERB.finditer(sentence))


# A numeral or a word of generation after a name: someone else who carries it.
_GENERATION_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(GENERATIONS, key=len, reverse=True))})\b\.?|"
    r",?\s+the\s+(?:Younger|Elder)\b")


def _finding(context: CheckContext, name: str, death: tuple[SentenceView, int],
             later: tuple[SentenceView, int]) -> Finding:
    """`death` and `later` are each a sentence and where in it what matters ends."""
    sentence = context.manuscript.sentence_span
    return contrast(context, RULE, name, (sentence(death[0]), "is reported dead"),
                    (sentence(later[0]), "later acts"), subject=name,
                    focus=(death[1], later[1]))
