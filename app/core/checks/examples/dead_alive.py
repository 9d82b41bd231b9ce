"""The worked examples of the dead-alive check (app.core.checks.dead_alive):
texts it must warn on, with the names it names, and texts it must leave alone, each saying
why.

The check declares them as its EXAMPLES; tests/core/checks/test_examples.py runs each.
"""

from app.core.checks.base import Example

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
    Example(("Piet Visser worked the boats, and Piet Visser laughed at the gulls.",
             "The harbour office wrote that Piet Visser had drowned off the sandbank.",
             "A week later Piet Visser came up the lane with his cap in his hand. His sister "
             "stared at him.\n\n\"We heard you were dead,\" she said.\n\nPiet sat down at "
             "the table."),
            note="said to his face by another: the report was wrong"),
    Example(("Piet Visser worked the boats, and Piet Visser laughed at the gulls.",
             "The harbour office wrote that Piet Visser had drowned off the sandbank.",
             "A week later Piet Visser came up the lane with his cap in his hand. His sister "
             "stared at him.\n\n\"We heard you were late,\" she said.\n\nPiet sat down at "
             "the table."),
            ("Piet Visser",), note="nothing said of the death: a dead man come back"),
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
    Example(("Grandfather Vasil Dobrev died in the spring of 1983, when I was six. We keep his "
             "pipe on the shelf.",
             "In 1952 Vasil Dobrev said something at the depot about the collective farms, and "
             "someone wrote it down."),
            note="a deed its own sentence dates, before the doer, to a year before the death"),
    Example(("Grandfather Vasil Dobrev died in the spring of 1983, when I was six. We keep his "
             "pipe on the shelf.",
             "In 1990 Vasil Dobrev said something at the depot about the collective farms, and "
             "someone wrote it down."), ("Vasil Dobrev",),
            note="a deed dated after the death"),
    Example(("Grandfather Vasil Dobrev died in the spring of 1983, when I was six. We keep his "
             "pipe on the shelf.",
             "Vasil Dobrev, who was arrested in 1952, walked into the kitchen and sat down."),
            ("Vasil Dobrev",), note="a year after the doer may be another time's, not the deed's"),
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
    Example(("Tavit Hagopian set type at the press, and Tavit Hagopian laughed at the radio.",
             "Two nights later a boy came running down the lane. Tavit Hagopian was drowned.",
             "It took an hour to get the story straight. He was never on the ferry: Tavit had "
             "sold his ticket to a stranger at the quay.\n\nTavit Hagopian sat in the shop "
             "that afternoon."),
            note="he was never where the report drowned him: another died in his place"),
    Example(("Bartholomew Pike mended nets. Bart Pike, as the quay called him, laughed. Bart "
             "Pike sang.",
             "Two nights later a boy came running down the lane. Bartholomew Pike was drowned.",
             "He was never on the ferry: Bart had sold his ticket to a stranger at the quay."
             "\n\nBartholomew Pike sat in the shop that afternoon."),
            note="the paragraph may name him by the short name he goes by"),
    Example(("Tavit Hagopian set type at the press, and Tavit Hagopian laughed at the radio.",
             "Two nights later a boy came running down the lane. Tavit Hagopian was drowned.",
             "Sarkis Dadian could not swim. He was never on the ferry in his life.\n\n"
             "Tavit Hagopian sat in the shop that afternoon."),
            ("Tavit Hagopian",), note="someone else's never being there says nothing of his"),
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
    Example(("Tomas Horak mended the fence, and Tomas Horak whistled at the geese.",
             "Dear Mirek,\n\nTomas Horak is dead. The patrol shot him at the bridge in March, "
             "and we buried him beside Father.\n\nYour sister,\nHana Horakova",
             "Dear Mirek,\n\nSit down before you read on. I am not in the ground. I gave my "
             "coat to a sick man on the road, and it was he they found.\n\nYour brother,\n"
             "Tomas Horak",
             "On Sunday Tomas Horak set down his cup and began to sing."),
            note="his own letter, unquoted, says he is not in the ground: the report was wrong"),
    Example(("Tomas Horak mended the fence, and Tomas Horak whistled at the geese.",
             "Dear Mirek,\n\nTomas Horak is dead. The patrol shot him at the bridge in March, "
             "and we buried him beside Father.\n\nYour sister,\nHana Horakova",
             "Dear Mirek,\n\nTomas Horak is gone, but I am alive, and the farm is still "
             "ours.\n\nYour sister,\nHana Horakova",
             "On Sunday Tomas Horak set down his cup and began to sing."),
            ("Tomas Horak",), note="his sister's 'I am alive' is her own, not his"),
    Example(("Tomas Horak mended the fence, and Tomas Horak whistled at the geese.",
             "Dear Mirek,\n\nTomas Horak is dead. The patrol shot him at the bridge in March, "
             "and we buried him beside Father.\n\nYour sister,\nHana Horakova",
             "Dear Mirek,\n\nIt is I, Tomas, your brother, and I was never buried. A sick man "
             "wore my coat.\n\nYours,\nT.",
             "On Sunday Tomas Horak set down his cup and began to sing."),
            note="a letter whose 'I' names himself ('It is I, Tomas') says he was never buried"),
)
