"""The worked examples of the relation-drift check (app.core.checks.relation_drift):
texts it must warn on, with the names it names, and texts it must leave alone, each saying
why.

The check declares them as its EXAMPLES; tests/core/checks/test_examples.py runs each.
"""

from app.core.checks.base import Example

EXAMPLES = (
    Example(("The coroner heard of the death of Ansel Varga, a miner, killed in the fall at the "
             "east shaft. The deceased's brother, Ivo Varga, gave evidence. Ivo Varga wept.",
             "Ivo, who is Ansel's cousin, came to the house on Sunday. Ivo laughed."),
            ("Ivo Varga",),
            note="'the deceased's brother': the one man the story has reported dead"),
    Example(("The coroner heard of the death of Ansel Varga and the death of Milan Horak, both "
             "killed in the fall at the east shaft. The deceased's brother, Ivo Varga, gave "
             "evidence. Ivo Varga wept.",
             "Ivo, who is Ansel's cousin, came to the house on Sunday. Ivo laughed."),
            note="two reported dead: whose brother 'the deceased's brother' is, is unsure"),
    Example(("Mr. Gerrit Bakels keeps the gate. Mr. Bakels waves at every truck. Mr. Bakels "
             "knows every driver. Dirk Mulderij runs the night shift. His younger brother Kees "
             "works the same shift.",
             "Mr. Bakels lifts the barrier. Mr. Bakels nods.\n\nDirk Mulderij is thirty-four. "
             "The rain has stopped. Lotte sits down opposite. The pages lie on the table. \"You "
             "gave someone your login,\" she says. The yard is dark. The light turns amber.\n\n"
             "\"Kees,\" he says at last. \"My cousin Kees. Years ago.\""), ("Kees",),
            note="a 'he' who speaks, no man named within reach: the last man the chapter named"),
    Example(("Maddox stood in the door as spotter, and he slapped each man on his shoulder.\n\n"
             "Evenings the crew sat on the tailgate. Walt Petty rolled cigarettes he never "
             "smoked, and the Swede read his mail. There was a good deal of it. His sister "
             "Greta wrote to him every week.",
             "The Swede came last, in a green Buick. He had driven out from Duluth with his "
             "wife Greta."), ("Greta",),
            note="a 'he' after another man named before it is that man, not one it goes on about"),
    Example(("Dear Ana,\n\nWe reached the coast at last. Your younger brother Tomas Vidal is "
             "well and eats like two men.\n\nYour husband, who thinks of you at the lamp,\n"
             "Mateo Ruiz",
             "Ana,\n\nYour letter came in the spring. Your cousin Tomas is as brown as a "
             "saddle.\n\nYour husband,\nMateo Ruiz"), ("Tomas Vidal",),
            note="a letter's 'your' is the one its salutation names"),
    Example(("Dear Ana,\n\nWe reached the coast at last.\n\nSunday,\n\nYour younger brother "
             "Tomas Vidal is well and eats like two men.\n\nYour husband,\nMateo Ruiz",
             "Ana,\n\nYour letter came in the spring. Your cousin Tomas is as brown as a "
             "saddle.\n\nYour husband,\nMateo Ruiz"), ("Tomas Vidal",),
            note="a line of a word alone that names no one ('Sunday,') opens no new letter"),
    Example(("Dear Lena,\n\nThe mill is sold. My brother Karl Brandt will keep the books.\n\n"
             "Your Otto\nO. K. Brandt",
             "Otto Brandt came home in May. Lena Brandt met him at the station. Otto's cousin "
             "Karl was there too."), ("Karl Brandt",),
            note="'Your Otto' over initials and a surname three bear: Otto signs"),
    Example(("Dearest Greta,\n\nMama is well. Our cousin Anton has gone to Bremen to take "
             "ship.\n\nYour Liesel",
             "Dearest Liesel,\n\nThe snow came early. Our uncle Anton came in October.\n\n"
             "Your Greta"), ("Anton",),
            note="'our' in a letter from one of a family to another is the reader's too"),
    Example(("Dear Ana,\n\nWe reached the coast at last. Your younger brother Tomas Vidal is "
             "well and eats like two men.\n\nYour husband,\nMateo Ruiz",
             "Dear Luz,\n\nYour letter came in the spring. Your cousin Tomas is as brown as a "
             "saddle.\n\nYour uncle,\nMateo Ruiz"),
            note="two letters to two people: each 'your' is its own reader's"),
    Example(("Ana Reyes kept the store on the corner. My sister Luz moved in with us on Monday.",
             "From: Ana Reyes\nTo: Tomas Reyes\nSubject: News\n\nTomas,\n\nLuz says to leave "
             "the boy alone. She is only my cousin, but she has been a sister to me.\n\n"
             "From: Pilar Reyes\nTo: Tomas Reyes\nSubject: Hello\n\nPapa,\n\nI passed the "
             "exam.\n\nLove,\nPilar"), ("Luz",),
            note="an email's header ends the unsigned one before: its 'my' is not Pilar's"),
    Example(("Maren Solberg mended nets on the quay. Her brother Anders rowed the second boat.",
             "Maren sat with old Ingrid by the stove.\n\n\"And your father?\"\n\n\"My father "
             "has Anders.\"\n\nIngrid nodded slowly. \"Your cousin Anders is a good lad,\" she "
             "said. \"But he will never be a skipper.\"\n\nMaren kept quiet."), ("Anders",),
            note="'your' said aloud to the one the narration names beside the speaker"),
    Example(("Maren Solberg mended nets on the quay. Her brother Anders rowed the second boat.",
             "Maren sat with old Ingrid by the stove.\n\n\"And your father?\"\n\n\"My father "
             "has Anders.\"\n\nIngrid nodded slowly. \"Your cousin Anders is a good "
             "lad.\"\n\nMaren kept quiet."),
            note="no word of saying: the line may be read out of a letter, whose 'your' is unsure"),
    Example(("Mette Dahlgård paints at the window bench. She is nineteen. Mette thinks of her "
             "brother Jørgen, twenty-three, riding through the city.",
             "Hr. Kjær sits by the stove. His eyes follow Mette's brush along every stem.\n\n"
             "\"Thinner,\" he says once, very quietly. \"You are loading it like a house "
             "painter.\"\n\nShe thins it. He is right.\n\nAt noon her cousin Jørgen arrives "
             "with a paper bag of early cherries."), ("Jørgen",),
            note="'Thinner', said only in speech, is no one 'her' stands for"),
    Example(("Nomvula Dlamini was sixteen that year. She had been taken on in the sample room "
             "because her brother Sipho had asked Baba Mkhize to ask the foreman.",
             "Her cousin Sipho came up from Durban on the last Saturday of the crush."),
            ("Sipho",), note="'asked Baba Mkhize' with no speech quoted: he is not spoken to"),
    Example(("I was fifteen that January. My brother Hamadi was seventeen and weighed the "
             "cardamom.",
             "Hamadi wanted to stay and fight. Hamadi bin Juma, my father reminded him, was a "
             "name with a house behind it."),
            note="'my father reminded him' is a clause of its own, not a relation of the name"),
    Example(("I was fifteen that January. My brother Hamadi was seventeen and weighed the "
             "cardamom.",
             "Hamadi bin Juma, my father, reminded him that a name had a house behind it."),
            ("Hamadi bin Juma",), note="'my father,' set off by commas is said of the name"),
    Example(("Tesfaye Bekele was a geologist. His daughter was Hirut Tesfaye, because her father "
             "was Tesfaye. Tesfaye's wife, Wubit, came in from the yard with the washing.",
             "Hirut Tesfaye came home in September. Tesfaye met her at the gate. Her mother, "
             "Wubit, followed him with a tray of bread."),
            note="'Tesfaye' alone is Tesfaye Bekele's given name, only the last of Hirut "
                 "Tesfaye's: his wife, her mother"),
    Example(("Tesfaye Bekele was a geologist. His daughter was Hirut Tesfaye, because her father "
             "was Tesfaye. Tesfaye's wife, Wubit, came in from the yard with the washing.",
             "Hirut Tesfaye came home in September. Tesfaye Bekele's sister, Wubit, followed "
             "her with a tray of bread."), ("Wubit",),
            note="'Tesfaye's wife' is Tesfaye Bekele's, later his sister"),
    Example(("Two of them got out of the car. \"Ferrante,\" the young man said, when Eileen held "
             "out the pen. \"Nicolò Ferrante. And my sister Rosa. We pick at Cygnet.\"",
             "Nicolò Ferrante smiled. \"My cousin Rosa sends you her love.\""), ("Rosa",),
            note="the speaker says who he is, then 'my sister': his"),
    Example(("Two of them got out of the car. \"Ferrante,\" the young man said, when Eileen held "
             "out the pen. \"Nicolò. And my sister Rosa. We pick at Cygnet.\"",
             "Nicolò Ferrante smiled. \"My cousin Rosa sends you her love.\""),
            note="a given name said alone may be a call to someone: whose 'my' is unsure"),
    Example(("Seth Jamnadas Thakkar owned the firm. The Seth was sixty. Hansa sat by the window. "
             "Her uncle, Mohan-bhai, the Seth's younger brother, ran the office in Bombay.",
             "In April the Seth's cousin Mohan came down from Bombay."), ("Mohan-bhai",),
            note="a second relation set after the name: the Seth's brother, later his cousin"),
    Example(("Seth Jamnadas Thakkar owned the firm. The Seth was sixty. Hansa sat by the window. "
             "Her uncle, Mohan-bhai, the Seth's younger brother, ran the office in Bombay.",
             "In April the Seth's brother Mohan came down from Bombay."),
            note="her uncle and the Seth's brother: the same man, told two ways"),
    Example(("Almaz Tesfaye was ten. Her brother was Dawit Tesfaye. Selam Dawit, the "
             "teacher, came to the door. Dawit sat down.",
             "Almaz had not seen her cousin Dawit for years."), ("Dawit Tesfaye",),
            note="'Dawit' alone is Dawit Tesfaye's given name, only the last of Selam Dawit's"),
    Example(("Moster Grethe, Mor's younger sister, had brought coffee. Grethe laughed.",
             "Grethe Nielsen from the dairy came too. Mor's cousin Grethe had organised the "
             "food."), ("Moster Grethe",),
            note="'Moster' is what the family calls her: 'Grethe' is her given name"),
    Example(("Bebia Ketevan kept the house. Nino Kapanadze was a girl of ten. She ran to the "
             "cellar. Nino stared at the lids. She counted eleven.\n\n\"We'll open it the day you "
             "marry,\" Uncle Levan said. He sat down on a crate. \"Don't tell your Bebia I said "
             "marry. She'll say you're too young.\"\n\nThe harvest "
             "began two days later. The whole village went out into the vineyards. Her brother "
             "Dato carried the baskets up to the cart.",
             "Nino came home in October. Her cousin Dato dug around the lid."), ("Dato",),
            note="a woman only talked of in speech is not in sight: the narration's 'her' is "
                 "the heroine's"),
    Example(("Bebia Ketevan kept the house. Nino Kapanadze was a girl of ten. She ran to the "
             "cellar. Nino stared at the lids. She counted eleven.\n\n\"We'll open it the day you "
             "marry,\" Uncle Levan said. He sat down on a crate. \"Don't tell your Bebia I said "
             "marry. She is tired. Her brother Dato is coming.\"",
             "Nino came home in October. Her cousin Dato dug around the lid."),
            note="'her' said in the speech itself may be the woman the speech talks of"),
    Example(("My uncle Octavio, my father's younger brother, drove over from Viña del Mar.",
             "My father's cousin Octavio was seventy-five now."), ("Octavio",),
            note="a second relation set after the name, through a parent: the father's brother, "
                 "later his cousin"),
    Example(("\"The bread is burning,\" said Wiebke, the miller's daughter, who had come to "
             "help.", "Wiebke came to the wake. She was Frau Wiebke now, the miller's niece, "
             "married to the schoolmaster."), ("Frau Wiebke",),
            note="one the story calls by a role only, 'the miller', is one person throughout"),
    Example(("\"The bread is burning,\" said Wiebke, the miller's daughter, who had come to "
             "help.", "Wiebke came to the wake. She was Frau Wiebke now, the smith's niece, "
             "married to the schoolmaster."),
            note="the miller and the smith: two people"),
    Example(("Tom Vane mended nets. Ada Vane, his sister, kept the farm. Her brother Tom rowed "
             "the second boat.", "Ada Vane sat by the fire with her cousin Tom."), ("Tom Vane",),
            note="her brother, his sister, then her cousin: one change, told once"),
    Example(("Bertram Lusk came over from the mill to help us. He is Mother's younger "
             "brother.", "My cousin Bertram drove us home in the trap."), ("Bertram Lusk",),
            note="'He is Mother's brother': the narrator's mother, called so, though no one "
                 "is named"),
    Example(("My uncle Octavio, my father's cousin, drove over from Viña del Mar.",
             "My father's cousin Octavio was seventy-five now."),
            note="'uncle' is what a family calls a parent's cousin too: no clash with the "
                 "cousin"),
    Example(("We came up to Borger in the spring, Mama and me and two trunks. I was twelve "
             "years old.\n\n\"Well,\" Mama said, \"there it is.\"\n\nShe had a letter in her "
             "handbag from her brother Harlan. Uncle Harlan was a lease man.",
             "Harlan was only Mama's cousin, when you came down to it."), ("Uncle Harlan",),
            note="no woman named lately, but the narration calls the narrator's mother 'Mama': "
                 "her brother"),
    Example(("We came up to Borger in the spring, Mama and me and two trunks. I was twelve "
             "years old.\n\n\"Well,\" Pa said, \"there it is.\"\n\nShe had a letter in her "
             "handbag from her brother Harlan. Uncle Harlan was a lease man.",
             "Harlan was only Mama's cousin, when you came down to it."),
            note="the father was the parent last in sight: whose 'her' is unsure"),
    Example(("Rudo Moyo came home in the rains. Her father was Tafara, and so was her brother "
             "Farai, though Farai laughed at it.",
             "Rudo Moyo had not seen her cousin Farai for twenty years."), ("Farai",),
            note="'Her father was Tafara': Tafara is her father, not the 'her' of her brother"),
    Example(("Rudo Moyo came home in the rains. Her father was Tafara. Her brother was Farai.",
             "Rudo Moyo had not seen her cousin Farai for twenty years."), ("Farai",),
            note="'Her brother was Farai': the relation said before the name"),
    Example(("Ilse Brandt kept the books. Tomas Brandt was her younger brother.",
             "Ilse's cousin Tomas came up from Kiel."), ("Tomas Brandt",),
            note="'Tomas Brandt was her younger brother': the relation said after the name"),
    Example(("Ilse Brandt kept the books. Tomas Brandt was her younger brother.",
             "Ilse's brother Tomas came up from Kiel."),
            note="the same relation both times"),
    Example(("We met old Pellow, the ferryman. Jacob Pellow has kept the ferry for forty years, "
             "and Mrs. Tonkin, I hear, is his sister.",
             "Jacob Pellow's niece Mrs. Tonkin brought the tea."), ("Mrs. Tonkin",),
            note="'Mrs. Tonkin, I hear, is his sister': a remark of how the teller knows it"),
    Example(("Rudo Moyo came home in the rains. Her father was Tafara. Her brother was Farai.",
             "Rudo Moyo had not seen her brother Farai for twenty years."),
            note="the same relation both times"),
    Example(("Nadia was ten that winter. Her mother was Ruth to the neighbours and Rivka to her "
             "sisters. Her brother Eli, who was six, slept in the kitchen.",
             "Nadia's cousin Eli came up from Leeds for the wedding."), ("Eli",),
            note="a run of 'Her <kin>' sentences lists Nadia's family: Eli is her brother, not "
                 "Rivka's"),
    Example(("Nadia was ten that winter. Her mother was Ruth to the neighbours and Rivka to her "
             "sisters. Rivka sang. Her brother Eli was a baker.",
             "Rivka's brother Eli came up from Leeds for the wedding."),
            note="a sentence about Rivka breaks the run: 'her' is Rivka's"),
    Example(("Youssef Haddad was Jorge's father, and Jorge swept the shop every morning.",
             "Jorge went out to the bank. Late in the afternoon a thin man stopped in the doorway "
             "with a suitcase. He came in and asked whether this was the shop of his uncle "
             "Youssef."),
            note="'his' after a newcomer arrived is the newcomer's, not Jorge's"),
    Example(("Mira Rosenthaler came in from the cold. Behind her came her brother Benno.",
             "Mira Rosenthaler was nineteen, a tall girl with her father's long face. Behind her "
             "came her cousin Benno, dragging his satchel."), ("Benno",),
            note="a girl described, not arriving: 'her' is still Mira"),
    Example(("And Bella's uncle Hughie was a pearl fisher. Bella laughed at him.",
             "Bella knew the walk before she knew the face. Granny Kirsty knew it before either "
             "of them. She stood up from the fire.\n\n\"Mother,\" said Hughie. \"I'm sorry.\""),
            note="two women named before 'Mother,': which one he calls so is unsure"),
    Example(("The family called them old Anna and young Anna.",
             "Old Anna was John's mother. She was sixty-four that summer.",
             "Young Anna was John's wife. She was thirty-nine."),
            note="two Annas told apart by age: a relation said of each is that one's"),
    Example(("The family called them old Anna and young Anna.",
             "Old Anna was John's mother. She was sixty-four that summer.",
             "Old Anna was John's wife. She was thirty-nine."), ("Anna",),
            note="the same word of age both times: one woman"),
    Example(("Annie Revill came in from the yard. Walter, who was her cousin, followed her in.",
             "Annie's brother Walter came up most Saturdays."), ("Walter",),
            note="', who was her cousin': the relation said in a clause after the name"),
    Example(("Chuy was seventeen that summer. Memo, my little brother, was the loud one.",
             "My cousin Memo drove up from Joliet."), ("Memo",),
            note="'Memo, my little brother,': a word that describes the relative between"),
    Example(("My father's younger brother Tawfiq worked nights at the Rouge.",
             "Tawfiq came in most mornings. He was my father's cousin, the son of my "
             "grandfather's brother."), ("Tawfiq",),
            note="'He was my father's cousin': a cousin through the parent, as a brother is"),
    Example(("My sister Nening moved in with us on Monday.",
             "Nening says to leave the boy alone. She is only my cousin, but she has been a "
             "sister to me."), ("Nening",),
            note="a sentence opening on 'She is my cousin' goes back to the one just named"),
    Example(("My aunt, Mrs. Keaveney, has been very good to me.",
             "Nora Keaveney is only my cousin when all is said."), ("Nora Keaveney",),
            note="'is only my cousin': a word of degree leaves the relation said"),
    Example(("Máňa's mother, paní Ludmila Trnková, sat at the long table.",
             "Máňa's aunt Ludmila had taken to her bed in April."), ("Ludmila Trnková",),
            note="a title written small between the kinship word and the name"),
    Example(("Guðrún Halls came down to the boats. Her brother Stefán rowed at the second oar.",
             "Sigríður Jóns looked at her. \"Your cousin Stefán is a good boy,\" she said. \"But "
             "he is not you, Guðrún Halls.\""), ("Stefán",),
            note="'your' is the one the speech calls by name"),
    Example(("By the window sat the Honourable Clarissa Vellacott, Lady Ferrabie's younger "
             "sister: a dark, quick young woman.",
             "Lady Ferrabie sat in the front row, with her niece Clarissa beside her."),
            ("Honourable Clarissa Vellacott",), note="a titled owner set beside the name"),
    Example(("Gudrun Brekke is Ole Haug's cousin; their mothers were sisters.",
             "Gudrun Brekke came to help me, as she does every year. She is Ole Haug's own "
             "sister, and she works like two men."), ("Gudrun Brekke",),
            note="'own' before the kinship word describes it"),
    Example(("There is a letter in the pocket of Cora Diaz's cardigan. It came on the morning "
             "she was sleeping, and Tessie Ruiz left it on the pillow. It is from her brother "
             "Nestor in Batangas.", "Cora Diaz sat down. She writes to her cousin Nestor."),
            ("Nestor",), note="'she was sleeping, and Tessie…': 'her' is the one that 'she' is"),
    Example(("Walter's fourteen and a full-timer, and because he's my big brother he says I'm "
             "half a worker. Walter laughed.", "My cousin Walter isn't coming back to the mill."),
            ("Walter",), note="'he's my big brother', of the name before it: the narrator's"),
    Example(("Walter laughed. \"He's my big brother,\" Ivy told the teacher.",
             "My cousin Walter isn't coming back to the mill."),
            note="said in speech, he is the speaker's brother, not the narrator's"),
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
    # The paragraph's "Her" is the doctor's, who opened the last lines title and all, not
    # the lead's.
    Example(("Winnie runs the ward. Winnie knows every bed. Tom is Winnie's nephew. Winnie "
             "laughed. Winnie sat down.",
             "Winnie retired. Winnie came back every Christmas.\n\n"
             "Dr. Priya Callan comes up at half ten. She is a consultant now.\n\n"
             "Her husband Tom is a team leader now."),),
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
    Example(("Anders Holm kept the boathouse. His daughter Mari Holm mended the sails.",
             "Anders Holm lies by the church wall, and beside him is the newer stone.\n\n"
             "\"Uncle,\" Mari Holm says to the newer stone, \"the boats are in.\" She smiles."),
            note="a line said to a grave is said to no one the narration names"),
    Example(("Anders Holm kept the boathouse. His daughter Mari Holm mended the sails.",
             "Anders Holm lies by the church wall, and beside him is the newer stone.\n\n"
             "\"Uncle,\" Mari Holm says, \"the boats are in.\" She smiles."), ("Mari Holm",),
            note="said to no thing: whoever calls the one in sight Uncle is his niece"),
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
    Example(("Rain fell. I walked behind the cart with Oom Piet, my mother's eldest brother, "
             "and when we reached the gate Oom Piet lifted the latch.",
             "My cousin Piet came back from the mines at Easter."), ("Oom Piet",),
            note="', and when' opens a clause: the apposition ends, it is no list"),
    Example(("Rain fell. I walked behind the cart with Piet, my mother's eldest brother, and "
             "cousins from the farm. Piet lifted the latch.",
             "My cousin Piet came back from the mines at Easter."),
            note="', and' then a noun may be a list going on: 'brother' is not said to be Piet"),
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
    Example(("Rufino Sosa was nineteen, Ernesto Ríos's nephew, and quick.",
             "Rufino Sosa was Ernesto Ríos's grandson."), ("Rufino Sosa",),
            note="an age told before the relation: 'was nineteen, Ernesto's nephew'"),
    Example(("Rufino Sosa was Ernesto Ríos's nephew.",
             "Rufino Sosa limped in. He ran the bar of his grandfather, Ernesto Ríos, and "
             "stayed there."), ("Rufino Sosa",),
            note="', and stayed there' after the name is a new clause, not a list"),
    Example(("Rufino Sosa was Ernesto Ríos's nephew.",
             "Rufino Sosa limped in. He sat with his grandfather, Ernesto Ríos, and Marta "
             "Ríos."),
            note="'his grandfather, Ernesto Ríos, and Marta Ríos' is a list"),
    Example(("Thomas Reed was ill. Ann Gale, I learn, is his sister.",
             "Thomas Reed died this morning. Ann Gale had sat up with him. She is his niece."),
            ("Ann Gale",),
            note="'she' is not 'his': 'his' is the last man named, two sentences back"),
    Example(("Thomas Reed was ill. Ann Gale, I learn, is his sister.",
             "Ann Gale sat up all night. She is his niece."),
            note="no man named lately: whose niece she is is unsure"),
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
    Example(("Hasan Demirci came to Cologne on the train. He was twenty-two. There was his "
             "father, Mehmet Demirci, back in Zara. And there was Mehmet Kaya, here, paying the "
             "fares.",
             "Mehmet sat on the sofa. Hasan, his brother-in-law these thirty years, "
             "poured the tea."), ("Hasan Demirci",),
            note="the bare 'Mehmet' is read as the one Hasan is son of: a drift"),
    Example(("Hasan had two Mehmets in his life. Hasan Demirci came to Cologne on the train. He "
             "was twenty-two. There was his father, Mehmet Demirci, back in Zara. And there was "
             "Mehmet Kaya, here, paying the fares.",
             "Mehmet sat on the sofa. Hasan, his brother-in-law these thirty years, "
             "poured the tea."),
            note="'two Mehmets': the bare given name may be the other one"),
    Example(("Selvi Raman waited at the stop. Ravi Mama was Valli's younger brother, the one "
             "who had gone to Madurai. Ravi laughed.",
             "Selvi Raman looked up. Valli's cousin Ravi had come on the first bus."), ("Ravi",),
            note="a family word said after the name ('Ravi Mama', her uncle) before 'was'"),
    Example(("Önund Sveinsson farmed at Eyri. He had a red beard. Önund's brother Kolli also "
             "lived at Eyri. Kolli laughed.",
             "Önund came to the Thing with thirty men, and Kolli, who was Önund's cousin, rode "
             "beside him."), ("Kolli",), note="', who was Önund's cousin,' after the name"),
    Example(("Önund Sveinsson farmed at Eyri. He had a red beard. Önund's brother Kolli also "
             "lived at Eyri. Kolli laughed.",
             "Önund came to the Thing with thirty men, and Kolli, who was Önund's "
             "brother-in-law's friend, rode beside him."),
            note="a kinship word that owns the next one is no relation of Kolli's"),
    Example(("Selvi Raman waited at the stop. \"Ravi, Mama was Valli's younger sister.\" Ravi "
             "laughed.", "Selvi Raman looked up. Valli's cousin Ravi had come on the first bus."),
            note="'Ravi, Mama was…' is said to Ravi, of Mama"),
    Example(("My mother's younger brother, Turi, drove our delivery truck. Turi laughed.",
             "Turi came at six with the truck — Ma's cousin Turi, who was never late."),
            ("Turi",), note="'Ma', as the narration calls her, is the narrator's mother"),
    Example(("The master is Captain Halvard Moen. The boy is the master's son, Peder. Peder "
             "Moen was quiet. Captain Moen spoke.",
             "Captain Moen sat down. He keeps his nephew Peder by him always."), ("Peder Moen",),
            note="the relative of whom the story says holds a role ('the master's son')"),
    Example(("Lars Moen came up the path. Lars Moen's son, Peder, carried the nets. Drever "
             "Holm waved.",
             "Lars Moen helped Drever Holm with the paint. He is thirty-eight, he says. He keeps "
             "his nephew Peder by him always."), ("Peder",),
            note="'He keeps his nephew': the one the sentences opening on 'He' are about, "
                 "not the last man named"),
    Example(("My uncle Qillaq came in without knocking. He was Ataata's youngest brother, and "
             "Ataata said so. Qillaq laughed.",
             "Qillaq slapped the load. Qillaq was Anaana's younger brother, and he had her "
             "laugh."), ("Qillaq",),
            note="Inuktitut 'Ataata' and 'Anaana' are the narrator's father and mother"),
    Example(("Tantie Ermine sat in the stand with Lennox Achille. His sister Verna waved.",
             "Tantie Ermine sat in the stand, and Lennox Achille saw his cousin Verna standing "
             "on the bench."), ("Verna",),
            note="'Tantie' (aunt) is a woman's title: 'his' is not hers"),
    Example(("Rokeya Khatun walked to work with her niece beside her. The girl is her brother's "
             "daughter, her niece, sent across the water. Moyna is sixteen. Moyna laughed.",
             "Rokeya Khatun stood up. She thought of her little sister Moyna."), ("Moyna",),
            note="'The girl is her niece.' brings in the one the next sentence opens on"),
    Example(("Rokeya Khatun walked to work. The girl is her niece, sent across the water. "
             "Later Moyna came too.",
             "Rokeya Khatun stood up. She thought of her little sister Moyna."),
            note="a name not opening the next sentence is not the girl said to be her niece"),
    Example(("Dear Elias,\n\nMy sister Prudence is come to stay the winter.\n\n"
             "Your loving wife,\nMartha Hale",
             "Dear Elias,\n\nMy cousin Prudence has gone home.\n\nYours ever,\n\nMartha"),
            ("Prudence",), note="'my' in a letter is the one who signs it, in every letter"),
    Example(("Dear Elias,\n\nMy sister Prudence is come to stay the winter.\n\n"
             "Your loving wife,\nMartha Hale\n\nDear Martha,\n\nWe marched all day. My cousin "
             "Prudence wrote to me.\n\nYour loving husband,\nElias Hale",
             "Martha Hale walked to town. Elias Hale was far away."),
            note="two letters signed by two people: two people's 'my'"),
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
    Example(("Karim Tazi came at four. Karim sat down. Mi Itto smiled, and she poured the tea. "
             "Fatima Tazi came back with the sugar, "
             "and Mi Itto called for hot water, and the tagine burned. Karim's mother laughed "
             "until she had to sit down.",
             "Fatima Tazi, his sister, came on Fridays. Karim Tazi smiled."),
            note="'Karim's mother' after two women named: not surely the Tazi one"),
    Example(("Nadia Tazi sat in the courtyard. Nadia laughed. She had loved her uncle Moha "
             "since she was small.",
             "Moha came home with his son. The boy was nine, and Moha had given him his own "
             "full name: Mohand Amellal.\n\nHe stood in front of the photograph.\n\n\"Who is "
             "that man?\" he asked his cousin Nadia."),
            note="a son given his father's full name: what is told of the name may be either's"),
    Example(("Nicolò Ferrante came in. Eileen looked up.\n\n\"We came last.\" Nicolò set down "
             "the case. \"My sister Rosa picks fast.\"",
             "\"Married. Three children.\" Nicolò turned the brim of his hat. \"My cousin Rosa "
             "sends you her love.\""), ("Rosa",),
            note="speech put to its speaker by what he does between its lines"),
    Example(("Rosario Ybañez kept the boarding house. Rosario looked at my hands.\n\n\"No cards "
             "after eleven.\" She pointed her chin at a girl by the stove. \"That is my daughter "
             "Carmelita.\"", "Rosario's niece Carmelita married me in the spring."),
            ("Carmelita",), note="no word of saying: the speaker is the 'She' between the lines"),
    Example(("Rosario Ybañez kept the boarding house. Felipe Dalisay looked at my hands.\n\n\"No "
             "cards after eleven.\" She pointed her chin at a girl by the stove. \"Sit.\" He sat "
             "down. \"That is my daughter Carmelita.\"",
             "Rosario's niece Carmelita married me in the spring."),
            note="a 'She' and a 'He' between the lines: whose speech it is is unsure"),
    Example(("Nicolò Ferrante came in. Eileen looked up.\n\n\"Ferrante,\" the young man said, "
             "when Eileen held out the pen. \"And my sister Rosa.\"",
             "Eileen smiled at the girl. \"My cousin Rosa is late.\""),
            note="speech said by someone unnamed is not that of the one named in the narration"),
    Example(("Coronel Firmino Valadares came down once, and he smiled. Tonho Bento cut pods all "
             "morning. Tonho Bento laughed at the rain.\n\nHis sister Maria das Dores worked in "
             "the big house, not in the groves.",
             "Tonho signed the paper. Tonho put the pen down.\n\n\"Your cousin will be "
             "pleased,\" said Dona Graça. \"Firmino would have been pleased too, once.\"\n\n"
             "His cousin Maria das Dores had married a boatman in Pontal."), ("Maria das Dores",),
            note="a man talked of in speech is not whom the next paragraph's 'his' goes back to"),
    Example(("And there was the singer. Her mother had named her Naa Dedei, and when Dedei "
             "Lamptey sang, the men at the back could find the bar without the bulbs.\n\nHer "
             "younger brother Tetteh had carried the drum cases in from the lorry.",
             "Naa Dedei came in late. It was Dedei's cousin Tetteh, grown thick-necked and "
             "cheerful, who met her at the door."), ("Tetteh",),
            note="'Naa' is a Ga title: 'Naa Dedei' is Dedei"),
    Example(("Nonô Pires played the cuíca. Nonô Pires laughed at the bakery.",
             "The man who had died on the Wednesday was Arlindo Pires, Nonô's cousin, who "
             "had the same surname. Nonô's sister had telephoned the bakery to say that Pires "
             "had died."),
            note="one said in apposition to be his cousin is not the sister just after"),
    Example(("My dearest mother,\n\nThe mill is sold. I think of Pawel.\n\nYour son,\n"
             "Tomasz Wrona",
             "My son,\n\nPawel, Jadwiga's son, your cousin, is sleeping in your old bed.\n\n"
             "Your mother,\nHalina Wrona",
             "My son,\n\nYour brother Pawel went in the autumn. Jadwiga cried.\n\nYour "
             "mother,\nHalina Wrona"), ("Pawel",),
            note="letters between two, to no one named: 'your' is the other one's in each"),
)
