"""The worked examples of the attribute-drift check (app.core.checks.attribute_drift):
texts it must warn on, with the names it names, and texts it must leave alone, each saying
why.

The check declares them as its EXAMPLES; tests/core/checks/test_examples.py runs each.
"""

from app.core.checks.base import Example

EXAMPLES = (
    Example(("Xavier Thekkeparambil was baptised with his grandfather's name entire. To keep them "
             "apart the family called the baby Kochu Xavier, little Xavier, and then only Kochu, "
             "and his grandfather became old Xavier.",
             "Kochu Xavier came home from Dubai in June 2005. He was twenty-five.\n\nOld Xavier "
             "had died in 1998. Kochu had been eighteen and had carried the coffin with his "
             "father."),
            note="Malayalam 'Kochu', little, tells the grandson from old Xavier"),
    Example(("Chapter One\n\nThe last dance of April 1949 began at nine. Lucien Broussard took "
             "the stage. He was forty-one, lean as a heron.",
             "Chapter Three\n\nIn April of 1979 the hall held a dance.\n\nThe elder was Lucien "
             "Broussard, seventy-one years old, with hair that had been black in 1949 and was "
             "white now."),
            note="a year after the age, of something else, is not the age's year"),
    Example(("Chapter One\n\nIn the spring of 1965 the plum trees flowered early. Ishida Genzo "
             "was seventy that year and had not thrown a pot since his stroke.",
             "Chapter Two\n\nThirty years later, in the cold February of 1995, Tadashi sat by "
             "the heater.\n\nIn 1975 Ishida Genzo had turned eighty and given up even the brush."),
            note="'In 1975' opening the sentence is the year the age is told of"),
    Example(("Peggy's hair is white as a dandelion clock and she hates it. Peggy laughs.",
             "Her chestnut hair has been redone for the occasion — she had the hairdresser touch "
             "up the roots on Friday. Peggy dances."),
            note="hair the hairdresser redid: a change made on purpose"),
    Example(("Chapter One\n\nBisi Coker runs the chambers. She is fifty-three. Bisi laughs.",
             "Chapter Three\n\nIt is March again, eleven years after the Monday when Dipo first "
             "sat in the cold room. Bisi Coker is sixty-four."),
            note="'eleven years after the Monday when…': years counted out between the chapters"),
    Example(("\"Three Marfas,\" said Fyodor Lukich from the far end of the table. He was forty, "
             "and his beard was thick and brown.\n\nAt the head of the table sat Nastavnik Ivan "
             "Ivanovich. The chapel had chosen him eight years before, and he had stopped telling "
             "people it never would. He was sixty-six, slower in the knees.",),
            note="the subject put last ('sat Nastavnik Ivan Ivanovich'), then a sentence about "
                 "'him': the 'He' is his"),
    Example(("Tell Bridget Bawn Gannon I have not forgot her. I can see her grey eyes yet, the "
             "way she stood at the gap of the lane.",
             "Bridget Bawn came up the road. She had soft brown eyes."), ("Bridget Bawn Gannon",),
            note="the teller sees her eyes: hers, whom the sentence before named"),
    Example(("Bridget Bawn Gannon had grey eyes and a laugh you could hear at the lane's end.",
             "Bridget Bawn has given her word. She is a tall fair girl, as you know, with soft "
             "brown eyes."), ("Bridget Bawn Gannon",),
            note="an aside to the reader ('as you know') is no other subject"),
    Example(("Mara Quint had bright green eyes and a quick laugh.",
             "Mara Quint looked up, her brown eyes narrowing."), ("Mara Quint",)),
    Example(("Tobiah was forty years old that spring. Everyone liked Tobiah, said the baker.",
             "Tobiah, sixty years old, said nothing."), ("Tobiah",)),
    Example(("Lenka had red hair. Lenka smiled.", "Lenka brushed her red hair and laughed."),),
    Example(("Pieter Vos gave his own name to his son, so the village says old Pieter and young "
             "Pieter. Young Pieter is nineteen.", "Old Pieter Vos is fifty-eight."),
            note="the name said with opposite words of age: father and son"),
    Example(("Pieter Vos gave his own name to his son, so the village says old Pieter and young "
             "Pieter. Old Pieter is fifty-eight.", "Old Pieter Vos is sixty-three."),
            ("Pieter Vos",), note="the same word of age: the one father"),
    Example(("Greta Lind had learned at nine years old to keep still at the quay.",
             "Greta Lind was thirty-one that summer."),
            note="the age something was done at is one she once was"),
    Example(("Greta Lind, at nine years old, kept still at the quay.",
             "Greta Lind was thirty-one that summer."), ("Greta Lind",),
            note="an age set beside the name is hers as the story stands"),
    Example(("But Hunter Okafor was eighteen, and he had these grey eyes, pale as the lake. "
             "Hunter Okafor waved, and he smiled.",
             "I learned that Hunter's eyes weren't just brown, they were a warm, dark brown."),
            ("Hunter Okafor",),
            note="'and he had' goes on about the man the narration calls he; 'weren't just "
                 "brown' says brown"),
    Example(("But Hunter Okafor was eighteen, and she had these grey eyes. Hunter Okafor "
             "waved, and he smiled. Hunter Okafor ran, and he laughed.",
             "I learned that Hunter's eyes were brown."),
            note="'she' is someone else"),
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
    Example(("Lucía Santoro sat by the window.\n\n\"You have his eyes,\" Ramona told her. "
             "\"Green like a bottle.\"\n\nLucía Santoro laughed.",
             "Lucía Santoro felt her brown eyes sting."), ("Lucía Santoro",),
            note="'You have his eyes. Green…': the listener's eyes, whoever else has them"),
    Example(("Ramona Vera came out of the kitchen, drying her hands for Aldo Santoro. She looked "
             "at Lucía Santoro a moment longer.\n\n\"You have his eyes,\" she said. \"Green "
             "like a bottle.\"", "Lucía Santoro felt her brown eyes sting."), ("Lucía Santoro",),
            note="said by 'she', who looked at Lucía in the sentence before: said to Lucía"),
    Example(("Ramona Vera came out of the kitchen, drying her hands for Aldo Santoro. She looked "
             "at Lucía Santoro a moment longer.\n\n\"You have his eyes,\" he said. \"Green "
             "like a bottle.\"", "Lucía Santoro felt her brown eyes sting."),
            note="a 'he' says it: not the 'she' who looked, so not surely to Lucía"),
    Example(("\"Dylan Fennell was eight in that. He has my eyes, God help him. Grey as a wet "
             "Tuesday,\" Bernie Walsh said.",
             "Dylan Fennell looked up at her with his brown eyes."), ("Dylan Fennell",),
            note="'He has my eyes. Grey…': his eyes, their colour told after"),
    Example(("Dylan Fennell had grey eyes.",
             "Dylan Fennell sat with his elbows on the table. Niamh Carey sat down.\n\nFor a "
             "while he said nothing. Then he looked up at her with his brown eyes."),
            ("Dylan Fennell",), note="'Then he…' opens on the pronoun all the same"),
    Example(("Tavi Rook came into the yard. Tavi Rook had green eyes.",
             "\"Your eyes are blue,\" says Tavi Rook to nobody. Tavi Rook laughs.\n\n"
             "Tavi Rook sits down."),
            note="'your eyes' are not the speaker's; no listener is named around the speech"),
    Example(("Nell Ashby was ninety-one years old and blind in one eye.",
             "Nell Ashby looked up. For a woman of fifty-eight she sat very still."),
            ("Nell Ashby",), note="an age told as 'a woman of N', of the pronoun after it"),
    Example(("Nell Ashby was the oldest of them, ninety-one years old, and told Tam Brisk "
             "where the water would rise.", "Nell Ashby, a woman of fifty-eight, sat down."),
            ("Nell Ashby",), note="someone named after the value is not whom it describes"),
    Example(("Nell Ashby is eighty-four years old and not a fool.",
             "Nell Ashby laughs at Tom Reed.\n\n\"I am seventy-nine years old,\" she says."),
            ("Nell Ashby",), note="'I am…' in speech is the speaker's"),
    Example(("Nan Kerehoma was eighty-one.",
             "Nan Kerehoma got up.\n\n\"I'm seventy-four, girl,\" Nan Kerehoma said. \"Not "
             "made of glass.\""), ("Nan Kerehoma",), note="\"I'm N\" is an age too"),
    Example(("Nell Ashby is eighty-four years old.",
             "Tom Reed sits down.\n\n\"I am seventy-nine years old,\" he says."),
            note="another speaker's age"),
    Example(("Grace Frimpong was nine that spring.",
             "\"You were nine.\" Her mother laughed softly. \"I am fifty-nine and I do not "
             "understand.\" She turned and touched Grace Frimpong's cheek."),
            note="between the lines her mother laughs: the mother speaks, not the one touched"),
    Example(("Grace Frimpong was nine that spring.",
             "\"You were nine.\" Grace Frimpong laughed softly. \"I am fifty-nine and I do "
             "not understand.\" She turned and touched her mother's cheek."),
            ("Grace Frimpong",), note="Grace laughs between her own lines"),
    Example(("Miss Lydia Hartwell, who was seventeen, had ringlets.",
             "Lydia Hartwell, who was now nineteen and considered herself a woman, sat."),
            ("Lydia Hartwell",), note="'was now N and …'"),
    Example(("Lydia Hartwell was twenty-one.", "Lydia Hartwell was one and twenty."),
            note="'one and twenty' is twenty-one, not one"),
    Example(("Bed seven is Agnes Orr who is eighty-four and has a hip pinned.",
             "Bed seven is Agnes Orr. The day staff say that at teatime she told them that she "
             "was seventy-one years of age."), ("Agnes Orr",),
            note="'she was N years of age' with no one named in the sentence"),
    Example(("Bed seven is Agnes Orr who is eighty-four and has a hip pinned.",
             "Bed seven is Agnes Orr. The day staff say that at teatime she told them that she "
             "was still seventy-one years of age."), ("Agnes Orr",),
            note="'she was still N': a word of time between the pronoun and the value"),
    Example(("The Reverend Mr. Ashby was a gaunt, stooping man of sixty-two.",
             "Mr. Ashby, who for all his four-and-thirty years looked older, sat down."),
            ("Mr. Ashby",), note="old-style numbers; a man of N after two describing words"),
    Example(("Nell Ashby, a woman of sixty, kept the inn.", "Nell Ashby was sixty-one now."),
            ("Nell Ashby",), note="'a woman of N' set beside the name"),
    Example(("Nell Ashby was sixty years old.", "Tom Reed met a woman of forty at the inn.",
             "Nell Ashby, a man of ten thousand a year, laughed."),
            note="the woman Tom met is someone else; ten thousand a year is no age"),
    Example(("Nell Ashby was 58 years old.", "Nell Ashby was fifty-eight years old."),
            note="58 and fifty-eight are one age"),
    Example(("Nell Ashby came in. She is six foot one and always has been.",
             "Nell Ashby is five foot two in her good boots."), ("Nell Ashby",),
            note="heights in feet and inches"),
    Example(("Nell Ashby is 5'2\" and proud of it.", "Nell Ashby was five feet two inches tall.",
             "Nell Ashby was six feet from the door."),
            note="one height said two ways; six feet from a door is a distance"),
    Example(("Hal Voss had brown eyes.",
             "Hal Voss rode up. Another rider drew up beside him, plainly dressed. His "
             "grey eyes were steady."),
            note="'his' after the newcomer comes in is the newcomer's, not Hal's"),
    Example(("Egon Strehle had brown eyes.",
             "Ingrid saw a tall man in a grey greatcoat turning a cloche in his hands. He looked "
             "up. His eyes were a pale grey, almost without colour.\n\n\"Egon Strehle,\" "
             "Solveig Haugen said. \"He is with the police.\""), ("Egon Strehle",),
            note="the stranger named alone in the first words said after"),
    Example(("A car pulled up at the gate. The man who got out of it was tall, with pale blue "
             "eyes.\n\n\"Is the old fellow in?\" he said.\n\n\"He is not, Mr. Brack.\"",
             "Mr. Brack stood in the doorway, his brown eyes moving round the room."),
            ("Mr. Brack",), note="a newcomer who speaks is the one the reply calls by name"),
    Example(("A car pulled up at the gate. The woman who got out of it had pale blue eyes.\n\n"
             "\"Is the old fellow in?\" he said.\n\n\"He is not, Mr. Brack.\"",
             "Mr. Brack stood in the doorway, his brown eyes moving round the room."),
            note="a 'he' speaks, not the woman: the reply calls someone else"),
    Example(("A car pulled up at the gate. The man who got out of it was tall, with pale blue "
             "eyes.\n\n\"Is the old fellow in?\" he said.\n\n\"He is with Mr. Brack.\"",
             "Mr. Brack stood in the doorway, his brown eyes moving round the room."),
            note="a name said in the reply, not to the one who spoke"),
    Example(("Reb Shmuel had pale blue eyes.",
             "Reb Shmuel came in. To his customers he was Sam, a name he wore the way a man "
             "wears a borrowed coat. He turned those brown eyes of his toward us."),
            ("Reb Shmuel",), note="'the way a man wears' is anyone at all, no one new"),
    Example(("Nell Ashby brushed her brown hair and walked Teddy to school.",
             "In the March of 1941 the raids went on. Nell Ashby sang in the shelter.",
             "By the summer of 1951 the war was long over. Nell Ashby's hair was grey all over."),
            note="a story that names its years as they go by: hair greys"),
    Example(("Nell Ashby brushed her brown hair and walked Teddy to school.",
             "Nell Ashby's hair was grey all over."), ("Nell Ashby",),
            note="with no years between, brown hair is not grey"),
    Example(("Hugh Lisle was nine that year.",
             "Here is a photograph of Hugh Lisle. My husband says the chin is Lisle, but then "
             "Edmund Lisle says everything good is Lisle. He is thirty-nine and works hard."),
            note="the one who says, not the family name said after 'is'"),
    Example(("Hugh Lisle was nine that year.",
             "Father took Hugh Lisle to the mill, and the boy asked so many questions that "
             "Father, who is seventy-one, talked himself hoarse."),
            note="'Father, who is seventy-one': a title alone, no one named"),
    Example(("Alasdair Bàn was seventy-three that winter.",
             "Alasdair Bàn sat by the fire. He had been eight years old in the spring of "
             "eighteen hundred and nineteen, when the houses burned."),
            note="an age he had been in a spring the sentence names"),
    Example(("The minister came the next morning. Mr. Macaulay had been at Farr two years; he "
             "was a young man of twenty-eight.",
             "It was the minister who broke the silence. Mr. Macaulay had ridden up from Farr.",
             "The minister was sixty-one that spring."), ("Mr. Macaulay",),
            note="the one named right after the sentences that open on 'the minister'"),
    Example(("The minister came the next morning. Mr. Macaulay had been at Farr two years; he "
             "was a young man of twenty-eight.",
             "It was the minister who broke the silence. Mr. Innes had ridden up from Farr.",
             "The minister was sixty-one that spring."),
            note="two men named after 'the minister': whose the role is is unsure"),
    Example(("Cordelia Vasey received us. Her eyes, which were of a clear and rather "
             "startling grey, rested on us.",
             "Cordelia Vasey sat upright, her brown eyes fixed upon my friend."),
            ("Cordelia Vasey",), note="'eyes, which were of a … grey'"),
    Example(("On Monday the superintendent came down. Lyle Pruett had pale grey eyes.",
             "Then the superintendent came by. Lyle Pruett said nothing.",
             "On the last Saturday the superintendent drove up. He did not get out. He sat "
             "there with his dark brown eyes going slow over the tents."), ("Lyle Pruett",),
            note="pronouns going on from a sentence that opens on a role"),
    Example(("Mykola Bondar was seventy-six and dug the garden.",
             "Eighty-one years old and stubborn as a gatepost, Mykola Bondar had decided to "
             "stay."), ("Mykola Bondar",), note="an age set before the name at the head"),
    Example(("Reggie Wardell was eighty-one years old.",
             "Reggie Wardell sat down. His blood alcohol reading was 0.02."),
            note="a decimal reading is no age"),
    Example(("In the spring of 1925 Albert Tunstall came to tea. He was forty-two, bald as an "
             "egg.", "By 1962 the shop was gone. Albert Tunstall had died in 1951, at "
             "sixty-seven, in his chair."),
            note="the age is told of the year its sentence names, not the chapter's"),
    Example(("Lily Pollard was my sister. Lily was ten that year.",
             "Lily Ashworth from the shop came too. There were two Lilys in the shelter. Lily "
             "Ashworth was thirty-four."),
            note="a bare 'Lily' in a story that tells of two Lilys is neither for sure"),
    Example(("Lily Pollard was my sister. Lily Pollard was ten that year.",
             "Lily Ashworth from the shop came too. There were two Lilys in the shelter. Lily "
             "Ashworth was thirty-four.",
             "Lily came to tea. She is seventy-five now."),
            note="'she' after a bare 'Lily', in a story with two Lilys, is neither for sure"),
    Example(("Captain Vellacott was thirty-four years old.",
             "Captain Vellacott came on deck. It was true; he felt every one of his fifty-one "
             "years."), ("Captain Vellacott",),
            note="'every one of his N years', in a clause after a semicolon"),
    Example(("Ooi Boon was sixty that year.",
             "Ooi Boon brought the coffee over. He was his aunt's nephew, and had taught Lim "
             "Seng to pull coffee. He was fifty that year, bald, and loud."), ("Ooi Boon",),
            note="sentences opening on 'He' go on about the one named before them"),
    Example(("Máret Ravna was seven that spring.",
             "Máret Ravna sat down. She knew her letters. Her grandmother's name was Elle. She "
             "was Áhkku to the children. She was seventy-one, small and square."),
            note="'Her grandmother's name…' breaks the chain of 'She'"),
    Example(("Lottie Pruitt came in. She was forty-nine.",
             "Lottie Pruitt sat. Sister came that evening with a casserole. She was "
             "thirty-four, and tired."),
            note="'Sister', a title said alone as a name, is someone else"),
    Example(("Ivy Marsh had grey eyes. Ivy Marsh sat down.",
             "Ivy Marsh came in. She looked at Nell Ashby over the envelope with her calm brown "
             "eyes."), ("Ivy Marsh",),
            note="what she looks with is the 'She' the sentence opens on, not the one looked at"),
    Example(("Ivy Marsh had grey eyes. Ivy Marsh sat down.",
             "Ivy Marsh came in. She kissed Nell Ashby, then studied her with those dark brown "
             "eyes of hers."), ("Ivy Marsh",), note="'with those … eyes of hers'"),
    Example(("Nell Ashby had brown eyes. Nell Ashby sat down.",
             "Ivy Marsh came in. She looked at Nell Ashby with her calm brown eyes."),
            note="the one looked at is not whose eyes they are"),
    Example(("Hal Voss had brown eyes.",
             "Hal Voss rode up, though he was not a man to hurry. His grey eyes were steady."),
            ("Hal Voss",), note="'not a man to' brings in no one new"),
    Example(("Ivo Marr came in. His eyes were a pale grey, like ice.",
             "Ivo Marr leaned into the lamp, and she saw his eyes properly for the first time: "
             "a dark, warm brown."), ("Ivo Marr",),
            note="a hue after its shade, and a colour told after a colon"),
    Example(("Ivo Marr came in. He had grey eyes.",
             "Ivo Marr sat down, and I saw that his dark brown eyes were wet."), ("Ivo Marr",),
            note="'his' before a shade and the hue: his, whoever sees them"),
    Example(("Ivo Marr came in. He had grey eyes.",
             "Ivo Marr sat down, and I saw that her dark brown eyes were wet."),
            note="'her' before the shade: someone else's"),
    Example(("Mrs. Imrie had grey eyes. Mrs. Imrie sat.",
             "Tom Reed looked at the Bible. He frowned.\n\n\"Mrs. Imrie,\" he said, \"your man "
             "ate here on Monday.\"\n\nShe turned to me then, and I saw that her brown eyes were "
             "dry."), ("Mrs. Imrie",),
            note="the 'She' who answers is the woman a man's speech called by name"),
    Example(("Mrs. Imrie had grey eyes. Mrs. Imrie sat.",
             "Tom Reed looked at the Bible. He frowned.\n\n\"Mrs. Imrie,\" she said, \"your "
             "man ate here on Monday.\"\n\nShe turned to me then, and I saw that her brown eyes "
             "were dry."),
            note="a 'she' said it: the 'She' after may be the speaker"),
    Example(("Hank Pruitt came in. He had eyes the washed-out blue of a feed-sack shirt.",
             "Hank Pruitt looked at me out of those mild brown eyes of his."), ("Hank Pruitt",),
            note="a shade with a particle, 'washed-out'"),
    Example(("Hank Pruitt came in. He had eyes the washed-out blue of a feed-sack shirt.",
             "Hank Pruitt looked at me out of those mild blue eyes of his."),
            note="washed-out blue is blue"),
    Example(("Ivo Marr had dark eyes and dark hair.", "Ivo Marr looked up with his brown eyes.",
             "Ivo Marr pushed back his brown hair."),
            note="'dark' is no hue of its own: brown eyes may be called dark"),
    Example(("Ivo Marr had dark eyes.", "Ivo Marr's eyes were a deep blue."),
            note="nor are dark blue eyes told apart from dark ones"),
    Example(("Ivo Marr had dark hair.", "Ivo Marr pushed back his blond hair."), ("Ivo Marr",),
            note="dark hair is not blond"),
    Example(("Rosa Ibarra had green eyes.",
             "Rosa Ibarra had not married, and the town had long since stopped asking her to; "
             "her hair had greyed, but her brown eyes were quick."), ("Rosa Ibarra",),
            note="'long since' is long ago, no clause of another time"),
    Example(("Rosa Ibarra had green eyes.",
             "Rosa Ibarra had not married, and ever since the war her sister's brown eyes were "
             "sad."), note="a clause of time, and a sister's eyes"),
    Example(("Tom Reed waited.\n\n\"My name is Mrs. Ostrow.\" She sat down. Her eyes were grey.",
             "Mrs. Ostrow looked up with her green eyes."), ("Mrs. Ostrow",),
            note="a name the speaker gives as her own stands for her in the narration after"),
    Example(("Tom Reed waited.\n\n\"I saw Mrs. Ostrow.\" She sat down. Her eyes were grey.",
             "Mrs. Ostrow looked up with her green eyes."),
            note="a name only spoken of is not the speaker's"),
    Example(("My father read the letter standing up. He was sixty-one that winter.",
             "My mother had the calculator. My father had his glasses on. He was sixty-seven "
             "that March."), ("the narrator's father",),
            note="the narrator's father, never named, is one man all through the story"),
    Example(("\"Where is the ledger?\" my father asked.\n\n\"On the shelf, Mr. Quist,\" she "
             "said.\n\nMy father read the letter standing up. He was sixty-one that winter.",
             "My mother had the calculator. My father had his glasses on. He was sixty-seven "
             "that March."), ("Mr. Quist",),
            note="the reply to what the teller's father asks calls him by his name"),
    Example(("\"Where is the ledger?\" my father asked.\n\n\"On the shelf, Miss Quist,\" he "
             "said.\n\nMy father read the letter standing up. He was sixty-one that winter.",
             "My mother had the calculator. My father had his glasses on. He was sixty-seven "
             "that March."), ("the narrator's father",),
            note="a man's reply to him that calls a woman by name does not name the father"),
    Example(("Chapter One: Tess\n\nTess Brennan spoke first. My mother is sixty-six, with green "
             "eyes. Tess Brennan laughed.",
             "Chapter Two: Rhys\n\nRhys Calloway spoke next. My mother is seventy-one, with pale "
             "blue eyes. Rhys Calloway laughed."),
            note="a chapter heading names who tells it: each narrator's mother is their own"),
    Example(("My mother is sixty-six. I laughed.", "My mother-in-law is seventy-one. I laughed."),
            note="a mother-in-law is not a mother"),
    Example(("\"My father was sixty-one,\" said Tom Reed.",
             "\"My father was sixty-seven,\" said Ann Lee."),
            note="in speech, 'my father' is each speaker's own"),
    Example(("Philomena Fernandes was a tall woman, taller than her husband.",
             "Philomena Fernandes climbed on the trunk to reach, because Philomena Fernandes "
             "was barely five feet tall."), ("Philomena Fernandes",),
            note="a tall woman is not barely five feet"),
    Example(("Nell Ashby is six foot one.", "Nell Ashby was a tall woman."),
            note="a measure and a word for height are not compared"),
    Example(("Mother Nelda Ashby came in. Mother Nelda Ashby was forty years old.",
             "Mother Neldah Ashby smiled.", "Mother Neldah Ashby was seventy years old."),
            ("Mother Nelda Ashby",), note="two spellings of a full name are one character"),
    Example(("Ivy Dunmore came in. She is six foot one.", "Ivy Marchbank waved.",
             "Ivy is five foot two in her good boots."), ("Ivy Dunmore",),
            note="a first name said alone, no one full name's, is compared with the full name"),
    Example(("In July 1967 Chukwuemeka Anyanwu came home in a new uniform.\n\nHis father was on "
             "the veranda. Ozo Okonkwo Anyanwu had taken the Ozo title in the year Emeka was "
             "born, and he wore the red cap of it every day. Ikenna was the Ozo's son by his "
             "first wife, who had died when he was four. He was twenty-eight, a clerk who kept "
             "the ledgers.\n\n\nChapter Two\n\nThe photograph hung again above the wireless. "
             "The old Ozo sat in the middle of it in his red cap. He had died eight years ago, "
             "in 1979, seventy-four years old.\n\nWhen the plates were cleared, Ozo Ikenna "
             "stood and brought out the kola nuts, as his father would have done.",),
            note="'the old Ozo' is a title's holder, not the one Ikenna who holds it later"),
    Example(("Ivy Dunmore came in. She is six foot one.",
             "Ivy Marchbank came in. She is six foot two.",
             "Ivy is five foot two in her good boots."),
            note="two full names with that first name have heights: whose Ivy is unsure"),
    Example(("Tante Lieve kept the ledger. Godelieve Marten was a tall woman with grey eyes.",
             "Tante Lieve took Rivka's hands, and her brown eyes filled."), ("Godelieve Marten",),
            note="a short form keeping the end of the given name: Lieve of Godelieve"),
    Example(("Tante Tina kept the ledger. Christina Marten was a tall woman with grey eyes.",
             "Martina Vos waved. Martina Vos laughed.",
             "Tante Tina took Rivka's hands, and her brown eyes filled."),
            note="Tina may be Christina's or Martina's"),
    Example(("Ilse had died in her bed in 1507. Davey Abernethy is nineteen this spring.",
             "A year later the meeting fills the room. Davey Abernethy, twenty years old, "
             "hands out the agendas in 1812."),
            note="flat numbers four centuries apart are no years of his life; a year passes"),
    Example(("Tucker Hollis had the reddest hair in Yorkshire. Tucker Hollis laughed.",
             "Tucker Hollis's black hair was plastered flat to his skull."), ("Tucker Hollis",),
            note="'the reddest hair' is red hair"),
    Example(("Nell Ashby was forty years old.",
             "Nell Ashby, a girl of twelve when the war came, had never forgotten it."),
            note="an age she was once"),
    Example(("Nell Ashby is five feet and a half.", "Nell Ashby is five foot six in her boots."),
            note="and a half is six inches"),
    Example(("It rained on the hill. She was tall. Her eyes were gray, like a wet sidewalk. "
             "\"My name is Lorraine Webb,\" she said.",
             "Lorraine Webb sat at the piano. She looked up when I came in, and her green eyes "
             "were wet."), ("Lorraine Webb",),
            note="a chapter that opens on 'she' names her a little later; 'her' before the "
                 "value is the subject's, whatever clause comes between"),
    Example(("Lorraine Webb came in. Her eyes were gray.",
             "Lorraine Webb sat down. She looked up when Tom came in, and his green eyes were "
             "wet."), note="'his' is not hers"),
    Example(("Chapter One\n\nRonald Hughie had our mother's grey eyes, and he played the "
             "fiddle. Archie Beaton played the piano.\n\nChapter Two\n\nHe came back in August, "
             "ten years almost to the week.\n\nI saw the car from the schoolhouse window. He was "
             "heavier. But his brown eyes were the same. My father stood up when he saw Ronald "
             "Hughie.",), ("Ronald Hughie",),
            note="a chapter after a heading that names no one yet: 'he' is the one it names next"),
    Example(("It rained. Tom Dray came in. She was tall. Her eyes were gray. Lorraine Webb "
             "sat.", "Lorraine Webb had green eyes."),
            note="a chapter that has named someone already: 'she' is not read ahead"),
    Example(("Édouard Faucheux got out slowly, as men of sixty-four do after a long drive.",
             "Édouard Faucheux, who at thirty-nine was the youngest notary in Beaune, bowed."),
            ("Édouard Faucheux",), note="ages told in passing"),
    Example(("Fumie Hara was seventy-four.", "Fumie Hara, at eighty-two, still climbed the steps."),
            ("Fumie Hara",), note="', at N,' after the name"),
    Example(("Walter Ash Senior was fifty-two. Walter Ash Junior ran in, and young Walter "
             "laughed. He was thirteen.", "Walter Ash Junior waved. Walter Ash Senior sat."),
            note="a bare 'Walter' may be either of two Walters the story names"),
    Example(("It came in 1953. Nora Pell was forty-eight, with black hair.",
             "They buried Edith in October 1979. Nora Pell was seventy-four."),
            note="the years the story names account for the ages"),
    Example(("It came in 1953. Nora Pell was forty-eight, with black hair.",
             "They buried Edith in October 1979. Nora Pell was sixty."), ("Nora Pell",),
            note="twenty-six years on she cannot be twelve years older"),
    Example(("Nora Pell was forty-eight.", "Ten years later, Nora Pell was fifty-eight."),
            note="years pass"),
    Example(("In the spring of 1985 Kemi Lawal was seven.",
             "Ten years later the rains came again. The Chief had died in the rains of 1991. "
             "Kemi Lawal was seventeen that year."),
            note="the ten years counted out, not the year a flashback names, tell the time"),
    Example(("In April 1994 Marietjie Botha sat at the desk, her blonde hair pinned up.",
             "Ten years later the station was quiet. The ledger's spine said April 1994. "
             "Marietjie Botha touched the grey hair at her neck."),
            note="years said to pass make the grey, whatever year a thing's date names after"),
    Example(("Thérèse Roy was eighty-nine years old.",
             "Thérèse Roy, who had turned ninety in October, sat at the head table."),
            note="a birthday told as passed"),
    Example(("Agnes Tolmie was sixty-eight years old.",
             "Agnes Tolmie came down the stair. She had turned fifty-nine at Easter."),
            ("Agnes Tolmie",), note="no birthday takes sixty-eight to fifty-nine"),
    Example(("At twenty-six, Grace Leung was the oldest person there.",
             "Her mother sighed. \"You are thirty-one years old, Grace. We have beds.\""),
            ("Grace Leung",), note="said to the one the speech calls by name"),
    Example(("Odessa Greer is fifty-three years old.",
             "\"Mm-hm.\" Odessa Greer looks at her. \"I am sixty-one years old, and I have been "
             "doing this a long time.\""), ("Odessa Greer",),
            note="said of oneself, by the one the paragraph names outside its speech"),
    Example(("Kari Lund is nine and reads English. She has Marit Vik's grey eyes, pale as the "
             "light before snow.", "Kari Lund turned her brown eyes on me."), ("Kari Lund",),
            note="another's eyes she has are hers"),
    Example(("Kari Lund is eleven and taller than Marit Vik. This morning she came to me with "
             "Hattie Pruitt's book under her arm. She turned those brown eyes on me.",
             "Kari Lund has grey eyes."), ("Kari Lund",),
            note="'she' after an owner named beside another 'she': whom that 'she' means"),
    Example(("Big Wim Tielman and little Wim Tielman came in. Little Wim was nine years old.",
             "Wim Tielman was fifty-two that spring."),
            note="two bearers told apart by age: the plain name may be either"),
    Example(("Big Wim Tielman and little Wim Tielman came in. Little Wim was nine years old.",
             "Little Wim was twelve that spring, and big Wim laughed."), ("Wim Tielman",),
            note="the same word of age at both: the same one"),
    Example(("Our lodger's boy was Wee Dod, who had hair as fair as barley straw. He was called "
             "so to tell him from his grandfather, old Dod Baird.",
             "Wee Dod came down to the harbour in his sea boots. He pushed his black hair out of "
             "his eyes and ran for the boats."), ("Wee Dod",),
            note="the 'his' goes back to the paragraph's one naming, said with the word of age"),
    Example(("Our lodger's boy was Wee Dod, who had hair as fair as barley straw. He was called "
             "so to tell him from his grandfather, old Dod Baird.",
             "Dod came down to the harbour. Wee Dod was behind. He pushed his black hair out of "
             "his eyes and ran for the boats."),
            note="the paragraph names him with and without the word of age: which bearer the "
                 "'his' means is unsure"),
    Example(("Hùng Lê was twelve that spring.",
             "Hùng Lê had come out alone in the summer of 1985, at fourteen, in a boat. He was "
             "seventeen now."),
            note="an age something was done at, a year named before it"),
    Example(("Inaya Rao is twenty-six years old.",
             "A year later the rains came. Inaya Rao was nine that monsoon, seventeen years ago."),
            note="an age counted back from the present"),
    Example(("In the spring of 1985 Kemi Lawal was seven.",
             "Two years later the rains came again. Kemi Lawal was seventeen that year."),
            ("Kemi Lawal",), note="two years counted out cannot make her ten years older"),
    Example(("Justa Rey sat in the doorway. She was eighty-three years old, and she had come up "
             "from Ponce in 1968. Nine years later she still said so.",
             "Justa Rey sat in the doorway. She was sixty-eight."), ("Justa Rey",),
            note="years counted from a past-perfect year lead back to the present: no time "
                 "passes"),
    Example(("Justa Rey was sixty-eight. She had a shop in 1968. Nine years later Justa Rey was "
             "seventy-seven.",), note="'had a shop' is no past perfect: nine years pass"),
    Example(("Theo Dane was sixteen that August.", "When Theo Dane was six, Pop left notes.",
             "Peggy Ash was forty-five. She dyed her hair the year she turned forty."),
            note="an age once, in a clause of time"),
    Example(("Then Big Jim ran in, and Big Jim laughed. Then Little Jim ran, and Little Jim "
             "sang. Jim waved. He was seventy-three.", "Jim waved. He was forty-nine years old."),
            note="a bare 'Jim' of Big Jim and Little Jim"),
    Example(("In 1968 Lottie Toll was eighty years old.",
             "In 1993 Lottie Toll was eighteen that summer."),
            note="decades younger as the years go on: a namesake"),
    Example(("Winston Blake stood six foot two in his church shoes.",
             "Winston Blake was a small man, five foot five in his socks."), ("Winston Blake",),
            note="a height set after the man"),
    Example(("In 1956 Anna Russo had hair as black as a priest's hat.",
             "In 1981 Anna Russo was sixty-nine, and her hair had gone grey."),
            note="hair greys as the years pass"),
    Example(("Anna Russo had black hair.", "Anna Russo had dyed her black hair a bold red."),
            note="dyed on purpose"),
    Example(("Irini Hatzi sat down. Her hair had gone white before the war.",
             "Irini Hatzi laughed. She remembered the black hair she had had at seventeen."),
            note="hair told as what she had once: a past colour, and hair changes"),
    Example(("Irini Hatzi sat down. Her hair was white.",
             "Irini Hatzi laughed. She touched the black hair she had had cut short that "
             "morning."), ("Irini Hatzi",), note="hair she has had cut is hers now"),
    Example(("Ayla Kaya had black hair in two plaits.",
             "Ayla Kaya sat down. Her own hair had greyed, but every second Sunday she hennaed "
             "her grey hair a dark copper red.",
             "Ayla Kaya laughed. Her copper hair caught the lamplight."),
            note="hair the story has told is dyed: a later colour may be the dye's"),
    Example(("Ayla Kaya had black hair.", "Ayla Kaya had red hair.",
             "Ayla Kaya sat down. Every second Sunday she hennaed her grey hair a dark copper "
             "red."), ("Ayla Kaya",), note="two colours told before the dye still clash"),
    Example(("Ayla Kaya had black hair.",
             "Mina Bey sat down. Every second Sunday she hennaed her grey hair a dark copper "
             "red.", "Ayla Kaya laughed. Her copper hair caught the lamplight."),
            ("Ayla Kaya",), note="someone else's hair is dyed"),
    Example(("In 1956 Anna Russo had black hair.", "In 1958 Anna Russo had red hair."),
            ("Anna Russo",), note="black does not turn red with the years"),
    Example(("Jonah Reed is but nineteen.", "Jonah Reed had been twenty-three."),
            ("Jonah Reed",), note="'is but N', 'had been N'"),
    Example(("Fumie Hara came at nine, and Fumie Hara was seventy-four.",
             "Fumie Hara, at nine, went to bed. Fumie Hara was seventy-four."),
            note="'at nine' is a time"),
    Example(("Aiko Mori sat down. Her mother was in the kitchen. Setsu Mori had never been one "
             "for embraces. Aiko Mori wept. Her mother was seventy-four.",
             "Aiko Mori smiled. The sky was clear, and Aiko Mori's mother, at eighty-two, "
             "still climbed the steps."), ("Setsu Mori",),
            note="'her mother' named in the next sentence by a full name of the family"),
    Example(("Tessa Brand came home. Her mother, Ilse, was sixty that spring.",
             "Tessa Brand waited. Her mother was seventy-one."), ("Ilse",),
            note="'her mother' is the mother the story names beside the word"),
    Example(("Lina Vos came home. Her brother was ten.", "Lina Vos was thirty."),
            note="a relative's age, not hers"),
    Example(("Aiko Mori sat down. Her mother was in the kitchen. Setsu Mori had never been one "
             "for embraces. Aiko Mori wept. Her mother was seventy-four.",
             "Aiko Mori smiled. Ruth Keller wept. Her mother was eighty-two."),
            note="'her' is Ruth Keller's, whose mother the story does not name"),
    Example(("Élise Roy came home. Élise Roy smiled. Her mother was waiting on the stairs. She "
             "was fifty-eight, and her grey eyes missed nothing.",
             "Élise Roy was thirty, and her brown eyes were tired."),
            note="'she' goes on from 'her mother', whom no name stands for"),
    Example(("Anya Roy was seventeen.",
             "Anya Roy came in. The black coil Anya Roy remembered was gone, and her mother now "
             "wore her grey hair plainly. She was fifty-nine."),
            note="'she' after a clause about her mother may be the mother"),
    Example(("Anya Roy was seventeen.",
             "Her mother came in, and Anya Roy laughed. She was twenty-nine."), ("Anya Roy",),
            note="the mother comes before the name: 'she' is Anya"),
    Example(("The boy was Yaw Odoi, mate to Mr. Kofi Ankrah. He was fifteen years old.",
             "Yaw Odoi waved. He was twenty-two that year."), ("Yaw Odoi",),
            note="'The boy was Yaw Odoi': he is the one the sentence names as its subject"),
    Example(("Montu Rahman was twenty-two. Kamal Uddin was twenty-four.",
             "Somebody knocked. It was Kamal Uddin, Montu Rahman's friend, who had gone east with "
             "him. He was twenty-one."), ("Kamal Uddin",),
            note="'It was Kamal Uddin': he is the one who came, not the friend named after"),
    Example(("Hal Brandon had grey eyes. Hal Brandon laughed, and he rode off.",
             "Hal Brandon came up to the schoolroom. He bent over the children's books. He smiled "
             "at them. For me he had only a \"Well, Miss Pell, you have survived us,\" and smiled; "
             "and I looked into those warm brown eyes of his."), ("Hal Brandon",),
            note="'eyes of his': the man the sentences go on about, not the one his speech names"),
    Example(("Miss Pell had grey eyes. Miss Pell sighed, and she sat down.",
             "Hal Brandon came up to the schoolroom. He bent over the children's books. He smiled "
             "at them. For me he had only a \"Well, Miss Pell, you have survived us,\" and smiled; "
             "and I looked into those warm brown eyes of his."),
            note="the woman named in the speech does not own eyes 'of his'"),
    Example(("Piotr Nowak is nineteen, and his fair hair hangs into his eyes.",
             "Piotr Nowak comes up from the shaft. His hair is still black, without a thread of "
             "grey."), ("Piotr Nowak",),
            note="'his hair is still black': a colour kept, told as it is"),
    Example(("Piotr Nowak is nineteen, and his black hair hangs into his eyes.",
             "Piotr Nowak comes up from the shaft. His hair is still black, without a thread of "
             "grey."),
            note="the colour kept is the one told before"),
    Example(("In the spring of 1953 the rains came late. Kamau Njoroge was seventeen.",
             "Kamau Njoroge had been only fourteen in 1953, a boy whose voice had not yet "
             "broken."), ("Kamau Njoroge",),
            note="an age in the year the story told the other in"),
    Example(("In the spring of 1950 the rains came late. Kamau Njoroge was fourteen.",
             "Kamau Njoroge was seventeen in 1953, and tall."),
            note="an age in a year three years on: the years explain it"),
    Example(("Ailsa Munro had grey eyes. Ailsa Munro smiled. Ruairidh Munro laughed, and he was "
             "glad.",
             "Ailsa Munro worked with her sleeves pushed up, and when she looked across at "
             "Ruairidh Munro, her eyes were brown."), ("Ailsa Munro",),
            note="of the two named, 'her' owning the value can only be the woman"),
    Example(("Ailsa Munro had grey hair. Ailsa Munro smiled. Ruairidh Munro laughed, and he was "
             "glad.",
             "Ailsa Munro came in with Ruairidh Munro, and her mother now wore her brown hair "
             "loose."),
            note="'her mother' is a woman too: the hair may be the mother's"),
    Example(("Elena Varga had grey eyes.",
             "At noon Elena Varga came up the road with a basket. The wind took her breath as "
             "she came, and her brown eyes were watering."), ("Elena Varga",),
            note="'and her brown eyes': the clause's owner is whom the pronoun stands for"),
    Example(("Elena Varga had grey eyes. Tomás Varga had grey eyes.",
             "At noon Tomás Varga came up the road with a basket. The wind took his breath as "
             "he came, and her brown eyes were watering."),
            note="no woman the sentences before name: 'her' is no one known"),
    Example(("Lucía Ferrer had green eyes.",
             "At the door Lucía Ferrer stopped. She had heard the news. Everybody had heard. "
             "\"Is it true?\" she asked. \"Nobody tells me.\" \"It is true.\" \"Then I will go.\" "
             "\"The boss will not let you go.\" \"The boss does not own me, Chico.\" She looked "
             "up at me with her brown eyes."), ("Lucía Ferrer",),
            note="'she' goes on about the one woman of a talk with the teller, named long before"),
    Example(("Tomás Ferrer had green eyes.",
             "At the door Tomás Ferrer stopped. He had heard the news. Everybody had heard. "
             "\"Is it true?\" she asked. \"Nobody tells me.\" \"It is true.\" \"Then I will go.\" "
             "\"The boss will not let you go.\" \"The boss does not own me, Chico.\" She looked "
             "up at me with her brown eyes."),
            note="the one named long before is a man: the 'she' is no one named"),
    Example(("The boy was Yaw Odoi, mate to Driver Kofi Ankrah. She was fifteen years old.",
             "Yaw Odoi waved. Kofi Ankrah was twenty-two that year."),
            note="the boy is no 'she'"),
    Example(("Marc Roy came home. Élise Roy smiled at Marc Roy. Her father came at eleven. He "
             "and Élise Roy's aunt had quarrelled. He was sixty-six.",
             "Marc Roy waved. Marc Roy was forty."),
            note="'he' goes on from 'her father' over a sentence opening on 'he'"),
    Example(("Siobhán Ward sat by the coffin. Her father lay beneath the window. Pádraig Ward, "
             "seventy-eight years of age, had carried the post for forty years.",
             "Father Hehir prayed at the grave. Siobhán Ward thought of Daddy on his bicycle. "
             "He had been eighty-three."), ("Pádraig Ward",),
            note="'he' after 'Daddy' is her father, whom the story named"),
    Example(("Beto Ruiz was seventeen that March, and he had a car.",
             "Beto Ruiz was eighteen now, taller than his father."),
            note="an age told of a month, then one told as now: the story moved on"),
    Example(("Frank Ellery had been four years old when his father drowned.",
             "Frank Ellery was fourteen, and he carried the coals."),
            note="'had been N when…': an age at a moment past"),
    Example(("Frank Ellery had been four years old.", "Frank Ellery was fourteen."),
            ("Frank Ellery",), note="no moment named: the ages disagree"),
    Example(("The letter was for Rajan, her Appa. V. Rajan was forty-six years old that year.",
             "Appa stood at the gate. Rajan was fifty-three."), ("Rajan",),
            note="a name written after a person's initial is someone's"),
    Example(("Lupe Ochoa had black hair. Lupe Ochoa sat down. She had dyed it every month "
             "since she was fifty.", "Lupe Ochoa laughed. Lupe Ochoa had grey hair."),
            note="dye told in the paragraph, not the sentence"),
    Example(("Chapter One. Vy Tran was twenty-three, in her second year of school.",
             "Chapter Two. In 1979 the boat left Rach Gia.",
             "Chapter Three. Vy Tran was twenty-nine years old and still slept in cars."),
            ("Vy Tran",), note="a year a flashback names is not the present chapter's"),
    Example(("Wofa Yaw was seventy-six that year.",
             "Wofa Yaw took the carved stool. At eighty-two he had buried both his sisters."),
            ("Wofa Yaw",), note="'At N he…': the age of the pronoun after it"),
    Example(("Wofa Yaw smiled.\n\n\"What does Wofa Yaw say?\" Akosua Darkwa asked.\n\n"
             "\"He is seventy-six,\" Kwame Darkwa said.",
             "Kwame Darkwa was forty. Wofa Yaw was eighty-two and sat very straight."),
            ("Wofa Yaw",), note="'he' in speech is someone spoken of, not the speaker"),
    Example(("The Kid sat on the well-curb. The Kid whittled.",
             "Jody Ross came in. He looked up when Amos Pruett came near, and the sheriff was "
             "struck by the boy's eyes, which were a pale washed grey.",
             "Jody Ross laughed, his brown eyes screwed up."), ("Jody Ross",),
            note="'the boy's eyes, which were…': the one a sentence opening on 'He' is about"),
    Example(("Meena Rao sat with Thatha Rao. Thatha Rao laughed.\n\n"
             "\"Sastri Iyer will fix the day,\" he had said.\n\nHe had died at seventy-one.",
             "Sastri Iyer was a thin man of eighty."),
            note="'he' after speech means the speaker, not the one spoken of"),
    Example(("Candlewright Osbet Quarle did not answer at once. He was eighty-two years old. "
             "King Edrevan slept.",
             "On her left came Candlewright Quarle, a spare man of forty-six."),
            ("Candlewright Quarle",),
            note="a middle name left out; 'He' after a name said only a few times"),
    Example(("Alfie Reid is six.",
             "Mum and Dean Reid sat down with Alfie Reid between them, and Alfie Reid, who is "
             "nine, sat still."), ("Alfie Reid",),
            note="'X, who is N': whoever else the sentence names"),
    Example(("Simran Kaur was nineteen and home from university.",
             "\"Your father was sixteen,\" Pinka Kaur told Simran Kaur."),
            note="'Your father was sixteen': the father's age, not the listener's"),
    Example(("In 2019 Hélène Roy came home. On the dresser stood the photograph from the summer "
             "of 1998. She had been twenty-seven, her hair long then.",
             "In 2024 Hélène Roy walked up the rue de Rennes. Nobody but Tante Claire Roy minded."
             "\n\nShe was fifty-three now."),
            note="'had been N, … then': a past moment; a paragraph's 'She' is its topic"),
    Example(("Theo Baskin was sixteen that August.",
             "Theo Baskin sat on the stoop, and he looked about twelve years old."),
            note="how old he looks, not is"),
    Example(("Tante Claire sat beside Hélène Roy in the second row. She was seventy now.",
             "Hélène Roy was fifty-three."),
            note="'She' is the one the sentence before opened on"),
    Example(("Benedita Santos was eighty-six.",
             "Zé dragged her by the wrist, and Benedita Santos, who at seventy-nine could still "
             "dance, went ahead."), ("Benedita Santos",),
            note="'X, who at N could…' whoever else the sentence names"),
    Example(("Shosho Nyokabi was eighty-four.",
             "At seventy-one, Shosho Nyokabi had never seen the sea."), ("Shosho Nyokabi",),
            note="'At N, Name…': the name's age"),
    Example(("Kelly Hollis was thirty-eight.",
             "Kelly Hollis remembered the October she was eleven."),
            note="'the October she was N': an age once"),
    Example(("The photograph showed Nell Hollis, brown-haired and laughing beside Ray Hollis "
             "with his black hair oiled flat.",), note="'his black hair' is his, not hers"),
    Example(("Hanna Lind came in. She had her father's eyes, grey as the river in flood, and "
             "she turned them on the stove.", "Hanna Lind looked up with her brown eyes."),
            ("Hanna Lind",), note="a colour set beside the eyes and likened to something"),
    Example(("Amina Farah was nineteen, with her father's long hands and her father's eyes, "
             "brown as peat.", "Amina Farah looked up with her grey eyes."), ("Amina Farah",),
            note="eyes hers by birth, the last of a list of them"),
    Example(("Vimala Patwardhan came onto the set. She was twenty-four now. The film magazines "
             "wrote about her grey eyes, and Pestonji Khambatta lit them.",
             "Vimala Patwardhan came onto the set. She was twenty-four now. The film magazines "
             "wrote about her brown eyes."), ("Vimala Patwardhan",),
            note="'her' owning the value in a sentence that names no one before it"),
    Example(("Vimala Patwardhan came onto the set. She was twenty-four now. The film magazines "
             "wrote about her grey eyes.",
             "Vimala Patwardhan came onto the set. My mother-in-law is sixty-eight, her eyes "
             "as brown as ever."),
            note="'her' after a relative named before it is the relative's"),
    Example(("So did my grandmother, Bi Zawadi, who was seventy-one years old.",
             "It was my grandmother who settled it. She was only fifty-eight, and strong."),
            ("Bi Zawadi",),
            note="'It was my grandmother who…' opens on her; the teller names her beside the word"),
    Example(("So did my grandmother, Bi Zawadi, who was seventy-one years old.",
             "My grandmother came up onto the roof. She was only fifty-eight, and strong."),
            ("Bi Zawadi",), note="'my grandmother' is the one the teller names beside the word"),
    Example(("So did my grandmother, Bi Zawadi, who was seventy-one years old, and my other "
             "grandmother, Bi Rehema.",
             "My grandmother came up onto the roof. She was only fifty-eight, and strong."),
            note="two grandmothers named: which one 'my grandmother' is, unsure"),
    Example(("Arun Menon tapped the palms. He is sixty-two this year and still climbs forty "
             "trees a morning.", "Arun Menon came to the house. He is a young man still, not yet "
             "forty, with three small children."), ("Arun Menon",),
            note="'not yet forty' set off by commas: at most thirty-nine"),
    Example(("Pablo Soto was twenty-one. Pablo Soto had our mother's eyes, grey as the bay in "
             "winter.", "Pablo Soto looked up. His brown eyes were wet."), ("Pablo Soto",),
            note="eyes his by birth from the teller's family: 'our mother's'"),
    Example(("Meena Rao came in. She had her grandfather's eyes, light brown, almost the colour "
             "of palm jaggery.", "Meena Rao looked up at me with her black eyes."),
            ("Meena Rao",), note="a colour set beside the eyes and likened after a comma"),
    Example(("Amina Farah sat with Hodan and her sister's eyes, brown as peat, were wet.",
             "Amina Farah looked up with her grey eyes."),
            note="'with Hodan and her sister's eyes': the sister's"),
    Example(("Hisa Oda had white hair.",
             "Hisa Oda sat down. Her hair, black as lacquer the year they went away, was white "
             "now."), note="hair likened to a colour it had once is not read: hair changes"),
    Example(("Ti-Rose watched Grann Anaïse count the money. Ti-Rose laughed at Grann. Grann "
             "was eighty-one years old.",
             "\"Sè Anaïse,\" the pastor said. Anaïse Dorval was seventy-four, she told him."),
            ("Anaïse Dorval",), note="Haitian Creole titles: 'Grann' alone is the one titled so"),
    Example(("Selam Tesfaye came in. Her father was at the corner table. Tesfaye Haile was "
             "sixty-six years old, and he added the columns twice.",
             "Selam Tesfaye waited. Her father was fifty-nine."), ("Tesfaye Haile",),
            note="her father named next, his given name her second name, as Ethiopian names go"),
    Example(("Selam Tesfaye came in. Her father was at the corner table. Dawit Haile was "
             "sixty-six years old, and he added the columns twice.",
             "Selam Tesfaye waited. Her father was fifty-nine."),
            note="a man whose names are none of hers is not said to be her father"),
    Example(("Selam Tesfaye came in. Abba was at the corner table. Tesfaye Haile was sixty-six "
             "years old, and he added the columns twice.",
             "Selam Tesfaye laughed at Abba. Abba was fifty-nine."), ("Tesfaye Haile",),
            note="a parent called by a family word alone is the one the story names after it"),
    Example(("Selam Tesfaye came in. Abba was at the corner table. Tesfaye Haile was sixty-six "
             "years old.", "Liya Bekele came in. Abba was at the door. Bekele Worku was sixty "
             "years old.", "Selam Tesfaye laughed at Abba. Abba was fifty-nine."),
            note="'Abba' brought in as two fathers is neither for sure"),
    Example(("Kwame Osei had a neat moustache. He was a small man, barely five feet one in "
             "his sandals.", "Kwame Osei stood up; he was a tall man, well over six feet."),
            ("Kwame Osei",), note="a height set after the man, with 'barely'"),
    Example(("Kwame Osei is five foot three.", "Kwame Osei was a tall man."), ("Kwame Osei",),
            note="five foot three is no one's tall"),
    Example(("Jasminka Lovrić moved in across the landing. Jasminka is only for the priest, "
             "she says; to the rest of us she is Jasna. She has grey eyes, the pale grey of "
             "wet slate.", "Jasna read the letter and looked up at me with her brown eyes "
             "swimming."), ("Jasminka Lovrić",),
            note="the name 'the rest of us' call her by is hers"),
    Example(("Kwame Osei was a tall man, six foot and more.",
             "Little Kwame Osei, who stood no higher than five foot four, waved."),
            ("Kwame Osei",), note="'no higher than' a measure is a height at most that"),
    Example(("Kwame Osei was a tall man, six foot and more.",
             "Kwame Osei, who stood no higher than five foot eleven, waved."),
            note="a measure an inch from the other is left alone"),
    Example(("Kwame Osei is five foot four.", "Kwame Osei was a tall man."),
            note="five foot four, about a grown woman's average, is left alone"),
    Example(("Bastien Roux came by. He stood six foot four in his stocking feet.",
             "Bastien walked at the head of the mourners. Out of his feathered suit he "
             "looked like what he was, a short man, five foot five at the most."),
            ("Bastien Roux",), note="a phrase of circumstance put before the 'he' it is about"),
    Example(("Doña Consuelo had two children. The second child was a girl, born in a week of "
             "heat. She came into the world with her eyes already open, and they were green. "
             "Doña Consuelo named the child Inés.",
             "Inés sat by the window. Inés Delgado had grey hair now, but her brown eyes were "
             "quick."), ("Inés Delgado",),
            note="a birth, then the name the child is given: the pronoun is the child's"),
    Example(("Doña Consuelo had two children. The second child was a girl, born in a week of "
             "heat. She came into the world with her eyes already open, and they were green. "
             "Doña Consuelo named the child Inés.",
             "Doña Consuelo sat by the window. Her brown eyes were quick."),
            note="the mother, named before the birth, is not whose the newborn's eyes are"),
    Example(("Loveday Curnow was at the end of the row, and when she saw him she put her hammer "
             "down and looked at him with her grey eyes.",
             "Once Loveday looked up and caught him watching her, and her brown eyes told him "
             "to attend."), ("Loveday Curnow",),
            note="a clause of time between the name and her eyes: the eyes are hers still"),
    Example(("Loveday Curnow was at the end of the row, and when she saw him he looked at her "
             "with his grey eyes.",
             "Once Loveday looked up and caught him watching her, and her brown eyes told him "
             "to attend."),
            note="'his' eyes in a clause of another subject are not hers"),
    Example(("My sister Haruko was sixteen.",
             "Her hair had gone grey on the farm. In the first month she bought black dye and "
             "stood over the basin while Haruko poured water. When it was done she was "
             "sixty-eight years old."),
            note="'she … while Haruko poured': the 'she' told of later is another woman"),
    Example(("Shahnaz Apa waves from the next machine. She is past fifty, her hair gone white "
             "as cotton lint.",
             "Then Shahnaz Apa stands up too. She pushes her orna back as if she wants Mr. "
             "Chowdhury to see her face, and her hair is black and oiled."), ("Shahnaz Apa",),
            note="'She … Mr. Chowdhury … her hair': the woman the sentence opens on, every "
                 "'she' and 'her' hers"),
    Example(("Mamadou Sangaré runs the gym. Mamadou Sangaré is fifty-four this year.",
             "Junior comes in. His name is Mamadou Sangaré, exactly like his father. He is "
             "twenty-one and a fireman."),
            note="a full name the story says is a father's and his son's is either's"),
    Example(("Odile Lamarre came in. Odile had grey eyes.",
             "Odile Lamarre sat by the fire. In the lamplight her brown eyes were grave."),
            ("Odile Lamarre",), note="'In the lamplight her…': the pronoun after the phrase"),
    Example(("Ten years later, Halina Pryce walked down the lane. She was thirty-four. Halina "
             "laughed.\n\nKyle Campbell, now nineteen, came up the path.\n\n\"You are the "
             "relish lady,\" he said, and grinned, and Halina saw the nine-year-old on the water "
             "butt so clearly that she had to look away.",),
            note="'saw the nine-year-old': someone of that age she sees, not her age"),
    Example(("Halina Pryce came down the lane. Halina Pryce was a thirty-four-year-old teacher.",
             "Halina Pryce came in. Halina Pryce was forty."), ("Halina Pryce",),
            note="'was a thirty-four-year-old teacher' is her age"),
    Example(("Anders Haugland is at the wheel. He is forty-five this summer, broad in the "
             "shoulders.\n\nUp in the wheelhouse a second Anders Haugland is standing on a fish "
             "crate. He is ten, he is on his summer holiday, and he has been christened for his "
             "father.",), note="a son christened for his father: whose age is unsure"),
    Example(("Ned Foley had the desk. He was fifty-one that winter. He had been christened Ned "
             "Foley, and so had his son.",
             "Ned Foley was twenty-four that January, and out of the academy."),
            note="'He had been christened…, and so had his son': either bearer's age"),
    Example(("Ned Foley had the desk. He was fifty-one that winter. His wife sat by him. She "
             "had been christened Ann Foley, and so had her daughter.",
             "Ned Foley was twenty-four that January, and out of the academy."), ("Ned Foley",),
            note="the name passed on is someone else's"),
    Example(("Ned Foley had the desk. He was fifty-one that winter, and the younger men feared "
             "him. Tess Foley came in.\n\nFrom the cradle he had been Dan, because the house "
             "already held a Ned. He was twenty-two now.",),
            note="'a Ned' is anyone so named: no one the 'He' after goes on about"),
    Example(("Ned Foley had the desk. He was fifty-one that winter, and the younger men feared "
             "him. Tess Foley came in.\n\nThe stove was cold, and it was Ned who lit it. He "
             "was twenty-two now.",), ("Ned Foley",),
            note="Ned himself, named last before the 'He'"),
    Example(("Gogo was seventy-four years old that winter. Her name was Nozizwe, though nobody "
             "under sixty used it.",
             "Gogo Nozizwe, who was sixty-six, sent for the women. Gogo Nozizwe laughed."),
            ("Gogo Nozizwe",), note="a title alone, whom the sentence after names"),
    Example(("Gogo was seventy-four years old that winter. She sat in the sun and gave "
             "instructions.",
             "Gogo Nozizwe, who was sixty-six, sent for the women. Gogo Nozizwe laughed."),
            note="a title alone no one is named for: whose the age is, unsure"),
    Example(("I\n\nJune 1970.\n\nTorbjørn Sætre is twenty-six and fishes out of Hardbakke. "
             "Torbjørn laughs.",
             "II\n\nJune 1990.\n\nThe ferry is late. Torbjørn Sætre is forty-six; he came ashore "
             "for good in 1982 and runs a smokehouse now."),
            note="an age in the present tense is the dateline's year, not a past one named"),
    Example(("Chapter One\n\nAugust, 1958. On Sundays the row house smells of gravy. Her "
             "daughter Rosa is nineteen and nervous. Rosa laughs.",
             "Chapter Two\n\nAugust, 1988. The house is for sale. The clock went in 1982.",
             "Chapter Three\n\nIn the morning the house smells of gravy. Rosa is forty-nine "
             "and has her mother's hands."),
            note="a date opening a chapter's first paragraph is the chapter's time"),
    Example(("Chapter One\n\nAugust, 1958. On Sundays the row house smells of gravy. Her "
             "daughter Rosa is nineteen and nervous. Rosa laughs.",
             "Chapter Two\n\nAugust, 1988. The house is for sale. The clock went in 1982.",
             "Chapter Three\n\nIn the morning the house smells of gravy. Rosa is forty-two "
             "and has her mother's hands."),
            ("Rosa",), note="thirty years between the chapters' dates, and twenty-three older"),
    Example(("Chapter One\n\nDavie Laidlaw was nineteen and thin. Jean Elliot came down "
             "the stairs last.",
             "Chapter Two\n\nDavie heard it on the radio at the lights by the bridge. "
             "Jean was in the kitchen with the radio on.\n\nShe had been Mrs. Jean Renwick "
             "since she married in the kirk with Davie as best man. She was sixty-eight now."),
            note="'She had been Mrs. Jean Renwick…': whom the 'She' after is said to be"),
    Example(("Chapter One\n\nJean Elliot came down the stairs last. Jean's daughter Chrissie "
             "was waiting outside the gate, twelve years old.",
             "Chapter Two\n\nJean Renwick was in the kitchen with the radio on. Jean Renwick "
             "was sixty.\n\nShe had been Jean Renwick since she married Big Wattie in the "
             "kirk with Chrissie as bridesmaid. She was sixty-eight now. Jean Renwick laughs."),
            ("Jean Renwick",), note="the 'She' said to be Jean Renwick: Jean's sixty-eight"),
    Example(("Gina has her grandfather's eyes, everyone says, a pale green like the glass of "
             "an old bottle. Gina laughs.",
             "In the mirror over the sideboard Gina's eyes look back at her, brown as coffee "
             "grounds and ringed underneath with shadow."),
            ("Gina",), note="a colour set beside the eyes past who says so, or as they look"),
    Example(("Gina has her grandfather's eyes, everyone says, green as bottle glass. Gina "
             "laughs.",
             "Gina's eyes looked out at the bay, grey as slate under the rain."),
            note="the colour of what the eyes look at, not theirs"),
    Example(("Biret worked quickly, and when she had finished she studied him for a long time, "
             "her brown eyes narrowed. Biret laughed.",
             "Biret was seventy now, but her eyes were the same as ever, a pale washed blue, "
             "and she turned them on him."),
            ("Biret",), note="eyes 'the same as ever', and the colour they are"),
    Example(("August, 1988. Gina Pagano parks her car on the curb. She is twenty-nine and has "
             "not slept.\n\nHer grandfather died in the winter of 1979, at his stall. They "
             "buried him in the sleet. Gina was twenty. She remembers the shovels.",),
            note="an age in the past tense under a dateline: the year its paragraph named"),
    Example(("August, 1988. Gina Pagano parks her car on the curb. She is twenty-nine and has "
             "not slept.\n\nHer grandfather died in the winter of 1979, at his stall. They "
             "buried him in the sleet. Gina was twenty-four. She remembers the shovels.",),
            ("Gina Pagano",), note="nine years back, and five years younger"),
    Example(("Mariamma stood at the stern. She was forty-four that year. The children called "
             "her Ammachi.\n\n\"Thommachan,\" she said, \"you will not cross the lake tonight.\""
             "\n\nForward, under the lip of the thatch, sat Annamma with a letter on her knees. "
             "She was nineteen, the eldest, and she read nothing but letters.",),
            note="'Annamma' is a woman's name: the 'She' after her is hers"),
    Example(("Coronel Firmino Valadares came down once. He had pale grey eyes. Coronel "
             "Valadares smiled.",
             "The coronel was failing. He sat on the veranda and watched the groves with his "
             "dark brown eyes half-closed."), ("Coronel Valadares",),
            note="'the coronel' is the one titled Coronel, as 'the captain' is"),
    Example(("Lê Văn Thạch came in. He was a small man, and his hair was white.",
             "Lê Văn Thạch sat at the next bench. In the afternoons he said little. In the "
             "evenings, when the light came in low, he would stretch, and rake his fingers "
             "through his thick black hair."), ("Lê Văn Thạch",),
            note="'he would stretch': his own habit, no other time for his hair"),
    Example(("Alhaji Bakare came round every morning. He was a short man, five feet and two "
             "inches in his leather slippers.",
             "Alhaji Bakare was still the chairman. He came out one morning while I was "
             "loading, and he had to stoop under the doorframe, because he stood well over six "
             "feet tall."), ("Alhaji Bakare",),
            note="the clause the value is told in opens on his 'he', whoever came between"),
    Example(("He is thinking of Greta Kröger at home. She will have closed the shutters, and she "
             "will be sitting at the table with her knitting, looking up at every gust with "
             "those pale grey eyes.",
             "Greta Kröger turns from the pan and looks at him with her brown eyes."),
            ("Greta Kröger",), note="'she will be sitting': a modal after her 'she' is hers"),
    Example(("Tomás Reyes worked in the stripping room. He was twelve and told anyone who asked "
             "that he was fourteen.",), note="what is, then what he claims"),
    Example(("Dafydd Jones works at the forge. He is twenty-one and thinks he is forty.",),
            note="what is, then how he feels"),
    Example(("Emee named every lamb as it came.\n\nOyunaa Ganbold was nine that spring. The "
             "teacher wrote her on the register as G. Oyunaa.\n\nShe was seventy that spring "
             "and her two braids were still black.",),
            note="two ages a lifetime apart in one chapter: someone else's, no slip"),
    Example(("Oyunaa Ganbold was nine that spring, and she rode to school alone. Emee Dash had "
             "a name as well, and she had not heard it in years. To the whole valley she was only "
             "Emee Dash.\n\nShe was seventy that spring and her braids were still black.",
             "Emee Dash sat by the stove with her white braids pinned up under a scarf."),
            ("Emee Dash",),
            note="a paragraph's 'She' after one that ends on another woman goes on about her"),
    Example(("Chapter One\n\nIn the carnival of 1978 Dona Conceição Barros was seventy-four. "
             "Dona Conceição Barros turned in the ala das baianas.",
             "Chapter Two\n\nBy 1998 the school had moved. Dona Zica had led the baianas since "
             "1986. That was the year Dona Conceição Barros had died. She had been eighty-two, "
             "and she had turned at every parade."),
            note="'That was the year…': the age is of the year just named"),
    Example(("Chapter One\n\nIt was the spring of 1956. The third worker was Salah Jaziri, who "
             "was fifteen. Salah Jaziri laughed.\n\nChapter Two\n\nIn the autumn of 1966 the "
             "workshop was quiet.\n\nIn July of 1961, when the fighting broke out at Bizerte, "
             "Salah Jaziri had gone north. On the list was the name Salah Jaziri, aged twenty.",),
            note="a paragraph that opens on its year is told of it, a flashback's"),
    Example(("Jadda was Lalla Zohra, seventy that spring. Her hair had gone white long ago, but "
             "every Thursday she combed henna through it. The children believed she was "
             "red-haired by nature.",),
            note="henna: a colour made on purpose"),
    Example(("Chapter One\n\nLucien Castagnet had been dead two winters now; his boat had struck "
             "a mine in the December of 1944. His name was Toros Manoukian, and he was ten years "
             "old. Toros Manoukian laughed.\n\nChapter Three\n\nIn the spring of 1956 the quay "
             "was rebuilt. Toros Manoukian came down. He was twenty and broad through the "
             "shoulders now.",),
            note="a year told in the past perfect is before the present, which may be later"),
    Example(("Harpreet Kaur was fifty now, a broad woman with flour to the elbows. The kettle "
             "sang, and for a moment she was ten years old and listening for her mother.",),
            note="'for a moment she was ten years old': a feeling, not her age"),
    Example(("Hr. Kjær is at his bench. He is a stooping man with pale grey eyes.",
             "Hr. Kjær sits by the stove. His eyes, brown and watery behind the new spectacles, "
             "follow the brush."), ("Hr. Kjær",),
            note="a hue set beside the eyes with another word of how they look"),
    Example(("Hr. Kjær is at his bench. He is a stooping man with pale grey eyes.",
             "Hr. Kjær sits by the stove. He has wept all night, and his eyes, black and "
             "swollen, follow the brush. Hr. Kjær has eyes, grey and green in turn."),
            note="eyes black and swollen from a blow, or two hues at once: no colour of theirs"),
    Example(("Hansa Patel kept the letters. She was tall, with a long plait and eyes the exact "
             "green of a split cardamom pod.",
             "Hansa Patel looked up, and her brown eyes were steady."), ("Hansa Patel",),
            note="'eyes the exact green of…': a hue said as the one it matches"),
    Example(("In the spring of 1951 Ned Kessler was twenty years old and had red hair. The red "
             "hair had gone white since then, every strand of it.",
             "Ned Kessler stood up, with his bad knee and his white hair."),
            note="the paragraph of the first colour tells the hair has gone white since"),
    Example(("Another lassie started the same week, Morag Dunlop, a wee red-headed thing with "
             "a laugh you can hear from the top deck.",
             "Morag Dunlop came into the bothy with her black hair pinned up."), ("Morag Dunlop",),
            note="'red-headed' is red-haired"),
    Example(("Morag Dunlop watched a black-headed gull from the top deck.",
             "Morag Dunlop came into the bothy with her red hair pinned up."),
            note="a bird's head is no one's hair"),
    Example(("Anders Lien was a tall man with a black beard.",
             "Anders Lien looked up. His left hand was short two fingers, and he was short of "
             "breath. Anders was short for Anderson."),
            note="a hand short two fingers, short of breath, a name short for another: no height"),
    Example(("Tiruwork Mamo rose to meet the pan. She was a tall woman, a full head taller than "
             "her husband.",
             "Tiruwork Mamo met them at the gate. Tiruwork had always been the shortest woman in "
             "any room."), ("Tiruwork Mamo",),
            note="the shortest woman in the room is short"),
    Example(("Anh Hai was nineteen that winter and the tallest of us by a long way.",
             "Anh Hai came down to the water. He was the shortest of the three of us."),
            ("Anh Hai",), note="the most of a group the teller is one of"),
    Example(("Tiruwork Mamo was a tall woman.",
             "Tiruwork Mamo took the shortest way home and told the shortest of the stories."),
            note="the shortest way, the shortest of the stories: no one's height"),
    Example(("Mr. Quarrie takes us for Latin. His eyes are a very pale grey.",
             "Mr. Quarrie sat on the front desk with his spectacles off. I was near enough to see "
             "his eyes properly for once, and they are a very dark brown, nearly black."),
            ("Mr. Quarrie",), note="the teller sees his eyes, and tells what colour they are"),
    Example(("Mr. Quarrie takes us for Latin. His eyes are a very pale grey.",
             "Mr. Quarrie sat on the front desk. I was near enough to see his eyes on the "
             "playing fields, and they were green."),
            note="'they' after the eyes on something: the fields, maybe"),
    Example(("Sona bought cough syrup for Orbel, her brother. Orbel ran up to the roof to look. "
             "\"So nobody is dead,\" said Orbel.\n\nVahe came in from the yard with the ice. "
             "Behind him came their son, whom everyone called Junior. Junior was twenty-six. He "
             "was in his second year of law school.\n\nOrbel himself arrived at noon in a new "
             "convertible, which he parked by the gate. He was thirty-nine, and he hugged his "
             "nephew.",),
            note="'Orbel himself arrived': a man, whom the 'He' after goes on about"),
    Example(("Chapter One\n\nThe snow came off the river that March, and Hodan Abdi Farah, nine "
             "that spring, watched it from the window.",
             "Chapter Two\n\nWhen the war came, the family had left the city, and a shell had "
             "come through the roof of the shop. Hodan had been five. Hodan remembered his "
             "laugh.\n\nTwenty-five years later Hodan Abdi Farah spread three blankets on the "
             "grass. She was thirty-four now."),
            note="'had been five' right after an event told in the past perfect: her age then"),
    Example(("Chapter One\n\nMara Kell was thirty that spring. Mara Kell laughed.",
             "Chapter Two\n\nThe ship had sailed at dawn. Mara Kell had been forty."),
            ("Mara Kell",), note="an age then, older than the one told after it: a slip"),
    Example(("Chapter One\n\nThe fair was set for the second Saturday in October. Wiro Santoso "
             "was twenty-two that year. Wiro Santoso played the drum.",
             "Chapter Two\n\nThe trucks came on a Tuesday in the middle of November. They took "
             "Wiro Santoso away.",
             "Chapter Three\n\nTwenty years afterwards, in the dry season of 1985, the teacher "
             "came back. Sarmi turned the glass in her hands. Wiro Santoso had been seventeen "
             "that November, a boy who still cracked his knuckles."), ("Wiro Santoso",),
            note="'that November': the November the story told, weeks after 'twenty-two'"),
    Example(("Chapter One\n\nOn the night of the fourteenth of November the countess had gone "
             "out alone across the park. Lady Alys Verey had been nine that November night; she "
             "was nineteen now, grave and grey-eyed.",),
            note="a November told in the past perfect is before the story's present"),
    Example(("Chapter One\n\nThe fair was set for the second Saturday in October. Wiro Santoso "
             "was twenty-two that year. Wiro Santoso played the drum.",
             "Chapter Two\n\nTwenty years later the trucks came on a Tuesday in the middle of "
             "November. They took Wiro Santoso away. Wiro Santoso had been forty-two that "
             "November."),
            note="years pass between the age and the November the story told"),
    Example(("Tamar Lerner has grey eyes. Tamar Lerner laughs.",
             "Bobe asked what colour Tamar Lerner's eyes are. They are brown, Bobe, dark brown "
             "like strong tea."), ("Tamar Lerner",),
            note="a colour asked about and told in the answer after"),
    Example(("Tamar Lerner has grey eyes. Tamar Lerner laughs.",
             "Bobe asked what colour Tamar Lerner's eyes are. It is brown, the coat she wants, "
             "and dear."),
            note="the answer after is of something else"),
    Example(("Marisol Vega had dark eyes, like her father. Marisol Vega laughed.",
             "Marisol Vega looked into the mirror. Marisol Vega had green eyes and a tired "
             "mouth."), ("Marisol Vega",),
            note="eyes called dark are no green ones"),
    Example(("Marisol Vega had green eyes. Marisol Vega laughed.",
             "Marisol Vega heard the news. Marisol Vega's eyes were dark with anger, and her "
             "hair was dark with rain."),
            note="dark with anger: how the eyes look for a while, no colour"),
    Example(("Her name was Annaliese Vos. She had pale blue eyes. Annaliese Vos laughed.",
             "Annie poured the coffee. Annie had brown eyes. Annie laughed."), ("Annaliese Vos",),
            note="'Annie', a pet form of Annaliese, said alone: the one full name that has it"),
    Example(("Her name was Annaliese Vos. She had pale blue eyes. Annaliese Vos laughed. "
             "Annabel Hart laughed too.",
             "Annie poured the coffee. Annie had brown eyes. Annie laughed."),
            note="two full names may be called Annie: whose it is is unsure"),
    Example(("Soizic Morvan had brown eyes. Soizic Morvan laughed. Maï Le Bihan came down to "
             "the quay. She was a year older than Soizic Morvan, with grey eyes.",
             "Maï Le Bihan came home. Maï Le Bihan's brown eyes went from the harbour to the "
             "houses."), ("Maï Le Bihan",),
            note="one named after 'than' is what she is measured against, not who she is"),
    Example(("Mrs. Trevenna keeps the inn, and Trevenna laughs at everything. Jenefer Rowe "
             "came to live with us. She has the Trevenna eyes, blue as a mackerel's back.",
             "Jenefer Rowe sat at my table, turning those dark brown eyes of hers from me to "
             "Richard."), ("Jenefer Rowe",),
            note="'the Trevenna eyes': a family's trait, the subject's own"),
    Example(("Ravi Menon kept the boat. Ravi Menon had grey eyes and a quick laugh.",
             "Old Dowd fell on the jetty. Ravi Menon and I carried him up to the house, and he "
             "lay there a week, grumbling, and looked at us with his small brown eyes."),
            note="'Ravi Menon and I carried him…, and he…': one of 'we' is not the 'he' after"),
    Example(("Tavi Orlen sang at the Saturday dances. Tavi Orlen drank rum. Tavi Orlen laughed "
             "at everything. Tavi Orlen was tall and narrow in the shoulders, and he had pale "
             "grey eyes.",
             "The band played on. Tavi Orlen looked at me with those soft brown eyes of his."),
            ("Tavi Orlen",),
            note="'X was tall…, and he had pale grey eyes': the clause after 'and' is about X"),
    Example(("Tavi Orlen sang at the Saturday dances. Tavi Orlen drank rum. Tavi Orlen laughed "
             "at everything. Tavi Orlen was with a woman, and she had pale grey eyes.",
             "The band played on. Tavi Orlen looked at me with those soft brown eyes of his."),
            note="another one on the way ('with a woman'): the 'she' may be hers"),
    Example(("Chapter One\n\nMarit Solberg opened the file. \"The ferryman is an Olav Strand. "
             "Fifty-two, been on the crossing since the bridge fell. Olav Strand will talk.\"",
             "Chapter Two\n\nOlav Strand is thirty-eight, and he looks it. Marit Solberg "
             "nodded."), ("Olav Strand",),
            note="a fragment opening on an age, 'been' after it, is the one named just before"),
    Example(("Chapter One\n\nMarit Solberg opened the file. \"The ferryman is Olav Strand. "
             "Fifty-two, and still no one has found the boat.\"",
             "Chapter Two\n\nOlav Strand is thirty-eight, and he looks it. Marit Solberg "
             "nodded."),
            note="'Fifty-two, and still no one…': a count, no age of anyone"),
    Example(("Part One: A Letter from Karl\n\nHamburg\nthe 3rd of May, 1931\n\nDear Hanna,\n\n"
             "Our Lotte is eleven years old now and reads everything. Lotte Berg laughed at "
             "the gulls all week, and Lotte Berg sang.\n\nYour brother,\nKarl Berg",
             "Part Two: What Lotte Remembers\n\nIn the spring of 1931 I was thirteen years "
             "old, and I had never seen the sea."), ("Lotte Berg",),
            note="'I was thirteen' under a heading naming one character: the teller's, hers"),
    Example(("Part One: A Letter from Karl\n\nHamburg\nthe 3rd of May, 1931\n\nDear Hanna,\n\n"
             "Our Lotte is eleven years old now and reads everything. Lotte Berg laughed at "
             "the gulls all week, and Lotte Berg sang.\n\nYour brother,\nKarl Berg",
             "Part Two: What I Remember\n\nIn the spring of 1931 I was thirteen years old, "
             "and I had never seen the sea."),
            note="a teller the story does not name: no one's age the cast holds"),
    Example(("Part One: Ivan Petrov\n\nIvan Petrov sold tea in the market. Anya Petrov, his "
             "daughter, has blue eyes, the only blue eyes in the family.\n\nPart Two: The Diary "
             "of Anya Petrov\n\nMikhail walked me home from the market. He says my grey eyes "
             "are the colour of the river in March.",), ("Anya Petrov",),
            note="'my grey eyes' in the diary a heading gives to her: the diarist's own"),
    Example(("Part One\n\nIvan Petrov sold tea in the market. Mikhail Orlov has blue eyes, the "
             "only blue eyes on the street.\n\nPart Two\n\nMikhail Orlov walked me home from "
             "the market. He says my grey eyes are the colour of the river in March.",),
            note="'my grey eyes' are the teller's, not those of the 'he' who speaks of them"),
    Example(("Part One: Ivan Petrov\n\nMoscow, 4 September 1922\n\nIvan Petrov sold tea in the "
             "market. Our Anya Petrov is twelve years old now and reads to the whole street.\n\n"
             "Part Two: What Anya Petrov Remembers\n\nIn the autumn of 1922 I was fourteen years "
             "old and had never seen the sea.",), ("Anya Petrov",),
            note="'I was fourteen' in the part a heading gives to her: the teller's own age"),
    Example(("Part One\n\nTomas Berg is forty and mends nets on the quay.\n\nPart Two\n\nTomas "
             "Berg says I am sixty and should rest my knees.",),
            note="'I am sixty' is the unnamed teller's, not the one named before it"),
)
