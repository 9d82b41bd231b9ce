"""The worked examples of the name-variant check (app.core.checks.name_variant):
texts it must warn on, with the names it names, and texts it must leave alone, each saying
why.

The check declares them as its EXAMPLES; tests/core/checks/test_examples.py runs each.
"""

from app.core.checks.base import Example

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
    Example(("Hideo Tamashiro kept the bakery. Tamashiro rose at four, and Tamashiro baked the "
             "bread. The Tamashiros were a loud family.",
             "\"At the port they will read my name Tamishiro,\" Hideo said. \"Here it is "
             "Tamashiro, but there it is Tamishiro. So I will be Tamishiro-san.\"",
             "Tamishiro was a good name for a sailor, Hideo thought. Tamishiro, he said."),
            note="two readings of one name the text sets side by side are no slip"),
    Example(("Hideo Tamashiro kept the bakery. Tamashiro rose at four, and Tamashiro baked the "
             "bread. The Tamashiros were a loud family.",
             "\"At the port they will ask for Tamishiro,\" Hideo said. \"Here it is "
             "Tamashiro, but there it is Tamishiro. So I will be Tamishiro-san.\"",
             "Tamishiro was a good name for a sailor, Hideo thought. Tamishiro, he said."),
            ("Tamashiro", "Tamishiro"), note="no word that it is how the name is read"),
    Example(("\"Dada,\" Dara said at the door of the shed. \"The cow is out.\"",
             "Dara ran down the lane. Dara caught the rope, and Dara led the cow home. Dara "
             "laughed. Dara sat on the wall. Dara whistled."),
            note="a family word said as a name, what a son calls his father, is no slip"),
    Example(("Ammachi sat on the veranda. Ammachi shelled the peas, and Ammachi sang. We loved "
             "Ammachi. Ammachi slept after lunch.",
             "After lunch Amachi woke and called for tea."), ("Amachi", "Ammachi"),
            note="a slip of a family word said as a name is still a slip"),
    Example(("Dermot Conneely kept the boat on the quay. Conneely mended the nets, and "
             "Conneely sailed at dawn. Everyone knew Conneely.\n\nNed came in through the "
             "back with a net of crabs.",
             "Coneely sold the fish on the quay at noon."), ("Coneely", "Conneely"),
            note="a word that only begins with the letter the spellings differ by, read up to "
                 "where the look stops ('with a n|et'), names no letter"),
    Example(("Tomas Kun ran the bakery. Kun rose at four. Kun baked the bread, and Kun sold "
             "it. Tomas Kun laughed.",
             "A letter came from Vienna for a Tomas Kuhn. \"Kuhn with an h,\" my mother said. "
             "Kun laughed. Tomas Kuhn was his old name. Kun put the letter on the shelf."),
            note="the one letter more the text points out is meant, no slip"),
    Example(("Tomas Kun ran the bakery. Kun rose at four. Kun baked the bread, and Kun sold "
             "it. Tomas Kun laughed.",
             "A letter came from Vienna for a Tomas Kuhn. My mother spelled it: K-U-H-N. "
             "Kun laughed. Tomas Kuhn was his old name. Kun put the letter on the shelf."),
            note="a spelling the text spells out letter by letter is meant, no slip"),
    Example(("Tomas Kun ran the bakery. Kun rose at four. Kun baked the bread, and Kun sold "
             "it. Tomas Kun laughed.",
             "A letter came from Vienna for a Tomas Kuhn. \"Kuhn with an e,\" my mother said. "
             "Kun laughed. Tomas Kuhn was his old name. Kun put the letter on the shelf."),
            ("Kuhn", "Kun"), note="a letter named that is not the one the spellings differ by"),
    Example(("Pawel Nowak came to Glasgow in the spring. Pawel found a room. Pawel laughed. "
             "Pawel slept.",
             "The landlady was kind. She calls my brother Mister Pawal, and he lets her."),
            note="a spelling only ever said right after the one so called is a name given"),
    Example(("Pawel Nowak came to Glasgow in the spring. Pawel found a room. Pawel laughed. "
             "Pawel slept.",
             "The landlady was kind. Pawal paid her the rent on Friday."),
            ("Pawal", "Pawel"), note="the same spelling in the narration is a slip"),
    Example(("Yetunde came home from school. Yetunde laughed at the dog. Yetunde slept. At "
              "school her name was Yetunde, and on every form it is spelled plain, without the "
              "marks. On her birthday card Grandmother wrote Yétúndé.",),
            note="the marks the text says the name goes without, a sentence after it"),
    Example(("Yetunde came home from school. Yetunde laughed at the dog. Yetunde slept. At "
              "school her name was Yetunde, and the teachers liked her. On her birthday card "
              "Grandmother wrote Yétúndé.",), ("Yetunde", "Yétúndé"),
            note="a name written once with marks, nothing said of them: a slip"),
    Example(("Mrs Ana Perić kept the shop in Hvar. Ana Perić sold bread. Ana Perić sold tea.",
             "The parcel came addressed to Mrs Ana Peric, Hvar. \"They can't write our letters "
             "over there,\" the postman said. \"No ć, no č.\" Ana Perić laughed."),
            note="the marked letters the text says a spelling went without"),
    Example(("Mrs Ana Perić kept the shop in Hvar. Ana Perić sold bread. Ana Perić sold tea.",
             "The parcel came addressed to Mrs Ana Peric, Hvar. Ana Perić laughed."),
            ("Peric", "Perić"), note="nothing said of the lost mark: a slip"),
    Example(("Murad Bey kept the café. Murad laughed. Murad sat. Murad slept. Murad sang. Murad "
             "ate. Murad rowed. Murad woke. Murad read. Murad ran.",
             "\"Murad, with a d,\" he told the clerk, \"the way my mother said it. In Istanbul "
             "they write Murat.\""),
            note="a spelling insisted on by the letter that tells it from the other"),
    Example(("Murad Bey kept the café. Murad laughed. Murad sat. Murad slept. Murad sang. Murad "
             "ate. Murad rowed. Murad woke. Murad read. Murad ran.",
             "He told the clerk his name. In Istanbul they write Murat."),
            ("Murad", "Murat"), note="nothing said of the letter: a slip"),
    Example(("Radu Ștefănescu came to Toronto in the winter. Ștefănescu found work. "
             "Ștefănescu sang. Ștefănescu slept.",
             "The Canadian computers did not have ș or ă, so the consulate wrote him as plain "
             "Stefanescu."),
            note="the marked letters the text says were missing, just before the plain spelling"),
    Example(("Zarina Dudayeva came to Vienna in the spring. Zarina laughed. Zarina found work. "
             "Zarina sang.",
             "On her Austrian card she is Sarina Dudayeva. The clerk heard the Russian Z, which "
             "sounds to German ears like an S, and wrote it down that way."),
            note="the letters that tell the spellings apart, named as capitals after one"),
    Example(("Zarina Dudayeva came to Vienna in the spring. Zarina laughed. Zarina found work. "
             "Zarina sang.",
             "On her Austrian card she is Sarina Dudayeva. The clerk wrote it down that way."),
            ("Sarina", "Zarina"), note="no letter named: a slip"),
    Example(("Józef Nowicki kept the forge at the crossroads. Józef shod the horses, and Józef "
             "mended the gates. The children liked Józef. Józef laughed at them.",
             "The papers from Hamburg were made out to Josef Nowicki, the way the clerks wrote "
             "it."),
            note="a given name of its own, plain, beside the accented name: its form abroad"),
    Example(("Józef Nowicki kept the forge at the crossroads. Józef shod the horses, and Józef "
             "mended the gates. The children liked Józef. Józef laughed at them.",
             "The papers from Hamburg were made out to Jozif Nowicki, the way the clerks wrote "
             "it."), ("Jozif", "Józef"),
            note="a plain spelling that is no given name of its own is a slip"),
    Example(("Ilesanmi came home from the market. Ilesanmi laughed. Ilesanmi slept.",
             "The hill is Òkèmẹ́ta, which the tourist board calls Okemeta Hill, and our house sits "
             "under it."),
            note="one spelling set right after the other as what others call it"),
    Example(("Ilesanmi came home from the market. Ilesanmi laughed. Ilesanmi slept.",
             "The hill is Òkèmẹ́ta, and our house sits under it. The bus went round Okemeta Hill "
             "and on to the market."), ("Okemeta", "Òkèmẹ́ta"),
            note="nothing sets the two spellings side by side: a slip"),
    Example(("Giorgi came to Sofia in the winter. Giorgi found work. Giorgi sang.",
             "In Sofia you will be Georgi instead of Giorgi, with the stress at the wrong end. "
             "Georgi laughed at it."),
            note="'instead of' sets the two forms of a name side by side"),
    Example(("Giorgi came to Sofia in the winter. Giorgi found work. Giorgi sang.",
             "In Sofia Georgi laughed at it, with the stress at the wrong end. Georgi sang."),
            ("Georgi", "Giorgi"), note="nothing sets them side by side: a slip"),
    Example(("Nurlan Sadıqov drove the tram on the hill road. Nurlan laughed. Nurlan sang.",
             "\"The k was the clerk's,\" he said. \"In the new papers Nurlan Sadıqov is "
             "Nurlan Sadıkov.\" Nurlan laughed."),
            note="one full name said to be the other, the given name the same, is no slip"),
    Example(("Nurlan Sadıqov drove the tram on the hill road. Nurlan laughed. Nurlan sang.",
             "\"The k was the clerk's,\" he said. \"In the new papers it is Nurlan "
             "Sadıkov.\" Nurlan laughed."),
            ("Sadıkov", "Sadıqov"), note="no full name said to be the other: a slip"),
    Example(("Nana sat on the veranda. Nana shelled the peas, and Nana sang. We loved Nana. "
             "Nana slept after lunch.",
             "On Sunday I went to see my cousin. Her flat is only at Nanal, two stops on the "
             "train, and I am ashamed I had not been before."),
            note="a word after 'at', somewhere, is no slip of a family word, someone"),
    Example(("Nana sat on the veranda. Nana shelled the peas, and Nana sang. We loved Nana. "
             "Nana slept after lunch.",
             "On Sunday I went to see my cousin. She smiled at Nanal, two stops on the "
             "train, and I am ashamed I had not been before."),
            ("Nana", "Nanal"), note="'smiled at' is at someone: a slip of the family word"),
    Example(("Olúwaṣẹ̀un kept the shop. Olúwaṣẹ̀un laughed. Olúwaṣẹ̀un slept.",
             "The English spell it Oluwaseun and leave off the little marks."),
            note="'leave off the little marks' says the marks are left off on purpose"),
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
    Example(("Kristina came at noon. Kristina brought eggs. Kristina laughed at the dog. "
             "Kristina went home. Kristina wrote to us.",
             "She signs her letters \"Kristīna Vītola\" now, like a native."),
            note="a spelling quoted as what she signs is the one she means, no slip"),
    Example(("Kristina came at noon. Kristina brought eggs. Kristina laughed at the dog. "
             "Kristina went home. Kristina wrote to us.",
             "Her new passport says Kristīna, with the long ī, at last."),
            note="the sentence names the mark the rarer spelling carries: it is meant"),
    Example(("Kristina came at noon. Kristina brought eggs. Kristina laughed at the dog. "
             "Kristina went home. Kristina wrote to us.",
             "Then Kristīna set the table, with a smile, and sat down."),
            ("Kristina", "Kristīna"), note="a mark no sentence points out is a slip"),
    Example(("Kristina came at noon. Kristina brought eggs. Kristina laughed at the dog. "
             "Kristina went home. Kristina wrote to us.",
             "Her mother wrote, \"Kristīna, come home soon.\""),
            ("Kristina", "Kristīna"),
            note="a letter's words quoted after 'wrote,' are no spelling pointed out"),
    Example(("Mama Ranaivoson kept the stall. Ranaivoson sold rice, and Ranaivoson sold "
             "salt. We loved Ranaivoson. Ranaivoson sang in church.",
             "A parcel came for Mama Ranaivouson. The customs men always wrote our names "
             "wrong, the postman said.",
             "Mama Ranaivouson opened it at once."),
            note="a spelling first written where the text says names were written wrong is "
                 "explained, no slip"),
    Example(("Mama Ranaivoson kept the stall. Ranaivoson sold rice, and Ranaivoson sold "
             "salt. We loved Ranaivoson. Ranaivoson sang in church.",
             "A parcel came for Mama Ranaivouson. The postman brought it on a Tuesday.",
             "The customs men always wrote our names wrong, the postman said. Mama "
             "Ranaivouson opened it at once."),
            ("Ranaivoson", "Ranaivouson"),
            note="said only after the spelling has come in unexplained: a slip first"),
    Example(("Mama Ranaivoson kept the stall. Ranaivoson sold rice, and Ranaivoson sold "
             "salt. We loved Ranaivoson. Ranaivoson sang in church.",
             "A parcel came for Mama Ranaivouson. The customs men wrote to the wrong address "
             "first, the postman said.",
             "Mama Ranaivouson opened it at once."),
            ("Ranaivoson", "Ranaivouson"),
            note="a letter sent to the wrong address says no name was written wrong"),
)
