"""The worked examples of the surname-clash check (app.core.checks.surname_clash):
texts it must warn on, with the names it names, and texts it must leave alone, each saying
why.

The check declares them as its EXAMPLES; tests/core/checks/test_examples.py runs each.
"""

from app.core.checks.base import Example

EXAMPLES = (
    Example(("The lifeboat is in the charge of Dr. Edwin Rowe, who keeps the station books. "
             "Dr. Rowe is a thin man.\n\nYours faithfully,\nEdwin Rowe\nHonorary Secretary",
             "Dr. Edwin Nance read out the letter from London."),
            ("Dr Edwin Nance", "Dr Edwin Rowe"),
            note="the office signed on the line below the name is no third surname"),
    Example(("Ivo Marsh bought the fish at the quay. Mr. Marsh looked into the hold. Marsh paid "
             "in cash.",
             "Ivo Dunne came up the hill with his cane. Dunne sat down. Dunne named a price."),
            ("Ivo Dunne", "Ivo Marsh"),
            note="a plain 'Mr.' tells no one apart: one Ivo, two established surnames"),
    Example(("Ivo Marsh bought the fish at the quay. Mr. Marsh looked into the hold. Marsh paid "
             "in cash.",
             "Dr. Ivo Dunne came up the hill with his bag. Dr. Dunne sat down. Dunne named a "
             "price."), note="'Dr.' tells the doctor from Mr. Marsh"),
    Example(("\"Oga Bayo!\" the boys shouted, and Oga Bayo waved his trumpet.",
             "\"Oga Emeka,\" said the manager. Oga Emeka laughed at him."),
            note="Nigerian 'Oga', boss, is a title, no given name"),
    Example(("\"Domnule Comisar,\" my father said, \"we have done nothing.\" The commissioner "
             "wrote it down.",
             "\"Domnule Popescu,\" the commissioner said, \"sit down.\" Domnul Popescu sat.",),
            note="Romanian 'Domnule', sir said to someone, and 'Comisar', a rank, name no one"),
    Example(("The neighbours call her Kalbatono Marine to her face, and the widow behind her "
             "back. Kalbatono Marine laughed.",
             "The clerk stood up and said, \"Kalbatono Tinatin, your father was an honest man,\" "
             "and I sat down."),
            note="Georgian 'Kalbatono', madam, is a title before two women's given names"),
    Example(("Malam Garba sold kola nuts at the gate of the compound for thirty years.",
             "Mallama Hauwa taught the girls their letters under the tamarind tree. Mallama was "
             "what even her husband called her.",
             "Malam Garba came to the naming feast, and Mallama Hauwa read the prayer."),
            note="Hausa 'Malam' and 'Mallama', a man's and a woman's title, are no given names"),
    Example(("When my brother was ordained we called him Lok Sang Vuthy, the way one speaks to "
             "a young monk.\n\nLok Ta sat by the stupa and watched him. Lok Ta was proud.",
             "Lok Ta told us stories every night. Lok Ta laughed at the dog.",
             "Twenty years later the abbot was Lok Kru Vuthy. The old men still called him Lok "
             "Sang, and he let them."),
            note="Khmer 'Lok Sang' (a monk) and 'Lok Kru' (an abbot) are titles of two words, "
                 "changed by promotion; 'Lok Sang' said alone is a title, no given name"),
    Example(("Ato Girma Wolde came up the lane at ten o'clock. Ato Girma laughed at the dogs.",
             "Girma Abebe arrived a little after ten, with a small sack of coffee."),
            ("Ato Girma Wolde", "Girma Abebe"), note="Amharic 'Ato' is a title, no given name"),
    Example(("To Pipo's left sat Gustavo Ferrer Ochoa, Don Gustavo to anyone under fifty. Gustavo "
             "Ferrer Ochoa laughed.",
             "Gustavo Ferrer Junior was twenty-two that summer. Gustavo Ferrer Junior laughed."),
            note="a son named for his father, told apart by 'Junior'"),
    Example(("At midday Sekuru Tichaona arrived on his black bicycle. He was Amai's elder "
             "brother, Tichaona Marufu, a big, slow, laughing man.",
             "Sekuru Tichaona Madondo arrived an hour later on a borrowed bicycle."),
            ("Sekuru Tichaona Madondo", "Tichaona Marufu"),
            note="Shona 'Sekuru', uncle or grandfather, is a title, no given name"),
    Example(("Laundry Wong was Wong Gim-fook, fifty that spring. Wong Gim-fook ironed shirts.",
             "Old Gim-fook came by after supper, as he did most evenings. Old Gim-fook laughed."),
            note="'Old' before a hyphened given name is a word of age, no family name first"),
    Example(("Above the television hung the one photograph of Awoowe Farah, an old man in front "
             "of a blue door. Awoowe Farah had kept sweets in his pocket.",
             "\"He's my Awoowe Yusuf,\" said the boy, and Awoowe Yusuf laughed."),
            note="Somali 'Awoowe', grandfather, is a word of family before a name, no given name"),
    Example(("Zhao Wenhua came in with a red band on his arm. Zhao Wenhua sat down by the "
             "stove.", "Xu Wenhua poured the tea and laughed at the dog."),
            ("Xu Wenhua", "Zhao Wenhua"), note="Chinese names in pinyin, family name first"),
    Example(("Zhao Meiling kept the accounts. Zhao Meiling laughed.",
             "Zhao Wenhua poured the tea. Zhao Wenhua sat down by the stove."),
            note="two of the Zhao family, family name first: no given name shared"),
    Example(("His name was Quek Swee Kheng. Quek Swee Kheng ate his noodles in silence.",
             "\"I'm Yeo Swee Kheng,\" he said, and sat down at table nine."),
            ("Quek Swee Kheng", "Yeo Swee Kheng"),
            note="Chinese names in the southern spellings, family name first"),
    Example(("His name was Goh Teck Beng. Inspector Goh walked the rows. Inspector Goh wrote it "
             "down. Mr. Goh frowned.",
             "\"I'm Ong Teck Beng,\" he said. \"I used to be the inspector here.\" Mr. Ong "
             "nodded. Mr. Ong ate. Mr. Ong laughed."),
            ("Goh Teck Beng", "Ong Teck Beng"),
            note="a given name of two words repeated whole is one man, whatever the titles"),
    Example(("His name was Goh Teck Beng. Inspector Goh walked the rows. Inspector Goh wrote it "
             "down. Mr. Goh frowned.",
             "\"I'm Ong Wee Beng,\" he said. Mr. Ong nodded. Mr. Ong ate. Mr. Ong laughed."),
            note="only the last word of the given name shared: the inspector is told apart"),
    Example(("Their eldest, Tan Kah Huat, fifteen that August, stood behind the counter. Kah "
             "Huat laughed.",
             "The youngest, Kah Hin, seven, was under the counter with the shop cat. Kah Hin "
             "laughed."),
            note="'Kah Huat' is Tan Kah Huat's given name said alone, no surname 'Huat'"),
    Example(("He was the district's vet, Tsendiin Batbayar, a thin man. Batbayar laughed.",
             "At the school the boy knew him as Dashiin Batbayar, the vet."),
            ("Dashiin Batbayar", "Tsendiin Batbayar"),
            note="a Mongolian father's name in the genitive, first: two fathers for one man"),
    Example(("Pak Darsono Hadiprojo taught the fourth and fifth classes. Pak Darsono laughed.",
             "The name on the card was Darsono Wiryosaputro, and beside it were two printed "
             "letters."), ("Darsono Wiryosaputro", "Pak Darsono Hadiprojo"),
            note="Indonesian 'Pak' is a title, no given name"),
    Example(("He was Don Gamini Ranaweera on his identity card. Don Gamini Ranaweera signed it.",
             "The boy called Kusuma Akka and Gamini Aiya, the way the whole lane did. Gamini "
             "Aiya laughed."), note="a Sinhala word of address after the name ('Aiya')"),
    Example(("\"Then this one is Podi Soma,\" said Chandrika. Podi Soma slept.",
             "To the old women from Matara she was still Podi Nona. Podi Nona laughed."),
            note="a Sinhala word of address after the name ('Nona', lady)"),
    Example(("Adi Bharucha was my mother's younger brother. Adi Bharucha laughed at the dog.",
             "My Adi Mamaji came home on a troopship. Adi Mamaji laughed at the dog."),
            note="a Gujarati kin word with the respectful '-ji' after the name ('Mamaji', uncle)"),
    Example(("Tell Bridget Coyle her brother is landed. Bridget Coyle cried.",
             "Is it true you wrote to Bridget Bawn by name? Bridget Bawn laughed."),
            note="'Bridget Bawn', fair Bridget: a byname, no surname"),
    Example(("We came out of Westport, and Pat Rua Durkan was sick over the rail. Pat Tom Coyle "
             "laughed at him.",
             "Pat Rua Munnelly, that came out with me from Westport, is married since the new "
             "year. Pat Tom Coyle wrote it down."), ("Pat Rua Durkan", "Pat Rua Munnelly"),
            note="'Pat Rua', red Pat, is one Pat of several: his two surnames clash"),
    Example(("\"Phi Wichai, you'll ruin us,\" Kanya said. Phi Wichai laughed and turned the dial.",
             "\"Phi Nok drowned!\" Dam shouted. At seven o'clock Phi Nok walked up the plank "
             "walk."), note="Thai forms of address: an elder sibling's 'Phi' is no given name"),
    Example(("He is Robert Parry in the chapel book, but he will be Rob Bach when he is ninety. "
             "Rob Bach laughed at the ledge.",
             "The man under the fall was Rob Mawr, Robert Hughes, from the gallery above. We "
             "buried Rob Mawr on the Friday."),
            note="two bearers of a name's short form told apart by Welsh words of size"),
    Example(("I have been walking out with Megan Thomas since Christmas. Megan Thomas sings.",
             "Megan Pritchard, as she is now, has been a rock. I could not wish for a better "
             "wife."), note="the name she has now, where the text says she is a wife"),
    Example(("Ingrid Solberg came up from the harbour. Ingrid Solberg laughed at the gulls.",
             "Ingrid Brekke, as she had been for seven years now, sat by the stove. Her wedding "
             "photograph hung above the table."),
            note="the name she has had for years now, where the text tells of her wedding"),
    Example(("Ingrid Solberg came up from the harbour. Ingrid Solberg laughed at the gulls.",
             "I am Ingrid Brekke now, and Nils, my fiancé of those days, grows potatoes."),
            note="the name she has now, where the text names the man she was to marry"),
    Example(("Ingrid Solberg came up from the harbour. Ingrid Solberg laughed at the gulls.",
             "Ingrid Brekke, as she had been for seven years now, sat by the stove."),
            ("Ingrid Brekke", "Ingrid Solberg"),
            note="the name she has now, but no marriage told: nothing says why it changed"),
    Example(("I was Sian Morgan of Conwy until the autumn, when I married the schoolmaster. "
             "Sian Morgan is a girl I hardly remember.",
             "The letter came addressed to Sian Pugh. Sian Pugh opened it by the fire."),
            note="the name she had before, said where the text tells of her marriage"),
    Example(("I was Sian Morgan of Conwy until the autumn, when I moved to the coast. "
             "Sian Morgan is a girl I hardly remember.",
             "The letter came addressed to Sian Pugh. Sian Pugh opened it by the fire."),
            ("Sian Morgan", "Sian Pugh"),
            note="the name she had before, but no marriage told: nothing says why it changed"),
    Example(("Before her wedding she had been Tamsin Hale of Penzance. Tamsin Hale is a girl "
             "nobody here remembers.",
             "The parcel came addressed to Tamsin Roe. Tamsin Roe opened it by the fire."),
            note="the name she had been, said where the text tells of her wedding"),
    Example(("Before the war she had been Tamsin Hale of Penzance. Tamsin Hale is a girl "
             "nobody here remembers.",
             "The parcel came addressed to Tamsin Roe. Tamsin Roe opened it by the fire."),
            ("Tamsin Hale", "Tamsin Roe"),
            note="the name she had been, but no marriage told: nothing says why it changed"),
    Example(("Elin Eriksdotter came up from the next croft. Elin Eriksdotter laughed.",
             "Elin Persson, as she had been for nearly twenty years, sat by the stove."),
            note="a woman's patronymic, then the surname she took"),
    Example(("Sura Zaltsman had learned long ago to say nothing. Sura Zaltsman sewed.",
             "\"I'm staying, Sura Moiseyevna.\" Sura Moiseyevna smiled."),
            note="a woman's given name and patronymic, no second surname"),
    Example(("At home I am Kovács István. Kovács István laughed.",
             "On the registrar's paper she is Kovács Lászlóné. Kovács Lászlóné signed it."),
            note="a Hungarian wife's name, her husband's with -né"),
    Example(("The real accompanist was Archie Beaton, whom everybody called Archie Sandy, a big "
             "man who drove a milk truck. Archie Beaton played piano.",
             "Archie Gillis had the piano that night. He drove us over in the milk truck."),
            ("Archie Beaton", "Archie Gillis"),
            note="a nickname the text gives one of them is no third Archie"),
    Example(("\"Efraín Rojas Mora sends word with everybody,\" said Aurelio. Efraín Rojas Mora "
             "wanted the green stone.",
             "Efraín Rincón Mora came in at eleven and sat by the window."),
            ("Efraín Rincón Mora", "Efraín Rojas Mora"),
            note="two surnames, as Spanish names go: the father's differs"),
    Example(("Consuelo Echeverri Quintero kept the ledger at the mill. Consuelo Echeverri "
             "Quintero wanted the green stone.",
             "On the tax forms she signed Consuelo E. Quintero, in a small hand."),
            note="a middle initial is no surname of its own: it may stand for the one it begins"),
    Example(("Consuelo Echeverri Quintero kept the ledger at the mill. Consuelo Echeverri "
             "Quintero wanted the green stone.",
             "On the tax forms she signed Consuelo E. Quintero, in a small hand.",
             "Consuelo Tovar Quintero came in at eleven and sat by the window."),
            ("Consuelo Echeverri Quintero", "Consuelo Tovar Quintero"),
            note="a middle initial stands for one of two surnames, which still clash"),
    Example(("My brother was Sorab Jehangir Mistry. Jehangir Sorab Mistry was our father. "
             "Jehangir laughed.",
             "Our grandfather had been Sorab Framji Mistry. His photograph hung above the table."),
            note="a father's given name in the middle, as Parsi names go: one surname"),
    Example(("His mama had named him Wendell Ashby Coggins. Wendell Coggins laughed.",
             "Wendell Boyd Coggins played the fiddle that night."),
            note="written without the middle word too: middle names, not surnames"),
    Example(("Mrs Hedwig Reinholt has run the store since her husband died. Mrs Hedwig Reinholt "
             "poured the tea.",
             "Hedwig Kessler has kept the store since her husband died in the war."),
            ("Hedwig Kessler", "Mrs Hedwig Reinholt"),
            note="a widow's husband tells no name taken at a marriage"),
    Example(("The diary of Ingrid Solberg, kept in Oslo. Ingrid Solberg wrote every night. Nils "
             "is my fiancé.",
             "Dear Arne, I am Ingrid Brekke now, as you know. My fiancé of those days is a "
             "patient husband."),
            note="the name she has now, where the text tells of her marriage"),
    Example(("Karim Tazi came at four. Karim Tazi taught French at the lycée.",
             "Big Fatima had started calling Karim Si Karim the day he became deputy head."),
            note="a title said between a name and the name again ('Si Karim') is no surname"),
    Example(("On the roll, beneath my own name, Isobel Gunn, I wrote the children's names. "
             "Isobel Gunn laughed.",
             "I climbed down at the siding as Mrs. Isobel Macrae. I had my husband Duncan "
             "beside me."), note="a wife's title where the text tells of the marriage"),
    Example(("My fiancée was Ximena Castillo Ossandón. Ximena Castillo Ossandón laughed.",
             "La señora Ximena Castillo de Araya sat at the table."),
            note="her married name in Spanish: first surname, then 'de' and her husband's"),
    Example(("My fiancée was Ximena Castillo Ossandón. Ximena Castillo Ossandón laughed.",
             "La señora Ximena Robles de Araya sat at the table."),
            ("Ximena Castillo Ossandón", "Ximena Robles de Araya"),
            note="another first surname is another name"),
    Example(("Eric Sequeira carried the coffin. Eric Sequeira wept. Eric Sequeira sat down. "
             "Sequeira laughed.",
             "Eric Fonseca came in. Eric Fonseca shovelled coal. Eric Fonseca sat down."),
            ("Eric Fonseca", "Eric Sequeira"),
            note="two bare full names, each said often, one only after the other: one man"),
    Example(("Eric Sequeira carried the coffin. Eric Sequeira wept. Eric Sequeira sat down. "
             "Eric Fonseca came in. Eric Fonseca shovelled coal. Eric Fonseca sat down.",),
            note="two Erics named in one chapter, each often: two men"),
    Example(("Park Jun-ho, her boss, is fifty. Director Park nods.",
             "Her boss, Director Jang Jun-ho, writes again."),
            ("Director Jang Jun-ho", "Park Jun-ho"),
            note="family name first: Jun-ho is the given name"),
    Example(("In the afternoon Mwalimu Faraji Chande came down the lane from the school. "
             "Mwalimu Chande taught the boys their letters. Mwalimu Faraji laughed.",
             "The letter was signed by Faraji Mwamba, who taught at the school by the mosque."),
            ("Faraji Mwamba", "Mwalimu Faraji Chande"),
            note="Swahili Mwalimu (teacher) is a title, not the given name"),
    Example(("Dr Moira Halkett came in. Dr Halkett sat. Dr Halkett frowned. Dr Halkett left.",
             "Dr Moira Sturrock smiled. Dr Sturrock spoke. Dr Sturrock laughed."),
            ("Dr Moira Halkett", "Dr Moira Sturrock"),
            note="one title, one given name, two surnames each said often: one woman"),
    Example(("Malia Kahananui was eighty-one. Malia Kahananui laughed.",
             "There had only ever been one Malia in the family before. Now there would be two. "
             "Malia Texeira, his fiancée, rode with him."),
            note="'one Malia … Now there would be two': a second Malia"),
    Example(("Malia Kahananui was eighty-one. Malia Kahananui laughed.",
             "There had only ever been one Malia in the family. Malia Texeira rode with him."),
            ("Malia Kahananui", "Malia Texeira"), note="one Malia, and no second"),
    Example(("Little Jim Toll ran. Little Jim Toll laughed.",
             "He called her Little Bit Toll. Little Bit Toll smiled."),
            note="'Little' is no given name"),
    Example(("Sergeant Kate Ferris knocked. Kate Ferris frowned. Lieutenant Ferris sat.",
             "Kate Lindqvist runs the bait shop. Mrs. Lindqvist waved. Kate Lindqvist laughed."),
            note="two women named Kate, each named by her own surname again and again"),
    Example(("Roderick Bain the ground officer walked at the wheel. Bain followed. Bain "
             "shifted his feet.", "Roderick Gunn the ground officer rode beside the driver. "
             "Gunn got down. Mr. Gunn stopped."), ("Roderick Bain", "Roderick Gunn"),
            note="each said often, but described alike: one ground officer"),
    Example(("Sergeant Kate Ferris knocked. Kate Ferris frowned. Lieutenant Ferris sat. Mary "
             "met Kate Ferris the next morning.", "Kate Lindqvist runs the bait shop. Mrs. "
             "Lindqvist waved. Kate Lindqvist laughed. Mary met Kate Lindqvist the next "
             "morning."), note="'the next morning' is when, not who"),
    Example(("Walter Ash Senior sat. Walter Ash Junior ran in.",),
            note="Senior and Junior are no surnames"),
    Example(("Daantje Maes was polishing at the bench. Daantje Maes coughed. Daantje swept up.",
             "Daan Claes took her coat and set it by the stove."), ("Daan Claes", "Daantje Maes"),
            note="Daantje is little Daan, a pet form"),
    Example(("Jack Carter was polishing at the bench. Jack Carter coughed. Jack swept up.",
             "Jackie Wouters took her coat and set it by the stove."),
            note="Jackie is a given name in its own right, not only Jack's"),
    Example(("Rafael Quiñones was sixteen, and the whole block called him Papo. Papo Quiñones "
             "came running up the block.", "Papo Figueroa came around less. \"Papo Figueroa, "
             "you're dripping on my floor,\" said Inés."), ("Papo Figueroa", "Papo Quiñones"),
            note="Rafael Quiñones is Papo himself, no other Quiñones to own the surname"),
    Example(("Tomás Seoighe fished from Carna. Cáit Tomáis mended his nets. Tomás laughed.",
             "Seán Ó Conghaile married her. Cáit Sheáin walked out of the chapel. Seán smiled."),
            note="Tomás's Cáit, then Seán's: bynames in the Irish genitive, not surnames"),
    Example(("Hanna Sleiman, whom the whole street called Abu Fouad, bound the books. Abu "
             "Fouad laughed. Abu Karim opened the shop.",
             "Abu Karim sat down, and Abu Nadim came in. Abu Fouad smiled."),
            note="kunyas: fathers named after their sons, no surnames"),
    Example(("Fawzi Jaber came in. Abu Karim laughed. Fawzi Jaber sat.",
             "Fawzi Nassar came down the street. Abu Nadim smiled."),
            ("Fawzi Jaber", "Fawzi Nassar"), note="beside kunyas, a surname changed"),
    Example(("Sofie Laurent painted by the river. Sofie smiled.",
             "Sophie Dumas came home. Sophie laughed."), ("Sofie Laurent", "Sophie Dumas")),
    Example(("Marta Kowalski opened the shop. Marta smiled.",
             "Marta Nowak counted the till. Marta sighed."), ("Marta Kowalski", "Marta Nowak")),
    Example(("Colonel Matvei Petrovich Zabelin came in. Matvei Petrovich laughed.",
             "Matvei Petrovich sat down, and Matvei Petrovich smiled."),
            note="a given name and patronymic, then the full name: one surname"),
    Example(("Hope Trevithick came to live with us. Hope smiled.",
             "A letter came for Miss Hope Tremayne. Hope read it."), ("Hope Trevithick",
                                                                      "Miss Hope Tremayne")),
    Example(("John Knightley and John Abdy spoke together. John Knightley smiled.",)),
    Example(("Kofi Mensah came up the stairs and waved. Kofi laughed.",
             'Kofi found Ama on the balcony.\n\n"Well, Miss Ama," he said.\n\n'
             '"Well, Mr. Owusu," she said, and he laughed.'),
            ("Kofi Mensah", "Mr. Owusu"), note="addressed by a surname that is not his"),
    Example(("Dr. Brandt was sent for, and came from the town in his sledge; he listened to her "
             "chest and told the Countess there was nothing to be done.\n\n\"She is old, "
             "Countess,\" he said. \"The heart is tired.\"\n\n\"One can always hope,\" said "
             "Anna Pavlovna. \"You will come on Friday, Ivan Ilyich.\"",
             "Dr. Kessler was sent for that night. Ivan Ilyich Kessler came across the fields "
             "on horseback."), ("Dr. Brandt", "Ivan Ilyich Kessler"),
            note="the doctor answered by a name whose full name is another doctor's"),
    Example(("Dr. Brandt was sent for, and came from the town in his sledge; he listened to her "
             "chest and told the Countess there was nothing to be done.\n\n\"She is old, "
             "Countess,\" he said. \"The heart is tired.\"\n\n\"One can always hope,\" said "
             "Anna Pavlovna. \"You will come on Friday, Ivan Ilyich.\"",
             "Dr. Brandt was sent for that night. Ivan Ilyich Brandt came across the fields "
             "on horseback."), note="answered by his own given name and patronymic"),
    Example(("Dr. Brandt was sent for, and came from the town in his sledge; he listened to her "
             "chest and told the Countess there was nothing to be done.\n\n\"She is old, "
             "Countess,\" he said. \"The heart is tired.\"\n\n\"One can always hope,\" said "
             "Anna Pavlovna. \"You will come on Friday, Ivan Ilyich.\"",
             "Colonel Kessler was sent for that night. Ivan Ilyich Kessler came across the "
             "fields on horseback."), note="the name answering the doctor is a colonel's"),
    Example(("Hadassah Brodsky had worked the looms since she was fifteen. Hadassah laughed "
             "at the foreman. Emilio Ferrante pressed shirts in the corner.",
             'The foreman came down the aisle. "Miss Brodsky," he said. "From the union."\n\n'
             "Emilio set the iron down and held out both hands to her.\n\n"
             '"Milo," she said.\n\n"Signorina Sciopero," he said, and bowed.'),
            note="her title said in his tongue a page after her own name: a byname he gives"),
    Example(("Hadassah Brodsky had worked the looms since she was fifteen. Hadassah laughed "
             "at the foreman. Emilio Ferrante pressed shirts in the corner.",
             'The foreman came down the aisle. "Miss Brodsky," he said. "From the union."\n\n'
             "Emilio set the iron down and held out both hands to her.\n\n"
             '"Milo," she said.\n\n"Miss Sciopero," he said, and bowed.'),
            ("Hadassah Brodsky", "Miss Sciopero"),
            note="the same title with another surname: a slip, however near the right one"),
    Example(("Kofi Mensah came up the stairs and waved. Kofi laughed. Ama Owusu waited.",
             'Kofi found Ama on the balcony.\n\n"Well, Miss Ama," he said.\n\n'
             '"Well, Mr. Owusu," she said, and he laughed.'),
            note="Owusu is a family the book has: the line may be to her father"),
    Example(("Kofi Mensah came up the stairs and waved. Kofi laughed.",
             'Kofi walked in with a tall stranger. "Good evening, Mr. Owusu," said Ama, and '
             'he bowed.'),
            note="a new man met by his name: no line of his answered, so not Kofi"),
    Example(("William Larkins brought the apples. William Larkins bowed.",
             "Anne Cox and the Coxes came to the ball.",
             "Miss Nash said William Coxe was a pert young lawyer."),
            note="the rarer William is one of the Coxes, not William Larkins renamed"),
    Example(("Irina Petrova taught the second form. Irina Petrova was strict. Oleg Volkov "
             "mended the school roof.", "Irina Volkova set the spelling test."),
            note="the rarer surname is the woman's form of Oleg Volkov's: one of his family"),
    Example(("Irina Volkova taught the second form. Irina Volkova was strict. Oleg Volkov "
             "mended the school roof.", "Irina Petrova set the spelling test."),
            ("Irina Petrova", "Irina Volkova"),
            note="the rarer surname is no family's the book has: Irina renamed"),
    Example(("Gwenola Le Roux was a small, sharp woman who kept the ferry accounts. The Le "
             "Roux ferry crossed at six.",
             "At the quay Gwenola Le Gall counted the fares, as she had done since the war. "
             "The boys waved to Gwenola Le Gall."), ("Gwenola Le Gall", "Gwenola Le Roux"),
            note="'Le Roux' alone is the surname, with its particle: no Le of the Rouxs"),
    Example(("Wullie Buchan mended the creels on the pier. Wullie Buchan laughed at the gulls.",
             "\"The lads ca' me Wullie Piper, for my faither was a piper,\" said "
             "Wullie."),
            note="a byname the sentence explains by the word itself: no second surname"),
    Example(("Wullie Buchan mended the creels on the pier. Wullie Buchan laughed at the gulls.",
             "Wullie Piper came up the pier with the pipes under his arm. He played at "
             "every wedding, as a piper should."), ("Wullie Buchan", "Wullie Piper"),
            note="the word in lower case in another sentence explains nothing"),
    Example(("Pavel Ukpik came down to the strip. Pavel Ukpik watched the engine.",
             "His grandmother has started calling Pavel Tulugaq, the raven, because he never "
             "stops talking."),
            note="a name given after a verb of calling, its meaning glossed right after it"),
    Example(("Pavel Ukpik came down to the strip. Pavel Ukpik watched the engine.",
             "All week I kept calling Pavel Oberg, the doctor, about the boy's tooth."),
            ("Pavel Oberg", "Pavel Ukpik"),
            note="'the doctor' says who he is, not what a byname means"),
    Example(("Piotr Amsel lived two houses down. Everybody called him Tucker, even his mother. "
             "Tucker laughed.",
             "Tucker walked beside me. On the school register he was Piotr Wendt, though nobody "
             "read it out.",
             "Tucker Wendt ate his supper and said it was small."),
            ("Piotr Amsel", "Piotr Wendt"),
            note="Tucker is what Piotr Amsel is called: Tucker Wendt is no other Wendt"),
    Example(("The letter was from Lê Văn Bảy, who had fished beside her father. Lê Văn Bảy "
             "wrote every month.",
             "Ông Bảy, Trịnh Văn Bảy, the same man who had met them at the airport, waved."),
            ("Lê Văn Bảy", "Trịnh Văn Bảy"), note="Vietnamese names, family name first"),
    Example(("The man at the wheel was Phan Minh Duc. Duc laughed at the police launch.",
             "Trinh Minh Duc arrived on the Friday evening. He had gone grey."),
            ("Phan Minh Duc", "Trinh Minh Duc"),
            note="a Vietnamese family name first, written without its accents"),
    Example(("The man at the wheel was Phan Minh Duc. Duc laughed at the police launch.",
             "Trinh Minh Duc arrived on the Friday evening. On his business card he was Danny "
             "Trinh, and he had gone grey."), ("Phan Minh Duc", "Trinh Minh Duc"),
            note="'he was Danny Trinh': another name of his, no other of the Trinhs"),
    Example(("The man at the wheel was Phan Minh Duc. Duc laughed at the police launch.",
             "Trinh Minh Duc arrived on the Friday evening. His cousin Danny Trinh had gone "
             "grey."), note="Danny Trinh is another of the Trinhs: Duc may be one of them"),
    Example(("Pilot Officer Rhiannon Vasko flew the sled. Rhiannon Vasko laughed.",
             "Doctor Rhiannon Oduya read the scan. \"Which Rhiannon?\" asked the Chief. The other "
             "Rhiannon smiled."),
            note="the story tells two Rhiannons apart"),
    Example(("Seu Raimundo Barbosa came up to the house. Raimundo laughed.",
             "Raimundo Macedo climbed the hill with the papers. Raimundo signed."),
            ("Raimundo Macedo", "Seu Raimundo Barbosa"), note="'Seu' is a title"),
    Example(("Gerald Finch passed away on Saturday, the email said.",
             "\"That's my dad,\" said Gerald Finch. \"Gerald Senior. Ninety-one.\""),
            note="'Gerald Senior' is a generation, not a surname"),
    Example(("Sentaro Kuwahara, the clerk typed, but he said Kuwahara Sentaro.",
             "The stone said Tsuru Kuwahara; the minister read it the other way, Kuwahara "
             "Tsuru."),
            note="one name written in both orders: the family name first in one of them"),
    Example(("A broker came with a proposal. The boy is Puthenveettil Thomas, a clerk in "
             "Bombay. The Puthenveettil people came to see us on Sunday.",
             "I have written to Edakkattu Thomas in Bombay. The Edakkattu family have sent the "
             "list of their guests."),
            ("Edakkattu Thomas", "Puthenveettil Thomas"),
            note="house names written first, as the book's families are named: one Thomas"),
    Example(("A broker came with a proposal. The boy is Puthenveettil Thomas, a clerk in "
             "Bombay.", "I have written to Edakkattu Thomas in Bombay."),
            note="no family of either name in the book: nothing says Thomas is the given name"),
    Example(("The Puthenveettil people came to see us on Sunday. Puthenveettil Thomas and "
             "Edakkattu Thomas sat down side by side.",
             "The Edakkattu family have sent the list of their guests."),
            note="house names written first, named side by side: two Thomases"),
    Example(("Yehudit Rosen left Haifa in 1949. Yehudit laughed.",
             "The page was submitted by her sister, Yehudit Kaplan, née Rosen, of Brooklyn. "
             "Yehudit Kaplan wept."),
            note="'née Rosen': the name before her marriage"),
    Example(("Ilya Brandt, whom everyone but his mother called Lyosha, came up the stairs. "
             "Lyosha laughed.", "\"To Lyosha Petrov,\" said the host, and Lyosha Petrov bowed."),
            ("Ilya Brandt", "Lyosha Petrov"),
            note="the nickname the text gives Ilya, then with another surname"),
    Example(("In the afternoon Ioseb Gelashvili came down the row with his cart. Nobody had "
             "called him Ioseb since the war. To the whole valley he was Soso. Soso laughed.",
             "Soso Mchedlidze climbed over the fence on Sunday morning. Soso laughed."),
            ("Ioseb Gelashvili", "Soso Mchedlidze"),
            note="the nickname the text gives Ioseb ('he was Soso'), then with another surname"),
    Example(("The clerk wrote down the name of Bartolomeo Ferri, called Meo, the cooper's "
             "apprentice. Meo laughed.", "Meo Scalzi rolled the barrel into the yard. Meo "
             "laughed."),
            ("Bartolomeo Ferri", "Meo Scalzi"),
            note="', called Meo': the nickname the text gives Bartolomeo, then another surname"),
    Example(("Juventud had a goalkeeper called Ladislao Pereyra Suárez, whom everybody called "
             "Tanque. Tanque laughed.", "Tanque Pereyra caught everything. Tanque laughed."),
            note="the nickname with his first surname of two, as Spanish names go: one surname"),
    Example(("Robert Lyle, whom everyone called Bob, came in with Bob Hanley. Bob Hanley "
             "laughed.", "Bob Hanley waved."),
            note="named side by side: Bob Hanley is another man who shares the nickname"),
    Example(("Ilya Brandt, who called Lyosha every night, came up the stairs. Ilya laughed.",
             "\"To Lyosha Petrov,\" said the host, and Lyosha Petrov bowed."),
            note="'who called Lyosha': Ilya calls him; no nickname of Ilya's"),
    Example(("K. Murugan left school at fourteen. Murugan laughed.",
             "For S. Murugan the days were long. Murugan sat on the step."),
            ("K. Murugan", "S. Murugan"), note="Tamil initials: the father's name changed"),
    Example(("K. Murugan left school at fourteen. Murugan laughed.",
             "K. Murugan and S. Murugan walked in together. Murugan sat on the step."),
            note="named side by side: two men called Murugan"),
    Example(("V. Kannan had kept the loom since the war. Kannan laughed.",
             "His son was K. Murali. When Murali's boy was born they called him M. Kannan. "
             "Kannan cried all night."),
            note="M. Kannan, son of K. Murali, is named for his grandfather, a Kannan"),
    Example(("V. Kannan had kept the loom since the war. Kannan laughed.",
             "His son was K. Selvam. For M. Kannan the days were long. Kannan sat on the "
             "step."), ("M. Kannan", "V. Kannan"),
            note="no son of a Kannan whose name opens with M: the father's name changed"),
    Example(("J. Smith signed the book. Smith laughed. Smith sat. Mary Smith came in. Mary "
             "Smith sat.", "K. Smith signed below it. Smith sat down."),
            note="Smith is a surname, Mary's: the initials are two given names"),
    Example(("K. Raghavan sat. Raghavan laughed.", "K. Srinivasan came. Srinivasan smiled."),
            note="one initial, two given names: two men"),
    Example(("My father, Vasyl Hrytsenko, died in the winter. Vasyl Hrytsenko was thirty-four.",
             "The priest wrote my brother down as Vasyl Vasylovych. Vasyl Vasylovych cried."),
            note="a given name and a son's patronymic made of a given name: no surname"),
    Example(("My father was Juma bin Khamisi, Juma son of Khamisi. Juma bin Khamisi laughed.",
             "\"Juma Barasi,\" the officer read from his form. Juma Barasi signed it."),
            note="a given name and a father's name after 'bin': no surname to clash"),
    Example(("My father was Juma bin Khamisi. Juma bin Khamisi laughed.",
             "The clerk wrote down Juma bin Salim. Juma bin Salim signed it."),
            ("Juma bin Khamisi", "Juma bin Salim"),
            note="two fathers' names for one Juma still clash"),
    Example(("At the depot he was Kamran Tofiq oğlu Nəsirov, and he drove the night bus. "
             "Kamran whistled at the wheel.",
             "The clerk read out Kamran Rafiq oğlu Nəsirov, a baker from the next street."),
            note="a father's name before Turkic 'oğlu', son of: two Kamrans with two fathers"),
    Example(("Kamran Nəsirov drove the night bus. Kamran Nəsirov whistled at the wheel. His "
             "cousin was Kamran Tofiq oğlu, a baker.",
             "The clerk read out Kamran Quliyev from the list of drivers."),
            ("Kamran Nəsirov", "Kamran Quliyev"),
            note="a given name and father's name is no third bearer of a surname"),
    Example(("At the market Nonna Pettigrew sold tea. Nonna Pettigrew laughed at the rain.",
             "Nonna Olsen came over the hill with a basket of eggs."),
            note="a family word before a surname is no given name: two grandmothers"),
    Example(("At the market Nan Pettigrew sold tea. Nan Pettigrew laughed at the rain.",
             "Nan Olsen came over the hill with a basket of eggs."),
            ("Nan Olsen", "Nan Pettigrew"),
            note="a family word that is a given name too (Nan) is one"),
    Example(("Lev Rabinovich kept the shop. Lev Rabinovich laughed.",
             "Lev Moskowitz closed the shop at noon."), ("Lev Moskowitz", "Lev Rabinovich"),
            note="a surname made of a patronymic whose stem is no one's name now"),
    Example(("Mamadou Lamine Sarr had kept the till since before the war. Mamadou Lamine "
             "laughed at the dog.",
             "Mamadou Lamine counted the coins. Mamadou Lamine Diallo signed the ledger."),
            ("Mamadou Lamine Diallo", "Mamadou Lamine Sarr"),
            note="a compound given name, said alone again and again, with two surnames"),
    Example(("Mamadou Lamine Sarr had kept the till since before the war. Mamadou Lamine "
             "laughed at the dog.",
             "Mamadou Lamine counted the coins. Mamadou Lamine Diallo signed the ledger. "
             "Sergeant Lamine came in."),
            note="Lamine is a surname too, the sergeant's: 'Mamadou Lamine' may be given name "
                 "and surname, two men of that family"),
    Example(("Yelena Pavlovna Kozlova was engaged that spring. Yelena Pavlovna laughed at the "
             "dog.", "Yelena Pavlovna counted the coins. Yelena Pavlovna Orlova signed the "
             "ledger."),
            note="a woman's given name and patronymic stay hers; her surname may be married"),
    Example(("The girl told us her name was Rosa Mendez and that she was six. Rosa ate nothing.",
             "My mother said she would be Ann Pruitt. Ann went to school in the fall.",
             "\"Rosa Ann,\" my sister said, and the girl laughed."),
            note="Ann is a woman's given name of the book and no one's surname: two given names"),
    Example(("The girl told us her name was Rosa Mendez and that she was six. Rosa ate nothing.",
             "Thomas Reed came to the door. Thomas laughed at the dog.",
             "\"Rosa Thomas,\" my sister said, and the girl laughed."),
            ("Rosa Mendez", "Rosa Thomas"), note="a man's given name after hers is a surname"),
)
